//! `authz test AUTHZ`: does the authorization still work? Gets a token (refreshing if needed),
//! asks the provider's userinfo endpoint who it belongs to, and checks it is still the same
//! identity (`sub`). `revoke --replace` runs the same check on the replacement first.

use super::token::{Source, fresh_token};
use crate::app::App;
use crate::cli::TestArgs;
use crate::domain::{Authorization, format_ts};
use crate::error::{Error, Result, escape};
use crate::output::View;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
pub struct TestView {
    pub id: String,
    pub email: String,
    pub ok: bool,
    /// Where the access token came from: cached, refreshed, refreshed-by-another.
    pub token: Source,
    pub token_expires: Option<String>,
    /// What the provider's userinfo endpoint said.
    pub userinfo_subject: String,
    pub userinfo_email: Option<String>,
}

impl View for TestView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let token = match self.token {
            Source::Cached => "cached access token, still valid",
            Source::Refreshed => "refreshed with the refresh token",
            Source::RefreshedByAnother => "refreshed (by a concurrent authz)",
        };
        writeln!(w, "Authorization {} ({}):", self.id, escape(&self.email))?;
        writeln!(w, "  ok  token: {token}")?;
        writeln!(w, "  ok  userinfo: the provider accepted the token")?;
        writeln!(
            w,
            "  ok  identity: subject {} as recorded",
            escape(&self.userinfo_subject)
        )?;
        if let Some(e) = &self.userinfo_email
            && e != &self.email
        {
            writeln!(
                w,
                "  note  the provider now shows the email {} (recorded: {})",
                escape(e),
                escape(&self.email)
            )?;
        }
        Ok(())
    }
}

pub fn execute(args: TestArgs, app: &mut App) -> Result<()> {
    let authz = app.read(|tx| tx.resolve_authz(&args.authz))?;
    let view = check(app, &authz)?;
    app.out.print(&view)
}

/// The whole check; any failure is an error naming the step that failed.
pub fn check(app: &mut App, authz: &Authorization) -> Result<TestView> {
    let fresh = fresh_token(app, authz, 0)?;
    let provider = app.provider_for(&authz.issuer)?;
    let info = provider.userinfo(&fresh.token).map_err(|mut e| {
        e.message = format!(
            "testing {} ({}): {}",
            authz.id,
            escape(&authz.email),
            e.message
        );
        e
    })?;
    if info.sub != authz.subject {
        return Err(Error::provider(format!(
            "testing {} ({}): the provider says the token belongs to subject '{}', not '{}'",
            authz.id,
            escape(&authz.email),
            escape(&info.sub),
            escape(&authz.subject)
        ))
        .hint(format!(
            "do not use this authorization; log in again as the right account: authz add --reauth {}",
            authz.id
        )));
    }
    Ok(TestView {
        id: authz.id.clone(),
        email: authz.email.clone(),
        ok: true,
        token: fresh.source,
        token_expires: fresh.expires_at.map(format_ts),
        userinfo_subject: info.sub,
        userinfo_email: info.email,
    })
}
