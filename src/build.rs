//! The version `authz --version` prints: `authz 0.1.0 (abc1234 2026-12-06)`, the commit this was
//! built from and its date, read from git at build time (no network). Outside a git checkout
//! (a source tarball) the commit is `unknown` and the date the build's.

use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?.trim().to_owned();
    (out.status.success() && !text.is_empty()).then_some(text)
}

fn main() {
    let commit = git(&["rev-parse", "--short=7", "HEAD"]);
    // The commit's own date keeps a rebuild of one commit identical.
    let date = commit
        .as_ref()
        .and_then(|_| git(&["log", "-1", "--format=%cs", "HEAD"]))
        .unwrap_or_else(today);
    println!(
        "cargo:rustc-env=AUTHZ_LONG_VERSION={} ({} {date})",
        env!("CARGO_PKG_VERSION"),
        commit.as_deref().unwrap_or("unknown")
    );
    // A new commit (HEAD moves, or the branch it names does) rebuilds the version; --git-path
    // finds each file in a worktree too.
    let mut watched = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
    watched.extend(git(&["symbolic-ref", "-q", "HEAD"]));
    for name in watched {
        // (Only files that exist: a missing one would rerun this on every build.)
        if let Some(path) = git(&["rev-parse", "--git-path", &name])
            && std::path::Path::new(&path).exists()
        {
            println!("cargo:rerun-if-changed={path}");
        }
    }
    println!("cargo:rerun-if-changed=src/build.rs");
}

/// Today (UTC), for a build outside git, which has no commit date.
fn today() -> String {
    let d = time::OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}
