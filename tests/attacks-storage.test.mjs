// Attacks on the ledger's size: the page's own script floods the Sent page with thousands of
// fake cards (distinct people, long names), with no click at all. The readings Warden keeps
// stay within the documented bound (crates/warden-core/src/storage.rs, `cap_readings`: 3,000
// people on the list, 3 MiB), the user's own records are exactly what their clicks made, and a
// real withdrawal afterwards is still recorded.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withdrawVia, cardFor, openSentPage } from './support/browser.mjs';
import { linkedinUrl, SENT_PATH } from './support/fixtures.mjs';
import { stored, storedWhen } from './support/ledger.mjs';
import { browserSession } from './support/session.mjs';

const FAKES = 4000;
const BOUND_PEOPLE = 3000;
const BOUND_BYTES = 3 * 1024 * 1024;

/**
 * The page's own script: clones a card, Warden's marks stripped, for `n` people, each with a
 * name of its own (`name` added to a number, in the card's texts and labels) and a link of its
 * own (`slug` added to a number), or no link at all (`link: false`: known by name only).
 */
async function flood(page, n, { slug, name, prefix = 'fake', link = true }) {
  await page.evaluate(async ([n, slug, extra, prefix, link]) => {
    const model = document.querySelector('li.invitation-card, [role="listitem"]');
    // The person's name as the card shows it: the longest text of its profile links (another
    // holds the avatar's initials).
    const name = [...model.querySelectorAll('a[href*="/in/"]')].map((a) => a.textContent.trim()).sort((a, b) => b.length - a.length)[0] || 'x';
    for (let start = 0; start < n; start += 500) {
      const batch = document.createDocumentFragment();
      for (let i = start; i < Math.min(n, start + 500); i++) {
        const card = model.cloneNode(true);
        card.querySelectorAll('[data-warden]').forEach((m) => m.remove());
        card.querySelectorAll('a[href*="/in/"]').forEach((a) => (link ? a.setAttribute('href', `/in/${prefix}-${i}-${slug}/`) : a.removeAttribute('href')));
        for (const node of card.querySelectorAll('*')) {
          for (const a of [...node.attributes]) if (a.value.includes(name)) node.setAttribute(a.name, a.value.replace(name, `Fake ${i} ${extra}`));
        }
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if (t.data.includes(name)) t.data = t.data.replace(name, `Fake ${i} ${extra}`);
        }
        batch.append(card);
      }
      model.parentElement.append(batch);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, [n, slug, name, prefix, link]);
}

describe('a page that floods the Sent list with fake cards', () => {
  const session = browserSession({ check: 'end' });

  it('stores readings within the documented bound and the ledger only as the user made it', async () => {
    const { browser } = session;
    const page = await browser.context.newPage();
    await openSentPage(page);
    // The page's own script: clones a card, Warden's marks stripped, for thousands of people.
    await flood(page, FAKES, { slug: 'q'.repeat(80), name: 'Ŵ'.repeat(180) });
    // Warden reads what the page shows: wait until its readings stop changing.
    let last = -1;
    for (let k = 0; k < 60; k++) {
      const seen = Object.keys((await stored(browser)).seen ?? {}).length;
      if (seen === last && seen > 100) break;
      last = seen;
      await new Promise((r) => setTimeout(r, 500));
    }
    const state = await stored(browser);
    const people = Object.keys(state.seen ?? {}).length;
    assert.ok(people > 100, `the fake cards were read (${people})`);
    assert.ok(people <= BOUND_PEOPLE, `${people} people kept`);
    const bytes = await (await browser.getServiceWorker()).evaluate(() => chrome.storage.local.getBytesInUse(null));
    assert.ok(bytes <= BOUND_BYTES + 512 * 1024, `${bytes} bytes in use`);
    assert.deepEqual(
      [state.withdrawals ?? {}, state.keeps ?? {}, state.sends ?? {}],
      [{}, {}, {}],
      'no record without a click',
    );
    // The user's own withdrawal still lands.
    await withdrawVia(page, 'person-2');
    await cardFor(page, 'person-2').first().waitFor({ state: 'detached' });
    const after = await storedWhen(browser, (s) => s.withdrawals?.['person-2'], 'the real withdrawal');
    assert.deepEqual(Object.keys(after.withdrawals), ['person-2']);
    await page.close();
  });

  it('a list showing a withdrawn person again sets the record apart and never deletes it', async () => {
    const { browser } = session;
    const record = (await stored(browser)).withdrawals['person-2'];
    // A view opened after the withdrawal lists person-2 again with the older invitation (the
    // fixture, like a page that lies or a withdrawal that did not hold, shows them again).
    const page = await browser.context.newPage();
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new' }));
    const state = await storedWhen(browser, (s) => s.notHeld?.['person-2'], 'the record set apart');
    assert.equal(state.withdrawals?.['person-2'], undefined, 'no cooldown while the list shows it pending');
    assert.deepEqual(state.notHeld['person-2'], record, 'the record exactly as the user made it');
    await page.close();
  });
});

// The browser counts what it stores as JSON, where `<` is written \u003C (6 bytes): a page that
// names thousands of people with it, on visit after visit, still leaves Warden's readings
// within the documented bound as the browser counts it (`storage::READINGS_TOTAL`, 5 MiB),
// and the user's own withdrawal afterwards is saved in the lasting storage.
describe('a page that floods three visits with people named in markup', () => {
  const session = browserSession({ check: 'end' });
  const READINGS_TOTAL = 5 * 1024 * 1024;

  it('stays within the bound as the browser counts it, and the user\'s withdrawal is saved for good', async () => {
    const { browser } = session;
    const worker = await browser.getServiceWorker();
    for (let visit = 0; visit < 3; visit++) {
      const page = await browser.context.newPage();
      await openSentPage(page);
      await flood(page, 3000, { slug: `v${visit}`, name: '<'.repeat(180), prefix: `lt${visit}` });
      // Warden reads what the page shows: wait until the storage stops growing.
      let last = -1;
      for (let k = 0; k < 60; k++) {
        const used = await worker.evaluate(() => chrome.storage.local.getBytesInUse(null));
        if (used === last) break;
        last = used;
        await new Promise((r) => setTimeout(r, 700));
      }
      await page.close();
    }
    const used = await worker.evaluate(() => chrome.storage.local.getBytesInUse(null));
    assert.ok(used <= READINGS_TOTAL, `${used} bytes in use, as the browser counts them`);
    const page = await browser.context.newPage();
    await openSentPage(page);
    await withdrawVia(page, 'person-2');
    const after = await storedWhen(browser, (s) => s.withdrawals?.['person-2'], 'the real withdrawal, in the lasting storage');
    assert.deepEqual(Object.keys(after.withdrawals), ['person-2']);
    const kept = await worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)));
    assert.deepEqual(kept, [], 'nothing kept only until the browser closes');
    await page.close();
  });
});
