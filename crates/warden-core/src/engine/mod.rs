//! Warden's one entry point: [`handle`] takes a [`Request`] and gives its [`Answer`], the state
//! loaded and saved through a [`Store`]. The background service worker is the only caller that
//! writes; the content script may answer read requests itself when its page lets it run the
//! wasm. One function per request kind: [`cards`] for what badges and banners say,
//! [`records`] for what the user did.

mod aside;
mod cards;
mod records;

pub use cards::{annotate, card_age, profile_path};

use crate::answer::*;
use crate::date::Clock;
use crate::error::Error;
use crate::request::*;
use crate::state::State;
use crate::storage::{self, Loaded};
use crate::store::Store;
use crate::{backup, unsaved, view};
use cards::profile;
use records::{connected_seen, invite_sent, sent_page_seen, set_keep, withdrawn};

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
    if let Request::Annotate(r) = &req {
        // The most frequent request reads only what badges depend on.
        let inputs = storage::load_badge_inputs(store)
            .await
            .map_err(Error::Internal)?;
        return Ok(Answer::Annotate(annotate(&inputs, clock, r)));
    }
    if !req.writes() {
        let mut loaded = storage::load(store).await.map_err(Error::Internal)?;
        if let Request::AsideText(r) = &req {
            return aside::text(store, &loaded.state, &r.key).await;
        }
        let unsaved = match req {
            Request::Popup => count(unsaved::load(store).await.len()),
            _ => 0,
        };
        return answer(store, &mut loaded, clock, req, unsaved);
    }
    write(store, clock, req).await
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A write: what the storage refused before is applied again first, with its own time; then
/// the request; then the state is saved. When the storage refuses it, what the user did is
/// kept (see [`unsaved`]) and the answer says how many actions wait.
async fn write<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> Result<Answer, Error> {
    let waiting = unsaved::load(store).await;
    if matches!(req, Request::Flush) && waiting.is_empty() {
        return Ok(flushed(0));
    }
    let mut loaded = storage::load(store).await.map_err(Error::Internal)?;
    let inputs = loaded.state.inputs_fingerprint();
    for u in &waiting {
        let at = unsaved::At { at: u.at, clock };
        let _ = answer(store, &mut loaded, &at, u.request.clone().into(), 0);
    }
    let kept = unsaved::Action::of(&req).map(|request| unsaved::Unsaved {
        at: clock.now(),
        request,
    });
    let flush = matches!(req, Request::Flush);
    // A copy set aside is deleted only once the state that no longer lists it is saved.
    let mut handled_copy = None;
    let answer = match req {
        Request::RestoreAside(r) => {
            let answer = aside::restore(store, &mut loaded.state, &r.key).await?;
            handled_copy = answer.1;
            answer.0
        }
        Request::DiscardAside(r) => {
            handled_copy = Some(aside::discard(&mut loaded.state, &r.key)?);
            done()
        }
        req => answer(store, &mut loaded, clock, req, 0)?,
    };
    // A refused file or form changed nothing: nothing is written (unless earlier actions wait).
    let refused = matches!(
        answer,
        Answer::Import(ImportAnswer::Refused { .. })
            | Answer::SaveSettings(SaveSettingsAnswer { ok: false, .. })
    );
    if refused && waiting.is_empty() {
        return Ok(answer);
    }
    let s = &mut loaded.state;
    if s.inputs_fingerprint() != inputs {
        s.inputs = s.inputs.wrapping_add(1);
    }
    match storage::save(store, clock, &mut loaded).await {
        Ok(()) => {
            if !waiting.is_empty() {
                unsaved::clear(store).await;
            }
            if let Some(key) = handled_copy {
                let _ = store.remove(&key).await;
            }
            Ok(answer)
        }
        Err(e) => {
            let Some(kept) = kept else {
                return Err(if flush {
                    Error::Unsaved(count(waiting.len()))
                } else {
                    Error::WriteFailed(e)
                });
            };
            let mut list = waiting;
            list.push(kept);
            match unsaved::keep(store, &list).await {
                Ok(()) => Err(Error::Unsaved(count(list.len().min(unsaved::MAX)))),
                Err(_) => Err(Error::WriteFailed(e)),
            }
        }
    }
}

fn flushed(n: u32) -> Answer {
    Answer::Flush(FlushAnswer {
        ok: true,
        unsaved: n,
    })
}

/// The requests that neither read nor change the state, answered; any other is given back.
async fn stateless<S: Store>(store: &S, req: Request) -> Result<Result<Answer, Error>, Request> {
    Ok(match req {
        Request::Vocabulary => Ok(Answer::Vocabulary(VocabularyAnswer {
            words: crate::age::vocabulary(),
        })),
        Request::LayoutSeen(r) => layout_seen(store, r).await,
        Request::Summary(r) => Ok(Answer::Summary(cards::summary(&r))),
        Request::ReadFile(r) => Ok(Answer::ReadFile(backup::read_text(&r.bytes))),
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
    unsaved: u32,
) -> Result<Answer, Error> {
    let s = &mut loaded.state;
    let today = clock.today();
    Ok(match req {
        Request::Annotate(r) => Answer::Annotate(annotate(&storage::BadgeInputs::of(s), clock, &r)),
        Request::Profile(r) => Answer::Profile(profile(s, today, &r.href)),
        Request::Popup => Answer::Popup(Box::new(view::popup(
            s,
            clock,
            loaded.aside.as_ref().map(|a| &a.1),
            unsaved,
        ))),
        Request::Flush => flushed(0),
        Request::Settings => Answer::Settings(SettingsAnswer {
            settings: s.settings.clone(),
        }),
        Request::SentPageSeen(r) => Answer::SentPageSeen(sent_page_seen(s, clock, r)),
        Request::Withdrawn(r) => Answer::Withdrawn(withdrawn(s, clock, r)?),
        Request::SetKeep(r) => Answer::SetKeep(set_keep(s, clock, r)?),
        Request::InviteSent(r) => Answer::InviteSent(invite_sent(s, clock, r)?),
        Request::ConnectedSeen(r) => Answer::ConnectedSeen(connected_seen(s, clock, r)?),
        Request::LimitReached => {
            s.limit_reached_at = Some(clock.now());
            done()
        }
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
        other => return settings_and_files(store, s, clock, other),
    })
}

/// The answers about settings and backup files.
fn settings_and_files<S: Store>(
    store: &S,
    s: &mut State,
    clock: &dyn Clock,
    req: Request,
) -> Result<Answer, Error> {
    let today = clock.today();
    Ok(match req {
        Request::SaveSettings(r) => Answer::SaveSettings(save_settings(s, r.settings)),
        Request::SaveSettingsForm(r) => Answer::SaveSettings(
            match view::settings_from_form(&view::SettingsForm::read(&r.form), &s.settings) {
                Ok(settings) => save_settings(s, settings),
                Err(errors) => refused(errors),
            },
        ),
        Request::Import(r) => Answer::Import(match backup::import(store, s, clock, &r.text) {
            Ok(report) => ImportAnswer::Merged { ok: true, report },
            Err(refusal) => ImportAnswer::Refused { ok: false, refusal },
        }),
        Request::ExportJson => Answer::Export(ExportAnswer {
            text: backup::export_json(store, s, clock),
            filename: format!("warden-backup-{today}.json"),
        }),
        Request::ExportCsv => Answer::Export(ExportAnswer {
            text: backup::export_csv(s, clock),
            filename: format!("warden-{today}.csv"),
        }),
        Request::ExportHistoryCsv => Answer::Export(ExportAnswer {
            text: backup::export_history_csv(s),
            filename: format!("warden-history-{today}.csv"),
        }),
        Request::ApplyStaleSuggestion => Answer::SaveSettings(apply_suggestion(s, today)?),
        // Answered by `stateless` before the state is read.
        _ => return Err(Error::Internal("stateless request".into())),
    })
}

/// The user clicked the popup's suggestion: the stale threshold becomes the day the core
/// suggests now (never a value the request carries), and the settings remember where it came
/// from.
fn apply_suggestion(s: &mut State, today: crate::date::Date) -> Result<SaveSettingsAnswer, Error> {
    let f = crate::figures::figures(s);
    let g = f.suggestion.ok_or(Error::NoSuggestion)?;
    let mut settings = s.settings.clone();
    settings.stale_days = g.stale_days;
    settings.stale_source = Some(crate::settings::StaleSource {
        on: today,
        based_on: g.accepted,
    });
    Ok(save_settings(s, settings))
}

fn save_settings(s: &mut State, mut settings: crate::settings::Settings) -> SaveSettingsAnswer {
    // A stale threshold typed by the user is theirs: it no longer came from the suggestion.
    // Settings that leave the source out, the threshold unchanged, keep it.
    if settings.stale_days != s.settings.stale_days {
        if settings.stale_source == s.settings.stale_source {
            settings.stale_source = None;
        }
    } else if settings.stale_source.is_none() {
        settings.stale_source = s.settings.stale_source.clone();
    }
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
