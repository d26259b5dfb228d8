// Smoke test of the browser test harness itself (fixture server, browser launcher, problem
// collector), with a throwaway extension instead of Warden: one browser for the whole file.

import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CSP } from './support/server.mjs';
import { cardFor, withdrawVia, confirmDialog, spaNavigate } from './support/browser.mjs';
import { expectedCards, linkedinUrl, SENT_PATH, TEXT } from './support/fixtures.mjs';
import { browserSession } from './support/session.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SMOKE_EXT = path.join(HERE, '.tmp', 'smoke-extension');

function writeSmokeExtension() {
  fs.rmSync(SMOKE_EXT, { recursive: true, force: true });
  fs.mkdirSync(SMOKE_EXT, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Harness smoke extension',
    version: '0.0.1',
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  fs.writeFileSync(path.join(SMOKE_EXT, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(SMOKE_EXT, 'background.js'), "self.smokeReady = true;\n");
  fs.writeFileSync(
    path.join(SMOKE_EXT, 'content.js'),
    `document.documentElement.dataset.smoke = '1';
if (location.search.includes('smoke-problems=1')) {
  console.error('smoke: content-script console.error');
  fetch('https://tracker.example/collect').catch(() => {});
  fetch('/voyager/api/smoke').catch(() => {});
  setTimeout(() => { throw new Error('smoke: content-script uncaught'); }, 0);
}
`,
  );
}

const visibleCards = (page) => page.locator('li.invitation-card, [role="listitem"]');

describe('browser test harness', () => {
  // The problems are checked by the last test (which also makes some on purpose) and at the end.
  const session = browserSession({ launch: () => {
    writeSmokeExtension();
    return { dist: SMOKE_EXT };
  }, check: 'end' });
  let browser;
  let problems;
  let page;

  beforeEach(async () => {
    ({ browser, problems } = session);
    await page?.close();
    page = await browser.context.newPage();
  });

  it('loads the extension and finds its service worker', () => {
    assert.match(browser.extensionId, /^[a-p]{32}$/);
    assert.ok(browser.serviceWorker.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  });

  it('serves the Sent page as https://www.linkedin.com under the strict CSP, and the content script runs', async () => {
    const res = await page.goto(linkedinUrl(SENT_PATH, { layout: 'new' }));
    assert.equal(res.status(), 200);
    assert.equal(res.headers()['content-security-policy'], STRICT_CSP);
    assert.ok(page.url().startsWith(`https://www.linkedin.com${SENT_PATH}`));
    await page.waitForFunction(() => document.documentElement.dataset.smoke === '1');
    // The policy is really in force: the page may not compile WebAssembly.
    const wasm = await page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', () => 'blocked'),
    );
    assert.equal(wasm, 'blocked');
    problems.clear(); // the refused compile logs a CSP console error on purpose
    // ?csp=none serves the same page without any policy.
    const open = await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', csp: 'none' }));
    assert.equal(open.headers()['content-security-policy'], undefined);
    const compiled = await page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(() => 'compiled', () => 'blocked'),
    );
    assert.equal(compiled, 'compiled');
  });

  it('renders the new layout truthfully, and Load more adds 10 cards', async () => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new' }));
    const truth = expectedCards({ layout: 'new' });
    await assert.doesNotReject(page.getByRole('tab', { name: TEXT.en.people(truth.length) }).waitFor());
    assert.equal(await visibleCards(page).count(), 10);
    assert.equal(await page.locator('[componentkey="InvitationManagerPage_InvitationsList"] > [role="listitem"]').count(), 10);
    for (const c of truth.slice(0, 10)) {
      const card = cardFor(page, c.slug);
      assert.equal(await card.count(), 1, c.slug);
      const text = await card.innerText();
      assert.ok(text.includes(c.name), `${c.slug} shows its name`);
      const age = await card.evaluate((el, want) => [...el.querySelectorAll('p')].some((p) => p.textContent === want), c.ageText);
      assert.ok(age, `${c.slug} shows "${c.ageText}"`);
    }
    assert.equal(await page.locator('[data-view-name="sent-invitations-withdraw-single"]').count(), 7);
    assert.equal(await page.locator('[aria-label^="Withdraw invitation sent to "]').count(), 8);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[role="listitem"]').length === 20);
    await page.getByRole('button', { name: 'Load more' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[role="listitem"]').length === 25);
    assert.equal(await page.getByRole('button', { name: 'Load more' }).count(), 0);
  });

  it('removes a card after a confirmed withdrawal and keeps it otherwise (new layout)', async () => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new' }));
    await withdrawVia(page, 'person-2', 'confirm');
    await cardFor(page, 'person-2').waitFor({ state: 'detached' });
    await page.getByRole('alert').filter({ hasText: 'Invitation withdrawn' }).waitFor();
    await page.getByRole('tab', { name: 'People (24)' }).waitFor();
    for (const how of ['cancel', 'dismiss', 'escape', 'outside']) {
      await withdrawVia(page, 'person-3', how);
    }
    await page.waitForTimeout(300);
    assert.equal(await cardFor(page, 'person-3').count(), 1);
    assert.equal(await visibleCards(page).count(), 9);
  });

  it('withdraws in the old layout (artdeco modal) and in the alertdialog variant', async () => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'old' }));
    assert.equal(await page.locator('li.invitation-card').count(), 10);
    assert.equal(await page.locator('li.invitation-card time[datetime]').count(), 3);
    await withdrawControlClickCheck(page, 'person-4');
    await withdrawVia(page, 'person-5', 'dismiss');
    await withdrawVia(page, 'person-5', 'confirm');
    await cardFor(page, 'person-5').waitFor({ state: 'detached' });
    assert.equal(await cardFor(page, 'person-4').count(), 1);

    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', dialog: 'alert' }));
    await withdrawVia(page, 'person-1', 'escape');
    await withdrawVia(page, 'person-1', 'confirm');
    await cardFor(page, 'person-1').waitFor({ state: 'detached' });
  });

  it('keeps the card and shows an error when the page fails (?fail=1)', async () => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', fail: 1 }));
    await withdrawVia(page, 'person-2', 'confirm');
    await page.getByRole('alert').filter({ hasText: 'Something went wrong' }).waitFor();
    assert.equal(await cardFor(page, 'person-2').count(), 1);
  });

  it('paginates the old layout with real page loads', async () => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'old' }));
    await page.evaluate(() => { window.__marker = 'page-1'; });
    await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Page 3' }).click()]);
    assert.equal(new URL(page.url()).searchParams.get('page'), '3');
    assert.equal(await page.evaluate(() => window.__marker), undefined);
    assert.equal(await page.locator('li.invitation-card').count(), 5);
    assert.equal(await cardFor(page, 'person-21').count(), 1);
  });

  it('navigates from /feed/ to the Sent page without a page load (SPA)', async () => {
    await page.goto(linkedinUrl('/feed/', { layout: 'new' }));
    await page.waitForFunction(() => document.documentElement.dataset.smoke === '1');
    await page.evaluate(() => { window.__marker = 'same-document'; });
    await page.locator('#global-nav').getByRole('link', { name: 'Sent invitations' }).click();
    await page.waitForURL(`**${SENT_PATH}?layout=new`);
    await visibleCards(page).first().waitFor();
    assert.equal(await page.evaluate(() => window.__marker), 'same-document');
    assert.equal(await page.evaluate(() => window.__fixture.navigations), 1);
    assert.equal(await visibleCards(page).count(), 10);
    // ...and on to a profile by clicking a card's name, then back.
    await cardFor(page, 'person-1').getByRole('link', { name: 'Alice Martin' }).click();
    await page.getByRole('heading', { level: 1, name: 'Alice Martin' }).waitFor();
    await page.goBack();
    await visibleCards(page).first().waitFor();
    await spaNavigate(page, '/mynetwork/');
    assert.equal(await page.evaluate(() => window.__marker), 'same-document');
  });

  it('shows the French variant in French', async () => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', lang: 'fr' }));
    await page.getByRole('tab', { name: 'Personnes (25)' }).waitFor();
    await page.getByRole('button', { name: 'Afficher plus' }).waitFor();
    const truth = expectedCards({ layout: 'new', lang: 'fr' });
    assert.match(truth[8].ageText, /^Envoyée\sil\sy\sa\s3\ssemaines$/);
    assert.equal(await page.locator('[aria-label^="Retirer l’invitation envoyée à "]').count(), 8);
    const text = await page.locator('main').innerText();
    assert.ok(text.includes('Envoyée aujourd’hui'));
    await withdrawVia(page, 'person-2', 'cancel', { lang: 'fr' });
    await withdrawVia(page, 'person-2', 'confirm', { lang: 'fr' });
    await page.getByRole('alert').filter({ hasText: 'Invitation retirée' }).waitFor();
    await page.getByRole('tab', { name: 'Personnes (24)' }).waitFor();
  });

  it('escapes hostile names: markup shows as text, never as elements', async () => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', hostile: 1 }));
    const name = expectedCards({ layout: 'new', hostile: true })[1].name;
    assert.ok(name.includes('<img'));
    assert.equal(await cardFor(page, 'person-2').getByRole('link', { name }).count(), 1);
    assert.equal(await page.locator('main img, main svg, main script').count(), 0);
  });

  it('re-renders cards as new nodes and lazy-loads in an inner scroller', async () => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'new', lazy: 1, n: 30 }));
    await page.evaluate(() => { document.querySelector('[role="listitem"]').dataset.before = '1'; });
    assert.equal(await page.evaluate(() => window.__fixture.rerender()), 10);
    assert.equal(await page.locator('[data-before]').count(), 0);
    await page.locator('[data-fx-scroller]').hover();
    for (let k = 0; k < 20 && (await visibleCards(page).count()) < 30; k++) {
      await page.mouse.wheel(0, 1500);
      await page.waitForTimeout(100);
    }
    assert.equal(await visibleCards(page).count(), 30);
  });

  it('renders the empty and drift pages', async () => {
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'empty' }));
    await page.getByText('No pending invitations').waitFor();
    await page.getByRole('tab', { name: 'People (0)' }).waitFor();
    assert.equal(await visibleCards(page).count(), 0);
    await page.goto(linkedinUrl(SENT_PATH, { layout: 'drift' }));
    assert.equal(await page.locator('a[href*="/in/"]').count(), 10);
    assert.equal(await page.locator('[data-control-name], [data-view-name], [aria-label*="Withdraw"], time').count(), 0);
    assert.equal(await page.locator('main').getByText(/^Sent /).count(), 0);
  });

  it('sends an invitation from a profile (fixture behaviour)', async () => {
    await page.goto(linkedinUrl('/in/person-7/'));
    await page.getByRole('button', { name: 'Invite Grace Kowalski to connect' }).click();
    await confirmDialog(page).getByRole('button', { name: 'Add a note' }).click();
    await confirmDialog(page).locator('textarea').fill('Hello');
    await confirmDialog(page).getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('button', { name: /^Pending/ }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Invitation sent' }).waitFor();

    await page.goto(linkedinUrl('/in/person-8/', { lang: 'fr' }));
    await page.getByRole('button', { name: /^Invitez .* à rejoindre votre réseau$/ }).click();
    await confirmDialog(page).getByRole('button', { name: 'Envoyer sans note' }).click();
    await page.getByRole('button', { name: /^En attente/ }).waitFor();
  });

  it('has produced no problem so far, and does catch them', async () => {
    problems.assertClean('the harness itself misbehaved');
    await page.goto(linkedinUrl('/feed/', { 'smoke-problems': 1 }));
    const want = () =>
      problems.consoleErrors.some((e) => e.text.includes('content-script console.error')) &&
      problems.foreignRequests.some((r) => r.kind === 'foreign' && r.url.startsWith('https://tracker.example/')) &&
      problems.foreignRequests.some((r) => r.kind === 'linkedin-unexpected' && r.url.endsWith('/voyager/api/smoke'));
    for (let k = 0; k < 50 && !want(); k++) await page.waitForTimeout(100);
    assert.ok(want(), `expected the smoke problems, got:\n${problems.format()}`);
    await browser.serviceWorker.evaluate(() => {
      console.error('smoke: service worker console.error');
      setTimeout(() => { throw new Error('smoke: service worker uncaught'); }, 0);
    });
    const texts = () => problems.consoleErrors.map((e) => e.text).join('\n');
    for (let k = 0; k < 50 && !texts().includes('service worker uncaught'); k++) await page.waitForTimeout(100);
    assert.match(texts(), /service worker console\.error/);
    assert.match(texts(), /\[uncaught\].*service worker uncaught/);
    assert.ok(problems.pageErrors.some((e) => e.message.includes('content-script uncaught')), problems.format());
    problems.clear();
  });
});

async function withdrawControlClickCheck(page, slug) {
  await withdrawVia(page, slug, 'cancel');
  await withdrawVia(page, slug, 'outside');
  await withdrawVia(page, slug, 'escape');
}
