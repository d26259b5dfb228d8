//! Words compared in a folded form: lowercase, accents dropped ("Há" -> `ha`, "één" -> `een`,
//! "Envoyée" -> `envoyee`), so that every table holds plain ASCII.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Writes the folded form of `word` into `out` (cleared first): Unicode's full lowercase
/// mapping, then each character's canonical decomposition (NFD) without its combining marks.
/// Returns false as soon as the result would hold anything but ASCII lowercase letters: such
/// a word matches no table word.
///
/// NFD would also put the marks of a character in canonical order; they are all dropped, so
/// decomposing character by character gives the same letters.
pub(super) fn fold_into(word: &str, out: &mut String) -> bool {
    out.clear();
    for c in word.chars().flat_map(char::to_lowercase) {
        let mut plain = true;
        decompose_canonical(c, |d| {
            if d.is_ascii_lowercase() {
                out.push(d);
            } else if !is_combining_mark(d) {
                plain = false;
            }
        });
        if !plain {
            return false;
        }
    }
    true
}

/// The folded form of `s` when it is one word that folds to plain ASCII ("Personnes").
pub(super) fn fold_word(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    (s.chars().all(is_word_char) && fold_into(s, &mut out)).then_some(out)
}

/// A character of a word: a letter (or a digit of a script other than ASCII) or a combining
/// mark ("e" followed by U+0301). ASCII digits make counts, not words.
pub(super) fn is_word_char(c: char) -> bool {
    !c.is_ascii_digit() && (c.is_alphanumeric() || is_combining_mark(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> Option<String> {
        let mut out = String::new();
        fold_into(s, &mut out).then_some(out)
    }

    /// The fold as it was first written, by hand for Latin-1: Unicode's full lowercase
    /// mapping, then these accents and the combining marks U+0300-U+036F dropped.
    fn latin_1_fold(c: char) -> Option<String> {
        let mut out = String::new();
        for lower in c.to_lowercase() {
            let base = match lower {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
                'ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' => 'i',
                'ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
                'ù' | 'ú' | 'û' | 'ü' => 'u',
                'ý' | 'ÿ' => 'y',
                '\u{300}'..='\u{36f}' => continue,
                c if c.is_ascii_lowercase() => c,
                _ => return None,
            };
            out.push(base);
        }
        Some(out)
    }

    #[test]
    fn fold_matches_unicode_lowercase() {
        // Every character the Latin-1 fold read as plain letters still folds to them, but for
        // `ø`, which Unicode does not decompose (a letter of its own, in no table word).
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let Some(want) = latin_1_fold(c) else {
                continue;
            };
            let want = (!matches!(c, 'ø' | 'Ø')).then_some(want);
            assert_eq!(fold(c.encode_utf8(&mut [0; 4])), want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn fold_is_lowercase_without_accents() {
        let cases = [
            ("Envoyée", Some("envoyee")),
            ("ENVOYÉE", Some("envoyee")),
            ("Envoye\u{301}e", Some("envoyee")),
            ("één", Some("een")),
            ("Há", Some("ha")),
            ("AÑOS", Some("anos")),
            ("İ", Some("i")),
            ("\u{212a}", Some("k")), // Kelvin sign
            ("\u{212b}", Some("a")), // Angstrom sign
            ("Şţőŷ", Some("stoy")),  // beyond Latin-1 too
            ("\u{301}", Some("")),
            ("", Some("")),
            ("straße", None),
            ("ø", None),
            ("ﬁ", None),
            ("ｗｅｅｋｓ", None),
            ("Неделя", None),
            ("☃", None),
        ];
        for (word, want) in cases {
            assert_eq!(fold(word).as_deref(), want, "{word:?}");
        }
    }

    #[test]
    fn a_word_is_letters_and_marks() {
        assert_eq!(fold_word("Personnes").as_deref(), Some("personnes"));
        assert_eq!(fold_word("My People"), None);
        assert_eq!(fold_word("People1"), None);
        assert!(is_word_char('\u{301}') && is_word_char('é') && is_word_char('٣'));
        assert!(!is_word_char('3') && !is_word_char(' ') && !is_word_char('·'));
    }
}
