//! `authz add` through the device authorization grant (RFC 8628) against the real provider: the
//! user is played headlessly by `browser.mjs --device CODE ISSUER` once the code shows on
//! authz's stderr, or by `$BROWSER` opened on the code URL. The provider announces a 1 s
//! interval (its default is 5 s) so the tests stay quick.

mod support;

use serde_json::Value;
use std::time::Duration;
use support::callback::user_code;
use support::provider::Provider;
use support::session::Session;
use support::world::World;

/// A world whose provider polls at 1 s, with `extra` server flags; `$BROWSER` is unset and
/// there is no display, so nothing can open a browser: authz must choose the device grant.
fn headless(extra: &[&str]) -> World {
    let mut flags = vec!["--device-interval", "1"];
    flags.extend_from_slice(extra);
    let mut w = World::with(Provider::start_with(&flags));
    w.env.unset("BROWSER");
    w
}

/// The user, on another device: enters `code` at the provider, logs in and approves.
fn approve(w: &World, code: &str) {
    w.user_elsewhere(&["--device", code, &w.provider.issuer], "approve");
}

fn device_polls(w: &World) -> u64 {
    w.provider.stats()["token_requests"]["device_code"]
        .as_u64()
        .unwrap()
}

#[test]
fn without_a_browser_add_shows_a_code_polls_while_pending_and_stores_the_approved_account() {
    let w = headless(&[]);
    let mut s = Session::start(&w.env, &["-v", "--json", "add", "--timeout", "60"]);
    let code = s.wait_for(Duration::from_secs(30), user_code);
    // The user takes a while: authz keeps polling and hears authorization_pending.
    s.wait_for(Duration::from_secs(10), |l| {
        l.contains("authorization_pending").then_some(())
    });
    approve(&w, &code);
    let run = s.finish(Duration::from_secs(30)).success();
    let added = run.json();
    assert_eq!(added["email"], "alice@example.com");
    assert_eq!(added["subject"], "alice");
    assert_eq!(added["status"], "active");
    let id = added["id"].as_str().unwrap();
    assert_eq!(
        w.keyring.entries(),
        vec![format!("{id}:access"), format!("{id}:refresh")]
    );
    // It said why it chose the device grant, and where to go: the URL and the one with the code.
    assert!(
        run.stderr.contains("note: no browser can start here"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("    {}/device\n", w.provider.issuer))
    );
    assert!(run.stderr.contains(&format!("/device?user_code={code}")));
    let stats = w.provider.stats();
    assert!(device_polls(&w) >= 2, "{stats}");
    assert_eq!(stats["device_polls_too_fast"], 0, "{stats}");
    assert_eq!(w.provider.code_redemptions(), 0);
}

#[test]
fn add_device_opens_the_browser_on_the_url_that_carries_the_code() {
    let w = World::with(Provider::start_with(&["--device-interval", "1"]));
    let run = w
        .run(&["--json", "add", "--device", "--timeout", "60"])
        .success();
    assert_eq!(run.json()["email"], "alice@example.com");
    // $BROWSER (the browserless user) got the code URL and approved it there.
    assert!(
        run.stderr.contains("[browser] device flow approved"),
        "{}",
        run.stderr
    );
    assert_eq!(w.provider.code_redemptions(), 0);
}

#[test]
fn a_denied_device_login_fails_with_exit_5_and_stores_nothing() {
    let mut w = World::with(Provider::start_with(&["--device-interval", "1"]));
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "deny");
    w.run(&["add", "--device", "--timeout", "60"])
        .code(5)
        .stderr_has("error: the login was denied at the provider: access_denied")
        .stderr_has("hint: run authz add again and approve the access");
    w.assert_nothing_stored();
    assert_eq!(w.provider.revocations(), 0);
}

#[test]
fn an_expired_device_code_fails_with_exit_5_and_stores_nothing() {
    let w = headless(&["--device-ttl", "3"]);
    w.run(&["add", "--timeout", "60"])
        .code(5)
        .stderr_has("error: the device code expired before the login was approved")
        .stderr_has("hint: run authz add again");
    w.assert_nothing_stored();
}

#[test]
fn a_device_login_nobody_approves_ends_at_the_timeout() {
    let w = headless(&[]);
    w.run(&["add", "--timeout", "2"])
        .code(5)
        // The wait it announces is --timeout's, not the code's 10 minutes.
        .stderr_has("Waiting up to 2 seconds for the login to be approved (--timeout;")
        .stderr_has("error: no login within 2 s");
    w.assert_nothing_stored();
}

#[test]
fn slow_down_adds_five_seconds_to_the_interval_for_good() {
    // The provider answers the first poll `slow_down` and then refuses (and counts) any poll
    // sooner than 1 + 5 s after the previous one.
    let w = World::with(Provider::start_with(&[
        "--device-interval",
        "1",
        "--device-slow-down",
        "1",
    ]));
    let run = w
        .run(&["-v", "--json", "add", "--device", "--timeout", "60"])
        .success();
    assert_eq!(run.json()["email"], "alice@example.com");
    assert!(
        run.stderr
            .contains("slow_down; polling every 6 s from now on"),
        "{}",
        run.stderr
    );
    let stats = w.provider.stats();
    assert_eq!(stats["device_slow_downs"], 1, "{stats}");
    assert_eq!(stats["device_polls_too_fast"], 0, "{stats}");
}

#[test]
fn reauth_through_the_device_grant_keeps_the_authorization_and_refuses_another_account() {
    let mut w = World::with(Provider::start_with(&["--device-interval", "1"]));
    let run = w
        .run(&["--json", "add", "--device", "--timeout", "60"])
        .success();
    let id = run.json()["id"].as_str().unwrap().to_owned();
    let before = w.keyring.refresh_token(&id).unwrap();

    let again: Value = w
        .run(&[
            "--json",
            "add",
            "--device",
            "--reauth",
            &id,
            "--timeout",
            "60",
        ])
        .success()
        .json();
    assert_eq!(again["id"], id.as_str());
    assert_eq!(again["reauthorized"], true);
    let renewed = w.keyring.refresh_token(&id).unwrap();
    assert_ne!(renewed, before, "the new refresh token was not stored");

    let snapshot = w.env.snapshot();
    w.env.set("AUTHZ_TEST_LOGIN", "bob");
    w.run(&["add", "--device", "--reauth", &id, "--timeout", "60"])
        .code(3)
        .stderr_has("alice@example.com")
        .stderr_has("bob@example.com");
    assert_eq!(w.env.snapshot(), snapshot, "the store changed");
    assert_eq!(w.keyring.refresh_token(&id).unwrap(), renewed);
}

#[test]
fn add_device_is_refused_when_the_provider_has_no_device_grant() {
    let w = World::with(Provider::start_with(&["--no-device"]));
    w.run(&["add", "--device", "--timeout", "60"])
        .code(5)
        .one_line_error()
        .stderr_has("does not offer the device grant");
    w.assert_nothing_stored();
}

#[test]
fn device_and_port_cannot_be_combined() {
    let w = headless(&[]);
    w.run(&["add", "--device", "--port", "8400"])
        .code(2)
        .stderr_has("--port");
    assert_eq!(device_polls(&w), 0);
}

#[test]
fn on_a_terminal_the_wait_shows_the_time_left_and_logs_get_no_live_line() {
    let w = headless(&[]);
    let logs = w.run(&["add", "--device", "--timeout", "2"]).code(5);
    assert!(
        !logs.stderr.contains("left)") && !logs.stderr.contains('\r'),
        "{}",
        logs.stderr
    );
    let out = w
        .env
        .terminal_command(&["add", "--device", "--timeout", "3"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("waiting for the login to be approved (0:0"),
        "{text}"
    );
    assert!(text.contains("left)\x1b[K"), "{text}");
    assert!(text.contains("no login within 3 s"), "{text}");
    w.assert_nothing_stored();
}

#[test]
fn a_confidential_client_authenticates_the_device_request_and_every_poll() {
    let mut w = headless(&[]);
    w.env.unset("AUTHZ_CLIENT_ID");
    let mut add = vec!["--json", "add", "--timeout", "60"];
    let client = w.confidential_client("device-secret");
    add.extend(client.iter().map(String::as_str));
    let mut s = Session::start(&w.env, &add);
    let code = s.wait_for(Duration::from_secs(30), user_code);
    approve(&w, &code);
    s.finish(Duration::from_secs(30)).success();
    assert_eq!(w.provider.client_auth("/device/auth", "basic"), 1);
    let polls = device_polls(&w);
    assert!(polls >= 1);
    assert_eq!(w.provider.client_auth("/token", "basic"), polls);
    assert_eq!(w.provider.client_auth("/token", "none"), 0);
    assert_eq!(w.provider.client_auth("/device/auth", "none"), 0);
}
