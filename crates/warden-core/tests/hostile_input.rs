//! Hostile input never panics and never takes unbounded time: the storage decoder on arbitrary
//! text, the engine on arbitrary requests (card texts, links, names, backups).

use proptest::prelude::*;
use serde_json::json;
use warden_core::date::{parse_iso, FixedClock};
use warden_core::engine::handle;
use warden_core::person::{clean_name, slug_from_href};
use warden_core::request::Request;
use warden_core::state::STATE_KEY;
use warden_core::storage::decode;
use warden_core::store::{block_on, MemoryStore};

mod common;

fn text(t: &str) -> serde_json::Value {
    serde_json::Value::String(t.to_owned())
}

fn ask(store: &MemoryStore, req: Request) -> serde_json::Value {
    common::answer(store, &clock(), req)
}

fn clock() -> FixedClock {
    common::at("2026-11-29")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn decoder_never_panics_on_text(raw in ".{0,400}") {
        let _ = decode(&MemoryStore::new(), Some(&text(&raw)));
    }

    #[test]
    fn decoder_never_panics_on_json_shaped_text(schema in 0u64..5, body in "[\\[\\]{}\":,0-9a-zA-Z ]{0,200}") {
        let store = MemoryStore::new();
        let _ = decode(&store, Some(&text(&format!("{{\"schema\":{schema},{body}"))));
        let raw = format!("{{\"schema\":{schema},\"withdrawals\":{body}}}");
        let _ = decode(&store, Some(&text(&raw)));
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(&raw) {
            let _ = decode(&store, Some(&value));
        }
    }

    #[test]
    fn links_names_and_dates_never_panic(s in "\\PC{0,300}") {
        let _ = slug_from_href(&s);
        let _ = slug_from_href(&format!("/in/{s}/"));
        let _ = parse_iso(&s);
        prop_assert!(clean_name(&s).chars().count() <= 200);
    }

    #[test]
    fn engine_answers_any_card_texts(
        texts in proptest::collection::vec("\\PC{0,80}", 0..6),
        href in "\\PC{0,60}",
        datetime in proptest::option::of("\\PC{0,40}"),
    ) {
        let store = MemoryStore::new();
        let ages: Vec<usize> = (0..texts.len()).collect();
        let req: Request = serde_json::from_value(json!({
            "kind": "annotate", "texts": texts, "visit": 1, "rows": 3, "badged": 1,
            "totals": texts.iter().map(|t| json!({"text": t, "href": href})).collect::<Vec<_>>(),
            "path": href, "currentTab": href,
            "cards": [{"href": href, "ages": ages, "datetime": datetime}, {"ages": [7, 99]}]
        })).unwrap();
        let answer = ask(&store, req);
        prop_assert!(answer.get("cards").is_some());
    }

    #[test]
    fn engine_survives_hostile_writes_and_keeps_the_ledger(name in "\\PC{0,500}", href in "\\PC{0,80}", text in "\\PC{0,300}") {
        let store = MemoryStore::new();
        let c = clock();
        let ok: Request = serde_json::from_value(json!({"kind": "withdrawn", "href": "/in/kept-safe/", "name": "Safe"})).unwrap();
        block_on(handle(&store, &c, ok));
        for req in [
            json!({"kind": "withdrawn", "href": href, "name": name}),
            json!({"kind": "setKeep", "href": href, "name": name, "keep": true}),
            json!({"kind": "inviteSent", "href": href, "name": name}),
            json!({"kind": "import", "text": text}),
            json!({"kind": "sentPageSeen", "visit": 0, "people": [{"href": href, "name": name, "ageDays": 3}]}),
        ] {
            let req: Request = serde_json::from_value(req).unwrap();
            ask(&store, req);
        }
        let raw = store.raw(STATE_KEY).unwrap();
        let state = decode(&store, Some(&raw)).expect("what the engine wrote, it can read");
        prop_assert!(state.withdrawals.contains_key("kept-safe"));
    }
}

#[test]
fn a_megabyte_of_garbage_is_refused_quickly_and_kept() {
    let store = MemoryStore::new();
    let garbage: String = (0..1_000_000u32)
        .map(|i| char::from(b'!' + (i % 90) as u8))
        .collect();
    store.put_text(STATE_KEY, &garbage);
    let req: Request = serde_json::from_value(json!({"kind": "popup"})).unwrap();
    let v = ask(&store, req);
    assert_eq!(v["notices"][0]["kind"], "unreadable");
    assert_eq!(store.raw(STATE_KEY).unwrap(), text(&garbage));
}

#[test]
fn a_backup_over_the_size_limit_is_refused_before_parsing() {
    let store = MemoryStore::new();
    let text = format!(
        "{{\"format\":\"warden-backup\",\"version\":1,\"withdrawals\":[],\"pad\":\"{}\"}}",
        "x".repeat(6 * 1024 * 1024)
    );
    let req: Request = serde_json::from_value(json!({"kind": "import", "text": text})).unwrap();
    let v = ask(&store, req);
    assert_eq!(v["error"], "tooLarge");
}
