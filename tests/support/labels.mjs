// Four renderings of every fixture page (FIELD-NOTES §6, "A lesson from a peer that failed on
// French and German accounts": one MCP server renders every fixture four times, English labels,
// German labels, opaque tokens, empty aria values, and requires the same answer from each).
//
// A page asks for one with the sticky query parameter `labels`:
//   labels=en      every aria-label as the template wrote it (the default)
//   labels=de      every aria-label in German: the wording FIELD-NOTES §4 and §6 quote where they
//                  know it ("NAME als Kontakt einladen", "Ohne Notiz senden"), else a plausible
//                  German label ("Einladung an NAME zurückziehen": the German withdraw label was
//                  never found, §4)
//   labels=opaque  every aria-label replaced by an opaque token ("q…", the same token for the
//                  same original label, as a build that ships message ids instead of words would)
//   labels=empty   every aria-label present with an empty value
// Visible words, alts, hrefs, componentkeys, ids and test hooks are never touched: LinkedIn
// "translates what it PRINTS but not its MARKUP" (§6).
//
// It is ONE transformation, `relabel(label, mode, table)`, applied in two places: by the server
// to every aria-label attribute of the HTML it sends (whole documents, SPA fragments, scrolled-in
// cards), and by the fixture's own script (fixture-app.js gets this function's source) to every
// aria-label it sets on what it renders later: dialogs, toasts, Pending controls, the invite
// dialog inside the #interop-outlet shadow root. A test only adds `labels` to the page's URL.

import { TEXT } from './fixtures.mjs';
import { TEXT26 } from './fixtures-2026.mjs';

export const RENDERINGS = ['en', 'de', 'opaque', 'empty'];

/** The mode a query asks for (anything unknown is the English default). */
export function labelsMode(value) {
  return RENDERINGS.includes(value) ? value : 'en';
}

// German for each label-bearing key of the fixtures' word tables, `{}` standing for the name.
const GERMAN = {
  withdrawLabel: 'Einladung an {} zurückziehen', // not found (§4): plausible
  withdrawnLabel: 'Einladung an {} zurückgezogen', // plausible
  connectLabel: '{} als Kontakt einladen', // §4, verbatim (2026-07-15)
  pendingLabel: 'Ausstehend, klicken, um die an {} gesendete Einladung zurückzuziehen', // plausible
  picture: '{}s Profilbild', // the wording, as TEXT26.de
  dismiss: 'Schließen',
  addNote: 'Nachricht hinzufügen', // §6, a real German dialog
  sendWithout: 'Ohne Notiz senden', // §6, a real German dialog
  sendInvitation: 'Einladung senden',
  moreActions: 'Weitere Aktionen',
};

// Labels the word tables do not hold (the shapes of §6 and the page shell), English -> German.
const EXTRA = [
  ['{}’s profile picture', '{}s Profilbild'], // §6, possessive alt and label
  ['Accept {}’s request to connect', 'Kontaktanfrage von {} annehmen'], // §6, incoming request
  ['Ignore {}’s request to connect', 'Kontaktanfrage von {} ignorieren'],
  ['Follow {}', '{} folgen'],
  ['Following {}', '{} wird gefolgt'],
  ['Message {}', 'Nachricht an {}'],
  ['Page {}', 'Seite {}'],
  ['Primary Navigation', 'Hauptnavigation'],
  ['Invitation direction', 'Richtung der Einladungen'],
  ['Invitation type', 'Art der Einladung'],
  ['Loading', 'Wird geladen'],
  ['Pending', 'Ausstehend'],
  ['More', 'Mehr'],
  ['Verified', 'Verifiziert'],
  ['Premium', 'Premium-Mitglied'],
  ['Email', 'E-Mail-Adresse'],
  ['Send', 'Senden'],
];

const quote = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const templateOf = (v) => (typeof v === 'function' ? v('{}') : v);

function entry(template, german) {
  const parts = template.split('{}').map(quote);
  return [`^${parts.join('(.+?)')}$`, german];
}

/**
 * The table `relabel` reads for labels=de: [regex source, German template] pairs, from every
 * language of the word tables (a French page's label becomes German too) and EXTRA. Longer
 * templates first, so that "Withdrawn…" is not read as "Withdraw…".
 */
export function germanTable() {
  const rows = new Map();
  for (const table of [TEXT, TEXT26]) {
    for (const words of Object.values(table)) {
      for (const [key, german] of Object.entries(GERMAN)) {
        const t = templateOf(words[key]);
        if (t) rows.set(t, german);
      }
    }
  }
  for (const [en, de] of EXTRA) rows.set(en, de);
  return [...rows].sort((a, b) => b[0].length - a[0].length).map(([t, de]) => entry(t, de));
}

/**
 * THE transformation: one aria-label in the requested rendering. Self-contained (its source is
 * sent to the page as it is): no reference to anything outside its arguments.
 * @param {string} label the label as the template wrote it
 * @param {'en'|'de'|'opaque'|'empty'} mode
 * @param {Array<[string, string]>} table germanTable()
 */
export function relabel(label, mode, table) {
  if (label === null || label === undefined || mode === 'en' || !mode) return label;
  if (mode === 'empty') return '';
  if (mode === 'opaque') {
    if (label === '') return '';
    let h = 0x811c9dc5;
    for (let k = 0; k < label.length; k += 1) {
      h ^= label.charCodeAt(k);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return `q${h.toString(36)}`;
  }
  for (const [source, german] of table) {
    const m = new RegExp(source).exec(label);
    if (m) return german.split('{}').join(m[1] ?? '');
  }
  return label; // already German, or a label no table knows: left as it is
}

const unescape = (s) => s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');

let table;
/** Every aria-label attribute of server-rendered markup, in the requested rendering. */
export function relabelHtml(html, mode) {
  if (!html || mode === 'en') return html;
  table ??= germanTable();
  // Attribute values are escaped by the templates (esc): a `"` never occurs inside one.
  return html.replace(/(\saria-label=)"([^"]*)"/g, (_, name, value) => `${name}"${escape(relabel(unescape(value), mode, table))}"`);
}

/** What fixture-app.js needs to apply the same transformation in the page. */
export function clientLabels() {
  table ??= germanTable();
  return { table, source: relabel.toString() };
}
