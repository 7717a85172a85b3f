//! `authz list`: the product page's table — email, created, workflows — plus id, status, token.

use crate::app::App;
use crate::cli::ListArgs;
use crate::error::{Result, escape};
use crate::output::{AuthzView, View, short_list, table, write_table};
use serde::Serialize;
use std::io::{self, Write};

/// How many workflow names a table cell shows before "+N more".
const NAMES_SHOWN: usize = 3;

/// JSON: the array of authorizations, nothing else (scripts index into it).
#[derive(Serialize)]
#[serde(transparent)]
pub struct ListView {
    authorizations: Vec<AuthzView>,
    /// `profile: NAME` or `store: PATH`: which organization this is, for people only.
    #[serde(skip)]
    store: String,
}

impl View for ListView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let list = &self.authorizations;
        let in_use = list.iter().filter(|a| !a.workflows.is_empty()).count();
        let workflows: usize = list.iter().map(|a| a.workflows.len()).sum();
        writeln!(
            w,
            "{} · {} authorization(s), {in_use} in use by {workflows} workflow(s)",
            escape(&self.store),
            list.len()
        )?;
        if list.is_empty() {
            return writeln!(w, "No authorizations yet. Create one with: authz add");
        }
        writeln!(w)?;
        let mut t = table(&["id", "email", "created", "workflows", "status", "token"]);
        for a in list {
            t.add_row(vec![
                a.id.clone(),
                escape(&a.email),
                a.created.clone(),
                short_list(&a.workflows, NAMES_SHOWN),
                a.status.to_string(),
                a.token.to_string(),
            ]);
        }
        write_table(w, &t)
    }
}

pub fn execute(args: ListArgs, app: &mut App) -> Result<()> {
    let now = app.now;
    let store = app.store_choice()?.label();
    let view = app.read(|tx| {
        let mut names = tx.workflow_names_by_authz()?;
        let list = tx.authorizations(args.all)?;
        Ok(ListView {
            authorizations: list
                .into_iter()
                .map(|a| {
                    let wf = names.remove(&a.id).unwrap_or_default();
                    AuthzView::new(a, wf, now)
                })
                .collect(),
            store,
        })
    })?;
    app.out.print(&view)
}
