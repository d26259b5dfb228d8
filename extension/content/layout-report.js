// Feature: the layout report, for the day recognition fails. After reading a Sent page or a
// profile, Warden keeps (in extension storage, through the core) an anonymised description of
// what it saw: tags, roles, attribute names, the shape of labels, links and texts, and what
// was and was not recognised. Every word that is not one of LinkedIn's own words that Warden
// reads by (the phrases and quoted selector words of page-variants.js, the age grammar of the
// core) becomes ‹w›; the names and profile links read on the page are replaced first. The
// popup copies it on the user's click, to attach to a bug report. Nothing is sent anywhere.

import { V } from './page-variants.js';
import { decoded } from '../lib/url.js';
import { findCards, readCard, totals } from './cards.js';
import { ask } from './transport.js';

/** @typedef {import('../types/core').LayoutPage} LayoutPage */
/** @typedef {Set<string>} Vocab LinkedIn's own words, folded */
/** @typedef {[value: string | null | undefined, mark: string][]} Known words read on the page and what replaces them */
/** @typedef {[title: string, root: Element | null, limit?: number]} Root a part of the page to describe */
/**
 * What a feature recognised on its page (the Sent page's, or a profile's), and any more lines.
 * @typedef {{recognised?: number, drift?: boolean, missed?: number, total?: number | null,
 *   cooldown?: string | null, controls?: number, warnings?: number} & Record<string, unknown>} Facts
 */

const SETTLE_MS = 2000; // written once the page has been quiet this long
const DEPTH = 14;
const CHILDREN = 12;
const ROWS = 3;
const VALUES = new Set(['role', 'type', 'data-view-name', 'data-testid', 'data-control-name', 'data-component-type',
  'data-display-contents', 'data-sdui-screen', 'aria-expanded', 'aria-disabled', 'aria-hidden', 'aria-pressed',
  'aria-selected', 'aria-current', 'aria-modal', 'tabindex', 'open', 'hidden', 'dir', 'lang']);
const SHAPED = new Set(['aria-label', 'alt', 'title', 'placeholder']);
// LinkedIn's own markup words besides those page-variants.js reads by (roles, input types,
// the tokens of its componentkeys, test ids and paths, §1-§3, §6): an attribute value or a
// path is shown only in these words and the vocabulary's; any other token is a placeholder.
const MARKUP_WORDS = new Set(`listitem list button dialog alertdialog main navigation img menuitem menu tab tablist
  radio presentation note status alert progressbar link region heading none separator checkbox switch group
  submit text email search true false ltr rtl auto en fr de es it nl pt component urn li member invitation invitations state connect
  pending withdrawn withdraw single sent lazy column topcard manager mynetwork preload custom invite profile
  primary entity expandable feed results people connection organization in pub page pages`.split(/\s+/).filter(Boolean));
// Separators kept as they are in attribute values and paths; every other character belongs to
// a token (a letter outside ASCII, a symbol, an enclosed alphanumeric: never shown).
const SEPARATOR = /([\s\-_:./?=&#,;()'"[\]]+)/;

const fold = (/** @type {string} */ w) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

// The words LinkedIn's page is read by: those of every phrase in page-variants.js, and the
// age grammar's (asked of the core once).
/** @type {Promise<Vocab> | null} */
let vocabulary = null;
function words() {
  vocabulary ??= (async () => {
    /** @type {Vocab} */
    const set = new Set();
    for (const v of Object.values(V)) {
      for (const r of [v].flat()) {
        // A phrase's words, or the quoted words of a selector ([aria-label^="Invite "]).
        const text = r instanceof RegExp ? r.source : String(r).match(/"[^"]*"/g)?.join(' ') ?? '';
        text.split(/[^\p{L}]+/u).filter((w) => w.length > 1).forEach((w) => set.add(fold(w)));
      }
    }
    const answer = await ask({ kind: 'vocabulary' });
    for (const w of answer?.words ?? []) set.add(w);
    return set;
  })();
  return vocabulary;
}

/**
 * A text in its shape: LinkedIn's own words kept, every other word ‹w›; digits kept only as
 * the one short number of a text (an age: "Sent 3 weeks ago"), else ‹n› (a phone number, an
 * id); any character that is neither ASCII nor a kept word's (a symbol, an enclosed letter) ‹s›.
 * @param {string} text @param {Known} known @param {Vocab} vocab
 */
function shapeText(text, known, vocab) {
  let t = String(text).replace(/\s+/g, ' ').trim();
  for (const [value, mark] of known) if (value && value.length > 1) t = t.split(value).join(mark);
  t = t.replace(/‹[^›]*›|[\p{L}\p{M}]+/gu, (w) => (w.startsWith('‹') || vocab.has(fold(w)) ? w : '‹w›'));
  const numbers = t.match(/\d+/g) ?? [];
  const oneShort = numbers.length === 1 && numbers[0].length <= 3;
  if (!oneShort) t = t.replace(/\d+/g, '‹n›');
  return t
    .replace(/‹[^›]*›|[^\x20-\x7E·’…]/gu, (c) => (c.startsWith('‹') || vocab.has(fold(c)) ? c : '‹s›'))
    .replace(/‹w›(?:[ ‹w›.,·'’-]*‹w›)+/g, '‹w…›')
    .slice(0, 160);
}

/**
 * An attribute value or a path segment in LinkedIn's words only: each token (between ASCII
 * separators) kept when it is one of LinkedIn's words, ‹n› when it is digits, else ‹x› (a slug,
 * a member URN, a name).
 * @param {string} value @param {Vocab} vocab
 */
function shapeValue(value, vocab) {
  return String(value).slice(0, 120).split(SEPARATOR).map((part, i) => {
    if (i % 2 === 1 || part === '') return part; // a separator
    if (/^\d+$/.test(part)) return '‹n›';
    const words = part.split(/(?<=[a-z])(?=[A-Z])/); // camelCase: each word known
    return words.every((w) => /^[A-Za-z]+$/.test(w) && (MARKUP_WORDS.has(w.toLowerCase()) || vocab.has(w.toLowerCase()))) ? part : '‹x›';
  }).join('').replace(/‹x›(?:[-_.:]‹x›)+/g, '‹x›');
}

/** @param {string} href @param {Vocab} vocab */
function shapeHref(href, vocab) {
  try {
    const u = new URL(href, location.href);
    const parts = u.pathname.split('/').map((p, i, all) => (['in', 'pub'].includes(all[i - 1]) ? '‹slug›' : p && shapeValue(p, vocab)));
    const query = [...u.searchParams.keys()].map((k) => `${k}=‹v›`).join('&');
    const origin = /^[a-z]+:/i.test(href) ? u.origin : ''; // absolute or relative, as written
    return `${origin}${parts.join('/')}${query ? `?${query}` : ''}`;
  } catch {
    return '‹href›';
  }
}


/** @param {Element} node @param {Known} known @param {Vocab} vocab */
function attrs(node, known, vocab) {
  const out = [];
  for (const { name, value } of node.attributes) {
    if (name.startsWith('data-warden') || name === 'class' || name === 'style') {
      if (name !== 'data-warden') out.push(name);
    } else if (VALUES.has(name) || name === 'id' || name === 'componentkey') out.push(`${name}=${shapeValue(value, vocab)}`);
    else if (SHAPED.has(name)) out.push(`${name}="${shapeText(value, known, vocab)}"`);
    else if (name === 'href') out.push(`href=${shapeHref(value, vocab)}`);
    else out.push(name);
  }
  return out.length ? `[${out.join('][')}]` : '';
}

// One line per element, indented by depth: its tag, attributes and own text, in shapes.
/**
 * @param {Element} node @param {Known} known @param {Vocab} vocab
 * @param {number} [depth] @param {string[]} [lines] @param {number} [limit]
 */
function skeleton(node, known, vocab, depth = 0, lines = [], limit = DEPTH) {
  const pad = '  '.repeat(depth);
  if (node.matches('[data-warden]')) {
    lines.push(`${pad}(Warden's ${/** @type {HTMLElement} */ (node).dataset.warden})`);
    return lines;
  }
  const own = [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => /** @type {Text} */ (n).data).join(' ').trim();
  const text = own && !node.matches('textarea, input') ? ` "${shapeText(own, known, vocab)}"` : '';
  lines.push(`${pad}${node.localName}${attrs(node, known, vocab)}${text}`);
  if (node.matches('svg, textarea, select, script, style') || depth >= limit) return lines;
  const children = [...node.children];
  children.slice(0, CHILDREN).forEach((c) => skeleton(c, known, vocab, depth + 1, lines, limit));
  if (children.length > CHILDREN) lines.push(`${pad}  … ${children.length - CHILDREN} more`);
  return lines;
}

// What the features recognised, in words (English: the report is read by developers).
/** @param {Facts} facts */
function worded(facts) {
  const { recognised, drift, missed, total, cooldown, controls, warnings, ...more } = facts;
  if (!('cooldown' in facts)) {
    return {
      'cards recognised': recognised,
      ...(drift ? { notice: 'no invitation recognised within 10 s' } : {}),
      ...(missed !== undefined ? { 'without a readable age': missed } : {}),
      ...('total' in facts ? { 'total stated': total ?? 'not read' } : {}),
      ...more,
    };
  }
  return {
    cooldown: cooldown ?? 'none recorded',
    ...(controls !== undefined ? { 'own Connect controls': controls } : {}),
    ...(warnings !== undefined ? { 'connect warnings': warnings } : {}),
    ...more,
  };
}

/** @param {LayoutPage} page @param {Facts} facts @param {Vocab} vocab */
function header(page, facts, vocab) {
  const lang = shapeValue(document.documentElement.lang || '?', vocab);
  const path = shapeHref(location.pathname, vocab);
  const shadow = document.querySelector(V.interopOutlet)?.shadowRoot ? 'open shadow root' : 'none';
  return [
    `Warden layout report · ${page} page · ${path} · page language ${lang} · ${new Date().toISOString().slice(0, 10)}`,
    ...Object.entries(worded(facts)).map(([k, v]) => `${k}: ${v}`),
    `open dialogs: ${document.querySelectorAll(V.dialog).length} · toasts: ${document.querySelectorAll(V.toast).length} · ${V.interopOutlet}: ${shadow}`,
  ];
}

/** @param {LayoutPage} page @param {Facts} facts @param {Root[]} roots @param {Known} known */
async function describe(page, facts, roots, known) {
  const vocab = await words();
  const lines = header(page, facts, vocab);
  for (const [title, root, limit] of roots) {
    lines.push('', `${title}:`);
    if (root) skeleton(root, known, vocab, 1, lines, limit);
    else lines.push('  (none)');
  }
  return lines.join('\n');
}

// The list and its first cards; with no card recognised, the rows that look like cards and
// the page's main content, a few levels deep.
/** @returns {{cards: Element[], roots: Root[]}} */
function sentRoots() {
  const cards = findCards();
  const main = document.querySelector('main') ?? document.body;
  const rows = cards.length ? cards : [...main.querySelectorAll(V.cardAncestor)];
  const list = rows[0]?.parentElement ?? null;
  return {
    cards,
    roots: [
      ['the list (its first level)', list && /** @type {Element} */ (list.cloneNode(false))],
      ...rows.slice(0, ROWS).map((row, i) => /** @type {Root} */ ([`${cards.length ? 'recognised card' : 'unrecognised row'} ${i + 1}`, row])),
      ...(cards.length ? [] : /** @type {Root[]} */ ([['the page, no card recognised (six levels)', main, 6]])),
    ],
  };
}

/** @param {Element[]} cards */
function knownOnSent(cards) {
  /** @type {Known} */
  const known = [];
  for (const card of cards.slice(0, 50)) {
    const item = readCard(card);
    const slug = item.href?.match(/\/in\/([^/?#]+)/)?.[1];
    known.push([item.name, '‹name›'], [slug, '‹slug›']);
  }
  return known.sort((a, b) => String(b[0]).length - String(a[0]).length);
}

/** @type {Partial<Record<LayoutPage, number>>} */
const timers = {};
/** @type {Partial<Record<LayoutPage, string>>} */
const written = {};

/** Called by the Sent-page and profile features with what they recognised. */
/** @type {Partial<Record<LayoutPage, string>>} */
const described = {}; // what the last report of each page kind was made for
export const layoutReport = {
  /** @param {LayoutPage} page @param {Facts} facts */
  seen(page, facts) {
    // Once per page and recognition state: a scrolled-in batch does not describe the page anew.
    const key = `${location.pathname}|${JSON.stringify((facts.recognised ?? 0) > 0 ? { ...facts, recognised: true, missed: undefined } : facts)}`;
    if (described[page] === key) return;
    described[page] = key;
    clearTimeout(timers[page]);
    timers[page] = setTimeout(() => write(page, facts).catch((e) => console.warn('[Warden] layout report:', e)), SETTLE_MS);
  },
};

/** @param {LayoutPage} page @param {Facts} facts */
async function write(page, facts) {
  let report;
  if (page === 'sent') {
    if (!V.sentPath.test(location.pathname)) return;
    const { cards, roots } = sentRoots();
    const vocab = await words();
    const known = knownOnSent(cards);
    const byStructure = cards.filter((c) => c.querySelector(V.withdrawControl)).length;
    report = await describe('sent', {
      ...facts,
      'withdraw controls': `${byStructure} by structure or label, ${cards.length - byStructure} by their word only`,
      'total candidates': totals().map((c) => `"${shapeText(c.text, known, vocab)}"`).join(', ') || 'none',
    }, roots, known);
  } else {
    const slug = location.pathname.match(V.profilePath)?.[1];
    if (!slug) return;
    const top = document.querySelector(V.topCard);
    const name = (top ?? document).querySelector(V.topCardName)?.textContent.trim();
    /** @type {Known} */
    const known = [[name, '‹name›'], [decoded(slug), '‹slug›']];
    report = await describe('profile', facts, [['top card', top ?? document.querySelector('main')]], known);
  }
  if (written[page] === report) return;
  written[page] = report;
  await ask({ kind: 'layoutSeen', page, report });
}
