//! Paste-the-redirect: lines typed or pasted on stdin while the loopback listener waits. When
//! the browser runs on another machine (SSH), its redirect to `127.0.0.1` fails to load, but
//! its address bar holds the whole callback URL; pasting it here delivers the same callback.
//!
//! Nothing here blocks: the listener's loop asks `next_line` between its other checks, so
//! whichever of the two arrives first wins and the other simply stops being asked. On Unix
//! stdin is polled (poll(2)), never left with a pending read; elsewhere a reader thread feeds a
//! channel, and since `authz add` exits right after the login, a read it leaves pending reads
//! nothing anyone else wanted.

use std::time::Duration;

/// A pasted line longer than this is not a callback URL (the listener's own request limit).
const MAX_LINE: usize = 8 * 1024;

pub struct Paste {
    source: Source,
    pending: Vec<u8>,
    /// Inside a line longer than `MAX_LINE`: dropped up to its newline.
    overlong: bool,
    closed: bool,
}

/// One thing that came in on stdin.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    Text(String),
    /// A line longer than `MAX_LINE`, dropped.
    TooLong,
}

impl Paste {
    /// Reads this process's stdin.
    pub fn stdin() -> Paste {
        Paste {
            source: Source::stdin(),
            pending: Vec::new(),
            overlong: false,
            closed: false,
        }
    }

    /// The next complete line, if one has arrived; waits at most `wait` for input. `None` also
    /// after end of input (a closed pipe): from then on there is only the listener.
    pub fn next_line(&mut self, wait: Duration) -> Option<Line> {
        loop {
            if let Some(line) = self.take_line() {
                return Some(line);
            }
            if self.closed {
                // A last line without a newline still counts.
                return self.take_rest();
            }
            match self.source.read(wait) {
                Read::Nothing => return None,
                Read::Bytes(b) => self.pending.extend_from_slice(&b),
                Read::Closed => self.closed = true,
            }
        }
    }

    fn take_line(&mut self) -> Option<Line> {
        loop {
            let Some(end) = self.pending.iter().position(|&b| b == b'\n') else {
                if self.pending.len() > MAX_LINE {
                    self.pending.clear();
                    if !self.overlong {
                        self.overlong = true;
                        return Some(Line::TooLong);
                    }
                }
                return None;
            };
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            if std::mem::take(&mut self.overlong) {
                continue;
            }
            if line.len() > MAX_LINE {
                return Some(Line::TooLong);
            }
            return Some(Line::Text(String::from_utf8_lossy(&line).trim().to_owned()));
        }
    }

    fn take_rest(&mut self) -> Option<Line> {
        let rest = std::mem::take(&mut self.pending);
        let overlong = std::mem::take(&mut self.overlong);
        let text = String::from_utf8_lossy(&rest).trim().to_owned();
        (!overlong && !text.is_empty()).then_some(Line::Text(text))
    }
}

enum Read {
    Nothing,
    Bytes(Vec<u8>),
    Closed,
}

#[cfg(unix)]
struct Source;

#[cfg(unix)]
impl Source {
    fn stdin() -> Source {
        Source
    }

    /// Reads what is there now (poll first, so the read cannot block).
    fn read(&mut self, wait: Duration) -> Read {
        use rustix::event::{PollFd, PollFlags, Timespec, poll};
        use std::os::fd::AsFd;
        let stdin = std::io::stdin();
        let fd = stdin.as_fd();
        let timeout = Timespec {
            tv_sec: wait.as_secs().try_into().unwrap_or(i64::MAX),
            tv_nsec: wait.subsec_nanos().into(),
        };
        let mut fds = [PollFd::new(&fd, PollFlags::IN)];
        match poll(&mut fds, Some(&timeout)) {
            Ok(0) => return Read::Nothing,
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => return Read::Nothing,
            Err(_) => return Read::Closed,
        }
        if fds[0].revents().contains(PollFlags::NVAL) {
            return Read::Closed;
        }
        let mut buf = [0u8; 4096];
        match rustix::io::read(fd, &mut buf) {
            Ok(0) => Read::Closed,
            Ok(n) => Read::Bytes(buf[..n].to_vec()),
            Err(rustix::io::Errno::INTR | rustix::io::Errno::AGAIN) => Read::Nothing,
            Err(_) => Read::Closed,
        }
    }
}

#[cfg(not(unix))]
struct Source(std::sync::mpsc::Receiver<Option<Vec<u8>>>);

#[cfg(not(unix))]
impl Source {
    fn stdin() -> Source {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::BufRead;
            let mut stdin = std::io::stdin().lock();
            loop {
                let mut line = Vec::new();
                match stdin.read_until(b'\n', &mut line) {
                    Ok(0) | Err(_) => {
                        let _ = tx.send(None);
                        return;
                    }
                    Ok(_) => {
                        if tx.send(Some(line)).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        Source(rx)
    }

    fn read(&mut self, wait: Duration) -> Read {
        match self.0.recv_timeout(wait) {
            Ok(Some(b)) => Read::Bytes(b),
            Ok(None) | Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Read::Closed,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Read::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paste(input: &[u8]) -> Paste {
        Paste {
            source: Source::stdin(),
            pending: input.to_vec(),
            overlong: false,
            closed: true,
        }
    }

    #[test]
    fn lines_are_trimmed_and_a_last_line_without_newline_counts() {
        let mut p = paste(b"  http://a/callback?x=1 \r\n\nlast");
        let z = Duration::ZERO;
        assert_eq!(
            p.next_line(z),
            Some(Line::Text("http://a/callback?x=1".into()))
        );
        assert_eq!(p.next_line(z), Some(Line::Text(String::new())));
        assert_eq!(p.next_line(z), Some(Line::Text("last".into())));
        assert_eq!(p.next_line(z), None);
    }

    #[test]
    fn an_overlong_line_is_dropped_whole_and_reported_once() {
        let mut input = vec![b'x'; MAX_LINE + 10];
        input.extend_from_slice(b"\nok\n");
        let mut p = paste(&input);
        let z = Duration::ZERO;
        assert_eq!(p.next_line(z), Some(Line::TooLong));
        assert_eq!(p.next_line(z), Some(Line::Text("ok".into())));
        assert_eq!(p.next_line(z), None);
    }
}
