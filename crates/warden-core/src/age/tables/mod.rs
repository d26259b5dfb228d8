//! The words of age lines, one table per language (one file each), all folded: lowercase
//! ASCII, no accents (see [`super::fold`]).
//!
//! Adding a language is adding one [`Lang`] table in a file of its own and naming it in
//! [`LANGS`].

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pt;

/// A unit of time; its order (smallest first) is used to read "1 year 2 months ago".
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// Whole days the unit counts for (a lower bound: a month is 30 days, a year 365).
    pub(super) const fn days(self) -> u32 {
        match self {
            Unit::Second | Unit::Minute | Unit::Hour => 0,
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Month => 30,
            Unit::Year => 365,
        }
    }
}

/// Short names for the units, for the tables.
use Unit::{Day as D, Hour as H, Minute as MIN, Month as MO, Second as S, Week as W, Year as Y};

/// A sequence of words, e.g. `["il", "y", "a"]`.
pub(super) type Phrase = &'static [&'static str];

/// One language's words, all folded (lowercase ASCII, no accents).
pub(super) struct Lang {
    /// ISO 639-1 code, for tests and readers.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(super) code: &'static str,
    /// Ago-markers written before the quantity: "il y a 3 semaines", "vor 3 Wochen".
    pub(super) ago_before: &'static [Phrase],
    /// Ago-markers written after the unit: "3 weeks ago", "3 weken geleden".
    pub(super) ago_after: &'static [Phrase],
    /// Words that stand for the count one: "a month ago", "vor einem Monat".
    pub(super) one: &'static [&'static str],
    /// Unit words: singular, plural, inflected forms and LinkedIn's short forms.
    pub(super) units: &'static [(&'static str, Unit)],
    /// Joins two pairs: "1 year and 2 months ago".
    pub(super) and: &'static [&'static str],
    /// Words for today (0 days).
    pub(super) today: &'static [Phrase],
    /// Words for yesterday (1 day).
    pub(super) yesterday: &'static [Phrase],
    /// The "sent" verb that LinkedIn puts before (or after) the age.
    pub(super) sent: &'static [&'static str],
    /// The word of the "People (N)" tab.
    pub(super) people: &'static [&'static str],
}

impl Lang {
    /// The ago-markers and today/yesterday phrases.
    pub(super) fn phrases(&self) -> impl Iterator<Item = Phrase> {
        [self.ago_before, self.ago_after, self.today, self.yesterday]
            .into_iter()
            .flatten()
            .copied()
    }

    /// Every word an age line of the language can be made of (the "People" word aside).
    pub(super) fn words(&self) -> impl Iterator<Item = &'static str> {
        let units = self.units.iter().map(|&(w, _)| w);
        let phrases = self.phrases().flat_map(|p| p.iter().copied());
        let plain = self.one.iter().chain(self.and).chain(self.sent).copied();
        plain.chain(units).chain(phrases)
    }
}

/// Every supported language.
pub(super) const LANGS: [&Lang; 7] = [
    &en::EN,
    &fr::FR,
    &de::DE,
    &es::ES,
    &it::IT,
    &pt::PT,
    &nl::NL,
];
pub(super) const N_LANGS: usize = LANGS.len();
const _: () = assert!(N_LANGS <= 32, "language masks are u32");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_hold_folded_words() {
        for lang in LANGS {
            for phrase in lang.phrases() {
                assert!(!phrase.is_empty(), "{}: empty phrase", lang.code);
            }
            for w in lang.words().chain(lang.people.iter().copied()) {
                assert!(
                    !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()),
                    "{}: {w:?} would never match: table words are folded ASCII",
                    lang.code
                );
            }
        }
    }
}
