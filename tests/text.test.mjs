// Warden's own text helpers (extension/lib/text.js, bundled by the test as the build bundles
// it), run in the popup page of the unmodified dist/ with its extension API: a substitution
// ending in a period before the message's own full stop gives one period; periods inside a
// substitution (a name "A.. B") are kept as they are.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import esbuild from 'esbuild';
import { browserSession } from './support/session.mjs';
import { REPO_ROOT } from './support/browser.mjs';

/** lib/text.js and its imports as one script exposing its exports as `WardenText`. */
function textScript() {
  return esbuild.buildSync({
    entryPoints: [path.join(REPO_ROOT, 'extension', 'lib', 'text.js')],
    bundle: true, format: 'iife', globalName: 'WardenText', write: false, charset: 'utf8',
    // Global whatever the mode of the code that evaluates it.
    footer: { js: 'globalThis.WardenText = WardenText;' },
  }).outputFiles[0].text;
}

describe('text helpers', () => {
  const session = browserSession();

  it('one full stop after an abbreviation, and a name\'s own periods kept', async () => {
    const popup = await session.browser.context.newPage();
    try {
      await popup.goto(session.browser.popupUrl());
      // The module as the popup bundles it, with the popup's own extension API.
      await popup.evaluate(textScript());
      const said = await popup.evaluate(() => ({
        abbreviation: globalThis.WardenText.t('popup_exported', 'warden-backup.json.'),
        name: globalThis.WardenText.t('popup_unmark_label', 'A.. B.'),
        plain: globalThis.WardenText.t('popup_exported', 'x'),
      }));
      assert.deepEqual(said, {
        abbreviation: 'Saved as warden-backup.json.',
        name: 'Remove A.. B. from the keep list',
        plain: 'Saved as x.',
      });
    } finally {
      await popup.close();
    }
  });
});
