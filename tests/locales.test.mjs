// Warden's own words in seven languages (as Dark Reader tests its locales): every locale has
// every English key with the same placeholders; no key is unused; every key the core answers
// with (crates/warden-core/src/keys.rs) and every error key the extension's pages use has a
// text; plural forms exist for every plural message; and no user-visible literal sits in the
// extension's code or pages outside _locales.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './support/browser.mjs';

const EXT = path.join(REPO_ROOT, 'extension');
const LOCALES = path.join(EXT, '_locales');
const EXPECTED = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pt_BR'];

const messages = (lang) => JSON.parse(fs.readFileSync(path.join(LOCALES, lang, 'messages.json'), 'utf8'));
const placeholders = (text) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

function sources() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, e.name);
      if (e.isDirectory() && !['_locales', 'pkg', 'icons'].includes(e.name)) walk(abs);
      else if (/\.(js|html)$/.test(e.name)) out.push(abs);
    }
  };
  walk(EXT);
  return out;
}
const code = sources().map((f) => ({ file: path.relative(REPO_ROOT, f), text: fs.readFileSync(f, 'utf8') }));
const manifest = fs.readFileSync(path.join(REPO_ROOT, 'manifest.json'), 'utf8');

/** The lists of keys.rs: `pub const NAME: [&str; N] = ["a", "b"];`. */
function coreKeys() {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'crates', 'warden-core', 'src', 'keys.rs'), 'utf8');
  const lists = {};
  for (const m of text.matchAll(/pub const (\w+): \[&str; \d+\] = \[([^\]]*)\]/g)) {
    lists[m[1]] = [...m[2].matchAll(/"(\w+)"/g)].map((x) => x[1]);
  }
  // The settings form's labels: `popup_field_<name>` for each setting settings.rs declares.
  const settings = fs.readFileSync(path.join(REPO_ROOT, 'crates', 'warden-core', 'src', 'settings.rs'), 'utf8');
  lists.SETTING_FIELDS = [...settings.matchAll(/\("(\w+)", \d+, \d+, Unit::\w+\)/g)].map((m) => m[1]);
  return lists;
}

// The message families the code builds a key of (`bucket_${...}`), with the keys each must hold.
function families() {
  const core = coreKeys();
  const pageErrors = [...new Set(code.flatMap(({ text }) => [...text.matchAll(/error: '(\w+)'/g)].map((m) => m[1])))];
  return {
    bucket_: core.BUCKETS,
    hint_: core.HINTS,
    popup_err_: core.SETTINGS_ERRORS,
    popup_import_: core.IMPORT_ERRORS,
    popup_import_badEntry_: core.ENTRY_LISTS,
    error_: [...new Set([...core.REQUEST_ERRORS, ...pageErrors])],
    popup_notice_: core.NOTICES,
    popup_field_: core.SETTING_FIELDS,
  };
}

const PLURAL = ['zero', 'one', 'two', 'few', 'many', 'other'];

function usedKeys(en) {
  const literal = new Set();
  const plural = new Set();
  const dynamic = new Set();
  for (const { text } of code) {
    // A key named in the code: t('key'), getMessage('key'), or any quoted key (cond ? 'a' : 'b').
    for (const m of text.matchAll(/'(\w+)'/g)) if (m[1] in en) literal.add(m[1]);
    for (const m of text.matchAll(/data-i18n(?:-label)?="(\w+)"/g)) literal.add(m[1]);
    for (const m of text.matchAll(/(?:\bplural|counted)\(\s*'(\w+)'/g)) plural.add(m[1]);
    for (const m of text.matchAll(/[`'](\w+_)\$\{/g)) dynamic.add(m[1]);
  }
  for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) literal.add(m[1]);
  return { literal, plural, dynamic };
}

describe('locales', () => {
  const en = messages('en');

  it('has the seven languages, English the default', () => {
    assert.deepEqual(fs.readdirSync(LOCALES).sort(), EXPECTED);
    assert.equal(JSON.parse(manifest).default_locale, 'en');
  });

  for (const lang of EXPECTED.filter((l) => l !== 'en')) {
    it(`${lang}: every English key, the same placeholders, no extra key, no empty text`, () => {
      const m = messages(lang);
      assert.deepEqual(Object.keys(m).sort(), Object.keys(en).sort());
      for (const [key, { message }] of Object.entries(en)) {
        assert.ok(m[key].message.trim(), `${lang}.${key} is empty`);
        assert.deepEqual(placeholders(m[key].message), placeholders(message), `${lang}.${key}: placeholders`);
      }
    });
  }

  it('every key the code builds (core answers, error keys, plurals) has a text, and no key is unused', () => {
    const { literal, plural, dynamic } = usedKeys(en);
    const fam = families();
    assert.deepEqual([...dynamic].filter((p) => !(p in fam) && ![...plural].some((b) => `${b}_` === p)).sort(), [],
      'a key built at run time from a prefix no family declares');
    const wanted = new Set(literal);
    for (const [prefix, keys] of Object.entries(fam)) for (const k of keys) wanted.add(`${prefix}${k}`);
    for (const base of plural) assert.ok(`${base}_other` in en, `${base}_other`);
    // popup_notice_unreadable has a variant for data not yet set aside.
    const missing = [...wanted].filter((k) => !(k in en) && k !== 'popup_notice_unreadable').sort();
    assert.deepEqual(missing, [], 'keys without a text');
    const unused = Object.keys(en).filter((k) => !wanted.has(k)
      && ![...plural].some((b) => PLURAL.some((c) => k === `${b}_${c}`))).sort();
    assert.deepEqual(unused, [], 'texts no code uses');
  });

  it('no user-visible literal in the extension\'s code or pages outside _locales', () => {
    const prose = /[\p{L}]{2,}[ ,.!?’'][ ]?[\p{L}]{2,}/u;
    const offences = [];
    // The layout report is written in English for the developers who read bug reports: data
    // the user pastes, not Warden's interface.
    for (const { file, text } of code.filter((c) => c.file.endsWith('.js') && !c.file.endsWith('layout-report.js'))) {
      text.split('\n').forEach((line, i) => {
        const bare = line.replace(/^\s*\/\/.*$/, '').replace(/\s\/\/ .*$/, '');
        if (/console\.(warn|info|log|error)\(/.test(bare)) return; // logs are for developers
        for (const m of bare.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`([^`$]*)`/g)) {
          const s = m[1] ?? m[2] ?? m[3];
          // Prose, not a selector, a key, an attribute value or a URL.
          // (A dotted storage key, `warden.popupView`, is no prose either.)
          const notProse = /[[\]=#>(){}/]|^[.#]|^\w+(-\w+)*$|^\w+(\.\w+)+$|^noopener noreferrer$/.test(s);
          if (prose.test(s) && !notProse) offences.push(`${file}:${i + 1}: ${s}`);
        }
      });
    }
    for (const { file, text } of code.filter((c) => c.file.endsWith('.html'))) {
      const body = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<head>[\s\S]*<\/head>/, '');
      for (const m of body.matchAll(/<(\w+)([^>]*)>([^<]*)/g)) {
        const [, tag, attrs, inner] = m;
        const words = inner.replace(/&\w+;/g, '');
        if (/\p{L}{2,}/u.test(words) && !/data-i18n=/.test(attrs)) offences.push(`${file}: <${tag}> "${inner.trim()}"`);
        for (const a of attrs.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]*)"/g)) {
          if (/\p{L}{2,}/u.test(a[2])) offences.push(`${file}: <${tag} ${a[1]}="${a[2]}">`);
        }
      }
    }
    assert.deepEqual(offences, []);
  });
});
