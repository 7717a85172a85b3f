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
    env.run(&["--profile", "work", "list"]).success();
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
