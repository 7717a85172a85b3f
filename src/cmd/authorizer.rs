//! `authz authorizer ...`: the JWT policies that guard inbound workflows, and their keys.

use crate::app::App;
use crate::cli::{
    AuthorizerCommand, AuthorizerCreateArgs, AuthorizerDeleteArgs, AuthorizerEditArgs,
    AuthorizerNameArgs, PolicyArgs,
};
use crate::domain::authorizer::{
    Authorizer, KeySource, allowlist, check_leeway, check_max_lifetime, parse_algs, parse_claim,
    validate_name,
};
use crate::domain::format_ts;
use crate::domain::jwt::{DEFAULT_LEEWAY, Policy};
use crate::error::{Error, Result, escape};
use crate::jwks::Jwks;
use crate::output::{View, short_list, table, write_table};
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
        AuthorizerCommand::Verify(a) => {
            let authorizer = app.read(|tx| tx.require_authorizer(&a.name))?;
            super::verify::stream(&authorizer, app)
        }
    }
}

/// One authorizer as `show`, `list` and the change commands print it. Fields are only added.
#[derive(Serialize)]
pub struct AuthorizerView {
    pub name: String,
    pub iss: String,
    pub audiences: Vec<String>,
    pub jwks_url: Option<String>,
    pub jwks_file: Option<String>,
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
        let (jwks_url, jwks_file) = match a.keys {
            KeySource::Url(u) => (Some(u), None),
            KeySource::File(f) => (None, Some(f.to_string_lossy().into_owned())),
        };
        let p = a.policy;
        AuthorizerView {
            name: a.name,
            iss: p.iss,
            audiences: p.audiences,
            jwks_url,
            jwks_file,
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
        match (&self.jwks_url, &self.jwks_file) {
            (Some(u), _) => escape(u),
            (_, Some(f)) => format!("file {}", escape(f)),
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
        for (k, v) in rows {
            writeln!(w, "{k:<15} {v}")?;
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
    app: &App,
    a: &mut Authorizer,
    algs: Option<Vec<crate::domain::jwt::Alg>>,
) -> Result<()> {
    let jwks = Jwks::load(&a.name, &a.keys, app.jwks_remote()?, app.now)?;
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
    let keys = key_source(a.jwks_url, a.jwks_file)?.expect("clap requires one key source");
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
    if algs.is_some() || new.keys != old.keys {
        settle_keys(app, &mut new, algs)?;
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
                    short_list(&guarded, 10)
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
    let jwks = Jwks::load(&found.name, &found.keys, app.jwks_remote()?, app.now)?;
    for n in &jwks.notes {
        app.out.warn(n);
    }
    let mut out = io::BufWriter::new(io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &jwks.set.public_jwks()).map_err(io::Error::from)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}
