//! What the user did, recorded: Sent-page readings, withdrawals, keeps, sends.

use super::cards::{card_age, visit_summary, List};
use crate::answer::*;
use crate::date::{Clock, Date, Millis};
use crate::decide::{judge, Bucket, Hint};
use crate::error::Error;
use crate::person::{clean_name, pick_headline, slug_from_href};
use crate::request::{ConnectedSeen, InviteSent, SentPageSeen, SetKeep, Withdrawn};
use crate::sent_tab::{stated_total, SentTab};
use crate::state::{Keep, Notice, PendingSnapshot, Seen, Send, State, Withdrawal};
use crate::storage::BadgeInputs;
use crate::visits::{person_key, Visit};

/// The people newly read on a visit: added to the visit (all of them) and to the people
/// pending (those with a profile link); the readings' outcomes follow. The summary of the visit
/// is counted here, and kept for the popup and the toolbar.
pub fn sent_page_seen(
    s: &mut State,
    clock: &dyn Clock,
    r: SentPageSeen,
    visit: &mut Visit,
) -> SentPageAnswer {
    let today = clock.today();
    crate::vocab::learn(s, &r.age_texts);
    let mut oldest: Option<Date> = None;
    // A view opened before the latest reading (an older tab) proves nothing about who left
    // the list since: it does not bring them back as pending.
    let older_view = s
        .reading
        .as_ref()
        .is_some_and(|latest| r.visit < latest.opened_at);
    for p in r.people {
        let slug = p.href.as_deref().and_then(slug_from_href);
        visit.add(person_key(slug.clone(), &p.name), p.age_days);
        let Some(slug) = slug else {
            continue;
        };
        if older_view && (s.accepted.contains_key(&slug) || s.expired.contains_key(&slug)) {
            continue;
        }
        let sent_on = today.add_days(-i64::from(p.age_days));
        oldest = Some(oldest.map_or(sent_on, |o| o.min(sent_on)));
        not_held(s, &slug, sent_on, r.visit, clock.now());
        s.accepted.remove(&slug);
        s.expired.remove(&slug);
        let note = note_of(s, &slug, sent_on, clock);
        s.seen.insert(
            slug,
            Seen {
                name: clean_name(&p.name),
                sent_on,
                seen_on: today,
                reading: Some(r.visit),
                note,
            },
        );
    }
    crate::outcomes::read(s, r.visit, oldest, today);
    let total = stated_total(&r.totals);
    if total.is_some() {
        visit.total = total;
    }
    let list = List {
        rows: r.rows,
        recognised: r.badged,
        total: visit.total,
    };
    let summary = visit_summary(&BadgeInputs::of(s), today, visit, Vec::new(), list);
    s.pending = Some(PendingSnapshot {
        count: summary.pending,
        cards: summary.cards,
        stale: summary.stale,
        consider: summary.consider,
        read_on: today,
        read_at: clock.now(),
    });
    SentPageAnswer {
        ok: true,
        stale: summary.stale,
        summary,
    }
}

/// Whether the invitation sent on or before `sent_on` carried a note: from a send Warden saw
/// (on or before that day: a later send is another invitation), else what the last reading
/// knew of the same invitation, else unknown.
fn note_of(s: &State, slug: &str, sent_on: Date, clock: &dyn Clock) -> Option<bool> {
    let sent = s
        .sends
        .get(slug)
        .filter(|x| clock.local_date(x.at) <= sent_on)
        .and_then(|x| x.note);
    sent.or_else(|| {
        s.seen
            .get(slug)
            .filter(|p| p.sent_on >= sent_on)
            .and_then(|p| p.note)
    })
}

/// A withdrawal that did not hold: the person is on the Sent list again, in a view opened after
/// the withdrawal, with an invitation sent before the day of the withdrawal (ages are lower
/// bounds, so `sent_on` is the latest day it can have been sent). LinkedIn did not withdraw
/// it: the cooldown ends, and the popup says so once (a notice naming the person). The record
/// itself is set apart, never deleted (`State::not_held`): a page can show anything.
fn not_held(s: &mut State, slug: &str, sent_on: Date, opened_at: Millis, now: Millis) {
    let Some(w) = s.withdrawals.get(slug) else {
        return;
    };
    if opened_at <= w.withdrawn_at || sent_on >= w.withdrawn_on {
        return;
    }
    let name = if w.name.is_empty() {
        slug.to_owned()
    } else {
        w.name.clone()
    };
    if let Some(w) = s.withdrawals.remove(slug) {
        s.not_held.insert(slug.to_owned(), w);
    }
    s.notices.push(Notice {
        kind: "withdrawalNotHeld".into(),
        at: now,
        key: Some(name),
    });
}

/// What a withdrawal on the Pages tab answers: nothing recorded (an invitation to follow a
/// company Page is no connection invitation: no cooldown, no change to the quota or the
/// counts, nothing in the backup).
pub fn withdrawn_elsewhere(s: &State, r: &Withdrawn) -> WithdrawnAnswer {
    WithdrawnAnswer {
        ok: true,
        recorded: false,
        slug: slug_from_href(&r.href).unwrap_or_default(),
        until: None,
        stale: s.pending.as_ref().map_or(0, |p| p.stale),
        inputs: s.inputs,
    }
}

pub fn withdrawn(s: &mut State, clock: &dyn Clock, r: Withdrawn) -> Result<WithdrawnAnswer, Error> {
    if r.tab() == SentTab::Organization {
        return Ok(withdrawn_elsewhere(s, &r));
    }
    let today = clock.today();
    let slug = slug_from_href(&r.href).ok_or(Error::BadProfileLink)?;
    let texts = r.texts.iter().map(String::as_str);
    let note = s
        .seen
        .get(&slug)
        .and_then(|p| p.note)
        .or_else(|| s.sends.get(&slug).and_then(|x| x.note));
    let w = Withdrawal {
        name: clean_name(&r.name),
        headline: r
            .headline
            .map(|h| clean_name(&h))
            .filter(|h| !h.is_empty())
            .or_else(|| pick_headline(&r.texts, &r.name)),
        age_days: card_age(r.datetime.as_deref(), texts, clock),
        withdrawn_at: clock.now(),
        withdrawn_on: today,
        until: crate::decide::reinvite_on(today, &s.settings),
        note,
        steady_at: None,
    };
    // The last reading's counts follow at once (popup, toolbar): one fewer pending, and one
    // fewer stale or to consider when the withdrawn card was.
    if let (Some(p), Some(seen)) = (s.pending.as_mut(), s.seen.remove(&slug)) {
        let age = u32::try_from(seen.sent_on.days_until(today)).unwrap_or(0);
        let v = judge(age, false, today, &s.settings);
        p.count = p.count.saturating_sub(1);
        p.cards = p.cards.saturating_sub(1);
        if v.bucket == Bucket::Stale {
            p.stale = p.stale.saturating_sub(1);
        } else if v.hint == Hint::Consider {
            p.consider = p.consider.saturating_sub(1);
        }
    }
    s.accepted.remove(&slug);
    s.expired.remove(&slug);
    let answer = WithdrawnAnswer {
        ok: true,
        recorded: true,
        slug: slug.clone(),
        until: Some(w.until),
        stale: s.pending.as_ref().map_or(0, |p| p.stale),
        // A withdrawal changes no other card's verdict: the revision stays.
        inputs: s.inputs,
    };
    s.not_held.remove(&slug);
    s.withdrawals.insert(slug, w);
    Ok(answer)
}

/// Marks or unmarks a person; with the summary of `visit` (stored before this write) counted
/// with the mark, when the request named one.
pub fn set_keep(
    s: &mut State,
    clock: &dyn Clock,
    r: SetKeep,
    visit: Option<&Visit>,
) -> Result<KeepAnswer, Error> {
    let slug = slug_from_href(&r.href).ok_or(Error::BadProfileLink)?;
    let before = s.inputs_fingerprint();
    if r.keep {
        s.keeps.insert(
            slug.clone(),
            Keep {
                name: clean_name(&r.name),
                since: clock.now(),
            },
        );
    } else {
        s.keeps.remove(&slug);
    }
    s.note_inputs(before);
    let summary = visit.map(|v| {
        let list = List {
            total: v.total,
            ..List::default()
        };
        visit_summary(&BadgeInputs::of(s), clock.today(), v, Vec::new(), list)
    });
    Ok(KeepAnswer {
        ok: true,
        slug,
        keep: r.keep,
        inputs: s.inputs,
        summary,
    })
}

pub fn invite_sent(s: &mut State, clock: &dyn Clock, r: InviteSent) -> Result<SendAnswer, Error> {
    let name = clean_name(&r.name);
    let key = match r.href.as_deref().and_then(slug_from_href) {
        Some(slug) => slug,
        None if !name.is_empty() => format!("name:{name}"),
        None => return Err(Error::UnknownPerson),
    };
    s.sends.insert(
        key.clone(),
        Send {
            name,
            at: clock.now(),
            note: r.note,
            steady_at: None,
        },
    );
    Ok(SendAnswer { ok: true, key })
}

/// The person's profile shows them as a 1st-degree connection: confirmed accepted when Warden
/// followed an invitation to them (see [`crate::outcomes::confirm`]).
pub fn connected_seen(
    s: &mut State,
    clock: &dyn Clock,
    r: ConnectedSeen,
) -> Result<ConnectedAnswer, Error> {
    let slug = slug_from_href(&r.href).ok_or(Error::BadProfileLink)?;
    let confirmed = crate::outcomes::confirm(s, &slug, clock.today(), |at| clock.local_date(at));
    Ok(ConnectedAnswer {
        ok: true,
        confirmed,
        accepted: s
            .accepted
            .get(&slug)
            .is_some_and(|g| g.confirmed_on.is_some()),
    })
}
