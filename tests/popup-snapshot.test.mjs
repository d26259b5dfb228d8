// The popup shows what the core last wrote at once (the background keeps the popup's view
// beside the state, dated by the core's `today`), then the core's fresh answer; a view of
// another day is never shown as today's quota.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const KEY = 'warden.popupView';

/** Every value the quota's data-used takes in the popup, in order, with the view it came from. */
function watchQuota() {
  window.__shown = [];
  new MutationObserver(() => {
    const used = document.querySelector('[data-warden="quota"]')?.getAttribute('data-used');
    const from = document.documentElement.dataset.view ?? null;
    const last = window.__shown[window.__shown.length - 1];
    if (used !== null && used !== undefined && (!last || last.used !== used || last.from !== from)) window.__shown.push({ used, from });
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

describe('the popup\'s last view', () => {
  const session = browserSession();

  /** The snapshot the background keeps, once it has written one that passes `test`. */
  async function snapshot(test = () => true) {
    const worker = await session.browser.getServiceWorker();
    let view;
    for (let k = 0; k < 100; k++) {
      view = await worker.evaluate((key) => chrome.storage.local.get(key).then((i) => i[key] ?? null), KEY);
      if (view?.quota && test(view)) return view;
      await new Promise((r) => setTimeout(r, 100));
    }
    return assert.fail(`no popup view kept as expected: ${JSON.stringify(view?.quota)}`);
  }

  async function plant(view) {
    const worker = await session.browser.getServiceWorker();
    await worker.evaluate(({ key, v }) => chrome.storage.local.set({ [key]: v }), { key: KEY, v: view });
  }

  async function openPopup() {
    const popup = await session.browser.context.newPage();
    await popup.addInitScript(watchQuota);
    await popup.goto(session.browser.popupUrl());
    await popup.waitForFunction(() => document.documentElement.dataset.view === 'fresh', null, WAIT);
    return popup;
  }

  it('is kept by the background after a write, with the core\'s today', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 5, size: 5 }));
    await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '5', null, WAIT);
    // The five cards are 0, 1, 3, 6 and 7 days old: four of them count in this week's quota.
    const view = await snapshot((v) => v.quota.used > 0);
    assert.match(view.today, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(view.quota.used, 4, 'the cards of this week');
    await page.close();
    await new Promise((r) => setTimeout(r, 800)); // the background has written its last view
  });

  it('shows today\'s snapshot first, then the fresh view', async () => {
    const view = await snapshot();
    // A snapshot the fresh view will contradict: the popup must show it, then the truth.
    await plant({ ...view, quota: { ...view.quota, used: 77 } });
    const popup = await openPopup();
    try {
      const shown = await popup.evaluate(() => window.__shown);
      assert.deepEqual(shown[0], { used: '77', from: 'snapshot' }, `shown first: ${JSON.stringify(shown)}`);
      assert.deepEqual(shown[shown.length - 1], { used: String(view.quota.used), from: 'fresh' }, `shown last: ${JSON.stringify(shown)}`);
    } finally {
      await popup.close();
    }
  });

  it('never shows a snapshot of another day', async () => {
    const view = await snapshot();
    await plant({ ...view, today: '2001-01-01', quota: { ...view.quota, used: 66 } });
    const popup = await openPopup();
    try {
      const shown = await popup.evaluate(() => window.__shown);
      assert.ok(shown.every((s) => s.used !== '66'), `yesterday's quota shown: ${JSON.stringify(shown)}`);
      assert.equal(shown[0].from, 'fresh');
    } finally {
      await popup.close();
    }
  });
});
