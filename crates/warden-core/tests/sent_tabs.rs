//! The two tabs of the Sent view, told apart by the page's structure: People (connection
//! invitations) and Pages (invitations to follow a company Page, which are none).

mod common;

use common::{ask, at, PAGES, PEOPLE, SENT};
use serde_json::{json, Value};
use warden_core::date::Clock;
use warden_core::store::MemoryStore;

/// Both tabs' links, as LinkedIn serves them.
fn tab_links(people: &str, pages: &str) -> Value {
    json!([
        {"text": people, "href": PEOPLE},
        {"text": pages, "href": PAGES}
    ])
}

/// Two cards (`/in/a/` a month old, `/in/b/` three weeks) on `path`.
fn annotate(path: &str, current_tab: Option<&str>, totals: Value) -> Value {
    json!({"kind": "annotate", "visit": 1, "path": path, "currentTab": current_tab,
           "totals": totals, "rows": 2, "badged": 0,
           "texts": ["Sent 1 month ago", "Sent 3 weeks ago"],
           "cards": [{"href": "/in/a/", "ages": [0]}, {"href": "/in/b/", "ages": [1]}]})
}

#[test]
fn the_pages_tab_gets_no_verdict_and_counts_nobody() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let a = ask(
        &store,
        &clock,
        annotate(PAGES, Some(PAGES), tab_links("People (57)", "Pages (3)")),
    );
    assert_eq!(a["tab"], "organization");
    assert_eq!(a["cards"], json!([null, null]));
    assert_eq!(a["ages"], json!([]), "no early verdict for cards to come");
    assert_eq!(
        a["summary"],
        json!({"cards": 0, "stale": 0, "consider": 0, "kept": 0, "pending": 57,
               "partial": false, "unrecognised": 0}),
        "the People total only"
    );
    // Without a People total: pending 0, never the Pages count.
    let a = ask(
        &store,
        &clock,
        annotate(PAGES, None, json!([{"text": "Pages (3)", "href": PAGES}])),
    );
    assert_eq!(a["summary"]["pending"], 0);
    assert_eq!(a["total"], Value::Null);
}

#[test]
fn the_path_wins_over_the_current_tab_and_a_bare_path_is_people() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let verdicts = |a: &Value| {
        a["cards"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| !c.is_null())
            .count()
    };
    let a = ask(&store, &clock, annotate(PEOPLE, Some(PAGES), json!([])));
    assert_eq!((a["tab"].clone(), verdicts(&a)), (json!("connection"), 2));
    let a = ask(&store, &clock, annotate(PAGES, Some(PEOPLE), json!([])));
    assert_eq!((a["tab"].clone(), verdicts(&a)), (json!("organization"), 0));
    let a = ask(&store, &clock, annotate(SENT, Some(PAGES), json!([])));
    assert_eq!((a["tab"].clone(), verdicts(&a)), (json!("organization"), 0));
    let a = ask(&store, &clock, annotate(SENT, None, json!([])));
    assert_eq!((a["tab"].clone(), verdicts(&a)), (json!("connection"), 2));
    assert_eq!(
        (
            a["summary"]["cards"].clone(),
            a["summary"]["pending"].clone()
        ),
        (json!(2), json!(2)),
        "no stated total: the cards"
    );
}

#[test]
fn a_pages_count_never_becomes_pending() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    // The People link wins, whatever its words; the Pages link is never the total.
    let a = ask(
        &store,
        &clock,
        annotate(
            SENT,
            None,
            tab_links("Ihmiset (1\u{202f}204)", "People (3)"),
        ),
    );
    assert_eq!(a["summary"]["pending"], 1204);
    // Only a Pages link: the cards read.
    let only_pages = json!([{"text": "Pages (300)", "href": PAGES}]);
    let a = ask(&store, &clock, annotate(SENT, None, only_pages.clone()));
    assert_eq!(
        (a["total"].clone(), a["summary"]["pending"].clone()),
        (Value::Null, json!(2))
    );
    // The reading reported, then the popup: the cards, never 300.
    ask(
        &store,
        &clock,
        json!({"kind": "sentPageSeen", "visit": 1, "path": SENT, "totals": only_pages,
               "rows": 2, "badged": 2, "people": [
            {"href": "/in/a/", "name": "A", "ageDays": 30},
            {"href": "/in/b/", "name": "B", "ageDays": 21}
        ]}),
    );
    let p = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(p["pending"]["count"], 2);
}

#[test]
fn a_french_total_grouped_with_a_narrow_no_break_space() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let a = ask(
        &store,
        &clock,
        annotate(
            SENT,
            None,
            json!([{"text": "Personnes (2\u{202f}903)", "href": null}]),
        ),
    );
    assert_eq!(
        (a["total"].clone(), a["summary"]["pending"].clone()),
        (json!(2903), json!(2903))
    );
}

#[test]
fn a_withdrawal_or_a_reading_on_the_pages_tab_records_nothing() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let visit = clock.now();
    // a, invited 2 days ago, read on the People tab: pending, in this week's quota.
    ask(
        &store,
        &clock,
        json!({"kind": "sentPageSeen", "visit": visit, "path": SENT, "rows": 1, "badged": 1,
               "totals": tab_links("People (1)", "Pages (1)"),
               "people": [{"href": "/in/a/", "name": "A", "ageDays": 2}]}),
    );
    let popup = || ask(&store, &clock, json!({"kind": "popup"}));
    let before = popup();
    let export = || ask(&store, &clock, json!({"kind": "exportJson"}))["text"].clone();
    let export_before = export();
    let writes = store.writes();
    // On the Pages tab (by its path, or by its current tab), a card linking to a's profile.
    for (path, current) in [(PAGES, None), (SENT, Some(PAGES))] {
        let w = ask(
            &store,
            &clock,
            json!({"kind": "withdrawn", "href": "/in/a/", "name": "A", "path": path,
                   "currentTab": current, "texts": ["A", "Sent 2 days ago"]}),
        );
        assert_eq!(
            (w["ok"].clone(), w["recorded"].clone(), w["until"].clone()),
            (json!(true), json!(false), Value::Null),
            "{path}"
        );
    }
    // Nor does a reading of the Pages tab.
    let r = ask(
        &store,
        &clock,
        json!({"kind": "sentPageSeen", "visit": visit + 1, "path": PAGES, "rows": 3,
               "badged": 0, "totals": tab_links("People (1)", "Pages (3)"),
               "people": [{"href": "/in/z/", "name": "Z", "ageDays": 40}]}),
    );
    assert_eq!(
        (
            r["summary"]["cards"].clone(),
            r["summary"]["pending"].clone()
        ),
        (json!(0), json!(1))
    );
    assert_eq!(store.writes(), writes, "nothing written");
    let p = ask(&store, &clock, json!({"kind": "profile", "href": "/in/a/"}));
    assert_eq!(p["withdrawal"], Value::Null, "no cooldown");
    assert_eq!(p["pendingSince"], "2026-11-30", "still pending");
    let after = popup();
    assert_eq!(after["quota"], before["quota"], "the quota as it was");
    assert_eq!(after["cooldowns"], json!([]));
    assert_eq!(after["pending"], before["pending"]);
    assert_eq!(after["outcomes"], before["outcomes"]);
    assert_eq!(export(), export_before, "nothing in the backup");
    // The same withdrawal on the People tab is recorded.
    let w = ask(
        &store,
        &clock,
        json!({"kind": "withdrawn", "href": "/in/a/", "name": "A", "path": PEOPLE}),
    );
    assert_eq!(
        (w["recorded"].clone(), w["until"].clone()),
        (json!(true), json!("2026-12-23"))
    );
}

#[test]
fn an_empty_list_is_a_summary_of_nobody() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let empty = |totals: Value| {
        json!({"kind": "annotate", "visit": 1, "path": SENT, "totals": totals,
               "rows": 0, "badged": 0, "texts": [], "cards": []})
    };
    for (totals, pending) in [
        (json!([]), 0),
        (json!([{"text": "Pages", "href": PAGES}]), 0),
        (json!([{"text": "People (0)", "href": PEOPLE}]), 0),
        (json!([{"text": "People (4)", "href": PEOPLE}]), 4),
    ] {
        let a = ask(&store, &clock, empty(totals.clone()));
        assert_eq!(a["tab"], "connection");
        assert_eq!(
            a["summary"],
            json!({"cards": 0, "stale": 0, "consider": 0, "kept": 0, "pending": pending,
                   "partial": false, "unrecognised": 0}),
            "{totals}"
        );
    }
}
