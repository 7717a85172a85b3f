//! The SQLite `Tx`: typed queries inside one transaction, returning domain types.

use crate::domain::authorizer::{Authorizer, KeySource};
use crate::domain::jwt::{Alg, Policy};
use crate::domain::narrow::{CachedToken, Narrowing, TokenPolicy};
use crate::domain::vault::{SecretKind, SecretUse, VaultEntry, VaultVersion};
use crate::domain::{
    Authorization, Scopes, Status, Timestamp, TokensAt, Workflow, format_ts, parse_ts,
};
use crate::error::Result;
use crate::store::{
    EventFilter, EventRow, Moved, NewEvent, Requirement, ScopeSets, Tx, split_resources,
    tokens_at_columns, tokens_at_of,
};
use rusqlite::{Connection, OptionalExtension, Row, params};

/// The queries available inside `Sqlite`'s transactions.
pub struct SqliteTx<'c> {
    c: &'c Connection,
}

const AUTHZ_COLUMNS: &str = "id, issuer, subject, email, name, scopes, created, created_by, label, \
                             service_account, status, token_expires, revoked, email_claim, \
                             tokens_backend, tokens_host, tokens_user, tokens_address";

fn ts(text: String) -> rusqlite::Result<Timestamp> {
    parse_ts(&text, 0).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn opt_ts(text: Option<String>) -> rusqlite::Result<Option<Timestamp>> {
    text.map(ts).transpose()
}

fn authz_from_row(r: &Row) -> rusqlite::Result<Authorization> {
    let status: String = r.get(10)?;
    Ok(Authorization {
        id: r.get(0)?,
        issuer: r.get(1)?,
        subject: r.get(2)?,
        email: r.get(3)?,
        name: r.get(4)?,
        scopes: Scopes::parse(&r.get::<_, String>(5)?),
        created: ts(r.get(6)?)?,
        created_by: r.get(7)?,
        label: r.get(8)?,
        service_account: r.get(9)?,
        status: Status::parse(&status).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                10,
                rusqlite::types::Type::Text,
                format!("unknown status {status}").into(),
            )
        })?,
        token_expires: opt_ts(r.get(11)?)?,
        revoked: opt_ts(r.get(12)?)?,
        email_claim: r.get(13)?,
        tokens_at: tokens_at_of((r.get(14)?, r.get(15)?, r.get(16)?, r.get(17)?)),
    })
}

const WORKFLOW_COLUMNS: &str = "name, authz_id, owner, scopes, created, updated";

fn workflow_from_row(r: &Row) -> rusqlite::Result<Workflow> {
    Ok(Workflow {
        name: r.get(0)?,
        authorization: r.get(1)?,
        owner: r.get(2)?,
        scopes: Scopes::parse(&r.get::<_, String>(3)?),
        created: ts(r.get(4)?)?,
        updated: ts(r.get(5)?)?,
    })
}

const AUTHORIZER_COLUMNS: &str = "name, iss, audiences, jwks_url, jwks_file, algs, leeway, typ, \
                                  require_scopes, require_claims, max_lifetime, created, updated, vault_key";

fn bad_column(i: usize, why: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, why.into())
}

fn json_column<T: serde::de::DeserializeOwned>(r: &Row, i: usize) -> rusqlite::Result<T> {
    let text: String = r.get(i)?;
    serde_json::from_str(&text).map_err(|e| bad_column(i, e.to_string()))
}

fn authorizer_from_row(r: &Row) -> rusqlite::Result<Authorizer> {
    let url: Option<String> = r.get(3)?;
    let file: Option<String> = r.get(4)?;
    let vault: Option<String> = r.get(13)?;
    let keys = match (url, file, vault) {
        (Some(u), None, None) => KeySource::Url(u),
        (None, Some(f), None) => KeySource::File(f.into()),
        (None, None, Some(v)) => KeySource::Vault(v),
        _ => return Err(bad_column(3, "neither or both key sources".into())),
    };
    let algs: String = r.get(5)?;
    let algs = algs
        .split(' ')
        .map(|a| Alg::parse(a).ok_or_else(|| bad_column(5, format!("unknown alg {a}"))))
        .collect::<rusqlite::Result<Vec<Alg>>>()?;
    let scopes: String = r.get(8)?;
    Ok(Authorizer {
        name: r.get(0)?,
        policy: Policy {
            iss: r.get(1)?,
            audiences: json_column(r, 2)?,
            algs,
            leeway: r.get(6)?,
            typ: r.get(7)?,
            require_scopes: scopes
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            require_claims: json_column(r, 9)?,
            max_lifetime: r.get(10)?,
        },
        keys,
        created: ts(r.get(11)?)?,
        updated: ts(r.get(12)?)?,
    })
}

/// The authorizer's columns after `name`, in AUTHORIZER_COLUMNS order, as SQL values.
fn authorizer_values(a: &Authorizer) -> Vec<Box<dyn rusqlite::ToSql + '_>> {
    let p = &a.policy;
    let (url, file, vault) = match &a.keys {
        KeySource::Url(u) => (Some(u.clone()), None, None),
        KeySource::File(f) => (None, Some(f.to_string_lossy().into_owned()), None),
        KeySource::Vault(v) => (None, None, Some(v.clone())),
    };
    let algs: Vec<&str> = p.algs.iter().map(|a| a.as_str()).collect();
    vec![
        Box::new(&a.name),
        Box::new(&p.iss),
        Box::new(serde_json::to_string(&p.audiences).unwrap_or_default()),
        Box::new(url),
        Box::new(file),
        Box::new(algs.join(" ")),
        Box::new(p.leeway),
        Box::new(&p.typ),
        Box::new(p.require_scopes.join(" ")),
        Box::new(serde_json::to_string(&p.require_claims).unwrap_or_default()),
        Box::new(p.max_lifetime),
        Box::new(format_ts(a.created)),
        Box::new(format_ts(a.updated)),
        Box::new(vault),
    ]
}

impl<'c> SqliteTx<'c> {
    pub(super) fn new(c: &'c Connection) -> Self {
        SqliteTx { c }
    }
}

impl Tx for SqliteTx<'_> {
    fn authz(&self, id: &str) -> Result<Option<Authorization>> {
        let sql = format!("SELECT {AUTHZ_COLUMNS} FROM authorizations WHERE id = ?1");
        Ok(self
            .c
            .prepare_cached(&sql)?
            .query_row([id], authz_from_row)
            .optional()?)
    }

    fn authz_by_email(&self, email: &str) -> Result<Vec<Authorization>> {
        let sql = format!(
            "SELECT {AUTHZ_COLUMNS} FROM authorizations \
             WHERE email = ?1 COLLATE NOCASE AND status != 'revoked' ORDER BY created, id"
        );
        Ok(self
            .c
            .prepare_cached(&sql)?
            .query_map([email], authz_from_row)?
            .collect::<rusqlite::Result<_>>()?)
    }

    fn authorizations(&self, include_revoked: bool) -> Result<Vec<Authorization>> {
        let sql = format!(
            "SELECT {AUTHZ_COLUMNS} FROM authorizations {} ORDER BY created, id",
            if include_revoked {
                ""
            } else {
                "WHERE status != 'revoked'"
            }
        );
        let mut stmt = self.c.prepare(&sql)?;
        let rows = stmt.query_map([], authz_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One query: the index on (created, id) drives the order, the index on
    /// workflows (authz_id, name) feeds the names, so SQLite sorts nothing.
    fn visit_authz(
        &self,
        include_revoked: bool,
        f: &mut dyn FnMut(Authorization, Vec<String>) -> Result<()>,
    ) -> Result<()> {
        let cols: String = AUTHZ_COLUMNS
            .split(", ")
            .map(|c| format!("a.{c}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {cols}, w.name FROM authorizations a INDEXED BY authorizations_created \
             LEFT JOIN workflows w ON w.authz_id = a.id \
             WHERE ?1 OR a.status != 'revoked' ORDER BY a.created, a.id, w.name"
        );
        // The workflow name comes right after the authorization's columns (counted once: per
        // row, the count was a sixth of `list`'s time).
        let name_column = AUTHZ_COLUMNS.split(", ").count();
        let mut stmt = self.c.prepare(&sql)?;
        let mut rows = stmt.query([include_revoked])?;
        let mut current: Option<(Authorization, Vec<String>)> = None;
        while let Some(r) = rows.next()? {
            let id = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            let name: Option<String> = r.get(name_column)?;
            match &mut current {
                Some((a, names)) if a.id == id => names.extend(name),
                _ => {
                    if let Some((a, names)) = current.take() {
                        f(a, names)?;
                    }
                    current = Some((authz_from_row(r)?, name.into_iter().collect()));
                }
            }
        }
        if let Some((a, names)) = current {
            f(a, names)?;
        }
        Ok(())
    }

    fn insert_authz(&self, a: &Authorization) -> Result<()> {
        let at = tokens_at_columns(a.tokens_at.as_ref());
        self.c.execute(
            &format!("INSERT INTO authorizations ({AUTHZ_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)"),
            params![
                a.id,
                a.issuer,
                a.subject,
                a.email,
                a.name,
                a.scopes.to_text(),
                format_ts(a.created),
                a.created_by,
                a.label,
                a.service_account,
                a.status.as_str(),
                a.token_expires.map(format_ts),
                a.revoked.map(format_ts),
                a.email_claim,
                at.0,
                at.1,
                at.2,
                at.3,
            ],
        )?;
        Ok(())
    }

    fn update_authz(&self, a: &Authorization) -> Result<()> {
        self.c.execute(
            "UPDATE authorizations SET email = ?2, name = ?3, scopes = ?4, label = ?5, \
             service_account = ?6, status = ?7, token_expires = ?8, revoked = ?9, \
             email_claim = ?10 WHERE id = ?1",
            params![
                a.id,
                a.email,
                a.name,
                a.scopes.to_text(),
                a.label,
                a.service_account,
                a.status.as_str(),
                a.token_expires.map(format_ts),
                a.revoked.map(format_ts),
                a.email_claim,
            ],
        )?;
        Ok(())
    }

    fn set_tokens_at(&self, id: &str, at: Option<&TokensAt>) -> Result<()> {
        let (backend, host, user, address) = tokens_at_columns(at);
        self.c.execute(
            "UPDATE authorizations SET tokens_backend = ?2, tokens_host = ?3, tokens_user = ?4, \
             tokens_address = ?5 WHERE id = ?1",
            params![id, backend, host, user, address],
        )?;
        Ok(())
    }

    fn set_token_expires(&self, id: &str, expires: Option<Timestamp>) -> Result<()> {
        self.c.execute(
            "UPDATE authorizations SET token_expires = ?2 WHERE id = ?1",
            params![id, expires.map(format_ts)],
        )?;
        Ok(())
    }

    fn mark_relogin_needed(&self, id: &str) -> Result<bool> {
        Ok(self.c.execute(
            "UPDATE authorizations SET status = 'relogin-needed', token_expires = NULL \
             WHERE id = ?1 AND status = 'active'",
            params![id],
        )? == 1)
    }

    fn workflow(&self, name: &str) -> Result<Option<Workflow>> {
        let sql = format!("SELECT {WORKFLOW_COLUMNS} FROM workflows WHERE name = ?1");
        Ok(self
            .c
            .prepare_cached(&sql)?
            .query_row([name], workflow_from_row)
            .optional()?)
    }

    fn workflows(&self, authz: Option<&str>) -> Result<Vec<Workflow>> {
        let sql = format!(
            "SELECT {WORKFLOW_COLUMNS} FROM workflows WHERE ?1 IS NULL OR authz_id = ?1 ORDER BY name"
        );
        let mut stmt = self.c.prepare_cached(&sql)?;
        let rows = stmt.query_map([authz], workflow_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn requirements(&self, authz: &str) -> Result<Vec<Requirement>> {
        let mut stmt = self.c.prepare_cached(
            "SELECT name, scopes FROM workflows WHERE authz_id = ?1 ORDER BY name",
        )?;
        let mut sets = ScopeSets::default();
        let rows = stmt.query_map([authz], |r| {
            Ok((r.get(0)?, sets.of(r.get_ref(1)?.as_str()?)))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn insert_workflow(&self, w: &Workflow) -> Result<()> {
        self.c.execute(
            &format!("INSERT INTO workflows ({WORKFLOW_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
            params![
                w.name,
                w.authorization,
                w.owner,
                w.scopes.to_text(),
                format_ts(w.created),
                format_ts(w.updated)
            ],
        )?;
        Ok(())
    }

    fn update_workflow(&self, w: &Workflow) -> Result<()> {
        self.c.execute(
            "UPDATE workflows SET authz_id = ?2, owner = ?3, scopes = ?4, updated = ?5 WHERE name = ?1",
            params![
                w.name,
                w.authorization,
                w.owner,
                w.scopes.to_text(),
                format_ts(w.updated)
            ],
        )?;
        Ok(())
    }

    fn delete_workflow(&self, name: &str) -> Result<bool> {
        Ok(self
            .c
            .execute("DELETE FROM workflows WHERE name = ?1", [name])?
            > 0)
    }

    fn move_workflows(
        &self,
        from: &str,
        to: &str,
        names: Option<&[String]>,
        at: Timestamp,
    ) -> Result<Vec<Requirement>> {
        let at = format_ts(at);
        const MOVE: &str = "UPDATE workflows SET authz_id = ?2, updated = ?3 WHERE authz_id = ?1";
        const RETURNING: &str = "RETURNING name, scopes";
        let mut sets = ScopeSets::default();
        let mut row = |r: &rusqlite::Row| Ok((r.get(0)?, sets.of(r.get_ref(1)?.as_str()?)));
        let mut moved: Vec<Requirement> = match names {
            None => {
                let mut mv = self.c.prepare(&format!("{MOVE} {RETURNING}"))?;
                mv.query_map(params![from, to, at], &mut row)?
                    .collect::<rusqlite::Result<_>>()?
            }
            Some(names) => {
                let mut mv = self
                    .c
                    .prepare_cached(&format!("{MOVE} AND name = ?4 {RETURNING}"))?;
                let mut moved = Vec::new();
                for name in names {
                    for r in mv.query_map(params![from, to, at, name], &mut row)? {
                        moved.push(r?);
                    }
                }
                moved
            }
        };
        moved.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Ok(moved)
    }

    /// One read of `from`'s workflows before the move, in SQLite: their names as the JSON
    /// array the event records (from the `(authz_id, name)` index, already sorted) and their
    /// distinct scope texts, checked once each. The bare `UPDATE` then moves them; the write
    /// lock held since `BEGIN IMMEDIATE` keeps anyone from adding one in between. Only a
    /// refusal reads every workflow's name and scopes, for the error.
    fn move_all(
        &self,
        from: &str,
        to: &str,
        at: Timestamp,
        check: &dyn Fn(&[Requirement]) -> Result<()>,
    ) -> Result<Moved> {
        let (json, texts): (String, String) = self.c.query_row(
            "SELECT json_group_array(name), json_group_array(DISTINCT scopes) \
             FROM (SELECT name, scopes FROM workflows WHERE authz_id = ?1 ORDER BY name)",
            [from],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let texts: Vec<String> = serde_json::from_str(&texts)?;
        let sets: Vec<Requirement> = texts
            .iter()
            .map(|t| (String::new(), std::rc::Rc::new(Scopes::parse(t))))
            .collect();
        if let Err(e) = check(&sets) {
            check(&self.requirements(from)?)?;
            return Err(e);
        }
        let names: Vec<String> = serde_json::from_str(&json)?;
        // OR ROLLBACK, with the schema's deferred foreign key and RAISE(ROLLBACK) trigger
        // (migration 9): nothing in this statement can fail half-way and have to undo only
        // itself, so SQLite keeps no statement journal of the 50,000 rows' pages.
        let n = self.c.execute(
            "UPDATE OR ROLLBACK workflows SET authz_id = ?2, updated = ?3 WHERE authz_id = ?1",
            params![from, to, format_ts(at)],
        )?;
        debug_assert_eq!(n, names.len());
        Ok(Moved { names, json })
    }

    fn authorizer(&self, name: &str) -> Result<Option<Authorizer>> {
        let sql = format!("SELECT {AUTHORIZER_COLUMNS} FROM authorizers WHERE name = ?1");
        Ok(self
            .c
            .prepare_cached(&sql)?
            .query_row([name], authorizer_from_row)
            .optional()?)
    }

    fn authorizers(&self) -> Result<Vec<Authorizer>> {
        let sql = format!("SELECT {AUTHORIZER_COLUMNS} FROM authorizers ORDER BY name");
        let mut stmt = self.c.prepare(&sql)?;
        let rows = stmt.query_map([], authorizer_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn insert_authorizer(&self, a: &Authorizer) -> Result<()> {
        let values = authorizer_values(a);
        let marks: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
        self.c.execute(
            &format!(
                "INSERT INTO authorizers ({AUTHORIZER_COLUMNS}) VALUES ({})",
                marks.join(", ")
            ),
            rusqlite::params_from_iter(values.iter()),
        )?;
        Ok(())
    }

    fn update_authorizer(&self, a: &Authorizer) -> Result<()> {
        let values = authorizer_values(a);
        let sets: Vec<String> = AUTHORIZER_COLUMNS
            .split(", ")
            .enumerate()
            .filter(|(_, c)| !matches!(*c, "name" | "created"))
            .map(|(i, c)| format!("{c} = ?{}", i + 1))
            .collect();
        self.c.execute(
            &format!("UPDATE authorizers SET {} WHERE name = ?1", sets.join(", ")),
            rusqlite::params_from_iter(values.iter()),
        )?;
        Ok(())
    }

    fn delete_authorizer(&self, name: &str) -> Result<bool> {
        Ok(self
            .c
            .execute("DELETE FROM authorizers WHERE name = ?1", [name])?
            > 0)
    }

    fn guarded_workflows(&self, authorizer: &str) -> Result<Vec<String>> {
        let mut stmt = self
            .c
            .prepare_cached("SELECT name FROM workflows WHERE authorizer = ?1 ORDER BY name")?;
        let rows = stmt.query_map([authorizer], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn workflow_authorizer(&self, workflow: &str) -> Result<Option<String>> {
        Ok(self
            .c
            .prepare_cached("SELECT authorizer FROM workflows WHERE name = ?1")?
            .query_row([workflow], |r| r.get(0))
            .optional()?
            .flatten())
    }

    fn set_workflow_authorizer(
        &self,
        workflow: &str,
        authorizer: Option<&str>,
        at: Timestamp,
    ) -> Result<()> {
        self.c.execute(
            "UPDATE workflows SET authorizer = ?2, updated = ?3 WHERE name = ?1",
            params![workflow, authorizer, format_ts(at)],
        )?;
        Ok(())
    }

    fn token_policy(&self, workflow: &str) -> Result<TokenPolicy> {
        Ok(self
            .c
            .prepare_cached("SELECT resource, strict_scopes FROM workflows WHERE name = ?1")?
            .query_row([workflow], |r| {
                Ok(TokenPolicy {
                    resource: r.get(0)?,
                    strict: r.get(1)?,
                })
            })
            .optional()?
            .unwrap_or_default())
    }

    fn set_token_policy(&self, workflow: &str, p: &TokenPolicy, at: Timestamp) -> Result<()> {
        self.c.execute(
            "UPDATE workflows SET resource = ?2, strict_scopes = ?3, updated = ?4 WHERE name = ?1",
            params![workflow, p.resource, p.strict, format_ts(at)],
        )?;
        Ok(())
    }

    fn authz_resources(&self, id: &str) -> Result<Vec<String>> {
        let text: Option<String> = self
            .c
            .prepare_cached("SELECT resources FROM authorizations WHERE id = ?1")?
            .query_row([id], |r| r.get(0))
            .optional()?;
        Ok(split_resources(text.as_deref()))
    }

    fn set_authz_resources(&self, id: &str, resources: &[String]) -> Result<()> {
        self.c.execute(
            "UPDATE authorizations SET resources = ?2 WHERE id = ?1",
            params![id, resources.join(" ")],
        )?;
        Ok(())
    }

    fn token_policies(&self) -> Result<Vec<(String, TokenPolicy)>> {
        let mut stmt = self.c.prepare_cached(
            "SELECT name, resource, strict_scopes FROM workflows \
             WHERE resource IS NOT NULL OR strict_scopes ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                TokenPolicy {
                    resource: r.get(1)?,
                    strict: r.get(2)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn cached(&self, id: Option<&str>) -> Result<Vec<(String, CachedToken)>> {
        let mut stmt = self.c.prepare_cached(
            "SELECT authz_id, key, scopes, resource, granted, narrowing, expires, refreshed \
             FROM access_tokens WHERE ?1 IS NULL OR authz_id = ?1 ORDER BY authz_id, key",
        )?;
        let rows = stmt.query_map([id], |r| {
            let narrowing: String = r.get(5)?;
            Ok((
                r.get(0)?,
                CachedToken {
                    key: r.get(1)?,
                    scopes: Scopes::parse(&r.get::<_, String>(2)?),
                    resource: r.get(3)?,
                    granted: r.get::<_, Option<String>>(4)?.map(|g| Scopes::parse(&g)),
                    narrowing: Narrowing::parse(&narrowing).unwrap_or(Narrowing::Unconfirmed),
                    expires: opt_ts(r.get(6)?)?,
                    refreshed: ts(r.get(7)?)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn record_cached_token(&self, id: &str, t: &CachedToken) -> Result<()> {
        self.c
            .prepare_cached(
                "INSERT OR REPLACE INTO access_tokens \
                 (authz_id, key, scopes, resource, granted, narrowing, expires, refreshed) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                id,
                t.key,
                t.scopes.to_text(),
                t.resource,
                t.granted.as_ref().map(Scopes::to_text),
                t.narrowing.as_str(),
                t.expires.map(format_ts),
                format_ts(t.refreshed),
            ])?;
        Ok(())
    }

    fn forget_cached_tokens(&self, id: &str, keys: &[String]) -> Result<()> {
        let mut stmt = self
            .c
            .prepare_cached("DELETE FROM access_tokens WHERE authz_id = ?1 AND key = ?2")?;
        for key in keys {
            stmt.execute(params![id, key])?;
        }
        Ok(())
    }

    fn move_guarded_workflows(&self, from: &str, to: &str, at: Timestamp) -> Result<usize> {
        Ok(self.c.execute(
            "UPDATE workflows SET authorizer = ?2, updated = ?3 WHERE authorizer = ?1",
            params![from, to, format_ts(at)],
        )?)
    }

    fn log(&self, e: &NewEvent) -> Result<()> {
        self.c
            .prepare_cached(
                "INSERT INTO events (at, actor, action, authz_id, workflow, details) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                format_ts(e.at),
                e.actor,
                e.action,
                e.authz,
                e.workflow,
                e.details
            ])?;
        Ok(())
    }

    fn events(&self, f: &EventFilter) -> Result<Vec<EventRow>> {
        let mut stmt = self.c.prepare(
            "SELECT id, at, actor, action, authz_id, workflow, details FROM events \
             WHERE (?1 IS NULL OR authz_id = ?1 OR json_extract(details, '$.from') = ?1) \
             AND (?2 IS NULL OR workflow = ?2 OR EXISTS \
                  (SELECT 1 FROM json_each(details, '$.workflows') WHERE value = ?2)) \
             AND (?3 IS NULL OR at >= ?3) AND (?4 IS NULL OR action = ?4) ORDER BY id",
        )?;
        let rows = stmt.query_map(
            params![f.authz, f.workflow, f.since.map(format_ts), f.action],
            |r| {
                let details: String = r.get(6)?;
                Ok(EventRow {
                    id: r.get(0)?,
                    at: r.get(1)?,
                    actor: r.get(2)?,
                    action: r.get(3)?,
                    authorization: r.get(4)?,
                    workflow: r.get(5)?,
                    details: serde_json::from_str(&details).unwrap_or(serde_json::Value::Null),
                    db_user: None,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .c
            .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?)
    }

    fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.c.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    fn vault_entry(&self, name: &str) -> Result<Option<VaultEntry>> {
        let sql = format!("SELECT {VAULT_COLUMNS} FROM vault_entries WHERE name = ?1");
        Ok(self
            .c
            .prepare_cached(&sql)?
            .query_row([name], vault_from_row)
            .optional()?)
    }

    fn vault_entries(&self) -> Result<Vec<VaultEntry>> {
        let sql = format!("SELECT {VAULT_COLUMNS} FROM vault_entries ORDER BY name");
        let mut stmt = self.c.prepare_cached(&sql)?;
        let rows = stmt.query_map([], vault_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn vault_versions(&self, name: &str) -> Result<Vec<VaultVersion>> {
        let mut stmt = self.c.prepare_cached(
            "SELECT version, created, created_by, fingerprint, alg, copied_from \
             FROM vault_versions WHERE entry = ?1 ORDER BY version",
        )?;
        let rows = stmt.query_map([name], |r| {
            Ok(VaultVersion {
                version: r.get(0)?,
                created: ts(r.get(1)?)?,
                created_by: r.get(2)?,
                fingerprint: r.get(3)?,
                alg: r.get(4)?,
                copied_from: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn insert_vault_entry(&self, e: &VaultEntry, v: &VaultVersion) -> Result<()> {
        self.c.execute(
            &format!("INSERT INTO vault_entries ({VAULT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
            params![
                e.name,
                e.id,
                e.kind.as_str(),
                format_ts(e.created),
                e.created_by,
                e.version
            ],
        )?;
        self.insert_version(&e.name, v)
    }

    fn add_vault_version(&self, name: &str, v: &VaultVersion) -> Result<()> {
        self.insert_version(name, v)?;
        self.c.execute(
            "UPDATE vault_entries SET version = ?2 WHERE name = ?1",
            params![name, v.version],
        )?;
        Ok(())
    }

    fn delete_vault_entry(&self, name: &str) -> Result<bool> {
        Ok(self
            .c
            .execute("DELETE FROM vault_entries WHERE name = ?1", [name])?
            > 0)
    }

    fn secret_uses(&self, workflow: Option<&str>, secret: Option<&str>) -> Result<Vec<SecretUse>> {
        let mut stmt = self.c.prepare_cached(
            "SELECT workflow, secret, env FROM workflow_secrets \
             WHERE (?1 IS NULL OR workflow = ?1) AND (?2 IS NULL OR secret = ?2) \
             ORDER BY workflow, secret",
        )?;
        let rows = stmt.query_map(params![workflow, secret], |r| {
            Ok(SecretUse {
                workflow: r.get(0)?,
                secret: r.get(1)?,
                env: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn use_secret(&self, u: &SecretUse) -> Result<()> {
        self.c.execute(
            "INSERT INTO workflow_secrets (workflow, secret, env) VALUES (?1, ?2, ?3) \
             ON CONFLICT (workflow, secret) DO UPDATE SET env = excluded.env",
            params![u.workflow, u.secret, u.env],
        )?;
        Ok(())
    }

    fn drop_secret(&self, workflow: &str, secret: &str) -> Result<bool> {
        Ok(self.c.execute(
            "DELETE FROM workflow_secrets WHERE workflow = ?1 AND secret = ?2",
            params![workflow, secret],
        )? > 0)
    }

    fn move_secret_uses(&self, from: &str, to: &str) -> Result<usize> {
        Ok(self.c.execute(
            "UPDATE workflow_secrets SET secret = ?2 WHERE secret = ?1",
            params![from, to],
        )?)
    }
}

const VAULT_COLUMNS: &str = "name, id, kind, created, created_by, version";

fn vault_from_row(r: &Row) -> rusqlite::Result<VaultEntry> {
    let kind: String = r.get(2)?;
    Ok(VaultEntry {
        name: r.get(0)?,
        id: r.get(1)?,
        kind: SecretKind::parse(&kind).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(
                2,
                rusqlite::types::Type::Text,
                format!("unknown vault kind {kind}").into(),
            )
        })?,
        created: ts(r.get(3)?)?,
        created_by: r.get(4)?,
        version: r.get(5)?,
    })
}

impl SqliteTx<'_> {
    fn insert_version(&self, name: &str, v: &VaultVersion) -> Result<()> {
        self.c.execute(
            "INSERT INTO vault_versions (entry, version, created, created_by, fingerprint, alg, \
             copied_from) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                name,
                v.version,
                format_ts(v.created),
                v.created_by,
                v.fingerprint,
                v.alg,
                v.copied_from
            ],
        )?;
        Ok(())
    }
}
