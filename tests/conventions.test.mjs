// Conventions read from the extension's sources (no browser): what the browser tests cannot
// see from outside. Content scripts run in an isolated world, and focus(), blur() and
// scrolling fire trusted events even when a script calls them, so "Warden never acts on the
// page" is also checked here, by reading the code that runs on LinkedIn pages.
//
//  - Code that runs on LinkedIn pages (the manifest's content scripts) never calls click,
//    focus, blur, submit, requestSubmit, scroll*, scrollIntoView, never dispatches or builds
//    an event.
//  - No extension code makes a network request or inserts markup (innerHTML & co.). The popup
//    is an extension page, not a LinkedIn page: it may focus or click its own elements (its
//    download link, a field to correct), so only these two rules apply to it.
//  - Every selector that reads LinkedIn's markup lives in content/page-variants.js: elsewhere,
//    a selector may only name Warden's own hooks ([data-warden], .warden-* classes), plain tag
//    names, and the generic [role="button"] and [aria-hidden="true"].

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/browser.mjs';

const EXT = path.join(REPO_ROOT, 'extension');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8'));
// wasm-bindgen's generated glue: checked on its own terms below.
const GENERATED = new Set(['pkg/warden.js']);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

const ALL = walk(EXT)
  .filter((f) => /\.m?js$/.test(f))
  .map((f) => path.relative(EXT, f).split(path.sep).join('/'))
  .sort();
const OWN = ALL.filter((f) => !GENERATED.has(f));
// The content script's sources: the modules the build bundles into the manifest's one
// content script (extension/content/index.js and what it imports).
const ON_LINKEDIN = OWN.filter((f) => f.startsWith('content/') || f.startsWith('lib/'));
const read = (f) => fs.readFileSync(path.join(EXT, f), 'utf8');

const ACTIONS = [
  ['.click(', /\.click\s*\(/],
  ['dispatchEvent(', /dispatchEvent\s*\(/],
  ['.focus(', /\.focus\s*\(/],
  ['.blur(', /\.blur\s*\(/],
  ['.submit(', /\.submit\s*\(/],
  ['requestSubmit(', /requestSubmit\s*\(/],
  ['scrollIntoView', /scrollIntoView/],
  ['.scroll(', /\.scroll\s*\(/],
  ['scrollTo(', /scrollTo\s*\(/],
  ['scrollBy(', /scrollBy\s*\(/],
  ['new ...Event(', /new\s+[A-Za-z]*Event\s*\(/],
  ['createEvent(', /createEvent\s*\(/],
];
const NETWORK = [
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['sendBeacon', /sendBeacon/],
  ['WebSocket', /WebSocket/],
  ['EventSource', /EventSource/],
  ['new Image', /new\s+Image\b/],
];
const MARKUP = [
  ['innerHTML', /innerHTML/],
  ['outerHTML', /outerHTML/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['createContextualFragment', /createContextualFragment/],
  ['DOMParser', /DOMParser/],
  ['eval(', /\beval\s*\(/],
  ['new Function', /new\s+Function\b/],
];

/** "file:line: text" for every line of `files` matching one of `rules`. */
function offences(files, rules) {
  const found = [];
  for (const f of files) {
    read(f).split('\n').forEach((line, i) => {
      for (const [name, re] of rules) {
        if (re.test(line)) found.push(`${f}:${i + 1}: ${name}: ${line.trim()}`);
      }
    });
  }
  return found;
}

describe('extension conventions', () => {
  it('finds the sources it checks', () => {
    for (const f of ['background.js', 'content/index.js', 'content/page-variants.js', 'pkg/warden.js']) {
      assert.ok(ALL.includes(f), `${f} is scanned`);
    }
    assert.ok(ON_LINKEDIN.length >= 5, 'the content script\'s modules');
    assert.deepEqual(MANIFEST.content_scripts.flatMap((c) => c.js), ['content.js'], 'one content script, bundled from the modules');
  });

  it('never clicks, focuses, submits, scrolls or dispatches on LinkedIn pages', () => {
    const files = [...new Set([...ON_LINKEDIN, 'background.js', ...OWN.filter((f) => f.startsWith('content/') || f.startsWith('lib/'))])];
    assert.deepEqual(offences(files, ACTIONS), []);
  });

  it('makes no network request and inserts no markup, in any extension context', () => {
    assert.deepEqual(offences(OWN, [...NETWORK, ...MARKUP]), []);
  });

  it('uses the generated wasm glue only to load its own module', () => {
    // wasm-bindgen's loader fetches `module_or_path` when given a URL: Warden only ever gives
    // it a URL of its own package.
    const glue = offences([...GENERATED], [...ACTIONS, ...MARKUP, ...NETWORK.filter(([n]) => n !== 'fetch(')]);
    assert.deepEqual(glue, []);
    const fetches = offences([...GENERATED], NETWORK.filter(([n]) => n === 'fetch('));
    assert.ok(fetches.every((l) => /fetch\(module_or_path\)/.test(l)), fetches.join('\n'));
    const loads = OWN.flatMap((f) => read(f).split('\n').filter((l) => /module_or_path\s*:/.test(l)).map((l) => `${f}: ${l.trim()}`));
    assert.ok(loads.length >= 2, 'the wasm is loaded somewhere');
    for (const l of loads) {
      assert.match(l, /module_or_path:\s*(api\.runtime\.getURL\('pkg\/|new URL\('\.{1,2}\/pkg\/warden_bg\.wasm', import\.meta\.url\))/, l);
    }
  });

  it('keeps every selector that reads LinkedIn in content/page-variants.js', () => {
    const call = /\b(?:querySelector|querySelectorAll|closest|matches)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
    const found = [];
    for (const f of ON_LINKEDIN.filter((x) => x !== 'content/page-variants.js')) {
      read(f).split('\n').forEach((line, i) => {
        for (const m of line.matchAll(call)) {
          const rest = m[2]
            .replace(/\[data-warden(="[^"]*")?\]/g, '')
            .replace(/\.warden-[\w-]+/g, '')
            .replace(/\[(role="button"|aria-hidden="true")\]/g, '');
          if (/[[.#:>~+]|\$\{/.test(rest)) found.push(`${f}:${i + 1}: ${m[2]}`);
        }
      });
    }
    assert.deepEqual(found, []);
  });
});
