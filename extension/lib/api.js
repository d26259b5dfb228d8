// The WebExtension API under one name (Firefox's `browser`, else Chromium's `chrome`), and the
// storage backend the wasm reads and writes through. Loaded by every extension context.
globalThis.Warden = globalThis.Warden || {};
Warden.api = globalThis.browser ?? globalThis.chrome;
Warden.storage = {
  get: (key) => Warden.api.storage.local.get(key).then((items) => items[key]),
  set: (key, value) => Warden.api.storage.local.set({ [key]: value }),
};
