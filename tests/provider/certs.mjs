// A throw-away test CA and a server certificate for 127.0.0.1 signed by it, made with openssl
// in DIR: a proper CA (CA:TRUE, keyCertSign) and a v3 leaf with serverAuth + SAN
// IP:127.0.0.1, DNS:localhost, so rustls/webpki accept it. DIR/ca.pem is the CA to trust.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function makeCerts(dir) {
  const p = (f) => path.join(dir, f);
  const ssl = (...a) => execFileSync('openssl', a, { stdio: ['ignore', 'ignore', 'pipe'] });
  fs.writeFileSync(p('ca.ext'), [
    'basicConstraints=critical,CA:TRUE',
    'keyUsage=critical,keyCertSign,cRLSign',
    'subjectKeyIdentifier=hash',
  ].join('\n') + '\n');
  fs.writeFileSync(p('server.ext'), [
    'basicConstraints=critical,CA:FALSE',
    'keyUsage=critical,digitalSignature',
    'extendedKeyUsage=serverAuth',
    'subjectAltName=IP:127.0.0.1,DNS:localhost',
    'authorityKeyIdentifier=keyid',
    'subjectKeyIdentifier=hash',
  ].join('\n') + '\n');
  ssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', p('ca-key.pem'));
  ssl('req', '-new', '-key', p('ca-key.pem'), '-subj', '/CN=authz test CA', '-out', p('ca.csr'));
  ssl('x509', '-req', '-in', p('ca.csr'), '-signkey', p('ca-key.pem'), '-days', '30',
    '-extfile', p('ca.ext'), '-out', p('ca.pem'));
  ssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', p('server-key.pem'));
  ssl('req', '-new', '-key', p('server-key.pem'), '-subj', '/CN=127.0.0.1', '-out', p('server.csr'));
  ssl('x509', '-req', '-in', p('server.csr'), '-CA', p('ca.pem'), '-CAkey', p('ca-key.pem'),
    '-CAcreateserial', '-days', '30', '-extfile', p('server.ext'), '-out', p('server.pem'));
  return { ca: p('ca.pem'), key: fs.readFileSync(p('server-key.pem')), cert: fs.readFileSync(p('server.pem')) };
}
