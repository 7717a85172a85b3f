#!/usr/bin/env node
// A hostile (or broken) OpenID provider for the authz tests: just enough of one for a login,
// with one thing wrong, chosen by --scenario. No dependencies.
//
//   node tests/provider/hostile.mjs --dir DIR --scenario NAME [--email JSON-STRING] [--port 0 | --fd N]
//
// Like server.mjs it makes a test CA in DIR (DIR/ca.pem) and prints ONE line of JSON once
// listening: {"issuer":"https://127.0.0.1:PORT","port":PORT,"ca":"DIR/ca.pem","client_id":"authz-cli"}
// The authorization endpoint approves at once (a 302 to the redirect URI with code, state, iss),
// so tests/provider/browser.mjs completes the "login" with no pages.
//
// Scenarios (anything else: a well-behaved provider):
//   issuer-mismatch     metadata names another issuer
//   http-endpoint       the token endpoint is http://
//   no-s256             PKCE S256 is not offered
//   token-html          the token endpoint answers 200 with an HTML page
//   token-missing-fields  a token response without access_token
//   token-not-bearer    token_type "mac"
//   token-absurd-expiry expires_in 2^53-1 seconds
//   token-5xx           the token endpoint answers 502 (after the code was sent)
//   token-redirect      the token endpoint answers 307 to /elsewhere (which would get the code
//                       again if the client followed it; /__stats counts it as "elsewhere")
//   sub-mismatch        the ID token's sub differs from the userinfo sub
//   no-refresh          the token response has no refresh_token
//   oidc-without-revocation  the OpenID discovery document has no revocation_endpoint (the
//                       RFC 8414 document of --rfc8414 still has it)
//   rfc8414-other-issuer  as oidc-without-revocation, and the RFC 8414 document names another
//                       issuer
// --issuer-path /PATH puts the issuer (and every endpoint) under /PATH.
// --rfc8414 path|issuer also serves RFC 8414 metadata, at
//   https://HOST/.well-known/oauth-authorization-server/PATH (path) or
//   ISSUER/.well-known/oauth-authorization-server (issuer).
// --email sets the userinfo email (a JSON string, so control characters can be passed).
// --userinfo JSON-OBJECT merges these claims into the userinfo answer (null removes one).
// --granted-scope SCOPE is the token response's `scope` (default: what was requested).
// --scopes-supported JSON-ARRAY publishes scopes_supported, and then the authorization endpoint
//   answers error=invalid_scope to a request for any scope not in it (as strict providers do).
// The token response grants the scopes that were requested; its ID token carries the nonce of
// the authorization request, if it had one.
//
//   GET /__stats -> {"token": N, "userinfo": N, "revocations": N, "authorize": N,
//                    "scope": "the last requested scope parameter",
//                    "received": [every token sent to /token or /revoke]}
// (an attacker's issuer in tests/stolen_tokens.rs: "received" is what it would have stolen)
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as path from 'node:path';
import * as querystring from 'node:querystring';
import { parseArgs } from 'node:util';
import { makeCerts } from './certs.mjs';

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string' },
    port: { type: 'string', default: '0' },
    // A listening socket handed over as this file descriptor (tests/support/provider.rs keeps
    // it across restarts, so the issuer's port is never free for another process to take).
    fd: { type: 'string' },
    scenario: { type: 'string', default: 'ok' },
    email: { type: 'string' },
    'scopes-supported': { type: 'string' },
    'issuer-path': { type: 'string', default: '' },
    userinfo: { type: 'string' },
    'granted-scope': { type: 'string' },
    rfc8414: { type: 'string' },
  },
  strict: true,
});
if (!args.dir) {
  console.error('usage: hostile.mjs --dir DIR --scenario NAME [--email JSON-STRING] [--port 0 | --fd N]');
  process.exit(2);
}
const dir = path.resolve(args.dir);
fs.mkdirSync(dir, { recursive: true });
const certs = makeCerts(dir);
const scenario = args.scenario;
const email = args.email !== undefined ? JSON.parse(args.email) : 'alice@example.com';
const log = (...a) => console.error('[hostile]', ...a);
const CLIENT_ID = 'authz-cli';
const scopesSupported = args['scopes-supported'] !== undefined ? JSON.parse(args['scopes-supported']) : undefined;
const stats = { token: 0, userinfo: 0, revocations: 0, authorize: 0, elsewhere: 0, scope: null, rfc8414: 0, received: [] };
const issuerPath = args['issuer-path'].replace(/\/$/, '');
const codes = new Map(); // code -> { challenge, redirect_uri }
const accessTokens = new Set();
const b64url = (buf) => Buffer.from(buf).toString('base64url');
const secret = () => b64url(randomBytes(24));
let issuer;

function metadata() {
  const m = {
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/me`,
    revocation_endpoint: `${issuer}/revoke`,
    code_challenge_methods_supported: ['S256'],
    authorization_response_iss_parameter_supported: true,
    response_types_supported: ['code'],
  };
  if (scopesSupported) m.scopes_supported = scopesSupported;
  if (scenario === 'oidc-without-revocation' || scenario === 'rfc8414-other-issuer') delete m.revocation_endpoint;
  if (scenario === 'issuer-mismatch') m.issuer = `${issuer}/someone-else`;
  if (scenario === 'http-endpoint') m.token_endpoint = m.token_endpoint.replace('https:', 'http:');
  if (scenario === 'no-s256') m.code_challenge_methods_supported = ['plain'];
  return m;
}

// The nonce of the authorization request comes back in the ID token, as OpenID Connect requires.
function idToken(sub, nonce) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: issuer, aud: CLIENT_ID, sub, iat: now, exp: now + 3600 };
  if (nonce) claims.nonce = nonce;
  return `${b64url(JSON.stringify({ alg: 'RS256' }))}.${b64url(JSON.stringify(claims))}.${b64url('sig')}`;
}

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}
const json = (res, status, body) => send(res, status, 'application/json', JSON.stringify(body));
const readBody = (req) => new Promise((resolve, reject) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  req.on('error', reject);
});

function token(res, form) {
  stats.token += 1;
  if (form.refresh_token) stats.received.push(form.refresh_token);
  const issued = codes.get(form.code);
  codes.delete(form.code); // single use
  if (scenario === 'token-redirect') {
    res.writeHead(307, { location: `${issuer}/elsewhere` });
    return res.end();
  }
  if (scenario === 'token-5xx') return send(res, 502, 'text/html', '<html><body>Bad Gateway</body></html>');
  if (scenario === 'token-html') return send(res, 200, 'text/html', '<html><body>Welcome! Please log in.</body></html>');
  if (!issued || form.grant_type !== 'authorization_code') return json(res, 400, { error: 'invalid_grant' });
  const challenge = b64url(createHash('sha256').update(form.code_verifier ?? '').digest());
  if (challenge !== issued.challenge || form.redirect_uri !== issued.redirect_uri) {
    return json(res, 400, { error: 'invalid_grant', error_description: 'PKCE or redirect_uri mismatch' });
  }
  const access = secret();
  accessTokens.add(access);
  const body = {
    access_token: access,
    refresh_token: secret(),
    token_type: 'Bearer',
    expires_in: 3600,
    scope: args['granted-scope'] ?? issued.scope,
    id_token: idToken('alice', issued.nonce),
  };
  if (scenario === 'no-refresh') delete body.refresh_token;
  if (scenario === 'token-missing-fields') delete body.access_token;
  if (scenario === 'token-not-bearer') body.token_type = 'mac';
  if (scenario === 'token-absurd-expiry') body.expires_in = Number.MAX_SAFE_INTEGER;
  return json(res, 200, body);
}

const server = https.createServer({ key: certs.key, cert: certs.cert }, async (req, res) => {
  try {
    const url = new URL(req.url, 'https://127.0.0.1');
    if (url.pathname === `${issuerPath}/__stats` || url.pathname === '/__stats') return json(res, 200, stats);
    if (url.pathname === '/elsewhere') {
      stats.elsewhere += 1;
      return json(res, 400, { error: 'invalid_grant' });
    }
    if (url.pathname === `${issuerPath}/.well-known/openid-configuration`) return json(res, 200, metadata());
    const rfc8414 = { path: `/.well-known/oauth-authorization-server${issuerPath}`, issuer: `${issuerPath}/.well-known/oauth-authorization-server` };
    if (args.rfc8414 && url.pathname === rfc8414[args.rfc8414]) {
      stats.rfc8414 += 1;
      const m = { ...metadata(), revocation_endpoint: `${issuer}/revoke` };
      if (scenario === 'rfc8414-other-issuer') m.issuer = `https://127.0.0.1:${server.address().port}/other`;
      return json(res, 200, m);
    }
    if (issuerPath && url.pathname.startsWith(`${issuerPath}/`)) url.pathname = url.pathname.slice(issuerPath.length);
    if (url.pathname === '/auth') {
      stats.authorize += 1;
      const q = url.searchParams;
      stats.scope = q.get('scope');
      const back = new URL(q.get('redirect_uri'));
      back.searchParams.set('state', q.get('state'));
      back.searchParams.set('iss', issuer);
      const unknown = (q.get('scope') ?? '').split(' ').filter((s) => scopesSupported && !scopesSupported.includes(s));
      if (unknown.length) {
        back.searchParams.set('error', 'invalid_scope');
        back.searchParams.set('error_description', `unknown scope: ${unknown.join(' ')}`);
        res.writeHead(302, { location: back.href });
        return res.end();
      }
      const code = secret();
      codes.set(code, { challenge: q.get('code_challenge'), redirect_uri: q.get('redirect_uri'), scope: q.get('scope'), nonce: q.get('nonce') });
      back.searchParams.set('code', code);
      res.writeHead(302, { location: back.href });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') return token(res, querystring.parse(await readBody(req)));
    if (url.pathname === '/me') {
      stats.userinfo += 1;
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer /, '');
      if (!accessTokens.has(bearer)) return json(res, 401, { error: 'invalid_token' });
      const sub = scenario === 'sub-mismatch' ? 'mallory' : 'alice';
      const claims = { sub, email, name: 'Alice', ...(args.userinfo ? JSON.parse(args.userinfo) : {}) };
      for (const [k, v] of Object.entries(claims)) if (v === null) delete claims[k];
      return json(res, 200, claims);
    }
    if (url.pathname === '/revoke' && req.method === 'POST') {
      stats.revocations += 1;
      const form = querystring.parse(await readBody(req));
      if (form.token) stats.received.push(form.token);
      return send(res, 200, 'application/json', '');
    }
    return json(res, 404, { error: 'not_found' });
  } catch (err) {
    log('handler error', err);
    if (!res.headersSent) json(res, 500, { error: 'server_error' });
  }
});

const where = args.fd === undefined
  ? { port: Number(args.port), host: '127.0.0.1' }
  : { fd: Number(args.fd) };
server.listen(where, () => {
  const { port } = server.address();
  issuer = `https://127.0.0.1:${port}${issuerPath}`;
  log(`scenario ${scenario} on ${issuer}`);
  process.stdout.write(`${JSON.stringify({ issuer, port, ca: certs.ca, client_id: CLIENT_ID })}\n`);
});
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => process.exit(0));
