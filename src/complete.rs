//! Dynamic shell completion (`source <(COMPLETE=bash authz)`): workflow, authorization, vault,
//! authorizer and profile names from the current store, read-only. Never the keyring, never a
//! prompt; a store that does not exist yet, or any error, completes nothing.

use crate::app::App;
use crate::cli::Cli;
use crate::error::Result;
use crate::store::Tx;
use clap::Parser;
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};

/// Names `f` reads from the store this run would use (chosen by AUTHZ_* variables and the
/// current profile; flags on the line being completed are not seen).
fn from_store(f: fn(&dyn Tx) -> Result<Vec<String>>) -> Vec<CompletionCandidate> {
    let names = || -> Option<Vec<String>> {
        let cli = Cli::try_parse_from(["authz", "list"]).ok()?;
        let mut app = App::new(cli.global);
        let choice = app.store_choice().ok()?;
        if choice.location.sqlite_path().is_some_and(|p| !p.exists()) {
            return None;
        }
        app.read(f).ok()
    };
    names()
        .unwrap_or_default()
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
}

pub fn workflows() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        from_store(|tx| Ok(tx.workflows(None)?.into_iter().map(|w| w.name).collect()))
    })
}

/// Unrevoked authorizations: their ids, and their emails.
pub fn authorizations() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        from_store(|tx| {
            let mut names = Vec::new();
            let mut emails = std::collections::BTreeSet::new();
            for a in tx.authorizations(false)? {
                names.push(a.id);
                emails.insert(a.email);
            }
            names.extend(emails);
            Ok(names)
        })
    })
}

pub fn vault_entries() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        from_store(|tx| Ok(tx.vault_entries()?.into_iter().map(|e| e.name).collect()))
    })
}

pub fn authorizers() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        from_store(|tx| Ok(tx.authorizers()?.into_iter().map(|a| a.name).collect()))
    })
}

/// Profiles: those with a store, and those that remember one.
pub fn profiles() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        crate::app::known_profiles()
            .into_iter()
            .map(CompletionCandidate::new)
            .collect()
    })
}

/// The JWS algorithms an authorizer may allow.
pub fn algs() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        [
            "HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "EdDSA",
        ]
        .into_iter()
        .map(CompletionCandidate::new)
        .collect()
    })
}

/// The secret backends.
pub fn secret_backends() -> ArgValueCandidates {
    ArgValueCandidates::new(|| {
        ["keyring", "openbao", "openbao:secret/authz"]
            .into_iter()
            .map(CompletionCandidate::new)
            .collect()
    })
}
