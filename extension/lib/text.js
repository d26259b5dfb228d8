// Visible text in the browser's UI language (from _locales), and the one DOM builder, which
// only ever puts text in with textContent. Shared by the content script and the popup.

import { api } from './api.js';
import { mark } from './own.js';

/**
 * A message of _locales with its substitutions. A substitution ending in an abbreviation's
 * period ("9 nov.") right before the message's own full stop gives one period, not two; a
 * period inside a substitution (a name "A.. B") stays.
 * @param {string} key
 * @param {...(string | number)} subs
 * @returns {string}
 */
export function t(key, ...subs) {
  const marks = subs.map((_, i) => `\u0001${i}\u0002`);
  const text = api.i18n.getMessage(key, marks) || key;
  // eslint-disable-next-line no-control-regex -- the marks are control characters no message holds
  return text.replace(/\u0001(\d+)\u0002(\.?)/g, (/** @type {string} */ _, /** @type {string} */ i, /** @type {string} */ stop) => {
    const sub = String(subs[Number(i)]);
    return sub.endsWith('.') && stop ? sub : sub + stop;
  });
}

/**
 * An element with attributes and children (text as text nodes). An element with a
 * `data-warden` hook is registered as Warden's own (own.js) as it is made.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
 * @param {...(string | Node)} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  if (attrs['data-warden'] !== undefined) {
    mark(node);
    // Warden's own texts go the way their language goes, not the page's nor the browser's
    // (an RTL page or browser would mirror English texts: "100 / 0").
    if (attrs.dir === undefined && !node.hasAttribute('dir')) node.dir = textDirection();
  }
  return node;
}

/** @type {'ltr' | 'rtl' | null} */
let direction = null;
/**
 * The direction of the messages shown (`textDirection` of _locales), read once: a content
 * script that outlived its extension can no longer read messages, and still words its notice.
 */
export const textDirection = () => (direction ??= api.i18n.getMessage('textDirection') === 'rtl' ? 'rtl' : 'ltr');

/**
 * The language dates and numbers are shown in: the language of the browser when the messages
 * shown are in it (en-GB dates for an English browser in Britain); else the language of the
 * messages (English messages in an Arabic browser show English digits and dates, not a mix).
 */
export function textLanguage() {
  const ui = /** @type {string} */ (api.i18n.getUILanguage());
  const shown = api.i18n.getMessage('textLanguage') || 'en';
  return ui.split('-')[0].toLowerCase() === shown.split('-')[0].toLowerCase() ? ui : shown;
}

/**
 * A YYYY-MM-DD local date shown the reader's way ("20 Dec" / "20 déc.").
 * @param {string} iso
 */
export function showDate(iso) {
  const [y, m, d] = String(iso).split('-').map(Number);
  if (!y || !m || !d) return String(iso);
  const date = new Date(y, m - 1, d);
  const withYear = y !== new Date().getFullYear();
  return date.toLocaleDateString(textLanguage(), {
    day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}),
  });
}

/** @type {{numbers: Intl.NumberFormat, plurals: Intl.PluralRules} | null} */
let intl = null;
const formats = () => (intl ??= { numbers: new Intl.NumberFormat(textLanguage()), plurals: new Intl.PluralRules(textLanguage()) });

/** A count the reader's way: "1,204" / "1 204" / "1.204". @param {number} n */
export const number = (n) => formats().numbers.format(n);

/**
 * The plural form of the UI language (Intl.PluralRules): `key_one`, `key_other`… in
 * _locales, `key_other` when the language's form has no message of its own.
 * @param {string} key
 * @param {number} count
 */
export const plural = (key, count) => api.i18n.getMessage(`${key}_${formats().plurals.select(count)}`, [number(count)])
  || t(`${key}_other`, number(count));
