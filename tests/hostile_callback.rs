//! A hostile client on the loopback listener while a login waits: a request with duplicate
//! parameters, one with both `code` and `error` (also with this login's own state), one for
//! another `Host`, a 1 MB query, a client that sends one byte a second, and dozens of idle
//! connections held open. Each is answered (or dropped) within bounds, none of their codes is
//! redeemed, and the listener still takes the real callback afterwards.

mod support;

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::process::Stdio;
use std::time::Duration;
use support::callback::{ask, get, split, wait_for_callback_url};
use support::world::World;

/// Sends one byte a second until the listener closes the connection, never ending the request
/// head; returns how many bytes it sent. Gives up (and returns the limit) at the listener's
/// 8 KiB cap on a request head, the size that would end the connection without any deadline.
fn slowloris(host: &str) -> usize {
    let mut s = TcpStream::connect(host).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
    let request = b"GET /callback?state=x HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    let mut sent = 0;
    for byte in request.iter().cycle().take(SIZE_LIMIT) {
        if s.write_all(&[*byte]).is_err() {
            break;
        }
        sent += 1;
        match s.read(&mut [0u8; 512]) {
            Ok(_) => break,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
            Err(_) => break,
        }
    }
    sent
}

/// The listener's cap on a request head.
const SIZE_LIMIT: usize = 8 * 1024;

#[test]
fn hostile_requests_are_bounded_and_the_real_callback_still_works() {
    let mut w = World::new();
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "print");
    let mut child = w.spawn(&["--json", "add", "--timeout", "120"], Stdio::piped());
    let callback = wait_for_callback_url(&w.stderr_file(), &mut child);
    let (host, _) = split(&callback);

    // One byte a second: dropped by the listener's per-request deadline, long before the
    // head reaches the size cap (which at this pace would take over two hours; the harness's
    // timeout ends a listener that waits for it).
    let sent = slowloris(&host);
    assert!(
        sent < SIZE_LIMIT,
        "the listener let a slow client send {sent} bytes without a deadline"
    );

    let forged = [
        // Duplicate parameters (an attacker does not know the state).
        "/callback?code=dup1&code=dup2&state=forged&state=forged2",
        // Both a code and an error.
        "/callback?code=both&error=access_denied&state=forged",
        // No state at all.
        "/callback?code=nostate",
    ];
    // The same with this login's own state (read from the browser's URL, as a local process
    // could from its argv): malformed, so refused, but it does not end the login either.
    let (_, real) = split(&callback);
    let query = real.split_once('?').unwrap().1;
    let with_state = [
        format!("/callback?{query}&code=dup"),
        format!("/callback?{query}&error=access_denied"),
        format!("/callback?{query}&{query}"),
    ];
    for target in forged.iter().map(|t| t.to_string()).chain(with_state) {
        let answer = get(&host, &target);
        assert!(answer.starts_with("HTTP/1.1 400"), "{target}: {answer}");
        assert!(
            child.try_wait().unwrap().is_none(),
            "{target} ended the login"
        );
    }
    // The real callback, but for another host name (DNS rebinding): 400, ignored.
    let rebound = format!(
        "GET {real} HTTP/1.1\r\nHost: evil.example:{}\r\n\r\n",
        host.split(':').nth(1).unwrap()
    );
    let answer = ask(&host, rebound.as_bytes());
    assert!(answer.starts_with("HTTP/1.1 400"), "{answer}");
    assert!(
        child.try_wait().unwrap().is_none(),
        "a foreign Host ended the login"
    );
    // A 1 MB query: refused after the first 8 KiB, connection closed.
    let big = format!(
        "GET /callback?state=x&pad={} HTTP/1.1\r\nHost: {host}\r\n\r\n",
        "A".repeat(1024 * 1024)
    );
    let answer = ask(&host, big.as_bytes());
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 431"),
        "{answer}"
    );
    assert!(
        child.try_wait().unwrap().is_none(),
        "the 1 MB query ended the login"
    );

    // Dozens of idle connections held open (more than the listener reads at once)...
    let idle: Vec<TcpStream> = (0..40)
        .map(|_| TcpStream::connect(&host).unwrap())
        .collect();
    // ...and the real callback is still accepted.
    let answer = get(&host, &real);
    drop(idle);
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    let out = child.wait_with_output().unwrap();
    let stderr = std::fs::read_to_string(w.stderr_file()).unwrap();
    assert!(out.status.success(), "{stderr}");
    let added: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(added["email"], "alice@example.com");
    // Only the real code was redeemed; the refused requests were reported.
    assert_eq!(w.provider.code_redemptions(), 1);
    assert!(stderr.contains("state"), "{stderr}");
}
