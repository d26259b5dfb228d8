//! Age lines across languages: short forms, spaces and case, what surrounds a line, which
//! phrase wins, and texts that are no age line. Each language's own cases are in its table's
//! file.

use super::parse_age_words;

/// Asserts that each text reads as the age it is paired with, listing every failure.
#[track_caller]
pub(super) fn check(cases: &[(&str, Option<u32>)]) {
    let mut failures = Vec::new();
    for &(text, want) in cases {
        let got = parse_age_words(text);
        if got != want {
            failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn short_forms() {
    check(&[
        ("3w", Some(21)),
        ("2mo", Some(60)),
        ("1yr", Some(365)),
        ("5d", Some(5)),
        ("3 wk", Some(21)),
        ("2 mos", Some(60)),
        ("3 sem.", Some(21)),
        ("4h", Some(0)),
        ("10 min", Some(0)),
        ("2 yrs", Some(730)),
        ("Sent 3w", Some(21)),
        ("Sent 3W", Some(21)),
        ("3 wk ago", Some(21)),
        ("2 mos ago", Some(60)),
        ("1yr ago", Some(365)),
        ("Jane Doe · 3w · Message", Some(21)),
        ("Jane Doe\n2mo\nMessage", Some(60)),
        ("3weeks ago", Some(21)),
    ]);
}

#[test]
fn spaces_case_and_surroundings() {
    check(&[
        ("Sent\u{a0}3\u{a0}weeks\u{a0}ago", Some(21)),
        ("Sent\u{202f}3\u{202f}weeks\u{202f}ago", Some(21)),
        ("Sent\u{2009}3\u{3000}weeks\tago", Some(21)),
        ("Sent\u{200b}3 weeks ago", Some(21)),
        ("  Sent 3 weeks ago  ", Some(21)),
        ("\n  Sent 3 weeks ago\n", Some(21)),
        ("SENT 3 WEEKS AGO", Some(21)),
        ("sent 3 weeks ago", Some(21)),
        ("SeNt A mOnTh AgO", Some(30)),
        ("Jane Doe · Sent 3 weeks ago · Message", Some(21)),
        (
            "Jane Doe\nSoftware engineer\nSent 3 weeks ago\nWithdraw",
            Some(21),
        ),
        ("Jane DoeSoftware EngineerSent 3 weeks ago", Some(21)),
        ("Jane Doe · Hiring today · Sent 2 weeks ago", Some(14)),
        ("Jane Doe · Sent today · Message", Some(0)),
        ("Envoye\u{301}e il y a 3 semaines", Some(21)),
        ("Sent 3 weeks ago.", Some(21)),
        ("(Sent 3 weeks ago)", Some(21)),
        ("Sent about 3 weeks ago", Some(21)),
        ("Sent 1 year 2 months ago", Some(425)),
        ("1 year and 2 months ago", Some(425)),
        ("il y a 1 an et 2 mois", Some(425)),
        ("Sent 007 days ago", Some(7)),
        ("Sent 4294967295 seconds ago", Some(0)),
        ("Sent 11767033 years ago", Some(11_767_033 * 365)),
        ("5 years in sales · Sent 3 weeks ago", Some(21)),
        ("3 weeks", Some(21)),
    ]);
}

#[test]
fn first_and_most_trusted_wins() {
    check(&[
        // A phrase after "sent" beats an earlier one without it.
        ("Founded 2 years ago · Sent 3 weeks ago", Some(21)),
        // Between equals, the first one.
        ("3 weeks ago, 2 years ago", Some(21)),
        // An ago phrase beats a bare short form.
        ("3w · Sent 2 months ago", Some(60)),
    ]);
}

#[test]
fn not_age_lines() {
    check(&[
        ("", None),
        ("   ", None),
        ("\u{a0}\n", None),
        ("3", None),
        ("42", None),
        ("Sent", None),
        ("ago", None),
        ("weeks ago", None),
        ("Sent weeks ago", None),
        ("a while ago", None),
        ("a few days ago", None),
        ("3 ago", None),
        ("il y a", None),
        ("vor", None),
        ("hace semanas", None),
        ("2024-03-12", None),
        ("12/03/2024", None),
        ("12.03.2024", None),
        ("March 3, 2024", None),
        ("Mar 3", None),
        ("1.5 weeks ago", None),
        ("1,234 days ago", None),
        ("-3 days ago", None),
        ("+3 days ago", None),
        ("99999999999 days ago", None),
        ("20000000 years ago", None),
        ("Sent 4294967296 seconds ago", None),
        ("11767034 years ago", None),
        ("in 3 weeks", None),
        ("3 weeks from now", None),
        ("5 years of experience", None),
        ("10 yrs in SaaS", None),
        ("3D designer", None),
        ("3D", None),
        ("5G", None),
        ("Telecom · 5G · IoT", None),
        ("web3", None),
        ("3m", None),
        ("3 m ago", None),
        ("2j", None),
        ("Hier klicken", None),
        ("Hiring today", None),
        ("Today is the day", None),
        ("Jane Doe", None),
        ("People (57)", None),
        ("Withdraw", None),
        ("☃☃☃ ¿¡ 💥", None),
        ("3 weeks agoo", None),
        ("3 weekss ago", None),
        ("il y a 3 weeks", None),
        ("vor 3 semaines", None),
        ("3 Wochen ago", None),
        ("a", None),
        ("a a a a", None),
        ("1 2 3 4", None),
        ("3 weeks 3 weeks", None),
    ]);
}
