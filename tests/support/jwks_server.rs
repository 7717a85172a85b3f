//! A JWKS endpoint over HTTPS (`tests/provider/jwks.mjs`), killed on drop: the test rewrites
//! its key set and flips it down, and counts the requests it got.

use std::path::PathBuf;
use std::process::Child;

pub struct JwksServer {
    child: Child,
    dir: tempfile::TempDir,
    pub url: String,
    pub ca: PathBuf,
}

impl JwksServer {
    pub fn start(jwks: &serde_json::Value) -> JwksServer {
        let dir = tempfile::Builder::new()
            .prefix("authz-jwks.")
            .tempdir()
            .unwrap();
        std::fs::write(dir.path().join("jwks.json"), jwks.to_string()).unwrap();
        let (child, info) = super::provider::spawn("jwks.mjs", dir.path(), None, &[]);
        JwksServer {
            child,
            url: info["url"].as_str().unwrap().to_owned(),
            ca: PathBuf::from(info["ca"].as_str().unwrap()),
            dir,
        }
    }

    /// What GET /jwks answers from now on.
    pub fn serve(&self, jwks: &serde_json::Value) {
        std::fs::write(self.dir.path().join("jwks.json"), jwks.to_string()).unwrap();
    }

    /// Turns a switch of jwks.mjs (`down`, `redirect`, `huge`) on or off.
    pub fn switch(&self, name: &str, on: bool) {
        let f = self.dir.path().join(name);
        if on {
            std::fs::write(f, "").unwrap();
        } else {
            let _ = std::fs::remove_file(f);
        }
    }

    pub fn cache_control(&self, value: &str) {
        std::fs::write(self.dir.path().join("cache-control"), value).unwrap();
    }

    /// How many GET /jwks it has answered.
    pub fn hits(&self) -> usize {
        std::fs::read_to_string(self.dir.path().join("hits"))
            .map(|s| s.lines().count())
            .unwrap_or(0)
    }
}

impl Drop for JwksServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
