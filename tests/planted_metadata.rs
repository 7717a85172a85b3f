//! Where a token is sent is decided only by the issuer itself (issue 18.1). The provider's
//! endpoints come from its own discovery over verified TLS, or from this OS user's private
//! cache of one; never from a store row (on a shared PostgreSQL store, other roles write rows)
//! and never from a cache file someone else could have written. Each test plants endpoints
//! that lead to an attacker's HTTPS server (tests/provider/hostile.mjs, trusted like any other
//! server, recording every token it is sent) and checks that nothing reaches it while the real
//! provider sees the refresh, the userinfo call and the revocation; the controls show the
//! user's own cache is used.

mod support;

use serde_json::{Value, json};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use support::StoreBackend;
use support::provider::Provider;
use support::world::World;

struct Scene {
    w: World,
    evil: Provider,
    id: String,
}

fn scene(store: StoreBackend) -> Scene {
    let mut w = World::on_store(store);
    let evil = Provider::hostile("ok", &[]);
    // authz trusts both CAs: a failed TLS handshake must not be what stops the attack.
    let bundle = w.env.path().join("both-cas.pem");
    let pem = |p: &Path| std::fs::read_to_string(p).unwrap();
    std::fs::write(&bundle, pem(&w.provider.ca) + &pem(&evil.ca)).unwrap();
    w.env.set("AUTHZ_CA_FILE", bundle.to_str().unwrap());
    let id = w.add_as("alice");
    Scene { w, evil, id }
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

impl Scene {
    /// The real provider's metadata, with every endpoint a token is sent to moved to the
    /// attacker's server, "fetched" at `fetched`.
    fn forged(&self, fetched: i64) -> String {
        let evil = &self.evil.issuer;
        json!({
            "fetched": fetched,
            "metadata": {
                "issuer": self.w.provider.issuer,
                "authorization_endpoint": format!("{evil}/auth"),
                "token_endpoint": format!("{evil}/token"),
                "userinfo_endpoint": format!("{evil}/me"),
                "revocation_endpoint": format!("{evil}/revoke"),
                "device_authorization_endpoint": format!("{evil}/device"),
                "code_challenge_methods_supported": ["S256"],
            }
        })
        .to_string()
    }

    fn cache_dir(&self) -> PathBuf {
        self.w.env.path().join("cache/authz/metadata")
    }

    /// The one cache file (the login discovered the provider and cached it).
    fn cache_file(&self) -> PathBuf {
        let files: Vec<PathBuf> = std::fs::read_dir(self.cache_dir())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        files[0].clone()
    }

    fn stolen(&self) -> Value {
        let s = self.evil.stats();
        json!({"received": s["received"], "token": s["token"], "userinfo": s["userinfo"], "revocations": s["revocations"]})
    }

    #[track_caller]
    fn assert_nothing_stolen(&self) {
        assert_eq!(
            self.stolen(),
            json!({"received": [], "token": 0, "userinfo": 0, "revocations": 0}),
            "a token reached the attacker"
        );
    }

    /// A refresh, a userinfo call (`test`) and a revoke, each of which must reach the real
    /// provider.
    #[track_caller]
    fn refresh_test_and_revoke_at_the_real_provider(&self) {
        let (refreshes, revocations) = (self.w.provider.refreshes(), self.w.provider.revocations());
        self.w.expire(&self.id);
        let token = self.w.run(&["token", &self.id]).success().stdout;
        assert_eq!(self.w.provider.refreshes(), refreshes + 1, "no refresh");
        assert_eq!(
            self.w.provider.userinfo_sub(token.trim()),
            Ok("alice".into())
        );
        self.w.run(&["test", &self.id]).success();
        self.w.run(&["--yes", "revoke", &self.id]).success();
        assert_eq!(
            self.w.provider.revocations(),
            revocations + 1,
            "the real provider saw no revocation"
        );
    }
}

/// The runner's attack of the review: a `metadata ...` settings row with the attacker's
/// endpoints, "fetched" in the future so that it looks fresh for ever. Planted here as the
/// store's owner (on PostgreSQL the runner may no longer write settings at all: tests/postgres.rs).
fn a_metadata_row_in_the_store_decides_nothing(store: StoreBackend) {
    let s = scene(store);
    std::fs::remove_dir_all(s.cache_dir()).unwrap();
    let key = format!("metadata v2 {}", s.w.provider.issuer);
    let value = s.forged(now() + 365 * 24 * 3600).replace('\'', "''");
    s.w.env
        .exec(&format!("DELETE FROM settings WHERE key = '{key}'"));
    s.w.env.exec(&format!(
        "INSERT INTO settings (key, value) VALUES ('{key}', '{value}')"
    ));
    s.refresh_test_and_revoke_at_the_real_provider();
    s.assert_nothing_stolen();
}

store_backends!(a_metadata_row_in_the_store_decides_nothing);

/// Control: the user's own cache file is what the endpoints come from while it is fresh (here
/// planted by the user with the attacker's endpoints, which are then used: the check below is
/// what stops a planted file, not something else).
#[test]
fn the_users_own_fresh_cache_is_used() {
    let s = scene(StoreBackend::Sqlite);
    let file = s.cache_file();
    std::fs::write(&file, s.forged(now())).unwrap();
    s.w.expire(&s.id);
    s.w.run(&["token", &s.id]);
    assert_eq!(s.evil.stats()["token"], 1, "the own cache was not used");
}

/// Control: a cache that says it was fetched in the future is not fresh (a clock trick cannot
/// pin it), so the provider is discovered again and the file replaced.
#[test]
fn a_cache_fetched_in_the_future_is_discovered_again() {
    let s = scene(StoreBackend::Sqlite);
    let file = s.cache_file();
    std::fs::write(&file, s.forged(now() + 3600)).unwrap();
    s.refresh_test_and_revoke_at_the_real_provider();
    s.assert_nothing_stolen();
    let cached: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert!(
        cached["metadata"]["token_endpoint"]
            .as_str()
            .unwrap()
            .starts_with(&s.w.provider.issuer),
        "{cached}"
    );
}

/// How an attacker who is not this user gets a file into the cache: the file writable by
/// others, the folder writable by others, a symlink to a file of theirs, a file of theirs.
fn plant(s: &Scene, how: &str) {
    let file = s.cache_file();
    let forged = s.forged(now());
    match how {
        "file-writable-by-others" => {
            std::fs::write(&file, &forged).unwrap();
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).unwrap();
        }
        "folder-writable-by-others" => {
            std::fs::write(&file, &forged).unwrap();
            std::fs::set_permissions(s.cache_dir(), std::fs::Permissions::from_mode(0o777))
                .unwrap();
        }
        "symlink" => {
            let theirs = s.w.env.path().join("theirs.json");
            std::fs::write(&theirs, &forged).unwrap();
            std::fs::remove_file(&file).unwrap();
            std::os::unix::fs::symlink(&theirs, &file).unwrap();
        }
        "another-users-file" => {
            std::fs::write(&file, &forged).unwrap();
            let nobody = std::process::Command::new("chown")
                .args(["nobody", file.to_str().unwrap()])
                .status()
                .unwrap();
            assert!(nobody.success(), "chown nobody (this test runs as root)");
        }
        _ => unreachable!(),
    }
}

fn a_planted_cache_file_is_ignored(how: &str) {
    if how == "another-users-file" && !rustix::process::geteuid().is_root() {
        eprintln!("skipped: planting another user's file needs root (CI runs as root)");
        return;
    }
    let s = scene(StoreBackend::Sqlite);
    plant(&s, how);
    s.w.expire(&s.id);
    let run = s.w.run(&["token", &s.id]).success();
    assert!(
        run.stderr.contains("ignoring the cached provider metadata"),
        "{how}: {}",
        run.stderr
    );
    s.refresh_test_and_revoke_at_the_real_provider();
    s.assert_nothing_stolen();
}

#[test]
fn a_cache_file_others_can_write_is_ignored() {
    a_planted_cache_file_is_ignored("file-writable-by-others");
}

#[test]
fn a_cache_folder_others_can_write_is_ignored() {
    a_planted_cache_file_is_ignored("folder-writable-by-others");
}

#[test]
fn a_symlinked_cache_file_is_ignored() {
    a_planted_cache_file_is_ignored("symlink");
}

#[test]
fn another_users_cache_file_is_ignored() {
    a_planted_cache_file_is_ignored("another-users-file");
}
