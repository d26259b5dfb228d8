//! Warden's one entry point: a request in, an answer out, the state loaded and saved through a
//! [`Store`]. The background service worker is the only caller that writes; the content script
//! may answer read requests itself when its page lets it run the wasm.
//!
//! Requests and answers are JSON text (see [`crate::json`]): [`Request::from_json`] reads one,
//! [`answer`] writes the answer; [`handle`] gives it as a `serde_json::Value` for native callers.

use crate::age::{parse_age_words, parse_people_total};
use crate::date::{parse_iso, Clock, Date, Millis, DAY_MS};
use crate::decide::{judge, Bucket, Hint};
use crate::json::{Bad, Fields, Json, Writer};
use crate::settings::Settings;
use crate::state::{
    self, clean_name, slug_from_href, Keep, Notice, PendingSnapshot, Seen, Send, State, Unreadable,
    Withdrawal,
};
use crate::store::Store;
use crate::{backup, view};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// One card as the content script read it from the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardText {
    /// The card's profile link (`href`), if any.
    pub href: Option<String>,
    /// The text of the age line candidates, in document order (the first that parses wins).
    pub age_texts: Vec<String>,
    /// The `datetime` attribute of a `<time>` in the card: it wins over words.
    pub datetime: Option<String>,
}

/// A request: `{"kind": "...", ...the fields of that kind}`, field names in camelCase.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Read: verdicts for cards, and the page's stated total.
    Annotate(Annotate),
    /// Read: what the profile banner of this person says.
    Profile(Profile),
    /// Read: everything the popup shows.
    Popup,
    /// Read: the settings.
    Settings,
    /// Write: the Sent page as it stands (counts, and cards with their ages).
    SentPageSeen(SentPageSeen),
    /// Write: the user confirmed a withdrawal and the page removed the card.
    Withdrawn(Withdrawn),
    /// Write: mark or unmark a person as a priority.
    SetKeep(SetKeep),
    /// Write: the user sent an invitation (seen on any LinkedIn page).
    InviteSent(InviteSent),
    /// Write: LinkedIn said the weekly limit is reached.
    LimitReached,
    /// Write: new settings (refused with reasons when invalid).
    SaveSettings(SaveSettings),
    /// Write: the popup's settings form as typed (text fields), checked field by field.
    SaveSettingsForm(SaveSettingsForm),
    /// Write: merge a JSON backup.
    Import(Import),
    /// Read: the JSON backup.
    ExportJson,
    /// Read: pending invitations and cooldowns as CSV.
    ExportCsv,
    /// Write: forget the notices the user has read.
    DismissNotices,
    /// Write: the user finished reviewing the Sent page today (the monthly reminder restarts).
    ReviewDone,
    /// Read: the words of the age grammar (`{"words": [...]}`), for the layout report.
    Vocabulary,
    /// Write: keep the anonymised description of the last page of a kind Warden read.
    LayoutSeen(LayoutSeen),
    /// Read: the last layout reports, `{"sent": text|null, "profile": text|null}`.
    LayoutReport,
}

/// `{"kind": "annotate", "cards": [{"href", "ageTexts", "datetime"}], "totalTexts"?: [...]}`
#[derive(Clone, Debug, PartialEq)]
pub struct Annotate {
    pub cards: Vec<CardText>,
    pub total_texts: Vec<String>,
}

/// `{"kind": "profile", "href"}`
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub href: String,
}

/// `{"kind": "sentPageSeen", "pending", "cards", "stale", "consider", "people": [{"href", "name"?, "ageDays"}], "openedAt"?}`
#[derive(Clone, Debug, PartialEq)]
pub struct SentPageSeen {
    pub pending: u32,
    pub cards: u32,
    pub stale: u32,
    pub consider: u32,
    pub people: Vec<PersonAge>,
    /// When the Sent view that read these people was opened (ms): only a view opened after a
    /// withdrawal can show that it did not hold (an older tab may still list the invitation).
    pub opened_at: Option<Millis>,
}

/// `{"kind": "withdrawn", "href", "name", "headline"?, "texts"?, "ageDays"?}`
#[derive(Clone, Debug, PartialEq)]
pub struct Withdrawn {
    pub href: String,
    pub name: String,
    pub headline: Option<String>,
    /// The card's texts in document order, to find the headline in when none is given.
    pub texts: Vec<String>,
    pub age_days: Option<u32>,
}

/// `{"kind": "setKeep", "href", "name", "keep"}`
#[derive(Clone, Debug, PartialEq)]
pub struct SetKeep {
    pub href: String,
    pub name: String,
    pub keep: bool,
}

/// `{"kind": "inviteSent", "href"?, "name"?}`
#[derive(Clone, Debug, PartialEq)]
pub struct InviteSent {
    pub href: Option<String>,
    pub name: String,
}

/// `{"kind": "saveSettings", "settings": {...}}` (members left out take their defaults)
#[derive(Clone, Debug, PartialEq)]
pub struct SaveSettings {
    pub settings: Settings,
}

/// `{"kind": "saveSettingsForm", "form": {"weeklyLimit": "100", ..., "debug": false}}`
#[derive(Clone, Debug, PartialEq)]
pub struct SaveSettingsForm {
    pub form: view::SettingsForm,
}

/// `{"kind": "import", "text"}`
#[derive(Clone, Debug, PartialEq)]
pub struct Import {
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PersonAge {
    pub href: String,
    pub name: String,
    pub age_days: u32,
}

/// The pages a layout report describes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LayoutPage {
    Sent,
    Profile,
}

impl LayoutPage {
    /// The storage key of its report: beside the state, never in it (a report is a
    /// diagnostic, rewritten at each visit, and holds no personal data).
    pub fn key(self) -> &'static str {
        match self {
            LayoutPage::Sent => "warden.layout.sent",
            LayoutPage::Profile => "warden.layout.profile",
        }
    }
}

/// `{"kind": "layoutSeen", "page": "sent"|"profile", "report"}`: at most [`REPORT_MAX`] bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutSeen {
    pub page: LayoutPage,
    pub report: String,
}

/// The largest layout report kept, in bytes (a page's skeleton is a few KB).
pub const REPORT_MAX: usize = 64 * 1024;

/// Every request kind, and whether it writes.
const KINDS: [(&str, bool); 19] = [
    ("annotate", false),
    ("profile", false),
    ("popup", false),
    ("settings", false),
    ("sentPageSeen", true),
    ("withdrawn", true),
    ("setKeep", true),
    ("inviteSent", true),
    ("limitReached", true),
    ("saveSettings", true),
    ("saveSettingsForm", true),
    ("import", true),
    ("exportJson", false),
    ("exportCsv", false),
    ("dismissNotices", true),
    ("vocabulary", false),
    ("layoutSeen", true),
    ("layoutReport", false),
    ("reviewDone", true),
];

impl Request {
    /// Whether answering changes the state (then only the background may answer).
    pub fn writes(&self) -> bool {
        !matches!(
            self,
            Request::Annotate(_)
                | Request::Profile(_)
                | Request::Popup
                | Request::Settings
                | Request::ExportJson
                | Request::ExportCsv
                | Request::Vocabulary
                | Request::LayoutReport
        )
    }

    /// Whether a request of this `kind` changes the state; an unknown kind counts as a write
    /// (the background, the one writer, then refuses it).
    pub fn kind_writes(kind: &str) -> bool {
        KINDS
            .iter()
            .find(|(k, _)| *k == kind)
            .is_none_or(|&(_, writes)| writes)
    }

    /// Reads a request from JSON text; the error says what is wrong with it.
    pub fn from_json(text: &str) -> Result<Request, Bad> {
        let v = Json::parse(text).map_err(|e| e.to_string())?;
        Request::read(&v)
    }

    /// Reads a request from a JSON value. Unknown members are ignored; a member left out takes
    /// its default where the shape above marks it optional (`?`), `null` too for an optional
    /// text or number.
    pub fn read(v: &Json<'_>) -> Result<Request, Bad> {
        let f = Fields::of(v, "request")?;
        let kind = f.string("kind")?;
        Ok(match kind.as_str() {
            "annotate" => Request::Annotate(Annotate {
                cards: f.list("cards", |v| {
                    // Every member has a default.
                    let f = Fields::of(v, "card")?;
                    Ok(CardText {
                        href: f.opt_string("href")?,
                        age_texts: f.strings_or_default("ageTexts")?,
                        datetime: f.opt_string("datetime")?,
                    })
                })?,
                total_texts: f.strings_or_default("totalTexts")?,
            }),
            "profile" => Request::Profile(Profile {
                href: f.string("href")?,
            }),
            "popup" => Request::Popup,
            "settings" => Request::Settings,
            "sentPageSeen" => Request::SentPageSeen(SentPageSeen {
                pending: f.u32("pending")?,
                cards: f.u32("cards")?,
                stale: f.u32("stale")?,
                consider: f.u32("consider")?,
                people: f.list("people", |v| {
                    let f = Fields::of(v, "person")?;
                    Ok(PersonAge {
                        href: f.string("href")?,
                        name: f.string_or_default("name")?,
                        age_days: f.u32("ageDays")?,
                    })
                })?,
                opened_at: f.opt_i64("openedAt")?,
            }),
            "withdrawn" => Request::Withdrawn(Withdrawn {
                href: f.string("href")?,
                name: f.string("name")?,
                headline: f.opt_string("headline")?,
                texts: f.strings_or_default("texts")?,
                age_days: f.opt_u32("ageDays")?,
            }),
            "setKeep" => Request::SetKeep(SetKeep {
                href: f.string("href")?,
                name: f.string("name")?,
                keep: f.bool("keep")?,
            }),
            "inviteSent" => Request::InviteSent(InviteSent {
                href: f.opt_string("href")?,
                name: f.string_or_default("name")?,
            }),
            "limitReached" => Request::LimitReached,
            "saveSettings" => Request::SaveSettings(SaveSettings {
                settings: Settings::read(f.get("settings").ok_or("missing field `settings`")?)?,
            }),
            "saveSettingsForm" => Request::SaveSettingsForm(SaveSettingsForm {
                form: view::SettingsForm::read(f.get("form").ok_or("missing field `form`")?),
            }),
            "import" => Request::Import(Import {
                text: f.string("text")?,
            }),
            "exportJson" => Request::ExportJson,
            "exportCsv" => Request::ExportCsv,
            "dismissNotices" => Request::DismissNotices,
            "reviewDone" => Request::ReviewDone,
            "vocabulary" => Request::Vocabulary,
            "layoutSeen" => Request::LayoutSeen(LayoutSeen {
                page: match f.string("page")?.as_str() {
                    "sent" => LayoutPage::Sent,
                    "profile" => LayoutPage::Profile,
                    other => return Err(format!("unknown layout page `{other}`")),
                },
                report: f.string("report")?,
            }),
            "layoutReport" => Request::LayoutReport,
            _ => return Err(format!("unknown request kind `{kind}`")),
        })
    }
}

/// Any serde source (e.g. `serde_json::from_value` in tests) goes through [`Request::read`].
impl<'de> Deserialize<'de> for Request {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Request, D::Error> {
        let text = Value::deserialize(d)?.to_string();
        Request::from_json(&text).map_err(serde::de::Error::custom)
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
    s.accepted
        .retain(|_, x| x.gone_on.days_until(today) < KEEP_ENDED_WITHDRAWALS_DAYS);
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

/// A withdrawal that did not hold: the person is on the Sent list again, in a view opened after
/// the withdrawal, with an invitation sent before the day of the withdrawal (ages are lower bounds, so `sent_on` is the latest
/// day it can have been sent). LinkedIn did not withdraw it: the cooldown ends, and the popup
/// says so once (a notice naming the person).
fn not_held(s: &mut State, slug: &str, sent_on: Date, opened_at: Millis, now: Millis) {
    let Some(w) = s.withdrawals.get(slug) else {
        return;
    };
    if opened_at <= w.withdrawn_at || sent_on >= w.withdrawn_on {
        return;
    }
    let name = if w.name.is_empty() {
        slug.to_owned()
    } else {
        w.name.clone()
    };
    s.withdrawals.remove(slug);
    s.notices.push(Notice {
        kind: "withdrawalNotHeld".into(),
        at: now,
        key: Some(name),
    });
}

/// Answers a request. Errors come back as `{"error": key}`, never as a panic.
pub async fn handle<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> Value {
    serde_json::from_str(&answer(store, clock, req).await).unwrap_or(Value::Null)
}

/// The answer of [`handle`] as JSON text, which the wasm layer hands to JavaScript as it is.
pub async fn answer<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> String {
    match run(store, clock, req).await {
        Ok(text) => text,
        Err(e) => error_answer(&e, None),
    }
}

/// `{"error": error, "detail"?: detail}`
pub fn error_answer(error: &str, detail: Option<&str>) -> String {
    let mut w = Writer::new();
    w.begin_obj()
        .field("error", error)
        .field_some("detail", &detail)
        .end_obj();
    w.finish()
}

/// An answer object: `{"ok": ok}` (when given) and what `more` writes.
fn reply(ok: Option<bool>, more: impl FnOnce(&mut Writer)) -> String {
    let mut w = Writer::new();
    w.begin_obj().field_some("ok", &ok);
    more(&mut w);
    w.end_obj();
    w.finish()
}

/// The requests that neither read nor change the state, answered; any other is given back.
async fn stateless<S: Store>(store: &S, req: Request) -> Result<Result<String, String>, Request> {
    Ok(match req {
        Request::Vocabulary => Ok(reply(None, |w| {
            w.key("words").begin_arr();
            for word in crate::age::vocabulary() {
                w.value(word);
            }
            w.end_arr();
        })),
        Request::LayoutSeen(r) => {
            let mut end = r.report.len().min(REPORT_MAX);
            while !r.report.is_char_boundary(end) {
                end -= 1;
            }
            let report = r.report.get(..end).unwrap_or_default();
            store
                .set(r.page.key(), report)
                .await
                .map(|()| reply(Some(true), |_| {}))
                .map_err(|e| format!("writeFailed: {e}"))
        }
        Request::LayoutReport => {
            let sent = store.get(LayoutPage::Sent.key()).await.ok().flatten();
            let profile = store.get(LayoutPage::Profile.key()).await.ok().flatten();
            Ok(reply(None, |w| {
                w.field("sent", &sent).field("profile", &profile);
            }))
        }
        other => return Err(other),
    })
}

async fn run<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> Result<String, String> {
    let req = match stateless(store, req).await {
        Ok(answer) => return answer,
        Err(req) => req,
    };
    let mut loaded = load(store).await?;
    let today = clock.today();
    let writes = req.writes();
    let ok = Some(true);
    let refused = Some(false);
    let answer = {
        let s = &mut loaded.state;
        match req {
            Request::Annotate(r) => annotate(s, clock, &r.cards, &r.total_texts),
            Request::Profile(r) => profile(s, today, &r.href),
            Request::Popup => view::popup(s, clock, loaded.aside.as_ref().map(|a| &a.1)),
            Request::Settings => reply(None, |w| {
                w.field("settings", &s.settings);
            }),
            Request::SentPageSeen(SentPageSeen {
                pending,
                cards,
                stale,
                consider,
                people,
                opened_at,
            }) => {
                let mut oldest: Option<Date> = None;
                for p in people {
                    if let Some(slug) = slug_from_href(&p.href) {
                        let sent_on = today.add_days(-(p.age_days as i64));
                        oldest = Some(oldest.map_or(sent_on, |o| o.min(sent_on)));
                        if let Some(opened_at) = opened_at {
                            not_held(s, &slug, sent_on, opened_at, clock.now());
                        }
                        s.accepted.remove(&slug);
                        s.seen.insert(
                            slug,
                            Seen {
                                name: clean_name(&p.name),
                                sent_on,
                                seen_on: today,
                                reading: opened_at,
                            },
                        );
                    }
                }
                if let Some(opened_at) = opened_at {
                    crate::outcomes::read(s, opened_at, oldest, today);
                }
                s.pending = Some(PendingSnapshot {
                    count: pending,
                    cards,
                    stale,
                    consider,
                    read_on: today,
                    read_at: clock.now(),
                });
                reply(ok, |w| {
                    w.field("stale", &stale);
                })
            }
            Request::Withdrawn(Withdrawn {
                href,
                name,
                headline,
                texts,
                age_days,
            }) => {
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
                // The last reading's counts follow at once (popup, toolbar): one fewer pending,
                // and one fewer stale or to consider when the withdrawn card was.
                if let (Some(p), Some(seen)) = (s.pending.as_mut(), s.seen.remove(&slug)) {
                    let age = u32::try_from(seen.sent_on.days_until(today)).unwrap_or(0);
                    let v = judge(age, false, today, &s.settings);
                    p.count = p.count.saturating_sub(1);
                    p.cards = p.cards.saturating_sub(1);
                    if v.bucket == Bucket::Stale {
                        p.stale = p.stale.saturating_sub(1);
                    } else if v.hint == Hint::Consider {
                        p.consider = p.consider.saturating_sub(1);
                    }
                }
                s.accepted.remove(&slug);
                let stale = s.pending.as_ref().map_or(0, |p| p.stale);
                let answer = reply(ok, |a| {
                    a.field("slug", &slug)
                        .field("until", &w.until)
                        .field("stale", &stale);
                });
                s.withdrawals.insert(slug, w);
                answer
            }
            Request::SetKeep(SetKeep { href, name, keep }) => {
                let slug = slug_from_href(&href).ok_or("badProfileLink")?;
                let answer = reply(ok, |w| {
                    w.field("slug", &slug).field("keep", &keep);
                });
                if keep {
                    s.keeps.insert(
                        slug,
                        Keep {
                            name: clean_name(&name),
                            since: clock.now(),
                        },
                    );
                } else {
                    s.keeps.remove(&slug);
                }
                answer
            }
            Request::InviteSent(InviteSent { href, name }) => {
                let name = clean_name(&name);
                let key = match href.as_deref().and_then(slug_from_href) {
                    Some(slug) => slug,
                    None if !name.is_empty() => format!("name:{name}"),
                    None => return Err("unknownPerson".into()),
                };
                let answer = reply(ok, |w| {
                    w.field("key", &key);
                });
                s.sends.insert(
                    key,
                    Send {
                        name,
                        at: clock.now(),
                    },
                );
                answer
            }
            Request::LimitReached => {
                s.limit_reached_at = Some(clock.now());
                reply(ok, |_| {})
            }
            Request::SaveSettings(SaveSettings { settings }) => {
                let errors = settings.validate();
                if !errors.is_empty() {
                    return Ok(reply(refused, |w| {
                        w.field("errors", &errors);
                    }));
                }
                s.settings = settings;
                reply(ok, |w| {
                    w.field("settings", &s.settings);
                })
            }
            Request::SaveSettingsForm(SaveSettingsForm { form }) => {
                match view::settings_from_form(&form, &s.settings) {
                    Ok(settings) => {
                        s.settings = settings;
                        reply(ok, |w| {
                            w.field("settings", &s.settings);
                        })
                    }
                    Err(errors) => {
                        return Ok(reply(refused, |w| {
                            w.field("errors", &errors);
                        }))
                    }
                }
            }
            Request::Import(Import { text }) => match backup::import(s, clock, &text) {
                Ok(report) => reply(ok, |w| {
                    w.field("added", &report.added)
                        .field("updated", &report.updated)
                        .field("unchanged", &report.unchanged);
                }),
                Err(why) => {
                    return Ok(reply(refused, |w| {
                        w.field("error", &why);
                    }))
                }
            },
            Request::ExportJson => {
                let text = backup::export_json(s, clock);
                reply(None, |w| {
                    w.field("text", &text)
                        .field("filename", &format!("warden-backup-{today}.json"));
                })
            }
            Request::ExportCsv => {
                let text = backup::export_csv(s, clock);
                reply(None, |w| {
                    w.field("text", &text)
                        .field("filename", &format!("warden-{today}.csv"));
                })
            }
            Request::DismissNotices => {
                s.notices.clear();
                reply(ok, |_| {})
            }
            Request::ReviewDone => {
                s.reviewed_on = Some(today);
                reply(ok, |w| {
                    w.field("reviewedOn", &today);
                })
            }
            // Answered by `stateless` before the state is read.
            Request::Vocabulary | Request::LayoutSeen(_) | Request::LayoutReport => {
                return Err("internal".into())
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

/// The verdicts for a batch of cards, as the content script shows them:
/// `{"today", "cards": [{"slug", "ageDays", "bucket", "hint", "byAge", "stale", "consider",
/// "reinviteOn", "kept", "review"} or null for a card without a readable age], "total", "debug"}`.
/// `byAge` is the hint by age alone: what the summary counts, kept or not.
pub fn annotate(
    s: &State,
    clock: &dyn Clock,
    cards: &[CardText],
    total_texts: &[String],
) -> String {
    let today = clock.today();
    let mut w = Writer::with_capacity(64 + cards.len() * 160);
    w.begin_obj()
        .field("today", &today)
        .key("cards")
        .begin_arr();
    for card in cards {
        let Some(age) = card_age(card, clock) else {
            w.null();
            continue;
        };
        let slug = card.href.as_deref().and_then(slug_from_href);
        let kept = slug.as_ref().is_some_and(|k| s.keeps.contains_key(k));
        let v = judge(age, kept, today, &s.settings);
        let by_age = judge(age, false, today, &s.settings).hint;
        w.begin_obj()
            .field("slug", &slug)
            .field("ageDays", &v.age_days);
        w.field("bucket", v.bucket.name())
            .field("hint", v.hint.name())
            .field("byAge", by_age.name());
        w.field("stale", &(v.bucket == Bucket::Stale))
            .field("consider", &(by_age == Hint::Consider));
        // Review mode: the cards to act on (withdraw or consider); kept people are skipped.
        let review = if matches!(v.hint, Hint::Withdraw | Hint::Consider) {
            "todo"
        } else {
            "skip"
        };
        w.field("reinviteOn", &v.reinvite_on)
            .field("kept", &kept)
            .field("review", review)
            .end_obj();
    }
    let total = total_texts.iter().find_map(|t| parse_people_total(t));
    w.end_arr()
        .field("total", &total)
        .field("debug", &s.settings.debug)
        .end_obj();
    w.finish()
}

/// What the profile banner of one person says: `{"slug", "withdrawal": {"name", "withdrawnOn",
/// "until", "state", "daysLeft"} or null, "pendingSince", "kept"}`; only `{"slug": null}` when
/// the link is no profile.
fn profile(s: &State, today: Date, href: &str) -> String {
    let mut w = Writer::new();
    w.begin_obj();
    let Some(slug) = slug_from_href(href) else {
        w.key("slug").null();
        w.end_obj();
        return w.finish();
    };
    w.field("slug", &slug).key("withdrawal");
    let recorded = s.withdrawals.get(&slug);
    match recorded {
        Some(x) => {
            let left = today.days_until(x.until);
            w.begin_obj()
                .field("name", &x.name)
                .field("withdrawnOn", &x.withdrawn_on)
                .field("until", &x.until);
            w.field("state", if left > 0 { "active" } else { "ended" })
                .field("daysLeft", &left.max(0))
                .end_obj();
        }
        None => w.null(),
    }
    // A pending invitation read on the Sent page, unless it is the one that was withdrawn: no
    // invitation can have been sent before the cooldown's end (a stale tab may still list it).
    let pending_since = s
        .seen
        .get(&slug)
        .map(|p| p.sent_on)
        .filter(|sent_on| recorded.is_none_or(|w| *sent_on >= w.until));
    w.field("pendingSince", &pending_since)
        .field("kept", &s.keeps.contains_key(&slug));
    w.end_obj();
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_and_says_whether_it_writes() {
        for (kind, writes) in KINDS {
            let text = match kind {
                "annotate" => r#"{"kind":"annotate","cards":[{}]}"#.to_owned(),
                "profile" => r#"{"kind":"profile","href":"/in/a/"}"#.to_owned(),
                "sentPageSeen" => r#"{"kind":"sentPageSeen","pending":1,"cards":1,"stale":0,"consider":0,"people":[{"href":"/in/a/","ageDays":3}]}"#.to_owned(),
                "withdrawn" => r#"{"kind":"withdrawn","href":"/in/a/","name":"A"}"#.to_owned(),
                "setKeep" => r#"{"kind":"setKeep","href":"/in/a/","name":"A","keep":true}"#.to_owned(),
                "saveSettings" => r#"{"kind":"saveSettings","settings":{}}"#.to_owned(),
                "saveSettingsForm" => r#"{"kind":"saveSettingsForm","form":{"weeklyLimit":"5"}}"#.to_owned(),
                "import" => r#"{"kind":"import","text":"{}"}"#.to_owned(),
                "layoutSeen" => r#"{"kind":"layoutSeen","page":"sent","report":"r"}"#.to_owned(),
                k => format!(r#"{{"kind":"{k}"}}"#),
            };
            let req = Request::from_json(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(req.writes(), writes, "{kind}");
            assert_eq!(Request::kind_writes(kind), writes, "{kind}");
        }
        assert!(Request::kind_writes("explode"));
    }

    #[test]
    fn malformed_requests_say_why() {
        for (text, why) in [
            ("42", "expected an object"),
            (r#"{"nokind":1}"#, "missing field `kind`"),
            (r#"{"kind":"explode"}"#, "unknown request kind"),
            (r#"{"kind":"annotate"}"#, "missing field `cards`"),
            (
                r#"{"kind":"annotate","cards":[{"ageTexts":[1]}]}"#,
                "`ageTexts`: expected a string",
            ),
            (
                r#"{"kind":"setKeep","href":"/in/a/","name":"A","keep":"yes"}"#,
                "`keep`",
            ),
            (
                r#"{"kind":"sentPageSeen","pending":-1,"cards":1,"stale":0,"consider":0,"people":[]}"#,
                "`pending`",
            ),
            ("{", "expected a member name"),
        ] {
            let e = Request::from_json(text).unwrap_err();
            assert!(e.contains(why), "{text}: {e}");
        }
    }
}
