// What the extension stored, read through its own service worker, and the contract's dates
// written out independently of the extension's code. Shared by the browser tests.

import assert from 'node:assert/strict';

/** The local calendar date `offset` days from today, YYYY-MM-DD. */
export function localDay(offset = 0) {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** An instant at local noon `days` days ago, ISO 8601. */
export function noonDaysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  d.setHours(12, 0, 0, 0);
  return d.toISOString();
}

/**
 * A stored state as an object: schema 2 stores the object itself, schema 1 stored JSON text
 * (what a test seeds as an older version would have left).
 */
export function stateOf(value) {
  if (value === undefined || value === null) return {};
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** The state the extension stored ({} before any write). */
export async function stored(browser) {
  const worker = await browser.getServiceWorker();
  return stateOf(await worker.evaluate(() => chrome.storage.local.get('warden').then((items) => items.warden ?? null)));
}

/** Polls the stored state until `test(state)` holds (bounded); returns that state. */
export async function storedWhen(browser, test, what) {
  let state;
  for (let k = 0; k < 100; k++) {
    state = await stored(browser);
    if (test(state)) return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  return assert.fail(`timed out waiting for ${what}; stored: ${JSON.stringify(state)}`);
}

/**
 * How long a wrong record would take to land: the extension gives the page 10 s to show a
 * withdrawal's outcome (a toast at once on the fixtures; the card's absence alone is none), and
 * a send waits for Pending. What is absent after this was not written.
 */
export const SETTLED_MS = 2500;

/**
 * Absence cannot be awaited: waits as long as a wrong record would take to land (the
 * extension's settle time for a withdrawal's outcome, plus margin), then returns the state.
 */
export async function storedAfter(browser, ms) {
  await new Promise((r) => setTimeout(r, ms));
  return stored(browser);
}

/** Imports a backup through the background, from an extension page (as the popup does). */
export async function importBackup(browser, text) {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.popupUrl());
    return await page.evaluate((t) => chrome.runtime.sendMessage({ warden: { kind: 'import', text: t } }), text);
  } finally {
    await page.close();
  }
}

/** A backup holding these withdrawals: [{slug, name, days}] (days ago, at local noon). */
export function backupOf(withdrawals) {
  return JSON.stringify({
    format: 'warden-backup',
    version: 1,
    withdrawals: withdrawals.map((w) => ({ slug: w.slug, name: w.name, withdrawnAt: noonDaysAgo(w.days) })),
  });
}

/**
 * Fills chrome.storage.local up to its quota with what is not Warden's, so that any write that
 * grows the state fails. A full storage meets Warden's readings first (they give way to the
 * user's actions, `storage::make_room`), so they are deleted before: the storage stays full
 * without them. The page's readings may land meanwhile: a little more room each time the
 * filler does not fit, and all again while they come back.
 */
export async function fillStorage(browser) {
  const worker = await browser.getServiceWorker();
  await worker.evaluate(async () => {
    const local = chrome.storage.local;
    const isReading = (k) => /^warden\.(visit\.|layout\.|ageTable$)/.test(k);
    const readingsIn = (all) => Object.keys(all).some(isReading)
      || Object.keys(all.warden?.seen ?? {}).length > 0 || (all.warden?.visits ?? []).length > 0;
    // A page still being read may write its readings back meanwhile: again until none came
    // back for a while.
    for (let round = 0; round < 10; round++) {
      await local.remove('filler');
      const all = await local.get(null);
      await local.remove(Object.keys(all).filter(isReading));
      if (all.warden) await local.set({ warden: { ...all.warden, seen: {}, visits: [], ageTexts: [] } });
      for (let margin = 64; ; margin *= 2) {
        const used = await local.getBytesInUse(null);
        try {
          await local.set({ filler: 'x'.repeat(local.QUOTA_BYTES - used - margin) });
          break;
        } catch (e) {
          if (margin > 4096) throw e;
        }
      }
      await new Promise((r) => setTimeout(r, 700));
      if (!readingsIn(await local.get(null))) return;
    }
    throw new Error('the page kept writing its readings');
  });
}

