//! The PostgreSQL backend: connecting (libpq conventions, TLS, timeouts), checking and migrating
//! authz's own schema, and transactions with the same promises as the SQLite backend.
//!
//! Writers lock the rows their decision is read from as they read them (`PgTx`: `FOR NO KEY
//! UPDATE`, which only authz's writing roles may take), so two commands that change the same
//! authorization or workflow queue, and a command never waits for unrelated work (a refresh's
//! write does not wait for a bulk move of other authorizations' workflows). Two writers that
//! lock the same rows in opposite orders deadlock; the server ends one of them, and it is run
//! again from the start, as is one that lost a race to create the same name (`run`). Readers
//! get one REPEATABLE READ snapshot. The triggers and foreign keys of the migrations hold the
//! rules even for writers that bypass authz (psql).

pub mod org;
mod queries;
pub mod settings;
mod tls;

pub use settings::Settings;

use super::{Lease, Store, Tx};
use crate::error::{Error, Result};
use postgres::error::SqlState;
use postgres::{Client, IsolationLevel, NoTls};
use queries::PgTx;
use settings::{Host, SslMode};
use std::time::Duration;

/// The schema this binary writes. Migrations take a schema from version N-1 to N.
/// SQLite's migrations are mirrored here: its 001+002 are this 001, its 3 to 7 are this 2 to 6.
/// This 7 (refresh leases, which only a store shared by hosts needs) has no SQLite counterpart;
/// 8 is the same migration on both; this 9 (the database's own rules against its other roles)
/// has no SQLite counterpart either, nor has 10 (the schema-wide writer lock dropped); SQLite's
/// 9 (its foreign key on workflows.authz_id held by triggers) has none here, where the foreign
/// key stays; 11 is SQLite's 10 (per-workflow tokens).
pub const SCHEMA_VERSION: i32 = 11;
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_initial.sql"),
    include_str!("migrations/002_authorizers.sql"),
    include_str!("migrations/003_vault.sql"),
    include_str!("migrations/004_email_claim.sql"),
    include_str!("migrations/005_store_id.sql"),
    include_str!("migrations/006_authorizer_vault_key.sql"),
    include_str!("migrations/007_refresh_leases.sql"),
    include_str!("migrations/008_token_home.sql"),
    include_str!("migrations/009_database_rules.sql"),
    include_str!("migrations/010_row_writers.sql"),
    include_str!("migrations/011_narrowed_tokens.sql"),
];

/// Every table authz creates. A schema holding anything else is not authz's, and is refused.
const TABLES: &[&str] = &[
    "schema_version",
    "authorizations",
    "workflows",
    "events",
    "settings",
    "authorizers",
    "vault_entries",
    "vault_versions",
    "workflow_secrets",
    "refresh_leases",
    "access_tokens",
    // Dropped by migration 10; a schema at version 9 still has it.
    "writer_lock",
];

/// No statement (lock waits included) runs longer; a transaction idle this long is ended by the
/// server, so a stuck client cannot hold the writer lock.
const STATEMENT_TIMEOUT: Duration = Duration::from_secs(60);
const IDLE_IN_TRANSACTION_TIMEOUT: Duration = Duration::from_secs(120);
/// A server that vanishes (no reset, no answer) is noticed within about this long.
const TCP_USER_TIMEOUT: Duration = Duration::from_secs(30);

/// How many times a writer that lost a race (a deadlock, a unique key taken meanwhile) is run.
const RACE_RETRIES: u32 = 5;

/// Why one run of a transaction failed.
enum Attempt {
    /// Lost a race to another writer: worth running again.
    Race(Error),
    Failed(Error),
}

impl Attempt {
    fn of(e: postgres::Error) -> Attempt {
        if is_race(&e) {
            Attempt::Race(Error::from(e))
        } else {
            Attempt::Failed(Error::from(e))
        }
    }
}

/// A deadlock, a serialization failure or a unique key another transaction took first: what
/// two writers of the same rows cause, gone when one of them runs again.
pub(crate) fn is_race(e: &postgres::Error) -> bool {
    e.code().is_some_and(|c| {
        *c == SqlState::T_R_DEADLOCK_DETECTED
            || *c == SqlState::T_R_SERIALIZATION_FAILURE
            || *c == SqlState::UNIQUE_VIOLATION
    })
}

/// The first key of the advisory lock that serializes migrations (ASCII "auth").
const MIGRATION_LOCK: i32 = 0x6175_7468;

pub struct Postgres {
    client: Client,
    settings: Settings,
}

impl Postgres {
    /// Connects and checks the schema; migrates it when it is older than this binary (which
    /// needs the right to create in the database or to own the schema: `authz org init`).
    pub fn open(settings: &Settings) -> Result<Postgres> {
        let mut client = connect(settings)?;
        let schema = &settings.schema;
        let version = inspect(&mut client, settings)?;
        if version < SCHEMA_VERSION {
            migrate(&mut client, settings).map_err(|e| {
                if e.kind == crate::error::Kind::NotPermitted {
                    Error::not_permitted(format!(
                        "the schema {schema} in {} is missing or older than this authz, and your role may not create it",
                        settings.display_url()
                    ))
                    .hint("the database owner runs `authz org init --store URL` once")
                } else {
                    e
                }
            })?;
        }
        Ok(Postgres {
            client,
            settings: settings.clone(),
        })
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Runs `f` in one transaction. A writer the server ended for a deadlock, or whose insert
    /// lost a race for the same unique key to a writer that committed first, is run again from
    /// the start (`f` only touches the store, so it can be), with what the other one wrote now
    /// visible to its checks: a name created meanwhile is then "already exists", as if the two
    /// had queued.
    fn run(
        &mut self,
        write: bool,
        commit: bool,
        f: &mut dyn FnMut(&dyn Tx) -> Result<()>,
    ) -> Result<()> {
        let mut attempt = 1;
        loop {
            match self.attempt(write, commit, f) {
                Err(Attempt::Race(_)) if attempt < RACE_RETRIES => attempt += 1,
                Err(Attempt::Race(e) | Attempt::Failed(e)) => return Err(e),
                Ok(()) => return Ok(()),
            }
        }
    }

    fn attempt(
        &mut self,
        write: bool,
        commit: bool,
        f: &mut dyn FnMut(&dyn Tx) -> Result<()>,
    ) -> std::result::Result<(), Attempt> {
        let builder = self.client.build_transaction();
        let tx = if write {
            builder.isolation_level(IsolationLevel::ReadCommitted)
        } else {
            builder
                .isolation_level(IsolationLevel::RepeatableRead)
                .read_only(true)
        }
        .start()
        .map_err(Attempt::of)?;
        let tx = PgTx::new(tx, write);
        // On error the transaction is dropped, which rolls it back.
        let done = f(&tx);
        let race = tx.raced();
        match done {
            Err(e) if write && race => return Err(Attempt::Race(e)),
            Err(e) => return Err(Attempt::Failed(e)),
            Ok(()) => {}
        }
        let tx = tx.into_inner();
        if commit {
            tx.commit().map_err(Attempt::of)
        } else {
            tx.rollback().map_err(Attempt::of)
        }
    }
}

impl Store for Postgres {
    fn read_dyn(&mut self, f: &mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()> {
        self.run(false, true, f)
    }

    fn write_dyn(&mut self, f: &mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()> {
        self.run(true, true, f)
    }

    fn rehearse_dyn(&mut self, f: &mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()> {
        self.run(true, false, f)
    }

    /// One statement, committed at once: the row is inserted, or taken over when it has
    /// expired, by the server's clock; otherwise the holder it has is returned. The database
    /// holds the rules (migration 009): a lease is its role's, ends within 5 minutes of its
    /// taking, and is not retaken by its role within a second of its end (as the `WHERE` here
    /// mirrors, so authz never runs into the trigger's refusal). A lease row
    /// rather than a row or advisory lock held by the session: a session lock lasts as long as
    /// the connection, and a host that hangs (or whose connection the server has not noticed is
    /// gone) would hold it for as long as TCP keepalives and timeouts take; an expiry in the row
    /// bounds what a dead holder costs the others by itself, and a waiter can be told who holds
    /// it and for how much longer.
    fn take_refresh_lease(&mut self, id: &str, holder: &str, ttl: Duration) -> Result<Lease> {
        let row = self.client.query_opt(
            "WITH taken AS ( \
                INSERT INTO refresh_leases AS l (authz_id, holder, expires) \
                VALUES ($1, $2, clock_timestamp() + make_interval(secs => $3)) \
                ON CONFLICT (authz_id) DO UPDATE SET holder = excluded.holder, expires = excluded.expires \
                WHERE l.expires < clock_timestamp() AND NOT (l.db_user = current_user \
                    AND l.expires > clock_timestamp() - interval '1 second') \
                RETURNING 1) \
             SELECT NULL::text, 0::float8 FROM taken \
             UNION ALL \
             SELECT l.holder, extract(epoch FROM CASE WHEN l.db_user = current_user \
                 THEN l.expires + interval '1 second' ELSE l.expires END - clock_timestamp())::float8 \
             FROM refresh_leases l WHERE l.authz_id = $1 AND NOT EXISTS (SELECT 1 FROM taken)",
            &[&id, &holder, &ttl.as_secs_f64()],
        )?;
        Ok(match row {
            Some(r) => match r.try_get::<_, Option<String>>(0)? {
                None => Lease::Taken,
                Some(holder) => Lease::HeldBy {
                    holder,
                    left: Duration::from_secs_f64(r.try_get::<_, f64>(1)?.max(0.0)),
                },
            },
            // Held when the statement looked, released before it could read who held it.
            None => Lease::HeldBy {
                holder: "another host".into(),
                left: Duration::ZERO,
            },
        })
    }

    fn release_refresh_lease(&mut self, id: &str, holder: &str) -> Result<()> {
        // Ended, not deleted: the row remembers when, for the retake rule above.
        self.client.execute(
            "UPDATE refresh_leases SET expires = clock_timestamp() \
             WHERE authz_id = $1 AND holder = $2 AND expires > clock_timestamp()",
            &[&id, &holder],
        )?;
        Ok(())
    }
}

/// A connection with bounded waits, search_path set to authz's schema (then `pg_temp`, so a
/// temporary table cannot shadow authz's).
pub(super) fn connect(s: &Settings) -> Result<Client> {
    let mut c = postgres::Config::new();
    match &s.host {
        Host::Tcp(h) => c.host(h),
        Host::Socket(dir) => c.host_path(dir),
    };
    c.port(s.port)
        .user(&s.user)
        .dbname(&s.dbname)
        .application_name("authz")
        .connect_timeout(s.connect_timeout)
        .keepalives(true)
        .keepalives_idle(Duration::from_secs(10))
        .keepalives_interval(Duration::from_secs(5))
        .keepalives_retries(3)
        .options(&format!(
            "-c search_path={},pg_temp -c statement_timeout={} -c idle_in_transaction_session_timeout={}",
            s.schema,
            STATEMENT_TIMEOUT.as_millis(),
            IDLE_IN_TRANSACTION_TIMEOUT.as_millis()
        ));
    #[cfg(target_os = "linux")]
    c.tcp_user_timeout(TCP_USER_TIMEOUT);
    if let Some(p) = &s.password {
        c.password(p.expose());
    }
    let url = s.display_url();
    let failed = |e: postgres::Error| {
        if e.as_db_error().is_some() {
            return Error::from(e);
        }
        Error::failure(format!(
            "cannot connect to the store {url}: {}",
            one_line(&e.to_string())
        ))
        .hint("check that the server runs, and the URL, the PG* variables and ~/.pgpass")
    };
    let tcp = matches!(s.host, Host::Tcp(_));
    if tcp && !s.sslmode.verifies(s.sslrootcert.is_some()) {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            stderr_line!(
                "warning: sslmode={} does not check who answers at {url}: the password and everything authz sends may reach an impostor (use sslmode=verify-full)",
                s.sslmode.name(),
                url = crate::error::escape(&url)
            )
        });
    }
    let tls = match s.sslmode {
        SslMode::Disable => None,
        _ if !tcp => None,
        mode => {
            c.ssl_mode(if mode == SslMode::Prefer {
                postgres::config::SslMode::Prefer
            } else {
                postgres::config::SslMode::Require
            });
            Some(tokio_postgres_rustls::MakeRustlsConnect::new(
                tls::client_config(s)?,
            ))
        }
    };
    // `connect_timeout` bounds only the TCP connect in the driver; a server that accepts and
    // never answers (a stopped postmaster, a black-holed proxy) would hold the TLS handshake or
    // the authentication for ever, and runners would pile up behind it. The whole start-up
    // runs on a thread of its own, given up on at the same bound (the thread and its socket
    // end with the process).
    let (done, outcome) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let client = match tls {
            None => c.connect(NoTls),
            Some(tls) => c.connect(tls),
        };
        let _ = done.send(client);
    });
    match outcome.recv_timeout(s.connect_timeout) {
        Ok(client) => client.map_err(failed),
        Err(_) => Err(Error::failure(format!(
            "the store {} did not answer within {} s (connect_timeout): it accepted the connection but never finished the start-up",
            crate::error::escape(&url),
            s.connect_timeout.as_secs()
        ))
        .hint("check that the PostgreSQL server (or a proxy in front of it) is running and not stopped; nothing was changed")),
    }
}

/// The schema's version (0 when it does not exist yet); refuses, touching nothing, a schema
/// from a newer authz or one that holds tables authz did not make.
fn inspect(client: &mut Client, s: &Settings) -> Result<i32> {
    let schema = &s.schema;
    let tables: Vec<String> = client
        .query(
            "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
             WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY 1",
            &[schema],
        )?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<std::result::Result<_, _>>()?;
    let version = if tables.iter().any(|t| t == "schema_version") {
        client
            .query_one("SELECT coalesce(max(version), 0) FROM schema_version", &[])?
            .try_get(0)?
    } else {
        0
    };
    let url = s.display_url();
    if version > SCHEMA_VERSION {
        return Err(Error::failure(format!(
            "the store {url} has schema version {version}, newer than this authz understands ({SCHEMA_VERSION})"
        ))
        .hint("upgrade authz; the store was left untouched"));
    }
    let foreign: Vec<&str> = tables
        .iter()
        .map(String::as_str)
        .filter(|t| !TABLES.contains(t))
        .collect();
    if !foreign.is_empty() || (version == 0 && !tables.is_empty()) {
        let names = if foreign.is_empty() {
            tables.join(", ")
        } else {
            foreign.join(", ")
        };
        return Err(Error::failure(format!(
            "the schema {schema} in {url} holds tables that are not authz's ({names})"
        ))
        .hint("give authz a schema of its own: add ?schema=NAME to the store URL; nothing was changed"));
    }
    Ok(version)
}

/// Creates the schema if needed and applies the missing migrations in one transaction, under
/// an advisory lock so that two first runs do not both migrate.
fn migrate(client: &mut Client, s: &Settings) -> Result<()> {
    let schema = &s.schema;
    let mut tx = client.transaction()?;
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, hashtext($2))",
        &[&MIGRATION_LOCK, schema],
    )?;
    let exists = tx
        .query_opt("SELECT 1 FROM pg_namespace WHERE nspname = $1", &[schema])?
        .is_some();
    if !exists {
        tx.batch_execute(&format!("CREATE SCHEMA {schema}"))?;
    }
    tx.batch_execute(&format!(
        "SET LOCAL search_path = {schema}, pg_temp; \
         CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)"
    ))?;
    let mut version: i32 = tx
        .query_one("SELECT coalesce(max(version), 0) FROM schema_version", &[])?
        .try_get(0)?;
    while version < SCHEMA_VERSION {
        tx.batch_execute(MIGRATIONS[version as usize])
            .map_err(|e| {
                let mut err = Error::from(e);
                err.message = format!("migrating the store to v{}: {}", version + 1, err.message);
                err
            })?;
        version += 1;
    }
    tx.execute("DELETE FROM schema_version", &[])?;
    tx.execute(
        "INSERT INTO schema_version (version) VALUES ($1)",
        &[&version],
    )?;
    tx.commit()?;
    Ok(())
}

impl From<postgres::Error> for Error {
    fn from(e: postgres::Error) -> Self {
        if let Some(db) = e.as_db_error() {
            let msg = db.message();
            let code = db.code();
            if *code == SqlState::INSUFFICIENT_PRIVILEGE {
                return Error::not_permitted(format!("not permitted: {msg}")).hint(
                    "your PostgreSQL role lacks this right (see the authz roles: docs/organization.md); nothing was changed",
                );
            }
            if *code == SqlState::QUERY_CANCELED || *code == SqlState::LOCK_NOT_AVAILABLE {
                return Error::failure(format!("the store did not answer in time: {msg}")).hint(
                    "nothing was written; retry, and check for a stuck session (pg_stat_activity)",
                );
            }
            if *code == SqlState::INVALID_PASSWORD
                || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            {
                return Error::failure(format!("PostgreSQL refused the login: {msg}"))
                    .hint("check the user in the URL, PGPASSWORD or ~/.pgpass, and pg_hba.conf");
            }
            if code.code().starts_with("08") || code.code().starts_with("57P") {
                return lost(&e);
            }
            return Error::failure(format!("store: {msg}"));
        }
        if e.is_closed() || std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>())
        {
            return lost(&e);
        }
        Error::failure(format!("store: {}", one_line(&e.to_string())))
    }
}

fn lost(e: &postgres::Error) -> Error {
    Error::failure(format!(
        "lost the connection to the PostgreSQL store: {}",
        one_line(&e.to_string())
    ))
    .hint("the server went away; this command's changes were not committed. Retry when it is back")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
