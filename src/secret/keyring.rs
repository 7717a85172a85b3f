//! The OS keyring behind `SecretStore`: keyring-core with the platform's store (Secret Service on
//! Linux, Keychain on macOS, Credential Manager on Windows). Every call runs on a helper thread
//! and is abandoned after `TIMEOUT`, so a keyring waiting for a prompt nobody sees cannot hang us.

use super::{Binding, Secret, SecretStore, TokenSet, VaultKey, Version};
use crate::error::{Error, Result};
use keyring_core::{CredentialStore, Entry};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, mpsc};
use std::time::Duration;

/// The keyring "service" of every entry; the "user" is `<authz id>:refresh` or `<authz id>:access`.
const SERVICE: &str = "authz";
const REFRESH: &str = "refresh";
/// The service of vault values, one entry per version: user `<store id>/<entry id>:v<N>`, so
/// that a store reaches only its own values (every store of a user shares the keyring, and a
/// row can name any id). A service of their own, so token listings (doctor, migrate) never see
/// them. Older authz wrote `<entry id>:v<N>`, bound to no store: those are not read.
const VAULT_SERVICE: &str = "authz-vault";
const ACCESS: &str = "access";
/// The service of client secrets, one entry per (store, issuer, client id): user
/// `ClientKey::slot`. A service of its own, like the vault's.
const CLIENT_SERVICE: &str = "authz-client";

/// The service of narrowed access tokens (per-workflow tokens, issue 20), one entry per
/// (authorization, needs): user `<authz id>:<needs key>`, holding an `AccessEntry`. A service
/// of its own, so token listings (doctor, migrate) never see them.
const NARROWED_SERVICE: &str = "authz-narrowed";

/// Long enough for a busy D-Bus, short enough that a CI job without a keyring fails promptly.
const TIMEOUT: Duration = Duration::from_secs(5);
const _: () = assert!(TIMEOUT.as_millis() <= super::CALL_BOUND.as_millis());

/// The cached access token and its expiry, one entry. Kept apart from the refresh token:
/// Windows' Credential Manager holds at most 2.5 KB per entry, and this one is only a cache.
#[derive(Serialize, Deserialize)]
struct AccessEntry {
    access_token: String,
    expires_at: Option<i64>,
    #[serde(default, flatten)]
    binding: Option<Binding>,
}

/// The refresh token with its binding, one entry. An entry that is not this JSON (a bare token,
/// as authz wrote before bindings) is read with no binding, so nothing trusts it.
#[derive(Serialize, Deserialize)]
struct RefreshEntry {
    refresh_token: String,
    #[serde(flatten)]
    binding: Binding,
}

/// An access entry as a token set (no refresh token); a damaged one is only a lost cache.
fn parse_access(text: String) -> Option<TokenSet> {
    serde_json::from_str::<AccessEntry>(&text)
        .ok()
        .map(|a| TokenSet {
            refresh_token: None,
            access_token: Some(Secret::new(a.access_token)),
            expires_at: a.expires_at,
            binding: a.binding,
        })
}

fn parse_refresh(text: String) -> (String, Option<Binding>) {
    match serde_json::from_str::<RefreshEntry>(&text) {
        Ok(e) => (e.refresh_token, Some(e.binding)),
        Err(_) => (text, None),
    }
}

/// The OS keyring, connected.
pub struct Keyring {
    store: Arc<CredentialStore>,
}

impl Keyring {
    /// Connects to the platform's secret store, or says what is missing (exit 6).
    pub fn connect() -> Result<Keyring> {
        let store = bounded("connecting to", platform_store)?;
        Ok(Keyring { store })
    }

    /// A keyring over any keyring-core store (unit tests use `keyring_core::mock`).
    pub fn with_store(store: Arc<CredentialStore>) -> Keyring {
        Keyring { store }
    }

    fn entry(&self, id: &str, kind: &str) -> keyring_core::Result<Entry> {
        Entry::new_in_store(&self.store, SERVICE, &format!("{id}:{kind}"))
    }

    /// Runs `f` with this keyring on a helper thread, bounded by `TIMEOUT`.
    fn call<T: Send + 'static>(
        &self,
        what: &str,
        f: impl FnOnce(&Keyring) -> keyring_core::Result<T> + Send + 'static,
    ) -> Result<T> {
        let me = Keyring {
            store: self.store.clone(),
        };
        bounded(what, move || f(&me))
    }
}

impl SecretStore for Keyring {
    fn read(&self, id: &str) -> Result<(Option<TokenSet>, Version)> {
        let (refresh, access) = self.raw(id)?;
        let version = snapshot(&refresh, &access);
        if refresh.is_none() && access.is_none() {
            return Ok((None, version));
        }
        let refresh = refresh.map(parse_refresh);
        // A damaged cache entry is only a lost cache: the refresh token still works. So is a
        // cache that is not bound like its refresh token.
        let access = access
            .and_then(|text| serde_json::from_str::<AccessEntry>(&text).ok())
            .filter(|a| refresh.as_ref().is_none_or(|(_, b)| *b == a.binding));
        let binding = match &refresh {
            Some((_, b)) => b.clone(),
            None => access.as_ref().and_then(|a| a.binding.clone()),
        };
        let tokens = TokenSet {
            refresh_token: refresh.map(|(t, _)| Secret::new(t)),
            expires_at: access.as_ref().and_then(|a| a.expires_at),
            access_token: access.map(|a| Secret::new(a.access_token)),
            binding,
        };
        Ok((Some(tokens), version))
    }

    fn get_access(&self, id: &str) -> Result<Option<TokenSet>> {
        let id = id.to_owned();
        let access = self.call("reading from", move |k| {
            absent_is_none(k.entry(&id, ACCESS)?.get_password())
        })?;
        Ok(access.and_then(parse_access))
    }

    /// The keyring has no versions and no transactions: the entries are read again and compared
    /// with what the caller read. On one machine the refresh lock (`authz token`) already
    /// serializes writers; this catches one that did not hold it.
    fn write(&self, id: &str, tokens: &TokenSet, expected: &Version) -> Result<Version> {
        let (refresh_now, access_now) = self.raw(id)?;
        if snapshot(&refresh_now, &access_now) != *expected {
            return Err(super::stale(id, &self.name()));
        }
        let id = id.to_owned();
        let id_again = id.clone();
        let refresh = tokens
            .refresh_token
            .as_ref()
            .map(|s| match &tokens.binding {
                Some(b) => serde_json::to_string(&RefreshEntry {
                    refresh_token: s.expose().clone(),
                    binding: b.clone(),
                })
                .expect("strings serialize"),
                None => s.expose().clone(),
            });
        let access = tokens.access_token.as_ref().map(|a| {
            serde_json::to_string(&AccessEntry {
                access_token: a.expose().clone(),
                expires_at: tokens.expires_at,
                binding: tokens.binding.clone(),
            })
            .expect("a string and a number serialize")
        });
        self.call("writing to", move |k| {
            let entry = k.entry(&id, REFRESH)?;
            match &refresh {
                Some(rt) => entry.set_password(rt)?,
                None => absent_is_fine(entry.delete_credential())?,
            }
            let entry = k.entry(&id, ACCESS)?;
            match &access {
                // Too big for this platform (Windows): go without the cache rather than fail.
                Some(at) => match entry.set_password(at) {
                    Err(keyring_core::Error::TooLong(..)) => {
                        absent_is_fine(entry.delete_credential())?
                    }
                    other => other?,
                },
                None => absent_is_fine(entry.delete_credential())?,
            }
            Ok(())
        })?;
        let (refresh, access) = self.raw(&id_again)?;
        Ok(snapshot(&refresh, &access))
    }

    fn delete(&self, id: &str) -> Result<()> {
        let id = id.to_owned();
        self.call("deleting from", move |k| {
            for kind in [ACCESS, REFRESH] {
                absent_is_fine(k.entry(&id, kind)?.delete_credential())?;
            }
            // Every narrowed token of `id`, whatever keys the store still knows of.
            let spec = HashMap::from([("service", NARROWED_SERVICE)]);
            let prefix = format!("{id}:");
            for entry in Entry::search_in_store(&k.store, &spec)? {
                let Some(user) = user_of(&entry)? else {
                    continue;
                };
                if user.starts_with(&prefix) {
                    absent_is_fine(entry.delete_credential())?;
                }
            }
            Ok(())
        })
    }

    fn narrowed_get(&self, id: &str, key: &str) -> Result<Option<TokenSet>> {
        let user = format!("{id}:{key}");
        let text = self.call("reading from", move |k| {
            absent_is_none(Entry::new_in_store(&k.store, NARROWED_SERVICE, &user)?.get_password())
        })?;
        Ok(text.and_then(parse_access))
    }

    fn narrowed_put(&self, id: &str, key: &str, tokens: &TokenSet) -> Result<()> {
        let Some(access) = &tokens.access_token else {
            return self.narrowed_delete(id, &[key.to_owned()]);
        };
        let text = serde_json::to_string(&AccessEntry {
            access_token: access.expose().clone(),
            expires_at: tokens.expires_at,
            binding: tokens.binding.clone(),
        })
        .expect("a string and a number serialize");
        let user = format!("{id}:{key}");
        self.call("writing to", move |k| {
            let entry = Entry::new_in_store(&k.store, NARROWED_SERVICE, &user)?;
            match entry.set_password(&text) {
                // Too big for this platform (Windows): go without the cache rather than fail.
                Err(keyring_core::Error::TooLong(..)) => absent_is_fine(entry.delete_credential()),
                other => other,
            }
        })
    }

    fn narrowed_delete(&self, id: &str, keys: &[String]) -> Result<()> {
        let users: Vec<String> = keys.iter().map(|key| format!("{id}:{key}")).collect();
        self.call("deleting from", move |k| {
            for user in &users {
                absent_is_fine(
                    Entry::new_in_store(&k.store, NARROWED_SERVICE, user)?.delete_credential(),
                )?;
            }
            Ok(())
        })
    }

    fn list_ids(&self) -> Result<Vec<String>> {
        self.call("listing", |k| {
            let spec = HashMap::from([("service", SERVICE)]);
            let mut ids = BTreeSet::new();
            for entry in Entry::search_in_store(&k.store, &spec)? {
                let Some(user) = user_of(&entry)? else {
                    continue;
                };
                if let Some((id, kind)) = user.rsplit_once(':')
                    && (kind == REFRESH || kind == ACCESS)
                {
                    ids.insert(id.to_owned());
                }
            }
            Ok(ids.into_iter().collect())
        })
    }

    fn probe(&self) -> Result<()> {
        self.write_probe()
    }

    fn name(&self) -> String {
        format!("the {STORE_NAME}")
    }

    fn vault_get(&self, key: &VaultKey, version: u32) -> Result<Option<Secret<Vec<u8>>>> {
        let user = vault_user(key, version)?;
        let legacy = legacy_vault_user(key, version);
        let (value, unbound) = self.call("reading from", move |k| {
            let get = |user: &str| match Entry::new_in_store(&k.store, VAULT_SERVICE, user)?
                .get_secret()
            {
                Ok(v) => Ok(Some(v)),
                Err(keyring_core::Error::NoEntry) => Ok(None),
                Err(e) => Err(e),
            };
            match get(&user)? {
                Some(v) => Ok((Some(v), false)),
                // Only to say why nothing is read: the unbound value itself is never returned.
                None => Ok((None, get(&legacy).ok().flatten().is_some())),
            }
        })?;
        if unbound {
            return Err(super::vault_unbound(
                key,
                version,
                &format!(
                    "the keyring's {VAULT_SERVICE} entry {}",
                    legacy_vault_user(key, version)
                ),
            ));
        }
        Ok(value.map(Secret::new))
    }

    /// One entry per version, so old versions stay readable for `vault get --version` and
    /// `rollback`. The store serializes writers of one entry (SQLite: one writer at a time;
    /// PostgreSQL: the entry's row is locked as it is read); the store id in the name keeps
    /// every other store out.
    fn vault_put(&self, key: &VaultKey, version: u32, value: &Secret<Vec<u8>>) -> Result<()> {
        let user = vault_user(key, version)?;
        let bytes = value.expose().clone();
        self.call("writing to", move |k| {
            Entry::new_in_store(&k.store, VAULT_SERVICE, &user)?.set_secret(&bytes)
        })
    }

    fn vault_delete(&self, key: &VaultKey, newest: u32) -> Result<()> {
        let users = (1..=newest)
            .map(|v| vault_user(key, v))
            .collect::<Result<Vec<String>>>()?;
        self.call("deleting from", move |k| {
            for user in &users {
                absent_is_fine(
                    Entry::new_in_store(&k.store, VAULT_SERVICE, user)?.delete_credential(),
                )?;
            }
            Ok(())
        })
    }

    fn client_get(&self, slot: &str) -> Result<Option<Secret<String>>> {
        let slot = slot.to_owned();
        let text = self.call("reading from", move |k| {
            absent_is_none(Entry::new_in_store(&k.store, CLIENT_SERVICE, &slot)?.get_password())
        })?;
        Ok(text.map(Secret::new))
    }

    fn client_put(&self, slot: &str, entry: &Secret<String>) -> Result<()> {
        let (slot, text) = (slot.to_owned(), entry.expose().clone());
        self.call("writing to", move |k| {
            Entry::new_in_store(&k.store, CLIENT_SERVICE, &slot)?.set_password(&text)
        })
    }

    fn client_delete(&self, slot: &str) -> Result<()> {
        let slot = slot.to_owned();
        self.call("deleting from", move |k| {
            absent_is_fine(
                Entry::new_in_store(&k.store, CLIENT_SERVICE, &slot)?.delete_credential(),
            )
        })
    }
}

/// The keyring user of version `version` of `key`: `<store id>/<entry id>:v<N>`.
fn vault_user(key: &VaultKey, version: u32) -> Result<String> {
    Ok(format!("{}/{}:v{version}", key.store()?, key.id))
}

/// Where authz kept the value before binding values to their store.
fn legacy_vault_user(key: &VaultKey, version: u32) -> String {
    format!("{}:v{version}", key.id)
}

/// What the two entries of an authorization hold, as the version a later write compares.
fn snapshot(refresh: &Option<String>, access: &Option<String>) -> Version {
    if refresh.is_none() && access.is_none() {
        return Version::Absent;
    }
    let both = serde_json::to_string(&(refresh, access)).expect("strings serialize");
    Version::Snapshot(Secret::new(both))
}

impl Keyring {
    /// The raw text of both entries of `id`.
    fn raw(&self, id: &str) -> Result<(Option<String>, Option<String>)> {
        let id = id.to_owned();
        self.call("reading from", move |k| {
            let refresh = absent_is_none(k.entry(&id, REFRESH)?.get_password())?;
            let access = absent_is_none(k.entry(&id, ACCESS)?.get_password())?;
            Ok((refresh, access))
        })
    }

    /// Writes and deletes a throw-away entry (user `probe`, which names no authorization).
    fn write_probe(&self) -> Result<()> {
        self.call("writing to", |k| {
            let entry = Entry::new_in_store(&k.store, SERVICE, PROBE)?;
            entry.set_password("authz checks that it can store tokens here")?;
            absent_is_fine(entry.delete_credential())
        })
    }
}

const PROBE: &str = "probe";

/// The keyring "user" of a found entry.
fn user_of(entry: &Entry) -> keyring_core::Result<Option<String>> {
    Ok(match entry.get_specifiers() {
        Some((_, user)) => Some(user),
        None => entry.get_attributes()?.get("username").cloned(),
    })
}

fn absent_is_none(r: keyring_core::Result<String>) -> keyring_core::Result<Option<String>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(keyring_core::Error::NoEntry) => Ok(None),
        Err(e) => Err(e),
    }
}

fn absent_is_fine(r: keyring_core::Result<()>) -> keyring_core::Result<()> {
    match r {
        Err(keyring_core::Error::NoEntry) => Ok(()),
        other => other,
    }
}

/// Runs `f` on its own thread and waits at most `TIMEOUT`. A call that does not come back is
/// left behind (it dies with the process); the caller gets an error it can act on.
fn bounded<T: Send + 'static>(
    what: &str,
    f: impl FnOnce() -> keyring_core::Result<T> + Send + 'static,
) -> Result<T> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("keyring".into())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .map_err(|e| Error::failure(format!("cannot start a thread: {e}")))?;
    match rx.recv_timeout(TIMEOUT) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(unavailable(what, &e)),
        Err(_) => Err(Error::secret_store(format!(
            "the {STORE_NAME} did not answer within {} s while {what} it",
            TIMEOUT.as_secs()
        ))
        .hint(LOCKED_HINT)),
    }
}

/// Turns a keyring error into one line saying what is missing, and a hint saying how to fix it.
/// keyring errors never carry secret values in their Display text.
fn unavailable(what: &str, e: &keyring_core::Error) -> Error {
    use keyring_core::Error as K;
    let detail = e.to_string();
    let lower = detail.to_lowercase();
    let (message, hint) = match e {
        K::NoStorageAccess(_) => (
            format!("the {STORE_NAME} is locked or refused access while {what} it: {detail}"),
            LOCKED_HINT,
        ),
        _ if cfg!(target_os = "linux")
            && (lower.contains("dbus_session_bus_address")
                || lower.contains("address")
                || lower.contains("no such file")
                || lower.contains("connection refused")) =>
        {
            (
                format!("no D-Bus session bus, so no {STORE_NAME} ({detail})"),
                NO_BUS_HINT,
            )
        }
        _ if cfg!(target_os = "linux")
            && (lower.contains("serviceunknown")
                || lower.contains("service unknown")
                || lower.contains("org.freedesktop.secrets")
                || lower.contains("not provided by any .service")
                || lower.contains("name has no owner")) =>
        {
            (
                format!(
                    "no {STORE_NAME} (org.freedesktop.secrets) on the D-Bus session bus ({detail})"
                ),
                NO_SERVICE_HINT,
            )
        }
        _ => (
            format!("the {STORE_NAME} failed while {what} it: {detail}"),
            GENERIC_HINT,
        ),
    };
    Error::secret_store(crate::error::escape(&message)).hint(hint)
}

#[cfg(target_os = "linux")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(zbus_secret_service_keyring_store::Store::new()?)
}

#[cfg(target_os = "macos")]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(apple_native_keyring_store::keychain::Store::new()?)
}

#[cfg(windows)]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Ok(windows_native_keyring_store::Store::new()?)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
fn platform_store() -> keyring_core::Result<Arc<CredentialStore>> {
    Err(keyring_core::Error::NotSupportedByStore(
        "authz knows no secret store on this platform".into(),
    ))
}

#[cfg(target_os = "linux")]
const STORE_NAME: &str = "Secret Service";
#[cfg(target_os = "macos")]
const STORE_NAME: &str = "macOS Keychain";
#[cfg(windows)]
const STORE_NAME: &str = "Windows Credential Manager";
#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
const STORE_NAME: &str = "secret store";

#[cfg(target_os = "linux")]
const LOCKED_HINT: &str = "unlock the keyring (log in to the desktop, or: printf %s PASSWORD | gnome-keyring-daemon --unlock) and retry; authz never stores tokens elsewhere";
#[cfg(target_os = "macos")]
const LOCKED_HINT: &str = "unlock the login keychain (security unlock-keychain) and retry; authz never stores tokens elsewhere";
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
const LOCKED_HINT: &str = "make sure the secret store is unlocked and answers, then retry; authz never stores tokens elsewhere";

const NO_BUS_HINT: &str = "run authz inside a desktop session, or start one: dbus-run-session -- sh -c 'printf %s PASSWORD | gnome-keyring-daemon --unlock --components=secrets; authz ...' (Debian/Ubuntu: apt-get install gnome-keyring dbus-daemon)";
const NO_SERVICE_HINT: &str = "install and start a Secret Service provider such as gnome-keyring (apt-get install gnome-keyring; gnome-keyring-daemon --start --components=secrets) or KeePassXC with Secret Service enabled";
const GENERIC_HINT: &str = "check that the OS secret store is installed, running and unlocked; authz never stores tokens elsewhere";

#[cfg(test)]
mod tests {
    use super::*;

    fn keyring() -> Keyring {
        Keyring::with_store(keyring_core::mock::Store::new().unwrap())
    }

    fn tokens(rt: &str, at: Option<&str>) -> TokenSet {
        TokenSet {
            refresh_token: Some(Secret::new(rt.into())),
            access_token: at.map(|a| Secret::new(a.into())),
            expires_at: at.map(|_| 1_900_000_000),
            binding: Some(Binding {
                store: "st_1".into(),
                issuer: "https://idp".into(),
            }),
        }
    }

    /// An unconditional write: read, then write on that version.
    fn put(k: &Keyring, id: &str, t: &TokenSet) {
        let (_, v) = k.read(id).unwrap();
        k.write(id, t, &v).unwrap();
    }

    #[test]
    fn a_write_on_a_stale_read_is_refused_and_changes_nothing() {
        let k = keyring();
        let (_, absent) = k.read("az_1").unwrap();
        assert_eq!(absent, Version::Absent);
        let v1 = k.write("az_1", &tokens("rt-1", None), &absent).unwrap();
        // A second creator, or a writer that read before v1, is stale.
        let err = k.write("az_1", &tokens("rt-x", None), &absent).unwrap_err();
        assert_eq!(err.code(), 3, "{}", err.message);
        assert!(!err.message.contains("rt-"), "{}", err.message);
        let v2 = k.write("az_1", &tokens("rt-2", None), &v1).unwrap();
        assert_eq!(
            k.write("az_1", &tokens("rt-x", None), &v1)
                .unwrap_err()
                .code(),
            3
        );
        assert_eq!(k.read("az_1").unwrap(), (Some(tokens("rt-2", None)), v2));
    }

    #[test]
    fn tokens_round_trip_in_two_entries() {
        let k = keyring();
        assert_eq!(k.get("az_1").unwrap(), None);
        put(&k, "az_1", &tokens("rt-1", Some("at-1")));
        assert_eq!(k.get("az_1").unwrap(), Some(tokens("rt-1", Some("at-1"))));
        let refresh = k.entry("az_1", REFRESH).unwrap().get_password().unwrap();
        assert_eq!(
            parse_refresh(refresh),
            ("rt-1".into(), tokens("rt-1", None).binding)
        );
        let access = k.entry("az_1", ACCESS).unwrap().get_password().unwrap();
        assert!(access.contains("at-1") && !access.contains("rt-1"));
    }

    #[test]
    fn setting_without_an_access_token_drops_the_cached_one() {
        let k = keyring();
        put(&k, "az_1", &tokens("rt-1", Some("at-1")));
        put(&k, "az_1", &tokens("rt-2", None));
        assert_eq!(k.get("az_1").unwrap(), Some(tokens("rt-2", None)));
    }

    #[test]
    fn vault_versions_are_separate_entries_kept_byte_exact() {
        let k = keyring();
        let key = VaultKey {
            id: "vt_1".into(),
            name: "gh".into(),
            store: "st_a".into(),
        };
        assert_eq!(k.vault_get(&key, 1).unwrap(), None);
        k.vault_put(&key, 1, &Secret::new(b"one\n".to_vec()))
            .unwrap();
        k.vault_put(&key, 2, &Secret::new(vec![0, 255, 10]))
            .unwrap();
        assert_eq!(k.vault_get(&key, 1).unwrap().unwrap().expose(), b"one\n");
        assert_eq!(
            k.vault_get(&key, 2).unwrap().unwrap().expose(),
            &[0, 255, 10]
        );
        assert_eq!(k.list_ids().unwrap(), Vec::<String>::new());
        // Another store naming the same id reaches nothing.
        let other = VaultKey {
            store: "st_b".into(),
            ..key.clone()
        };
        assert_eq!(k.vault_get(&other, 1).unwrap(), None);
        k.vault_delete(&other, 2).unwrap();
        assert_eq!(k.vault_get(&key, 1).unwrap().unwrap().expose(), b"one\n");
        k.vault_delete(&key, 2).unwrap();
        assert_eq!(k.vault_get(&key, 1).unwrap(), None);
        assert_eq!(k.vault_get(&key, 2).unwrap(), None);
        // A value stored before values were bound is refused, not read; an unbound key too.
        Entry::new_in_store(&k.store, VAULT_SERVICE, "vt_1:v1")
            .unwrap()
            .set_secret(b"old")
            .unwrap();
        assert_eq!(k.vault_get(&key, 1).unwrap_err().code(), 4);
        let unbound = VaultKey {
            store: String::new(),
            ..key
        };
        assert!(
            k.vault_put(&unbound, 1, &Secret::new(b"x".to_vec()))
                .is_err()
        );
    }

    #[test]
    fn a_bare_refresh_token_reads_as_unbound() {
        let k = keyring();
        k.entry("az_1", REFRESH)
            .unwrap()
            .set_password("rt-old")
            .unwrap();
        let t = k.get("az_1").unwrap().unwrap();
        assert_eq!(t.refresh_token.unwrap().expose(), "rt-old");
        assert_eq!(t.binding, None);
    }

    #[test]
    fn delete_is_idempotent() {
        let k = keyring();
        put(&k, "az_1", &tokens("rt-1", Some("at-1")));
        k.delete("az_1").unwrap();
        k.delete("az_1").unwrap();
        assert_eq!(k.get("az_1").unwrap(), None);
    }

    #[test]
    fn list_ids_names_each_authorization_once_and_ignores_other_entries() {
        let k = keyring();
        put(&k, "az_1", &tokens("rt-1", Some("at-1")));
        put(&k, "az_2", &tokens("rt-2", None));
        k.probe().unwrap();
        Entry::new_in_store(&k.store, SERVICE, "stray")
            .unwrap()
            .set_password("x")
            .unwrap();
        assert_eq!(k.list_ids().unwrap(), vec!["az_1", "az_2"]);
    }

    #[test]
    fn a_failing_store_is_exit_6_without_the_secret() {
        let k = keyring();
        put(&k, "az_1", &tokens("rt-secret", None));
        let entry = k.entry("az_1", REFRESH).unwrap();
        let mock: &keyring_core::mock::Cred = entry.as_any().downcast_ref().unwrap();
        mock.set_error(keyring_core::Error::NoStorageAccess("locked".into()));
        let err = k.get("az_1").unwrap_err();
        assert_eq!(err.code(), 6);
        assert!(err.message.contains("locked"), "{}", err.message);
        assert!(!err.message.contains("rt-secret"));
        assert!(err.hint.is_some());
    }
}
