// After the extension is updated or reloaded, a LinkedIn tab that was open before cannot
// reach it any more: with the unmodified dist/ in a real Chromium, the tab's badges and
// summary give way to exactly one notice asking to reload the tab (the contract's rule), with
// no error, and a withdrawal the user then makes records nothing silently under badges. On a
// page with a strict CSP and on one without.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkedinUrl, personName, SENT_PATH } from './support/fixtures.mjs';
import { backupOf, importBackup } from './support/ledger.mjs';
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

// A withdrawal confirmed just before the extension went away (its outcome still awaited, or
// its record not yet answered) may not have been kept: the notice names the person, as text.
describe('a withdrawal awaited when the extension is reloaded', () => {
  const session = browserSession({ check: 'end' });

  it('the notice says that this person\'s withdrawal may not have been remembered', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', total: 0 }));
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length === 10, null, WAIT);
      // The page names Chloé 1.5 s after the confirm: the extension is gone by then.
      await page.evaluate(() => window.__fixture.plan('person-3', { leave: null, ok: 1500 }));
      await withdrawVia(page, 'person-3', 'confirm');
      const worker = await session.browser.getServiceWorker();
      await worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="notice"]').length === 1, null, WAIT);
      await page.waitForTimeout(2000); // the toast came, and its record could go nowhere
      const seen = await page.evaluate(() => {
        const notice = document.querySelector('[data-warden="notice"]');
        return { text: notice.textContent, lines: [...notice.querySelectorAll('p')].map((p) => ({ text: p.textContent, children: p.children.length })) };
      });
      assert.match(seen.text, /reload this tab/);
      assert.equal(seen.lines.length, 1, 'one line, for the one withdrawal awaited');
      assert.ok(seen.lines[0].text.includes(personName(3)), `the line names ${personName(3)}: ${seen.lines[0].text}`);
      assert.match(seen.lines[0].text, /may not have been remembered/);
      assert.equal(seen.lines[0].children, 0, 'the name is text');
    } finally {
      await page.close();
    }
  });
});

// A profile's cooldown banner gives way to the notice too, and the notice is worded although
// no message can be read any more (its direction was read while it could: lib/text.js).
describe('a profile after the extension is reloaded', () => {
  const session = browserSession({ check: 'end', seed: async (browser) => {
    const answer = await importBackup(browser, backupOf([{ slug: 'person-22', name: 'Person 22', days: 2 }]));
    assert.equal(answer?.added, 1, JSON.stringify(answer));
  } });

  it('the profile\'s cooldown banner gives way to one notice', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/in/person-22/'));
      await page.locator('[data-warden="cooldown-banner"]').waitFor(WAIT);
      const worker = await session.browser.getServiceWorker();
      await worker.evaluate(() => chrome.runtime.reload()).catch(() => {});
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="notice"]').length === 1, null, WAIT);
      assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('[data-warden]')].map((n) => n.dataset.warden)), ['notice']);
    } finally {
      await page.close();
    }
  });
});
