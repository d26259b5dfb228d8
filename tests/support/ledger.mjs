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
