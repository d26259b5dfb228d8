#!/usr/bin/env node
// `npm test`: every test of the project, in this order:
//   rust      cargo test --workspace                       (native unit and property tests)
//   build     node scripts/build.mjs, only when dist/ is stale
//   chromium  /usr/bin/chromium (or $CHROMIUM); installed with apt-get when absent and allowed
//   firefox   /usr/bin/firefox-esr (or $FIREFOX) with apt-get, and geckodriver with cargo install,
//             when absent and allowed; without them tests/firefox.test.mjs skips, saying why
//   firefox-lint  web-ext lint over dist/: no error, and no warning that was not reviewed
//   types     tsc over extension/ (tsconfig.json, strict): the modules against the declarations
//             generated from the core's Rust types (extension/types/core.d.ts)
//   eslint    ESLint (eslint.config.js) over extension/, scripts/ and tests/
//   wasm      cargo test -p warden-wasm --target wasm32-unknown-unknown
//             (wasm-bindgen-test, run by wasm-bindgen-test-runner: see .cargo/config.toml)
//   browser   node --test --test-concurrency=1 tests/*.test.mjs (dist/ loaded into Chromium)
//
//   node scripts/test.mjs            all of the above      (npm test)
//   node scripts/test.mjs --rust     rust + wasm only      (npm run test:rust)
//   node scripts/test.mjs --browser  build + chromium + firefox + lint + browser only (npm run test:browser)
//   node scripts/test.mjs --lint-firefox  build + firefox-lint only (npm run lint:firefox)
//
// Environment: CHROMIUM (browser binary, default /usr/bin/chromium), FIREFOX (default
// /usr/bin/firefox-esr), GECKODRIVER, WARDEN_NO_INSTALL=1 (never apt-get or cargo install).
// The browser tests get CHROMIUM, CHROMEDRIVER (when found), FIREFOX and GECKODRIVER (when
// found) and WARDEN_DIST.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import {
  DIST,
  ROOT,
  StepError,
  WASM_TARGET,
  bold,
  capture,
  childEnv,
  ensureNodeModules,
  ensureRustTools,
  ensureWasmBindgenCli,
  ensureWasmTarget,
  fail,
  formatMs,
  green,
  info,
  isDistFresh,
  isMain,
  red,
  run,
  runMain,
  step,
  warn,
  webExtLint,
  which,
  yellow,
} from './lib.mjs';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';
/** geckodriver built by `cargo install` when absent (about 2 min on 2 cores). */
const GECKODRIVER_VERSION = '0.37.1';
const TESTS_DIR = path.join(ROOT, 'tests');
/** Per-test (and per-suite) timeout for the browser tests: a guard against a hung browser. */
const NODE_TEST_TIMEOUT_MS = 5 * 60 * 1000;

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
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

function canSudo() {
  if (!which('sudo')) return false;
  return capture('sudo', ['-n', 'true']).status === 0;
}

/** The Chromium binary and chromedriver (or null); installs them with apt-get when allowed. */
function ensureChromium() {
  const fromEnv = process.env.CHROMIUM;
  const chromium = fromEnv || DEFAULT_CHROMIUM;
  const findDriver = () => {
    if (process.env.CHROMEDRIVER) return process.env.CHROMEDRIVER;
    return isExecutable('/usr/bin/chromedriver') ? '/usr/bin/chromedriver' : which('chromedriver');
  };
  // Debian ships Chromium's UI languages apart (chromium-l10n): the French tests need them.
  const FRENCH_PAK = '/usr/lib/chromium/locales/fr.pak';
  const missingLanguages = !fromEnv && isExecutable(chromium) && !fs.existsSync(FRENCH_PAK);
  if (!isExecutable(chromium) || missingLanguages) {
    if (fromEnv) fail(`CHROMIUM is set to ${fromEnv}, which is not an executable file`);
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const sudo = !isRoot && canSudo();
    const howTo = 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium chromium-driver chromium-l10n';
    if (process.env.WARDEN_NO_INSTALL) {
      fail(`Chromium is not installed (${DEFAULT_CHROMIUM}) and WARDEN_NO_INSTALL is set.\n    Install it: ${howTo}\n    or point CHROMIUM at a Chromium/Chrome binary.`);
    }
    if (!isRoot && !sudo) {
      fail(`Chromium is not installed (${DEFAULT_CHROMIUM}), and installing it needs root (no password-less sudo here).\n    Install it: ${howTo}\n    or point CHROMIUM at a Chromium/Chrome binary.`);
    }
    if (!which('apt-get')) fail(`Chromium is not installed (${DEFAULT_CHROMIUM}) and apt-get is not available: install Chromium, or set CHROMIUM.`);
    info(`${missingLanguages ? 'Chromium language packs are' : 'Chromium is'} missing: installing with apt-get (about 20 s)`);
    aptInstall(sudo, ['chromium', 'chromium-driver', 'chromium-l10n']);
    if (!isExecutable(chromium)) fail(`apt-get finished but ${chromium} is still missing`);
  }
  const v = capture(chromium, ['--version']);
  const version = (v.stdout.match(/Chrom\S*\s+[\d.]+/) || [v.stdout.trim().split('\n').pop() || 'unknown version'])[0];
  const driver = findDriver();
  info(`${chromium}: ${version}${driver ? `; chromedriver: ${driver}` : '; no chromedriver (only needed by wasm tests run in a browser)'}`);
  return { chromium, chromedriver: driver };
}

/**
 * Firefox ESR and geckodriver for tests/firefox.test.mjs, installed when absent and allowed
 * (firefox-esr with apt-get as root or password-less sudo; geckodriver with cargo install).
 * Returns {firefox, geckodriver}, or {skipped: reason} when they cannot be had here; a failed
 * install throws.
 */
function ensureFirefox() {
  const fromEnv = process.env.FIREFOX;
  const firefox = fromEnv || DEFAULT_FIREFOX;
  const noInstall = Boolean(process.env.WARDEN_NO_INSTALL);
  if (!isExecutable(firefox)) {
    if (fromEnv) fail(`FIREFOX is set to ${fromEnv}, which is not an executable file`);
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const sudo = !isRoot && canSudo();
    const howTo = 'sudo apt-get update && sudo apt-get install -y --no-install-recommends firefox-esr';
    if (noInstall) return { skipped: `Firefox is not installed and WARDEN_NO_INSTALL is set (install it: ${howTo})` };
    if (!isRoot && !sudo) return { skipped: `Firefox is not installed and installing it needs root (install it: ${howTo})` };
    if (!which('apt-get')) return { skipped: `Firefox is not installed and apt-get is not available (set FIREFOX)` };
    info('Firefox ESR is missing: installing it with apt-get (about 30 s)');
    aptInstall(sudo, ['firefox-esr']);
    if (!isExecutable(firefox)) fail(`apt-get finished but ${firefox} is still missing`);
  }
  let geckodriver = process.env.GECKODRIVER || which('geckodriver');
  if (process.env.GECKODRIVER && !isExecutable(geckodriver)) fail(`GECKODRIVER is set to ${geckodriver}, which is not an executable file`);
  if (!geckodriver) {
    if (noInstall) return { skipped: `geckodriver is not installed and WARDEN_NO_INSTALL is set (cargo install geckodriver)` };
    if (!which('cargo')) return { skipped: 'geckodriver is not installed and cargo is missing' };
    info(`geckodriver is missing: building it with cargo install (a few minutes: about 2 min on 2 cores), once`);
    const t0 = Date.now();
    run('cargo', ['install', 'geckodriver', '--version', GECKODRIVER_VERSION], { what: `cargo install geckodriver ${GECKODRIVER_VERSION}` });
    geckodriver = which('geckodriver');
    if (!geckodriver) fail('cargo install geckodriver finished but geckodriver is not on PATH or in ~/.cargo/bin');
    info(`installed geckodriver in ${formatMs(Date.now() - t0)}`);
  }
  const fv = capture(firefox, ['--version']).stdout.trim();
  const gv = capture(geckodriver, ['--version']).stdout.split('\n')[0].trim();
  info(`${firefox}: ${fv || 'unknown version'}; ${geckodriver}: ${gv || 'unknown version'}`);
  return { firefox, geckodriver };
}

/** `tsc --noEmit -p tsconfig.json`: the extension's scripts against the core's declarations. */
function typeCheck() {
  ensureNodeModules();
  run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', path.join(ROOT, 'tsconfig.json')], { what: 'the type check' });
}

/** ESLint (eslint.config.js) over the extension's modules, the scripts and the tests. */
function esLint() {
  ensureNodeModules();
  run(process.execPath, [path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--max-warnings', '0', '.'], { what: 'ESLint' });
}

/** `web-ext lint` over dist/ (the manifest for both browsers: its one reviewed extra warning). */
function lintFirefox() {
  return webExtLint(DIST, { bothBrowsers: true });
}

function browserTestFiles() {
  if (!fs.existsSync(TESTS_DIR)) return [];
  return fs
    .readdirSync(TESTS_DIR, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.test\.(mjs|js|cjs)$/.test(e.name))
    .map((e) => path.join('tests', e.name))
    .sort();
}

/** Runs fn as a named step; records ok / FAILED / skipped with its time. */
function makeRunner() {
  const results = [];
  const runStep = (name, title, fn) => {
    step(title);
    const t0 = Date.now();
    try {
      const note = fn();
      const skipped = note === 'skipped' || Boolean(note?.skipped);
      const text = note?.skipped ?? (note && note !== 'skipped' ? note : '');
      results.push({ name, status: skipped ? 'skipped' : 'ok', ms: Date.now() - t0, note: typeof text === 'string' ? text : '' });
      return true;
    } catch (e) {
      if (!(e instanceof StepError)) throw e;
      console.error(`${red('error:')} ${e.message}`);
      results.push({ name, status: 'FAILED', ms: Date.now() - t0, note: '' });
      return false;
    }
  };
  const skip = (name, why) => results.push({ name, status: 'skipped', ms: 0, note: why });
  return { results, runStep, skip };
}

export async function test({ rust = true, browser = true, lintOnly = false } = {}) {
  const t0 = Date.now();
  const { results, runStep, skip } = makeRunner();
  let toolsOk = true;

  try {
    ensureRustTools();
  } catch (e) {
    if (!(e instanceof StepError)) throw e;
    console.error(`${red('error:')} ${e.message}`);
    results.push({ name: 'tools', status: 'FAILED', ms: 0, note: '' });
    toolsOk = false;
  }

  if (rust) {
    if (toolsOk) runStep('rust', 'Rust tests (native): cargo test --workspace', () => run('cargo', ['test', '--workspace']));
    else skip('rust', 'no Rust toolchain');
  }

  let distOk = false;
  let browserEnv = null;
  let firefoxEnv = null;
  if (browser) {
    if (!toolsOk) skip('build', 'no Rust toolchain');
    else {
      distOk = runStep('build', 'Building dist/ when stale', () => {
        if (isDistFresh()) {
          info('dist/ is up to date');
          return 'up to date';
        }
        const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit', env: childEnv() });
        if (r.status !== 0) fail('the build failed');
        return 'rebuilt';
      });
    }
    if (lintOnly) {
      if (distOk) runStep('firefox-lint', 'web-ext lint (Firefox) over dist/', () => lintFirefox());
      else skip('firefox-lint', 'no dist/');
    } else {
      runStep('chromium', 'Chromium', () => {
        browserEnv = ensureChromium();
      });
      runStep('firefox', 'Firefox ESR and geckodriver (tests/firefox.test.mjs)', () => {
        const r = ensureFirefox();
        if (r.skipped) {
          warn(`the Firefox tests will be skipped: ${r.skipped}`);
          return r;
        }
        firefoxEnv = r;
        return '';
      });
      if (distOk) runStep('firefox-lint', 'web-ext lint (Firefox) over dist/', () => lintFirefox());
      else skip('firefox-lint', 'no dist/');
      // After the build: the popup's import of the wasm glue is typed by its generated .d.ts.
      if (distOk) runStep('types', 'Type check: tsc over extension/ against the core\'s types', () => typeCheck());
      else skip('types', 'no build');
      runStep('eslint', 'ESLint over extension/, scripts/ and tests/', () => esLint());
    }
  }

  if (rust) {
    if (!toolsOk) skip('wasm', 'no Rust toolchain');
    else {
      runStep('wasm', `wasm-bindgen tests: cargo test -p warden-wasm --target ${WASM_TARGET}`, () => {
        ensureWasmTarget();
        ensureWasmBindgenCli(); // provides wasm-bindgen-test-runner, the cargo runner for this target
        const driver = (browserEnv && browserEnv.chromedriver) || process.env.CHROMEDRIVER || (isExecutable('/usr/bin/chromedriver') ? '/usr/bin/chromedriver' : null);
        run('cargo', ['test', '-p', 'warden-wasm', '--target', WASM_TARGET], { env: childEnv(driver ? { CHROMEDRIVER: driver } : {}) });
      });
    }
  }

  if (browser && !lintOnly) {
    const files = browserTestFiles();
    if (!distOk) skip('browser', 'no dist/');
    else if (!browserEnv) skip('browser', 'no Chromium');
    else if (files.length === 0) {
      warn('no browser tests found (tests/*.test.mjs)');
      skip('browser', 'no tests/*.test.mjs');
    } else {
      runStep('browser', `Browser tests: ${files.length} file(s) in tests/`, () => {
        ensureNodeModules(); // playwright-core
        const env = childEnv({
          CHROMIUM: browserEnv.chromium,
          WARDEN_DIST: process.env.WARDEN_DIST || DIST,
          ...(browserEnv.chromedriver ? { CHROMEDRIVER: browserEnv.chromedriver } : {}),
          ...(firefoxEnv ? { FIREFOX: firefoxEnv.firefox, GECKODRIVER: firefoxEnv.geckodriver } : {}),
        });
        run(process.execPath, ['--test', '--test-concurrency=1', `--test-timeout=${NODE_TEST_TIMEOUT_MS}`, ...files], { env, what: 'browser tests' });
      });
    }
  }

  const failed = results.filter((r) => r.status === 'FAILED');
  const parts = results.map((r) => {
    const status = r.status === 'ok' ? green('ok') : r.status === 'FAILED' ? red('FAILED') : yellow('skipped');
    const extra = [r.note, r.ms ? formatMs(r.ms) : ''].filter(Boolean).join(', ');
    return `${r.name} ${status}${extra ? ` (${extra})` : ''}`;
  });
  console.log(`\n${bold('Summary:')} ${parts.join(' | ')}`);
  const verdict = failed.length ? red(`FAILED: ${failed.map((r) => r.name).join(', ')}`) : green('all passed');
  console.log(`${bold('Tests')} ${verdict} in ${formatMs(Date.now() - t0)}`);
  return failed.length ? 1 : 0;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const known = ['--rust', '--browser', '--lint-firefox'];
  const unknown = args.filter((a) => !known.includes(a));
  if (unknown.length) {
    console.error(`usage: node scripts/test.mjs [--rust | --browser | --lint-firefox]   (unknown: ${unknown.join(' ')})`);
    process.exit(2);
  }
  const only = { rust: args.includes('--rust'), browser: args.includes('--browser') };
  const lintOnly = args.includes('--lint-firefox');
  const all = !only.rust && !only.browser && !lintOnly;
  process.chdir(ROOT);
  await runMain(() =>
    lintOnly ? test({ rust: false, browser: true, lintOnly: true }) : test({ rust: all || only.rust, browser: all || only.browser }),
  );
}
