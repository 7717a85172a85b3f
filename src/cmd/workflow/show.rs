//! `authz workflow show NAME`: everything about one workflow: its authorization, owner,
//! required scopes, vault secrets, and its last runs (`authz run` records them).

use crate::app::App;
use crate::cli::WorkflowShowArgs;
use crate::domain::TokenState;
use crate::error::{Result, escape};
use crate::output::{CachedTokenView, View, WorkflowView};
use crate::store::EventFilter;
use serde::Serialize;
use std::io::{self, Write};

/// How many runs `workflow show` lists, newest first.
const RUNS_SHOWN: usize = 10;

#[derive(Serialize)]
struct ShowView {
    #[serde(flatten)]
    workflow: WorkflowView,
    /// The authorization it uses, as `authz list` describes it.
    authorization_details: AuthzSummary,
    /// The authorizer that judges its inbound tokens, if any.
    authorizer: Option<String>,
    /// The last runs, newest first.
    runs: Vec<serde_json::Value>,
    /// What its last token held: the narrowed token cached for its needs (scopes, resource),
    /// or null when none is (yet, or any more).
    token_held: Option<CachedTokenView>,
}

#[derive(Serialize)]
struct AuthzSummary {
    id: String,
    email: String,
    status: crate::domain::Status,
    service_account: bool,
    scopes: crate::domain::Scopes,
    token: TokenState,
}

impl View for ShowView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let wf = &self.workflow;
        let a = &self.authorization_details;
        writeln!(w, "name:          {}", escape(&wf.name))?;
        writeln!(
            w,
            "authorization: {} ({}, {}{})",
            a.id,
            escape(&a.email),
            a.status,
            if a.service_account {
                ", service account"
            } else {
                ""
            }
        )?;
        writeln!(w, "token:         {}", a.token)?;
        writeln!(
            w,
            "owner:         {}",
            wf.owner
                .as_deref()
                .map(escape)
                .unwrap_or_else(|| "-".into())
        )?;
        writeln!(w, "requires:      {}", escape(&wf.scopes.to_text()))?;
        if let Some(r) = &wf.resource {
            writeln!(w, "resource:      {}", escape(r))?;
        }
        writeln!(
            w,
            "its token:     {}{}",
            match &self.token_held {
                Some(t) => t.line(),
                None => "none cached yet (narrowed to what it requires at its next token)".into(),
            },
            if wf.strict_scopes {
                "; strict scopes"
            } else {
                ""
            }
        )?;
        writeln!(
            w,
            "authorizer:    {}",
            self.authorizer
                .as_deref()
                .map(escape)
                .unwrap_or_else(|| "-".into())
        )?;
        writeln!(w, "created:       {}", wf.created)?;
        writeln!(w, "updated:       {}", wf.updated)?;
        if wf.secrets.is_empty() {
            writeln!(w, "secrets:       none")?;
        } else {
            writeln!(w, "secrets:")?;
            for s in &wf.secrets {
                writeln!(
                    w,
                    "  {} (${})",
                    s.name,
                    s.env.as_deref().unwrap_or_default()
                )?;
            }
        }
        if self.runs.is_empty() {
            return writeln!(w, "runs:          none recorded");
        }
        writeln!(w, "runs (newest first):")?;
        for r in &self.runs {
            let d = &r["details"];
            writeln!(
                w,
                "  {}  exit {}  {}",
                r["at"].as_str().unwrap_or_default(),
                d["exit_code"],
                d["authorization"].as_str().unwrap_or_default()
            )?;
        }
        Ok(())
    }
}

pub fn execute(a: WorkflowShowArgs, app: &mut App) -> Result<()> {
    let now = app.now;
    let view = app.read(|tx| {
        let w = tx.require_workflow(&a.name)?;
        let authz = tx.resolve_authz(&w.authorization)?;
        let mut runs = tx.events(&EventFilter {
            workflow: Some(w.name.clone()),
            action: Some("workflow-run".into()),
            ..Default::default()
        })?;
        runs.reverse();
        runs.truncate(RUNS_SHOWN);
        let key = crate::domain::narrow::Needs {
            scopes: w.scopes.clone(),
            resource: tx.token_policy(&w.name)?.resource,
        }
        .key();
        let token_held = tx
            .cached_tokens(&authz.id)?
            .iter()
            .find(|c| c.key == key)
            .map(|c| CachedTokenView::new(c, now));
        Ok(ShowView {
            token_held,
            authorizer: tx.workflow_authorizer(&w.name)?,
            authorization_details: AuthzSummary {
                token: TokenState::of(&authz, now, 0),
                id: authz.id,
                email: authz.email,
                status: authz.status,
                service_account: authz.service_account,
                scopes: authz.scopes,
            },
            workflow: WorkflowView::read(tx, w)?,
            runs: runs
                .into_iter()
                .map(|e| serde_json::json!({ "at": e.at, "details": e.details }))
                .collect(),
        })
    })?;
    app.out.print(&view)
}
