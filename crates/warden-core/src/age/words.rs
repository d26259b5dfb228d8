//! What each table word means, worked out once: every word of a card is folded and looked up
//! here.

use super::tables::{Phrase, Unit, LANGS, N_LANGS};

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

/// Every table word with its class, sorted by word: worked out once, then found by binary
/// search (a word of a card is looked up in the tables only when the filter lets it through).
static CLASSES: std::sync::OnceLock<Vec<(&'static str, Class)>> = std::sync::OnceLock::new();

pub(super) fn classes() -> &'static [(&'static str, Class)] {
    CLASSES.get_or_init(|| {
        let mut words: Vec<&'static str> = LANGS.iter().flat_map(|lang| lang.words()).collect();
        crate::map::sort_by(&mut words, |a, b| a < b);
        words.dedup();
        words.into_iter().map(|w| (w, Class::scan(w))).collect()
    })
}

/// The table word a folded word is, with its class; `None` for a word in no table.
pub(super) fn lookup(folded: &str) -> Option<(&'static str, &'static Class)> {
    if !TABLE_WORDS_FILTER.may_hold(folded.as_bytes()) {
        return None;
    }
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

/// A one-hash Bloom filter of every table word, built at compile time, so that most words of
/// a page (names, headlines) are set aside without looking through the tables.
const TABLE_WORDS_FILTER: WordFilter = WordFilter::of_tables();

struct WordFilter([u64; WordFilter::WORDS]);

impl WordFilter {
    const WORDS: usize = 64;
    const BITS: u32 = (Self::WORDS * 64) as u32;

    /// FNV-1a.
    const fn hash(word: &[u8]) -> u32 {
        let mut h: u32 = 0x811c_9dc5;
        let mut i = 0;
        while i < word.len() {
            h ^= word[i] as u32;
            h = h.wrapping_mul(0x0100_0193);
            i += 1;
        }
        h
    }

    const fn may_hold(&self, word: &[u8]) -> bool {
        let bit = Self::hash(word) % Self::BITS;
        self.0[(bit / 64) as usize] & (1 << (bit % 64)) != 0
    }

    const fn add(&mut self, words: &[&str]) {
        let mut i = 0;
        while i < words.len() {
            let bit = Self::hash(words[i].as_bytes()) % Self::BITS;
            self.0[(bit / 64) as usize] |= 1 << (bit % 64);
            i += 1;
        }
    }

    const fn add_phrases(&mut self, phrases: &[Phrase]) {
        let mut i = 0;
        while i < phrases.len() {
            self.add(phrases[i]);
            i += 1;
        }
    }

    const fn of_tables() -> WordFilter {
        let mut filter = WordFilter([0; Self::WORDS]);
        let mut li = 0;
        while li < N_LANGS {
            let lang = LANGS[li];
            filter.add(lang.one);
            filter.add(lang.and);
            filter.add(lang.sent);
            let mut u = 0;
            while u < lang.units.len() {
                filter.add(&[lang.units[u].0]);
                u += 1;
            }
            filter.add_phrases(lang.ago_before);
            filter.add_phrases(lang.ago_after);
            filter.add_phrases(lang.today);
            filter.add_phrases(lang.yesterday);
            li += 1;
        }
        filter
    }
}
