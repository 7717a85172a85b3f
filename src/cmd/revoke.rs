//! `authz revoke AUTHZ [--replace NEW]`: refused while workflows depend on AUTHZ; with
//! `--replace`, moves them to NEW and revokes AUTHZ in one transaction. Then (`tokens`) the
//! refresh token is revoked at the provider and the keyring entries are deleted.

pub(crate) mod tokens;

use crate::app::App;
use crate::cli::RevokeArgs;
use crate::domain::{Authorization, Status, check_move};
use crate::error::{Error, Result, escape};
use crate::output::View;
use crate::store::Tx;
use serde::Serialize;
use serde_json::json;
use std::io::{self, Write};

#[derive(Serialize)]
pub struct RevokeView {
    pub dry_run: bool,
    pub id: String,
    pub email: String,
    /// It was revoked before this run: nothing was done (re-running is safe).
    pub already_revoked: bool,
    pub replaced_by: Option<String>,
    pub moved: Vec<String>,
    /// The provider confirmed the refresh token's revocation (RFC 7009).
    pub provider_revoked: bool,
    /// The provider refused the revocation for good (HTTP 401/403: it revokes only for an
    /// authenticated client).
    pub provider_refused: bool,
    /// The secret store's entries are gone (or there were none).
    pub tokens_deleted: bool,
    /// Where they were ("the keyring", "OpenBao secret/authz"), for people.
    #[serde(skip)]
    pub tokens_place: String,
}

impl View for RevokeView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let who = format!("{} ({})", self.id, escape(&self.email));
        if self.already_revoked {
            writeln!(w, "Authorization {who} was already revoked.")?;
            return self.human_tokens(w);
        }
        if let Some(new) = &self.replaced_by {
            let verb = if self.dry_run { "Would move" } else { "Moved" };
            writeln!(w, "{verb} {} workflow(s) to {new}:", self.moved.len())?;
            for name in &self.moved {
                writeln!(w, "  {}", escape(name))?;
            }
        }
        if self.dry_run {
            writeln!(w, "Would revoke authorization {who}.")
        } else {
            writeln!(w, "Revoked authorization {who}.")?;
            self.human_tokens(w)
        }
    }

    fn is_confirmation(&self) -> bool {
        !self.dry_run
    }
}

impl RevokeView {
    fn human_tokens(&self, w: &mut dyn Write) -> io::Result<()> {
        if self.provider_revoked {
            writeln!(w, "Revoked its refresh token at the provider.")?;
        }
        if self.tokens_deleted {
            writeln!(w, "Its tokens are gone from {}.", self.tokens_place)?;
        }
        Ok(())
    }
}

/// Decides, inside one transaction, whether AUTHZ can go and what moves where.
fn plan(
    tx: &dyn Tx,
    args: &RevokeArgs,
) -> Result<(Authorization, Option<Authorization>, Vec<String>)> {
    let old = tx.resolve_authz(&args.authz)?;
    if old.status == Status::Revoked {
        return Ok((old, None, Vec::new()));
    }
    let deps = tx.requirements(&old.id)?;
    let names: Vec<String> = deps.iter().map(|(name, _)| name.clone()).collect();
    let new = match &args.replace {
        None if !deps.is_empty() => {
            return Err(Error::conflict(format!(
                "authorization {} ({}) is used by {} workflow(s): {}",
                old.id,
                escape(&old.email),
                names.len(),
                names.iter().map(|n| escape(n)).collect::<Vec<_>>().join(", ")
            ))
            .hint(format!(
                "move them first: authz revoke {} --replace NEW (or authz reassign --from {} --to NEW)",
                old.id, old.id
            ))
            .details(json!({ "workflows": names })));
        }
        None => None,
        Some(text) => {
            let new = tx.resolve_authz(text)?;
            if new.id == old.id {
                return Err(Error::usage(format!(
                    "--replace names the authorization being revoked ({})",
                    old.id
                ))
                .hint("name a different authorization to take over its workflows"));
            }
            check_move(
                &new,
                deps.iter().map(|(name, scopes)| (name.as_str(), &**scopes)),
            )?;
            Some(new)
        }
    };
    Ok((old, new, names))
}

pub fn execute(args: RevokeArgs, app: &mut App) -> Result<()> {
    let (old, new, names) = app.read(|tx| plan(tx, &args))?;
    let view = |already: bool, dry_run: bool, moved: Vec<String>| RevokeView {
        dry_run,
        id: old.id.clone(),
        email: old.email.clone(),
        already_revoked: already,
        replaced_by: new.as_ref().map(|n| n.id.clone()),
        moved,
        provider_revoked: false,
        provider_refused: false,
        tokens_deleted: false,
        tokens_place: String::new(),
    };
    if old.status == Status::Revoked {
        if args.dry_run {
            return app.out.print(&view(true, true, Vec::new()));
        }
        // Re-running finishes a remote part that failed before.
        return finish(app, &old, args.keep_tokens, view(true, false, Vec::new()));
    }
    if args.dry_run {
        return app.out.print(&view(false, true, names));
    }
    // "Test at least one workflow run with the replacement": NEW must get a token and pass
    // `authz test` before anything moves.
    if let Some(n) = new.as_ref().filter(|_| !args.no_verify) {
        super::test::check(app, n).map_err(|mut e| {
            e.message = format!(
                "the replacement {} failed its check, so nothing was changed: {}",
                n.id, e.message
            );
            let fix = e.hint.take().map(|h| format!("{h}; ")).unwrap_or_default();
            e.hint(format!(
                "{fix}or, offline, skip the check: authz revoke {} --replace {} --no-verify",
                old.id, n.id
            ))
        })?;
    }
    let question = match &new {
        Some(n) => format!(
            "Move {} workflow(s) to {} ({}) and revoke {} ({})?",
            names.len(),
            n.id,
            escape(&n.email),
            old.id,
            escape(&old.email)
        ),
        None => format!("Revoke {} ({})?", old.id, escape(&old.email)),
    };
    app.confirm(&question)?;
    // Re-plan under the write lock: what moves is what depends on AUTHZ at commit time.
    let moved = app.write(|tx, j| {
        let named: Vec<&str> = [Some(args.authz.as_str()), args.replace.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        tx.lock_authorizations(&named, &[])?;
        let (old, new, names) = plan(tx, &args)?;
        if old.status == Status::Revoked {
            return Ok(Vec::new());
        }
        if let Some(new) = &new {
            tx.move_workflows(&old.id, &new.id, None, j.now)?;
            j.log_move(tx, &old.id, &new.id, &names)?;
        }
        let mut revoked = old.clone();
        revoked.status = Status::Revoked;
        revoked.revoked = Some(j.now);
        revoked.token_expires = None;
        tx.update_authz(&revoked)?;
        j.log(
            tx,
            "revoked",
            Some(&old.id),
            None,
            json!({
                "replaced_by": new.as_ref().map(|n| n.id.clone()),
                "moved": names.len(),
            }),
        )?;
        Ok(names)
    })?;
    finish(app, &old, args.keep_tokens, view(false, false, moved))
}

/// The remote part after the local revoke, then the view. The local revoke stands whatever
/// happens remotely; failures there are warnings (see `tokens`).
fn finish(
    app: &mut App,
    old: &Authorization,
    keep_refused: bool,
    mut view: RevokeView,
) -> Result<()> {
    let done = tokens::clean_up(app, old, keep_refused)?;
    view.provider_revoked = done.provider_revoked;
    view.provider_refused = done.provider_refused;
    view.tokens_deleted = done.deleted;
    view.tokens_place = done.place;
    app.out.print(&view)
}
