//! Crash and fault safety, against the real provider and Secret Service: `authz` is killed
//! (SIGKILL) at each step of `add` and `revoke --replace`; afterwards the store and the keyring
//! must agree (every authorization complete or absent, or left in a state `authz doctor`
//! repairs), and re-running the command must finish the job. Then the secret store's own faults:
//! a daemon that stops answering, an entry deleted behind our back, a write that fails.
//!
//! No failpoints: each step is reached by blocking authz from outside and killing it while it
//! waits there. A provider that holds one endpoint (before or after handling the request), a
//! test that holds the store's write lock (`BEGIN IMMEDIATE`: authz then waits in its busy
//! timeout right before its transaction), a stdout pipe that is already full (authz blocks on
//! its first byte of output, after its commit), or a SIGSTOPped keyring daemon.

mod support;

use serde_json::Value;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};
use support::callback::{deliver, wait_for_callback_url};
use support::world::{Backend, World};

impl World {
    fn workflows_of(&self, id: &str) -> Vec<String> {
        let c = self.env.sql();
        let mut stmt = c
            .prepare("SELECT name FROM workflows WHERE authz_id = ?1 ORDER BY name")
            .unwrap();
        stmt.query_map([id], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    }

    /// Waits (at most a minute) until `reached` holds while authz is still running, then kills it
    /// with SIGKILL. Fails if authz ended by itself: then it was not stopped at that step.
    #[track_caller]
    fn kill_when(&self, child: &mut Child, step: &str, reached: impl Fn(&World) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !reached(self) {
            if let Some(status) = child.try_wait().unwrap() {
                panic!(
                    "authz ended ({status}) before {step}:\n{}\nprovider log:\n{}",
                    std::fs::read_to_string(self.stderr_file()).unwrap_or_default(),
                    self.provider.log()
                );
            }
            assert!(Instant::now() < deadline, "authz never reached {step}");
            std::thread::sleep(Duration::from_millis(20));
        }
        child.kill().unwrap();
        let status = child.wait().unwrap();
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "authz was not killed at {step}");
    }

    /// `authz doctor [--dry-run] --json`, expecting exit `code`.
    #[track_caller]
    fn doctor(&self, dry_run: bool, code: i32) -> Value {
        let mut args = vec!["--json", "doctor"];
        if dry_run {
            args.push("--dry-run");
        }
        self.run(&args).code(code).json()
    }

    /// The authorization ids that have keyring entries.
    fn keyring_ids(&self) -> Vec<String> {
        self.keyring.ids()
    }

    /// The store and the keyring agree: every active authorization has its refresh token, and
    /// nothing else has an entry.
    #[track_caller]
    fn assert_consistent(&self) {
        let c = self.env.sql();
        let mut stmt = c
            .prepare("SELECT id FROM authorizations WHERE status = 'active' ORDER BY id")
            .unwrap();
        let active: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(self.stored_ids(), active, "secret store and store disagree");
        for id in &active {
            assert!(self.refresh_token(id).is_some(), "{id} lacks its token");
        }
        let report = self.doctor(true, 0);
        assert_eq!(report["findings"], serde_json::json!([]), "{report}");
    }
}

/// Holds the store's write lock (`BEGIN IMMEDIATE`) until dropped: every authz write waits.
fn hold_write_lock(w: &World) -> rusqlite::Connection {
    let c = w.env.sql();
    c.execute_batch("BEGIN IMMEDIATE").unwrap();
    c
}

/// A pipe whose buffer is already full: the first byte authz writes to it blocks for good.
fn full_pipe() -> (std::io::PipeReader, std::io::PipeWriter) {
    use std::io::Write;
    use std::os::fd::AsRawFd;
    let (reader, mut writer) = std::io::pipe().unwrap();
    // SAFETY: fcntl(F_GETPIPE_SZ) on a pipe we own only reads its capacity.
    let size = unsafe { libc::fcntl(writer.as_raw_fd(), libc::F_GETPIPE_SZ) };
    assert!(size > 0, "F_GETPIPE_SZ");
    writer.write_all(&vec![b'.'; size as usize]).unwrap();
    (reader, writer)
}

// ---------------------------------------------------------------------------------------------
// authz add
// ---------------------------------------------------------------------------------------------

#[test]
fn add_killed_after_the_code_exchange_leaves_nothing_and_rerunning_completes() {
    let w = World::new();
    w.env.init();
    // Userinfo comes right after the exchange: holding it stops authz with the tokens in memory.
    w.provider.hold("/me", false);
    let mut child = w.spawn(&["add", "--timeout", "60"], Stdio::null());
    w.kill_when(&mut child, "the userinfo request", |w| {
        w.provider.held() == 1
    });
    assert_eq!(w.provider.code_redemptions(), 1);
    assert_eq!(w.rows(), 0);
    assert_eq!(w.keyring.entries(), Vec::<String>::new());
    assert_eq!(w.doctor(true, 0)["findings"], serde_json::json!([]));

    let mut w = w;
    let id = w.add_as("alice");
    assert_eq!(w.keyring_ids(), vec![id]);
    w.assert_consistent();
}

fn add_killed_between_the_keyring_write_and_the_commit_leaves_tokens_doctor_revokes_and_deletes(
    b: Backend,
) {
    let mut w = World::on(b);
    w.env.init();
    let lock = hold_write_lock(&w);
    let mut child = w.spawn(&["add", "--timeout", "60"], Stdio::null());
    // Both entries written: authz now waits for the write lock, right before its transaction.
    // (Listed is not enough: OpenBao lists an entry once its metadata is created, before the
    // tokens are written into it.)
    w.kill_when(&mut child, "the keyring write", |w| {
        let ids = w.stored_ids();
        ids.len() == 1 && w.refresh_token(&ids[0]).is_some()
    });
    drop(lock);
    assert_eq!(w.rows(), 0, "no row: the transaction never ran");
    let ids = w.stored_ids();
    assert_eq!(ids.len(), 1, "{ids:?}");
    let id = &ids[0];
    let refresh = w.refresh_token(id).unwrap();
    // The note that makes the orphan this store's: private, and it names no secret.
    let note = w
        .env
        .path()
        .join(format!("data/authz/authz.db-pending/{id}"));
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&note), 0o600);
    assert_eq!(mode(note.parent().unwrap()), 0o700);
    assert!(!std::fs::read_to_string(&note).unwrap().contains(&refresh));

    // --dry-run reports the orphan and changes nothing.
    let before = w.env.snapshot();
    let report = w.doctor(true, 0);
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report}");
    assert_eq!(findings[0]["problem"], "orphaned-tokens");
    assert_eq!(findings[0]["authorization"], id.as_str());
    assert_eq!(findings[0]["repaired"], false);
    assert_eq!(w.env.snapshot(), before);
    assert_eq!(w.stored_ids(), ids);
    assert_eq!(w.provider.revocations(), 0);
    w.run(&["doctor", "--dry-run"])
        .success()
        .stdout_has("interrupted `authz add`")
        .stdout_has("would revoke the refresh token")
        .stdout_has("Dry run: nothing was changed.");

    // The repair: revoked at the provider, then deleted, and said so.
    let report = w.doctor(false, 0);
    assert_eq!(report["findings"][0]["repaired"], true, "{report}");
    assert_eq!(report["findings"][0]["provider_revoked"], true, "{report}");
    assert_eq!(w.stored_ids(), Vec::<String>::new());
    assert_eq!(w.provider.revocations(), 1);
    let (status, body) = w.provider.try_refresh(&refresh);
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    w.run(&["doctor"])
        .success()
        .stdout_has("Nothing to repair.");

    // Re-running add completes the job.
    let new = w.add_as("alice");
    assert_ne!(&new, id);
    w.assert_consistent();
}

fn add_killed_right_after_its_commit_is_complete(b: Backend) {
    let w = World::on(b);
    w.env.init();
    let (_reader, writer) = full_pipe();
    let mut child = w.spawn(&["--json", "add", "--timeout", "60"], writer.into());
    // Killed once the row is committed and the add's note removed, while it is stuck on its
    // output (the pipe is full). Waiting for both (not killing at the commit, which could land
    // before the note's removal) makes the moment certain; an add that kept its note until
    // after its output would never get there, and fails at kill_when's deadline.
    let pending = w.env.path().join("data/authz/authz.db-pending");
    let notes = || std::fs::read_dir(&pending).map(|d| d.count()).unwrap_or(0);
    w.kill_when(&mut child, "the commit and the note's removal", |w| {
        w.rows() == 1 && notes() == 0
    });
    w.assert_consistent();
}

#[test]
fn doctor_leaves_a_running_add_and_other_stores_entries_alone() {
    let mut w = World::new();
    // Another store on the same keyring (another profile, or --db) has an authorization.
    let other = w.env.path().join("other.db");
    w.env.set("AUTHZ_DB", other.to_str().unwrap());
    let theirs = w.add_as("bob");
    w.env.unset("AUTHZ_DB");
    w.env.init();
    // A login of this store stopped between its keyring write and its commit, still running.
    let lock = hold_write_lock(&w);
    let mut child = w.spawn(&["add", "--timeout", "60"], Stdio::null());
    w.wait_while_running(&mut child, |w| w.keyring.entries().len() == 4);
    let report = w.doctor(false, 0);
    assert_eq!(report["findings"], serde_json::json!([]), "{report}");
    assert_eq!(
        report["in_progress"].as_array().unwrap().len(),
        1,
        "{report}"
    );
    assert_eq!(report["other_stores"], 1, "{report}");
    assert!(w.keyring.refresh_token(&theirs).is_some());
    drop(lock);
    let status = child.wait().unwrap();
    assert!(status.success(), "the login did not finish");
    assert_eq!(w.rows(), 1);
    assert_eq!(w.keyring_ids().len(), 2, "ours and theirs");
    assert_eq!(w.doctor(true, 0)["findings"], serde_json::json!([]));
}

impl World {
    /// Waits until `reached` while the child keeps running (it is not killed).
    #[track_caller]
    fn wait_while_running(&self, child: &mut Child, reached: impl Fn(&World) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !reached(self) {
            assert!(child.try_wait().unwrap().is_none(), "authz ended early");
            assert!(Instant::now() < deadline, "never reached");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// authz revoke --replace
// ---------------------------------------------------------------------------------------------

/// alice (OLD, with two workflows) and bob (NEW, checked once so its provider metadata is
/// cached and the verification makes exactly one userinfo call).
fn two_authorizations_on(b: Backend) -> (World, String, String) {
    let mut w = World::on(b);
    let old = w.add_as("alice");
    let new = w.add_as("bob");
    for name in ["backup", "deploy"] {
        w.run(&["workflow", "create", name, "--authz", &old])
            .success();
    }
    w.run(&["test", &new]).success();
    (w, old, new)
}

#[test]
fn revoke_replace_killed_before_its_commit_changes_nothing_and_rerunning_completes() {
    let (w, old, new) = two_authorizations_on(Backend::Keyring);
    let before = w.env.state();
    let userinfo = w.provider.stats()["userinfo"].as_u64().unwrap();
    let lock = hold_write_lock(&w);
    let mut child = w.spawn(&["revoke", &old, "--replace", &new, "--yes"], Stdio::null());
    // NEW verified (its userinfo call made): authz now waits for the write lock.
    w.kill_when(&mut child, "the verification of NEW", |w| {
        w.provider.stats()["userinfo"].as_u64().unwrap() > userinfo
    });
    drop(lock);
    assert_eq!(w.env.state(), before, "the store changed");
    assert!(w.keyring.refresh_token(&old).is_some());
    assert_eq!(w.provider.revocations(), 0);
    w.assert_consistent();

    w.run(&["revoke", &old, "--replace", &new, "--yes"])
        .success();
    assert_eq!(w.status(&old), "revoked");
    assert_eq!(w.workflows_of(&new), vec!["backup", "deploy"]);
    assert_eq!(w.provider.revocations(), 1);
    w.assert_consistent();
}

fn revoke_replace_killed_after_its_commit_is_finished_by_doctor(b: Backend) {
    let (w, old, new) = two_authorizations_on(b);
    let refresh = w.refresh_token(&old).unwrap();
    // The revocation request never reaches the provider: authz is stuck after its commit.
    w.provider.hold("/token/revocation", false);
    let mut child = w.spawn(&["revoke", &old, "--replace", &new, "--yes"], Stdio::null());
    w.kill_when(&mut child, "the provider revocation", |w| {
        w.provider.held() == 1
    });
    assert_eq!(w.status(&old), "revoked");
    assert_eq!(w.workflows_of(&new), vec!["backup", "deploy"]);
    assert!(w.refresh_token(&old).is_some(), "entries remain");

    let before = w.env.snapshot();
    let report = w.doctor(true, 0);
    assert_eq!(
        report["findings"][0]["problem"], "unfinished-revoke",
        "{report}"
    );
    assert_eq!(report["findings"][0]["authorization"], old.as_str());
    assert_eq!(w.env.snapshot(), before);
    assert!(w.refresh_token(&old).is_some());

    let report = w.doctor(false, 0);
    assert_eq!(report["findings"][0]["repaired"], true, "{report}");
    assert_eq!(report["findings"][0]["provider_revoked"], true, "{report}");
    let (status, body) = w.provider.try_refresh(&refresh);
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    w.assert_consistent();
}

#[test]
fn revoke_replace_killed_between_the_provider_revocation_and_the_keyring_deletion_is_finished_by_rerunning()
 {
    let (w, old, new) = two_authorizations_on(Backend::Keyring);
    let refresh = w.keyring.refresh_token(&old).unwrap();
    // The provider revokes the token but never answers: authz is stuck before its deletion.
    w.provider.hold("/token/revocation", true);
    let mut child = w.spawn(&["revoke", &old, "--replace", &new, "--yes"], Stdio::null());
    w.kill_when(&mut child, "the provider revocation", |w| {
        w.provider.held() == 1
    });
    let (status, body) = w.provider.try_refresh(&refresh);
    assert_eq!(
        (status, body["error"].as_str()),
        (400, Some("invalid_grant"))
    );
    assert_eq!(w.status(&old), "revoked");
    assert!(w.keyring.refresh_token(&old).is_some(), "entries remain");

    w.run(&["revoke", &old, "--replace", &new, "--yes"])
        .success()
        .stdout_has("was already revoked")
        .stdout_has("gone from the Secret Service");
    assert_eq!(w.workflows_of(&new), vec!["backup", "deploy"]);
    w.assert_consistent();
}

// ---------------------------------------------------------------------------------------------
// Secret-store faults
// ---------------------------------------------------------------------------------------------

#[test]
fn a_keyring_that_stops_answering_is_exit_6_at_its_timeout_and_nothing_is_lost() {
    let mut w = World::new();
    let id = w.add_as("alice");
    let token = w.run(&["token", &id]).success().stdout;
    w.keyring.pause();
    // The cached path, and the refresh path (which must not spend the refresh token).
    for expired in [false, true] {
        if expired {
            w.env.exec(&format!(
                "UPDATE authorizations SET token_expires = '2000-01-01T00:00:00Z' WHERE id = '{id}'"
            ));
        }
        w.run(&["token", &id])
            .code(6)
            .one_line_error()
            .stderr_has("did not answer within 5 s")
            .stderr_has("hint: ");
    }
    assert_eq!(w.provider.refreshes(), 0, "the refresh token was spent");
    assert_eq!(w.status(&id), "active");
    w.keyring.resume();
    let fresh = w.run(&["token", &id]).success().stdout;
    assert_ne!(fresh, token, "refreshed after the keyring came back");
    assert_eq!(w.provider.refreshes(), 1);
}

#[test]
fn a_locked_keyring_is_exit_6_for_token_and_changes_nothing() {
    let mut w = World::new();
    let id = w.add_as("alice");
    let before = w.env.state();
    w.keyring.lock();
    w.run(&["token", &id])
        .code(6)
        .one_line_error()
        .stderr_has("hint: ");
    assert_eq!(w.env.state(), before);
}

fn an_active_authorization_whose_refresh_token_was_deleted_is_marked_relogin_needed_by_doctor(
    b: Backend,
) {
    let mut w = World::on(b);
    let id = w.add_as("alice");
    w.run(&["workflow", "create", "deploy", "--authz", &id])
        .success();
    w.clear_tokens(&id);
    let before = w.env.snapshot();
    let report = w.doctor(true, 0);
    assert_eq!(
        report["findings"][0]["problem"], "missing-tokens",
        "{report}"
    );
    assert_eq!(w.env.snapshot(), before);
    w.run(&["doctor"])
        .success()
        .stdout_has("marked it relogin-needed")
        .stdout_has(&format!("authz add --reauth {id}"));
    assert_eq!(w.status(&id), "relogin-needed");
    assert_eq!(w.workflows_of(&id), vec!["deploy"], "workflows stay");
    w.run(&["token", &id]).code(7).one_line_error();
    w.run(&["doctor"])
        .success()
        .stdout_has("Nothing to repair.");
}

#[test]
fn a_keyring_write_that_fails_during_add_stores_nothing_and_gives_the_tokens_back() {
    let mut w = World::new();
    w.env.init();
    // The browser plays the user but hands the callback URL to the test instead of delivering it.
    w.env.set("AUTHZ_TEST_BROWSER_MODE", "print");
    let mut child = w.spawn(&["add", "--timeout", "60"], Stdio::null());
    let callback = wait_for_callback_url(&w.stderr_file(), &mut child);
    // The keyring stops answering after the probe, before the tokens are written.
    w.keyring.pause();
    deliver(&callback);
    let status = child.wait().unwrap();
    let stderr = std::fs::read_to_string(w.stderr_file()).unwrap();
    assert_eq!(status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("did not answer within 5 s"), "{stderr}");
    assert_eq!(w.rows(), 0);
    // The tokens that could not be kept were revoked at once.
    assert_eq!(w.provider.revocations(), 1);
    // A write the daemon takes when it wakes up is an orphan that doctor cleans up.
    w.keyring.resume();
    w.run(&["doctor"]).success();
    assert_eq!(w.keyring.entries(), Vec::<String>::new());
    w.assert_consistent();
}

backends!(
    add_killed_between_the_keyring_write_and_the_commit_leaves_tokens_doctor_revokes_and_deletes,
    add_killed_right_after_its_commit_is_complete,
    revoke_replace_killed_after_its_commit_is_finished_by_doctor,
    an_active_authorization_whose_refresh_token_was_deleted_is_marked_relogin_needed_by_doctor,
);
