//! The PostgreSQL `Tx`: the same typed queries as the SQLite backend, in PostgreSQL's SQL.
//! Times are `timestamptz` in the database and unix seconds (`Timestamp`) in Rust.

use crate::domain::authorizer::{Authorizer, KeySource};
use crate::domain::jwt::{Alg, Policy};
use crate::domain::narrow::{CachedToken, Narrowing, TokenPolicy};
use crate::domain::vault::{SecretKind, SecretUse, VaultEntry, VaultVersion};
use crate::domain::{Authorization, Scopes, Status, Timestamp, TokensAt, Workflow, format_ts};
use crate::error::{Error, Result};
use crate::store::{
    EventFilter, EventRow, NewEvent, Requirement, ScopeSets, Tx, split_resources,
    tokens_at_columns, tokens_at_of,
};
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::{Row, Transaction};
use std::cell::RefCell;

/// The queries available inside `Postgres`'s transactions.
pub struct PgTx<'c> {
    tx: RefCell<Transaction<'c>>,
    /// In a writer's transaction, the rows a decision is read from are locked as they are read
    /// (`FOR NO KEY UPDATE`: the rows of the authorizations, workflows, authorizers and vault
    /// entries a command reads by name), so that what it decided on cannot change under it
    /// until it commits: the per-row counterpart of one writer at a time, which makes only the
    /// writers of the same rows wait for each other. Empty for readers.
    lock: &'static str,
    /// Whether a statement failed because another writer won a race (`is_race`).
    raced: std::cell::Cell<bool>,
}

const AUTHZ_COLUMNS: &str = "id, issuer, subject, email, name, scopes, \
     extract(epoch FROM created)::bigint, created_by, label, service_account, status, \
     extract(epoch FROM token_expires)::bigint, extract(epoch FROM revoked)::bigint, email_claim, \
     tokens_backend, tokens_host, tokens_user, tokens_address";

const WORKFLOW_COLUMNS: &str = "name, authz_id, owner, scopes, \
     extract(epoch FROM created)::bigint, extract(epoch FROM updated)::bigint";

fn authz_from_row(r: &Row) -> Result<Authorization> {
    let status: String = r.try_get(10)?;
    Ok(Authorization {
        id: r.try_get(0)?,
        issuer: r.try_get(1)?,
        subject: r.try_get(2)?,
        email: r.try_get(3)?,
        name: r.try_get(4)?,
        scopes: Scopes::parse(r.try_get(5)?),
        created: r.try_get(6)?,
        created_by: r.try_get(7)?,
        label: r.try_get(8)?,
        service_account: r.try_get(9)?,
        status: Status::parse(&status)
            .ok_or_else(|| Error::failure(format!("store: unknown status {status}")))?,
        token_expires: r.try_get(11)?,
        revoked: r.try_get(12)?,
        email_claim: r.try_get(13)?,
        tokens_at: tokens_at_of((
            r.try_get(14)?,
            r.try_get(15)?,
            r.try_get(16)?,
            r.try_get(17)?,
        )),
    })
}

fn workflow_from_row(r: &Row) -> Result<Workflow> {
    Ok(Workflow {
        name: r.try_get(0)?,
        authorization: r.try_get(1)?,
        owner: r.try_get(2)?,
        scopes: Scopes::parse(r.try_get(3)?),
        created: r.try_get(4)?,
        updated: r.try_get(5)?,
    })
}

const AUTHORIZER_COLUMNS: &str = "name, iss, audiences::text, jwks_url, jwks_file, algs, leeway, \
     typ, require_scopes, require_claims::text, max_lifetime, \
     extract(epoch FROM created)::bigint, extract(epoch FROM updated)::bigint, vault_key";

fn authorizer_from_row(r: &Row) -> Result<Authorizer> {
    let bad = |why: String| Error::failure(format!("store: authorizer: {why}"));
    let url: Option<String> = r.try_get(3)?;
    let file: Option<String> = r.try_get(4)?;
    let vault: Option<String> = r.try_get(13)?;
    let keys = match (url, file, vault) {
        (Some(u), None, None) => KeySource::Url(u),
        (None, Some(f), None) => KeySource::File(f.into()),
        (None, None, Some(v)) => KeySource::Vault(v),
        _ => return Err(bad("neither or both key sources".into())),
    };
    let algs = r
        .try_get::<_, &str>(5)?
        .split(' ')
        .map(|a| Alg::parse(a).ok_or_else(|| bad(format!("unknown alg {a}"))))
        .collect::<Result<Vec<Alg>>>()?;
    let json = |i: usize| -> Result<String> { Ok(r.try_get(i)?) };
    Ok(Authorizer {
        name: r.try_get(0)?,
        policy: Policy {
            iss: r.try_get(1)?,
            audiences: serde_json::from_str(&json(2)?)?,
            algs,
            leeway: r.try_get(6)?,
            typ: r.try_get(7)?,
            require_scopes: r
                .try_get::<_, &str>(8)?
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            require_claims: serde_json::from_str(&json(9)?)?,
            max_lifetime: r.try_get(10)?,
        },
        keys,
        created: r.try_get(11)?,
        updated: r.try_get(12)?,
    })
}

/// An authorizer's columns, as owned values in AUTHORIZER_COLUMNS order.
struct AuthorizerValues {
    url: Option<String>,
    file: Option<String>,
    vault: Option<String>,
    audiences: String,
    algs: String,
    scopes: String,
    claims: String,
}

impl AuthorizerValues {
    fn of(a: &Authorizer) -> AuthorizerValues {
        let p = &a.policy;
        let (url, file, vault) = match &a.keys {
            KeySource::Url(u) => (Some(u.clone()), None, None),
            KeySource::File(f) => (None, Some(f.to_string_lossy().into_owned()), None),
            KeySource::Vault(v) => (None, None, Some(v.clone())),
        };
        AuthorizerValues {
            url,
            file,
            vault,
            audiences: serde_json::to_string(&p.audiences).unwrap_or_default(),
            algs: p
                .algs
                .iter()
                .map(|a| a.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            scopes: p.require_scopes.join(" "),
            claims: serde_json::to_string(&p.require_claims).unwrap_or_default(),
        }
    }
}

const VAULT_COLUMNS: &str =
    "name, id, kind, extract(epoch FROM created)::bigint, created_by, version";

fn version_number(n: i64) -> Result<u32> {
    u32::try_from(n).map_err(|_| Error::failure(format!("store: vault version {n} out of range")))
}

fn vault_from_row(r: &Row) -> Result<VaultEntry> {
    let kind: String = r.try_get(2)?;
    Ok(VaultEntry {
        name: r.try_get(0)?,
        id: r.try_get(1)?,
        kind: SecretKind::parse(&kind)
            .ok_or_else(|| Error::failure(format!("store: unknown vault kind {kind}")))?,
        created: r.try_get(3)?,
        created_by: r.try_get(4)?,
        version: version_number(r.try_get(5)?)?,
    })
}

impl<'c> PgTx<'c> {
    fn insert_version(&self, name: &str, v: &VaultVersion) -> Result<()> {
        self.execute(
            "INSERT INTO vault_versions (entry, version, created, created_by, fingerprint, alg, \
             copied_from) VALUES ($1, $2, to_timestamp($3::bigint), $4, $5, $6, $7)",
            &[
                &name,
                &i64::from(v.version),
                &v.created,
                &v.created_by,
                &v.fingerprint,
                &v.alg,
                &v.copied_from.map(i64::from),
            ],
        )?;
        Ok(())
    }

    pub(super) fn new(tx: Transaction<'c>, write: bool) -> Self {
        PgTx {
            tx: RefCell::new(tx),
            lock: if write { " FOR NO KEY UPDATE" } else { "" },
            raced: std::cell::Cell::new(false),
        }
    }

    /// Whether a statement of this transaction lost a race to another writer.
    pub(super) fn raced(&self) -> bool {
        self.raced.get()
    }

    fn noting(&self, e: postgres::Error) -> Error {
        if super::is_race(&e) {
            self.raced.set(true);
        }
        Error::from(e)
    }

    pub(super) fn into_inner(self) -> Transaction<'c> {
        self.tx.into_inner()
    }

    fn query(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<Vec<Row>> {
        self.tx
            .borrow_mut()
            .query(sql, params)
            .map_err(|e| self.noting(e))
    }

    fn execute(&self, sql: &str, params: &[&(dyn ToSql + Sync)]) -> Result<u64> {
        self.tx
            .borrow_mut()
            .execute(sql, params)
            .map_err(|e| self.noting(e))
    }

    fn all<T>(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
        f: impl FnMut(&Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.query(sql, params)?.iter().map(f).collect()
    }
}

impl Tx for PgTx<'_> {
    fn authz(&self, id: &str) -> Result<Option<Authorization>> {
        let sql = format!(
            "SELECT {AUTHZ_COLUMNS} FROM authorizations WHERE id = $1{}",
            self.lock
        );
        Ok(self.all(&sql, &[&id], authz_from_row)?.pop())
    }

    fn authz_by_email(&self, email: &str) -> Result<Vec<Authorization>> {
        let sql = format!(
            "SELECT {AUTHZ_COLUMNS} FROM authorizations \
             WHERE lower(email) = lower($1) AND status <> 'revoked' ORDER BY created, id{}",
            self.lock
        );
        self.all(&sql, &[&email], authz_from_row)
    }

    fn authorizations(&self, include_revoked: bool) -> Result<Vec<Authorization>> {
        let sql = format!(
            "SELECT {AUTHZ_COLUMNS} FROM authorizations \
             WHERE $1 OR status <> 'revoked' ORDER BY created, id"
        );
        self.all(&sql, &[&include_revoked], authz_from_row)
    }

    /// One query, streamed row by row (`query_raw`), so memory stays flat. `f` must not use
    /// this transaction: the stream holds it.
    fn visit_authz(
        &self,
        include_revoked: bool,
        f: &mut dyn FnMut(Authorization, Vec<String>) -> Result<()>,
    ) -> Result<()> {
        let cols: String = AUTHZ_COLUMNS
            .split(", ")
            .map(|c| c.replace("epoch FROM ", "epoch FROM a."))
            .map(|c| if c.contains('(') { c } else { format!("a.{c}") })
            .collect::<Vec<_>>()
            .join(", ");
        // One row per authorization, its workflow names gathered by the server (from the
        // `(authz_id, name)` index, in order): each row fetched costs the client a round of the
        // driver's runtime, so one per workflow made the client's part of `list` twice psql's.
        let sql = format!(
            "SELECT {cols}, ARRAY(SELECT w.name FROM workflows w WHERE w.authz_id = a.id \
                 ORDER BY w.name) FROM authorizations a \
             WHERE $1 OR a.status <> 'revoked' ORDER BY a.created, a.id"
        );
        let names_column = AUTHZ_COLUMNS.split(", ").count();
        let mut tx = self.tx.borrow_mut();
        let mut rows = tx.query_raw(&sql, [&include_revoked as &dyn ToSql])?;
        while let Some(r) = rows.next()? {
            let names: Vec<String> = r.try_get(names_column)?;
            f(authz_from_row(&r)?, names)?;
        }
        Ok(())
    }

    fn insert_authz(&self, a: &Authorization) -> Result<()> {
        let at = tokens_at_columns(a.tokens_at.as_ref());
        self.execute(
            "INSERT INTO authorizations (id, issuer, subject, email, name, scopes, created, \
             created_by, label, service_account, status, token_expires, revoked, email_claim, \
             tokens_backend, tokens_host, tokens_user, tokens_address) \
             VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7::bigint), $8, $9, $10, $11, \
             to_timestamp($12::bigint), to_timestamp($13::bigint), $14, $15, $16, $17, $18)",
            &[
                &a.id,
                &a.issuer,
                &a.subject,
                &a.email,
                &a.name,
                &a.scopes.to_text(),
                &a.created,
                &a.created_by,
                &a.label,
                &a.service_account,
                &a.status.as_str(),
                &a.token_expires,
                &a.revoked,
                &a.email_claim,
                &at.0,
                &at.1,
                &at.2,
                &at.3,
            ],
        )?;
        Ok(())
    }

    fn update_authz(&self, a: &Authorization) -> Result<()> {
        self.execute(
            "UPDATE authorizations SET email = $2, name = $3, scopes = $4, label = $5, \
             service_account = $6, status = $7, token_expires = to_timestamp($8::bigint), \
             revoked = to_timestamp($9::bigint), email_claim = $10 WHERE id = $1",
            &[
                &a.id,
                &a.email,
                &a.name,
                &a.scopes.to_text(),
                &a.label,
                &a.service_account,
                &a.status.as_str(),
                &a.token_expires,
                &a.revoked,
                &a.email_claim,
            ],
        )?;
        Ok(())
    }

    fn set_tokens_at(&self, id: &str, at: Option<&TokensAt>) -> Result<()> {
        let (backend, host, user, address) = tokens_at_columns(at);
        self.execute(
            "UPDATE authorizations SET tokens_backend = $2, tokens_host = $3, tokens_user = $4, \
             tokens_address = $5 WHERE id = $1",
            &[&id, &backend, &host, &user, &address],
        )?;
        Ok(())
    }

    fn set_token_expires(&self, id: &str, expires: Option<Timestamp>) -> Result<()> {
        self.execute(
            "UPDATE authorizations SET token_expires = to_timestamp($2::bigint) WHERE id = $1",
            &[&id, &expires],
        )?;
        Ok(())
    }

    fn mark_relogin_needed(&self, id: &str) -> Result<bool> {
        Ok(self.execute(
            "UPDATE authorizations SET status = 'relogin-needed', token_expires = NULL \
             WHERE id = $1 AND status = 'active'",
            &[&id],
        )? == 1)
    }

    fn lock_authorizations(&self, names: &[&str], workflows: &[&str]) -> Result<()> {
        if self.lock.is_empty() {
            return Ok(());
        }
        self.execute(
            "SELECT 1 FROM authorizations WHERE id IN ( \
                 SELECT id FROM authorizations WHERE id = ANY($1) \
                     OR (lower(email) = ANY($2) AND status <> 'revoked') \
                 UNION SELECT authz_id FROM workflows WHERE name = ANY($3)) \
             ORDER BY id FOR NO KEY UPDATE",
            &[
                &names,
                &names.iter().map(|n| n.to_lowercase()).collect::<Vec<_>>(),
                &workflows,
            ],
        )?;
        Ok(())
    }

    /// In a writer's transaction, its authorization's row is locked before the workflow's, in
    /// the order every writer takes them (authorizations, then workflows), so that an edit and a
    /// move of the same workflows queue instead of deadlocking.
    fn workflow(&self, name: &str) -> Result<Option<Workflow>> {
        let plain = format!("SELECT {WORKFLOW_COLUMNS} FROM workflows WHERE name = $1");
        if self.lock.is_empty() {
            return Ok(self.all(&plain, &[&name], workflow_from_row)?.pop());
        }
        let locked = format!("{plain}{}", self.lock);
        let mut seen = self.all(&plain, &[&name], workflow_from_row)?.pop();
        for _ in 0..3 {
            let Some(w) = &seen else { return Ok(None) };
            self.execute(
                "SELECT 1 FROM authorizations WHERE id = $1 FOR SHARE",
                &[&w.authorization],
            )?;
            let now = self.all(&locked, &[&name], workflow_from_row)?.pop();
            if now.as_ref().map(|n| &n.authorization) == Some(&w.authorization) {
                return Ok(now);
            }
            // Moved between the two reads: lock its new authorization instead.
            seen = now;
        }
        Ok(self.all(&locked, &[&name], workflow_from_row)?.pop())
    }

    fn workflows(&self, authz: Option<&str>) -> Result<Vec<Workflow>> {
        let sql = format!(
            "SELECT {WORKFLOW_COLUMNS} FROM workflows \
             WHERE $1::text IS NULL OR authz_id = $1 ORDER BY name{}",
            self.lock
        );
        self.all(&sql, &[&authz], workflow_from_row)
    }

    fn requirements(&self, authz: &str) -> Result<Vec<Requirement>> {
        self.all(
            &format!(
                "SELECT name, scopes FROM workflows WHERE authz_id = $1 ORDER BY name{}",
                self.lock
            ),
            &[&authz],
            {
                let mut sets = ScopeSets::default();
                move |r| Ok((r.try_get(0)?, sets.of(r.try_get(1)?)))
            },
        )
    }

    fn insert_workflow(&self, w: &Workflow) -> Result<()> {
        self.execute(
            "INSERT INTO workflows (name, authz_id, owner, scopes, created, updated) \
             VALUES ($1, $2, $3, $4, to_timestamp($5::bigint), to_timestamp($6::bigint))",
            &[
                &w.name,
                &w.authorization,
                &w.owner,
                &w.scopes.to_text(),
                &w.created,
                &w.updated,
            ],
        )?;
        Ok(())
    }

    fn update_workflow(&self, w: &Workflow) -> Result<()> {
        self.execute(
            "UPDATE workflows SET authz_id = $2, owner = $3, scopes = $4, \
             updated = to_timestamp($5::bigint) WHERE name = $1",
            &[
                &w.name,
                &w.authorization,
                &w.owner,
                &w.scopes.to_text(),
                &w.updated,
            ],
        )?;
        Ok(())
    }

    fn delete_workflow(&self, name: &str) -> Result<bool> {
        Ok(self.execute("DELETE FROM workflows WHERE name = $1", &[&name])? > 0)
    }

    fn move_workflows(
        &self,
        from: &str,
        to: &str,
        names: Option<&[String]>,
        at: Timestamp,
    ) -> Result<Vec<Requirement>> {
        const MOVE: &str = "UPDATE workflows SET authz_id = $2, updated = to_timestamp($3::bigint) \
                            WHERE authz_id = $1";
        const RETURNING: &str = "RETURNING name, scopes";
        let mut sets = ScopeSets::default();
        let row = |r: &Row| -> Result<Requirement> { Ok((r.try_get(0)?, sets.of(r.try_get(1)?))) };
        let mut moved = match names {
            None => self.all(&format!("{MOVE} {RETURNING}"), &[&from, &to, &at], row)?,
            Some(names) => self.all(
                &format!("{MOVE} AND name = ANY($4) {RETURNING}"),
                &[&from, &to, &at, &names],
                row,
            )?,
        };
        moved.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(moved)
    }

    fn authorizer(&self, name: &str) -> Result<Option<Authorizer>> {
        let sql = format!(
            "SELECT {AUTHORIZER_COLUMNS} FROM authorizers WHERE name = $1{}",
            self.lock
        );
        Ok(self.all(&sql, &[&name], authorizer_from_row)?.pop())
    }

    fn authorizers(&self) -> Result<Vec<Authorizer>> {
        let sql = format!("SELECT {AUTHORIZER_COLUMNS} FROM authorizers ORDER BY name");
        self.all(&sql, &[], authorizer_from_row)
    }

    fn insert_authorizer(&self, a: &Authorizer) -> Result<()> {
        let v = AuthorizerValues::of(a);
        let p = &a.policy;
        self.execute(
            "INSERT INTO authorizers (name, iss, audiences, jwks_url, jwks_file, algs, leeway, \
             typ, require_scopes, require_claims, max_lifetime, created, updated, vault_key) \
             VALUES ($1, $2, $3::text::jsonb, $4, $5, $6, $7, $8, $9, $10::text::jsonb, $11, \
             to_timestamp($12::bigint), to_timestamp($13::bigint), $14)",
            &[
                &a.name,
                &p.iss,
                &v.audiences,
                &v.url,
                &v.file,
                &v.algs,
                &p.leeway,
                &p.typ,
                &v.scopes,
                &v.claims,
                &p.max_lifetime,
                &a.created,
                &a.updated,
                &v.vault,
            ],
        )?;
        Ok(())
    }

    fn update_authorizer(&self, a: &Authorizer) -> Result<()> {
        let v = AuthorizerValues::of(a);
        let p = &a.policy;
        self.execute(
            "UPDATE authorizers SET iss = $2, audiences = $3::text::jsonb, jwks_url = $4, \
             jwks_file = $5, algs = $6, leeway = $7, typ = $8, require_scopes = $9, \
             require_claims = $10::text::jsonb, max_lifetime = $11, \
             updated = to_timestamp($12::bigint), vault_key = $13 WHERE name = $1",
            &[
                &a.name,
                &p.iss,
                &v.audiences,
                &v.url,
                &v.file,
                &v.algs,
                &p.leeway,
                &p.typ,
                &v.scopes,
                &v.claims,
                &p.max_lifetime,
                &a.updated,
                &v.vault,
            ],
        )?;
        Ok(())
    }

    fn delete_authorizer(&self, name: &str) -> Result<bool> {
        Ok(self.execute("DELETE FROM authorizers WHERE name = $1", &[&name])? > 0)
    }

    fn guarded_workflows(&self, authorizer: &str) -> Result<Vec<String>> {
        self.all(
            "SELECT name FROM workflows WHERE authorizer = $1 ORDER BY name",
            &[&authorizer],
            |r| Ok(r.try_get(0)?),
        )
    }

    fn workflow_authorizer(&self, workflow: &str) -> Result<Option<String>> {
        Ok(self
            .all(
                "SELECT authorizer FROM workflows WHERE name = $1",
                &[&workflow],
                |r| Ok(r.try_get::<_, Option<String>>(0)?),
            )?
            .pop()
            .flatten())
    }

    fn set_workflow_authorizer(
        &self,
        workflow: &str,
        authorizer: Option<&str>,
        at: Timestamp,
    ) -> Result<()> {
        self.execute(
            "UPDATE workflows SET authorizer = $2, updated = to_timestamp($3::bigint) \
             WHERE name = $1",
            &[&workflow, &authorizer, &at],
        )?;
        Ok(())
    }

    fn token_policy(&self, workflow: &str) -> Result<TokenPolicy> {
        Ok(self
            .all(
                "SELECT resource, strict_scopes FROM workflows WHERE name = $1",
                &[&workflow],
                |r| {
                    Ok(TokenPolicy {
                        resource: r.try_get(0)?,
                        strict: r.try_get(1)?,
                    })
                },
            )?
            .pop()
            .unwrap_or_default())
    }

    fn set_token_policy(&self, workflow: &str, p: &TokenPolicy, at: Timestamp) -> Result<()> {
        self.execute(
            "UPDATE workflows SET resource = $2, strict_scopes = $3, \
             updated = to_timestamp($4::bigint) WHERE name = $1",
            &[&workflow, &p.resource, &p.strict, &at],
        )?;
        Ok(())
    }

    fn authz_resources(&self, id: &str) -> Result<Vec<String>> {
        let text = self
            .all(
                "SELECT resources FROM authorizations WHERE id = $1",
                &[&id],
                |r| Ok(r.try_get::<_, String>(0)?),
            )?
            .pop();
        Ok(split_resources(text.as_deref()))
    }

    fn set_authz_resources(&self, id: &str, resources: &[String]) -> Result<()> {
        self.execute(
            "UPDATE authorizations SET resources = $2 WHERE id = $1",
            &[&id, &resources.join(" ")],
        )?;
        Ok(())
    }

    fn token_policies(&self) -> Result<Vec<(String, TokenPolicy)>> {
        self.all(
            "SELECT name, resource, strict_scopes FROM workflows \
             WHERE resource IS NOT NULL OR strict_scopes ORDER BY name",
            &[],
            |r| {
                Ok((
                    r.try_get(0)?,
                    TokenPolicy {
                        resource: r.try_get(1)?,
                        strict: r.try_get(2)?,
                    },
                ))
            },
        )
    }

    fn cached(&self, id: Option<&str>) -> Result<Vec<(String, CachedToken)>> {
        self.all(
            "SELECT authz_id, key, scopes, resource, granted, narrowing, \
             extract(epoch FROM expires)::bigint, extract(epoch FROM refreshed)::bigint \
             FROM access_tokens WHERE $1::text IS NULL OR authz_id = $1 ORDER BY authz_id, key",
            &[&id],
            |r| {
                let narrowing: String = r.try_get(5)?;
                Ok((
                    r.try_get(0)?,
                    CachedToken {
                        key: r.try_get(1)?,
                        scopes: Scopes::parse(r.try_get(2)?),
                        resource: r.try_get(3)?,
                        granted: r.try_get::<_, Option<&str>>(4)?.map(Scopes::parse),
                        narrowing: Narrowing::parse(&narrowing).unwrap_or(Narrowing::Unconfirmed),
                        expires: r.try_get(6)?,
                        refreshed: r.try_get(7)?,
                    },
                ))
            },
        )
    }

    fn record_cached_token(&self, id: &str, t: &CachedToken) -> Result<()> {
        self.execute(
            "INSERT INTO access_tokens \
             (authz_id, key, scopes, resource, granted, narrowing, expires, refreshed) \
             VALUES ($1, $2, $3, $4, $5, $6, to_timestamp($7::bigint), to_timestamp($8::bigint)) \
             ON CONFLICT (authz_id, key) DO UPDATE SET scopes = EXCLUDED.scopes, \
             resource = EXCLUDED.resource, granted = EXCLUDED.granted, \
             narrowing = EXCLUDED.narrowing, expires = EXCLUDED.expires, \
             refreshed = EXCLUDED.refreshed",
            &[
                &id,
                &t.key,
                &t.scopes.to_text(),
                &t.resource,
                &t.granted.as_ref().map(Scopes::to_text),
                &t.narrowing.as_str(),
                &t.expires,
                &t.refreshed,
            ],
        )?;
        Ok(())
    }

    fn forget_cached_tokens(&self, id: &str, keys: &[String]) -> Result<()> {
        self.execute(
            "DELETE FROM access_tokens WHERE authz_id = $1 AND key = ANY($2)",
            &[&id, &keys],
        )?;
        Ok(())
    }

    fn move_guarded_workflows(&self, from: &str, to: &str, at: Timestamp) -> Result<usize> {
        Ok(self.execute(
            "UPDATE workflows SET authorizer = $2, updated = to_timestamp($3::bigint) \
             WHERE authorizer = $1",
            &[&from, &to, &at],
        )? as usize)
    }

    fn vault_entry(&self, name: &str) -> Result<Option<VaultEntry>> {
        let sql = format!(
            "SELECT {VAULT_COLUMNS} FROM vault_entries WHERE name = $1{}",
            self.lock
        );
        Ok(self.all(&sql, &[&name], vault_from_row)?.pop())
    }

    fn vault_entries(&self) -> Result<Vec<VaultEntry>> {
        let sql = format!("SELECT {VAULT_COLUMNS} FROM vault_entries ORDER BY name");
        self.all(&sql, &[], vault_from_row)
    }

    fn vault_versions(&self, name: &str) -> Result<Vec<VaultVersion>> {
        self.all(
            "SELECT version, extract(epoch FROM created)::bigint, created_by, fingerprint, alg, \
             copied_from FROM vault_versions WHERE entry = $1 ORDER BY version",
            &[&name],
            |r| {
                Ok(VaultVersion {
                    version: version_number(r.try_get(0)?)?,
                    created: r.try_get(1)?,
                    created_by: r.try_get(2)?,
                    fingerprint: r.try_get(3)?,
                    alg: r.try_get(4)?,
                    copied_from: r
                        .try_get::<_, Option<i64>>(5)?
                        .map(version_number)
                        .transpose()?,
                })
            },
        )
    }

    fn insert_vault_entry(&self, e: &VaultEntry, v: &VaultVersion) -> Result<()> {
        self.execute(
            "INSERT INTO vault_entries (name, id, kind, created, created_by, version) \
             VALUES ($1, $2, $3, to_timestamp($4::bigint), $5, $6)",
            &[
                &e.name,
                &e.id,
                &e.kind.as_str(),
                &e.created,
                &e.created_by,
                &i64::from(e.version),
            ],
        )?;
        self.insert_version(&e.name, v)
    }

    fn add_vault_version(&self, name: &str, v: &VaultVersion) -> Result<()> {
        self.insert_version(name, v)?;
        self.execute(
            "UPDATE vault_entries SET version = $2 WHERE name = $1",
            &[&name, &i64::from(v.version)],
        )?;
        Ok(())
    }

    fn delete_vault_entry(&self, name: &str) -> Result<bool> {
        Ok(self.execute("DELETE FROM vault_entries WHERE name = $1", &[&name])? > 0)
    }

    fn secret_uses(&self, workflow: Option<&str>, secret: Option<&str>) -> Result<Vec<SecretUse>> {
        self.all(
            "SELECT workflow, secret, env FROM workflow_secrets \
             WHERE ($1::text IS NULL OR workflow = $1) AND ($2::text IS NULL OR secret = $2) \
             ORDER BY workflow, secret",
            &[&workflow, &secret],
            |r| {
                Ok(SecretUse {
                    workflow: r.try_get(0)?,
                    secret: r.try_get(1)?,
                    env: r.try_get(2)?,
                })
            },
        )
    }

    fn use_secret(&self, u: &SecretUse) -> Result<()> {
        self.execute(
            "INSERT INTO workflow_secrets (workflow, secret, env) VALUES ($1, $2, $3) \
             ON CONFLICT (workflow, secret) DO UPDATE SET env = excluded.env",
            &[&u.workflow, &u.secret, &u.env],
        )?;
        Ok(())
    }

    fn drop_secret(&self, workflow: &str, secret: &str) -> Result<bool> {
        Ok(self.execute(
            "DELETE FROM workflow_secrets WHERE workflow = $1 AND secret = $2",
            &[&workflow, &secret],
        )? > 0)
    }

    fn move_secret_uses(&self, from: &str, to: &str) -> Result<usize> {
        Ok(self.execute(
            "UPDATE workflow_secrets SET secret = $2 WHERE secret = $1",
            &[&from, &to],
        )? as usize)
    }

    fn log(&self, e: &NewEvent) -> Result<()> {
        self.execute(
            "INSERT INTO events (at, actor, action, authz_id, workflow, details) \
             VALUES (to_timestamp($1::bigint), $2, $3, $4, $5, $6::text::jsonb)",
            &[
                &e.at,
                &e.actor,
                &e.action,
                &e.authz,
                &e.workflow,
                &e.details,
            ],
        )?;
        Ok(())
    }

    fn events(&self, f: &EventFilter) -> Result<Vec<EventRow>> {
        self.all(
            "SELECT id, extract(epoch FROM at)::bigint, actor, action, authz_id, workflow, \
             details::text, db_user FROM events \
             WHERE ($1::text IS NULL OR authz_id = $1 OR details->>'from' = $1) \
             AND ($2::text IS NULL OR workflow = $2 OR (details->'workflows') ? $2) \
             AND ($3::bigint IS NULL OR at >= to_timestamp($3)) \
             AND ($4::text IS NULL OR action = $4) ORDER BY id",
            &[&f.authz, &f.workflow, &f.since, &f.action],
            |r| {
                let details: String = r.try_get(6)?;
                Ok(EventRow {
                    id: r.try_get(0)?,
                    at: format_ts(r.try_get(1)?),
                    actor: r.try_get(2)?,
                    action: r.try_get(3)?,
                    authorization: r.try_get(4)?,
                    workflow: r.try_get(5)?,
                    details: serde_json::from_str(&details).unwrap_or(serde_json::Value::Null),
                    db_user: r.try_get(7)?,
                })
            },
        )
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .query("SELECT value FROM settings WHERE key = $1", &[&key])?
            .first()
            .map(|r| r.try_get(0))
            .transpose()?)
    }

    fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.execute(
            "INSERT INTO settings (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            &[&key, &value],
        )?;
        Ok(())
    }
}
