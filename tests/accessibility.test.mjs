// Accessibility, with the unmodified dist/ in a real Chromium: axe-core finds no serious or
// critical violation in what Warden adds to the Sent page and to a profile, nor in the popup,
// in light and dark themes; every popup control and every Keep button is reached with the
// keyboard, shows a visible focus and works with it; a badge says what it shows.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/browser.mjs';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { backupOf, importBackup, localDay } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const AXE = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Serious and critical violations axe finds in `include` (selectors), as readable lines. */
async function violations(page, include) {
  await page.evaluate(AXE);
  const found = await page.evaluate(async (sel) => {
    const context = sel ? { include: sel.map((s) => [s]) } : document;
    const result = await globalThis.axe.run(context, { resultTypes: ['violations'] });
    return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, include ?? null);
  return found;
}

const dark = (page) => page.evaluate(() => {
  document.documentElement.classList.remove('theme--light');
  document.documentElement.classList.add('theme--dark');
  document.body.style.background = '#1b1f23';
  for (const n of document.querySelectorAll('main, [componentkey$="Topcard"], section')) n.style.background = '#1d2226';
});

/** What the keyboard focus shows: an outline or a ring. */
const focusShows = (page) => page.evaluate(() => {
  const s = getComputedStyle(document.activeElement);
  return (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
});

describe('accessibility', () => {
  const session = browserSession({ check: 'end', seed: async (browser) => {
      // person-40 is on none of the Sent pages read below (a reading would end a cooldown that did not hold).
      const answer = await importBackup(browser, backupOf([{ slug: 'person-40', name: 'Person Forty', days: 2 }]));
      assert.equal(answer?.added, 1);
    } });

  for (const theme of ['light', 'dark']) {
    for (const layout of ['oct2026', 'new']) {
      it(`the annotated Sent page (${layout}, ${theme}): no serious or critical violation in Warden's badges and summary`, async () => {
        const page = await session.browser.context.newPage();
        try {
          await page.goto(linkedinUrl(SENT_PATH, { layout }));
          await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length >= 10, null, WAIT);
          if (theme === 'dark') await dark(page);
          assert.deepEqual(await violations(page, ['[data-warden="badge"]', '[data-warden="summary"]']), []);
        } finally {
          await page.close();
        }
      });
    }

    it(`a profile banner and connect warning (${theme}): no serious or critical violation`, async () => {
      const page = await session.browser.context.newPage();
      try {
        await page.goto(linkedinUrl('/in/person-40/', { profile: '2026' }));
        await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
        if (theme === 'dark') await dark(page);
        assert.deepEqual(await violations(page, ['[data-warden="cooldown-banner"]', '[data-warden="connect-warning"]']), []);
      } finally {
        await page.close();
      }
    });

    it(`the popup (${theme}): no serious or critical violation`, async () => {
      const popup = await session.browser.context.newPage();
      try {
        await popup.emulateMedia({ colorScheme: theme });
        await popup.goto(session.browser.popupUrl());
        await popup.waitForFunction(() => document.querySelector('#main[aria-busy="false"] [data-warden="quota"][data-used]'), null, WAIT); // the core's own view
        for (const d of await popup.locator('details').all()) await d.evaluate((n) => { n.open = true; });
        assert.deepEqual(await violations(popup), []);
      } finally {
        await popup.close();
      }
    });
  }

  it('a badge says what it shows', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026' }));
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length >= 10, null, WAIT);
      // Card 9 is 21 days old: "consider"; the re-invite day is today + 21.
      const badge = page.locator('[role="listitem"]').nth(8).locator('[data-warden="badge"]');
      const name = await badge.getAttribute('aria-label');
      const day = await page.evaluate((iso) => {
        const [y, m, d] = iso.split('-').map(Number);
        return new Date(y, m - 1, d).toLocaleDateString(navigator.language, { day: 'numeric', month: 'short' });
      }, localDay(21));
      assert.equal(name, `Waiting, 21 days: Consider withdrawing · re-invite from ${day}`);
    } finally {
      await page.close();
    }
  });

  it('every Keep button is reached with Tab, shows its focus and toggles with Space and Enter', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 3, size: 3 }));
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="keep"]').length === 3, null, WAIT);
      const reached = [];
      for (let k = 0; k < 40 && reached.length < 3; k++) {
        await page.keyboard.press('Tab');
        const info = await page.evaluate(() => ({ keep: document.activeElement?.dataset.warden === 'keep', slug: document.activeElement?.closest('[role="listitem"]')?.querySelector('a[href*="/in/"]')?.getAttribute('href') }));
        if (info.keep) {
          reached.push(info.slug);
          assert.ok(await focusShows(page), `the focus shows on the Keep button of ${info.slug}`);
        }
      }
      assert.equal(new Set(reached).size, 3, 'three Keep buttons reached');
      await page.keyboard.press('Space');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'true', null, WAIT);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.getAttribute('aria-pressed') === 'false', null, WAIT);
    } finally {
      await page.close();
    }
  });

  it('every popup control is reached with Tab and shows its focus', async () => {
    const popup = await session.browser.context.newPage();
    try {
      await popup.goto(session.browser.popupUrl());
      await popup.waitForFunction(() => document.querySelector('#main[aria-busy="false"] [data-warden="quota"][data-used]'), null, WAIT); // the core's own view
      for (const d of await popup.locator('details').all()) await d.evaluate((n) => { n.open = true; });
      const controls = await popup.evaluate(() => [...document.querySelectorAll('button, a[href], input, summary, a[role="button"], textarea')]
        .filter((n) => n.checkVisibility() && !n.disabled).length);
      const reached = new Set();
      for (let k = 0; k < controls * 2 + 10; k++) {
        await popup.keyboard.press('Tab');
        const id = await popup.evaluate(() => {
          const n = document.activeElement;
          if (!n || n === document.body) return null;
          n.dataset.tabbed ??= String(document.querySelectorAll('[data-tabbed]').length);
          return n.dataset.tabbed;
        });
        if (id === null) continue;
        if (!reached.has(id)) assert.ok(await focusShows(popup), `the focus shows on control ${id}`);
        reached.add(id);
      }
      assert.ok(reached.size >= controls, `${reached.size} of ${controls} controls reached`);
    } finally {
      await popup.close();
    }
  });
});
