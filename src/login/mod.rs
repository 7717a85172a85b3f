//! The browser side of a login: the one-time `state`, the one-shot loopback listener that
//! receives the redirect, the browser launch, and the page the browser lands on.

mod browser;
mod listener;
mod page;

pub use browser::open_browser;
pub use listener::{Expect, Listener};

use crate::secret::Secret;
use base64::Engine;

/// A fresh `state`: 32 random bytes, base64url (256 bits: unguessable, single use).
pub fn new_state() -> Secret<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the OS random source failed");
    Secret::new(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

#[cfg(test)]
mod tests {
    #[test]
    fn states_are_long_random_and_url_safe() {
        let a = super::new_state();
        let b = super::new_state();
        assert_ne!(a.expose(), b.expose());
        assert_eq!(a.expose().len(), 43);
        assert!(
            a.expose()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
    }
}
