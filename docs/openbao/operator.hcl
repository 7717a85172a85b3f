# authz operator (the people and jobs that run `authz add`, `revoke`, `doctor`, `secrets migrate`):
# creates, reads, updates and deletes token entries under secret/authz/tokens/, and lists them.
# Written for `--secrets openbao:secret/authz`; for another MOUNT/PREFIX replace
# "secret/" and "/authz/" in the paths.
#   bao policy write authz-operator docs/openbao/operator.hcl

# The entries: a login creates one, a refresh or re-login updates it (check-and-set).
path "secret/data/authz/tokens/*" {
  capabilities = ["create", "read", "update"]
}

# Their metadata: a new entry gets max_versions = 1 (no old refresh token stays readable),
# revoke deletes an entry with all its versions, doctor lists them to find orphans.
path "secret/metadata/authz/tokens/*" {
  capabilities = ["create", "read", "update", "delete", "list"]
}

# The vault, `vault/<store id>/<name>/v<N>` (`authz vault set/rollback/generate` create the
# entry of a new version; `vault get`, `public` and `authz run` read any version; `vault delete`
# deletes every version's metadata).
path "secret/data/authz/vault/*" {
  capabilities = ["create", "read", "update"]
}

path "secret/metadata/authz/vault/*" {
  capabilities = ["read", "delete", "list"]
}

# Client secrets of confidential clients, `clients/<store id>/<digest>` (`authz add
# --client-secret-file` stores one after a successful login, replacing the previous; every
# call to the provider reads it).
path "secret/data/authz/clients/*" {
  capabilities = ["create", "read", "update"]
}

# A client entry keeps one version only (a replaced secret does not stay readable).
path "secret/metadata/authz/clients/*" {
  capabilities = ["create", "update", "delete"]
}

# Narrowed access tokens (per-workflow tokens), `narrowed/<authz id>/<key>`: cached by whoever
# refreshes for a workflow; revoke lists and deletes them all.
path "secret/data/authz/narrowed/*" {
  capabilities = ["create", "read", "update"]
}

path "secret/metadata/authz/narrowed/*" {
  capabilities = ["create", "update", "delete", "list"]
}
