// The shapes LinkedIn served in 2026 beyond the October capture (FIELD-NOTES §6), each in four
// renderings of its aria-labels (English, German, opaque tokens, empty: ?labels=, see
// support/labels.mjs), with the unmodified dist/ in a real Chromium and the user's own clicks.
// One test per scenario and rendering: a decision that changes between renderings was made by
// reading a word (§6, "A lesson from a peer"). Where a rendering leaves nothing to read a control
// by (no label and no visible word), the test says so by its name and asks that Warden show
// nothing wrong. Every assertion is the contract's (CONTRACT.md).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { cardFor } from './support/browser.mjs';
import { expectedCards, linkedinUrl, personName, SENT_PATH } from './support/fixtures.mjs';
import { TEXT26, ORGANIZATION_PATH, CONNECTION_PATH, aug2026Variant, pagesCards } from './support/fixtures-2026.mjs';
import { RENDERINGS } from './support/labels.mjs';
import { assertCards } from './support/contract.mjs';
import { backupOf, importBackup, localDay, storedAfter, storedWhen } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
// The extension gives the page 10 s to show a withdrawal's outcome and a removed card 1.5 s to
// come back; a send waits for Pending. A wrong record would have landed by then.
const SETTLED_MS = 2500;
const T = TEXT26.en;
const exactly = (word) => new RegExp(`^\\s*${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

// People whose cooldown runs (withdrawn 2 days ago): their profiles show the banner.
const COOLING = { button: 201, pendingmenu: 202, follow: 203, incoming: 204, navmore: 205, redirect: 206, redirectSpa: 207 };
const SEEDED = Object.values(COOLING).map((i) => ({ slug: `person-${i}`, name: personName(i), days: 2 }));

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

async function waitForSummary(page, cards) {
  await page.waitForFunction((n) => document.querySelector('[data-warden="summary"]')?.dataset.cards === String(n), cards, WAIT);
}

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

/** The popup, open beside the LinkedIn tab (it re-renders when the data changes). */
async function openPopup(browser) {
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl());
  await popup.locator('#main[aria-busy="false"]').waitFor(WAIT);
  return popup;
}
const quotaUsed = (popup) => popup.locator('[data-warden="quota"]').getAttribute('data-used').then(Number);
const pendingCount = (popup) => popup.locator('[data-warden="pending"]').getAttribute('data-count').then(Number);
/** Waits (bounded) for the quota to read `value`, then asserts it does. */
async function waitUsed(popup, value, message) {
  await popup.waitForFunction((v) => document.querySelector('[data-warden="quota"]')?.getAttribute('data-used') === String(v), value, WAIT)
    .catch(() => {});
  assert.equal(await quotaUsed(popup), value, message);
}

/** Where each connect warning stands. */
function warnings(page) {
  return page.evaluate(() => [...document.querySelectorAll('[data-warden="connect-warning"]')].map((w) => ({
    before: w.previousElementSibling?.textContent.trim() ?? null,
    role: w.previousElementSibling?.getAttribute('role') ?? null,
    inTopCard: Boolean(w.closest('[componentkey$="Topcard"]')),
    visible: w.checkVisibility(),
  })));
}

const profileUrl = (i, params) => linkedinUrl(`/in/person-${i}/`, { profile: '2026', ...params });
const topCard = (page) => page.locator('main [componentkey$="Topcard"]');
const outlet = (page) => page.locator('#interop-outlet');

describe('FIELD-NOTES §6 shapes, in four renderings of their labels', () => {
  const session = browserSession({ seed: async (browser) => {
    const answer = await importBackup(browser, backupOf(SEEDED));
    assert.equal(answer?.added, SEEDED.length, JSON.stringify(answer));
  } });
  const each = (title, run) => RENDERINGS.forEach((labels, r) => it(`${title} [labels=${labels}]`, () => run(labels, r)));
  const withPage = async (run) => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    try {
      return await run(page);
    } finally {
      await page.close();
    }
  };

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
  RENDERINGS.forEach((labels, r) => {
    const slug = `person-${9 + r}`;
    const readable = labels === 'en' || labels === 'de';
    const title = readable
      ? `an icon-only withdraw control is read by its ${labels === 'en' ? 'English' : 'German'} label: badges, and the withdrawal recorded [labels=${labels}]`
      : `${labels} labels, no visible word: Warden shows nothing rather than something wrong (no badge on a wrong card, no recorded withdrawal) [labels=${labels}]`;
    it(title, () => withPage(async (page) => {
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'aug2026', icon: 1, n: 12, size: 12, labels }));
      if (readable) {
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
      if (readable) {
        const state = await storedWhen(session.browser, (s) => s.withdrawals?.[slug], `the withdrawal of ${slug}`);
        assert.equal(state.withdrawals[slug].name, personName(9 + r));
      } else {
        const state = await storedAfter(session.browser, SETTLED_MS);
        assert.equal(state.withdrawals?.[slug], undefined, 'nothing recorded from an unreadable control');
      }
    }));
  });

  // -------------------------------------------------------------------------------------
  // The Pages tab (§6): not the list of connection invitations

  each('the Pages tab: a real withdrawal there records no cooldown, no backup entry, no banner, and changes neither the quota nor the pending count', (labels, r) => withPage(async (page) => {
    const pfirst = 65 + 16 * r; // ages 0, 1, 3, 6, 7, 10 days: four would count in the quota
    const list = pagesCards({ pfirst, lang: 'en' });
    const twice = list[1].c; // invited to two Pages: on the list twice
    assert.equal(list.filter((x) => x.c.slug === twice.slug).length, 2, 'the fixture lists the person twice');
    const popup = await openPopup(session.browser);
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
  }));

  // -------------------------------------------------------------------------------------
  // The empty list (§6): no total, "Pages" with no count, an idle empty lazy column

  each('an empty list: exactly one summary, 0 cards and 0 pending, and no notice even after 11 s', (labels) => withPage(async (page) => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'empty2026', labels }));
    assert.ok(await page.locator('main a[href*="custom-invite"]').count() >= 3, 'other people\'s Connect controls below the list');
    await page.waitForTimeout(11000);
    const s = await summaries(page);
    assert.equal(s.length, 1, 'one summary');
    assert.equal(s[0].cards, '0');
    assert.equal(s[0].pending, '0');
    assert.equal(await notices(page), 0, 'an empty list is not drift');
    assert.equal(await page.locator('[data-warden="badge"]').count(), 0);
  }));

  each('a list still loading (aria-busy, no card yet) shows neither summary nor notice in its first seconds', (labels) => withPage(async (page) => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'empty2026', loading: 1, labels }));
    await page.locator('[data-testid="lazy-column"][aria-busy="true"]').waitFor();
    await page.waitForTimeout(3000);
    assert.equal((await summaries(page)).length, 0, 'no summary while loading');
    assert.equal(await notices(page), 0, 'no notice while loading');
  }));

  // -------------------------------------------------------------------------------------
  // Profiles: banner and connect warning (people seeded with a running cooldown)

  const bannerOnce = async (page) => {
    await page.waitForFunction(() => document.querySelectorAll('[data-warden="cooldown-banner"]').length === 1, null, WAIT);
    const banner = page.locator('[data-warden="cooldown-banner"]');
    assert.equal(await banner.getAttribute('data-until'), localDay(19));
    assert.equal(await banner.getAttribute('data-state'), 'active');
  };

  each('Connect as a <button> (no href, no componentkey): one banner, the warning beside the top card\'s button only', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.button, { connect: 'button', labels }));
    await bannerOnce(page);
    await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
    await page.waitForTimeout(500);
    assert.deepEqual(await warnings(page), [{ before: T.connect, role: null, inTopCard: true, visible: true }]);
  }));

  each('Pending inside the More menu: the banner, and no warning even with the menu open', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.pendingmenu, { state: 'pendingmenu', labels }));
    await bannerOnce(page);
    await topCard(page).locator('[aria-expanded]').click();
    await topCard(page).locator('[role="menuitem"]', { hasText: T.pending }).waitFor();
    await page.waitForTimeout(800);
    assert.deepEqual(await warnings(page), []);
  }));

  each('a Follow-first profile: the warning beside the More menu\'s Connect only while the user has that menu open', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.follow, { state: 'follow', labels }));
    await bannerOnce(page);
    await page.waitForTimeout(500);
    assert.deepEqual(await warnings(page), [], 'not beside Follow');
    await topCard(page).locator('[aria-expanded]').click();
    await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
    assert.deepEqual(await warnings(page), [{ before: T.connect, role: 'menuitem', inTopCard: true, visible: true }]);
  }));

  each('an incoming request (Accept / Ignore, no Connect): the banner, no warning', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.incoming, { state: 'incoming', labels }));
    await bannerOnce(page);
    await page.waitForTimeout(800);
    assert.deepEqual(await warnings(page), []);
  }));

  each('a second "More" in the nav bar: one banner, one warning beside the top card\'s Connect', (labels) => withPage(async (page) => {
    await page.goto(profileUrl(COOLING.navmore, { navmore: 1, labels }));
    await bannerOnce(page);
    await page.waitForFunction(() => document.querySelector('[data-warden="connect-warning"]'), null, WAIT);
    await page.waitForTimeout(500);
    assert.deepEqual(await warnings(page), [{ before: T.connect, role: null, inTopCard: true, visible: true }]);
  }));

  for (const [how, i] of [['by the server', COOLING.redirect], ['by the page\'s script', COOLING.redirectSpa]]) {
    each(`/in/SLUG/ redirected to /mynetwork/ ${how} (other people's Connect controls, no top card): no banner, no warning`, (labels) => withPage(async (page) => {
      await page.goto(profileUrl(i, { redirect: i === COOLING.redirect ? '1' : 'spa', labels }));
      await page.waitForFunction(() => location.pathname === '/mynetwork/', null, WAIT);
      assert.ok(await page.locator('main a[href*="custom-invite"]').count() >= 3);
      await page.waitForTimeout(SETTLED_MS);
      assert.equal(await page.locator('[data-warden="cooldown-banner"]').count(), 0);
      assert.deepEqual(await warnings(page), []);
    }));
  }

  // -------------------------------------------------------------------------------------
  // Sends (§6): each counts once in the popup's quota, when that person's control shows
  // Pending; the email gate, a dismissed dialog, Follow and Accept count nothing.

  const sendCase = (title, act) => each(title, (labels, r) => withPage(async (page) => {
    const base = 300 + 20 * r;
    const popup = await openPopup(session.browser);
    try {
      const used = await quotaUsed(popup);
      const added = await act(page, { labels, base });
      await waitUsed(popup, used + added, `the popup's quota: ${used} before, ${added} send(s) made`);
      await storedAfter(session.browser, SETTLED_MS);
      assert.equal(await quotaUsed(popup), used + added, `${added} send(s) counted, once`);
    } finally {
      await popup.close();
    }
  }));

  const sendWithout = async (page) => {
    await outlet(page).locator('button', { hasText: T.sendWithout }).click();
  };

  sendCase('Connect as a <button> that turns to Pending in place: one send', async (page, { labels, base }) => {
    await page.goto(profileUrl(base + 1, { connect: 'button', labels }));
    await topCard(page).locator('button:visible', { hasText: exactly(T.connect) }).click();
    await sendWithout(page);
    await topCard(page).locator('button:visible', { hasText: exactly(T.pending) }).waitFor(WAIT);
    return 1;
  });

  sendCase('a Follow-first profile: Follow counts nothing; Connect in More, then Pending in More, counts one send', async (page, { labels, base }) => {
    await page.goto(profileUrl(base + 2, { state: 'follow', labels }));
    await topCard(page).locator('button', { hasText: exactly('Follow') }).click();
    await topCard(page).locator('button', { hasText: exactly('Following') }).waitFor();
    await topCard(page).locator('[aria-expanded]').click();
    await topCard(page).locator('[role="menuitem"]', { hasText: exactly(T.connect) }).click();
    await sendWithout(page);
    await topCard(page).locator('[role="menuitem"]', { hasText: exactly(T.pending) }).waitFor({ state: 'attached', ...WAIT });
    return 1;
  });

  sendCase('the email gate before sending, dismissed, and an invite dialog dismissed, count no send', async (page, { labels, base }) => {
    await page.goto(profileUrl(base + 3, { gate: 1, labels }));
    await topCard(page).locator('a:visible', { hasText: exactly(T.connect) }).click();
    await sendWithout(page);
    await outlet(page).locator('input[type="email"]').waitFor(WAIT);
    await outlet(page).getByText('To verify this member knows you, please enter their email').waitFor();
    await outlet(page).locator('button', { hasText: '×' }).click();
    await page.goto(profileUrl(base + 4, { labels }));
    await topCard(page).locator('a:visible', { hasText: exactly(T.connect) }).click();
    await outlet(page).locator('button', { hasText: T.sendWithout }).waitFor();
    await outlet(page).locator('button', { hasText: '×' }).click();
    await page.waitForTimeout(1000);
    assert.equal(await topCard(page).getByText(T.pending).count(), 0);
    return 0;
  });

  sendCase('an incoming request accepted counts no send', async (page, { labels, base }) => {
    await page.goto(profileUrl(base + 5, { state: 'incoming', labels }));
    await topCard(page).locator('button', { hasText: exactly('Accept') }).click();
    await topCard(page).locator('button', { hasText: exactly('Accept') }).waitFor({ state: 'detached' });
    await topCard(page).locator('p:visible', { hasText: `· ${T.first}` }).waitFor();
    return 0;
  });

  sendCase('search results without data-view-name: Connect <a> to /preload/search-custom-invite/, the dialog on that URL, one send', async (page, { labels, base }) => {
    await page.goto(linkedinUrl('/search/results/people/', { search: 'sdui', sfirst: base + 6, labels }));
    const item = page.locator('main [role="listitem"]').nth(1);
    await item.locator('a', { hasText: exactly(T.connect) }).click();
    await page.waitForFunction(() => location.pathname === '/preload/search-custom-invite/', null, WAIT);
    await sendWithout(page);
    await item.getByText(T.pending).waitFor(WAIT);
    assert.equal(await page.evaluate(() => location.pathname), '/search/results/people/');
    return 1;
  });

  sendCase('classic search results (data-chameleon-result-urn, the name in span[aria-hidden]): Connect <button>, one send', async (page, { labels, base }) => {
    await page.goto(linkedinUrl('/search/results/people/', { search: 'classic', sfirst: base + 10, labels }));
    const result = page.locator('main [data-chameleon-result-urn]').nth(2);
    await result.locator('button', { hasText: exactly(T.connect) }).click();
    await page.locator('.artdeco-modal button', { hasText: T.sendWithout }).click();
    await result.getByText(T.pending).waitFor(WAIT);
    return 1;
  });

  sendCase('the invite route loaded as a page (/preload/custom-invite/?vanityName=): Send, then Pending on the profile, counts one send', async (page, { labels, base }) => {
    const slug = `person-${base + 14}`;
    await page.goto(linkedinUrl('/preload/custom-invite/', { vanityName: slug, profile: '2026', labels }));
    await sendWithout(page);
    await page.waitForFunction((s) => location.pathname === `/in/${s}/`, slug, WAIT);
    await topCard(page).locator('[componentkey$="_pending"]:visible').waitFor(WAIT);
    return 1;
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
