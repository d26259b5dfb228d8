// Visible text in the browser's UI language (from _locales), and small DOM builders that only
// ever put text in with textContent. A classic script shared by the content script and the
// popup (after lib/api.js).
// A substitution ending in an abbreviation's period ("9 nov.") right before the message's own
// full stop gives one period, not two; a period inside a substitution (a name "A.. B") stays.
Warden.t = (key, ...subs) => {
  const marks = subs.map((_, i) => `\u0001${i}\u0002`);
  const text = Warden.api.i18n.getMessage(key, marks) || key;
  return text.replace(/\u0001(\d+)\u0002(\.?)/g, (_, i, stop) => {
    const sub = String(subs[Number(i)]);
    return sub.endsWith('.') && stop ? sub : sub + stop;
  });
};

Warden.el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  for (const child of children) {
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
};

// A YYYY-MM-DD local date shown the reader's way ("20 Dec" / "20 déc.").
Warden.showDate = (iso) => {
  const [y, m, d] = String(iso).split('-').map(Number);
  if (!y || !m || !d) return String(iso);
  const date = new Date(y, m - 1, d);
  const withYear = y !== new Date().getFullYear();
  return date.toLocaleDateString(Warden.api.i18n.getUILanguage(), {
    day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}),
  });
};

// Counts the reader's way: "1,204" / "1 204" / "1.204", and the plural form of the UI
// language (Intl.PluralRules): `key_one`, `key_other`… in _locales, `key_other` when the
// language's form has no message of its own.
const uiLanguage = Warden.api.i18n.getUILanguage();
const numbers = new Intl.NumberFormat(uiLanguage);
const plurals = new Intl.PluralRules(uiLanguage);
Warden.number = (n) => numbers.format(n);
Warden.plural = (key, count) => Warden.api.i18n.getMessage(`${key}_${plurals.select(count)}`, [Warden.number(count)])
  || Warden.t(`${key}_other`, Warden.number(count));
