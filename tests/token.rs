//! `authz token`, `authz test` and a verified `revoke --replace`, against a real oidc-provider
//! (refresh-token rotation on) and a real Secret Service. No sleeps: an expired token is made by
//! moving the store's recorded expiry into the past, which is what `authz token` consults first.
//! Every test runs on both secret backends: the keyring and a real OpenBao.

mod support;

use serde_json::Value;
use support::world::{Backend, World};

impl World {
    /// Logs `login` in through the browserless user; returns the new authorization's id.
    #[track_caller]
    fn add(&mut self, login: &str, scopes: &[&str]) -> String {
        self.env.set("AUTHZ_TEST_LOGIN", login);
        let mut args = vec!["--json", "add", "--timeout", "60"];
        for s in scopes {
            args.extend(["--scope", s]);
        }
        let run = self.run(&args);
        assert_eq!(run.code, 0, "add: {}\n{}", run.stderr, self.provider.log());
        if self.bao.is_some() {
            assert_eq!(
                self.keyring.entries(),
                Vec::<String>::new(),
                "tokens went to the keyring"
            );
        }
        run.json()["id"].as_str().unwrap().to_owned()
    }

    #[track_caller]
    fn token(&self, args: &[&str]) -> String {
        let mut all = vec!["token"];
        all.extend_from_slice(args);
        let out = self.run(&all).success();
        assert!(
            out.stdout.ends_with('\n') && out.stdout.lines().count() == 1,
            "{:?}",
            out.stdout
        );
        out.stdout.trim_end().to_owned()
    }

    fn show(&self, id: &str) -> Value {
        self.run(&["show", id, "--json"]).success().json()
    }
}

fn a_valid_cached_token_is_served_without_any_network_call(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &["workflows:read"]);
    let before = w.provider.stats();
    let first = w.token(&[&id]);
    assert_eq!(
        w.provider.stats(),
        before,
        "the cached path talked to the provider"
    );
    // With the provider gone, the cached token is still served.
    w.provider.stop();
    assert_eq!(w.token(&[&id]), first);
    assert_eq!(w.token(&["alice@example.com"]), first);
}

fn an_expired_token_is_refreshed_once_and_works(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    let old = w.token(&[&id]);
    w.expire(&id);
    let fresh = w.token(&[&id]);
    assert_ne!(fresh, old);
    assert_eq!(w.provider.refreshes(), 1);
    assert_eq!(w.provider.userinfo_sub(&fresh), Ok("alice".to_string()));
    // The new expiry is recorded: the next call is cached again.
    assert_eq!(w.token(&[&id]), fresh);
    assert_eq!(w.provider.refreshes(), 1);
    let state = &w.show(&id)["token"];
    assert_eq!(state["state"], "valid", "{state}");
}

fn rotated_refresh_tokens_are_persisted_so_refreshes_keep_working(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    let first_rt = w.refresh_token(&id).unwrap();
    let mut seen = vec![first_rt.clone()];
    for _ in 0..4 {
        w.expire(&id);
        let at = w.token(&[&id]);
        assert_eq!(w.provider.userinfo_sub(&at), Ok("alice".to_string()));
        let rt = w.refresh_token(&id).unwrap();
        assert!(
            !seen.contains(&rt),
            "the refresh token was not rotated/persisted"
        );
        seen.push(rt);
    }
    assert_eq!(w.provider.refreshes(), 4);
    if let Some(p) = &w.bao {
        // Each rotation was a new version; the superseded ones are not readable.
        let v = p.version(&id);
        assert!(v >= 5, "version {v}");
        for old in 1..v {
            assert_eq!(p.version_status(&id, old), 404, "version {old} is readable");
        }
    }
    let log = w.run(&["log", "--authz", &id, "--json"]).success().json();
    let refreshed = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "refreshed")
        .count();
    assert_eq!(refreshed, 4);
}

fn eight_concurrent_callers_on_an_expired_token_cause_one_refresh(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    w.run(&["workflow", "create", "nightly", "--authz", &id])
        .success();
    w.expire(&id);
    let children: Vec<_> = (0..8)
        .map(|i| {
            let args: Vec<&str> = if i % 2 == 0 {
                vec!["token", &id]
            } else {
                vec!["token", "--workflow", "nightly"]
            };
            w.env
                .command(&args)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    let mut tokens = std::collections::BTreeSet::new();
    for o in &outs {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        tokens.insert(
            String::from_utf8(o.stdout.clone())
                .unwrap()
                .trim()
                .to_owned(),
        );
    }
    assert_eq!(w.provider.refreshes(), 1, "exactly one refresh request");
    assert_eq!(tokens.len(), 1, "everyone got the refreshed token");
    let token = tokens.into_iter().next().unwrap();
    assert_eq!(w.provider.userinfo_sub(&token), Ok("alice".to_string()));
}

fn a_refresh_token_revoked_at_the_provider_means_relogin_needed_and_exit_7(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    w.run(&["workflow", "create", "deploy", "--authz", &id])
        .success();
    w.provider.admin_revoke("alice");
    w.expire(&id);
    let r = w.run(&["token", &id]).code(7).one_line_error();
    assert!(
        r.stderr.contains(&format!("authz add --reauth {id}")),
        "{}",
        r.stderr
    );
    assert_eq!(r.stdout, "");
    assert_eq!(w.status(&id), "relogin-needed");
    assert_eq!(
        w.show(&id)["workflows"],
        serde_json::json!(["deploy"]),
        "workflows must stay"
    );
    let log = w.run(&["log", "--authz", &id, "--json"]).success().json();
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "relogin-needed"),
        "{log}"
    );
    // From now on it fails fast, without asking the provider again.
    let refreshes = w.provider.refreshes();
    w.run(&["token", "--workflow", "deploy"])
        .code(7)
        .one_line_error();
    assert_eq!(w.provider.refreshes(), refreshes);
    w.run(&["list"]).success().stdout_has("relogin-needed");
    let e = w.run(&["token", &id, "--json"]).code(7).stderr_json();
    assert_eq!(e["error"]["kind"], "relogin");
}

fn a_transient_provider_failure_exits_5_and_changes_nothing(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    w.expire(&id);
    let rt = w.refresh_token(&id).unwrap();
    let before = w.env.state();
    w.provider.admin_fail(1, 503);
    w.run(&["token", &id]).code(5).one_line_error();
    assert_eq!(w.env.state(), before);
    assert_eq!(w.refresh_token(&id).unwrap(), rt);
    // The provider is back: the same refresh token still works.
    let at = w.token(&[&id]);
    assert_eq!(w.provider.userinfo_sub(&at), Ok("alice".to_string()));
    // Provider unreachable: exit 5 too.
    w.expire(&id);
    w.provider.stop();
    w.run(&["token", &id]).code(5).one_line_error();
    assert_eq!(w.status(&id), "active");
}

/// Some providers refuse a dead refresh token with a bare status and no body: a refusal all
/// the same, not a network problem.
fn a_refresh_answered_by_a_bare_400_or_401_means_relogin_needed_and_exit_7(b: Backend) {
    for status in [400, 401] {
        let mut w = World::on(b);
        let id = w.add("alice", &[]);
        w.expire(&id);
        w.provider.admin_fail_bare("/token", status);
        let r = w.run(&["token", &id]).code(7).one_line_error();
        assert!(
            r.stderr.contains(&format!("HTTP {status}"))
                && r.stderr.contains("with no OAuth error"),
            "{}",
            r.stderr
        );
        assert!(!r.stderr.contains("HTTPS_PROXY"), "{}", r.stderr);
        r.stderr_has(&format!("authz add --reauth {id}"));
        assert_eq!(w.status(&id), "relogin-needed");
    }
}

/// A 400 with the provider's own words names them.
fn a_refresh_refused_with_an_oauth_error_names_the_providers_words(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    w.expire(&id);
    w.provider.admin_fail(1, 400);
    w.run(&["token", &id])
        .code(7)
        .one_line_error()
        .stderr_has("temporarily_unavailable: injected failure");
    assert_eq!(w.status(&id), "relogin-needed");
}

fn a_refresh_answered_by_503_or_429_stays_transient_with_exit_5(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    w.expire(&id);
    let rt = w.refresh_token(&id).unwrap();
    for status in [503, 429] {
        w.provider.admin_fail_bare("/token", status);
        let r = w.run(&["token", &id]).code(5).one_line_error();
        assert!(r.stderr.contains(&format!("HTTP {status}")), "{}", r.stderr);
        r.stderr_has("hint: the provider is unavailable or overloaded, not the network; nothing was changed: try again later");
        assert_eq!(w.status(&id), "active");
        assert_eq!(w.refresh_token(&id).unwrap(), rt);
    }
    // With a JSON body too.
    w.provider.admin_fail(1, 503);
    w.run(&["token", &id])
        .code(5)
        .stderr_has("temporarily_unavailable");
    assert_eq!(w.status(&id), "active");
    let at = w.token(&[&id]);
    assert_eq!(w.provider.userinfo_sub(&at), Ok("alice".to_string()));
}

fn a_refresh_token_deleted_behind_our_back_is_exit_7(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    w.clear_tokens(&id);
    w.run(&["token", &id])
        .code(7)
        .one_line_error()
        .stderr_has(w.backend_word());
    assert_eq!(w.status(&id), "relogin-needed");
}

fn list_and_show_tell_the_token_state(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    w.run(&["list"]).success().stdout_has("valid until");
    w.expire(&id);
    w.run(&["list"])
        .success()
        .stdout_has("expired (will refresh)");
    assert_eq!(w.show(&id)["token"]["state"], "expired");
}

fn test_checks_the_identity_at_the_provider(b: Backend) {
    let mut w = World::on(b);
    let id = w.add("alice", &[]);
    let v = w.run(&["test", &id, "--json"]).success().json();
    assert_eq!(v["ok"], true);
    assert_eq!(v["token"], "cached");
    assert_eq!(v["userinfo_subject"], "alice");
    w.expire(&id);
    let v = w.run(&["test", &id, "--json"]).success().json();
    assert_eq!(v["token"], "refreshed");
    w.run(&["test", &id])
        .success()
        .stdout_has("identity: subject alice");
    // The provider no longer honours it: test fails (and says how to fix it).
    w.provider.admin_revoke("alice");
    w.expire(&id);
    w.run(&["test", &id]).code(7).one_line_error();
}

fn revoke_replace_verifies_the_replacement_first(b: Backend) {
    let mut w = World::on(b);
    let old = w.add("alice", &[]);
    let new = w.add("bob", &[]);
    for name in ["backup", "deploy"] {
        w.run(&["workflow", "create", name, "--authz", &old])
            .success();
    }
    // NEW is dead at the provider: refused, no workflow moved, OLD still active.
    w.provider.admin_revoke("bob");
    w.expire(&new);
    w.run(&["revoke", &old, "--replace", &new])
        .code(7)
        .one_line_error()
        .stderr_has("nothing was changed");
    assert_eq!(
        w.show(&old)["workflows"],
        serde_json::json!(["backup", "deploy"])
    );
    assert_eq!(w.status(&old), "active");
    // What the check learned is kept: NEW needs a login.
    assert_eq!(w.status(&new), "relogin-needed");

    // A working replacement: verified, then everything moves.
    let good = w.add("carol", &[]);
    let userinfo = w.provider.stats()["userinfo"].as_u64().unwrap();
    let v = w
        .run(&["revoke", &old, "--replace", &good, "--json"])
        .success()
        .json();
    assert_eq!(v["moved"], serde_json::json!(["backup", "deploy"]));
    assert!(
        w.provider.stats()["userinfo"].as_u64().unwrap() > userinfo,
        "NEW was not tested"
    );
    assert_eq!(w.status(&old), "revoked");
}

fn revoke_replace_no_verify_works_offline(b: Backend) {
    let mut w = World::on(b);
    let old = w.add("alice", &[]);
    let new = w.add("bob", &[]);
    w.run(&["workflow", "create", "backup", "--authz", &old])
        .success();
    w.provider.stop();
    w.expire(&new);
    w.run(&["revoke", &old, "--replace", &new]).code(5);
    assert_eq!(w.status(&old), "active");
    w.run(&["revoke", &old, "--replace", &new, "--no-verify"])
        .success()
        .stderr_has("warning");
    assert_eq!(w.show(&new)["workflows"], serde_json::json!(["backup"]));
}

backends!(
    a_valid_cached_token_is_served_without_any_network_call,
    an_expired_token_is_refreshed_once_and_works,
    rotated_refresh_tokens_are_persisted_so_refreshes_keep_working,
    eight_concurrent_callers_on_an_expired_token_cause_one_refresh,
    a_refresh_token_revoked_at_the_provider_means_relogin_needed_and_exit_7,
    a_transient_provider_failure_exits_5_and_changes_nothing,
    a_refresh_token_deleted_behind_our_back_is_exit_7,
    a_refresh_answered_by_a_bare_400_or_401_means_relogin_needed_and_exit_7,
    a_refresh_refused_with_an_oauth_error_names_the_providers_words,
    a_refresh_answered_by_503_or_429_stays_transient_with_exit_5,
    list_and_show_tell_the_token_state,
    test_checks_the_identity_at_the_provider,
    revoke_replace_verifies_the_replacement_first,
    revoke_replace_no_verify_works_offline,
);
