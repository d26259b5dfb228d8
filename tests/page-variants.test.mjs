// Every selector and phrase of extension/content/page-variants.js, counted on every fixture
// shape (as Refined GitHub tests its selectors against page captures): a fixture or a
// selector change that breaks one fails here by the selector's name and the shape's. The
// pages are served as https://www.linkedin.com and opened in Chromium without the extension,
// so the counts are LinkedIn's markup alone; dialogs and toasts are opened by clicks.
//
// A selector's count is its matches in the document and in the open shadow root of
// #interop-outlet. A phrase's count is the texts it matches: every aria-label, alt, href and
// componentkey, and the text of every element without element children.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './support/browser.mjs';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { SHAPES } from './support/variant-counts.mjs';
import { browserSession } from './support/session.mjs';

/** The variants object exactly as the content script gets it (the module itself). */
async function loadVariants() {
  const url = pathToFileURL(path.join(REPO_ROOT, 'extension', 'content', 'page-variants.js'));
  return (await import(url.href)).V;
}

/** Selectors as strings, phrases as {source, flags} (lists of phrases as lists). */
function serialisable(variants) {
  const re = (r) => ({ source: r.source, flags: r.flags });
  return Object.fromEntries(Object.entries(variants).map(([k, v]) => [k,
    typeof v === 'string' ? v : Array.isArray(v) ? v.map(re) : re(v)]));
}

function countIn(page, variants) {
  return page.evaluate((V) => {
    const roots = [document, document.querySelector('#interop-outlet')?.shadowRoot].filter(Boolean);
    const texts = [];
    for (const root of roots) {
      for (const e of root.querySelectorAll('*')) {
        if (e.closest('script, style, head')) continue;
        for (const a of ['aria-label', 'alt', 'href', 'componentkey']) {
          const v = e.getAttribute(a);
          if (v) texts.push(v);
        }
        if (!e.children.length) {
          const t = e.textContent.trim();
          if (t) texts.push(t);
        }
      }
    }
    const matches = (list) => texts.filter((t) => list.some((r) => new RegExp(r.source, r.flags).test(t))).length;
    const out = {};
    for (const [k, v] of Object.entries(V)) {
      if (typeof v === 'string') out[k] = roots.reduce((n, r) => n + r.querySelectorAll(v).length, 0);
      else if (k.endsWith('Path')) out[k] = Number(new RegExp(v.source, v.flags).test(location.pathname));
      else out[k] = matches(Array.isArray(v) ? v : [v]);
    }
    return out;
  }, variants);
}

const variants = await loadVariants();

describe('page-variants.js on every fixture shape', () => {
  const session = browserSession({ launch: { dist: null } });
  const V = serialisable(variants);

  it('the table covers every selector and phrase, and each matches on at least one shape', () => {
    const keys = Object.keys(variants).sort();
    for (const [name, shape] of Object.entries(SHAPES)) {
      assert.deepEqual(Object.keys(shape.counts).sort(), keys, `${name}: one count per selector and phrase`);
    }
    const unused = keys.filter((k) => Object.values(SHAPES).every((s) => s.counts[k] === 0));
    assert.deepEqual(unused, [], 'selectors and phrases no fixture shape exercises');
  });

  for (const [name, shape] of Object.entries(SHAPES)) {
    it(`${name} (${shape.notes})`, async () => {
      const page = await session.browser.context.newPage();
      try {
        await page.goto(linkedinUrl(shape.path ?? SENT_PATH, shape.params));
        await shape.prepare?.(page);
        assert.deepEqual(await countIn(page, V), shape.counts);
      } finally {
        await page.close();
      }
    });
  }
});
