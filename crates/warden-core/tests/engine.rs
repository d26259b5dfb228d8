//! The engine end to end over the in-memory store, with an injected clock.

mod common;

use common::{at, later, reading};
use serde_json::{json, Value};
use warden_core::date::{FixedClock, DAY_MS};
use warden_core::request::Request;
use warden_core::state::{ASIDE_PREFIX, STATE_KEY};
use warden_core::store::{block_on, MemoryStore};

/// Asks the engine; an annotate request may list each card's texts as `ageTexts`, which are
/// turned into the request's table of distinct texts (as the content script sends them).
fn ask(store: &MemoryStore, clock: &FixedClock, mut req: Value) -> Value {
    if req["kind"] == "annotate" {
        let mut texts: Vec<Value> = Vec::new();
        for card in req["cards"].as_array_mut().unwrap() {
            let Some(list) = card.as_object_mut().unwrap().remove("ageTexts") else {
                continue;
            };
            let ages: Vec<usize> = list
                .as_array()
                .unwrap()
                .iter()
                .map(|t| match texts.iter().position(|x| x == t) {
                    Some(i) => i,
                    None => {
                        texts.push(t.clone());
                        texts.len() - 1
                    }
                })
                .collect();
            card["ages"] = json!(ages);
        }
        req["texts"] = json!(texts);
    }
    let mut answer = common::ask(store, clock, req);
    // An annotate answer's cards point into its table of verdicts: put each card's verdict in
    // it (with its slug), as the content script does.
    if let Some(table) = answer.get("verdicts").cloned() {
        for card in answer["cards"].as_array_mut().unwrap() {
            if card.is_null() {
                continue;
            }
            let mut v = table[card["verdict"].as_u64().unwrap() as usize].clone();
            v["slug"] = card["slug"].clone();
            *card = v;
        }
    }
    answer
}

/// The stored state as JSON text.
fn stored_text(store: &MemoryStore) -> String {
    store.raw(STATE_KEY).unwrap().to_string()
}

#[test]
fn annotate_reads_ages_keeps_and_totals() {
    let store = MemoryStore::new();
    let clock = at("2026-11-29");
    ask(
        &store,
        &clock,
        json!({"kind": "setKeep", "href": "/in/kept-one/", "name": "Kept One", "keep": true}),
    );
    let a = ask(
        &store,
        &clock,
        json!({"kind": "annotate", "visit": 1, "totals": [{"text": "Received"}, {"text": "People (57)"}], "cards": [
            {"href": "/in/fresh/", "ageTexts": ["Fresh Person", "Sent today"]},
            {"href": "/in/stale/", "ageTexts": ["Sent a month ago"]},
            {"href": "/in/consider/", "ageTexts": ["Envoyée il y a 3 semaines"]},
            {"href": "/in/kept-one/", "ageTexts": ["Sent 2 years ago"]},
            {"href": "/in/timed/", "ageTexts": ["Sent 1 day ago"], "datetime": "2026-11-01T10:00:00Z"},
            {"href": "/in/unknown/", "ageTexts": ["Jane", "Product manager"]}
        ]}),
    );
    assert_eq!(a["total"], 57);
    assert_eq!(a["today"], "2026-11-29");
    let cards = a["cards"].as_array().unwrap();
    let pick = |i: usize| {
        (
            cards[i]["ageDays"].clone(),
            cards[i]["bucket"].clone(),
            cards[i]["hint"].clone(),
        )
    };
    assert_eq!(pick(0), (json!(0), json!("fresh"), json!("wait")));
    assert_eq!(pick(1), (json!(30), json!("stale"), json!("withdraw")));
    assert_eq!(pick(2), (json!(21), json!("waiting"), json!("consider")));
    assert_eq!(pick(3), (json!(730), json!("stale"), json!("keep")));
    assert_eq!(
        cards[3]["stale"], true,
        "a kept person still counts as stale by age"
    );
    assert_eq!(pick(4).0, json!(28), "<time datetime> wins over words");
    assert_eq!(cards[5], Value::Null, "unknown text is not guessed");
    assert_eq!(cards[0]["reinviteOn"], "2026-12-20");
}

#[test]
fn withdrawal_cooldown_runs_then_ends() {
    let store = MemoryStore::new();
    let r = ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "withdrawn", "href": "https://www.linkedin.com/in/Jane-Doe/", "name": " Jane  Doe ", "ageDays": 30}),
    );
    assert_eq!(r["until"], "2026-12-20");
    let p = ask(
        &store,
        &at("2026-12-19"),
        json!({"kind": "profile", "href": "/in/jane-doe/"}),
    );
    assert_eq!(p["withdrawal"]["state"], "active");
    assert_eq!(p["withdrawal"]["daysLeft"], 1);
    assert_eq!(p["withdrawal"]["name"], "Jane Doe");
    let p = ask(
        &store,
        &at("2026-12-20"),
        json!({"kind": "profile", "href": "/in/jane-doe/"}),
    );
    assert_eq!(p["withdrawal"]["state"], "ended");
    assert_eq!(p["withdrawal"]["until"], "2026-12-20");
    let p = ask(
        &store,
        &at("2026-12-20"),
        json!({"kind": "profile", "href": "/in/someone-else/"}),
    );
    assert_eq!(p["withdrawal"], Value::Null);
}

#[test]
fn the_banner_names_a_pending_invitation_only_when_sent_after_the_cooldown() {
    let store = MemoryStore::new();
    let seen = |age: u32| json!({"kind": "sentPageSeen", "visit": 0, "people": [{"href": "/in/jane-doe/", "name": "Jane Doe", "ageDays": age}]});
    ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "withdrawn", "href": "/in/jane-doe/", "name": "Jane Doe"}),
    );
    // Another tab, not yet refreshed, still lists the withdrawn invitation (10 days old).
    ask(&store, &at("2026-11-29"), seen(10));
    let p = ask(
        &store,
        &at("2026-11-30"),
        json!({"kind": "profile", "href": "/in/jane-doe/"}),
    );
    assert_eq!(p["withdrawal"]["state"], "active");
    assert_eq!(
        p["pendingSince"],
        Value::Null,
        "the withdrawn invitation is not pending"
    );
    // After the cooldown (ended 2026-12-20) the user invited again; the Sent page shows it.
    ask(&store, &at("2026-12-27"), seen(5));
    let p = ask(
        &store,
        &at("2026-12-28"),
        json!({"kind": "profile", "href": "/in/jane-doe/"}),
    );
    assert_eq!(p["withdrawal"]["state"], "ended");
    assert_eq!(p["pendingSince"], "2026-12-22");
    // Someone never withdrawn: the reading is shown as it is.
    ask(
        &store,
        &at("2026-12-28"),
        json!({"kind": "sentPageSeen", "visit": 0, "people": [{"href": "/in/other/", "name": "Other", "ageDays": 3}]}),
    );
    let p = ask(
        &store,
        &at("2026-12-28"),
        json!({"kind": "profile", "href": "/in/other/"}),
    );
    assert_eq!(p["pendingSince"], "2026-12-25");
}

#[test]
fn a_withdrawal_keeps_the_headline_read_on_the_card() {
    let store = MemoryStore::new();
    ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "withdrawn", "href": "/in/jd/", "name": "Jane Doe", "ageDays": 30,
        "texts": ["JD", "Jane Doe", "Head of Sales at Acme", "Sent a month ago", "Withdraw"]}),
    );
    let text = ask(&store, &at("2026-11-29"), json!({"kind": "exportJson"}))["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let backup: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        backup["withdrawals"][0]["headline"],
        "Head of Sales at Acme"
    );
    assert_eq!(backup["withdrawals"][0]["ageDays"], 30);
}

#[test]
fn cooldown_follows_the_setting_at_withdrawal_time() {
    let store = MemoryStore::new();
    let clock = at("2026-11-29");
    let mut settings = ask(&store, &clock, json!({"kind": "settings"}))["settings"].clone();
    settings["cooldownDays"] = json!(30);
    assert_eq!(
        ask(
            &store,
            &clock,
            json!({"kind": "saveSettings", "settings": settings})
        )["ok"],
        true
    );
    let r = ask(
        &store,
        &clock,
        json!({"kind": "withdrawn", "href": "/in/x/", "name": "X"}),
    );
    assert_eq!(r["until"], "2026-12-29");
}

#[test]
fn invalid_settings_are_refused_and_not_saved() {
    let store = MemoryStore::new();
    let clock = at("2026-11-29");
    let r = ask(
        &store,
        &clock,
        json!({"kind": "saveSettings", "settings": {"weeklyLimit": 0}}),
    );
    assert_eq!(r["ok"], false);
    assert_eq!(r["errors"][0]["field"], "weeklyLimit");
    assert_eq!(
        ask(&store, &clock, json!({"kind": "settings"}))["settings"]["weeklyLimit"],
        100
    );
}

#[test]
fn quota_counts_each_person_once_over_a_rolling_week() {
    let store = MemoryStore::new();
    ask(
        &store,
        &at("2026-11-20"),
        json!({"kind": "inviteSent", "href": "/in/old/", "name": "Old"}),
    );
    ask(
        &store,
        &at("2026-11-25"),
        json!({"kind": "inviteSent", "href": "/in/a/", "name": "A"}),
    );
    ask(
        &store,
        &at("2026-11-26"),
        json!({"kind": "inviteSent", "name": "No Link"}),
    );
    ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "sentPageSeen", "visit": 0, "people": [
            {"href": "/in/a/", "name": "A", "ageDays": 4},
            {"href": "/in/b/", "name": "B", "ageDays": 6},
            {"href": "/in/c/", "name": "C", "ageDays": 7}
        ]}),
    );
    let v = ask(&store, &at("2026-11-29"), json!({"kind": "popup"}));
    // a (sent + card, once), "No Link", b; not old (9 days), not c (7 days old).
    assert_eq!(v["quota"]["used"], 3);
    assert_eq!(v["quota"]["limit"], 100);
    assert_eq!(v["quota"]["remaining"], 97);
    assert_eq!(
        v["quota"]["nextFreeOn"], "2026-11-30",
        "b, sent on 11-23, frees its slot on 11-30"
    );
    assert_eq!(v["pending"]["count"], 3);
    assert_eq!(v["pending"]["readOn"], "2026-11-29");
}

#[test]
fn popup_lists_cooldowns_soonest_first_and_recently_ended_apart() {
    let store = MemoryStore::new();
    ask(
        &store,
        &at("2026-10-01"),
        json!({"kind": "withdrawn", "href": "/in/long-ago/", "name": "Long Ago"}),
    );
    ask(
        &store,
        &at("2026-11-01"),
        json!({"kind": "withdrawn", "href": "/in/ended/", "name": "Ended"}),
    );
    ask(
        &store,
        &at("2026-11-20"),
        json!({"kind": "withdrawn", "href": "/in/later/", "name": "Later"}),
    );
    ask(
        &store,
        &at("2026-11-15"),
        json!({"kind": "withdrawn", "href": "/in/sooner/", "name": "<b>Sooner</b>"}),
    );
    let v = ask(&store, &at("2026-11-29"), json!({"kind": "popup"}));
    let names: Vec<&str> = v["cooldowns"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["<b>Sooner</b>", "Later"]);
    assert_eq!(v["cooldowns"][0]["until"], "2026-12-06");
    assert_eq!(v["cooldowns"][0]["daysLeft"], 7);
    let ended: Vec<&str> = v["ended"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        ended,
        ["Ended"],
        "ended 7 days ago; Long Ago ended 38 days ago"
    );
}

#[test]
fn backup_round_trip_loses_nothing() {
    let a = MemoryStore::new();
    ask(
        &a,
        &at("2026-11-01"),
        json!({"kind": "withdrawn", "href": "/in/one/", "name": "One", "ageDays": 40}),
    );
    ask(
        &a,
        &at("2026-11-28"),
        json!({"kind": "withdrawn", "href": "/in/two/", "name": "Two \"Quoted\", Esq."}),
    );
    ask(
        &a,
        &at("2026-11-28"),
        json!({"kind": "setKeep", "href": "/in/vip/", "name": "VIP", "keep": true}),
    );
    let text = ask(&a, &at("2026-11-29"), json!({"kind": "exportJson"}))["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let backup: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(backup["format"], "warden-backup");
    assert_eq!(backup["version"], 2);
    assert_eq!(backup["withdrawals"].as_array().unwrap().len(), 2);

    let b = MemoryStore::new();
    let r = ask(
        &b,
        &at("2026-11-29"),
        json!({"kind": "import", "text": text}),
    );
    assert_eq!(
        (r["ok"].clone(), r["added"].clone()),
        (json!(true), json!(2))
    );
    let again = ask(&b, &at("2026-11-29"), json!({"kind": "exportJson"}))["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let again: Value = serde_json::from_str(&again).unwrap();
    assert_eq!(again["withdrawals"], backup["withdrawals"]);
    assert_eq!(again["keeps"][0]["slug"], "vip");
    let v = ask(&b, &at("2026-11-29"), json!({"kind": "popup"}));
    assert_eq!(v["cooldowns"][0]["name"], "Two \"Quoted\", Esq.");
    assert_eq!(v["ended"][0]["name"], "One");
}

#[test]
fn import_merges_later_wins_and_recomputes_the_cooldown() {
    let store = MemoryStore::new();
    ask(
        &store,
        &at("2026-11-20"),
        json!({"kind": "withdrawn", "href": "/in/both/", "name": "Mine"}),
    );
    ask(
        &store,
        &at("2026-11-20"),
        json!({"kind": "withdrawn", "href": "/in/newer-here/", "name": "Newer Here"}),
    );
    let backup = json!({"format": "warden-backup", "version": 1, "withdrawals": [
        {"slug": "both", "name": "Theirs", "withdrawnAt": "2026-11-25T10:00:00.000Z"},
        {"slug": "newer-here", "name": "Older There", "withdrawnAt": "2026-11-01T10:00:00.000Z"},
        {"slug": "thirty-days-ago", "name": "Thirty", "withdrawnAt": "2026-10-30T10:00:00Z"}
    ]});
    let r = ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "import", "text": backup.to_string()}),
    );
    assert_eq!(
        (
            r["added"].clone(),
            r["updated"].clone(),
            r["unchanged"].clone()
        ),
        (json!(1), json!(1), json!(1))
    );
    let p = ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "profile", "href": "/in/both/"}),
    );
    assert_eq!(p["withdrawal"]["until"], "2026-12-16");
    assert_eq!(p["withdrawal"]["name"], "Theirs");
    let p = ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "profile", "href": "/in/newer-here/"}),
    );
    assert_eq!(p["withdrawal"]["name"], "Newer Here");
    let p = ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "profile", "href": "/in/thirty-days-ago/"}),
    );
    assert_eq!(p["withdrawal"]["state"], "ended");
    assert_eq!(p["withdrawal"]["until"], "2026-11-20");
}

#[test]
fn a_bad_backup_changes_nothing() {
    let store = MemoryStore::new();
    ask(
        &store,
        &at("2026-11-20"),
        json!({"kind": "withdrawn", "href": "/in/kept/", "name": "Kept"}),
    );
    let before = store.raw(STATE_KEY);
    for (text, why) in [
        ("not json at all", "notJson"),
        ("{}", "notBackup"),
        (
            r#"{"format":"warden-backup","version":3,"withdrawals":[]}"#,
            "newerVersion",
        ),
        (
            r#"{"format":"warden-backup","version":2,"withdrawals":[],"history":[{"slug":"ok","outcome":"accepted","sentOn":"2026-11-01","on":"not a day"}]}"#,
            "badEntry",
        ),
        (
            r#"{"format":"warden-backup","version":2,"withdrawals":[],"history":[{"slug":"ok","outcome":"accepted","sentOn":"2026-11-05","on":"2026-11-01"}]}"#,
            "badEntry",
        ),
        (
            r#"{"format":"warden-backup","version":2,"withdrawals":[],"history":[{"slug":"ok","outcome":"won","sentOn":"2026-11-01","on":"2026-11-02"}]}"#,
            "badEntry",
        ),
        (
            r#"{"format":"warden-backup","version":"1","withdrawals":[]}"#,
            "badVersion",
        ),
        (r#"{"format":"warden-backup","version":1}"#, "noWithdrawals"),
        (
            r#"{"format":"warden-backup","version":1,"withdrawals":[{"slug":"ok","name":"Ok","withdrawnAt":"2026-11-01T00:00:00Z"},{"slug":"bad","name":"Bad","withdrawnAt":"yesterday"}]}"#,
            "badEntry",
        ),
        (
            r#"{"format":"warden-backup","version":1,"withdrawals":[{"slug":"../../etc","name":"X","withdrawnAt":"2026-11-01T00:00:00Z"}]}"#,
            "badEntry",
        ),
    ] {
        let r = ask(
            &store,
            &at("2026-11-29"),
            json!({"kind": "import", "text": text}),
        );
        assert_eq!(r["ok"], false, "{text}");
        assert_eq!(r["error"], why, "{text}");
        assert_eq!(store.raw(STATE_KEY), before, "{text} changed the state");
    }
}

#[test]
fn unreadable_storage_is_kept_aside_and_reported() {
    let store = MemoryStore::new();
    store.put_text(STATE_KEY, "{\"schema\":1,\"withdrawals\":{\"x\":"); // truncated write
    let clock = at("2026-11-29");
    // Reading never overwrites it.
    let v = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(v["notices"][0]["kind"], "unreadable");
    assert_eq!(
        store.raw(STATE_KEY).unwrap(),
        json!("{\"schema\":1,\"withdrawals\":{\"x\":")
    );
    // The first write copies it aside, then starts afresh, and says where the copy is.
    ask(
        &store,
        &clock,
        json!({"kind": "withdrawn", "href": "/in/new/", "name": "New"}),
    );
    let aside: Vec<String> = store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(ASIDE_PREFIX))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        store.raw(&aside[0]).unwrap(),
        json!("{\"schema\":1,\"withdrawals\":{\"x\":")
    );
    let v = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(v["notices"][0]["key"], aside[0].as_str());
    assert_eq!(v["cooldowns"][0]["slug"], "new");
}

#[test]
fn a_newer_schema_is_never_overwritten_in_place() {
    let store = MemoryStore::new();
    let future = json!({"schema": 99, "withdrawals": {"x": {"anything": "new"}}});
    store.put_raw(STATE_KEY, future.clone());
    ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "setKeep", "href": "/in/a/", "name": "A", "keep": true}),
    );
    let aside = store
        .keys()
        .into_iter()
        .find(|k| k.starts_with(ASIDE_PREFIX))
        .unwrap();
    assert_eq!(store.raw(&aside).unwrap(), future);
}

#[test]
fn failed_writes_are_retried_then_reported() {
    let store = MemoryStore::new();
    let clock = at("2026-11-29");
    store.fail_next_writes(2);
    let r = ask(
        &store,
        &clock,
        json!({"kind": "withdrawn", "href": "/in/a/", "name": "A"}),
    );
    assert_eq!(r["ok"], true, "two failures are absorbed by the retries");
    store.fail_next_writes(10);
    let r = ask(
        &store,
        &clock,
        json!({"kind": "withdrawn", "href": "/in/b/", "name": "B"}),
    );
    assert!(
        r["error"].as_str().unwrap().starts_with("writeFailed"),
        "{r}"
    );
    store.fail_next_writes(0);
    let v = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(
        v["cooldowns"].as_array().unwrap().len(),
        1,
        "a stays, b was reported as not saved"
    );
}

#[test]
fn interleaved_writes_from_two_tabs_lose_nothing() {
    // The background answers one request at a time; each loads, changes and saves the state.
    let store = MemoryStore::new();
    let clock = at("2026-11-29");
    for i in 0..50 {
        ask(
            &store,
            &clock,
            json!({"kind": "withdrawn", "href": format!("/in/tab-a-{i}/"), "name": "A"}),
        );
        ask(
            &store,
            &clock,
            json!({"kind": "withdrawn", "href": format!("/in/tab-b-{i}/"), "name": "B"}),
        );
    }
    let v = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(v["cooldowns"].as_array().unwrap().len(), 100);
}

#[test]
fn pruning_never_drops_a_running_cooldown() {
    let store = MemoryStore::new();
    ask(
        &store,
        &at("2024-01-01"),
        json!({"kind": "withdrawn", "href": "/in/ancient/", "name": "Ancient"}),
    );
    // Ordinary use in between (a write every 25 days): the steady clock sees the time pass
    // (a clock that only jumped would prune no record of the user's; see reliability.rs).
    let start = at("2024-01-01");
    for n in 1..=40 {
        ask(
            &store,
            &later(&start, 25 * n),
            json!({"kind": "dismissNotices"}),
        );
    }
    let mut s = ask(&store, &at("2026-11-01"), json!({"kind": "settings"}))["settings"].clone();
    s["cooldownDays"] = json!(365);
    ask(
        &store,
        &at("2026-11-01"),
        json!({"kind": "saveSettings", "settings": s}),
    );
    ask(
        &store,
        &at("2026-11-01"),
        json!({"kind": "withdrawn", "href": "/in/long-cooldown/", "name": "Long"}),
    );
    // Two years on: the ancient one (ended 2024-01-22) is pruned, the running one stays.
    let v = ask(&store, &at("2027-10-01"), json!({"kind": "dismissNotices"}));
    assert_eq!(v["ok"], true);
    let text = stored_text(&store);
    assert!(!text.contains("ancient"));
    assert!(text.contains("long-cooldown"));
}

#[test]
fn csv_guards_against_formulas() {
    let store = MemoryStore::new();
    ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "withdrawn", "href": "/in/evil/", "name": "=HYPERLINK(\"x\")"}),
    );
    ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "sentPageSeen", "visit": 0, "people": [{"href": "/in/p/", "name": "Pat, Jr.", "ageDays": 3}]}),
    );
    let csv = ask(&store, &at("2026-11-29"), json!({"kind": "exportCsv"}))["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "type,slug,name,sent_on,age_days,withdrawn_on,until,state"
    );
    assert_eq!(lines[1], "pending,p,\"Pat, Jr.\",2026-11-26,3,,,");
    assert_eq!(
        lines[2],
        "cooldown,evil,\"'=HYPERLINK(\"\"x\"\")\",,,2026-11-29,2026-12-20,active"
    );
}

#[test]
fn malformed_requests_are_errors_not_panics() {
    assert!(serde_json::from_value::<Request>(json!({"kind": "nope"})).is_err());
    let store = MemoryStore::new();
    let r = ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "withdrawn", "href": "/company/x/", "name": "X"}),
    );
    assert_eq!(r["error"], "badProfileLink");
    let _ = DAY_MS;
}

#[test]
fn the_settings_form_is_checked_field_by_field_and_saved_only_when_all_are_valid() {
    let store = MemoryStore::new();
    let clock = at("2026-11-29");
    let form = json!({"weeklyLimit": "abc", "pendingThreshold": "-3", "freshDays": "1.5", "considerDays": " 21 ",
        "staleDays": "99999999999999999999", "cooldownDays": "", "debug": true});
    let r = ask(
        &store,
        &clock,
        json!({"kind": "saveSettingsForm", "form": form}),
    );
    assert_eq!(r["ok"], false);
    let got: Vec<(String, String)> = r["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_owned(),
                e["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let want = [
        ("weeklyLimit", "notWholeNumber"),
        ("pendingThreshold", "outOfRange"),
        ("freshDays", "notWholeNumber"),
        ("staleDays", "outOfRange"),
        ("cooldownDays", "notWholeNumber"),
    ];
    assert_eq!(got, want.map(|(f, r)| (f.to_owned(), r.to_owned())));
    let settings = ask(&store, &clock, json!({"kind": "settings"}))["settings"].clone();
    assert_eq!(
        (settings["weeklyLimit"].clone(), settings["debug"].clone()),
        (json!(100), json!(false)),
        "nothing saved"
    );

    // Cross-field rules name the later field.
    let r = ask(
        &store,
        &clock,
        json!({"kind": "saveSettingsForm", "form": {"considerDays": "30", "staleDays": "30"}}),
    );
    assert_eq!(
        r["errors"],
        json!([{"field": "staleDays", "reason": "staleNotAfterConsider"}])
    );

    // Valid text (and numbers) are saved; left-out fields keep their value.
    let r = ask(
        &store,
        &clock,
        json!({"kind": "saveSettingsForm", "form": {"weeklyLimit": " 150", "cooldownDays": 30, "debug": true}}),
    );
    assert_eq!(r["ok"], true, "{r}");
    let v = ask(&store, &clock, json!({"kind": "popup"}));
    assert_eq!(v["quota"]["limit"], 150);
    assert_eq!(v["settings"]["cooldownDays"], 30);
    assert_eq!(v["settings"]["staleDays"], 28);
    assert_eq!(v["settings"]["debug"], true);
    assert_eq!(
        v["settingFields"][0],
        json!({"name": "weeklyLimit", "unit": "invitations", "min": 1, "max": 1000, "label": "popup_field_weeklyLimit"})
    );
    assert_eq!(
        v["settingFields"][6],
        json!({"name": "debug", "unit": "switch", "min": null, "max": null, "label": "popup_field_debug"})
    );
    assert_eq!(v["importMaxBytes"], 5 * 1024 * 1024);
}

#[test]
fn the_monthly_review_is_due_30_days_after_the_last_reading() {
    let store = MemoryStore::new();
    let v = ask(&store, &at("2026-11-29"), json!({"kind": "popup"}));
    assert_eq!(v["pending"]["reviewDue"], true, "never read: due");
    ask(
        &store,
        &at("2026-10-31"),
        json!({"kind": "sentPageSeen", "visit": 0, "people": []}),
    );
    let v = ask(&store, &at("2026-11-29"), json!({"kind": "popup"}));
    assert_eq!(v["pending"]["reviewDue"], false, "29 days: not yet");
    let v = ask(&store, &at("2026-11-30"), json!({"kind": "popup"}));
    assert_eq!(v["pending"]["reviewDue"], true, "30 days: due");
    assert_eq!(v["pending"]["readOn"], "2026-10-31");
}

#[test]
fn linkedins_weekly_limit_message_is_shown_for_a_week() {
    let store = MemoryStore::new();
    ask(&store, &at("2026-11-20"), json!({"kind": "limitReached"}));
    let v = ask(&store, &at("2026-11-26"), json!({"kind": "popup"}));
    assert_eq!(v["quota"]["limitReachedAt"], "2026-11-20T12:00:00.000Z");
    let v = ask(&store, &at("2026-11-27"), json!({"kind": "popup"}));
    assert_eq!(v["quota"]["limitReachedAt"], Value::Null);
}

#[test]
fn pending_total_over_the_threshold_is_flagged() {
    let store = MemoryStore::new();
    ask(
        &store,
        &at("2026-11-29"),
        json!({"kind": "sentPageSeen", "visit": 0, "totals": [{"text": "People (501)"}], "people": []}),
    );
    let v = ask(&store, &at("2026-11-29"), json!({"kind": "popup"}));
    assert_eq!(
        (
            v["pending"]["over"].clone(),
            v["pending"]["threshold"].clone()
        ),
        (json!(true), json!(500))
    );
}

#[test]
fn a_withdrawal_that_did_not_hold_ends_its_cooldown_and_says_so_once() {
    let store = MemoryStore::new();
    let withdrawn_at = at("2026-11-29");
    ask(
        &store,
        &withdrawn_at,
        json!({"kind": "withdrawn", "href": "/in/jane-doe/", "name": "Jane Doe", "ageDays": 30}),
    );
    let seen = |age: u32, opened: i64| json!({"kind": "sentPageSeen", "people": [{"href": "/in/jane-doe/", "name": "Jane Doe", "ageDays": age}], "visit": opened});
    let later = at("2026-12-01");
    let before = warden_core::date::Clock::now(&withdrawn_at) - 60_000;
    let after = warden_core::date::Clock::now(&later);
    // A tab opened before the withdrawal still lists her: that proves nothing.
    ask(&store, &later, seen(32, before));
    let p = ask(
        &store,
        &later,
        json!({"kind": "profile", "href": "/in/jane-doe/"}),
    );
    assert_eq!(p["withdrawal"]["state"], "active");
    // A view opened after it lists her at an age older than the withdrawal: it did not hold.
    ask(&store, &later, seen(32, after));
    let p = ask(
        &store,
        &later,
        json!({"kind": "profile", "href": "/in/jane-doe/"}),
    );
    assert_eq!(p["withdrawal"], Value::Null, "the cooldown ended");
    assert_eq!(p["pendingSince"], "2026-10-30", "she is pending again");
    let popup = ask(&store, &later, json!({"kind": "popup"}));
    let notices: Vec<_> = popup["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "withdrawalNotHeld")
        .collect();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0]["key"], "Jane Doe");
    // Seen again: no second notice.
    ask(&store, &later, seen(32, after));
    let popup = ask(&store, &later, json!({"kind": "popup"}));
    let count = popup["notices"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["kind"] == "withdrawalNotHeld")
        .count();
    assert_eq!(count, 1, "said once");
}

#[test]
fn a_reinvitation_after_the_cooldown_is_not_a_withdrawal_that_did_not_hold() {
    let store = MemoryStore::new();
    ask(
        &store,
        &at("2026-11-01"),
        json!({"kind": "withdrawn", "href": "/in/jane-doe/", "name": "Jane Doe"}),
    );
    let later = at("2026-11-30");
    let opened = warden_core::date::Clock::now(&later);
    // Invited again on 2026-11-25 (5 days ago), after the cooldown's end on 2026-11-22.
    ask(
        &store,
        &later,
        json!({"kind": "sentPageSeen", "people": [{"href": "/in/jane-doe/", "name": "Jane Doe", "ageDays": 5}], "visit": opened}),
    );
    let p = ask(
        &store,
        &later,
        json!({"kind": "profile", "href": "/in/jane-doe/"}),
    );
    assert_eq!(p["withdrawal"]["state"], "ended", "the record stays");
}

#[test]
fn layout_reports_are_kept_beside_the_state_and_read_back() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let none = ask(&store, &clock, json!({"kind": "layoutReport"}));
    assert_eq!(none, json!({"sent": null, "profile": null}));
    let long = "é".repeat(40_000); // 80,000 bytes: cut at a character boundary
    assert_eq!(
        ask(
            &store,
            &clock,
            json!({"kind": "layoutSeen", "page": "sent", "report": long})
        )["ok"],
        true
    );
    assert_eq!(
        ask(
            &store,
            &clock,
            json!({"kind": "layoutSeen", "page": "profile", "report": "p"})
        )["ok"],
        true
    );
    let both = ask(&store, &clock, json!({"kind": "layoutReport"}));
    assert_eq!(both["sent"].as_str().unwrap().len(), 64 * 1024);
    assert_eq!(both["profile"], "p");
    assert_eq!(
        block_on(warden_core::store::Store::get(&store, STATE_KEY)).unwrap(),
        None,
        "the state is not touched"
    );
    let bad = Request::from_json(r#"{"kind": "layoutSeen", "page": "feed", "report": "x"}"#);
    assert!(bad
        .unwrap_err()
        .to_string()
        .contains("unknown variant `feed`"));
}

#[test]
fn the_vocabulary_holds_the_age_words_of_every_language() {
    let store = MemoryStore::new();
    let words = ask(&store, &at("2026-12-02"), json!({"kind": "vocabulary"}));
    let words: Vec<&str> = words["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    for w in [
        "sent", "ago", "weeks", "envoyee", "il", "gesendet", "vor", "enviado", "ha", "fa",
        "geleden", "people", "personen",
    ] {
        assert!(words.contains(&w), "{w}");
    }
    let mut sorted = words.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, words, "sorted, once each");
}

#[test]
fn every_error_key_the_core_answers_with_is_declared() {
    use warden_core::keys::{IMPORT_ERRORS, REQUEST_ERRORS, SETTINGS_ERRORS};
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    // Each import refusal, from a file that causes it.
    let newer = json!({"format": "warden-backup", "version": 99, "withdrawals": []}).to_string();
    let entry =
        json!({"format": "warden-backup", "version": 1, "withdrawals": [{"slug": 5}]}).to_string();
    let files = [
        "x".repeat(20 * 1024 * 1024),
        "not json".into(),
        "{}".into(),
        newer,
        r#"{"format": "warden-backup", "version": "one", "withdrawals": []}"#.into(),
        r#"{"format": "warden-backup", "version": 1}"#.into(),
        entry,
        // Nested deeper than any backup: refused before it is parsed.
        format!("{}{}", "[".repeat(2000), "]".repeat(2000)),
    ];
    let mut seen: Vec<String> = files
        .iter()
        .map(|text| {
            ask(&store, &clock, json!({"kind": "import", "text": text}))["error"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let not_utf8 = ask(
        &store,
        &clock,
        json!({"kind": "readFile", "bytes": [0xff, 0xfe]}),
    );
    seen.push(not_utf8["error"].as_str().unwrap().to_owned());
    // A copy set aside that this build cannot read (a bad shape), asked to be restored.
    store.put_raw(STATE_KEY, json!({"schema": 2, "keeps": [1]}));
    ask(&store, &clock, json!({"kind": "limitReached"}));
    let key = ask(&store, &clock, json!({"kind": "popup"}))["setAside"][0]["key"].clone();
    let copy = ask(&store, &clock, json!({"kind": "restoreAside", "key": key}));
    seen.push(copy["error"].as_str().unwrap().to_owned());
    seen.sort();
    let mut declared: Vec<String> = IMPORT_ERRORS.iter().map(|s| s.to_string()).collect();
    declared.sort();
    assert_eq!(
        seen, declared,
        "every import error is reachable and declared"
    );
    // Each settings refusal, from a form that causes it.
    let forms = [
        json!({"weeklyLimit": "ten"}),
        json!({"weeklyLimit": "0"}),
        json!({"freshDays": "10", "considerDays": "5"}),
        json!({"considerDays": "21", "staleDays": "21"}),
    ];
    for (form, reason) in forms.iter().zip(SETTINGS_ERRORS) {
        let a = ask(
            &store,
            &clock,
            json!({"kind": "saveSettingsForm", "form": form}),
        );
        let reasons: Vec<&str> = a["errors"]
            .as_array()
            .unwrap_or_else(|| panic!("{a}"))
            .iter()
            .map(|e| e["reason"].as_str().unwrap())
            .collect();
        assert!(reasons.contains(&reason), "{form}: {reasons:?}");
        assert!(
            reasons.iter().all(|r| SETTINGS_ERRORS.contains(r)),
            "{reasons:?}"
        );
    }
    // Request errors.
    let bad_link = ask(
        &store,
        &clock,
        json!({"kind": "withdrawn", "href": "/feed/", "name": "A"}),
    );
    assert_eq!(bad_link["error"], "badProfileLink");
    let nobody = ask(&store, &clock, json!({"kind": "inviteSent", "name": ""}));
    assert_eq!(nobody["error"], "unknownPerson");
    store.fail_next_writes(10);
    let failed = ask(
        &store,
        &clock,
        json!({"kind": "setKeep", "href": "/in/a/", "name": "A", "keep": true}),
    );
    store.fail_next_writes(0);
    let key = failed["error"]
        .as_str()
        .unwrap()
        .split(':')
        .next()
        .unwrap()
        .to_owned();
    for k in ["badProfileLink", "unknownPerson", key.as_str()] {
        assert!(REQUEST_ERRORS.contains(&k), "{k}");
    }
}

#[test]
fn withdrawing_this_weeks_invitations_gives_no_quota_slot_back() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    let quota = || ask(&store, &clock, json!({"kind": "popup"}))["quota"]["used"].clone();
    ask(
        &store,
        &clock,
        json!({"kind": "sentPageSeen", "visit": 0, "people": [
            {"href": "/in/a/", "name": "A", "ageDays": 2},
            {"href": "/in/b/", "name": "B", "ageDays": 6},
            {"href": "/in/c/", "name": "C", "ageDays": 30}
        ]}),
    );
    ask(
        &store,
        &clock,
        json!({"kind": "inviteSent", "href": "/in/d/", "name": "D"}),
    );
    assert_eq!(quota(), 3, "a, b and d were invited this week");
    // The core reads each card's age from its texts (the datetime of a <time> first).
    for (slug, texts, datetime) in [
        ("a", json!(["A", "Sent 2 days ago"]), None),
        (
            "b",
            json!(["B", "Withdraw", "Envoyée il y a 6 jours"]),
            None,
        ),
        ("c", json!(["C", "Sent 1 month ago"]), None),
        (
            "d",
            json!(["D", "Sent 3 weeks ago"]),
            Some("2026-12-02T08:00:00Z"),
        ),
    ] {
        let r = ask(
            &store,
            &clock,
            json!({"kind": "withdrawn", "href": format!("/in/{slug}/"), "name": slug, "texts": texts, "datetime": datetime}),
        );
        assert_eq!(r["ok"], true, "{r}");
    }
    let ages = ask(&store, &clock, json!({"kind": "exportJson"}))["text"]
        .as_str()
        .unwrap()
        .to_owned();
    let ages: Value = serde_json::from_str(&ages).unwrap();
    let ages: Vec<Value> = ages["withdrawals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["ageDays"].clone())
        .collect();
    assert_eq!(ages, [json!(2), json!(6), json!(30), json!(0)]);
    assert_eq!(
        quota(),
        3,
        "withdrawn or not, they count until their week is over"
    );
    let popup = ask(&store, &at("2026-12-03"), json!({"kind": "popup"}));
    assert_eq!(
        popup["quota"]["used"], 2,
        "b's week ended (sent 2026-11-26)"
    );
}

#[test]
fn a_finished_review_restarts_the_monthly_reminder_and_survives_a_save() {
    let store = MemoryStore::new();
    let seen = json!({"kind": "sentPageSeen", "visit": 0, "people": []});
    ask(&store, &at("2026-11-01"), seen.clone());
    assert_eq!(
        ask(&store, &at("2026-12-01"), json!({"kind": "popup"}))["pending"]["reviewDue"],
        true
    );
    let done = ask(&store, &at("2026-12-01"), json!({"kind": "reviewDone"}));
    assert_eq!(done["reviewedOn"], "2026-12-01");
    // Another write in between keeps the date (the state's own field, written and read back).
    ask(&store, &at("2026-12-05"), seen);
    let v = ask(&store, &at("2026-12-30"), json!({"kind": "popup"}));
    assert_eq!(v["pending"]["reviewDue"], false, "29 days after the review");
    let v = ask(&store, &at("2026-12-31"), json!({"kind": "popup"}));
    assert_eq!(v["pending"]["reviewDue"], true, "a month after the review");
}

#[test]
fn review_mode_marks_the_cards_to_act_on_and_skips_kept_people() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    ask(
        &store,
        &clock,
        json!({"kind": "setKeep", "href": "/in/kept/", "name": "K", "keep": true}),
    );
    let a = ask(
        &store,
        &clock,
        json!({"kind": "annotate", "visit": 1, "cards": [
            {"href": "/in/fresh/", "ageTexts": ["Sent today"]},
            {"href": "/in/consider/", "ageTexts": ["Sent 3 weeks ago"]},
            {"href": "/in/stale/", "ageTexts": ["Sent 2 months ago"]},
            {"href": "/in/kept/", "ageTexts": ["Sent 2 months ago"]}
        ]}),
    );
    let review: Vec<&str> = a["cards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["review"].as_str().unwrap())
        .collect();
    assert_eq!(review, ["skip", "todo", "todo", "skip"]);
}

fn outcomes(store: &MemoryStore, date: &str) -> (Value, Value, Value) {
    let o = ask(store, &at(date), json!({"kind": "popup"}))["outcomes"].clone();
    (
        o["accepted"].clone(),
        o["withdrawn"].clone(),
        o["pending"].clone(),
    )
}

#[test]
fn outcomes_follow_the_readings_of_the_sent_list() {
    let store = MemoryStore::new();
    reading(
        &store,
        "2026-12-01",
        &[
            ("a", 2),
            ("b", 5),
            ("c", 10),
            ("d", 40),
            ("f", 60),
            ("e", 200),
        ],
    );
    assert_eq!(
        outcomes(&store, "2026-12-01"),
        (json!(0), json!(0), json!(6)),
        "all pending"
    );
    // Four days later the list shows a, c and f, and stops at f (the user did not scroll on):
    // b and d, younger than f, left the list without a withdrawal; e was not reached.
    reading(&store, "2026-12-05", &[("a", 6), ("c", 14), ("f", 64)]);
    assert_eq!(
        outcomes(&store, "2026-12-05"),
        (json!(2), json!(0), json!(4)),
        "b, d accepted; e merely not loaded"
    );
    // A tab opened before that reading reports b again: an old view proves nothing.
    let old = warden_core::date::Clock::now(&at("2026-12-01"));
    ask(
        &store,
        &at("2026-12-05"),
        json!({"kind": "sentPageSeen", "people": [{"href": "/in/c/", "name": "C", "ageDays": 14}], "visit": old}),
    );
    assert_eq!(outcomes(&store, "2026-12-05").0, json!(2));
    // The user withdraws c.
    ask(
        &store,
        &at("2026-12-06"),
        json!({"kind": "withdrawn", "href": "/in/c/", "name": "C", "ageDays": 15}),
    );
    assert_eq!(
        outcomes(&store, "2026-12-06"),
        (json!(2), json!(1), json!(3))
    );
    // A reading that goes all the way down: e (last seen 200 days old) is gone: expired, not
    // accepted, counted nowhere.
    reading(&store, "2026-12-10", &[("a", 11), ("f", 69), ("z", 300)]);
    assert_eq!(
        outcomes(&store, "2026-12-10"),
        (json!(2), json!(1), json!(3)),
        "a, f, z pending; e expired"
    );
    let p = ask(
        &store,
        &at("2026-12-10"),
        json!({"kind": "profile", "href": "/in/e/"}),
    );
    assert_eq!(p["pendingSince"], Value::Null, "e is no longer pending");
}

#[test]
fn a_withdrawn_person_on_the_list_again_counts_as_pending_once() {
    let store = MemoryStore::new();
    reading(&store, "2026-11-01", &[("a", 2)]);
    ask(
        &store,
        &at("2026-11-02"),
        json!({"kind": "withdrawn", "href": "/in/a/", "name": "A", "ageDays": 3}),
    );
    assert_eq!(
        outcomes(&store, "2026-11-02"),
        (json!(0), json!(1), json!(0))
    );
    // Re-invited after the cooldown: the Sent page lists a again, 2 days old.
    reading(&store, "2026-11-30", &[("a", 2)]);
    assert_eq!(
        outcomes(&store, "2026-11-30"),
        (json!(0), json!(0), json!(1)),
        "counted once, in the latest state"
    );
}

#[test]
fn the_popup_counts_follow_withdrawals_at_once() {
    let store = MemoryStore::new();
    let clock = at("2026-12-02");
    ask(
        &store,
        &clock,
        json!({"kind": "sentPageSeen", "visit": 0, "totals": [{"text": "People (40)"}], "people": [
            {"href": "/in/a/", "name": "A", "ageDays": 30},
            {"href": "/in/b/", "name": "B", "ageDays": 60},
            {"href": "/in/c/", "name": "C", "ageDays": 21},
            {"href": "/in/d/", "name": "D", "ageDays": 3}
        ]}),
    );
    for (slug, age) in [("a", 30), ("c", 21), ("d", 3)] {
        let r = ask(
            &store,
            &clock,
            json!({"kind": "withdrawn", "href": format!("/in/{slug}/"), "name": slug, "ageDays": age}),
        );
        assert_eq!(r["ok"], true);
    }
    let p = ask(&store, &clock, json!({"kind": "popup"}))["pending"].clone();
    assert_eq!(
        (
            p["count"].clone(),
            p["stale"].clone(),
            p["consider"].clone()
        ),
        (json!(37), json!(1), json!(0))
    );
    // A person the reading did not hold changes nothing.
    let r = ask(
        &store,
        &clock,
        json!({"kind": "withdrawn", "href": "/in/zed/", "name": "Z"}),
    );
    assert_eq!(r["stale"], 1, "the toolbar's count");
    assert_eq!(
        ask(&store, &clock, json!({"kind": "popup"}))["pending"]["count"],
        37
    );
}

#[test]
fn a_backup_round_trip_onto_a_fresh_installation_keeps_the_cooldowns_it_had() {
    let made = MemoryStore::new();
    let clock = at("2026-12-02");
    let long = json!({"weeklyLimit": 100, "pendingThreshold": 500, "freshDays": 7, "considerDays": 21, "staleDays": 28, "cooldownDays": 30});
    assert_eq!(
        ask(
            &made,
            &clock,
            json!({"kind": "saveSettings", "settings": long})
        )["ok"],
        true
    );
    ask(
        &made,
        &clock,
        json!({"kind": "withdrawn", "href": "/in/a/", "name": "A"}),
    );
    let file = ask(&made, &clock, json!({"kind": "exportJson"}))["text"]
        .as_str()
        .unwrap()
        .to_owned();
    // Restored on a new computer, untouched: the 30-day cooldown of the backup, not 21 days.
    let fresh = MemoryStore::new();
    let r = ask(&fresh, &clock, json!({"kind": "import", "text": file}));
    assert_eq!(r["ok"], true, "{r}");
    let p = ask(&fresh, &clock, json!({"kind": "profile", "href": "/in/a/"}));
    assert_eq!(p["withdrawal"]["until"], "2027-01-01");
}
