//! The user's rules of thumb. None is a published LinkedIn limit, so every one can be changed.

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

/// Why a setting was refused: the field and a message key (translated by the UI).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SettingError {
    pub field: &'static str,
    pub reason: &'static str,
}

impl Settings {
    /// Checks every field; the settings are saved only when this returns no error.
    pub fn validate(&self) -> Vec<SettingError> {
        let mut errors = Vec::new();
        let mut range = |field, v: u32, lo, hi| {
            if v < lo || v > hi {
                errors.push(SettingError { field, reason: "outOfRange" });
            }
        };
        range("weeklyLimit", self.weekly_limit, 1, 1000);
        range("pendingThreshold", self.pending_threshold, 1, 5000);
        range("freshDays", self.fresh_days, 1, 365);
        range("considerDays", self.consider_days, 1, 365);
        range("staleDays", self.stale_days, 1, 365);
        range("cooldownDays", self.cooldown_days, 1, 365);
        if errors.is_empty() {
            if self.consider_days < self.fresh_days {
                errors.push(SettingError { field: "considerDays", reason: "considerBeforeFresh" });
            }
            if self.stale_days <= self.consider_days {
                errors.push(SettingError { field: "staleDays", reason: "staleNotAfterConsider" });
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
        assert_eq!((s.weekly_limit, s.pending_threshold, s.fresh_days, s.consider_days, s.stale_days, s.cooldown_days), (100, 500, 7, 21, 28, 21));
    }

    #[test]
    fn refuses_out_of_range_and_inconsistent_values() {
        let s = Settings { weekly_limit: 0, ..Settings::default() };
        assert_eq!(s.validate(), vec![SettingError { field: "weeklyLimit", reason: "outOfRange" }]);
        let s = Settings { stale_days: 21, ..Settings::default() };
        assert_eq!(s.validate()[0].field, "staleDays");
        let s = Settings { consider_days: 5, ..Settings::default() };
        assert_eq!(s.validate()[0].reason, "considerBeforeFresh");
        let s = Settings { cooldown_days: 366, ..Settings::default() };
        assert_eq!(s.validate()[0].field, "cooldownDays");
    }

    #[test]
    fn missing_fields_take_defaults() {
        let s: Settings = serde_json::from_str(r#"{"weeklyLimit":150}"#).unwrap();
        assert_eq!(s, Settings { weekly_limit: 150, ..Settings::default() });
    }
}
