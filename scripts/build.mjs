#!/usr/bin/env node
// `npm run build`: Rust -> wasm -> extension/pkg, then dist/ (the unpacked extension).
//
//   node scripts/build.mjs            build when an input changed since the last build
//   node scripts/build.mjs --force    rebuild even when dist/ is up to date
//
// Steps: tool checks (cargo, rustup, the wasm32 target, wasm-bindgen CLI pinned by Cargo.lock,
// npm packages incl. binaryen's wasm-opt) -> cargo build -> wasm-bindgen -> wasm-opt -> a load
// check in Node -> dist/ assembled from manifest.json + extension/ -> dist/.build-stamp.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

import {
  DIST,
  PKG,
  ROOT,
  WASM_TARGET,
  bold,
  capture,
  ensureNodeModules,
  ensureRustTools,
  ensureWasmBindgenCli,
  ensureWasmTarget,
  fail,
  formatBytes,
  formatMs,
  green,
  info,
  inputsHash,
  isDistFresh,
  isMain,
  readStamp,
  run,
  runMain,
  step,
  warn,
  wasmOptMajor,
  wasmOptPath,
} from './lib.mjs';

const CRATE = 'warden-wasm';
const OUT_NAME = 'warden';

/**
 * Features rustc 1.95 enables by default for wasm32-unknown-unknown. wasm-opt also reads them from
 * the module's target_features section (which wasm-bindgen keeps), but naming them all makes the
 * build independent of that section: without reference-types and multivalue, validation fails
 * (wasm-bindgen's externref table uses table.get/set/grow; rustc emits multi-value blocks).
 */
const WASM_OPT_FLAGS = [
  '-Oz',
  '--converge', // repeat the passes while they still shrink the module (about 1% smaller)
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

const MANIFEST = path.join(ROOT, 'manifest.json');
const EXTENSION = path.join(ROOT, 'extension');

/**
 * The extension's scripts are ES modules, bundled by esbuild into one file per context; the
 * wasm-bindgen glue (pkg/) stays a file of its own, loaded by the background and the popup.
 * The content script is a classic script (an IIFE): content scripts cannot be modules.
 */
const BUNDLES = [
  { entry: 'content/index.js', out: 'content.js', format: 'iife' },
  { entry: 'background.js', out: 'background.js', format: 'esm' },
  { entry: 'popup/popup.js', out: 'popup/popup.js', format: 'esm' },
];

// ---------------------------------------------------------------- sources

function checkSources() {
  const problems = [];
  if (!fs.existsSync(MANIFEST)) {
    const hint = fs.existsSync(path.join(EXTENSION, 'manifest.json'))
      ? ' (there is an extension/manifest.json: the build expects it at the repository root)'
      : '';
    problems.push(`manifest.json is missing at the repository root${hint}`);
  }
  if (!fs.existsSync(EXTENSION) || !fs.statSync(EXTENSION).isDirectory()) {
    problems.push('the extension/ directory (scripts, popup, locales, icons) is missing');
  }
  if (problems.length) fail(`cannot assemble the extension:\n  - ${problems.join('\n  - ')}`);
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
  } catch (e) {
    fail(`manifest.json is not valid JSON: ${e.message}`);
  }
  if (manifest.manifest_version !== 3) {
    fail(`manifest.json: manifest_version is ${JSON.stringify(manifest.manifest_version)}, expected 3`);
  }
  return manifest;
}

// ---------------------------------------------------------------- rust -> wasm

function targetDir() {
  const r = capture('cargo', ['metadata', '--format-version', '1', '--no-deps']);
  if (r.status !== 0) fail(`cargo metadata failed:\n${r.stderr.trim()}`);
  return JSON.parse(r.stdout).target_directory;
}

function sha256(...parts) {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

/**
 * The background starts the engine afresh after a call that threw or never settled: the
 * instance may be left mid-call (a stack overflow leaves its stack pointer, a panic a borrow).
 * wasm-bindgen's glue instantiates once per context and has no way to do it again, so one
 * export is added to it: `restart()` forgets the instance, and the next `init` makes a new one
 * (fresh memory) from the same module file. The build stops, saying so, if the glue no longer
 * has the two variables it resets.
 */
const RESTART_HOOK = '\n// Added by scripts/build.mjs: the next init instantiates the module afresh.\nexport function restart() { wasm = undefined; __wbg_init_promise = undefined; }\n';
/** @param {string} outJs */
function addRestart(outJs) {
  const glue = fs.readFileSync(outJs, 'utf8');
  if (!/^let wasmModule, wasmInstance, wasm;$/m.test(glue) || !/^let __wbg_init_promise;$/m.test(glue)) {
    fail(`${path.relative(ROOT, outJs)}: wasm-bindgen's glue no longer declares \`wasm\` and \`__wbg_init_promise\` as this build expects: the engine's restart (scripts/build.mjs, addRestart) must be brought up to date.`);
  }
  fs.writeFileSync(outJs, glue + RESTART_HOOK);
  const dts = outJs.replace(/\.js$/, '.d.ts');
  fs.appendFileSync(dts, '\n/** Forgets the instance: the next init instantiates the module afresh. */\nexport function restart(): void;\n');
}

/** wasm-bindgen + wasm-opt into extension/pkg, skipped when the cargo output did not change. */
function generatePkg(rawWasm, bindgenVersion) {
  const raw = fs.readFileSync(rawWasm);
  const keyFile = path.join(PKG, '.build-key');
  const key = sha256(raw, bindgenVersion, String(wasmOptMajor()), WASM_OPT_FLAGS.join(' '), RESTART_HOOK);
  const outJs = path.join(PKG, `${OUT_NAME}.js`);
  const outWasm = path.join(PKG, `${OUT_NAME}_bg.wasm`);
  // The key file holds the input key and the hash of the optimised output it produced.
  const [oldKey, oldOut] = fs.existsSync(keyFile) ? fs.readFileSync(keyFile, 'utf8').trim().split(/\s+/) : [];
  if (oldKey === key && fs.existsSync(outJs) && fs.existsSync(outWasm) && sha256(fs.readFileSync(outWasm)) === oldOut) {
    info('extension/pkg is up to date with the compiled wasm; skipping wasm-bindgen and wasm-opt');
    return { skipped: true };
  }
  fs.rmSync(PKG, { recursive: true, force: true });
  run('wasm-bindgen', [
    '--target', 'web',
    '--remove-name-section',
    // Strings into the wasm with TextEncoder.encodeInto at once, not a JavaScript loop over the
    // leading ASCII characters (a 1,000-card request is about 170 KB).
    '--encode-into', 'always',
    '--out-dir', path.relative(ROOT, PKG),
    '--out-name', OUT_NAME,
    path.relative(ROOT, rawWasm),
  ]);
  addRestart(outJs);
  const before = fs.statSync(outWasm).size;

  const rel = path.relative(ROOT, outWasm);
  const args = [...WASM_OPT_FLAGS, rel, '-o', rel];
  console.log(`    $ node_modules/.bin/wasm-opt ${args.join(' ')}`);
  const r = spawnSync(wasmOptPath(), args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error || r.status !== 0) {
    // A validation failure prints the whole offending functions: show only the beginning.
    const lines = `${r.stderr || ''}${r.stdout || ''}`.split('\n');
    const shown = lines.slice(0, 40).join('\n');
    const more = lines.length > 40 ? `\n    ... (${lines.length - 40} more lines)` : '';
    fail(`wasm-opt failed (${r.error ? r.error.message : `exit code ${r.status}`}):\n${shown}${more}`);
  }
  if (r.stderr && r.stderr.trim()) console.log(r.stderr.trim().split('\n').slice(0, 20).join('\n'));
  const after = fs.statSync(outWasm).size;
  info(`wasm-opt: ${formatBytes(before)} -> ${formatBytes(after)}`);
  fs.writeFileSync(keyFile, `${key} ${sha256(fs.readFileSync(outWasm))}\n`);
  return { skipped: false };
}

/**
 * Compiles the optimised module and instantiates it through the generated glue in a child Node
 * process. A compile or link error, or a WebAssembly error at instantiation (e.g. the externref
 * table that an old wasm-opt breaks), fails the build. An error thrown by JavaScript the start
 * function calls (a browser API Node lacks) is only reported.
 */
function checkWasmLoads() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-wasm-check-'));
  try {
    fs.cpSync(PKG, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
    fs.writeFileSync(
      path.join(dir, 'check.mjs'),
      `import fs from 'node:fs';
const bytes = fs.readFileSync(new URL('./${OUT_NAME}_bg.wasm', import.meta.url));
const report = (code, stage, e) => {
  console.log(JSON.stringify({ stage, name: e && e.name, message: e && String(e.message || e) }));
  process.exit(code);
};
let module;
try { module = await WebAssembly.compile(bytes); } catch (e) { report(2, 'compile', e); }
let glue;
try { glue = await import('./${OUT_NAME}.js'); } catch (e) { report(2, 'import glue', e); }
try { glue.initSync({ module }); } catch (e) {
  const wasmError = e instanceof WebAssembly.CompileError || e instanceof WebAssembly.LinkError ||
    /WebAssembly|table/i.test(String(e && e.message));
  report(wasmError ? 2 : 3, 'instantiate', e);
}
report(0, 'ok', null);
`,
    );
    const r = spawnSync(process.execPath, [path.join(dir, 'check.mjs')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    let result = null;
    try {
      result = JSON.parse(r.stdout.trim().split('\n').pop());
    } catch {
      /* no report line */
    }
    if (r.status === 0) {
      info('the optimised module compiles and instantiates in Node');
    } else if (r.status === 3) {
      warn(
        `the module compiled and linked, but its start code threw in Node (${result.name}: ${result.message}); ` +
          'fine if it needs browser APIs',
      );
    } else if (result) {
      fail(`the optimised wasm does not load (${result.stage}): ${result.name}: ${result.message}`);
    } else {
      fail(`the wasm load check crashed (status ${r.status}${r.signal ? `, ${r.signal}` : ''}):\n${r.stderr}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- dist

/** Files under extension/ that the extension does not need at run time. */
function excluded(rel) {
  const parts = rel.split('/');
  const base = parts[parts.length - 1];
  if (parts.some((p) => p.startsWith('.'))) return true; // .DS_Store, pkg/.build-key, ...
  if (parts.slice(0, -1).some((p) => ['test', 'tests', '__tests__', 'node_modules'].includes(p))) return true;
  if (/^readme(\..*)?$/i.test(base) || /\.md$/i.test(base)) return true;
  if (/\.(test|spec)\.[cm]?[jt]s$/.test(base)) return true;
  if (/\.ts$/.test(base) || /\.map$/.test(base)) return true; // incl. wasm-bindgen's .d.ts
  if (/\.m?js$/.test(base) && parts[0] !== 'pkg') return true; // modules: bundled (BUNDLES)
  if (['package.json', 'package-lock.json', 'tsconfig.json'].includes(base)) return true;
  return false;
}

function listFiles(dir, base = dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(abs, base, out);
    else if (e.isFile() || e.isSymbolicLink()) out.push(path.relative(base, abs).split(path.sep).join('/'));
  }
  return out.sort();
}

/** Files the manifest names; returns [errors, warnings]. */
function checkManifestFiles(manifest, dir) {
  const errors = [];
  const warnings = [];
  const need = (where, file, list = errors) => {
    if (typeof file !== 'string' || !file) return;
    const clean = file.replace(/^\/+/, '').split(/[?#]/)[0];
    if (!fs.existsSync(path.join(dir, clean))) list.push(`${where}: ${file}`);
  };
  const icons = (where, v) => {
    if (typeof v === 'string') need(where, v);
    else if (v && typeof v === 'object') for (const [k, f] of Object.entries(v)) need(`${where}.${k}`, f);
  };
  const bg = manifest.background || {};
  need('background.service_worker', bg.service_worker);
  need('background.page', bg.page);
  for (const f of bg.scripts || []) need('background.scripts', f);
  for (const [i, cs] of (manifest.content_scripts || []).entries()) {
    for (const f of cs.js || []) need(`content_scripts[${i}].js`, f);
    for (const f of cs.css || []) need(`content_scripts[${i}].css`, f);
  }
  const action = manifest.action || {};
  need('action.default_popup', action.default_popup);
  icons('action.default_icon', action.default_icon);
  icons('icons', manifest.icons);
  need('options_page', manifest.options_page);
  need('options_ui.page', manifest.options_ui && manifest.options_ui.page);
  need('side_panel.default_path', manifest.side_panel && manifest.side_panel.default_path);
  need('devtools_page', manifest.devtools_page);
  if (manifest.default_locale) {
    need('default_locale', `_locales/${manifest.default_locale}/messages.json`);
  } else if (JSON.stringify(manifest).includes('__MSG_')) {
    errors.push('default_locale: the manifest uses __MSG_..__ strings but sets no default_locale');
  }
  for (const [i, war] of (manifest.web_accessible_resources || []).entries()) {
    for (const f of war.resources || []) {
      if (!f.includes('*')) need(`web_accessible_resources[${i}]`, f, warnings);
    }
  }
  return [errors, warnings];
}

async function assembleDist(manifest, hash) {
  const staging = path.join(ROOT, `dist-staging-${process.pid}`);
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    fs.mkdirSync(staging, { recursive: true });
    fs.copyFileSync(MANIFEST, path.join(staging, 'manifest.json'));
    let count = 1;
    const skipped = [];
    for (const rel of listFiles(EXTENSION)) {
      if (rel === 'manifest.json') {
        warn('extension/manifest.json is ignored: the manifest at the repository root is used');
        continue;
      }
      if (excluded(rel)) {
        skipped.push(rel);
        continue;
      }
      const parts = rel.split('/');
      const reserved = parts.find((p, i) => p.startsWith('_') && !(i === 0 && p === '_locales'));
      if (reserved) {
        fail(`extension/${rel}: Chromium refuses to load extensions with names starting with "_" (except _locales)`);
      }
      const to = path.join(staging, ...parts);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(path.join(EXTENSION, ...parts), to);
      count += 1;
    }
    count += await bundle(staging);
    const [errors, warnings] = checkManifestFiles(manifest, staging);
    for (const w of warnings) warn(`manifest names a file that is not in dist/: ${w}`);
    if (errors.length) fail(`manifest.json names files that are not in dist/:\n  - ${errors.join('\n  - ')}`);
    fs.writeFileSync(
      path.join(staging, '.build-stamp'),
      `${JSON.stringify({ inputs: hash, builtAt: new Date().toISOString() }, null, 2)}\n`,
    );
    fs.rmSync(DIST, { recursive: true, force: true });
    fs.renameSync(staging, DIST);
    const modules = skipped.filter((rel) => /\.m?js$/.test(rel) && !rel.startsWith('pkg/'));
    const left = skipped.filter((rel) => !modules.includes(rel));
    info(`dist/: ${count} files; ${modules.length} modules bundled into ${BUNDLES.map((b) => b.out).join(', ')}${left.length ? ` (left out: ${left.join(', ')})` : ''}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * The bundles of BUNDLES into `dir`; returns how many files were written. `bench`: the
 * timing spans of lib/timing-bench.js in place of lib/timing.js's empty ones (`npm run bench`).
 */
async function bundle(dir, { bench = false } = {}) {
  const esbuild = await import('esbuild');
  const timingSpans = {
    name: 'timing-spans',
    setup(b) {
      b.onResolve({ filter: /\/timing\.js$/ }, (args) => ({ path: path.join(args.resolveDir, args.path.replace(/timing\.js$/, 'timing-bench.js')) }));
    },
  };
  // The wasm-bindgen glue is loaded as a file of its own (one copy for background and popup).
  const glueApart = {
    name: 'glue-apart',
    setup(b) {
      b.onResolve({ filter: /\/pkg\/warden\.js$/ }, (args) => ({ path: args.path, external: true }));
    },
  };
  for (const { entry, out, format } of BUNDLES) {
    const result = await esbuild.build({
      entryPoints: [path.join(EXTENSION, entry)],
      outfile: path.join(dir, out),
      bundle: true,
      format,
      target: ['chrome120', 'firefox128'],
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'silent',
      plugins: bench ? [glueApart, timingSpans] : [glueApart],
    });
    for (const w of result.warnings) warn(`esbuild: ${entry}: ${w.text}`);
  }
  return BUNDLES.length;
}

function reportSizes() {
  const wasm = path.join(DIST, 'pkg', `${OUT_NAME}_bg.wasm`);
  const js = path.join(DIST, 'pkg', `${OUT_NAME}.js`);
  if (!fs.existsSync(wasm)) return;
  const bytes = fs.readFileSync(wasm);
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  const jsSize = fs.existsSync(js) ? fs.statSync(js).size : 0;
  console.log(
    `\n${bold('wasm')} dist/pkg/${OUT_NAME}_bg.wasm: ${formatBytes(bytes.length)} raw, ${formatBytes(gz)} gzipped` +
      ` (glue ${OUT_NAME}.js ${formatBytes(jsSize)})`,
  );
}

/**
 * The bench build: dist/ as built, with bundles whose timing spans are performance measures
 * (lib/timing-bench.js), in `dir`. Never what a user loads.
 */
export async function buildBench(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(DIST, dir, { recursive: true });
  await bundle(dir, { bench: true });
  return dir;
}

// ---------------------------------------------------------------- main

export async function build({ force = false } = {}) {
  const t0 = Date.now();
  const manifest = checkSources();
  if (!force && isDistFresh()) {
    const stamp = readStamp();
    console.log(`dist/ is up to date (inputs ${stamp.inputs.slice(0, 12)}, built ${stamp.builtAt}); --force rebuilds.`);
    reportSizes();
    return 0;
  }
  const timings = [];
  const timed = (name, fn) => {
    const t = Date.now();
    const r = fn();
    timings.push(`${name} ${formatMs(Date.now() - t)}`);
    return r;
  };

  step('Checking tools');
  const bindgen = timed('tools', () => {
    ensureRustTools();
    if (ensureWasmTarget()) info(`added the ${WASM_TARGET} target`);
    const bg = ensureWasmBindgenCli();
    if (ensureNodeModules()) info('npm packages installed');
    return bg;
  });
  info(`cargo, rustup, ${WASM_TARGET}, wasm-bindgen ${bindgen.version}, wasm-opt ${wasmOptMajor()}: ok`);
  // The inputs hash, once the tools are in (npm ci never rewrites package.json or the lock file).
  const hash = inputsHash();

  step(`Compiling ${CRATE} for ${WASM_TARGET}`);
  const rawWasm = timed('cargo', () => {
    run('cargo', ['build', '-p', CRATE, '--release', '--target', WASM_TARGET]);
    const f = path.join(targetDir(), WASM_TARGET, 'release', `${CRATE.replace(/-/g, '_')}.wasm`);
    if (!fs.existsSync(f)) fail(`cargo did not produce ${f}: is ${CRATE} a cdylib?`);
    return f;
  });

  step('Generating extension/pkg (wasm-bindgen, wasm-opt)');
  timed('wasm-bindgen+opt', () => generatePkg(rawWasm, bindgen.version));
  timed('load check', () => checkWasmLoads());

  step('Assembling dist/');
  const t = Date.now();
  await assembleDist(manifest, hash);
  timings.push(`dist ${formatMs(Date.now() - t)}`);

  reportSizes();
  console.log(`${green('Build OK')} in ${formatMs(Date.now() - t0)} (${timings.join(', ')})`);
  if (hash !== inputsHash()) warn('inputs changed during the build; the next build will run again');
  return 0;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--force');
  if (unknown.length) {
    console.error(`usage: node scripts/build.mjs [--force]   (unknown: ${unknown.join(' ')})`);
    process.exit(2);
  }
  process.chdir(ROOT);
  await runMain(() => build({ force: args.includes('--force') }));
  if (process.exitCode) console.error('Build FAILED');
}
