//! The user's own copies of their data: a JSON backup (export and merge-import) and a CSV.
//!
//! Backup format 1: `{"format": "warden-backup", "version": 1, "exportedAt", "settings",
//! "withdrawals": [{"slug", "name", "withdrawnAt", "until", ...}], "keeps": [{"slug", "name"}]}`.

use crate::date::{format_iso, parse_iso, Clock, Stamp, DAY_MS};
use crate::decide::reinvite_on;
use crate::settings::Settings;
use crate::state::{clean_name, slug_from_href, Keep, State, Withdrawal};
use serde_json::{json, Value};

pub const FORMAT: &str = "warden-backup";
pub const VERSION: u64 = 1;
/// Larger files are refused before parsing.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

pub fn export_json(s: &State, clock: &dyn Clock) -> String {
    let withdrawals: Vec<Value> = s
        .withdrawals
        .iter()
        .map(|(slug, w)| {
            json!({
                "slug": slug, "name": w.name, "withdrawnAt": format_iso(w.withdrawn_at),
                "withdrawnOn": w.withdrawn_on, "until": w.until, "headline": w.headline, "ageDays": w.age_days,
            })
        })
        .collect();
    let keeps: Vec<Value> = s
        .keeps
        .iter()
        .map(|(slug, k)| json!({ "slug": slug, "name": k.name, "since": format_iso(k.since) }))
        .collect();
    let pending: Vec<Value> = s
        .seen
        .iter()
        .map(|(slug, p)| json!({ "slug": slug, "name": p.name, "sentOn": p.sent_on, "seenOn": p.seen_on }))
        .collect();
    let v = json!({
        "format": FORMAT,
        "version": VERSION,
        "exportedAt": format_iso(clock.now()),
        "settings": s.settings,
        "withdrawals": withdrawals,
        "keeps": keeps,
        "pending": pending,
        "pendingTotal": s.pending,
    });
    serde_json::to_string_pretty(&v).unwrap_or_default()
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
}

/// Merges a backup into the state. Recorded withdrawals stay; for a person in both, the later
/// `withdrawnAt` wins; an imported cooldown ends on the local date of `withdrawnAt` + the
/// cooldown setting. A file that is not a valid backup changes nothing and says why.
pub fn import(s: &mut State, clock: &dyn Clock, text: &str) -> Result<ImportReport, String> {
    if text.len() > MAX_BYTES {
        return Err("tooLarge".into());
    }
    let v: Value = serde_json::from_str(text).map_err(|_| "notJson")?;
    if v.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err("notBackup".into());
    }
    match v.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(n) if n > VERSION => return Err("newerVersion".into()),
        _ => return Err("badVersion".into()),
    }
    let items = v
        .get("withdrawals")
        .and_then(Value::as_array)
        .ok_or("noWithdrawals")?;
    // Validate everything before changing anything.
    let mut incoming = Vec::with_capacity(items.len());
    for item in items {
        let slug = item
            .get("slug")
            .and_then(Value::as_str)
            .and_then(slug_from_href)
            .ok_or("badEntry")?;
        let name = item
            .get("name")
            .and_then(Value::as_str)
            .map(clean_name)
            .ok_or("badEntry")?;
        let at = match item
            .get("withdrawnAt")
            .and_then(Value::as_str)
            .and_then(parse_iso)
            .ok_or("badEntry")?
        {
            Stamp::Instant(ms) => ms,
            Stamp::LocalDate(d) => d.days() as i64 * DAY_MS + DAY_MS / 2,
        };
        if at > clock.now() + DAY_MS {
            return Err("badEntry".into());
        }
        let headline = item
            .get("headline")
            .and_then(Value::as_str)
            .map(clean_name)
            .filter(|h| !h.is_empty());
        let age_days = item
            .get("ageDays")
            .and_then(Value::as_u64)
            .and_then(|a| u32::try_from(a).ok());
        incoming.push((slug, name, at, headline, age_days));
    }
    let mut keeps = Vec::new();
    if let Some(list) = v.get("keeps") {
        for item in list.as_array().ok_or("badEntry")? {
            let slug = item
                .get("slug")
                .and_then(Value::as_str)
                .and_then(slug_from_href)
                .ok_or("badEntry")?;
            let name = item
                .get("name")
                .and_then(Value::as_str)
                .map(clean_name)
                .unwrap_or_default();
            keeps.push((slug, name));
        }
    }
    let settings = v
        .get("settings")
        .and_then(|x| serde_json::from_value::<Settings>(x.clone()).ok())
        .filter(|x| x.validate().is_empty());

    let mut report = ImportReport::default();
    for (slug, name, at, headline, age_days) in incoming {
        let on = clock.local_date(at);
        let w = Withdrawal {
            name,
            headline,
            age_days,
            withdrawn_at: at,
            withdrawn_on: on,
            until: reinvite_on(on, &s.settings),
        };
        match s.withdrawals.get(&slug) {
            None => {
                report.added += 1;
                s.withdrawals.insert(slug, w);
            }
            Some(old) if old.withdrawn_at < at => {
                report.updated += 1;
                s.withdrawals.insert(slug, w);
            }
            Some(_) => report.unchanged += 1,
        }
    }
    for (slug, name) in keeps {
        s.keeps.entry(slug).or_insert(Keep {
            name,
            since: clock.now(),
        });
    }
    // Settings come along only onto an untouched installation: never over the user's choices.
    if let Some(settings) = settings {
        if s.settings == Settings::default() {
            s.settings = settings;
        }
    }
    Ok(report)
}

/// Pending invitations (as last read) and withdrawals, one row each, for a spreadsheet.
pub fn export_csv(s: &State, clock: &dyn Clock) -> String {
    let today = clock.today();
    let mut out = String::from("type,slug,name,sent_on,age_days,withdrawn_on,until,state\r\n");
    for (slug, p) in &s.seen {
        let age = p.sent_on.days_until(today).to_string();
        row(
            &mut out,
            &[
                "pending",
                slug,
                &p.name,
                &p.sent_on.to_string(),
                &age,
                "",
                "",
                "",
            ],
        );
    }
    for (slug, w) in &s.withdrawals {
        let state = if today < w.until { "active" } else { "ended" };
        row(
            &mut out,
            &[
                "cooldown",
                slug,
                &w.name,
                "",
                "",
                &w.withdrawn_on.to_string(),
                &w.until.to_string(),
                state,
            ],
        );
    }
    out
}

fn row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        // A leading = + - @ would make a spreadsheet run the cell as a formula.
        let guarded = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{cell}")
        } else {
            (*cell).to_owned()
        };
        if guarded.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&guarded.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&guarded);
        }
    }
    out.push_str("\r\n");
}
