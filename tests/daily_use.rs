//! Daily use without surprises (issue 25): `-q` means results only, destructive commands ask on
//! a terminal (and only there), a login for a known account refreshes it in place, messages
//! say what is true, profiles refuse typos.

mod support;

use std::time::Duration;
use support::session::Session;
use support::world::World;
use support::{Env, Run};

/// `authz ARGS` on a pseudo-terminal, answering `answer` to whatever it asks.
fn on_terminal(env: &Env, args: &[&str], answer: &str) -> Run {
    let mut s = Session::spawn_merged(env.terminal_command(args), args);
    // The terminal holds the answer until the question reads it.
    s.type_line(answer);
    let mut r = s.finish(Duration::from_secs(30));
    // One terminal: everything it wrote, stdout and stderr, comes back as one text.
    r.stdout = std::mem::take(&mut r.stderr);
    r
}

#[test]
fn quiet_prints_the_new_id_for_add_and_nothing_for_a_change() {
    let mut w = World::new();
    w.env.set("AUTHZ_TEST_LOGIN", "ops@example.com");
    let add = w.run(&["-q", "add", "--timeout", "60"]).success();
    let id = add.stdout.trim().to_owned();
    assert!(
        id.starts_with("az_") && !id.contains(char::is_whitespace),
        "add -q must print the id alone:\n{}",
        add.stdout
    );
    // The login's own instructions (the URL to open) still print: the login needs them.
    assert!(!add.stderr.contains("Added"), "{}", add.stderr);

    let list = w.run(&["-q", "list"]).success();
    assert!(list.stdout.contains(&id), "{}", list.stdout);
    assert!(
        !list.stdout.contains("authorization(s)"),
        "list -q printed the summary line:\n{}",
        list.stdout
    );

    let revoke = w.run(&["-q", "revoke", &id]).success();
    assert_eq!((revoke.stdout.as_str(), revoke.stderr.as_str()), ("", ""));
    assert_eq!(w.status(&id), "revoked");
}

#[test]
fn workflow_delete_asks_on_a_terminal_and_honours_yes() {
    let env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "read");
    env.run(&["workflow", "create", "ship", "--authz", "az_alice"])
        .success();
    let workflows = || env.count("SELECT COUNT(*) FROM workflows");

    let no = on_terminal(&env, &["workflow", "delete", "ship"], "n").code(2);
    assert!(
        no.stdout.contains("Delete workflow 'ship'? [y/N]"),
        "{}",
        no.stdout
    );
    assert!(no.stdout.contains("cancelled"), "{}", no.stdout);
    assert_eq!(workflows(), 1, "a no deleted it");

    let yes = on_terminal(&env, &["workflow", "delete", "ship"], "y").success();
    assert!(yes.stdout.contains("[y/N]"), "{}", yes.stdout);
    assert_eq!(workflows(), 0);

    // --yes on a terminal, and no terminal at all: no question.
    for name in ["a", "b"] {
        env.run(&["workflow", "create", name, "--authz", "az_alice"])
            .success();
    }
    let r = on_terminal(&env, &["--yes", "workflow", "delete", "a"], "n").success();
    assert!(!r.stdout.contains("[y/N]"), "{}", r.stdout);
    let r = env.run(&["workflow", "delete", "b"]).success();
    assert!(!r.stderr.contains("[y/N]"), "{}", r.stderr);
    assert_eq!(workflows(), 0);
}

#[test]
fn vault_delete_asks_on_a_terminal() {
    let w = World::new();
    w.env
        .run_stdin(&["vault", "set", "api", "--kind", "api-token"], "t0ken")
        .success();
    let entries = || w.env.count("SELECT COUNT(*) FROM vault_entries");
    let before = entries();
    assert_eq!(before, 1);
    let no = on_terminal(&w.env, &["vault", "delete", "api"], "n").code(2);
    assert!(no.stdout.contains("every version"), "{}", no.stdout);
    assert_eq!(entries(), 1);
    on_terminal(&w.env, &["vault", "delete", "api"], "y").success();
    assert_eq!(entries(), 0);
}

#[test]
fn logging_in_again_as_a_known_account_refreshes_it_in_place_unless_new() {
    let mut w = World::new();
    let id = w.add_as("ops@example.com");
    w.run(&["workflow", "create", "ship", "--authz", &id])
        .success();
    let before = w.refresh_token(&id).expect("tokens stored");

    let again = w.run(&["--json", "add", "--timeout", "60"]).success();
    let view = again.json();
    assert_eq!(view["id"], id.as_str(), "a second authorization was made");
    assert_eq!(view["reauthorized"], true);
    assert_eq!(view["workflows"], serde_json::json!(["ship"]));
    assert!(
        again.stderr.contains("replaced in place"),
        "{}",
        again.stderr
    );
    assert_eq!(w.rows(), 1);
    let after = w.refresh_token(&id).expect("tokens stored");
    assert_ne!(
        before, after,
        "the new login's tokens must replace the old ones"
    );

    // --new asks for a second one; a label tells them apart in `list` and in the error.
    let second = w
        .run(&[
            "--json",
            "add",
            "--new",
            "--label",
            "nightly",
            "--timeout",
            "60",
        ])
        .success()
        .json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_ne!(second, id);
    assert_eq!(w.rows(), 2);
    let list = w.run(&["list"]).success();
    assert!(list.stdout.contains("LABEL"), "{}", list.stdout);
    let row = list.stdout.lines().find(|l| l.contains(&second)).unwrap();
    assert!(row.contains("nightly"), "{}", list.stdout);
    w.run(&["workflow", "create", "x", "--authz", "ops@example.com"])
        .code(2)
        .stderr_has("matches 2 authorizations")
        .stderr_has("nightly");
}

#[test]
fn run_exits_127_for_a_missing_command_and_126_for_one_that_cannot_run() {
    let mut w = World::new();
    let id = w.add_as("ops@example.com");
    w.run(&["workflow", "create", "ship", "--authz", &id])
        .success();
    w.run(&["run", "--workflow", "ship", "--", "/nonexistent/tool"])
        .code(127)
        .one_line_error()
        .stderr_has("was not started");
    let plain = w.env.path().join("not-executable");
    std::fs::write(&plain, "echo hi\n").unwrap();
    w.run(&["run", "--workflow", "ship", "--", plain.to_str().unwrap()])
        .code(126)
        .stderr_has("executable");
    let json = w
        .run(&[
            "--json",
            "run",
            "--workflow",
            "ship",
            "--",
            "/nonexistent/tool",
        ])
        .code(127)
        .stderr_json();
    assert_eq!(json["error"]["code"], 127);
    assert_eq!(json["error"]["kind"], "not-found");
}

#[test]
fn options_set_through_the_environment_stay_out_of_the_usage_line() {
    let mut env = Env::new();
    env.set("AUTHZ_CA_FILE", "/etc/ssl/certs/ca-certificates.crt")
        .set("AUTHZ_PROFILE", "default");
    let r = env.run(&["show"]).code(2);
    assert!(
        r.stderr.contains("Usage: authz show <AUTHZ>"),
        "{}",
        r.stderr
    );
    // Given on the command line, it is part of the usage as typed.
    let r = env.run(&["--ca-file", "/x", "show"]).code(2);
    assert!(
        r.stderr
            .contains("Usage: authz show --ca-file <PATH> <AUTHZ>"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_vault_kind_mismatch_reads_as_english() {
    let w = World::new();
    w.env
        .run_stdin(&["vault", "set", "api", "--kind", "api-token"], "t0ken")
        .success();
    w.env
        .run_stdin(&["vault", "set", "api", "--kind", "password"], "pw")
        .code(3)
        .stderr_has("vault entry 'api' is an api-token, not a password");
}
