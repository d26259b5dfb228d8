//! The Dutch table, and the Dutch age lines it must read.

use super::{Lang, D, H, MIN, MO, S, W, Y};

/// Dutch: "Verzonden 3 weken geleden", "een maand geleden" ("één" too), "2 jaar geleden",
/// tab "Personen (N)".
pub(super) const NL: Lang = Lang {
    code: "nl",
    ago_before: &[],
    ago_after: &[&["geleden"]],
    one: &["een"],
    units: &[
        ("seconde", S),
        ("seconden", S),
        ("sec", S),
        ("s", S),
        ("minuut", MIN),
        ("minuten", MIN),
        ("min", MIN),
        ("uur", H),
        ("uren", H),
        ("u", H),
        ("dag", D),
        ("dagen", D),
        ("d", D),
        ("week", W),
        ("weken", W),
        ("wk", W),
        ("w", W),
        ("maand", MO),
        ("maanden", MO),
        ("mnd", MO),
        ("jaar", Y),
        ("jaren", Y),
        ("jr", Y),
        ("j", Y),
    ],
    and: &["en"],
    today: &[&["vandaag"]],
    yesterday: &[&["gisteren"]],
    sent: &["verzonden", "verstuurd"],
    people: &["personen"],
};

#[cfg(test)]
mod tests {
    use crate::age::tests::check;

    #[test]
    fn dutch() {
        check(&[
            ("Verzonden 3 weken geleden", Some(21)),
            ("1 week geleden", Some(7)),
            ("een week geleden", Some(7)),
            ("één week geleden", Some(7)),
            ("1 dag geleden", Some(1)),
            ("5 dagen geleden", Some(5)),
            ("een maand geleden", Some(30)),
            ("2 maanden geleden", Some(60)),
            ("1 jaar geleden", Some(365)),
            ("2 jaar geleden", Some(730)),
            ("3 jaren geleden", Some(1095)),
            ("1 uur geleden", Some(0)),
            ("3 uur geleden", Some(0)),
            ("1 minuut geleden", Some(0)),
            ("10 minuten geleden", Some(0)),
            ("5 seconden geleden", Some(0)),
            ("Verzonden vandaag", Some(0)),
            ("Verstuurd gisteren", Some(1)),
            ("2 mnd geleden", Some(60)),
        ]);
    }
}
