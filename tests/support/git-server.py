#!/usr/bin/env python3
"""A git server over HTTPS for tests: `git http-backend` (smart HTTP) behind a check of HTTP
Basic credentials. The password must be an access token the provider accepts (its userinfo
endpoint answers 200 with the expected `sub`) and the username the expected one; anything else
is 401 with `WWW-Authenticate: Basic`, so git asks its credential helper.

    git-server.py --root DIR --cert PEM --key PEM --ca PEM --userinfo URL --sub SUB --username U

Binds 127.0.0.1 port 0 and prints {"url": ..., "port": N} as its first line. Every
authentication attempt is appended to DIR/auth.log as one JSON line ({"ok": bool, "user": ...}),
never the password.
"""

import argparse
import base64
import json
import os
import ssl
import subprocess
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

args = None


def token_ok(token):
    ctx = ssl.create_default_context(cafile=args.ca)
    req = urllib.request.Request(args.userinfo, headers={"Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req, context=ctx, timeout=10) as resp:
            return json.load(resp).get("sub") == args.sub
    except Exception:
        return False


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def authorized(self):
        header = self.headers.get("Authorization", "")
        ok, user = False, None
        if header.startswith("Basic "):
            try:
                user, _, password = base64.b64decode(header[6:]).decode().partition(":")
                ok = user == args.username and token_ok(password)
            except Exception:
                ok = False
        with open(os.path.join(args.root, "auth.log"), "a") as f:
            f.write(json.dumps({"ok": ok, "user": user, "sent": bool(header)}) + "\n")
        return ok

    def backend(self):
        if not self.authorized():
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="authz test"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        path, _, query = self.path.partition("?")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        env = dict(os.environ,
                   GIT_PROJECT_ROOT=args.root, GIT_HTTP_EXPORT_ALL="1",
                   PATH_INFO=path, QUERY_STRING=query, REQUEST_METHOD=self.command,
                   CONTENT_TYPE=self.headers.get("Content-Type", ""),
                   CONTENT_LENGTH=str(len(body)), REMOTE_USER=args.username,
                   GIT_HTTP_MAX_REQUEST_BUFFER="100M")
        out = subprocess.run(["git", "http-backend"], input=body, env=env,
                             capture_output=True, check=False).stdout
        head, _, payload = out.partition(b"\r\n\r\n")
        if not payload and b"\n\n" in out:
            head, _, payload = out.partition(b"\n\n")
        status = 200
        headers = []
        for line in head.decode().splitlines():
            k, _, v = line.partition(":")
            if k.lower() == "status":
                status = int(v.strip().split()[0])
            elif k:
                headers.append((k, v.strip()))
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = backend
    do_POST = backend


def main():
    global args
    p = argparse.ArgumentParser()
    for name in ("root", "cert", "key", "ca", "userinfo", "sub", "username"):
        p.add_argument("--" + name, required=True)
    args = p.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(args.cert, args.key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    port = server.server_address[1]
    print(json.dumps({"url": f"https://127.0.0.1:{port}", "port": port}), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
