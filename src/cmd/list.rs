//! `authz list`: the product page's table — email, created, workflows — plus id, status, token.
//!
//! Streams: one authorization at a time from SQLite to stdout, the JSON and the table alike (the
//! table sizes its columns in a first pass and prints in a second), so 10,000 authorizations
//! with 100,000 workflows list in a few MB (docs/benchmarks.md).

use crate::app::App;
use crate::cli::ListArgs;
use crate::error::{Result, escape};
use crate::output::{AuthzView, Escaping, short_list};
use std::io::{self, BufWriter, Write};
use unicode_width::UnicodeWidthStr;

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

/// One table row, every cell escaped.
fn cells(view: AuthzView) -> [String; 7] {
    [
        escape(&view.id),
        escape(&view.email),
        view.label.as_deref().map(escape).unwrap_or_default(),
        view.created,
        short_list(&view.workflows, NAMES_SHOWN),
        view.status.to_string(),
        view.token.to_string(),
    ]
}

/// A row in the house table style (`output::table`: a space either side of each cell, columns
/// as wide as their widest cell, no trailing blanks).
fn write_row(w: &mut dyn Write, row: &[String], widths: &[usize]) -> io::Result<()> {
    let mut line = String::new();
    // A column of width 0 is left out (LABEL when no authorization has one).
    for (cell, width) in row.iter().zip(widths).filter(|(_, w)| **w > 0) {
        line.push(' ');
        line.push_str(cell);
        line.extend(std::iter::repeat_n(
            ' ',
            width.saturating_sub(cell.width()) + 1,
        ));
    }
    writeln!(w, "{}", line.trim_end())
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
    let mut widths = HEADER.map(str::len);
    let mut labels = false;
    app.read(|tx| {
        tx.each_authz(args.all, |a, names| {
            let view = AuthzView::new(a, names, now);
            if json {
                out.write_all(if count == 0 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer(&mut out, &view).map_err(io::Error::from)?;
            } else {
                in_use += usize::from(!view.workflows.is_empty());
                workflows += view.workflows.len();
                labels |= view.label.as_deref().is_some_and(|l| !l.is_empty());
                for (w, cell) in widths.iter_mut().zip(cells(view)) {
                    *w = (*w).max(cell.width());
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
            writeln!(
                out,
                "{} · {count} authorization(s), {in_use} in use by {workflows} workflow(s)",
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
        write_row(&mut out, &HEADER.map(String::from), &widths)?;
        tx.each_authz(args.all, |a, names| {
            write_row(&mut out, &cells(AuthzView::new(a, names, now)), &widths)?;
            Ok(())
        })
    })?;
    out.flush()?;
    Ok(())
}
