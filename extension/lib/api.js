// The WebExtension API under one name (Firefox's `browser`, else Chromium's `chrome`), and the
// storage backend the wasm reads and writes through (background and popup; content scripts
// that run the wasm in the page). Importing this module touches no API: a page without the
// extension (a DOM test) can import modules that import it.

/** @type {any} */
export const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;

// Keys starting with `session:` live in the browser's session storage (room of its own, kept
// while the browser runs): the core puts there only what the lasting storage refused.
// Contexts without it (content scripts) find nothing there and cannot write there.
const SPARE = 'session:';

/**
 * @typedef {object} Storage
 * @property {(key: string) => Promise<unknown>} get
 * @property {(key: string, value: unknown) => Promise<void>} set
 * @property {(key: string) => Promise<void>} remove
 */

/** @type {Storage | null} */
let made = null;

/**
 * The storage backend, made on first use. Every request reads the state, and asking the
 * browser for a large value costs milliseconds (about 10 ms for the first read after a
 * pause). So a value this context reads is kept, and kept up to date by its own writes and by
 * storage.onChanged (which every context hears, for every change).
 * @returns {Storage}
 */
export function storage() {
  if (made) return made;
  /** @type {Map<string, unknown>} */
  const known = new Map();
  /** @type {Set<string>} */
  const reading = new Set();
  api.storage.onChanged.addListener((/** @type {Record<string, {newValue?: unknown}>} */ changes, /** @type {string} */ area) => {
    if (area !== 'local' && area !== 'session') return;
    for (const [name, change] of Object.entries(changes)) {
      const key = area === 'session' ? SPARE + name : name;
      if (known.has(key) || reading.has(key)) known.set(key, change.newValue);
    }
  });
  /** The storage area of a key and its name there; null when this context has no such area. */
  const area = (/** @type {string} */ key) => {
    if (!key.startsWith(SPARE)) return { store: api.storage.local, name: key };
    const session = api.storage.session;
    return session ? { store: session, name: key.slice(SPARE.length) } : null;
  };
  made = {
    get: (key) => {
      const where = area(key);
      if (!where) return Promise.resolve(undefined);
      if (known.has(key)) return Promise.resolve(known.get(key));
      reading.add(key);
      return where.store.get(where.name).then((/** @type {Record<string, unknown>} */ items) => {
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
  return made;
}
