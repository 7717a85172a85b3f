//! Paste-the-redirect against the real provider: the browserless user plays login and consent
//! but, like a browser on another machine, cannot reach the loopback listener; it prints the
//! URL it was sent to (`AUTHZ_TEST_BROWSER_MODE=print`, which lands on authz's stderr), and the
//! test pastes that URL into authz's stdin (`--paste`, or a terminal under `script`).

mod support;

use std::process::Command;
use std::time::Duration;
use support::callback::redirect;
use support::provider::Provider;
use support::session::Session;
use support::world::World;

const PROMPT: &str = "paste the URL of the page that failed to load here";

/// A world whose browser stops at the redirect and prints its URL instead of loading it.
fn remote_browser() -> World {
    let mut w = World::new();
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "print");
    w
}

/// How many authorizations `authz list` shows.
fn listed(w: &World) -> usize {
    w.run(&["--json", "list"])
        .success()
        .json()
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn a_pasted_redirect_url_completes_the_login() {
    let w = remote_browser();
    let mut s = Session::start(&w.env, &["--json", "add", "--paste", "--timeout", "60"]);
    let url = s.wait_for(Duration::from_secs(30), redirect);
    s.type_line(&url);
    let run = s.finish(Duration::from_secs(30)).success();
    assert!(run.stderr.contains(PROMPT), "{}", run.stderr);
    let added = run.json();
    assert_eq!(added["email"], "alice@example.com");
    let id = added["id"].as_str().unwrap();
    assert_eq!(
        w.keyring.entries(),
        vec![format!("{id}:access"), format!("{id}:refresh")]
    );
    assert_eq!(w.provider.code_redemptions(), 1);
}

#[test]
fn pasted_urls_get_the_listeners_checks_and_a_refused_one_stores_nothing() {
    let w = remote_browser();
    let cases: [(&str, Tamper); 3] = [
        ("state does not match", |u| {
            replace_param(u, "state", "wrong-state-value")
        }),
        ("https://evil.example", |u| {
            replace_param(u, "iss", "https%3A%2F%2Fevil.example")
        }),
        ("repeats the parameter 'code'", |u| {
            format!("{u}&code=another")
        }),
    ];
    for (why, tamper) in cases {
        let mut s = Session::start(&w.env, &["add", "--paste", "--timeout", "60"]);
        let url = s.wait_for(Duration::from_secs(30), redirect);
        s.type_line(&tamper(&url));
        s.finish(Duration::from_secs(30))
            .code(5)
            .stderr_has(why)
            .stderr_has("refused without using its code");
        w.assert_nothing_stored();
        assert_eq!(
            w.provider.code_redemptions(),
            0,
            "{why}: the code was redeemed"
        );
    }
}

/// Changes a redirect URL the way an attacker (or a stale tab) would.
type Tamper = fn(&str) -> String;

fn replace_param(url: &str, name: &str, value: &str) -> String {
    let (base, query) = url.split_once('?').unwrap();
    let query: Vec<String> = query
        .split('&')
        .map(|kv| match kv.split_once('=') {
            Some((k, _)) if k == name => format!("{k}={value}"),
            _ => kv.to_owned(),
        })
        .collect();
    format!("{base}?{}", query.join("&"))
}

#[test]
fn something_else_pasted_is_ignored_and_the_listener_can_still_win_with_stdin_open() {
    let w = remote_browser();
    let mut s = Session::start(&w.env, &["--json", "add", "--paste", "--timeout", "60"]);
    let url = s.wait_for(Duration::from_secs(30), redirect);
    s.type_line("https://127.0.0.1:1/not/the/redirect");
    s.wait_for(Duration::from_secs(10), |l| {
        l.contains("warning: that is not the address of the page that failed to load")
            .then_some(())
    });
    // Now the redirect reaches the listener after all (say, through `ssh -L`).
    let out = Command::new("curl")
        .args([
            "-sS",
            "--max-time",
            "20",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
        ])
        .arg(&url)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "200");
    // It exits although stdin is still open: nothing waits on the paste reader.
    let run = s.finish(Duration::from_secs(30)).success();
    assert_eq!(run.json()["email"], "alice@example.com");
    assert_eq!(w.provider.code_redemptions(), 1);
}

#[test]
fn reauth_works_through_a_pasted_redirect() {
    let mut w = World::new();
    let run = w.run(&["--json", "add", "--timeout", "60"]).success();
    let id = run.json()["id"].as_str().unwrap().to_owned();
    let before = w.keyring.refresh_token(&id).unwrap();
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "print");
    let mut s = Session::start(
        &w.env,
        &[
            "--json",
            "add",
            "--paste",
            "--reauth",
            &id,
            "--timeout",
            "60",
        ],
    );
    let url = s.wait_for(Duration::from_secs(30), redirect);
    s.type_line(&url);
    let again = s.finish(Duration::from_secs(30)).success().json();
    assert_eq!(again["id"], id.as_str());
    assert_eq!(again["reauthorized"], true);
    assert_ne!(w.keyring.refresh_token(&id).unwrap(), before);
    assert_eq!(listed(&w), 1);
}

#[test]
fn without_a_browser_or_the_device_grant_the_url_is_shown_and_the_redirect_pasted() {
    // Over SSH to a provider without the device grant: nothing can be launched, so authz only
    // shows the URL; the operator opens it elsewhere and pastes where it ended.
    let mut w = World::with(Provider::start_with(&["--no-device"]));
    w.env.unset("BROWSER");
    let mut s = Session::start(&w.env, &["--json", "add", "--paste", "--timeout", "60"]);
    let auth_url = s.wait_for(Duration::from_secs(30), |l| {
        let l = l.trim();
        l.starts_with(&format!("{}/auth?", w.provider.issuer))
            .then(|| l.to_owned())
    });
    let printed = w.user_elsewhere(&[&auth_url], "print");
    let url = printed
        .lines()
        .find_map(redirect)
        .expect("the browser printed the redirect");
    s.type_line(&url);
    let run = s.finish(Duration::from_secs(30)).success();
    assert!(
        run.stderr.contains("the provider offers no device grant"),
        "{}",
        run.stderr
    );
    assert_eq!(run.json()["email"], "alice@example.com");
    assert_eq!(w.provider.code_redemptions(), 1);
}

#[test]
fn on_a_terminal_pasting_is_offered_without_a_flag() {
    let w = remote_browser();
    let args = ["add", "--timeout", "60"];
    // `script` gives authz a pseudo-terminal as stdin, stdout and stderr.
    let script = w.env.terminal_command(&args);
    let mut s = Session::spawn_merged(script, &args);
    s.wait_for(Duration::from_secs(30), |l| {
        l.contains(PROMPT).then_some(())
    });
    let url = s.wait_for(Duration::from_secs(30), redirect);
    s.type_line(&url);
    let run = s.finish(Duration::from_secs(30)).success();
    assert!(
        run.stderr.contains("Added authorization az_"),
        "{}",
        run.stderr
    );
    assert_eq!(listed(&w), 1);
    assert_eq!(w.provider.code_redemptions(), 1);
}
