//! What only the PostgreSQL store has: the role model of `authz org init` enforced by the
//! database (each role connects as itself), its own schema, libpq's URL rules, TLS, a server
//! that goes away, and the migration path from a laptop's SQLite store and back.

mod support;

use support::{Env, StoreBackend, pg};

/// A store set up by its owner with `org init`, and one login role per group role; the
/// passwords are in the env's ~/.pgpass. Role names carry the schema's, as roles are shared by
/// the whole cluster.
struct Org {
    env: Env,
    schema: String,
}

impl Org {
    fn new() -> Org {
        let env = Env::on(StoreBackend::Postgres);
        let schema = env.pg.as_ref().unwrap().name.clone();
        env.run(&["org", "init"])
            .success()
            .stdout_has("authz_runner")
            .stdout_has("GRANT authz_operator TO");
        let mut su = pg::superuser("postgres");
        for group in ["operator", "runner", "auditor"] {
            let login = format!("{schema}_{group}");
            su.batch_execute(&format!(
                "CREATE ROLE {login} LOGIN PASSWORD 'pw-{login}'; GRANT authz_{group} TO {login};"
            ))
            .unwrap();
            pg::add_pgpass(&env.path().join("home"), &login, &format!("pw-{login}"));
        }
        env.seed_authz("az_a", "a@example.com", "openid workflows:read");
        env.seed_authz("az_b", "b@example.com", "openid workflows:read");
        env.run(&["workflow", "create", "deploy", "--authz", "az_a"])
            .success();
        Org { env, schema }
    }

    /// `authz ARGS` connecting as the login role of `group`.
    fn run_as(&self, group: &str, args: &[&str]) -> support::Run {
        let url = self
            .env
            .pg
            .as_ref()
            .unwrap()
            .url_as(&format!("{}_{group}", self.schema));
        let mut full = vec!["--store", url.as_str()];
        full.extend_from_slice(args);
        self.env.run(&full)
    }

    /// A connection as the login role of `group`, search_path on the store's schema.
    fn client_as(&self, group: &str) -> postgres::Client {
        let (host, port) = pg::host_port();
        let login = format!("{}_{group}", self.schema);
        let mut c = postgres::Config::new()
            .host(&host)
            .port(port)
            .user(&login)
            .password(format!("pw-{login}"))
            .dbname("postgres")
            .connect(postgres::NoTls)
            .unwrap();
        c.execute(&format!("SET search_path = {}", self.schema), &[])
            .unwrap();
        c
    }

    /// Raw SQL as the login role of `group`, as psql would send it.
    fn sql_as(&self, group: &str, sql: &str) -> Result<u64, String> {
        self.client_as(group).execute(sql, &[]).map_err(db_message)
    }

    /// Several statements as the login role of `group`, as one implicit transaction.
    fn sql_batch_as(&self, group: &str, sql: &str) -> Result<(), String> {
        self.client_as(group).batch_execute(sql).map_err(db_message)
    }
}

fn db_message(e: postgres::Error) -> String {
    e.as_db_error()
        .map(|d| d.message().to_string())
        .unwrap_or(e.to_string())
}

#[test]
fn a_runner_cannot_revoke_or_delete_workflows_and_gets_exit_8_with_nothing_changed() {
    let org = Org::new();
    let before = org.env.snapshot();
    for args in [
        &["revoke", "az_b", "--no-verify"][..],
        &["revoke", "az_a", "--replace", "az_b", "--no-verify"],
        &["workflow", "delete", "deploy"],
        &["workflow", "create", "other", "--authz", "az_a"],
        &["reassign", "--from", "az_a", "--to", "az_b"],
        &["edit", "az_a", "--label", "x"],
    ] {
        let r = org.run_as("runner", args).code(8).one_line_error();
        assert!(r.stderr.contains("not permitted"), "{}", r.stderr);
    }
    let e = org
        .run_as("runner", &["revoke", "az_b", "--no-verify", "--json"])
        .code(8)
        .stderr_json();
    assert_eq!(e["error"]["kind"], "not-permitted");
    assert_eq!(
        org.env.snapshot(),
        before,
        "a refused command changed the store"
    );
    // What the runner needs, it has.
    org.run_as("runner", &["list"]).success().stdout_has("az_a");
    org.run_as("runner", &["show", "az_a"]).success();
    org.run_as("runner", &["workflow", "list"])
        .success()
        .stdout_has("deploy");
}

#[test]
fn the_database_keeps_the_runner_to_token_state_of_live_authorizations() {
    let org = Org::new();
    assert_eq!(
        org.sql_as(
            "runner",
            "UPDATE authorizations SET token_expires = now() WHERE id = 'az_a'"
        ),
        Ok(1)
    );
    assert_eq!(
        org.sql_as(
            "runner",
            "UPDATE authorizations SET status = 'relogin-needed' WHERE id = 'az_b'"
        ),
        Ok(1)
    );
    let refused = [
        "UPDATE authorizations SET status = 'revoked', revoked = now() WHERE id = 'az_b'",
        "UPDATE authorizations SET email = 'evil@example.com' WHERE id = 'az_a'",
        // Where the tokens are is the operator's record, not the runner's.
        "UPDATE authorizations SET tokens_backend = 'keyring', tokens_host = 'h', tokens_user = 'u' WHERE id = 'az_a'",
        "UPDATE authorizations SET tokens_backend = NULL, tokens_host = NULL, tokens_user = NULL, tokens_address = NULL WHERE id = 'az_a'",
        "DELETE FROM workflows",
        "UPDATE workflows SET authz_id = 'az_b'",
        "INSERT INTO settings (key, value) VALUES ('issuer', 'https://evil.example')",
        // Not even the provider-metadata cache (where tokens are sent: issue 18.1).
        "INSERT INTO settings (key, value) VALUES ('metadata https://i', '{}')",
        "UPDATE settings SET value = '{}' WHERE key LIKE 'metadata %'",
        // An event's id is the database's (the order `audit` reads).
        "INSERT INTO events (id, at, actor, action) OVERRIDING SYSTEM VALUE VALUES (1, now(), 'x', 'refreshed')",
        // Leases are ended, never deleted (a deleted one could be retaken at once).
        "DELETE FROM refresh_leases",
        "INSERT INTO events (at, actor, action, db_user) VALUES (now(), 'x', 'forged', 'someone_else')",
        "INSERT INTO events (at, actor, action, authz_id) VALUES (now(), 'x', 'revoked', 'az_a')",
        "INSERT INTO events (at, actor, action) VALUES (now(), 'x', 'workflows-reassigned')",
        "SELECT count(*) FROM events",
    ];
    for sql in refused {
        let e = org.sql_as("runner", sql).unwrap_err();
        assert!(
            e.contains("permission denied") || e.contains("row-level security"),
            "{sql}: {e}"
        );
    }
    // The events of its own commands (authz token, authz run) are the ones it may write.
    for action in ["refreshed", "relogin-needed", "workflow-run"] {
        assert_eq!(
            org.sql_as(
                "runner",
                &format!("INSERT INTO events (at, actor, action) VALUES (now(), 'x', '{action}')")
            ),
            Ok(1),
            "{action}"
        );
    }
}

#[test]
fn an_operator_records_where_the_tokens_are() {
    let org = Org::new();
    assert_eq!(
        org.sql_as(
            "operator",
            "UPDATE authorizations SET tokens_backend = 'keyring', tokens_host = 'laptop-7', \
             tokens_user = 'ops' WHERE id = 'az_a'"
        ),
        Ok(1)
    );
    let shown = org
        .run_as("auditor", &["show", "az_a", "--json"])
        .success()
        .json();
    assert_eq!(
        shown["tokens_at"],
        serde_json::json!({"backend": "keyring", "host": "laptop-7", "user": "ops"})
    );
}

/// What authz itself sends (src/store/postgres/mod.rs): take, or take over an ended lease.
fn take_lease(authz: &str, holder: &str) -> String {
    format!(
        "INSERT INTO refresh_leases AS l (authz_id, holder, expires) \
         VALUES ('{authz}', '{holder}', clock_timestamp() + interval '30 seconds') \
         ON CONFLICT (authz_id) DO UPDATE SET holder = excluded.holder, expires = excluded.expires \
         WHERE l.expires < clock_timestamp()"
    )
}

fn end_lease(authz: &str, holder: &str) -> String {
    format!(
        "UPDATE refresh_leases SET expires = clock_timestamp() \
         WHERE authz_id = '{authz}' AND holder = '{holder}' AND expires > clock_timestamp()"
    )
}

#[test]
fn runners_and_operators_take_and_release_refresh_leases_an_auditor_cannot_and_none_lasts_long() {
    let org = Org::new();
    for group in ["runner", "operator"] {
        assert_eq!(
            org.sql_as(group, &take_lease("az_a", group)),
            Ok(1),
            "{group}"
        );
        // Held: nobody else takes it, nor does ending someone else's lease give it back.
        assert_eq!(
            org.sql_as(group, &take_lease("az_a", "another host")),
            Ok(0),
            "{group}"
        );
        assert_eq!(
            org.sql_as(group, &end_lease("az_a", "another host")),
            Ok(0),
            "{group}"
        );
        assert_eq!(
            org.sql_as(group, &end_lease("az_a", group)),
            Ok(1),
            "{group}"
        );
    }
    for sql in [
        take_lease("az_a", "auditor"),
        end_lease("az_a", "auditor"),
        "UPDATE refresh_leases SET expires = now()".into(),
    ] {
        let e = org.sql_as("auditor", &sql).unwrap_err();
        assert!(e.contains("permission denied"), "{sql}: {e}");
    }
    // No lease reaches further than a few minutes ahead, whoever writes it: a planted one
    // cannot block refreshes for good.
    for group in ["runner", "operator"] {
        let e = org
            .sql_as(
                group,
                "INSERT INTO refresh_leases (authz_id, holder, expires) \
                 VALUES ('az_b', 'x', now() + interval '1 day')",
            )
            .unwrap_err();
        assert!(e.contains("refresh_leases_bounded"), "{group}: {e}");
    }
    assert!(
        org.env
            .try_exec(
                "INSERT INTO refresh_leases (authz_id, holder, expires) \
                 VALUES ('az_b', 'x', 'infinity')"
            )
            .unwrap_err()
            .contains("refresh_leases_")
    );
}

/// Issue 18.4: a lease belongs to the role that took it and ends. A runner cannot renew its
/// lease for ever, end or take over another role's live lease, delete leases, or give one back
/// and retake it in one breath; the controls show the legitimate moves still work.
#[test]
fn a_lease_is_its_holders_and_ends_whatever_the_runner_sends() {
    let org = Org::new();
    let runner = format!("{}_runner", org.schema);
    // The operator's host holds az_a's lease.
    assert_eq!(org.sql_as("operator", &take_lease("az_a", "ops")), Ok(1));
    for sql in [
        // Taken over or ended while live: not even a candidate row (row policy).
        "UPDATE refresh_leases SET holder = 'runner', expires = clock_timestamp() + interval '1 minute' WHERE authz_id = 'az_a'".to_string(),
        end_lease("az_a", "ops"),
    ] {
        assert_eq!(org.sql_as("runner", &sql), Ok(0), "{sql}");
    }
    let e = org
        .sql_as("runner", "DELETE FROM refresh_leases")
        .unwrap_err();
    assert!(e.contains("permission denied"), "{e}");
    assert_eq!(
        org.env
            .count("SELECT count(*) FROM refresh_leases WHERE holder = 'ops' AND expires > now()"),
        1
    );

    // Its own lease, taken 4 minutes ago (planted by the superuser, triggers off): extending it
    // within its term is fine, past 5 minutes after its taking is refused, and the taking time
    // cannot be moved.
    org.env.exec(&format!(
        "SET session_replication_role = replica; \
         INSERT INTO refresh_leases (authz_id, holder, expires, db_user, taken) \
         VALUES ('az_b', 'runner', clock_timestamp() + interval '10 seconds', '{runner}', \
                 clock_timestamp() - interval '4 minutes')"
    ));
    assert_eq!(
        org.sql_as("runner", "UPDATE refresh_leases SET expires = clock_timestamp() + interval '30 seconds' WHERE authz_id = 'az_b'"),
        Ok(1)
    );
    let e = org
        .sql_as("runner", "UPDATE refresh_leases SET expires = clock_timestamp() + interval '2 minutes' WHERE authz_id = 'az_b'")
        .unwrap_err();
    assert!(e.contains("refresh_leases_one_term"), "{e}");
    let e = org
        .sql_as("runner", "UPDATE refresh_leases SET taken = clock_timestamp(), expires = clock_timestamp() + interval '2 minutes' WHERE authz_id = 'az_b'")
        .unwrap_err();
    assert!(e.contains("refresh_leases_one_term"), "{e}");
    // Given back and retaken in one breath: refused; another role takes it at once.
    let e = org
        .sql_batch_as(
            "runner",
            &format!(
                "{}; {}",
                end_lease("az_b", "runner"),
                take_lease("az_b", "runner again")
            ),
        )
        .unwrap_err();
    assert!(e.contains("given back less than a second ago"), "{e}");
    assert_eq!(org.sql_as("runner", &end_lease("az_b", "runner")), Ok(1));
    assert_eq!(org.sql_as("operator", &take_lease("az_b", "ops")), Ok(1));
    assert_eq!(org.sql_as("operator", &end_lease("az_b", "ops")), Ok(1));
    // A runner's own lease ended over a second ago is its to take again.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(org.sql_as("runner", &take_lease("az_b", "runner")), Ok(1));
    assert_eq!(
        org.env
            .text("SELECT db_user FROM refresh_leases WHERE authz_id = 'az_b'")
            .as_deref(),
        Some(runner.as_str())
    );
}

/// Issue 18.7: the database refuses what no command would write. A runner cannot make every
/// `list` fail with an infinite time, choose an event's id or place it anywhere in the history;
/// the control shows its own events are still recorded, by the database's clock.
#[test]
fn the_database_sets_an_events_id_time_and_user_and_times_are_finite() {
    let org = Org::new();
    for (group, sql) in [
        (
            "runner",
            "UPDATE authorizations SET token_expires = 'infinity' WHERE id = 'az_a'",
        ),
        (
            "runner",
            "UPDATE authorizations SET token_expires = '-infinity' WHERE id = 'az_a'",
        ),
        ("operator", "UPDATE workflows SET updated = 'infinity'"),
        (
            "operator",
            "UPDATE authorizations SET created = '-infinity' WHERE id = 'az_b'",
        ),
    ] {
        let e = org.sql_as(group, sql).unwrap_err();
        assert!(e.contains("finite_times"), "{sql}: {e}");
    }
    org.run_as("auditor", &["list"]).success();
    // An event dated 2000 is recorded now; its id follows the others.
    let last: i64 = org.env.count("SELECT max(id) FROM events");
    assert_eq!(
        org.sql_as(
            "runner",
            "INSERT INTO events (at, actor, action) VALUES ('2000-01-01T00:00:00Z', 'x', 'refreshed')"
        ),
        Ok(1)
    );
    assert_eq!(
        org.env.count(&format!(
            "SELECT count(*) FROM events WHERE id > {last} AND action = 'refreshed' \
             AND abs(extract(epoch FROM at - now())) < 600 AND db_user = '{}_runner'",
            org.schema
        )),
        1
    );
    let e = org
        .sql_as(
            "operator",
            "INSERT INTO events (id, at, actor, action) OVERRIDING SYSTEM VALUE VALUES (-5, now(), 'x', 'revoked')",
        )
        .unwrap_err();
    assert!(e.contains("permission denied"), "{e}");
    let audit = org.run_as("auditor", &["audit", "--json"]).success();
    assert!(!audit.stdout.contains("2000-01-01"), "{}", audit.stdout);
}

/// Issue 18.3: the writer lock is one only authz's writing roles can take. A login outside the
/// roles holding the old advisory lock (the schema's oid) no longer stalls anyone, and cannot
/// take the new one; the control shows an operator's open transaction on it does make a writer
/// wait (it is the lock writers take).
#[test]
fn a_login_outside_the_roles_cannot_stall_the_writers() {
    let org = Org::new();
    let stranger = format!("{}_stranger", org.schema);
    pg::superuser("postgres")
        .batch_execute(&format!(
            "CREATE ROLE {stranger} LOGIN PASSWORD 'pw-{stranger}'"
        ))
        .unwrap();
    let mut s = org.client_as("stranger");
    // The session-level advisory lock on the schema's oid: what writers used to wait for.
    s.batch_execute(&format!(
        "SELECT pg_advisory_lock(oid::bigint) FROM pg_namespace WHERE nspname = '{}'",
        org.schema
    ))
    .unwrap();
    // The rows writers lock now: a row lock needs the UPDATE right, which neither a stranger
    // nor an auditor has (the auditor reads every row).
    for (who, mut c) in [("stranger", s), ("auditor", org.client_as("auditor"))] {
        let e = c
            .batch_execute(&format!(
                "BEGIN; SELECT 1 FROM {}.authorizations WHERE id = 'az_b' FOR SHARE",
                org.schema
            ))
            .unwrap_err();
        let e = db_message(e);
        assert!(e.contains("permission denied"), "{who}: {e}");
        c.batch_execute("ROLLBACK").unwrap();
        if who == "auditor" {
            assert_eq!(
                c.query_one("SELECT count(*) FROM authorizations", &[])
                    .unwrap()
                    .get::<_, i64>(0),
                2,
                "the auditor still reads"
            );
        }
    }
    org.run_as(
        "operator",
        &["workflow", "create", "nightly", "--authz", "az_b"],
    )
    .success();

    // Control: an operator's transaction holding the row of az_b makes a writer of az_b wait.
    let mut op = org.client_as("operator");
    let mut tx = op.transaction().unwrap();
    tx.execute(
        "SELECT 1 FROM authorizations WHERE id = 'az_b' FOR UPDATE",
        &[],
    )
    .unwrap();
    let url = org
        .env
        .pg
        .as_ref()
        .unwrap()
        .url_as(&format!("{}_operator", org.schema));
    let mut child = org
        .env
        .command(&[
            "--store", &url, "workflow", "create", "weekly", "--authz", "az_b",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let waited = org.env.pg.as_ref().unwrap().authz_waiting_on_a_lock(false);
    assert!(
        waited,
        "the writer did not wait for the lock its role can take"
    );
    assert!(child.try_wait().unwrap().is_none());
    tx.rollback().unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(
        org.env
            .count("SELECT count(*) FROM workflows WHERE name IN ('nightly', 'weekly')"),
        2
    );
}

#[test]
fn an_auditor_reads_everything_and_changes_nothing() {
    let org = Org::new();
    let before = org.env.snapshot();
    org.run_as("auditor", &["list"]).success();
    org.run_as("auditor", &["log"])
        .success()
        .stdout_has("workflow-created");
    org.run_as("auditor", &["export"])
        .success()
        .stdout_has("az_a");
    org.run_as("auditor", &["audit"]).success();
    for args in [
        &["workflow", "create", "x", "--authz", "az_a"][..],
        &["revoke", "az_b", "--no-verify"],
        &["workflow", "delete", "deploy"],
    ] {
        org.run_as("auditor", args).code(8).one_line_error();
    }
    assert_eq!(org.env.snapshot(), before);
}

#[test]
fn an_operator_manages_and_the_log_names_the_database_user_and_the_os_user() {
    let org = Org::new();
    org.run_as(
        "operator",
        &["workflow", "create", "nightly", "--authz", "az_b"],
    )
    .success();
    org.run_as("operator", &["reassign", "--from", "az_b", "--to", "az_a"])
        .success();
    org.run_as("operator", &["workflow", "delete", "nightly"])
        .success();
    org.run_as("operator", &["revoke", "az_b", "--no-verify"])
        .success();
    let log = org.run_as("operator", &["log", "--json"]).success().json();
    let mine: Vec<&serde_json::Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["workflow"] == "nightly" || e["action"] == "revoked")
        .collect();
    assert!(!mine.is_empty());
    for e in mine {
        assert_eq!(e["db_user"], format!("{}_operator", org.schema), "{e}");
        assert_eq!(e["actor"], "tester", "{e}");
    }
}

#[test]
fn org_init_is_refused_on_sqlite_and_to_a_role_that_does_not_own_the_schema() {
    let env = Env::new();
    env.run(&["org", "init"]).code(2).one_line_error();
    let org = Org::new();
    org.run_as("operator", &["org", "init"])
        .code(8)
        .one_line_error();
    org.env.run(&["org", "init"]).success();
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let env = Env::on(StoreBackend::Postgres);
    env.init();
    env.exec("UPDATE schema_version SET version = 99; CREATE TABLE future (x int);");
    let before = env.snapshot();
    env.run(&["list"])
        .code(1)
        .one_line_error()
        .stderr_has("newer");
    env.run(&["workflow", "list"]).code(1);
    assert_eq!(env.snapshot(), before);
    assert_eq!(
        env.count("SELECT max(version)::bigint FROM schema_version"),
        99
    );
}

#[test]
fn a_schema_with_tables_that_are_not_authzs_is_refused_untouched() {
    let mut env = Env::on(StoreBackend::Postgres);
    let foreign = format!("{}_x", env.pg.as_ref().unwrap().name);
    pg::superuser("postgres")
        .batch_execute(&format!(
            "CREATE SCHEMA {foreign}; CREATE TABLE {foreign}.payroll (salary int); \
             INSERT INTO {foreign}.payroll VALUES (1)"
        ))
        .unwrap();
    let url = env.pg.as_ref().unwrap().url().replace(
        &format!("schema={}", env.pg.as_ref().unwrap().name),
        &format!("schema={foreign}"),
    );
    env.set("AUTHZ_STORE", url);
    env.run(&["list"])
        .code(1)
        .one_line_error()
        .stderr_has("not authz's (payroll)");
    let n: i64 = pg::superuser("postgres")
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE schemaname = $1",
            &[&foreign],
        )
        .unwrap()
        .get(0);
    assert_eq!(n, 1, "authz created tables in someone else's schema");
}

#[test]
fn two_schemas_are_two_stores() {
    let a = Env::on(StoreBackend::Postgres);
    let b = Env::on(StoreBackend::Postgres);
    a.seed_authz("az_only_a", "a@example.com", "openid");
    b.init();
    a.run(&["list"]).success().stdout_has("az_only_a");
    let r = b.run(&["list", "--json"]).success();
    assert_eq!(r.json(), serde_json::json!([]));
}

#[test]
fn a_password_in_the_url_is_refused_naming_pgpassword_and_pgpass() {
    let env = Env::new();
    let r = env
        .run(&["--store", "postgres://u:hunter2@127.0.0.1/db", "list"])
        .code(2)
        .one_line_error()
        .stderr_has("PGPASSWORD")
        .stderr_has("pgpass");
    assert!(!r.stderr.contains("hunter2"), "{}", r.stderr);
}

#[test]
fn a_server_that_is_not_there_is_one_clear_line() {
    let env = Env::new();
    let (_reserved, port) = support::closed_port();
    env.run(&[
        "--store",
        &format!("postgres://nobody@127.0.0.1:{port}/db?connect_timeout=3"),
        "list",
    ])
    .code(1)
    .one_line_error()
    .stderr_has("cannot connect to the store");
}

/// Issue 22.4a: a server that accepts the connection and never answers (a stopped postmaster,
/// a black-holed proxy) is given up on at connect_timeout, whatever the start-up was waiting
/// for (TLS or the authentication), in one line. (No clock here: a hang is the harness's
/// timeout, far beyond the 2 s asked for.)
#[test]
fn a_server_that_accepts_and_never_answers_is_given_up_at_the_connect_timeout() {
    let env = Env::new();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for c in listener.incoming() {
            held.push(c);
        }
    });
    for mode in ["disable", "verify-full"] {
        let r = env
            .run(&[
                "--store",
                &format!("postgres://nobody@127.0.0.1:{port}/db?connect_timeout=2&sslmode={mode}"),
                "list",
            ])
            .code(1);
        assert!(
            r.stderr
                .lines()
                .any(|l| l.starts_with("error: ") && l.contains("did not answer within 2 s")),
            "{mode}: {}",
            r.stderr
        );
    }
}

#[test]
fn a_server_that_goes_away_mid_command_leaves_nothing_half_written() {
    let env = Env::on(StoreBackend::Postgres);
    env.seed_authz("az_a", "a@example.com", "openid");
    let before = env.snapshot();
    // Terminate authz's session while it waits for the row of az_a, which this connection has
    // locked.
    let mut holder = env.pg.as_ref().unwrap().client();
    let mut tx = holder.transaction().unwrap();
    tx.execute(
        "SELECT 1 FROM authorizations WHERE id = 'az_a' FOR UPDATE",
        &[],
    )
    .unwrap();
    let child = env
        .command(&["workflow", "create", "w", "--authz", "az_a"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let killed = env.pg.as_ref().unwrap().authz_waiting_on_a_lock(true);
    assert!(killed, "authz never waited for the lock");
    let out = child.wait_with_output().unwrap();
    let r = support::Run::from(out, &["workflow", "create"]);
    let r = r.code(1).one_line_error();
    assert!(r.stderr.contains("connection"), "{}", r.stderr);
    tx.rollback().unwrap();
    assert_eq!(env.snapshot(), before);
}

#[test]
fn verify_full_checks_the_servers_name_against_the_root_certificate() {
    let env = Env::on(StoreBackend::Postgres);
    let ca = std::env::var("AUTHZ_TEST_PG_CA").unwrap();
    let schema = env.pg.as_ref().unwrap();
    let (_, port) = pg::host_port();
    let good = format!(
        "postgres://postgres@localhost:{port}/postgres?schema={}&sslmode=verify-full&sslrootcert={ca}",
        schema.name
    );
    env.run(&["--store", &good, "list"]).success();
    // The certificate names localhost, not 127.0.0.1: verify-full refuses, verify-ca accepts.
    let by_ip = schema.tcp_url_as(
        "postgres",
        &format!("&sslmode=verify-full&sslrootcert={ca}"),
    );
    env.run(&["--store", &by_ip, "list"])
        .code(1)
        .one_line_error()
        .stderr_has("cannot connect");
    let ca_only = schema.tcp_url_as("postgres", &format!("&sslmode=verify-ca&sslrootcert={ca}"));
    env.run(&["--store", &ca_only, "list"]).success();
    // Without a root certificate, verify-full checks the chain against the system's trust
    // store (libpq 16's sslrootcert=system), which does not know the test CA: refused.
    let none = format!(
        "postgres://postgres@localhost:{port}/postgres?schema={}&sslmode=verify-full",
        schema.name
    );
    env.run(&["--store", &none, "list"])
        .code(1)
        .one_line_error()
        .stderr_has("cannot connect");
    // PGSSLMODE and PGSSLROOTCERT work as in libpq.
    let mut env = env;
    env.set("PGSSLMODE", "verify-full")
        .set("PGSSLROOTCERT", &ca);
    let plain = format!(
        "postgres://postgres@localhost:{port}/postgres?schema={}",
        env.pg.as_ref().unwrap().name
    );
    env.run(&["--store", &plain, "list"]).success();
}

/// A PostgreSQL impostor on 127.0.0.1: it answers "no TLS" to every TLS request and asks for
/// the password in clear text; it records every password it is sent.
struct Impostor {
    port: u16,
    passwords: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Impostor {
    fn start() -> Impostor {
        use std::io::{Read, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let passwords = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let seen = passwords.clone();
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(mut c) = conn else { continue };
                let Ok(mut w) = c.try_clone() else { continue };
                let mut read = |n: usize| -> Option<Vec<u8>> {
                    let mut b = vec![0; n];
                    c.read_exact(&mut b).ok().map(|_| b)
                };
                let packet = |read: &mut dyn FnMut(usize) -> Option<Vec<u8>>| {
                    let len = u32::from_be_bytes(read(4)?.try_into().unwrap()) as usize;
                    read(len - 4)
                };
                let _ = (|| -> Option<()> {
                    // SSLRequest / GSSENCRequest: "N"; then the startup message.
                    loop {
                        let body = packet(&mut read)?;
                        let code = u32::from_be_bytes(body[..4].try_into().unwrap());
                        if code == 80877103 || code == 80877104 {
                            w.write_all(b"N").ok()?;
                        } else {
                            break;
                        }
                    }
                    // AuthenticationCleartextPassword.
                    w.write_all(&[b'R', 0, 0, 0, 8, 0, 0, 0, 3]).ok()?;
                    let kind = read(1)?[0];
                    let body = packet(&mut read)?;
                    if kind == b'p' {
                        let pw = String::from_utf8_lossy(&body)
                            .trim_end_matches('\0')
                            .to_string();
                        seen.lock().unwrap().push(pw);
                    }
                    let fields = b"SFATAL\0C28P01\0Mpassword authentication failed\0\0";
                    let mut e = vec![b'E'];
                    e.extend_from_slice(&(fields.len() as u32 + 4).to_be_bytes());
                    e.extend_from_slice(fields);
                    w.write_all(&e).ok()
                })();
            }
        });
        Impostor { port, passwords }
    }

    fn passwords(&self) -> Vec<String> {
        self.passwords.lock().unwrap().clone()
    }
}

/// Issue 18.2: by default the password goes only to a server whose certificate checks out
/// (verify-full, against the named root certificate or the system's trust store); a mode that
/// checks nothing is used only when the user names it, with a warning.
#[test]
fn the_password_goes_only_to_a_verified_server_unless_a_weaker_mode_is_named() {
    let mut env = Env::on(StoreBackend::Postgres);
    let ca = std::env::var("AUTHZ_TEST_PG_CA").unwrap();
    let (_, port) = pg::host_port();
    let real = format!(
        "postgres://postgres@localhost:{port}/postgres?schema={}",
        env.pg.as_ref().unwrap().name
    );
    // The real server with a private CA nobody named: not verified, so not trusted.
    env.run(&["--store", &real, "list"])
        .code(1)
        .one_line_error()
        .stderr_has("cannot connect");
    // Control: the same, with its CA named.
    env.run(&["--store", &format!("{real}&sslrootcert={ca}"), "list"])
        .success();

    let impostor = Impostor::start();
    env.set("PGPASSWORD", "pw-for-the-real-server");
    let url = format!("postgres://postgres@127.0.0.1:{}/postgres", impostor.port);
    for extra in ["", "?sslmode=verify-ca", "?sslmode=verify-full"] {
        let r = env
            .run(&["--store", &format!("{url}{extra}"), "list"])
            .code(1)
            .one_line_error();
        assert!(!r.stderr.contains("warning"), "{extra}: {}", r.stderr);
    }
    // `require` checks nothing (the user is told so) but insists on TLS: still no password.
    env.run(&["--store", &format!("{url}?sslmode=require"), "list"])
        .code(1)
        .stderr_has("warning: sslmode=require does not check who answers");
    assert_eq!(impostor.passwords(), Vec::<String>::new());
    // Control: a user who names sslmode=prefer (libpq's default) is warned, and this is
    // exactly what the impostor was after.
    env.run(&["--store", &format!("{url}?sslmode=prefer"), "list"])
        .code(1)
        .stderr_has("warning: sslmode=prefer does not check who answers");
    assert_eq!(impostor.passwords(), ["pw-for-the-real-server"]);
}

#[test]
fn export_from_a_laptop_then_import_into_postgres_and_back_keeps_everything() {
    let laptop = Env::new();
    laptop.seed_authz("az_a", "a@example.com", "openid workflows:read");
    laptop.seed_authz("az_b", "b@example.com", "openid workflows:read");
    laptop
        .run(&[
            "workflow",
            "create",
            "deploy",
            "--authz",
            "az_a",
            "--scope",
            "workflows:read",
        ])
        .success();
    laptop.run(&["revoke", "az_b", "--no-verify"]).success();
    let file = laptop.path().join("laptop.json");
    laptop
        .run(&["export", "-o", file.to_str().unwrap()])
        .success();

    let org = Env::on(StoreBackend::Postgres);
    org.run(&["import", file.to_str().unwrap()]).success();
    let list = |e: &Env| {
        let mut v = e.run(&["list", "--all", "--json"]).success().json();
        for a in v.as_array_mut().unwrap() {
            a.as_object_mut().unwrap().remove("token");
        }
        v
    };
    let in_org = list(&org);
    assert_eq!(in_org.as_array().unwrap().len(), 2);
    let back = org.path().join("org.json");
    org.run(&["export", "-o", back.to_str().unwrap()]).success();
    let again = Env::new();
    again.run(&["import", back.to_str().unwrap()]).success();
    assert_eq!(list(&again), in_org);
    let wf = |e: &Env| e.run(&["workflow", "list", "--json"]).success().json();
    assert_eq!(wf(&again), wf(&org));
}

#[test]
fn a_vault_backed_authorizer_signs_verifies_and_holds_its_entry_on_postgres() {
    // The organization's secrets: OpenBao (this binary runs without a keyring session).
    let mut env = Env::on(StoreBackend::Postgres);
    let place = support::bao::Bao::shared().place();
    std::fs::write(
        env.path().join("home/.vault-token"),
        place.token("operator", "1h"),
    )
    .unwrap();
    env.set("AUTHZ_SECRETS", place.spec())
        .set("BAO_ADDR", place.bao.addr.clone());
    let schema = env.pg.as_ref().unwrap().name.clone();
    env.run(&["vault", "generate", "signer", "--alg", "ES256"])
        .success();
    env.run(&[
        "authorizer",
        "create",
        "staging",
        "--iss",
        "https://staging.example",
        "--aud",
        "api://orders",
        "--vault-key",
        "signer",
    ])
    .success();
    let token = env
        .run(&["authorizer", "sign", "staging", "--vault-key", "signer"])
        .success()
        .stdout;
    env.run_stdin(&["authorizer", "verify", "staging"], &token)
        .success()
        .stdout_has("\"valid\":true");
    env.run(&["vault", "delete", "signer"])
        .code(3)
        .one_line_error()
        .stderr_has("staging");
    // The database refuses it too.
    let mut su = pg::superuser("postgres");
    let err = su
        .batch_execute(&format!(
            "DELETE FROM {schema}.vault_entries WHERE name = 'signer'"
        ))
        .unwrap_err();
    assert!(
        err.to_string().contains("foreign key") || format!("{err:?}").contains("foreign key"),
        "{err:?}"
    );
    env.run(&["vault", "show", "signer"]).success();
}

/// The runner's whole job on a real login: a refresh as `authz_runner` records the expiry,
/// and a refresh token the provider rejects marks the authorization relogin-needed (exit 7),
/// not a permission error: the runner writes token state only.
#[test]
fn a_runner_refreshes_and_records_relogin_needed_with_its_own_role() {
    let mut w = support::world::World::on_store(StoreBackend::Postgres);
    let id = w.add_as("alice");
    w.run(&["org", "init"]).success();
    let schema = w.env.pg.as_ref().unwrap().name.clone();
    let login = format!("{schema}_runner");
    pg::superuser("postgres")
        .batch_execute(&format!(
            "CREATE ROLE {login} LOGIN PASSWORD 'pw-{login}'; GRANT authz_runner TO {login};"
        ))
        .unwrap();
    pg::add_pgpass(&w.env.path().join("home"), &login, &format!("pw-{login}"));
    let url = w.env.pg.as_ref().unwrap().url_as(&login);
    let runner = |args: &[&str]| {
        let mut full = vec!["--store", url.as_str()];
        full.extend_from_slice(args);
        w.run(&full)
    };

    w.expire(&id);
    runner(&["token", &id]).success();
    assert_eq!(w.provider.refreshes(), 1);
    let shown = w.run(&["show", &id, "--json"]).success().json();
    assert_eq!(shown["token"]["state"], "valid", "{shown}");

    w.provider.admin_revoke("alice");
    w.expire(&id);
    runner(&["token", &id]).code(7).one_line_error();
    assert_eq!(w.status(&id), "relogin-needed");
    let log = w.run(&["log", "--authz", &id, "--json"]).success().json();
    let marked = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "relogin-needed")
        .unwrap_or_else(|| panic!("no relogin-needed event: {log}"));
    assert_eq!(marked["db_user"], login.as_str(), "{marked}");
}

/// Issue 18.3: a refresh whose record in the store fails (here: its session is terminated
/// while it waits for the authorization's row) says truthfully what was kept: the rotated tokens are
/// in the secret backend, and the next call, which refreshes again, works with them.
#[test]
fn a_refresh_the_store_cannot_record_keeps_the_rotated_tokens_and_says_so() {
    let mut w = support::world::World::on_store(StoreBackend::Postgres);
    let id = w.add_as("alice");
    w.expire(&id);
    let refreshes = w.provider.refreshes();
    let mut holder = w.env.pg.as_ref().unwrap().client();
    let mut tx = holder.transaction().unwrap();
    // NO KEY: the lease's foreign key (KEY SHARE) goes through, the refresh's record waits.
    tx.execute(
        "SELECT 1 FROM authorizations WHERE id = $1 FOR NO KEY UPDATE",
        &[&id],
    )
    .unwrap();
    let child = w
        .env
        .command(&["token", &id])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let killed = w.env.pg.as_ref().unwrap().authz_waiting_on_a_lock(true);
    assert!(killed, "authz never waited for the authorization's row");
    let out = child.wait_with_output().unwrap();
    let r = support::Run::from(out, &["token"])
        .success()
        .stderr_has(&format!("the refreshed tokens of {id} are kept in"))
        .stderr_has("the next call refreshes again");
    assert!(!r.stdout.trim().is_empty());
    assert_eq!(w.provider.refreshes(), refreshes + 1);
    tx.rollback().unwrap();
    // Its lease could not be given back either (the session was gone): end it, as its expiry
    // would.
    w.env.exec(
        "SET session_replication_role = replica; \
         UPDATE refresh_leases SET expires = clock_timestamp() - interval '2 seconds'",
    );
    // The store never learnt of the refresh, so this refreshes again, with the rotated refresh
    // token (the provider would refuse the old one).
    w.run(&["token", &id]).success();
    assert_eq!(w.provider.refreshes(), refreshes + 2);
    assert_eq!(w.status(&id), "active");
}

/// Issue 22.2: writers wait only for writers of the same rows. A real `authz reassign` of
/// 50,000 workflows from az_a to az_b is held mid-way (this test's connection has locked one of
/// the workflows it moves). Meanwhile a refresh of another authorization records its token
/// state, and an edit of that authorization's workflow goes through; an edit of a workflow the
/// move holds waits for it (the control). Released, the move finishes whole, the waiting edit
/// too (one of the two may be the deadlock's victim, run again), and the rules hold.
#[test]
fn a_refresh_and_an_unrelated_edit_do_not_wait_for_a_bulk_move_of_other_authorizations() {
    let mut w = support::world::World::on_store(StoreBackend::Postgres);
    let carol = w.add_as("carol");
    w.env
        .seed_authz("az_a", "a@example.com", "openid workflows:read");
    w.env
        .seed_authz("az_b", "b@example.com", "openid workflows:read");
    w.env.exec(
        "INSERT INTO workflows (name, authz_id, scopes, created, updated) \
         SELECT 'bulk-' || g, 'az_a', 'openid', now(), now() FROM generate_series(1, 50000) g",
    );
    w.run(&["workflow", "create", "solo", "--authz", &carol])
        .success();
    let pg = w.env.pg.as_ref().unwrap();
    let mut holder = pg.client();
    let mut held = holder.transaction().unwrap();
    held.execute(
        "SELECT 1 FROM workflows WHERE name = 'bulk-25000' FOR UPDATE",
        &[],
    )
    .unwrap();
    let piped = || std::process::Stdio::piped();
    let reassign = w
        .env
        .command(&["reassign", "--from", "az_a", "--to", "az_b"])
        .stdout(piped())
        .stderr(piped())
        .spawn()
        .unwrap();
    assert!(
        pg.authz_sessions_waiting(1),
        "the reassign never reached the held workflow"
    );

    w.expire(&carol);
    let refreshes = w.provider.refreshes();
    let r = w.run(&["token", &carol]).success();
    assert!(!r.stderr.contains("did not record"), "{}", r.stderr);
    assert_eq!(w.provider.refreshes(), refreshes + 1);
    let shown = w.run(&["--json", "show", &carol]).success().json();
    assert_eq!(shown["token"]["state"], "valid", "{shown}");
    w.run(&["workflow", "edit", "solo", "--owner", "night-team"])
        .success();

    // Control: a workflow of the move waits for it.
    let edit = w
        .env
        .command(&["workflow", "edit", "bulk-7", "--owner", "day-team"])
        .stdout(piped())
        .stderr(piped())
        .spawn()
        .unwrap();
    assert!(
        pg.authz_sessions_waiting(2),
        "the edit of a workflow being moved did not wait"
    );
    assert_eq!(
        w.env
            .count("SELECT count(*) FROM workflows WHERE authz_id = 'az_b'"),
        0,
        "the move is not held"
    );
    held.rollback().unwrap();
    for (what, child) in [("reassign", reassign), ("edit", edit)] {
        let out = child.wait_with_output().unwrap();
        let r = support::Run::from(out, &[what]).success();
        for bad in ["deadlock", "serializ", "duplicate"] {
            assert!(!r.stderr.contains(bad), "{what}: {}", r.stderr);
        }
    }
    assert_eq!(
        w.env
            .count("SELECT count(*) FROM workflows WHERE authz_id = 'az_b'"),
        50_000
    );
    assert_eq!(
        w.env
            .text("SELECT owner FROM workflows WHERE name = 'bulk-7'"),
        Some("day-team".into())
    );
    assert_eq!(
        w.env
            .text("SELECT owner FROM workflows WHERE name = 'solo'"),
        Some("night-team".into())
    );
}
