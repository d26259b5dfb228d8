//! The user's own copies of their data: a JSON backup (export and merge-import) and a CSV.
//!
//! Backup format 1: `{"format": "warden-backup", "version": 1, "exportedAt", "settings",
//! "withdrawals": [{"slug", "name", "withdrawnAt", "until", ...}], "keeps": [{"slug", "name"}]}`.
//! Format 2 adds `"history": [{"slug", "name", "sentOn", "outcome", "on", "note"}]`: what became
//! of each invitation (see [`crate::outcomes::history`]). Both import.

use crate::date::{format_iso, parse_iso, Clock, Date, Millis, Stamp, DAY_MS};
use crate::decide::reinvite_on;
use crate::person::{clean_name, slug_from_href};
use crate::scalar::{Members, Scalar};
use crate::settings::Settings;
use crate::state::{Gone, Keep, PendingSnapshot, State, Withdrawal};
use crate::storage::KEEP_ENDED_WITHDRAWALS_DAYS;
use crate::store::{Step, Store};
use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;

pub const FORMAT: &str = "warden-backup";
pub const VERSION: u64 = 2;
/// Larger files are refused before parsing.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The backup file: its shape, as exported.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Backup<'a> {
    format: &'static str,
    version: u64,
    exported_at: String,
    settings: &'a Settings,
    withdrawals: Vec<BackupWithdrawal<'a>>,
    keeps: Vec<BackupKeep<'a>>,
    pending: Vec<BackupPending<'a>>,
    pending_total: &'a Option<PendingSnapshot>,
    history: Vec<HistoryEntry>,
}

/// One row of the history, as a backup carries it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HistoryEntry {
    slug: String,
    name: String,
    sent_on: Option<Date>,
    outcome: &'static str,
    on: Option<Date>,
    note: Option<bool>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BackupWithdrawal<'a> {
    slug: &'a str,
    name: &'a str,
    withdrawn_at: String,
    withdrawn_on: Date,
    until: Date,
    headline: &'a Option<String>,
    age_days: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<bool>,
    /// The Sent list later showed it did not hold (see `State::not_held`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    not_held: bool,
}

#[derive(Serialize)]
struct BackupKeep<'a> {
    slug: &'a str,
    name: &'a str,
    since: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BackupPending<'a> {
    slug: &'a str,
    name: &'a str,
    sent_on: Date,
    seen_on: Date,
}

/// The backup file's text (indented JSON, written by the platform's own JSON).
pub fn export_json<S: Store>(store: &S, s: &State, clock: &dyn Clock) -> String {
    let backup = Backup {
        format: FORMAT,
        version: VERSION,
        exported_at: format_iso(clock.now()),
        settings: &s.settings,
        withdrawals: s
            .withdrawals
            .iter()
            .map(|(slug, x)| (slug, x, false))
            .chain(s.not_held.iter().map(|(slug, x)| (slug, x, true)))
            .map(|(slug, x, not_held)| BackupWithdrawal {
                slug,
                name: &x.name,
                withdrawn_at: format_iso(x.withdrawn_at),
                withdrawn_on: x.withdrawn_on,
                until: x.until,
                headline: &x.headline,
                age_days: x.age_days,
                note: x.note,
                not_held,
            })
            .collect(),
        keeps: s
            .keeps
            .iter()
            .map(|(slug, k)| BackupKeep {
                slug,
                name: &k.name,
                since: format_iso(k.since),
            })
            .collect(),
        pending: s
            .seen
            .iter()
            .map(|(slug, p)| BackupPending {
                slug,
                name: &p.name,
                sent_on: p.sent_on,
                seen_on: p.seen_on,
            })
            .collect(),
        pending_total: &s.pending,
        history: crate::outcomes::history(s)
            .into_iter()
            .map(|r| HistoryEntry {
                slug: r.slug,
                name: r.name,
                sent_on: r.sent_on,
                outcome: r.outcome,
                on: r.on,
                note: r.note,
            })
            .collect(),
    };
    store
        .to_value(&backup)
        .ok()
        .and_then(|v| store.json_text(&v))
        .unwrap_or_default()
}

/// What an import did, exactly: each withdrawal of the file counts once, in one of `added`,
/// `updated`, `unchanged` (the installation's own is as late) or `tooOld` (ended so long ago
/// that it would be pruned at once: not kept); `duplicates` counts the file's repeated entries
/// for one person (the latest one counts); `keepsAdded` the priority marks it brought.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ImportReport {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub too_old: u32,
    pub duplicates: u32,
    pub keeps_added: u32,
    /// Entries of the file (withdrawals, keeps, outcomes of the history) not added because the
    /// installation would then hold more than an import may bring ([`MAX_RECORDS`],
    /// [`MAX_IMPORT_BYTES`]); the latest withdrawals are added first.
    pub over_limit: u32,
}

/// The most withdrawals (held or set apart) and, apart, the most keeps an import may bring the
/// installation to: the weekly allowance is 100 to 200 invitations, a cooldown lasts 21 days and
/// an ended one is kept a year, so a real history holds a few thousand at most. The user's own
/// records beyond it are never dropped: the file's further entries are not added.
pub const MAX_RECORDS: usize = 5_000;
/// The most bytes, as the browser stores them ([`crate::storage::stored_len`]), that the
/// records one import adds may take (slug, name, headline and [`IMPORT_RECORD_OVERHEAD`]
/// each): with what pages show ([`crate::storage::READINGS_TOTAL`]), within the quota.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
/// A record's stored bytes beyond its texts (its dates, numbers and member names).
pub const IMPORT_RECORD_OVERHEAD: usize = 160;

/// Why a file was refused (`popup_import_<error>`), and which entry, when one is at fault:
/// its place in its list (from 1) and its slug or name as the file gives them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Refusal {
    pub error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub entry: Option<EntryAt>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct EntryAt {
    /// `withdrawals` or `keeps`.
    pub list: &'static str,
    pub place: u32,
    /// The entry's slug or name, as text, cut short; empty when it has neither.
    pub label: String,
}

impl From<&str> for Refusal {
    fn from(error: &str) -> Refusal {
        Refusal {
            error: error.to_owned(),
            entry: None,
        }
    }
}

/// The entry `place`-th of `list` (the file's member, `items`) cannot be read: named by its
/// slug, else its name, as the file gives them (read loosely, whatever the entry holds).
fn bad_entry<S: Store>(store: &S, list: &'static str, items: &S::Value, place: usize) -> Refusal {
    let entries: Vec<Members> = store.read_value(items).unwrap_or_default();
    let entry = entries.get(place).cloned().unwrap_or_default();
    let text = |key: &str| entry.get(key).and_then(Scalar::text).map(clean_name);
    let label: String = text("slug")
        .or_else(|| text("name"))
        .unwrap_or_default()
        .chars()
        .take(60)
        .collect();
    Refusal {
        error: "badEntry".into(),
        entry: Some(EntryAt {
            list,
            place: u32::try_from(place + 1).unwrap_or(u32::MAX),
            label,
        }),
    }
}

/// A file's bytes as text: refused unless they are UTF-8 (a byte-order mark is dropped), so that
/// no name is imported with replacement characters.
pub fn read_text(bytes: &[u8]) -> crate::answer::ReadFileAnswer {
    let refused = |e: &str| crate::answer::ReadFileAnswer {
        ok: false,
        text: None,
        error: Some(e.to_owned()),
    };
    if bytes.len() > MAX_BYTES {
        return refused("tooLarge");
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => crate::answer::ReadFileAnswer {
            ok: true,
            text: Some(text.to_owned()),
            error: None,
        },
        Err(_) => refused("notUtf8"),
    }
}

/// One withdrawal of a backup file, checked.
struct Incoming {
    slug: String,
    name: String,
    at: Millis,
    /// The file's own end of the cooldown, when it gives one.
    until: Option<Date>,
    headline: Option<String>,
    age_days: Option<u32>,
    note: Option<bool>,
    not_held: bool,
}

/// A backup file, checked whole before anything changes.
struct BackupFile {
    withdrawals: Vec<Incoming>,
    duplicates: u32,
    keeps: Vec<(String, String)>,
    settings: Option<Settings>,
    /// Accepted and expired invitations of a version-2 file (pending ones are read again on
    /// the next visit, withdrawn ones come with `withdrawals`).
    history: Vec<(String, Gone, bool)>,
}

/// A file's withdrawal may be dated this far ahead of this machine's clock (another machine's
/// clock may run ahead, this one behind); later, the entry is refused.
pub const FUTURE_SLACK_DAYS: i64 = 30;

/// Merges a backup into the state. Recorded withdrawals stay; for a person in both, the later
/// `withdrawnAt` wins; an imported cooldown ends on the local date of `withdrawnAt` + the
/// cooldown setting, or on the file's own `until` when that is later (it was made with a
/// longer cooldown). A file that is not a valid backup changes nothing and says why.
pub fn import<S: Store>(
    store: &S,
    s: &mut State,
    clock: &dyn Clock,
    text: &str,
) -> Result<ImportReport, Refusal> {
    if text.len() > MAX_BYTES {
        return Err("tooLarge".into());
    }
    // Deeper than any backup (version 1 or 2): refused before a parser recurses into it.
    if crate::nesting::deeper_than(text, crate::nesting::MAX_DEPTH) {
        return Err("tooDeep".into());
    }
    let v = store.parse_json(text).ok_or("notJson")?;
    let file = read_file(store, &v, clock)?;
    // Settings come along only onto an untouched installation: never over the user's choices.
    // They apply first, so that the cooldowns end as they did where the backup was made.
    if let Some(settings) = file.settings {
        if s.settings == Settings::default() {
            s.settings = settings;
        }
    }
    let today = clock.today();
    let mut report = ImportReport {
        duplicates: file.duplicates,
        ..ImportReport::default()
    };
    let cost = |texts: &[&str]| {
        texts
            .iter()
            .map(|t| crate::storage::stored_len(t))
            .sum::<usize>()
            + IMPORT_RECORD_OVERHEAD
    };
    let mut bytes = 0usize;
    // The latest withdrawals first: when the bound stops an import, the running cooldowns are in.
    let mut withdrawals = file.withdrawals;
    crate::order::sort_by(&mut withdrawals, |a, b| b.at.cmp(&a.at));
    for x in withdrawals {
        let on = clock.local_date(x.at);
        let computed = reinvite_on(on, &s.settings);
        let until = x
            .until
            .filter(|u| *u > computed && *u <= on.add_days(MAX_COOLDOWN_DAYS));
        let w = Withdrawal {
            name: x.name,
            headline: x.headline,
            age_days: x.age_days,
            withdrawn_at: x.at,
            withdrawn_on: on,
            until: until.unwrap_or(computed),
            note: x.note.or(s.withdrawals.get(&x.slug).and_then(|w| w.note)),
            steady_at: None,
        };
        // This installation's own record of the person, held or not.
        match s.withdrawals.get(&x.slug).or(s.not_held.get(&x.slug)) {
            Some(old) if old.withdrawn_at >= x.at => {
                report.unchanged += 1;
                continue;
            }
            // Kept only to be pruned at the next write: said so, not counted as added.
            _ if today.days_until(w.until) <= -KEEP_ENDED_WITHDRAWALS_DAYS => {
                report.too_old += 1;
                continue;
            }
            None => {
                let size = cost(&[&x.slug, &w.name, w.headline.as_deref().unwrap_or("")]);
                if s.withdrawals.len() + s.not_held.len() >= MAX_RECORDS
                    || bytes + size > MAX_IMPORT_BYTES
                {
                    report.over_limit += 1;
                    continue;
                }
                bytes += size;
                report.added += 1;
            }
            Some(_) => report.updated += 1,
        }
        if x.not_held {
            s.not_held.insert(x.slug, w);
        } else {
            s.not_held.remove(&x.slug);
            s.withdrawals.insert(x.slug, w);
        }
    }
    for (slug, name) in file.keeps {
        if s.keeps.contains_key(&slug) {
            continue;
        }
        let size = cost(&[&slug, &name]);
        if s.keeps.len() >= MAX_RECORDS || bytes + size > MAX_IMPORT_BYTES {
            report.over_limit += 1;
            continue;
        }
        bytes += size;
        if let std::collections::btree_map::Entry::Vacant(e) = s.keeps.entry(slug) {
            e.insert(Keep {
                name,
                since: clock.now(),
            });
            report.keeps_added += 1;
        }
    }
    // An outcome dated beyond the clock rule's margin is not believed: left out.
    // An outcome new here is added only while its map holds fewer than the readings' bound:
    // a file's history never evicts the outcomes this installation found.
    for (slug, gone, expired) in file.history {
        if !crate::outcomes::believable(&gone, today) {
            continue;
        }
        let map = if expired { &s.expired } else { &s.accepted };
        if !map.contains_key(&slug) && map.len() >= crate::storage::MAX_READINGS {
            report.over_limit += 1;
            continue;
        }
        merge_outcome(s, slug, gone, expired);
    }
    Ok(report)
}

/// The longest cooldown a setting allows: a file's `until` beyond it is not believed.
const MAX_COOLDOWN_DAYS: i64 = 365;

/// Merges one accepted or expired invitation of a backup's history. What this installation
/// knows of a later invitation to the same person (pending, withdrawn or gone since) stays; for
/// the same invitation, a confirmation and a known note are kept from either side, and the
/// earlier day it was found gone.
fn merge_outcome(s: &mut State, slug: String, gone: Gone, expired: bool) {
    let later_here = s.seen.get(&slug).is_some_and(|p| p.sent_on > gone.sent_on)
        || s.withdrawals
            .get(&slug)
            .is_some_and(|w| w.withdrawn_on > gone.gone_on)
        || s.accepted
            .get(&slug)
            .is_some_and(|g| g.sent_on > gone.sent_on)
        || s.expired
            .get(&slug)
            .is_some_and(|g| g.sent_on > gone.sent_on);
    if later_here {
        return;
    }
    if !expired && s.expired.contains_key(&slug) || expired && s.accepted.contains_key(&slug) {
        return; // this installation's own outcome of the same invitation stays
    }
    let map = if expired {
        &mut s.expired
    } else {
        &mut s.accepted
    };
    if let Some(old) = map.get_mut(&slug) {
        old.confirmed_on = match (old.confirmed_on, gone.confirmed_on) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        old.note = old.note.or(gone.note);
        old.gone_on = old.gone_on.min(gone.gone_on);
        return;
    }
    map.insert(slug.clone(), gone);
    s.seen.remove(&slug);
}

/// A profile slug as a backup entry gives it (a slug or a whole profile link), checked.
struct Slug(String);

impl<'de> Deserialize<'de> for Slug {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Slug, D::Error> {
        let text = String::deserialize(d)?;
        slug_from_href(&text)
            .map(Slug)
            .ok_or_else(|| D::Error::custom("expected a profile slug"))
    }
}

/// An instant or a day as ISO 8601 text ([`parse_iso`]).
struct Iso(Stamp);

impl<'de> Deserialize<'de> for Iso {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Iso, D::Error> {
        let text = String::deserialize(d)?;
        parse_iso(&text)
            .map(Iso)
            .ok_or_else(|| D::Error::custom("expected an ISO 8601 date"))
    }
}

/// A withdrawal of a backup file. Its slug, name and time must read; the other members are
/// read loosely: one of another type is left out, as if absent.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FileWithdrawal {
    slug: Slug,
    name: String,
    withdrawn_at: Iso,
    #[serde(default)]
    until: Scalar,
    #[serde(default)]
    headline: Scalar,
    #[serde(default)]
    age_days: Scalar,
    #[serde(default)]
    note: Scalar,
    #[serde(default)]
    not_held: Scalar,
}

/// A priority mark of a backup file: its name is read loosely.
#[derive(Deserialize)]
struct FileKeep {
    slug: Slug,
    #[serde(default)]
    name: Scalar,
}

/// What became of an invitation, as a backup's history gives it.
#[derive(Clone, Copy, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
enum Outcome {
    Accepted,
    LikelyAccepted,
    Expired,
    Pending,
    Withdrawn,
}

/// An entry of a backup's history: its days and note, when given, must read; its name is read
/// loosely.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct FileOutcome {
    slug: Slug,
    #[serde(default)]
    sent_on: Option<Date>,
    #[serde(default)]
    on: Option<Date>,
    #[serde(default)]
    note: Option<bool>,
    outcome: Outcome,
    #[serde(default)]
    name: Scalar,
}

/// Why a list of the file was refused: it is no list (`None`), or its entry at this place
/// cannot be read.
type ListRefused = Option<usize>;

/// A list of the file read as its entries (serde names the place of the entry refused).
fn read_list<S: Store, T: DeserializeOwned>(
    store: &S,
    list: &S::Value,
) -> Result<Vec<T>, ListRefused> {
    store.read_value_at(list).map_err(|e| match e.path.first() {
        Some(Step::Place(i)) => Some(*i),
        _ => None,
    })
}

/// Reads and checks a backup file: its format and version, every withdrawal, keep and entry of
/// the history, list by list in that order. The file's repeated entries for one person come
/// down to its latest one.
fn read_file<S: Store>(store: &S, v: &S::Value, clock: &dyn Clock) -> Result<BackupFile, Refusal> {
    let scalar = |name: &str| -> Scalar {
        store
            .member(v, name)
            .and_then(|m| store.read_value(&m).ok())
            .unwrap_or_default()
    };
    if scalar("format").text() != Some(FORMAT) {
        return Err("notBackup".into());
    }
    let version = match scalar("version").as_u64() {
        Some(n @ 1..=VERSION) => n,
        Some(n) if n > VERSION => return Err("newerVersion".into()),
        _ => return Err("badVersion".into()),
    };
    // Each list's refusal: the list itself (`whole`), or the entry at fault.
    let refused = |list: &'static str, items: &S::Value, whole: &str, at: ListRefused| match at {
        Some(place) => bad_entry(store, list, items, place),
        None => Refusal::from(whole),
    };
    let items = store.member(v, "withdrawals").ok_or("noWithdrawals")?;
    let entries: Vec<FileWithdrawal> = read_list(store, &items)
        .map_err(|at| refused("withdrawals", &items, "noWithdrawals", at))?;
    let mut latest: BTreeMap<String, Incoming> = BTreeMap::new();
    let mut duplicates = 0;
    for (place, entry) in entries.into_iter().enumerate() {
        let x = incoming(entry, clock)
            .ok_or_else(|| refused("withdrawals", &items, "", Some(place)))?;
        match latest.get(&x.slug) {
            Some(other) => {
                duplicates += 1;
                if other.at < x.at {
                    latest.insert(x.slug.clone(), x);
                }
            }
            None => {
                latest.insert(x.slug.clone(), x);
            }
        }
    }
    let mut keeps: Vec<(String, String)> = Vec::new();
    if let Some(list) = store.member(v, "keeps") {
        let entries: Vec<FileKeep> =
            read_list(store, &list).map_err(|at| refused("keeps", &list, "badEntry", at))?;
        for FileKeep {
            slug: Slug(slug),
            name,
        } in entries
        {
            if !keeps.iter().any(|(k, _)| *k == slug) {
                keeps.push((slug, name.text().map(clean_name).unwrap_or_default()));
            }
        }
    }
    let settings = store
        .member(v, "settings")
        .and_then(|x| store.read_value::<Settings>(&x).ok())
        .filter(|x| x.validate().is_empty());
    let mut history = Vec::new();
    if let (2.., Some(list)) = (version, store.member(v, "history")) {
        let entries: Vec<FileOutcome> =
            read_list(store, &list).map_err(|at| refused("history", &list, "badEntry", at))?;
        for (place, entry) in entries.into_iter().enumerate() {
            let entry = gone(entry).map_err(|()| refused("history", &list, "", Some(place)))?;
            history.extend(entry);
        }
    }
    Ok(BackupFile {
        withdrawals: latest.into_values().collect(),
        duplicates,
        keeps,
        settings,
        history,
    })
}

/// An accepted or expired entry of a backup's history (`None` for the other outcomes, which
/// come back by other ways); an entry without its days, or whose days are in the wrong order,
/// refuses the file.
fn gone(entry: FileOutcome) -> Result<Option<(String, Gone, bool)>, ()> {
    let (confirmed, expired) = match entry.outcome {
        Outcome::Accepted => (true, false),
        Outcome::LikelyAccepted => (false, false),
        Outcome::Expired => (false, true),
        Outcome::Pending | Outcome::Withdrawn => return Ok(None),
    };
    let (Some(sent_on), Some(on)) = (entry.sent_on, entry.on) else {
        return Err(());
    };
    if on < sent_on {
        return Err(());
    }
    Ok(Some((
        entry.slug.0,
        Gone {
            name: entry.name.text().map(clean_name).unwrap_or_default(),
            sent_on,
            gone_on: on,
            confirmed_on: confirmed.then_some(on),
            note: entry.note,
        },
        expired,
    )))
}

/// A withdrawal of the file as it is merged; `None` when it is dated too far ahead.
fn incoming(x: FileWithdrawal, clock: &dyn Clock) -> Option<Incoming> {
    let at = match x.withdrawn_at.0 {
        Stamp::Instant(ms) => ms,
        Stamp::LocalDate(d) => d.days() as i64 * DAY_MS + DAY_MS / 2,
    };
    if at > clock.now() + FUTURE_SLACK_DAYS * DAY_MS {
        return None;
    }
    Some(Incoming {
        slug: x.slug.0,
        name: clean_name(&x.name),
        at,
        until: x.until.text().and_then(Date::parse),
        headline: x.headline.text().map(clean_name).filter(|h| !h.is_empty()),
        age_days: x.age_days.as_u64().and_then(|a| u32::try_from(a).ok()),
        note: x.note.as_bool(),
        not_held: x.not_held.as_bool() == Some(true),
    })
}

/// Pending invitations (as last read) and withdrawals, one row each, for a spreadsheet.
pub fn export_csv(s: &State, clock: &dyn Clock) -> String {
    let today = clock.today();
    let mut out = String::from("type,slug,name,sent_on,age_days,withdrawn_on,until,state\r\n");
    for (slug, p) in &s.seen {
        let age = p.sent_on.days_until(today).to_string();
        row(
            &mut out,
            &[
                "pending",
                slug,
                &p.name,
                &p.sent_on.to_string(),
                &age,
                "",
                "",
                "",
            ],
        );
    }
    for (slug, w) in &s.withdrawals {
        let state = if today < w.until { "active" } else { "ended" };
        row(
            &mut out,
            &[
                "cooldown",
                slug,
                &w.name,
                "",
                "",
                &w.withdrawn_on.to_string(),
                &w.until.to_string(),
                state,
            ],
        );
    }
    out
}

/// What became of each invitation, one row per person (their latest invitation), for a
/// spreadsheet: `note` is `yes`, `no` or `unknown`.
pub fn export_history_csv(s: &State) -> String {
    let mut out = String::from("slug,name,sent_on,outcome,outcome_on,note\r\n");
    let day = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    for r in crate::outcomes::history(s) {
        let note = match r.note {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown",
        };
        row(
            &mut out,
            &[
                &r.slug,
                &r.name,
                &day(r.sent_on),
                r.outcome,
                &day(r.on),
                note,
            ],
        );
    }
    out
}

fn row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        let guarded = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{cell}")
        } else {
            (*cell).to_owned()
        };
        if guarded.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    out.push_str("\r\n");
}
