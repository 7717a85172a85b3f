//! `authz audit [--email EMAIL] [--fail-on SEVERITY]`: reads the store, runs the checks in
//! `domain::audit`, prints the findings; exit code 3 only when `--fail-on` is met.

use crate::app::App;
use crate::cli::AuditArgs;
use crate::domain::audit::{self, Change, Finding, Input, Severity};
use crate::domain::parse_ts;
use crate::error::{Error, Result, escape};
use crate::output::{Paint, View, paint, short_list};
use crate::store::EventFilter;
use serde::Serialize;
use std::io::{self, Write};

/// How many workflow names a finding shows before "+N more" (JSON has them all).
const NAMES_SHOWN: usize = 8;

#[derive(Serialize)]
pub struct AuditView {
    /// The profile audited (null with --db).
    pub profile: Option<String>,
    /// The person under offboarding review, with --email.
    pub email: Option<String>,
    /// How many unrevoked authorizations and workflows were checked.
    pub authorizations: usize,
    pub workflows: usize,
    /// Findings per severity: {"high": n, "warning": n, "info": n}.
    pub summary: Summary,
    pub fail_on: Option<Severity>,
    /// Whether --fail-on was met (the exit code is then 3).
    pub failed: bool,
    pub findings: Vec<Finding>,
    #[serde(skip)]
    store: String,
}

#[derive(Serialize)]
pub struct Summary {
    pub high: usize,
    pub warning: usize,
    pub info: usize,
}

impl View for AuditView {
    fn human(&self, w: &mut dyn Write) -> io::Result<()> {
        let s = &self.summary;
        writeln!(
            w,
            "{} · {} authorization(s), {} workflow(s) checked · {} high, {} warning, {} info",
            self.store, self.authorizations, self.workflows, s.high, s.warning, s.info
        )?;
        if let Some(email) = &self.email
            && !self
                .findings
                .iter()
                .any(|f| f.check == audit::Check::Offboarding)
        {
            writeln!(
                w,
                "No unrevoked authorization has email {}: nothing to offboard.",
                escape(email)
            )?;
        }
        if self.findings.is_empty() {
            return writeln!(w, "No findings.");
        }
        for f in &self.findings {
            writeln!(w)?;
            let subject = match (&f.authorization, &f.email, &f.secret) {
                (Some(id), Some(email), _) => format!("  {id} ({})", escape(email)),
                (Some(id), None, _) => format!("  {id}"),
                (None, _, Some(secret)) => format!("  vault entry {secret}"),
                _ => String::new(),
            };
            let word = format!("{:<8}", f.severity.as_str().to_uppercase());
            let word = match f.severity {
                Severity::High => paint(Paint::Red, &word),
                Severity::Warning => paint(Paint::Yellow, &word),
                Severity::Info => word,
            };
            writeln!(w, "{word} {}{subject}", f.check)?;
            writeln!(w, "  {}", f.message)?;
            if !f.workflows.is_empty() {
                writeln!(w, "  workflows: {}", short_list(&f.workflows, NAMES_SHOWN))?;
            }
            for cmd in &f.fix {
                writeln!(w, "  fix: {cmd}")?;
            }
        }
        Ok(())
    }
}

pub fn execute(args: AuditArgs, app: &mut App) -> Result<()> {
    let fail_on = args
        .fail_on
        .as_deref()
        .map(|s| Severity::parse(s).ok_or_else(|| Error::usage(format!("unknown severity {s}"))))
        .transpose()?;
    let choice = app.store_choice()?;
    let now = app.now;
    let since = now - audit::RECENT_DAYS * 86_400;
    if args.max_secret_age < 0 {
        return Err(Error::usage("--max-secret-age must be 0 or more days"));
    }
    let (authorizations, workflows, events, vault_entries, uses, policies, cached) =
        app.read(|tx| {
            let mut entries = Vec::new();
            for e in tx.vault_entries()? {
                let updated = tx
                    .vault_versions(&e.name)?
                    .iter()
                    .find(|v| v.version == e.version)
                    .map_or(e.created, |v| v.created);
                entries.push((e, updated));
            }
            Ok((
                tx.authorizations(false)?,
                tx.workflows(None)?,
                tx.events(&EventFilter {
                    since: Some(since),
                    ..Default::default()
                })?,
                entries,
                tx.secret_uses(None, None)?,
                tx.token_policies()?
                    .into_iter()
                    .collect::<std::collections::BTreeMap<_, _>>(),
                tx.cached(None)?.into_iter().fold(
                    std::collections::BTreeMap::<String, Vec<_>>::new(),
                    |mut m, (id, c)| {
                        m.entry(id).or_default().push(c);
                        m
                    },
                ),
            ))
        })?;
    let runs: Vec<audit::Run> = events
        .iter()
        .filter(|e| e.action == "workflow-run")
        .filter_map(|e| {
            Some(audit::Run {
                seq: e.id,
                at: parse_ts(&e.at, now).ok()?,
                workflow: e.workflow.clone()?,
                exit_code: e.details["exit_code"].as_i64()?,
            })
        })
        .collect();
    // A bulk move is one event naming its workflows; the checks see one change per workflow.
    let changes: Vec<Change> = events
        .into_iter()
        .flat_map(|e| {
            let at = parse_ts(&e.at, now).ok();
            let moved: Vec<Option<String>> = match e.details.get("workflows") {
                Some(serde_json::Value::Array(names)) if e.action == "workflows-reassigned" => {
                    names
                        .iter()
                        .map(|n| n.as_str().map(str::to_owned))
                        .collect()
                }
                _ => vec![e.workflow.clone()],
            };
            let action = if e.action == "workflows-reassigned" {
                "workflow-reassigned".to_string()
            } else {
                e.action.clone()
            };
            moved.into_iter().filter_map(move |workflow| {
                Some(Change {
                    seq: e.id,
                    at: at?,
                    action: action.clone(),
                    authorization: e.authorization.clone(),
                    workflow,
                })
            })
        })
        .collect();
    // From the metadata cached at login and since (audit never asks the provider itself).
    let issuers: std::collections::BTreeSet<&str> = authorizations
        .iter()
        .filter(|a| a.status != crate::domain::Status::Revoked)
        .map(|a| a.issuer.as_str())
        .collect();
    let mut no_revocation = Vec::new();
    let mut revocation_needs_auth = Vec::new();
    let client_auth = app.read(crate::app::client_auth_setting)?;
    for issuer in issuers {
        let Some(m) = app.known_metadata(issuer)? else {
            continue;
        };
        if m.revocation_endpoint.is_none() {
            no_revocation.push(issuer.to_owned());
        } else if m.revocation_refuses(client_auth) {
            revocation_needs_auth.push(issuer.to_owned());
        }
    }
    let input = Input {
        authorizations: &authorizations,
        workflows: &workflows,
        changes: &changes,
        now,
        no_revocation: &no_revocation,
        revocation_needs_auth: &revocation_needs_auth,
    };
    let findings = match &args.email {
        Some(email) => audit::offboarding(&input, email.trim()),
        None => {
            let mut all = audit::audit(&input);
            all.extend(audit::failing_runs(&workflows, &changes, &runs));
            all.extend(audit::narrowing(&audit::NarrowingInput {
                authorizations: &authorizations,
                workflows: &workflows,
                policies: &policies,
                cached: &cached,
            }));
            all.extend(audit::vault(&audit::VaultInput {
                entries: &vault_entries,
                uses: &uses,
                workflows: &workflows,
                max_age_days: args.max_secret_age,
                now,
            }));
            audit::sort(&mut all);
            all
        }
    };
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let failed = fail_on.is_some_and(|t| audit::fails(&findings, t));
    let view = AuditView {
        profile: choice.profile.clone(),
        email: args.email.clone(),
        authorizations: authorizations.len(),
        workflows: workflows.len(),
        summary: Summary {
            high: count(Severity::High),
            warning: count(Severity::Warning),
            info: count(Severity::Info),
        },
        fail_on,
        failed,
        findings,
        store: choice.label(),
    };
    app.out.print(&view)?;
    match fail_on {
        Some(t) if failed => {
            let n = view.findings.iter().filter(|f| f.severity >= t).count();
            Err(
                Error::conflict(format!("audit: {n} finding(s) at or above severity '{t}'"))
                    .hint("fix them with the commands shown, or raise --fail-on")
                    .details(serde_json::json!({ "fail_on": t, "findings": n })),
            )
        }
        _ => Ok(()),
    }
}
