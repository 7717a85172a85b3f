//! `authz add` and remote revocation against real parts: oidc-provider over HTTPS with a CA made
//! at test time, gnome-keyring on a private D-Bus session, and a browserless user as `$BROWSER`.
//! Each test gets its own provider, keyring and store; the tests listed in `backends!` at the end
//! run on OpenBao too.

mod support;

use serde_json::Value;
use std::process::Stdio;
use std::time::{Duration, Instant};
use support::callback::{get, split, wait_for_callback_url};
use support::keyring::Keyring;
use support::provider::Proxy;
use support::world::{Backend, World};

fn world() -> World {
    World::new()
}

impl World {
    /// A successful `authz --json add ARGS`; returns the printed authorization.
    #[track_caller]
    fn add(&self, args: &[&str]) -> Value {
        // A browser that fails leaves authz waiting: fail in a minute, not in five.
        let mut all = vec!["--json", "add", "--timeout", "60"];
        all.extend_from_slice(args);
        let run = self.run(&all);
        if run.code != 0 {
            panic!(
                "authz add exited {}:\n{}\nprovider log:\n{}",
                run.code,
                run.stderr,
                self.provider.log()
            );
        }
        run.json()
    }

    fn events(&self, id: &str) -> Vec<String> {
        let c = self.env.sql();
        let mut stmt = c
            .prepare("SELECT action FROM events WHERE authz_id = ?1 ORDER BY id")
            .unwrap();
        stmt.query_map([id], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    }
}

fn id_of(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

#[test]
fn add_stores_the_row_in_sqlite_and_the_tokens_in_the_secret_service() {
    let w = world();
    let added = w.add(&["--scope", "workflows:read", "--label", "nightly jobs"]);
    let id = id_of(&added);
    assert!(id.starts_with("az_"), "{added}");
    assert_eq!(added["email"], "alice@example.com");
    assert_eq!(added["subject"], "alice");
    assert_eq!(added["issuer"], w.provider.issuer.as_str());
    assert_eq!(added["status"], "active");
    assert_eq!(added["label"], "nightly jobs");
    assert_eq!(added["workflows"], serde_json::json!([]));
    let scopes: Vec<&str> = added["scopes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    for s in ["openid", "email", "offline_access", "workflows:read"] {
        assert!(scopes.contains(&s), "{scopes:?} lacks {s}");
    }
    assert!(added["created"].is_string());

    // A fresh process reads it back.
    let shown = w.run(&["--json", "show", &id]).success().json();
    assert_eq!(shown["email"], "alice@example.com");
    assert_eq!(shown["token"]["state"], "valid");

    // The secrets are in the Secret Service, in two entries.
    let refresh = w
        .keyring
        .refresh_token(&id)
        .expect("refresh token in the keyring");
    let access = w
        .keyring
        .lookup(&format!("{id}:access"))
        .expect("access entry");
    assert!(refresh.len() >= 20, "{refresh}");
    let access: Value = serde_json::from_str(&access).unwrap();
    let access_token = access["access_token"].as_str().unwrap().to_owned();
    assert_eq!(
        w.keyring.entries(),
        vec![format!("{id}:access"), format!("{id}:refresh")]
    );

    // ... and nowhere in the store (database, WAL, shared memory).
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", w.env.db().display());
        if let Ok(bytes) = std::fs::read(&path) {
            for secret in [&refresh, &access_token] {
                assert!(
                    !bytes
                        .windows(secret.len())
                        .any(|win| win == secret.as_bytes()),
                    "a token is in {path}"
                );
            }
        }
    }
    // The provider settings are remembered; one code was redeemed, once.
    let c = w.env.sql();
    let issuer: String = c
        .query_row("SELECT value FROM settings WHERE key = 'issuer'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(issuer, w.provider.issuer);
    assert_eq!(w.events(&id), vec!["added"]);
    assert_eq!(w.provider.code_redemptions(), 1);
    assert_eq!(w.provider.stats()["userinfo"], 1);
}

#[test]
fn scopes_the_provider_did_not_grant_are_reported_and_not_recorded() {
    let w = world();
    let run = w
        .run(&[
            "--json",
            "add",
            "--timeout",
            "60",
            "--scope",
            "workflows:read",
            "--scope",
            "unheard:of",
        ])
        .success();
    let added = run.json();
    assert_eq!(added["not_granted"], serde_json::json!(["unheard:of"]));
    let scopes = added["scopes"].as_array().unwrap();
    assert!(scopes.contains(&Value::from("workflows:read")), "{added}");
    assert!(!scopes.contains(&Value::from("unheard:of")), "{added}");
    assert!(
        run.stderr
            .contains("warning: the provider did not grant: unheard:of"),
        "{}",
        run.stderr
    );
}

#[test]
fn verbose_output_never_shows_a_token() {
    let w = world();
    let run = w
        .run(&["-vv", "--json", "add", "--timeout", "60"])
        .success();
    let id = id_of(&run.json());
    assert!(run.stderr.contains("debug: "), "{}", run.stderr);
    let refresh = w.keyring.refresh_token(&id).unwrap();
    let access: Value =
        serde_json::from_str(&w.keyring.lookup(&format!("{id}:access")).unwrap()).unwrap();
    for secret in [refresh.as_str(), access["access_token"].as_str().unwrap()] {
        assert!(!run.stderr.contains(secret), "a token on stderr");
        assert!(!run.stdout.contains(secret), "a token on stdout");
    }
    // The authorization URL carries the PKCE challenge, never the verifier.
    assert!(!run.stderr.contains("code_verifier"), "{}", run.stderr);
}

#[test]
fn the_provider_settings_are_remembered_after_the_first_login() {
    let mut w = world();
    w.add(&[]);
    for var in ["AUTHZ_ISSUER", "AUTHZ_CLIENT_ID", "AUTHZ_CA_FILE"] {
        w.env.unset(var);
    }
    // The browserless user still has to trust the provider (node reads this one).
    let ca = w.provider.ca.to_str().unwrap().to_owned();
    w.env.set("NODE_EXTRA_CA_CERTS", ca);
    w.env.set("AUTHZ_TEST_LOGIN", "bob");
    let bob = w.add(&[]);
    assert_eq!(bob["email"], "bob@example.com");
    assert_eq!(w.rows(), 2);
}

#[test]
fn add_without_provider_settings_is_a_usage_error_naming_the_flags() {
    let mut w = world();
    w.env.unset("AUTHZ_ISSUER").unset("AUTHZ_CLIENT_ID");
    w.run(&["add"])
        .code(2)
        .one_line_error()
        .stderr_has("--issuer")
        .stderr_has("--client-id");
    assert_eq!(w.provider.code_redemptions(), 0);
}

#[test]
fn denied_consent_fails_with_exit_5_and_stores_nothing() {
    let mut w = world();
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "deny");
    w.run(&["add"])
        .code(5)
        .stderr_has("error: the provider refused the login: access_denied");
    w.assert_nothing_stored();
    assert_eq!(w.provider.code_redemptions(), 0);
}

#[test]
fn every_browser_login_sends_a_fresh_nonce_and_the_id_token_carries_it() {
    let w = world();
    w.add(&[]);
    w.add(&["--label", "second"]);
    let stats = w.provider.stats();
    assert_eq!(stats["authorizations"], 2, "{stats}");
    assert_eq!(stats["authorizations_with_nonce"], 2, "{stats}");
}

#[test]
fn an_id_token_with_a_wrong_or_missing_nonce_is_refused_and_nothing_is_stored() {
    for mode in ["wrong", "missing"] {
        let w = world();
        w.provider.admin_nonce(mode);
        let why = if mode == "wrong" {
            "its nonce is not the one this login sent"
        } else {
            "it carries no nonce, though this login sent one"
        };
        w.run(&["add", "--timeout", "60"])
            .code(5)
            .stderr_has(&format!(
                "error: the provider's ID token is not valid: {why}"
            ))
            .stderr_has("hint: nothing was stored");
        w.assert_nothing_stored();
        assert_eq!(w.provider.code_redemptions(), 1);
        assert_eq!(
            w.provider.revocations(),
            1,
            "the refused tokens were left alive"
        );
        // The next login, with an honest ID token, works.
        w.add(&[]);
    }
}

#[test]
fn a_callback_with_the_wrong_state_is_refused_unused_and_the_login_goes_on() {
    let mut w = world();
    // The browser logs in but hands the redirect to the test instead of delivering it.
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "print");
    let mut child = w.spawn(&["--json", "add", "--timeout", "60"], Stdio::piped());
    let url = wait_for_callback_url(&w.stderr_file(), &mut child);
    let (host, target) = split(&url);
    // Anyone on this machine can send one: it is refused (the sender gets a failure page) and
    // its code is not redeemed, but it does not end the login.
    let answer = get(&host, &target.replace("state=", "state=forged"));
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert_eq!(w.provider.code_redemptions(), 0);
    assert!(child.try_wait().unwrap().is_none(), "the login ended");
    assert!(get(&host, &target).starts_with("HTTP/1.1 200"));
    let out = child.wait_with_output().unwrap();
    let stderr = std::fs::read_to_string(w.stderr_file()).unwrap();
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("warning: the login callback's state does not match"),
        "{stderr}"
    );
    assert_eq!(w.provider.code_redemptions(), 1);
}

#[test]
fn a_callback_from_another_issuer_is_refused_and_its_code_never_redeemed() {
    let mut w = world();
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "wrong-iss");
    // Malformed, so it does not end the login either: the wait goes on to the timeout (long
    // enough for the node "browser" to reach the callback on a loaded 2-core CI machine).
    w.run(&["add", "--timeout", "12"])
        .code(5)
        .stderr_has("warning: the login callback comes from issuer 'https://evil.example'")
        .stderr_has("RFC 9207")
        .stderr_has("no login within 12 s");
    w.assert_nothing_stored();
    assert_eq!(w.provider.code_redemptions(), 0);
}

#[test]
fn no_callback_within_the_timeout_fails_cleanly() {
    let mut w = world();
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "none");
    w.run(&["add", "--timeout", "2"])
        .code(5)
        .stderr_has("no login within 2 s");
    w.assert_nothing_stored();
}

#[test]
fn a_port_already_in_use_is_refused_before_any_login() {
    let w = world();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    w.run(&["add", "--port", &port])
        .code(2)
        .one_line_error()
        .stderr_has(&format!("port {port} on 127.0.0.1 is already in use"));
    w.assert_nothing_stored();
    assert_eq!(w.provider.code_redemptions(), 0);
}

/// Issue 19.4: a provider that compares redirect URIs as exact strings gets the one registered
/// with it on every login. `add --port P` fixes P for the issuer once the login succeeds; later
/// logins use it (and say so); `--port 0` lets the OS choose again.
#[test]
fn a_port_given_once_is_used_by_every_later_login_until_port_0() {
    let w = world();
    // Below the ephemeral range, where the OS never hands out a port 0 bind (every server of
    // this suite binds port 0): free now, and nothing else in the suite asks for it by number.
    let port = (0..200)
        .map(|i| 20_000 + ((std::process::id() as u16 % 9_000) + i * 37) % 10_000)
        .find(|p| std::net::TcpListener::bind(("127.0.0.1", *p)).is_ok())
        .unwrap();
    let redirect = |stderr: &str| {
        stderr.contains(&format!("127.0.0.1%3A{port}"))
            || stderr.contains(&format!("127.0.0.1:{port}/"))
    };
    w.run(&["add", "--port", &port.to_string()]).success();
    let url = |w: &World| {
        let r = w.run(&["add", "--no-browser", "--timeout", "2"]).code(5);
        r.stderr
    };
    let again = url(&w);
    assert!(redirect(&again), "{again}");
    assert!(
        again.contains(&format!("using port {port}, fixed for this provider")),
        "{again}"
    );
    // A failed login changes nothing: still fixed.
    assert!(redirect(&url(&w)));
    w.run(&["add", "--port", "0"]).success();
    let free = url(&w);
    assert!(!redirect(&free) && !free.contains("using port"), "{free}");
    assert!(free.contains("redirect_uri="), "{free}");
}

#[test]
fn the_url_is_printed_and_no_browser_is_started_with_no_browser() {
    let mut w = world();
    // A "browser" that would complete the login if it were started.
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "approve");
    let run = w.run(&["add", "--no-browser", "--timeout", "2"]).code(5);
    assert!(
        run.stderr.contains(&format!("{}/auth?", w.provider.issuer)),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("code_challenge_method=S256"));
    assert!(!run.stderr.contains("[browser]"), "{}", run.stderr);
    w.assert_nothing_stored();
}

#[test]
fn a_stray_request_gets_404_and_the_login_still_completes() {
    let mut w = world();
    // A "browser" that first asks for a favicon, as real ones do, then plays the user. The
    // listener's port (authz's choice) is in the login URL's redirect_uri.
    let script = w.env.path().join("stray-browser.sh");
    let answer = w.env.path().join("stray-status");
    std::fs::write(
        &script,
        format!(
            r#"#!/bin/sh
port=$(printf %s "$1" | sed -n 's/.*redirect_uri=http%3A%2F%2F127\.0\.0\.1%3A\([0-9]*\).*/\1/p')
curl -s -o /dev/null -w '%{{http_code}}' "http://127.0.0.1:$port/favicon.ico" > '{}'
exec '{}' "$@"
"#,
            answer.display(),
            support::provider::browser().display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    w.env.set("BROWSER", script.to_str().unwrap());
    let added = w.add(&[]);
    assert_eq!(added["email"], "alice@example.com");
    assert_eq!(std::fs::read_to_string(&answer).unwrap(), "404");
}

#[test]
fn without_a_session_bus_add_fails_with_exit_6_and_stores_nothing() {
    let mut w = world();
    w.env.unset("DBUS_SESSION_BUS_ADDRESS");
    w.run(&["add"])
        .code(6)
        .one_line_error()
        .stderr_has("D-Bus")
        .stderr_has("hint: ");
    w.assert_nothing_stored();
    assert_eq!(w.provider.code_redemptions(), 0);
}

#[test]
fn without_a_secret_service_on_the_bus_add_fails_with_exit_6_and_stores_nothing() {
    let mut w = world();
    let bare = Keyring::bus_only();
    bare.configure(&mut w.env);
    w.run(&["add"])
        .code(6)
        .one_line_error()
        .stderr_has("org.freedesktop.secrets")
        .stderr_has("gnome-keyring");
    if w.env.db().exists() {
        assert_eq!(w.rows(), 0);
    }
    assert_eq!(w.provider.code_redemptions(), 0);
}

#[test]
fn a_locked_keyring_fails_with_exit_6_before_the_browser_opens() {
    let w = world();
    w.keyring.lock();
    let run = w
        .run(&["add"])
        .code(6)
        .one_line_error()
        .stderr_has("locked")
        .stderr_has("hint: unlock");
    assert!(!run.stderr.contains("[browser]"), "{}", run.stderr);
    assert_eq!(w.provider.code_redemptions(), 0);
}

#[test]
fn adding_an_account_twice_refreshes_the_first_unless_new() {
    let w = world();
    let first = id_of(&w.add(&[]));
    let run = w.run(&["add", "--timeout", "60"]).success();
    assert!(
        run.stderr.contains(&format!(
            "alice@example.com already has authorization {first}: its tokens are replaced in place"
        )),
        "{}",
        run.stderr
    );
    assert_eq!(w.rows(), 1);
    w.run(&["add", "--new", "--timeout", "60"]).success();
    assert_eq!(w.rows(), 2);
}

#[test]
fn commands_that_need_no_secret_never_touch_the_keyring() {
    let mut w = world();
    let id = id_of(&w.add(&["--scope", "workflows:read"]));
    // From here on the bus is a socket that counts who connects and answers nothing: a command
    // that asked the keyring (and shrugged off the failure) still shows in the count.
    let bus = w.env.path().join("counting-bus");
    let listener = std::os::unix::net::UnixListener::bind(&bus).unwrap();
    let connections = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = connections.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            drop(stream);
        }
    });
    w.env.set(
        "DBUS_SESSION_BUS_ADDRESS",
        format!("unix:path={}", bus.display()),
    );
    w.run(&["list"]).success();
    w.run(&["show", &id]).success();
    w.run(&[
        "workflow",
        "create",
        "deploy",
        "--authz",
        &id,
        "--scope",
        "workflows:read",
    ])
    .success();
    w.run(&["workflow", "list"]).success();
    w.run(&["log"]).success();
    w.run(&["export"]).success();
    // Control: a command that needs the keyring does reach this bus.
    assert_eq!(connections.load(std::sync::atomic::Ordering::SeqCst), 0);
    w.run(&["token", &id]).code(6);
    assert!(connections.load(std::sync::atomic::Ordering::SeqCst) > 0);
}

fn reauth_as_another_user_is_refused_naming_both_emails(b: Backend) {
    let mut w = World::on(b);
    let id = id_of(&w.add(&[]));
    let before = w.refresh_token(&id).unwrap();
    let snapshot = w.env.snapshot();
    w.env.set("AUTHZ_TEST_LOGIN", "bob");
    w.run(&["add", "--reauth", &id])
        .code(3)
        .stderr_has("alice@example.com")
        .stderr_has("bob@example.com");
    assert_eq!(w.env.snapshot(), snapshot, "the store changed");
    assert_eq!(w.refresh_token(&id).unwrap(), before);
    assert_eq!(w.stored_ids(), vec![id.clone()]);
}

fn reauth_as_the_same_user_keeps_workflows_and_makes_it_active_again(b: Backend) {
    let w = World::on(b);
    let id = id_of(&w.add(&["--scope", "workflows:read"]));
    let before = w.refresh_token(&id).unwrap();
    w.run(&[
        "workflow",
        "create",
        "deploy",
        "--authz",
        &id,
        "--scope",
        "workflows:read",
    ])
    .success();
    w.env.exec(&format!(
        "UPDATE authorizations SET status = 'relogin-needed' WHERE id = '{id}'"
    ));
    let again = w.add(&["--reauth", &id]);
    assert_eq!(again["id"], id.as_str());
    assert_eq!(again["status"], "active");
    assert_eq!(again["reauthorized"], true);
    assert_eq!(again["workflows"], serde_json::json!(["deploy"]));
    // The workflow's scope was asked for again even though only --reauth was given.
    assert!(
        again["scopes"]
            .as_array()
            .unwrap()
            .contains(&Value::from("workflows:read"))
    );
    assert_eq!(w.rows(), 1);
    let after = w.refresh_token(&id).unwrap();
    assert_ne!(after, before, "the new refresh token was not stored");
    assert_eq!(
        w.events(&id),
        vec!["added", "workflow-created", "reauthorized"]
    );
}

fn revoke_revokes_the_refresh_token_at_the_provider_and_deletes_the_keyring_entries(b: Backend) {
    let w = World::on(b);
    let id = id_of(&w.add(&[]));
    let refresh = w.refresh_token(&id).unwrap();
    w.run(&["revoke", &id, "--yes"]).success();
    assert_eq!(w.provider.revocations(), 1);
    assert_eq!(w.stored_ids(), Vec::<String>::new());
    assert_eq!(w.keyring.entries(), Vec::<String>::new());
    let (status, body) = w.provider.try_refresh(&refresh);
    assert_eq!(status, 400, "{body}");
    assert_eq!(body["error"], "invalid_grant");
    let shown = w.run(&["--json", "show", &id]).success().json();
    assert_eq!(shown["status"], "revoked");
}

fn a_provider_failure_during_revoke_is_a_warning_and_rerunning_completes_it(b: Backend) {
    let mut w = World::on(b);
    let id = id_of(&w.add(&[]));
    w.provider.stop();
    w.run(&["revoke", &id, "--yes"])
        .success()
        .stderr_has("warning: ");
    let shown = w.run(&["--json", "show", &id]).success().json();
    assert_eq!(shown["status"], "revoked");
    assert_eq!(
        w.stored_ids(),
        vec![id.clone()],
        "the token was dropped unrevoked"
    );
    assert!(
        w.events(&id)
            .contains(&"provider-revoke-failed".to_string())
    );

    w.provider.restart();
    w.run(&["revoke", &id, "--yes"]).success();
    assert_eq!(w.provider.revocations(), 1);
    assert_eq!(w.stored_ids(), Vec::<String>::new());
    assert_eq!(w.keyring.entries(), Vec::<String>::new());
}

/// A provider that revokes only for authenticated clients answers a public client's revocation
/// 401 (or 403): no retry can do better, so the tokens go, and the warning says why and what to do.
fn a_revocation_refused_with_401_or_403_is_permanent_and_the_tokens_are_deleted(b: Backend) {
    for status in [401, 403] {
        let w = World::on(b);
        let id = id_of(&w.add(&[]));
        w.provider.admin_fail_bare("/token/revocation", status);
        let r = w.run(&["revoke", &id, "--yes"]).success();
        let warnings: Vec<&str> = r
            .stderr
            .lines()
            .filter(|l| l.starts_with("warning: "))
            .collect();
        assert_eq!(warnings.len(), 1, "{}", r.stderr);
        r.stderr_has(&format!("HTTP {status}"))
            .stderr_has("the provider requires client authentication for revocation: configure a client secret, or end the session in the provider's UI");
        assert_eq!(w.provider.revocations(), 1);
        assert_eq!(
            w.stored_ids(),
            Vec::<String>::new(),
            "left waiting for a retry"
        );
        assert!(
            w.events(&id)
                .contains(&"provider-revoke-failed".to_string())
        );
        // Nothing is left to retry: a re-run calls nobody.
        let v = w.run(&["--json", "revoke", &id, "--yes"]).success().json();
        assert_eq!(v["already_revoked"], true);
        assert_eq!(w.provider.revocations(), 1);
    }
}

fn keep_tokens_keeps_them_after_a_refused_revocation_for_a_later_retry(b: Backend) {
    let w = World::on(b);
    let id = id_of(&w.add(&[]));
    w.provider.admin_fail_bare("/token/revocation", 401);
    let v = w
        .run(&["--json", "revoke", &id, "--yes", "--keep-tokens"])
        .success()
        .stderr_has("--keep-tokens")
        .json();
    assert_eq!(v["provider_refused"], true);
    assert_eq!(v["provider_revoked"], false);
    assert_eq!(v["tokens_deleted"], false);
    assert_eq!(w.stored_ids(), vec![id.clone()]);
    // The retry the user kept them for: the provider accepts it now.
    let v = w.run(&["--json", "revoke", &id, "--yes"]).success().json();
    assert_eq!(v["provider_revoked"], true);
    assert_eq!(v["provider_refused"], false);
    assert_eq!(w.provider.revocations(), 2);
    assert_eq!(w.stored_ids(), Vec::<String>::new());
}

#[test]
fn revoke_without_the_keyring_still_revokes_locally_and_says_how_to_finish() {
    let mut w = world();
    let id = id_of(&w.add(&[]));
    let bus = w.keyring.address.clone();
    w.env.unset("DBUS_SESSION_BUS_ADDRESS");
    w.run(&["revoke", &id, "--yes"])
        .success()
        .stderr_has("warning: could not reach the keyring")
        .stderr_has(&format!("re-run `authz revoke {id}`"));
    assert!(
        w.events(&id)
            .contains(&"provider-revoke-failed".to_string())
    );
    let shown = w.run(&["--json", "show", &id]).success().json();
    assert_eq!(shown["status"], "revoked");
    assert_eq!(w.provider.revocations(), 0);

    w.env.set("DBUS_SESSION_BUS_ADDRESS", bus);
    w.run(&["revoke", &id, "--yes"]).success();
    assert_eq!(w.provider.revocations(), 1);
    assert_eq!(w.keyring.entries(), Vec::<String>::new());
}

#[test]
fn https_proxy_is_used_for_the_provider_and_no_proxy_is_honoured() {
    let mut w = world();
    let proxy = Proxy::start();
    w.env.set("HTTPS_PROXY", &proxy.url);
    w.add(&[]);
    let target = format!("127.0.0.1:{}", w.provider.port);
    let tunnels = proxy.tunnels();
    // Every request went through it (one tunnel, kept alive, may carry them all).
    assert!(!tunnels.is_empty(), "the proxy was not used");
    assert!(tunnels.iter().all(|t| *t == target), "{tunnels:?}");

    w.env.set("NO_PROXY", "127.0.0.1");
    w.env.set("AUTHZ_TEST_LOGIN", "bob");
    w.add(&[]);
    assert_eq!(proxy.tunnels(), tunnels, "NO_PROXY was ignored");
}

#[test]
fn metadata_naming_another_issuer_is_refused() {
    let mut w = world();
    let with_slash = format!("{}/", w.provider.issuer);
    w.env.set("AUTHZ_ISSUER", with_slash);
    w.run(&["add"])
        .code(5)
        .one_line_error()
        .stderr_has("names issuer");
    w.assert_nothing_stored();
}

#[test]
fn an_untrusted_provider_certificate_is_refused() {
    let mut w = world();
    w.env.unset("AUTHZ_CA_FILE");
    w.run(&["add"])
        .code(5)
        .one_line_error()
        .stderr_has("certificate");
    w.assert_nothing_stored();
}

/// Reads the kernel's socket tables: the listener must be bound to 127.0.0.1 exactly — not
/// 0.0.0.0, not an IPv6 address — so nothing off this machine can reach the callback.
#[cfg(target_os = "linux")]
#[test]
fn the_callback_listener_binds_127_0_0_1_only() {
    let mut w = world();
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "none");
    // The port authz chose (and holds), read from the login URL it prints.
    let mut child = w.spawn(
        &["add", "--no-browser", "--timeout", "30"],
        std::process::Stdio::null(),
    );
    let port = support::callback::wait_for_redirect_port(&w.stderr_file(), &mut child);
    // Listening sockets (state 0A) on our port, as (table, local address in kernel hex).
    let listening = || -> Vec<(String, String)> {
        let mut found = Vec::new();
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            let text = std::fs::read_to_string(table).unwrap_or_default();
            for line in text.lines().skip(1) {
                let cols: Vec<&str> = line.split_whitespace().collect();
                let (addr, hex_port) = cols[1].rsplit_once(':').unwrap();
                if cols[3] == "0A" && u16::from_str_radix(hex_port, 16).unwrap() == port {
                    found.push((table.to_string(), addr.to_string()));
                }
            }
        }
        found
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut sockets = listening();
    while sockets.is_empty() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        sockets = listening();
    }
    let _ = child.kill();
    let _ = child.wait();
    // 0100007F is 127.0.0.1 in /proc/net/tcp's little-endian hex.
    assert_eq!(
        sockets,
        vec![("/proc/net/tcp".to_string(), "0100007F".to_string())],
        "the listener must be on 127.0.0.1 only"
    );
}

backends!(
    reauth_as_another_user_is_refused_naming_both_emails,
    reauth_as_the_same_user_keeps_workflows_and_makes_it_active_again,
    revoke_revokes_the_refresh_token_at_the_provider_and_deletes_the_keyring_entries,
    a_provider_failure_during_revoke_is_a_warning_and_rerunning_completes_it,
    a_revocation_refused_with_401_or_403_is_permanent_and_the_tokens_are_deleted,
    keep_tokens_keeps_them_after_a_refused_revocation_for_a_later_retry,
);
