// What the page's own script cannot forge, in one place, for every feature that acts on a click.
// The page can dispatch events (never `isTrusted`), call a control's click method (never
// trusted either), put transparent or zero-size controls and dialogs where the user's real
// click lands, cover or move elements, and write any attribute, `data-warden` included. It
// cannot make a trusted event, nor see the content script's memory. So:
//  - a click counts only when it is trusted and lands on a visible control: the element under
//    the pointer (hit-tested, through open shadow roots) is the control or inside it, and the
//    control is painted (not transparent along its ancestors, not hidden, not zero-size, with
//    something to see). A keyboard activation (no pointer: `detail` 0) counts only on the
//    focused control, visible too;
//  - Warden's own nodes are known by identity (lib/own.js), never by an attribute the page
//    can copy.
// `realClick` is the one gate every feature calls for the user's click: withdraw, confirm,
// Keep, review, Connect.

// Below this effective opacity (the product along the ancestors) a control is not something
// the user can be said to see. Warden's own review mode dims cards to .45: well above.
const MIN_OPACITY = 0.25;
const MIN_SIZE = 4; // px: a control smaller than this is not a target a user aims at
/** An element's parent, or the host of the shadow root it is the top of. @param {Element} n @returns {Element | null} */
const parentOf = (n) => n.parentElement ?? (n.getRootNode() instanceof ShadowRoot ? /** @type {ShadowRoot} */ (n.getRootNode()).host : null);
/** @param {string} color */
const alpha = (color) => {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return color === 'transparent' ? 0 : 1;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  return parts.length > 3 ? Number.parseFloat(parts[3]) : 1;
};

// Something of the control is painted: its text in a colour that is not transparent, a
// background, a border, or an image inside it.
/** @param {Element} el */
function inked(el) {
  const s = getComputedStyle(el);
  if (alpha(s.backgroundColor) > 0.1 || s.backgroundImage !== 'none') return true;
  if (Number.parseFloat(s.borderTopWidth) > 0 && alpha(s.borderTopColor) > 0.1) return true;
  if (el.textContent.trim() && alpha(s.color) > 0.1 && Number.parseFloat(s.fontSize) >= 6) {
    // The text's own element may colour it differently: the first text's parent decides.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!/** @type {string} */ (t.nodeValue).trim()) continue;
      const ts = getComputedStyle(/** @type {Element} */ (t.parentElement));
      return alpha(ts.color) > 0.1 && Number.parseFloat(ts.fontSize) >= 6;
    }
  }
  return el.getElementsByTagName('img').length > 0 || el.getElementsByTagName('svg').length > 0;
}

/**
 * Whether the user can see this element: shown, opaque enough, of a real size, and (unless
 * `ink` is false: a dialog's box may be drawn by what it holds) painted.
 * @param {unknown} el
 * @param {{ink?: boolean}} [options]
 */
export function shown(el, { ink = true } = {}) {
  if (!(el instanceof Element) || !el.isConnected) return false;
  if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  const r = el.getBoundingClientRect();
  if (r.width < MIN_SIZE || r.height < MIN_SIZE) return false;
  let opacity = 1;
  for (let /** @type {Element | null} */ n = el; n; n = parentOf(n)) {
    const s = getComputedStyle(n);
    opacity *= Number.parseFloat(s.opacity);
    if (s.filter.includes('opacity(')) opacity *= Number.parseFloat(/opacity\(([\d.]+)(%?)/.exec(s.filter)?.[1] ?? '1') / (s.filter.includes('%)') ? 100 : 1);
    if (opacity < MIN_OPACITY) return false;
  }
  return !ink || inked(el);
}

// The element under the point, through open shadow roots (the invite dialog's outlet).
/** @param {number} x @param {number} y */
function hitAt(x, y) {
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

// Whether something the user sees covers the control at the point, even an element the page
// made transparent to the pointer (`pointer-events: none`: the click goes through it to the
// control below, and the browser's hit test, elementFromPoint included, skips it). For one
// synchronous look, a sheet of Warden's own (adopted, so no mutation the page could observe;
// no page script runs meanwhile) makes every element hittable; each element stacked above the
// control at that point that is painted (shown) covers it. Ancestors and descendants
// of the control are the control itself.
/** @type {CSSStyleSheet | null} */
let hittable = null;
/**
 * The elements stacked at the point in `root` (the document, or an open shadow root), every
 * element hittable for this one synchronous look.
 * @param {Document | ShadowRoot} root @param {number} x @param {number} y
 * @returns {Element[] | null} null: no constructable sheets here
 */
function stackAt(root, x, y) {
  try {
    hittable ??= new CSSStyleSheet();
    if (!hittable.cssRules.length) hittable.replaceSync('* { pointer-events: auto !important; }');
    const before = root.adoptedStyleSheets;
    root.adoptedStyleSheets = [...before, hittable];
    try {
      return root.elementsFromPoint(x, y);
    } finally {
      root.adoptedStyleSheets = before;
    }
  } catch {
    return null;
  }
}

/**
 * A control inside an open shadow root (the invite dialog's outlet, §3) is reached through
 * its host: what is stacked above the host in the document, then above the control in the
 * shadow root, is looked at alike.
 * @param {number} x @param {number} y @param {Element} control
 * @param {Document | ShadowRoot} [root]
 * @returns {boolean}
 */
function coveredAt(x, y, control, root = document) {
  const stack = stackAt(root, x, y);
  if (!stack) return false; // no constructable sheets here: the hit test above is all there is
  for (const el of stack) {
    if (inside(el, control)) return false; // reached the control: nothing above it is painted
    if (inside(control, el)) {
      // A host whose shadow root holds the control: the rest of this stack is below it.
      if (el.shadowRoot && el.shadowRoot !== root && control.getRootNode() !== root) return coveredAt(x, y, control, el.shadowRoot);
      continue;
    }
    if (shown(el)) return true;
  }
  return false;
}

// The focused element, through open shadow roots.
function focused() {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Whether `node` is `control` or inside it (through shadow roots). @param {Element} node @param {Element} control */
const inside = (node, control) => {
  for (let /** @type {Element | null} */ n = node; n; n = parentOf(n)) if (n === control) return true;
  return false;
};

/**
 * Whether this click is the user's own on `control` as they see it: trusted; by pointer,
 * with the element under the pointer being the control or inside it; by keyboard (Enter or
 * Space: no pointer, `detail` 0), on the focused control; and the control visible.
 * @param {MouseEvent} event the click
 * @param {unknown} control
 */
export function realClick(event, control) {
  if (!event?.isTrusted || !(control instanceof Element)) return false;
  if (event.detail === 0) {
    const f = focused();
    if (!f || !(f === control || inside(f, control))) return false;
  } else {
    const hit = hitAt(event.clientX, event.clientY);
    if (!hit || !inside(hit, control)) return false;
    if (coveredAt(event.clientX, event.clientY, control)) return false;
  }
  return shown(control);
}

