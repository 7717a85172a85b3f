#!/usr/bin/env node
// Development OpenID provider for the authz integration tests.
//
//   node tests/provider/server.mjs --dir DIR [--port 0 | --fd N] [--access-ttl SECS]
//        [--refresh-ttl SECS] [--device-ttl SECS] [--device-interval SECS]
//        [--device-slow-down N] [--device] [--no-device] [--record FILE] [--issued FILE]
//
// On start it makes a throw-away test CA plus a server certificate for
// 127.0.0.1 in DIR (DIR/ca.pem is the CA to trust), serves oidc-provider over
// HTTPS on 127.0.0.1 and prints ONE line of JSON on stdout once listening:
//   {"issuer":"https://127.0.0.1:PORT","port":PORT,"ca":"DIR/ca.pem","client_id":"authz-cli"}
// Everything else goes to stderr. It runs until SIGTERM/SIGINT.
//
// The device flow (RFC 8628) is on unless --no-device. oidc-provider itself announces no
// `interval` (so clients use 5 s) and never answers `slow_down`; this server
// adds both, so tests need not wait 5 s per poll and can check the back-off:
//   --device-interval SECS  the `interval` announced (default 5)
//   --device-slow-down N    answer `slow_down` to the first N polls of each
//                           device code, as a loaded server would
// Either way a device-code poll that comes sooner than the code's interval
// (+5 s per slow_down already sent) is answered `slow_down` and counted in
// /__stats as device_polls_too_fast.
//
// Test-only endpoints (served before the provider):
//   GET  /__stats                      -> request counters (see `stats` below)
//   POST /__admin/revoke?sub=ID        -> revoke every grant/token of account ID
//   POST /__admin/fail?count=N&status=S[&bare=1][&path=P]
//                                      -> next N requests to P (default /token) answer HTTP S:
//                                         an OAuth error in JSON, or (bare=1) no body at all
//   POST /__admin/nonce?mode=wrong|missing -> the next token answer's ID token carries another
//                                         nonce, or none (its signature then no longer matches:
//                                         what a client that skips the nonce check would accept)
//   POST /__admin/metadata?FIELD=A,B   -> the discovery documents say FIELD: [A, B] from now on
//                                         (e.g. revocation_endpoint_auth_methods_supported)
//   POST /__admin/hold?path=P[&after=1][&count=N]
//                                      -> the next N (default 1) requests to P are held: never
//                                         handed to the provider, or (after=1) handled by it but
//                                         never answered. `held` in /__stats counts them. Crash
//                                         tests use this to stop authz at a chosen step.
//   POST /__admin/release              -> held requests go on (handed over / answered)
//   POST /__admin/narrowing?mode=ignore|honour
//                                      -> ignore: refresh requests lose their `scope` and
//                                         `resource` before the provider sees them, as a
//                                         provider that does not narrow would (it then grants
//                                         the whole grant, and says so in `scope`); honour: back
//                                         to normal. Refreshes that asked for a scope or a
//                                         resource are counted in /__stats.narrowed_refreshes.
//
// Resource indicators (RFC 8707) are on, with two APIs (`resourceServers` below): a refresh
// may ask for a token meant for one of them, if the login asked for it. Introspection (RFC
// 7662) is on: a public client may introspect its own tokens.
//
//   POST /__admin/forget-resource?uri=U -> the provider no longer knows API U: a refresh asking
//                                         for it is refused with invalid_target, after the
//                                         refresh token was rotated (oidc-provider checks the
//                                         resource server only then), so the old one is spent.
//
//   POST /__admin/client  (JSON body)  -> registers one more client, e.g. a confidential one:
//                                         {"client_id", "token_endpoint_auth_method":
//                                         "client_secret_basic"|"client_secret_post"|
//                                         "private_key_jwt", "client_secret" or "jwks"}; the
//                                         rest (redirect URIs, grants) is authz-cli's. Token
//                                         requests are counted by auth method in /__stats.
//
// --record FILE appends every secret the provider issues or is shown (codes, access, refresh
// and ID tokens, PKCE verifiers, nonces) to DIR/FILE, one JSON object a line, so the hygiene test can
// search everything authz wrote for them.
//
// --issued FILE appends one JSON object a line to DIR/FILE for every answer of the token
// endpoint: {at (ms), grant_type, status, sub, access_token, expires_in, error}, so a
// benchmark (benches/soak.py) can tell which account each access token it was handed belongs
// to, and count the refreshes of each account.
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as path from 'node:path';
import * as querystring from 'node:querystring';
import { parseArgs } from 'node:util';

import Provider, { errors } from 'oidc-provider';
import { makeCerts } from './certs.mjs';

// stdout carries exactly one JSON line; oidc-provider prints NOTICEs with
// console.info, so send every console method to stderr.
console.log = console.info = console.debug = console.error;

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string' },
    port: { type: 'string', default: '0' },
    // A listening socket handed over as this file descriptor (tests/support/provider.rs keeps
    // it across restarts, so the issuer's port is never free for another process to take).
    fd: { type: 'string' },
    'access-ttl': { type: 'string', default: '3600' },
    'refresh-ttl': { type: 'string', default: String(24 * 3600) },
    'device-ttl': { type: 'string', default: '600' },
    'device-interval': { type: 'string', default: '5' },
    'device-slow-down': { type: 'string', default: '0' },
    // The device flow is enabled unless --no-device; --device is accepted for symmetry.
    device: { type: 'boolean', default: false },
    record: { type: 'string' },
    issued: { type: 'string' },
    'no-device': { type: 'boolean', default: false },
  },
  strict: true,
});
if (!args.dir) {
  console.error('usage: server.mjs --dir DIR [--port 0 | --fd N] [--access-ttl SECS] [--refresh-ttl SECS] [--device-ttl SECS] [--device-interval SECS] [--device-slow-down N] [--no-device]');
  process.exit(2);
}
const log = (...a) => console.error('[provider]', ...a);
const dir = path.resolve(args.dir);
fs.mkdirSync(dir, { recursive: true });

// ---------------------------------------------------------------------------
// Certificates: a test CA and a leaf for 127.0.0.1 signed by it (certs.mjs).
// ---------------------------------------------------------------------------
const certs = makeCerts(dir);

// ---------------------------------------------------------------------------
// Storage: a tiny Map adapter (one Map for all models) so /__admin/revoke can
// find every artifact of an account.
// ---------------------------------------------------------------------------
const recordFile = args.record ? path.join(dir, path.basename(args.record)) : undefined;
function record(kind, value) {
  if (recordFile && typeof value === 'string' && value) fs.appendFileSync(recordFile, `${JSON.stringify({ kind, value })}\n`);
}
const store = new Map(); // "Model:id" -> { payload, exp (ms epoch | undefined) }
const now = () => Date.now();
function live(key) {
  const e = store.get(key);
  if (e && e.exp !== undefined && e.exp <= now()) { store.delete(key); return undefined; }
  return e;
}
class MapAdapter {
  constructor(model) { this.model = model; }
  key(id) { return `${this.model}:${id}`; }
  async upsert(id, payload, expiresIn) {
    // Opaque tokens and codes are their own ids.
    if (['AccessToken', 'RefreshToken', 'AuthorizationCode', 'DeviceCode'].includes(this.model)) record(this.model, id);
    store.set(this.key(id), { payload, exp: expiresIn ? now() + expiresIn * 1000 : undefined });
  }
  async find(id) { return live(this.key(id))?.payload; }
  async findByUid(uid) { return this.#findBy((p) => p.uid === uid); }
  async findByUserCode(userCode) { return this.#findBy((p) => p.userCode === userCode); }
  async consume(id) { const e = live(this.key(id)); if (e) e.payload.consumed = Math.floor(now() / 1000); }
  async destroy(id) { store.delete(this.key(id)); }
  async revokeByGrantId(grantId) {
    for (const [k, e] of store) if (e.payload.grantId === grantId && !k.startsWith('Grant:')) store.delete(k);
  }
  #findBy(pred) {
    const prefix = `${this.model}:`;
    for (const k of store.keys()) if (k.startsWith(prefix) && live(k) && pred(store.get(k).payload)) return store.get(k).payload;
    return undefined;
  }
}
// Remove every Grant of `sub` and every artifact (tokens, codes) tied to
// those grants or to that account. Sessions stay, so the user stays logged in.
function revokeAccount(sub) {
  const grants = new Set();
  for (const [k, e] of store) if (k.startsWith('Grant:') && e.payload.accountId === sub) grants.add(k.slice(6));
  let n = 0;
  for (const [k, e] of store) {
    const p = e.payload;
    const isGrant = k.startsWith('Grant:') && grants.has(k.slice(6));
    const tied = !k.startsWith('Session:') && !k.startsWith('Interaction:')
      && (grants.has(p.grantId) || (p.accountId === sub && !k.startsWith('Grant:')));
    if (isGrant || tied) { store.delete(k); n += 1; }
  }
  return n;
}

// ---------------------------------------------------------------------------
// Accounts: any login id is accepted (devInteractions takes any password).
// ---------------------------------------------------------------------------
function account(id) {
  const email = id.includes('@') ? id : `${id}@example.com`;
  const name = id.charAt(0).toUpperCase() + id.slice(1);
  return {
    accountId: id,
    async claims() { return { sub: id, email, email_verified: true, name }; },
  };
}

// ---------------------------------------------------------------------------
// HTTPS server first (port 0 -> OS-chosen), then the provider for that issuer.
// ---------------------------------------------------------------------------
const stats = {
  token_requests: { authorization_code: 0, refresh_token: 0, device_code: 0 },
  revocations: 0,
  userinfo: 0,
  authorizations: 0,
  authorizations_with_nonce: 0,
  held: 0,
  device_slow_downs: 0,
  device_polls_too_fast: 0,
  // Refresh requests that asked for a scope subset or a resource (per-workflow tokens).
  narrowed_refreshes: 0,
  // How each token and revocation request authenticated: basic, post, jwt or none.
  client_auth: {},
};
const grantTypeKey = {
  authorization_code: 'authorization_code',
  refresh_token: 'refresh_token',
  'urn:ietf:params:oauth:grant-type:device_code': 'device_code',
};
let failNext = { count: 0, status: 503, bare: false, path: '/token' };
let nonceMode; // 'wrong' | 'missing' for the next token answer
let narrowingMode = 'honour'; // 'ignore': refreshes lose `scope` and `resource`
const forgotten = new Set(); // resource indicators the provider no longer knows
// The APIs a token may be meant for (RFC 8707): one with opaque tokens (introspectable,
// revoked with their grant), one with JWT access tokens (claims `aud` and `scope`).
const resourceServers = {
  'https://api.authz.test/workflows': {
    scope: 'workflows:read workflows:write', audience: 'https://api.authz.test/workflows', accessTokenFormat: 'opaque',
  },
  'https://api.authz.test/network': {
    scope: 'network:write workflows:read', audience: 'https://api.authz.test/network', accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } },
  },
};
const metadataOverrides = {};
let holds = []; // { path, after, count }
const held = []; // continuations run by /__admin/release

// Lets the provider answer, but keeps the answer until release: what it did, it did.
function withhold(res) {
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writes = [];
  res.write = (...a) => { writes.push(a); return true; };
  res.end = (...a) => {
    stats.held += 1;
    held.push(() => { for (const w of writes) write(...w); end(...a); });
    return res;
  };
}
// Records the secrets in a token endpoint answer on their way out.
function recordAnswer(res) {
  const end = res.end.bind(res);
  res.end = (chunk, ...rest) => {
    try {
      const body = JSON.parse(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk ?? ''));
      for (const k of ['access_token', 'refresh_token', 'id_token', 'device_code']) record(k, body[k]);
    } catch { /* not JSON: nothing issued */ }
    return end(chunk, ...rest);
  };
}

// Logs each token endpoint answer (see --issued) on its way out.
const issuedFile = args.issued ? path.join(dir, path.basename(args.issued)) : undefined;
function logIssued(res, grantType) {
  const end = res.end.bind(res);
  res.end = (chunk, ...rest) => {
    let body = {};
    try { body = JSON.parse(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk ?? '')); } catch { /* not JSON */ }
    const token = typeof body.access_token === 'string' ? body.access_token : undefined;
    const sub = token ? store.get(`AccessToken:${token}`)?.payload?.accountId : undefined;
    fs.appendFileSync(issuedFile, `${JSON.stringify({
      at: now(), grant_type: grantType, status: res.statusCode, sub, access_token: token,
      expires_in: body.expires_in, error: body.error,
    })}\n`);
    return end(chunk, ...rest);
  };
}

// Rewrites a JSON answer on its way out (oidc-provider has set its length already).
function rewriteJson(res, change) {
  const end = res.end.bind(res);
  res.end = (chunk, ...rest) => {
    let out = chunk;
    try {
      const body = JSON.parse(Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk ?? ''));
      change(body);
      out = JSON.stringify(body);
      if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(out));
    } catch { /* not JSON: left as it is */ }
    return end(out, ...rest);
  };
}
// The ID token with its nonce changed or removed; header and signature kept as they were.
function tamperNonce(idToken, mode) {
  const [head, payload, sig] = idToken.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  if (mode === 'missing') delete claims.nonce;
  else claims.nonce = 'not-the-nonce-that-was-sent';
  return [head, Buffer.from(JSON.stringify(claims)).toString('base64url'), sig].join('.');
}

// Device codes being polled: device_code -> { last (ms), interval (s), polls }.
const polling = new Map();
const deviceInterval = Number(args['device-interval']);
const forcedSlowDowns = Number(args['device-slow-down']);
// Returns true when this poll was answered `slow_down` here.
function slowDown(res, deviceCode) {
  const p = polling.get(deviceCode);
  if (!p) return false;
  const at = now();
  const tooFast = at - p.last < p.interval * 1000 - 20; // 20 ms: timer granularity
  p.last = at;
  p.polls += 1;
  if (tooFast) stats.device_polls_too_fast += 1;
  if (!tooFast && p.polls > forcedSlowDowns) return false;
  p.interval += 5;
  stats.device_slow_downs += 1;
  log(`device code polled ${tooFast ? 'too fast' : `(${p.polls})`}: slow_down, interval now ${p.interval} s`);
  json(res, 400, { error: 'slow_down', error_description: 'you are polling too quickly and should back off at a reasonable rate' });
  return true;
}
let providerCallback;
// authz's public client; /__admin/client registers others like it.
const baseClient = {
  client_id: 'authz-cli',
  client_name: 'authz CLI',
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  redirect_uris: ['http://127.0.0.1/callback'], // any loopback port (RFC 8252)
  grant_types: ['authorization_code', 'refresh_token',
    ...(args['no-device'] ? [] : ['urn:ietf:params:oauth:grant-type:device_code'])],
  response_types: ['code'],
};

// Answers an injected failure (see /__admin/fail).
function fail(res) {
  log(`injecting HTTP ${failNext.status}${failNext.bare ? ' (bare)' : ''} on ${failNext.path}`);
  if (failNext.bare) {
    res.writeHead(failNext.status);
    return res.end();
  }
  return json(res, failNext.status, { error: 'temporarily_unavailable', error_description: 'injected failure' });
}
function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = https.createServer({ key: certs.key, cert: certs.cert }, async (req, res) => {
  try {
    const url = new URL(req.url, 'https://127.0.0.1');
    if (url.pathname === '/__stats' && req.method === 'GET') return json(res, 200, stats);
    if (url.pathname === '/__admin/revoke' && req.method === 'POST') {
      const sub = url.searchParams.get('sub');
      if (!sub) return json(res, 400, { error: 'sub required' });
      const removed = revokeAccount(sub);
      log(`admin: revoked ${removed} artifacts of ${sub}`);
      return json(res, 200, { revoked: removed });
    }
    if (url.pathname === '/__admin/fail' && req.method === 'POST') {
      failNext = {
        count: Number(url.searchParams.get('count') ?? '1'),
        status: Number(url.searchParams.get('status') ?? '503'),
        bare: url.searchParams.get('bare') === '1',
        path: url.searchParams.get('path') ?? '/token',
      };
      log(`admin: next ${failNext.count} requests to ${failNext.path} fail with ${failNext.status}${failNext.bare ? ' (bare)' : ''}`);
      return json(res, 200, failNext);
    }
    if (url.pathname === '/__admin/forget-resource' && req.method === 'POST') {
      forgotten.add(url.searchParams.get('uri'));
      return json(res, 200, { forgotten: [...forgotten] });
    }
    if (url.pathname === '/__admin/narrowing' && req.method === 'POST') {
      narrowingMode = url.searchParams.get('mode');
      if (!['ignore', 'honour'].includes(narrowingMode)) return json(res, 400, { error: 'mode is ignore or honour' });
      log(`admin: refreshes are narrowed: ${narrowingMode}`);
      return json(res, 200, { mode: narrowingMode });
    }
    if (url.pathname === '/__admin/nonce' && req.method === 'POST') {
      nonceMode = url.searchParams.get('mode');
      if (!['wrong', 'missing'].includes(nonceMode)) return json(res, 400, { error: 'mode is wrong or missing' });
      log(`admin: the next ID token's nonce is ${nonceMode}`);
      return json(res, 200, { mode: nonceMode });
    }
    if (url.pathname === '/__admin/client' && req.method === 'POST') {
      const client = { ...baseClient, ...JSON.parse(await readBody(req)) };
      store.set(`Client:${client.client_id}`, { payload: client });
      log(`admin: client ${client.client_id} (${client.token_endpoint_auth_method})`);
      return json(res, 200, { client_id: client.client_id });
    }
    if (url.pathname === '/__admin/metadata' && req.method === 'POST') {
      for (const [k, v] of url.searchParams) metadataOverrides[k] = v.split(',').filter(Boolean);
      log(`admin: metadata overrides ${JSON.stringify(metadataOverrides)}`);
      return json(res, 200, metadataOverrides);
    }
    // Injected failures come first, as a broken front end's would.
    const failing = failNext.count > 0 && failNext.path === url.pathname && req.method === 'POST';
    if (failing && url.pathname !== '/token') {
      failNext.count -= 1;
      if (url.pathname === '/token/revocation') stats.revocations += 1;
      return fail(res);
    }
    if (url.pathname.startsWith('/.well-known/') && Object.keys(metadataOverrides).length) {
      rewriteJson(res, (body) => Object.assign(body, metadataOverrides));
    }
    if (url.pathname === '/auth') {
      stats.authorizations += 1;
      if (url.searchParams.has('nonce')) stats.authorizations_with_nonce += 1;
      record('nonce', url.searchParams.get('nonce'));
    }
    if (url.pathname === '/__admin/hold' && req.method === 'POST') {
      const hold = {
        path: url.searchParams.get('path'),
        after: url.searchParams.get('after') === '1',
        count: Number(url.searchParams.get('count') ?? '1'),
      };
      if (!hold.path) return json(res, 400, { error: 'path required' });
      holds.push(hold);
      log(`admin: holding the next ${hold.count} request(s) to ${hold.path}${hold.after ? ' after handling' : ''}`);
      return json(res, 200, hold);
    }
    if (url.pathname === '/__admin/release' && req.method === 'POST') {
      const n = held.length;
      holds = [];
      stats.held = 0;
      for (const go of held.splice(0)) go();
      log(`admin: released ${n} held request(s)`);
      return json(res, 200, { released: n });
    }
    if (req.method === 'POST' && ['/token', '/token/revocation', '/device/auth'].includes(url.pathname)) {
      // Read the body here to count the grant type and the client authentication;
      // oidc-provider then uses req.body (it falls back to it when the stream is already
      // consumed).
      const body = await readBody(req);
      req.body = body;
      const form = querystring.parse(body);
      const how = req.headers.authorization ? 'basic'
        : form.client_assertion ? 'jwt' : form.client_secret ? 'post' : 'none';
      const counted = `${url.pathname} ${how}`;
      stats.client_auth[counted] = (stats.client_auth[counted] ?? 0) + 1;
    }
    if (req.method === 'POST' && url.pathname === '/token') {
      const form = querystring.parse(req.body);
      const key = grantTypeKey[form.grant_type];
      if (key) stats.token_requests[key] += 1;
      for (const k of ['code', 'code_verifier', 'refresh_token', 'device_code']) record(k, form[k]);
      recordAnswer(res);
      if (issuedFile) logIssued(res, form.grant_type);
      if (failing) {
        failNext.count -= 1;
        return fail(res);
      }
      if (form.grant_type === 'refresh_token' && (form.scope || form.resource)) {
        stats.narrowed_refreshes += 1;
        if (narrowingMode === 'ignore') {
          delete form.scope;
          delete form.resource;
          req.body = querystring.stringify(form);
        }
      }
      if (nonceMode && form.grant_type === 'authorization_code') {
        const mode = nonceMode;
        nonceMode = undefined;
        rewriteJson(res, (answer) => { if (answer.id_token) answer.id_token = tamperNonce(answer.id_token, mode); });
      }
      if (key === 'device_code' && slowDown(res, form.device_code)) return undefined;
    }
    if (url.pathname === '/token/revocation' && req.method === 'POST') stats.revocations += 1;
    if (url.pathname === '/me') stats.userinfo += 1;
    const hold = holds.find((h) => h.path === url.pathname && h.count > 0);
    if (hold) {
      hold.count -= 1;
      log(`holding ${req.method} ${url.pathname}${hold.after ? ' after handling' : ''}`);
      if (!hold.after) {
        stats.held += 1;
        held.push(() => providerCallback(req, res));
        return undefined;
      }
      withhold(res);
    }
    return providerCallback(req, res);
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
  const issuer = `https://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    adapter: MapAdapter,
    clients: [baseClient],
    scopes: ['openid', 'email', 'profile', 'offline_access',
      'workflows:read', 'workflows:write', 'network:write', 'admin'],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (ctx, id) => account(id),
    pkce: { required: () => true }, // S256 is the only supported method
    features: {
      devInteractions: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // The APIs above; the token endpoint's default (no `resource`) stays the userinfo one.
        getResourceServerInfo: (ctx, indicator) => {
          const info = resourceServers[indicator];
          if (!info || forgotten.has(indicator)) throw new errors.InvalidTarget();
          return info;
        },
      },
      userinfo: { enabled: true },
      deviceFlow: { enabled: !args['no-device'] },
      rpInitiatedLogout: { enabled: false },
      // RFC 9207 `iss` is always added to authorization responses by 9.x
      // (discovery: authorization_response_iss_parameter_supported=true).
    },
    issueRefreshToken: async (ctx, client, code) => client.grantTypeAllowed('refresh_token')
      && code.scopes.has('offline_access'),
    rotateRefreshToken: true,
    // Put the scope claims (email, name) in the ID token too, not only in userinfo.
    conformIdTokenClaims: false,
    ttl: {
      AccessToken: Number(args['access-ttl']),
      AuthorizationCode: 600,
      IdToken: 3600,
      RefreshToken: Number(args['refresh-ttl']),
      DeviceCode: Number(args['device-ttl']),
      Interaction: 3600,
      Grant: 14 * 24 * 3600,
      Session: 14 * 24 * 3600,
    },
    cookies: { keys: ['authz-test-provider-cookie-key'] },
  });
  provider.on('server_error', (ctx, err) => log('server_error', err));
  // The device authorization response is still ctx.body here: announce the interval.
  provider.on('device_authorization.success', (ctx, body) => {
    body.interval = deviceInterval;
    polling.set(body.device_code, { last: now(), interval: deviceInterval, polls: 0 });
  });
  provider.on('grant.error', (ctx, err) => log('grant.error', err.message, err.error_description ?? '', err.error_detail ?? ''));
  providerCallback = provider.callback();
  log(`listening on ${issuer} (certs in ${dir})`);
  process.stdout.write(`${JSON.stringify({ issuer, port, ca: certs.ca, client_id: 'authz-cli' })}\n`);
});

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => { log(`${sig}: shutting down`); server.close(); process.exit(0); });
}
