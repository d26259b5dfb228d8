//! What the popup shows: quota, pending health, cooldowns, keeps, settings, notices.

use crate::date::{format_iso, Clock, Date, DAY_MS};
use crate::scalar::{Members, Scalar};
use crate::settings::{SettingError, Settings, LIMITS};
use crate::state::{State, Unreadable};
use serde::Serialize;

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
    crate::order::sort_by(&mut slots, |a, b| a.0.cmp(b.0).then(b.1.cmp(&a.1)));
    slots.dedup_by(|later, first| later.0 == first.0); // keeps each person's latest day
    let used = slots.len() as u32;
    let next_free_on = slots.iter().map(|&(_, day)| day).min();
    Quota {
        used,
        limit: s.settings.weekly_limit,
        next_free_on,
    }
}

/// Everything the popup shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PopupAnswer {
    pub today: Date,
    pub quota: QuotaView,
    pub outcomes: OutcomesView,
    /// The acceptance figures and the stale threshold they suggest.
    pub figures: crate::figures::FiguresView,
    pub pending: PendingView,
    /// Running cooldowns, soonest end first.
    pub cooldowns: Vec<CooldownView>,
    /// Cooldowns ended within [`RECENTLY_ENDED_DAYS`], latest first.
    pub ended: Vec<CooldownView>,
    pub keeps: Vec<KeepView>,
    pub settings: Settings,
    /// Every setting, in form order: what the settings form is built from.
    pub setting_fields: Vec<crate::settings::SettingField>,
    pub import_max_bytes: u32,
    pub notices: Vec<NoticeView>,
    /// How many of the user's actions the storage refused and wait to be saved.
    pub unsaved: u32,
    /// Copies of unreadable stored data set aside, oldest first: to download, restore or discard.
    pub set_aside: Vec<AsideView>,
    /// What LinkedIn said about the account: notes left, the weekly limit, a restriction.
    pub told: crate::told::ToldView,
    /// The imports whose records are still there, latest first: each can be removed.
    pub imports: Vec<crate::imports::ImportView>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AsideView {
    pub key: String,
    /// When it was set aside (ISO 8601).
    pub at: String,
    pub why: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct QuotaView {
    pub used: u32,
    pub limit: u32,
    pub remaining: u32,
    pub next_free_on: Option<Date>,
    pub full: bool,
    /// When LinkedIn last said the limit is reached, within [`LIMIT_MESSAGE_DAYS`] (ISO 8601).
    pub limit_reached_at: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct OutcomesView {
    pub accepted: u32,
    pub withdrawn: u32,
    pub pending: u32,
}

/// The latest reading of the Sent page (`known: false` before any).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PendingView {
    pub known: bool,
    pub count: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub cards: Option<u32>,
    pub stale: u32,
    pub consider: u32,
    pub read_on: Option<Date>,
    pub threshold: u32,
    pub over: bool,
    pub review_due: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CooldownView {
    pub slug: String,
    pub name: String,
    pub until: Date,
    pub withdrawn_on: Date,
    #[cfg_attr(test, ts(type = "number"))]
    pub days_left: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct KeepView {
    pub slug: String,
    pub name: String,
}

/// A notice the popup shows: `key` for those of the state, `detail` for unreadable storage.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NoticeView {
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub key: Option<Option<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub detail: Option<String>,
}

pub fn popup(
    s: &State,
    clock: &dyn Clock,
    unreadable: Option<&Unreadable>,
    unsaved: u32,
) -> PopupAnswer {
    let today = clock.today();
    let now = clock.now();
    let q = quota(s, clock);
    let limit_recent = s
        .limit_reached_at
        .filter(|at| now - at < LIMIT_MESSAGE_DAYS * DAY_MS);

    let (cooldowns, ended) = cooldown_views(s, today);
    let (accepted, withdrawn, pending) =
        crate::outcomes::counts(&crate::outcomes::believed(s, today));
    PopupAnswer {
        today,
        quota: QuotaView {
            used: q.used,
            limit: q.limit,
            remaining: q.limit.saturating_sub(q.used),
            next_free_on: q.next_free_on,
            full: q.used >= q.limit,
            limit_reached_at: limit_recent.map(format_iso),
        },
        outcomes: OutcomesView {
            accepted,
            withdrawn,
            pending,
        },
        figures: crate::figures::figures(s, today),
        pending: pending_view(s, today),
        cooldowns,
        ended,
        keeps: s
            .keeps
            .iter()
            .map(|(slug, k)| KeepView {
                slug: slug.clone(),
                name: k.name.clone(),
            })
            .collect(),
        settings: s.settings.clone(),
        setting_fields: crate::settings::fields(),
        import_max_bytes: crate::backup::MAX_BYTES as u32,
        notices: notice_views(s, unreadable),
        unsaved,
        set_aside: s
            .set_aside
            .iter()
            .map(|c| AsideView {
                key: c.key.clone(),
                at: format_iso(c.at),
                why: c.why.clone(),
            })
            .collect(),
        told: crate::told::view(s, clock),
        imports: crate::imports::views(s),
    }
}

/// Running cooldowns, soonest end first; those ended within [`RECENTLY_ENDED_DAYS`], latest
/// end first.
fn cooldown_views(s: &State, today: Date) -> (Vec<CooldownView>, Vec<CooldownView>) {
    let mut cooldowns = Vec::new();
    let mut ended = Vec::new();
    let mut by_until: Vec<_> = s.withdrawals.iter().collect();
    crate::order::sort_by(&mut by_until, |a, b| {
        (a.1.until, a.0).cmp(&(b.1.until, b.0))
    });
    for (slug, w) in by_until {
        let left = today.days_until(w.until);
        let view = CooldownView {
            slug: slug.clone(),
            name: w.name.clone(),
            until: w.until,
            withdrawn_on: w.withdrawn_on,
            days_left: left.max(0),
        };
        if left > 0 {
            cooldowns.push(view);
        } else if -left < RECENTLY_ENDED_DAYS {
            ended.push((left, view));
        }
    }
    crate::order::sort_by_key(&mut ended, |e| std::cmp::Reverse(e.0));
    (cooldowns, ended.into_iter().map(|(_, v)| v).collect())
}

/// The state's notices, and one for an unreadable stored value not yet set aside.
fn notice_views(s: &State, unreadable: Option<&Unreadable>) -> Vec<NoticeView> {
    let mut notices: Vec<NoticeView> = s
        .notices
        .iter()
        .map(|n| NoticeView {
            kind: n.kind.clone(),
            key: Some(n.key.clone()),
            at: Some(format_iso(n.at)),
            detail: None,
        })
        .collect();
    if let Some(why) = unreadable {
        notices.push(NoticeView {
            kind: "unreadable".into(),
            key: None,
            at: None,
            detail: Some(why.describe()),
        });
    }
    notices
}

fn pending_view(s: &State, today: Date) -> PendingView {
    let threshold = s.settings.pending_threshold;
    match &s.pending {
        Some(p) => {
            // Due a month after the last review the user finished, else after the last reading.
            let since = s.reviewed_on.unwrap_or(p.read_on);
            PendingView {
                known: true,
                count: p.count,
                cards: Some(p.cards),
                stale: p.stale,
                consider: p.consider,
                read_on: Some(p.read_on),
                threshold,
                over: p.count > threshold,
                review_due: since.days_until(today) >= REVIEW_EVERY_DAYS,
            }
        }
        None => PendingView {
            known: false,
            count: 0,
            cards: None,
            stale: 0,
            consider: 0,
            read_on: None,
            threshold,
            over: false,
            review_due: true,
        },
    }
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
    /// Reads a form object (anything else reads as an empty form).
    pub fn read(form: &Members) -> SettingsForm {
        SettingsForm {
            numbers: LIMITS
                .iter()
                .filter_map(|&(field, _, _)| Some((field, whole_number(form.get(field)?))))
                .collect(),
            debug: form.get("debug").and_then(Scalar::as_bool),
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
    let numbers: Vec<(&str, u32)> = form
        .numbers
        .iter()
        .filter_map(|&(field, value)| Some((field, value?)))
        .collect();
    let mut s = current.with_numbers(&numbers);
    let mut errors: Vec<SettingError> = form
        .numbers
        .iter()
        .filter(|(_, value)| value.is_none())
        .map(|&(field, _)| SettingError {
            field,
            reason: "notWholeNumber",
        })
        .collect();
    if let Some(debug) = form.debug {
        s.debug = debug;
    }
    for mut e in s.validate() {
        // A rule between two fields is shown on the one the user changed, not on its partner.
        if let Some(other) = e.partner() {
            if s.number(e.field) == current.number(e.field)
                && s.number(other) != current.number(other)
            {
                e.field = other;
            }
        }
        if !errors.iter().any(|x| x.field == e.field) {
            errors.push(e);
        }
    }
    if errors.is_empty() {
        Ok(s)
    } else {
        // In form order, so the first message belongs to the first wrong field (stable: a
        // field's own problems keep their order).
        let rank = |e: &SettingError| LIMITS.iter().position(|(f, _, _)| *f == e.field);
        crate::order::sort_by_key(&mut errors, rank);
        Err(errors)
    }
}

/// A whole number typed in a form ("12", " 12 ", 12, 12.0); a negative or huge one saturates so
/// that the range check names it; anything else (empty, "1.5", "abc") is not a number.
pub fn whole_number(v: &Scalar) -> Option<u32> {
    let n: i128 = match v {
        Scalar::Int(n) => *n,
        Scalar::Float(f) if f.is_finite() && f.fract() == 0.0 => f.clamp(-1e30, 1e30) as i128,
        Scalar::Text(t) => {
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
    Some(n.clamp(0, i128::from(u32::MAX)) as u32)
}
