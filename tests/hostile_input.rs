//! Hostile input files and arguments through the real binary: a crafted document or time is a
//! usage error (exit 2) that changes nothing, never a panic. (Property tests of the same parsers
//! live next to them: src/cmd/{workflow,export}/proptests.rs, src/login/listener/proptests.rs.)

mod support;

use support::Env;

/// An export of one authorization with workflows, edited by `f`.
fn crafted(env: &Env, f: impl FnOnce(&mut serde_json::Value)) -> String {
    env.seed_authz("az_one", "one@example.com", "read");
    let mut doc: serde_json::Value = env.run(&["export"]).success().json();
    f(&mut doc);
    doc.to_string()
}

#[test]
fn an_import_naming_an_authorization_twice_is_refused_and_changes_nothing() {
    let from = Env::new();
    let text = crafted(&from, |doc| {
        let a = doc["authorizations"][0].clone();
        doc["authorizations"].as_array_mut().unwrap().push(a);
    });
    let to = Env::new();
    to.init();
    let before = to.snapshot();
    to.run_stdin(&["import", "-"], &text)
        .code(2)
        .one_line_error()
        .stderr_has("appears twice");
    assert_eq!(to.snapshot(), before);
}

#[test]
fn times_with_multibyte_or_overflowing_text_are_usage_errors_not_panics() {
    let env = Env::new();
    for since in ["5µ", "࿄", "9223372036854775807d"] {
        env.run(&["log", "--since", since])
            .code(2)
            .one_line_error()
            .stderr_has("is not a time");
    }
    let from = Env::new();
    let text = crafted(&from, |doc| {
        doc["authorizations"][0]["created"] = "2026-11-01T10:00:0࿄".into();
    });
    let to = Env::new();
    to.init();
    to.run_stdin(&["import", "-"], &text)
        .code(2)
        .one_line_error()
        .stderr_has("not an RFC 3339 time");
}

/// What a terminal would act on, or that hides or reorders text (issue 11.3).
const NASTY: &[&str] = &[
    "\u{1b}[31m",
    "\u{1b}]0;pwned\u{7}",
    "\u{9b}2J",
    "\u{61c}",
    "\u{2028}",
    "\u{2029}",
    "\u{200b}",
    "\u{202e}",
    "\n",
];

/// No raw form of any `NASTY` string in `text` (their escaped forms are fine).
#[track_caller]
fn assert_clean(what: &str, text: &str) {
    for bad in NASTY.iter().filter(|b| **b != "\n") {
        assert!(!text.contains(bad), "{what} let {bad:?} through:\n{text}");
    }
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{what} let a control character through:\n{text:?}"
    );
}

/// An export with an authorization (with a label), a workflow and its events.
fn with_history(env: &Env) -> serde_json::Value {
    env.seed_authz("az_one", "one@example.com", "read");
    env.run(&["edit", "az_one", "--label", "ci"]).success();
    env.run(&[
        "workflow", "create", "deploy", "--authz", "az_one", "--scope", "read",
    ])
    .success();
    env.run(&["export"]).success().json()
}

#[test]
fn an_import_with_escapes_in_any_field_is_refused_whole_and_changes_nothing() {
    let from = Env::new();
    let doc = crafted(&from, |_| {});
    from.run(&[
        "workflow", "create", "deploy", "--authz", "az_one", "--scope", "read",
    ])
    .success();
    let doc: serde_json::Value = {
        let mut d: serde_json::Value = from.run(&["export"]).success().json();
        d["authorizations"] =
            serde_json::from_str::<serde_json::Value>(&doc).unwrap()["authorizations"].clone();
        d
    };
    let fields: &[&[&str]] = &[
        &["authorizations", "0", "id"],
        &["authorizations", "0", "email"],
        &["authorizations", "0", "subject"],
        &["authorizations", "0", "created_by"],
        &["authorizations", "0", "label"],
        &["authorizations", "0", "issuer"],
        &["authorizations", "0", "scopes", "0"],
        &["workflows", "0", "name"],
        &["workflows", "0", "owner"],
        &["workflows", "0", "scopes", "0"],
        &["events", "0", "action"],
        &["events", "0", "actor"],
        &["events", "0", "workflow"],
        &["events", "0", "at"],
    ];
    let to = Env::new();
    to.init();
    let before = to.snapshot();
    for path in fields {
        for bad in NASTY {
            let mut d = doc.clone();
            let mut v = &mut d;
            for p in *path {
                v = match p.parse::<usize>() {
                    Ok(i) => &mut v[i],
                    Err(_) => &mut v[*p],
                };
            }
            let was = v.as_str().unwrap_or("x").to_owned();
            *v = format!("{was}{bad}").into();
            let run = to.run_stdin(&["import", "-"], &d.to_string());
            assert_eq!(
                run.code, 2,
                "{path:?} with {bad:?} was accepted: {}",
                run.stderr
            );
            let run = run.one_line_error();
            assert_clean("the import error", &run.stderr);
        }
    }
    // A relative time and an unknown action are refused too.
    let mut d = doc.clone();
    d["events"][0]["at"] = "5d".into();
    to.run_stdin(&["import", "-"], &d.to_string()).code(2);
    let mut d = doc.clone();
    d["events"][0]["action"] = "revoked-by-the-ceo".into();
    to.run_stdin(&["import", "-"], &d.to_string()).code(2);
    assert_eq!(to.snapshot(), before, "a refused import changed the store");
    // The document as exported is fine.
    to.run_stdin(&["import", "-"], &doc.to_string()).success();
}

#[test]
fn every_view_escapes_what_the_store_holds() {
    let env = Env::new();
    let evil = NASTY.concat();
    env.seed_authz("az_one", &format!("one{evil}@example.com"), "read");
    let c = env.sql();
    c.execute(
        "UPDATE authorizations SET label = ?1, name = ?1, created_by = ?1, subject = ?1",
        [&evil],
    )
    .unwrap();
    c.execute(
        "INSERT INTO workflows (name, authz_id, owner, scopes, created, updated) \
         VALUES (?1, 'az_one', ?1, 'read', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z')",
        [&format!("wf{evil}")],
    )
    .unwrap();
    c.execute(
        "INSERT INTO events (at, actor, action, authz_id, workflow, details) \
         VALUES ('2026-11-01T10:00:00Z', ?1, ?1, 'az_one', ?1, json_object('x', ?1))",
        [&evil],
    )
    .unwrap();
    drop(c);
    for args in [
        &["list"][..],
        &["show", "az_one"],
        &["log"],
        &["workflow", "list"],
        &["audit"],
        &["doctor", "--dry-run"],
    ] {
        let run = env.run(args);
        assert_clean(&format!("authz {args:?}"), &run.stdout);
        assert_clean(&format!("authz {args:?} (stderr)"), &run.stderr);
    }
    // An error naming what the user typed.
    let run = env
        .run(&["show", &format!("az_{evil}")])
        .code(4)
        .one_line_error();
    assert_clean("the error", &run.stderr);
}

#[test]
fn imported_events_keep_their_history_but_say_who_imported_them() {
    let text = with_history(&Env::new()).to_string();
    let mut to = Env::new();
    to.set("USER", "importer");
    to.init();
    to.run_stdin(&["import", "-"], &text).success();
    let events = to.run(&["--json", "log"]).success().json();
    let events = events.as_array().unwrap();
    let copied: Vec<&serde_json::Value> = events
        .iter()
        .filter(|e| e["action"] != "imported")
        .collect();
    assert!(!copied.is_empty());
    for e in copied {
        assert_eq!(e["details"]["imported"]["by"], "importer", "{e}");
        assert!(e["details"]["imported"]["at"].is_string(), "{e}");
    }
    to.run(&["log"])
        .success()
        .stdout_has("(imported by importer)");
    // A document cannot pass its events off as not imported.
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    for e in doc["events"].as_array_mut().unwrap() {
        e["details"]["imported"] = serde_json::Value::Null;
    }
    let again = Env::new();
    again
        .run_stdin(&["import", "-"], &doc.to_string())
        .success();
    let events = again.run(&["--json", "log"]).success().json();
    assert!(
        events
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["action"] != "imported")
            .all(|e| e["details"]["imported"]["by"] == "tester")
    );
}
