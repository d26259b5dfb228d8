// Sends on the 2026 shapes (FIELD-NOTES §3), with the unmodified dist/ in a real Chromium and
// the user's own clicks: Connect as an <a> on the profile, the invite dialog inside the open
// shadow root of #interop-outlet (with and without a note), the More-menu item, search results
// (an <a> with a dialog, a button that sends at once), German. A send counts once, when that
// person's own control turns to Pending; Connect then Dismiss counts nothing, whatever the page
// does next (the rails hold Pending controls of other people); LinkedIn's weekly-limit dialog
// in the shadow root records no send and is remembered.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkedinUrl, personName } from './support/fixtures.mjs';
import { TEXT26 } from './support/fixtures-2026.mjs';
import { stored, storedAfter } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const T = TEXT26.en;

describe('sends on the 2026 shapes', () => {
  const session = browserSession();

  const sends = async () => Object.keys((await stored(session.browser)).sends ?? {}).sort();

  /** The sends recorded since `before`, once they stop changing (bounded). */
  async function newSends(before, expected) {
    const end = Date.now() + 10000;
    for (;;) {
      const added = (await sends()).filter((s) => !before.includes(s));
      if (added.length >= expected.length || Date.now() > end) return added;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  const topCard = (page) => page.locator('main [componentkey$="Topcard"]');
  const pendingInTopCard = (page) => topCard(page).locator('[componentkey$="_pending"]:visible');

  it('a profile send through the shadow-root dialog, without a note, counts once', async () => {
    const before = await sends();
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/in/person-31/', { profile: '2026' }));
      await topCard(page).getByRole('link', { name: T.connectLabel(personName(31)) }).click();
      // Playwright's locators see into the open shadow root, as the user does.
      await page.locator('#interop-outlet').getByRole('button', { name: T.sendWithout }).click();
      await pendingInTopCard(page).waitFor(WAIT);
      assert.deepEqual(await newSends(before, ['person-31']), ['person-31']);
      await storedAfter(session.browser, 600);
      assert.deepEqual((await sends()).filter((s) => !before.includes(s)), ['person-31'], 'nobody else');
    } finally {
      await page.close();
    }
  });

  it('with a note: Add a note, the message, Send invitation', async () => {
    const before = await sends();
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/in/person-32/', { profile: '2026' }));
      await topCard(page).locator('a[href*="custom-invite"]:visible').click();
      const outlet = page.locator('#interop-outlet');
      await outlet.getByRole('button', { name: T.addNote }).click();
      await outlet.locator('textarea#custom-message').fill('Hello from the test');
      await outlet.getByRole('button', { name: T.sendInvitation }).click();
      await pendingInTopCard(page).waitFor(WAIT);
      assert.deepEqual(await newSends(before, ['person-32']), ['person-32']);
    } finally {
      await page.close();
    }
  });

  it('Connect then Dismiss counts nothing, whatever the page changes next (Pending controls of others included)', async () => {
    const before = await sends();
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/in/person-33/', { profile: '2026' }));
      assert.ok(await page.locator('main section li [componentkey$="_pending"]').count() >= 1, 'the rail holds a Pending of someone else');
      const rerenderRail = () => page.evaluate(() => {
        const item = document.querySelector('main section li:has([componentkey$="_pending"])');
        item.replaceWith(item.cloneNode(true));
      });
      await topCard(page).locator('a[href*="custom-invite"]:visible').click();
      await page.locator('#interop-outlet').getByRole('button', { name: T.dismiss }).waitFor(WAIT);
      // While the dialog is open, a rail item re-renders with its Pending (someone else's).
      await rerenderRail();
      await page.waitForTimeout(300);
      await page.locator('#interop-outlet').getByRole('button', { name: T.dismiss }).click();
      // And after the dialog closed.
      await rerenderRail();
      assert.deepEqual((await storedAfter(session.browser, 800), await sends()).filter((s) => !before.includes(s)), []);
    } finally {
      await page.close();
    }
  });

  it('Connect in the More menu counts once the top card shows Pending', async () => {
    const before = await sends();
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/in/person-34/', { profile: '2026', state: 'menu' }));
      await topCard(page).locator('[aria-expanded]').click();
      await page.getByRole('menuitem', { name: T.connect }).click();
      await page.locator('#interop-outlet').getByRole('button', { name: T.sendWithout }).click();
      await topCard(page).getByText(T.pending).waitFor(WAIT);
      assert.deepEqual(await newSends(before, ['person-34']), ['person-34']);
    } finally {
      await page.close();
    }
  });

  it('search results: an <a> with the dialog, and a button that sends at once; a Pending result is nobody\'s send', async () => {
    const before = await sends();
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/search/results/people/', { keywords: 'x' }));
      const items = page.locator('main li');
      await items.nth(0).locator('a[href*="custom-invite"]').click();
      await page.locator('#interop-outlet').getByRole('button', { name: T.sendWithout }).click();
      await items.nth(0).locator('[componentkey$="_pending"]').waitFor(WAIT);
      await items.nth(3).getByRole('button', { name: /^Invite / }).click();
      await items.nth(3).getByText(T.pending).waitFor(WAIT);
      assert.deepEqual(await newSends(before, ['person-45', 'person-48']), ['person-45', 'person-48']);
    } finally {
      await page.close();
    }
  });

  it('LinkedIn\'s weekly-limit dialog in the shadow root records no send, and is remembered', async () => {
    const before = await sends();
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/in/person-35/', { profile: '2026', limit: 1 }));
      await topCard(page).locator('a[href*="custom-invite"]:visible').click();
      await page.locator('#interop-outlet').getByRole('button', { name: T.sendWithout }).click();
      await page.locator('#interop-outlet').getByText(T.limitTitle).waitFor(WAIT);
      const end = Date.now() + 10000;
      while (!((await stored(session.browser)).limitReachedAt > Date.now() - 60000) && Date.now() < end) await new Promise((r) => setTimeout(r, 100));
      const state = await stored(session.browser);
      assert.ok(state.limitReachedAt > Date.now() - 60000, 'the limit message was recorded');
      assert.deepEqual(Object.keys(state.sends ?? {}).filter((s) => !before.includes(s)), []);
    } finally {
      await page.close();
    }
  });

  it('a German profile: "Vernetzen", then "Ohne Nachricht senden": the componentkey suffix confirms it', async () => {
    const before = await sends();
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/in/person-36/', { profile: '2026', lang: 'de' }));
      await topCard(page).locator('a:visible', { hasText: TEXT26.de.connect }).click();
      await page.locator('#interop-outlet').getByRole('button', { name: TEXT26.de.sendWithout }).click();
      await pendingInTopCard(page).waitFor(WAIT);
      assert.deepEqual(await newSends(before, ['person-36']), ['person-36']);
    } finally {
      await page.close();
    }
  });
});
