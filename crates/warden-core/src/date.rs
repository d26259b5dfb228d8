//! Local calendar dates and instants, without a date library.
//!
//! A [`Date`] is a day of the user's local calendar. The browser (or a test) says which local
//! date an instant falls on through [`Clock`]; everything else here is plain arithmetic.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A local calendar date, stored as days since 1970-01-01.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct Date(i32);

impl Date {
    /// The date for a year, month (1-12) and day (1-31), or `None` when it does not exist.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) || !(1..=9999).contains(&y) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = m as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Date(era * 146097 + doe - 719468))
    }

    pub fn from_days(days: i32) -> Date {
        Date(days)
    }

    pub fn days(self) -> i32 {
        self.0
    }

    /// (year, month 1-12, day 1-31).
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        (if m <= 2 { y + 1 } else { y }, m, d)
    }

    pub fn add_days(self, n: i64) -> Date {
        Date((self.0 as i64 + n).clamp(i32::MIN as i64 / 2, i32::MAX as i64 / 2) as i32)
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.0 as i64 - self.0 as i64
    }

    /// Parses `YYYY-MM-DD` (the only form Warden writes).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let y = digits(&b[0..4])? as i32;
        let m = digits(&b[5..7])?;
        let d = digits(&b[8..10])?;
        Date::from_ymd(y, m, d)
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    let mut n: u32 = 0;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (c - b'0') as u32;
    }
    Some(n)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom("expected a YYYY-MM-DD date"))
    }
}

/// Milliseconds since the Unix epoch (UTC), as JavaScript's `Date.now()`.
pub type Millis = i64;

/// What time it is, and which local calendar date an instant falls on.
/// The browser implements it with `Date`; tests with a fixed offset.
pub trait Clock {
    fn now(&self) -> Millis;
    fn local_date(&self, at: Millis) -> Date;
    fn today(&self) -> Date {
        self.local_date(self.now())
    }
}

/// A clock stopped at one instant, in a time zone with a fixed offset from UTC.
#[derive(Clone, Copy, Debug)]
pub struct FixedClock {
    pub now: Millis,
    pub offset_minutes: i32,
}

impl FixedClock {
    /// Noon UTC of the given date, offset 0: handy in tests.
    pub fn at_noon(date: Date) -> FixedClock {
        FixedClock {
            now: date.days() as i64 * DAY_MS + DAY_MS / 2,
            offset_minutes: 0,
        }
    }
}

pub const DAY_MS: i64 = 86_400_000;

impl Clock for FixedClock {
    fn now(&self) -> Millis {
        self.now
    }
    fn local_date(&self, at: Millis) -> Date {
        let local = at + self.offset_minutes as i64 * 60_000;
        Date::from_days(
            local
                .div_euclid(DAY_MS)
                .clamp(i32::MIN as i64 / 2, i32::MAX as i64 / 2) as i32,
        )
    }
}

/// An instant or a bare date read from ISO 8601 text (`<time datetime>`, backups).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Stamp {
    /// An exact instant (the text had `Z` or an offset).
    Instant(Millis),
    /// A local date (the text had no time, or a time without a zone, which is local time).
    LocalDate(Date),
}

impl Stamp {
    pub fn local_date(self, clock: &dyn Clock) -> Date {
        match self {
            Stamp::Instant(ms) => clock.local_date(ms),
            Stamp::LocalDate(d) => d,
        }
    }
}

/// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]`, optionally followed by `Z` or `±HH:MM`.
/// A space may stand for the `T`. Anything else gives `None`.
pub fn parse_iso(text: &str) -> Option<Stamp> {
    let s = text.trim();
    if s.len() > 64 || !s.is_ascii() {
        return None;
    }
    let date = Date::parse(s.get(0..10)?)?;
    let rest = s.get(10..)?;
    if rest.is_empty() {
        return Some(Stamp::LocalDate(date));
    }
    let rest = rest
        .strip_prefix('T')
        .or_else(|| rest.strip_prefix('t'))
        .or_else(|| rest.strip_prefix(' '))?;
    let b = rest.as_bytes();
    if b.len() < 5 || b[2] != b':' {
        return None;
    }
    let h = digits(&b[0..2])?;
    let mi = digits(&b[3..5])?;
    let mut i = 5;
    let mut sec = 0;
    let mut ms = 0u32;
    if b.get(i) == Some(&b':') {
        sec = digits(b.get(i + 1..i + 3)?)?;
        i += 3;
        if b.get(i) == Some(&b'.') || b.get(i) == Some(&b',') {
            i += 1;
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i == start {
                return None;
            }
            let frac = &b[start..i.min(start + 3)];
            ms = digits(frac)? * 10u32.pow(3 - frac.len() as u32);
        }
    }
    if h > 23 || mi > 59 || sec > 60 {
        return None;
    }
    let day_ms = date.days() as i64 * DAY_MS
        + (h as i64 * 3600 + mi as i64 * 60 + sec as i64) * 1000
        + ms as i64;
    let zone = rest.get(i..)?;
    if zone.is_empty() {
        return Some(Stamp::LocalDate(date));
    }
    if zone == "Z" || zone == "z" {
        return Some(Stamp::Instant(day_ms));
    }
    let zb = zone.as_bytes();
    let sign = match zb[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let (oh, om) = match zb.len() {
        6 if zb[3] == b':' => (digits(&zb[1..3])?, digits(&zb[4..6])?),
        5 => (digits(&zb[1..3])?, digits(&zb[3..5])?),
        3 => (digits(&zb[1..3])?, 0),
        _ => return None,
    };
    if oh > 23 || om > 59 {
        return None;
    }
    Some(Stamp::Instant(
        day_ms - sign * (oh as i64 * 60 + om as i64) * 60_000,
    ))
}

/// Writes an instant as ISO 8601 UTC with milliseconds, like JavaScript's `toISOString()`.
pub fn format_iso(at: Millis) -> String {
    let date = Date::from_days(at.div_euclid(DAY_MS) as i32);
    let ms = at.rem_euclid(DAY_MS);
    let (h, mi, s, milli) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    format!("{date}T{h:02}:{mi:02}:{s:02}.{milli:03}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_day_of_four_centuries() {
        let start = Date::from_ymd(1900, 1, 1).unwrap().days();
        let end = Date::from_ymd(2300, 1, 1).unwrap().days();
        for d in start..end {
            let (y, m, dd) = Date::from_days(d).ymd();
            assert_eq!(Date::from_ymd(y, m, dd), Some(Date::from_days(d)));
        }
    }

    #[test]
    fn known_dates() {
        assert_eq!(Date::from_ymd(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(Date::from_ymd(2000, 3, 1).unwrap().days(), 11017);
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("2026-1-01"), None);
        assert_eq!(Date::parse("abcd-ef-gh"), None);
        assert_eq!(
            Date::parse("2026-11-29").unwrap().add_days(21).to_string(),
            "2026-12-20"
        );
        assert_eq!(
            Date::parse("2026-12-20").unwrap().add_days(21).to_string(),
            "2027-01-10"
        );
    }

    #[test]
    fn iso_forms() {
        let d = Date::parse("2026-11-08").unwrap();
        assert_eq!(parse_iso("2026-11-08"), Some(Stamp::LocalDate(d)));
        assert_eq!(parse_iso("2026-11-08T23:30"), Some(Stamp::LocalDate(d)));
        let z = parse_iso("2026-11-08T23:30:00.000Z").unwrap();
        assert_eq!(
            z,
            Stamp::Instant(d.days() as i64 * DAY_MS + 23 * 3_600_000 + 30 * 60_000)
        );
        assert_eq!(parse_iso("2026-11-09T01:30:00+02:00"), Some(z));
        assert_eq!(
            parse_iso("2026-11-08T18:30:00-0500"),
            Some(Stamp::Instant(
                d.days() as i64 * DAY_MS + 23 * 3_600_000 + 30 * 60_000
            ))
        );
        // Local date depends on the zone of the clock.
        let paris = FixedClock {
            now: 0,
            offset_minutes: 60,
        };
        assert_eq!(z.local_date(&paris).to_string(), "2026-11-09");
        let ny = FixedClock {
            now: 0,
            offset_minutes: -300,
        };
        assert_eq!(z.local_date(&ny).to_string(), "2026-11-08");
        for bad in [
            "",
            "yesterday",
            "2026-11-08T",
            "2026-11-08T25:00Z",
            "2026-11-08T10:00+99:00",
            "2026-11-08Tab:cd",
            "2026-11-08T10:00:00.Z",
            "2026-11-08T10:00Q",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn iso_round_trip() {
        for at in [0i64, 1_764_000_000_123, -86_400_001, 1_800_000_000_000] {
            assert_eq!(parse_iso(&format_iso(at)), Some(Stamp::Instant(at)), "{at}");
        }
        assert_eq!(format_iso(0), "1970-01-01T00:00:00.000Z");
    }
}
