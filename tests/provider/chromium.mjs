#!/usr/bin/env node
// A real browser as $BROWSER for the authz tests: Debian's headless Chromium, driven by
// playwright-core, through the development provider's real login and consent pages and the
// loopback redirect.
//
//   chromium.mjs AUTHORIZATION_URL
//
// It logs in as AUTHZ_TEST_LOGIN (default "alice"), grants consent, waits for the page the
// browser lands on after the redirect to authz's listener, writes that page's text to
// AUTHZ_TEST_LANDING (a file) and a screenshot of it to AUTHZ_TEST_SCREENSHOT (PNG), then
// closes the browser. Before that it pre-connects to the listener (as Chromium's speculative
// connections do) and asks it for /favicon.ico, so the one-shot listener sees what real
// browsers send.
//
// Environment (read only by this driver):
//   AUTHZ_CA_FILE          the provider's test CA (DIR/ca.pem): its SPKI, and the server
//                          certificate's next to it (DIR/server.pem), are trusted by hash
//   AUTHZ_TEST_LOGIN       login id (default "alice")
//   AUTHZ_TEST_LANDING     where to write the landing page's text
//   AUTHZ_TEST_SCREENSHOT  where to write the landing page's screenshot
import { createHash, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const log = (...a) => console.error('[chromium]', ...a);
const url = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (!url) { log('usage: chromium.mjs AUTHORIZATION_URL'); process.exit(2); }
const login = process.env.AUTHZ_TEST_LOGIN || 'alice';
const caFile = process.env.AUTHZ_CA_FILE;

// Certificates trusted by the SHA-256 of their SubjectPublicKeyInfo (Chromium's
// --ignore-certificate-errors-spki-list): the test CA and the server certificate it signed.
function spkiHashes() {
  if (!caFile) return [];
  const files = [caFile, path.join(path.dirname(caFile), 'server.pem')].filter((f) => fs.existsSync(f));
  return files.map((f) => {
    const der = new X509Certificate(fs.readFileSync(f)).publicKey.export({ type: 'spki', format: 'der' });
    return createHash('sha256').update(der).digest('base64');
  });
}

// What a real browser does to a loopback address before using it: a speculative connection
// that never sends anything, and a favicon request.
async function likeARealBrowser(callbackOrigin) {
  const u = new URL(callbackOrigin);
  const idle = net.connect(Number(u.port), u.hostname);
  idle.on('error', () => {});
  try {
    const r = await fetch(`${u.origin}/favicon.ico`);
    log(`favicon: HTTP ${r.status}`);
  } catch (e) {
    log(`favicon: ${e.message}`);
  }
  return idle;
}

async function main() {
  const redirectUri = new URL(url).searchParams.get('redirect_uri');
  const idle = await likeARealBrowser(redirectUri);
  const spki = spkiHashes();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A fresh --user-data-dir: playwright's launch() makes (and removes) one of its own.
      // Nothing leaves the machine (the provider's pages ask for web fonts).
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ...(spki.length ? [`--ignore-certificate-errors-spki-list=${spki.join(',')}`] : []),
    ],
  });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(30000);
    await page.goto(url);
    log(`at ${new URL(page.url()).pathname}: logging in as ${login}`);
    await page.fill('input[name="login"]', login);
    await page.fill('input[name="password"]', 'x');
    await page.click('button[type="submit"]');
    await page.waitForSelector('input[name="prompt"][value="consent"]', { state: 'attached' });
    log('granting consent');
    const landed = page.waitForURL((u) => u.href.startsWith(redirectUri));
    await page.click('button[type="submit"]');
    await landed;
    await page.waitForLoadState('load');
    const text = await page.innerText('body');
    const title = await page.title();
    log(`landed on ${new URL(page.url()).origin}${new URL(page.url()).pathname}: "${title}"`);
    if (process.env.AUTHZ_TEST_LANDING) fs.writeFileSync(process.env.AUTHZ_TEST_LANDING, `${title}\n${text}\n`);
    if (process.env.AUTHZ_TEST_SCREENSHOT) await page.screenshot({ path: process.env.AUTHZ_TEST_SCREENSHOT, fullPage: true });
  } finally {
    await browser.close();
    idle.destroy();
  }
}

main().catch((err) => { log(`ERROR: ${err.stack || err}`); process.exit(1); });
