//! The workflow vault and `authz run`, on both secret backends (a real Secret Service and a
//! real OpenBao): values kept byte for byte per version, the dependency rule on delete, signing
//! keys, workflows using secrets, and the runner's one command. Last, secret hygiene: no vault
//! value in the store, the logs, the errors or the export.

mod support;

use serde_json::Value;
use std::io::Write;
use std::process::Stdio;
use support::Run;
use support::world::{Backend, World};

/// A value with what trimming would lose: a trailing newline, a leading space, a NUL-free
/// binary tail.
const TRICKY: &[u8] = b" s3cr3t-value\xff\x01\n";

impl World {
    /// `authz ARGS` with `input` on stdin.
    fn run_bytes(&self, args: &[&str], input: &[u8]) -> Run {
        let mut child = self
            .env
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input).unwrap();
        Run::from(child.wait_with_output().unwrap(), args)
    }

    /// The raw bytes `vault get ARGS` prints.
    #[track_caller]
    fn get(&self, args: &[&str]) -> Vec<u8> {
        let mut all = vec!["vault", "get"];
        all.extend_from_slice(args);
        let out = self.env.command(&all).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// The store holds an authorization; enough for workflows (no login needed).
    fn with_authz(&self) {
        self.env.seed_authz("az_1", "ops@example.com", "repo");
    }

    /// The number of stored versions of vault entry `name` in the backend (keyring entries
    /// `<store id>/<entry id>:v<N>`, or OpenBao entries `PREFIX/vault/<store id>/<name>/v<N>`).
    fn backend_versions(&self, name: &str) -> u64 {
        let id: String = self
            .env
            .sql()
            .query_row(
                "SELECT id FROM vault_entries WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .unwrap_or_default();
        let store = self.store_id();
        match &self.bao {
            Some(p) => {
                let path = format!(
                    "secret/metadata/{}/vault/{store}/{name}?list=true",
                    p.prefix
                );
                match p.bao.call("GET", &path, None) {
                    (200, body) => body["data"]["keys"].as_array().unwrap().len() as u64,
                    _ => 0,
                }
            }
            None => self
                .keyring
                .vault_entries()
                .iter()
                .filter(|u| u.starts_with(&format!("{store}/{id}:v")))
                .count() as u64,
        }
    }

    /// The store's random id, which every vault value is bound to.
    fn store_id(&self) -> String {
        self.env
            .text("SELECT value FROM settings WHERE key = 'store_id'")
            .unwrap()
    }
}

fn values_are_kept_byte_for_byte_per_version_and_rollback_makes_a_new_one(b: Backend) {
    let w = World::on(b);
    w.run_bytes(&["vault", "set", "gh", "--kind", "api-token"], TRICKY)
        .success();
    w.run_bytes(&["vault", "set", "gh", "--kind", "api-token"], b"second")
        .success();
    assert_eq!(w.get(&["gh"]), b"second");
    assert_eq!(w.get(&["gh", "--version", "1"]), TRICKY);
    assert_eq!(w.backend_versions("gh"), 2);
    if w.bao.is_some() {
        assert_eq!(
            w.keyring.vault_entries(),
            Vec::<String>::new(),
            "values went to the keyring"
        );
    }
    let file = w.env.path().join("value.bin");
    std::fs::write(&file, b"from-file\n").unwrap();
    w.run(&[
        "vault",
        "set",
        "gh",
        "--kind",
        "api-token",
        "--from-file",
        file.to_str().unwrap(),
    ])
    .success();
    assert_eq!(w.get(&["gh"]), b"from-file\n");
    let show = w.run(&["--json", "vault", "show", "gh"]).success().json();
    assert_eq!(show["version"], 3);
    assert_eq!(show["versions"].as_array().unwrap().len(), 3);
    let fp1 = show["versions"][0]["fingerprint"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(fp1.len(), 16);
    w.run(&["vault", "rollback", "gh", "--version", "1"])
        .success();
    assert_eq!(w.get(&["gh"]), TRICKY);
    let history = w
        .run(&["--json", "vault", "history", "gh"])
        .success()
        .json();
    assert_eq!(history["version"], 4);
    assert_eq!(history["versions"][3]["fingerprint"], fp1.as_str());
    assert_eq!(history["versions"][3]["copied_from"], 1);
    assert_eq!(w.backend_versions("gh"), 4);
    // Absent versions and entries are exit 4; another kind on an existing name is exit 3.
    w.run(&["vault", "get", "gh", "--version", "9"])
        .code(4)
        .one_line_error();
    w.run(&["vault", "get", "nope"]).code(4).one_line_error();
    w.run_bytes(&["vault", "set", "gh", "--kind", "password"], b"x")
        .code(3)
        .one_line_error();
    w.run_bytes(&["vault", "set", "gh", "--kind", "api-token"], b"")
        .code(2)
        .one_line_error();
    assert_eq!(w.backend_versions("gh"), 4, "a refused set wrote a version");
    let log = w.run(&["--json", "log"]).success().json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["vault-set", "vault-set", "vault-set", "vault-rolled-back"]
    );
}

fn delete_is_refused_while_workflows_use_it_and_replace_moves_them_keeping_env(b: Backend) {
    let w = World::on(b);
    w.with_authz();
    for name in ["old", "new"] {
        w.run_bytes(
            &["vault", "set", name, "--kind", "password"],
            name.as_bytes(),
        )
        .success();
    }
    w.run(&[
        "workflow",
        "create",
        "deploy",
        "--authz",
        "az_1",
        "--use-secret",
        "old=DB_PASS",
    ])
    .success();
    w.run(&[
        "workflow",
        "create",
        "report",
        "--authz",
        "az_1",
        "--use-secret",
        "old",
    ])
    .success();
    let before = w.env.state();
    let refused = w.run(&["vault", "delete", "old"]).code(3).one_line_error();
    assert!(
        refused.stderr.contains("deploy") && refused.stderr.contains("report"),
        "{}",
        refused.stderr
    );
    assert_eq!(w.env.state(), before, "a refused delete changed the store");
    assert_eq!(w.get(&["old"]), b"old");
    // The database refuses it too, whatever the code above does.
    let direct = w
        .env
        .sql()
        .execute("DELETE FROM vault_entries WHERE name = 'old'", []);
    assert!(direct.is_err(), "the foreign key let a used entry go");
    w.run(&["vault", "delete", "old", "--replace", "new"])
        .success();
    let list = w.run(&["--json", "workflow", "list"]).success().json();
    let secrets: Vec<Value> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|wf| wf["secrets"].clone())
        .collect();
    assert_eq!(
        secrets,
        [
            serde_json::json!([{ "name": "new", "env": "DB_PASS" }]),
            serde_json::json!([{ "name": "new", "env": "OLD" }]),
        ]
    );
    assert_eq!(
        w.backend_versions("old"),
        0,
        "the deleted entry's values stayed"
    );
    w.run(&["vault", "get", "old"]).code(4);
    w.run(&["workflow", "edit", "deploy", "--drop-secret", "new"])
        .success();
    w.run(&["workflow", "edit", "report", "--drop-secret", "new"])
        .success();
    w.run(&["vault", "delete", "new"]).success();
    assert_eq!(w.backend_versions("new"), 0);
}

fn generated_keys_publish_every_version_as_jwks(b: Backend) {
    let w = World::on(b);
    let made = w
        .run(&["vault", "generate", "signer", "--alg", "ES256"])
        .success();
    assert!(!made.stdout.contains("PRIVATE"), "{}", made.stdout);
    w.run(&["vault", "generate", "signer", "--alg", "EdDSA"])
        .success();
    let pem = String::from_utf8(w.get(&["signer"])).unwrap();
    assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"), "{pem}");
    let jwks: Value = serde_json::from_str(
        &w.run(&["vault", "public", "signer", "--format", "jwks"])
            .success()
            .stdout,
    )
    .unwrap();
    let kids: Vec<(&str, &str)> = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| (k["kid"].as_str().unwrap(), k["alg"].as_str().unwrap()))
        .collect();
    assert_eq!(kids, [("signer-v2", "EdDSA"), ("signer-v1", "ES256")]);
    assert!(
        jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .all(|k| k["use"] == "sig" && k.get("d").is_none())
    );
    let jwk: Value =
        serde_json::from_str(&w.run(&["vault", "public", "signer"]).success().stdout).unwrap();
    assert_eq!(jwk["kid"], "signer-v2");
    w.run(&["vault", "public", "signer", "--format", "pem"])
        .success()
        .stdout_has("-----BEGIN PUBLIC KEY-----");
}

fn workflows_take_secrets_from_flags_and_import(b: Backend) {
    let w = World::on(b);
    w.with_authz();
    w.run_bytes(&["vault", "set", "gh-token", "--kind", "api-token"], b"t")
        .success();
    w.run(&[
        "workflow",
        "create",
        "a",
        "--authz",
        "az_1",
        "--use-secret",
        "missing",
    ])
    .code(4)
    .one_line_error();
    let import = r#"[{"name": "a", "authorization": "az_1", "secrets": [{"name": "gh-token"}]},
                     {"name": "b", "authorization": "az_1", "secrets": [{"name": "gh-token", "env": "GH"}]}]"#;
    w.env
        .run_stdin(&["workflow", "import", "-"], import)
        .success();
    let show = w.run(&["--json", "workflow", "show", "a"]).success().json();
    assert_eq!(
        show["secrets"],
        serde_json::json!([{ "name": "gh-token", "env": "GH_TOKEN" }])
    );
    assert_eq!(show["authorization_details"]["email"], "ops@example.com");
    w.run(&[
        "workflow",
        "edit",
        "a",
        "--use-secret",
        "gh-token=X",
        "--use-secret",
        "gh-token=Y",
    ])
    .success();
    let entry = w
        .run(&["--json", "vault", "show", "gh-token"])
        .success()
        .json();
    assert_eq!(
        entry["workflows"],
        serde_json::json!([{ "workflow": "a", "env": "Y" }, { "workflow": "b", "env": "GH" }])
    );
    w.run(&["workflow", "edit", "a", "--drop-secret", "nope"])
        .code(4);
}

impl World {
    /// Logs `login` in; returns the authorization id.
    fn login(&mut self, login: &str) -> String {
        self.env.set("AUTHZ_TEST_LOGIN", login);
        let run = self.run(&["--json", "add", "--timeout", "60"]).success();
        run.json()["id"].as_str().unwrap().to_owned()
    }
}

fn run_starts_the_command_with_token_and_secrets_and_passes_its_exit_code(b: Backend) {
    let mut w = World::on(b);
    let id = w.login("alice");
    w.run_bytes(&["vault", "set", "db.pass", "--kind", "password"], TRICKY)
        .success();
    w.run(&[
        "workflow",
        "create",
        "job",
        "--authz",
        &id,
        "--use-secret",
        "db.pass",
    ])
    .success();
    let out = w.env.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let script = format!(
        "printf %s \"$AUTHZ_ACCESS_TOKEN\" > {o}/token; printf %s \"$DB_PASS\" > {o}/pass; echo hello; exit 3",
        o = out.display()
    );
    let run = w
        .run(&["run", "--workflow", "job", "--", "sh", "-c", &script])
        .code(3);
    assert_eq!(run.stdout, "hello\n");
    let token = std::fs::read_to_string(out.join("token")).unwrap();
    assert_eq!(w.provider.userinfo_sub(&token), Ok("alice".to_string()));
    assert_eq!(std::fs::read(out.join("pass")).unwrap(), TRICKY);
    w.run(&[
        "run",
        "--workflow",
        "job",
        "--token-env",
        "TK",
        "--",
        "sh",
        "-c",
        "test -n \"$TK\" && test -z \"$AUTHZ_ACCESS_TOKEN\"",
    ])
    .success();
    // Failures before the start are authz's own, and say so.
    w.run(&["run", "--workflow", "nope", "--", "true"])
        .code(4)
        .one_line_error()
        .stderr_has("true was not started");
    // As env and sudo do: 127 for a command that does not exist.
    w.run(&["run", "--workflow", "job", "--", "/no/such/program"])
        .code(127)
        .one_line_error()
        .stderr_has("not started");
    let log = w
        .run(&["--json", "log", "--workflow", "job"])
        .success()
        .json();
    let runs: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "workflow-run")
        .collect();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0]["details"]["exit_code"], 3);
    assert_eq!(runs[0]["details"]["authorization"], id.as_str());
    assert_eq!(
        runs[0]["details"]["secrets"],
        serde_json::json!(["db.pass"])
    );
    assert_eq!(runs[1]["details"]["exit_code"], 0);
    // A move, then failing runs: audit flags the workflow.
    let other = w.login("bob");
    w.run(&["workflow", "edit", "job", "--authz", &other])
        .success();
    w.run(&["run", "--workflow", "job", "--", "false"]).code(1);
    let audit = w.run(&["--json", "audit"]).success().json();
    let failing: Vec<&Value> = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "failing-runs")
        .collect();
    assert_eq!(failing.len(), 1, "{audit}");
    assert_eq!(failing[0]["workflows"], serde_json::json!(["job"]));
}

fn sigterm_is_forwarded_and_the_exit_code_is_128_plus_the_signal(b: Backend) {
    let mut w = World::on(b);
    let id = w.login("alice");
    w.run(&["workflow", "create", "job", "--authz", &id])
        .success();
    let started = w.env.path().join("started");
    let script = format!(
        "trap 'exit 42' TERM; touch {}; while :; do sleep 0.05; done",
        started.display()
    );
    let mut child = w.spawn(
        &["run", "--workflow", "job", "--", "sh", "-c", &script],
        Stdio::null(),
    );
    wait_until_started(&w, &mut child, &started);
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    // The command's trap ran: the signal reached it, and its code is authz's.
    assert_eq!(child.wait().unwrap().code(), Some(42));
    let started2 = w.env.path().join("started2");
    let script = format!("touch {}; exec sleep 30", started2.display());
    let mut child = w.spawn(
        &["run", "--workflow", "job", "--", "sh", "-c", &script],
        Stdio::null(),
    );
    wait_until_started(&w, &mut child, &started2);
    // Whether the signal reaches `sh` before its exec or `sleep` after, the command dies of it.
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    assert_eq!(child.wait().unwrap().code(), Some(128 + 15));
}

/// Waits (at most a minute) until the command `authz run` started has made `file`.
fn wait_until_started(w: &World, child: &mut std::process::Child, file: &std::path::Path) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !file.exists() {
        assert!(
            child.try_wait().unwrap().is_none(),
            "authz run ended early: {}",
            std::fs::read_to_string(w.stderr_file()).unwrap_or_default()
        );
        assert!(
            std::time::Instant::now() < deadline,
            "the command did not start within a minute: {}",
            std::fs::read_to_string(w.stderr_file()).unwrap_or_default()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// `args` for a second store, `b.db`, next to this world's: same keyring, same OpenBao prefix.
fn on_b<'a>(b_db: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--db", b_db];
    all.extend_from_slice(args);
    all
}

fn vault_values_belong_to_their_store_even_under_one_prefix(b: Backend) {
    let w = World::on(b);
    let b_path = w.env.path().join("b.db");
    let b_db = b_path.to_str().unwrap();
    let set = |args: &[&str], value: &[u8]| {
        let mut all = args.to_vec();
        all.extend_from_slice(&["vault", "set", "v", "--kind", "api-token"]);
        w.run_bytes(&all, value).success();
    };
    // Two stores, one entry name each: each reads its own.
    set(&[], b"a-value");
    set(&["--db", b_db], b"b-value");
    assert_eq!(w.get(&["v"]), b"a-value");
    assert_eq!(w.get(&on_b(b_db, &["v"])), b"b-value");
    // B rotates and deletes its `v`: A's is untouched.
    set(&["--db", b_db], b"b-2");
    assert_eq!(w.get(&on_b(b_db, &["v"])), b"b-2");
    w.run(&on_b(b_db, &["vault", "delete", "v"])).success();
    assert_eq!(w.get(&["v"]), b"a-value");
    // A row planted in B's tables that names A's entry (its name and its id) reads nothing.
    let c = rusqlite::Connection::open(&b_path).unwrap();
    c.execute("ATTACH DATABASE ?1 AS a", [w.env.db().to_str().unwrap()])
        .unwrap();
    c.execute_batch(
        "INSERT INTO vault_entries SELECT * FROM a.vault_entries WHERE name = 'v';
         INSERT INTO vault_versions SELECT * FROM a.vault_versions WHERE entry = 'v';",
    )
    .unwrap();
    drop(c);
    w.run(&on_b(b_db, &["vault", "get", "v"]))
        .code(4)
        .one_line_error();
    // Nor does B's delete of the planted row reach A's value.
    w.run(&on_b(b_db, &["vault", "delete", "v"])).success();
    // Control: A still reads and rotates its own.
    assert_eq!(w.get(&["v"]), b"a-value");
    set(&[], b"a-2");
    assert_eq!(w.get(&["v"]), b"a-2");
    assert_eq!(w.get(&["v", "--version", "1"]), b"a-value");
}

fn a_value_stored_by_an_older_authz_is_refused_until_set_again(b: Backend) {
    let mut w = World::on(b);
    let id = w.login("alice");
    w.run_bytes(&["vault", "set", "v", "--kind", "password"], b"new-1")
        .success();
    w.run(&[
        "workflow",
        "create",
        "job",
        "--authz",
        &id,
        "--use-secret",
        "v",
    ])
    .success();
    // Where an older authz kept version 1, bound to no store, instead of the bound place.
    let entry: String = w
        .env
        .text("SELECT id FROM vault_entries WHERE name = 'v'")
        .unwrap();
    let store = w.store_id();
    match &w.bao {
        Some(p) => {
            let bound = format!("secret/metadata/{}/vault/{store}/v/v1", p.prefix);
            assert!(p.bao.call("DELETE", &bound, None).0 < 300);
            let legacy = format!("secret/data/{}/vault/v", p.prefix);
            let body = serde_json::json!({ "data": { "value": "b2xk", "encoding": "base64" } });
            assert!(p.bao.call("POST", &legacy, Some(body)).0 < 300);
        }
        None => {
            w.keyring
                .clear_in("authz-vault", &format!("{store}/{entry}:v1"));
            w.keyring
                .store_in("authz-vault", &format!("{entry}:v1"), "old");
        }
    }
    w.run(&["vault", "get", "v"])
        .code(4)
        .one_line_error()
        .stderr_has("older authz")
        .stderr_has("authz vault set v");
    w.run(&["run", "--workflow", "job", "--", "true"])
        .code(4)
        .one_line_error()
        .stderr_has("not started");
    // Set again, it is bound and read.
    w.run_bytes(&["vault", "set", "v", "--kind", "password"], b"new-2")
        .success();
    assert_eq!(w.get(&["v"]), b"new-2");
    w.run(&[
        "run",
        "--workflow",
        "job",
        "--",
        "sh",
        "-c",
        "test \"$V\" = new-2",
    ])
    .success();
}

fn run_hands_the_command_only_what_the_workflow_should_have(b: Backend) {
    let mut w = World::on(b);
    let id = w.login("alice");
    let out = w.env.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // The attack: a vault value naming a script, mapped to BASH_ENV, runs it in every bash.
    let evil = out.join("evil.sh");
    let pwned = out.join("pwned");
    std::fs::write(&evil, format!("touch {}\n", pwned.display())).unwrap();
    w.run_bytes(
        &["vault", "set", "k", "--kind", "api-token"],
        evil.to_str().unwrap().as_bytes(),
    )
    .success();
    w.run(&[
        "workflow",
        "create",
        "job",
        "--authz",
        &id,
        "--use-secret",
        "k=API_TOKEN",
    ])
    .success();
    let mapping = || {
        w.run(&["--json", "workflow", "show", "job"])
            .success()
            .json()["secrets"]
            .clone()
    };
    let before = mapping();
    for (args, name) in [
        (
            vec!["workflow", "edit", "job", "--use-secret", "k=BASH_ENV"],
            "BASH_ENV",
        ),
        (
            vec!["workflow", "edit", "job", "--use-secret", "k=LD_PRELOAD"],
            "LD_PRELOAD",
        ),
        (
            vec!["workflow", "edit", "job", "--use-secret", "k=node_options"],
            "node_options",
        ),
        (
            vec![
                "workflow",
                "create",
                "job2",
                "--authz",
                &id,
                "--use-secret",
                "k=PATH",
            ],
            "PATH",
        ),
    ] {
        w.run(&args)
            .code(2)
            .one_line_error()
            .stderr_has(&format!("${name} decides what programs load or run"));
    }
    let import = format!(
        r#"[{{"name": "job", "authorization": "{id}", "secrets": [{{"name": "k", "env": "PYTHONSTARTUP"}}]}}]"#
    );
    w.env
        .run_stdin(&["workflow", "import", "-"], &import)
        .code(2)
        .one_line_error();
    assert_eq!(mapping(), before, "a refused mapping changed the workflow");
    w.run(&["workflow", "show", "job2"]).code(4);
    // Planted behind authz's back: `run` refuses it, and neither CMD nor the script runs.
    w.env
        .exec("UPDATE workflow_secrets SET env = 'BASH_ENV' WHERE workflow = 'job'");
    let started = out.join("started");
    let touch = format!("touch {}", started.display());
    w.run(&["run", "--workflow", "job", "--", "bash", "-c", &touch])
        .code(2)
        .one_line_error()
        .stderr_has("$BASH_ENV")
        .stderr_has("bash was not started");
    assert!(
        !started.exists() && !pwned.exists(),
        "the command or the script ran"
    );
    // Control: an ordinary name works. authz's own credentials and settings stay with it.
    w.env
        .exec("UPDATE workflow_secrets SET env = 'API_TOKEN' WHERE workflow = 'job'");
    let operator = std::fs::read_to_string(w.env.path().join("home/.vault-token"))
        .unwrap_or_else(|_| "bao-token-unused".into());
    w.env
        .set("BAO_TOKEN", operator.trim())
        .set("VAULT_TOKEN", "vault-token-secret")
        .set("PGPASSWORD", "pg-password-secret")
        .set("PGPASSFILE", "/nonexistent/pgpass")
        .set("AUTHZ_BAO_APPROLE_MOUNT", "approle")
        .set("KEEP_ME", "ordinary");
    let run = w
        .run(&[
            "run",
            "--workflow",
            "job",
            "--",
            "bash",
            "-c",
            &format!("{touch}; env"),
        ])
        .success();
    assert!(started.exists(), "the command did not run");
    assert!(!pwned.exists(), "BASH_ENV ran");
    let names: Vec<&str> = run
        .stdout
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, _)| k))
        .collect();
    for gone in [
        "BAO_TOKEN",
        "VAULT_TOKEN",
        "PGPASSWORD",
        "PGPASSFILE",
        "BAO_ADDR",
        "AUTHZ_SECRETS",
        "AUTHZ_TEST_LOGIN",
        "AUTHZ_BAO_APPROLE_MOUNT",
    ] {
        assert!(
            !names.contains(&gone),
            "{gone} reached the command: {names:?}"
        );
    }
    for value in ["vault-token-secret", "pg-password-secret", operator.trim()] {
        assert!(
            !run.stdout.contains(value),
            "a credential reached the command"
        );
    }
    // Only what `run` sets for the command (the token's variable and what it derives from it);
    // none of authz's own settings (AUTHZ_ISSUER, AUTHZ_CA_FILE, AUTHZ_CLIENT_ID...).
    let authz_vars: Vec<&&str> = names.iter().filter(|n| n.starts_with("AUTHZ_")).collect();
    assert!(names.contains(&"AUTHZ_ACCESS_TOKEN"), "{names:?}");
    assert!(
        authz_vars
            .iter()
            .all(|n| n.starts_with("AUTHZ_ACCESS_TOKEN")),
        "{authz_vars:?}"
    );
    assert!(
        run.stdout
            .contains(&format!("API_TOKEN={}\n", evil.display()))
    );
    assert!(run.stdout.contains("KEEP_ME=ordinary\n") && names.contains(&"PATH"));
}

backends!(
    vault_values_belong_to_their_store_even_under_one_prefix,
    a_value_stored_by_an_older_authz_is_refused_until_set_again,
    run_hands_the_command_only_what_the_workflow_should_have,
    values_are_kept_byte_for_byte_per_version_and_rollback_makes_a_new_one,
    delete_is_refused_while_workflows_use_it_and_replace_moves_them_keeping_env,
    generated_keys_publish_every_version_as_jwks,
    workflows_take_secrets_from_flags_and_import,
    run_starts_the_command_with_token_and_secrets_and_passes_its_exit_code,
    sigterm_is_forwarded_and_the_exit_code_is_128_plus_the_signal,
);

/// Every file below `dir`, recursively, with its bytes.
fn files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path, bytes));
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn no_vault_value_reaches_the_store_logs_errors_or_export() {
    let mut w = World::new();
    w.env.init();
    // Keep the WAL: every frame written stays there to be searched.
    let keep = w.env.sql();
    keep.query_row("SELECT count(*) FROM authorizations", [], |r| {
        r.get::<_, i64>(0)
    })
    .unwrap();
    let id = w.login("alice");
    let value = b"hygiene-VALUE-7c1e";
    let mut outputs: Vec<(String, Vec<u8>)> = Vec::new();
    let mut record = |r: Run| {
        outputs.push((format!("stdout of {}", r.args), r.stdout.into_bytes()));
        outputs.push((format!("stderr of {}", r.args), r.stderr.into_bytes()));
    };
    // Each path is checked to be the one meant: a set, a rotation, refusals, a run, a delete.
    // A set, then a rotation (version 2).
    for _ in 0..2 {
        record(
            w.run_bytes(&["-vv", "vault", "set", "v", "--kind", "api-token"], value)
                .success(),
        );
    }
    // Another kind for the same entry is refused (exit 3), with the value on its stdin.
    record(
        w.run_bytes(&["-vv", "vault", "set", "v", "--kind", "password"], value)
            .code(3),
    );
    record(
        w.run(&[
            "-vv",
            "workflow",
            "create",
            "job",
            "--authz",
            &id,
            "--use-secret",
            "v",
        ])
        .success(),
    );
    record(
        w.run(&["-vv", "vault", "rollback", "v", "--version", "1"])
            .success(),
    );
    let run_job =
        |script: &str| w.run(&["-vv", "run", "--workflow", "job", "--", "sh", "-c", script]);
    record(run_job("test \"$V\" = hygiene-VALUE-7c1e").success());
    record(run_job("exit 9").code(9));
    // In use: refused (exit 3).
    record(w.run(&["-vv", "vault", "delete", "v"]).code(3));
    let reads = [
        vec!["vault", "list"],
        vec!["vault", "show", "v"],
        vec!["--json", "vault", "show", "v"],
        vec!["vault", "history", "v"],
        vec!["workflow", "show", "job"],
        vec!["--json", "workflow", "list"],
        vec!["log"],
        vec!["--json", "log"],
        vec!["audit"],
        vec!["export"],
    ];
    for args in &reads {
        let mut all = vec!["-vv"];
        all.extend(args.iter().copied());
        record(w.run(&all).success());
    }
    // The delete that happens: the workflow moves to another entry, and `v` is gone.
    w.run_bytes(
        &["vault", "set", "other", "--kind", "api-token"],
        b"other-value",
    )
    .success();
    record(
        w.run(&["-vv", "vault", "delete", "v", "--replace", "other"])
            .success(),
    );
    for args in &reads[5..] {
        let mut all = vec!["-vv"];
        all.extend(args.iter().copied());
        record(w.run(&all).success());
    }
    let written = files(w.env.path());
    assert!(
        written
            .iter()
            .any(|(p, b)| p.to_string_lossy().ends_with("authz.db-wal") && !b.is_empty())
    );
    for (what, text) in &outputs {
        assert!(!contains(text, value), "the value in the {what}");
    }
    for (path, bytes) in &written {
        assert!(!contains(bytes, value), "the value in {}", path.display());
    }
}

#[test]
fn a_value_typed_at_the_hidden_prompt_is_not_echoed_and_its_enter_is_not_kept() {
    use std::time::Duration;
    let w = World::new();
    let args = ["vault", "set", "typed", "--kind", "password"];
    let mut s = support::session::Session::spawn_merged(w.env.terminal_command(&args), &args);
    s.wait_for(Duration::from_secs(30), |l| {
        l.contains("Type the value for typed").then_some(())
    });
    s.type_line("typed-secret-42");
    let run = s.finish(Duration::from_secs(30)).success();
    let all = format!("{}{}", run.stdout, run.stderr);
    assert!(
        !all.contains("typed-secret-42"),
        "the value was echoed:\n{all}"
    );
    assert_eq!(w.get(&["typed"]), b"typed-secret-42");
}
