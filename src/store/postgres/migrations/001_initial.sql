-- authz store on PostgreSQL, schema version 1: the same tables and rules as the SQLite store
-- (src/store/sqlite/migrations), in PostgreSQL's types. Runs with search_path set to authz's
-- schema only, so every name below lands there. Each later version is one NNN_*.sql file.

CREATE TABLE authorizations (
    id              text PRIMARY KEY,
    issuer          text NOT NULL,
    subject         text NOT NULL,
    email           text NOT NULL,
    name            text,
    scopes          text NOT NULL DEFAULT '',   -- space-separated, sorted
    created         timestamptz NOT NULL,
    created_by      text NOT NULL,              -- the OS user who ran `authz add`
    label           text,
    service_account boolean NOT NULL DEFAULT false,
    status          text NOT NULL CHECK (status IN ('active', 'relogin-needed', 'revoked')),
    token_expires   timestamptz,                -- expiry of the cached access token (never the token)
    revoked         timestamptz,
    CHECK ((status = 'revoked') = (revoked IS NOT NULL))
);

CREATE INDEX authorizations_email ON authorizations (lower(email));
-- `authz list` walks this index: creation order, no sort.
CREATE UNIQUE INDEX authorizations_created ON authorizations (created, id);

CREATE TABLE workflows (
    name     text PRIMARY KEY,
    authz_id text NOT NULL REFERENCES authorizations (id) ON DELETE RESTRICT ON UPDATE RESTRICT,
    owner    text,
    scopes   text NOT NULL DEFAULT '',
    created  timestamptz NOT NULL,
    updated  timestamptz NOT NULL
);

CREATE INDEX workflows_authz ON workflows (authz_id, name);

-- A workflow never points at a revoked authorization, and an authorization in use is never
-- revoked. FOR SHARE makes the check wait for a concurrent revoke of the same authorization
-- (which holds its row) and then see its outcome, so two transactions cannot slip past each
-- other; the revoke check runs its query after the row lock, in a fresh snapshot (plpgsql).
-- SECURITY DEFINER: the checks see every row whatever the caller's grants and row policies.
CREATE FUNCTION workflows_not_revoked() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF (SELECT status FROM authorizations WHERE id = NEW.authz_id FOR SHARE) = 'revoked' THEN
        RAISE EXCEPTION 'a workflow cannot use a revoked authorization'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER workflows_insert_not_revoked BEFORE INSERT ON workflows
FOR EACH ROW EXECUTE FUNCTION workflows_not_revoked();

CREATE TRIGGER workflows_update_not_revoked BEFORE UPDATE OF authz_id ON workflows
FOR EACH ROW WHEN (NEW.authz_id IS DISTINCT FROM OLD.authz_id)
EXECUTE FUNCTION workflows_not_revoked();

CREATE FUNCTION authorizations_revoke_unused() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM workflows WHERE authz_id = NEW.id) THEN
        RAISE EXCEPTION 'an authorization used by workflows cannot be revoked'
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER authorizations_revoke_unused BEFORE UPDATE OF status ON authorizations
FOR EACH ROW WHEN (NEW.status = 'revoked')
EXECUTE FUNCTION authorizations_revoke_unused();

-- Every change, with who and when: the OS user (actor) and the database role (db_user, which
-- the row policies of `authz org init` hold to current_user). No foreign keys: history outlives
-- what it describes. A move of many workflows is one event naming them in details.workflows.
CREATE TABLE events (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz NOT NULL,
    actor    text NOT NULL,
    db_user  text NOT NULL DEFAULT current_user,
    action   text NOT NULL,
    authz_id text,
    workflow text,
    details  jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX events_authz ON events (authz_id);
CREATE INDEX events_workflow ON events (workflow);
CREATE INDEX events_at ON events (at);

-- Remembered provider configuration (issuer, client id, CA file) and cached discovery metadata.
CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);
