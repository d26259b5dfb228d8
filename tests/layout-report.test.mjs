// The layout report, with the unmodified dist/ in a real Chromium: after each fixture shape
// is read, the stored report describes its structure (roles, attribute names, label and text
// shapes, what was recognised) and holds no name, profile slug or headline of any person on
// the page; the popup shows and copies it on the user's click.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectedCards, linkedinUrl, nameForSlug, personHeadline, personName, SENT_PATH } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';

const WAIT = { timeout: 15000 };

async function reportOf(browser, page, previous) {
  const worker = await browser.getServiceWorker();
  const key = `warden.layout.${page}`;
  for (let k = 0; k < 100; k++) {
    const text = await worker.evaluate((name) => chrome.storage.local.get(name).then((items) => items[name] ?? null), key);
    if (text && text !== previous) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  return assert.fail(`no new ${key}`);
}

/** Every piece of personal data the fixture put on the page: names (and the longer words of real ones), slugs, headlines. */
function personalData(people) {
  const out = new Set();
  for (const p of people) {
    out.add(p.name);
    out.add(p.slug);
    out.add(p.headline);
    // Each longer word of a real name too (the hostile names' markup is no one's name).
    if (/^[\p{L}\s’'.-]+$/u.test(p.name)) for (const word of p.name.split(/[^\p{L}]+/u)) if (word.length >= 4) out.add(word);
  }
  return [...out];
}

const person = (i) => ({ name: personName(i), slug: `person-${i}`, headline: personHeadline(i) });

describe('the layout report', () => {
  const session = browserSession({ check: 'end' });
  const last = { sent: null, profile: null };

  const sentShapes = [
    { layout: 'oct2026', expect: ['role=listitem', 'aria-label="Withdraw invitation sent to ‹name›"', 'href=https://www.linkedin.com/in/‹slug›/', '"Sent today"', 'cards recognised: 10'] },
    { layout: 'oct2026', lang: 'de', expect: ['"Zurückziehen"', 'by their word only', '"Vor 53 Minuten gesendet"'] },
    { layout: 'early2026', expect: ['data-view-name=sent-invitations-withdraw-single'] },
    { layout: 'new', expect: ['componentkey=auto-component-'] },
    { layout: 'old', expect: ['data-control-name=withdraw_single', 'li[class]'] },
    { layout: 'drift', expect: ['cards recognised: 0', 'the page, no card recognised', 'button[type=button][class][aria-label="‹w…›"]'] },
  ];
  for (const shape of sentShapes) {
    it(`a Sent page, ${shape.layout}${shape.lang ? ` in ${shape.lang}` : ''}: its structure, and no personal data`, async () => {
      const page = await session.browser.context.newPage();
      try {
        await page.goto(linkedinUrl(SENT_PATH, { layout: shape.layout, lang: shape.lang, hostile: 1 }));
        const report = await reportOf(session.browser, 'sent', last.sent);
        last.sent = report;
        for (const part of shape.expect) assert.ok(report.includes(part), `the report holds ${part}:\n${report}`);
        const people = expectedCards({ layout: shape.layout, lang: shape.lang, hostile: true, count: 10 });
        for (const data of personalData(people)) assert.ok(!report.includes(data), `"${data}" is in the report:\n${report}`);
      } finally {
        await page.close();
      }
    });
  }

  for (const params of [{}, { profile: '2026' }, { profile: '2026', state: 'menu' }]) {
    it(`a profile${params.profile ? ', 2026 shape' : ''}${params.state ? `, ${params.state}` : ''}: its top card, and no personal data`, async () => {
      const page = await session.browser.context.newPage();
      try {
        await page.goto(linkedinUrl('/in/person-12/', params));
        const report = await reportOf(session.browser, 'profile', last.profile);
        last.profile = report;
        assert.match(report, /profile page · \/in\/‹slug›\//);
        if (params.profile) assert.match(report, /componentkey=ConnectButtonstate:invitation:urn:li:member:‹n›_connect|vanityName=‹v›/);
        const people = [person(12), { name: nameForSlug('person-12'), slug: 'person-12', headline: personHeadline(13) }];
        // The rails and the "people also viewed" list name other people.
        for (let j = 1; j <= 44; j++) if (j !== 12) people.push(person(j));
        for (const data of personalData(people)) assert.ok(!report.includes(data), `"${data}" is in the report:\n${report}`);
      } finally {
        await page.close();
      }
    });
  }

  it('leaks nothing a page can put in its markup: URNs, slugs in ids and test ids, /pub/ paths, phone numbers, symbol letters', async () => {
    const page = await session.browser.context.newPage();
    try {
      await page.goto(linkedinUrl('/in/person-12/', { profile: '2026' }));
      // Put in the top card before the report is written (it is, once the page is quiet).
      await page.evaluate(() => {
        const top = document.querySelector('[componentkey$="Topcard"]');
        const add = (tag, attrs, text) => {
          const n = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
          if (text) n.textContent = text;
          top.append(n);
        };
        add('div', { 'data-testid': 'jane-q-doe-card', id: 'jane-q-doe', 'data-view-name': 'profile-ACoAABxyzQ123' }, 'Call me on +1 415-555-0100');
        add('span', { componentkey: 'urn:li:member:ACoAABxyzQ123_connect', role: 'button' }, 'ⓙⓐⓝⓔ ⓠ ⓓⓞⓔ');
        add('a', { href: '/pub/jane-q-doe/12/345/678' }, 'ACoAABxyzQ123');
        add('p', {}, '4155550100');
      });
      const report = await reportOf(session.browser, 'profile', last.profile);
      last.profile = report;
      for (const leak of ['jane', 'doe', 'ACoAA', 'xyzQ', '415', '555', '0100', 'ⓙ', 'ⓓ', '345', '678']) {
        assert.ok(!report.includes(leak), `"${leak}" is in the report:\n${report}`);
      }
      // What is LinkedIn's own stays readable.
      assert.match(report, /componentkey=urn:li:member:‹x›_connect/);
      assert.match(report, /href=\/pub\/‹slug›\/‹n›\/‹n›\/‹n›/);
    } finally {
      await page.close();
    }
  });

  it('the popup shows both reports on the user\'s click', async () => {
    const popup = await session.browser.context.newPage();
    try {
      await popup.goto(session.browser.popupUrl());
      await popup.locator('#layout summary').click();
      await popup.locator('[data-warden="layout-report"]').click();
      const area = popup.locator('[data-warden="layout-report-text"]');
      await area.waitFor({ state: 'visible', ...WAIT });
      const text = await area.inputValue();
      assert.equal(text, `${last.sent}\n\n${last.profile}`);
      assert.match(await popup.locator('#layout .status').innerText(), /Copied|copy it/);
    } finally {
      await popup.close();
    }
  });
});
