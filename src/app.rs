//! The application context: the one place that picks real implementations (the store backend,
//! the secret store, the provider settings, the clock, the terminal) from flags, environment,
//! profiles and XDG rules, and hands them down as plain values.

use crate::cli::Global;
use crate::domain::{Timestamp, TokensAt};
use crate::error::{Error, Result};
use crate::idp::{ClientAuth, Credential, ProviderConfig};
use crate::output::Printer;
use crate::profile;
use crate::secret::{AppRole, Auth, Backend, OpenBaoSettings, Secret, SecretStore, Secrets};
use crate::store::{Location, NewEvent, Store, Tx};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::Arc;

pub struct App {
    pub global: Global,
    /// The clock, read once: every rule in this run sees the same `now`.
    pub now: Timestamp,
    /// The OS user recorded in the event log and as `created_by`.
    pub actor: String,
    pub out: Printer,
    store: Option<Box<dyn Store>>,
    secrets: Option<Rc<Secrets>>,
    /// `secret_backend`'s answer, decided (and remembered by the profile) once per run, and
    /// whether it is the default one, named by neither `--secrets` nor a profile.
    backend: std::cell::OnceCell<(Backend, bool)>,
    /// A backend that the profile should remember once this run succeeds (see `finish`).
    remember: std::cell::RefCell<Option<(String, Backend)>>,
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
            backend: std::cell::OnceCell::new(),
            remember: Default::default(),
        }
    }

    /// Which store this run uses, and why. The one place that decides, in this order:
    /// `--store`/`AUTHZ_STORE`; `--db`/`AUTHZ_DB`; `--profile`/`AUTHZ_PROFILE`; the profile
    /// remembered by `authz profile use`; the "default" profile. A profile's store is the URL it
    /// remembers (`authz profile create NAME --store URL`), else its SQLite file under
    /// `$XDG_DATA_HOME/authz` (see `profile`).
    pub fn store_choice(&self) -> Result<StoreChoice> {
        if let Some(url) = &self.global.store {
            if self.global.db.is_some() {
                return Err(Error::usage("--store and --db both name a store")
                    .hint("give one (--db PATH means --store sqlite:PATH); check AUTHZ_STORE and AUTHZ_DB"));
            }
            return Ok(StoreChoice {
                profile: None,
                location: parse_store(url)?,
                selected_by: Selected::Store,
            });
        }
        if let Some(p) = &self.global.db {
            return Ok(StoreChoice {
                profile: None,
                location: Location::Sqlite(p.clone()),
                selected_by: Selected::Db,
            });
        }
        let config = profile::Config::load(&config_file()?)?;
        let (name, selected_by) = match &self.global.profile {
            Some(name) => (name.clone(), Selected::Profile),
            None => match config.current()? {
                Some(name) => (name, Selected::Config),
                None => (profile::DEFAULT.to_string(), Selected::Default),
            },
        };
        profile::validate(&name)?;
        Ok(StoreChoice {
            location: profile_location(&config, &name)?,
            profile: Some(name),
            selected_by,
        })
    }

    /// A local path standing for the store: the SQLite file, or for PostgreSQL a name under
    /// `$XDG_DATA_HOME/authz/postgres/`. This machine's notes about the store go next to it.
    pub fn db_path(&self) -> Result<PathBuf> {
        Ok(self.store_choice()?.location.local_state(&data_dir()?))
    }

    /// The store, opened (and migrated) on first use: commands that do not need it never touch it.
    pub fn store(&mut self) -> Result<&mut dyn Store> {
        if self.store.is_none() {
            let choice = self.store_choice()?;
            self.out.debug(format!("store: {}", choice.describe()));
            if let (None, Some(name)) = (&choice.profile, &self.global.profile) {
                self.out.warn(format!(
                    "--store/--db wins over --profile/AUTHZ_PROFILE ({})",
                    crate::error::escape(name)
                ));
            }
            if let (Some(name), Some(path)) = (&choice.profile, choice.location.sqlite_path())
                && name != profile::DEFAULT
                && !path.exists()
            {
                // A typo in --profile would otherwise create an empty organization (as
                // kubectl refuses an unknown --context, and gcloud an unknown configuration).
                return Err(unknown_profile(name));
            }
            self.store = Some(choice.location.open()?);
        }
        Ok(self.store.as_deref_mut().expect("opened above"))
    }

    /// The secret backend, connected on first use: commands that need no secret never touch
    /// it (CI jobs without a keyring can list, show, edit workflows). Which one is
    /// `secret_backend`'s choice; tests pick a private Secret Service through
    /// `DBUS_SESSION_BUS_ADDRESS` and a test OpenBao through `BAO_ADDR`. Whatever the
    /// backend, commands see it through `Secrets`, bound to this store's id.
    pub fn secrets(&mut self) -> Result<Rc<Secrets>> {
        if self.secrets.is_none() {
            let backend = self.secret_backend()?;
            let bound = self.bind(&backend)?;
            self.secrets = Some(Rc::new(bound));
        }
        Ok(self.secrets.clone().expect("connected above"))
    }

    /// `backend`, connected and bound to this store (see `secret::Secrets`).
    pub fn bind(&mut self, backend: &Backend) -> Result<Secrets> {
        let store_id = self.store_id()?;
        let connected = self.connect_secrets(backend)?;
        Ok(Secrets::new(
            connected,
            store_id,
            self.tokens_home(backend)?,
        ))
    }

    /// Where `backend` keeps tokens, as a store row records it: a keyring is this machine's
    /// (its host name, from the kernel) and this OS user's; OpenBao is its place and address.
    fn tokens_home(&self, backend: &Backend) -> Result<TokensAt> {
        Ok(match backend {
            Backend::Keyring => TokensAt::Keyring {
                host: host_name(),
                user: self.actor.clone(),
            },
            Backend::OpenBao { .. } => TokensAt::OpenBao {
                backend: backend.to_string(),
                address: bao_addr()?,
            },
        })
    }

    /// This store's random id (setting `store_id`, made by the store's migrations, or here on
    /// first use for a backend that has none yet). Never exported or imported: it is what
    /// secret entries are bound to (see `secret::Secrets`).
    pub fn store_id(&mut self) -> Result<String> {
        const KEY: &str = "store_id";
        if let Some(id) = self.read(|tx| tx.setting(KEY))? {
            return Ok(id);
        }
        self.write(|tx, _| match tx.setting(KEY)? {
            Some(id) => Ok(id),
            None => {
                let id = crate::domain::new_store_id();
                tx.set_setting(KEY, &id)?;
                Ok(id)
            }
        })
    }

    /// Which backend holds this run's tokens: `--secrets`/`AUTHZ_SECRETS`, else what the
    /// profile remembers, else the keyring. An explicit choice is remembered by a profile that
    /// has none yet, when the command succeeds; one that differs from the remembered one is refused (exit 2), never
    /// silently preferred: the tokens are where the profile says, and `authz secrets migrate`
    /// is how they move.
    pub fn secret_backend(&self) -> Result<Backend> {
        Ok(self.chosen_backend()?.0)
    }

    /// Whether this run's backend is the default one: neither `--secrets` (AUTHZ_SECRETS) nor
    /// the profile names one.
    pub fn secret_backend_defaulted(&self) -> Result<bool> {
        Ok(self.chosen_backend()?.1)
    }

    fn chosen_backend(&self) -> Result<(Backend, bool)> {
        if let Some(b) = self.backend.get() {
            return Ok(b.clone());
        }
        let b = self.choose_backend()?;
        Ok(self.backend.get_or_init(|| b).clone())
    }

    /// The backend, and whether it is the default.
    fn choose_backend(&self) -> Result<(Backend, bool)> {
        let explicit = self
            .global
            .secrets
            .as_deref()
            .map(Backend::parse)
            .transpose()?;
        let Some(profile) = self.store_choice()?.profile else {
            let defaulted = explicit.is_none();
            return Ok((explicit.unwrap_or(Backend::Keyring), defaulted));
        };
        let config = profile::Config::load(&config_file()?)?;
        match (config.secrets(&profile)?, explicit) {
            (Some(remembered), Some(asked)) if remembered != asked => Err(Error::usage(format!(
                "profile {profile} keeps its tokens in {remembered}, not {asked}"
            ))
            .hint(format!(
                "drop --secrets (AUTHZ_SECRETS), or move the tokens: authz secrets migrate --to {asked}"
            ))),
            (Some(remembered), _) => Ok((remembered, false)),
            (None, None) => Ok((Backend::Keyring, true)),
            (None, Some(Backend::Keyring)) => Ok((Backend::Keyring, false)),
            (None, Some(asked)) => {
                // Remembered by `finish`, once the command has worked with it.
                *self.remember.borrow_mut() = Some((profile, asked.clone()));
                Ok((asked, false))
            }
        }
    }

    /// After a command succeeded: a profile that had no backend remembered keeps the one this
    /// run was told to use (a failed run, a typo, an unreachable server, leaves nothing behind).
    pub fn finish(&self) -> Result<()> {
        let Some((profile, backend)) = self.remember.borrow_mut().take() else {
            return Ok(());
        };
        let mut config = profile::Config::load(&config_file()?)?;
        config.set_secrets(&profile, &backend);
        config.save()?;
        self.out.info(format!(
            "note: profile {profile} now keeps its tokens in {backend} (remembered in {})",
            config.path().display()
        ));
        Ok(())
    }

    /// Records that profile of this run now keeps its tokens in `backend` (after a migration).
    pub fn remember_secrets(&self, backend: &Backend) -> Result<Option<String>> {
        self.remember.borrow_mut().take();
        let Some(profile) = self.store_choice()?.profile else {
            return Ok(None);
        };
        let mut config = profile::Config::load(&config_file()?)?;
        config.set_secrets(&profile, backend);
        config.save()?;
        Ok(Some(profile))
    }

    /// Connects to `backend`. OpenBao's address, token, CA and namespace follow the
    /// Vault/OpenBao CLI's environment variables (`BAO_*`, else `VAULT_*`); an AppRole login
    /// (`AUTHZ_BAO_ROLE_ID_FILE` and `AUTHZ_BAO_SECRET_ID_FILE`) wins over a token.
    pub fn connect_secrets(&self, backend: &Backend) -> Result<Arc<dyn SecretStore>> {
        match backend {
            Backend::Keyring => Ok(Arc::new(crate::secret::Keyring::connect()?)),
            Backend::OpenBao { mount, prefix } => {
                let addr = bao_addr()?;
                let namespace = bao_env("NAMESPACE").filter(|n| !n.is_empty());
                let settings = OpenBaoSettings {
                    auth: bao_auth(&addr, namespace.as_deref())?,
                    addr,
                    mount: mount.clone(),
                    prefix: prefix.clone(),
                    namespace,
                    ca_file: bao_env("CACERT")
                        .filter(|c| !c.is_empty())
                        .map(PathBuf::from),
                    now: self.now,
                    verbose: self.global.verbose > 0,
                };
                self.out
                    .debug(format!("secrets: {backend} at {}", settings.addr));
                Ok(Arc::new(crate::secret::OpenBao::new(settings)?))
            }
        }
    }

    /// The provider that issued an authorization: its issuer, with the configured client id and
    /// CA file.
    pub fn provider_for(&mut self, issuer: &str) -> Result<crate::idp::Provider> {
        let flags = ProviderFlags {
            issuer: Some(issuer.to_owned()),
            ..ProviderFlags::of(&self.global)
        };
        let config = self.read(|tx| flags.resolve(tx))?;
        self.provider(&config)
    }

    /// The provider `config` names. Where tokens are sent (token, userinfo, revocation and
    /// device endpoints, the ID tokens' keys) comes only from the issuer's own discovery over
    /// verified TLS: fetched now, or read from this OS user's private cache of an earlier fetch
    /// (`METADATA_TTL`), so a refresh costs one request, not two. Never from the store: on a
    /// shared PostgreSQL store other roles write rows, and a row must not redirect a token.
    pub fn provider(&mut self, config: &ProviderConfig) -> Result<crate::idp::Provider> {
        use crate::idp::{Http, Provider};
        use crate::private_fs::CacheRead;
        const METADATA_TTL: i64 = 24 * 3600;
        let http = Http::new(config.ca_file.as_deref(), self.global.verbose > 0)?;
        let path = metadata_cache_file(&config.issuer)?;
        match crate::private_fs::read_cache(&path, 1024 * 1024) {
            CacheRead::Own(bytes) => {
                if let Ok(c) = serde_json::from_slice::<CachedMetadata>(&bytes)
                    && c.metadata.issuer == config.issuer
                    && (0..METADATA_TTL).contains(&(self.now - c.fetched))
                {
                    let provider =
                        Provider::new(&http, c.metadata, &config.issuer, &config.client_id)?;
                    return self.authenticated(provider, config, None);
                }
            }
            CacheRead::Untrusted(why) => self
                .out
                .warn(format!("ignoring the cached provider metadata: {why}")),
            CacheRead::Missing => {}
        }
        let provider = Provider::discover(&http, &config.issuer, &config.client_id)?;
        self.cache_discovered(&provider.metadata)?;
        self.authenticated(provider, config, None)
    }

    /// `provider` with the credential `config` says the client presents: the client secret
    /// from the secret backend (or `secret`, one just read from `--client-secret-file`), or
    /// the vault signing key of `private_key_jwt`. A public client opens no secret backend.
    pub fn authenticated(
        &mut self,
        provider: crate::idp::Provider,
        config: &ProviderConfig,
        secret: Option<Secret<String>>,
    ) -> Result<crate::idp::Provider> {
        let credential = match config.client_auth {
            ClientAuth::None => Credential::None,
            ClientAuth::PrivateKeyJwt => {
                let name = config.client_key.clone().unwrap_or_default();
                let secrets = self.secrets()?;
                let (key, kid) = self.read(|tx| {
                    let (e, n, value) =
                        vault_value(tx, secrets.vault(), &name, None)?;
                    if e.kind != crate::domain::vault::SecretKind::SigningKey
                        || !crate::domain::signing::is_pem(value.expose())
                    {
                        return Err(Error::usage(format!(
                            "vault entry '{name}' is not a signing key; private_key_jwt needs one (ES256, EdDSA or RS256)"
                        ))
                        .hint(format!("make one: authz vault generate {name}-client --alg ES256, register `authz vault public {name}-client` at the provider")));
                    }
                    Ok((value, format!("{}-v{n}", e.name)))
                })?;
                crate::domain::signing::public_key(key.expose())?;
                Credential::PrivateKeyJwt { key, kid }
            }
            method => {
                let secret = match secret {
                    Some(s) => s,
                    None => self
                        .secrets()?
                        .client_secret(&config.issuer, &config.client_id)?
                        .ok_or_else(|| {
                            Error::not_found(format!(
                                "no client secret is stored for client {} of {}, which the store says authenticates with one",
                                crate::error::escape(&config.client_id),
                                crate::error::escape(&config.issuer)
                            ))
                            .hint("store it: authz add --reauth AUTHZ --client-secret-file FILE (on a runner host, the operator's OpenBao holds it)")
                        })?,
                };
                Credential::Secret(method, secret)
            }
        };
        Ok(provider.with_credential(credential))
    }

    /// Keeps metadata just discovered (over verified TLS) in this user's private cache; a cache
    /// folder that is not the user's own is left alone, with a warning.
    pub fn cache_discovered(&self, metadata: &crate::idp::Metadata) -> Result<()> {
        let text = serde_json::to_vec(&CachedMetadata {
            fetched: self.now,
            metadata: metadata.clone(),
        })?;
        let path = metadata_cache_file(&metadata.issuer)?;
        if let Err(e) = crate::private_fs::write_cache(&path, &text) {
            self.out
                .warn(format!("not caching the provider metadata: {}", e.message));
        }
        Ok(())
    }

    /// The provider metadata last discovered for `issuer`, however old (None: never, here).
    pub fn known_metadata(&mut self, issuer: &str) -> Result<Option<crate::idp::Metadata>> {
        Ok(self
            .read(|tx| cached_metadata(tx, issuer))?
            .map(|c| c.metadata))
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction with a logger bound to this run's actor and
    /// clock.
    pub fn write<T>(&mut self, mut f: impl FnMut(&dyn Tx, &Journal) -> Result<T>) -> Result<T> {
        let journal = Journal {
            now: self.now,
            actor: self.actor.clone(),
        };
        self.store()?.write(|tx| f(tx, &journal))
    }

    /// Like `write`, but always rolls back: a dry run that runs the real checks.
    pub fn rehearse<T>(&mut self, mut f: impl FnMut(&dyn Tx, &Journal) -> Result<T>) -> Result<T> {
        let journal = Journal {
            now: self.now,
            actor: self.actor.clone(),
        };
        self.store()?.rehearse(|tx| f(tx, &journal))
    }

    pub fn read<T>(&mut self, f: impl FnMut(&dyn Tx) -> Result<T>) -> Result<T> {
        self.store()?.read(f)
    }

    /// What fetching an authorizer's JWKS needs: `--ca-file` and the cache directory.
    pub fn jwks_remote(&self) -> Result<crate::jwks::Remote> {
        Ok(crate::jwks::Remote {
            ca_file: self.global.ca_file.clone(),
            verbose: self.global.verbose > 0,
            cache_dir: jwks_cache_dir()?,
        })
    }

    /// The time now, read again: a stream of tokens on stdin may run for hours, and each token
    /// is judged when it arrives (`now` is when the command started).
    pub fn clock(&self) -> Timestamp {
        time::OffsetDateTime::now_utc().unix_timestamp()
    }

    /// Whether a question can be asked here (stdin and stderr are a terminal).
    pub fn interactive(&self) -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// Asks a yes/no question on a terminal; "no" is a usage error (exit 2). Never prompts
    /// without one (CI) or with `--yes`: the command line is then the confirmation.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.ask(question)? {
            Ok(())
        } else {
            Err(Error::usage("cancelled; nothing was changed")
                .hint("answer y to go ahead, or pass --yes"))
        }
    }

    fn ask(&self, question: &str) -> Result<bool> {
        if self.global.yes || !self.interactive() {
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

/// `--profile NAME` (or AUTHZ_PROFILE, or a remembered one) that has no store: refused, with
/// the closest existing profile if one is close.
pub fn unknown_profile(name: &str) -> Error {
    let guess = known_profiles()
        .iter()
        .map(|k| (profile::distance(name, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| format!("did you mean '{k}'? "))
        .unwrap_or_default();
    Error::not_found(format!("no profile '{}'", crate::error::escape(name))).hint(format!(
        "{guess}see them with: authz profile list; create it with: authz profile create {}",
        crate::error::escape(name)
    ))
}

/// Every profile there is (`profile::known`), or none when they cannot be read: for hints and
/// completion, which must not fail for it.
pub fn known_profiles() -> Vec<String> {
    (|| profile::known(&data_dir()?, &profile::Config::load(&config_file()?)?))()
        .unwrap_or_default()
}

/// A `--store` URL, completed from this process's environment (PG* variables, HOME, USER).
pub fn parse_store(url: &str) -> Result<Location> {
    let var = |k: &str| std::env::var(k).ok();
    let env = crate::store::postgres::settings::Env {
        var: &var,
        home: std::env::var_os("HOME").map(PathBuf::from),
        os_user: os_user(),
    };
    Location::parse(url, &env)
}

/// Profile `name`'s store: the URL it remembers, else its SQLite file.
pub fn profile_location(config: &profile::Config, name: &str) -> Result<Location> {
    match config.store(name)? {
        Some(url) => parse_store(&url),
        None => Ok(Location::Sqlite(profile::store_path(&data_dir()?, name))),
    }
}

/// What the command line (and AUTHZ_* variables) said about the provider, before the store
/// fills the gaps with what the last successful login remembered.
#[derive(Clone, Debug, Default)]
pub struct ProviderFlags {
    pub issuer: Option<String>,
    pub client_id: Option<String>,
    pub ca_file: Option<PathBuf>,
    /// `add --client-auth` (or implied by `--client-secret-file`/`--client-key`).
    pub client_auth: Option<ClientAuth>,
    /// `add --client-key`.
    pub client_key: Option<String>,
}

impl ProviderFlags {
    pub fn of(global: &Global) -> ProviderFlags {
        ProviderFlags {
            issuer: global.issuer.clone(),
            client_id: global.client_id.clone(),
            ca_file: global.ca_file.clone(),
            client_auth: None,
            client_key: None,
        }
    }

    /// `--issuer`, `--client-id`, `--ca-file` (or their AUTHZ_* variables) win; otherwise what
    /// the store's settings remember from the last successful login.
    pub fn resolve(&self, tx: &dyn Tx) -> Result<ProviderConfig> {
        let issuer = match &self.issuer {
            Some(i) => Some(i.clone()),
            None => tx.setting("issuer")?,
        };
        let remembered_id = tx.setting("client_id")?;
        let client_id = self.client_id.clone().or_else(|| remembered_id.clone());
        // How the remembered client authenticates belongs to it, not to another client id.
        let same_client = client_id.is_some() && client_id == remembered_id;
        let client_auth = match self.client_auth {
            Some(m) => m,
            None if same_client => client_auth_setting(tx)?,
            None => ClientAuth::None,
        };
        let client_key = match &self.client_key {
            Some(k) => Some(k.clone()),
            None if same_client && client_auth == ClientAuth::PrivateKeyJwt => {
                tx.setting("client_key")?
            }
            None => None,
        };
        let ca_file = match &self.ca_file {
            Some(p) => Some(p.clone()),
            None => tx.setting("ca_file")?.map(PathBuf::from),
        };
        match (issuer, client_id) {
            (Some(issuer), Some(client_id)) => {
                if client_auth == ClientAuth::PrivateKeyJwt && client_key.is_none() {
                    return Err(Error::usage(
                        "private_key_jwt needs the vault signing key the client signs with",
                    )
                    .hint("name it: authz add --client-auth private-key-jwt --client-key KEY (make one with: authz vault generate KEY --alg ES256)"));
                }
                Ok(ProviderConfig {
                    client_auth,
                    client_key,
                    ..ProviderConfig::new(issuer, client_id, ca_file)?
                })
            }
            (issuer, client_id) => {
                let missing: Vec<&str> = [
                    ("--issuer URL", issuer.is_none()),
                    ("--client-id ID", client_id.is_none()),
                ]
                .iter()
                .filter(|(_, m)| *m)
                .map(|(f, _)| *f)
                .collect();
                Err(Error::usage(format!(
                    "no OpenID provider configured (missing {})",
                    missing.join(" and ")
                ))
                .hint("pass --issuer URL --client-id ID (or set AUTHZ_ISSUER and AUTHZ_CLIENT_ID); authz remembers them after the first successful login"))
            }
        }
    }
}

/// A provider's discovered metadata as the store keeps it (public, so cacheable).
#[derive(serde::Serialize, serde::Deserialize)]
struct CachedMetadata {
    fetched: Timestamp,
    metadata: crate::idp::Metadata,
}

/// The settings key of an issuer's cached metadata. `v2`: since RFC 8414 documents fill in what
/// the OpenID one lacks, documents cached before are not used.
fn metadata_key(issuer: &str) -> String {
    format!("metadata v2 {issuer}")
}

fn cached_metadata(tx: &dyn Tx, issuer: &str) -> Result<Option<CachedMetadata>> {
    Ok(tx
        .setting(&metadata_key(issuer))?
        .and_then(|t| serde_json::from_str(&t).ok()))
}

/// Caches `metadata` as discovered at `now` (also after a login, so `audit` knows which
/// providers have no revocation endpoint).
pub fn cache_metadata(tx: &dyn Tx, metadata: &crate::idp::Metadata, now: Timestamp) -> Result<()> {
    let text = serde_json::to_string(&CachedMetadata {
        fetched: now,
        metadata: metadata.clone(),
    })?;
    tx.set_setting(&metadata_key(&metadata.issuer), &text)
}

/// The value of version `version` (the newest when None) of `name`: exit 4 when the store or
/// the backend has no such version.
pub fn vault_value(
    tx: &dyn Tx,
    secrets: &dyn SecretStore,
    name: &str,
    version: Option<u32>,
) -> Result<(crate::domain::vault::VaultEntry, u32, Secret<Vec<u8>>)> {
    let e = tx.require_vault_entry(name)?;
    let n = version.unwrap_or(e.version);
    if !tx.vault_versions(name)?.iter().any(|v| v.version == n) {
        return Err(
            Error::not_found(format!("vault entry '{name}' has no version {n}"))
                .hint(format!("see its versions with: authz vault history {name}")),
        );
    }
    match secrets.vault_get(&crate::secret::VaultKey::from(&e), n)? {
        Some(value) => Ok((e, n, value)),
        None => Err(Error::not_found(format!(
            "version {n} of vault entry '{name}' is not in {} (deleted behind authz's back, or never written)",
            secrets.name()
        ))
        .hint(format!("store it again: authz vault set {name} --kind {}", e.kind))),
    }
}

/// How the client the store remembers authenticates (`none` when the store says nothing).
pub fn client_auth_setting(tx: &dyn Tx) -> Result<ClientAuth> {
    Ok(tx
        .setting("client_auth")?
        .and_then(|m| ClientAuth::parse(&m))
        .unwrap_or_default())
}

/// Remembers a provider configuration for later runs (after a successful login only).
pub fn remember_provider(config: &ProviderConfig, tx: &dyn Tx) -> Result<()> {
    tx.set_setting("issuer", &config.issuer)?;
    tx.set_setting("client_id", &config.client_id)?;
    tx.set_setting("client_auth", config.client_auth.as_str())?;
    if let Some(key) = &config.client_key {
        tx.set_setting("client_key", key)?;
    }
    if let Some(p) = &config.ca_file {
        let absolute = std::path::absolute(p).unwrap_or_else(|_| p.clone());
        tx.set_setting("ca_file", &absolute.to_string_lossy())?;
    }
    Ok(())
}

/// The store a run uses and what chose it.
#[derive(Clone, Debug)]
pub struct StoreChoice {
    /// None when `--store` or `--db` named a store directly.
    pub profile: Option<String>,
    pub location: Location,
    pub selected_by: Selected,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Selected {
    /// `--store` or `AUTHZ_STORE`.
    Store,
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
            None => format!("store: {}", self.location.display()),
        }
    }

    fn describe(&self) -> String {
        let why = match self.selected_by {
            Selected::Store => "--store/AUTHZ_STORE",
            Selected::Db => "--db/AUTHZ_DB",
            Selected::Profile => "--profile/AUTHZ_PROFILE",
            Selected::Config => "authz profile use",
            Selected::Default => "default",
        };
        format!(
            "{} ({}, chosen by {why})",
            self.location.display(),
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
    pub fn log_move(&self, tx: &dyn Tx, from: &str, to: &str, names: &[String]) -> Result<()> {
        self.log_move_json(tx, from, to, names.len(), &serde_json::to_string(names)?)
    }

    /// The one event of a move, its workflows given as JSON array text (`Tx::move_all`'s,
    /// built by the database): `{"from", "to", "count", "workflows"}`, as `log_move` writes.
    pub fn log_move_json(
        &self,
        tx: &dyn Tx,
        from: &str,
        to: &str,
        count: usize,
        workflows: &str,
    ) -> Result<()> {
        let details = format!(
            r#"{{"from":{},"to":{},"count":{count},"workflows":{workflows}}}"#,
            serde_json::to_string(from)?,
            serde_json::to_string(to)?,
        );
        self.log_text(tx, "workflows-reassigned", Some(to), None, details)
    }

    pub fn log(
        &self,
        tx: &dyn Tx,
        action: &str,
        authz: Option<&str>,
        workflow: Option<&str>,
        details: serde_json::Value,
    ) -> Result<()> {
        self.log_text(tx, action, authz, workflow, details.to_string())
    }

    fn log_text(
        &self,
        tx: &dyn Tx,
        action: &str,
        authz: Option<&str>,
        workflow: Option<&str>,
        details: String,
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

/// The OS user running authz, the event log's `actor` and libpq's default user: `$USER`,
/// `$LOGNAME`, then the account of this process's uid (a cron job or a container often has
/// neither variable), else `unknown`.
pub(crate) fn os_user() -> String {
    ["USER", "LOGNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .or_else(|| whoami::username().ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "unknown".into())
}

/// `$XDG_DATA_HOME/authz`: the stores of every profile.
pub fn data_dir() -> Result<PathBuf> {
    Ok(xdg_home("XDG_DATA_HOME", &[".local", "share"])?.join("authz"))
}

/// `$XDG_CACHE_HOME/authz/jwks`: authorizers' key sets, one file per URL.
pub fn jwks_cache_dir() -> Result<PathBuf> {
    Ok(xdg_home("XDG_CACHE_HOME", &[".cache"])?
        .join("authz")
        .join("jwks"))
}

/// `$XDG_CACHE_HOME/authz/metadata/<sha256 of the issuer>.json`: an issuer's discovery
/// document as this user last fetched it (private: it decides where tokens are sent).
pub fn metadata_cache_file(issuer: &str) -> Result<PathBuf> {
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, issuer.as_bytes());
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    Ok(xdg_home("XDG_CACHE_HOME", &[".cache"])?
        .join("authz")
        .join("metadata")
        .join(format!("{hex}.json")))
}

/// `$XDG_CONFIG_HOME/authz/config.json`: the remembered current profile.
pub fn config_file() -> Result<PathBuf> {
    Ok(xdg_home("XDG_CONFIG_HOME", &[".config"])?
        .join("authz")
        .join("config.json"))
}

/// This machine's name (the kernel's node name, as `hostname` prints it), or "unknown": where
/// keyring tokens live, and who holds a refresh lease.
pub(crate) fn host_name() -> String {
    #[cfg(unix)]
    {
        let uname = rustix::system::uname();
        let name = uname.nodename().to_string_lossy();
        if !name.is_empty() {
            return name.into_owned();
        }
    }
    "unknown".into()
}

/// The OpenBao server: `BAO_ADDR` (`VAULT_ADDR`), else the CLI's default, without a trailing /.
fn bao_addr() -> Result<String> {
    let addr = bao_env("ADDR")
        .unwrap_or_else(|| "https://127.0.0.1:8200".into())
        .trim_end_matches('/')
        .to_owned();
    let parsed = url::Url::parse(&addr).ok().filter(|u| u.has_host());
    // This host: 127.0.0.0/8, ::1 or `localhost`.
    let loopback = |u: &url::Url| match u.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    };
    match parsed.as_ref().map(url::Url::scheme) {
        Some("https") => Ok(addr),
        // The token (and the tokens read with it) would cross the network in the clear: plain
        // http only to this host itself, as a dev server or a local agent listens.
        Some("http") if parsed.as_ref().is_some_and(loopback) => Ok(addr),
        Some("http") => Err(Error::usage(format!(
            "BAO_ADDR (VAULT_ADDR) '{}' is plain http to another host: the OpenBao token and the tokens it reads would cross the network unencrypted",
            crate::error::escape(&addr)
        ))
        .hint("use https:// (with BAO_CACERT for a private CA); plain http only to 127.0.0.1, ::1 or localhost")),
        _ => Err(Error::usage(format!(
            "BAO_ADDR (VAULT_ADDR) '{}' is not an http(s) URL",
            crate::error::escape(&addr)
        ))),
    }
}

/// `BAO_<NAME>`, else `VAULT_<NAME>` (the two CLIs' conventions).
fn bao_env(name: &str) -> Option<String> {
    std::env::var(format!("BAO_{name}"))
        .or_else(|_| std::env::var(format!("VAULT_{name}")))
        .ok()
}

/// The OpenBao credential: an AppRole when its files are configured, else `BAO_TOKEN`
/// (`VAULT_TOKEN`), else the token file `~/.vault-token` that `bao login` writes.
fn bao_auth(addr: &str, namespace: Option<&str>) -> Result<Auth> {
    let file_var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    match (
        file_var("AUTHZ_BAO_ROLE_ID_FILE"),
        file_var("AUTHZ_BAO_SECRET_ID_FILE"),
    ) {
        (Some(role_id_file), Some(secret_id_file)) => {
            let mount = std::env::var("AUTHZ_BAO_APPROLE_MOUNT")
                .ok()
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "approle".into());
            // One cache per server, namespace, mount and role: hosts may use several.
            let key = format!(
                "{addr}\0{}\0{mount}\0{}",
                namespace.unwrap_or_default(),
                role_id_file.display()
            );
            let cache = xdg_home("XDG_CACHE_HOME", &[".cache"])?
                .join("authz")
                .join(format!(
                    "openbao-approle-{:016x}.json",
                    fnv1a(key.as_bytes())
                ));
            return Ok(Auth::AppRole(AppRole {
                mount,
                role_id_file,
                secret_id_file,
                cache,
            }));
        }
        (Some(_), None) | (None, Some(_)) => {
            return Err(Error::usage(
                "an AppRole login needs both AUTHZ_BAO_ROLE_ID_FILE and AUTHZ_BAO_SECRET_ID_FILE",
            ));
        }
        (None, None) => {}
    }
    for var in ["BAO_TOKEN", "VAULT_TOKEN"] {
        if let Some(t) = std::env::var(var).ok().filter(|t| !t.trim().is_empty()) {
            return Ok(Auth::Token {
                token: Secret::new(t.trim().to_owned()),
                from: var.into(),
            });
        }
    }
    if let Some(home) = std::env::var_os("HOME").map(PathBuf::from) {
        let file = home.join(".vault-token");
        if let Ok(t) = std::fs::read_to_string(&file)
            && !t.trim().is_empty()
        {
            return Ok(Auth::Token {
                token: Secret::new(t.trim().to_owned()),
                from: file.display().to_string(),
            });
        }
    }
    Err(Error::not_permitted("no OpenBao token: BAO_TOKEN, VAULT_TOKEN and ~/.vault-token are all unset")
        .hint("log in (bao login), or for a machine set AUTHZ_BAO_ROLE_ID_FILE and AUTHZ_BAO_SECRET_ID_FILE (AppRole)"))
}

/// FNV-1a, 64 bits: a stable file name for a cache key (not a secret, not security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
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
