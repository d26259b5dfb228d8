//! Everything Warden remembers, its storage schema, and how stored text becomes a state.
//!
//! Stored under one key as JSON text: `{"schema": N, ...}`. Text that cannot be read, or that
//! a newer Warden wrote, is never overwritten: the next write first copies it aside (see
//! [`crate::engine`]) and the popup tells the user.

use crate::date::{Date, Millis};
use crate::json::{Bad, Fields, Json, ToJson, Writer};
use crate::map::Map;
use crate::settings::Settings;
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

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
    pub withdrawals: Map<Withdrawal>,
    /// People the user marked as a priority, by profile slug.
    pub keeps: Map<Keep>,
    /// Invitations the user was seen sending, by profile slug (or `name:` + name when unknown).
    pub sends: Map<Send>,
    /// Pending invitations read on the Sent page, by profile slug.
    pub seen: Map<Seen>,
    /// The latest reading of the Sent page as a whole.
    pub pending: Option<PendingSnapshot>,
    /// When LinkedIn last said the weekly invitation limit was reached.
    pub limit_reached_at: Option<Millis>,
    /// The day the user last finished a review of the Sent page (review mode's "done").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<Date>,
    /// Things the user must be told (unreadable data kept aside, failed writes).
    pub notices: Vec<Notice>,
    /// People who left the Sent list without a withdrawal (most likely accepted), by slug.
    pub accepted: Map<Gone>,
    /// How far down the list (newest first) the latest Sent-page reading went.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
}

/// A person who left the Sent list without being withdrawn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Gone {
    pub name: String,
    /// The latest day the invitation can have been sent.
    pub sent_on: Date,
    /// The first reading that went past them without finding them.
    pub gone_on: Date,
}

/// One visit's reading of the Sent list: when its view opened, and the oldest card it reached.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reading {
    pub opened_at: Millis,
    pub oldest_sent_on: Date,
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
    /// The reading (its view's opening time) that last listed them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading: Option<Millis>,
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

impl Unreadable {
    /// What is wrong, in a few words for the popup's details (`BadShape: missing field ...`).
    pub fn describe(&self) -> String {
        match self {
            Unreadable::NotJson => "NotJson".into(),
            Unreadable::NoSchema => "NoSchema".into(),
            Unreadable::FutureSchema(n) => format!("FutureSchema({n})"),
            Unreadable::BadShape(why) => format!("BadShape: {why}"),
        }
    }
}

/// Reads stored text. `None` (nothing stored yet) gives a fresh state.
pub fn decode(raw: Option<&str>) -> Result<State, Unreadable> {
    let Some(raw) = raw else {
        return Ok(State {
            schema: SCHEMA,
            ..State::default()
        });
    };
    let value = Json::parse(raw).map_err(|_| Unreadable::NotJson)?;
    let schema = value
        .get("schema")
        .and_then(Json::as_u64)
        .ok_or(Unreadable::NoSchema)?;
    match schema {
        // Each past schema gets an arm converting it to the next one, then falls through here.
        1 => read_state(&value)
            .map_err(Unreadable::BadShape)
            .map(|s| State {
                schema: SCHEMA,
                ..s
            }),
        n if n > SCHEMA as u64 => Err(Unreadable::FutureSchema(n.min(u32::MAX as u64) as u32)),
        _ => Err(Unreadable::NoSchema),
    }
}

/// [`decode`] of a JSON value.
pub fn migrate(value: serde_json::Value) -> Result<State, Unreadable> {
    decode(Some(&value.to_string()))
}

/// The state as stored: the same text as the serde derives of these types write.
pub fn encode(state: &State) -> String {
    let mut w = Writer::with_capacity(
        256 + 96 * (state.seen.len() + state.withdrawals.len() + state.sends.len()),
    );
    state.write(&mut w);
    w.finish()
}

// Reading and writing, field by field, as the derives above describe (`tests::same_as_serde`
// checks that they agree).

fn read_state(v: &Json<'_>) -> Result<State, Bad> {
    let f = Fields::of(v, "state")?;
    Ok(State {
        schema: f.u32_or("schema", 0)?,
        settings: f
            .get("settings")
            .map_or(Ok(Settings::default()), Settings::read)?,
        withdrawals: f.map_or_default("withdrawals", |v| {
            let f = Fields::of(v, "withdrawal")?;
            Ok(Withdrawal {
                name: f.string("name")?,
                headline: f.opt_string("headline")?,
                age_days: f.opt_u32("ageDays")?,
                withdrawn_at: f.i64("withdrawnAt")?,
                withdrawn_on: f.date("withdrawnOn")?,
                until: f.date("until")?,
            })
        })?,
        keeps: f.map_or_default("keeps", |v| {
            let f = Fields::of(v, "keep")?;
            Ok(Keep {
                name: f.string("name")?,
                since: f.i64("since")?,
            })
        })?,
        sends: f.map_or_default("sends", |v| {
            let f = Fields::of(v, "send")?;
            Ok(Send {
                name: f.string("name")?,
                at: f.i64("at")?,
            })
        })?,
        seen: f.map_or_default("seen", |v| {
            let f = Fields::of(v, "seen")?;
            Ok(Seen {
                name: f.string("name")?,
                sent_on: f.date("sentOn")?,
                seen_on: f.date("seenOn")?,
                reading: f.opt_i64("reading")?,
            })
        })?,
        pending: f
            .optional("pending")
            .map(|v| {
                let f = Fields::of(v, "pending")?;
                Ok::<_, Bad>(PendingSnapshot {
                    count: f.u32("count")?,
                    cards: f.u32("cards")?,
                    stale: f.u32("stale")?,
                    consider: f.u32("consider")?,
                    read_on: f.date("readOn")?,
                    read_at: f.i64("readAt")?,
                })
            })
            .transpose()?,
        limit_reached_at: f.opt_i64("limitReachedAt")?,
        reviewed_on: f.opt_date("reviewedOn")?,
        notices: f.list_or_default("notices", |v| {
            let f = Fields::of(v, "notice")?;
            Ok(Notice {
                kind: f.string("kind")?,
                at: f.i64("at")?,
                key: f.opt_string("key")?,
            })
        })?,
        accepted: f.map_or_default("accepted", |v| {
            let f = Fields::of(v, "accepted")?;
            Ok(Gone {
                name: f.string("name")?,
                sent_on: f.date("sentOn")?,
                gone_on: f.date("goneOn")?,
            })
        })?,
        reading: f
            .optional("reading")
            .map(|v| {
                let f = Fields::of(v, "reading")?;
                Ok::<_, Bad>(Reading {
                    opened_at: f.i64("openedAt")?,
                    oldest_sent_on: f.date("oldestSentOn")?,
                })
            })
            .transpose()?,
    })
}

fn write_map<T>(w: &mut Writer, map: &Map<T>, item: impl Fn(&mut Writer, &T)) {
    w.begin_obj();
    for (k, v) in map {
        w.key(k);
        item(w, v);
    }
    w.end_obj();
}

impl ToJson for PendingSnapshot {
    fn write(&self, w: &mut Writer) {
        w.begin_obj()
            .field("count", &self.count)
            .field("cards", &self.cards)
            .field("stale", &self.stale);
        w.field("consider", &self.consider)
            .field("readOn", &self.read_on)
            .field("readAt", &self.read_at)
            .end_obj();
    }
}

impl ToJson for State {
    fn write(&self, w: &mut Writer) {
        w.begin_obj()
            .field("schema", &self.schema)
            .field("settings", &self.settings);
        w.key("withdrawals");
        write_map(w, &self.withdrawals, |w, x| {
            w.begin_obj()
                .field("name", &x.name)
                .field_some("headline", &x.headline)
                .field_some("ageDays", &x.age_days);
            w.field("withdrawnAt", &x.withdrawn_at)
                .field("withdrawnOn", &x.withdrawn_on)
                .field("until", &x.until)
                .end_obj();
        });
        w.key("keeps");
        write_map(w, &self.keeps, |w, x| {
            w.begin_obj()
                .field("name", &x.name)
                .field("since", &x.since)
                .end_obj();
        });
        w.key("sends");
        write_map(w, &self.sends, |w, x| {
            w.begin_obj()
                .field("name", &x.name)
                .field("at", &x.at)
                .end_obj();
        });
        w.key("seen");
        write_map(w, &self.seen, |w, x| {
            w.begin_obj()
                .field("name", &x.name)
                .field("sentOn", &x.sent_on)
                .field("seenOn", &x.seen_on)
                .field_some("reading", &x.reading)
                .end_obj();
        });
        w.key("pending");
        self.pending.write(w);
        w.field("limitReachedAt", &self.limit_reached_at);
        w.field_some("reviewedOn", &self.reviewed_on);
        w.key("notices").begin_arr();
        for n in &self.notices {
            w.begin_obj()
                .field("kind", &n.kind)
                .field("at", &n.at)
                .field_some("key", &n.key)
                .end_obj();
        }
        w.end_arr();
        w.key("accepted");
        write_map(w, &self.accepted, |w, x| {
            w.begin_obj()
                .field("name", &x.name)
                .field("sentOn", &x.sent_on)
                .field("goneOn", &x.gone_on)
                .end_obj();
        });
        if let Some(r) = &self.reading {
            w.key("reading")
                .begin_obj()
                .field("openedAt", &r.opened_at)
                .field("oldestSentOn", &r.oldest_sent_on)
                .end_obj();
        }
        w.end_obj();
    }
}

/// Cleans a profile slug: the part after `/in/` of a link, lowercased and percent-decoded.
/// Accepts a whole href (`https://www.linkedin.com/in/jane-doe-42/?mini=1`) or a bare slug.
pub fn slug_from_href(href: &str) -> Option<String> {
    // A byte search: `str::find` with a text pattern brings a searcher (and its panics) along.
    let after = match href.as_bytes().windows(4).position(|w| w == b"/in/") {
        Some(i) => href.get(i + 4..)?,
        None if !href.contains('/') && !href.contains(':') => href,
        None => return None,
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let raw = after.get(..end)?;
    let decoded = percent_decode(raw)?;
    let slug = lowercase(decoded.trim());
    let ok = !slug.is_empty()
        && slug.bytes().filter(|b| b & 0xc0 != 0x80).count() <= 100
        && slug
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.');
    ok.then_some(slug)
}

/// Lowercase for profile slugs, without Unicode's case tables (15 KB of WebAssembly): ASCII,
/// Latin-1, Latin Extended-A, Greek and Cyrillic (the scripts of LinkedIn's generated profile
/// addresses, which it writes in lowercase anyway) are lowercased as `str::to_lowercase` does,
/// a final capital sigma included; capitals of other scripts (Latin Extended-B, Armenian...)
/// are left as written (`tests::slug_lowercase_matches_unicode` checks the ranges).
fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    let mut prev_cased = false;
    while let Some(c) = chars.next() {
        if c == 'Σ' {
            // Final sigma: after a cased letter, and not before one (dots skipped).
            let mut rest = chars.clone().skip_while(|&n| n == '.');
            let final_sigma = prev_cased && !rest.next().is_some_and(is_cased);
            out.push(if final_sigma { 'ς' } else { 'σ' });
        } else if c == '\u{130}' {
            out.push_str("i\u{307}");
        } else {
            out.push(lower_char(c));
        }
        if c != '.' {
            prev_cased = is_cased(c);
        }
    }
    out
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase()
}

/// One character's lowercase in the ranges [`lowercase`] covers (İ and Σ apart).
fn lower_char(c: char) -> char {
    let u = c as u32;
    let even_to_odd = |lo: u32, hi: u32| (lo..=hi).contains(&u) && u % 2 == lo % 2;
    let to = match u {
        0x41..=0x5a => u + 0x20,
        0xc0..=0xde if u != 0xd7 => u + 0x20,
        0x178 => 0xff,
        _ if even_to_odd(0x100, 0x12f)
            || even_to_odd(0x132, 0x137)
            || even_to_odd(0x139, 0x148) =>
        {
            u + 1
        }
        _ if even_to_odd(0x14a, 0x177) || even_to_odd(0x179, 0x17e) => u + 1,
        0x370 | 0x372 | 0x376 => u + 1,
        0x37f => 0x3f3,
        0x386 => 0x3ac,
        0x388..=0x38a => u + 0x25,
        0x38c => 0x3cc,
        0x38e..=0x38f => u + 0x3f,
        0x391..=0x3a1 | 0x3a3..=0x3ab => u + 0x20,
        0x3cf => 0x3d7,
        _ if even_to_odd(0x3d8, 0x3ef) => u + 1,
        0x3f4 => 0x3b8,
        0x3f7 | 0x3fa => u + 1,
        0x3f9 => 0x3f2,
        0x3fd..=0x3ff => u - 0x82,
        0x400..=0x40f => u + 0x50,
        0x410..=0x42f => u + 0x20,
        0x4c0 => 0x4cf,
        _ if even_to_odd(0x460, 0x481)
            || even_to_odd(0x48a, 0x4bf)
            || even_to_odd(0x4c1, 0x4ce)
            || even_to_odd(0x4d0, 0x4ff) =>
        {
            u + 1
        }
        _ => u,
    };
    char::from_u32(to).unwrap_or(c)
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

/// A display name as text: whitespace collapsed, at most 200 characters. Markup stays text.
pub fn clean_name(name: &str) -> String {
    let mut out = String::new();
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    let clean: String = out.chars().filter(|c| !c.is_control()).collect();
    // At most 200 characters, cut between whole graphemes: an emoji made of several code
    // points (a flag, a skin tone, a family) is kept whole or left out, never split.
    let mut kept = 0;
    clean
        .graphemes(true)
        .take_while(|g| {
            kept += g.chars().count();
            kept <= 200
        })
        .collect()
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
    fn slug_lowercase_matches_unicode() {
        // Every character up to the end of the Cyrillic block but Latin Extended-B, alone and
        // inside words.
        for c in (0..0x500)
            .filter(|u| !(0x180..0x250).contains(u))
            .filter_map(char::from_u32)
        {
            for text in [
                c.to_string(),
                format!("a{c}"),
                format!("{c}b"),
                format!("x{c}."),
            ] {
                assert_eq!(
                    lowercase(&text),
                    text.to_lowercase(),
                    "U+{:04X} in {text:?}",
                    c as u32
                );
            }
        }
        for text in [
            "ΟΔΥΣΣΕΥΣ",
            "ΟΔΥΣΣΕΥΣ-2",
            "Σ",
            "ΑΣ.Β",
            "ΑΣ.",
            "ΜΑΡΙΑ-ΣΤΑΜΑΤΙΟΥ",
            "Jérôme-Müller",
            "ИВАН-ПЕТРОВ",
            "ΑΣ1",
            "ΑΣΑ",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
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

/// The hand-written reader and writer agree with the serde derives on the state types.
#[cfg(test)]
mod same_as_serde {
    use super::*;
    use crate::date::Date;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn samples() -> Vec<State> {
        let mut full = State {
            schema: SCHEMA,
            ..State::default()
        };
        full.settings.weekly_limit = 150;
        full.settings.debug = true;
        for (i, name) in [
            "Jane \"JD\" Doe",
            "Zoë Ünïcödé 😀",
            "ctrl \u{1}\u{1f}\t\n",
            "<b>x</b> \\ /",
        ]
        .iter()
        .enumerate()
        {
            let slug = format!("person-{i}");
            let headline = (i % 2 == 0).then(|| format!("Head {i}"));
            let age_days = (i % 3 == 0).then_some(i as u32 * 7);
            full.withdrawals.insert(
                slug.clone(),
                Withdrawal {
                    name: name.to_string(),
                    headline,
                    age_days,
                    withdrawn_at: 1_764_400_000_000 + i as i64,
                    withdrawn_on: day("2026-11-01"),
                    until: day("2026-11-22"),
                },
            );
            full.keeps.insert(
                format!("k{i}"),
                Keep {
                    name: name.to_string(),
                    since: -5 - i as i64,
                },
            );
            full.sends.insert(
                format!("name:{name}"),
                Send {
                    name: name.to_string(),
                    at: i as i64,
                },
            );
            full.seen.insert(
                slug,
                Seen {
                    name: name.to_string(),
                    sent_on: day("2026-10-30"),
                    seen_on: day("2026-11-29"),
                    reading: (i % 2 == 0).then_some(i as i64),
                },
            );
            full.accepted.insert(
                format!("gone-{i}"),
                Gone {
                    name: name.to_string(),
                    sent_on: day("2026-10-01"),
                    gone_on: day("2026-11-29"),
                },
            );
        }
        full.reading = Some(Reading {
            opened_at: 1_764_000_000_001,
            oldest_sent_on: day("2026-09-01"),
        });
        full.reviewed_on = Some(day("2026-11-28"));
        full.pending = Some(PendingSnapshot {
            count: 57,
            cards: 50,
            stale: 3,
            consider: 2,
            read_on: day("2026-11-29"),
            read_at: 9,
        });
        full.limit_reached_at = Some(1_764_000_000_000);
        full.notices.push(Notice {
            kind: "unreadable".into(),
            at: 3,
            key: Some("warden.aside.3".into()),
        });
        full.notices.push(Notice {
            kind: "writeFailed".into(),
            at: 4,
            key: None,
        });
        vec![
            State::default(),
            State {
                schema: SCHEMA,
                ..State::default()
            },
            full,
        ]
    }

    #[test]
    fn encode_writes_the_derive_s_bytes() {
        for s in samples() {
            assert_eq!(encode(&s), serde_json::to_string(&s).unwrap());
        }
    }

    #[test]
    fn decode_reads_what_the_derive_reads() {
        for s in samples() {
            let text = serde_json::to_string(&State {
                schema: SCHEMA,
                ..s.clone()
            })
            .unwrap();
            assert_eq!(
                decode(Some(&text)),
                Ok(serde_json::from_str::<State>(&text).unwrap())
            );
        }
        // Members left out, nulls where allowed, unknown members.
        for text in [
            r#"{"schema":1,"extra":[1,{"x":2}],"pending":null,"limitReachedAt":null}"#,
            r#"{"schema":1,"settings":{"staleDays":40,"other":1},"withdrawals":{"a":{"name":"A","withdrawnAt":-1,"withdrawnOn":"2026-01-01","until":"2026-01-22","headline":null,"ageDays":null}}}"#,
            r#"{"schema":1,"notices":[{"kind":"k","at":1,"key":null}],"keeps":{},"sends":{"s":{"name":"S","at":18}}}"#,
        ] {
            assert_eq!(
                decode(Some(text)),
                Ok(serde_json::from_str::<State>(text).unwrap()),
                "{text}"
            );
        }
        // What the derive refuses, the reader refuses.
        for text in [
            r#"{"schema":1,"settings":null}"#,
            r#"{"schema":1,"withdrawals":null}"#,
            r#"{"schema":1,"withdrawals":{"a":{"name":"A"}}}"#,
            r#"{"schema":1,"keeps":{"a":{"name":"A","since":1.5}}}"#,
            r#"{"schema":1,"pending":{"count":-1,"cards":0,"stale":0,"consider":0,"readOn":"2026-01-01","readAt":0}}"#,
            r#"{"schema":1,"notices":{}}"#,
            r#"{"schema":1,"settings":{"weeklyLimit":"100"}}"#,
        ] {
            assert!(
                serde_json::from_str::<State>(text).is_err(),
                "{text}: the derive accepts it"
            );
            assert!(
                matches!(decode(Some(text)), Err(Unreadable::BadShape(_))),
                "{text}"
            );
        }
    }
}

#[cfg(test)]
mod name_tests {
    use super::clean_name;

    #[test]
    fn a_long_name_is_cut_between_whole_characters() {
        let family = "👨‍👩‍👧"; // one character on screen, five code points
        let name = format!("{}{family}", "a".repeat(195));
        assert_eq!(clean_name(&name), name, "200 code points: kept whole");
        let longer = format!("{}{family}", "a".repeat(196));
        assert_eq!(clean_name(&longer), "a".repeat(196), "left out, not split");
        assert_eq!(clean_name("Ana  de\u{7}  Souza"), "Ana de Souza");
    }
}
