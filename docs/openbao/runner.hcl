# authz runner (the workflow hosts that run `authz token`): reads an authorization's tokens and
# updates the entry to persist a rotated refresh token. It can neither create, delete nor list
# entries, nor touch their metadata or old versions.
#   bao policy write authz-runner docs/openbao/runner.hcl

path "secret/data/authz/tokens/*" {
  capabilities = ["read", "update"]
}

# The vault values of the workflows it runs (`authz run`, `authz vault get`), at
# `vault/<store id>/<name>/v<N>`: read only.
path "secret/data/authz/vault/*" {
  capabilities = ["read"]
}

# The client secret of a confidential client (every refresh presents it): read only, so a
# runner host can neither replace nor delete it.
path "secret/data/authz/clients/*" {
  capabilities = ["read"]
}

# Narrowed access tokens (per-workflow tokens), `narrowed/<authz id>/<key>`: the runners' own
# cache. A runner host caches the token it obtained for a workflow (one version kept) and evicts
# the least recently refreshed beyond 16 per authorization. Only access tokens are here, each
# narrower than the authorization's own: the refresh token stays in tokens/, which a runner
# can neither create nor delete.
path "secret/data/authz/narrowed/*" {
  capabilities = ["create", "read", "update"]
}

path "secret/metadata/authz/narrowed/*" {
  capabilities = ["create", "update", "delete"]
}
