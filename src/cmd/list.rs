//! `authz list`: the product page's table — email, created, workflows — plus id, status, token.
//!
//! Streams: one authorization at a time from SQLite to stdout, so 10,000 authorizations with
//! 100,000 workflows list in a few MB (docs/benchmarks.md).

use crate::app::App;
use crate::cli::ListArgs;
use crate::error::{Result, escape};
use crate::output::{AuthzView, Escaping, short_list, table, write_table};
use std::io::{self, BufWriter, Write};

/// How many workflow names a table cell shows before "+N more".
const NAMES_SHOWN: usize = 3;

pub fn execute(args: ListArgs, app: &mut App) -> Result<()> {
    let now = app.now;
    let store = app.store_choice()?.label();
    let json = app.out.json;
    let mut out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    // JSON: an array with one authorization per line. People: a summary line, then a table.
    let mut t = table(&["id", "email", "created", "workflows", "status", "token"]);
    let (mut count, mut in_use, mut workflows) = (0usize, 0usize, 0usize);
    app.read(|tx| {
        tx.each_authz(args.all, |a, names| {
            let view = AuthzView::new(a, names, now);
            if json {
                out.write_all(if count == 0 { b"[\n" } else { b",\n" })?;
                serde_json::to_writer(&mut out, &view).map_err(io::Error::from)?;
            } else {
                in_use += usize::from(!view.workflows.is_empty());
                workflows += view.workflows.len();
                t.add_row(vec![
                    escape(&view.id),
                    escape(&view.email),
                    view.created,
                    short_list(&view.workflows, NAMES_SHOWN),
                    view.status.to_string(),
                    view.token.to_string(),
                ]);
            }
            count += 1;
            Ok(())
        })
    })?;
    if json {
        out.write_all(if count == 0 { b"[]\n" } else { b"\n]\n" })?;
    } else {
        let mut out = Escaping::new(&mut out);
        writeln!(
            out,
            "{} · {count} authorization(s), {in_use} in use by {workflows} workflow(s)",
            escape(&store)
        )?;
        if count == 0 {
            writeln!(out, "No authorizations yet. Create one with: authz add")?;
        } else {
            writeln!(out)?;
            write_table(&mut out, &t)?;
        }
    }
    out.flush()?;
    Ok(())
}
