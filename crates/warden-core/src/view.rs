//! What the popup shows: quota, pending health, cooldowns, keeps, settings, notices.

use crate::date::{format_iso, Clock, Date, DAY_MS};
use crate::settings::{SettingError, Settings, LIMITS};
use crate::state::{State, Unreadable};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Days after which the monthly review of the Sent page is due.
pub const REVIEW_EVERY_DAYS: i64 = 30;
/// Ended cooldowns listed apart ("review before re-inviting") for this many days.
pub const RECENTLY_ENDED_DAYS: i64 = 30;
/// A weekly-limit message from LinkedIn is shown for this many days.
pub const LIMIT_MESSAGE_DAYS: i64 = 7;

/// The rolling 7-day quota: distinct people, and the first day a slot frees up.
#[derive(Debug, PartialEq, Eq)]
pub struct Quota {
    pub used: u32,
    pub limit: u32,
    pub next_free_on: Option<Date>,
}

pub fn quota(s: &State, clock: &dyn Clock) -> Quota {
    let today = clock.today();
    let now = clock.now();
    // Per person, the day their slot frees (the latest sighting counts).
    let mut frees: BTreeMap<&str, Date> = BTreeMap::new();
    for (key, send) in &s.sends {
        if now - send.at < 7 * DAY_MS && send.at <= now {
            let d = clock.local_date(send.at + 7 * DAY_MS);
            let e = frees.entry(key.as_str()).or_insert(d);
            *e = (*e).max(d);
        }
    }
    for (slug, seen) in &s.seen {
        let age = seen.sent_on.days_until(today);
        if (0..7).contains(&age) {
            let d = seen.sent_on.add_days(7);
            let e = frees.entry(slug.as_str()).or_insert(d);
            *e = (*e).max(d);
        }
    }
    Quota {
        used: frees.len() as u32,
        limit: s.settings.weekly_limit,
        next_free_on: frees.values().min().copied(),
    }
}

pub fn popup(s: &State, clock: &dyn Clock, unreadable: Option<&Unreadable>) -> Value {
    let today = clock.today();
    let now = clock.now();
    let q = quota(s, clock);
    let limit_recent = s
        .limit_reached_at
        .filter(|at| now - at < LIMIT_MESSAGE_DAYS * DAY_MS);

    let mut cooldowns: Vec<Value> = Vec::new();
    let mut ended: Vec<(i64, Value)> = Vec::new();
    let mut by_until: Vec<_> = s.withdrawals.iter().collect();
    by_until.sort_by_key(|(slug, w)| (w.until, (*slug).clone()));
    for (slug, w) in by_until {
        let left = today.days_until(w.until);
        let item = json!({ "slug": slug, "name": w.name, "until": w.until, "withdrawnOn": w.withdrawn_on, "daysLeft": left.max(0) });
        if left > 0 {
            cooldowns.push(item);
        } else if -left < RECENTLY_ENDED_DAYS {
            ended.push((left, item));
        }
    }
    ended.sort_by_key(|(left, _)| -left);

    let keeps: Vec<Value> = s
        .keeps
        .iter()
        .map(|(slug, k)| json!({ "slug": slug, "name": k.name }))
        .collect();
    let pending = match &s.pending {
        Some(p) => json!({
            "known": true, "count": p.count, "cards": p.cards, "stale": p.stale, "consider": p.consider,
            "readOn": p.read_on, "threshold": s.settings.pending_threshold,
            "over": p.count > s.settings.pending_threshold,
            "reviewDue": p.read_on.days_until(today) >= REVIEW_EVERY_DAYS,
        }),
        None => json!({
            "known": false, "count": 0, "stale": 0, "consider": 0, "readOn": null,
            "threshold": s.settings.pending_threshold, "over": false, "reviewDue": true,
        }),
    };
    let mut notices: Vec<Value> = s
        .notices
        .iter()
        .map(|n| json!({ "kind": n.kind, "key": n.key, "at": format_iso(n.at) }))
        .collect();
    if let Some(why) = unreadable {
        notices.push(json!({ "kind": "unreadable", "detail": format!("{why:?}") }));
    }
    json!({
        "today": today,
        "quota": {
            "used": q.used, "limit": q.limit, "remaining": q.limit.saturating_sub(q.used),
            "nextFreeOn": q.next_free_on, "full": q.used >= q.limit,
            "limitReachedAt": limit_recent.map(format_iso),
        },
        "pending": pending,
        "cooldowns": cooldowns,
        "ended": ended.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
        "keeps": keeps,
        "settings": s.settings,
        "settingLimits": setting_limits(),
        "importMaxBytes": crate::backup::MAX_BYTES,
        "notices": notices,
    })
}

/// The range of each numeric setting, for the form's `min`/`max` and its messages.
pub fn setting_limits() -> Value {
    let map: serde_json::Map<String, Value> = LIMITS
        .iter()
        .map(|(field, lo, hi)| ((*field).to_owned(), json!({ "min": lo, "max": hi })))
        .collect();
    Value::Object(map)
}

/// The settings form as the user typed it: numeric fields as text (or numbers), `debug` a
/// boolean; a field left out keeps its current value. Every field is checked and every
/// problem reported (field + reason); nothing is returned unless all are valid.
pub fn settings_from_form(form: &Value, current: &Settings) -> Result<Settings, Vec<SettingError>> {
    let mut s = current.clone();
    let mut errors: Vec<SettingError> = Vec::new();
    for (field, _, _) in LIMITS {
        let Some(v) = form.get(field) else { continue };
        match whole_number(v) {
            Some(n) => {
                s.set_number(field, n);
            }
            None => errors.push(SettingError {
                field,
                reason: "notWholeNumber",
            }),
        }
    }
    if let Some(debug) = form.get("debug").and_then(Value::as_bool) {
        s.debug = debug;
    }
    for e in s.validate() {
        if !errors.iter().any(|x| x.field == e.field) {
            errors.push(e);
        }
    }
    if errors.is_empty() {
        Ok(s)
    } else {
        // In form order, so the first message belongs to the first wrong field.
        errors.sort_by_key(|e| LIMITS.iter().position(|(f, _, _)| *f == e.field));
        Err(errors)
    }
}

/// A whole number typed in a form ("12", " 12 ", 12, 12.0); a negative or huge one saturates so
/// that the range check names it; anything else (empty, "1.5", "abc") is not a number.
fn whole_number(v: &Value) -> Option<u32> {
    let n: i128 = match v {
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i as i128,
            (None, Some(f)) if f.is_finite() && f.fract() == 0.0 => f.clamp(-1e30, 1e30) as i128,
            _ => return None,
        },
        Value::String(t) => {
            let t = t.trim();
            let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
            if digits.is_empty() || digits.len() > 30 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            t.parse().ok()?
        }
        _ => return None,
    };
    Some(n.clamp(0, u32::MAX as i128) as u32)
}
