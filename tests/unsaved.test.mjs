// Nothing lost when the storage is full: a withdrawal the browser's storage refuses is kept
// (the core's pending record, in the session storage when the lasting one is full), shown
// where the user acted, on the toolbar and in the popup (the contract's
// [data-warden="unsaved"]), and saved at the next start once there is room, with its own day.
// Without the pending record, or without applying it again, a named test below fails.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withdrawVia, cardFor, openSentPage } from './support/browser.mjs';
import { linkedinUrl } from './support/fixtures.mjs';
import { fillStorage, localDay, stored, storedWhen } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };

async function freeStorage(browser) {
  const worker = await browser.getServiceWorker();
  await worker.evaluate(() => chrome.storage.local.remove('filler'));
}

async function popupUnsaved(browser) {
  const page = await browser.context.newPage();
  await page.goto(browser.popupUrl());
  await page.waitForSelector('#main[aria-busy="false"]', WAIT);
  const hook = await page.evaluate(() => {
    const all = document.querySelectorAll('[data-warden="unsaved"]');
    return { n: all.length, count: all[0]?.dataset.count ?? null, text: all[0]?.textContent ?? '' };
  });
  await page.close();
  return hook;
}

async function badgeText(browser) {
  const worker = await browser.getServiceWorker();
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

/** Stops the service worker, as the browser does when it is idle. */
async function killWorker(browser) {
  const cdp = await browser.context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}

describe('a full storage', () => {
  const session = browserSession({ check: 'end' });

  it('keeps a refused withdrawal, says so where the user acted, on the toolbar and in the popup', async () => {
    const { browser } = session;
    const page = await browser.context.newPage();
    await openSentPage(page);
    assert.deepEqual(await popupUnsaved(browser), { n: 0, count: null, text: '' }, 'nothing waits before');
    await fillStorage(browser);
    await withdrawVia(page, 'person-2');
    await cardFor(page, 'person-2').waitFor({ state: 'detached' });
    // Where the user acted: one notice on the page.
    await page.waitForSelector('[data-warden="unsaved-notice"]', WAIT);
    assert.equal(await page.locator('[data-warden="unsaved-notice"]').count(), 1);
    const hook = await popupUnsaved(browser);
    assert.equal(hook.n, 1);
    assert.equal(hook.count, '1');
    assert.match(hook.text, /1/);
    assert.equal(await badgeText(browser), '!');
    assert.equal((await stored(browser)).withdrawals?.['person-2'], undefined, 'the storage really refused it');
    await page.close();
  });

  it('saves it at the next start once there is room, with the day it was made', async () => {
    const { browser } = session;
    await freeStorage(browser);
    await killWorker(browser);
    // The next start of the background (any message wakes it: here the profile's question)
    // saves what waited, and the person's profile shows the cooldown.
    const page = await browser.context.newPage();
    await page.goto(linkedinUrl('/in/person-2/'));
    const state = await storedWhen(browser, (s) => s.withdrawals?.['person-2'], 'the kept withdrawal to land');
    assert.equal(state.withdrawals['person-2'].withdrawnOn, localDay(0));
    await page.reload();
    await page.waitForSelector('[data-warden="cooldown-banner"][data-state="active"]', WAIT);
    assert.deepEqual(await popupUnsaved(browser), { n: 0, count: null, text: '' }, 'the popup no longer says it waits');
    assert.notEqual(await badgeText(browser), '!');
    await page.close();
  });

  // Guards the core's `make_room`: without it the withdrawal below is only kept aside.
  it('a storage Warden\'s own readings filled gives them up for the user\'s withdrawal, saved for good', async () => {
    const { browser } = session;
    const page = await browser.context.newPage();
    await openSentPage(page);
    const worker = await browser.getServiceWorker();
    // An earlier visit's reading, listed in the state, fills what room is left (as visits of a
    // list of thousands of people would).
    const visitKey = await worker.evaluate(async () => {
      for (let i = 0; i < 50; i++) {
        const { warden } = await chrome.storage.local.get('warden');
        if (warden?.visits?.length) {
          await chrome.storage.local.set({ warden: { ...warden, visits: [1, ...warden.visits] } });
          const quota = chrome.storage.local.QUOTA_BYTES;
          let filler = 'x'.repeat(quota - (await chrome.storage.local.getBytesInUse(null)) - 200);
          await chrome.storage.local.set({ 'warden.visit.1': { people: { [`name:${filler}`]: 3 } } });
          // To within a few bytes of the quota.
          filler += 'x'.repeat(quota - (await chrome.storage.local.getBytesInUse(null)) - 8);
          await chrome.storage.local.set({ 'warden.visit.1': { people: { [`name:${filler}`]: 3 } } });
          return 'warden.visit.1';
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    assert.ok(visitKey, 'the visit was stored');
    await withdrawVia(page, 'person-3');
    const state = await storedWhen(browser, (s) => s.withdrawals?.['person-3'], 'the withdrawal saved in the state');
    assert.ok(state.withdrawals['person-3']);
    const left = await worker.evaluate(async (key) => ({
      visit: Object.keys(await chrome.storage.local.get(key)).length,
      kept: Object.keys(await chrome.storage.local.get('warden.unsaved')).length + Object.keys(await chrome.storage.session.get('warden.unsaved')).length,
      used: await chrome.storage.local.getBytesInUse(null),
      quota: chrome.storage.local.QUOTA_BYTES,
    }), visitKey);
    assert.equal(left.visit, 0, 'the reading gave way');
    assert.equal(left.kept, 0, 'nothing waits aside');
    assert.ok(left.used < left.quota, `${left.used} bytes in use`);
    assert.equal(await page.locator('[data-warden="unsaved-notice"]').count(), 0);
    await page.close();
  });
});
