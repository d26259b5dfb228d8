#!/usr/bin/env node
// `npm run package`: the store packages, from a fresh build of dist/.
//   packages/warden-chrome-VERSION.zip   for the Chrome Web Store (and Edge, Brave…): dist/ with
//                                        a manifest that names only what Chromium reads
//   packages/warden-firefox-VERSION.zip  for addons.mozilla.org: dist/ with a manifest that
//                                        names only what Firefox reads; web-ext lint clean
// VERSION is manifest.json's `version`, the one place the version is written (CHANGELOG.md's
// newest entry must carry it). Both zips are made by web-ext build (a plain zip of the folder).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { DIST, ROOT, capture, childEnv, ensureNodeModules, fail, info, isMain, run, runMain, step, webExtLint } from './lib.mjs';

export const PACKAGES = path.join(ROOT, 'packages');

/** The manifest each store reads: Chromium ignores Firefox's keys and the reverse. */
export function manifestFor(browser, manifest) {
  const m = structuredClone(manifest);
  if (browser === 'chrome') {
    delete m.browser_specific_settings;
    delete m.background.scripts;
  } else {
    delete m.background.service_worker;
  }
  return m;
}

/** The version of record, checked against the changelog's newest entry. */
export function versionOfRecord() {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'manifest.json'), 'utf8'));
  const changelog = fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
  const newest = changelog.match(/^## (\d+\.\d+\.\d+)/m)?.[1];
  if (newest !== version) fail(`CHANGELOG.md's newest entry is ${newest ?? 'missing'}, manifest.json says ${version}: add the entry first.`);
  return version;
}

function stage(browser, manifest) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `warden-${browser}-`));
  fs.cpSync(DIST, dir, { recursive: true });
  fs.rmSync(path.join(dir, '.build-stamp'), { force: true }); // the build's own bookkeeping
  fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifestFor(browser, manifest), null, 2)}\n`);
  return dir;
}

function zip(dir, filename) {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
  if (!fs.existsSync(bin)) ensureNodeModules();
  const args = ['build', '--source-dir', dir, '--artifacts-dir', PACKAGES, '--filename', filename, '--overwrite-dest', '--no-input', '--no-config-discovery'];
  const r = capture(bin, args, { env: childEnv({ NO_UPDATE_NOTIFIER: '1' }) });
  if (r.status !== 0) fail(`web-ext build failed:\n${r.stderr || r.stdout}`);
  return path.join(PACKAGES, filename);
}

export function packageAll() {
  step('Build');
  run(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')]);
  const version = versionOfRecord();
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) fail(`dist/manifest.json says ${manifest.version}, manifest.json ${version}`);
  fs.mkdirSync(PACKAGES, { recursive: true });
  const made = [];
  for (const browser of ['chrome', 'firefox']) {
    step(`Package for ${browser === 'chrome' ? 'the Chrome Web Store' : 'addons.mozilla.org'}`);
    const dir = stage(browser, manifest);
    try {
      if (browser === 'firefox') info(`web-ext lint: ${webExtLint(dir)}`);
      const file = zip(dir, `warden-${browser}-${version}.zip`);
      info(`${path.relative(ROOT, file)}: ${(fs.statSync(file).size / 1024).toFixed(1)} KiB`);
      made.push(file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return made;
}

if (isMain(import.meta.url)) runMain(() => packageAll());
