//! What became of each invitation Warden followed (the contract's outcome rules).
//!
//! A person read on the Sent list is *pending* until a rule moves them. The list runs newest
//! first, so a reading that reached a card older than someone and did not list them proves they
//! left it: without a withdrawal, most likely *accepted*; last seen 180 days old or more, the
//! invitation *expired* (counted nowhere). Someone the reading did not reach yet (it stopped at
//! younger cards) is still pending. A withdrawn person counts as *withdrawn*, unless seen on the
//! list again since (re-invited: pending). A person whose profile shows them as a 1st-degree
//! connection, after Warden followed an invitation to them, is *confirmed* accepted. Each person
//! counts once.

use crate::date::{Date, Millis};
use crate::state::{Gone, Reading, State};

/// Last seen at this age or older, then gone: the invitation expired, it was not accepted.
pub const EXPIRED_AFTER_DAYS: i64 = 180;

/// A day later than this many days after today is not believed by the figures and outcomes
/// (the clock rule's margin: another machine's clock may run ahead, this one behind).
pub const FUTURE_MARGIN_DAYS: i64 = 30;

/// Whether an outcome's days are all believable on `today` (none beyond the margin).
pub fn believable(g: &Gone, today: Date) -> bool {
    let last = today.add_days(FUTURE_MARGIN_DAYS);
    g.sent_on <= last && g.gone_on <= last && g.confirmed_on.is_none_or(|c| c <= last)
}

/// The state as the figures and outcomes count it: without the outcomes, readings and
/// withdrawals dated beyond [`FUTURE_MARGIN_DAYS`] after `today` (a file, a copy or a clock
/// that ran ahead cannot fix them for good). Borrowed when nothing is.
pub fn believed(s: &State, today: Date) -> std::borrow::Cow<'_, State> {
    let last = today.add_days(FUTURE_MARGIN_DAYS);
    let seen_ok = |p: &crate::state::Seen| p.sent_on <= last && p.seen_on <= last;
    let clean = s.accepted.values().all(|g| believable(g, today))
        && s.expired.values().all(|g| believable(g, today))
        && s.seen.values().all(seen_ok)
        && s.withdrawals.values().all(|w| w.withdrawn_on <= last);
    if clean {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut b = s.clone();
    b.accepted.retain(|_, g| believable(g, today));
    b.expired.retain(|_, g| believable(g, today));
    b.seen.retain(|_, p| seen_ok(p));
    b.withdrawals.retain(|_, w| w.withdrawn_on <= last);
    std::borrow::Cow::Owned(b)
}

/// After a Sent-page reading (the view opened at `opened_at`, which listed cards sent as early
/// as `oldest`): how far the latest reading went, and who left the list behind it.
pub fn read(s: &mut State, opened_at: Millis, oldest: Option<Date>, today: Date) {
    match &mut s.reading {
        Some(r) if r.opened_at > opened_at => return, // an older tab: the newer reading stands
        Some(r) if r.opened_at == opened_at => {
            if let Some(o) = oldest {
                r.oldest_sent_on = r.oldest_sent_on.min(o);
            }
        }
        _ => {
            let Some(o) = oldest else { return };
            s.reading = Some(Reading {
                opened_at,
                oldest_sent_on: o,
            });
        }
    }
    let Some(reached) = s.reading.as_ref().map(|r| r.oldest_sent_on) else {
        return;
    };
    // Not in this reading, though it reached strictly older cards: they left the list.
    let left: Vec<String> = s
        .seen
        .iter()
        .filter(|(_, p)| p.reading != Some(opened_at) && reached < p.sent_on)
        .map(|(slug, _)| slug.clone())
        .collect();
    // Set apart, and not on the list as this state knows it (restored from a backup, or its
    // reading pruned): a reading past where the withdrawn invitation stood (sent on or before
    // the withdrawal, by the age it had then) that does not list them finds them gone, so the
    // withdrawal took effect after all: back among the cooldowns.
    let back: Vec<String> = s
        .not_held
        .iter()
        .filter(|(slug, w)| {
            let sent_on = w
                .age_days
                .map_or(w.withdrawn_on, |a| w.withdrawn_on.add_days(-i64::from(a)));
            !s.seen.contains_key(*slug) && opened_at > w.withdrawn_at && reached < sent_on
        })
        .map(|(slug, _)| slug.clone())
        .collect();
    for slug in back {
        if let Some(w) = s.not_held.remove(&slug) {
            s.withdrawals.insert(slug, w);
        }
    }
    for slug in left {
        let Some(p) = s.seen.remove(&slug) else {
            continue;
        };
        // Listed again after a withdrawal (it "did not hold"), now gone: the withdrawal took
        // effect after all, and its record is back among the cooldowns.
        if let Some(w) = s.not_held.remove(&slug) {
            s.withdrawals.insert(slug, w);
            continue;
        }
        let gone = Gone {
            name: p.name,
            sent_on: p.sent_on,
            gone_on: today,
            confirmed_on: None,
            note: p.note,
        };
        if p.sent_on.days_until(p.seen_on) >= EXPIRED_AFTER_DAYS {
            s.expired.insert(slug, gone); // expired, not accepted
        } else {
            s.accepted.insert(slug, gone);
        }
    }
}

/// Whether a 1st-degree profile of this person would change anything (see [`confirm`]): the
/// content script asks before telling, so that visiting a connection's profile writes nothing.
pub fn confirmable(s: &State, slug: &str) -> bool {
    match s.accepted.get(slug) {
        Some(g) => g.confirmed_on.is_none(),
        None => {
            s.seen.contains_key(slug)
                || (s.sends.contains_key(slug)
                    && !s.withdrawals.contains_key(slug)
                    && !s.expired.contains_key(slug))
        }
    }
}

/// The person's profile showed them as a 1st-degree connection (the top card's visible
/// degree) on `today`. When Warden followed an invitation to them (read on the Sent list, left
/// it, or sent while Warden watched), they are confirmed accepted; `true` when that changed
/// anything. A withdrawn or expired invitation, or a person Warden never followed, is left as it
/// is: a connection made some other way proves nothing about Warden's invitation.
pub fn confirm(
    s: &mut State,
    slug: &str,
    today: Date,
    local_date: impl Fn(Millis) -> Date,
) -> bool {
    if let Some(g) = s.accepted.get_mut(slug) {
        if g.confirmed_on.is_some() {
            return false;
        }
        g.confirmed_on = Some(today);
        g.gone_on = g.gone_on.min(today);
        return true;
    }
    let gone = if let Some(p) = s.seen.remove(slug) {
        Gone {
            name: p.name,
            sent_on: p.sent_on,
            gone_on: today,
            confirmed_on: Some(today),
            note: p.note,
        }
    } else if let Some(x) = s.sends.get(slug) {
        if s.withdrawals.contains_key(slug) || s.expired.contains_key(slug) {
            return false;
        }
        Gone {
            name: x.name.clone(),
            sent_on: local_date(x.at),
            gone_on: today,
            confirmed_on: Some(today),
            note: x.note,
        }
    } else {
        return false;
    };
    s.accepted.insert(slug.to_owned(), gone);
    true
}

/// Whether a withdrawal is the person's latest state (not on the list again, not gone since).
pub fn still_withdrawn(s: &State, slug: &str) -> bool {
    !s.seen.contains_key(slug) && !s.accepted.contains_key(slug) && !s.expired.contains_key(slug)
}

/// Distinct people in each state: `(accepted, withdrawn, pending)`.
pub fn counts(s: &State) -> (u32, u32, u32) {
    let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    let withdrawn = s
        .withdrawals
        .keys()
        .filter(|slug| still_withdrawn(s, slug))
        .count();
    (n(s.accepted.len()), n(withdrawn), n(s.seen.len()))
}

/// What became of one invitation, for the history (CSV export, backup).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryRow {
    pub slug: String,
    pub name: String,
    /// The latest day it can have been sent, when known.
    pub sent_on: Option<Date>,
    /// `pending`, `accepted` (confirmed on a profile), `likelyAccepted` (left the list without
    /// a withdrawal), `withdrawn` or `expired`.
    pub outcome: &'static str,
    /// The day the outcome was found (left the list, confirmed, withdrawn), `None` for pending.
    pub on: Option<Date>,
    pub note: Option<bool>,
}

/// Every person Warden followed, once each, in their latest state, by slug.
pub fn history(s: &State) -> Vec<HistoryRow> {
    let mut rows: Vec<HistoryRow> = Vec::new();
    for (slug, p) in &s.seen {
        rows.push(HistoryRow {
            slug: slug.clone(),
            name: p.name.clone(),
            sent_on: Some(p.sent_on),
            outcome: "pending",
            on: None,
            note: p.note,
        });
    }
    for (slug, g) in &s.accepted {
        rows.push(HistoryRow {
            slug: slug.clone(),
            name: g.name.clone(),
            sent_on: Some(g.sent_on),
            outcome: if g.confirmed_on.is_some() {
                "accepted"
            } else {
                "likelyAccepted"
            },
            on: Some(g.confirmed_on.map_or(g.gone_on, |c| c.min(g.gone_on))),
            note: g.note,
        });
    }
    for (slug, g) in &s.expired {
        rows.push(HistoryRow {
            slug: slug.clone(),
            name: g.name.clone(),
            sent_on: Some(g.sent_on),
            outcome: "expired",
            on: Some(g.gone_on),
            note: g.note,
        });
    }
    for (slug, w) in s.withdrawals.iter().filter(|(k, _)| still_withdrawn(s, k)) {
        rows.push(HistoryRow {
            slug: slug.clone(),
            name: w.name.clone(),
            sent_on: w.age_days.map(|a| w.withdrawn_on.add_days(-i64::from(a))),
            outcome: "withdrawn",
            on: Some(w.withdrawn_on),
            note: w.note,
        });
    }
    crate::order::sort_by(&mut rows, |a, b| a.slug.cmp(&b.slug));
    rows
}
