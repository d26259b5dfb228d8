// A withdrawal is recorded only on evidence that names it (issue 22, item 5): the success toast
// naming the person the user withdrew, or the stated total down by one with their card gone.
// With the unmodified dist/ in a real Chromium and the user's own clicks; what LinkedIn does
// after the confirm is set per person through the fixture's window.__fixture.plan(). A slow
// failure while the card is out, a card that leaves with no word, another person's toast and
// Warden's own notice record nothing (or do not stop the right record); the success cases still
// record in the four renderings of the labels. Without the name comparison, the folding of
// case and accents, the exclusion of Warden's own nodes, or with the card's absence taken as
// evidence again, a named test below fails.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cardFor, exactly, waitForSummary, withdrawVia } from './support/browser.mjs';
import { linkedinUrl, personName, SENT_PATH } from './support/fixtures.mjs';
import { TEXT26 } from './support/fixtures-2026.mjs';
import { RENDERINGS } from './support/labels.mjs';
import { fillStorage, localDay, stored, storedAfter, storedWhen, SETTLED_MS } from './support/ledger.mjs';
import { browserSession, inRenderings, testsAtOnce } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const first = (i) => personName(i).split(' ')[0];

async function openSent(page, params = {}) {
  await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 12, size: 12, ...params }));
  await waitForSummary(page, 12);
}

/** What the page does after this person's confirm (fixture-app.js, planned()). */
const plan = (page, slug, what) => page.evaluate(([s, p]) => window.__fixture.plan(s, p), [slug, what]);

describe('a withdrawal is recorded only on evidence that names it', () => {
  const session = browserSession();

  // Each case: what the page does after the confirm, and how long to watch before asserting
  // that nothing was recorded (the card's absence used to count after 1.5 s).
  const nothing = [
    ['a slow failure: the card leaves for 3 s, the failure toast naming the person comes after 2.5 s', { slug: 'person-2', plan: { leave: 3000, fail: 2500 }, back: true }],
    ['a silent failure: the card leaves for 3 s, no toast at all', { slug: 'person-3', plan: { leave: 3000 }, back: true }],
    ['no toast, the card leaves and never returns, the total stated and unchanged', { slug: 'person-4', plan: { leave: null } }],
    ['no toast, the card leaves and never returns, no total on the page', { slug: 'person-5', plan: { leave: null }, params: { total: 0 } }],
  ];
  testsAtOnce(session, nothing.map(([name, c]) => [`records nothing on ${name}`, c]), async (page, c) => {
    await openSent(page, c.params);
    await plan(page, c.slug, c.plan);
    await withdrawVia(page, c.slug, 'confirm');
    await cardFor(page, c.slug).waitFor({ state: 'detached', ...WAIT });
    if (c.back) await cardFor(page, c.slug).waitFor({ state: 'attached', ...WAIT });
    else await page.waitForTimeout(3000);
    const state = await storedAfter(session.browser, SETTLED_MS);
    assert.equal(state.withdrawals?.[c.slug], undefined, `no withdrawal of ${c.slug}`);
  });

  it('another person\'s success toast is no evidence for a withdrawal still awaited, whose card stays or leaves; it records that other person', async () => {
    for (const [waited, named, leave] of [['person-6', 'person-7', false], ['person-8', 'person-9', true]]) {
      const page = await session.browser.context.newPage();
      try {
        await openSent(page, { total: 0 });
        // The first withdrawal: the page says nothing yet (its card stays, or leaves).
        await plan(page, waited, leave ? { leave: null } : {});
        await withdrawVia(page, waited, 'confirm');
        // The second: the card leaves and the toast names that person ("Invitation to X withdrawn.").
        await withdrawVia(page, named, 'confirm');
        await page.getByText(TEXT26.en.toastOk(first(Number(named.split('-')[1])))).first().waitFor(WAIT);
        await storedWhen(session.browser, (s) => s.withdrawals?.[named], `the withdrawal of ${named}`);
        const state = await storedAfter(session.browser, SETTLED_MS);
        assert.equal(state.withdrawals?.[waited], undefined, `no withdrawal of ${waited} from ${named}'s toast`);
      } finally {
        await page.close();
      }
    }
  });

  it('a toast naming the person with other case and accents records them; a failure toast naming someone else does not stop it', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page, { total: 0 });
      // person-5 is Élodie: the page writes ELODIE.
      assert.equal(first(5), 'Élodie');
      await plan(page, 'person-5', { leave: null, ok: 100, name: 'ELODIE' });
      await withdrawVia(page, 'person-5', 'confirm');
      await storedWhen(session.browser, (s) => s.withdrawals?.['person-5'], 'the withdrawal of person-5 (ELODIE)');
      // person-10 (Jonas): a failure naming Grace comes first, then the success naming Jonas.
      await plan(page, 'person-10', { leave: null, fail: 50, name: 'Grace' });
      await withdrawVia(page, 'person-10', 'confirm');
      await page.getByText(TEXT26.en.toastFail('Grace')).first().waitFor(WAIT);
      await page.evaluate((text) => {
        const toast = document.createElement('div');
        toast.setAttribute('role', 'alert');
        toast.textContent = text;
        document.querySelector('[data-fx-toasts]').append(toast);
      }, TEXT26.en.toastOk(first(10)));
      const state = await storedWhen(session.browser, (s) => s.withdrawals?.['person-10'], 'the withdrawal of person-10 after Grace\'s failure');
      assert.equal(state.withdrawals['person-10'].until, localDay(21));
    } finally {
      await page.close();
    }
  });

  // The success cases, in every rendering of the labels (as the §6 shapes are tested): the
  // toast naming the person with no total on the page, and the total down by one with no toast.
  const { each, withPage } = inRenderings(session, RENDERINGS);
  /** The user's withdrawal on the §6 cards: the card's control, then the dialog's confirm. */
  async function withdraw(page, slug) {
    await cardFor(page, slug).locator('a[href*="/invitation-manager/"]').click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('button').filter({ hasText: exactly(TEXT26.en.withdraw) }).click();
    await dialog.waitFor({ state: 'detached', ...WAIT });
  }
  for (const [what, params, base] of [['the toast naming the person, no total', { total: 0 }, 1], ['the total down by one with the card gone, no toast', { toast: 0 }, 5]]) {
    each(`records a withdrawal on ${what}`, (labels, r) => withPage(async (page) => {
      const slug = `person-${base + r}`;
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'aug2026', n: 12, size: 12, labels, ...params }));
      await waitForSummary(page, 12);
      await withdraw(page, slug);
      await cardFor(page, slug).waitFor({ state: 'detached', ...WAIT });
      const state = await storedWhen(session.browser, (s) => s.withdrawals?.[slug], `the withdrawal of ${slug}`);
      assert.equal(state.withdrawals[slug].name, personName(base + r));
      assert.equal(state.withdrawals[slug].until, localDay(21));
    }));
  }
});

// Warden's own nodes are never read as LinkedIn's toasts. In German, Warden's notice of an
// action the storage refused says "… versucht es erneut" ("tries again") in a role="alert":
// read as a failure toast, it stopped the withdrawal awaited beside it.
describe('Warden\'s own alert, in German, beside a withdrawal awaited', () => {
  const session = browserSession({ launch: { lang: 'de' }, check: 'end' });

  it('does not stop it: the success toast that follows records it (kept unsaved, as the storage is full)', async () => {
    const { browser } = session;
    const page = await browser.context.newPage();
    try {
      await openSent(page, { total: 0 });
      await fillStorage(browser);
      await plan(page, 'person-3', { leave: null, ok: 3000 });
      await withdrawVia(page, 'person-3', 'confirm');
      // Another withdrawal, recorded at once: the storage refuses it and Warden says so.
      await withdrawVia(page, 'person-2', 'confirm');
      const notice = page.locator('[data-warden="unsaved-notice"]');
      await notice.waitFor(WAIT);
      assert.equal(await notice.getAttribute('role'), 'alert');
      assert.match(await notice.textContent(), /erneut/, 'Warden\'s own words hold a failure toast\'s word');
      // Then the page names person-3 (Chloé): that withdrawal is kept too.
      await page.waitForFunction(() => /\b2\b/.test(document.querySelector('[data-warden="unsaved-notice"]')?.textContent ?? ''), null, WAIT);
      assert.equal((await stored(browser)).withdrawals?.['person-3'], undefined, 'the storage really refused it');
    } finally {
      await page.close();
    }
  });
});

// The older wording names no one ("Invitation withdrawn"): it is this withdrawal's only when
// no other was awaited from its confirm on, and its card is gone.
describe('the older toast that names no one', () => {
  const session = browserSession();

  it('records the only withdrawal awaited, with no total on the page; not one awaited beside another', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', total: 0 }));
      await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards > 0, null, WAIT);
      await withdrawVia(page, 'person-2', 'confirm');
      await cardFor(page, 'person-2').waitFor({ state: 'detached', ...WAIT });
      await storedWhen(session.browser, (s) => s.withdrawals?.['person-2'], 'the withdrawal of person-2');
      // Two at once: each card leaves and a toast naming no one shows; neither is whose.
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', total: 0, delay: 1500 }));
      await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards > 0, null, WAIT);
      await withdrawVia(page, 'person-3', 'confirm');
      await withdrawVia(page, 'person-4', 'confirm');
      await cardFor(page, 'person-4').waitFor({ state: 'detached', ...WAIT });
      const state = await storedAfter(session.browser, SETTLED_MS);
      assert.equal(state.withdrawals?.['person-3'], undefined);
      assert.equal(state.withdrawals?.['person-4'], undefined);
    } finally {
      await page.close();
    }
  });
});
