//! Per-workflow tokens (issue 20) against the real development provider (oidc-provider with
//! resource indicators and introspection on): each workflow gets a token holding only what it
//! requires, checked by the provider's own introspection (or, for the JWT API, the token's
//! claims); a provider that ignores the narrowing is detected; revoking ends every cached token.
//! Each test runs on both secret backends.

mod support;

use base64::Engine;
use serde_json::Value;
use support::world::{Backend, World};

const WORKFLOWS_API: &str = "https://api.authz.test/workflows";
const NETWORK_API: &str = "https://api.authz.test/network";

impl World {
    /// Logs alice in with every scope the tests need (and `resources`); returns the id.
    #[track_caller]
    fn alice(&mut self, resources: &[&str]) -> String {
        self.env.set("AUTHZ_TEST_LOGIN", "alice");
        let mut args = vec!["--json", "add", "--timeout", "60"];
        for s in ["workflows:read", "workflows:write", "network:write"] {
            args.extend(["--scope", s]);
        }
        for r in resources {
            args.extend(["--resource", r]);
        }
        let run = self.run(&args);
        assert_eq!(run.code, 0, "add: {}\n{}", run.stderr, self.provider.log());
        run.json()["id"].as_str().unwrap().to_owned()
    }

    #[track_caller]
    fn workflow(&self, name: &str, id: &str, scopes: &[&str], more: &[&str]) {
        let mut args = vec!["workflow", "create", name, "--authz", id];
        for s in scopes {
            args.extend(["-s", s]);
        }
        args.extend_from_slice(more);
        self.run(&args).success();
    }

    #[track_caller]
    fn token_of(&self, workflow: &str) -> String {
        let out = self.run(&["token", "--workflow", workflow]).success();
        out.stdout.trim_end().to_owned()
    }
}

/// The scope an introspection (or a JWT) says, as a sorted list.
fn scopes_of(v: &Value) -> Vec<String> {
    let mut s: Vec<String> = v["scope"]
        .as_str()
        .unwrap_or_default()
        .split(' ')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    s.sort();
    s
}

fn jwt_claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("a JWT");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .unwrap();
    serde_json::from_slice(&bytes).unwrap()
}

fn each_workflow_gets_a_token_holding_only_what_it_requires(b: Backend) {
    let mut w = World::on(b);
    let id = w.alice(&[]);
    w.workflow("backup", &id, &["workflows:read"], &[]);
    w.workflow("deploy", &id, &["workflows:read", "workflows:write"], &[]);
    w.workflow("report", &id, &["workflows:read"], &[]);

    let full = w.run(&["token", &id]).success().stdout.trim().to_owned();
    let backup = w.token_of("backup");
    let deploy = w.token_of("deploy");
    assert_ne!(backup, deploy);
    assert_ne!(backup, full);
    assert_eq!(w.provider.narrowed_refreshes(), 2);

    // The provider's own word on what each token holds.
    let seen = w.provider.introspect(&backup);
    assert_eq!(seen["active"], true, "{seen}");
    assert_eq!(scopes_of(&seen), ["workflows:read"]);
    let seen = w.provider.introspect(&deploy);
    assert_eq!(scopes_of(&seen), ["workflows:read", "workflows:write"]);
    let seen = w.provider.introspect(&full);
    assert!(
        scopes_of(&seen).contains(&"network:write".to_owned()),
        "{seen}"
    );

    // Same needs, same cached token: no call to the provider at all.
    let before = w.provider.stats();
    assert_eq!(w.token_of("report"), backup);
    assert_eq!(w.token_of("backup"), backup);
    assert_eq!(
        w.provider.stats(),
        before,
        "a cached token went to the provider"
    );

    // `authz run` hands the command the workflow's narrowed token too.
    let ran = w
        .run(&[
            "run",
            "--workflow",
            "deploy",
            "--",
            "sh",
            "-c",
            "printf %s \"$AUTHZ_ACCESS_TOKEN\"",
        ])
        .success();
    assert_eq!(ran.stdout, deploy);

    // What the token holds, for people and machines (never the token).
    let json = w
        .run(&["token", "--workflow", "backup", "--format", "json"])
        .success()
        .json();
    assert_eq!(json["scope"], "workflows:read");
    let shown = w.run(&["workflow", "show", "backup", "--json"]).success();
    let held = &shown.json()["token_held"];
    assert_eq!(held["narrowing"], "narrowed", "{held}");
    assert_eq!(held["granted"], serde_json::json!(["workflows:read"]));
    assert!(!shown.stdout.contains(&backup));
    let show = w.run(&["show", &id, "--json"]).success();
    assert_eq!(show.json()["cached_tokens"].as_array().unwrap().len(), 2);
    assert!(!show.stdout.contains(&backup) && !show.stdout.contains(&deploy));
    let text = w.run(&["workflow", "show", "deploy"]).success().stdout;
    assert!(
        text.contains("its token:     workflows:read workflows:write (narrowed, expires"),
        "{text}"
    );
    assert_eq!(w.narrowed_count(&id), 2);

    // The authorization's own token is still the operator's: full, and unchanged.
    assert_eq!(w.run(&["token", &id]).success().stdout.trim(), full);
    // Every rotated refresh token was kept: the stored one still refreshes.
    w.expire(&id);
    let again = w.run(&["token", &id]).success().stdout.trim().to_owned();
    assert_ne!(again, full);
}

fn a_workflow_naming_a_resource_gets_a_token_for_that_api_alone(b: Backend) {
    let mut w = World::on(b);
    let id = w.alice(&[WORKFLOWS_API, NETWORK_API]);
    let show = w.run(&["show", &id, "--json"]).success().json();
    assert_eq!(
        show["resources"],
        serde_json::json!([WORKFLOWS_API, NETWORK_API])
    );
    w.workflow("net", &id, &["network:write"], &["--resource", NETWORK_API]);
    w.workflow(
        "ops",
        &id,
        &["workflows:write"],
        &["--resource", WORKFLOWS_API, "--strict-scopes"],
    );

    // The JWT API: the token names its audience and its scope.
    let net = w.token_of("net");
    let claims = jwt_claims(&net);
    assert_eq!(claims["aud"], NETWORK_API, "{claims}");
    assert_eq!(scopes_of(&claims), ["network:write"]);
    // The opaque API: the provider's introspection says the same.
    let ops = w.token_of("ops");
    let seen = w.provider.introspect(&ops);
    assert_eq!(seen["active"], true, "{seen}");
    assert_eq!(seen["aud"], WORKFLOWS_API, "{seen}");
    assert_eq!(scopes_of(&seen), ["workflows:write"]);
    let held = &w
        .run(&["workflow", "show", "ops", "--json"])
        .success()
        .json();
    assert_eq!(held["resource"], WORKFLOWS_API);
    assert_eq!(held["strict_scopes"], true);
    assert_eq!(held["token_held"]["resource"], WORKFLOWS_API);
}

fn a_resource_the_login_did_not_ask_for_is_never_sent(b: Backend) {
    let mut w = World::on(b);
    let id = w.alice(&[]);
    w.workflow("net", &id, &["network:write"], &["--resource", NETWORK_API]);
    let asked = w.provider.narrowed_refreshes();
    // Not asked at the provider (which would spend the refresh token before refusing it):
    // the authorization's own token, with a warning naming the fix.
    let run = w.run(&["token", "--workflow", "net"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("its login did not ask for resource")
            && run.stderr.contains("--resource"),
        "{}",
        run.stderr
    );
    assert_eq!(w.provider.narrowed_refreshes(), asked);
    let full = w.run(&["token", &id]).success().stdout;
    assert_eq!(run.stdout, full);
    // Strict: refused, exit 10, nothing handed out.
    let strict = w.run(&["token", "--workflow", "net", "--strict-scopes"]);
    assert_eq!(strict.code, 10, "{}", strict.stderr);
    assert!(strict.stdout.is_empty());
    // The authorization is intact: its refresh token still works.
    w.expire(&id);
    w.run(&["token", &id]).success();
    assert_eq!(w.status(&id), "active");
}

fn a_resource_refused_after_rotation_means_relogin_and_the_spent_token_is_never_presented(
    b: Backend,
) {
    let mut w = World::on(b);
    let id = w.alice(&[WORKFLOWS_API]);
    w.workflow(
        "ops",
        &id,
        &["workflows:write"],
        &["--resource", WORKFLOWS_API],
    );
    let spent = w.refresh_token(&id).unwrap();
    w.provider.admin_forget_resource(WORKFLOWS_API);
    let refreshes = w.provider.refreshes();
    let run = w.run(&["token", "--workflow", "ops"]);
    assert_eq!(run.code, 7, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("may have rotated"), "{}", run.stderr);
    assert_eq!(w.status(&id), "relogin-needed");
    // Nothing presented the spent refresh token again: one request, and no more on retries.
    assert_eq!(w.run(&["token", "--workflow", "ops"]).code, 7);
    assert_eq!(w.run(&["token", &id]).code, 7);
    assert_eq!(w.provider.refreshes(), refreshes + 1);
    // Control: it was spent indeed (the provider rotated it before refusing the resource).
    let (status, answer) = w.provider.try_refresh(&spent);
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["error"], "invalid_grant", "{answer}");
}

fn a_provider_that_ignores_the_narrowing_is_detected(b: Backend) {
    let mut w = World::on(b);
    let id = w.alice(&[]);
    w.workflow("backup", &id, &["workflows:read"], &[]);
    w.workflow("deploy", &id, &["workflows:write"], &[]);
    w.provider.admin_narrowing("ignore");

    let run = w.run(&["token", "--workflow", "backup"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("ignored the narrowing"),
        "{}",
        run.stderr
    );
    let seen = w.provider.introspect(run.stdout.trim());
    assert!(scopes_of(&seen).contains(&"workflows:write".to_owned()));
    // Warned once per authorization.
    let again = w.run(&["token", "--workflow", "deploy"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(!again.stderr.contains("ignored"), "{}", again.stderr);

    let audit = w.run(&["audit", "--json"]).json();
    let checks: Vec<(String, Vec<Value>)> = audit["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["check"].as_str().unwrap().to_owned(),
                f["workflows"].as_array().unwrap().clone(),
            )
        })
        .collect();
    assert!(
        checks
            .iter()
            .any(|(c, wf)| c == "narrowing-ignored" && wf.len() == 2),
        "{audit}"
    );
    assert!(
        checks
            .iter()
            .any(|(c, wf)| c == "excess-scope" && wf == &[Value::from("backup")]),
        "{audit}"
    );

    // Strict: refused from the store's record, without asking the provider again.
    let before = w.provider.stats();
    let strict = w.run(&["token", "--workflow", "backup", "--strict-scopes"]);
    assert_eq!(strict.code, 10, "{}", strict.stderr);
    assert!(strict.stdout.is_empty());
    assert_eq!(w.provider.stats(), before);
    w.run(&["workflow", "edit", "deploy", "--strict-scopes"])
        .success();
    assert_eq!(w.run(&["token", "--workflow", "deploy"]).code, 10);

    // Control: a provider that narrows again gives narrowed tokens, and no finding.
    w.provider.admin_narrowing("honour");
    w.env
        .exec("UPDATE access_tokens SET expires = '2000-01-01T00:00:00Z'");
    let narrowed = w.token_of("deploy");
    assert_eq!(
        scopes_of(&w.provider.introspect(&narrowed)),
        ["workflows:write"]
    );
}

fn revoking_the_authorization_ends_every_cached_token(b: Backend) {
    let mut w = World::on(b);
    let id = w.alice(&[WORKFLOWS_API]);
    w.workflow("backup", &id, &["workflows:read"], &[]);
    w.workflow(
        "ops",
        &id,
        &["workflows:write"],
        &["--resource", WORKFLOWS_API],
    );
    let tokens = [w.token_of("backup"), w.token_of("ops")];
    assert_eq!(w.narrowed_count(&id), 2);
    for t in &tokens {
        assert_eq!(w.provider.introspect(t)["active"], true);
    }
    w.run(&["workflow", "delete", "backup", "--yes"]).success();
    w.run(&["workflow", "delete", "ops", "--yes"]).success();
    w.run(&["revoke", &id, "--yes"]).success();
    for t in &tokens {
        let seen = w.provider.introspect(t);
        assert_eq!(seen["active"], false, "{seen}");
    }
    assert_eq!(w.narrowed_count(&id), 0);
    let show = w.run(&["show", &id, "--json"]).success().json();
    assert_eq!(show["cached_tokens"], serde_json::json!([]));
}

fn an_authorization_keeps_at_most_16_cached_tokens(b: Backend) {
    let mut w = World::on(b);
    let id = w.alice(&[]);
    let scopes = [
        "workflows:read",
        "workflows:write",
        "network:write",
        "email",
        "openid",
    ];
    // 17 workflows, each with its own scope set (non-empty subsets of five scopes).
    let names: Vec<String> = (1..=17usize)
        .map(|mask| {
            let name = format!("w{mask:02}");
            let mine: Vec<&str> = scopes
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, s)| *s)
                .collect();
            w.workflow(&name, &id, &mine, &[]);
            name
        })
        .collect();
    for name in &names {
        w.token_of(name);
    }
    assert_eq!(w.provider.narrowed_refreshes(), 17);
    // The store's record and the secret backend agree: 16 tokens, the newest among them.
    let cached = w.run(&["show", &id, "--json"]).success().json()["cached_tokens"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(cached, 16);
    assert_eq!(w.narrowed_count(&id), 16);
    let newest = w
        .run(&["workflow", "show", "w17", "--json"])
        .success()
        .json();
    assert_eq!(newest["token_held"]["narrowing"], "narrowed", "{newest}");
    // The evicted one is made again when asked for, and another goes.
    let evicted: Vec<&String> = names
        .iter()
        .filter(|n| {
            w.run(&["workflow", "show", n, "--json"]).success().json()["token_held"].is_null()
        })
        .collect();
    assert_eq!(evicted.len(), 1, "{evicted:?}");
    w.token_of(evicted[0]);
    assert_eq!(w.provider.narrowed_refreshes(), 18);
    assert_eq!(w.narrowed_count(&id), 16);
}

fn bad_resources_are_refused_before_anything_changes(b: Backend) {
    let mut w = World::on(b);
    let id = w.alice(&[]);
    for bad in ["not a uri", "/relative", "https://api.example.com/#part"] {
        let run = w.run(&["workflow", "create", "x", "--authz", &id, "--resource", bad]);
        assert_eq!(run.code, 2, "{bad}: {}", run.stderr);
        assert_eq!(
            run.stderr
                .lines()
                .filter(|l| l.starts_with("error:"))
                .count(),
            1
        );
        let run = w.run(&["add", "--resource", bad]);
        assert_eq!(run.code, 2, "{bad}: {}", run.stderr);
    }
    assert_eq!(w.run(&["workflow", "show", "x"]).code, 4);
    w.workflow("x", &id, &["workflows:read"], &[]);
    let run = w.run(&["workflow", "edit", "x", "--resource", "#"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    let shown = w.run(&["workflow", "show", "x", "--json"]).success().json();
    assert!(shown.get("resource").is_none(), "{shown}");
}

backends!(
    each_workflow_gets_a_token_holding_only_what_it_requires,
    a_workflow_naming_a_resource_gets_a_token_for_that_api_alone,
    a_resource_the_login_did_not_ask_for_is_never_sent,
    a_resource_refused_after_rotation_means_relogin_and_the_spent_token_is_never_presented,
    a_provider_that_ignores_the_narrowing_is_detected,
    revoking_the_authorization_ends_every_cached_token,
    an_authorization_keeps_at_most_16_cached_tokens,
    bad_resources_are_refused_before_anything_changes,
);
