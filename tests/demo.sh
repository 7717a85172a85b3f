#!/usr/bin/env bash
# The main job, end to end, for a newcomer with no account anywhere:
#   tests/demo.sh
# installs what it needs (like tests/run.sh), builds authz, starts the development OpenID
# provider the tests use (oidc-provider over HTTPS on 127.0.0.1, CA made on the spot) and a
# private Secret Service (gnome-keyring in its own D-Bus session), then:
#   authz add   (your browser when there is a desktop, else the browserless driver plays the user)
#   authz workflow create, authz token, authz list
# Everything lives in a temp dir that is removed at the end; nothing of yours is touched.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

AUTHZ_SETUP_ONLY=1 bash tests/run.sh
cargo build --quiet
bin="$root/target/debug/authz"

source tests/support/dev-provider.sh
echo "==> development provider at $issuer" >&2

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -n "${CI:-}" ]; then
  echo "==> no desktop here: the browserless driver plays the user 'ops' (tests/provider/browser.mjs)" >&2
  export BROWSER="$root/tests/provider/browser.mjs" AUTHZ_TEST_LOGIN=ops
else
  echo "==> your browser will open; log in with any name and password (the CA is a test one: accept the warning)" >&2
fi

export AUTHZ_DB="$work/authz.db" AUTHZ_CA_FILE="$ca"
tests/support/keyring-session.sh bash -euo pipefail -c '
  bin=$1 issuer=$2 client=$3
  say() { printf "\n\$ %s\n" "$*" >&2; }
  say authz add --issuer "$issuer" --client-id "$client" --scope workflows:read --service-account
  "$bin" add --issuer "$issuer" --client-id "$client" --scope workflows:read --service-account --label demo
  id=$("$bin" list --json | node -e "let s=\"\";process.stdin.on(\"data\",d=>s+=d).on(\"end\",()=>console.log(JSON.parse(s)[0].id))")
  say authz workflow create nightly-backup --authz "$id" --owner ops-team --scope workflows:read
  "$bin" workflow create nightly-backup --authz "$id" --owner ops-team --scope workflows:read
  say "authz token --workflow nightly-backup | cut -c1-12"
  "$bin" token --workflow nightly-backup | cut -c1-12 | sed "s/$/... (an access token, shortened here)/"
  say authz list
  "$bin" list
' demo "$bin" "$issuer" "$client"
