//! `authz add`: log in (`login`: the browser over a loopback redirect, or the device grant), learn
//! whose tokens they are, put them in the OS keyring and the authorization in the store.
//! `--reauth AUTHZ` does the same for an existing authorization, in place, for the same account
//! only. Every way of logging in ends in the same `store_login`.
//!
//! Nothing is left half-done: the keyring entries are written first, then the row in one
//! transaction; if that transaction fails the entries are removed (or, on re-auth, put back).
//! A crash in between leaves a note that `authz doctor` follows to clean up.

use super::doctor::Pending;
use crate::app::App;
use crate::app::{ProviderFlags, cache_metadata, remember_provider};
use crate::cli::AddArgs;
use crate::domain::{
    Authorization, Scopes, Status, Timestamp, check_claim_name, check_move, missing_scopes,
    new_authz_id,
};
use crate::error::{Error, Result, escape};
use crate::idp::{ClientAuth, Http, Metadata, Provider, ProviderConfig, Tokens, UserInfo};
use crate::login;
use crate::output::{AuthzView, View};
use crate::secret::{Held, Secret, Secrets, TokenSet, Version};
use crate::store::Tx;
use serde::Serialize;
use serde_json::json;
use std::io::{self, Write};
use std::rc::Rc;
use std::time::Duration;

/// What every login asks for: identity and the email people know the account by.
const BASE_SCOPES: [&str; 2] = ["openid", EMAIL];
const EMAIL: &str = "email";
const PROFILE: &str = "profile";
/// Asks for a refresh token, so workflows keep working after the browser is closed. Only where
/// the provider may know it: many issue refresh tokens without it, and some refuse a login
/// that asks for a scope they do not know.
const OFFLINE_ACCESS: &str = "offline_access";

#[derive(Serialize)]
pub struct AddView {
    #[serde(flatten)]
    pub authz: AuthzView,
    /// True for `--reauth`: an existing authorization was logged in again.
    pub reauthorized: bool,
    /// Scopes that were asked for but not granted.
    pub not_granted: Vec<String>,
}

impl View for AddView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let a = &self.authz;
        let verb = if self.reauthorized {
            "Re-authorized"
        } else {
            "Added"
        };
        let name = a
            .name
            .as_deref()
            .map(|n| format!(" ({})", escape(n)))
            .unwrap_or_default();
        writeln!(
            w,
            "{verb} authorization {} for {}{name}.",
            a.id,
            escape(&a.email)
        )?;
        if a.email_claim != EMAIL {
            writeln!(w, "email from claim: {}", escape(&a.email_claim))?;
        }
        writeln!(w, "issuer:    {}", escape(&a.issuer))?;
        writeln!(w, "subject:   {}", escape(&a.subject))?;
        writeln!(w, "scopes:    {}", escape(&a.scopes.to_text()))?;
        writeln!(w, "status:    {}", a.status)?;
        writeln!(w, "token:     {}", a.token)?;
        writeln!(w, "workflows: {}", a.workflows.len())?;
        if !self.not_granted.is_empty() {
            writeln!(w, "not granted: {}", escape(&self.not_granted.join(" ")))?;
        }
        Ok(())
    }

    /// `authz add -q`: the id alone, for `id=$(authz add -q)`.
    fn quiet_result(&self) -> Option<String> {
        Some(self.authz.id.clone())
    }
}

pub fn execute(args: AddArgs, app: &mut App) -> Result<()> {
    for s in &args.scopes {
        if s.is_empty() || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(Error::usage(format!("'{}' is not a scope", escape(s)))
                .hint("give one scope per --scope, e.g. --scope workflows:read"));
        }
    }
    if args.timeout == 0 {
        return Err(Error::usage("--timeout must be at least 1 second"));
    }
    if let Some(c) = &args.email_claim {
        check_claim_name(c).map_err(|e| {
            Error::usage(e).hint("name the userinfo claim that holds the account's email or login, e.g. preferred_username or upn")
        })?;
    }
    for r in &args.resources {
        crate::domain::narrow::check_resource(r).map_err(|e| {
            Error::usage(e)
                .hint("name the API as the provider knows it, e.g. https://api.example.com")
        })?;
    }
    let (flags, client_secret) = client_flags(&args, ProviderFlags::of(&app.global))?;
    let (config, existing, remembered_claim, remembered_port) = app.read(|tx| {
        let existing = args
            .reauth
            .as_deref()
            .map(|a| tx.resolve_authz(a))
            .transpose()?;
        let config = flags.resolve(tx)?;
        let claim = tx.setting(&email_claim_key(&config.issuer))?;
        let port = tx.setting(&redirect_port_key(&config.issuer))?;
        Ok((config, existing, claim, port))
    })?;
    // `--port`; else the port an earlier `add --port` fixed for this issuer (providers that
    // compare redirect URIs as exact strings, RFC 8252 §7.3 notwithstanding); 0 lets the OS
    // choose, and forgets a fixed one once the login succeeds.
    let port = match (
        args.port,
        remembered_port.and_then(|p| p.parse::<u16>().ok()),
    ) {
        (Some(p), _) => Some(p).filter(|p| *p != 0),
        (None, Some(p)) if p != 0 && !args.device => {
            app.out.info(format!(
                "using port {p}, fixed for this provider by an earlier `authz add --port {p}` (--port 0 lets the OS choose)"
            ));
            Some(p)
        }
        _ => None,
    };
    // The flag; else the authorization's own (re-auth); else what this issuer's last login used.
    let was_default = remembered_claim.clone().unwrap_or_else(|| EMAIL.to_owned());
    let email_claim = args
        .email_claim
        .clone()
        .or_else(|| existing.as_ref().map(|a| a.email_claim.clone()))
        .or(remembered_claim)
        .unwrap_or_else(|| EMAIL.to_owned());
    if let Some(old) = &existing {
        check_reauthorizable(old, &config)?;
    }
    // Fail before the browser opens when the tokens would have nowhere to go (exit 6).
    let secrets = app.secrets()?;
    secrets.probe()?;
    if let Some(old) = &existing {
        // Entries another store wrote under this id (an imported row) are not ours to replace.
        secrets.check_writable(&old.id, &old.issuer)?;
    }
    let http = Http::new(config.ca_file.as_deref(), app.global.verbose > 0)?;
    let provider = Provider::discover(&http, &config.issuer, &config.client_id)?;
    app.cache_discovered(&provider.metadata)?;
    let provider = app.authenticated(provider, &config, client_secret.clone())?;
    if provider.metadata.userinfo_endpoint.is_none() {
        return Err(Error::provider(
            "the provider has no userinfo endpoint, so authz cannot learn whose login this is",
        ));
    }

    let mut requested = Scopes::from_list(&BASE_SCOPES);
    if provider.may_know_scope(OFFLINE_ACCESS) {
        requested.insert(OFFLINE_ACCESS);
    }
    // `preferred_username`, `name` and the like come with `profile` (OpenID Connect §5.4).
    if email_claim != EMAIL && provider.may_know_scope(PROFILE) {
        requested.insert(PROFILE);
    }
    if let Some(old) = &existing {
        // Re-auth must keep covering what its workflows require.
        for s in old.scopes.iter() {
            requested.insert(s);
        }
    }
    for s in &args.scopes {
        requested.insert(s);
    }
    // Re-auth keeps asking for the resources its workflows' tokens may be narrowed to.
    let mut resources: Vec<String> = match &existing {
        Some(old) => app.read(|tx| tx.authz_resources(&old.id))?,
        None => Vec::new(),
    };
    for r in &args.resources {
        if !resources.contains(r) {
            resources.push(r.clone());
        }
    }

    let tokens = login::log_in(
        &provider,
        &requested,
        &login::Options {
            device: args.device,
            no_browser: args.no_browser,
            paste: args.paste,
            port,
            timeout: Duration::from_secs(args.timeout),
            resources: resources.clone(),
        },
        &app.out,
        app.now,
    )?;
    if let Some(secret) = &client_secret {
        // The exchange just proved it: kept for every later call, here and on runner hosts.
        secrets.set_client_secret(&config.issuer, &config.client_id, secret)?;
    }
    let login = Login {
        provider: &provider,
        config: &config,
        secrets,
        requested,
        email_claim,
        resources,
    };
    let view = store_login(app, &args, login, existing, tokens)?;
    if view.authz.email_claim != was_default {
        // Remembered for the issuer (see `Keep::remember`): not a one-off, so say so.
        app.out.info(format!(
            "later logins at this issuer read the account from `{}` too (was `{}`); `authz profile show` shows it",
            escape(&view.authz.email_claim),
            escape(&was_default)
        ));
    }
    app.out.print(&view)
}

/// The provider flags with what `--client-secret-file`, `--client-auth` and `--client-key` say,
/// and the client secret read from its file (kept only once a login with it succeeds).
fn client_flags(
    args: &AddArgs,
    mut flags: ProviderFlags,
) -> Result<(ProviderFlags, Option<Secret<String>>)> {
    let secret = match &args.client_secret_file {
        None => None,
        Some(path) => {
            let (named_id, secret) = read_client_secret(path)?;
            if let Some(id) = named_id {
                match &flags.client_id {
                    Some(given) if *given != id => {
                        return Err(Error::usage(format!(
                            "{} is for client id '{}', but --client-id (or AUTHZ_CLIENT_ID) says '{}'",
                            path.display(),
                            escape(&id),
                            escape(given)
                        ))
                        .hint("leave out --client-id: the file names the client"));
                    }
                    _ => flags.client_id = Some(id),
                }
            }
            Some(secret)
        }
    };
    let method = match args.client_auth.as_deref() {
        Some(flag) => ClientAuth::from_flag(flag),
        None if secret.is_some() => Some(ClientAuth::Secret),
        None if args.client_key.is_some() => Some(ClientAuth::PrivateKeyJwt),
        None => None,
    };
    let conflict = |why: &str| Err(Error::usage(why.to_owned()));
    match method {
        Some(ClientAuth::None | ClientAuth::PrivateKeyJwt) if secret.is_some() => {
            return conflict(
                "--client-secret-file goes with --client-auth basic or post, not none or private-key-jwt",
            );
        }
        Some(m) if m != ClientAuth::PrivateKeyJwt && args.client_key.is_some() => {
            return conflict("--client-key is the key of --client-auth private-key-jwt");
        }
        _ => {}
    }
    flags.client_auth = method;
    flags.client_key = args.client_key.clone();
    Ok((flags, secret))
}

/// The secret of `--client-secret-file` (`-`: stdin), with the client id a client JSON names.
fn read_client_secret(path: &std::path::Path) -> Result<(Option<String>, Secret<String>)> {
    use std::io::Read;
    const MAX: u64 = 64 * 1024;
    let shown = path.display().to_string();
    let mut text = String::new();
    let read = if shown == "-" {
        io::stdin().lock().take(MAX + 1).read_to_string(&mut text)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(MAX + 1).read_to_string(&mut text))
    };
    let text = Secret::new(text);
    read.map_err(|e| {
        Error::usage(format!("cannot read --client-secret-file {shown}: {e}"))
            .hint("give the file with the client secret, or - to read it from stdin")
    })?;
    if text.expose().len() as u64 > MAX {
        return Err(Error::usage(format!(
            "--client-secret-file {shown} is larger than {MAX} bytes: not a client secret"
        )));
    }
    crate::idp::read_secret_file(text.expose(), &format!("--client-secret-file {shown}"))
}

/// A finished login on its way into the store.
struct Login<'a> {
    provider: &'a Provider,
    config: &'a ProviderConfig,
    secrets: Rc<Secrets>,
    /// The scopes asked for (to tell which were not granted).
    requested: Scopes,
    /// The userinfo claim that names the account.
    email_claim: String,
    /// The resources (RFC 8707) asked for.
    resources: Vec<String>,
}

/// Tokens → identity → store, whichever way the login went: the refresh token must be there,
/// userinfo says who it is (and an ID token must agree), then the keyring and the row (a new
/// authorization, or `existing` re-authorized for the same account only). Tokens that end up
/// not stored are revoked.
fn store_login(
    app: &mut App,
    args: &AddArgs,
    login: Login,
    existing: Option<Authorization>,
    tokens: Tokens,
) -> Result<AddView> {
    let Login {
        provider,
        config,
        secrets,
        requested,
        email_claim,
        resources,
    } = login;
    let Some(refresh) = tokens.refresh_token.clone() else {
        return Err(Error::provider(
            "the provider issued no refresh token, so workflows could not keep their access; nothing was stored",
        )
        .hint("the client must be allowed the refresh_token grant (and, where the provider has it, the offline_access scope) at the provider"));
    };
    let identity = || {
        let user = provider.userinfo(&tokens.access_token)?;
        if let Some(id_token) = &tokens.id_token {
            provider.check_id_token(id_token, &user.sub)?;
        }
        let email = email_of(&user, &email_claim, tokens.scopes.as_ref())?;
        Ok::<_, Error>((user, email))
    };
    // Whose tokens these are is not known yet: if that fails, they are given back too.
    let (user, email) = identity().inspect_err(|_| give_back(provider, &refresh))?;
    let granted = tokens.scopes.clone().unwrap_or_else(|| requested.clone());
    let not_granted = missing_scopes(&granted, &requested);
    let stored = TokenSet {
        refresh_token: Some(refresh.clone()),
        access_token: Some(tokens.access_token.clone()),
        expires_at: tokens.expires_at,
        binding: None,
    };
    let keep = Keep {
        secrets: secrets.as_ref(),
        config,
        email_claim: &email_claim,
        port: args.port,
        metadata: &provider.metadata,
        tokens: &stored,
        not_granted: &not_granted,
        resources: &resources,
    };

    // A login for an account that already has an authorization refreshes it in place (as
    // `gh auth login` and `gcloud auth login` do for a known account), unless --new.
    let implicit = existing.is_none() && !args.new;
    let existing = match existing {
        None if implicit => same_account(app, provider.issuer(), &user.sub)?,
        other => other,
    };
    if implicit && let Some(old) = &existing {
        app.out.info(format!(
            "{} already has authorization {}: its tokens are replaced in place, its workflows keep it (authz add --new makes a second one)",
            escape(&email),
            old.id
        ));
    }
    let (authz, workflows, reauthorized) = match existing {
        None => {
            let authz = Authorization {
                id: new_authz_id(),
                issuer: provider.issuer().to_owned(),
                subject: user.sub.clone(),
                email,
                email_claim: email_claim.clone(),
                name: user.name.clone(),
                scopes: granted,
                created: app.now,
                created_by: app.actor.clone(),
                label: args.label.clone(),
                service_account: args.service_account,
                status: Status::Active,
                token_expires: tokens.expires_at,
                revoked: None,
                tokens_at: Some(secrets.here().clone()),
            };
            insert(app, &keep, &authz).inspect_err(|_| give_back(provider, &refresh))?;
            (authz, Vec::new(), false)
        }
        Some(old) => {
            if old.issuer != provider.issuer() || old.subject != user.sub {
                give_back(provider, &refresh);
                return Err(different_account(&old, &user, &email));
            }
            let mut authz = old.clone();
            authz.email = email;
            authz.email_claim = email_claim.clone();
            authz.name = user.name.clone().or(old.name.clone());
            authz.scopes = granted;
            authz.status = Status::Active;
            authz.token_expires = tokens.expires_at;
            authz.tokens_at = Some(secrets.here().clone());
            if args.label.is_some() {
                authz.label = args.label.clone();
            }
            authz.service_account |= args.service_account;
            let workflows = reauthorize(app, &keep, &authz, implicit)
                .inspect_err(|_| give_back(provider, &refresh))?;
            (authz, workflows, true)
        }
    };
    if !not_granted.is_empty() {
        app.out.warn(format!(
            "the provider did not grant: {}",
            escape(&not_granted.join(" "))
        ));
    }
    Ok(AddView {
        authz: AuthzView::new(authz, workflows, app.now),
        reauthorized,
        not_granted,
    })
}

/// The settings key of the email claim remembered for `issuer`.
pub(crate) fn email_claim_key(issuer: &str) -> String {
    format!("email_claim {issuer}")
}

/// The loopback port `add --port` fixed for `issuer` ("0": none).
fn redirect_port_key(issuer: &str) -> String {
    format!("redirect_port {issuer}")
}

/// The account's email (or what stands for it) from `claim` of the userinfo answer, or which
/// of the ways it can be missing this is: the `email` scope not granted, the claim absent, empty
/// or not a string.
fn email_of(user: &UserInfo, claim: &str, granted: Option<&Scopes>) -> Result<String> {
    let value = user.claim(claim);
    let why = match value {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => return Ok(s.clone()),
        Some(serde_json::Value::String(_)) => {
            format!("the provider's `{}` claim for this account is empty", escape(claim))
        }
        Some(_) => format!(
            "the provider's `{}` claim for this account is not a string",
            escape(claim)
        ),
        None if claim == EMAIL && granted.is_some_and(|g| !g.contains(EMAIL)) => {
            "the provider did not grant the `email` scope, so it tells no email".to_owned()
        }
        None if claim == EMAIL => {
            "the `email` scope was granted, but the provider's userinfo has no `email` claim for this account".to_owned()
        }
        None => format!(
            "the provider's userinfo has no `{}` claim for this account",
            escape(claim)
        ),
    };
    let usable = usable_claims(user, claim);
    let hint = match usable.first() {
        Some(first) => format!(
            "name a claim this account's userinfo does have ({}): authz add --email-claim {first}; or have the provider release `{}` to this client",
            usable.join(", "),
            escape(claim)
        ),
        None => format!(
            "the userinfo has no other non-empty text claim to use; have the provider release `{}` to this client (its claim or mapper settings for the client)",
            escape(claim)
        ),
    };
    Err(Error::provider(format!("{why}; nothing was stored"))
        .hint(hint)
        .details(json!({ "email_claim": claim, "usable_claims": usable })))
}

/// The claims of `user` that could name the account instead of `failed`: non-empty strings,
/// the usual login names first (`sub` left out: an opaque id is no name for people).
fn usable_claims(user: &UserInfo, failed: &str) -> Vec<String> {
    const USUAL: [&str; 6] = [
        EMAIL,
        "preferred_username",
        "upn",
        "unique_name",
        "login",
        "name",
    ];
    let names = USUAL.iter().map(|n| n.to_string()).chain(
        user.other
            .keys()
            .filter(|k| !USUAL.contains(&k.as_str()))
            .cloned(),
    );
    let mut seen = Vec::new();
    for n in names {
        let text =
            matches!(user.claim(&n), Some(serde_json::Value::String(v)) if !v.trim().is_empty());
        if text
            && n != failed
            && n != "sub"
            && !seen.contains(&n)
            && crate::domain::check_claim_name(&n).is_ok()
        {
            seen.push(n);
        }
    }
    seen
}

/// Tokens that will not be stored are revoked at once rather than left alive at the provider
/// (best effort: the error that got us here is what the operator needs to see).
fn give_back(provider: &Provider, refresh: &Secret<String>) {
    let _ = provider.revoke_refresh_token(refresh);
}

/// The active authorization of the account `issuer`/`subject`, if there is one (the oldest
/// when an earlier `add --new` made several: it is the one workflows most likely use).
fn same_account(app: &mut App, issuer: &str, subject: &str) -> Result<Option<Authorization>> {
    app.read(|tx| {
        let mut same: Vec<Authorization> = tx
            .authorizations(false)?
            .into_iter()
            .filter(|a| a.status != Status::Revoked && a.issuer == issuer && a.subject == subject)
            .collect();
        same.sort_by_key(|a| a.created);
        Ok(same.into_iter().next())
    })
}

fn check_reauthorizable(old: &Authorization, config: &ProviderConfig) -> Result<()> {
    if old.status == Status::Revoked {
        return Err(Error::conflict(format!(
            "authorization {} ({}) is revoked and cannot be logged in again",
            old.id,
            escape(&old.email)
        ))
        .hint("add a new one: authz add"));
    }
    if old.issuer != config.issuer {
        return Err(Error::conflict(format!(
            "authorization {} belongs to issuer '{}', but the configured issuer is '{}'",
            old.id,
            escape(&old.issuer),
            escape(&config.issuer)
        ))
        .hint(format!("pass --issuer {}", escape(&old.issuer))));
    }
    Ok(())
}

fn different_account(old: &Authorization, user: &UserInfo, email: &str) -> Error {
    Error::conflict(format!(
        "authorization {} is {} but the login was {} (subject '{}'); refusing to swap accounts",
        old.id,
        escape(&old.email),
        escape(email),
        escape(&user.sub)
    ))
    .hint(format!(
        "log in as {} to re-authorize it, or add the other account as a new authorization: authz add",
        escape(&old.email)
    ))
    .details(json!({
        "expected": {"email": old.email, "subject": old.subject},
        "got": {"email": email, "subject": user.sub},
    }))
}

/// What a successful login keeps, besides the row: where, with which provider settings.
struct Keep<'a> {
    secrets: &'a Secrets,
    config: &'a ProviderConfig,
    email_claim: &'a str,
    /// `--port` as given: a port to fix for this issuer, or 0 to forget one.
    port: Option<u16>,
    metadata: &'a Metadata,
    tokens: &'a TokenSet,
    not_granted: &'a [String],
    /// The resources (RFC 8707) this login asked the grant for.
    resources: &'a [String],
}

impl Keep<'_> {
    /// The provider settings (and this issuer's email claim) and metadata, for later runs
    /// (and `audit`).
    fn remember(&self, tx: &dyn Tx, now: Timestamp) -> Result<()> {
        remember_provider(self.config, tx)?;
        tx.set_setting(&email_claim_key(&self.config.issuer), self.email_claim)?;
        if let Some(port) = self.port {
            tx.set_setting(&redirect_port_key(&self.config.issuer), &port.to_string())?;
        }
        cache_metadata(tx, self.metadata, now)
    }
}

/// A new authorization: keyring first, then the row; the row failing takes the entries back.
fn insert(app: &mut App, keep: &Keep, authz: &Authorization) -> Result<()> {
    let (secrets, tokens, not_granted) = (keep.secrets, keep.tokens, keep.not_granted);
    // A crash from here to the commit leaves entries no row names: this note is how
    // `authz doctor` knows they are this store's to clean up (see `doctor::Pending`).
    let pending = Pending::note(
        &app.db_path()?,
        &authz.id,
        &authz.issuer,
        &keep.config.client_id,
    )?;
    if let Err(e) = secrets.write(&authz.id, &authz.issuer, tokens, &Version::Absent) {
        // Half a write, or one that lands after the timeout, would be an orphan.
        if secrets.delete(&authz.id, Some(&authz.issuer)).is_ok() {
            pending.done();
        }
        return Err(e);
    }
    let now = app.now;
    let written = app.write(|tx, j| {
        tx.insert_authz(authz)?;
        tx.set_authz_resources(&authz.id, keep.resources)?;
        keep.remember(tx, now)?;
        j.log(
            tx,
            "added",
            Some(&authz.id),
            None,
            json!({
                "email": authz.email,
                "issuer": authz.issuer,
                "subject": authz.subject,
                "scopes": authz.scopes,
                "not_granted": not_granted,
            }),
        )
    });
    if let Err(e) = written {
        return Err(match secrets.delete(&authz.id, Some(&authz.issuer)) {
            Ok(()) => {
                pending.done();
                e
            }
            Err(cleanup) => Error::new(
                e.kind,
                format!(
                    "{}; and removing its keyring entries failed too: {}",
                    e.message, cleanup.message
                ),
            )
            .hint("run `authz doctor` when the keyring answers again: it deletes them"),
        });
    }
    pending.done();
    Ok(())
}

/// An existing authorization: new tokens in, the row updated; if the row cannot be written the
/// previous tokens go back. Returns its workflows.
/// `implicit`: not asked for by `--reauth`, so the login did not ask for the authorization's
/// scopes: refused when the tokens no longer cover what its workflows require.
fn reauthorize(
    app: &mut App,
    keep: &Keep,
    authz: &Authorization,
    implicit: bool,
) -> Result<Vec<String>> {
    let (secrets, tokens, not_granted) = (keep.secrets, keep.tokens, keep.not_granted);
    let (previous, version) = match secrets.read(&authz.id, Some(&authz.issuer))? {
        (Held::Mine(t), v) => (Some(t), v),
        (Held::Nothing, v) => (None, v),
        (Held::NotMine(b), _) => return Err(crate::secret::not_mine(&authz.id, b.as_ref())),
    };
    let written_version = secrets.write(&authz.id, &authz.issuer, tokens, &version)?;
    let at = app.now;
    let written = app.write(|tx, j| {
        let now = tx.authz(&authz.id)?.ok_or_else(|| {
            Error::not_found(format!("authorization {} was deleted meanwhile", authz.id))
        })?;
        if now.status == Status::Revoked {
            return Err(Error::conflict(format!(
                "authorization {} was revoked meanwhile",
                authz.id
            )));
        }
        if implicit {
            let deps = tx.requirements(&authz.id)?;
            check_move(authz, deps.iter().map(|(n, s)| (n.as_str(), &**s))).map_err(|e| {
                let details = e.details.unwrap_or_default();
                Error::conflict(format!(
                    "this login would replace the tokens of authorization {}, but {}; nothing was changed",
                    authz.id, e.message
                ))
                .hint(format!(
                    "log in again asking for its scopes: authz add --reauth {} (or keep both: authz add --new)",
                    authz.id
                ))
                .details(details)
            })?;
        }
        tx.update_authz(authz)?;
        tx.set_tokens_at(&authz.id, authz.tokens_at.as_ref())?;
        tx.set_authz_resources(&authz.id, keep.resources)?;
        keep.remember(tx, at)?;
        j.log(
            tx,
            "reauthorized",
            Some(&authz.id),
            None,
            json!({
                "email": authz.email,
                "scopes": authz.scopes,
                "previous_status": now.status,
                "not_granted": not_granted,
            }),
        )?;
        Ok(tx
            .workflows(Some(&authz.id))?
            .into_iter()
            .map(|w| w.name)
            .collect())
    });
    written.inspect_err(|_| {
        let _ = match &previous {
            Some(p) => secrets
                .write(&authz.id, &authz.issuer, p, &written_version)
                .map(drop),
            None => secrets.delete(&authz.id, Some(&authz.issuer)),
        };
    })
}
