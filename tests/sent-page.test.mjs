// The Sent page in a real Chromium with the unmodified dist/: one badge per card with the
// contract's attributes, one summary, the drift notice, both layouts, French, Load more, lazy
// rows, re-renders, in-app navigation, both transports, hostile names, a 1,000-card list.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spaNavigate, screenshotPath, waitForSummary } from './support/browser.mjs';
import { expectedCards, linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';
import { assertCards } from './support/contract.mjs';

/** Every card of the page, with the badges inside it. */
function readPage(page) {
  return page.evaluate(() => [...document.querySelectorAll('li.invitation-card, [role="listitem"]')].map((card) => {
    const link = card.querySelector('a[href*="/in/"]');
    const badges = [...card.querySelectorAll('[data-warden="badge"]')];
    return {
      slug: link?.getAttribute('href').match(/\/in\/([^/]+)/)?.[1],
      badges: badges.length,
      ...(badges[0] ? { ...badges[0].dataset, text: badges[0].textContent } : {}),
      keep: badges[0]?.querySelector('[data-warden="keep"]')?.getAttribute('aria-pressed'),
    };
  }));
}

function summaryOf(page) {
  return page.evaluate(() => {
    const all = document.querySelectorAll('[data-warden="summary"]');
    return all.length === 1 ? { count: 1, ...all[0].dataset, text: all[0].textContent } : { count: all.length };
  });
}

function expectedSummary(expected, pending) {
  return {
    cards: String(expected.length),
    stale: String(expected.filter((c) => c.ageDays >= 28).length),
    consider: String(expected.filter((c) => c.ageDays >= 21 && c.ageDays < 28).length),
    kept: '0',
    pending: String(pending),
  };
}

function pick(summary) {
  const { cards, stale, consider, kept, pending } = summary;
  return { cards, stale, consider, kept, pending };
}

describe('Sent page (English UI)', () => {
  const session = browserSession({ check: 'end' });

  for (const layout of ['new', 'old']) {
    for (const csp of ['strict', 'none']) {
      it(`${layout} layout, ${csp === 'strict' ? 'strict CSP' : 'no CSP'}: one correct badge per card and a summary`, async () => {
        const page = await session.browser.context.newPage();
        await page.goto(linkedinUrl(SENT_PATH, { layout, csp }));
        const expected = expectedCards({ layout, n: 25, count: 10 });
        await waitForSummary(page, expected.length);
        assertCards(await readPage(page), expected);
        const summary = await summaryOf(page);
        assert.equal(summary.count, 1);
        assert.deepEqual(pick(summary), expectedSummary(expected, 25));
        assert.equal(summary.transport, 'background', 'the core answers from the background, whatever the page allows');
        assert.match(summary.text, /10 invitations read/);
        const badge = (await readPage(page)).find((c) => c.hint === 'consider');
        assert.match(badge.text, /Waiting/);
        assert.match(badge.text, /Consider withdrawing/);
        await page.close();
      });
    }
  }

  it('README screenshot: the summary and cards of every bucket', async () => {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 1100 });
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'old', page: 2 }));
    await waitForSummary(page, 10);
    await page.screenshot({ path: screenshotPath('sent-page.png') });
    const hints = new Set((await readPage(page)).map((c) => c.hint));
    assert.deepEqual([...hints].sort(), ['consider', 'wait', 'withdraw'], 'the picture shows every hint');
    await page.close();
  });

  it("follows LinkedIn's dark theme", async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'old', page: 2 }));
    await waitForSummary(page, 10);
    const look = () => page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('[data-warden="badge"]'));
      return { bg: style.backgroundColor, fg: style.color };
    });
    const light = await look();
    // LinkedIn marks its dark theme with a class on <html>; the fixture page plays along.
    await page.evaluate(() => {
      document.documentElement.classList.add('theme--dark');
      document.body.style.background = '#000';
      document.querySelector('main').style.background = '#1b1f23';
      document.querySelector('main').style.color = '#e9e9e9';
    });
    const dark = await look();
    assert.notEqual(dark.bg, light.bg);
    assert.notEqual(dark.fg, light.fg);
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.screenshot({ path: screenshotPath('sent-page-dark.png') });
    await page.close();
  });

  it('old layout, page 2 (a real page load): the next cards get their badges', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'old' }));
    await waitForSummary(page, 10);
    await page.getByRole('link', { name: 'Page 2' }).click();
    await page.waitForURL(/page=2/);
    await waitForSummary(page, 10);
    assertCards(await readPage(page), expectedCards({ layout: 'old', from: 11, count: 10 }));
    await page.close();
  });

  it('Load more: the new cards get badges, no card gets two, the summary follows', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new' }));
    await waitForSummary(page, 10);
    await page.getByRole('button', { name: 'Load more' }).click();
    await waitForSummary(page, 20);
    await page.getByRole('button', { name: 'Load more' }).click();
    await waitForSummary(page, 25);
    const expected = expectedCards({ layout: 'new', n: 25 });
    assertCards(await readPage(page), expected);
    assert.deepEqual(pick(await summaryOf(page)), expectedSummary(expected, 25));
    await page.close();
  });

  it('lazy rows added by scrolling an inner container get badges', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', lazy: 1 }));
    await waitForSummary(page, 10);
    const scroller = page.locator('.fx-scroller');
    await scroller.hover();
    for (let i = 0; i < 6 && (await page.locator('[role="listitem"]').count()) < 25; i++) {
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(200);
    }
    await waitForSummary(page, 25);
    assertCards(await readPage(page), expectedCards({ layout: 'new', n: 25 }));
    await page.close();
  });

  it('a re-render that replaces every card never leaves a card without a badge or with two', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new' }));
    await waitForSummary(page, 10);
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.__fixture.rerender());
      await page.waitForFunction(() => [...document.querySelectorAll('[role="listitem"]')]
        .every((c) => c.querySelectorAll('[data-warden="badge"]').length === 1));
    }
    assertCards(await readPage(page), expectedCards({ layout: 'new', count: 10 }));
    const summary = await summaryOf(page);
    assert.equal(summary.count, 1);
    assert.equal(summary.cards, '10', 'the same people are not counted twice');
    await page.close();
  });

  it('arriving through in-app navigation from another LinkedIn page works without a reload, and leaving removes the summary', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl('/feed/', { layout: 'new' }));
    await page.evaluate(() => { window.__stayed = true; });
    await spaNavigate(page, linkedinUrl(SENT_PATH, { layout: 'new' }));
    await waitForSummary(page, 10);
    assertCards(await readPage(page), expectedCards({ layout: 'new', count: 10 }));
    assert.equal(await page.evaluate(() => window.__stayed), true, 'no page load happened');
    await spaNavigate(page, linkedinUrl('/feed/', { layout: 'new' }));
    await page.waitForFunction(() => !document.querySelector('[data-warden="summary"]'));
    await spaNavigate(page, linkedinUrl(SENT_PATH, { layout: 'old' }));
    await waitForSummary(page, 10);
    assert.equal((await summaryOf(page)).count, 1);
    assert.equal(await page.evaluate(() => window.__stayed), true);
    await page.close();
  });

  it('names holding markup stay text', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', hostile: 1 }));
    await waitForSummary(page, 10);
    assertCards(await readPage(page), expectedCards({ layout: 'new', hostile: true, count: 10 }));
    const found = await page.evaluate(() => ({
      elements: document.querySelectorAll('main img, main script, main svg, [data-warden] *:not(span):not(button)').length,
      titles: [...document.querySelectorAll('[data-warden="keep"]')].map((b) => b.title).filter((t) => t.includes('<img')),
    }));
    assert.equal(found.elements, 0, 'no element was created from a name');
    assert.ok(found.titles.length > 0, 'the hostile name is shown as text in the keep button title');
    await page.close();
  });

  it('a page whose cards cannot be recognised gets one notice after 10 s and no badge or summary; an empty list gets a zero summary', async () => {
    const drift = await session.browser.context.newPage();
    const empty = await session.browser.context.newPage();
    await drift.goto(linkedinUrl(SENT_PATH, { layout: 'drift' }));
    await empty.goto(linkedinUrl(SENT_PATH, { layout: 'empty' }));
    await empty.waitForFunction(() => document.querySelector('[data-warden="summary"]'));
    assert.deepEqual(pick(await summaryOf(empty)), { cards: '0', stale: '0', consider: '0', kept: '0', pending: '0' });
    assert.equal(await drift.locator('[data-warden="notice"]').count(), 0, 'no notice before 10 s');
    await drift.waitForFunction(() => document.querySelector('[data-warden="notice"]'), null, { timeout: 15000 });
    const seen = await drift.evaluate(() => ({
      notices: document.querySelectorAll('[data-warden="notice"]').length,
      badges: document.querySelectorAll('[data-warden="badge"]').length,
      summaries: document.querySelectorAll('[data-warden="summary"]').length,
      text: document.querySelector('[data-warden="notice"]').textContent,
    }));
    assert.deepEqual({ ...seen, text: undefined }, { notices: 1, badges: 0, summaries: 0, text: undefined });
    assert.match(seen.text, /layout/);
    assert.equal(await empty.locator('[data-warden="notice"]').count(), 0, 'an empty list is not drift');
    // Cards arrive (same Sent view, recognisable markup): the notice goes, badges come.
    await spaNavigate(drift, linkedinUrl(SENT_PATH, { layout: 'new' }));
    await waitForSummary(drift, 10);
    assert.equal(await drift.locator('[data-warden="notice"]').count(), 0);
    await drift.close();
    await empty.close();
  });

  it('when most rows of the list stop being recognisable, the summary says so plainly', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', size: 20 }));
    await waitForSummary(page, 20);
    assert.equal((await summaryOf(page)).drift, 'none');
    // LinkedIn changes its markup under our feet: 15 of 20 rows lose their withdraw control.
    await page.evaluate(() => {
      [...document.querySelectorAll('[role="listitem"]')].slice(5).forEach((card) => {
        card.querySelectorAll('[data-warden]').forEach((n) => n.remove());
        card.querySelectorAll('button, a[role="button"], a[href="#"]').forEach((b) => b.replaceWith(Object.assign(document.createElement('span'), { textContent: '…' })));
      });
    });
    await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.drift === 'partial');
    assert.match((await summaryOf(page)).text, /could not read 15 rows/);
    await page.close();
  });

  it('a 1,000-card list: every card gets exactly one badge', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', n: 1000, size: 1000 }));
    await waitForSummary(page, 1000);
    assertCards(await readPage(page), expectedCards({ layout: 'new', n: 1000 }));
    assert.equal((await summaryOf(page)).pending, '1000');
    await page.close();
  });
});

describe('Sent page (French UI, French LinkedIn)', () => {
  const session = browserSession({ launch: { lang: 'fr' }, check: 'end' });

  for (const layout of ['new', 'old']) {
    it(`${layout} layout in French: ages read from French lines, text in French`, async () => {
      const page = await session.browser.context.newPage();
      await page.goto(linkedinUrl(SENT_PATH, { layout, lang: 'fr' }));
      const expected = expectedCards({ layout, lang: 'fr', count: 10 });
      await waitForSummary(page, 10);
      assertCards(await readPage(page), expected);
      const summary = await summaryOf(page);
      assert.deepEqual(pick(summary), expectedSummary(expected, 25), 'pending read from "Personnes (25)"');
      assert.match(summary.text, /invitations lues/);
      const cards = await readPage(page);
      assert.match(cards.find((c) => c.bucket === 'fresh').text, /Récente/);
      assert.match(cards.find((c) => c.bucket === 'waiting').text, /En attente/);
      if (layout === 'new') await page.screenshot({ path: screenshotPath('sent-page-fr.png') });
      await page.close();
    });
  }
});
