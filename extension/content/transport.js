// One function, ask(request), hides which transport answered: the wasm in this content script
// when the page's Content Security Policy lets it compile (Firefox, pages without a strict
// CSP), else the same exports in the background service worker. Writes always go to the
// background: it is the one writer.

import { api, storage } from '../lib/api.js';
import { WRITES } from '../types/kinds.js';
import { alive, showUnsaved } from './lifetime.js';

/** @typedef {import('../types/warden').Ask} Ask */

/** @type {Promise<any> | undefined} The wasm module, or null when this page blocks it. */
let local;
/** Which transport answered the last read: 'page' or 'background'. */
export let transport = 'background';

// Whether this page lets a content script compile WebAssembly (a strict CSP does not): the
// synchronous compile of an empty module answers at once, without fetching the glue and the
// wasm only to see them refused.
function wasmAllowed() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return true;
  } catch {
    return false;
  }
}

function loadLocal() {
  if (local !== undefined) return local;
  if (!wasmAllowed()) return (local = Promise.resolve(null));
  // The state the wasm will read is fetched meanwhile (the storage backend keeps it).
  storage().get('warden');
  local = import(api.runtime.getURL('pkg/warden.js'))
    .then(async (mod) => {
      await mod.default({ module_or_path: api.runtime.getURL('pkg/warden_bg.wasm') });
      return mod;
    })
    .catch(() => null);
  return local;
}

/** @param {{kind: string}} request @returns {Promise<any>} */
function viaBackground(request) {
  try {
    return api.runtime.sendMessage({ warden: request }).then(
      (/** @type {unknown} */ answer) => answer ?? { error: 'noAnswer' },
      (/** @type {any} */ e) => ({ error: 'unreachable', detail: String(e?.message ?? e) }),
    );
  } catch (e) { // the extension went away between the check and the call
    return Promise.resolve({ error: 'unreachable', detail: String(/** @type {any} */ (e)?.message ?? e) });
  }
}

// A request the background could not carry out (storage full, worker gone) is asked again
// later, so a write is never dropped silently (asking a read again is harmless).
const RETRY_MS = [1000, 4000, 15000, 60000];
/** @param {{kind: string}} request @param {number} [attempt] @returns {Promise<any>} */
async function viaBackgroundRetrying(request, attempt = 0) {
  const answer = await viaBackground(request);
  // `unsaved`: the background keeps it and saves it later (asking again would count it twice).
  if (answer?.error === 'unsaved') showUnsaved(answer.unsaved ?? 1);
  else if (answer?.ok) showUnsaved(0);
  const failed = /^(writeFailed|unreachable|noAnswer|internal)/.test(answer?.error ?? '');
  if (failed && attempt < RETRY_MS.length) {
    console.warn(`[Warden] ${request.kind}: ${answer.error}; asking again later`);
    setTimeout(() => viaBackgroundRetrying(request, attempt + 1), RETRY_MS[attempt]);
  } else if (answer?.error && answer.error !== 'unsaved') {
    // Refused (a malformed request, a link that is no profile), or still failing after the
    // last retry: said, never silently dropped.
    console.warn(`[Warden] ${request.kind} not recorded: ${answer.error}${answer.detail ? ` (${answer.detail})` : ''}`);
  }
  return answer;
}

/**
 * Starts loading the wasm (fetched and compiled off the main thread once the glue module is
 * in) and the state, so that the first question waits less for them.
 */
export function warm() {
  loadLocal();
}

/**
 * The core's answer to a request (typed per kind by the core's own types), or an error of the
 * transport's own.
 * @type {Ask}
 */
export const ask = /** @type {any} */ (async (/** @type {{kind: string}} */ request) => {
  // A tab whose extension was updated or reloaded can record nothing: lifetime.js says so.
  if (!alive()) return { error: 'contextLost' };
  const mod = await loadLocal();
  if (mod && !WRITES.has(request.kind)) {
    transport = 'page';
    return mod.handle(request, storage());
  }
  return viaBackgroundRetrying(request);
});
