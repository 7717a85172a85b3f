//! Secret hygiene: the whole flow (add, token with a refresh, test, revoke --replace, export),
//! at the most verbose logging, then every secret the provider issued or was shown (codes,
//! PKCE verifiers, access, refresh and ID tokens: server.mjs `--record`) is searched for in
//! everything authz printed or wrote: stdout, stderr, and every file under the test's home
//! (the SQLite store with its -wal and -shm, the export, the pending notes and locks). Zero hits.
//! The one intended exit is `authz token`'s stdout, which is the access token by contract.

mod support;

use support::provider::Provider;
use support::world::World;

/// Every file below `dir`, recursively, with its bytes.
fn files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path, bytes));
        }
    }
    out
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn no_token_code_or_verifier_reaches_any_output_or_file() {
    let mut w = World::with(Provider::start_with(&["--record", "issued.jsonl"]));
    let mut outputs: Vec<(String, String)> = Vec::new();
    let mut run = |w: &World, args: &[&str]| {
        let mut all = vec!["-vv"];
        all.extend_from_slice(args);
        let r = w.run(&all).success();
        outputs.push((format!("stderr of {}", r.args), r.stderr.clone()));
        if args[0] != "token" {
            outputs.push((format!("stdout of {}", r.args), r.stdout.clone()));
        }
        r
    };
    // SQLite deletes the WAL when its last connection closes: keep one open so that the -wal
    // and -shm files, with every frame the flow wrote, are still there to search.
    w.env.init();
    let keep_wal = w.env.sql();
    keep_wal
        .query_row("SELECT count(*) FROM authorizations", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap();
    w.env.set("AUTHZ_TEST_LOGIN", "alice");
    let old = run(&w, &["--json", "add", "--timeout", "60"]).json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    w.env.set("AUTHZ_TEST_LOGIN", "bob");
    let new = run(&w, &["--json", "add", "--timeout", "60"]).json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    run(&w, &["workflow", "create", "deploy", "--authz", &old]);
    // A refresh: the store says the cached token expired.
    w.env.exec(&format!(
        "UPDATE authorizations SET token_expires = '2000-01-01T00:00:00Z' WHERE id = '{old}'"
    ));
    run(&w, &["token", &old]);
    run(&w, &["token", "--workflow", "deploy"]);
    run(&w, &["test", &old]);
    run(&w, &["revoke", &old, "--replace", &new, "--yes"]);
    run(&w, &["log"]);
    run(&w, &["--json", "log"]);
    run(&w, &["export"]);
    let export = w.env.path().join("home/export.json");
    run(&w, &["export", "--output", export.to_str().unwrap()]);
    run(&w, &["doctor"]);
    assert_eq!(w.provider.refreshes(), 1, "the flow made no refresh");
    assert!(export.exists());

    let issued = w.provider.recorded();
    for kind in [
        "code",
        "code_verifier",
        "access_token",
        "refresh_token",
        "id_token",
        "nonce",
    ] {
        assert!(
            issued.iter().any(|(k, _)| k == kind),
            "the provider recorded no {kind}: {:?}",
            issued.iter().map(|(k, _)| k).collect::<Vec<_>>()
        );
    }
    let written = files(w.env.path());
    assert!(
        written
            .iter()
            .any(|(p, b)| p.to_string_lossy().ends_with("authz.db-wal") && !b.is_empty()),
        "no WAL to search: {:?}",
        written.iter().map(|(p, _)| p).collect::<Vec<_>>()
    );
    for (kind, value) in &issued {
        for (what, text) in &outputs {
            // The authorization URL `add` prints for the user carries the nonce, as it carries
            // the state: that line is the login itself. Nothing else may.
            let text = match kind.as_str() {
                "nonce" => text
                    .lines()
                    .filter(|l| {
                        !l.trim_start()
                            .starts_with(&format!("{}/auth?", w.provider.issuer))
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
                _ => text.clone(),
            };
            assert!(!text.contains(value.as_str()), "a {kind} in the {what}");
        }
        for (path, bytes) in &written {
            assert!(!contains(bytes, value), "a {kind} in {}", path.display());
        }
    }
}

/// Gives `path` and everything below it to `uid` (its group too).
fn chown_all(path: &std::path::Path, uid: u32) {
    std::os::unix::fs::chown(path, Some(uid), Some(uid)).unwrap();
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            chown_all(&entry.unwrap().path(), uid);
        }
    }
}

#[test]
fn the_process_never_writes_a_core_file_and_is_not_dumpable() {
    let env = support::Env::new();
    // A process that is not dumpable has its /proc/PID files owned by root; a dumpable one by
    // its own user. Root's own processes are root's either way, so as root authz runs as
    // `nobody` (in a home given to nobody) for the owner to tell the two apart.
    // SAFETY: geteuid has no preconditions and cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    let user = if root {
        chown_all(env.path(), NOBODY);
        NOBODY
    } else {
        // SAFETY: as above.
        unsafe { libc::geteuid() }
    };
    // `import -` waits on its stdin: the process is alive with its limits set.
    let mut command = env.command(&["import", "-"]);
    if root {
        use std::os::unix::process::CommandExt;
        command.uid(NOBODY).gid(NOBODY);
    }
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let limits = format!("/proc/{}/limits", child.id());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let core = loop {
        let text = std::fs::read_to_string(&limits).unwrap_or_default();
        let line = text
            .lines()
            .find(|l| l.starts_with("Max core file size"))
            .map(|l| {
                l.split_whitespace()
                    .skip(4)
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            });
        if line.as_deref() == Some("0 0") || std::time::Instant::now() > deadline {
            break line;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    // Not dumpable: /proc/PID/{mem,environ} belong to root, not to the process's user.
    use std::os::unix::fs::MetadataExt;
    let owner = std::fs::metadata(format!("/proc/{}/environ", child.id()))
        .unwrap()
        .uid();
    let alive = child.try_wait().unwrap().is_none();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(alive, "authz ended before it was looked at");
    assert_eq!(core.as_deref(), Some("0 0"), "{limits}");
    assert_ne!(
        user, 0,
        "the check needs authz to run as a user other than root"
    );
    assert_eq!(
        owner, 0,
        "/proc/PID/environ belongs to authz's user ({user}): the process is dumpable"
    );
}

/// The conventional uid and gid of `nobody`.
const NOBODY: u32 = 65534;
