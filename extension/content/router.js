// The features' router. LinkedIn is a single-page app, so the content script runs on every
// LinkedIn page and follows in-app navigation (no page load) by watching the document. Each
// feature registers itself (as Refined GitHub's features do): the pages it runs on, and an
// `init` that gets an AbortSignal, aborted when the user leaves those pages. A feature's
// exception never stops another: every call into a feature runs under one guard, and a
// feature that fails is named once in the console (for the developer reading a bug report).

import { api } from '../lib/api.js';
import { isOwn, ownAncestor } from '../lib/own.js';

/**
 * @typedef {object} Context
 * @property {AbortSignal} signal aborted when the feature's page is left
 * @property {string} path the page's path when the feature started
 * @property {RegExpMatchArray} match what the feature's first matching `include` pattern matched
 */
/**
 * @typedef {object} Feature
 * @property {RegExp[]} include the paths the feature runs on (tested against location.pathname)
 * @property {(path: string) => string} [key] the feature starts afresh when this changes (default: the path)
 * @property {(context: Context) => void | Promise<void>} init
 */
/** @typedef {Feature & {name: string, running: null | {key: string, controller: AbortController}}} Entry */

/** @type {Entry[]} */
const registry = [];

/** Registers a feature. @param {string} name @param {Feature} feature */
export function add(name, feature) {
  registry.push({ ...feature, name, running: null });
}

/** @type {Set<string>} */
const failed = new Set();
/** @param {string} name @param {unknown} error */
function report(name, error) {
  if (failed.has(name)) return;
  failed.add(name);
  console.warn(`[Warden] ${name} failed:`, error);
}

/**
 * Runs `fn` as the feature `name`: a throw or a rejected promise is reported, never passed on.
 * @param {string} name
 * @param {() => unknown} fn
 */
export function guarded(name, fn) {
  try {
    const result = /** @type {any} */ (fn());
    if (result && typeof result.catch === 'function') result.catch((/** @type {unknown} */ e) => report(name, e));
  } catch (e) {
    report(name, e);
  }
}

/** @type {Set<{name: string, handler: (records: MutationRecord[]) => void}>} */
const watchers = new Set();
/** @type {Set<{name: string, handler: (changes: Record<string, {oldValue?: any, newValue?: any}>) => void}>} */
const storageWatchers = new Set();

/**
 * Calls `handler` with the page's changes (never Warden's own) until `signal` aborts.
 * @param {string} name the feature's name, for the guard
 * @param {AbortSignal} signal
 * @param {(records: MutationRecord[]) => void} handler
 */
export function onChanges(name, signal, handler) {
  const entry = { name, handler };
  watchers.add(entry);
  signal.addEventListener('abort', () => watchers.delete(entry), { once: true });
}

/**
 * Calls `handler` with each change of the extension's lasting storage until `signal` aborts.
 * @param {string} name
 * @param {AbortSignal} signal
 * @param {(changes: Record<string, {oldValue?: any, newValue?: any}>) => void} handler
 */
export function onStored(name, signal, handler) {
  const entry = { name, handler };
  storageWatchers.add(entry);
  signal.addEventListener('abort', () => storageWatchers.delete(entry), { once: true });
}

/** @type {string | null} */
let path = null;

function route() {
  if (location.pathname === path) return;
  path = location.pathname;
  const now = path;
  // Leaving first (a feature's page left, or its key changed), then entering.
  /** @type {[Entry, RegExpMatchArray, string][]} */
  const entering = [];
  for (const feature of registry) {
    const match = feature.include.map((re) => now.match(re)).find(Boolean) ?? null;
    const key = match ? (feature.key ? feature.key(now) : now) : null;
    if (feature.running && feature.running.key !== key) {
      const { controller } = feature.running;
      feature.running = null;
      guarded(feature.name, () => controller.abort());
    }
    if (match && key !== null && !feature.running) entering.push([feature, match, key]);
  }
  for (const [feature, match, key] of entering) {
    const controller = new AbortController();
    feature.running = { key, controller };
    guarded(feature.name, () => feature.init({ signal: controller.signal, path: now, match }));
  }
}

// Mutations made by Warden itself (badges, summary, banners) are not news.
/** @param {MutationRecord} record */
function ours(record) {
  const target = record.target.nodeType === 1 ? /** @type {Element} */ (record.target) : record.target.parentElement;
  if (ownAncestor(target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => isOwn(n));
}

/** Starts routing: the current page now, and every page the user reaches after. */
export function start() {
  new MutationObserver((records) => {
    const news = records.filter((r) => !ours(r));
    if (!news.length) return;
    route();
    for (const { name, handler } of [...watchers]) guarded(name, () => handler(news));
  }).observe(document.documentElement, { childList: true, subtree: true });

  addEventListener('popstate', route);
  /** @type {any} */ (globalThis).navigation?.addEventListener('currententrychange', route);

  api.storage.onChanged.addListener((/** @type {Record<string, {oldValue?: any, newValue?: any}>} */ changes, /** @type {string} */ area) => {
    if (area !== 'local') return;
    for (const { name, handler } of [...storageWatchers]) guarded(name, () => handler(changes));
  });

  route();
}
