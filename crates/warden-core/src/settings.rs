//! The user's rules of thumb. None is a published LinkedIn limit, so every one can be changed.

use crate::json::{Bad, Fields, Json, ToJson, Writer};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
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
        }
    }
}

/// The accepted range of each numeric setting: (field, lowest, highest), in form order.
pub const LIMITS: [(&str, u32, u32); 6] = [
    ("weeklyLimit", 1, 1000),
    ("pendingThreshold", 1, 5000),
    ("freshDays", 1, 365),
    ("considerDays", 1, 365),
    ("staleDays", 1, 365),
    ("cooldownDays", 1, 365),
];

/// Why a setting was refused: the field and a message key (translated by the UI).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SettingError {
    pub field: &'static str,
    pub reason: &'static str,
}

impl Settings {
    /// A numeric setting by its field name (as in [`LIMITS`]).
    pub fn number(&self, field: &str) -> Option<u32> {
        Some(match field {
            "weeklyLimit" => self.weekly_limit,
            "pendingThreshold" => self.pending_threshold,
            "freshDays" => self.fresh_days,
            "considerDays" => self.consider_days,
            "staleDays" => self.stale_days,
            "cooldownDays" => self.cooldown_days,
            _ => return None,
        })
    }

    /// Sets a numeric setting by its field name; false for an unknown name.
    pub fn set_number(&mut self, field: &str, value: u32) -> bool {
        let slot = match field {
            "weeklyLimit" => &mut self.weekly_limit,
            "pendingThreshold" => &mut self.pending_threshold,
            "freshDays" => &mut self.fresh_days,
            "considerDays" => &mut self.consider_days,
            "staleDays" => &mut self.stale_days,
            "cooldownDays" => &mut self.cooldown_days,
            _ => return false,
        };
        *slot = value;
        true
    }

    /// Reads settings as their serde derive does: a member left out takes its default,
    /// unknown members are ignored, a wrong type or range is refused.
    pub fn read(v: &Json<'_>) -> Result<Settings, Bad> {
        let f = Fields::of(v, "settings")?;
        let d = Settings::default();
        Ok(Settings {
            weekly_limit: f.u32_or("weeklyLimit", d.weekly_limit)?,
            pending_threshold: f.u32_or("pendingThreshold", d.pending_threshold)?,
            fresh_days: f.u32_or("freshDays", d.fresh_days)?,
            consider_days: f.u32_or("considerDays", d.consider_days)?,
            stale_days: f.u32_or("staleDays", d.stale_days)?,
            cooldown_days: f.u32_or("cooldownDays", d.cooldown_days)?,
            debug: f.bool_or("debug", d.debug)?,
        })
    }

    /// Checks every field; the settings are saved only when this returns no error.
    pub fn validate(&self) -> Vec<SettingError> {
        let mut errors = Vec::new();
        let mut range = |field, v: u32, lo, hi| {
            if v < lo || v > hi {
                errors.push(SettingError {
                    field,
                    reason: "outOfRange",
                });
            }
        };
        for (field, lo, hi) in LIMITS {
            range(field, self.number(field).unwrap_or(0), lo, hi);
        }
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

impl ToJson for Settings {
    fn write(&self, w: &mut Writer) {
        w.begin_obj()
            .field("weeklyLimit", &self.weekly_limit)
            .field("pendingThreshold", &self.pending_threshold)
            .field("freshDays", &self.fresh_days)
            .field("considerDays", &self.consider_days)
            .field("staleDays", &self.stale_days)
            .field("cooldownDays", &self.cooldown_days)
            .field("debug", &self.debug)
            .end_obj();
    }
}

impl ToJson for SettingError {
    fn write(&self, w: &mut Writer) {
        w.begin_obj()
            .field("field", self.field)
            .field("reason", self.reason)
            .end_obj();
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
