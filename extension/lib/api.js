// The WebExtension API under one name (Firefox's `browser`, else Chromium's `chrome`), and the
// storage backend the wasm reads and writes through. Loaded by every extension context.
// Only the context's own property counts: markup named "Warden" (<form name>, <img name>, an
// id) shows through the window's named properties, never as an own property, and is replaced.
/** @type {import('../types/warden').Shared} */
globalThis.Warden = Object.hasOwn(globalThis, 'Warden') ? globalThis.Warden : /** @type {any} */ ({});
Warden.api = globalThis.browser ?? globalThis.chrome;

(() => {
  // Every request reads the state, and asking the browser for a large value costs milliseconds
  // (about 10 ms for the first read after a pause). So a value this context reads is kept, and
  // kept up to date by its own writes and by storage.onChanged (which every context hears, for
  // every change); this listener is registered before any other.
  const known = new Map();
  const reading = new Set();
  Warden.api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    for (const [key, change] of Object.entries(changes)) {
      if (known.has(key) || reading.has(key)) known.set(key, change.newValue);
    }
  });
  Warden.storage = {
    get: (key) => {
      if (known.has(key)) return Promise.resolve(known.get(key));
      reading.add(key);
      return Warden.api.storage.local.get(key).then((items) => {
        if (!known.has(key)) known.set(key, items[key]); // unless a newer change came meanwhile
        return known.get(key);
      }).finally(() => reading.delete(key));
    },
    set: (key, value) => Warden.api.storage.local.set({ [key]: value }).then(() => {
      known.set(key, value);
    }),
  };
})();
