//! A whole sealed world for login and token tests: a store, its own provider and its own
//! Secret Service, with the environment pointing at both.

use super::keyring::Keyring;
use super::provider::{Provider, browser};
use super::{Env, Run};
use std::process::Command;

pub struct World {
    pub env: Env,
    pub provider: Provider,
    pub keyring: Keyring,
}

impl World {
    pub fn new() -> World {
        World::with(Provider::start())
    }

    pub fn with(provider: Provider) -> World {
        let keyring = Keyring::start();
        let mut env = Env::new();
        provider.configure(&mut env);
        keyring.configure(&mut env);
        World {
            env,
            provider,
            keyring,
        }
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.env.run(args)
    }

    /// Starts `authz ARGS` in the background, its stderr to `stderr_file()`.
    pub fn spawn(&self, args: &[&str], stdout: std::process::Stdio) -> std::process::Child {
        let err = std::fs::File::create(self.stderr_file()).unwrap();
        self.env
            .command(args)
            .stdout(stdout)
            .stderr(err)
            .spawn()
            .unwrap()
    }

    /// Where the stderr of the last `spawn` goes.
    pub fn stderr_file(&self) -> std::path::PathBuf {
        self.env.path().join("spawned.stderr")
    }

    /// How many authorizations the store has, revoked ones included.
    pub fn rows(&self) -> i64 {
        self.env
            .sql()
            .query_row("SELECT count(*) FROM authorizations", [], |r| r.get(0))
            .unwrap()
    }

    /// The stored status of authorization `id`.
    pub fn status(&self, id: &str) -> String {
        self.env
            .sql()
            .query_row(
                "SELECT status FROM authorizations WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
    }

    /// Nothing stored anywhere: no row (or no store at all), no keyring entry.
    #[track_caller]
    pub fn assert_nothing_stored(&self) {
        if self.env.db().exists() {
            assert_eq!(self.rows(), 0, "a row was left behind");
        }
        assert_eq!(self.keyring.entries(), Vec::<String>::new());
    }

    /// The user on another machine: `browser.mjs ARGS` (see its header) trusting this provider,
    /// in `mode` (`AUTHZ_TEST_BROWSER_MODE`). It must succeed.
    #[track_caller]
    pub fn user_elsewhere(&self, args: &[&str], mode: &str) -> String {
        let out = Command::new("node")
            .arg(browser())
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("AUTHZ_CA_FILE", &self.provider.ca)
            .env("AUTHZ_TEST_BROWSER_MODE", mode)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "browser.mjs {args:?} failed:\n{}\nprovider log:\n{}",
            String::from_utf8_lossy(&out.stderr),
            self.provider.log()
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}
