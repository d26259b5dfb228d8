//! Cutting a text into tokens: runs of ASCII digits (a count) and runs of letters (a word),
//! each knowing whether a segment ends before it.

use super::fold::{fold_into, is_word_char};
use super::words::{self, Class, INERT};

#[derive(Clone, Copy)]
pub(super) enum Kind {
    /// A run of ASCII digits; `None` when it is not a plain whole count that fits a `u32`
    /// ("1.5", "1,234", "-3", "99999999999").
    Num(Option<u32>),
    /// A run of letters: the table word it is once folded, `None` when it is in no table.
    Word(Option<&'static str>),
}

#[derive(Clone, Copy)]
pub(super) struct Token<'a> {
    pub(super) kind: Kind,
    pub(super) class: &'static Class,
    /// The token as written.
    pub(super) raw: &'a str,
    /// A segment ends before this token (or it is the first one).
    pub(super) break_before: bool,
}

impl Token<'_> {
    pub(super) fn is_word(&self, word: &str) -> bool {
        matches!(self.kind, Kind::Word(Some(w)) if w == word)
    }

    /// Every shape starts with a count, a word meaning one, or a word of a marker or of
    /// today/yesterday (see [`super::matcher::match_at`]): a text without such a token holds no
    /// age.
    pub(super) fn may_start_age(&self) -> bool {
        matches!(self.kind, Kind::Num(_)) || self.class.one != 0 || self.class.in_phrase
    }

    pub(super) fn quantity_in(&self, li: usize) -> Option<u32> {
        match self.kind {
            Kind::Num(n) => n,
            Kind::Word(_) => (self.class.one & (1 << li) != 0).then_some(1),
        }
    }
}

/// Characters between tokens that do not end a segment: spaces (no-break, narrow and
/// zero-width ones too, but not line breaks), dots ("3 sem.") and apostrophes ("un'ora").
fn is_soft_separator(c: char) -> bool {
    match c {
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => false,
        '.' | '\'' | '\u{2018}' | '\u{2019}' | '`' | '\u{b4}' => true,
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => true,
        c => c.is_whitespace(),
    }
}

/// The length of the run of ASCII digits that starts `s`.
fn digits_len(s: &str) -> usize {
    s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len())
}

/// Cuts text into tokens, left to right, once.
pub(super) struct Lexer<'a> {
    /// The text not read yet.
    rest: &'a str,
    /// No token was read yet.
    at_start: bool,
    /// The folded form of the last word, kept to reuse its memory.
    folded: String,
}

impl<'a> Lexer<'a> {
    pub(super) fn new(text: &'a str) -> Lexer<'a> {
        Lexer {
            rest: text,
            at_start: true,
            folded: String::new(),
        }
    }

    /// The count that starts `rest`: its digits, then any `,` `.` `'` followed by more digits,
    /// which make it no plain count ("1,234", "1.5", "3'000", "12.03.2024"). Returns its length
    /// and its value.
    fn count(rest: &str) -> (usize, Option<u32>) {
        let plain = digits_len(rest);
        let mut end = plain;
        while let Some(more) = rest
            .get(end..)
            .and_then(|s| s.strip_prefix([',', '.', '\'']))
            .map(digits_len)
            .filter(|&n| n > 0)
        {
            end += 1 + more;
        }
        let value = if end == plain {
            rest.get(..end).and_then(|s| s.parse().ok())
        } else {
            None
        };
        (end, value)
    }

    /// The token that starts `rest`, `gap` being what was skipped before it.
    fn token(&mut self, gap: &str, rest: &'a str) -> (Token<'a>, &'a str) {
        let break_before = self.at_start || !gap.chars().all(is_soft_separator);
        self.at_start = false;
        let (len, kind, class) = if rest.starts_with(|c: char| c.is_ascii_digit()) {
            let (len, value) = Lexer::count(rest);
            // "-3", "+3": signed, not a count.
            let signed = gap.ends_with(['-', '+', '\u{2212}']);
            (len, Kind::Num(value.filter(|_| !signed)), &INERT)
        } else {
            let len = rest.find(|c| !is_word_char(c)).unwrap_or(rest.len());
            let word = rest.get(..len).unwrap_or_default();
            let entry = fold_into(word, &mut self.folded)
                .then(|| words::lookup(&self.folded))
                .flatten();
            let class = entry.map_or(&INERT, |(_, class)| class);
            (len, Kind::Word(entry.map(|(word, _)| word)), class)
        };
        let (raw, after) = rest.split_at_checked(len).unwrap_or((rest, ""));
        let token = Token {
            kind,
            class,
            raw,
            break_before,
        };
        (token, after)
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        // A token starts with a digit or a letter: a combining mark belongs to the letter
        // before it, and one that follows no letter is a separator.
        let Some((gap, rest)) = self
            .rest
            .find(char::is_alphanumeric)
            .and_then(|start| self.rest.split_at_checked(start))
        else {
            self.rest = "";
            return None;
        };
        let (token, after) = self.token(gap, rest);
        self.rest = after;
        Some(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each token as written, with `|` before it when a segment ends there, and `#` after a
    /// count that is not a plain one.
    fn tokens(text: &str) -> Vec<String> {
        Lexer::new(text)
            .map(|t| {
                let bar = if t.break_before { "|" } else { "" };
                let mark = if matches!(t.kind, Kind::Num(None)) {
                    "#"
                } else {
                    ""
                };
                format!("{bar}{}{mark}", t.raw)
            })
            .collect()
    }

    #[test]
    fn counts_words_and_segments() {
        let cases: &[(&str, &[&str])] = &[
            ("Sent 3 weeks ago", &["|Sent", "3", "weeks", "ago"]),
            ("3w", &["|3", "w"]),
            (
                "Jane Doe · 3w\nMessage",
                &["|Jane", "Doe", "|3", "w", "|Message"],
            ),
            ("un’ora fa", &["|un", "ora", "fa"]),
            ("3 sem.", &["|3", "sem"]),
            (
                "1,234 1.5 12.03.2024 3'000",
                &["|1,234#", "1.5#", "12.03.2024#", "3'000#"],
            ),
            ("-3 +3 \u{2212}3 1,", &["|3#", "|3#", "|3#", "1"]),
            ("99999999999 4294967295", &["|99999999999#", "4294967295"]),
            // A mark belongs to the letter before it; one after no letter separates.
            ("Envoye\u{301}e", &["|Envoye\u{301}e"]),
            ("Hier \u{301}x", &["|Hier", "|x"]),
            ("", &[]),
            (" · ", &[]),
        ];
        for &(text, want) in cases {
            assert_eq!(tokens(text), want, "{text:?}");
        }
    }

    #[test]
    fn words_are_found_in_the_tables_once_folded() {
        let words: Vec<_> = Lexer::new("ENVOYÉE Há 3 jours Jane")
            .map(|t| match t.kind {
                Kind::Word(w) => w,
                Kind::Num(_) => Some("#"),
            })
            .collect();
        assert_eq!(
            words,
            [Some("envoyee"), Some("ha"), Some("#"), Some("jours"), None]
        );
    }
}
