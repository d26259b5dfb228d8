//! Sorting with one copy of the sort code in the wasm module. The standard library's sorts are
//! generic over the element and the comparison, so each call site with its own type used to
//! bring a whole sort of its own (about 4 KB each, a dozen of them). Here only a list of places
//! is sorted, always with the same comparison type; the elements are then moved into that order.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, stably (equal elements keep their order), as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let mut places: Vec<usize> = (0..v.len()).collect();
    {
        let by: &dyn Fn(&usize, &usize) -> Ordering = &|a, b| cmp(&v[*a], &v[*b]);
        places.sort_by(by);
    }
    let mut taken: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(places.into_iter().filter_map(|i| taken[i].take()));
}

/// Sorts `v` by a key, stably, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order, as `slice::sort` does.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_library_does(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            let mut got = v.clone();
            sort_by_key(&mut got, |x| x.0);
            prop_assert_eq!(got, want);
            let mut want = v.clone();
            want.sort();
            let mut got = v;
            sort(&mut got);
            prop_assert_eq!(got, want);
        }
    }
}
