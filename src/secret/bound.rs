//! `Secrets`: the secret store as one authz store sees it, above every backend. Each write is
//! stamped with this store's id and the issuer the tokens came from; each read hands tokens out
//! only when the entry carries both. So a token goes back only to the issuer that issued it,
//! whatever a store row, an import or a doctor note claims, and entries another store wrote
//! (every store and profile of a user share one keyring, and ids are not secret) are never
//! read, overwritten or deleted here.
//!
//! It is also the one place that knows where this run's tokens are (`here`: this machine's
//! keyring, or an OpenBao place) and so the one place that tells "nothing here" from "they are
//! elsewhere" when a store row records where they went (`tokens_for_use`).

use super::{Binding, ClientEntry, ClientKey, Secret, SecretStore, TokenSet, VaultKey, Version};
use crate::domain::{Authorization, TokensAt};
use crate::error::{Error, Result, escape};
use std::sync::Arc;

/// What the secret store holds under an id, as this store sees it.
#[derive(Debug)]
pub enum Held {
    /// No entry at all.
    Nothing,
    /// Entries this store wrote for this issuer.
    Mine(TokenSet),
    /// Entries that are not this store's, or not from this issuer (their binding, if any): left
    /// alone, never sent anywhere.
    NotMine(Option<Binding>),
}

pub struct Secrets {
    backend: Arc<dyn SecretStore>,
    store: String,
    here: TokensAt,
    vault: StoreVault,
}

impl Secrets {
    /// `store` is this store's `store_id`; `here` is where `backend` keeps tokens (this
    /// machine's keyring and user, or an OpenBao place), as the store records it.
    pub fn new(backend: Arc<dyn SecretStore>, store: String, here: TokensAt) -> Secrets {
        Secrets {
            vault: StoreVault {
                backend: backend.clone(),
                store: store.clone(),
            },
            backend,
            store,
            here,
        }
    }

    /// Where the tokens are, for messages.
    pub fn name(&self) -> String {
        self.backend.name()
    }

    /// Where tokens written through this value live: what `authz add` and `authz secrets
    /// migrate` record on the row.
    pub fn here(&self) -> &TokensAt {
        &self.here
    }

    /// `read` for a command that will use `a`'s tokens (token, run, test). Nothing here while
    /// the row records them in another keyring (another host or user) or another backend is
    /// not "the tokens are gone" but "they are over there": exit 6 naming where, so that the
    /// caller changes nothing (marking the row relogin-needed would break it for the machine
    /// that has them).
    pub fn tokens_for_use(&self, a: &Authorization) -> Result<(Held, Version)> {
        let (held, version) = self.read(&a.id, Some(&a.issuer))?;
        if let (Held::Nothing, Some(e)) = (&held, self.elsewhere(a)) {
            return Err(e);
        }
        Ok((held, version))
    }

    /// `get_access` for a command that will use `a`'s token; the same rule as `tokens_for_use`
    /// when no access token is here (one more read, only then, and only when the row records
    /// another place).
    pub fn access_for_use(&self, a: &Authorization) -> Result<Option<TokenSet>> {
        let found = self.get_access(&a.id, &a.issuer)?;
        if found.is_none() && self.elsewhere(a).is_some() {
            self.tokens_for_use(a)?;
        }
        Ok(found)
    }

    /// Where `a`'s row records its tokens, when that is not `here` (`None`: here, or not known).
    pub fn recorded_elsewhere<'a>(&self, a: &'a Authorization) -> Option<&'a TokensAt> {
        a.tokens_at.as_ref().filter(|t| **t != self.here)
    }

    /// The error for `a` when its row records its tokens somewhere other than `here`.
    fn elsewhere(&self, a: &Authorization) -> Option<Error> {
        let there = self.recorded_elsewhere(a)?;
        let whose = format!("the tokens of {} ({})", a.id, escape(&a.email));
        let docs = "docs/organization.md, \"Where the tokens are\"";
        let e = match (there, &self.here) {
            (TokensAt::Keyring { host, user }, TokensAt::Keyring { .. }) => Error::secret_store(
                format!("{whose} are in {there}, not this machine's ({})", user_host(&self.here)),
            )
            .hint(format!(
                "run it on {} as {}, or move them to a shared backend there: authz secrets migrate --to openbao ({docs})",
                escape(host),
                escape(user)
            )),
            (TokensAt::Keyring { host, .. }, TokensAt::OpenBao { .. }) => Error::secret_store(
                format!("{whose} are in {there}, not in {}", self.here),
            )
            .hint(format!(
                "move them there from {}: authz secrets migrate --to {} ({docs})",
                escape(host),
                self.here.backend()
            )),
            (TokensAt::OpenBao { backend, address }, _) => Error::secret_store(format!(
                "{whose} are in {there}, not in {}",
                match &self.here {
                    TokensAt::Keyring { .. } => format!("this machine's keyring ({})", user_host(&self.here)),
                    other => other.to_string(),
                }
            ))
            .hint(format!(
                "read them from there: --secrets {} (AUTHZ_SECRETS) with BAO_ADDR={} ({docs})",
                escape(backend),
                escape(address)
            )),
        };
        Some(e.details(serde_json::json!({ "tokens_at": there, "here": self.here })))
    }

    fn judge(&self, found: Option<TokenSet>, issuer: Option<&str>) -> Held {
        match found {
            None => Held::Nothing,
            Some(t) => match &t.binding {
                Some(b) if b.store == self.store && issuer.is_none_or(|i| i == b.issuer) => {
                    Held::Mine(t)
                }
                other => Held::NotMine(other.clone()),
            },
        }
    }

    /// What is under `id` for this store and `issuer`, and its version for a later `write`;
    /// `issuer: None` (an orphan, which has no row to say) accepts the entry's own issuer,
    /// which `Mine`'s binding names.
    pub fn read(&self, id: &str, issuer: Option<&str>) -> Result<(Held, Version)> {
        let (found, version) = self.backend.read(id)?;
        Ok((self.judge(found, issuer), version))
    }

    pub fn get(&self, id: &str, issuer: Option<&str>) -> Result<Held> {
        Ok(self.read(id, issuer)?.0)
    }

    /// The cached access token of `id` and its expiry, when this store wrote it for `issuer`.
    pub fn get_access(&self, id: &str, issuer: &str) -> Result<Option<TokenSet>> {
        Ok(
            match self.judge(self.backend.get_access(id)?, Some(issuer)) {
                Held::Mine(t) => Some(t),
                _ => None,
            },
        )
    }

    /// The narrowed access token of `id` under `key`, when this store wrote it for `issuer`.
    pub fn get_narrowed(&self, id: &str, issuer: &str, key: &str) -> Result<Option<TokenSet>> {
        Ok(
            match self.judge(self.backend.narrowed_get(id, key)?, Some(issuer)) {
                Held::Mine(t) => t.access_token.is_some().then_some(t),
                _ => None,
            },
        )
    }

    /// Caches a narrowed access token of `id` (issued by `issuer`) under `key`, bound to this
    /// store. Only the access token and its expiry are kept: the refresh token is `write`'s.
    pub fn put_narrowed(&self, id: &str, issuer: &str, key: &str, tokens: &TokenSet) -> Result<()> {
        let bound = TokenSet {
            refresh_token: None,
            binding: Some(Binding {
                store: self.store.clone(),
                issuer: issuer.to_owned(),
            }),
            ..tokens.clone()
        };
        self.backend.narrowed_put(id, key, &bound)
    }

    /// Forgets the narrowed access tokens of `id` under `keys`.
    pub fn forget_narrowed(&self, id: &str, keys: &[String]) -> Result<()> {
        if keys.is_empty() {
            return Ok(());
        }
        self.backend.narrowed_delete(id, keys)
    }

    /// Fails (exit 3) when entries under `id` exist that this store may not replace.
    pub fn check_writable(&self, id: &str, issuer: &str) -> Result<()> {
        match self.get(id, Some(issuer))? {
            Held::NotMine(b) => Err(not_mine(id, b.as_ref())),
            _ => Ok(()),
        }
    }

    /// Stores the tokens of `id`, issued by `issuer`, bound to this store, if the entry is still
    /// at `expected` (the backend's check-and-set). Refuses to replace entries that are not this
    /// store's for this issuer, whatever version the caller names.
    pub fn write(
        &self,
        id: &str,
        issuer: &str,
        tokens: &TokenSet,
        expected: &Version,
    ) -> Result<Version> {
        self.check_writable(id, issuer)?;
        let bound = TokenSet {
            binding: Some(Binding {
                store: self.store.clone(),
                issuer: issuer.to_owned(),
            }),
            ..tokens.clone()
        };
        self.backend.write(id, &bound, expected)
    }

    /// Deletes the entries of `id` when they are this store's for `issuer` (`None`: any of this
    /// store's); refuses (exit 3) to delete another's. Deleting nothing is fine.
    pub fn delete(&self, id: &str, issuer: Option<&str>) -> Result<()> {
        match self.get(id, issuer)? {
            Held::Nothing => Ok(()),
            Held::Mine(_) => self.backend.delete(id),
            Held::NotMine(b) => Err(not_mine(id, b.as_ref())),
        }
    }

    /// Every id with entries, and whose they are (for `authz doctor`).
    pub fn list(&self) -> Result<Vec<(String, Held)>> {
        self.backend
            .list_ids()?
            .into_iter()
            .map(|id| Ok((id.clone(), self.get(&id, None)?)))
            .collect()
    }

    pub fn probe(&self) -> Result<()> {
        self.backend.probe()
    }

    fn client_key(&self, issuer: &str, client_id: &str) -> ClientKey {
        ClientKey {
            store: self.store.clone(),
            issuer: issuer.to_owned(),
            client_id: client_id.to_owned(),
        }
    }

    /// The client secret this store keeps for `client_id` at `issuer`; `None` when there is
    /// none. An entry at its place that names another store, issuer or client is refused (it
    /// could only have been planted or mixed up), never sent.
    pub fn client_secret(&self, issuer: &str, client_id: &str) -> Result<Option<Secret<String>>> {
        let key = self.client_key(issuer, client_id);
        let Some(text) = self.backend.client_get(&key.slot()?)? else {
            return Ok(None);
        };
        let entry: ClientEntry = serde_json::from_str(text.expose()).map_err(|_| {
            Error::secret_store(format!(
                "the client secret entry of {} in {} is not an authz client entry",
                escape(client_id),
                self.name()
            ))
            .hint("store the secret again: authz add --client-secret-file FILE")
        })?;
        if entry.key != key {
            return Err(Error::secret_store(format!(
                "the client secret entry of {} in {} names another store, issuer or client; not sending it",
                escape(client_id),
                self.name()
            ))
            .hint("store the secret again: authz add --client-secret-file FILE"));
        }
        Ok(Some(Secret::new(entry.client_secret)))
    }

    /// Stores the client secret of `client_id` at `issuer` for this store (replacing one).
    pub fn set_client_secret(
        &self,
        issuer: &str,
        client_id: &str,
        secret: &Secret<String>,
    ) -> Result<()> {
        let entry = ClientEntry {
            client_secret: secret.expose().clone(),
            key: self.client_key(issuer, client_id),
        };
        let text = Secret::new(serde_json::to_string(&entry)?);
        self.backend.client_put(&entry.key.slot()?, &text)
    }

    /// Deletes this store's client secret of `client_id` at `issuer`, if any.
    pub fn delete_client_secret(&self, issuer: &str, client_id: &str) -> Result<()> {
        self.backend
            .client_delete(&self.client_key(issuer, client_id).slot()?)
    }

    /// The backend as vault values (`authz vault`, `authz run`) see it: every key bound to this
    /// store, so only this store's own values are read, written or deleted. They are not
    /// tokens, so no issuer binding applies to them.
    pub fn vault(&self) -> &dyn SecretStore {
        &self.vault
    }
}

/// The vault half of a backend, bound to one store: each `VaultKey` gets this store's id
/// before it reaches the backend, whatever the caller (or a row in the store) put in it. It
/// holds no tokens: those go through `Secrets`, which checks their binding.
struct StoreVault {
    backend: Arc<dyn SecretStore>,
    store: String,
}

impl StoreVault {
    fn bind(&self, key: &VaultKey) -> VaultKey {
        VaultKey {
            store: self.store.clone(),
            ..key.clone()
        }
    }

    fn no_tokens() -> Error {
        Error::failure("the vault view of the secret store holds no tokens")
    }
}

impl SecretStore for StoreVault {
    fn read(&self, _: &str) -> Result<(Option<TokenSet>, Version)> {
        Err(Self::no_tokens())
    }
    fn write(&self, _: &str, _: &TokenSet, _: &Version) -> Result<Version> {
        Err(Self::no_tokens())
    }
    fn delete(&self, _: &str) -> Result<()> {
        Err(Self::no_tokens())
    }
    fn narrowed_get(&self, _: &str, _: &str) -> Result<Option<TokenSet>> {
        Err(Self::no_tokens())
    }
    fn narrowed_put(&self, _: &str, _: &str, _: &TokenSet) -> Result<()> {
        Err(Self::no_tokens())
    }
    fn narrowed_delete(&self, _: &str, _: &[String]) -> Result<()> {
        Err(Self::no_tokens())
    }
    fn list_ids(&self) -> Result<Vec<String>> {
        Err(Self::no_tokens())
    }
    fn name(&self) -> String {
        self.backend.name()
    }
    fn vault_get(&self, key: &VaultKey, version: u32) -> Result<Option<Secret<Vec<u8>>>> {
        self.backend.vault_get(&self.bind(key), version)
    }
    fn vault_put(&self, key: &VaultKey, version: u32, value: &Secret<Vec<u8>>) -> Result<()> {
        self.backend.vault_put(&self.bind(key), version, value)
    }
    fn vault_delete(&self, key: &VaultKey, newest: u32) -> Result<()> {
        self.backend.vault_delete(&self.bind(key), newest)
    }
}

/// `user@host` of a keyring.
fn user_host(at: &TokensAt) -> String {
    match at {
        TokensAt::Keyring { host, user } => format!("{}@{}", escape(user), escape(host)),
        other => other.to_string(),
    }
}

/// Why entries under `id` are left alone, in one line.
pub fn not_mine(id: &str, binding: Option<&Binding>) -> Error {
    let whose = match binding {
        Some(b) => format!(
            "were written by another authz store ({}) for issuer '{}'",
            escape(&b.store),
            escape(&b.issuer)
        ),
        None => "carry no record of the store and issuer they belong to".into(),
    };
    Error::conflict(format!(
        "the keyring entries under {} {whose}; authz leaves them alone and sends their tokens nowhere",
        escape(id)
    ))
    .hint("log in as a new authorization instead: authz add, then move the workflows with authz reassign")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::{Keyring, Secret};

    fn laptop() -> TokensAt {
        TokensAt::Keyring {
            host: "laptop-7".into(),
            user: "ops".into(),
        }
    }

    fn two_stores() -> (Secrets, Secrets) {
        let backend: Arc<dyn SecretStore> = Arc::new(Keyring::with_store(
            keyring_core::mock::Store::new().unwrap(),
        ));
        (
            Secrets::new(backend.clone(), "st_a".into(), laptop()),
            Secrets::new(backend, "st_b".into(), laptop()),
        )
    }

    fn tokens(rt: &str) -> TokenSet {
        TokenSet {
            refresh_token: Some(Secret::new(rt.into())),
            access_token: Some(Secret::new(format!("at-{rt}"))),
            expires_at: Some(1_900_000_000),
            binding: None,
        }
    }

    impl Secrets {
        /// An unconditional write: read, then write on that version.
        fn set(&self, id: &str, issuer: &str, t: &TokenSet) -> Result<Version> {
            let (_, v) = self.read(id, None)?;
            self.write(id, issuer, t, &v)
        }
    }

    #[test]
    fn entries_are_only_handed_to_their_store_and_issuer() {
        let (a, b) = two_stores();
        a.set("az_1", "https://idp", &tokens("rt-1")).unwrap();
        let Held::Mine(t) = a.get("az_1", Some("https://idp")).unwrap() else {
            panic!("the writer's own entry")
        };
        assert_eq!(t.refresh_token.unwrap().expose(), "rt-1");
        assert!(matches!(
            a.get("az_1", Some("https://evil")).unwrap(),
            Held::NotMine(Some(_))
        ));
        assert!(matches!(
            b.get("az_1", None).unwrap(),
            Held::NotMine(Some(_))
        ));
        assert!(b.get_access("az_1", "https://idp").unwrap().is_none());
        assert!(a.get_access("az_1", "https://idp").unwrap().is_some());
    }

    #[test]
    fn another_stores_entries_are_neither_replaced_nor_deleted() {
        let (a, b) = two_stores();
        a.set("az_1", "https://idp", &tokens("rt-1")).unwrap();
        assert_eq!(
            b.set("az_1", "https://idp", &tokens("rt-2"))
                .unwrap_err()
                .code(),
            3
        );
        assert_eq!(
            a.set("az_1", "https://evil", &tokens("rt-2"))
                .unwrap_err()
                .code(),
            3
        );
        assert_eq!(b.delete("az_1", None).unwrap_err().code(), 3);
        let Held::Mine(t) = a.get("az_1", None).unwrap() else {
            panic!("still there")
        };
        assert_eq!(t.refresh_token.unwrap().expose(), "rt-1");
        a.delete("az_1", Some("https://idp")).unwrap();
        assert!(matches!(a.get("az_1", None).unwrap(), Held::Nothing));
    }

    #[test]
    fn vault_values_are_bound_to_the_store_whatever_the_key_says() {
        let (a, b) = two_stores();
        // The same entry id and name in both stores (a planted row copies them).
        let key = VaultKey {
            id: "vt_1".into(),
            name: "v".into(),
            store: "st_b".into(),
        };
        a.vault()
            .vault_put(&key, 1, &Secret::new(b"a-value".to_vec()))
            .unwrap();
        assert_eq!(b.vault().vault_get(&key, 1).unwrap(), None);
        b.vault().vault_delete(&key, 1).unwrap();
        let got = a.vault().vault_get(&key, 1).unwrap().unwrap();
        assert_eq!(got.expose(), b"a-value");
        assert!(
            a.vault().get("az_1").is_err(),
            "the vault view holds no tokens"
        );
    }

    fn row(at: Option<TokensAt>) -> Authorization {
        Authorization {
            id: "az_1".into(),
            issuer: "https://idp".into(),
            subject: "alice".into(),
            email: "alice@example.com".into(),
            email_claim: "email".into(),
            name: None,
            scopes: crate::domain::Scopes::parse("openid"),
            created: 0,
            created_by: "ops".into(),
            label: None,
            service_account: false,
            status: crate::domain::Status::Active,
            token_expires: None,
            revoked: None,
            tokens_at: at,
        }
    }

    #[test]
    fn nothing_here_is_exit_6_naming_the_place_only_when_the_row_records_another() {
        let (a, _) = two_stores();
        // Here, or not known: nothing is nothing (the caller decides relogin-needed).
        for at in [None, Some(laptop())] {
            assert!(matches!(
                a.tokens_for_use(&row(at.clone())).unwrap().0,
                Held::Nothing
            ));
            assert!(a.access_for_use(&row(at)).unwrap().is_none());
        }
        let build = TokensAt::Keyring {
            host: "build-3".into(),
            user: "runner".into(),
        };
        let e = a.tokens_for_use(&row(Some(build.clone()))).unwrap_err();
        assert_eq!(e.code(), 6);
        assert_eq!(
            e.message,
            "the tokens of az_1 (alice@example.com) are in the keyring of runner@build-3, not this machine's (ops@laptop-7)"
        );
        assert!(
            e.hint
                .as_deref()
                .unwrap()
                .contains("run it on build-3 as runner")
        );
        assert_eq!(
            a.access_for_use(&row(Some(build.clone())))
                .unwrap_err()
                .code(),
            6
        );
        let bao = TokensAt::OpenBao {
            backend: "openbao:secret/authz".into(),
            address: "https://bao:8200".into(),
        };
        let e = a.tokens_for_use(&row(Some(bao))).unwrap_err();
        assert_eq!(e.code(), 6);
        assert!(
            e.message
                .contains("openbao:secret/authz at https://bao:8200"),
            "{}",
            e.message
        );
        assert!(
            e.hint
                .as_deref()
                .unwrap()
                .contains("--secrets openbao:secret/authz")
        );
        // Tokens here are used, whatever the row says.
        a.set("az_1", "https://idp", &tokens("rt-1")).unwrap();
        assert!(matches!(
            a.tokens_for_use(&row(Some(build.clone()))).unwrap().0,
            Held::Mine(_)
        ));
        assert!(a.access_for_use(&row(Some(build))).unwrap().is_some());
    }
}
