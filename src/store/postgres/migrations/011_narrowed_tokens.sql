-- authz store on PostgreSQL, schema version 11 (SQLite's 10): per-workflow tokens (issue 20). A
-- workflow may name the API its token is for (`resource`, RFC 8707) and refuse a token the
-- provider did not narrow (`strict_scopes`); an authorization remembers the resources its login
-- asked for; and the store indexes the narrowed access tokens cached in the secret backend (never
-- the tokens). The runner writes that index (it refreshes); `authz org init` grants it, with a
-- row policy keeping it to unrevoked authorizations.

ALTER TABLE workflows ADD COLUMN resource text
    CHECK (resource IS NULL OR (resource <> '' AND strpos(resource, '#') = 0
        AND strpos(resource, ' ') = 0));
ALTER TABLE workflows ADD COLUMN strict_scopes boolean NOT NULL DEFAULT false;
ALTER TABLE authorizations ADD COLUMN resources text NOT NULL DEFAULT '';

CREATE TABLE access_tokens (
    authz_id  text NOT NULL REFERENCES authorizations (id) ON DELETE CASCADE,
    key       text NOT NULL CHECK (length(key) = 24),
    scopes    text NOT NULL,
    resource  text,
    granted   text,
    narrowing text NOT NULL
        CHECK (narrowing IN ('narrowed', 'unconfirmed', 'ignored', 'refused')),
    expires   timestamptz,
    refreshed timestamptz NOT NULL,
    PRIMARY KEY (authz_id, key)
);

-- A revoked authorization has no cached token, and gets none, whoever writes (SECURITY
-- DEFINER: the check and the clean-up see and reach every row whatever the caller's grants).
CREATE FUNCTION access_tokens_not_revoked() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF (SELECT status FROM authorizations WHERE id = NEW.authz_id FOR SHARE) = 'revoked' THEN
        RAISE EXCEPTION 'a revoked authorization caches no token'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER access_tokens_not_revoked BEFORE INSERT OR UPDATE ON access_tokens
FOR EACH ROW EXECUTE FUNCTION access_tokens_not_revoked();

CREATE FUNCTION access_tokens_end_with_revoke() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM access_tokens WHERE authz_id = NEW.id;
    RETURN NEW;
END $$;

CREATE TRIGGER access_tokens_end_with_revoke AFTER UPDATE OF status ON authorizations
FOR EACH ROW WHEN (NEW.status = 'revoked')
EXECUTE FUNCTION access_tokens_end_with_revoke();
