//! A real OpenID provider per test: `tests/provider/server.mjs` (oidc-provider over HTTPS on
//! 127.0.0.1 with a CA made at start), killed on drop; plus its test-only endpoints, reached with
//! curl so the tests share no HTTP code with authz.

use super::Env;
use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

pub struct Provider {
    child: Child,
    /// The listening socket, made here and handed to each node process: it stays bound while
    /// the provider is stopped and restarted, so no other process can take the issuer's port.
    socket: TcpListener,
    /// While stopped: the thread that takes every connection and closes it (nothing answers
    /// at the issuer), and the flag that ends it.
    refuser: Option<(Arc<AtomicBool>, JoinHandle<()>)>,
    dir: tempfile::TempDir,
    pub issuer: String,
    pub port: u16,
    pub ca: PathBuf,
    pub client_id: String,
    /// The script (server.mjs, or hostile.mjs) and its extra flags (e.g. `--access-ttl 2`),
    /// kept for restarts.
    script: &'static str,
    extra: Vec<String>,
}

fn provider_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/provider")
}

/// The browserless user (`$BROWSER`): plays login and consent, then delivers the callback.
pub fn browser() -> PathBuf {
    provider_dir().join("browser.mjs")
}

impl Provider {
    pub fn start() -> Provider {
        Provider::start_with(&[])
    }

    /// Starts with extra server.mjs flags, e.g. `["--access-ttl", "2"]`.
    pub fn start_with(extra: &[&str]) -> Provider {
        Provider::start_script("server.mjs", extra)
    }

    /// `tests/provider/hostile.mjs --scenario SCENARIO EXTRA...`: a provider with one thing
    /// wrong (see its header). Its `/__stats` has its own counters.
    pub fn hostile(scenario: &str, extra: &[&str]) -> Provider {
        let mut all = vec!["--scenario", scenario];
        all.extend_from_slice(extra);
        Provider::start_script("hostile.mjs", &all)
    }

    fn start_script(script: &'static str, extra: &[&str]) -> Provider {
        let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        let dir = tempfile::Builder::new()
            .prefix("authz-provider.")
            .tempdir()
            .unwrap();
        let socket = TcpListener::bind("127.0.0.1:0").unwrap();
        let (child, info) = spawn(script, dir.path(), Some(&socket), &extra);
        Provider {
            child,
            socket,
            refuser: None,
            issuer: info["issuer"].as_str().unwrap().to_owned(),
            port: info["port"].as_u64().unwrap() as u16,
            ca: PathBuf::from(info["ca"].as_str().unwrap()),
            client_id: info["client_id"].as_str().unwrap().to_owned(),
            dir,
            script,
            extra,
        }
    }

    /// Stops the provider and starts a fresh one (all its tokens forgotten) on the same socket.
    pub fn restart(&mut self) {
        self.kill();
        self.end_refuser();
        let (child, _) = spawn(
            self.script,
            self.dir.path(),
            Some(&self.socket),
            &self.extra,
        );
        self.child = child;
    }

    /// Stops it: from now on nothing answers at the issuer (a connection is closed at once).
    pub fn stop(&mut self) {
        self.kill();
        if self.refuser.is_some() {
            return;
        }
        let socket = self.socket.try_clone().unwrap();
        socket.set_nonblocking(true).unwrap();
        let done = Arc::new(AtomicBool::new(false));
        let flag = done.clone();
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::SeqCst) {
                match socket.accept() {
                    Ok((stream, _)) => drop(stream),
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        self.refuser = Some((done, thread));
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn end_refuser(&mut self) {
        if let Some((done, thread)) = self.refuser.take() {
            done.store(true, Ordering::SeqCst);
            let _ = thread.join();
        }
    }

    /// Points `env` at this provider, with the browserless user as `$BROWSER`.
    pub fn configure(&self, env: &mut Env) {
        env.set("AUTHZ_ISSUER", &self.issuer)
            .set("AUTHZ_CLIENT_ID", &self.client_id)
            .set("AUTHZ_CA_FILE", self.ca.to_str().unwrap())
            .set("BROWSER", browser().to_str().unwrap());
    }

    /// What the provider logged (for failure messages).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("provider.log")).unwrap_or_default()
    }

    /// `curl` against the provider, trusting its CA, with nothing from the developer's
    /// environment (no proxies).
    pub fn curl(&self, args: &[&str], stdin: &str) -> Output {
        let mut c = Command::new("curl");
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .args(["-sS", "--max-time", "20", "--cacert"])
            .arg(&self.ca)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = c.spawn().unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.curl(args, "");
        assert!(out.status.success(), "curl {args:?}: {out:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// Request counters: token_requests.{authorization_code,refresh_token,device_code},
    /// revocations, userinfo.
    pub fn stats(&self) -> serde_json::Value {
        self.json(&[&format!("{}/__stats", self.issuer)])
    }

    pub fn code_redemptions(&self) -> u64 {
        self.stats()["token_requests"]["authorization_code"]
            .as_u64()
            .unwrap()
    }

    pub fn revocations(&self) -> u64 {
        self.stats()["revocations"].as_u64().unwrap()
    }

    /// Revokes every grant and token of account `sub` at the provider.
    pub fn admin_revoke(&self, sub: &str) {
        self.json(&[
            "-X",
            "POST",
            &format!("{}/__admin/revoke?sub={sub}", self.issuer),
        ]);
    }

    /// The next `count` token requests answer HTTP `status`.
    pub fn admin_fail(&self, count: u32, status: u16) {
        self.json(&[
            "-X",
            "POST",
            &format!("{}/__admin/fail?count={count}&status={status}", self.issuer),
        ]);
    }

    /// The next request to `path` (`/token`, `/token/revocation`) answers HTTP `status` with no
    /// body at all, as some providers answer a refusal.
    pub fn admin_fail_bare(&self, path: &str, status: u16) {
        self.json(&[
            "-X",
            "POST",
            &format!(
                "{}/__admin/fail?count=1&status={status}&bare=1&path={path}",
                self.issuer
            ),
        ]);
    }

    /// The next code exchange's ID token carries another nonce (`wrong`) or none (`missing`).
    pub fn admin_nonce(&self, mode: &str) {
        self.json(&[
            "-X",
            "POST",
            &format!("{}/__admin/nonce?mode={mode}", self.issuer),
        ]);
    }

    /// Registers one more client (`metadata` over authz-cli's: a `client_id`, a
    /// `token_endpoint_auth_method` and its `client_secret` or `jwks`).
    pub fn admin_client(&self, metadata: serde_json::Value) {
        let out = self.curl(
            &[
                "-X",
                "POST",
                "--data-binary",
                "@-",
                &format!("{}/__admin/client", self.issuer),
            ],
            &metadata.to_string(),
        );
        assert!(out.status.success(), "register client: {out:?}");
    }

    /// Registers a confidential client `client_id` with `secret`, authenticating by `method`
    /// (`client_secret_basic`, `client_secret_post`).
    pub fn admin_secret_client(&self, client_id: &str, method: &str, secret: &str) {
        self.admin_client(serde_json::json!({
            "client_id": client_id,
            "token_endpoint_auth_method": method,
            "client_secret": secret,
        }));
    }

    /// How many requests to `path` (`/token`, `/token/revocation`, `/device/auth`)
    /// authenticated as `how` (`basic`, `post`, `jwt`, `none`).
    pub fn client_auth(&self, path: &str, how: &str) -> u64 {
        self.stats()["client_auth"][format!("{path} {how}")]
            .as_u64()
            .unwrap_or(0)
    }

    /// The discovery documents say `field: values` from now on.
    pub fn admin_metadata(&self, field: &str, values: &[&str]) {
        self.json(&[
            "-X",
            "POST",
            &format!(
                "{}/__admin/metadata?{field}={}",
                self.issuer,
                values.join(",")
            ),
        ]);
    }

    /// The next request to `path` is held: never handed to the provider, or (`after`) handled
    /// by it but never answered, until `release`. Crash tests stop authz there.
    pub fn hold(&self, path: &str, after: bool) {
        let after = if after { "&after=1" } else { "" };
        self.json(&[
            "-X",
            "POST",
            &format!("{}/__admin/hold?path={path}{after}", self.issuer),
        ]);
    }

    /// Held requests go on (handed to the provider, or answered).
    pub fn release(&self) {
        self.json(&["-X", "POST", &format!("{}/__admin/release", self.issuer)]);
    }

    /// How many requests are being held right now.
    pub fn held(&self) -> u64 {
        self.stats()["held"].as_u64().unwrap()
    }

    /// Every secret the provider issued or was shown (started with `--record issued.jsonl`):
    /// (kind, value) pairs.
    pub fn recorded(&self) -> Vec<(String, String)> {
        let text =
            std::fs::read_to_string(self.dir.path().join("issued.jsonl")).unwrap_or_default();
        text.lines()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_str(l).unwrap();
                (
                    v["kind"].as_str().unwrap().to_owned(),
                    v["value"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    }

    /// Tries a refresh token at the token endpoint (the token goes through stdin, not argv).
    /// Returns the HTTP status and the JSON answer.
    pub fn try_refresh(&self, refresh_token: &str) -> (u16, serde_json::Value) {
        let body = url_form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token),
            ("client_id", &self.client_id),
        ]);
        let out = self.curl(
            &[
                "-w",
                "\n%{http_code}",
                "-H",
                "content-type: application/x-www-form-urlencoded",
                "--data-binary",
                "@-",
                &format!("{}/token", self.issuer),
            ],
            &body,
        );
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let (json, status) = text.rsplit_once('\n').unwrap();
        (
            status.trim().parse().unwrap(),
            serde_json::from_str(json).unwrap_or(serde_json::Value::Null),
        )
    }
}

impl Provider {
    /// The `sub` the userinfo endpoint returns for `access_token` (the header goes through
    /// stdin, not argv), or the HTTP status when it refuses.
    pub fn userinfo_sub(&self, access_token: &str) -> Result<String, u16> {
        let out = self.curl(
            &[
                "-w",
                "\n%{http_code}",
                "-H",
                "@-",
                &format!("{}/me", self.issuer),
            ],
            &format!("Authorization: Bearer {access_token}\n"),
        );
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let (json, status) = text.rsplit_once('\n').unwrap();
        let status: u16 = status.trim().parse().unwrap();
        if status != 200 {
            return Err(status);
        }
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        Ok(v["sub"].as_str().unwrap().to_owned())
    }

    /// RFC 7662 introspection of `token` as the public client (oidc-provider lets a client
    /// introspect its own tokens); the token goes through stdin, not argv.
    pub fn introspect(&self, token: &str) -> serde_json::Value {
        let body = url_form(&[("token", token), ("client_id", &self.client_id)]);
        let out = self.curl(
            &[
                "-H",
                "content-type: application/x-www-form-urlencoded",
                "--data-binary",
                "@-",
                &format!("{}/token/introspection", self.issuer),
            ],
            &body,
        );
        assert!(out.status.success(), "introspection: {out:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// `mode` is `ignore` (refreshes lose their scope and resource, as at a provider that does
    /// not narrow) or `honour`.
    pub fn admin_narrowing(&self, mode: &str) {
        self.json(&[
            "-X",
            "POST",
            &format!("{}/__admin/narrowing?mode={mode}", self.issuer),
        ]);
    }

    /// The provider forgets API `uri`: refreshes asking for it are refused (`invalid_target`)
    /// after the refresh token was rotated.
    pub fn admin_forget_resource(&self, uri: &str) {
        self.json(&[
            "-X",
            "POST",
            &format!("{}/__admin/forget-resource?uri={uri}", self.issuer),
        ]);
    }

    /// Refresh requests that asked for a scope subset or a resource.
    pub fn narrowed_refreshes(&self) -> u64 {
        self.stats()["narrowed_refreshes"].as_u64().unwrap()
    }

    pub fn refreshes(&self) -> u64 {
        self.stats()["token_requests"]["refresh_token"]
            .as_u64()
            .unwrap()
    }
}

impl Drop for Provider {
    fn drop(&mut self) {
        self.kill();
        self.end_refuser();
    }
}

fn url_form(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            let enc: String = v
                .bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                        (b as char).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect();
            format!("{k}={enc}")
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// Starts a provider script (server.mjs, hostile.mjs, jwks.mjs) and reads its one JSON line (at
/// most 60 s: node and openssl are slow on a busy CI machine). With `socket`, the script serves
/// on that listening socket (as fd 3); without, on a port it picks.
pub fn spawn(
    script: &str,
    dir: &Path,
    socket: Option<&TcpListener>,
    extra: &[String],
) -> (Child, serde_json::Value) {
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("provider.log"))
        .unwrap();
    let mut command = Command::new("node");
    command
        .arg(provider_dir().join(script))
        .arg("--dir")
        .arg(dir);
    match socket {
        None => {
            command.args(["--port", "0"]);
        }
        Some(socket) => {
            use std::os::fd::AsRawFd;
            use std::os::unix::process::CommandExt;
            let fd = socket.as_raw_fd();
            command.args(["--fd", "3"]);
            // SAFETY: dup2 and fcntl are async-signal-safe; `fd` stays open in this process
            // for the child's start (the socket outlives this call).
            unsafe {
                command.pre_exec(move || {
                    // The copy at 3 must survive exec (dup2 clears close-on-exec; a socket
                    // that is already 3 needs it cleared by hand).
                    let ok = if fd == 3 {
                        libc::fcntl(3, libc::F_SETFD, 0) == 0
                    } else {
                        libc::dup2(fd, 3) == 3
                    };
                    if ok {
                        Ok(())
                    } else {
                        Err(std::io::Error::last_os_error())
                    }
                });
            }
        }
    }
    let mut child = command
        .args(extra)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .expect("node must be installed (tests/run.sh checks)");
    let line = match super::first_line(&mut child, Duration::from_secs(60)) {
        Some(line) => line,
        None => {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "the test provider did not start:\n{}",
                std::fs::read_to_string(dir.join("provider.log")).unwrap_or_default()
            );
        }
    };
    (child, serde_json::from_str(&line).unwrap())
}

/// An HTTP CONNECT proxy (node, no dependencies) that writes each tunnel's target to a log:
/// proves that `HTTPS_PROXY` is honoured, and `NO_PROXY` too.
pub struct Proxy {
    child: Child,
    pub url: String,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

const PROXY_JS: &str = r#"
const http = require('node:http'), net = require('node:net'), fs = require('node:fs');
const log = process.argv[1];
const server = http.createServer((req, res) => { res.writeHead(405); res.end(); });
server.on('connect', (req, client, head) => {
  fs.appendFileSync(log, req.url + '\n');
  const i = req.url.lastIndexOf(':');
  const upstream = net.connect(Number(req.url.slice(i + 1)), req.url.slice(0, i), () => {
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
  });
  upstream.on('error', () => client.destroy());
  client.on('error', () => upstream.destroy());
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
"#;

impl Proxy {
    pub fn start() -> Proxy {
        let dir = tempfile::Builder::new()
            .prefix("authz-proxy.")
            .tempdir()
            .unwrap();
        let log = dir.path().join("tunnels.log");
        std::fs::write(&log, "").unwrap();
        let mut child = Command::new("node")
            .args(["-e", PROXY_JS])
            .arg(&log)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let port = super::first_line(&mut child, Duration::from_secs(30))
            .expect("the proxy did not start");
        Proxy {
            child,
            url: format!("http://127.0.0.1:{}", port.trim()),
            log,
            _dir: dir,
        }
    }

    /// The `host:port` of every tunnel opened so far.
    pub fn tunnels(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
