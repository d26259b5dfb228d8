// Generated from the core's protocol table (crates/warden-core/src/request.rs): do not edit.
// Every request kind, and those that change the state (the background runs them one at a
// time, in order).

/** @type {readonly string[]} */
export const KINDS = ['annotate', 'profile', 'popup', 'settings', 'sentPageSeen', 'withdrawn', 'setKeep', 'inviteSent', 'limitReached', 'saveSettings', 'saveSettingsForm', 'import', 'exportJson', 'exportCsv', 'dismissNotices', 'vocabulary', 'layoutSeen', 'layoutReport', 'reviewDone', 'summary', 'flush', 'restoreAside', 'discardAside', 'asideText', 'readFile', 'connectedSeen', 'applyStaleSuggestion', 'exportHistoryCsv'];

/** @type {ReadonlySet<string>} */
export const WRITES = new Set(['sentPageSeen', 'withdrawn', 'setKeep', 'inviteSent', 'limitReached', 'saveSettings', 'saveSettingsForm', 'import', 'dismissNotices', 'layoutSeen', 'reviewDone', 'flush', 'restoreAside', 'discardAside', 'connectedSeen', 'applyStaleSuggestion']);
