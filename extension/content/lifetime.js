// The extension's lifetime in an open tab. After Warden is updated, reloaded or removed, the
// content script of a tab that was already open keeps running but can no longer reach the
// extension: nothing it sees could be recorded. Then every annotation Warden put on the page
// gives way to one notice asking the user to reload the tab (the contract's rule): never
// badges over a recorder that is gone. Checked before each question to the extension: every
// page change and every click Warden acts on asks one.

import { api } from '../lib/api.js';
import { ownAll } from '../lib/own.js';
import { el, plural, t } from '../lib/text.js';

/** @type {string | null} Worded at start: once the context is gone, no message can be read. */
let reloadText = null;
let gone = false;

/** Words the reload notice while the extension can still be read. */
export function prepare() {
  reloadText ??= t('noticeReload');
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
  const notice = el('div', { 'data-warden': 'notice', 'data-reason': 'reload', class: 'warden-notice', role: 'status' }, reloadText ?? '');
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
