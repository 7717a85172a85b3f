//! The store API in domain terms: `Store` opens transactions, `Tx` is what a command may do
//! inside one. No SQL here; each backend (`sqlite`, `postgres`) owns its SQL and its migrations.
//!
//! The rules live once, above this trait (`domain`, `cmd`); the database enforces them a
//! second time (foreign keys, triggers), so a backend must keep the same promises: a write is one
//! transaction that commits whole or not at all, and concurrent writers queue instead of failing.

pub mod postgres;
pub mod sqlite;

use crate::domain::authorizer::Authorizer;
use crate::domain::narrow::{CachedToken, TokenPolicy};
use crate::domain::vault::{SecretUse, VaultEntry, VaultVersion};
use crate::domain::{Authorization, Scopes, Status, Timestamp, TokensAt, Workflow};
use crate::error::{Error, Result, escape};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Where a store is. `parse` is the one function that picks the backend, from the URL's scheme.
#[derive(Clone, Debug)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(postgres::Settings),
}

impl Location {
    /// `sqlite:PATH`, or `postgres://…`/`postgresql://…` completed from `env` (libpq's rules).
    pub fn parse(url: &str, env: &postgres::settings::Env) -> Result<Location> {
        if let Some(path) = url.strip_prefix("sqlite:") {
            let path = path.strip_prefix("//").unwrap_or(path);
            if path.is_empty() {
                return Err(Error::usage(
                    "sqlite: needs a path, e.g. sqlite:/var/lib/authz.db",
                ));
            }
            return Ok(Location::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Location::Postgres(postgres::Settings::parse(url, env)?));
        }
        Err(
            Error::usage(format!("'{}' is not a store URL", escape(url)))
                .hint("use postgres://USER@HOST:PORT/DBNAME (PostgreSQL) or sqlite:PATH (a file)"),
        )
    }

    /// Connects to (or opens, creating) the store and migrates it.
    pub fn open(&self) -> Result<Box<dyn Store>> {
        Ok(match self {
            Location::Sqlite(path) => Box::new(sqlite::Sqlite::open(path)?),
            Location::Postgres(settings) => Box::new(postgres::Postgres::open(settings)?),
        })
    }

    /// For people and logs: the file, or the URL without any password.
    pub fn display(&self) -> String {
        match self {
            Location::Sqlite(path) => path.display().to_string(),
            Location::Postgres(settings) => settings.display_url(),
        }
    }

    /// `authz org init`: the organization's schema, roles and grants (PostgreSQL only).
    /// Returns the schema's name.
    pub fn init_org(&self) -> Result<String> {
        match self {
            Location::Postgres(settings) => {
                postgres::org::init(settings)?;
                Ok(settings.schema.clone())
            }
            Location::Sqlite(_) => Err(Error::usage(
                "org init sets up a PostgreSQL store; this store is an SQLite file",
            )
            .hint("pass --store postgres://USER@HOST/DBNAME (the database owner)")),
        }
    }

    pub fn sqlite_path(&self) -> Option<&Path> {
        match self {
            Location::Sqlite(path) => Some(path),
            Location::Postgres(_) => None,
        }
    }

    /// Where this machine keeps its own notes about the store (pending logins, refresh locks):
    /// next to an SQLite file; for PostgreSQL, a name under `data_dir` derived from the URL.
    pub fn local_state(&self, data_dir: &Path) -> PathBuf {
        match self {
            Location::Sqlite(path) => path.clone(),
            Location::Postgres(settings) => {
                let name: String = settings
                    .display_url()
                    .trim_start_matches("postgres://")
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                data_dir.join("postgres").join(name)
            }
        }
    }
}

/// A store that can run transactions. Callers go through `App::read`/`write`/`rehearse`, which
/// give the closures a typed result; the object-safe forms here take `FnMut` and return `()`.
pub trait Store {
    /// A read-only view in one consistent snapshot.
    fn read_dyn(&mut self, f: &mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()>;
    /// A read-then-write under the store's writer lock: all of it commits, or none of it does.
    fn write_dyn(&mut self, f: &mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()>;
    /// Like `write_dyn`, but always rolls back (dry runs that run the real checks).
    fn rehearse_dyn(&mut self, f: &mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()>;

    /// Takes the refresh lease of authorization `id` for `holder`, for `ttl` by the store's
    /// own clock, unless someone else holds an unexpired one: then says who, and for how long.
    /// Committed at once (outside any transaction), so every host sees it. A store that only
    /// one machine uses (SQLite) has nothing to share: the machine-local refresh lock (see
    /// `cmd::token`) is the lock there, and this always answers `Taken`.
    fn take_refresh_lease(&mut self, id: &str, holder: &str, ttl: Duration) -> Result<Lease>;

    /// Gives the lease back, if `holder` still holds it (an expired lease taken over by
    /// another holder stays theirs).
    fn release_refresh_lease(&mut self, id: &str, holder: &str) -> Result<()>;
}

/// The answer of `Store::take_refresh_lease`.
#[derive(Debug, PartialEq, Eq)]
pub enum Lease {
    /// The caller holds it now.
    Taken,
    /// Someone else holds it: who (`host pid N #tag`) and how long it has left.
    HeldBy { holder: String, left: Duration },
}

/// Runs a typed body through one of the object-safe entry points above. A body may run more
/// than once: a backend runs a writer that lost a race again from the start (PostgreSQL's
/// deadlocks), so it must only touch the store; the answer is that of the run that committed.
fn body<T>(
    run: impl FnOnce(&mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()>,
    mut f: impl FnMut(&dyn Tx) -> Result<T>,
) -> Result<T> {
    let mut out = None;
    run(&mut |tx| {
        out = Some(f(tx)?);
        Ok(())
    })?;
    Ok(out.expect("the body ran"))
}

impl dyn Store + '_ {
    pub fn read<T>(&mut self, f: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        body(|g| self.read_dyn(g), f)
    }

    pub fn write<T>(&mut self, f: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        body(|g| self.write_dyn(g), f)
    }

    pub fn rehearse<T>(&mut self, f: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        body(|g| self.rehearse_dyn(g), f)
    }
}

/// The queries available inside a transaction, returning domain types.
pub trait Tx {
    fn authz(&self, id: &str) -> Result<Option<Authorization>>;

    /// Unrevoked authorizations whose email is `email` (case-insensitive), by creation.
    fn authz_by_email(&self, email: &str) -> Result<Vec<Authorization>>;

    /// Authorizations ordered by creation; revoked ones only when asked for.
    fn authorizations(&self, include_revoked: bool) -> Result<Vec<Authorization>>;

    /// Calls `f` with each authorization (ordered by creation; revoked ones only when asked
    /// for) and its workflow names, sorted, one at a time: memory stays flat however big the
    /// store. Use `each_authz`, which takes a closure.
    fn visit_authz(
        &self,
        include_revoked: bool,
        f: &mut dyn FnMut(Authorization, Vec<String>) -> Result<()>,
    ) -> Result<()>;

    fn insert_authz(&self, a: &Authorization) -> Result<()>;

    /// Writes every mutable field of `a` (everything but id, issuer, subject, created,
    /// created_by and tokens_at, which only `set_tokens_at` writes: the runner role may update
    /// token state but never where the tokens are).
    fn update_authz(&self, a: &Authorization) -> Result<()>;

    /// Records where the tokens of `id` are now (`None`: not known).
    fn set_tokens_at(&self, id: &str, at: Option<&TokensAt>) -> Result<()>;

    fn set_token_expires(&self, id: &str, expires: Option<Timestamp>) -> Result<()>;

    /// Marks an active `id` relogin-needed and forgets its token expiry; false when it was not
    /// active. Only token state is written, so the runner role may do it.
    fn mark_relogin_needed(&self, id: &str) -> Result<bool>;

    fn workflow(&self, name: &str) -> Result<Option<Workflow>>;

    /// Workflows, sorted by name; only those of one authorization when `authz` is given.
    fn workflows(&self, authz: Option<&str>) -> Result<Vec<Workflow>>;

    /// The name and required scopes of each workflow of `authz`, sorted by name: all a move
    /// needs to check, without reading (and parsing) the rest of 50,000 rows.
    fn requirements(&self, authz: &str) -> Result<Vec<Requirement>>;

    fn insert_workflow(&self, w: &Workflow) -> Result<()>;

    fn update_workflow(&self, w: &Workflow) -> Result<()>;

    fn delete_workflow(&self, name: &str) -> Result<bool>;

    /// Points the named workflows (all of `from`'s when `names` is None) at `to`; set-based, so
    /// 50,000 moves stay fast. Returns what moved, names and required scopes, by name: the
    /// caller checks them against `to` in the same transaction (one pass over the rows, not a
    /// read and then a write) and logs the move as one event.
    fn move_workflows(
        &self,
        from: &str,
        to: &str,
        names: Option<&[String]>,
        at: Timestamp,
    ) -> Result<Vec<Requirement>>;

    /// Points every workflow of `from` at `to`, once `check` accepted what they require (a
    /// refusal moves nothing). `check` may be shown only one workflow per distinct scope set,
    /// with an empty name, and then, on a refusal, all of them, so that its error names each
    /// workflow that cannot move. Returns the moved names, sorted, and the same list as JSON
    /// array text: what the event records, without a second copy of 50,000 names.
    fn move_all(
        &self,
        from: &str,
        to: &str,
        at: Timestamp,
        check: &dyn Fn(&[Requirement]) -> Result<()>,
    ) -> Result<Moved> {
        let moved = self.move_workflows(from, to, None, at)?;
        check(&moved)?;
        let names: Vec<String> = moved.into_iter().map(|(name, _)| name).collect();
        let json = serde_json::to_string(&names)?;
        Ok(Moved { names, json })
    }

    fn authorizer(&self, name: &str) -> Result<Option<Authorizer>>;

    /// Every authorizer, sorted by name.
    fn authorizers(&self) -> Result<Vec<Authorizer>>;

    fn insert_authorizer(&self, a: &Authorizer) -> Result<()>;

    /// Writes everything but name and created.
    fn update_authorizer(&self, a: &Authorizer) -> Result<()>;

    /// Refused by the store while a workflow uses it.
    fn delete_authorizer(&self, name: &str) -> Result<bool>;

    /// The workflows `authorizer` guards, sorted by name.
    fn guarded_workflows(&self, authorizer: &str) -> Result<Vec<String>>;

    /// The authorizer guarding `workflow` (which the caller has found), if any.
    fn workflow_authorizer(&self, workflow: &str) -> Result<Option<String>>;

    fn set_workflow_authorizer(
        &self,
        workflow: &str,
        authorizer: Option<&str>,
        at: Timestamp,
    ) -> Result<()>;

    /// Puts every workflow guarded by `from` under `to`; returns how many moved.
    fn move_guarded_workflows(&self, from: &str, to: &str, at: Timestamp) -> Result<usize>;

    /// The token policy of workflow `workflow` (which the caller has found): the resource its
    /// token is for and whether it refuses a token the provider did not narrow.
    fn token_policy(&self, workflow: &str) -> Result<TokenPolicy>;

    fn set_token_policy(&self, workflow: &str, p: &TokenPolicy, at: Timestamp) -> Result<()>;

    /// The resources (RFC 8707) the login of authorization `id` asked for.
    fn authz_resources(&self, id: &str) -> Result<Vec<String>>;

    fn set_authz_resources(&self, id: &str, resources: &[String]) -> Result<()>;

    /// The records of the narrowed access tokens cached for authorization `id` (every
    /// authorization's, for `audit`, when `None`): what they hold, never the tokens; with
    /// their authorization's id, ordered by it and by key.
    fn cached(&self, id: Option<&str>) -> Result<Vec<(String, CachedToken)>>;

    /// The records of the narrowed access tokens cached for authorization `id`, by key.
    fn cached_tokens(&self, id: &str) -> Result<Vec<CachedToken>> {
        Ok(self.cached(Some(id))?.into_iter().map(|(_, c)| c).collect())
    }

    /// The workflows that have a token policy other than the default, by name (for `audit`).
    fn token_policies(&self) -> Result<Vec<(String, TokenPolicy)>>;

    /// Records (or replaces) one cached token of `id`. Token state: the runner role may write
    /// it, for unrevoked authorizations only.
    fn record_cached_token(&self, id: &str, t: &CachedToken) -> Result<()>;

    /// Forgets the cached tokens of `id` under `keys`.
    fn forget_cached_tokens(&self, id: &str, keys: &[String]) -> Result<()>;

    fn log(&self, e: &NewEvent) -> Result<()>;

    fn events(&self, f: &EventFilter) -> Result<Vec<EventRow>>;

    fn setting(&self, key: &str) -> Result<Option<String>>;

    fn vault_entry(&self, name: &str) -> Result<Option<VaultEntry>>;

    /// Every vault entry, sorted by name.
    fn vault_entries(&self) -> Result<Vec<VaultEntry>>;

    /// The versions of entry `name`, oldest first.
    fn vault_versions(&self, name: &str) -> Result<Vec<VaultVersion>>;

    /// A new entry with its first version (`e.version` must be `v.version`).
    fn insert_vault_entry(&self, e: &VaultEntry, v: &VaultVersion) -> Result<()>;

    /// Adds version `v` to entry `name` and makes it the newest.
    fn add_vault_version(&self, name: &str, v: &VaultVersion) -> Result<()>;

    /// Deletes the entry and its versions; refused by the database while workflows use it.
    fn delete_vault_entry(&self, name: &str) -> Result<bool>;

    /// The secrets workflows use: those of one workflow, or of one secret, or all; sorted by
    /// workflow, then secret.
    fn secret_uses(&self, workflow: Option<&str>, secret: Option<&str>) -> Result<Vec<SecretUse>>;

    /// Makes `u.workflow` use `u.secret` under `u.env` (replacing its earlier env name).
    fn use_secret(&self, u: &SecretUse) -> Result<()>;

    fn drop_secret(&self, workflow: &str, secret: &str) -> Result<bool>;

    /// Points every use of secret `from` at `to`, each keeping its env name.
    fn move_secret_uses(&self, from: &str, to: &str) -> Result<usize>;

    fn set_setting(&self, key: &str, value: &str) -> Result<()>;

    /// Locks, in id order, the authorizations a writer is about to change or move workflows
    /// between: those `names` name (ids or emails) and those the workflows `workflows` use now.
    /// A writer of several authorizations calls it first, so that two writers of the same ones
    /// queue instead of deadlocking. Nothing for a store with one writer at a time (SQLite).
    fn lock_authorizations(&self, names: &[&str], workflows: &[&str]) -> Result<()> {
        let _ = (names, workflows);
        Ok(())
    }

    /// Resolves what a person typed: an id, or an email that exactly one unrevoked
    /// authorization has.
    fn resolve_authz(&self, text: &str) -> Result<Authorization> {
        if let Some(a) = self.authz(text)? {
            return Ok(a);
        }
        let mut found = self.authz_by_email(text)?;
        if found.is_empty() && text.starts_with("az_") && text.len() > 3 {
            return self.authz_by_prefix(text);
        }
        match found.len() {
            0 => Err(
                Error::not_found(format!("no authorization '{}'", escape(text)))
                    .hint("see the ids and emails with: authz list"),
            ),
            1 => Ok(found.remove(0)),
            _ => {
                let ids: Vec<String> = found.iter().map(|a| a.id.clone()).collect();
                // Labels (and creation dates) tell them apart.
                let shown: Vec<String> = found
                    .iter()
                    .map(|a| match &a.label {
                        Some(l) => format!(
                            "{} ({}, created {})",
                            a.id,
                            escape(l),
                            crate::domain::format_ts(a.created)
                        ),
                        None => {
                            format!("{} (created {})", a.id, crate::domain::format_ts(a.created))
                        }
                    })
                    .collect();
                Err(Error::usage(format!(
                    "'{}' matches {} authorizations: {}",
                    escape(text),
                    ids.len(),
                    shown.join(", ")
                ))
                .hint("name one by its id")
                .details(serde_json::json!({ "candidates": ids })))
            }
        }
    }

    /// The one authorization whose id starts with `prefix` (as git and docker take a unique
    /// prefix): an unrevoked one first, a revoked one only when no unrevoked one matches.
    fn authz_by_prefix(&self, prefix: &str) -> Result<Authorization> {
        let all: Vec<Authorization> = self
            .authorizations(true)?
            .into_iter()
            .filter(|a| a.id.starts_with(prefix))
            .collect();
        let live: Vec<&Authorization> =
            all.iter().filter(|a| a.status != Status::Revoked).collect();
        let matches: Vec<&Authorization> = if live.is_empty() {
            all.iter().collect()
        } else {
            live
        };
        match matches.as_slice() {
            [] => Err(
                Error::not_found(format!("no authorization '{}'", escape(prefix)))
                    .hint("see the ids and emails with: authz list"),
            ),
            [one] => Ok((*one).clone()),
            many => {
                let ids: Vec<String> = many.iter().map(|a| a.id.clone()).collect();
                let shown: Vec<String> = many
                    .iter()
                    .map(|a| format!("{} ({})", a.id, escape(&a.email)))
                    .collect();
                Err(Error::usage(format!(
                    "'{}' is the start of {} authorization ids: {}",
                    escape(prefix),
                    ids.len(),
                    shown.join(", ")
                ))
                .hint("type more of the id")
                .details(serde_json::json!({ "candidates": ids })))
            }
        }
    }

    fn require_authorizer(&self, name: &str) -> Result<Authorizer> {
        self.authorizer(name)?.ok_or_else(|| {
            Error::not_found(format!("no authorizer '{}'", escape(name)))
                .hint("see the authorizers with: authz authorizer list")
        })
    }

    fn require_vault_entry(&self, name: &str) -> Result<VaultEntry> {
        self.vault_entry(name)?.ok_or_else(|| {
            Error::not_found(format!("no vault entry '{}'", escape(name)))
                .hint("see the entries with: authz vault list")
        })
    }

    fn require_workflow(&self, name: &str) -> Result<Workflow> {
        self.workflow(name)?.ok_or_else(|| {
            Error::not_found(format!("no workflow '{}'", escape(name)))
                .hint("see the workflows with: authz workflow list")
        })
    }
}

impl dyn Tx + '_ {
    /// `visit_authz` with a closure.
    pub fn each_authz(
        &self,
        include_revoked: bool,
        mut f: impl FnMut(Authorization, Vec<String>) -> Result<()>,
    ) -> Result<()> {
        self.visit_authz(include_revoked, &mut f)
    }
}

/// `TokensAt` as the four nullable columns both backends store it in (backend, host, user,
/// address), and back; columns that name no place read as `None` (not known).
pub(crate) type TokensAtColumns = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// The stored form of an authorization's login resources (space-separated) as a list.
pub(crate) fn split_resources(text: Option<&str>) -> Vec<String> {
    text.unwrap_or_default()
        .split(' ')
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
        .collect()
}

pub(crate) fn tokens_at_columns(at: Option<&TokensAt>) -> TokensAtColumns {
    match at {
        None => (None, None, None, None),
        Some(TokensAt::Keyring { host, user }) => (
            Some("keyring".into()),
            Some(host.clone()),
            Some(user.clone()),
            None,
        ),
        Some(TokensAt::OpenBao { backend, address }) => {
            (Some(backend.clone()), None, None, Some(address.clone()))
        }
    }
}

pub(crate) fn tokens_at_of(columns: TokensAtColumns) -> Option<TokensAt> {
    match columns {
        (Some(b), Some(host), Some(user), None) if b == "keyring" => {
            Some(TokensAt::Keyring { host, user })
        }
        (Some(backend), None, None, Some(address)) if backend.starts_with("openbao:") => {
            Some(TokensAt::OpenBao { backend, address })
        }
        _ => None,
    }
}

/// A workflow's name and the scopes it requires.
pub type Requirement = (String, std::rc::Rc<Scopes>);

/// What `Tx::move_all` moved: the names, sorted, and as JSON array text.
pub struct Moved {
    pub names: Vec<String>,
    pub json: String,
}

/// Required scopes parsed once per distinct text: the 50,000 workflows of a move usually
/// share a handful of scope sets.
#[derive(Default)]
pub struct ScopeSets(std::collections::HashMap<String, std::rc::Rc<Scopes>>);

impl ScopeSets {
    pub fn of(&mut self, text: &str) -> std::rc::Rc<Scopes> {
        if let Some(s) = self.0.get(text) {
            return s.clone();
        }
        let s = std::rc::Rc::new(Scopes::parse(text));
        self.0.insert(text.to_owned(), s.clone());
        s
    }
}

/// One change for the event log.
pub struct NewEvent<'a> {
    pub at: Timestamp,
    pub actor: &'a str,
    pub action: &'a str,
    pub authz: Option<&'a str>,
    pub workflow: Option<&'a str>,
    /// The details, as JSON text (a 50,000-workflow move names them all: written straight from
    /// the names, not through a `serde_json::Value` copy of them).
    pub details: String,
}

#[derive(Debug, Serialize)]
pub struct EventRow {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub authorization: Option<String>,
    pub workflow: Option<String>,
    pub details: serde_json::Value,
    /// The database role that wrote the event (PostgreSQL); `actor` is the OS user.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub db_user: Option<String>,
}

#[derive(Default)]
pub struct EventFilter {
    pub authz: Option<String>,
    /// Only events of this action (`workflow-run`).
    pub action: Option<String>,
    pub workflow: Option<String>,
    pub since: Option<Timestamp>,
}
