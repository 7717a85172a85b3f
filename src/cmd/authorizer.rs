//! `authz authorizer ...`: the JWT policies that guard inbound workflows, and their keys.

use crate::app::App;
use crate::cli::{
    AuthorizerCommand, AuthorizerCreateArgs, AuthorizerDeleteArgs, AuthorizerEditArgs,
    AuthorizerNameArgs, AuthorizerSignArgs, PolicyArgs, VerifyArgs,
};
use crate::domain::authorizer::{
    Authorizer, KeySource, allowlist, check_leeway, check_max_lifetime, parse_algs, parse_claim,
    validate_name,
};
use crate::domain::format_ts;
use crate::domain::jwt::{Alg, Family, KeySet};
use crate::domain::jwt::{DEFAULT_LEEWAY, Policy};
use crate::domain::signing;
use crate::domain::vault::SecretKind;
use crate::error::{Error, Result, escape};
use crate::jwks::Jwks;
use crate::output::{View, short_list, some_names, table, write_table};
use crate::secret::{Secret, SecretStore, VaultKey};
use crate::store::Tx;
use aws_lc_rs::hmac;
use base64::Engine;
use serde::Serialize;
use serde_json::json;
use std::io::{self, Write};

pub fn execute(cmd: AuthorizerCommand, app: &mut App) -> Result<()> {
    match cmd {
        AuthorizerCommand::Create(a) => create(a, app),
        AuthorizerCommand::List => list(app),
        AuthorizerCommand::Show(a) => show(a, app),
        AuthorizerCommand::Edit(a) => edit(a, app),
        AuthorizerCommand::Delete(a) => delete(a, app),
        AuthorizerCommand::Keys(a) => keys(a, app),
        AuthorizerCommand::Sign(a) => sign(a, app),
        AuthorizerCommand::Verify(a) => {
            let authorizer = app.read(|tx| tx.require_authorizer(&a.name))?;
            let jwks = load_keys(app, &authorizer)?;
            super::verify::stream(&authorizer, jwks, app)
        }
    }
}

/// `authz verify --workflow NAME`: the workflow's authorizer judges the tokens on stdin.
pub fn verify_workflow(a: VerifyArgs, app: &mut App) -> Result<()> {
    let authorizer = app.read(|tx| {
        let w = tx.require_workflow(&a.workflow)?;
        let name = tx.workflow_authorizer(&w.name)?.ok_or_else(|| {
            Error::not_found(format!("workflow '{}' has no authorizer", escape(&w.name))).hint(
                format!("give it one: authz workflow edit {} --authorizer A", w.name),
            )
        })?;
        tx.require_authorizer(&name)
    })?;
    let jwks = load_keys(app, &authorizer)?;
    super::verify::stream(&authorizer, jwks, app)
}

/// One authorizer as `show`, `list` and the change commands print it. Fields are only added.
#[derive(Serialize)]
pub struct AuthorizerView {
    pub name: String,
    pub iss: String,
    pub audiences: Vec<String>,
    pub jwks_url: Option<String>,
    pub jwks_file: Option<String>,
    pub vault_key: Option<String>,
    pub algs: Vec<&'static str>,
    pub leeway: i64,
    pub typ: Option<String>,
    pub require_scopes: Vec<String>,
    pub require_claims: Vec<ClaimView>,
    pub max_lifetime: Option<i64>,
    pub created: String,
    pub updated: String,
    pub workflows: Vec<String>,
}

#[derive(Serialize)]
pub struct ClaimView {
    pub claim: String,
    pub value: String,
}

impl AuthorizerView {
    fn new(a: Authorizer, workflows: Vec<String>) -> AuthorizerView {
        let (jwks_url, jwks_file, vault_key) = match a.keys {
            KeySource::Url(u) => (Some(u), None, None),
            KeySource::File(f) => (None, Some(f.to_string_lossy().into_owned()), None),
            KeySource::Vault(v) => (None, None, Some(v)),
        };
        let p = a.policy;
        AuthorizerView {
            name: a.name,
            iss: p.iss,
            audiences: p.audiences,
            jwks_url,
            jwks_file,
            vault_key,
            algs: p.algs.iter().map(|a| a.as_str()).collect(),
            leeway: p.leeway,
            typ: p.typ,
            require_scopes: p.require_scopes,
            require_claims: p
                .require_claims
                .into_iter()
                .map(|(claim, value)| ClaimView { claim, value })
                .collect(),
            max_lifetime: p.max_lifetime,
            created: format_ts(a.created),
            updated: format_ts(a.updated),
            workflows,
        }
    }

    fn keys(&self) -> String {
        match (&self.jwks_url, &self.jwks_file, &self.vault_key) {
            (Some(u), _, _) => escape(u),
            (_, Some(f), _) => format!("file {}", escape(f)),
            (_, _, Some(v)) => format!("vault {}", escape(v)),
            _ => "-".into(),
        }
    }
}

impl View for AuthorizerView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let list = |v: &[String]| {
            if v.is_empty() {
                "-".to_string()
            } else {
                v.iter().map(|s| escape(s)).collect::<Vec<_>>().join(", ")
            }
        };
        let claims: Vec<String> = self
            .require_claims
            .iter()
            .map(|c| format!("{}={}", c.claim, c.value))
            .collect();
        let rows = [
            ("name", escape(&self.name)),
            ("iss", escape(&self.iss)),
            ("audiences", list(&self.audiences)),
            ("keys", self.keys()),
            ("algorithms", self.algs.join(", ")),
            ("leeway", format!("{}s", self.leeway)),
            ("typ", self.typ.as_deref().map(escape).unwrap_or("-".into())),
            ("require scopes", list(&self.require_scopes)),
            ("require claims", list(&claims)),
            (
                "max lifetime",
                self.max_lifetime.map_or("-".into(), |s| format!("{s}s")),
            ),
            ("created", self.created.clone()),
            ("updated", self.updated.clone()),
            ("workflows", short_list(&self.workflows, 20)),
        ];
        // `name: value`, as every other `show` prints.
        for (k, v) in rows {
            writeln!(w, "{:<16} {v}", format!("{k}:"))?;
        }
        Ok(())
    }
}

#[derive(Serialize)]
struct Changed {
    result: &'static str,
    #[serde(flatten)]
    authorizer: AuthorizerView,
}

impl View for Changed {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "Authorizer '{}' {}.",
            escape(&self.authorizer.name),
            self.result
        )
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

/// Applies the policy flags to `p`; `--alg` is returned, not applied (it needs the keys).
fn apply_policy(p: &mut Policy, a: &PolicyArgs) -> Result<Option<Vec<crate::domain::jwt::Alg>>> {
    if let Some(l) = a.leeway {
        p.leeway = check_leeway(l)?;
    }
    if let Some(t) = &a.typ {
        p.typ = Some(t.clone()).filter(|t| !t.is_empty());
    }
    if let Some(s) = &a.require_scopes {
        let mut scopes: Vec<String> = s
            .iter()
            .flat_map(|s| s.split(' '))
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
        scopes.sort();
        scopes.dedup();
        p.require_scopes = scopes;
    }
    if let Some(c) = &a.require_claims {
        p.require_claims = c
            .iter()
            .filter(|c| !c.is_empty())
            .map(|c| parse_claim(c))
            .collect::<Result<_>>()?;
    }
    if let Some(m) = a.max_lifetime {
        p.max_lifetime = match m {
            0 => None,
            m => Some(check_max_lifetime(m)?),
        };
    }
    a.algs.as_deref().map(parse_algs).transpose()
}

fn check_iss(iss: &str) -> Result<()> {
    if iss.is_empty() {
        return Err(Error::usage("--iss must not be empty"));
    }
    Ok(())
}

fn check_audiences(aud: &[String]) -> Result<Vec<String>> {
    if aud.is_empty() || aud.iter().any(String::is_empty) {
        return Err(
            Error::usage("--aud must not be empty").hint("name each audience: --aud api://orders")
        );
    }
    let mut aud = aud.to_vec();
    aud.dedup();
    Ok(aud)
}

fn key_source(url: Option<String>, file: Option<std::path::PathBuf>) -> Result<Option<KeySource>> {
    match (url, file) {
        (Some(u), _) => {
            let parsed = url::Url::parse(&u)
                .map_err(|e| Error::usage(format!("--jwks-url '{}': {e}", escape(&u))))?;
            if parsed.scheme() != "https" {
                return Err(Error::usage(format!(
                    "--jwks-url must be https:// (got '{}')",
                    escape(&u)
                ))
                .hint("a key set fetched over plain HTTP could be swapped on the way"));
            }
            Ok(Some(KeySource::Url(u)))
        }
        (None, Some(f)) => Ok(Some(KeySource::File(std::path::absolute(&f)?))),
        (None, None) => Ok(None),
    }
}

/// Loads `a`'s keys and settles its allowlist; prints what the key set had to skip.
fn settle_keys(
    app: &mut App,
    a: &mut Authorizer,
    algs: Option<Vec<crate::domain::jwt::Alg>>,
) -> Result<()> {
    let jwks = load_keys(app, a)?;
    for n in &jwks.notes {
        app.out.warn(n);
    }
    for s in &jwks.set.skipped {
        app.out.info(format!(
            "note: key {} is not used: {}",
            s.kid
                .as_deref()
                .map_or("without kid".into(), |k| format!("'{}'", escape(k))),
            s.why
        ));
    }
    let given = algs.unwrap_or_else(|| a.policy.algs.clone());
    a.policy.algs = allowlist(&given, &jwks.set)?;
    Ok(())
}

fn create(a: AuthorizerCreateArgs, app: &mut App) -> Result<()> {
    validate_name(&a.name)?;
    check_iss(&a.iss)?;
    let mut policy = Policy {
        iss: a.iss.clone(),
        audiences: check_audiences(&a.audiences)?,
        algs: Vec::new(),
        leeway: DEFAULT_LEEWAY,
        typ: None,
        require_scopes: Vec::new(),
        require_claims: Vec::new(),
        max_lifetime: None,
    };
    let algs = apply_policy(&mut policy, &a.policy)?;
    let keys = match a.vault_key {
        Some(v) => KeySource::Vault(v),
        None => key_source(a.jwks_url, a.jwks_file)?.expect("clap requires one key source"),
    };
    let mut authorizer = Authorizer {
        name: a.name,
        policy,
        keys,
        created: app.now,
        updated: app.now,
    };
    if app.read(|tx| tx.authorizer(&authorizer.name))?.is_some() {
        return Err(already_exists(&authorizer.name));
    }
    settle_keys(app, &mut authorizer, algs)?;
    check_vault_hmac(app, &authorizer)?;
    app.write(|tx, j| {
        if tx.authorizer(&authorizer.name)?.is_some() {
            return Err(already_exists(&authorizer.name));
        }
        tx.insert_authorizer(&authorizer)?;
        j.log(tx, "authorizer-created", None, None, details(&authorizer))
    })?;
    app.out.print(&Changed {
        result: "created",
        authorizer: AuthorizerView::new(authorizer, Vec::new()),
    })
}

fn already_exists(name: &str) -> Error {
    Error::conflict(format!("authorizer '{}' already exists", escape(name)))
        .hint(format!("change it with: authz authorizer edit {name}"))
}

/// The event details of a created or edited authorizer: its whole policy, never a secret.
fn details(a: &Authorizer) -> serde_json::Value {
    let mut v =
        serde_json::to_value(AuthorizerView::new(a.clone(), Vec::new())).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        for k in ["created", "updated", "workflows"] {
            o.remove(k);
        }
    }
    v
}

#[derive(Serialize)]
#[serde(transparent)]
struct ListView(Vec<AuthorizerView>);

impl View for ListView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        if self.0.is_empty() {
            return writeln!(w, "No authorizers.");
        }
        let mut t = table(&["authorizer", "iss", "keys", "algorithms", "workflows"]);
        for a in &self.0 {
            t.add_row(vec![
                escape(&a.name),
                escape(&a.iss),
                a.keys(),
                a.algs.join(" "),
                short_list(&a.workflows, 3),
            ]);
        }
        write_table(w, &t)
    }
}

fn list(app: &mut App) -> Result<()> {
    let view = app.read(|tx| {
        let mut out = Vec::new();
        for a in tx.authorizers()? {
            let workflows = tx.guarded_workflows(&a.name)?;
            out.push(AuthorizerView::new(a, workflows));
        }
        Ok(ListView(out))
    })?;
    app.out.print(&view)
}

fn show(a: AuthorizerNameArgs, app: &mut App) -> Result<()> {
    let view = app.read(|tx| {
        let found = tx.require_authorizer(&a.name)?;
        let workflows = tx.guarded_workflows(&found.name)?;
        Ok(AuthorizerView::new(found, workflows))
    })?;
    app.out.print(&view)
}

fn edit(a: AuthorizerEditArgs, app: &mut App) -> Result<()> {
    let old = app.read(|tx| tx.require_authorizer(&a.name))?;
    let mut new = old.clone();
    if let Some(iss) = &a.iss {
        check_iss(iss)?;
        new.policy.iss = iss.clone();
    }
    if let Some(aud) = &a.audiences {
        new.policy.audiences = check_audiences(aud)?;
    }
    let algs = apply_policy(&mut new.policy, &a.policy)?;
    if let Some(keys) = key_source(a.jwks_url, a.jwks_file)? {
        new.keys = keys;
    }
    if let Some(v) = a.vault_key {
        new.keys = KeySource::Vault(v);
    }
    if algs.is_some() || new.keys != old.keys {
        settle_keys(app, &mut new, algs)?;
        check_vault_hmac(app, &new)?;
    }
    if new == old {
        return app.out.print(&Changed {
            result: "unchanged",
            authorizer: AuthorizerView::new(old, Vec::new()),
        });
    }
    new.updated = app.now;
    let workflows = app.write(|tx, j| {
        // Edited by someone else meanwhile: our changes were computed from what we read.
        if tx.require_authorizer(&new.name)? != old {
            return Err(Error::conflict(format!(
                "authorizer '{}' changed while this edit ran",
                escape(&new.name)
            ))
            .hint("run the edit again"));
        }
        tx.update_authorizer(&new)?;
        j.log(tx, "authorizer-edited", None, None, details(&new))?;
        tx.guarded_workflows(&new.name)
    })?;
    app.out.print(&Changed {
        result: "updated",
        authorizer: AuthorizerView::new(new, workflows),
    })
}

fn delete(a: AuthorizerDeleteArgs, app: &mut App) -> Result<()> {
    let name = app.read(|tx| Ok(tx.require_authorizer(&a.name)?.name))?;
    app.confirm(&format!("Delete authorizer '{}'?", escape(&name)))?;
    let (gone, moved) = app.write(|tx, j| {
        let gone = tx.require_authorizer(&a.name)?;
        let guarded = tx.guarded_workflows(&gone.name)?;
        let mut moved = Vec::new();
        match &a.replace {
            Some(other) => {
                if *other == gone.name {
                    return Err(Error::usage("--replace must name another authorizer"));
                }
                let to = tx.require_authorizer(other)?;
                if !guarded.is_empty() {
                    tx.move_guarded_workflows(&gone.name, &to.name, j.now)?;
                    j.log(
                        tx,
                        "workflows-authorizer-moved",
                        None,
                        None,
                        json!({"from": gone.name, "to": to.name, "count": guarded.len(), "workflows": guarded}),
                    )?;
                    moved = guarded;
                }
            }
            None if !guarded.is_empty() => {
                return Err(Error::conflict(format!(
                    "authorizer '{}' guards {} workflow(s): {}",
                    escape(&gone.name),
                    guarded.len(),
                    some_names(&guarded, 10)
                ))
                .hint(format!(
                    "move them first: authz authorizer delete {} --replace OTHER (or authz workflow edit W --no-authorizer)",
                    gone.name
                ))
                .details(json!({"workflows": guarded})));
            }
            None => {}
        }
        tx.delete_authorizer(&gone.name)?;
        j.log(
            tx,
            "authorizer-deleted",
            None,
            None,
            json!({"name": gone.name, "replaced_by": a.replace}),
        )?;
        Ok((gone, moved))
    })?;
    app.out.print(&Changed {
        result: "deleted",
        authorizer: AuthorizerView::new(gone, moved),
    })
}

fn keys(a: AuthorizerNameArgs, app: &mut App) -> Result<()> {
    let found = app.read(|tx| tx.require_authorizer(&a.name))?;
    let jwks = load_keys(app, &found)?;
    for n in &jwks.notes {
        app.out.warn(n);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &jwks.set.public_jwks()).map_err(io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// The key set authorizer `a` verifies with, wherever its keys live.
fn load_keys(app: &mut App, a: &Authorizer) -> Result<Jwks> {
    if let KeySource::Vault(secret) = &a.keys {
        let secrets = app.secrets()?;
        let set = app.read(|tx| vault_key_set(tx, secrets.vault(), secret))?;
        return Jwks::load(&a.name, &a.keys, app.jwks_remote()?, app.now, |_| Ok(set));
    }
    Jwks::load(&a.name, &a.keys, app.jwks_remote()?, app.now, |_| {
        Err(Error::failure("not a vault key"))
    })
}

/// The kid a token signed with version `version` of vault entry `secret` names.
fn vault_kid(secret: &str, version: u32) -> String {
    format!("{secret}-v{version}")
}

/// A vault signing key as a key set: every version whose value the backend still has, with
/// kid NAME-vN; only the newest answers to a token without kid. A version without an
/// algorithm holds raw bytes: an HMAC secret (an `oct` key).
fn vault_key_set(tx: &dyn Tx, secrets: &dyn SecretStore, secret: &str) -> Result<KeySet> {
    let e = tx.require_vault_entry(secret)?;
    if e.kind != SecretKind::SigningKey {
        return Err(Error::usage(format!(
            "vault entry '{}' is {}, not a signing-key",
            escape(&e.name),
            e.kind.a()
        ))
        .hint("make one with: authz vault generate NAME --alg ES256, or store an HMAC secret with: authz vault set NAME --kind signing-key"));
    }
    let key = VaultKey::from(&e);
    let mut jwks = Vec::new();
    let mut versions = Vec::new();
    for v in tx.vault_versions(&e.name)?.iter().rev() {
        let Some(value) = secrets.vault_get(&key, v.version)? else {
            continue;
        };
        let kid = vault_kid(&e.name, v.version);
        jwks.push(match &v.alg {
            Some(_) => signing::public_key(value.expose())?.jwk(&kid),
            None => json!({
                "kty": "oct", "kid": kid, "use": "sig",
                "k": base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(value.expose()),
            }),
        });
        versions.push(v.version);
    }
    if jwks.is_empty() {
        return Err(Error::not_found(format!(
            "no version of vault entry '{}' is in {}",
            escape(&e.name),
            secrets.name()
        )));
    }
    let doc = serde_json::to_vec(&json!({ "keys": jwks }))?;
    let mut set = KeySet::parse(&doc).map_err(Error::failure)?;
    for k in &mut set.keys {
        k.without_kid = k.kid.as_deref() == Some(&vault_kid(&e.name, e.version));
    }
    Ok(set)
}

fn check_vault_hmac(app: &mut App, a: &Authorizer) -> Result<()> {
    if !matches!(a.keys, KeySource::Vault(_)) {
        return Ok(());
    }
    let secrets = app.secrets()?;
    app.read(|tx| check_hmac_length(tx, secrets.vault(), a))
}

/// Refuses an HMAC secret shorter than the hash of an allowed HS algorithm (RFC 8725 §3.5).
fn check_hmac_length(tx: &dyn Tx, secrets: &dyn SecretStore, a: &Authorizer) -> Result<()> {
    let KeySource::Vault(secret) = &a.keys else {
        return Ok(());
    };
    let e = tx.require_vault_entry(secret)?;
    let newest = tx
        .vault_versions(&e.name)?
        .into_iter()
        .find(|v| v.version == e.version);
    if newest.is_some_and(|v| v.alg.is_some()) {
        return Ok(());
    }
    let (_, _, value) = super::vault::value_of(tx, secrets, &e.name, None)?;
    for alg in a.policy.algs.iter().filter(|a| a.family() == Family::Oct) {
        if value.expose().len() < alg.hash_len() {
            return Err(Error::usage(format!(
                "the HMAC secret '{}' has {} bytes; {alg} needs at least {} (RFC 8725 §3.5)",
                escape(&e.name),
                value.expose().len(),
                alg.hash_len()
            ))
            .hint(format!(
                "store a longer one: head -c 64 /dev/urandom | authz vault set {} --kind signing-key",
                e.name
            )));
        }
    }
    Ok(())
}

fn sign(a: AuthorizerSignArgs, app: &mut App) -> Result<()> {
    let found = app.read(|tx| tx.require_authorizer(&a.name))?;
    let KeySource::Vault(secret) = &found.keys else {
        return Err(Error::usage(format!(
            "authorizer '{}' takes its keys from a JWKS; authz cannot sign for it",
            escape(&found.name)
        ))
        .hint("sign with a vault key: authz authorizer create NAME --vault-key SECRET ..."));
    };
    // Without --vault-key: the authorizer's own key, the only one whose tokens pass.
    if let Some(key) = a.vault_key.as_ref().filter(|k| *k != secret) {
        return Err(Error::usage(format!(
            "authorizer '{}' verifies with vault key '{}', not '{}': the token would not pass",
            escape(&found.name),
            escape(secret),
            escape(key)
        ))
        .hint(format!(
            "leave --vault-key out, or use --vault-key {}",
            escape(secret)
        )));
    }
    let claims: serde_json::Map<String, serde_json::Value> = match &a.claims {
        None => serde_json::Map::new(),
        Some(text) => serde_json::from_str(text)
            .map_err(|e| Error::usage(format!("--claims is not a JSON object: {e}")))?,
    };
    // Default: 300 s, or the authorizer's max lifetime when that is shorter.
    let ttl = a
        .ttl
        .unwrap_or(found.policy.max_lifetime.map_or(300, |m| m.min(300)));
    if ttl <= 0 {
        return Err(Error::usage(format!(
            "--ttl {ttl} must be at least 1 second"
        )));
    }
    if let Some(max) = found.policy.max_lifetime.filter(|m| ttl > *m) {
        return Err(Error::usage(format!(
            "--ttl {ttl} is longer than authorizer '{}' allows (max lifetime {max} s): the token would not pass",
            escape(&found.name)
        ))
        .hint(format!("use --ttl {max} or less")));
    }
    let secrets = app.secrets()?;
    let (e, n, value, alg) = app.read(|tx| {
        let (e, n, value) = super::vault::value_of(tx, secrets.vault(), secret, None)?;
        let alg = tx
            .vault_versions(&e.name)?
            .into_iter()
            .find(|v| v.version == n)
            .and_then(|v| v.alg);
        Ok((e, n, value, alg))
    })?;
    let alg = match alg {
        Some(alg) => Alg::parse(&alg)
            .ok_or_else(|| Error::failure(format!("vault key '{}' has alg {alg}", e.name)))?,
        None => *found
            .policy
            .algs
            .iter()
            .rev()
            .find(|a| a.family() == Family::Oct && value.expose().len() >= a.hash_len())
            .ok_or_else(|| {
                Error::usage(
                    "the authorizer allows no HMAC algorithm this secret is long enough for",
                )
            })?,
    };
    if !found.policy.algs.contains(&alg) {
        return Err(Error::usage(format!(
            "authorizer '{}' does not allow {alg}",
            escape(&found.name)
        ))
        .hint(format!(
            "allow it: authz authorizer edit {} --alg {alg}",
            found.name
        )));
    }
    let now = app.now;
    let mut payload = claims;
    payload.insert("iss".into(), found.policy.iss.clone().into());
    let aud = &found.policy.audiences;
    payload.insert(
        "aud".into(),
        if aud.len() == 1 {
            aud[0].clone().into()
        } else {
            aud.clone().into()
        },
    );
    payload.insert("iat".into(), now.into());
    payload.insert("exp".into(), (now + ttl).into());
    for (k, v) in &found.policy.require_claims {
        payload.entry(k.clone()).or_insert_with(|| v.clone().into());
    }
    if !found.policy.require_scopes.is_empty() && !payload.contains_key("scope") {
        payload.insert("scope".into(), found.policy.require_scopes.join(" ").into());
    }
    let mut header = json!({ "alg": alg.as_str(), "kid": vault_kid(&e.name, n) });
    if let Some(typ) = &found.policy.typ {
        header["typ"] = typ.clone().into();
    }
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    let input = format!(
        "{}.{}",
        b64(&serde_json::to_vec(&header)?),
        b64(&serde_json::to_vec(&payload)?)
    );
    let sig = match alg.family() {
        Family::Oct => hmac::sign(
            &hmac::Key::new(alg.hmac(), value.expose()),
            input.as_bytes(),
        )
        .as_ref()
        .to_vec(),
        _ => signing::sign(value.expose(), input.as_bytes())?,
    };
    let token = Secret::new(format!("{input}.{}", b64(&sig)));
    let mut out = io::stdout().lock();
    writeln!(out, "{}", token.expose())?;
    out.flush()?;
    Ok(())
}
