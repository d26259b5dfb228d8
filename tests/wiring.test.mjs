// What the wiring costs a page, counted from outside: the messages a "Load more" sends to the
// background (at most two: one read, `annotate`, and one write, `sentPageSeen`, when new
// people were read), and the badges a withdrawal touches (none but the withdrawn card's: no
// other badge can change, so the page is not annotated again).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cardFor, withdrawVia } from './support/browser.mjs';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { storedWhen } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const settle = (ms) => new Promise((r) => setTimeout(r, ms));

/** The service worker, listening to every message it gets (beside Warden's own listener). */
async function countMessages(browser) {
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(() => {
    globalThis.__kinds = [];
    if (!globalThis.__counting) {
      globalThis.__counting = true;
      chrome.runtime.onMessage.addListener((message) => { globalThis.__kinds.push(message?.warden?.kind); });
    }
  });
  return { kinds: () => worker.evaluate(() => globalThis.__kinds.slice()) };
}

describe('the wiring, counted', () => {
  const session = browserSession();

  it('a Load more of 10 cards costs at most two messages: annotate, then sentPageSeen', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 30, size: 10 }));
      await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '10', null, WAIT);
      await settle(500); // the first batch's write has landed
      const messages = await countMessages(session.browser);
      await page.evaluate(() => window.__fixture.loadMore());
      await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '20', null, WAIT);
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length === 20, null, WAIT);
      await settle(1000); // anything that would follow has been sent
      const kinds = (await messages.kinds()).filter((k) => k !== 'layoutSeen'); // the layout report is written once per page, not per batch
      assert.deepEqual(kinds, ['annotate', 'sentPageSeen'], `the batch's messages: ${kinds.join(', ')}`);
    } finally {
      await page.close();
    }
  });

  it('a withdrawal touches no other card\'s badge', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 12, size: 12 }));
      await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '12', null, WAIT);
      await settle(500);
      // Every change to a badge of another card, from the page's side of the DOM.
      await page.evaluate(() => {
        window.__touched = [];
        new MutationObserver((records) => {
          for (const r of records) {
            const badge = (r.target.nodeType === 1 ? r.target : r.target.parentElement)?.closest('[data-warden="badge"]');
            const slug = badge?.dataset.slug ?? [...r.addedNodes].find((n) => n.nodeType === 1 && n.matches('[data-warden="badge"]'))?.dataset.slug;
            if (slug && slug !== 'person-4') window.__touched.push(`${slug} ${r.type} ${r.attributeName ?? ''}`);
          }
        }).observe(document.querySelector('main'), { subtree: true, childList: true, attributes: true, characterData: true });
      });
      await withdrawVia(page, 'person-4', 'confirm');
      await storedWhen(session.browser, (s) => s.withdrawals?.['person-4'], 'the withdrawal of person-4');
      await page.waitForFunction(() => !document.querySelector('a[href*="/in/person-4/"]'), null, WAIT);
      await settle(1500);
      assert.equal(await cardFor(page, 'person-5').count(), 1);
      assert.deepEqual(await page.evaluate(() => window.__touched), [], 'badges of other cards changed');
    } finally {
      await page.close();
    }
  });
});
