// Card discovery on the Sent page: every invitation card, found card by card from its withdraw
// control (structure first: data-view-name, data-control-name, a known label shape; then the
// control's visible word in each supported language), and what a card says (its link, the
// person's name, its short texts). Read only; shared by the Sent-page and withdrawal features.

import { V } from './page-variants.js';
import { ownAncestor } from '../lib/own.js';

/**
 * What a card says, as read from the page.
 * @typedef {object} CardItem
 * @property {Element} card
 * @property {string | null} href the card's profile link, as written
 * @property {string} name
 * @property {string[]} ageTexts its short texts, in document order (the age among them)
 * @property {string | null} datetime a `<time datetime>` in the card
 */

// The page's own language first (LinkedIn's follows the account, not the browser: §4); the
// order is worked out once per language.
/** @type {Map<string, RegExp[]>} */
const ordered = new Map();
/** @param {RegExp[]} patterns */
function byPageLanguage(patterns) {
  const lang = (document.documentElement.lang || '').slice(0, 2).toLowerCase();
  let list = ordered.get(lang);
  if (!list) {
    /** @type {Record<string, string>} */
    const hints = { en: 'withdraw', fr: 'retirer', pt: 'convite', es: 'invitación', it: 'ritira', de: 'einladung' };
    const hint = hints[lang];
    const first = hint ? patterns.filter((p) => p.source.toLowerCase().includes(hint)) : [];
    ordered.set(lang, (list = [...first, ...patterns.filter((p) => !first.includes(p))]));
  }
  return list;
}

/** @param {Node} node */
function ownWord(node) {
  return (node.textContent || '').trim();
}

/** Whether an element is a withdraw control: by structure or label, else its visible word. */
/** @param {Element} node */
function isWithdrawControl(node) {
  return node.matches(V.withdrawControl) || V.withdrawWord.test(ownWord(node));
}

// Every withdraw control under root, card by card: a card whose control has no known label
// is found by its word even when every other card matched by label.
// In document order, one pass over every button or link (and element with a view or control
// name); the structural selectors, costly on every element of a page, are matched only on
// those that carry one of the attributes they test. On a 1,000-card October-2026 page this
// pass takes ~6 ms, against ~17 ms for a query of the selectors over the whole document.
const candidates = `${V.actionElements}, [data-view-name], [data-control-name]`;
const labelled = (/** @type {Element} */ node) => node.hasAttribute('aria-label') || node.hasAttribute('data-view-name') || node.hasAttribute('data-control-name');
/** @param {ParentNode} [root] @returns {Element[]} */
function withdrawControls(root = document) {
  /** @type {Set<Element>} */
  const found = new Set();
  for (const node of root.querySelectorAll(candidates)) {
    if ((labelled(node) && node.matches(V.withdrawControl)) || V.withdrawWord.test(ownWord(node))) found.add(node);
  }
  // A dialog's confirm or a control of Warden's own is never a card's control; neither is
  // an element inside another control (a <span> with role=button inside the <a>).
  const nested = (/** @type {Element} */ node) => {
    for (let p = node.parentElement, k = 0; p && k < 6; p = p.parentElement, k += 1) if (found.has(p)) return true;
    return false;
  };
  // Each found control's own ancestors only: a query of the whole document here would cost
  // every "Load more" batch milliseconds per added card.
  return [...found].filter((node) => !node.closest(V.anyDialog) && !ownAncestor(node) && !nested(node));
}

// The card of a withdraw control: the nearest list item holding a profile link; failing
// that, the largest ancestor holding no other withdraw control, below the list itself.
/** @param {Element} control @returns {Element | null} */
function cardOf(control) {
  for (let node = control.parentElement; node && node !== document.body; node = node.parentElement) {
    if (node.matches(V.cardAncestor) && node.querySelector(V.profileLink)) return node;
  }
  let node = control;
  while (node.parentElement && node.parentElement !== document.body
    && !node.parentElement.matches(V.listContainer)
    && withdrawControls(node.parentElement).length === 1) {
    node = node.parentElement;
  }
  return node === control ? null : node;
}

// Each card's withdraw control, as found: reading the card's name needs it again.
/** @type {WeakMap<Element, Element>} */
const controlOf = new WeakMap();

/** @param {Iterable<Element>} controls @param {Set<Element>} [cards] */
function cardsOf(controls, cards = new Set()) {
  for (const control of controls) {
    const card = cardOf(control);
    if (card && !ownAncestor(card) && !cards.has(card)) {
      cards.add(card);
      controlOf.set(card, control);
    }
  }
  return cards;
}

/** Every card on the page, in document order. */
export const findCards = () => [...cardsOf(withdrawControls())];

// The cards inside elements the page just added (infinite scroll, "Load more"): the rest of
// the page is read no more, so a batch costs the same on a page of 10 cards or of 1,000.
/** @param {Element[]} roots @returns {Element[]} */
export function cardsIn(roots) {
  /** @type {Set<Element>} */
  const cards = new Set();
  for (const root of roots) {
    if (!root.isConnected) continue;
    const inside = cardsOf(withdrawControls(root));
    // An element added inside a card (a card filled in late) stands for its card.
    if (!inside.size) {
      const card = root.closest(V.cardAncestor);
      const control = card && withdrawControls(card)[0];
      if (control) cardsOf([control], cards);
    }
    for (const card of inside) cards.add(card);
  }
  return [...cards];
}

/** The card holding this element, when the element is (inside) that card's withdraw control. */
/** @param {Element} target @returns {Element | null} */
export function cardOfControl(target) {
  for (let node = /** @type {Element | null} */ (target); node && node !== document.body; node = node.parentElement) {
    if (node.matches(V.actionElements) && isWithdrawControl(node) && !node.closest(V.anyDialog) && !ownAncestor(node)) {
      const card = cardOf(node);
      if (card) controlOf.set(card, node);
      return card;
    }
  }
  return null;
}

/** The withdraw control a card was found by (the one the user's click just reached). */
export const controlOfCard = (/** @type {Element} */ card) => controlOf.get(card) ?? null;

// The first visible words of a node: an avatar's initials (aria-hidden) are not a name.
/** @param {Element} node */
function firstText(node) {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').trim();
    const hidden = n.parentElement?.closest('[aria-hidden="true"]');
    if (t && !(hidden && node.contains(hidden)) && !ownAncestor(n)) return t;
  }
  return '';
}

/** @param {string | null | undefined} text @param {RegExp[]} patterns */
function nameFrom(text, patterns) {
  for (const pattern of patterns) {
    const m = String(text ?? '').trim().match(pattern);
    if (m) return m[1].trim();
  }
  return '';
}

/** The person's name inside a withdraw label of a known shape ('' when the shape is unknown). */
export const nameInLabel = (/** @type {string | null | undefined} */ label) => nameFrom(label, byPageLanguage(V.withdrawLabelName));

// The name: from the withdraw control's label when its shape is known, else the card's
// first text line, else the avatar's alt ("NAME profile picture").
/** @param {Element} card */
function nameOf(card) {
  const known = controlOf.get(card);
  const control = known?.isConnected && card.contains(known) ? known : withdrawControls(card)[0];
  const fromLabel = nameInLabel(control?.getAttribute('aria-label'));
  if (fromLabel) return fromLabel;
  const line = firstText(card);
  if (line && !(control && V.withdrawWord.test(line))) return line;
  for (const img of card.querySelectorAll(V.avatar)) {
    const name = nameFrom(img.getAttribute('alt') ?? img.getAttribute('aria-label'), V.pictureAltName);
    if (name) return name;
  }
  return '';
}

/** @param {Element} card @returns {CardItem} */
export function readCard(card) {
  const links = [...card.querySelectorAll(V.profileLink)];
  const time = card.querySelector('time');
  const ageTexts = [];
  if (time) ageTexts.push(time.textContent);
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  // A fresh card holds nothing of Warden's: no need to check each text node's ancestors.
  // (Warden's nodes by identity: a `data-warden` the page writes hides none of its text.)
  const ours = card.querySelector('[data-warden]') !== null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (ours && ownAncestor(n)) continue;
    const t = (n.nodeValue ?? '').trim();
    if (t && t.length <= 160) ageTexts.push(t);
  }
  return {
    card,
    href: links[0]?.getAttribute('href') ?? null,
    name: nameOf(card),
    ageTexts,
    datetime: time?.getAttribute('datetime') ?? null,
  };
}

/**
 * Candidates for the page's stated total ("People (1,204)"), each with the href of the link it
 * is (§6: the People total is often a link to /sent/CONNECTION/, beside Pages' to
 * /sent/ORGANIZATION/): the core tells them apart by the href, never by the word.
 * @returns {{text: string, href: string | null}[]}
 */
export function totals() {
  const found = [];
  // Text first: most candidates (every button of every card) fail it before the costlier
  // ancestor check.
  for (const n of document.querySelectorAll(V.totalCandidates)) {
    const text = n.textContent ?? '';
    if (text.includes('(') && text.length < 80 && !ownAncestor(n)) {
      found.push({ text, href: n.closest('a')?.getAttribute('href') ?? null });
    }
  }
  return found;
}

/**
 * The href of the Sent view's tab marked current (§6), or null: with the page's path, what
 * tells the core which list this is (never the tab's word).
 * @returns {string | null}
 */
export function currentTab() {
  for (const a of document.querySelectorAll(V.sentTabLink)) {
    if (ownAncestor(a)) continue;
    if (a.matches(V.currentMark) || a.parentElement?.matches(V.currentMark)) return a.getAttribute('href');
  }
  return null;
}
