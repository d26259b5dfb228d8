//! Nothing lost: a full storage, clock jumps, the readings' bound, copies set aside. Each test
//! names the mechanism it guards; removing that mechanism makes it fail.

mod common;

use common::{ask, at, later, state, withdraw};
use serde_json::{json, Value};
use warden_core::date::FixedClock;
use warden_core::state::{ASIDE_PREFIX, STATE_KEY};
use warden_core::storage::{MAX_READINGS, READINGS_BUDGET, READINGS_TOTAL, READING_OVERHEAD};
use warden_core::store::MemoryStore;
use warden_core::unsaved;

// --- A full storage: the user's action is kept and lands later ---------------------------

#[test]
fn a_refused_withdrawal_is_kept_counted_and_lands_at_the_next_flush() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    withdraw(&store, &clock, "first");
    store.set_full(true);
    let r = withdraw(&store, &clock, "second");
    assert_eq!(r["error"], "unsaved", "{r}");
    assert_eq!(r["unsaved"], 1);
    assert!(state(&store)["withdrawals"].get("second").is_none());
    assert!(
        store.raw(unsaved::SPARE_KEY).is_some(),
        "kept in the spare area"
    );
    let popup = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(popup["unsaved"], 1);
    // Still full: a flush keeps it, and says so.
    let f = ask(&store, &clock, json!({"kind": "flush"}));
    assert_eq!(f["unsaved"], 1, "{f}");
    // Room again, two days later: it lands with its own time.
    store.set_full(false);
    let f = ask(&store, &later(&clock, 2), json!({"kind": "flush"}));
    assert_eq!(f, json!({"ok": true, "unsaved": 0}));
    let w = &state(&store)["withdrawals"]["second"];
    assert_eq!(
        w["withdrawnOn"], "2026-11-20",
        "its own day, not the flush's"
    );
    assert_eq!(w["until"], "2026-12-11");
    assert!(store.raw(unsaved::SPARE_KEY).is_none() && store.raw(unsaved::KEY).is_none());
    let popup = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(popup["unsaved"], 0);
}

#[test]
fn kept_actions_are_applied_in_order_before_the_next_write() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    store.set_full(true);
    let keep = |k: bool| json!({"kind": "setKeep", "href": "/in/kim/", "name": "Kim", "keep": k});
    assert_eq!(ask(&store, &clock, keep(true))["unsaved"], 1);
    assert_eq!(ask(&store, &later(&clock, 0), keep(false))["unsaved"], 2);
    let c = FixedClock {
        now: clock.now + 1000,
        offset_minutes: 0,
    };
    assert_eq!(ask(&store, &c, keep(true))["unsaved"], 3);
    store.set_full(false);
    // Any later write carries them first.
    let r = ask(
        &store,
        &later(&clock, 1),
        json!({"kind": "inviteSent", "href": "/in/sam/", "name": "Sam"}),
    );
    assert_eq!(r["ok"], true, "{r}");
    let s = state(&store);
    assert!(
        s["keeps"].get("kim").is_some(),
        "the last of the three wins: {s}"
    );
    assert!(s["sends"].get("sam").is_some());
    assert_eq!(ask(&store, &clock, json!({"kind": "popup"}))["unsaved"], 0);
}

/// Issue 22, item 9: replayed actions were ordered by the time each carries. The user keeps
/// Kim, the clock is set back an hour, the user unmarks Kim: Kim is not kept.
#[test]
fn kept_actions_are_replayed_in_the_order_made_not_by_their_time() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    store.set_full(true);
    let keep = |k: bool| json!({"kind": "setKeep", "href": "/in/kim/", "name": "Kim", "keep": k});
    assert_eq!(ask(&store, &clock, keep(true))["unsaved"], 1);
    let back = FixedClock {
        now: clock.now - 3_600_000,
        offset_minutes: 0,
    };
    assert_eq!(ask(&store, &back, keep(false))["unsaved"], 2);
    store.set_full(false);
    let f = ask(&store, &clock, json!({"kind": "flush"}));
    assert_eq!(f["unsaved"], 0, "{f}");
    let s = state(&store);
    assert!(
        s["keeps"].get("kim").is_none(),
        "the last action made wins: {s}"
    );
}

#[test]
fn a_reading_of_the_page_is_not_kept_as_an_action() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    store.set_full(true);
    let r = ask(
        &store,
        &clock,
        json!({"kind": "sentPageSeen", "visit": 0, "people": [{"href": "/in/x/", "name": "X", "ageDays": 3}]}),
    );
    assert!(
        r["error"].as_str().unwrap().starts_with("writeFailed"),
        "{r}"
    );
    assert_eq!(ask(&store, &clock, json!({"kind": "popup"}))["unsaved"], 0);
}

#[test]
fn when_neither_area_takes_it_the_answer_says_write_failed() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    store.fail_next_writes(100);
    let r = withdraw(&store, &clock, "lost");
    assert!(
        r["error"].as_str().unwrap().starts_with("writeFailed"),
        "{r}"
    );
}

// --- Clock jumps ----------------------------------------------------------------------------

fn ledger(store: &MemoryStore, clock: &FixedClock) {
    withdraw(store, clock, "wanda");
    ask(
        store,
        clock,
        json!({"kind": "inviteSent", "href": "/in/sid/", "name": "Sid"}),
    );
    ask(
        store,
        clock,
        json!({"kind": "sentPageSeen", "visit": 0, "people": [{"href": "/in/pat/", "name": "Pat", "ageDays": 3}]}),
    );
}

fn held(store: &MemoryStore) -> (bool, bool, bool) {
    let s = state(store);
    (
        s["withdrawals"].get("wanda").is_some(),
        s["sends"].get("sid").is_some(),
        s["seen"].get("pat").is_some(),
    )
}

#[test]
fn a_clock_two_years_ahead_prunes_nothing_at_once() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    ledger(&store, &clock);
    let ahead = later(&clock, 730);
    withdraw(&store, &ahead, "other");
    assert_eq!(
        held(&store),
        (true, true, true),
        "one write under a wrong clock removed records"
    );
    // The clock comes back: nothing was lost.
    withdraw(&store, &later(&clock, 1), "third");
    assert_eq!(held(&store), (true, true, true));
}

#[test]
fn a_clock_that_stays_ahead_a_week_is_believed() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    ledger(&store, &clock);
    let back = later(&clock, 400); // back from a long absence
    withdraw(&store, &back, "b1");
    assert_eq!(held(&store), (true, true, true));
    withdraw(&store, &later(&back, 6), "b2");
    assert_eq!(held(&store), (true, true, true), "not yet believed");
    withdraw(&store, &later(&back, 7), "b3");
    // Now believed: the old reading goes. The user's own records stay: the absence (a jump
    // the clock made, for all Warden can tell) added nothing to the steady clock, and a week of
    // use makes neither old (see `two_clock_jumps_keep_every_withdrawal_and_send`).
    assert_eq!(held(&store), (true, true, false));
    // A year of ordinary use (a write every 20 days) then prunes them by the documented rule.
    let mut day = 7;
    while day < 7 + 400 {
        day += 20;
        withdraw(&store, &later(&back, day), "b4");
    }
    assert_eq!(held(&store), (false, false, false));
}

/// Issue 22, item 2: a clock that jumps twice (+2 years for one write, then +2 years 8 days)
/// deleted every withdrawal and send. However many jumps, none makes the user's records old.
#[test]
fn two_clock_jumps_keep_every_withdrawal_and_send() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    ledger(&store, &clock);
    withdraw(&store, &later(&clock, 1), "running");
    for days in [730, 738, 1_500, 1_510, 1_520] {
        withdraw(&store, &later(&clock, days), &format!("j{days}"));
        let s = state(&store);
        assert_eq!(
            (held(&store).0, held(&store).1),
            (true, true),
            "after the jump to day {days}: {s}"
        );
        assert!(s["withdrawals"].get("running").is_some(), "day {days}");
    }
    // The clock comes back: the cooldown still runs, the send is still this week's.
    let back = later(&clock, 2);
    withdraw(&store, &back, "home");
    let profile = ask(
        &store,
        &back,
        json!({"kind": "profile", "href": "/in/running/"}),
    );
    assert!(profile["withdrawal"].is_object(), "{profile}");
    assert!(state(&store)["sends"].get("sid").is_some());
}

/// Issue 22, item 2: a withdrawal recorded with a clock years behind was pruned at the next
/// write with the right clock. It is as old as the steady time since it was made.
#[test]
fn a_withdrawal_made_with_a_clock_years_behind_survives_the_next_write() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    withdraw(&store, &clock, "first");
    withdraw(&store, &later(&clock, -3 * 365), "behind");
    ask(
        &store,
        &later(&clock, -3 * 365),
        json!({"kind": "inviteSent", "href": "/in/sent-behind/", "name": "S"}),
    );
    withdraw(&store, &later(&clock, 1), "next");
    let s = state(&store);
    assert!(s["withdrawals"].get("behind").is_some(), "{s}");
    assert!(s["sends"].get("sent-behind").is_some(), "{s}");
    // Ordinary use (a write every 22 days) still prunes by the documented rule: the send
    // after 30 days of use, the ended cooldowns a year after their end.
    let mut day = 1;
    let mut gone = (None, None);
    while day < 1 + 450 {
        day += 22;
        withdraw(&store, &later(&clock, day), "later");
        let s = state(&store);
        if gone.0.is_none() && s["sends"].get("sent-behind").is_none() {
            gone.0 = Some(day);
        }
        if gone.1.is_none() && s["withdrawals"].get("first").is_none() {
            gone.1 = Some(day);
        }
    }
    assert_eq!(gone, (Some(45), Some(397)), "the documented rule");
    assert!(state(&store)["withdrawals"].get("behind").is_none());
}

#[test]
fn ordinary_days_prune_by_the_documented_rule() {
    let store = MemoryStore::new();
    let clock = at("2026-01-01");
    ledger(&store, &clock);
    // Writes every 20 days: the clock never jumps.
    let mut day = 0;
    let mut seen_at = Vec::new();
    while day <= 420 {
        day += 20;
        withdraw(&store, &later(&clock, day), &format!("w{day}"));
        seen_at.push((day, held(&store)));
    }
    let first = |i: usize| seen_at.iter().find(|(_, h)| ![h.0, h.1, h.2][i]).unwrap().0;
    assert_eq!(first(1), 40, "sends go after 30 days");
    assert_eq!(first(2), 100, "readings not refreshed go after 90 days");
    assert_eq!(
        first(0),
        400,
        "a withdrawal goes a year after its cooldown ended (day 21 + 365)"
    );
}

#[test]
fn a_clock_behind_accepts_a_backup_made_minutes_ago_elsewhere() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    let behind = later(&clock, -3);
    let file =
        json!({"format": "warden-backup", "version": 1, "exportedAt": "2026-11-20T11:59:00Z",
        "withdrawals": [{"slug": "ann", "name": "Ann", "withdrawnAt": "2026-11-20T11:58:00Z"}]})
        .to_string();
    let r = ask(&store, &behind, json!({"kind": "import", "text": file}));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["added"], 1);
}

// --- The readings' bound --------------------------------------------------------------------

#[test]
fn thousands_of_cards_stay_within_the_documented_bound() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    withdraw(&store, &clock, "mine");
    let long = "Ŵ".repeat(199);
    for batch in 0..8 {
        let people: Vec<Value> = (0..1000)
            .map(|i| json!({"href": format!("/in/fake-{batch}-{i}-{}/", "x".repeat(80)), "name": long, "ageDays": 0}))
            .collect();
        let r = ask(
            &store,
            &clock,
            json!({"kind": "sentPageSeen", "visit": 0, "people": people}),
        );
        assert_eq!(r["ok"], true);
    }
    let s = state(&store);
    let seen = s["seen"].as_object().unwrap();
    assert!(seen.len() <= MAX_READINGS, "{}", seen.len());
    let bytes: usize = seen
        .iter()
        .map(|(k, v)| k.len() + v["name"].as_str().unwrap().len() + READING_OVERHEAD)
        .sum();
    assert!(bytes <= READINGS_BUDGET, "{bytes}");
    let text = s.to_string();
    assert!(
        text.len() < READINGS_BUDGET + 512 * 1024,
        "state of {} bytes",
        text.len()
    );
    assert!(
        s["withdrawals"].get("mine").is_some(),
        "the user's records are never dropped"
    );
    // The latest batch is what is kept.
    assert!(seen.keys().any(|k| k.starts_with("fake-7-")));
}

/// A value's bytes as Chromium's `storage.local` counts them: its JSON, with `<` written
/// `\u003C` and U+2028, U+2029 as `\u2028`, `\u2029` (serde_json escapes the rest alike).
fn chromium_len(v: &Value) -> usize {
    let text = v.to_string();
    text.len() + 5 * text.matches('<').count() + 3 * text.matches(['\u{2028}', '\u{2029}']).count()
}

/// Issue 22, item 1: 3 x 3,000 fake people named with `<` stayed under the core's 3 MiB as it
/// counted them (UTF-8) and filled all 10 MiB of Chromium's quota (`<` stored as `\u003C`).
/// Measured as Chromium stores it, what pages show stays within its documented bounds.
#[test]
fn people_named_with_markup_stay_within_the_bound_as_the_browser_counts_it() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    withdraw(&store, &clock, "mine");
    // 100 `<`: 100 bytes as UTF-8, 600 as stored.
    let name = "<".repeat(100);
    // Four readings, a day apart, each of 3,000 people older than the last: the first three
    // groups leave the list (accepted, accepted, expired) and the fourth is pending.
    for (round, age) in [(0u32, 5u32), (1, 30), (2, 200), (3, 400)] {
        let day = later(&clock, i64::from(round));
        // People without a profile link first: they fill the visit's record (by name).
        let people: Vec<Value> = (0..3000)
            .map(|i| json!({"name": format!("{i}{name}"), "ageDays": age}))
            .chain((0..3000).map(|i| json!({"href": format!("/in/f{round}-{i}-{}/", "x".repeat(80)), "name": name, "ageDays": age})))
            .collect();
        let r = ask(
            &store,
            &day,
            json!({"kind": "sentPageSeen", "visit": warden_core::date::Clock::now(&day), "people": people,
                   "ageTexts": [format!("Sent {age} days ago {name}")]}),
        );
        assert_eq!(r["ok"], true, "{r}");
        let report = ask(
            &store,
            &day,
            json!({"kind": "layoutSeen", "page": "sent", "report": name.repeat(400)}),
        );
        assert_eq!(report["ok"], true);
    }
    let s = state(&store);
    let readings: usize = ["seen", "accepted", "expired"]
        .iter()
        .flat_map(|m| s[m].as_object().into_iter().flatten())
        .map(|(k, v)| chromium_len(&json!(k)) + ":".len() + chromium_len(v) + ",".len())
        .sum();
    assert!(readings <= READINGS_BUDGET, "readings of {readings} bytes");
    assert!(
        s["accepted"].as_object().is_some_and(|m| !m.is_empty())
            || s["expired"].as_object().is_some_and(|m| !m.is_empty()),
        "the test reaches the people gone: {} {} {}",
        s["seen"].as_object().map_or(0, |m| m.len()),
        s["accepted"].as_object().map_or(0, |m| m.len()),
        s["expired"].as_object().map_or(0, |m| m.len()),
    );
    let total: usize = store
        .keys()
        .iter()
        .map(|k| k.len() + chromium_len(&store.raw(k).unwrap()))
        .sum();
    assert!(total <= READINGS_TOTAL, "stored {total} bytes");
    assert!(
        s["withdrawals"].get("mine").is_some(),
        "the user's records are never dropped"
    );
}

// --- Copies set aside -----------------------------------------------------------------------

fn aside_keys(store: &MemoryStore) -> Vec<String> {
    store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(ASIDE_PREFIX))
        .collect()
}

#[test]
fn a_readable_copy_set_aside_is_restored_by_merging_then_deleted() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    // A state of an unknown shape (withdrawals as a list) is set aside at the next write.
    let old = json!({"schema": 2, "withdrawals": {"old-one": {"name": "Old One", "withdrawnAt": 1763600000000_i64,
        "withdrawnOn": "2025-11-20", "until": "2026-12-31"}}, "keeps": "not a map"});
    store.put_raw(STATE_KEY, old.clone());
    withdraw(&store, &clock, "new-one");
    let keys = aside_keys(&store);
    assert_eq!(keys.len(), 1);
    let popup = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(popup["setAside"][0]["key"], keys[0]);
    // Unreadable as it is: restoring says so and keeps it.
    let r = ask(
        &store,
        &clock,
        json!({"kind": "restoreAside", "key": keys[0]}),
    );
    assert_eq!(r["error"], "unreadableCopy", "{r}");
    assert_eq!(aside_keys(&store).len(), 1);
    // Its text can be downloaded.
    let t = ask(&store, &clock, json!({"kind": "asideText", "key": keys[0]}));
    assert!(t["text"].as_str().unwrap().contains("Old One"), "{t}");
    // A readable copy (as an older build's unreadable-then-fixed data would be) merges.
    let mut fixed = old.clone();
    fixed["keeps"] = json!({"kay": {"name": "Kay", "since": 1763600000000_i64}});
    store.put_raw(&keys[0], fixed);
    let r = ask(
        &store,
        &clock,
        json!({"kind": "restoreAside", "key": keys[0]}),
    );
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["added"], 1);
    let s = state(&store);
    assert!(s["withdrawals"].get("old-one").is_some() && s["withdrawals"].get("new-one").is_some());
    assert!(s["keeps"].get("kay").is_some());
    assert!(aside_keys(&store).is_empty(), "deleted once handled");
    let popup = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(popup["setAside"], json!([]));
    assert!(popup["notices"]
        .as_array()
        .unwrap()
        .iter()
        .all(|n| n["kind"] != "unreadable"));
}

#[test]
fn a_copy_set_aside_can_be_discarded_and_only_listed_keys_are_touched() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    store.put_raw(STATE_KEY, json!({"schema": 99, "x": 1}));
    withdraw(&store, &clock, "a");
    let keys = aside_keys(&store);
    let r = ask(
        &store,
        &clock,
        json!({"kind": "restoreAside", "key": keys[0]}),
    );
    assert_eq!(r["error"], "newerVersion");
    let r = ask(
        &store,
        &clock,
        json!({"kind": "discardAside", "key": STATE_KEY}),
    );
    assert_eq!(
        r["error"], "badRequest",
        "only a listed copy can be deleted: {r}"
    );
    assert!(store.raw(STATE_KEY).is_some());
    let r = ask(
        &store,
        &clock,
        json!({"kind": "discardAside", "key": keys[0]}),
    );
    assert_eq!(r["ok"], true);
    assert!(aside_keys(&store).is_empty());
}

// --- The import report says exactly what was kept ----------------------------------------

fn import(store: &MemoryStore, clock: &FixedClock, withdrawals: Value) -> Value {
    let file = json!({"format": "warden-backup", "version": 1, "withdrawals": withdrawals});
    ask(
        store,
        clock,
        json!({"kind": "import", "text": file.to_string()}),
    )
}

#[test]
fn entries_too_old_to_keep_are_reported_as_such_not_added() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    let r = import(
        &store,
        &clock,
        json!([
            {"slug": "recent", "name": "Recent", "withdrawnAt": "2026-11-01T10:00:00Z"},
            {"slug": "ancient", "name": "Ancient", "withdrawnAt": "2024-01-01T10:00:00Z"}
        ]),
    );
    assert_eq!(
        (r["added"].clone(), r["tooOld"].clone()),
        (json!(1), json!(1)),
        "{r}"
    );
    assert!(state(&store)["withdrawals"].get("ancient").is_none());
}

#[test]
fn a_person_repeated_in_the_file_counts_once_and_the_latest_entry_wins() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    let r = import(
        &store,
        &clock,
        json!([
            {"slug": "dup", "name": "Old Name", "withdrawnAt": "2026-11-01T10:00:00Z"},
            {"slug": "DUP", "name": "New Name", "withdrawnAt": "2026-11-10T10:00:00Z"},
            {"slug": "dup", "name": "Mid Name", "withdrawnAt": "2026-11-05T10:00:00Z"}
        ]),
    );
    assert_eq!(
        (r["added"].clone(), r["duplicates"].clone()),
        (json!(1), json!(2)),
        "{r}"
    );
    assert_eq!(state(&store)["withdrawals"]["dup"]["name"], "New Name");
}

#[test]
fn the_refused_entry_is_named() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    let r = import(
        &store,
        &clock,
        json!([
            {"slug": "fine", "name": "Fine", "withdrawnAt": "2026-11-01T10:00:00Z"},
            {"slug": "broken-one", "name": "Broken", "withdrawnAt": "last tuesday"}
        ]),
    );
    assert_eq!(r["error"], "badEntry");
    assert_eq!(
        r["entry"],
        json!({"list": "withdrawals", "place": 2, "label": "broken-one"})
    );
    assert!(store.raw(STATE_KEY).is_none(), "nothing changed");
}

#[test]
fn a_refused_history_entry_is_named() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    let file = json!({"format": "warden-backup", "version": 2, "withdrawals": [], "history": [
        {"slug": "ok", "name": "Ok", "sentOn": "2026-10-01", "outcome": "likelyAccepted", "on": "2026-10-03"},
        {"slug": "odd-one", "name": "Odd", "sentOn": "2026-10-01", "outcome": "maybe", "on": "2026-10-03"}
    ]});
    let r = ask(
        &store,
        &clock,
        json!({"kind": "import", "text": file.to_string()}),
    );
    assert_eq!(
        r["entry"],
        json!({"list": "history", "place": 2, "label": "odd-one"}),
        "{r}"
    );
}

#[test]
fn the_files_own_longer_cooldown_is_kept() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    let r = import(
        &store,
        &clock,
        json!([
            {"slug": "long", "name": "Long", "withdrawnAt": "2026-11-01T10:00:00Z", "until": "2026-12-31"},
            {"slug": "short", "name": "Short", "withdrawnAt": "2026-11-01T10:00:00Z", "until": "2026-11-05"},
            {"slug": "absurd", "name": "Absurd", "withdrawnAt": "2026-11-01T10:00:00Z", "until": "2099-01-01"}
        ]),
    );
    assert_eq!(r["added"], 3, "{r}");
    let w = &state(&store)["withdrawals"];
    assert_eq!(
        w["long"]["until"], "2026-12-31",
        "a longer cooldown of the file is kept"
    );
    assert_eq!(
        w["short"]["until"], "2026-11-22",
        "never shorter than the setting gives"
    );
    assert_eq!(
        w["absurd"]["until"], "2026-11-22",
        "not beyond the longest cooldown a setting allows"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_refused() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    let mut bytes =
        br#"{"format":"warden-backup","version":1,"withdrawals":[{"slug":"a","name":"Jos"#.to_vec();
    bytes.push(0xE9); // Latin-1 é
    bytes.extend_from_slice(br#"","withdrawnAt":"2026-11-01T10:00:00Z"}]}"#);
    let r = ask(&store, &clock, json!({"kind": "readFile", "bytes": bytes}));
    assert_eq!(r, json!({"ok": false, "error": "notUtf8"}));
    let mut good = b"\xEF\xBB\xBF".to_vec();
    good.extend_from_slice("{\"name\":\"José\"}".as_bytes());
    let r = ask(&store, &clock, json!({"kind": "readFile", "bytes": good}));
    assert_eq!(
        r["text"], "{\"name\":\"José\"}",
        "a byte-order mark is dropped"
    );
}

// --- Settings: a rule between two fields names the field the user changed -------------------

#[test]
fn a_cross_field_error_is_shown_on_the_field_the_user_changed() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    let form = |consider: &str, stale: &str| {
        json!({"kind": "saveSettingsForm", "form": {
        "weeklyLimit": "100", "pendingThreshold": "500", "freshDays": "7",
        "considerDays": consider, "staleDays": stale, "cooldownDays": "21"}})
    };
    // The user raised "consider" past "stale" (28): the error belongs to "consider".
    let r = ask(&store, &clock, form("30", "28"));
    assert_eq!(
        r["errors"],
        json!([{"field": "considerDays", "reason": "staleNotAfterConsider"}]),
        "{r}"
    );
    // The user lowered "stale" below "consider" (21): the error belongs to "stale".
    let r = ask(&store, &clock, form("21", "20"));
    assert_eq!(
        r["errors"],
        json!([{"field": "staleDays", "reason": "staleNotAfterConsider"}]),
        "{r}"
    );
}

// --- What a page shows never deletes what the user did ------------------------------------

/// Issue 22, item 9: a set-apart withdrawal restored from a backup never returned to the
/// cooldowns (the installation it came to had no reading of the person to see them go).
#[test]
fn a_set_apart_withdrawal_restored_from_a_backup_returns_when_a_reading_finds_them_gone() {
    let a = MemoryStore::new();
    let clock = at("2026-11-20");
    withdraw(&a, &clock, "wanda");
    let second = later(&clock, 2);
    ask(
        &a,
        &second,
        json!({"kind": "sentPageSeen", "visit": second.now, "people": [
            {"href": "/in/wanda/", "name": "Wanda", "ageDays": 10},
            {"href": "/in/zed/", "name": "Zed", "ageDays": 30}]}),
    );
    let text = ask(&a, &second, json!({"kind": "exportJson"}))["text"].clone();
    let b = MemoryStore::new();
    let r = ask(&b, &second, json!({"kind": "import", "text": text}));
    assert_eq!(r["ok"], true, "{r}");
    assert!(state(&b)["notHeld"].get("wanda").is_some());
    // A later view goes past where her invitation stood, without her.
    let third = later(&clock, 4);
    ask(
        &b,
        &third,
        json!({"kind": "sentPageSeen", "visit": third.now, "people": [
            {"href": "/in/zed/", "name": "Zed", "ageDays": 32}]}),
    );
    let s = state(&b);
    assert!(s["withdrawals"].get("wanda").is_some(), "back: {s}");
    assert!(s.get("notHeld").is_none_or(|m| m.get("wanda").is_none()));
    let profile = ask(&b, &third, json!({"kind": "profile", "href": "/in/wanda/"}));
    assert!(profile["withdrawal"].is_object(), "{profile}");
}

#[test]
fn a_card_listing_a_withdrawn_person_again_sets_the_record_apart_and_a_later_reading_brings_it_back(
) {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    withdraw(&store, &clock, "wanda");
    let record = state(&store)["withdrawals"]["wanda"].clone();
    // A later view lists Wanda with an invitation older than the withdrawal (a page can show
    // anything: LinkedIn's real list when the withdrawal did not hold, or a fake card).
    let second = later(&clock, 2);
    let seen = |people: Value, opened: i64| json!({"kind": "sentPageSeen", "visit": opened, "people": people});
    ask(
        &store,
        &second,
        seen(
            json!([{"href": "/in/wanda/", "name": "Wanda", "ageDays": 10},
        {"href": "/in/zed/", "name": "Zed", "ageDays": 30}]),
            second.now,
        ),
    );
    let s = state(&store);
    assert!(
        s["withdrawals"].get("wanda").is_none(),
        "no cooldown while the list shows it pending"
    );
    assert_eq!(
        s["notHeld"]["wanda"], record,
        "the record is kept exactly as the user made it"
    );
    let backup = ask(&store, &second, json!({"kind": "exportJson"}));
    assert!(
        backup["text"]
            .as_str()
            .unwrap()
            .contains("\"notHeld\": true"),
        "the backup carries it"
    );
    // A reading of a later view that goes past her age without her: the withdrawal held after
    // all; the record is back, unchanged.
    let third = later(&clock, 4);
    ask(
        &store,
        &third,
        seen(
            json!([{"href": "/in/zed/", "name": "Zed", "ageDays": 32}]),
            third.now,
        ),
    );
    let s = state(&store);
    assert_eq!(s["withdrawals"]["wanda"], record, "{s}");
    assert!(s.get("notHeld").is_none());
}
