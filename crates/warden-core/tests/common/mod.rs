//! What the integration tests share: clocks, asking the engine over the in-memory store, the
//! stored state, and the requests they build again and again.
// Each test file uses only some of these.
#![allow(dead_code)]

use serde_json::{json, Value};
use warden_core::date::{Clock, Date, FixedClock, DAY_MS};
use warden_core::engine::handle;
use warden_core::request::Request;
use warden_core::state::STATE_KEY;
use warden_core::store::{block_on, MemoryStore};

/// The Sent view's paths: the People tab (bare, or named) and the Pages tab.
pub const SENT: &str = "/mynetwork/invitation-manager/sent/";
pub const PEOPLE: &str = "/mynetwork/invitation-manager/sent/CONNECTION/";
pub const PAGES: &str = "/mynetwork/invitation-manager/sent/ORGANIZATION/";

pub fn day(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// Noon of that day, UTC.
pub fn at(date: &str) -> FixedClock {
    FixedClock::at_noon(day(date))
}

/// The same clock, `days` later.
pub fn later(clock: &FixedClock, days: i64) -> FixedClock {
    FixedClock {
        now: clock.now + days * DAY_MS,
        offset_minutes: 0,
    }
}

/// The engine's answer to a request, as JSON.
pub fn answer(store: &MemoryStore, clock: &FixedClock, req: Request) -> Value {
    serde_json::to_value(block_on(handle(store, clock, req))).unwrap()
}

/// Asks the engine a request written as JSON.
pub fn ask(store: &MemoryStore, clock: &FixedClock, req: Value) -> Value {
    let req: Request = serde_json::from_value(req).expect("request shape");
    answer(store, clock, req)
}

/// The stored state (`null` when nothing is stored).
pub fn state(store: &MemoryStore) -> Value {
    store.raw(STATE_KEY).unwrap_or(Value::Null)
}

/// The user withdraws the invitation to `/in/<slug>/`.
pub fn withdraw(store: &MemoryStore, clock: &FixedClock, slug: &str) -> Value {
    ask(
        store,
        clock,
        json!({"kind": "withdrawn", "href": format!("/in/{slug}/"), "name": slug}),
    )
}

/// A Sent-page reading: the view opened at noon of `date` listed these (slug, age) people.
pub fn reading(store: &MemoryStore, date: &str, people: &[(&str, u32)]) {
    let clock = at(date);
    let opened = clock.now();
    let people: Vec<Value> = people
        .iter()
        .map(|(slug, age)| json!({"href": format!("/in/{slug}/"), "name": slug.to_uppercase(), "ageDays": age}))
        .collect();
    let n = people.len();
    let r = ask(
        store,
        &clock,
        json!({"kind": "sentPageSeen", "people": people, "visit": opened, "rows": n, "badged": n}),
    );
    assert_eq!(r["ok"], true, "{r}");
}
