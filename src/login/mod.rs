//! Logging in, whichever way works here: the browser with a loopback redirect (and the
//! redirect URL pasted on stdin as a second way back), or the device grant when no browser can
//! start. Returns the provider's tokens; who they belong to is the caller's business.

mod browser;
mod countdown;
mod device;
mod listener;
mod page;
mod paste;

pub use listener::{Expect, Listener, Waited, Watch};
pub use paste::Paste;

use crate::domain::{Scopes, Timestamp};
use crate::error::Result;
use crate::idp::{Provider, Tokens};
use crate::output::Printer;
use crate::sensitive::Secret;
use base64::Engine;
use std::io::IsTerminal;
use std::time::Duration;

/// `--timeout 18446744073709551615` must not overflow the clock: a year is "forever".
const MAX_TIMEOUT: Duration = Duration::from_secs(365 * 24 * 3600);

/// How the operator asked to log in (`authz add`'s flags).
pub struct Options {
    /// `--device`: the device grant, whatever else is possible.
    pub device: bool,
    /// `--no-browser`: print the URL, start nothing.
    pub no_browser: bool,
    /// `--paste`: read a pasted redirect URL from stdin even when it is not a terminal.
    pub paste: bool,
    pub port: Option<u16>,
    pub timeout: Duration,
    /// `--resource`: the APIs (RFC 8707) the grant is asked for, so that a refresh may later
    /// narrow a workflow's token to one of them.
    pub resources: Vec<String>,
}

/// Logs in and returns the tokens. The one place that picks the way:
/// - `--device`: the device grant (refused when the provider does not offer it);
/// - no browser can start here (`browser::available`) and the provider offers the device grant:
///   the device grant;
/// - otherwise the browser and the loopback redirect; if the browser then fails to start (a
///   `$BROWSER` command that cannot run or fails within its grace) and the provider offers the
///   device grant, the device grant after all, else the printed URL (and paste). While the
///   listener waits, a redirect URL pasted on stdin counts too, when stdin is a terminal or
///   with `--paste`.
pub fn log_in(
    provider: &Provider,
    scopes: &Scopes,
    opts: &Options,
    out: &Printer,
    now: Timestamp,
) -> Result<Tokens> {
    log_in_any_way(provider, scopes, opts, out, now)
        .map_err(|e| provider.explain_scope_refusal(e, scopes))
}

fn log_in_any_way(
    provider: &Provider,
    scopes: &Scopes,
    opts: &Options,
    out: &Printer,
    now: Timestamp,
) -> Result<Tokens> {
    let timeout = opts.timeout.min(MAX_TIMEOUT);
    let device_offered = provider.metadata.device_authorization_endpoint.is_some();
    let launch = !opts.no_browser && browser::available();
    if opts.device {
        return device::run(provider, scopes, &opts.resources, launch, timeout, out, now);
    }
    const NO_BROWSER: &str = "no browser can start here (no $BROWSER, DISPLAY or WAYLAND_DISPLAY)";
    if !opts.no_browser && !launch && device_offered {
        out.info(format!(
            "note: {NO_BROWSER}; logging in with a code instead"
        ));
        return device::run(provider, scopes, &opts.resources, false, timeout, out, now);
    }

    let listener = Listener::bind(opts.port)?;
    let redirect_uri = listener.redirect_uri();
    out.debug(format!("redirect URI {redirect_uri}"));
    let state = new_state();
    // OpenID Connect Core §3.1.2.1: optional in the code flow, but some providers require it
    // whenever the scope holds `openid`; once sent, the ID token must carry it (issue 19). The
    // device grant sends none: RFC 8628 defines no nonce, and its ID token comes straight from
    // the token endpoint in answer to our own device code, with no browser in between.
    let nonce = new_state();
    // prompt=consent: some providers (oidc-provider among them) only issue a refresh token for
    // offline_access when consent was explicitly given in this request.
    let mut extra = vec![("prompt", "consent")];
    extra.extend(opts.resources.iter().map(|r| ("resource", r.as_str())));
    let (url, verifier) = provider.authorize_url(&redirect_uri, scopes, &state, &nonce, &extra)?;
    // Always shown: a browser that starts may still open on another screen, or not at all.
    browser::show(url.as_str());
    let watch = if launch {
        stderr_line!(
            "Waiting up to {}:{:02} for the browser to come back (a browser window may have opened)...",
            timeout.as_secs() / 60,
            timeout.as_secs() % 60
        );
        Some(Watch {
            started: browser::launch(url.as_str(), out.verbose > 0),
            give_up: device_offered,
        })
    } else {
        if !opts.no_browser {
            out.info(format!(
                "note: {NO_BROWSER}, and the provider offers no device grant: open the URL above on any machine"
            ));
        }
        None
    };
    let paste = (opts.paste || std::io::stdin().is_terminal()).then(|| {
        stderr_line!(
            "Or, if the browser is on another machine, paste the URL of the page that failed to load here and press Enter:"
        );
        Paste::stdin()
    });
    let waited = listener.wait(
        &Expect {
            state: &state,
            issuer: provider.issuer(),
            iss_required: provider
                .metadata
                .authorization_response_iss_parameter_supported,
        },
        timeout,
        paste,
        watch,
    )?;
    let code = match waited {
        Waited::Code(code) => code,
        // The listener is gone by now (wait took it): nothing can deliver that login's code.
        Waited::NoBrowser(why) => {
            out.info(format!("note: {why}; logging in with a code instead"));
            return device::run(provider, scopes, &opts.resources, false, timeout, out, now);
        }
    };
    out.debug("callback accepted; redeeming the code");
    provider.exchange_code(code, verifier, &redirect_uri, &nonce, now)
}

/// A fresh `state` (or `nonce`): 32 random bytes, base64url (256 bits: unguessable, single use).
pub fn new_state() -> Secret<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the OS random source failed");
    Secret::new(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

#[cfg(test)]
mod tests {
    #[test]
    fn states_are_long_random_and_url_safe() {
        let a = super::new_state();
        let b = super::new_state();
        assert_ne!(a.expose(), b.expose());
        assert_eq!(a.expose().len(), 43);
        assert!(
            a.expose()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
    }
}
