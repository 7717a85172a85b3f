//! `authz audit` and `authz edit`, through the real binary.

mod support;

use serde_json::Value;
use support::Env;

fn findings<'a>(report: &'a Value, check: &str) -> Vec<&'a Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == check)
        .collect()
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

fn create(env: &Env, name: &str, authz: &str, owner: &str, scopes: &[&str]) {
    let mut args = vec![
        "workflow", "create", name, "--authz", authz, "--owner", owner,
    ];
    for s in scopes {
        args.extend(["--scope", s]);
    }
    env.run(&args).success();
}

/// A service account serving one team's workflows with exactly what they need: nothing to say.
fn tidy() -> Env {
    let env = Env::new();
    env.seed_authz(
        "az_bot",
        "bot@example.com",
        "openid offline_access net:read",
    );
    env.run(&["edit", "az_bot", "--service-account"]).success();
    create(&env, "deploy", "az_bot", "netops", &["net:read"]);
    env
}

#[test]
fn a_tidy_store_has_no_findings_and_exits_0() {
    let env = tidy();
    let r = env.run(&["audit", "--json", "--fail-on", "info"]).success();
    let v = r.json();
    assert_eq!(v["findings"], serde_json::json!([]));
    assert_eq!(v["summary"]["high"], 0);
    assert_eq!(v["authorizations"], 1);
    assert_eq!(v["workflows"], 1);
    assert_eq!(v["profile"], "default");
    env.run(&["audit"]).success().stdout_has("No findings.");
}

#[test]
fn personal_account_is_flagged_until_marked_service_owned() {
    let env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "openid net:read");
    create(&env, "deploy", "az_alice", "netops", &["net:read"]);
    let v = env.run(&["audit", "--json"]).success().json();
    let p = findings(&v, "personal-account");
    assert_eq!(p.len(), 1, "{v:#}");
    assert_eq!(p[0]["severity"], "warning");
    assert_eq!(p[0]["authorization"], "az_alice");
    assert_eq!(strs(&p[0]["workflows"]), ["deploy"]);
    assert_eq!(
        strs(&p[0]["fix"]),
        [
            "authz add --service-account --scope net:read",
            "authz reassign --from az_alice --to NEW"
        ]
    );

    let e = env
        .run(&["edit", "alice@example.com", "--service-account", "--json"])
        .success()
        .json();
    assert_eq!(e["result"], "updated");
    assert_eq!(e["service_account"], true);
    let log = env
        .run(&["log", "--authz", "az_alice", "--json"])
        .success()
        .json();
    let edited = log
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "edited")
        .expect("edit is logged");
    assert_eq!(edited["details"]["service_account"]["to"], true);

    let v = env.run(&["audit", "--json"]).success().json();
    assert!(findings(&v, "personal-account").is_empty(), "{v:#}");
    // Running it again changes nothing and logs nothing.
    let before = env.snapshot();
    let again = env
        .run(&["edit", "az_alice", "--service-account", "--json"])
        .success()
        .json();
    assert_eq!(again["result"], "unchanged");
    assert_eq!(env.snapshot(), before);
}

#[test]
fn edit_sets_and_clears_the_label_and_refuses_a_revoked_authorization() {
    let env = Env::new();
    env.seed_authz("az_a", "a@example.com", "openid");
    let v = env
        .run(&["edit", "az_a", "--label", "ci bot", "--json"])
        .success()
        .json();
    assert_eq!(v["label"], "ci bot");
    let v = env
        .run(&["edit", "az_a", "--label", "", "--json"])
        .success()
        .json();
    assert_eq!(v["label"], Value::Null);
    env.run(&["edit", "az_a"]).code(2);
    env.run(&["edit", "az_a", "--service-account", "--personal"])
        .code(2);
    env.run(&["revoke", "az_a", "--yes"]).success();
    env.run(&["edit", "az_a", "--label", "x"])
        .code(3)
        .one_line_error()
        .stderr_has("revoked");
}

#[test]
fn fail_on_exits_3_only_at_or_above_the_threshold() {
    let env = tidy();
    env.seed_authz("az_spare", "spare@example.com", "openid"); // unused: info
    env.run(&["edit", "az_spare", "--service-account"])
        .success();
    env.run(&["audit", "--fail-on", "warning"]).success();
    env.run(&["audit", "--fail-on", "high"]).success();
    let r = env.run(&["audit", "--fail-on", "info", "--json"]).code(3);
    // The report still reaches stdout; the error is one JSON object on stderr.
    let v = r.json();
    assert_eq!(v["failed"], true);
    assert_eq!(v["fail_on"], "info");
    assert_eq!(findings(&v, "unused").len(), 1);
    assert_eq!(r.stderr_json()["error"]["kind"], "conflict");
    env.run(&["audit", "--fail-on", "info"])
        .code(3)
        .stdout_has("INFO     unused")
        .one_line_error()
        .stderr_has("1 finding(s) at or above severity 'info'");
    env.run(&["audit", "--fail-on", "severe"]).code(2);
}

#[test]
fn a_broad_authorization_shared_by_two_owners_is_high() {
    let env = Env::new();
    env.seed_authz("az_bot", "bot@example.com", "openid a b c");
    env.run(&["edit", "az_bot", "--service-account"]).success();
    create(&env, "n1", "az_bot", "netops", &["a", "b", "c"]);
    create(&env, "n2", "az_bot", "netops", &["a", "b", "c"]);
    create(&env, "s1", "az_bot", "secops", &["a", "b", "c"]);
    let v = env.run(&["audit", "--json"]).success().json();
    let s = findings(&v, "shared-broad-authorization");
    assert_eq!(s.len(), 1, "{v:#}");
    assert_eq!(s[0]["severity"], "high");
    assert_eq!(
        strs(&s[0]["fix"]),
        ["authz reassign --from az_bot --to NEW --workflow s1"]
    );
    env.run(&["audit", "--fail-on", "high"]).code(3);
}

#[test]
fn excess_scopes_needs_three_unused_non_identity_scopes() {
    let env = Env::new();
    env.seed_authz(
        "az_bot",
        "bot@example.com",
        "openid email profile offline_access a b c d",
    );
    env.run(&["edit", "az_bot", "--service-account"]).success();
    create(&env, "two-spare", "az_bot", "o", &["a", "b"]);
    let v = env.run(&["audit", "--json"]).success().json();
    assert!(findings(&v, "excess-scopes").is_empty(), "{v:#}");
    create(&env, "three-spare", "az_bot", "o", &["a"]);
    let v = env.run(&["audit", "--json"]).success().json();
    let e = findings(&v, "excess-scopes");
    assert_eq!(e.len(), 1, "{v:#}");
    assert_eq!(strs(&e[0]["workflows"]), ["three-spare"]);
    assert_eq!(e[0]["severity"], "warning");
}

#[test]
fn relogin_needed_with_workflows_is_high() {
    let env = tidy();
    env.exec("UPDATE authorizations SET status = 'relogin-needed' WHERE id = 'az_bot'");
    let v = env.run(&["audit", "--json"]).success().json();
    let r = findings(&v, "relogin-needed");
    assert_eq!(r.len(), 1, "{v:#}");
    assert_eq!(r[0]["severity"], "high");
    assert_eq!(strs(&r[0]["fix"]), ["authz add --reauth az_bot"]);
}

#[test]
fn recent_changes_name_the_workflows_to_watch_for_seven_days() {
    let env = tidy();
    env.seed_authz("az_bot2", "bot2@example.com", "openid net:read");
    env.run(&["edit", "az_bot2", "--service-account"]).success();
    create(&env, "stays", "az_bot", "netops", &["net:read"]);
    env.run(&[
        "reassign",
        "--from",
        "az_bot",
        "--to",
        "az_bot2",
        "--workflow",
        "deploy",
    ])
    .success();
    let v = env.run(&["audit", "--json"]).success().json();
    let r = findings(&v, "recent-change");
    assert_eq!(r.len(), 1, "{v:#}");
    assert_eq!(r[0]["authorization"], "az_bot2");
    assert_eq!(strs(&r[0]["workflows"]), ["deploy"]);
    assert_eq!(strs(&r[0]["fix"]), ["authz log --authz az_bot2 --since 7d"]);
    // Eight days later it is history, not news.
    env.exec("UPDATE events SET at = '2000-01-01T00:00:00Z'");
    let v = env.run(&["audit", "--json"]).success().json();
    assert!(findings(&v, "recent-change").is_empty(), "{v:#}");
}

#[test]
fn offboarding_review_gives_commands_that_work() {
    let env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "openid net:read net:write");
    env.seed_authz("az_alice2", "Alice@Example.com", "openid net:read");
    env.seed_authz("az_bob", "bob@example.com", "openid net:read");
    env.seed_authz("az_bot", "bot@example.com", "openid net:read net:write");
    env.run(&["edit", "az_bot", "--service-account"]).success();
    create(&env, "deploy", "az_alice", "netops", &["net:write"]);
    create(&env, "report", "az_alice", "netops", &["net:read"]);
    create(&env, "bob-job", "az_bob", "bob", &["net:read"]);

    let v = env
        .run(&["audit", "--email", "alice@example.com", "--json"])
        .success()
        .json();
    assert_eq!(v["email"], "alice@example.com");
    let off = findings(&v, "offboarding");
    let ids: Vec<&str> = off
        .iter()
        .map(|f| f["authorization"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["az_alice", "az_alice2"], "{v:#}");
    assert_eq!(off[0]["severity"], "high");
    assert_eq!(strs(&off[0]["workflows"]), ["deploy", "report"]);
    assert_eq!(
        strs(&off[0]["fix"]),
        ["authz revoke az_alice --replace az_bot"]
    );
    assert_eq!(strs(&off[1]["fix"]), ["authz revoke az_alice2"]);
    // Only Alice's authorizations: nothing about Bob's.
    for f in v["findings"].as_array().unwrap() {
        assert_ne!(f["authorization"], "az_bob", "{f:#}");
    }

    // The suggested commands do the offboarding.
    for f in off {
        for cmd in strs(&f["fix"]) {
            let mut args: Vec<&str> = cmd.split(' ').skip(1).collect();
            args.push("--yes");
            if cmd.contains("--replace") {
                args.push("--no-verify"); // no provider in this test
            }
            env.run(&args).success();
        }
    }
    let v = env
        .run(&["audit", "--email", "alice@example.com", "--json"])
        .success()
        .json();
    assert_eq!(v["findings"], serde_json::json!([]));
    env.run(&["audit", "--email", "alice@example.com"])
        .success()
        .stdout_has("No unrevoked authorization has email alice@example.com");
    let deploy = env
        .run(&["workflow", "list", "--authz", "az_bot", "--json"])
        .success()
        .json();
    assert_eq!(deploy.as_array().unwrap().len(), 2);
}

#[test]
fn offboarding_without_a_covering_service_account_says_create_one() {
    let env = Env::new();
    env.seed_authz("az_alice", "alice@example.com", "openid net:read net:write");
    create(
        &env,
        "deploy",
        "az_alice",
        "netops",
        &["net:write", "net:read"],
    );
    let v = env
        .run(&["audit", "--email", "alice@example.com", "--json"])
        .success()
        .json();
    assert_eq!(
        strs(&findings(&v, "offboarding")[0]["fix"]),
        [
            "authz add --service-account --scope net:read --scope net:write",
            "authz revoke az_alice --replace NEW"
        ]
    );
}

/// A provider whose metadata says revocation needs client authentication cannot revoke for
/// authz's public client: audit lists the authorizations of that provider before anyone tries.
#[test]
fn authorizations_whose_provider_cannot_revoke_for_this_client_are_listed() {
    // Control: oidc-provider accepts `none` at its revocation endpoint; nothing to say.
    let w = support::world::World::new();
    w.run(&["--json", "add", "--timeout", "60"]).success();
    let report = w.run(&["--json", "audit"]).success().json();
    assert!(
        findings(&report, "revocation-needs-client-auth").is_empty(),
        "{report}"
    );

    let w = support::world::World::new();
    w.provider.admin_metadata(
        "revocation_endpoint_auth_methods_supported",
        &["client_secret_basic", "private_key_jwt"],
    );
    let added = w
        .run(&["--json", "add", "--timeout", "60"])
        .success()
        .json();
    let report = w.run(&["--json", "audit"]).success().json();
    let found = findings(&report, "revocation-needs-client-auth");
    assert_eq!(found.len(), 1, "{report}");
    assert_eq!(found[0]["authorization"], added["id"]);
    assert_eq!(found[0]["severity"], "warning");
    w.run(&["audit"])
        .success()
        .stdout_has("revokes tokens only for an authenticated client");

    // A confidential client with a method the endpoint takes: nothing to say.
    let mut w = support::world::World::new();
    w.env.unset("AUTHZ_CLIENT_ID");
    w.provider.admin_metadata(
        "revocation_endpoint_auth_methods_supported",
        &["client_secret_basic", "private_key_jwt"],
    );
    let mut add = vec!["--json", "add", "--timeout", "60"];
    let client = w.confidential_client("audit-secret");
    add.extend(client.iter().map(String::as_str));
    w.run(&add).success();
    let report = w.run(&["--json", "audit"]).success().json();
    assert!(
        findings(&report, "revocation-needs-client-auth").is_empty(),
        "{report}"
    );
}

/// The offboarding fix must not raise new findings: moving Bob's workflow onto a broad service
/// account that another owner's workflows use would make it `shared-broad-authorization`.
#[test]
fn offboarding_never_suggests_a_replacement_that_the_next_audit_flags() {
    let env = Env::new();
    env.seed_authz("az_bob", "bob@example.com", "openid net:read");
    env.seed_authz(
        "az_netsvc",
        "netsvc@example.com",
        "openid net:read net:write dns:read dns:write",
    );
    env.run(&["edit", "az_netsvc", "--service-account"])
        .success();
    create(
        &env,
        "core",
        "az_netsvc",
        "netops",
        &["net:read", "net:write", "dns:read", "dns:write"],
    );
    create(&env, "bob-job", "az_bob", "bobteam", &["net:read"]);
    let before = env.run(&["audit", "--json"]).success().json();
    assert!(
        findings(&before, "shared-broad-authorization").is_empty(),
        "{before:#}"
    );

    let v = env
        .run(&["audit", "--email", "bob@example.com", "--json"])
        .success()
        .json();
    let fix = strs(&findings(&v, "offboarding")[0]["fix"]);
    assert_eq!(
        fix,
        [
            "authz add --service-account --scope net:read",
            "authz revoke az_bob --replace NEW"
        ],
        "{v:#}"
    );

    // A narrow service account passes: it is suggested, and following it raises nothing new.
    env.seed_authz("az_narrow", "narrow@example.com", "openid net:read");
    env.run(&["edit", "az_narrow", "--service-account"])
        .success();
    let v = env
        .run(&["audit", "--email", "bob@example.com", "--json"])
        .success()
        .json();
    let fix = strs(&findings(&v, "offboarding")[0]["fix"]);
    assert_eq!(fix, ["authz revoke az_bob --replace az_narrow"]);
    let mut args: Vec<&str> = fix[0].split(' ').skip(1).collect();
    args.extend(["--yes", "--no-verify"]);
    env.run(&args).success();
    let after = env.run(&["audit", "--json"]).success().json();
    // (A move is always a `recent-change` to watch: that one is expected.)
    for f in after["findings"].as_array().unwrap() {
        if f["check"] == "recent-change" {
            continue;
        }
        assert_ne!(f["authorization"], "az_narrow", "{f:#}");
        assert_ne!(f["check"], "shared-broad-authorization", "{f:#}");
    }
}

#[test]
fn a_fix_for_one_workflow_names_it() {
    let env = Env::new();
    env.seed_authz("az_bot", "bot@example.com", "openid net:read");
    env.run(&["workflow", "create", "lonely", "--authz", "az_bot"])
        .success();
    let v = env.run(&["audit", "--json"]).success().json();
    assert_eq!(
        strs(&findings(&v, "no-owner")[0]["fix"]),
        ["authz workflow edit lonely --owner OWNER"]
    );
}
