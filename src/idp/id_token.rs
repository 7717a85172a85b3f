//! The ID token checks a relying party owes (OpenID RP conformance: rp-id_token-issuer-mismatch,
//! rp-id_token-aud, rp-userinfo-bad-sub-claim).

use crate::error::{Error, Result, escape};
use crate::sensitive::constant_time_eq;
use base64::Engine;
use serde::Deserialize;

#[derive(Deserialize)]
struct Claims {
    iss: String,
    aud: Audience,
    sub: String,
    azp: Option<String>,
}

/// The `nonce` claim alone (OpenID Connect Core 1.0 §3.1.3.7 (11)).
#[derive(Deserialize)]
struct NonceClaim {
    nonce: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
}

fn invalid(why: &str) -> Error {
    Error::provider(format!("the provider's ID token is not valid: {why}"))
        .hint("nothing was stored; the provider or something between us and it is misbehaving")
}

/// The claims of a JWT, unverified (see `check` for why that is enough here).
fn payload<T: serde::de::DeserializeOwned>(id_token: &str) -> Result<T> {
    let payload = id_token
        .split('.')
        .nth(1)
        .ok_or_else(|| invalid("not a JWT"))?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| invalid("its payload is not base64url"))?;
    serde_json::from_slice(&bytes).map_err(|_| invalid("its claims are not the expected JSON"))
}

/// Checks that the ID token carries the `nonce` this login sent: OpenID Connect Core 1.0
/// §3.1.3.7 (11) requires it once a nonce was sent, missing or different alike. Neither value is
/// ever printed: the nonce is as secret as `state`.
pub fn check_nonce(id_token: &str, sent: &str) -> Result<()> {
    let claims: NonceClaim = payload(id_token)?;
    match claims.nonce {
        None => Err(invalid("it carries no nonce, though this login sent one")),
        Some(n) if constant_time_eq(n.as_bytes(), sent.as_bytes()) => Ok(()),
        Some(_) => Err(invalid("its nonce is not the one this login sent")),
    }
}

/// Checks `iss`, `aud` (and `azp`) and that `sub` is the userinfo's.
///
/// The signature is deliberately not verified: OpenID Connect Core 1.0 §3.1.3.7 (6) lets a client
/// rely on TLS server validation instead when, as here, the ID token came directly from the token
/// endpoint over a verified TLS connection in answer to our own code exchange. Identity itself
/// comes from the userinfo endpoint; the ID token only has to agree with it.
pub fn check(id_token: &str, issuer: &str, client_id: &str, userinfo_sub: &str) -> Result<()> {
    let claims: Claims = payload(id_token)?;
    if claims.iss != issuer {
        return Err(invalid(&format!(
            "it was issued by '{}', not by '{}'",
            escape(&claims.iss),
            escape(issuer)
        )));
    }
    let audience = match &claims.aud {
        Audience::One(a) => vec![a.as_str()],
        Audience::Many(v) => v.iter().map(String::as_str).collect(),
    };
    if !audience.contains(&client_id) {
        return Err(invalid(&format!(
            "it is meant for {}, not for client '{}'",
            escape(&audience.join(", ")),
            escape(client_id)
        )));
    }
    if let Some(azp) = &claims.azp
        && azp != client_id
    {
        return Err(invalid(&format!(
            "its authorized party is '{}', not '{}'",
            escape(azp),
            escape(client_id)
        )));
    }
    if claims.sub != userinfo_sub {
        return Err(invalid(&format!(
            "its subject '{}' differs from the userinfo subject '{}'",
            escape(&claims.sub),
            escape(userinfo_sub)
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jwt(claims: serde_json::Value) -> String {
        let enc = |v: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
        format!(
            "{}.{}.sig",
            enc(br#"{"alg":"RS256"}"#),
            enc(claims.to_string().as_bytes())
        )
    }

    #[test]
    fn a_matching_id_token_passes() {
        let t = jwt(serde_json::json!({"iss": "https://idp", "aud": "cli", "sub": "alice"}));
        check(&t, "https://idp", "cli", "alice").unwrap();
        let t = jwt(
            serde_json::json!({"iss": "https://idp", "aud": ["x", "cli"], "azp": "cli", "sub": "alice"}),
        );
        check(&t, "https://idp", "cli", "alice").unwrap();
    }

    #[test]
    fn issuer_audience_and_subject_must_match() {
        let cases = [
            (
                serde_json::json!({"iss": "https://evil", "aud": "cli", "sub": "alice"}),
                "issued by",
            ),
            (
                serde_json::json!({"iss": "https://idp", "aud": "other", "sub": "alice"}),
                "meant for",
            ),
            (
                serde_json::json!({"iss": "https://idp", "aud": ["cli"], "azp": "other", "sub": "alice"}),
                "authorized party",
            ),
            (
                serde_json::json!({"iss": "https://idp", "aud": "cli", "sub": "mallory"}),
                "subject",
            ),
        ];
        for (claims, why) in cases {
            let err = check(&jwt(claims), "https://idp", "cli", "alice").unwrap_err();
            assert_eq!(err.code(), 5);
            assert!(err.message.contains(why), "{}", err.message);
        }
        assert!(check("garbage", "https://idp", "cli", "alice").is_err());
    }

    #[test]
    fn the_nonce_must_be_the_one_sent_and_is_never_shown() {
        let with = |n: serde_json::Value| {
            jwt(serde_json::json!({"iss": "https://idp", "aud": "cli", "sub": "alice", "nonce": n}))
        };
        check_nonce(&with("n0nce".into()), "n0nce").unwrap();
        let missing = jwt(serde_json::json!({"iss": "https://idp", "aud": "cli", "sub": "alice"}));
        for (t, why) in [
            (with("other".into()), "not the one"),
            (with(serde_json::Value::Null), "no nonce"),
            (missing, "no nonce"),
        ] {
            let err = check_nonce(&t, "n0nce").unwrap_err();
            assert_eq!(err.code(), 5);
            assert!(err.message.contains(why), "{}", err.message);
            assert!(!err.message.contains("n0nce") && !err.message.contains("other"));
        }
    }
}
