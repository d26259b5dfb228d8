// Feature: remember the withdrawals the user makes. Capture-phase listeners see the user's
// click on a card's withdraw control (cards.js finds it, whatever its shape), then on the
// affirmative button of a dialog that opened after it, whatever that button is labelled (the
// control's own label, "Withdrawn…", a data-view-name, the artdeco primary, the visible word).
// The record is sent once the page showed an outcome that names this withdrawal: the success
// toast naming the person, or the stated total down by one with the card gone. The card gone
// alone, another person's toast, Warden's own nodes, the failure toast, the card coming back,
// Cancel, Dismiss, Escape or a backdrop click record nothing: a missed record is better than a
// false 21-day block. Warden never clicks anything.

import { V } from '../page-variants.js';
import { isOwn, ownAncestor } from '../../lib/own.js';
import { cardOfControl, controlOfCard, currentTab, nameInLabel, readCard } from '../cards.js';
import { add } from '../router.js';
import { inFlight } from '../lifetime.js';
import { ask } from '../transport.js';
import { realClick, shown } from '../trust.js';
import { dealtWith } from './review.js';
import { forget, statedTotal, verdictOf } from './sent-page.js';

const SETTLE_MS = 10_000; // how long the page has to show the outcome
const POLL_MS = 250; // how often the stated total is looked at again while an outcome is awaited
/**
 * A card whose withdraw control the user clicked, as read then, until the dialog closes.
 * @typedef {import('../cards.js').CardItem & {total: number | null, recorded: number, path: string, tab: string | null, dialogs: Set<Element>}} Armed
 */
/** @type {Armed | null} */
let armed = null;

/** @param {Element} button */
function isDismiss(button) {
  const label = (button.getAttribute('aria-label') ?? '').trim();
  const word = (button.textContent ?? '').trim();
  return V.dismissWords.test(label) || V.dismissWords.test(word) || (!label && !word);
}

// The dialog's affirmative button: not a way out, and affirmative by label, structure or word.
/** @param {Element} button */
function isConfirm(button) {
  if (isDismiss(button)) return false;
  return Boolean(nameInLabel(button.getAttribute('aria-label')))
    || button.matches(V.confirmButton)
    || V.withdrawWord.test((button.textContent ?? '').trim());
}

/** @param {string | null} href */
function stillListed(href) {
  for (const a of document.querySelectorAll(V.profileLink)) {
    if (a.getAttribute('href') === href && !ownAncestor(a) && a.closest(V.cardAncestor)) return true;
  }
  return false;
}

// A name as words to compare: case and accents folded (LinkedIn's toast gives the first name
// only, sometimes written otherwise than on the card), initials left out when there is more.
/** @param {string | null | undefined} name */
function nameWords(name) {
  const all = (name ?? '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}]+/u).filter(Boolean);
  const long = all.filter((w) => w.length > 1);
  return new Set(long.length ? long : all);
}
/** Whether `given` (a toast's name) is one of this person's names. @param {string} given @param {Set<string>} words */
function names(given, words) {
  for (const w of nameWords(given)) if (words.has(w)) return true;
  return false;
}
/** The name a toast's pattern captured, if it gives one. @param {RegExpExecArray} match */
const givenName = (match) => match.slice(1).find(Boolean) ?? null;

// A node's text without Warden's own nodes inside it (a badge the page wrapped).
/** @param {Node} node */
function pageText(node) {
  let text = '';
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (isOwn(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeType === Node.TEXT_NODE) text += n.nodeValue;
  return text.trim();
}

/**
 * A confirmed withdrawal whose outcome is not known yet.
 * @typedef {{item: Armed, words: Set<string>, before: Set<Element>, alone: boolean, confirms: number, unsure: boolean, stop: () => void}} Waiting
 */
/** @type {Map<string | null, Waiting>} href -> the withdrawal awaited for that person. */
const waiting = new Map();
let confirms = 0; // withdrawals confirmed in this document
let recorded = 0; // withdrawals recorded in this document: each took one off the stated total

/**
 * What the page said of this withdrawal since its confirm: 'failed', 'withdrawn' or null.
 * Only the page's toasts are read (never Warden's own nodes), and only what names this person:
 * the success toast naming them (and no other withdrawal awaited), the failure toast naming
 * them or no one. A success toast naming no one counts only when this withdrawal was the only
 * one awaited from its confirm on and its card is gone: then it can be no other's.
 * @param {Waiting} w @param {boolean} listed @returns {'failed' | 'withdrawn' | null}
 */
function toastSays(w, listed) {
  const others = [...waiting.values()].filter((o) => o !== w);
  /** @type {'withdrawn' | null} */
  let said = null;
  for (const toast of document.querySelectorAll(V.toast)) {
    if (w.before.has(toast) || ownAncestor(toast)) continue;
    const text = pageText(toast);
    const failed = V.failedToast.exec(text);
    if (failed) {
      const who = givenName(failed);
      if (who === null || names(who, w.words)) return 'failed';
      continue; // another person's failure
    }
    const ok = V.withdrawnToast.exec(text);
    if (!ok) continue;
    const who = givenName(ok);
    if (who === null) {
      if (w.alone && others.length === 0 && confirms === w.confirms && !listed) said = 'withdrawn';
    } else if (names(who, w.words) && !others.some((o) => names(who, o.words))) said = 'withdrawn';
  }
  return said;
}

/** @param {Armed} item */
function awaitOutcome(item) {
  waiting.get(item.href)?.stop();
  confirms += 1;
  const observer = new MutationObserver(check);
  const timer = setTimeout(() => drop(true), SETTLE_MS);
  // The stated total is read by the core from the page, a moment after the page changed it.
  const poll = setInterval(check, POLL_MS);
  // Until the core has it: if the extension goes away meanwhile, its notice names this person.
  const release = inFlight(item.name);
  /** @type {Waiting} */
  const w = { item, words: nameWords(item.name), before: new Set(document.querySelectorAll(V.toast)), alone: waiting.size === 0, confirms, unsure: false, stop: () => drop() };
  /** @param {boolean} [timedOut] */
  function finish(timedOut = false) {
    observer.disconnect();
    clearTimeout(timer);
    clearInterval(poll);
    if (waiting.get(item.href) !== w) return;
    waiting.delete(item.href);
    // Gone with no verdict: a total that dropped may be this one's, so it proves nothing for the others.
    if (timedOut && !stillListed(item.href)) waiting.forEach((o) => { o.unsure = true; });
  }
  /** Ends with nothing recorded. @param {boolean} [timedOut] */
  function drop(timedOut = false) {
    finish(timedOut);
    release();
  }
  function record() {
    finish();
    recorded += 1;
    const slug = verdictOf(item.card)?.slug;
    if (slug) {
      forget(slug);
      dealtWith(slug);
    }
    // The core reads the card's age from its texts, as it did for the badge.
    // With the page's path and its current tab: on the Pages tab (§6) the core records nothing.
    ask({ kind: 'withdrawn', href: /** @type {string} armed only with a link */ (item.href), name: item.name, texts: item.ageTexts, datetime: item.datetime, path: item.path, currentTab: item.tab })
      .then((/** @type {any} */ answer) => { if (answer?.error !== 'contextLost') release(); });
  }
  function check() {
    if (waiting.get(item.href) !== w) return;
    // Leaving the Sent view (the card leaves with the list) proves nothing.
    if (!V.sentPath.test(location.pathname)) return drop();
    const listed = stillListed(item.href);
    const said = toastSays(w, listed);
    if (said === 'failed') return drop();
    if (said === 'withdrawn') return record();
    // The card gone proves nothing by itself (a list re-rendered, a failure shown late): only
    // with the stated total down by one, when no other withdrawal awaited has its card gone
    // too, and counting the ones recorded since this one's total was read.
    if (listed || w.unsure || item.total === null) return;
    if ([...waiting.values()].some((o) => o !== w && !stillListed(o.item.href))) return;
    if (statedTotal() === item.total - 1 - (recorded - item.recorded)) record();
  }
  waiting.set(item.href, w);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

// A click on a modal <dialog>'s backdrop targets the dialog itself, outside its box.
/** @param {MouseEvent} event @param {Element} dialog */
function onBackdrop(event, dialog) {
  if (event.target !== dialog) return false;
  const r = dialog.getBoundingClientRect();
  return event.clientX < r.left || event.clientX > r.right || event.clientY < r.top || event.clientY > r.bottom;
}

/** @param {Element} card */
function arm(card) {
  const item = readCard(card);
  armed = item.href ? {
    ...item,
    total: statedTotal(),
    recorded, // withdrawals recorded when the total was read
    path: location.pathname, // where the user clicked: the Pages tab records nothing
    tab: currentTab(),
    dialogs: new Set(document.querySelectorAll(V.dialog)), // a confirm must be in a newer one
  } : null;
}

/** @param {MouseEvent} event */
function onClick(event) {
  if (!event.isTrusted || !(event.target instanceof Element) || !V.sentPath.test(location.pathname)) return;
  const target = event.target;
  const dialog = target.closest(V.dialog);
  if (!dialog) {
    // The user's click on a card's visible withdraw control: hit-tested, not transparent,
    // not zero-size, not covered (trust.js). Any other click ends an arming.
    const card = cardOfControl(target);
    if (card && realClick(event, /** @type {Element} */ (controlOfCard(card)))) arm(card);
    else armed = null; // a click outside the dialog (an overlay, the page)
    return;
  }
  if (!armed) return;
  const button = target.closest(V.actionElements);
  if (!button || !dialog.contains(button)) {
    if (onBackdrop(event, dialog)) armed = null;
    return;
  }
  const item = armed;
  armed = null; // any button of the dialog ends the arming: confirm, Cancel or Dismiss
  // The confirm: in a dialog that opened after the control's click, itself shown, and the
  // user's own click on its visible button (hit-tested like the control's).
  if (!item.dialogs.has(dialog) && shown(dialog, { ink: false }) && realClick(event, button) && isConfirm(button)) awaitOutcome(item);
}

/** @param {KeyboardEvent} event */
function onKey(event) {
  if (event.key === 'Escape') armed = null;
}

/** @param {import('../router.js').Context} context */
function initWithdrawals({ signal }) {
  document.addEventListener('click', onClick, { capture: true, signal });
  document.addEventListener('keydown', onKey, { capture: true, signal });
  signal.addEventListener('abort', () => { armed = null; }, { once: true });
}

// Every page of the Sent view, as one: an outcome awaited goes on while the user stays there.
add('withdrawals', { include: [V.sentPath], key: () => 'sent', init: initWithdrawals });
