//! `authz run` for jobs that outlive their access token, and for CI logs (issue 21.4-5): the
//! token file (`$AUTHZ_ACCESS_TOKEN_FILE`, 0600 in a private directory of the run) is refreshed
//! ahead of expiry while the command runs and removed when it ends, however it ends; `--mask`
//! conceals the secrets the command was given in whatever it prints.

mod support;

use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use support::provider::Provider;
use support::world::World;

fn world_with(provider: Provider) -> World {
    let mut w = World::with(provider);
    let id = w.add_as("alice");
    w.run(&["workflow", "create", "job", "--authz", &id])
        .success();
    w
}

/// A three-minute job with 60 s access tokens reads the token file every second and asks the
/// provider (userinfo) whether the token it read works: every read works, each token is
/// refreshed once (refreshes at the provider = distinct tokens read - 1), and the file is gone
/// after the job.
#[test]
fn a_long_run_reads_a_valid_token_every_second_with_one_refresh_per_token() {
    let w = world_with(Provider::start_with(&["--access-ttl", "60"]));
    let log = w.env.path().join("reads.log");
    let userinfo = format!("{}/me", w.provider.issuer);
    // Each second: the file's path, whether the provider accepted the token, and the token's
    // digest (never the token).
    let script = format!(
        r#"end=$(( $(date +%s) + 180 ))
while [ "$(date +%s)" -lt "$end" ]; do
  printf 'Authorization: Bearer %s\n' "$(cat "$AUTHZ_ACCESS_TOKEN_FILE")" > "$HOME/h"
  if curl -sf --cacert '{ca}' -H @"$HOME/h" '{userinfo}' >/dev/null; then ok=ok; else ok=BAD; fi
  echo "$AUTHZ_ACCESS_TOKEN_FILE $ok $(sha256sum < "$AUTHZ_ACCESS_TOKEN_FILE" | cut -c1-16)" >> '{log}'
  sleep 1
done"#,
        ca = w.provider.ca.display(),
        log = log.display(),
    );
    // The token's digest, as the job computes it.
    let digest = |token: &str| {
        let out = w
            .env
            .tool(
                "sh",
                &[
                    "-c",
                    "printf '%s' \"$1\" | sha256sum | cut -c1-16",
                    "sh",
                    token,
                ],
            )
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    let cached = |w: &World| {
        let t = w
            .run(&["token", "--margin", "0", "--workflow", "job"])
            .success()
            .stdout;
        digest(t.trim())
    };
    let first = cached(&w);
    let before = w.provider.refreshes();
    let run = w.run(&["run", "--workflow", "job", "--", "sh", "-c", &script]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = std::fs::read_to_string(&log).unwrap();
    let reads: Vec<Vec<&str>> = text.lines().map(|l| l.split(' ').collect()).collect();
    assert!(reads.len() >= 150, "{} reads", reads.len());
    let bad: Vec<_> = reads.iter().filter(|r| r[1] != "ok").collect();
    assert!(bad.is_empty(), "an invalid token was read: {bad:?}");
    let mut tokens: BTreeSet<String> = reads.iter().map(|r| r[2].to_owned()).collect();
    assert!(tokens.len() >= 3, "the file was not refreshed: {tokens:?}");
    // Every token there was: the one before the run, each one read, and the newest (which may
    // have come after the last read). One refresh made each new one: none was refreshed twice.
    tokens.insert(first);
    tokens.insert(cached(&w));
    let refreshes = w.provider.refreshes() - before;
    assert_eq!(refreshes, tokens.len() as u64 - 1, "one refresh per token");
    // The run recorded as many refreshes as the provider saw: nobody else refreshed.
    let log = w.run(&["--json", "log"]).success().json();
    let recorded = log
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|e| e["action"] == "workflow-run")
        .unwrap()["details"]["refreshes"]
        .as_u64()
        .unwrap();
    assert_eq!(recorded, refreshes);
    let file = std::path::Path::new(reads[0][0]);
    assert!(!file.exists(), "the token file is still there");
    assert!(
        !file.parent().unwrap().exists(),
        "the run's directory is still there"
    );
}

/// The file is the user's alone, and goes away when authz is told to stop (SIGTERM goes on to
/// the command; when it has ended, so has the run).
#[test]
fn the_token_file_is_private_and_removed_when_the_run_is_terminated() {
    let w = world_with(Provider::start());
    let seen = w.env.path().join("seen");
    let script = format!(
        "stat -c '%a %U' \"$AUTHZ_ACCESS_TOKEN_FILE\" > '{s}.tmp'; stat -c '%a' \"$(dirname \"$AUTHZ_ACCESS_TOKEN_FILE\")\" >> '{s}.tmp'; echo \"$AUTHZ_ACCESS_TOKEN_FILE\" >> '{s}.tmp'; mv '{s}.tmp' '{s}'; exec sleep 60",
        s = seen.display()
    );
    let mut child = w.spawn(
        &["run", "--workflow", "job", "--", "sh", "-c", &script],
        std::process::Stdio::null(),
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !seen.exists() {
        assert!(
            std::time::Instant::now() < deadline,
            "the command never started"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let lines: Vec<String> = std::fs::read_to_string(&seen)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    assert_eq!(lines[0], "600 root".replace("root", &whoami()), "{lines:?}");
    assert_eq!(lines[1], "700");
    let file = std::path::PathBuf::from(&lines[2]);
    assert!(file.exists());
    let mode = std::fs::metadata(file.parent().unwrap().parent().unwrap())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o077, 0, "the runtime folder is private");
    unsafe {
        libc::kill(child.id() as i32, libc::SIGTERM);
    }
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(128 + libc::SIGTERM));
    assert!(!file.exists(), "the token file outlived the run");
}

fn whoami() -> String {
    let out = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// `--mask`: the token printed plain, in base64, and split across two writes with a pause in
/// between, is concealed each time; the rest of the output and the exit code pass through.
#[test]
fn mask_conceals_the_token_plain_base64_and_split_across_writes() {
    let w = world_with(Provider::start());
    let script = r#"t="$AUTHZ_ACCESS_TOKEN"
echo "plain: $t"
printf '%s' "$t" | base64 -w0; echo
n=$(( ${#t} / 2 ))
printf 'split: %s' "$(printf '%s' "$t" | cut -c1-$n)"; sleep 0.3; printf '%s end\n' "$(printf '%s' "$t" | cut -c$((n+1))-)"
echo "to stderr: $t" >&2
exit 3"#;
    let run = w.run(&[
        "run",
        "--mask",
        "--workflow",
        "job",
        "--",
        "sh",
        "-c",
        script,
    ]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let token = w.run(&["token", "--workflow", "job"]).success().stdout;
    let token = token.trim();
    assert!(!run.stdout.contains(token) && !run.stderr.contains(token));
    assert!(
        !run.stdout.contains(&token[..token.len() / 2]),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stdout.matches("<concealed by authz>").count(),
        3,
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("plain: <concealed by authz>\n"));
    assert!(run.stdout.contains("split: <concealed by authz> end\n"));
    assert!(
        run.stderr.contains("to stderr: <concealed by authz>"),
        "{}",
        run.stderr
    );
    // Control: without --mask the command's output is its own.
    let run = w.run(&[
        "run",
        "--no-mask",
        "--workflow",
        "job",
        "--",
        "sh",
        "-c",
        script,
    ]);
    assert_eq!(run.code, 3);
    assert!(run.stdout.contains(&format!("plain: {token}")));
}
