//! What became of each invitation, the acceptance figures and the stale threshold they
//! suggest: scripted weeks of Sent-page readings, sends, withdrawals and profile visits, with an
//! injected clock, end to end through the engine.

mod common;

use common::{at, day, reading};
use serde_json::{json, Value};
use warden_core::date::Clock;
use warden_core::store::MemoryStore;

fn on(start: &str, plus: i64) -> String {
    day(start).add_days(plus).to_string()
}

/// Asks the engine at noon of `date`.
fn ask(store: &MemoryStore, date: &str, req: Value) -> Value {
    common::ask(store, &at(date), req)
}

fn popup(store: &MemoryStore, date: &str) -> Value {
    ask(store, date, json!({"kind": "popup"}))
}

fn figures(store: &MemoryStore, date: &str) -> Value {
    popup(store, date)["figures"].clone()
}

/// `(accepted, withdrawn, pending)` as the contract's outcomes element shows them.
fn outcomes(store: &MemoryStore, date: &str) -> (u64, u64, u64) {
    let o = popup(store, date)["outcomes"].clone();
    let n = |k: &str| o[k].as_u64().unwrap();
    (n("accepted"), n("withdrawn"), n("pending"))
}

fn profile_first_degree(store: &MemoryStore, date: &str, slug: &str) -> Value {
    ask(
        store,
        date,
        json!({"kind": "connectedSeen", "href": format!("https://www.linkedin.com/in/{slug}/")}),
    )
}

fn history_csv(store: &MemoryStore, date: &str) -> String {
    let r = ask(store, date, json!({"kind": "exportHistoryCsv"}));
    assert!(r["filename"].as_str().unwrap().ends_with(".csv"), "{r}");
    r["text"].as_str().unwrap().to_owned()
}

#[test]
fn a_person_gone_from_a_reading_past_them_is_most_likely_accepted_one_not_reached_is_pending() {
    let s = MemoryStore::new();
    reading(&s, "2026-11-02", &[("a", 1), ("b", 3), ("c", 20)]);
    // A week later the reading lists b and c: a, younger than c, left the list.
    reading(&s, "2026-11-09", &[("b", 10), ("c", 27)]);
    assert_eq!(outcomes(&s, "2026-11-09"), (1, 0, 2));
    let f = figures(&s, "2026-11-09");
    assert_eq!(
        (f["likely"].clone(), f["confirmed"].clone()),
        (json!(1), json!(0))
    );
    // Sent at the latest 2026-11-01, found gone 2026-11-09: at most 8 days.
    assert_eq!(f["medianDays"], json!(8.0));
    // Two weeks on, the reading stops at b (the user did not scroll to c): c is merely not
    // loaded, still pending; b is listed.
    reading(&s, "2026-11-23", &[("b", 24)]);
    assert_eq!(
        outcomes(&s, "2026-11-23"),
        (1, 0, 2),
        "c not loaded is not gone"
    );
    assert!(history_csv(&s, "2026-11-23")
        .contains("a,A,2026-11-01,likelyAccepted,2026-11-09,unknown\r\n"));
}

#[test]
fn a_first_degree_profile_confirms_what_warden_followed_and_nothing_else() {
    let s = MemoryStore::new();
    // gone: left the list, then confirmed; listed: confirmed while still on the last reading;
    // sent: a send Warden saw, never read on the Sent list; withdrawn: the user withdrew it.
    ask(
        &s,
        "2026-11-01",
        json!({"kind": "inviteSent", "href": "/in/sent/", "name": "Sent", "note": true}),
    );
    // Warden also saw the send to the person the user withdraws.
    ask(
        &s,
        "2026-10-30",
        json!({"kind": "inviteSent", "href": "/in/withdrawn/", "name": "W"}),
    );
    reading(
        &s,
        "2026-11-02",
        &[("gone", 1), ("listed", 2), ("withdrawn", 3), ("old", 90)],
    );
    ask(
        &s,
        "2026-11-03",
        json!({"kind": "withdrawn", "href": "/in/withdrawn/", "name": "W"}),
    );
    reading(&s, "2026-11-05", &[("listed", 5), ("old", 93)]);
    assert_eq!(outcomes(&s, "2026-11-05"), (1, 1, 2));

    // What the profile's read answer says before: only a followed invitation is confirmable.
    let confirmable = |slug: &str| {
        ask(
            &s,
            "2026-11-06",
            json!({"kind": "profile", "href": format!("/in/{slug}/")}),
        )["confirmable"]
            .clone()
    };
    for (slug, yes) in [
        ("gone", true),
        ("listed", true),
        ("sent", true),
        ("withdrawn", false),
        ("stranger", false),
    ] {
        assert_eq!(confirmable(slug), json!(yes), "{slug}");
    }
    let r = profile_first_degree(&s, "2026-11-06", "gone");
    assert_eq!(
        (r["confirmed"].clone(), r["accepted"].clone()),
        (json!(true), json!(true))
    );
    let f = figures(&s, "2026-11-06");
    assert_eq!(
        (
            f["accepted"].clone(),
            f["confirmed"].clone(),
            f["likely"].clone()
        ),
        (json!(1), json!(1), json!(0)),
        "gone then confirmed counts once"
    );
    assert_eq!(confirmable("gone"), json!(false), "confirmed already");
    // The same profile again changes nothing.
    assert_eq!(
        profile_first_degree(&s, "2026-11-07", "gone")["confirmed"],
        false
    );

    profile_first_degree(&s, "2026-11-07", "listed");
    profile_first_degree(&s, "2026-11-08", "sent");
    for nobody in ["withdrawn", "stranger"] {
        let r = profile_first_degree(&s, "2026-11-08", nobody);
        assert_eq!(
            (r["confirmed"].clone(), r["accepted"].clone()),
            (json!(false), json!(false)),
            "{nobody}"
        );
    }
    assert_eq!(
        outcomes(&s, "2026-11-08"),
        (3, 1, 1),
        "gone, listed, sent accepted; old pending"
    );
    let csv = history_csv(&s, "2026-11-08");
    assert!(
        csv.contains("gone,GONE,2026-11-01,accepted,2026-11-05,unknown\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("listed,LISTED,2026-10-31,accepted,2026-11-07,unknown\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("sent,Sent,2026-11-01,accepted,2026-11-08,yes\r\n"),
        "{csv}"
    );
    assert!(csv.contains(",withdrawn,2026-11-03,"), "{csv}");
    assert!(!csv.contains("stranger"), "{csv}");
    // A later reading listing "sent" again means a new invitation: pending, not accepted.
    reading(&s, "2026-12-20", &[("sent", 2)]);
    assert_eq!(outcomes(&s, "2026-12-20").2, 2);
}

#[test]
fn withdrawn_expired_not_held_and_reinvited_each_count_in_their_latest_state() {
    let s = MemoryStore::new();
    reading(
        &s,
        "2026-06-01",
        &[("w", 10), ("held-not", 12), ("e", 185), ("anchor", 400)],
    );
    ask(
        &s,
        "2026-06-02",
        json!({"kind": "withdrawn", "href": "/in/w/", "name": "W"}),
    );
    ask(
        &s,
        "2026-06-02",
        json!({"kind": "withdrawn", "href": "/in/held-not/", "name": "H"}),
    );
    // The next week: e, last seen 185 days old, is gone: expired, not accepted. held-not is
    // listed again with an invitation older than its withdrawal: the withdrawal did not hold.
    reading(&s, "2026-06-08", &[("held-not", 19), ("anchor", 407)]);
    let f = figures(&s, "2026-06-08");
    assert_eq!(
        (
            f["accepted"].clone(),
            f["withdrawn"].clone(),
            f["expired"].clone(),
            f["pending"].clone()
        ),
        (json!(0), json!(1), json!(1), json!(2)),
        "w withdrawn, e expired, held-not and anchor pending"
    );
    assert_eq!(f["known"], 2);
    assert_eq!(f["rate"], 0);
    // After the cooldown w is invited again: a new pending invitation.
    reading(
        &s,
        "2026-07-01",
        &[("w", 1), ("held-not", 42), ("anchor", 430)],
    );
    assert_eq!(outcomes(&s, "2026-07-01"), (0, 0, 3));
    // Which is then accepted: gone from a reading past it.
    reading(&s, "2026-07-06", &[("held-not", 47), ("anchor", 435)]);
    assert_eq!(outcomes(&s, "2026-07-06"), (1, 0, 2));
    let csv = history_csv(&s, "2026-07-06");
    assert!(
        csv.contains("e,E,2025-11-28,expired,2026-06-08,unknown\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("w,W,2026-06-30,likelyAccepted,2026-07-06,unknown\r\n"),
        "{csv}"
    );
    // Accepted after 6 days at most: the re-invitation's, not the first invitation's.
    assert_eq!(figures(&s, "2026-07-06")["medianDays"], json!(6.0));
}

/// Twenty-four invitations sent on 2026-10-01 (Warden saw eight of the sends, six with a note),
/// read every day for a month with an older anchor card: twenty accepted after the days in
/// `AFTER`, two withdrawn on day 2, two expired (last seen 185 days old).
const AFTER: [i64; 20] = [
    1, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 20, 25, 30,
];
const START: &str = "2026-10-01";

fn month_of_readings(s: &MemoryStore, until_day: i64) {
    readings_between(s, 0, until_day);
}

fn readings_between(s: &MemoryStore, from_day: i64, until_day: i64) {
    for i in (0..8).filter(|_| from_day == 0) {
        ask(
            s,
            START,
            json!({"kind": "inviteSent", "href": format!("/in/p{i}/"), "name": format!("P{i}"), "note": i < 6}),
        );
    }
    for w in ["w1", "w2"].into_iter().filter(|_| from_day == 0) {
        ask(
            s,
            START,
            json!({"kind": "inviteSent", "href": format!("/in/{w}/"), "name": w, "note": false}),
        );
    }
    for k in from_day..=until_day {
        let age = k as u32;
        let names: Vec<String> = (0..20).map(|i| format!("p{i}")).collect();
        let mut people: Vec<(&str, u32)> = names
            .iter()
            .zip(AFTER)
            .filter(|(_, d)| *d > k)
            .map(|(n, _)| (n.as_str(), age))
            .collect();
        if k < 2 {
            people.extend([("w1", age), ("w2", age)]);
        }
        if k == 0 {
            people.extend([("e1", 185), ("e2", 190)]);
        }
        people.push(("anchor", 300 + age));
        reading(s, &on(START, k), &people);
        if k == 1 {
            for w in ["w1", "w2"] {
                ask(
                    s,
                    &on(START, 2),
                    json!({"kind": "withdrawn", "href": format!("/in/{w}/"), "name": w}),
                );
            }
        }
    }
}

#[test]
fn the_figures_wait_for_twenty_known_outcomes() {
    let s = MemoryStore::new();
    month_of_readings(&s, 10);
    let f = figures(&s, &on(START, 10));
    assert_eq!(
        (f["known"].clone(), f["enough"].clone()),
        (json!(19), json!(false))
    );
    assert_eq!(
        f["suggestion"],
        Value::Null,
        "no suggestion without enough data"
    );
    readings_between(&s, 11, 12);
    let f = figures(&s, &on(START, 12));
    assert_eq!(
        (f["known"].clone(), f["enough"].clone()),
        (json!(20), json!(true))
    );
}

#[test]
fn an_older_tab_listing_someone_gone_since_does_not_bring_them_back() {
    let s = MemoryStore::new();
    let old_tab = at("2026-11-02").now();
    reading(&s, "2026-11-02", &[("a", 1), ("anchor", 90)]);
    reading(&s, "2026-11-05", &[("anchor", 93)]);
    assert_eq!(outcomes(&s, "2026-11-05"), (1, 0, 1));
    // The tab opened on 2026-11-02, still open, reports a (it still shows the card).
    ask(
        &s,
        "2026-11-06",
        json!({"kind": "sentPageSeen", "people": [{"href": "/in/a/", "name": "A", "ageDays": 1}], "visit": old_tab}),
    );
    assert_eq!(outcomes(&s, "2026-11-06"), (1, 0, 1));
    assert_eq!(figures(&s, "2026-11-06")["medianDays"], json!(4.0));
}

#[test]
fn rate_median_shares_chart_and_notes_from_a_month_of_readings() {
    let s = MemoryStore::new();
    month_of_readings(&s, 31);
    let today = on(START, 31);
    let f = figures(&s, &today);
    assert_eq!(
        (
            f["accepted"].clone(),
            f["withdrawn"].clone(),
            f["expired"].clone(),
            f["pending"].clone(),
            f["known"].clone()
        ),
        (json!(20), json!(2), json!(2), json!(1), json!(24))
    );
    assert_eq!(f["rate"], 83, "20 of 24");
    assert_eq!(f["medianDays"], json!(5.5));
    assert_eq!(
        f["within"],
        json!([{"days": 7, "share": 60}, {"days": 14, "share": 85}, {"days": 21, "share": 90}, {"days": 28, "share": 95}])
    );
    let chart = f["chart"].as_array().unwrap();
    let days: Vec<u64> = chart.iter().map(|p| p["days"].as_u64().unwrap()).collect();
    assert_eq!(days, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 20, 25, 30]);
    assert_eq!(chart[0], json!({"days": 1, "share": 15}));
    assert_eq!(chart[14], json!({"days": 30, "share": 100}));
    // p0-p5 were sent with a note and all accepted; p6, p7 and the two withdrawn without.
    assert_eq!(
        f["withNote"],
        json!({"known": 6, "accepted": 6, "rate": 100})
    );
    assert_eq!(
        f["withoutNote"],
        json!({"known": 4, "accepted": 2, "rate": 50})
    );
    let csv = history_csv(&s, &today);
    assert!(
        csv.starts_with("slug,name,sent_on,outcome,outcome_on,note\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("p0,P0,2026-10-01,likelyAccepted,2026-10-02,yes\r\n"),
        "{csv}"
    );
    assert!(
        csv.contains("p7,P7,2026-10-01,likelyAccepted,2026-10-05,no\r\n"),
        "{csv}"
    );
    assert!(csv.contains("w1,w1,,withdrawn,2026-10-03,no\r\n"), "{csv}");
    assert!(
        csv.contains("anchor,ANCHOR,2025-12-05,pending,,unknown\r\n"),
        "{csv}"
    );
}

#[test]
fn the_suggestion_covers_95_percent_stays_after_consider_and_applies_only_on_request() {
    let s = MemoryStore::new();
    month_of_readings(&s, 31);
    let today = on(START, 31);
    let g = figures(&s, &today)["suggestion"].clone();
    assert_eq!(
        g,
        json!({"withinDays": 25, "staleDays": 25, "raised": false, "afterDays": 21, "afterCount": 2, "accepted": 20, "current": false})
    );
    // Showing it changes nothing: only the user's click (the request) does.
    assert_eq!(popup(&s, &today)["settings"]["staleDays"], 28);
    let r = ask(&s, &today, json!({"kind": "applyStaleSuggestion"}));
    assert_eq!(r["ok"], true, "{r}");
    let settings = popup(&s, &today)["settings"].clone();
    assert_eq!(settings["staleDays"], 25);
    assert_eq!(settings["staleSource"], json!({"on": today, "basedOn": 20}));
    assert_eq!(figures(&s, &today)["suggestion"]["current"], true);
    // Settings saved whole without the source, the threshold unchanged, keep it.
    let mut whole = settings.clone();
    whole.as_object_mut().unwrap().remove("staleSource");
    whole["debug"] = json!(true);
    let r = ask(
        &s,
        &today,
        json!({"kind": "saveSettings", "settings": whole}),
    );
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(
        popup(&s, &today)["settings"]["staleSource"],
        settings["staleSource"]
    );

    // With a consider threshold of 26 the stale threshold must stay after it: raised to 27.
    let r = ask(
        &s,
        &today,
        json!({"kind": "saveSettingsForm", "form": {"considerDays": "26", "staleDays": "30"}}),
    );
    assert_eq!(r["ok"], true, "{r}");
    let settings = popup(&s, &today)["settings"].clone();
    assert_eq!(
        settings.get("staleSource"),
        None,
        "a typed value is the user's own"
    );
    let g = figures(&s, &today)["suggestion"].clone();
    assert_eq!(
        (
            g["withinDays"].clone(),
            g["staleDays"].clone(),
            g["raised"].clone()
        ),
        (json!(25), json!(27), json!(true))
    );
    assert_eq!(
        (g["afterDays"].clone(), g["afterCount"].clone()),
        (json!(26), json!(1))
    );
    ask(&s, &today, json!({"kind": "applyStaleSuggestion"}));
    assert_eq!(popup(&s, &today)["settings"]["staleDays"], 27);
}

#[test]
fn no_suggestion_is_applied_without_enough_data() {
    let s = MemoryStore::new();
    month_of_readings(&s, 10);
    let today = on(START, 10);
    let r = ask(&s, &today, json!({"kind": "applyStaleSuggestion"}));
    assert_eq!(r["error"], "noSuggestion", "{r}");
    assert_eq!(popup(&s, &today)["settings"]["staleDays"], 28);
}

#[test]
fn few_fast_acceptances_suggest_the_day_after_consider() {
    let s = MemoryStore::new();
    // Twenty people, each gone the day after they were read: 95 % within 1 day.
    let people: Vec<String> = (0..20).map(|i| format!("q{i}")).collect();
    let mut first: Vec<(&str, u32)> = people.iter().map(|p| (p.as_str(), 0)).collect();
    first.push(("anchor", 300));
    reading(&s, "2026-10-01", &first);
    reading(&s, "2026-10-02", &[("anchor", 301)]);
    let g = figures(&s, "2026-10-02")["suggestion"].clone();
    assert_eq!(
        (
            g["withinDays"].clone(),
            g["staleDays"].clone(),
            g["raised"].clone()
        ),
        (json!(1), json!(22), json!(true))
    );
    assert_eq!(g["afterCount"], 0);
}

#[test]
fn a_backup_carries_the_history_and_its_import_merges_it() {
    let a = MemoryStore::new();
    month_of_readings(&a, 31);
    let today = on(START, 31);
    profile_first_degree(&a, &today, "p19");
    let text = ask(&a, &today, json!({"kind": "exportJson"}))["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let backup: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(backup["version"], 2);
    assert_eq!(backup["history"].as_array().unwrap().len(), 25);

    // A second installation knows one of them as pending still (an older view) and one as
    // confirmed: the backup's outcomes merge, each person once.
    let b = MemoryStore::new();
    reading(&b, "2026-10-01", &[("p0", 0), ("anchor", 300)]);
    let r = ask(&b, &today, json!({"kind": "import", "text": text}));
    assert_eq!(r["ok"], true, "{r}");
    let f = figures(&b, &today);
    assert_eq!(
        (
            f["accepted"].clone(),
            f["confirmed"].clone(),
            f["expired"].clone(),
            f["withdrawn"].clone()
        ),
        (json!(20), json!(1), json!(2), json!(2))
    );
    assert_eq!(f["chart"], figures(&a, &today)["chart"]);
    assert_eq!(f["withNote"], figures(&a, &today)["withNote"]);
    assert_eq!(
        f["withoutNote"],
        figures(&a, &today)["withoutNote"],
        "the withdrawn ones' notes too"
    );
    // Importing it again changes nothing.
    ask(&b, &today, json!({"kind": "import", "text": text}));
    assert_eq!(figures(&b, &today), f);
}

#[test]
fn history_csv_cells_cannot_start_a_formula() {
    let s = MemoryStore::new();
    reading(&s, "2026-11-01", &[("a", 1), ("anchor", 90)]);
    ask(
        &s,
        "2026-11-01",
        json!({"kind": "sentPageSeen", "people": [{"href": "/in/f/", "name": "=HYPERLINK(\"x\")", "ageDays": 1}], "visit": at("2026-11-01").now()}),
    );
    let csv = history_csv(&s, "2026-11-01");
    assert!(
        csv.contains("f,\"'=HYPERLINK(\"\"x\"\")\",2026-10-31,pending,,unknown\r\n"),
        "{csv}"
    );
}

// --- Issue 22, item 7: figures and outcomes a file or a page could fix for good -------------

/// Three real outcomes: `a` and `b` left the list (most likely accepted), `a` then confirmed.
fn real_outcomes(s: &MemoryStore) {
    reading(s, "2026-11-02", &[("a", 1), ("b", 2), ("c", 20)]);
    reading(s, "2026-11-09", &[("c", 27)]);
    assert_eq!(
        profile_first_degree(s, "2026-11-10", "a")["confirmed"],
        true
    );
}

fn accepted_slugs(s: &MemoryStore) -> Vec<String> {
    common::state(s)["accepted"]
        .as_object()
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

#[test]
fn a_history_dated_9999_changes_no_figure_and_evicts_no_real_outcome() {
    let s = MemoryStore::new();
    real_outcomes(&s);
    let before = figures(&s, "2026-11-20");
    let history: Vec<Value> = (0..3000)
        .map(|i| {
            json!({"slug": format!("fake-{i}"), "name": "F", "sentOn": "9999-12-01",
                        "outcome": "accepted", "on": "9999-12-31", "note": true})
        })
        .chain(std::iter::once(
            json!({"slug": "soon", "name": "S", "sentOn": "2026-11-01",
                        "outcome": "likelyAccepted", "on": "2027-06-01"}),
        ))
        .collect();
    let file =
        json!({"format": "warden-backup", "version": 2, "withdrawals": [], "history": history});
    let r = ask(
        &s,
        "2026-11-20",
        json!({"kind": "import", "text": file.to_string()}),
    );
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(
        figures(&s, "2026-11-20"),
        before,
        "no future-dated outcome counts"
    );
    assert_eq!(
        accepted_slugs(&s),
        ["a", "b"],
        "the real outcomes stay, alone"
    );
}

#[test]
fn fake_people_who_leave_the_list_never_evict_a_confirmed_acceptance() {
    let s = MemoryStore::new();
    real_outcomes(&s);
    // A page lists 3,000 people, then a later view lists only older cards: they "left".
    let fakes: Vec<(String, u32)> = (0..3000).map(|i| (format!("fake-{i}"), 1)).collect();
    let fakes: Vec<(&str, u32)> = fakes.iter().map(|(k, a)| (k.as_str(), *a)).collect();
    reading(&s, "2026-11-12", &fakes);
    reading(&s, "2026-11-13", &[("c", 31)]);
    let accepted = accepted_slugs(&s);
    assert!(accepted.len() <= warden_core::storage::MAX_READINGS);
    assert!(
        accepted.iter().any(|k| k == "a"),
        "the confirmed acceptance stays"
    );
    assert_eq!(figures(&s, "2026-11-13")["confirmed"], 1);
}

#[test]
fn a_restored_copy_dated_2099_is_not_believed() {
    let s = MemoryStore::new();
    real_outcomes(&s);
    // A copy set aside (unreadable at first), then readable, holding dates in 2099.
    let copy = json!({"schema": 2,
        "withdrawals": {"future": {"name": "F", "withdrawnAt": 4_070_908_800_000_i64,
            "withdrawnOn": "2099-01-01", "until": "2099-01-22"},
            "past": {"name": "P", "withdrawnAt": 1_763_600_000_000_i64,
            "withdrawnOn": "2025-11-20", "until": "2026-12-31"}},
        "accepted": {"later": {"name": "L", "sentOn": "2099-01-01", "goneOn": "2099-02-01",
            "confirmedOn": "2099-02-01"}},
        "sends": {"sent-later": {"name": "S", "at": 4_070_908_800_000_i64}}});
    let mut unreadable = copy.clone();
    unreadable["keeps"] = json!("not a map");
    let clock = at("2026-11-20");
    s.put_raw(warden_core::state::STATE_KEY, unreadable);
    common::withdraw(&s, &clock, "mine");
    let key = common::state(&s)["setAside"][0]["key"]
        .as_str()
        .unwrap()
        .to_owned();
    // Made readable (as a fixed copy would be), then restored: merged.
    s.put_raw(&key, copy);
    let r = ask(
        &s,
        "2026-11-20",
        json!({"kind": "restoreAside", "key": key}),
    );
    assert_eq!(r["ok"], true, "{r}");
    let st = common::state(&s);
    assert!(st["withdrawals"].get("past").is_some(), "{st}");
    assert!(st["withdrawals"].get("future").is_none(), "{st}");
    assert!(st["sends"].get("sent-later").is_none(), "{st}");
    assert!(st["accepted"].get("later").is_none(), "{st}");
    let popup = popup(&s, "2026-11-20");
    assert!(popup["cooldowns"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["slug"] != "future"));
}

/// The state's own outcomes dated far ahead (a clock that ran ahead, an earlier build's
/// import) count in no figure.
#[test]
fn the_figures_ignore_outcomes_dated_beyond_the_margin() {
    let s = MemoryStore::new();
    real_outcomes(&s);
    let before = figures(&s, "2026-11-20");
    let outcomes_before = popup(&s, "2026-11-20")["outcomes"].clone();
    let mut st = common::state(&s);
    for i in 0..40 {
        st["accepted"][format!("ahead-{i}")] = json!({"name": "A", "sentOn": "9999-12-01",
            "goneOn": "9999-12-31", "confirmedOn": "9999-12-31"});
    }
    s.put_raw(warden_core::state::STATE_KEY, st);
    assert_eq!(figures(&s, "2026-11-20"), before);
    assert_eq!(popup(&s, "2026-11-20")["outcomes"], outcomes_before);
}
