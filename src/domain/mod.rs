//! Pure rules and types: authorizations, workflows, scope coverage, token state. No I/O.

pub mod audit;
pub mod authorizer;
pub mod credential;
pub mod jwt;
pub mod mask;
pub mod narrow;
mod scopes;
pub mod signing;
mod time;
pub mod vault;

pub use scopes::{Scopes, missing_scopes};
pub use time::{Timestamp, format_ts, parse_ts};

use crate::error::{Error, Result};
use serde::Serialize;

/// Lifecycle of an authorization. Stored as its kebab-case name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Usable: tokens are in the keyring and the provider accepted them last time.
    Active,
    /// The refresh token is gone or rejected: someone must log in again (`authz add --reauth`).
    ReloginNeeded,
    /// Revoked; kept for history, never assignable again.
    Revoked,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::ReloginNeeded => "relogin-needed",
            Status::Revoked => "revoked",
        }
    }
    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "active" => Status::Active,
            "relogin-needed" => Status::ReloginNeeded,
            "revoked" => Status::Revoked,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Stored delegated access: whose identity, shown as which email, since when. Never a secret.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Authorization {
    pub id: String,
    pub issuer: String,
    pub subject: String,
    pub email: String,
    /// The userinfo claim `email` was read from (`email` unless `authz add --email-claim`).
    pub email_claim: String,
    pub name: Option<String>,
    pub scopes: Scopes,
    pub created: Timestamp,
    pub created_by: String,
    pub label: Option<String>,
    pub service_account: bool,
    pub status: Status,
    /// When the access token cached in the keyring expires (metadata, not the token).
    pub token_expires: Option<Timestamp>,
    pub revoked: Option<Timestamp>,
    /// Where the tokens are, recorded when `authz add` stored them or `authz secrets migrate`
    /// moved them; `None`: not known (a row from before this was recorded, or imported).
    pub tokens_at: Option<TokensAt>,
}

/// Where an authorization's tokens live. A keyring belongs to one OS user on one machine, so
/// tokens stored there are usable only there; OpenBao is shared by every host that can reach
/// it. Not a secret: names and addresses only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokensAt {
    /// The keyring of OS user `user` on the machine named `host`.
    Keyring { host: String, user: String },
    /// OpenBao (or Vault): `backend` is `openbao:MOUNT/PREFIX`, `address` the server's URL.
    OpenBao { backend: String, address: String },
}

impl TokensAt {
    /// The backend's name as `--secrets` spells it: `keyring`, `openbao:MOUNT/PREFIX`.
    pub fn backend(&self) -> &str {
        match self {
            TokensAt::Keyring { .. } => "keyring",
            TokensAt::OpenBao { backend, .. } => backend,
        }
    }
}

impl std::fmt::Display for TokensAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::error::escape;
        match self {
            TokensAt::Keyring { host, user } => {
                write!(f, "the keyring of {}@{}", escape(user), escape(host))
            }
            TokensAt::OpenBao { backend, address } => {
                write!(f, "{} at {}", escape(backend), escape(address))
            }
        }
    }
}

/// JSON: `{"backend": "keyring", "host": …, "user": …}` or
/// `{"backend": "openbao:MOUNT/PREFIX", "address": …}`.
impl Serialize for TokensAt {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(3))?;
        m.serialize_entry("backend", self.backend())?;
        match self {
            TokensAt::Keyring { host, user } => {
                m.serialize_entry("host", host)?;
                m.serialize_entry("user", user)?;
            }
            TokensAt::OpenBao { address, .. } => m.serialize_entry("address", address)?,
        }
        m.end()
    }
}

/// A workflow and the authorization whose access it uses.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Workflow {
    pub name: String,
    pub authorization: String,
    pub owner: Option<String>,
    pub scopes: Scopes,
    pub created: Timestamp,
    pub updated: Timestamp,
}

/// A new authorization id: `az_` and 26 base32 characters of 128 random bits, so ids from two
/// stores never collide (they name keyring entries, which are shared by every store of a user).
/// A claim name `authz add --email-claim` accepts: 1 to 64 printable ASCII characters without
/// spaces (`preferred_username`, `upn`, or a URI such as `https://example.com/email`).
pub fn check_claim_name(name: &str) -> std::result::Result<String, String> {
    if (1..=64).contains(&name.len()) && name.chars().all(|c| c.is_ascii_graphic()) {
        Ok(name.to_owned())
    } else {
        Err(format!(
            "'{}' is not a claim name (1 to 64 printable ASCII characters, no spaces)",
            crate::error::escape(name)
        ))
    }
}

pub fn new_authz_id() -> String {
    format!("az_{}", crate::random::base32_id())
}

/// A new store id: `st_` and 128 random bits, the owner recorded in every keyring entry.
pub fn new_store_id() -> String {
    format!("st_{}", crate::random::base32_id())
}

/// Every action authz writes to the event log; an import may name no other.
pub const ACTIONS: &[&str] = &[
    "added",
    "reauthorized",
    "edited",
    "revoked",
    "refreshed",
    "relogin-needed",
    "tokens-deleted",
    "provider-revoke-failed",
    "orphaned-tokens-deleted",
    "imported",
    "workflow-created",
    "workflow-edited",
    "workflow-reassigned",
    "workflow-unassigned",
    "workflow-deleted",
    "workflows-imported",
    "workflows-reassigned",
    "tokens-moved",
    "authorizer-created",
    "authorizer-edited",
    "authorizer-deleted",
    "workflow-authorizer-set",
    "workflows-authorizer-moved",
    "vault-set",
    "vault-rolled-back",
    "vault-deleted",
    "secret-used",
    "secret-dropped",
    "workflow-run",
];

/// Text a person or a provider gave (an email, a subject, a label, an actor): 1 to `max`
/// characters, not blank, and nothing a terminal acts on or that hides text.
pub fn is_printable(text: &str, max: usize) -> bool {
    !text.trim().is_empty()
        && text.chars().count() <= max
        && !text.chars().any(crate::error::is_unsafe_char)
}

/// One OAuth scope: what `authz add --scope` accepts (RFC 6749 §3.3 scope-token characters).
pub fn is_scope(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && s.bytes()
            .all(|b| b == 0x21 || (0x23..=0x5b).contains(&b) || (0x5d..=0x7e).contains(&b))
}

/// Whether `id` can be an authorization id: `az_` and 1-60 lowercase letters, digits, `-` or
/// `_` (what `new_authz_id` makes fits; imports are held to it).
pub fn is_authz_id(id: &str) -> bool {
    id.strip_prefix("az_").is_some_and(|rest| {
        (1..=60).contains(&rest.len())
            && rest
                .bytes()
                .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_'))
    })
}

/// Whether `authz` may be given a workflow that requires `required`: it must be active and grant
/// every required scope.
pub fn check_assignable(authz: &Authorization, workflow: &str, required: &Scopes) -> Result<()> {
    if authz.status != Status::Active {
        return Err(Error::conflict(format!(
            "authorization {} ({}) is {}, so workflow '{workflow}' cannot use it",
            authz.id,
            crate::error::escape(&authz.email),
            authz.status
        ))
        .hint(match authz.status {
            Status::ReloginNeeded => format!("log in again first: authz add --reauth {}", authz.id),
            _ => "choose an active authorization: authz list".to_string(),
        }));
    }
    let missing = missing_scopes(&authz.scopes, required);
    if !missing.is_empty() {
        return Err(Error::conflict(format!(
            "authorization {} ({}) lacks scope {} that workflow '{workflow}' requires",
            authz.id,
            crate::error::escape(&authz.email),
            missing.join(", ")
        ))
        .hint("choose an authorization that grants it, or log in with the scope: authz add --scope ...")
        .details(serde_json::json!({"workflow": workflow, "missing_scopes": missing})));
    }
    Ok(())
}

/// Whether every workflow in `moving` (name, required scopes) may move to `to`. Lists every
/// workflow that cannot, with what it misses, in one error.
pub fn check_move<'a>(
    to: &Authorization,
    moving: impl IntoIterator<Item = (&'a str, &'a Scopes)>,
) -> Result<()> {
    if to.status != Status::Active {
        return check_assignable(to, "*", &Scopes::default()).map_err(|mut e| {
            e.message = format!(
                "authorization {} ({}) is {}, so no workflow can move to it",
                to.id,
                crate::error::escape(&to.email),
                to.status
            );
            e
        });
    }
    let blocked: Vec<(String, Vec<String>)> = moving
        .into_iter()
        .filter_map(|(name, req)| {
            let missing = missing_scopes(&to.scopes, req);
            (!missing.is_empty()).then(|| (name.to_owned(), missing))
        })
        .collect();
    if blocked.is_empty() {
        return Ok(());
    }
    let listed: Vec<String> = blocked
        .iter()
        .map(|(n, m)| format!("{} (needs {})", crate::error::escape(n), m.join(", ")))
        .collect();
    Err(Error::conflict(format!(
        "authorization {} ({}) lacks scopes that {} workflow(s) require: {}",
        to.id,
        crate::error::escape(&to.email),
        blocked.len(),
        listed.join("; ")
    ))
    .hint("choose an authorization that grants them, or log in with them: authz add --scope ...")
    .details(serde_json::json!({
        "workflows": blocked.iter().map(|(n, m)| serde_json::json!({"workflow": n, "missing_scopes": m})).collect::<Vec<_>>()
    })))
}

/// How close to its expiry `authz token` refreshes a cached access token (the default of its
/// `--margin`); `list` and `show` use it too, so they never call "valid" a token the next
/// `authz token` replaces.
pub const REFRESH_MARGIN: i64 = 60;

/// What a person or the runner should know about the cached access token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum TokenState {
    Valid {
        until: String,
        /// Within the refresh margin: the next `authz token` refreshes it.
        refresh_due: bool,
    },
    /// The cached access token is too old; the next `authz token` refreshes it.
    Expired,
    ReloginNeeded,
    Revoked,
    /// No access token was ever cached (e.g. imported from another machine).
    None,
}

impl TokenState {
    pub fn of(authz: &Authorization, now: Timestamp, margin_secs: i64) -> TokenState {
        match authz.status {
            Status::ReloginNeeded => TokenState::ReloginNeeded,
            Status::Revoked => TokenState::Revoked,
            Status::Active => match authz.token_expires {
                Some(exp) if exp > now => TokenState::Valid {
                    until: format_ts(exp),
                    refresh_due: exp - margin_secs <= now,
                },
                Some(_) => TokenState::Expired,
                None => TokenState::None,
            },
        }
    }
}

impl std::fmt::Display for TokenState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TokenState::Valid {
                until,
                refresh_due: false,
            } => write!(f, "valid until {until}"),
            TokenState::Valid {
                until,
                refresh_due: true,
            } => write!(f, "valid until {until} (refreshes on next use)"),
            TokenState::Expired => f.write_str("expired (will refresh)"),
            TokenState::ReloginNeeded => f.write_str("relogin-needed"),
            TokenState::Revoked => f.write_str("revoked"),
            TokenState::None => f.write_str("no token (will refresh)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authz(status: Status, scopes: &str) -> Authorization {
        Authorization {
            id: "az_x".into(),
            issuer: "https://idp".into(),
            subject: "alice".into(),
            email: "alice@example.com".into(),
            name: None,
            scopes: Scopes::parse(scopes),
            created: 0,
            created_by: "op".into(),
            label: None,
            service_account: false,
            status,
            token_expires: Some(1000),
            email_claim: "email".into(),
            revoked: None,
            tokens_at: None,
        }
    }

    #[test]
    fn ids_are_prefixed_unique_and_url_safe() {
        let a = new_authz_id();
        let b = new_authz_id();
        assert_ne!(a, b);
        assert_eq!(a.len(), 3 + 26);
        assert!(
            a[3..]
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        );
    }

    #[test]
    fn assignable_needs_active_and_every_scope() {
        let ok = authz(Status::Active, "openid workflows:read network:write");
        assert!(check_assignable(&ok, "w", &Scopes::parse("network:write")).is_ok());
        let err = check_assignable(&ok, "w", &Scopes::parse("admin network:write")).unwrap_err();
        assert!(err.message.contains("lacks scope admin"), "{}", err.message);
        assert_eq!(err.code(), 3);
        let relogin = authz(Status::ReloginNeeded, "admin");
        let err = check_assignable(&relogin, "w", &Scopes::default()).unwrap_err();
        assert!(err.message.contains("relogin-needed"));
        assert!(
            check_assignable(&authz(Status::Revoked, "admin"), "w", &Scopes::default()).is_err()
        );
    }

    #[test]
    fn check_move_lists_every_blocked_workflow() {
        let to = authz(Status::Active, "a b");
        let need_c = Scopes::parse("a c");
        let need_d = Scopes::parse("d");
        let fine = Scopes::parse("b");
        let err = check_move(&to, [("w1", &need_c), ("w2", &fine), ("w3", &need_d)]).unwrap_err();
        assert!(err.message.contains("w1 (needs c)"), "{}", err.message);
        assert!(err.message.contains("w3 (needs d)"), "{}", err.message);
        assert!(!err.message.contains("w2"), "{}", err.message);
        assert!(check_move(&to, [("w2", &fine)]).is_ok());
        let revoked = authz(Status::Revoked, "a b");
        assert_eq!(check_move(&revoked, [("w2", &fine)]).unwrap_err().code(), 3);
    }

    #[test]
    fn token_state_applies_the_margin() {
        let a = authz(Status::Active, "");
        assert!(matches!(
            TokenState::of(&a, 900, 60),
            TokenState::Valid {
                refresh_due: false,
                ..
            }
        ));
        let due = TokenState::of(&a, 941, 60);
        assert!(
            matches!(
                due,
                TokenState::Valid {
                    refresh_due: true,
                    ..
                }
            ),
            "{due:?}"
        );
        assert!(
            due.to_string().ends_with("(refreshes on next use)"),
            "{due}"
        );
        assert_eq!(TokenState::of(&a, 1000, 60), TokenState::Expired);
        assert_eq!(
            TokenState::of(&authz(Status::ReloginNeeded, ""), 0, 60),
            TokenState::ReloginNeeded
        );
    }
}
