//! The vault's checks and the runs check: entries no workflow uses, entries not rotated within
//! the maximum age, entries shared by workflows of different owners, and workflows whose runs
//! all fail since their authorization changed.

use super::{ACCESS_CHANGES, Change, Check, Finding, Severity};
use crate::domain::vault::{SecretUse, VaultEntry, age_days};
use crate::domain::{Timestamp, Workflow, format_ts};
use crate::error::escape;
use std::collections::BTreeSet;

/// What the vault checks look at.
pub struct VaultInput<'a> {
    /// Each entry and when its newest version was stored.
    pub entries: &'a [(VaultEntry, Timestamp)],
    pub uses: &'a [SecretUse],
    pub workflows: &'a [Workflow],
    pub max_age_days: i64,
    pub now: Timestamp,
}

pub fn vault(input: &VaultInput) -> Vec<Finding> {
    let mut out = Vec::new();
    for (e, updated) in input.entries {
        let users: Vec<&str> = input
            .uses
            .iter()
            .filter(|u| u.secret == e.name)
            .map(|u| u.workflow.as_str())
            .collect();
        if users.is_empty() {
            out.push(finding(
                Check::UnusedSecret,
                Severity::Info,
                e,
                vec![],
                format!("vault entry '{}' is used by no workflow", e.name),
                vec![format!("authz vault delete {}", e.name)],
            ));
        }
        let age = age_days(*updated, input.now);
        if age > input.max_age_days {
            out.push(finding(
                Check::SecretNotRotated,
                Severity::Warning,
                e,
                users.iter().map(|s| s.to_string()).collect(),
                format!(
                    "vault entry '{}' was last set {age} day(s) ago ({}), more than {} day(s): rotate it",
                    e.name,
                    format_ts(*updated),
                    input.max_age_days
                ),
                vec![match e.kind {
                    crate::domain::vault::SecretKind::SigningKey => {
                        format!("authz vault generate {} --alg ALG", e.name)
                    }
                    kind => format!("authz vault set {} --kind {kind} < NEW_VALUE_FILE", e.name),
                }],
            ));
        }
        let owners: BTreeSet<&str> = input
            .workflows
            .iter()
            .filter(|w| users.contains(&w.name.as_str()))
            .filter_map(|w| w.owner.as_deref())
            .collect();
        if owners.len() >= 2 {
            out.push(finding(
                Check::SharedSecret,
                Severity::Warning,
                e,
                users.iter().map(|s| s.to_string()).collect(),
                format!(
                    "vault entry '{}' is shared by workflows of {} owners ({}): one owner's leak or rotation affects the others",
                    e.name,
                    owners.len(),
                    owners.iter().map(|o| escape(o)).collect::<Vec<_>>().join(", ")
                ),
                vec![format!(
                    "authz vault set {}-OWNER --kind {} < VALUE_FILE; authz workflow edit WORKFLOW --drop-secret {} --use-secret {}-OWNER=ENV_NAME",
                    e.name, e.kind, e.name, e.name
                )],
            ));
        }
    }
    out
}

/// One recorded `authz run`.
#[derive(Clone, Debug)]
pub struct Run {
    /// The event's place in the log (see `Change::seq`).
    pub seq: i64,
    pub at: Timestamp,
    pub workflow: String,
    pub exit_code: i64,
}

/// Workflows that ran at least once since their authorization last changed (`changes`), and
/// whose every run since then failed.
pub fn failing_runs(workflows: &[Workflow], changes: &[Change], runs: &[Run]) -> Vec<Finding> {
    let mut out = Vec::new();
    for w in workflows {
        let changed = changes
            .iter()
            .filter(|c| ACCESS_CHANGES.contains(&c.action.as_str()))
            .filter(|c| match c.workflow.as_deref() {
                Some(name) => name == w.name,
                None => c.authorization.as_deref() == Some(w.authorization.as_str()),
            })
            .max_by_key(|c| c.seq);
        let Some(changed) = changed else { continue };
        // By order in the log, not by time: a run in the same second as the change is on the
        // side of the change it was recorded on.
        let since: Vec<&Run> = runs
            .iter()
            .filter(|r| r.workflow == w.name && r.seq > changed.seq)
            .collect();
        if since.is_empty() || since.iter().any(|r| r.exit_code == 0) {
            continue;
        }
        out.push(Finding {
            check: Check::FailingRuns,
            severity: Severity::High,
            authorization: Some(w.authorization.clone()),
            email: None,
            secret: None,
            workflows: vec![w.name.clone()],
            message: format!(
                "all {} run(s) of workflow '{}' since its authorization changed ({}) failed",
                since.len(),
                escape(&w.name),
                format_ts(changed.at)
            ),
            fix: vec![
                format!("authz log --workflow {}", w.name),
                format!("authz workflow show {}", w.name),
            ],
        });
    }
    out
}

fn finding(
    check: Check,
    severity: Severity,
    e: &VaultEntry,
    workflows: Vec<String>,
    message: String,
    fix: Vec<String>,
) -> Finding {
    Finding {
        check,
        severity,
        authorization: None,
        email: None,
        secret: Some(e.name.clone()),
        workflows,
        message,
        fix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Scopes;
    use crate::domain::vault::SecretKind;

    const DAY: i64 = 86_400;

    fn entry(name: &str) -> VaultEntry {
        VaultEntry {
            name: name.into(),
            id: format!("vt_{name}"),
            kind: SecretKind::ApiToken,
            created: 0,
            created_by: "t".into(),
            version: 1,
        }
    }

    fn wf(name: &str, owner: &str) -> Workflow {
        Workflow {
            name: name.into(),
            authorization: "az_1".into(),
            owner: Some(owner.into()),
            scopes: Scopes::default(),
            created: 0,
            updated: 0,
        }
    }

    fn uses(pairs: &[(&str, &str)]) -> Vec<SecretUse> {
        pairs
            .iter()
            .map(|(w, s)| SecretUse {
                workflow: w.to_string(),
                secret: s.to_string(),
                env: "X".into(),
            })
            .collect()
    }

    fn checks(f: &[Finding], name: &str) -> Vec<Check> {
        f.iter()
            .filter(|f| f.secret.as_deref() == Some(name))
            .map(|f| f.check)
            .collect()
    }

    #[test]
    fn unused_old_and_shared_entries_are_flagged_and_a_fresh_single_owner_one_is_not() {
        let now = 200 * DAY;
        let entries = vec![
            (entry("fresh"), now - DAY),
            (entry("idle"), now - DAY),
            (entry("old"), now - 91 * DAY),
            (entry("shared"), now - DAY),
        ];
        let workflows = vec![wf("a", "team-a"), wf("b", "team-b"), wf("c", "team-a")];
        let u = uses(&[
            ("a", "fresh"),
            ("c", "fresh"),
            ("a", "old"),
            ("a", "shared"),
            ("b", "shared"),
        ]);
        let f = vault(&VaultInput {
            entries: &entries,
            uses: &u,
            workflows: &workflows,
            max_age_days: 90,
            now,
        });
        assert_eq!(checks(&f, "fresh"), vec![]);
        assert_eq!(checks(&f, "idle"), vec![Check::UnusedSecret]);
        assert_eq!(checks(&f, "old"), vec![Check::SecretNotRotated]);
        assert_eq!(checks(&f, "shared"), vec![Check::SharedSecret]);
        let shorter = vault(&VaultInput {
            entries: &entries,
            uses: &u,
            workflows: &workflows,
            max_age_days: 0,
            now,
        });
        assert!(checks(&shorter, "fresh").contains(&Check::SecretNotRotated));
    }

    #[test]
    fn runs_failing_since_a_change_are_high_and_one_success_clears_them() {
        let change = |at| Change {
            seq: at,
            at,
            action: "workflow-reassigned".into(),
            authorization: Some("az_1".into()),
            workflow: Some("a".into()),
        };
        let run = |at, code| Run {
            seq: at,
            at,
            workflow: "a".into(),
            exit_code: code,
        };
        let w = vec![wf("a", "t")];
        let failing = failing_runs(&w, &[change(10)], &[run(5, 0), run(11, 1), run(12, 7)]);
        assert_eq!(failing.len(), 1);
        assert_eq!(failing[0].severity, Severity::High);
        assert!(
            failing[0].message.contains("all 2 run(s)"),
            "{}",
            failing[0].message
        );
        assert!(failing_runs(&w, &[change(10)], &[run(11, 1), run(12, 0)]).is_empty());
        assert!(failing_runs(&w, &[change(10)], &[run(5, 1)]).is_empty());
        assert!(failing_runs(&w, &[], &[run(11, 1)]).is_empty());
        // All in one second: the log's order decides which side of the change a run is on.
        let same_second = |seq, code| Run {
            seq,
            at: 10,
            workflow: "a".into(),
            exit_code: code,
        };
        let moved = Change {
            seq: 2,
            ..change(10)
        };
        let ok_before = same_second(1, 0);
        let failed_after = same_second(3, 1);
        assert_eq!(
            failing_runs(&w, std::slice::from_ref(&moved), &[ok_before, failed_after]).len(),
            1
        );
        assert!(failing_runs(&w, &[moved], &[same_second(3, 0)]).is_empty());
    }
}
