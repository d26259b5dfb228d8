#!/usr/bin/env node
// `npm test`: every test of the project, in this order:
//   rust      cargo test --workspace                       (native unit and property tests)
//   build     node scripts/build.mjs, only when dist/ is stale
//   chromium  /usr/bin/chromium (or $CHROMIUM); when absent, scripts/setup.mjs installs it if allowed
//   firefox   /usr/bin/firefox-esr (or $FIREFOX) and geckodriver; when absent, scripts/setup.mjs
//             installs them if allowed; without them tests/firefox.test.mjs skips, saying why
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
// /usr/bin/firefox-esr), GECKODRIVER, WARDEN_NO_INSTALL=1 (never apt-get or cargo install: the
// setup only says what is missing and how to install it).
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
  yellow,
} from './lib.mjs';
import { describeChromium, describeFirefox, findChromium, findFirefox, setupChromium, setupFirefox } from './setup.mjs';

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

/** The Chromium binary and chromedriver (or null); the setup runs only when one is missing. */
function ensureChromium() {
  const found = findChromium();
  if (!found.missing) {
    describeChromium(found);
    return { chromium: found.chromium, chromedriver: found.chromedriver };
  }
  info(`${found.missing}: setting it up (scripts/setup.mjs)`);
  return setupChromium();
}

/**
 * Firefox ESR and geckodriver for tests/firefox.test.mjs: {firefox, geckodriver}, or {skipped:
 * reason} when they cannot be had here; the setup runs only when one is missing.
 */
function ensureFirefox() {
  const found = findFirefox();
  if (!found.missing.length) {
    describeFirefox(found);
    return { firefox: found.firefox, geckodriver: found.geckodriver };
  }
  info(`${found.missing.join('; ')}: setting them up (scripts/setup.mjs)`);
  const r = setupFirefox();
  return r.skipped ? { skipped: `${r.skipped}. ${r.how}` } : r;
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
