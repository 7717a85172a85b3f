//! Which provider to talk to: an issuer and client id (and the CA file that trusts it), and how
//! the client authenticates (never the secret itself), checked.
//! Where they come from (flags, environment, the store) is the chooser's business (`app`).

use super::ClientAuth;
use crate::error::{Error, Result};
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub struct ProviderConfig {
    pub issuer: String,
    pub client_id: String,
    pub ca_file: Option<PathBuf>,
    /// How the client authenticates: `None` for a public client; a secret's value is in the
    /// secret backend, never here.
    pub client_auth: ClientAuth,
    /// The vault signing key of `private_key_jwt`.
    pub client_key: Option<String>,
}

impl ProviderConfig {
    /// Checks the issuer (`check_issuer`) and the client id.
    pub fn new(
        issuer: String,
        client_id: String,
        ca_file: Option<PathBuf>,
    ) -> Result<ProviderConfig> {
        check_issuer(&issuer)?;
        if client_id.is_empty() || client_id.chars().any(char::is_control) {
            return Err(
                Error::usage("the client id is empty or has control characters")
                    .hint("pass the client id registered for authz: --client-id ID"),
            );
        }
        Ok(ProviderConfig {
            issuer,
            client_id,
            ca_file,
            client_auth: ClientAuth::None,
            client_key: None,
        })
    }
}

/// An issuer is an https URL with no query or fragment (OpenID Discovery 1.0 §2, RFC 8414 §2).
pub fn check_issuer(issuer: &str) -> Result<()> {
    let hint = "the issuer is the provider's https URL exactly as its metadata says, e.g. https://login.example.com";
    let url = url::Url::parse(issuer).map_err(|e| {
        Error::usage(format!(
            "the issuer '{}' is not a URL: {e}",
            crate::error::escape(issuer)
        ))
        .hint(hint)
    })?;
    if url.scheme() != "https" || url.query().is_some() || url.fragment().is_some() {
        return Err(Error::usage(format!(
            "the issuer '{}' must be an https URL without query or fragment",
            crate::error::escape(issuer)
        ))
        .hint(hint));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuers_must_be_plain_https_urls() {
        assert!(check_issuer("https://idp.example").is_ok());
        assert!(check_issuer("https://idp.example/realms/x").is_ok());
        for bad in [
            "http://idp.example",
            "https://idp.example?x=1",
            "https://idp.example#f",
            "idp.example",
        ] {
            assert_eq!(check_issuer(bad).unwrap_err().code(), 2, "{bad}");
        }
    }
}
