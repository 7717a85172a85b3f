//! A real browser: Debian's headless Chromium (driven by playwright-core,
//! tests/provider/chromium.mjs) is `$BROWSER`. It goes through the development provider's real
//! login and consent pages and the loopback redirect, and the page it lands on is authz's. Before
//! Chromium starts, the driver (not Chromium) opens an idle connection to the listener and asks
//! it for /favicon.ico, as real browsers may. The screenshot of that page is kept in
//! `target/tmp/artifacts/chromium-landing.png`.

mod support;

use support::world::World;

#[test]
fn chromium_logs_in_through_the_providers_pages_and_lands_on_authzs_page() {
    let mut w = World::new();
    let driver =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/provider/chromium.mjs");
    let artifacts = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let screenshot = artifacts.join("chromium-landing.png");
    let _ = std::fs::remove_file(&screenshot);
    let landing = w.env.path().join("landing.txt");
    w.env
        .set("BROWSER", driver.to_str().unwrap())
        .set("AUTHZ_TEST_LANDING", landing.to_str().unwrap())
        .set("AUTHZ_TEST_SCREENSHOT", screenshot.to_str().unwrap());
    let run = w.run(&["--json", "add", "--timeout", "120"]);
    assert_eq!(
        run.code,
        0,
        "authz add with Chromium failed:\n{}\nprovider log:\n{}",
        run.stderr,
        w.provider.log()
    );
    assert_eq!(run.json()["email"], "alice@example.com");
    assert_eq!(w.provider.code_redemptions(), 1);
    // The pre-connect and the favicon did not end the one-shot listener.
    assert!(
        run.stderr.contains("[chromium] favicon: HTTP 404"),
        "{}",
        run.stderr
    );
    // The page Chromium rendered after the redirect is authz's landing page.
    let text = std::fs::read_to_string(&landing).unwrap();
    assert!(text.starts_with("authz: logged in\n"), "{text}");
    assert!(
        text.contains("The login is done. You can close this tab and go back to the terminal."),
        "{text}"
    );
    let png = std::fs::read(&screenshot).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(png.len() > 1000, "an empty screenshot");
}
