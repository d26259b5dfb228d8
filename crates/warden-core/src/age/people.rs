//! The count of the "People (N)" tab: "57", "1,234", "1.234", "1 234".

/// "57", "1234", "1,234", "1.234", "1 234" (any space): groups of three after the first.
pub(super) fn parse_grouped_count(s: &str) -> Option<u32> {
    let mut value: u32 = 0;
    let mut group = 0usize; // digits in the current group
    let mut separator: Option<char> = None;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            value = value.checked_mul(10)?.checked_add(d)?;
            group += 1;
        } else if matches!(c, ',' | '.' | '\'') || c.is_whitespace() {
            let first_group = separator.is_none();
            if separator.is_some_and(|s| s != c)
                || group == 0
                || (first_group && group > 3)
                || (!first_group && group != 3)
            {
                return None;
            }
            separator = Some(c);
            group = 0;
        } else {
            return None;
        }
    }
    (group > 0 && (separator.is_none() || group == 3)).then_some(value)
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
