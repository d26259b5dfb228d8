//! What the user did, recorded: Sent-page readings, withdrawals, keeps, sends.

use super::cards::card_age;
use crate::answer::*;
use crate::date::{Clock, Date, Millis};
use crate::decide::{judge, Bucket, Hint};
use crate::error::Error;
use crate::person::{clean_name, pick_headline, slug_from_href};
use crate::request::{InviteSent, SentPageSeen, SetKeep, Withdrawn};
use crate::state::{Keep, Notice, PendingSnapshot, Seen, Send, State, Withdrawal};

pub fn sent_page_seen(s: &mut State, clock: &dyn Clock, r: SentPageSeen) -> StaleAnswer {
    let today = clock.today();
    let mut oldest: Option<Date> = None;
    for p in r.people {
        let Some(slug) = slug_from_href(&p.href) else {
            continue;
        };
        let sent_on = today.add_days(-i64::from(p.age_days));
        oldest = Some(oldest.map_or(sent_on, |o| o.min(sent_on)));
        if let Some(opened_at) = r.opened_at {
            not_held(s, &slug, sent_on, opened_at, clock.now());
        }
        s.accepted.remove(&slug);
        s.seen.insert(
            slug,
            Seen {
                name: clean_name(&p.name),
                sent_on,
                seen_on: today,
                reading: r.opened_at,
            },
        );
    }
    if let Some(opened_at) = r.opened_at {
        crate::outcomes::read(s, opened_at, oldest, today);
    }
    s.pending = Some(PendingSnapshot {
        count: r.pending,
        cards: r.cards,
        stale: r.stale,
        consider: r.consider,
        read_on: today,
        read_at: clock.now(),
    });
    StaleAnswer {
        ok: true,
        stale: r.stale,
    }
}

/// A withdrawal that did not hold: the person is on the Sent list again, in a view opened after
/// the withdrawal, with an invitation sent before the day of the withdrawal (ages are lower
/// bounds, so `sent_on` is the latest day it can have been sent). LinkedIn did not withdraw
/// it: the cooldown ends, and the popup says so once (a notice naming the person).
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
    s.withdrawals.remove(slug);
    s.notices.push(Notice {
        kind: "withdrawalNotHeld".into(),
        at: now,
        key: Some(name),
    });
}

pub fn withdrawn(s: &mut State, clock: &dyn Clock, r: Withdrawn) -> Result<WithdrawnAnswer, Error> {
    let today = clock.today();
    let slug = slug_from_href(&r.href).ok_or(Error::BadProfileLink)?;
    let texts = r.texts.iter().map(String::as_str);
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
    let answer = WithdrawnAnswer {
        ok: true,
        slug: slug.clone(),
        until: w.until,
        stale: s.pending.as_ref().map_or(0, |p| p.stale),
    };
    s.withdrawals.insert(slug, w);
    Ok(answer)
}

pub fn set_keep(s: &mut State, clock: &dyn Clock, r: SetKeep) -> Result<KeepAnswer, Error> {
    let slug = slug_from_href(&r.href).ok_or(Error::BadProfileLink)?;
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
    Ok(KeepAnswer {
        ok: true,
        slug,
        keep: r.keep,
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
        },
    );
    Ok(SendAnswer { ok: true, key })
}
