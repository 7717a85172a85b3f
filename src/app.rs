//! The application context: the one place that picks real implementations (store path, clock,
//! terminal, and later the secret store and HTTP client) from flags, environment and XDG rules.

use crate::cli::Global;
use crate::domain::Timestamp;
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::store::{NewEvent, Store, Tx};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

pub struct App {
    pub global: Global,
    /// The clock, read once: every rule in this run sees the same `now`.
    pub now: Timestamp,
    /// The OS user recorded in the event log and as `created_by`.
    pub actor: String,
    pub out: Printer,
    store: Option<Store>,
}

impl App {
    pub fn new(global: Global) -> App {
        let out = Printer::new(global.json, global.quiet, global.verbose);
        App {
            now: time::OffsetDateTime::now_utc().unix_timestamp(),
            actor: os_user(),
            out,
            global,
            store: None,
        }
    }

    /// `--db`, else `AUTHZ_DB` (clap reads both), else `$XDG_DATA_HOME/authz/authz.db`,
    /// else `~/.local/share/authz/authz.db`.
    pub fn db_path(&self) -> Result<PathBuf> {
        if let Some(p) = &self.global.db {
            return Ok(p.clone());
        }
        Ok(data_home()?.join("authz").join("authz.db"))
    }

    /// The store, opened (and migrated) on first use: commands that do not need it never touch it.
    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            let path = self.db_path()?;
            self.store = Some(Store::open(&path)?);
        }
        Ok(self.store.as_mut().expect("opened above"))
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction with a logger bound to this run's actor and
    /// clock.
    pub fn write<T>(&mut self, f: impl FnOnce(&Tx, &Journal) -> Result<T>) -> Result<T> {
        let journal = Journal {
            now: self.now,
            actor: self.actor.clone(),
        };
        self.store()?.write(|tx| f(tx, &journal))
    }

    /// Like `write`, but always rolls back: a dry run that runs the real checks.
    pub fn rehearse<T>(&mut self, f: impl FnOnce(&Tx, &Journal) -> Result<T>) -> Result<T> {
        let journal = Journal {
            now: self.now,
            actor: self.actor.clone(),
        };
        self.store()?.rehearse(|tx| f(tx, &journal))
    }

    pub fn read<T>(&mut self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        self.store()?.read(f)
    }

    /// Asks a yes/no question on a terminal. Never prompts without one (CI) or with `--yes`:
    /// the command line is then the confirmation.
    pub fn confirm(&self, question: &str) -> Result<bool> {
        if self.global.yes || !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
            return Ok(true);
        }
        let mut err = std::io::stderr().lock();
        write!(err, "{question} [y/N] ")?;
        err.flush()?;
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(matches!(line.trim(), "y" | "Y" | "yes" | "YES" | "Yes"))
    }
}

/// Writes events with this run's actor and time.
pub struct Journal {
    pub now: Timestamp,
    pub actor: String,
}

impl Journal {
    pub fn log(
        &self,
        tx: &Tx,
        action: &str,
        authz: Option<&str>,
        workflow: Option<&str>,
        details: serde_json::Value,
    ) -> Result<()> {
        tx.log(&NewEvent {
            at: self.now,
            actor: &self.actor,
            action,
            authz,
            workflow,
            details,
        })
    }
}

fn os_user() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "unknown".into())
}

/// XDG base directory rules: a relative `$XDG_DATA_HOME` is invalid and ignored.
fn data_home() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
    {
        return Ok(p);
    }
    match std::env::var_os("HOME").map(PathBuf::from) {
        Some(h) if h.is_absolute() => Ok(h.join(".local").join("share")),
        _ => Err(
            Error::usage("cannot find the store: neither XDG_DATA_HOME nor HOME is set")
                .hint("pass --db PATH or set AUTHZ_DB"),
        ),
    }
}
