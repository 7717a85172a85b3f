//! Conventions of the command line itself: generated files kept in sync with the clap
//! definition, --version, help and error text (snapshots), quiet/verbose, no colour.
//!
//! Refresh every committed artefact and snapshot after changing the CLI:
//!     SNAPSHOTS=overwrite cargo nextest run --test cli

mod support;

use std::path::{Path, PathBuf};
use support::Env;

const REFRESH: &str = "SNAPSHOTS=overwrite cargo nextest run --test cli";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn overwrite() -> bool {
    std::env::var("SNAPSHOTS").as_deref() == Ok("overwrite")
}

/// Compares a committed generated file with what the code generates now; rewrites it when
/// blessing. Byte-exact on purpose: a snapshot library would normalise slashes and newlines.
#[track_caller]
fn check_generated(path: &Path, fresh: &[u8]) {
    let committed = std::fs::read(path).ok();
    if committed.as_deref() == Some(fresh) {
        return;
    }
    if overwrite() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, fresh).unwrap();
        return;
    }
    panic!(
        "{} is {} the CLI definition; refresh it with: {REFRESH}",
        path.display(),
        if committed.is_some() {
            "stale: it differs from"
        } else {
            "missing: it is generated from"
        }
    );
}

#[test]
fn completion_scripts_are_fresh() {
    for shell in authz::generate::SHELLS {
        let (name, script) = authz::generate::completion(shell);
        assert!(!script.is_empty(), "{name} is empty");
        check_generated(&root().join("completions").join(name), &script);
    }
}

#[test]
fn completions_command_prints_the_committed_script() {
    let env = Env::new();
    let out = env.run(&["completions", "bash"]).success();
    let committed = std::fs::read_to_string(root().join("completions/authz.bash")).unwrap();
    assert_eq!(out.stdout, committed);
    env.run(&["completions", "tcsh"]).code(2);
}

#[test]
fn man_pages_are_fresh_and_cover_every_command() {
    let dir = root().join("docs/man");
    let pages = authz::generate::man_pages();
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for expected in [
        "authz.1",
        "authz-list.1",
        "authz-workflow.1",
        "authz-workflow-create.1",
        "authz-revoke.1",
        "authz-completions.1",
    ] {
        assert!(
            names.contains(&expected),
            "no man page {expected}: {names:?}"
        );
    }
    for (name, page) in &pages {
        check_generated(&dir.join(name), page);
    }
    // A page for a command that no longer exists is stale too.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if name.ends_with(".1") && !names.contains(&name.as_str()) {
            if overwrite() {
                std::fs::remove_file(&path).unwrap();
            } else {
                panic!("docs/man/{name} documents no command; refresh with: {REFRESH}");
            }
        }
    }
}

#[test]
fn version_flag_prints_the_crate_version() {
    let env = Env::new();
    let out = env.run(&["--version"]).success();
    // `authz 0.1.0 (abc1234 2026-12-06)`: the commit this was built from and its date (this
    // suite runs in a git checkout, so the commit is known).
    let version = out.stdout.trim();
    let rest = version
        .strip_prefix(&format!("authz {} (", env!("CARGO_PKG_VERSION")))
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or_else(|| panic!("{version}"));
    let (commit, date) = rest.split_once(' ').unwrap_or_else(|| panic!("{version}"));
    let head = std::process::Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let head = String::from_utf8(head.stdout).unwrap();
    assert!(
        commit.len() >= 7 && head.starts_with(commit),
        "{version} at {head}"
    );
    assert!(
        date.len() == 10 && date.chars().filter(|c| *c == '-').count() == 2,
        "{version}"
    );
    // propagate_version: subcommands answer too.
    env.run(&["list", "--version"])
        .success()
        .stdout_has(env!("CARGO_PKG_VERSION"));
}

/// Replaces what changes from run to run (the temp dir) with stable placeholders.
fn redact(env: &Env, text: &str) -> String {
    text.replace(env.path().to_str().unwrap(), "[ROOT]")
}

#[test]
fn help_snapshots() {
    let env = Env::new();
    let top = env.run(&["--help"]).success();
    snapbox::assert_data_eq!(top.stdout, snapbox::file!["snapshots/help.txt"]);
    let revoke = env.run(&["revoke", "--help"]).success();
    snapbox::assert_data_eq!(revoke.stdout, snapbox::file!["snapshots/help-revoke.txt"]);
    let create = env.run(&["workflow", "create", "--help"]).success();
    snapbox::assert_data_eq!(
        create.stdout,
        snapbox::file!["snapshots/help-workflow-create.txt"]
    );
    let audit = env.run(&["audit", "--help"]).success();
    snapbox::assert_data_eq!(audit.stdout, snapbox::file!["snapshots/help-audit.txt"]);
    let profile = env.run(&["profile", "--help"]).success();
    snapbox::assert_data_eq!(profile.stdout, snapbox::file!["snapshots/help-profile.txt"]);
}

#[test]
fn error_snapshots() {
    let env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "openid workflows:read");
    env.run(&["workflow", "create", "deploy", "--authz", "az_alice"])
        .success();
    let mut all = String::new();
    for (args, code) in [
        (vec!["show", "nobody@example.com"], 4),
        (vec!["revoke", "az_alice"], 3),
        (
            vec![
                "workflow", "create", "x", "--authz", "az_alice", "--scope", "admin",
            ],
            3,
        ),
        (vec!["reassign", "--from", "az_alice"], 2),
        (vec!["frobnicate"], 2),
        (vec!["--profile", "a/b", "list"], 2),
        (vec!["profile", "use", "nope"], 4),
        (vec!["audit", "--fail-on", "severe"], 2),
        (vec!["audit", "--fail-on", "warning"], 3),
        (vec!["edit", "az_alice"], 2),
    ] {
        let r = env.run(&args).code(code);
        all.push_str(&format!("$ authz {}\n{}\n", args.join(" "), r.stderr));
    }
    snapbox::assert_data_eq!(redact(&env, &all), snapbox::file!["snapshots/errors.txt"]);
}

#[test]
fn output_has_no_escape_codes_without_a_terminal_even_without_no_color() {
    let env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "openid");
    for args in [
        vec!["list"],
        vec!["show", "az_alice"],
        vec!["--help"],
        vec!["show", "nobody"],
    ] {
        let out = env.command(&args).env_remove("NO_COLOR").output().unwrap();
        let all = [out.stdout, out.stderr].concat();
        assert!(
            !all.contains(&0x1b),
            "`authz {}` wrote an escape sequence: {}",
            args.join(" "),
            String::from_utf8_lossy(&all)
        );
    }
}

#[test]
fn quiet_hides_confirmations_but_never_results_or_json() {
    let env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "openid a");
    let r = env
        .run(&["-q", "workflow", "create", "w1", "--authz", "az_alice"])
        .success();
    assert_eq!((r.stdout.as_str(), r.stderr.as_str()), ("", ""));
    let r = env
        .run(&["workflow", "create", "w2", "--authz", "az_alice"])
        .success();
    assert!(r.stdout.contains("created"), "{}", r.stdout);
    // Data that was asked for still prints.
    env.run(&["-q", "list"]).success().stdout_has("az_alice");
    env.run(&[
        "-q",
        "reassign",
        "--from",
        "az_alice",
        "--to",
        "az_alice",
        "--dry-run",
    ])
    .code(2);
    // --json output is never silenced.
    let v = env
        .run(&[
            "-q", "--json", "workflow", "create", "w3", "--authz", "az_alice",
        ])
        .success()
        .json();
    assert_eq!(v["result"], "created");
    env.run(&["-q", "-v", "list"]).code(2);
}

#[test]
fn verbose_says_which_store_and_why() {
    let env = Env::new();
    let r = env.run(&["-v", "list"]).success();
    assert!(
        r.stderr.contains("debug: store: ") && r.stderr.contains("chosen by default"),
        "{}",
        r.stderr
    );
    let r = env.run(&["list"]).success();
    assert!(!r.stderr.contains("debug:"), "{}", r.stderr);
}

#[test]
fn revoke_never_prompts_without_a_terminal() {
    // stdin is /dev/null: no question is asked and the command line is the confirmation.
    let env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "openid");
    let r = env.run(&["revoke", "az_alice"]).success();
    assert!(!r.stderr.contains("[y/N]"), "{}", r.stderr);
}

/// An unknown secret backend (a typo in `--secrets` or AUTHZ_SECRETS) is refused by every
/// command, even one that never reaches the secrets, like an unknown `--store` scheme; the
/// store is left as it was.
#[test]
fn an_unknown_secret_backend_is_refused_by_every_command() {
    let mut env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "read");
    let before = env.snapshot();
    for args in [
        &["--secrets", "no-such-backend", "list"][..],
        &[
            "--secrets",
            "openbao:",
            "workflow",
            "create",
            "w",
            "--authz",
            "az_alice",
        ],
        &["--secrets", "keyrnig", "--json", "show", "az_alice"],
    ] {
        env.run(args).code(2).stderr_has("is not a secret backend");
    }
    env.set("AUTHZ_SECRETS", "keyrnig");
    env.run(&["list"])
        .code(2)
        .one_line_error()
        .stderr_has("'keyrnig' is not a secret backend");
    assert_eq!(env.snapshot(), before);
    // Control: the known names work.
    env.set("AUTHZ_SECRETS", "keyring");
    env.run(&["list"]).success();
}

/// Issue 25.2: with `--json`, a command line clap refuses is one JSON error object on stderr
/// (kind "usage", exit 2), as json.md promises for every error; without it, clap's own text.
#[test]
fn usage_errors_honour_json() {
    let env = Env::new();
    for (args, says) in [
        (&["--json", "audit", "--fail-on", "bogus"][..], "bogus"),
        (&["--json", "lst"], "lst"),
        (&["token", "--json"], "required"),
        (&["--json", "add", "--device", "--port", "3"], "--device"),
    ] {
        let r = env.run(args).code(2);
        assert_eq!(r.stdout, "");
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
        let e = r.stderr_json();
        assert_eq!(e["error"]["kind"], "usage", "{e}");
        assert_eq!(e["error"]["code"], 2, "{e}");
        assert!(
            e["error"]["message"].as_str().unwrap().contains(says),
            "{e}"
        );
    }
    let hint = env
        .run(&["--json", "audit", "--fail-on", "bogus"])
        .code(2)
        .stderr_json();
    assert!(
        hint["error"]["hint"].as_str().unwrap().contains("high"),
        "{hint}"
    );
    // Control: without --json (or with it only after `--`, for the command authz runs), clap's
    // text for people.
    for args in [
        &["audit", "--fail-on", "bogus"][..],
        &["run", "--", "x", "--json"],
    ] {
        let r = env.run(args).code(2);
        assert!(r.stderr.starts_with("error: "), "{}", r.stderr);
    }
}
