//! From an invitation's age to what Warden advises: bucket, hint and re-invite date.

use crate::date::Date;
use crate::settings::Settings;
use serde::Serialize;

#[derive(Copy, Clone, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Bucket {
    /// Younger than `fresh_days`.
    Fresh,
    /// Between fresh and stale.
    Waiting,
    /// `stale_days` or older: very unlikely to be accepted.
    Stale,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Hint {
    Wait,
    /// Old enough to think about withdrawing, not yet stale.
    Consider,
    Withdraw,
    /// The user marked this person as a priority: never advise withdrawing.
    Keep,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Verdict {
    pub age_days: u32,
    pub bucket: Bucket,
    pub hint: Hint,
    /// If withdrawn today, the first day the same person can be invited again.
    pub reinvite_on: Date,
}

impl Bucket {
    /// The name in answers and attributes: `fresh`, `waiting`, `stale`.
    pub fn name(self) -> &'static str {
        match self {
            Bucket::Fresh => "fresh",
            Bucket::Waiting => "waiting",
            Bucket::Stale => "stale",
        }
    }
}

impl Hint {
    /// The name in answers and attributes: `wait`, `consider`, `withdraw`, `keep`.
    pub fn name(self) -> &'static str {
        match self {
            Hint::Wait => "wait",
            Hint::Consider => "consider",
            Hint::Withdraw => "withdraw",
            Hint::Keep => "keep",
        }
    }
}

pub fn bucket(age_days: u32, s: &Settings) -> Bucket {
    if age_days < s.fresh_days {
        Bucket::Fresh
    } else if age_days < s.stale_days {
        Bucket::Waiting
    } else {
        Bucket::Stale
    }
}

pub fn judge(age_days: u32, kept: bool, today: Date, s: &Settings) -> Verdict {
    let bucket = bucket(age_days, s);
    let hint = if kept {
        Hint::Keep
    } else if bucket == Bucket::Stale {
        Hint::Withdraw
    } else if age_days >= s.consider_days {
        Hint::Consider
    } else {
        Hint::Wait
    };
    Verdict {
        age_days,
        bucket,
        hint,
        reinvite_on: reinvite_on(today, s),
    }
}

/// The end of the cooldown for a withdrawal made on `day`.
pub fn reinvite_on(day: Date, s: &Settings) -> Date {
    day.add_days(s.cooldown_days as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contract_table() {
        let s = Settings::default();
        let today = Date::parse("2026-11-29").unwrap();
        let cases = [
            (0, Bucket::Fresh, Hint::Wait),
            (6, Bucket::Fresh, Hint::Wait),
            (7, Bucket::Waiting, Hint::Wait),
            (20, Bucket::Waiting, Hint::Wait),
            (21, Bucket::Waiting, Hint::Consider),
            (27, Bucket::Waiting, Hint::Consider),
            (28, Bucket::Stale, Hint::Withdraw),
            (365, Bucket::Stale, Hint::Withdraw),
        ];
        for (age, b, h) in cases {
            let v = judge(age, false, today, &s);
            assert_eq!((v.bucket, v.hint), (b, h), "age {age}");
            assert_eq!(v.reinvite_on.to_string(), "2026-12-20");
            assert_eq!(
                judge(age, true, today, &s).hint,
                Hint::Keep,
                "kept at {age}"
            );
            assert_eq!(judge(age, true, today, &s).bucket, b);
            // The names written by hand are the serde names.
            assert_eq!(serde_json::to_value(b).unwrap(), b.name());
            assert_eq!(serde_json::to_value(h).unwrap(), h.name());
        }
    }

    #[test]
    fn follows_settings() {
        let s = Settings {
            fresh_days: 3,
            consider_days: 10,
            stale_days: 14,
            cooldown_days: 30,
            ..Settings::default()
        };
        let today = Date::parse("2026-11-29").unwrap();
        assert_eq!(judge(3, false, today, &s).bucket, Bucket::Waiting);
        assert_eq!(judge(10, false, today, &s).hint, Hint::Consider);
        assert_eq!(judge(14, false, today, &s).hint, Hint::Withdraw);
        assert_eq!(
            judge(0, false, today, &s).reinvite_on.to_string(),
            "2026-12-29"
        );
    }
}
