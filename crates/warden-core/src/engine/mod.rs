//! Warden's one entry point: [`handle`] takes a [`Request`] and gives its [`Answer`], the state
//! loaded and saved through a [`Store`]. The background service worker is the only caller that
//! writes; the content script may answer read requests itself when its page lets it run the
//! wasm. One function per request kind: [`cards`] for what badges and banners say,
//! [`records`] for what the user did.

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
use crate::{backup, view};
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
        Request::Summary(r) => Ok(Answer::Summary(cards::summary(&r))),
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
        Request::Annotate(r) => Answer::Annotate(annotate(&storage::BadgeInputs::of(s), clock, &r)),
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
