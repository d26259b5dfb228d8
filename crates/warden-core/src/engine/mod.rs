//! Warden's one entry point: [`handle`] takes a [`Request`] and gives its [`Answer`], the state
//! loaded and saved through a [`Store`]. The background service worker is the only caller that
//! writes; the content script may answer read requests itself when its page lets it run the
//! wasm. Each kind's handler is an arm of `run`'s one `match` (no catch-all arm: a kind of the
//! protocol table without a handler does not build): [`cards`] for what badges and banners
//! say, [`records`] for what the user did.

mod aside;
mod cards;
mod records;

pub use cards::{annotate, card_age, profile_path, verdicts_by_age};

use crate::answer::*;
use crate::date::Clock;
use crate::error::Error;
use crate::request::*;
use crate::sent_tab::SentTab;
use crate::state::State;
use crate::storage::{self, Loaded};
use crate::store::Store;
use crate::unsaved::Action;
use crate::{backup, told, unsaved, view, visits};
use cards::profile;
use records::{
    connected_seen, invite_sent, sent_page_seen, set_keep, withdrawn, withdrawn_elsewhere,
};

/// Answers a request. Errors come back as an [`ErrorAnswer`], never as a panic.
pub async fn handle<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> Answer {
    match run(store, clock, req).await {
        Ok(answer) => answer,
        Err(e) => e.into(),
    }
}

/// Every kind's handler, in one `match` without a catch-all arm: a kind added to the protocol
/// table without its handler here does not build.
async fn run<S: Store>(store: &S, clock: &dyn Clock, req: Request) -> Result<Answer, Error> {
    use Request as R;
    let today = clock.today();
    Ok(match req {
        // Neither read nor change the state.
        R::Vocabulary => Answer::Vocabulary(VocabularyAnswer {
            words: crate::age::vocabulary(),
        }),
        R::ReadFile(r) => Answer::ReadFile(backup::read_text(&r.bytes)),
        R::LayoutSeen(r) => layout_seen(store, r).await?,
        R::LayoutReport => layout_report(store).await,
        // Reads.
        R::Annotate(r) => {
            // The most frequent request reads only what badges depend on, and its own visit.
            let inputs = storage::load_badge_inputs(store)
                .await
                .map_err(Error::Internal)?;
            let visit = visits::load(store, r.visit).await;
            Answer::Annotate(annotate(&inputs, clock, &r, &visit))
        }
        R::Profile(r) => Answer::Profile(profile(
            &read_in_force(store, clock).await?.0.state,
            today,
            &r.href,
        )),
        R::Popup => {
            let (loaded, waiting) = read_in_force(store, clock).await?;
            let unsaved = count(waiting);
            let unreadable = loaded.aside.as_ref().map(|a| &a.1);
            Answer::Popup(Box::new(view::popup(
                &loaded.state,
                clock,
                unreadable,
                unsaved,
            )))
        }
        R::Settings => Answer::Settings(SettingsAnswer {
            settings: read(store).await?.state.settings,
        }),
        R::ExportJson => Answer::Export(ExportAnswer {
            text: backup::export_json(store, &read_in_force(store, clock).await?.0.state, clock),
            filename: format!("warden-backup-{today}.json"),
        }),
        R::ExportCsv => Answer::Export(ExportAnswer {
            text: backup::export_csv(&read_in_force(store, clock).await?.0.state, clock),
            filename: format!("warden-{today}.csv"),
        }),
        R::ExportHistoryCsv => Answer::Export(ExportAnswer {
            text: backup::export_history_csv(&read(store).await?.state),
            filename: format!("warden-history-{today}.csv"),
        }),
        R::AsideText(r) => aside::text(store, &read(store).await?.state, &r.key).await?,
        // What the user did on LinkedIn: kept when the storage refuses it (see `unsaved`).
        // On the Pages tab nothing is recorded, so nothing is written.
        R::Withdrawn(r) if r.tab() == SentTab::Organization => {
            Answer::Withdrawn(withdrawn_elsewhere(&read(store).await?.state, &r))
        }
        R::Withdrawn(r) => act(store, clock, Action::Withdrawn(r)).await?,
        R::SetKeep(r) => act(store, clock, Action::SetKeep(r)).await?,
        R::InviteSent(r) => act(store, clock, Action::InviteSent(r)).await?,
        // Other writes.
        R::SentPageSeen(r) => sent_page(store, clock, r).await?,
        R::ConnectedSeen(r) => {
            write(store, clock, Kept::Nothing, |s, clock| {
                Ok(Answer::ConnectedSeen(connected_seen(s, clock, r)?).into())
            })
            .await?
        }
        R::LimitReached => {
            write(store, clock, Kept::Nothing, |s, clock| {
                told::limit_seen(s, clock);
                Ok(done().into())
            })
            .await?
        }
        R::NotesLeftSeen(r) => {
            write(store, clock, Kept::Nothing, |s, clock| {
                told::notes_left_seen(s, clock, r.count);
                Ok(done().into())
            })
            .await?
        }
        R::EmailGateSeen => {
            write(store, clock, Kept::Nothing, |s, clock| {
                told::email_gate_seen(s, clock);
                Ok(done().into())
            })
            .await?
        }
        R::ApplyLimitSuggestion => {
            write(store, clock, Kept::Nothing, |s, clock| {
                let settings = told::limit_suggestion(s, clock)?;
                Ok(Answer::SaveSettings(save_settings(s, settings)).into())
            })
            .await?
        }
        R::DismissNotices => {
            write(store, clock, Kept::Nothing, |s, _| {
                s.notices.clear();
                Ok(done().into())
            })
            .await?
        }
        R::ReviewDone => {
            write(store, clock, Kept::Nothing, |s, clock| {
                let today = clock.today();
                s.reviewed_on = Some(today);
                Ok(Answer::ReviewDone(ReviewDoneAnswer {
                    ok: true,
                    reviewed_on: today,
                })
                .into())
            })
            .await?
        }
        R::SaveSettings(r) => {
            write(store, clock, Kept::Nothing, |s, _| {
                Ok(Answer::SaveSettings(save_settings(s, r.settings)).into())
            })
            .await?
        }
        R::SaveSettingsForm(r) => {
            write(store, clock, Kept::Nothing, |s, _| {
                let form = view::SettingsForm::read(&r.form);
                Ok(
                    Answer::SaveSettings(match view::settings_from_form(&form, &s.settings) {
                        Ok(settings) => save_settings(s, settings),
                        Err(errors) => refused(errors),
                    })
                    .into(),
                )
            })
            .await?
        }
        R::ApplyStaleSuggestion => {
            write(store, clock, Kept::Nothing, |s, clock| {
                Ok(Answer::SaveSettings(apply_suggestion(s, clock.today())?).into())
            })
            .await?
        }
        R::Import(r) => {
            write(store, clock, Kept::Nothing, |s, clock| {
                Ok(
                    Answer::Import(match import_checked(store, s, clock, &r.text) {
                        Ok(report) => ImportAnswer::Merged { ok: true, report },
                        Err(refusal) => ImportAnswer::Refused { ok: false, refusal },
                    })
                    .into(),
                )
            })
            .await?
        }
        R::RemoveImport(r) => {
            write(store, clock, Kept::Nothing, |s, _| {
                crate::imports::remove(s, r.at)?;
                Ok(done().into())
            })
            .await?
        }
        R::Flush => flush(store, clock).await?,
        R::RestoreAside(r) => {
            let copy = store.get(&r.key).await.map_err(Error::Internal)?;
            write(store, clock, Kept::Nothing, |s, clock| {
                let (answer, delete) = aside::restore(store, s, clock.today(), &r.key, copy)?;
                Ok(Wrote { answer, delete })
            })
            .await?
        }
        R::DiscardAside(r) => {
            write(store, clock, Kept::Nothing, |s, _| {
                Ok(Wrote {
                    answer: done(),
                    delete: Some(aside::discard(s, &r.key)?),
                })
            })
            .await?
        }
    })
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The state as stored, for a read.
async fn read<S: Store>(store: &S) -> Result<Loaded<S::Value>, Error> {
    storage::load(store).await.map_err(Error::Internal)
}

/// The state as stored with what the user did that the storage refused applied again (each
/// with its own time): such an action is in force where the user looks (the profile's banner,
/// the popup's cooldowns and quota, a backup) before it is saved.
async fn read_in_force<S: Store>(
    store: &S,
    clock: &dyn Clock,
) -> Result<(Loaded<S::Value>, usize), Error> {
    let waiting = unsaved::load(store).await;
    let mut loaded = read(store).await?;
    apply_again(&mut loaded.state, clock, &waiting);
    Ok((loaded, waiting.len()))
}

/// The actions the storage refused, applied again in order, each with its own time.
fn apply_again(s: &mut State, clock: &dyn Clock, waiting: &[unsaved::Unsaved]) {
    for u in waiting {
        let at = unsaved::At { at: u.at, clock };
        let _ = apply(s, &at, u.request.clone(), None);
    }
}

/// What a write answers, and a copy set aside to delete once the state that no longer lists
/// it is saved.
struct Wrote {
    answer: Answer,
    delete: Option<String>,
}

impl From<Answer> for Wrote {
    fn from(answer: Answer) -> Wrote {
        Wrote {
            answer,
            delete: None,
        }
    }
}

/// What a write keeps when the storage refuses it.
enum Kept {
    /// Nothing: it is asked again (a Sent-page reading is read again at the next visit).
    Nothing,
    /// What the user did, applied again at the next write.
    Action(Action),
    /// `flush`: the actions already waiting are all there is.
    Flush,
}

/// The user's withdrawal, keep or send: applied, and kept if the storage refuses it. A keep
/// made on a visit of the Sent view answers that visit's summary too.
async fn act<S: Store>(store: &S, clock: &dyn Clock, action: Action) -> Result<Answer, Error> {
    let visit = match &action {
        Action::SetKeep(SetKeep { visit: Some(v), .. }) => Some(visits::load(store, *v).await),
        _ => None,
    };
    let kept = Kept::Action(action.clone());
    write(store, clock, kept, |s, clock| {
        Ok(apply(s, clock, action, visit.as_ref())?.into())
    })
    .await
}

/// Applies what the user did to the state (now, or again later with its own time).
fn apply(
    s: &mut State,
    clock: &dyn Clock,
    action: Action,
    visit: Option<&visits::Visit>,
) -> Result<Answer, Error> {
    Ok(match action {
        Action::Withdrawn(r) => Answer::Withdrawn(withdrawn(s, clock, r)?),
        Action::SetKeep(r) => Answer::SetKeep(set_keep(s, clock, r, visit)?),
        Action::InviteSent(r) => Answer::InviteSent(invite_sent(s, clock, r)?),
    })
}

/// A Sent-page reading: the state (people pending, outcomes, the counts for the popup and the
/// toolbar) and the visit's own record, which lists these people; then the visits beyond the
/// latest few are deleted.
async fn sent_page<S: Store>(
    store: &S,
    clock: &dyn Clock,
    r: SentPageSeen,
) -> Result<Answer, Error> {
    let at = r.visit;
    if SentTab::of(&r.path, r.current_tab.as_deref()) == SentTab::Organization {
        // The Pages tab lists no connection invitation: nothing is recorded, and its summary
        // counts nobody (its pending count is the People total, when the page states it).
        let s = read(store).await?.state;
        return Ok(Answer::SentPageSeen(SentPageAnswer {
            ok: true,
            stale: s.pending.as_ref().map_or(0, |p| p.stale),
            summary: SummaryAnswer {
                pending: crate::sent_tab::stated_total(&r.totals).unwrap_or(0),
                ..SummaryAnswer::default()
            },
        }));
    }
    let mut visit = visits::load(store, at).await;
    let mut dropped = Vec::new();
    let answer = write(store, clock, Kept::Nothing, |s, clock| {
        dropped = visits::list(&mut s.visits, at);
        Ok(Answer::SentPageSeen(sent_page_seen(s, clock, r, &mut visit)).into())
    })
    .await?;
    let key = visits::key(at);
    if !dropped.contains(&key) {
        let value = store.to_value(&visit).map_err(Error::Internal)?;
        store.set(&key, &value).await.map_err(Error::WriteFailed)?;
    }
    for key in dropped {
        let _ = store.remove(&key).await;
    }
    Ok(answer)
}

async fn flush<S: Store>(store: &S, clock: &dyn Clock) -> Result<Answer, Error> {
    if unsaved::load(store).await.is_empty() {
        return Ok(flushed(0));
    }
    write(store, clock, Kept::Flush, |_, _| Ok(flushed(0).into())).await
}

/// A write: what the storage refused before is applied again first, in the order it was made,
/// each with its own time; then
/// `change`; then the state is saved. When the storage refuses it, what the user did is kept
/// (see [`unsaved`]) and the answer says how many actions wait.
async fn write<S: Store>(
    store: &S,
    clock: &dyn Clock,
    kept: Kept,
    change: impl FnOnce(&mut State, &dyn Clock) -> Result<Wrote, Error>,
) -> Result<Answer, Error> {
    let waiting = unsaved::load(store).await;
    let mut loaded = read(store).await?;
    let inputs = (loaded.state.inputs_fingerprint(), loaded.state.inputs);
    apply_again(&mut loaded.state, clock, &waiting);
    // The actions applied again count in the revision before this request (whose answer may
    // give the revision it wrote).
    loaded.state.note_inputs(inputs.0);
    let inputs = (loaded.state.inputs_fingerprint(), loaded.state.inputs);
    let Wrote { answer, delete } = change(&mut loaded.state, clock)?;
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
    // Bumped once, unless the handler already did (to answer with the revision it wrote).
    if s.inputs == inputs.1 {
        s.note_inputs(inputs.0);
    }
    keep_age_table(store, clock, s).await;
    let mut saved = storage::save(store, clock, &mut loaded).await;
    // A full storage: the readings give way (they are read again at the next visit), never
    // what the user did; then the state is saved again.
    if saved.is_err() && storage::make_room(store, &mut loaded.state).await {
        saved = storage::save(store, clock, &mut loaded).await;
    }
    match saved {
        Ok(()) => {
            if !waiting.is_empty() {
                unsaved::clear(store).await;
            }
            if let Some(key) = delete {
                let _ = store.remove(&key).await;
            }
            Ok(answer)
        }
        Err(e) => {
            let kept = match kept {
                Kept::Action(request) => unsaved::Unsaved {
                    at: clock.now(),
                    request,
                    seq: unsaved::next_seq(&waiting),
                },
                Kept::Flush => return Err(Error::Unsaved(count(waiting.len()))),
                Kept::Nothing => return Err(Error::WriteFailed(e)),
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

async fn layout_report<S: Store>(store: &S) -> Answer {
    let text = |v: Option<S::Value>| v.and_then(|v| store.text_of(&v));
    let sent = store.get(LayoutPage::Sent.key()).await.ok().flatten();
    let profile = store.get(LayoutPage::Profile.key()).await.ok().flatten();
    Answer::LayoutReport(LayoutReportAnswer {
        sent: text(sent),
        profile: text(profile),
    })
}

async fn layout_seen<S: Store>(store: &S, r: LayoutSeen) -> Result<Answer, Error> {
    // At most REPORT_MAX bytes as the browser stores them, cut between characters.
    let mut stored = 0;
    let end = r
        .report
        .char_indices()
        .find(|&(_, c)| {
            stored += crate::storage::stored_len(c.encode_utf8(&mut [0; 4]));
            stored > REPORT_MAX
        })
        .map_or(r.report.len(), |(i, _)| i);
    let value = store
        .to_value(r.report.get(..end).unwrap_or_default())
        .map_err(Error::Internal)?;
    store
        .set(r.page.key(), &value)
        .await
        .map_err(Error::WriteFailed)?;
    Ok(done())
}

/// The age vocabulary beside the state, written anew when what it depends on changed (the
/// settings, the keeps, the day, the texts known) and before the state that says so: a table
/// that could not be written is written at the next write.
async fn keep_age_table<S: Store>(store: &S, clock: &dyn Clock, s: &mut State) {
    let today = clock.today();
    let basis = crate::vocab::basis(s, today);
    if s.age_table_basis == basis {
        return;
    }
    let Ok(value) = store.to_value(&crate::vocab::table(s, today)) else {
        return;
    };
    if store.set(crate::vocab::KEY, &value).await.is_ok() {
        s.age_table_basis = basis;
    }
}

/// A backup imported (one nesting deeper than any backup is refused before it is parsed, by
/// [`backup::import`] itself, whatever its version).
fn import_checked<S: Store>(
    store: &S,
    s: &mut State,
    clock: &dyn Clock,
    text: &str,
) -> Result<backup::ImportReport, backup::Refusal> {
    let before = s.clone();
    let report = backup::import(store, s, clock, text)?;
    let mark = crate::imports::mark(&before, s, clock.now());
    crate::imports::remember(s, mark);
    Ok(report)
}

fn done() -> Answer {
    Answer::Done(DoneAnswer { ok: true })
}

/// The user clicked the popup's suggestion: the stale threshold becomes the day the core
/// suggests now (never a value the request carries), and the settings remember where it came
/// from.
fn apply_suggestion(s: &mut State, today: crate::date::Date) -> Result<SaveSettingsAnswer, Error> {
    let f = crate::figures::figures(s, today);
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
    // Settings that leave the source out, the threshold unchanged, keep it. The same for the
    // weekly limit and LinkedIn's weekly-limit message.
    keep_source(
        settings.stale_days != s.settings.stale_days,
        &mut settings.stale_source,
        &s.settings.stale_source,
    );
    keep_source(
        settings.weekly_limit != s.settings.weekly_limit,
        &mut settings.limit_source,
        &s.settings.limit_source,
    );
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

/// Where a setting came from after a save: dropped when the value changed and the source did
/// not (the user typed it); kept when the value stayed and the new settings leave it out.
fn keep_source<T: Clone + PartialEq>(changed: bool, new: &mut Option<T>, old: &Option<T>) {
    if changed {
        if new == old {
            *new = None;
        }
    } else if new.is_none() {
        new.clone_from(old);
    }
}

fn refused(errors: Vec<crate::settings::SettingError>) -> SaveSettingsAnswer {
    SaveSettingsAnswer {
        ok: false,
        settings: None,
        errors: Some(errors),
    }
}
