//! `authz git-credential get|store|erase|setup`: git's credential helper (gitcredentials(7)).
//! `get` answers git's request for one of the `--host`s it was configured for, over HTTPS
//! only, with a workflow's fresh access token (the `authz token` path) as the password and its
//! expiry as `password_expiry_utc`; anything else gets no answer, so git goes on to its other
//! helpers. `store` and `erase` are accepted and ignored (the token is authz's, as gh does).
//! `setup` writes `credential.https://HOST.helper` like `gh auth setup-git`.

use crate::app::App;
use crate::cli::{GitCredentialArgs, GitOperation};
use crate::domain::credential;
use crate::error::{Error, Result, escape};
use std::io::{Read, Write};

/// git sends a few short lines; more is not git.
const MAX_REQUEST: u64 = 64 * 1024;

pub fn execute(a: GitCredentialArgs, app: &mut App) -> Result<()> {
    for host in &a.hosts {
        check_host(host)?;
    }
    if !credential::git_safe(&a.username) || a.username.is_empty() {
        return Err(Error::usage("--username must be one line of text"));
    }
    match a.operation {
        GitOperation::Setup => setup(&a, app),
        GitOperation::Store | GitOperation::Erase => {
            read_request()?;
            Ok(())
        }
        GitOperation::Get => get(&a, app),
    }
}

fn read_request() -> Result<String> {
    let mut text = String::new();
    std::io::stdin()
        .lock()
        .take(MAX_REQUEST)
        .read_to_string(&mut text)
        .map_err(|e| Error::usage(format!("git's request is not text: {e}")))?;
    Ok(text)
}

fn get(a: &GitCredentialArgs, app: &mut App) -> Result<()> {
    let request = credential::parse_git_request(&read_request()?).map_err(Error::usage)?;
    // Not ours to answer (another host, plain http): no answer, git asks its next helper.
    let Some(host) = credential::git_https_host(&request) else {
        return Ok(());
    };
    if !a.hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) {
        return Ok(());
    }
    let target = crate::cmd::token::workflow_target(app, &a.workflow, false)?;
    let fresh = crate::cmd::token::fresh_for(app, &target, crate::domain::REFRESH_MARGIN)?;
    let authz = target.authz;
    let username = match a.username.as_str() {
        "email" => authz.email.clone(),
        other => other.to_owned(),
    };
    if !credential::git_safe(&username) || !credential::git_safe(fresh.token.expose()) {
        return Err(Error::failure(
            "the username or token holds a line break, which git's protocol cannot carry",
        ));
    }
    let mut out = std::io::stdout().lock();
    out.write_all(
        credential::git_answer(&username, fresh.token.expose(), fresh.expires_at).as_bytes(),
    )?;
    out.flush()?;
    Ok(())
}

/// A host as git names it in a request: a DNS name or address, optionally `:port`.
fn check_host(host: &str) -> Result<()> {
    let ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    if ok {
        return Ok(());
    }
    Err(Error::usage(format!(
        "'{}' is not a host name (HOST or HOST:PORT, no scheme or path)",
        escape(host)
    ))
    .hint("e.g. --host github.com or --host git.example.com:8443"))
}

/// Writes, for each host, the helper line git runs (`!` runs it through the shell), after an
/// empty one that drops helpers configured before (as `gh auth setup-git` does).
fn setup(a: &GitCredentialArgs, app: &mut App) -> Result<()> {
    // The workflow must exist now, not at the first clone.
    crate::cmd::token::workflow_authz(app, &a.workflow)?;
    let exe = std::env::current_exe()
        .map_err(|e| Error::failure(format!("cannot find the authz binary: {e}")))?;
    let mut helper = vec![exe.to_string_lossy().into_owned()];
    if let Some(p) = &app.global.profile {
        helper.extend(["--profile".into(), p.clone()]);
    }
    if let Some(s) = &app.global.store {
        helper.extend(["--store".into(), s.clone()]);
    }
    helper.push("git-credential".into());
    for host in &a.hosts {
        let mut line = helper.clone();
        line.extend(["--host".into(), host.clone()]);
        line.extend(["--workflow".into(), a.workflow.clone()]);
        if a.username != "x-access-token" {
            line.extend(["--username".into(), a.username.clone()]);
        }
        let line = format!(
            "!{}",
            line.iter()
                .map(|w| shell_quote(w))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let key = format!("credential.https://{host}.helper");
        let scope = if a.local { "--local" } else { "--global" };
        git(&[scope, "--replace-all", &key, ""])?;
        git(&[scope, "--add", &key, &line])?;
        app.out
            .info(format!("git config {scope} {key} '{}'", escape(&line)));
    }
    Ok(())
}

fn git(args: &[&str]) -> Result<()> {
    let status = std::process::Command::new("git")
        .arg("config")
        .args(args)
        .stdin(std::process::Stdio::null())
        .status()
        .map_err(|e| Error::failure(format!("cannot run git: {e}")).hint("install git"))?;
    if !status.success() {
        return Err(Error::failure(format!(
            "git config {} failed ({status})",
            args.join(" ")
        )));
    }
    Ok(())
}

/// One word for sh: kept as is when it is plain, else single-quoted.
fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_quoted_for_the_shell_only_when_needed() {
        assert_eq!(shell_quote("/usr/bin/authz"), "/usr/bin/authz");
        assert_eq!(shell_quote("nightly backup"), "'nightly backup'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote(""), "''");
    }

    #[test]
    fn hosts_have_no_scheme_or_path() {
        assert!(check_host("github.com").is_ok());
        assert!(check_host("git.example:8443").is_ok());
        assert!(check_host("https://github.com").is_err());
        assert!(check_host("a/b").is_err());
    }
}
