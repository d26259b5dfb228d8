// Feature: the Sent page. One badge per invitation card, one summary per page, and a notice
// when no card can be recognised within 10 s (LinkedIn changed its markup).

import { V } from '../page-variants.js';
import { adopt, isOwn, ownAll, ownAncestor } from '../../lib/own.js';
import { el, number, plural, showDate, t } from '../../lib/text.js';
import { cardsIn, currentTab, findCards, readCard, totals as totalCandidates } from '../cards.js';
import { alive } from '../lifetime.js';
import { layoutReport } from '../layout-report.js';
import { add, onChanges, onStored } from '../router.js';
import { ask, transport, warm } from '../transport.js';
import { realClick } from '../trust.js';
import * as review from './review.js';


const DRIFT_MS = 10_000;
let view = null; // State of the current entry into the Sent view.

// Read phase: card discovery is in cards.js ----------------------------------------------

// The elements these mutations added, when adding elements is all they did; else null (a
// removal or a changed text may concern any card or the page's total: the whole page is read).
function addedRoots(records) {
  const roots = [];
  for (const r of records ?? []) {
    if (r.removedNodes.length) return null;
    for (const n of r.addedNodes) {
      if (n.nodeType === Node.ELEMENT_NODE) roots.push(n);
      else if (n.nodeType === Node.TEXT_NODE && n.data.trim()) return null;
    }
  }
  return roots.length ? roots : null;
}

// Write phase -----------------------------------------------------------------------------

// The same few texts recur on every card (one date, a handful of ages): each is built once
// per page (i18n lookups and date formatting cost more than the rest of a badge).
const texts = new Map();
function text(key, build) {
  let t = texts.get(key);
  if (t === undefined) texts.set(key, (t = build()));
  return t;
}

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
let template = null;
const partsOf = new WeakMap();
function cloneBadge(model) {
  const badge = adopt(/** @type {HTMLElement} */ (model.cloneNode(true)));
  const [label, hint, keep] = badge.children;
  partsOf.set(badge, { label, hint, keep });
  return badge;
}
function newBadge() {
  template ??= el('div', { 'data-warden': 'badge', class: 'warden-badge', role: 'note' },
    el('span', { class: 'warden-label' }), el('span', { class: 'warden-hint' }),
    el('button', { type: 'button', 'data-warden': 'keep', class: 'warden-keep' }));
  return cloneBadge(template);
}

// What a verdict puts on a badge (the same for every card with that verdict).
function fill(badge, v) {
  const { label: labelNode, hint: hintNode, keep } = partsOf.get(badge);
  badge.setAttribute('data-age-days', v.ageDays);
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
const filled = new Map();
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
const keepFor = new WeakMap();
// Each card's badge, by identity: a look-alike the page puts in a card is no badge of ours.
const badgeOf = new WeakMap();
const badgeIn = (card) => {
  const badge = badgeOf.get(card);
  return badge && badge.parentNode === card ? badge : null;
};
// What the core said of each card, kept here (never read back from the page's DOM).
const verdicts = new WeakMap();

// `v`: the core's verdict; `slug`: whose card it is (null until the core said so).
function placeBadge(item, v, slug, known = false) {
  // `known`: the caller just saw that the card has no badge.
  let badge = known ? null : badgeIn(item.card);
  const fresh = !badge;
  if (fresh) badge = badgeFor(v);
  else fill(badge, v);
  const { keep } = partsOf.get(badge);
  // Whose card it is, as the core named it: written for the page and the tests to read (it
  // says nothing the card's own link does not), never read back by Warden.
  badge.setAttribute('data-slug', slug ?? '');
  // The title's wording once, the name put in each time (split/join: no $-patterns).
  keep.title = text('keepTitle', () => t('keepTitle', '\u0001')).split('\u0001').join(item.name || slug || '');
  keep.disabled = !slug;
  keepFor.set(keep, { card: item.card, href: item.href, name: item.name, kept: v.kept });
  badgeOf.set(item.card, badge);
  verdicts.set(item.card, { ageDays: v.ageDays, slug, review: v.review });
  review.placed(badge);
  // Filled before it joins the page: one insertion, no change to a live node afterwards.
  if (fresh) item.card.append(badge);
}

// The badge of a card that scrolled in, from the verdicts the core gave for each age text
// of the page (its own request's answer follows): the first of its texts that the core read
// as an age, as the core does; the kept person's verdict when its profile path is kept.
function placeEarly(current, item) {
  if (!current.early || item.datetime) return false;
  const known = item.ageTexts.map((t) => current.early.get(t)).find(Boolean);
  if (!known) return false;
  let path = null;
  try { path = item.href && new URL(item.href, location.href).pathname; } catch { /* no link */ }
  // A card read again (updated in place, or its person kept) has its badge already: it is
  // filled anew, never given a second one.
  placeBadge(item, current.keptPaths.has(path) ? known.kept : known.verdict, null, !badgeIn(item.card));
  current.provisional.add(item.card); // until the core's answer for it
  return true;
}

function listOf(card) {
  return card.parentElement?.closest(V.listContainer) ?? card.parentElement;
}

/**
 * The summary, as the core counted it: the people read on this visit (the core remembers
 * them), whether the list was recognised only in part, the total the page states. On the
 * Pages tab (§6) the summary says Warden records nothing there.
 * @param {any} s the core's summary
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
  try {
    // Only new elements to read: just them, and the page's total is as it was unless one of
    // them is more than a card.
    const partial = Boolean(roots && !all && current.asked && current.list?.isConnected);
    const found = partial ? cardsIn(roots) : findCards();
    const cards = found.filter((c) => all || current.provisional.has(c) || current.dirty.has(c) || !badgeIn(c));
    for (const c of cards) current.dirty.delete(c);
    const totals = partial && roots.every((n) => n.matches(V.cardAncestor)) ? current.totals : totalCandidates();
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
    // Cards on the page that had a badge before this batch: the core adds those it badges now.
    const badged = partial ? current.recognised : found.length - cards.length;
    const request = annotateRequest(current, items, totals, tab, badged);
    // Cards that scroll in are badged at once from the core's last verdicts per age text;
    // the answer to their own request replaces them.
    if (!all) items.forEach((item) => current.provisional.has(item.card) || placeEarly(current, item));
    const answer = await ask(request);
    if (current !== view || !answer || answer.error) return;
    const debug = answer.debug;
    const { placed, missed, added } = apply(current, items, answer, all);
    current.debug = debug;
    if (!partial) current.list = found[0] ? listOf(found[0]) : null;
    // Cards with a badge: those that had one, and those just given one.
    const recognised = all ? found.filter((c) => badgeIn(c)).length
      : found.length - cards.length + placed;
    current.recognised = partial ? current.recognised + recognised : recognised;
    // The summary, unless there is nothing to sum up yet: no card recognised on this visit,
    // on a list that is neither empty nor the Pages tab, nor stated empty ("People (0)").
    const s = answer.summary;
    if (s.cards || current.summary || current.tab === 'organization' || state === 'empty' || current.total === 0) renderSummary(s);
    layoutReport.seen('sent', { recognised: current.recognised, missed, total: current.total });
    if (debug) console.info(`[Warden] ${items.length - missed} cards read, ${missed} without a readable age`);
    if (added.length && current === view) report(current, added);
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

// One question for a batch of cards; each distinct text travels once, cards point into them.
/**
 * One question for a batch of cards (each distinct text travels once, cards point into
 * them), with what the core needs to count the visit: the page's path and current tab, the
 * list's rows, and the cards that already carry a badge.
 * @param {any} current the visit
 * @param {any[]} items the cards read
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
const rowsOf = (/** @type {any} */ current) => (current.list?.isConnected ? current.list.children.length : 0);

// The core's answer for a batch, on the page: the verdicts per age text kept for cards to
// come, each card's badge, the people read. What was placed, missed and newly read.
function apply(current, items, answer, all) {
  // The verdicts per age text add up over the visit, made afresh when what they depend on
  // changed (settings, keeps: the inputs revision; the day).
  const basis = `${answer.inputs} ${answer.today}`;
  if (current.basis !== basis) current.early = new Map();
  current.basis = basis;
  for (const a of answer.ages) current.early.set(a.text, { verdict: answer.verdicts[a.verdict], kept: answer.verdicts[a.kept] });
  current.keptPaths = new Set(answer.keptPaths);
  current.inputs = answer.inputs;
  current.tab = answer.tab;
  if (answer.total !== null && answer.total !== undefined) current.total = answer.total;
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
 * @param {any} current the visit
 * @param {{href: string | null, name: string, ageDays: number}[]} added
 */
async function report(current, added) {
  const answer = await ask({
    kind: 'sentPageSeen',
    visit: current.openedAt,
    people: added,
    rows: rowsOf(current),
    badged: current.recognised,
    totals: current.totals,
    path: location.pathname,
    currentTab: current.currentTab,
  });
  if (current !== view || !answer || answer.error || !answer.summary) return;
  const before = current.summary;
  const now = answer.summary;
  if (!before || ['cards', 'stale', 'consider', 'kept', 'pending', 'partial', 'unrecognised'].some((k) => before[k] !== now[k])) renderSummary(now);
}

const pathOf = (href) => {
  try { return href ? new URL(href, location.href).pathname : null; } catch { return null; }
};

async function toggleKeep(button) {
  const placed = keepFor.get(button);
  if (!placed) return;
  // The person the card shows now: the page may have switched the card to someone else in
  // place since the badge was placed (it is re-read at the next frame). The mark goes to
  // that person, from the state Warden knows for them, never to the one the badge was for.
  const item = placed.card.isConnected ? readCard(placed.card) : placed;
  if (!item.href) return;
  const same = item.href === placed.href;
  const kept = same ? placed.kept : Boolean(view?.keptPaths?.has(pathOf(item.href)));
  const keep = !kept;
  // The press decides the button's state at once: a second press that comes before the
  // core's answer is the opposite of this one (mark, then unmark), never this one again.
  if (same) {
    placed.kept = keep;
    button.setAttribute('aria-pressed', String(keep));
  }
  const current = view;
  const answer = await ask({ kind: 'setKeep', href: item.href, name: item.name, keep });
  if (!answer?.ok) {
    if (same && placed.kept === keep) {
      placed.kept = kept;
      button.setAttribute('aria-pressed', String(kept));
    }
    return;
  }
  if (keep) review.dealtWith(answer.slug);
  if (current !== view || !current) return;
  // Only this card changes: it is read again, and its badge made anew from the core's answer.
  if ('inputs' in answer && typeof answer.inputs === 'number') current.inputs = answer.inputs;
  if (placed.card.isConnected) {
    current.dirty.add(placed.card);
    scan(false, [placed.card]);
  }
}

// The user's own click on Warden's own button (by identity, not by its attributes); it must
// not reach LinkedIn's card handlers. Only a trusted click that lands on the visible button
// (or Enter/Space on it, focused) toggles: never a page script's, nor one under an overlay.
function onClick(event) {
  const button = event.target instanceof Element ? ownAncestor(event.target) : null;
  if (!button || !keepFor.has(button) || !event.isTrusted) return;
  event.preventDefault();
  event.stopPropagation();
  if (realClick(event, button)) toggleKeep(button);
}

// Cards the page updates in place: LinkedIn reuses a card's element for another person
// (link, name, age changed where they stand) or rewrites an age line ("6 days" -> "1 week").
// A change inside a badged card (not Warden's own) marks that card; the marked cards are
// read again once per frame, and their badges made anew for what they show now.
function cardAround(node) {
  for (let n = node, k = 0; n && n !== document.body && k < 24; n = n.parentElement, k += 1) {
    if (badgeOf.has(n)) return n;
  }
  return null;
}
function inPlace(records) {
  const current = view;
  if (!current) return;
  let marked = false;
  for (const r of records) {
    const node = r.target.nodeType === Node.ELEMENT_NODE ? r.target : r.target.parentElement;
    if (!node || ownAncestor(node)) continue;
    if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => isOwn(n))) continue;
    const card = cardAround(node);
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
  view = { summary: null, tab: 'connection', currentTab: null, reported: new Set(), total: null, busy: false, again: false, debug: false, openedAt: Date.now(), timer: 0, provisional: new Set(), dirty: new Set(), frame: 0, fallback: 0 };
  inPlaceObserver.observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: CARD_ATTRIBUTES,
  });
  view.timer = setTimeout(showNotice, DRIFT_MS);
  warm();
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
  scan();
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
