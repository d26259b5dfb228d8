//! What each table word means, worked out once: every word of a card is folded and looked up
//! here.

use super::tables::{Unit, LANGS, N_LANGS};
use std::sync::OnceLock;

/// What a word means in the tables, worked out once per token.
#[derive(Clone, Copy, Default)]
pub(super) struct Class {
    /// Languages (bit per index in [`LANGS`]) in which the word means one.
    pub(super) one: u32,
    /// Languages in which the word means "and".
    pub(super) and: u32,
    /// The unit the word names, per language.
    pub(super) units: [Option<Unit>; N_LANGS],
    /// A "sent" verb in some language.
    pub(super) sent: bool,
    /// Part of some marker or today/yesterday phrase.
    pub(super) in_phrase: bool,
}

/// The class of words in no table.
pub(super) static INERT: Class = Class {
    one: 0,
    and: 0,
    units: [None; N_LANGS],
    sent: false,
    in_phrase: false,
};

/// Every table word (once each) with its class, sorted by word: worked out on first use, then
/// found by binary search.
pub(super) fn classes() -> &'static [(&'static str, Class)] {
    static CLASSES: OnceLock<Vec<(&'static str, Class)>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut words: Vec<&'static str> = LANGS.iter().flat_map(|lang| lang.words()).collect();
        crate::order::sort(&mut words);
        words.dedup();
        words.into_iter().map(|w| (w, Class::scan(w))).collect()
    })
}

/// The table word a folded word is, with its class; `None` for a word in no table.
pub(super) fn lookup(folded: &str) -> Option<(&'static str, &'static Class)> {
    let table = classes();
    let i = table.binary_search_by(|&(w, _)| w.cmp(folded)).ok()?;
    table.get(i).map(|(w, class)| (*w, class))
}

impl Class {
    /// Looks a table word up in every table.
    fn scan(word: &str) -> Class {
        let mut class = Class::default();
        for (li, lang) in LANGS.iter().enumerate() {
            let bit = 1 << li;
            if lang.one.contains(&word) {
                class.one |= bit;
            }
            if lang.and.contains(&word) {
                class.and |= bit;
            }
            class.units[li] = lang.units.iter().find(|(w, _)| *w == word).map(|&(_, u)| u);
            class.sent |= lang.sent.contains(&word);
            class.in_phrase |= lang.phrases().any(|p| p.contains(&word));
        }
        class
    }

    /// The unit the word names in every language that knows it, when they agree.
    pub(super) fn unit_in_every_language(&self) -> Option<Unit> {
        let mut units = self.units.iter().flatten();
        let first = *units.next()?;
        units.all(|&u| u == first).then_some(first)
    }
}
