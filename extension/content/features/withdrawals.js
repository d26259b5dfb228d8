// Feature: remember the withdrawals the user makes. Capture-phase listeners see the user's
// click on a card's withdraw control (cards.js finds it, whatever its shape), then on the
// affirmative button of a dialog that opened after it, whatever that button is labelled (the
// control's own label, "Withdrawn…", a data-view-name, the artdeco primary, the visible word).
// The record is sent once the page showed the outcome: the success toast, or the card gone and
// staying gone (or gone with the total down by one). The failure toast, the card coming back,
// Cancel, Dismiss, Escape or a backdrop click record nothing. Warden never clicks anything.

import { V } from '../page-variants.js';
import { ownAncestor } from '../../lib/own.js';
import { cardOfControl, controlOfCard, currentTab, nameInLabel, readCard } from '../cards.js';
import { add } from '../router.js';
import { ask } from '../transport.js';
import { realClick, shown } from '../trust.js';
import { dealtWith } from './review.js';
import { forget, statedTotal, verdictOf } from './sent-page.js';

const SETTLE_MS = 10_000; // how long the page has to show the outcome
const HOLD_MS = 1_500; // a card gone must stay gone this long: a re-render brings it back
/**
 * A card whose withdraw control the user clicked, as read then, until the dialog closes.
 * @typedef {import('../cards.js').CardItem & {total: number | null, path: string, tab: string | null, dialogs: Set<Element>}} Armed
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

// What the toasts that appeared since the confirm say: 'failed', 'withdrawn' or null.
/** @param {Set<Element>} before @returns {'failed' | 'withdrawn' | null} */
function toastSays(before) {
  /** @type {'withdrawn' | null} */
  let said = null;
  for (const toast of document.querySelectorAll(V.toast)) {
    if (before.has(toast)) continue;
    const text = (toast.textContent ?? '').trim();
    if (V.failedToast.test(text)) return 'failed';
    if (V.withdrawnToast.test(text)) said = 'withdrawn';
  }
  return said;
}

/** @type {Map<string | null, () => void>} href -> stop(): confirmed withdrawals whose outcome is not known yet. */
const waiting = new Map();

/** @param {Armed} item */
function awaitOutcome(item) {
  waiting.get(item.href)?.();
  const before = new Set(document.querySelectorAll(V.toast));
  const observer = new MutationObserver(check);
  const timer = setTimeout(stop, SETTLE_MS);
  /** @type {number | null} */
  let hold = null;
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(hold ?? undefined);
    if (waiting.get(item.href) === stop) waiting.delete(item.href);
  }
  function record() {
    stop();
    const slug = verdictOf(item.card)?.slug;
    if (slug) {
      forget(slug);
      dealtWith(slug);
    }
    // The core reads the card's age from its texts, as it did for the badge.
    // With the page's path and its current tab: on the Pages tab (§6) the core records nothing.
    ask({ kind: 'withdrawn', href: /** @type {string} armed only with a link */ (item.href), name: item.name, texts: item.ageTexts, datetime: item.datetime, path: item.path, currentTab: item.tab });
  }
  // Every toast's arrival is a mutation, seen by check() first: a failure has stopped this.
  function settled() {
    hold = null;
    if (V.sentPath.test(location.pathname) && !stillListed(item.href)) record();
  }
  function check() {
    const said = toastSays(before);
    if (said === 'failed') return stop();
    if (said === 'withdrawn') return record();
    // Leaving the Sent view (the card leaves with the list) proves nothing.
    if (!V.sentPath.test(location.pathname)) return stop();
    if (stillListed(item.href)) {
      clearTimeout(hold ?? undefined);
      hold = null;
      return;
    }
    const total = statedTotal();
    if (item.total !== null && total === item.total - 1) return record();
    hold ??= setTimeout(settled, HOLD_MS);
  }
  waiting.set(item.href, stop);
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
