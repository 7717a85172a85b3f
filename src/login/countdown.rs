//! The live "time left" line while a login waits: redrawn in place once a second on a terminal,
//! absent everywhere else (CI logs, pipes, `TERM=dumb`), so logs never fill with `\r` frames.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

const SPINNER: [char; 4] = ['|', '/', '-', '\\'];

pub struct Countdown {
    label: &'static str,
    deadline: Instant,
    shown: Option<u64>,
}

impl Countdown {
    /// `None` unless stderr is a terminal that understands `\r` and erase-line.
    pub fn start(label: &'static str, deadline: Instant) -> Option<Countdown> {
        let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        (std::io::stderr().is_terminal() && !dumb).then_some(Countdown {
            label,
            deadline,
            shown: None,
        })
    }

    /// Redraws the line when the displayed second has changed.
    pub fn tick(&mut self) {
        let left = self
            .deadline
            .saturating_duration_since(Instant::now())
            .as_secs();
        if self.shown == Some(left) {
            return;
        }
        self.shown = Some(left);
        let spin = SPINNER[(left % 4) as usize];
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r{spin} {} ({}:{:02} left)\x1b[K",
            self.label,
            left / 60,
            left % 60
        );
        let _ = err.flush();
    }

    /// Erases the line, so that whatever is printed next starts on a clean one.
    pub fn clear(&mut self) {
        if self.shown.take().is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }

    /// Sleeps `wait`, redrawing once a second.
    pub fn sleep(live: &mut Option<Countdown>, wait: Duration) {
        let Some(c) = live else {
            return std::thread::sleep(wait);
        };
        let end = Instant::now() + wait;
        loop {
            c.tick();
            let left = end.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            std::thread::sleep(left.min(Duration::from_millis(250)));
        }
        c.clear();
    }
}

impl Drop for Countdown {
    fn drop(&mut self) {
        self.clear();
    }
}
