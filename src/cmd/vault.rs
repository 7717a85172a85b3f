//! `authz vault ...`: API tokens, passwords and signing keys that workflows use. The store
//! holds the metadata (name, kind, versions, fingerprints, who uses it); the values live only
//! in the secret backend, one value per version, and only `vault get` prints one.

mod input;

use crate::app::{App, Journal};
use crate::cli::{
    VaultCommand, VaultDeleteArgs, VaultGenerateArgs, VaultGetArgs, VaultNameArgs, VaultPublicArgs,
    VaultRollbackArgs, VaultSetArgs,
};
use crate::domain::vault::{
    SecretKind, SecretUse, VaultEntry, VaultVersion, fingerprint, new_entry_id, validate_name,
};
use crate::domain::{format_ts, signing};
use crate::error::{Error, Result, escape};
use crate::output::{View, short_list, some_names, table, write_table};
use crate::secret::{Secret, SecretStore, VaultKey};
use crate::sensitive::constant_time_eq;
use crate::store::Tx;
use serde::Serialize;
use serde_json::json;
use std::io::{self, Write};

pub fn execute(cmd: VaultCommand, app: &mut App) -> Result<()> {
    match cmd {
        VaultCommand::Set(a) => set(a, app),
        VaultCommand::List => list(app),
        VaultCommand::Show(a) => show(a, app),
        VaultCommand::Get(a) => get(a, app),
        VaultCommand::History(a) => history(a, app),
        VaultCommand::Rollback(a) => rollback(a, app),
        VaultCommand::Delete(a) => delete(a, app),
        VaultCommand::Generate(a) => generate(a, app),
        VaultCommand::Public(a) => public(a, app),
    }
}

/// One entry as `vault list` and `vault show` print it. JSON fields are only ever added.
#[derive(Serialize)]
pub struct EntryView {
    pub name: String,
    pub kind: SecretKind,
    pub version: u32,
    pub created: String,
    pub created_by: String,
    /// When the newest version was stored (the last rotation).
    pub updated: String,
    pub fingerprint: String,
    pub alg: Option<String>,
    pub workflows: Vec<UseView>,
}

#[derive(Serialize)]
pub struct UseView {
    pub workflow: String,
    pub env: String,
}

#[derive(Serialize)]
pub struct VersionView {
    pub version: u32,
    pub created: String,
    pub created_by: String,
    pub fingerprint: String,
    pub alg: Option<String>,
    pub copied_from: Option<u32>,
}

impl From<&VaultVersion> for VersionView {
    fn from(v: &VaultVersion) -> VersionView {
        VersionView {
            version: v.version,
            created: format_ts(v.created),
            created_by: v.created_by.clone(),
            fingerprint: v.fingerprint.clone(),
            alg: v.alg.clone(),
            copied_from: v.copied_from,
        }
    }
}

fn entry_view(tx: &dyn Tx, e: &VaultEntry, versions: &[VaultVersion]) -> Result<EntryView> {
    let newest = versions
        .iter()
        .find(|v| v.version == e.version)
        .ok_or_else(|| Error::failure(format!("vault entry '{}' has no newest version", e.name)))?;
    Ok(EntryView {
        name: e.name.clone(),
        kind: e.kind,
        version: e.version,
        created: format_ts(e.created),
        created_by: e.created_by.clone(),
        updated: format_ts(newest.created),
        fingerprint: newest.fingerprint.clone(),
        alg: newest.alg.clone(),
        workflows: tx
            .secret_uses(None, Some(&e.name))?
            .into_iter()
            .map(|u| UseView {
                workflow: u.workflow,
                env: u.env,
            })
            .collect(),
    })
}

/// What a change did.
#[derive(Serialize)]
struct Changed {
    result: &'static str,
    #[serde(flatten)]
    entry: EntryView,
}

impl View for Changed {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        writeln!(
            w,
            "Vault entry '{}' {} (version {}, fingerprint {}).",
            self.entry.name, self.result, self.entry.version, self.entry.fingerprint
        )
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

fn set(a: VaultSetArgs, app: &mut App) -> Result<()> {
    validate_name(&a.name)?;
    // An existing entry keeps its kind: --kind may be left out, and a different one is refused.
    let kind = match &a.kind {
        Some(k) => SecretKind::parse(k).ok_or_else(|| Error::usage("unknown --kind"))?,
        None => app
            .read(|tx| tx.vault_entry(&a.name))?
            .map(|e| e.kind)
            .ok_or_else(|| {
                Error::usage(format!(
                    "vault entry '{}' is new: say what it holds with --kind",
                    a.name
                ))
                .hint(format!(
                    "authz vault set {} --kind api-token (or password, signing-key)",
                    a.name
                ))
            })?,
    };
    let value = match &a.from_file {
        Some(path) => input::from_file(path)?,
        None => input::from_stdin(&format!(
            "Type the value for {} and press Enter (it is not shown; Enter is not part of it):",
            a.name
        ))?,
    };
    let alg = match kind {
        // A PEM must be a private key we can use; raw bytes are an HMAC secret.
        SecretKind::SigningKey => match signing::public_key(value.expose()) {
            Ok(k) => Some(k.alg.to_owned()),
            Err(e) if signing::is_pem(value.expose()) => return Err(e),
            Err(_) => None,
        },
        _ => None,
    };
    let secrets = app.secrets()?;
    let (result, view) = app.write(|tx, j| {
        store_version(
            tx,
            j,
            secrets.vault(),
            &a.name,
            kind,
            &value,
            alg.clone(),
            None,
        )
    })?;
    app.out.print(&Changed {
        result,
        entry: view,
    })
}

/// Stores `value` as the next version of `name` (creating the entry), metadata first and the
/// value last, so that any refusal of the store leaves the backend untouched.
#[allow(clippy::too_many_arguments)]
fn store_version(
    tx: &dyn Tx,
    j: &Journal,
    secrets: &dyn SecretStore,
    name: &str,
    kind: SecretKind,
    value: &Secret<Vec<u8>>,
    alg: Option<String>,
    copied_from: Option<u32>,
) -> Result<(&'static str, EntryView)> {
    if value.expose().is_empty() {
        return Err(Error::usage(format!("the value for '{name}' is empty")).hint(
            "pipe it in (printf %s VALUE | authz vault set ...), type it at the prompt, or use --from-file",
        ));
    }
    let existing = tx.vault_entry(name)?;
    let version = VaultVersion {
        version: existing.as_ref().map_or(1, |e| e.version + 1),
        created: j.now,
        created_by: j.actor.clone(),
        fingerprint: fingerprint(value.expose()),
        alg,
        copied_from,
    };
    let (result, entry) = match existing {
        None => {
            let e = VaultEntry {
                name: name.to_owned(),
                id: new_entry_id(),
                kind,
                created: j.now,
                created_by: j.actor.clone(),
                version: 1,
            };
            tx.insert_vault_entry(&e, &version)?;
            ("created", e)
        }
        Some(mut e) => {
            if e.kind != kind {
                return Err(Error::conflict(format!(
                    "vault entry '{name}' is {}, not {}",
                    e.kind.a(),
                    kind.a()
                ))
                .hint(format!("pass --kind {}, or use another name", e.kind)));
            }
            // The value it already has: no new version (and nothing logged).
            let newest = tx
                .vault_versions(name)?
                .into_iter()
                .find(|v| v.version == e.version);
            if newest.is_some_and(|v| v.fingerprint == version.fingerprint)
                && let Some(current) = secrets.vault_get(&VaultKey::from(&e), e.version)?
                && constant_time_eq(current.expose(), value.expose())
            {
                let versions = tx.vault_versions(name)?;
                return Ok(("unchanged", entry_view(tx, &e, &versions)?));
            }
            tx.add_vault_version(name, &version)?;
            e.version = version.version;
            (
                if copied_from.is_some() {
                    "rolled back"
                } else {
                    "updated"
                },
                e,
            )
        }
    };
    let action = if copied_from.is_some() {
        "vault-rolled-back"
    } else {
        "vault-set"
    };
    j.log(
        tx,
        action,
        None,
        None,
        json!({
            "secret": name, "kind": kind, "version": version.version,
            "fingerprint": version.fingerprint, "from_version": copied_from,
        }),
    )?;
    secrets.vault_put(&VaultKey::from(&entry), version.version, value)?;
    let versions = tx.vault_versions(name)?;
    Ok((result, entry_view(tx, &entry, &versions)?))
}

#[derive(Serialize)]
#[serde(transparent)]
struct ListView(Vec<EntryView>);

impl View for ListView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        if self.0.is_empty() {
            return writeln!(w, "No vault entries.");
        }
        let mut t = table(&[
            "name",
            "kind",
            "version",
            "updated",
            "fingerprint",
            "workflows",
        ]);
        for e in &self.0 {
            let names: Vec<String> = e.workflows.iter().map(|u| u.workflow.clone()).collect();
            t.add_row(vec![
                e.name.clone(),
                e.kind.to_string(),
                e.version.to_string(),
                e.updated.clone(),
                e.fingerprint.clone(),
                short_list(&names, 3),
            ]);
        }
        write_table(w, &t)
    }
}

fn list(app: &mut App) -> Result<()> {
    let view = app.read(|tx| {
        let mut out = Vec::new();
        for e in tx.vault_entries()? {
            let versions = tx.vault_versions(&e.name)?;
            out.push(entry_view(tx, &e, &versions)?);
        }
        Ok(ListView(out))
    })?;
    app.out.print(&view)
}

#[derive(Serialize)]
struct ShowView {
    #[serde(flatten)]
    entry: EntryView,
    versions: Vec<VersionView>,
}

impl View for ShowView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let e = &self.entry;
        writeln!(w, "name:        {}", e.name)?;
        writeln!(w, "kind:        {}", e.kind)?;
        if let Some(alg) = &e.alg {
            writeln!(w, "alg:         {alg}")?;
        }
        writeln!(
            w,
            "version:     {} (fingerprint {})",
            e.version, e.fingerprint
        )?;
        writeln!(w, "created:     {} by {}", e.created, escape(&e.created_by))?;
        writeln!(w, "updated:     {}", e.updated)?;
        if e.workflows.is_empty() {
            writeln!(w, "workflows:   none")?;
        } else {
            writeln!(w, "workflows:")?;
            for u in &e.workflows {
                writeln!(w, "  {} (${})", escape(&u.workflow), u.env)?;
            }
        }
        writeln!(w, "versions:")?;
        versions_table(w, &self.versions)
    }
}

/// Oldest first, newest last: the order of the JSON `versions` (and of `authz log`).
fn versions_table(w: &mut dyn Write, versions: &[VersionView]) -> io::Result<()> {
    let mut t = table(&["version", "created", "by", "fingerprint", "note"]);
    for v in versions {
        t.add_row(vec![
            v.version.to_string(),
            v.created.clone(),
            escape(&v.created_by),
            v.fingerprint.clone(),
            match (v.copied_from, &v.alg) {
                (Some(n), _) => format!("rollback to v{n}"),
                (None, Some(alg)) => alg.clone(),
                (None, None) => String::new(),
            },
        ]);
    }
    write_table(w, &t)
}

fn show(a: VaultNameArgs, app: &mut App) -> Result<()> {
    let view = app.read(|tx| {
        let e = tx.require_vault_entry(&a.name)?;
        let versions = tx.vault_versions(&e.name)?;
        Ok(ShowView {
            entry: entry_view(tx, &e, &versions)?,
            versions: versions.iter().map(Into::into).collect(),
        })
    })?;
    app.out.print(&view)
}

#[derive(Serialize)]
struct HistoryView {
    name: String,
    version: u32,
    versions: Vec<VersionView>,
}

impl View for HistoryView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        versions_table(w, &self.versions)
    }
}

fn history(a: VaultNameArgs, app: &mut App) -> Result<()> {
    let view = app.read(|tx| {
        let e = tx.require_vault_entry(&a.name)?;
        Ok(HistoryView {
            versions: tx.vault_versions(&e.name)?.iter().map(Into::into).collect(),
            name: e.name,
            version: e.version,
        })
    })?;
    app.out.print(&view)
}

pub(crate) use crate::app::vault_value as value_of;

fn get(a: VaultGetArgs, app: &mut App) -> Result<()> {
    let secrets = app.secrets()?;
    let (_, _, value) = app.read(|tx| value_of(tx, secrets.vault(), &a.name, a.version))?;
    let mut out = io::stdout().lock();
    out.write_all(value.expose())?;
    out.flush()?;
    Ok(())
}

fn rollback(a: VaultRollbackArgs, app: &mut App) -> Result<()> {
    let secrets = app.secrets()?;
    let (result, view) = app.write(|tx, j| {
        let (e, n, value) = value_of(tx, secrets.vault(), &a.name, Some(a.version))?;
        if n == e.version {
            let versions = tx.vault_versions(&e.name)?;
            return Ok(("unchanged", entry_view(tx, &e, &versions)?));
        }
        let alg = tx
            .vault_versions(&e.name)?
            .into_iter()
            .find(|v| v.version == n)
            .and_then(|v| v.alg);
        store_version(
            tx,
            j,
            secrets.vault(),
            &e.name,
            e.kind,
            &value,
            alg,
            Some(n),
        )
    })?;
    app.out.print(&Changed {
        result,
        entry: view,
    })
}

#[derive(Serialize)]
struct Deleted {
    name: String,
    versions: u32,
    replaced_by: Option<String>,
    moved: Vec<UseView>,
}

impl View for Deleted {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        if let Some(other) = &self.replaced_by {
            writeln!(w, "Moved {} workflow(s) to '{other}'.", self.moved.len())?;
        }
        writeln!(
            w,
            "Vault entry '{}' deleted with its {} version(s).",
            self.name, self.versions
        )
    }

    fn is_confirmation(&self) -> bool {
        true
    }
}

fn delete(a: VaultDeleteArgs, app: &mut App) -> Result<()> {
    let e = app.read(|tx| tx.require_vault_entry(&a.name))?;
    app.confirm(&format!(
        "Delete vault entry '{}' and every version of its value ({})?",
        e.name, e.version
    ))?;
    let secrets = app.secrets()?;
    let view = app.write(|tx, j| {
        let e = tx.require_vault_entry(&a.name)?;
        let uses = tx.secret_uses(None, Some(&e.name))?;
        let names: Vec<String> = uses.iter().map(|u| u.workflow.clone()).collect();
        match &a.replace {
            None if !uses.is_empty() => {
                return Err(Error::conflict(format!(
                    "vault entry '{}' is used by {} workflow(s): {}",
                    e.name,
                    uses.len(),
                    some_names(&names, 10)
                ))
                .hint(format!(
                    "move them first: authz vault delete {} --replace OTHER, or authz workflow edit WORKFLOW --drop-secret {}",
                    e.name, e.name
                ))
                .details(json!({ "workflows": names })));
            }
            None => {}
            Some(other) => {
                let to = tx.require_vault_entry(other)?;
                if to.name == e.name {
                    return Err(Error::usage("--replace names the entry being deleted"));
                }
                for u in &uses {
                    if !tx
                        .secret_uses(Some(&u.workflow), Some(&to.name))?
                        .is_empty()
                    {
                        return Err(Error::conflict(format!(
                            "workflow '{}' already uses '{}'",
                            escape(&u.workflow),
                            to.name
                        ))
                        .hint(format!(
                            "drop one first: authz workflow edit {} --drop-secret {}",
                            u.workflow, e.name
                        )));
                    }
                }
                tx.move_secret_uses(&e.name, &to.name)?;
                for u in &uses {
                    log_use(tx, j, "secret-dropped", u)?;
                    log_use(
                        tx,
                        j,
                        "secret-used",
                        &SecretUse {
                            secret: to.name.clone(),
                            ..u.clone()
                        },
                    )?;
                }
            }
        }
        let guards: Vec<String> = tx
            .authorizers()?
            .into_iter()
            .filter(|a| a.keys == crate::domain::authorizer::KeySource::Vault(e.name.clone()))
            .map(|a| a.name)
            .collect();
        if !guards.is_empty() {
            return Err(Error::conflict(format!(
                "vault entry '{}' holds the keys of authorizer(s): {}",
                e.name,
                some_names(&guards, 10)
            ))
            .hint(format!(
                "delete those authorizers first: authz authorizer delete {}",
                match guards.as_slice() {
                    [one] => escape(one),
                    _ => "NAME".into(),
                }
            ))
            .details(json!({ "authorizers": guards })));
        }
        tx.delete_vault_entry(&e.name)?;
        j.log(
            tx,
            "vault-deleted",
            None,
            None,
            json!({
                "secret": e.name, "versions": e.version,
                "replaced_by": a.replace, "workflows": names,
            }),
        )?;
        // Last: every check passed, so the commit that follows is all that is left.
        secrets.vault().vault_delete(&VaultKey::from(&e), e.version)?;
        Ok(Deleted {
            name: e.name,
            versions: e.version,
            replaced_by: a.replace.clone(),
            moved: uses
                .into_iter()
                .map(|u| UseView {
                    workflow: u.workflow,
                    env: u.env,
                })
                .collect(),
        })
    })?;
    app.out.print(&view)
}

/// The event of a workflow starting or stopping to use a secret.
pub(crate) fn log_use(tx: &dyn Tx, j: &Journal, action: &str, u: &SecretUse) -> Result<()> {
    j.log(
        tx,
        action,
        None,
        Some(&u.workflow),
        json!({ "secret": u.secret, "env": u.env }),
    )
}

fn generate(a: VaultGenerateArgs, app: &mut App) -> Result<()> {
    validate_name(&a.name)?;
    let value = Secret::new(signing::generate(&a.alg)?);
    let secrets = app.secrets()?;
    let (result, view) = app.write(|tx, j| {
        store_version(
            tx,
            j,
            secrets.vault(),
            &a.name,
            SecretKind::SigningKey,
            &value,
            Some(a.alg.clone()),
            None,
        )
    })?;
    app.out.print(&Changed {
        result,
        entry: view,
    })
}

fn public(a: VaultPublicArgs, app: &mut App) -> Result<()> {
    let secrets = app.secrets()?;
    let out = app.read(|tx| {
        let e = tx.require_vault_entry(&a.name)?;
        if e.kind != SecretKind::SigningKey {
            return Err(Error::usage(format!(
                "vault entry '{}' is {}, not a signing-key",
                e.name,
                e.kind.a()
            )));
        }
        let hmac = tx
            .vault_versions(&e.name)?
            .iter()
            .any(|v| v.version == e.version && v.alg.is_none());
        if hmac {
            return Err(Error::usage(format!(
                "vault entry '{}' holds an HMAC secret: it has no public part",
                e.name
            ))
            .hint("a verifier needs the secret itself: authz authorizer create NAME --vault-key SECRET --alg HS256"));
        }
        let key = VaultKey::from(&e);
        let kid = |n: u32| format!("{}-v{n}", e.name);
        match a.format.as_str() {
            "jwks" => {
                let mut keys = Vec::new();
                for v in tx.vault_versions(&e.name)?.iter().rev() {
                    if v.alg.is_none() {
                        continue; // an HMAC secret: nothing public
                    }
                    // A version whose value is gone from the backend cannot be published.
                    if let Some(value) = secrets.vault().vault_get(&key, v.version)? {
                        keys.push(signing::public_key(value.expose())?.jwk(&kid(v.version)));
                    }
                }
                Ok(serde_json::to_string_pretty(&json!({ "keys": keys }))? + "\n")
            }
            format => {
                let (_, n, value) = value_of(tx, secrets.vault(), &e.name, None)?;
                let public = signing::public_key(value.expose())?;
                Ok(match format {
                    "pem" => public.pem(),
                    _ => serde_json::to_string_pretty(&public.jwk(&kid(n)))? + "\n",
                })
            }
        }
    })?;
    let mut stdout = io::stdout().lock();
    stdout.write_all(out.as_bytes())?;
    stdout.flush()?;
    Ok(())
}
