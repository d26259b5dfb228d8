//! The acceptance figures the popup shows, and the stale threshold they suggest.
//!
//! Drawn from the outcomes [`crate::outcomes`] keeps: accepted (confirmed on a profile, or left
//! the list, most likely accepted), withdrawn, expired, pending. A *known outcome* is an
//! accepted, withdrawn or expired invitation; the rate is accepted over known outcomes (pending
//! ones are not known yet). Below [`ENOUGH_OUTCOMES`] known outcomes the figures are "not enough
//! data yet".
//!
//! Days to acceptance are an upper bound: the day a reading (or a profile) found the person
//! accepted minus the latest day the invitation can have been sent (from the card's age, a
//! lower bound, or the day Warden saw the send). The acceptance happened on or before the day
//! it was found; readings are only as frequent as the user's visits.

use crate::settings::{Settings, LIMITS};
use crate::state::State;
use serde::Serialize;

/// Known outcomes needed before the figures mean anything.
pub const ENOUGH_OUTCOMES: u32 = 20;
/// Accepted invitations needed before a stale threshold is suggested.
pub const ENOUGH_ACCEPTED: u32 = 10;
/// The days the popup gives the share accepted within.
pub const WITHIN_DAYS: [u32; 4] = [7, 14, 21, 28];
/// The share of accepted invitations the suggested threshold covers (percent).
pub const SUGGEST_SHARE: u32 = 95;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FiguresView {
    /// Confirmed plus most likely accepted.
    pub accepted: u32,
    /// Confirmed on a profile (1st-degree connection).
    pub confirmed: u32,
    /// Left the list without a withdrawal, not confirmed: most likely accepted.
    pub likely: u32,
    pub pending: u32,
    pub withdrawn: u32,
    pub expired: u32,
    /// Known outcomes (accepted, withdrawn, expired): what the figures are based on.
    pub known: u32,
    /// At least [`ENOUGH_OUTCOMES`] known outcomes.
    pub enough: bool,
    /// The figures need this many known outcomes.
    pub needed: u32,
    /// Percent of the known outcomes that are accepted (`null` before any).
    pub rate: Option<u32>,
    /// Known outcomes of invitations Warden saw sent with a note.
    pub with_note: NoteFigure,
    /// Known outcomes of invitations Warden saw sent without a note.
    pub without_note: NoteFigure,
    /// Median days to acceptance (upper bounds), `null` before any acceptance.
    pub median_days: Option<f64>,
    /// The share (percent) of accepted invitations accepted within each of [`WITHIN_DAYS`].
    pub within: Vec<Share>,
    /// The cumulative curve: for each distinct number of days to acceptance, the share (percent)
    /// of accepted invitations accepted within it; ascending.
    pub chart: Vec<Share>,
    /// A stale threshold drawn from the user's own acceptances, when there is enough data.
    pub suggestion: Option<Suggestion>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NoteFigure {
    pub known: u32,
    pub accepted: u32,
    /// Percent accepted (`null` when none is known).
    pub rate: Option<u32>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Share {
    pub days: u32,
    /// Percent, rounded.
    pub share: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Suggestion {
    /// [`SUGGEST_SHARE`] % of the accepted invitations were accepted within this many days.
    pub within_days: u32,
    /// The stale threshold offered: `within_days` within the setting's limits, and after the
    /// consider threshold (stale must stay later than consider).
    pub stale_days: u32,
    /// `stale_days` had to be raised above `within_days` (the consider threshold's rule or the
    /// setting's lowest value).
    pub raised: bool,
    /// The consider threshold, the day the "after" count is about.
    pub after_days: u32,
    /// Accepted invitations accepted after `after_days` days.
    pub after_count: u32,
    /// Accepted invitations the suggestion is drawn from.
    pub accepted: u32,
    /// The stale threshold already is `stale_days`.
    pub current: bool,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `part` of `whole` in percent, rounded half up (`None` when `whole` is 0).
fn percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0)
        .then(|| ((u64::from(part) * 200 + u64::from(whole)) / (2 * u64::from(whole))) as u32)
}

/// Days to acceptance of every accepted invitation (upper bounds), ascending.
pub fn days_to_acceptance(s: &State) -> Vec<u32> {
    let mut days: Vec<u32> = s
        .accepted
        .values()
        .map(|g| u32::try_from(g.sent_on.days_until(g.gone_on).max(0)).unwrap_or(u32::MAX))
        .collect();
    crate::order::sort(&mut days);
    days
}

fn median(days: &[u32]) -> Option<f64> {
    let n = days.len();
    if n == 0 {
        return None;
    }
    let mid = n / 2;
    Some(if n % 2 == 1 {
        f64::from(days[mid])
    } else {
        (f64::from(days[mid - 1]) + f64::from(days[mid])) / 2.0
    })
}

/// The share of `days` (ascending) at or below `d`, in percent.
fn share_within(days: &[u32], d: u32) -> u32 {
    let within = days.partition_point(|&x| x <= d);
    percent(count(within), count(days.len())).unwrap_or(0)
}

/// The known outcomes by note: `(with note, without note)`, each `(known, accepted)`.
fn by_note(s: &State) -> (NoteFigure, NoteFigure) {
    let mut tally = [(0u32, 0u32); 2]; // [without, with]
    let mut add = |note: Option<bool>, accepted: bool| {
        if let Some(n) = note {
            let t = &mut tally[usize::from(n)];
            t.0 += 1;
            t.1 += u32::from(accepted);
        }
    };
    s.accepted.values().for_each(|g| add(g.note, true));
    s.expired.values().for_each(|g| add(g.note, false));
    s.withdrawals
        .iter()
        .filter(|(slug, _)| crate::outcomes::still_withdrawn(s, slug))
        .for_each(|(_, w)| add(w.note, false));
    let figure = |(known, accepted): (u32, u32)| NoteFigure {
        known,
        accepted,
        rate: percent(accepted, known),
    };
    (figure(tally[1]), figure(tally[0]))
}

/// The stale threshold the user's own acceptances suggest, or `None` without enough data.
pub fn suggestion(s: &State, known: u32, days: &[u32]) -> Option<Suggestion> {
    let accepted = count(days.len());
    if known < ENOUGH_OUTCOMES || accepted < ENOUGH_ACCEPTED {
        return None;
    }
    // The smallest day by which SUGGEST_SHARE % of them were accepted.
    let need = (u64::from(accepted) * u64::from(SUGGEST_SHARE)).div_ceil(100) as usize;
    let within_days = days[need.max(1) - 1];
    let settings: &Settings = &s.settings;
    let (lo, hi) = LIMITS
        .iter()
        .find(|(f, _, _)| *f == "staleDays")
        .map_or((1, 365), |&(_, lo, hi)| (lo, hi));
    let stale_days = within_days
        .max(settings.consider_days.saturating_add(1))
        .clamp(lo, hi);
    let after_days = settings.consider_days;
    Some(Suggestion {
        within_days,
        stale_days,
        raised: stale_days > within_days,
        after_days,
        after_count: count(days.iter().filter(|&&d| d > after_days).count()),
        accepted,
        current: settings.stale_days == stale_days,
    })
}

/// The figures on `today`: outcomes dated beyond the clock rule's margin are left out
/// ([`crate::outcomes::believed`]).
pub fn figures(s: &State, today: crate::date::Date) -> FiguresView {
    let s = &*crate::outcomes::believed(s, today);
    let (accepted, withdrawn, pending) = crate::outcomes::counts(s);
    let confirmed = count(
        s.accepted
            .values()
            .filter(|g| g.confirmed_on.is_some())
            .count(),
    );
    let expired = count(s.expired.len());
    let known = accepted + withdrawn + expired;
    let days = days_to_acceptance(s);
    let (with_note, without_note) = by_note(s);
    let mut chart: Vec<Share> = Vec::new();
    for (i, &d) in days.iter().enumerate() {
        let share = percent(count(i + 1), count(days.len())).unwrap_or(0);
        match chart.last_mut() {
            Some(last) if last.days == d => last.share = share,
            _ => chart.push(Share { days: d, share }),
        }
    }
    FiguresView {
        accepted,
        confirmed,
        likely: accepted - confirmed,
        pending,
        withdrawn,
        expired,
        known,
        enough: known >= ENOUGH_OUTCOMES,
        needed: ENOUGH_OUTCOMES,
        rate: percent(accepted, known),
        with_note,
        without_note,
        median_days: median(&days),
        within: if days.is_empty() {
            Vec::new()
        } else {
            WITHIN_DAYS
                .iter()
                .map(|&d| Share {
                    days: d,
                    share: share_within(&days, d),
                })
                .collect()
        },
        chart,
        suggestion: suggestion(s, known, &days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_half_up_and_knows_nothing_of_nothing() {
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 8), Some(13));
        assert_eq!(percent(0, 5), Some(0));
        assert_eq!(percent(3, 0), None);
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[4]), Some(4.0));
        assert_eq!(median(&[1, 2, 9]), Some(2.0));
        assert_eq!(median(&[1, 2, 3, 9]), Some(2.5));
    }

    #[test]
    fn shares_within_count_the_day_itself() {
        let days = [0, 1, 7, 8, 30];
        assert_eq!(share_within(&days, 7), 60);
        assert_eq!(share_within(&days, 0), 20);
        assert_eq!(share_within(&days, 29), 80);
    }
}
