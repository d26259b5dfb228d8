// What LinkedIn tells the user about their own account in the invite flow, handed to the core
// as dated observations, never as a send: the note step's "N personalized invitations
// remaining for this month." (the core keeps the number and the day), and the email gate, a
// dialog asking for the person's email (LinkedIn's help: the account's invitations are
// restricted). The weekly-limit message is handed over by sends.js, which ends its wait for a
// send on it.
// Read while a Connect click waits: sends.js passes each batch of changes (the page's, and the
// invite outlet's shadow root's). Only the dialogs those changes touched are read, through the
// selectors and phrases of page-variants.js, and their text through textContent. Observed,
// never clicked.

import { V } from '../page-variants.js';
import { ownAncestor } from '../../lib/own.js';
import { ask } from '../transport.js';

/** What this wait already handed over: the gate once, a count each time it changes. */
let said = { gate: false, notes: /** @type {number | null} */ (null) };

/** A new Connect click: a new wait, nothing handed over yet. */
export function newWait() {
  said = { gate: false, notes: null };
}

/** @param {Element} el */
const textOf = (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The count of personalised invitations left that the dialog states: the digits of the
 * smallest element whose whole text is the phrase; `null` when none says it.
 * @param {Element} dialog
 */
export function notesLeftIn(dialog) {
  /** @type {{length: number, count: number} | null} */
  let best = null;
  for (const el of [dialog, ...dialog.querySelectorAll('*')]) {
    if (ownAncestor(el)) continue;
    const text = textOf(el);
    if (!text || text.length > 200 || (best && text.length >= best.length)) continue;
    for (const phrase of V.notesLeft) {
      const digits = text.match(phrase)?.[1];
      if (digits) {
        best = { length: text.length, count: Number(digits) };
        break;
      }
    }
  }
  return best && Number.isSafeInteger(best.count) ? best.count : null;
}

/** An email gate: an email field in the dialog (structure), else its words. @param {Element} dialog */
export function isEmailGate(dialog) {
  return Boolean(dialog.querySelector(V.emailGateInput)) || V.emailGateWords.test(textOf(dialog));
}

/** @param {Element} dialog */
function read(dialog) {
  if (ownAncestor(dialog)) return;
  if (!said.gate && isEmailGate(dialog)) {
    said.gate = true;
    ask({ kind: 'emailGateSeen' });
  }
  const count = notesLeftIn(dialog);
  if (count !== null && count !== said.notes) {
    said.notes = count;
    ask({ kind: 'notesLeftSeen', count });
  }
}

/**
 * The dialogs a batch of changes touched: around a changed node, or inside an added one.
 * @param {MutationRecord[]} mutations
 */
export function readChanged(mutations) {
  /** @type {Set<Element>} */
  const dialogs = new Set();
  for (const m of mutations) {
    const nodes = m.type === 'childList' ? [...m.addedNodes] : [m.target];
    for (const node of nodes) {
      const el = node.nodeType === 1 ? /** @type {Element} */ (node) : node.parentElement;
      if (!el) continue;
      const around = el.closest(V.dialog);
      if (around) dialogs.add(around);
      for (const inside of el.querySelectorAll(V.dialog)) dialogs.add(inside);
    }
  }
  for (const dialog of dialogs) read(dialog);
}
