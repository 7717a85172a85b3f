//! Starting a browser: `$BROWSER` (split like a shell would, run with the URL as its one extra
//! argument, as gh and Python's webbrowser do) or the desktop's opener (`open` crate); and
//! whether one can start here at all. Never waits for the browser to finish.

use std::process::{Command, Stdio};

/// Whether a browser could start here: `$BROWSER` is set, or there is a desktop. On Linux and
/// the BSDs a desktop means `DISPLAY` or `WAYLAND_DISPLAY`: without one (an SSH session, a
/// container) xdg-open would at best fail and at worst run a text browser inside this very
/// terminal. macOS and Windows always have an opener.
pub fn available() -> bool {
    if std::env::var("BROWSER").is_ok_and(|b| !b.trim().is_empty()) {
        return true;
    }
    if cfg!(any(
        target_os = "linux",
        target_os = "freebsd",
        target_os = "openbsd",
        target_os = "netbsd",
        target_os = "dragonfly"
    )) {
        return ["DISPLAY", "WAYLAND_DISPLAY"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|d| !d.is_empty()));
    }
    true
}

/// Tells the user to open `url` (stderr, whatever the output mode: nobody can log in without it).
pub fn show(url: &str) {
    eprintln!("Open this URL in a browser and log in as the account the workflows should use:");
    eprintln!();
    eprintln!("    {url}");
    eprintln!();
}

/// Starts a browser on `url`; `Err` says why none could start.
pub fn launch(url: &str, verbose: bool) -> Result<(), String> {
    match std::env::var("BROWSER") {
        Ok(b) if !b.trim().is_empty() => run_browser_command(&b, url, verbose),
        _ => open::that_detached(url).map_err(|e| format!("cannot start a browser: {e}")),
    }
}

fn run_browser_command(browser: &str, url: &str, verbose: bool) -> Result<(), String> {
    let words = shlex::split(browser).unwrap_or_else(|| vec![browser.to_owned()]);
    let Some((program, args)) = words.split_first() else {
        return Err("$BROWSER is empty".into());
    };
    let mut cmd = Command::new(program);
    cmd.args(args).arg(url).stdin(Stdio::null());
    // Our stdout is for machine output (--json): the browser's chatter goes to stderr.
    if let Ok(fd) = stderr_clone() {
        cmd.stdout(fd);
    } else {
        cmd.stdout(Stdio::null());
    }
    let mut child = cmd.spawn().map_err(|e| {
        format!(
            "cannot run $BROWSER ({}): {e}",
            crate::error::escape(program)
        )
    })?;
    // Reap it in the background; its exit status only matters for -v.
    std::thread::spawn(move || {
        if let Ok(status) = child.wait()
            && verbose
            && !status.success()
        {
            eprintln!("debug: $BROWSER exited with {status}");
        }
    });
    Ok(())
}

#[cfg(unix)]
fn stderr_clone() -> std::io::Result<Stdio> {
    use std::os::fd::AsFd;
    Ok(Stdio::from(std::io::stderr().as_fd().try_clone_to_owned()?))
}

#[cfg(windows)]
fn stderr_clone() -> std::io::Result<Stdio> {
    use std::os::windows::io::AsHandle;
    Ok(Stdio::from(
        std::io::stderr().as_handle().try_clone_to_owned()?,
    ))
}

#[cfg(not(any(unix, windows)))]
fn stderr_clone() -> std::io::Result<Stdio> {
    Err(std::io::Error::other("unsupported"))
}
