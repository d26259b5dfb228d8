// The permanent attack suite (issue 11, "nothing forged"): what the page's own script can do
// to make Warden record what the user did not do, or to read what Warden knows, each as a
// named test. The page script runs in the page's own world (page.evaluate); the user's clicks
// are Playwright's real input events (trusted, hit by the browser where the pointer is).
// The ledger is read from the extension's storage (support/ledger.mjs).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cardFor, withdrawControlFor, withdrawVia, confirmDialog, tabTo } from './support/browser.mjs';
import { expectedCards, linkedinUrl, personName, ORIGIN, SENT_PATH } from './support/fixtures.mjs';
import { TEXT26 } from './support/fixtures-2026.mjs';
import { backupOf, importBackup, stored, storedWhen, storedAfter, SETTLED_MS } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const T = TEXT26.en;

async function openSent(page, params = {}, cards = 12) {
  await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 12, size: 12, ...params }));
  await page.waitForFunction((n) => document.querySelector('[data-warden="summary"]')?.dataset.cards === String(n), cards, WAIT);
}

const keepOf = (page, slug) => cardFor(page, slug).locator('[data-warden="keep"]');
const badgeOf = (page, slug) => cardFor(page, slug).locator('[data-warden="badge"]');
const keptSlugs = async (browser) => Object.keys((await stored(browser)).keeps ?? {}).sort();
const withdrawnSlugs = async (browser) => Object.keys((await stored(browser)).withdrawals ?? {}).sort();
const sentSlugs = async (browser) => Object.keys((await stored(browser)).sends ?? {}).sort();

/** The page's script: a fake card whose withdraw control covers the viewport, then (after
 * the user's click on it) a fake dialog whose confirm covers it, then the success toast.
 * `style` is the look of both (transparent by default); `slug` the person it names. */
function plantOverlays(page, { slug, style = 'opacity:0.01', dialogStyle = style, control = 'position:absolute;inset:0;width:100%;height:100%', zone = 'inset:0' }) {
  return page.evaluate(({ slug, style, dialogStyle, control, zone, origin }) => {
    const fake = document.createElement('div');
    fake.setAttribute('role', 'listitem');
    fake.style.cssText = `position:fixed;${zone};z-index:9999;background:#fff;${style}`;
    fake.innerHTML = `<a href="${origin}/in/${slug}/">x</a><p>Someone Else</p><p>Sent today</p>`
      + `<button type="button" style="${control}">Withdraw</button>`;
    document.body.append(fake);
    fake.querySelector('button').addEventListener('click', () => {
      fake.remove();
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.id = 'fake-dialog';
      dialog.style.cssText = `position:fixed;${zone};z-index:9999;background:#fff;${dialogStyle}`;
      dialog.innerHTML = `<button type="button" style="${control}">Withdraw</button>`;
      document.body.append(dialog);
      dialog.querySelector('button').addEventListener('click', () => {
        dialog.remove();
        const toast = document.createElement('div');
        toast.setAttribute('role', 'alert');
        toast.textContent = 'Invitation to Someone withdrawn.';
        document.body.append(toast);
      });
    });
  }, { slug, style, dialogStyle, control, zone, origin: ORIGIN });
}

/** The user's real click at the middle of `box`, then on the real dialog's confirm: the page
 * removes the card, and no withdrawal of `slug` is recorded. */
async function clickThenConfirmRecordsNothing(browser, page, box, slug) {
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const dialog = confirmDialog(page);
  await dialog.waitFor({ state: 'visible', ...WAIT });
  await dialog.locator('button').filter({ hasText: /^\s*Withdraw\s*$/ }).click();
  await cardFor(page, slug).waitFor({ state: 'detached', ...WAIT });
  assert.equal((await storedAfter(browser, SETTLED_MS)).withdrawals?.[slug], undefined);
}

/** The user's two ordinary clicks at (x, y) on what the page planted: control, then dialog. */
async function twoClicksOnOverlays(page, x = 640, y = 360) {
  await page.mouse.click(x, y);
  await page.locator('#fake-dialog').waitFor({ state: 'attached', ...WAIT });
  await page.mouse.click(x, y);
}

/** Plants overlays, clicks twice as the user would, and checks that nobody was withdrawn. */
async function overlaysWithdrawNobody(browser, page, overlays) {
  await openSent(page);
  const before = await withdrawnSlugs(browser);
  await plantOverlays(page, overlays);
  await twoClicksOnOverlays(page);
  await page.getByText('Invitation to Someone withdrawn.').waitFor({ state: 'attached', ...WAIT });
  await storedAfter(browser, SETTLED_MS);
  assert.deepEqual(await withdrawnSlugs(browser), before);
}

describe('attacks: nothing the page does counts as the user, nor reads what Warden knows', () => {
  const session = browserSession();

  // ---- The page's script clicks -----------------------------------------------------------

  it('a page script\'s .click() on a card\'s withdraw control, then on the confirm, records nothing', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await page.evaluate(() => {
        const card = [...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector('a[href$="/in/person-2/"]'));
        [...card.querySelectorAll('a')].find((a) => a.textContent.trim() === 'Withdraw').click();
      });
      await confirmDialog(page).waitFor(WAIT);
      await page.evaluate(() => [...document.querySelectorAll('dialog[open] button')].find((b) => b.textContent.trim() === 'Withdraw').click());
      await cardFor(page, 'person-2').waitFor({ state: 'detached', ...WAIT });
      assert.equal((await storedAfter(session.browser, SETTLED_MS)).withdrawals?.['person-2'], undefined);
    } finally {
      await page.close();
    }
  });

  it('a page script\'s dispatchEvent of clicks (with the control\'s own coordinates) on withdraw and confirm records nothing', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const fire = (selectorOf) => page.evaluate((which) => {
        const el = which === 'control'
          ? [...[...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector('a[href$="/in/person-3/"]')).querySelectorAll('a')].find((a) => a.textContent.trim() === 'Withdraw')
          : [...document.querySelectorAll('dialog[open] button')].find((b) => b.textContent.trim() === 'Withdraw');
        const r = el.getBoundingClientRect();
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 }));
      }, selectorOf);
      await fire('control');
      await confirmDialog(page).waitFor(WAIT);
      await fire('confirm');
      await cardFor(page, 'person-3').waitFor({ state: 'detached', ...WAIT });
      assert.equal((await storedAfter(session.browser, SETTLED_MS)).withdrawals?.['person-3'], undefined);
    } finally {
      await page.close();
    }
  });

  it('a page script\'s .click() and dispatchEvent on a Keep button mark nobody', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const before = await keptSlugs(session.browser);
      await page.evaluate(() => {
        const keeps = document.querySelectorAll('[data-warden="keep"]');
        keeps[0].click();
        keeps[1].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 }));
        keeps[2].focus();
        keeps[2].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 0 }));
      });
      await storedAfter(session.browser, 1000);
      assert.deepEqual(await keptSlugs(session.browser), before);
      assert.equal(await page.locator('[data-warden="keep"][aria-pressed="true"]').count(), 0);
    } finally {
      await page.close();
    }
  });

  it('a page script\'s .click() and dispatchEvent on review mode\'s button switch nothing', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await page.evaluate(() => {
        const button = document.querySelector('[data-warden="review"]');
        button.click();
        const r = button.getBoundingClientRect();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 }));
      });
      await page.waitForTimeout(300);
      assert.equal(await page.locator('[data-warden="review"]').getAttribute('aria-pressed'), 'false');
      assert.equal(await page.locator('[data-warden="badge"][data-review]').count(), 0);
    } finally {
      await page.close();
    }
  });

  it('a page script\'s dispatchEvent on a profile\'s Connect, then .click() on Send, records no send', async () => {
    const page = await session.browser.context.newPage();
    try {
      const before = await sentSlugs(session.browser);
      await page.goto(linkedinUrl('/in/person-33/', { profile: '2026' }));
      await page.locator('main [componentkey$="Topcard"]').getByRole('link', { name: T.connectLabel(personName(33)) }).waitFor(WAIT);
      await page.evaluate((label) => {
        const control = document.querySelector(`main [componentkey$="Topcard"] a[aria-label="${label}"]`);
        const r = control.getBoundingClientRect();
        control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2 }));
      }, T.connectLabel(personName(33)));
      const send = page.locator('#interop-outlet').getByRole('button', { name: T.sendWithout });
      await send.waitFor(WAIT);
      await page.evaluate((name) => {
        const root = document.querySelector('#interop-outlet').shadowRoot;
        [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent).trim() === name).click();
      }, T.sendWithout);
      await page.locator('main [componentkey$="Topcard"] [componentkey$="_pending"]:visible').waitFor(WAIT);
      await storedAfter(session.browser, 1000);
      assert.deepEqual(await sentSlugs(session.browser), before);
    } finally {
      await page.close();
    }
  });

  // ---- The user's real clicks on what the page hides or fakes ----------------------------

  it('a transparent fake control over the page, then a transparent fake dialog, under two real clicks: nobody withdrawn', async () => {
    const page = await session.browser.context.newPage();
    try {
      await overlaysWithdrawNobody(session.browser, page, { slug: 'person-20' });
    } finally {
      await page.close();
    }
  });

  it('a transparent fake control under the user\'s click, then an opaque fake dialog: nobody withdrawn', async () => {
    const page = await session.browser.context.newPage();
    try {
      await overlaysWithdrawNobody(session.browser, page, { slug: 'person-24', dialogStyle: '' });
    } finally {
      await page.close();
    }
  });

  it('a visible card control clicked, then a transparent fake dialog under the user\'s next click: nobody withdrawn', async () => {
    const page = await session.browser.context.newPage();
    try {
      await overlaysWithdrawNobody(session.browser, page, { slug: 'person-25', style: '', dialogStyle: 'opacity:0.01' });
    } finally {
      await page.close();
    }
  });

  it('a transparent fake Connect control under the user\'s click, turned Pending by the page: no send', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const before = await sentSlugs(session.browser);
      await page.evaluate((origin) => {
        const fake = document.createElement('li');
        fake.style.cssText = 'position:fixed;inset:0;z-index:9999;background:#fff;opacity:0.01;list-style:none';
        fake.innerHTML = `<a href="${origin}/in/person-26/">x</a><button type="button" style="position:absolute;inset:0;width:100%;height:100%">Connect</button>`;
        document.body.append(fake);
        const button = fake.querySelector('button');
        button.addEventListener('click', () => setTimeout(() => { button.textContent = 'Pending'; }, 100));
      }, ORIGIN);
      await page.mouse.click(640, 360);
      await page.waitForFunction(() => [...document.querySelectorAll('li button')].some((b) => b.textContent === 'Pending'), null, WAIT);
      await storedAfter(session.browser, 1000);
      assert.deepEqual(await sentSlugs(session.browser), before);
    } finally {
      await page.close();
    }
  });

  it('review mode\'s button made transparent by the page does not switch under the user\'s real click', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const button = page.locator('[data-warden="review"]');
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      await page.evaluate(() => { document.querySelector('[data-warden="summary"]').style.opacity = '0.01'; });
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForTimeout(300);
      assert.equal(await button.getAttribute('aria-pressed'), 'false');
    } finally {
      await page.close();
    }
  });

  it('the same overlays naming someone already withdrawn rewrite nothing of their record', async () => {
    const answer = await importBackup(session.browser, backupOf([{ slug: 'person-21', name: personName(21), days: 10 }]));
    assert.ok(!answer?.error, JSON.stringify(answer));
    const record = (await storedWhen(session.browser, (s) => s.withdrawals?.['person-21'], 'the seeded withdrawal')).withdrawals['person-21'];
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await plantOverlays(page, { slug: 'person-21' });
      await twoClicksOnOverlays(page, 500, 300);
      const after = (await storedAfter(session.browser, SETTLED_MS)).withdrawals['person-21'];
      assert.deepEqual(after, record, 'the dates, the name and the cooldown as they were');
    } finally {
      await page.close();
    }
  });

  it('an opaque but zero-size fake control and confirm (2 px) under the user\'s real clicks: nobody withdrawn', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const before = await withdrawnSlugs(session.browser);
      await plantOverlays(page, {
        slug: 'person-22',
        style: '',
        zone: 'left:300px;top:300px;width:200px;height:60px',
        control: 'position:absolute;left:10px;top:10px;width:2px;height:2px;padding:0;border:0;overflow:hidden;font-size:1px;background:#0a66c2;color:#fff',
      });
      await twoClicksOnOverlays(page, 311, 311);
      await page.getByText('Invitation to Someone withdrawn.').waitFor({ state: 'attached', ...WAIT });
      await storedAfter(session.browser, SETTLED_MS);
      assert.deepEqual(await withdrawnSlugs(session.browser), before);
    } finally {
      await page.close();
    }
  });

  it('a covered control: the user\'s click lands on the cover, whose handler .click()s the control; then a real confirm: nothing recorded', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await withdrawControlFor(page, 'person-5').scrollIntoViewIfNeeded();
      const box = await withdrawControlFor(page, 'person-5').boundingBox();
      await page.evaluate((r) => {
        const card = [...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector('a[href$="/in/person-5/"]'));
        const control = [...card.querySelectorAll('a')].find((a) => a.textContent.trim() === 'Withdraw');
        const cover = document.createElement('button');
        cover.textContent = 'Like';
        cover.style.cssText = `position:fixed;left:${r.x - 10}px;top:${r.y - 10}px;width:${r.width + 20}px;height:${r.height + 20}px;z-index:9999;background:#eee`;
        cover.addEventListener('click', () => control.click());
        document.body.append(cover);
      }, box);
      await clickThenConfirmRecordsNothing(session.browser, page, box, 'person-5');
    } finally {
      await page.close();
    }
  });

  it('an opaque cover with pointer-events: none over a real control (the click goes through it), then the real confirm: nothing recorded', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const control = withdrawControlFor(page, 'person-1');
      await control.scrollIntoViewIfNeeded();
      const box = await control.boundingBox();
      await page.evaluate((r) => {
        const cover = document.createElement('div');
        cover.textContent = 'Like';
        cover.style.cssText = `position:fixed;left:${r.x - 10}px;top:${r.y - 10}px;width:${r.width + 20}px;height:${r.height + 20}px;z-index:9999;background:#eee;color:#000;pointer-events:none`;
        document.body.append(cover);
      }, box);
      await clickThenConfirmRecordsNothing(session.browser, page, box, 'person-1');
    } finally {
      await page.close();
    }
  });

  it('a control the page covers as the click arrives (its own listener runs first): the hit-test sees the cover, nothing recorded', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await page.evaluate(() => {
        // The page's own capture listener on window runs before Warden's on document.
        addEventListener('click', (e) => {
          const control = e.target instanceof Element && e.target.closest('[role="listitem"] a:not([href*="/in/"])');
          if (!control || !control.closest('[role="listitem"]').querySelector('a[href$="/in/person-6/"]')) return;
          const r = control.getBoundingClientRect();
          const cover = document.createElement('div');
          cover.style.cssText = `position:fixed;left:${r.x - 10}px;top:${r.y - 10}px;width:${r.width + 20}px;height:${r.height + 20}px;z-index:9999;background:#eee`;
          document.body.append(cover);
          setTimeout(() => cover.remove(), 100);
        }, true);
      });
      await withdrawVia(page, 'person-6', 'confirm');
      await cardFor(page, 'person-6').waitFor({ state: 'detached', ...WAIT });
      assert.equal((await storedAfter(session.browser, SETTLED_MS)).withdrawals?.['person-6'], undefined);
    } finally {
      await page.close();
    }
  });

  it('a Keep button the page made transparent (its card at opacity 0.01) does not toggle under the user\'s real click', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const before = await keptSlugs(session.browser);
      await keepOf(page, 'person-7').scrollIntoViewIfNeeded();
      const box = await keepOf(page, 'person-7').boundingBox();
      await page.evaluate(() => {
        const card = [...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector('a[href$="/in/person-7/"]'));
        card.style.opacity = '0.01';
      });
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await storedAfter(session.browser, 1000);
      assert.deepEqual(await keptSlugs(session.browser), before);
    } finally {
      await page.close();
    }
  });

  it('the user\'s own keyboard still works: Enter on the focused Keep button marks the person', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await tabTo(page, keepOf(page, 'person-8')); // the user's own Tab: a focus the page moved would not count
      await page.keyboard.press('Enter');
      await storedWhen(session.browser, (s) => s.keeps?.['person-8'], 'the keep of person-8');
      await page.keyboard.press('Space');
      await storedWhen(session.browser, (s) => !s.keeps?.['person-8'], 'the unmark of person-8');
    } finally {
      await page.close();
    }
  });

  it('two quick presses on a Keep button are mark then unmark, whenever the answers come', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const keep = keepOf(page, 'person-7');
      await tabTo(page, keep);
      // The second press comes before the first one's answer could be in.
      await page.keyboard.press('Enter');
      await page.keyboard.press('Space');
      const pressed = await keep.getAttribute('aria-pressed');
      assert.equal(pressed, 'false', 'the button says what two presses did');
      // Both writes land in order; the person ends unmarked, and the badge says so.
      const state = await storedAfter(session.browser, 1500);
      assert.equal(state.keeps?.['person-7'], undefined, `unmarked in the end: ${JSON.stringify(state.keeps)}`);
      await page.waitForFunction(() => {
        const badge = [...document.querySelectorAll('[data-warden="badge"]')].find((b) => b.dataset.slug === 'person-7');
        return badge && badge.dataset.hint !== 'keep' && badge.querySelector('[data-warden="keep"]').getAttribute('aria-pressed') === 'false';
      }, null, WAIT);
    } finally {
      await page.close();
    }
  });

  // ---- What the page writes into the DOM ---------------------------------------------------

  it('a data-warden attribute the page puts on the list and its cards hides no card', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await page.evaluate(() => {
        document.querySelector('[data-testid="lazy-column"]').setAttribute('data-warden', 'summary');
        window.__fixture.rerender();
        for (const card of document.querySelectorAll('[role="listitem"]')) card.setAttribute('data-warden', 'badge');
      });
      await page.waitForFunction(() => [...document.querySelectorAll('[role="listitem"]')]
        .filter((c) => c.querySelector(':scope > [data-warden="badge"], [data-warden="badge"][data-age-days]')).length === 12, null, WAIT);
      // And a withdrawal there is recorded as the user made it.
      await withdrawVia(page, 'person-9', 'confirm');
      await storedWhen(session.browser, (s) => s.withdrawals?.['person-9'], 'the withdrawal of person-9');
    } finally {
      await page.close();
    }
  });

  it('an edited aria-pressed on a Keep button does not turn the user\'s Keep into an unmark; an edited data-age-days changes no record', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await page.evaluate(() => {
        const card = (slug) => [...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector(`a[href$="/in/${slug}/"]`));
        card('person-10').querySelector('[data-warden="keep"]').setAttribute('aria-pressed', 'true');
        card('person-11').querySelector('[data-warden="badge"]').setAttribute('data-age-days', '-3');
      });
      await keepOf(page, 'person-10').click();
      await storedWhen(session.browser, (s) => s.keeps?.['person-10'], 'the keep of person-10');
      await withdrawVia(page, 'person-11', 'confirm');
      const w = (await storedWhen(session.browser, (s) => s.withdrawals?.['person-11'], 'the withdrawal of person-11')).withdrawals['person-11'];
      assert.equal(w.ageDays, expectedCards({ n: 12 }).find((c) => c.slug === 'person-11').ageDays);
    } finally {
      await page.close();
    }
  });

  it('markup named like Warden (<form name>, <img name>, id, <iframe name>) switches nothing off', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page, { clobber: 1 });
      assert.equal(await page.evaluate(() => Boolean(window.Warden) && !('ask' in window.Warden)), true, 'the page\'s own window sees its markup');
      await keepOf(page, 'person-12').click();
      await storedWhen(session.browser, (s) => s.keeps?.['person-12'], 'the keep of person-12');
    } finally {
      await page.close();
    }
  });

  // ---- Cards the page updates in place ---------------------------------------------------

  it('a card switched in place to another person is read again, and Keep pressed at once marks the new person', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const oldAge = expectedCards({ n: 12 }).find((c) => c.slug === 'person-4');
      await page.evaluate(({ origin, oldText, name, oldName }) => {
        const card = [...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector('a[href$="/in/person-4/"]'));
        card.querySelector('a[href*="/in/"]').setAttribute('href', `${origin}/in/person-40/`);
        for (const n of card.querySelectorAll('[aria-label], [alt]')) {
          for (const a of ['aria-label', 'alt']) if (n.hasAttribute(a)) n.setAttribute(a, n.getAttribute(a).replace(oldName, name));
        }
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if (t.nodeValue.trim() === oldName) t.nodeValue = name;
          if (t.nodeValue.trim() === oldText) t.nodeValue = '3 weeks ago';
        }
      }, { origin: ORIGIN, oldText: oldAge.ageText, name: personName(40), oldName: personName(4) });
      await keepOf(page, 'person-40').click();
      await storedWhen(session.browser, (s) => s.keeps?.['person-40'], 'the keep of person-40');
      assert.equal((await stored(session.browser)).keeps?.['person-4'], undefined, 'never the person the card showed before');
      await page.waitForFunction(() => {
        const card = [...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector('a[href$="/in/person-40/"]'));
        return card?.querySelector('[data-warden="badge"]')?.getAttribute('data-age-days') === '21';
      }, null, WAIT);
      assert.equal(await badgeOf(page, 'person-40').count(), 1, 'one badge');
      assert.equal(await keepOf(page, 'person-40').getAttribute('aria-pressed'), 'true');
    } finally {
      await page.close();
    }
  });

  it('a card the page switches to another person as the Keep click arrives: the mark goes to the person it shows now', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await page.evaluate(({ origin, name, oldName }) => {
        const card = [...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector('a[href$="/in/person-2/"]'));
        // The page's own capture listener on window runs before Warden's on document.
        addEventListener('click', (e) => {
          if (!(e.target instanceof Element) || !card.contains(e.target)) return;
          card.querySelector('a[href*="/in/"]').setAttribute('href', `${origin}/in/person-41/`);
          const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.nodeValue.trim() === oldName) t.nodeValue = name;
        }, true);
      }, { origin: ORIGIN, name: personName(41), oldName: personName(2) });
      await keepOf(page, 'person-2').click();
      await storedWhen(session.browser, (s) => s.keeps?.['person-41'], 'the keep of person-41');
      assert.equal((await stored(session.browser)).keeps?.['person-2'], undefined, 'never the person the badge was placed for');
    } finally {
      await page.close();
    }
  });

  it('nine cards the page reuses in place for other people end with one badge each, the person each shows now', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const before = expectedCards({ n: 12 });
      // An age line the page already showed (the last card's): its verdict is known at once.
      const age = { text: before[11].ageText, days: before[11].ageDays };
      // As a virtualised list recycles its rows: link, name and age line rewritten in place.
      await page.evaluate(({ origin, age, cards, names }) => {
        for (const [k, c] of cards.entries()) {
          const card = [...document.querySelectorAll('[role="listitem"]')].find((el) => el.querySelector(`a[href$="/in/${c.slug}/"]`));
          card.querySelector('a[href*="/in/"]').setAttribute('href', `${origin}/in/person-${60 + k}/`);
          const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
          for (let t = walker.nextNode(); t; t = walker.nextNode()) {
            if (t.nodeValue.trim() === c.name) t.nodeValue = names[k];
            if (t.nodeValue.trim() === c.ageText) t.nodeValue = age.text;
          }
        }
      }, { origin: ORIGIN, age, cards: before.slice(0, 9).map(({ slug, name, ageText }) => ({ slug, name, ageText })), names: before.slice(0, 9).map((_, k) => personName(60 + k)) });
      await page.waitForFunction((days) => [...document.querySelectorAll('[role="listitem"]')].slice(0, 9)
        .every((card) => card.querySelector('[data-warden="badge"]')?.getAttribute('data-age-days') === days), String(age.days), WAIT);
      await new Promise((r) => setTimeout(r, 500));
      const cards = await page.evaluate(() => [...document.querySelectorAll('[role="listitem"]')].slice(0, 9).map((card) => ({
        shows: card.querySelector('a[href*="/in/"]').getAttribute('href').match(/\/in\/([^/]+)/)[1],
        badges: [...card.querySelectorAll('[data-warden="badge"]')].map((b) => b.dataset.slug),
      })));
      assert.deepEqual(cards.filter((c) => c.badges.length !== 1 || c.badges[0] !== c.shows), [], 'one badge each, for the person shown');
    } finally {
      await page.close();
    }
  });

  it('a malformed percent-encoding in /in/…/ and in a vanityName breaks no feature', async () => {
    const page = await session.browser.context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.text().startsWith('[Warden]')) warnings.push(m.text()); });
    try {
      await page.goto(linkedinUrl('/in/bad%E0%A4%A/', { profile: '2026' }));
      await page.waitForLoadState('load');
      // The menu's Connect item with a broken vanityName, clicked by the user: no throw either.
      await page.evaluate(() => {
        for (const a of document.querySelectorAll('a[href*="vanityName="]')) a.setAttribute('href', '/preload/custom-invite/?vanityName=x%ZZ');
      });
      await new Promise((r) => setTimeout(r, 2500)); // the layout report is written once the page is quiet
      assert.deepEqual(warnings.filter((w) => /failed|layout report/.test(w)), [], 'no feature failed');
    } finally {
      await page.close();
    }
  });

  it('an age line updated in place ("1 week") is read again', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const old = expectedCards({ n: 12 }).find((c) => c.slug === 'person-1');
      await page.evaluate((oldText) => {
        const card = [...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector('a[href$="/in/person-1/"]'));
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) if (t.nodeValue.trim() === oldText) t.nodeValue = '5 weeks ago';
      }, old.ageText);
      await page.waitForFunction(() => {
        const card = [...document.querySelectorAll('[role="listitem"]')].find((c) => c.querySelector('a[href$="/in/person-1/"]'));
        return card.querySelector('[data-warden="badge"]')?.getAttribute('data-age-days') === '35';
      }, null, WAIT);
      assert.equal(await badgeOf(page, 'person-1').getAttribute('data-bucket'), 'stale');
    } finally {
      await page.close();
    }
  });

  // ---- What the page can learn --------------------------------------------------------------

  it('the page\'s own pushState to /in/SLUG/ of a withdrawn person shows no banner without that person\'s top card', async () => {
    const answer = await importBackup(session.browser, backupOf([{ slug: 'person-23', name: personName(23), days: 3 }]));
    assert.ok(!answer?.error, JSON.stringify(answer));
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      await page.evaluate(() => history.pushState({}, '', '/in/person-23/'));
      await page.waitForTimeout(1500);
      assert.equal(await page.locator('[data-warden="cooldown-banner"]').count(), 0, 'nothing tells the page');
      // The person's own profile shows it.
      await page.goto(linkedinUrl('/in/person-23/', { profile: '2026' }));
      await page.locator('[data-warden="cooldown-banner"]').waitFor(WAIT);
    } finally {
      await page.close();
    }
  });

  it('a page script fetching the extension\'s files at the fixed chrome-extension://ID/ address fails', async () => {
    const page = await session.browser.context.newPage();
    try {
      // No CSP: the page's fetch is not stopped by its own policy, only by the extension's.
      await openSent(page, { csp: 'none' });
      const logged = session.problems.consoleErrors.length;
      const result = await page.evaluate(async (id) => {
        const out = {};
        for (const file of ['pkg/warden.js', 'pkg/warden_bg.wasm', 'manifest.json']) {
          try {
            const r = await fetch(`chrome-extension://${id}/${file}`);
            out[file] = r.ok ? 'loaded' : `status ${r.status}`;
          } catch {
            out[file] = 'failed';
          }
        }
        return out;
      }, session.browser.extensionId);
      // The browser's own refusals of the page's fetches, logged in the page: not Warden's.
      const refused = session.problems.consoleErrors.splice(logged);
      assert.ok(refused.every((e) => /Denying load of chrome-extension|net::ERR_FAILED/.test(e.text)), JSON.stringify(refused));
      assert.deepEqual(result, { 'pkg/warden.js': 'failed', 'pkg/warden_bg.wasm': 'failed', 'manifest.json': 'failed' });
      // Warden works there all the same: its core answers from the background.
      assert.equal(await page.locator('[data-warden="summary"]').getAttribute('data-transport'), 'background');
    } finally {
      await page.close();
    }
  });

  // ---- All at once ---------------------------------------------------------------------------

  it('2,000 fake cards and transparent overlays: the ledger holds exactly what the user\'s own clicks made', async () => {
    const page = await session.browser.context.newPage();
    try {
      await openSent(page);
      const before = { withdrawn: await withdrawnSlugs(session.browser), kept: await keptSlugs(session.browser), sent: await sentSlugs(session.browser) };
      await page.evaluate((origin) => {
        const list = document.createElement('ul');
        for (let i = 0; i < 2000; i += 1) {
          const li = document.createElement('li');
          li.innerHTML = `<a href="${origin}/in/fake-${i}/">x</a><p>Fake ${i}</p><p>${i % 2 ? 'Sent today' : '2 months ago'}</p><button type="button">Withdraw</button>`;
          list.append(li);
        }
        document.body.append(list);
      }, ORIGIN);
      // A transparent fake control over the page's top strip, its fake dialog after.
      await plantOverlays(page, { slug: 'fake-1', zone: 'left:0;top:0;right:0;height:40px' });
      await twoClicksOnOverlays(page, 300, 20);
      // The user's own clicks: one withdrawal, one keep.
      await withdrawVia(page, 'person-12', 'confirm');
      await keepOf(page, 'person-3').click();
      await storedWhen(session.browser, (s) => s.withdrawals?.['person-12'] && s.keeps?.['person-3'], 'the user\'s withdrawal and keep');
      await storedAfter(session.browser, SETTLED_MS);
      assert.deepEqual(await withdrawnSlugs(session.browser), [...before.withdrawn, 'person-12'].sort());
      assert.deepEqual(await keptSlugs(session.browser), [...new Set([...before.kept, 'person-3'])].sort());
      assert.deepEqual(await sentSlugs(session.browser), before.sent);
    } finally {
      await page.close();
    }
  });
});
