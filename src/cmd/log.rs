//! `authz log`: the event log, filtered by authorization, workflow or time.

use crate::app::App;
use crate::cli::LogArgs;
use crate::domain::parse_ts;
use crate::error::{Result, escape};
use crate::output::{View, table, write_table};
use crate::store::{EventFilter, EventRow};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
#[serde(transparent)]
struct LogView(Vec<EventRow>);

impl View for LogView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        if self.0.is_empty() {
            return writeln!(w, "No events.");
        }
        let mut t = table(&[
            "at",
            "actor",
            "action",
            "authorization",
            "workflow",
            "details",
        ]);
        for e in &self.0 {
            // An imported event is the document's word: say who brought it in.
            let mut actor = match e.details["imported"]["by"].as_str() {
                Some(by) => format!("{} (imported by {})", escape(&e.actor), escape(by)),
                None => escape(&e.actor),
            };
            // On PostgreSQL the database role that wrote it too: the OS user is the client's
            // word, the role is the database's.
            if let Some(db) = &e.db_user {
                actor.push_str(&format!(" (db: {})", escape(db)));
            }
            t.add_row(vec![
                escape(&e.at),
                actor,
                escape(&e.action),
                e.authorization
                    .as_deref()
                    .map(escape)
                    .unwrap_or_else(|| "-".into()),
                e.workflow
                    .as_deref()
                    .map(escape)
                    .unwrap_or_else(|| "-".into()),
                escape(&e.details.to_string()),
            ]);
        }
        write_table(w, &t)
    }
}

pub fn execute(args: LogArgs, app: &mut App) -> Result<()> {
    let since = args
        .since
        .as_deref()
        .map(|s| parse_ts(s, app.now))
        .transpose()?;
    let view = app.read(|tx| {
        let authz = args
            .authz
            .as_deref()
            .map(|t| tx.resolve_authz(t))
            .transpose()?
            .map(|a| a.id);
        Ok(LogView(tx.events(&EventFilter {
            authz,
            workflow: args.workflow.clone(),
            since,
            ..Default::default()
        })?))
    })?;
    app.out.print(&view)
}
