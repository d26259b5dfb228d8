// The one writer: the background answers writes one at a time, so writes that arrive together
// (two tabs, a popup) never lose each other's updates. Twenty keeps sent at once through the
// real wasm and chrome.storage must all be in the stored state; without the queue, each write
// reads the state before the others saved theirs, and the last one wins.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession } from './support/session.mjs';
import { stored } from './support/ledger.mjs';

describe('writes that arrive together', () => {
  const session = browserSession({ check: 'end' });

  it('all land: twenty keeps sent at once are twenty keeps stored', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.browser.popupUrl());
    const answers = await page.evaluate(() => Promise.all(Array.from({ length: 20 }, (_, i) =>
      chrome.runtime.sendMessage({ warden: { kind: 'setKeep', href: `/in/person-${i}/`, name: `Person ${i}`, keep: true } }))));
    assert.deepEqual(answers.map((a) => a?.ok), Array(20).fill(true));
    const keeps = Object.keys((await stored(session.browser)).keeps ?? {}).sort();
    assert.deepEqual(keeps, Array.from({ length: 20 }, (_, i) => `person-${i}`).sort());
    await page.close();
  });

  it('a backup nested 2,000 levels deep is refused before it is read, and the next write lands', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.browser.popupUrl());
    const deep = `{"format":"warden-backup","version":1,"withdrawals":${'['.repeat(2000)}${']'.repeat(2000)}}`;
    const [refused, kept] = await page.evaluate((text) => Promise.all([
      chrome.runtime.sendMessage({ warden: { kind: 'import', text } }),
      chrome.runtime.sendMessage({ warden: { kind: 'setKeep', href: '/in/after-deep/', name: 'After Deep', keep: true } }),
    ]), deep);
    assert.equal(refused?.error, 'tooDeep', JSON.stringify(refused));
    assert.equal(kept?.ok, true, JSON.stringify(kept));
    assert.ok((await stored(session.browser)).keeps?.['after-deep'], 'the write after the file landed');
    await page.close();
  });

  it('all land with a slow storage: each write waits for the one before it to be saved', async () => {
    // The background's storage made slow (each write lands 40 ms later), as a busy disk is:
    // without the queue, every write reads the state before the others saved theirs.
    const worker = await session.browser.getServiceWorker();
    await worker.evaluate(() => {
      const local = chrome.storage.local;
      const set = local.set.bind(local);
      local.set = (items) => new Promise((resolve) => setTimeout(resolve, 40)).then(() => set(items));
    });
    const page = await session.browser.context.newPage();
    await page.goto(session.browser.popupUrl());
    const answers = await page.evaluate(() => Promise.all(Array.from({ length: 12 }, (_, i) =>
      chrome.runtime.sendMessage({ warden: { kind: 'setKeep', href: `/in/slow-${i}/`, name: `Slow ${i}`, keep: true } }))));
    assert.deepEqual(answers.map((a) => a?.ok), Array(12).fill(true));
    const keeps = Object.keys((await stored(session.browser)).keeps ?? {}).filter((k) => k.startsWith('slow-')).sort();
    assert.deepEqual(keeps, Array.from({ length: 12 }, (_, i) => `slow-${i}`).sort());
    await page.close();
  });
});
