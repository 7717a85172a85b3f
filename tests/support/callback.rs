//! Playing the loopback callback by hand: the browser in "print" mode
//! (`AUTHZ_TEST_BROWSER_MODE=print`) logs in but writes the callback URL to authz's stderr
//! instead of delivering it, so a test can send what it likes to the listener first.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

/// Waits (at most a minute) for the callback URL in `stderr` (a file authz writes to).
pub fn wait_for_callback_url(stderr: &Path, child: &mut Child) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let text = std::fs::read_to_string(stderr).unwrap_or_default();
        if let Some(url) = text.lines().find_map(redirect) {
            return url;
        }
        assert!(child.try_wait().unwrap().is_none(), "authz ended:\n{text}");
        assert!(Instant::now() < deadline, "no callback URL:\n{text}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits (at most a minute) for the login URL in `stderr` (a file authz writes to) and returns
/// the port of its `redirect_uri`: the loopback listener authz chose, and holds.
pub fn wait_for_redirect_port(stderr: &Path, child: &mut Child) -> u16 {
    const MARK: &str = "redirect_uri=http%3A%2F%2F127.0.0.1%3A";
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let text = std::fs::read_to_string(stderr).unwrap_or_default();
        let port = text.split_once(MARK).and_then(|(_, rest)| {
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        });
        if let Some(port) = port {
            return port;
        }
        assert!(child.try_wait().unwrap().is_none(), "authz ended:\n{text}");
        assert!(Instant::now() < deadline, "no login URL:\n{text}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `127.0.0.1:PORT` and `/callback?...` of a callback URL.
pub fn split(url: &str) -> (String, String) {
    let rest = url.strip_prefix("http://").unwrap();
    let (host, target) = rest.split_at(rest.find('/').unwrap());
    (host.to_owned(), target.to_owned())
}

/// Sends raw `request` bytes to the listener and returns what it answered (empty when it
/// closed without an answer). Never waits more than 20 s.
pub fn ask(host: &str, request: &[u8]) -> String {
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut writer = s.try_clone().unwrap();
    let body = request.to_vec();
    // Written apart from the reading: the listener may answer (and close) before taking it all.
    let w = std::thread::spawn(move || {
        let _ = writer.write_all(&body);
    });
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    let _ = w.join();
    String::from_utf8_lossy(&out).into_owned()
}

/// A GET of `target` as a browser would send it.
pub fn get(host: &str, target: &str) -> String {
    ask(
        host,
        format!("GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").as_bytes(),
    )
}

/// Delivers the callback in the background (the caller waits for authz, not for the page).
pub fn deliver(url: &str) {
    let (host, target) = split(url);
    std::thread::spawn(move || get(&host, &target));
}

/// A line that is a loopback callback URL (as the browser in "print" mode writes it).
pub fn redirect(line: &str) -> Option<String> {
    let line = line.trim();
    (line.starts_with("http://127.0.0.1:") && line.contains("/callback?")).then(|| line.to_owned())
}

/// The user code authz shows for a device login (`    code: XXXX-XXXX`).
pub fn user_code(line: &str) -> Option<String> {
    line.trim()
        .strip_prefix("code: ")
        .map(|c| c.trim().to_owned())
}
