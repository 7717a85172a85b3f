//! The ID token checks a relying party owes (OpenID RP conformance: rp-id_token-issuer-mismatch,
//! rp-id_token-aud, rp-userinfo-bad-sub-claim).

use crate::error::{Error, Result, escape};
use base64::Engine;
use serde::Deserialize;

#[derive(Deserialize)]
struct Claims {
    iss: String,
    aud: Audience,
    sub: String,
    azp: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
}

/// Checks `iss`, `aud` (and `azp`) and that `sub` is the userinfo's.
///
/// The signature is deliberately not verified: OpenID Connect Core 1.0 §3.1.3.7 (6) lets a client
/// rely on TLS server validation instead when, as here, the ID token came directly from the token
/// endpoint over a verified TLS connection in answer to our own code exchange. Identity itself
/// comes from the userinfo endpoint; the ID token only has to agree with it.
pub fn check(id_token: &str, issuer: &str, client_id: &str, userinfo_sub: &str) -> Result<()> {
    let bad = |why: &str| {
        Error::provider(format!("the provider's ID token is not valid: {why}"))
            .hint("nothing was stored; the provider or something between us and it is misbehaving")
    };
    let payload = id_token.split('.').nth(1).ok_or_else(|| bad("not a JWT"))?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| bad("its payload is not base64url"))?;
    let claims: Claims =
        serde_json::from_slice(&bytes).map_err(|_| bad("its claims are not the expected JSON"))?;
    if claims.iss != issuer {
        return Err(bad(&format!(
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
        return Err(bad(&format!(
            "it is meant for {}, not for client '{}'",
            escape(&audience.join(", ")),
            escape(client_id)
        )));
    }
    if let Some(azp) = &claims.azp
        && azp != client_id
    {
        return Err(bad(&format!(
            "its authorized party is '{}', not '{}'",
            escape(azp),
            escape(client_id)
        )));
    }
    if claims.sub != userinfo_sub {
        return Err(bad(&format!(
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
}
