//! Copies set aside: stored data this build could not read (or that a newer Warden wrote),
//! kept untouched under `warden.aside.<time>` when a fresh state replaced it. The popup lists
//! them; the user downloads one, restores it (merged into the state, as a backup would be) or
//! discards it. A restored or discarded copy is deleted once the state no longer lists it.

use crate::answer::{Answer, ExportAnswer, ImportAnswer};
use crate::backup::ImportReport;
use crate::error::Error;
use crate::state::{State, Unreadable};
use crate::storage;
use crate::store::Store;

/// Only the copies the state lists can be read or deleted this way.
fn listed(s: &State, key: &str) -> Result<usize, Error> {
    s.set_aside
        .iter()
        .position(|c| c.key == key)
        .ok_or_else(|| Error::BadRequest(format!("no copy set aside as {key}")))
}

/// Forgets a copy in the state (its entry and the notice naming it); the key to delete.
fn unlist(s: &mut State, key: &str) -> Result<String, Error> {
    let i = listed(s, key)?;
    s.set_aside.remove(i);
    s.notices.retain(|n| n.key.as_deref() != Some(key));
    Ok(key.to_owned())
}

/// The copy as JSON text, for the user to keep.
pub async fn text<S: Store>(store: &S, s: &State, key: &str) -> Result<Answer, Error> {
    let copy = &s.set_aside[listed(s, key)?];
    let value = store.get(key).await.map_err(Error::Internal)?;
    let text = value
        .as_ref()
        .and_then(|v| store.text_of(v).or_else(|| store.json_text(v)))
        .unwrap_or_default();
    Ok(Answer::Export(ExportAnswer {
        text,
        filename: format!("warden-set-aside-{}.json", copy.at),
    }))
}

/// Deletes a copy (once the state is saved): the key.
pub fn discard(s: &mut State, key: &str) -> Result<String, Error> {
    unlist(s, key)
}

/// Merges a readable copy into the state; one this build cannot read stays, and the answer
/// says why. The key to delete once saved, when merged. `value` is what the store holds under
/// `key` (read before the write began).
pub fn restore<S: Store>(
    store: &S,
    s: &mut State,
    today: crate::date::Date,
    key: &str,
    value: Option<S::Value>,
) -> Result<(Answer, Option<String>), Error> {
    listed(s, key)?;
    let refused = |error: &str| {
        Ok((
            Answer::Import(ImportAnswer::Refused {
                ok: false,
                refusal: error.into(),
            }),
            None,
        ))
    };
    let Some(value) = value else {
        // Gone already: nothing left to restore; it is forgotten.
        return Ok((
            Answer::Import(merged(ImportReport::default())),
            Some(unlist(s, key)?),
        ));
    };
    let old = match storage::decode(store, Some(&value)) {
        Ok(old) => old,
        Err(Unreadable::FutureSchema(_)) => return refused("newerVersion"),
        Err(_) => return refused("unreadableCopy"),
    };
    let report = merge(s, old, today);
    Ok((Answer::Import(merged(report)), Some(unlist(s, key)?)))
}

fn merged(report: ImportReport) -> ImportAnswer {
    ImportAnswer::Merged { ok: true, report }
}

/// Merges an older state into this one: for a person in both, the later record wins; nothing
/// of this state is lost. Settings come along only onto untouched settings. What the copy
/// dates beyond the clock rule's margin after `today` is not believed: left out.
pub fn merge(s: &mut State, old: State, today: crate::date::Date) -> ImportReport {
    let mut report = ImportReport::default();
    let last = today.add_days(crate::outcomes::FUTURE_MARGIN_DAYS);
    let mut old = old;
    let last_ms = (i64::from(last.days()) + 1) * crate::date::DAY_MS;
    let believed = |w: &crate::state::Withdrawal| {
        w.withdrawn_on <= last && w.withdrawn_at < last_ms && w.until <= last.add_days(365)
    };
    old.withdrawals.retain(|_, w| believed(w));
    old.not_held.retain(|_, w| believed(w));
    old.sends.retain(|_, x| x.at < last_ms);
    old.seen
        .retain(|_, p| p.sent_on <= last && p.seen_on <= last);
    old.accepted
        .retain(|_, g| crate::outcomes::believable(g, today));
    old.expired
        .retain(|_, g| crate::outcomes::believable(g, today));
    // Its records are dated again by their own times: the copy's steady clock is not this one.
    let mut old = old;
    for w in old
        .withdrawals
        .values_mut()
        .chain(old.not_held.values_mut())
    {
        w.steady_at = None;
    }
    for x in old.sends.values_mut() {
        x.steady_at = None;
    }
    for (slug, w) in old.withdrawals {
        match s.withdrawals.get(&slug) {
            None => report.added += 1,
            Some(cur) if cur.withdrawn_at < w.withdrawn_at => report.updated += 1,
            Some(_) => {
                report.unchanged += 1;
                continue;
            }
        }
        s.withdrawals.insert(slug, w);
    }
    for (slug, w) in old.not_held {
        if !s.withdrawals.contains_key(&slug) {
            s.not_held.entry(slug).or_insert(w);
        }
    }
    for (slug, k) in old.keeps {
        s.keeps.entry(slug).or_insert(k);
    }
    for (slug, x) in old.sends {
        if s.sends.get(&slug).is_none_or(|cur| cur.at < x.at) {
            s.sends.insert(slug, x);
        }
    }
    for (slug, p) in old.seen {
        let newer = s.seen.get(&slug).is_none_or(|cur| cur.seen_on < p.seen_on);
        if newer && !s.withdrawals.contains_key(&slug) && !s.accepted.contains_key(&slug) {
            s.seen.insert(slug, p);
        }
    }
    for (slug, g) in old.accepted {
        if !s.seen.contains_key(&slug) && !s.expired.contains_key(&slug) {
            s.accepted.entry(slug).or_insert(g);
        }
    }
    for (slug, g) in old.expired {
        if !s.seen.contains_key(&slug) && !s.accepted.contains_key(&slug) {
            s.expired.entry(slug).or_insert(g);
        }
    }
    if s.settings == crate::settings::Settings::default() {
        s.settings = old.settings;
    }
    s.reviewed_on = s.reviewed_on.max(old.reviewed_on);
    for (k, v) in old.other {
        s.other.entry(k).or_insert(v);
    }
    report
}
