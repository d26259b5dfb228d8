// The setup every browser test file shares: a fixture server playing www.linkedin.com, a
// browser pointed at it, and a check of what the contract forbids. `browserSession()` gives a
// Chromium with the extension (or a given build of it, or none) and a collector of problems
// (console errors, uncaught errors, requests the fixture did not make), checked after each test
// or once at the end; `firefoxSession()` gives Firefox ESR with the extension installed. Both
// register their own before/after hooks in the calling describe().

import { before, after, afterEach, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';
import { DEFAULT_DIST, launchWithExtension, collectProblems } from './browser.mjs';
import { launchFirefox, startLinkedInProxy } from './firefox.mjs';

/**
 * @param {object} [options]
 * @param {'strict'|'none'} [options.csp='strict'] the fixture server's policy
 * @param {object|(() => object|Promise<object>)} [options.launch] options for
 *   launchWithExtension: `lang`, `args`, and `dist` (a folder holding a build of the extension,
 *   or null for a Chromium without any extension). A function is called in the before hook,
 *   after the earlier hooks of the file (e.g. to launch a copy of dist/ made there).
 * @param {'each'|'end'|'none'} [options.check='each'] when the problems are checked
 * @param {(browser) => Promise<void>} [options.seed] run once the browser is up
 * @returns {{server, browser, problems, restart(): Promise<object>}} filled in before the
 *   first test. `restart()` closes the browser and starts it again on the same profile (a
 *   browser restart: the extension's stored data stays), checking the problems so far unless
 *   check is 'none'; it returns the new browser, also in `session.browser`.
 */
export function browserSession({ csp = 'strict', launch = {}, check = 'each', seed } = {}) {
  const session = { server: null, browser: null, problems: null, restart };
  let options = null;
  // The session's own profile, kept across restart() and deleted after the file.
  let profileDir = null;

  async function start() {
    session.browser = await launchWithExtension({ ...options, userDataDir: profileDir, port: session.server.port });
    session.problems = collectProblems(session.browser.context);
  }

  async function restart() {
    if (check !== 'none') session.problems.assertClean('the extension misbehaved before the browser restarted');
    session.problems.stop();
    await session.browser.close();
    session.browser = null;
    await start();
    return session.browser;
  }

  before(async () => {
    options = typeof launch === 'function' ? await launch() : launch;
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-chromium-'));
    session.server = await startServer({ csp });
    await start();
    await seed?.(session.browser);
  });
  if (check === 'each') {
    afterEach(() => {
      try {
        session.problems.assertClean('the extension misbehaved');
      } finally {
        session.problems.clear(); // one test's problem is reported once, by that test
      }
    });
  }
  after(async () => {
    try {
      if (check === 'end') session.problems?.assertClean('no console error, page error or foreign request in the whole file');
    } finally {
      await session.browser?.close();
      await session.server?.close();
      if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
    }
  });
  return session;
}

/**
 * Tests whose bodies run at the same time, each in its own tab of the session's browser: for
 * tests that mostly wait for something NOT to happen (no notice within 11 s, nothing recorded
 * within SETTLED_MS), so that their waits overlap instead of adding up. One test per case, named
 * by it; each test awaits its own case's body, so a failure is reported by that case's test.
 * The cases must not share what they assert on (each its own people, its own page).
 *
 * @param {{browser}} session from browserSession()
 * @param {Array<[string, any]>} cases [test name, argument] for each case
 * @param {(page, arg, index: number) => Promise<void>} body a case's test, given its own tab
 * @param {{viewport?: {width: number, height: number}}} [options]
 */
export function testsAtOnce(session, cases, body, { viewport = { width: 1280, height: 720 } } = {}) {
  let runs = null;
  const start = () => (runs ??= cases.map(([name, arg], k) => {
    const run = (async () => {
      const page = await session.browser.context.newPage();
      try {
        await page.setViewportSize(viewport);
        // A wait means as much in every tab only if none is a throttled background tab.
        assert.equal(await page.evaluate(() => document.visibilityState), 'visible', `${name}: its tab runs as a visible one`);
        await body(page, arg, k);
      } finally {
        await page.close();
      }
    })();
    run.catch(() => {}); // reported by its own test, which awaits it
    return run;
  }));
  cases.forEach(([name], k) => it(name, () => start()[k]));
}

/**
 * Firefox ESR with the extension in `dist` installed as a temporary add-on, driven through
 * geckodriver, its traffic sent through a local proxy that maps www.linkedin.com to the
 * fixture server (started here unless `port` names one) and refuses every other host.
 *
 * @param {object} [options]
 * @param {string} [options.dist] the extension's folder (default: $WARDEN_DIST, else dist/)
 * @param {number} [options.port] a fixture server already running; else one is started
 * @param {'strict'|'none'} [options.csp='strict'] the policy of the server started here
 * @param {object} [options.prefs] more Firefox preferences
 * @returns {Promise<{server, proxy, addonId: string, driver, goto(url: string): Promise<void>,
 *   executeScript(script: string, ...args): Promise<any>, waitFor(script: string, options?):
 *   Promise<any>, click(css: string): Promise<void>, logs(): string, close(): Promise<void>}>}
 *   `server` is null when `port` was given; `executeScript` runs a function body in the page.
 */
export async function launchFirefoxSession({ dist = DEFAULT_DIST, port, csp = 'strict', prefs } = {}) {
  const server = port ? null : await startServer({ csp });
  let proxy = null;
  try {
    proxy = await startLinkedInProxy(port ?? server.port);
    const firefox = await launchFirefox({ dist, proxyPort: proxy.port, prefs });
    return {
      ...firefox,
      server,
      proxy,
      async close() {
        await firefox.close();
        await proxy.close();
        await server?.close();
      },
    };
  } catch (e) {
    await proxy?.close();
    await server?.close();
    throw e;
  }
}

/**
 * launchFirefoxSession() for a describe(): launched in its before hook, closed in its after
 * hook. Returns an object whose `firefox` is the session, filled in before the first test.
 */
export function firefoxSession(options = {}) {
  const session = { firefox: null };
  before(async () => {
    session.firefox = await launchFirefoxSession(options);
  });
  after(async () => {
    await session.firefox?.close();
  });
  return session;
}

/**
 * The tests of a file that runs every case in the four renderings of its labels (support/
 * labels.mjs): `each(title, run)` one test per rendering, `atOnce(title, run)` the four at the
 * same time in a tab each (for tests that wait for nothing to happen), `withPage(run)` a page
 * of the session's browser at the viewport the fixtures are drawn for, closed afterwards.
 * @param {{browser: any}} session a browserSession()
 * @param {string[]} renderings
 */
export function inRenderings(session, renderings) {
  const named = (title, labels) => `${title} [labels=${labels}]`;
  return {
    each: (title, run) => renderings.forEach((labels, r) => it(named(title, labels), () => run(labels, r))),
    atOnce: (title, run) => testsAtOnce(session, renderings.map((labels) => [named(title, labels), labels]), run),
    async withPage(run) {
      const page = await session.browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 720 });
      try {
        return await run(page);
      } finally {
        await page.close();
      }
    },
  };
}

