//! `authz workflow ...`: workflows and the authorization each one uses.

use crate::app::{App, Journal};
use crate::cli::{
    WorkflowCommand, WorkflowCreateArgs, WorkflowDeleteArgs, WorkflowEditArgs, WorkflowImportArgs,
    WorkflowListArgs,
};
use crate::domain::narrow::{TokenPolicy, check_resource};
use crate::domain::vault::{
    SecretUse, merge_uses, parse_use, validate_env, validate_name as validate_secret,
};
use crate::domain::{Scopes, Workflow, check_assignable, missing_scopes};
use crate::error::{Error, Result, escape};
use crate::output::{SecretRef, View, WorkflowView, table, write_table};
use crate::store::Tx;
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::io::{self, Read, Write};

pub fn execute(cmd: WorkflowCommand, app: &mut App) -> Result<()> {
    match cmd {
        WorkflowCommand::Create(a) => create(a, app),
        WorkflowCommand::Edit(a) => edit(a, app),
        WorkflowCommand::List(a) => list(a, app),
        WorkflowCommand::Show(a) => show::execute(a, app),
        WorkflowCommand::Delete(a) => delete(a, app),
        WorkflowCommand::Import(a) => import(a, app),
    }
}

/// What happened to one workflow.
#[derive(Serialize)]
pub struct Changed {
    pub result: &'static str,
    #[serde(flatten)]
    pub workflow: WorkflowView,
}

impl View for Changed {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "Workflow '{}' {} (authorization {}).",
            escape(&self.workflow.name),
            self.result,
            self.workflow.authorization
        )
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

/// The one desired state of a workflow, from flags or from an import line.
struct Desired {
    name: String,
    authz: String,
    owner: Option<String>,
    scopes: Scopes,
    /// The vault entries it uses and their variables; `None`: leave them as they are.
    secrets: Option<Vec<(String, String)>>,
    /// How its token is narrowed (resource, strict scopes); `None`: leave it as it is.
    policy: Option<TokenPolicy>,
}

/// Makes `workflow` use exactly `wanted` (secret, env) and logs each change; returns whether
/// anything changed. A secret that is not in the vault is exit 4, before anything is written.
fn sync_secrets(
    tx: &dyn Tx,
    j: &Journal,
    workflow: &str,
    wanted: &[(String, String)],
) -> Result<bool> {
    for (secret, _) in wanted {
        tx.require_vault_entry(secret)?;
    }
    let current = tx.secret_uses(Some(workflow), None)?;
    let mut changed = false;
    for u in &current {
        if !wanted.iter().any(|(s, e)| *s == u.secret && *e == u.env) {
            tx.drop_secret(workflow, &u.secret)?;
            crate::cmd::vault::log_use(tx, j, "secret-dropped", u)?;
            changed = true;
        }
    }
    for (secret, env) in wanted {
        if !current.iter().any(|u| u.secret == *secret && u.env == *env) {
            let u = SecretUse {
                workflow: workflow.to_owned(),
                secret: secret.clone(),
                env: env.clone(),
            };
            tx.use_secret(&u)?;
            crate::cmd::vault::log_use(tx, j, "secret-used", &u)?;
            changed = true;
        }
    }
    Ok(changed)
}

/// Creates or updates one workflow inside `tx`, with the assignment checks; returns what it did.
fn apply(
    tx: &dyn Tx,
    j: &Journal,
    d: &Desired,
    create_only: bool,
) -> Result<(&'static str, Workflow)> {
    validate_name(&d.name)?;
    let authz = tx.resolve_authz(&d.authz)?;
    match tx.workflow(&d.name)? {
        None => {
            check_assignable(&authz, &d.name, &d.scopes)?;
            let w = Workflow {
                name: d.name.clone(),
                authorization: authz.id.clone(),
                owner: d.owner.clone(),
                scopes: d.scopes.clone(),
                created: j.now,
                updated: j.now,
            };
            tx.insert_workflow(&w)?;
            let policy = d.policy.clone().unwrap_or_default();
            if policy != TokenPolicy::default() {
                tx.set_token_policy(&w.name, &policy, j.now)?;
            }
            j.log(
                tx,
                "workflow-created",
                Some(&authz.id),
                Some(&w.name),
                json!({"owner": w.owner, "scopes": w.scopes, "resource": policy.resource, "strict_scopes": policy.strict}),
            )?;
            if let Some(secrets) = &d.secrets {
                sync_secrets(tx, j, &w.name, secrets)?;
            }
            Ok(("created", w))
        }
        Some(old) => {
            let mut w = old.clone();
            w.authorization = authz.id.clone();
            w.owner = d.owner.clone();
            w.scopes = d.scopes.clone();
            let same_secrets = match &d.secrets {
                None => true,
                Some(wanted) => {
                    let now: Vec<(String, String)> = tx
                        .secret_uses(Some(&d.name), None)?
                        .into_iter()
                        .map(|u| (u.secret, u.env))
                        .collect();
                    now == *wanted
                }
            };
            let policy = match &d.policy {
                Some(p) if *p != tx.token_policy(&d.name)? => Some(p),
                _ => None,
            };
            if w == old && same_secrets && policy.is_none() {
                return Ok(("unchanged", old));
            }
            if create_only {
                return Err(Error::conflict(format!(
                    "workflow '{}' already exists with other settings",
                    escape(&d.name)
                ))
                .hint(format!("change it with: authz workflow edit {}", d.name)));
            }
            if w != old {
                record_update(tx, j, &old, &mut w, &authz)?;
            }
            if let Some(p) = policy {
                set_policy(tx, j, &w, p)?;
            }
            if let Some(secrets) = &d.secrets {
                sync_secrets(tx, j, &w.name, secrets)?;
            }
            Ok(("updated", w))
        }
    }
}

/// Writes a workflow's new token policy (resource, strict scopes) and logs it.
fn set_policy(tx: &dyn Tx, j: &Journal, w: &Workflow, p: &TokenPolicy) -> Result<()> {
    tx.set_token_policy(&w.name, p, j.now)?;
    j.log(
        tx,
        "workflow-edited",
        Some(&w.authorization),
        Some(&w.name),
        json!({"resource": p.resource, "strict_scopes": p.strict}),
    )
}

/// The token policy the flags ask for, over `current`: `--resource`, `--no-resource`,
/// `--strict-scopes`, `--no-strict-scopes`. `None`: no flag names it.
fn policy_from_flags(
    current: &TokenPolicy,
    resource: Option<&str>,
    no_resource: bool,
    strict: Option<bool>,
) -> Result<Option<TokenPolicy>> {
    if resource.is_none() && !no_resource && strict.is_none() {
        return Ok(None);
    }
    let mut p = current.clone();
    if let Some(r) = resource {
        p.resource = Some(check_resource(r).map_err(|e| {
            Error::usage(e)
                .hint("name the API as the provider knows it, e.g. https://api.example.com")
        })?);
    }
    if no_resource {
        p.resource = None;
    }
    if let Some(strict) = strict {
        p.strict = strict;
    }
    Ok(Some(p))
}

/// Checks and writes a changed workflow; a move is an assignment, so it gets the full checks.
fn record_update(
    tx: &dyn Tx,
    j: &Journal,
    old: &Workflow,
    w: &mut Workflow,
    authz: &crate::domain::Authorization,
) -> Result<()> {
    let moved = w.authorization != old.authorization;
    if moved {
        check_assignable(authz, &w.name, &w.scopes)?;
    } else if w.scopes != old.scopes {
        let missing = missing_scopes(&authz.scopes, &w.scopes);
        if !missing.is_empty() {
            return Err(Error::conflict(format!(
                "authorization {} ({}) lacks scope {} that workflow '{}' would require",
                authz.id,
                escape(&authz.email),
                missing.join(", "),
                escape(&w.name)
            ))
            .hint("move the workflow to an authorization that grants it (--authz)"));
        }
    }
    w.updated = j.now;
    tx.update_workflow(w)?;
    let details = json!({
        "from": old.authorization, "to": w.authorization,
        "owner": w.owner, "scopes": w.scopes,
    });
    let action = if moved {
        "workflow-reassigned"
    } else {
        "workflow-edited"
    };
    j.log(tx, action, Some(&w.authorization), Some(&w.name), details)?;
    if moved {
        j.log(
            tx,
            "workflow-unassigned",
            Some(&old.authorization),
            Some(&w.name),
            json!({"to": w.authorization}),
        )?;
    }
    Ok(())
}

pub(crate) fn validate_name(name: &str) -> Result<()> {
    if name.trim().is_empty() || name.len() > 200 || name.chars().any(crate::error::is_unsafe_char)
    {
        return Err(
            Error::usage(format!("'{}' is not a valid workflow name", escape(name)))
                .hint("use 1-200 printable characters"),
        );
    }
    Ok(())
}

fn create(a: WorkflowCreateArgs, app: &mut App) -> Result<()> {
    let d = Desired {
        name: a.name,
        authz: a.authz,
        owner: a.owner,
        scopes: Scopes::from_list(&a.scopes),
        secrets: Some(merge_uses(&[], &parse_uses(&a.use_secrets)?, &[])?),
        policy: policy_from_flags(
            &TokenPolicy::default(),
            a.resource.as_deref(),
            false,
            a.strict_scopes.then_some(true),
        )?,
    };
    let (result, view) = app.write(|tx, j| {
        let (result, w) = apply(tx, j, &d, true)?;
        Ok((result, WorkflowView::read(tx, w)?))
    })?;
    app.out.print(&Changed {
        result,
        workflow: view,
    })
}

fn parse_uses(texts: &[String]) -> Result<Vec<(String, String)>> {
    texts.iter().map(|t| parse_use(t)).collect()
}

fn edit(a: WorkflowEditArgs, app: &mut App) -> Result<()> {
    if a.authorizer.is_some() || a.no_authorizer {
        return guard(&a.name, a.authorizer.as_deref(), app);
    }
    let strict = match (a.strict_scopes, a.no_strict_scopes) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    if a.authz.is_none()
        && a.owner.is_none()
        && a.scopes.is_none()
        && a.use_secrets.is_empty()
        && a.drop_secrets.is_empty()
        && a.resource.is_none()
        && !a.no_resource
        && strict.is_none()
    {
        return Err(Error::usage("nothing to change").hint(
            "pass --authz, --owner, --scope, --resource, --strict-scopes, --use-secret, --drop-secret, --authorizer or --no-authorizer",
        ));
    }
    // Checked before the store is touched.
    policy_from_flags(&TokenPolicy::default(), a.resource.as_deref(), false, None)?;
    let add = parse_uses(&a.use_secrets)?;
    for s in &a.drop_secrets {
        validate_secret(s)?;
    }
    let (result, view) = app.write(|tx, j| {
        let target: Vec<&str> = a.authz.as_deref().into_iter().collect();
        tx.lock_authorizations(&target, &[&a.name])?;
        let old = tx.require_workflow(&a.name)?;
        let authz = match &a.authz {
            Some(text) => tx.resolve_authz(text)?,
            None => tx.resolve_authz(&old.authorization)?,
        };
        let mut w = old.clone();
        w.authorization = authz.id.clone();
        if let Some(o) = &a.owner {
            w.owner = Some(o.clone()).filter(|o| !o.is_empty());
        }
        if let Some(s) = &a.scopes {
            w.scopes = Scopes::from_list(s);
        }
        let current: Vec<(String, String)> = tx
            .secret_uses(Some(&old.name), None)?
            .into_iter()
            .map(|u| (u.secret, u.env))
            .collect();
        for s in &a.drop_secrets {
            if !current.iter().any(|(c, _)| c == s) {
                return Err(Error::not_found(format!(
                    "workflow '{}' does not use '{s}'",
                    escape(&old.name)
                ))
                .hint(format!(
                    "see its secrets with: authz workflow show {}",
                    old.name
                )));
            }
        }
        let wanted = merge_uses(&current, &add, &a.drop_secrets)?;
        let mut changed = false;
        if w != old {
            record_update(tx, j, &old, &mut w, &authz)?;
            changed = true;
        }
        let current = tx.token_policy(&old.name)?;
        if let Some(p) = policy_from_flags(&current, a.resource.as_deref(), a.no_resource, strict)?
            && p != current
        {
            set_policy(tx, j, &w, &p)?;
            changed = true;
        }
        changed |= sync_secrets(tx, j, &w.name, &wanted)?;
        let result = if changed { "updated" } else { "unchanged" };
        Ok((
            result,
            WorkflowView::read(tx, if changed { w } else { old })?,
        ))
    })?;
    app.out.print(&Changed {
        result,
        workflow: view,
    })
}

/// A workflow's inbound authorizer after `workflow edit --authorizer/--no-authorizer`.
#[derive(Serialize)]
struct Guarded {
    result: &'static str,
    workflow: String,
    authorizer: Option<String>,
}

impl View for Guarded {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        match &self.authorizer {
            Some(a) => writeln!(
                w,
                "Workflow '{}' is guarded by authorizer '{}' ({}).",
                escape(&self.workflow),
                escape(a),
                self.result
            ),
            None => writeln!(
                w,
                "Workflow '{}' has no authorizer ({}).",
                escape(&self.workflow),
                self.result
            ),
        }
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

/// Sets (or with None removes) the one authorizer of workflow `name`.
fn guard(name: &str, authorizer: Option<&str>, app: &mut App) -> Result<()> {
    let view = app.write(|tx, j| {
        let w = tx.require_workflow(name)?;
        let to = authorizer
            .map(|a| tx.require_authorizer(a))
            .transpose()?
            .map(|a| a.name);
        let from = tx.workflow_authorizer(&w.name)?;
        let result = if from == to {
            "unchanged"
        } else {
            tx.set_workflow_authorizer(&w.name, to.as_deref(), j.now)?;
            j.log(
                tx,
                "workflow-authorizer-set",
                Some(&w.authorization),
                Some(&w.name),
                json!({"from": from, "to": to}),
            )?;
            "updated"
        };
        Ok(Guarded {
            result,
            workflow: w.name,
            authorizer: to,
        })
    })?;
    app.out.print(&view)
}

#[derive(Serialize)]
#[serde(transparent)]
struct ListView(Vec<WorkflowView>);

impl View for ListView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        if self.0.is_empty() {
            return writeln!(w, "No workflows.");
        }
        let mut t = table(&["workflow", "authorization", "owner", "requires", "updated"]);
        for wf in &self.0 {
            t.add_row(vec![
                escape(&wf.name),
                wf.authorization.clone(),
                wf.owner
                    .as_deref()
                    .map(escape)
                    .unwrap_or_else(|| "-".into()),
                wf.scopes.to_text(),
                wf.updated.clone(),
            ]);
        }
        write_table(w, &t)
    }
}

fn list(a: WorkflowListArgs, app: &mut App) -> Result<()> {
    let view = app.read(|tx| {
        let id = a
            .authz
            .as_deref()
            .map(|t| tx.resolve_authz(t))
            .transpose()?
            .map(|a| a.id);
        let all = tx.workflows(id.as_deref())?;
        let mut uses = tx.secret_uses(None, None)?.into_iter().peekable();
        let mut views = Vec::with_capacity(all.len());
        // Both sorted by workflow name: one pass, no query per workflow.
        for w in all {
            let mut v = WorkflowView::from(w);
            while let Some(u) = uses.next_if(|u| u.workflow <= v.name) {
                if u.workflow == v.name {
                    v.secrets.push(SecretRef {
                        name: u.secret,
                        env: Some(u.env),
                    });
                }
            }
            views.push(v);
        }
        Ok(ListView(views))
    })?;
    app.out.print(&view)
}

fn delete(a: WorkflowDeleteArgs, app: &mut App) -> Result<()> {
    let name = app.read(|tx| Ok(tx.require_workflow(&a.name)?.name))?;
    app.confirm(&format!("Delete workflow '{}'?", escape(&name)))?;
    let w = app.write(|tx, j| {
        let w = tx.require_workflow(&a.name)?;
        tx.delete_workflow(&w.name)?;
        j.log(
            tx,
            "workflow-deleted",
            Some(&w.authorization),
            Some(&w.name),
            json!({}),
        )?;
        Ok(w)
    })?;
    app.out.print(&Changed {
        result: "deleted",
        workflow: w.into(),
    })
}

/// One line of `workflow import`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportLine {
    name: String,
    authorization: String,
    #[serde(default)]
    owner: Option<String>,
    #[serde(default)]
    scopes: Option<ScopeList>,
    /// `[{"name": ..., "env": ...}]`, `env` optional; absent: the workflow's secrets stay.
    #[serde(default)]
    secrets: Option<Vec<SecretRef>>,
    /// The API its token is for (RFC 8707). With `strict_scopes`: both absent, the workflow's
    /// token policy stays; either present, it is set (an absent one: none, false).
    #[serde(default)]
    resource: Option<String>,
    #[serde(default)]
    strict_scopes: Option<bool>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ScopeList {
    Text(String),
    List(Vec<String>),
}

/// Parses a JSON array of objects, or JSON lines (one object per line; blank lines skipped).
fn parse_import(text: &str) -> Result<Vec<Desired>> {
    let lines: Vec<(String, ImportLine)> = if text.trim_start().starts_with('[') {
        let items: Vec<ImportLine> = serde_json::from_str(text)
            .map_err(|e| Error::usage(format!("import: not a valid workflow array: {e}")))?;
        items
            .into_iter()
            .enumerate()
            .map(|(i, l)| (format!("item {}", i + 1), l))
            .collect()
    } else {
        let mut out = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let l: ImportLine = serde_json::from_str(line)
                .map_err(|e| Error::usage(format!("import: line {}: {e}", i + 1)))?;
            out.push((format!("line {}", i + 1), l));
        }
        out
    };
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::with_capacity(lines.len());
    for (at, l) in lines {
        if !seen.insert(l.name.clone()) {
            return Err(Error::usage(format!(
                "import: {at}: workflow '{}' appears twice",
                escape(&l.name)
            )));
        }
        let secrets = match l.secrets {
            None => None,
            Some(list) => {
                let mut pairs = Vec::with_capacity(list.len());
                for r in list {
                    validate_secret(&r.name).map_err(|mut e| {
                        e.message = format!("import: {at}: {}", e.message);
                        e
                    })?;
                    let env = r
                        .env
                        .unwrap_or_else(|| crate::domain::vault::default_env(&r.name));
                    validate_env(&env)?;
                    pairs.push((r.name, env));
                }
                Some(merge_uses(&[], &pairs, &[]).map_err(|mut e| {
                    e.message = format!("import: {at}: {}", e.message);
                    e
                })?)
            }
        };
        let policy = match (&l.resource, l.strict_scopes) {
            (None, None) => None,
            (resource, strict) => Some(TokenPolicy {
                resource: match resource {
                    Some(r) => Some(
                        check_resource(r)
                            .map_err(|e| Error::usage(format!("import: {at}: {e}")))?,
                    ),
                    None => None,
                },
                strict: strict.unwrap_or(false),
            }),
        };
        out.push(Desired {
            secrets,
            policy,
            name: l.name,
            authz: l.authorization,
            owner: l.owner.filter(|o| !o.is_empty()),
            scopes: match l.scopes {
                None => Scopes::default(),
                Some(ScopeList::Text(t)) => Scopes::parse(&t),
                Some(ScopeList::List(v)) => Scopes::from_list(&v),
            },
        });
    }
    Ok(out)
}

#[derive(Serialize, Default)]
struct ImportReport {
    dry_run: bool,
    created: Vec<String>,
    updated: Vec<String>,
    unchanged: Vec<String>,
}

impl View for ImportReport {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "{}{} created, {} updated, {} unchanged.",
            if self.dry_run {
                "Dry run: would have "
            } else {
                ""
            },
            self.created.len(),
            self.updated.len(),
            self.unchanged.len()
        )
    }

    /// A dry run's report is what was asked for; a real import's is a confirmation.
    fn is_confirmation(&self) -> bool {
        !self.dry_run
    }
}

/// Reads a file, or stdin for `-`.
pub(crate) fn read_input(path: &std::path::Path) -> Result<String> {
    let mut text = String::new();
    if path.as_os_str() == "-" {
        io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(path).map_err(|e| {
            let kind = if e.kind() == io::ErrorKind::NotFound {
                crate::error::Kind::NotFound
            } else {
                crate::error::Kind::Failure
            };
            Error::new(kind, format!("cannot read {}: {e}", path.display()))
        })?;
    }
    Ok(text)
}

fn import(a: WorkflowImportArgs, app: &mut App) -> Result<()> {
    let desired = parse_import(&read_input(&a.file)?)?;
    let run = |tx: &dyn Tx, j: &Journal| {
        let mut report = ImportReport {
            dry_run: a.dry_run,
            ..Default::default()
        };
        for (i, d) in desired.iter().enumerate() {
            let (result, w) = apply(tx, j, d, false).map_err(|mut e| {
                e.message = format!("import: entry {}: {}", i + 1, e.message);
                e
            })?;
            match result {
                "created" => report.created.push(w.name),
                "updated" => report.updated.push(w.name),
                _ => report.unchanged.push(w.name),
            }
        }
        // An import that changes nothing leaves no trace (the log records changes, not attempts).
        let changed = !(report.created.is_empty() && report.updated.is_empty());
        if !a.dry_run && changed {
            j.log(
                tx,
                "workflows-imported",
                None,
                None,
                json!({
                    "created": report.created.len(), "updated": report.updated.len(),
                    "unchanged": report.unchanged.len(),
                }),
            )?;
        }
        Ok(report)
    };
    let report = if a.dry_run {
        app.rehearse(run)?
    } else {
        app.write(run)?
    };
    app.out.print(&report)
}

mod show;

#[cfg(test)]
mod proptests;
