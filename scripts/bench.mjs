#!/usr/bin/env node
// `npm run bench`: how fast and how small the built extension is, in real Chromium, against a
// floor: a minimal extension (built here, in a temporary folder) whose content script puts one
// static badge into each card and does nothing else. No figure here is a test: nothing fails
// because a number is high.
//
//   node scripts/bench.mjs                 the whole run (about 6 minutes on 2 cores)
//   node scripts/bench.mjs --rounds 3      fewer Warden/floor alternations (default 5)
//   node scripts/bench.mjs --reps 30       Load-more repetitions per batch size (default 30)
//   node scripts/bench.mjs --loads 3       1,000-card page loads per round and transport (default 3)
//   node scripts/bench.mjs --no-native     skip the native core benchmark (cargo bench)
//   node scripts/bench.mjs --no-firefox    skip Firefox ESR
//   WARDEN_DIST=path node scripts/bench.mjs   measure that build instead of dist/
//
// Measured, Warden and floor alternating round by round (a fresh browser each time):
//   - 1,000-card Sent page: ms from DOMContentLoaded until the last badge exists, under the
//     strict CSP (Warden's core answers from the background, as on every page); a
//     round's figure is the median of a few loads; the Warden/floor ratio is the median of the
//     per-round ratios;
//   - the same page with a cold background: the service worker stopped (DevTools protocol
//     ServiceWorker.stopAllWorkers) just before the page loads, so the page's first message
//     starts it and its wasm;
//   - "Load more" of 10 and of 100 cards on that 1,000-card page, both transports: ms from the
//     moment the page appended the cards until the last of their badges exists (median, p95);
//   - the popup: ms from its navigation start until the quota figure is rendered, warm and
//     cold (its first opening after the service worker stopped);
//   - the first screen: a 10-card Sent page with the service worker stopped, ms from the
//     cards existing (DOMContentLoaded) until their last badge;
//   - where Warden's time goes, from a bench build (dist-bench/, removed afterwards) whose
//     Sent-page batches record performance measures: reading the cards, waiting for the core,
//     the core itself (timed in the background), the badge DOM work;
//   - the JS heap of the page's renderer (main world and the content scripts' isolated worlds
//     share one V8 heap) after a forced garbage collection, Warden minus floor;
//   - sizes: the wasm (raw, gzipped), the whole dist/ as a zip.
// Times are taken inside the page (performance.now in the page's main world, from a
// MutationObserver installed before any page script), so the harness adds no latency.
// Writes bench/out/latest.json (git-ignored) and prints a table.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

import { build } from './build.mjs';
import { DIST, ROOT, bold, childEnv, fail, info, isMain, runMain, step, warn } from './lib.mjs';

const OUT_DIR = path.join(ROOT, 'bench', 'out');
const CARDS = 1000;
const BADGE = '[data-warden="badge"], [data-floor-badge]';
const CARD = '[role="listitem"], li.invitation-card';

// ---------------------------------------------------------------- options

function options(argv) {
  const o = { rounds: 5, reps: 30, loads: 3, native: true, firefox: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rounds') o.rounds = Math.max(1, Number.parseInt(argv[++i], 10) || 0);
    else if (a === '--reps') o.reps = Math.max(1, Number.parseInt(argv[++i], 10) || 0);
    else if (a === '--loads') o.loads = Math.max(1, Number.parseInt(argv[++i], 10) || 0);
    else if (a === '--no-native') o.native = false;
    else if (a === '--no-firefox') o.firefox = false;
    else {
      console.error('usage: node scripts/bench.mjs [--rounds N] [--reps N] [--loads N] [--no-native] [--no-firefox]');
      process.exit(2);
    }
  }
  return o;
}

// ---------------------------------------------------------------- statistics

const sorted = (xs) => [...xs].sort((a, b) => a - b);
function quantile(xs, q) {
  if (!xs.length) return null;
  const s = sorted(xs);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}
const median = (xs) => quantile(xs, 0.5);
const summary = (xs) => ({ n: xs.length, median: median(xs), p95: quantile(xs, 0.95), min: xs.length ? Math.min(...xs) : null, max: xs.length ? Math.max(...xs) : null, samples: xs });
const round1 = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

// ---------------------------------------------------------------- the floor extension

/**
 * The floor: one static badge in each card, found the same way (list item or
 * li.invitation-card), injected at the same moment as Warden's content scripts.
 */
function writeFloorExtension(dir, wardenDist) {
  fs.mkdirSync(dir, { recursive: true });
  const warden = JSON.parse(fs.readFileSync(path.join(wardenDist, 'manifest.json'), 'utf8'));
  const runAt = warden.content_scripts?.[0]?.run_at ?? 'document_idle';
  const manifest = {
    manifest_version: 3,
    name: 'Bench floor',
    version: '0.0.1',
    content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['content.js'], run_at: runAt }],
  };
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(
    path.join(dir, 'content.js'),
    `const CARD = '${CARD}';
const badge = (card) => {
  if (card.querySelector(':scope > [data-floor-badge]')) return;
  const b = document.createElement('div');
  b.setAttribute('data-floor-badge', '');
  b.textContent = 'badge';
  card.append(b);
};
document.querySelectorAll(CARD).forEach(badge);
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType !== 1 || n.hasAttribute('data-floor-badge')) continue;
    if (n.matches(CARD)) badge(n);
    n.querySelectorAll(CARD).forEach(badge);
  }
}).observe(document.body, { childList: true, subtree: true });
`,
  );
  return dir;
}

// ---------------------------------------------------------------- the in-page probe

/**
 * Installed in every page's main world before its own scripts. From DOMContentLoaded on, a
 * MutationObserver counts added cards and badges, with the performance.now() of each delivery.
 * `__bench.until(kind, n)` resolves once that many were seen (no polling).
 */
function probe({ BADGE, CARD }) {
  const b = { dcl: null, cards: 0, badges: 0, cardTimes: [], badgeTimes: [], waiters: [] };
  window.__bench = b;
  const count = (n, sel) => (n.matches(sel) ? 1 : n.firstElementChild ? n.querySelectorAll(sel).length : 0);
  const wake = () => {
    b.waiters = b.waiters.filter((w) => {
      if (b[w.kind] < w.n) return true;
      w.resolve();
      return false;
    });
  };
  b.until = (kind, n) => new Promise((resolve) => {
    b.waiters.push({ kind, n, resolve });
    wake();
  });
  b.timeOf = (kind, n) => {
    const hit = b[kind === 'cards' ? 'cardTimes' : 'badgeTimes'].find(([, c]) => c >= n);
    return hit ? hit[0] : null;
  };
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    let cards = 0;
    let badges = 0;
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        badges += count(n, BADGE);
        cards += count(n, CARD);
      }
    }
    if (cards) b.cardTimes.push([now, (b.cards += cards)]);
    if (badges) b.badgeTimes.push([now, (b.badges += badges)]);
    if (cards || badges) wake();
  });
  document.addEventListener('DOMContentLoaded', () => {
    b.dcl = performance.now();
    b.cards = document.querySelectorAll(CARD).length;
    b.badges = document.querySelectorAll(BADGE).length;
    observer.observe(document, { childList: true, subtree: true });
  }, { once: true, capture: true });
}

/** Popup pages: the time the quota figure is rendered (data-used set on [data-warden=quota]). */
function popupProbe() {
  const b = { shownAt: null };
  window.__benchPopup = b;
  b.shown = new Promise((resolve) => {
    const check = () => {
      const q = document.querySelector('[data-warden="quota"][data-used]');
      if (!q || b.shownAt !== null) return;
      b.shownAt = performance.now();
      resolve(b.shownAt);
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-used', 'data-warden'] });
  });
}

// ---------------------------------------------------------------- one browser

async function launch(dist, server) {
  const { launchWithExtension } = await import('../tests/support/browser.mjs');
  const browser = await launchWithExtension({ dist, port: server.port, timeout: 30_000 });
  await browser.context.addInitScript(probe, { BADGE, CARD });
  return browser;
}

const url = (params) => `https://www.linkedin.com/mynetwork/invitation-manager/sent/?${new URLSearchParams(params)}`;

/** The promise, or an error after `ms`. */
function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Loads a Sent page and waits until each of its `want` cards has a badge; ms from DOMContentLoaded. */
async function loadSent(page, params, want, timeout = 120_000) {
  await page.goto(url(params), { waitUntil: 'domcontentloaded' });
  await within(page.evaluate((n) => window.__bench.until('badges', n), want), timeout, `${want} badges on ${page.url()}`);
  return page.evaluate((n) => window.__bench.timeOf('badges', n) - window.__bench.dcl, want);
}

/** One "Load more" (the page's own code, as a click would run it): ms from the cards' arrival to their last badge. */
async function loadMore(page, batch) {
  const before = await page.evaluate(() => ({ cards: window.__bench.cards, badges: window.__bench.badges }));
  await page.evaluate(() => window.__fixture.loadMore());
  await within(page.evaluate(({ cards, badges }) => Promise.all([window.__bench.until('cards', cards), window.__bench.until('badges', badges)]),
    { cards: before.cards + batch, badges: before.badges + batch }), 60_000, `badges of ${batch} more cards`);
  return page.evaluate(({ cards, badges }) => window.__bench.timeOf('badges', badges) - window.__bench.timeOf('cards', cards),
    { cards: before.cards + batch, badges: before.badges + batch });
}

const settle = (ms) => new Promise((r) => setTimeout(r, ms));

/** The V8 heap of the page's renderer after a full GC: {used, backing} bytes. */
async function heapOf(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const h = await cdp.send('Runtime.getHeapUsage');
    return { used: h.usedSize, backing: h.backingStorageSize ?? null, embedder: h.embedderHeapUsedSize ?? null };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

async function stopServiceWorkers(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Every measurement of one round for one extension. */
async function measureRound(kind, dist, server, o, round) {
  const browser = await launch(dist, server);
  const r = { strict: null, cold: null, firstScreenCold: null, popup: null, popupCold: null, heapStrict: null };
  for (const key of ['more10', 'more100']) r[key] = [];
  try {
    const { context } = browser;
    const page = await context.newPage();
    // A first visit, not measured: profile, caches and (for Warden) the state exist as they
    // would for a user who opened LinkedIn before.
    await loadSent(page, { n: 50, size: 50 }, 50);
    await settle(300);

    // Each 1,000-card figure of a round is the median of a few loads (page loads are noisy).
    for (const [key, csp] of [['strict', 'strict']]) {
      const loads = [];
      for (let i = 0; i < o.loads; i++) {
        loads.push(await loadSent(page, { n: CARDS, size: CARDS, csp }, CARDS));
        await settle(600);
      }
      r[key] = median(loads);
      r[`${key}Loads`] = loads;
      r.heapStrict = await heapOf(context, page);
    }

    // Load more on a page already holding 1,000 cards.
    const perRound = Math.ceil(o.reps / o.rounds);
    for (const [csp, suffix] of [['strict', '']]) {
      for (const batch of [10, 100]) {
        await loadSent(page, { n: CARDS + perRound * batch, size: CARDS, more: batch, csp }, CARDS);
        await settle(500);
        for (let i = 0; i < perRound; i++) {
          r[`more${batch}${suffix}`].push(await loadMore(page, batch));
          await settle(150); // a user's clicks are far apart; let the page's and Warden's follow-up work end
        }
      }
    }

    if (kind === 'warden') {
      // Cold background: the service worker is stopped; the page's first message restarts it.
      await page.goto('https://www.linkedin.com/feed/');
      await stopServiceWorkers(context, page);
      await settle(300);
      r.cold = await loadSent(page, { n: CARDS, size: CARDS }, CARDS);
      await settle(500);

      // Popup, opened as a page (its state now holds the 1,000 people read above).
      const popup = await context.newPage();
      await popup.addInitScript(popupProbe);
      await popup.goto(browser.popupUrl());
      r.popup = await popup.evaluate(() => window.__benchPopup.shown);
      await popup.close();

      // The popup cold: its first opening after the service worker stopped.
      await stopServiceWorkers(context, page);
      await settle(300);
      const coldPopup = await context.newPage();
      await coldPopup.addInitScript(popupProbe);
      await coldPopup.goto(browser.popupUrl());
      r.popupCold = await coldPopup.evaluate(() => window.__benchPopup.shown);
      await coldPopup.close();
    }

    // The first screen, service worker cold: a Sent page of 10 cards, ms from the cards
    // existing (DOMContentLoaded: they are in the page's HTML) until their last badge.
    await page.goto('https://www.linkedin.com/feed/');
    await stopServiceWorkers(context, page);
    await settle(300);
    r.firstScreenCold = await loadSent(page, { n: 10, size: 10 }, 10);
    await page.close();
  } finally {
    await browser.close();
  }
  info(`${kind} round ${round}: 1,000 cards ${round1(r.strict)} ms` +
    `${r.cold !== null ? `, cold ${round1(r.cold)} ms` : ''}${r.popup !== null ? `, popup ${round1(r.popup)} ms` : ''}` +
    `, load more 10: ${r.more10.map(round1).join('/')} ms`);
  return r;
}

// ---------------------------------------------------------------- attribution

/**
 * Where Warden's time goes: the bench build (scripts/build.mjs buildBench) records, for each
 * Sent-page batch, performance measures of the page: reading the cards (`warden:read`),
 * waiting for the core's answer (`warden:wait`, the message and the core; `warden:core` is the
 * core's own part, timed in the background) and the badge DOM work (`warden:badges`).
 * Medians over the loads of the sums per load.
 */
async function attribute(dist, o) {
  const { buildBench } = await import('./build.mjs');
  const benchDist = await buildBench(path.join(ROOT, 'dist-bench'));
  const { startServer } = await import('../tests/support/server.mjs');
  const server = await startServer({ csp: 'strict' });
  const browser = await launch(benchDist, server);
  const read = (page) => page.evaluate(() => {
    const sums = { read: 0, wait: 0, core: 0, badges: 0, batches: 0 };
    for (const m of performance.getEntriesByType('measure')) {
      const k = m.name.startsWith('warden:') ? m.name.slice(7) : null;
      if (k && k in sums) sums[k] += m.duration;
      if (k === 'read') sums.batches += 1;
    }
    performance.clearMeasures();
    return sums;
  });
  const med = (xs) => Object.fromEntries(['read', 'wait', 'core', 'badges', 'batches'].map((k) => [k, median(xs.map((x) => x[k]))]));
  try {
    const page = await browser.context.newPage();
    await loadSent(page, { n: 50, size: 50 }, 50);
    await settle(300);
    const loads = [];
    for (let i = 0; i < Math.max(3, o.loads); i++) {
      await loadSent(page, { n: CARDS, size: CARDS }, CARDS);
      await settle(800);
      loads.push(await read(page));
    }
    const more = [];
    await loadSent(page, { n: CARDS + 10 * o.reps, size: CARDS, more: 10 }, CARDS);
    await settle(800);
    await read(page);
    for (let i = 0; i < o.reps; i++) {
      await loadMore(page, 10);
      await settle(300);
      more.push(await read(page));
    }
    if (!loads[0].batches) {
      warn('the bench build recorded no measure: attribution left out');
      return null;
    }
    return { page1000: med(loads), more10: med(more), loads, more };
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(benchDist, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- Firefox

/**
 * Firefox ESR beside Chromium: the 1,000-card Sent page on the bench build (its measures date
 * the last badge), ms from DOMContentLoaded until the end of the badge work of the last batch;
 * the median of the loads after a first, unmeasured one. (This is how the in-page wasm was
 * judged and removed: on 2026-12-07 it took 544 ms there against 450 through the background,
 * docs/speed.md.)
 */
export async function firefoxFigures(o) {
  const { firefoxUnavailable } = await import('../tests/support/firefox.mjs');
  const missing = firefoxUnavailable();
  if (missing) {
    warn(`Firefox left out: ${missing}`);
    return null;
  }
  const { buildBench } = await import('./build.mjs');
  const { launchFirefoxSession } = await import('../tests/support/session.mjs');
  const dist = await buildBench(path.join(ROOT, 'dist-bench'));
  const lastBadge = `
    const nav = performance.getEntriesByType('navigation')[0];
    const ends = performance.getEntriesByType('measure').filter((m) => m.name === 'warden:badges').map((m) => m.startTime + m.duration);
    const badges = document.querySelectorAll('[data-warden="badge"]').length;
    return { badges, ms: ends.length && nav ? Math.max(...ends) - nav.domContentLoadedEventStart : null };`;
  const ff = await launchFirefoxSession({ dist });
  try {
    const runs = [];
    for (let i = 0; i <= Math.max(3, o.loads); i++) {
      await ff.goto(url({ n: CARDS, size: CARDS }));
      await ff.waitFor(lastBadge, { until: (v) => v.badges >= CARDS && v.ms !== null, timeout: 120_000, what: `${CARDS} badges in Firefox` });
      await settle(800);
      if (i > 0) runs.push((await ff.executeScript(lastBadge)).ms); // the first load warms the profile and the state
    }
    return { page1000: summary(runs) };
  } finally {
    await ff.close();
    fs.rmSync(dist, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- sizes

/**
 * The size of dist/ as a zip (each file deflated at level 9, or stored when that is smaller),
 * counted from the zip format's fixed headers: what a store upload of dist/ weighs.
 */
function zipSize(dir) {
  let total = 22; // end of central directory
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(d, e.name);
    if (e.name.startsWith('.')) return [];
    return e.isDirectory() ? walk(abs) : [abs];
  });
  const files = walk(dir);
  for (const abs of files) {
    const name = Buffer.from(path.relative(dir, abs).split(path.sep).join('/'));
    const data = fs.readFileSync(abs);
    const deflated = zlib.deflateRawSync(data, { level: 9 });
    const stored = Math.min(deflated.length, data.length);
    total += 30 + name.length + stored; // local header + data
    total += 46 + name.length; // central directory entry
  }
  return { bytes: total, files: files.length };
}

function sizes(dist) {
  const wasm = fs.readFileSync(path.join(dist, 'pkg', 'warden_bg.wasm'));
  const glue = fs.readFileSync(path.join(dist, 'pkg', 'warden.js'));
  const zip = zipSize(dist);
  let js = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.name.endsWith('.js')) js += fs.statSync(abs).size;
    }
  };
  walk(dist);
  return {
    wasmRaw: wasm.length,
    wasmGzip: zlib.gzipSync(wasm, { level: 9 }).length,
    glueRaw: glue.length,
    jsRaw: js,
    distZip: zip.bytes,
    distFiles: zip.files,
  };
}

// ---------------------------------------------------------------- native core benchmark

function nativeBench() {
  step('Native core throughput (cargo bench -p warden-core --bench throughput)');
  const r = spawnSync('cargo', ['bench', '-q', '-p', 'warden-core', '--bench', 'throughput'], {
    cwd: ROOT, env: childEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    warn(`cargo bench failed:\n${r.stderr}`);
    return null;
  }
  process.stdout.write(r.stdout.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n'));
  const out = {};
  for (const line of r.stdout.split('\n')) {
    const m = /^(\S+)\s+([\d.]+) ns\/(\w+)/.exec(line.trim());
    if (m) out[m[1]] = { ns: Number(m[2]), per: m[3] };
  }
  return out;
}

// ---------------------------------------------------------------- machine

function machine() {
  const { CHROMIUM } = process.env;
  const exe = CHROMIUM || '/usr/bin/chromium';
  const v = spawnSync(exe, ['--version'], { encoding: 'utf8' });
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: (v.stdout || '').trim().split('\n').pop() || 'unknown',
  };
}

// ---------------------------------------------------------------- report

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, ri) => {
    const line = r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
    return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
  }).join('\n');
}

const ms = (x) => (x === null || x === undefined ? '-' : `${round1(x)}`);
const kb = (x) => `${(x / 1024).toFixed(1)} KiB`;

export async function bench(argv = []) {
  const o = options(argv);
  const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) fail(`Chromium is missing (${chromium}): run npm test once (it installs it) or set CHROMIUM`);

  // WARDEN_DIST measures another build of the extension (as the browser tests do); else dist/,
  // built first when stale.
  const dist = process.env.WARDEN_DIST ? path.resolve(process.env.WARDEN_DIST) : DIST;
  if (dist === DIST) {
    step('Building dist/ when stale');
    await build();
  }

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-bench-'));
  const floorDist = writeFloorExtension(path.join(tmp, 'floor'), dist);
  const { startServer } = await import('../tests/support/server.mjs');
  const server = await startServer({ csp: 'strict' });
  const rounds = { warden: [], floor: [] };
  try {
    step(`Chromium: ${o.rounds} rounds, Warden and floor alternating`);
    for (let i = 1; i <= o.rounds; i++) {
      const order = i % 2 ? ['warden', 'floor'] : ['floor', 'warden'];
      for (const kind of order) rounds[kind].push(await measureRound(kind, kind === 'warden' ? dist : floorDist, server, o, i));
    }
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const attribution = await attribute(dist, o);
  step('Firefox ESR: 1,000 cards');
  const firefox = o.firefox ? await firefoxFigures(o) : null;
  const native = o.native ? nativeBench() : null;

  const pick = (kind, key) => rounds[kind].map((r) => r[key]).filter((x) => x !== null);
  const ratios = (key) => rounds.warden.map((w, i) => w[key] / rounds.floor[i][key]);
  const all = (kind, key) => rounds[kind].flatMap((r) => r[key]);
  const heapAdded = (key, field) => median(rounds.warden.map((w, i) => (w[key]?.[field] ?? 0) - (rounds.floor[i][key]?.[field] ?? 0)));
  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    options: { rounds: o.rounds, loadsPerRound: o.loads, loadMoreReps: Math.ceil(o.reps / o.rounds) * o.rounds, cards: CARDS },
    page1000: {
      // Per-round medians; `loads` holds every page load.
      background: {
        warden: { ...summary(pick('warden', 'strict')), loads: all('warden', 'strictLoads') },
        floor: { ...summary(pick('floor', 'strict')), loads: all('floor', 'strictLoads') },
        ratio: median(ratios('strict')),
      },
      coldBackground: { warden: summary(pick('warden', 'cold')) },
    },
    loadMore: {
      background: {
        10: { warden: summary(all('warden', 'more10')), floor: summary(all('floor', 'more10')) },
        100: { warden: summary(all('warden', 'more100')), floor: summary(all('floor', 'more100')) },
      },
    },
    popup: summary(pick('warden', 'popup')),
    popupCold: summary(pick('warden', 'popupCold')),
    firstScreenCold: { warden: summary(pick('warden', 'firstScreenCold')), floor: summary(pick('floor', 'firstScreenCold')) },
    attribution,
    firefox,
    heap: {
      what: 'V8 heap of the Sent page renderer (main world + isolated worlds) after a forced GC, 1,000-card page, Warden minus floor',
      addedUsedBackground: heapAdded('heapStrict', 'used'),
      warden: rounds.warden.map((r) => r.heapStrict),
      floor: rounds.floor.map((r) => r.heapStrict),
    },
    sizes: sizes(dist),
    native,
  };
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);

  const p = result.page1000;
  const lm = result.loadMore;
  const s = result.sizes;
  // The targets of the lean request path, each beside its figure (met: yes / no).
  const met = (ok) => (ok ? 'yes' : 'no');
  const cold = p.coldBackground.warden.median / p.background.floor.median;
  const rows = [
    ['figure', 'Warden', 'floor', 'Warden/floor', 'target', 'met'],
    ['1,000 cards, background transport (strict CSP), ms', ms(p.background.warden.median), ms(p.background.floor.median), p.background.ratio.toFixed(2), '<= 1.3 x floor', met(p.background.ratio <= 1.3)],
    ['1,000 cards, cold background, ms', ms(p.coldBackground.warden.median), ms(p.background.floor.median), cold.toFixed(2), '<= 2 x floor', met(cold <= 2)],
    ...[['background', lm.background]].flatMap(([how, x]) => [
      [`Load more 10, ${how}, median ms`, ms(x[10].warden.median), ms(x[10].floor.median), '', '', ''],
      [`Load more 10, ${how}, p95 ms`, ms(x[10].warden.p95), ms(x[10].floor.p95), '', '<= 16 ms', met(x[10].warden.p95 <= 16)],
      [`Load more 100, ${how}, median ms`, ms(x[100].warden.median), ms(x[100].floor.median), '', '', ''],
      [`Load more 100, ${how}, p95 ms`, ms(x[100].warden.p95), ms(x[100].floor.p95), '', '', ''],
    ]),
    ['first screen (10 cards), worker cold, ms to badges', ms(result.firstScreenCold.warden.median), ms(result.firstScreenCold.floor.median), '', '<= 50 ms', met(result.firstScreenCold.warden.median <= 50)],
    ['popup, quota shown, ms', ms(result.popup.median), '', '', '<= 80 ms', met(result.popup.median <= 80)],
    ['popup cold (worker stopped), quota shown, ms', ms(result.popupCold.median), '', '', '<= 80 ms', met(result.popupCold.median <= 80)],
    ['JS heap added, 1,000 cards, background', kb(result.heap.addedUsedBackground), '', '', '', ''],
    ['wasm raw / gzipped', `${kb(s.wasmRaw)} / ${kb(s.wasmGzip)}`, '', '', '<= 120 KB gz', met(s.wasmGzip <= 120 * 1024)],
    ['dist/ zipped', kb(s.distZip), '', '', '<= 250 KB', met(s.distZip <= 250 * 1024)],
  ];
  if (native) {
    for (const [name, v] of Object.entries(native)) rows.push([`native ${name}, ns/${v.per}`, String(v.ns), '', '', '', '']);
  }
  const m = result.machine;
  console.log(`\n${bold('Warden bench')} (medians over ${o.rounds} rounds; Load more: ${result.options.loadMoreReps} each)`);
  console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; ${m.chromium}; Node ${m.node}\n`);
  console.log(table(rows));
  if (firefox) {
    console.log(`\nFirefox ESR (bench build), 1,000 cards: ${ms(firefox.page1000.median)} ms from DOMContentLoaded to the last badge (median of ${firefox.page1000.n} loads)`);
  }
  if (attribution) {
    const a = attribution;
    const spans = (x) => ['read', 'wait', 'core', 'badges'].map((k) => `${k} ${ms(x[k])}`).join(', ');
    console.log(`\nwhere Warden's time goes (bench build, medians of the sums per load, ms; core is inside wait):`);
    console.log(`  1,000 cards: ${spans(a.page1000)}; batches ${ms(a.page1000.batches)}`);
    console.log(`  Load more 10: ${spans(a.more10)}`);
  }
  console.log(`\nwritten: ${path.relative(ROOT, path.join(OUT_DIR, 'latest.json'))}`);
  return 0;
}

if (isMain(import.meta.url)) {
  process.chdir(ROOT);
  await runMain(() => bench(process.argv.slice(2)));
}
