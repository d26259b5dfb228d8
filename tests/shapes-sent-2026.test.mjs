// The Sent-page shapes LinkedIn served in 2026 beyond the October capture (FIELD-NOTES §6): the
// People total beside "Pages (N)", hr-separated and virtualised cards, withdrawals on them, an
// icon-only withdraw control, the Pages tab, the empty and loading lists. Each in four
// renderings of its aria-labels (English, German, opaque tokens, empty: ?labels=, see
// support/labels.mjs), with the unmodified dist/ in a real Chromium and the user's own clicks.
// One test per scenario and rendering: a decision that changes between renderings was made by
// reading a word (§6, "A lesson from a peer"). Where a rendering leaves nothing to read a control
// by (no label and no visible word), the test says so by its name and asks that Warden show
// nothing wrong. The tests that wait for something not to happen run their four renderings at
// once, a tab each. Every assertion is the contract's (CONTRACT.md). Profiles, sends and search
// results: shapes-profiles-2026.test.mjs.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { cardFor, exactly, openPopup, pendingCount, quotaUsed, waitForSummary } from './support/browser.mjs';
import { expectedCards, linkedinUrl, personName, SENT_PATH } from './support/fixtures.mjs';
import { TEXT26, ORGANIZATION_PATH, CONNECTION_PATH, aug2026Variant, pagesCards } from './support/fixtures-2026.mjs';
import { RENDERINGS } from './support/labels.mjs';
import { assertCards } from './support/contract.mjs';
import { localDay, SETTLED_MS, storedAfter, storedWhen } from './support/ledger.mjs';
import { browserSession, inRenderings, testsAtOnce } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const T = TEXT26.en;

/** Each card on the Sent view: its slug, its badges, the first badge's attributes. */
function readPage(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-testid="lazy-column"] [role="listitem"]')].map((card) => {
    const badges = [...card.querySelectorAll('[data-warden="badge"]')];
    return {
      slug: card.querySelector('a[href*="/in/"]')?.getAttribute('href').match(/\/in\/([^/?]+)/)?.[1],
      badges: badges.length,
      ...(badges[0] ? { ...badges[0].dataset } : {}),
    };
  }));
}

const summaries = (page) => page.evaluate(() => [...document.querySelectorAll('[data-warden="summary"]')].map((s) => ({ ...s.dataset })));
const notices = (page) => page.locator('[data-warden="notice"]').count();

/** The withdraw control of SLUG's card, as the user sees it: its word, else (an icon) the only other link. */
function withdrawControl(page, slug, { nth = 0 } = {}) {
  return cardFor(page, slug).nth(nth).locator('a[href*="/invitation-manager/"]');
}

/** The user's withdrawal: the card's control, then the dialog's confirm by its visible word. */
async function withdraw(page, slug, { nth = 0 } = {}) {
  await withdrawControl(page, slug, { nth }).click();
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor({ state: 'visible' });
  await dialog.locator('button').filter({ hasText: exactly(T.withdraw) }).click();
  await dialog.waitFor({ state: 'detached', ...WAIT });
}

const topCard = (page) => page.locator('main [componentkey$="Topcard"]');

describe('FIELD-NOTES §6 Sent-page shapes, in four renderings of their labels', () => {
  const session = browserSession();
  // Each case in the four renderings (one test each; at once in a tab each for the waits for nothing).
  const { each, atOnce, withPage } = inRenderings(session, RENDERINGS);

  // -------------------------------------------------------------------------------------
  // The People total (§6: a link beside "Pages (N)", role=button, role=radio; U+202F)

  for (const tabs of ['links', 'rolebutton', 'radio']) {
    each(`the People total as ${tabs} beside "Pages (3)": data-pending is the People total, never the Pages count`, (labels) => withPage(async (page) => {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'aug2026', tabs, n: 12, size: 12, stated: 37, pages: 3, labels }));
      await waitForSummary(page, 12);
      if (tabs === 'links') {
        assert.equal(await page.locator(`main a[href="${CONNECTION_PATH}"]`).textContent(), 'People (37)');
        assert.equal(await page.locator(`main a[href="${ORGANIZATION_PATH}"]`).textContent(), 'Pages (3)');
      }
      const s = await summaries(page);
      assert.equal(s.length, 1, 'one summary');
      assert.equal(s[0].pending, '37', 'the People total, not "Pages (3)" nor the cards');
    }));
  }

  each('a French total with U+202F digit grouping, "Personnes (2 903)", is read as 2903', (labels) => withPage(async (page) => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'aug2026', lang: 'fr', n: 12, size: 12, stated: 2903, labels }));
    await waitForSummary(page, 12);
    assert.equal(await page.locator(`main a[href="${CONNECTION_PATH}"]`).textContent(), 'Personnes (2\u202f903)');
    const s = await summaries(page);
    assert.equal(s.length, 1);
    assert.equal(s[0].pending, '2903');
  }));

  // -------------------------------------------------------------------------------------
  // Cards (§6 "Card variants"): hr separators, relative hrefs, possessive and empty alts,
  // name suffixes, the user's note after the control, "… see more"

  each('hr-separated cards with relative hrefs, possessive or empty alts, suffixes and notes: one right badge each, ages from the card\'s line, not the note', (labels) => withPage(async (page) => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'aug2026', n: 12, size: 12, labels }));
    await waitForSummary(page, 12);
    assert.equal(await page.locator('[data-testid="lazy-column"] > hr[role="presentation"]').count(), 12, 'the fixture is the shape');
    assertCards(await readPage(page), expectedCards({ layout: 'new', n: 12 }));
    // The user opens a long note: its card keeps one right badge.
    const long = cardFor(page, 'person-2');
    assert.equal(aug2026Variant(2).note, 'long');
    await long.locator('button[data-testid="expandable-text-button"]').click();
    await long.locator('button[data-testid="expandable-text-button"]').waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    assertCards(await readPage(page), expectedCards({ layout: 'new', n: 12 }));
    assert.equal((await summaries(page)).length, 1);
  }));

  each('a virtualised list (rows leave at the top as new ones come in): every person counted once, one badge on each row shown', (labels) => withPage(async (page) => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'aug2026', n: 30, size: 10, virtual: 12, labels }));
    await waitForSummary(page, 10);
    await page.mouse.move(640, 500);
    for (let k = 0; k < 60 && !(await cardFor(page, 'person-30').count()); k++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(150);
    }
    assert.equal(await cardFor(page, 'person-30').count(), 1, 'the user scrolled to the end');
    assert.equal(await cardFor(page, 'person-1').count(), 0, 'the first rows left the DOM');
    await waitForSummary(page, 30);
    const shown = await readPage(page);
    assert.ok(shown.length <= 12);
    const truth = expectedCards({ layout: 'new', n: 30 }).filter((c) => shown.some((s) => s.slug === c.slug));
    assertCards(shown, truth);
    assert.equal((await summaries(page)).length, 1);
  }));

  // -------------------------------------------------------------------------------------
  // Withdrawals on the §6 cards

  const WITHDRAWN = [3, 4, 6, 7]; // possessive alt + lines note; empty alt + premium; possessive + long note; empty alt + verified + lines
  each('a withdrawal on an hr-separated card (relative href, note after the control) is recorded for that person, with the card\'s own age', (labels, r) => withPage(async (page) => {
    const i = WITHDRAWN[r];
    const slug = `person-${i}`;
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'aug2026', n: 12, size: 12, labels }));
    await waitForSummary(page, 12);
    await withdraw(page, slug);
    await cardFor(page, slug).waitFor({ state: 'detached', ...WAIT });
    const state = await storedWhen(session.browser, (s) => s.withdrawals?.[slug], `the withdrawal of ${slug}`);
    const w = state.withdrawals[slug];
    assert.equal(w.name, personName(i), 'the displayed name (a visually hidden suffix is not displayed)');
    assert.equal(w.until, localDay(21));
    assert.equal(w.ageDays, expectedCards({ n: 12 }).find((c) => c.slug === slug).ageDays, 'the card\'s age line, not the note\'s "Sent 2 weeks ago"');
  }));

  // The withdraw control an icon with no visible word: only its label names it.
  const readable = (labels) => labels === 'en' || labels === 'de';
  const iconTitle = (labels) => (readable(labels)
    ? `an icon-only withdraw control is read by its ${labels === 'en' ? 'English' : 'German'} label: badges, and the withdrawal recorded [labels=${labels}]`
    : `${labels} labels, no visible word: Warden shows nothing rather than something wrong (no badge on a wrong card, no recorded withdrawal) [labels=${labels}]`);
  testsAtOnce(session, RENDERINGS.map((labels) => [iconTitle(labels), labels]), async (page, labels, r) => {
    const slug = `person-${9 + r}`;
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'aug2026', icon: 1, n: 12, size: 12, labels }));
    if (readable(labels)) {
      await waitForSummary(page, 12);
      assertCards(await readPage(page), expectedCards({ layout: 'new', n: 12 }));
    } else {
      await page.waitForTimeout(SETTLED_MS);
      const truth = new Map(expectedCards({ layout: 'new', n: 12 }).map((c) => [c.slug, c]));
      for (const card of await readPage(page)) {
        if (!card.badges) continue;
        assert.equal(card.badges, 1, `${card.slug}: one badge at most`);
        assert.equal(card.ageDays, String(truth.get(card.slug).ageDays), `${card.slug}: a badge, if any, is right`);
      }
      assert.equal(await page.locator('[data-warden="badge"]').count(),
        await page.locator('[data-testid="lazy-column"] [role="listitem"] [data-warden="badge"]').count(), 'no badge outside a card');
    }
    await withdraw(page, slug);
    await cardFor(page, slug).waitFor({ state: 'detached', ...WAIT });
    if (readable(labels)) {
      const state = await storedWhen(session.browser, (s) => s.withdrawals?.[slug], `the withdrawal of ${slug}`);
      assert.equal(state.withdrawals[slug].name, personName(9 + r));
    } else {
      const state = await storedAfter(session.browser, SETTLED_MS);
      assert.equal(state.withdrawals?.[slug], undefined, 'nothing recorded from an unreadable control');
    }
  });

  // -------------------------------------------------------------------------------------
  // The Pages tab (§6): not the list of connection invitations

  atOnce('the Pages tab: a real withdrawal there records no cooldown, no backup entry, no banner, and changes neither the quota nor the pending count', async (page, labels, r) => {
    const pfirst = 65 + 16 * r; // ages 0, 1, 3, 6, 7, 10 days: four would count in the quota
    const list = pagesCards({ pfirst, lang: 'en' });
    const twice = list[1].c; // invited to two Pages: on the list twice
    assert.equal(list.filter((x) => x.c.slug === twice.slug).length, 2, 'the fixture lists the person twice');
    const popup = await openPopup(session.browser, { timeout: WAIT.timeout });
    try {
      const used = await quotaUsed(popup);
      const pending = await pendingCount(popup);
      await page.goto(linkedinUrl(ORGANIZATION_PATH, { pfirst, stated: 37, labels }));
      assert.equal(await page.locator(`main a[href="${ORGANIZATION_PATH}"][aria-current="page"]`).count(), 1, 'the Pages link is current');
      await page.waitForTimeout(1500); // what the extension reads of the page, it has read
      await withdraw(page, twice.slug);
      await page.locator('[data-fx-toasts] [role="alert"]').first().waitFor(WAIT);
      assert.equal(await cardFor(page, twice.slug).count(), 1, 'the other Page\'s invitation stays');
      await storedAfter(session.browser, SETTLED_MS);
      assert.equal(await popup.locator(`[data-warden="cooldown"][data-slug="${twice.slug}"]`).count(), 0, 'no cooldown in the popup');
      assert.equal(await quotaUsed(popup), used, 'the quota unchanged');
      assert.equal(await pendingCount(popup), pending, 'the pending count unchanged');
      const [file] = await Promise.all([popup.waitForEvent('download'), popup.locator('[data-warden="export-json"]').click()]);
      const backup = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
      assert.deepEqual(backup.withdrawals.filter((w) => w.slug === twice.slug), [], 'the backup does not list them');
      await page.goto(linkedinUrl(`/in/${twice.slug}/`, { profile: '2026', labels }));
      await topCard(page).waitFor();
      await page.waitForTimeout(SETTLED_MS);
      assert.equal(await page.locator('[data-warden="cooldown-banner"]').count(), 0, 'no banner on their profile');
    } finally {
      await popup.close();
    }
  });

  // -------------------------------------------------------------------------------------
  // The empty list (§6): no total, "Pages" with no count, an idle empty lazy column

  atOnce('an empty list: exactly one summary, 0 cards and 0 pending, and no notice even after 11 s', async (page, labels) => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'empty2026', labels }));
    assert.ok(await page.locator('main a[href*="custom-invite"]').count() >= 3, 'other people\'s Connect controls below the list');
    await page.waitForTimeout(11000);
    const s = await summaries(page);
    assert.equal(s.length, 1, 'one summary');
    assert.equal(s[0].cards, '0');
    assert.equal(s[0].pending, '0');
    assert.equal(await notices(page), 0, 'an empty list is not drift');
    assert.equal(await page.locator('[data-warden="badge"]').count(), 0);
  });

  atOnce('a list still loading (aria-busy, no card yet) shows neither summary nor notice in its first seconds', async (page, labels) => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'empty2026', loading: 1, labels }));
    await page.locator('[data-testid="lazy-column"][aria-busy="true"]').waitFor();
    await page.waitForTimeout(3000);
    assert.equal((await summaries(page)).length, 0, 'no summary while loading');
    assert.equal(await notices(page), 0, 'no notice while loading');
  });

  it('the four renderings differ in their aria-labels only (the fixture layer\'s own check)', () => withPage(async (page) => {
    const read = async (labels) => {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'aug2026', n: 6, size: 6, labels }));
      return page.evaluate(() => {
        const copy = document.querySelector('main').cloneNode(true);
        copy.querySelectorAll('[data-warden]').forEach((n) => n.remove()); // Warden's own
        return {
          text: copy.textContent.replace(/\s+/g, ' '),
          labels: [...copy.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
        };
      });
    };
    const en = await read('en');
    assert.ok(en.labels.length >= 6);
    for (const labels of ['de', 'opaque', 'empty']) {
      const other = await read(labels);
      assert.equal(other.text, en.text, `${labels}: the same visible words`);
      assert.equal(other.labels.length, en.labels.length, `${labels}: the same labelled elements`);
      other.labels.forEach((l, k) => assert.notEqual(l, en.labels[k], `${labels}: "${en.labels[k]}" rendered`));
    }
  }));
});
