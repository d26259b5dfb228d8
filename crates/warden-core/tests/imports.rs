//! Taking an import out again: what it wrote goes, what the user did stays.

mod common;

use common::{ask, at, later, state, withdraw};
use serde_json::{json, Value};
use warden_core::store::MemoryStore;

fn import(store: &MemoryStore, clock: &warden_core::date::FixedClock, file: Value) -> Value {
    ask(
        store,
        clock,
        json!({"kind": "import", "text": file.to_string()}),
    )
}

fn slugs(v: &Value) -> Vec<String> {
    v.as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

// Guards `imports::mark` and `imports::remove`.
#[test]
fn removing_an_import_deletes_what_it_wrote_and_keeps_what_the_user_did() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    withdraw(&store, &clock, "own");
    let r = import(
        &store,
        &later(&clock, 1),
        json!({"format": "warden-backup", "version": 1,
               "withdrawals": [
                   {"slug": "a", "name": "A", "withdrawnAt": "2026-11-19T10:00:00Z"},
                   {"slug": "b", "name": "B", "withdrawnAt": "2026-11-19T10:00:00Z"},
                   {"slug": "own", "name": "Own", "withdrawnAt": "2026-11-01T10:00:00Z"}
               ],
               "keeps": [{"slug": "k", "name": "K"}]}),
    );
    assert_eq!(r["added"], 2, "{r}");
    // The user withdraws B again by their own click: that record is theirs now.
    withdraw(&store, &later(&clock, 2), "b");
    let popup = ask(&store, &later(&clock, 2), json!({"kind": "popup"}));
    let imports = popup["imports"].as_array().expect("imports listed");
    assert_eq!(imports.len(), 1, "{popup}");
    assert_eq!(
        (
            imports[0]["withdrawals"].clone(),
            imports[0]["keeps"].clone()
        ),
        (json!(1), json!(1)),
        "A and K are still as imported: {popup}"
    );
    let at_ms = imports[0]["at"].clone();
    let r = ask(
        &store,
        &later(&clock, 2),
        json!({"kind": "removeImport", "at": at_ms}),
    );
    assert_eq!(r["ok"], true, "{r}");
    let s = state(&store);
    assert_eq!(slugs(&s["withdrawals"]), ["b", "own"], "{s}");
    assert_eq!(slugs(&s["keeps"]), Vec::<String>::new());
    let popup = ask(&store, &later(&clock, 2), json!({"kind": "popup"}));
    assert_eq!(popup["imports"], json!([]));
    // Asked again: refused, nothing changes.
    let r = ask(
        &store,
        &later(&clock, 2),
        json!({"kind": "removeImport", "at": at_ms}),
    );
    assert_eq!(r["error"], "badRequest", "{r}");
}

#[test]
fn a_refused_file_leaves_no_mark() {
    let store = MemoryStore::new();
    let clock = at("2026-11-20");
    let r = import(&store, &clock, json!({"format": "nothing"}));
    assert_eq!(r["ok"], false, "{r}");
    let popup = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(popup["imports"], json!([]));
}
