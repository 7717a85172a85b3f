#!/usr/bin/env node
// A browserless "user" for the authz tests, used as $BROWSER.
//
//   browser.mjs AUTHORIZATION_URL            authorization-code flow
//   browser.mjs --device USER_CODE ISSUER    device flow (enter code, log in, confirm)
//   browser.mjs ISSUER/device?user_code=X    device flow too (verification_uri_complete)
//
// It plays oidc-provider's devInteractions pages with plain HTTP requests
// (manual redirects, a tiny cookie jar) and, for the code flow, delivers the
// final redirect to the CLI's loopback listener.
//
// Environment (read only by this driver):
//   AUTHZ_CA_FILE           CA (PEM) to trust for the provider (DIR/ca.pem)
//   AUTHZ_TEST_LOGIN        login id (default "alice")
//   AUTHZ_TEST_BROWSER_MODE approve (default) | deny | wrong-state | wrong-iss |
//                           none | print | device
//   AUTHZ_TEST_USER_CODE    user code for mode "device" when the URL has none
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';

const login = process.env.AUTHZ_TEST_LOGIN || 'alice';
const mode = process.env.AUTHZ_TEST_BROWSER_MODE || 'approve';
const caFile = process.env.AUTHZ_CA_FILE;
const ca = caFile ? fs.readFileSync(caFile) : undefined;
const log = (...a) => console.error('[browser]', ...a);
function fail(msg, body) {
  log(`ERROR: ${msg}`);
  if (body) {
    const text = String(body).replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    log(`page text: ${text.trim().slice(0, 500)}`);
  }
  process.exit(1);
}

// --- HTTP with a cookie jar (name -> value; paths are ignored on purpose) ---
const jar = new Map();
function storeCookies(setCookie = []) {
  for (const c of setCookie) {
    const [pair, ...attrs] = c.split(';');
    const i = pair.indexOf('=');
    const name = pair.slice(0, i).trim();
    const value = pair.slice(i + 1).trim();
    const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)
      || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()));
    if (expired || value === '') jar.delete(name); else jar.set(name, value);
  }
}
function request(method, url, form) {
  const u = new URL(url);
  const body = form ? new URLSearchParams(form).toString() : undefined;
  const headers = { 'user-agent': 'authz-test-browser', accept: 'text/html' };
  if (jar.size && u.protocol === 'https:') headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  if (body !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers['content-length'] = Buffer.byteLength(body);
  }
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(u, { method, headers, ca }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        storeCookies(res.headers['set-cookie']);
        const location = res.headers.location ? new URL(res.headers.location, u).href : undefined;
        resolve({ status: res.statusCode, location, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.setTimeout(30000, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

// --- tiny HTML helpers ---
function hiddenInputs(html) {
  const out = {};
  for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const value = /value="([^"]*)"/.exec(m[0])?.[1] ?? '';
    if (name) out[name] = value.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  }
  return out;
}
const formAction = (html, base) => {
  const a = /<form[^>]*action="([^"]*)"/.exec(html)?.[1];
  return a ? new URL(a.replace(/&amp;/g, '&'), base).href : undefined;
};
const isLoopbackCallback = (url) => {
  const u = new URL(url);
  return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
};

// Walk redirects and devInteractions pages (login, consent) starting with a
// response `res` for `url`. Returns { callback } or { page } (final 200 page).
async function playInteractions(url, res) {
  for (let step = 0; step < 30; step += 1) {
    if (res.status >= 300 && res.status < 400) {
      if (!res.location) fail(`redirect without Location from ${url}`);
      if (isLoopbackCallback(res.location)) return { callback: res.location };
      url = res.location;
      res = await request('GET', url);
      continue;
    }
    if (res.status !== 200) fail(`unexpected HTTP ${res.status} from ${url}`, res.body);
    const { pathname } = new URL(url);
    if (!/^\/interaction\/[^/]+$/.test(pathname)) return { page: res.body, url };
    const fields = hiddenInputs(res.body);
    const action = formAction(res.body, url) ?? url;
    if (fields.prompt === 'login') {
      log(`logging in as ${login}`);
      res = await request('POST', action, { prompt: 'login', login, password: 'x' });
    } else if (fields.prompt === 'consent') {
      if (mode === 'deny') {
        log('denying consent');
        res = await request('GET', `${url}/abort`);
      } else {
        log('granting consent');
        res = await request('POST', action, { prompt: 'consent' });
      }
    } else {
      fail(`unknown interaction page at ${url}`, res.body);
    }
    url = action;
  }
  return fail('too many steps');
}

async function deliver(callback) {
  const u = new URL(callback);
  if (mode === 'wrong-state') u.searchParams.set('state', 'wrong-state-value');
  if (mode === 'wrong-iss') u.searchParams.set('iss', 'https://evil.example');
  if (mode === 'print') {
    process.stdout.write(`${u.href}\n`);
    return;
  }
  log(`delivering ${u.origin}${u.pathname}?${[...u.searchParams.keys()].join('&')}`);
  let res;
  try {
    res = await request('GET', u.href);
  } catch (err) {
    fail(`could not deliver callback to ${u.origin}: ${err.message}`);
  }
  log(`callback answered HTTP ${res.status}`);
}

async function codeFlow(authUrl) {
  const res = await request('GET', authUrl);
  const out = await playInteractions(authUrl, res);
  if (!out.callback) fail(`flow ended on a page instead of a redirect (${out.url})`, out.page);
  await deliver(out.callback);
}

async function deviceFlow(userCode, verificationUrl) {
  log(`device flow: entering user code ${userCode} at ${verificationUrl}`);
  let res = await request('GET', verificationUrl);
  if (res.status !== 200) fail(`GET ${verificationUrl}: HTTP ${res.status}`, res.body);
  const { xsrf } = hiddenInputs(res.body);
  if (!xsrf) fail('no xsrf field on the device page', res.body);
  res = await request('POST', verificationUrl, { xsrf, user_code: userCode });
  const confirm = hiddenInputs(res.body);
  if (res.status !== 200 || confirm.confirm !== 'yes') fail(`user code ${userCode} was not accepted`, res.body);
  if (mode === 'deny') {
    log('aborting the device request');
    res = await request('POST', verificationUrl, { xsrf: confirm.xsrf, user_code: confirm.user_code, abort: 'yes' });
    if (!/interrupted/.test(res.body)) fail('abort was not acknowledged', res.body);
    return;
  }
  res = await request('POST', verificationUrl, { xsrf: confirm.xsrf, user_code: confirm.user_code, confirm: 'yes' });
  const out = await playInteractions(verificationUrl, res);
  if (!out.page || !/Sign-in Success/.test(out.page)) fail('device flow did not end on the success page', out.page);
  log('device flow approved');
}

async function main() {
  const argv = process.argv.slice(2);
  if (mode === 'none') { log('mode none: doing nothing'); return; }
  if (argv[0] === '--device') {
    const [, userCode, issuer] = argv;
    if (!userCode || !issuer) fail('usage: browser.mjs --device USER_CODE ISSUER');
    await deviceFlow(userCode, `${issuer.replace(/\/$/, '')}/device`);
    return;
  }
  const url = argv.find((a) => !a.startsWith('-'));
  if (!url) fail('usage: browser.mjs URL | browser.mjs --device USER_CODE ISSUER');
  const u = new URL(url);
  if (mode === 'device' || u.pathname.endsWith('/device')) {
    const userCode = u.searchParams.get('user_code') || process.env.AUTHZ_TEST_USER_CODE;
    if (!userCode) fail('device mode needs ?user_code= in the URL or AUTHZ_TEST_USER_CODE');
    await deviceFlow(userCode, `${u.origin}${u.pathname}`);
    return;
  }
  await codeFlow(url);
}

main().catch((err) => fail(err.stack || String(err)));
