//! `authz show AUTHZ`: everything about one authorization, its workflows included.

use crate::app::App;
use crate::cli::ShowArgs;
use crate::error::{Result, escape};
use crate::output::{AuthzView, CachedTokenView, View, WorkflowView, table, write_table};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
pub struct ShowView {
    #[serde(flatten)]
    pub authz: AuthzView,
    pub workflow_details: Vec<WorkflowView>,
    /// How the store's client authenticates to the provider: `none` (a public client),
    /// `client_secret`, `client_secret_basic`, `client_secret_post` or `private_key_jwt`.
    pub client_auth: String,
    /// The resources (RFC 8707) its login asked for.
    pub resources: Vec<String>,
    /// The narrowed access tokens cached for its workflows (what they hold, never the tokens).
    pub cached_tokens: Vec<CachedTokenView>,
}

impl View for ShowView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let a = &self.authz;
        let opt = |v: &Option<String>| v.as_deref().map(escape).unwrap_or_else(|| "-".into());
        writeln!(w, "id:              {}", escape(&a.id))?;
        writeln!(w, "email:           {}", escape(&a.email))?;
        writeln!(w, "email claim:     {}", escape(&a.email_claim))?;
        writeln!(w, "name:            {}", opt(&a.name))?;
        writeln!(w, "issuer:          {}", escape(&a.issuer))?;
        writeln!(w, "subject:         {}", escape(&a.subject))?;
        writeln!(
            w,
            "created:         {} by {}",
            a.created,
            escape(&a.created_by)
        )?;
        writeln!(w, "label:           {}", opt(&a.label))?;
        writeln!(
            w,
            "service account: {}",
            if a.service_account { "yes" } else { "no" }
        )?;
        writeln!(w, "scopes:          {}", escape(&a.scopes.to_text()))?;
        writeln!(w, "status:          {}", a.status)?;
        writeln!(w, "token:           {}", a.token)?;
        match &a.tokens_at {
            Some(at) => writeln!(w, "tokens in:       {at}")?,
            None => writeln!(w, "tokens in:       not recorded")?,
        }
        if let Some(r) = &a.revoked {
            writeln!(w, "revoked:         {r}")?;
        }
        let client = match self.client_auth.as_str() {
            "none" => "none (a public client: PKCE, no client credential)".to_owned(),
            "private_key_jwt" => {
                "private_key_jwt (confidential: signs with a vault key)".to_owned()
            }
            m => format!("{m} (confidential: the secret is in the secret backend)"),
        };
        writeln!(w, "client auth:     {client}")?;
        if !self.resources.is_empty() {
            writeln!(w, "resources:       {}", escape(&self.resources.join(" ")))?;
        }
        if self.cached_tokens.is_empty() {
            writeln!(w, "workflow tokens: none cached")?;
        } else {
            writeln!(w, "workflow tokens:")?;
            for t in &self.cached_tokens {
                writeln!(w, "  {}", t.line())?;
            }
        }
        writeln!(w, "workflows:       {}", self.workflow_details.len())?;
        if !self.workflow_details.is_empty() {
            writeln!(w)?;
            let mut t = table(&["workflow", "owner", "requires", "updated"]);
            for wf in &self.workflow_details {
                t.add_row(vec![
                    escape(&wf.name),
                    wf.owner
                        .as_deref()
                        .map(escape)
                        .unwrap_or_else(|| "-".into()),
                    escape(&wf.scopes.to_text()),
                    wf.updated.clone(),
                ]);
            }
            write_table(w, &t)?;
        }
        Ok(())
    }
}

pub fn execute(args: ShowArgs, app: &mut App) -> Result<()> {
    let now = app.now;
    let view = app.read(|tx| {
        let a = tx.resolve_authz(&args.authz)?;
        let workflows = tx.workflows(Some(&a.id))?;
        let names = workflows.iter().map(|w| w.name.clone()).collect();
        let resources = tx.authz_resources(&a.id)?;
        let cached_tokens = tx
            .cached_tokens(&a.id)?
            .iter()
            .map(|c| CachedTokenView::new(c, now))
            .collect();
        Ok(ShowView {
            authz: AuthzView::new(a, names, now),
            workflow_details: workflows.into_iter().map(Into::into).collect(),
            client_auth: crate::app::client_auth_setting(tx)?.to_string(),
            resources,
            cached_tokens,
        })
    })?;
    app.out.print(&view)
}
