#!/usr/bin/env bash
# Run a command inside a private D-Bus session bus that has an unlocked
# gnome-keyring Secret Service (org.freedesktop.secrets).
#
#   tests/support/keyring-session.sh CMD [ARGS...]
#
# HOME is kept (cargo needs ~/.cargo and rustup); only XDG_DATA_HOME (where
# gnome-keyring keeps $XDG_DATA_HOME/keyrings) and XDG_RUNTIME_DIR point to a
# fresh temp dir, so the keyring is private and thrown away afterwards. The
# "login" keyring is created on first use with the piped password and is
# unlocked, so secret-tool/libsecret never prompt.
# Exits with CMD's status.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "keyring-session: $tool not found (apt-get install gnome-keyring dbus-daemon libsecret-tools)" >&2
    exit 127
  fi
done

# shellcheck disable=SC2016  # the inner script expands its own variables
exec dbus-run-session -- bash -c '
  set -u
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/authz-keyring.XXXXXX")
  mkdir -p "$tmp/data" "$tmp/run"
  chmod 700 "$tmp/run"
  export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
  printf %s pw | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$tmp/daemon.log" 2>&1 &
  daemon=$!
  cleanup() {
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    rm -rf "$tmp"
  }
  trap cleanup EXIT
  # Wait (max ~10 s) for the Secret Service name to be owned on this bus.
  for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q "boolean true"; then
      ready=1
      break
    fi
    if ! kill -0 "$daemon" 2>/dev/null; then break; fi
    sleep 0.1
  done
  if [ -z "${ready:-}" ]; then
    echo "keyring-session: gnome-keyring-daemon did not provide org.freedesktop.secrets" >&2
    cat "$tmp/daemon.log" >&2 || true
    exit 1
  fi
  "$@"
  status=$?
  exit "$status"
' keyring-session "$@"
