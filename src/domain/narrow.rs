//! Per-workflow tokens (issue 20): what a workflow's access token must hold (`Needs`), the key
//! its narrowed token is cached under, and how to judge what the provider granted (`judge`).
//! Pure; no I/O.
//!
//! A refresh may ask for less than the grant (RFC 6749 §6: the new access token is limited to
//! the scope asked, the grant is unchanged) and for a token meant for one API (RFC 8707: the
//! `resource` parameter). A provider may ignore either; only what it says it granted (the
//! token response's `scope`, a JWT access token's `scope` and `aud`) tells.

use super::{Scopes, Timestamp};
use serde::Serialize;

/// How many narrowed access tokens one authorization keeps cached; the least recently
/// refreshed one goes when another would exceed it. Sixteen distinct (scope set, resource)
/// pairs per authorization is far more than the workflows of one person usually need; each is
/// one secret entry of about a kilobyte.
pub const MAX_CACHED: usize = 16;

/// What one workflow's token must hold: its required scopes and, if it names one, the API the
/// token is meant for (RFC 8707 resource indicator).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Needs {
    pub scopes: Scopes,
    pub resource: Option<String>,
}

impl Needs {
    /// The cache key of a token for these needs: two workflows with the same scopes and
    /// resource share one token. A digest, so it is a safe keyring name and OpenBao path
    /// segment whatever the scope names hold.
    pub fn key(&self) -> String {
        let text = format!(
            "{}\n{}",
            self.scopes.to_text(),
            self.resource.as_deref().unwrap_or("")
        );
        let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, text.as_bytes());
        digest.as_ref()[..12]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// How a workflow's token is obtained: for which API (`resource`), and whether a token the
/// provider did not confirm as narrowed is refused (`strict`) rather than used with a warning.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TokenPolicy {
    pub resource: Option<String>,
    pub strict: bool,
}

/// Checks a resource indicator as RFC 8707 §2 wants it: an absolute URI without a fragment.
pub fn check_resource(uri: &str) -> std::result::Result<String, String> {
    let bad = |why: &str| {
        format!(
            "'{}' is not a resource indicator: {why}",
            crate::error::escape(uri)
        )
    };
    if uri.len() > 2048 || uri.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad("it must be one URI without spaces"));
    }
    let parsed = url::Url::parse(uri).map_err(|_| bad("it must be an absolute URI"))?;
    if parsed.fragment().is_some() || uri.contains('#') {
        return Err(bad("it must not have a fragment (#...)"));
    }
    Ok(uri.to_owned())
}

/// What became of asking for a narrower token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Narrowing {
    /// The provider says it granted no more than asked (and, for a JWT, the audience asked).
    Narrowed,
    /// The provider did not say what it granted (no `scope` in the answer, an opaque token):
    /// RFC 6749 §5.1 reads that as "as asked", which cannot be checked.
    Unconfirmed,
    /// The provider granted more than asked, or another audience: it ignored the narrowing.
    Ignored,
    /// The provider refused the narrowing (`invalid_scope`, `invalid_target`), or authz did not
    /// ask, knowing it would be refused (a resource the login did not ask for).
    Refused,
}

impl Narrowing {
    pub fn as_str(self) -> &'static str {
        match self {
            Narrowing::Narrowed => "narrowed",
            Narrowing::Unconfirmed => "unconfirmed",
            Narrowing::Ignored => "ignored",
            Narrowing::Refused => "refused",
        }
    }

    pub fn parse(text: &str) -> Option<Narrowing> {
        [
            Narrowing::Narrowed,
            Narrowing::Unconfirmed,
            Narrowing::Ignored,
            Narrowing::Refused,
        ]
        .into_iter()
        .find(|n| n.as_str() == text)
    }

    /// Whether a workflow that asked `--strict-scopes` may use the token: only when the provider
    /// confirmed the narrowing.
    pub fn strict_ok(self) -> bool {
        self == Narrowing::Narrowed
    }
}

/// What a JWT access token says of itself (`scope`, `aud`), read without checking its
/// signature: authz is the token's holder, not its audience, and only compares what the
/// provider (over verified TLS) claims to have granted with what was asked.
#[derive(Debug, Default, PartialEq)]
pub struct Claims {
    pub scope: Option<Scopes>,
    pub aud: Vec<String>,
}

/// The claims of `token` when it is a JWT with a JSON payload; `None` for an opaque token.
pub fn token_claims(token: &str) -> Option<Claims> {
    use base64::Engine;
    let mut parts = token.split('.');
    let (_, payload, _) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    let object = value.as_object()?;
    let scope = object.get("scope").and_then(|s| match s {
        serde_json::Value::String(s) => Some(Scopes::parse(s)),
        serde_json::Value::Array(a) => Some(Scopes::from_list(
            &a.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>(),
        )),
        _ => None,
    });
    let aud = match object.get("aud") {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    };
    Some(Claims { scope, aud })
}

/// Judges a narrowing refresh's answer: the `scope` of the token response and the access
/// token's own claims against what was asked. Returns the verdict and the scopes granted, when
/// the provider said (the response first, then a JWT's `scope`).
pub fn judge(
    asked: &Needs,
    response_scope: Option<&Scopes>,
    claims: Option<&Claims>,
) -> (Narrowing, Option<Scopes>) {
    let granted = response_scope
        .cloned()
        .or_else(|| claims.and_then(|c| c.scope.clone()));
    let more_than_asked = |g: &Scopes| g.iter().any(|s| !asked.scopes.contains(s));
    let scope_wider = granted.as_ref().is_some_and(more_than_asked)
        || claims
            .and_then(|c| c.scope.as_ref())
            .is_some_and(more_than_asked);
    // A JWT naming its audience: it must be the resource asked for (or include it, with no
    // other API), when one was asked.
    let audience_wrong = match (&asked.resource, claims) {
        (Some(r), Some(c)) if !c.aud.is_empty() => !c.aud.iter().all(|a| a == r),
        _ => false,
    };
    let verdict = if scope_wider || audience_wrong {
        Narrowing::Ignored
    } else if granted.is_some() {
        Narrowing::Narrowed
    } else {
        Narrowing::Unconfirmed
    };
    (verdict, granted)
}

/// One cached narrowed access token, as the store records it (never the token itself: that is
/// in the secret backend, under the authorization's id and `key`).
#[derive(Clone, Debug, PartialEq)]
pub struct CachedToken {
    /// `Needs::key` of `scopes` and `resource`.
    pub key: String,
    /// The scopes asked for.
    pub scopes: Scopes,
    pub resource: Option<String>,
    /// What the provider said it granted (`None`: it did not say).
    pub granted: Option<Scopes>,
    pub narrowing: Narrowing,
    /// When the token expires (unix seconds); `None` when the provider did not say.
    pub expires: Option<Timestamp>,
    /// When it was obtained.
    pub refreshed: Timestamp,
}

impl CachedToken {
    pub fn needs(&self) -> Needs {
        Needs {
            scopes: self.scopes.clone(),
            resource: self.resource.clone(),
        }
    }

    /// The scopes this token holds beyond `required`: what the provider granted (or, when the
    /// narrowing was refused or ignored and it did not say, `full`, the authorization's own).
    pub fn excess(&self, required: &Scopes, full: &Scopes) -> Vec<String> {
        let held = match (&self.granted, self.narrowing) {
            (Some(g), _) => g,
            (None, Narrowing::Refused | Narrowing::Ignored) => full,
            (None, _) => &self.scopes,
        };
        held.iter()
            .filter(|s| !required.contains(s))
            .map(str::to_owned)
            .collect()
    }
}

/// The keys to evict so that `cached` (plus one new entry under `adding`) keeps at most
/// `MAX_CACHED`: the least recently refreshed first. `adding` itself is never evicted.
pub fn evict(cached: &[CachedToken], adding: &str) -> Vec<String> {
    let mut others: Vec<&CachedToken> = cached.iter().filter(|c| c.key != adding).collect();
    let keep = MAX_CACHED - 1;
    if others.len() <= keep {
        return Vec::new();
    }
    others.sort_by(|a, b| (a.refreshed, &a.key).cmp(&(b.refreshed, &b.key)));
    others[..others.len() - keep]
        .iter()
        .map(|c| c.key.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    fn needs(scopes: &str, resource: Option<&str>) -> Needs {
        Needs {
            scopes: Scopes::parse(scopes),
            resource: resource.map(str::to_owned),
        }
    }

    fn jwt(payload: serde_json::Value) -> String {
        let enc = |v: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
        format!(
            "{}.{}.sig",
            enc(br#"{"alg":"RS256"}"#),
            enc(payload.to_string().as_bytes())
        )
    }

    #[test]
    fn keys_depend_on_scopes_and_resource_only() {
        let a = needs("b a", None);
        assert_eq!(a.key(), needs("a b", None).key());
        assert_ne!(a.key(), needs("a", None).key());
        assert_ne!(a.key(), needs("a b", Some("https://api")).key());
        assert_eq!(a.key().len(), 24);
    }

    #[test]
    fn resources_must_be_absolute_uris_without_fragments() {
        assert!(check_resource("https://api.example.com/v1").is_ok());
        assert!(check_resource("urn:example:api").is_ok());
        for bad in [
            "/relative",
            "api.example.com",
            "https://a/#frag",
            "https://a b",
            "",
        ] {
            assert!(check_resource(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_provider_granting_what_was_asked_narrowed() {
        let asked = needs("workflows:read", None);
        let (v, g) = judge(&asked, Some(&Scopes::parse("workflows:read")), None);
        assert_eq!(
            (v, g.unwrap().to_text()),
            (Narrowing::Narrowed, "workflows:read".into())
        );
    }

    #[test]
    fn a_provider_granting_more_ignored_the_narrowing() {
        let asked = needs("workflows:read", None);
        let wide = Scopes::parse("workflows:read workflows:write");
        assert_eq!(judge(&asked, Some(&wide), None).0, Narrowing::Ignored);
        // The answer says nothing, the JWT says more.
        let c = token_claims(&jwt(serde_json::json!({"scope": "workflows:read admin"})));
        assert_eq!(judge(&asked, None, c.as_ref()).0, Narrowing::Ignored);
    }

    #[test]
    fn a_jwt_for_another_audience_ignored_the_resource() {
        let asked = needs("workflows:read", Some("https://api.one"));
        let c = token_claims(&jwt(
            serde_json::json!({"scope": "workflows:read", "aud": ["https://api.one", "https://api.two"]}),
        ));
        assert_eq!(judge(&asked, None, c.as_ref()).0, Narrowing::Ignored);
        let c = token_claims(&jwt(
            serde_json::json!({"scope": "workflows:read", "aud": "https://api.one"}),
        ));
        assert_eq!(judge(&asked, None, c.as_ref()).0, Narrowing::Narrowed);
    }

    #[test]
    fn silence_is_unconfirmed_and_strict_refuses_it() {
        let asked = needs("workflows:read", None);
        let (v, g) = judge(&asked, None, token_claims("opaque-token").as_ref());
        assert_eq!((v, g), (Narrowing::Unconfirmed, None));
        assert!(!v.strict_ok());
        assert!(Narrowing::Narrowed.strict_ok());
    }

    #[test]
    fn excess_is_what_the_token_holds_beyond_the_requirement() {
        let full = Scopes::parse("openid workflows:read workflows:write");
        let mut c = CachedToken {
            key: "k".into(),
            scopes: Scopes::parse("workflows:read"),
            resource: None,
            granted: Some(Scopes::parse("workflows:read workflows:write")),
            narrowing: Narrowing::Ignored,
            expires: None,
            refreshed: 0,
        };
        let req = Scopes::parse("workflows:read");
        assert_eq!(c.excess(&req, &full), vec!["workflows:write"]);
        c.granted = None;
        assert_eq!(c.excess(&req, &full), vec!["openid", "workflows:write"]);
        c.narrowing = Narrowing::Unconfirmed;
        assert!(c.excess(&req, &full).is_empty());
    }

    #[test]
    fn eviction_keeps_the_most_recently_refreshed() {
        let entry = |k: usize| CachedToken {
            key: format!("k{k:02}"),
            scopes: Scopes::parse("a"),
            resource: None,
            granted: None,
            narrowing: Narrowing::Narrowed,
            expires: None,
            refreshed: k as i64,
        };
        let full: Vec<CachedToken> = (0..MAX_CACHED).map(entry).collect();
        assert_eq!(evict(&full, "new"), vec!["k00"]);
        assert!(evict(&full, "k03").is_empty());
        assert!(evict(&full[1..], "new").is_empty());
    }
}
