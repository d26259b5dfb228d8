//! Throughput of the core, natively, so that a regression shows without a browser:
//! `cargo bench -p warden-core --bench throughput` (also run by `npm run bench`).
//!
//! Prints one line per figure, `name  N ns/unit`: age lines read per second over realistic
//! card texts in all seven languages, and whole `annotate` requests of 1,000 cards (JSON text
//! in, JSON text out, over a stored state of 1,000 people), with their parts.

use serde_json::json;
use std::hint::black_box;
use std::time::{Duration, Instant};
use warden_core::age::parse_age_words;
use warden_core::date::{Date, FixedClock};
use warden_core::engine;
use warden_core::request::Request;
use warden_core::state::{Keep, Seen, State, Withdrawal, SCHEMA, STATE_KEY};
use warden_core::storage;
use warden_core::store::{block_on, MemoryStore};

/// Runs `f` repeatedly for about `budget`; returns nanoseconds per call.
fn time(budget: Duration, mut f: impl FnMut()) -> f64 {
    f(); // warm-up
    let start = Instant::now();
    let mut n = 0u64;
    while start.elapsed() < budget {
        f();
        n += 1;
    }
    start.elapsed().as_nanos() as f64 / n as f64
}

/// What a card's text nodes look like, in every language: names, headlines, age lines,
/// buttons (most texts are not age lines; the first one that parses wins).
const AGE_LINES: [&str; 21] = [
    "Sent today",
    "Sent 3 weeks ago",
    "Sent a month ago",
    "Sent\u{a0}2\u{a0}years\u{a0}ago",
    "Envoyée il y a 3 semaines",
    "Envoyée aujourd’hui",
    "Gesendet vor 2 Monaten",
    "vor einer Woche",
    "Enviada hace 5 días",
    "hace un año",
    "Inviato 2 settimane fa",
    "un'ora fa",
    "Enviado há 1 mês",
    "3 semanas atrás",
    "Verzonden 3 weken geleden",
    "één maand geleden",
    "Jane Doe · 3w · Message",
    "Sent yesterday",
    "Gestern gesendet",
    "1 year 2 months ago",
    "Sent 12 minutes ago",
];
const NAMES: [&str; 6] = [
    "Alice Martin",
    "María José García",
    "Olusegun O’Brien",
    "Thi Lan Nguyen",
    "Zoë Müller",
    "Seán D’Angelo",
];
const HEADLINES: [&str; 6] = [
    "Talent Partner · Recruiting @ Globex",
    "Responsable du développement commercial chez Dupont & Fils",
    "VP Sales | SaaS | B2B <growth>",
    "Head of People — \"We’re hiring!\"",
    "Student at Université Paris-Saclay",
    "Account Executive at Acme",
];
const OTHER_LINES: [&str; 10] = [
    "María José García",
    "Olusegun O’Brien",
    "Talent Partner · Recruiting @ Globex",
    "Responsable du développement commercial chez Dupont & Fils",
    "VP Sales | SaaS | B2B <growth>",
    "Head of People — \"We’re hiring!\"",
    "Withdraw",
    "Retirer",
    "Student at Université Paris-Saclay",
    "3D printing and 5G networks since 2019",
];

fn main() {
    let budget = Duration::from_millis(
        std::env::var("WARDEN_BENCH_MS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(700),
    );

    // parse_age_words over a realistic mix: two thirds of the lines are not age lines.
    let lines: Vec<&str> = AGE_LINES
        .iter()
        .chain(OTHER_LINES.iter())
        .chain(OTHER_LINES.iter())
        .copied()
        .collect();
    let per_round = time(budget, || {
        for line in &lines {
            black_box(parse_age_words(black_box(line)));
        }
    });
    println!(
        "parse_age_words  {:.1} ns/line",
        per_round / lines.len() as f64
    );
    let per_age = time(budget, || {
        for line in &AGE_LINES {
            black_box(parse_age_words(black_box(line)));
        }
    });
    println!(
        "parse_age_words_age_lines_only  {:.1} ns/line",
        per_age / AGE_LINES.len() as f64
    );

    // A stored state of 1,000 people read on the Sent page, 50 kept, 200 withdrawn.
    let today = Date::parse("2026-11-29").unwrap();
    let clock = FixedClock::at_noon(today);
    let mut s = State {
        schema: SCHEMA,
        ..State::default()
    };
    for i in 0..1000 {
        let slug = format!("person-{i}");
        s.seen.insert(
            slug.clone(),
            Seen {
                name: format!("Person {i}"),
                sent_on: today.add_days(-(i % 60)),
                seen_on: today,
                reading: None,
                note: None,
            },
        );
        if i % 20 == 0 {
            s.keeps.insert(
                slug.clone(),
                Keep {
                    name: format!("Person {i}"),
                    since: 0,
                },
            );
        }
        if i % 5 == 0 {
            let w = Withdrawal {
                name: format!("Former {i}"),
                headline: None,
                age_days: Some(30),
                withdrawn_at: 0,
                withdrawn_on: today,
                until: today.add_days(21),
                note: None,
                steady_at: None,
            };
            s.withdrawals.insert(format!("former-{i}"), w);
        }
    }
    let stored = serde_json::to_value(&s).unwrap();
    let store = MemoryStore::new();
    store.put_raw(STATE_KEY, stored.clone());

    // The annotate request of a 1,000-card page, as the content script sends it: each card's
    // texts (initials, name, headline, age line, button) as indices into one table of
    // distinct texts.
    let mut texts: Vec<String> = Vec::new();
    let mut index = |t: &str| match texts.iter().position(|x| x == t) {
        Some(i) => i,
        None => {
            texts.push(t.to_owned());
            texts.len() - 1
        }
    };
    let cards: Vec<serde_json::Value> = (0..1000)
        .map(|i| {
            let ages: Vec<usize> = [
                "AM",
                NAMES[i % NAMES.len()],
                HEADLINES[i % HEADLINES.len()],
                AGE_LINES[i % AGE_LINES.len()],
                "Withdraw",
            ]
            .map(&mut index)
            .to_vec();
            json!({"href": format!("https://www.linkedin.com/in/person-{i}/"), "ages": ages})
        })
        .collect();
    let request = json!({"kind": "annotate", "texts": texts, "cards": cards,
        "totals": [{"text": "Received"}, {"text": "People (1,000)"}, {"text": "Pages (2)"}], "visit": 1, "rows": 1000})
    .to_string();

    let whole = time(budget, || {
        let req = Request::from_json(black_box(&request)).unwrap();
        let answer = block_on(engine::handle(&store, &clock, req));
        black_box(serde_json::to_string(&answer).unwrap());
    });
    println!("annotate_1000_cards  {whole:.0} ns/request");
    let read_request = time(budget, || {
        black_box(Request::from_json(black_box(&request)).unwrap());
    });
    println!("annotate_1000_cards_read_request  {read_request:.0} ns/request");
    let load = time(budget, || {
        black_box(storage::decode(&store, Some(black_box(&stored))).unwrap());
    });
    println!("state_decode_1000_people  {load:.0} ns/state");
    let save = time(budget, || {
        black_box(serde_json::to_value(black_box(&s)).unwrap());
    });
    println!("state_encode_1000_people  {save:.0} ns/state");
    println!(
        "(request {} KB, stored state {} KB as JSON)",
        request.len() / 1024,
        stored.to_string().len() / 1024
    );
}
