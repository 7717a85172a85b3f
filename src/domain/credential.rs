//! The shapes in which runner tools take a credential: `authz token --format json`, kubectl's
//! `ExecCredential` (client.authentication.k8s.io v1 and v1beta1), git's credential-helper
//! protocol (gitcredentials(7)) and Docker's credential-helper protocol
//! (docker/docker-credential-helpers). Pure: values in, documents out, no I/O.

use super::{Timestamp, format_ts};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The kubectl credential-plugin API versions authz answers in.
pub const EXEC_API_VERSIONS: &[&str] = &[
    "client.authentication.k8s.io/v1",
    "client.authentication.k8s.io/v1beta1",
];

/// `authz token --format json`.
pub fn token_json(token: &str, expires_at: Option<Timestamp>, scope: &str) -> Value {
    json!({
        "access_token": token,
        "token_type": "Bearer",
        "expires_at": expires_at.map(format_ts),
        "scope": scope,
    })
}

/// The apiVersion kubectl asked for in `KUBERNETES_EXEC_INFO` (an `ExecCredential` whose
/// `apiVersion` names it); v1 when kubectl said nothing (an older kubectl, or a manual run).
pub fn exec_api_version(exec_info: Option<&str>) -> Result<&'static str, String> {
    let Some(text) = exec_info.filter(|t| !t.trim().is_empty()) else {
        return Ok(EXEC_API_VERSIONS[0]);
    };
    let doc: Value =
        serde_json::from_str(text).map_err(|e| format!("KUBERNETES_EXEC_INFO is not JSON: {e}"))?;
    let asked = doc
        .get("apiVersion")
        .and_then(Value::as_str)
        .ok_or("KUBERNETES_EXEC_INFO has no apiVersion")?;
    EXEC_API_VERSIONS
        .iter()
        .find(|v| **v == asked)
        .copied()
        .ok_or_else(|| {
            format!(
                "kubectl asked for an ExecCredential of {asked}; authz answers in {}",
                EXEC_API_VERSIONS.join(" or ")
            )
        })
}

/// kubectl's `ExecCredential` carrying a bearer token. Without an expiry kubectl would cache
/// the token for ever, so a token of unknown lifetime gets none and kubectl asks every time.
pub fn exec_credential(api_version: &str, token: &str, expires_at: Option<Timestamp>) -> Value {
    let mut status = json!({ "token": token });
    if let Some(exp) = expires_at {
        status["expirationTimestamp"] = json!(format_ts(exp));
    }
    json!({
        "apiVersion": api_version,
        "kind": "ExecCredential",
        "spec": { "interactive": false },
        "status": status,
    })
}

/// One request of git's credential protocol: `key=value` lines up to a blank line or the end.
/// Keys git repeats (`capability[]`, `wwwauth[]`) keep their last value: authz needs none.
pub fn parse_git_request(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut fields = BTreeMap::new();
    for line in text.lines() {
        if line.is_empty() {
            break;
        }
        let (key, value) = line
            .split_once('=')
            .ok_or_else(|| format!("not a key=value line: {}", crate::error::escape(line)))?;
        if value.contains('\0') {
            return Err(format!("the value of {key} holds a NUL byte"));
        }
        fields.insert(key.to_owned(), value.to_owned());
    }
    Ok(fields)
}

/// The `host` (with `:port` when not the default) of a git request, when it asks about HTTPS.
pub fn git_https_host(request: &BTreeMap<String, String>) -> Option<&str> {
    (request.get("protocol").map(String::as_str) == Some("https"))
        .then(|| request.get("host").map(String::as_str))
        .flatten()
}

/// git's answer: the credential, and when it stops working (git ≥ 2.41 drops it then instead of
/// retrying a dead token).
pub fn git_answer(username: &str, password: &str, expires_at: Option<Timestamp>) -> String {
    let mut out = format!("username={username}\npassword={password}\n");
    if let Some(exp) = expires_at {
        out.push_str(&format!("password_expiry_utc={exp}\n"));
    }
    out
}

/// A value git's protocol cannot carry (a newline or NUL would start another field).
pub fn git_safe(value: &str) -> bool {
    !value.contains(['\n', '\r', '\0'])
}

/// The registry a Docker `get` names, normalized as the CLI writes `credHelpers` keys: no
/// scheme, no trailing slash (`https://ghcr.io/` and `ghcr.io` are the same registry).
pub fn docker_registry(server_url: &str) -> String {
    let s = server_url.trim();
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    s.trim_end_matches('/').to_owned()
}

/// Docker's answer to `get`.
pub fn docker_get_answer(server_url: &str, username: &str, secret: &str) -> Value {
    json!({ "ServerURL": server_url, "Username": username, "Secret": secret })
}

/// What Docker's helpers print when they have nothing for a registry; the CLI then goes on
/// without credentials (the message is part of the protocol).
pub const DOCKER_NOT_FOUND: &str = "credentials not found in native keychain";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_info_chooses_the_api_version_and_unknown_ones_are_refused() {
        assert_eq!(exec_api_version(None).unwrap(), EXEC_API_VERSIONS[0]);
        let v1beta1 = r#"{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","spec":{"interactive":false}}"#;
        assert_eq!(
            exec_api_version(Some(v1beta1)).unwrap(),
            "client.authentication.k8s.io/v1beta1"
        );
        let alpha = r#"{"apiVersion":"client.authentication.k8s.io/v1alpha1"}"#;
        assert!(
            exec_api_version(Some(alpha))
                .unwrap_err()
                .contains("v1alpha1")
        );
        assert!(exec_api_version(Some("{")).is_err());
    }

    #[test]
    fn an_exec_credential_without_an_expiry_has_no_expiration_timestamp() {
        let c = exec_credential(EXEC_API_VERSIONS[0], "t", Some(0));
        assert_eq!(c["status"]["expirationTimestamp"], "1970-01-01T00:00:00Z");
        assert_eq!(c["kind"], "ExecCredential");
        let c = exec_credential(EXEC_API_VERSIONS[0], "t", None);
        assert!(c["status"].get("expirationTimestamp").is_none());
    }

    #[test]
    fn a_git_request_ends_at_a_blank_line_and_must_be_key_value() {
        let r = parse_git_request("protocol=https\nhost=git.example:8443\n\nignored=1\n").unwrap();
        assert_eq!(git_https_host(&r), Some("git.example:8443"));
        assert!(!r.contains_key("ignored"));
        let http = parse_git_request("protocol=http\nhost=git.example\n").unwrap();
        assert_eq!(git_https_host(&http), None, "only https is answered");
        assert!(parse_git_request("garbage\n").is_err());
        assert_eq!(
            git_answer("u", "p", Some(5)),
            "username=u\npassword=p\npassword_expiry_utc=5\n"
        );
        assert!(!git_safe("a\nb") && git_safe("a.b"));
    }

    #[test]
    fn docker_registries_are_compared_without_scheme_or_trailing_slash() {
        assert_eq!(docker_registry("https://ghcr.io/"), "ghcr.io");
        assert_eq!(
            docker_registry("registry.example:5000"),
            "registry.example:5000"
        );
    }
}
