//! The Italian table, and the Italian age lines it must read.

use super::{Lang, D, H, MIN, MO, S, W, Y};

/// Italian: "Inviato 3 settimane fa", "un'ora fa" (the apostrophe splits it), tab
/// "Persone (N)".
pub(super) const IT: Lang = Lang {
    code: "it",
    ago_before: &[],
    ago_after: &[&["fa"]],
    one: &["un", "una", "uno"],
    units: &[
        ("secondo", S),
        ("secondi", S),
        ("sec", S),
        ("s", S),
        ("minuto", MIN),
        ("minuti", MIN),
        ("min", MIN),
        ("ora", H),
        ("ore", H),
        ("h", H),
        ("giorno", D),
        ("giorni", D),
        ("g", D),
        ("gg", D),
        ("settimana", W),
        ("settimane", W),
        ("sett", W),
        ("mese", MO),
        ("mesi", MO),
        ("anno", Y),
        ("anni", Y),
    ],
    and: &["e"],
    today: &[&["oggi"]],
    yesterday: &[&["ieri"]],
    sent: &["inviato", "inviata", "inviati", "inviate"],
    people: &["persone"],
};

#[cfg(test)]
mod tests {
    use crate::age::tests::check;

    #[test]
    fn italian() {
        check(&[
            ("Inviato 3 settimane fa", Some(21)),
            ("Inviata una settimana fa", Some(7)),
            ("1 giorno fa", Some(1)),
            ("un giorno fa", Some(1)),
            ("6 giorni fa", Some(6)),
            ("un mese fa", Some(30)),
            ("2 mesi fa", Some(60)),
            ("un anno fa", Some(365)),
            ("3 anni fa", Some(1095)),
            ("un'ora fa", Some(0)),
            ("un’ora fa", Some(0)),
            ("2 ore fa", Some(0)),
            ("1 minuto fa", Some(0)),
            ("15 minuti fa", Some(0)),
            ("40 secondi fa", Some(0)),
            ("uno giorno fa", Some(1)),
            ("Inviato oggi", Some(0)),
            ("Inviato ieri", Some(1)),
            ("3 sett. fa", Some(21)),
        ]);
    }
}
