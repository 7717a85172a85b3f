//! Secrets: `Secret<T>` that redacts itself, the `SecretStore` trait keyed by authorization id,
//! and the OS keyring behind it (`keyring` submodule). Never a plaintext fallback.

mod keyring;

pub use keyring::Keyring;

use crate::domain::Timestamp;
use crate::error::Result;
use std::fmt;

/// A value that must not reach a log, an error message or the terminal by accident: Debug and
/// Display print `REDACTED`; only `expose()` gives it out, so every use is greppable.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret<T>(T);

impl<T> Secret<T> {
    pub fn new(value: T) -> Secret<T> {
        Secret(value)
    }
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Secret<T> {
    fn from(value: T) -> Self {
        Secret(value)
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("REDACTED")
    }
}

impl<T> fmt::Display for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("REDACTED")
    }
}

/// What the keyring holds for one authorization. The refresh token is the authorization; the
/// access token is only a cache of its last use.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TokenSet {
    pub refresh_token: Option<Secret<String>>,
    pub access_token: Option<Secret<String>>,
    /// When `access_token` expires (unix seconds).
    pub expires_at: Option<Timestamp>,
}

impl TokenSet {
    pub fn is_empty(&self) -> bool {
        self.refresh_token.is_none() && self.access_token.is_none()
    }
}

/// The OS secret store, keyed by authorization id. Every method answers within a few seconds or
/// fails with `Error::secret_store` (exit 6); "nothing stored" is `Ok(None)`, never an error.
pub trait SecretStore {
    /// The tokens of `id`, or `None` when nothing is stored for it.
    fn get(&self, id: &str) -> Result<Option<TokenSet>>;
    /// Only the cached access token of `id` and its expiry: the hot path of `authz token`
    /// reads one entry, not two.
    fn get_access(&self, id: &str) -> Result<Option<(Secret<String>, Option<Timestamp>)>> {
        Ok(self
            .get(id)?
            .and_then(|t| t.access_token.map(|a| (a, t.expires_at))))
    }
    /// Replaces whatever is stored for `id` (an absent token deletes its entry).
    fn set(&self, id: &str, tokens: &TokenSet) -> Result<()>;
    /// Deletes every entry of `id`; deleting nothing is fine.
    fn delete(&self, id: &str) -> Result<()>;
    /// The ids that have at least one entry (for finding orphans: entries without a row).
    fn list_ids(&self) -> Result<Vec<String>>;
    /// Fails (exit 6) unless the store can be written now: a locked collection shows here,
    /// before a login whose tokens would have nowhere to go.
    fn probe(&self) -> Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_redact_themselves() {
        let s = Secret::new("hunter2".to_string());
        assert_eq!(format!("{s}"), "REDACTED");
        assert_eq!(format!("{s:?}"), "REDACTED");
        let t = TokenSet {
            refresh_token: Some(s.clone()),
            access_token: Some(Secret::new("at-123".into())),
            expires_at: Some(5),
        };
        let shown = format!("{t:?}");
        assert!(
            !shown.contains("hunter2") && !shown.contains("at-123"),
            "{shown}"
        );
        assert_eq!(s.expose(), "hunter2");
    }
}
