-- authz store, schema version 9: moving all of an authorization's workflows (one `UPDATE` of
-- 50,000 rows inside the write transaction) needs no statement journal. SQLite keeps one, a
-- copy of every page the statement changes, only for a statement that may fail half-way and
-- must then undo itself alone: a `RAISE(ABORT)`, an immediate foreign key, a NOT NULL with its
-- default ABORT. The same rules stay in the database, each refusal now ending the whole
-- transaction instead of the one statement (authz gives up on any error anyway):
--   - a workflow's authorization must exist: the foreign key is checked at COMMIT
--     (DEFERRABLE INITIALLY DEFERRED); a single statement outside a transaction is refused as
--     before, at its own implicit commit;
--   - a workflow never moves onto a revoked authorization: the trigger rolls the transaction
--     back (RAISE(ROLLBACK)), with the same message;
--   - authz's move itself is `UPDATE OR ROLLBACK` (its NOT NULL columns).
-- SQLite cannot change a foreign key in place, so the table is rebuilt. Dropping it would
-- delete its secrets' rows (ON DELETE CASCADE): they are kept aside and put back.

PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE workflow_secrets_v8 AS SELECT * FROM workflow_secrets;
CREATE TABLE workflows_v8 AS SELECT * FROM workflows;
DROP TABLE workflows;

CREATE TABLE workflows (
    name       TEXT PRIMARY KEY,
    authz_id   TEXT NOT NULL REFERENCES authorizations (id) ON DELETE RESTRICT ON UPDATE RESTRICT
                   DEFERRABLE INITIALLY DEFERRED,
    owner      TEXT,
    scopes     TEXT NOT NULL DEFAULT '',
    created    TEXT NOT NULL,
    updated    TEXT NOT NULL,
    authorizer TEXT REFERENCES authorizers (name) ON DELETE RESTRICT ON UPDATE RESTRICT
) STRICT;

INSERT INTO workflows (name, authz_id, owner, scopes, created, updated, authorizer)
SELECT name, authz_id, owner, scopes, created, updated, authorizer FROM workflows_v8;
DROP TABLE workflows_v8;

DELETE FROM workflow_secrets;
INSERT INTO workflow_secrets (workflow, secret, env)
SELECT workflow, secret, env FROM temp.workflow_secrets_v8;
DROP TABLE temp.workflow_secrets_v8;

CREATE INDEX workflows_authz ON workflows (authz_id, name);
CREATE INDEX workflows_authorizer ON workflows (authorizer, name);

CREATE TRIGGER workflows_insert_not_revoked BEFORE INSERT ON workflows
WHEN (SELECT status FROM authorizations WHERE id = NEW.authz_id) = 'revoked'
BEGIN
    SELECT RAISE(ABORT, 'a workflow cannot use a revoked authorization');
END;

CREATE TRIGGER workflows_update_not_revoked BEFORE UPDATE OF authz_id ON workflows
WHEN (SELECT status FROM authorizations WHERE id = NEW.authz_id) = 'revoked'
BEGIN
    SELECT RAISE(ROLLBACK, 'a workflow cannot use a revoked authorization');
END;
