// A local HTTPS server that plays www.linkedin.com for browser tests.
//
// The browser reaches it as https://www.linkedin.com thanks to --host-resolver-rules (see
// browser.mjs); the certificate is self-signed and generated once into tests/.tmp/.

import https from 'node:https';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  ORIGIN, SENT_PATH, clientText, optionsFrom, renderDocument, renderCards, sentContent,
  profileContent, feedContent, myNetworkContent, notFoundContent,
} from './fixtures.mjs';
import {
  clientText26, received2026Content, sent2026Content, cards2026, profile2026Content, search2026Content,
  aug2026Content, empty2026Content, pages2026Content, mynetwork2026Content, inviteRouteContent,
  CONNECTION_PATH, ORGANIZATION_PATH,
} from './fixtures-2026.mjs';
import { clientLabels, relabelHtml } from './labels.mjs';

const SHAPES_2026 = new Set(['oct2026', 'early2026', 'aug2026']);
/** The paths of the People list: the Sent page, and the People tab's own link (FIELD-NOTES §6). */
const PEOPLE_PATHS = new Set([SENT_PATH, SENT_PATH.slice(0, -1), CONNECTION_PATH, CONNECTION_PATH.slice(0, -1)]);

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const TMP_DIR = path.resolve(HERE, '..', '.tmp');

/** LinkedIn-like strict policy: no 'unsafe-eval', no 'wasm-unsafe-eval', no inline script. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'";

/** Key and certificate for CN=www.linkedin.com, created at first use (concurrency-safe). */
export function ensureCertificate() {
  const keyFile = path.join(TMP_DIR, 'linkedin-key.pem');
  const certFile = path.join(TMP_DIR, 'linkedin-cert.pem');
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) {
    fs.mkdirSync(TMP_DIR, { recursive: true });
    const tag = `${process.pid}-${Date.now()}`;
    const k = `${keyFile}.${tag}`;
    const c = `${certFile}.${tag}`;
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=www.linkedin.com',
      '-addext', 'subjectAltName=DNS:www.linkedin.com', '-days', '3650', '-keyout', k, '-out', c,
    ], { stdio: 'ignore' });
    fs.renameSync(k, keyFile); // key first: the cert's presence means both are there
    fs.renameSync(c, certFile);
  }
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile) };
}

let appJs;
function fixtureAppJs() {
  appJs ??= fs
    .readFileSync(path.join(HERE, 'fixture-app.js'), 'utf8')
    .replace('/*__TEXT__*/ null', JSON.stringify(clientText()))
    .replace('/*__TEXT26__*/ null', JSON.stringify(clientText26()))
    .replace('/*__LABELS__*/ null', JSON.stringify(clientLabels().table))
    .replace('/*__RELABEL__*/ null', `(${clientLabels().source})`);
  return appJs;
}

function route(pathname, opts, q) {
  if (PEOPLE_PATHS.has(pathname)) {
    if (opts.layout === 'aug2026') return aug2026Content(opts);
    if (opts.layout === 'empty2026') return empty2026Content(opts);
    return SHAPES_2026.has(opts.layout) ? sent2026Content(opts) : sentContent(opts);
  }
  if (pathname === ORGANIZATION_PATH || pathname === ORGANIZATION_PATH.slice(0, -1)) return pages2026Content(opts);
  const invite = /^\/preload\/(search-)?custom-invite\/?$/.exec(pathname);
  if (invite && q.get('vanityName')) return inviteRouteContent(opts, q.get('vanityName'), Boolean(invite[1]));
  const profile = /^\/in\/([A-Za-z0-9\-_%]+)\/?$/.exec(pathname);
  if (profile) {
    // A malformed percent-encoding (a test's hostile address) is served as written.
    const slug = (() => { try { return decodeURIComponent(profile[1]); } catch { return profile[1]; } })();
    return opts.profile === '2026' ? profile2026Content(opts, slug) : profileContent(opts, slug);
  }
  if (pathname === '/search/results/people/') return search2026Content(opts);
  if (pathname === '/mynetwork/invitation-manager/received/') return received2026Content(opts);
  if (pathname === '/feed/' || pathname === '/feed') return feedContent(opts);
  if (pathname === '/mynetwork/' || pathname === '/mynetwork') {
    return opts.profile === '2026' ? mynetwork2026Content(opts) : myNetworkContent(opts);
  }
  return null;
}

/**
 * Start the fixture server.
 * @param {{csp?: 'strict'|'none', port?: number}} [options]
 * @returns {Promise<{port: number, url: string, origin: string, requests: object[], close(): Promise<void>}>}
 *   `url` is the direct address (https://127.0.0.1:PORT), `origin` what the browser sees
 *   (https://www.linkedin.com). `requests` logs every request: {method, path, fixture,
 *   mode, dest}; `fixture` is true for the fixture script's own fetches (x-fixture header).
 */
export async function startServer({ csp = 'strict', port = 0 } = {}) {
  const requests = [];
  const server = https.createServer(ensureCertificate(), (req, res) => {
    const url = new URL(req.url, ORIGIN);
    requests.push({
      method: req.method,
      path: url.pathname + url.search,
      fixture: req.headers['x-fixture'] === '1',
      mode: req.headers['sec-fetch-mode'] ?? null,
      dest: req.headers['sec-fetch-dest'] ?? null,
    });
    const q = url.searchParams;
    const policy = (q.get('csp') ?? csp) === 'none' ? null : STRICT_CSP;
    const send = (status, type, body, extra = {}) => {
      const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra };
      if (policy && type.startsWith('text/html')) headers['content-security-policy'] = policy;
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain; charset=utf-8', 'method not allowed');

    if (url.pathname === '/fixture/app.js') return send(200, 'text/javascript; charset=utf-8', fixtureAppJs());
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');

    const opts = { ...optionsFrom(q), path: url.pathname };
    // Every aria-label the server sends, in the rendering the page asked for (labels.mjs).
    const labelled = (html) => relabelHtml(html, opts.labels);
    const fragment = q.get('fragment');
    if (fragment === 'cards') {
      if (!PEOPLE_PATHS.has(url.pathname)) return send(404, 'text/html; charset=utf-8', '');
      const from = Math.max(1, Number.parseInt(q.get('from') ?? '1', 10) || 1);
      const count = Math.max(0, Number.parseInt(q.get('count') ?? '0', 10) || 0);
      const html = SHAPES_2026.has(opts.layout) ? cards2026(opts, from, count) : renderCards(opts, from, count);
      return send(200, 'text/html; charset=utf-8', labelled(html));
    }
    // FIELD-NOTES §6: an account over a search limit sees /in/SLUG/ redirected to /mynetwork/.
    // ?redirect=1: by the server (302); ?redirect=spa: the page shows /mynetwork/'s content at
    // /in/SLUG/, then its script replaces the URL (fixture-app.js).
    const redirect = q.get('redirect');
    if (redirect && /^\/in\/[^/]+\/?$/.test(url.pathname)) {
      const target = new URLSearchParams(q);
      target.delete('redirect');
      if (redirect === '1') {
        res.writeHead(302, { location: `/mynetwork/?${target}`, 'cache-control': 'no-store' });
        return res.end();
      }
    }
    const content = redirect === 'spa' && /^\/in\//.test(url.pathname)
      ? { ...mynetwork2026Content(opts), html: `${mynetwork2026Content(opts).html}\n<div hidden data-fx-redirect="/mynetwork/"></div>` }
      : route(url.pathname, opts, q);
    const status = content ? 200 : 404;
    const page = content ?? notFoundContent(opts);
    if (fragment === '1') {
      const json = { ...page, html: labelled(page.html), before: labelled(page.before ?? ''), lang: opts.lang, status };
      return send(status, 'application/json; charset=utf-8', JSON.stringify(json));
    }
    return send(status, 'text/html; charset=utf-8', labelled(renderDocument(opts, page)));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = server.address().port;
  return {
    port: actual,
    url: `https://127.0.0.1:${actual}`,
    origin: ORIGIN,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
