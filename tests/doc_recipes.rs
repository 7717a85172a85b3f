//! The shell recipes in docs/ run as written, so a broken one fails CI (issue 25.1). Every
//! ```sh block carries a marker on the line before it: `<!-- recipe: run NAME -->` (run here,
//! against the sealed world the other tests use) or `<!-- recipe: not run (WHY) -->` (it
//! needs what a test machine has not: a real provider or host, or placeholders of yours).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use support::world::World;
use support::{BIN, Env, Run};

struct Recipe {
    at: String,
    /// `Some(name)` for a recipe that runs; `None` for one that is marked not run.
    run: Option<String>,
    text: String,
}

fn docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs")
}

/// Every ```sh or ```bash block in docs/*.md, with its marker.
fn recipes() -> Vec<Recipe> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(docs())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let fence = lines[i].trim();
            if fence == "```sh" || fence == "```bash" {
                let at = format!("{}:{}", file.file_name().unwrap().to_str().unwrap(), i + 1);
                let marker = i
                    .checked_sub(1)
                    .map(|p| lines[p].trim())
                    .and_then(|l| l.strip_prefix("<!-- recipe: "))
                    .and_then(|l| l.strip_suffix(" -->"))
                    .unwrap_or_else(|| panic!("{at}: a shell block without a recipe marker"));
                let run = match marker.strip_prefix("run ") {
                    Some(name) => Some(name.to_owned()),
                    None => {
                        assert!(
                            marker.starts_with("not run (") && marker.len() > 12,
                            "{at}: say why it is not run: {marker}"
                        );
                        None
                    }
                };
                let body: Vec<&str> = lines[i + 1..]
                    .iter()
                    .take_while(|l| l.trim() != "```")
                    .map(|l| l.trim_start())
                    .collect();
                out.push(Recipe {
                    at,
                    run,
                    text: body.join("\n") + "\n",
                });
            }
            i += 1;
        }
    }
    out
}

fn recipe(name: &str) -> String {
    recipes()
        .into_iter()
        .find(|r| r.run.as_deref() == Some(name))
        .unwrap_or_else(|| panic!("no recipe marked `run {name}`"))
        .text
}

/// Runs `script` with `sh -e` (every line must succeed, as a reader expects) in `env`'s directory, `authz` on PATH (or `shim`, a wrapper that
/// plays what else happens meanwhile), with `vars` set.
fn run_recipe(env: &Env, script: &str, shim: Option<&str>, vars: &[(&str, &str)]) -> Run {
    let bin = env.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let authz = bin.join("authz");
    let _ = std::fs::remove_file(&authz);
    match shim {
        None => std::os::unix::fs::symlink(BIN, &authz).unwrap(),
        Some(body) => {
            use std::os::unix::fs::PermissionsExt;
            std::fs::write(&authz, format!("#!/bin/sh\nREAL='{BIN}'\n{body}\n")).unwrap();
            std::fs::set_permissions(&authz, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
    let file = env.path().join("recipe.sh");
    std::fs::write(&file, script).unwrap();
    let mut c: Command = env.tool("sh", &["-e", file.to_str().unwrap()]);
    c.current_dir(env.path()).env(
        "PATH",
        format!("{}:{}", bin.display(), std::env::var("PATH").unwrap()),
    );
    for (k, v) in vars {
        c.env(k, v);
    }
    Run::from(c.output().unwrap(), &["(recipe)"])
}

#[test]
fn every_shell_recipe_in_the_docs_is_marked_run_or_not_run_with_a_reason() {
    let all = recipes();
    assert!(all.len() > 20, "{} recipes found", all.len());
    let run: Vec<&str> = all.iter().filter_map(|r| r.run.as_deref()).collect();
    for name in ["ci", "profiles", "audit", "staging-signer", "vault-keys"] {
        assert!(run.contains(&name), "{name} is not marked run: {run:?}");
    }
    for r in &all {
        assert!(!r.text.trim().is_empty(), "{}: empty", r.at);
    }
}

/// Bob's workflow `deploy` on az_old; az_new grants what it needs; the workflows.json the
/// recipe imports adds `report`.
fn ci_world() -> Env {
    let env = Env::new();
    env.seed_authz("az_old", "bob@example.com", "openid read");
    env.seed_authz("az_new", "bot@example.com", "openid read");
    env.run(&[
        "workflow", "create", "deploy", "--authz", "az_old", "--scope", "read",
    ])
    .success();
    std::fs::write(
        env.path().join("workflows.json"),
        r#"[{"name": "report", "authorization": "az_new", "scopes": ["read"]}]"#,
    )
    .unwrap();
    env
}

const CI_VARS: [(&str, &str); 2] = [("OLD", "az_old"), ("NEW", "az_new")];

#[test]
fn the_ci_recipe_moves_revokes_and_imports_and_a_rerun_is_success() {
    let env = ci_world();
    let script = recipe("ci");
    run_recipe(&env, &script, None, &CI_VARS).success();
    assert_eq!(
        env.text("SELECT authz_id FROM workflows WHERE name = 'deploy'"),
        Some("az_new".into())
    );
    assert_eq!(
        env.text("SELECT status FROM authorizations WHERE id = 'az_old'"),
        Some("revoked".into())
    );
    assert_eq!(
        env.count("SELECT COUNT(*) FROM workflows WHERE name = 'report'"),
        1
    );
    // Idempotent: the same job again changes nothing and succeeds.
    run_recipe(&env, &script, None, &CI_VARS).success();
}

#[test]
fn the_ci_recipe_stops_with_3_listing_a_workflow_put_on_old_meanwhile() {
    let env = ci_world();
    // Another operator puts a workflow on $OLD between the move and the revoke.
    let shim = r#"code=0; "$REAL" "$@" || code=$?
if [ "$1" = reassign ]; then "$REAL" -q workflow create late --authz "$OLD" --scope read; fi
exit $code"#;
    let r = run_recipe(&env, &recipe("ci"), Some(shim), &CI_VARS).code(3);
    assert_eq!(
        r.stdout.trim(),
        "late",
        "the case branch lists the workflows"
    );
    assert_eq!(
        env.text("SELECT status FROM authorizations WHERE id = 'az_old'"),
        Some("active".into())
    );
    assert_eq!(
        env.count("SELECT COUNT(*) FROM workflows WHERE name = 'report'"),
        0
    );
}

#[test]
fn the_ci_recipe_fails_with_1_and_shows_any_other_error() {
    let env = ci_world();
    // The revoke refused for another reason (here an unknown secret backend, exit 2).
    let shim = r#"if [ "$1" = revoke ]; then export AUTHZ_SECRETS=nonsense; fi
exec "$REAL" "$@""#;
    let r = run_recipe(&env, &recipe("ci"), Some(shim), &CI_VARS).code(1);
    let err: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(err["error"]["code"], 2, "{}", r.stdout);
}

#[test]
fn the_profiles_recipe_runs() {
    let env = Env::new();
    env.init();
    for name in ["old", "other"] {
        env.run(&["profile", "create", name]).success();
    }
    run_recipe(&env, &recipe("profiles"), None, &[]).success();
    assert!(!env.profile_db("old").exists());
    let current = env.run(&["--json", "profile", "show"]).success().json();
    assert_eq!(current["name"], "acme");
}

#[test]
fn the_audit_recipe_runs() {
    let env = Env::new();
    env.init();
    run_recipe(&env, &recipe("audit"), None, &[]).success();
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.path().join("audit.json")).unwrap())
            .unwrap();
    assert_eq!(report["findings"], serde_json::json!([]));
}

#[test]
fn the_vault_recipes_run() {
    let w = World::new();
    run_recipe(&w.env, &recipe("vault-keys"), None, &[]).success();
    let r = run_recipe(&w.env, &recipe("staging-signer"), None, &[]).success();
    let last = r.stdout.trim().lines().last().unwrap_or_default();
    let verdict: serde_json::Value =
        serde_json::from_str(last).unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    assert_eq!(verdict["valid"], true, "{}", r.stdout);
}
