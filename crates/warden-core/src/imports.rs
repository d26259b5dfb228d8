//! What each import added, so that the user can take it out again from the popup.
//!
//! An import merges a file into the state (see [`crate::backup::import`]). For each import the
//! state keeps a mark: the time it was made and, per person, the record it wrote (a withdrawal
//! by its time, a keep by its time, an outcome by the day its invitation was sent). Removing
//! an import deletes those records that are still exactly what it wrote: a record the user's
//! own click has replaced since stays. At most [`MAX_MARKS`] imports are remembered (the
//! latest).

use crate::date::{format_iso, Date, Millis};
use crate::error::Error;
use crate::state::State;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most imports remembered (the latest).
pub const MAX_MARKS: usize = 10;

/// The records one import wrote, by person.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ImportMark {
    pub at: Millis,
    /// Withdrawals (held or not), by their `withdrawnAt`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub withdrawals: BTreeMap<String, Millis>,
    /// Keeps, by their `since`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub keeps: BTreeMap<String, Millis>,
    /// Outcomes (accepted or expired), by the day the invitation was sent.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub history: BTreeMap<String, Date>,
}

/// An import as the popup lists it: when, and how many of its records are still there.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ImportView {
    /// The import's time (ms), which names it in `removeImport`.
    #[cfg_attr(test, ts(type = "number"))]
    pub at: Millis,
    /// The same time, ISO 8601.
    pub when: String,
    pub withdrawals: u32,
    pub keeps: u32,
    pub history: u32,
}

/// The records `after` holds that `before` did not hold as they are (added or replaced by
/// the import made at `at`).
pub fn mark(before: &State, after: &State, at: Millis) -> ImportMark {
    let mut m = ImportMark {
        at,
        ..ImportMark::default()
    };
    for map in [&after.withdrawals, &after.not_held] {
        for (slug, w) in map {
            let old = before.withdrawals.get(slug).or(before.not_held.get(slug));
            if old != Some(w) {
                m.withdrawals.insert(slug.clone(), w.withdrawn_at);
            }
        }
    }
    for (slug, k) in &after.keeps {
        if before.keeps.get(slug) != Some(k) {
            m.keeps.insert(slug.clone(), k.since);
        }
    }
    for (map, old) in [
        (&after.accepted, &before.accepted),
        (&after.expired, &before.expired),
    ] {
        for (slug, g) in map {
            if old.get(slug).is_none_or(|o| o.sent_on != g.sent_on) {
                m.history.insert(slug.clone(), g.sent_on);
            }
        }
    }
    m
}

/// Remembers an import's mark (when it wrote anything), the latest [`MAX_MARKS`] only.
pub fn remember(s: &mut State, m: ImportMark) {
    if m.withdrawals.is_empty() && m.keeps.is_empty() && m.history.is_empty() {
        return;
    }
    s.imports.push(m);
    let extra = s.imports.len().saturating_sub(MAX_MARKS);
    s.imports.drain(..extra);
}

/// The people whose record is still exactly what the import wrote: (withdrawals, keeps,
/// outcomes).
fn still(s: &State, m: &ImportMark) -> [Vec<String>; 3] {
    let withdrawals = m
        .withdrawals
        .iter()
        .filter(|(slug, t)| {
            [&s.withdrawals, &s.not_held]
                .iter()
                .any(|map| map.get(*slug).is_some_and(|w| w.withdrawn_at == **t))
        })
        .map(|(slug, _)| slug.clone())
        .collect();
    let keeps = m
        .keeps
        .iter()
        .filter(|(slug, t)| s.keeps.get(*slug).is_some_and(|k| k.since == **t))
        .map(|(slug, _)| slug.clone())
        .collect();
    let history = m
        .history
        .iter()
        .filter(|(slug, d)| {
            [&s.accepted, &s.expired]
                .iter()
                .any(|map| map.get(*slug).is_some_and(|g| g.sent_on == **d))
        })
        .map(|(slug, _)| slug.clone())
        .collect();
    [withdrawals, keeps, history]
}

/// Deletes what the import made at `at` wrote and is still as it wrote it, and forgets it.
pub fn remove(s: &mut State, at: Millis) -> Result<(), Error> {
    let i = s
        .imports
        .iter()
        .position(|m| m.at == at)
        .ok_or_else(|| Error::BadRequest(format!("no import at {at}")))?;
    let m = s.imports.remove(i);
    let [withdrawals, keeps, history] = still(s, &m);
    // From the map where the record is the import's only: the user's own may be in the other.
    for slug in &withdrawals {
        let t = m.withdrawals.get(slug).copied();
        for map in [&mut s.withdrawals, &mut s.not_held] {
            if map.get(slug).map(|w| w.withdrawn_at) == t {
                map.remove(slug);
            }
        }
    }
    for slug in &keeps {
        s.keeps.remove(slug);
    }
    for slug in &history {
        let d = m.history.get(slug).copied();
        for map in [&mut s.accepted, &mut s.expired] {
            if map.get(slug).map(|g| g.sent_on) == d {
                map.remove(slug);
            }
        }
    }
    Ok(())
}

/// The imports remembered, latest first, with how many of their records are still there.
pub fn views(s: &State) -> Vec<ImportView> {
    let count = |v: &Vec<String>| u32::try_from(v.len()).unwrap_or(u32::MAX);
    s.imports
        .iter()
        .rev()
        .map(|m| {
            let [withdrawals, keeps, history] = still(s, m);
            ImportView {
                at: m.at,
                when: format_iso(m.at),
                withdrawals: count(&withdrawals),
                keeps: count(&keeps),
                history: count(&history),
            }
        })
        .filter(|v| v.withdrawals + v.keeps + v.history > 0)
        .collect()
}
