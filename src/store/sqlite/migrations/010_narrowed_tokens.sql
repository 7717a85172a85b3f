-- authz store, schema version 10: per-workflow tokens (issue 20). A workflow may name the API its
-- token is for (`resource`, RFC 8707) and refuse a token the provider did not narrow
-- (`strict_scopes`); an authorization remembers the resources its login asked for (a refresh may
-- only narrow to one of them: a provider checks that after rotating the refresh token); and the
-- store indexes the narrowed access tokens cached in the secret backend (never the tokens).

ALTER TABLE workflows ADD COLUMN resource TEXT
    CHECK (resource IS NULL OR (resource != '' AND instr(resource, '#') = 0
        AND instr(resource, ' ') = 0));
ALTER TABLE workflows ADD COLUMN strict_scopes INTEGER NOT NULL DEFAULT 0
    CHECK (strict_scopes IN (0, 1));
-- Space-separated; '' when the login asked for none.
ALTER TABLE authorizations ADD COLUMN resources TEXT NOT NULL DEFAULT '';

CREATE TABLE access_tokens (
    authz_id  TEXT NOT NULL REFERENCES authorizations (id) ON DELETE CASCADE,
    key       TEXT NOT NULL CHECK (length(key) = 24),
    scopes    TEXT NOT NULL,
    resource  TEXT,
    granted   TEXT,
    narrowing TEXT NOT NULL
        CHECK (narrowing IN ('narrowed', 'unconfirmed', 'ignored', 'refused')),
    expires   TEXT,
    refreshed TEXT NOT NULL,
    PRIMARY KEY (authz_id, key)
) WITHOUT ROWID;

-- A revoked authorization has no cached token, and gets none.
CREATE TRIGGER access_tokens_not_revoked BEFORE INSERT ON access_tokens
WHEN (SELECT status FROM authorizations WHERE id = NEW.authz_id) = 'revoked'
BEGIN
    SELECT RAISE(ABORT, 'CHECK constraint failed: a revoked authorization caches no token');
END;

CREATE TRIGGER access_tokens_end_with_revoke AFTER UPDATE OF status ON authorizations
WHEN NEW.status = 'revoked'
BEGIN
    DELETE FROM access_tokens WHERE authz_id = NEW.id;
END;
