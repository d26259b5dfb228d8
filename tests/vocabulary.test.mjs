// The age vocabulary: the core keeps, beside the state, the age texts the Sent page showed with
// today's verdicts (crates/warden-core/src/vocab.rs). A page badges its first screen from it
// while its own question is still with the core, held busy here; a settings change rewrites it
// in the same write, so the old verdicts are never shown; a table of another day is not used.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectedCards, linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { bucketOf, hintOf } from './support/contract.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const HOLD_MS = 6000;
const KEY = 'warden.ageTable';
const PAGE = { layout: 'oct2026', n: 10, size: 10 };

function badges(page) {
  return page.evaluate(() => [...document.querySelectorAll('[role="listitem"]')].map((card) => {
    const badge = card.querySelector('[data-warden="badge"]');
    return {
      slug: card.querySelector('a[href*="/in/"]')?.getAttribute('href').match(/\/in\/([^/]+)/)?.[1],
      badges: card.querySelectorAll('[data-warden="badge"]').length,
      ...(badge ? { ageDays: badge.dataset.ageDays, bucket: badge.dataset.bucket, hint: badge.dataset.hint } : {}),
    };
  }));
}

describe('the age vocabulary', () => {
  const session = browserSession({ check: 'end' });

  async function table() {
    const worker = await session.browser.getServiceWorker();
    return worker.evaluate((key) => chrome.storage.local.get(key).then((i) => i[key] ?? null), KEY);
  }

  async function waitForTable(test, what) {
    for (let k = 0; k < 100; k++) {
      const t = await table();
      if (t && test(t)) return t;
      await new Promise((r) => setTimeout(r, 100));
    }
    return assert.fail(`no age table ${what}: ${JSON.stringify(await table())}`);
  }

  /** Opens the Sent page while the one writer cannot answer; what shows before it can. */
  async function openWhileBusy() {
    const worker = await session.browser.getServiceWorker();
    const busy = worker.evaluate((ms) => { const end = Date.now() + ms; while (Date.now() < end); }, HOLD_MS);
    const page = await session.browser.context.newPage();
    const opened = Date.now();
    await page.goto(linkedinUrl(SENT_PATH, PAGE));
    let early = null;
    try {
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length === 10, null, { timeout: HOLD_MS / 2 });
      if (Date.now() - opened < HOLD_MS) early = await badges(page);
    } catch {
      early = await badges(page); // not all badged in time: what there was
    }
    await busy;
    await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '10', null, WAIT);
    return { page, early };
  }

  it('badges the first screen while the core is busy, with the core\'s verdicts', async () => {
    const first = await session.browser.context.newPage();
    await first.goto(linkedinUrl(SENT_PATH, PAGE));
    await first.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '10', null, WAIT);
    await first.close();
    await waitForTable((t) => t.ages.length > 0, 'with texts');

    const { page, early } = await openWhileBusy();
    try {
      assert.ok(early, 'badges before the core could answer');
      const truth = new Map(expectedCards({ layout: 'oct2026', n: 10 }).map((c) => [c.slug, c]));
      for (const card of early) {
        const want = truth.get(card.slug);
        assert.equal(card.badges, 1, `${card.slug}: one badge`);
        assert.equal(card.ageDays, String(want.ageDays), `${card.slug}: age`);
        assert.equal(card.bucket, bucketOf(want.ageDays), `${card.slug}: bucket`);
        assert.equal(card.hint, hintOf(want.ageDays), `${card.slug}: hint`);
      }
    } finally {
      await page.close();
    }
  });

  it('after a settings change, shows only the new verdicts', async () => {
    const before = await table();
    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.popupUrl());
    const saved = await popup.evaluate(async () => {
      const { settings } = await chrome.runtime.sendMessage({ warden: { kind: 'settings' } });
      return chrome.runtime.sendMessage({ warden: { kind: 'saveSettings', settings: { ...settings, staleDays: 22 } } });
    });
    await popup.close();
    assert.equal(saved.ok, true, JSON.stringify(saved));
    await waitForTable((t) => t.inputs !== before.inputs, 'of the new settings');

    const { page, early } = await openWhileBusy();
    try {
      assert.ok(early, 'badges before the core could answer');
      // The card 25 days old: "consider" under the default 28, stale under 22.
      const card = early.find((c) => c.ageDays === '25');
      assert.ok(card, `a card of 25 days: ${JSON.stringify(early)}`);
      assert.equal(card.bucket, 'stale', 'the new threshold\'s bucket, never the old one');
      assert.equal(card.hint, 'withdraw');
    } finally {
      await page.close();
    }
  });

  it('is not used when it is of another day', async () => {
    const worker = await session.browser.getServiceWorker();
    const t = await table();
    await worker.evaluate(({ key, v }) => chrome.storage.local.set({ [key]: v }), { key: KEY, v: { ...t, today: '2001-01-01' } });
    const { page, early } = await openWhileBusy();
    try {
      assert.deepEqual(early.filter((c) => c.badges), [], 'no badge before the core answers');
    } finally {
      await page.close();
    }
  });
});
