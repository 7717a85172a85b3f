//! Inbound JWT validation (RFC 7515/7519, judged by RFC 8725): the header first, then the
//! signature, then the payload, then the claims. Pure: keys and `now` are handed in.
//!
//! The order is the point. Nothing in the payload is looked at before the signature verified,
//! so a forged token can only ever earn a header reason or `bad-signature`; and nothing in the
//! header chooses a key from outside the configured set (`jku`, `x5u`, `jwk`, `x5c` are ignored).

mod jwk;
#[cfg(test)]
mod tests;

pub use jwk::{Family, Key, KeySet, Skipped};

use crate::domain::Timestamp;
use crate::error::escape;
use aws_lc_rs::{hmac, signature};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;
use serde_json::{Map, Value};
use std::fmt;

/// The signature algorithms an authorizer may allow (RFC 7518 names, exact case).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Alg {
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    EdDSA,
}

impl Alg {
    pub const ALL: [Alg; 12] = [
        Alg::HS256,
        Alg::HS384,
        Alg::HS512,
        Alg::RS256,
        Alg::RS384,
        Alg::RS512,
        Alg::PS256,
        Alg::PS384,
        Alg::PS512,
        Alg::ES256,
        Alg::ES384,
        Alg::EdDSA,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Alg::HS256 => "HS256",
            Alg::HS384 => "HS384",
            Alg::HS512 => "HS512",
            Alg::RS256 => "RS256",
            Alg::RS384 => "RS384",
            Alg::RS512 => "RS512",
            Alg::PS256 => "PS256",
            Alg::PS384 => "PS384",
            Alg::PS512 => "PS512",
            Alg::ES256 => "ES256",
            Alg::ES384 => "ES384",
            Alg::EdDSA => "EdDSA",
        }
    }

    /// Exact, case-sensitive (RFC 7515 §4.1.1): `hs256` is not HS256.
    pub fn parse(s: &str) -> Option<Alg> {
        Alg::ALL.into_iter().find(|a| a.as_str() == s)
    }

    pub fn family(self) -> Family {
        match self {
            Alg::HS256 | Alg::HS384 | Alg::HS512 => Family::Oct,
            Alg::RS256 | Alg::RS384 | Alg::RS512 | Alg::PS256 | Alg::PS384 | Alg::PS512 => {
                Family::Rsa
            }
            Alg::ES256 => Family::P256,
            Alg::ES384 => Family::P384,
            Alg::EdDSA => Family::Ed25519,
        }
    }

    /// The hash output in bytes (the least HMAC secret length, RFC 8725 §3.5).
    pub fn hash_len(self) -> usize {
        match self {
            Alg::HS256 | Alg::RS256 | Alg::PS256 | Alg::ES256 => 32,
            Alg::HS384 | Alg::RS384 | Alg::PS384 | Alg::ES384 => 48,
            Alg::HS512 | Alg::RS512 | Alg::PS512 | Alg::EdDSA => 64,
        }
    }

    pub(crate) fn hmac(self) -> hmac::Algorithm {
        match self {
            Alg::HS384 => hmac::HMAC_SHA384,
            Alg::HS512 => hmac::HMAC_SHA512,
            _ => hmac::HMAC_SHA256,
        }
    }

    fn rsa_params(self) -> &'static signature::RsaParameters {
        match self {
            Alg::RS384 => &signature::RSA_PKCS1_2048_8192_SHA384,
            Alg::RS512 => &signature::RSA_PKCS1_2048_8192_SHA512,
            Alg::PS256 => &signature::RSA_PSS_2048_8192_SHA256,
            Alg::PS384 => &signature::RSA_PSS_2048_8192_SHA384,
            Alg::PS512 => &signature::RSA_PSS_2048_8192_SHA512,
            _ => &signature::RSA_PKCS1_2048_8192_SHA256,
        }
    }

    fn ecdsa(self) -> &'static signature::EcdsaVerificationAlgorithm {
        match self {
            Alg::ES384 => &signature::ECDSA_P384_SHA384_FIXED,
            _ => &signature::ECDSA_P256_SHA256_FIXED,
        }
    }
}

impl fmt::Display for Alg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a token was rejected: the `reason` of `authorizer verify` (docs/json.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    Malformed,
    AlgNotAllowed,
    UnknownKey,
    BadSignature,
    CritUnsupported,
    TypMismatch,
    IssMismatch,
    AudMismatch,
    Expired,
    NotYetValid,
    IatInFuture,
    LifetimeTooLong,
    MissingClaim,
    ClaimMismatch,
    ScopeMissing,
}

impl Reason {
    pub const ALL: [Reason; 15] = [
        Reason::Malformed,
        Reason::AlgNotAllowed,
        Reason::UnknownKey,
        Reason::BadSignature,
        Reason::CritUnsupported,
        Reason::TypMismatch,
        Reason::IssMismatch,
        Reason::AudMismatch,
        Reason::Expired,
        Reason::NotYetValid,
        Reason::IatInFuture,
        Reason::LifetimeTooLong,
        Reason::MissingClaim,
        Reason::ClaimMismatch,
        Reason::ScopeMissing,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Reason::Malformed => "malformed",
            Reason::AlgNotAllowed => "alg-not-allowed",
            Reason::UnknownKey => "unknown-key",
            Reason::BadSignature => "bad-signature",
            Reason::CritUnsupported => "crit-unsupported",
            Reason::TypMismatch => "typ-mismatch",
            Reason::IssMismatch => "iss-mismatch",
            Reason::AudMismatch => "aud-mismatch",
            Reason::Expired => "expired",
            Reason::NotYetValid => "not-yet-valid",
            Reason::IatInFuture => "iat-in-future",
            Reason::LifetimeTooLong => "lifetime-too-long",
            Reason::MissingClaim => "missing-claim",
            Reason::ClaimMismatch => "claim-mismatch",
            Reason::ScopeMissing => "scope-missing",
        }
    }
}

/// A rejection: the reason code and one line saying what was wrong. The line never holds the
/// token or its signature; claim values appear only once the signature verified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rejection {
    pub reason: Reason,
    pub message: String,
}

fn reject<T>(reason: Reason, message: impl Into<String>) -> Result<T, Rejection> {
    Err(Rejection {
        reason,
        message: message.into(),
    })
}

/// What an authorizer demands of a token beyond its signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    pub iss: String,
    pub audiences: Vec<String>,
    /// The allowlist; never empty, never `none`.
    pub algs: Vec<Alg>,
    /// Seconds of clock skew forgiven by every time check.
    pub leeway: i64,
    pub typ: Option<String>,
    pub require_scopes: Vec<String>,
    pub require_claims: Vec<(String, String)>,
    pub max_lifetime: Option<i64>,
}

pub const DEFAULT_LEEWAY: i64 = 60;
pub const MAX_LEEWAY: i64 = 300;

/// Verifies `token` against `keys` and `policy` at `now`; the claims when it is valid.
pub fn verify(
    token: &str,
    keys: &KeySet,
    policy: &Policy,
    now: Timestamp,
) -> Result<Map<String, Value>, Rejection> {
    let mut parts = token.split('.');
    let (Some(h64), Some(p64), Some(s64), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return reject(
            Reason::Malformed,
            "a JWT is three base64url parts separated by dots",
        );
    };
    let header = json_object(h64, "header")?;
    let alg = judge_header(&header, policy)?;
    let kid = match header.get("kid") {
        None => None,
        Some(Value::String(k)) => Some(k.as_str()),
        Some(_) => return reject(Reason::Malformed, "the header's kid is not a string"),
    };
    let sig = URL_SAFE_NO_PAD.decode(s64).map_err(|_| Rejection {
        reason: Reason::Malformed,
        message: "the signature is not base64url".into(),
    })?;
    let input = &token.as_bytes()[..h64.len() + 1 + p64.len()];
    check_signature(keys, alg, kid, input, &sig)?;
    let claims = json_object(p64, "payload")?;
    judge_claims(&claims, policy, now)?;
    Ok(claims)
}

fn json_object(part: &str, what: &str) -> Result<Map<String, Value>, Rejection> {
    let bytes = URL_SAFE_NO_PAD.decode(part).map_err(|_| Rejection {
        reason: Reason::Malformed,
        message: format!("the {what} is not base64url"),
    })?;
    match serde_json::from_slice(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        _ => reject(
            Reason::Malformed,
            format!("the {what} is not a JSON object"),
        ),
    }
}

/// Shows a header value in a message: escaped and short (it is attacker-chosen).
fn shown(s: &str) -> String {
    let mut out: String = escape(s).chars().take(40).collect();
    if s.chars().count() > 40 {
        out.push('…');
    }
    out
}

fn judge_header(header: &Map<String, Value>, policy: &Policy) -> Result<Alg, Rejection> {
    let Some(Value::String(name)) = header.get("alg") else {
        return reject(Reason::Malformed, "the header has no alg string");
    };
    if name.eq_ignore_ascii_case("none") {
        return reject(
            Reason::AlgNotAllowed,
            "alg 'none' (an unsigned token) is never accepted",
        );
    }
    let alg = match Alg::parse(name) {
        Some(a) if policy.algs.contains(&a) => a,
        _ => {
            return reject(
                Reason::AlgNotAllowed,
                format!(
                    "alg '{}' is not allowed (allowed: {})",
                    shown(name),
                    policy
                        .algs
                        .iter()
                        .map(|a| a.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    };
    if header.contains_key("crit") {
        return reject(
            Reason::CritUnsupported,
            "the header has crit: authz understands no critical extension, so it must refuse it",
        );
    }
    if let Some(want) = &policy.typ {
        let got = header.get("typ").and_then(Value::as_str);
        if !got.is_some_and(|g| same_typ(g, want)) {
            return reject(
                Reason::TypMismatch,
                format!(
                    "typ is {}, not '{}'",
                    got.map_or("absent".into(), |g| format!("'{}'", shown(g))),
                    escape(want)
                ),
            );
        }
    }
    Ok(alg)
}

/// RFC 7515 §4.1.9: media types compare case-insensitively and `application/` may be omitted.
pub fn same_typ(a: &str, b: &str) -> bool {
    fn bare(t: &str) -> String {
        let t = t.to_ascii_lowercase();
        match t.strip_prefix("application/") {
            Some(rest) => rest.to_string(),
            None => t,
        }
    }
    bare(a) == bare(b)
}

fn check_signature(
    keys: &KeySet,
    alg: Alg,
    kid: Option<&str>,
    input: &[u8],
    sig: &[u8],
) -> Result<(), Rejection> {
    let usable = keys.keys.iter().filter(|k| k.verifies);
    let candidates: Vec<&Key> = match kid {
        Some(kid) => {
            let named: Vec<&Key> = usable.filter(|k| k.kid.as_deref() == Some(kid)).collect();
            if named.is_empty() {
                return reject(
                    Reason::UnknownKey,
                    format!("no configured key has kid '{}'", shown(kid)),
                );
            }
            let fitting: Vec<&Key> = named.iter().copied().filter(|k| k.fits(alg)).collect();
            if fitting.is_empty() {
                return reject(
                    Reason::AlgNotAllowed,
                    format!(
                        "alg {alg} does not match the key '{}' ({})",
                        shown(kid),
                        key_kind(named[0])
                    ),
                );
            }
            fitting
        }
        None => usable.filter(|k| k.without_kid && k.fits(alg)).collect(),
    };
    if candidates.is_empty() {
        return reject(
            Reason::UnknownKey,
            format!("no configured key fits alg {alg} (the token names no kid)"),
        );
    }
    if candidates.iter().any(|k| k.verify(alg, input, sig)) {
        Ok(())
    } else {
        reject(Reason::BadSignature, "the signature does not verify")
    }
}

fn key_kind(k: &Key) -> String {
    let family = match k.family {
        Family::Oct => "an HMAC secret",
        Family::Rsa => "an RSA key",
        Family::P256 => "an EC P-256 key",
        Family::P384 => "an EC P-384 key",
        Family::Ed25519 => "an Ed25519 key",
    };
    match k.alg {
        Some(a) => format!("{family} bound to {a}"),
        None => family.to_string(),
    }
}

/// A NumericDate (RFC 7519 §2): any JSON number.
fn numeric(claims: &Map<String, Value>, name: &str) -> Option<Result<f64, ()>> {
    claims.get(name).map(|v| v.as_f64().ok_or(()))
}

fn judge_claims(
    claims: &Map<String, Value>,
    policy: &Policy,
    now: Timestamp,
) -> Result<(), Rejection> {
    match claims.get("iss") {
        Some(Value::String(iss)) if *iss == policy.iss => {}
        Some(Value::String(iss)) => {
            return reject(
                Reason::IssMismatch,
                format!("iss is '{}', not '{}'", shown(iss), escape(&policy.iss)),
            );
        }
        Some(_) => return reject(Reason::IssMismatch, "iss is not a single string"),
        None => return reject(Reason::IssMismatch, "the token has no iss"),
    }
    let aud: Vec<&str> = match claims.get("aud") {
        Some(Value::String(a)) => vec![a.as_str()],
        Some(Value::Array(list)) => {
            let strings: Option<Vec<&str>> = list.iter().map(Value::as_str).collect();
            strings.ok_or_else(|| Rejection {
                reason: Reason::AudMismatch,
                message: "aud holds something other than strings".into(),
            })?
        }
        Some(_) => return reject(Reason::AudMismatch, "aud is neither a string nor an array"),
        None => return reject(Reason::AudMismatch, "the token has no aud"),
    };
    if !aud.iter().any(|a| policy.audiences.iter().any(|p| p == a)) {
        return reject(
            Reason::AudMismatch,
            format!(
                "the token is meant for {}, not for {}",
                aud.iter()
                    .map(|a| format!("'{}'", shown(a)))
                    .collect::<Vec<_>>()
                    .join(", "),
                policy.audiences.join(", ")
            ),
        );
    }
    let now = now as f64;
    let leeway = policy.leeway as f64;
    let exp = match numeric(claims, "exp") {
        Some(Ok(exp)) => exp,
        Some(Err(())) => return reject(Reason::Expired, "exp is not a number"),
        None => return reject(Reason::Expired, "the token has no exp"),
    };
    if now >= exp + leeway {
        return reject(
            Reason::Expired,
            format!("it expired {}s ago", (now - exp) as i64),
        );
    }
    match numeric(claims, "nbf") {
        Some(Err(())) => return reject(Reason::NotYetValid, "nbf is not a number"),
        Some(Ok(nbf)) if now + leeway < nbf => {
            return reject(
                Reason::NotYetValid,
                format!("it is valid only in {}s", (nbf - now) as i64),
            );
        }
        _ => {}
    }
    let iat = match numeric(claims, "iat") {
        Some(Err(())) => return reject(Reason::IatInFuture, "iat is not a number"),
        Some(Ok(iat)) if iat > now + leeway => {
            return reject(
                Reason::IatInFuture,
                format!("it claims to be issued {}s from now", (iat - now) as i64),
            );
        }
        other => other.map(|r| r.unwrap_or_default()),
    };
    if let Some(max) = policy.max_lifetime {
        let Some(iat) = iat else {
            return reject(
                Reason::LifetimeTooLong,
                format!("the token has no iat, so its lifetime cannot be held to {max}s"),
            );
        };
        if exp - iat > max as f64 + leeway {
            return reject(
                Reason::LifetimeTooLong,
                format!(
                    "it lives {}s (exp - iat), more than {max}s",
                    (exp - iat) as i64
                ),
            );
        }
    }
    for (name, want) in &policy.require_claims {
        match claims.get(name) {
            None => {
                return reject(
                    Reason::MissingClaim,
                    format!("the token has no {}", escape(name)),
                );
            }
            Some(v) if !claim_matches(v, want) => {
                return reject(
                    Reason::ClaimMismatch,
                    format!("{} is not '{}'", escape(name), escape(want)),
                );
            }
            Some(_) => {}
        }
    }
    if !policy.require_scopes.is_empty() {
        let granted = scopes(claims);
        let missing: Vec<&str> = policy
            .require_scopes
            .iter()
            .map(String::as_str)
            .filter(|s| !granted.contains(s))
            .collect();
        if !missing.is_empty() {
            return reject(
                Reason::ScopeMissing,
                format!("scope {} not granted", missing.join(", ")),
            );
        }
    }
    Ok(())
}

/// `--require-claim K=V`: a string claim equal to V, an array holding the string V, or a
/// number or boolean whose JSON text is V.
fn claim_matches(v: &Value, want: &str) -> bool {
    match v {
        Value::String(s) => s == want,
        Value::Array(items) => items.iter().any(|i| i.as_str() == Some(want)),
        Value::Number(_) | Value::Bool(_) => {
            serde_json::from_str::<Value>(want).is_ok_and(|w| w == *v)
        }
        _ => false,
    }
}

/// Granted scopes: `scope` (RFC 8693, space-separated) and `scp` (a string or an array).
fn scopes(claims: &Map<String, Value>) -> Vec<&str> {
    let mut out = Vec::new();
    for name in ["scope", "scp"] {
        match claims.get(name) {
            Some(Value::String(s)) => out.extend(s.split(' ').filter(|s| !s.is_empty())),
            Some(Value::Array(items)) => out.extend(items.iter().filter_map(Value::as_str)),
            _ => {}
        }
    }
    out
}
