//! What became of each invitation Warden followed (the contract's outcome rules).
//!
//! A person read on the Sent list is *pending* until a rule moves them. The list runs newest
//! first, so a reading that reached a card older than someone and did not list them proves they
//! left it: without a withdrawal, most likely *accepted*; last seen 180 days old or more, the
//! invitation *expired* (counted nowhere). Someone the reading did not reach yet (it stopped at
//! younger cards) is still pending. A withdrawn person counts as *withdrawn*, unless seen on the
//! list again since (re-invited: pending). Each person counts once.

use crate::date::{Date, Millis};
use crate::state::{Gone, Reading, State};

/// Last seen at this age or older, then gone: the invitation expired, it was not accepted.
pub const EXPIRED_AFTER_DAYS: i64 = 180;

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
    for slug in left {
        let Some(p) = s.seen.remove(&slug) else {
            continue;
        };
        if p.sent_on.days_until(p.seen_on) >= EXPIRED_AFTER_DAYS {
            continue; // expired, not accepted
        }
        s.accepted.insert(
            slug,
            Gone {
                name: p.name,
                sent_on: p.sent_on,
                gone_on: today,
            },
        );
    }
}

/// Distinct people in each state: `(accepted, withdrawn, pending)`.
pub fn counts(s: &State) -> (u32, u32, u32) {
    let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    let withdrawn = s
        .withdrawals
        .iter()
        .filter(|(slug, _)| !s.seen.contains_key(*slug) && !s.accepted.contains_key(*slug))
        .count();
    (n(s.accepted.len()), n(withdrawn), n(s.seen.len()))
}
