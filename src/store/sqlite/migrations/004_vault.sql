-- authz store, schema version 4: the workflow vault. Metadata only: every value lives in the
-- secret backend (the keyring, or OpenBao), keyed by the entry's id and version.

CREATE TABLE vault_entries (
    name       TEXT PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,       -- names the values in the secret backend
    kind       TEXT NOT NULL CHECK (kind IN ('api-token', 'password', 'signing-key')),
    created    TEXT NOT NULL,
    created_by TEXT NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1)   -- the newest
) STRICT;

CREATE TABLE vault_versions (
    entry       TEXT NOT NULL REFERENCES vault_entries (name) ON DELETE CASCADE ON UPDATE RESTRICT,
    version     INTEGER NOT NULL CHECK (version >= 1),
    created     TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 16),
    alg         TEXT CHECK (alg IN ('ES256', 'EdDSA', 'RS256')),
    copied_from INTEGER,                   -- `vault rollback`: the version it repeats
    PRIMARY KEY (entry, version)
) STRICT;

-- The newest version is always a version that exists, and versions only grow.
CREATE TRIGGER vault_entries_version_exists BEFORE UPDATE OF version ON vault_entries
WHEN NEW.version < OLD.version
  OR NOT EXISTS (SELECT 1 FROM vault_versions WHERE entry = NEW.name AND version = NEW.version)
BEGIN
    SELECT RAISE(ABORT, 'a vault entry''s newest version must exist and only grows');
END;

-- A vault entry in use is never deleted: the same rule as for authorizations.
CREATE TABLE workflow_secrets (
    workflow TEXT NOT NULL REFERENCES workflows (name) ON DELETE CASCADE ON UPDATE CASCADE,
    secret   TEXT NOT NULL REFERENCES vault_entries (name) ON DELETE RESTRICT ON UPDATE RESTRICT,
    env      TEXT NOT NULL CHECK (env <> ''),
    PRIMARY KEY (workflow, secret),
    UNIQUE (workflow, env)
) STRICT;

CREATE INDEX workflow_secrets_secret ON workflow_secrets (secret, workflow);
