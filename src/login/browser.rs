//! Sending the user to the authorization URL: always printed on stderr; then `$BROWSER` (split
//! like a shell would, run with the URL as its one extra argument, as gh and Python's webbrowser
//! do) or the desktop's opener (`open` crate). Never waits for the browser to finish.

use std::process::{Command, Stdio};

/// Prints `url` on stderr and, unless `no_browser`, starts a browser on it. A browser that
/// cannot start is a warning: the printed URL still works.
pub fn open_browser(url: &str, no_browser: bool, verbose: bool) {
    eprintln!("Open this URL in a browser and log in as the account the workflows should use:");
    eprintln!();
    eprintln!("    {url}");
    eprintln!();
    if no_browser {
        return;
    }
    let result = match std::env::var("BROWSER") {
        Ok(b) if !b.trim().is_empty() => run_browser_command(&b, url, verbose),
        _ => open::that_detached(url).map_err(|e| format!("cannot start a browser: {e}")),
    };
    match result {
        Ok(()) => {
            eprintln!("Waiting for the browser to come back (a browser window may have opened)...")
        }
        Err(e) => eprintln!("warning: {e}; open the URL above yourself"),
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
