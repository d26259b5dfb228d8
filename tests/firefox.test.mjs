// Firefox: the same dist/ installed as a temporary add-on in Debian's firefox-esr (headless,
// driven by geckodriver), on the fixture Sent page served with a strict CSP. The core answers
// from the event page (the background), as in Chromium: data-transport="background".
//
// Skipped, with the reason printed, only when Firefox or geckodriver is not installed
// (`node scripts/setup.mjs` installs both; `npm test` runs it when one is missing).

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { expectedCards, linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { firefoxUnavailable } from './support/firefox.mjs';
import { firefoxSession } from './support/session.mjs';

const N = 25; // cards in the list; 10 shown at first, "Load more" adds 10
const unavailable = firefoxUnavailable();
if (unavailable) console.log(`Firefox tests skipped: ${unavailable}`);

/** Page script: what the extension shows on each card matching arguments[0], and the summary. */
const READ_PAGE = `
  const cards = [...document.querySelectorAll(arguments[0])];
  return {
    cards: cards.map((card) => {
      const link = card.querySelector('a[href*="/in/"]');
      const slug = /\\/in\\/([^/]+)\\//.exec(link ? link.getAttribute('href') : '');
      const badges = [...card.querySelectorAll('[data-warden="badge"]')];
      return { slug: slug && slug[1], badges: badges.length, age: badges.length ? badges[0].dataset.ageDays : null };
    }),
    badges: document.querySelectorAll('[data-warden="badge"]').length,
    summaries: [...document.querySelectorAll('[data-warden="summary"]')].map((s) => ({ ...s.dataset })),
    notices: document.querySelectorAll('[data-warden="notice"]').length,
  };`;

/** True once `count` cards show, each with a badge, and the summary counts them all. */
const annotated = (count) => (v) =>
  v.cards.length === count && v.cards.every((c) => c.badges > 0) && v.summaries.length > 0 &&
  Number(v.summaries[0].cards) === count;

/** Each card holds exactly one badge with the fixture's age; one summary, from the in-page wasm. */
function checkPage(seen, layout, count) {
  const truth = new Map(expectedCards({ layout, n: N }).map((c) => [c.slug, c.ageDays]));
  assert.equal(seen.cards.length, count, 'cards shown');
  for (const card of seen.cards) {
    assert.ok(truth.has(card.slug), `card ${card.slug} is a fixture card`);
    assert.equal(card.badges, 1, `${card.slug}: exactly one badge`);
    assert.equal(Number(card.age), truth.get(card.slug), `${card.slug}: data-age-days`);
  }
  assert.equal(new Set(seen.cards.map((c) => c.slug)).size, count, 'distinct people');
  assert.equal(seen.badges, count, 'no badge outside the cards');
  assert.equal(seen.summaries.length, 1, 'exactly one summary');
  assert.equal(seen.summaries[0].transport, 'background', 'the core answered from the event page');
  assert.equal(Number(seen.summaries[0].cards), count, 'summary data-cards');
  assert.equal(Number(seen.summaries[0].pending), N, 'summary data-pending ("People (N)")');
  assert.equal(seen.notices, 0, 'no drift notice');
}

describe('Firefox ESR: Sent page', { skip: unavailable ?? false }, () => {
  const session = firefoxSession({ csp: 'strict' });

  test('new layout: one badge per card, ages from the fixture; "Load more" duplicates nothing', async () => {
    const { firefox } = session;
    const card = '[role="listitem"]';
    await firefox.goto(linkedinUrl(SENT_PATH, { layout: 'new', n: N }));
    let seen = await firefox.waitFor(READ_PAGE, { args: [card], until: annotated(10), what: '10 annotated cards' });
    checkPage(seen, 'new', 10);

    await firefox.click('[data-fx-more]'); // the user's click
    seen = await firefox.waitFor(READ_PAGE, { args: [card], until: annotated(20), what: '20 annotated cards' });
    checkPage(seen, 'new', 20);
  });

  test('old layout: one badge per card, ages from <time datetime> and words; a re-render duplicates nothing', async () => {
    const { firefox } = session;
    const card = 'li.invitation-card';
    await firefox.goto(linkedinUrl(SENT_PATH, { layout: 'old', n: N }));
    let seen = await firefox.waitFor(READ_PAGE, { args: [card], until: annotated(10), what: '10 annotated cards' });
    checkPage(seen, 'old', 10);

    // The page replaces every card with fresh nodes, as a framework re-render does.
    await firefox.executeScript('return window.__fixture.rerender()');
    seen = await firefox.waitFor(READ_PAGE, { args: [card], until: annotated(10), what: 'cards annotated again' });
    checkPage(seen, 'old', 10);
  });

  test('the trust gate: the user\'s click on a Keep button under a cover in a closed shadow root marks nobody; on a free one it marks', async () => {
    const { firefox } = session;
    const card = '[role="listitem"]';
    await firefox.goto(linkedinUrl(SENT_PATH, { layout: 'new', n: N }));
    await firefox.waitFor(READ_PAGE, { args: [card], until: annotated(10), what: '10 annotated cards' });
    // The page's script: names two Keep buttons (to click them), and covers the first with an
    // opaque box the click goes through (pointer-events: none), in a closed shadow root.
    await firefox.executeScript(`
      const keeps = document.querySelectorAll('[data-warden="keep"]');
      keeps[0].id = 'fx-keep-1';
      keeps[1].id = 'fx-keep-2';
      keeps[0].scrollIntoView({ block: 'center' });
      const r = keeps[0].getBoundingClientRect();
      const host = document.createElement('div');
      host.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;z-index:9999';
      const cover = document.createElement('div');
      cover.textContent = 'Like';
      cover.style.cssText = 'position:fixed;left:' + (r.x - 10) + 'px;top:' + (r.y - 10) + 'px;width:' + (r.width + 20) + 'px;height:' + (r.height + 20) + 'px;background:#eee;color:#000;pointer-events:none';
      host.attachShadow({ mode: 'closed' }).append(cover);
      document.body.append(host);`);
    await firefox.click('#fx-keep-1'); // the user's click, through the cover
    await firefox.click('#fx-keep-2'); // the user's click on a free Keep button
    const pressed = 'return ["fx-keep-1", "fx-keep-2"].map((id) => document.getElementById(id).getAttribute("aria-pressed"))';
    await firefox.waitFor(pressed, { until: (v) => v[1] === 'true', what: 'the free Keep button pressed' });
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(await firefox.executeScript(pressed), ['false', 'true'], 'only the free Keep button marks');
  });

  test('no uncaught error or console.error in extension code, no request from the extension', async () => {
    // Firefox prints to its stdout the uncaught errors of every context (extension scripts
    // under their moz-extension:// address) and console.error calls of pages, content scripts
    // and the background (a string argument shows quoted; Firefox's own internal messages,
    // which also appear, do not start with a quote). The fixture page logs nothing.
    const { firefox } = session;
    const lines = firefox.logs().split('\n');
    assert.deepEqual(lines.filter((l) => /^JavaScript error: moz-extension:\/\//.test(l)), [], 'uncaught errors');
    assert.deepEqual(lines.filter((l) => /^console\.error: "/.test(l)), [], 'console.error calls');
    // Every request to "LinkedIn" is the fixture's own: documents, its script, its fetches, the favicon.
    const own = (r) => r.dest === 'document' || r.fixture || ['/fixture/app.js', '/favicon.ico'].includes(r.path);
    assert.deepEqual(firefox.server.requests.filter((r) => !own(r)), []);
    // Other hosts were refused by the proxy; only Firefox's own services may have tried.
    const firefoxOwn = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net):\d+$/;
    assert.deepEqual(firefox.proxy.refused.filter((h) => !firefoxOwn.test(h)), []);
  });
});
