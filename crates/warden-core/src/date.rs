//! Local calendar dates and instants, on the `chrono` crate.
//!
//! A [`Date`] is a day of the user's local calendar. The browser (or a test) says which local
//! date an instant falls on through [`Clock`]; the calendar arithmetic and the ISO 8601 reading
//! and writing are chrono's.

use chrono::format::{parse, parse_and_remainder, Fixed, Item, Numeric, Pad, Parsed};
use chrono::{DateTime, Datelike, Days, NaiveDate, SecondsFormat, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// A local calendar date: chrono's `NaiveDate`, serialized as `YYYY-MM-DD`.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(transparent)]
pub struct Date(NaiveDate);

/// Years 1 to 9999: what four digits write without a sign (and no year zero), as before chrono.
fn in_range(d: &NaiveDate) -> bool {
    (1..=9999).contains(&d.year())
}

impl Date {
    /// The date for a year (1-9999), month (1-12) and day (1-31), or `None` when it does not exist.
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(y, m, d).filter(in_range).map(Date)
    }

    /// The date `days` after 1970-01-01; beyond chrono's range (about 262,000 years either way)
    /// it stays at that range's first or last day.
    pub fn from_days(days: i32) -> Date {
        Date(NaiveDate::from_epoch_days(days).unwrap_or(if days < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        }))
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i32 {
        self.0.to_epoch_days()
    }

    /// (year, month 1-12, day 1-31).
    pub fn ymd(self) -> (i32, u32, u32) {
        (self.0.year(), self.0.month(), self.0.day())
    }

    /// `n` days later (earlier when negative), stopping at the ends of chrono's range.
    pub fn add_days(self, n: i64) -> Date {
        let moved = if n >= 0 {
            self.0.checked_add_days(Days::new(n.unsigned_abs()))
        } else {
            self.0.checked_sub_days(Days::new(n.unsigned_abs()))
        };
        Date(moved.unwrap_or(if n < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        }))
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.0.signed_duration_since(self.0).num_days()
    }

    /// Parses `YYYY-MM-DD` (the only form Warden writes). chrono alone would also take one-digit
    /// months and days, longer or signed years, and spaces: only the ten-character form passes.
    pub fn parse(s: &str) -> Option<Date> {
        let shaped = s.len() == 10
            && s.bytes().enumerate().all(|(i, c)| match i {
                4 | 7 => c == b'-',
                _ => c.is_ascii_digit(),
            });
        if !shaped {
            return None;
        }
        s.parse::<NaiveDate>().ok().filter(in_range).map(Date)
    }

    /// chrono's date, for code that needs more of its calendar.
    pub fn naive(self) -> NaiveDate {
        self.0
    }
}

impl From<NaiveDate> for Date {
    fn from(d: NaiveDate) -> Date {
        Date(d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

/// Reads only what [`Date::parse`] reads (chrono's own reading is looser, see there).
impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| serde::de::Error::custom("expected a YYYY-MM-DD date"))
    }
}

/// Milliseconds since the Unix epoch (UTC), as JavaScript's `Date.now()`.
pub type Millis = i64;

/// An instant as chrono's UTC date-time. Instants beyond chrono's range are moved a day inside
/// it, so that any zone's offset can still be applied (chrono panics past its ends).
pub fn instant(at: Millis) -> DateTime<Utc> {
    let first = DateTime::<Utc>::MIN_UTC.timestamp_millis() + DAY_MS;
    let last = DateTime::<Utc>::MAX_UTC.timestamp_millis() - DAY_MS;
    DateTime::from_timestamp_millis(at.clamp(first, last)).unwrap_or_default()
}

/// What time it is, and which local calendar date an instant falls on.
/// The browser implements it with chrono's `Local`; tests with a fixed offset.
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
    /// The offset moves the instant to the zone's wall-clock time, whose date chrono reads. (A
    /// plain shift rather than chrono's `FixedOffset`, which refuses offsets of a day or more.)
    fn local_date(&self, at: Millis) -> Date {
        let shift = self.offset_minutes as i64 * 60_000;
        Date(instant(at.saturating_add(shift)).date_naive())
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

// chrono's items for the time and the offset in `parse_iso`. Items rather than format strings
// ("%H:%M"): those would bring chrono's reader of format strings into the wasm module (about
// 9 KiB), and read the same.
const HH_MM: [Item<'static>; 3] = [
    Item::Numeric(Numeric::Hour, Pad::Zero),
    Item::Literal(":"),
    Item::Numeric(Numeric::Minute, Pad::Zero),
];
const HH_MM_SS: [Item<'static>; 6] = [
    Item::Numeric(Numeric::Hour, Pad::Zero),
    Item::Literal(":"),
    Item::Numeric(Numeric::Minute, Pad::Zero),
    Item::Literal(":"),
    Item::Numeric(Numeric::Second, Pad::Zero),
    Item::Fixed(Fixed::Nanosecond),
];
/// `Z`, `z`, `±HH:MM` or `±HHMM`.
const OFFSET: [Item<'static>; 1] = [Item::Fixed(Fixed::TimezoneOffsetColonZ)];

/// What chrono reads at the start of `s` with `items`, and the rest of `s`.
fn read<'a>(s: &'a str, items: &[Item<'static>]) -> Option<(Parsed, &'a str)> {
    let mut parsed = Parsed::new();
    let rest = parse_and_remainder(&mut parsed, s, items.iter()).ok()?;
    Some((parsed, rest))
}

/// Parses `YYYY-MM-DD`, optionally followed by `T` (or `t`, or a space) and a time
/// `HH:MM[:SS[.fff]]`, optionally followed by `Z` or an offset `±HH:MM` or `±HHMM`: RFC 3339 and
/// the shorter forms of ISO 8601 that `<time datetime>` allows. Anything else gives `None`.
///
/// The date is read as [`Date::parse`] reads it; the time and the offset are chrono's reading
/// (which also takes one-digit hours, minutes and seconds, and spaces before them or the offset).
pub fn parse_iso(text: &str) -> Option<Stamp> {
    let s = text.trim();
    if s.len() > 64 || !s.is_ascii() {
        return None;
    }
    let date = Date::parse(s.get(..10)?)?;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some(Stamp::LocalDate(date));
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let (time, zone) = read(rest, &HH_MM_SS).or_else(|| read(rest, &HH_MM))?;
    let time = time.to_naive_time().ok()?;
    if zone.is_empty() {
        // A time without a zone is local time: only its date matters here.
        return Some(Stamp::LocalDate(date));
    }
    let mut offset = Parsed::new();
    parse(&mut offset, zone, OFFSET.iter()).ok()?;
    let offset = offset.to_fixed_offset().ok()?;
    let at = date.0.and_time(time).and_local_timezone(offset).single()?;
    Some(Stamp::Instant(at.timestamp_millis()))
}

/// Writes an instant as ISO 8601 UTC with milliseconds, like JavaScript's `toISOString()`.
pub fn format_iso(at: Millis) -> String {
    instant(at).to_rfc3339_opts(SecondsFormat::Millis, true)
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
    fn years_and_range_ends() {
        // Years 1 to 9999 only, as before chrono (chrono itself knows year 0 and year 10000).
        assert_eq!(Date::from_ymd(0, 12, 31), None);
        assert_eq!(Date::from_ymd(10000, 1, 1), None);
        assert_eq!(Date::parse("0000-01-01"), None);
        assert_eq!(Date::parse("9999-12-31").unwrap().ymd(), (9999, 12, 31));
        // chrono reads these; Warden's fixed ten-character form does not.
        for bad in ["+2026-01-01", "2026-01-1 ", " 026-01-01", "2026-01-01Z"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        // Beyond chrono's range (about 262,000 years) days stop at its ends instead of at
        // 2^30 days: no panic, and the order holds.
        let (first, last) = (Date::from_days(i32::MIN), Date::from_days(i32::MAX));
        assert!(
            first < Date::from_ymd(1, 1, 1).unwrap() && last > Date::from_ymd(9999, 1, 1).unwrap()
        );
        assert_eq!(last.add_days(1), last);
        assert_eq!(first.add_days(-1), first);
        let today = Date::parse("2026-11-29").unwrap();
        assert_eq!(today.add_days(i64::MAX), last);
        assert_eq!(today.add_days(i64::MIN), first);
        assert_eq!(
            today.days_until(last),
            last.days() as i64 - today.days() as i64
        );
        // Instants beyond it, with any offset, fall on a day near its ends.
        for (at, end) in [(i64::MIN, first), (i64::MAX, last)] {
            for offset_minutes in [i32::MIN, 0, i32::MAX] {
                let clock = FixedClock {
                    now: at,
                    offset_minutes,
                };
                assert!(
                    clock.today().days_until(end).abs() <= 2,
                    "{at} {offset_minutes}"
                );
            }
            assert!(!format_iso(at).is_empty());
        }
    }

    #[test]
    fn serde_as_text() {
        let d = Date::parse("2026-03-01").unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2026-03-01\"");
        assert_eq!(serde_json::from_str::<Date>("\"2026-03-01\"").unwrap(), d);
        for bad in [
            "\"2026-3-01\"",
            "\"+2026-03-01\"",
            "\"2026-02-30\"",
            "20260301",
        ] {
            assert!(serde_json::from_str::<Date>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn iso_forms_chrono_reads() {
        let d = Date::parse("2026-11-08").unwrap();
        let at = |h: i64, mi: i64, ms: i64| {
            Some(Stamp::Instant(
                d.days() as i64 * DAY_MS + (h * 60 + mi) * 60_000 + ms,
            ))
        };
        for same in [
            "2026-11-08T10:00:00Z",
            "2026-11-08t10:00z",
            "2026-11-08 10:00Z",
            "2026-11-08T12:00+0200",
            "2026-11-08T05:30:00-04:30",
        ] {
            assert_eq!(parse_iso(same), at(10, 0, 0), "{same}");
        }
        // Fractions beyond milliseconds are cut, not rounded; a leap second counts as the next.
        assert_eq!(parse_iso("2026-11-08T10:00:00.1239Z"), at(10, 0, 123));
        assert_eq!(parse_iso("2026-11-08T23:59:60Z"), at(24, 0, 0));
        assert_eq!(parse_iso("2026-11-08T10:00:00+23:59"), at(10 - 23, -59, 0));
        // Looser than before: chrono reads one-digit hours and minutes, and a space before the
        // offset (harmless: the same numbers, written shorter).
        assert_eq!(parse_iso("2026-11-08T9:5Z"), at(9, 5, 0));
        assert_eq!(parse_iso("2026-11-08T10:00 +00:00"), at(10, 0, 0));
        // Stricter than before: a comma before the fraction (ISO 8601 allows it, RFC 3339 and
        // HTML's `datetime` do not) is refused, as chrono refuses it.
        assert_eq!(parse_iso("2026-11-08T10:00:00,5Z"), None);
        // An offset of hours alone (ISO 8601's `+02`; HTML's `datetime` and RFC 3339 want the
        // minutes) is refused: chrono reads it only through a format string (see `HH_MM`).
        assert_eq!(parse_iso("2026-11-08T12:00+02"), None);
        assert_eq!(parse_iso("2026-11-08T12:00+02:00"), at(10, 0, 0));
        for bad in [
            "2026-11-08T10:00+24:00",
            "2026-11-08T10:00+02:60",
            "2026-11-08T10:60Z",
            "2026-11-08T10:00:61Z",
            "2026-11-08T10:00Z junk",
            "2026-11-08X10:00Z",
            "2026-02-30T10:00Z",
            "2026-11-08T10Z",
            "2026-11-08Z",
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
