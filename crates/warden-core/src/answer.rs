//! Every answer the core gives, one type per request kind (the TypeScript declarations are
//! generated from them). Serialized as plain objects, field names in camelCase; `null` where a
//! value is unknown.

use crate::date::Date;
use crate::decide::{Bucket, Hint};
use crate::error::Error;
use crate::settings::{SettingError, Settings};
use serde::Serialize;

#[cfg(test)]
use ts_rs::TS;

/// An answer: one of the shapes below.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[cfg_attr(test, derive(TS))]
pub enum Answer {
    Annotate(AnnotateAnswer),
    Profile(ProfileAnswer),
    Popup(Box<crate::view::PopupAnswer>),
    Settings(SettingsAnswer),
    SentPageSeen(SentPageAnswer),
    Withdrawn(WithdrawnAnswer),
    SetKeep(KeepAnswer),
    InviteSent(SendAnswer),
    SaveSettings(SaveSettingsAnswer),
    Import(ImportAnswer),
    Export(ExportAnswer),
    ReviewDone(ReviewDoneAnswer),
    Vocabulary(VocabularyAnswer),
    LayoutReport(LayoutReportAnswer),
    Flush(FlushAnswer),
    ReadFile(ReadFileAnswer),
    ConnectedSeen(ConnectedAnswer),
    /// `limitReached`, `dismissNotices`, `layoutSeen`.
    Done(DoneAnswer),
    Error(ErrorAnswer),
}

/// A file's text, or why it is refused (`notUtf8`, `tooLarge`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct ReadFileAnswer {
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub error: Option<String>,
}

/// What is still waiting to be saved after a `flush` (0: everything landed).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct FlushAnswer {
    pub ok: bool,
    pub unsaved: u32,
}

/// `connectedSeen`: whether this profile changed anything (`confirmed`), and whether the
/// person now counts as confirmed accepted.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct ConnectedAnswer {
    pub ok: bool,
    pub confirmed: bool,
    pub accepted: bool,
}

/// `{"error": key, "detail"?}`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct ErrorAnswer {
    pub error: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub detail: Option<String>,
    /// For `unsaved`: how many of the user's actions wait to be saved.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub unsaved: Option<u32>,
}

impl From<Error> for Answer {
    fn from(e: Error) -> Answer {
        Answer::Error(ErrorAnswer {
            error: e.key().to_owned(),
            detail: e.detail().map(str::to_owned),
            unsaved: match e {
                Error::Unsaved(n) => Some(n),
                _ => None,
            },
        })
    }
}

/// The verdicts for a batch of cards. The same few verdicts recur on every card (a verdict
/// depends only on the age and whether the person is kept), so each distinct one is given once
/// in `verdicts`, and each card points into it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(TS))]
pub struct AnnotateAnswer {
    pub today: Date,
    /// The tab of the Sent view: on `organization` (Pages) no card gets a verdict.
    pub tab: crate::sent_tab::SentTab,
    /// Each distinct verdict of the batch.
    pub verdicts: Vec<CardVerdict>,
    /// Each card, in request order: its verdict and person, or `null` when its age is unreadable.
    pub cards: Vec<Option<CardRef>>,
    /// The page's stated total, when one of the total texts is one.
    pub total: Option<u32>,
    pub debug: bool,
    /// The state's `inputs` revision these verdicts were made with.
    pub inputs: u32,
    /// Each text of the request that reads as an age, with the verdict a card showing it
    /// gets (today's settings, nobody kept): with `kept`, what a card that scrolls in shows at
    /// once, until the answer to its own request replaces it.
    pub ages: Vec<TextVerdict>,
    /// The profile paths (`/in/SLUG/`, percent-encoded) of the people kept: a card linking
    /// there shows the `kept` verdict.
    pub kept_paths: Vec<String>,
    /// The page's summary: the people of this visit (as stored) and of this batch, each once.
    pub summary: SummaryAnswer,
}

/// A card of the batch: which verdict, and whose card it is (the profile slug of its link).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct CardRef {
    /// An index into `verdicts`.
    pub verdict: u32,
    pub slug: Option<String>,
}

/// What a card's badge says.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(TS))]
pub struct CardVerdict {
    pub age_days: u32,
    pub bucket: Bucket,
    pub hint: Hint,
    /// The hint by age alone: what the summary counts, kept or not.
    pub by_age: Hint,
    pub stale: bool,
    pub consider: bool,
    /// If withdrawn today, the first day the same person can be invited again.
    pub reinvite_on: Date,
    pub kept: bool,
    /// Review mode: a card to act on (withdraw or consider), or one to skip.
    pub review: Review,
}

/// An age text and the verdict of a card that shows it (see [`AnnotateAnswer::ages`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct TextVerdict {
    pub text: String,
    /// An index into `verdicts`.
    pub verdict: u32,
    /// The same card when its person is kept.
    pub kept: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(TS))]
pub enum Review {
    Todo,
    Skip,
}

/// What the profile banner of one person says; only `slug: null` when the link is no profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(TS))]
pub struct ProfileAnswer {
    pub slug: Option<String>,
    pub withdrawal: Option<ProfileWithdrawal>,
    /// The latest day a pending invitation to them, read on the Sent page, can have been sent.
    pub pending_since: Option<Date>,
    pub kept: bool,
    /// Warden follows an invitation to them that their profile showing a 1st-degree
    /// connection would confirm as accepted (then the page tells the core: `connectedSeen`).
    pub confirmable: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(TS))]
pub struct ProfileWithdrawal {
    pub name: String,
    pub withdrawn_on: Date,
    pub until: Date,
    pub state: CooldownState,
    #[cfg_attr(test, ts(type = "number"))]
    pub days_left: i64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(TS))]
pub enum CooldownState {
    Active,
    Ended,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct SettingsAnswer {
    pub settings: Settings,
}

/// `sentPageSeen`: the page's summary, with these people, and the stale count of the latest
/// reading (for the toolbar).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct SentPageAnswer {
    pub ok: bool,
    pub stale: u32,
    pub summary: SummaryAnswer,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct WithdrawnAnswer {
    pub ok: bool,
    /// Whether it was recorded: not on the Pages tab (no connection invitation withdrawn).
    pub recorded: bool,
    /// The profile slug (empty when the link is none and nothing was recorded).
    pub slug: String,
    /// The end of the cooldown (`null` when nothing was recorded).
    pub until: Option<Date>,
    /// The stale count of the latest reading, this withdrawal taken off.
    pub stale: u32,
    /// The state's `inputs` revision after this write.
    pub inputs: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct KeepAnswer {
    pub ok: bool,
    pub slug: String,
    pub keep: bool,
    /// The state's `inputs` revision after this write: the tab that asked knows its own.
    pub inputs: u32,
    /// The summary of the visit the request named, counted with this mark (`partial` false:
    /// no list was read for it); `null` when it named none.
    pub summary: Option<SummaryAnswer>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct SendAnswer {
    pub ok: bool,
    /// The profile slug, or `name:` and the name when the link was unknown.
    pub key: String,
}

/// Saved (`ok: true` and the settings now in force), or refused with every reason.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct SaveSettingsAnswer {
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub settings: Option<Settings>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional))]
    pub errors: Option<Vec<SettingError>>,
}

/// Merged (`ok: true` and what it did), or refused with the error's key.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[cfg_attr(test, derive(TS))]
pub enum ImportAnswer {
    Merged {
        ok: bool,
        #[serde(flatten)]
        #[cfg_attr(test, ts(flatten))]
        report: crate::backup::ImportReport,
    },
    Refused {
        ok: bool,
        #[serde(flatten)]
        #[cfg_attr(test, ts(flatten))]
        refusal: crate::backup::Refusal,
    },
}

/// A file to save: its text and a name for it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct ExportAnswer {
    pub text: String,
    pub filename: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(TS))]
pub struct ReviewDoneAnswer {
    pub ok: bool,
    pub reviewed_on: Date,
}

/// The words of the age grammar, folded and sorted.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct VocabularyAnswer {
    pub words: Vec<&'static str>,
}

/// The last layout report of each page kind, if any.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct LayoutReportAnswer {
    pub sent: Option<String>,
    pub profile: Option<String>,
}

/// The Sent page's summary (the contract's `data-cards`, `data-stale`, ...).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct SummaryAnswer {
    /// Distinct people read on this visit (people withdrawn meanwhile included).
    pub cards: u32,
    /// By age: a kept person still counts.
    pub stale: u32,
    pub consider: u32,
    pub kept: u32,
    /// The total the page states, else the cards read.
    pub pending: u32,
    /// Recognition degraded: far fewer cards read than rows in the list (a markup change).
    pub partial: bool,
    /// The rows not recognised, when `partial`.
    pub unrecognised: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(test, derive(TS))]
pub struct DoneAnswer {
    pub ok: bool,
}
