// Drive Debian's Firefox ESR with the extension installed, pointed at the fixture server.
//
// Playwright's Firefox needs a patched build, so this drives geckodriver with selenium-webdriver:
// geckodriver starts `firefox-esr -headless` with a fresh profile, and dist/ is installed as a
// temporary add-on (selenium zips the folder for it).
//
// www.linkedin.com reaches the fixture server through a tiny local proxy: Firefox sends every
// http and https request to it (proxy prefs), it tunnels CONNECT www.linkedin.com:443 to the
// fixture server and refuses everything else, so nothing leaves the machine and no privileged
// port or DNS override is needed. Refused hosts are logged in `proxy.refused`.

import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');

/** Firefox executable: $FIREFOX, else Debian's firefox-esr. */
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** geckodriver: $GECKODRIVER, else on PATH, else where `cargo install` puts it; or null. */
export function findGeckodriver() {
  if (process.env.GECKODRIVER) return isExecutable(process.env.GECKODRIVER) ? process.env.GECKODRIVER : null;
  const cargoBin = path.join(process.env.CARGO_HOME || path.join(os.homedir(), '.cargo'), 'bin');
  for (const dir of [...(process.env.PATH || '').split(path.delimiter), cargoBin]) {
    if (dir && isExecutable(path.join(dir, 'geckodriver'))) return path.join(dir, 'geckodriver');
  }
  return null;
}

/** Why Firefox tests cannot run here (a sentence), or null when they can. */
export function firefoxUnavailable() {
  const missing = [];
  if (!isExecutable(FIREFOX)) missing.push(`no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX)`);
  if (!findGeckodriver()) missing.push('no geckodriver (cargo install geckodriver, or set GECKODRIVER)');
  return missing.length ? missing.join('; ') : null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------
// The proxy

/**
 * An HTTP proxy on 127.0.0.1 that tunnels CONNECT www.linkedin.com:443 to 127.0.0.1:serverPort
 * and refuses any other destination (403), recording it in `refused`.
 */
export async function startLinkedInProxy(serverPort) {
  const refused = [];
  const sockets = new Set();
  const proxy = http.createServer((req, res) => {
    refused.push(req.url);
    res.writeHead(403).end();
  });
  proxy.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  proxy.on('connect', (req, client, head) => {
    if (req.url !== 'www.linkedin.com:443') {
      refused.push(req.url);
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = net.connect(serverPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise((resolve, reject) => {
    proxy.once('error', reject);
    proxy.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: proxy.address().port,
    refused,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        proxy.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------
// Firefox

/** Preferences of the test profile (on top of geckodriver's own automation defaults). */
function testPrefs(proxyPort) {
  return {
    // Firefox (127 and later) grants an MV3 add-on's host_permissions when it is installed
    // while this pref is true, its default; the user can revoke them later in about:addons.
    // With false, nothing is granted and the content scripts never run on LinkedIn (checked
    // with Firefox ESR 153). Pinned here so the test sees what a normal install gets.
    'extensions.originControls.grantByDefault': true,
    // Every request goes to the local proxy (see above).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': false,
    'network.proxy.no_proxies_on': '',
    // Less background traffic and work on a small machine.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'app.update.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    // Console messages of pages, content scripts and extension pages go to Firefox's stdout,
    // where `logs()` reads them (the test looks for errors there).
    'devtools.console.stdout.content': true,
  };
}

/**
 * Start geckodriver + headless Firefox (through selenium-webdriver) and install `dist` as a
 * temporary add-on.
 *
 * @param {{dist: string, proxyPort: number, prefs?: object, timeout?: number}} options
 * @returns {Promise<{addonId: string, driver: import('selenium-webdriver').WebDriver,
 *   goto(url: string): Promise<void>, executeScript(script: string, ...args): Promise<any>,
 *   waitFor(script: string, options?: object): Promise<any>, click(css: string): Promise<void>,
 *   logs(): string, close(): Promise<void>}>}
 */
export async function launchFirefox({ dist, proxyPort, prefs = {}, timeout = 60_000 }) {
  const geckodriver = findGeckodriver();
  if (!geckodriver) throw new Error('geckodriver not found');
  const distDir = path.resolve(dist);
  if (!fs.existsSync(path.join(distDir, 'manifest.json'))) throw new Error(`no manifest.json in ${distDir} (build first)`);
  // Loaded here, not with this module: the Chromium test files never need it.
  const { Builder, By } = await import('selenium-webdriver');
  const { default: firefox } = await import('selenium-webdriver/firefox.js');
  // geckodriver's output, and Firefox's that it passes on, go to a file `logs()` reads.
  const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-firefox-'));
  const logFile = path.join(logDir, 'output.log');
  const fd = fs.openSync(logFile, 'a');
  const logs = () => fs.readFileSync(logFile, 'utf8');

  const options = new firefox.Options().setBinary(FIREFOX).addArguments('-headless').setAcceptInsecureCerts(true); // the fixture's certificate is self-signed
  for (const [key, value] of Object.entries({ ...testPrefs(proxyPort), ...prefs })) options.setPreference(key, value);
  const service = new firefox.ServiceBuilder(geckodriver)
    .addArguments('--log', 'warn')
    .setStdio(['ignore', fd, fd])
    .setEnvironment({ ...process.env, MOZ_HEADLESS: '1' });

  let driver = null;
  const close = async () => {
    const d = driver;
    driver = null;
    // quit() ends the session (Firefox and its profile) and then geckodriver.
    if (d) {
      let timer;
      const late = new Promise((resolve) => { timer = setTimeout(resolve, 20_000); });
      await Promise.race([d.quit(), late]).catch(() => {});
      clearTimeout(timer);
    }
    fs.closeSync(fd);
    fs.rmSync(logDir, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
    await driver.manage().setTimeouts({ script: timeout, pageLoad: timeout });
    const addonId = await driver.installAddon(distDir, true);
    const executeScript = (script, ...args) => driver.executeScript(script, ...args);
    return {
      addonId,
      driver,
      logs,
      close,
      goto: (url) => driver.get(url),
      executeScript,
      /** A real (trusted) click, as the user makes it, on the first element matching `css`. */
      click: async (css) => (await driver.findElement(By.css(css))).click(),
      /**
       * Runs `script` (a function body run in the page, given `args`) every `interval` ms until
       * `until(value)` holds, and returns that value; throws after `timeout` ms with the last one.
       */
      async waitFor(script, { until = Boolean, timeout: ms = 15_000, interval = 150, what = 'condition', args = [] } = {}) {
        const end = Date.now() + ms;
        for (;;) {
          const value = await executeScript(script, ...args);
          if (until(value)) return value;
          if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
          await sleep(interval);
        }
      },
    };
  } catch (e) {
    const tail = logs().trim().split('\n').slice(-20).join('\n');
    await close();
    throw new Error(`${e.message}${tail ? `\n--- geckodriver/Firefox output ---\n${tail}` : ''}`);
  }
}
