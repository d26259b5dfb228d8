//! The count of the "People (N)" tab: "57", "1,234", "1.234", "1 234".

/// "57", "1234", "1,234", "1.234", "1 234" (any space): digits, or groups of digits joined by
/// one separator, three digits in each group after the first.
pub(super) fn parse_grouped_count(s: &str) -> Option<u32> {
    let Some(separator) = s.chars().find(|c| !c.is_ascii_digit()) else {
        return s.parse().ok();
    };
    if !(matches!(separator, ',' | '.' | '\'') || separator.is_whitespace()) {
        return None;
    }
    let mut groups = s.split(separator);
    let first = groups.next().unwrap_or_default();
    let is_group = |g: &str| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit());
    if !(1..=3).contains(&first.len()) || !groups.all(is_group) {
        return None;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use crate::age::parse_people_total;

    #[test]
    fn people_total() {
        let cases: &[(&str, Option<u32>)] = &[
            ("People (57)", Some(57)),
            ("People (1,234)", Some(1234)),
            ("People (1.234)", Some(1234)),
            ("People (1\u{a0}234)", Some(1234)),
            ("People (1\u{202f}234)", Some(1234)),
            ("People (1 234 567)", Some(1_234_567)),
            ("People (1234)", Some(1234)),
            ("People (0)", Some(0)),
            ("People\n(57)", Some(57)),
            ("  People ( 57 )  \n", Some(57)),
            ("People(57)", Some(57)),
            ("PEOPLE (57)", Some(57)),
            ("Personnes (57)", Some(57)),
            ("Personnes (1\u{202f}234)", Some(1234)),
            ("Personnes (2\u{202f}903)", Some(2903)),
            ("People (2\u{2009}903)", Some(2903)),
            ("People (2'903)", Some(2903)),
            ("People (1\u{202f}234\u{202f}567)", Some(1_234_567)),
            ("Personen (3)", Some(3)),
            ("Personas (12)", Some(12)),
            ("Persone (8)", Some(8)),
            ("Pessoas (1.000)", Some(1000)),
            ("People (4294967295)", Some(u32::MAX)),
            ("", None),
            ("People", None),
            ("People ()", None),
            ("People (abc)", None),
            ("People (57", None),
            ("People 57", None),
            ("(57)", None),
            ("Pages (3)", None),
            ("People (1,23)", None),
            ("People (1,2345)", None),
            ("People (1234,567)", None),
            ("People (,123)", None),
            ("People (1,234.567)", None),
            ("People (1,)", None),
            ("People (-5)", None),
            ("People (4294967296)", None),
            ("People (57) Pages (3)", None),
            ("My People (57)", None),
            ("People (57) extra", None),
            ("People ((57))", None),
        ];
        let mut failures = Vec::new();
        for &(text, want) in cases {
            let got = parse_people_total(text);
            if got != want {
                failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
