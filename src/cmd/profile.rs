//! `authz profile list|show|use|create`: named stores (see `profile`), and which one is current.

use crate::app::{self, App, Selected};
use crate::cli::{
    ProfileCommand, ProfileCreateArgs, ProfileDeleteArgs, ProfileShowArgs, ProfileUseArgs,
};
use crate::error::{Error, Result, escape};
use crate::output::{View, table, write_table};
use crate::profile;
use crate::store::Location;
use serde::Serialize;
use std::io::{self, Write};

pub fn execute(cmd: ProfileCommand, app: &mut App) -> Result<()> {
    match cmd {
        ProfileCommand::List => list(app),
        ProfileCommand::Show(a) => show(a, app),
        ProfileCommand::Use(a) => use_(a, app),
        ProfileCommand::Create(a) => create(a, app),
        ProfileCommand::Delete(a) => delete(a, app),
    }
}

#[derive(Serialize)]
pub struct DeleteView {
    pub name: String,
    /// The store, as in `profile show`.
    pub path: String,
    /// Whether its SQLite file was deleted (false for a store it only remembered by URL,
    /// which is never dropped).
    pub store_deleted: bool,
    /// Unrevoked authorizations the store had (their tokens stay in the secret backend).
    pub authorizations: usize,
}

impl View for DeleteView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let what = if self.store_deleted {
            format!("its store {} deleted", escape(&self.path))
        } else {
            format!("the store {} itself left as it is", escape(&self.path))
        };
        writeln!(w, "Deleted profile '{}' ({what}).", escape(&self.name))
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

/// Deletes a profile: its SQLite store (a remembered URL's store is only forgotten, never
/// dropped) and what config.json remembers of it. Never the current one, never "default";
/// a store with authorizations only with --yes (their tokens would otherwise be forgotten
/// without anyone deciding so).
fn delete(a: ProfileDeleteArgs, app: &mut App) -> Result<()> {
    profile::validate(&a.name)?;
    let name = a.name.as_str();
    if name == profile::DEFAULT {
        return Err(Error::conflict("the default profile cannot be deleted")
            .hint("it is where authz goes when no profile is chosen; empty it instead"));
    }
    let mut config = profile::Config::load(&app::config_file()?)?;
    let current = app.store_choice().ok().and_then(|c| c.profile);
    if current.as_deref() == Some(name) {
        return Err(Error::conflict(format!(
            "profile '{}' is the current one",
            escape(name)
        ))
        .hint(format!(
            "switch to another first: authz profile use default (then: authz profile delete {})",
            escape(name)
        )));
    }
    let remembered = config.store(name)?.is_some();
    let location = app::profile_location(&config, name)?;
    let file = location
        .sqlite_path()
        .filter(|_| !remembered)
        .map(|p| p.to_path_buf());
    if !remembered && !file.as_ref().is_some_and(|f| f.exists()) {
        return Err(app::unknown_profile(name));
    }
    let view = ProfileView::read(Some(name.to_owned()), &location);
    let authorizations = view.authorizations.unwrap_or(0);
    if authorizations > 0 && !app.global.yes && !app.interactive() {
        return Err(Error::conflict(format!(
            "profile '{}' has {authorizations} authorization(s); refusing to delete its store",
            escape(name)
        ))
        .hint(format!(
            "revoke them first (authz --profile {name} revoke ID: their tokens stay in the secret backend otherwise), or pass --yes to delete it anyway"
        )));
    }
    let question = match authorizations {
        0 => format!(
            "Delete profile '{}' and its store {}?",
            escape(name),
            escape(&view.path)
        ),
        n => format!(
            "Delete profile '{}' and its store {} with {n} authorization(s) (their tokens stay in the secret backend)?",
            escape(name),
            escape(&view.path)
        ),
    };
    app.confirm(&question)?;
    if let Some(f) = &file {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = f.clone().into_os_string();
            p.push(suffix);
            match std::fs::remove_file(&p) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
    }
    config.remove(name);
    config.save()?;
    app.out.print(&DeleteView {
        name: name.to_owned(),
        path: view.path,
        store_deleted: file.is_some(),
        authorizations,
    })
}

/// One profile as `profile list` and `profile show` print it. JSON fields are only ever added.
#[derive(Serialize)]
pub struct ProfileView {
    /// Null when `--db` names a store outside any profile.
    pub name: Option<String>,
    /// Whether this run would use it.
    pub current: bool,
    /// For the current one: what chose it (`db`, `profile`, `config`, `default`).
    pub selected_by: Option<Selected>,
    pub path: String,
    pub exists: bool,
    pub issuer: Option<String>,
    pub client_id: Option<String>,
    /// The userinfo claim that names accounts at its issuer (`add --email-claim`, remembered);
    /// null when the store has no issuer yet.
    pub email_claim: Option<String>,
    /// Where its tokens are: `keyring` or `openbao:MOUNT/PREFIX` (what the profile remembers).
    pub secrets: String,
    /// Unrevoked authorizations, and workflows, in its store.
    pub authorizations: Option<usize>,
    pub workflows: Option<usize>,
    /// Why the store could not be read, if it could not.
    pub error: Option<String>,
}

impl ProfileView {
    /// Reads what a profile's store says about itself. A missing SQLite store is not created.
    fn read(name: Option<String>, location: &Location) -> ProfileView {
        let mut v = ProfileView {
            name: name.clone(),
            current: false,
            selected_by: None,
            path: location.display(),
            exists: location.sqlite_path().is_none_or(|p| p.exists()),
            issuer: None,
            client_id: None,
            email_claim: None,
            secrets: remembered_secrets(name.as_deref()),
            authorizations: None,
            workflows: None,
            error: None,
        };
        if !v.exists {
            return v;
        }
        let facts = location.open().and_then(|mut s| {
            s.read(|tx| {
                let issuer = tx.setting("issuer")?;
                let claim = match &issuer {
                    Some(i) => Some(
                        tx.setting(&super::add::email_claim_key(i))?
                            .unwrap_or_else(|| "email".to_owned()),
                    ),
                    None => None,
                };
                Ok((
                    (issuer, claim),
                    tx.setting("client_id")?,
                    tx.authorizations(false)?.len(),
                    tx.workflows(None)?.len(),
                ))
            })
        });
        match facts {
            Ok(((issuer, claim), client_id, a, w)) => {
                v.issuer = issuer;
                v.email_claim = claim;
                v.client_id = client_id;
                v.authorizations = Some(a);
                v.workflows = Some(w);
            }
            Err(e) => v.error = Some(e.message),
        }
        v
    }
}

impl View for ProfileView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let opt = |v: &Option<String>| v.as_deref().map(escape).unwrap_or_else(|| "-".into());
        let count = |n: Option<usize>| n.map(|n| n.to_string()).unwrap_or_else(|| "-".into());
        writeln!(w, "profile:        {}", opt(&self.name))?;
        let why = match self.selected_by {
            Some(Selected::Store) => " (--store/AUTHZ_STORE)",
            Some(Selected::Db) => " (--db/AUTHZ_DB)",
            Some(Selected::Profile) => " (--profile/AUTHZ_PROFILE)",
            Some(Selected::Config) => " (authz profile use)",
            Some(Selected::Default) => " (default)",
            None => "",
        };
        writeln!(
            w,
            "current:        {}{why}",
            if self.current { "yes" } else { "no" }
        )?;
        writeln!(
            w,
            "store:          {}{}",
            escape(&self.path),
            if self.exists {
                ""
            } else {
                " (not created yet)"
            }
        )?;
        writeln!(w, "issuer:         {}", opt(&self.issuer))?;
        writeln!(w, "client id:      {}", opt(&self.client_id))?;
        writeln!(w, "email claim:    {}", opt(&self.email_claim))?;
        writeln!(w, "secrets:        {}", self.secrets)?;
        writeln!(w, "authorizations: {}", count(self.authorizations))?;
        writeln!(w, "workflows:      {}", count(self.workflows))?;
        if let Some(e) = &self.error {
            writeln!(w, "error:          {}", escape(e))?;
        }
        Ok(())
    }
}

/// The backend profile `name` remembers, else the default (the keyring); an unreadable config
/// shows as the default here and fails where tokens are used.
fn remembered_secrets(name: Option<&str>) -> String {
    name.and_then(|n| {
        let config = profile::Config::load(&app::config_file().ok()?).ok()?;
        config.secrets(n).ok().flatten()
    })
    .unwrap_or(crate::secret::Backend::Keyring)
    .to_string()
}

#[derive(Serialize)]
#[serde(transparent)]
pub struct ListView(Vec<ProfileView>);

impl View for ListView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let mut t = table(&["", "profile", "issuer", "authorizations", "store"]);
        for p in &self.0 {
            t.add_row(vec![
                if p.current { "*" } else { "" }.to_string(),
                p.name.as_deref().map(escape).unwrap_or_default(),
                p.error
                    .as_deref()
                    .map(|e| format!("error: {}", escape(e)))
                    .or_else(|| p.issuer.as_deref().map(escape))
                    .unwrap_or_else(|| "-".into()),
                p.authorizations
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| "-".into()),
                escape(&p.path),
            ]);
        }
        write_table(w, &t)
    }
}

fn list(app: &mut App) -> Result<()> {
    let data = app::data_dir()?;
    let config = profile::Config::load(&app::config_file()?)?;
    let current = app.store_choice().ok().and_then(|c| c.profile);
    let mut names = profile::known(&data, &config)?;
    if let Some(n) = &current
        && !names.contains(n)
    {
        names.push(n.clone());
    }
    let views = names
        .into_iter()
        .map(|name| {
            let mut v = match app::profile_location(&config, &name) {
                Ok(location) => ProfileView::read(Some(name.clone()), &location),
                Err(e) => ProfileView::read(
                    Some(name.clone()),
                    &Location::Sqlite(profile::store_path(&data, &name)),
                )
                .failed(e.message),
            };
            v.current = current.as_deref() == Some(name.as_str());
            v
        })
        .collect();
    app.out.print(&ListView(views))
}

fn show(a: ProfileShowArgs, app: &mut App) -> Result<()> {
    let choice = app.store_choice()?;
    let view = match a.name {
        Some(name) => {
            profile::validate(&name)?;
            let config = profile::Config::load(&app::config_file()?)?;
            let location = app::profile_location(&config, &name)?;
            let mut v = ProfileView::read(Some(name.clone()), &location);
            if choice.profile.as_deref() == Some(name.as_str()) {
                v.current = true;
                v.selected_by = Some(choice.selected_by);
            }
            v
        }
        None => {
            let mut v = ProfileView::read(choice.profile.clone(), &choice.location);
            v.current = true;
            v.selected_by = Some(choice.selected_by);
            v
        }
    };
    app.out.print(&view)
}

#[derive(Serialize)]
pub struct UseView {
    /// The same as `name` (kept for scripts written before `name`).
    pub profile: String,
    /// As in `profile show`.
    pub name: String,
    pub path: String,
    /// Whether this run created the profile's store (`--create`).
    pub created: bool,
    /// The file that remembers the choice.
    pub config: String,
}

impl View for UseView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "Now using profile '{}'{} (store {}).",
            self.profile,
            if self.created { ", created" } else { "" },
            escape(&self.path)
        )
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

fn use_(a: ProfileUseArgs, app: &mut App) -> Result<()> {
    profile::validate(&a.name)?;
    let location = app::profile_location(&profile::Config::load(&app::config_file()?)?, &a.name)?;
    let path = location.display();
    let mut created = false;
    if let Some(file) = location.sqlite_path()
        && !file.exists()
        && a.name != profile::DEFAULT
    {
        if !a.create {
            let mut e = app::unknown_profile(&a.name);
            e.hint = e
                .hint
                .map(|h| format!("{h} (or: authz profile use {} --create)", a.name));
            return Err(e);
        }
        location.open()?;
        created = true;
    }
    let mut config = profile::Config::load(&app::config_file()?)?;
    config.set_current(&a.name);
    config.save()?;
    if let Some(other) = &app.global.profile {
        app.out.warn(format!(
            "--profile/AUTHZ_PROFILE ({}) still wins over the current profile where it is set",
            escape(other)
        ));
    }
    if app.global.db.is_some() {
        app.out
            .warn("--db/AUTHZ_DB still wins over the current profile where it is set");
    }
    app.out.print(&UseView {
        name: a.name.clone(),
        profile: a.name,
        path,
        created,
        config: config.path().display().to_string(),
    })
}

impl ProfileView {
    fn failed(mut self, error: String) -> ProfileView {
        self.error = Some(error);
        self
    }
}

#[derive(Serialize)]
pub struct CreateView {
    /// The same as `name` (kept for scripts written before `name`).
    pub profile: String,
    /// As in `profile show`.
    pub name: String,
    /// The same as `path` (kept).
    pub store: String,
    /// As in `profile show`: the store, a file path or a URL without password.
    pub path: String,
    /// Where its tokens are kept (`keyring` unless --secrets said otherwise).
    pub secrets: String,
    /// The file that remembers the profile's store.
    pub config: String,
}

impl View for CreateView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "Created profile '{}' (store {}, tokens in {}); use it with: authz profile use {}",
            self.profile,
            escape(&self.store),
            self.secrets,
            self.profile
        )
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

/// Creates a profile: with `--store URL` it remembers that store (after connecting to it and
/// migrating it, so a wrong URL fails now), without it gets its own SQLite file.
fn create(a: ProfileCreateArgs, app: &mut App) -> Result<()> {
    profile::validate(&a.name)?;
    let mut config = profile::Config::load(&app::config_file()?)?;
    let existing = app::profile_location(&config, &a.name)?;
    let taken =
        config.store(&a.name)?.is_some() || existing.sqlite_path().is_some_and(|p| p.exists());
    if taken {
        return Err(
            Error::conflict(format!("profile '{}' already exists", escape(&a.name))).hint(format!(
                "see it with: authz profile show {}; pick another name",
                escape(&a.name)
            )),
        );
    }
    let location = match &a.store {
        Some(url) => app::parse_store(url)?,
        None => existing,
    };
    // `authz --secrets openbao profile create NAME`: the new profile keeps its tokens there.
    // Checked before the store is made, so a typo leaves nothing behind.
    let secrets = app
        .global
        .secrets
        .as_deref()
        .map(crate::secret::Backend::parse)
        .transpose()?;
    location.open()?;
    if let Some(url) = &a.store {
        config.set_store(&a.name, url);
    }
    if let Some(backend) = &secrets {
        config.set_secrets(&a.name, backend);
    }
    if a.store.is_some() || secrets.is_some() {
        config.save()?;
    }
    app.out.print(&CreateView {
        name: a.name.clone(),
        profile: a.name,
        path: location.display(),
        store: location.display(),
        secrets: secrets
            .unwrap_or(crate::secret::Backend::Keyring)
            .to_string(),
        config: config.path().display().to_string(),
    })
}
