// Feature: count the invitations the user sends, on any LinkedIn page, for the weekly quota.
// The user's click on a Connect control (an <a> or a button, a More-menu item, in a profile's
// top card, a rail or a search result) arms it; the send is recorded once that same person's
// control turns to Pending: the componentkey suffix `_connect` -> `_pending` (language-free),
// else a Pending label or word appearing where that person's control stands. A Pending
// control of anyone else, a dismissed dialog, an error or LinkedIn's weekly-limit message
// records no send; the limit message itself is recorded. The invite dialog lives in the open
// shadow root of #interop-outlet: clicks there are read from event.composedPath(), and its
// changes are watched by an observer of their own. Whether the send carried a note is read from
// the dialog's button the user clicked (unknown when there was none). While a click waits, what
// the dialogs say of the account (notes left this month, the email gate) goes to told.js.
// Observed, never clicked.

import { V } from '../page-variants.js';
import { decoded } from '../../lib/url.js';
import { ownAncestor } from '../../lib/own.js';
import { add, onChanges } from '../router.js';
import { ask } from '../transport.js';
import { realClick } from '../trust.js';
import { newWait, readChanged } from './told.js';

const SETTLE_MS = 15_000;
/**
 * A Connect click waiting for its outcome: who, where their control stands, the Pending
 * controls there before the click, until when, and whether the send carried a note.
 * @typedef {ReturnType<typeof personOf> & {before: Set<Element>, until: number, note?: boolean | null}} Armed
 */
/** @type {Armed | null} */
let armed = null; // {slug, name, key, scope, before, until, note}: a Connect click waiting for its outcome.
/** @type {MutationObserver | null} */
let outletObserver = null;

const targetOf = (/** @type {Event} */ event) => {
  const first = event.composedPath?.()[0];
  return first instanceof Element ? first : event.target instanceof Element ? event.target : null;
};
const slugOf = (/** @type {string | null | undefined} */ href) => String(href ?? '').match(/\/in\/([^/?#]+)/)?.[1] ?? null;

/** Whether a control invites someone to connect (not one already Pending). @param {Element} node */
export const isConnectControl = (node) => !/_pending$/.test(node.getAttribute('componentkey') ?? '')
  && (node.matches(V.connectControl) || V.connectWords.test(node.textContent.trim()));

/** @param {Element} node */
function isPendingControl(node) {
  return /_pending$/.test(node.getAttribute('componentkey') ?? '')
    || V.pendingLabel.test(node.getAttribute('aria-label') ?? '') || V.pendingWords.test(node.textContent.trim());
}

// Who the control invites, and where that person's control stands (the profile's top card,
// else the card or list item around it).
/** @param {Element} control */
function personOf(control) {
  const vanity = (control.getAttribute('href') ?? '').match(V.vanityName)?.[1];
  const profile = location.pathname.match(V.profilePath);
  const top = control.closest(V.topCard);
  const card = top ? null : control.closest(V.cardAncestor);
  const link = card?.querySelector(V.profileLink);
  const slug = vanity ? decoded(vanity) : slugOf(link?.getAttribute('href')) ?? (profile && !card ? profile[1] : null);
  const onOwnProfile = profile && slug === profile[1] && !card;
  const scope = top ?? card ?? (onOwnProfile ? document.querySelector(V.topCard) : null) ?? control.parentElement;
  const heading = onOwnProfile ? (scope?.querySelector(V.topCardName) ?? document.querySelector(V.topCardName)) : null;
  const name = (heading ?? link)?.textContent.trim() ?? '';
  return { slug, name, scope, onOwnProfile, fromRoute: false, key: (control.getAttribute('componentkey') ?? '').match(V.connectKey)?.[1] ?? null };
}

/** @param {Element | null} scope */
function pendingIn(scope) {
  return scope ? [...scope.querySelectorAll(V.actionElements)].filter((b) => !ownAncestor(b) && isPendingControl(b)) : [];
}

// Where the person's control stands now: the same element, or its re-rendered successor.
// (Only while a click waits: `armed` is set.)
function scopeNow() {
  const waiting = /** @type {Armed} */ (armed);
  if (waiting.scope?.isConnected) return waiting.scope;
  if (waiting.onOwnProfile) return document.querySelector(V.topCard);
  // Sent from the invite route: the person's own profile, once the page shows it.
  if (waiting.fromRoute) return location.pathname.match(V.profilePath)?.[1] === waiting.slug ? document.querySelector(V.topCard) : null;
  const link = [...document.querySelectorAll(V.profileLink)].find((a) => slugOf(a.getAttribute('href')) === waiting.slug);
  return link?.closest(V.cardAncestor) ?? null;
}

// A control of this componentkey, in the Pending state, anywhere on the page.
const pendingKeyed = (/** @type {string} */ key) => [...document.querySelectorAll(V.pendingKeyed)].some((n) => n.getAttribute('componentkey') === key);

// (Only while a click waits: `armed` is set.)
function confirmed() {
  const waiting = /** @type {Armed} */ (armed);
  if (waiting.key && pendingKeyed(`${waiting.key}_pending`)) return true;
  return pendingIn(scopeNow()).some((b) => !waiting.before.has(b));
}

function disarm() {
  armed = null;
  outletObserver?.disconnect();
  outletObserver = null;
}

/** @param {Element} control */
function arm(control) {
  const person = personOf(control);
  if (!person.slug) return;
  const key = person.key ? `${person.key}_pending` : null;
  armed = {
    ...person,
    before: new Set(pendingIn(person.scope)),
    until: Date.now() + SETTLE_MS,
    ...(key && pendingKeyed(key) ? { key: null } : {}), // already Pending: the key proves nothing
  };
  newWait();
  watchOutlet();
}

/**
 * The invite dialog as a page of its own (§6: /preload/custom-invite/?vanityName=SLUG, opened
 * from search results or a link): no Connect click came before it, so the user's own click in
 * it (Send, or Dismiss) waits for that person's control to turn Pending, on their profile.
 * @param {MouseEvent} event
 * @param {Element} control
 */
function armOnRoute(event, control) {
  if (!V.inviteRoute.test(location.pathname)) return;
  const vanity = location.search.match(V.vanityName)?.[1];
  if (!vanity || !realClick(event, control)) return;
  armed = {
    slug: decoded(vanity), name: '', scope: null, onOwnProfile: false, fromRoute: true, key: null,
    before: new Set(), until: Date.now() + SETTLE_MS,
  };
  newWait();
  watchOutlet();
}

// The invite and limit dialogs render in the outlet's shadow root, out of the document's
// sight: watched while a Connect click waits (from the click, or from the first click inside
// the dialog when the page attaches the root only then).
function watchOutlet() {
  const root = document.querySelector(V.interopOutlet)?.shadowRoot;
  if (!root || outletObserver) return;
  outletObserver = new MutationObserver((records) => watchSends(records));
  outletObserver.observe(root, { childList: true, subtree: true, characterData: true });
}

/** @param {MouseEvent} event */
function onClick(event) {
  if (!event.isTrusted) return;
  const target = targetOf(event);
  const control = target?.closest(V.actionElements);
  if (!control || ownAncestor(control)) return;
  const inDialog = control.closest(V.anyDialog) || control.getRootNode() !== document;
  // A click in a dialog (Send, Add a note, Dismiss) changes nothing here: only the person's
  // own control turning to Pending confirms a send, so a dismissed dialog records nothing.
  if (inDialog) {
    if (armed) watchOutlet();
    else armOnRoute(event, control);
    return;
  }
  // The user's own click on a visible Connect control (hit-tested, not transparent, not
  // zero-size, not covered: trust.js); any other click arms nothing.
  if (isConnectControl(control) && realClick(event, control)) arm(control);
}

/** @param {MutationRecord[]} mutations */
function limitShown(mutations) {
  for (const m of mutations) {
    for (const node of m.addedNodes) {
      const el = node.nodeType === 1 ? /** @type {Element} */ (node) : node.parentElement;
      if (!el || ownAncestor(el)) continue;
      if (el.matches?.(V.limitAlert) || el.querySelector?.(V.limitAlert) || V.limitMessage.test(node.textContent ?? '')) return true;
    }
  }
  return false;
}

// Called for every batch of page changes (the router, and the outlet's observer).
/** @param {MutationRecord[]} mutations */
function watchSends(mutations) {
  if (!armed) return;
  if (Date.now() > armed.until) return disarm();
  readChanged(mutations);
  if (limitShown(mutations)) {
    disarm();
    ask({ kind: 'limitReached' });
    return;
  }
  if (confirmed()) {
    const { slug, note, fromRoute } = armed;
    // Sent from the invite route: the name the profile's top card shows.
    const name = fromRoute ? (document.querySelector(V.topCard)?.querySelector(V.topCardName)?.textContent ?? '').trim() : armed.name;
    disarm();
    ask({ kind: 'inviteSent', href: `/in/${slug}/`, name, note: note ?? null });
  }
}

// With a note or without one (§3): the user's click on the invite dialog's "Send without a
// note" (none), or on "Send invitation" (a note when the dialog's message box holds text).
// Read only while a Connect click waits; any other way of sending leaves it unknown.
/** @param {MouseEvent} event */
function noteOf(event) {
  if (!event.isTrusted || !armed) return;
  const control = targetOf(event)?.closest(V.actionElements);
  if (!control) return;
  const said = (control.getAttribute('aria-label') ?? control.textContent).trim();
  if (V.sendWithoutNote.test(said)) armed.note = false;
  else if (V.sendWithNote.test(said)) {
    const box = /** @type {HTMLTextAreaElement | null} */ (/** @type {ParentNode} */ (control.getRootNode()).querySelector?.(V.noteText));
    armed.note = box ? box.value.trim().length > 0 : null;
  }
}
/** @param {import('../router.js').Context} context */
function initSends({ signal }) {
  document.addEventListener('click', noteOf, { capture: true, signal });
  document.addEventListener('click', onClick, { capture: true, signal });
  onChanges('sends', signal, watchSends);
}

// Every LinkedIn page: a Connect control can be anywhere (profile, rails, search results).
add('sends', { include: [/^/], key: () => '*', init: initSends });
