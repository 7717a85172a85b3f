//! `authz verify --workflow NAME` and `authz authorizer verify NAME`: tokens on stdin, one per
//! line (never argv: they are credentials), one JSON verdict per line on stdout.

use crate::app::App;
use crate::domain::authorizer::Authorizer;
use crate::domain::jwt::{self, Reason};
use crate::error::{Error, Result, escape};
use crate::jwks::Jwks;
use serde_json::{Value, json};
use std::io::{self, BufRead, Read, Write};

/// A token longer than this is refused unread: no JWT an authorizer should accept is that big.
const MAX_LINE: usize = 64 * 1024;

/// Verifies every line of stdin with `a` and its key set; exit 9 when any token was rejected.
/// (The authorizer and its keys come from cmd::authorizer, which owns where keys live.)
pub fn stream(a: &Authorizer, mut jwks: Jwks, app: &mut App) -> Result<()> {
    for n in jwks.notes.drain(..) {
        app.out.warn(n);
    }
    let mut input = io::BufReader::with_capacity(MAX_LINE, io::stdin());
    let mut out = io::BufWriter::new(io::stdout().lock());
    let (mut total, mut rejected) = (0usize, 0usize);
    let mut line = Vec::new();
    loop {
        line.clear();
        let n = Read::take(input.by_ref(), MAX_LINE as u64 + 1).read_until(b'\n', &mut line)?;
        if n == 0 {
            break;
        }
        let too_long = line.len() > MAX_LINE && line.last() != Some(&b'\n');
        if too_long {
            skip_rest_of_line(&mut input)?;
        }
        total += 1;
        let verdict = judge(&line, too_long, a, &mut jwks, app);
        if verdict["valid"] != true {
            rejected += 1;
        }
        serde_json::to_writer(&mut out, &verdict).map_err(io::Error::from)?;
        out.write_all(b"\n")?;
        // Answer each token before waiting for the next (a caller may send one at a time).
        if input.buffer().is_empty() {
            out.flush()?;
        }
        for n in jwks.notes.drain(..) {
            app.out.warn(n);
        }
    }
    out.flush()?;
    if rejected > 0 {
        return Err(Error::token_rejected(format!(
            "{rejected} of {total} token(s) rejected by authorizer '{}'",
            escape(&a.name)
        )));
    }
    Ok(())
}

fn skip_rest_of_line(input: &mut impl BufRead) -> io::Result<()> {
    let mut sink = Vec::new();
    loop {
        sink.clear();
        let n = Read::take(input.by_ref(), MAX_LINE as u64).read_until(b'\n', &mut sink)?;
        if n == 0 || sink.last() == Some(&b'\n') {
            return Ok(());
        }
    }
}

fn judge(line: &[u8], too_long: bool, a: &Authorizer, jwks: &mut Jwks, app: &App) -> Value {
    let rejected = |reason: Reason, message: &str| json!({"valid": false, "reason": reason, "message": message});
    if too_long {
        return rejected(
            Reason::Malformed,
            &format!("the line is longer than {MAX_LINE} bytes"),
        );
    }
    let Ok(text) = std::str::from_utf8(line) else {
        return rejected(Reason::Malformed, "the line is not UTF-8");
    };
    let token = text.strip_suffix('\n').unwrap_or(text);
    let token = token.strip_suffix('\r').unwrap_or(token);
    let now = app.clock();
    let mut result = jwt::verify(token, &jwks.set, &a.policy, now);
    if let Err(r) = &result
        && r.reason == Reason::UnknownKey
        && jwks.refetch_for_unknown_key(now)
    {
        result = jwt::verify(token, &jwks.set, &a.policy, now);
    }
    match result {
        Ok(claims) => json!({"valid": true, "claims": claims}),
        Err(r) => rejected(r.reason, &r.message),
    }
}
