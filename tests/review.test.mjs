// Review mode on the Sent page (the contract's [data-warden="review"]), with the unmodified
// dist/ in a real Chromium and the user's own clicks: the cards to act on (withdraw or
// consider) marked todo, every other card (a kept person's too) skip and dimmed by Warden's
// styles; a progress line counting what the user withdrew or kept on this visit; "Done"
// recording the review day; switching off restoring the page exactly; nothing scrolled,
// moved or removed by Warden.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cardFor, withdrawVia } from './support/browser.mjs';
import { expectedCards, linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { localDay, storedWhen } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const todoOf = (age) => age >= 21; // hint consider (21-27) or withdraw (28+), by the contract

/** Each card's slug, review mark and opacity, and LinkedIn's own markup of the list. */
function look(page) {
  return page.evaluate(() => {
    const list = document.querySelector('[data-testid="lazy-column"]');
    const bare = list.cloneNode(true);
    bare.querySelectorAll('[data-warden]').forEach((n) => n.remove());
    return {
      cards: [...list.querySelectorAll('[role="listitem"]')].map((card) => ({
        slug: card.querySelector('a[href*="/in/"]').getAttribute('href').match(/\/in\/([^/]+)/)[1],
        review: card.querySelector('[data-warden="badge"]')?.getAttribute('data-review') ?? null,
        opacity: Number(getComputedStyle(card).opacity),
      })),
      markup: bare.outerHTML,
      scroll: [document.querySelector('main').scrollTop, window.scrollY],
      progress: document.querySelector('[data-warden="review-progress"]')?.textContent ?? '',
    };
  });
}

describe('review mode', () => {
  const session = browserSession();

  it('marks, dims, counts what the user withdrew or kept, records "Done", and restores the page', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 16, size: 16, stated: 1204 }));
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length === 16, null, WAIT);
      const truth = expectedCards({ n: 16 });
      // The user keeps one person to act on before reviewing: person-16 (730 days).
      await cardFor(page, 'person-16').locator('[data-warden="keep"]').click();
      await cardFor(page, 'person-16').locator('[data-warden="keep"][aria-pressed="true"]').waitFor(WAIT);
      // Back to the top, as the user scrolls (the summary's button is then in view).
      await page.evaluate(() => document.querySelector('main').scrollTo(0, 0));
      const before = await look(page);
      const review = page.locator('[data-warden="summary"] [data-warden="review"]');
      assert.equal(await review.count(), 1);
      assert.equal(await review.getAttribute('aria-pressed'), 'false');
      assert.deepEqual(before.cards.map((c) => c.review), truth.map(() => null), 'no mark before review');

      await review.click();
      assert.equal(await review.getAttribute('aria-pressed'), 'true');
      const during = await look(page);
      const want = truth.map((c) => (c.slug !== 'person-16' && todoOf(c.ageDays) ? 'todo' : 'skip'));
      assert.deepEqual(during.cards.map((c) => c.review), want);
      for (const c of during.cards) assert.ok(c.review === 'todo' ? c.opacity === 1 : c.opacity < 1, `${c.slug}: ${c.review} at opacity ${c.opacity}`);
      const todo = want.filter((w) => w === 'todo').length;
      assert.match(during.progress, new RegExp(`^0 of ${todo} to review · 1,204 pending, 16 loaded · scroll to load more`));
      assert.equal(during.markup, before.markup, 'LinkedIn\'s markup untouched');
      assert.deepEqual(during.scroll, before.scroll, 'nothing scrolled');

      // The user withdraws one card to act on, and keeps another.
      const toAct = truth.filter((c, i) => want[i] === 'todo');
      await withdrawVia(page, toAct[0].slug, 'confirm');
      await cardFor(page, toAct[0].slug).waitFor({ state: 'detached', ...WAIT });
      await page.waitForFunction((t) => document.querySelector('[data-warden="review-progress"]').textContent.startsWith(`1 of ${t}`), todo, WAIT);
      await cardFor(page, toAct[1].slug).locator('[data-warden="keep"]').click();
      await page.waitForFunction((t) => document.querySelector('[data-warden="review-progress"]').textContent.startsWith(`2 of ${t}`), todo, WAIT);
      assert.equal(await cardFor(page, toAct[1].slug).locator('[data-warden="badge"]').getAttribute('data-review'), 'skip', 'kept: skipped now');

      await page.locator('[data-warden="review-done"]').click();
      const state = await storedWhen(session.browser, (s) => s.reviewedOn, 'the review day');
      assert.equal(state.reviewedOn, localDay(0));

      await review.click();
      const after = await look(page);
      assert.equal(await review.getAttribute('aria-pressed'), 'false');
      assert.ok(after.cards.every((c) => c.review === null && c.opacity === 1), 'every mark and dimming gone');
      assert.equal(await page.locator('[data-review]').count(), 0);
    } finally {
      await page.close();
    }
  });

  it('reaching zero to review records the review day by itself', async () => {
    const page = await session.browser.context.newPage();
    try {
      // Cards 1-9: only person-9 (21 days) is to act on.
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 9, size: 9 }));
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length === 9, null, WAIT);
      await page.locator('[data-warden="review"]').click();
      assert.match(await page.locator('[data-warden="review-progress"]').innerText(), /^0 of 1 to review/);
      await withdrawVia(page, 'person-9', 'confirm');
      await page.waitForFunction(() => /^1 of 1 to review.*review recorded/.test(document.querySelector('[data-warden="review-progress"]').textContent), null, WAIT);
    } finally {
      await page.close();
    }
  });
});
