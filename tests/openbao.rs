//! The OpenBao secret backend against a real OpenBao server (the run's dev server, see
//! tests/support/bao.rs): the shipped policies, the KV engine's check-and-set, the error exits,
//! AppRole logins, moving tokens between backends, and the profile remembering its backend.
//! What both backends share (login, token, refresh, doctor) runs on both in token.rs, crash.rs
//! and login.rs.

mod support;

use serde_json::json;
use std::process::Stdio;
use std::time::{Duration, Instant};
use support::bao::Bao;
use support::world::{Backend, World};

impl World {
    /// From now on authz runs with `token` (a runner's, an auditor's) in `~/.vault-token`.
    fn bao_token(&self, token: &str) {
        std::fs::write(self.env.path().join("home/.vault-token"), token).unwrap();
    }

    fn place(&self) -> &support::bao::Place {
        self.bao.as_ref().expect("an OpenBao world")
    }
}

#[test]
fn a_runner_token_reads_and_updates_but_can_neither_delete_nor_list_nor_create() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    let p = w.place();
    let runner = p.token("runner", "1h");
    let bao = &p.bao;
    let (status, body) = bao.call_as(&runner, "GET", &p.data_path(&id), None);
    assert_eq!(status, 200, "{body}");
    let version = body["data"]["metadata"]["version"].as_u64().unwrap();
    let data = body["data"]["data"].clone();
    let (status, body) = bao.call_as(
        &runner,
        "POST",
        &p.data_path(&id),
        Some(json!({ "options": { "cas": version }, "data": data })),
    );
    assert_eq!(status, 200, "update: {body}");

    let forbidden = [
        ("DELETE", p.data_path(&id), None),
        ("DELETE", p.metadata_path(&id), None),
        (
            "POST",
            format!("secret/destroy/{}/tokens/{id}", p.prefix),
            Some(json!({ "versions": [version + 1] })),
        ),
        (
            "GET",
            format!("secret/metadata/{}/tokens?list=true", p.prefix),
            None,
        ),
        ("GET", p.metadata_path(&id), None),
        (
            "POST",
            p.data_path("az_new"),
            Some(json!({ "options": { "cas": 0 }, "data": {} })),
        ),
    ];
    for (method, path, body) in forbidden {
        let (status, answer) = bao.call_as(&runner, method, &path, body);
        assert_eq!(status, 403, "a runner could {method} {path}: {answer}");
    }
    // Nothing was lost: the entry is still there and still works.
    assert!(w.refresh_token(&id).is_some());

    // An auditor reaches no token at all.
    let auditor = p.token("auditor", "1h");
    let (status, _) = bao.call_as(&auditor, "GET", &p.data_path(&id), None);
    assert_eq!(status, 403);
}

#[test]
fn a_runner_host_refreshes_and_persists_the_rotation_but_cannot_log_in_or_list() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    let before = w.refresh_token(&id).unwrap();
    w.bao_token(&w.place().token("runner", "1h"));
    w.expire(&id);
    let out = w.run(&["token", &id]).success();
    assert_eq!(
        w.provider.userinfo_sub(out.stdout.trim()),
        Ok("alice".into())
    );
    let after = w.refresh_token(&id).unwrap();
    assert_ne!(after, before, "the rotated refresh token was not persisted");
    // A login would have nowhere to go: refused before any browser, exit 8.
    let started = w.provider.stats();
    w.run(&["add", "--timeout", "60"])
        .code(8)
        .one_line_error()
        .stderr_has("may not create entries");
    assert_eq!(w.provider.stats(), started, "the login went ahead");
    // doctor lists entries: a runner may not.
    w.run(&["doctor"])
        .code(8)
        .one_line_error()
        .stderr_has("permission denied");
}

#[test]
fn a_host_holding_a_stale_version_never_overwrites_a_newer_refresh_token() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    w.expire(&id);
    let version = w.place().version(&id);
    // This host's refresh is stopped at the provider, after it read version `version`.
    w.provider.hold("/token", false);
    let mut child = w
        .env
        .command(&["token", &id])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while w.provider.held() == 0 {
        assert!(child.try_wait().unwrap().is_none(), "authz ended early");
        assert!(
            Instant::now() < deadline,
            "the refresh never reached the provider"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // Meanwhile another host (no shared lock) of the same store wrote newer tokens.
    let entry = w.place().entry(&id).unwrap();
    w.place().put(
        &id,
        json!({ "refresh_token": "rt-of-another-host", "access_token": "at-of-another-host", "expires_at": 4_000_000_000i64,
                "store": entry["store"], "issuer": entry["issuer"] }),
    );
    w.provider.release();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    // The check-and-set failed at the server: the other host's tokens stay, and are served.
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "at-of-another-host"
    );
    assert_eq!(w.refresh_token(&id).as_deref(), Some("rt-of-another-host"));
    assert_eq!(w.place().version(&id), version + 1, "a stale write landed");
    assert_eq!(w.provider.refreshes(), 1);
}

#[test]
fn an_unreachable_or_sealed_openbao_is_exit_6_in_one_line_and_nothing_falls_back() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    let before = w.env.state();
    // Nobody listens there, and nobody can start to while the test runs.
    let (_reserved, port) = support::closed_port();
    w.env.set("BAO_ADDR", format!("http://127.0.0.1:{port}"));
    w.run(&["token", &id])
        .code(6)
        .one_line_error()
        .stderr_has("unreachable");
    w.env.set("AUTHZ_TEST_LOGIN", "bob");
    w.run(&["add", "--timeout", "60"]).code(6).one_line_error();
    assert_eq!(w.env.state(), before, "the store changed");
    assert_eq!(
        w.keyring.entries(),
        Vec::<String>::new(),
        "fell back to the keyring"
    );

    // A server of its own, sealed.
    let sealed = Bao::start();
    sealed.seal();
    w.env.set("BAO_ADDR", sealed.addr.clone());
    w.bao_token("any-token");
    let e = w.run(&["--json", "token", &id]).code(6).stderr_json();
    assert_eq!(e["error"]["kind"], "secret-store");
    assert!(
        e["error"]["message"].as_str().unwrap().contains("sealed"),
        "{e}"
    );
    assert_eq!(w.env.state(), before);
}

#[test]
fn a_revoked_token_or_a_policy_without_access_is_exit_8_and_changes_nothing() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    w.expire(&id);
    let before = w.env.state();
    let rt = w.refresh_token(&id);
    // A token that has expired or was revoked is refused like one without the policy.
    let short = w.place().token("operator", "1h");
    let (status, body) =
        w.place()
            .bao
            .call("POST", "auth/token/revoke", Some(json!({ "token": short })));
    assert!(status < 300, "{body}");
    w.bao_token(&short);
    let e = w.run(&["--json", "token", &id]).code(8).stderr_json();
    assert_eq!(e["error"]["kind"], "not-permitted");
    assert_eq!(e["error"]["code"], 8);
    w.run(&["token", &id])
        .code(8)
        .one_line_error()
        .stderr_has("hint: ");
    w.bao_token(&w.place().token("auditor", "1h"));
    w.run(&["token", &id]).code(8).one_line_error();
    assert_eq!(w.env.state(), before, "the store changed");
    assert_eq!(w.status(&id), "active", "a refusal is not a lost token");
    assert_eq!(w.refresh_token(&id), rt);
    assert_eq!(w.provider.refreshes(), 0);
}

/// An AppRole for this world's prefix with the runner policy; returns (role id, secret id).
fn approle(w: &World) -> (String, String) {
    let p = w.place();
    let bao = &p.bao;
    // Enabled once per server; "already in use" on the shared one is fine.
    let _ = bao.call(
        "POST",
        "sys/auth/approle",
        Some(json!({ "type": "approle" })),
    );
    let role = format!("auth/approle/role/{}", p.prefix);
    let (status, body) = bao.call(
        "POST",
        &role,
        Some(json!({ "token_policies": [format!("runner-{}", p.prefix)], "token_ttl": "1h", "token_max_ttl": "4h" })),
    );
    assert!(status < 300, "{body}");
    let (_, body) = bao.call("GET", &format!("{role}/role-id"), None);
    let role_id = body["data"]["role_id"].as_str().unwrap().to_owned();
    let (_, body) = bao.call("POST", &format!("{role}/secret-id"), None);
    let secret_id = body["data"]["secret_id"].as_str().unwrap().to_owned();
    (role_id, secret_id)
}

#[test]
fn an_approle_runner_logs_in_from_files_reuses_renews_and_replaces_its_token() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    let (dir, secret_id) = use_approle(&mut w);
    let role_id = std::fs::read_to_string(dir.join("role-id")).unwrap();
    let role_id = role_id.trim();

    let token = w.run(&["token", &id]).success().stdout;
    let cache_file = approle_cache(&w).expect("the AppRole token is cached");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&cache_file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let read = || -> serde_json::Value {
        serde_json::from_str(&std::fs::read_to_string(&cache_file).unwrap()).unwrap()
    };
    let first = read();
    let bao_token = first["token"].as_str().unwrap().to_owned();
    // The role id and secret id never reach the cache or the output.
    let text = std::fs::read_to_string(&cache_file).unwrap();
    assert!(!text.contains(&secret_id) && !text.contains(role_id));

    // The next run uses the cached token: no new login.
    assert_eq!(w.run(&["token", &id]).success().stdout, token);
    assert_eq!(read()["token"], bao_token.as_str());

    // Near its expiry (a third of its TTL left), it is renewed: same token, later expiry.
    let now = time_now();
    let mut near = first.clone();
    near["expires_at"] = json!(now + 600);
    std::fs::write(&cache_file, near.to_string()).unwrap();
    w.run(&["token", &id]).success();
    let renewed = read();
    assert_eq!(
        renewed["token"],
        bao_token.as_str(),
        "it logged in instead of renewing"
    );
    assert!(
        renewed["expires_at"].as_i64().unwrap() > now + 3000,
        "{renewed}"
    );

    // Expired (by the cache's clock): a new login, a new token.
    let mut old = renewed.clone();
    old["expires_at"] = json!(now - 10);
    std::fs::write(&cache_file, old.to_string()).unwrap();
    w.run(&["token", &id]).success();
    let fresh = read()["token"].as_str().unwrap().to_owned();
    assert_ne!(fresh, bao_token);

    // Revoked behind its back while the cache thinks it valid: one new login, and it works.
    let (status, _) =
        w.place()
            .bao
            .call("POST", "auth/token/revoke", Some(json!({ "token": fresh })));
    assert!(status < 300);
    w.expire(&id);
    w.run(&["token", &id]).success();
    assert_ne!(read()["token"].as_str().unwrap(), fresh);

    // A wrong secret id is refused: exit 8, one line, and the secret id is not shown.
    std::fs::remove_file(&cache_file).unwrap();
    std::fs::write(dir.join("secret-id"), "not-the-secret-id").unwrap();
    let r = w.run(&["token", &id]).code(8).one_line_error();
    assert!(!r.stderr.contains("not-the-secret-id"), "{}", r.stderr);
}

/// From now on this world's authz logs in with an AppRole of its prefix (`approle`), from 0600
/// id files in `approle/` and no `~/.vault-token`; returns that folder and the secret id.
fn use_approle(w: &mut World) -> (std::path::PathBuf, String) {
    let (role_id, secret_id) = approle(w);
    let dir = w.env.path().join("approle");
    std::fs::create_dir_all(&dir).unwrap();
    write_private(&dir.join("role-id"), &format!("{role_id}\n"));
    write_private(&dir.join("secret-id"), &secret_id);
    std::fs::remove_file(w.env.path().join("home/.vault-token")).unwrap();
    w.env
        .set(
            "AUTHZ_BAO_ROLE_ID_FILE",
            dir.join("role-id").to_str().unwrap(),
        )
        .set(
            "AUTHZ_BAO_SECRET_ID_FILE",
            dir.join("secret-id").to_str().unwrap(),
        );
    (dir, secret_id)
}

/// The AppRole token cache file, if a login made one.
fn approle_cache(w: &World) -> Option<std::path::PathBuf> {
    std::fs::read_dir(w.env.path().join("cache/authz"))
        .ok()?
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("openbao-approle-")
        })
}

/// Writes `path` with mode 0600, as the docs tell AppRole id files to be.
fn write_private(path: &std::path::Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn approle_id_files_others_can_read_are_refused_and_a_0600_one_is_used() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    let (dir, secret_id) = use_approle(&mut w);
    for (file, mode) in [
        ("role-id", 0o640),
        ("secret-id", 0o604),
        ("secret-id", 0o660),
    ] {
        chmod(&dir.join(file), mode);
        let r = w.run(&["token", &id]).code(2).one_line_error();
        assert!(
            r.stderr.contains(file) && r.stderr.contains("chmod 600"),
            "{}",
            r.stderr
        );
        assert!(!r.stderr.contains(&secret_id), "{}", r.stderr);
        chmod(&dir.join(file), 0o600);
    }
    assert_eq!(approle_cache(&w), None, "a refused login cached a token");
    // Control: both 0600, the login works.
    w.run(&["token", &id]).success();
}

#[test]
fn an_approle_token_cache_others_could_have_written_is_ignored_and_a_fresh_login_made() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    use_approle(&mut w);
    w.run(&["token", &id]).success();
    let cache = approle_cache(&w).expect("the AppRole token is cached");
    let bao = w.place().bao.clone();
    // The planted token: valid, with the runner policy, and 100 uses: every request authz
    // makes with it spends one, so its count tells whether authz used it.
    let planted = || -> String {
        let (status, body) = bao.call(
            "POST",
            "auth/token/create",
            Some(json!({ "policies": [format!("runner-{}", w.place().prefix)], "ttl": "1h", "num_uses": 100 })),
        );
        assert_eq!(status, 200, "{body}");
        body["auth"]["client_token"].as_str().unwrap().to_owned()
    };
    let uses = |token: &str| -> i64 {
        let (status, body) = bao.call("POST", "auth/token/lookup", Some(json!({ "token": token })));
        assert_eq!(status, 200, "{body}");
        body["data"]["num_uses"].as_i64().unwrap()
    };
    let text = |token: &str| {
        json!({ "token": token, "expires_at": time_now() + 3000, "ttl": 3600, "renewable": true })
            .to_string()
    };
    let cached_token = || -> String {
        let t = std::fs::read_to_string(&cache).unwrap();
        serde_json::from_str::<serde_json::Value>(&t).unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    type Plant<'a> = Box<dyn Fn(&str) + 'a>;
    let mut cases: Vec<(&str, Plant)> = vec![
        (
            "a symlink",
            Box::new(|t: &str| {
                let target = w.env.path().join("elsewhere.json");
                write_private(&target, &text(t));
                std::fs::remove_file(&cache).unwrap();
                std::os::unix::fs::symlink(&target, &cache).unwrap();
            }),
        ),
        (
            "mode 0666",
            Box::new(|t: &str| {
                std::fs::remove_file(&cache).unwrap();
                std::fs::write(&cache, text(t)).unwrap();
                chmod(&cache, 0o666);
            }),
        ),
    ];
    if rustix::process::geteuid().is_root() {
        cases.push((
            "owned by nobody",
            Box::new(|t: &str| {
                write_private(&cache, &text(t));
                let out = std::process::Command::new("chown")
                    .args(["nobody", cache.to_str().unwrap()])
                    .output()
                    .unwrap();
                assert!(out.status.success(), "{out:?}");
            }),
        ));
    } else {
        eprintln!("skipping the cache owned by another user: chown needs root");
    }
    for (what, plant) in &cases {
        let t = planted();
        plant(&t);
        // An expired access token: the refresh reads and writes OpenBao.
        w.expire(&id);
        let r = w.run(&["token", &id]).success();
        assert!(
            r.stderr.contains("ignoring the cached OpenBao token"),
            "{what}: {}",
            r.stderr
        );
        assert_eq!(uses(&t), 100, "{what}: the planted token was used");
        // A fresh login replaced it with the user's own file.
        let fresh = cached_token();
        assert_ne!(fresh, t, "{what}");
        let meta = std::fs::symlink_metadata(&cache).unwrap();
        use std::os::unix::fs::MetadataExt;
        assert!(meta.is_file() && meta.mode() & 0o777 == 0o600, "{what}");
        assert_eq!(meta.uid(), rustix::process::geteuid().as_raw(), "{what}");
    }
    // Control: the same planted token in the user's own 0600 file is used, without a warning.
    let t = planted();
    write_private(&cache, &text(&t));
    w.expire(&id);
    let r = w.run(&["token", &id]).success();
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    assert!(uses(&t) < 100, "the user's own cache was not used");
    assert_eq!(cached_token(), t);
}

#[test]
fn bao_addr_over_plain_http_is_refused_except_to_this_host() {
    let mut w = World::on(Backend::OpenBao);
    let addr = w.place().bao.addr.clone();
    assert!(addr.starts_with("http://127.0.0.1:"), "{addr}");
    w.env
        .run_stdin(&["vault", "set", "v", "--kind", "api-token"], "one")
        .success();
    for (var, remote) in [
        ("BAO_ADDR", "http://10.0.0.1:8200"),
        ("BAO_ADDR", "http://bao.example:8200/"),
        ("BAO_ADDR", "http://127.0.0.1.example:8200"),
        ("VAULT_ADDR", "http://[2001:db8::1]:8200"),
    ] {
        w.env.unset("BAO_ADDR").set(var, remote);
        w.env
            .run_stdin(&["vault", "set", "v", "--kind", "api-token"], "two")
            .code(2)
            .one_line_error()
            .stderr_has("plain http");
        w.env.unset(var).set("BAO_ADDR", addr.clone());
    }
    let versions = w.env.count("SELECT count(*) FROM vault_versions");
    assert_eq!(versions, 1, "a refused run changed the store");
    // Control: this host, by any of its names, over plain http.
    let port = addr.rsplit(':').next().unwrap();
    for local in [
        addr.clone(),
        format!("http://localhost:{port}"),
        format!("http://127.0.0.1:{port}/"),
    ] {
        w.env.set("BAO_ADDR", local);
        w.env
            .run(&["vault", "get", "v"])
            .success()
            .stdout_has("one");
    }
}

fn time_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[test]
fn migrate_moves_every_token_both_ways_verifying_each_and_rerunning_is_safe() {
    // Tokens in the keyring first.
    let mut w = World::new();
    let alice = w.add_as("alice");
    let bob = w.add_as("bob");
    let rt_alice = w.keyring.refresh_token(&alice).unwrap();
    let place = Bao::shared().place();
    let spec = place.spec();
    std::fs::write(
        w.env.path().join("home/.vault-token"),
        place.token("operator", "1h"),
    )
    .unwrap();
    w.env.set("BAO_ADDR", place.bao.addr.clone());

    let dry = w
        .run(&["--json", "secrets", "migrate", "--to", &spec, "--dry-run"])
        .success()
        .json();
    assert_eq!(dry["moved"].as_array().unwrap().len(), 2, "{dry}");
    assert_eq!(place.ids(), Vec::<String>::new(), "a dry run wrote");

    let moved = w
        .run(&["--json", "secrets", "migrate", "--to", &spec])
        .success()
        .json();
    assert_eq!(moved["moved"].as_array().unwrap().len(), 2, "{moved}");
    assert_eq!(moved["profile"], "default");
    assert_eq!(w.keyring.entries(), Vec::<String>::new());
    let mut ids = vec![alice.clone(), bob.clone()];
    ids.sort();
    assert_eq!(place.ids(), ids);
    assert_eq!(
        place.entry(&alice).unwrap()["refresh_token"],
        rt_alice.as_str()
    );
    // The profile remembers: without --secrets, tokens come from OpenBao now.
    w.expire(&alice);
    let at = w.run(&["token", &alice]).success().stdout;
    assert_eq!(w.provider.userinfo_sub(at.trim()), Ok("alice".into()));
    // Re-running: the tokens are already there, nothing moves.
    let again = w
        .run(&["--json", "secrets", "migrate", "--to", &spec])
        .success()
        .json();
    assert_eq!(again["moved"], json!([]), "{again}");
    assert_eq!(place.ids(), ids);
    w.run(&["--secrets", "keyring", "token", &alice])
        .code(2)
        .one_line_error()
        .stderr_has("secrets migrate");

    // And back to the keyring.
    w.bao = Some(place);
    let rt_now = w.refresh_token(&alice).unwrap();
    let back = w
        .run(&["--json", "secrets", "migrate", "--to", "keyring"])
        .success()
        .json();
    assert_eq!(back["moved"].as_array().unwrap().len(), 2, "{back}");
    assert_eq!(w.place().ids(), Vec::<String>::new());
    assert_eq!(w.keyring.refresh_token(&alice).unwrap(), rt_now);
    w.expire(&bob);
    let at = w.run(&["token", &bob]).success().stdout;
    assert_eq!(w.provider.userinfo_sub(at.trim()), Ok("bob".into()));
    let log = w
        .run(&["log", "--authz", &alice, "--json"])
        .success()
        .json();
    let moves = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "tokens-moved")
        .count();
    assert_eq!(moves, 2);
}

/// Issue 22.4b: with the store named directly (AUTHZ_DB or AUTHZ_STORE, no profile) and no
/// --secrets, `migrate` moves the tokens from where the store records them, not from the
/// default backend (which said "already in the Secret Service: nothing to move").
#[test]
fn migrate_without_a_profile_moves_from_where_the_store_records_the_tokens() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    let rt = w.refresh_token(&id).unwrap();
    let db = w.env.db();
    w.env.unset("AUTHZ_SECRETS");
    w.env.set("AUTHZ_DB", db.to_str().unwrap());
    let r = w
        .run(&["--json", "secrets", "migrate", "--to", "keyring"])
        .success()
        .json();
    assert_eq!(r["moved"], json!([id.clone()]), "{r}");
    assert!(r["from"].as_str().unwrap().starts_with("OpenBao"), "{r}");
    assert_eq!(w.place().ids(), Vec::<String>::new());
    assert_eq!(w.keyring.refresh_token(&id).unwrap(), rt);
    // Control: now the store records the keyring, and a re-run has nothing to move.
    let again = w
        .run(&["--json", "secrets", "migrate", "--to", "keyring"])
        .success()
        .json();
    assert_eq!(again["moved"], json!([]), "{again}");
}

#[test]
fn a_migration_interrupted_after_the_copy_is_finished_by_rerunning() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    let rt = w.refresh_token(&id).unwrap();
    // The state a kill between "written and verified" and "source deleted" leaves: the same
    // tokens on both sides.
    let entry = w.place().entry(&id).unwrap();
    let (store, issuer) = (&entry["store"], &entry["issuer"]);
    let access = json!({ "access_token": entry["access_token"], "expires_at": entry["expires_at"],
                         "store": store, "issuer": issuer });
    let refresh = json!({ "refresh_token": rt, "store": store, "issuer": issuer });
    w.keyring
        .store(&format!("{id}:refresh"), &refresh.to_string());
    w.keyring
        .store(&format!("{id}:access"), &access.to_string());
    let r = w
        .run(&["--json", "secrets", "migrate", "--to", "keyring"])
        .success()
        .json();
    assert_eq!(r["already"], json!([id.clone()]), "{r}");
    assert_eq!(w.place().ids(), Vec::<String>::new());
    assert_eq!(w.keyring.refresh_token(&id).unwrap(), rt);

    // Other tokens at the destination are never overwritten: exit 3, both copies stay.
    let mut w2 = World::on(Backend::OpenBao);
    let id2 = w2.add_as("bob");
    w2.keyring
        .store(&format!("{id2}:refresh"), "rt-someone-else");
    w2.run(&["secrets", "migrate", "--to", "keyring"])
        .code(3)
        .stderr_has(&id2);
    assert_eq!(w2.keyring.refresh_token(&id2).unwrap(), "rt-someone-else");
    assert!(w2.place().entry(&id2).is_some());
}

#[test]
fn the_profile_remembers_its_backend_and_refuses_another_one() {
    let mut w = World::on(Backend::OpenBao);
    let spec = w.place().spec();
    let id = w.add_as("alice");
    let config: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(w.env.path().join("config/authz/config.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(config["profiles"]["default"]["secrets"], spec.as_str());
    w.env.unset("AUTHZ_SECRETS");
    w.expire(&id);
    w.run(&["token", &id]).success();
    w.run(&["profile", "show", "--json"])
        .success()
        .stdout_has(&spec);
    let before = w.env.state();
    w.run(&["--secrets", "keyring", "token", &id])
        .code(2)
        .one_line_error()
        .stderr_has("keeps its tokens in");
    w.run(&["--secrets", "openbao:secret/elsewhere", "token", &id])
        .code(2)
        .one_line_error();
    assert_eq!(w.env.state(), before);
    assert_eq!(w.status(&id), "active");
}

#[test]
fn a_profile_created_with_secrets_keeps_them_and_the_current_profile_is_untouched() {
    let mut w = World::on(Backend::OpenBao);
    let spec = w.place().spec();
    w.env.unset("AUTHZ_SECRETS");
    let made = w
        .run(&["--json", "--secrets", &spec, "profile", "create", "org"])
        .success()
        .json();
    assert_eq!(made["secrets"], spec.as_str(), "{made}");
    let config: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(w.env.path().join("config/authz/config.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(config["profiles"]["org"]["secrets"], spec.as_str());
    assert!(
        config["profiles"]["default"]["secrets"].is_null(),
        "{config}"
    );
    // The profile then works on OpenBao without --secrets, and refuses the keyring.
    w.run(&["profile", "use", "org"]).success();
    let id = w.add_as("alice");
    assert!(w.refresh_token(&id).is_some());
    w.run(&["--secrets", "keyring", "token", &id])
        .code(2)
        .one_line_error()
        .stderr_has("keeps its tokens in");
    // A bad backend makes no profile.
    w.run(&["--secrets", "vaultish", "profile", "create", "bad"])
        .code(2)
        .one_line_error();
    assert!(!w.env.path().join("data/authz/profiles/bad.db").exists());
    let config = std::fs::read_to_string(w.env.path().join("config/authz/config.json")).unwrap();
    assert!(!config.contains("\"bad\""), "{config}");
}

#[test]
fn revoke_says_the_tokens_are_gone_from_openbao() {
    let mut w = World::on(Backend::OpenBao);
    let id = w.add_as("alice");
    w.run(&["revoke", &id, "--yes"])
        .success()
        .stdout_has("gone from OpenBao secret/");
    assert!(w.refresh_token(&id).is_none());
}

#[test]
fn tls_ca_and_namespace_follow_the_cli_conventions() {
    let mut w = World::new();
    let bao = Bao::start_tls();
    // A namespace with its own KV v2 engine at `secret/`.
    let (status, body) = bao.call("POST", "sys/namespaces/team1", None);
    assert!(status < 300, "{body}");
    let (status, body) = bao.call_in(
        "team1",
        "POST",
        "sys/mounts/secret",
        Some(json!({ "type": "kv", "options": { "version": "2" } })),
    );
    assert!(status < 300, "{body}");
    std::fs::write(w.env.path().join("home/.vault-token"), bao.root_token()).unwrap();
    w.env
        .set("AUTHZ_SECRETS", "openbao")
        .set("VAULT_ADDR", bao.addr.clone())
        .set("BAO_NAMESPACE", "team1");
    // Without the CA the server's certificate is not trusted: exit 6, nothing stored.
    w.env.set("AUTHZ_TEST_LOGIN", "alice");
    w.run(&["add", "--timeout", "60"])
        .code(6)
        .one_line_error()
        .stderr_has("certificate");
    assert_eq!(w.rows(), 0);
    w.env
        .set("VAULT_CACERT", bao.ca.as_ref().unwrap().to_str().unwrap());
    let id = w.add_as("alice");
    // The entry is in the namespace, under the default prefix, and nowhere else.
    let (status, body) = bao.call_in(
        "team1",
        "GET",
        &format!("secret/data/authz/tokens/{id}"),
        None,
    );
    assert_eq!(status, 200, "{body}");
    assert!(body["data"]["data"]["refresh_token"].is_string());
    let (status, _) = bao.call("GET", &format!("secret/data/authz/tokens/{id}"), None);
    assert_eq!(status, 404, "written outside the namespace");
    w.expire(&id);
    w.run(&["token", &id]).success();
}
