//! Profiles: named stores, each with its own provider settings (the login code remembers the
//! issuer and client id in the store). Where they live, and the remembered current profile.
//!
//! Layout: "default" is `$XDG_DATA_HOME/authz/authz.db` (so a store from before profiles is the
//! default profile), NAME is `$XDG_DATA_HOME/authz/profiles/NAME.db`, and `authz profile use`
//! writes `{"profile": NAME}` to `$XDG_CONFIG_HOME/authz/config.json`. A profile may instead
//! remember a store URL (`authz profile create NAME --store URL`) and a secret backend, in the
//! same file: `{"profiles": {NAME: {"store": URL, "secrets": SPEC}}}`. Which store a run uses is
//! decided in `App::store_choice`, nowhere else.

use crate::error::{Error, Result, escape};
use std::path::{Path, PathBuf};

pub const DEFAULT: &str = "default";

/// Names become file names, so they are kept to a portable, unambiguous alphabet.
pub fn validate(name: &str) -> Result<()> {
    let ok = (1..=64).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok {
        return Ok(());
    }
    Err(
        Error::usage(format!("'{}' is not a valid profile name", escape(name)))
            .hint("use 1-64 letters, digits, '_' or '-'"),
    )
}

/// The edit distance of two names (Levenshtein), for "did you mean".
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(here + 1);
            prev = here;
        }
    }
    row[b.len()]
}

/// The store of profile `name`, under `data_dir` (`$XDG_DATA_HOME/authz`).
pub fn store_path(data_dir: &Path, name: &str) -> PathBuf {
    if name == DEFAULT {
        data_dir.join("authz.db")
    } else {
        data_dir.join("profiles").join(format!("{name}.db"))
    }
}

/// Every profile there is: those with a store here (`existing`), then those whose store is a
/// URL `config` remembers.
pub fn known(data_dir: &Path, config: &Config) -> Result<Vec<String>> {
    let mut names = existing(data_dir)?;
    for n in config.with_store() {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    Ok(names)
}

/// Every profile that has a store, "default" first (always listed), then by name.
pub fn existing(data_dir: &Path) -> Result<Vec<String>> {
    let mut names = Vec::new();
    match std::fs::read_dir(data_dir.join("profiles")) {
        Ok(entries) => {
            for entry in entries {
                let path = entry?.path();
                let name = match (path.extension(), path.file_stem()) {
                    (Some(ext), Some(stem)) if ext == "db" => stem.to_string_lossy().into_owned(),
                    _ => continue,
                };
                // Files we did not name (editors' backups, stray copies) are not profiles.
                if validate(&name).is_ok() && name != DEFAULT {
                    names.push(name);
                }
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e.into()),
    }
    names.sort();
    names.insert(0, DEFAULT.to_string());
    Ok(names)
}

/// Which workflow's token a Docker registry gets, and the username sent with it.
pub struct DockerMapping {
    pub workflow: String,
    pub username: String,
}

/// `config.json`: a JSON object. Keys this version does not know are kept when it is rewritten.
pub struct Config {
    path: PathBuf,
    doc: serde_json::Map<String, serde_json::Value>,
}

impl Config {
    /// Reads the file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Config> {
        let doc = match std::fs::read_to_string(path) {
            Ok(text) => match serde_json::from_str::<serde_json::Value>(&text) {
                Ok(serde_json::Value::Object(map)) => map,
                Ok(_) | Err(_) => {
                    return Err(
                        Error::failure(format!("{} is not a JSON object", path.display()))
                            .hint("fix or delete it; it only remembers the current profile"),
                    );
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Default::default(),
            Err(e) => {
                return Err(Error::failure(format!(
                    "cannot read {}: {e}",
                    path.display()
                )));
            }
        };
        Ok(Config {
            path: path.to_owned(),
            doc,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The remembered current profile, validated (the file may have been edited by hand).
    pub fn current(&self) -> Result<Option<String>> {
        match self.doc.get("profile") {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(name)) => {
                validate(name).map_err(|e| {
                    Error::usage(format!("{}: {}", self.path.display(), e.message))
                        .hint("choose another with: authz profile use default (see them with: authz profile list)")
                })?;
                Ok(Some(name.clone()))
            }
            Some(_) => Err(Error::usage(format!(
                "{}: \"profile\" is not a string",
                self.path.display()
            ))
            .hint(
                "choose one with: authz profile use default (see them with: authz profile list)",
            )),
        }
    }

    pub fn set_current(&mut self, name: &str) {
        self.doc.insert("profile".into(), name.into());
    }

    /// The secret backend profile `name` keeps its tokens in (`"profiles": {NAME: {"secrets":
    /// SPEC}}`), when one was remembered.
    pub fn secrets(&self, name: &str) -> Result<Option<crate::secret::Backend>> {
        match self
            .doc
            .get("profiles")
            .and_then(|p| p.get(name))
            .and_then(|p| p.get("secrets"))
        {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(spec)) => {
                crate::secret::Backend::parse(spec).map(Some).map_err(|e| {
                    Error::usage(format!(
                        "{}: profile {name}: {}",
                        self.path.display(),
                        e.message
                    ))
                    .hint("fix \"secrets\" there: keyring, openbao or openbao:MOUNT/PREFIX")
                })
            }
            Some(_) => Err(Error::usage(format!(
                "{}: profile {name}: \"secrets\" is not a string",
                self.path.display()
            ))),
        }
    }

    /// Remembers `backend` for profile `name` (other keys of the profile are kept).
    pub fn set_secrets(&mut self, name: &str, backend: &crate::secret::Backend) {
        self.profile_entry(name)
            .insert("secrets".into(), backend.to_string().into());
    }

    /// The store URL profile `name` remembers (`"profiles": {NAME: {"store": URL}}`), if any.
    pub fn store(&self, name: &str) -> Result<Option<String>> {
        let entry = self
            .doc
            .get("profiles")
            .and_then(|p| p.get(name))
            .and_then(|p| p.get("store"));
        match entry {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(url)) => Ok(Some(url.clone())),
            Some(_) => Err(Error::usage(format!(
                "{}: profile {name}: \"store\" is not a string",
                self.path.display()
            ))
            .hint(format!(
                "fix it, or recreate the profile with: authz profile create {name} --store URL"
            ))),
        }
    }

    /// Forgets profile `name`: its store URL and secret backend (the current profile is the
    /// caller's to refuse).
    pub fn remove(&mut self, name: &str) {
        if let Some(p) = self.doc.get_mut("profiles").and_then(|p| p.as_object_mut()) {
            p.remove(name);
        }
    }

    /// Remembers `url` as profile `name`'s store (other keys of the profile are kept).
    pub fn set_store(&mut self, name: &str, url: &str) {
        self.profile_entry(name).insert("store".into(), url.into());
    }

    /// The profiles that remember a store URL, by name.
    pub fn with_store(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .doc
            .get("profiles")
            .and_then(|p| p.as_object())
            .map(|m| {
                m.iter()
                    .filter(|(n, v)| {
                        validate(n).is_ok() && v.get("store").is_some_and(|s| s.is_string())
                    })
                    .map(|(n, _)| n.clone())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// The Docker registries mapped to workflows (`"docker": {REGISTRY: {"workflow",
    /// "username"}}`); entries that are not of that shape are skipped.
    pub fn docker(&self) -> std::collections::BTreeMap<String, DockerMapping> {
        self.doc
            .get("docker")
            .and_then(|d| d.as_object())
            .map(|m| {
                m.iter()
                    .filter_map(|(registry, v)| {
                        Some((
                            registry.clone(),
                            DockerMapping {
                                workflow: v.get("workflow")?.as_str()?.to_owned(),
                                username: v.get("username")?.as_str()?.to_owned(),
                            },
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Maps `registry` to `workflow` (replacing an earlier mapping of it).
    pub fn set_docker(&mut self, registry: &str, workflow: &str, username: &str) {
        let docker = self
            .doc
            .entry("docker")
            .or_insert_with(|| serde_json::Value::Object(Default::default()));
        if !docker.is_object() {
            *docker = serde_json::Value::Object(Default::default());
        }
        docker.as_object_mut().expect("an object").insert(
            registry.into(),
            serde_json::json!({ "workflow": workflow, "username": username }),
        );
    }

    /// Profile `name`'s object in `"profiles"`, made (or remade, if hand-edited into something
    /// else) when needed.
    fn profile_entry(&mut self, name: &str) -> &mut serde_json::Map<String, serde_json::Value> {
        let profiles = self
            .doc
            .entry("profiles")
            .or_insert_with(|| serde_json::Value::Object(Default::default()));
        if !profiles.is_object() {
            *profiles = serde_json::Value::Object(Default::default());
        }
        let entry = profiles
            .as_object_mut()
            .expect("an object")
            .entry(name)
            .or_insert_with(|| serde_json::Value::Object(Default::default()));
        if !entry.is_object() {
            *entry = serde_json::Value::Object(Default::default());
        }
        entry.as_object_mut().expect("an object")
    }

    /// Writes the file 0600 (its directory 0700 when created), atomically: a crash leaves the
    /// old file or the new one, never half of one.
    pub fn save(&self) -> Result<()> {
        if let Some(dir) = self.path.parent() {
            crate::private_fs::create_dir(dir)?;
        }
        let text = serde_json::to_string_pretty(&self.doc)? + "\n";
        crate::private_fs::write_atomic(&self.path, text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_portable_file_names() {
        for ok in ["work", "acme-prod", "a_1", &"x".repeat(64)] {
            assert!(validate(ok).is_ok(), "{ok}");
        }
        for bad in ["", "a/b", "..", "a.b", "with space", "é", &"x".repeat(65)] {
            assert_eq!(validate(bad).unwrap_err().code(), 2, "{bad}");
        }
    }

    #[test]
    fn default_profile_is_the_historical_store() {
        let d = Path::new("/d/authz");
        assert_eq!(store_path(d, "default"), Path::new("/d/authz/authz.db"));
        assert_eq!(
            store_path(d, "work"),
            Path::new("/d/authz/profiles/work.db")
        );
    }

    #[test]
    fn config_round_trips_and_keeps_unknown_keys() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.json");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, r#"{"future": 1}"#).unwrap();
        let mut c = Config::load(&path).unwrap();
        assert_eq!(c.current().unwrap(), None);
        c.set_current("work");
        c.save().unwrap();
        c.set_secrets(
            "work",
            &crate::secret::Backend::parse("openbao:kv/ci").unwrap(),
        );
        c.save().unwrap();
        let again = Config::load(&path).unwrap();
        assert_eq!(again.current().unwrap().as_deref(), Some("work"));
        assert_eq!(again.doc["future"], 1);
        assert_eq!(
            again.secrets("work").unwrap().unwrap().to_string(),
            "openbao:kv/ci"
        );
        assert_eq!(again.secrets("default").unwrap(), None);
        let mut c = again;
        c.set_store("work", "postgres://db/authz");
        c.save().unwrap();
        let again = Config::load(&path).unwrap();
        assert_eq!(
            again.store("work").unwrap().as_deref(),
            Some("postgres://db/authz")
        );
        assert!(
            again.secrets("work").unwrap().is_some(),
            "store kept secrets"
        );
        assert_eq!(again.store("default").unwrap(), None);
        assert_eq!(again.with_store(), vec!["work".to_string()]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn a_hand_edited_bad_name_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.json");
        std::fs::write(&path, r#"{"profile": "../etc"}"#).unwrap();
        assert_eq!(
            Config::load(&path).unwrap().current().unwrap_err().code(),
            2
        );
        std::fs::write(&path, "[]").unwrap();
        assert!(Config::load(&path).is_err());
    }
}
