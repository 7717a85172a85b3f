//! After a local revoke: revoke the refresh token at the provider (RFC 7009) and delete the
//! keyring entries. Runs again on every `authz revoke` of a revoked authorization while entries
//! remain, so re-running finishes what a failure left.
//!
//! Failure policy: the local revoke has already committed and stays (it is what stops workflows,
//! and it must work in an emergency with the provider down). A provider failure is a warning and
//! an event (`provider-revoke-failed`), exit 0, and the entries are kept so a re-run can retry.
//! A refusal for good (HTTP 401/403: the provider revokes only for an authenticated client) is
//! a warning and the event too, but no retry can succeed, so the entries are deleted unless the
//! user asked to keep them (`--keep-tokens`, to retry once the client can authenticate).
//! An unavailable keyring is the same: a warning and the event, exit 0. The tokens, if any, live
//! in the keyring of the machine that ran `authz add`, which need not be this one (a CI job, an
//! imported store), so "no keyring here" is not an error; the warning says to re-run there.

use crate::app::App;
use crate::domain::Authorization;
use crate::error::{Error, Result, escape};
use crate::idp::Revocation;
use crate::secret::{Held, Secret, not_mine};
use serde_json::json;

/// What happened to the tokens.
#[derive(Debug, Default)]
pub struct Cleanup {
    /// The provider confirmed the refresh token's revocation.
    pub provider_revoked: bool,
    /// The provider refused the revocation for good (401/403).
    pub provider_refused: bool,
    /// The secret store's entries are gone (or there were none).
    pub deleted: bool,
    /// The secret store, for people ("the keyring", "OpenBao secret/authz").
    pub place: String,
}

/// Never fails for want of a keyring or a provider: those are warnings (see the module docs).
/// `keep_refused`: keep the entries when the provider refuses the revocation for good.
pub fn clean_up(app: &mut App, authz: &Authorization, keep_refused: bool) -> Result<Cleanup> {
    let no_keyring = |app: &mut App, e: Error| {
        let e = log_failure(app, authz, "secret-store", e);
        let place = match app.secret_backend() {
            Ok(crate::secret::Backend::Keyring) | Err(_) => "the keyring".to_string(),
            Ok(b) => b.to_string(),
        };
        app.out.warn(format!(
            "could not reach {place} for the tokens of {} ({}); if this machine holds them, re-run `authz revoke {}` where it is available",
            authz.id, e.message, authz.id
        ));
        Ok(Cleanup::default())
    };
    let secrets = match app.secrets() {
        Ok(s) => s,
        Err(e) => return no_keyring(app, e),
    };
    let tokens = match secrets.get(&authz.id, Some(&authz.issuer)) {
        Ok(Held::Mine(t)) => t,
        Ok(Held::Nothing) => {
            if let Some(there) = secrets.recorded_elsewhere(authz) {
                app.out.warn(format!(
                    "the tokens of {} are in {there}, not here: they stay there until `authz doctor` runs there (it revokes them at the provider and deletes them)",
                    authz.id
                ));
            }
            return Ok(Cleanup {
                provider_revoked: false,
                provider_refused: false,
                deleted: true,
                place: secrets.name(),
            });
        }
        // Another store's entries under the same id (an imported row, say): none of this
        // store's remain, and theirs are not ours to revoke or delete.
        Ok(Held::NotMine(b)) => {
            app.out.warn(not_mine(&authz.id, b.as_ref()).message);
            return Ok(Cleanup {
                provider_revoked: false,
                provider_refused: false,
                deleted: true,
                place: secrets.name(),
            });
        }
        Err(e) => return no_keyring(app, e),
    };
    let mut provider_revoked = false;
    let mut provider_refused = false;
    if let Some(refresh) = &tokens.refresh_token {
        match revoke_at_provider(app, authz, refresh) {
            Ok(Revocation::Revoked) => provider_revoked = true,
            Ok(Revocation::Refused(why)) => {
                provider_refused = true;
                let e = Error::provider(format!(
                    "the provider refused to revoke the refresh token of {} for good ({why})",
                    authz.id
                ));
                let e = log_failure(app, authz, "provider-refused", e);
                let kept = if keep_refused {
                    format!(
                        "its tokens were kept in {} (--keep-tokens): re-run `authz revoke {}` once the client can authenticate",
                        secrets.name(),
                        authz.id
                    )
                } else {
                    format!(
                        "its tokens are deleted from {}, and its refresh token stays valid at the provider until it expires",
                        secrets.name()
                    )
                };
                app.out.warn(format!(
                    "{}: the provider requires client authentication for revocation: configure a client secret, or end the session in the provider's UI; {kept}",
                    e.message
                ));
                if keep_refused {
                    return Ok(Cleanup {
                        provider_refused,
                        ..Cleanup::default()
                    });
                }
            }
            Ok(Revocation::NoEndpoint) => app.out.warn(format!(
                "the provider of {} publishes no revocation endpoint (neither in its OpenID discovery document nor in its RFC 8414 metadata): its refresh token stays valid there until it expires or is revoked at the provider",
                authz.id
            )),
            Err(e) => {
                let e = log_failure(app, authz, "provider", e);
                app.out.warn(format!(
                    "{}; its refresh token was kept in {}: re-run `authz revoke {}` to retry",
                    e.message,
                    secrets.name(),
                    authz.id
                ));
                return Ok(Cleanup::default());
            }
        }
    }
    if let Err(e) = secrets.delete(&authz.id, Some(&authz.issuer)) {
        return no_keyring(app, e);
    }
    app.write(|tx, j| {
        j.log(
            tx,
            "tokens-deleted",
            Some(&authz.id),
            None,
            json!({ "provider_revoked": provider_revoked, "provider_refused": provider_refused }),
        )
    })?;
    Ok(Cleanup {
        provider_revoked,
        provider_refused,
        deleted: true,
        place: secrets.name(),
    })
}

/// `authz.issuer` is the entry's own (`Secrets` handed the token out only because they agree).
fn revoke_at_provider(
    app: &mut App,
    authz: &Authorization,
    refresh: &Secret<String>,
) -> Result<Revocation> {
    app.provider_for(&authz.issuer)?
        .revoke_refresh_token(refresh)
}

/// Logs `provider-revoke-failed` (best effort: the store may be what failed) and returns `e`.
fn log_failure(app: &mut App, authz: &Authorization, stage: &str, e: Error) -> Error {
    let logged = app.write(|tx, j| {
        j.log(
            tx,
            "provider-revoke-failed",
            Some(&authz.id),
            None,
            json!({ "stage": stage, "error": e.message }),
        )
    });
    if let Err(le) = logged {
        app.out.warn(format!(
            "could not log the failure: {}",
            escape(&le.message)
        ));
    }
    e
}
