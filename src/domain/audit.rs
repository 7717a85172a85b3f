//! The product page's best practices as checks: pure rules over authorizations, workflows and
//! recent events, at a given `now`. Each finding says what, how bad, and the command to fix it.

use super::{Authorization, Scopes, Status, Timestamp, Workflow, format_ts};
use crate::error::escape;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Scopes that say who the user is rather than what a workflow may do: never counted as power.
pub const IDENTITY_SCOPES: [&str; 4] = ["openid", "email", "profile", "offline_access"];

/// "Far more scopes than it requires": at least this many granted scopes that the workflow
/// does not require (identity scopes aside).
pub const EXCESS_SCOPES: usize = 3;

/// "Broad" (powerful) authorization: grants at least this many scopes, identity scopes aside.
pub const BROAD_SCOPES: usize = 3;

/// How far back "recent changes" look.
pub const RECENT_DAYS: i64 = 7;

/// Ordered: `High` is the most severe. `--fail-on S` fails on any finding at or above S.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Worth knowing; nothing is wrong yet.
    Info,
    /// Against the best practices; fix when you can.
    Warning,
    /// Workflows are failing, or one authorization gives unrelated teams' workflows broad power.
    High,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Severity::Info, Severity::Warning, Severity::High];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::High => "high",
        }
    }

    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The checks, by their stable ids (kebab-case in JSON and in the table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// A relogin-needed authorization still has workflows: they cannot get tokens.
    ReloginNeeded,
    /// One broad authorization used by workflows of different owners.
    SharedBroadAuthorization,
    /// Offboarding review (`--email`): one of the person's authorizations.
    Offboarding,
    /// Workflows depend on a personal (not service-owned) account.
    PersonalAccount,
    /// An authorization grants far more scopes than its workflows require.
    ExcessScopes,
    /// An authorization no workflow uses.
    Unused,
    /// Workflows with no owner.
    NoOwner,
    /// An authorization changed recently: the workflows whose runs to watch.
    RecentChange,
    /// Its provider publishes no revocation endpoint anywhere: revoking it cannot end its
    /// refresh token at the provider.
    NoRevocationEndpoint,
    /// Its provider revokes only for an authenticated client (its metadata's
    /// `revocation_endpoint_auth_methods_supported` lacks `none`), which authz is not: revoking
    /// it cannot end its refresh token at the provider.
    RevocationNeedsClientAuth,
    /// Every run of a workflow since its authorization changed has failed.
    FailingRuns,
    /// One vault entry used by workflows of different owners.
    SharedSecret,
    /// A vault entry whose newest version is older than `--max-secret-age`.
    SecretNotRotated,
    /// A vault entry no workflow uses.
    UnusedSecret,
    /// The provider ignored or refused narrowing a workflow's token (per authorization).
    NarrowingIgnored,
    /// A workflow's last token held scopes it does not require (per workflow).
    ExcessScope,
}

impl Check {
    pub fn as_str(self) -> &'static str {
        match self {
            Check::ReloginNeeded => "relogin-needed",
            Check::SharedBroadAuthorization => "shared-broad-authorization",
            Check::Offboarding => "offboarding",
            Check::PersonalAccount => "personal-account",
            Check::ExcessScopes => "excess-scopes",
            Check::Unused => "unused",
            Check::NoOwner => "no-owner",
            Check::RecentChange => "recent-change",
            Check::FailingRuns => "failing-runs",
            Check::SharedSecret => "shared-secret",
            Check::SecretNotRotated => "secret-not-rotated",
            Check::UnusedSecret => "unused-secret",
            Check::NarrowingIgnored => "narrowing-ignored",
            Check::ExcessScope => "excess-scope",
            Check::NoRevocationEndpoint => "no-revocation-endpoint",
            Check::RevocationNeedsClientAuth => "revocation-needs-client-auth",
        }
    }
}

impl std::fmt::Display for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One event from the log, as the audit needs it.
#[derive(Clone, Debug)]
pub struct Change {
    /// The event's place in the log: times have one-second resolution, the order does not.
    pub seq: i64,
    pub at: Timestamp,
    pub action: String,
    pub authorization: Option<String>,
    pub workflow: Option<String>,
}

/// Event actions that change whose access, or which access, a workflow runs with.
pub(crate) const ACCESS_CHANGES: [&str; 4] = [
    "workflow-reassigned",
    "reauthorized",
    "relogin-needed",
    "revoked",
];

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub check: Check,
    pub severity: Severity,
    /// The authorization concerned, if the finding is about one.
    pub authorization: Option<String>,
    pub email: Option<String>,
    /// The vault entry concerned, if the finding is about one.
    pub secret: Option<String>,
    /// The workflows concerned, sorted.
    pub workflows: Vec<String>,
    pub message: String,
    /// Commands that would fix it, in order. `NEW` stands for an authorization to choose or
    /// create; `OWNER` for a team to name.
    pub fix: Vec<String>,
}

/// Everything the checks look at. `authorizations` may include revoked ones (they are ignored).
pub struct Input<'a> {
    pub authorizations: &'a [Authorization],
    pub workflows: &'a [Workflow],
    pub changes: &'a [Change],
    pub now: Timestamp,
    /// Issuers whose metadata (OpenID and RFC 8414, as last discovered) names no revocation
    /// endpoint.
    pub no_revocation: &'a [String],
    /// Issuers whose metadata (as last discovered) says revocation needs client authentication.
    pub revocation_needs_auth: &'a [String],
}

/// Runs every check; findings sorted most severe first.
pub fn audit(input: &Input) -> Vec<Finding> {
    let world = World::new(input);
    let mut out = Vec::new();
    for a in &world.live {
        let deps = world.deps(&a.id);
        relogin_needed(a, &deps, &mut out);
        shared_broad(a, &deps, &mut out);
        personal_account(&world, a, &deps, &mut out);
        excess_scopes(&world, a, &deps, &mut out);
        unused(a, &deps, input.now, &mut out);
        recent_change(a, &deps, input, &mut out);
        provider_cannot_revoke(a, &deps, input, &mut out);
    }
    no_owner(input.workflows, &mut out);
    sort(&mut out);
    out
}

/// The offboarding review of one person (`email`, any case): one finding per unrevoked
/// authorization of theirs with the `authz revoke --replace` command that would move its
/// workflows, plus every other finding about those authorizations.
pub fn offboarding(input: &Input, email: &str) -> Vec<Finding> {
    let world = World::new(input);
    let theirs: BTreeSet<&str> = world
        .live
        .iter()
        .filter(|a| a.email.eq_ignore_ascii_case(email))
        .map(|a| a.id.as_str())
        .collect();
    let mut out: Vec<Finding> = audit(input)
        .into_iter()
        .filter(|f| {
            f.authorization
                .as_deref()
                .is_some_and(|id| theirs.contains(id))
        })
        .collect();
    for a in world.live.iter().filter(|a| theirs.contains(a.id.as_str())) {
        let deps = world.deps(&a.id);
        let who = format!("{} ({})", a.id, escape(&a.email));
        if deps.is_empty() {
            out.push(finding(
                Check::Offboarding,
                Severity::Warning,
                a,
                &deps,
                format!("{who} is used by no workflow: revoke it"),
                vec![format!("authz revoke {}", a.id)],
            ));
            continue;
        }
        let needed = required(&deps);
        let (fix, how) = match world.replacement(&deps, email) {
            Some(r) => (
                vec![format!("authz revoke {} --replace {}", a.id, r.id)],
                format!(
                    "{} ({}) is a service account that grants every scope they need",
                    r.id,
                    escape(&r.email)
                ),
            ),
            None => (
                vec![
                    add_command(&needed),
                    format!("authz revoke {} --replace NEW", a.id),
                ],
                "no active service account grants every scope they need without raising new audit findings (a broad one shared by several owners, or scopes left unused); create a narrow one".into(),
            ),
        };
        out.push(finding(
            Check::Offboarding,
            Severity::High,
            a,
            &deps,
            format!(
                "{who} is used by {} workflow(s): move them, then revoke it; {how}",
                deps.len()
            ),
            fix,
        ));
    }
    sort(&mut out);
    out
}

/// Whether any finding is at least as severe as `threshold`.
mod narrowing;
mod vault;
pub use narrowing::{NarrowingInput, narrowing};
pub use vault::{Run, VaultInput, failing_runs, vault};

pub fn fails(findings: &[Finding], threshold: Severity) -> bool {
    findings.iter().any(|f| f.severity >= threshold)
}

/// The unrevoked authorizations and who depends on each.
struct World<'a> {
    live: Vec<&'a Authorization>,
    by_authz: BTreeMap<&'a str, Vec<&'a Workflow>>,
}

impl<'a> World<'a> {
    fn new(input: &Input<'a>) -> World<'a> {
        let mut by_authz: BTreeMap<&str, Vec<&Workflow>> = BTreeMap::new();
        for w in input.workflows {
            by_authz
                .entry(w.authorization.as_str())
                .or_default()
                .push(w);
        }
        for deps in by_authz.values_mut() {
            deps.sort_by(|a, b| a.name.cmp(&b.name));
        }
        World {
            live: input
                .authorizations
                .iter()
                .filter(|a| a.status != Status::Revoked)
                .collect(),
            by_authz,
        }
    }

    fn deps(&self, id: &str) -> Vec<&'a Workflow> {
        self.by_authz.get(id).cloned().unwrap_or_default()
    }

    /// An active service account (not `email`'s) granting every scope `moving` requires, on
    /// which those workflows raise no finding it did not have (shared by owners of a broad
    /// authorization, scopes left unused), with the fewest other scopes: the narrowest safe
    /// home. Advice that the next audit flags would be no advice.
    fn replacement(&self, moving: &[&'a Workflow], email: &str) -> Option<&'a Authorization> {
        let needed = required(moving);
        self.live
            .iter()
            .filter(|a| {
                a.status == Status::Active
                    && a.service_account
                    && !a.email.eq_ignore_ascii_case(email)
                    && needed.iter().all(|s| a.scopes.contains(s))
                    && self.no_new_findings(a, moving)
            })
            .min_by_key(|a| (a.scopes.len(), a.created, a.id.clone()))
            .copied()
    }

    /// Whether `to` with `moving` added to its workflows raises no more shared-broad or
    /// excess-scopes findings than it does now.
    fn no_new_findings(&self, to: &Authorization, moving: &[&'a Workflow]) -> bool {
        let now = self.deps(&to.id);
        let mut after = now.clone();
        after.extend(moving.iter().copied());
        let count = |deps: &[&Workflow]| {
            let mut out = Vec::new();
            shared_broad(to, deps, &mut out);
            excess_scopes(self, to, deps, &mut out);
            out.iter().map(|f| f.workflows.len().max(1)).sum::<usize>()
        };
        count(&after) <= count(&now)
    }
}

fn relogin_needed(a: &Authorization, deps: &[&Workflow], out: &mut Vec<Finding>) {
    if a.status != Status::ReloginNeeded || deps.is_empty() {
        return;
    }
    out.push(finding(
        Check::ReloginNeeded,
        Severity::High,
        a,
        deps,
        format!(
            "{} ({}) needs a new login; {} workflow(s) cannot get a token until then",
            a.id,
            escape(&a.email),
            deps.len()
        ),
        vec![format!("authz add --reauth {}", a.id)],
    ));
}

fn shared_broad(a: &Authorization, deps: &[&Workflow], out: &mut Vec<Finding>) {
    let power = powers(&a.scopes);
    let mut by_owner: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for w in deps {
        if let Some(owner) = w.owner.as_deref() {
            by_owner.entry(owner).or_default().push(&w.name);
        }
    }
    if power.len() < BROAD_SCOPES || by_owner.len() < 2 {
        return;
    }
    let groups: Vec<String> = by_owner
        .iter()
        .map(|(o, names)| format!("{} ({})", escape(o), names.len()))
        .collect();
    // Each owner but the largest moves to an authorization of its own.
    let keep = by_owner
        .iter()
        .max_by_key(|(o, names)| (names.len(), std::cmp::Reverse(*o)))
        .map(|(o, _)| *o);
    let fix = by_owner
        .iter()
        .filter(|(o, _)| Some(**o) != keep)
        .map(|(_, names)| {
            let flags: Vec<String> = names
                .iter()
                .map(|n| format!("--workflow {}", quote(n)))
                .collect();
            format!(
                "authz reassign --from {} --to NEW {}",
                a.id,
                flags.join(" ")
            )
        })
        .collect();
    out.push(finding(
        Check::SharedBroadAuthorization,
        Severity::High,
        a,
        deps,
        format!(
            "{} ({}) grants {} scopes and is shared by workflows of {} owners: {}; give each \
             owner's workflows their own authorization",
            a.id,
            escape(&a.email),
            power.len(),
            by_owner.len(),
            groups.join(", ")
        ),
        fix,
    ));
}

fn personal_account(world: &World, a: &Authorization, deps: &[&Workflow], out: &mut Vec<Finding>) {
    if a.service_account || deps.is_empty() {
        return;
    }
    let needed = required(deps);
    let fix = match world.replacement(deps, &a.email) {
        Some(r) => vec![format!("authz reassign --from {} --to {}", a.id, r.id)],
        None => vec![
            add_command(&needed),
            format!("authz reassign --from {} --to NEW", a.id),
        ],
    };
    out.push(finding(
        Check::PersonalAccount,
        Severity::Warning,
        a,
        deps,
        format!(
            "{} workflow(s) depend on {}'s personal account ({}), which stops working when \
             they leave; move them to a service-owned account (if it is one already: authz \
             edit {} --service-account)",
            deps.len(),
            escape(&a.email),
            a.id,
            a.id
        ),
        fix,
    ));
}

fn excess_scopes(world: &World, a: &Authorization, deps: &[&Workflow], out: &mut Vec<Finding>) {
    let power = powers(&a.scopes);
    let over: Vec<(&Workflow, usize)> = deps
        .iter()
        .map(|w| (*w, power.iter().filter(|s| !w.scopes.contains(s)).count()))
        .filter(|(_, extra)| *extra >= EXCESS_SCOPES)
        .collect();
    if over.is_empty() {
        return;
    }
    let workflows: Vec<&Workflow> = over.iter().map(|(w, _)| *w).collect();
    let needed = required(&workflows);
    // A narrower existing authorization: one that covers them with fewer than EXCESS_SCOPES
    // to spare.
    let narrower = world
        .live
        .iter()
        .filter(|b| {
            b.id != a.id
                && b.status == Status::Active
                && needed.iter().all(|s| b.scopes.contains(s))
                && powers(&b.scopes)
                    .iter()
                    .filter(|s| !needed.contains(s))
                    .count()
                    < EXCESS_SCOPES
        })
        .min_by_key(|b| (!b.service_account, b.scopes.len(), b.id.clone()));
    let flags: Vec<String> = workflows
        .iter()
        .map(|w| format!("--workflow {}", quote(&w.name)))
        .collect();
    let fix = match narrower {
        Some(b) => vec![format!(
            "authz reassign --from {} --to {} {}",
            a.id,
            b.id,
            flags.join(" ")
        )],
        None => vec![
            add_command(&needed),
            format!(
                "authz reassign --from {} --to NEW {}",
                a.id,
                flags.join(" ")
            ),
        ],
    };
    let detail: Vec<String> = over
        .iter()
        .map(|(w, extra)| format!("{} ({extra} unused)", escape(&w.name)))
        .collect();
    out.push(finding(
        Check::ExcessScopes,
        Severity::Warning,
        a,
        &workflows,
        format!(
            "{} ({}) grants {} scopes; {} workflow(s) leave {EXCESS_SCOPES} or more of them \
             unused: {}; move them to a narrower authorization",
            a.id,
            escape(&a.email),
            power.len(),
            over.len(),
            detail.join(", ")
        ),
        fix,
    ));
}

fn unused(a: &Authorization, deps: &[&Workflow], now: Timestamp, out: &mut Vec<Finding>) {
    if !deps.is_empty() {
        return;
    }
    let days = (now - a.created).max(0) / 86_400;
    out.push(finding(
        Check::Unused,
        Severity::Info,
        a,
        deps,
        format!(
            "{} ({}) is used by no workflow (created {days} day(s) ago); revoke it if it is \
             no longer needed",
            a.id,
            escape(&a.email)
        ),
        vec![format!("authz revoke {}", a.id)],
    ));
}

/// Its provider cannot end its refresh token for authz: no revocation endpoint anywhere, or one
/// that serves authenticated clients only.
fn provider_cannot_revoke(
    a: &Authorization,
    deps: &[&Workflow],
    input: &Input,
    out: &mut Vec<Finding>,
) {
    let (check, why, until, fix) = if input.no_revocation.contains(&a.issuer) {
        (
            Check::NoRevocationEndpoint,
            "publishes no revocation endpoint (neither in its OpenID discovery document nor in \
             its RFC 8414 metadata)",
            "revoked at the provider",
            vec![],
        )
    } else if input.revocation_needs_auth.contains(&a.issuer) {
        (
            Check::RevocationNeedsClientAuth,
            "revokes tokens only for an authenticated client \
             (its revocation_endpoint_auth_methods_supported lacks the way this store's client \
             authenticates)",
            "the session is ended in the provider's UI",
            vec![format!(
                "authz add --reauth {} --client-secret-file FILE",
                a.id
            )],
        )
    } else {
        return;
    };
    out.push(finding(
        check,
        Severity::Warning,
        a,
        deps,
        format!(
            "{} ({}): its provider {} {why}, so `authz revoke` cannot end its refresh token \
             there: it stays valid until it expires or {until}",
            a.id,
            escape(&a.email),
            escape(&a.issuer)
        ),
        fix,
    ));
}

fn recent_change(a: &Authorization, deps: &[&Workflow], input: &Input, out: &mut Vec<Finding>) {
    let since = input.now - RECENT_DAYS * 86_400;
    let mut watch: BTreeSet<&str> = BTreeSet::new();
    let mut what: BTreeMap<&str, (usize, Timestamp)> = BTreeMap::new();
    for c in input.changes.iter().filter(|c| {
        c.at >= since
            && c.authorization.as_deref() == Some(a.id.as_str())
            && ACCESS_CHANGES.contains(&c.action.as_str())
    }) {
        match c.workflow.as_deref() {
            // A moved workflow is watched while it still uses this authorization.
            Some(name) => {
                if deps.iter().any(|w| w.name == name) {
                    watch.insert(name);
                }
            }
            None => watch.extend(deps.iter().map(|w| w.name.as_str())),
        }
        let e = what.entry(c.action.as_str()).or_insert((0, c.at));
        e.0 += 1;
        e.1 = e.1.max(c.at);
    }
    if watch.is_empty() {
        return;
    }
    let changes: Vec<String> = what
        .iter()
        .map(|(action, (n, last))| match n {
            1 => format!("{action} at {}", format_ts(*last)),
            n => format!("{action} ×{n}, last at {}", format_ts(*last)),
        })
        .collect();
    let watched: Vec<&Workflow> = deps
        .iter()
        .filter(|w| watch.contains(w.name.as_str()))
        .copied()
        .collect();
    out.push(finding(
        Check::RecentChange,
        Severity::Info,
        a,
        &watched,
        format!(
            "{} ({}) changed in the last {RECENT_DAYS} days ({}): watch the runs of {} \
             workflow(s)",
            a.id,
            escape(&a.email),
            changes.join("; "),
            watched.len()
        ),
        vec![format!("authz log --authz {} --since {RECENT_DAYS}d", a.id)],
    ));
}

fn no_owner(workflows: &[Workflow], out: &mut Vec<Finding>) {
    let mut names: Vec<String> = workflows
        .iter()
        .filter(|w| w.owner.is_none())
        .map(|w| w.name.clone())
        .collect();
    if names.is_empty() {
        return;
    }
    names.sort();
    out.push(Finding {
        secret: None,
        check: Check::NoOwner,
        severity: Severity::Info,
        authorization: None,
        email: None,
        message: format!(
            "{} workflow(s) have no owner: nobody to ask before their authorization changes",
            names.len()
        ),
        // One workflow: the command names it, ready to paste but for the owner.
        fix: vec![match names.as_slice() {
            [one] => format!("authz workflow edit {} --owner OWNER", quote(one)),
            _ => "authz workflow edit WORKFLOW --owner OWNER".into(),
        }],
        workflows: names,
    });
}

fn finding(
    check: Check,
    severity: Severity,
    a: &Authorization,
    deps: &[&Workflow],
    message: String,
    fix: Vec<String>,
) -> Finding {
    Finding {
        secret: None,
        check,
        severity,
        authorization: Some(a.id.clone()),
        email: Some(a.email.clone()),
        workflows: deps.iter().map(|w| w.name.clone()).collect(),
        message,
        fix,
    }
}

pub fn sort(findings: &mut [Finding]) {
    // Most severe first; then by check, authorization and workflows, so output is stable.
    findings.sort_by(|x, y| {
        y.severity
            .cmp(&x.severity)
            .then(x.check.cmp(&y.check))
            .then_with(|| x.authorization.cmp(&y.authorization))
            .then_with(|| x.workflows.cmp(&y.workflows))
    });
}

/// The scopes that grant power: all but the identity scopes.
fn powers(scopes: &Scopes) -> Vec<&str> {
    scopes
        .iter()
        .filter(|s| !IDENTITY_SCOPES.contains(s))
        .collect()
}

/// Every scope a set of workflows requires.
fn required(workflows: &[&Workflow]) -> Scopes {
    let mut all = Scopes::default();
    for w in workflows {
        for s in w.scopes.iter() {
            all.insert(s);
        }
    }
    all
}

fn add_command(needed: &Scopes) -> String {
    let mut cmd = String::from("authz add --service-account");
    for s in needed.iter().filter(|s| !IDENTITY_SCOPES.contains(s)) {
        cmd.push_str(" --scope ");
        cmd.push_str(&quote(s));
    }
    cmd
}

/// Quotes a word for a POSIX shell when it needs it, so a suggested command can be pasted.
fn quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.:/@=+,".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", escape(&word.replace('\'', r"'\''")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;
    const NOW: Timestamp = 100 * DAY;

    fn authz(id: &str, email: &str, scopes: &str, service: bool) -> Authorization {
        Authorization {
            id: id.into(),
            issuer: "https://idp".into(),
            subject: id.into(),
            email: email.into(),
            name: None,
            scopes: Scopes::parse(scopes),
            created: NOW - 30 * DAY,
            created_by: "op".into(),
            label: None,
            service_account: service,
            status: Status::Active,
            token_expires: None,
            email_claim: "email".into(),
            revoked: None,
            tokens_at: None,
        }
    }

    fn wf(name: &str, authz: &str, owner: Option<&str>, scopes: &str) -> Workflow {
        Workflow {
            name: name.into(),
            authorization: authz.into(),
            owner: owner.map(Into::into),
            scopes: Scopes::parse(scopes),
            created: NOW - 20 * DAY,
            updated: NOW - 20 * DAY,
        }
    }

    fn run(auths: &[Authorization], wfs: &[Workflow], changes: &[Change]) -> Vec<Finding> {
        audit(&Input {
            authorizations: auths,
            workflows: wfs,
            changes,
            now: NOW,
            no_revocation: &[],
            revocation_needs_auth: &[],
        })
    }

    fn of(findings: &[Finding], check: Check) -> Vec<&Finding> {
        findings.iter().filter(|f| f.check == check).collect()
    }

    #[test]
    fn a_provider_that_cannot_revoke_for_authz_is_a_warning_per_authorization() {
        let auths = [authz("az_a", "a@x", "openid", true)];
        let idp = ["https://idp".to_string()];
        for (no_revocation, needs_auth, check, words) in [
            (
                &idp[..],
                &[][..],
                Check::NoRevocationEndpoint,
                "publishes no revocation endpoint",
            ),
            (
                &[][..],
                &idp[..],
                Check::RevocationNeedsClientAuth,
                "authenticated client",
            ),
        ] {
            let f = audit(&Input {
                authorizations: &auths,
                workflows: &[],
                changes: &[],
                now: NOW,
                no_revocation,
                revocation_needs_auth: needs_auth,
            });
            let found = of(&f, check);
            assert_eq!(found.len(), 1, "{f:?}");
            assert_eq!(found[0].severity, Severity::Warning);
            assert!(found[0].message.contains(words), "{}", found[0].message);
        }
        assert!(of(&run(&auths, &[], &[]), Check::RevocationNeedsClientAuth).is_empty());
    }

    #[test]
    fn severities_are_ordered_and_parse() {
        assert!(Severity::High > Severity::Warning && Severity::Warning > Severity::Info);
        assert_eq!(Severity::parse("warning"), Some(Severity::Warning));
        assert_eq!(Severity::parse("critical"), None);
    }

    #[test]
    fn personal_account_with_workflows_is_a_warning_and_suggests_a_service_account() {
        let auths = [
            authz("az_alice", "alice@x", "openid a b", false),
            authz("az_bot", "bot@x", "openid a b c", true),
        ];
        let wfs = [wf("deploy", "az_alice", Some("ops"), "a")];
        let f = run(&auths, &wfs, &[]);
        let p = of(&f, Check::PersonalAccount);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].severity, Severity::Warning);
        assert_eq!(p[0].workflows, ["deploy"]);
        assert_eq!(p[0].fix, ["authz reassign --from az_alice --to az_bot"]);
        // The service account itself is not flagged, and has no workflows: unused, info.
        assert!(
            of(&f, Check::PersonalAccount)
                .iter()
                .all(|f| f.authorization.as_deref() != Some("az_bot"))
        );
        assert_eq!(
            of(&f, Check::Unused)[0].authorization.as_deref(),
            Some("az_bot")
        );
    }

    #[test]
    fn personal_account_without_a_covering_service_account_says_create_one() {
        let auths = [authz("az_alice", "alice@x", "openid a b", false)];
        let wfs = [wf("deploy", "az_alice", Some("ops"), "a b")];
        let f = run(&auths, &wfs, &[]);
        assert_eq!(
            of(&f, Check::PersonalAccount)[0].fix,
            [
                "authz add --service-account --scope a --scope b",
                "authz reassign --from az_alice --to NEW"
            ]
        );
    }

    #[test]
    fn broad_authorization_shared_by_two_owners_is_high() {
        let auths = [authz("az_bot", "bot@x", "openid a b c", true)];
        let wfs = [
            wf("w1", "az_bot", Some("net"), "a b c"),
            wf("w2", "az_bot", Some("net"), "a b c"),
            wf("w3", "az_bot", Some("sec"), "a b c"),
        ];
        let f = run(&auths, &wfs, &[]);
        let s = of(&f, Check::SharedBroadAuthorization);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].severity, Severity::High);
        // The largest group stays; the other moves.
        assert_eq!(
            s[0].fix,
            ["authz reassign --from az_bot --to NEW --workflow w3"]
        );
        assert_eq!(
            f[0].check,
            Check::SharedBroadAuthorization,
            "most severe first"
        );
    }

    #[test]
    fn narrow_or_single_owner_authorizations_are_not_shared_broad() {
        // Two non-identity scopes: not broad, even with two owners.
        let auths = [authz("az_bot", "bot@x", "openid email profile a b", true)];
        let wfs = [
            wf("w1", "az_bot", Some("net"), "a b"),
            wf("w2", "az_bot", Some("sec"), "a b"),
        ];
        assert!(of(&run(&auths, &wfs, &[]), Check::SharedBroadAuthorization).is_empty());
        // Broad, but one owner (unowned workflows do not count as another owner).
        let auths = [authz("az_bot", "bot@x", "a b c d", true)];
        let wfs = [
            wf("w1", "az_bot", Some("net"), "a b c d"),
            wf("w2", "az_bot", None, "a b c d"),
        ];
        assert!(of(&run(&auths, &wfs, &[]), Check::SharedBroadAuthorization).is_empty());
    }

    #[test]
    fn excess_scopes_starts_at_three_unrequired_and_ignores_identity_scopes() {
        let auths = [authz(
            "az_bot",
            "bot@x",
            "openid email profile offline_access a b c d",
            true,
        )];
        // Requires a: b, c, d unused (3) -> flagged. Requires a b: 2 unused -> fine.
        let wfs = [
            wf("narrow", "az_bot", Some("o"), "a"),
            wf("fine", "az_bot", Some("o"), "a b"),
        ];
        let f = run(&auths, &wfs, &[]);
        let e = of(&f, Check::ExcessScopes);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].workflows, ["narrow"]);
        assert!(
            e[0].message.contains("narrow (3 unused)"),
            "{}",
            e[0].message
        );
        assert_eq!(
            e[0].fix,
            [
                "authz add --service-account --scope a",
                "authz reassign --from az_bot --to NEW --workflow narrow"
            ]
        );
    }

    #[test]
    fn excess_scopes_suggests_an_existing_narrower_authorization() {
        let auths = [
            authz("az_big", "bot@x", "a b c d e", true),
            authz("az_small", "bot2@x", "openid a b", true),
        ];
        let wfs = [
            wf("w", "az_big", Some("o"), "a"),
            wf("keep", "az_small", Some("o"), "a b"),
        ];
        let f = run(&auths, &wfs, &[]);
        assert_eq!(
            of(&f, Check::ExcessScopes)[0].fix,
            ["authz reassign --from az_big --to az_small --workflow w"]
        );
    }

    #[test]
    fn relogin_needed_with_workflows_is_high_without_workflows_only_unused() {
        let mut a = authz("az_a", "a@x", "x", true);
        a.status = Status::ReloginNeeded;
        let f = run(
            std::slice::from_ref(&a),
            &[wf("w", "az_a", Some("o"), "x")],
            &[],
        );
        let r = of(&f, Check::ReloginNeeded);
        assert_eq!(r[0].severity, Severity::High);
        assert_eq!(r[0].fix, ["authz add --reauth az_a"]);
        let f = run(&[a], &[], &[]);
        assert!(of(&f, Check::ReloginNeeded).is_empty());
        assert_eq!(of(&f, Check::Unused).len(), 1);
    }

    #[test]
    fn revoked_authorizations_are_not_audited() {
        let mut a = authz("az_gone", "a@x", "x", false);
        a.status = Status::Revoked;
        a.revoked = Some(NOW - DAY);
        assert!(run(&[a], &[], &[]).is_empty());
    }

    #[test]
    fn recent_changes_name_the_workflows_to_watch_and_expire_after_seven_days() {
        let auths = [authz("az_bot", "bot@x", "a", true)];
        let wfs = [
            wf("moved", "az_bot", Some("o"), "a"),
            wf("stayed", "az_bot", Some("o"), "a"),
        ];
        let change = |days_ago: i64, action: &str, wf: Option<&str>| Change {
            seq: 0,
            at: NOW - days_ago * DAY,
            action: action.into(),
            authorization: Some("az_bot".into()),
            workflow: wf.map(Into::into),
        };
        let moved = [change(2, "workflow-reassigned", Some("moved"))];
        let f = run(&auths, &wfs, &moved);
        let r = of(&f, Check::RecentChange);
        assert_eq!(r[0].workflows, ["moved"]);
        assert_eq!(r[0].fix, ["authz log --authz az_bot --since 7d"]);
        // A new login changes the access of every workflow of the authorization.
        let f = run(&auths, &wfs, &[change(1, "reauthorized", None)]);
        assert_eq!(
            of(&f, Check::RecentChange)[0].workflows,
            ["moved", "stayed"]
        );
        // Old news, and changes that do not touch access, are not findings.
        let f = run(
            &auths,
            &wfs,
            &[
                change(8, "reauthorized", None),
                change(1, "edited", None),
                change(1, "workflow-created", Some("moved")),
            ],
        );
        assert!(of(&f, Check::RecentChange).is_empty());
    }

    #[test]
    fn offboarding_lists_every_authorization_and_the_revoke_commands() {
        let mut old = authz("az_old", "Alice@X", "a", false);
        old.status = Status::ReloginNeeded;
        let auths = [
            authz("az_alice", "alice@x", "openid a b", false),
            old,
            authz("az_bot", "bot@x", "openid a b c", true),
            authz("az_alice_bot", "alice@x", "a b c", true),
        ];
        let wfs = [
            wf("deploy", "az_alice", Some("ops"), "a b"),
            wf("sync", "az_old", Some("ops"), "a"),
            wf("other", "az_bot", Some("ops"), "a"),
        ];
        let f = offboarding(
            &Input {
                authorizations: &auths,
                workflows: &wfs,
                changes: &[],
                now: NOW,
                no_revocation: &[],
                revocation_needs_auth: &[],
            },
            "alice@x",
        );
        let off = of(&f, Check::Offboarding);
        let ids: Vec<_> = off
            .iter()
            .map(|f| f.authorization.as_deref().unwrap())
            .collect();
        assert_eq!(ids, ["az_alice", "az_old", "az_alice_bot"]);
        // Alice's own service account is never the suggested replacement.
        assert_eq!(off[0].fix, ["authz revoke az_alice --replace az_bot"]);
        assert_eq!(off[0].workflows, ["deploy"]);
        assert_eq!(off[0].severity, Severity::High);
        assert_eq!(off[2].fix, ["authz revoke az_alice_bot"]);
        assert_eq!(off[2].severity, Severity::Warning);
        // Other findings about her authorizations come along; nothing about az_bot's.
        assert!(f.iter().any(|x| x.check == Check::ReloginNeeded));
        assert!(
            f.iter()
                .all(|x| x.authorization.as_deref() != Some("az_bot"))
        );
        assert!(fails(&f, Severity::High));
    }

    #[test]
    fn fail_threshold_is_at_or_above() {
        let auths = [authz("az_a", "a@x", "x", true)];
        let f = run(&auths, &[], &[]); // unused: info
        assert!(fails(&f, Severity::Info));
        assert!(!fails(&f, Severity::Warning));
        assert!(!fails(&[], Severity::Info));
    }

    #[test]
    fn suggested_commands_quote_what_a_shell_would_split() {
        assert_eq!(quote("deploy-prod"), "deploy-prod");
        assert_eq!(quote("nightly backup"), "'nightly backup'");
        assert_eq!(quote("it's"), r"'it'\''s'");
    }
}
