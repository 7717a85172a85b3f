//! The one-shot loopback listener (RFC 8252 §7.3): 127.0.0.1 only, bounded requests, strays
//! answered 404 while it keeps waiting, a `Host` other than `127.0.0.1:PORT`/`localhost:PORT`
//! answered 400 (DNS rebinding), and the callback checked (`state`, RFC 9207 `iss`, duplicates)
//! before its code is handed out. Only a valid code, a well-formed provider error or the
//! deadline ends the wait; anything malformed gets a 400 and a warning. A callback URL pasted on
//! stdin (`paste`) goes through exactly the same checks (and there, a refusal is final); the
//! first of the two to arrive wins. Idle connections cannot starve it: at `MAX_READERS` the
//! oldest unfinished one is dropped for the newcomer, and each has a short first-byte deadline.

use super::countdown::Countdown;
use super::page;
use super::paste::{Line, Paste};
use crate::error::{Error, Result, escape};
use crate::sensitive::{Secret, constant_time_eq};
use std::collections::VecDeque;
use std::io::{ErrorKind, Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

/// A browser's GET is far below this; anything larger is not our callback.
const MAX_REQUEST: usize = 8 * 1024;
/// How long one connection may take to send its whole request (slowloris bound).
const READ_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a connection may stay silent before its first byte: a browser sends its request
/// at once (a pre-connected socket it does not use is re-opened when it needs one).
const FIRST_BYTE_TIMEOUT: Duration = Duration::from_secs(2);
/// Connections being read at once. A newcomer beyond this does not wait: the oldest unfinished
/// one is closed for it, so idle connections held open by another process cannot keep the
/// browser's real callback out (they would have to out-race it within its few milliseconds).
const MAX_READERS: usize = 16;
const CALLBACK_PATH: &str = "/callback";
/// A callback that is not this login's redirect: stale, tampered with, or not from the browser.
const FORGED_HINT: &str = "start again with authz add; if this keeps happening, something other than your browser is calling the loopback address";
const PASTED_HINT: &str = "start again with authz add, and paste the URL this login's redirect ended on, whole and unchanged";

pub struct Listener {
    listener: TcpListener,
    port: u16,
}

/// What the callback must carry to be ours.
pub struct Expect<'a> {
    pub state: &'a Secret<String>,
    pub issuer: &'a str,
    /// The provider announced RFC 9207 support, so a callback without `iss` is refused too.
    pub iss_required: bool,
}

enum Outcome {
    /// Not the callback (favicon, another path, a HEAD): 404, keep waiting.
    Stray,
    /// A `Host` other than ours (DNS rebinding): 400, ignored.
    WrongHost,
    Code(Secret<String>),
    /// A well-formed provider error: the login is over.
    Failed(Error),
    /// A callback without this login's `state`, or a malformed one (a repeated parameter, both
    /// `code` and `error`, a wrong `iss`): any local process can send one, so on the network it
    /// must not end the login (400, a warning, keep waiting). Pasted, it is final.
    Forged(Error),
}

/// How `wait` ended, short of an error.
pub enum Waited {
    Code(Secret<String>),
    /// The browser did not start (why), and the caller asked to hear of it.
    NoBrowser(String),
}

/// A browser being started while the listener waits. `give_up`: when it fails, `wait` returns
/// `Waited::NoBrowser` (the caller has another way); otherwise it warns and keeps waiting for a
/// URL opened by hand or pasted.
pub struct Watch {
    pub started: super::browser::Started,
    pub give_up: bool,
}

impl Listener {
    /// Binds 127.0.0.1 (never all interfaces) on `port`, or on one the OS picks.
    pub fn bind(port: Option<u16>) -> Result<Listener> {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port.unwrap_or(0)));
        let listener = TcpListener::bind(addr).map_err(|e| match (port, e.kind()) {
            (Some(p), ErrorKind::AddrInUse) => {
                Error::usage(format!("port {p} on 127.0.0.1 is already in use"))
                    .hint("pick another --port, or leave --port out and let the OS choose one")
            }
            (Some(p), ErrorKind::PermissionDenied) => {
                Error::usage(format!("not allowed to listen on port {p} of 127.0.0.1"))
                    .hint("pick a port above 1023, or leave --port out")
            }
            _ => Error::failure(format!("cannot listen on 127.0.0.1: {e}")),
        })?;
        let port = listener.local_addr()?.port();
        Ok(Listener { listener, port })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:PORT/callback`: an IP literal, not `localhost`, so no resolver or
    /// IPv6 preference can send the browser elsewhere.
    pub fn redirect_uri(&self) -> String {
        format!("http://127.0.0.1:{}{CALLBACK_PATH}", self.port)
    }

    /// Waits for the callback until `timeout` and returns its code, or the reason it failed.
    /// The browser always gets a page saying which. With `paste`, a callback URL pasted there
    /// counts too; with `browser`, a browser that fails to start is noticed meanwhile.
    pub fn wait(
        self,
        expect: &Expect,
        timeout: Duration,
        mut paste: Option<Paste>,
        mut browser: Option<Watch>,
    ) -> Result<Waited> {
        let deadline = Instant::now() + timeout.min(super::MAX_TIMEOUT);
        self.listener.set_nonblocking(true)?;
        let (tx, rx) = mpsc::channel::<(TcpStream, Option<Vec<u8>>)>();
        let readers = Readers::default();
        // Not while a URL may be pasted: redrawing a line would scramble what the user types.
        let mut live = paste
            .is_none()
            .then(|| Countdown::start("waiting for the browser to come back", deadline))
            .flatten();
        loop {
            if let Some(c) = live.as_mut() {
                c.tick();
            }
            if let Some(w) = &browser {
                match w.started.try_recv() {
                    Err(mpsc::TryRecvError::Empty) => {}
                    Ok(Err(why)) if w.give_up => return Ok(Waited::NoBrowser(why)),
                    Ok(Err(why)) => {
                        if let Some(c) = live.as_mut() {
                            c.clear();
                        }
                        stderr_line!("warning: {why}; open the URL above yourself");
                        browser = None;
                    }
                    Ok(Ok(())) | Err(mpsc::TryRecvError::Disconnected) => browser = None,
                }
            }
            loop {
                match self.listener.accept() {
                    Ok((stream, _)) => readers.spawn(stream, &tx),
                    Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                    Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                    // e.g. ECONNABORTED: that connection is gone, the listener is fine.
                    Err(_) => break,
                }
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(Error::provider(format!(
                    "no login within {} s: nothing came back to {}",
                    timeout.as_secs(),
                    self.redirect_uri()
                ))
                .hint("finish the login in the browser within --timeout SECS (default 300); with --no-browser, open the printed URL yourself"));
            }
            if let Some(p) = paste.as_mut() {
                match p.next_line(Duration::ZERO) {
                    None => {}
                    Some(Line::Text(text)) if text.is_empty() => {}
                    Some(line) => match self.decide_pasted(&line, expect) {
                        Outcome::Stray | Outcome::WrongHost => stderr_line!(
                            "warning: that is not the address of the page that failed to load; paste the whole URL (it starts with {}?), or finish in the browser",
                            self.redirect_uri()
                        ),
                        Outcome::Code(code) => return Ok(Waited::Code(code)),
                        Outcome::Failed(err) | Outcome::Forged(err) => return Err(err),
                    },
                }
            }
            let (mut stream, request) = match rx.recv_timeout(left.min(Duration::from_millis(50))) {
                Ok(got) => got,
                Err(_) => continue,
            };
            let outcome = match request {
                None => continue,
                Some(bytes) => decide(&bytes, self.port, expect),
            };
            if let Some(c) = live.as_mut() {
                c.clear();
            }
            match outcome {
                Outcome::WrongHost => {
                    let _ = stream.write_all(&page::response(
                        400,
                        "Bad Request",
                        "wrong address",
                        "This listener only answers requests addressed to 127.0.0.1 or localhost.",
                    ));
                }
                Outcome::Stray => {
                    let _ = stream.write_all(&page::response(
                        404,
                        "Not Found",
                        "not found",
                        "This address only receives the authz login callback.",
                    ));
                }
                Outcome::Code(code) => {
                    let _ = stream.write_all(&page::response(
                        200,
                        "OK",
                        "logged in",
                        "The login is done. You can close this tab and go back to the terminal.",
                    ));
                    return Ok(Waited::Code(code));
                }
                Outcome::Forged(err) => {
                    let _ = stream.write_all(&page::response(
                        400,
                        "Bad Request",
                        "not this login",
                        "This is not the callback of the login authz is waiting for; it was ignored.",
                    ));
                    stderr_line!(
                        "warning: {}; still waiting for this login's own callback",
                        err.message
                    );
                }
                Outcome::Failed(err) => {
                    let _ = stream.write_all(&page::response(
                        400,
                        "Bad Request",
                        "login failed",
                        &format!(
                            "{} Nothing was stored. Go back to the terminal for details.",
                            err.message
                        ),
                    ));
                    return Err(err);
                }
            }
        }
    }
}

/// The connections being read, oldest first, each with a handle to close it early.
#[derive(Default, Clone)]
struct Readers(Arc<Mutex<VecDeque<(u64, TcpStream)>>>, Arc<AtomicU64>);

impl Readers {
    /// Reads `stream` on its own thread and sends what it said to `tx`. At `MAX_READERS`, the
    /// oldest unfinished connection is shut down first (its reader then ends at once).
    fn spawn(&self, stream: TcpStream, tx: &mpsc::Sender<(TcpStream, Option<Vec<u8>>)>) {
        let Ok(handle) = stream.try_clone() else {
            return;
        };
        let id = self.1.fetch_add(1, Ordering::SeqCst);
        {
            let mut open = self.0.lock().unwrap_or_else(|p| p.into_inner());
            while open.len() >= MAX_READERS {
                if let Some((_, oldest)) = open.pop_front() {
                    let _ = oldest.shutdown(Shutdown::Both);
                }
            }
            open.push_back((id, handle));
        }
        let (tx, readers) = (tx.clone(), self.clone());
        std::thread::spawn(move || {
            let request = read_request(&stream);
            readers
                .0
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .retain(|(i, _)| *i != id);
            let _ = tx.send((stream, request));
        });
    }
}

/// Reads one request head (up to `MAX_REQUEST`). `None`: closed, timed out or too big (a too
/// big one is answered 431 here, since we know it is not ours).
fn read_request(mut stream: &TcpStream) -> Option<Vec<u8>> {
    // READ_TIMEOUT bounds the whole request, not each read: a client sending one byte a second
    // would otherwise hold a reader for the hours MAX_REQUEST bytes take (slowloris).
    let started = Instant::now();
    let deadline = started + READ_TIMEOUT;
    stream.set_nonblocking(false).ok()?;
    stream.set_write_timeout(Some(READ_TIMEOUT)).ok()?;
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    loop {
        if buf.windows(4).any(|w| w == b"\r\n\r\n") {
            return Some(buf);
        }
        if buf.len() >= MAX_REQUEST {
            let _ = stream.write_all(&page::response(
                431,
                "Request Header Fields Too Large",
                "request too large",
                "This is not an authz login callback.",
            ));
            return None;
        }
        let until = if buf.is_empty() {
            started + FIRST_BYTE_TIMEOUT
        } else {
            deadline
        };
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return None;
        }
        stream.set_read_timeout(Some(left)).ok()?;
        let want = (MAX_REQUEST - buf.len()).min(chunk.len());
        match stream.read(&mut chunk[..want]) {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
}

impl Listener {
    /// A pasted line: the callback URL of this listener (scheme, host and port included; a
    /// browser may leave out the `http://`) is decided like the request it would have been.
    fn decide_pasted(&self, line: &Line, expect: &Expect) -> Outcome {
        let Line::Text(text) = line else {
            return Outcome::Stray;
        };
        let full = if text.contains("://") {
            text.clone()
        } else {
            format!("http://{text}")
        };
        let Ok(url) = url::Url::parse(&full) else {
            return Outcome::Stray;
        };
        let ours = url.scheme() == "http"
            && matches!(url.host_str(), Some("127.0.0.1" | "localhost"))
            && url.port() == Some(self.port);
        if !ours {
            return Outcome::Stray;
        }
        let target = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        };
        match decide_target(&target, expect) {
            Outcome::Failed(e) | Outcome::Forged(e) if e.hint.as_deref() == Some(FORGED_HINT) => {
                Outcome::Failed(e.hint(PASTED_HINT))
            }
            other => other,
        }
    }
}

/// Decides what one request is: only a request for `127.0.0.1:PORT` or `localhost:PORT` (one
/// `Host` header, exactly that) is looked at, and of those only a GET of the callback path.
fn decide(request: &[u8], port: u16, expect: &Expect) -> Outcome {
    let head = String::from_utf8_lossy(request);
    let mut lines = head.split("\r\n");
    let line = lines.next().unwrap_or("");
    let hosts: Vec<&str> = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .filter(|(name, _)| name.eq_ignore_ascii_case("host"))
        .map(|(_, value)| value.trim())
        .collect();
    let ours = [format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    if !matches!(hosts[..], [h] if ours.iter().any(|o| o.eq_ignore_ascii_case(h))) {
        return Outcome::WrongHost;
    }
    let mut parts = line.split(' ');
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" {
        return Outcome::Stray;
    }
    decide_target(target, expect)
}

/// Decides what a callback target (`/callback?...`) carries. Order matters: the `state` and
/// `iss` checks come before even an `error=` is believed, and nothing about the code is looked
/// at until both pass.
fn decide_target(target: &str, expect: &Expect) -> Outcome {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if path != CALLBACK_PATH {
        return Outcome::Stray;
    }
    // With this login's state but malformed: still not an answer that ends the login.
    let fail = |msg: String| Outcome::Forged(Error::provider(msg).hint(FORGED_HINT));
    let params: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    // The state first: a request without this login's state is not ours, whatever else it says.
    let forged = |why: &str| {
        Outcome::Forged(
            Error::provider(format!("{why}; refused without using its code")).hint(FORGED_HINT),
        )
    };
    let states: Vec<&str> = params
        .iter()
        .filter(|(k, _)| k == "state")
        .map(|(_, v)| v.as_str())
        .collect();
    match states[..] {
        [s] if constant_time_eq(s.as_bytes(), expect.state.expose().as_bytes()) => {}
        [] => return forged("the login callback has no state"),
        [_] => {
            return forged(
                "the login callback's state does not match this login (a stale or forged redirect)",
            );
        }
        _ => return forged("the login callback repeats the parameter 'state'"),
    }
    for (i, (k, _)) in params.iter().enumerate() {
        if params[..i].iter().any(|(seen, _)| seen == k) {
            return fail(format!(
                "the login callback repeats the parameter '{}'; refused without using its code",
                escape(k)
            ));
        }
    }
    let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    match get("iss") {
        Some(iss) if iss == expect.issuer => {}
        Some(iss) => {
            return fail(format!(
                "the login callback comes from issuer '{}', not '{}' (RFC 9207 mix-up defence); refused without using its code",
                escape(iss),
                escape(expect.issuer)
            ));
        }
        None if expect.iss_required => {
            return fail(format!(
                "the login callback lacks the `iss` that {} promises (RFC 9207); refused without using its code",
                escape(expect.issuer)
            ));
        }
        None => {}
    }
    if let Some(error) = get("error") {
        if get("code").is_some() {
            return fail(
                "the login callback has both a code and an error; refused without using its code"
                    .into(),
            );
        }
        let desc = get("error_description")
            .map(|d| format!(": {}", escape(d)))
            .unwrap_or_default();
        let hint = if error == "access_denied" {
            "the login was cancelled or consent was denied; run authz add again and approve the access"
        } else {
            "nothing was stored; see the provider's message above"
        };
        return Outcome::Failed(
            Error::provider(format!(
                "the provider refused the login: {}{desc}",
                escape(error)
            ))
            .hint(hint)
            .details(serde_json::json!({ "oauth_error": error })),
        );
    }
    match get("code") {
        Some(code) if !code.is_empty() => Outcome::Code(Secret::new(code.to_owned())),
        _ => fail("the login callback has neither a code nor an error".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expect(state: &Secret<String>) -> Expect<'_> {
        Expect {
            state,
            issuer: "https://idp",
            iss_required: true,
        }
    }

    const PORT: u16 = 5;

    fn get(target: &str) -> Vec<u8> {
        format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{PORT}\r\n\r\n").into_bytes()
    }

    fn code_of(w: Result<Waited>) -> Secret<String> {
        match w {
            Ok(Waited::Code(c)) => c,
            Ok(Waited::NoBrowser(why)) => panic!("no browser: {why}"),
            Err(e) => panic!("{}", e.message),
        }
    }

    fn failure(o: Outcome) -> Error {
        match o {
            Outcome::Failed(e) | Outcome::Forged(e) => e,
            Outcome::Code(_) => panic!("accepted"),
            Outcome::Stray | Outcome::WrongHost => panic!("stray"),
        }
    }

    #[test]
    fn the_right_callback_yields_its_code() {
        let s = Secret::new("S".to_string());
        match decide(
            &get("/callback?code=abc&state=S&iss=https%3A%2F%2Fidp"),
            PORT,
            &expect(&s),
        ) {
            Outcome::Code(c) => assert_eq!(c.expose(), "abc"),
            _ => panic!("not accepted"),
        }
    }

    #[test]
    fn strays_are_not_found() {
        let s = Secret::new("S".to_string());
        for r in [get("/favicon.ico"), get("/"), get("/callbackx?state=S")] {
            assert!(matches!(decide(&r, PORT, &expect(&s)), Outcome::Stray));
        }
        let post = b"POST /callback?state=S HTTP/1.1\r\nHost: 127.0.0.1:5\r\n\r\n";
        assert!(matches!(decide(post, PORT, &expect(&s)), Outcome::Stray));
    }

    #[test]
    fn wrong_state_iss_duplicates_or_code_with_error_are_refused_without_ending_the_login() {
        let s = Secret::new("S".to_string());
        let cases = [
            (
                "/callback?code=c0de&state=X&iss=https%3A%2F%2Fidp",
                "state does not match",
            ),
            ("/callback?code=c0de&iss=https%3A%2F%2Fidp", "no state"),
            (
                "/callback?code=c0de&state=S&iss=https%3A%2F%2Fevil",
                "issuer",
            ),
            ("/callback?code=c0de&state=S", "lacks the `iss`"),
            (
                "/callback?code=c0de&code=c0de2&state=S&iss=https%3A%2F%2Fidp",
                "repeats",
            ),
            ("/callback?state=S&state=S&iss=https%3A%2F%2Fidp", "repeats"),
            (
                "/callback?code=c0de&error=access_denied&state=S&iss=https%3A%2F%2Fidp",
                "both a code and an error",
            ),
            ("/callback?state=S&iss=https%3A%2F%2Fidp", "neither"),
        ];
        for (target, why) in cases {
            let outcome = decide(&get(target), PORT, &expect(&s));
            assert!(
                matches!(outcome, Outcome::Forged(_)),
                "{target} ends the login"
            );
            let e = failure(outcome);
            assert_eq!(e.code(), 5);
            assert!(e.message.contains(why), "{target}: {}", e.message);
            assert!(!e.message.contains("c0de"), "{}", e.message);
        }
    }

    #[test]
    fn only_requests_for_our_own_host_and_port_are_looked_at() {
        let s = Secret::new("S".to_string());
        let target = "/callback?code=abc&state=S&iss=https%3A%2F%2Fidp";
        let with = |hosts: &[&str]| {
            let mut r = format!("GET {target} HTTP/1.1\r\n");
            for h in hosts {
                r.push_str(&format!("Host: {h}\r\n"));
            }
            r.push_str("\r\n");
            decide(r.as_bytes(), PORT, &expect(&s))
        };
        for ok in ["127.0.0.1:5", "localhost:5", "LocalHost:5"] {
            assert!(matches!(with(&[ok]), Outcome::Code(_)), "{ok}");
        }
        for bad in [
            &[][..],
            &["evil.example:5"],
            &["127.0.0.1"],
            &["127.0.0.1:6"],
            &["127.0.0.1:5", "evil.example:5"],
            &["127.0.0.1:5.evil.example"],
            &["[::1]:5"],
        ] {
            assert!(matches!(with(bad), Outcome::WrongHost), "{bad:?}");
        }
    }

    #[test]
    fn idle_connections_cannot_keep_the_callback_out() {
        let l = Listener::bind(None).unwrap();
        let port = l.port();
        let s = Secret::new("S".to_string());
        let client = std::thread::spawn(move || {
            // Far more silent connections than readers, all kept open...
            let idle: Vec<TcpStream> = (0..4 * MAX_READERS)
                .map(|_| TcpStream::connect(("127.0.0.1", port)).unwrap())
                .collect();
            // ...still let the real callback through.
            let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
            c.write_all(
                format!(
                    "GET /callback?code=abc&state=S&iss=https%3A%2F%2Fidp HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"
                )
                .as_bytes(),
            )
            .unwrap();
            let mut out = String::new();
            c.read_to_string(&mut out).unwrap();
            drop(idle);
            out
        });
        let code = code_of(l.wait(&expect(&s), Duration::from_secs(60), None, None));
        assert_eq!(code.expose(), "abc");
        let page = client.join().unwrap();
        assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    }

    #[test]
    fn provider_errors_are_reported_escaped() {
        let s = Secret::new("S".to_string());
        let e = failure(decide(
            &get(
                "/callback?error=access_denied&error_description=no%1B%5B31m&state=S&iss=https%3A%2F%2Fidp",
            ),
            PORT,
            &expect(&s),
        ));
        assert!(
            e.message.contains("access_denied: no\\u{1b}[31m"),
            "{}",
            e.message
        );
    }

    #[test]
    fn a_real_connection_gets_404_then_the_callback_is_accepted() {
        let l = Listener::bind(None).unwrap();
        let port = l.port();
        let s = Secret::new("S".to_string());
        let client = std::thread::spawn(move || {
            let ask = |target: &str| {
                let mut c = TcpStream::connect(("127.0.0.1", port)).unwrap();
                c.write_all(
                    format!("GET {target} HTTP/1.1\r\nHost: localhost:{port}\r\n\r\n").as_bytes(),
                )
                .unwrap();
                let mut out = String::new();
                c.read_to_string(&mut out).unwrap();
                out
            };
            // A connection that never sends anything must not hold up the others.
            let _idle = TcpStream::connect(("127.0.0.1", port)).unwrap();
            let stray = ask("/favicon.ico");
            let done = ask("/callback?code=abc&state=S&iss=https%3A%2F%2Fidp");
            (stray, done)
        });
        let code = code_of(l.wait(&expect(&s), Duration::from_secs(10), None, None));
        assert_eq!(code.expose(), "abc");
        let (stray, done) = client.join().unwrap();
        assert!(stray.starts_with("HTTP/1.1 404"), "{stray}");
        assert!(done.starts_with("HTTP/1.1 200"), "{done}");
        assert!(done.contains("Referrer-Policy: no-referrer"));
    }

    #[test]
    fn waiting_ends_at_the_timeout() {
        let l = Listener::bind(None).unwrap();
        let s = Secret::new("S".to_string());
        let e = l
            .wait(&expect(&s), Duration::from_millis(200), None, None)
            .err()
            .unwrap();
        assert_eq!(e.code(), 5);
        assert!(e.message.contains("no login within"), "{}", e.message);
    }

    #[test]
    fn a_pasted_url_is_decided_like_the_request_it_would_have_been() {
        let l = Listener::bind(None).unwrap();
        let port = l.port();
        let s = Secret::new("S".to_string());
        let paste = |text: String| l.decide_pasted(&Line::Text(text), &expect(&s));
        let query = "code=abc&state=S&iss=https%3A%2F%2Fidp";
        for url in [
            format!("http://127.0.0.1:{port}/callback?{query}"),
            // Some address bars hide the scheme; copying may leave it out.
            format!("127.0.0.1:{port}/callback?{query}"),
            format!("http://localhost:{port}/callback?{query}"),
        ] {
            match paste(url.clone()) {
                Outcome::Code(c) => assert_eq!(c.expose(), "abc"),
                _ => panic!("{url} was not accepted"),
            }
        }
        for stray in [
            format!("http://127.0.0.1:{}/callback?{query}", port.wrapping_add(1)),
            format!("https://127.0.0.1:{port}/callback?{query}"),
            format!("http://127.0.0.1:{port}/other?{query}"),
            "hello".to_string(),
        ] {
            assert!(matches!(paste(stray.clone()), Outcome::Stray), "{stray}");
        }
        assert!(matches!(
            l.decide_pasted(&Line::TooLong, &expect(&s)),
            Outcome::Stray
        ));
        let e = failure(paste(format!(
            "http://127.0.0.1:{port}/callback?code=c0de&state=X&iss=https%3A%2F%2Fidp"
        )));
        assert!(e.message.contains("state does not match"), "{}", e.message);
        assert_eq!(e.hint.as_deref(), Some(PASTED_HINT));
    }

    #[test]
    fn a_taken_port_is_a_usage_error() {
        let l = Listener::bind(None).unwrap();
        let e = Listener::bind(Some(l.port())).err().unwrap();
        assert_eq!(e.code(), 2);
        assert!(e.message.contains("in use"), "{}", e.message);
    }
}

#[cfg(test)]
mod proptests;
