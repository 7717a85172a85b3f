//! The device authorization grant (RFC 8628) for machines with no browser: show the code and
//! where to enter it, then poll the token endpoint at the provider's interval until the user
//! approves, denies, the code expires, or `--timeout` runs out.

use super::countdown::Countdown;
use crate::domain::Timestamp;
use crate::error::{Error, Result, escape};
use crate::idp::{DeviceLogin, DevicePoll, Provider, Tokens};
use crate::output::Printer;
use std::time::{Duration, Instant};

/// RFC 8628 §3.5: each `slow_down` adds this to the interval, for good.
const SLOW_DOWN_STEP: Duration = Duration::from_secs(5);
/// The longest wait between polls after transport errors (RFC 8628 §3.5 asks for back-off).
const MAX_BACKOFF: Duration = Duration::from_secs(60);

/// Runs a device login to its end: the tokens, or why there are none.
pub fn run(
    provider: &Provider,
    scopes: &crate::domain::Scopes,
    resources: &[String],
    open_browser: bool,
    timeout: Duration,
    out: &Printer,
    now: Timestamp,
) -> Result<Tokens> {
    let started = Instant::now();
    let deadline = started + timeout;
    let login = provider.start_device_login(scopes, resources)?;
    show(&login, timeout);
    if open_browser {
        let url = login
            .verification_uri_complete
            .as_deref()
            .unwrap_or(&login.verification_uri);
        // A convenience only: the code and URL are shown above whether it starts or not.
        drop(super::browser::launch(url, out.verbose > 0));
    }
    let expires = started + login.expires_in;
    let mut interval = login.interval.max(Duration::from_secs(1));
    let mut wait = interval;
    let mut live = Countdown::start(
        "waiting for the login to be approved",
        deadline.min(expires),
    );
    loop {
        // Each poll waits first: nobody approves within 0 s, and the interval counts from the
        // device authorization response (RFC 8628 §3.5).
        let left = deadline.saturating_duration_since(Instant::now());
        if wait >= left {
            Countdown::sleep(&mut live, left);
            return Err(timed_out(timeout, &login));
        }
        Countdown::sleep(&mut live, wait);
        let poll = match provider.poll_device_login(&login.device_code, now) {
            // Some providers forget an expired code and answer invalid_grant instead.
            Err(_) if Instant::now() >= expires => return Err(expired(&login)),
            poll => poll?,
        };
        match poll {
            DevicePoll::Approved(tokens) => {
                out.debug("device login approved");
                return Ok(tokens);
            }
            DevicePoll::Pending => {
                out.debug("device login: authorization_pending");
                wait = interval;
            }
            DevicePoll::SlowDown => {
                interval += SLOW_DOWN_STEP;
                wait = interval;
                out.debug(format!(
                    "device login: slow_down; polling every {} s from now on",
                    interval.as_secs()
                ));
            }
            DevicePoll::Unavailable(why) => {
                wait = (wait * 2).min(MAX_BACKOFF).max(interval);
                out.warn(format!(
                    "polling the provider failed ({why}); trying again in {} s",
                    wait.as_secs()
                ));
            }
            DevicePoll::Denied(desc) => {
                let desc = desc.map(|d| format!(" ({d})")).unwrap_or_default();
                return Err(Error::provider(format!(
                    "the login was denied at the provider: access_denied{desc}; nothing was stored"
                ))
                .hint("run authz add again and approve the access"));
            }
            DevicePoll::Expired => return Err(expired(&login)),
        }
        if Instant::now() >= expires {
            // A provider that keeps saying "pending" past expires_in has forgotten the code.
            return Err(expired(&login));
        }
    }
}

/// The instructions, on stderr whatever the output mode: without them nobody can log in.
fn show(login: &DeviceLogin, timeout: Duration) {
    stderr_line!(
        "To log in, open this URL on any device and enter the code (log in as the account the workflows should use):"
    );
    stderr_line!();
    stderr_line!("    {}", escape(&login.verification_uri));
    stderr_line!();
    stderr_line!("    code: {}", escape(&login.user_code));
    stderr_line!();
    if let Some(complete) = &login.verification_uri_complete {
        stderr_line!("Or open this URL, which already carries the code:");
        stderr_line!();
        stderr_line!("    {}", escape(complete));
        stderr_line!();
    }
    stderr_line!("{}", waiting(login.expires_in, timeout));
}

/// How long authz waits: the earlier of the code's expiry and `--timeout`, and which it is.
fn waiting(expires_in: Duration, timeout: Duration) -> String {
    if timeout < expires_in {
        format!(
            "Waiting up to {} for the login to be approved (--timeout; the code itself is valid for {})...",
            minutes(timeout),
            minutes(expires_in)
        )
    } else {
        format!(
            "Waiting up to {} for the login to be approved (while the code is valid)...",
            minutes(expires_in)
        )
    }
}

fn minutes(d: Duration) -> String {
    match d.as_secs() {
        s if s < 120 => format!("{s} seconds"),
        s => format!("{} minutes", s / 60),
    }
}

fn expired(login: &DeviceLogin) -> Error {
    Error::provider(format!(
        "the device code expired before the login was approved (it was valid for {}); nothing was stored",
        minutes(login.expires_in)
    ))
    .hint("run authz add again and enter the new code in time")
}

fn timed_out(timeout: Duration, login: &DeviceLogin) -> Error {
    Error::provider(format!(
        "no login within {} s: the code {} was not approved at {}; nothing was stored",
        timeout.as_secs(),
        escape(&login.user_code),
        escape(&login.verification_uri)
    ))
    .hint("approve the code within --timeout SECS (default 300)")
}
