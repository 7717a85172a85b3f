//! A refresh token only ever goes back to the issuer that issued it, on behalf of the store that
//! stored it (issue 11.1). Each test replays an attack from the security review against the
//! real binary: the victim logs in at the real provider; the attacker's issuer is the hostile
//! provider (tests/provider/hostile.mjs), trusted over HTTPS like any other, recording every
//! token it is sent. No token may reach it, and the victim's entries must stay as they were.

mod support;

use serde_json::{Value, json};
use support::provider::Provider;
use support::world::World;

struct Scene {
    w: World,
    evil: Provider,
    /// The victim's authorization (in the default profile) and its refresh token.
    id: String,
    refresh: String,
}

fn scene() -> Scene {
    let mut w = World::new();
    let evil = Provider::hostile("ok", &[]);
    // authz trusts both CAs: a failed TLS handshake must not be what stops the attack.
    let bundle = w.env.path().join("both-cas.pem");
    let pem = |p: &std::path::Path| std::fs::read_to_string(p).unwrap();
    std::fs::write(&bundle, pem(&w.provider.ca) + &pem(&evil.ca)).unwrap();
    w.env
        .set("AUTHZ_CA_FILE", bundle.to_str().unwrap())
        .set("AUTHZ_TEST_LOGIN", "alice");
    let run = w.run(&["--json", "add", "--timeout", "60"]);
    assert_eq!(run.code, 0, "add: {}\n{}", run.stderr, w.provider.log());
    let id = run.json()["id"].as_str().unwrap().to_owned();
    let refresh = w.keyring.refresh_token(&id).unwrap();
    Scene {
        w,
        evil,
        id,
        refresh,
    }
}

impl Scene {
    /// An export document with one authorization: the victim's id, the attacker's issuer.
    fn forged(&self, status: &str) -> String {
        let revoked = (status == "revoked").then_some("2026-11-02T10:00:00Z");
        json!({
            "format": "authz-export", "version": 1, "exported": "2026-11-02T10:00:00Z",
            "authorizations": [{
                "id": self.id, "issuer": self.evil.issuer, "subject": "alice",
                "email": "alice@example.com", "scopes": ["openid"],
                "created": "2026-11-01T10:00:00Z", "created_by": "mallory",
                "status": status, "revoked": revoked,
            }],
        })
        .to_string()
    }

    /// Imports the forged row into profile `profile`.
    fn plant(&self, profile: &str, status: &str) {
        if !self.w.env.profile_db(profile).exists() {
            self.w.run(&["profile", "create", profile]).success();
        }
        self.w
            .env
            .run_stdin(&["--profile", profile, "import", "-"], &self.forged(status))
            .success();
    }

    fn stolen(&self) -> Vec<Value> {
        self.evil.stats()["received"].as_array().unwrap().clone()
    }

    /// Nothing reached the attacker, and the victim's entries and login still work.
    #[track_caller]
    fn assert_victim_safe(&self) {
        assert_eq!(
            self.stolen(),
            Vec::<Value>::new(),
            "a token reached the attacker"
        );
        assert_eq!(self.evil.stats()["revocations"], 0);
        assert_eq!(
            self.w.keyring.refresh_token(&self.id).as_deref(),
            Some(self.refresh.as_str()),
            "the victim's refresh token was replaced or deleted"
        );
        let token = self.w.run(&["token", &self.id]).success().stdout;
        assert_eq!(
            self.w.provider.userinfo_sub(token.trim()),
            Ok("alice".into())
        );
    }
}

#[test]
fn doctor_in_a_store_with_an_imported_revoked_row_sends_the_victims_token_nowhere() {
    let s = scene();
    s.plant("evil", "revoked");
    let report =
        s.w.run(&["--profile", "evil", "--json", "doctor"])
            .success()
            .json();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report}");
    assert_eq!(findings[0]["problem"], "foreign-tokens");
    assert_eq!(findings[0]["repaired"], false);
    s.w.run(&["--profile", "evil", "doctor"])
        .success()
        .stdout_has("written by another store or for another issuer: left alone");
    s.assert_victim_safe();
}

#[test]
fn revoke_of_an_imported_row_sends_the_victims_token_nowhere() {
    let s = scene();
    s.plant("evil", "relogin-needed");
    s.w.run(&["--profile", "evil", "--yes", "revoke", &s.id])
        .success()
        .stderr_has("leaves them alone");
    // Run again on the revoked row: the "finish an interrupted revoke" path.
    s.w.run(&["--profile", "evil", "--yes", "revoke", &s.id])
        .success();
    s.assert_victim_safe();
}

#[test]
fn reauth_of_an_imported_row_at_another_issuer_cannot_overwrite_the_victims_entries() {
    let s = scene();
    s.plant("evil", "relogin-needed");
    let run =
        s.w.run(&[
            "--profile",
            "evil",
            "--issuer",
            &s.evil.issuer,
            "add",
            "--reauth",
            &s.id,
            "--timeout",
            "30",
        ])
        .code(3);
    assert!(run.stderr.contains("another authz store"), "{}", run.stderr);
    assert_eq!(s.evil.stats()["authorize"], 0, "refused before any login");
    s.assert_victim_safe();
}

#[test]
fn token_in_a_store_whose_row_names_the_victims_id_uses_nothing_of_the_victims() {
    let s = scene();
    s.plant("evil", "relogin-needed");
    // Even forced active behind authz's back, the row cannot use another store's entries.
    let db = s.w.env.path().join("data/authz/profiles/evil.db");
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute("UPDATE authorizations SET status = 'active'", [])
        .unwrap();
    drop(c);
    let run = s.w.run(&["--profile", "evil", "token", &s.id]).code(7);
    assert!(run.stderr.contains("another authz store"), "{}", run.stderr);
    s.assert_victim_safe();
}

#[test]
fn a_planted_doctor_note_cannot_send_an_orphans_token_to_its_issuer() {
    let s = scene();
    // A real orphan of this store: the row is gone (an interrupted add), its entries remain.
    s.w.env
        .sql()
        .execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM events; DELETE FROM authorizations;")
        .unwrap();
    // ...and a note, planted in the store's own pending folder, naming the attacker's issuer.
    let dir = s.w.env.path().join("data/authz/authz.db-pending");
    std::fs::create_dir_all(&dir).unwrap();
    let note = json!({ "issuer": s.evil.issuer, "client_id": "authz-cli" }).to_string();
    std::fs::write(dir.join(&s.id), note).unwrap();
    let report = s.w.run(&["--json", "doctor"]).success().json();
    assert_eq!(
        report["findings"][0]["problem"], "orphaned-tokens",
        "{report}"
    );
    assert_eq!(report["findings"][0]["provider_revoked"], true, "{report}");
    assert_eq!(
        s.stolen(),
        Vec::<Value>::new(),
        "a token reached the attacker"
    );
    assert_eq!(
        s.w.provider.revocations(),
        1,
        "revoked at the issuer its own entry names"
    );
    assert_eq!(s.w.keyring.refresh_token(&s.id), None);
}

#[test]
fn doctor_notes_and_their_folder_must_be_private() {
    use std::os::unix::fs::PermissionsExt;
    let s = scene();
    let dir = s.w.env.path().join("data/authz/authz.db-pending");
    std::fs::create_dir_all(&dir).unwrap();
    let note = dir.join("az_planted");
    std::fs::write(&note, "{}").unwrap();
    std::fs::set_permissions(&note, std::fs::Permissions::from_mode(0o666)).unwrap();
    s.w.run(&["doctor"])
        .success()
        .stderr_has("ignoring a doctor note")
        .stderr_has("writable by group or others");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let run = s.w.run(&["doctor"]).code(1);
    assert!(
        run.stderr.contains("refusing") && run.stderr.contains("authz.db-pending"),
        "{}",
        run.stderr
    );
    s.assert_victim_safe();
}
