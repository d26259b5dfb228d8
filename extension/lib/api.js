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
  // Keys starting with `session:` live in the browser's session storage (room of its own,
  // kept while the browser runs): the core puts there only what the lasting storage refused.
  // Contexts without it (content scripts) find nothing there and cannot write there.
  const SPARE = 'session:';
  Warden.api.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' && area !== 'session') return;
    for (const [name, change] of Object.entries(changes)) {
      const key = area === 'session' ? SPARE + name : name;
      if (known.has(key) || reading.has(key)) known.set(key, change.newValue);
    }
  });
  /** The storage area of a key and its name there; null when this context has no such area. */
  function area(key) {
    if (!key.startsWith(SPARE)) return { store: Warden.api.storage.local, name: key };
    const session = Warden.api.storage.session;
    return session ? { store: session, name: key.slice(SPARE.length) } : null;
  }
  Warden.storage = {
    get: (key) => {
      const where = area(key);
      if (!where) return Promise.resolve(undefined);
      if (known.has(key)) return Promise.resolve(known.get(key));
      reading.add(key);
      return where.store.get(where.name).then((items) => {
        if (!known.has(key)) known.set(key, items[where.name]); // unless a newer change came meanwhile
        return known.get(key);
      }).finally(() => reading.delete(key));
    },
    set: (key, value) => {
      const where = area(key);
      if (!where) return Promise.reject(new Error('noSessionStorage'));
      return where.store.set({ [where.name]: value }).then(() => {
        known.set(key, value);
      });
    },
    remove: (key) => {
      const where = area(key);
      if (!where) return Promise.resolve();
      return where.store.remove(where.name).then(() => {
        known.set(key, undefined);
      });
    },
  };
})();
