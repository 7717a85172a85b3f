//! `$BROWSER` done right: a command that cannot run or fails at once counts as "no browser",
//! so the login falls back to the device grant (or the printed URL and paste) instead of
//! waiting out its timeout; a colon-separated list is tried in order; `%s` is the URL and `%%`
//! a literal `%`.

mod support;

use std::time::Duration;
use support::callback::{redirect, user_code};
use support::provider::{Provider, browser};
use support::session::Session;
use support::world::World;

#[test]
fn a_browser_command_that_fails_falls_back_to_the_device_grant() {
    let mut w = World::with(Provider::start_with(&["--device-interval", "1"]));
    w.env.set("BROWSER", "/bin/false");
    // A five-minute timeout: only the fallback (not the timeout) can show a code in time.
    let mut s = Session::start(&w.env, &["--json", "add", "--timeout", "300"]);
    let code = s.wait_for(Duration::from_secs(30), user_code);
    w.user_elsewhere(&["--device", &code, &w.provider.issuer], "approve");
    let run = s.finish(Duration::from_secs(30)).success();
    assert_eq!(run.json()["email"], "alice@example.com");
    assert!(
        run.stderr
            .contains("note: $BROWSER command '/bin/false' failed (exit status: 1); logging in with a code instead"),
        "{}",
        run.stderr
    );
    assert_eq!(w.provider.code_redemptions(), 0);
}

#[test]
fn a_browser_that_cannot_start_without_a_device_grant_leaves_the_url_and_paste() {
    let mut w = World::with(Provider::start_with(&["--no-device"]));
    w.env.set("BROWSER", "/nonexistent/browser");
    let mut s = Session::start(&w.env, &["--json", "add", "--paste", "--timeout", "300"]);
    let auth_url = s.wait_for(Duration::from_secs(30), |l| {
        let l = l.trim();
        l.starts_with(&format!("{}/auth?", w.provider.issuer))
            .then(|| l.to_owned())
    });
    s.wait_for(Duration::from_secs(30), |l| {
        l.starts_with("warning: cannot run $BROWSER command '/nonexistent/browser'")
            .then_some(())
    });
    let printed = w.user_elsewhere(&[&auth_url], "print");
    let url = printed.lines().find_map(redirect).expect("a redirect");
    s.type_line(&url);
    let run = s.finish(Duration::from_secs(30)).success();
    assert!(
        run.stderr.contains("open the URL above yourself"),
        "{}",
        run.stderr
    );
    assert_eq!(run.json()["email"], "alice@example.com");
    assert_eq!(w.provider.code_redemptions(), 1);
}

#[test]
fn browser_is_a_list_tried_in_order_with_percent_s_for_the_url_and_percent_percent_for_percent() {
    let mut w = World::new();
    let seen = w.env.path().join("argv");
    // Two that fail, then a shell that records what it got and hands the URL to the user.
    let third = format!(
        "sh -c 'printf \"%%s %%s %%s\" \"$#\" 100%% \"${{1%%%%\\?*}}\" > {}; exec \"$0\" \"$1\"' {} %s",
        seen.display(),
        browser().display()
    );
    w.env.set(
        "BROWSER",
        format!("/nonexistent/browser:/bin/false:{third}"),
    );
    let run = w.run(&["--json", "add", "--timeout", "60"]).success();
    assert_eq!(run.json()["email"], "alice@example.com");
    // One argument (the URL in place of %s, nothing appended), a literal %, and the URL itself.
    assert_eq!(
        std::fs::read_to_string(&seen).unwrap(),
        format!("1 100% {}/auth", w.provider.issuer)
    );
}
