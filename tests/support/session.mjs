// The setup every browser test file shares: a fixture server playing www.linkedin.com, a
// Chromium with the extension loaded, and a collector of the problems the contract forbids
// (console errors, uncaught errors, requests the fixture did not make), checked after each
// test or once at the end. Registers its own before/after hooks in the calling describe().

import { before, after, afterEach } from 'node:test';
import { startServer } from './server.mjs';
import { launchWithExtension, collectProblems } from './browser.mjs';

/**
 * @param {object} [options]
 * @param {'strict'|'none'} [options.csp='strict'] the fixture server's policy
 * @param {object} [options.launch] options for launchWithExtension (lang, dist…)
 * @param {'each'|'end'|'none'} [options.check='each'] when the problems are checked
 * @param {(browser) => Promise<void>} [options.seed] run once the browser is up
 * @returns {{server, browser, problems}} filled in before the first test
 */
export function browserSession({ csp = 'strict', launch = {}, check = 'each', seed } = {}) {
  const session = { server: null, browser: null, problems: null };
  before(async () => {
    session.server = await startServer({ csp });
    session.browser = await launchWithExtension({ ...launch, port: session.server.port });
    session.problems = collectProblems(session.browser.context);
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
    }
  });
  return session;
}
