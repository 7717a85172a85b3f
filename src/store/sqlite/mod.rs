//! The SQLite backend: opening (permissions, pragmas, migrations) and transactions.
//!
//! Every connection has foreign keys on (checked), WAL and a busy timeout; every read-then-write
//! runs in `BEGIN IMMEDIATE`, so concurrent processes queue instead of failing with "locked".

mod queries;

use queries::SqliteTx;

use super::{Lease, Store, Tx};
use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The schema this binary writes. Migrations take a store from version N-1 to N.
pub const SCHEMA_VERSION: i64 = 10;
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_initial.sql"),
    include_str!("migrations/002_list_order.sql"),
    include_str!("migrations/003_authorizers.sql"),
    include_str!("migrations/004_vault.sql"),
    include_str!("migrations/005_email_claim.sql"),
    include_str!("migrations/006_store_id.sql"),
    include_str!("migrations/007_authorizer_vault_key.sql"),
    include_str!("migrations/008_token_home.sql"),
    include_str!("migrations/009_move_without_statement_journal.sql"),
    include_str!("migrations/010_narrowed_tokens.sql"),
];

/// Long enough that 4 processes hammering one store queue rather than fail.
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Sqlite {
    conn: Connection,
    path: PathBuf,
}

impl Sqlite {
    /// Opens (creating if absent, 0600 in a 0700 directory) and migrates the store at `path`.
    /// A file that is not an authz database, or one from a newer authz, is refused untouched.
    pub fn open(path: &Path) -> Result<Sqlite> {
        let shown = path.display();
        let existed = match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                return Err(Error::usage(format!("store {shown} is a directory"))
                    .hint("point --db at a file"));
            }
            Ok(_) => {
                check_header(path)?;
                true
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                create_private(path)?;
                false
            }
            Err(e) => return Err(Error::failure(format!("cannot read store {shown}: {e}"))),
        };
        // `--db 'file:x?mode=memory'` names a file, as it does for the 0600 file created above:
        // never a SQLite URI (the bundled SQLite parses URIs by default, so a relative
        // `file:...` path is made `./file:...`, which SQLite takes literally).
        let literal = if path.is_relative() {
            Path::new(".").join(path)
        } else {
            path.to_path_buf()
        };
        let conn = Connection::open_with_flags(
            &literal,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| Error::failure(format!("cannot open store {shown}: {e}")))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let mut store = Sqlite {
            conn,
            path: path.to_owned(),
        };
        // Read the version before anything that could write (journal_mode rewrites the header).
        let version = store.user_version().map_err(|e| not_a_store(path, e))?;
        if version > SCHEMA_VERSION {
            return Err(Error::failure(format!(
                "store {shown} has schema version {version}, newer than this authz understands ({SCHEMA_VERSION})"
            ))
            .hint("upgrade authz; the store was left untouched"));
        }
        if existed && version == 0 && !is_empty_db(&store.conn).map_err(|e| not_a_store(path, e))? {
            return Err(Error::failure(format!(
                "{shown} is an SQLite database but not an authz store"
            ))
            .hint("point --db at another path; the file was left untouched"));
        }
        store.configure()?;
        store.migrate(version)?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn user_version(&self) -> rusqlite::Result<i64> {
        self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))
    }

    fn configure(&mut self) -> Result<()> {
        let c = &self.conn;
        c.execute_batch("PRAGMA foreign_keys = ON;")?;
        let fk: i64 = c.query_row("PRAGMA foreign_keys", [], |r| r.get(0))?;
        if fk != 1 {
            return Err(Error::failure(
                "this SQLite build cannot enforce foreign keys; refusing to use the store",
            ));
        }
        let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            c.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))?;
        }
        // WAL + NORMAL survives a killed process; only an OS crash can lose the last commit.
        // The statement journal of a bulk UPDATE inside a transaction (`revoke --replace` of
        // 50,000 workflows; `reassign`'s move needs none since migration 9) stays in memory
        // instead of a temporary file: it only serves rolling back that one statement, and is
        // gone at its end either way.
        c.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;")?;
        Ok(())
    }

    fn migrate(&mut self, seen: i64) -> Result<()> {
        if seen == SCHEMA_VERSION {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have migrated between our read and our lock.
        let mut version: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        while version < SCHEMA_VERSION {
            tx.execute_batch(MIGRATIONS[version as usize])
                .map_err(|e| {
                    Error::failure(format!("migrating the store to v{}: {e}", version + 1))
                })?;
            version += 1;
            tx.execute_batch(&format!("PRAGMA user_version = {version}"))?;
        }
        tx.commit()?;
        Ok(())
    }

    fn run(
        &mut self,
        behavior: TransactionBehavior,
        commit: bool,
        f: &mut dyn FnMut(&dyn Tx) -> Result<()>,
    ) -> Result<()> {
        let tx = self.conn.transaction_with_behavior(behavior)?;
        f(&SqliteTx::new(&tx))?;
        if commit {
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(())
    }
}

impl Store for Sqlite {
    fn read_dyn(&mut self, f: &mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()> {
        self.run(TransactionBehavior::Deferred, true, f)
    }

    /// `BEGIN IMMEDIATE`: writers queue on the busy timeout instead of failing mid-way.
    fn write_dyn(&mut self, f: &mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()> {
        self.run(TransactionBehavior::Immediate, true, f)
    }

    fn rehearse_dyn(&mut self, f: &mut dyn FnMut(&dyn Tx) -> Result<()>) -> Result<()> {
        self.run(TransactionBehavior::Immediate, false, f)
    }

    /// One machine's file: the machine-local refresh lock already serializes every refresh.
    fn take_refresh_lease(&mut self, _id: &str, _holder: &str, _ttl: Duration) -> Result<Lease> {
        Ok(Lease::Taken)
    }

    fn release_refresh_lease(&mut self, _id: &str, _holder: &str) -> Result<()> {
        Ok(())
    }
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Refuses anything that is not empty and does not start with SQLite's magic, before SQLite
/// gets a chance to touch it.
fn check_header(path: &Path) -> Result<()> {
    let mut head = Vec::with_capacity(16);
    std::fs::File::open(path)
        .and_then(|f| f.take(16).read_to_end(&mut head))
        .map_err(|e| Error::failure(format!("cannot read store {}: {e}", path.display())))?;
    if head.is_empty() || head == SQLITE_MAGIC {
        return Ok(());
    }
    Err(Error::failure(format!(
        "{} is not an authz store (not an SQLite database)",
        path.display()
    ))
    .hint("point --db at another path; the file was left untouched"))
}

fn not_a_store(path: &Path, e: rusqlite::Error) -> Error {
    Error::failure(format!(
        "{} is not a readable authz store ({e})",
        path.display()
    ))
    .hint("the file may be corrupt; restore it from `authz export` or move it away. It was left untouched")
}

fn is_empty_db(c: &Connection) -> rusqlite::Result<bool> {
    let n: i64 = c.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
    Ok(n == 0)
}

/// Creates the store file 0600, and its directory 0700 when we create that too.
fn create_private(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent() {
        crate::private_fs::create_dir(dir)?;
    }
    match crate::private_fs::options().create_new(true).open(path) {
        Ok(_) => Ok(()),
        // Another process created it first: fine, it is theirs to initialise or ours to migrate.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::failure(format!(
            "cannot create store {}: {e}",
            path.display()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_store_is_private_and_migrated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/authz.db");
        let s = Sqlite::open(&path).unwrap();
        assert_eq!(s.user_version().unwrap(), SCHEMA_VERSION);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().unwrap()), 0o700);
        }
        let fk: i64 = s
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        drop(s);
        Sqlite::open(&path).unwrap();
    }

    #[test]
    fn a_version_6_store_with_guarded_workflows_keeps_them_through_the_authorizers_rebuild() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v6.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
            for m in &MIGRATIONS[..6] {
                c.execute_batch(m).unwrap();
            }
            c.execute_batch(
                "PRAGMA user_version = 6;
                 INSERT INTO authorizations (id, issuer, subject, email, created, created_by, status)
                 VALUES ('a1', 'https://idp', 's', 'e@x', '2026-01-01T00:00:00Z', 'me', 'active');
                 INSERT INTO authorizers (name, iss, audiences, jwks_url, algs, leeway, created, updated)
                 VALUES ('z', 'https://iss', '[\"aud\"]', 'https://keys', 'ES256', 60,
                         '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
                 INSERT INTO workflows (name, authz_id, created, updated, authorizer)
                 VALUES ('w', 'a1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'z');",
            )
            .unwrap();
        }
        let s = Sqlite::open(&path).unwrap();
        assert_eq!(s.user_version().unwrap(), SCHEMA_VERSION);
        let guarded: String = s
            .conn
            .query_row(
                "SELECT authorizer FROM workflows WHERE name = 'w'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(guarded, "z");
        // The workflows' foreign key still points at the rebuilt table.
        assert!(
            s.conn
                .execute("DELETE FROM authorizers WHERE name = 'z'", [])
                .is_err()
        );
        // And a vault-backed authorizer must name an existing vault entry.
        assert!(
            s.conn
                .execute(
                    "INSERT INTO authorizers (name, iss, audiences, vault_key, algs, leeway, created, updated)
                     VALUES ('v', 'https://iss', '[\"aud\"]', 'nope', 'ES256', 60, 't', 't')",
                    [],
                )
                .is_err()
        );
    }

    /// Migration 9 rebuilds `workflows`: its rows and their secrets stay, and its rules still
    /// hold, by triggers (one lookup of the authorization per row), a refused move ending the
    /// whole transaction, so that the move of 50,000 rows needs no statement journal.
    #[test]
    fn a_version_8_store_keeps_workflows_and_secrets_and_their_rules_through_the_rebuild() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v8.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch("PRAGMA foreign_keys = ON;").unwrap();
            for m in &MIGRATIONS[..8] {
                c.execute_batch(m).unwrap();
            }
            c.execute_batch(
                "PRAGMA user_version = 8;
                 INSERT INTO authorizations (id, issuer, subject, email, created, created_by, status)
                 VALUES ('a1', 'https://idp', 's', 'e@x', '2026-01-01T00:00:00Z', 'me', 'active'),
                        ('a2', 'https://idp', 't', 'f@x', '2026-01-01T00:00:00Z', 'me', 'active');
                 INSERT INTO authorizations (id, issuer, subject, email, created, created_by, status, revoked)
                 VALUES ('gone', 'https://idp', 'u', 'g@x', '2026-01-01T00:00:00Z', 'me', 'revoked',
                         '2026-01-02T00:00:00Z');
                 INSERT INTO vault_entries (name, id, kind, created, created_by, version)
                 VALUES ('k', 've_1', 'api-token', '2026-01-01T00:00:00Z', 'me', 1);
                 INSERT INTO workflows (name, authz_id, owner, scopes, created, updated)
                 VALUES ('w', 'a1', 'team', 'openid', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
                        ('v', 'a1', NULL, '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
                 INSERT INTO workflow_secrets (workflow, secret, env) VALUES ('w', 'k', 'TOKEN');",
            )
            .unwrap();
        }
        let s = Sqlite::open(&path).unwrap();
        assert_eq!(s.user_version().unwrap(), SCHEMA_VERSION);
        let c = &s.conn;
        let rows: Vec<(String, String, Option<String>, String)> = c
            .prepare("SELECT name, authz_id, owner, scopes FROM workflows ORDER BY name")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            rows,
            [
                ("v".into(), "a1".into(), None, "".into()),
                (
                    "w".into(),
                    "a1".into(),
                    Some("team".into()),
                    "openid".into()
                )
            ]
        );
        let secret: (String, String) = c
            .query_row(
                "SELECT secret, env FROM workflow_secrets WHERE workflow = 'w'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(secret, ("k".into(), "TOKEN".into()));
        let moved = |c: &Connection| -> i64 {
            c.query_row(
                "SELECT count(*) FROM workflows WHERE authz_id != 'a1'",
                [],
                |r| r.get(0),
            )
            .unwrap()
        };
        // A move onto a revoked authorization is refused, and takes the transaction with it.
        c.execute_batch("BEGIN IMMEDIATE; UPDATE workflows SET owner = 'x' WHERE name = 'v';")
            .unwrap();
        let err = c
            .execute(
                "UPDATE workflows SET authz_id = 'gone' WHERE name = 'w'",
                [],
            )
            .unwrap_err();
        assert!(err.to_string().contains("revoked authorization"), "{err}");
        assert!(c.is_autocommit());
        assert_eq!(moved(c), 0);
        let owner: Option<String> = c
            .query_row("SELECT owner FROM workflows WHERE name = 'v'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(owner, None);
        // A workflow pointing at no authorization: refused the same way...
        c.execute_batch("BEGIN IMMEDIATE").unwrap();
        let err = c
            .execute(
                "UPDATE workflows SET authz_id = 'nope' WHERE name = 'w'",
                [],
            )
            .unwrap_err();
        assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
        assert!(c.is_autocommit());
        let err = c
            .execute(
                "INSERT INTO workflows (name, authz_id, created, updated) VALUES ('x', 'nope', 't', 't')",
                [],
            )
            .unwrap_err();
        assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
        assert_eq!(moved(c), 0);
        // ...even on a connection without foreign keys.
        let raw = Connection::open(&path).unwrap();
        raw.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
        assert!(
            raw.execute(
                "UPDATE workflows SET authz_id = 'nope' WHERE name = 'w'",
                []
            )
            .is_err()
        );
        assert!(
            raw.execute("DELETE FROM authorizations WHERE id = 'a1'", [])
                .is_err()
        );
        assert!(
            raw.execute("UPDATE authorizations SET id = 'a9' WHERE id = 'a1'", [])
                .is_err()
        );
        let err = raw
            .execute(
                "INSERT OR REPLACE INTO authorizations (id, issuer, subject, email, created, created_by, status, revoked)
                 VALUES ('a1', 'https://idp', 's', 'e@x', '2026-01-01T00:00:00Z', 'me', 'revoked', 't')",
                [],
            )
            .unwrap_err();
        assert!(err.to_string().contains("cannot be revoked"), "{err}");
        raw.execute(
            "UPDATE authorizations SET id = 'gone2' WHERE id = 'gone'",
            [],
        )
        .unwrap();
        drop(raw);
        assert_eq!(moved(c), 0);
        // An authorization in use is still never deleted, nor revoked; a secret in use stays.
        assert!(
            c.execute("DELETE FROM authorizations WHERE id = 'a1'", [])
                .is_err()
        );
        assert!(
            c.execute(
                "UPDATE authorizations SET status = 'revoked', revoked = 't' WHERE id = 'a1'",
                [],
            )
            .is_err()
        );
        assert!(
            c.execute("DELETE FROM vault_entries WHERE name = 'k'", [])
                .is_err()
        );
        // A workflow still moves, and its secrets go with a deleted workflow.
        c.execute("UPDATE workflows SET authz_id = 'a2' WHERE name = 'w'", [])
            .unwrap();
        assert_eq!(moved(c), 1);
        c.execute("DELETE FROM workflows WHERE name = 'w'", [])
            .unwrap();
        let n: i64 = c
            .query_row("SELECT count(*) FROM workflow_secrets", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
    }

    #[test]
    fn a_version_1_store_is_migrated_forward() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(MIGRATIONS[0]).unwrap();
            c.execute_batch("PRAGMA user_version = 1;").unwrap();
        }
        let s = Sqlite::open(&path).unwrap();
        assert_eq!(s.user_version().unwrap(), SCHEMA_VERSION);
        let n: i64 = s
            .conn
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'authorizations_created'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1);
    }

    #[test]
    fn newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch("PRAGMA user_version = 99; CREATE TABLE x(y);")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Sqlite::open(&path).err().unwrap();
        assert!(err.message.contains("newer"), "{}", err.message);
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn garbage_file_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.db");
        std::fs::write(&path, b"hello, not sqlite").unwrap();
        let err = Sqlite::open(&path).err().unwrap();
        assert!(
            err.message.contains("not an authz store"),
            "{}",
            err.message
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"hello, not sqlite");
    }
}
