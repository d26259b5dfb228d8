// The profile, send and search-result shapes LinkedIn served in 2026 beyond the October capture
// (FIELD-NOTES §6): the banner and the connect warning on profiles whose Connect is a button,
// in a More menu, behind Follow, beside an incoming request or a second "More", and on a
// profile redirected away; sends from profiles, search results and the invite route, counted
// once each in the popup's quota. Each in four renderings of its aria-labels (English, German,
// opaque tokens, empty: ?labels=, see support/labels.mjs), with the unmodified dist/ in a real
// Chromium and the user's own clicks. One test per scenario and rendering: a decision that
// changes between renderings was made by reading a word (§6, "A lesson from a peer"). The
// tests that wait for something not to happen run their four renderings at once, a tab each.
// Every assertion is the contract's (CONTRACT.md). The Sent page: shapes-sent-2026.test.mjs.

import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { exactly, openPopup, quotaUsed } from './support/browser.mjs';
import { linkedinUrl, personName } from './support/fixtures.mjs';
import { TEXT26 } from './support/fixtures-2026.mjs';
import { RENDERINGS } from './support/labels.mjs';
import { backupOf, importBackup, localDay, SETTLED_MS, storedAfter } from './support/ledger.mjs';
import { browserSession, inRenderings } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const T = TEXT26.en;

// People whose cooldown runs (withdrawn 2 days ago): their profiles show the banner.
const COOLING = { button: 201, pendingmenu: 202, follow: 203, incoming: 204, navmore: 205, redirect: 206, redirectSpa: 207 };
const SEEDED = Object.values(COOLING).map((i) => ({ slug: `person-${i}`, name: personName(i), days: 2 }));

/** Waits (bounded) for the quota to read `value`, then asserts it does. */
async function waitUsed(popup, value, message) {
  await popup.waitForFunction((v) => document.querySelector('[data-warden="quota"]')?.getAttribute('data-used') === String(v), value, WAIT)
    .catch(() => {});
  assert.equal(await quotaUsed(popup), value, message);
}

/** Where each connect warning stands. */
function warnings(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-warden="connect-warning"]')].map((w) => ({
    before: w.previousElementSibling?.textContent.trim() ?? null,
    role: w.previousElementSibling?.getAttribute('role') ?? null,
    inTopCard: Boolean(w.closest('[componentkey$="Topcard"]')),
    visible: w.checkVisibility(),
  })));
}

const profileUrl = (i, params) => linkedinUrl(`/in/person-${i}/`, { profile: '2026', ...params });
const topCard = (page) => page.locator('main [componentkey$="Topcard"]');
const outlet = (page) => page.locator('#interop-outlet');

describe('FIELD-NOTES §6 profiles, sends and search results, in four renderings of their labels', () => {
  const session = browserSession({ seed: async (browser) => {
    const answer = await importBackup(browser, backupOf(SEEDED));
    assert.equal(answer?.added, SEEDED.length, JSON.stringify(answer));
  } });
  // Each case in the four renderings (one test each; at once in a tab each for the waits for nothing).
  const { each, atOnce, withPage } = inRenderings(session, RENDERINGS);

  // -------------------------------------------------------------------------------------
  // Profiles: banner and connect warning (people seeded with a running cooldown)

  const bannerOnce = async (page) => {
    await page.waitForFunction(() => document.querySelectorAll('[data-warden="cooldown-banner"]').length === 1, null, WAIT);
    const banner = page.locator('[data-warden="cooldown-banner"]');
    assert.equal(await banner.getAttribute('data-until'), localDay(19));
    assert.equal(await banner.getAttribute('data-state'), 'active');
  };

  each('Connect as a <button> (no href, no componentkey): one banner, the warning beside the top card\'s button only', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.button, { connect: 'button', labels }));
    await bannerOnce(page);
    await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
    await page.waitForTimeout(500);
    assert.deepEqual(await warnings(page), [{ before: T.connect, role: null, inTopCard: true, visible: true }]);
  }));

  each('Pending inside the More menu: the banner, and no warning even with the menu open', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.pendingmenu, { state: 'pendingmenu', labels }));
    await bannerOnce(page);
    await topCard(page).locator('[aria-expanded]').click();
    await topCard(page).locator('[role="menuitem"]', { hasText: T.pending }).waitFor();
    await page.waitForTimeout(800);
    assert.deepEqual(await warnings(page), []);
  }));

  each('a Follow-first profile: the warning beside the More menu\'s Connect only while the user has that menu open', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.follow, { state: 'follow', labels }));
    await bannerOnce(page);
    await page.waitForTimeout(500);
    assert.deepEqual(await warnings(page), [], 'not beside Follow');
    await topCard(page).locator('[aria-expanded]').click();
    await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
    assert.deepEqual(await warnings(page), [{ before: T.connect, role: 'menuitem', inTopCard: true, visible: true }]);
  }));

  each('an incoming request (Accept / Ignore, no Connect): the banner, no warning', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.incoming, { state: 'incoming', labels }));
    await bannerOnce(page);
    await page.waitForTimeout(800);
    assert.deepEqual(await warnings(page), []);
  }));

  each('a second "More" in the nav bar: one banner, one warning beside the top card\'s Connect', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.navmore, { navmore: 1, labels }));
    await bannerOnce(page);
    await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
    await page.waitForTimeout(500);
    assert.deepEqual(await warnings(page), [{ before: T.connect, role: null, inTopCard: true, visible: true }]);
  }));

  for (const [how, i] of [['by the server', COOLING.redirect], ['by the page\'s script', COOLING.redirectSpa]]) {
    atOnce(`/in/SLUG/ redirected to /mynetwork/ ${how} (other people's Connect controls, no top card): no banner, no warning`, async (page, labels) => {
      await page.goto(profileUrl(i, { redirect: i === COOLING.redirect ? '1' : 'spa', labels }));
      await page.waitForFunction(() => location.pathname === '/mynetwork/', null, WAIT);
      assert.ok(await page.locator('main a[href*="custom-invite"]').count() >= 3);
      await page.waitForTimeout(SETTLED_MS);
      assert.equal(await page.locator('[data-warden="cooldown-banner"]').count(), 0);
      assert.deepEqual(await warnings(page), []);
    });
  }

  // -------------------------------------------------------------------------------------
  // Sends (§6): each counts once in the popup's quota, when that person's control shows
  // Pending; the email gate, a dismissed dialog, Follow and Accept count nothing.

  const sendCase = (title, act) => each(title, (labels, r) => withPage(async (page) => {
    const base = 300 + 20 * r;
    const popup = await openPopup(session.browser, { timeout: WAIT.timeout });
    try {
      const used = await quotaUsed(popup);
      const added = await act(page, { labels, base });
      await waitUsed(popup, used + added, `the popup's quota: ${used} before, ${added} send(s) made`);
      await storedAfter(session.browser, SETTLED_MS);
      assert.equal(await quotaUsed(popup), used + added, `${added} send(s) counted, once`);
    } finally {
      await popup.close();
    }
  }));

  const sendWithout = async (page) => {
    await outlet(page).locator('button', { hasText: T.sendWithout }).click();
  };

  sendCase('Connect as a <button> that turns to Pending in place: one send', async (page, { labels, base }) => {
    await page.goto(profileUrl(base + 1, { connect: 'button', labels }));
    await topCard(page).locator('button:visible', { hasText: exactly(T.connect) }).click();
    await sendWithout(page);
    await topCard(page).locator('button:visible', { hasText: exactly(T.pending) }).waitFor(WAIT);
    return 1;
  });

  sendCase('a Follow-first profile: Follow counts nothing; Connect in More, then Pending in More, counts one send', async (page, { labels, base }) => {
    await page.goto(profileUrl(base + 2, { state: 'follow', labels }));
    await topCard(page).locator('button', { hasText: exactly('Follow') }).click();
    await topCard(page).locator('button', { hasText: exactly('Following') }).waitFor();
    await topCard(page).locator('[aria-expanded]').click();
    await topCard(page).locator('[role="menuitem"]', { hasText: exactly(T.connect) }).click();
    await sendWithout(page);
    await topCard(page).locator('[role="menuitem"]', { hasText: exactly(T.pending) }).waitFor({ state: 'attached', ...WAIT });
    return 1;
  });

  sendCase('the email gate before sending, dismissed, and an invite dialog dismissed, count no send', async (page, { labels, base }) => {
    await page.goto(profileUrl(base + 3, { gate: 1, labels }));
    await topCard(page).locator('a:visible', { hasText: exactly(T.connect) }).click();
    await sendWithout(page);
    await outlet(page).locator('input[type="email"]').waitFor(WAIT);
    await outlet(page).getByText('To verify this member knows you, please enter their email').waitFor();
    await outlet(page).locator('button', { hasText: '×' }).click();
    await page.goto(profileUrl(base + 4, { labels }));
    await topCard(page).locator('a:visible', { hasText: exactly(T.connect) }).click();
    await outlet(page).locator('button', { hasText: T.sendWithout }).waitFor();
    await outlet(page).locator('button', { hasText: '×' }).click();
    await page.waitForTimeout(1000);
    assert.equal(await topCard(page).getByText(T.pending).count(), 0);
    return 0;
  });

  sendCase('an incoming request accepted counts no send', async (page, { labels, base }) => {
    await page.goto(profileUrl(base + 5, { state: 'incoming', labels }));
    await topCard(page).locator('button', { hasText: exactly('Accept') }).click();
    await topCard(page).locator('button', { hasText: exactly('Accept') }).waitFor({ state: 'detached' });
    await topCard(page).locator('p:visible', { hasText: `· ${T.first}` }).waitFor();
    return 0;
  });

  sendCase('search results without data-view-name: Connect <a> to /preload/search-custom-invite/, the dialog on that URL, one send', async (page, { labels, base }) => {
    await page.goto(linkedinUrl('/search/results/people/', { search: 'sdui', sfirst: base + 6, labels }));
    const item = page.locator('main [role="listitem"]').nth(1);
    await item.locator('a', { hasText: exactly(T.connect) }).click();
    await page.waitForFunction(() => location.pathname === '/preload/search-custom-invite/', null, WAIT);
    await sendWithout(page);
    await item.getByText(T.pending).waitFor(WAIT);
    assert.equal(await page.evaluate(() => location.pathname), '/search/results/people/');
    return 1;
  });

  sendCase('classic search results (data-chameleon-result-urn, the name in span[aria-hidden]): Connect <button>, one send', async (page, { labels, base }) => {
    await page.goto(linkedinUrl('/search/results/people/', { search: 'classic', sfirst: base + 10, labels }));
    const result = page.locator('main [data-chameleon-result-urn]').nth(2);
    await result.locator('button', { hasText: exactly(T.connect) }).click();
    await page.locator('.artdeco-modal button', { hasText: T.sendWithout }).click();
    await result.getByText(T.pending).waitFor(WAIT);
    return 1;
  });

  sendCase('the invite route loaded as a page (/preload/custom-invite/?vanityName=): Send, then Pending on the profile, counts one send', async (page, { labels, base }) => {
    const slug = `person-${base + 14}`;
    await page.goto(linkedinUrl('/preload/custom-invite/', { vanityName: slug, profile: '2026', labels }));
    await sendWithout(page);
    await page.waitForFunction((s) => location.pathname === `/in/${s}/`, slug, WAIT);
    await topCard(page).locator('[componentkey$="_pending"]:visible').waitFor(WAIT);
    return 1;
  });
});
