// Feature: the Sent page. One badge per invitation card, one summary per page, and a notice
// when no card can be recognised within 10 s (LinkedIn changed its markup).

import { V } from '../page-variants.js';
import { adopt, isOwn, ownAll, ownAncestor } from '../../lib/own.js';
import { el, number, plural, showDate, t } from '../../lib/text.js';
import { cardsIn, currentTab, findCards, readCard, totals as totalCandidates } from '../cards.js';
import { alive } from '../lifetime.js';
import { layoutReport } from '../layout-report.js';
import { add, onChanges, onStored } from '../router.js';
import { ask, transport } from '../transport.js';
import { realClick } from '../trust.js';
import * as review from './review.js';
import * as timing from '../../lib/timing.js';
import { api } from '../../lib/api.js';
import { localToday } from '../../lib/dates.js';


const DRIFT_MS = 10_000;

/** @typedef {import('../../types/core').CardVerdict} Verdict */
/** @typedef {import('../../types/core').SummaryAnswer} Summary */
/** @typedef {import('../cards.js').CardItem} CardItem */
/**
 * One visit of the Sent view (an entry into it, or into one of its tabs).
 * @typedef {object} Visit
 * @property {number} openedAt when it began (ms): the core keeps its people under it
 * @property {Summary | null} summary the core's last summary, once shown
 * @property {string} tab the list shown, as the core said: 'connection' or 'organization'
 * @property {string | null} currentTab the href of the tab marked current, as last read
 * @property {Set<string>} reported people (slug, else name) told to the core on this visit
 * @property {number | null} total the total the page states
 * @property {boolean} busy a question is out
 * @property {boolean | 'all'} again something changed meanwhile: look again
 * @property {boolean} searchedWhileBusy
 * @property {boolean} debug
 * @property {number} timer the drift notice's timer
 * @property {Set<Element>} provisional cards badged from the table, until the core's answer
 * @property {Set<Element>} dirty cards changed in place, to read again
 * @property {number} frame
 * @property {number} fallback
 * @property {boolean} [asked]
 * @property {Element | null} [list]
 * @property {number} [recognised] cards with a badge
 * @property {{text: string, href: string | null}[]} [totals]
 * @property {string} [totalsKey]
 * @property {Map<string, {verdict: Verdict, kept: Verdict}>} [early] verdicts per age text
 * @property {string} [basis]
 * @property {Set<string>} [keptPaths]
 * @property {number} [inputs]
 */
/** @type {Visit | null} */
let view = null;

// Read phase: card discovery is in cards.js ----------------------------------------------

// The elements these mutations added, when adding elements is all they did; else null (a
// removal or a changed text may concern any card or the page's total: the whole page is read).
/** @param {MutationRecord[] | undefined} records @returns {Element[] | null} */
function addedRoots(records) {
  /** @type {Element[]} */
  const roots = [];
  for (const r of records ?? []) {
    if (r.removedNodes.length) return null;
    for (const n of r.addedNodes) {
      if (n.nodeType === Node.ELEMENT_NODE) roots.push(/** @type {Element} */ (n));
      else if (n.nodeType === Node.TEXT_NODE && /** @type {Text} */ (n).data.trim()) return null;
    }
  }
  return roots.length ? roots : null;
}

// Write phase -----------------------------------------------------------------------------

// The same few texts recur on every card (one date, a handful of ages): each is built once
// per page (i18n lookups and date formatting cost more than the rest of a badge).
/** @type {Map<string, string>} */
const texts = new Map();
/** @param {string} key @param {() => string} build @returns {string} */
function text(key, build) {
  let t = texts.get(key);
  if (t === undefined) texts.set(key, (t = build()));
  return t;
}

/** @param {Verdict} v */
function badgeText(v) {
  const label = text(`label ${v.bucket} ${v.ageDays}`, () => `${t(`bucket_${v.bucket}`)} · ${t('ageDays', v.ageDays)}`);
  const hint = text(`hint ${v.hint} ${v.reinviteOn}`, () => t(`hint_${v.hint}`, showDate(v.reinviteOn)));
  // What a screen reader says of the badge: "Stale, 30 days: Safe to withdraw (silent) · re-invite from 22 Dec".
  const name = text(`name ${v.bucket} ${v.ageDays} ${v.hint} ${v.reinviteOn}`,
    () => t('badgeName', t(`bucket_${v.bucket}`), plural('ageDaysLong', v.ageDays), hint));
  return { label, hint, name };
}

// One badge built once, then cloned: cheaper than building each from scratch. Each badge's
// parts are kept as built: a node the page slips into a badge is never taken for one.
/** @type {HTMLElement | null} */
let template = null;
/** @typedef {{label: Element, hint: Element, keep: HTMLButtonElement}} Parts */
/** @type {WeakMap<Element, Parts>} */
const partsOf = new WeakMap();
/** @param {Element} model @returns {HTMLElement} */
function cloneBadge(model) {
  const badge = adopt(/** @type {HTMLElement} */ (model.cloneNode(true)));
  const [label, hint, keep] = badge.children;
  partsOf.set(badge, { label, hint, keep: /** @type {HTMLButtonElement} */ (keep) });
  return badge;
}
function newBadge() {
  template ??= el('div', { 'data-warden': 'badge', class: 'warden-badge', role: 'note' },
    el('span', { class: 'warden-label' }), el('span', { class: 'warden-hint' }),
    el('button', { type: 'button', 'data-warden': 'keep', class: 'warden-keep' }));
  return cloneBadge(template);
}

// What a verdict puts on a badge (the same for every card with that verdict).
/** @param {Element} badge @param {Verdict} v */
function fill(badge, v) {
  const { label: labelNode, hint: hintNode, keep } = /** @type {Parts} */ (partsOf.get(badge));
  badge.setAttribute('data-age-days', String(v.ageDays));
  badge.setAttribute('data-bucket', v.bucket);
  badge.setAttribute('data-hint', v.hint);
  badge.setAttribute('data-reinvite-on', v.reinviteOn);
  const { label, hint, name } = badgeText(v);
  badge.setAttribute('aria-label', name);
  labelNode.textContent = label;
  hintNode.textContent = hint;
  keep.setAttribute('aria-pressed', String(v.kept));
  keep.textContent = text(`keep ${v.kept}`, () => (v.kept ? t('keepOn') : t('keepOff')));
}

// A new badge for a verdict: a clone of one filled for it once per page (a thousand cards
// share a dozen verdicts), so each card sets only what is its own.
/** @type {Map<string, HTMLElement>} */
const filled = new Map();
/** @param {Verdict} v */
function badgeFor(v) {
  const key = `${v.ageDays} ${v.bucket} ${v.hint} ${v.reinviteOn} ${v.kept}`;
  let model = filled.get(key);
  if (!model) {
    model = newBadge();
    fill(model, v);
    filled.set(key, model);
  }
  return cloneBadge(model); // Warden's own, by identity (lib/own.js)
}

// The person behind each keep button: its card, and the card's link, name and keep mark as
// last placed, for toggleKeep (kept here: nothing is read back from the badge's attributes).
/** @type {WeakMap<Element, {card: Element, href: string | null, name: string, kept: boolean}>} */
const keepFor = new WeakMap();
// Each card's badge, by identity: a look-alike the page puts in a card is no badge of ours.
/** @type {WeakMap<Element, HTMLElement>} */
const badgeOf = new WeakMap();
const badgeIn = (/** @type {Element} */ card) => {
  const badge = badgeOf.get(card);
  return badge && badge.parentNode === card ? badge : null;
};
// What the core said of each card, kept here (never read back from the page's DOM).
/** @type {WeakMap<Element, {ageDays: number, slug: string | null, review?: string}>} */
const verdicts = new WeakMap();

/**
 * `v`: the core's verdict; `slug`: whose card it is (null until the core said so).
 * @param {Pick<CardItem, 'card' | 'href' | 'name'>} item
 * @param {Verdict} v
 * @param {string | null} slug
 */
function placeBadge(item, v, slug, known = false) {
  // `known`: the caller just saw that the card has no badge.
  let badge = known ? null : badgeIn(item.card);
  const fresh = !badge;
  if (!badge) badge = badgeFor(v);
  else fill(badge, v);
  const { keep } = /** @type {Parts} */ (partsOf.get(badge));
  // Whose card it is, as the core named it: written for the page and the tests to read (it
  // says nothing the card's own link does not), never read back by Warden.
  badge.setAttribute('data-slug', slug ?? '');
  // The title's wording once, the name put in each time (split/join: no $-patterns).
  keep.title = text('keepTitle', () => t('keepTitle', '\u0001')).split('\u0001').join(item.name || slug || '');
  keep.disabled = !slug;
  // A keep press still being written wins over an answer that predates it.
  const intent = intents.get(item.card);
  const kept = intent && intent.href === item.href ? intent.keep : v.kept;
  if (kept !== v.kept) keep.setAttribute('aria-pressed', String(kept));
  keepFor.set(keep, { card: item.card, href: item.href, name: item.name, kept });
  badgeOf.set(item.card, badge);
  verdicts.set(item.card, { ageDays: v.ageDays, slug, review: v.review });
  review.placed(badge);
  // Filled before it joins the page: one insertion, no change to a live node afterwards.
  if (fresh) item.card.append(badge);
}

// The badge of a card that scrolled in, from the verdicts the core gave for each age text
// of the page (its own request's answer follows): the first of its texts that the core read
// as an age, as the core does; the kept person's verdict when its profile path is kept.
/** @param {Visit} current @param {CardItem} item */
function placeEarly(current, item) {
  const early = current.early;
  if (!early || item.datetime) return false;
  // A card read again that still shows the same person keeps its badge (and its Keep
  // button, focus and all) until the core's answer refills it.
  const badge = badgeIn(item.card);
  const parts = badge && partsOf.get(badge);
  if (parts && keepFor.get(parts.keep)?.href === item.href) return false;
  const known = item.ageTexts.map((text) => early.get(text)).find(Boolean);
  if (!known) return false;
  /** @type {string | null} */
  let path = null;
  try { path = item.href && new URL(item.href, location.href).pathname; } catch { /* no link */ }
  // A card read again (updated in place, or its person kept) has its badge already: it is
  // filled anew, never given a second one.
  placeBadge(item, path && current.keptPaths?.has(path) ? known.kept : known.verdict, null, !badgeIn(item.card));
  current.provisional.add(item.card); // until the core's answer for it
  return true;
}

/** @param {Element} card */
function listOf(card) {
  return card.parentElement?.closest(V.listContainer) ?? card.parentElement;
}

/**
 * The summary, as the core counted it: the people read on this visit (the core remembers
 * them), whether the list was recognised only in part, the total the page states. On the
 * Pages tab (§6) the summary says Warden records nothing there.
 * @param {Summary | null | undefined} s the core's summary
 */
function renderSummary(s) {
  if (!view || !s) return;
  /** @type {HTMLElement} */
  let summary = ownAll('[data-warden="summary"]')[0];
  if (!summary) {
    summary = el('div', { 'data-warden': 'summary', class: 'warden-summary' },
      el('span', { class: 'warden-summary-text', role: 'status' }));
    // The list the last scan read (no second search of the page), else the first card's.
    const known = view.list?.isConnected ? view.list : null;
    const first = known ? null : findCards()[0];
    const list = known ?? (first && listOf(first)) ?? listColumn();
    if (list?.parentElement) list.before(summary);
    else (document.querySelector('main') ?? document.body).prepend(summary);
    review.attach(summary, { verdictOf, stats });
  }
  view.summary = s;
  const { cards, stale, consider, kept, pending } = s;
  const pages = view.tab === 'organization';
  Object.assign(summary.dataset, { cards, stale, consider, kept, pending, tab: view.tab, transport, drift: s.partial ? 'partial' : 'none' });
  /** @type {HTMLElement} */ (summary.firstChild).textContent = pages
    ? t('summaryPages')
    : t('summary', ...[cards, stale, consider, kept, pending].map(number))
      + (s.partial ? ` ${t('summaryPartial', number(s.unrecognised))}` : '');
  review.update();
  ownAll('[data-warden="notice"]').forEach((n) => n.remove());
}

/** The lazy column of the 2026 list (§1, §6), when the page has one. */
const listColumn = () => document.querySelector(V.lazyColumn);

/**
 * What the list shows when no card is found (§6): 'empty' (an idle lazy column with nothing
 * in it: zero invitations), 'loading' (a busy column, or a progress indicator in it), or null
 * (something Warden does not recognise, or no column at all).
 * @returns {'empty' | 'loading' | null}
 */
function listState() {
  const column = listColumn();
  if (!column) return null;
  if (column.matches(V.loading) || column.querySelector(V.loading)) return 'loading';
  return column.children.length === 0 ? 'empty' : null;
}

function showNotice() {
  if (!view || view.summary?.cards || view.total === 0 || view.tab === 'organization' || ownAll('[data-warden="notice"]').length) return;
  const state = listState();
  // An empty list is no drift; a list still loading is neither: looked at again later.
  if (state === 'empty') return;
  if (state === 'loading') {
    view.timer = setTimeout(showNotice, DRIFT_MS);
    return;
  }
  const notice = el('div', { 'data-warden': 'notice', class: 'warden-notice', role: 'status' },
    t('noticeNoCards'));
  (document.querySelector('main') ?? document.body).prepend(notice);
  layoutReport.seen('sent', { recognised: 0, drift: true });
  if (view.debug) console.info('[Warden] no invitation recognised on', location.pathname);
}

// The loop: read all, ask once, write all --------------------------------------------------

/**
 * Reads the cards that need it (all of them, or those under `roots`), asks the core once,
 * badges them and shows the summary.
 * @param {boolean} [all]
 * @param {Element[] | null} [roots]
 */
async function scan(all = false, roots = null) {
  if (!view || !alive()) return; // never badges over a recorder that is gone
  if (view.busy) {
    // A batch that arrives while a question is out is badged at once all the same; its own
    // question follows when the answer is in.
    // (A change that is not only additions means a search of the page: once per question.)
    const search = !roots && !view.searchedWhileBusy;
    if (!all && view.early && (roots || search)) {
      view.searchedWhileBusy ||= search;
      for (const card of roots ? cardsIn(roots) : findCards()) {
        if (!view.provisional.has(card) && !badgeIn(card)) placeEarly(view, readCard(card));
      }
    }
    view.again = view.again || (all ? 'all' : true);
    return;
  }
  view.busy = true;
  const current = view;
  const started = timing.now();
  try {
    // Only new elements to read: just them, and the page's total is as it was unless one of
    // them is more than a card.
    const partial = Boolean(roots && !all && current.asked && current.list?.isConnected);
    const found = partial && roots ? cardsIn(roots) : findCards();
    const cards = found.filter((c) => all || current.provisional.has(c) || current.dirty.has(c) || !badgeIn(c));
    for (const c of cards) current.dirty.delete(c);
    const totals = partial && current.totals && (roots ?? []).every((n) => n.matches(V.cardAncestor)) ? current.totals : totalCandidates();
    const tab = partial ? current.currentTab : currentTab();
    const totalsKey = JSON.stringify([totals, tab]);
    // An empty list says so once its column is idle (§6); a list still loading waits.
    const state = !found.length ? listState() : null;
    // Nothing new to read: no question to ask (our own writes end here, without a loop) unless
    // cards went away (the summary's drift reading changes) or the list just turned out empty.
    const emptied = state === 'empty' && !current.summary;
    if (!cards.length && totalsKey === current.totalsKey && current.asked && !emptied) {
      if (!partial && found.length !== current.recognised) {
        current.recognised = found.length;
        const again = await ask(annotateRequest(current, [], totals, tab, found.length));
        if (current === view && again && !again.error) renderSummary(again.summary);
      }
      return;
    }
    if (state === 'loading') return;
    current.totalsKey = totalsKey;
    current.totals = totals;
    current.currentTab = tab;
    current.asked = true;
    // One question for the whole batch; each distinct text travels once.
    const items = cards.map((card) => readCard(card));
    // Cards on the page that had a badge before this batch (cards read again had one: they
    // are this batch's now): the core adds those it badges now.
    const hadBadge = cards.filter((c) => badgeIn(c)).length;
    const badged = partial ? (current.recognised ?? 0) - hadBadge : found.length - cards.length;
    const request = annotateRequest(current, items, totals, tab, badged);
    timing.span('read', started);
    // Cards that scroll in are badged at once from the core's last verdicts per age text;
    // the answer to their own request replaces them.
    if (!all) items.forEach((item) => current.provisional.has(item.card) || placeEarly(current, item));
    const asked = timing.now();
    const answer = await ask(request);
    timing.span('wait', asked, answer);
    const answered = timing.now();
    if (current !== view || !answer || answer.error) return;
    const debug = answer.debug;
    const { placed, missed, added } = apply(current, items, answer, all);
    current.debug = debug;
    if (!partial) current.list = found[0] ? listOf(found[0]) : null;
    // Cards with a badge: those that had one, and those just given one.
    const recognised = all ? found.filter((c) => badgeIn(c)).length
      : found.length - cards.length + placed;
    current.recognised = partial ? badged + placed : recognised;
    // The summary, unless there is nothing to sum up yet: no card recognised on this visit,
    // on a list that is neither empty nor the Pages tab, nor stated empty ("People (0)").
    const s = answer.summary;
    if (s.cards || current.summary || current.tab === 'organization' || state === 'empty' || current.total === 0) renderSummary(s);
    timing.span('badges', answered);
    layoutReport.seen('sent', { recognised: current.recognised, missed, total: current.total });
    if (debug) console.info(`[Warden] ${items.length - missed} cards read, ${missed} without a readable age`);
    if (added.length && current === view) report(current, added, answer.ages.map((a) => a.text));
  } finally {
    current.busy = false;
    current.searchedWhileBusy = false;
    if (current === view && current.again) {
      const again = current.again;
      current.again = false;
      scan(again === 'all');
    }
  }
}

/**
 * One question for a batch of cards (each distinct text travels once, cards point into
 * them), with what the core needs to count the visit: the page's path and current tab, the
 * list's rows, and the cards that already carry a badge.
 * @param {Visit} current the visit
 * @param {CardItem[]} items the cards read
 * @param {{text: string, href: string | null}[]} totals
 * @param {string | null} tab the href of the tab marked current
 * @param {number} badged
 */
function annotateRequest(current, items, totals, tab, badged) {
  /** @type {string[]} */
  const texts = [];
  /** @type {Map<string, number>} */
  const indexOf = new Map();
  const index = (/** @type {string} */ text) => {
    let i = indexOf.get(text);
    if (i === undefined) indexOf.set(text, (i = texts.push(text) - 1));
    return i;
  };
  /** @type {import('../../types/warden').RequestOf<'annotate'>} */
  const request = {
    kind: 'annotate',
    texts,
    cards: items.map(({ href, name, ageTexts, datetime }) => ({ href, name, ages: ageTexts.map(index), datetime })),
    totals,
    path: location.pathname,
    currentTab: tab,
    visit: current.openedAt,
    rows: rowsOf(current),
    badged,
  };
  return request;
}

/** The rows of the list as it stands (cards, separators: what a reader of the page sees). */
const rowsOf = (/** @type {Visit} */ current) => (current.list?.isConnected ? current.list.children.length : 0);

// The core's answer for a batch, on the page: the verdicts per age text kept for cards to
// come, each card's badge, the people read. What was placed, missed and newly read.
/**
 * @param {Visit} current
 * @param {CardItem[]} items
 * @param {import('../../types/core').AnnotateAnswer} answer
 * @param {boolean} all
 */
function apply(current, items, answer, all) {
  // The verdicts per age text add up over the visit, made afresh when what they depend on
  // changed (settings, keeps: the inputs revision; the day).
  const basis = `${answer.inputs} ${answer.today}`;
  if (current.basis !== basis || !current.early) current.early = new Map();
  current.basis = basis;
  const early = current.early;
  for (const a of answer.ages) early.set(a.text, { verdict: answer.verdicts[a.verdict], kept: answer.verdicts[a.kept] });
  current.keptPaths = new Set(answer.keptPaths);
  current.inputs = answer.inputs;
  current.tab = answer.tab;
  if (answer.total !== null && answer.total !== undefined) current.total = answer.total;
  /** @type {{href: string | null, name: string, ageDays: number}[]} */
  const added = [];
  let placed = 0;
  let missed = 0;
  answer.cards.forEach((card, i) => {
    if (!card) {
      missed += 1;
      return;
    }
    const v = answer.verdicts[card.verdict];
    placeBadge(items[i], v, card.slug, !all && !current.provisional.has(items[i].card) && !badgeIn(items[i].card));
    current.provisional.delete(items[i].card);
    placed += 1;
    const key = card.slug ?? items[i].name;
    if (!current.reported.has(key)) {
      current.reported.add(key);
      added.push({ href: items[i].href ?? null, name: items[i].name, ageDays: v.ageDays });
    }
  });
  return { placed, missed, added };
}

/**
 * The people read for the first time on this visit, told to the core (one write): it
 * remembers them for the visit's summary, the outcomes and the popup, and answers the
 * summary as it now stands.
 * @param {Visit} current the visit
 * @param {{href: string | null, name: string, ageDays: number}[]} added
 * @param {string[]} ageTexts the batch's texts the core read as ages: the vocabulary it learns
 */
async function report(current, added, ageTexts) {
  const answer = await ask({
    kind: 'sentPageSeen',
    visit: current.openedAt,
    people: added,
    ageTexts,
    rows: rowsOf(current),
    badged: current.recognised ?? 0,
    totals: current.totals ?? [],
    path: location.pathname,
    currentTab: current.currentTab,
  });
  if (current !== view || !answer || answer.error || !answer.summary) return;
  const before = current.summary;
  const now = answer.summary;
  if (!before || JSON.stringify(before) !== JSON.stringify(now)) renderSummary(now);
}

const pathOf = (/** @type {string | null} */ href) => {
  try { return href ? new URL(href, location.href).pathname : null; } catch { return null; }
};

/**
 * The user's keep presses whose writes are not all answered yet, per card: what the last press
 * asked for. A badge placed meanwhile (from an answer that predates the last press) shows that,
 * so two quick presses are mark then unmark, never mark twice.
 * @type {WeakMap<Element, {href: string, keep: boolean, inFlight: number}>}
 */
const intents = new WeakMap();

/** @param {HTMLButtonElement} button */
async function toggleKeep(button) {
  const placed = keepFor.get(button);
  if (!placed) return;
  // The person the card shows now: the page may have switched the card to someone else in
  // place since the badge was placed (it is re-read at the next frame). The mark goes to
  // that person, from the state Warden knows for them, never to the one the badge was for.
  const item = placed.card.isConnected ? readCard(placed.card) : placed;
  const href = item.href;
  if (!href) return;
  const path = pathOf(href);
  let intent = intents.get(placed.card);
  if (intent && intent.href !== href) intent = undefined; // another person now
  const kept = intent ? intent.keep
    : href === placed.href ? placed.kept : Boolean(path && view?.keptPaths?.has(path));
  const keep = !kept;
  // The press decides the button's state at once: a second press that comes before the
  // core's answer is the opposite of this one.
  intent = { href, keep, inFlight: (intent?.inFlight ?? 0) + 1 };
  intents.set(placed.card, intent);
  if (href === placed.href) {
    placed.kept = keep;
    button.setAttribute('aria-pressed', String(keep));
  }
  const current = view;
  const answer = await ask({ kind: 'setKeep', href, name: item.name, keep });
  const mine = intents.get(placed.card) === intent;
  if (mine) intent.inFlight -= 1;
  if (!answer?.ok) {
    // Refused: the press changed nothing (unless a later press asked otherwise since).
    if (mine && intent.keep === keep) intent.keep = kept;
    if (mine && href === placed.href) {
      placed.kept = intent.keep;
      button.setAttribute('aria-pressed', String(intent.keep));
    }
    if (mine && intent.inFlight <= 0) intents.delete(placed.card);
    return;
  }
  if (keep) review.dealtWith(answer.slug);
  if (current !== view || !current) return;
  // The core's kept people, as this write left them (the table badges cards with them).
  if (path && current.keptPaths) {
    if (answer.keep) current.keptPaths.add(path);
    else current.keptPaths.delete(path);
  }
  if (typeof answer.inputs === 'number') current.inputs = answer.inputs;
  // Only this card changes: it is read again once every press on it is answered, and its
  // badge made anew from the core's answer.
  if (mine && intent.inFlight > 0) return;
  if (mine) intents.delete(placed.card);
  if (placed.card.isConnected) {
    current.dirty.add(placed.card);
    scan(false, [placed.card]);
  }
}

// The user's own click on Warden's own button (by identity, not by its attributes); it must
// not reach LinkedIn's card handlers. Only a trusted click that lands on the visible button
// (or Enter/Space on it, focused) toggles: never a page script's, nor one under an overlay.
/** @param {MouseEvent} event */
function onClick(event) {
  const button = event.target instanceof Element ? ownAncestor(event.target) : null;
  if (!button || !keepFor.has(button) || !event.isTrusted) return;
  event.preventDefault();
  event.stopPropagation();
  if (realClick(event, button)) toggleKeep(/** @type {HTMLButtonElement} */ (button));
}

// Cards the page updates in place: LinkedIn reuses a card's element for another person
// (link, name, age changed where they stand) or rewrites an age line ("6 days" -> "1 week").
// A change inside a badged card (not Warden's own) marks that card; the marked cards are
// read again once per frame, and their badges made anew for what they show now.
/** @param {Element} node */
function cardAround(node) {
  for (let n = /** @type {Element | null} */ (node), k = 0; n && n !== document.body && k < 24; n = n.parentElement, k += 1) {
    if (badgeOf.has(n)) return n;
  }
  return null;
}
/** @param {MutationRecord[]} records */
function inPlace(records) {
  const current = view;
  if (!current) return;
  let marked = false;
  for (const r of records) {
    const node = r.target.nodeType === Node.ELEMENT_NODE ? r.target : r.target.parentElement;
    if (!node || ownAncestor(node)) continue;
    if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => isOwn(n))) continue;
    const card = cardAround(/** @type {Element} */ (node));
    if (card && card.isConnected) {
      current.dirty.add(card);
      marked = true;
    }
  }
  if (!marked || current.frame) return;
  const flush = () => {
    if (!current.frame || current !== view) return;
    cancelAnimationFrame(current.frame);
    clearTimeout(current.fallback);
    current.frame = 0;
    const roots = [...current.dirty].filter((c) => c.isConnected);
    if (roots.length) scan(false, roots);
  };
  current.frame = requestAnimationFrame(flush);
  current.fallback = setTimeout(flush, 200); // a tab in the background gets no frames
}
const inPlaceObserver = new MutationObserver(inPlace);
// The attributes readCard reads a person and an age from (a link's href, a label or an alt
// naming the person, <time datetime>): a change of one inside a card means reading it again.
const CARD_ATTRIBUTES = ['href', 'aria-label', 'alt', 'datetime'];

/** The core's verdict on a card ({ageDays, slug, review}), as last placed; null before. @param {Element} card */
export const verdictOf = (card) => verdicts.get(card) ?? null;
/** The total the page stated at the last reading (null when it states none). */
export const statedTotal = () => view?.total ?? null;
/** People read on this visit, and the total the page states. */
const stats = () => ({ people: view?.summary?.cards ?? 0, total: view?.total ?? null });
/** A person whose withdrawal was just recorded: seen again later, they are reported again. @param {string} slug */
export function forget(slug) { view?.reported.delete(slug); }

/** One visit of the Sent view: from entering it (or a tab of it) to leaving. @param {import('../router.js').Context} context */
function initSentPage({ signal }) {
  /** @type {Visit} */
  const visit = { summary: null, tab: 'connection', currentTab: null, reported: new Set(), total: null, busy: false, again: false, searchedWhileBusy: false, debug: false, openedAt: Date.now(), timer: 0, provisional: new Set(), dirty: new Set(), frame: 0, fallback: 0 };
  view = visit;
  inPlaceObserver.observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: CARD_ATTRIBUTES,
  });
  view.timer = setTimeout(showNotice, DRIFT_MS);
  review.start(signal);
  document.addEventListener('click', onClick, { capture: true, signal });
  onChanges('sent-page', signal, (records) => scan(false, addedRoots(records)));
  // Settings, keeps or withdrawals changed (popup, another tab): the core counts such
  // changes in the state's `inputs`; other writes (a Sent-page reading, a send) leave it as
  // it was, and the badges with it.
  onStored('sent-page', signal, (changes) => {
    const now = inputsOf(changes.warden?.newValue);
    if (changes.warden && view && now !== view.inputs) scan(true);
  });
  signal.addEventListener('abort', leave, { once: true });
  // The first screen is badged from the age vocabulary the core kept (the verdicts of today's
  // settings for the age texts it has read before), then its question goes to the core.
  learnedAges().then((table) => {
    if (view !== visit) return;
    if (table) seedEarly(visit, table);
    scan();
  });
}

const AGE_TABLE_KEY = 'warden.ageTable';

/**
 * The age vocabulary the core keeps beside the state (crates/warden-core/src/vocab.rs), when
 * it is today's; null otherwise.
 * @returns {Promise<import('../../types/core').AgeTable | null>}
 */
async function learnedAges() {
  try {
    const items = await api.storage.local.get(AGE_TABLE_KEY);
    const table = items?.[AGE_TABLE_KEY];
    return table && typeof table === 'object' && table.today === localToday() && Array.isArray(table.ages) ? table : null;
  } catch {
    return null; // the core's answer badges the cards
  }
}

/**
 * The verdicts per age text a visit starts with: the core's table, as its answers extend it.
 * @param {Visit} visit
 * @param {import('../../types/core').AgeTable} table
 */
function seedEarly(visit, table) {
  visit.early = new Map();
  for (const a of table.ages) {
    const verdict = table.verdicts[a.verdict];
    const kept = table.verdicts[a.kept];
    if (verdict && kept) visit.early.set(a.text, { verdict, kept });
  }
  visit.keptPaths = new Set(table.keptPaths);
  visit.basis = `${table.inputs} ${table.today}`;
}

const inputsOf = (/** @type {any} */ value) => (value && typeof value === 'object' ? value.inputs : undefined);

function leave() {
  if (!view) return;
  clearTimeout(view.timer);
  clearTimeout(view.fallback);
  inPlaceObserver.disconnect();
  view = null;
  ownAll('[data-warden="summary"], [data-warden="notice"]').forEach((n) => n.remove());
}

// Each tab of the Sent view is a visit of its own (People, Pages: §6).
add('sent-page', { include: [V.sentPath], init: initSentPage });
