//! The Sent page's summary, counted by the core from the visit it remembers: at most two
//! messages per batch (`annotate`, then `sentPageSeen` with the people newly read).

mod common;

use common::{ask, at};
use serde_json::{json, Value};
use warden_core::date::Clock;
use warden_core::state::STATE_KEY;
use warden_core::store::MemoryStore;
use warden_core::visits;

/// The summary's counts: (cards, stale, consider, kept, pending).
fn counts(s: &Value) -> (u64, u64, u64, u64, u64) {
    let n = |k: &str| s[k].as_u64().unwrap_or_else(|| panic!("{k} in {s}"));
    (
        n("cards"),
        n("stale"),
        n("consider"),
        n("kept"),
        n("pending"),
    )
}

/// An annotate request of cards `(href, name, age text)` on `visit`.
fn annotate(visit: i64, cards: &[(Option<&str>, &str, &str)], rows: u32, badged: u32) -> Value {
    let texts: Vec<&str> = cards.iter().map(|c| c.2).collect();
    let cards: Vec<Value> = cards
        .iter()
        .enumerate()
        .map(|(i, (href, name, _))| json!({"href": href, "name": name, "ages": [i]}))
        .collect();
    json!({"kind": "annotate", "visit": visit, "texts": texts, "cards": cards,
           "rows": rows, "badged": badged})
}

/// A sentPageSeen request of people `(href, name, age)` on `visit`.
fn seen(visit: i64, people: &[(Option<&str>, &str, u32)], rows: u32, badged: u32) -> Value {
    let people: Vec<Value> = people
        .iter()
        .map(|(href, name, age)| json!({"href": href, "name": name, "ageDays": age}))
        .collect();
    json!({"kind": "sentPageSeen", "visit": visit, "people": people, "rows": rows,
           "badged": badged})
}

#[test]
fn the_summary_counts_the_visit_and_the_batch_each_person_once() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let visit = clock.now();
    ask(
        &store,
        &clock,
        json!({"kind": "setKeep", "href": "/in/b/", "name": "B", "keep": true}),
    );
    // The first batch: nothing stored yet, the batch alone.
    let a = ask(
        &store,
        &clock,
        annotate(
            visit,
            &[
                (Some("/in/a/"), "A", "Sent 1 month ago"),
                (Some("/in/b/"), "B", "Sent 2 months ago"),
                (None, "No Link", "Sent 3 weeks ago"),
                (Some("/in/x/"), "X", "Product manager"),
            ],
            4,
            0,
        ),
    );
    assert_eq!(a["cards"][3], Value::Null);
    assert_eq!(
        counts(&a["summary"]),
        (3, 2, 1, 1, 3),
        "a and b stale (b kept still counts), No Link to consider; x has no verdict"
    );
    assert_eq!(a["summary"]["partial"], false, "3 of 4 rows recognised");
    // The page reports them; the core answers the same summary.
    let r = ask(
        &store,
        &clock,
        seen(
            visit,
            &[
                (Some("/in/a/"), "A", 30),
                (Some("/in/b/"), "B", 60),
                (None, "No Link", 21),
            ],
            4,
            3,
        ),
    );
    assert_eq!(r["ok"], true);
    assert_eq!(counts(&r["summary"]), (3, 2, 1, 1, 3));
    assert_eq!(r["stale"], 2, "the toolbar's count");
    // The next batch: b again (re-rendered), and c new; the stored a, b and No Link count once.
    let a = ask(
        &store,
        &clock,
        annotate(
            visit,
            &[
                (Some("/in/b/"), "B", "Sent 2 months ago"),
                (Some("/in/c/"), "C", "Sent today"),
                (None, "No Link", "Sent 3 weeks ago"),
            ],
            6,
            3,
        ),
    );
    assert_eq!(counts(&a["summary"]), (4, 2, 1, 1, 4));
    // Another visit starts from nothing.
    let other = ask(
        &store,
        &clock,
        annotate(visit + 1, &[(Some("/in/c/"), "C", "Sent today")], 1, 0),
    );
    assert_eq!(counts(&other["summary"]), (1, 0, 0, 0, 1));
}

#[test]
fn recognised_cards_are_the_badged_ones_and_this_batchs_verdicts() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let unreadable = (Some("/in/u/"), "U", "Head of Sales");
    let one = (Some("/in/a/"), "A", "Sent today");
    // 10 rows, 4 badged before, 1 verdict now: 5 recognised, half: not partial.
    let a = ask(&store, &clock, annotate(1, &[one, unreadable], 10, 4));
    assert_eq!(a["summary"]["partial"], false);
    // 10 rows, 3 badged, 1 verdict (the other card unreadable): 4 of 10, partial.
    let a = ask(&store, &clock, annotate(1, &[one, unreadable], 10, 3));
    assert_eq!(a["summary"]["partial"], true);
    assert_eq!(a["summary"]["unrecognised"], 6);
    // sentPageSeen: the badged cards now.
    let r = ask(&store, &clock, seen(1, &[(Some("/in/a/"), "A", 0)], 10, 4));
    assert_eq!(
        (
            r["summary"]["partial"].clone(),
            r["summary"]["unrecognised"].clone()
        ),
        (json!(true), json!(6))
    );
}

#[test]
fn people_withdrawn_meanwhile_still_count_and_the_popup_follows_the_core() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let visit = clock.now();
    let r = ask(
        &store,
        &clock,
        json!({"kind": "sentPageSeen", "visit": visit, "rows": 3, "badged": 3,
               "totals": [{"text": "People (40)"}], "people": [
            {"href": "/in/a/", "name": "A", "ageDays": 30},
            {"href": "/in/b/", "name": "B", "ageDays": 21},
            {"href": "/in/c/", "name": "C", "ageDays": 3}
        ]}),
    );
    assert_eq!(counts(&r["summary"]), (3, 1, 1, 0, 40));
    let p = ask(&store, &clock, json!({"kind": "popup"}))["pending"].clone();
    assert_eq!(
        (p["count"].clone(), p["stale"].clone()),
        (json!(40), json!(1))
    );
    let w = ask(
        &store,
        &clock,
        json!({"kind": "withdrawn", "href": "/in/a/", "name": "A"}),
    );
    assert_eq!(w["stale"], 0, "the toolbar's count follows at once");
    // The page no longer shows a; the next batch counts a all the same.
    let a = ask(
        &store,
        &clock,
        annotate(visit, &[(Some("/in/d/"), "D", "Sent today")], 3, 2),
    );
    assert_eq!(
        counts(&a["summary"]),
        (4, 1, 1, 0, 40),
        "a withdrawn, still counted; the stated total kept from the visit"
    );
}

#[test]
fn at_most_four_visits_are_kept_each_of_at_most_three_thousand_people() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    for visit in 1..=5 {
        let r = ask(
            &store,
            &clock,
            seen(visit, &[(Some("/in/a/"), "A", 3)], 1, 1),
        );
        assert_eq!(r["ok"], true);
    }
    let kept: Vec<String> = store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(visits::PREFIX))
        .collect();
    assert_eq!(kept.len(), 4);
    assert!(!kept.contains(&visits::key(1)), "the oldest visit is gone");
    assert_eq!(store.raw(STATE_KEY).unwrap()["visits"], json!([2, 3, 4, 5]));
    // An older tab's visit is not kept (and deletes nothing).
    ask(&store, &clock, seen(0, &[(Some("/in/a/"), "A", 3)], 1, 1));
    assert_eq!(store.raw(STATE_KEY).unwrap()["visits"], json!([2, 3, 4, 5]));
    assert!(store.raw(&visits::key(0)).is_none());
    // 3,010 people read on one visit: 3,000 are kept.
    let many: Vec<(String, String)> = (0..3_010)
        .map(|i| (format!("/in/p{i}/"), format!("P{i}")))
        .collect();
    let people: Vec<(Option<&str>, &str, u32)> = many
        .iter()
        .map(|(h, n)| (Some(h.as_str()), n.as_str(), 3))
        .collect();
    let r = ask(&store, &clock, seen(9, &people, 3_010, 3_010));
    assert_eq!(r["summary"]["cards"], 3_000);
    let stored = store.raw(&visits::key(9)).unwrap();
    assert_eq!(stored["people"].as_object().unwrap().len(), 3_000);
}

#[test]
fn a_keep_answers_its_revision_and_the_visits_summary_and_a_withdrawal_changes_no_verdict() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let visit = clock.now();
    ask(
        &store,
        &clock,
        seen(
            visit,
            &[(Some("/in/a/"), "A", 30), (Some("/in/b/"), "B", 3)],
            2,
            2,
        ),
    );
    let before = ask(&store, &clock, annotate(visit, &[], 2, 2))["inputs"].clone();
    let k = ask(
        &store,
        &clock,
        json!({"kind": "setKeep", "href": "/in/a/", "name": "A", "keep": true, "visit": visit}),
    );
    assert_eq!(k["ok"], true);
    let revision = k["inputs"].as_u64().unwrap();
    assert_ne!(json!(revision), before, "a keep changes what badges say");
    assert_eq!(store.raw(STATE_KEY).unwrap()["inputs"], revision);
    assert_eq!(counts(&k["summary"]), (2, 1, 0, 1, 2));
    assert_eq!(k["summary"]["partial"], false);
    // Marking again changes nothing: the same revision.
    let again = ask(
        &store,
        &clock,
        json!({"kind": "setKeep", "href": "/in/a/", "name": "A", "keep": true}),
    );
    assert_eq!(again["inputs"], revision);
    assert_eq!(again["summary"], Value::Null, "no visit named");
    // A withdrawal: recorded, and every other card's verdict stays, so does the revision.
    let w = ask(
        &store,
        &clock,
        json!({"kind": "withdrawn", "href": "/in/b/", "name": "B"}),
    );
    assert_eq!(w["ok"], true);
    assert_eq!(w["inputs"], revision);
    let a = ask(
        &store,
        &clock,
        annotate(visit, &[(Some("/in/a/"), "A", "Sent 1 month ago")], 2, 1),
    );
    assert_eq!(a["inputs"], revision);
    assert_eq!(store.raw(STATE_KEY).unwrap()["inputs"], revision);
}
