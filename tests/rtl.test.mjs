// An RTL browser or page: Warden's texts go the way their own language goes. A browser in
// Arabic (no Warden messages in it) shows the English messages left to right, with English
// digits and dates, not a mix mirrored ("100 / 0"); on an RTL LinkedIn page, Warden's badges
// stay left to right. Without the direction taken from the messages (lib/text.js), both fail.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPopup, openSentPage } from './support/browser.mjs';
import { browserSession } from './support/session.mjs';

describe('a browser in Arabic', () => {
  const session = browserSession({ launch: { lang: 'ar' } });

  it('the popup shows its English texts left to right, with English digits', async () => {
    const page = await openPopup(session.browser);
    try {
      const seen = await page.evaluate(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        direction: getComputedStyle(document.querySelector('[data-warden="quota"]')).direction,
        quota: document.querySelector('[data-warden="quota"]').textContent,
      }));
      assert.deepEqual([seen.dir, seen.lang, seen.direction], ['ltr', 'en', 'ltr']);
      assert.doesNotMatch(seen.quota, /[\u0660-\u0669]/, `no Arabic-Indic digits among English words: ${seen.quota}`);
      assert.match(seen.quota, /\d/);
    } finally {
      await page.close();
    }
  });

  it('on an RTL page, each badge and the summary stay left to right', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSentPage(page);
      const seen = await page.evaluate(() => {
        document.documentElement.dir = 'rtl';
        const ours = [...document.querySelectorAll('[data-warden="badge"], [data-warden="summary"]')];
        return { n: ours.length, directions: [...new Set(ours.map((n) => getComputedStyle(n).direction))] };
      });
      assert.ok(seen.n > 1, `${seen.n} of Warden's nodes`);
      assert.deepEqual(seen.directions, ['ltr']);
    } finally {
      await page.close();
    }
  });
});
