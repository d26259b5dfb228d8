//! Loading, migrating, saving and pruning the state through a [`Store`].
//!
//! Schema 1 stored the state as JSON text; schema 2 stores the object itself. A stored value
//! that cannot be read (or that a newer Warden wrote) is copied aside, untouched, before the
//! next write replaces it, and the popup says so.

use crate::date::{Clock, Date, Millis, DAY_MS};
use crate::state::{self, AsideCopy, ClockMark, Notice, State, Unreadable, Withdrawal};
use crate::store::{Opaque, Store};
use serde::de::IgnoredAny;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The state as loaded, with what must happen to an unreadable stored value before the next
/// write.
pub struct Loaded<V> {
    pub state: State,
    /// The unreadable stored value to copy aside before overwriting it, and why.
    pub aside: Option<(V, Unreadable)>,
}

/// Only the schema of a stored value: read first, to pick the migration.
#[derive(Deserialize)]
struct Head {
    schema: Option<crate::scalar::Scalar>,
}

/// Reads a stored value. `None` (nothing stored yet) gives a fresh state.
pub fn decode<S: Store>(store: &S, raw: Option<&S::Value>) -> Result<State, Unreadable> {
    let Some(raw) = raw else {
        return Ok(State::fresh());
    };
    // Schema 1: JSON text.
    let parsed = match store.text_of(raw) {
        Some(text) => Some(store.parse_json(&text).ok_or(Unreadable::NotJson)?),
        None => None,
    };
    let value = parsed.as_ref().unwrap_or(raw);
    let head: Head = store.read_value(value).map_err(|_| Unreadable::NoSchema)?;
    from_schema(schema_of(head.schema.as_ref())?, || {
        read_state(store, value)
    })
}

/// A stored object read as a state: its members through serde, and those this build does not
/// know kept as the store holds them ([`State::other`]).
fn read_state<S: Store>(store: &S, value: &S::Value) -> Result<State, String> {
    let mut s: State = store.read_value(value)?;
    for name in store.member_names(value) {
        if state::MEMBERS.contains(&name.as_str()) {
            continue;
        }
        if let Some(v) = store.member(value, &name) {
            s.other.insert(name, Opaque::new(v));
        }
    }
    for (map, kind, known) in state::RECORDS {
        let Some(records) = store.member(value, map) else {
            continue;
        };
        for slug in store.member_names(&records) {
            let Some(record) = store.member(&records, &slug) else {
                continue;
            };
            for name in store.member_names(&record) {
                if known.contains(&name.as_str()) {
                    continue;
                }
                if let Some(v) = store.member(&record, &name) {
                    s.record_other
                        .entry((kind, slug.clone()))
                        .or_default()
                        .insert(name, Opaque::new(v));
                }
            }
        }
    }
    Ok(s)
}

/// The state as the store holds it: its members, then those kept unread.
fn write_state<S: Store>(store: &S, s: &State) -> Result<S::Value, String> {
    let mut value = store.to_value(s)?;
    for (name, kept) in &s.other {
        if let Some(v) = kept.get::<S::Value>() {
            store.set_member(&mut value, name, v);
        }
    }
    for ((kind, slug), members) in &s.record_other {
        for (map, _, _) in state::RECORDS.iter().filter(|r| r.1 == *kind) {
            let held = match *map {
                "withdrawals" => s.withdrawals.contains_key(slug),
                "notHeld" => s.not_held.contains_key(slug),
                "keeps" => s.keeps.contains_key(slug),
                _ => s.sends.contains_key(slug),
            };
            let Some(mut records) = store.member(&value, map).filter(|_| held) else {
                continue;
            };
            let Some(mut record) = store.member(&records, slug) else {
                continue;
            };
            for (name, kept) in members {
                if let Some(v) = kept.get::<S::Value>() {
                    store.set_member(&mut record, name, v);
                }
            }
            store.set_member(&mut records, slug, &record);
            store.set_member(&mut value, map, &records);
        }
    }
    Ok(value)
}

fn schema_of(v: Option<&crate::scalar::Scalar>) -> Result<u64, Unreadable> {
    v.and_then(crate::scalar::Scalar::as_u64)
        .ok_or(Unreadable::NoSchema)
}

/// Migrates from `schema`: each past schema converts to the next one (schema 1 to 2 changed
/// only how the state is stored, not its members).
fn from_schema(
    schema: u64,
    read: impl FnOnce() -> Result<State, String>,
) -> Result<State, Unreadable> {
    match schema {
        1 | 2 => read().map_err(Unreadable::BadShape).map(|s| State {
            schema: state::SCHEMA,
            ..s
        }),
        n if n > u64::from(state::SCHEMA) => Err(Unreadable::FutureSchema(
            u32::try_from(n).unwrap_or(u32::MAX),
        )),
        _ => Err(Unreadable::NoSchema),
    }
}

/// What badges depend on, read alone: the settings, who is kept, the `inputs` revision. A Sent
/// page asks for it with each batch of cards; the rest of the state (a thousand readings of
/// the list, the ledger) is not read for that.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct BadgeInputs {
    pub settings: crate::settings::Settings,
    pub keeps: BTreeMap<String, IgnoredAny>,
    pub inputs: u32,
}

impl BadgeInputs {
    pub fn of(s: &State) -> BadgeInputs {
        BadgeInputs {
            settings: s.settings.clone(),
            keeps: s.keeps.keys().map(|k| (k.clone(), IgnoredAny)).collect(),
            inputs: s.inputs,
        }
    }
}

/// [`BadgeInputs`] of the stored state: read alone from a schema-2 object, else (schema 1,
/// unreadable, nothing yet) from the state as [`load`] reads it.
pub async fn load_badge_inputs<S: Store>(store: &S) -> Result<BadgeInputs, String> {
    let raw = store.get(state::STATE_KEY).await?;
    if let Some(v) = raw.as_ref().filter(|v| store.text_of(v).is_none()) {
        let head: Option<Head> = store.read_value(v).ok();
        let current = head.and_then(|h| h.schema).and_then(|s| s.as_u64());
        if current == Some(u64::from(state::SCHEMA)) {
            if let Ok(inputs) = store.read_value(v) {
                return Ok(inputs);
            }
        }
    }
    let state = decode(store, raw.as_ref()).unwrap_or_else(|_| State::fresh());
    Ok(BadgeInputs::of(&state))
}

pub async fn load<S: Store>(store: &S) -> Result<Loaded<S::Value>, String> {
    let raw = store.get(state::STATE_KEY).await?;
    Ok(match decode(store, raw.as_ref()) {
        Ok(mut state) => {
            list_old_copies(&mut state);
            Loaded { state, aside: None }
        }
        Err(why) => Loaded {
            state: State::fresh(),
            aside: raw.map(|r| (r, why)),
        },
    })
}

/// Copies set aside by an earlier build were named only in a notice (which is pruned): they are
/// listed with the others, so that the popup can offer to restore or discard them.
fn list_old_copies(s: &mut State) {
    for n in &s.notices {
        let Some(key) = n.key.as_ref().filter(|_| n.kind == "unreadable") else {
            continue;
        };
        if key.starts_with(state::ASIDE_PREFIX) && !s.set_aside.iter().any(|c| &c.key == key) {
            s.set_aside.push(AsideCopy {
                key: key.clone(),
                at: n.at,
                why: String::new(),
            });
        }
    }
}

/// Saves the state, first copying an unreadable stored value aside (never overwritten),
/// retrying a failed write a few times. An error is returned, never swallowed.
pub async fn save<S: Store>(
    store: &S,
    clock: &dyn Clock,
    loaded: &mut Loaded<S::Value>,
) -> Result<(), String> {
    if let Some((raw, why)) = loaded.aside.take() {
        let key = format!("{}{}", state::ASIDE_PREFIX, clock.now());
        retry(|| store.set(&key, &raw)).await?;
        loaded.state.notices.push(Notice {
            kind: "unreadable".into(),
            at: clock.now(),
            key: Some(key.clone()),
        });
        loaded.state.set_aside.push(AsideCopy {
            key,
            at: clock.now(),
            why: why.describe(),
        });
    }
    prune(&mut loaded.state, clock);
    let value = write_state(store, &loaded.state)?;
    retry(|| store.set(state::STATE_KEY, &value)).await
}

/// When the storage refuses the state: the readings give way, never the user's records. The
/// visits' people, the age vocabulary, the layout reports and the people read on the list
/// (read again at the next visit) are deleted; the withdrawals, keeps, sends, outcomes,
/// settings and copies set apart stay. Whether anything was there to delete.
pub async fn make_room<S: Store>(store: &S, s: &mut State) -> bool {
    let mut freed = !s.visits.is_empty() || !s.seen.is_empty() || !s.age_texts.is_empty();
    for at in std::mem::take(&mut s.visits) {
        let _ = store.remove(&crate::visits::key(at)).await;
    }
    s.seen.clear();
    s.age_texts.clear();
    // The age vocabulary is written anew at the next write that can.
    s.age_table_basis.clear();
    let pages = [
        crate::request::LayoutPage::Sent,
        crate::request::LayoutPage::Profile,
    ];
    for key in pages.iter().map(|p| p.key()).chain([crate::vocab::KEY]) {
        if matches!(store.get(key).await, Ok(Some(_))) {
            freed = true;
            let _ = store.remove(key).await;
        }
    }
    freed
}

async fn retry<F, Fut>(mut op: F) -> Result<(), String>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let mut last = String::new();
    for _ in 0..3 {
        match op().await {
            Ok(()) => return Ok(()),
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// Days after its end that a withdrawal is still kept (then pruned). Active ones never are.
pub const KEEP_ENDED_WITHDRAWALS_DAYS: i64 = 365;
/// Days an observed send is kept (the quota needs 7).
pub const KEEP_SENDS_DAYS: i64 = 30;
/// Days a card read on the Sent page is kept after it was last seen there.
pub const KEEP_SEEN_DAYS: i64 = 90;

/// Beyond the latest time seen by more than this, the clock jumped ahead (or the browser was
/// not used for a month): nothing is pruned by that time until it is believed.
pub const JUMP_MS: i64 = 30 * DAY_MS;
/// A clock that stayed that far ahead this long is believed.
pub const BELIEVE_AFTER_MS: i64 = 7 * DAY_MS;

/// The time to prune by, or `None` (prune nothing now). The clock rule: a clock set back
/// prunes by its own (earlier) time, which removes less; a clock far ahead of the latest time
/// seen prunes nothing until it has stayed there for [`BELIEVE_AFTER_MS`], so that one write
/// made under a wrong clock never removes what only the jump made old. The mark itself never
/// goes back. The steady clock ([`ClockMark::steady`]) moves on with each forward step of
/// `seen` of at most [`JUMP_MS`]: a jump, even once believed, adds nothing to it.
pub fn prune_horizon(mark: &mut Option<ClockMark>, now: Millis) -> Option<Millis> {
    let m = mark.get_or_insert(ClockMark {
        seen: now,
        ahead_since: None,
        steady: Some(now),
    });
    let steady = m.steady.unwrap_or(m.seen);
    if now <= m.seen.saturating_add(JUMP_MS) {
        let step = now.saturating_sub(m.seen).max(0);
        m.seen = m.seen.max(now);
        m.ahead_since = None;
        m.steady = Some(steady.saturating_add(step));
        return Some(now);
    }
    m.steady = Some(steady);
    let since = *m.ahead_since.get_or_insert(now);
    if now - since < BELIEVE_AFTER_MS {
        return None;
    }
    *m = ClockMark {
        seen: now,
        ahead_since: None,
        steady: Some(steady),
    };
    Some(now)
}

/// The pruning rule, in two parts.
///
/// What the page showed (Sent-page readings not refreshed for 90 days, people who left the list
/// a year after), notices and what LinkedIn said of restrictions (30 days, at most 20 notices)
/// go by the time [`prune_horizon`] gives.
///
/// The user's own records (withdrawals a year after their cooldown ended, sends after 30 days)
/// go only when they are that old both by that time and by the steady clock: each carries the
/// steady time it was made at, and a record is as old as the steady time since then. No clock
/// jump, however many, nor a clock far behind when it was made, makes one old: only time seen
/// passing in plausible steps does. A running cooldown is never pruned.
/// Then the readings' bound ([`cap_readings`]).
pub fn prune(s: &mut State, clock: &dyn Clock) {
    let now = clock.now();
    let horizon = prune_horizon(&mut s.clock_mark, now);
    let mark = s.clock_mark.unwrap_or(ClockMark {
        seen: now,
        ahead_since: None,
        steady: Some(now),
    });
    let steady = mark.steady.unwrap_or(mark.seen);
    // A record not stamped yet (made by this write, or by an earlier build) is dated by its
    // own time against the latest time seen (or the clock, when that is earlier): one made
    // now is as old as nothing, one made a month ago (an import) a month.
    let reference = mark.seen.min(now);
    let stamp = |at: Millis| steady.saturating_sub(reference.saturating_sub(at).max(0));
    for w in s.withdrawals.values_mut().chain(s.not_held.values_mut()) {
        w.steady_at.get_or_insert(stamp(w.withdrawn_at));
    }
    for x in s.sends.values_mut() {
        x.steady_at.get_or_insert(stamp(x.at));
    }
    if let Some(at) = horizon {
        prune_at(s, at, clock.local_date(at));
        prune_own(s, at, steady, clock);
    }
    cap_readings(s);
}

/// The user's own records that are old by the clock (`now`) and by the steady clock.
fn prune_own(s: &mut State, now: Millis, steady: Millis, clock: &dyn Clock) {
    let today = clock.local_date(now);
    let ended = |w: &Withdrawal| {
        let age = steady.saturating_sub(w.steady_at.unwrap_or(steady)).max(0);
        let steady_today = clock.local_date(w.withdrawn_at.saturating_add(age));
        today.days_until(w.until) <= -KEEP_ENDED_WITHDRAWALS_DAYS
            && steady_today.days_until(w.until) <= -KEEP_ENDED_WITHDRAWALS_DAYS
    };
    s.withdrawals.retain(|_, w| !ended(w));
    s.not_held.retain(|_, w| !ended(w));
    s.sends.retain(|_, x| {
        let age = steady.saturating_sub(x.steady_at.unwrap_or(steady));
        now - x.at < KEEP_SENDS_DAYS * DAY_MS || age < KEEP_SENDS_DAYS * DAY_MS
    });
}

/// What the page showed, notices and what LinkedIn said, pruned by the clock rule's time.
fn prune_at(s: &mut State, now: Millis, today: Date) {
    s.seen
        .retain(|_, x| x.seen_on.days_until(today) < KEEP_SEEN_DAYS);
    s.accepted
        .retain(|_, x| x.gone_on.days_until(today) < KEEP_ENDED_WITHDRAWALS_DAYS);
    s.expired
        .retain(|_, x| x.gone_on.days_until(today) < KEEP_ENDED_WITHDRAWALS_DAYS);
    s.notices.retain(|n| now - n.at < 30 * DAY_MS);
    s.told.prune(now);
    if s.notices.len() > 20 {
        let drop = s.notices.len() - 20;
        s.notices.drain(..drop);
    }
}

/// The bytes a text takes in `chrome.storage.local`, its quotes aside. Chromium keeps the
/// values as JSON (its quota counts that text): `"` and `\` take 2 bytes, `<`, U+2028, U+2029,
/// DEL and the control characters 6 (`\u003C`; counted so even where Chromium writes a 2-byte
/// escape), every other character its UTF-8 bytes. Firefox counts less for the same text.
pub fn stored_len(text: &str) -> usize {
    text.chars()
        .map(|c| match c {
            '"' | '\\' => 2,
            '<' | '\u{2028}' | '\u{2029}' | '\u{7f}' => 6,
            c if u32::from(c) < 0x20 => 6,
            c => c.len_utf8(),
        })
        .sum()
}

/// The most people kept from Sent-page readings, in each of `seen`, `accepted` and `expired`.
pub const MAX_READINGS: usize = 3_000;
/// The most bytes those readings may take together, as the browser stores them (slug and name
/// by [`stored_len`], and [`READING_OVERHEAD`] each): whatever cards a page shows, its
/// readings stay far below the storage quota.
pub const READINGS_BUDGET: usize = 3 * 1024 * 1024;
/// A reading's bytes beyond its slug and name (its dates, flags and member names in JSON).
pub const READING_OVERHEAD: usize = 128;
/// The most bytes, as the browser stores them, of everything Warden keeps from what pages show:
/// the state's readings ([`READINGS_BUDGET`]), the visits ([`crate::visits::MAX_VISITS`] of at
/// most [`crate::visits::VISIT_BUDGET`]), the age vocabulary (in the state and in its table,
/// [`crate::vocab::TEXTS_BUDGET`] each, with their verdicts) and the two layout reports
/// ([`crate::request::REPORT_MAX`] each). Chromium's `storage.local` holds 10 MiB: the other
/// 5 MiB are left for the user's own records (withdrawals, keeps, sends: a few hundred bytes
/// each, growing only with the user's clicks), the kept actions and copies set aside.
pub const READINGS_TOTAL: usize = 5 * 1024 * 1024;

/// The readings' bound: confirmed acceptances first, then the people seen most recently are
/// kept, within [`MAX_READINGS`] in each map and [`READINGS_BUDGET`] together, measured as the
/// browser stores them. The user's
/// own records (withdrawals, keeps, sends) are never dropped for it: only what the page showed
/// is.
pub fn cap_readings(s: &mut State) {
    let cost = |slug: &str, name: &str| stored_len(slug) + stored_len(name) + READING_OVERHEAD;
    let gone = |m: &crate::state::Map<crate::state::Gone>| -> usize {
        m.iter().map(|(k, g)| cost(k, &g.name)).sum()
    };
    let total = s.seen.iter().map(|(k, p)| cost(k, &p.name)).sum::<usize>()
        + gone(&s.accepted)
        + gone(&s.expired);
    let lens = [s.seen.len(), s.accepted.len(), s.expired.len()];
    if total <= READINGS_BUDGET && lens.iter().all(|&n| n <= MAX_READINGS) {
        return;
    }
    // Confirmed acceptances first (what a page's list shows never evicts them), then newest
    // first: (confirmed, when last seen, which reading, which map, slug).
    let mut order: Vec<(bool, Date, Millis, usize, String)> = s
        .seen
        .iter()
        .map(|(k, p)| (false, p.seen_on, p.reading.unwrap_or(0), 0, k.clone()))
        .chain(
            s.accepted
                .iter()
                .map(|(k, g)| (g.confirmed_on.is_some(), g.gone_on, 0, 1, k.clone())),
        )
        .chain(
            s.expired
                .iter()
                .map(|(k, g)| (false, g.gone_on, 0, 2, k.clone())),
        )
        .collect();
    crate::order::sort_by(&mut order, |a, b| b.cmp(a));
    let mut bytes = 0usize;
    let mut kept = [0usize; 3];
    for (_, _, _, map, slug) in order {
        let name = match map {
            0 => s.seen.get(&slug).map(|p| p.name.as_str()),
            1 => s.accepted.get(&slug).map(|g| g.name.as_str()),
            _ => s.expired.get(&slug).map(|g| g.name.as_str()),
        };
        let size = cost(&slug, name.unwrap_or_default());
        if kept[map] < MAX_READINGS && bytes + size <= READINGS_BUDGET {
            kept[map] += 1;
            bytes += size;
        } else {
            match map {
                0 => s.seen.remove(&slug).map(|_| ()),
                1 => s.accepted.remove(&slug).map(|_| ()),
                _ => s.expired.remove(&slug).map(|_| ()),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::settings::Settings;
    use crate::state::{Gone, Keep, PendingSnapshot, Reading, Seen, Send, Withdrawal, SCHEMA};
    use crate::store::MemoryStore;
    use serde_json::json;

    fn text(t: &str) -> serde_json::Value {
        serde_json::Value::String(t.to_owned())
    }

    fn read(v: serde_json::Value) -> Result<State, Unreadable> {
        decode(&MemoryStore::new(), Some(&v))
    }

    #[test]
    fn stored_len_counts_as_chromium_writes_json() {
        assert_eq!(stored_len("abc"), 3);
        assert_eq!(stored_len("<"), "\\u003C".len());
        assert_eq!(stored_len("\"\\"), 4);
        assert_eq!(stored_len("\n\u{1}"), 12);
        assert_eq!(stored_len("\u{2028}\u{2029}"), 12);
        assert_eq!(stored_len("é😀"), 2 + 4);
    }

    #[test]
    fn nothing_stored_is_a_fresh_state() {
        let s = decode(&MemoryStore::new(), None).unwrap();
        assert_eq!(s.schema, SCHEMA);
        assert!(s.withdrawals.is_empty());
        assert_eq!(s.settings, Settings::default());
    }

    /// The exact texts the first release wrote (minimal and full); keep these forever.
    const SCHEMA_1_MINIMAL: &str = r#"{"schema":1}"#;
    const SCHEMA_1_FULL: &str = r#"{"schema":1,"settings":{"weeklyLimit":150,"pendingThreshold":400,"freshDays":7,"considerDays":21,"staleDays":28,"cooldownDays":21,"debug":false},
          "withdrawals":{"jane-doe":{"name":"Jane Doe","ageDays":35,"withdrawnAt":1764400000000,"withdrawnOn":"2025-11-29","until":"2025-12-20"}},
          "keeps":{"bob":{"name":"Bob","since":1764400000000}},
          "sends":{"carl":{"name":"Carl","at":1764400000000}},
          "seen":{"dora":{"name":"Dora","sentOn":"2025-11-20","seenOn":"2025-11-29"}},
          "pending":{"count":57,"cards":57,"stale":3,"consider":2,"readOn":"2025-11-29","readAt":1764400000000},
          "limitReachedAt":null,"notices":[]}"#;

    #[test]
    fn schema_1_text_migrates_losslessly() {
        assert_eq!(read(text(SCHEMA_1_MINIMAL)).unwrap(), State::fresh());
        let s = read(text(SCHEMA_1_FULL)).unwrap();
        assert_eq!(s.schema, 2);
        assert_eq!(s.settings.weekly_limit, 150);
        assert_eq!(s.withdrawals["jane-doe"].until.to_string(), "2025-12-20");
        assert_eq!(s.withdrawals["jane-doe"].age_days, Some(35));
        assert_eq!(s.pending.as_ref().unwrap().count, 57);
        assert_eq!(s.keeps["bob"].since, 1_764_400_000_000);
        assert_eq!(s.sends["carl"].name, "Carl");
        assert_eq!(s.seen["dora"].sent_on.to_string(), "2025-11-20");
        // Every member of the text is in the object written back, with its value.
        let written = serde_json::to_value(&s).unwrap();
        let original: serde_json::Value = serde_json::from_str(SCHEMA_1_FULL).unwrap();
        for (key, value) in original.as_object().unwrap() {
            if key != "schema" {
                assert_eq!(&written[key], value, "{key}");
            }
        }
        assert_eq!(written["schema"], 2);
    }

    #[test]
    fn badge_inputs_read_alone_agree_with_the_whole_state() {
        use crate::store::block_on;
        for raw in [
            text(SCHEMA_1_FULL),
            serde_json::to_value(read(text(SCHEMA_1_FULL)).unwrap()).unwrap(),
        ] {
            let store = MemoryStore::new();
            store.put_raw(state::STATE_KEY, raw.clone());
            let alone = block_on(load_badge_inputs(&store)).unwrap();
            let whole = BadgeInputs::of(&read(raw).unwrap());
            assert_eq!(alone.settings, whole.settings);
            assert_eq!(alone.settings.weekly_limit, 150);
            assert_eq!(alone.keeps.keys().collect::<Vec<_>>(), ["bob"]);
            assert_eq!(whole.keeps.keys().collect::<Vec<_>>(), ["bob"]);
        }
        let empty = block_on(load_badge_inputs(&MemoryStore::new())).unwrap();
        assert_eq!(empty.settings, Settings::default());
    }

    #[test]
    fn unknown_members_survive_a_write() {
        let store = MemoryStore::new();
        store.put_raw(
            state::STATE_KEY,
            json!({"schema": 2, "futureThing": {"a": [1, 2]}, "keeps": {}, "zzz": "kept"}),
        );
        let clock = crate::date::FixedClock::at_noon(Date::parse("2026-12-02").unwrap());
        let mut loaded = crate::store::block_on(load(&store)).unwrap();
        assert!(loaded.aside.is_none());
        loaded.state.keeps.insert(
            "bob".into(),
            Keep {
                name: "Bob".into(),
                since: 1,
            },
        );
        crate::store::block_on(save(&store, &clock, &mut loaded)).unwrap();
        let stored = store.raw(state::STATE_KEY).unwrap();
        assert_eq!(stored["futureThing"], json!({"a": [1, 2]}));
        assert_eq!(stored["zzz"], "kept");
        assert_eq!(stored["keeps"]["bob"]["name"], "Bob");
    }

    /// Issue 22, item 9: a member unknown inside a record (`withdrawals.X.memo`, from a newer
    /// Warden) was dropped at the first write.
    #[test]
    fn unknown_members_inside_records_survive_a_write() {
        let store = MemoryStore::new();
        let clock = crate::date::FixedClock::at_noon(Date::parse("2026-12-02").unwrap());
        let w = json!({"name": "Wes", "withdrawnAt": 1, "withdrawnOn": "2026-11-20",
                       "until": "2026-12-11", "memo": {"why": "spam"}});
        store.put_raw(
            state::STATE_KEY,
            json!({"schema": 2, "withdrawals": {"wes": w},
                   "keeps": {"kim": {"name": "Kim", "since": 1, "colour": "red"}},
                   "sends": {"sam": {"name": "Sam", "at": clock.now, "via": ["x"]}}}),
        );
        for _ in 0..2 {
            let mut loaded = crate::store::block_on(load(&store)).unwrap();
            assert!(loaded.aside.is_none());
            loaded.state.keeps.insert(
                "bob".into(),
                Keep {
                    name: "Bob".into(),
                    since: 1,
                },
            );
            crate::store::block_on(save(&store, &clock, &mut loaded)).unwrap();
        }
        let stored = store.raw(state::STATE_KEY).unwrap();
        assert_eq!(stored["withdrawals"]["wes"]["memo"], json!({"why": "spam"}));
        assert_eq!(stored["withdrawals"]["wes"]["name"], "Wes");
        assert_eq!(stored["keeps"]["kim"]["colour"], "red");
        assert_eq!(stored["sends"]["sam"]["via"], json!(["x"]));
        assert!(stored["keeps"]["bob"].get("colour").is_none());
        // Set apart, the withdrawal keeps its members too.
        let mut loaded = crate::store::block_on(load(&store)).unwrap();
        let w = loaded.state.withdrawals.remove("wes").unwrap();
        loaded.state.not_held.insert("wes".into(), w);
        crate::store::block_on(save(&store, &clock, &mut loaded)).unwrap();
        let stored = store.raw(state::STATE_KEY).unwrap();
        assert_eq!(stored["notHeld"]["wes"]["memo"], json!({"why": "spam"}));
    }

    #[test]
    fn unreadable_values_are_reported_not_guessed() {
        assert_eq!(read(text("{not json")), Err(Unreadable::NotJson));
        assert_eq!(read(text("[]")), Err(Unreadable::NoSchema));
        assert_eq!(read(json!([])), Err(Unreadable::NoSchema));
        assert_eq!(read(json!(7)), Err(Unreadable::NoSchema));
        assert_eq!(read(json!({"withdrawals": {}})), Err(Unreadable::NoSchema));
        assert_eq!(read(json!({"schema": 0})), Err(Unreadable::NoSchema));
        assert_eq!(read(json!({"schema": "2"})), Err(Unreadable::NoSchema));
        assert_eq!(read(json!({"schema": 7})), Err(Unreadable::FutureSchema(7)));
        assert_eq!(
            read(text(r#"{"schema":7}"#)),
            Err(Unreadable::FutureSchema(7))
        );
        for bad in [
            json!({"schema": 2, "withdrawals": [1, 2]}),
            json!({"schema": 2, "withdrawals": {"x": {"name": "X", "withdrawnAt": 1, "withdrawnOn": "nope", "until": "2025-01-01"}}}),
            json!({"schema": 2, "settings": null}),
            json!({"schema": 2, "withdrawals": {"a": {"name": "A"}}}),
            json!({"schema": 2, "keeps": {"a": {"name": "A", "since": 1.5}}}),
            json!({"schema": 2, "pending": {"count": -1, "cards": 0, "stale": 0, "consider": 0, "readOn": "2026-01-01", "readAt": 0}}),
            json!({"schema": 2, "notices": {}}),
            json!({"schema": 2, "settings": {"weeklyLimit": "100"}}),
        ] {
            assert!(
                matches!(read(bad.clone()), Err(Unreadable::BadShape(_))),
                "{bad}"
            );
            let as_text = text(&bad.to_string().replace("\"schema\":2", "\"schema\":1"));
            assert!(
                matches!(read(as_text), Err(Unreadable::BadShape(_))),
                "{bad} as schema-1 text"
            );
        }
    }

    #[test]
    fn a_full_state_round_trips() {
        let day = |s: &str| Date::parse(s).unwrap();
        let mut full = State::fresh();
        full.settings.weekly_limit = 150;
        full.withdrawals.insert(
            "jane".into(),
            Withdrawal {
                name: "Jane \"JD\" Doe 😀".into(),
                headline: Some("VP".into()),
                age_days: Some(30),
                withdrawn_at: 5,
                withdrawn_on: day("2026-11-29"),
                until: day("2026-12-20"),
                note: Some(false),
                steady_at: Some(7),
            },
        );
        full.sends.insert(
            "name:Zoë".into(),
            Send {
                name: "Zoë".into(),
                at: 3,
                note: Some(true),
                steady_at: None,
            },
        );
        full.seen.insert(
            "dora".into(),
            Seen {
                name: "Dora".into(),
                sent_on: day("2026-10-30"),
                seen_on: day("2026-11-29"),
                reading: Some(4),
                note: Some(true),
            },
        );
        full.accepted.insert(
            "gone".into(),
            Gone {
                name: "G".into(),
                sent_on: day("2026-10-01"),
                gone_on: day("2026-11-29"),
                confirmed_on: Some(day("2026-11-30")),
                note: None,
            },
        );
        full.expired.insert(
            "old".into(),
            Gone {
                name: "O".into(),
                sent_on: day("2026-03-01"),
                gone_on: day("2026-11-29"),
                confirmed_on: None,
                note: Some(false),
            },
        );
        full.reading = Some(Reading {
            opened_at: 1,
            oldest_sent_on: day("2026-09-01"),
        });
        full.pending = Some(PendingSnapshot {
            count: 57,
            cards: 50,
            stale: 3,
            consider: 2,
            read_on: day("2026-11-29"),
            read_at: 9,
        });
        full.reviewed_on = Some(day("2026-11-28"));
        full.inputs = 3;
        for s in [State::fresh(), full] {
            assert_eq!(read(serde_json::to_value(&s).unwrap()), Ok(s.clone()));
            assert_eq!(read(text(&serde_json::to_string(&s).unwrap())), Ok(s));
        }
    }
}
