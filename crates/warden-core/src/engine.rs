//! Warden's one entry point: a request in, an answer out, the state loaded and saved through a
//! [`Store`]. The background service worker is the only caller that writes; the content script
//! may answer read requests itself when its page lets it run the wasm.

use crate::age::{parse_age_words, parse_people_total};
use crate::date::{parse_iso, Clock, Date, DAY_MS};
use crate::decide::{judge, Bucket, Hint};
use crate::settings::Settings;
use crate::state::{
    self, clean_name, slug_from_href, Keep, Notice, PendingSnapshot, Seen, Send, State, Unreadable,
    Withdrawal,
};
use crate::store::Store;
use crate::{backup, view};
use serde::Deserialize;
use serde_json::{json, Value};

/// One card as the content script read it from the page.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CardText {
    /// The card's profile link (`href`), if any.
    pub href: Option<String>,
    /// The text of the age line candidates, in document order (the first that parses wins).
    pub age_texts: Vec<String>,
    /// The `datetime` attribute of a `<time>` in the card: it wins over words.
    pub datetime: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum Request {
    /// Read: verdicts for cards, and the page's stated total.
    Annotate {
        cards: Vec<CardText>,
        #[serde(default)]
        total_texts: Vec<String>,
    },
    /// Read: what the profile banner of this person says.
    Profile { href: String },
    /// Read: everything the popup shows.
    Popup,
    /// Read: the settings.
    Settings,
    /// Write: the Sent page as it stands (counts, and cards with their ages).
    SentPageSeen {
        pending: u32,
        cards: u32,
        stale: u32,
        consider: u32,
        people: Vec<PersonAge>,
    },
    /// Write: the user confirmed a withdrawal and the page removed the card.
    Withdrawn {
        href: String,
        name: String,
        #[serde(default)]
        headline: Option<String>,
        /// The card's texts in document order, to find the headline in when none is given.
        #[serde(default)]
        texts: Vec<String>,
        #[serde(default)]
        age_days: Option<u32>,
    },
    /// Write: mark or unmark a person as a priority.
    SetKeep {
        href: String,
        name: String,
        keep: bool,
    },
    /// Write: the user sent an invitation (seen on any LinkedIn page).
    InviteSent {
        #[serde(default)]
        href: Option<String>,
        #[serde(default)]
        name: String,
    },
    /// Write: LinkedIn said the weekly limit is reached.
    LimitReached,
    /// Write: new settings (refused with reasons when invalid).
    SaveSettings { settings: Settings },
    /// Write: the popup's settings form as typed (text fields), checked field by field.
    SaveSettingsForm { form: Value },
    /// Write: merge a JSON backup.
    Import { text: String },
    /// Read: the JSON backup.
    ExportJson,
    /// Read: pending invitations and cooldowns as CSV.
    ExportCsv,
    /// Write: forget the notices the user has read.
    DismissNotices,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonAge {
    pub href: String,
    #[serde(default)]
    pub name: String,
    pub age_days: u32,
}

impl Request {
    /// Whether answering changes the state (then only the background may answer).
    pub fn writes(&self) -> bool {
        !matches!(
            self,
            Request::Annotate { .. }
                | Request::Profile { .. }
                | Request::Popup
                | Request::Settings
                | Request::ExportJson
                | Request::ExportCsv
        )
    }
}

/// The state as loaded, with what must happen to unreadable data before the next write.
pub struct Loaded {
    pub state: State,
    /// Unreadable stored text to copy aside before overwriting it.
    pub aside: Option<(String, Unreadable)>,
}

pub async fn load<S: Store>(store: &S) -> Result<Loaded, String> {
    let raw = store.get(state::STATE_KEY).await?;
    Ok(match state::decode(raw.as_deref()) {
        Ok(state) => Loaded { state, aside: None },
        Err(why) => Loaded {
            state: State {
                schema: state::SCHEMA,
                ..State::default()
            },
            aside: raw.map(|r| (r, why)),
        },
    })
}

/// Saves the state, first copying unreadable data aside (never overwritten), retrying a failed
/// write a few times. An error is returned, never swallowed.
pub async fn save<S: Store>(
    store: &S,
    clock: &dyn Clock,
    loaded: &mut Loaded,
) -> Result<(), String> {
    if let Some((raw, _)) = loaded.aside.take() {
        let key = format!("{}{}", state::ASIDE_PREFIX, clock.now());
        retry(|| store.set(&key, &raw)).await?;
        loaded.state.notices.push(Notice {
            kind: "unreadable".into(),
            at: clock.now(),
            key: Some(key),
        });
    }
    prune(&mut loaded.state, clock);
    let text = state::encode(&loaded.state);
    retry(|| store.set(state::STATE_KEY, &text)).await
}

async fn retry<F, Fut>(mut op: F) -> Result<(), String>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let mut last = String::new();
    for _ in 0..3 {
        match op().await {
            Ok(()) => return Ok(()),
            Err(e) => last = e,
        }
    }
    Err(last)
}

/// Days after its end that a withdrawal is still kept (then pruned). Active ones never are.
pub const KEEP_ENDED_WITHDRAWALS_DAYS: i64 = 365;
/// Days an observed send is kept (the quota needs 7).
pub const KEEP_SENDS_DAYS: i64 = 30;
/// Days a card read on the Sent page is kept after it was last seen there.
pub const KEEP_SEEN_DAYS: i64 = 90;

/// The documented pruning rule: ended withdrawals after a year, sends after 30 days, Sent-page
/// readings not refreshed for 90 days, notices after 30 days. A running cooldown is never pruned.
pub fn prune(s: &mut State, clock: &dyn Clock) {
    let today = clock.today();
    let now = clock.now();
    s.withdrawals
        .retain(|_, w| today.days_until(w.until) > -KEEP_ENDED_WITHDRAWALS_DAYS);
    s.sends.retain(|_, x| now - x.at < KEEP_SENDS_DAYS * DAY_MS);
    s.seen
        .retain(|_, x| x.seen_on.days_until(today) < KEEP_SEEN_DAYS);
    s.notices.retain(|n| now - n.at < 30 * DAY_MS);
    if s.notices.len() > 20 {
        let drop = s.notices.len() - 20;
        s.notices.drain(..drop);
    }
}

/// The age of a card: an exact `<time datetime>` wins, else the first age line that parses.
pub fn card_age(card: &CardText, clock: &dyn Clock) -> Option<u32> {
    let today = clock.today();
    if let Some(stamp) = card.datetime.as_deref().and_then(parse_iso) {
        let days = stamp.local_date(clock).days_until(today);
        if days >= 0 {
            return u32::try_from(days).ok();
        }
    }
    card.age_texts.iter().find_map(|t| parse_age_words(t))
}

/// Answers a request. Errors come back as `{"error": key}`, never as a panic.
pub async fn handle<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> Value {
    match run(store, clock, req).await {
        Ok(v) => v,
        Err(e) => json!({ "error": e }),
    }
}

async fn run<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> Result<Value, String> {
    let mut loaded = load(store).await?;
    let today = clock.today();
    let writes = req.writes();
    let answer = {
        let s = &mut loaded.state;
        match req {
            Request::Annotate { cards, total_texts } => annotate(s, clock, &cards, &total_texts),
            Request::Profile { href } => profile(s, today, &href),
            Request::Popup => view::popup(s, clock, loaded.aside.as_ref().map(|a| &a.1)),
            Request::Settings => json!({ "settings": s.settings }),
            Request::SentPageSeen {
                pending,
                cards,
                stale,
                consider,
                people,
            } => {
                for p in people {
                    if let Some(slug) = slug_from_href(&p.href) {
                        let sent_on = today.add_days(-(p.age_days as i64));
                        s.seen.insert(
                            slug,
                            Seen {
                                name: clean_name(&p.name),
                                sent_on,
                                seen_on: today,
                            },
                        );
                    }
                }
                s.pending = Some(PendingSnapshot {
                    count: pending,
                    cards,
                    stale,
                    consider,
                    read_on: today,
                    read_at: clock.now(),
                });
                json!({ "ok": true, "stale": stale })
            }
            Request::Withdrawn {
                href,
                name,
                headline,
                texts,
                age_days,
            } => {
                let slug = slug_from_href(&href).ok_or("badProfileLink")?;
                let w = Withdrawal {
                    name: clean_name(&name),
                    headline: headline
                        .map(|h| clean_name(&h))
                        .filter(|h| !h.is_empty())
                        .or_else(|| state::pick_headline(&texts, &name)),
                    age_days,
                    withdrawn_at: clock.now(),
                    withdrawn_on: today,
                    until: crate::decide::reinvite_on(today, &s.settings),
                };
                s.seen.remove(&slug);
                let until = w.until;
                s.withdrawals.insert(slug.clone(), w);
                json!({ "ok": true, "slug": slug, "until": until })
            }
            Request::SetKeep { href, name, keep } => {
                let slug = slug_from_href(&href).ok_or("badProfileLink")?;
                if keep {
                    s.keeps.insert(
                        slug.clone(),
                        Keep {
                            name: clean_name(&name),
                            since: clock.now(),
                        },
                    );
                } else {
                    s.keeps.remove(&slug);
                }
                json!({ "ok": true, "slug": slug, "keep": keep })
            }
            Request::InviteSent { href, name } => {
                let name = clean_name(&name);
                let key = match href.as_deref().and_then(slug_from_href) {
                    Some(slug) => slug,
                    None if !name.is_empty() => format!("name:{name}"),
                    None => return Err("unknownPerson".into()),
                };
                s.sends.insert(
                    key.clone(),
                    Send {
                        name,
                        at: clock.now(),
                    },
                );
                json!({ "ok": true, "key": key })
            }
            Request::LimitReached => {
                s.limit_reached_at = Some(clock.now());
                json!({ "ok": true })
            }
            Request::SaveSettings { settings } => {
                let errors = settings.validate();
                if !errors.is_empty() {
                    return Ok(json!({ "ok": false, "errors": errors }));
                }
                s.settings = settings;
                json!({ "ok": true, "settings": s.settings })
            }
            Request::SaveSettingsForm { form } => {
                match view::settings_from_form(&form, &s.settings) {
                    Ok(settings) => {
                        s.settings = settings;
                        json!({ "ok": true, "settings": s.settings })
                    }
                    Err(errors) => return Ok(json!({ "ok": false, "errors": errors })),
                }
            }
            Request::Import { text } => match backup::import(s, clock, &text) {
                Ok(report) => {
                    json!({ "ok": true, "added": report.added, "updated": report.updated, "unchanged": report.unchanged })
                }
                Err(why) => return Ok(json!({ "ok": false, "error": why })),
            },
            Request::ExportJson => {
                json!({ "text": backup::export_json(s, clock), "filename": format!("warden-backup-{today}.json") })
            }
            Request::ExportCsv => {
                json!({ "text": backup::export_csv(s, clock), "filename": format!("warden-{today}.csv") })
            }
            Request::DismissNotices => {
                s.notices.clear();
                json!({ "ok": true })
            }
        }
    };
    if writes {
        save(store, clock, &mut loaded)
            .await
            .map_err(|e| format!("writeFailed: {e}"))?;
    }
    Ok(answer)
}

fn annotate(s: &State, clock: &dyn Clock, cards: &[CardText], total_texts: &[String]) -> Value {
    let today = clock.today();
    let verdicts: Vec<Value> = cards
        .iter()
        .map(|card| {
            let Some(age) = card_age(card, clock) else {
                return Value::Null;
            };
            let slug = card.href.as_deref().and_then(slug_from_href);
            let kept = slug.as_ref().is_some_and(|k| s.keeps.contains_key(k));
            let v = judge(age, kept, today, &s.settings);
            // The hint by age alone: what the summary counts, kept or not.
            let by_age = judge(age, false, today, &s.settings).hint;
            json!({
                "slug": slug,
                "ageDays": v.age_days,
                "bucket": v.bucket,
                "hint": v.hint,
                "byAge": by_age,
                "stale": v.bucket == Bucket::Stale,
                "consider": by_age == Hint::Consider,
                "reinviteOn": v.reinvite_on,
                "kept": kept,
            })
        })
        .collect();
    let total = total_texts.iter().find_map(|t| parse_people_total(t));
    json!({ "today": today, "cards": verdicts, "total": total, "debug": s.settings.debug })
}

fn profile(s: &State, today: Date, href: &str) -> Value {
    let Some(slug) = slug_from_href(href) else {
        return json!({ "slug": null });
    };
    let recorded = s.withdrawals.get(&slug);
    let withdrawal = recorded.map(|w| {
        let left = today.days_until(w.until);
        json!({
            "name": w.name,
            "withdrawnOn": w.withdrawn_on,
            "until": w.until,
            "state": if left > 0 { "active" } else { "ended" },
            "daysLeft": left.max(0),
        })
    });
    // A pending invitation read on the Sent page, unless it is the one that was withdrawn: no
    // invitation can have been sent before the cooldown's end (a stale tab may still list it).
    let pending_since = s
        .seen
        .get(&slug)
        .map(|p| p.sent_on)
        .filter(|sent_on| recorded.is_none_or(|w| *sent_on >= w.until));
    json!({ "slug": slug, "withdrawal": withdrawal, "pendingSince": pending_since, "kept": s.keeps.contains_key(&slug) })
}
