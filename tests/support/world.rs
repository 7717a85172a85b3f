//! A whole sealed world for login and token tests: a store, its own provider, its own Secret
//! Service and, on the OpenBao backend, its own prefix on the run's OpenBao, with the
//! environment pointing at them. `backends!` runs one test body on each secret backend.

use super::bao::{Bao, Place};
use super::keyring::Keyring;
use super::provider::{Provider, browser};
use super::{Env, Run, StoreBackend};
use std::process::Command;

pub struct World {
    pub env: Env,
    pub provider: Provider,
    /// Always there: on the OpenBao backend it must stay empty (no silent fallback).
    pub keyring: Keyring,
    /// The OpenBao prefix of this world, on the OpenBao backend.
    pub bao: Option<Place>,
}

/// The secret backend a test runs on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Keyring,
    /// OpenBao, as an operator: `--secrets openbao:secret/<fresh prefix>` and a token with the
    /// shipped operator policy in the sealed home's `~/.vault-token`.
    OpenBao,
}

/// One test body per backend: `backends!(name, ...)` turns each `fn name(b: Backend)` into the
/// tests `name::keyring` and `name::openbao`.
#[macro_export]
macro_rules! backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[test]
                fn keyring() {
                    super::$name(super::support::world::Backend::Keyring)
                }
                #[test]
                fn openbao() {
                    super::$name(super::support::world::Backend::OpenBao)
                }
            }
        )*
    };
}

impl World {
    pub fn new() -> World {
        World::with(Provider::start())
    }

    /// A world (keyring secrets) whose store is on `store`: an SQLite file, or a fresh schema
    /// on the test PostgreSQL cluster.
    pub fn on_store(store: StoreBackend) -> World {
        World::with_env(Provider::start(), Env::on(store))
    }

    pub fn on(backend: Backend) -> World {
        let mut w = World::new();
        if backend == Backend::OpenBao {
            w.use_openbao(Bao::shared().place());
        }
        w
    }

    /// Points this world's authz at `place` with an operator token in `~/.vault-token`.
    pub fn use_openbao(&mut self, place: Place) {
        let token = place.token("operator", "1h");
        std::fs::write(self.env.path().join("home/.vault-token"), token).unwrap();
        self.env
            .set("AUTHZ_SECRETS", place.spec())
            .set("BAO_ADDR", place.bao.addr.clone());
        self.bao = Some(place);
    }

    /// Registers `authz-conf` at this world's provider, a client that authenticates with
    /// `secret` (client_secret_basic), and writes the secret to a file; returns the `add` flags
    /// that log in as that client.
    pub fn confidential_client(&self, secret: &str) -> [String; 4] {
        self.provider
            .admin_secret_client("authz-conf", "client_secret_basic", secret);
        let file = self.env.path().join("client-secret");
        std::fs::write(&file, secret).unwrap();
        [
            "--client-id".into(),
            "authz-conf".into(),
            "--client-secret-file".into(),
            file.display().to_string(),
        ]
    }

    /// Logs `login` in through the browserless user; returns the new authorization's id.
    #[track_caller]
    pub fn add_as(&mut self, login: &str) -> String {
        self.env.set("AUTHZ_TEST_LOGIN", login);
        let run = self.run(&["--json", "add", "--timeout", "60"]);
        assert_eq!(run.code, 0, "add: {}\n{}", run.stderr, self.provider.log());
        if self.bao.is_some() {
            assert_eq!(
                self.keyring.entries(),
                Vec::<String>::new(),
                "tokens went to the keyring"
            );
        }
        run.json()["id"].as_str().unwrap().to_owned()
    }

    /// Makes the store consider the cached access token expired (no sleeps: `authz token`
    /// consults the store's expiry first).
    pub fn expire(&self, id: &str) {
        self.env.exec(&format!(
            "UPDATE authorizations SET token_expires = '2000-01-01T00:00:00Z' WHERE id = '{id}'"
        ));
    }

    /// The stored refresh token of `id`, on whichever backend this world uses.
    pub fn refresh_token(&self, id: &str) -> Option<String> {
        match &self.bao {
            None => self.keyring.refresh_token(id),
            Some(p) => p
                .entry(id)
                .and_then(|d| d["refresh_token"].as_str().map(str::to_owned)),
        }
    }

    /// How many narrowed access tokens of `id` the secret backend holds.
    pub fn narrowed_count(&self, id: &str) -> usize {
        match &self.bao {
            None => self
                .keyring
                .narrowed_entries()
                .iter()
                .filter(|u| u.starts_with(&format!("{id}:")))
                .count(),
            Some(p) => p.narrowed_keys(id).len(),
        }
    }

    /// The ids that have stored tokens, sorted.
    pub fn stored_ids(&self) -> Vec<String> {
        match &self.bao {
            None => self.keyring.ids(),
            Some(p) => p.ids(),
        }
    }

    /// Deletes the tokens of `id` behind authz's back.
    pub fn clear_tokens(&self, id: &str) {
        match &self.bao {
            None => {
                self.keyring.clear(&format!("{id}:refresh"));
                self.keyring.clear(&format!("{id}:access"));
            }
            Some(p) => p.clear(id),
        }
    }

    /// How the backend names itself in messages.
    pub fn backend_word(&self) -> &'static str {
        if self.bao.is_some() {
            "OpenBao"
        } else {
            "Secret Service"
        }
    }

    pub fn with(provider: Provider) -> World {
        World::with_env(provider, Env::new())
    }

    fn with_env(provider: Provider, mut env: Env) -> World {
        let keyring = Keyring::start();
        provider.configure(&mut env);
        keyring.configure(&mut env);
        World {
            env,
            provider,
            keyring,
            bao: None,
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
        self.env.count("SELECT count(*) FROM authorizations")
    }

    /// The stored status of authorization `id`.
    pub fn status(&self, id: &str) -> String {
        self.env
            .text(&format!(
                "SELECT status FROM authorizations WHERE id = '{id}'"
            ))
            .unwrap()
    }

    /// Nothing stored anywhere: no row (or no store at all), no keyring entry.
    #[track_caller]
    pub fn assert_nothing_stored(&self) {
        if self.env.db().exists() {
            assert_eq!(self.rows(), 0, "a row was left behind");
        }
        assert_eq!(self.keyring.entries(), Vec::<String>::new());
        if let Some(p) = &self.bao {
            assert_eq!(p.ids(), Vec::<String>::new());
        }
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
