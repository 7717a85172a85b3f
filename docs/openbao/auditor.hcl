# authz auditor (reads the store, `authz audit` and `authz log`): no access to any token.
# An explicit deny, so that no other policy attached to the same identity can grant it.
#   bao policy write authz-auditor docs/openbao/auditor.hcl

path "secret/data/authz/tokens/*" {
  capabilities = ["deny"]
}

path "secret/metadata/authz/tokens/*" {
  capabilities = ["deny"]
}

path "secret/data/authz/vault/*" {
  capabilities = ["deny"]
}

path "secret/metadata/authz/vault/*" {
  capabilities = ["deny"]
}

path "secret/data/authz/clients/*" {
  capabilities = ["deny"]
}

path "secret/metadata/authz/clients/*" {
  capabilities = ["deny"]
}

path "secret/data/authz/narrowed/*" {
  capabilities = ["deny"]
}

path "secret/metadata/authz/narrowed/*" {
  capabilities = ["deny"]
}
