// Withdrawals the user makes, with the unmodified dist/ in a real Chromium: a user-style
// withdrawal (real clicks on the card's control, then on the dialog's confirm) in the newer
// layout (<dialog> and role=alertdialog), the older layout (.artdeco-modal) and French leads
// to the profile banner, in a new tab and by in-app navigation; every other way of closing the
// dialog, and a page error, record nothing; two tabs withdrawing at once lose nothing; the keep
// mark; and proof that the extension dispatches no event and clicks nothing.
//
// One browser for the whole file; every test ends with no console.error, no uncaught error and
// no request the fixture did not make itself.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cardFor, withdrawVia, confirmDialog, spaNavigate } from './support/browser.mjs';
import { expectedCards, linkedinUrl, personHeadline, personName, SENT_PATH, TEXT } from './support/fixtures.mjs';
import { stateOf } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const DIST = process.env.WARDEN_DIST || undefined;
const WAIT = { timeout: 15000 };

// The contract, written out independently of the extension's code.
function localDay(offset = 0) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
const hintOf = (age) => (age >= 28 ? 'withdraw' : age >= 21 ? 'consider' : 'wait');
const ageOf = (slug, opts = {}) => expectedCards(opts).find((c) => c.slug === slug).ageDays;

/** The state the extension stored, read by its own service worker ({} before any write). */
async function stored(browser) {
  const worker = await browser.getServiceWorker();
  return stateOf(await worker.evaluate(() => chrome.storage.local.get('warden').then((items) => items.warden ?? null)));
}

/** Polls the stored state until `test(state)` holds (bounded); returns that state. */
async function storedWhen(browser, test, what) {
  let state;
  for (let k = 0; k < 100; k++) {
    state = await stored(browser);
    if (test(state)) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}; stored: ${JSON.stringify(state)}`);
}

async function openSent(page, params = {}) {
  await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', ...params }));
  // Warden is at work once the summary shows: the withdraw controls are recognised.
  await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards > 0, null, WAIT);
}

/** The banner(s) on the page, as plain data. */
function banners(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-warden="cooldown-banner"]')].map((b) => ({
    until: b.dataset.until, state: b.dataset.state, text: b.textContent,
  })));
}

async function waitForBanner(page, state = 'active') {
  await page.waitForFunction((s) => document.querySelector('[data-warden="cooldown-banner"]')?.dataset.state === s, state, WAIT);
}

/** A YYYY-MM-DD date as the extension shows it (short month, the browser's UI language). */
function shownDate(page, iso) {
  return page.evaluate((day) => {
    const [y, m, d] = day.split('-').map(Number);
    const withYear = y !== new Date().getFullYear() ? { year: 'numeric' } : {};
    return new Date(y, m - 1, d).toLocaleDateString(navigator.language, { day: 'numeric', month: 'short', ...withYear });
  }, iso);
}

/** Checks the profile of SLUG, freshly opened in a new tab: one active banner ending today + 21. */
async function checkProfileInNewTab(browser, slug) {
  const tab = await browser.context.newPage();
  try {
    await tab.goto(linkedinUrl(`/in/${slug}/`));
    await waitForBanner(tab, 'active');
    await checkActiveProfile(tab, slug);
  } finally {
    await tab.close();
  }
}

async function checkActiveProfile(page, slug) {
  const shown = await banners(page);
  assert.equal(shown.length, 1, `exactly one banner on /in/${slug}/`);
  assert.equal(shown[0].until, localDay(21));
  assert.equal(shown[0].state, 'active');
  assert.ok(shown[0].text.includes(await shownDate(page, localDay(0))), `the banner names the withdrawal day: ${shown[0].text}`);
  assert.ok(shown[0].text.includes(await shownDate(page, localDay(21))), `the banner names the end: ${shown[0].text}`);
  // The warning sits right after the profile's Connect control, and only there.
  const warnings = await page.evaluate(() => [...document.querySelectorAll('[data-warden="connect-warning"]')]
    .map((w) => w.previousElementSibling?.getAttribute('aria-label') ?? null));
  assert.deepEqual(warnings, [TEXT.en.connectLabel(personName(Number(slug.split('-')[1])))]);
}

/** What the other tests assume about a person nobody withdrew: no record, no banner. */
async function checkNothingRecorded(browser, slug) {
  const state = await stored(browser);
  assert.equal(state.withdrawals?.[slug], undefined, `no withdrawal of ${slug} stored`);
  const tab = await browser.context.newPage();
  try {
    await tab.goto(linkedinUrl(`/in/${slug}/`));
    // Absence cannot be awaited: give the content script the time a banner takes elsewhere.
    await tab.waitForTimeout(750);
    assert.equal(await tab.locator('[data-warden="cooldown-banner"], [data-warden="connect-warning"]').count(), 0);
  } finally {
    await tab.close();
  }
}

describe('withdrawals the user makes', () => {
  const session = browserSession({ launch: { dist: DIST } });

  const cases = [
    { what: 'the newer layout, <dialog>, a button with aria-label only', slug: 'person-2', params: { layout: 'new' } },
    { what: 'the newer layout, <dialog>, a link with data-view-name only', slug: 'person-3', params: { layout: 'new' } },
    { what: 'the newer layout, role=alertdialog', slug: 'person-5', params: { layout: 'new', dialog: 'alert' } },
    { what: 'the older layout, .artdeco-modal', slug: 'person-4', params: { layout: 'old' } },
    { what: 'the newer layout in French', slug: 'person-6', params: { layout: 'new', lang: 'fr' }, lang: 'fr' },
    { what: 'the older layout in French', slug: 'person-8', params: { layout: 'old', lang: 'fr' }, lang: 'fr' },
  ];
  for (const c of cases) {
    it(`records a confirmed withdrawal in ${c.what}, and the profile shows the banner in a new tab`, async () => {
      const page = await session.browser.context.newPage();
      try {
        await openSent(page, c.params);
        await withdrawVia(page, c.slug, 'confirm', { lang: c.lang ?? 'en' });
        await cardFor(page, c.slug).waitFor({ state: 'detached', ...WAIT });
        const state = await storedWhen(session.browser, (s) => s.withdrawals?.[c.slug], `the withdrawal of ${c.slug}`);
        const w = state.withdrawals[c.slug];
        const i = Number(c.slug.split('-')[1]);
        assert.equal(w.name, personName(i));
        assert.equal(w.until, localDay(21));
        assert.equal(w.withdrawnOn, localDay(0));
        assert.equal(w.ageDays, ageOf(c.slug, c.params));
        assert.equal(w.headline, personHeadline(i), 'the headline read on the card');
        await checkProfileInNewTab(session.browser, c.slug);
      } finally {
        await page.close();
      }
    });
  }

  it('shows the banner on a profile reached by in-app navigation, and only there', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page, { layout: 'new' });
      await page.evaluate(() => { window.__sameDocument = true; });
      await withdrawVia(page, 'person-7', 'confirm');
      await cardFor(page, 'person-7').waitFor({ state: 'detached', ...WAIT });
      await storedWhen(session.browser, (s) => s.withdrawals?.['person-7'], 'the withdrawal of person-7');
      // A click on a card's name is an in-app navigation, like on LinkedIn.
      await cardFor(page, 'person-9').getByRole('link', { name: personName(9) }).click();
      await page.getByRole('heading', { level: 1, name: personName(9) }).waitFor(WAIT);
      await spaNavigate(page, '/in/person-7/');
      await page.getByRole('heading', { level: 1, name: personName(7) }).waitFor(WAIT);
      await waitForBanner(page, 'active');
      await checkActiveProfile(page, 'person-7');
      // Leaving the profile removes the banner; coming back shows exactly one again.
      await spaNavigate(page, '/feed/');
      await page.waitForFunction(() => !document.querySelector('[data-warden="cooldown-banner"], [data-warden="connect-warning"]'), null, WAIT);
      await spaNavigate(page, '/in/person-7/');
      await waitForBanner(page, 'active');
      await checkActiveProfile(page, 'person-7');
      // The profile re-rendered by the page (same URL, new nodes): still exactly one.
      await spaNavigate(page, '/in/person-7/');
      await waitForBanner(page, 'active');
      await checkActiveProfile(page, 'person-7');
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no page load happened');
    } finally {
      await page.close();
    }
  });

  for (const how of ['cancel', 'dismiss', 'escape', 'outside']) {
    it(`records nothing when the dialog is closed by ${how}, in every dialog kind`, async () => {
      const page = await session.browser.context.newPage();
      try {
        const runs = [
          { params: { layout: 'new' }, slug: 'person-10' },
          { params: { layout: 'new', dialog: 'alert' }, slug: 'person-10' },
          { params: { layout: 'old' }, slug: 'person-10' },
          { params: { layout: 'new', lang: 'fr' }, slug: 'person-10', lang: 'fr' },
        ];
        for (const run of runs) {
          await openSent(page, run.params);
          await withdrawVia(page, run.slug, how, { lang: run.lang ?? 'en' });
          // A later click elsewhere on the page (here: a keep mark and back) must not turn the
          // closed dialog into a withdrawal either.
          const keep = cardFor(page, run.slug).locator('[data-warden="keep"]');
          await keep.click();
          await page.waitForFunction((s) => [...document.querySelectorAll('[data-warden="badge"]')]
            .some((b) => b.dataset.slug === s && b.dataset.hint === 'keep'), run.slug, WAIT);
          await keep.click();
          await page.waitForFunction((s) => [...document.querySelectorAll('[data-warden="badge"]')]
            .some((b) => b.dataset.slug === s && b.dataset.hint !== 'keep'), run.slug, WAIT);
          assert.equal(await cardFor(page, run.slug).count(), 1, 'the page kept the card');
        }
        await checkNothingRecorded(session.browser, 'person-10');
      } finally {
        await page.close();
      }
    });
  }

  it('records nothing when the page reports an error, even when the user then leaves the page', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page, { layout: 'new', fail: 1 });
      await withdrawVia(page, 'person-1', 'confirm');
      await page.getByRole('alert').filter({ hasText: TEXT.en.error }).waitFor(WAIT);
      assert.equal(await cardFor(page, 'person-1').count(), 1, 'the card stays');
      // The user goes to the person's profile (the card leaves the document with the list).
      await cardFor(page, 'person-1').getByRole('link', { name: personName(1) }).click();
      await page.getByRole('heading', { level: 1, name: personName(1) }).waitFor(WAIT);
      await page.waitForTimeout(750);
      assert.equal(await page.locator('[data-warden="cooldown-banner"]').count(), 0);

      // The same in the older layout, where a page number is a page load.
      await openSent(page, { layout: 'old', fail: 1 });
      await withdrawVia(page, 'person-10', 'confirm');
      await page.getByRole('alert').filter({ hasText: TEXT.en.error }).waitFor(WAIT);
      await spaNavigate(page, '/feed/');
      await checkNothingRecorded(session.browser, 'person-1');
      await checkNothingRecorded(session.browser, 'person-10');
    } finally {
      await page.close();
    }
  });

  it('loses nothing when two tabs withdraw at the same time', async () => {
    const [a, b] = [await session.browser.context.newPage(), await session.browser.context.newPage()];
    try {
      await Promise.all([openSent(a, { layout: 'new', size: 25 }), openSent(b, { layout: 'old', size: 25 })]);
      const pairs = [['person-12', 'person-13'], ['person-14', 'person-15'], ['person-16', 'person-17']];
      for (const [x, y] of pairs) {
        await Promise.all([withdrawVia(a, x, 'confirm'), withdrawVia(b, y, 'confirm')]);
      }
      await Promise.all(pairs.flatMap(([x, y]) => [
        cardFor(a, x).waitFor({ state: 'detached', ...WAIT }),
        cardFor(b, y).waitFor({ state: 'detached', ...WAIT }),
      ]));
      const all = pairs.flat();
      const state = await storedWhen(session.browser, (s) => all.every((slug) => s.withdrawals?.[slug]), `withdrawals of ${all.join(', ')}`);
      for (const slug of all) assert.equal(state.withdrawals[slug].until, localDay(21), slug);
      // Two keep marks at once, too.
      await Promise.all([
        cardFor(a, 'person-18').locator('[data-warden="keep"]').click(),
        cardFor(b, 'person-19').locator('[data-warden="keep"]').click(),
      ]);
      const kept = await storedWhen(session.browser, (s) => s.keeps?.['person-18'] && s.keeps?.['person-19'], 'both keep marks');
      for (const slug of all) assert.ok(kept.withdrawals[slug], `${slug} still recorded`);
      // Each tab learns of the other's mark.
      for (const [tab, slug] of [[a, 'person-19'], [b, 'person-18']]) {
        await tab.waitForFunction((s) => [...document.querySelectorAll('[data-warden="badge"]')]
          .some((x) => x.dataset.slug === s && x.dataset.hint === 'keep'), slug, WAIT);
      }
      await checkProfileInNewTab(session.browser, 'person-13');
    } finally {
      await a.close();
      await b.close();
    }
  });

  // What this test can see, and what it cannot. Content scripts run in an isolated world: same
  // DOM, but their own JavaScript globals and prototypes. So:
  //  - An event dispatched by the extension (dispatchEvent, or el.click(), which dispatches an
  //    untrusted click) travels through the shared DOM and reaches page-world listeners with
  //    isTrusted === false: a capture listener on window counts those. The user's own input
  //    (Playwright's, through the browser's input pipeline) is trusted. The calibration at the
  //    end proves the counter sees untrusted events sent from another isolated world.
  //  - Wrapping HTMLElement.prototype.click & co. in the page world catches page-world callers
  //    only: the extension's calls would go through its own world's prototypes. Those wrappers
  //    are kept as a check on the fixture itself, and the calibration shows they are blind to
  //    an isolated world. focus(), blur() and scrolling fire *trusted* events even when called
  //    by a script, so no listener can tell them apart: tests/conventions.test.mjs covers them
  //    (and click, dispatchEvent, submit...) by reading the extension's sources.
  it('dispatches no event and clicks nothing during a whole session (badges, keep, withdrawal, profile, invitation)', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.addInitScript(() => {
        const probe = { untrusted: [], calls: [] };
        Object.defineProperty(window, '__probe', { value: probe });
        const types = ['click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mouseover', 'mousemove',
          'pointerdown', 'pointerup', 'pointerover', 'pointermove', 'keydown', 'keyup', 'keypress', 'beforeinput', 'input',
          'change', 'submit', 'reset', 'focus', 'blur', 'focusin', 'focusout', 'scroll', 'scrollend', 'wheel', 'touchstart',
          'touchend', 'select', 'paste', 'copy', 'cut', 'drop', 'dragstart', 'toggle', 'close', 'cancel'];
        for (const type of types) {
          window.addEventListener(type, (e) => {
            if (!e.isTrusted) probe.untrusted.push(`${type} on ${e.target?.nodeName ?? e.target}`);
          }, true);
        }
        const wrap = (proto, name) => {
          const original = proto[name];
          if (typeof original !== 'function') return;
          proto[name] = function wrapped(...args) {
            probe.calls.push(`${name}${name === 'dispatchEvent' ? ` ${args[0]?.type}` : ''}`);
            return original.apply(this, args);
          };
        };
        for (const name of ['click', 'focus', 'blur']) wrap(HTMLElement.prototype, name);
        for (const name of ['submit', 'requestSubmit']) wrap(HTMLFormElement.prototype, name);
        for (const name of ['scrollIntoView', 'scroll', 'scrollTo', 'scrollBy']) wrap(Element.prototype, name);
        for (const name of ['scroll', 'scrollTo', 'scrollBy']) wrap(window, name);
        wrap(EventTarget.prototype, 'dispatchEvent');
      });
      const probe = () => page.evaluate(() => ({
        untrusted: [...window.__probe.untrusted],
        // The fixture announces its own in-app navigations with a CustomEvent: not ours.
        calls: window.__probe.calls.filter((c) => c !== 'dispatchEvent fixture:navigated'),
      }));

      await openSent(page, { layout: 'new' });
      await page.getByRole('button', { name: TEXT.en.loadMore }).click();
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length === 20, null, WAIT);
      await cardFor(page, 'person-11').locator('[data-warden="keep"]').click();
      await page.waitForFunction(() => [...document.querySelectorAll('[data-warden="badge"]')]
        .some((x) => x.dataset.slug === 'person-11' && x.dataset.hint === 'keep'), null, WAIT);
      await withdrawVia(page, 'person-20', 'cancel');
      await withdrawVia(page, 'person-20', 'escape');
      await withdrawVia(page, 'person-20', 'confirm');
      await cardFor(page, 'person-20').waitFor({ state: 'detached', ...WAIT });
      await storedWhen(session.browser, (s) => s.withdrawals?.['person-20'], 'the withdrawal of person-20');
      await spaNavigate(page, '/in/person-20/');
      await waitForBanner(page, 'active');
      await page.locator('[data-warden="connect-warning"]').waitFor(WAIT);
      await page.getByRole('button', { name: TEXT.en.connectLabel(personName(20)) }).click();
      await confirmDialog(page).getByRole('button', { name: TEXT.en.sendWithout }).click();
      await page.getByRole('button', { name: /^Pending/ }).waitFor(WAIT);
      await storedWhen(session.browser, (s) => s.sends?.['person-20'], 'the invitation to person-20');
      await page.reload();
      await waitForBanner(page, 'active');

      assert.deepEqual(await probe(), { untrusted: [], calls: [] });

      // Calibration: from an isolated world of its own (as a content script's), a synthetic event
      // and an element's click() are seen by the counter, but not by the page-world wrappers.
      const cdp = await session.browser.context.newCDPSession(page);
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'probe' });
      await cdp.send('Runtime.evaluate', {
        contextId: executionContextId,
        expression: "document.querySelector('h1').dispatchEvent(new MouseEvent('mousedown', { bubbles: true })); document.querySelector('h1').click();",
      });
      await cdp.detach();
      assert.deepEqual(await probe(), { untrusted: ['mousedown on H1', 'click on H1'], calls: [] });
    } finally {
      await page.close();
    }
  });

  it('marks a person to keep: the hint says keep, across reloads, in-app navigation and layouts', async () => {
    const page = await session.browser.context.newPage();
    try {
      const slug = 'person-25'; // 21 days old: "consider" by age
      const byAge = hintOf(ageOf(slug));
      assert.equal(byAge, 'consider');
      const badge = () => page.evaluate((s) => {
        const b = [...document.querySelectorAll('[data-warden="badge"]')].filter((x) => x.dataset.slug === s);
        const k = b[0]?.querySelector('[data-warden="keep"]');
        return { count: b.length, hint: b[0]?.dataset.hint, pressed: k?.getAttribute('aria-pressed'), tag: k?.tagName,
          kept: document.querySelector('[data-warden="summary"]')?.dataset.kept };
      }, slug);
      const waitHint = (hint) => page.waitForFunction(([s, h]) => [...document.querySelectorAll('[data-warden="badge"]')]
        .some((x) => x.dataset.slug === s && x.dataset.hint === h), [slug, hint], WAIT);

      await openSent(page, { layout: 'new', size: 25 });
      await waitHint(byAge);
      const before = await badge();
      assert.deepEqual({ ...before, kept: undefined }, { count: 1, hint: byAge, pressed: 'false', tag: 'BUTTON', kept: undefined });
      const keptBefore = Number(before.kept);
      const url = page.url();
      await cardFor(page, slug).locator('[data-warden="keep"]').click();
      await waitHint('keep');
      await page.waitForFunction((n) => document.querySelector('[data-warden="summary"]')?.dataset.kept === String(n), keptBefore + 1, WAIT);
      assert.deepEqual(await badge(), { count: 1, hint: 'keep', pressed: 'true', tag: 'BUTTON', kept: String(keptBefore + 1) });
      assert.equal(page.url(), url, 'the click on Warden\'s button did not reach the page');
      assert.equal(await confirmDialog(page).count(), 0, 'and opened no dialog');

      await page.reload();
      await waitHint('keep');
      assert.equal((await badge()).pressed, 'true');
      await spaNavigate(page, '/feed/');
      await spaNavigate(page, linkedinUrl(SENT_PATH, { layout: 'new', size: 25 }));
      await waitHint('keep');
      assert.deepEqual(await badge(), { count: 1, hint: 'keep', pressed: 'true', tag: 'BUTTON', kept: String(keptBefore + 1) });
      // The mark belongs to the person (/in/SLUG/), whatever the layout's link looks like.
      await openSent(page, { layout: 'old', page: 3 });
      await waitHint('keep');

      await cardFor(page, slug).locator('[data-warden="keep"]').click();
      await waitHint(byAge);
      assert.equal((await badge()).pressed, 'false');
      await page.reload();
      await waitHint(byAge);
      assert.equal((await badge()).pressed, 'false');
      const state = await stored(session.browser);
      assert.equal(state.keeps?.[slug], undefined);
    } finally {
      await page.close();
    }
  });
});
