// Shared helpers for the project's scripts (build, test, lint).
// Node built-ins only: this file must work before `npm install` has run.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root: the parent of this scripts/ directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
export const PKG = path.join(ROOT, 'extension', 'pkg');
export const STAMP = path.join(DIST, '.build-stamp');
export const WASM_TARGET = 'wasm32-unknown-unknown';
/** binaryen (wasm-opt) major version used by the build; Debian's binaryen is too old. */
export const BINARYEN_MAJOR = 132;

const CARGO_BIN = path.join(process.env.CARGO_HOME || path.join(os.homedir(), '.cargo'), 'bin');

/**
 * Environment for child processes: ~/.cargo/bin comes first on PATH, even when the shell was not
 * set up, so that the wasm-bindgen CLI `cargo install` put there is the one used.
 */
export function childEnv(extra = {}) {
  const parts = (process.env.PATH || '').split(path.delimiter).filter((p) => p && p !== CARGO_BIN);
  return { ...process.env, PATH: [CARGO_BIN, ...parts].join(path.delimiter), ...extra };
}

/** An error whose message is printed as is, without a stack trace. */
export class StepError extends Error {}

export function fail(message) {
  throw new StepError(message);
}

// ---------------------------------------------------------------- output

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
export const bold = (s) => paint('1', s);
export const red = (s) => paint('31', s);
export const green = (s) => paint('32', s);
export const yellow = (s) => paint('33', s);

export function step(title) {
  console.log(`\n${bold('==>')} ${bold(title)}`);
}
export function info(s) {
  console.log(`    ${s}`);
}
export function warn(s) {
  console.warn(yellow(`warning: ${s}`));
}

export function formatMs(ms) {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(n) {
  return n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KiB`;
}

// ---------------------------------------------------------------- processes

/** Finds an executable on PATH or in ~/.cargo/bin; returns its path or null. */
export function which(cmd) {
  const dirs = childEnv().PATH.split(path.delimiter);
  for (const dir of dirs) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return null;
}

/** Runs a command with inherited stdio; throws StepError when it fails. */
export function run(cmd, args, { cwd = ROOT, env, what } = {}) {
  const shown = [cmd, ...args].join(' ');
  console.log(`    $ ${shown}`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: env || childEnv() });
  if (r.error) fail(`${what || shown}: could not start ${cmd} (${r.error.code || r.error.message})`);
  if (r.status !== 0) {
    const how = r.signal ? `killed by ${r.signal}` : `exit code ${r.status}`;
    fail(`${what || shown} failed (${how})`);
  }
}

/** Runs a command and captures its output; never throws. status is null when it could not start. */
export function capture(cmd, args, { cwd = ROOT, env } = {}) {
  const r = spawnSync(cmd, args, {
    cwd,
    env: env || childEnv(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: r.error ? null : r.status,
    stdout: r.stdout || '',
    stderr: r.stderr || '',
    error: r.error,
  };
}

// ---------------------------------------------------------------- toolchain

/** cargo, rustup and a C linker (proc-macros and build scripts are linked natively). */
export function ensureRustTools() {
  const missing = [];
  if (!which('cargo') || !which('rustup')) {
    missing.push(
      'Rust (cargo and rustup). Install it with:\n' +
        "      curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y\n" +
        '    then open a new shell (or run: . "$HOME/.cargo/env").',
    );
  }
  if (!which('cc')) {
    missing.push(
      'a C compiler/linker (`cc`), needed by cargo to link build scripts and proc-macros.\n' +
        '    On Debian/Ubuntu: sudo apt-get install -y build-essential',
    );
  }
  if (missing.length) fail(`Missing tools:\n  - ${missing.join('\n  - ')}`);
}

export function ensureWasmTarget() {
  const r = capture('rustup', ['target', 'list', '--installed']);
  if (r.status !== 0) fail(`\`rustup target list --installed\` failed:\n${r.stderr}`);
  if (r.stdout.split('\n').map((s) => s.trim()).includes(WASM_TARGET)) return false;
  run('rustup', ['target', 'add', WASM_TARGET]);
  return true;
}

/** The wasm-bindgen crate version in Cargo.lock (creating the lock file when absent). */
export function lockedWasmBindgenVersion() {
  const lock = path.join(ROOT, 'Cargo.lock');
  if (!fs.existsSync(lock)) run('cargo', ['generate-lockfile']);
  const text = fs.readFileSync(lock, 'utf8');
  const versions = new Set();
  for (const block of text.split(/\n(?=\[\[package\]\])/)) {
    if (/^name = "wasm-bindgen"$/m.test(block)) {
      const m = block.match(/^version = "([^"]+)"$/m);
      if (m) versions.add(m[1]);
    }
  }
  if (versions.size === 0) {
    fail('Cargo.lock has no `wasm-bindgen` package: does crates/warden-wasm depend on wasm-bindgen?');
  }
  if (versions.size > 1) {
    fail(`Cargo.lock holds several wasm-bindgen versions (${[...versions].join(', ')}); pin one with "=X".`);
  }
  return [...versions][0];
}

/** Version printed by a wasm-bindgen CLI tool, or null. */
export function toolVersion(tool) {
  const r = capture(tool, ['--version']);
  if (r.status !== 0) return null;
  const m = r.stdout.match(/(\d+\.\d+\.\d+)/);
  return m ? m[1] : null;
}

/** wasm-bindgen and wasm-bindgen-test-runner matching Cargo.lock; installs them when needed. */
export function ensureWasmBindgenCli() {
  const want = lockedWasmBindgenVersion();
  const have = toolVersion('wasm-bindgen');
  const runner = toolVersion('wasm-bindgen-test-runner');
  if (have === want && runner === want) return { version: want, installed: false };
  info(
    `wasm-bindgen CLI ${want} is needed (found ${have ? have : 'none'}); ` +
      'installing it with cargo: this takes a few minutes (3-4 min on 2 cores), once.',
  );
  const t0 = Date.now();
  // No --locked: the CLI's own lock file pins crates that may be absent from the registry.
  // --force only when wasm-bindgen is right but its test runner is not (cargo would skip it).
  const force = have === want ? ['--force'] : [];
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', want, '--no-default-features', ...force], {
    what: `cargo install wasm-bindgen-cli ${want}`,
  });
  const now = toolVersion('wasm-bindgen');
  if (now !== want) {
    fail(
      `after installing, \`wasm-bindgen --version\` prints ${now || 'nothing'}, not ${want}.\n` +
        `    It runs ${which('wasm-bindgen')}; remove it or install ${want} there.`,
    );
  }
  info(`installed wasm-bindgen ${want} in ${formatMs(Date.now() - t0)}`);
  return { version: want, installed: true };
}

// ---------------------------------------------------------------- node modules

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

export function wasmOptPath() {
  return path.join(ROOT, 'node_modules', '.bin', 'wasm-opt');
}

/** Major version of node_modules/.bin/wasm-opt, or null. */
export function wasmOptMajor() {
  const bin = wasmOptPath();
  if (!fs.existsSync(bin)) return null;
  const r = capture(bin, ['--version']);
  const m = r.stdout.match(/version[ _](\d+)/);
  return r.status === 0 && m ? Number(m[1]) : null;
}

/**
 * npm ci / npm install when node_modules is missing or older than package.json / package-lock.json,
 * and binaryen@132 as a devDependency (wasm-opt). Returns true when npm ran.
 */
export function ensureNodeModules() {
  if (!which('npm')) fail('npm is missing. On Debian: sudo apt-get install -y nodejs npm (Node 20 or newer).');
  const pkgFile = path.join(ROOT, 'package.json');
  const lockFile = path.join(ROOT, 'package-lock.json');
  const nm = path.join(ROOT, 'node_modules');
  const nmLock = path.join(nm, '.package-lock.json');
  if (!fs.existsSync(lockFile)) fail('package-lock.json is missing: it is part of the project (npm ci installs exactly it).');
  const pkg = readJson(pkgFile);
  const declared = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const absent = declared.filter((name) => !fs.existsSync(path.join(nm, ...name.split('/'), 'package.json')));
  const installed = fs.existsSync(nmLock) ? mtime(nmLock) : 0;
  const newest = Math.max(mtime(lockFile) || 0, mtime(pkgFile) || 0);
  let ran = false;
  if (!installed || newest > installed || absent.length) {
    if (absent.length) info(`npm packages not installed yet: ${absent.join(', ')}`);
    // npm ci installs exactly what package-lock.json says and never rewrites package.json or
    // the lock file (npm install would): a build leaves the work tree as it found it.
    run('npm', ['ci', '--no-audit', '--no-fund'], { what: 'npm ci' });
    ran = true;
  }
  const got = wasmOptMajor();
  if (got !== BINARYEN_MAJOR) {
    fail(`node_modules/.bin/wasm-opt reports version ${got}, expected ${BINARYEN_MAJOR}: package.json must pin binaryen ^${BINARYEN_MAJOR}.0.0.`);
  }
  return ran;
}

// ---------------------------------------------------------------- staleness

/** Every file under dir (absolute paths), skipping directories for which skipDir(abs) is true. */
function walk(dir, skipDir = () => false, out = []) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipDir(abs)) walk(abs, skipDir, out);
    } else if (e.isFile() || e.isSymbolicLink()) {
      out.push(abs);
    }
  }
  return out;
}

/** Relative paths (with /) of every input of the build, sorted. */
export function inputFiles() {
  const files = [];
  const add = (rel) => {
    if (fs.existsSync(path.join(ROOT, rel))) files.push(rel);
  };
  for (const f of [
    'Cargo.toml',
    'Cargo.lock',
    'manifest.json',
    'package.json',
    'package-lock.json',
    'rust-toolchain.toml',
    'rust-toolchain',
    '.cargo/config.toml',
    'scripts/build.mjs',
    'scripts/lib.mjs',
  ]) add(f);

  const crates = path.join(ROOT, 'crates');
  for (const c of fs.existsSync(crates) ? fs.readdirSync(crates, { withFileTypes: true }) : []) {
    if (!c.isDirectory()) continue;
    add(`crates/${c.name}/Cargo.toml`);
    add(`crates/${c.name}/build.rs`);
  }
  // crates/**/src/**: every file below any `src` directory inside crates/.
  const inSrc = (abs) => path.relative(crates, abs).split(path.sep).includes('src');
  for (const abs of walk(crates, (d) => path.basename(d) === 'target')) {
    if (inSrc(abs)) files.push(path.relative(ROOT, abs));
  }
  // extension/** except extension/pkg (the build's own output).
  for (const abs of walk(path.join(ROOT, 'extension'), (d) => d === PKG)) {
    files.push(path.relative(ROOT, abs));
  }
  return [...new Set(files.map((f) => f.split(path.sep).join('/')))].sort();
}

/** sha256 over the path and content of every build input. */
export function inputsHash() {
  const h = createHash('sha256');
  for (const rel of inputFiles()) {
    const data = fs.readFileSync(path.join(ROOT, rel));
    h.update(`${rel}\0${data.length}\0`);
    h.update(data);
  }
  return h.digest('hex');
}

export function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return null;
  }
}

/** True when dist/ was built from the current inputs and its key files are present. */
export function isDistFresh() {
  const stamp = readStamp();
  if (!stamp || !stamp.inputs) return false;
  for (const f of ['manifest.json', 'pkg/warden.js', 'pkg/warden_bg.wasm']) {
    if (!fs.existsSync(path.join(DIST, f))) return false;
  }
  return stamp.inputs === inputsHash();
}

// ---------------------------------------------------------------- CLI entry helper

/** True when the module at importMetaUrl is the script node was started with. */
export function isMain(importMetaUrl) {
  return Boolean(process.argv[1]) && path.resolve(process.argv[1]) === fileURLToPath(importMetaUrl);
}

/** Runs main(), printing StepErrors without a stack, and exits with its code. */
export async function runMain(main) {
  try {
    const code = await main();
    process.exitCode = typeof code === 'number' ? code : 0;
  } catch (e) {
    if (e instanceof StepError) console.error(`\n${red('error:')} ${e.message}`);
    else console.error(e);
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------- web-ext lint

/**
 * web-ext lint warnings that were reviewed and are expected, by code and file. Any other
 * warning fails: review it, then fix it or add it here with the reason.
 */
/** @type {[code: string, file: string][]} (none today: the wasm-bindgen glue draws no warning) */
const REVIEWED_LINT_WARNINGS = [];
/** Only where one manifest serves both browsers (dist/): Firefox ignores service_worker. */
const BOTH_BROWSERS_WARNINGS = [['BACKGROUND_SERVICE_WORKER_IGNORED', 'manifest.json']];

/** `web-ext lint` over an unpacked extension (offline): no error, no warning not reviewed. */
export function webExtLint(dir, { bothBrowsers = false } = {}) {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'web-ext');
  if (!fs.existsSync(bin)) ensureNodeModules();
  const args = ['lint', '--source-dir', path.relative(ROOT, dir) || '.', '--output', 'json', '--no-input', '--no-config-discovery'];
  console.log(`    $ web-ext ${args.join(' ')}`);
  const r = capture(bin, args, { env: childEnv({ NO_UPDATE_NOTIFIER: '1' }) });
  let report;
  try {
    report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
  } catch {
    fail(`web-ext lint gave no report (exit ${r.status}):\n${r.stderr || r.stdout}`);
  }
  const list = bothBrowsers ? [...REVIEWED_LINT_WARNINGS, ...BOTH_BROWSERS_WARNINGS] : REVIEWED_LINT_WARNINGS;
  const reviewed = (m) => list.some(([code, file]) => m.code === code && m.file === file);
  const unreviewed = report.warnings.filter((m) => !reviewed(m));
  for (const [kind, items] of [['error', report.errors], ['warning', report.warnings], ['notice', report.notices]]) {
    for (const m of items) {
      const where = m.file ? ` ${m.file}${m.line ? `:${m.line}` : ''}` : '';
      const mark = kind === 'warning' && reviewed(m) ? ' (reviewed)' : '';
      info(`${kind}${mark}: ${m.code}${where}: ${m.message}`);
    }
  }
  if (report.errors.length) fail(`web-ext lint: ${report.errors.length} error(s) in ${path.relative(ROOT, dir)}`);
  if (unreviewed.length) {
    fail(`web-ext lint: ${unreviewed.length} warning(s) not reviewed; fix them, or list them in REVIEWED_LINT_WARNINGS (scripts/lib.mjs) with the reason`);
  }
  return `${report.errors.length} errors, ${report.warnings.length} reviewed warnings`;
}
