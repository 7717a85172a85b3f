-- authz store, schema version 9: moving all of an authorization's workflows (one `UPDATE` of
-- 50,000 rows inside the write transaction) needs no statement journal, and looks each moved
-- row's authorization up once, not twice.
--
-- SQLite keeps a statement journal, a copy of every page the statement changes, only for a
-- statement that may fail half-way and must then undo itself alone: a `RAISE(ABORT)`, an
-- immediate foreign key, a NOT NULL with its default ABORT. And a foreign key on
-- workflows.authz_id looked the authorization up for each row a second time, after the trigger
-- that checks it is not revoked. So the same rules are now held by triggers alone, one lookup
-- per row, and hold even on a connection without foreign keys (the sqlite3 CLI's default):
--   - a workflow's authorization exists and is not revoked (insert, or update of authz_id);
--     an update's refusal rolls the whole transaction back (RAISE(ROLLBACK): authz gives up
--     on any error anyway), so no statement of it needs a journal;
--   - an authorization used by workflows is never deleted, nor given another id (what
--     ON DELETE / ON UPDATE RESTRICT did), nor revoked (as before);
--   - authz's move itself is `UPDATE OR ROLLBACK` (its NOT NULL columns).
-- SQLite cannot drop a foreign key in place, so the table is rebuilt. Dropping it would delete
-- its secrets' rows (ON DELETE CASCADE): they are kept aside and put back.

PRAGMA defer_foreign_keys = ON;

CREATE TEMP TABLE workflow_secrets_v8 AS SELECT * FROM workflow_secrets;
CREATE TABLE workflows_v8 AS SELECT * FROM workflows;
DROP TABLE workflows;

CREATE TABLE workflows (
    name       TEXT PRIMARY KEY,
    authz_id   TEXT NOT NULL,      -- an authorization's id: see the triggers below
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
WHEN NOT EXISTS (SELECT 1 FROM authorizations WHERE id = NEW.authz_id AND status != 'revoked')
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: a workflow cannot use a missing or revoked authorization');
END;

CREATE TRIGGER workflows_update_not_revoked BEFORE UPDATE OF authz_id ON workflows
WHEN NOT EXISTS (SELECT 1 FROM authorizations WHERE id = NEW.authz_id AND status != 'revoked')
BEGIN
    SELECT RAISE(ROLLBACK, 'FOREIGN KEY constraint failed: a workflow cannot use a missing or revoked authorization');
END;

CREATE TRIGGER authorizations_delete_unused BEFORE DELETE ON authorizations
WHEN EXISTS (SELECT 1 FROM workflows WHERE authz_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: an authorization used by workflows cannot be deleted');
END;

CREATE TRIGGER authorizations_id_unused BEFORE UPDATE OF id ON authorizations
WHEN NEW.id IS NOT OLD.id AND EXISTS (SELECT 1 FROM workflows WHERE authz_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: an authorization used by workflows keeps its id');
END;

-- REPLACE deletes and inserts (and fires no delete trigger): an authorization in use is not
-- replaced by a revoked one either.
CREATE TRIGGER authorizations_insert_revoked_unused BEFORE INSERT ON authorizations
WHEN NEW.status = 'revoked' AND EXISTS (SELECT 1 FROM workflows WHERE authz_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'an authorization used by workflows cannot be revoked');
END;
