// Launch Chromium with an unpacked extension, pointed at the fixture server, and watch it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ORIGIN, SENT_PATH, TEXT, linkedinUrl } from './fixtures.mjs';
import { TEXT26 } from './fixtures-2026.mjs';

/** The words a test clicks by, in a language of the older layouts or of the 2026 shapes. */
const wordsOf = (lang) => ({ ...TEXT.en, ...TEXT[lang], ...TEXT26[lang] });
/** A pattern matching exactly `word` (around spaces aside), as a user reads a control's word. */
export const exactly = (word) => new RegExp(`^\\s*${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
/** The extension under test: $WARDEN_DIST, else the repo's dist/. */
export const DEFAULT_DIST = process.env.WARDEN_DIST ? path.resolve(process.env.WARDEN_DIST) : path.join(REPO_ROOT, 'dist');

/**
 * Where a test writes a screenshot: `docs/` (the README's pictures) or `store/screenshots/`
 * (`where: 'store'`) when run by `npm run screenshots` (WARDEN_SCREENSHOTS=docs), else the
 * ignored tests/.tmp/screenshots/, so that `npm test` leaves the work tree as it found it.
 */
export function screenshotPath(name, where = 'docs') {
  const dir = process.env.WARDEN_SCREENSHOTS === 'docs'
    ? path.join(REPO_ROOT, where === 'store' ? path.join('store', 'screenshots') : 'docs')
    : path.join(REPO_ROOT, 'tests', '.tmp', 'screenshots', where);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

/** Chromium executable: $CHROMIUM, else Debian's chromium. */
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Chromium's id for an unpacked extension: sha256 of its absolute path, a-p encoded. */
export function unpackedExtensionId(dir) {
  const hex = crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

function extensionIdOf(worker) {
  const m = /^chrome-extension:\/\/([a-p]{32})\//.exec(worker.url());
  return m ? m[1] : null;
}

/**
 * Launch a persistent Chromium context with the extension in `dist` loaded.
 *
 * @param {object} options
 * @param {string|null} [options.dist] unpacked extension folder (default: DEFAULT_DIST);
 *   null launches without any extension.
 * @param {number} options.port the fixture server's port (www.linkedin.com maps to it).
 * @param {boolean} [options.headless=true]
 * @param {string} [options.userDataDir] reuse a profile (e.g. to test a browser restart); it is
 *   then kept on close(). By default a fresh temporary profile is deleted on close().
 * @param {string} [options.lang] browser UI language, e.g. 'fr' (sets --lang, LANGUAGE and
 *   the pages' locale).
 * @param {string[]} [options.args] extra Chromium arguments.
 * @param {number} [options.timeout=15000] how long to wait for the extension's service worker.
 * @returns {Promise<{context, extensionId: string|null, serviceWorker, userDataDir: string,
 *   getServiceWorker(): Promise<import('playwright-core').Worker>, popupUrl(file?): string,
 *   close(): Promise<void>}>}
 */
export async function launchWithExtension({
  dist = DEFAULT_DIST, port, headless = true, userDataDir, lang, args = [], timeout = 15000,
} = {}) {
  if (!port) throw new Error('launchWithExtension: the fixture server port is required');
  const ownDir = !userDataDir;
  // Profiles live in the system's temporary folder, not under tests/: a killed run would
  // otherwise leave dangling Singleton* symlinks where the test runner looks for tests.
  if (ownDir) userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-chromium-'));
  const distDir = dist ? path.resolve(dist) : null;
  if (distDir && !fs.existsSync(path.join(distDir, 'manifest.json'))) {
    throw new Error(`launchWithExtension: no manifest.json in ${distDir} (build first)`);
  }
  const manifest = distDir ? JSON.parse(fs.readFileSync(path.join(distDir, 'manifest.json'), 'utf8')) : null;
  const launchArgs = [
    ...(distDir ? [`--disable-extensions-except=${distDir}`, `--load-extension=${distDir}`] : []),
    // Only www.linkedin.com resolves (to the fixture server); every other host fails fast,
    // so nothing can reach the real network.
    `--host-resolver-rules=MAP www.linkedin.com 127.0.0.1:${port},MAP * ~NOTFOUND`,
    '--ignore-certificate-errors',
    '--disable-gpu',
    '--no-first-run',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(lang ? [`--lang=${lang}`] : []),
    ...args,
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    args: launchArgs,
    ignoreHTTPSErrors: true,
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` } } : {}),
  });

  const ours = (w) => distDir && extensionIdOf(w);
  async function getServiceWorker() {
    const existing = context.serviceWorkers().find(ours);
    if (existing) return existing;
    return context.waitForEvent('serviceworker', { predicate: ours, timeout });
  }

  let serviceWorker = null;
  let extensionId = distDir ? unpackedExtensionId(distDir) : null;
  try {
    if (manifest?.background?.service_worker) {
      serviceWorker = await getServiceWorker();
      extensionId = extensionIdOf(serviceWorker);
    }
  } catch (err) {
    await context.close().catch(() => {});
    if (ownDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`the extension's service worker did not start: ${err.message}`);
  }

  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    getServiceWorker,
    popupUrl: (file = manifest?.action?.default_popup ?? 'popup.html') => `chrome-extension://${extensionId}/${file}`,
    async close() {
      await context.close().catch(() => {});
      if (ownDir) fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

// ---------------------------------------------------------------------------------------
// Problems: console errors, uncaught exceptions, requests leaving the allowed origins

const FIXTURE_OWN = new Set(['/fixture/app.js', '/favicon.ico']);

/**
 * Start recording, for every page and service worker of `context` (present and future):
 *  - console messages of type 'error' (`consoleErrors`),
 *  - uncaught exceptions of pages (`pageErrors`) and of service workers (reported by a
 *    listener installed in each worker, as console errors starting with "[uncaught]"),
 *  - requests (`foreignRequests`) whose URL is neither https://www.linkedin.com/... nor
 *    chrome-extension://... (nor data:/blob:, which never leave the browser), plus LinkedIn
 *    requests the fixture itself did not make (not a document load, not /fixture/app.js,
 *    not a fetch carrying the fixture's x-fixture header): those can only come from the
 *    extension (kind 'linkedin-unexpected').
 *
 * @param {import('playwright-core').BrowserContext} context
 * @param {{allowLinkedInRequests?: boolean}} [options] set allowLinkedInRequests to skip the
 *   'linkedin-unexpected' check.
 * @returns {{consoleErrors: object[], pageErrors: object[], foreignRequests: object[],
 *   all(): object[], clear(): void, format(): string, assertClean(message?): void,
 *   stop(): void}}
 */
export function collectProblems(context, { allowLinkedInRequests = false } = {}) {
  const consoleErrors = [];
  const pageErrors = [];
  const foreignRequests = [];
  const seenMessages = new WeakSet();
  const watchedWorkers = new WeakSet();
  const offs = [];
  const on = (emitter, event, fn) => {
    emitter.on(event, fn);
    offs.push(() => emitter.off(event, fn));
  };

  const where = (msg) => msg.page()?.url() ?? msg.worker?.()?.url() ?? '';
  const onConsole = (msg, origin) => {
    if (seenMessages.has(msg)) return;
    seenMessages.add(msg);
    if (msg.type() !== 'error') return;
    const loc = msg.location();
    consoleErrors.push({ text: msg.text(), url: origin ?? where(msg), source: loc?.url ?? '' });
  };

  const watchWorker = (worker) => {
    if (watchedWorkers.has(worker)) return;
    watchedWorkers.add(worker);
    on(worker, 'console', (msg) => onConsole(msg, worker.url()));
    // Service workers have no 'pageerror': report their uncaught errors as console errors.
    worker
      .evaluate(() => {
        if (globalThis.__problemsHooked) return;
        globalThis.__problemsHooked = true;
        const describe = (e) => (e && (e.stack || e.message)) || String(e);
        self.addEventListener('error', (e) => console.error(`[uncaught] ${describe(e.error ?? e.message)}`));
        self.addEventListener('unhandledrejection', (e) => console.error(`[uncaught] (in promise) ${describe(e.reason)}`));
      })
      .catch(() => {});
  };

  const onRequest = (req) => {
    const url = req.url();
    if (/^(data|blob):/.test(url) || url.startsWith('chrome-extension://')) return;
    const from = req.frame?.()?.url?.() ?? req.serviceWorker?.()?.url() ?? '';
    if (url.startsWith(`${ORIGIN}/`)) {
      if (allowLinkedInRequests) return;
      const u = new URL(url);
      const own =
        req.isNavigationRequest() ||
        FIXTURE_OWN.has(u.pathname) ||
        req.headers()['x-fixture'] === '1';
      if (!own) foreignRequests.push({ kind: 'linkedin-unexpected', url, resourceType: req.resourceType(), from });
      return;
    }
    foreignRequests.push({ kind: 'foreign', url, resourceType: req.resourceType(), from });
  };

  on(context, 'console', (msg) => onConsole(msg));
  on(context, 'weberror', (err) =>
    pageErrors.push({ message: String(err.error()?.stack ?? err.error()), url: err.page()?.url() ?? '' }),
  );
  on(context, 'request', onRequest);
  on(context, 'serviceworker', watchWorker);
  for (const w of context.serviceWorkers()) watchWorker(w);

  const all = () => [
    ...consoleErrors.map((e) => ({ type: 'console.error', ...e })),
    ...pageErrors.map((e) => ({ type: 'uncaught', ...e })),
    ...foreignRequests.map((e) => ({ type: 'request', ...e })),
  ];
  const format = () =>
    all()
      .map((p) => `- ${p.type}${p.kind ? `/${p.kind}` : ''}: ${p.text ?? p.message ?? p.url}${p.type === 'request' ? ` (from ${p.from})` : ` (at ${p.url})`}`)
      .join('\n');
  return {
    consoleErrors,
    pageErrors,
    foreignRequests,
    all,
    format,
    clear() {
      consoleErrors.length = 0;
      pageErrors.length = 0;
      foreignRequests.length = 0;
    },
    assertClean(message = 'unexpected problems') {
      if (all().length) throw new Error(`${message}:\n${format()}`);
    },
    stop() {
      for (const off of offs.splice(0)) off();
    },
  };
}

// ---------------------------------------------------------------------------------------
// Acting like the user on fixture pages (trusted input events via Playwright)

/** Locator of the Sent-page card whose profile link is /in/SLUG/ (either layout). */
export function cardFor(page, slug) {
  return page
    .locator('li.invitation-card, [role="listitem"]')
    .filter({ has: page.locator(`a[href="/in/${slug}/"], a[href="${ORIGIN}/in/${slug}/"]`) });
}

/** Locator of that card's withdraw control (by its visible word, in any fixture language). */
export function withdrawControlFor(page, slug) {
  const all = [...new Set(Object.values(TEXT26).map((t) => t.withdraw).concat(TEXT.en.withdraw, TEXT.fr.withdraw))];
  const words = new RegExp(`^\\s*(${all.join('|')})\\s*$`);
  return cardFor(page, slug).locator('button, a').filter({ hasText: words });
}

/** Locator of the open withdraw confirmation (old .artdeco-modal, dialog[open], alertdialog). */
export function confirmDialog(page) {
  return page.locator('.artdeco-modal, dialog[open], [role="alertdialog"]');
}

/**
 * Withdraw the invitation to SLUG the way a user does, then close the confirmation with
 * `how`: 'confirm' | 'cancel' | 'dismiss' | 'escape' | 'outside'. Resolves once the dialog
 * is gone (for 'confirm', the page removes the card ~delay ms later: wait for that yourself).
 */
export async function withdrawVia(page, slug, how = 'confirm', { lang = 'en' } = {}) {
  const t = wordsOf(lang);
  await withdrawControlFor(page, slug).click();
  const dialog = confirmDialog(page);
  await dialog.waitFor({ state: 'visible' });
  // The confirm by its visible word: on the 2026 dialog its accessible name is the card
  // control's own label (FIELD-NOTES §2).
  if (how === 'confirm') await dialog.locator('button').filter({ hasText: exactly(t.withdraw) }).click();
  else if (how === 'cancel') await dialog.getByRole('button', { name: t.cancel, exact: true }).click();
  else if (how === 'dismiss') await dialog.getByRole('button', { name: t.dismiss, exact: true }).click();
  else if (how === 'escape') await page.keyboard.press('Escape');
  else if (how === 'outside') await page.mouse.click(5, 300);
  else throw new Error(`withdrawVia: unknown way "${how}"`);
  await dialog.waitFor({ state: 'detached' });
}

/**
 * Moves the keyboard focus to `locator` as a user does: the focus is put on the element just
 * before it in the tab order, then the user's own Tab key moves it on (a focus the page's
 * script moves is not the user's, so `locator.focus()` would not do). Fails unless the Tab
 * landed there.
 */
export async function tabTo(page, locator) {
  await locator.evaluate((target) => {
    const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
      .filter((e) => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);
    const k = tabbable.indexOf(target);
    if (k < 1) throw new Error('tabTo: no element before the target in the tab order');
    tabbable[k - 1].focus();
  });
  await page.keyboard.press('Tab');
  if (!(await locator.evaluate((e) => e === document.activeElement))) throw new Error('tabTo: the Tab did not land on the target');
}

/** Opens the Sent page (fixture params) and waits until Warden's summary counts its cards. */
export async function openSentPage(page, params = { layout: 'new' }, { timeout = 15000 } = {}) {
  await page.goto(linkedinUrl(SENT_PATH, params));
  await page.waitForFunction(() => document.querySelector('[data-warden="summary"]')?.dataset.cards > 0, null, { timeout });
}

/** Waits until Warden's summary counts `cards` cards. */
export async function waitForSummary(page, cards, { timeout = 15000 } = {}) {
  await page.waitForFunction((n) => document.querySelector('[data-warden="summary"]')?.dataset.cards === String(n), cards, { timeout });
}

/**
 * Opens the popup in a new tab and waits until it has rendered its data; it re-renders when the
 * data changes, so it may stay open beside a LinkedIn tab.
 */
export async function openPopup(browser, { viewport, timeout = 15000 } = {}) {
  const popup = await browser.context.newPage();
  if (viewport) await popup.setViewportSize(viewport);
  await popup.goto(browser.popupUrl());
  await popup.locator('#main[aria-busy="false"]').waitFor({ timeout });
  return popup;
}

/** The popup's figures: the invitations counted this week, and the pending total. */
export const quotaUsed = (popup) => popup.locator('[data-warden="quota"]').getAttribute('data-used').then(Number);
export const pendingCount = (popup) => popup.locator('[data-warden="pending"]').getAttribute('data-count').then(Number);

/** SPA-navigate the page (no document load) the way a click on an in-app link does. */
export async function spaNavigate(page, target) {
  const url = new URL(target, ORIGIN).href;
  await page.evaluate((u) => window.__fixture.navigate(u), url);
  await page.waitForFunction((u) => location.href === u, url);
}

export { SENT_PATH };
