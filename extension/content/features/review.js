// Feature: review mode on the Sent page, the monthly clean-up. From the summary the user
// switches it on: the cards to act on (the core's `review: "todo"`: hint withdraw or consider)
// stand out, every other card (kept people included) is dimmed by Warden's own styles;
// nothing of LinkedIn's is removed, moved, scrolled or clicked. A progress line counts what the
// user dealt with on this visit (withdrawn or kept); their "Done", or nothing left to review,
// records the review day that drives the monthly reminder. Switching off restores the page.

import { ownAll, ownAncestor } from '../../lib/own.js';
import { el, number, t } from '../../lib/text.js';
import { ask } from '../transport.js';
import { realClick } from '../trust.js';

let on = false;
/** @type {HTMLElement | null} */
let summary = null;
const todo = new Set(); // people to act on, seen while reviewing
const dealt = new Set(); // of those, the ones the user withdrew or kept since
let recorded = false;

const badges = () => ownAll('[data-warden="badge"]'); // Warden's own, by identity
// The summary's controls, as built (never found again by their attributes).
/** @type {{button: HTMLButtonElement, done: HTMLButtonElement, progress: HTMLSpanElement} | null} */
let controls = null;
/**
 * What the Sent page knows: the core's verdict on a card, and the people read.
 * @typedef {{verdictOf: (card: Element) => {review?: string, slug: string | null} | null, stats: () => {people: number, total: number | null}}} SentPage
 */
/** @type {SentPage | null} */
let page = null;

/** @param {Element} badge */
function mark(badge) {
  const v = badge.parentElement && page?.verdictOf(badge.parentElement);
  if (!v) return;
  badge.setAttribute('data-review', v.review ?? 'skip');
  if (v.review === 'todo' && v.slug) todo.add(v.slug);
}

async function record() {
  if (recorded) return;
  recorded = true;
  const answer = await ask({ kind: 'reviewDone' });
  if (!answer?.ok) recorded = false;
  render();
}

function render() {
  if (!summary?.isConnected || !controls) return;
  const { button, done, progress } = controls;
  button.setAttribute('aria-pressed', String(on));
  button.textContent = t(on ? 'reviewStop' : 'reviewStart');
  done.hidden = !on || recorded;
  progress.hidden = !on;
  if (!on) return;
  const { people, total } = page ? page.stats() : { people: 0, total: null };
  const pending = total ?? people;
  progress.textContent = t('reviewProgress', ...[dealt.size, todo.size, pending, people].map(number))
    + (people < pending ? ` · ${t('reviewScroll')}` : '')
    + (recorded ? ` · ${t('reviewRecorded')}` : '');
}

function toggle() {
  on = !on;
  todo.clear();
  dealt.clear();
  recorded = false;
  for (const badge of badges()) {
    if (on) mark(badge);
    else badge.removeAttribute('data-review');
  }
  render();
}

// The user's own clicks on Warden's own buttons (by identity); they must not reach
// LinkedIn's handlers. Only a trusted click that lands on the visible button (or Enter/Space
// on it, focused) acts: never a page script's, nor one under an overlay.
/** @param {MouseEvent} event */
function onClick(event) {
  if (!event.isTrusted || !controls || !summary?.isConnected) return;
  const target = event.target instanceof Element ? ownAncestor(event.target) : null;
  const button = target === controls.button || target === controls.done ? target : null;
  if (!button) return;
  event.preventDefault();
  event.stopPropagation();
  if (!realClick(event, button)) return;
  if (button === controls.button) toggle();
  else record();
}

/**
 * The summary was built: its review controls go in it.
 * @param {HTMLElement} node
 * @param {SentPage} sentPage
 */
export function attach(node, sentPage) {
  page = sentPage;
  summary = node;
  controls = {
    button: el('button', { type: 'button', 'data-warden': 'review', class: 'warden-review', 'aria-pressed': 'false' }),
    done: el('button', { type: 'button', 'data-warden': 'review-done', class: 'warden-review-done', hidden: '' }, t('reviewDone')),
    progress: el('span', { 'data-warden': 'review-progress', class: 'warden-review-progress', hidden: '' }),
  };
  node.append(controls.button, controls.done, controls.progress);
  render();
}

/** A badge was placed or updated: it joins the review while it runs. @param {Element} badge */
export function placed(badge) {
  if (on) mark(badge);
}

/** The summary's figures changed. */
export const update = () => render();

/** The user withdrew or kept this person. @param {string} slug */
export function dealtWith(slug) {
  if (!on || !todo.has(slug)) return;
  dealt.add(slug);
  // The card says so with the count, not only once its badge is made anew.
  for (const badge of badges()) {
    if (badge.parentElement && page?.verdictOf(badge.parentElement)?.slug === slug) badge.setAttribute('data-review', 'skip');
  }
  if (dealt.size === todo.size) record();
  render();
}

function leave() {
  on = false;
  summary = null;
  controls = null;
  page = null;
  todo.clear();
  dealt.clear();
  recorded = false;
}

/**
 * Review mode's part of a visit of the Sent page (the Sent-page feature starts it): the
 * user's clicks on its buttons, until the visit ends.
 * @param {AbortSignal} signal
 */
export function start(signal) {
  leave();
  document.addEventListener('click', onClick, { capture: true, signal });
  signal.addEventListener('abort', leave, { once: true });
}
