//! `authz org init`: the organization's schema, its four group roles, their GRANTs and the row
//! policies, so that the database itself enforces who may do what. Idempotent: re-running it
//! brings the grants back to what this file says.

use super::{Postgres, connect};
use crate::error::{Error, Result};

/// The group roles, from most to least powerful, with what each is for.
pub const ROLES: &[(&str, &str)] = &[
    ("authz_admin", "everything"),
    (
        "authz_operator",
        "add, edit, revoke, reassign, workflows, authorizers, import",
    ),
    (
        "authz_runner",
        "token, test, run: read authorizations, workflows and vault entries, record a token's expiry and relogin-needed, hold its own refresh leases",
    ),
    ("authz_auditor", "read-only: list, show, log, audit, export"),
];

/// Creates (or migrates) the schema, creates the roles that are missing and (re)applies the
/// grants and policies. Run by the schema's owner (the database owner or a superuser).
pub fn init(settings: &super::Settings) -> Result<()> {
    // Opening creates and migrates the schema.
    drop(Postgres::open(settings)?);
    let mut client = connect(settings)?;
    let mut tx = client.transaction()?;
    let owner: bool = tx
        .query_one(
            "SELECT pg_has_role(current_user, nspowner, 'USAGE') FROM pg_namespace WHERE nspname = $1",
            &[&settings.schema],
        )?
        .try_get(0)?;
    if !owner {
        return Err(Error::not_permitted(format!(
            "only the owner of the schema {} may run org init",
            settings.schema
        ))
        .hint("connect as the database owner (or a superuser) who created it"));
    }
    for (role, _) in ROLES {
        // CREATE ROLE has no IF NOT EXISTS; two concurrent inits must not fail either.
        tx.batch_execute(&format!(
            "DO $$ BEGIN CREATE ROLE {role} NOLOGIN; \
             EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        ))?;
    }
    tx.batch_execute(&grants(&settings.schema))?;
    tx.commit()?;
    Ok(())
}

/// The GRANTs and row policies for `schema`. Column grants keep the runner to token state;
/// row policies keep it to unrevoked authorizations and the provider-metadata cache, and make
/// every role sign its events with its own name (events.db_user = current_user).
fn grants(schema: &str) -> String {
    format!(
        r#"
SET LOCAL search_path = {schema}, pg_temp;
REVOKE ALL ON SCHEMA {schema} FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC, authz_admin, authz_operator, authz_runner, authz_auditor;
GRANT USAGE ON SCHEMA {schema} TO authz_admin, authz_operator, authz_runner, authz_auditor;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO authz_admin;
-- An event's id and database user are the database's (identity, current_user) and its time
-- is set by a trigger (migration 009): no role names an id (OVERRIDING SYSTEM VALUE needs the
-- INSERT right on the column), so the order `audit` reads is the order of the inserts.
REVOKE INSERT, UPDATE, DELETE ON events FROM authz_admin;
GRANT INSERT (at, actor, action, authz_id, workflow, details) ON events
    TO authz_admin, authz_operator, authz_runner;

GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO authz_operator;
GRANT INSERT, UPDATE ON authorizations, settings TO authz_operator;
GRANT INSERT, UPDATE, DELETE ON workflows, authorizers, vault_entries, vault_versions, workflow_secrets TO authz_operator;
-- Leases: take, take over an expired one, end its own (never delete: migration 009's rules).
GRANT INSERT, UPDATE ON refresh_leases TO authz_operator;
-- The index of the narrowed access tokens cached in the secret backend (migration 011): what
-- they hold, never the tokens. Whoever refreshes writes it; a revoked authorization has no row
-- (the migration's triggers, whoever writes).
GRANT INSERT, UPDATE, DELETE ON access_tokens TO authz_operator, authz_runner;

GRANT SELECT ON schema_version, authorizations, workflows, settings,
    vault_entries, vault_versions, workflow_secrets, refresh_leases, access_tokens TO authz_runner;
GRANT UPDATE (token_expires, status) ON authorizations TO authz_runner;
-- One refresh at a time across hosts (cmd::token): take, take over an expired one, end its own.
GRANT INSERT, UPDATE ON refresh_leases TO authz_runner;

GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO authz_auditor;

ALTER TABLE authorizations ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON authorizations;
DROP POLICY IF EXISTS managers_write ON authorizations;
DROP POLICY IF EXISTS runner_token_state ON authorizations;
CREATE POLICY everyone_reads ON authorizations FOR SELECT USING (true);
CREATE POLICY managers_write ON authorizations TO authz_admin, authz_operator
    USING (true) WITH CHECK (true);
-- The runner records token state of live authorizations; it can never revoke one.
CREATE POLICY runner_token_state ON authorizations FOR UPDATE TO authz_runner
    USING (status <> 'revoked') WITH CHECK (status <> 'revoked');

ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON settings;
DROP POLICY IF EXISTS managers_write ON settings;
DROP POLICY IF EXISTS runner_caches_metadata ON settings;
DROP POLICY IF EXISTS runner_refreshes_metadata ON settings;
CREATE POLICY everyone_reads ON settings FOR SELECT USING (true);
-- The runner writes no setting: a provider's endpoints come from its own discovery or each
-- user's private cache (App::provider), never a row another role could have written.
CREATE POLICY managers_write ON settings TO authz_admin, authz_operator
    USING (true) WITH CHECK (true);

ALTER TABLE refresh_leases ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS everyone_reads ON refresh_leases;
DROP POLICY IF EXISTS taken_as_self ON refresh_leases;
DROP POLICY IF EXISTS ended_or_own ON refresh_leases;
DROP POLICY IF EXISTS admin_clears ON refresh_leases;
CREATE POLICY everyone_reads ON refresh_leases FOR SELECT USING (true);
CREATE POLICY taken_as_self ON refresh_leases FOR INSERT WITH CHECK (db_user = current_user);
-- Another role's live lease is not even a candidate; the trigger of migration 009 holds the
-- rest (terms, retakes), for the owner too.
CREATE POLICY ended_or_own ON refresh_leases FOR UPDATE
    USING (db_user = current_user OR expires < clock_timestamp())
    WITH CHECK (db_user = current_user);
CREATE POLICY admin_clears ON refresh_leases FOR DELETE TO authz_admin USING (true);

ALTER TABLE events ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS readers ON events;
DROP POLICY IF EXISTS signed_by_self ON events;
DROP POLICY IF EXISTS runner_records_runs ON events;
CREATE POLICY readers ON events FOR SELECT TO authz_admin, authz_operator, authz_auditor
    USING (true);
-- Nobody writes an event in another role's name.
CREATE POLICY signed_by_self ON events FOR INSERT
    TO authz_admin, authz_operator
    WITH CHECK (db_user = current_user);
-- The runner records what its own commands do (token, run) and nothing else: it cannot forge
-- a revoke, an edit or a move into the history.
CREATE POLICY runner_records_runs ON events FOR INSERT TO authz_runner
    WITH CHECK (db_user = current_user
                AND action IN ('refreshed', 'relogin-needed', 'workflow-run'));
"#
    )
}
