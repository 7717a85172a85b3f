//! Starting a browser: `$BROWSER` or the desktop's opener (`open` crate), and whether one can
//! start here at all. `$BROWSER` follows Python's `webbrowser` and the original `$BROWSER`
//! proposal: a colon-separated list of commands, tried in order until one starts; each is split
//! like a shell would; `%s` is replaced by the URL (otherwise the URL is appended as one
//! argument) and `%%` is a literal `%`. A command that cannot be spawned, or exits non-zero
//! within `GRACE`, did not start; one that stays running, or exits 0, did. Never waits for the
//! browser to finish.

use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long a `$BROWSER` command has to fail for it to count as "did not start". A browser
/// that is still running after this is fine, and so is one that handed the URL to a running
/// instance and exited 0.
const GRACE: Duration = Duration::from_secs(2);

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
    stderr_line!("Open this URL in a browser and log in as the account the workflows should use:");
    stderr_line!();
    stderr_line!("    {url}");
    stderr_line!();
}

/// Whether the browser started, known within `GRACE` per `$BROWSER` command: `Err` says why
/// none could start.
pub type Started = mpsc::Receiver<Result<(), String>>;

/// Starts a browser on `url` in the background; the answer arrives on the returned channel
/// (at once for the desktop opener, within `GRACE` per command for `$BROWSER`), so the login
/// can listen meanwhile.
pub fn launch(url: &str, verbose: bool) -> Started {
    let (tx, rx) = mpsc::channel();
    match std::env::var("BROWSER") {
        Ok(b) if !b.trim().is_empty() => {
            let commands = commands(&b, url);
            std::thread::spawn(move || {
                let _ = tx.send(first_that_starts(&commands, verbose));
            });
        }
        _ => {
            let _ = tx
                .send(open::that_detached(url).map_err(|e| format!("cannot start a browser: {e}")));
        }
    }
    rx
}

/// The argument vectors `$BROWSER` stands for, in order (empty entries skipped).
fn commands(browser: &str, url: &str) -> Vec<Vec<String>> {
    browser
        .split(':')
        .filter(|c| !c.trim().is_empty())
        .map(|c| {
            let words = shlex::split(c).unwrap_or_else(|| vec![c.to_owned()]);
            let mut placed = false;
            let mut argv: Vec<String> = words
                .iter()
                .map(|w| {
                    let (word, had) = substitute(w, url);
                    placed |= had;
                    word
                })
                .collect();
            if !placed {
                argv.push(url.to_owned());
            }
            argv
        })
        .filter(|argv| argv.len() > 1 || !argv[0].is_empty())
        .collect()
}

/// `%s` → `url`, `%%` → `%`, any other `%` kept; and whether a `%s` was there.
fn substitute(word: &str, url: &str) -> (String, bool) {
    let mut out = String::with_capacity(word.len());
    let mut had = false;
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('%', Some('s')) => {
                chars.next();
                out.push_str(url);
                had = true;
            }
            ('%', Some('%')) => {
                chars.next();
                out.push('%');
            }
            (c, _) => out.push(c),
        }
    }
    (out, had)
}

fn first_that_starts(commands: &[Vec<String>], verbose: bool) -> Result<(), String> {
    if commands.is_empty() {
        return Err("$BROWSER names no command".into());
    }
    let mut why = Vec::new();
    for argv in commands {
        match start(argv, verbose) {
            Ok(()) => return Ok(()),
            Err(e) => {
                if verbose {
                    stderr_line!("debug: {e}");
                }
                why.push(e);
            }
        }
    }
    Err(why.join("; "))
}

/// Runs one `$BROWSER` command and watches it for `GRACE`.
fn start(argv: &[String], verbose: bool) -> Result<(), String> {
    let (program, args) = argv
        .split_first()
        .expect("commands() never yields an empty one");
    let name = crate::error::escape(program);
    let mut cmd = Command::new(program);
    cmd.args(args).stdin(Stdio::null());
    // Our stdout is for machine output (--json): the browser's chatter goes to stderr.
    if let Ok(fd) = stderr_clone() {
        cmd.stdout(fd);
    } else {
        cmd.stdout(Stdio::null());
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot run $BROWSER command '{name}': {e}"))?;
    let until = Instant::now() + GRACE;
    while Instant::now() < until {
        match child.try_wait() {
            Ok(Some(status)) if status.success() => return Ok(()),
            Ok(Some(status)) => {
                return Err(format!("$BROWSER command '{name}' failed ({status})"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(25)),
            Err(_) => break,
        }
    }
    // Still running: a browser. Reap it in the background; its exit only matters for -v.
    std::thread::spawn(move || {
        if let Ok(status) = child.wait()
            && verbose
            && !status.success()
        {
            stderr_line!("debug: $BROWSER exited with {status}");
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

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://idp/auth?a=1&b=%20";

    #[test]
    fn browser_is_a_colon_list_with_percent_s_and_percent_percent() {
        let v = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(commands("firefox", URL), vec![v(&["firefox", URL])]);
        assert_eq!(
            commands("firefox -new-tab:lynx '%s' --x:", URL),
            vec![v(&["firefox", "-new-tab", URL]), v(&["lynx", URL, "--x"])]
        );
        assert_eq!(
            commands("open --url=%s --pct=100%%", URL),
            vec![v(&["open", &format!("--url={URL}"), "--pct=100%"])]
        );
        // `%%s` is a literal `%s`, not the URL; a lone `%` stays.
        assert_eq!(
            commands("echo %%s 5%", URL),
            vec![v(&["echo", "%s", "5%", URL])]
        );
        assert!(commands(" : :", URL).is_empty());
    }

    #[test]
    fn a_command_that_fails_within_the_grace_did_not_start() {
        let e = first_that_starts(&commands("false", URL), false).unwrap_err();
        assert!(e.contains("'false' failed"), "{e}");
        let e = first_that_starts(&commands("/nonexistent/browser", URL), false).unwrap_err();
        assert!(e.contains("cannot run"), "{e}");
        assert!(first_that_starts(&commands("/nonexistent:false:true", URL), false).is_ok());
        // One that keeps running past the grace is a browser. This one runs for as long as a
        // directory exists, so however slow the machine it is still running when the grace
        // ends (and it then fails, which would count against it had it ended within it).
        let dir = tempfile::tempdir().unwrap();
        let running = commands(
            &format!(
                "sh -c 'while [ -d {} ]; do sleep 0.05; done; exit 1' %s",
                dir.path().display()
            ),
            URL,
        );
        assert!(first_that_starts(&running, false).is_ok());
        // Let it end (its reaper thread collects it), so the test leaves no process behind.
        drop(dir);
    }
}
