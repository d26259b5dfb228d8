// The extension's lifetime in an open tab. After Warden is updated, reloaded or removed, the
// content script of a tab that was already open keeps running but can no longer reach the
// extension: nothing it sees could be recorded. Then every annotation Warden put on the page
// gives way to one notice asking the user to reload the tab (the contract's rule): never
// badges over a recorder that is gone. Checked before each question to the extension: every
// page change and every click Warden acts on asks one. A withdrawal confirmed and not yet
// answered when the extension went away may not have been kept: the notice names the person,
// so that the user checks it once the tab is reloaded.

import { api } from '../lib/api.js';
import { ownAll } from '../lib/own.js';
import { el, plural, t, textDirection } from '../lib/text.js';

/** @type {string | null} Worded at start: once the context is gone, no message can be read. */
let reloadText = null;
/** @type {string[] | null} The words around the name, for a withdrawal the extension may not have kept. */
let lostText = null;
let gone = false;
/** @type {HTMLElement | null} */
let notice = null;

/** Words the reload notice while the extension can still be read. */
export function prepare() {
  textDirection(); // read now: the notice's nodes take it once messages can no longer be read
  reloadText ??= t('noticeReload');
  lostText ??= t('noticeReloadLost', '\u0003').split('\u0003');
}

/** @type {Map<number, string>} what the user did that the extension has not answered yet, by the person's name */
const pending = new Map();
let nextPending = 0;
/**
 * A withdrawal the user confirmed, from its confirm until the extension has it: if the
 * extension goes away meanwhile, the notice names the person (it may not have been kept).
 * Returns the release, to call once the extension answered or nothing is to be recorded.
 * @param {string} name
 */
export function inFlight(name) {
  const id = nextPending++;
  pending.set(id, name);
  if (gone) showLost();
  return () => { pending.delete(id); };
}

// One line per person, their name as text.
function showLost() {
  if (!notice) return;
  notice.querySelectorAll('.warden-notice-lost').forEach((n) => n.remove());
  for (const name of new Set(pending.values())) {
    const [before = '', after = ''] = lostText ?? [];
    const line = el('p', { class: 'warden-notice-lost' }, before + name + after);
    line.dataset.name = name;
    notice.append(line);
  }
}

const reachable = () => {
  try {
    return Boolean(api.runtime?.id);
  } catch {
    return false;
  }
};

function retire() {
  gone = true;
  ownAll('[data-warden]').forEach((n) => n.remove()); // Warden's own, never the page's
  notice = el('div', { 'data-warden': 'notice', 'data-reason': 'reload', class: 'warden-notice', role: 'status' }, reloadText ?? '');
  showLost();
  (document.querySelector('main') ?? document.body).prepend(notice);
}

/** False, and the page cleaned up once, when this tab's script outlived its extension. */
export function alive() {
  if (gone) return false;
  if (reachable()) return true;
  retire();
  return false;
}

/** @type {HTMLElement | null} */
let unsavedNotice = null;
/**
 * One notice, where the user acted, while some of what they did waits to be saved (the
 * storage refused it; the background keeps it and saves it as soon as it can).
 * @param {number} count what waits to be saved (0: everything landed)
 */
export function showUnsaved(count) {
  if (!(count > 0)) {
    unsavedNotice?.remove();
    unsavedNotice = null;
    return;
  }
  if (!unsavedNotice) {
    unsavedNotice = el('div', { 'data-warden': 'unsaved-notice', class: 'warden-notice', role: 'alert' });
    unsavedNotice.classList.add('warden-unsaved');
  }
  unsavedNotice.textContent = plural('noticeUnsaved', count);
  if (!unsavedNotice.isConnected) document.body.append(unsavedNotice);
}
