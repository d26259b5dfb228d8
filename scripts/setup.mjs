#!/usr/bin/env node
// `node scripts/setup.mjs`: the system programs the browser tests drive, installed when absent.
//   chromium     /usr/bin/chromium (or $CHROMIUM), with its UI languages (the French tests need
//                them) and chromedriver: apt-get install chromium chromium-driver chromium-l10n
//   firefox      /usr/bin/firefox-esr (or $FIREFOX): apt-get install firefox-esr
//   geckodriver  on PATH, in ~/.cargo/bin, or $GECKODRIVER: cargo install geckodriver
//
// apt-get runs as root or through password-less sudo; otherwise, and with WARDEN_NO_INSTALL=1
// (never install), this prints what is missing and how to install it, with or without root.
// Chromium is needed by every browser test; without Firefox or geckodriver only
// tests/firefox.test.mjs cannot run (it is skipped, saying why). Exit code 1 when something is
// still missing.
//
// `node scripts/test.mjs` calls this only when something is missing.

import fs from 'node:fs';

import { StepError, bold, capture, childEnv, fail, formatMs, green, info, isMain, run, runMain, step, warn, which, yellow } from './lib.mjs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';
/** Debian ships Chromium's UI languages apart (chromium-l10n): the French tests need them. */
const FRENCH_PAK = '/usr/lib/chromium/locales/fr.pak';
/** geckodriver built by `cargo install` when absent (about 2 min on 2 cores). */
export const GECKODRIVER_VERSION = '0.37.1';

const CHROMIUM_PACKAGES = ['chromium', 'chromium-driver', 'chromium-l10n'];
const FIREFOX_PACKAGES = ['firefox-esr'];
const aptLine = (packages) => `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;

/** How to get each program, with root and without. */
const HOW = {
  chromium:
    `with root: ${aptLine(CHROMIUM_PACKAGES)}\n` +
    '      without root: point CHROMIUM at any Chromium or Chrome binary of yours, e.g. the one\n' +
    '      `npx playwright install chromium` puts under ~/.cache/ms-playwright/',
  firefox:
    `with root: ${aptLine(FIREFOX_PACKAGES)}\n` +
    '      without root: unpack the Firefox ESR archive (https://www.mozilla.org/firefox/enterprise/)\n' +
    '      in your home and point FIREFOX at its `firefox` binary',
  geckodriver:
    `no root needed: cargo install geckodriver --version ${GECKODRIVER_VERSION}\n` +
    '      (or unpack a release from https://github.com/mozilla/geckodriver/releases and set GECKODRIVER)',
};

export function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function canSudo() {
  if (!which('sudo')) return false;
  return capture('sudo', ['-n', 'true']).status === 0;
}

/** apt-get update, then install the Debian packages (through sudo when not root). */
function aptInstall(sudo, packages) {
  const env = childEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  const pre = sudo ? ['sudo', '-n', '-E'] : [];
  const apt = (...args) => {
    const [cmd, ...rest] = [...pre, 'apt-get', ...args];
    run(cmd, rest, { env });
  };
  apt('update');
  apt('install', '-y', '--no-install-recommends', ...packages);
}

/** Why apt-get cannot be used here (a sentence), or null; `sudo` says whether it goes through sudo. */
function aptRefusal(what) {
  if (process.env.WARDEN_NO_INSTALL) return { why: `${what} is not installed and WARDEN_NO_INSTALL is set` };
  const sudo = !isRoot() && canSudo();
  if (!isRoot() && !sudo) return { why: `${what} is not installed, and installing it needs root (no password-less sudo here)` };
  if (!which('apt-get')) return { why: `${what} is not installed and apt-get is not available` };
  return { why: null, sudo };
}

// ---------------------------------------------------------------- finding

/**
 * Chromium as the tests would use it, without installing anything: {chromium, chromedriver,
 * missing}, `missing` a sentence (or null when Chromium and its languages are there).
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM;
  const chromium = fromEnv || DEFAULT_CHROMIUM;
  const chromedriver = process.env.CHROMEDRIVER || (isExecutable('/usr/bin/chromedriver') ? '/usr/bin/chromedriver' : which('chromedriver'));
  let missing = null;
  if (!isExecutable(chromium)) missing = fromEnv ? `CHROMIUM is set to ${fromEnv}, which is not an executable file` : `no Chromium at ${chromium}`;
  else if (!fromEnv && !fs.existsSync(FRENCH_PAK)) missing = `Chromium's language packs are missing (no ${FRENCH_PAK})`;
  return { chromium, chromedriver, missing };
}

/** Firefox and geckodriver, without installing anything: {firefox, geckodriver, missing: string[]}. */
export function findFirefox() {
  const fromEnv = process.env.FIREFOX;
  const firefox = fromEnv || DEFAULT_FIREFOX;
  const missing = [];
  if (!isExecutable(firefox)) missing.push(fromEnv ? `FIREFOX is set to ${fromEnv}, which is not an executable file` : `no Firefox at ${firefox}`);
  let geckodriver = process.env.GECKODRIVER || which('geckodriver');
  if (process.env.GECKODRIVER && !isExecutable(geckodriver)) missing.push(`GECKODRIVER is set to ${geckodriver}, which is not an executable file`);
  else if (!geckodriver) missing.push('no geckodriver (on PATH or in ~/.cargo/bin)');
  if (geckodriver && !isExecutable(geckodriver)) geckodriver = null;
  return { firefox, geckodriver, missing };
}

export function describeChromium({ chromium, chromedriver }) {
  const v = capture(chromium, ['--version']);
  const version = (v.stdout.match(/Chrom\S*\s+[\d.]+/) || [v.stdout.trim().split('\n').pop() || 'unknown version'])[0];
  info(`${chromium}: ${version}${chromedriver ? `; chromedriver: ${chromedriver}` : '; no chromedriver (only needed by wasm tests run in a browser)'}`);
}

export function describeFirefox({ firefox, geckodriver }) {
  const fv = capture(firefox, ['--version']).stdout.trim();
  const gv = capture(geckodriver, ['--version']).stdout.split('\n')[0].trim();
  info(`${firefox}: ${fv || 'unknown version'}; ${geckodriver}: ${gv || 'unknown version'}`);
}

// ---------------------------------------------------------------- installing

/**
 * The Chromium binary and chromedriver (or null), installed with apt-get when absent and
 * allowed; throws (StepError) with how to install them when they cannot be had.
 */
export function setupChromium() {
  let found = findChromium();
  if (found.missing) {
    if (process.env.CHROMIUM) fail(`${found.missing}.\n    Install Chromium ${HOW.chromium}`);
    const apt = aptRefusal(found.missing.startsWith('no Chromium') ? 'Chromium' : 'Chromium\'s language pack');
    if (apt.why) fail(`${apt.why}.\n    Install it ${HOW.chromium}`);
    info(`${found.missing}: installing ${CHROMIUM_PACKAGES.join(', ')} with apt-get (about 20 s)`);
    aptInstall(apt.sudo, CHROMIUM_PACKAGES);
    found = findChromium();
    if (found.missing) fail(`apt-get finished but ${found.missing}`);
  }
  describeChromium(found);
  return { chromium: found.chromium, chromedriver: found.chromedriver };
}

/**
 * Firefox ESR (apt-get, as root or with password-less sudo) and geckodriver (cargo install),
 * installed when absent and allowed. Returns {firefox, geckodriver}, or {skipped: reason, how}
 * when they cannot be had here; a failed install throws.
 */
export function setupFirefox() {
  let found = findFirefox();
  if (!isExecutable(found.firefox)) {
    if (process.env.FIREFOX) fail(`FIREFOX is set to ${process.env.FIREFOX}, which is not an executable file`);
    const apt = aptRefusal('Firefox');
    if (apt.why) return { skipped: apt.why, how: `Install it ${HOW.firefox}` };
    info('Firefox ESR is missing: installing it with apt-get (about 30 s)');
    aptInstall(apt.sudo, FIREFOX_PACKAGES);
    found = findFirefox();
    if (!isExecutable(found.firefox)) fail(`apt-get finished but ${found.firefox} is still missing`);
  }
  if (process.env.GECKODRIVER && !found.geckodriver) fail(`GECKODRIVER is set to ${process.env.GECKODRIVER}, which is not an executable file`);
  if (!found.geckodriver) {
    const how = `Install it: ${HOW.geckodriver}`;
    if (process.env.WARDEN_NO_INSTALL) return { skipped: 'geckodriver is not installed and WARDEN_NO_INSTALL is set', how };
    if (!which('cargo')) return { skipped: 'geckodriver is not installed and cargo is missing', how };
    info('geckodriver is missing: building it with cargo install (a few minutes: about 2 min on 2 cores), once');
    const t0 = Date.now();
    run('cargo', ['install', 'geckodriver', '--version', GECKODRIVER_VERSION], { what: `cargo install geckodriver ${GECKODRIVER_VERSION}` });
    found = findFirefox();
    if (!found.geckodriver) fail('cargo install geckodriver finished but geckodriver is not on PATH or in ~/.cargo/bin');
    info(`installed geckodriver in ${formatMs(Date.now() - t0)}`);
  }
  describeFirefox(found);
  return { firefox: found.firefox, geckodriver: found.geckodriver };
}

/** Everything; returns the exit code (1 when something is still missing). */
export function setup() {
  let missing = 0;
  step('Chromium (every browser test)');
  try {
    setupChromium();
  } catch (e) {
    if (!(e instanceof StepError)) throw e;
    console.error(`${yellow('missing:')} ${e.message}`);
    missing++;
  }
  step('Firefox ESR and geckodriver (tests/firefox.test.mjs)');
  let firefox;
  try {
    firefox = setupFirefox();
  } catch (e) {
    if (!(e instanceof StepError)) throw e;
    firefox = { skipped: e.message, how: `Install it ${HOW.firefox}` };
  }
  if (firefox.skipped) {
    warn(`${firefox.skipped}: tests/firefox.test.mjs will be skipped.\n    ${firefox.how}`);
    missing++;
  }
  console.log(`\n${bold('Setup:')} ${missing ? yellow(`${missing} missing (see above)`) : green('everything the browser tests need is installed')}`);
  return missing ? 1 : 0;
}

if (isMain(import.meta.url)) {
  const unknown = process.argv.slice(2);
  if (unknown.length) {
    console.error(`usage: node scripts/setup.mjs   (no arguments; WARDEN_NO_INSTALL=1 only reports)   (unknown: ${unknown.join(' ')})`);
    process.exit(2);
  }
  await runMain(setup);
}
