//! The user's rules of thumb. None is a published LinkedIn limit, so every one can be changed.
//!
//! Each setting is declared once: a field of [`Settings`] with its default, and a row of
//! [`FIELDS`] (its limits and unit). The popup's form is built from [`fields`]; its label is
//! the text `popup_field_<name>` of `_locales`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Settings {
    /// Invitations LinkedIn lets the user send per rolling 7 days (about 100; some get 200).
    pub weekly_limit: u32,
    /// Pending total above which the list looks unhealthy (not an official limit).
    pub pending_threshold: u32,
    /// Below this age (days) an invitation is fresh.
    pub fresh_days: u32,
    /// From this age on, withdrawing is worth considering.
    pub consider_days: u32,
    /// From this age on, an invitation is stale: withdraw it.
    pub stale_days: u32,
    /// Days LinkedIn blocks a new invitation to someone after a withdrawal.
    pub cooldown_days: u32,
    /// Log what was and was not recognised on the page (console.info).
    pub debug: bool,
    /// Where `staleDays` came from when the user applied the suggestion drawn from their own
    /// acceptances (absent once they type another value, or never applied). Not a form field.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub stale_source: Option<StaleSource>,
    /// Where `weeklyLimit` came from when the user applied the count LinkedIn's weekly-limit
    /// message stopped them at (absent once they type another value, or never applied). Not a
    /// form field.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub limit_source: Option<LimitSource>,
}

/// The stale threshold was set, on the user's click, from the suggestion of that day.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct StaleSource {
    /// The day the user applied it.
    pub on: crate::date::Date,
    /// The accepted invitations it was drawn from.
    pub based_on: u32,
}

/// The weekly limit was set, on the user's click, from LinkedIn's weekly-limit message.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LimitSource {
    /// The day the user applied it.
    pub on: crate::date::Date,
    /// The day LinkedIn showed the message.
    pub seen_on: crate::date::Date,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            weekly_limit: 100,
            pending_threshold: 500,
            fresh_days: 7,
            consider_days: 21,
            stale_days: 28,
            cooldown_days: 21,
            debug: false,
            stale_source: None,
            limit_source: None,
        }
    }
}

/// What a setting counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum Unit {
    Invitations,
    Days,
    /// A switch (on or off).
    Switch,
}

/// Every setting, in form order: (name as in [`Settings`]' JSON, lowest, highest, unit). A
/// switch has no range.
pub const FIELDS: [(&str, u32, u32, Unit); 7] = [
    ("weeklyLimit", 1, 1000, Unit::Invitations),
    ("pendingThreshold", 1, 5000, Unit::Invitations),
    ("freshDays", 1, 365, Unit::Days),
    ("considerDays", 1, 365, Unit::Days),
    ("staleDays", 1, 365, Unit::Days),
    ("cooldownDays", 1, 365, Unit::Days),
    ("debug", 0, 1, Unit::Switch),
];

/// The numeric settings and their accepted range: (name, lowest, highest), in form order.
pub const LIMITS: [(&str, u32, u32); 6] = {
    let mut out = [("", 0, 0); 6];
    let mut i = 0;
    while i < 6 {
        out[i] = (FIELDS[i].0, FIELDS[i].1, FIELDS[i].2);
        i += 1;
    }
    out
};

/// One setting as the popup's form shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SettingField {
    pub name: &'static str,
    pub unit: Unit,
    /// The range of a number; `null` for a switch.
    pub min: Option<u32>,
    pub max: Option<u32>,
    /// The `_locales` key of its label.
    pub label: String,
}

/// The settings form, field by field.
pub fn fields() -> Vec<SettingField> {
    FIELDS
        .iter()
        .map(|&(name, min, max, unit)| {
            let number = unit != Unit::Switch;
            SettingField {
                name,
                unit,
                min: number.then_some(min),
                max: number.then_some(max),
                label: format!("popup_field_{name}"),
            }
        })
        .collect()
}

/// Why a setting was refused: the field and a message key (translated by the UI).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SettingError {
    pub field: &'static str,
    pub reason: &'static str,
}

impl SettingError {
    /// The other field of a rule between two fields (`considerBeforeFresh`, `staleNotAfterConsider`).
    pub fn partner(&self) -> Option<&'static str> {
        match self.reason {
            "considerBeforeFresh" => Some("freshDays"),
            "staleNotAfterConsider" => Some("considerDays"),
            _ => None,
        }
    }
}

impl Settings {
    /// The numeric settings, in the order of [`LIMITS`] (a test checks them against the serde
    /// names).
    fn numbers_mut(&mut self) -> [&mut u32; 6] {
        [
            &mut self.weekly_limit,
            &mut self.pending_threshold,
            &mut self.fresh_days,
            &mut self.consider_days,
            &mut self.stale_days,
            &mut self.cooldown_days,
        ]
    }

    /// A numeric setting by its name (as in [`LIMITS`]).
    pub fn number(&self, field: &str) -> Option<u32> {
        let i = LIMITS.iter().position(|l| l.0 == field)?;
        Some(*self.clone().numbers_mut()[i])
    }

    /// The settings with these numeric fields changed (by name); unknown names are ignored.
    pub fn with_numbers(&self, numbers: &[(&str, u32)]) -> Settings {
        let mut s = self.clone();
        let slots = s.numbers_mut();
        for &(field, n) in numbers {
            if let Some(i) = LIMITS.iter().position(|l| l.0 == field) {
                *slots[i] = n;
            }
        }
        s
    }

    /// Checks every field; the settings are saved only when this returns no error.
    pub fn validate(&self) -> Vec<SettingError> {
        let mut errors: Vec<SettingError> = LIMITS
            .iter()
            .filter(|&&(field, lo, hi)| !(lo..=hi).contains(&self.number(field).unwrap_or(0)))
            .map(|&(field, _, _)| SettingError {
                field,
                reason: "outOfRange",
            })
            .collect();
        if errors.is_empty() {
            if self.consider_days < self.fresh_days {
                errors.push(SettingError {
                    field: "considerDays",
                    reason: "considerBeforeFresh",
                });
            }
            if self.stale_days <= self.consider_days {
                errors.push(SettingError {
                    field: "staleDays",
                    reason: "staleNotAfterConsider",
                });
            }
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_match_the_contract() {
        let s = Settings::default();
        assert!(s.validate().is_empty());
        assert_eq!(
            (
                s.weekly_limit,
                s.pending_threshold,
                s.fresh_days,
                s.consider_days,
                s.stale_days,
                s.cooldown_days
            ),
            (100, 500, 7, 21, 28, 21)
        );
    }

    #[test]
    fn refuses_out_of_range_and_inconsistent_values() {
        let s = Settings {
            weekly_limit: 0,
            ..Settings::default()
        };
        assert_eq!(
            s.validate(),
            vec![SettingError {
                field: "weeklyLimit",
                reason: "outOfRange"
            }]
        );
        let s = Settings {
            stale_days: 21,
            ..Settings::default()
        };
        assert_eq!(s.validate()[0].field, "staleDays");
        let s = Settings {
            consider_days: 5,
            ..Settings::default()
        };
        assert_eq!(s.validate()[0].reason, "considerBeforeFresh");
        let s = Settings {
            cooldown_days: 366,
            ..Settings::default()
        };
        assert_eq!(s.validate()[0].field, "cooldownDays");
    }

    #[test]
    fn every_field_is_declared_once_by_its_serde_name() {
        let v = serde_json::to_value(Settings::default()).unwrap();
        let names: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        let mut declared: Vec<&str> = FIELDS.iter().map(|f| f.0).collect();
        declared.sort_unstable();
        let mut names = names;
        names.sort_unstable();
        assert_eq!(
            names, declared,
            "a setting without its FIELDS row, or a row without a setting"
        );
        for (name, _, _, unit) in FIELDS {
            assert_eq!(unit == Unit::Switch, v[name].is_boolean(), "{name}");
        }
        let s = Settings::default().with_numbers(&[("staleDays", 40), ("debug", 1), ("nope", 3)]);
        assert_eq!(s.stale_days, 40);
        assert!(!s.debug, "a switch is not a number");
        assert_eq!(s.number("staleDays"), Some(40));
        assert_eq!(s.number("debug"), None);
        // Each number by its name is the member of that serde name.
        let s = Settings {
            weekly_limit: 1,
            pending_threshold: 2,
            fresh_days: 3,
            consider_days: 4,
            stale_days: 5,
            cooldown_days: 6,
            ..Settings::default()
        };
        let v = serde_json::to_value(&s).unwrap();
        for (i, (name, _, _)) in LIMITS.into_iter().enumerate() {
            assert_eq!(s.number(name), v[name].as_u64().map(|n| n as u32), "{name}");
            let changed = s.with_numbers(&[(name, 100 + i as u32)]);
            let w = serde_json::to_value(&changed).unwrap();
            assert_eq!(w[name], 100 + i as u64, "{name}");
        }
    }

    #[test]
    fn missing_fields_take_defaults() {
        let s: Settings = serde_json::from_str(r#"{"weeklyLimit":150}"#).unwrap();
        assert_eq!(
            s,
            Settings {
                weekly_limit: 150,
                ..Settings::default()
            }
        );
    }
}
