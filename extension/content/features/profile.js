// Feature: on a profile page (/in/SLUG/), the cooldown banner for a person the user withdrew,
// and a warning next to the Connect control while the cooldown runs. Annotation only. And when
// the top card shows the person as a 1st-degree connection, the core hears of it (an invitation
// Warden followed was accepted).

import { V } from '../page-variants.js';
import { decoded } from '../../lib/url.js';
import { isOwn, ownAll, ownAncestor } from '../../lib/own.js';
import { el, showDate, t } from '../../lib/text.js';
import { layoutReport } from '../layout-report.js';
import { add, onChanges, onStored } from '../router.js';
import { ask } from '../transport.js';
import { isConnectControl } from './sends.js';

/** @typedef {import('../../types/warden').Answered<'profile'>} ProfileAnswer */
/** @typedef {ProfileAnswer & {withdrawal: import('../../types/core').ProfileWithdrawal}} WithCooldown the answer about someone the user withdrew */

/** @type {string | null} */
let shown = null; // The slug path the banner was built for.
// A recorded person's answer, kept while the page does not show their top card yet.
/** @type {{path: string, answer: WithCooldown} | null} */
let awaiting = null; // {path, answer}
const slugOf = (/** @type {string} */ path) => decoded(String(path).match(V.profilePath)?.[1] ?? '');
// A menu opening or closing changes attributes only: watched while a cooldown banner shows.
const menus = new MutationObserver(() => { if (shown) changed(shown); });

function clear() {
  awaiting = null;
  menus.disconnect();
  ownAll('[data-warden="cooldown-banner"], [data-warden="connect-warning"]').forEach((n) => n.remove());
  shown = null;
}

/** @param {WithCooldown} p */
function bannerText(p) {
  const w = p.withdrawal;
  const lines = w.state === 'active'
    ? [t(w.daysLeft === 1 ? 'bannerActiveOne' : 'bannerActive', showDate(w.withdrawnOn), showDate(w.until), w.daysLeft),
      t('bannerNoFollowUp')]
    : [t('bannerEnded', showDate(w.withdrawnOn), showDate(w.until)),
      t('bannerReview')];
  if (p.pendingSince) lines.push(t('bannerPendingSince', showDate(p.pendingSince)));
  return lines;
}

const visible = (/** @type {Element} */ node) => (node.checkVisibility
  ? node.checkVisibility({ opacityProperty: true, visibilityProperty: true })
  : node.getClientRects().length > 0);

// The profile's own top card (§3: [componentkey$="Topcard"]; older: .pv-top-card; else the
// section around the visible name heading). Hidden duplicates are not the top card.
function topCards() {
  const cards = [...document.querySelectorAll(V.topCard)].filter(visible);
  if (cards.length) return cards;
  const heading = [...(document.querySelector('main') ?? document.body).querySelectorAll('h1')].find(visible);
  const around = heading?.closest('section');
  return around ? [around] : [];
}

// The profile's own Connect controls: visible ones in the top card, and a visible More-menu
// item that invites this person. Never the sticky header, a rail or a hidden duplicate.
/** @param {string} slug */
function connectControls(slug) {
  /** @type {Set<Element>} */
  const found = new Set();
  for (const top of topCards()) {
    for (const node of top.querySelectorAll(V.actionElements)) {
      if (isConnectControl(node) && visible(node) && !ownAncestor(node)) found.add(node);
    }
  }
  for (const item of document.querySelectorAll(V.menuItem)) {
    const vanity = (item.getAttribute('href') ?? '').match(V.vanityName)?.[1];
    if (vanity && decoded(vanity) === slug && visible(item) && isConnectControl(item)) found.add(item);
  }
  // A control inside another (an <a> holding a role=button span) counts once, as the outer one.
  return [...found].filter((node) => ![...found].some((other) => other !== node && other.contains(node)));
}

// The degree the top card shows, visible text only (§3: a hidden "· 1st" beside the visible
// "· 2nd"; the sticky header and the rails of other people are outside the top card). Told
// once per profile per page, and only when the core said an invitation to this person awaits
// it (`confirmable`): visiting a connection's profile writes nothing.
/** @type {string | null} */
let degreeTold = null;
/** @type {string | null} */
let confirmable = null; // The path whose person the core would confirm.
/** @param {string} path */
function firstDegreeSeen(path) {
  if (degreeTold === path || confirmable !== path) return;
  const first = topCards().some((top) => [...top.querySelectorAll('*')].some((node) => !node.children.length
    && V.firstDegree.test(node.textContent.trim()) && !ownAncestor(node) && visible(node)));
  if (!first) return;
  degreeTold = path;
  ask({ kind: 'connectedSeen', href: path });
}

// The page may reach /in/SLUG/ by its own history.pushState, with no profile on screen, only
// to see whether Warden puts a banner there (whether the user withdrew that person). So the
// banner shows only once the page shows a profile: a visible top card with a visible name
// heading. (The name is not compared with the recorded one: a backup's name, or a name the
// person changed since, may differ from the heading.)
function showsPerson() {
  return topCards().some((top) => [...top.querySelectorAll(V.topCardName)].some((h) => visible(h) && h.textContent.trim() !== ''));
}

/** The core's last answer the page was annotated from (JSON), to tell a change from none. */
let shownAnswer = '';

/** @param {string} path */
async function show(path) {
  const answer = await ask({ kind: 'profile', href: path });
  if (location.pathname !== path) return;
  shownAnswer = JSON.stringify(answer);
  confirmable = answer?.confirmable ? path : null;
  firstDegreeSeen(path);
  if (!answer?.withdrawal) {
    layoutReport.seen('profile', { cooldown: null, controls: connectControls(slugOf(path)).length });
    return;
  }
  place(path, /** @type {WithCooldown} */ (answer));
}

/** @param {string} path @param {WithCooldown} answer */
function place(path, answer) {
  if (!showsPerson()) {
    clear();
    awaiting = { path, answer }; // placed once the page shows them (changed() looks again)
    return;
  }
  clear();
  shown = path;
  const w = answer.withdrawal;
  const banner = el('div', {
    'data-warden': 'cooldown-banner', 'data-until': w.until, 'data-state': w.state,
    class: `warden-banner warden-banner--${w.state}`, role: 'note',
  }, ...bannerText(answer).map((line) => el('p', {}, line)));
  const main = document.querySelector('main') ?? document.body;
  main.prepend(banner);
  menus.disconnect();
  if (w.state === 'active') {
    menus.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['aria-expanded', 'hidden'] });
    for (const control of connectControls(answer.slug ?? slugOf(path))) {
      control.after(el('span', { 'data-warden': 'connect-warning', class: 'warden-connect-warning', role: 'note' },
        t('connectWarning', showDate(w.until))));
    }
  }
  layoutReport.seen('profile', { cooldown: w.state, warnings: ownAll('[data-warden="connect-warning"]').length });
}

// The page re-rendered: put the banner back if it was removed, and the warnings beside
// Connect controls that came back without one.
/** @param {string} path */
function changed(path) {
  firstDegreeSeen(path);
  if (awaiting?.path === path && location.pathname === path) {
    place(path, awaiting.answer);
    return;
  }
  if (shown !== path) return;
  const banner = ownAll('[data-warden="cooldown-banner"]')[0];
  const bare = (/** @type {Element} */ c) => !(c.nextElementSibling && isOwn(c.nextElementSibling));
  const stray = ownAll('[data-warden="connect-warning"]')
    .some((w) => !w.previousElementSibling || !visible(w.previousElementSibling));
  if (!banner || (banner.getAttribute('data-state') === 'active' && (stray || connectControls(slugOf(path)).some(bare)))) show(path);
}

/** @param {import('../router.js').Context} context */
function initProfile({ signal, match }) {
  const path = `/in/${match[1]}/`;
  signal.addEventListener('abort', clear, { once: true });
  if (!(shown === path && ownAll('[data-warden="cooldown-banner"]').length)) {
    clear();
    show(path);
  }
  onChanges('profile', signal, () => changed(path));
  // The stored state changed (a withdrawal in another tab, an import, the settings): what the
  // banner says is asked again.
  onStored('profile', signal, async (changes) => {
    if (!changes.warden) return;
    const answer = await ask({ kind: 'profile', href: path });
    if (signal.aborted || answer?.error || JSON.stringify(answer) === shownAnswer) return;
    shown = null;
    show(path);
  });
}

// One start per person: /in/SLUG/ and its sub-pages (/in/SLUG/details/...) are one profile.
add('profile', { include: [V.profilePath], key: (path) => path.match(V.profilePath)?.[1] ?? path, init: initProfile });
