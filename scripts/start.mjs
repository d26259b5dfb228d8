// npm start: Warden at work without a LinkedIn account. Builds when dist/ is stale, serves the
// fixture pages as https://www.linkedin.com (strict CSP) and opens Chromium with dist/ loaded
// in a throwaway profile. Without a display it says so and writes screenshots instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, childEnv, isDistFresh, info, step } from './lib.mjs';

if (!isDistFresh()) {
  step('Building first (dist/ is stale)');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit', env: childEnv() });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { startServer } = await import('../tests/support/server.mjs');
const { launchWithExtension } = await import('../tests/support/browser.mjs');
const { linkedinUrl, SENT_PATH } = await import('../tests/support/fixtures.mjs');

const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await startServer({ csp: 'strict' });
const browser = await launchWithExtension({ port: server.port, headless: !hasDisplay });
const sent = linkedinUrl(SENT_PATH, { layout: 'new', n: 60, size: 20 });

async function seedDemo() {
  // A withdrawal made 10 days ago, as if the user had made it, so a profile shows its banner.
  const withdrawnAt = new Date(Date.now() - 10 * 86400000).toISOString();
  const text = JSON.stringify({ format: 'warden-backup', version: 1, withdrawals: [{ slug: 'person-30', name: 'Demo Person', withdrawnAt }] });
  const popup = await browser.context.newPage();
  await popup.goto(browser.popupUrl());
  await popup.evaluate((t) => chrome.runtime.sendMessage({ warden: { kind: 'import', text: t } }), text);
  await popup.close();
}

await seedDemo();
const page = await browser.context.newPage();
await page.goto(sent);
await page.waitForSelector('[data-warden="summary"]', { timeout: 15000 });

if (hasDisplay) {
  const profile = await browser.context.newPage();
  await profile.goto(linkedinUrl('/in/person-30/', { layout: 'new' }));
  await page.bringToFront();
  info(`Demo open: ${sent}`);
  info('Also open: a profile with a cooldown banner (second tab), and the popup from the toolbar.');
  info('Close the browser window or press Ctrl+C to stop.');
  const stop = async () => { await browser.close(); await server.close(); process.exit(0); };
  browser.context.on('close', stop);
  process.on('SIGINT', stop);
} else {
  const out = path.join(ROOT, 'demo-screenshots');
  fs.mkdirSync(out, { recursive: true });
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.screenshot({ path: path.join(out, 'sent-page.png') });
  const profile = await browser.context.newPage();
  await profile.goto(linkedinUrl('/in/person-30/', { layout: 'new' }));
  await profile.waitForSelector('[data-warden="cooldown-banner"]', { timeout: 15000 });
  await profile.screenshot({ path: path.join(out, 'profile-banner.png') });
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(browser.popupUrl());
  await popup.waitForSelector('[data-warden="quota"][data-used]', { timeout: 15000 });
  await popup.screenshot({ path: path.join(out, 'popup.png'), fullPage: true });
  info('No display here (DISPLAY is not set), so no window can open.');
  info(`Screenshots of the demo instead: ${path.relative(process.cwd(), out) || '.'}/{sent-page,profile-banner,popup}.png`);
  await browser.close();
  await server.close();
}
