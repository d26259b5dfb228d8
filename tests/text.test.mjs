// Warden's own text helpers (extension/lib/text.js), run in the popup page of the unmodified
// dist/: a substitution ending in a period before the message's own full stop gives one
// period; periods inside a substitution (a name "A.. B") are kept as they are.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { browserSession } from './support/session.mjs';

describe('text helpers', () => {
  const session = browserSession();

  it('one full stop after an abbreviation, and a name\'s own periods kept', async () => {
    const popup = await session.browser.context.newPage();
    try {
      await popup.goto(session.browser.popupUrl());
      const said = await popup.evaluate(() => ({
        abbreviation: Warden.t('popup_exported', 'warden-backup.json.'),
        name: Warden.t('popup_unmark_label', 'A.. B.'),
        plain: Warden.t('popup_exported', 'x'),
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
