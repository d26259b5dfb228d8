//! Words compared in a folded form: lowercase, accents dropped ("Há" -> `ha`, "één" -> `een`,
//! "Envoyée" -> `envoyee`), so that every table holds plain ASCII.

/// The longest folded word kept; longer words match nothing in the tables.
pub(super) const FOLD_CAP: usize = 15;
const FOLD_INVALID: u8 = u8::MAX;

/// A word lowercased and stripped of accents, when it is short plain ASCII after that.
#[derive(Clone, Copy)]
pub(super) struct Folded {
    buf: [u8; FOLD_CAP],
    /// Bytes used, or [`FOLD_INVALID`].
    len: u8,
}

impl Folded {
    pub(super) const EMPTY: Folded = Folded {
        buf: [0; FOLD_CAP],
        len: 0,
    };

    pub(super) fn is_valid(&self) -> bool {
        self.len != FOLD_INVALID
    }

    pub(super) fn is(&self, word: &str) -> bool {
        // Written out: for words this short a byte loop beats a call to `memcmp`.
        let word = word.as_bytes();
        usize::from(self.len) == word.len() && self.buf.iter().zip(word).all(|(a, b)| a == b)
    }

    /// The folded bytes (empty when invalid).
    pub(super) fn bytes(&self) -> &[u8] {
        if self.is_valid() {
            &self.buf[..usize::from(self.len)]
        } else {
            &[]
        }
    }

    pub(super) fn push(&mut self, c: char) {
        if !self.is_valid() {
            return;
        }
        match fold_char(c) {
            Some(Some(letter)) => self.push_folded(letter),
            Some(None) => {}
            None => self.len = FOLD_INVALID,
        }
    }

    fn push_folded(&mut self, c: char) {
        let len = usize::from(self.len);
        if c.is_ascii_lowercase() && len < FOLD_CAP {
            self.buf[len] = c as u8;
            self.len += 1;
        } else {
            self.len = FOLD_INVALID;
        }
    }
}

/// The folded form of a whole string, invalid unless it is one word.
pub(super) fn fold_word(s: &str) -> Folded {
    let mut folded = Folded::EMPTY;
    for c in s.chars() {
        if !is_word_char(c) {
            return Folded {
                len: FOLD_INVALID,
                ..Folded::EMPTY
            };
        }
        folded.push(c);
    }
    folded
}

/// A character of a word, folded: `Some(Some(letter))` (an ASCII lowercase letter),
/// `Some(None)` (a combining accent, dropped), or `None` when the word can match no table word.
///
/// The same as lowercasing with Unicode's full mapping and then dropping accents
/// ([`strip_accent`]), without Unicode's case tables: only the few characters listed here
/// fold to a plain letter (`tests::fold_matches_unicode_lowercase` checks every character).
fn fold_char(c: char) -> Option<Option<char>> {
    let lower = match c {
        'a'..='z' => return Some(Some(c)),
        'A'..='Z' => return Some(Some(c.to_ascii_lowercase())),
        // Latin-1 capitals (not the multiplication sign): their lowercase is 0x20 further.
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(c as u32 + 0x20)?,
        '\u{130}' => return Some(Some('i')), // İ: "i" and a combining dot
        '\u{178}' => 'ÿ',
        '\u{212a}' => return Some(Some('k')), // Kelvin sign
        '\u{212b}' => 'å',                    // Angstrom sign
        c => c,
    };
    match strip_accent(lower) {
        None => Some(None),
        Some(base) if base.is_ascii_lowercase() => Some(Some(base)),
        Some(_) => None,
    }
}

/// The base letter of a lowercase accented Latin letter; `None` for a combining accent.
fn strip_accent(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c if is_combining(c) => return None,
        c => c,
    })
}

/// Combining diacritical marks (text in decomposed form: "e" + U+0301).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// A character of a word: a letter or a combining accent.
pub(super) fn is_word_char(c: char) -> bool {
    !c.is_ascii_digit() && (c.is_alphanumeric() || is_combining(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_matches_unicode_lowercase() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            // The reference: Unicode's full lowercase mapping, then accents dropped.
            let mut want = Some(String::new());
            for lower in c.to_lowercase() {
                match strip_accent(lower) {
                    None => {}
                    Some(b) if b.is_ascii_lowercase() => {
                        want.as_mut().into_iter().for_each(|w| w.push(b))
                    }
                    Some(_) => want = None,
                }
            }
            let got = fold_char(c).map(|x| x.map(String::from).unwrap_or_default());
            assert_eq!(got, want, "U+{:04X}", c as u32);
        }
    }
}
