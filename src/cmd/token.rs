//! `authz token`: the workflow runner's hot path. Prints only a fresh access token.
//!
//! Fast path: the store says the cached token is valid for at least `--margin` more seconds →
//! one secret-store read, no network. Slow path: take this authorization's refresh lock (one
//! refresh at a time across processes and hosts: providers rotate refresh tokens and treat reuse
//! as theft), look again (another process may have refreshed meanwhile), refresh, store the
//! rotated refresh token *before* printing anything, with a check-and-set on the version read
//! (the backstop, should a host have written without the lock), then record the new expiry in
//! the store, and give the lock back.
//!
//! The lock has two layers (`with_refresh_lock`): a file lock of this machine, so the processes
//! of one host queue locally, then the store's lease (`Store::take_refresh_lease`), so the one
//! process per host that got the file lock queues with the other hosts' in the database. With
//! an SQLite store, one machine's, the lease is nothing and the file lock is the lock.

use crate::app::App;
use crate::cli::{TokenArgs, TokenFormat};
use crate::domain::credential;
use crate::domain::narrow::{CachedToken, Narrowing, Needs};
use crate::domain::{Authorization, Scopes, Status};
use crate::error::{Error, Kind, Result, escape};
use crate::idp::RefreshError;
use crate::secret::{Held, Secret, TokenSet, not_mine};
use crate::store::Lease;
use serde_json::json;
use std::io::Write;
use std::time::{Duration, Instant};

/// How long a caller waits for another host's refresh of the same authorization (its lease).
const LEASE_WAIT: Duration = Duration::from_secs(60);
/// How long a caller waits for the file lock: its holder may itself be waiting out another
/// host's lease (`LEASE_WAIT`) before it refreshes (within `LEASE_TTL`).
const LOCK_WAIT: Duration = Duration::from_secs(LEASE_WAIT.as_secs() + LEASE_TTL.as_secs());
/// How long a lease lasts, by the store's clock: one provider call, a secret read and a
/// write, and a margin; a holder killed meanwhile blocks the others for no longer than this.
/// The slow set-up (the secret backend's login, a provider discovery) comes before the lease;
/// a holder whose calls all run to their bounds, or whose OpenBao token is refused mid-way
/// (one new login), may still outlast it: the check-and-set write is the backstop then.
const LEASE_TTL: Duration = Duration::from_secs(
    crate::idp::CALL_BOUND.as_secs() + 2 * crate::secret::CALL_BOUND.as_secs() + 5,
);
/// A waiter asks again this often: one short statement per waiting host.
const LEASE_POLL: Duration = Duration::from_millis(50);
// A dead holder's lease always runs out before a waiter gives up.
const _: () = assert!(LEASE_TTL.as_secs() < LEASE_WAIT.as_secs());

/// Where a token came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The cached access token, no network call.
    Cached,
    /// A refresh this run made.
    Refreshed,
    /// Another process refreshed while this one waited for the lock.
    RefreshedByAnother,
}

pub struct Fresh {
    pub token: Secret<String>,
    pub source: Source,
    pub expires_at: Option<i64>,
    /// What the token holds, when it is a workflow's narrowed one (what the provider said it
    /// granted, else what was asked); `None`: the authorization's own token, its scopes.
    pub scopes: Option<Scopes>,
}

/// What a caller wants a token for: an authorization's own (full) token, or one workflow's
/// token narrowed to its needs (issue 20).
pub struct Target {
    pub authz: Authorization,
    pub narrow: Option<Narrow>,
}

/// One workflow's needs, and what the store knows of the token cached for them.
pub struct Narrow {
    pub workflow: String,
    pub needs: Needs,
    /// Refuse a token the provider did not confirm as narrowed (exit 10).
    pub strict: bool,
    /// The store's record of the token cached for `needs`, as read with the workflow.
    pub cached: Option<CachedToken>,
}

/// How long a refused narrowing is remembered before it is asked again: meanwhile the
/// workflow uses the authorization's own token (unless strict), without asking the provider.
const REFUSAL_REMEMBERED: i64 = 3600;

pub fn execute(args: TokenArgs, app: &mut App) -> Result<()> {
    if args.margin < 0 {
        return Err(Error::usage("--margin must be 0 or more seconds"));
    }
    let target = match (&args.authz, &args.workflow) {
        (Some(a), _) => Target {
            authz: app.read(|tx| tx.resolve_authz(a))?,
            narrow: None,
        },
        (None, Some(w)) => workflow_target(app, w, args.strict_scopes)?,
        (None, None) => return Err(Error::usage("name an authorization or --workflow NAME")),
    };
    let fresh = fresh_for(app, &target, args.margin)?;
    let text = match args.format.unwrap_or(TokenFormat::Raw) {
        TokenFormat::Raw => fresh.token.expose().clone(),
        TokenFormat::Json => credential::token_json(
            fresh.token.expose(),
            fresh.expires_at,
            &fresh
                .scopes
                .as_ref()
                .unwrap_or(&target.authz.scopes)
                .to_text(),
        )
        .to_string(),
        TokenFormat::ExecCredential => {
            let asked = std::env::var("KUBERNETES_EXEC_INFO").ok();
            let version = credential::exec_api_version(asked.as_deref()).map_err(|e| {
                Error::usage(e).hint(
                    "use a kubeconfig exec user with apiVersion client.authentication.k8s.io/v1",
                )
            })?;
            credential::exec_credential(version, fresh.token.expose(), fresh.expires_at).to_string()
        }
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()?;
    Ok(())
}

/// The authorization `--workflow NAME` uses.
pub(crate) fn workflow_authz(app: &mut App, workflow: &str) -> Result<Authorization> {
    app.read(|tx| {
        let wf = tx.require_workflow(workflow)?;
        tx.resolve_authz(&wf.authorization)
    })
}

/// What `--workflow NAME` gets a token for: its authorization, narrowed to its required
/// scopes and resource; `strict` (`--strict-scopes`) adds to the workflow's own setting. One
/// read: the workflow, its authorization and the record of the token cached for its needs.
pub(crate) fn workflow_target(app: &mut App, workflow: &str, strict: bool) -> Result<Target> {
    app.read(|tx| {
        let wf = tx.require_workflow(workflow)?;
        let policy = tx.token_policy(&wf.name)?;
        let authz = tx.resolve_authz(&wf.authorization)?;
        let needs = Needs {
            scopes: wf.scopes.clone(),
            resource: policy.resource,
        };
        let strict = strict || policy.strict;
        if needs.scopes.is_empty() && needs.resource.is_none() {
            // Nothing declared, nothing to narrow to: the authorization's own token.
            if strict {
                return Err(Error::not_narrowed(format!(
                    "workflow '{}' requires no scope and names no resource, so its token cannot be narrowed (strict scopes)",
                    escape(&wf.name)
                ))
                .hint(format!(
                    "declare what it requires: authz workflow edit {} --scope SCOPE",
                    escape(&wf.name)
                )));
            }
            return Ok(Target { authz, narrow: None });
        }
        let key = needs.key();
        let cached = tx
            .cached_tokens(&authz.id)?
            .into_iter()
            .find(|c| c.key == key);
        Ok(Target {
            authz,
            narrow: Some(Narrow {
                workflow: wf.name,
                needs,
                strict,
                cached,
            }),
        })
    })
}

/// A usable access token for `target`: the authorization's own (`fresh_token`), or the
/// workflow's narrowed one (the same two paths: the cache, else a refresh under the lock).
pub fn fresh_for(app: &mut App, target: &Target, margin: i64) -> Result<Fresh> {
    let Some(n) = &target.narrow else {
        return fresh_token(app, &target.authz, margin);
    };
    let authz = &target.authz;
    usable(authz)?;
    match cached_narrowed(app, authz, n, n.cached.as_ref(), margin, Source::Cached)? {
        Some(Got::Token(fresh)) => return Ok(fresh),
        Some(Got::UseFull) => return fresh_token(app, authz, margin),
        None => {}
    }
    app.secrets()?;
    let provider = app.provider_for(&authz.issuer);
    let got = with_refresh_lock(app, &authz.id, |app| {
        let key = n.needs.key();
        let (authz, cached, resources) = app.read(|tx| {
            let authz = tx.resolve_authz(&authz.id)?;
            let cached = tx.cached_tokens(&authz.id)?;
            let resources = tx.authz_resources(&authz.id)?;
            Ok((authz, cached, resources))
        })?;
        usable(&authz)?;
        let mine = cached.iter().find(|c| c.key == key);
        if let Some(got) =
            cached_narrowed(app, &authz, n, mine, margin, Source::RefreshedByAnother)?
        {
            return Ok(got);
        }
        refresh_narrowed(app, &authz, n, provider, &cached, &resources)
    })?;
    match got {
        Got::Token(fresh) => Ok(fresh),
        // The narrowing was refused: the authorization's own token, by its own path.
        Got::UseFull => fresh_token(app, authz, margin),
    }
}

/// What the narrowed path found.
enum Got {
    Token(Fresh),
    /// The provider refuses this narrowing (remembered for a while): use the full token.
    UseFull,
}

/// The error of a strict workflow whose token the provider did not (confirm it) narrowed.
fn not_narrowed(authz: &Authorization, n: &Narrow, narrowing: Narrowing) -> Error {
    let what = match narrowing {
        Narrowing::Ignored => "the provider ignored the narrowing (it granted more than asked)",
        Narrowing::Refused => "the provider refuses the narrowing",
        Narrowing::Unconfirmed => "the provider did not say what it granted",
        Narrowing::Narrowed => "the token is narrowed",
    };
    Error::not_narrowed(format!(
        "workflow '{}' wants a token holding only {}{} (strict scopes), but {what}; no token was handed out",
        escape(&n.workflow),
        n.needs.scopes,
        n.needs
            .resource
            .as_deref()
            .map(|r| format!(" for {}", escape(r)))
            .unwrap_or_default(),
    ))
    .hint(format!(
        "see docs/guide.md \"Per-workflow tokens\"; to accept the authorization's own token: authz workflow edit {} --no-strict-scopes (authorization {})",
        escape(&n.workflow),
        authz.id
    ))
    .details(json!({ "narrowing": narrowing }))
}

/// The narrowed token cached for `n`, when the store's record (`row`) says it is still valid
/// for `margin` seconds and the secret backend holds it; `UseFull` while a refusal is
/// remembered. A strict workflow is refused a token not confirmed as narrowed.
fn cached_narrowed(
    app: &mut App,
    authz: &Authorization,
    n: &Narrow,
    row: Option<&CachedToken>,
    margin: i64,
    source: Source,
) -> Result<Option<Got>> {
    let now = app.now;
    let Some(row) = row else { return Ok(None) };
    if row.narrowing == Narrowing::Refused {
        return match row.expires {
            Some(until) if until > now && n.strict => Err(not_narrowed(authz, n, row.narrowing)),
            Some(until) if until > now => Ok(Some(Got::UseFull)),
            _ => Ok(None),
        };
    }
    match row.expires {
        Some(exp) if exp - margin > now => {}
        _ => return Ok(None),
    }
    if n.strict && !row.narrowing.strict_ok() {
        return Err(not_narrowed(authz, n, row.narrowing));
    }
    let secrets = app.secrets()?;
    Ok(
        match secrets.get_narrowed(&authz.id, &authz.issuer, &row.key)? {
            Some(TokenSet {
                access_token: Some(token),
                expires_at: Some(exp),
                ..
            }) if exp - margin > now => Some(Got::Token(Fresh {
                token,
                source,
                expires_at: Some(exp),
                scopes: Some(row.granted.clone().unwrap_or_else(|| row.scopes.clone())),
            })),
            _ => None,
        },
    )
}

/// Refreshes for one workflow's needs (under the refresh lock): the provider is asked for the
/// scope subset and resource; a rotated refresh token is stored first (the check-and-set, as
/// `refresh` does), then the narrowed token is cached under its key, then the store records
/// what it holds, evicting the least recently refreshed beyond `narrow::MAX_CACHED`.
fn refresh_narrowed(
    app: &mut App,
    authz: &Authorization,
    n: &Narrow,
    provider: Result<crate::idp::Provider>,
    cached: &[CachedToken],
    login_resources: &[String],
) -> Result<Got> {
    let now = app.now;
    let key = n.needs.key();
    // Warned once per authorization: the first time one of its narrowings is not honoured.
    let first_refusal = !cached
        .iter()
        .any(|c| matches!(c.narrowing, Narrowing::Ignored | Narrowing::Refused));
    // A resource the login did not ask for is never asked: a provider may check it only after
    // rotating the refresh token (oidc-provider does), and the answer would then be an error
    // without the new one.
    if let Some(resource) = &n.needs.resource
        && !login_resources.iter().any(|r| r == resource)
    {
        let why = format!(
            "its login did not ask for resource {} (log in again with it: authz add --reauth {} --resource {})",
            escape(resource),
            authz.id,
            escape(resource)
        );
        return refused(app, authz, n, &why, first_refusal);
    }
    let secrets = app.secrets()?;
    let (stored, refresh_token, version) = refresh_token_for_use(app, authz)?;
    let provider = provider?;
    let tokens = match provider.refresh(&refresh_token, now, Some(&n.needs)) {
        Ok(t) => t,
        Err(RefreshError::NarrowingRefused(e, code)) if code == "invalid_target" => {
            // Some providers (oidc-provider among them) check the resource only after
            // rotating the refresh token, and the error carries no new one: the stored one
            // may be spent, and presenting it again would look like a stolen token's reuse.
            mark_relogin(
                app,
                authz,
                &format!(
                    "the provider refused resource {} ({code}) after the refresh token may have been rotated",
                    n.needs.resource.as_deref().unwrap_or("-")
                ),
            )?;
            return Err(relogin(
                authz,
                &format!(
                    "may have lost its refresh token: the provider refused the narrowing for workflow '{}' ({}) and may have rotated the refresh token first",
                    escape(&n.workflow),
                    e.message
                ),
            ));
        }
        Err(RefreshError::NarrowingRefused(e, code)) => {
            let why = format!("the provider refused it: {code} ({})", e.message);
            return refused(app, authz, n, &why, first_refusal);
        }
        Err(RefreshError::Rejected(e)) => {
            mark_relogin(app, authz, &e.message)?;
            return Err(relogin(
                authz,
                &format!("was rejected by the provider ({})", e.message),
            ));
        }
        Err(RefreshError::Failed(e)) => return Err(e),
    };
    let rotated = tokens.refresh_token.is_some();
    if let Some(new) = &tokens.refresh_token {
        // The rotated refresh token is the only valid one now: kept before anything else, over
        // the version this refresh started from. The entry's own access token stays: it is the
        // authorization's full one, still valid.
        let mut set = stored;
        set.refresh_token = Some(new.clone());
        secrets.write(&authz.id, &authz.issuer, &set, &version)?;
    }
    let claims = crate::domain::narrow::token_claims(tokens.access_token.expose());
    let (narrowing, granted) =
        crate::domain::narrow::judge(&n.needs, tokens.scopes.as_ref(), claims.as_ref());
    let cached_set = TokenSet {
        access_token: Some(tokens.access_token.clone()),
        expires_at: tokens.expires_at,
        ..TokenSet::default()
    };
    if let Err(e) = secrets.put_narrowed(&authz.id, &authz.issuer, &key, &cached_set) {
        // Only the cache is lost: the rotated refresh token is kept already.
        app.out.warn(format!(
            "the token of workflow '{}' could not be cached in {} ({}); the next call refreshes again",
            escape(&n.workflow),
            secrets.name(),
            e.message
        ));
    }
    let row = CachedToken {
        key: key.clone(),
        scopes: n.needs.scopes.clone(),
        resource: n.needs.resource.clone(),
        granted: granted.clone(),
        narrowing,
        expires: tokens.expires_at,
        refreshed: now,
    };
    let evicted = crate::domain::narrow::evict(cached, &key);
    record(app, authz, n, &row, &evicted, rotated);
    if !evicted.is_empty() {
        let _ = secrets.forget_narrowed(&authz.id, &evicted);
    }
    if narrowing == Narrowing::Ignored && first_refusal {
        app.out.warn(format!(
            "the provider ignored the narrowing for workflow '{}' of {} (asked for {}, granted {}): its workflows get wider tokens than they need; see authz audit",
            escape(&n.workflow),
            authz.id,
            n.needs.scopes,
            granted.as_ref().map(|g| g.to_text()).unwrap_or_else(|| "another audience".into())
        ));
    }
    if n.strict && !narrowing.strict_ok() {
        return Err(not_narrowed(authz, n, narrowing));
    }
    Ok(Got::Token(Fresh {
        token: tokens.access_token,
        source: Source::Refreshed,
        expires_at: tokens.expires_at,
        scopes: Some(granted.unwrap_or_else(|| n.needs.scopes.clone())),
    }))
}

/// A narrowing the provider refuses (or would): remembered for `REFUSAL_REMEMBERED`, warned
/// once per authorization; a strict workflow gets an error, another the full token.
fn refused(
    app: &mut App,
    authz: &Authorization,
    n: &Narrow,
    why: &str,
    first_refusal: bool,
) -> Result<Got> {
    let now = app.now;
    let row = CachedToken {
        key: n.needs.key(),
        scopes: n.needs.scopes.clone(),
        resource: n.needs.resource.clone(),
        granted: None,
        narrowing: Narrowing::Refused,
        expires: Some(now + REFUSAL_REMEMBERED),
        refreshed: now,
    };
    record(app, authz, n, &row, &[], false);
    if n.strict {
        return Err(not_narrowed(authz, n, Narrowing::Refused).hint(why.to_owned()));
    }
    if first_refusal {
        app.out.warn(format!(
            "no narrowed token for workflow '{}' of {}: {why}; it gets the authorization's own token (see authz audit)",
            escape(&n.workflow),
            authz.id
        ));
    }
    Ok(Got::UseFull)
}

/// Records a narrowed token (or a refusal) in the store, with a `refreshed` event, and
/// forgets the evicted records. A failure only costs the cache: warned, not fatal.
fn record(
    app: &mut App,
    authz: &Authorization,
    n: &Narrow,
    row: &CachedToken,
    evicted: &[String],
    rotated: bool,
) {
    let recorded = app.write(|tx, j| {
        tx.record_cached_token(&authz.id, row)?;
        tx.forget_cached_tokens(&authz.id, evicted)?;
        j.log(
            tx,
            "refreshed",
            Some(&authz.id),
            Some(&n.workflow),
            json!({
                "rotated": rotated,
                "expires": row.expires.filter(|_| row.narrowing != Narrowing::Refused).map(crate::domain::format_ts),
                "scopes": row.scopes,
                "resource": row.resource,
                "granted": row.granted,
                "narrowing": row.narrowing,
            }),
        )
    });
    if let Err(e) = recorded {
        app.out.warn(format!(
            "the store did not record the token of workflow '{}' ({}); the next call refreshes again",
            escape(&n.workflow),
            e.message
        ));
    }
}

/// A usable access token for `authz`, from the cache or by refreshing (see the module docs).
pub fn fresh_token(app: &mut App, authz: &Authorization, margin: i64) -> Result<Fresh> {
    usable(authz)?;
    if let Some(fresh) = cached(app, authz, margin, Source::Cached)? {
        return Ok(fresh);
    }
    // The slow set-up a refresh may need comes before the lease, so that the lease covers the
    // refresh itself and nothing else: the secret backend's connection (an OpenBao AppRole
    // login) and the provider's metadata (a discovery, at most daily). A discovery that fails
    // matters only if this process must refresh: a waiter may find another host's token.
    app.secrets()?;
    let provider = app.provider_for(&authz.issuer);
    with_refresh_lock(app, &authz.id, |app| {
        // Look again under the lock: a concurrent caller (of this host or another) may have
        // refreshed already.
        let authz = app.read(|tx| tx.resolve_authz(&authz.id))?;
        usable(&authz)?;
        if let Some(fresh) = cached(app, &authz, margin, Source::RefreshedByAnother)? {
            return Ok(fresh);
        }
        refresh(app, &authz, provider)
    })
}

/// Runs `f` holding the refresh lock of authorization `id` (see the module docs): the file
/// lock, then the store's lease, which is given back however `f` ends. Whatever reads and
/// rewrites `id`'s tokens goes through here (`authz token`, `run`, `test`, `secrets migrate`).
pub(crate) fn with_refresh_lock<T>(
    app: &mut App,
    id: &str,
    f: impl FnOnce(&mut App) -> Result<T>,
) -> Result<T> {
    let _local = RefreshLock::take(app, id)?;
    let holder = take_lease(app, id)?;
    let out = f(app);
    let released = app
        .store()
        .and_then(|s| s.release_refresh_lease(id, &holder));
    match (out, released) {
        (Ok(v), Err(e)) => {
            // The refresh itself is done and stored; the lease runs out by itself.
            app.out.warn(format!(
                "could not give back the refresh lease of {id} ({}); other hosts wait until it expires, within {} s",
                e.message,
                LEASE_TTL.as_secs()
            ));
            Ok(v)
        }
        (out, _) => out,
    }
}

/// Takes the store's lease on refreshing `id`, waiting (polling) while another host holds it,
/// for at most `LEASE_WAIT`. Returns the holder name it took it as.
fn take_lease(app: &mut App, id: &str) -> Result<String> {
    let holder = lease_holder();
    let deadline = Instant::now() + LEASE_WAIT;
    loop {
        match app.store()?.take_refresh_lease(id, &holder, LEASE_TTL)? {
            Lease::Taken => return Ok(holder),
            Lease::HeldBy { left, .. } if Instant::now() < deadline => {
                std::thread::sleep(LEASE_POLL.min(left.max(Duration::from_millis(1))));
            }
            Lease::HeldBy { holder, left } => {
                return Err(Error::failure(format!(
                    "waited {} s for another host's refresh of {id}: {} holds its lease for {} s more",
                    LEASE_WAIT.as_secs(),
                    escape(&holder),
                    left.as_secs_f64().ceil()
                ))
                .hint("retry; if it persists, look for a stuck authz process on that host"));
            }
        }
    }
}

/// Who this process is, for other hosts' messages: `host pid 1234 #1a2b3c4d` (the tag tells
/// apart two processes with the same host name and pid, as containers can have).
fn lease_holder() -> String {
    let mut tag = [0u8; 4];
    getrandom::fill(&mut tag).expect("the OS random source failed");
    let tag: String = tag.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{} pid {} #{tag}",
        crate::app::host_name(),
        std::process::id()
    )
}

fn usable(authz: &Authorization) -> Result<()> {
    match authz.status {
        Status::Active => Ok(()),
        Status::ReloginNeeded => Err(relogin(authz, "needs a new login")),
        Status::Revoked => Err(Error::conflict(format!(
            "authorization {} ({}) is revoked",
            authz.id,
            escape(&authz.email)
        ))
        .hint("use another authorization: authz list")),
    }
}

fn relogin(authz: &Authorization, why: &str) -> Error {
    Error::relogin(format!(
        "authorization {} ({}) {why}",
        authz.id,
        escape(&authz.email)
    ))
    .hint(format!(
        "log in again as {}: authz add --reauth {}",
        escape(&authz.email),
        authz.id
    ))
}

/// The cached token when the store says it is still valid for `margin` seconds. The store's
/// expiry decides (no keyring call for an expired one); the keyring's own expiry must agree.
fn cached(
    app: &mut App,
    authz: &Authorization,
    margin: i64,
    source: Source,
) -> Result<Option<Fresh>> {
    let now = app.now;
    match authz.token_expires {
        Some(exp) if exp - margin > now => {}
        _ => return Ok(None),
    }
    let secrets = app.secrets()?;
    Ok(match secrets.access_for_use(authz)? {
        Some(TokenSet {
            access_token: Some(token),
            expires_at: Some(exp),
            ..
        }) if exp - margin > now => Some(Fresh {
            token,
            source,
            expires_at: Some(exp),
            scopes: None,
        }),
        _ => None,
    })
}

fn refresh(
    app: &mut App,
    authz: &Authorization,
    provider: Result<crate::idp::Provider>,
) -> Result<Fresh> {
    let secrets = app.secrets()?;
    let (stored, refresh_token, version) = refresh_token_for_use(app, authz)?;
    let provider = provider?;
    let now = app.now;
    let tokens = match provider.refresh(&refresh_token, now, None) {
        Ok(t) => t,
        Err(RefreshError::Rejected(e)) => {
            mark_relogin(app, authz, &e.message)?;
            return Err(relogin(
                authz,
                &format!("was rejected by the provider ({})", e.message),
            ));
        }
        // Network, timeouts, 5xx: nothing changes, the caller may retry (exit 5). (No
        // narrowing was asked, so none is refused.)
        Err(RefreshError::Failed(e) | RefreshError::NarrowingRefused(e, _)) => return Err(e),
    };
    let rotated = tokens.refresh_token.is_some();
    // Whatever else the entry holds stays as it was.
    let mut set: TokenSet = stored;
    // No refresh token in the answer: the old one stays valid (RFC 6749 §6).
    set.refresh_token = Some(tokens.refresh_token.clone().unwrap_or(refresh_token));
    set.access_token = Some(tokens.access_token.clone());
    set.expires_at = tokens.expires_at;
    // The rotated refresh token is the only valid one now: keep it before anything else, and
    // only over the version this refresh started from (check-and-set): a host that refreshed
    // meanwhile without our lock has written tokens that must not be overwritten.
    if let Err(e) = secrets.write(&authz.id, &authz.issuer, &set, &version) {
        // The writer that won holds tokens as new as ours: a valid access token of theirs
        // serves this caller too; our rotated refresh token is the one dropped.
        if e.kind == Kind::Conflict
            && let Some(TokenSet {
                access_token: Some(token),
                expires_at: Some(exp),
                ..
            }) = secrets.get_access(&authz.id, &authz.issuer)?
            && exp > now
        {
            return Ok(Fresh {
                token,
                source: Source::RefreshedByAnother,
                expires_at: Some(exp),
                scopes: None,
            });
        }
        return Err(e);
    }
    let expires_at = tokens.expires_at;
    let recorded = app.write(|tx, j| {
        tx.set_token_expires(&authz.id, expires_at)?;
        j.log(
            tx,
            "refreshed",
            Some(&authz.id),
            None,
            json!({ "rotated": rotated, "expires": expires_at.map(crate::domain::format_ts) }),
        )
    });
    if let Err(e) = recorded {
        // The new tokens are safe in the secret backend already; only the store's record of
        // their expiry (and the event) is missing, so the next call refreshes once more.
        app.out.warn(format!(
            "the refreshed tokens of {} are kept in {}, but the store did not record the refresh ({}); the next call refreshes again",
            authz.id,
            secrets.name(),
            e.message
        ));
    }
    Ok(Fresh {
        token: tokens.access_token,
        source: Source::Refreshed,
        expires_at,
        scopes: None,
    })
}

/// The stored tokens of `authz` (what else the entry holds stays as it was on a write), its
/// refresh token and the entry's version, for a refresh. Nothing here while the row records the
/// tokens elsewhere is exit 6, not relogin-needed; no refresh token, or entries of another
/// store or issuer (sent nowhere, see `secret::Secrets`), mark it relogin-needed.
fn refresh_token_for_use(
    app: &mut App,
    authz: &Authorization,
) -> Result<(TokenSet, Secret<String>, crate::secret::Version)> {
    let secrets = app.secrets()?;
    let (held, version) = secrets.tokens_for_use(authz)?;
    let stored = match held {
        Held::Mine(t) => Some(t),
        Held::Nothing => None,
        Held::NotMine(b) => {
            mark_relogin(
                app,
                authz,
                "its secret entries belong to another store or issuer",
            )?;
            let e = not_mine(&authz.id, b.as_ref());
            return Err(Error::relogin(e.message).hint(e.hint.unwrap_or_default()));
        }
    };
    let Some(refresh_token) = stored.clone().and_then(|t| t.refresh_token) else {
        let place = secrets.name();
        mark_relogin(app, authz, &format!("no refresh token in {place}"))?;
        return Err(relogin(
            authz,
            &format!("has no refresh token in {place} (it was deleted or never stored there)"),
        ));
    };
    Ok((stored.unwrap_or_default(), refresh_token, version))
}

/// Marks `authz` relogin-needed (its workflows stay) and logs why.
pub(crate) fn mark_relogin(app: &mut App, authz: &Authorization, why: &str) -> Result<()> {
    app.write(|tx, j| {
        // Token state only: a runner host (authz_runner on PostgreSQL) may write nothing else.
        if !tx.mark_relogin_needed(&authz.id)? {
            return Ok(());
        }
        j.log(
            tx,
            "relogin-needed",
            Some(&authz.id),
            None,
            json!({ "reason": why }),
        )
    })
}

/// An exclusive lock on `$XDG_DATA_HOME/authz/locks/<store id>.<authz id>.lock`, held while
/// refreshing: in a directory of the user's that nobody else can write, whatever directory the
/// store is in (`--db /tmp/x.db` must not mean a shared `/tmp/locks`). The kernel drops it if
/// the process dies, so a crash cannot wedge the next caller. One machine's: other hosts
/// sharing the store queue on its lease (`with_refresh_lock`).
struct RefreshLock {
    _file: std::fs::File,
}

impl RefreshLock {
    fn take(app: &mut App, id: &str) -> Result<RefreshLock> {
        let dir = crate::app::data_dir()?.join("locks");
        crate::private_fs::private_dir(&dir)?;
        let path = dir.join(format!("{}.{id}.lock", app.store_id()?));
        let file = crate::private_fs::lock_file(&path)?;
        let deadline = Instant::now() + LOCK_WAIT;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(RefreshLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(Error::failure(format!(
                        "another authz process has been refreshing {id} for over {} s",
                        LOCK_WAIT.as_secs()
                    ))
                    .hint("retry; if it persists, look for a stuck authz process"));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(Error::failure(format!(
                        "cannot lock {}: {e}",
                        path.display()
                    )));
                }
            }
        }
    }
}
