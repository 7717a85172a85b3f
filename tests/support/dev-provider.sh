# Sourced by the demos (tests/demo.sh, tests/demo-org.sh): a temp dir and the development
# OpenID provider, both gone when the script exits.
#   source tests/support/dev-provider.sh   # then: $work, $issuer, $ca, $client
# The provider is tests/provider/server.mjs (oidc-provider over HTTPS on 127.0.0.1, with a CA
# made on the spot); it prints one JSON line ({"issuer", "ca", "client_id", ...}) when ready.
work=$(mktemp -d "${TMPDIR:-/tmp}/authz-demo.XXXXXX")
provider=""
dev_provider_cleanup() {
  [ -n "$provider" ] && kill "$provider" 2>/dev/null || true
  rm -rf "$work"
}
trap dev_provider_cleanup EXIT

mkfifo "$work/ready"
node tests/provider/server.mjs --dir "$work" --port 0 >"$work/ready" 2>"$work/provider.log" &
provider=$!
read -r dev_provider_line <"$work/ready"
dev_provider_field() {
  node -e 'const o=JSON.parse(process.argv[1]); console.log(o[process.argv[2]])' "$dev_provider_line" "$1"
}
issuer=$(dev_provider_field issuer)
ca=$(dev_provider_field ca)
client=$(dev_provider_field client_id)
