//! Test harness: runs the real `authz` binary in a sealed environment (a fresh temp dir as
//! HOME and XDG dirs, `env_clear`), so the developer's machine cannot leak into a test.
#![allow(dead_code)]

pub mod bao;
pub mod callback;
pub mod jwks_server;
pub mod jwt;
pub mod keyring;
pub mod pg;
pub mod provider;
pub mod session;
pub mod world;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const BIN: &str = env!("CARGO_BIN_EXE_authz");

/// One sealed world: its own home, store and environment.
pub struct Env {
    pub dir: tempfile::TempDir,
    vars: Vec<(String, String)>,
    /// Set when the store is a schema of its own on the test PostgreSQL cluster.
    pub pg: Option<pg::Schema>,
}

/// The store backends the integration suite runs against (see `store_backends!`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreBackend {
    Sqlite,
    Postgres,
}

/// Runs each listed `fn name(b: StoreBackend)` once per store backend: `sqlite::name` and
/// `postgres::name`, so no rule can drift between them.
#[macro_export]
macro_rules! store_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[test] fn $name() { super::$name(super::support::StoreBackend::Sqlite) } )*
        }
        mod postgres {
            $( #[test] fn $name() { super::$name(super::support::StoreBackend::Postgres) } )*
        }
    };
}

impl Default for Env {
    fn default() -> Self {
        Self::new()
    }
}

/// The tables `Env::snapshot` compares, on either store.
pub const SNAPSHOT_TABLES: [&str; 5] = [
    "authorizations",
    "workflows",
    "authorizers",
    "events",
    "settings",
];

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::Builder::new()
            .prefix("authz-test.")
            .tempdir()
            .unwrap();
        for sub in ["home", "data", "config", "cache", "run"] {
            std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        }
        Env {
            dir,
            vars: Vec::new(),
            pg: None,
        }
    }

    /// A sealed world whose store is on `backend`: for PostgreSQL, a fresh schema on the test
    /// cluster (tests/support/pg-cluster.sh), chosen with AUTHZ_STORE and reached with the
    /// password in a private ~/.pgpass.
    pub fn on(backend: StoreBackend) -> Env {
        let mut env = Env::new();
        if backend == StoreBackend::Postgres {
            let schema = pg::Schema::fresh(&env.path().join("home"));
            env.set("AUTHZ_STORE", schema.url());
            env.pg = Some(schema);
        }
        env
    }

    pub fn store_backend(&self) -> StoreBackend {
        if self.pg.is_some() {
            StoreBackend::Postgres
        } else {
            StoreBackend::Sqlite
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Where the store lands by default (XDG rules inside the sealed home).
    pub fn db(&self) -> PathBuf {
        if let Some((_, v)) = self.vars.iter().find(|(k, _)| k == "AUTHZ_DB") {
            return PathBuf::from(v);
        }
        self.path().join("data/authz/authz.db")
    }

    /// Adds or replaces an environment variable for every later run.
    pub fn set(&mut self, key: &str, value: impl Into<String>) -> &mut Self {
        self.vars.retain(|(k, _)| k != key);
        self.vars.push((key.to_string(), value.into()));
        self
    }

    /// Removes a variable set with `set` (the cleared environment has none of its own).
    pub fn unset(&mut self, key: &str) -> &mut Self {
        self.vars.retain(|(k, _)| k != key);
        self
    }

    /// The binary with a cleared environment: PATH, a private HOME/XDG, a fixed USER, and
    /// RUST_BACKTRACE=1 (as on the developers' machines) so a backtrace would show in stderr.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args).env_clear();
        c.env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", self.path().join("home"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_CACHE_HOME", self.path().join("cache"))
            .env("XDG_RUNTIME_DIR", self.path().join("run"))
            .env("USER", "tester")
            .env("RUST_BACKTRACE", "1")
            .env("NO_COLOR", "1");
        for (k, v) in &self.vars {
            c.env(k, v);
        }
        c.stdin(Stdio::null());
        c
    }

    /// Another program (git, kubectl, sh) in the same sealed environment as the binary.
    pub fn tool(&self, program: &str, args: &[&str]) -> Command {
        let inner = self.command(&[]);
        let mut c = Command::new(program);
        c.env_clear().args(args);
        for (k, v) in inner.get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        c.stdin(Stdio::null());
        c
    }

    /// The binary on a pseudo-terminal (`script -qec`): its stdin, stdout and stderr are one
    /// terminal, read back merged on `script`'s stdout. Same sealed environment.
    pub fn terminal_command(&self, args: &[&str]) -> Command {
        let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
        let mut line = quote(BIN);
        for a in args {
            line.push(' ');
            line.push_str(&quote(a));
        }
        let mut script = self.tool("script", &[]);
        script
            .stdin(Stdio::inherit())
            .env("SHELL", "/bin/sh")
            .env("TERM", "xterm")
            .args(["-qec", &line, "/dev/null"]);
        script
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command(args).output().unwrap(), args)
    }

    pub fn run_stdin(&self, args: &[&str], input: &str) -> Run {
        Run::from(output_with_stdin(self.command(args), input), args)
    }

    /// A connection to the store with foreign keys on, for fixtures and raw-SQL checks.
    pub fn sql(&self) -> rusqlite::Connection {
        let c = rusqlite::Connection::open(self.db()).unwrap();
        c.execute_batch("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;")
            .unwrap();
        c
    }

    /// Creates the store through the binary (so schema and permissions are the real ones).
    pub fn init(&self) {
        self.run(&["list"]).success();
    }

    /// Inserts an active authorization directly: logins need a provider, store tests do not.
    pub fn seed_authz(&self, id: &str, email: &str, scopes: &str) {
        self.init();
        let q = |s: &str| s.replace('\'', "''");
        self.exec(&format!(
            "INSERT INTO authorizations (id, issuer, subject, email, scopes, created, \
             created_by, status) VALUES ('{}', 'https://idp.example', '{}', '{}', '{}', \
             '2026-11-01T10:00:00Z', 'tester', 'active')",
            q(id),
            q(&email.replace('@', ".")),
            q(email),
            q(scopes)
        ));
    }

    /// One number from raw SQL on the store, whichever backend it is on.
    pub fn count(&self, sql: &str) -> i64 {
        match &self.pg {
            Some(pg) => pg.client().query_one(sql, &[]).unwrap().get(0),
            None => self.sql().query_row(sql, [], |r| r.get(0)).unwrap(),
        }
    }

    /// One text value (or NULL) from raw SQL on the store, whichever backend it is on.
    pub fn text(&self, sql: &str) -> Option<String> {
        match &self.pg {
            Some(pg) => pg.client().query_one(sql, &[]).unwrap().get(0),
            None => self.sql().query_row(sql, [], |r| r.get(0)).unwrap(),
        }
    }

    /// `snapshot` without the provider-metadata cache (public, refetched at will).
    pub fn state(&self) -> String {
        self.snapshot()
            .lines()
            .filter(|l| {
                !l.starts_with("settings:\"metadata ") && !l.starts_with("settings:(\"metadata ")
            })
            .map(|l| format!("{l}\n"))
            .collect()
    }

    /// Every row of every table, as text: "nothing changed" means this is equal before and after.
    pub fn snapshot(&self) -> String {
        if let Some(pg) = &self.pg {
            return pg.snapshot();
        }
        let c = self.sql();
        let mut out = String::new();
        for table in SNAPSHOT_TABLES {
            let mut stmt = c
                .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
                .unwrap();
            let n = stmt.column_count();
            let rows = stmt
                .query_map([], |r| {
                    Ok((0..n)
                        .map(|i| match r.get_ref(i).unwrap() {
                            rusqlite::types::ValueRef::Text(t) => {
                                format!("{:?}", String::from_utf8_lossy(t))
                            }
                            other => format!("{other:?}"),
                        })
                        .collect::<Vec<_>>()
                        .join("|"))
                })
                .unwrap();
            for row in rows {
                out.push_str(table);
                out.push(':');
                out.push_str(&row.unwrap());
                out.push('\n');
            }
        }
        out
    }
}

/// The result of one run, with assertions that print everything on failure.
pub struct Run {
    pub args: String,
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn from(o: Output, args: &[&str]) -> Run {
        Run {
            args: args.join(" "),
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }

    #[track_caller]
    pub fn code(self, expected: i32) -> Run {
        assert_eq!(
            self.code, expected,
            "`authz {}` exited {} (expected {expected})\nstdout:\n{}\nstderr:\n{}",
            self.args, self.code, self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn success(self) -> Run {
        self.code(0)
    }

    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Run {
        assert!(
            self.stderr.contains(needle),
            "`authz {}`: stderr lacks {needle:?}:\n{}",
            self.args,
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Run {
        assert!(
            self.stdout.contains(needle),
            "`authz {}`: stdout lacks {needle:?}:\n{}",
            self.args,
            self.stdout
        );
        self
    }

    /// An error is one line (`error: ...`), at most followed by one `hint: ...` line.
    #[track_caller]
    pub fn one_line_error(self) -> Run {
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert!(
            !lines.is_empty() && lines[0].starts_with("error: "),
            "`authz {}`: stderr is not an error line:\n{}",
            self.args,
            self.stderr
        );
        assert!(
            lines.len() == 1 || (lines.len() == 2 && lines[1].starts_with("hint: ")),
            "`authz {}`: error is not one line (+ hint):\n{}",
            self.args,
            self.stderr
        );
        assert!(!self.stderr.contains("stack backtrace"), "{}", self.stderr);
        self
    }

    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "`authz {}`: stdout is not JSON ({e}):\n{}",
                self.args, self.stdout
            )
        })
    }

    #[track_caller]
    pub fn stderr_json(&self) -> serde_json::Value {
        serde_json::from_str(self.stderr.trim()).unwrap_or_else(|e| {
            panic!(
                "`authz {}`: stderr is not JSON ({e}):\n{}",
                self.args, self.stderr
            )
        })
    }
}

/// Profiles and stores other than the default one.
impl Env {
    /// Where profile `name`'s store lands (XDG rules inside the sealed home).
    pub fn profile_db(&self, name: &str) -> PathBuf {
        if name == "default" {
            return self.path().join("data/authz/authz.db");
        }
        self.path().join(format!("data/authz/profiles/{name}.db"))
    }

    /// Like `seed_authz`, into the store at `db` (created through the binary first).
    pub fn seed_authz_at(&self, db: &Path, id: &str, email: &str, scopes: &str) {
        self.run(&["--db", db.to_str().unwrap(), "list"]).success();
        let c = rusqlite::Connection::open(db).unwrap();
        c.execute(
            "INSERT INTO authorizations (id, issuer, subject, email, scopes, created, \
             created_by, status) VALUES (?1, 'https://idp.example', ?2, ?3, ?4, \
             '2026-11-01T10:00:00Z', 'tester', 'active')",
            [id, &email.replace('@', "."), email, scopes],
        )
        .unwrap();
    }

    /// Runs SQL on the store, whichever backend (fixtures: statuses, flags, event times).
    pub fn exec(&self, sql: &str) {
        match &self.pg {
            Some(pg) => pg.client().batch_execute(sql).unwrap(),
            None => self.sql().execute_batch(sql).unwrap(),
        }
    }

    /// Like `exec`, returning the database's error message instead of panicking.
    pub fn try_exec(&self, sql: &str) -> Result<(), String> {
        match &self.pg {
            Some(pg) => pg.client().batch_execute(sql).map_err(|e| {
                e.as_db_error()
                    .map(|d| d.message().to_string())
                    .unwrap_or_else(|| e.to_string())
            }),
            None => self.sql().execute_batch(sql).map_err(|e| e.to_string()),
        }
    }
}

/// Runs `c` with `input` on its stdin, capturing stdout and stderr.
pub fn output_with_stdin(mut c: Command, input: &str) -> Output {
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// The first line a child prints on stdout (a port, an address), within `timeout`; the rest of
/// its stdout is drained so it never blocks on a full pipe.
pub fn first_line(child: &mut std::process::Child, timeout: std::time::Duration) -> Option<String> {
    let stdout = child.stdout.take()?;
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        use std::io::BufRead;
        let mut reader = std::io::BufReader::new(stdout);
        let mut line = String::new();
        let _ = reader.read_line(&mut line);
        let _ = tx.send(line);
        // Keep reading so the daemon never blocks on a full pipe.
        let mut sink = String::new();
        while reader.read_line(&mut sink).is_ok_and(|n| n > 0) {
            sink.clear();
        }
    });
    rx.recv_timeout(timeout)
        .ok()
        .filter(|l| !l.trim().is_empty())
}

/// A port on 127.0.0.1 where nothing listens, reserved for as long as the guard lives: a TCP
/// socket bound there but never listening (and without SO_REUSEADDR), so connections are
/// refused and no other process can take the port meanwhile.
pub fn closed_port() -> (std::os::fd::OwnedFd, u16) {
    use std::os::fd::FromRawFd;
    // SAFETY: plain socket calls on a descriptor this function owns; the address structs are
    // fully initialised and their sizes passed alongside.
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0);
        assert!(fd >= 0, "socket: {}", std::io::Error::last_os_error());
        let fd = std::os::fd::OwnedFd::from_raw_fd(fd);
        let mut addr: libc::sockaddr_in = std::mem::zeroed();
        addr.sin_family = libc::AF_INET as libc::sa_family_t;
        addr.sin_addr.s_addr = u32::from(std::net::Ipv4Addr::LOCALHOST).to_be();
        let len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        let raw = std::os::fd::AsRawFd::as_raw_fd(&fd);
        let bound = libc::bind(raw, (&raw const addr).cast(), len);
        assert_eq!(bound, 0, "bind: {}", std::io::Error::last_os_error());
        let mut len = len;
        let named = libc::getsockname(raw, (&raw mut addr).cast(), &mut len);
        assert_eq!(named, 0, "getsockname: {}", std::io::Error::last_os_error());
        (fd, u16::from_be(addr.sin_port))
    }
}

/// The TCP ports process `pid` listens on (Linux: its socket inodes in /proc/net/tcp{,6}), for
/// a server that was told to pick its own port and does not say which.
pub fn listening_ports(pid: u32) -> Vec<u16> {
    let inodes: Vec<String> = std::fs::read_dir(format!("/proc/{pid}/fd"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| std::fs::read_link(e.path()).ok())
        .filter_map(|l| {
            let l = l.to_str()?;
            Some(l.strip_prefix("socket:[")?.strip_suffix(']')?.to_owned())
        })
        .collect();
    let mut ports = Vec::new();
    for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
        let text = std::fs::read_to_string(table).unwrap_or_default();
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            if cols.len() > 9 && cols[3] == "0A" && inodes.iter().any(|i| i == cols[9]) {
                let hex = cols[1].rsplit_once(':').map_or("", |(_, p)| p);
                ports.extend(u16::from_str_radix(hex, 16).ok());
            }
        }
    }
    ports.sort_unstable();
    ports.dedup();
    ports
}
