//! The test PostgreSQL cluster (started once per run by tests/support/pg-cluster.sh): a fresh
//! schema per test, the superuser's password in the test's own ~/.pgpass, raw SQL for fixtures.

use std::path::Path;

/// The cluster's superuser URL and password, from tests/support/pg-cluster.sh.
pub fn cluster() -> (String, String) {
    let url = std::env::var("AUTHZ_TEST_PG_URL").unwrap_or_else(|_| {
        panic!("AUTHZ_TEST_PG_URL is not set: run the suite through tests/run.sh (it starts PostgreSQL)")
    });
    let password = std::env::var("AUTHZ_TEST_PG_PASSWORD").expect("AUTHZ_TEST_PG_PASSWORD");
    (url, password)
}

/// host:port of the cluster (TCP, 127.0.0.1).
pub fn host_port() -> (String, u16) {
    let (url, _) = cluster();
    let u = url::Url::parse(&url).unwrap();
    (u.host_str().unwrap().to_string(), u.port().unwrap())
}

/// A connection as the superuser to `dbname` (TLS is tested through authz, not here).
pub fn superuser(dbname: &str) -> postgres::Client {
    let (host, port) = host_port();
    let (_, password) = cluster();
    postgres::Config::new()
        .host(&host)
        .port(port)
        .user("postgres")
        .password(&password)
        .dbname(dbname)
        .connect(postgres::NoTls)
        .unwrap()
}

/// Appends a line to the private ~/.pgpass under `home` (created 0600).
pub fn add_pgpass(home: &Path, user: &str, password: &str) {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let (host, port) = host_port();
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(home.join(".pgpass"))
        .unwrap();
    // "localhost" is how libpq (and authz) match a Unix-socket connection.
    for h in [host.as_str(), "localhost"] {
        writeln!(f, "{h}:{port}:*:{user}:{password}").unwrap();
    }
}

/// A schema of its own for one test, in the cluster's `postgres` database.
pub struct Schema {
    pub name: String,
}

impl Schema {
    /// A name no other test uses; the superuser's password goes into `home`/.pgpass.
    pub fn fresh(home: &Path) -> Schema {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let name = format!("t{}_{}", std::process::id(), nanos % 1_000_000_000_000);
        let (_, password) = cluster();
        add_pgpass(home, "postgres", &password);
        Schema { name }
    }

    /// The store URL authz gets (no password: it reads ~/.pgpass): the cluster's Unix socket,
    /// so thousands of short runs pay no TLS handshake (tests/postgres.rs covers TCP and TLS).
    pub fn url(&self) -> String {
        self.url_as("postgres")
    }

    pub fn url_as(&self, user: &str) -> String {
        let (_, port) = host_port();
        let socket = std::env::var("AUTHZ_TEST_PG_SOCKET").expect("AUTHZ_TEST_PG_SOCKET");
        format!(
            "postgres://{user}@/postgres?host={socket}&port={port}&schema={}",
            self.name
        )
    }

    /// The same store over TCP (127.0.0.1), with extra URL parameters (`&sslmode=...`).
    pub fn tcp_url_as(&self, user: &str, extra: &str) -> String {
        let (host, port) = host_port();
        format!(
            "postgres://{user}@{host}:{port}/postgres?schema={}{extra}",
            self.name
        )
    }

    /// The superuser, with search_path on this schema.
    pub fn client(&self) -> postgres::Client {
        let mut c = superuser("postgres");
        c.batch_execute(&format!("SET search_path = {}", self.name))
            .unwrap();
        c
    }

    /// Waits (up to 20 s) until an authz session on this schema waits for a lock, and
    /// terminates it when `terminate`; false when none ever waited. (Only this schema's: the
    /// other tests' sessions share the cluster.)
    pub fn authz_waiting_on_a_lock(&self, terminate: bool) -> bool {
        let mut su = superuser("postgres");
        (0..400).any(|_| {
            std::thread::sleep(std::time::Duration::from_millis(50));
            su.query_one(
                "SELECT count(CASE WHEN $2 THEN pg_terminate_backend(a.pid) ELSE true END) \
                 FROM pg_stat_activity a \
                 WHERE a.application_name = 'authz' AND a.wait_event_type = 'Lock' \
                 AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation \
                     JOIN pg_namespace n ON n.oid = c.relnamespace \
                     WHERE l.pid = a.pid AND n.nspname = $1)",
                &[&self.name, &terminate],
            )
            .unwrap()
            .get::<_, i64>(0)
                > 0
        })
    }

    /// Waits (up to 20 s) until at least `n` authz sessions on this schema wait for a lock;
    /// false when they never do.
    pub fn authz_sessions_waiting(&self, n: i64) -> bool {
        let mut su = superuser("postgres");
        (0..400).any(|_| {
            std::thread::sleep(std::time::Duration::from_millis(50));
            su.query_one(
                "SELECT count(*) FROM pg_stat_activity a \
                 WHERE a.application_name = 'authz' AND a.wait_event_type = 'Lock' \
                 AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation \
                     JOIN pg_namespace n ON n.oid = c.relnamespace \
                     WHERE l.pid = a.pid AND n.nspname = $1)",
                &[&self.name],
            )
            .unwrap()
            .get::<_, i64>(0)
                >= n
        })
    }

    /// Every row of every table, as text, ordered.
    pub fn snapshot(&self) -> String {
        let mut c = self.client();
        let mut out = String::new();
        for table in super::SNAPSHOT_TABLES {
            let rows = c
                .query(&format!("SELECT t::text FROM {table} t ORDER BY 1"), &[])
                .unwrap();
            for r in rows {
                out.push_str(table);
                out.push(':');
                out.push_str(r.get::<_, &str>(0));
                out.push('\n');
            }
        }
        out
    }
}
