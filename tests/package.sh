#!/usr/bin/env bash
# The Debian package, checked the way an operator meets it (issue 23): built with cargo-deb
# (reusing the release build when there is one), installed with `apt-get install ./authz_*.deb`,
# then used: `authz --version`, `man -w`, bash completion of `authz rev<TAB>` through an
# interactive bash with bash-completion loaded, the file list, lintian; then `apt-get remove`
# and nothing may be left. Needs root (or passwordless sudo): it installs system packages.
# Run by .ci/run after tests/run.sh; on a developer machine it installs and removes authz.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '==> package: %s\n' "$*" >&2; }
fail() { printf 'package test FAILED: %s\n' "$*" >&2; exit 1; }

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || fail "needs root or sudo"
  sudo=(sudo -n)
fi

# The tools the checks use, as the system's packages.
missing=()
command -v lintian >/dev/null 2>&1 || missing+=(lintian)
command -v man >/dev/null 2>&1 || missing+=(man-db)
command -v dpkg-shlibdeps >/dev/null 2>&1 || missing+=(dpkg-dev)
[ -r /usr/share/bash-completion/bash_completion ] || missing+=(bash-completion)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  "${sudo[@]}" apt-get update </dev/null >/dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    "${missing[@]}" </dev/null >/dev/null
fi
if ! cargo deb --version >/dev/null 2>&1; then
  log "installing cargo-deb"
  cargo install cargo-deb --locked </dev/null
fi

# A copy installed some other way would make every check below pass or fail for the wrong reason.
if [ -e /usr/bin/authz ] && ! dpkg -S /usr/bin/authz >/dev/null 2>&1; then
  fail "/usr/bin/authz exists and no package owns it: remove it first"
fi

log "cargo deb"
deb=$(cargo deb | tail -n 1)
[ -f "$deb" ] || fail "cargo deb made no package (got '$deb')"
log "built $deb"

log "lintian"
lintian_out=$(lintian --allow-root --fail-on error "$deb") || {
  printf '%s\n' "$lintian_out" >&2
  fail "lintian reports errors"
}
[ -z "$lintian_out" ] || printf '%s\n' "$lintian_out" >&2

log "apt-get install ./$(basename "$deb")"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
  "$(realpath "$deb")" </dev/null >/dev/null
trap '"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y authz </dev/null >/dev/null 2>&1 || true' EXIT

# As a user would: a clean environment, a fresh HOME, the system's PATH.
home=$(mktemp -d)
user_sh() { env -i HOME="$home" PATH=/usr/local/bin:/usr/bin:/bin TERM=dumb bash --norc --noprofile -c "$1"; }

[ "$(user_sh 'command -v authz')" = /usr/bin/authz ] || fail "authz is not /usr/bin/authz on PATH"
version=$(user_sh 'authz --version')
[[ "$version" =~ ^authz\ [0-9]+\.[0-9]+\.[0-9]+\ \(([0-9a-f]{7,}|unknown)\ [0-9]{4}-[0-9]{2}-[0-9]{2}\)$ ]] \
  || fail "authz --version printed '$version'"
log "authz --version: $version"
[ "$(user_sh 'readlink -f "$(command -v docker-credential-authz)"')" = /usr/bin/authz ] \
  || fail "docker-credential-authz is not a link to /usr/bin/authz"

# (docker-credential-authz's page is a link to authz-docker-credential's, which man -w names.)
for page in authz authz-add authz-revoke authz-token docker-credential-authz:authz-docker-credential; do
  name=${page%%:*} file=${page#*:}
  where=$(user_sh "man -w $name") || fail "man -w $name found nothing"
  [ "$where" = "/usr/share/man/man1/$file.1.gz" ] || fail "man -w $name: $where"
done
user_sh 'MANPAGER=cat man authz-add 2>/dev/null' | grep -q 'authz add' || fail "man authz-add does not render"

# Bash completion the way a terminal session gets it: bash-completion's loader finds
# /usr/share/bash-completion/completions/authz on the first <TAB>.
completed=$(env -i HOME="$home" PATH=/usr/bin:/bin TERM=dumb bash --norc --noprofile -ic '
  . /usr/share/bash-completion/bash_completion
  __load_completion authz || exit 3
  fn=$(complete -p authz | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
  [ -n "$fn" ] || exit 4
  COMP_WORDS=(authz rev); COMP_CWORD=1; COMP_LINE="authz rev"; COMP_POINT=${#COMP_LINE}
  "$fn" authz rev authz
  printf "%s\n" "${COMPREPLY[@]}"' 2>/dev/null) || fail "bash completion did not load (exit $?)"
[ "$completed" = revoke ] || fail "authz rev<TAB> completed to '$completed', not 'revoke'"
log "authz rev<TAB> -> $completed"

# Every file in its place, and nothing elsewhere.
unexpected=$(dpkg -L authz | grep -v -E '^(/\.|/usr|/usr/bin|/usr/share|/usr/share/man|/usr/share/man/man1|/usr/share/doc|/usr/share/bash-completion|/usr/share/bash-completion/completions|/usr/share/zsh|/usr/share/zsh/vendor-completions|/usr/share/fish|/usr/share/fish/vendor_completions\.d)$' \
  | grep -v -E '^(/usr/bin/(authz|docker-credential-authz)|/usr/share/man/man1/(authz[a-z-]*|docker-credential-authz)\.1\.gz|/usr/share/bash-completion/completions/authz|/usr/share/zsh/vendor-completions/_authz|/usr/share/fish/vendor_completions\.d/authz\.fish|/usr/share/doc/authz(/.*)?)$' || true)
[ -z "$unexpected" ] || fail "files outside the expected places: $unexpected"
for f in /usr/share/bash-completion/completions/authz /usr/share/zsh/vendor-completions/_authz \
         /usr/share/fish/vendor_completions.d/authz.fish /usr/share/doc/authz/copyright \
         /usr/share/doc/authz/security.md /usr/share/doc/authz/openbao/runner.hcl; do
  [ -f "$f" ] || fail "$f is missing"
done
pages=$(dpkg -L authz | grep '^/usr/share/man/man1/authz.*\.1\.gz$' | while read -r p; do [ -L "$p" ] || echo "$p"; done | wc -l)
[ "$pages" -eq "$(ls docs/man/*.1 | wc -l)" ] || fail "$pages man pages installed, $(ls docs/man/*.1 | wc -l) in docs/man"
files=$(dpkg -L authz | while read -r p; do [ -d "$p" ] || echo "$p"; done)
log "$(echo "$files" | wc -l) files installed, all in place"

log "apt-get remove authz"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y authz </dev/null >/dev/null
trap - EXIT
left=$(echo "$files" | while read -r p; do [ -e "$p" ] || [ -L "$p" ] && echo "$p"; done || true)
[ -z "$left" ] || fail "left behind after apt-get remove: $left"
status=$(dpkg-query -W -f='${db:Status-Status}' authz 2>/dev/null || echo not-installed)
[ "$status" = not-installed ] || fail "dpkg still lists authz as '$status' (conffiles left?)"
rm -rf "$home"
log "ok: installed, used and removed cleanly"
