// The trust gate judges what is on screen (issue 22, item 4): the page's script shapes what the
// user's real clicks and key presses land on (empty, masked, clipped or blended controls,
// covers in closed shadow roots and in cascade layers, Warden's own buttons restyled, a focus
// the page moved on its own, a control off screen), and nothing of it counts as the user.
// The user's input is Playwright's real mouse and keyboard (trusted events); the page script
// runs in the page's own world (page.evaluate). Three tests guard one mechanism each of
// content/trust.js, and fail with it removed:
//  - the hit test: "a click on an empty spot of a card that a page's <label for> passes on to
//    its Keep button marks nobody";
//  - the keyboard focus check: "a visible fake control the page focuses from a timer, then the
//    user's Enter, Enter: nobody withdrawn" (and, for the focus a dialog moves late, "the
//    user's own keyboard withdraws when the dialog focuses its confirm a moment after it
//    opened");
//  - the painted-on-screen check: "the user's own Tab onto a fake control the page put off
//    screen, then Enter, Enter: nobody withdrawn" (and each of the painted checks below).

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cardFor, confirmDialog, exactly, tabTo, withdrawControlFor } from './support/browser.mjs';
import { linkedinUrl, ORIGIN, SENT_PATH } from './support/fixtures.mjs';
import { SETTLED_MS, stored, storedAfter, storedWhen } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };
const FAKE_NAME = 'Someone Else';
const TOAST = `Invitation to ${FAKE_NAME} withdrawn.`;

async function openSent(page) {
  await page.goto(linkedinUrl(SENT_PATH, { layout: 'oct2026', n: 12, size: 12 }));
  await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards === '12', null, WAIT);
}

const keepOf = (page, slug) => cardFor(page, slug).locator('[data-warden="keep"]');
const keptSlugs = async (browser) => Object.keys((await stored(browser)).keeps ?? {}).sort();
const withdrawnSlugs = async (browser) => Object.keys((await stored(browser)).withdrawals ?? {}).sort();
const sentSlugs = async (browser) => Object.keys((await stored(browser)).sends ?? {}).sort();
const center = (box) => [box.x + box.width / 2, box.y + box.height / 2];

/**
 * The page's script: a fake card naming `slug` (`card`: its look, `zone`: where it is) whose
 * withdraw button (`control`: its look, `inner`: what it holds) opens a fake dialog (the same
 * look, but for what `dialog` says) whose confirm shows the success toast. The page focuses the fake's confirm as its
 * dialog opens; `focus` says how the fake control itself gets the focus: 'timer' (the page, a
 * moment later), 'now' (the page, at once), 'lead' (the page focuses a button just before it,
 * so that the user's Tab lands on it), or none.
 */
function plantFake(page, {
  slug, card = '', control = 'position:absolute;inset:0;width:100%;height:100%', inner = 'Withdraw', label = null, zone = 'inset:0', focus = null, dialog: look = {},
}) {
  const dialogLook = { zone, card, control, ...look };
  return page.evaluate(({ slug, card, control, inner, label, zone, focus, dialogLook, origin, name, toast }) => {
    const box = (role, { zone, card }) => {
      const el = document.createElement('div');
      el.setAttribute('role', role);
      el.style.cssText = `position:fixed;${zone};z-index:9999;${card}`;
      return el;
    };
    const fake = box('listitem', { zone, card });
    fake.innerHTML = `<a href="${origin}/in/${slug}/" tabindex="-1">x</a><p>${name}</p><p>Sent today</p>`
      + `<button type="button" id="fake-control" style="${control}">${inner}</button>`;
    if (focus === 'lead') {
      const lead = document.createElement('button');
      lead.id = 'fake-lead';
      lead.textContent = 'More';
      document.body.append(lead);
    }
    document.body.append(fake);
    const button = fake.querySelector('button');
    if (label) button.setAttribute('aria-label', label);
    // The page's own handlers: the event goes no further (LinkedIn's list would answer it).
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      fake.remove();
      const dialog = box('dialog', dialogLook);
      dialog.id = 'fake-dialog';
      dialog.innerHTML = `<button type="button" id="fake-confirm" style="${dialogLook.control}">${inner}</button>`;
      document.body.append(dialog);
      const confirm = dialog.querySelector('button');
      if (label) confirm.setAttribute('aria-label', label);
      confirm.addEventListener('click', (event) => {
        event.stopPropagation();
        dialog.remove();
        const alert = document.createElement('div');
        alert.setAttribute('role', 'alert');
        alert.textContent = toast;
        document.body.append(alert);
      });
      confirm.focus();
    });
    if (focus === 'timer') setTimeout(() => button.focus(), 100);
    if (focus === 'now') button.focus();
    if (focus === 'lead') document.getElementById('fake-lead').focus();
  }, { slug, card, control, inner, label, zone, focus, dialogLook, origin: ORIGIN, name: FAKE_NAME, toast: TOAST });
}

/** The user's two real clicks at (x, y): on the fake control, then on the fake dialog's confirm. */
async function twoClicks(page, x = 640, y = 360) {
  await page.mouse.click(x, y);
  await page.locator('#fake-dialog').waitFor({ state: 'attached', ...WAIT });
  await page.mouse.click(x, y);
  await page.getByText(TOAST).waitFor({ state: 'attached', ...WAIT });
}

/** The user's two Enter presses: on the fake control, then on the fake dialog's confirm. */
async function twoEnters(page) {
  await page.keyboard.press('Enter');
  await page.locator('#fake-dialog').waitFor({ state: 'attached', ...WAIT });
  await page.waitForFunction(() => document.activeElement?.id === 'fake-confirm', null, WAIT);
  await page.keyboard.press('Enter');
  await page.getByText(TOAST).waitFor({ state: 'attached', ...WAIT });
}

/** The user's real click on a card's control, then on the real dialog's confirm: the page
 * removes the card, and no withdrawal of `slug` is recorded. */
async function clickThenConfirmRecordsNothing(browser, page, box, slug) {
  await page.mouse.click(...center(box));
  const dialog = confirmDialog(page);
  await dialog.waitFor({ state: 'visible', ...WAIT });
  await dialog.locator('button').filter({ hasText: exactly('Withdraw') }).click();
  await cardFor(page, slug).waitFor({ state: 'detached', ...WAIT });
  assert.equal((await storedAfter(browser, SETTLED_MS)).withdrawals?.[slug], undefined);
}

/**
 * The page's script: an opaque cover over `box`, made transparent to the pointer (the click
 * goes through it) in a way Warden's own sheet cannot outweigh, or out of the document's
 * sight: 'closed-shadow' (in a closed shadow root of a zero-size host), 'layer' (`!important`
 * in a cascade layer), 'inline' (`!important` in its own style), 'inert' (the attribute: never
 * hit, whatever the styles).
 */
function coverOver(page, box, how) {
  return page.evaluate(({ r, how }) => {
    const cover = document.createElement('div');
    cover.textContent = 'Like';
    cover.className = 'page-cover';
    cover.style.cssText = `position:fixed;left:${r.x - 10}px;top:${r.y - 10}px;width:${r.width + 20}px;height:${r.height + 20}px;z-index:9999;background:#eee;color:#000`;
    if (how === 'closed-shadow') {
      cover.style.pointerEvents = 'none';
      const host = document.createElement('div');
      host.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;z-index:9999';
      host.attachShadow({ mode: 'closed' }).append(cover);
      document.body.append(host);
      return;
    }
    if (how === 'layer') {
      const style = document.createElement('style');
      style.textContent = '@layer page { .page-cover { pointer-events: none !important; } }';
      document.head.append(style);
    }
    if (how === 'inline') cover.style.setProperty('pointer-events', 'none', 'important');
    if (how === 'inert') cover.inert = true;
    document.body.append(cover);
  }, { r: box, how });
}

/** The page's own sheet. */
const pageStyle = (page, css) => page.evaluate((text) => {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
}, css);

describe('attacks on the trust gate: what the user clicked is judged by what is on screen', () => {
  const session = browserSession();

  /** Runs `body` in a page of its own. */
  const inPage = async (body) => {
    const page = await session.browser.context.newPage();
    try {
      await body(page);
    } finally {
      await page.close();
    }
  };

  // ---- Controls that paint nothing one can see, under the user's real clicks -------------

  // An icon-only control: named by its label (as LinkedIn's own labels name the person).
  const ICON = { card: 'background:transparent', label: `Withdraw invitation sent to ${FAKE_NAME}`, control: 'position:absolute;inset:0;width:100%;height:100%;background:transparent;border:0;padding:0' };
  for (const [what, fake] of [
    ['a control its card\'s overflow clips to a dot under the click (its dialog shown)', { slug: 'person-61', zone: 'left:639px;top:359px;width:3px;height:3px', card: 'overflow:hidden;background:transparent', control: 'position:absolute;left:-639px;top:-359px;width:1280px;height:720px;background:#0a66c2;color:#fff', dialog: { zone: 'inset:0', card: 'background:#fff', control: 'position:absolute;inset:0;width:100%;height:100%' } }],
    ['an empty <svg> as the control (no shape painted)', { slug: 'person-50', ...ICON, inner: '<svg width="100%" height="100%"></svg>' }],
    ['an <svg> whose shapes have no fill and no stroke', { slug: 'person-51', ...ICON, inner: '<svg width="100%" height="100%"><rect width="100%" height="100%" fill="none" stroke="transparent"/></svg>' }],
    ['an <img> with nothing to show', { slug: 'person-52', ...ICON, inner: '<img alt="" style="width:100%;height:100%">' }],
    ['a control painted only with a gradient of transparent colours', { slug: 'person-59', ...ICON, inner: '', control: `${ICON.control};background-image:linear-gradient(transparent, rgba(10, 102, 194, 0))` }],
    ['a card blended away (mix-blend-mode)', { slug: 'person-53', card: 'background:#fff;mix-blend-mode:multiply' }],
    ['a card masked away (mask-image)', { slug: 'person-54', card: 'background:#fff;-webkit-mask-image:linear-gradient(transparent,transparent);mask-image:linear-gradient(transparent,transparent)' }],
    ['a control clipped to a dot (clip-path) under the click', { slug: 'person-55', card: 'background:transparent', control: 'position:absolute;inset:0;width:100%;height:100%;background:#0a66c2;color:#fff;clip-path:circle(3px at 50% 50%)' }],
    ['a control clipped to a dot (the older clip property) under the click', { slug: 'person-60', card: 'background:transparent', control: 'position:absolute;inset:0;width:100%;height:100%;background:#0a66c2;color:#fff;clip:rect(357px, 643px, 363px, 637px)' }],
  ]) {
    it(`${what}, then its dialog, under two real clicks: nobody withdrawn`, () => inPage(async (page) => {
      await openSent(page);
      const before = await withdrawnSlugs(session.browser);
      await plantFake(page, fake);
      await twoClicks(page);
      await storedAfter(session.browser, SETTLED_MS);
      assert.deepEqual(await withdrawnSlugs(session.browser), before);
    }));
  }

  // ---- Covers the browser's hit test does not see ------------------------------------------

  for (const [how, slug] of [['closed-shadow', 'person-1'], ['layer', 'person-2'], ['inline', 'person-3'], ['inert', 'person-4']]) {
    const named = { 'closed-shadow': 'in a closed shadow root', layer: 'with pointer-events: none !important in a cascade layer', inline: 'with its own pointer-events: none !important', inert: 'made inert' }[how];
    it(`an opaque cover ${named} over a real control (the click goes through it), then the real confirm: nothing recorded`, () => inPage(async (page) => {
      await openSent(page);
      const control = withdrawControlFor(page, slug);
      await control.scrollIntoViewIfNeeded();
      const box = await control.boundingBox();
      await coverOver(page, box, how);
      await clickThenConfirmRecordsNothing(session.browser, page, box, slug);
    }));
  }

  it('a cover with its own pointer-events: none !important, or inert, is left as the page wrote it', () => inPage(async (page) => {
    await openSent(page);
    const control = withdrawControlFor(page, 'person-8');
    await control.scrollIntoViewIfNeeded();
    const box = await control.boundingBox();
    await coverOver(page, box, 'inline');
    await coverOver(page, { ...box, x: box.x + 2 }, 'inert');
    const styleOf = () => page.evaluate(() => [...document.querySelectorAll('.page-cover')].map((c) => [c.getAttribute('style'), c.inert]));
    const before = await styleOf();
    await page.mouse.click(...center(box));
    await confirmDialog(page).waitFor({ state: 'visible', ...WAIT });
    assert.deepEqual(await styleOf(), before);
    await page.keyboard.press('Escape');
  }));

  // ---- Warden's own buttons restyled or covered by the page ---------------------------------

  for (const [what, css, slug] of [
    ['made transparent by the page\'s sheet', '[data-warden="keep"] { color: transparent !important; background: transparent !important; border-color: transparent !important; }', 'person-5'],
    ['masked by the page\'s sheet', '[data-warden="keep"] { -webkit-mask-image: linear-gradient(transparent, transparent); mask-image: linear-gradient(transparent, transparent); }', 'person-6'],
    ['clipped to a dot by the page\'s sheet', '[data-warden="keep"] { clip-path: inset(45%); }', 'person-7'],
    ['blended by the page\'s sheet', '[data-warden="badge"] { mix-blend-mode: screen; }', 'person-8'],
  ]) {
    it(`a Keep button ${what} does not toggle under the user's real click`, () => inPage(async (page) => {
      await openSent(page);
      const before = await keptSlugs(session.browser);
      await keepOf(page, slug).scrollIntoViewIfNeeded();
      const box = await keepOf(page, slug).boundingBox();
      await pageStyle(page, css);
      await page.mouse.click(...center(box));
      await storedAfter(session.browser, 1000);
      assert.deepEqual(await keptSlugs(session.browser), before);
      assert.equal(await keepOf(page, slug).getAttribute('aria-pressed'), 'false');
    }));
  }

  for (const [how, slug] of [['closed-shadow', 'person-9'], ['layer', 'person-10']]) {
    it(`a Keep button under an opaque cover ${how === 'layer' ? 'in a cascade layer' : 'in a closed shadow root'} (the click goes through it) does not toggle`, () => inPage(async (page) => {
      await openSent(page);
      const before = await keptSlugs(session.browser);
      await keepOf(page, slug).scrollIntoViewIfNeeded();
      const box = await keepOf(page, slug).boundingBox();
      await coverOver(page, box, how);
      await page.mouse.click(...center(box));
      await storedAfter(session.browser, 1000);
      assert.deepEqual(await keptSlugs(session.browser), before);
    }));
  }

  // Guards the hit test: the click lands on the page's label, which the browser passes on to
  // the labelled button as a trusted click at the same point; nothing painted is there but
  // the card around the Keep button (its ancestors).
  it('a click on an empty spot of a card that a page\'s <label for> passes on to its Keep button marks nobody', () => inPage(async (page) => {
    await openSent(page);
    const before = await keptSlugs(session.browser);
    await keepOf(page, 'person-11').scrollIntoViewIfNeeded();
    const spot = await keepOf(page, 'person-11').evaluate((keep) => {
      // A spot of the card where only the Keep button's ancestors are.
      const r = keep.closest('[role="listitem"]').getBoundingClientRect();
      for (let y = r.top + 2; y < r.bottom - 2; y += 3) {
        for (let x = r.left + 2; x < r.right - 2; x += 3) {
          const stack = document.elementsFromPoint(x, y);
          if (stack.length && stack.every((e) => e.contains(keep) && e !== keep)) {
            keep.id = 'page-named-keep';
            const label = document.createElement('label');
            label.htmlFor = 'page-named-keep';
            label.style.cssText = `position:fixed;left:${x - 3}px;top:${y - 3}px;width:6px;height:6px;z-index:9999`;
            document.body.append(label);
            return { x, y };
          }
        }
      }
      return null;
    });
    assert.ok(spot, 'a spot of the card holding only its ancestors');
    await page.mouse.click(spot.x, spot.y);
    await storedAfter(session.browser, 1000);
    assert.deepEqual(await keptSlugs(session.browser), before);
    assert.equal(await keepOf(page, 'person-11').getAttribute('aria-pressed'), 'false');
  }));

  for (const [what, css] of [
    ['clipped to a dot by the page\'s sheet', '[data-warden="review-done"] { clip-path: inset(45%); }'],
    ['made transparent by the page\'s sheet', '[data-warden="review-done"] { color: transparent !important; background: transparent !important; border-color: transparent !important; }'],
    ['under an opaque cover in a cascade layer', null],
  ]) {
    it(`review mode's Done ${what} records no review under the user's real click`, () => inPage(async (page) => {
      await openSent(page);
      const before = (await stored(session.browser)).reviewedOn;
      await page.locator('[data-warden="review"]').click();
      const done = page.locator('[data-warden="review-done"]');
      await done.waitFor({ state: 'visible', ...WAIT });
      await done.scrollIntoViewIfNeeded();
      const box = await done.boundingBox();
      if (css) await pageStyle(page, css);
      else await coverOver(page, box, 'layer');
      await page.mouse.click(...center(box));
      await storedAfter(session.browser, 1000);
      assert.equal((await stored(session.browser)).reviewedOn, before);
      assert.equal(await done.isHidden(), false, 'Done still offered');
    }));
  }

  // ---- Connect ---------------------------------------------------------------------------

  for (const [what, style, inner, slug] of [
    ['masked (mask-image)', 'background:#0a66c2;color:#fff;-webkit-mask-image:linear-gradient(transparent,transparent);mask-image:linear-gradient(transparent,transparent)', 'Connect', 'person-70'],
    ['holding only an empty <svg> (named by its label)', 'background:transparent;border:0', '<svg width="100%" height="100%"></svg>', 'person-71'],
    ['blended away (mix-blend-mode)', 'background:#fff;color:#fff;border:0;mix-blend-mode:lighten', 'Connect', 'person-72'],
  ]) {
    it(`a fake Connect control ${what} under the user's click, turned Pending by the page: no send`, () => inPage(async (page) => {
      await openSent(page);
      const before = await sentSlugs(session.browser);
      await page.evaluate(({ origin, style, inner, slug }) => {
        const fake = document.createElement('li');
        fake.style.cssText = 'position:fixed;inset:0;z-index:9999;list-style:none';
        fake.innerHTML = `<a href="${origin}/in/${slug}/">x</a><button type="button" aria-label="Invite Someone Else to connect" style="position:absolute;inset:0;width:100%;height:100%;${style}">${inner}</button>`;
        document.body.append(fake);
        const button = fake.querySelector('button');
        button.addEventListener('click', () => setTimeout(() => { button.removeAttribute('aria-label'); button.textContent = 'Pending'; }, 100));
      }, { origin: ORIGIN, style, inner, slug });
      await page.mouse.click(640, 360);
      await page.waitForFunction(() => [...document.querySelectorAll('li button')].some((b) => b.textContent === 'Pending'), null, WAIT);
      await storedAfter(session.browser, 1000);
      assert.deepEqual(await sentSlugs(session.browser), before);
    }));
  }

  // ---- The keyboard ---------------------------------------------------------------------

  const VISIBLE = { zone: 'left:300px;top:200px;width:320px;height:100px', card: 'background:#fff;border:1px solid #ccc', control: 'padding:8px 16px;background:#0a66c2;color:#fff;border:0' };
  const OFF_SCREEN = { ...VISIBLE, zone: 'left:-2000px;top:200px;width:320px;height:100px' };

  // Guards the keyboard focus check: without it, the first Enter arms the fake and the second
  // (on the confirm the fake dialog's opening focused, in the user's own key press) records it.
  it('a visible fake control the page focuses from a timer, then the user\'s Enter, Enter: nobody withdrawn', () => inPage(async (page) => {
    await openSent(page);
    const before = await withdrawnSlugs(session.browser);
    await plantFake(page, { slug: 'person-56', ...VISIBLE, focus: 'timer' });
    await page.waitForFunction(() => document.activeElement?.id === 'fake-control', null, WAIT);
    await twoEnters(page);
    await storedAfter(session.browser, SETTLED_MS);
    assert.deepEqual(await withdrawnSlugs(session.browser), before);
  }));

  it('an off-screen fake control the page focuses, then the user\'s Enter, Enter: nobody withdrawn', () => inPage(async (page) => {
    await openSent(page);
    const before = await withdrawnSlugs(session.browser);
    await plantFake(page, { slug: 'person-57', ...OFF_SCREEN, focus: 'now' });
    await page.waitForFunction(() => document.activeElement?.id === 'fake-control', null, WAIT);
    await twoEnters(page);
    await storedAfter(session.browser, SETTLED_MS);
    assert.deepEqual(await withdrawnSlugs(session.browser), before);
  }));

  // Guards the painted-on-screen check: the focus is the user's own (their Tab), only the
  // control is where nobody sees it.
  it('the user\'s own Tab onto a fake control the page put off screen, then Enter, Enter: nobody withdrawn', () => inPage(async (page) => {
    await openSent(page);
    const before = await withdrawnSlugs(session.browser);
    await plantFake(page, { slug: 'person-58', ...OFF_SCREEN, focus: 'lead' });
    await page.waitForFunction(() => document.activeElement?.id === 'fake-lead', null, WAIT);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.id === 'fake-control', null, WAIT);
    await twoEnters(page);
    await storedAfter(session.browser, SETTLED_MS);
    assert.deepEqual(await withdrawnSlugs(session.browser), before);
  }));

  it('the user\'s own keyboard withdraws: Tab to the control, Enter, Tab to the confirm, Enter: recorded', () => inPage(async (page) => {
    await openSent(page);
    await tabTo(page, withdrawControlFor(page, 'person-12'));
    await page.keyboard.press('Enter');
    const dialog = confirmDialog(page);
    await dialog.waitFor({ state: 'visible', ...WAIT });
    const confirm = dialog.locator('button').filter({ hasText: exactly('Withdraw') });
    for (let k = 0; k < 6 && !(await confirm.evaluate((b) => b === document.activeElement)); k++) await page.keyboard.press('Tab');
    assert.equal(await confirm.evaluate((b) => b === document.activeElement), true, 'the confirm reached with Tab');
    await page.keyboard.press('Enter');
    await storedWhen(session.browser, (s) => s.withdrawals?.['person-12'], 'the withdrawal of person-12');
  }));

  // Guards the dialog rule of the keyboard focus check: the focus LinkedIn moves into the
  // dialog the user's own Enter opened is the user's, however late it comes.
  it('the user\'s own keyboard withdraws when the dialog focuses its confirm a moment after it opened', () => inPage(async (page) => {
    await openSent(page);
    await page.evaluate(() => addEventListener('click', (e) => {
      if (!(e.target instanceof Element) || !e.target.closest('[role="listitem"]')) return;
      setTimeout(() => [...document.querySelectorAll('dialog[open] button')].find((b) => b.textContent.trim() === 'Withdraw')?.focus(), 300);
    }, true));
    await tabTo(page, withdrawControlFor(page, 'person-10'));
    await page.keyboard.press('Enter');
    const confirm = confirmDialog(page).locator('button').filter({ hasText: exactly('Withdraw') });
    await confirm.waitFor({ state: 'visible', ...WAIT });
    await page.waitForFunction(() => document.activeElement?.textContent.trim() === 'Withdraw' && document.activeElement.closest('dialog'), null, WAIT);
    await page.keyboard.press('Enter');
    await storedWhen(session.browser, (s) => s.withdrawals?.['person-10'], 'the withdrawal of person-10');
  }));

  it('the user\'s Enter on a Keep button the page focused marks nobody; the user\'s own Tab there, then Enter, marks', () => inPage(async (page) => {
    await openSent(page);
    const before = await keptSlugs(session.browser);
    const keep = keepOf(page, 'person-3');
    await keep.scrollIntoViewIfNeeded();
    await keep.evaluate((k) => setTimeout(() => k.focus(), 50));
    await page.waitForFunction(() => document.activeElement?.dataset.warden === 'keep', null, WAIT);
    await page.keyboard.press('Enter');
    await storedAfter(session.browser, 1000);
    assert.deepEqual(await keptSlugs(session.browser), before);
    await tabTo(page, keep);
    await page.keyboard.press('Enter');
    await storedWhen(session.browser, (s) => s.keeps?.['person-3'], 'the keep of person-3');
  }));
});
