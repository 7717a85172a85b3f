//! A whole sealed world for login and token tests: a store, its own provider and its own
//! Secret Service, with the environment pointing at both.

use super::keyring::Keyring;
use super::provider::Provider;
use super::{Env, Run};

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
}
