// The background service worker: the one writer. It runs the same wasm exports as the content
// script and answers messages from this extension's own pages and content scripts, one at a
// time, so that two tabs never lose each other's updates. It may be stopped at any moment:
// it keeps nothing in memory that is not in storage.
import init, { handle, restart } from './pkg/warden.js';
import { api, storage } from './lib/api.js';
import { WRITES } from './types/kinds.js';
import * as timing from './lib/timing.js';

/** @typedef {import('./types/warden').Kind} Kind */
/** @template {Kind} K @typedef {import('./types/warden').RequestOf<K>} RequestOf */
/** @template {Kind} K @typedef {import('./types/warden').Answered<K>} Answered */
/**
 * What `follow` reads of an answer (any kind's).
 * @typedef {{ok?: boolean, error?: string, unsaved?: number, stale?: number}} Outcome
 */

const isWrite = (/** @type {{kind: string}} */ request) => WRITES.has(request.kind);

const start = () => init({ module_or_path: new URL('./pkg/warden_bg.wasm', import.meta.url) });
let ready = start();
let queue = Promise.resolve();

// The engine in use: a call that threw or never settled may leave its instance mid-call (a
// stack overflow, a borrow never returned), so the engine is started afresh (new instance,
// new memory) and the retired one may no longer write: its storage refuses every write from
// then on, so a call that settles late never saves a state older than the fresh engine's.
let engine = 0;
function afresh() {
  engine += 1;
  restart();
  ready = start();
}
/** The storage one engine writes through: closed once that engine is retired. @param {number} which */
function storageOf(which) {
  const store = storage();
  const open = () => which === engine;
  return {
    get: store.get,
    set: (/** @type {string} */ key, /** @type {unknown} */ value) => (open() ? store.set(key, value) : Promise.reject(new Error('retiredEngine'))),
    remove: (/** @type {string} */ key) => (open() ? store.remove(key) : Promise.reject(new Error('retiredEngine'))),
  };
}

// An engine call that never settles is answered `internal` after this long; one that throws is
// answered `internal` too; either way the engine is started afresh and the writes queued
// behind go on: one bad request never blocks the next.
const ENGINE_MS = 15_000;
/** @template T @param {() => Promise<T>} call @returns {Promise<T | {error: string, detail: string}>} */
function answered(call) {
  /** @type {number | undefined} */
  let timer;
  const which = engine;
  let broken = false; // the call threw, or never settled
  const late = new Promise((resolve) => {
    timer = setTimeout(() => {
      broken = true;
      resolve({ error: 'internal', detail: 'noEngineAnswer' });
    }, ENGINE_MS);
  });
  const settled = Promise.resolve().then(call).catch((/** @type {any} */ e) => {
    broken = true;
    return { error: 'internal', detail: String(e?.message ?? e) };
  });
  return Promise.race([settled, late]).then((answer) => {
    if (broken && which === engine) afresh();
    return answer;
  }).finally(() => clearTimeout(timer));
}

// Writes one at a time, in order; a read (its kind says so) is answered at once, from the state
// as the last finished write left it, instead of waiting behind writes in the queue.
// (The wasm's exports exist once it is ready; `ready` runs its callbacks in the order they were
// registered, so writes join the queue in the order they arrived.)
/**
 * @template {Kind} K
 * @param {RequestOf<K>} request
 * @returns {Promise<Answered<K>>}
 */
function serially(request) {
  // Each call waits for the engine in use (a fresh one after a restart).
  const run = () => ready.then(() => answered(() => timing.measured(() => handle(request, storageOf(engine)))));
  return ready.then(() => {
    if (!isWrite(request)) return run();
    const answer = queue.then(run, run);
    queue = answer.catch(() => undefined);
    return answer;
  });
}

// Only this extension's own pages and its content scripts on LinkedIn may ask.
/** @param {{id?: string, url?: string}} sender the browser's MessageSender */
function fromUs(sender) {
  if (sender?.id !== api.runtime.id) return false;
  const url = String(sender.url ?? '');
  return url.startsWith(api.runtime.getURL('')) || url.startsWith('https://www.linkedin.com/');
}

let unsaved = 0; // The user's actions the storage refused, as the core last said.
let stale = 0;

// The toolbar: "!" while some action waits to be saved, else the stale count of the last
// Sent-page reading.
/** @type {string | null} */
let shown = null;
function showBadge() {
  const waiting = unsaved > 0;
  const text = waiting ? '!' : stale > 0 ? String(Math.min(stale, 999)) : '';
  const title = waiting
    ? api.i18n.getMessage('toolbar_unsaved', [String(unsaved)])
    : api.i18n.getMessage('extName');
  if (shown === `${text}|${title}`) return;
  shown = `${text}|${title}`;
  api.action.setBadgeText({ text });
  api.action.setBadgeBackgroundColor({ color: waiting ? '#c00000' : '#b24020' });
  api.action.setTitle({ title });
}

// Follows each answer: an action kept unsaved, or a write that landed (which saved every
// action kept before it).
/** @param {{kind: string}} request @param {Outcome | undefined} answer */
function follow(request, answer) {
  if (answer?.error === 'unsaved') unsaved = answer.unsaved ?? unsaved + 1;
  else if (answer?.ok && isWrite(request)) unsaved = answer.unsaved ?? 0;
  if (['sentPageSeen', 'withdrawn'].includes(request.kind) && answer?.ok) stale = /** @type {number} */ (answer.stale);
  showBadge();
  if (isWrite(request) && answer && !answer.error) snapshotSoon();
}

// The popup's view as the core last answered it, kept beside the state (dated by the core's
// `today`), so that the popup shows what is known at once and then asks the core afresh.
// Written once the writes have paused (a Sent page writes once per batch).
const SNAPSHOT_KEY = 'warden.popupView';
/** @type {number | undefined} */
let snapshotTimer;
function snapshotSoon() {
  clearTimeout(snapshotTimer);
  snapshotTimer = setTimeout(() => {
    serially({ kind: 'popup' }).then((view) => {
      if (view && !view.error) api.storage.local.set({ [SNAPSHOT_KEY]: view });
    }, () => undefined);
  }, 300);
}

// At every start of the worker: what the storage refused before is saved now if it can be,
// and the toolbar shows the last reading's stale count.
serially({ kind: 'flush' })
  .then((answer) => follow({ kind: 'flush' }, answer), () => undefined)
  .then(() => serially({ kind: 'popup' }))
  .then((view) => {
    stale = view?.pending?.stale ?? 0;
    unsaved = view?.unsaved ?? unsaved;
    showBadge();
    if (view && !view.error) api.storage.local.set({ [SNAPSHOT_KEY]: view });
  }, () => undefined);

api.runtime.onMessage.addListener((/** @type {{warden?: any} | undefined} */ message, /** @type {{id?: string, url?: string}} */ sender, /** @type {(answer: unknown) => void} */ reply) => {
  const request = message?.warden;
  if (!fromUs(sender) || !request || typeof request !== 'object' || typeof request.kind !== 'string') return false;
  serially(request).then(
    (answer) => {
      reply(answer);
      follow(request, answer);
    },
    (/** @type {any} */ e) => reply({ error: 'internal', detail: String(e?.message ?? e) }),
  );
  return true;
});
