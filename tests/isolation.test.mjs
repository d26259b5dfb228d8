// One feature's exception never stops another (the router runs each under one guard). Shown
// with a copy of the built extension whose sends feature, which runs on every LinkedIn page,
// throws as it starts: the profile banner must still appear.

import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_DIST } from './support/browser.mjs';
import { linkedinUrl } from './support/fixtures.mjs';
import { backupOf, importBackup, localDay } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const START = 'function initSends({ signal }) {';
const FAILS = `${START}\n    throw new Error('a feature that fails');`;

describe('a feature that throws', () => {
  let dir;

  /** A copy of dist/ whose sends feature throws as it starts. */
  function brokenCopy() {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-broken-'));
    fs.cpSync(DEFAULT_DIST, dir, { recursive: true });
    const file = path.join(dir, 'content.js');
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(text.split(START).length, 2, 'the sends feature still starts with its init, once');
    fs.writeFileSync(file, text.replace(START, FAILS));
    return dir;
  }

  const session = browserSession({ launch: () => ({ dist: brokenCopy() }), seed: async (browser) => {
    const answer = await importBackup(browser, backupOf([{ slug: 'person-22', name: 'Person 22', days: 2 }]));
    assert.equal(answer?.added, 1, JSON.stringify(answer));
  } });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops nothing else: the profile banner still shows, and the failure is named once', async () => {
    const page = await session.browser.context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning' && m.text().startsWith('[Warden]')) warnings.push(m.text()); });
    await page.goto(linkedinUrl('/in/person-22/'));
    await page.waitForFunction((until) => document.querySelector('[data-warden="cooldown-banner"]')?.dataset.until === until,
      localDay(19), { timeout: 15000 });
    assert.equal(await page.locator('[data-warden="cooldown-banner"]').count(), 1);
    assert.deepEqual(warnings.map((w) => w.split(':')[0]), ['[Warden] sends failed'], 'named once');
    await page.close();
  });
});
