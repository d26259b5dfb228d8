//! A full storage meets the readings first, never what the user did; and what the user did
//! while the storage refused it is in force where the user looks. Each test names the
//! mechanism it guards; removing that mechanism makes it fail.

mod common;

use common::{ask, at, reading, state, withdraw};
use serde_json::json;
use warden_core::store::MemoryStore;
use warden_core::unsaved;

/// Three Sent-page visits of 600 people each, on three days.
fn readings(store: &MemoryStore) {
    let names: Vec<String> = (0..600)
        .map(|i| format!("person-{i}-{}", "q".repeat(60)))
        .collect();
    for date in ["2026-11-18", "2026-11-19", "2026-11-20"] {
        let people: Vec<(&str, u32)> = names.iter().map(|n| (n.as_str(), 3)).collect();
        reading(store, date, &people);
    }
}

// Guards `storage::make_room` in the engine's write.
#[test]
fn a_full_storage_drops_readings_and_saves_the_users_withdrawal() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    readings(&store);
    assert!(store.keys().iter().any(|k| k.starts_with("warden.visit.")));
    // The quota is what is in use now: the withdrawal's write grows the state, and fails.
    store.set_quota(Some(store.bytes_in_use()));
    let r = withdraw(&store, &clock, "avery");
    assert_eq!(r["ok"], true, "saved, not kept aside: {r}");
    let s = state(&store);
    assert!(s["withdrawals"].get("avery").is_some(), "{s}");
    assert!(store.raw(unsaved::KEY).is_none() && store.raw(unsaved::SPARE_KEY).is_none());
    // What gave way: the readings (read again at the next visit).
    assert!(
        !store.keys().iter().any(|k| k.starts_with("warden.visit.")),
        "{:?}",
        store.keys()
    );
    assert_eq!(s["seen"].as_object().map_or(0, |m| m.len()), 0);
}

// Guards `read_in_force` in the engine's reads.
#[test]
fn a_withdrawal_the_storage_refused_is_in_force_on_the_profile_and_in_the_popup() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    store.set_full(true);
    assert_eq!(withdraw(&store, &clock, "avery")["error"], "unsaved");
    let sent = ask(
        &store,
        &clock,
        json!({"kind": "inviteSent", "href": "/in/sam/", "name": "Sam"}),
    );
    assert_eq!(sent["error"], "unsaved", "{sent}");
    assert!(
        state(&store).get("withdrawals").is_none(),
        "the storage really refused it"
    );
    let p = ask(
        &store,
        &clock,
        json!({"kind": "profile", "href": "/in/avery/"}),
    );
    assert_eq!(p["withdrawal"]["state"], "active", "{p}");
    let popup = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(popup["unsaved"], 2);
    let slugs: Vec<&str> = popup["cooldowns"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["slug"].as_str())
        .collect();
    assert_eq!(slugs, ["avery"], "{popup}");
    assert_eq!(
        popup["quota"]["used"], 1,
        "the send counts: {}",
        popup["quota"]
    );
    let backup = ask(&store, &clock, json!({"kind": "exportJson"}));
    assert!(
        backup["text"].as_str().unwrap().contains("avery"),
        "the backup holds it"
    );
}
