//! OpenBao (or HashiCorp Vault, same HTTP API) behind `SecretStore`: the KV version 2 engine,
//! one entry per authorization at `MOUNT/PREFIX/tokens/<id>` holding the whole `TokenSet`.
//!
//! Every write is a check-and-set (`options.cas`) on the version that was read, so a host
//! holding a stale read cannot overwrite a rotated refresh token; an entry is created with
//! `max_versions = 1`, so a superseded refresh token does not stay readable as an old version.
//! Vault values are entries of their own at `MOUNT/PREFIX/vault/<store id>/<name>/v<N>`, one
//! per vault version (created only if absent), the bytes base64-encoded: the store id keeps
//! stores that share a prefix apart.
//! Each request is bounded (`TIMEOUT`); unreachable or sealed is exit 6, a refused token or
//! policy exit 8. The token comes from the environment, a token file, or an AppRole login whose
//! token is kept in a 0600 cache file and renewed (or replaced) when it nears expiry.

use super::{Secret, SecretStore, TokenSet, VaultKey, Version};
use crate::error::{Error, Result, escape};
use base64::Engine;
use reqwest::Method;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::io::Read;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// Whole request: a server that accepts the connection and never answers cannot hang a runner.
const TIMEOUT: Duration = super::CALL_BOUND;
/// KV answers for a token set are a few KB; anything bigger is refused, not buffered.
const MAX_BODY: u64 = 1024 * 1024;
/// A cached AppRole token with less than this left is not used at all.
const MIN_LEFT: i64 = 30;
/// The AppRole token cache is a few hundred bytes.
const MAX_CACHE: u64 = 64 * 1024;

/// Everything the backend needs, resolved by the chooser (`App::secrets`) from flags, the
/// profile and the Vault/OpenBao environment variables.
pub struct Settings {
    /// `https://bao.example:8200`, no trailing slash.
    pub addr: String,
    /// The KV v2 mount (`secret`) and the prefix under it (`authz`).
    pub mount: String,
    pub prefix: String,
    pub namespace: Option<String>,
    pub ca_file: Option<PathBuf>,
    pub auth: Auth,
    /// This run's clock (unix seconds), for the AppRole token's expiry.
    pub now: i64,
    /// Log method, path and status of each request (never bodies or tokens).
    pub verbose: bool,
}

/// Where the OpenBao token comes from.
pub enum Auth {
    /// `BAO_TOKEN`/`VAULT_TOKEN` or a token file; `from` names which, for messages.
    Token {
        token: Secret<String>,
        from: String,
    },
    AppRole(AppRole),
}

/// An AppRole login (machines): the role id and secret id are read from files, never argv.
pub struct AppRole {
    /// The auth mount, `approle` unless configured otherwise.
    pub mount: String,
    pub role_id_file: PathBuf,
    pub secret_id_file: PathBuf,
    /// Where the last login's token is kept (0600) for the next run.
    pub cache: PathBuf,
}

/// The cache file of an AppRole token.
#[derive(Serialize, Deserialize)]
struct Cached {
    token: String,
    /// Unix seconds; `i64::MAX` for a token without expiry.
    expires_at: i64,
    /// The TTL it was granted (renewals ask for as much again).
    ttl: i64,
    renewable: bool,
}

pub struct OpenBao {
    client: reqwest::blocking::Client,
    s: Settings,
    token: Mutex<Option<Current>>,
}

#[derive(Clone)]
struct Current {
    token: Secret<String>,
    /// Came from the AppRole cache file: a refusal may mean it was revoked, so log in again once.
    cached: bool,
}

/// One answer: status and JSON body (`Null` when empty or not JSON).
struct Answer {
    status: u16,
    body: Value,
}

impl OpenBao {
    pub fn new(s: Settings) -> Result<OpenBao> {
        let client = crate::https::client(
            s.ca_file
                .as_deref()
                .map(|p| (p, "BAO_CACERT (VAULT_CACERT)")),
            CONNECT_TIMEOUT,
            TIMEOUT,
        )?;
        Ok(OpenBao {
            client,
            s,
            token: Mutex::new(None),
        })
    }

    fn entry(&self, id: &str) -> Result<String> {
        check_id(id)?;
        Ok(format!("{}/tokens/{id}", self.s.prefix))
    }

    /// `MOUNT/PREFIX/tokens/<id>`, as people (and `bao kv`) name it.
    fn shown(&self, id: &str) -> String {
        format!("{}/{}/tokens/{id}", self.s.mount, self.s.prefix)
    }

    /// One request with the token, bounded. Transport failures and a sealed server are exit 6,
    /// a refusal (403) exit 8; every other status is for the caller to judge.
    fn call(&self, method: Method, path: &str, body: Option<&Value>, what: &str) -> Result<Answer> {
        let current = self.current_token()?;
        let answer = self.send(method.clone(), path, body, Some(&current.token), what)?;
        if answer.status == 403 && current.cached {
            // The cached AppRole token may have been revoked: one fresh login, then judge.
            *self.token.lock().expect("not poisoned") = None;
            let fresh = self.login_token()?;
            let answer = self.send(method, path, body, Some(&fresh.token), what)?;
            return self.judge(answer, what);
        }
        self.judge(answer, what)
    }

    fn judge(&self, a: Answer, what: &str) -> Result<Answer> {
        match a.status {
            403 => Err(Error::not_permitted(format!(
                "OpenBao at {} refused {what}: {}",
                self.s.addr,
                errors(&a.body, "permission denied")
            ))
            .hint(format!(
                "the token ({}) has expired or its policy does not allow this; see the policies in docs/openbao.md",
                self.token_source()
            ))),
            503 => Err(Error::secret_store(format!(
                "OpenBao at {} is unavailable while {what}: {}",
                self.s.addr,
                errors(&a.body, "sealed or in standby")
            ))
            .hint("unseal it (bao operator unseal) or wait for it to come up; authz never stores tokens elsewhere")),
            500..=599 => Err(Error::secret_store(format!(
                "OpenBao at {} failed while {what}: HTTP {}: {}",
                self.s.addr,
                a.status,
                errors(&a.body, "no details")
            ))),
            _ => Ok(a),
        }
    }

    fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
        token: Option<&Secret<String>>,
        what: &str,
    ) -> Result<Answer> {
        let url = format!("{}/v1/{path}", self.s.addr);
        let mut req = self
            .client
            .request(method.clone(), &url)
            .header("X-Vault-Request", "true");
        if let Some(t) = token {
            req = req.header("X-Vault-Token", t.expose().as_str());
        }
        if let Some(ns) = &self.s.namespace {
            req = req.header("X-Vault-Namespace", ns.as_str());
        }
        if let Some(b) = body {
            req = req
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(serde_json::to_vec(b).expect("JSON values serialize"));
        }
        let resp = req.send().map_err(|e| {
            Error::secret_store(format!(
                "OpenBao at {} is unreachable while {what}: {}",
                self.s.addr,
                escape(&crate::https::chain(&e))
            ))
            .hint("check BAO_ADDR (VAULT_ADDR), BAO_CACERT and that the server runs; authz never stores tokens elsewhere")
        })?;
        let status = resp.status().as_u16();
        if self.s.verbose {
            // The path names no secret: ids and the prefix only.
            stderr_line!("debug: {method} {}/v1/{} -> {status}", self.s.addr, path);
        }
        let mut bytes = Vec::new();
        resp.take(MAX_BODY + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| {
                Error::secret_store(format!(
                    "OpenBao at {} stopped answering while {what}: {e}",
                    self.s.addr
                ))
            })?;
        if bytes.len() as u64 > MAX_BODY {
            return Err(Error::secret_store(format!(
                "OpenBao at {} sent an answer larger than {MAX_BODY} bytes while {what}",
                self.s.addr
            )));
        }
        Ok(Answer {
            status,
            body: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        })
    }

    fn unexpected(&self, a: &Answer, what: &str) -> Error {
        Error::secret_store(format!(
            "OpenBao at {} answered HTTP {} while {what}: {}",
            self.s.addr,
            a.status,
            errors(&a.body, "no details")
        ))
    }

    fn token_source(&self) -> String {
        match &self.s.auth {
            Auth::Token { from, .. } => from.clone(),
            Auth::AppRole(r) => format!("AppRole login with {}", r.role_id_file.display()),
        }
    }

    fn current_token(&self) -> Result<Current> {
        if let Some(c) = self.token.lock().expect("not poisoned").clone() {
            return Ok(c);
        }
        let current = match &self.s.auth {
            Auth::Token { token, .. } => Current {
                token: token.clone(),
                cached: false,
            },
            Auth::AppRole(r) => match self.cached_approle_token(r)? {
                Some(token) => Current {
                    token,
                    cached: true,
                },
                None => return self.login_token(),
            },
        };
        *self.token.lock().expect("not poisoned") = Some(current.clone());
        Ok(current)
    }

    /// The cached AppRole token, renewed when a third of its TTL or less is left; `None` when
    /// there is none, it is (nearly) expired, or renewing it failed: then log in again.
    fn cached_approle_token(&self, r: &AppRole) -> Result<Option<Secret<String>>> {
        // A token file someone else could have written (a symlink, another user's file, one
        // others may write, in a folder others may write) would make authz act, and write
        // tokens, with a token of their choosing: ignored, and a fresh login replaces it.
        let bytes = match crate::private_fs::read_cache(&r.cache, MAX_CACHE) {
            crate::private_fs::CacheRead::Own(b) => b,
            crate::private_fs::CacheRead::Missing => return Ok(None),
            crate::private_fs::CacheRead::Untrusted(why) => {
                stderr_line!(
                    "warning: {}; ignoring the cached OpenBao token and logging in again",
                    escape(&why)
                );
                return Ok(None);
            }
        };
        let Ok(c) = serde_json::from_slice::<Cached>(&bytes) else {
            return Ok(None);
        };
        let now = self.s.now;
        let left = c.expires_at.saturating_sub(now);
        if left <= MIN_LEFT {
            return Ok(None);
        }
        let token = Secret::new(c.token.clone());
        if left > c.ttl / 3 || !c.renewable {
            return Ok(Some(token));
        }
        let body = json!({ "increment": format!("{}s", c.ttl) });
        let renewed = self.send(
            Method::POST,
            "auth/token/renew-self",
            Some(&body),
            Some(&token),
            "renewing the AppRole token",
        )?;
        if renewed.status != 200 {
            return Ok(None);
        }
        let lease = renewed.body["auth"]["lease_duration"].as_i64().unwrap_or(0);
        // At its max TTL a renewal grants less than asked: log in again instead.
        if lease <= c.ttl / 3 {
            return Ok(None);
        }
        self.save_cache(r, &c.token, lease, c.renewable);
        Ok(Some(token))
    }

    /// Logs in with the AppRole's files and remembers the token; fails with exit 8 when the
    /// server refuses the role id or secret id.
    fn login_token(&self) -> Result<Current> {
        let Auth::AppRole(r) = &self.s.auth else {
            return Err(Error::failure("no AppRole to log in with"));
        };
        let role_id = read_id_file(&r.role_id_file, "AUTHZ_BAO_ROLE_ID_FILE")?;
        let secret_id = read_id_file(&r.secret_id_file, "AUTHZ_BAO_SECRET_ID_FILE")?;
        let body = json!({ "role_id": role_id.expose(), "secret_id": secret_id.expose() });
        let what = format!("the AppRole login at auth/{}", r.mount);
        let a = self.send(
            Method::POST,
            &format!("auth/{}/login", r.mount),
            Some(&body),
            None,
            &what,
        )?;
        if matches!(a.status, 400 | 403) {
            return Err(Error::not_permitted(format!(
                "OpenBao at {} refused {what}: {}",
                self.s.addr,
                errors(&a.body, "invalid role id or secret id")
            ))
            .hint("check the files named by AUTHZ_BAO_ROLE_ID_FILE and AUTHZ_BAO_SECRET_ID_FILE; a secret id may have expired or been used up (bao write -f auth/approle/role/ROLE/secret-id)"));
        }
        let a = self.judge(a, &what)?;
        let auth = &a.body["auth"];
        let Some(token) = auth["client_token"].as_str() else {
            return Err(self.unexpected(&a, &what));
        };
        let lease = auth["lease_duration"].as_i64().unwrap_or(0);
        let renewable = auth["renewable"].as_bool().unwrap_or(false);
        self.save_cache(r, token, lease, renewable);
        let current = Current {
            token: Secret::new(token.to_owned()),
            cached: false,
        };
        *self.token.lock().expect("not poisoned") = Some(current.clone());
        Ok(current)
    }

    /// Best effort: without the cache the next run logs in again, which only costs a request.
    fn save_cache(&self, r: &AppRole, token: &str, lease: i64, renewable: bool) {
        let c = Cached {
            token: token.to_owned(),
            expires_at: if lease > 0 {
                self.s.now.saturating_add(lease)
            } else {
                i64::MAX
            },
            ttl: lease,
            renewable,
        };
        let text = serde_json::to_vec(&c).expect("strings and numbers serialize");
        // In a private folder of the user's only (`read_cache` would not believe it elsewhere).
        let _ = crate::private_fs::write_cache(&r.cache, &text);
    }
}

impl SecretStore for OpenBao {
    fn read(&self, id: &str) -> Result<(Option<TokenSet>, Version)> {
        let path = format!("{}/data/{}", self.s.mount, self.entry(id)?);
        let what = format!("reading {}", self.shown(id));
        let a = self.call(Method::GET, &path, None, &what)?;
        // A soft-deleted latest version answers 404 but still names its version.
        let version = match a.body["data"]["metadata"]["version"].as_u64() {
            Some(v) if v > 0 => Version::Numbered(v),
            _ => Version::Absent,
        };
        match a.status {
            200 => {}
            404 => return Ok((None, version)),
            _ => return Err(self.unexpected(&a, &what)),
        }
        let data = &a.body["data"]["data"];
        if data.is_null() {
            return Ok((None, version));
        }
        let tokens: TokenSet = serde_json::from_value(data.clone()).map_err(|e| {
            Error::secret_store(format!(
                "{} in OpenBao is not an authz token entry ({e})",
                self.shown(id)
            ))
            .hint("it was written by something else; move it away, then log in again: authz add --reauth ID")
        })?;
        Ok((Some(tokens), version))
    }

    fn write(&self, id: &str, tokens: &TokenSet, expected: &Version) -> Result<Version> {
        let entry = self.entry(id)?;
        let cas = match expected {
            Version::Absent => 0,
            Version::Numbered(n) => *n,
            Version::Snapshot(_) => return Err(super::stale(id, &self.name())),
        };
        if cas == 0 {
            // Before the first version: only one version ever stays readable.
            let what = format!("creating {}", self.shown(id));
            let a = self.call(
                Method::POST,
                &format!("{}/metadata/{entry}", self.s.mount),
                Some(&json!({ "max_versions": 1 })),
                &what,
            )?;
            if !matches!(a.status, 200 | 204) {
                return Err(self.unexpected(&a, &what));
            }
        }
        let what = format!("writing {}", self.shown(id));
        let body = json!({ "options": { "cas": cas }, "data": tokens });
        let a = self.call(
            Method::POST,
            &format!("{}/data/{entry}", self.s.mount),
            Some(&body),
            &what,
        )?;
        if a.status == 400 && errors(&a.body, "").contains("check-and-set") {
            return Err(super::stale(id, &self.name()));
        }
        match a.body["data"]["version"].as_u64() {
            Some(v) if a.status == 200 => Ok(Version::Numbered(v)),
            _ => Err(self.unexpected(&a, &what)),
        }
    }

    fn delete(&self, id: &str) -> Result<()> {
        self.delete_entry(&self.entry(id)?)?;
        // Every narrowed token of `id`, whatever keys the store still knows of.
        let keys: Vec<String> = self
            .list_keys(&self.narrowed_folder(id)?)?
            .into_iter()
            .filter(|k| !k.ends_with('/'))
            .collect();
        self.narrowed_delete(id, &keys)
    }

    fn narrowed_get(&self, id: &str, key: &str) -> Result<Option<TokenSet>> {
        // A damaged cache entry is only a lost cache.
        Ok(self
            .data_of(&self.narrowed_entry(id, key)?)?
            .and_then(|data| serde_json::from_value::<TokenSet>(data).ok())
            .map(|t| TokenSet {
                refresh_token: None,
                ..t
            }))
    }

    /// Replaced in place, with only one version kept: an old token does not stay readable.
    fn narrowed_put(&self, id: &str, key: &str, tokens: &TokenSet) -> Result<()> {
        self.put_one_version(
            &self.narrowed_entry(id, key)?,
            serde_json::to_value(tokens).expect("a token set serializes"),
        )
    }

    fn narrowed_delete(&self, id: &str, keys: &[String]) -> Result<()> {
        for key in keys {
            self.delete_entry(&self.narrowed_entry(id, key)?)?;
        }
        Ok(())
    }

    fn list_ids(&self) -> Result<Vec<String>> {
        let mut ids: Vec<String> = self
            .list_keys(&format!("{}/tokens", self.s.prefix))?
            .into_iter()
            .filter(|k| check_id(k).is_ok())
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// Asks the server what this token may do on a new entry's path: reachability, the seal,
    /// the token and the policy in one request, without writing anything.
    fn probe(&self) -> Result<()> {
        let path = format!("{}/data/{}", self.s.mount, self.entry("az_probe")?);
        let what = format!(
            "checking access to {}/{}/tokens",
            self.s.mount, self.s.prefix
        );
        let a = self.call(
            Method::POST,
            "sys/capabilities-self",
            Some(&json!({ "paths": [path] })),
            &what,
        )?;
        if a.status != 200 {
            return Err(self.unexpected(&a, &what));
        }
        let caps: Vec<&str> = a.body[&path]
            .as_array()
            .or_else(|| a.body["capabilities"].as_array())
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if caps.iter().any(|c| *c == "create" || *c == "root") {
            return Ok(());
        }
        Err(Error::not_permitted(format!(
            "the OpenBao token ({}) may not create entries under {}/{}/tokens (it may: {})",
            self.token_source(),
            self.s.mount,
            self.s.prefix,
            if caps.is_empty() {
                "nothing".to_string()
            } else {
                caps.join(", ")
            }
        ))
        .hint(
            "logging in needs the operator policy (docs/openbao.md); runners only read and update",
        ))
    }

    fn name(&self) -> String {
        format!("OpenBao {}/{}", self.s.mount, self.s.prefix)
    }

    fn vault_get(&self, key: &VaultKey, version: u32) -> Result<Option<Secret<Vec<u8>>>> {
        let path = format!("{}/data/{}", self.s.mount, self.vault_entry(key, version)?);
        let what = format!("reading {}", self.vault_shown(key, version)?);
        let a = self.call(Method::GET, &path, None, &what)?;
        match a.status {
            200 => {}
            404 => {
                if self.legacy_vault_value(key, version) {
                    return Err(super::vault_unbound(
                        key,
                        version,
                        &format!(
                            "version {version} of {}/{}/vault/{} in OpenBao",
                            self.s.mount, self.s.prefix, key.name
                        ),
                    ));
                }
                return Ok(None);
            }
            _ => return Err(self.unexpected(&a, &what)),
        }
        // A deleted or destroyed version answers with no data.
        let Some(text) = a.body["data"]["data"]["value"].as_str() else {
            return Ok(None);
        };
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(|_| {
                Error::secret_store(format!(
                    "{} in OpenBao is not an authz vault entry (its value is not base64)",
                    self.vault_shown(key, version).unwrap_or_default()
                ))
            })?;
        Ok(Some(Secret::new(bytes)))
    }

    /// Each version is an entry of its own, created only if absent (`cas` 0): a version once
    /// written is never replaced.
    fn vault_put(&self, key: &VaultKey, version: u32, value: &Secret<Vec<u8>>) -> Result<()> {
        let path = format!("{}/data/{}", self.s.mount, self.vault_entry(key, version)?);
        let what = format!("writing {}", self.vault_shown(key, version)?);
        let encoded = base64::engine::general_purpose::STANDARD.encode(value.expose());
        let body = json!({
            "options": { "cas": 0 },
            "data": { "value": encoded, "encoding": "base64" },
        });
        let a = self.call(Method::POST, &path, Some(&body), &what)?;
        if a.status == 400 && errors(&a.body, "").contains("check-and-set") {
            return Err(super::vault_stale(key, version, &self.name()));
        }
        match a.body["data"]["version"].as_u64() {
            Some(1) if a.status == 200 => Ok(()),
            Some(_) if a.status == 200 => Err(super::vault_stale(key, version, &self.name())),
            _ => Err(self.unexpected(&a, &what)),
        }
    }

    fn vault_delete(&self, key: &VaultKey, newest: u32) -> Result<()> {
        for version in 1..=newest {
            self.delete_entry(&self.vault_entry(key, version)?)?;
        }
        Ok(())
    }

    fn client_get(&self, slot: &str) -> Result<Option<Secret<String>>> {
        Ok(self
            .data_of(&self.client_entry(slot))?
            .map(|data| Secret::new(data.to_string())))
    }

    /// Replaced in place, with only one version kept: a rotated secret does not stay readable.
    fn client_put(&self, slot: &str, entry: &Secret<String>) -> Result<()> {
        let data: Value = serde_json::from_str(entry.expose())
            .map_err(|_| Error::failure("a client entry is not JSON"))?;
        self.put_one_version(&self.client_entry(slot), data)
    }

    fn client_delete(&self, slot: &str) -> Result<()> {
        self.delete_entry(&self.client_entry(slot))
    }
}

impl OpenBao {
    /// The data of the entry at `path` (below the mount), `None` when there is none.
    fn data_of(&self, path: &str) -> Result<Option<Value>> {
        let what = format!("reading {}/{path}", self.s.mount);
        let a = self.call(
            Method::GET,
            &format!("{}/data/{path}", self.s.mount),
            None,
            &what,
        )?;
        match a.status {
            200 => {}
            404 => return Ok(None),
            _ => return Err(self.unexpected(&a, &what)),
        }
        let data = &a.body["data"]["data"];
        Ok((!data.is_null()).then(|| data.clone()))
    }

    /// Writes `data` as the entry at `path`, replacing it, with one version kept.
    fn put_one_version(&self, path: &str, data: Value) -> Result<()> {
        let what = format!("writing {}/{path}", self.s.mount);
        let a = self.call(
            Method::POST,
            &format!("{}/metadata/{path}", self.s.mount),
            Some(&json!({ "max_versions": 1 })),
            &what,
        )?;
        if !matches!(a.status, 200 | 204) {
            return Err(self.unexpected(&a, &what));
        }
        let a = self.call(
            Method::POST,
            &format!("{}/data/{path}", self.s.mount),
            Some(&json!({ "data": data })),
            &what,
        )?;
        match a.status {
            200 | 204 => Ok(()),
            _ => Err(self.unexpected(&a, &what)),
        }
    }

    /// Deletes the entry at `path` with every version; deleting nothing is fine.
    fn delete_entry(&self, path: &str) -> Result<()> {
        let what = format!("deleting {}/{path}", self.s.mount);
        let a = self.call(
            Method::DELETE,
            &format!("{}/metadata/{path}", self.s.mount),
            None,
            &what,
        )?;
        match a.status {
            200 | 204 | 404 => Ok(()),
            _ => Err(self.unexpected(&a, &what)),
        }
    }

    /// The keys listed in folder `path` (a sub-folder ends with `/`); none when it does not
    /// exist.
    fn list_keys(&self, path: &str) -> Result<Vec<String>> {
        let what = format!("listing {}/{path}", self.s.mount);
        let a = self.call(
            Method::GET,
            &format!("{}/metadata/{path}?list=true", self.s.mount),
            None,
            &what,
        )?;
        match a.status {
            404 => Ok(Vec::new()),
            200 => Ok(a.body["data"]["keys"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()),
            _ => Err(self.unexpected(&a, &what)),
        }
    }

    /// `PREFIX/narrowed/<authz id>`: the narrowed access tokens of one authorization, in a
    /// folder apart from `tokens/` so that a policy can let runners write this cache and
    /// nothing else (docs/openbao/runner.hcl).
    fn narrowed_folder(&self, id: &str) -> Result<String> {
        check_id(id)?;
        Ok(format!("{}/narrowed/{id}", self.s.prefix))
    }

    fn narrowed_entry(&self, id: &str, key: &str) -> Result<String> {
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(Error::failure(format!(
                "'{}' is not a narrowed token key",
                crate::error::escape(key)
            )));
        }
        Ok(format!("{}/{key}", self.narrowed_folder(id)?))
    }

    /// `PREFIX/clients/<store id>/<digest>`: a client secret, in a folder of its own so that a
    /// policy can let runners read it and nothing more (docs/openbao/runner.hcl).
    fn client_entry(&self, slot: &str) -> String {
        format!("{}/clients/{slot}", self.s.prefix)
    }

    /// `PREFIX/vault/<store id>/<name>/v<N>`: under the store's own folder, so that stores
    /// sharing a prefix (the default one, `authz`) never reach each other's values.
    fn vault_entry(&self, key: &VaultKey, version: u32) -> Result<String> {
        crate::domain::vault::validate_name(&key.name)?;
        Ok(format!(
            "{}/vault/{}/{}/v{version}",
            self.s.prefix,
            key.store()?,
            key.name
        ))
    }

    fn vault_shown(&self, key: &VaultKey, version: u32) -> Result<String> {
        Ok(format!(
            "{}/{}",
            self.s.mount,
            self.vault_entry(key, version)?
        ))
    }

    /// Whether version `version` of `key` is at the place an older authz used,
    /// `PREFIX/vault/<name>` (KV version N), bound to no store. Only to explain a miss: its
    /// value is never returned, and any failure reads as "no".
    fn legacy_vault_value(&self, key: &VaultKey, version: u32) -> bool {
        let path = format!(
            "{}/data/{}/vault/{}?version={version}",
            self.s.mount, self.s.prefix, key.name
        );
        self.call(
            Method::GET,
            &path,
            None,
            "looking for an unbound vault value",
        )
        .is_ok_and(|a| a.status == 200 && a.body["data"]["data"]["value"].is_string())
    }
}

/// Authorization ids become path segments: nothing that could climb or branch.
fn check_id(id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id.len() <= 128
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok {
        Ok(())
    } else {
        Err(Error::failure(format!(
            "'{}' is not an authorization id",
            escape(id)
        )))
    }
}

/// The `errors` of an OpenBao answer on one line, escaped (they are the server's words).
fn errors(body: &Value, default: &str) -> String {
    let list: Vec<&str> = body["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    if list.is_empty() {
        default.to_owned()
    } else {
        escape(list.join("; ").replace(['\n', '\t'], " ").trim())
    }
}

/// Reads a role id or secret id file, refused (like libpq refuses `~/.pgpass`) unless it is
/// the user's own and private (or root's, readable by the group at most): a secret id others
/// can read is a login anyone on the host can make.
fn read_id_file(path: &std::path::Path, var: &str) -> Result<Secret<String>> {
    #[cfg(unix)]
    if let Ok(meta) = std::fs::metadata(path) {
        use std::os::unix::fs::MetadataExt;
        let me = rustix::process::geteuid().as_raw();
        let mode = meta.mode() & 0o777;
        let others = if meta.uid() == me { 0o077 } else { 0o037 };
        let why = if meta.uid() != me && meta.uid() != 0 {
            Some("belongs to another user".to_owned())
        } else if mode & others != 0 {
            Some(format!(
                "is readable or writable by others (mode {mode:04o})"
            ))
        } else {
            None
        };
        if let Some(why) = why {
            return Err(Error::usage(format!(
                "refusing {} ({var}): it {why}",
                escape(&path.display().to_string())
            ))
            .hint(format!(
                "make it yours and private: chown $USER {0} && chmod 600 {0}",
                escape(&path.display().to_string())
            )));
        }
    }
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::usage(format!("cannot read {}: {e}", path.display())).hint(format!(
            "{var} must name a readable file holding only the id"
        ))
    })?;
    let id = text.trim();
    if id.is_empty() {
        return Err(Error::usage(format!("{} is empty", path.display()))
            .hint(format!("{var} must name a file holding the id")));
    }
    Ok(Secret::new(id.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_could_leave_the_prefix_are_refused() {
        for ok in ["az_01J", "az-1"] {
            assert!(check_id(ok).is_ok(), "{ok}");
        }
        for bad in ["", "../x", "a/b", "a?list=true", "a b", "é"] {
            assert!(check_id(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn server_errors_are_one_escaped_line() {
        let body =
            json!({ "errors": ["1 error occurred:\n\t* permission denied\n\n", "\u{1b}[31m"] });
        let line = errors(&body, "x");
        assert!(!line.contains('\n') && !line.contains('\u{1b}'), "{line}");
        assert!(line.contains("permission denied"));
        assert_eq!(errors(&Value::Null, "fallback"), "fallback");
    }
}
