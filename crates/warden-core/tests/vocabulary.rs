//! The age vocabulary kept beside the state: learned from the Sent page's readings, written
//! with the verdicts of the current settings, and written anew by the write that changes them.

mod common;

use common::*;
use serde_json::{json, Value};
use warden_core::date::Clock;
use warden_core::store::MemoryStore;
use warden_core::vocab::KEY;

fn hint_of(table: &Value, text: &str) -> String {
    let age = table["ages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["text"] == text)
        .unwrap_or_else(|| panic!("{text} in {table}"));
    table["verdicts"][age["verdict"].as_u64().unwrap() as usize]["hint"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_reading_teaches_the_texts_and_a_settings_change_rewrites_their_verdicts() {
    let store = MemoryStore::new();
    let clock = at("2026-12-07");
    let seen = ask(
        &store,
        &clock,
        json!({"kind": "sentPageSeen", "visit": clock.now(), "people": [{"href": "/in/a/", "name": "A", "ageDays": 21}],
               "ageTexts": ["Sent 3 weeks ago", "Avery Stone", "Sent 2 months ago"], "rows": 1, "badged": 1}),
    );
    assert_eq!(seen["ok"], true, "{seen}");
    let table = store.raw(KEY).expect("the table is kept");
    assert_eq!(table["today"], "2026-12-07");
    assert_eq!(
        table["ages"].as_array().unwrap().len(),
        2,
        "only what reads as an age: {table}"
    );
    assert_eq!(hint_of(&table, "Sent 3 weeks ago"), "consider");
    assert_eq!(hint_of(&table, "Sent 2 months ago"), "withdraw");

    let saved = ask(
        &store,
        &clock,
        json!({"kind": "saveSettings", "settings": {"staleDays": 90}}),
    );
    assert_eq!(saved["ok"], true, "{saved}");
    let table = store.raw(KEY).unwrap();
    assert_eq!(
        hint_of(&table, "Sent 2 months ago"),
        "consider",
        "the new threshold's verdict: {table}"
    );
    assert_eq!(table["inputs"], state(&store)["inputs"]);

    // A keep: the kept people's paths come with the table.
    ask(
        &store,
        &clock,
        json!({"kind": "setKeep", "href": "/in/a/", "name": "A", "keep": true}),
    );
    assert_eq!(store.raw(KEY).unwrap()["keptPaths"], json!(["/in/a/"]));

    // The next day's first write makes it that day's.
    let next = later(&clock, 1);
    ask(&store, &next, json!({"kind": "dismissNotices"}));
    assert_eq!(store.raw(KEY).unwrap()["today"], "2026-12-08");
}
