//! Every request the extension asks the core: `{"kind": "...", ...the fields of that kind}`,
//! field names in camelCase. These types are the one description of them (the TypeScript
//! declarations the extension is checked against are generated from them).

use crate::date::Millis;
use crate::sent_tab::{SentTab, TotalText};
use crate::settings::Settings;
use serde::{Deserialize, Serialize};

/// The protocol: one row per request kind, and nothing else to edit for a new one but its
/// handler (`engine::run`, whose one `match` has no catch-all arm, so a kind without a handler
/// does not build) and its caller in the extension.
///
/// A row reads `kind: Variant(Fields) -> AnswerType, read|write;` (`Variant -> ...` for a kind
/// without fields). From the table come the [`Request`] enum (tagged by `kind`, the variant's
/// name in camelCase, which a test checks against the row's `kind`), [`KINDS`] and which of
/// them write ([`Request::kind_writes`], and `extension/types/kinds.js` for the scripts),
/// [`Request::read_kind`] and the answer type of each kind ([`ANSWERS`], for the TypeScript
/// declarations).
macro_rules! protocol {
    ($(
        $(#[$doc:meta])*
        $kind:ident : $Variant:ident $(($Fields:ty))? -> $Answer:ident, $rw:ident;
    )*) => {
        /// A request, tagged by `kind`.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(tag = "kind", rename_all = "camelCase")]
        #[cfg_attr(test, derive(ts_rs::TS))]
        pub enum Request {
            $( $(#[$doc])* $Variant $(($Fields))?, )*
        }

        /// Every request kind, and whether it writes, in the table's order.
        pub const KINDS: &[(&str, bool)] = &[$((stringify!($kind), protocol!(@writes $rw))),*];

        /// The answer type of each request kind (an `ErrorAnswer` when it fails).
        pub const ANSWERS: &[(&str, &str)] = &[$((stringify!($kind), stringify!($Answer))),*];

        impl Request {
            /// The request's `kind`.
            pub fn kind(&self) -> &'static str {
                match self {
                    $( Request::$Variant { .. } => stringify!($kind), )*
                }
            }

            /// Reads a request whose `kind` was read first: the variant's fields come straight
            /// from the source (`fields.read()`), so the request is not first copied into
            /// serde's buffer as an internally tagged enum would be. An unknown kind is
            /// `Ok(None)`.
            pub fn read_kind<F: Fields>(kind: &str, fields: &F) -> Result<Option<Request>, F::Error> {
                let _ = fields;
                $(
                    if kind == stringify!($kind) {
                        return Ok(Some(Request::$Variant $(({
                            let read: $Fields = fields.read()?;
                            read
                        }))?));
                    }
                )*
                Ok(None)
            }
        }
    };
    (@writes read) => { false };
    (@writes write) => { true };
}

protocol! {
    /// Read: verdicts for cards, and the page's stated total.
    annotate: Annotate(Annotate) -> AnnotateAnswer, read;
    /// Read: what the profile banner of this person says.
    profile: Profile(Profile) -> ProfileAnswer, read;
    /// Read: everything the popup shows.
    popup: Popup -> PopupAnswer, read;
    /// Read: the settings.
    settings: Settings -> SettingsAnswer, read;
    /// Write: the people newly read on this visit of the Sent page (the core counts the rest).
    sentPageSeen: SentPageSeen(SentPageSeen) -> SentPageAnswer, write;
    /// Write: the user confirmed a withdrawal and the page removed the card.
    withdrawn: Withdrawn(Withdrawn) -> WithdrawnAnswer, write;
    /// Write: mark or unmark a person as a priority.
    setKeep: SetKeep(SetKeep) -> KeepAnswer, write;
    /// Write: the user sent an invitation (seen on any LinkedIn page).
    inviteSent: InviteSent(InviteSent) -> SendAnswer, write;
    /// Write: LinkedIn said the weekly limit is reached (recorded with the invitations the
    /// quota counts now).
    limitReached: LimitReached -> DoneAnswer, write;
    /// Write: the invite dialog's note step said how many personalised invitations remain
    /// this month.
    notesLeftSeen: NotesLeftSeen(NotesLeftSeen) -> DoneAnswer, write;
    /// Write: LinkedIn asked for the person's email before an invitation (a restriction).
    emailGateSeen: EmailGateSeen -> DoneAnswer, write;
    /// Write: new settings (refused with reasons when invalid).
    saveSettings: SaveSettings(SaveSettings) -> SaveSettingsAnswer, write;
    /// Write: the popup's settings form as typed (text fields), checked field by field.
    saveSettingsForm: SaveSettingsForm(SaveSettingsForm) -> SaveSettingsAnswer, write;
    /// Write: merge a JSON backup.
    import: Import(Import) -> ImportAnswer, write;
    /// Read: the JSON backup.
    exportJson: ExportJson -> ExportAnswer, read;
    /// Read: pending invitations and cooldowns as CSV.
    exportCsv: ExportCsv -> ExportAnswer, read;
    /// Write: forget the notices the user has read.
    dismissNotices: DismissNotices -> DoneAnswer, write;
    /// Write: the user finished reviewing the Sent page today (the monthly reminder restarts).
    reviewDone: ReviewDone -> ReviewDoneAnswer, write;
    /// Read: the words of the age grammar, for the layout report.
    vocabulary: Vocabulary -> VocabularyAnswer, read;
    /// Write: keep the anonymised description of the last page of a kind Warden read.
    layoutSeen: LayoutSeen(LayoutSeen) -> DoneAnswer, write;
    /// Read: the last layout reports.
    layoutReport: LayoutReport -> LayoutReportAnswer, read;
    /// Write: save what the storage refused earlier (the background asks at every start).
    flush: Flush -> FlushAnswer, write;
    /// Write: merge a copy set aside (unreadable or newer data) into the state, then delete it.
    restoreAside: RestoreAside(AsideKey) -> ImportAnswer, write;
    /// Write: delete a copy set aside.
    discardAside: DiscardAside(AsideKey) -> DoneAnswer, write;
    /// Read: a copy set aside, as JSON text, for the user to download.
    asideText: AsideText(AsideKey) -> ExportAnswer, read;
    /// Read: a file the user chose, as text (refused unless it is UTF-8).
    readFile: ReadFile(ReadFile) -> ReadFileAnswer, read;
    /// Write: a profile's top card shows the person as a 1st-degree connection.
    connectedSeen: ConnectedSeen(ConnectedSeen) -> ConnectedAnswer, write;
    /// Write: the user's click on the popup's suggestion: the stale threshold becomes the day
    /// the core suggests from their own acceptances (refused when there is no suggestion).
    applyStaleSuggestion: ApplyStaleSuggestion -> SaveSettingsAnswer, write;
    /// Read: what became of each invitation, as CSV.
    exportHistoryCsv: ExportHistoryCsv -> ExportAnswer, read;
    /// Write: the user's click on the popup's suggestion: the weekly limit becomes the count
    /// LinkedIn's latest weekly-limit message stopped them at (refused when there is none).
    applyLimitSuggestion: ApplyLimitSuggestion -> SaveSettingsAnswer, write;
    /// Write: the user's click on the popup's "remove" beside an import: what it wrote and is
    /// still as it wrote it is deleted.
    removeImport: RemoveImport(ImportAt) -> DoneAnswer, write;
}

/// Which import: its time (ms), as the popup's view gives it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ImportAt {
    #[cfg_attr(test, ts(type = "number"))]
    pub at: crate::date::Millis,
}

/// A file's bytes, as the browser read them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ReadFile {
    #[cfg_attr(test, ts(type = "Uint8Array"))]
    pub bytes: serde_bytes::ByteBuf,
}

/// Which copy set aside: its storage key (`warden.aside.` + the time it was made).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AsideKey {
    pub key: String,
}

/// One card as the content script read it: its texts are indices into the request's `texts`
/// (the same few age lines recur on every card, so each distinct text travels once).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CardText {
    /// The card's profile link (`href`), if any.
    #[cfg_attr(test, ts(optional = nullable))]
    pub href: Option<String>,
    /// The age line candidates, in document order (the first that parses wins), as indices
    /// into `texts`.
    pub ages: Vec<u32>,
    /// The `datetime` attribute of a `<time>` in the card: it wins over words.
    #[cfg_attr(test, ts(optional = nullable))]
    pub datetime: Option<String>,
    /// The displayed name: who the card is when it has no profile link (the summary counts
    /// each person once).
    #[cfg_attr(test, ts(optional = nullable))]
    pub name: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Annotate {
    /// Each distinct text of the batch once.
    #[serde(default)]
    pub texts: Vec<String>,
    pub cards: Vec<CardText>,
    /// Candidates for the page's stated total ("People (1,204)"), with their links.
    #[serde(default)]
    pub totals: Vec<TotalText>,
    /// The page's path (`location.pathname`): which tab of the Sent view it shows.
    #[serde(default)]
    pub path: String,
    /// The href of the tab marked current, if any (the path wins when it names a tab).
    #[serde(default)]
    #[cfg_attr(test, ts(optional = nullable))]
    pub current_tab: Option<String>,
    /// The visit of the Sent view this batch was read on: when the view was opened (ms).
    #[cfg_attr(test, ts(type = "number"))]
    pub visit: Millis,
    /// The children of the list element now (rows, recognised as cards or not).
    #[serde(default)]
    pub rows: u32,
    /// The cards on the page that already carry a badge, this batch's cards not counted.
    #[serde(default)]
    pub badged: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Profile {
    pub href: String,
}

/// The people newly read on a visit of the Sent view, and how the page looks now. The core
/// adds them to the visit and answers the page's summary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SentPageSeen {
    /// When the Sent view that read these people was opened (ms): only a view opened after a
    /// withdrawal can show that it did not hold (an older tab may still list the invitation).
    #[cfg_attr(test, ts(type = "number"))]
    pub visit: Millis,
    /// People read since the last report (each with or without a profile link).
    pub people: Vec<PersonAge>,
    /// The texts of these cards the core read as ages (its answer's `ages`): learned for the
    /// age vocabulary the page badges from before asking ([`crate::vocab`]).
    #[serde(default)]
    pub age_texts: Vec<String>,
    /// The children of the list element now.
    #[serde(default)]
    pub rows: u32,
    /// The cards on the page that carry a badge now (these people's included).
    #[serde(default)]
    pub badged: u32,
    /// Candidates for the page's stated total ("People (1,204)"), with their links.
    #[serde(default)]
    pub totals: Vec<TotalText>,
    /// The page's path (`location.pathname`): which tab of the Sent view it shows.
    #[serde(default)]
    pub path: String,
    /// The href of the tab marked current, if any (the path wins when it names a tab).
    #[serde(default)]
    #[cfg_attr(test, ts(optional = nullable))]
    pub current_tab: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PersonAge {
    /// The card's profile link; without one, the person is known by name on this visit only.
    #[serde(default)]
    #[cfg_attr(test, ts(optional = nullable))]
    pub href: Option<String>,
    #[serde(default)]
    pub name: String,
    pub age_days: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Withdrawn {
    pub href: String,
    pub name: String,
    #[serde(default)]
    #[cfg_attr(test, ts(optional = nullable))]
    pub headline: Option<String>,
    /// The card's texts in document order: its age is read from them, and its headline when
    /// none is given.
    #[serde(default)]
    pub texts: Vec<String>,
    /// The `datetime` of a `<time>` in the card, when it has one.
    #[serde(default)]
    #[cfg_attr(test, ts(optional = nullable))]
    pub datetime: Option<String>,
    /// The page's path: a withdrawal on the Pages tab is no connection withdrawal.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path: String,
    /// The href of the tab marked current, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable))]
    pub current_tab: Option<String>,
}

impl Withdrawn {
    /// The tab of the Sent view the withdrawal was made on.
    pub fn tab(&self) -> SentTab {
        SentTab::of(&self.path, self.current_tab.as_deref())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SetKeep {
    pub href: String,
    pub name: String,
    pub keep: bool,
    /// The visit of the Sent view the user marked them on: the answer then carries its
    /// summary, counted with this mark.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, ts(optional = nullable, type = "number"))]
    pub visit: Option<Millis>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct InviteSent {
    #[serde(default)]
    #[cfg_attr(test, ts(optional = nullable))]
    pub href: Option<String>,
    #[serde(default)]
    pub name: String,
    /// Sent with a note (`true`), without one (`false`); left out when Warden could not tell.
    #[serde(default)]
    #[cfg_attr(test, ts(optional = nullable))]
    pub note: Option<bool>,
}

/// The count of personalised invitations left this month, as the note step wrote it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NotesLeftSeen {
    pub count: u32,
}

/// A profile whose top card shows its person as a 1st-degree connection (visible degree).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ConnectedSeen {
    pub href: String,
}

/// Members left out take their defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SaveSettings {
    pub settings: Settings,
}

/// The form as typed: each numeric field as text (or a number), `debug` a boolean.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SaveSettingsForm {
    #[cfg_attr(test, ts(type = "Record<string, string | number | boolean>"))]
    pub form: crate::scalar::Members,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Import {
    pub text: String,
}

/// The pages a layout report describes.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
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

/// At most [`REPORT_MAX`] bytes are kept, as the browser stores them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LayoutSeen {
    pub page: LayoutPage,
    pub report: String,
}

/// The largest layout report kept, in bytes as the browser stores them (a page's skeleton is a few KB).
pub const REPORT_MAX: usize = 64 * 1024;

impl Request {
    /// Whether answering changes the state (then only the background may answer).
    pub fn writes(&self) -> bool {
        Request::kind_writes(self.kind())
    }

    /// Whether a request of this `kind` changes the state; an unknown kind counts as a write
    /// (the background, the one writer, then refuses it).
    pub fn kind_writes(kind: &str) -> bool {
        KINDS
            .iter()
            .find(|(k, _)| *k == kind)
            .is_none_or(|&(_, writes)| writes)
    }

    /// The kinds that change the state, in the table's order.
    pub fn write_kinds() -> impl Iterator<Item = &'static str> {
        KINDS.iter().filter(|k| k.1).map(|k| k.0)
    }

    /// Reads a request from JSON text (native callers and tests; the extension's requests
    /// arrive as JS values, see the wasm crate's interop).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(text: &str) -> Result<Request, serde_json::Error> {
        serde_json::from_str(text)
    }
}

/// Where [`Request::read_kind`] reads a variant's fields from (a JS object in the browser).
pub trait Fields {
    type Error;
    fn read<T: serde::de::DeserializeOwned>(&self) -> Result<T, Self::Error>;
}

#[cfg(not(target_arch = "wasm32"))]
impl Fields for serde_json::Value {
    type Error = serde_json::Error;
    fn read<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        T::deserialize(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_by_kind_reads_what_the_tagged_enum_reads() {
        for text in [
            r#"{"kind":"annotate","texts":["Sent today"],"cards":[{"ages":[0],"name":"A"}],"visit":5,"rows":2,"badged":1,"totals":[{"text":"People (2)","href":"/sent/CONNECTION/"},{"text":"Pages"}],"path":"/mynetwork/invitation-manager/sent/","currentTab":null}"#,
            r#"{"kind":"popup"}"#,
            r#"{"kind":"withdrawn","href":"/in/a/","name":"A","texts":["x"],"datetime":null}"#,
            r#"{"kind":"withdrawn","href":"/in/a/","name":"A","path":"/sent/ORGANIZATION/","currentTab":"/x/"}"#,
            r#"{"kind":"layoutSeen","page":"profile","report":"r"}"#,
            r#"{"kind":"saveSettingsForm","form":{"weeklyLimit":"5"}}"#,
            r#"{"kind":"setKeep","href":"/in/a/","name":"A","keep":true,"visit":7}"#,
            r#"{"kind":"sentPageSeen","visit":1,"people":[{"href":null,"name":"B","ageDays":4}]}"#,
        ] {
            let v: serde_json::Value = serde_json::from_str(text).unwrap();
            let kind = v["kind"].as_str().unwrap();
            let by_kind = Request::read_kind(kind, &v).unwrap().unwrap();
            assert_eq!(by_kind, Request::from_json(text).unwrap(), "{text}");
        }
        assert!(Request::read_kind("explode", &serde_json::json!({}))
            .unwrap()
            .is_none());
    }

    #[test]
    fn every_kind_reads_and_says_whether_it_writes() {
        for &(kind, writes) in KINDS {
            let text = match kind {
                "annotate" => r#"{"kind":"annotate","cards":[{}],"visit":1}"#.to_owned(),
                "profile" => r#"{"kind":"profile","href":"/in/a/"}"#.to_owned(),
                "sentPageSeen" => r#"{"kind":"sentPageSeen","visit":1,"rows":1,"badged":1,"people":[{"href":"/in/a/","ageDays":3},{"name":"B","ageDays":4}]}"#.to_owned(),
                "withdrawn" => r#"{"kind":"withdrawn","href":"/in/a/","name":"A"}"#.to_owned(),
                "setKeep" => r#"{"kind":"setKeep","href":"/in/a/","name":"A","keep":true}"#.to_owned(),
                "saveSettings" => r#"{"kind":"saveSettings","settings":{}}"#.to_owned(),
                "saveSettingsForm" => r#"{"kind":"saveSettingsForm","form":{"weeklyLimit":"5"}}"#.to_owned(),
                "import" => r#"{"kind":"import","text":"{}"}"#.to_owned(),
                "layoutSeen" => r#"{"kind":"layoutSeen","page":"sent","report":"r"}"#.to_owned(),
                "restoreAside" | "discardAside" | "asideText" => format!(r#"{{"kind":"{kind}","key":"warden.aside.1"}}"#),
                "readFile" => r#"{"kind":"readFile","bytes":[123,125]}"#.to_owned(),
                "connectedSeen" => r#"{"kind":"connectedSeen","href":"/in/a/"}"#.to_owned(),
                "notesLeftSeen" => r#"{"kind":"notesLeftSeen","count":2}"#.to_owned(),
                "removeImport" => r#"{"kind":"removeImport","at":1}"#.to_owned(),
                k => format!(r#"{{"kind":"{k}"}}"#),
            };
            let req = Request::from_json(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert_eq!(
                Request::read_kind(kind, &v).unwrap().as_ref(),
                Some(&req),
                "{kind}"
            );
            assert_eq!(req.kind(), kind);
            assert_eq!(req.writes(), writes, "{kind}");
            assert_eq!(Request::kind_writes(kind), writes, "{kind}");
        }
        assert!(Request::kind_writes("explode"));
        // What the scripts send where, by kind alone: reads may be answered in the page, writes
        // and anything unknown go to the background (which refuses what it does not know).
        assert!(!Request::kind_writes("annotate"));
        assert!(!Request::kind_writes("profile"));
        assert!(Request::kind_writes("withdrawn"));
        assert!(Request::kind_writes("unknown"));
        assert_eq!(
            Request::write_kinds().count(),
            KINDS.iter().filter(|k| k.1).count()
        );
        let mut names: Vec<&str> = KINDS.iter().map(|k| k.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), KINDS.len(), "each kind once");
    }

    #[test]
    fn malformed_requests_say_why() {
        for (text, why) in [
            ("42", "expected internally tagged enum"),
            (r#"{"nokind":1}"#, "missing field `kind`"),
            (r#"{"kind":"explode"}"#, "unknown variant `explode`"),
            (r#"{"kind":"annotate"}"#, "missing field `cards`"),
            (r#"{"kind":"annotate","cards":[]}"#, "missing field `visit`"),
            (
                r#"{"kind":"sentPageSeen","people":[]}"#,
                "missing field `visit`",
            ),
            (
                r#"{"kind":"annotate","cards":[{"ages":["x"]}]}"#,
                "invalid type: string",
            ),
            (
                r#"{"kind":"setKeep","href":"/in/a/","name":"A","keep":"yes"}"#,
                "expected a boolean",
            ),
            (
                r#"{"kind":"sentPageSeen","visit":1,"rows":-1,"badged":1,"people":[]}"#,
                "invalid value: integer `-1`",
            ),
            ("{", "EOF"),
        ] {
            let e = Request::from_json(text).unwrap_err().to_string();
            assert!(e.contains(why), "{text}: {e}");
        }
    }
}
