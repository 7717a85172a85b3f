//! The per-workflow token checks (issue 20): authorizations whose provider did not narrow a
//! workflow's token (`narrowing-ignored`), and workflows whose last token held more than they
//! require (`excess-scope`), from the store's record of the cached tokens.

use super::{Check, Finding, IDENTITY_SCOPES, Severity, finding};
use crate::domain::narrow::{CachedToken, Narrowing, Needs, TokenPolicy};
use crate::domain::{Authorization, Status, Workflow};
use crate::error::escape;
use std::collections::BTreeMap;

/// What the narrowing checks look at.
pub struct NarrowingInput<'a> {
    pub authorizations: &'a [Authorization],
    pub workflows: &'a [Workflow],
    /// The token policies of the workflows that have one (a resource, strict scopes).
    pub policies: &'a BTreeMap<String, TokenPolicy>,
    /// The cached tokens' records, by authorization id.
    pub cached: &'a BTreeMap<String, Vec<CachedToken>>,
}

pub fn narrowing(input: &NarrowingInput) -> Vec<Finding> {
    let mut out = Vec::new();
    for a in input
        .authorizations
        .iter()
        .filter(|a| a.status != Status::Revoked)
    {
        let Some(cached) = input.cached.get(&a.id) else {
            continue;
        };
        let uses: Vec<(&Workflow, Needs)> = input
            .workflows
            .iter()
            .filter(|w| w.authorization == a.id)
            .map(|w| {
                let needs = Needs {
                    scopes: w.scopes.clone(),
                    resource: input.policies.get(&w.name).and_then(|p| p.resource.clone()),
                };
                (w, needs)
            })
            .collect();
        let token_of = |needs: &Needs| {
            let key = needs.key();
            cached.iter().find(|c| c.key == key)
        };
        let not_honoured: Vec<&(&Workflow, Needs)> = uses
            .iter()
            .filter(|(_, n)| {
                token_of(n)
                    .is_some_and(|c| matches!(c.narrowing, Narrowing::Ignored | Narrowing::Refused))
            })
            .collect();
        if !not_honoured.is_empty() {
            let deps: Vec<&Workflow> = not_honoured.iter().map(|(w, _)| *w).collect();
            let refused = not_honoured
                .iter()
                .any(|(_, n)| token_of(n).is_some_and(|c| c.narrowing == Narrowing::Refused));
            out.push(finding(
                Check::NarrowingIgnored,
                Severity::Warning,
                a,
                &deps,
                format!(
                    "the provider {} the narrowing of {} workflow token(s) of {} ({}): those workflows get wider access than they require",
                    if refused { "refused" } else { "ignored" },
                    deps.len(),
                    a.id,
                    escape(&a.email)
                ),
                vec![
                    format!("authz show {}", a.id),
                    "authz workflow edit WORKFLOW --strict-scopes".into(),
                ],
            ));
        }
        for (w, needs) in &uses {
            let Some(c) = token_of(needs) else { continue };
            let excess: Vec<String> = c
                .excess(&w.scopes, &a.scopes)
                .into_iter()
                .filter(|s| !IDENTITY_SCOPES.contains(&s.as_str()))
                .collect();
            if excess.is_empty() {
                continue;
            }
            out.push(finding(
                Check::ExcessScope,
                Severity::Warning,
                a,
                &[*w],
                format!(
                    "workflow '{}' got a token holding {} beyond what it requires ({})",
                    escape(&w.name),
                    excess.join(", "),
                    c.narrowing.as_str()
                ),
                vec![format!("authz workflow edit {} --strict-scopes", w.name)],
            ));
        }
    }
    out
}
