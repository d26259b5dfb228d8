//! Reading the age line of a sent invitation ("Sent 3 weeks ago", "Envoyée il y a 3 semaines")
//! and the "People (N)" total of the Sent page.
//!
//! # How an age line is read
//!
//! The text is cut once into tokens: runs of ASCII digits (a count) and runs of letters with
//! their combining marks (a word). Words are compared in a folded form: lowercase, accents
//! dropped ("Há" -> `ha`, "één" -> `een`, "Envoyée" -> `envoyee`), so every table holds plain
//! ASCII. What sits between two tokens only matters in one way: a line break or a punctuation
//! mark such as `·`, `|`, `,` or `(` ends a *segment*; spaces of any kind (no-break ones too),
//! dots and apostrophes do not.
//!
//! Three shapes are recognised, in this order of trust:
//!
//! 1. An "ago" phrase: the language's ago-marker before or after one to three
//!    `quantity unit` pairs, all in the same language ("3 weeks ago", "il y a un an",
//!    "vor einem Monat", "1 year 2 months ago"). A quantity is a plain count or a word meaning
//!    one. It is accepted anywhere in the text; preceded by a "sent" verb ("Sent",
//!    "Envoyée", "Gesendet"...) it is trusted most.
//! 2. A bare `count unit` ("3w", "2mo", "3 sem.") right after a "sent" verb, or standing alone
//!    in its segment ("Jane Doe · 3w · Message"). A one-letter unit standing alone must be
//!    written in lowercase, so that "3D" or "5G" in a headline is not read as an age. A unit
//!    that means different things in different languages ("j": jour or jaar) is refused here.
//! 3. A today/yesterday word next to a "sent" verb ("Sent today", "Gestern gesendet") or alone
//!    in its segment ("Today").
//!
//! The most trusted shape wins; between equals the first one in the text wins. Anything else,
//! including a count that is not a plain whole number ("1.5", "1,234", "-3"), is not an age
//! line, and an age that does not fit a `u32` number of days makes the whole text unreadable.
//!
//! # Where things are
//!
//! - `tables/`: the words, one file per language (adding a language is adding one table there
//!   and naming it in its list);
//! - `fold`: the folded form of a word; `words`: what each table word means;
//! - `lexer`: the tokens; `matcher`: the three shapes; `people`: the "People (N)" count.

mod fold;
mod lexer;
mod matcher;
mod people;
mod tables;
#[cfg(test)]
mod tests;
mod words;

use matcher::{match_at, Found, Window, RANK_SENT_AGO};
use tables::LANGS;

/// Lower-bound age in whole days of an age line, or `None` when the text is not an age line.
pub fn parse_age_words(text: &str) -> Option<u32> {
    let mut window = Window::new(text);
    let mut prev_is_sent = false;
    let mut best: Option<(u8, u32)> = None;
    while let Some(first) = window.at(0) {
        match match_at(&window, prev_is_sent) {
            Found::Nothing => {}
            Found::Overflow => return None,
            Found::Age { rank, days } => {
                if best.is_none_or(|(r, _)| rank > r) {
                    best = Some((rank, days));
                }
                if rank == RANK_SENT_AGO {
                    break;
                }
            }
        }
        prev_is_sent = first.class.sent;
        window.advance();
    }
    best.map(|(_, days)| days)
}

/// The total stated by the "People (N)" tab/heading in any supported language, e.g.
/// "People (1,234)" -> 1234, "Personnes (57)" -> 57.
///
/// The whole text must have that shape (surrounding whitespace and line breaks aside); the
/// count may use `,`, `.`, `'` or a (narrow) no-break space between groups of three digits.
pub fn parse_people_total(text: &str) -> Option<u32> {
    let (word, count) = text.trim().split_once('(')?;
    let word = fold::fold_word(word.trim())?;
    if !LANGS
        .iter()
        .any(|lang| lang.people.contains(&word.as_str()))
    {
        return None;
    }
    people::parse_grouped_count(count.strip_suffix(')')?.trim())
}

/// A count as a "People (N)" tab writes it, words aside: digits, or groups of three joined by
/// one separator (`,` `.` `'` or any space, U+00A0, U+202F and U+2009 included).
pub fn parse_count(text: &str) -> Option<u32> {
    people::parse_grouped_count(text)
}

/// Every word of every language's table (folded: lowercase ASCII, no accents), sorted, once
/// each: the words an age line or a "People (N)" tab is made of. A layout report keeps these
/// words of the page and replaces every other word by a placeholder.
pub fn vocabulary() -> Vec<&'static str> {
    let mut words: Vec<&'static str> = words::classes().iter().map(|&(w, _)| w).collect();
    words.extend(LANGS.iter().flat_map(|lang| lang.people.iter().copied()));
    crate::order::sort(&mut words);
    words.dedup();
    words
}
