//! The German table, and the German age lines it must read.

use super::{Lang, D, H, MIN, MO, S, W, Y};

/// German, with the dative plurals that follow "vor": "vor 3 Wochen", "vor einem Monat",
/// "vor 2 Jahren", "vor 5 Tagen", "vor einer Woche". Tab "Personen (N)".
pub(super) const DE: Lang = Lang {
    code: "de",
    ago_before: &[&["vor"]],
    ago_after: &[],
    one: &["ein", "eine", "einem", "einer", "einen", "eins"],
    units: &[
        ("sekunde", S),
        ("sekunden", S),
        ("sek", S),
        ("s", S),
        ("minute", MIN),
        ("minuten", MIN),
        ("min", MIN),
        ("stunde", H),
        ("stunden", H),
        ("std", H),
        ("h", H),
        ("tag", D),
        ("tage", D),
        ("tagen", D),
        ("tg", D),
        ("woche", W),
        ("wochen", W),
        ("wo", W),
        ("monat", MO),
        ("monate", MO),
        ("monaten", MO),
        ("mon", MO),
        ("jahr", Y),
        ("jahre", Y),
        ("jahren", Y),
        ("j", Y),
    ],
    and: &["und"],
    today: &[&["heute"]],
    yesterday: &[&["gestern"]],
    sent: &["gesendet", "versendet", "verschickt", "gesandt"],
    people: &["personen"],
};

#[cfg(test)]
mod tests {
    use crate::age::tests::check;

    #[test]
    fn german() {
        check(&[
            ("Gesendet vor 2 Wochen", Some(14)),
            ("vor 3 Wochen", Some(21)),
            ("vor einer Woche", Some(7)),
            ("vor 1 Woche", Some(7)),
            ("vor einem Monat", Some(30)),
            ("vor 1 Monat", Some(30)),
            ("vor 2 Monaten", Some(60)),
            ("vor einem Jahr", Some(365)),
            ("vor 2 Jahren", Some(730)),
            ("vor einem Tag", Some(1)),
            ("vor 1 Tag", Some(1)),
            ("vor 5 Tagen", Some(5)),
            ("vor einer Stunde", Some(0)),
            ("vor 3 Stunden", Some(0)),
            ("vor 10 Minuten", Some(0)),
            ("vor einer Minute", Some(0)),
            ("vor 20 Sekunden", Some(0)),
            ("Heute gesendet", Some(0)),
            ("Gesendet: heute", Some(0)),
            ("Gestern gesendet", Some(1)),
            ("Gesendet gestern", Some(1)),
            ("heute", Some(0)),
            ("vor 2 Mon.", Some(60)),
            ("vor 2 J.", Some(730)),
        ]);
    }
}
