-- authz store, schema version 1; each later version is one NNN_*.sql file, applied in order.
-- The database enforces the rules too, not only the Rust code.
-- Times are RFC 3339 UTC text ("2026-11-28T16:50:55Z"): fixed width, so they sort as text.

CREATE TABLE authorizations (
    id              TEXT PRIMARY KEY,
    issuer          TEXT NOT NULL,
    subject         TEXT NOT NULL,
    email           TEXT NOT NULL,
    name            TEXT,
    scopes          TEXT NOT NULL DEFAULT '',   -- space-separated, sorted
    created         TEXT NOT NULL,
    created_by      TEXT NOT NULL,              -- the OS user who ran `authz add`
    label           TEXT,
    service_account INTEGER NOT NULL DEFAULT 0 CHECK (service_account IN (0, 1)),
    status          TEXT NOT NULL CHECK (status IN ('active', 'relogin-needed', 'revoked')),
    token_expires   TEXT,                       -- expiry of the cached access token (never the token)
    revoked         TEXT,
    CHECK ((status = 'revoked') = (revoked IS NOT NULL))
) STRICT;

CREATE INDEX authorizations_email ON authorizations (email);

CREATE TABLE workflows (
    name     TEXT PRIMARY KEY,
    authz_id TEXT NOT NULL REFERENCES authorizations (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    owner    TEXT,
    scopes   TEXT NOT NULL DEFAULT '',
    created  TEXT NOT NULL,
    updated  TEXT NOT NULL
) STRICT;

CREATE INDEX workflows_authz ON workflows (authz_id, name);

-- A workflow never points at a revoked authorization, and an authorization in use is never revoked.
CREATE TRIGGER workflows_insert_not_revoked BEFORE INSERT ON workflows
WHEN (SELECT status FROM authorizations WHERE id = NEW.authz_id) = 'revoked'
BEGIN
    SELECT RAISE(ABORT, 'a workflow cannot use a revoked authorization');
END;

CREATE TRIGGER workflows_update_not_revoked BEFORE UPDATE OF authz_id ON workflows
WHEN (SELECT status FROM authorizations WHERE id = NEW.authz_id) = 'revoked'
BEGIN
    SELECT RAISE(ABORT, 'a workflow cannot use a revoked authorization');
END;

CREATE TRIGGER authorizations_revoke_unused BEFORE UPDATE OF status ON authorizations
WHEN NEW.status = 'revoked' AND EXISTS (SELECT 1 FROM workflows WHERE authz_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'an authorization used by workflows cannot be revoked');
END;

-- Every change, with who and when. No foreign keys: history outlives what it describes.
-- A move of many workflows is one event naming them in details.workflows (and its source in
-- details.from), so moving 50,000 workflows writes one row, not 50,000.
CREATE TABLE events (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL,
    authz_id TEXT,
    workflow TEXT,
    details  TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE INDEX events_authz ON events (authz_id);
CREATE INDEX events_workflow ON events (workflow);
CREATE INDEX events_at ON events (at);

-- Remembered provider configuration (issuer, client id, CA file) and cached discovery metadata.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
