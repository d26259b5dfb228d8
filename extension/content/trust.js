// What the page's own script cannot forge, in one place, for every feature that acts on a click.
// The page can dispatch events (never `isTrusted`), call a control's click method (never
// trusted either), focus any element, put transparent, masked, clipped or zero-size controls
// and dialogs where the user's real click lands, cover or move elements (in its own shadow
// roots too, open or closed, and with rules in cascade layers), and write any attribute,
// `data-warden` included. It cannot make a trusted event, nor see the content script's memory.
// So what the user clicked is judged by what is on screen:
//  - by pointer, the click is trusted, the element under the pointer (hit-tested, through
//    shadow roots) is the control or inside it, nothing painted is stacked above the control at
//    that point, and the control is painted on screen (`shown`);
//  - by keyboard (Enter or Space: no pointer, `detail` 0), the control is the focused element,
//    the user's own focus (moved there by the user's own input, never by the page's script on
//    its own), on screen and painted;
//  - Warden's own nodes are known by identity (lib/own.js), never by an attribute the page
//    can copy.
// `realClick` is the one gate every feature calls for the user's click: withdraw, confirm,
// Keep, review, Connect.

import { api } from '../lib/api.js';
import { V } from './page-variants.js';

// Below this effective opacity (the product along the ancestors) a control is not something
// the user can be said to see. Warden's own review mode dims cards to .45: well above.
const MIN_OPACITY = 0.25;
const MIN_SIZE = 4; // px: a control smaller than this is not a target a user aims at
const MIN_ALPHA = 0.1; // a colour more transparent than this paints nothing one can see

// The elements a shadow root can be attached to (besides custom elements, named with a dash).
const HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
/** @param {Element} el */
const mayHost = (el) => el.localName.includes('-') || HOSTS.has(el.localName);

/**
 * The shadow root of `el`, open or closed: closed ones through the extension's own API
 * (Chromium: `chrome.dom.openOrClosedShadowRoot(el)`; Firefox: the element's
 * `openOrClosedShadowRoot`, a property there, seen by content scripts only).
 * @param {Element} el @returns {ShadowRoot | null}
 */
function rootOf(el) {
  if (el.shadowRoot) return el.shadowRoot;
  if (!mayHost(el)) return null; // no shadow root can be attached to it
  try {
    if ('openOrClosedShadowRoot' in el) {
      const own = /** @type {any} */ (el).openOrClosedShadowRoot;
      return (typeof own === 'function' ? own.call(el) : own) ?? null;
    }
    if (typeof api?.dom?.openOrClosedShadowRoot === 'function' && el instanceof HTMLElement) return api.dom.openOrClosedShadowRoot(el) ?? null;
  } catch {
    // Not an element that can hold a shadow root.
  }
  return null;
}
/** Whether closed shadow roots can be looked into here. */
const closedRootsSeen = () => 'openOrClosedShadowRoot' in Element.prototype || typeof api?.dom?.openOrClosedShadowRoot === 'function';
/** An element's parent, or the host of the shadow root it is the top of. @param {Element} n @returns {Element | null} */
const parentOf = (n) => n.parentElement ?? (n.getRootNode() instanceof ShadowRoot ? /** @type {ShadowRoot} */ (n.getRootNode()).host : null);
/** @param {string} color */
const alpha = (color) => {
  const m = /rgba?\(([^)]+)\)/.exec(color);
  if (!m) return color === 'transparent' || color === 'none' ? 0 : 1;
  const parts = m[1].split(/[\s,/]+/).filter(Boolean);
  return parts.length > 3 ? Number.parseFloat(parts[3]) * (parts[3].endsWith('%') ? 0.01 : 1) : 1;
};
/** Whether a rect is at least MIN_SIZE each way. @param {DOMRect} r */
const sized = (r) => r.width >= MIN_SIZE && r.height >= MIN_SIZE;

// An SVG shape paints something: a box that is not empty, and a fill or a stroke that is not
// none or transparent (a paint server, `url(#…)`, paints).
const SHAPES = ['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'use', 'image'].join();
/** @param {Element} svg */
function svgPaints(svg) {
  for (const shape of svg.querySelectorAll(SHAPES)) {
    const r = shape.getBoundingClientRect();
    if (r.width <= 0 && r.height <= 0) continue;
    const s = getComputedStyle(shape);
    if (s.display === 'none' || s.visibility !== 'visible') continue;
    if (shape.localName === 'image' || shape.localName === 'use') return true;
    const painted = (/** @type {string} */ paint, /** @type {string} */ opacity) => paint !== 'none' && alpha(paint) > MIN_ALPHA && Number.parseFloat(opacity) > MIN_ALPHA;
    if (painted(s.fill, s.fillOpacity) || (painted(s.stroke, s.strokeOpacity) && Number.parseFloat(s.strokeWidth) > 0)) return true;
  }
  return false;
}
/** An image loaded, of a non-zero natural size, shown at a non-empty size. @param {HTMLImageElement} img */
const imgPaints = (img) => img.complete && img.naturalWidth > 0 && img.naturalHeight > 0 && sized(img.getBoundingClientRect());

// A background image paints, unless it is only gradients of transparent colours.
/** @param {string} image the computed background-image */
const imagePaints = (image) => image !== 'none' && (
  /url\(|image-set\(|element\(|cross-fade\(|paint\(|(?:oklch|oklab|lab|lch|hsla?|hwb|color)\(/.test(image)
  || (image.match(/rgba?\([^)]*\)/g) ?? []).some((c) => alpha(c) > MIN_ALPHA));

// Something of the control is painted: its text in a colour that is not transparent, a
// background, a border, or an image or an SVG inside it that paints something.
/** @param {Element} el */
function inked(el) {
  const s = getComputedStyle(el);
  if (alpha(s.backgroundColor) > MIN_ALPHA || imagePaints(s.backgroundImage)) return true;
  if (Number.parseFloat(s.borderTopWidth) > 0 && alpha(s.borderTopColor) > MIN_ALPHA) return true;
  if (el.textContent.trim() && alpha(s.color) > MIN_ALPHA && Number.parseFloat(s.fontSize) >= 6) {
    // The text's own element may colour it differently: the first text's parent decides.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (!/** @type {string} */ (t.nodeValue).trim()) continue;
      const ts = getComputedStyle(/** @type {Element} */ (t.parentElement));
      return alpha(ts.color) > MIN_ALPHA && Number.parseFloat(ts.fontSize) >= 6;
    }
  }
  const images = [...(el.localName === 'img' ? [el] : el.getElementsByTagName('img'))];
  if (images.some((img) => imgPaints(/** @type {HTMLImageElement} */ (img)))) return true;
  const svgs = [...(el.localName === 'svg' ? [el] : el.getElementsByTagName('svg'))];
  return svgs.some(svgPaints);
}

// What makes an element and all it holds paint something else than its box, or nothing, at
// any point: a clip path (or the older `clip` of a positioned box), a mask, a blend mode
// (blended into its backdrop, it may paint nothing one can see). Along the control and its
// ancestors, any of them makes it not shown.
/** @param {CSSStyleDeclaration} s */
const reshaped = (s) => (s.clipPath && s.clipPath !== 'none')
  || ((s.position === 'absolute' || s.position === 'fixed') && s.clip && s.clip !== 'auto')
  || ['mask-image', '-webkit-mask-image', 'mask-border-source', '-webkit-mask-box-image-source'].some((p) => {
    const v = s.getPropertyValue(p);
    return v !== '' && v !== 'none';
  })
  || (s.mixBlendMode && s.mixBlendMode !== 'normal');

// An ancestor that makes a containing block for fixed-position descendants too (and so clips
// them when its overflow is not visible).
/** @param {CSSStyleDeclaration} s */
const holdsFixed = (s) => s.transform !== 'none' || s.filter !== 'none' || s.perspective !== 'none'
  || /paint|layout|strict|content/.test(s.contain) || /transform|filter|perspective/.test(s.willChange);

/**
 * The part of the box of the element that the overflow of its ancestors leaves visible (an ancestor
 * whose overflow is not visible clips what it contains: what is positioned against a block
 * outside it escapes it, as the browser draws it). The root and the body (whose overflow is
 * the viewport's) clip nothing here.
 * @param {Element} el
 * @returns {{left: number, top: number, right: number, bottom: number}}
 */
function visibleBox(el) {
  const r = el.getBoundingClientRect();
  const box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  let mode = getComputedStyle(el).position;
  for (let n = parentOf(el); n && n !== document.body && n !== document.documentElement; n = parentOf(n)) {
    const s = getComputedStyle(n);
    if (s.display === 'contents') continue;
    const contains = mode === 'fixed' ? holdsFixed(s) : mode === 'absolute' ? s.position !== 'static' || holdsFixed(s) : true;
    if (!contains) continue;
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
      const c = n.getBoundingClientRect();
      box.left = Math.max(box.left, c.left);
      box.top = Math.max(box.top, c.top);
      box.right = Math.min(box.right, c.right);
      box.bottom = Math.min(box.bottom, c.bottom);
    }
    mode = s.position;
  }
  return box;
}

/**
 * Whether the user can see this element: shown, opaque enough, of a real size (what its
 * ancestors' overflow leaves of it too), neither clipped, masked nor blended along its
 * ancestors, and (unless `ink` is false: a dialog's box may be drawn by what it holds) painted.
 * @param {unknown} el
 * @param {{ink?: boolean}} [options]
 */
export function shown(el, { ink = true } = {}) {
  if (!(el instanceof Element) || !el.isConnected) return false;
  if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  if (!sized(el.getBoundingClientRect())) return false;
  const v = visibleBox(el);
  if (v.right - v.left < MIN_SIZE || v.bottom - v.top < MIN_SIZE) return false;
  let opacity = 1;
  for (let /** @type {Element | null} */ n = el; n; n = parentOf(n)) {
    const s = getComputedStyle(n);
    if (reshaped(s)) return false;
    opacity *= Number.parseFloat(s.opacity);
    if (s.filter.includes('opacity(')) opacity *= Number.parseFloat(/opacity\(([\d.]+)(%?)/.exec(s.filter)?.[1] ?? '1') / (s.filter.includes('%)') ? 100 : 1);
    if (opacity < MIN_OPACITY) return false;
  }
  return !ink || inked(el);
}

/** Whether `el` is shown with at least MIN_SIZE of its visible box inside the viewport. @param {Element} el */
function onScreen(el) {
  const v = visibleBox(el);
  const w = Math.min(v.right, innerWidth) - Math.max(v.left, 0);
  const h = Math.min(v.bottom, innerHeight) - Math.max(v.top, 0);
  return w >= MIN_SIZE && h >= MIN_SIZE && shown(el);
}

// The element under the point, through shadow roots (the invite dialog's outlet).
/** @param {number} x @param {number} y */
function hitAt(x, y) {
  let hit = document.elementFromPoint(x, y);
  for (let root = hit && rootOf(hit); hit && root; root = rootOf(hit)) {
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether `node` is `control` or inside it (through shadow roots). @param {Element} node @param {Element} control */
const inside = (node, control) => {
  for (let /** @type {Element | null} */ n = node; n; n = parentOf(n)) if (n === control) return true;
  return false;
};
/** Whether `el` is in the tree of `root` or of a shadow root inside it. @param {Element} el @param {ShadowRoot} root */
const within = (el, root) => {
  for (let r = el.getRootNode(); r instanceof ShadowRoot; r = r.host.getRootNode()) if (r === root) return true;
  return false;
};

// Whether something the user sees covers the control at the point, even an element the page
// made transparent to the pointer (`pointer-events: none`: the click goes through it to the
// control below, and the browser's hit test, elementFromPoint included, skips it), in the
// document or in a shadow root, open or closed. For one synchronous look (no page script runs
// meanwhile), every element is made hittable: a sheet of Warden's own is adopted by the
// document and by every shadow root (adopted, so no mutation the page could observe); the few
// elements at the point that stay not hittable after it (a rule the sheet cannot outweigh: an
// `!important` in a cascade layer, or in the element's own style) get an inline
// `pointer-events: auto !important` (which outweighs every rule of the page), and the few
// `inert` subtrees (never hit, whatever the styles) lose that attribute, each put back as it
// was right after the look. Each element stacked above the control at that point that is
// painted (shown), or a shadow host holding something painted there, covers it. Ancestors and
// descendants of the control are the control itself.
/** @type {CSSStyleSheet | null} */
let hittable = null;

/**
 * The shadow roots under `root` (open or closed, when they can be seen), the elements whose
 * box holds the point, and the inert ones.
 * @param {Document | ShadowRoot} root @param {number} x @param {number} y
 * @param {{roots: ShadowRoot[], boxed: Element[], inert: Element[]}} found
 */
function survey(root, x, y, found) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let n = /** @type {Element | null} */ (walker.nextNode()); n; n = /** @type {Element | null} */ (walker.nextNode())) {
    const r = n.getBoundingClientRect();
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) found.boxed.push(n);
    if (n.hasAttribute('inert')) found.inert.push(n);
    const inner = rootOf(n);
    if (inner) {
      found.roots.push(inner);
      survey(inner, x, y, found);
    }
  }
  return found;
}

/**
 * Whether a shadow root holds something painted at the point (nested roots included).
 * @param {ShadowRoot} root @param {number} x @param {number} y
 * @returns {boolean}
 */
function paintedIn(root, x, y) {
  for (const el of root.elementsFromPoint(x, y)) {
    if (!within(el, root)) continue;
    if (shown(el)) return true;
    const inner = rootOf(el);
    if (inner && paintedIn(inner, x, y)) return true;
  }
  return false;
}

/**
 * Whether something painted is stacked above the control at the point in `root` (the
 * document, or a shadow root holding the control: reached through its host).
 * @param {Document | ShadowRoot} root @param {number} x @param {number} y @param {Element} control
 * @returns {boolean}
 */
function coverIn(root, x, y, control) {
  const closedSeen = closedRootsSeen();
  for (const el of root.elementsFromPoint(x, y)) {
    if (inside(el, control)) return false; // reached the control: nothing above it is painted
    const inner = rootOf(el);
    if (inside(control, el)) {
      // A host whose shadow root holds the control: the rest of this stack is below it.
      if (inner && inner !== root && within(control, inner)) return coverIn(inner, x, y, control);
      continue;
    }
    if (shown(el)) return true;
    if (inner ? paintedIn(inner, x, y) : !closedSeen && mayHost(el)) return true;
  }
  return false;
}

/**
 * @param {number} x @param {number} y @param {Element} control
 * @returns {boolean}
 */
function coveredAt(x, y, control) {
  /** @type {{roots: ShadowRoot[], boxed: Element[], inert: Element[]}} */
  const { roots, boxed, inert } = survey(document, x, y, { roots: [], boxed: [], inert: [] });
  /** @type {Array<{root: Document | ShadowRoot, before: CSSStyleSheet[]}>} */
  const adopted = [];
  /** @type {Array<{el: ElementCSSInlineStyle & Element, attr: string | null, value: string, priority: string}>} */
  const forced = [];
  /** @type {Array<{el: Element, value: string}>} */
  const uninert = [];
  try {
    for (const el of inert) {
      uninert.push({ el, value: /** @type {string} */ (el.getAttribute('inert')) });
      el.removeAttribute('inert');
    }
    try {
      hittable ??= new CSSStyleSheet();
      if (!hittable.cssRules.length) hittable.replaceSync('* { pointer-events: auto !important; }');
      for (const root of [document, ...roots]) {
        const before = root.adoptedStyleSheets;
        root.adoptedStyleSheets = [...before, hittable];
        adopted.push({ root, before });
      }
    } catch {
      // No constructable sheets here: the inline style below is all there is.
    }
    for (const n of boxed) {
      if (!('style' in n) || getComputedStyle(n).pointerEvents !== 'none') continue;
      const el = /** @type {ElementCSSInlineStyle & Element} */ (n);
      forced.push({ el, attr: el.getAttribute('style'), value: el.style.getPropertyValue('pointer-events'), priority: el.style.getPropertyPriority('pointer-events') });
      el.style.setProperty('pointer-events', 'auto', 'important');
    }
    return coverIn(document, x, y, control);
  } finally {
    for (const { el, attr, value, priority } of forced.reverse()) {
      if (value) el.style.setProperty('pointer-events', value, priority);
      else el.style.removeProperty('pointer-events');
      if (attr === null && el.getAttribute('style') === '') el.removeAttribute('style');
    }
    for (const { root, before } of adopted) root.adoptedStyleSheets = before;
    for (const { el, value } of uninert) el.setAttribute('inert', value);
  }
}

// ---- The user's own focus ----------------------------------------------------------------
// The page's script can focus any element (`focus()` fires trusted focus events), so the
// focused element is the user's only when the focus moved there from the user's own input:
// during a trusted key press that moves the focus (Tab, Shift+Tab, arrows, Home, End, and
// Enter, Space or Escape, which open and close dialogs and menus) or a trusted press of the
// pointer, before Warden's next task; or into a dialog, within DIALOG_MS of the user's own
// activation (the dialog it opened focusing its control, however late it comes: nothing in a
// dialog arms anything by itself, a confirm counts only after the user's own click on a card's
// control); or back to an element the user focused before, within RESTORE_MS of the user's
// activation (a closed dialog gives the focus back to its opener). Any other move (a page's
// timer calling `focus()`) leaves no focus of the user's.
const MOVES = new Set(['Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ', 'Escape']);
const DIALOG_MS = 5000;
const RESTORE_MS = 1500;
/** Set while a trusted input of the user is being handled, until Warden's next task. */
let inInput = false;
/** When the user's last activation (a click, or Enter/Space/Escape) came. */
let activatedAt = -Infinity;
/** Every element the user focused on this page. @type {WeakSet<Element>} */
const userFocused = new WeakSet();
/** The focused element, when the user moved the focus there. @type {Element | null} */
let userFocus = null;
/** The element focused last, whoever focused it. @type {Element | null} */
let lastFocus = null;

// The focused element, through shadow roots.
function focused() {
  let a = document.activeElement;
  for (let inner = a && rootOf(a)?.activeElement; a && inner; inner = rootOf(a)?.activeElement) a = inner;
  return a;
}

/** @param {Event} event */
function onInput(event) {
  if (!event.isTrusted) return;
  const key = event instanceof KeyboardEvent ? event.key : null;
  if (key !== null && !MOVES.has(key)) return;
  if (event.type === 'click' || key === 'Enter' || key === ' ' || key === 'Escape') activatedAt = performance.now();
  inInput = true;
  setTimeout(() => { inInput = false; }, 0);
}

function onFocus() {
  const f = focused();
  // The same element focused again (the window given back the focus): nothing moved.
  if (!f || f === lastFocus) return;
  lastFocus = f;
  const since = performance.now() - activatedAt;
  const dialog = since < DIALOG_MS && f.closest(V.dialog) !== null;
  if (inInput || dialog || (since < RESTORE_MS && userFocused.has(f))) {
    userFocus = f;
    userFocused.add(f);
  } else {
    userFocus = null;
  }
}

for (const type of ['keydown', 'keyup', 'pointerdown', 'mousedown', 'click']) addEventListener(type, onInput, { capture: true });
addEventListener('focusin', onFocus, { capture: true });

/**
 * Whether this click is the user's own on `control` as they see it: trusted; by pointer,
 * with the element under the pointer being the control or inside it and nothing painted
 * above it there; by keyboard (Enter or Space: no pointer, `detail` 0), on the focused
 * control, focused by the user, on screen; and the control painted.
 * @param {MouseEvent} event the click
 * @param {unknown} control
 */
export function realClick(event, control) {
  if (!event?.isTrusted || !(control instanceof Element)) return false;
  if (event.detail === 0) {
    const f = focused();
    if (!f || !(f === control || inside(f, control))) return false;
    if (f !== userFocus) return false; // the page's script put the focus there
    return onScreen(control);
  }
  const hit = hitAt(event.clientX, event.clientY);
  if (!hit || !inside(hit, control)) return false;
  if (coveredAt(event.clientX, event.clientY, control)) return false;
  return shown(control);
}
