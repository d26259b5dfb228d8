// The WebExtension API under one name (Firefox's `browser`, else Chromium's `chrome`), and the
// storage backend the wasm reads and writes through. Loaded by every extension context.
/** @type {import('../types/warden').Shared} */
globalThis.Warden = globalThis.Warden || {};
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
  // Keys starting with `session:` live in the browser's session storage (room of its own,
  // kept while the browser runs): the core puts there only what the lasting storage refused.
  // Contexts without it (content scripts) find nothing there and cannot write there.
  const SPARE = 'session:';
  const spare = () => Warden.api.storage.session;
  function area(key) {
    if (!key.startsWith(SPARE)) return { store: Warden.api.storage.local, name: key };
    if (!spare()) return null;
    return { store: spare(), name: key.slice(SPARE.length) };
  }
  Warden.storage = {
    get: (key) => {
      const where = area(key);
      if (!where) return Promise.resolve(undefined);
      if (where.store !== Warden.api.storage.local) {
        return where.store.get(where.name).then((items) => items[where.name], () => undefined);
      }
      if (known.has(key)) return Promise.resolve(known.get(key));
      reading.add(key);
      return Warden.api.storage.local.get(key).then((items) => {
        if (!known.has(key)) known.set(key, items[key]); // unless a newer change came meanwhile
        return known.get(key);
      }).finally(() => reading.delete(key));
    },
    set: (key, value) => {
      const where = area(key);
      if (!where) return Promise.reject(new Error('noSessionStorage'));
      if (where.store !== Warden.api.storage.local) return where.store.set({ [where.name]: value });
      return Warden.api.storage.local.set({ [key]: value }).then(() => {
        known.set(key, value);
      });
    },
    remove: (key) => {
      const where = area(key);
      if (!where) return Promise.resolve();
      if (where.store !== Warden.api.storage.local) return where.store.remove(where.name);
      return Warden.api.storage.local.remove(key).then(() => {
        known.set(key, undefined);
      });
    },
  };
})();
