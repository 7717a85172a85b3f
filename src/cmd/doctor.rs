//! `authz doctor [--dry-run]`: finds and repairs what an interrupted command can leave between
//! the store and the secret backend (the keyring or OpenBao: the same rules, through
//! `SecretStore`), and says what it did.
//!
//! Three things can be left (a crash, a `kill -9`, a keyring that stopped answering):
//! - keyring entries no row names: `authz add` stopped between its keyring write and its commit.
//!   Deleted, after their refresh token is revoked at the provider. Only entries that a `Pending`
//!   note of *this* store names count: the keyring is shared by every profile and every `--db`
//!   store of the user, so an entry unknown here may be another store's and is left alone;
//! - an active authorization without its refresh token (deleted behind our back, or a store
//!   copied to another machine): marked relogin-needed, which is what `authz token` would find;
//! - a revoked authorization whose entries remain (`authz revoke` stopped after its commit):
//!   the remote revoke is finished and the entries deleted, as re-running `authz revoke` would.

use crate::app::{App, ProviderFlags};
use crate::cli::DoctorArgs;
use crate::domain::{Authorization, Status};
use crate::error::{Error, Kind, Result, escape};
use crate::idp::Revocation;
use crate::output::View;
use crate::secret::{Held, TokenSet};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A note that `authz add` is about to write keyring entries for a new authorization, written
/// before the entries and removed after the commit: `<store>-pending/<id>`. It names where the
/// tokens came from (public: issuer and client id) so that doctor can revoke them. The file is
/// locked while `add` runs, so a concurrent doctor leaves a login in progress alone; the kernel
/// drops the lock if the process dies.
pub struct Pending {
    path: PathBuf,
    _file: std::fs::File,
}

#[derive(Serialize, Deserialize)]
struct Note {
    issuer: String,
    client_id: String,
}

impl Pending {
    pub fn note(db: &Path, id: &str, issuer: &str, client_id: &str) -> Result<Pending> {
        let dir = pending_dir(db);
        crate::private_fs::private_dir(&dir)?;
        let path = dir.join(id);
        let mut file = crate::private_fs::options()
            .create_new(true)
            .open(&path)
            .map_err(|e| Error::failure(format!("cannot create {}: {e}", path.display())))?;
        file.lock()
            .map_err(|e| Error::failure(format!("cannot lock {}: {e}", path.display())))?;
        let note = Note {
            issuer: issuer.to_owned(),
            client_id: client_id.to_owned(),
        };
        serde_json::to_writer(&mut file, &note)?;
        file.sync_all()?;
        Ok(Pending { path, _file: file })
    }

    /// The entries are accounted for (committed, or deleted again): the note goes.
    pub fn done(self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn pending_dir(db: &Path) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_owned();
    name.push("-pending");
    db.with_file_name(name)
}

/// The notes of this store: id → (note, whether an `add` still holds it). The folder and each
/// note must be the user's own and writable by nobody else: a folder that is not is refused
/// (the whole run stops), a note that is not is ignored with a warning. A note only ever gives
/// the client id; where a token goes is its keyring entry's to say.
fn pending_notes(app: &App, db: &Path) -> Result<BTreeMap<String, (Option<Note>, bool)>> {
    let dir = pending_dir(db);
    let mut out = BTreeMap::new();
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(out),
        Err(e) => {
            return Err(Error::failure(format!(
                "cannot read {}: {e}",
                dir.display()
            )));
        }
    };
    crate::private_fs::check_private_dir(&dir)?;
    for entry in entries {
        let entry = entry?;
        let Some(id) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let file = match crate::private_fs::open_private(&entry.path()) {
            Ok(f) => f,
            Err(e) => {
                app.out
                    .warn(format!("ignoring a doctor note: {}", e.message));
                continue;
            }
        };
        let busy = matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock));
        let note = serde_json::from_reader(&file).ok();
        out.insert(id, (note, busy));
    }
    Ok(out)
}

fn forget_note(db: &Path, id: &str) {
    let _ = std::fs::remove_file(pending_dir(db).join(id));
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Problem {
    /// Keyring entries without a row: an interrupted `authz add`.
    OrphanedTokens,
    /// An active authorization without its refresh token.
    MissingTokens,
    /// A revoked authorization whose entries remain: an interrupted `authz revoke`.
    UnfinishedRevoke,
    /// Entries under a row's id that another store wrote, or that came from another issuer
    /// (e.g. an imported row reusing an id): reported, never touched.
    ForeignTokens,
}

#[derive(Serialize)]
pub struct Finding {
    pub problem: Problem,
    pub authorization: String,
    pub email: Option<String>,
    /// Repaired (never with --dry-run).
    pub repaired: bool,
    /// The refresh token was revoked at the provider.
    pub provider_revoked: bool,
    pub error: Option<String>,
    #[serde(skip)]
    kind: Option<Kind>,
}

#[derive(Serialize)]
pub struct DoctorView {
    pub dry_run: bool,
    pub store: String,
    pub authorizations: usize,
    /// Authorizations that have keyring entries (this store's or not).
    pub keyring_entries: usize,
    /// Where the tokens are: "the Secret Service", "OpenBao secret/authz".
    pub secrets: String,
    pub findings: Vec<Finding>,
    /// `authz add` runs that are still going (their entries are left alone).
    pub in_progress: Vec<String>,
    /// Entries of authorizations this store does not know: another profile's or store's.
    pub other_stores: usize,
}

impl View for DoctorView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "Checked {} authorization(s) in {} against {} in {}.",
            self.authorizations, self.store, self.keyring_entries, self.secrets
        )?;
        for f in &self.findings {
            let who = match &f.email {
                Some(e) => format!("{} ({})", f.authorization, escape(e)),
                None => f.authorization.clone(),
            };
            let (what, fix, done) = match f.problem {
                Problem::OrphanedTokens => (
                    "stored tokens without an authorization (an interrupted `authz add`)",
                    "revoke the refresh token at the provider and delete the entries",
                    "deleted the entries",
                ),
                Problem::MissingTokens => (
                    "active, but its refresh token is not in the secret store",
                    "mark it relogin-needed",
                    "marked it relogin-needed",
                ),
                Problem::UnfinishedRevoke => (
                    "revoked, but its tokens are still in the secret store (an interrupted `authz revoke`)",
                    "revoke the refresh token at the provider and delete the entries",
                    "deleted the entries",
                ),
                Problem::ForeignTokens => (
                    "the keyring entries under this id were written by another store or for another issuer",
                    "leave them alone",
                    "left them alone",
                ),
            };
            let outcome = if f.problem == Problem::ForeignTokens {
                "left alone; their tokens are sent nowhere".to_string()
            } else if self.dry_run {
                format!("would {fix}")
            } else if let Some(e) = &f.error {
                format!("NOT repaired: {e}")
            } else if f.provider_revoked {
                format!("revoked the refresh token at the provider; {done}")
            } else {
                done.to_string()
            };
            writeln!(w, "{who}: {what}: {outcome}.")?;
            if f.problem == Problem::MissingTokens && (f.repaired || self.dry_run) {
                writeln!(
                    w,
                    "  to use it again, log in: authz add --reauth {}",
                    f.authorization
                )?;
            }
        }
        for id in &self.in_progress {
            writeln!(w, "{id}: `authz add` is still running for it; left alone.")?;
        }
        if self.other_stores > 0 {
            writeln!(
                w,
                "{} authorization(s) in {} belong to another profile or store; left alone.",
                self.other_stores, self.secrets
            )?;
        }
        if self.findings.is_empty() {
            writeln!(w, "Nothing to repair.")?;
        } else if self.dry_run {
            writeln!(w, "Dry run: nothing was changed.")?;
        }
        Ok(())
    }
}

pub fn execute(args: DoctorArgs, app: &mut App) -> Result<()> {
    let db = app.db_path()?;
    let rows: BTreeMap<String, Authorization> = app
        .read(|tx| tx.authorizations(true))?
        .into_iter()
        .map(|a| (a.id.clone(), a))
        .collect();
    let secrets = app.secrets()?;
    let held: BTreeMap<String, Held> = secrets.list()?.into_iter().collect();
    let notes = pending_notes(app, &db)?;

    let mut view = DoctorView {
        dry_run: args.dry_run,
        store: db.display().to_string(),
        authorizations: rows.len(),
        keyring_entries: held.len(),
        secrets: secrets.name(),
        findings: Vec::new(),
        in_progress: Vec::new(),
        other_stores: 0,
    };
    let mut orphans = Vec::new();
    for (id, h) in held.iter().filter(|(id, _)| !rows.contains_key(*id)) {
        match (h, notes.get(id)) {
            (Held::Mine(_), Some((_, true))) => view.in_progress.push(id.clone()),
            (Held::Mine(t), note) => orphans.push((id.clone(), t, note.and_then(|n| n.0.as_ref()))),
            (Held::NotMine(_), _) => view.other_stores += 1,
            (Held::Nothing, _) => {}
        }
    }
    for (id, tokens, note) in orphans {
        let mut f = finding(Problem::OrphanedTokens, id.clone(), None);
        if !args.dry_run {
            repair_orphan(app, &id, tokens, note, &mut f);
            if f.repaired {
                forget_note(&db, &id);
            }
        }
        view.findings.push(f);
    }
    for a in rows.values() {
        // Whose entries are under this row's id: this store's for its issuer, or someone else's.
        let (own, foreign) = match held.get(&a.id) {
            None | Some(Held::Nothing) => (None, false),
            Some(Held::Mine(t)) if t.binding.as_ref().is_some_and(|b| b.issuer == a.issuer) => {
                (Some(t), false)
            }
            Some(_) => (None, true),
        };
        if foreign {
            // Reported, never touched: they are another store's (or another issuer's).
            view.findings.push(finding(
                Problem::ForeignTokens,
                a.id.clone(),
                Some(a.email.clone()),
            ));
        }
        // Not missing: on another machine (or backend), which checks them itself.
        let elsewhere = secrets
            .recorded_elsewhere(a)
            .filter(|_| a.status == Status::Active && own.is_none() && !foreign);
        if let Some(there) = elsewhere {
            app.out.info(format!(
                "note: the tokens of {} are in {there}; authz doctor checks them there",
                a.id
            ));
            continue;
        }
        let problem = match a.status {
            Status::Revoked if own.is_some() => Problem::UnfinishedRevoke,
            Status::Active if own.is_none_or(|t| t.refresh_token.is_none()) => {
                Problem::MissingTokens
            }
            _ => continue,
        };
        let mut f = finding(problem, a.id.clone(), Some(a.email.clone()));
        if !args.dry_run {
            let done = match problem {
                Problem::MissingTokens => super::token::mark_relogin(
                    app,
                    a,
                    "authz doctor: no refresh token of this store in the secret store",
                )
                .map(|()| false),
                _ => super::revoke::tokens::clean_up(app, a, false).and_then(|c| {
                    if c.deleted {
                        Ok(c.provider_revoked)
                    } else {
                        Err(Error::provider(
                            "the provider or the secret store failed (see the warning above)",
                        ))
                    }
                }),
            };
            settle(&mut f, done);
        }
        view.findings.push(f);
    }
    // Notes whose story ended: committed (the row exists) or stopped before any entry was written.
    if !args.dry_run {
        for (id, (_, busy)) in &notes {
            if !busy && (rows.contains_key(id) || !held.contains_key(id)) {
                forget_note(&db, id);
            }
        }
    }

    app.out.print(&view)?;
    let failed: Vec<&Finding> = view.findings.iter().filter(|f| f.error.is_some()).collect();
    match failed.first() {
        None => Ok(()),
        Some(first) => Err(Error::new(
            first.kind.unwrap_or(Kind::Failure),
            format!(
                "{} problem(s) could not be repaired: {}",
                failed.len(),
                failed
                    .iter()
                    .map(|f| f.authorization.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .hint("fix what the messages name (provider, secret store) and run authz doctor again")),
    }
}

fn finding(problem: Problem, authorization: String, email: Option<String>) -> Finding {
    Finding {
        problem,
        authorization,
        email,
        repaired: false,
        provider_revoked: false,
        error: None,
        kind: None,
    }
}

/// Records the outcome of a repair; `Ok(revoked)` says whether the provider revoked a token.
fn settle(f: &mut Finding, done: Result<bool>) {
    match done {
        Ok(revoked) => {
            f.repaired = true;
            f.provider_revoked = revoked;
        }
        Err(e) => {
            f.error = Some(e.message);
            f.kind = Some(e.kind);
        }
    }
}

/// Revokes the orphan's refresh token at the issuer its own entry names (never one a note or a
/// row names), then deletes the entries. A provider failure keeps the entries, so a re-run can
/// still revoke the token. The note, when it names the same issuer, gives the client id.
fn repair_orphan(app: &mut App, id: &str, tokens: &TokenSet, note: Option<&Note>, f: &mut Finding) {
    let done = (|| {
        let secrets = app.secrets()?;
        let issuer = tokens
            .binding
            .as_ref()
            .map(|b| b.issuer.clone())
            .expect("Held::Mine carries its binding");
        let revoked = match &tokens.refresh_token {
            Some(refresh) => {
                let provider = match note.filter(|n| n.issuer == issuer) {
                    Some(n) => {
                        let flags = ProviderFlags {
                            issuer: Some(issuer.clone()),
                            client_id: Some(n.client_id.clone()),
                            ..ProviderFlags::of(&app.global)
                        };
                        let config = app.read(|tx| flags.resolve(tx))?;
                        app.provider(&config)?
                    }
                    None => app.provider_for(&issuer)?,
                };
                // Refused for good: no retry can do better, so the orphan goes anyway.
                provider.revoke_refresh_token(refresh)? == Revocation::Revoked
            }
            None => false,
        };
        secrets.delete(id, Some(&issuer))?;
        app.write(|tx, j| {
            j.log(
                tx,
                "orphaned-tokens-deleted",
                Some(id),
                None,
                json!({ "provider_revoked": revoked }),
            )
        })?;
        Ok(revoked)
    })();
    settle(f, done);
}
