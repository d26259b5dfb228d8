//! What LinkedIn tells the user about their own account, remembered (issue #21): how many
//! personalised invitations remain this month (the invite dialog's note step), the weekly-limit
//! message (with the invitations Warden counted in the 7 days up to it), and the email gate
//! (LinkedIn's help: the account's invitations are restricted).
//!
//! Each is a dated observation of what the page said, nothing more: none is a send, none
//! changes the quota, and nothing is extrapolated. A count of notes left is LinkedIn's word for
//! the calendar month it was said in: in a later month it is not shown at all (Warden has not
//! seen that month's count, and does not guess it, nor subtract the notes sent since).
//! Restrictions are kept [`KEEP_DAYS`]; the popup shows the latest for [`RESTRICTED_DAYS`], and
//! the latest weekly-limit message, with the limit it suggests, for [`LIMIT_DAYS`].

use crate::date::{Clock, Date, Millis, DAY_MS};
use crate::error::Error;
use crate::settings::{LimitSource, Settings, LIMITS};
use crate::state::State;
use serde::{Deserialize, Serialize};

/// Days a restriction (an email gate, a weekly-limit message) is kept.
pub const KEEP_DAYS: i64 = 30;
/// Days (calendar) the latest restriction is shown as one.
pub const RESTRICTED_DAYS: i64 = 7;
/// Days (calendar) the latest weekly-limit message is shown with the count it stopped the user at.
pub const LIMIT_DAYS: i64 = 30;

/// What LinkedIn said, as stored (a member of the state).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Told {
    /// The latest count of personalised invitations left this month that the note step showed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes_left: Option<NotesLeft>,
    /// Email gates and weekly-limit messages, oldest first, one per kind and local day.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub restrictions: Vec<Restriction>,
}

impl Told {
    pub fn is_empty(&self) -> bool {
        self.notes_left.is_none() && self.restrictions.is_empty()
    }

    /// Drops the restrictions older than [`KEEP_DAYS`] (by `now`, the pruning horizon).
    pub fn prune(&mut self, now: Millis) {
        self.restrictions
            .retain(|r| now - r.at < KEEP_DAYS * DAY_MS);
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NotesLeft {
    pub count: u32,
    /// When the page said it.
    pub at: Millis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum RestrictionKind {
    /// A dialog asking for the person's email before the invitation goes.
    EmailGate,
    /// LinkedIn's weekly invitation limit message.
    WeeklyLimit,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Restriction {
    pub kind: RestrictionKind,
    /// When the page showed it.
    pub at: Millis,
    /// A weekly-limit message: the invitations the quota counted in the 7 days up to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<u32>,
}

/// The note step said `count` personalised invitations remain this month.
pub fn notes_left_seen(s: &mut State, clock: &dyn Clock, count: u32) {
    s.told.notes_left = Some(NotesLeft {
        count,
        at: clock.now(),
    });
}

/// The page showed an email gate.
pub fn email_gate_seen(s: &mut State, clock: &dyn Clock) {
    observe(s, clock, RestrictionKind::EmailGate, None);
}

/// The page showed LinkedIn's weekly-limit message: recorded with the invitations the quota
/// counts now (sends seen and Sent-page cards younger than 7 days, each person once, withdrawn
/// ones included), and as the time the limit was last reached.
pub fn limit_seen(s: &mut State, clock: &dyn Clock) {
    let sent = crate::view::quota(s, clock).used;
    s.limit_reached_at = Some(clock.now());
    observe(s, clock, RestrictionKind::WeeklyLimit, Some(sent));
}

/// A restriction seen now; it replaces one of the same kind seen earlier the same local day (a
/// dialog shown again is the same news), so at most one per kind and day is kept.
fn observe(s: &mut State, clock: &dyn Clock, kind: RestrictionKind, sent: Option<u32>) {
    let now = clock.now();
    let today = clock.local_date(now);
    let list = &mut s.told.restrictions;
    list.retain(|r| !(r.kind == kind && clock.local_date(r.at) == today));
    list.push(Restriction {
        kind,
        at: now,
        sent,
    });
    list.sort_by_key(|r| r.at);
    s.told.prune(now);
}

/// What the popup shows of it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ToldView {
    /// The notes left, when LinkedIn said it this calendar month.
    pub notes_left: Option<NotesLeftView>,
    /// The latest weekly-limit message of the last [`LIMIT_DAYS`] days.
    pub limit: Option<LimitView>,
    /// The latest restriction of the last [`RESTRICTED_DAYS`] days.
    pub restriction: Option<RestrictionView>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NotesLeftView {
    pub count: u32,
    pub seen_on: Date,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LimitView {
    /// The day LinkedIn showed it.
    pub on: Date,
    /// The invitations counted in the 7 days up to it.
    pub sent: u32,
    /// The weekly limit setting can become `sent` (it differs, and is a valid setting).
    pub suggest: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RestrictionView {
    pub kind: RestrictionKind,
    pub on: Date,
}

/// Calendar days from the day of `at` to today (negative when the clock was set back since).
fn age(clock: &dyn Clock, at: Millis) -> i64 {
    clock.local_date(at).days_until(clock.today())
}

fn latest<'a>(
    s: &'a State,
    clock: &dyn Clock,
    within: i64,
    kind: Option<RestrictionKind>,
) -> Option<&'a Restriction> {
    s.told
        .restrictions
        .iter()
        .filter(|r| kind.is_none_or(|k| r.kind == k) && age(clock, r.at) < within)
        .max_by_key(|r| r.at)
}

/// The latest weekly-limit message of the last [`LIMIT_DAYS`] days, and whether it suggests a
/// weekly limit other than the setting.
fn limit_view(s: &State, clock: &dyn Clock) -> Option<LimitView> {
    let r = latest(s, clock, LIMIT_DAYS, Some(RestrictionKind::WeeklyLimit))?;
    let sent = r.sent?;
    Some(LimitView {
        on: clock.local_date(r.at),
        sent,
        suggest: sent != s.settings.weekly_limit && valid_limit(sent),
    })
}

fn valid_limit(n: u32) -> bool {
    LIMITS
        .iter()
        .find(|l| l.0 == "weeklyLimit")
        .is_some_and(|&(_, lo, hi)| (lo..=hi).contains(&n))
}

pub fn view(s: &State, clock: &dyn Clock) -> ToldView {
    let today = clock.today();
    let notes_left = s.told.notes_left.as_ref().and_then(|n| {
        let seen_on = clock.local_date(n.at);
        let month = |d: Date| (d.ymd().0, d.ymd().1);
        (month(seen_on) == month(today)).then_some(NotesLeftView {
            count: n.count,
            seen_on,
        })
    });
    ToldView {
        notes_left,
        limit: limit_view(s, clock),
        restriction: latest(s, clock, RESTRICTED_DAYS, None).map(|r| RestrictionView {
            kind: r.kind,
            on: clock.local_date(r.at),
        }),
    }
}

/// The user's click on the popup's suggestion: the settings with the weekly limit LinkedIn's
/// latest message stopped them at (never a value the request carries), and where it came from.
/// Refused when no such message was seen in the last [`LIMIT_DAYS`] days, or when its count is
/// no valid limit (none counted).
pub fn limit_suggestion(s: &State, clock: &dyn Clock) -> Result<Settings, Error> {
    let l = limit_view(s, clock)
        .filter(|l| valid_limit(l.sent))
        .ok_or(Error::NoLimitSeen)?;
    let mut settings = s.settings.clone();
    settings.weekly_limit = l.sent;
    settings.limit_source = Some(LimitSource {
        on: clock.today(),
        seen_on: l.on,
    });
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::FixedClock;

    fn noon(d: &str) -> FixedClock {
        FixedClock::at_noon(Date::parse(d).unwrap())
    }

    #[test]
    fn one_restriction_per_kind_and_day_the_latest() {
        let mut s = State::fresh();
        email_gate_seen(&mut s, &noon("2026-12-01"));
        let later = FixedClock {
            now: noon("2026-12-01").now + 3_600_000,
            offset_minutes: 0,
        };
        email_gate_seen(&mut s, &later);
        limit_seen(&mut s, &later);
        assert_eq!(s.told.restrictions.len(), 2);
        assert_eq!(s.told.restrictions[0].at, later.now);
        assert_eq!(s.told.restrictions[1].sent, Some(0));
        email_gate_seen(&mut s, &noon("2026-12-02"));
        assert_eq!(s.told.restrictions.len(), 3);
    }

    #[test]
    fn the_local_day_decides_the_month() {
        let mut s = State::fresh();
        // 23:30 UTC on 30 November is 1 December in a zone one hour ahead.
        let at = noon("2026-11-30").now + 11 * 3_600_000 + 1_800_000;
        notes_left_seen(
            &mut s,
            &FixedClock {
                now: at,
                offset_minutes: 60,
            },
            3,
        );
        let dec = FixedClock {
            now: noon("2026-12-01").now,
            offset_minutes: 60,
        };
        let v = view(&s, &dec).notes_left.unwrap();
        assert_eq!(v.seen_on, Date::parse("2026-12-01").unwrap());
        // In UTC it was November's count: not shown in December.
        let utc = FixedClock {
            now: noon("2026-12-01").now,
            offset_minutes: 0,
        };
        assert_eq!(view(&s, &utc).notes_left, None);
    }

    #[test]
    fn a_limit_of_zero_is_no_suggestion() {
        let mut s = State::fresh();
        let c = noon("2026-12-01");
        limit_seen(&mut s, &c);
        let l = view(&s, &c).limit.unwrap();
        assert_eq!((l.sent, l.suggest), (0, false));
        assert_eq!(limit_suggestion(&s, &c), Err(Error::NoLimitSeen));
    }

    #[test]
    fn stored_shape() {
        let mut s = State::fresh();
        assert!(
            serde_json::to_value(&s).unwrap().get("told").is_none(),
            "nothing said, nothing stored"
        );
        let c = noon("2026-12-01");
        notes_left_seen(&mut s, &c, 2);
        email_gate_seen(&mut s, &c);
        let v = serde_json::to_value(&s).unwrap();
        assert_eq!(
            v["told"],
            serde_json::json!({"notesLeft": {"count": 2, "at": c.now}, "restrictions": [{"kind": "email-gate", "at": c.now}]})
        );
        let back: State = serde_json::from_value(v).unwrap();
        assert_eq!(back.told, s.told);
    }
}
