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

    /// Raw SQL as the login role of `group`, as psql would send it.
    fn sql_as(&self, group: &str, sql: &str) -> Result<u64, String> {
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
        c.execute(sql, &[]).map_err(|e| {
            e.as_db_error()
                .map(|d| d.message().to_string())
                .unwrap_or(e.to_string())
        })
    }
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
    // The provider-metadata cache is the one setting a runner may write.
    assert_eq!(
        org.sql_as(
            "runner",
            "INSERT INTO settings (key, value) VALUES ('metadata https://i', '{}')"
        ),
        Ok(1)
    );
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

#[test]
fn runners_and_operators_take_and_release_refresh_leases_an_auditor_cannot_and_none_lasts_long() {
    let org = Org::new();
    let take = |holder: &str| {
        format!(
            "INSERT INTO refresh_leases AS l (authz_id, holder, expires) \
             VALUES ('az_a', '{holder}', clock_timestamp() + interval '30 seconds') \
             ON CONFLICT (authz_id) DO UPDATE SET holder = excluded.holder, expires = excluded.expires \
             WHERE l.expires < clock_timestamp()"
        )
    };
    let release = |holder: &str| {
        format!("DELETE FROM refresh_leases WHERE authz_id = 'az_a' AND holder = '{holder}'")
    };
    for group in ["runner", "operator"] {
        assert_eq!(org.sql_as(group, &take(group)), Ok(1), "{group}");
        // Held: nobody else takes it, nor does releasing someone else's lease give it back.
        assert_eq!(org.sql_as(group, &take("another host")), Ok(0), "{group}");
        assert_eq!(
            org.sql_as(group, &release("another host")),
            Ok(0),
            "{group}"
        );
        assert_eq!(org.sql_as(group, &release(group)), Ok(1), "{group}");
    }
    for sql in [
        take("auditor"),
        release("auditor"),
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
            .contains("refresh_leases_bounded")
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

#[test]
fn a_server_that_goes_away_mid_command_leaves_nothing_half_written() {
    let env = Env::on(StoreBackend::Postgres);
    env.seed_authz("az_a", "a@example.com", "openid");
    let before = env.snapshot();
    // Terminate authz's session while it waits for the writer lock, which this connection holds.
    let mut holder = env.pg.as_ref().unwrap().client();
    let mut tx = holder.transaction().unwrap();
    let key: i64 = tx
        .query_one(
            "SELECT oid::bigint FROM pg_namespace WHERE nspname = current_schema()",
            &[],
        )
        .unwrap()
        .get(0);
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&key])
        .unwrap();
    let child = env
        .command(&["workflow", "create", "w", "--authz", "az_a"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut killer = pg::superuser("postgres");
    let killed = (0..200).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(50));
        killer
            .query_one(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
                 WHERE application_name = 'authz' AND wait_event_type = 'Lock'",
                &[],
            )
            .unwrap()
            .get::<_, i64>(0)
            > 0
    });
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
    // Without a root certificate, verify-full cannot be honoured: a usage error, no connection.
    let none = schema.tcp_url_as("postgres", "&sslmode=verify-full");
    env.run(&["--store", &none, "list"])
        .code(2)
        .stderr_has("root certificate");
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
