#!/usr/bin/env node
// A JWKS endpoint for the authorizer tests: HTTPS on 127.0.0.1 with a CA made at start.
//
//   node tests/provider/jwks.mjs --dir DIR [--port 0]
//
// Prints ONE line of JSON once listening: {"url":"https://127.0.0.1:PORT/jwks","port":PORT,
// "ca":"DIR/ca.pem"}. GET /jwks answers DIR/jwks.json with `Cache-Control: DIR/cache-control`
// (default max-age=600), read on every request so a test rotates keys by rewriting the file.
// Every GET /jwks appends a line to DIR/hits. Switches, by the presence of a file in DIR:
//   down      -> 503
//   redirect  -> 302 to /jwks (a client must not follow it)
//   huge      -> a 2 MiB answer
import * as fs from 'node:fs';
import * as https from 'node:https';
import * as path from 'node:path';
import { makeCerts } from './certs.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const dir = arg('--dir');
const port = Number(arg('--port', '0'));
const p = (f) => path.join(dir, f);
const has = (f) => fs.existsSync(p(f));

const { ca, key, cert } = makeCerts(dir);
if (!has('jwks.json')) fs.writeFileSync(p('jwks.json'), '{"keys":[]}');

const server = https.createServer({ key, cert }, (req, res) => {
  if (req.method !== 'GET' || req.url !== '/jwks') {
    res.writeHead(404).end();
    return;
  }
  fs.appendFileSync(p('hits'), 'GET /jwks\n');
  if (has('down')) {
    res.writeHead(503).end('down');
  } else if (has('redirect')) {
    res.writeHead(302, { location: '/jwks' }).end();
  } else if (has('huge')) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"keys":[],"pad":"' + 'x'.repeat(2 * 1024 * 1024) + '"}');
  } else {
    const cc = has('cache-control') ? fs.readFileSync(p('cache-control'), 'utf8').trim() : 'max-age=600';
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': cc });
    res.end(fs.readFileSync(p('jwks.json')));
  }
});
server.listen(port, '127.0.0.1', () => {
  const port = server.address().port;
  console.log(JSON.stringify({ url: `https://127.0.0.1:${port}/jwks`, port, ca }));
});
for (const s of ['SIGTERM', 'SIGINT']) process.on(s, () => process.exit(0));
