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
}
