//! Authorizers: who may trigger a workflow, as a JWT policy and where its keys come from.

use super::Timestamp;
use super::jwt::{Alg, KeySet, MAX_LEEWAY, Policy};
use crate::error::{Error, Result, escape};
use std::path::PathBuf;

/// Where an authorizer's verification keys come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySource {
    /// A JWKS endpoint (HTTPS), fetched and cached.
    Url(String),
    /// A JWKS file, read on every use (an HMAC secret in it never enters the store).
    File(PathBuf),
    /// A vault signing key (its public part, for every version) or HMAC secret, by entry name.
    Vault(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authorizer {
    pub name: String,
    pub policy: Policy,
    pub keys: KeySource,
    pub created: Timestamp,
    pub updated: Timestamp,
}

pub fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 100
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(
            Error::usage(format!("'{}' is not a valid authorizer name", escape(name)))
                .hint("use 1-100 letters, digits, '-', '_' or '.'"),
        )
    }
}

pub fn parse_algs(names: &[String]) -> Result<Vec<Alg>> {
    let mut algs = Vec::new();
    for n in names {
        let alg = Alg::parse(n).ok_or_else(|| {
            Error::usage(format!("'{}' is not a supported algorithm", escape(n))).hint(format!(
                "use one of {}",
                Alg::ALL.map(|a| a.as_str()).join(", ")
            ))
        })?;
        if !algs.contains(&alg) {
            algs.push(alg);
        }
    }
    algs.sort();
    Ok(algs)
}

pub fn check_leeway(secs: i64) -> Result<i64> {
    if (0..=MAX_LEEWAY).contains(&secs) {
        Ok(secs)
    } else {
        Err(Error::usage(format!(
            "--leeway {secs} is out of range: 0 to {MAX_LEEWAY} seconds"
        )))
    }
}

pub fn check_max_lifetime(secs: i64) -> Result<i64> {
    if secs > 0 {
        Ok(secs)
    } else {
        Err(Error::usage("--max-lifetime must be at least 1 second"))
    }
}

/// `--require-claim K=V`.
pub fn parse_claim(text: &str) -> Result<(String, String)> {
    match text.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(
            Error::usage(format!("'{}' is not NAME=VALUE", escape(text)))
                .hint("e.g. --require-claim tenant=acme"),
        ),
    }
}

/// The allowlist for a key set: the one given, or the algorithms its keys declare. Every
/// allowed algorithm must have a key that can verify it, and HMAC secrets must be long enough
/// (RFC 8725 §3.5), so a mistake shows at `create`, not as rejected tokens later.
pub fn allowlist(given: &[Alg], keys: &KeySet) -> Result<Vec<Alg>> {
    let algs = if given.is_empty() {
        keys.declared_algs().ok_or_else(|| {
            // An HMAC secret (kty oct) without `alg` wants an HMAC algorithm, not RS256.
            let example = if keys.has_secret_without_alg() {
                "--alg HS256 (or HS384, HS512: the HMAC algorithms, for a secret key)"
            } else {
                "--alg RS256"
            };
            Error::usage("the key set does not say which algorithms its keys use")
                .hint(format!("name them with {example}"))
        })?
    } else {
        given.to_vec()
    };
    if algs.is_empty() {
        return Err(
            Error::usage("the key set holds no key that can verify signatures").hint(
                "check the JWKS: keys need \"use\": \"sig\" (or no \"use\") and a supported kty",
            ),
        );
    }
    for alg in &algs {
        if !keys.keys.iter().any(|k| k.verifies && k.fits(*alg)) {
            let short_secret = alg.family() == super::jwt::Family::Oct
                && keys
                    .keys
                    .iter()
                    .any(|k| k.family == super::jwt::Family::Oct);
            let why = if short_secret {
                format!(
                    "its HMAC secrets are shorter than {} bytes, the {alg} hash size (RFC 8725 §3.5)",
                    alg.hash_len()
                )
            } else {
                "it holds no key for it".to_string()
            };
            return Err(Error::usage(format!(
                "--alg {alg} cannot verify anything with this key set: {why}"
            )));
        }
    }
    Ok(algs)
}
