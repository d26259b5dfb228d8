//! A map from profile slugs to values, and a stable sort: the little of `BTreeMap` and
//! `slice::sort` that Warden needs, with far less code per value type in WebAssembly (the
//! standard ones weigh several kilobytes for each type they are used with).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::ops::Index;

/// Values by text key, iterated in key order (byte order of the UTF-8 text, as `BTreeMap`).
/// Kept as a sorted vector: lookups are binary searches; keys read in order (as stored) are
/// appended at the end.
#[derive(Clone, Debug, PartialEq)]
pub struct Map<T> {
    items: Vec<(String, T)>,
}

impl<T> Default for Map<T> {
    fn default() -> Self {
        Map { items: Vec::new() }
    }
}

impl<T> Map<T> {
    pub fn new() -> Self {
        Map::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        // The last key first: keys often arrive in order.
        match self.items.last() {
            None => Err(0),
            Some((last, _)) if last.as_str() < key => Err(self.items.len()),
            _ => self.items.binary_search_by(|(k, _)| k.as_str().cmp(key)),
        }
    }

    pub fn get(&self, key: &str) -> Option<&T> {
        self.find(key).ok().map(|i| &self.items[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value of `key`, returning the one it replaces.
    pub fn insert(&mut self, key: String, value: T) -> Option<T> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.items[i].1, value)),
            Err(i) => {
                self.items.insert(i, (key, value));
                None
            }
        }
    }

    /// The value of `key`, inserting `make()` first when there is none.
    pub fn get_or_insert_with(&mut self, key: String, make: impl FnOnce() -> T) -> &mut T {
        let i = match self.find(&key) {
            Ok(i) => i,
            Err(i) => {
                self.items.insert(i, (key, make()));
                i
            }
        };
        &mut self.items[i].1
    }

    pub fn remove(&mut self, key: &str) -> Option<T> {
        self.find(key).ok().map(|i| self.items.remove(i).1)
    }

    /// Keeps the entries for which `keep` is true.
    pub fn retain(&mut self, mut keep: impl FnMut(&String, &mut T) -> bool) {
        self.items.retain_mut(|(k, v)| keep(k, v));
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// `(key, value)` in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &T)> {
        self.items.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.items.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.items.iter().map(|(_, v)| v)
    }
}

impl<T> Index<&str> for Map<T> {
    type Output = T;
    fn index(&self, key: &str) -> &T {
        match self.get(key) {
            Some(v) => v,
            None => panic!("no entry for this key"),
        }
    }
}

impl<'a, T> IntoIterator for &'a Map<T> {
    type Item = (&'a String, &'a T);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, T)>,
        fn(&'a (String, T)) -> (&'a String, &'a T),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter().map(|(k, v)| (k, v))
    }
}

impl<T> FromIterator<(String, T)> for Map<T> {
    fn from_iter<I: IntoIterator<Item = (String, T)>>(iter: I) -> Self {
        let mut map = Map::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<T: Serialize> Serialize for Map<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Map<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(BTreeMap::<String, T>::deserialize(d)?.into_iter().collect())
    }
}

/// Sorts stably by `less` (a merge sort; items are small copies such as references).
pub fn sort_by<T: Copy>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let n = v.len();
    let mut buf = v.to_vec();
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut buf[start..end] {
                // Equal items: the left one first (stable).
                if j >= end || (i < mid && !less(&v[j], &v[i])) {
                    *slot = v[i];
                    i += 1;
                } else {
                    *slot = v[j];
                    j += 1;
                }
            }
            start = end;
        }
        v.copy_from_slice(&buf);
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behaves_as_a_btreemap() {
        let mut ours = Map::new();
        let mut std = BTreeMap::new();
        let keys = ["m", "a", "z", "b", "a", "é", "A", "", "zz", "m"];
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(ours.insert(k.to_string(), i), std.insert(k.to_string(), i));
        }
        assert_eq!(
            ours.iter().collect::<Vec<_>>(),
            std.iter().collect::<Vec<_>>()
        );
        assert_eq!(ours.remove("b"), std.remove("b"));
        assert_eq!(ours.remove("nope"), std.remove("nope"));
        ours.retain(|k, v| k != "z" && *v != 2);
        std.retain(|k, v| k != "z" && *v != 2);
        assert_eq!(
            ours.iter().collect::<Vec<_>>(),
            std.iter().collect::<Vec<_>>()
        );
        assert_eq!(ours.len(), std.len());
        assert_eq!(ours["m"], std["m"]);
        assert_eq!(*ours.get_or_insert_with("q".into(), || 7), 7);
        assert_eq!(*ours.get_or_insert_with("q".into(), || 8), 7);
    }

    #[test]
    fn sorts_stably() {
        let mut v: Vec<(u32, usize)> = (0..200).map(|i| ((i * 7919 % 13) as u32, i)).collect();
        let mut want = v.clone();
        want.sort_by_key(|&(k, _)| k);
        sort_by(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v, want);
        let mut empty: Vec<u8> = Vec::new();
        sort_by(&mut empty, |a, b| a < b);
    }
}
