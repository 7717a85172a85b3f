//! Files someone else planted (issue 11.2): a symlink where authz writes, a folder others can
//! write into, a shared lock directory. Nothing outside the target is ever written, and a
//! folder that is not safe is refused, not used.

mod support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use support::Env;
use support::world::World;

/// The victim's content (JSON, so a config read through the link does not stop the test early).
const PRECIOUS: &str = "{\"precious\": true}";

fn chmod(p: &Path, mode: u32) {
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o7777
}

/// A file the attacker wants overwritten, and symlinks to it at every name authz could pick
/// next to `target` (the target itself, and what the old predictable temp name would be).
fn plant_links(env: &Env, target: &Path) -> std::path::PathBuf {
    let victim = env.path().join("victim.txt");
    std::fs::write(&victim, PRECIOUS).unwrap();
    chmod(&victim, 0o644);
    std::os::unix::fs::symlink(&victim, target).unwrap();
    let name = target.file_name().unwrap().to_str().unwrap();
    let dir = target.parent().unwrap();
    // PIDs are predictable (the next ones follow the last one given out); random names are not.
    let last: u32 = std::fs::read_to_string("/proc/sys/kernel/ns_last_pid")
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    for pid in last + 1..last + 3000 {
        std::os::unix::fs::symlink(&victim, dir.join(format!(".{name}.{pid}.tmp"))).unwrap();
    }
    victim
}

#[test]
fn export_through_a_planted_symlink_writes_only_the_target() {
    let env = Env::new();
    env.seed_authz("az_one", "one@example.com", "read");
    let out = env.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let target = out.join("export.json");
    let victim = plant_links(&env, &target);
    env.run(&["export", "--output", target.to_str().unwrap()])
        .success();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), PRECIOUS);
    assert_eq!(mode(&victim), 0o644);
    let meta = std::fs::symlink_metadata(&target).unwrap();
    assert!(meta.is_file(), "the link itself was replaced by the export");
    assert_eq!(mode(&target), 0o600);
    assert!(std::fs::read_to_string(&target).unwrap().contains("az_one"));
}

#[test]
fn the_profile_config_through_a_planted_symlink_writes_only_the_config() {
    let env = Env::new();
    env.run(&["profile", "create", "work"]).success();
    let config = env.path().join("config/authz");
    std::fs::create_dir_all(&config).unwrap();
    let victim = plant_links(&env, &config.join("config.json"));
    env.run(&["profile", "use", "work"]).success();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), PRECIOUS);
    assert!(
        std::fs::symlink_metadata(config.join("config.json"))
            .unwrap()
            .is_file()
    );
    env.run(&["profile", "show"]).success().stdout_has("work");
}

#[test]
fn a_folder_others_can_write_into_is_refused_unless_sticky() {
    let env = Env::new();
    let shared = env.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    chmod(&shared, 0o777);
    let db = shared.join("x.db");
    let run = env.run(&["--db", db.to_str().unwrap(), "list"]).code(1);
    assert!(
        run.stderr.contains("refusing") && run.stderr.contains("not sticky"),
        "{}",
        run.stderr
    );
    assert!(!db.exists(), "nothing was created in it");
    let out = shared.join("export.json");
    env.run(&["export", "--output", out.to_str().unwrap()])
        .code(1);
    assert_eq!(std::fs::read_dir(&shared).unwrap().count(), 0);
    // Sticky, like /tmp: others cannot replace what authz creates there.
    chmod(&shared, 0o1777);
    env.run(&["--db", db.to_str().unwrap(), "list"]).success();
    assert_eq!(mode(&db), 0o600);
}

#[test]
fn a_store_folder_someone_pre_created_for_everyone_is_refused() {
    let env = Env::new();
    let folder = env.path().join("data/authz");
    std::fs::create_dir_all(&folder).unwrap();
    chmod(&folder, 0o777);
    env.run(&["list"])
        .code(1)
        .stderr_has("writable by group or others");
    assert!(!folder.join("authz.db").exists());
}

#[test]
fn refresh_locks_of_a_store_in_a_shared_folder_live_in_the_users_private_folder() {
    let mut w = World::new();
    let shared = w.env.path().join("tmp");
    std::fs::create_dir(&shared).unwrap();
    chmod(&shared, 0o1777);
    w.env.set("AUTHZ_DB", shared.join("x.db").to_str().unwrap());
    w.env.set("AUTHZ_TEST_LOGIN", "alice");
    let id = w
        .run(&["--json", "add", "--timeout", "60"])
        .success()
        .json()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // A margin beyond the token's life forces a refresh, under the lock.
    w.run(&["token", "--margin", "100000", &id]).success();
    assert!(
        !shared.join("locks").exists(),
        "no shared, predictable lock folder"
    );
    let locks = w.env.path().join("data/authz/locks");
    assert_eq!(mode(&locks), 0o700);
    let names: Vec<String> = std::fs::read_dir(&locks)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.len() == 1
            && names[0].starts_with("st_")
            && names[0].ends_with(&format!("{id}.lock")),
        "{names:?}"
    );
    // A lock file planted writable for others is refused, not used.
    chmod(&locks.join(&names[0]), 0o666);
    w.run(&["token", "--margin", "100000", &id])
        .code(1)
        .stderr_has("writable by group or others");
}

// ---------------------------------------------------------------------------------------------
// export --output: a device or a pipe is written through, never replaced (issue 18.9)
// ---------------------------------------------------------------------------------------------

/// As root, a rename over `/dev/null` replaced the system's /dev/null with a 0600 file. Here a
/// private copy of it (the same device numbers), so a regression cannot break the machine.
#[test]
fn export_to_a_character_device_writes_through_it() {
    if !rustix::process::geteuid().is_root() {
        eprintln!("skipped: making a device node needs root (CI runs as root)");
        return;
    }
    let env = Env::new();
    env.seed_authz("az_one", "one@example.com", "read");
    let null = env.path().join("null");
    let made = std::process::Command::new("mknod")
        .args(["-m", "666", null.to_str().unwrap(), "c", "1", "3"])
        .status()
        .unwrap();
    assert!(made.success());
    env.run(&["export", "--output", null.to_str().unwrap()])
        .success();
    use std::os::unix::fs::FileTypeExt;
    let meta = std::fs::symlink_metadata(&null).unwrap();
    assert!(meta.file_type().is_char_device(), "the device was replaced");
    assert_eq!(mode(&null), 0o666);
    assert_eq!(
        std::fs::read_dir(env.path())
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".tmp"))
            .count(),
        0,
        "a temp file was left"
    );
}

#[test]
fn export_to_a_fifo_feeds_its_reader_and_keeps_the_fifo() {
    let env = Env::new();
    env.seed_authz("az_one", "one@example.com", "read");
    let fifo = env.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    env.run(&["export", "--output", fifo.to_str().unwrap()])
        .success();
    let read = reader.join().unwrap();
    assert!(read.contains("az_one"), "{read}");
    use std::os::unix::fs::FileTypeExt;
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo(),
        "the FIFO was replaced by a file"
    );
}

#[test]
fn export_to_dev_stdout_or_dash_is_stdout_and_a_directory_is_refused() {
    let env = Env::new();
    env.seed_authz("az_one", "one@example.com", "read");
    for out in ["/dev/stdout", "-"] {
        env.run(&["export", "--output", out])
            .success()
            .stdout_has("az_one");
    }
    let dir = env.path().join("somewhere");
    std::fs::create_dir(&dir).unwrap();
    env.run(&["export", "--output", dir.to_str().unwrap()])
        .code(2)
        .one_line_error()
        .stderr_has("not a file");
    assert!(dir.is_dir());
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
}

// ---------------------------------------------------------------------------------------------
// An authorizer's JWKS cache is trusted only when it is the user's own (issue 18.6)
// ---------------------------------------------------------------------------------------------

mod jwks_cache {
    use super::support::jwks_server::JwksServer;
    use super::support::jwt::{Signer, jwks};
    use super::*;
    use serde_json::json;

    const ISS: &str = "https://issuer.example";

    struct Scene {
        env: Env,
        _server: JwksServer,
        cache: std::path::PathBuf,
        mallory: Signer,
    }

    /// An authorizer on a JWKS URL (its set cached), and mallory's key, which it must not take.
    fn scene() -> Scene {
        let real = Signer::ec("ES256").with_kid("real");
        let server = JwksServer::start(&jwks(&[&real]));
        let mut env = Env::new();
        env.set("AUTHZ_CA_FILE", server.ca.to_str().unwrap());
        env.init();
        env.run(&[
            "authorizer",
            "create",
            "remote",
            "--iss",
            ISS,
            "--aud",
            "api",
            "--jwks-url",
            &server.url,
        ])
        .success();
        let dir = env.path().join("cache/authz/jwks");
        let cache = std::fs::read_dir(&dir)
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        Scene {
            env,
            _server: server,
            cache,
            mallory: Signer::ec("ES256").with_kid("real"),
        }
    }

    impl Scene {
        /// Puts mallory's key into the cache file (fresh, same URL).
        fn poison(&self) {
            let mut c: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&self.cache).unwrap()).unwrap();
            c["jwks"] = jwks(&[&self.mallory]);
            std::fs::write(&self.cache, c.to_string()).unwrap();
        }

        fn mallorys_token_verifies(&self) -> (bool, String) {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_secs() as i64;
            let token = self.mallory.token(
                &json!({"iss": ISS, "aud": "api", "sub": "x", "iat": now - 5, "exp": now + 600}),
            );
            let run = self
                .env
                .run_stdin(&["authorizer", "verify", "remote"], &format!("{token}\n"));
            let line: serde_json::Value =
                serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
            (line["valid"] == true, run.stderr)
        }
    }

    /// Control: the user's own cache is what verifies (so the checks below are what stop a
    /// planted one).
    #[test]
    fn the_users_own_cache_decides() {
        let s = scene();
        s.poison();
        assert!(s.mallorys_token_verifies().0);
    }

    fn planted_is_ignored(how: &str) {
        let s = scene();
        s.poison();
        match how {
            "file-writable-by-others" => chmod(&s.cache, 0o666),
            "folder-writable-by-others" => chmod(s.cache.parent().unwrap(), 0o777),
            "another-users-file" => {
                let ok = std::process::Command::new("chown")
                    .args(["nobody", s.cache.to_str().unwrap()])
                    .status()
                    .unwrap();
                assert!(ok.success());
            }
            "symlink" => {
                let theirs = s.env.path().join("theirs.json");
                std::fs::rename(&s.cache, &theirs).unwrap();
                std::os::unix::fs::symlink(&theirs, &s.cache).unwrap();
            }
            _ => unreachable!(),
        }
        let (valid, stderr) = s.mallorys_token_verifies();
        assert!(!valid, "{how}: a planted key verified a token");
        assert!(
            stderr.contains("ignoring the cached key set"),
            "{how}: {stderr}"
        );
    }

    #[test]
    fn a_cache_file_others_can_write_is_ignored() {
        planted_is_ignored("file-writable-by-others");
    }

    #[test]
    fn a_cache_folder_others_can_write_is_ignored() {
        planted_is_ignored("folder-writable-by-others");
    }

    #[test]
    fn a_symlinked_cache_file_is_ignored() {
        planted_is_ignored("symlink");
    }

    #[test]
    fn another_users_cache_file_is_ignored() {
        if !rustix::process::geteuid().is_root() {
            eprintln!("skipped: planting another user's file needs root (CI runs as root)");
            return;
        }
        planted_is_ignored("another-users-file");
    }

    /// A public document cannot hold a secret: an HMAC key served at a JWKS URL is skipped, so
    /// whoever serves (or plants) the document cannot mint tokens with it. Allowing HS256 for
    /// such a set is refused (it holds no key for it); the EC key of the same set is used.
    #[test]
    fn an_hmac_key_in_a_fetched_set_is_never_used() {
        let hmac = Signer::hmac("HS256", 32).with_kid("shared");
        let ec = Signer::ec("ES256").with_kid("ec");
        let server = JwksServer::start(&jwks(&[&hmac, &ec]));
        let mut env = Env::new();
        env.set("AUTHZ_CA_FILE", server.ca.to_str().unwrap());
        env.init();
        let create = |algs: &[&str]| {
            let mut args = vec![
                "authorizer",
                "create",
                "remote",
                "--iss",
                ISS,
                "--aud",
                "api",
                "--jwks-url",
                &server.url,
            ];
            for a in algs {
                args.extend_from_slice(&["--alg", a]);
            }
            env.run(&args)
        };
        create(&["HS256", "ES256"])
            .code(2)
            .stderr_has("a symmetric (oct) key in a key set fetched from a URL is never used")
            .stderr_has("--alg HS256 cannot verify anything with this key set");
        create(&["ES256"]).success();
        let keys = env.run(&["authorizer", "keys", "remote"]).success().json();
        assert_eq!(keys["keys"].as_array().unwrap().len(), 1, "{keys}");
        assert_eq!(keys["keys"][0]["kid"], "ec");
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        let claims =
            json!({"iss": ISS, "aud": "api", "sub": "x", "iat": now - 5, "exp": now + 600});
        let run = env.run_stdin(
            &["authorizer", "verify", "remote"],
            &format!("{}\n", ec.token(&claims)),
        );
        assert!(
            run.stdout.contains("\"valid\":true"),
            "control: {}",
            run.stdout
        );
    }

    /// A key set file is read with the same bound as a fetched one: `/dev/zero` or a huge file
    /// is one error line, not all the memory.
    #[test]
    fn a_jwks_file_is_read_with_a_bound() {
        let env = Env::new();
        env.init();
        let big = env.path().join("big.json");
        std::fs::write(&big, vec![b' '; 2 * 1024 * 1024]).unwrap();
        for path in ["/dev/zero", big.to_str().unwrap()] {
            let run = env
                .run(&[
                    "authorizer",
                    "create",
                    "z",
                    "--iss",
                    ISS,
                    "--aud",
                    "api",
                    "--jwks-file",
                    path,
                ])
                .one_line_error();
            assert_ne!(run.code, 0);
            assert!(run.stderr.contains("larger than"), "{}", run.stderr);
        }
        env.run(&["authorizer", "show", "z"]).code(4);
    }
}
