//! Where a vault value comes from: a file, stdin, or a hidden prompt on a terminal. Never argv.
//! Bytes are kept exactly; only the Enter that ends a typed value is not part of it.

use crate::error::{Error, Kind, Result};
use crate::secret::Secret;
use std::io::{IsTerminal, Read, Write};
use std::path::Path;

/// Every byte of `path`.
pub fn from_file(path: &Path) -> Result<Secret<Vec<u8>>> {
    std::fs::read(path).map(Secret::new).map_err(|e| {
        let kind = if e.kind() == std::io::ErrorKind::NotFound {
            Kind::NotFound
        } else {
            Kind::Failure
        };
        Error::new(kind, format!("cannot read {}: {e}", path.display()))
    })
}

/// All of stdin when it is a pipe or a file; on a terminal, one line typed without echo.
pub fn from_stdin(prompt: &str) -> Result<Secret<Vec<u8>>> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut bytes = Vec::new();
        stdin.lock().read_to_end(&mut bytes)?;
        return Ok(Secret::new(bytes));
    }
    hidden_line(prompt)
}

#[cfg(unix)]
fn hidden_line(prompt: &str) -> Result<Secret<Vec<u8>>> {
    use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
    let stdin = std::io::stdin();
    let before = tcgetattr(&stdin)
        .map_err(|e| Error::failure(format!("cannot read the terminal settings: {e}")))?;
    let mut quiet = before.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    quiet.local_modes.insert(LocalModes::ICANON);
    let mut err = std::io::stderr().lock();
    tcsetattr(&stdin, OptionalActions::Flush, &quiet)
        .map_err(|e| Error::failure(format!("cannot turn off the terminal echo: {e}")))?;
    // Only once the echo is off: nothing typed after the prompt shows.
    writeln!(err, "{prompt}")?;
    err.flush()?;
    let mut line = Vec::new();
    let read = read_line(&mut line);
    // Echo back on whatever happened, then the newline the user's Enter did not print.
    let _ = tcsetattr(&stdin, OptionalActions::Flush, &before);
    read?;
    if line.last() == Some(&b'\n') {
        line.pop();
    } else {
        return Err(Error::usage(
            "the prompt was cancelled (end of input before Enter)",
        ));
    }
    Ok(Secret::new(line))
}

#[cfg(unix)]
fn read_line(line: &mut Vec<u8>) -> Result<()> {
    let mut byte = [0u8; 1];
    let mut stdin = std::io::stdin().lock();
    loop {
        match stdin.read(&mut byte)? {
            0 => return Ok(()),
            _ => {
                line.push(byte[0]);
                if byte[0] == b'\n' {
                    return Ok(());
                }
            }
        }
    }
}

#[cfg(not(unix))]
fn hidden_line(_prompt: &str) -> Result<Secret<Vec<u8>>> {
    Err(Error::usage("no hidden prompt on this platform")
        .hint("pipe the value in, or use --from-file"))
}
