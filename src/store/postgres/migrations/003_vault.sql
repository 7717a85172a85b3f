-- authz store on PostgreSQL, schema version 3 (SQLite's version 4): the workflow vault.
-- Metadata only: every value lives in the secret backend, keyed by the entry's id and version.

CREATE TABLE vault_entries (
    name       text PRIMARY KEY,
    id         text NOT NULL UNIQUE,       -- names the values in the secret backend
    kind       text NOT NULL CHECK (kind IN ('api-token', 'password', 'signing-key')),
    created    timestamptz NOT NULL,
    created_by text NOT NULL,
    version    bigint NOT NULL CHECK (version >= 1)   -- the newest
);

CREATE TABLE vault_versions (
    entry       text NOT NULL REFERENCES vault_entries (name) ON DELETE CASCADE ON UPDATE RESTRICT,
    version     bigint NOT NULL CHECK (version >= 1),
    created     timestamptz NOT NULL,
    created_by  text NOT NULL,
    fingerprint text NOT NULL CHECK (length(fingerprint) = 16),
    alg         text CHECK (alg IN ('ES256', 'EdDSA', 'RS256')),
    copied_from bigint,                    -- `vault rollback`: the version it repeats
    PRIMARY KEY (entry, version)
);

-- The newest version is always a version that exists, and versions only grow.
CREATE FUNCTION vault_entries_version_exists() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF NEW.version < OLD.version OR NOT EXISTS
        (SELECT 1 FROM vault_versions WHERE entry = NEW.name AND version = NEW.version) THEN
        RAISE EXCEPTION 'a vault entry''s newest version must exist and only grows'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER vault_entries_version_exists BEFORE UPDATE OF version ON vault_entries
FOR EACH ROW EXECUTE FUNCTION vault_entries_version_exists();

-- A vault entry in use is never deleted: the same rule as for authorizations.
CREATE TABLE workflow_secrets (
    workflow text NOT NULL REFERENCES workflows (name) ON DELETE CASCADE ON UPDATE CASCADE,
    secret   text NOT NULL REFERENCES vault_entries (name) ON DELETE RESTRICT ON UPDATE RESTRICT,
    env      text NOT NULL CHECK (env <> ''),
    PRIMARY KEY (workflow, secret),
    UNIQUE (workflow, env)
);

CREATE INDEX workflow_secrets_secret ON workflow_secrets (secret, workflow);
