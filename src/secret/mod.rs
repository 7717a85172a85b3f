//! Secrets: `Secret<T>` that redacts itself, the `SecretStore` trait keyed by authorization id
//! with versioned (compare-and-set) writes, and its backends: the OS keyring (`keyring`) and
//! OpenBao/Vault KV version 2 (`openbao`); and `Secrets` above every backend (`bound`): the one
//! place that binds each entry to the store that wrote it and the issuer that issued it.
//! Never a plaintext fallback, never another backend.

mod bound;
mod keyring;
mod openbao;

pub use bound::{Held, Secrets, not_mine};
pub use keyring::Keyring;
pub use openbao::{AppRole, Auth, OpenBao, Settings as OpenBaoSettings};

use crate::domain::Timestamp;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Which backend holds the tokens: `keyring` (the default) or `openbao[:MOUNT/PREFIX]`, as
/// `--secrets`/`AUTHZ_SECRETS` and a profile's `secrets` name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Backend {
    Keyring,
    /// KV version 2 `mount`, entries under `prefix/tokens/`.
    OpenBao {
        mount: String,
        prefix: String,
    },
}

impl Backend {
    pub fn parse(spec: &str) -> Result<Backend> {
        let bad = || {
            Error::usage(format!(
                "'{}' is not a secret backend",
                crate::error::escape(spec)
            ))
            .hint("use keyring, openbao or openbao:MOUNT/PREFIX (e.g. openbao:secret/authz)")
        };
        let (kind, place) = match spec.split_once(':') {
            Some((k, p)) => (k, Some(p)),
            None => (spec, None),
        };
        match (kind, place) {
            ("keyring", None) => Ok(Backend::Keyring),
            ("openbao" | "vault", None) => Ok(Backend::OpenBao {
                mount: "secret".into(),
                prefix: "authz".into(),
            }),
            ("openbao" | "vault", Some(place)) => {
                let (mount, prefix) = place.split_once('/').ok_or_else(bad)?;
                let segment_ok = |s: &str| {
                    !s.is_empty()
                        && s != "."
                        && s != ".."
                        && s.chars()
                            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c))
                };
                let prefix = prefix.trim_end_matches('/');
                if !segment_ok(mount) || !prefix.split('/').all(segment_ok) {
                    return Err(bad());
                }
                Ok(Backend::OpenBao {
                    mount: mount.into(),
                    prefix: prefix.into(),
                })
            }
            _ => Err(bad()),
        }
    }
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Backend::Keyring => f.write_str("keyring"),
            Backend::OpenBao { mount, prefix } => write!(f, "openbao:{mount}/{prefix}"),
        }
    }
}

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

/// What is stored for one authorization. The refresh token is the authorization; the access
/// token is only a cache of its last use. Backends that keep a document (OpenBao) store the whole
/// set with serde, so a field added here reaches them without a change there.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TokenSet {
    #[serde(with = "exposed")]
    pub refresh_token: Option<Secret<String>>,
    #[serde(with = "exposed")]
    pub access_token: Option<Secret<String>>,
    /// When `access_token` expires (unix seconds).
    pub expires_at: Option<Timestamp>,
    /// Whose entry this is. Every backend stores it with the tokens and gives it back as it was
    /// stored; `Secrets` stamps it on every write and checks it on every read. `None` when read
    /// from an entry that carries none (written by an older authz or by another program).
    #[serde(flatten)]
    pub binding: Option<Binding>,
}

/// The store that wrote an entry (its random `store_id`) and the issuer its tokens came from.
/// Ids are not secret and a secret backend is shared by every store of the user (or the team),
/// so this, not a store row, an import or a note, decides where a token may go: only back to
/// `issuer`, and only on behalf of `store`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Binding {
    pub store: String,
    pub issuer: String,
}

impl TokenSet {
    pub fn is_empty(&self) -> bool {
        self.refresh_token.is_none() && self.access_token.is_none()
    }
}

/// Serde for a secret field of `TokenSet`: only a backend's own document sees the value.
/// `Secret` itself has no `Serialize`, so no view can print one by accident.
mod exposed {
    use super::Secret;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<Secret<String>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(secret) => s.serialize_some(secret.expose()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Secret<String>>, D::Error> {
        Ok(Option::<String>::deserialize(d)?.map(Secret::new))
    }
}

/// What a backend held for an id when it was read. A write names the version it read, and
/// fails (`stale`, exit 3) when the entry has changed since: a writer holding a stale read can
/// never overwrite a rotated refresh token.
#[derive(Clone, Debug, PartialEq)]
pub enum Version {
    /// Nothing stored (a write creates the entry).
    Absent,
    /// The KV version 2 version number (OpenBao, Vault): the server checks it (`options.cas`).
    Numbered(u64),
    /// A backend without versions (the keyring): what was read, compared again before writing.
    Snapshot(Secret<String>),
}

/// The error of a write whose version is stale: another process changed the entry meanwhile.
pub fn stale(id: &str, backend: &str) -> Error {
    Error::conflict(format!(
        "the tokens of {id} changed in {backend} while this process held them (another process or host wrote them first); nothing was overwritten"
    ))
    .hint("retry: the next run reads the new tokens")
}

/// The longest one call to any backend takes (the keyring's helper thread is abandoned sooner,
/// an OpenBao request is cut off then): what a refresh's read and write may keep other hosts
/// waiting for (see `cmd::token`'s lease).
pub const CALL_BOUND: std::time::Duration = std::time::Duration::from_secs(10);

/// A secret backend, keyed by authorization id. Every method answers within a few seconds or
/// fails: unreachable, sealed or locked is `Error::secret_store` (exit 6), a refused credential
/// or policy is `Error::not_permitted` (exit 8); "nothing stored" is `Ok(None)`, never an error.
pub trait SecretStore {
    /// What is stored for `id` (None: nothing) and its version, for a later `write`.
    fn read(&self, id: &str) -> Result<(Option<TokenSet>, Version)>;
    /// The tokens of `id`, or `None` when nothing is stored for it.
    fn get(&self, id: &str) -> Result<Option<TokenSet>> {
        Ok(self.read(id)?.0)
    }
    /// Only the cached access token of `id`, its expiry and binding (`refresh_token` is `None`):
    /// the hot path of `authz token` reads one entry, not two.
    fn get_access(&self, id: &str) -> Result<Option<TokenSet>> {
        Ok(self
            .get(id)?
            .filter(|t| t.access_token.is_some())
            .map(|t| TokenSet {
                refresh_token: None,
                ..t
            }))
    }
    /// Replaces what is stored for `id` if it is still at `expected` (what `read` returned,
    /// `Version::Absent` for a new id); otherwise nothing changes and the error is `stale`.
    /// Returns the version written. Superseded versions do not stay readable.
    fn write(&self, id: &str, tokens: &TokenSet, expected: &Version) -> Result<Version>;
    /// Deletes every entry (and every version) of `id`; deleting nothing is fine.
    fn delete(&self, id: &str) -> Result<()>;
    /// The ids that have at least one entry (for finding orphans: entries without a row).
    fn list_ids(&self) -> Result<Vec<String>>;
    /// Fails unless the store can be written now: a locked collection, a sealed server or a
    /// token without the policy shows here, before a login whose tokens would have nowhere to go.
    fn probe(&self) -> Result<()> {
        Ok(())
    }
    /// Where the tokens are, for messages: "the keyring", "OpenBao secret/authz".
    fn name(&self) -> String;

    /// The value of version `version` of vault entry `key`; `None` when it is not stored.
    fn vault_get(&self, key: &VaultKey, version: u32) -> Result<Option<Secret<Vec<u8>>>>;

    /// Stores `value` as version `version` of `key`, whose newest stored version must be
    /// `version - 1` (none for 1); otherwise nothing changes and the error is a conflict.
    /// The keyring keeps one entry per version; OpenBao checks it (`options.cas`).
    fn vault_put(&self, key: &VaultKey, version: u32, value: &Secret<Vec<u8>>) -> Result<()>;

    /// Deletes every stored version (1 to `newest`) of `key`; deleting nothing is fine.
    fn vault_delete(&self, key: &VaultKey, newest: u32) -> Result<()>;
}

/// Where a vault entry's values are: its store-unique id (the keyring, shared by every store of
/// a user, is keyed by it) and its name (OpenBao paths, `PREFIX/vault/<name>`, read by people).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VaultKey {
    pub id: String,
    pub name: String,
}

impl From<&crate::domain::vault::VaultEntry> for VaultKey {
    fn from(e: &crate::domain::vault::VaultEntry) -> VaultKey {
        VaultKey {
            id: e.id.clone(),
            name: e.name.clone(),
        }
    }
}

/// The error of a vault write whose version is not the expected one.
pub fn vault_stale(key: &VaultKey, version: u32, backend: &str) -> Error {
    Error::conflict(format!(
        "vault entry '{}' in {backend} is not at version {} as the store says (another store or host wrote it); nothing was written",
        key.name,
        version.saturating_sub(1)
    ))
    .hint("each store needs its own prefix in OpenBao (--secrets openbao:MOUNT/PREFIX); see authz vault history NAME")
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
            binding: None,
        };
        let shown = format!("{t:?}");
        assert!(
            !shown.contains("hunter2") && !shown.contains("at-123"),
            "{shown}"
        );
        assert_eq!(s.expose(), "hunter2");
    }

    #[test]
    fn backends_parse_and_print_back() {
        for (spec, shown) in [
            ("keyring", "keyring"),
            ("openbao", "openbao:secret/authz"),
            ("openbao:kv/teams/ci/", "openbao:kv/teams/ci"),
            ("vault:secret/authz", "openbao:secret/authz"),
        ] {
            assert_eq!(Backend::parse(spec).unwrap().to_string(), shown, "{spec}");
        }
        for bad in [
            "",
            "file",
            "keyring:x",
            "openbao:",
            "openbao:secret",
            "openbao:/x",
            "openbao:s/../x",
            "openbao:s/a b",
        ] {
            assert_eq!(Backend::parse(bad).unwrap_err().code(), 2, "{bad}");
        }
    }

    #[test]
    fn a_token_set_round_trips_through_serde_and_ignores_unknown_fields() {
        let t = TokenSet {
            refresh_token: Some(Secret::new("rt".into())),
            access_token: None,
            expires_at: Some(7),
            binding: Some(Binding {
                store: "st_1".into(),
                issuer: "https://x".into(),
            }),
        };
        let text = serde_json::to_string(&t).unwrap();
        assert_eq!(
            text,
            r#"{"refresh_token":"rt","access_token":null,"expires_at":7,"store":"st_1","issuer":"https://x"}"#
        );
        assert_eq!(serde_json::from_str::<TokenSet>(&text).unwrap(), t);
        let newer = r#"{"refresh_token":"rt","expires_at":7,"store":"st_1","issuer":"https://x","later":1}"#;
        assert_eq!(serde_json::from_str::<TokenSet>(newer).unwrap(), t);
        let older = r#"{"refresh_token":"rt","expires_at":7}"#;
        assert_eq!(
            serde_json::from_str::<TokenSet>(older).unwrap().binding,
            None
        );
    }
}
