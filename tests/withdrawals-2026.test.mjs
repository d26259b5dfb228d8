// Withdrawals on the shapes LinkedIn serves in 2026 (FIELD-NOTES §1, §2), with the unmodified
// dist/ in a real Chromium and the user's own clicks: the native <dialog> with no role whose
// confirm carries the card control's own label (October), the "Withdrawn invitation sent to"
// confirm inside data-view-name="edge-creation-connect-action" (early 2026), in English, French
// and German (no label at all). Recorded only once the page showed an outcome that names it
// (the success toast naming the person, or the total down by one with the card gone); the card
// gone and staying gone with neither, the failure toast, a card that comes back, a re-render
// after a failure, Cancel, Dismiss, Escape and a backdrop click record nothing.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cardFor, withdrawVia, confirmDialog } from './support/browser.mjs';
import { expectedCards, linkedinUrl, personHeadline, personName, SENT_PATH } from './support/fixtures.mjs';
import { TEXT26 } from './support/fixtures-2026.mjs';
import { localDay, stored, storedWhen, storedAfter, SETTLED_MS } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };

async function openSent(page, params) {
  await page.goto(linkedinUrl(SENT_PATH, { n: 12, size: 12, ...params }));
  await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '12', null, WAIT);
}

describe('withdrawals on the 2026 shapes', () => {
  const session = browserSession();

  const cases = [
    { what: 'October 2026, English: the confirm carries the control\'s own label', slug: 'person-2', params: { layout: 'oct2026' } },
    { what: 'October 2026, English, a control without a label', slug: 'person-4', params: { layout: 'oct2026' } },
    { what: 'October 2026, French', slug: 'person-3', params: { layout: 'oct2026', lang: 'fr' }, lang: 'fr' },
    { what: 'October 2026, German (no label anywhere)', slug: 'person-5', params: { layout: 'oct2026', lang: 'de' }, lang: 'de' },
    { what: 'early 2026: "Withdrawn invitation sent to"', slug: 'person-6', params: { layout: 'early2026' } },
    { what: 'October 2026, no toast: the total down by one with the card gone', slug: 'person-7', params: { layout: 'oct2026', toast: 0 } },
    { what: 'October 2026, no toast: the total down by one, then LinkedIn moves to the Received tab', slug: 'person-8', params: { layout: 'oct2026', toast: 0, switch: 1 } },
    { what: 'October 2026, no total: the success toast, then LinkedIn moves to the Received tab', slug: 'person-10', params: { layout: 'oct2026', total: 0, switch: 1 } },
  ];
  for (const c of cases) {
    it(`records a withdrawal on ${c.what}`, async () => {
      const page = await session.browser.context.newPage();
      try {
        await openSent(page, c.params);
        await withdrawVia(page, c.slug, 'confirm', { lang: c.lang ?? 'en' });
        await cardFor(page, c.slug).waitFor({ state: 'detached', ...WAIT });
        const state = await storedWhen(session.browser, (s) => s.withdrawals?.[c.slug], `the withdrawal of ${c.slug}`);
        const i = Number(c.slug.split('-')[1]);
        const w = state.withdrawals[c.slug];
        assert.equal(w.name, personName(i), 'the name, from the label or the card\'s first line');
        assert.equal(w.until, localDay(21));
        assert.equal(w.ageDays, expectedCards({ n: 12 }).find((x) => x.slug === c.slug).ageDays);
        assert.equal(w.headline, personHeadline(i));
      } finally {
        await page.close();
      }
    });
  }

  const nothing = [
    { what: 'Cancel (no label)', how: 'cancel', slug: 'person-9', params: { layout: 'oct2026' } },
    { what: 'Dismiss', how: 'dismiss', slug: 'person-9', params: { layout: 'oct2026' } },
    { what: 'Escape', how: 'escape', slug: 'person-9', params: { layout: 'early2026' } },
    { what: 'a click on the backdrop', how: 'outside', slug: 'person-9', params: { layout: 'oct2026' } },
  ];
  for (const c of nothing) {
    it(`records nothing when the dialog is closed by ${c.what}`, async () => {
      const page = await session.browser.context.newPage();
      try {
        await openSent(page, c.params);
        await withdrawVia(page, c.slug, c.how);
        const state = await storedAfter(session.browser, SETTLED_MS);
        assert.equal(state.withdrawals?.[c.slug], undefined);
        assert.equal(await cardFor(page, c.slug).count(), 1);
      } finally {
        await page.close();
      }
    });
  }

  it('records nothing after the failure toast, shown in the dialog then on the page, nor when the list then re-renders', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page, { layout: 'oct2026', fail: 1 });
      await withdrawVia(page, 'person-10', 'confirm');
      await page.getByText(TEXT26.en.toastFail(personName(10).split(' ')[0])).first().waitFor(WAIT);
      // The list re-renders: every card leaves and comes back as a new node.
      await page.evaluate(() => window.__fixture.rerender());
      const state = await storedAfter(session.browser, SETTLED_MS);
      assert.equal(state.withdrawals?.['person-10'], undefined);
    } finally {
      await page.close();
    }
  });

  it('records nothing after the failure toast even while the card is gone (an optimistic removal undone 3 s later)', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page, { layout: 'oct2026', fail: 1, bounce: 1, total: 0 });
      await withdrawVia(page, 'person-10', 'confirm');
      await cardFor(page, 'person-10').waitFor({ state: 'detached', ...WAIT });
      await cardFor(page, 'person-10').waitFor({ state: 'attached', ...WAIT });
      assert.equal((await stored(session.browser)).withdrawals?.['person-10'], undefined);
    } finally {
      await page.close();
    }
  });

  it('records nothing when the card leaves and stays gone with no toast and no total: absence alone is no evidence', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page, { layout: 'oct2026', toast: 0, total: 0 });
      await withdrawVia(page, 'person-7', 'confirm');
      await cardFor(page, 'person-7').waitFor({ state: 'detached', ...WAIT });
      const state = await storedAfter(session.browser, SETTLED_MS);
      assert.equal(state.withdrawals?.['person-7'], undefined);
      assert.equal(await cardFor(page, 'person-7').count(), 0, 'the card stayed gone');
    } finally {
      await page.close();
    }
  });

  it('records nothing when the card leaves and comes back (no toast: the withdrawal did not happen)', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page, { layout: 'oct2026', bounce: 1, total: 0 });
      await withdrawVia(page, 'person-11', 'confirm');
      await cardFor(page, 'person-11').waitFor({ state: 'detached', ...WAIT });
      await cardFor(page, 'person-11').waitFor({ state: 'attached', ...WAIT });
      const state = await storedAfter(session.browser, SETTLED_MS);
      assert.equal(state.withdrawals?.['person-11'], undefined);
    } finally {
      await page.close();
    }
  });

  it('a closed ad-menu <dialog> elsewhere on the page is no confirmation dialog', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page, { layout: 'oct2026' });
      assert.equal(await page.locator('dialog:not([open])').count(), 2, 'the fixture keeps closed dialogs');
      await withdrawVia(page, 'person-12', 'cancel');
      assert.equal(await confirmDialog(page).count(), 0);
      assert.equal((await stored(session.browser)).withdrawals?.['person-12'], undefined);
    } finally {
      await page.close();
    }
  });
});
