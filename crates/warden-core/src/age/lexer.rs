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
    /// today/yesterday (see [`super::matcher::match_at`]): a text without such a token holds no age.
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

/// The character starting at byte `i` of `text` (an ASCII byte without decoding).
fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

/// Cuts text into tokens, left to right, once.
pub(super) struct Lexer<'a> {
    text: &'a str,
    pos: usize,
    /// The folded form of the last word, kept to reuse its memory.
    folded: String,
}

impl<'a> Lexer<'a> {
    pub(super) fn new(text: &'a str) -> Lexer<'a> {
        Lexer {
            text,
            pos: 0,
            folded: String::new(),
        }
    }

    /// The count starting at byte `start`, after `prev_sep`.
    fn count(&mut self, start: usize, prev_sep: Option<char>, break_before: bool) -> Token<'a> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut end = start;
        let mut value = Some(0u32);
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            let digit = u32::from(bytes[end] - b'0');
            value = value.and_then(|v| v.checked_mul(10)?.checked_add(digit));
            end += 1;
        }
        // "1,234", "1.5", "3'000", "12.03.2024": not a plain count.
        while end + 1 < bytes.len()
            && matches!(bytes[end], b',' | b'.' | b'\'')
            && bytes[end + 1].is_ascii_digit()
        {
            value = None;
            end += 1;
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                end += 1;
            }
        }
        // "-3", "+3": signed, not a count.
        if matches!(prev_sep, Some('-' | '+' | '\u{2212}')) {
            value = None;
        }
        self.pos = end;
        Token {
            kind: Kind::Num(value),
            class: &INERT,
            raw: text.get(start..end).unwrap_or_default(),
            break_before,
        }
    }

    /// The word starting at byte `start`.
    fn word(&mut self, start: usize, break_before: bool) -> Token<'a> {
        let text = self.text;
        let mut end = start;
        while let Some(c) = char_at(text, end) {
            // An ASCII character is part of a word only as a letter.
            if !(c.is_ascii_alphabetic() || (!c.is_ascii() && is_word_char(c))) {
                break;
            }
            end += c.len_utf8();
        }
        self.pos = end;
        let raw = text.get(start..end).unwrap_or_default();
        let entry = if fold_into(raw, &mut self.folded) {
            words::lookup(&self.folded)
        } else {
            None
        };
        Token {
            kind: Kind::Word(entry.map(|(word, _)| word)),
            class: entry.map_or(&INERT, |(_, class)| class),
            raw,
            break_before,
        }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut break_before = self.pos == 0;
        let mut prev_sep = None;
        // Up to the next token, a character at a time (ASCII without decoding).
        let mut i = self.pos;
        let start = loop {
            let Some(c) = char_at(text, i) else {
                self.pos = text.len();
                return None;
            };
            if c.is_ascii_alphanumeric() || (!c.is_ascii() && is_word_char(c)) {
                break i;
            }
            break_before |= !is_soft_separator(c);
            prev_sep = Some(c);
            i += c.len_utf8();
        };
        if bytes[start].is_ascii_digit() {
            Some(self.count(start, prev_sep, break_before))
        } else {
            Some(self.word(start, break_before))
        }
    }
}
