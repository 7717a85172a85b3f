//! Typed user-facing errors: each knows its exit code, its JSON `kind` and an optional hint.

use std::fmt;

/// The documented exit codes (docs/exit-codes.md). Fixed: never renumber.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// 1: anything else (I/O, a corrupt store, a bug).
    Failure,
    /// 2: the command line or an input file is wrong.
    Usage,
    /// 3: refused because of dependencies or a conflict.
    Conflict,
    /// 4: the named authorization, workflow or file does not exist.
    NotFound,
    /// 5: the identity provider or the login failed.
    Provider,
    /// 6: the OS secret store is unavailable.
    SecretStore,
    /// 7: the authorization needs a new login.
    Relogin,
    /// 8: a backend refused this identity: an expired token, a missing policy or grant.
    NotPermitted,
    /// 9: `verify` rejected at least one token.
    TokenRejected,
    /// 10: a workflow that refuses a wider token (`--strict-scopes`) got no narrowed one.
    NotNarrowed,
}

impl Kind {
    pub fn code(self) -> i32 {
        match self {
            Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::Conflict => 3,
            Kind::NotFound => 4,
            Kind::Provider => 5,
            Kind::SecretStore => 6,
            Kind::Relogin => 7,
            Kind::NotPermitted => 8,
            Kind::TokenRejected => 9,
            Kind::NotNarrowed => 10,
        }
    }
}

/// One error line for people (`error: ...`, then `hint: ...`), one JSON object for machines.
#[derive(Debug)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    /// Structured details for `--json` (e.g. the affected workflows of a refused revoke).
    pub details: Option<serde_json::Value>,
    /// A closed stdout (`authz list | head`): end quietly with success.
    pub silent: bool,
    /// Another exit code than the kind's: with `silent`, the one `authz run` passes on from
    /// its command; without, a code of its own (126/127: `authz run` could not start it).
    pub exit: Option<i32>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            details: None,
            silent: false,
            exit: None,
        }
    }

    /// No message: the process ends with `code` (the exit code of the command `authz run` ran).
    pub fn exit_with(code: i32) -> Self {
        let mut e = Self::failure("");
        e.silent = true;
        e.exit = Some(code);
        e
    }
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Kind::Failure, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }
    pub fn provider(message: impl Into<String>) -> Self {
        Self::new(Kind::Provider, message)
    }
    pub fn secret_store(message: impl Into<String>) -> Self {
        Self::new(Kind::SecretStore, message)
    }
    pub fn relogin(message: impl Into<String>) -> Self {
        Self::new(Kind::Relogin, message)
    }
    pub fn not_permitted(message: impl Into<String>) -> Self {
        Self::new(Kind::NotPermitted, message)
    }
    pub fn not_narrowed(message: impl Into<String>) -> Self {
        Self::new(Kind::NotNarrowed, message)
    }
    pub fn token_rejected(message: impl Into<String>) -> Self {
        Self::new(Kind::TokenRejected, message)
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn details(mut self, details: serde_json::Value) -> Self {
        self.details = Some(details);
        self
    }
    pub fn code(&self) -> i32 {
        self.exit.unwrap_or(self.kind.code())
    }

    /// Exits with `code` instead of the kind's (the shell's 126/127 for a command that could
    /// not be run).
    pub fn with_exit(mut self, code: i32) -> Self {
        self.exit = Some(code);
        self
    }

    /// The `--json` form written to stderr.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::json!({
            "error": {
                "kind": self.kind,
                "code": self.code(),
                "message": self.message,
            }
        });
        if let Some(h) = &self.hint {
            v["error"]["hint"] = h.clone().into();
        }
        if let Some(d) = &self.details {
            v["error"]["details"] = d.clone();
        }
        v
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Adds "what we were doing" to a lower-level error, keeping the whole chain on one line.
pub trait Context<T> {
    fn context(self, what: impl fmt::Display) -> Result<T>;
}

impl<T, E: Into<Error>> Context<T> for std::result::Result<T, E> {
    fn context(self, what: impl fmt::Display) -> Result<T> {
        self.map_err(|e| {
            let mut e = e.into();
            e.message = format!("{what}: {}", e.message);
            e
        })
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(f, _) = &e
            && matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            )
        {
            return Error::failure(format!("the store is busy: {e}"))
                .hint("another authz process held the database for too long; retry");
        }
        Error::failure(format!("store: {e}"))
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        let mut err = Error::failure(e.to_string());
        err.silent = e.kind() == std::io::ErrorKind::BrokenPipe;
        err
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::failure(format!("JSON: {e}"))
    }
}

/// Escapes text that came from outside (provider error descriptions, emails) so that control
/// characters and bidi overrides cannot rewrite the operator's terminal.
pub fn escape(s: &str) -> String {
    escape_except(s, None)
}

/// Like `escape`, but line ends stay: for whole messages and views, whose lines are ours.
pub fn escape_text(s: &str) -> String {
    escape_except(s, Some('\n'))
}

fn escape_except(s: &str, keep: Option<char>) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if Some(c) != keep && is_unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// A character a terminal acts on or that hides or reorders text: controls (C0, DEL, C1), bidi
/// marks, embeddings, overrides and isolates (U+061C included), the line and paragraph
/// separators U+2028/U+2029, and zero-width or invisible formatting characters.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00ad}'
                | '\u{061c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{feff}'
                | '\u{fff9}'..='\u{fffb}'
                // authz's paint markers (`output::Paint`): only its own views may colour.
                | '\u{e000}'..='\u{e00f}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_control_and_bidi() {
        assert_eq!(escape("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(escape("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(escape("ok@example.com"), "ok@example.com");
        for c in [
            '\u{61c}', '\u{2028}', '\u{2029}', '\u{200b}', '\u{200d}', '\u{feff}', '\u{9b}',
        ] {
            let shown = escape(&format!("a{c}b"));
            assert!(shown.is_ascii() && shown.contains("\\u{"), "{shown}");
        }
        assert_eq!(escape_text("a\nb\u{1b}"), "a\nb\\u{1b}");
        assert_eq!(escape("a\nb\0"), "a\\u{a}b\\u{0}");
    }

    #[test]
    fn exit_codes_are_the_documented_ones() {
        let codes: Vec<i32> = [
            Kind::Failure,
            Kind::Usage,
            Kind::Conflict,
            Kind::NotFound,
            Kind::Provider,
            Kind::SecretStore,
            Kind::Relogin,
            Kind::NotPermitted,
            Kind::TokenRejected,
        ]
        .iter()
        .map(|k| k.code())
        .collect();
        assert_eq!(codes, vec![1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }
}
