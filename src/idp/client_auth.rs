//! How authz authenticates itself to the provider (RFC 6749 §2.3, OIDC Core §9, RFC 7523): the
//! method a store remembers (`Method`, no secret in it), the credential the chooser hands down
//! (`Credential`, secret), and the one function that puts it on every token-endpoint,
//! device-authorization and revocation request (`Credential::apply`).

use crate::domain::signing;
use crate::error::{Error, Result};
use crate::sensitive::Secret;
use base64::Engine;

/// What the store remembers about the client's authentication, as the RFC 8414 names say it
/// (`token_endpoint_auth_methods_supported`), plus `client_secret`: a secret, with basic or post
/// picked from the provider's metadata at each call.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Method {
    /// A public client (RFC 8252 §8.4): PKCE, no credential.
    #[default]
    None,
    /// A client secret, sent as the provider's metadata prefers (basic first, RFC 6749 §2.3.1).
    Secret,
    Basic,
    Post,
    PrivateKeyJwt,
}

impl Method {
    /// The store's word for it (`client_auth` setting); `none` is never stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::None => "none",
            Method::Secret => "client_secret",
            Method::Basic => "client_secret_basic",
            Method::Post => "client_secret_post",
            Method::PrivateKeyJwt => "private_key_jwt",
        }
    }

    pub fn parse(text: &str) -> Option<Method> {
        [
            Method::None,
            Method::Secret,
            Method::Basic,
            Method::Post,
            Method::PrivateKeyJwt,
        ]
        .into_iter()
        .find(|m| m.as_str() == text)
    }

    /// `--client-auth basic|post|private-key-jwt|none`.
    pub fn from_flag(flag: &str) -> Option<Method> {
        match flag {
            "basic" => Some(Method::Basic),
            "post" => Some(Method::Post),
            "private-key-jwt" => Some(Method::PrivateKeyJwt),
            "none" => Some(Method::None),
            _ => None,
        }
    }

    /// Whether the client needs a client secret from the secret backend.
    pub fn needs_secret(self) -> bool {
        matches!(self, Method::Secret | Method::Basic | Method::Post)
    }

    /// The method a client secret is sent with, given what an endpoint accepts (`None`: the
    /// provider does not say, and RFC 6749 §2.3.1 makes basic the one every server supports).
    /// A fixed `Basic` or `Post` is kept whatever the provider says.
    fn for_secret(self, supported: Option<&[String]>) -> Method {
        match self {
            Method::Secret => match supported {
                Some(list)
                    if !list.iter().any(|m| m == "client_secret_basic")
                        && list.iter().any(|m| m == "client_secret_post") =>
                {
                    Method::Post
                }
                _ => Method::Basic,
            },
            m => m,
        }
    }

    /// Whether an endpoint that accepts `supported` (None: not published) takes this method.
    pub fn accepted_by(self, supported: Option<&[String]>) -> bool {
        let Some(list) = supported else {
            return true;
        };
        let takes = |name: &str| list.iter().any(|m| m == name);
        match self {
            Method::None => takes("none"),
            Method::Secret => takes("client_secret_basic") || takes("client_secret_post"),
            m => takes(m.as_str()),
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The credential a call presents. Only the chooser (`app`) builds one, from the store's
/// `Method` and the secret backend; Debug shows the method only.
#[derive(Clone, Default)]
pub enum Credential {
    #[default]
    None,
    /// A client secret and how the store says to send it (`Secret`, `Basic` or `Post`).
    Secret(Method, Secret<String>),
    /// A private key (PKCS#8 PEM, from the vault) and the `kid` its public JWK is registered
    /// under.
    PrivateKeyJwt { key: Secret<Vec<u8>>, kid: String },
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.method().as_str())
    }
}

/// Where a request goes: the token endpoint (code, refresh, device poll), the device
/// authorization endpoint, or the revocation endpoint (which may list its own methods).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    Token,
    Revocation,
}

impl Credential {
    pub fn method(&self) -> Method {
        match self {
            Credential::None => Method::None,
            Credential::Secret(m, _) => *m,
            Credential::PrivateKeyJwt { .. } => Method::PrivateKeyJwt,
        }
    }

    /// Authenticates one form-encoded request as `client_id`: rewrites its `form` and returns
    /// the `Authorization` header to send, if any. `supported` is what the endpoint accepts
    /// (from the provider's metadata), `audience` the issuer (a client assertion's `aud`: the
    /// 2025 OpenID advisory on audience injection asks for the issuer identifier alone, and
    /// RFC 7523 §3 allows it).
    pub fn apply(
        &self,
        client_id: &str,
        audience: &str,
        supported: Option<&[String]>,
        form: &mut Vec<(String, String)>,
    ) -> Result<Option<String>> {
        let set = |form: &mut Vec<(String, String)>, k: &str, v: &str| {
            form.retain(|(name, _)| name != k);
            form.push((k.to_owned(), v.to_owned()));
        };
        match self {
            Credential::None => {
                set(form, "client_id", client_id);
                Ok(None)
            }
            Credential::Secret(m, secret) => match m.for_secret(supported) {
                Method::Post => {
                    set(form, "client_id", client_id);
                    set(form, "client_secret", secret.expose());
                    Ok(None)
                }
                _ => {
                    // RFC 6749 §2.3.1: each half form-encoded, then base64; the client id is
                    // in the header, so not in the body as well.
                    form.retain(|(name, _)| name != "client_id" && name != "client_secret");
                    let enc = |s: &str| {
                        url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>()
                    };
                    let pair = format!("{}:{}", enc(client_id), enc(secret.expose()));
                    Ok(Some(format!(
                        "Basic {}",
                        base64::engine::general_purpose::STANDARD.encode(pair)
                    )))
                }
            },
            Credential::PrivateKeyJwt { key, kid } => {
                let assertion = assertion(key, kid, client_id, audience)?;
                set(form, "client_id", client_id);
                set(
                    form,
                    "client_assertion_type",
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                );
                set(form, "client_assertion", assertion.expose());
                Ok(None)
            }
        }
    }
}

/// How long a client assertion lives: long enough for one request, short enough that a copy
/// is worthless (RFC 7523 §3: a short `exp`; the provider also refuses a repeated `jti`).
const ASSERTION_TTL: i64 = 60;

/// A client assertion (RFC 7523 §2.2, OIDC Core §9 `private_key_jwt`): `iss` = `sub` = the
/// client id, `aud` the issuer, a fresh `jti`, `exp` a minute from now. Read from the clock at
/// the moment of sending: a device login may poll for minutes with one credential.
fn assertion(
    key: &Secret<Vec<u8>>,
    kid: &str,
    client_id: &str,
    audience: &str,
) -> Result<Secret<String>> {
    let public = signing::public_key(key.expose())?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let header = serde_json::json!({ "alg": public.alg, "kid": kid, "typ": "JWT" });
    let claims = serde_json::json!({
        "iss": client_id,
        "sub": client_id,
        "aud": audience,
        "jti": crate::random::base32_id(),
        "iat": now,
        "exp": now + ASSERTION_TTL,
    });
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    let input = format!(
        "{}.{}",
        b64(&serde_json::to_vec(&header)?),
        b64(&serde_json::to_vec(&claims)?)
    );
    let sig = signing::sign(key.expose(), input.as_bytes())?;
    Ok(Secret::new(format!("{input}.{}", b64(&sig))))
}

/// A client secret file: the secret alone (one line), or a client JSON as Google's console
/// downloads it (`{"installed": {"client_id": ..., "client_secret": ...}}`, or `web`). Returns
/// the client id the file names, if any, and the secret.
pub fn read_secret_file(text: &str, source: &str) -> Result<(Option<String>, Secret<String>)> {
    let bad = |why: &str| {
        Error::usage(format!("{source}: {why}")).hint(
            "give a file holding the client secret alone, or the client JSON the provider's console downloads (installed.client_id, installed.client_secret)",
        )
    };
    let trimmed = text.trim();
    if trimmed.starts_with('{') {
        let doc: serde_json::Value = serde_json::from_str(trimmed).map_err(|e| {
            bad(&format!(
                "not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            ))
        })?;
        let client = ["installed", "web"]
            .iter()
            .find_map(|k| doc.get(*k))
            .unwrap_or(&doc);
        let secret = client["client_secret"].as_str().ok_or_else(|| {
            bad("the JSON has no client_secret (looked in installed, web and the top level)")
        })?;
        let id = client["client_id"].as_str().map(str::to_owned);
        return Ok((id, checked(secret).map_err(bad)?));
    }
    let mut lines = trimmed.lines();
    let secret = lines.next().unwrap_or_default();
    if lines.next().is_some() {
        return Err(bad("more than one line: a client secret is one line"));
    }
    Ok((None, checked(secret).map_err(bad)?))
}

fn checked(secret: &str) -> std::result::Result<Secret<String>, &'static str> {
    if secret.is_empty() {
        return Err("the client secret is empty");
    }
    if secret.chars().any(char::is_control) {
        return Err("the client secret has control characters");
    }
    if secret.len() > 4096 {
        return Err("the client secret is longer than 4096 bytes");
    }
    Ok(Secret::new(secret.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(
        c: &Credential,
        supported: Option<&[String]>,
    ) -> (Vec<(String, String)>, Option<String>) {
        let mut f = vec![
            ("grant_type".to_owned(), "refresh_token".to_owned()),
            ("client_id".to_owned(), "cli".to_owned()),
        ];
        let h = c.apply("cli id", "https://idp", supported, &mut f).unwrap();
        (f, h)
    }

    #[test]
    fn basic_is_the_default_and_encodes_each_half_before_base64() {
        let c = Credential::Secret(Method::Secret, Secret::new("s3:cr+t".into()));
        let (f, h) = form(&c, None);
        assert!(
            f.iter()
                .all(|(k, _)| k != "client_id" && k != "client_secret"),
            "{f:?}"
        );
        let b = h.unwrap();
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(b.strip_prefix("Basic ").unwrap())
            .unwrap();
        assert_eq!(String::from_utf8(decoded).unwrap(), "cli+id:s3%3Acr%2Bt");
    }

    #[test]
    fn post_is_picked_only_when_the_provider_lists_post_and_not_basic() {
        let c = Credential::Secret(Method::Secret, Secret::new("s".into()));
        let post_only = vec!["client_secret_post".to_owned(), "none".to_owned()];
        let (f, h) = form(&c, Some(&post_only));
        assert!(h.is_none());
        assert!(f.contains(&("client_secret".into(), "s".into())), "{f:?}");
        assert!(f.contains(&("client_id".into(), "cli id".into())), "{f:?}");
        let both = vec![
            "client_secret_post".to_owned(),
            "client_secret_basic".to_owned(),
        ];
        assert!(form(&c, Some(&both)).1.is_some());
        // A method the user fixed is kept.
        let fixed = Credential::Secret(Method::Post, Secret::new("s".into()));
        assert!(form(&fixed, Some(&both)).1.is_none());
    }

    #[test]
    fn a_client_assertion_names_the_client_the_issuer_and_a_fresh_jti() {
        let key = Secret::new(signing::generate("ES256").unwrap());
        let c = Credential::PrivateKeyJwt {
            key,
            kid: "k-v1".into(),
        };
        let jti = |f: &[(String, String)]| {
            let a = &f.iter().find(|(k, _)| k == "client_assertion").unwrap().1;
            let payload = a.split('.').nth(1).unwrap();
            let claims: serde_json::Value = serde_json::from_slice(
                &base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .decode(payload)
                    .unwrap(),
            )
            .unwrap();
            assert_eq!(claims["iss"], "cli id");
            assert_eq!(claims["sub"], "cli id");
            assert_eq!(claims["aud"], "https://idp");
            assert_eq!(
                claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
                ASSERTION_TTL
            );
            claims["jti"].as_str().unwrap().to_owned()
        };
        let (a, _) = form(&c, None);
        let (b, _) = form(&c, None);
        assert_ne!(jti(&a), jti(&b));
    }

    #[test]
    fn secret_files_are_a_line_or_a_downloaded_client_json() {
        let (id, s) = read_secret_file("hunter2\n", "f").unwrap();
        assert_eq!((id, s.expose().as_str()), (None, "hunter2"));
        let google = r#"{"installed":{"client_id":"123.apps.googleusercontent.com","client_secret":"GOCSPX-x","redirect_uris":["http://localhost"]}}"#;
        let (id, s) = read_secret_file(google, "f").unwrap();
        assert_eq!(id.as_deref(), Some("123.apps.googleusercontent.com"));
        assert_eq!(s.expose(), "GOCSPX-x");
        for bad in ["", "\n", "a\nb", "{\"installed\":{}}", "{nope"] {
            let e = read_secret_file(bad, "f").unwrap_err();
            assert_eq!(e.code(), 2, "{bad}");
            assert!(!e.message.contains("GOCSPX"), "{}", e.message);
        }
    }

    #[test]
    fn methods_round_trip_and_say_what_an_endpoint_accepts() {
        for m in [
            Method::None,
            Method::Secret,
            Method::Basic,
            Method::Post,
            Method::PrivateKeyJwt,
        ] {
            assert_eq!(Method::parse(m.as_str()), Some(m));
        }
        let basic = vec!["client_secret_basic".to_owned()];
        assert!(!Method::None.accepted_by(Some(&basic)));
        assert!(Method::Secret.accepted_by(Some(&basic)));
        assert!(!Method::PrivateKeyJwt.accepted_by(Some(&basic)));
        assert!(Method::None.accepted_by(None));
    }
}
