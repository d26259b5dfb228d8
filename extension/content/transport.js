// One function, Warden.ask(request), hides which transport answered: the wasm in this content
// script when the page's Content Security Policy lets it compile (Firefox, pages without a
// strict CSP), else the same exports in the background service worker. Writes always go to
// the background: it is the one writer.
(() => {
  let local; // Promise of the wasm module, or of null when this page blocks it.

  function loadLocal() {
    local ??= import(Warden.api.runtime.getURL('pkg/warden.js'))
      .then(async (mod) => {
        await mod.default({ module_or_path: Warden.api.runtime.getURL('pkg/warden_bg.wasm') });
        return mod;
      })
      .catch(() => null);
    return local;
  }

  function viaBackground(request) {
    return Warden.api.runtime.sendMessage({ warden: request }).then(
      (answer) => answer ?? { error: 'noAnswer' },
      (e) => ({ error: 'unreachable', detail: String(e?.message ?? e) }),
    );
  }

  Warden.transport = 'background';
  Warden.ask = async (request) => {
    const mod = await loadLocal();
    if (mod && !mod.isWrite(request)) {
      Warden.transport = 'page';
      return mod.handle(request, Warden.storage);
    }
    return viaBackground(request);
  };
})();
