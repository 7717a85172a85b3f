//! The application context: the one place that picks real implementations (store path, clock,
//! terminal, and later the secret store and HTTP client) from flags, environment and XDG rules.

use crate::cli::Global;
use crate::domain::Timestamp;
use crate::error::{Error, Result};
use crate::output::Printer;
use crate::profile;
use crate::secret::SecretStore;
use crate::store::{NewEvent, Store, Tx};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

pub struct App {
    pub global: Global,
    /// The clock, read once: every rule in this run sees the same `now`.
    pub now: Timestamp,
    /// The OS user recorded in the event log and as `created_by`.
    pub actor: String,
    pub out: Printer,
    store: Option<Store>,
    secrets: Option<Arc<dyn SecretStore>>,
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
            secrets: None,
        }
    }

    /// Which store this run uses, and why. The one place that decides, in this order:
    /// `--db`/`AUTHZ_DB`; `--profile`/`AUTHZ_PROFILE`; the profile remembered by
    /// `authz profile use`; the "default" profile. Profiles live under `$XDG_DATA_HOME/authz`
    /// (see `profile`).
    pub fn store_choice(&self) -> Result<StoreChoice> {
        if let Some(p) = &self.global.db {
            return Ok(StoreChoice {
                profile: None,
                path: p.clone(),
                selected_by: Selected::Db,
            });
        }
        let (name, selected_by) = match &self.global.profile {
            Some(name) => (name.clone(), Selected::Profile),
            None => match profile::Config::load(&config_file()?)?.current()? {
                Some(name) => (name, Selected::Config),
                None => (profile::DEFAULT.to_string(), Selected::Default),
            },
        };
        profile::validate(&name)?;
        Ok(StoreChoice {
            path: profile::store_path(&data_dir()?, &name),
            profile: Some(name),
            selected_by,
        })
    }

    pub fn db_path(&self) -> Result<PathBuf> {
        Ok(self.store_choice()?.path)
    }

    /// The store, opened (and migrated) on first use: commands that do not need it never touch it.
    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            let choice = self.store_choice()?;
            self.out.debug(format!("store: {}", choice.describe()));
            if let (None, Some(name)) = (&choice.profile, &self.global.profile) {
                self.out.warn(format!(
                    "--db/AUTHZ_DB wins over --profile/AUTHZ_PROFILE ({})",
                    crate::error::escape(name)
                ));
            }
            if choice
                .profile
                .as_deref()
                .is_some_and(|p| p != profile::DEFAULT)
                && !choice.path.exists()
            {
                // A typo in --profile would otherwise look like an empty organization.
                self.out.info(format!(
                    "note: profile '{}' is new; creating its store at {}",
                    choice.profile.as_deref().unwrap_or_default(),
                    choice.path.display()
                ));
            }
            self.store = Some(Store::open(&choice.path)?);
        }
        Ok(self.store.as_mut().expect("opened above"))
    }

    /// The OS secret store, connected on first use: commands that need no secret never touch
    /// the keyring (CI jobs without one can list, show, edit workflows). The one place that picks
    /// the backend; tests pick a private Secret Service through `DBUS_SESSION_BUS_ADDRESS`.
    pub fn secrets(&mut self) -> Result<Arc<dyn SecretStore>> {
        if self.secrets.is_none() {
            self.secrets = Some(Arc::new(crate::secret::Keyring::connect()?));
        }
        Ok(self.secrets.clone().expect("connected above"))
    }

    /// The provider that issued an authorization: its issuer, with the configured client id and
    /// CA file.
    pub fn provider_for(&mut self, issuer: &str) -> Result<crate::idp::Provider> {
        let flags = crate::idp::ProviderFlags::of(&self.global);
        let config = self.read(|tx| crate::idp::ProviderConfig::for_issuer(&flags, tx, issuer))?;
        self.provider(&config)
    }

    /// The provider `config` names. The discovery document is cached in the store for
    /// `METADATA_TTL` (it is public), so a refresh costs one request, not two.
    pub fn provider(
        &mut self,
        config: &crate::idp::ProviderConfig,
    ) -> Result<crate::idp::Provider> {
        use crate::idp::{Http, Metadata, Provider};
        const METADATA_TTL: i64 = 24 * 3600;
        #[derive(serde::Serialize, serde::Deserialize)]
        struct Cached {
            fetched: Timestamp,
            metadata: Metadata,
        }
        let key = format!("metadata {}", config.issuer);
        let cached = self.read(|tx| tx.setting(&key))?;
        let http = Http::new(config.ca_file.as_deref(), self.global.verbose > 0)?;
        if let Some(c) = cached.and_then(|t| serde_json::from_str::<Cached>(&t).ok())
            && self.now - c.fetched < METADATA_TTL
        {
            return Provider::new(&http, c.metadata, &config.issuer, &config.client_id);
        }
        let provider = Provider::discover(&http, &config.issuer, &config.client_id)?;
        let text = serde_json::to_string(&Cached {
            fetched: self.now,
            metadata: provider.metadata.clone(),
        })?;
        self.write(|tx, _| tx.set_setting(&key, &text))?;
        Ok(provider)
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

/// The store a run uses and what chose it.
#[derive(Clone, Debug)]
pub struct StoreChoice {
    /// None when `--db` named a file directly.
    pub profile: Option<String>,
    pub path: PathBuf,
    pub selected_by: Selected,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Selected {
    /// `--db` or `AUTHZ_DB`.
    Db,
    /// `--profile` or `AUTHZ_PROFILE`.
    Profile,
    /// `authz profile use` (config.json).
    Config,
    Default,
}

impl StoreChoice {
    /// One line for people: `profile work` or `store /path/to.db`.
    pub fn label(&self) -> String {
        match &self.profile {
            Some(name) => format!("profile: {name}"),
            None => format!("store: {}", self.path.display()),
        }
    }

    fn describe(&self) -> String {
        let why = match self.selected_by {
            Selected::Db => "--db/AUTHZ_DB",
            Selected::Profile => "--profile/AUTHZ_PROFILE",
            Selected::Config => "authz profile use",
            Selected::Default => "default",
        };
        format!(
            "{} ({}, chosen by {why})",
            self.path.display(),
            self.label()
        )
    }
}

/// Writes events with this run's actor and time.
pub struct Journal {
    pub now: Timestamp,
    pub actor: String,
}

impl Journal {
    /// One `workflows-reassigned` event for a move, naming every workflow moved.
    pub fn log_move(&self, tx: &Tx, from: &str, to: &str, names: &[String]) -> Result<()> {
        self.log(
            tx,
            "workflows-reassigned",
            Some(to),
            None,
            serde_json::json!({ "from": from, "to": to, "count": names.len(), "workflows": names }),
        )
    }

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

/// `$XDG_DATA_HOME/authz`: the stores of every profile.
pub fn data_dir() -> Result<PathBuf> {
    Ok(xdg_home("XDG_DATA_HOME", &[".local", "share"])?.join("authz"))
}

/// `$XDG_CONFIG_HOME/authz/config.json`: the remembered current profile.
pub fn config_file() -> Result<PathBuf> {
    Ok(xdg_home("XDG_CONFIG_HOME", &[".config"])?
        .join("authz")
        .join("config.json"))
}

/// XDG base directory rules: a relative `$XDG_*_HOME` is invalid and ignored.
fn xdg_home(var: &str, under_home: &[&str]) -> Result<PathBuf> {
    if let Some(p) = std::env::var_os(var)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
    {
        return Ok(p);
    }
    match std::env::var_os("HOME").map(PathBuf::from) {
        Some(h) if h.is_absolute() => Ok(under_home.iter().fold(h, |p, s| p.join(s))),
        _ => Err(Error::usage(format!(
            "cannot find the store: neither {var} nor HOME is set"
        ))
        .hint("pass --db PATH or set AUTHZ_DB")),
    }
}
