// Drive Debian's Firefox ESR with the extension installed, pointed at the fixture server.
//
// Playwright's Firefox needs a patched build, so this talks plain WebDriver (HTTP + JSON) to
// geckodriver, which starts `firefox-esr -headless` with a fresh profile and installs dist/ as
// a temporary add-on (POST /session/{id}/moz/addon/install).
//
// www.linkedin.com reaches the fixture server through a tiny local proxy: Firefox sends every
// http and https request to it (proxy prefs), it tunnels CONNECT www.linkedin.com:443 to the
// fixture server and refuses everything else, so nothing leaves the machine and no privileged
// port or DNS override is needed. Refused hosts are logged in `proxy.refused`.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(HERE, '..', '..');
const TMP_DIR = path.resolve(HERE, '..', '.tmp');

/** Firefox executable: $FIREFOX, else Debian's firefox-esr. */
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

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

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
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
// WebDriver

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
 * Start geckodriver + headless Firefox and install `dist` as a temporary add-on.
 *
 * @param {{dist: string, proxyPort: number, prefs?: object, timeout?: number}} options
 * @returns {Promise<{sessionId: string, addonId: string, driver: object, logs(): string,
 *   close(): Promise<void>}>} `driver` has cmd(), navigate(), exec(), waitFor(), find(), click().
 */
export async function launchFirefox({ dist, proxyPort, prefs = {}, timeout = 60_000 }) {
  const geckodriver = findGeckodriver();
  if (!geckodriver) throw new Error('geckodriver not found');
  const distDir = path.resolve(dist);
  if (!fs.existsSync(path.join(distDir, 'manifest.json'))) throw new Error(`no manifest.json in ${distDir} (build first)`);
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const profileRoot = fs.mkdtempSync(path.join(TMP_DIR, 'firefox-'));
  const port = await freePort();
  let output = '';
  const child = spawn(geckodriver, ['--port', String(port), '--profile-root', profileRoot, '--log', 'warn'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_HEADLESS: '1' },
  });
  const keep = (d) => {
    output += d;
    if (output.length > 2_000_000) output = output.slice(-1_000_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const base = `http://127.0.0.1:${port}`;
  async function request(method, url, body, ms = timeout) {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(ms),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) {
      const v = json.value ?? {};
      throw new Error(`WebDriver ${method} ${url}: ${v.error ?? res.status}: ${v.message ?? ''}`);
    }
    return json.value;
  }

  let sessionId = null;
  const close = async () => {
    if (sessionId) await request('DELETE', `/session/${sessionId}`, undefined, 20_000).catch(() => {});
    sessionId = null;
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    }
    fs.rmSync(profileRoot, { recursive: true, force: true, maxRetries: 3 });
  };

  try {
    // geckodriver listens within a few hundred ms.
    const ready = Date.now() + 15_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`geckodriver exited (${child.exitCode})`);
      try {
        await request('GET', '/status', undefined, 2000);
        break;
      } catch (e) {
        if (Date.now() > ready) throw new Error(`geckodriver did not answer: ${e.message}`);
        await sleep(100);
      }
    }
    const session = await request('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'firefox',
          acceptInsecureCerts: true, // the fixture server's certificate is self-signed
          'moz:firefoxOptions': { binary: FIREFOX, args: ['-headless'], prefs: { ...testPrefs(proxyPort), ...prefs } },
        },
      },
    });
    sessionId = session.sessionId;
    const addonId = await request('POST', `/session/${sessionId}/moz/addon/install`, { path: distDir, temporary: true });
    const driver = makeDriver((method, url, body) => request(method, `/session/${sessionId}${url}`, body));
    return { sessionId, addonId, driver, logs: () => output, close };
  } catch (e) {
    const tail = output.trim().split('\n').slice(-20).join('\n');
    await close();
    throw new Error(`${e.message}${tail ? `\n--- geckodriver/Firefox output ---\n${tail}` : ''}`);
  }
}

function makeDriver(cmd) {
  const exec = (script, ...args) => cmd('POST', '/execute/sync', { script, args });
  return {
    cmd,
    exec,
    navigate: (url) => cmd('POST', '/url', { url }),
    /** The first element matching `css` (a WebDriver element reference). */
    find: (css) => cmd('POST', '/element', { using: 'css selector', value: css }),
    /** Runs an async function body; its result is what it passes to arguments[last]. */
    execAsync: (script, ...args) => cmd('POST', '/execute/async', { script, args }),
    /** A real (trusted) click, as the user makes it. */
    click: (element) => cmd('POST', `/element/${element[ELEMENT]}/click`, {}),
    /**
     * Runs `script` (a function body run in the page, given `args`) every `interval` ms until
     * `until(value)` holds, and returns that value; throws after `timeout` ms with the last one.
     */
    async waitFor(script, { until = Boolean, timeout = 15_000, interval = 150, what = 'condition', args = [] } = {}) {
      const end = Date.now() + timeout;
      for (;;) {
        const value = await exec(script, ...args);
        if (until(value)) return value;
        if (Date.now() > end) {
          throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
        }
        await sleep(interval);
      }
    },
  };
}
