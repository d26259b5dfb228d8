// The Sent page in the shapes LinkedIn serves in 2026 (FIELD-NOTES §1, §2, §4), with the
// unmodified dist/ in a real Chromium: one correct badge per card on the first screen and
// after the user scrolls main#workspace (infinite scroll: no "Load more"), in English,
// French, German, Portuguese and Italian; controls with and without a known label on the same
// page; totals with thousands separators; the page's language, not the browser's.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, waitForSummary } from './support/browser.mjs';
import { expectedCards, linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { TEXT26, groupedCount } from './support/fixtures-2026.mjs';
import { assertCards } from './support/contract.mjs';
import { browserSession } from './support/session.mjs';


function readPage(page) {
  return page.evaluate(() => [...document.querySelectorAll('[role="listitem"]')].map((card) => {
    const badges = [...card.querySelectorAll('[data-warden="badge"]')];
    return {
      slug: card.querySelector('a[href*="/in/"]')?.getAttribute('href').match(/\/in\/([^/]+)/)?.[1],
      badges: badges.length,
      ...(badges[0] ? { ...badges[0].dataset } : {}),
    };
  }));
}

const summary = (page) => page.evaluate(() => ({ count: document.querySelectorAll('[data-warden="summary"]').length, ...document.querySelector('[data-warden="summary"]')?.dataset }));

/** Scrolls the list the way the user does (the wheel over main#workspace) until `n` cards show. */
async function scrollUntil(page, n) {
  await page.mouse.move(640, 500);
  for (let k = 0; k < 40; k++) {
    if (await page.locator('[role="listitem"]').count() >= n) return;
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(150);
  }
  assert.fail(`the list did not grow to ${n} cards`);
}

describe('Sent page, 2026 shapes', () => {
  const session = browserSession({ check: 'end' });

  const shapes = [
    { layout: 'oct2026', lang: 'en' },
    { layout: 'oct2026', lang: 'fr' },
    { layout: 'oct2026', lang: 'de' },
    { layout: 'oct2026', lang: 'pt' },
    { layout: 'oct2026', lang: 'it' },
    { layout: 'early2026', lang: 'en' },
  ];
  for (const { layout, lang } of shapes) {
    it(`${layout} in ${lang}: badges on the first screen and on every batch the user scrolls in, the total read with its separator`, async () => {
      const page = await session.browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      try {
        await page.goto(linkedinUrl(SENT_PATH, { layout, lang, n: 30, stated: 1204 }));
        await waitForSummary(page, 10);
        assertCards(await readPage(page), expectedCards({ layout: 'new', lang, n: 30, count: 10 }));
        if (layout === 'oct2026' && lang === 'en') await page.screenshot({ path: screenshotPath('sent-page-2026.png') });
        const first = await summary(page);
        assert.equal(first.count, 1);
        assert.equal(first.pending, '1204', `read from "${TEXT26[lang].people(groupedCount(1204, lang))}"`);
        // No "Load more": the user scrolls, the page appends 10 cards per batch.
        assert.equal(await page.locator('[data-fx-more]').count(), 0);
        await scrollUntil(page, 30);
        await waitForSummary(page, 30);
        assertCards(await readPage(page), expectedCards({ layout: 'new', lang, n: 30 }));
        assert.equal((await summary(page)).count, 1);
      } finally {
        await page.close();
      }
    });
  }

  it('on the same page, cards whose control has no known label are found by its word (German without a label, Italian with an unguessed one)', async () => {
    const page = await session.browser.context.newPage();
    try {
      for (const lang of ['en', 'de', 'it']) {
        await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', lang, n: 10 }));
        await waitForSummary(page, 10);
        const labels = await page.evaluate(() => [...document.querySelectorAll('[role="listitem"] a[href="https://www.linkedin.com/"]')]
          .map((a) => a.getAttribute('aria-label')));
        const unlabelled = labels.filter((l) => !l).length;
        assert.ok(unlabelled >= 1 && (lang === 'de' ? unlabelled === 10 : unlabelled < 10), `${lang}: ${unlabelled} controls without a label`);
        assertCards(await readPage(page), expectedCards({ layout: 'new', lang, n: 10 }));
      }
    } finally {
      await page.close();
    }
  });

  // The content scripts' global lives in their own isolated world: page markup named like it
  // cannot stand in for it.
  it('works on a page whose markup is named like Warden\'s own global (<form name="Warden">, twice)', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', clobber: 1 }));
      assert.equal(await page.evaluate(() => Boolean(window.Warden) && !('ask' in window.Warden)), true, 'the page\'s own window sees its markup');
      await waitForSummary(page, 10);
      assertCards(await readPage(page), expectedCards({ layout: 'new', n: 25, count: 10 }));
    } finally {
      await page.close();
    }
  });

  it('reads the page in its own language whatever the browser speaks: a French LinkedIn in an English browser', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', lang: 'fr', n: 12, size: 12, stated: 1204 }));
      await waitForSummary(page, 12);
      assert.equal((await summary(page)).pending, '1204', 'from "Personnes (1 204)" with a narrow no-break space');
      assert.equal(await page.evaluate(() => navigator.language.slice(0, 2)), 'en');
    } finally {
      await page.close();
    }
  });
});
