//! Warden's one entry point: [`handle`] takes a [`Request`] and gives its [`Answer`], the state
//! loaded and saved through a [`Store`]. The background service worker is the only caller that
//! writes; the content script may answer read requests itself when its page lets it run the
//! wasm. One function per request kind.

use crate::age::{parse_age_words, parse_people_total};
use crate::answer::*;
use crate::date::{parse_iso, Clock, Date, Millis};
use crate::decide::{judge, Bucket, Hint};
use crate::error::Error;
use crate::person::{clean_name, pick_headline, slug_from_href};
use crate::request::*;
use crate::state::{Keep, Notice, PendingSnapshot, Seen, Send, State, Withdrawal};
use crate::storage::{self, Loaded};
use crate::store::Store;
use crate::{backup, view};
use std::collections::HashMap;

/// Answers a request. Errors come back as an [`ErrorAnswer`], never as a panic.
pub async fn handle<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> Answer {
    match run(store, clock, req).await {
        Ok(answer) => answer,
        Err(e) => e.into(),
    }
}

async fn run<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> Result<Answer, Error> {
    let req = match stateless(store, req).await {
        Ok(answer) => return answer,
        Err(req) => req,
    };
    let mut loaded = storage::load(store).await.map_err(Error::Internal)?;
    let writes = req.writes();
    let inputs = loaded.state.inputs_fingerprint();
    let answer = answer(store, &mut loaded, clock, req)?;
    if writes {
        let s = &mut loaded.state;
        if s.inputs_fingerprint() != inputs {
            s.inputs = s.inputs.wrapping_add(1);
        }
        storage::save(store, clock, &mut loaded)
            .await
            .map_err(Error::WriteFailed)?;
    }
    Ok(answer)
}

/// The requests that neither read nor change the state, answered; any other is given back.
async fn stateless<S: Store>(store: &S, req: Request) -> Result<Result<Answer, Error>, Request> {
    Ok(match req {
        Request::Vocabulary => Ok(Answer::Vocabulary(VocabularyAnswer {
            words: crate::age::vocabulary(),
        })),
        Request::LayoutSeen(r) => layout_seen(store, r).await,
        Request::LayoutReport => {
            let text = |v: Option<S::Value>| v.and_then(|v| store.text_of(&v));
            let sent = store.get(LayoutPage::Sent.key()).await.ok().flatten();
            let profile = store.get(LayoutPage::Profile.key()).await.ok().flatten();
            Ok(Answer::LayoutReport(LayoutReportAnswer {
                sent: text(sent),
                profile: text(profile),
            }))
        }
        other => return Err(other),
    })
}

async fn layout_seen<S: Store>(store: &S, r: LayoutSeen) -> Result<Answer, Error> {
    let mut end = r.report.len().min(REPORT_MAX);
    while !r.report.is_char_boundary(end) {
        end -= 1;
    }
    let value = store
        .to_value(r.report.get(..end).unwrap_or_default())
        .map_err(Error::Internal)?;
    store
        .set(r.page.key(), &value)
        .await
        .map_err(Error::WriteFailed)?;
    Ok(done())
}

fn done() -> Answer {
    Answer::Done(DoneAnswer { ok: true })
}

/// The answer to a request that reads or changes the loaded state.
fn answer<S: Store>(
    store: &S,
    loaded: &mut Loaded<S::Value>,
    clock: &dyn Clock,
    req: Request,
) -> Result<Answer, Error> {
    let s = &mut loaded.state;
    let today = clock.today();
    Ok(match req {
        Request::Annotate(r) => Answer::Annotate(annotate(s, clock, &r)),
        Request::Profile(r) => Answer::Profile(profile(s, today, &r.href)),
        Request::Popup => Answer::Popup(Box::new(view::popup(
            s,
            clock,
            loaded.aside.as_ref().map(|a| &a.1),
        ))),
        Request::Settings => Answer::Settings(SettingsAnswer {
            settings: s.settings.clone(),
        }),
        Request::SentPageSeen(r) => Answer::SentPageSeen(sent_page_seen(s, clock, r)),
        Request::Withdrawn(r) => Answer::Withdrawn(withdrawn(s, clock, r)?),
        Request::SetKeep(r) => Answer::SetKeep(set_keep(s, clock, r)?),
        Request::InviteSent(r) => Answer::InviteSent(invite_sent(s, clock, r)?),
        Request::LimitReached => {
            s.limit_reached_at = Some(clock.now());
            done()
        }
        Request::SaveSettings(r) => Answer::SaveSettings(save_settings(s, r.settings)),
        Request::SaveSettingsForm(r) => Answer::SaveSettings(
            match view::settings_from_form(&view::SettingsForm::read(&r.form), &s.settings) {
                Ok(settings) => save_settings(s, settings),
                Err(errors) => refused(errors),
            },
        ),
        Request::Import(r) => Answer::Import(match backup::import(store, s, clock, &r.text) {
            Ok(report) => ImportAnswer::Merged { ok: true, report },
            Err(error) => ImportAnswer::Refused { ok: false, error },
        }),
        Request::ExportJson => Answer::Export(ExportAnswer {
            text: backup::export_json(store, s, clock),
            filename: format!("warden-backup-{today}.json"),
        }),
        Request::ExportCsv => Answer::Export(ExportAnswer {
            text: backup::export_csv(s, clock),
            filename: format!("warden-{today}.csv"),
        }),
        Request::DismissNotices => {
            s.notices.clear();
            done()
        }
        Request::ReviewDone => {
            s.reviewed_on = Some(today);
            Answer::ReviewDone(ReviewDoneAnswer {
                ok: true,
                reviewed_on: today,
            })
        }
        // Answered by `stateless` before the state is read.
        Request::Vocabulary | Request::LayoutSeen(_) | Request::LayoutReport => {
            return Err(Error::Internal("stateless request".into()))
        }
    })
}

fn save_settings(s: &mut State, settings: crate::settings::Settings) -> SaveSettingsAnswer {
    let errors = settings.validate();
    if !errors.is_empty() {
        return refused(errors);
    }
    s.settings = settings;
    SaveSettingsAnswer {
        ok: true,
        settings: Some(s.settings.clone()),
        errors: None,
    }
}

fn refused(errors: Vec<crate::settings::SettingError>) -> SaveSettingsAnswer {
    SaveSettingsAnswer {
        ok: false,
        settings: None,
        errors: Some(errors),
    }
}

/// The age of a card: an exact `<time datetime>` wins, else the first age line that parses.
pub fn card_age<'a>(
    datetime: Option<&str>,
    mut texts: impl Iterator<Item = &'a str>,
    clock: &dyn Clock,
) -> Option<u32> {
    if let Some(stamp) = datetime.and_then(parse_iso) {
        let days = stamp.local_date(clock).days_until(clock.today());
        if days >= 0 {
            return u32::try_from(days).ok();
        }
    }
    texts.find_map(parse_age_words)
}

/// The verdict of a card of this age, for a person kept or not.
fn verdict(s: &State, today: Date, age: u32, slug: Option<String>, kept: bool) -> CardVerdict {
    let v = judge(age, kept, today, &s.settings);
    let by_age = judge(age, false, today, &s.settings).hint;
    CardVerdict {
        slug,
        age_days: v.age_days,
        bucket: v.bucket,
        hint: v.hint,
        by_age,
        stale: v.bucket == Bucket::Stale,
        consider: by_age == Hint::Consider,
        reinvite_on: v.reinvite_on,
        kept,
        review: if matches!(v.hint, Hint::Withdraw | Hint::Consider) {
            Review::Todo
        } else {
            Review::Skip
        },
    }
}

/// The verdicts for a batch of cards, as the content script shows them. Each distinct text is
/// read once.
pub fn annotate(s: &State, clock: &dyn Clock, r: &Annotate) -> AnnotateAnswer {
    let today = clock.today();
    let ages: Vec<Option<u32>> = r.texts.iter().map(|t| parse_age_words(t)).collect();
    let age_of = |i: &u32| ages.get(*i as usize).copied().flatten();
    let cards = r
        .cards
        .iter()
        .map(|card| {
            let age = card_age(card.datetime.as_deref(), std::iter::empty(), clock)
                .or_else(|| card.ages.iter().find_map(age_of))?;
            let slug = card.href.as_deref().and_then(slug_from_href);
            let kept = slug.as_ref().is_some_and(|k| s.keeps.contains_key(k));
            Some(verdict(s, today, age, slug, kept))
        })
        .collect();
    let mut seen = HashMap::new();
    let ages = r
        .texts
        .iter()
        .zip(&ages)
        .filter_map(|(text, age)| {
            let age = (*age)?;
            seen.insert(text.as_str(), ()).is_none().then(|| TextVerdict {
                text: text.clone(),
                verdict: verdict(s, today, age, None, false),
                kept: verdict(s, today, age, None, true),
            })
        })
        .collect();
    AnnotateAnswer {
        today,
        cards,
        total: r.total_texts.iter().find_map(|t| parse_people_total(t)),
        debug: s.settings.debug,
        inputs: s.inputs,
        ages,
        kept_paths: s.keeps.keys().map(|slug| profile_path(slug)).collect(),
    }
}

/// `/in/SLUG/` as a page's link writes it: every byte but ASCII letters, digits and `-_.~`
/// percent-encoded in capitals (as `encodeURIComponent` does).
pub fn profile_path(slug: &str) -> String {
    let mut out = String::from("/in/");
    for b in slug.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push('/');
    out
}

fn sent_page_seen(s: &mut State, clock: &dyn Clock, r: SentPageSeen) -> StaleAnswer {
    let today = clock.today();
    let mut oldest: Option<Date> = None;
    for p in r.people {
        let Some(slug) = slug_from_href(&p.href) else {
            continue;
        };
        let sent_on = today.add_days(-i64::from(p.age_days));
        oldest = Some(oldest.map_or(sent_on, |o| o.min(sent_on)));
        if let Some(opened_at) = r.opened_at {
            not_held(s, &slug, sent_on, opened_at, clock.now());
        }
        s.accepted.remove(&slug);
        s.seen.insert(
            slug,
            Seen {
                name: clean_name(&p.name),
                sent_on,
                seen_on: today,
                reading: r.opened_at,
            },
        );
    }
    if let Some(opened_at) = r.opened_at {
        crate::outcomes::read(s, opened_at, oldest, today);
    }
    s.pending = Some(PendingSnapshot {
        count: r.pending,
        cards: r.cards,
        stale: r.stale,
        consider: r.consider,
        read_on: today,
        read_at: clock.now(),
    });
    StaleAnswer {
        ok: true,
        stale: r.stale,
    }
}

/// A withdrawal that did not hold: the person is on the Sent list again, in a view opened after
/// the withdrawal, with an invitation sent before the day of the withdrawal (ages are lower
/// bounds, so `sent_on` is the latest day it can have been sent). LinkedIn did not withdraw
/// it: the cooldown ends, and the popup says so once (a notice naming the person).
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

fn withdrawn(s: &mut State, clock: &dyn Clock, r: Withdrawn) -> Result<WithdrawnAnswer, Error> {
    let today = clock.today();
    let slug = slug_from_href(&r.href).ok_or(Error::BadProfileLink)?;
    let texts = r.texts.iter().map(String::as_str);
    let w = Withdrawal {
        name: clean_name(&r.name),
        headline: r
            .headline
            .map(|h| clean_name(&h))
            .filter(|h| !h.is_empty())
            .or_else(|| pick_headline(&r.texts, &r.name)),
        age_days: card_age(r.datetime.as_deref(), texts, clock),
        withdrawn_at: clock.now(),
        withdrawn_on: today,
        until: crate::decide::reinvite_on(today, &s.settings),
    };
    // The last reading's counts follow at once (popup, toolbar): one fewer pending, and one
    // fewer stale or to consider when the withdrawn card was.
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
    let answer = WithdrawnAnswer {
        ok: true,
        slug: slug.clone(),
        until: w.until,
        stale: s.pending.as_ref().map_or(0, |p| p.stale),
    };
    s.withdrawals.insert(slug, w);
    Ok(answer)
}

fn set_keep(s: &mut State, clock: &dyn Clock, r: SetKeep) -> Result<KeepAnswer, Error> {
    let slug = slug_from_href(&r.href).ok_or(Error::BadProfileLink)?;
    if r.keep {
        s.keeps.insert(
            slug.clone(),
            Keep {
                name: clean_name(&r.name),
                since: clock.now(),
            },
        );
    } else {
        s.keeps.remove(&slug);
    }
    Ok(KeepAnswer {
        ok: true,
        slug,
        keep: r.keep,
    })
}

fn invite_sent(s: &mut State, clock: &dyn Clock, r: InviteSent) -> Result<SendAnswer, Error> {
    let name = clean_name(&r.name);
    let key = match r.href.as_deref().and_then(slug_from_href) {
        Some(slug) => slug,
        None if !name.is_empty() => format!("name:{name}"),
        None => return Err(Error::UnknownPerson),
    };
    s.sends.insert(
        key.clone(),
        Send {
            name,
            at: clock.now(),
        },
    );
    Ok(SendAnswer { ok: true, key })
}

/// What the profile banner of one person says.
fn profile(s: &State, today: Date, href: &str) -> ProfileAnswer {
    let Some(slug) = slug_from_href(href) else {
        return ProfileAnswer {
            slug: None,
            withdrawal: None,
            pending_since: None,
            kept: false,
        };
    };
    let recorded = s.withdrawals.get(&slug);
    let withdrawal = recorded.map(|x| {
        let left = today.days_until(x.until);
        ProfileWithdrawal {
            name: x.name.clone(),
            withdrawn_on: x.withdrawn_on,
            until: x.until,
            state: if left > 0 {
                CooldownState::Active
            } else {
                CooldownState::Ended
            },
            days_left: left.max(0),
        }
    });
    // A pending invitation read on the Sent page, unless it is the one that was withdrawn: no
    // invitation can have been sent before the cooldown's end (a stale tab may still list it).
    let pending_since = s
        .seen
        .get(&slug)
        .map(|p| p.sent_on)
        .filter(|sent_on| recorded.is_none_or(|w| *sent_on >= w.until));
    ProfileAnswer {
        kept: s.keeps.contains_key(&slug),
        slug: Some(slug),
        withdrawal,
        pending_since,
    }
}
