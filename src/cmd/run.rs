//! `authz run --workflow NAME -- CMD [ARGS...]`: the runner's one command. Gets the workflow's
//! access token (the `authz token` path: cached, or refreshed under the refresh lock) and its
//! vault values, then starts CMD with them in its environment, never in argv. stdio passes
//! through; SIGINT and SIGTERM sent to authz are forwarded. Once CMD has started, authz exits
//! with CMD's code (128+N for signal N); before that, with its own documented code and an
//! error line saying CMD was not started. Each run is one `workflow-run` event.

use crate::app::App;
use crate::cli::RunArgs;
use crate::domain::format_ts;
use crate::domain::vault::validate_env;
use crate::error::{Error, Result, escape};
use crate::secret::Secret;
use serde_json::json;
use std::ffi::OsString;
use std::process::Command;

pub fn execute(a: RunArgs, app: &mut App) -> Result<()> {
    let program = a.command[0].to_string_lossy().into_owned();
    let prepared = prepare(&a, app).map_err(|mut e| {
        e.message = format!("{} ({} was not started)", e.message, escape(&program));
        e
    })?;
    let started = app.now;
    let mut cmd = Command::new(&a.command[0]);
    cmd.args(&a.command[1..]);
    cmd.env(&a.token_env, prepared.token.expose());
    for (env, value) in &prepared.values {
        cmd.env(env, os(value));
    }
    let mut child = cmd.spawn().map_err(|e| {
        let kind = if e.kind() == std::io::ErrorKind::NotFound {
            crate::error::Kind::NotFound
        } else {
            crate::error::Kind::Failure
        };
        Error::new(
            kind,
            format!(
                "cannot start {}: {e} (it was not started)",
                escape(&program)
            ),
        )
    })?;
    drop(cmd);
    drop(prepared.values);
    signals::forward_to(child.id());
    let status = child.wait();
    signals::forward_to(0);
    let status =
        status.map_err(|e| Error::failure(format!("waiting for {}: {e}", escape(&program))))?;
    let (code, signal) = exit_code(&status);
    let ended = time::OffsetDateTime::now_utc().unix_timestamp();
    let record = app.write(|tx, j| {
        j.log(
            tx,
            "workflow-run",
            Some(&prepared.authz),
            Some(&prepared.workflow),
            json!({
                "started": format_ts(started), "ended": format_ts(ended),
                "exit_code": code, "signal": signal, "authorization": prepared.authz,
                "secrets": prepared.names, "token": prepared.source,
            }),
        )
    });
    if let Err(e) = record {
        app.out.warn(format!(
            "the run was not recorded in the event log: {}",
            e.message
        ));
    }
    match code {
        0 => Ok(()),
        n => Err(Error::exit_with(n)),
    }
}

struct Prepared {
    workflow: String,
    authz: String,
    source: crate::cmd::token::Source,
    token: Secret<String>,
    /// (ENV_NAME, value) of each secret, sorted by secret name.
    values: Vec<(String, Secret<Vec<u8>>)>,
    names: Vec<String>,
}

/// Everything CMD needs, or the reason it will not start.
fn prepare(a: &RunArgs, app: &mut App) -> Result<Prepared> {
    if a.margin < 0 {
        return Err(Error::usage("--margin must be 0 or more seconds"));
    }
    validate_env(&a.token_env)?;
    let (workflow, authz, uses) = app.read(|tx| {
        let w = tx.require_workflow(&a.workflow)?;
        let authz = tx.resolve_authz(&w.authorization)?;
        let uses = tx.secret_uses(Some(&w.name), None)?;
        Ok((w, authz, uses))
    })?;
    if let Some(u) = uses.iter().find(|u| u.env == a.token_env) {
        return Err(Error::usage(format!(
            "secret '{}' of workflow '{}' goes in ${}, where the access token goes",
            u.secret,
            escape(&workflow.name),
            u.env
        ))
        .hint("pass --token-env OTHER, or rename it: authz workflow edit WORKFLOW --use-secret SECRET=ENV_NAME"));
    }
    let fresh = crate::cmd::token::fresh_token(app, &authz, a.margin)?;
    let mut values = Vec::with_capacity(uses.len());
    if !uses.is_empty() {
        let secrets = app.secrets()?;
        app.read(|tx| {
            for u in &uses {
                let (_, _, value) = crate::cmd::vault::value_of(tx, secrets.vault(), &u.secret, None)?;
                if value.expose().contains(&0) {
                    return Err(Error::usage(format!(
                        "vault entry '{}' holds a NUL byte, which an environment variable cannot carry",
                        u.secret
                    ))
                    .hint(format!("read it with: authz vault get {}", u.secret)));
                }
                values.push((u.env.clone(), value));
            }
            Ok(())
        })?;
    }
    Ok(Prepared {
        workflow: workflow.name,
        authz: authz.id,
        source: fresh.source,
        token: fresh.token,
        values,
        names: uses.into_iter().map(|u| u.secret).collect(),
    })
}

#[cfg(unix)]
fn os(value: &Secret<Vec<u8>>) -> OsString {
    use std::os::unix::ffi::OsStringExt;
    OsString::from_vec(value.expose().clone())
}

#[cfg(not(unix))]
fn os(value: &Secret<Vec<u8>>) -> OsString {
    OsString::from(String::from_utf8_lossy(value.expose()).into_owned())
}

/// CMD's exit code, or 128+N when signal N ended it (as shells report it).
fn exit_code(status: &std::process::ExitStatus) -> (i32, Option<i32>) {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return (128 + sig, Some(sig));
        }
    }
    (status.code().unwrap_or(1), None)
}

#[cfg(unix)]
mod signals {
    //! SIGINT and SIGTERM sent to authz (by `kill`, a CI runner, a supervisor) go on to the
    //! child. A Ctrl-C typed at the terminal already reaches the child through its process
    //! group, so a signal the kernel sent for the terminal is not sent a second time.
    use std::sync::Once;
    use std::sync::atomic::{AtomicI32, Ordering};

    static CHILD: AtomicI32 = AtomicI32::new(0);
    static INSTALL: Once = Once::new();

    extern "C" fn forward(sig: libc::c_int, info: *mut libc::siginfo_t, _: *mut libc::c_void) {
        let pid = CHILD.load(Ordering::SeqCst);
        // SAFETY: the kernel hands a valid siginfo to an SA_SIGINFO handler.
        let from_terminal = !info.is_null() && unsafe { (*info).si_code } == libc::SI_KERNEL;
        if pid > 0 && !from_terminal {
            // SAFETY: kill(2) is async-signal-safe.
            unsafe {
                libc::kill(pid, sig);
            }
        }
    }

    /// Forwards to `pid` from now on (0: to nobody, once the child has ended).
    pub fn forward_to(pid: u32) {
        CHILD.store(pid as i32, Ordering::SeqCst);
        INSTALL.call_once(|| {
            for sig in [libc::SIGINT, libc::SIGTERM] {
                // SAFETY: a plain sigaction with a handler that only calls kill(2).
                unsafe {
                    let mut action: libc::sigaction = std::mem::zeroed();
                    action.sa_sigaction = forward as *const () as usize;
                    action.sa_flags = libc::SA_SIGINFO | libc::SA_RESTART;
                    libc::sigemptyset(&mut action.sa_mask);
                    libc::sigaction(sig, &action, std::ptr::null_mut());
                }
            }
        });
    }
}

#[cfg(not(unix))]
mod signals {
    pub fn forward_to(_pid: u32) {}
}
