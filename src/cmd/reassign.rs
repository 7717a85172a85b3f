//! `authz reassign --from A --to B`: the CI command. Moves workflows in one transaction,
//! idempotently (nothing left to move is success), with the same checks as assigning.

use crate::app::App;
use crate::cli::ReassignArgs;
use crate::domain::check_move;
use crate::error::{Error, Result, escape};
use crate::output::View;
use crate::store::{Requirement, Tx};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
pub struct MoveView {
    pub dry_run: bool,
    pub from: String,
    pub to: String,
    /// The workflows moved (or, with --dry-run, that would move).
    pub moved: Vec<String>,
    /// Named workflows that already used `to`.
    pub already: Vec<String>,
}

impl View for MoveView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let verb = if self.dry_run { "Would move" } else { "Moved" };
        if self.moved.is_empty() {
            writeln!(
                w,
                "Nothing to move: no workflow of {} is left to move to {}.",
                self.from, self.to
            )?;
        } else {
            writeln!(
                w,
                "{verb} {} workflow(s) from {} to {}:",
                self.moved.len(),
                self.from,
                self.to
            )?;
            for name in &self.moved {
                writeln!(w, "  {}", escape(name))?;
            }
        }
        if !self.already.is_empty() {
            writeln!(
                w,
                "Already on {}: {}",
                self.to,
                self.already
                    .iter()
                    .map(|n| escape(n))
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
        }
        Ok(())
    }

    /// A dry run's list is what was asked for; a real move's is a confirmation.
    fn is_confirmation(&self) -> bool {
        !self.dry_run
    }
}

/// The workflows to move: all of `from`'s, or the named ones (which must exist and use `from`
/// or, already moved, `to`). All of them, for real, are left to `Tx::move_all` to read as it
/// moves them (None).
fn select(
    tx: &dyn Tx,
    from: &str,
    to: &str,
    names: &[String],
    dry_run: bool,
) -> Result<(Option<Vec<Requirement>>, Vec<String>)> {
    if names.is_empty() {
        return Ok((
            (dry_run).then(|| tx.requirements(from)).transpose()?,
            Vec::new(),
        ));
    }
    let (mut moving, mut already) = (Vec::new(), Vec::new());
    for name in names {
        let w = tx.require_workflow(name)?;
        if w.authorization == to {
            already.push(w.name);
        } else if w.authorization == from {
            moving.push((w.name, std::rc::Rc::new(w.scopes)));
        } else {
            return Err(Error::conflict(format!(
                "workflow '{}' uses {}, not {from}",
                escape(name),
                w.authorization
            ))
            .hint("name only workflows of --from"));
        }
    }
    moving.sort_by(|a, b| a.0.cmp(&b.0));
    moving.dedup_by(|a, b| a.0 == b.0);
    Ok((Some(moving), already))
}

pub fn execute(args: ReassignArgs, app: &mut App) -> Result<()> {
    let dry_run = args.dry_run;
    let view = app.write(|tx, j| {
        tx.lock_authorizations(&[&args.from, &args.to], &[])?;
        let from = tx.resolve_authz(&args.from)?;
        let to = tx.resolve_authz(&args.to)?;
        if from.id == to.id {
            return Err(Error::usage(format!(
                "--from and --to are the same authorization ({})",
                from.id
            )));
        }
        let (moving, already) = select(tx, &from.id, &to.id, &args.workflows, dry_run)?;
        let moved = match moving {
            Some(moving) => {
                check_move(
                    &to,
                    moving
                        .iter()
                        .map(|(name, scopes)| (name.as_str(), &**scopes)),
                )?;
                let moved: Vec<String> = moving.into_iter().map(|(name, _)| name).collect();
                if !dry_run && !moved.is_empty() {
                    tx.move_workflows(&from.id, &to.id, Some(moved.as_slice()), j.now)?;
                    j.log_move(tx, &from.id, &to.id, &moved)?;
                }
                moved
            }
            // All of them, for real: checked once per distinct scope set and moved in one
            // statement; the event's list is built by the database. Whether `to` can take
            // workflows at all is asked first (the database would refuse the move of a
            // single one, in its own words).
            None => {
                check_move(&to, std::iter::empty())?;
                let check = |reqs: &[Requirement]| {
                    check_move(
                        &to,
                        reqs.iter().map(|(name, scopes)| (name.as_str(), &**scopes)),
                    )
                };
                let moved = tx.move_all(&from.id, &to.id, j.now, &check)?;
                if !moved.names.is_empty() {
                    j.log_move_json(tx, &from.id, &to.id, moved.names.len(), &moved.json)?;
                }
                moved.names
            }
        };
        Ok(MoveView {
            dry_run,
            from: from.id,
            to: to.id,
            moved,
            already,
        })
    })?;
    app.out.print(&view)
}
