//! The Spanish table, and the Spanish age lines it must read.

use super::{Lang, D, H, MIN, MO, S, W, Y};

/// Spanish: "Enviada hace 2 meses", "hace un año" (also "ano" without the tilde), tab
/// "Personas (N)". "atrás" is accepted after the unit too ("3 semanas atrás").
pub(super) const ES: Lang = Lang {
    code: "es",
    ago_before: &[&["hace"]],
    ago_after: &[&["atras"]],
    one: &["un", "una", "uno"],
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
    and: &["y"],
    today: &[&["hoy"]],
    yesterday: &[&["ayer"]],
    sent: &["enviada", "enviado", "enviadas", "enviados"],
    people: &["personas"],
};

#[cfg(test)]
mod tests {
    use crate::age::tests::check;

    #[test]
    fn spanish() {
        check(&[
            ("Enviada hace 2 meses", Some(60)),
            ("Enviado hace 3 semanas", Some(21)),
            ("hace una semana", Some(7)),
            ("hace un mes", Some(30)),
            ("hace 1 día", Some(1)),
            ("hace 1 dia", Some(1)),
            ("hace 4 días", Some(4)),
            ("hace 4 dias", Some(4)),
            ("hace un año", Some(365)),
            ("hace 2 años", Some(730)),
            ("hace 2 anos", Some(730)),
            ("hace una hora", Some(0)),
            ("hace 5 horas", Some(0)),
            ("hace 12 minutos", Some(0)),
            ("hace un minuto", Some(0)),
            ("hace 3 segundos", Some(0)),
            ("3 semanas atrás", Some(21)),
            ("Enviada hoy", Some(0)),
            ("Enviada ayer", Some(1)),
            ("hace 3 sem.", Some(21)),
        ]);
    }
}
