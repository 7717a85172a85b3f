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

#[test]
fn vault_set_keeps_the_entrys_kind_and_the_same_value_makes_no_version() {
    let w = World::new();
    let set = |args: &[&str], value: &str| {
        let mut all = vec!["--json", "vault", "set", "api"];
        all.extend_from_slice(args);
        w.env.run_stdin(&all, value)
    };
    set(&["--kind", "api-token"], "one").success();
    let v = set(&[], "two").success().json();
    assert_eq!(
        (v["result"].as_str(), v["version"].as_u64()),
        (Some("updated"), Some(2))
    );
    assert_eq!(v["kind"], "api-token");
    let events = || w.env.count("SELECT COUNT(*) FROM events");
    let before = events();
    let v = set(&[], "two").success().json();
    assert_eq!(
        (v["result"].as_str(), v["version"].as_u64()),
        (Some("unchanged"), Some(2))
    );
    assert_eq!(events(), before, "an unchanged set was logged");
    // A rollback to a value equal to the newest one is unchanged too.
    let rolled = |n: &str| {
        w.run(&["--json", "vault", "rollback", "api", "--version", n])
            .success()
            .json()
    };
    let v = rolled("1");
    assert_eq!(
        (v["result"].as_str(), v["version"].as_u64()),
        (Some("rolled back"), Some(3))
    );
    let v = rolled("1");
    assert_eq!(
        (v["result"].as_str(), v["version"].as_u64()),
        (Some("unchanged"), Some(3))
    );
    // A new entry must say what it is.
    w.env
        .run_stdin(&["vault", "set", "fresh"], "x")
        .code(2)
        .stderr_has("--kind");
    // History: the same order in the table as in JSON.
    let json: Vec<u64> = w
        .run(&["--json", "vault", "history", "api"])
        .success()
        .json()["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_u64().unwrap())
        .collect();
    let table = w.run(&["vault", "history", "api"]).success().stdout;
    let rows: Vec<u64> = table
        .lines()
        .filter_map(|l| l.split_whitespace().next()?.parse().ok())
        .collect();
    assert_eq!(json, vec![1, 2, 3]);
    assert_eq!(rows, json, "{table}");
}

#[test]
fn authorizer_sign_defaults_to_its_own_key_and_ttl_errors_name_the_limit() {
    let w = World::new();
    w.run(&["vault", "generate", "signer", "--alg", "ES256"])
        .success();
    w.run(&[
        "authorizer",
        "create",
        "staging",
        "--iss",
        "https://ci.example",
        "--aud",
        "orders",
        "--vault-key",
        "signer",
        "--max-lifetime",
        "60",
    ])
    .success();
    let token = w.run(&["authorizer", "sign", "staging"]).success().stdout;
    assert_eq!(token.trim().split('.').count(), 3, "{token}");
    w.run(&["authorizer", "sign", "staging", "--ttl", "120"])
        .code(2)
        .one_line_error()
        .stderr_has("max lifetime 60 s")
        .stderr_has("--ttl 60");
    let shown = w.run(&["authorizer", "show", "staging"]).success().stdout;
    assert!(
        shown.lines().next().unwrap().starts_with("name:"),
        "{shown}"
    );
}

#[test]
fn an_hmac_jwks_without_alg_gets_an_hmac_hint() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let file = env.path().join("hmac.jwks");
    std::fs::write(
        &file,
        r#"{"keys":[{"kty":"oct","kid":"k1","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldC0xMjM0"}]}"#,
    )
    .unwrap();
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    let r = env
        .run(&[
            "authorizer",
            "create",
            "hs",
            "--iss",
            "https://ci.example",
            "--aud",
            "orders",
            "--jwks-file",
            file.to_str().unwrap(),
        ])
        .code(2)
        .stderr_has("--alg HS256");
    assert!(!r.stderr.contains("RS256"), "{}", r.stderr);
}

#[test]
fn a_refused_delete_says_the_count_once() {
    let w = World::new();
    w.env
        .run_stdin(&["vault", "set", "api", "--kind", "api-token"], "t0ken")
        .success();
    w.env.seed_authz("az_alice", "alice@example.com", "read");
    w.run(&[
        "workflow",
        "create",
        "ship",
        "--authz",
        "az_alice",
        "--use-secret",
        "api",
    ])
    .success();
    w.run(&["vault", "delete", "api"])
        .code(3)
        .stderr_has("is used by 1 workflow(s): ship");
}

/// Two authorizations whose ids share `az_bf7e`, with long emails and labels.
fn crowded() -> Env {
    let env = Env::new();
    for (n, id) in [
        (1, "az_bf7e1qq2pkfylhgjmfadr2adsqq"),
        (2, "az_bf7e2qq2pkfylhgjmfadr2adsqq"),
    ] {
        env.seed_authz(
            id,
            &format!("operations-team-{n}@very-long-domain.example.com"),
            "read",
        );
        env.run(&[
            "edit",
            id,
            "--label",
            &format!("nightly batch jobs for team {n}"),
        ])
        .success();
    }
    for w in ["build", "deploy", "report", "backup"] {
        env.run(&[
            "workflow",
            "create",
            w,
            "--authz",
            "az_bf7e1qq2pkfylhgjmfadr2adsqq",
            "--scope",
            "read",
        ])
        .success();
    }
    env
}

/// What a pseudo-terminal of `columns` columns shows for `authz ARGS`, line by line.
fn terminal_lines(env: &mut Env, columns: &str, args: &[&str]) -> Vec<String> {
    env.set("COLUMNS", columns);
    let r = on_terminal(env, args, "").success();
    env.unset("COLUMNS");
    r.stdout
        .lines()
        .map(|l| l.trim_end_matches('\r').to_owned())
        .collect()
}

#[test]
fn tables_fit_an_80_column_terminal_and_wide_or_a_pipe_keep_every_cell() {
    let mut env = crowded();
    for args in [&["list"][..], &["log"][..]] {
        let lines = terminal_lines(&mut env, "80", args);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(
                l.chars().count() <= 80,
                "{args:?}: {} columns: {l}",
                l.chars().count()
            );
        }
        assert!(lines.iter().any(|l| l.contains('…')), "{lines:?}");
        // Ids are whole prefixes that tell them apart, never cut with `…`.
        assert!(lines.iter().any(|l| l.contains("az_bf7e1 ")), "{lines:?}");
        assert!(!lines.iter().any(|l| l.contains("az_bf7e…")), "{lines:?}");
    }
    let wide = terminal_lines(&mut env, "80", &["list", "--wide"]).join("\n");
    assert!(wide.contains("az_bf7e1qq2pkfylhgjmfadr2adsqq"), "{wide}");
    assert!(!wide.contains('…'), "{wide}");
    // Not a terminal: never cut.
    let piped = env.run(&["list"]).success().stdout;
    assert!(
        piped.contains("operations-team-1@very-long-domain.example.com"),
        "{piped}"
    );
    assert!(!piped.contains('…'), "{piped}");
}

#[test]
fn a_unique_id_prefix_names_an_authorization_and_an_ambiguous_one_lists_them() {
    let env = crowded();
    let shown = env.run(&["--json", "show", "az_bf7e2"]).success().json();
    assert_eq!(shown["id"], "az_bf7e2qq2pkfylhgjmfadr2adsqq");
    env.run(&["show", "az_bf7e"])
        .code(2)
        .one_line_error()
        .stderr_has("'az_bf7e' is the start of 2 authorization ids")
        .stderr_has("az_bf7e1qq2pkfylhgjmfadr2adsqq")
        .stderr_has("az_bf7e2qq2pkfylhgjmfadr2adsqq");
    env.run(&["show", "az_zz"]).code(4);
}

#[test]
fn log_limit_keeps_the_newest_and_details_read_as_key_value() {
    let env = crowded();
    let all = env.run(&["--json", "log"]).success().json();
    let all = all.as_array().unwrap();
    let last = env.run(&["--json", "log", "-n", "2"]).success().json();
    assert_eq!(last.as_array().unwrap()[..], all[all.len() - 2..]);
    let text = env.run(&["log", "--limit", "1"]).success().stdout;
    assert_eq!(text.lines().count(), 2, "a header and one event:\n{text}");
    assert!(
        text.contains("backup") && text.contains("scopes=read"),
        "{text}"
    );
    assert!(!text.contains('{'), "raw JSON in DETAILS:\n{text}");
}

const GREEN_ACTIVE: &str = "\u{1b}[32mactive\u{1b}[0m";

#[test]
fn colour_on_a_terminal_honours_no_color_clicolor_force_and_the_flag() {
    let env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "read");
    // Pipes: none, unless asked for.
    let plain = env.run(&["list"]).success().stdout;
    assert!(!plain.contains('\u{1b}'), "{plain}");
    let always = env.run(&["--color", "always", "list"]).success().stdout;
    assert!(always.contains(GREEN_ACTIVE), "{always:?}");
    // (The sealed environment sets NO_COLOR: remove it.)
    let mut forced = env.command(&["list"]);
    forced.env_remove("NO_COLOR").env("CLICOLOR_FORCE", "1");
    let forced = Run::from(forced.output().unwrap(), &["list"])
        .success()
        .stdout;
    assert!(forced.contains(GREEN_ACTIVE), "{forced:?}");
    // A terminal: colour, unless NO_COLOR or --color never; errors too.
    let shown = |env: &Env, args: &[&str], no_color: bool| {
        let mut c = env.terminal_command(args);
        if !no_color {
            c.env_remove("NO_COLOR");
        } else {
            c.env("NO_COLOR", "1");
        }
        let mut s = Session::spawn_merged(c, args);
        s.type_line("");
        s.finish(Duration::from_secs(30)).stderr
    };
    assert!(shown(&env, &["list"], false).contains(GREEN_ACTIVE));
    assert!(!shown(&env, &["list"], true).contains('\u{1b}'));
    assert!(!shown(&env, &["--color", "never", "list"], false).contains('\u{1b}'));
    assert!(shown(&env, &["show", "nope"], false).contains("\u{1b}[1;31merror:"));
    // --json is never coloured.
    let json = env
        .run(&["--color", "always", "--json", "list"])
        .success()
        .stdout;
    assert!(!json.contains('\u{1b}'), "{json}");
}

#[test]
fn text_from_outside_cannot_use_the_colour_markers() {
    let env = Env::new();
    env.seed_authz("az_eve", "eve\u{e001}@example.com", "read");
    let out = env.run(&["--color", "always", "list"]).success().stdout;
    assert!(out.contains("eve\\u{e001}@example.com"), "{out:?}");
    assert!(!out.contains("\u{1b}[31m"), "{out:?}");
}

/// What the shell completion engine answers for the words `line` (fish's protocol: one
/// candidate a line, then a tab and its help).
fn complete(env: &Env, line: &[&str]) -> Vec<String> {
    let mut args = vec!["--", "authz"];
    args.extend_from_slice(line);
    let mut c = env.command(&args);
    c.env("COMPLETE", "fish").current_dir(env.path());
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_owned())
        .collect()
}

#[test]
fn names_complete_from_the_current_store_and_values_from_their_lists() {
    let env = Env::new();
    // No store yet: nothing to offer, and none is created.
    assert!(!complete(&env, &["workflow", "show", "s"]).contains(&"ship".to_owned()));
    assert!(!env.db().exists(), "completion created the store");
    env.seed_authz("az_alice1234", "alice@example.com", "read");
    env.run(&["workflow", "create", "ship", "--authz", "az_alice1234"])
        .success();
    env.run(&["profile", "create", "acme"]).success();
    let has = |line: &[&str], want: &str| {
        let got = complete(&env, line);
        assert!(got.iter().any(|g| g == want), "{line:?}: {got:?}");
        got
    };
    has(&["workflow", "show", "sh"], "ship");
    has(&["run", "--workflow", ""], "ship");
    has(&["show", "az_al"], "az_alice1234");
    has(&["revoke", "al"], "alice@example.com");
    has(&["--profile", "ac"], "acme");
    // --alg and --secrets offer their values, not the files here.
    std::fs::write(env.path().join("HS-notes.txt"), "").unwrap();
    let algs = has(&["authorizer", "create", "a", "--alg", "HS"], "HS256");
    assert!(!algs.iter().any(|a| a.contains("notes")), "{algs:?}");
    has(&["--secrets", "op"], "openbao");
}
