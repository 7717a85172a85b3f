//! Which provider to talk to: `--issuer`, `--client-id`, `--ca-file` (or their AUTHZ_* variables)
//! win; otherwise what the store's `settings` table remembers from the last successful login.

use crate::cli::Global;
use crate::error::{Error, Result};
use crate::store::Tx;
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub struct ProviderConfig {
    pub issuer: String,
    pub client_id: String,
    pub ca_file: Option<PathBuf>,
}

/// What the command line (and AUTHZ_* variables) said, before the store fills the gaps.
#[derive(Clone, Debug, Default)]
pub struct ProviderFlags {
    pub issuer: Option<String>,
    pub client_id: Option<String>,
    pub ca_file: Option<PathBuf>,
}

impl ProviderFlags {
    pub fn of(global: &Global) -> ProviderFlags {
        ProviderFlags {
            issuer: global.issuer.clone(),
            client_id: global.client_id.clone(),
            ca_file: global.ca_file.clone(),
        }
    }
}

impl ProviderConfig {
    pub fn resolve(flags: &ProviderFlags, tx: &Tx) -> Result<ProviderConfig> {
        let issuer = match &flags.issuer {
            Some(i) => Some(i.clone()),
            None => tx.setting("issuer")?,
        };
        let client_id = match &flags.client_id {
            Some(c) => Some(c.clone()),
            None => tx.setting("client_id")?,
        };
        let ca_file = match &flags.ca_file {
            Some(p) => Some(p.clone()),
            None => tx.setting("ca_file")?.map(PathBuf::from),
        };
        let missing: Vec<&str> = [
            ("--issuer URL", issuer.is_none()),
            ("--client-id ID", client_id.is_none()),
        ]
        .iter()
        .filter(|(_, m)| *m)
        .map(|(f, _)| *f)
        .collect();
        if !missing.is_empty() {
            return Err(Error::usage(format!(
                "no OpenID provider configured (missing {})",
                missing.join(" and ")
            ))
            .hint("pass --issuer URL --client-id ID (or set AUTHZ_ISSUER and AUTHZ_CLIENT_ID); authz remembers them after the first successful login"));
        }
        let issuer = issuer.expect("checked above");
        let client_id = client_id.expect("checked above");
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
        })
    }

    /// The configuration for talking to `issuer` (an authorization's own), with the client id
    /// and CA file from the flags or the store.
    pub fn for_issuer(flags: &ProviderFlags, tx: &Tx, issuer: &str) -> Result<ProviderConfig> {
        let flags = ProviderFlags {
            issuer: Some(issuer.to_owned()),
            ..flags.clone()
        };
        ProviderConfig::resolve(&flags, tx)
    }

    /// Remembers this configuration for later runs (after a successful login only).
    pub fn remember(&self, tx: &Tx) -> Result<()> {
        tx.set_setting("issuer", &self.issuer)?;
        tx.set_setting("client_id", &self.client_id)?;
        if let Some(p) = &self.ca_file {
            let absolute = std::path::absolute(p).unwrap_or_else(|_| p.clone());
            tx.set_setting("ca_file", &absolute.to_string_lossy())?;
        }
        Ok(())
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
