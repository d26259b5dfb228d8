// LinkedIn-like fixture pages, generated from template functions: the layouts older than the
// field notes' 2026 captures (those are in fixtures-2026.mjs, each naming its section). The
// 'old' layout (li.invitation-card, artdeco modals, numbered pages) is the older shape the
// brief and FIELD-NOTES §2 ("Older shapes") name; the 'new' layout is version one's
// reconstruction of the 2024-25 page (role=listitem, data-view-name, hashed classes), kept
// because accounts switch layouts gradually and the notes are silent on it.
//
// Everything here is deterministic: card i (1-based) always has the same slug, name,
// headline and age, so tests can compare what the extension shows with `expectedCards()`.
// Every piece of text is HTML-escaped on the way into markup (`esc`); with `hostile: true`
// some names *contain* markup characters, which therefore end up as visible text.

import { labelsMode } from './labels.mjs';

export const ORIGIN = 'https://www.linkedin.com';
export const SENT_PATH = '/mynetwork/invitation-manager/sent/';

/** Ages (in days) cycled through by card index; every bucket and hint boundary is covered. */
export const AGE_CYCLE = [0, 1, 3, 6, 7, 10, 14, 20, 21, 25, 27, 28, 30, 60, 365, 730];

export const DEFAULTS = Object.freeze({
  n: 25, // cards in the whole Sent list
  size: 10, // cards shown at first (new layout) / per numbered page (old layout)
  more: 10, // cards appended by one "Load more"
  delay: 100, // ms between a confirm click and the page's reaction
  seed: 'a', // seed of the new layout's hashed class names
});

/** Query parameters that links inside fixture pages carry over (so SPA and page loads keep them). */
export const STICKY_PARAMS = [
  'layout', 'lang', 'n', 'size', 'more', 'hostile', 'fail', 'limit', 'delay', 'dialog', 'lazy', 'total',
  'seed', 'csp', 'profile', 'stated', 'toast', 'bounce', 'switch', 'gone', 'clobber',
  // The renderings and the shapes of FIELD-NOTES §6 (labels.mjs, fixtures-2026.mjs).
  'labels', 'tabs', 'pages', 'icon', 'virtual', 'loading', 'connect', 'gate', 'navmore', 'search', 'pfirst', 'sfirst',
];

/** Every visible string the fixture pages use, per language. */
export const TEXT = {
  en: {
    people: (n) => `People (${n})`,
    pages: (n) => `Pages (${n})`,
    withdraw: 'Withdraw',
    withdrawLabel: (name) => `Withdraw invitation sent to ${name}`,
    withdrawTitle: 'Withdraw invitation',
    withdrawBody: (name) =>
      `If you withdraw now, you won’t be able to resend to ${name} for up to 3 weeks.`,
    cancel: 'Cancel',
    dismiss: 'Dismiss',
    withdrawn: 'Invitation withdrawn',
    error: 'Something went wrong. Please try again.',
    loadMore: 'Load more',
    empty: 'No pending invitations',
    manage: 'Manage invitations',
    received: 'Received',
    sent: 'Sent',
    connect: 'Connect',
    connectLabel: (name) => `Invite ${name} to connect`,
    message: 'Message',
    inviteTitle: 'Add a note to your invitation?',
    inviteBody: (name) =>
      `Personalize your invitation to ${name} by adding a note. LinkedIn members are more likely to accept invitations that include a note.`,
    addNote: 'Add a note',
    sendWithout: 'Send without a note',
    send: 'Send',
    notePlaceholder: 'Ex: We know each other from…',
    invitationSent: 'Invitation sent',
    limitTitle: 'You’ve reached the weekly invitation limit',
    limitBody: 'Your invitation wasn’t sent. You can send more invitations next week.',
    gotIt: 'Got it',
    pending: 'Pending',
    pendingLabel: (name) => `Pending, click to withdraw invitation sent to ${name}`,
    home: 'Home',
    myNetwork: 'My Network',
    sentInvitations: 'Sent invitations',
    jobs: 'Jobs',
    feedTitle: 'Feed',
    startPost: 'Start a post',
    pymk: 'People you may know',
    about: 'About',
    alsoViewed: 'People also viewed',
    notFound: 'This page doesn’t exist',
    moreActions: 'More actions',
    manageInv: 'Manage',
  },
  fr: {
    people: (n) => `Personnes (${n})`,
    pages: (n) => `Pages (${n})`,
    withdraw: 'Retirer',
    withdrawLabel: (name) => `Retirer l’invitation envoyée à ${name}`,
    withdrawTitle: 'Retirer l’invitation',
    withdrawBody: (name) =>
      `Si vous retirez cette invitation maintenant, vous ne pourrez pas renvoyer d’invitation à ${name} pendant 3 semaines maximum.`,
    cancel: 'Annuler',
    dismiss: 'Fermer',
    withdrawn: 'Invitation retirée',
    error: 'Un problème est survenu. Veuillez réessayer.',
    loadMore: 'Afficher plus',
    empty: 'Aucune invitation en attente',
    manage: 'Gérer les invitations',
    received: 'Reçues',
    sent: 'Envoyées',
    connect: 'Se connecter',
    connectLabel: (name) => `Invitez ${name} à rejoindre votre réseau`,
    message: 'Message',
    inviteTitle: 'Ajouter une note à votre invitation ?',
    inviteBody: (name) =>
      `Personnalisez votre invitation à ${name} en ajoutant une note. Les membres LinkedIn acceptent plus volontiers les invitations accompagnées d’une note.`,
    addNote: 'Ajouter une note',
    sendWithout: 'Envoyer sans note',
    send: 'Envoyer',
    notePlaceholder: 'Ex. : Nous nous sommes rencontrés…',
    invitationSent: 'Invitation envoyée',
    limitTitle: 'Vous avez atteint la limite hebdomadaire d’invitations',
    limitBody: 'Votre invitation n’a pas été envoyée. Vous pourrez en envoyer d’autres la semaine prochaine.',
    gotIt: 'J’ai compris',
    pending: 'En attente',
    pendingLabel: (name) => `En attente, cliquez pour retirer l’invitation envoyée à ${name}`,
    home: 'Accueil',
    myNetwork: 'Réseau',
    sentInvitations: 'Invitations envoyées',
    jobs: 'Emplois',
    feedTitle: 'Fil d’actualité',
    startPost: 'Commencer un post',
    pymk: 'Personnes que vous pourriez connaître',
    about: 'Infos',
    alsoViewed: 'Autres profils consultés',
    notFound: 'Cette page n’existe pas',
    moreActions: 'Plus d’actions',
    manageInv: 'Gérer',
  },
};

/** The words of a language's pages (English where the older layouts were never seen in it). */
export function textOf(lang) {
  return TEXT[lang] ?? TEXT.en;
}

/** The subset of TEXT (plain strings and the templates app.js needs) sent to the browser. */
export function clientText() {
  const out = {};
  for (const [lang, t] of Object.entries(TEXT)) {
    out[lang] = {};
    for (const [k, v] of Object.entries(t)) {
      // Functions become templates with a `{}` placeholder.
      out[lang][k] = typeof v === 'function' ? v('{}') : v;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Deterministic people

const FIRST = [
  'Alice', 'Bruno', 'Chloé', 'Daniel', 'Élodie', 'Farid', 'Grace', 'Hiroshi', 'Inès', 'Jonas',
  'Katarzyna', 'Liam', 'María José', 'Nadia', 'Olusegun', 'Priya', 'Quentin', 'Rosa', 'Seán',
  'Thi Lan', 'Ugo', 'Valentina', 'Wei', 'Ximena', 'Zoë',
];
const LAST = [
  'Martin', 'O’Brien', 'Müller', 'Dupont', 'García', 'Nguyen', 'Kowalski', 'Smith-Jones', 'Rossi',
  'Haddad', 'Tanaka', 'Johansson', 'Okafor', 'van der Berg', 'Patel', 'Lefèvre', 'Costa', 'Kim',
  'Schmidt', 'Moreau', 'Silva', 'Ivanova', 'Fischer', 'Bianchi', 'D’Angelo', 'Cohen', 'Nakamura',
  'Andersen', 'Mbappé', 'Novak', 'Fernández', 'Laurent', 'Wójcik', 'Papadopoulos', 'Yılmaz',
  'Chen', 'Brown', 'Lambert', 'Santos', 'Horváth', 'Eriksson',
];
const HEADLINES = [
  'Account Executive at Acme',
  'Talent Partner · Recruiting @ Globex',
  'Founder & CEO at Initech',
  'VP Sales | SaaS | B2B <growth>',
  'Senior Software Engineer',
  'Responsable du développement commercial chez Dupont & Fils',
  'Head of People — "We’re hiring!"',
  'Student at Université Paris-Saclay',
];
const HOSTILE = [
  (i) => `<img src=x onerror=alert(${i})>Eve ${i}`,
  (i) => `"><svg onload=alert(${i})>Mallory ${i}`,
  (i) => `Trudy <script>alert(${i})</script>`,
  (i) => `Oscar &amp; &lt;b&gt;bold&lt;/b&gt; ${i}`,
  (i) => `Ivan' onmouseover='alert(${i})' x='`,
];

function slugIndex(slug) {
  const m = /^person-(\d+)$/.exec(slug);
  return m ? Number(m[1]) : null;
}

/** Name of card / profile i (unique for i <= 1025). */
export function personName(i, { hostile = false } = {}) {
  if (hostile && i % 3 === 2) return HOSTILE[Math.floor(i / 3) % HOSTILE.length](i);
  const base = `${FIRST[(i - 1) % FIRST.length]} ${LAST[(i - 1) % LAST.length]}`;
  return i > FIRST.length * LAST.length ? `${base} ${i}` : base;
}

export function personHeadline(i) {
  return HEADLINES[(i - 1) % HEADLINES.length];
}

/** Name shown on /in/SLUG/: person-i gets personName(i), other slugs a title-cased slug. */
export function nameForSlug(slug, opts) {
  const i = slugIndex(slug);
  if (i) return personName(i, opts);
  return slug
    .split('-')
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

// ---------------------------------------------------------------------------------------
// Age lines

// For each age in AGE_CYCLE: wordings whose *parsed* value (per CONTRACT.md) is exactly that
// age. Card i uses wording number floor((i-1)/AGE_CYCLE.length), so later rounds vary words.
const EXACT = {
  en: {
    0: ['Sent today', 'Sent 5 hours ago', 'Sent 12 minutes ago'],
    1: ['Sent yesterday', 'Sent 1 day ago'],
    7: ['Sent 1 week ago', 'Sent a week ago'],
    14: ['Sent 2 weeks ago'],
    21: ['Sent 3 weeks ago'],
    28: ['Sent 4 weeks ago'],
    30: ['Sent a month ago', 'Sent 1 month ago'],
    60: ['Sent 2 months ago'],
    365: ['Sent a year ago', 'Sent 1 year ago'],
    730: ['Sent 2 years ago'],
    days: (d) => `Sent ${d} days ago`,
  },
  fr: {
    0: ['Envoyée aujourd’hui', 'Envoyée il y a 5 heures', 'Envoyée il y a 12 minutes'],
    1: ['Envoyée hier', 'Envoyée il y a 1 jour'],
    7: ['Envoyée il y a 1 semaine', 'Envoyée il y a une semaine'],
    14: ['Envoyée il y a 2 semaines'],
    21: ['Envoyée il y a 3 semaines'],
    28: ['Envoyée il y a 4 semaines'],
    30: ['Envoyée il y a un mois', 'Envoyée il y a 1 mois'],
    60: ['Envoyée il y a 2 mois'],
    365: ['Envoyée il y a un an', 'Envoyée il y a 1 an'],
    730: ['Envoyée il y a 2 ans'],
    days: (d) => `Envoyée il y a ${d} jours`,
  },
  // German: FIELD-NOTES §4 (verbatim: "Vor 53 Minuten gesendet", "Vor 3 Wochen gesendet";
  // inferred from test inputs: "Gestern gesendet", "Vor 2 Monaten gesendet", "Vor 1 Jahr gesendet").
  de: {
    0: ['Vor 53 Minuten gesendet', 'Vor 5 Stunden gesendet'],
    1: ['Gestern gesendet', 'Vor 1 Tag gesendet'],
    7: ['Vor 1 Woche gesendet'],
    14: ['Vor 2 Wochen gesendet'],
    21: ['Vor 3 Wochen gesendet'],
    28: ['Vor 4 Wochen gesendet'],
    30: ['Vor 1 Monat gesendet'],
    60: ['Vor 2 Monaten gesendet'],
    365: ['Vor 1 Jahr gesendet'],
    730: ['Vor 2 Jahren gesendet'],
    days: (d) => `Vor ${d} Tagen gesendet`,
  },
  // Portuguese (Brazil): FIELD-NOTES §4 ("Enviado hoje", "Enviado ontem", "Enviado há 3
  // semanas", "Enviado há 1 mês", "Enviada há 2 horas"); the other counts follow that shape.
  pt: {
    0: ['Enviado hoje', 'Enviada há 2 horas'],
    1: ['Enviado ontem'],
    7: ['Enviado há 1 semana'],
    14: ['Enviado há 2 semanas'],
    21: ['Enviado há 3 semanas'],
    28: ['Enviado há 4 semanas'],
    30: ['Enviado há 1 mês'],
    60: ['Enviado há 2 meses'],
    365: ['Enviado há 1 ano'],
    730: ['Enviado há 2 anos'],
    days: (d) => `Enviado há ${d} dias`,
  },
  // Italian: not found in public (FIELD-NOTES §4); the shape of the core's Italian table.
  it: {
    0: ['Inviato oggi', 'Inviato 5 ore fa'],
    1: ['Inviato ieri'],
    7: ['Inviato 1 settimana fa'],
    14: ['Inviato 2 settimane fa'],
    21: ['Inviato 3 settimane fa'],
    28: ['Inviato 4 settimane fa'],
    30: ['Inviato 1 mese fa'],
    60: ['Inviato 2 mesi fa'],
    365: ['Inviato 1 anno fa'],
    730: ['Inviato 2 anni fa'],
    days: (d) => `Inviato ${d} giorni fa`,
  },
};

/** Wording with parsed value exactly `days` (days must be in AGE_CYCLE or any day count < 7). */
export function exactAgeText(days, lang = 'en', variant = 0) {
  const table = EXACT[lang] ?? EXACT.en;
  const opts = table[days];
  if (opts) return opts[variant % opts.length];
  return table.days(days);
}

/** LinkedIn-style rounded wording (used next to a `<time datetime>` that carries the truth). */
export function coarseAgeText(days, lang = 'en') {
  if (days < 2) return exactAgeText(days, lang, 0);
  if (days < 7) return exactAgeText(days, lang);
  if (days < 30) return exactAgeText(Math.floor(days / 7) * 7, lang);
  if (days < 365) return exactAgeText(Math.floor(days / 30) * 30, lang);
  return exactAgeText(Math.floor(days / 365) * 365, lang);
}

const NBSP = '\u00a0';

/**
 * Old layout age element kind of card i:
 *  'time'     `<time class="time-badge">Sent …</time>` (no datetime)
 *  'span'     `<span class="time-badge">Sent …</span>`
 *  'datetime' `<time class="time-badge" datetime="ISO">` + rounded words (datetime wins)
 * The new layout always uses a plain `<p>` text line.
 */
export function oldAgeKind(i) {
  return ['datetime', 'time', 'span'][i % 3];
}

/** Describe card i of a Sent list. ageDays is what the contract says the extension computes. */
export function cardInfo(i, { layout = 'new', lang = 'en', hostile = false } = {}) {
  const ageDays = AGE_CYCLE[(i - 1) % AGE_CYCLE.length];
  const variant = Math.floor((i - 1) / AGE_CYCLE.length);
  const kind = layout === 'old' ? oldAgeKind(i) : 'text';
  let ageText = kind === 'datetime' ? coarseAgeText(ageDays, lang) : exactAgeText(ageDays, lang, variant);
  if (i % 4 === 3) ageText = ageText.replaceAll(' ', NBSP); // some lines use non-breaking spaces
  return {
    index: i,
    slug: `person-${i}`,
    name: personName(i, { hostile }),
    headline: personHeadline(i),
    ageDays,
    ageText,
    ageKind: kind,
  };
}

/**
 * The truth about a Sent list: [{index, slug, name, headline, ageDays, ageText, ageKind}].
 * `from`/`count` select a slice (1-based `from`); by default the whole list of `n` cards.
 * 'empty' has no cards; 'drift' cards have no age (ageDays null, ageText null).
 */
export function expectedCards({
  layout = 'new', lang = 'en', n = DEFAULTS.n, hostile = false, from = 1, count = Infinity,
} = {}) {
  if (layout === 'empty') return [];
  const out = [];
  const last = Math.min(n, from + count - 1);
  for (let i = from; i <= last; i++) {
    const c = cardInfo(i, { layout, lang, hostile });
    if (layout === 'drift') Object.assign(c, { ageDays: null, ageText: null, ageKind: null });
    out.push(c);
  }
  return out;
}

/** `https://www.linkedin.com` + path + query built from params (undefined/null skipped). */
export function linkedinUrl(path = '/', params = {}) {
  const u = new URL(path, ORIGIN);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== false) u.searchParams.set(k, v === true ? '1' : String(v));
  }
  return u.href;
}

// ---------------------------------------------------------------------------------------
// HTML helpers

export function esc(s) {
  return String(s)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function fnv(s) {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    h ^= s.charCodeAt(k);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** Random-looking hashed class names like `_3fa9c1 _b0e2d4` (two per role, seed-dependent). */
function hc(opts, role) {
  const a = fnv(`${opts.seed}:${role}`).toString(16).padStart(8, '0');
  const b = fnv(`${role}:${opts.seed}:x`).toString(16).padStart(8, '0');
  return `_${a.slice(0, 6)} _${b.slice(2, 8)}`;
}

function initials(name) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => [...w][0])
    .join('')
    .toUpperCase();
}

/** Normalise query parameters (URLSearchParams or plain object) into fixture options. */
export function optionsFrom(query) {
  const q = query instanceof URLSearchParams ? query : new URLSearchParams(query ?? {});
  const num = (k, d, min = 0) => {
    const v = Number.parseInt(q.get(k) ?? '', 10);
    return Number.isFinite(v) && v >= min ? v : d;
  };
  const layout = ['old', 'new', 'empty', 'drift', 'oct2026', 'early2026', 'aug2026', 'empty2026'].includes(q.get('layout')) ? q.get('layout') : 'new';
  const sticky = new URLSearchParams();
  for (const k of STICKY_PARAMS) if (q.has(k)) sticky.set(k, q.get(k));
  return {
    layout,
    lang: ['fr', 'de', 'pt', 'it'].includes(q.get('lang')) ? q.get('lang') : 'en',
    n: num('n', DEFAULTS.n),
    size: num('size', DEFAULTS.size, 1),
    more: num('more', DEFAULTS.more, 1),
    page: num('page', 1, 1),
    hostile: q.get('hostile') === '1',
    fail: q.get('fail') === '1',
    delay: num('delay', DEFAULTS.delay),
    dialog: q.get('dialog') === 'alert' ? 'alert' : 'dialog',
    lazy: q.get('lazy') === '1',
    total: q.get('total') !== '0',
    seed: q.get('seed') || DEFAULTS.seed,
    state: ['pending', 'connected', 'withdrawn', 'menu', 'pendingmenu', 'follow', 'incoming'].includes(q.get('state')) ? q.get('state') : 'none',
    stated: q.has('stated') ? num('stated', null) : null,
    profile: q.get('profile') === '2026' ? '2026' : 'old',
    toast: q.get('toast') !== '0',
    // Markup named like the extension's global (<form name>, <img name>, an id, <iframe name>,
    // and an id="api"): ?clobber=1
    clobber: q.get('clobber') === '1',
    // The 2026 profile's rails show their people's degree, the first of them 1st: ?rail1st=1
    rail1st: q.get('rail1st') === '1',
    // People no longer on the list (they accepted, between two visits): ?gone=3,5
    gone: new Set((q.get('gone') ?? '').split(',').map(Number).filter(Boolean)),
    bounce: q.get('bounce') === '1',
    // The shapes of FIELD-NOTES §6 (fixtures-2026.mjs) and the renderings (labels.mjs):
    labels: labelsMode(q.get('labels')),
    // How the "People (N)" total is written: 'links' (a link to /sent/CONNECTION/ beside one to
    // /sent/ORGANIZATION/), 'rolebutton', 'radio' (role=radio with aria-checked), 'button' (§1).
    tabs: ['links', 'rolebutton', 'radio', 'button'].includes(q.get('tabs')) ? q.get('tabs') : null,
    pages: num('pages', 3), // the Pages count beside the People total (0: "Pages", no count)
    icon: q.get('icon') === '1', // the withdraw control an icon with no visible word (inferred)
    virtual: num('virtual', 0), // keep at most this many rows in the DOM (0: all)
    loading: q.get('loading') === '1', // an empty list still loading
    connect: q.get('connect') === 'button' ? 'button' : 'link', // the profile's Connect (§6)
    gate: q.get('gate') === '1', // the email gate before sending (§6)
    navmore: q.get('navmore') === '1', // a second "More" in the nav bar (§6)
    search: ['sdui', 'classic'].includes(q.get('search')) ? q.get('search') : null,
    pfirst: num('pfirst', 65, 1), // the first person on the Pages tab
    sfirst: num('sfirst', null, 1), // the first person of the §6 search results (default 45 / 49)
    path: null, // the path the page is served at (set by the server)
    sticky,
  };
}

/** A link href that keeps the sticky fixture parameters (extra params override). */
function href(opts, path, extra = {}) {
  const q = new URLSearchParams(opts.sticky);
  for (const [k, v] of Object.entries(extra)) q.set(k, String(v));
  const s = q.toString();
  return esc(s ? `${path}?${s}` : path);
}

// ---------------------------------------------------------------------------------------
// Page shell

const STYLE = `
body{margin:0;font:14px/1.4 -apple-system,system-ui,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;background:#f4f2ee;color:rgba(0,0,0,.9)}
.global-nav{background:#fff;border-bottom:1px solid #ddd;padding:0 24px;height:52px;display:flex;align-items:center;position:sticky;top:0;z-index:10}
.global-nav ul{display:flex;gap:20px;list-style:none;margin:0;padding:0}
.global-nav a{color:#666;text-decoration:none}
main#workspace{height:calc(100vh - 100px);overflow-y:auto;margin:0 auto;box-sizing:border-box}
.fx-toasts{position:fixed;left:24px;bottom:24px;z-index:2000}
.fx-toasts [role="alert"]{background:#fff;border:1px solid #ccc;border-radius:8px;padding:10px 16px}
main{max-width:900px;margin:24px auto;background:#fff;border-radius:8px;padding:16px 24px;min-height:300px}
.artdeco-button,button{cursor:pointer;border-radius:16px;border:1px solid #0a66c2;background:#fff;color:#0a66c2;padding:4px 14px;font-weight:600}
.artdeco-button--primary{background:#0a66c2;color:#fff}
ul.artdeco-list{list-style:none;padding:0;margin:0}
li.invitation-card,[role="listitem"]{border-bottom:1px solid #eee;padding:12px 0}
.invitation-card__container{display:flex;gap:12px;align-items:center}
.invitation-card__details{flex:1}
.presence-entity,.fx-avatar{width:56px;height:56px;border-radius:50%;background:#cfd8dc;display:flex;align-items:center;justify-content:center;font-weight:600}
.time-badge{display:block;color:#666;font-size:12px}
.artdeco-modal-overlay{position:fixed;inset:0;background:rgba(0,0,0,.6);display:flex;align-items:center;justify-content:center;z-index:1000}
.artdeco-modal{background:#fff;border-radius:8px;padding:16px 24px;max-width:520px;position:relative}
.artdeco-modal__dismiss{position:absolute;right:12px;top:12px}
.artdeco-modal__actionbar{display:flex;justify-content:flex-end;gap:8px;padding-top:12px}
.artdeco-toasts{position:fixed;left:24px;bottom:24px;z-index:2000}
.artdeco-toasts ul{list-style:none;margin:0;padding:0}
.artdeco-toast-item{background:#fff;border:1px solid #ccc;border-radius:8px;padding:10px 16px;margin-top:8px;box-shadow:0 4px 12px rgba(0,0,0,.15)}
dialog{border:0;border-radius:8px;padding:16px 24px;max-width:520px}
dialog::backdrop{background:rgba(0,0,0,.6)}
.fx-overlay{position:fixed;inset:0;background:rgba(0,0,0,.6);display:flex;align-items:center;justify-content:center;z-index:1000}
.fx-overlay>[role="alertdialog"]{background:#fff;border-radius:8px;padding:16px 24px;max-width:520px}
.fx-scroller{max-height:420px;overflow-y:auto}
`;

function navHtml(opts) {
  const t = textOf(opts.lang);
  return `<header id="global-nav" class="global-nav" role="banner">
  <nav aria-label="Primary Navigation" class="global-nav__nav">
    <ul class="global-nav__primary-items">
      <li class="global-nav__primary-item"><a data-spa href="${href(opts, '/feed/')}">${esc(t.home)}</a></li>
      <li class="global-nav__primary-item"><a data-spa href="${href(opts, '/mynetwork/')}">${esc(t.myNetwork)}</a></li>
      <li class="global-nav__primary-item"><a data-spa href="${href(opts, SENT_PATH)}">${esc(t.sentInvitations)}</a></li>
      <li class="global-nav__primary-item"><a href="#" aria-disabled="true">${esc(t.jobs)}</a></li>
      ${opts.navmore ? '<li class="global-nav__primary-item"><button type="button" aria-expanded="false"><span>More</span></button></li>' : ''}
    </ul>
  </nav>
</header>`;
}

/** A full HTML document around a rendered main content ({title, route, html}). */
export function renderDocument(opts, content) {
  return `<!DOCTYPE html>
<html lang="${opts.lang}" class="theme theme--light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(content.title)} | LinkedIn</title>
<style>${STYLE}</style>
<script src="/fixture/app.js" defer></script>
</head>
<body class="render-mode-BIGPIPE nav-v2 ember-application">
${opts.clobber ? '<form name="Warden" id="Warden"><input name="api"><input name="variants"></form><img name="Warden" alt="" src="data:,"><iframe name="Warden" hidden></iframe><div id="api"></div>' : ''}
<div class="application-outlet">
${navHtml(opts)}
<div id="fx-before">${content.before ?? ''}</div>
<main id="${esc(content.mainId ?? 'main')}" class="scaffold-layout__main" data-fx-route="${esc(content.route)}" data-fx-layout="${esc(content.layout ?? '')}">
${content.html}
</main>
</div>
<div id="artdeco-modal-outlet"></div>
<div id="artdeco-toasts__wormhole" class="artdeco-toasts" aria-live="polite"><ul class="artdeco-toasts_toasts"></ul></div>
<section class="fx-toasts" data-fx-toasts><h2 data-testid="toasts-title" style="position:absolute;left:-9999px">0 notifications</h2></section>
<div id="interop-outlet" data-testid="interop-shadowdom"></div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------
// Sent invitations page: one template per layout

function profileHref(opts, slug, absolute) {
  return absolute ? esc(`${ORIGIN}/in/${slug}/`) : esc(`/in/${slug}/`);
}

function isoDaysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days); // same local time of day, `days` calendar days earlier
  return d.toISOString();
}

/** Old layout card: `li.invitation-card`. */
export function oldCard(c, opts) {
  const t = textOf(opts.lang);
  const cls = 'time-badge t-12 t-black--light t-normal';
  const age =
    c.ageKind === 'datetime'
      ? `<time class="${cls}" datetime="${isoDaysAgo(c.ageDays)}">${esc(c.ageText)}</time>`
      : c.ageKind === 'time'
        ? `<time class="${cls}">${esc(c.ageText)}</time>`
        : `<span class="${cls}">${esc(c.ageText)}</span>`;
  return `<li class="invitation-card artdeco-list__item invitation-card--selectable ember-view">
  <div class="invitation-card__container">
    <a href="${profileHref(opts, c.slug)}" data-spa class="invitation-card__picture ember-view" data-control-name="profile">
      <div class="presence-entity presence-entity--size-3" aria-hidden="true">${esc(initials(c.name))}</div>
    </a>
    <div class="invitation-card__details">
      <a href="${profileHref(opts, c.slug)}" data-spa class="invitation-card__link ember-view" data-control-name="profile">
        <span class="invitation-card__title t-16 t-black t-bold">${esc(c.name)}</span>
      </a>
      <p class="invitation-card__subtitle t-14 t-black--light t-normal">${esc(c.headline)}</p>
      ${age}
    </div>
    <div class="invitation-card__action-container">
      <button class="invitation-card__action-btn artdeco-button artdeco-button--muted artdeco-button--3 artdeco-button--tertiary ember-view" data-control-name="withdraw_single" data-fx-withdraw aria-label="${esc(t.withdrawLabel(c.name))}" type="button">
        <span class="artdeco-button__text">${esc(t.withdraw)}</span>
      </button>
    </div>
  </div>
</li>`;
}

/**
 * New layout card: `div[role=listitem]` with hashed classes. The withdraw control varies with
 * i % 4: 0 button (aria-label + data-view-name), 1 <a> (both), 2 button (aria-label only),
 * 3 <a> (data-view-name only, visible word only).
 */
export function newCard(c, opts) {
  const t = textOf(opts.lang);
  const v = c.index % 4;
  const label = v === 3 ? '' : ` aria-label="${esc(t.withdrawLabel(c.name))}"`;
  const view = v === 2 ? '' : ' data-view-name="sent-invitations-withdraw-single"';
  const inner = `<span class="${hc(opts, 'btn-text')}">${esc(t.withdraw)}</span>`;
  const control =
    v === 1 || v === 3
      ? `<a href="#" role="button" class="${hc(opts, 'withdraw')}" data-fx-withdraw${label}${view}>${inner}</a>`
      : `<button type="button" class="${hc(opts, 'withdraw')}" data-fx-withdraw${label}${view}>${inner}</button>`;
  const key = fnv(`${opts.seed}:card:${c.slug}`).toString(16);
  return `<div role="listitem" class="${hc(opts, 'card')}" componentkey="auto-component-${key}">
  <div class="${hc(opts, 'card-row')}" style="display:flex;gap:12px;align-items:center">
    <a href="${profileHref(opts, c.slug, true)}" data-spa class="${hc(opts, 'avatar-link')}" tabindex="-1">
      <figure class="${hc(opts, 'figure')}" style="margin:0"><div class="fx-avatar ${hc(opts, 'avatar')}" aria-hidden="true">${esc(initials(c.name))}</div></figure>
    </a>
    <div class="${hc(opts, 'card-text')}" style="flex:1">
      <p class="${hc(opts, 'name-line')}"><a href="${profileHref(opts, c.slug, true)}" data-spa class="${hc(opts, 'name-link')}">${esc(c.name)}</a></p>
      <p class="${hc(opts, 'headline')}">${esc(c.headline)}</p>
      <p class="${hc(opts, 'age')}">${esc(c.ageText)}</p>
    </div>
    <div class="${hc(opts, 'actions')}">${control}</div>
  </div>
</div>`;
}

/** Drift card: a profile link and a name, no withdraw control and no age line. */
export function driftCard(c, opts) {
  const t = textOf(opts.lang);
  return `<div class="${hc(opts, 'drift-card')}">
  <a href="${profileHref(opts, c.slug, true)}" data-spa class="${hc(opts, 'drift-link')}">${esc(c.name)}</a>
  <p class="${hc(opts, 'drift-headline')}">${esc(c.headline)}</p>
  <button type="button" class="${hc(opts, 'drift-menu')}" aria-label="${esc(t.moreActions)}">…</button>
</div>`;
}

/** Cards `from`..`from+count-1` (1-based) of the list, as HTML. */
export function renderCards(opts, from, count) {
  const render = { old: oldCard, new: newCard, drift: driftCard }[opts.layout];
  if (!render) return '';
  return expectedCards({ ...opts, from, count })
    .map((c) => render(c, opts))
    .join('\n');
}

function peopleTab(opts, count, cls) {
  const t = textOf(opts.lang);
  return `<span data-fx-people class="${cls}">${esc(t.people(count))}</span>`;
}

function sentOld(opts) {
  const t = textOf(opts.lang);
  const pages = Math.max(1, Math.ceil(opts.n / opts.size));
  const page = Math.min(opts.page, pages);
  const from = (page - 1) * opts.size + 1;
  const count = Math.max(0, Math.min(opts.size, opts.n - from + 1));
  const pageLinks = [];
  for (let p = 1; p <= pages; p++) {
    const active = p === page;
    pageLinks.push(
      `<li data-test-pagination-page-btn="${p}" class="artdeco-pagination__indicator artdeco-pagination__indicator--number${active ? ' active selected' : ''}">` +
        `<a href="${href(opts, SENT_PATH, { page: p })}"${active ? ' aria-current="true"' : ''} aria-label="Page ${p}"><span>${p}</span></a></li>`,
    );
  }
  const prev = page > 1 ? `<a class="artdeco-pagination__button artdeco-pagination__button--previous" href="${href(opts, SENT_PATH, { page: page - 1 })}">Previous</a>` : '';
  const next = page < pages ? `<a class="artdeco-pagination__button artdeco-pagination__button--next" href="${href(opts, SENT_PATH, { page: page + 1 })}">Next</a>` : '';
  return `<section class="mn-invitation-manager artdeco-card ember-view">
  <header class="mn-invitation-manager__header"><h1 class="t-18">${esc(t.manage)}</h1></header>
  <div class="artdeco-tabs artdeco-tabs--size-t-48" role="tablist">
    <span class="artdeco-tab" role="tab" aria-selected="false">${esc(t.received)}</span>
    <span class="artdeco-tab active" role="tab" aria-selected="true">${esc(t.sent)}</span>
  </div>
  <div class="mn-filters">
    ${opts.total ? `<button type="button" class="artdeco-pill artdeco-pill--slate artdeco-pill--choice artdeco-pill--selected" aria-pressed="true">${peopleTab(opts, opts.n, 'artdeco-pill__text')}</button>` : ''}
    <button type="button" class="artdeco-pill artdeco-pill--slate artdeco-pill--choice" aria-pressed="false">${esc(t.pages(2))}</button>
  </div>
  <div class="mn-invitation-list ember-view">
    <ul class="artdeco-list mn-invitation-list__items" data-fx-list data-fx-from="${from}" data-fx-to="${from + count - 1}" data-fx-total="${opts.n}">
${renderCards(opts, from, count)}
    </ul>
  </div>
  ${pages > 1 ? `<div class="artdeco-pagination artdeco-pagination--has-controls ember-view">${prev}<ul class="artdeco-pagination__pages artdeco-pagination__pages--number">${pageLinks.join('')}</ul>${next}</div>` : ''}
</section>`;
}

function sentNew(opts) {
  const t = textOf(opts.lang);
  const count = Math.min(opts.size, opts.n);
  const list = `<div componentkey="InvitationManagerPage_InvitationsList" class="${hc(opts, 'list')}" data-fx-list data-fx-from="1" data-fx-to="${count}" data-fx-total="${opts.n}">
${renderCards(opts, 1, count)}
  </div>`;
  const more =
    !opts.lazy && count < opts.n
      ? `<div class="${hc(opts, 'more-row')}"><button type="button" class="${hc(opts, 'more')}" data-fx-more><span class="${hc(opts, 'more-text')}">${esc(t.loadMore)}</span></button></div>`
      : '';
  return `<div class="${hc(opts, 'page')}">
  <section class="${hc(opts, 'section')}" componentkey="InvitationManagerPage">
    <h1 class="${hc(opts, 'h1')}">${esc(t.manage)}</h1>
    <div role="tablist" class="${hc(opts, 'tabs1')}">
      <button type="button" role="tab" aria-selected="false" class="${hc(opts, 'tab')}">${esc(t.received)}</button>
      <button type="button" role="tab" aria-selected="true" class="${hc(opts, 'tab')}">${esc(t.sent)}</button>
    </div>
    <div role="tablist" class="${hc(opts, 'tabs2')}">
      ${opts.total ? `<button type="button" role="tab" aria-selected="true" class="${hc(opts, 'tab')}">${peopleTab(opts, opts.n, hc(opts, 'tab-text'))}</button>` : ''}
      <button type="button" role="tab" aria-selected="false" class="${hc(opts, 'tab')}"><span class="${hc(opts, 'tab-text')}">${esc(t.pages(2))}</span></button>
    </div>
    ${opts.lazy ? `<div class="fx-scroller ${hc(opts, 'scroller')}" data-fx-scroller>${list}</div>` : list}
    ${more}
  </section>
</div>`;
}

function sentEmpty(opts) {
  const t = textOf(opts.lang);
  return `<div class="${hc(opts, 'page')}">
  <section class="${hc(opts, 'section')}" componentkey="InvitationManagerPage">
    <h1 class="${hc(opts, 'h1')}">${esc(t.manage)}</h1>
    <div role="tablist" class="${hc(opts, 'tabs2')}">
      <button type="button" role="tab" aria-selected="true" class="${hc(opts, 'tab')}">${peopleTab(opts, 0, hc(opts, 'tab-text'))}</button>
    </div>
    <div componentkey="InvitationManagerPage_InvitationsList" class="${hc(opts, 'list')}" data-fx-list data-fx-from="1" data-fx-to="0" data-fx-total="0"></div>
    <p class="${hc(opts, 'empty')}">${esc(t.empty)}</p>
  </section>
</div>`;
}

function sentDrift(opts) {
  const t = textOf(opts.lang);
  const count = Math.min(opts.size, opts.n);
  return `<div class="${hc(opts, 'page')}">
  <section class="${hc(opts, 'section')}">
    <h1 class="${hc(opts, 'h1')}">${esc(t.manage)}</h1>
    <div class="${hc(opts, 'tabs2')}"><span class="${hc(opts, 'tab-text')}">${esc(t.people(opts.n))}</span></div>
    <div class="${hc(opts, 'drift-list')}" data-fx-list data-fx-from="1" data-fx-to="${count}" data-fx-total="${opts.n}">
${renderCards(opts, 1, count)}
    </div>
  </section>
</div>`;
}

export function sentContent(opts) {
  const t = textOf(opts.lang);
  const html = { old: sentOld, new: sentNew, empty: sentEmpty, drift: sentDrift }[opts.layout](opts);
  return { title: t.manage, route: 'sent', layout: opts.layout, html };
}

// ---------------------------------------------------------------------------------------
// Other pages

export function profileContent(opts, slug) {
  const t = textOf(opts.lang);
  const name = nameForSlug(slug, opts);
  const i = slugIndex(slug) ?? 1;
  let actions;
  if (opts.state === 'pending') {
    actions = `<button type="button" aria-label="${esc(t.pendingLabel(name))}" class="artdeco-button artdeco-button--2 artdeco-button--secondary artdeco-button--muted pvs-profile-actions__action"><span class="artdeco-button__text">${esc(t.pending)}</span></button>`;
  } else if (opts.state === 'connected') {
    actions = '';
  } else {
    actions = `<button type="button" data-fx-connect="dialog" aria-label="${esc(t.connectLabel(name))}" class="artdeco-button artdeco-button--2 artdeco-button--primary pvs-profile-actions__action"><span class="artdeco-button__text">${esc(t.connect)}</span></button>`;
  }
  const also = [1, 2, 3]
    .map((k) => ((i + k * 7 - 1) % 40) + 1)
    .map((j) => `<li><a data-spa href="${href(opts, `/in/person-${j}/`)}">${esc(personName(j, opts))}</a></li>`)
    .join('');
  const html = `<section class="artdeco-card pv-top-card" data-fx-profile="${esc(slug)}">
  <div class="pv-top-card__photo presence-entity" aria-hidden="true">${esc(initials(name))}</div>
  <h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">${esc(name)}</h1>
  <div class="text-body-medium break-words">${esc(personHeadline(i))}</div>
  <div class="pv-top-card--list"><span class="text-body-small">Paris, Île-de-France</span></div>
  <div class="pvs-profile-actions" style="display:flex;gap:8px;margin-top:12px">
    ${actions}
    <button type="button" class="artdeco-button artdeco-button--2 artdeco-button--secondary pvs-profile-actions__action"><span class="artdeco-button__text">${esc(t.message)}</span></button>
  </div>
</section>
<section class="artdeco-card"><h2>${esc(t.about)}</h2><p>${esc(personHeadline(i + 1))}</p></section>
<section class="artdeco-card"><h2>${esc(t.alsoViewed)}</h2><ul>${also}</ul></section>`;
  return { title: name, route: 'profile', layout: '', html };
}

function pymk(opts, ids) {
  const t = textOf(opts.lang);
  return `<section class="artdeco-card"><h2>${esc(t.pymk)}</h2><ul class="discover-fluid-entity-list" style="list-style:none;padding:0">${ids
    .map((j) => {
      const name = personName(j, opts);
      return `<li class="discover-entity-card" style="padding:8px 0">
  <a data-spa href="${href(opts, `/in/person-${j}/`)}" class="discover-entity-type-card__link"><span class="discover-person-card__name">${esc(name)}</span></a>
  <p class="discover-person-card__occupation">${esc(personHeadline(j))}</p>
  <button type="button" data-fx-connect="direct" aria-label="${esc(t.connectLabel(name))}" class="artdeco-button artdeco-button--2 artdeco-button--secondary"><span class="artdeco-button__text">${esc(t.connect)}</span></button>
</li>`;
    })
    .join('')}</ul></section>`;
}

export function feedContent(opts) {
  const t = textOf(opts.lang);
  const posts = [5, 6, 7]
    .map(
      (j) => `<article class="feed-shared-update-v2" style="border-top:1px solid #eee;padding:12px 0">
  <a data-spa href="${href(opts, `/in/person-${j}/`)}" class="update-components-actor__meta-link"><span class="update-components-actor__title">${esc(personName(j, opts))}</span></a>
  <p class="update-components-text">${esc(personHeadline(j))}</p>
</article>`,
    )
    .join('\n');
  const html = `<div class="share-box-feed-entry__top-bar"><button type="button" class="artdeco-button">${esc(t.startPost)}</button></div>
<p><a data-spa href="${href(opts, '/mynetwork/')}">${esc(t.myNetwork)}</a> · <a data-spa href="${href(opts, SENT_PATH)}">${esc(t.sentInvitations)}</a></p>
${posts}
${pymk(opts, [40, 41])}`;
  return { title: t.feedTitle, route: 'feed', layout: '', html };
}

export function myNetworkContent(opts) {
  const t = textOf(opts.lang);
  const html = `<section class="artdeco-card mn-invitations-preview">
  <h2>${esc(t.manage)}</h2>
  <a data-spa href="${href(opts, SENT_PATH)}" class="artdeco-button artdeco-button--tertiary">${esc(t.manageInv)} · ${esc(t.sentInvitations)}</a>
</section>
${pymk(opts, [42, 43, 44])}`;
  return { title: t.myNetwork, route: 'mynetwork', layout: '', html };
}

export function notFoundContent(opts) {
  const t = textOf(opts.lang);
  return { title: t.notFound, route: 'not-found', layout: '', html: `<h1>${esc(t.notFound)}</h1>` };
}
