//! Views and the printer: each command result is `Serialize` (for `--json`) and renders itself
//! as text for people; the printer picks one. Machine output goes to stdout only.

use crate::error::{Error, escape_text};
use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// A command's result: JSON for machines, text (usually a table) for people.
pub trait View: Serialize {
    fn human(&self, w: &mut dyn Write) -> io::Result<()>;

    /// A confirmation of something done ("Workflow 'x' created."), not data that was asked
    /// for: `-q` leaves it out of the human output (never out of `--json`).
    fn is_confirmation(&self) -> bool {
        false
    }

    /// What `-q` prints instead of the whole view: the one result a script wants (the new
    /// id for `authz add`). `None`: the view as usual, or nothing for a confirmation.
    fn quiet_result(&self) -> Option<String> {
        None
    }
}

pub struct Printer {
    pub json: bool,
    pub quiet: bool,
    pub verbose: u8,
}

impl Printer {
    pub fn new(json: bool, quiet: bool, verbose: u8) -> Printer {
        Printer {
            json,
            quiet,
            verbose,
        }
    }

    pub fn print(&self, view: &impl View) -> crate::error::Result<()> {
        let stdout = io::stdout();
        let mut w = io::BufWriter::new(stdout.lock());
        if self.json {
            serde_json::to_writer_pretty(&mut w, view).map_err(io::Error::from)?;
            writeln!(w)?;
        } else if let Some(result) = view.quiet_result().filter(|_| self.quiet) {
            writeln!(Escaping::new(&mut w), "{result}")?;
        } else if self.quiet && view.is_confirmation() {
            return Ok(());
        } else {
            view.human(&mut Escaping::new(&mut w))?;
        }
        w.flush()?;
        Ok(())
    }

    /// Progress and notes for people, on stderr; silenced by `-q`.
    pub fn info(&self, msg: impl std::fmt::Display) {
        if !self.quiet {
            stderr_line!("{}", escape_text(&msg.to_string()));
        }
    }

    /// Something went wrong but the command still succeeded; never silenced.
    pub fn warn(&self, msg: impl std::fmt::Display) {
        stderr_line!(
            "{} {}",
            err_word("warning:", "\x1b[33m"),
            escape_text(&msg.to_string())
        );
    }

    /// Extra detail with `-v`.
    pub fn debug(&self, msg: impl std::fmt::Display) {
        if self.verbose > 0 {
            stderr_line!("debug: {}", escape_text(&msg.to_string()));
        }
    }
}

/// Colour for people, decided once per run (`set_colour`): `--color always|never`, else off
/// with NO_COLOR, on with CLICOLOR_FORCE, else on when the stream is a terminal (as gh and
/// kubectl do). Stdout and stderr are decided apart: `authz list | less` keeps red errors.
static COLOUR_OUT: AtomicBool = AtomicBool::new(false);
static COLOUR_ERR: AtomicBool = AtomicBool::new(false);

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColourChoice {
    Auto,
    Always,
    Never,
}

pub fn set_colour(choice: ColourChoice) {
    let env = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
    let decide = |terminal: bool| match choice {
        ColourChoice::Always => true,
        ColourChoice::Never => false,
        ColourChoice::Auto if env("NO_COLOR") => false,
        ColourChoice::Auto
            if std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| v != "0" && !v.is_empty()) =>
        {
            true
        }
        ColourChoice::Auto => terminal && std::env::var_os("TERM").is_none_or(|t| t != "dumb"),
    };
    COLOUR_OUT.store(decide(io::stdout().is_terminal()), Ordering::Relaxed);
    COLOUR_ERR.store(decide(io::stderr().is_terminal()), Ordering::Relaxed);
}

/// The few colours authz uses, as private-use characters that `Escaping` turns into SGR
/// sequences on a colour terminal and drops elsewhere (an ESC in a view would be escaped).
/// `error::escape` escapes them in text from outside, so only our views can colour.
#[derive(Clone, Copy)]
pub enum Paint {
    Red = 0xe001,
    Yellow = 0xe002,
    Green = 0xe003,
    Dim = 0xe004,
}
const RESET: char = '\u{e000}';

/// `text` in `paint` (a view's own words: status, severity).
pub fn paint(paint: Paint, text: &str) -> String {
    let start = char::from_u32(paint as u32).expect("a private-use character");
    format!("{start}{text}{RESET}")
}

/// The SGR sequence of a paint marker, if `c` is one.
fn sgr(c: char) -> Option<&'static str> {
    Some(match c as u32 {
        0xe000 => "\x1b[0m",
        0xe001 => "\x1b[31m",
        0xe002 => "\x1b[33m",
        0xe003 => "\x1b[32m",
        0xe004 => "\x1b[2m",
        _ => return None,
    })
}

/// A paint marker (see `Paint`).
pub fn is_paint(c: char) -> bool {
    ('\u{e000}'..='\u{e00f}').contains(&c)
}

/// Text as a terminal shows it: the width without paint markers.
pub fn visible_width(s: &str) -> usize {
    use unicode_width::UnicodeWidthChar;
    s.chars()
        .filter(|c| !is_paint(*c))
        .map(|c| c.width().unwrap_or(0))
        .sum()
}

/// A word of authz's own on stderr ("error:", "warning:"), coloured when stderr takes colour.
fn err_word(word: &str, sgr: &str) -> String {
    if COLOUR_ERR.load(Ordering::Relaxed) {
        format!("{sgr}{word}\x1b[0m")
    } else {
        word.to_owned()
    }
}

/// One line to stderr in one write (see `stderr_line!`).
pub fn to_stderr(line: std::fmt::Arguments) {
    let _ = io::stderr()
        .lock()
        .write_all(format!("{line}\n").as_bytes());
}

/// Prints an error once, at the edge: `error: ...` and `hint: ...`, or one JSON object. In one
/// write: stderr is unbuffered, and a child sharing it (a `$BROWSER` command) must not be able
/// to cut into the middle of the error.
pub fn report_error(e: &Error, json: bool) {
    let text = if json {
        format!("{}\n", e.to_json())
    } else {
        let hint = e
            .hint
            .as_ref()
            .map(|h| format!("{} {}\n", err_word("hint:", "\x1b[2m"), escape_text(h)))
            .unwrap_or_default();
        format!(
            "{} {}\n{hint}",
            err_word("error:", "\x1b[1;31m"),
            escape_text(&e.message)
        )
    };
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// A writer for people's eyes: whatever reaches it that a terminal would act on (see
/// `error::is_unsafe_char`; line ends excepted) is written escaped. Every human view goes
/// through one, so a store-, provider- or user-controlled string that a view forgot to escape
/// still cannot reach the terminal as a control sequence. Bytes that are not UTF-8 show as
/// U+FFFD.
pub struct Escaping<W: Write> {
    inner: W,
    /// The start of a character split across two writes.
    pending: Vec<u8>,
}

impl<W: Write> Escaping<W> {
    pub fn new(inner: W) -> Escaping<W> {
        Escaping {
            inner,
            pending: Vec::new(),
        }
    }
}

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let mut start = 0;
        loop {
            let rest = &self.pending[start..];
            let (good, bad) = match std::str::from_utf8(rest) {
                Ok(s) => (s, None),
                Err(e) => (
                    std::str::from_utf8(&rest[..e.valid_up_to()]).expect("valid up to here"),
                    Some(e),
                ),
            };
            // Paint markers become colour (or nothing); everything else is escaped.
            let colour = COLOUR_OUT.load(Ordering::Relaxed);
            for piece in good.split_inclusive(is_paint) {
                let (text, marker) = match piece.chars().last() {
                    Some(c) if is_paint(c) => (&piece[..piece.len() - c.len_utf8()], sgr(c)),
                    _ => (piece, None),
                };
                self.inner.write_all(escape_text(text).as_bytes())?;
                if let (true, Some(seq)) = (colour, marker) {
                    self.inner.write_all(seq.as_bytes())?;
                }
            }
            start += good.len();
            match bad.and_then(|e| e.error_len()) {
                Some(n) => {
                    self.inner.write_all("\u{fffd}".as_bytes())?;
                    start += n;
                }
                // Done, or an incomplete character that the next write completes.
                None => break,
            }
        }
        self.pending.drain(..start);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// A table in the house style: no borders' noise, wrapped to the terminal when there is one.
pub fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(presets::NOTHING);
    if io::stdout().is_terminal() {
        t.set_content_arrangement(ContentArrangement::Dynamic);
    }
    t.set_header(header.iter().map(|h| h.to_uppercase()));
    t
}

/// Writes a table, trimming comfy-table's trailing padding.
pub fn write_table(w: &mut dyn Write, t: &Table) -> io::Result<()> {
    for line in t.lines() {
        writeln!(w, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The width a table for people must fit: `$COLUMNS`, else the terminal's; `None` when
/// stdout is not a terminal (a pipe or a file gets every cell whole).
pub fn fit_width() -> Option<usize> {
    if !io::stdout().is_terminal() {
        return None;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
        .or_else(|| {
            rustix::termios::tcgetwinsize(io::stdout())
                .ok()
                .map(|w| usize::from(w.ws_col))
                .filter(|c| *c > 0)
        })
}

/// Shrinks the `shrinkable` columns of `widths`, widest first, until a row (a space either
/// side of each cell, as `write_row` writes it) fits `total` or none can shrink further. A
/// column never gets narrower than its header or 5.
pub fn fit_widths(widths: &mut [usize], header: &[&str], shrinkable: &[bool], total: usize) {
    let row = |w: &[usize]| w.iter().filter(|w| **w > 0).map(|w| w + 2).sum::<usize>() - 1;
    while row(widths) > total {
        let widest = (0..widths.len())
            .filter(|&i| shrinkable[i] && widths[i] > header[i].len().max(5))
            .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
        match widest {
            Some(i) => widths[i] -= 1,
            None => break,
        }
    }
}

/// A cell cut to `width` columns, ending in `…` when it was cut.
pub fn clip(cell: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if visible_width(cell) <= width {
        return cell.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in cell.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A row in the house table style (a space either side of each cell, columns as wide as
/// `widths`, no trailing blanks); a column of width 0 is left out, a longer cell is clipped.
pub fn write_row(w: &mut dyn Write, row: &[String], widths: &[usize]) -> io::Result<()> {
    let mut line = String::new();
    for (cell, width) in row.iter().zip(widths).filter(|(_, w)| **w > 0) {
        let cell = clip(cell, *width);
        line.push(' ');
        line.push_str(&cell);
        line.extend(std::iter::repeat_n(
            ' ',
            width.saturating_sub(visible_width(&cell)) + 1,
        ));
    }
    writeln!(w, "{}", line.trim_end())
}

/// The shortest id people are shown: `az_` and 5 characters (32^5 ids apart, as git's 7 hex).
pub const MIN_ID: usize = 8;

/// How many characters of an id keep every one of `ids` apart (at least `min`), as git
/// abbreviates commits: the prefix people type.
pub fn unique_prefix_len(mut ids: Vec<&str>, min: usize) -> usize {
    ids.sort_unstable();
    ids.windows(2)
        .map(|p| {
            let same = p[0]
                .bytes()
                .zip(p[1].bytes())
                .take_while(|(a, b)| a == b)
                .count();
            same + 1
        })
        .fold(min, usize::max)
}

/// A JSON object as `key=value` words for people (nested keys dotted, lists comma-joined,
/// nulls left out, values with spaces quoted).
pub fn key_values(v: &serde_json::Value) -> String {
    fn walk(prefix: &str, v: &serde_json::Value, out: &mut Vec<String>) {
        use serde_json::Value;
        let word = |s: String| {
            if s.is_empty() || s.contains(char::is_whitespace) {
                format!("{s:?}")
            } else {
                s
            }
        };
        match v {
            Value::Null => {}
            Value::Object(m) => {
                for (k, v) in m {
                    let key = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    walk(&key, v, out);
                }
            }
            Value::Array(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|i| match i {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect();
                out.push(format!("{prefix}={}", word(parts.join(","))));
            }
            Value::String(s) => out.push(format!("{prefix}={}", word(s.clone()))),
            other => out.push(format!("{prefix}={other}")),
        }
    }
    let mut out = Vec::new();
    walk("", v, &mut out);
    out.join(" ")
}

/// Names for a table cell: all of them when few, else the first few and "+N more"; the count
/// always shows.
pub fn short_list(names: &[String], keep: usize) -> String {
    match names.len() {
        0 => "0".to_string(),
        n => format!("{n}: {}", some_names(names, keep)),
    }
}

/// The first few names and "+N more", without the count: for a sentence that says it already
/// ("used by 2 workflow(s): a, b").
pub fn some_names(names: &[String], keep: usize) -> String {
    let shown: Vec<String> = names
        .iter()
        .take(keep)
        .map(|n| crate::error::escape(n))
        .collect();
    match names.len() {
        n if n <= keep => shown.join(", "),
        n => format!("{}, +{} more", shown.join(", "), n - keep),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_escaping_writer_lets_lines_through_and_nothing_a_terminal_acts_on() {
        let mut out = Vec::new();
        let mut w = Escaping::new(&mut out);
        let text = "id\u{1b}]0;pwned\u{7}\n\u{2028}é\u{202e}\n";
        // Byte by byte: characters split across writes still come out whole.
        for b in text.as_bytes() {
            w.write_all(std::slice::from_ref(b)).unwrap();
        }
        w.write_all(b"\xff!").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "id\\u{1b}]0;pwned\\u{7}\n\\u{2028}é\\u{202e}\n\u{fffd}!"
        );
    }

    #[test]
    fn short_list_keeps_the_count_visible() {
        let names: Vec<String> = (1..=5).map(|i| format!("w{i}")).collect();
        assert_eq!(short_list(&names[..0], 3), "0");
        assert_eq!(short_list(&names[..2], 3), "2: w1, w2");
        assert_eq!(short_list(&names, 3), "5: w1, w2, w3, +2 more");
    }
}

/// One authorization as lists, `show` and `add` print it. JSON fields are only ever added.
#[derive(Debug, Serialize)]
pub struct AuthzView {
    pub id: String,
    pub email: String,
    /// The userinfo claim the email was read from.
    pub email_claim: String,
    pub name: Option<String>,
    pub subject: String,
    pub issuer: String,
    pub created: String,
    pub created_by: String,
    pub label: Option<String>,
    pub service_account: bool,
    pub scopes: crate::domain::Scopes,
    pub status: crate::domain::Status,
    pub token: crate::domain::TokenState,
    pub revoked: Option<String>,
    pub workflows: Vec<String>,
    /// Where the tokens are (`{"backend": "keyring", "host", "user"}` or
    /// `{"backend": "openbao:MOUNT/PREFIX", "address"}`); null when not known.
    pub tokens_at: Option<crate::domain::TokensAt>,
}

impl AuthzView {
    pub fn new(
        a: crate::domain::Authorization,
        workflows: Vec<String>,
        now: crate::domain::Timestamp,
    ) -> AuthzView {
        use crate::domain::{TokenState, format_ts};
        AuthzView {
            token: TokenState::of(&a, now, crate::domain::REFRESH_MARGIN),
            id: a.id,
            email: a.email,
            email_claim: a.email_claim,
            name: a.name,
            subject: a.subject,
            issuer: a.issuer,
            created: format_ts(a.created),
            created_by: a.created_by,
            label: a.label,
            service_account: a.service_account,
            scopes: a.scopes,
            status: a.status,
            revoked: a.revoked.map(format_ts),
            workflows,
            tokens_at: a.tokens_at,
        }
    }
}

/// One workflow as `workflow list`, `show` and the import report print it.
#[derive(Debug, Serialize)]
pub struct WorkflowView {
    pub name: String,
    pub authorization: String,
    pub owner: Option<String>,
    pub scopes: crate::domain::Scopes,
    pub created: String,
    pub updated: String,
    /// The vault entries it uses and the variables they go in, sorted by name.
    pub secrets: Vec<SecretRef>,
    /// The API its token is for (RFC 8707), when it names one (`workflow show` and the
    /// answers of create/edit; `workflow list` leaves it out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<String>,
    /// Present (true) when it refuses a token the provider did not narrow.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub strict_scopes: bool,
}

/// A narrowed access token cached for a workflow's needs: what it holds, never the token.
#[derive(Debug, Serialize)]
pub struct CachedTokenView {
    /// The scopes asked for (the workflows' required scopes).
    pub scopes: crate::domain::Scopes,
    pub resource: Option<String>,
    /// What the provider said it granted; null when it did not say.
    pub granted: Option<crate::domain::Scopes>,
    /// `narrowed`, `unconfirmed`, `ignored` or `refused`.
    pub narrowing: crate::domain::narrow::Narrowing,
    /// When the token expires (for `refused`: when the narrowing is asked again).
    pub expires: Option<String>,
    pub refreshed: String,
    pub expired: bool,
}

impl CachedTokenView {
    pub fn new(c: &crate::domain::narrow::CachedToken, now: crate::domain::Timestamp) -> Self {
        use crate::domain::format_ts;
        CachedTokenView {
            scopes: c.scopes.clone(),
            resource: c.resource.clone(),
            granted: c.granted.clone(),
            narrowing: c.narrowing,
            expires: c.expires.map(format_ts),
            refreshed: format_ts(c.refreshed),
            expired: c.expires.is_none_or(|e| e <= now),
        }
    }

    /// One line for people: `workflows:read (narrowed, expires 2026-...)`.
    pub fn line(&self) -> String {
        let what = match &self.resource {
            Some(r) => format!("{} for {}", self.scopes, escape_text(r)),
            None => self.scopes.to_text(),
        };
        let granted = match (&self.granted, self.narrowing) {
            (Some(g), crate::domain::narrow::Narrowing::Ignored) => format!(", granted {g}"),
            _ => String::new(),
        };
        let when = match (&self.expires, self.narrowing) {
            (Some(e), crate::domain::narrow::Narrowing::Refused) => {
                format!(", asked again after {e}")
            }
            (Some(_), _) if self.expired => ", expired".to_owned(),
            (Some(e), _) => format!(", expires {e}"),
            (None, _) => String::new(),
        };
        format!("{what} ({}{granted}{when})", self.narrowing.as_str())
    }
}

/// A workflow's use of a vault entry: `{"name": ..., "env": ...}`, as `workflow import` takes it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SecretRef {
    pub name: String,
    #[serde(default)]
    pub env: Option<String>,
}

impl WorkflowView {
    /// The view with the workflow's secrets read from `tx`.
    pub fn read(
        tx: &dyn crate::store::Tx,
        w: crate::domain::Workflow,
    ) -> crate::error::Result<WorkflowView> {
        let uses = tx.secret_uses(Some(&w.name), None)?;
        let policy = tx.token_policy(&w.name)?;
        let mut v = WorkflowView::from(w);
        v.resource = policy.resource;
        v.strict_scopes = policy.strict;
        v.secrets = uses
            .into_iter()
            .map(|u| SecretRef {
                name: u.secret,
                env: Some(u.env),
            })
            .collect();
        Ok(v)
    }
}

impl From<crate::domain::Workflow> for WorkflowView {
    fn from(w: crate::domain::Workflow) -> Self {
        use crate::domain::format_ts;
        WorkflowView {
            name: w.name,
            authorization: w.authorization,
            owner: w.owner,
            scopes: w.scopes,
            created: format_ts(w.created),
            updated: format_ts(w.updated),
            secrets: Vec::new(),
            resource: None,
            strict_scopes: false,
        }
    }
}
