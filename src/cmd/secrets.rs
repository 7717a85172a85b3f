//! `authz secrets migrate --to BACKEND`: moves every authorization's tokens from this run's
//! secret backend to another (keyring ↔ OpenBao), then the profile remembers the new one.
//!
//! Per authorization, under its refresh lock (no `authz token` of this host or another rotates
//! it mid-move): read the source; write the destination only if it has nothing there
//! (check-and-set on "absent"); read the destination back and compare; only then delete the
//! source. Re-running is safe: an entry already at the destination with the same tokens only
//! has its source deleted, one with other tokens is left alone on both sides and reported
//! (exit 3). Only entries this store wrote for the row's issuer move (both sides are seen
//! through `secret::Secrets`): the keyring is shared with other profiles, and an imported row
//! may name another store's entries. Each row then records where its tokens are now
//! (`Authorization::tokens_at`).

use crate::app::App;
use crate::cli::{MigrateArgs, SecretsCommand};
use crate::error::{Error, Kind, Result};
use crate::output::View;
use crate::secret::{Backend, Held, Secrets, not_mine};
use serde::Serialize;
use serde_json::json;
use std::io::{self, Write};

pub fn execute(cmd: SecretsCommand, app: &mut App) -> Result<()> {
    match cmd {
        SecretsCommand::Migrate(args) => migrate(args, app),
    }
}

#[derive(Serialize)]
pub struct MigrateView {
    pub dry_run: bool,
    pub from: String,
    pub to: String,
    /// Moved (or, with --dry-run, would move).
    pub moved: Vec<String>,
    /// Already at the destination with the same tokens (a re-run): the source copy was deleted.
    pub already: Vec<String>,
    /// Nothing stored at the source: moved before, or no tokens at all.
    pub nothing: Vec<String>,
    /// Not moved, and why.
    pub failed: Vec<Failed>,
    /// The profile that now remembers `to`.
    pub profile: Option<String>,
}

#[derive(Serialize)]
pub struct Failed {
    pub authorization: String,
    pub error: String,
    #[serde(skip)]
    kind: Kind,
}

impl View for MigrateView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let verb = if self.dry_run { "Would move" } else { "Moved" };
        writeln!(
            w,
            "{verb} the tokens of {} authorization(s) from {} to {}.",
            self.moved.len(),
            self.from,
            self.to
        )?;
        for id in &self.moved {
            writeln!(w, "  {id}")?;
        }
        if !self.already.is_empty() {
            writeln!(
                w,
                "Already in {} (source copy deleted): {}",
                self.to,
                self.already.join(", ")
            )?;
        }
        for f in &self.failed {
            writeln!(w, "{}: NOT moved: {}", f.authorization, f.error)?;
        }
        if let Some(p) = &self.profile {
            writeln!(w, "Profile {p} now keeps its tokens in {}.", self.to)?;
        }
        if self.dry_run {
            writeln!(w, "Dry run: nothing was changed.")?;
        }
        Ok(())
    }
}

fn migrate(args: MigrateArgs, app: &mut App) -> Result<()> {
    let to_backend = Backend::parse(&args.to)?;
    let mut from_backend = app.secret_backend()?;
    if app.secret_backend_defaulted()? {
        // Neither --secrets nor a profile names the source (e.g. AUTHZ_STORE alone): the store
        // records where each authorization's tokens are, and that is where they move from.
        let recorded: std::collections::BTreeSet<String> = app
            .read(|tx| tx.authorizations(true))?
            .iter()
            .filter_map(|a| a.tokens_at.as_ref().map(|t| t.backend().to_owned()))
            .collect();
        let mut recorded = recorded.into_iter();
        match (recorded.next(), recorded.next()) {
            (None, _) => {}
            (Some(one), None) => from_backend = Backend::parse(&one)?,
            (Some(a), Some(b)) => {
                return Err(Error::usage(format!(
                    "the store records tokens in more than one backend ({a}, {b}...): name the one to move from"
                ))
                .hint(format!("authz --secrets {a} secrets migrate --to {}", args.to)));
            }
        }
    }
    let from = app.bind(&from_backend)?;
    if from_backend == to_backend {
        // The profile names the destination only once every token is there: a re-run of a
        // finished migration has nothing left to do.
        app.out.info(format!(
            "note: the tokens are already in {}: nothing to move",
            from.name()
        ));
        return app.out.print(&MigrateView {
            dry_run: args.dry_run,
            from: from.name(),
            to: from.name(),
            moved: Vec::new(),
            already: Vec::new(),
            nothing: Vec::new(),
            failed: Vec::new(),
            profile: None,
        });
    }
    let to = app.bind(&to_backend)?;
    if !args.dry_run {
        to.probe()?;
    }
    let ids: Vec<(String, String)> = app
        .read(|tx| tx.authorizations(true))?
        .into_iter()
        .map(|a| (a.id, a.issuer))
        .collect();
    let mut view = MigrateView {
        dry_run: args.dry_run,
        from: from.name(),
        to: to.name(),
        moved: Vec::new(),
        already: Vec::new(),
        nothing: Vec::new(),
        failed: Vec::new(),
        profile: None,
    };
    for (id, issuer) in ids {
        let outcome = super::token::with_refresh_lock(app, &id, |app| {
            let outcome = move_one(&from, &to, &id, &issuer, args.dry_run);
            if !args.dry_run
                && let Ok(o @ (Outcome::Moved | Outcome::Already)) = &outcome
            {
                let moved = matches!(o, Outcome::Moved);
                // The row says where the tokens are now (a re-run fixes a record that an
                // interrupted run left behind).
                app.write(|tx, j| {
                    tx.set_tokens_at(&id, Some(to.here()))?;
                    if !moved {
                        return Ok(());
                    }
                    j.log(
                        tx,
                        "tokens-moved",
                        Some(&id),
                        None,
                        json!({ "from": from_backend.to_string(), "to": to_backend.to_string() }),
                    )
                })?;
            }
            Ok(outcome)
        })?;
        match outcome {
            Ok(Outcome::Moved) => view.moved.push(id),
            Ok(Outcome::Already) => view.already.push(id),
            Ok(Outcome::Nothing) => view.nothing.push(id),
            Err(e) => view.failed.push(Failed {
                authorization: id,
                error: e.message,
                kind: e.kind,
            }),
        }
    }
    if !args.dry_run && view.failed.is_empty() {
        view.profile = app.remember_secrets(&to_backend)?;
    }
    app.out.print(&view)?;
    match view.failed.first() {
        None => Ok(()),
        Some(first) => Err(Error::new(
            first.kind,
            format!(
                "the tokens of {} authorization(s) were not moved: {}",
                view.failed.len(),
                view.failed
                    .iter()
                    .map(|f| f.authorization.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .hint("fix what the messages name and run the same command again: what moved stays moved")),
    }
}

enum Outcome {
    Moved,
    Already,
    Nothing,
}

fn move_one(
    from: &Secrets,
    to: &Secrets,
    id: &str,
    issuer: &str,
    dry_run: bool,
) -> Result<Outcome> {
    let tokens = match from.get(id, Some(issuer))? {
        Held::Mine(t) => t,
        Held::Nothing => return Ok(Outcome::Nothing),
        Held::NotMine(b) => return Err(not_mine(id, b.as_ref())),
    };
    let (there, version) = to.read(id, Some(issuer))?;
    let outcome = match there {
        Held::Nothing => Outcome::Moved,
        Held::Mine(t) if t == tokens => Outcome::Already,
        Held::Mine(_) => {
            return Err(Error::conflict(format!(
                "{} already holds other tokens for {id}; both copies were left as they are",
                to.name()
            )));
        }
        Held::NotMine(b) => return Err(not_mine(id, b.as_ref())),
    };
    if dry_run {
        return Ok(outcome);
    }
    if matches!(outcome, Outcome::Moved) {
        to.write(id, issuer, &tokens, &version)?;
        if !matches!(to.get(id, Some(issuer))?, Held::Mine(t) if t == tokens) {
            return Err(Error::secret_store(format!(
                "{} did not give back the tokens of {id} as written; the source copy was kept",
                to.name()
            )));
        }
    }
    from.delete(id, Some(issuer))?;
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::{Keyring, Secret, TokenSet, Version};
    use std::sync::Arc;

    const ISSUER: &str = "https://idp";

    fn here() -> crate::domain::TokensAt {
        crate::domain::TokensAt::Keyring {
            host: "laptop-7".into(),
            user: "ops".into(),
        }
    }

    /// A keyring of its own, seen by store `st_1`.
    fn keyring() -> Secrets {
        let k = Keyring::with_store(keyring_core::mock::Store::new().unwrap());
        Secrets::new(Arc::new(k), "st_1".into(), here())
    }

    fn tokens(rt: &str) -> TokenSet {
        TokenSet {
            refresh_token: Some(Secret::new(rt.into())),
            ..TokenSet::default()
        }
    }

    fn put(s: &Secrets, rt: &str) {
        s.write("az_1", ISSUER, &tokens(rt), &Version::Absent)
            .unwrap();
    }

    /// The refresh token this store holds for az_1.
    fn held(s: &Secrets) -> Option<String> {
        match s.get("az_1", Some(ISSUER)).unwrap() {
            Held::Mine(t) => t.refresh_token.map(|r| r.expose().clone()),
            Held::Nothing => None,
            Held::NotMine(b) => panic!("not mine: {b:?}"),
        }
    }

    #[test]
    fn a_move_verifies_then_deletes_and_a_rerun_is_safe() {
        let (a, b) = (keyring(), keyring());
        put(&a, "rt-1");
        assert!(matches!(
            move_one(&a, &b, "az_1", ISSUER, false).unwrap(),
            Outcome::Moved
        ));
        assert_eq!(held(&a), None);
        assert_eq!(held(&b).as_deref(), Some("rt-1"));
        assert!(matches!(
            move_one(&a, &b, "az_1", ISSUER, false).unwrap(),
            Outcome::Nothing
        ));
        // Interrupted after the write, before the delete: the re-run only deletes the source.
        put(&a, "rt-1");
        assert!(matches!(
            move_one(&a, &b, "az_1", ISSUER, false).unwrap(),
            Outcome::Already
        ));
        assert_eq!(held(&a), None);
    }

    #[test]
    fn different_tokens_at_the_destination_are_left_alone_on_both_sides() {
        let (a, b) = (keyring(), keyring());
        put(&a, "rt-new");
        put(&b, "rt-other");
        let err = move_one(&a, &b, "az_1", ISSUER, false).err().unwrap();
        assert_eq!(err.code(), 3);
        assert_eq!(held(&a).as_deref(), Some("rt-new"));
        assert_eq!(held(&b).as_deref(), Some("rt-other"));
    }

    #[test]
    fn another_stores_entries_are_neither_moved_nor_deleted() {
        let shared = Arc::new(Keyring::with_store(
            keyring_core::mock::Store::new().unwrap(),
        ));
        let theirs = Secrets::new(shared.clone(), "st_2".into(), here());
        theirs
            .write("az_1", ISSUER, &tokens("rt-theirs"), &Version::Absent)
            .unwrap();
        // This store (st_1) names the same id and issuer: an imported row.
        let mine = Secrets::new(shared, "st_1".into(), here());
        let to = keyring();
        let err = move_one(&mine, &to, "az_1", ISSUER, false).err().unwrap();
        assert_eq!(err.code(), 3);
        assert_eq!(held(&to), None);
        assert!(matches!(
            theirs.get("az_1", Some(ISSUER)).unwrap(),
            Held::Mine(_)
        ));
    }
}
