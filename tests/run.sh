#!/usr/bin/env bash
# The one test command: installs what the tests need (idempotent) and runs the
# whole suite with cargo-nextest inside a private D-Bus + gnome-keyring session.
#   tests/run.sh [extra cargo-nextest args, e.g. a test filter]
# Works unattended as root on a fresh Debian 12 (CI=true, no stdin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '==> %s\n' "$*" >&2; }

# 1. System packages: Secret Service (gnome-keyring), D-Bus, secret-tool, sqlite3, openssl,
#    script (a pseudo-terminal for tests/paste.rs), curl (tests talk to the provider directly).
missing=()
for tool in gnome-keyring-daemon dbus-daemon dbus-run-session dbus-send secret-tool sqlite3 openssl script curl; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
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
    gnome-keyring dbus-daemon dbus libsecret-tools sqlite3 openssl bsdutils curl </dev/null
fi

# 2. Node dependencies of the development OpenID provider.
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

# tests/demo.sh reuses the set-up above and stops here.
if [ -n "${AUTHZ_SETUP_ONLY:-}" ]; then exit 0; fi

# 4. Build, then run the suite in a private keyring session.
log "cargo build --all-targets"
cargo build --all-targets
log "cargo nextest run"
exec tests/support/keyring-session.sh cargo nextest run --no-fail-fast "$@" </dev/null
