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
