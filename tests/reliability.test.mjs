// Reliability and security in one session, as issue 5 asks: a page of 1,000 hostile names, a
// corrupted storage blob and a service worker killed mid-session leave the ledger intact and
// the page annotated. Plus the manifest's permissions, pinned.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { withdrawVia, cardFor, DEFAULT_DIST } from './support/browser.mjs';
import { stateOf } from './support/ledger.mjs';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';

const GARBAGE = '{"schema":1,"withdrawals":{"half-written":{"name":"Ha\u0000';

describe('the manifest', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(DEFAULT_DIST, 'manifest.json'), 'utf8'));

  it('asks for storage and the LinkedIn host only', () => {
    assert.deepEqual(manifest.permissions, ['storage']);
    assert.deepEqual(manifest.host_permissions, ['https://www.linkedin.com/*']);
    assert.equal(manifest.optional_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
    assert.equal(manifest.externally_connectable, undefined, 'no web page may message the extension');
    for (const script of manifest.content_scripts) assert.deepEqual(script.matches, ['https://www.linkedin.com/*']);
    // The wasm runs in the background only: no file of the extension is reachable from a page.
    assert.equal(manifest.web_accessible_resources, undefined);
  });

  it("keeps the extension pages' CSP to the minimum that runs wasm", () => {
    assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  });
});

describe('a rough session: hostile names, corrupted storage, a killed service worker', () => {
  const session = browserSession();
  const storage = async (key) => (await session.browser.getServiceWorker()).evaluate((k) => chrome.storage.local.get(k), key);
  const allStorage = async () => (await session.browser.getServiceWorker()).evaluate(() => chrome.storage.local.get(null));
  const ledger = async () => stateOf((await storage('warden')).warden).withdrawals;

  async function killServiceWorker(page) {
    const { browser } = session;
    await (await browser.getServiceWorker()).evaluate(() => { self.markedBeforeKill = true; });
    const cdp = await browser.context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
    assert.ok(worker, 'the service worker is running before we kill it');
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    await cdp.detach();
  }

  /** The running worker is a new one: the killed one's globals are gone. */
  async function assertFreshWorker() {
    const { browser } = session;
    await waitFor(async () => {
      const sw = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId));
      return sw && (await sw.evaluate(() => self.markedBeforeKill !== true).catch(() => false));
    });
  }

  it('keeps annotating and never loses or overwrites data', async () => {
    const { browser, problems } = session;
    // A storage blob half-written by a crash.
    await (await browser.getServiceWorker()).evaluate((g) => chrome.storage.local.set({ warden: g }), GARBAGE);

    const page = await browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', hostile: 1, n: 1000, size: 1000 }));
    await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '1000', null, { timeout: 30000 });
    assert.equal(await page.locator('[data-warden="badge"]').count(), 1000, 'every hostile card annotated');
    assert.equal(await page.locator('main img, main script').count(), 0, 'no name became markup');

    // The first write (the Sent page's reading) copied the blob aside, byte for byte, before
    // replacing it; the withdrawal then lands in the new ledger.
    await withdrawVia(page, 'person-2', 'confirm');
    await cardFor(page, 'person-2').waitFor({ state: 'detached' });
    await waitFor(async () => Object.keys(await ledger().catch(() => ({}))).includes('person-2'));
    const aside = Object.entries(await allStorage()).filter(([k]) => k.startsWith('warden.aside.'));
    assert.equal(aside.length, 1, 'one copy kept aside');
    assert.ok(aside[0][1] === GARBAGE, 'the unreadable blob is kept exactly');

    // The background dies mid-session; the next withdrawal and Load more must not notice.
    await killServiceWorker(page);
    await withdrawVia(page, 'person-5', 'confirm');
    await cardFor(page, 'person-5').waitFor({ state: 'detached' });
    await waitFor(async () => Object.keys(await ledger()).includes('person-5'));
    assert.deepEqual(Object.keys(await ledger()).sort(), ['person-2', 'person-5']);
    assert.equal(await page.locator('[data-warden="badge"]').count(), 998);
    await assertFreshWorker();

    // Killed again, then the Sent page is reloaded: annotation continues through a cold worker.
    await killServiceWorker(page);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards
      === String(document.querySelectorAll('[role="listitem"]').length), null, { timeout: 30000 });
    const rows = await page.locator('[role="listitem"]').count();
    assert.ok(rows >= 998, 'the list is back');
    assert.equal(await page.locator('[data-warden="badge"]').count(), rows);
    await assertFreshWorker();

    // The popup tells the user where the unreadable data was kept.
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl());
    await popup.waitForSelector('#main[aria-busy="false"] [data-warden="quota"][data-used]'); // the core's own view, not the last one kept
    assert.match(await popup.locator('body').innerText(), /warden\.aside\./);
    problems.assertClean();
    await popup.close();
    await page.close();
  });
});

describe('messages and the debug switch', () => {
  const session = browserSession();

  it('the background answers only well-formed requests and ignores anything else', async () => {
    const { browser } = session;
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl());
    const answers = await popup.evaluate(async () => {
      const ask = (m) => chrome.runtime.sendMessage(m).catch((e) => ({ rejected: String(e.message) }));
      return {
        unknownKind: await ask({ warden: { kind: 'dropEverything' } }),
        wrongShape: await ask({ warden: { kind: 'withdrawn', href: 42 } }),
        notOurs: await ask({ hello: 'world' }),
        notObject: await ask({ warden: 'popup' }),
        good: await ask({ warden: { kind: 'settings' } }),
      };
    });
    assert.equal(answers.unknownKind.error, 'badRequest');
    assert.equal(answers.wrongShape.error, 'badRequest');
    assert.ok(!answers.notOurs || answers.notOurs.rejected, 'a message without a request gets no answer');
    assert.ok(!answers.notObject || answers.notObject.rejected);
    assert.equal(answers.good.settings.weeklyLimit, 100);
    await popup.close();
  });

  it('with the debug switch on, the content script says what it did and did not recognise', async () => {
    const { browser } = session;
    const popup = await browser.context.newPage();
    await popup.goto(browser.popupUrl());
    const saved = await popup.evaluate(async () => {
      const { settings } = await chrome.runtime.sendMessage({ warden: { kind: 'settings' } });
      return chrome.runtime.sendMessage({ warden: { kind: 'saveSettings', settings: { ...settings, debug: true } } });
    });
    assert.equal(saved.ok, true);
    const page = await browser.context.newPage();
    const logs = [];
    page.on('console', (m) => { if (m.text().startsWith('[Warden]')) logs.push(`${m.type()} ${m.text()}`); });
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new' }));
    await page.waitForSelector('[data-warden="summary"]');
    await waitFor(() => logs.length > 0);
    assert.match(logs.join('\n'), /^info \[Warden\] 10 cards read, 0 without a readable age/m);
    await page.close();
    await popup.close();
  });
});

async function waitFor(check, { timeout = 10000, every = 100 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error('waitFor: condition not met in time');
    await new Promise((r) => setTimeout(r, every));
  }
}
