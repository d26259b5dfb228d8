// Generated from the core's Rust types (crates/warden-core/src/types.rs): do not edit.
// Every request the extension asks (`Request`) and every answer it gets (`Answer`).

export type AgeTable = { 
/**
 * The local day the verdicts were made for: a table of another day is not used.
 */
today: string, 
/**
 * The state's `inputs` revision the verdicts were made with.
 */
inputs: number, 
/**
 * Each distinct verdict.
 */
verdicts: Array<CardVerdict>, 
/**
 * Each known age text, with its verdict and the verdict of a kept person's card.
 */
ages: Array<TextVerdict>, 
/**
 * The profile paths of the people kept (their cards show the `kept` verdict).
 */
keptPaths: Array<string>, };

export type Annotate = { 
/**
 * Each distinct text of the batch once.
 */
texts: Array<string>, cards: Array<CardText>, 
/**
 * Candidates for the page's stated total ("People (1,204)"), with their links.
 */
totals: Array<TotalText>, 
/**
 * The page's path (`location.pathname`): which tab of the Sent view it shows.
 */
path: string, 
/**
 * The href of the tab marked current, if any (the path wins when it names a tab).
 */
currentTab?: string | null, 
/**
 * The visit of the Sent view this batch was read on: when the view was opened (ms).
 */
visit: number, 
/**
 * The children of the list element now (rows, recognised as cards or not).
 */
rows: number, 
/**
 * The cards on the page that already carry a badge, this batch's cards not counted.
 */
badged: number, };

export type AnnotateAnswer = { today: string, 
/**
 * The tab of the Sent view: on `organization` (Pages) no card gets a verdict.
 */
tab: SentTab, 
/**
 * Each distinct verdict of the batch.
 */
verdicts: Array<CardVerdict>, 
/**
 * Each card, in request order: its verdict and person, or `null` when its age is unreadable.
 */
cards: Array<CardRef | null>, 
/**
 * The page's stated total, when one of the total texts is one.
 */
total: number | null, debug: boolean, 
/**
 * The state's `inputs` revision these verdicts were made with.
 */
inputs: number, 
/**
 * Each text of the request that reads as an age, with the verdict a card showing it
 * gets (today's settings, nobody kept): with `kept`, what a card that scrolls in shows at
 * once, until the answer to its own request replaces it.
 */
ages: Array<TextVerdict>, 
/**
 * The profile paths (`/in/SLUG/`, percent-encoded) of the people kept: a card linking
 * there shows the `kept` verdict.
 */
keptPaths: Array<string>, 
/**
 * The page's summary: the people of this visit (as stored) and of this batch, each once.
 */
summary: SummaryAnswer, };

export type Answer = AnnotateAnswer | ProfileAnswer | PopupAnswer | SettingsAnswer | SentPageAnswer | WithdrawnAnswer | KeepAnswer | SendAnswer | SaveSettingsAnswer | ImportAnswer | ExportAnswer | ReviewDoneAnswer | VocabularyAnswer | LayoutReportAnswer | FlushAnswer | ReadFileAnswer | ConnectedAnswer | DoneAnswer | ErrorAnswer;

export type AsideKey = { key: string, };

export type AsideView = { key: string, 
/**
 * When it was set aside (ISO 8601).
 */
at: string, why: string, };

export type Bucket = "fresh" | "waiting" | "stale";

export type CardRef = { 
/**
 * An index into `verdicts`.
 */
verdict: number, slug: string | null, };

export type CardText = { 
/**
 * The card's profile link (`href`), if any.
 */
href?: string | null, 
/**
 * The age line candidates, in document order (the first that parses wins), as indices
 * into `texts`.
 */
ages: Array<number>, 
/**
 * The `datetime` attribute of a `<time>` in the card: it wins over words.
 */
datetime?: string | null, 
/**
 * The displayed name: who the card is when it has no profile link (the summary counts
 * each person once).
 */
name?: string | null, };

export type CardVerdict = { ageDays: number, bucket: Bucket, hint: Hint, 
/**
 * The hint by age alone: what the summary counts, kept or not.
 */
byAge: Hint, stale: boolean, consider: boolean, 
/**
 * If withdrawn today, the first day the same person can be invited again.
 */
reinviteOn: string, kept: boolean, 
/**
 * Review mode: a card to act on (withdraw or consider), or one to skip.
 */
review: Review, };

export type ConnectedAnswer = { ok: boolean, confirmed: boolean, accepted: boolean, };

export type ConnectedSeen = { href: string, };

export type CooldownState = "active" | "ended";

export type CooldownView = { slug: string, name: string, until: string, withdrawnOn: string, daysLeft: number, };

export type DoneAnswer = { ok: boolean, };

export type EntryAt = { 
/**
 * `withdrawals` or `keeps`.
 */
list: string, place: number, 
/**
 * The entry's slug or name, as text, cut short; empty when it has neither.
 */
label: string, };

export type ErrorAnswer = { error: string, detail?: string, 
/**
 * For `unsaved`: how many of the user's actions wait to be saved.
 */
unsaved?: number, };

export type ExportAnswer = { text: string, filename: string, };

export type FiguresView = { 
/**
 * Confirmed plus most likely accepted.
 */
accepted: number, 
/**
 * Confirmed on a profile (1st-degree connection).
 */
confirmed: number, 
/**
 * Left the list without a withdrawal, not confirmed: most likely accepted.
 */
likely: number, pending: number, withdrawn: number, expired: number, 
/**
 * Known outcomes (accepted, withdrawn, expired): what the figures are based on.
 */
known: number, 
/**
 * At least [`ENOUGH_OUTCOMES`] known outcomes.
 */
enough: boolean, 
/**
 * The figures need this many known outcomes.
 */
needed: number, 
/**
 * Percent of the known outcomes that are accepted (`null` before any).
 */
rate: number | null, 
/**
 * Known outcomes of invitations Warden saw sent with a note.
 */
withNote: NoteFigure, 
/**
 * Known outcomes of invitations Warden saw sent without a note.
 */
withoutNote: NoteFigure, 
/**
 * Median days to acceptance (upper bounds), `null` before any acceptance.
 */
medianDays: number | null, 
/**
 * The share (percent) of accepted invitations accepted within each of [`WITHIN_DAYS`].
 */
within: Array<Share>, 
/**
 * The cumulative curve: for each distinct number of days to acceptance, the share (percent)
 * of accepted invitations accepted within it; ascending.
 */
chart: Array<Share>, 
/**
 * A stale threshold drawn from the user's own acceptances, when there is enough data.
 */
suggestion: Suggestion | null, };

export type FlushAnswer = { ok: boolean, unsaved: number, };

export type Hint = "wait" | "consider" | "withdraw" | "keep";

export type Import = { text: string, };

export type ImportAnswer = { ok: boolean, added: number, updated: number, unchanged: number, tooOld: number, duplicates: number, keepsAdded: number, 
/**
 * Entries of the file (withdrawals, keeps, outcomes of the history) not added because the
 * installation would then hold more than an import may bring ([`MAX_RECORDS`],
 * [`MAX_IMPORT_BYTES`]); the latest withdrawals are added first.
 */
overLimit: number, } | { ok: boolean, error: string, entry?: EntryAt, };

export type ImportAt = { at: number, };

export type ImportView = { 
/**
 * The import's time (ms), which names it in `removeImport`.
 */
at: number, 
/**
 * The same time, ISO 8601.
 */
when: string, withdrawals: number, keeps: number, history: number, };

export type InviteSent = { href?: string | null, name: string, 
/**
 * Sent with a note (`true`), without one (`false`); left out when Warden could not tell.
 */
note?: boolean | null, };

export type KeepAnswer = { ok: boolean, slug: string, keep: boolean, 
/**
 * The state's `inputs` revision after this write: the tab that asked knows its own.
 */
inputs: number, 
/**
 * The summary of the visit the request named, counted with this mark (`partial` false:
 * no list was read for it); `null` when it named none.
 */
summary: SummaryAnswer | null, };

export type KeepView = { slug: string, name: string, };

export type LayoutPage = "sent" | "profile";

export type LayoutReportAnswer = { sent: string | null, profile: string | null, };

export type LayoutSeen = { page: LayoutPage, report: string, };

export type LimitSource = { 
/**
 * The day the user applied it.
 */
on: string, 
/**
 * The day LinkedIn showed the message.
 */
seenOn: string, };

export type LimitView = { 
/**
 * The day LinkedIn showed it.
 */
on: string, 
/**
 * The invitations counted in the 7 days up to it.
 */
sent: number, 
/**
 * The weekly limit setting can become `sent` (it differs, and is a valid setting).
 */
suggest: boolean, };

export type NoteFigure = { known: number, accepted: number, 
/**
 * Percent accepted (`null` when none is known).
 */
rate: number | null, };

export type NotesLeftSeen = { count: number, };

export type NotesLeftView = { count: number, seenOn: string, };

export type NoticeView = { kind: string, key?: string | null, at?: string, detail?: string, };

export type OutcomesView = { accepted: number, withdrawn: number, pending: number, };

export type PendingView = { known: boolean, count: number, cards?: number, stale: number, consider: number, readOn: string | null, threshold: number, over: boolean, reviewDue: boolean, };

export type PersonAge = { 
/**
 * The card's profile link; without one, the person is known by name on this visit only.
 */
href?: string | null, name: string, ageDays: number, };

export type PopupAnswer = { today: string, quota: QuotaView, outcomes: OutcomesView, 
/**
 * The acceptance figures and the stale threshold they suggest.
 */
figures: FiguresView, pending: PendingView, 
/**
 * Running cooldowns, soonest end first.
 */
cooldowns: Array<CooldownView>, 
/**
 * Cooldowns ended within [`RECENTLY_ENDED_DAYS`], latest first.
 */
ended: Array<CooldownView>, keeps: Array<KeepView>, settings: Settings, 
/**
 * Every setting, in form order: what the settings form is built from.
 */
settingFields: Array<SettingField>, importMaxBytes: number, notices: Array<NoticeView>, 
/**
 * How many of the user's actions the storage refused and wait to be saved.
 */
unsaved: number, 
/**
 * Copies of unreadable stored data set aside, oldest first: to download, restore or discard.
 */
setAside: Array<AsideView>, 
/**
 * What LinkedIn said about the account: notes left, the weekly limit, a restriction.
 */
told: ToldView, 
/**
 * The imports whose records are still there, latest first: each can be removed.
 */
imports: Array<ImportView>, };

export type Profile = { href: string, };

export type ProfileAnswer = { slug: string | null, withdrawal: ProfileWithdrawal | null, 
/**
 * The latest day a pending invitation to them, read on the Sent page, can have been sent.
 */
pendingSince: string | null, kept: boolean, 
/**
 * Warden follows an invitation to them that their profile showing a 1st-degree
 * connection would confirm as accepted (then the page tells the core: `connectedSeen`).
 */
confirmable: boolean, };

export type ProfileWithdrawal = { name: string, withdrawnOn: string, until: string, state: CooldownState, daysLeft: number, };

export type QuotaView = { used: number, limit: number, remaining: number, nextFreeOn: string | null, full: boolean, 
/**
 * When LinkedIn last said the limit is reached, within [`LIMIT_MESSAGE_DAYS`] (ISO 8601).
 */
limitReachedAt: string | null, };

export type ReadFile = { bytes: Uint8Array, };

export type ReadFileAnswer = { ok: boolean, text?: string, error?: string, };

export type Request = { "kind": "annotate" } & Annotate | { "kind": "profile" } & Profile | { "kind": "popup" } | { "kind": "settings" } | { "kind": "sentPageSeen" } & SentPageSeen | { "kind": "withdrawn" } & Withdrawn | { "kind": "setKeep" } & SetKeep | { "kind": "inviteSent" } & InviteSent | { "kind": "limitReached" } | { "kind": "notesLeftSeen" } & NotesLeftSeen | { "kind": "emailGateSeen" } | { "kind": "saveSettings" } & SaveSettings | { "kind": "saveSettingsForm" } & SaveSettingsForm | { "kind": "import" } & Import | { "kind": "exportJson" } | { "kind": "exportCsv" } | { "kind": "dismissNotices" } | { "kind": "reviewDone" } | { "kind": "vocabulary" } | { "kind": "layoutSeen" } & LayoutSeen | { "kind": "layoutReport" } | { "kind": "flush" } | { "kind": "restoreAside" } & AsideKey | { "kind": "discardAside" } & AsideKey | { "kind": "asideText" } & AsideKey | { "kind": "readFile" } & ReadFile | { "kind": "connectedSeen" } & ConnectedSeen | { "kind": "applyStaleSuggestion" } | { "kind": "exportHistoryCsv" } | { "kind": "applyLimitSuggestion" } | { "kind": "removeImport" } & ImportAt;

export type RestrictionKind = "email-gate" | "weekly-limit";

export type RestrictionView = { kind: RestrictionKind, on: string, };

export type Review = "todo" | "skip";

export type ReviewDoneAnswer = { ok: boolean, reviewedOn: string, };

export type SaveSettings = { settings: Settings, };

export type SaveSettingsAnswer = { ok: boolean, settings?: Settings, errors?: Array<SettingError>, };

export type SaveSettingsForm = { form: Record<string, string | number | boolean>, };

export type SendAnswer = { ok: boolean, 
/**
 * The profile slug, or `name:` and the name when the link was unknown.
 */
key: string, };

export type SentPageAnswer = { ok: boolean, stale: number, summary: SummaryAnswer, };

export type SentPageSeen = { 
/**
 * When the Sent view that read these people was opened (ms): only a view opened after a
 * withdrawal can show that it did not hold (an older tab may still list the invitation).
 */
visit: number, 
/**
 * People read since the last report (each with or without a profile link).
 */
people: Array<PersonAge>, 
/**
 * The texts of these cards the core read as ages (its answer's `ages`): learned for the
 * age vocabulary the page badges from before asking ([`crate::vocab`]).
 */
ageTexts: Array<string>, 
/**
 * The children of the list element now.
 */
rows: number, 
/**
 * The cards on the page that carry a badge now (these people's included).
 */
badged: number, 
/**
 * Candidates for the page's stated total ("People (1,204)"), with their links.
 */
totals: Array<TotalText>, 
/**
 * The page's path (`location.pathname`): which tab of the Sent view it shows.
 */
path: string, 
/**
 * The href of the tab marked current, if any (the path wins when it names a tab).
 */
currentTab?: string | null, };

export type SentTab = "connection" | "organization";

export type SetKeep = { href: string, name: string, keep: boolean, 
/**
 * The visit of the Sent view the user marked them on: the answer then carries its
 * summary, counted with this mark.
 */
visit?: number, };

export type SettingError = { field: string, reason: string, };

export type SettingField = { name: string, unit: Unit, 
/**
 * The range of a number; `null` for a switch.
 */
min: number | null, max: number | null, 
/**
 * The `_locales` key of its label.
 */
label: string, };

export type Settings = { 
/**
 * Invitations LinkedIn lets the user send per rolling 7 days (about 100; some get 200).
 */
weeklyLimit: number, 
/**
 * Pending total above which the list looks unhealthy (not an official limit).
 */
pendingThreshold: number, 
/**
 * Below this age (days) an invitation is fresh.
 */
freshDays: number, 
/**
 * From this age on, withdrawing is worth considering.
 */
considerDays: number, 
/**
 * From this age on, an invitation is stale: withdraw it.
 */
staleDays: number, 
/**
 * Days LinkedIn blocks a new invitation to someone after a withdrawal.
 */
cooldownDays: number, 
/**
 * Log what was and was not recognised on the page (console.info).
 */
debug: boolean, 
/**
 * Where `staleDays` came from when the user applied the suggestion drawn from their own
 * acceptances (absent once they type another value, or never applied). Not a form field.
 */
staleSource?: StaleSource, 
/**
 * Where `weeklyLimit` came from when the user applied the count LinkedIn's weekly-limit
 * message stopped them at (absent once they type another value, or never applied). Not a
 * form field.
 */
limitSource?: LimitSource, };

export type SettingsAnswer = { settings: Settings, };

export type Share = { days: number, 
/**
 * Percent, rounded.
 */
share: number, };

export type StaleSource = { 
/**
 * The day the user applied it.
 */
on: string, 
/**
 * The accepted invitations it was drawn from.
 */
basedOn: number, };

export type Suggestion = { 
/**
 * [`SUGGEST_SHARE`] % of the accepted invitations were accepted within this many days.
 */
withinDays: number, 
/**
 * The stale threshold offered: `within_days` within the setting's limits, and after the
 * consider threshold (stale must stay later than consider).
 */
staleDays: number, 
/**
 * `stale_days` had to be raised above `within_days` (the consider threshold's rule or the
 * setting's lowest value).
 */
raised: boolean, 
/**
 * The consider threshold, the day the "after" count is about.
 */
afterDays: number, 
/**
 * Accepted invitations accepted after `after_days` days.
 */
afterCount: number, 
/**
 * Accepted invitations the suggestion is drawn from.
 */
accepted: number, 
/**
 * The stale threshold already is `stale_days`.
 */
current: boolean, };

export type SummaryAnswer = { 
/**
 * Distinct people read on this visit (people withdrawn meanwhile included).
 */
cards: number, 
/**
 * By age: a kept person still counts.
 */
stale: number, consider: number, kept: number, 
/**
 * The total the page states, else the cards read.
 */
pending: number, 
/**
 * Recognition degraded: far fewer cards read than rows in the list (a markup change).
 */
partial: boolean, 
/**
 * The rows not recognised, when `partial`.
 */
unrecognised: number, };

export type TextVerdict = { text: string, 
/**
 * An index into `verdicts`.
 */
verdict: number, 
/**
 * The same card when its person is kept.
 */
kept: number, };

export type ToldView = { 
/**
 * The notes left, when LinkedIn said it this calendar month.
 */
notesLeft: NotesLeftView | null, 
/**
 * The latest weekly-limit message of the last [`LIMIT_DAYS`] days.
 */
limit: LimitView | null, 
/**
 * The latest restriction of the last [`RESTRICTED_DAYS`] days.
 */
restriction: RestrictionView | null, };

export type TotalText = { text: string, href?: string | null, };

export type Unit = "invitations" | "days" | "switch";

export type VocabularyAnswer = { words: Array<string>, };

export type Withdrawn = { href: string, name: string, headline?: string | null, 
/**
 * The card's texts in document order: its age is read from them, and its headline when
 * none is given.
 */
texts: Array<string>, 
/**
 * The `datetime` of a `<time>` in the card, when it has one.
 */
datetime?: string | null, 
/**
 * The page's path: a withdrawal on the Pages tab is no connection withdrawal.
 */
path?: string, 
/**
 * The href of the tab marked current, if any.
 */
currentTab?: string | null, };

export type WithdrawnAnswer = { ok: boolean, 
/**
 * Whether it was recorded: not on the Pages tab (no connection invitation withdrawn).
 */
recorded: boolean, 
/**
 * The profile slug (empty when the link is none and nothing was recorded).
 */
slug: string, 
/**
 * The end of the cooldown (`null` when nothing was recorded).
 */
until: string | null, 
/**
 * The stale count of the latest reading, this withdrawal taken off.
 */
stale: number, 
/**
 * The state's `inputs` revision after this write.
 */
inputs: number, };

/** The answer to each request kind. */
export interface Answers {
  annotate: AnnotateAnswer;
  profile: ProfileAnswer;
  popup: PopupAnswer;
  settings: SettingsAnswer;
  sentPageSeen: SentPageAnswer;
  withdrawn: WithdrawnAnswer;
  setKeep: KeepAnswer;
  inviteSent: SendAnswer;
  limitReached: DoneAnswer;
  notesLeftSeen: DoneAnswer;
  emailGateSeen: DoneAnswer;
  saveSettings: SaveSettingsAnswer;
  saveSettingsForm: SaveSettingsAnswer;
  import: ImportAnswer;
  exportJson: ExportAnswer;
  exportCsv: ExportAnswer;
  dismissNotices: DoneAnswer;
  reviewDone: ReviewDoneAnswer;
  vocabulary: VocabularyAnswer;
  layoutSeen: DoneAnswer;
  layoutReport: LayoutReportAnswer;
  flush: FlushAnswer;
  restoreAside: ImportAnswer;
  discardAside: DoneAnswer;
  asideText: ExportAnswer;
  readFile: ReadFileAnswer;
  connectedSeen: ConnectedAnswer;
  applyStaleSuggestion: SaveSettingsAnswer;
  exportHistoryCsv: ExportAnswer;
  applyLimitSuggestion: SaveSettingsAnswer;
  removeImport: DoneAnswer;
}
