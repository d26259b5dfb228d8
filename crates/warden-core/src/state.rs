//! Everything Warden remembers, and its storage schema.
//!
//! Stored under one key. Schema 2 (this build) stores the state as a structured object;
//! schema 1 stored it as JSON text, which [`crate::storage`] migrates. Members this build does
//! not know are kept on the next write; a value that cannot be read, or that a newer schema
//! wrote, is never overwritten: it is first copied aside and the popup tells the user.

use crate::date::{Date, Millis};
use crate::settings::Settings;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Values by profile slug, in key order.
pub type Map<T> = BTreeMap<String, T>;

/// The storage key of the state.
pub const STATE_KEY: &str = "warden";
/// The prefix of keys holding unreadable data kept aside, followed by the time it was moved.
pub const ASIDE_PREFIX: &str = "warden.aside.";
/// The schema this build writes. Bump it with a migration step in [`crate::storage::decode`].
pub const SCHEMA: u32 = 2;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct State {
    pub schema: u32,
    pub settings: Settings,
    /// Withdrawals the user made, by profile slug.
    pub withdrawals: Map<Withdrawal>,
    /// Withdrawals the Sent list later showed not to have held (the person listed again with
    /// the older invitation): kept exactly as recorded, out of the cooldowns, and back among
    /// them if a later reading finds the person gone. What a page shows never deletes what the
    /// user did.
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub not_held: Map<Withdrawal>,
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
    /// What LinkedIn said about the account: notes left this month, weekly-limit messages,
    /// email gates (see [`crate::told`]).
    #[serde(skip_serializing_if = "crate::told::Told::is_empty")]
    pub told: crate::told::Told,
    /// The day the user last finished a review of the Sent page (review mode's "done").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_on: Option<Date>,
    /// Things the user must be told (unreadable data kept aside, failed writes).
    pub notices: Vec<Notice>,
    /// People who left the Sent list without a withdrawal (most likely accepted), or whose
    /// profile showed them as a 1st-degree connection (confirmed), by slug.
    pub accepted: Map<Gone>,
    /// People who left the Sent list last seen 180 days old or more: expired, not accepted.
    #[serde(skip_serializing_if = "Map::is_empty")]
    pub expired: Map<Gone>,
    /// The visits of the Sent view kept (their opening times, ms), each stored beside the state
    /// (see [`crate::visits`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub visits: Vec<Millis>,
    /// How far down the list (newest first) the latest Sent-page reading went.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<Reading>,
    /// The age texts the Sent page showed, most recent last ([`crate::vocab`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub age_texts: Vec<String>,
    /// What the age vocabulary kept beside the state was made for ([`crate::vocab::basis`]).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub age_table_basis: String,
    /// Bumped whenever what badges depend on changes (settings, keeps): an open
    /// Sent page compares it with the one its last answer carried instead of reading the rest.
    pub inputs: u32,
    /// Copies of unreadable (or newer) stored data set aside, until the user restores or
    /// discards them from the popup.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub set_aside: Vec<AsideCopy>,
    /// What each import wrote, so that the user can take it out again ([`crate::imports`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<crate::imports::ImportMark>,
    /// The latest time the clock was seen at, for pruning that survives clock jumps.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clock_mark: Option<ClockMark>,
    /// Members this build does not know (written by a newer Warden): kept as they are, as the
    /// store holds them. Read and written beside the derived members by
    /// [`crate::storage`] (not flattened into them: serde would first copy the whole stored
    /// state into its own buffer).
    #[serde(skip)]
    pub other: BTreeMap<String, crate::store::Opaque>,
    /// Members of the user's own records this build does not know (`withdrawals.X.memo`,
    /// written by a newer Warden), by record kind ([`RECORDS`]) and slug: kept as the store
    /// holds them, and written back into the record of that kind and slug while there is one.
    #[serde(skip)]
    pub record_other: BTreeMap<(&'static str, String), BTreeMap<String, crate::store::Opaque>>,
}

/// The members [`Withdrawal`] reads (its serde names).
pub const WITHDRAWAL_MEMBERS: [&str; 8] = [
    "name",
    "headline",
    "ageDays",
    "withdrawnAt",
    "withdrawnOn",
    "until",
    "note",
    "steadyAt",
];
/// The members [`Keep`] reads.
pub const KEEP_MEMBERS: [&str; 2] = ["name", "since"];
/// The members [`Send`] reads.
pub const SEND_MEMBERS: [&str; 4] = ["name", "at", "note", "steadyAt"];

/// The maps of the user's own records whose unknown members are kept: (the state's member,
/// the record kind, the members the record reads). A withdrawal keeps them whether it is held
/// or set apart.
pub const RECORDS: [(&str, &str, &[&str]); 4] = [
    ("withdrawals", "withdrawal", &WITHDRAWAL_MEMBERS),
    ("notHeld", "withdrawal", &WITHDRAWAL_MEMBERS),
    ("keeps", "keep", &KEEP_MEMBERS),
    ("sends", "send", &SEND_MEMBERS),
];

/// The members of the stored state that [`State`] reads (its serde names): any other member is
/// kept in [`State::other`].
pub const MEMBERS: [&str; 22] = [
    "schema",
    "settings",
    "withdrawals",
    "notHeld",
    "keeps",
    "sends",
    "seen",
    "pending",
    "limitReachedAt",
    "reviewedOn",
    "notices",
    "accepted",
    "expired",
    "visits",
    "reading",
    "inputs",
    "setAside",
    "clockMark",
    "told",
    "ageTexts",
    "ageTableBasis",
    "imports",
];

/// A copy of a stored value that could not be read, set aside under `key`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AsideCopy {
    pub key: String,
    pub at: Millis,
    /// Why it could not be read ([`Unreadable::describe`]).
    pub why: String,
}

/// The clock as Warden has seen it (see [`crate::storage::prune_horizon`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClockMark {
    /// The latest time seen that agreed with the times before it.
    pub seen: Millis,
    /// The first time seen far beyond `seen` (a jump ahead, or a long absence), until the
    /// clock has stayed there long enough to be believed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ahead_since: Option<Millis>,
    /// The steady clock: the time Warden saw pass in plausible steps (each forward step of
    /// `seen`, at most [`crate::storage::JUMP_MS`]); a jump, ahead or back, adds nothing. The
    /// user's own records are pruned by the steady time since they were made, so that no clock
    /// jump makes them old. Absent in a mark an earlier build wrote: it starts at `seen`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steady: Option<Millis>,
}

/// A person who left the Sent list without being withdrawn.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Gone {
    pub name: String,
    /// The latest day the invitation can have been sent.
    pub sent_on: Date,
    /// The first reading that went past them without finding them (or the day their profile
    /// first showed them as a 1st-degree connection, when that came first).
    pub gone_on: Date,
    /// The day their profile first showed them as a 1st-degree connection: confirmed accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_on: Option<Date>,
    /// Whether the invitation carried a note (`None`: Warden could not tell).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<bool>,
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
    /// Whether the withdrawn invitation carried a note (`None`: Warden could not tell).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<bool>,
    /// The steady time it was made at ([`ClockMark::steady`]); set at the first write that
    /// holds it (see [`crate::storage::prune`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steady_at: Option<Millis>,
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
    /// Sent with a note (`true`), without one (`false`), or Warden could not tell (`None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<bool>,
    /// The steady time it was made at ([`Withdrawal::steady_at`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub steady_at: Option<Millis>,
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
    /// Whether the invitation carried a note, from the send Warden saw (`None`: unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<bool>,
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

/// Why a stored value could not become a state.
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

impl State {
    /// A state with nothing in it yet, of this build's schema.
    pub fn fresh() -> State {
        State {
            schema: SCHEMA,
            ..State::default()
        }
    }

    /// What badges depend on, hashed: the settings and who is kept. An `annotate` answer is
    /// made of nothing else ([`crate::storage::BadgeInputs`]: a card's verdict depends on its
    /// age, the settings and whether its person is kept). Withdrawals are not in it: a
    /// withdrawal changes no card's verdict (the withdrawn card leaves the page on its own), so
    /// it must not make every open Sent page annotate all its cards again.
    pub fn inputs_fingerprint(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.settings.hash(&mut h);
        self.keeps.keys().for_each(|k| k.hash(&mut h));
        h.finish()
    }

    /// Bumps the `inputs` revision when what badges depend on changed since `before` (a
    /// fingerprint).
    pub fn note_inputs(&mut self, before: u64) {
        if self.inputs_fingerprint() != before {
            self.inputs = self.inputs.wrapping_add(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    /// The record member lists name exactly what a record with every member present writes.
    #[test]
    fn record_members_are_the_serde_names() {
        let day = Date::from_ymd(2026, 12, 7).unwrap();
        let names = |v: serde_json::Value| {
            let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
            k.sort_unstable();
            k
        };
        let sorted = |m: &[&str]| {
            let mut k: Vec<String> = m.iter().map(|s| (*s).to_owned()).collect();
            k.sort_unstable();
            k
        };
        let w = Withdrawal {
            name: "W".into(),
            headline: Some("H".into()),
            age_days: Some(1),
            withdrawn_at: 1,
            withdrawn_on: day,
            until: day,
            note: Some(true),
            steady_at: Some(1),
        };
        assert_eq!(
            names(serde_json::to_value(&w).unwrap()),
            sorted(&WITHDRAWAL_MEMBERS)
        );
        let k = Keep {
            name: "K".into(),
            since: 1,
        };
        assert_eq!(
            names(serde_json::to_value(&k).unwrap()),
            sorted(&KEEP_MEMBERS)
        );
        let x = Send {
            name: "S".into(),
            at: 1,
            note: Some(false),
            steady_at: Some(1),
        };
        assert_eq!(
            names(serde_json::to_value(&x).unwrap()),
            sorted(&SEND_MEMBERS)
        );
    }

    /// [`MEMBERS`] names exactly what a state with every member present writes: a member added
    /// to [`State`] without its name there would be read twice (and kept as unknown).
    #[test]
    fn members_are_the_serde_names() {
        let day = Date::from_ymd(2026, 12, 7).unwrap();
        let gone = Gone {
            name: "G".into(),
            sent_on: day,
            gone_on: day,
            confirmed_on: None,
            note: None,
        };
        let w = Withdrawal {
            name: "W".into(),
            headline: None,
            age_days: None,
            withdrawn_at: 1,
            withdrawn_on: day,
            until: day,
            note: None,
            steady_at: None,
        };
        let s = State {
            not_held: [("w".to_owned(), w)].into(),
            reviewed_on: Some(day),
            expired: [("g".to_owned(), gone)].into(),
            visits: vec![1],
            reading: Some(Reading {
                opened_at: 1,
                oldest_sent_on: day,
            }),
            set_aside: vec![AsideCopy {
                key: "k".into(),
                at: 1,
                why: String::new(),
            }],
            clock_mark: Some(ClockMark {
                seen: 1,
                ahead_since: None,
                steady: None,
            }),
            told: crate::told::Told {
                notes_left: Some(crate::told::NotesLeft { count: 1, at: 1 }),
                restrictions: Vec::new(),
            },
            age_texts: vec!["Sent 1 week ago".into()],
            age_table_basis: "basis".into(),
            imports: vec![crate::imports::ImportMark {
                at: 1,
                ..Default::default()
            }],
            ..State::fresh()
        };
        let v = serde_json::to_value(&s).unwrap();
        let mut written: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        let mut members = MEMBERS.to_vec();
        written.sort_unstable();
        members.sort_unstable();
        assert_eq!(written, members);
    }
}
