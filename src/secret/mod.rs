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

/// The redacting wrapper lives below both the store and the secret backends.
pub use crate::sensitive::{Secret, constant_time_eq};

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
    /// Deletes every entry (and every version) of `id`, its narrowed access tokens included;
    /// deleting nothing is fine.
    fn delete(&self, id: &str) -> Result<()>;
    /// The narrowed access token of `id` cached under `key` (`domain::narrow::Needs::key`), its
    /// expiry and binding (`refresh_token` is `None`); `None` when none is cached.
    fn narrowed_get(&self, id: &str, key: &str) -> Result<Option<TokenSet>>;
    /// Stores (or replaces) the narrowed access token of `id` under `key`; one version kept.
    fn narrowed_put(&self, id: &str, key: &str, tokens: &TokenSet) -> Result<()>;
    /// Deletes the narrowed access tokens of `id` under `keys`; deleting nothing is fine.
    fn narrowed_delete(&self, id: &str, keys: &[String]) -> Result<()>;
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
    /// `key` is bound to its store (`Secrets::vault` fills `store`): a value stored for
    /// another store is never read, and one stored before values were bound (no store in its
    /// place) is refused with a hint to store it again (`vault_unbound`).
    fn vault_get(&self, key: &VaultKey, version: u32) -> Result<Option<Secret<Vec<u8>>>>;

    /// Stores `value` as version `version` of `key`, in `key.store`'s own place.
    fn vault_put(&self, key: &VaultKey, version: u32, value: &Secret<Vec<u8>>) -> Result<()>;

    /// Deletes every stored version (1 to `newest`) of `key` in `key.store`'s own place (never
    /// an unbound value of an older authz, which another store may have written); deleting
    /// nothing is fine.
    fn vault_delete(&self, key: &VaultKey, newest: u32) -> Result<()>;

    /// The client entry stored at `slot` (`ClientKey::slot`): a `ClientEntry` as JSON, which
    /// `Secrets` parses and checks. `None` when nothing is stored.
    fn client_get(&self, slot: &str) -> Result<Option<Secret<String>>> {
        let _ = slot;
        Err(no_clients(&self.name()))
    }

    /// Stores (or replaces) the client entry at `slot`.
    fn client_put(&self, slot: &str, entry: &Secret<String>) -> Result<()> {
        let _ = (slot, entry);
        Err(no_clients(&self.name()))
    }

    /// Deletes the client entry at `slot`; deleting nothing is fine.
    fn client_delete(&self, slot: &str) -> Result<()> {
        let _ = slot;
        Err(no_clients(&self.name()))
    }
}

fn no_clients(backend: &str) -> Error {
    Error::failure(format!("{backend} keeps no client secrets"))
}

/// Whose client secret an entry is: the store it belongs to, the issuer it is sent to and the
/// client id it authenticates. Stored with the secret and compared on every read, like a
/// token's `Binding`: a secret reaches only its own issuer, on behalf of its own store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientKey {
    pub store: String,
    pub issuer: String,
    pub client_id: String,
}

impl ClientKey {
    /// Where the entry is kept: `<store id>/<digest of issuer and client id>` (both may hold
    /// any character; the digest is a safe path segment and keyring name).
    pub fn slot(&self) -> Result<String> {
        let store = VaultKey {
            id: String::new(),
            name: String::new(),
            store: self.store.clone(),
        };
        let text = format!("{}\n{}", self.issuer, self.client_id);
        let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, text.as_bytes());
        let hex: String = digest.as_ref()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        Ok(format!("{}/{hex}", store.store()?))
    }
}

/// A client secret as a backend stores it: the value with whose it is.
#[derive(Serialize, Deserialize)]
pub struct ClientEntry {
    pub client_secret: String,
    #[serde(flatten)]
    pub key: ClientKey,
}

/// Where a vault entry's values are: its store-unique id (the keyring is keyed by it), its name
/// (OpenBao paths, read by people) and the `store_id` of the store it belongs to. Every place
/// a value is kept names the store, so a store's `vault delete`, `vault set` or a row planted
/// in its tables reaches only its own values, whatever names or ids the row claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VaultKey {
    pub id: String,
    pub name: String,
    /// Empty until `Secrets::vault` binds it; a backend refuses an unbound key.
    pub store: String,
}

impl VaultKey {
    /// The store id, checked: backends put it in a path or a keyring name.
    pub fn store(&self) -> Result<&str> {
        let ok = !self.store.is_empty()
            && self.store.len() <= 128
            && self
                .store
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if ok {
            Ok(&self.store)
        } else {
            Err(Error::failure(format!(
                "vault entry '{}' is not bound to a store id",
                crate::error::escape(&self.name)
            )))
        }
    }
}

impl From<&crate::domain::vault::VaultEntry> for VaultKey {
    fn from(e: &crate::domain::vault::VaultEntry) -> VaultKey {
        VaultKey {
            id: e.id.clone(),
            name: e.name.clone(),
            store: String::new(),
        }
    }
}

/// The error of a vault write whose version is already stored.
pub fn vault_stale(key: &VaultKey, version: u32, backend: &str) -> Error {
    Error::conflict(format!(
        "version {version} of vault entry '{}' is already in {backend} (another host of this store wrote it meanwhile); nothing was written",
        key.name
    ))
    .hint(format!("see authz vault history {}", key.name))
}

/// The error of a value found only where authz kept vault values before it bound them to their
/// store (`where_`): nothing tells which store wrote it, so it is not read.
pub fn vault_unbound(key: &VaultKey, version: u32, where_: &str) -> Error {
    Error::not_found(format!(
        "version {version} of vault entry '{}' is stored only as an older authz kept it ({where_}), bound to no store; authz no longer reads it",
        key.name
    ))
    .hint(format!(
        "store the value again: authz vault set {} (docs/vault.md, \"Values stored by an older authz\")",
        key.name
    ))
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
