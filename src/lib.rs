//! authz: manage workflow authorizations (stored delegated access) from the command line.
//!
//! The architecture, from the edge inwards:
//! - `cli` parses arguments (clap derive); `run` builds an `App` and hands it to `cmd`.
//! - `app::App` is the one place that chooses real implementations: the store backend
//!   (`store::Location::parse` picks it from the URL's scheme; `profile` resolves `--db` and
//!   `--profile`), the secret store, the provider settings and its HTTP client, the clock.
//!   Tests choose others through configuration only (paths, issuer URL, D-Bus address).
//! - `cmd::*` is one file per command: read → decide (`domain`) → act → write → return a view.
//! - `domain` holds the pure rules (scope coverage, assignability, token state, audit, inbound
//!   JWT verification in `domain::jwt`); no I/O. `jwks` loads an authorizer's key set (a file,
//!   or a URL fetched through `idp`'s HTTP client and cached on disk).
//! - `store` is the store API in domain terms (`Store`, `Tx` traits; the refresh lease that keeps
//!   hosts sharing a PostgreSQL store to one refresh at a time, see `cmd::token`), with the SQLite
//!   and PostgreSQL backends in `store::sqlite` and `store::postgres` (schema, migrations, SQL);
//!   `secret` is the OS keyring or OpenBao/Vault KV v2 behind one versioned (check-and-set) trait;
//!   `idp` talks OAuth/OIDC to the provider; `login` logs in: browser and loopback redirect
//!   (or the redirect URL pasted on stdin), or the device grant when no browser can start.
//! - `output` prints a view as a table for people or JSON for machines; `error` maps every
//!   failure to one line, a hint, and a documented exit code; `generate` writes completions and
//!   man pages from `cli`; `private_fs` makes 0700 directories and 0600 files.

/// `eprintln!`, in one write: stderr is unbuffered and `eprintln!` writes each piece of its
/// format on its own, so a child sharing stderr (a `$BROWSER` command) could cut into a line.
macro_rules! stderr_line {
    () => {
        $crate::output::to_stderr(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::output::to_stderr(format_args!($($arg)*))
    };
}

pub mod app;
pub mod cli;
pub mod cmd;
pub mod complete;
pub mod domain;
pub mod error;
pub mod generate;
pub mod https;
pub mod idp;
pub mod jwks;
pub mod login;
pub mod output;
mod private_fs;
pub mod profile;
pub mod random;
pub mod secret;
pub mod sensitive;
pub mod store;

use std::ffi::OsString;

/// Parses `args`, runs the command, prints any error once, and returns the exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> i32 {
    // `COMPLETE=bash authz ...`: the shell asks for completions; answered, then exit.
    clap_complete::CompleteEnv::with_factory(<cli::Cli as clap::CommandFactory>::command)
        .complete();
    install_panic_hook();
    no_core_dumps();
    let args = as_docker_helper(args);
    // `--json` before any `--`: usage errors are one JSON object too (docs/json.md).
    let json_asked = args
        .iter()
        .skip(1)
        .take_while(|a| *a != "--")
        .any(|a| a == "--json");
    let args_given: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let cli = match <cli::Cli as clap::Parser>::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) if json_asked && e.use_stderr() => {
            output::report_error(&usage_error(&e), true);
            return 2;
        }
        Err(e) if e.use_stderr() => {
            let text = without_env_options(&e.render().to_string(), &args_given);
            let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), text.as_bytes());
            return 2;
        }
        Err(e) => {
            let _ = e.print();
            return 0;
        }
    };
    let json = cli.global.json;
    // JSON is for machines: never coloured.
    output::set_colour(if json {
        output::ColourChoice::Never
    } else {
        cli.global.color
    });
    match cmd::run(cli) {
        Ok(()) => 0,
        Err(e) if e.silent => e.exit.unwrap_or(0),
        Err(e) => {
            output::report_error(&e, json);
            e.code()
        }
    }
}

/// clap's refusal of the command line as authz's own usage error: its first line is the
/// message, its "tip:" and "[possible values: ...]" lines (or `--help`) the hint.
fn usage_error(e: &clap::Error) -> error::Error {
    let text = e.render().to_string();
    let mut message = String::new();
    let mut tips = Vec::new();
    let mut listing = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            listing = false;
            continue;
        }
        if let Some(m) = line.strip_prefix("error: ") {
            message = m.to_owned();
            // "the following required arguments were not provided:" and the list below it.
            listing = message.ends_with(':');
        } else if listing {
            message.push_str(if message.ends_with(':') { " " } else { ", " });
            message.push_str(line);
        } else if let Some(t) = line.strip_prefix("tip: ") {
            tips.push(t.to_owned());
        } else if line.starts_with('[') {
            // "[possible values: info, warning, high]"
            tips.push(line.trim_matches(['[', ']']).to_owned());
        }
    }
    if message.is_empty() {
        message = text
            .lines()
            .next()
            .unwrap_or("invalid command line")
            .to_owned();
    }
    let hint = if tips.is_empty() {
        "see authz --help (or authz COMMAND --help)".to_owned()
    } else {
        tips.join("; ")
    };
    error::Error::usage(message).hint(hint)
}

/// clap counts an option set through its environment variable (AUTHZ_CA_FILE...) as given,
/// so its usage line would show `--ca-file <PATH>` as if it were required: the usage line
/// keeps only the options the command line itself has.
fn without_env_options(text: &str, args: &[String]) -> String {
    use clap::CommandFactory;
    let mut from_env = Vec::new();
    let mut stack = vec![cli::Cli::command()];
    while let Some(cmd) = stack.pop() {
        for arg in cmd.get_arguments() {
            let (Some(long), Some(_)) = (arg.get_long(), arg.get_env()) else {
                continue;
            };
            let given = args
                .iter()
                .any(|a| a == &format!("--{long}") || a.starts_with(&format!("--{long}=")));
            let value = arg
                .get_value_names()
                .and_then(|v| v.first())
                .map(|v| v.to_string())
                .unwrap_or_else(|| long.to_uppercase());
            let shown = format!(" --{long} <{value}>");
            if !given && !from_env.contains(&shown) {
                from_env.push(shown);
            }
        }
        stack.extend(cmd.get_subcommands().cloned());
    }
    text.lines()
        .map(|line| {
            let mut line = line.to_owned();
            if line.trim_start().starts_with("Usage:") {
                for shown in &from_env {
                    line = line.replacen(shown, "", 1);
                }
            }
            line + "\n"
        })
        .collect()
}

/// Run as `docker-credential-authz ACTION` (the name Docker's `credHelpers` runs), the same
/// as `authz docker-credential ACTION`.
fn as_docker_helper(args: impl IntoIterator<Item = OsString>) -> Vec<OsString> {
    let mut args: Vec<OsString> = args.into_iter().collect();
    let invoked = args
        .first()
        .and_then(|a| std::path::Path::new(a).file_name())
        .is_some_and(|n| n == "docker-credential-authz");
    if invoked {
        args.splice(0..1, ["authz".into(), "docker-credential".into()]);
    }
    args
}

/// Tokens are in this process's memory: a crash must not write them to a core file, and no
/// other process of the user may attach to read them (Linux: not dumpable). Best effort: a
/// system that refuses leaves things as they were.
fn no_core_dumps() {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, setrlimit};
        let _ = setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        );
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    let _ = rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
}

/// A bug must still read as one line, not a backtrace, even with RUST_BACKTRACE=1.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        stderr_line!("error: internal error: {msg}{at}");
        stderr_line!("hint: this is a bug in authz; please report it");
    }));
}
