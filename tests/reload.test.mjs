// After the extension is updated or reloaded, a LinkedIn tab that was open before cannot
// reach it any more: with the unmodified dist/ in a real Chromium, the tab's badges and
// summary give way to exactly one notice asking to reload the tab (the contract's rule), with
// no error, and a withdrawal the user then makes records nothing silently under badges. On a
// page with a strict CSP and on one without.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { withdrawVia } from './support/browser.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };

for (const csp of ['strict', 'none']) {
  describe(`an open tab after the extension is reloaded (${csp === 'strict' ? 'strict CSP' : 'no CSP'})`, () => {
    const session = browserSession({ check: 'end' });

    it('replaces its badges and summary with one notice asking to reload the tab, and shows no badge again', async () => {
      const page = await session.browser.context.newPage();
      try {
        await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', csp }));
        await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length === 10, null, WAIT);
        const worker = await session.browser.getServiceWorker();
        await worker.evaluate(() => chrome.runtime.reload()).catch(() => {}); // the worker goes with it
        await page.waitForFunction(() => document.querySelectorAll('[data-warden="notice"]').length === 1, null, WAIT);
        const seen = await page.evaluate(() => ({
          notices: document.querySelectorAll('[data-warden="notice"]').length,
          others: document.querySelectorAll('[data-warden]:not([data-warden="notice"])').length,
          text: document.querySelector('[data-warden="notice"]').textContent,
        }));
        assert.deepEqual({ ...seen, text: undefined }, { notices: 1, others: 0, text: undefined });
        assert.match(seen.text, /reload this tab/);
        // The user goes on: withdraws a card, the page re-renders. Still one notice, no badge.
        await withdrawVia(page, 'person-2', 'confirm');
        await page.evaluate(() => window.__fixture.rerender());
        await page.waitForTimeout(1500);
        assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('[data-warden]')].map((n) => n.dataset.warden)), ['notice']);
      } finally {
        await page.close();
      }
    });
  });
}
