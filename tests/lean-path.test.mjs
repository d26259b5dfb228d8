// The lean request path: cards that scroll in are badged at once from the core's verdicts per
// age text (the answer to the previous batch), while their own request is still with the core,
// whose answer then replaces the badge. Shown with the one writer held busy: the early badges
// appear while it cannot answer (a batch arriving while another batch's question is out too),
// agree with the contract, and the answer completes them.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectedCards, linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';
import { assertCards, bucketOf, hintOf } from './support/contract.mjs';
import { localDay } from './support/ledger.mjs';

const HOLD_MS = 6000;

function readPage(page) {
  return page.evaluate(() => [...document.querySelectorAll('[role="listitem"]')].map((card) => {
    const badge = card.querySelector('[data-warden="badge"]');
    const keep = badge?.querySelector('[data-warden="keep"]');
    return {
      ...(badge ? { ...badge.dataset, keep: keep.getAttribute('aria-pressed'), keepDisabled: keep.disabled } : {}),
      badgeSlug: badge?.dataset.slug,
      slug: card.querySelector('a[href*="/in/"]')?.getAttribute('href').match(/\/in\/([^/]+)/)?.[1],
      badges: card.querySelectorAll('[data-warden="badge"]').length,
    };
  }));
}

describe('cards that scroll in (strict CSP: the core answers from the background)', () => {
  const session = browserSession({ check: 'end' });

  it('are badged from the core\'s verdicts per age text before their own answer, which then completes them', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new' }));
    await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '10', null, { timeout: 15000 });
    const first = new Set((await readPage(page)).map((c) => c.ageDays));

    // The one writer, busy: no answer can come from it for HOLD_MS.
    const worker = await session.browser.getServiceWorker();
    const busy = worker.evaluate((ms) => { const end = Date.now() + ms; while (Date.now() < end); }, HOLD_MS);
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length > 10, null, { timeout: HOLD_MS / 2 });
    assert.ok(Date.now() - clicked < HOLD_MS, 'badged while the core could not answer');
    const early = (await readPage(page)).slice(10).filter((c) => c.badges);
    const truth = new Map(expectedCards({ layout: 'new', n: 20 }).map((c) => [c.slug, c]));
    assert.ok(early.length > 0, 'some new cards were badged early');
    for (const card of early) {
      const want = truth.get(card.slug);
      assert.ok(want, `${card.slug}: a card of the fixture`);
      assert.equal(card.badges, 1, card.slug);
      assert.ok(first.has(String(want.ageDays)), `${card.slug}: an age already answered for`);
      assert.equal(card.ageDays, String(want.ageDays), `${card.slug}: age`);
      assert.equal(card.bucket, bucketOf(want.ageDays), `${card.slug}: bucket`);
      assert.equal(card.hint, hintOf(want.ageDays), `${card.slug}: hint`);
      assert.equal(card.reinviteOn, localDay(21), `${card.slug}: re-invite date`);
      assert.equal(card.keepDisabled, true, `${card.slug}: Keep waits for the core's answer`);
      assert.equal(card.badgeSlug, '', `${card.slug}: the person is the core's to name`);
    }

    // A batch that arrives while the first batch's question is still out: badged at once too.
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[role="listitem"]').length === 25, null, { timeout: HOLD_MS / 4 });
    await page.waitForFunction(() => [...document.querySelectorAll('[role="listitem"]')].slice(21)
      .every((card) => card.querySelector('[data-warden="badge"]')), null, { timeout: HOLD_MS / 4 });
    assert.ok(Date.now() - clicked < HOLD_MS, 'the second batch too, while the core could not answer');

    // The answer comes: every card has its badge, the core's, and Keep works.
    await busy;
    await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '25', null, { timeout: 15000 });
    const after = await readPage(page);
    assertCards(after, expectedCards({ layout: 'new', n: 25 }));
    assert.deepEqual(after.filter((c) => c.keepDisabled || c.badgeSlug !== c.slug), [], 'every badge completed by the answer');
    await page.close();
  });
});
