// The acceptance figures, with the unmodified dist/ in a real Chromium and the user's own
// clicks: sends with and without a note (the invite dialog in LinkedIn's shadow root), scripted
// visits of the Sent page whose list changes between visits, a withdrawal, profiles whose top
// card shows a 1st-degree connection (a hidden "1st" or a rail's "1st" confirms nothing). The
// popup's [data-warden="outcomes"] then gives the figures the core computed ("not enough data
// yet" below 20 known outcomes), draws the cumulative chart, offers a stale threshold that only
// the user's click applies, and the history leaves as CSV and in a version-2 backup that
// imports back; a version-1 file still imports.
//
// The fixture's card i is AGE_CYCLE[(i - 1) % 16] days old (tests/support/fixtures.mjs): cards
// 1, 17 and 33 are "today", 15 is a year old, 16 and 32 two years (the anchors every reading
// reaches). All visits happen today, so a person gone is accepted after at most their age.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { cardFor, REPO_ROOT, screenshotPath, withdrawVia } from './support/browser.mjs';
import { linkedinUrl, personName, SENT_PATH } from './support/fixtures.mjs';
import { TEXT26 } from './support/fixtures-2026.mjs';
import { importBackup, localDay, stored, storedAfter, storedWhen } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const T = TEXT26.en;
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, k) => a + k);
// Visit 3's people gone: 1-14 and 17-22 accepted (20), 15 expired (last seen 365 days old).
const GONE = [...range(1, 15), ...range(17, 22)];
// Their days to acceptance (their ages), sorted: the figures below follow from these.
const DAYS = [0, 0, 1, 1, 3, 3, 6, 6, 7, 7, 10, 10, 14, 20, 21, 25, 27, 28, 30, 60];

const AXE = fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Serious and critical violations axe finds in the popup's outcomes, as readable lines. */
async function violations(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run({ include: [['#outcomes']] }, { resultTypes: ['violations'] });
    return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('acceptance figures over several visits', () => {
  const session = browserSession();
  const ctx = () => session.browser.context;

  async function visit(gone, cards) {
    const page = await ctx().newPage();
    await page.setViewportSize({ width: 1280, height: 400 });
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 34, size: 34, ...(gone.length ? { gone: gone.join(',') } : {}) }));
    await page.waitForFunction((n) => document.querySelector('[data-warden="summary"]')?.dataset.cards === String(n), cards, WAIT);
    return page;
  }

  async function openPopup() {
    const popup = await ctx().newPage();
    await popup.setViewportSize({ width: 380, height: 580 });
    await popup.goto(session.browser.popupUrl());
    await popup.waitForFunction(() => document.querySelector('[data-warden="outcomes"]')?.dataset.basedOn !== undefined, null, WAIT);
    return popup;
  }

  const outcomesOf = (popup) => popup.locator('[data-warden="outcomes"]').evaluate((n) => ({ ...n.dataset }));

  async function send(slug, { note }) {
    const page = await ctx().newPage();
    try {
      await page.goto(linkedinUrl(`/in/${slug}/`, { profile: '2026' }));
      const top = page.locator('main [componentkey$="Topcard"]');
      await top.locator('a[href*="custom-invite"]:visible').click();
      const outlet = page.locator('#interop-outlet');
      if (note) {
        await outlet.getByRole('button', { name: T.addNote }).click();
        await outlet.locator('textarea#custom-message').fill('Hello, we met at the meetup');
        await outlet.getByRole('button', { name: T.sendInvitation }).click();
      } else {
        await outlet.getByRole('button', { name: T.sendWithout }).click();
      }
      await top.locator('[componentkey$="_pending"]:visible').waitFor(WAIT);
      await storedWhen(session.browser, (s) => s.sends?.[slug], `the send to ${slug}`);
    } finally {
      await page.close();
    }
  }

  async function download(popup, hook) {
    const [file] = await Promise.all([popup.waitForEvent('download'), popup.locator(`[data-warden="${hook}"]`).click()]);
    return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
  }

  async function profile(slug, params) {
    const page = await ctx().newPage();
    await page.goto(linkedinUrl(`/in/${slug}/`, { profile: '2026', ...params }));
    await page.locator('main [componentkey$="Topcard"] h2').waitFor(WAIT);
    return page;
  }

  it('sends with a note and without one are told apart', async () => {
    await send('person-1', { note: true });
    await send('person-17', { note: false });
    await send('person-33', { note: false });
    const s = await stored(session.browser);
    assert.deepEqual(['person-1', 'person-17', 'person-33'].map((k) => s.sends[k].note), [true, false, false]);
  });

  it('below 20 known outcomes: "not enough data yet", the figures hidden', async () => {
    await (await visit([], 34)).close();
    await (await visit(range(1, 10), 24)).close();
    const popup = await openPopup();
    try {
      await popup.waitForFunction(() => document.querySelector('[data-warden="outcomes"]')?.dataset.basedOn === '10', null, WAIT);
      const o = await outcomesOf(popup);
      assert.deepEqual([o.accepted, o.withdrawn, o.pending, o.expired, o.enough], ['10', '0', '24', '0', 'false']);
      assert.match(await popup.locator('#outcomes .not-enough').innerText(), /Not enough data yet: 10 known outcomes; figures from 20 on/);
      assert.equal(await popup.locator('#outcomes .numbers').isHidden(), true);
      assert.equal(await popup.locator('[data-warden="apply-stale-suggestion"]').count(), 0, 'no suggestion');
    } finally {
      await popup.close();
    }
  });

  it('a visit later and a withdrawal: rate, notes, median, shares and the chart', async () => {
    const page = await visit(GONE, 34 - GONE.length);
    await withdrawVia(page, 'person-33', 'confirm');
    await cardFor(page, 'person-33').waitFor({ state: 'detached', ...WAIT });
    await page.close();
    const popup = await openPopup();
    try {
      await popup.waitForFunction(() => document.querySelector('[data-warden="outcomes"]')?.dataset.enough === 'true', null, WAIT);
      const o = await outcomesOf(popup);
      assert.deepEqual(
        { accepted: o.accepted, withdrawn: o.withdrawn, pending: o.pending, expired: o.expired, basedOn: o.basedOn, rate: o.rate },
        { accepted: '20', withdrawn: '1', pending: '12', expired: '1', basedOn: '22', rate: '91' },
      );
      assert.equal(o.medianDays, '8.5');
      const within = await popup.locator('[data-warden="outcomes"]').evaluate((n) => [7, 14, 21, 28].map((d) => n.getAttribute(`data-within-${d}`)));
      assert.deepEqual(within, ['50', '65', '75', '90']);
      // person-1 was sent with a note and accepted; person-17 without and accepted, person-33
      // without and withdrawn.
      assert.deepEqual([o.withNoteRate, o.withoutNoteRate], ['100', '50']);
      const text = await popup.locator('#outcomes').innerText();
      assert.match(text, /Based on 22 invitations with a known outcome: 20 accepted, 1 withdrawn, 1 expired/);
      assert.match(text, /20 left the list without a withdrawal \(most likely accepted\)/);
      assert.match(text, /Days are upper bounds/);
      // The chart: one point per distinct number of days, drawn as SVG inside the outcomes.
      const chart = popup.locator('[data-warden="outcomes"] svg[data-warden="outcomes-chart"]');
      await chart.waitFor(WAIT);
      const points = await chart.locator('circle').evaluateAll((cs) => cs.map((c) => Number(c.dataset.days)));
      assert.deepEqual(points, [...new Set(DAYS)]);
      assert.equal(await chart.locator('circle').last().getAttribute('data-share'), '100');
      assert.equal(await chart.locator('polyline').count(), 1);
      const box = popup.locator('#outcomes');
      await box.scrollIntoViewIfNeeded();
      await box.screenshot({ path: screenshotPath('popup-outcomes.png') });
      for (const theme of ['light', 'dark']) {
        await popup.emulateMedia({ colorScheme: theme });
        assert.deepEqual(await violations(popup), [], `axe, ${theme}`);
      }
    } finally {
      await popup.close();
    }
  });

  it('a profile\'s visible 1st degree in the top card confirms; a hidden "1st" or a rail\'s does not', async () => {
    // person-24 is pending: its top card holds a hidden "· 1st" beside the visible "· 2nd".
    // person-13's rails show person-24 and person-34 (both pending) as 1st-degree.
    for (const [slug, params] of [['person-24', {}], ['person-13', { rail1st: '1' }]]) {
      const page = await profile(slug, params);
      const shown = await page.locator('main p').filter({ hasText: /^· 1st$/ }).count();
      assert.ok(shown >= 1, `${slug}: the page holds a "1st" (hidden or in a rail)`);
      await page.close();
    }
    const after = await storedAfter(session.browser, 1500);
    assert.deepEqual(Object.entries(after.accepted ?? {}).filter(([, g]) => g.confirmedOn).map(([k]) => k), [], 'nobody confirmed');
    assert.ok(after.seen['person-24'] && after.seen['person-34'], 'still pending');
    // person-2, gone on the second visit, shows as a 1st-degree connection: confirmed, counted once.
    const page = await profile('person-2', { state: 'connected' });
    await storedWhen(session.browser, (s) => s.accepted?.['person-2']?.confirmedOn === localDay(0), 'person-2 confirmed');
    await page.close();
    const popup = await openPopup();
    try {
      await popup.waitForFunction(() => document.querySelector('[data-warden="outcomes"]')?.dataset.confirmed === '1', null, WAIT);
      const o = await outcomesOf(popup);
      assert.deepEqual([o.accepted, o.confirmed, o.likely, o.pending], ['20', '1', '19', '12']);
      const text = await popup.locator('#outcomes').innerText();
      assert.match(text, /1 confirmed accepted \(their profile shows a 1st-degree connection\)/);
      assert.match(text, /19 left the list without a withdrawal \(most likely accepted\)/);
    } finally {
      await popup.close();
    }
  });

  it('the suggested stale threshold is applied only by the user\'s click, and the settings say where it came from', async () => {
    const popup = await openPopup();
    try {
      const suggestion = popup.locator('[data-warden="stale-suggestion"]');
      await suggestion.waitFor(WAIT);
      // 95 % of the 20 were accepted within 30 days; after 21 days, 5 of them.
      assert.match(await suggestion.innerText(), /95\s?% of your accepted invitations were accepted within 30 days; after 21 days, 5 of your 20 ever were/);
      await storedAfter(session.browser, 500);
      assert.equal((await stored(session.browser)).settings?.staleDays ?? 28, 28, 'shown, not applied');
      const button = popup.locator('[data-warden="apply-stale-suggestion"]');
      assert.equal(await button.innerText(), 'Set the stale threshold to 30 days');
      await button.click();
      const s = await storedWhen(session.browser, (x) => x.settings?.staleDays === 30, 'the stale threshold set');
      assert.deepEqual(s.settings.staleSource, { on: localDay(0), basedOn: 20 });
      await popup.locator('#settings summary').click();
      const source = popup.locator('[data-warden="stale-source"]');
      await source.waitFor({ state: 'visible', ...WAIT });
      assert.match(await source.innerText(), /Suggested from your acceptances on .+ \(20 accepted invitations\)/);
      assert.equal(await popup.locator('#f-staleDays').inputValue(), '30');
      await button.waitFor({ state: 'hidden', ...WAIT });
    } finally {
      await popup.close();
    }
  });

  it('the history leaves as CSV and in a version-2 backup that imports back; a version-1 file still imports', async () => {
    let popup = await openPopup();
    let backup;
    try {
      const csv = await download(popup, 'export-history-csv');
      assert.match(csv.name, /^warden-history-\d{4}-\d{2}-\d{2}\.csv$/);
      const rows = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(rows[0], 'slug,name,sent_on,outcome,outcome_on,note');
      assert.ok(rows.includes(`person-1,${personName(1)},${localDay(0)},likelyAccepted,${localDay(0)},yes`), rows.join('\n'));
      assert.ok(rows.includes(`person-2,${personName(2)},${localDay(-1)},accepted,${localDay(0)},unknown`), rows.join('\n'));
      assert.ok(rows.includes(`person-17,${personName(17)},${localDay(0)},likelyAccepted,${localDay(0)},no`), rows.join('\n'));
      assert.ok(rows.some((r) => r.startsWith('person-15,') && r.includes(',expired,')), rows.join('\n'));
      assert.ok(rows.some((r) => r.startsWith('person-33,') && r.includes(',withdrawn,') && r.endsWith(',no')), rows.join('\n'));
      assert.equal(rows.length, 1 + 34, 'everyone Warden followed, once');
      backup = await download(popup, 'export-json');
      const file = JSON.parse(backup.text);
      assert.equal(file.version, 2);
      assert.equal(file.history.length, 34);
    } finally {
      await popup.close();
    }
    const before = await openPopup();
    const figures = await outcomesOf(before);
    await before.close();
    // A new installation: nothing stored, then the backup imported.
    const worker = await session.browser.getServiceWorker();
    await worker.evaluate(() => chrome.storage.local.clear());
    const answer = await importBackup(session.browser, backup.text);
    assert.equal(answer?.ok, true, JSON.stringify(answer));
    popup = await openPopup();
    try {
      await popup.waitForFunction(() => document.querySelector('[data-warden="outcomes"]')?.dataset.basedOn === '22', null, WAIT);
      const o = await outcomesOf(popup);
      for (const k of ['accepted', 'confirmed', 'likely', 'withdrawn', 'expired', 'rate', 'medianDays', 'withNoteRate', 'withoutNoteRate']) {
        assert.equal(o[k], figures[k], k);
      }
      assert.equal(await popup.locator('svg[data-warden="outcomes-chart"] circle').count(), new Set(DAYS).size);
    } finally {
      await popup.close();
    }
    // A version-1 file (no history) still imports, and keeps the history there is.
    const v1 = JSON.stringify({ format: 'warden-backup', version: 1, withdrawals: [{ slug: 'someone-else', name: 'Someone Else', withdrawnAt: new Date().toISOString() }] });
    const r = await importBackup(session.browser, v1);
    assert.deepEqual([r?.ok, r?.added], [true, 1], JSON.stringify(r));
    const s = await stored(session.browser);
    assert.ok(s.withdrawals['someone-else']);
    assert.equal(Object.keys(s.accepted).length, 20);
  });
});
