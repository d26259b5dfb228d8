//! The English table, and the English age lines it must read.

use super::{Lang, D, H, MIN, MO, S, W, Y};

/// English. Seen on the Sent page: "Sent today", "Sent yesterday", "Sent 1 day ago",
/// "Sent 3 weeks ago", "Sent a month ago", "Sent 2 years ago", tab "People (N)". Short forms
/// as LinkedIn writes them elsewhere: "3w", "2mo", "1yr", "5d", "3 wk", "2 mos". A bare "m" is
/// left out: LinkedIn uses it for minutes, other sites for months.
pub(super) const EN: Lang = Lang {
    code: "en",
    ago_before: &[],
    ago_after: &[&["ago"]],
    one: &["a", "an", "one"],
    units: &[
        ("second", S),
        ("seconds", S),
        ("sec", S),
        ("secs", S),
        ("s", S),
        ("minute", MIN),
        ("minutes", MIN),
        ("min", MIN),
        ("mins", MIN),
        ("hour", H),
        ("hours", H),
        ("hr", H),
        ("hrs", H),
        ("h", H),
        ("day", D),
        ("days", D),
        ("d", D),
        ("week", W),
        ("weeks", W),
        ("wk", W),
        ("wks", W),
        ("w", W),
        ("month", MO),
        ("months", MO),
        ("mo", MO),
        ("mos", MO),
        ("mth", MO),
        ("mths", MO),
        ("year", Y),
        ("years", Y),
        ("yr", Y),
        ("yrs", Y),
        ("y", Y),
    ],
    and: &["and"],
    today: &[&["today"]],
    yesterday: &[&["yesterday"]],
    sent: &["sent"],
    people: &["people"],
};

#[cfg(test)]
mod tests {
    use crate::age::tests::check;

    #[test]
    fn english() {
        check(&[
            ("Sent today", Some(0)),
            ("Sent yesterday", Some(1)),
            ("Sent 1 day ago", Some(1)),
            ("Sent 2 days ago", Some(2)),
            ("Sent 1 week ago", Some(7)),
            ("Sent 3 weeks ago", Some(21)),
            ("Sent 1 month ago", Some(30)),
            ("Sent 5 months ago", Some(150)),
            ("Sent 1 year ago", Some(365)),
            ("Sent 2 years ago", Some(730)),
            ("Sent a month ago", Some(30)),
            ("Sent an hour ago", Some(0)),
            ("Sent one week ago", Some(7)),
            ("Sent a day ago", Some(1)),
            ("Sent a year ago", Some(365)),
            ("Sent 1 second ago", Some(0)),
            ("Sent 30 seconds ago", Some(0)),
            ("Sent 1 minute ago", Some(0)),
            ("Sent 45 minutes ago", Some(0)),
            ("Sent 1 hour ago", Some(0)),
            ("Sent 23 hours ago", Some(0)),
            ("3 weeks ago", Some(21)),
            ("0 days ago", Some(0)),
            ("Today", Some(0)),
            ("yesterday", Some(1)),
        ]);
    }
}
