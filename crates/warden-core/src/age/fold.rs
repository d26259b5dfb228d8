//! Words compared in a folded form: lowercase, accents dropped ("Há" -> `ha`, "één" -> `een`,
//! "Envoyée" -> `envoyee`), so that every table holds plain ASCII.

/// The base letter of each lowercase letter from U+00E0 to U+017F that is a plain ASCII
/// letter with accents (its canonical decomposition: that letter and combining marks), `.`
/// for the others: Latin-1 and Latin Extended-A, the letters of the seven languages' age
/// lines (`tests::the_accent_table_is_unicode_s_decomposition` checks it).
///
/// A table, not `unicode-normalization`'s full decomposition: the crate's tables cost 28 KiB
/// gzipped of wasm (the build of 2026-12-02: 488.7 / 209.5 KiB raw / gzipped with the crate,
/// 439.1 / 181.7 with this table, `npm run build`), for letters no age line of LinkedIn's seven
/// languages uses.
const BASES: &[u8; 160] = b"aaaaaa.ceeeeiiii.nooooo..uuuuy.y.a.a.a.c.c.c.c.d...e.e.e.e.e.g.g.g.g.h...i.i.i.i.....j.k..l.l.l.....n.n.n....o.o.o...r.r.r.s.s.s.s.t.t...u.u.u.u.u.u.w.y..z.z.z.";

/// A combining accent (text in decomposed form: "e" + U+0301), dropped by the fold.
pub(super) fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// The ASCII letter a lowercase character folds to, `Some(None)` for an accent to drop, `None`
/// when it folds to no plain letter.
fn base_of(c: char) -> Option<Option<char>> {
    if c.is_ascii_lowercase() {
        return Some(Some(c));
    }
    if is_combining_mark(c) {
        return Some(None);
    }
    let i = (c as usize).checked_sub(0xe0)?;
    match BASES.get(i)? {
        b'.' => None,
        &b => Some(Some(char::from(b))),
    }
}

/// Writes the folded form of `word` into `out` (cleared first): Unicode's full lowercase
/// mapping (std), then accents dropped. Returns false as soon as the result would hold
/// anything but ASCII lowercase letters: such a word matches no table word.
pub(super) fn fold_into(word: &str, out: &mut String) -> bool {
    out.clear();
    for c in word.chars().flat_map(char::to_lowercase) {
        match base_of(c) {
            Some(Some(b)) => out.push(b),
            Some(None) => {}
            None => return false,
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
    fn the_accent_table_is_unicode_s_decomposition() {
        use unicode_normalization::UnicodeNormalization;
        for c in ('\u{e0}'..='\u{17f}').filter(|c| c.is_lowercase()) {
            let nfd: Vec<char> = c.to_string().nfd().collect();
            let plain = nfd.len() > 1
                && nfd[0].is_ascii_lowercase()
                && nfd[1..].iter().all(|&m| is_combining_mark(m));
            let want = plain.then_some(Some(nfd[0]));
            assert_eq!(base_of(c), want, "U+{:04X}", c as u32);
        }
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
