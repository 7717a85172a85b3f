//! The workflow vault's rules: entry names, kinds, environment names, fingerprints, and which
//! secrets a workflow uses. No I/O: the values live in the secret backend, never here.

use super::Timestamp;
use crate::error::{Error, Result, escape};
use serde::Serialize;

/// What a vault entry holds. Stored as its kebab-case name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SecretKind {
    ApiToken,
    Password,
    SigningKey,
}

impl SecretKind {
    pub const ALL: [SecretKind; 3] = [
        SecretKind::ApiToken,
        SecretKind::Password,
        SecretKind::SigningKey,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SecretKind::ApiToken => "api-token",
            SecretKind::Password => "password",
            SecretKind::SigningKey => "signing-key",
        }
    }

    /// The kind with its article, for sentences: "an api-token", "a password".
    pub fn a(self) -> String {
        match self {
            SecretKind::ApiToken => format!("an {}", self.as_str()),
            _ => format!("a {}", self.as_str()),
        }
    }

    pub fn parse(s: &str) -> Option<SecretKind> {
        SecretKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl std::fmt::Display for SecretKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One vault entry: its metadata and newest version. Never its value.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VaultEntry {
    pub name: String,
    /// Random, unique across stores: names the values in a keyring shared by every store.
    pub id: String,
    pub kind: SecretKind,
    pub created: Timestamp,
    pub created_by: String,
    /// The newest version (the one `vault get` and `authz run` use).
    pub version: u32,
}

/// One version of an entry.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VaultVersion {
    pub version: u32,
    pub created: Timestamp,
    pub created_by: String,
    /// The first 8 bytes of the value's SHA-256, hex: tells versions apart without the value.
    pub fingerprint: String,
    /// The JWS algorithm of a key made by `vault generate` (ES256, EdDSA, RS256).
    pub alg: Option<String>,
    /// Set by `vault rollback`: the version whose value this one repeats.
    pub copied_from: Option<u32>,
}

/// A workflow's use of a vault entry, under an environment variable name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct SecretUse {
    pub workflow: String,
    pub secret: String,
    pub env: String,
}

/// The fingerprint of a value: the first 8 bytes of its SHA-256, as 16 hex digits.
pub fn fingerprint(value: &[u8]) -> String {
    let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, value);
    d.as_ref()[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// A new entry id: `vt_` and 26 base32 characters of 128 random bits.
pub fn new_entry_id() -> String {
    super::new_authz_id().replacen("az_", "vt_", 1)
}

/// Entry names become path segments in OpenBao and parts of environment names: letters,
/// digits, `_`, `-` and `.`, starting with a letter or digit, at most 100.
pub fn validate_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 100
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "'{}' is not a valid vault entry name",
            escape(name)
        ))
        .hint("use 1-100 letters, digits, '_', '-' or '.', starting with a letter or digit"))
    }
}

/// An environment variable name a shell can use (`[A-Za-z_][A-Za-z0-9_]*`) and that may carry a
/// vault value: not one that decides what programs load or run (`runs_code`).
pub fn validate_env(env: &str) -> Result<()> {
    validate_env_name(env)?;
    if runs_code(env) {
        return Err(Error::usage(format!(
            "${env} decides what programs load or run; a vault value may not go in it"
        ))
        .hint("put the secret in another variable: --use-secret SECRET=OTHER_NAME (docs/vault.md lists the refused names)"));
    }
    Ok(())
}

/// An environment variable name a shell can use: `[A-Za-z_][A-Za-z0-9_]*` (`--token-env`, which
/// whoever runs `authz run` chooses, as they choose the command).
pub fn validate_env_name(env: &str) -> Result<()> {
    let ok = !env.is_empty()
        && env.len() <= 200
        && !env.starts_with(|c: char| c.is_ascii_digit())
        && env.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !ok {
        return Err(Error::usage(format!(
            "'{}' is not a valid environment variable name",
            escape(env)
        ))
        .hint("use letters, digits and '_', not starting with a digit (e.g. GITHUB_TOKEN)"));
    }
    Ok(())
}

/// Variables (compared without case: npm and Windows read them so) that make a program load a
/// library, run a command or a script, or read its configuration from elsewhere. Whoever could
/// put a value in one of them runs code as the runner, so whoever may edit a workflow's secrets
/// must not be able to: see docs/vault.md, "Names a secret may not go in".
const RUNS_CODE: &[&str] = &[
    // Where commands are found, and the shells' start-up and parsing.
    "PATH",
    "BASH_ENV",
    "ENV",
    "ZDOTDIR",
    "PROMPT_COMMAND",
    "SHELLOPTS",
    "BASHOPTS",
    "IFS",
    "CDPATH",
    "PS4",
    "GLOBIGNORE",
    "BASH_XTRACEFD",
    "SHELL",
    // Where configuration files are read from (git's core.sshCommand, ~/.ssh/config, ...) and
    // temporary files written (and sometimes run) to.
    "HOME",
    "XDG_CONFIG_HOME",
    "XDG_CONFIG_DIRS",
    "XDG_DATA_HOME",
    "XDG_DATA_DIRS",
    "TMPDIR",
    // The C library's own loaders.
    "GCONV_PATH",
    "LOCPATH",
    "NLSPATH",
    "HOSTALIASES",
    "GLIBC_TUNABLES",
    // Interpreters' options and module paths.
    "NODE_OPTIONS",
    "NODE_PATH",
    "NODE_REPL_EXTERNAL_MODULE",
    "JAVA_TOOL_OPTIONS",
    "_JAVA_OPTIONS",
    "JDK_JAVA_OPTIONS",
    "JAVA_HOME",
    "CLASSPATH",
    "GEM_HOME",
    "GEM_PATH",
    "BUNDLE_GEMFILE",
    "PHPRC",
    "PHP_INI_SCAN_DIR",
    "TCLLIBPATH",
    "GOFLAGS",
    // Programs other programs start.
    "EDITOR",
    "VISUAL",
    "PAGER",
    "MANPAGER",
    "BROWSER",
    "LESSOPEN",
    "LESSCLOSE",
    "SSH_ASKPASS",
    "SUDO_ASKPASS",
    "CC",
    "CXX",
    "LD",
    "MAKEFLAGS",
    "MFLAGS",
    "RUSTC",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "RUSTFLAGS",
    "RUSTDOCFLAGS",
];

/// Whole families: the loaders (`LD_PRELOAD`, `LD_AUDIT`, `DYLD_INSERT_LIBRARIES`), git (dozens of
/// variables that run programs or choose its config), Python, Perl, Ruby and Lua (each reads
/// options and module paths from its own prefix), npm's configuration, malloc's, and authz's own
/// settings (a nested authz would follow them).
const RUNS_CODE_PREFIXES: &[&str] = &[
    "LD_",
    "DYLD_",
    "GIT_",
    "PYTHON",
    "PERL",
    "RUBY",
    "LUA_",
    "NPM_CONFIG_",
    "MALLOC_",
    "AUTHZ_",
];

/// Whether `env` decides what a program loads or runs (see `RUNS_CODE`).
pub fn runs_code(env: &str) -> bool {
    let upper = env.to_ascii_uppercase();
    RUNS_CODE.contains(&upper.as_str()) || RUNS_CODE_PREFIXES.iter().any(|p| upper.starts_with(p))
}

/// Whether `env` is one of authz's own settings or backend credentials, which `authz run` does not
/// pass on to the command: libpq's `PG*` (the store's host, user, password, password file), the
/// OpenBao/Vault CLI's `BAO_*` and `VAULT_*` (address, token, CA), and `AUTHZ_*` (the store,
/// the secret backend, the AppRole files). The command gets the access token and the workflow's
/// secrets, nothing that reaches the store or the secret backend.
pub fn authz_own(env: &str) -> bool {
    ["PG", "BAO_", "VAULT_", "AUTHZ_"]
        .iter()
        .any(|p| env.starts_with(p))
}

/// The variable a secret goes in by default: its name upper-cased, every other character `_`.
pub fn default_env(secret: &str) -> String {
    let mut env: String = secret
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if env.starts_with(|c: char| c.is_ascii_digit()) {
        env.insert(0, '_');
    }
    env
}

/// Parses `SECRET[=ENV_NAME]` (`--use-secret`).
pub fn parse_use(text: &str) -> Result<(String, String)> {
    let (secret, env) = match text.split_once('=') {
        Some((s, e)) => (s.to_owned(), e.to_owned()),
        None => (text.to_owned(), default_env(text)),
    };
    validate_name(&secret)?;
    validate_env(&env)?;
    Ok((secret, env))
}

/// A workflow's secrets after dropping `drop` and adding or renaming `add`: refused when two
/// secrets would share one variable.
pub fn merge_uses(
    current: &[(String, String)],
    add: &[(String, String)],
    drop: &[String],
) -> Result<Vec<(String, String)>> {
    let mut out: Vec<(String, String)> = current
        .iter()
        .filter(|(s, _)| !drop.contains(s))
        .cloned()
        .collect();
    for (secret, env) in add {
        if drop.contains(secret) {
            return Err(Error::usage(format!(
                "'{}' is both used and dropped",
                escape(secret)
            )));
        }
        match out.iter_mut().find(|(s, _)| s == secret) {
            Some(u) => u.1 = env.clone(),
            None => out.push((secret.clone(), env.clone())),
        }
    }
    out.sort();
    for (i, (s, e)) in out.iter().enumerate() {
        if let Some((other, _)) = out[i + 1..].iter().find(|(_, e2)| e2 == e) {
            return Err(Error::usage(format!(
                "secrets '{}' and '{}' would both go in ${e}",
                escape(s),
                escape(other)
            ))
            .hint("give one of them another name: --use-secret SECRET=ENV_NAME"));
        }
    }
    Ok(out)
}

/// Days since `t`, rounded down.
pub fn age_days(t: Timestamp, now: Timestamp) -> i64 {
    (now - t).max(0) / 86_400
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_env_names_are_upper_case_with_underscores() {
        assert_eq!(default_env("github-token"), "GITHUB_TOKEN");
        assert_eq!(default_env("db.pass_2"), "DB_PASS_2");
        assert_eq!(default_env("1key"), "_1KEY");
        validate_env(&default_env("9.x")).unwrap();
    }

    #[test]
    fn names_that_could_leave_a_path_or_an_env_name_are_refused() {
        for ok in ["a", "github-token", "db.pass_2", "K1"] {
            validate_name(ok).unwrap();
        }
        for bad in [
            "",
            ".",
            "..",
            "-x",
            "a/b",
            "a b",
            "é",
            "a=b",
            &"x".repeat(101),
        ] {
            assert_eq!(validate_name(bad).unwrap_err().code(), 2, "{bad}");
        }
        for bad in ["", "1A", "A-B", "A B", "A=B"] {
            assert_eq!(validate_env(bad).unwrap_err().code(), 2, "{bad}");
        }
    }

    #[test]
    fn names_that_load_or_run_code_are_refused_and_ordinary_ones_kept() {
        for bad in [
            "BASH_ENV",
            "LD_PRELOAD",
            "ld_preload",
            "DYLD_INSERT_LIBRARIES",
            "PATH",
            "Path",
            "NODE_OPTIONS",
            "PYTHONPATH",
            "PERL5OPT",
            "RUBYOPT",
            "GIT_SSH_COMMAND",
            "GIT_CONFIG_GLOBAL",
            "JAVA_TOOL_OPTIONS",
            "HOME",
            "AUTHZ_DB",
            "npm_config_script_shell",
        ] {
            assert!(runs_code(bad), "{bad}");
            let e = validate_env(bad).unwrap_err();
            assert_eq!(e.code(), 2, "{bad}");
            assert!(e.message.contains("load or run"), "{}", e.message);
        }
        for ok in [
            "API_TOKEN",
            "GITHUB_TOKEN",
            "NODE_AUTH_TOKEN",
            "PGPASSWORD",
            "DB_PASS",
            "ENV_NAME",
        ] {
            assert!(!runs_code(ok), "{ok}");
            validate_env(ok).unwrap();
        }
        assert!(authz_own("PGPASSWORD") && authz_own("BAO_TOKEN") && authz_own("VAULT_TOKEN"));
        assert!(authz_own("AUTHZ_STORE") && !authz_own("API_TOKEN") && !authz_own("HOME"));
    }

    #[test]
    fn use_secret_parses_an_optional_env_name() {
        assert_eq!(parse_use("gh").unwrap(), ("gh".into(), "GH".into()));
        assert_eq!(
            parse_use("gh=TOKEN").unwrap(),
            ("gh".into(), "TOKEN".into())
        );
        assert!(parse_use("gh=").is_err());
        assert!(parse_use("=X").is_err());
    }

    #[test]
    fn merging_uses_renames_drops_and_refuses_shared_variables() {
        let cur = vec![("a".to_string(), "A".to_string()), ("b".into(), "B".into())];
        let got = merge_uses(&cur, &[("a".into(), "X".into())], &["b".into()]).unwrap();
        assert_eq!(got, vec![("a".to_string(), "X".to_string())]);
        let err = merge_uses(&cur, &[("c".into(), "A".into())], &[]).unwrap_err();
        assert_eq!(err.code(), 2);
        assert!(err.message.contains("$A"), "{}", err.message);
        assert!(merge_uses(&cur, &[("a".into(), "A".into())], &["a".into()]).is_err());
    }

    #[test]
    fn fingerprints_are_16_hex_digits_of_sha256() {
        // SHA-256("abc") = ba7816bf8f01cfea...
        assert_eq!(fingerprint(b"abc"), "ba7816bf8f01cfea");
        assert_ne!(fingerprint(b"abc"), fingerprint(b"abc\n"));
    }
}
