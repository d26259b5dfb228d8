// Ready for the stores: `npm run package` makes a Chrome zip that, unpacked, loads in Chromium
// and annotates a Sent page with no error, and a Firefox zip that web-ext lint passes, both
// of manifest.json's version (CHANGELOG.md's newest entry); the listing exists in the seven
// languages under Warden's own name; the store screenshots (1280x800) and the README's popup
// in three languages are taken from the fixtures.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import AdmZip from 'adm-zip';
import { REPO_ROOT, screenshotPath } from './support/browser.mjs';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { backupOf, importBackup } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';
import { webExtLint } from '../scripts/lib.mjs';

const WAIT = { timeout: 15000 };
const VERSION = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8')).version;
const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt_BR', 'nl'];

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

function unzip(file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-unzipped-'));
  new AdmZip(file).extractAllTo(dir, true);
  return dir;
}

describe('store packages', () => {
  const unpacked = [];
  let zips;

  before(() => {
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'package.mjs')], { encoding: 'utf8' });
    assert.equal(r.status, 0, `npm run package failed:\n${r.stdout}\n${r.stderr}`);
    zips = Object.fromEntries(['chrome', 'firefox'].map((b) => [b, path.join(REPO_ROOT, 'packages', `warden-${b}-${VERSION}.zip`)]));
  });

  after(() => {
    for (const dir of unpacked) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the version is written once, and the changelog\'s newest entry has it', () => {
    const newest = fs.readFileSync(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8').match(/^## (\d+\.\d+\.\d+)/m)?.[1];
    assert.equal(newest, VERSION);
    assert.equal(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version, undefined, 'not a second place');
  });

  describe('the Chrome zip, unpacked', () => {
    let dir;
    const session = browserSession({ launch: () => {
      dir = unzip(zips.chrome);
      unpacked.push(dir);
      return { dist: dir };
    } });

    it('the Chrome zip, unpacked, loads in Chromium and annotates a Sent page with no error', async () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      assert.equal(manifest.version, VERSION);
      assert.equal(manifest.browser_specific_settings, undefined, 'no Firefox keys for Chromium');
      assert.equal(manifest.background.scripts, undefined);
      assert.ok(!fs.existsSync(path.join(dir, '.build-stamp')));
      const page = await session.browser.context.newPage();
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026' }));
      await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length === 10, null, WAIT);
      session.problems.assertClean('the packaged extension misbehaved');
    });
  });

  it('the Firefox zip passes web-ext lint', () => {
    const dir = unzip(zips.firefox);
    unpacked.push(dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    assert.equal(manifest.version, VERSION);
    assert.equal(manifest.background.service_worker, undefined, 'no Chromium-only key for Firefox');
    assert.match(webExtLint(dir), /^0 errors/);
  });

  it('the listing in the seven languages, under the name and summary limits the stores set', () => {
    for (const lang of LANGS) {
      const text = fs.readFileSync(path.join(REPO_ROOT, 'store', 'listing', `${lang}.md`), 'utf8');
      const name = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'extension', '_locales', lang, 'messages.json'), 'utf8')).extName.message;
      assert.equal(text.match(/^# (.+)$/m)?.[1], name, `${lang}: the extension's own name`);
      const summary = text.match(/## Summary\n(.+)\n/)?.[1] ?? '';
      assert.ok(summary.length > 40 && summary.length <= 132, `${lang}: summary of ${summary.length} characters`);
      assert.ok(text.includes('## Description'), `${lang}: a description`);
    }
    for (const f of ['PRIVACY.md', path.join('store', 'permissions.md')]) assert.ok(fs.statSync(path.join(REPO_ROOT, f)).size > 500, f);
  });
});

describe('store screenshots and the popup in three languages', () => {
  for (const lang of ['en', 'fr', 'de']) {
    describe(`a browser in ${lang}`, () => {
      const session = browserSession({ launch: { lang }, seed: async (browser) => {
        await importBackup(browser, backupOf([{ slug: 'person-40', name: 'Avery Stone', days: 3 }]));
      } });

      it(`the popup in ${lang}${lang === 'en' ? ', and the 1280x800 store screenshots' : ''}`, async () => {
        const { browser } = session;
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', lang, n: 30, stated: 1204 }));
        await page.waitForFunction(() => document.querySelectorAll('[data-warden="badge"]').length === 10, null, WAIT);
        const shots = [];
        if (lang === 'en') {
          shots.push(screenshotPath('1-sent-page.png', 'store'));
          await page.screenshot({ path: shots.at(-1) });
          await page.goto(linkedinUrl('/in/person-40/', { profile: '2026' }));
          await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
          shots.push(screenshotPath('2-profile.png', 'store'));
          await page.screenshot({ path: shots.at(-1) });
        }
        const popup = await browser.context.newPage();
        await popup.setViewportSize({ width: 400, height: 600 });
        await popup.goto(browser.popupUrl());
        await popup.waitForFunction(() => document.querySelector('[data-warden="cooldown"]'), null, WAIT);
        shots.push(screenshotPath(`popup-${lang}.png`));
        await popup.screenshot({ path: shots.at(-1) });
        if (lang === 'en') {
          // The popup at the centre of a 1280x800 picture, as the stores show it.
          await popup.setViewportSize({ width: 1280, height: 800 });
          await popup.evaluate(() => Object.assign(document.documentElement.style, { background: '#e9e5df' }));
          await popup.evaluate(() => Object.assign(document.body.style, { width: '380px', margin: '40px auto', boxShadow: '0 8px 32px rgba(0,0,0,.2)' }));
          shots.push(screenshotPath('3-popup.png', 'store'));
          await popup.screenshot({ path: shots.at(-1) });
        }
        for (const shot of shots.filter((s) => s.includes(`${path.sep}store`) || s.includes('screenshots/store'))) {
          assert.deepEqual(pngSize(shot), [1280, 800], shot);
        }
        for (const shot of shots) assert.ok(fs.statSync(shot).size > 5000, shot);
      });
    });
  }
});
