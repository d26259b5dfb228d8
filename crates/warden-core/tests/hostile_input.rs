//! Hostile input never panics and never takes unbounded time: the storage decoder on arbitrary
//! text, the engine on arbitrary requests (card texts, links, names, backups).

use proptest::prelude::*;
use serde_json::json;
use warden_core::date::{parse_iso, Date, FixedClock};
use warden_core::engine::{handle, Request};
use warden_core::state::{clean_name, decode, slug_from_href, STATE_KEY};
use warden_core::store::{block_on, MemoryStore};

fn clock() -> FixedClock {
    FixedClock::at_noon(Date::parse("2026-11-29").unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn decoder_never_panics_on_text(raw in ".{0,400}") {
        let _ = decode(Some(&raw));
    }

    #[test]
    fn decoder_never_panics_on_json_shaped_text(schema in 0u64..5, body in "[\\[\\]{}\":,0-9a-zA-Z ]{0,200}") {
        let _ = decode(Some(&format!("{{\"schema\":{schema},{body}")));
        let _ = decode(Some(&format!("{{\"schema\":{schema},\"withdrawals\":{body}}}")));
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
        let req: Request = serde_json::from_value(json!({
            "kind": "annotate", "totalTexts": texts.clone(),
            "cards": [{"href": href, "ageTexts": texts, "datetime": datetime}]
        })).unwrap();
        let answer = block_on(handle(&store, &clock(), req));
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
            json!({"kind": "sentPageSeen", "pending": 1, "cards": 1, "stale": 0, "consider": 0, "people": [{"href": href, "name": name, "ageDays": 3}]}),
        ] {
            let req: Request = serde_json::from_value(req).unwrap();
            block_on(handle(&store, &c, req));
        }
        let raw = store.raw(STATE_KEY).unwrap();
        let state = decode(Some(&raw)).expect("what the engine wrote, it can read");
        prop_assert!(state.withdrawals.contains_key("kept-safe"));
    }
}

#[test]
fn a_megabyte_of_garbage_is_refused_quickly_and_kept() {
    let store = MemoryStore::new();
    let garbage: String = (0..1_000_000u32)
        .map(|i| char::from(b'!' + (i % 90) as u8))
        .collect();
    store.put_raw(STATE_KEY, &garbage);
    let req: Request = serde_json::from_value(json!({"kind": "popup"})).unwrap();
    let v = block_on(handle(&store, &clock(), req));
    assert_eq!(v["notices"][0]["kind"], "unreadable");
    assert_eq!(store.raw(STATE_KEY).unwrap().len(), garbage.len());
}

#[test]
fn a_backup_over_the_size_limit_is_refused_before_parsing() {
    let store = MemoryStore::new();
    let text = format!(
        "{{\"format\":\"warden-backup\",\"version\":1,\"withdrawals\":[],\"pad\":\"{}\"}}",
        "x".repeat(6 * 1024 * 1024)
    );
    let req: Request = serde_json::from_value(json!({"kind": "import", "text": text})).unwrap();
    let v = block_on(handle(&store, &clock(), req));
    assert_eq!(v["error"], "tooLarge");
}
