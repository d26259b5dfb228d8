//! The French table, and the French age lines it must read.

use super::{Lang, D, H, MIN, MO, S, W, Y};

/// French. Seen: "Envoyée il y a 3 semaines", tab "Personnes (N)". Short forms: "3 sem.",
/// "2 j", "5 h", "10 min". "aujourd'hui" is two tokens (the apostrophe splits it).
pub(super) const FR: Lang = Lang {
    code: "fr",
    ago_before: &[&["il", "y", "a"]],
    ago_after: &[],
    one: &["un", "une"],
    units: &[
        ("seconde", S),
        ("secondes", S),
        ("sec", S),
        ("s", S),
        ("minute", MIN),
        ("minutes", MIN),
        ("min", MIN),
        ("mn", MIN),
        ("heure", H),
        ("heures", H),
        ("h", H),
        ("jour", D),
        ("jours", D),
        ("j", D),
        ("semaine", W),
        ("semaines", W),
        ("sem", W),
        ("mois", MO),
        ("an", Y),
        ("ans", Y),
        ("annee", Y),
        ("annees", Y),
    ],
    and: &["et"],
    today: &[&["aujourd", "hui"], &["aujourdhui"]],
    yesterday: &[&["hier"]],
    sent: &["envoye", "envoyee", "envoyes", "envoyees"],
    people: &["personnes"],
};

#[cfg(test)]
mod tests {
    use crate::age::tests::check;

    #[test]
    fn french() {
        check(&[
            ("Envoyée il y a 3 semaines", Some(21)),
            ("Envoyé il y a 1 semaine", Some(7)),
            ("il y a une semaine", Some(7)),
            ("il y a 1 jour", Some(1)),
            ("il y a 5 jours", Some(5)),
            ("il y a un jour", Some(1)),
            ("il y a 1 mois", Some(30)),
            ("il y a 4 mois", Some(120)),
            ("il y a un mois", Some(30)),
            ("il y a 1 an", Some(365)),
            ("il y a un an", Some(365)),
            ("il y a 2 ans", Some(730)),
            ("il y a 2 années", Some(730)),
            ("il y a une année", Some(365)),
            ("il y a 3 heures", Some(0)),
            ("il y a une heure", Some(0)),
            ("il y a 10 minutes", Some(0)),
            ("il y a 1 minute", Some(0)),
            ("il y a 30 secondes", Some(0)),
            ("Envoyée aujourd’hui", Some(0)),
            ("Envoyée aujourd'hui", Some(0)),
            ("Aujourd'hui", Some(0)),
            ("Envoyée hier", Some(1)),
            ("Hier", Some(1)),
            ("ENVOYÉE IL Y A 3 SEMAINES", Some(21)),
            ("Envoyee il y a 3 semaines", Some(21)),
            ("il y a 3 sem.", Some(21)),
            ("il y a 2 j", Some(2)),
            ("3 sem.", Some(21)),
        ]);
    }
}
