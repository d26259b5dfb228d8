// The popup of the unmodified dist/, checked against data made through the real fixture pages:
// a Sent-page visit (quota from cards younger than 7 days, the "People (N)" total), a user's
// withdrawal (real clicks on the control and on the dialog's confirm), invitations sent on
// profiles (Connect, then Send, with and without a note), a keep mark. Then settings
// validation, exports, an import round trip into a fresh profile, bad files, the French UI,
// the toolbar badge, and the screenshots the README shows (docs/popup-light.png, -dark.png).
//
// Three browser launches: one English profile for the whole story, started again on the same
// profile for the toolbar badge, and one fresh French profile for the import.

import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { cardFor, openPopup, withdrawVia, screenshotPath } from './support/browser.mjs';
import { localDay, stored } from './support/ledger.mjs';
import { linkedinUrl, personName, SENT_PATH, TEXT } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';

const POPUP = { viewport: { width: 380, height: 580 } };

async function attr(page, selector, name) {
  return page.locator(selector).getAttribute(name);
}

/** Waits until the attribute has the value (the popup re-renders on storage changes). */
async function waitAttr(page, selector, name, value) {
  await page.waitForFunction(
    ([s, n, v]) => document.querySelector(s)?.getAttribute(n) === v,
    [selector, name, String(value)],
  );
}

/** Waits until the status region of a section says something matching `pattern`; its text. */
async function statusOf(page, which, pattern) {
  const selector = `[data-warden="${which}-status"]`;
  await page.waitForFunction(([s, re]) => new RegExp(re).test(document.querySelector(s)?.textContent ?? ''), [selector, pattern.source]);
  return page.locator(selector).textContent();
}

async function download(page, hook) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-warden="${hook}"]`).click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), text: fs.readFileSync(saved, 'utf8') };
}

async function importText(page, name, text) {
  await page.locator('[data-warden="import"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function openSettings(page) {
  const settings = page.locator('#settings');
  if (!(await settings.evaluate((d) => d.open))) await settings.locator('summary').click();
}

/** Sends an invitation from a profile page the way a user does; with a note or without. */
async function invite(page, slug, { note = null } = {}) {
  await page.goto(linkedinUrl(`/in/${slug}/`));
  const name = personName(Number(slug.split('-')[1]));
  await page.getByRole('button', { name: TEXT.en.connectLabel(name) }).click();
  const dialog = page.locator('.artdeco-modal');
  await dialog.waitFor();
  if (note) {
    await dialog.getByRole('button', { name: TEXT.en.addNote }).click();
    await page.locator('.artdeco-modal textarea').fill(note);
    await page.locator('.artdeco-modal').getByRole('button', { name: TEXT.en.send, exact: true }).click();
  } else {
    await dialog.getByRole('button', { name: TEXT.en.sendWithout }).click();
  }
  await page.getByRole('button', { name: TEXT.en.pendingLabel(name) }).waitFor();
}

describe('popup', () => {
  const session = browserSession();
  let en; // The English browser: the whole story.
  let sent; // The Sent page tab, kept open.
  let popup; // The popup tab, kept open (it re-renders when the data changes).
  let exported; // The JSON backup of the English profile.

  before(() => {
    en = session.browser;
  });

  it('shows zero before any reading, then the quota and pending total read on the Sent page', async () => {
    popup = await openPopup(en, POPUP);
    assert.equal(await attr(popup, '[data-warden="quota"]', 'data-used'), '0');
    assert.equal(await attr(popup, '[data-warden="quota"]', 'data-limit'), '100');
    assert.equal(await attr(popup, '[data-warden="pending"]', 'data-count'), '0');
    assert.equal(await attr(popup, '[data-warden="pending"]', 'data-threshold'), '500');
    assert.match(await popup.locator('#pending').innerText(), /Not read yet/);
    assert.equal(await popup.locator('[data-warden="cooldown"]').count(), 0);

    sent = await en.context.newPage();
    await sent.goto(linkedinUrl(SENT_PATH, { layout: 'new' }));
    await sent.locator('[data-warden="summary"][data-cards="10"]').waitFor();
    // Cards 1-4 are 0, 1, 3 and 6 days old: four people in the last 7 days; "People (25)".
    await waitAttr(popup, '[data-warden="quota"]', 'data-used', 4);
    await waitAttr(popup, '[data-warden="pending"]', 'data-count', 25);
    const quota = await popup.locator('[data-warden="quota"]').innerText();
    assert.match(quota, /4 \/ 100/);
    assert.match(quota, /96 left/);
    // The oldest of the four (6 days) frees its slot tomorrow.
    const tomorrow = await popup.evaluate((iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return new Date(y, m - 1, d).toLocaleDateString(chrome.i18n.getUILanguage(), { day: 'numeric', month: 'short' });
    }, localDay(1));
    assert.ok(quota.includes(`Next slot frees up on ${tomorrow}`), quota);
    const pending = await popup.locator('[data-warden="pending"]').innerText();
    assert.match(pending, /healthy under 500/);
    assert.match(pending, /0 stale · 2 to consider/); // 21 and 25 days old

    // "Load more" (the user's click) adds cards 11-20: five stale (28 days and more), four fresh.
    await sent.getByRole('button', { name: TEXT.en.loadMore }).click();
    await sent.locator('[data-warden="summary"][data-cards="20"]').waitFor();
    await waitAttr(popup, '[data-warden="quota"]', 'data-used', 8);
    await popup.waitForFunction(() => /5 stale · 3 to consider/.test(document.querySelector('#pending').textContent));
    const badge = await (await en.getServiceWorker()).evaluate(() => chrome.action.getBadgeText({}));
    assert.equal(badge, '5', 'the toolbar shows the stale count');
  });

  it('counts invitations sent on profiles, and lists a user withdrawal as an active cooldown', async () => {
    // A withdrawal made with real clicks: the control, then the dialog's confirm button.
    await withdrawVia(sent, 'person-5', 'confirm');
    await cardFor(sent, 'person-5').waitFor({ state: 'detached' });
    const entry = '[data-warden="cooldown"][data-slug="person-5"]';
    await popup.locator(entry).waitFor();
    assert.equal(await attr(popup, entry, 'data-name'), personName(5));
    assert.equal(await attr(popup, entry, 'data-until'), localDay(21));
    const text = await popup.locator(entry).innerText();
    assert.ok(text.includes(personName(5)), text);
    assert.match(text, /21 days left/);

    // Two invitations sent on profile pages, without and with a note.
    const profile = await en.context.newPage();
    await invite(profile, 'person-40');
    await invite(profile, 'person-41', { note: 'Hello from the popup test' });
    await profile.close();
    await waitAttr(popup, '[data-warden="quota"]', 'data-used', 10);
    assert.match(await popup.locator('[data-warden="quota"]').innerText(), /90 left/);
  });

  it('lists kept people and unmarks them from the popup, which the Sent page shows at once', async () => {
    for (const slug of ['person-2', 'person-3']) {
      await cardFor(sent, slug).locator('[data-warden="keep"]').click();
      await cardFor(sent, slug).locator('[data-warden="keep"][aria-pressed="true"]').waitFor();
    }
    await popup.locator('[data-warden="kept"][data-slug="person-3"]').waitFor();
    assert.equal(await popup.locator('[data-warden="kept"]').count(), 2);
    const unmark = popup.getByRole('button', { name: `Remove ${personName(3)} from the keep list` });
    await unmark.click();
    await popup.locator('[data-warden="kept"][data-slug="person-3"]').waitFor({ state: 'detached' });
    await cardFor(sent, 'person-3').locator('[data-warden="keep"][aria-pressed="false"]').waitFor();
    await cardFor(sent, 'person-3').locator('[data-warden="badge"]:not([data-hint="keep"])').waitFor();
    assert.equal(await popup.locator('[data-warden="kept"]').count(), 1);
  });

  it('refuses invalid settings with a message per field, and applies valid ones at once', async () => {
    await openSettings(popup);
    const before = await stored(en);
    await popup.getByLabel('Weekly invitation limit').fill('0');
    await popup.getByLabel('Re-invite cooldown (days)').fill('-3');
    await popup.getByRole('button', { name: 'Save settings' }).click();
    await statusOf(popup, 'settings', /Nothing was saved/);
    assert.equal(await popup.locator('#e-weeklyLimit').textContent(), 'Enter a whole number from 1 to 1,000.');
    assert.equal(await popup.locator('#e-cooldownDays').textContent(), 'Enter a whole number from 1 to 365.');
    assert.equal(await popup.getByLabel('Weekly invitation limit').getAttribute('aria-invalid'), 'true');
    assert.equal(await popup.getByLabel('Weekly invitation limit').evaluate((el) => el === document.activeElement), true);
    // Once each field is right on its own, the rules between fields: stale must come after "consider".
    await popup.getByLabel('Weekly invitation limit').fill('100');
    await popup.getByLabel('Re-invite cooldown (days)').fill('21');
    await popup.getByLabel('Stale from (days)').fill('21');
    await popup.locator('[data-warden="settings-status"]').evaluate((n) => { n.textContent = ''; });
    await popup.getByRole('button', { name: 'Save settings' }).click();
    await statusOf(popup, 'settings', /Nothing was saved/);
    assert.equal(await popup.locator('#e-staleDays').textContent(), 'Must be more than the “consider withdrawing” days.');
    assert.equal(await popup.locator('[data-warden="field-error"]:not(:empty)').count(), 1);
    assert.deepEqual(await stored(en), before, 'nothing saved');
    assert.equal(await attr(popup, '[data-warden="quota"]', 'data-limit'), '100');

    // Valid values: the limit changes, and the open Sent tab re-judges its cards at once.
    const card8 = cardFor(sent, 'person-8').locator('[data-warden="badge"]'); // 20 days old
    assert.equal(await card8.getAttribute('data-bucket'), 'waiting');
    await popup.getByLabel('Weekly invitation limit').fill('150');
    await popup.getByLabel('Consider withdrawing from (days)').fill('14');
    await popup.getByLabel('Stale from (days)').fill('20');
    await popup.getByRole('button', { name: 'Save settings' }).click();
    await waitAttr(popup, '[data-warden="quota"]', 'data-limit', 150);
    assert.match(await popup.locator('[data-warden="settings-status"]').textContent(), /Settings saved/);
    assert.equal(await popup.locator('[data-warden="field-error"]:not(:empty)').count(), 0);
    assert.match(await popup.locator('[data-warden="quota"]').innerText(), /10 \/ 150/);
    await cardFor(sent, 'person-8').locator('[data-warden="badge"][data-bucket="stale"]').waitFor({ timeout: 5000 });
    await openSettings(popup);
    await popup.locator('#settings summary').click(); // closed again for the screenshots
  });

  it('exports the JSON backup and the CSV from the popup page itself', async () => {
    const json = await download(popup, 'export-json');
    assert.match(json.name, /^warden-backup-\d{4}-\d{2}-\d{2}\.json$/);
    exported = json.text;
    const backup = JSON.parse(json.text);
    assert.equal(backup.format, 'warden-backup');
    assert.equal(backup.version, 2); // version 2 carries the history of outcomes
    const w = backup.withdrawals.find((x) => x.slug === 'person-5');
    assert.equal(w.name, personName(5));
    assert.ok(!Number.isNaN(Date.parse(w.withdrawnAt)));
    assert.deepEqual(backup.keeps.map((k) => k.slug), ['person-2']);
    await statusOf(popup, 'backup', /Saved as warden-backup-/);

    const csv = await download(popup, 'export-csv');
    assert.match(csv.name, /\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    assert.equal(lines[0], 'type,slug,name,sent_on,age_days,withdrawn_on,until,state');
    assert.ok(lines.some((l) => l.startsWith(`cooldown,person-5,${personName(5)},`) && l.endsWith(`,${localDay(21)},active`)), csv.text);
    assert.ok(lines.some((l) => l.startsWith('pending,person-1,')), csv.text);
  });

  it('tells what is wrong with a bad file, changes nothing and logs no console error', async () => {
    const before = await stored(en);
    const cases = [
      ['notes.json', 'this is not JSON', /not JSON/],
      ['other.json', '{"format":"something-else","version":1,"withdrawals":[]}', /not a Warden backup/],
      ['future.json', '{"format":"warden-backup","version":9,"withdrawals":[]}', /newer version of Warden/],
      // The entry at fault is named: its place in the list, and its slug.
      ['broken.json', '{"format":"warden-backup","version":1,"withdrawals":[{"slug":"x"}]}', /no\. 1 in this file \(x\) cannot be read/],
    ];
    for (const [name, text, message] of cases) {
      await importText(popup, name, text);
      await statusOf(popup, 'backup', message);
      assert.equal(await attr(popup, '[data-warden="backup-status"]', 'data-tone'), 'bad');
    }
    assert.deepEqual(await stored(en), before, 'a bad file changes nothing');
    assert.equal(await popup.locator('[data-warden="cooldown"]').count(), 1);
    session.problems.assertClean('no console error, uncaught error or network request');
  });

  it('takes the README screenshots, light and dark', async () => {
    await popup.locator('[data-warden="backup-status"]').evaluate((n) => { n.textContent = ''; });
    await popup.evaluate(() => document.querySelector('main').scrollTo(0, 0));
    for (const scheme of ['light', 'dark']) {
      await popup.emulateMedia({ colorScheme: scheme });
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notEqual(background, 'rgba(0, 0, 0, 0)');
      await popup.screenshot({ path: screenshotPath(`popup-${scheme}.png`) });
    }
    const [light, dark] = ['light', 'dark'].map((s) => fs.statSync(screenshotPath(`popup-${s}.png`)).size);
    assert.ok(light > 5000 && dark > 5000);
    await popup.emulateMedia({ colorScheme: null });
  });

  it('sets the toolbar badge from the stored stale count when the browser starts again', async () => {
    en = await session.restart(); // the same profile
    const worker = await en.getServiceWorker();
    const badge = await worker.evaluate(() => new Promise((resolve) => {
      const started = Date.now();
      const poll = () => chrome.action.getBadgeText({}).then((t) => (t || Date.now() - started > 5000 ? resolve(t) : setTimeout(poll, 50)));
      poll();
    }));
    assert.equal(badge, '5');
  });

  describe('in a fresh French profile', () => {
    const fr = browserSession({ launch: { lang: 'fr' } });
    let page;

    before(async () => {
      page = await openPopup(fr.browser, POPUP);
    });

    it('speaks French, with French dates', async () => {
      assert.equal(await page.evaluate(() => document.documentElement.lang.slice(0, 2)), 'fr');
      await page.getByRole('heading', { name: 'Cette semaine' }).waitFor();
      assert.match(await page.locator('#pending').innerText(), /Pas encore lu/);
      assert.equal(await page.locator('[data-warden="export-json"]').textContent(), 'Exporter la sauvegarde (JSON)');
    });

    it('imports the English backup with no loss', async () => {
      await importText(page, 'warden-backup.json', exported);
      const done = await statusOf(page, 'backup', /importée/);
      // The file's priority mark comes along, and the report says so.
      assert.match(done, /^Sauvegarde importée\. Ajoutées\s:\s1, mises à jour\s:\s0, inchangées\s:\s0\. Priorités ajoutées\s:\s1\.$/);
      const entry = '[data-warden="cooldown"][data-slug="person-5"]';
      await page.locator(entry).waitFor();
      assert.equal(await attr(page, entry, 'data-name'), personName(5));
      assert.equal(await attr(page, entry, 'data-until'), localDay(21));
      assert.match(await page.locator(entry).innerText(), /encore 21 jours/);
      const until = await page.locator(`${entry} time`).textContent();
      assert.match(until, /^jusqu’au \d+ \S+/);
      await page.locator('[data-warden="kept"][data-slug="person-2"]').waitFor();
      // Settings come along onto an untouched installation.
      await waitAttr(page, '[data-warden="quota"]', 'data-limit', 150);

      // Exporting again loses nothing of what the English profile had.
      const again = JSON.parse((await download(page, 'export-json')).text);
      const pick = (b) => b.withdrawals.map(({ slug, name, withdrawnAt, until: u }) => ({ slug, name, withdrawnAt, until: u }));
      assert.deepEqual(pick(again), pick(JSON.parse(exported)));
      assert.deepEqual(again.keeps.map((k) => k.slug), ['person-2']);

      // The same file again: unchanged.
      await importText(page, 'warden-backup.json', exported);
      await statusOf(page, 'backup', /Ajoutées\s:\s0, mises à jour\s:\s0, inchangées\s:\s1\./);
      fr.problems.assertClean('no problem in the French profile');
    });

    // Guards the popup's removal of an import (the core's `removeImport` and its marks).
    it('removes what the import added, from the popup, with the user\'s click', async () => {
      const item = page.locator('[data-warden="imports"] li');
      await item.waitFor();
      assert.equal(await item.count(), 1, 'the same file again added nothing: one import listed');
      assert.match(await item.innerText(), /retraits 1, priorités 1, issues 0/);
      await page.locator('[data-warden="import-remove"]').click();
      await statusOf(page, 'backup', /retiré/);
      await page.locator('[data-warden="cooldown"][data-slug="person-5"]').waitFor({ state: 'detached' });
      await page.locator('[data-warden="kept"][data-slug="person-2"]').waitFor({ state: 'detached' });
      const state = await stored(fr.browser);
      assert.deepEqual([Object.keys(state.withdrawals ?? {}), Object.keys(state.keeps ?? {})], [[], []]);
      assert.equal(await page.locator('[data-warden="imports"]').isHidden(), true);
      // The file again brings it back.
      await importText(page, 'warden-backup.json', exported);
      await page.locator('[data-warden="cooldown"][data-slug="person-5"]').waitFor();
      fr.problems.assertClean('no problem in the French profile');
    });

    it('lists an ended cooldown apart, with "review before re-inviting", not as a cooldown', async () => {
      const withdrawnAt = new Date(Date.now() - 25 * 86_400_000).toISOString();
      const backup = { format: 'warden-backup', version: 1, withdrawals: [{ slug: 'old-friend', name: 'Old <b>Friend</b>', withdrawnAt }] };
      await importText(page, 'old.json', JSON.stringify(backup));
      await page.locator('[data-warden="cooldown-ended"][data-slug="old-friend"]').waitFor();
      assert.equal(await page.locator('[data-warden="cooldown"][data-slug="old-friend"]').count(), 0);
      const text = await page.locator('[data-warden="cooldown-ended"]').innerText();
      assert.match(text, /Old <b>Friend<\/b>/, 'the name is text, never markup');
      assert.match(text, /vérifiez avant de réinviter/);
      assert.equal(await page.locator('#cooldowns b').count(), 0);
      assert.equal(await page.locator('[data-warden="cooldown"]').count(), 1);
    });

    it('keeps which sections are open across popup openings', async () => {
      await page.locator('#keeps summary').click();
      assert.equal(await page.locator('#keeps').evaluate((d) => d.open), false);
      await page.reload();
      await page.locator('#main[aria-busy="false"]').waitFor();
      assert.equal(await page.locator('#keeps').evaluate((d) => d.open), false);
      assert.equal(await page.locator('#cooldowns').evaluate((d) => d.open), true);
      // Only view preferences live in the page's localStorage, never user data.
      const keys = await page.evaluate(() => Object.keys(localStorage));
      assert.ok(keys.every((k) => k.startsWith('warden.view.')), keys.join());
    });
  });
});
