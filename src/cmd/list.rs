//! `authz list`: the product page's table — email, created, workflows — plus id, status, token.
//!
//! Streams: one authorization at a time from SQLite to stdout, the JSON and the table alike (the
//! table sizes its columns in a first pass and prints in a second), so 10,000 authorizations
//! with 100,000 workflows list in a few MB (docs/benchmarks.md).

use crate::app::App;
use crate::cli::ListArgs;
use crate::error::{Result, escape};
use crate::output::{
    AuthzView, Escaping, MIN_ID, fit_widths, short_list, unique_prefix_len, write_row,
};
use std::io::{self, BufWriter, Write};

/// How many workflow names a table cell shows before "+N more".
const NAMES_SHOWN: usize = 3;

const HEADER: [&str; 7] = [
    "ID",
    "EMAIL",
    "LABEL",
    "CREATED",
    "WORKFLOWS",
    "STATUS",
    "TOKEN",
];
/// The LABEL column: shown only when some authorization has a label.
const LABEL: usize = 2;

/// The columns cut (with `…`) to fit the terminal: never the id, the date or the status.
const SHRINKABLE: [bool; 7] = [false, true, true, false, true, false, true];

/// How a row is shown: whole (`--wide`, or not on a terminal), or fitted to a terminal, with
/// ids cut to the prefix that keeps them apart (every command takes it) and dates alone.
struct Shape {
    id_len: Option<usize>,
}

impl Shape {
    /// One table row, every cell escaped.
    fn cells(&self, view: AuthzView) -> [String; 7] {
        let (id, created) = match self.id_len {
            Some(n) => (
                view.id.chars().take(n).collect(),
                view.created.chars().take(10).collect(),
            ),
            None => (view.id, view.created),
        };
        [
            escape(&id),
            escape(&view.email),
            view.label.as_deref().map(escape).unwrap_or_default(),
            created,
            short_list(&view.workflows, NAMES_SHOWN),
            status(view.status),
            view.token.to_string(),
        ]
    }
}

/// How many characters of an authorization id keep every id of the store apart (revoked ones
/// too: `resolve_authz` takes the prefix back).
/// The status word, coloured where colour is on (green active, yellow relogin-needed, dim
/// revoked).
fn status(s: crate::domain::Status) -> String {
    use crate::domain::Status;
    use crate::output::{Paint, paint};
    let word = s.to_string();
    match s {
        Status::Active => paint(Paint::Green, &word),
        Status::ReloginNeeded => paint(Paint::Yellow, &word),
        Status::Revoked => paint(Paint::Dim, &word),
    }
}

pub(crate) fn short_id_len(tx: &dyn crate::store::Tx) -> Result<usize> {
    let all = tx.authorizations(true)?;
    Ok(unique_prefix_len(
        all.iter().map(|a| a.id.as_str()).collect(),
        MIN_ID,
    ))
}

pub fn execute(args: ListArgs, app: &mut App) -> Result<()> {
    let now = app.now;
    let store = app.store_choice()?.label();
    let json = app.out.json;
    let quiet = app.out.quiet;
    let mut out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    // JSON: an array with one authorization per line. People: a summary line, then a table,
    // sized in a first pass over the rows and printed in a second (both in one snapshot), so
    // no more than one row is held at a time.
    let (mut count, mut in_use, mut workflows) = (0usize, 0usize, 0usize);
    let mut confidential = None;
    let mut widths = HEADER.map(str::len);
    let mut labels = false;
    let fit = if args.wide || json {
        None
    } else {
        crate::output::fit_width()
    };
    app.read(|tx| {
        if !json {
            confidential = Some(crate::app::client_auth_setting(tx)?)
                .filter(|m| *m != crate::idp::ClientAuth::None);
        }
        // On a terminal: ids as short as keeps every authorization of the store apart.
        let shape = Shape {
            id_len: fit.map(|_| short_id_len(tx)).transpose()?,
        };
        tx.each_authz(args.all, |a, names| {
            let view = AuthzView::new(a, names, now);
            if json {
                out.write_all(if count == 0 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer(&mut out, &view).map_err(io::Error::from)?;
            } else {
                in_use += usize::from(!view.workflows.is_empty());
                workflows += view.workflows.len();
                labels |= view.label.as_deref().is_some_and(|l| !l.is_empty());
                for (w, cell) in widths.iter_mut().zip(shape.cells(view)) {
                    *w = (*w).max(crate::output::visible_width(&cell));
                }
            }
            count += 1;
            Ok(())
        })?;
        if json {
            out.write_all(if count == 0 { b"[]\n" } else { b"\n]\n" })?;
            return Ok(());
        }
        let mut out = Escaping::new(&mut out);
        // `-q`: the table alone, no summary or advice (a header line only when there are rows).
        if !quiet {
            let client = confidential
                .map(|m| format!(" · confidential client ({m})"))
                .unwrap_or_default();
            writeln!(
                out,
                "{}{client} · {count} authorization(s), {in_use} in use by {workflows} workflow(s)",
                escape(&store)
            )?;
        }
        if count == 0 {
            if !quiet {
                writeln!(out, "No authorizations yet. Create one with: authz add")?;
            }
            return Ok(());
        }
        if !quiet {
            writeln!(out)?;
        }
        if !labels {
            widths[LABEL] = 0;
        }
        if let Some(total) = fit {
            fit_widths(&mut widths, &HEADER, &SHRINKABLE, total);
        }
        write_row(&mut out, &HEADER.map(String::from), &widths)?;
        tx.each_authz(args.all, |a, names| {
            write_row(
                &mut out,
                &shape.cells(AuthzView::new(a, names, now)),
                &widths,
            )?;
            Ok(())
        })
    })?;
    out.flush()?;
    Ok(())
}
