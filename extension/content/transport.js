// One function, ask(request): the core's answer, from the background service worker, where
// the wasm runs (Chromium refuses to compile WebAssembly in a content script on a page with a
// strict CSP, LinkedIn's; in Firefox, where it could run in the page, `npm run bench` measured
// the background as fast or faster: docs/speed.md). The background is also the one writer.

import { api } from '../lib/api.js';
import { alive, showUnsaved } from './lifetime.js';

/** @typedef {import('../types/warden').Ask} Ask */

/** Which transport answers: the background, always (the summary says so, for bug reports). */
export const transport = 'background';

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
  // The extension went away while asked (updated, reloaded): lifetime.js says so on the page.
  if (failed && !alive()) return { error: 'contextLost' };
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
 * The core's answer to a request (typed per kind by the core's own types), or an error of the
 * transport's own.
 * @type {Ask}
 */
export const ask = /** @type {any} */ (async (/** @type {{kind: string}} */ request) => {
  // A tab whose extension was updated or reloaded can record nothing: lifetime.js says so.
  if (!alive()) return { error: 'contextLost' };
  return viaBackgroundRetrying(request);
});
