//! The visits of the Sent view: who was read on each, so that the core counts the page's
//! summary itself (the contract's `data-cards`, `data-stale`...: distinct people read since the
//! view was entered, people withdrawn meanwhile included).
//!
//! A visit is named by the time its view was opened (ms). Each is stored under its own key
//! (`warden.visit.<time>`, beside the state: an `annotate` reads its own visit alone, never the
//! others nor the state's readings), listed in the state's `visits`. At most [`MAX_VISITS`] are
//! kept (the latest), each with at most [`MAX_PEOPLE`] people: what a page shows stays bounded
//! whatever it shows.

use crate::date::Millis;
use crate::person::clean_name;
use crate::store::Store;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The prefix of a visit's key, followed by its time.
pub const PREFIX: &str = "warden.visit.";
/// The most visits kept: the latest by their time.
pub const MAX_VISITS: usize = 4;
/// The most people kept for one visit (later ones are counted in no stored visit).
pub const MAX_PEOPLE: usize = 3_000;
/// The most bytes one visit's people take as the browser stores them (each key by
/// [`crate::storage::stored_len`], and [`PERSON_OVERHEAD`]): 3,000 real profile links take
/// about a third of it.
pub const VISIT_BUDGET: usize = 384 * 1024;
/// A person's bytes in a stored visit beyond their key (quotes, colon, age, comma).
pub const PERSON_OVERHEAD: usize = 16;

/// One visit: each person read on it, by key, with the age in days read on their card.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Visit {
    pub people: BTreeMap<String, u32>,
    /// The total the page last stated on this visit (a People total, never a Pages one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<u32>,
    /// The bytes its people take as stored (counted as they are added; `None` until counted).
    #[serde(skip)]
    pub bytes: Option<usize>,
}

fn person_bytes(key: &str) -> usize {
    crate::storage::stored_len(key) + PERSON_OVERHEAD
}

impl Visit {
    /// Adds a person read (their age as read now), within [`MAX_PEOPLE`] and [`VISIT_BUDGET`].
    pub fn add(&mut self, key: String, age_days: u32) {
        if let Some(known) = self.people.get_mut(&key) {
            *known = age_days;
            return;
        }
        let bytes = *self
            .bytes
            .get_or_insert_with(|| self.people.keys().map(|k| person_bytes(k)).sum());
        let size = person_bytes(&key);
        if self.people.len() < MAX_PEOPLE && bytes + size <= VISIT_BUDGET {
            self.people.insert(key, age_days);
            self.bytes = Some(bytes + size);
        }
    }
}

/// A person's key: the profile slug, else `name:` and the displayed name. Slugs hold no `:`,
/// so the two never meet.
pub fn person_key(slug: Option<String>, name: &str) -> String {
    slug.unwrap_or_else(|| format!("name:{}", clean_name(name)))
}

/// The storage key of a visit.
pub fn key(visit: Millis) -> String {
    format!("{PREFIX}{visit}")
}

/// A visit as stored (empty when nothing is, or when it cannot be read: it is a reading of
/// the page, made again as the page is read).
pub async fn load<S: Store>(store: &S, visit: Millis) -> Visit {
    match store.get(&key(visit)).await {
        Ok(Some(v)) => store.read_value(&v).unwrap_or_default(),
        _ => Visit::default(),
    }
}

/// Lists `visit` among the kept ones (the latest [`MAX_VISITS`]); the keys of the visits
/// dropped for it. A visit older than all the kept ones, when they are as many as allowed, is
/// not kept (its own key is given back).
pub fn list(visits: &mut Vec<Millis>, visit: Millis) -> Vec<String> {
    if !visits.contains(&visit) {
        visits.push(visit);
    }
    crate::order::sort(visits);
    let extra = visits.len().saturating_sub(MAX_VISITS);
    visits.drain(..extra).map(key).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_four_visits_the_latest() {
        let mut kept = Vec::new();
        for v in [10, 20, 30, 40] {
            assert!(list(&mut kept, v).is_empty());
        }
        assert!(list(&mut kept, 30).is_empty(), "a visit is listed once");
        assert_eq!(list(&mut kept, 50), [key(10)]);
        assert_eq!(kept, [20, 30, 40, 50]);
        assert_eq!(
            list(&mut kept, 5),
            [key(5)],
            "older than all kept: not kept"
        );
        assert_eq!(kept, [20, 30, 40, 50]);
    }

    #[test]
    fn at_most_three_thousand_people_a_visit() {
        let mut v = Visit::default();
        for i in 0..MAX_PEOPLE + 10 {
            v.add(format!("p{i}"), 3);
        }
        assert_eq!(v.people.len(), MAX_PEOPLE);
        v.add("p0".into(), 9);
        assert_eq!(v.people["p0"], 9, "a person kept is read again");
        assert!(!v.people.contains_key(&format!("p{}", MAX_PEOPLE + 1)));
    }

    /// Issue 22, item 1: a visit's people named with `<` (6 bytes each as stored) stay within
    /// the visit's bound as the browser counts it.
    #[test]
    fn a_visit_stays_within_its_bytes_as_stored() {
        let mut v = Visit::default();
        for i in 0..MAX_PEOPLE {
            v.add(person_key(None, &format!("{i}{}", "<".repeat(190))), 3);
        }
        let text = serde_json::to_string(&v).unwrap();
        let stored = text.len() + 5 * text.matches('<').count();
        assert!(stored <= VISIT_BUDGET + 64, "{stored}");
        assert!(v.people.len() < MAX_PEOPLE);
    }

    #[test]
    fn keys_are_slugs_else_names() {
        assert_eq!(person_key(Some("jane".into()), "Jane"), "jane");
        assert_eq!(person_key(None, "  Jane   Doe "), "name:Jane Doe");
    }
}
