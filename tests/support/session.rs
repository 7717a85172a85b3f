//! A running `authz` the test talks to while it waits: its stderr read line by line (to catch a
//! user code or a printed redirect URL), its stdin open for pasting, everything collected into a
//! `Run` at the end.

use super::{Env, Run};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub struct Session {
    args: Vec<String>,
    child: Child,
    stdin: Option<ChildStdin>,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
    stdout: JoinHandle<String>,
}

impl Session {
    /// Starts `authz ARGS` in `env` with a piped stdin.
    pub fn start(env: &Env, args: &[&str]) -> Session {
        Session::spawn(env.command(args), args)
    }

    /// Starts `command` (authz, or something that runs it); its stderr is watched.
    pub fn spawn(command: Command, args: &[&str]) -> Session {
        Session::launch(command, args, false)
    }

    /// Like `spawn`, but stdout is watched too (a terminal merges both; `stdout` stays empty).
    pub fn spawn_merged(command: Command, args: &[&str]) -> Session {
        Session::launch(command, args, true)
    }

    fn launch(mut command: Command, args: &[&str], merged: bool) -> Session {
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, lines) = mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        let out = child.stdout.take().unwrap();
        let tx2 = tx.clone();
        std::thread::spawn(move || forward(stderr, tx2));
        let stdout = if merged {
            std::thread::spawn(move || forward(out, tx));
            std::thread::spawn(String::new)
        } else {
            drop(tx);
            std::thread::spawn(move || {
                let mut text = String::new();
                let _ = BufReader::new(out).read_to_string(&mut text);
                text
            })
        };
        Session {
            args: args.iter().map(|s| s.to_string()).collect(),
            stdin: child.stdin.take(),
            child,
            lines,
            seen: Vec::new(),
            stdout,
        }
    }

    /// Waits (at most `timeout`) for a line that `pick` accepts, and returns what it picked.
    #[track_caller]
    pub fn wait_for<T>(&mut self, timeout: Duration, pick: impl Fn(&str) -> Option<T>) -> T {
        if let Some(t) = self.seen.iter().find_map(|l| pick(l)) {
            return t;
        }
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let picked = pick(&line);
                    self.seen.push(line);
                    if let Some(t) = picked {
                        return t;
                    }
                }
                Err(_) => {
                    let _ = self.child.kill();
                    panic!(
                        "`authz {}`: the awaited line did not come within {timeout:?}; output so far:\n{}",
                        self.args.join(" "),
                        self.seen.join("\n")
                    );
                }
            }
        }
    }

    /// Writes `text` and a newline to its stdin (as pasting and pressing Enter would).
    pub fn type_line(&mut self, text: &str) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(format!("{text}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
    }

    /// Waits for it to exit (at most `timeout`, stdin left open: it must not wait for it).
    #[track_caller]
    pub fn finish(mut self, timeout: Duration) -> Run {
        let deadline = Instant::now() + timeout;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                let _ = self.child.wait();
                self.drain();
                panic!(
                    "`authz {}` did not exit within {timeout:?}:\n{}",
                    self.args.join(" "),
                    self.seen.join("\n")
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        drop(self.stdin.take());
        self.drain();
        Run {
            args: self.args.join(" "),
            code: status.code().unwrap_or(-1),
            stdout: self.stdout.join().unwrap(),
            stderr: self.seen.iter().map(|l| format!("{l}\n")).collect(),
        }
    }

    fn drain(&mut self) {
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(2)) {
            self.seen.push(line);
        }
    }
}

fn forward(from: impl Read, to: mpsc::Sender<String>) {
    for line in BufReader::new(from).lines() {
        let Ok(line) = line else { return };
        if to.send(line).is_err() {
            return;
        }
    }
}
