//! Where a PostgreSQL store is and how to reach it, by libpq's conventions: a `postgres://` URL,
//! then the `PG*` environment variables, then libpq's defaults; the password from `PGPASSWORD`
//! or the password file (`~/.pgpass`, `PGPASSFILE`), never from the URL. TLS per `sslmode`
//! (`disable`, `prefer`, `require`, `verify-ca`, `verify-full`) and `sslrootcert`; unlike
//! libpq, `verify-full` unless the URL or `PGSSLMODE` names a mode (issue 18.2).

use crate::error::{Error, Result, escape};
use crate::sensitive::Secret;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The schema authz keeps its tables in unless the URL says `?schema=NAME`.
pub const DEFAULT_SCHEMA: &str = "authz";
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Host {
    Tcp(String),
    /// A directory holding the server's Unix socket (`.s.PGSQL.PORT`).
    Socket(PathBuf),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    /// TLS when the server offers it, without checking its certificate (libpq's default, not
    /// authz's).
    Prefer,
    /// TLS, certificate unchecked (or checked like verify-ca when a root certificate is given).
    Require,
    /// TLS with a certificate signed by the root certificate; any host name.
    VerifyCa,
    /// TLS with a certificate signed by the root certificate, for this host name (the default).
    VerifyFull,
}

impl SslMode {
    /// Whether a connection in this mode knows who answered (`root`: a root certificate is
    /// named; without one, `require` checks nothing and the verify modes use the system's).
    pub fn verifies(self, root: bool) -> bool {
        match self {
            SslMode::Disable | SslMode::Prefer => false,
            SslMode::Require => root,
            SslMode::VerifyCa | SslMode::VerifyFull => true,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }
}

impl SslMode {
    fn parse(text: &str) -> Result<SslMode> {
        Ok(match text {
            "disable" => SslMode::Disable,
            "allow" | "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(Error::usage(format!(
                    "sslmode '{}' is not one of disable, prefer, require, verify-ca, verify-full",
                    escape(other)
                )));
            }
        })
    }
}

/// Everything needed to connect. `Debug` never shows the password (it is a `Secret`).
#[derive(Clone, Debug)]
pub struct Settings {
    pub host: Host,
    pub port: u16,
    pub user: String,
    pub dbname: String,
    pub password: Option<Secret<String>>,
    pub sslmode: SslMode,
    /// The root certificate(s) a verify-* mode checks against (PEM); None: the system's
    /// trust store.
    pub sslrootcert: Option<PathBuf>,
    pub connect_timeout: Duration,
    pub schema: String,
}

/// The environment a URL is completed from: `PG*` variables, the home directory, the OS user.
/// A parameter so tests need not touch the process environment.
pub struct Env<'a> {
    pub var: &'a dyn Fn(&str) -> Option<String>,
    pub home: Option<PathBuf>,
    pub os_user: String,
}

impl Env<'_> {
    fn get(&self, key: &str) -> Option<String> {
        (self.var)(key).filter(|v| !v.is_empty())
    }
}

impl Settings {
    /// Parses `url` (`postgres://` or `postgresql://`) and completes it from `env`.
    pub fn parse(url: &str, env: &Env) -> Result<Settings> {
        let hint = "write it as postgres://USER@HOST:PORT/DBNAME?sslmode=verify-full";
        // libpq takes `postgres://USER@/DB?host=/socket/dir`; the url crate wants a host
        // after `@`, so the user is lifted out of such a URL first.
        let (url, bare_user) = match url.split_once("://") {
            Some((scheme, rest)) => {
                let end = rest.find(['/', '?']).unwrap_or(rest.len());
                match rest[..end].strip_suffix('@') {
                    Some(user) if !user.contains(':') => (
                        format!("{scheme}://{}", &rest[end..]),
                        Some(user.to_owned()),
                    ),
                    _ => (url.to_owned(), None),
                }
            }
            None => (url.to_owned(), None),
        };
        let parsed = url::Url::parse(&url)
            .map_err(|e| Error::usage(format!("the store URL is not a URL: {e}")).hint(hint))?;
        if parsed.password().is_some() {
            return Err(Error::usage("the store URL carries a password; authz never takes one from the command line")
                .hint("remove it from the URL and put it in PGPASSWORD or ~/.pgpass (hostname:port:database:username:password, mode 0600)"));
        }
        let mut q = Query::default();
        for (k, v) in parsed.query_pairs() {
            match &*k {
                "host" => q.host = Some(v.into_owned()),
                "port" => q.port = Some(v.into_owned()),
                "user" => q.user = Some(v.into_owned()),
                "dbname" => q.dbname = Some(v.into_owned()),
                "sslmode" => q.sslmode = Some(v.into_owned()),
                "sslrootcert" => q.sslrootcert = Some(v.into_owned()),
                "connect_timeout" => q.connect_timeout = Some(v.into_owned()),
                "schema" => q.schema = Some(v.into_owned()),
                "password" => {
                    return Err(Error::usage(
                        "the store URL carries a password; authz never takes one from the command line",
                    )
                    .hint("remove it from the URL and put it in PGPASSWORD or ~/.pgpass"));
                }
                // Harmless libpq parameters authz has no use for.
                "application_name" | "options" | "target_session_attrs" => {}
                other => {
                    return Err(Error::usage(format!(
                        "the store URL has an unknown parameter '{}'",
                        escape(other)
                    ))
                    .hint("known: host, port, user, dbname, sslmode, sslrootcert, connect_timeout, schema"));
                }
            }
        }
        let decode = |s: &str| {
            percent_decode(s).ok_or_else(|| {
                Error::usage(format!(
                    "the store URL has bad %-escapes in '{}'",
                    escape(s)
                ))
            })
        };
        let host_text = match (q.host, parsed.host_str().filter(|h| !h.is_empty())) {
            (Some(h), _) => Some(h),
            (None, Some(h)) => Some(decode(h)?),
            (None, None) => env.get("PGHOST"),
        };
        if host_text.as_deref().is_some_and(|h| h.contains(',')) {
            return Err(
                Error::usage("the store URL names several hosts; authz connects to one").hint(hint),
            );
        }
        let host = match host_text {
            Some(h) if h.starts_with('/') => Host::Socket(PathBuf::from(h)),
            Some(h) => Host::Tcp(h.trim_start_matches('[').trim_end_matches(']').to_owned()),
            None => Host::Socket(PathBuf::from("/var/run/postgresql")),
        };
        let port_text = q
            .port
            .or_else(|| parsed.port().map(|p| p.to_string()))
            .or_else(|| env.get("PGPORT"));
        let port = match port_text {
            None => 5432,
            Some(p) => p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| {
                Error::usage(format!("'{}' is not a port", escape(&p))).hint(hint)
            })?,
        };
        let user = match (
            q.user.or(bare_user.map(|u| decode(&u)).transpose()?),
            parsed.username(),
        ) {
            (Some(u), _) => u,
            (None, "") => env.get("PGUSER").unwrap_or_else(|| env.os_user.clone()),
            (None, u) => decode(u)?,
        };
        let path_db = parsed.path().trim_start_matches('/');
        let dbname = match q.dbname {
            Some(d) => d,
            None if !path_db.is_empty() => decode(path_db)?,
            None => env.get("PGDATABASE").unwrap_or_else(|| user.clone()),
        };
        let sslmode = match q.sslmode.or_else(|| env.get("PGSSLMODE")) {
            Some(m) => SslMode::parse(&m)?,
            // Not libpq's `prefer`: a password never goes to a server nobody checked unless
            // the user asks for that (issue 18.2). A Unix socket needs no TLS.
            None => SslMode::VerifyFull,
        };
        let sslrootcert = match q.sslrootcert.or_else(|| env.get("PGSSLROOTCERT")) {
            // libpq 16's `sslrootcert=system`: the system's trust store (also what a verify
            // mode uses when no root certificate is named anywhere).
            Some(s) if s == "system" => None,
            given => given.map(PathBuf::from).or_else(|| {
                let default = env.home.as_ref()?.join(".postgresql/root.crt");
                default.exists().then_some(default)
            }),
        };
        let connect_timeout = match q.connect_timeout.or_else(|| env.get("PGCONNECT_TIMEOUT")) {
            None => DEFAULT_CONNECT_TIMEOUT,
            // libpq: 0 means wait forever; authz bounds every wait, so 0 means the default.
            Some(t) => match t.parse::<u64>() {
                Ok(0) => DEFAULT_CONNECT_TIMEOUT,
                Ok(s) => Duration::from_secs(s.max(2)),
                Err(_) => {
                    return Err(Error::usage(format!(
                        "connect_timeout '{}' is not a number of seconds",
                        escape(&t)
                    )));
                }
            },
        };
        let schema = q.schema.unwrap_or_else(|| DEFAULT_SCHEMA.to_owned());
        check_schema_name(&schema)?;
        let mut settings = Settings {
            host,
            port,
            user,
            dbname,
            password: None,
            sslmode,
            sslrootcert,
            connect_timeout,
            schema,
        };
        settings.password = match env.get("PGPASSWORD") {
            Some(p) => Some(Secret::new(p)),
            None => settings.password_from_file(env)?,
        };
        Ok(settings)
    }

    /// The URL for people: no password (there never is one), the schema when not the default.
    pub fn display_url(&self) -> String {
        let host = match &self.host {
            Host::Tcp(h) if h.contains(':') => format!("[{h}]"),
            Host::Tcp(h) => h.clone(),
            Host::Socket(_) => String::new(),
        };
        let mut params = Vec::new();
        if let Host::Socket(dir) = &self.host {
            params.push(format!("host={}", dir.display()));
        }
        if self.schema != DEFAULT_SCHEMA {
            params.push(format!("schema={}", self.schema));
        }
        let query = if params.is_empty() {
            String::new()
        } else {
            format!("?{}", params.join("&"))
        };
        format!(
            "postgres://{}@{host}:{}/{}{query}",
            self.user, self.port, self.dbname
        )
    }

    /// libpq's password file: `PGPASSFILE` or `~/.pgpass`, ignored (as libpq does) unless it is
    /// private to its owner; lines `hostname:port:database:username:password`, `*` matches
    /// anything, `\` escapes `:` and `\`.
    fn password_from_file(&self, env: &Env) -> Result<Option<Secret<String>>> {
        let path = match env.get("PGPASSFILE") {
            Some(p) => PathBuf::from(p),
            None => match &env.home {
                Some(h) => h.join(".pgpass"),
                None => return Ok(None),
            },
        };
        let Some(text) = read_private(&path) else {
            return Ok(None);
        };
        let host = match &self.host {
            Host::Tcp(h) => h.clone(),
            // libpq matches a socket connection against "localhost" (and the default socket dir).
            Host::Socket(_) => "localhost".to_owned(),
        };
        let port = self.port.to_string();
        let wanted = [host.as_str(), &port, &self.dbname, &self.user];
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let fields = split_pgpass(line);
            if fields.len() != 5 {
                continue;
            }
            if fields[..4]
                .iter()
                .zip(wanted)
                .all(|(f, w)| f == "*" || f == w)
            {
                return Ok(Some(Secret::new(fields[4].clone())));
            }
        }
        Ok(None)
    }
}

#[derive(Default)]
struct Query {
    host: Option<String>,
    port: Option<String>,
    user: Option<String>,
    dbname: Option<String>,
    sslmode: Option<String>,
    sslrootcert: Option<String>,
    connect_timeout: Option<String>,
    schema: Option<String>,
}

/// A schema name goes into SQL as an identifier, so it is kept to plain lower-case letters.
pub fn check_schema_name(name: &str) -> Result<()> {
    let ok = (1..=63).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !name.starts_with("pg_");
    if ok {
        return Ok(());
    }
    Err(
        Error::usage(format!("'{}' is not a usable schema name", escape(name)))
            .hint("use lower-case letters, digits and '_', not starting with a digit or pg_"),
    )
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn split_pgpass(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    fields.last_mut().expect("never empty").push(n);
                }
            }
            ':' => fields.push(String::new()),
            c => fields.last_mut().expect("never empty").push(c),
        }
    }
    fields
}

#[cfg(unix)]
fn read_private(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.permissions().mode() & 0o077 != 0 {
        return None;
    }
    std::fs::read_to_string(path).ok()
}

#[cfg(not(unix))]
fn read_private(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn parse(url: &str, vars: &[(&str, &str)], home: Option<&Path>) -> Result<Settings> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let var = move |k: &str| vars.get(k).cloned();
        Settings::parse(
            url,
            &Env {
                var: &var,
                home: home.map(Path::to_owned),
                os_user: "osuser".into(),
            },
        )
    }

    #[test]
    fn a_url_with_a_password_is_refused_naming_pgpassword_and_pgpass() {
        for url in [
            "postgres://u:hunter2@db/x",
            "postgresql://u@db/x?password=hunter2",
        ] {
            let e = parse(url, &[], None).unwrap_err();
            assert_eq!(e.code(), 2);
            assert!(!e.message.contains("hunter2"), "{}", e.message);
            let hint = e.hint.unwrap();
            assert!(
                hint.contains("PGPASSWORD") && hint.contains("pgpass"),
                "{hint}"
            );
        }
    }

    #[test]
    fn the_url_wins_over_pg_variables_which_win_over_defaults() {
        let env = [
            ("PGHOST", "envhost"),
            ("PGPORT", "6543"),
            ("PGUSER", "envuser"),
            ("PGDATABASE", "envdb"),
            ("PGSSLMODE", "require"),
        ];
        let s = parse("postgres://u@h:1234/d?sslmode=verify-full", &env, None).unwrap();
        assert_eq!(
            (s.host, s.port, &*s.user, &*s.dbname, s.sslmode),
            (Host::Tcp("h".into()), 1234, "u", "d", SslMode::VerifyFull)
        );
        let s = parse("postgres://", &env, None).unwrap();
        assert_eq!(
            (s.host, s.port, &*s.user, &*s.dbname, s.sslmode),
            (
                Host::Tcp("envhost".into()),
                6543,
                "envuser",
                "envdb",
                SslMode::Require
            )
        );
        let s = parse("postgresql://", &[], None).unwrap();
        assert_eq!(s.host, Host::Socket("/var/run/postgresql".into()));
        assert_eq!((s.port, &*s.user, &*s.dbname), (5432, "osuser", "osuser"));
        assert_eq!((s.sslmode, &*s.schema), (SslMode::VerifyFull, "authz"));
    }

    #[test]
    fn sslrootcert_system_is_the_trust_store_and_only_named_modes_go_unverified() {
        let s = parse("postgres://h/d?sslrootcert=system", &[], None).unwrap();
        assert_eq!((s.sslmode, s.sslrootcert), (SslMode::VerifyFull, None));
        for (mode, root, verified) in [
            ("disable", true, false),
            ("prefer", true, false),
            ("require", false, false),
            ("require", true, true),
            ("verify-ca", false, true),
            ("verify-full", false, true),
        ] {
            let s = parse(&format!("postgres://h/d?sslmode={mode}"), &[], None).unwrap();
            assert_eq!(s.sslmode.name(), mode);
            assert_eq!(s.sslmode.verifies(root), verified, "{mode} {root}");
        }
    }

    #[test]
    fn a_socket_directory_can_be_given_as_host_parameter_or_escaped_host() {
        let a = parse("postgres:///db?host=/tmp/pg", &[], None).unwrap();
        let b = parse("postgres://%2Ftmp%2Fpg/db", &[], None).unwrap();
        let c = parse("postgres://me@/db?host=/tmp/pg", &[], None).unwrap();
        assert_eq!(a.host, Host::Socket("/tmp/pg".into()));
        assert_eq!(b.host, a.host);
        assert_eq!((&c.host, &*c.user, &*c.dbname), (&a.host, "me", "db"));
    }

    #[test]
    fn the_password_comes_from_pgpassword_or_a_private_pgpass() {
        let home = tempfile::tempdir().unwrap();
        let pgpass = home.path().join(".pgpass");
        std::fs::write(
            &pgpass,
            "# comment\nother:5432:*:u:nope\nh:5432:d:u:pa\\:ss\n*:*:*:*:fallback\n",
        )
        .unwrap();
        let pw = |s: Settings| s.password.map(|p| p.expose().clone());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
            let s = parse("postgres://u@h/d", &[], Some(home.path())).unwrap();
            assert_eq!(
                pw(s),
                None,
                "a world-readable pgpass is ignored, as libpq does"
            );
            std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let s = parse("postgres://u@h/d", &[], Some(home.path())).unwrap();
        assert_eq!(pw(s).as_deref(), Some("pa:ss"));
        let s = parse("postgres://x@y/z", &[], Some(home.path())).unwrap();
        assert_eq!(pw(s).as_deref(), Some("fallback"));
        let s = parse(
            "postgres://u@h/d",
            &[("PGPASSWORD", "env")],
            Some(home.path()),
        )
        .unwrap();
        assert_eq!(pw(s).as_deref(), Some("env"));
    }

    #[test]
    fn debug_and_display_never_show_the_password() {
        let s = parse("postgres://u@h/d", &[("PGPASSWORD", "hunter2")], None).unwrap();
        assert!(!format!("{s:?}").contains("hunter2"));
        assert!(format!("{s:?}").contains("REDACTED"));
        assert_eq!(s.display_url(), "postgres://u@h:5432/d");
    }

    #[test]
    fn bad_parameters_are_usage_errors() {
        for url in [
            "postgres://h/d?sslmode=maybe",
            "postgres://h:0/d",
            "postgres://h/d?schema=Bad-Name",
            "postgres://h/d?schema=pg_catalog",
            "postgres://h/d?frobnicate=1",
            "postgres://a,b/d",
        ] {
            assert_eq!(parse(url, &[], None).unwrap_err().code(), 2, "{url}");
        }
    }
}
