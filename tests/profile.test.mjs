// The cooldown banner on profile pages, with the unmodified dist/ in a real Chromium. The
// ledger is seeded the way a user restores a backup (the background's import, asked from an
// extension page): withdrawals 2, 20, 21 and 30 days ago give running, last-day, just-ended and
// long-ended cooldowns. Checked: one banner with the contract's data-until and data-state, the
// wording and dates, the Connect warning only while the cooldown runs, in-app navigation and
// re-renders, a pending invitation read on the Sent page, and the French UI.
//
// Two browser launches: an English profile, then a French one.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spaNavigate } from './support/browser.mjs';
import { expectedCards, linkedinUrl, personName, SENT_PATH, TEXT } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';
import { importBackup, localDay, noonDaysAgo } from './support/ledger.mjs';

const DIST = process.env.WARDEN_DIST || undefined;
const WAIT = { timeout: 15000 };

const SEEDED = [
  { slug: 'person-21', days: 30, state: 'ended', until: localDay(-9) },
  { slug: 'person-22', days: 2, state: 'active', until: localDay(19) },
  { slug: 'person-23', days: 21, state: 'ended', until: localDay(0) }, // ends today: ended
  { slug: 'person-24', days: 20, state: 'active', until: localDay(1) }, // last day of the block
];

function backupText() {
  return JSON.stringify({
    format: 'warden-backup',
    version: 1,
    withdrawals: SEEDED.map((s) => ({
      slug: s.slug, name: personName(Number(s.slug.split('-')[1])), withdrawnAt: noonDaysAgo(s.days),
    })),
  });
}

function bannerInfo(page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('[data-warden="cooldown-banner"]')];
    const warnings = [...document.querySelectorAll('[data-warden="connect-warning"]')];
    return {
      count: all.length,
      until: all[0]?.dataset.until,
      state: all[0]?.dataset.state,
      text: all[0]?.textContent ?? '',
      inLightDom: all.every((b) => b.getRootNode() === document),
      warnings: warnings.map((w) => ({
        after: w.previousElementSibling?.getAttribute('aria-label') ?? null,
        text: w.textContent,
      })),
    };
  });
}

async function waitForBanner(page, state, until) {
  await page.waitForFunction(([s, u]) => {
    const b = document.querySelectorAll('[data-warden="cooldown-banner"]');
    return b.length === 1 && b[0].dataset.state === s && b[0].dataset.until === u;
  }, [state, until], WAIT);
}

/**
 * The page swaps its content a moment after the URL changes (as LinkedIn does), which removes
 * what Warden had added to the old content: wait until the new profile's content is in, then
 * until one banner and `warnings` warnings stand.
 */
async function settled(page, warnings) {
  await page.waitForFunction(() => {
    const slug = location.pathname.match(/^\/in\/([^/]+)/)?.[1];
    return document.querySelector(`main [data-fx-profile="${slug}"]`) !== null;
  }, null, WAIT);
  await page.waitForFunction((n) => document.querySelectorAll('[data-warden="connect-warning"]').length === n
    && document.querySelectorAll('[data-warden="cooldown-banner"]').length === 1, warnings, WAIT);
}

/** A YYYY-MM-DD date as the extension shows it (short month, the browser's UI language). */
function shownDate(page, iso) {
  return page.evaluate((day) => {
    const [y, m, d] = day.split('-').map(Number);
    const withYear = y !== new Date().getFullYear() ? { year: 'numeric' } : {};
    return new Date(y, m - 1, d).toLocaleDateString(navigator.language, { day: 'numeric', month: 'short', ...withYear });
  }, iso);
}

const indexOf = (slug) => Number(slug.split('-')[1]);

describe('profile banner (English UI)', () => {
  const session = browserSession({ launch: { dist: DIST }, seed: async (browser) => {
      const answer = await importBackup(browser, backupText());
      assert.equal(answer?.ok, true, JSON.stringify(answer));
      assert.equal(answer.added, SEEDED.length);
    } });

  for (const s of SEEDED) {
    it(`shows the ${s.state} cooldown of a withdrawal ${s.days} days ago`, async () => {
      const page = await session.browser.context.newPage();
      try {
        await page.goto(linkedinUrl(`/in/${s.slug}/`));
        await waitForBanner(page, s.state, s.until);
        const b = await bannerInfo(page);
        assert.equal(b.count, 1);
        assert.ok(b.inLightDom);
        assert.doesNotMatch(b.text, /(?<!\.)\.\.(?!\.)/, 'no doubled full stop');
        assert.ok(b.text.includes(await shownDate(page, localDay(-s.days))), `names the withdrawal day: ${b.text}`);
        assert.ok(b.text.includes(await shownDate(page, s.until)), `names the end of the block: ${b.text}`);
        if (s.state === 'active') {
          assert.match(b.text, s.days === 20 ? /\(tomorrow\)/ : /\(in 19 days\)/);
          assert.match(b.text, /follow(ing)? up/i, 'warns against following up');
          assert.deepEqual(b.warnings.map((w) => w.after), [TEXT.en.connectLabel(personName(indexOf(s.slug)))]);
          assert.ok(b.warnings[0].text.includes(await shownDate(page, s.until)), b.warnings[0].text);
        } else {
          assert.match(b.text, /ended/);
          assert.match(b.text, /review the profile/i, 'asks to review the profile first');
          assert.deepEqual(b.warnings, [], 'no Connect warning once the block ended');
        }
      } finally {
        await page.close();
      }
    });
  }

  it('shows nothing for a person never withdrawn, and no Connect warning where there is no Connect', async () => {
    const page = await session.browser.context.newPage();
    try {
      // A running cooldown whose profile shows "Pending" instead of Connect: banner, no warning.
      await page.goto(linkedinUrl('/in/person-22/', { state: 'pending' }));
      await waitForBanner(page, 'active', localDay(19));
      assert.deepEqual((await bannerInfo(page)).warnings, []);
      await page.goto(linkedinUrl('/in/person-30/'));
      await page.getByRole('heading', { level: 1, name: personName(30) }).waitFor(WAIT);
      await page.waitForTimeout(750); // absence cannot be awaited
      assert.equal((await bannerInfo(page)).count, 0);
      assert.deepEqual((await bannerInfo(page)).warnings, []);
    } finally {
      await page.close();
    }
  });

  it('follows in-app navigation: one banner per profile, the right one, gone elsewhere', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/feed/'));
      await page.evaluate(() => { window.__sameDocument = true; });
      const route = [
        ['/in/person-22/', 'active', localDay(19)],
        ['/in/person-21/', 'ended', localDay(-9)],
        ['/in/person-30/', null],
        ['/in/person-24/', 'active', localDay(1)],
        ['/in/person-24/', 'active', localDay(1)], // the page re-renders the same profile
        [SENT_PATH, null],
        ['/in/person-23/', 'ended', localDay(0)],
        ['/mynetwork/', null],
      ];
      for (const [where, state, until] of route) {
        await spaNavigate(page, where);
        if (state) {
          await waitForBanner(page, state, until);
          await settled(page, state === 'active' ? 1 : 0);
          const b = await bannerInfo(page);
          assert.equal(b.count, 1, where);
          assert.equal(b.warnings.length, state === 'active' ? 1 : 0, `${where}: ${JSON.stringify(b.warnings)}`);
        } else {
          await page.waitForFunction(() => !document.querySelector('[data-warden="cooldown-banner"], [data-warden="connect-warning"]'), null, WAIT);
        }
      }
      // Back and forward through history are in-app navigations too.
      await page.goBack(); // person-23
      await waitForBanner(page, 'ended', localDay(0));
      await page.goBack(); // Sent page
      await page.waitForFunction(() => !document.querySelector('[data-warden="cooldown-banner"]'), null, WAIT);
      await page.goBack(); // person-24
      await waitForBanner(page, 'active', localDay(1));
      await settled(page, 1);
      assert.equal((await bannerInfo(page)).count, 1);
      // A person's page reached by clicking a link on another profile ("People also viewed").
      await spaNavigate(page, '/in/person-15/'); // links to person-22, person-29, person-36
      await page.getByRole('link', { name: personName(22) }).click();
      await waitForBanner(page, 'active', localDay(19));
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no page load happened');
    } finally {
      await page.close();
    }
  });

  it('says since when an invitation is pending, when the Sent page lists one sent after the block', async () => {
    const page = await session.browser.context.newPage();
    try {
      // person-21 (block ended 9 days ago) is on the Sent page again, 7 days old: re-invited.
      const card = expectedCards({ layout: 'new' }).find((c) => c.slug === 'person-21');
      assert.equal(card.ageDays, 7);
      // The first 21 cards only: person-22, further down, is the next test's.
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', size: 21 }));
      await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '21', null, WAIT);
      await spaNavigate(page, '/in/person-21/');
      await waitForBanner(page, 'ended', localDay(-9));
      await page.waitForFunction((d) => document.querySelector('[data-warden="cooldown-banner"]')?.textContent.includes(d),
        await shownDate(page, localDay(-7)), WAIT);
      assert.match((await bannerInfo(page)).text, /pending since/);
      // person-20 is withdrawn (2 days ago) after this Sent page was read: the card it showed
      // is the withdrawn invitation, not a new one, so no "pending since" line.
      const answer = await importBackup(session.browser, JSON.stringify({
        format: 'warden-backup', version: 1,
        withdrawals: [{ slug: 'person-20', name: personName(20), withdrawnAt: noonDaysAgo(2) }],
      }));
      assert.equal(answer?.added, 1, JSON.stringify(answer));
      await spaNavigate(page, '/in/person-20/');
      await waitForBanner(page, 'active', localDay(19));
      assert.doesNotMatch((await bannerInfo(page)).text, /pending since/);
    } finally {
      await page.close();
    }
  });

  it('a withdrawal that did not hold (on the Sent list again, sent before it) ends the cooldown, and the popup says so once', async () => {
    const page = await session.browser.context.newPage();
    try {
      // person-22 was withdrawn 2 days ago (seeded), yet a Sent page opened now lists the
      // invitation, 10 days old (FIELD-NOTES §2: a withdrawal can fail to hold).
      assert.equal(expectedCards({ layout: 'oct2026' }).find((c) => c.slug === 'person-22').ageDays, 10);
      await page.goto(linkedinUrl('/in/person-22/'));
      await waitForBanner(page, 'active', localDay(19));
      await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', size: 25 }));
      await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '25', null, WAIT);
      await spaNavigate(page, '/in/person-22/');
      await page.waitForFunction(() => document.querySelector('main h1'), null, WAIT);
      await page.waitForFunction(() => !document.querySelector('[data-warden="cooldown-banner"], [data-warden="connect-warning"]'), null, WAIT);
      const popup = await session.browser.context.newPage();
      await popup.goto(session.browser.popupUrl());
      await popup.waitForFunction(() => document.querySelector('#main[aria-busy="false"] [data-warden="quota"][data-used]'), null, WAIT); // the core's own view
      const notices = await popup.locator('#notices li').allInnerTexts();
      assert.equal(notices.filter((n) => n.includes(personName(22)) && /did not hold/.test(n)).length, 1, notices.join('\n'));
      assert.equal(await popup.locator('[data-warden="cooldown"][data-slug="person-22"]').count(), 0, 'no cooldown listed');
      await popup.close();
    } finally {
      await page.close();
    }
  });
});

describe('profile banner (French UI)', () => {
  const session = browserSession({ launch: { dist: DIST, lang: 'fr' }, seed: async (browser) => {
      const answer = await importBackup(browser, backupText());
      assert.equal(answer?.ok, true, JSON.stringify(answer));
    } });

  it('words the banner and the warning in French, on a French LinkedIn', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/in/person-22/', { lang: 'fr' }));
      await waitForBanner(page, 'active', localDay(19));
      const b = await bannerInfo(page);
      assert.equal(b.count, 1);
      assert.ok(b.text.includes(await shownDate(page, localDay(19))), b.text);
      assert.doesNotMatch(b.text, /You withdrew|invite them/, `French text: ${b.text}`);
      assert.match(b.text, /\(dans 19 jours\)/, b.text);
      // French short months end with a period ("30 nov."): never doubled by the sentence's own.
      assert.doesNotMatch(b.text, /(?<!\.)\.\.(?!\.)/, b.text);
      assert.deepEqual(b.warnings.map((w) => w.after), [TEXT.fr.connectLabel(personName(22))]);
      await spaNavigate(page, linkedinUrl('/in/person-21/', { lang: 'fr' }));
      await waitForBanner(page, 'ended', localDay(-9));
      const ended = await bannerInfo(page);
      assert.ok(ended.text.includes(await shownDate(page, localDay(-9))), ended.text);
      assert.doesNotMatch(ended.text, /(?<!\.)\.\.(?!\.)/, ended.text);
      assert.deepEqual(ended.warnings, []);
    } finally {
      await page.close();
    }
  });
});
