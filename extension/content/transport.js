// One function, Warden.ask(request), hides which transport answered: the wasm in this content
// script when the page's Content Security Policy lets it compile (Firefox, pages without a
// strict CSP), else the same exports in the background service worker. Writes always go to
// the background: it is the one writer.
(() => {
  let local; // Promise of the wasm module, or of null when this page blocks it.

  // Whether this page lets a content script compile WebAssembly (a strict CSP does not): the
  // synchronous compile of an empty module answers at once, without fetching the glue and the
  // wasm only to see them refused.
  function wasmAllowed() {
    try {
      return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) !== null;
    } catch {
      return false;
    }
  }

  function loadLocal() {
    if (local !== undefined) return local;
    if (!wasmAllowed()) return (local = Promise.resolve(null));
    // The state the wasm will read is fetched meanwhile (Warden.storage keeps it).
    Warden.storage.get('warden');
    local = import(Warden.api.runtime.getURL('pkg/warden.js'))
      .then(async (mod) => {
        await mod.default({ module_or_path: Warden.api.runtime.getURL('pkg/warden_bg.wasm') });
        return mod;
      })
      .catch(() => null);
    return local;
  }

  function viaBackground(request) {
    try {
      return Warden.api.runtime.sendMessage({ warden: request }).then(
        (answer) => answer ?? { error: 'noAnswer' },
        (e) => ({ error: 'unreachable', detail: String(e?.message ?? e) }),
      );
    } catch (e) { // the extension went away between the check and the call
      return Promise.resolve({ error: 'unreachable', detail: String(e?.message ?? e) });
    }
  }

  // A request the background could not carry out (storage full, worker gone) is asked again
  // later, so a write is never dropped silently (asking a read again is harmless).
  const RETRY_MS = [1000, 4000, 15000, 60000];
  async function viaBackgroundRetrying(request, attempt = 0) {
    const answer = await viaBackground(request);
    // `unsaved`: the background keeps it and saves it later (asking again would count it twice).
    if (answer?.error === 'unsaved') Warden.unsaved(answer.unsaved ?? 1);
    else if (answer?.ok) Warden.unsaved(0);
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

  // Starts loading the wasm (fetched and compiled off the main thread once the glue module
  // is in) and the state, so that the first question waits less for them.
  Warden.warm = () => {
    loadLocal();
  };

  Warden.transport = 'background';
  // Typed for its callers by the core's types (what comes back is the core's answer, or an
  // error of the transport's own).
  /** @type {import('../types/warden').Ask} */
  Warden.ask = /** @type {any} */ (async (request) => {
    // A tab whose extension was updated or reloaded can record nothing: lifetime.js says so.
    if (!Warden.alive()) return { error: 'contextLost' };
    const mod = await loadLocal();
    if (mod && !mod.isWrite(request)) {
      Warden.transport = 'page';
      return mod.handle(request, Warden.storage);
    }
    return viaBackgroundRetrying(request);
  });
})();
