//! What LinkedIn told the user (issue #21), end to end over the in-memory store with an
//! injected clock: notes left this month, the weekly-limit message and the count it stopped
//! the user at, the email gate; how each expires, and the weekly limit set from the message.

mod common;

use common::{at, later, reading, state, withdraw};
use serde_json::{json, Value};
use warden_core::date::{FixedClock, DAY_MS};
use warden_core::store::MemoryStore;

fn ask(store: &MemoryStore, clock: &FixedClock, req: Value) -> Value {
    common::ask(store, clock, req)
}

fn popup(store: &MemoryStore, clock: &FixedClock) -> Value {
    ask(store, clock, json!({"kind": "popup"}))
}

fn told(store: &MemoryStore, clock: &FixedClock) -> Value {
    popup(store, clock)["told"].clone()
}

fn used(store: &MemoryStore, clock: &FixedClock) -> u64 {
    popup(store, clock)["quota"]["used"].as_u64().unwrap()
}

fn send(store: &MemoryStore, clock: &FixedClock, slug: &str) {
    let r = ask(
        store,
        clock,
        json!({"kind": "inviteSent", "href": format!("/in/{slug}/"), "name": slug}),
    );
    assert_eq!(r["ok"], true, "{r}");
}

fn limit(store: &MemoryStore, clock: &FixedClock) {
    let r = ask(store, clock, json!({"kind": "limitReached"}));
    assert_eq!(r["ok"], true, "{r}");
}

fn hours(clock: &FixedClock, h: i64) -> FixedClock {
    FixedClock {
        now: clock.now + h * 3_600_000,
        offset_minutes: clock.offset_minutes,
    }
}

#[test]
fn nothing_said_nothing_shown() {
    let s = MemoryStore::new();
    let t = told(&s, &at("2026-12-03"));
    assert_eq!(
        t,
        json!({"notesLeft": null, "limit": null, "restriction": null})
    );
}

#[test]
fn a_limit_records_what_the_quota_counts_at_that_moment() {
    let s = MemoryStore::new();
    let d1 = at("2026-12-01");
    // Sends seen: a, b, c (c later withdrawn: it still counts), and two 8 days before.
    send(&s, &later(&d1, -8), "old");
    send(&s, &later(&d1, -8), "older");
    for p in ["a", "b", "c"] {
        send(&s, &d1, p);
    }
    // The Sent page lists a (sent 0 days ago: the same person), d (2 days) and e (9 days).
    reading(&s, "2026-12-02", &[("a", 1), ("c", 1), ("d", 2), ("e", 9)]);
    let d2 = at("2026-12-02");
    withdraw(&s, &d2, "c");
    let before = used(&s, &d2);
    assert_eq!(before, 4, "a, b, c, d");
    limit(&s, &hours(&d2, 2));
    let t = told(&s, &d2);
    assert_eq!(
        t["limit"],
        json!({"on": "2026-12-02", "sent": 4, "suggest": true})
    );
    assert_eq!(
        t["restriction"],
        json!({"kind": "weekly-limit", "on": "2026-12-02"})
    );
    // The message is no send: the quota and the sends are unchanged.
    assert_eq!(used(&s, &d2), before);
    assert_eq!(state(&s)["sends"].as_object().unwrap().len(), 5);
    // The time the limit was reached is kept where it always was.
    assert_eq!(state(&s)["limitReachedAt"], hours(&d2, 2).now);
}

#[test]
fn a_limit_seen_twice_shows_the_latest_one_per_day_kept() {
    let s = MemoryStore::new();
    let d1 = at("2026-12-01");
    for p in ["a", "b", "c"] {
        send(&s, &d1, p);
    }
    limit(&s, &d1);
    assert_eq!(told(&s, &d1)["limit"]["sent"], 3);
    // The same day again, after the Sent page showed one more person of this week: one
    // observation of that day, the latest count.
    reading(&s, "2026-12-01", &[("d", 0)]);
    limit(&s, &hours(&d1, 3));
    assert_eq!(
        told(&s, &d1)["limit"],
        json!({"on": "2026-12-01", "sent": 4, "suggest": true})
    );
    assert_eq!(
        state(&s)["told"]["restrictions"].as_array().unwrap().len(),
        1
    );
    // Two days later, two more sends: the latest message and its count win.
    let d3 = later(&d1, 2);
    send(&s, &d3, "e");
    send(&s, &d3, "f");
    limit(&s, &d3);
    let t = told(&s, &d3);
    assert_eq!(
        t["limit"],
        json!({"on": "2026-12-03", "sent": 6, "suggest": true})
    );
    assert_eq!(t["restriction"]["on"], "2026-12-03");
    let kept = state(&s)["told"]["restrictions"].clone();
    assert_eq!(
        kept.as_array()
            .unwrap()
            .iter()
            .map(|r| r["sent"].clone())
            .collect::<Vec<_>>(),
        vec![json!(4), json!(6)],
        "both days kept, oldest first"
    );
    // The restriction runs 7 days from the latest message (not from the first).
    assert_eq!(told(&s, &later(&d1, 8))["restriction"]["on"], "2026-12-03");
    assert_eq!(told(&s, &later(&d1, 9))["restriction"], Value::Null);
}

#[test]
fn notes_left_are_this_months_word_never_extrapolated() {
    let s = MemoryStore::new();
    let nov30 = at("2026-11-30");
    let r = ask(&s, &nov30, json!({"kind": "notesLeftSeen", "count": 2}));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(
        told(&s, &nov30)["notesLeft"],
        json!({"count": 2, "seenOn": "2026-11-30"})
    );
    // A send with a note afterwards changes nothing: Warden does not count notes down.
    let r = ask(
        &s,
        &nov30,
        json!({"kind": "inviteSent", "href": "/in/n/", "name": "N", "note": true}),
    );
    assert_eq!(r["ok"], true);
    assert_eq!(told(&s, &nov30)["notesLeft"]["count"], 2);
    // The next day is another month: November's count is not shown at all.
    let dec1 = at("2026-12-01");
    assert_eq!(told(&s, &dec1)["notesLeft"], Value::Null);
    assert_eq!(
        state(&s)["told"]["notesLeft"]["count"],
        2,
        "kept until LinkedIn says another"
    );
    // LinkedIn says December's: shown.
    ask(&s, &dec1, json!({"kind": "notesLeftSeen", "count": 5}));
    assert_eq!(
        told(&s, &later(&dec1, 30))["notesLeft"],
        json!({"count": 5, "seenOn": "2026-12-01"})
    );
    assert_eq!(told(&s, &later(&dec1, 31))["notesLeft"], Value::Null);
    // The same day of another year is another month too.
    assert_eq!(told(&s, &at("2027-12-01"))["notesLeft"], Value::Null);
}

#[test]
fn the_weekly_limit_from_the_message_applies_on_request_and_remembers_its_source() {
    let s = MemoryStore::new();
    let d = at("2026-12-02");
    // No message yet: refused, nothing changed.
    let r = ask(&s, &d, json!({"kind": "applyLimitSuggestion"}));
    assert_eq!(r["error"], "noLimitSeen", "{r}");
    assert_eq!(popup(&s, &d)["settings"]["weeklyLimit"], 100);

    for p in ["a", "b", "c"] {
        send(&s, &d, p);
    }
    limit(&s, &d);
    assert_eq!(told(&s, &d)["limit"]["suggest"], true);
    // Shown, never applied, until the user asks.
    assert_eq!(popup(&s, &d)["settings"]["weeklyLimit"], 100);
    let d4 = later(&d, 2);
    let r = ask(&s, &d4, json!({"kind": "applyLimitSuggestion"}));
    assert_eq!(r["ok"], true, "{r}");
    let settings = popup(&s, &d4)["settings"].clone();
    assert_eq!(settings["weeklyLimit"], 3);
    assert_eq!(
        settings["limitSource"],
        json!({"on": "2026-12-04", "seenOn": "2026-12-02"})
    );
    assert_eq!(
        told(&s, &d4)["limit"]["suggest"],
        false,
        "the setting is the count"
    );
    assert_eq!(popup(&s, &d4)["quota"]["limit"], 3);

    // Settings saved whole without the source, the limit unchanged: the source stays.
    let mut whole = settings.clone();
    whole.as_object_mut().unwrap().remove("limitSource");
    whole["staleDays"] = json!(40);
    let r = ask(&s, &d4, json!({"kind": "saveSettings", "settings": whole}));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(
        popup(&s, &d4)["settings"]["limitSource"],
        settings["limitSource"]
    );
    // The form, other fields only: the source stays.
    let r = ask(
        &s,
        &d4,
        json!({"kind": "saveSettingsForm", "form": {"weeklyLimit": "3", "freshDays": "6"}}),
    );
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(
        popup(&s, &d4)["settings"]["limitSource"],
        settings["limitSource"]
    );

    // The user types another limit: it is theirs, the source is gone, the suggestion is back.
    let r = ask(
        &s,
        &d4,
        json!({"kind": "saveSettingsForm", "form": {"weeklyLimit": "120"}}),
    );
    assert_eq!(r["ok"], true, "{r}");
    let after = popup(&s, &d4);
    assert_eq!(after["settings"]["weeklyLimit"], 120);
    assert_eq!(after["settings"].get("limitSource"), None);
    assert_eq!(after["told"]["limit"]["suggest"], true);
    // A refused form changes neither the limit nor the source.
    ask(&s, &d4, json!({"kind": "applyLimitSuggestion"}));
    let r = ask(
        &s,
        &d4,
        json!({"kind": "saveSettingsForm", "form": {"weeklyLimit": "0"}}),
    );
    assert_eq!(r["ok"], false);
    assert_eq!(
        popup(&s, &d4)["settings"]["limitSource"]["seenOn"],
        "2026-12-02"
    );

    // Thirty days after the message it is no longer offered, nor applied.
    let gone = later(&d, 30);
    assert_eq!(told(&s, &gone)["limit"], Value::Null);
    let r = ask(&s, &gone, json!({"kind": "applyLimitSuggestion"}));
    assert_eq!(r["error"], "noLimitSeen", "{r}");
    assert_eq!(told(&s, &later(&d, 29))["limit"]["on"], "2026-12-02");
}

#[test]
fn the_email_gate_is_a_restriction_and_no_send() {
    let s = MemoryStore::new();
    let d = at("2026-12-03");
    send(&s, &d, "a");
    let before = state(&s)["sends"].clone();
    let r = ask(&s, &d, json!({"kind": "emailGateSeen"}));
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(used(&s, &d), 1);
    assert_eq!(state(&s)["sends"], before);
    let t = told(&s, &d);
    assert_eq!(
        t["restriction"],
        json!({"kind": "email-gate", "on": "2026-12-03"})
    );
    assert_eq!(t["limit"], Value::Null, "a gate is no weekly-limit message");
    // A limit message later wins as the latest restriction; the gate is still kept.
    limit(&s, &hours(&d, 1));
    assert_eq!(told(&s, &d)["restriction"]["kind"], "weekly-limit");
    assert_eq!(
        state(&s)["told"]["restrictions"].as_array().unwrap().len(),
        2
    );
}

#[test]
fn observations_expire_after_7_days_shown_and_30_days_kept() {
    let s = MemoryStore::new();
    let d0 = at("2026-12-03");
    ask(&s, &d0, json!({"kind": "emailGateSeen"}));
    // Shown while less than 7 calendar days old.
    assert_eq!(told(&s, &later(&d0, 6))["restriction"]["on"], "2026-12-03");
    assert_eq!(told(&s, &later(&d0, 7))["restriction"], Value::Null);
    // A weekly limit two days later: its restriction ends 7 days after it, its figure after 30.
    let d2 = later(&d0, 2);
    limit(&s, &d2);
    assert_eq!(
        told(&s, &later(&d0, 8))["restriction"]["kind"],
        "weekly-limit"
    );
    assert_eq!(told(&s, &later(&d0, 9))["restriction"], Value::Null);
    assert_eq!(told(&s, &later(&d2, 29))["limit"]["on"], "2026-12-05");
    assert_eq!(told(&s, &later(&d2, 30))["limit"], Value::Null);

    // Kept 30 days, then pruned at a write (the clock moving on by ordinary steps).
    let count = || {
        state(&s)["told"]["restrictions"]
            .as_array()
            .map_or(0, Vec::len)
    };
    ask(&s, &later(&d0, 20), json!({"kind": "dismissNotices"}));
    assert_eq!(count(), 2);
    ask(&s, &later(&d0, 29), json!({"kind": "dismissNotices"}));
    assert_eq!(count(), 2);
    ask(&s, &later(&d0, 30), json!({"kind": "dismissNotices"}));
    assert_eq!(count(), 1, "the gate is 30 days old: pruned");
    ask(
        &s,
        &FixedClock {
            now: d2.now + 30 * DAY_MS,
            offset_minutes: 0,
        },
        json!({"kind": "dismissNotices"}),
    );
    assert_eq!(count(), 0);
    assert_eq!(state(&s).get("told"), None, "nothing left, nothing stored");
}

#[test]
fn a_clock_set_back_still_shows_what_was_seen() {
    let s = MemoryStore::new();
    let d = at("2026-12-10");
    ask(&s, &d, json!({"kind": "emailGateSeen"}));
    let back = later(&d, -2);
    assert_eq!(told(&s, &back)["restriction"]["on"], "2026-12-10");
}
