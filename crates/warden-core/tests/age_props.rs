//! Properties of the age-line and "People (N)" parsers over generated text.

use proptest::prelude::*;
use warden_core::age::{parse_age_words, parse_people_total};

/// Age lines in every supported language, with the days they stand for.
const PHRASES: &[(&str, u32)] = &[
    ("Sent 3 weeks ago", 21),
    ("Sent today", 0),
    ("Sent yesterday", 1),
    ("Sent a month ago", 30),
    ("Envoyée il y a 3 semaines", 21),
    ("il y a un an", 365),
    ("Gesendet vor 2 Wochen", 14),
    ("vor einem Monat", 30),
    ("Enviada hace 2 meses", 60),
    ("Inviato 3 settimane fa", 21),
    ("un'ora fa", 0),
    ("Enviado há 1 mês", 30),
    ("Verzonden 3 weken geleden", 21),
    ("één dag geleden", 1),
];

/// Filler that holds no digits and no word of the tables.
fn filler() -> impl Strategy<Value = String> {
    "[bcfkqvxzBCFKQVXZ ·|,\n\u{a0}]{0,40}"
}

proptest! {
    #[test]
    fn never_panics(text in any::<String>()) {
        let _ = parse_age_words(&text);
        let _ = parse_people_total(&text);
    }

    #[test]
    fn never_panics_on_near_misses(text in "[0-9a-zA-Z .,'·\u{a0}\u{202f}éèáã()-]{0,60}") {
        let _ = parse_age_words(&text);
        let _ = parse_people_total(&text);
    }

    #[test]
    fn sent_n_days_ago(n in 0u32..100_000) {
        prop_assert_eq!(parse_age_words(&format!("Sent {n} days ago")), Some(n));
    }

    #[test]
    fn any_count_of_any_unit(n in 0u32..1_000_000) {
        prop_assert_eq!(parse_age_words(&format!("{n} weeks ago")), n.checked_mul(7));
        prop_assert_eq!(parse_age_words(&format!("vor {n} Jahren")), n.checked_mul(365));
        prop_assert_eq!(parse_age_words(&format!("il y a {n} heures")), Some(0));
    }

    #[test]
    fn phrases_parse_inside_other_text(
        i in 0..PHRASES.len(),
        before in filler(),
        after in filler(),
        sep in prop::sample::select(vec![" ", " · ", "\n", " | ", "\u{a0}"]),
    ) {
        let (phrase, days) = PHRASES[i];
        let text = format!("{before}{sep}{phrase}{sep}{after}");
        prop_assert_eq!(parse_age_words(&text), Some(days), "{:?}", text);
        prop_assert_eq!(parse_age_words(&text.to_uppercase()), Some(days), "{:?}", text);
    }

    #[test]
    fn people_total_round_trips(n in any::<u32>()) {
        prop_assert_eq!(parse_people_total(&format!("People ({n})")), Some(n));
        prop_assert_eq!(parse_people_total(&format!("Personnes\n({n})")), Some(n));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4))]

    /// A megabyte of random text: it must simply come back (the parser is linear).
    #[test]
    fn a_megabyte_of_random_text(seed in any::<u64>()) {
        const PIECES: &[&str] = &[
            "3", "1", "99999999999", " ", "\u{a0}", "·", "\n", ".", ",", "a", "an", "un", "il", "y",
            "weeks", "year", "ago", "vor", "Sent", "today", "hier", "x", "é", "☃", "and", "2mo",
        ];
        let mut state = seed | 1;
        let mut text = String::with_capacity(1 << 20);
        while text.len() < 1 << 20 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
            if state & 0x30 == 0 {
                text.push(' ');
            }
        }
        let _ = parse_age_words(&text);
        let _ = parse_people_total(&text);
    }
}

#[test]
fn pathological_texts() {
    // One huge number, separator or word: a megabyte each.
    for piece in ["9", "·", "\u{301}", "é", "x"] {
        let text = piece.repeat(1 << 20);
        assert_eq!(parse_age_words(&text), None);
        let _ = parse_people_total(&text);
    }
    // Nothing but table words, each a near miss: smaller, as every word is looked up.
    for piece in ["1 year ", "a ", "il y a ", "1 year and ", "vor ", "Sent "] {
        let text = piece.repeat((1 << 17) / piece.len());
        assert_eq!(parse_age_words(&text), None, "{piece:?}");
        let _ = parse_people_total(&text);
    }
    // A long run of pairs is still read from its start.
    let text = format!("{}ago", "1 year 2 months 3 weeks ".repeat(1000));
    assert!(parse_age_words(&text).is_some());
}
