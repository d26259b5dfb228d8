// Invitations the user sends, observed on any LinkedIn page for the weekly quota: from a
// profile (with or without a note), from "People you may know" (direct Connect), in French;
// nothing recorded when the dialog is cancelled, when LinkedIn reports an error, or when it
// shows its weekly-limit message (which is recorded and shown in the popup).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkedinUrl, TEXT } from './support/fixtures.mjs';
import { stateOf } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

describe('sends seen on LinkedIn pages', () => {
  const session = browserSession({ check: 'end' });

  async function state() {
    const sw = await session.browser.getServiceWorker();
    const { warden } = await sw.evaluate(() => chrome.storage.local.get('warden'));
    return stateOf(warden);
  }

  async function waitForSends(keys) {
    const end = Date.now() + 10000;
    for (;;) {
      const sends = Object.keys((await state()).sends ?? {}).sort();
      if (keys.every((k) => sends.includes(k))) return sends;
      if (Date.now() > end) assert.fail(`sends ${JSON.stringify(sends)} lack ${JSON.stringify(keys)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Lets the page settle long enough for a (wrong) record to have landed. */
  async function settle(page) {
    await page.waitForTimeout(600);
  }

  async function connectOnProfile(page, slug, params = {}, lang = 'en') {
    await page.goto(linkedinUrl(`/in/${slug}/`, { lang, ...params }));
    await page.locator('main [data-fx-connect]').click();
    return page.locator('.artdeco-modal');
  }

  it('a profile send without a note, and one with a note, both count once the button turns Pending', async () => {
    const page = await session.browser.context.newPage();
    let dialog = await connectOnProfile(page, 'person-31');
    await dialog.getByRole('button', { name: TEXT.en.sendWithout }).click();
    await page.getByRole('button', { name: /^Pending/ }).waitFor();
    dialog = await connectOnProfile(page, 'person-32');
    await dialog.getByRole('button', { name: TEXT.en.addNote }).click();
    await page.locator('textarea').fill('Hello from the test');
    await page.locator('.artdeco-modal').getByRole('button', { name: TEXT.en.send, exact: true }).click();
    await page.getByRole('button', { name: /^Pending/ }).waitFor();
    assert.deepEqual(await waitForSends(['person-31', 'person-32']), ['person-31', 'person-32']);
    await page.close();
  });

  it('a direct Connect in "People you may know" counts', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl('/mynetwork/'));
    const card = page.locator('.discover-entity-card').first();
    const slug = (await card.locator('a[href*="/in/"]').getAttribute('href')).match(/\/in\/([^/]+)/)[1];
    await card.getByRole('button', { name: /^Invite/ }).click();
    await card.getByRole('button', { name: /^Pending/ }).waitFor();
    await waitForSends([slug]);
    await page.close();
  });

  it('a cancelled dialog, a page error and the weekly-limit message record no send', async () => {
    const before = Object.keys((await state()).sends ?? {}).length;
    const page = await session.browser.context.newPage();
    let dialog = await connectOnProfile(page, 'person-33');
    await dialog.getByRole('button', { name: TEXT.en.dismiss }).click();
    await settle(page);
    dialog = await connectOnProfile(page, 'person-34', { fail: 1 });
    await dialog.getByRole('button', { name: TEXT.en.sendWithout }).click();
    await page.getByText(TEXT.en.error).waitFor();
    await settle(page);
    dialog = await connectOnProfile(page, 'person-35', { limit: 1 });
    await dialog.getByRole('button', { name: TEXT.en.sendWithout }).click();
    await page.getByText(TEXT.en.limitTitle).waitFor();
    await settle(page);
    const s = await state();
    assert.equal(Object.keys(s.sends ?? {}).length, before, 'no send recorded');
    assert.ok(s.limitReachedAt > Date.now() - 60000, 'the limit message was recorded');

    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.popupUrl());
    const quota = popup.locator('[data-warden="quota"]');
    await popup.waitForSelector('#main[aria-busy="false"] [data-warden="quota"][data-used]'); // the core's own view, not the last one kept
    assert.match(await quota.innerText(), /limit/i);
    assert.equal(await quota.getAttribute('data-used'), String(before));
    await popup.close();
    await page.close();
  });
});

describe('sends in French', () => {
  const session = browserSession({ launch: { lang: 'fr' }, check: 'none' });

  it('"Se connecter" then "Envoyer sans note" counts in the popup', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl('/in/person-36/', { lang: 'fr' }));
    await page.locator('main [data-fx-connect]').click();
    await page.locator('.artdeco-modal').getByRole('button', { name: TEXT.fr.sendWithout }).click();
    await page.getByRole('button', { name: /^En attente/ }).waitFor();
    const popup = await session.browser.context.newPage();
    await popup.goto(session.browser.popupUrl());
    await popup.waitForFunction(() => document.querySelector('[data-warden="quota"]')?.dataset.used === '1', null, { timeout: 10000 });
    await popup.close();
    await page.close();
  });
});
