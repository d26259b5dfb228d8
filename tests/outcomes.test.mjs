// What became of each invitation (the contract's outcome rules), with the unmodified dist/ in a
// real Chromium over scripted visits of the Sent page whose list changes between visits: people
// gone from a reading that reached older cards count as accepted, people the reading did not
// reach stay pending, a withdrawal counts as withdrawn; the popup's [data-warden="outcomes"]
// says so.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cardFor, withdrawVia } from './support/browser.mjs';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };

describe('outcomes over several visits', () => {
  const session = browserSession();

  async function visit(params, cards) {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 400 }); // the sentinel out of view: no more loads
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 12, size: 12, ...params }));
    await page.waitForFunction((n) => document.querySelector('[data-warden="summary"]')?.dataset.cards === String(n), cards, WAIT);
    return page;
  }

  async function outcomes(expected) {
    const popup = await session.browser.context.newPage();
    try {
      await popup.goto(session.browser.popupUrl());
      const box = popup.locator('[data-warden="outcomes"]');
      await popup.waitForFunction((e) => {
        const d = document.querySelector('[data-warden="outcomes"]')?.dataset;
        return d && d.accepted === e.accepted && d.withdrawn === e.withdrawn && d.pending === e.pending;
      }, expected, WAIT).catch(async () => {
        assert.deepEqual(await box.evaluate((n) => ({ ...n.dataset })), expected);
      });
      return await box.innerText();
    } finally {
      await popup.close();
    }
  }

  it('pending, then accepted when gone from a reading that went past them, never when merely not loaded; withdrawn', async () => {
    await (await visit({}, 12)).close();
    await outcomes({ accepted: '0', withdrawn: '0', pending: '12' });
    // Next visit: person-3 and person-5 accepted meanwhile, so the list no longer has them.
    await (await visit({ gone: '3,5' }, 10)).close();
    const text = await outcomes({ accepted: '2', withdrawn: '0', pending: '10' });
    assert.match(text, /2 left the list without a withdrawal \(most likely accepted\)/);
    // A visit that loads only the six newest: person-10 (25 days) is gone, but the reading
    // stopped before cards of that age: still pending.
    await (await visit({ gone: '3,5,10', size: 6 }, 4)).close(); // cards 1-6 but 3 and 5
    await outcomes({ accepted: '2', withdrawn: '0', pending: '10' });
    // The user withdraws person-2.
    const page = await visit({ gone: '3,5' }, 10);
    await withdrawVia(page, 'person-2', 'confirm');
    await cardFor(page, 'person-2').waitFor({ state: 'detached', ...WAIT });
    await outcomes({ accepted: '2', withdrawn: '1', pending: '9' });
    await page.close();
  });
});
