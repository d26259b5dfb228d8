// What LinkedIn tells the user, remembered (issue #21), with the unmodified dist/ in a real
// Chromium and the user's own clicks on the 2026 profile shapes (FIELD-NOTES §3, §6): the invite
// dialog's note step ("1 personalized invitation remaining for this month.", and German), the
// weekly-limit message after N sends (the popup's limit shows N and its button, the user's
// click, sets the quota's limit), the email gate (a restriction, no send). Then each expires:
// the clock is moved by setting the stored times back through the service worker, as a later
// day would find them.

import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/browser.mjs';
import { linkedinUrl } from './support/fixtures.mjs';
import { TEXT26 } from './support/fixtures-2026.mjs';
import { localDay, noonDaysAgo, stored, storedAfter, storedWhen } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const T = TEXT26.en;
const profileUrl = (i, params) => linkedinUrl(`/in/person-${i}/`, { profile: '2026', ...params });
const topCard = (page) => page.locator('main [componentkey$="Topcard"]');
const outlet = (page) => page.locator('#interop-outlet');
const AXE = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Serious and critical violations axe finds in these parts of the page. */
async function violations(page, include) {
  await page.evaluate(AXE);
  return page.evaluate(async (sel) => {
    const result = await globalThis.axe.run({ include: sel.map((x) => [x]) }, { resultTypes: ['violations'] });
    return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, include);
}

// A day as the popup writes it in English ("Dec 3" or "3 Dec", by the browser's region).
const DAY = String.raw`(?:\w{3} \d{1,2}|\d{1,2} \w{3})`;

describe('what LinkedIn told the user', () => {
  const session = browserSession();

  /** Forgets everything stored, so that each test starts from a fresh installation. */
  beforeEach(async () => {
    const worker = await session.browser.getServiceWorker();
    await worker.evaluate(() => chrome.storage.local.remove('warden'));
  });

  async function openPopup() {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 380, height: 580 });
    await page.goto(session.browser.popupUrl());
    await page.locator('#main[aria-busy="false"]').waitFor();
    return page;
  }

  /** The popup's hook once it carries this attribute value (it re-renders on storage changes). */
  async function hookWith(popup, hook, name, value) {
    await popup.waitForFunction(([h, n, v]) => document.querySelector(`[data-warden="${h}"]`)?.getAttribute(n) === v,
      [hook, name, String(value)], WAIT);
    return popup.locator(`[data-warden="${hook}"]`);
  }

  /** Waits until the hook has left the popup. */
  async function gone(popup, hook) {
    await popup.waitForFunction((h) => !document.querySelector(`[data-warden="${h}"]`), hook, WAIT);
  }

  /** Moves the stored state's times: `change(state)` edits it, in the service worker. */
  async function rewrite(change) {
    const worker = await session.browser.getServiceWorker();
    const state = await stored(session.browser);
    change(state);
    await worker.evaluate((s) => chrome.storage.local.set({ warden: s }), state);
  }
  const noonAgo = (days) => Date.parse(noonDaysAgo(days));

  /** The user invites person-I from their profile without a note, and sees Pending. */
  async function send(page, i, params = {}) {
    await page.goto(profileUrl(i, params));
    await topCard(page).locator('a[href*="custom-invite"]:visible').click();
    await outlet(page).getByRole('button', { name: T.sendWithout }).click();
  }

  it('shows nothing before LinkedIn said anything', async () => {
    const popup = await openPopup();
    try {
      for (const hook of ['notes-left', 'limit', 'restriction', 'apply-limit-suggestion']) {
        assert.equal(await popup.locator(`[data-warden="${hook}"]`).count(), 0, hook);
      }
    } finally {
      await popup.close();
    }
  });

  it('the note step\'s count, in English then in German, is shown with the day LinkedIn said it, and no send', async () => {
    const page = await session.browser.context.newPage();
    const popup = await openPopup();
    try {
      await page.goto(profileUrl(71, { notes: 1 }));
      await topCard(page).locator('a[href*="custom-invite"]:visible').click();
      await outlet(page).getByRole('button', { name: T.addNote }).click();
      await outlet(page).getByText(T.notesLeftOne).waitFor(WAIT);
      const line = await hookWith(popup, 'notes-left', 'data-count', 1);
      assert.equal(await line.getAttribute('data-seen-on'), localDay(0));
      assert.match(await line.textContent(), new RegExp(`^1 note left this month, as LinkedIn said on ${DAY}$`));
      await outlet(page).getByRole('button', { name: T.dismiss }).click();

      // A German page: "Noch 3 personalisierte Einladungen in diesem Monat." (inferred words).
      const de = TEXT26.de;
      await page.goto(profileUrl(72, { notes: 3, lang: 'de' }));
      await topCard(page).locator('a:visible', { hasText: de.connect }).click();
      await outlet(page).getByRole('button', { name: de.addNote }).click();
      await outlet(page).getByText(de.notesLeft('3')).waitFor(WAIT);
      await hookWith(popup, 'notes-left', 'data-count', 3);
      assert.match(await popup.locator('[data-warden="notes-left"]').textContent(), /^3 notes left this month/);
      await outlet(page).getByRole('button', { name: de.dismiss }).click();

      const state = await storedAfter(session.browser, 1000);
      assert.deepEqual(Object.keys(state.sends ?? {}), [], 'a note step is no send');
      assert.equal(await popup.locator('[data-warden="quota"]').getAttribute('data-used'), '0');
      assert.equal(await popup.locator('[data-warden="restriction"]').count(), 0, 'a count of notes is no restriction');
    } finally {
      await page.close();
      await popup.close();
    }
  });

  it('the weekly-limit message after 2 sends: the limit shows 2, the restriction, and the user\'s click sets the weekly limit to 2', async () => {
    const page = await session.browser.context.newPage();
    const popup = await openPopup();
    try {
      for (const i of [73, 74]) {
        await send(page, i);
        await topCard(page).locator('[componentkey$="_pending"]:visible').waitFor(WAIT);
      }
      await hookWith(popup, 'quota', 'data-used', 2);
      await send(page, 75, { limit: 1 });
      await outlet(page).getByText(T.limitTitle).waitFor(WAIT);

      const limit = await hookWith(popup, 'limit', 'data-sent', 2);
      assert.equal(await limit.getAttribute('data-on'), localDay(0));
      assert.match(await limit.locator('.text').textContent(), new RegExp(`^LinkedIn stopped you at 2 invitations in 7 days \\(${DAY}\\)$`));
      const restriction = await hookWith(popup, 'restriction', 'data-kind', 'weekly-limit');
      assert.equal(await restriction.getAttribute('data-on'), localDay(0));
      assert.match(await restriction.textContent(), /restricted.*within a week; withdrawing invitations does not lift it/);
      assert.ok(await popup.locator('#quota .no-refund').isVisible(), 'the quota says withdrawing gives no slot back');
      await storedAfter(session.browser, 800);
      assert.equal(await popup.locator('[data-warden="quota"]').getAttribute('data-used'), '2', 'the message is no send');
      assert.equal(await popup.locator('[data-warden="quota"]').getAttribute('data-limit'), '100', 'nothing applied before the click');

      for (const theme of ['light', 'dark']) {
        await popup.emulateMedia({ colorScheme: theme });
        assert.deepEqual(await violations(popup, ['#restriction', '#quota', '#told-limit']), [], theme);
      }
      await popup.emulateMedia({ colorScheme: null });

      const button = limit.locator('[data-warden="apply-limit-suggestion"]');
      assert.equal(await button.evaluate((b) => b.tagName), 'BUTTON');
      assert.equal(await button.textContent(), 'Set the weekly limit to 2');
      await button.click();
      await hookWith(popup, 'quota', 'data-limit', 2);
      await popup.waitForFunction(() => !document.querySelector('[data-warden="apply-limit-suggestion"]'), null, WAIT);
      const source = popup.locator('[data-warden="limit-source"]');
      assert.equal(await source.getAttribute('data-seen-on'), localDay(0), 'the settings remember where it came from');
      const state = await stored(session.browser);
      assert.equal(state.settings.weeklyLimit, 2);
      assert.deepEqual(state.settings.limitSource, { on: localDay(0), seenOn: localDay(0) });
    } finally {
      await page.close();
      await popup.close();
    }
  });

  it('the email gate is a restriction and counts no send', async () => {
    const page = await session.browser.context.newPage();
    const popup = await openPopup();
    try {
      await send(page, 76);
      await topCard(page).locator('[componentkey$="_pending"]:visible').waitFor(WAIT);
      await hookWith(popup, 'quota', 'data-used', 1);
      await send(page, 77, { gate: 1 });
      await outlet(page).locator('input[type="email"]').waitFor(WAIT);
      const restriction = await hookWith(popup, 'restriction', 'data-kind', 'email-gate');
      assert.equal(await restriction.getAttribute('data-on'), localDay(0));
      assert.match(await restriction.locator('.what').textContent(), /asked for the person’s email address/);
      await outlet(page).locator('button', { hasText: '×' }).click();
      const state = await storedAfter(session.browser, 1500);
      assert.deepEqual(Object.keys(state.sends), ['person-76'], 'the gated person is no send');
      assert.equal(await popup.locator('[data-warden="quota"]').getAttribute('data-used'), '1', 'the quota unchanged');
      assert.equal(await popup.locator('[data-warden="limit"]').count(), 0, 'a gate is no weekly-limit message');
    } finally {
      await page.close();
      await popup.close();
    }
  });

  it('each expires: the restriction after 7 days, the limit after 30, the notes left with their month', async () => {
    const page = await session.browser.context.newPage();
    const popup = await openPopup();
    try {
      // LinkedIn says all three today.
      await page.goto(profileUrl(78, { notes: 4 }));
      await topCard(page).locator('a[href*="custom-invite"]:visible').click();
      await outlet(page).getByRole('button', { name: T.addNote }).click();
      await hookWith(popup, 'notes-left', 'data-count', 4);
      await outlet(page).getByRole('button', { name: T.dismiss }).click();
      await send(page, 79, { limit: 1 });
      await hookWith(popup, 'limit', 'data-sent', 0);
      await send(page, 80, { gate: 1 });
      await hookWith(popup, 'restriction', 'data-kind', 'email-gate');
      await storedWhen(session.browser, (s) => s.told?.restrictions?.length === 2, 'both restrictions');

      // Six days later: still restricted (the latest, the gate).
      await rewrite((s) => { for (const r of s.told.restrictions) r.at = noonAgo(6); });
      await hookWith(popup, 'restriction', 'data-on', localDay(-6));
      // Seven days later: no restriction, the limit still shown.
      await rewrite((s) => { for (const r of s.told.restrictions) r.at = noonAgo(7); });
      await gone(popup, 'restriction');
      await hookWith(popup, 'limit', 'data-on', localDay(-7));
      assert.equal(await popup.locator('#quota .no-refund').isVisible(), false);
      // 29 days: the limit still; 30 days: gone.
      await rewrite((s) => { for (const r of s.told.restrictions) r.at = noonAgo(29); });
      await hookWith(popup, 'limit', 'data-on', localDay(-29));
      await rewrite((s) => { for (const r of s.told.restrictions) r.at = noonAgo(30); });
      await gone(popup, 'limit');

      // The count of notes, said on the last day of the previous month: not this month's.
      const now = new Date();
      const lastOfPrevious = new Date(now.getFullYear(), now.getMonth(), 0, 12).getTime();
      const firstOfThis = new Date(now.getFullYear(), now.getMonth(), 1, 12).getTime();
      await rewrite((s) => { s.told.notesLeft.at = firstOfThis; });
      await hookWith(popup, 'notes-left', 'data-seen-on', localDay(1 - now.getDate()));
      await rewrite((s) => { s.told.notesLeft.at = lastOfPrevious; });
      await gone(popup, 'notes-left');
    } finally {
      await page.close();
      await popup.close();
    }
  });
});
