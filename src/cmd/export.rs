//! `authz export` / `authz import`: the whole metadata store as one documented JSON document
//! (docs/json.md). Never a secret: imported authorizations arrive as `relogin-needed`.

use crate::app::App;
use crate::cli::{ExportArgs, ImportArgs};
use crate::domain::{
    ACTIONS, Authorization, Scopes, Status, Workflow, format_ts, is_authz_id, is_printable,
    is_scope,
};
use crate::error::{Error, Result, escape};
use crate::output::View;
use crate::store::{EventFilter, NewEvent};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};

const FORMAT: &str = "authz-export";
const VERSION: u32 = 1;

/// Settings that describe the provider; cached discovery documents are not exported.
const EXPORTED_SETTINGS: &[&str] = &["issuer", "client_id"];

#[derive(Serialize, Deserialize)]
pub struct Document {
    pub format: String,
    pub version: u32,
    pub exported: String,
    #[serde(default)]
    pub settings: BTreeMap<String, String>,
    #[serde(default)]
    pub authorizations: Vec<AuthzRecord>,
    #[serde(default)]
    pub workflows: Vec<WorkflowRecord>,
    #[serde(default)]
    pub events: Vec<EventRecord>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct AuthzRecord {
    pub id: String,
    pub issuer: String,
    pub subject: String,
    pub email: String,
    /// Added in schema 5; older exports read `email`.
    #[serde(default = "default_email_claim")]
    pub email_claim: String,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub scopes: Vec<String>,
    pub created: String,
    pub created_by: String,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub service_account: bool,
    pub status: String,
    #[serde(default)]
    pub revoked: Option<String>,
}

#[derive(Serialize, Deserialize)]
pub struct WorkflowRecord {
    pub name: String,
    pub authorization: String,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub scopes: Vec<String>,
    pub created: String,
    pub updated: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct EventRecord {
    pub at: String,
    pub actor: String,
    pub action: String,
    #[serde(default)]
    pub authorization: Option<String>,
    #[serde(default)]
    pub workflow: Option<String>,
    #[serde(default)]
    pub details: serde_json::Value,
}

fn default_email_claim() -> String {
    "email".into()
}

pub fn export(args: ExportArgs, app: &mut App) -> Result<()> {
    let now = app.now;
    let doc = app.read(|tx| {
        let mut settings = BTreeMap::new();
        for key in EXPORTED_SETTINGS {
            if let Some(v) = tx.setting(key)? {
                settings.insert(key.to_string(), v);
            }
        }
        let authorizations = tx
            .authorizations(true)?
            .into_iter()
            .map(authz_record)
            .collect();
        let workflows = tx
            .workflows(None)?
            .into_iter()
            .map(workflow_record)
            .collect();
        let events = tx
            .events(&EventFilter::default())?
            .into_iter()
            .map(|e| EventRecord {
                at: e.at,
                actor: e.actor,
                action: e.action,
                authorization: e.authorization,
                workflow: e.workflow,
                details: e.details,
            })
            .collect();
        Ok(Document {
            format: FORMAT.into(),
            version: VERSION,
            exported: format_ts(now),
            settings,
            authorizations,
            workflows,
            events,
        })
    })?;
    let text = serde_json::to_string_pretty(&doc)? + "\n";
    match &args.output {
        None => {
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
        }
        Some(path) => crate::private_fs::write_output(path, text.as_bytes())?,
    }
    Ok(())
}

/// An authorization as the document holds it: its metadata, never its tokens or where they are.
fn authz_record(a: Authorization) -> AuthzRecord {
    AuthzRecord {
        id: a.id,
        issuer: a.issuer,
        subject: a.subject,
        email: a.email,
        email_claim: a.email_claim,
        name: a.name,
        scopes: a.scopes.iter().map(str::to_owned).collect(),
        created: format_ts(a.created),
        created_by: a.created_by,
        label: a.label,
        service_account: a.service_account,
        status: a.status.as_str().to_owned(),
        revoked: a.revoked.map(format_ts),
    }
}

fn workflow_record(w: Workflow) -> WorkflowRecord {
    WorkflowRecord {
        name: w.name,
        authorization: w.authorization,
        owner: w.owner,
        scopes: w.scopes.iter().map(str::to_owned).collect(),
        created: format_ts(w.created),
        updated: format_ts(w.updated),
    }
}

#[derive(Serialize)]
struct ImportView {
    authorizations: usize,
    workflows: usize,
    events: usize,
    relogin_needed: Vec<String>,
}

impl View for ImportView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "Imported {} authorization(s), {} workflow(s), {} event(s).",
            self.authorizations, self.workflows, self.events
        )?;
        if !self.relogin_needed.is_empty() {
            writeln!(
                w,
                "Tokens never travel in an export: log in again with `authz add --reauth ID` for: {}",
                self.relogin_needed.join(", ")
            )?;
        }
        Ok(())
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

fn bad(what: impl std::fmt::Display) -> Error {
    Error::usage(format!("import: {what}"))
        .hint("the file must be a document written by `authz export`")
}

/// An absolute RFC 3339 time (an import takes no `5d`-style relative time).
fn time(text: &str, what: &str) -> Result<i64> {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .map(|t| t.unix_timestamp())
        .map_err(|_| {
            bad(format!(
                "{}: '{}' is not an RFC 3339 time",
                escape(what),
                escape(text)
            ))
        })
}

/// `text` must pass `ok`, else the whole document is refused naming `what`.
fn check(ok: bool, what: &str, field: &str, text: &str) -> Result<()> {
    if ok {
        return Ok(());
    }
    Err(bad(format!(
        "{}: {field} '{}' is not valid",
        escape(what),
        escape(text)
    )))
}

fn check_text(what: &str, field: &str, text: &str, max: usize) -> Result<()> {
    check(is_printable(text, max), what, field, text)
}

fn check_id(what: &str, id: &str) -> Result<()> {
    check(is_authz_id(id), what, "authorization id", id)
}

fn check_scopes(what: &str, scopes: &[String]) -> Result<Scopes> {
    let parsed = Scopes::from_list(scopes);
    for s in parsed.iter() {
        check(is_scope(s), what, "scope", s)?;
    }
    Ok(parsed)
}

/// The same rules as `authz add` and the commands that edit an authorization.
fn to_authz(r: AuthzRecord) -> Result<Authorization> {
    check_id("authorization", &r.id)?;
    let what = format!("authorization {}", r.id);
    let status = Status::parse(&r.status)
        .ok_or_else(|| bad(format!("{what}: unknown status '{}'", escape(&r.status))))?;
    check_text(&what, "issuer", &r.issuer, 2000)?;
    crate::idp::check_issuer(&r.issuer).map_err(|e| bad(format!("{what}: {}", e.message)))?;
    check_text(&what, "subject", &r.subject, 255)?;
    check_text(&what, "email", &r.email, 320)?;
    check_text(&what, "created_by", &r.created_by, 64)?;
    if let Some(n) = &r.name {
        check_text(&what, "name", n, 200)?;
    }
    if let Some(l) = &r.label {
        check_text(&what, "label", l, 200)?;
    }
    let scopes = check_scopes(&what, &r.scopes)?;
    let revoked = r.revoked.as_deref().map(|t| time(t, &what)).transpose()?;
    let (status, revoked) = match (status, revoked) {
        (Status::Revoked, Some(at)) => (Status::Revoked, Some(at)),
        (Status::Revoked, None) => {
            return Err(bad(format!("{what}: revoked without a time")));
        }
        (_, Some(_)) => {
            return Err(bad(format!("{what}: a revoke time but not revoked")));
        }
        // No tokens travel with an export: the new machine must log in again.
        _ => (Status::ReloginNeeded, None),
    };
    Ok(Authorization {
        created: time(&r.created, &what)?,
        id: r.id,
        issuer: r.issuer,
        subject: r.subject,
        email: r.email,
        email_claim: crate::domain::check_claim_name(&r.email_claim).map_err(bad)?,
        name: r.name,
        scopes,
        created_by: r.created_by,
        label: r.label,
        service_account: r.service_account,
        status,
        token_expires: None,
        revoked,
        // An import carries no tokens, and the source store's secret entries are bound to
        // that store: nothing is where the source's record said, for this store.
        tokens_at: None,
    })
}

/// The same rules as `authz workflow create`.
fn to_workflow(w: WorkflowRecord) -> Result<Workflow> {
    super::workflow::validate_name(&w.name).map_err(|e| bad(e.message))?;
    let what = format!("workflow '{}'", w.name);
    check_id(&what, &w.authorization)?;
    if let Some(o) = &w.owner {
        check_text(&what, "owner", o, 200)?;
    }
    let (created, updated) = (time(&w.created, &what)?, time(&w.updated, &what)?);
    if updated < created {
        return Err(bad(format!(
            "{}: updated before it was created",
            escape(&what)
        )));
    }
    Ok(Workflow {
        created,
        updated,
        scopes: check_scopes(&what, &w.scopes)?,
        name: w.name,
        authorization: w.authorization,
        owner: w.owner,
    })
}

/// An event as authz writes them: a known action, an actor, real ids and names, details an
/// object. Its history is kept, marked as imported (see `import`).
fn check_event(e: &EventRecord) -> Result<i64> {
    let what = "event";
    let at = time(&e.at, what)?;
    check(
        ACTIONS.contains(&e.action.as_str()),
        what,
        "action",
        &e.action,
    )?;
    check_text(what, "actor", &e.actor, 64)?;
    if let Some(a) = &e.authorization {
        check_id(what, a)?;
    }
    if let Some(w) = &e.workflow {
        super::workflow::validate_name(w).map_err(|e| bad(format!("event: {}", e.message)))?;
    }
    check(
        e.details.is_object() || e.details.is_null(),
        what,
        "details",
        &e.details.to_string(),
    )?;
    Ok(at)
}

/// A document read and checked against the rules, before anything is written.
struct Checked {
    authzs: Vec<Authorization>,
    workflows: Vec<Workflow>,
    events: Vec<EventRecord>,
    /// The time of each event, in order.
    times: Vec<i64>,
    settings: BTreeMap<String, String>,
}

/// Everything `import` decides from the text alone: the format, the version and each record.
fn check_document(text: &str) -> Result<Checked> {
    let doc: Document = serde_json::from_str(text).map_err(bad)?;
    if doc.format != FORMAT {
        return Err(bad(format!(
            "format is '{}', not '{FORMAT}'",
            escape(&doc.format)
        )));
    }
    if doc.version > VERSION {
        return Err(Error::usage(format!(
            "import: the document has version {}, newer than this authz understands ({VERSION})",
            doc.version
        ))
        .hint("upgrade authz"));
    }
    let authzs: Vec<Authorization> = doc
        .authorizations
        .into_iter()
        .map(to_authz)
        .collect::<Result<_>>()?;
    let workflows: Vec<Workflow> = doc
        .workflows
        .into_iter()
        .map(to_workflow)
        .collect::<Result<_>>()?;
    let events = doc.events;
    let times: Vec<i64> = events.iter().map(check_event).collect::<Result<_>>()?;
    let settings = doc.settings;
    for (key, value) in &settings {
        match key.as_str() {
            "issuer" => {
                check_text("setting", "issuer", value, 2000)?;
                crate::idp::check_issuer(value)
                    .map_err(|e| bad(format!("setting issuer: {}", e.message)))?
            }
            "client_id" => check_text("setting", "client_id", value, 200)?,
            // Anything else (a cache, a store id) is never imported.
            _ => {}
        }
    }
    Ok(Checked {
        authzs,
        workflows,
        events,
        times,
        settings,
    })
}

pub fn import(args: ImportArgs, app: &mut App) -> Result<()> {
    let text = super::workflow::read_input(&args.file)?;
    let Checked {
        authzs,
        workflows,
        events,
        times,
        settings,
    } = check_document(&text)?;
    let view = app.write(|tx, j| {
        let mut clash = Vec::new();
        let mut ids = HashSet::new();
        for a in &authzs {
            if !ids.insert(a.id.as_str()) {
                return Err(bad(format!("authorization {} appears twice", a.id)));
            }
            if tx.authz(&a.id)?.is_some() {
                clash.push(format!("authorization {}", a.id));
            }
        }
        let mut names = HashSet::new();
        for w in &workflows {
            if !names.insert(w.name.as_str()) {
                return Err(bad(format!("workflow '{}' appears twice", escape(&w.name))));
            }
            if tx.workflow(&w.name)?.is_some() {
                clash.push(format!("workflow '{}'", escape(&w.name)));
            }
            if !ids.contains(w.authorization.as_str()) && tx.authz(&w.authorization)?.is_none() {
                return Err(bad(format!(
                    "workflow '{}' uses {}, which is in neither the document nor the store",
                    escape(&w.name),
                    escape(&w.authorization)
                )));
            }
        }
        for (key, value) in &settings {
            if !EXPORTED_SETTINGS.contains(&key.as_str()) {
                continue;
            }
            match tx.setting(key)? {
                Some(v) if &v != value => clash.push(format!(
                    "setting {key} ('{}' here, '{}' in the document)",
                    escape(&v),
                    escape(value)
                )),
                _ => {}
            }
        }
        if !clash.is_empty() {
            return Err(Error::conflict(format!(
                "import refused, nothing was changed: {} already exist(s) here: {}",
                clash.len(),
                clash.join(", ")
            ))
            .hint(
                "import into an empty store (--db NEW_PATH), or remove the clashing entries first",
            )
            .details(json!({ "conflicts": clash })));
        }
        for (key, value) in &settings {
            if EXPORTED_SETTINGS.contains(&key.as_str()) {
                tx.set_setting(key, value)?;
            }
        }
        for a in &authzs {
            tx.insert_authz(a)?;
        }
        for w in &workflows {
            tx.insert_workflow(w)?;
        }
        // History is kept, but it is the document's word, not this store's: each event says
        // who imported it and when, so an import cannot pass for what someone here did.
        let mark = json!({ "by": j.actor, "at": format_ts(j.now) });
        for (e, at) in events.iter().zip(&times) {
            let mut details = match &e.details {
                serde_json::Value::Object(m) => m.clone(),
                _ => serde_json::Map::new(),
            };
            let mut imported = mark.clone();
            if let Some(earlier) = details.remove("imported") {
                imported["earlier"] = earlier;
            }
            details.insert("imported".into(), imported);
            tx.log(&NewEvent {
                at: *at,
                actor: &e.actor,
                action: &e.action,
                authz: e.authorization.as_deref(),
                workflow: e.workflow.as_deref(),
                details: serde_json::Value::from(details).to_string(),
            })?;
        }
        let mut relogin = Vec::new();
        for a in &authzs {
            j.log(
                tx,
                "imported",
                Some(&a.id),
                None,
                json!({ "status": a.status }),
            )?;
            if a.status == Status::ReloginNeeded {
                relogin.push(a.id.clone());
            }
        }
        Ok(ImportView {
            authorizations: authzs.len(),
            workflows: workflows.len(),
            events: events.len(),
            relogin_needed: relogin,
        })
    })?;
    app.out.print(&view)
}

#[cfg(test)]
mod proptests;
