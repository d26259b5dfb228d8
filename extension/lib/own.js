// Warden's own nodes, known by identity (a WeakSet), never by an attribute the page can copy:
// `data-warden` on the page's markup makes it no node of Warden's. Every element `el` builds
// with a `data-warden` hook is registered as it is made.

/** @type {WeakSet<Node>} */
const own = new WeakSet();

/**
 * Registers a node (and the Warden nodes inside it, for clones) as Warden's own.
 * @template {Element} T
 * @param {T} node
 * @returns {T}
 */
export function adopt(node) {
  own.add(node);
  for (const inner of node.querySelectorAll('[data-warden]')) own.add(inner);
  return node;
}

/** Registers one element (no descendants). @param {Element} node */
export function mark(node) {
  own.add(node);
}

/** Whether this exact node is one Warden made. @param {Node | null | undefined} node */
export const isOwn = (node) => Boolean(node) && own.has(/** @type {Node} */ (node));

/**
 * The nearest Warden node holding `node` (itself included), by identity; null if none.
 * @param {Node | null | undefined} node
 * @returns {Element | null}
 */
export function ownAncestor(node) {
  let n = node instanceof Element ? node : node?.parentElement ?? null;
  for (n = n?.closest('[data-warden]') ?? null; n; n = n.parentElement?.closest('[data-warden]') ?? null) {
    if (own.has(n)) return n;
  }
  return null;
}

/**
 * The Warden nodes of a kind under root (by identity: the page's look-alikes are skipped).
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {HTMLElement[]}
 */
export const ownAll = (selector, root = document) => /** @type {HTMLElement[]} */ ([...root.querySelectorAll(selector)].filter((n) => own.has(n)));
