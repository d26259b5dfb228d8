//! The Portuguese table, and the Portuguese age lines it must read.

use super::{Lang, D, H, MIN, MO, S, W, Y};

/// Portuguese: "Enviado há 1 mês" ("ha", "mes" without accents too), "faz 2 semanas",
/// "3 semanas atrás", tab "Pessoas (N)".
pub(super) const PT: Lang = Lang {
    code: "pt",
    ago_before: &[&["ha"], &["faz"]],
    ago_after: &[&["atras"]],
    one: &["um", "uma"],
    units: &[
        ("segundo", S),
        ("segundos", S),
        ("seg", S),
        ("s", S),
        ("minuto", MIN),
        ("minutos", MIN),
        ("min", MIN),
        ("hora", H),
        ("horas", H),
        ("h", H),
        ("dia", D),
        ("dias", D),
        ("d", D),
        ("semana", W),
        ("semanas", W),
        ("sem", W),
        ("mes", MO),
        ("meses", MO),
        ("ano", Y),
        ("anos", Y),
    ],
    and: &["e"],
    today: &[&["hoje"]],
    yesterday: &[&["ontem"]],
    sent: &["enviado", "enviada", "enviados", "enviadas"],
    people: &["pessoas"],
};

#[cfg(test)]
mod tests {
    use crate::age::tests::check;

    #[test]
    fn portuguese() {
        check(&[
            ("Enviado há 1 mês", Some(30)),
            ("Enviado ha 1 mes", Some(30)),
            ("há 3 semanas", Some(21)),
            ("há uma semana", Some(7)),
            ("há um mês", Some(30)),
            ("há 2 meses", Some(60)),
            ("há um ano", Some(365)),
            ("há 2 anos", Some(730)),
            ("há 1 dia", Some(1)),
            ("há 3 dias", Some(3)),
            ("há uma hora", Some(0)),
            ("há 4 horas", Some(0)),
            ("há 5 minutos", Some(0)),
            ("há 9 segundos", Some(0)),
            ("faz 2 semanas", Some(14)),
            ("3 semanas atrás", Some(21)),
            ("Enviado hoje", Some(0)),
            ("Enviada ontem", Some(1)),
        ]);
    }
}
