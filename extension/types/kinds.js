// Generated from the core's request table (crates/warden-core/src/request.rs): do not edit.

/** Every request kind the core answers. */
export const KINDS = [
  'annotate',
  'profile',
  'popup',
  'settings',
  'sentPageSeen',
  'withdrawn',
  'setKeep',
  'inviteSent',
  'limitReached',
  'saveSettings',
  'saveSettingsForm',
  'import',
  'exportJson',
  'exportCsv',
  'dismissNotices',
  'reviewDone',
  'vocabulary',
  'layoutSeen',
  'layoutReport',
  'flush',
  'restoreAside',
  'discardAside',
  'asideText',
  'readFile',
  'connectedSeen',
  'applyStaleSuggestion',
  'exportHistoryCsv',
];

/** The kinds that change the state: only the background answers them. A kind not in
 * `KINDS` goes to the background too, which refuses it. */
export const WRITES = new Set([
  'sentPageSeen',
  'withdrawn',
  'setKeep',
  'inviteSent',
  'limitReached',
  'saveSettings',
  'saveSettingsForm',
  'import',
  'dismissNotices',
  'reviewDone',
  'layoutSeen',
  'flush',
  'restoreAside',
  'discardAside',
  'connectedSeen',
  'applyStaleSuggestion',
]);
