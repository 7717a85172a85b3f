//! An authorizer's key set: a JWKS file read on each use, or an HTTPS endpoint fetched with
//! bounded size and time and cached on disk per URL (a 0600 file), so verifying survives the
//! endpoint being down for a while.
//!
//! The cache honours `Cache-Control: max-age`, clamped to [5 min, 24 h]. Past that the set is
//! refetched; if the endpoint is down the cached set is still used, with a warning, for up to
//! 24 h more, then refused (exit 5). An unknown key refetches at most once every 30 s, so a
//! flood of tokens with made-up `kid`s cannot turn into a flood of requests.

use crate::domain::Timestamp;
use crate::domain::authorizer::KeySource;
use crate::domain::jwt::KeySet;
use crate::error::{Error, Result, escape};
use crate::https::Http;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const MIN_MAX_AGE: i64 = 5 * 60;
pub const MAX_MAX_AGE: i64 = 24 * 3600;
/// How long past its max-age a cached set may stand in for an endpoint that is down.
pub const STALE_LIMIT: i64 = 24 * 3600;
pub const REFETCH_INTERVAL: i64 = 30;
const FETCH_TIMEOUT: Duration = Duration::from_secs(10);
/// A key set file is read with the same bound as a fetched one (the HTTP client's limit).
const MAX_JWKS_BYTES: u64 = 1024 * 1024;
/// A cache file is larger only if someone else wrote it.
const MAX_CACHE_BYTES: u64 = 2 * MAX_JWKS_BYTES;

/// One cache file: what the endpoint last answered, and when we last asked.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct Cached {
    url: String,
    fetched: Timestamp,
    max_age: i64,
    attempted: Timestamp,
    jwks: Value,
}

impl Cached {
    fn fresh(&self, now: Timestamp) -> bool {
        now < self.fetched + self.max_age
    }

    fn usable(&self, now: Timestamp) -> bool {
        now < self.fetched + self.max_age + STALE_LIMIT
    }

    /// A clock set back also allows one (else a cache from the future would block refetches).
    fn may_refetch(&self, now: Timestamp) -> bool {
        now - self.attempted >= REFETCH_INTERVAL || now < self.attempted
    }
}

/// `Cache-Control: max-age=N`, clamped; absent, unparsable or `no-store` is the minimum.
pub fn max_age(cache_control: Option<&str>) -> i64 {
    let secs = cache_control
        .into_iter()
        .flat_map(|v| v.split(','))
        .filter_map(|d| d.trim().strip_prefix("max-age="))
        .find_map(|n| n.trim_matches('"').parse::<i64>().ok())
        .unwrap_or(0);
    secs.clamp(MIN_MAX_AGE, MAX_MAX_AGE)
}

/// What a URL's key set needs from outside: the HTTP client (made only when a fetch is due)
/// and the cache directory, both chosen by `App`.
pub struct Remote {
    pub ca_file: Option<PathBuf>,
    pub verbose: bool,
    pub cache_dir: PathBuf,
}

pub struct Jwks {
    pub set: KeySet,
    /// Things the operator should know (a stale cache in use); printed as warnings.
    pub notes: Vec<String>,
    url: Option<UrlState>,
}

struct UrlState {
    remote: Remote,
    path: PathBuf,
    cached: Cached,
}

impl Jwks {
    /// The key set `source` names, for authorizer `name` (used in messages).
    /// `vault` gives the key set of a vault entry (the store and the secret backend are the
    /// caller's).
    pub fn load(
        name: &str,
        source: &KeySource,
        remote: Remote,
        now: Timestamp,
        vault: impl FnOnce(&str) -> Result<KeySet>,
    ) -> Result<Jwks> {
        match source {
            KeySource::Vault(secret) => Ok(Jwks {
                set: vault(secret)?,
                notes: Vec::new(),
                url: None,
            }),
            KeySource::File(path) => Ok(Jwks {
                set: read_file(path)?,
                notes: Vec::new(),
                url: None,
            }),
            KeySource::Url(url) => load_url(name, url, remote, now),
        }
    }

    /// After an `unknown-key` verdict: refetch when the last attempt is 30 s old or more.
    /// True when a new set was fetched (the caller verifies again).
    pub fn refetch_for_unknown_key(&mut self, now: Timestamp) -> bool {
        let Some(state) = &mut self.url else {
            return false;
        };
        if !state.cached.may_refetch(now) {
            return false;
        }
        let url = state.cached.url.clone();
        match fetch(&state.remote, &url) {
            Ok((jwks, max_age, set)) => {
                state.cached = Cached {
                    url,
                    fetched: now,
                    max_age,
                    attempted: now,
                    jwks,
                };
                let _ = save(&state.path, &state.cached);
                self.set = set;
                true
            }
            Err(e) => {
                state.cached.attempted = now;
                let _ = save(&state.path, &state.cached);
                self.notes.push(format!("refetching {}: {e}", escape(&url)));
                false
            }
        }
    }

    /// When the set was fetched (for a URL).
    pub fn fetched(&self) -> Option<Timestamp> {
        self.url.as_ref().map(|s| s.cached.fetched)
    }
}

fn read_file(path: &Path) -> Result<KeySet> {
    let shown = path.display();
    let bytes = crate::private_fs::read_bounded(path, MAX_JWKS_BYTES).map_err(|e| {
        let err = format!("cannot read the JWKS file {shown}: {e}");
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::not_found(err)
                .hint("point the authorizer at it again: authz authorizer edit NAME --jwks-file F")
        } else {
            Error::failure(err)
        }
    })?;
    let set =
        KeySet::parse(&bytes).map_err(|e| Error::usage(format!("the JWKS file {shown} is {e}")))?;
    check_secret_file_private(path, &set)?;
    Ok(set)
}

/// A file holding an HMAC secret must be readable by its owner only.
fn check_secret_file_private(path: &Path, set: &KeySet) -> Result<()> {
    #[cfg(unix)]
    {
        use crate::domain::jwt::Family;
        use std::os::unix::fs::PermissionsExt;
        if set.keys.iter().any(|k| k.family == Family::Oct) {
            let mode = std::fs::metadata(path)?.permissions().mode();
            if mode & 0o077 != 0 {
                return Err(Error::usage(format!(
                    "the JWKS file {} holds an HMAC secret but others may read it (mode {:o})",
                    path.display(),
                    mode & 0o777
                ))
                .hint(format!("chmod 600 {}", path.display())));
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (path, set);
    Ok(())
}

fn cache_path(dir: &Path, url: &str) -> PathBuf {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, url.as_bytes());
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    dir.join(format!("{hex}.json"))
}

/// The cached copy for `url`, if it is the user's own (`private_fs::read_cache`): a file
/// another user planted in a shared cache folder would decide which keys verify a token. An
/// untrusted one is ignored (the set is fetched again) and named in `notes`.
fn read_cache(path: &Path, url: &str, notes: &mut Vec<String>) -> Option<Cached> {
    use crate::private_fs::CacheRead;
    match crate::private_fs::read_cache(path, MAX_CACHE_BYTES) {
        CacheRead::Missing => None,
        CacheRead::Own(bytes) => serde_json::from_slice::<Cached>(&bytes)
            .ok()
            .filter(|c| c.url == url),
        CacheRead::Untrusted(why) => {
            notes.push(format!("ignoring the cached key set: {why}"));
            None
        }
    }
}

fn save(path: &Path, c: &Cached) -> Result<()> {
    crate::private_fs::write_cache(path, &serde_json::to_vec(c)?)
}

fn load_url(name: &str, url: &str, remote: Remote, now: Timestamp) -> Result<Jwks> {
    let path = cache_path(&remote.cache_dir, url);
    let mut notes = Vec::new();
    let cached = read_cache(&path, url, &mut notes);
    let cached = match cached {
        Some(c) if c.fresh(now) => c,
        old => match fetch(&remote, url) {
            Ok((jwks, max_age, _)) => {
                let c = Cached {
                    url: url.to_string(),
                    fetched: now,
                    max_age,
                    attempted: now,
                    jwks,
                };
                // A cache folder that is not the user's own is not written either.
                if let Err(e) = save(&path, &c) {
                    notes.push(format!("not caching the key set: {}", e.message));
                }
                c
            }
            Err(e) => match old {
                Some(mut c) if c.usable(now) => {
                    notes.push(format!(
                        "cannot refresh the key set of authorizer '{}' ({e}); using the copy fetched at {}",
                        escape(name),
                        crate::domain::format_ts(c.fetched)
                    ));
                    c.attempted = now;
                    let _ = save(&path, &c);
                    c
                }
                old => {
                    let why = match old {
                        Some(c) => format!(
                            "the cached copy, fetched at {}, is past its limit",
                            crate::domain::format_ts(c.fetched)
                        ),
                        None => "nothing is cached yet".to_string(),
                    };
                    return Err(Error::provider(format!(
                        "cannot fetch the key set of authorizer '{}': {e}",
                        escape(name)
                    ))
                    .hint(format!("{why}; check the URL, --ca-file and the network")));
                }
            },
        },
    };
    let set = KeySet::parse_public(cached.jwks.to_string().as_bytes())
        .map_err(|e| Error::failure(format!("the cached key set {} is {e}", path.display())))?;
    Ok(Jwks {
        set,
        notes,
        url: Some(UrlState {
            remote,
            path,
            cached,
        }),
    })
}

/// One bounded GET of the JWKS; the document must parse as a key set.
fn fetch(remote: &Remote, url: &str) -> std::result::Result<(Value, i64, KeySet), String> {
    if !url.starts_with("https://") {
        return Err("a JWKS URL must be https://".into());
    }
    let http = Http::new(remote.ca_file.as_deref(), remote.verbose).map_err(|e| e.message)?;
    let resp = http.get_within(url, FETCH_TIMEOUT).map_err(|e| e.0)?;
    if resp.status != reqwest::StatusCode::OK {
        return Err(format!("GET {url}: HTTP {}", resp.status));
    }
    let set =
        KeySet::parse_public(&resp.body).map_err(|e| format!("GET {url}: the answer is {e}"))?;
    let jwks: Value = serde_json::from_slice(&resp.body).map_err(|e| e.to_string())?;
    let cache_control = resp
        .headers
        .get(reqwest::header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok());
    Ok((jwks, max_age(cache_control), set))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cached(fetched: Timestamp, max_age: i64, attempted: Timestamp) -> Cached {
        Cached {
            url: "https://idp.example/jwks".into(),
            fetched,
            max_age,
            attempted,
            jwks: serde_json::json!({"keys": []}),
        }
    }

    #[test]
    fn max_age_is_clamped_to_five_minutes_and_a_day() {
        assert_eq!(max_age(Some("public, max-age=3600")), 3600);
        assert_eq!(max_age(Some("max-age=10")), MIN_MAX_AGE);
        assert_eq!(max_age(Some("max-age=9999999")), MAX_MAX_AGE);
        assert_eq!(max_age(Some("no-store")), MIN_MAX_AGE);
        assert_eq!(max_age(Some("max-age=abc")), MIN_MAX_AGE);
        assert_eq!(max_age(None), MIN_MAX_AGE);
    }

    #[test]
    fn a_cached_set_is_fresh_for_its_max_age_then_usable_while_down_for_a_day() {
        let c = cached(1000, 600, 1000);
        assert!(c.fresh(1599));
        assert!(!c.fresh(1600));
        assert!(c.usable(1600 + STALE_LIMIT - 1));
        assert!(!c.usable(1600 + STALE_LIMIT));
    }

    #[test]
    fn an_unknown_key_refetches_at_most_every_thirty_seconds() {
        let c = cached(1000, 600, 1000);
        assert!(!c.may_refetch(1029));
        assert!(c.may_refetch(1030));
        assert!(
            c.may_refetch(999),
            "a clock set back does not block refetching"
        );
    }

    #[test]
    fn each_url_has_its_own_cache_file() {
        let d = Path::new("/c");
        assert_ne!(
            cache_path(d, "https://a/jwks"),
            cache_path(d, "https://b/jwks")
        );
        assert_eq!(
            cache_path(d, "https://a/jwks"),
            cache_path(d, "https://a/jwks")
        );
    }

    #[test]
    fn a_file_with_an_hmac_secret_must_be_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("jwks.json");
        std::fs::write(
            &path,
            r#"{"keys":[{"kty":"oct","k":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}]}"#,
        )
        .unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            let e = read_file(&path).err().unwrap();
            assert!(e.message.contains("others may read it"), "{}", e.message);
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        assert_eq!(read_file(&path).unwrap().keys.len(), 1);
    }
}
