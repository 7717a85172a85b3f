//! `authz log`: the event log, filtered by authorization, workflow or time.

use crate::app::App;
use crate::cli::LogArgs;
use crate::domain::parse_ts;
use crate::error::{Result, escape};
use crate::output::{View, fit_widths, key_values, write_row};
use crate::store::{EventFilter, EventRow};
use serde::Serialize;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

#[derive(Serialize)]
#[serde(transparent)]
struct LogView {
    events: Vec<EventRow>,
    /// The terminal width to fit (None: every cell whole).
    #[serde(skip)]
    fit: Option<usize>,
    /// How many characters of an authorization id to show (None: all).
    #[serde(skip)]
    id_len: Option<usize>,
}

const HEADER: [&str; 6] = [
    "AT",
    "ACTOR",
    "ACTION",
    "AUTHORIZATION",
    "WORKFLOW",
    "DETAILS",
];
/// Cut to fit a terminal: never the time, the action or the authorization id.
const SHRINKABLE: [bool; 6] = [false, true, false, false, true, true];

impl View for LogView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        if self.events.is_empty() {
            return writeln!(w, "No events.");
        }
        let rows: Vec<[String; 6]> = self.events.iter().map(|e| self.row(e)).collect();
        let mut widths = HEADER.map(str::len);
        for row in &rows {
            for (w, cell) in widths.iter_mut().zip(row) {
                *w = (*w).max(cell.width());
            }
        }
        if let Some(total) = self.fit {
            fit_widths(&mut widths, &HEADER, &SHRINKABLE, total);
        }
        write_row(w, &HEADER.map(String::from), &widths)?;
        for row in &rows {
            write_row(w, row, &widths)?;
        }
        Ok(())
    }
}

impl LogView {
    /// One event as people read it: details as `key=value`, not JSON.
    fn row(&self, e: &EventRow) -> [String; 6] {
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
        let id = |id: &str| match self.id_len {
            Some(n) => escape(&id.chars().take(n).collect::<String>()),
            None => escape(id),
        };
        [
            escape(&e.at),
            actor,
            escape(&e.action),
            e.authorization
                .as_deref()
                .map(id)
                .unwrap_or_else(|| "-".into()),
            e.workflow
                .as_deref()
                .map(escape)
                .unwrap_or_else(|| "-".into()),
            escape(&key_values(&e.details)),
        ]
    }
}

pub fn execute(args: LogArgs, app: &mut App) -> Result<()> {
    let since = args
        .since
        .as_deref()
        .map(|s| parse_ts(s, app.now))
        .transpose()?;
    let fit = if args.wide || app.out.json {
        None
    } else {
        crate::output::fit_width()
    };
    let view = app.read(|tx| {
        let authz = args
            .authz
            .as_deref()
            .map(|t| tx.resolve_authz(t))
            .transpose()?
            .map(|a| a.id);
        let mut events = tx.events(&EventFilter {
            authz,
            workflow: args.workflow.clone(),
            since,
            ..Default::default()
        })?;
        // The newest N, still oldest first (as `tail -n`).
        if let Some(n) = args.limit {
            events.drain(..events.len().saturating_sub(n));
        }
        let id_len = fit.map(|_| super::list::short_id_len(tx)).transpose()?;
        Ok(LogView {
            events,
            fit,
            id_len,
        })
    })?;
    app.out.print(&view)
}
