// Profiles in the 2026 shape (FIELD-NOTES §3), with the unmodified dist/ in a real Chromium:
// the banner once, and the contract's connect warning beside the top card's own Connect only
// (an <a>, the `_withdrawn` button LinkedIn shows right after a withdrawal, the More-menu item
// while the user has that menu open), never in the sticky header, a rail of other people or a
// hidden duplicate; in English and German.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath } from './support/browser.mjs';
import { linkedinUrl, personName } from './support/fixtures.mjs';
import { TEXT26 } from './support/fixtures-2026.mjs';
import { backupOf, importBackup, localDay } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const SEEDED = [5, 6, 7, 8, 9].map((i) => ({ slug: `person-${i}`, name: personName(i), days: 2 }));

/** Where each warning stands: the element before it, and the region of the page it is in. */
function warnings(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-warden="connect-warning"]')].map((w) => {
    const before = w.previousElementSibling;
    return {
      label: before?.getAttribute('aria-label') ?? null,
      key: before?.getAttribute('componentkey') ?? null,
      role: before?.getAttribute('role') ?? null,
      inTopCard: Boolean(w.closest('[componentkey$="Topcard"]')),
      inSticky: Boolean(w.closest('.sticky')),
      visible: w.checkVisibility(),
    };
  }));
}

async function openProfile(page, i, params = {}) {
  await page.goto(linkedinUrl(`/in/person-${i}/`, { profile: '2026', ...params }));
  await page.waitForFunction(() => document.querySelectorAll('[data-warden="cooldown-banner"]').length === 1, null, WAIT);
}

describe('profile banner and connect warning, 2026 shape', () => {
  const session = browserSession({ seed: async (browser) => {
      const answer = await importBackup(browser, backupOf(SEEDED));
      assert.equal(answer?.added, SEEDED.length, JSON.stringify(answer));
    } });

  it('one banner; the warning beside the top card\'s Connect <a> only (not the sticky header, the rails or the hidden duplicate)', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openProfile(page, 5);
      await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
      await page.screenshot({ path: screenshotPath('profile-2026.png') });
      const banner = page.locator('[data-warden="cooldown-banner"]');
      assert.equal(await banner.getAttribute('data-until'), localDay(19));
      assert.equal(await banner.getAttribute('data-state'), 'active');
      // The page holds several Connect controls: the fixture is the captured shape.
      assert.ok(await page.locator('[aria-label^="Invite "][aria-label$=" to connect"]').count() >= 5);
      assert.deepEqual(await warnings(page), [{
        label: TEXT26.en.connectLabel(personName(5)), key: 'ConnectButtonstate:invitation:urn:li:member:100000005_connect',
        role: null, inTopCard: true, inSticky: false, visible: true,
      }]);
    } finally {
      await page.close();
    }
  });

  it('beside the `_withdrawn` Connect button LinkedIn shows right after a withdrawal', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openProfile(page, 6, { state: 'withdrawn' });
      await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
      const shown = await warnings(page);
      assert.equal(shown.length, 1);
      assert.match(shown[0].key, /_withdrawn$/);
      assert.equal(shown[0].inTopCard, true);
    } finally {
      await page.close();
    }
  });

  it('beside the More-menu item only while the user has that menu open', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openProfile(page, 7, { state: 'menu' });
      // Give the warning the time it takes elsewhere: none, the menu is closed.
      await page.waitForTimeout(500);
      assert.deepEqual(await warnings(page), []);
      await page.locator('[componentkey$="Topcard"] [aria-expanded]').click();
      await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
      const shown = await warnings(page);
      assert.equal(shown.length, 1);
      assert.equal(shown[0].role, 'menuitem');
      assert.equal(shown[0].visible, true);
      await page.locator('[componentkey$="Topcard"] [aria-expanded]').click();
      await page.waitForFunction(() => ![...document.querySelectorAll('[data-warden="connect-warning"]')].some((w) => w.checkVisibility()), null, WAIT);
    } finally {
      await page.close();
    }
  });

  it('no warning when the top card shows Pending, though the rails hold Connect controls of others', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openProfile(page, 8, { state: 'pending' });
      await page.waitForTimeout(500);
      assert.deepEqual(await warnings(page), []);
      assert.ok(await page.locator('main section li [componentkey$="_connect"]').count() >= 2);
    } finally {
      await page.close();
    }
  });

  it('a German profile: the warning beside "Vernetzen" (aria-label "NAME als Kontakt einladen")', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openProfile(page, 9, { lang: 'de' });
      await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
      const shown = await warnings(page);
      assert.equal(shown.length, 1);
      assert.equal(shown[0].label, `${personName(9)} als Kontakt einladen`);
      assert.equal(shown[0].inTopCard, true);
    } finally {
      await page.close();
    }
  });
});
