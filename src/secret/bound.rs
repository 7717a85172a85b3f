//! `Secrets`: the secret store as one authz store sees it, above every backend. Each write is
//! stamped with this store's id and the issuer the tokens came from; each read hands tokens out
//! only when the entry carries both. So a token goes back only to the issuer that issued it,
//! whatever a store row, an import or a doctor note claims, and entries another store wrote
//! (every store and profile of a user share one keyring, and ids are not secret) are never
//! read, overwritten or deleted here.

use super::{Binding, SecretStore, TokenSet, Version};
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
}

impl Secrets {
    /// `store` is this store's `store_id`.
    pub fn new(backend: Arc<dyn SecretStore>, store: String) -> Secrets {
        Secrets { backend, store }
    }

    /// Where the tokens are, for messages.
    pub fn name(&self) -> String {
        self.backend.name()
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

    /// The backend itself, for vault values (`authz vault`): they are keyed by the store's own
    /// random vault ids and are not tokens, so no issuer binding applies to them.
    pub fn vault(&self) -> &dyn SecretStore {
        self.backend.as_ref()
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

    fn two_stores() -> (Secrets, Secrets) {
        let backend: Arc<dyn SecretStore> = Arc::new(Keyring::with_store(
            keyring_core::mock::Store::new().unwrap(),
        ));
        (
            Secrets::new(backend.clone(), "st_a".into()),
            Secrets::new(backend, "st_b".into()),
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
}
