//! Everything Warden remembers, its storage schema, and how stored text becomes a state.
//!
//! Stored under one key as JSON text: `{"schema": N, ...}`. Text that cannot be read, or that
//! a newer Warden wrote, is never overwritten: the next write first copies it aside (see
//! [`crate::engine`]) and the popup tells the user.

use crate::date::{Date, Millis};
use crate::settings::Settings;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The storage key of the state.
pub const STATE_KEY: &str = "warden";
/// The prefix of keys holding unreadable data kept aside, followed by the time it was moved.
pub const ASIDE_PREFIX: &str = "warden.aside.";
/// The schema this build writes. Bump it with a migration step in [`migrate`].
pub const SCHEMA: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct State {
    pub schema: u32,
    pub settings: Settings,
    /// Withdrawals the user made, by profile slug.
    pub withdrawals: BTreeMap<String, Withdrawal>,
    /// People the user marked as a priority, by profile slug.
    pub keeps: BTreeMap<String, Keep>,
    /// Invitations the user was seen sending, by profile slug (or `name:` + name when unknown).
    pub sends: BTreeMap<String, Send>,
    /// Pending invitations read on the Sent page, by profile slug.
    pub seen: BTreeMap<String, Seen>,
    /// The latest reading of the Sent page as a whole.
    pub pending: Option<PendingSnapshot>,
    /// When LinkedIn last said the weekly invitation limit was reached.
    pub limit_reached_at: Option<Millis>,
    /// Things the user must be told (unreadable data kept aside, failed writes).
    pub notices: Vec<Notice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Withdrawal {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    /// The age the invitation had when withdrawn, when it was known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_days: Option<u32>,
    pub withdrawn_at: Millis,
    pub withdrawn_on: Date,
    /// First day a new invitation to this person is possible.
    pub until: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Keep {
    pub name: String,
    pub since: Millis,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Send {
    pub name: String,
    pub at: Millis,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Seen {
    pub name: String,
    /// Today minus the age read on the card: the latest day it can have been sent.
    pub sent_on: Date,
    pub seen_on: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PendingSnapshot {
    /// The page's "People (N)" total, else the cards recognised.
    pub count: u32,
    pub cards: u32,
    pub stale: u32,
    pub consider: u32,
    pub read_on: Date,
    pub read_at: Millis,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    /// `unreadable` (data kept aside) or `writeFailed`.
    pub kind: String,
    pub at: Millis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

/// Why stored text could not become a state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    NotJson,
    NoSchema,
    /// Written by a newer Warden: kept as it is, never downgraded.
    FutureSchema(u32),
    BadShape(String),
}

/// Reads stored text. `None` (nothing stored yet) gives a fresh state.
pub fn decode(raw: Option<&str>) -> Result<State, Unreadable> {
    let Some(raw) = raw else {
        return Ok(State {
            schema: SCHEMA,
            ..State::default()
        });
    };
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| Unreadable::NotJson)?;
    migrate(value)
}

/// Brings a stored value of any past schema to the current one, step by step.
pub fn migrate(value: serde_json::Value) -> Result<State, Unreadable> {
    let schema = value
        .get("schema")
        .and_then(|s| s.as_u64())
        .ok_or(Unreadable::NoSchema)?;
    match schema {
        // Each past schema gets an arm converting it to the next one, then falls through here.
        1 => serde_json::from_value::<State>(value)
            .map_err(|e| Unreadable::BadShape(e.to_string()))
            .map(|s| State {
                schema: SCHEMA,
                ..s
            }),
        n if n > SCHEMA as u64 => Err(Unreadable::FutureSchema(n.min(u32::MAX as u64) as u32)),
        _ => Err(Unreadable::NoSchema),
    }
}

pub fn encode(state: &State) -> String {
    serde_json::to_string(state).unwrap_or_default()
}

/// Cleans a profile slug: the part after `/in/` of a link, lowercased and percent-decoded.
/// Accepts a whole href (`https://www.linkedin.com/in/jane-doe-42/?mini=1`) or a bare slug.
pub fn slug_from_href(href: &str) -> Option<String> {
    let after = match href.find("/in/") {
        Some(i) => &href[i + 4..],
        None if !href.contains('/') && !href.contains(':') => href,
        None => return None,
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let raw = &after[..end];
    let decoded = percent_decode(raw)?;
    let slug = decoded.trim().to_lowercase();
    let ok = !slug.is_empty()
        && slug.chars().count() <= 100
        && slug
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.');
    ok.then_some(slug)
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// A display name as text: whitespace collapsed, at most 200 characters. Markup stays text.
pub fn clean_name(name: &str) -> String {
    let mut out = String::new();
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.chars().filter(|c| !c.is_control()).take(200).collect()
}

/// The headline of a card from its texts in document order: the first text after the name that
/// is not an age line and has at least two words (control labels such as "Withdraw" have one).
pub fn pick_headline(texts: &[String], name: &str) -> Option<String> {
    let name = clean_name(name);
    let start = texts
        .iter()
        .position(|t| clean_name(t) == name)
        .map_or(0, |i| i + 1);
    texts[start.min(texts.len())..]
        .iter()
        .map(|t| clean_name(t))
        .find(|t| {
            *t != name && t.split(' ').count() >= 2 && crate::age::parse_age_words(t).is_none()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_stored_is_a_fresh_state() {
        let s = decode(None).unwrap();
        assert_eq!(s.schema, SCHEMA);
        assert!(s.withdrawals.is_empty());
        assert_eq!(s.settings, Settings::default());
    }

    #[test]
    fn round_trip() {
        let mut s = decode(None).unwrap();
        s.withdrawals.insert(
            "jane".into(),
            Withdrawal {
                name: "Jane".into(),
                headline: None,
                age_days: Some(30),
                withdrawn_at: 5,
                withdrawn_on: Date::parse("2026-11-29").unwrap(),
                until: Date::parse("2026-12-20").unwrap(),
            },
        );
        assert_eq!(decode(Some(&encode(&s))).unwrap(), s);
    }

    #[test]
    fn schema_1_as_first_written_still_reads() {
        // The exact text the first release wrote (minimal and full); keep these forever.
        let minimal = r#"{"schema":1}"#;
        assert_eq!(decode(Some(minimal)).unwrap().schema, 1);
        let full = r#"{"schema":1,"settings":{"weeklyLimit":150,"pendingThreshold":400,"freshDays":7,"considerDays":21,"staleDays":28,"cooldownDays":21,"debug":false},
          "withdrawals":{"jane-doe":{"name":"Jane Doe","ageDays":35,"withdrawnAt":1764400000000,"withdrawnOn":"2025-11-29","until":"2025-12-20"}},
          "keeps":{"bob":{"name":"Bob","since":1764400000000}},
          "sends":{"carl":{"name":"Carl","at":1764400000000}},
          "seen":{"dora":{"name":"Dora","sentOn":"2025-11-20","seenOn":"2025-11-29"}},
          "pending":{"count":57,"cards":57,"stale":3,"consider":2,"readOn":"2025-11-29","readAt":1764400000000},
          "limitReachedAt":null,"notices":[]}"#;
        let s = decode(Some(full)).unwrap();
        assert_eq!(s.settings.weekly_limit, 150);
        assert_eq!(s.withdrawals["jane-doe"].until.to_string(), "2025-12-20");
        assert_eq!(s.pending.unwrap().count, 57);
        assert_eq!(s.keeps.len() + s.sends.len() + s.seen.len(), 3);
    }

    #[test]
    fn unreadable_text_is_reported_not_guessed() {
        assert_eq!(decode(Some("{not json")), Err(Unreadable::NotJson));
        assert_eq!(decode(Some("[]")), Err(Unreadable::NoSchema));
        assert_eq!(
            decode(Some(r#"{"withdrawals":{}}"#)),
            Err(Unreadable::NoSchema)
        );
        assert_eq!(decode(Some(r#"{"schema":0}"#)), Err(Unreadable::NoSchema));
        assert_eq!(
            decode(Some(r#"{"schema":7}"#)),
            Err(Unreadable::FutureSchema(7))
        );
        assert!(matches!(
            decode(Some(r#"{"schema":1,"withdrawals":[1,2]}"#)),
            Err(Unreadable::BadShape(_))
        ));
        assert!(matches!(
            decode(Some(
                r#"{"schema":1,"withdrawals":{"x":{"name":"X","withdrawnAt":1,"withdrawnOn":"nope","until":"2025-01-01"}}}"#
            )),
            Err(Unreadable::BadShape(_))
        ));
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug_from_href("https://www.linkedin.com/in/Jane-Doe-42/?mini=1").as_deref(),
            Some("jane-doe-42")
        );
        assert_eq!(
            slug_from_href("/in/jean-dupont/").as_deref(),
            Some("jean-dupont")
        );
        assert_eq!(
            slug_from_href("/in/j%C3%A9r%C3%B4me").as_deref(),
            Some("jérôme")
        );
        assert_eq!(slug_from_href("jane").as_deref(), Some("jane"));
        assert_eq!(slug_from_href("/company/acme/"), None);
        assert_eq!(slug_from_href("/in/"), None);
        assert_eq!(slug_from_href("/in/%ZZ/"), None);
        assert_eq!(slug_from_href("/in/<script>/"), None);
    }

    #[test]
    fn headline_is_the_first_real_line_after_the_name() {
        let texts: Vec<String> = [
            "JD",
            "Jane Doe",
            "Withdraw",
            "VP Sales at Acme",
            "Sent 3 weeks ago",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            pick_headline(&texts, "Jane Doe").as_deref(),
            Some("VP Sales at Acme")
        );
        let texts: Vec<String> = ["Jane Doe", "Sent 3 weeks ago", "Withdraw"]
            .map(String::from)
            .to_vec();
        assert_eq!(pick_headline(&texts, "Jane Doe"), None);
        assert_eq!(pick_headline(&[], "Jane Doe"), None);
    }

    #[test]
    fn names_stay_text() {
        assert_eq!(clean_name("  Jane \n  Doe\u{a0} "), "Jane Doe");
        assert_eq!(
            clean_name("<img src=x onerror=alert(1)>"),
            "<img src=x onerror=alert(1)>"
        );
        assert_eq!(clean_name(&"x".repeat(500)).len(), 200);
    }
}
