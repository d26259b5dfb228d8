// The popup: weekly quota, pending health, cooldowns, the keep list, settings and backups.
// Reads run here, through the wasm (`{kind: 'popup'}` says what to show); every write goes to
// the background service worker, the one writer. The core decides; this page only shows its
// answers, and puts text in with textContent only. It re-renders when the stored data changes.
import init, { handle, setViewPreference, viewPreference } from '../pkg/warden.js';
import { api, storage } from '../lib/api.js';
import { el, number, plural, showDate, t, textDirection, textLanguage } from '../lib/text.js';
import { localToday } from '../lib/dates.js';

/** @typedef {import('../types/warden').Kind} Kind */
/** @template {Kind} K @typedef {import('../types/warden').RequestOf<K>} RequestOf */
/** @template {Kind} K @typedef {import('../types/warden').Answered<K>} Answered */
/** @typedef {Answered<'popup'>} PopupView */
/** @typedef {import('../types/core').Settings} Settings */
/** @typedef {import('../types/core').SettingField} SettingField */
/** @typedef {import('../types/core').FiguresView} FiguresView */
/** @typedef {import('../types/core').ExportAnswer} ExportAnswer */
/** @typedef {import('../types/core').ErrorAnswer} ErrorAnswer */
/** @typedef {Extract<import('../types/core').ImportAnswer, {added: number}>} ImportReport what an import (or a restore) merged */
/** @typedef {{error?: string, detail?: string}} Failure an answer's error, if any */

const lang = textLanguage();
/**
 * An element of this page's own markup (popup.html, or a part this script built): there by
 * construction.
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {HTMLElement}
 */
const $ = (selector, root = document) => /** @type {HTMLElement} */ (root.querySelector(selector));

const ready = init({ module_or_path: new URL('../pkg/warden_bg.wasm', import.meta.url) });
/** @type {PopupView | null} */
let last = null; // The latest popup view.
/** @type {string | null} */
let formShows = null; // The settings the form was last filled with (JSON).
let formEdited = false; // The user typed in the form since then: never overwrite their input.
let localNotice = ''; // A problem of this page itself (the wasm did not load).

// ------------------------------------------------------------------------- text helpers

const n = number;

// "1 day left" / "3 days left": the plural form the UI language uses for this count.
const counted = plural;

// An instant (ISO 8601) as the reader's calendar date.
/** @param {string} iso */
function showInstant(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return date.toLocaleDateString(lang, { day: 'numeric', month: 'short', year: 'numeric' });
}

/** @param {HTMLElement} node @param {string} text */
function setText(node, text) {
  node.textContent = text;
  node.classList.remove('skel');
}

// Shows the node with this text, or hides it when there is none.
/** @param {HTMLElement} node @param {string} text */
function showIf(node, text) {
  node.textContent = text || '';
  node.hidden = !text;
}

/** @param {HTMLElement} node @param {string} text @param {string} [tone] */
function say(node, text, tone = 'ok') {
  node.textContent = text;
  node.dataset.tone = tone;
}

/** @param {HTMLElement} box @param {number} value @param {number} limit */
function gauge(box, value, limit) {
  const share = limit > 0 ? Math.min(1, value / limit) : 0;
  $('.gauge span', box).style.width = `${(share * 100).toFixed(1)}%`;
}

/** @param {{slug: string, name: string}} item */
function profileLink(item) {
  return el('a', {
    class: 'name', href: `https://www.linkedin.com/in/${encodeURIComponent(item.slug)}/`,
    target: '_blank', rel: 'noopener noreferrer',
  }, item.name || item.slug);
}

function translatePage() {
  document.documentElement.lang = lang;
  document.documentElement.dir = textDirection();
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(/** @type {string} */ (node.getAttribute('data-i18n')));
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(/** @type {string} */ (node.getAttribute('data-i18n-label'))));
}

// ------------------------------------------------------------------------- reads and writes

/**
 * A read, answered here by the wasm.
 * @template {Kind} K
 * @param {RequestOf<K>} request
 * @returns {Promise<Answered<K>>}
 */
function read(request) {
  return ready.then(() => handle(request, storage()));
}

/**
 * A write, answered by the background (the one writer), or the error that kept it from it.
 * @template {Kind} K
 * @param {RequestOf<K>} request
 * @returns {Promise<Answered<K>>}
 */
function write(request) {
  return api.runtime.sendMessage({ warden: request }).then(
    (/** @type {unknown} */ answer) => answer ?? { error: 'noAnswer' },
    (/** @type {any} */ e) => ({ error: 'unreachable', detail: String(e?.message ?? e) }),
  );
}

// "Something went wrong (the browser's storage refused the change: QUOTA_BYTES)": the error's
// own text (`error_<key>` in _locales, one for each key the core or this page answers with).
/** @param {Failure | null | undefined} answer */
function errorText(answer) {
  const key = String(answer?.error ?? '').split(':')[0];
  const said = (key && api.i18n.getMessage(`error_${key}`)) || key || '?';
  return t('popup_error_generic', [said, answer?.detail].filter(Boolean).join(': '));
}

// ------------------------------------------------------------------------- sections

/** @param {import('../types/core').NoticeView[]} notices */
function showNotices(notices) {
  const box = $('#notices');
  const lines = notices.map((notice) => {
    if (notice.kind === 'unreadable') {
      return notice.key ? t('popup_notice_unreadable', notice.key) : t('popup_notice_unreadableNow');
    }
    return api.i18n.getMessage(`popup_notice_${notice.kind}`, [String(notice.detail ?? notice.key ?? '')])
      || t('popup_notice_other', notice.kind);
  });
  if (localNotice) lines.push(localNotice);
  $('.notice-list', box).replaceChildren(...lines.map((line) => el('li', {}, line)));
  $('.dismiss', box).hidden = notices.length === 0;
  box.dataset.warden = 'notices';
  box.hidden = lines.length === 0;
}

// What the storage refused and Warden keeps until it lands: the contract's hook is on the page
// exactly while something waits.
/** @param {number} count */
function showUnsaved(count) {
  const box = $('#unsaved');
  box.hidden = !(count > 0);
  if (box.hidden) {
    delete box.dataset.warden;
    delete box.dataset.count;
    return;
  }
  box.dataset.warden = 'unsaved';
  box.dataset.count = String(count);
  $('.text', box).textContent = counted('popup_unsaved', count);
}

// Copies of unreadable stored data: download, restore (merged) or discard each.
/** @param {import('../types/core').AsideView[]} copies */
function showSetAside(copies) {
  const box = $('#set-aside');
  box.hidden = copies.length === 0;
  box.dataset.warden = 'set-aside';
  $('.aside-list', box).replaceChildren(...copies.map((copy) => {
    const download = el('a', { class: 'button', role: 'button', 'data-warden': 'aside-download' }, t('popup_aside_download'));
    offerAside(download, copy.key);
    const restore = el('button', { type: 'button', 'data-warden': 'aside-restore' }, t('popup_aside_restore'));
    const discard = el('button', { type: 'button', 'data-warden': 'aside-discard' }, t('popup_aside_discard'));
    restore.addEventListener('click', () => handleAside('restoreAside', copy.key));
    discard.addEventListener('click', () => handleAside('discardAside', copy.key));
    const why = copy.why ? ` (${copy.why})` : '';
    return el('li', { 'data-key': copy.key },
      el('span', { class: 'when' }, t('popup_aside_item', showInstant(copy.at)) + why),
      el('span', { class: 'actions' }, download, restore, discard));
  }));
}

// The files imported whose records are still as they wrote them: each can be taken out again
// (what the user's own clicks made since stays: the core compares each record).
/** @param {import('../types/core').ImportView[]} imports */
function showImports(imports) {
  const list = $('#backups .imports');
  list.hidden = imports.length === 0;
  list.replaceChildren(...imports.map((i) => {
    const remove = el('button', { type: 'button', 'data-warden': 'import-remove' }, t('popup_imports_remove'));
    remove.addEventListener('click', async () => {
      remove.disabled = true;
      const answer = await write({ kind: 'removeImport', at: i.at });
      const status = $('#backups .status');
      if (answer?.ok) say(status, t('popup_imports_removed'));
      else say(status, errorText(answer), 'bad');
      await refresh();
    });
    return el('li', { 'data-at': String(i.at) },
      el('span', { class: 'when' }, t('popup_imports_item', showInstant(i.when), n(i.withdrawals), n(i.keeps), n(i.history))),
      el('span', { class: 'actions' }, remove));
  }));
}

/** @param {HTMLAnchorElement} link @param {string} key */
async function offerAside(link, key) {
  const file = await read({ kind: 'asideText', key });
  if (!file || file.error) return;
  link.href = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
  link.download = file.filename;
}

/** @param {'restoreAside' | 'discardAside'} kind @param {string} key */
async function handleAside(kind, key) {
  const status = $('#set-aside .status');
  const answer = await write({ kind, key });
  if (answer?.ok && kind === 'restoreAside') say(status, importedText(/** @type {ImportReport} */ (answer)));
  else if (answer?.ok) say(status, t('popup_aside_discarded'));
  else say(status, api.i18n.getMessage(`popup_import_${answer?.error}`) || errorText(answer), 'bad');
  await refresh();
}

/** @param {import('../types/core').QuotaView} q */
function showQuota(q) {
  const box = $('#quota');
  box.dataset.warden = 'quota';
  box.dataset.used = String(q.used);
  box.dataset.limit = String(q.limit);
  box.classList.toggle('full', q.full);
  setText($('.value', box), `${n(q.used)} / ${n(q.limit)}`);
  gauge(box, q.used, q.limit);
  setText($('.remaining', box), q.full ? t('popup_quota_full', n(q.limit)) : t('popup_quota_remaining', n(q.remaining), n(q.limit)));
  setText($('.next', box), q.nextFreeOn ? t('popup_quota_nextFree', showDate(q.nextFreeOn)) : t('popup_quota_none'));
}

// What LinkedIn said of the account, as the core kept it (never more): a restriction less than
// 7 days old, its weekly-limit message of the last 30 days with the count it stopped the user
// at, the notes left this month. Each hook is on the page exactly while the core shows it.
/** @param {HTMLElement} box @param {string | null} hook */
function hookIf(box, hook) {
  box.hidden = !hook;
  if (hook) box.dataset.warden = hook;
  else delete box.dataset.warden;
}

/** @param {import('../types/core').ToldView} told */
function showTold(told) {
  const r = told.restriction;
  const restriction = $('#restriction');
  hookIf(restriction, r ? 'restriction' : null);
  // While restricted, the quota says that withdrawing frees nothing.
  $('#quota .no-refund').hidden = !r;
  if (r) {
    Object.assign(restriction.dataset, { kind: r.kind, on: r.on });
    const what = r.kind === 'email-gate' ? 'popup_restriction_emailGate' : 'popup_restriction_weeklyLimit';
    $('.what', restriction).textContent = t(what, showDate(r.on));
  }

  const l = told.limit;
  const limit = $('#told-limit');
  hookIf(limit, l ? 'limit' : null);
  const button = /** @type {HTMLButtonElement} */ ($('.apply-limit', limit));
  button.hidden = !l?.suggest;
  if (l?.suggest) button.dataset.warden = 'apply-limit-suggestion';
  else delete button.dataset.warden;
  if (l) {
    Object.assign(limit.dataset, { on: l.on, sent: String(l.sent) });
    $('.text', limit).textContent = t('popup_limit_text', counted('popup_limit_sent', l.sent), showDate(l.on));
    button.textContent = t('popup_limit_apply', n(l.sent));
  }

  const notes = told.notesLeft;
  const line = $('#outcomes .notes-left');
  hookIf(line, notes ? 'notes-left' : null);
  if (notes) {
    Object.assign(line.dataset, { count: String(notes.count), seenOn: notes.seenOn });
    line.textContent = t('popup_notesLeft_said', counted('popup_notesLeft', notes.count), showDate(notes.seenOn));
  }
}

// The user's click on "Set the weekly limit to N": the core sets it from LinkedIn's message
// (never from a number this page sends).
/** @param {Event} event */
async function applyLimit(event) {
  const button = /** @type {HTMLButtonElement} */ (event.currentTarget);
  const status = $('#told-limit .status');
  button.disabled = true;
  const answer = await write({ kind: 'applyLimitSuggestion' });
  button.disabled = false;
  if (answer?.ok) {
    formShows = null;
    say(status, t('popup_limit_applied', n(answer.settings?.weeklyLimit ?? 0)));
    await refresh();
  } else {
    say(status, errorText(answer), 'bad');
  }
}

/** @param {import('../types/core').PendingView} p @param {Settings} settings */
function showPending(p, settings) {
  const box = $('#pending');
  box.dataset.warden = 'pending';
  box.dataset.count = String(p.count);
  box.dataset.threshold = String(p.threshold);
  box.classList.toggle('over', p.over);
  setText($('.value', box), n(p.count));
  setText($('.threshold', box), t('popup_pending_caption', n(p.threshold)));
  gauge(box, p.count, p.threshold);
  setText($('.read', box), p.known ? t('popup_pending_readOn', showDate(/** @type {string} */ (p.readOn))) : t('popup_pending_unknown'));
  setText($('.buckets', box), p.known ? t('popup_pending_buckets', n(p.stale), n(p.consider)) : '');
  showIf($('.over', box), p.over ? t('popup_pending_over', n(p.threshold)) : '');
  const review = $('.review', box);
  review.hidden = !p.reviewDue;
  $('.text', review).textContent = p.known ? t('popup_pending_reviewDue', n(settings.staleDays)) : '';
}

/** @param {import('../types/core').CooldownView[]} active @param {import('../types/core').CooldownView[]} ended */
function showCooldowns(active, ended) {
  const box = $('#cooldowns');
  $('.active-list', box).replaceChildren(...active.map((c) => el('li', {
    'data-warden': 'cooldown', 'data-slug': c.slug, 'data-name': c.name, 'data-until': c.until,
  },
  profileLink(c),
  el('span', { class: 'when' },
    el('time', { datetime: c.until }, t('popup_cooldown_until', showDate(c.until))),
    ` · ${counted('popup_daysLeft', c.daysLeft)}`))));
  $('.ended-list', box).replaceChildren(...ended.map((c) => el('li', {
    'data-warden': 'cooldown-ended', 'data-slug': c.slug, 'data-until': c.until,
  },
  profileLink(c),
  el('span', { class: 'when' },
    el('time', { datetime: c.until }, t('popup_ended_on', showDate(c.until))),
    ` · ${t('popup_ended_hint')}`))));
  $('.count', box).textContent = active.length ? n(active.length) : '';
  $('.empty', box).hidden = active.length > 0;
  $('.ended', box).hidden = ended.length === 0;
}

/** @param {import('../types/core').KeepView[]} keeps */
function showKeeps(keeps) {
  const box = $('#keeps');
  $('.keep-list', box).replaceChildren(...keeps.map((k) => {
    const name = k.name || k.slug;
    const unmark = el('button', { type: 'button', class: 'unmark', 'aria-label': t('popup_unmark_label', name) }, t('popup_unmark'));
    unmark.addEventListener('click', async () => {
      unmark.disabled = true;
      const answer = await write({ kind: 'setKeep', href: `/in/${k.slug}/`, name: k.name, keep: false });
      if (!answer?.ok) {
        unmark.disabled = false;
        localNotice = errorText(answer);
      }
      $('summary', box).focus();
      await refresh();
    });
    return el('li', { 'data-warden': 'kept', 'data-slug': k.slug }, profileLink(k), unmark);
  }));
  $('.count', box).textContent = keeps.length ? n(keeps.length) : '';
  $('.empty', box).hidden = keeps.length > 0;
}

/** The settings form's input of a field (built by buildSettingsForm). @param {string} field */
function input(field) {
  return /** @type {HTMLInputElement} */ ($(`#f-${field}`));
}

// The settings form, built once from the core's description of each setting (name, range,
// unit, label key): a number field each, a checkbox for a switch.
/** @type {SettingField[]} */
let fields = [];
/** @param {SettingField[]} description */
function buildSettingsForm(description) {
  if (fields.length || !description?.length) return;
  fields = description;
  const box = $('[data-warden="setting-fields"]');
  for (const f of description) {
    const id = `f-${f.name}`;
    const label = el('label', { for: id }, t(f.label));
    if (f.unit === 'switch') {
      box.append(el('div', { class: ['field', 'check'].join(' ') },
        el('input', { id, name: f.name, type: 'checkbox' }), label));
      continue;
    }
    box.append(el('div', { class: 'field', 'data-field': f.name, 'data-unit': f.unit }, label,
      el('input', { id, name: f.name, type: 'number', inputmode: 'numeric', step: '1', min: String(f.min), max: String(f.max), 'aria-describedby': `e-${f.name}` }),
      el('p', { id: `e-${f.name}`, class: 'field-error', 'data-warden': 'field-error', 'data-field': f.name }),
      ...(f.name === 'staleDays' ? [el('p', { class: 'field-source', 'data-warden': 'stale-source', hidden: '' })] : []),
      ...(f.name === 'weeklyLimit' ? [el('p', { class: 'field-source', 'data-warden': 'limit-source', hidden: '' })] : [])));
  }
}

const numbers = () => fields.filter((f) => f.unit !== 'switch');
const switches = () => fields.filter((f) => f.unit === 'switch');

/** @param {Settings} settings @param {SettingField[]} description */
function showSettings(settings, description) {
  buildSettingsForm(description);
  const shown = JSON.stringify(settings);
  if (formEdited || shown === formShows) return;
  formShows = shown;
  const byName = /** @type {Record<string, unknown>} */ (settings);
  for (const f of numbers()) input(f.name).value = String(byName[f.name]);
  for (const f of switches()) input(f.name).checked = Boolean(byName[f.name]);
  // Where the stale threshold came from, when it was the suggestion drawn from acceptances.
  const source = /** @type {HTMLElement | null} */ ($('[data-warden="stale-source"]'));
  if (source) {
    const from = settings.staleSource;
    showIf(source, from ? t('popup_stale_source', showDate(from.on), n(from.basedOn)) : '');
    if (from) source.dataset.on = from.on;
    else delete source.dataset.on;
  }
  // Where the weekly limit came from, when it was LinkedIn's weekly-limit message.
  const limitSource = /** @type {HTMLElement | null} */ ($('[data-warden="limit-source"]'));
  if (limitSource) {
    const from = settings.limitSource;
    showIf(limitSource, from ? t('popup_limit_source', showDate(from.seenOn), showDate(from.on)) : '');
    if (from) limitSource.dataset.seenOn = from.seenOn;
    else delete limitSource.dataset.seenOn;
  }
  /** @type {HTMLButtonElement} */ ($('#settings-form [type="submit"]')).disabled = false;
}

// What became of the invitations Warden followed: never more than it knows ("left the list,
// most likely accepted").
/** @param {import('../types/core').OutcomesView} o @param {FiguresView} [f] */
function showOutcomes(o, f) {
  const box = $('#outcomes');
  box.dataset.warden = 'outcomes';
  Object.assign(box.dataset, { accepted: o.accepted, withdrawn: o.withdrawn, pending: o.pending });
  // "Left the list" counts only those no profile confirmed; confirmed ones are said apart.
  setText($('.counts', box), t('popup_outcomes_line', n(f ? f.likely : o.accepted), n(o.pending), n(o.withdrawn)));
  if (f) showFigures(box, f);
}

const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
const pc = (/** @type {number} */ share) => percent.format(share / 100);
const days1 = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

// The acceptance figures, as the core computed them; below the core's minimum of known
// outcomes they are hidden and "not enough data yet" says how many there are.
/** @param {HTMLElement} box @param {FiguresView} f */
function showFigures(box, f) {
  Object.assign(box.dataset, {
    confirmed: f.confirmed, likely: f.likely, expired: f.expired, basedOn: f.known,
    enough: String(f.enough), rate: f.rate ?? '', medianDays: f.medianDays ?? '',
    withNoteRate: f.withNote.rate ?? '', withoutNoteRate: f.withoutNote.rate ?? '',
  });
  for (const w of f.within) box.setAttribute(`data-within-${w.days}`, String(w.share));
  showIf($('.confirmed', box), f.confirmed ? t('popup_outcomes_confirmed', n(f.confirmed)) : '');
  showIf($('.expired', box), f.expired ? t('popup_outcomes_expired', n(f.expired)) : '');
  const area = $('.acceptance', box);
  area.hidden = f.known === 0;
  showIf($('.not-enough', area), f.enough ? '' : t('popup_figures_notEnough', n(f.known), n(f.needed)));
  const numbers = $('.numbers', area);
  numbers.hidden = !f.enough;
  $('.based-on', numbers).textContent = t('popup_figures_basedOn', n(f.known), n(f.accepted), n(f.withdrawn), n(f.expired));
  $('.rate', numbers).textContent = f.rate == null ? '' : t('popup_figures_rate', pc(f.rate));
  const note = (/** @type {string} */ key, /** @type {import('../types/core').NoteFigure} */ x) => t(key, x.rate == null ? '–' : pc(x.rate), n(x.accepted), n(x.known));
  $('.notes', numbers).textContent = `${note('popup_figures_withNote', f.withNote)} · ${note('popup_figures_withoutNote', f.withoutNote)}`;
  $('.median', numbers).textContent = f.medianDays == null ? '' : t('popup_figures_median', days1.format(f.medianDays));
  $('.within', numbers).textContent = f.within.map((w) => t('popup_figures_within', n(w.days), pc(w.share))).join(' · ');
  drawChart($('.chart', numbers), f.chart, last?.settings?.staleDays);
  showSuggestion($('.suggestion', area), f.suggestion);
}

// The cumulative curve of days to acceptance: a step line through the core's points, one
// circle per point, the stale threshold as a dashed line. Built with DOM calls, no markup text.
const SVG = 'http://www.w3.org/2000/svg';
/** @param {string} tag @param {Record<string, string | number>} [attrs] @param {string} [text] */
function svg(tag, attrs = {}, text = '') {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text) node.textContent = text;
  return node;
}
/** @param {HTMLElement} figure @param {import('../types/core').Share[]} points @param {number} [staleDays] */
function drawChart(figure, points, staleDays) {
  const W = 300, H = 120, L = 30, B = 18, T = 6, R = 6;
  const maxDays = Math.max(28, staleDays ?? 0, ...points.map((p) => p.days));
  const x = (/** @type {number} */ d) => L + (d / maxDays) * (W - L - R);
  const y = (/** @type {number} */ share) => T + (1 - share / 100) * (H - T - B);
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'data-warden': 'outcomes-chart',
    'aria-label': t('popup_chart_label', n(points.length)),
  });
  chart.append(svg('line', { x1: L, y1: y(0), x2: W - R, y2: y(0), class: 'axis' }),
    svg('line', { x1: L, y1: y(0), x2: L, y2: y(100), class: 'axis' }),
    svg('text', { x: L - 4, y: y(100) + 4, 'text-anchor': 'end', class: 'tick' }, pc(100)),
    svg('text', { x: L - 4, y: y(0), 'text-anchor': 'end', class: 'tick' }, pc(0)));
  for (const d of [0, 7, 14, 21, 28].filter((v) => v <= maxDays)) {
    chart.append(svg('text', { x: x(d), y: H - 4, 'text-anchor': 'middle', class: 'tick' }, n(d)));
  }
  chart.append(svg('text', { x: W - R, y: H - 4, 'text-anchor': 'end', class: 'tick' }, t('popup_chart_days')));
  if (staleDays) chart.append(svg('line', { x1: x(staleDays), y1: y(0), x2: x(staleDays), y2: y(100), class: 'stale' }));
  const steps = [[x(0), y(0)]];
  let previous = 0;
  for (const p of points) {
    steps.push([x(p.days), y(previous)], [x(p.days), y(p.share)]);
    previous = p.share;
  }
  steps.push([x(maxDays), y(previous)]);
  chart.append(svg('polyline', { points: steps.map(([a, b]) => `${a.toFixed(1)},${b.toFixed(1)}`).join(' '), class: 'curve' }));
  for (const p of points) {
    chart.append(svg('circle', { cx: x(p.days).toFixed(1), cy: y(p.share).toFixed(1), r: 2.5, class: 'point', 'data-days': p.days, 'data-share': p.share }));
  }
  figure.replaceChildren(chart);
}

// The stale threshold the user's own acceptances suggest: only their click applies it.
/** @param {HTMLElement} area @param {import('../types/core').Suggestion | null} g */
function showSuggestion(area, g) {
  area.hidden = !g;
  area.dataset.warden = 'stale-suggestion';
  if (!g) return;
  Object.assign(area.dataset, { withinDays: g.withinDays, staleDays: g.staleDays, current: String(g.current) });
  const lines = [t('popup_suggest_text', pc(95), n(g.withinDays), n(g.afterDays), n(g.afterCount), n(g.accepted))];
  if (g.raised) lines.push(t('popup_suggest_raised', n(g.staleDays)));
  if (g.current) lines.push(t('popup_suggest_current', n(g.staleDays)));
  $('.text', area).textContent = lines.join(' ');
  const button = $('.apply-suggestion', area);
  button.dataset.warden = 'apply-stale-suggestion';
  button.textContent = t('popup_suggest_apply', n(g.staleDays));
  button.hidden = g.current;
}

/** @param {Event} event */
async function applySuggestion(event) {
  const button = /** @type {HTMLButtonElement} */ (event.currentTarget);
  const status = $('#outcomes .suggestion .status');
  button.disabled = true;
  const answer = await write({ kind: 'applyStaleSuggestion' });
  button.disabled = false;
  if (answer?.ok) {
    formShows = null;
    say(status, t('popup_suggest_applied', n(answer.settings?.staleDays ?? 0)));
    await refresh();
  } else {
    say(status, errorText(answer), 'bad');
  }
}

/** @param {PopupView} view */
function render(view) {
  last = view;
  showNotices(view.notices ?? []);
  showUnsaved(view.unsaved ?? 0);
  showSetAside(view.setAside ?? []);
  showImports(view.imports ?? []);
  showQuota(view.quota);
  showTold(view.told);
  showPending(view.pending, view.settings);
  showOutcomes(view.outcomes ?? { accepted: 0, withdrawn: 0, pending: 0 }, view.figures);
  showCooldowns(view.cooldowns ?? [], view.ended ?? []);
  showKeeps(view.keeps ?? []);
  showSettings(view.settings, view.settingFields);
  offerFiles();
}

// One refresh at a time, in order: the latest stored state always wins.
let refreshing = Promise.resolve();
function refresh() {
  refreshing = refreshing.then(async () => {
    const view = await read({ kind: 'popup' }).catch((e) => ({ error: 'wasm', detail: String(e?.message ?? e) }));
    if (view && !view.error) {
      render(/** @type {PopupView} */ (view));
      document.documentElement.dataset.view = 'fresh';
      // Busy until the core's own answer is shown: the last view shown before it may be older.
      $('#main').setAttribute('aria-busy', 'false');
    }
    else {
      localNotice = errorText(view);
      showNotices(last?.notices ?? []);
      $('#main').setAttribute('aria-busy', 'false');
    }
  });
  return refreshing;
}

// ------------------------------------------------------------------------- settings form

/** @param {import('../types/core').SettingError} error */
function fieldMessage(error) {
  if (error.reason === 'outOfRange') {
    const range = fields.find((f) => f.name === error.field);
    if (range?.min != null) return t('popup_err_outOfRange', n(range.min), n(/** @type {number} */ (range.max)));
  }
  return api.i18n.getMessage(`popup_err_${error.reason}`) || t('popup_err_unknown');
}

function clearFieldErrors() {
  for (const f of numbers()) {
    input(f.name).removeAttribute('aria-invalid');
    $(`#e-${f.name}`).textContent = '';
  }
}

/** @param {Event} event */
async function saveSettings(event) {
  event.preventDefault();
  const form = /** @type {HTMLFormElement} */ (event.currentTarget);
  const status = $('.status', form);
  const submit = /** @type {HTMLButtonElement} */ ($('[type="submit"]', form));
  /** @type {Record<string, string | boolean>} */
  const values = Object.fromEntries(numbers().map((f) => [f.name, input(f.name).value]));
  for (const f of switches()) values[f.name] = input(f.name).checked;
  clearFieldErrors();
  submit.disabled = true;
  const answer = await write({ kind: 'saveSettingsForm', form: values });
  submit.disabled = false;
  if (answer?.ok) {
    formEdited = false;
    formShows = null;
    say(status, t('popup_settings_saved'));
    await refresh();
  } else if (Array.isArray(answer?.errors)) {
    for (const error of answer.errors) {
      const field = /** @type {HTMLInputElement | null} */ (input(error.field));
      if (!field) continue;
      field.setAttribute('aria-invalid', 'true');
      $(`#e-${error.field}`).textContent = fieldMessage(error);
    }
    say(status, t('popup_settings_invalid'), 'bad');
    /** @type {HTMLElement | null} */ (form.querySelector('[aria-invalid="true"]'))?.focus();
  } else {
    say(status, errorText(answer), 'bad');
  }
}

// ------------------------------------------------------------------------- backups

// The backup files are made in this page, ahead of the click: each export control is an
// <a download> of a blob URL, renewed whenever the data changes, so the user's own click
// downloads it (no network, no permission, nothing clicked for the user).
/**
 * @param {HTMLAnchorElement} link
 * @param {'exportJson' | 'exportCsv' | 'exportHistoryCsv'} kind
 * @param {string} type
 */
async function offerFile(link, kind, type) {
  /** @type {Partial<ExportAnswer> & Partial<ErrorAnswer>} */
  const answer = await read({ kind }).catch((e) => ({ error: 'wasm', detail: String(e?.message ?? e) }));
  if (typeof answer?.text !== 'string') return say($('#backups .status'), errorText(answer), 'bad');
  const parts = type === 'text/csv' ? ['\uFEFF', answer.text] : [answer.text]; // the BOM lets spreadsheets read UTF-8
  const old = link.getAttribute('href');
  link.href = URL.createObjectURL(new Blob(parts, { type: `${type};charset=utf-8` }));
  link.download = /** @type {string} */ (answer.filename);
  link.removeAttribute('aria-disabled');
  if (old) setTimeout(() => URL.revokeObjectURL(old), 60_000);
}

function offerFiles() {
  offerFile(/** @type {HTMLAnchorElement} */ ($('#backups .export-json')), 'exportJson', 'application/json');
  offerFile(/** @type {HTMLAnchorElement} */ ($('#backups .export-csv')), 'exportCsv', 'text/csv');
  offerFile(/** @type {HTMLAnchorElement} */ ($('#backups .export-history')), 'exportHistoryCsv', 'text/csv');
}

/** @param {MouseEvent} event */
function exported(event) {
  const link = /** @type {HTMLAnchorElement} */ (event.currentTarget);
  if (!link.getAttribute('href')) return event.preventDefault(); // Not ready yet.
  say($('#backups .status'), t('popup_exported', link.download));
}

/** @param {Event} event */
async function importFile(event) {
  const picker = /** @type {HTMLInputElement} */ (event.currentTarget);
  const file = picker.files?.[0];
  const status = $('#backups .status');
  if (!file) return;
  picker.value = ''; // The same file can be chosen again.
  if (last && file.size > last.importMaxBytes) return say(status, t('popup_import_tooLarge'), 'bad');
  say(status, t('popup_importing'));
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return say(status, errorText({ error: 'unreadableFile', detail: String(/** @type {any} */ (e)?.message ?? e) }), 'bad');
  }
  // The core reads the bytes as text here (refusing what is not UTF-8), then the one writer
  // merges the text.
  const read_ = await read({ kind: 'readFile', bytes });
  const answer = read_?.ok ? await write({ kind: 'import', text: /** @type {string} */ (read_.text) }) : read_;
  if (answer?.ok) {
    say(status, importedText(/** @type {ImportReport} */ (answer)));
    await refresh();
  } else {
    say(status, refusalText(answer), 'bad');
  }
}

// "Backup imported: 3 added, …", and what else the file held (too old, repeated, marks).
/** @param {ImportReport} report */
function importedText(report) {
  const parts = [t('popup_import_done', n(report.added), n(report.updated), n(report.unchanged))];
  if (report.tooOld > 0) parts.push(t('popup_import_tooOld', n(report.tooOld)));
  if (report.overLimit > 0) parts.push(t('popup_import_overLimit', n(report.overLimit)));
  if (report.duplicates > 0) parts.push(t('popup_import_duplicates', n(report.duplicates)));
  if (report.keepsAdded > 0) parts.push(t('popup_import_keepsAdded', n(report.keepsAdded)));
  return parts.join(' ');
}

// Why a file was refused, naming the entry at fault when one is.
/** @param {(Failure & {entry?: import('../types/core').EntryAt}) | null | undefined} answer */
function refusalText(answer) {
  const entry = answer?.entry;
  if (answer?.error === 'badEntry' && entry) {
    return t(`popup_import_badEntry_${entry.list}`, n(entry.place), entry.label || '?');
  }
  return api.i18n.getMessage(`popup_import_${answer?.error}`) || errorText(answer);
}

// ------------------------------------------------------------------------- layout report

// The anonymised description of the last Sent page and profile read, shown on the user's
// click and put on the clipboard for a bug report (nothing is sent anywhere).
async function copyLayoutReport() {
  const box = $('#layout');
  const answer = await read({ kind: 'layoutReport' });
  const parts = [answer?.sent, answer?.profile].filter((p) => typeof p === 'string');
  const area = /** @type {HTMLTextAreaElement} */ ($('.layout-text', box));
  if (!parts.length) {
    area.hidden = true;
    return say($('.status', box), t('popup_layout_none'), 'bad');
  }
  area.value = parts.join('\n\n');
  area.hidden = false;
  area.select();
  try {
    await navigator.clipboard.writeText(area.value);
    say($('.status', box), t('popup_layout_copied'));
  } catch {
    say($('.status', box), t('popup_layout_select'));
  }
}

// ------------------------------------------------------------------------- start

function applyViewPreferences() {
  for (const section of document.querySelectorAll('details[data-pref]')) {
    if (!(section instanceof HTMLDetailsElement)) continue;
    const name = `open.${section.dataset.pref}`;
    const saved = viewPreference(name);
    if (saved === '1' || saved === '0') section.open = saved === '1';
    section.addEventListener('toggle', () => setViewPreference(name, section.open ? '1' : '0'));
  }
}

function enableBackups() {
  const json = $('#backups .export-json');
  const csv = $('#backups .export-csv');
  const history = $('#backups .export-history');
  const picker = /** @type {HTMLInputElement} */ ($('#import-file'));
  json.dataset.warden = 'export-json';
  csv.dataset.warden = 'export-csv';
  history.dataset.warden = 'export-history-csv';
  history.addEventListener('click', exported);
  picker.dataset.warden = 'import';
  picker.disabled = false;
  json.addEventListener('click', exported);
  csv.addEventListener('click', exported);
  picker.addEventListener('change', importFile);
}

translatePage();
$('#settings-form').addEventListener('input', () => { formEdited = true; });
$('#settings-form').addEventListener('submit', saveSettings);
$('#layout .copy-layout').addEventListener('click', copyLayoutReport);
$('#outcomes .apply-suggestion').addEventListener('click', applySuggestion);
$('#told-limit .apply-limit').addEventListener('click', applyLimit);
$('#notices .dismiss').addEventListener('click', async () => {
  localNotice = '';
  const answer = await write({ kind: 'dismissNotices' });
  if (!answer?.ok) localNotice = errorText(answer);
  await refresh();
});
api.storage.onChanged.addListener((/** @type {Record<string, unknown>} */ changes, /** @type {string} */ area) => {
  // The state, the record of what waits to be saved (`warden.unsaved`, in either area), a copy
  // set aside; not a layout report.
  const watched = (/** @type {string} */ key) => /^warden($|\.(unsaved|aside\.))/.test(key);
  if (Object.keys(changes).some(watched)) refresh();
});
$('#unsaved .retry').addEventListener('click', async () => {
  await write({ kind: 'flush' });
  await refresh();
});

// What the core last wrote for this page (the background keeps it with each change), shown
// at once: the wasm takes a while to start. Only a view of today: yesterday's quota is not
// today's. The core's own answer replaces it as soon as it is in.
const SNAPSHOT_KEY = 'warden.popupView';
api.storage.local.get(SNAPSHOT_KEY).then((/** @type {Record<string, any>} */ items) => {
  const snapshot = items[SNAPSHOT_KEY];
  if (!snapshot || typeof snapshot !== 'object' || snapshot.today !== localToday() || last) return;
  try {
    render(/** @type {PopupView} */ (snapshot));
    document.documentElement.dataset.view = 'snapshot';
  } catch (e) {
    console.warn('[Warden] the last view could not be shown:', e); // the core's answer follows
  }
}, () => undefined);

ready.then(
  () => {
    applyViewPreferences();
    enableBackups();
    return refresh();
  },
  (/** @type {any} */ e) => {
    localNotice = errorText({ error: 'wasm', detail: String(e?.message ?? e) });
    showNotices([]);
    $('#main').setAttribute('aria-busy', 'false');
  },
);
