//! A hostile or broken provider (tests/provider/hostile.mjs, one fault per test): every fault is
//! a clear error (exit 5), nothing is stored, and a code that was sent is never sent again.
//! An odd email is not a fault: it is stored as given and always displayed escaped.
//! (An issuer differing by a trailing slash and an untrusted certificate: tests/login.rs.)

mod support;

use serde_json::Value;
use support::provider::Provider;
use support::world::World;

fn world(scenario: &str) -> World {
    World::with(Provider::hostile(scenario, &[]))
}

impl World {
    fn hostile_stat(&self, name: &str) -> u64 {
        self.provider.stats()[name].as_u64().unwrap()
    }

    /// `authz add` fails with exit 5 and `needle` in its error line; nothing is stored.
    #[track_caller]
    fn add_fails(&self, needle: &str) {
        let run = self.run(&["add", "--timeout", "30"]).code(5);
        let error = run.stderr.lines().find(|l| l.starts_with("error: "));
        assert!(
            error.is_some_and(|l| l.contains(needle)),
            "no error line with {needle:?}:\n{}",
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        self.assert_nothing_stored();
    }
}

#[test]
fn metadata_naming_another_issuer_is_refused_before_any_login() {
    let w = world("issuer-mismatch");
    w.add_fails("names issuer");
    assert_eq!(w.hostile_stat("authorize"), 0);
}

#[test]
fn an_http_endpoint_is_refused_before_any_login() {
    let w = world("http-endpoint");
    w.add_fails("token_endpoint");
    assert_eq!(w.hostile_stat("authorize"), 0);
}

#[test]
fn a_provider_without_s256_is_refused_before_any_login() {
    let w = world("no-s256");
    w.add_fails("S256");
    assert_eq!(w.hostile_stat("authorize"), 0);
}

#[test]
fn an_html_token_response_is_refused_and_the_code_sent_once() {
    let w = world("token-html");
    w.add_fails("text/html");
    assert_eq!(w.hostile_stat("token"), 1);
}

#[test]
fn a_token_response_without_an_access_token_is_refused() {
    let w = world("token-missing-fields");
    w.add_fails("missing field `access_token`");
    assert_eq!(w.hostile_stat("token"), 1);
}

#[test]
fn a_token_that_is_not_bearer_is_refused() {
    let w = world("token-not-bearer");
    w.add_fails("Bearer");
    assert_eq!(w.hostile_stat("token"), 1);
}

#[test]
fn an_absurd_expires_in_is_refused() {
    let w = world("token-absurd-expiry");
    w.add_fails("expires_in");
    assert_eq!(w.hostile_stat("token"), 1);
}

#[test]
fn a_5xx_after_the_code_was_sent_is_exit_5_and_the_code_is_never_retried() {
    let w = world("token-5xx");
    w.add_fails("HTTP 502");
    // Said as what it is: the provider is down, nothing to fix here.
    w.run(&["add", "--timeout", "30"])
        .code(5)
        .stderr_has("hint: the provider is unavailable or overloaded");
    assert_eq!(w.hostile_stat("token"), 2, "the code was sent again");
}

#[test]
fn a_redirect_from_the_token_endpoint_is_not_followed() {
    let w = world("token-redirect");
    w.add_fails("307");
    assert_eq!(w.hostile_stat("token"), 1);
    assert_eq!(
        w.hostile_stat("elsewhere"),
        0,
        "the code was sent where the redirect pointed"
    );
}

#[test]
fn an_id_token_whose_sub_differs_from_userinfo_is_refused_and_the_tokens_given_back() {
    let w = world("sub-mismatch");
    w.add_fails("differs from the userinfo subject");
    assert_eq!(w.hostile_stat("revocations"), 1, "tokens left alive");
}

/// An email with an escape sequence, a bidi override and a bell, 64 KiB long.
fn odd_email() -> String {
    format!(
        "{}\u{1b}[31mred\u{202e}moc.evil\u{7}@example.com",
        "a".repeat(64 * 1024)
    )
}

#[test]
fn an_odd_email_is_stored_as_given_and_always_displayed_escaped() {
    let email = odd_email();
    let w = World::with(Provider::hostile(
        "ok",
        &["--email", &serde_json::to_string(&email).unwrap()],
    ));
    let added = w.run(&["add", "--timeout", "30"]).success();
    let stored: String = w
        .env
        .sql()
        .query_row("SELECT email FROM authorizations", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, email, "not stored as given");
    let id: String = w
        .env
        .sql()
        .query_row("SELECT id FROM authorizations", [], |r| r.get(0))
        .unwrap();
    for run in [
        added,
        w.run(&["list"]).success(),
        w.run(&["show", &id]).success(),
        w.run(&["log"]).success(),
        w.run(&["audit"]),
        w.run(&["revoke", &id, "--dry-run"]).success(),
    ] {
        for out in [&run.stdout, &run.stderr] {
            assert!(
                !out.contains(['\u{1b}', '\u{202e}', '\u{7}']),
                "`authz {}` printed a raw control or bidi character",
                run.args
            );
        }
        assert!(
            run.stdout.contains("\\u{1b}[31mred\\u{202e}") || run.args.starts_with("log"),
            "`authz {}` does not show the email escaped:\n{}",
            run.args,
            &run.stdout[..run.stdout.len().min(300)]
        );
    }
    // JSON carries it exactly (JSON escapes it).
    let shown: Value = w.run(&["--json", "show", &id]).success().json();
    assert_eq!(shown["email"], email.as_str());
}

/// The scope parameter of the provider's last authorization request, as a list.
fn requested_scopes(w: &World) -> Vec<String> {
    let scope = w.provider.stats()["scope"].as_str().unwrap().to_owned();
    scope.split(' ').map(str::to_owned).collect()
}

#[test]
fn offline_access_is_asked_for_only_where_the_provider_may_know_it() {
    // Not published: asked for.
    let w = world("ok");
    w.run(&["add", "--timeout", "30"]).success();
    assert!(requested_scopes(&w).contains(&"offline_access".into()));
    // Listed: asked for.
    let w = World::with(Provider::hostile(
        "ok",
        &[
            "--scopes-supported",
            r#"["openid","email","offline_access"]"#,
        ],
    ));
    w.run(&["add", "--timeout", "30"]).success();
    assert!(requested_scopes(&w).contains(&"offline_access".into()));
    // Published without it (this provider refuses unknown scopes): left out, and the login
    // works, since the provider issues a refresh token anyway.
    let w = World::with(Provider::hostile(
        "ok",
        &["--scopes-supported", r#"["openid","email"]"#],
    ));
    let added = w
        .run(&["--json", "add", "--timeout", "30"])
        .success()
        .json();
    assert_eq!(requested_scopes(&w), vec!["email", "openid"]);
    assert_eq!(added["status"], "active");
    assert_eq!(added["not_granted"], serde_json::json!([]));
}

#[test]
fn a_login_without_a_refresh_token_is_still_refused() {
    let w = World::with(Provider::hostile(
        "no-refresh",
        &["--scopes-supported", r#"["openid","email"]"#],
    ));
    w.add_fails("issued no refresh token");
}

#[test]
fn invalid_scope_names_the_scopes_requested_and_those_the_provider_supports() {
    let w = World::with(Provider::hostile(
        "ok",
        &[
            "--scopes-supported",
            r#"["openid","email","offline_access"]"#,
        ],
    ));
    let run = w
        .run(&["add", "--scope", "workflows:read", "--timeout", "30"])
        .code(5)
        .stderr_has("error: the provider refused the login: invalid_scope")
        .stderr_has("requested: email offline_access openid workflows:read")
        .stderr_has("the provider supports: openid email offline_access")
        .stderr_has("hint: leave out what it does not know (workflows:read)");
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    w.assert_nothing_stored();
    assert_eq!(w.hostile_stat("token"), 0);
    let args = [
        "--json",
        "add",
        "--scope",
        "workflows:read",
        "--timeout",
        "30",
    ];
    let run = w.run(&args).code(5);
    // Among the progress lines (and the browser's, which may cut in), the error object.
    let at = run.stderr.find("{\"error\"").expect("an error object");
    let json: Value = serde_json::Deserializer::from_str(&run.stderr[at..])
        .into_iter()
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(json["error"]["details"]["oauth_error"], "invalid_scope");
    assert_eq!(
        json["error"]["details"]["scopes_supported"],
        serde_json::json!(["openid", "email", "offline_access"])
    );
}

/// A provider under `/tenant` whose OpenID discovery document lacks `revocation_endpoint`,
/// with RFC 8414 metadata at the URL `form` (`path` or `issuer`) in `scenario`.
fn revocation_only_in_rfc8414(scenario: &str, form: &str) -> World {
    World::with(Provider::hostile(
        scenario,
        &["--issuer-path", "/tenant", "--rfc8414", form],
    ))
}

/// Adds an authorization and revokes it; returns revoke's run.
fn add_then_revoke(w: &World) -> support::Run {
    let added = w
        .run(&["--json", "add", "--timeout", "30"])
        .success()
        .json();
    let id = added["id"].as_str().unwrap().to_owned();
    w.run(&["revoke", &id, "--yes"]).success()
}

#[test]
fn a_revocation_endpoint_found_only_in_rfc8414_metadata_is_used_in_both_url_forms() {
    for form in ["path", "issuer"] {
        let w = revocation_only_in_rfc8414("oidc-without-revocation", form);
        assert!(w.provider.issuer.ends_with("/tenant"));
        let run = add_then_revoke(&w);
        assert!(w.hostile_stat("rfc8414") >= 1, "{form}: not read");
        assert_eq!(
            w.hostile_stat("revocations"),
            1,
            "{form}: the refresh token was left alive:\n{}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("no revocation endpoint"),
            "{}",
            run.stderr
        );
        let audit = w.run(&["--json", "audit"]).success().json();
        assert!(
            !audit.to_string().contains("no-revocation-endpoint"),
            "{audit}"
        );
    }
}

#[test]
fn rfc8414_metadata_naming_another_issuer_is_ignored_and_the_missing_revocation_reported() {
    let w = revocation_only_in_rfc8414("rfc8414-other-issuer", "path");
    let added = w
        .run(&["--json", "add", "--timeout", "30"])
        .success()
        .json();
    let id = added["id"].as_str().unwrap().to_owned();
    // Before revoking: audit lists it.
    let audit = w.run(&["--json", "audit"]).success().json();
    let found: Vec<&Value> = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == "no-revocation-endpoint")
        .collect();
    assert_eq!(found.len(), 1, "{audit}");
    assert_eq!(found[0]["authorization"], id.as_str());
    w.run(&["audit"])
        .success()
        .stdout_has("no-revocation-endpoint")
        .stdout_has("publishes no revocation endpoint");
    let run = w.run(&["revoke", &id, "--yes"]).success();
    assert!(
        run.stderr.contains(
            "publishes no revocation endpoint (neither in its OpenID discovery document nor in its RFC 8414 metadata)"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        w.hostile_stat("revocations"),
        0,
        "sent to the other issuer's endpoint"
    );
}

/// `authz add` against a provider whose userinfo has `claims` merged in, and `extra` flags.
fn add_with_userinfo(claims: &str, extra: &[&str], args: &[&str]) -> (World, support::Run) {
    let mut flags = vec!["--userinfo", claims];
    flags.extend_from_slice(extra);
    let w = World::with(Provider::hostile("ok", &flags));
    let mut all = vec!["add", "--timeout", "30"];
    all.extend_from_slice(args);
    let run = w.run(&all);
    (w, run)
}

#[test]
fn a_missing_email_says_which_case_it_is_and_points_at_the_claim_setup() {
    let cases = [
        // The email scope was not granted.
        (
            r#"{"email":null}"#,
            &["--granted-scope", "openid offline_access"][..],
            "the provider did not grant the `email` scope",
        ),
        // Granted, but no claim.
        (
            r#"{"email":null}"#,
            &[][..],
            "the `email` scope was granted, but the provider's userinfo has no `email` claim",
        ),
        // The claim is there, but empty.
        (
            r#"{"email":""}"#,
            &[][..],
            "the provider's `email` claim for this account is empty",
        ),
    ];
    for (claims, extra, why) in cases {
        let (w, run) = add_with_userinfo(claims, extra, &[]);
        let run = run
            .code(5)
            .stderr_has(&format!("error: {why}"))
            .stderr_has("have the provider release `email` to this client");
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        w.assert_nothing_stored();
        assert_eq!(w.hostile_stat("revocations"), 1, "{why}: tokens left alive");
    }
}

#[test]
fn email_claim_names_another_claim_that_is_recorded_shown_and_remembered() {
    let (w, run) = add_with_userinfo(
        r#"{"email":null,"upn":"alice@corp.example"}"#,
        &[],
        &["--email-claim", "upn"],
    );
    let run = run.success();
    assert!(
        run.stdout.contains("for alice@corp.example"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("email from claim: upn"),
        "{}",
        run.stdout
    );
    // `profile` is asked for too (where such claims live), offline_access as usual.
    assert_eq!(
        requested_scopes(&w),
        vec!["email", "offline_access", "openid", "profile"]
    );
    // Recorded with the authorization, shown by show and in JSON.
    let listed = w.run(&["--json", "list"]).success().json();
    let first = &listed[0];
    let id = first["id"].as_str().unwrap().to_owned();
    assert_eq!(first["email"], "alice@corp.example");
    assert_eq!(first["email_claim"], "upn");
    w.run(&["show", &id])
        .success()
        .stdout_has("email claim:     upn");
    // Remembered for this issuer: the next login uses it without the flag.
    let again = w
        .run(&["--json", "add", "--timeout", "30"])
        .success()
        .json();
    assert_eq!(again["email"], "alice@corp.example");
    assert_eq!(again["email_claim"], "upn");
    // A claim that is not there says so, naming it.
    w.run(&[
        "add",
        "--timeout",
        "30",
        "--email-claim",
        "preferred_username",
    ])
    .code(5)
    .stderr_has("error: the provider's userinfo has no `preferred_username` claim");
    // Not a claim name: refused before any login.
    let before = w.hostile_stat("authorize");
    w.run(&["add", "--email-claim", "two words"])
        .code(2)
        .one_line_error()
        .stderr_has("is not a claim name");
    assert_eq!(w.hostile_stat("authorize"), before);
}

#[test]
fn a_failed_email_claim_suggests_only_claims_the_userinfo_has() {
    let (w, run) = add_with_userinfo(
        r#"{"email":null,"upn":"alice@corp.example"}"#,
        &[],
        &["--email-claim", "preferred_username"],
    );
    let run = run
        .code(5)
        .stderr_has("no `preferred_username` claim")
        .stderr_has("authz add --email-claim upn");
    assert!(
        !run.stderr.contains("--email-claim preferred_username"),
        "suggested the claim that just failed:\n{}",
        run.stderr
    );
    w.assert_nothing_stored();
}

#[test]
fn a_one_off_email_claim_says_it_is_remembered_and_profile_show_shows_it() {
    let (w, run) = add_with_userinfo(
        r#"{"email":null,"upn":"alice@corp.example"}"#,
        &[],
        &["--email-claim", "upn"],
    );
    run.success()
        .stderr_has("later logins at this issuer read the account from `upn` too (was `email`)");
    w.run(&["profile", "show"])
        .success()
        .stdout_has("email claim:    upn");
    let shown = w.run(&["--json", "profile", "show"]).success().json();
    assert_eq!(shown["email_claim"], "upn");
}
