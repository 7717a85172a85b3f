#!/usr/bin/env bash
# Run a command with a private, throwaway PostgreSQL 15 cluster, stopped when the command ends.
#
#   tests/support/pg-cluster.sh CMD [ARGS...]
#
# The cluster lives in a temp dir, listens on 127.0.0.1 at a free port and on a Unix socket in
# that dir, requires scram-sha-256 passwords, and serves TLS with a certificate for "localhost"
# signed by a CA made here. initdb refuses to run as root, so as root the cluster runs as the
# `postgres` OS user (runuser). CMD sees:
#   AUTHZ_TEST_PG_URL       postgres://postgres@127.0.0.1:PORT/postgres (the superuser; no password)
#   AUTHZ_TEST_PG_PASSWORD  the superuser's password (tests put it in a private ~/.pgpass)
#   AUTHZ_TEST_PG_CA        the CA certificate that signed the server's (PEM)
#   AUTHZ_TEST_PG_SOCKET    the directory holding the Unix socket
# Exits with CMD's status.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi
bin=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
if [ -z "$bin" ]; then
  echo "pg-cluster: PostgreSQL 15 not found (apt-get install postgresql)" >&2
  exit 127
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/authz-pg.XXXXXX")
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi
chmod 700 "$dir"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')

cleanup() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

# TLS: a CA, and a server certificate for localhost only (not 127.0.0.1), so that tests can
# show verify-full accepting the right name and refusing another.
(
  cd "$dir"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
    -subj "/CN=authz test CA" -keyout ca.key -out ca.crt 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
  printf 'subjectAltName=DNS:localhost\n' >san.ext
  openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
    -extfile san.ext -out server.crt 2>/dev/null
  chmod 600 server.key
  printf %s "$password" >pwfile
)
if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$dir"; fi
chmod 644 "$dir/ca.crt"

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A scram-sha-256 \
  --pwfile "$dir/pwfile" --no-sync >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
rm -f "$dir/pwfile"
# PostgreSQL cannot be told to pick its own port (port 0 is refused), so a free one is chosen
# here; another process may take it before the server binds it. Then the start fails with
# "could not bind", and is tried again on another port.
for attempt in 1 2 3 4 5; do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $dir -c ssl=on -c ssl_cert_file=$dir/server.crt -c ssl_key_file=$dir/server.key -c fsync=off -c max_connections=200" \
    start >/dev/null; then
    break
  fi
  if [ "$attempt" -eq 5 ] || ! grep -q "could not bind" "$dir/server.log"; then
    cat "$dir/server.log" >&2
    exit 1
  fi
  echo "pg-cluster: port $port was taken before the server bound it; trying another" >&2
done

export AUTHZ_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
export AUTHZ_TEST_PG_PASSWORD="$password"
export AUTHZ_TEST_PG_CA="$dir/ca.crt"
export AUTHZ_TEST_PG_SOCKET="$dir"
status=0
"$@" || status=$?
exit "$status"
