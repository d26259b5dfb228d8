//! What the popup shows: quota, pending health, cooldowns, keeps, settings, notices.

use crate::date::{format_iso, Clock, Date, DAY_MS};
use crate::json::{Json, Num, Writer};
use crate::map::sort_by;
use crate::settings::{SettingError, Settings, LIMITS};
use crate::state::Withdrawal;
use crate::state::{State, Unreadable};

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
    // Per person, the day their slot frees: the sends Warden saw, the Sent page's readings, and
    // the invitations withdrawn since (LinkedIn counts an invitation sent this week even once
    // withdrawn: withdrawing gives no slot back). The latest sighting of a person counts.
    let recent = |sent_on: Date| (0..7).contains(&sent_on.days_until(today));
    let mut slots: Vec<(&str, Date)> = s
        .sends
        .iter()
        .filter(|(_, x)| now - x.at < 7 * DAY_MS && x.at <= now)
        .map(|(key, x)| (key.as_str(), clock.local_date(x.at + 7 * DAY_MS)))
        .chain(
            s.seen
                .iter()
                .filter(|(_, x)| recent(x.sent_on))
                .map(|(slug, x)| (slug.as_str(), x.sent_on.add_days(7))),
        )
        .chain(s.withdrawals.iter().filter_map(|(slug, w)| {
            let sent_on = w.withdrawn_on.add_days(-i64::from(w.age_days?));
            recent(sent_on).then(|| (slug.as_str(), sent_on.add_days(7)))
        }))
        .collect();
    slots.sort_by(|a, b| a.0.cmp(b.0).then(b.1.cmp(&a.1)));
    slots.dedup_by(|later, first| later.0 == first.0); // keeps each person's latest day
    let used = slots.len() as u32;
    let next_free_on = slots.iter().map(|&(_, day)| day).min();
    Quota {
        used,
        limit: s.settings.weekly_limit,
        next_free_on,
    }
}

/// Everything the popup shows:
/// `{"today", "quota": {"used", "limit", "remaining", "nextFreeOn", "full", "limitReachedAt"},
/// "pending": {"known", "count", "cards" (when known), "stale", "consider", "readOn",
/// "threshold", "over", "reviewDue"}, "cooldowns" and "ended": [{"slug", "name", "until",
/// "withdrawnOn", "daysLeft"}], "keeps": [{"slug", "name"}], "settings", "settingLimits",
/// "importMaxBytes", "notices": [{"kind", "key", "at"} or {"kind", "detail"}]}`.
pub fn popup(s: &State, clock: &dyn Clock, unreadable: Option<&Unreadable>) -> String {
    let today = clock.today();
    let now = clock.now();
    let q = quota(s, clock);
    let limit_recent = s
        .limit_reached_at
        .filter(|at| now - at < LIMIT_MESSAGE_DAYS * DAY_MS);

    let mut cooldowns = Vec::new();
    let mut ended = Vec::new();
    let mut by_until: Vec<_> = s.withdrawals.iter().collect();
    sort_by(&mut by_until, |a, b| (a.1.until, a.0) < (b.1.until, b.0));
    for (slug, w) in by_until {
        let left = today.days_until(w.until);
        if left > 0 {
            cooldowns.push((slug, w, left));
        } else if -left < RECENTLY_ENDED_DAYS {
            ended.push((slug, w, left));
        }
    }
    sort_by(&mut ended, |a, b| a.2 > b.2);
    let people = |w: &mut Writer, list: &[(&String, &Withdrawal, i64)]| {
        w.begin_arr();
        for (slug, x, left) in list {
            w.begin_obj()
                .field("slug", slug)
                .field("name", &x.name)
                .field("until", &x.until);
            w.field("withdrawnOn", &x.withdrawn_on)
                .field("daysLeft", &(*left).max(0))
                .end_obj();
        }
        w.end_arr();
    };

    let mut w = Writer::with_capacity(1024 + 128 * (cooldowns.len() + ended.len() + s.keeps.len()));
    w.begin_obj().field("today", &today);
    w.key("quota")
        .begin_obj()
        .field("used", &q.used)
        .field("limit", &q.limit);
    w.field("remaining", &q.limit.saturating_sub(q.used))
        .field("nextFreeOn", &q.next_free_on)
        .field("full", &(q.used >= q.limit));
    w.field("limitReachedAt", &limit_recent.map(format_iso))
        .end_obj();

    let (accepted, withdrawn, pending) = crate::outcomes::counts(s);
    w.key("outcomes")
        .begin_obj()
        .field("accepted", &accepted)
        .field("withdrawn", &withdrawn)
        .field("pending", &pending)
        .end_obj();

    let threshold = s.settings.pending_threshold;
    w.key("pending").begin_obj();
    match &s.pending {
        Some(p) => {
            w.field("known", &true)
                .field("count", &p.count)
                .field("cards", &p.cards)
                .field("stale", &p.stale);
            w.field("consider", &p.consider)
                .field("readOn", &p.read_on)
                .field("threshold", &threshold);
            // Due a month after the last review the user finished, else after the last reading.
            let since = s.reviewed_on.unwrap_or(p.read_on);
            w.field("over", &(p.count > threshold))
                .field("reviewDue", &(since.days_until(today) >= REVIEW_EVERY_DAYS));
        }
        None => {
            w.field("known", &false)
                .field("count", &0u32)
                .field("stale", &0u32)
                .field("consider", &0u32);
            w.field("readOn", &None::<Date>)
                .field("threshold", &threshold)
                .field("over", &false)
                .field("reviewDue", &true);
        }
    }
    w.end_obj();

    w.key("cooldowns");
    people(&mut w, &cooldowns);
    w.key("ended");
    people(&mut w, &ended);
    w.key("keeps").begin_arr();
    for (slug, k) in &s.keeps {
        w.begin_obj()
            .field("slug", slug)
            .field("name", &k.name)
            .end_obj();
    }
    w.end_arr();
    w.field("settings", &s.settings)
        .key("settingLimits")
        .begin_obj();
    for (field, min, max) in LIMITS {
        w.key(field)
            .begin_obj()
            .field("min", &min)
            .field("max", &max)
            .end_obj();
    }
    w.end_obj()
        .field("importMaxBytes", &crate::backup::MAX_BYTES);
    w.key("notices").begin_arr();
    for n in &s.notices {
        w.begin_obj()
            .field("kind", &n.kind)
            .field("key", &n.key)
            .field("at", &format_iso(n.at))
            .end_obj();
    }
    if let Some(why) = unreadable {
        w.begin_obj()
            .field("kind", "unreadable")
            .field("detail", &why.describe())
            .end_obj();
    }
    w.end_arr().end_obj();
    w.finish()
}

/// The popup's settings form as the user typed it: numeric fields as text (or numbers),
/// `debug` a boolean.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SettingsForm {
    /// The numeric fields present in the form, in form order, each with its value when it is
    /// a whole number (see [`whole_number`]), `None` when it is not.
    pub numbers: Vec<(&'static str, Option<u32>)>,
    /// `debug`, when it is `true` or `false`.
    pub debug: Option<bool>,
}

impl SettingsForm {
    /// Reads a form object (anything else is an empty form).
    pub fn read(form: &Json<'_>) -> SettingsForm {
        SettingsForm {
            numbers: LIMITS
                .iter()
                .filter_map(|&(field, _, _)| Some((field, whole_number(form.get(field)?))))
                .collect(),
            debug: form.get("debug").and_then(Json::as_bool),
        }
    }
}

/// The settings the form asks for: a field left out keeps its current value. Every field is
/// checked and every problem reported (field + reason); nothing is returned unless all are
/// valid.
pub fn settings_from_form(
    form: &SettingsForm,
    current: &Settings,
) -> Result<Settings, Vec<SettingError>> {
    let mut s = current.clone();
    let mut errors: Vec<SettingError> = Vec::new();
    for &(field, value) in &form.numbers {
        match value {
            Some(n) => {
                s.set_number(field, n);
            }
            None => errors.push(SettingError {
                field,
                reason: "notWholeNumber",
            }),
        }
    }
    if let Some(debug) = form.debug {
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
        let rank = |e: &SettingError| LIMITS.iter().position(|(f, _, _)| *f == e.field);
        let mut order: Vec<(Option<usize>, usize)> = errors
            .iter()
            .enumerate()
            .map(|(i, e)| (rank(e), i))
            .collect();
        sort_by(&mut order, |a, b| a.0 < b.0);
        let mut errors: Vec<Option<SettingError>> = errors.into_iter().map(Some).collect();
        Err(order
            .iter()
            .filter_map(|&(_, i)| errors[i].take())
            .collect())
    }
}

/// A whole number typed in a form ("12", " 12 ", 12, 12.0); a negative or huge one saturates so
/// that the range check names it; anything else (empty, "1.5", "abc") is not a number.
pub fn whole_number(v: &Json<'_>) -> Option<u32> {
    let n: i128 = match v {
        Json::Num(Num::U(n)) => i128::from(*n),
        Json::Num(Num::I(n)) => i128::from(*n),
        Json::Num(Num::F(f)) if f.is_finite() && f.fract() == 0.0 => f.clamp(-1e30, 1e30) as i128,
        Json::Str(t) => {
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
