//! Profiles: one store (and so one issuer and client id) per profile, the remembered current
//! profile, and the precedence --db > --profile/AUTHZ_PROFILE > `profile use` > default.

mod support;

use serde_json::Value;
use std::os::unix::fs::PermissionsExt;
use support::Env;

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect()
}

/// A default store with az_home, and a "work" profile with az_work and its own provider.
fn two_profiles() -> Env {
    let env = Env::new();
    env.seed_authz("az_home", "me@home.example", "openid");
    let work = env.profile_db("work");
    env.seed_authz_at(&work, "az_work", "me@work.example", "openid");
    let c = rusqlite::Connection::open(&work).unwrap();
    c.execute_batch(
        "INSERT INTO settings VALUES ('issuer', 'https://idp.work.example'), \
         ('client_id', 'authz-work')",
    )
    .unwrap();
    env
}

#[test]
fn without_profiles_the_default_profile_is_the_usual_store() {
    let env = Env::new();
    env.init();
    assert!(env.profile_db("default").exists());
    let v = env.run(&["profile", "show", "--json"]).success().json();
    assert_eq!(v["name"], "default");
    assert_eq!(v["current"], true);
    assert_eq!(v["selected_by"], "default");
    assert_eq!(v["path"], env.profile_db("default").to_str().unwrap());
    env.run(&["list"])
        .success()
        .stdout_has("profile: default · 0 authorization(s)");
}

#[test]
fn profile_flag_and_env_choose_separate_stores() {
    let mut env = two_profiles();
    let home = env.run(&["list", "--json"]).success().json();
    assert_eq!(ids(&home), ["az_home"]);
    let work = env
        .run(&["--profile", "work", "list", "--json"])
        .success()
        .json();
    assert_eq!(ids(&work), ["az_work"]);
    env.set("AUTHZ_PROFILE", "work");
    assert_eq!(
        ids(&env.run(&["list", "--json"]).success().json()),
        ["az_work"]
    );
    // A workflow created in one profile is invisible in the other.
    env.run(&["workflow", "create", "w", "--authz", "az_work"])
        .success();
    env.run(&["--profile", "default", "workflow", "list", "--json"])
        .success()
        .stdout_has("[]");
}

#[test]
fn each_profile_has_its_own_issuer_and_client_id() {
    let env = two_profiles();
    let v = env
        .run(&["profile", "show", "work", "--json"])
        .success()
        .json();
    assert_eq!(v["issuer"], "https://idp.work.example");
    assert_eq!(v["client_id"], "authz-work");
    assert_eq!(v["authorizations"], 1);
    assert_eq!(v["current"], false);
    let d = env.run(&["profile", "show", "--json"]).success().json();
    assert_eq!(d["issuer"], Value::Null);
    let all = env.run(&["profile", "list", "--json"]).success().json();
    let names: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["default", "work"]);
    assert_eq!(all[0]["current"], true);
    env.run(&["profile", "list"])
        .success()
        .stdout_has("https://idp.work.example");
}

#[test]
fn profile_use_remembers_the_choice_privately_and_list_shows_it() {
    let env = two_profiles();
    env.run(&["profile", "use", "work"]).success();
    let config = env.path().join("config/authz/config.json");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&config), 0o600);
    let text = std::fs::read_to_string(&config).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(doc["profile"], "work");

    env.run(&["list"])
        .success()
        .stdout_has("profile: work · 1 authorization(s)")
        .stdout_has("az_work");
    // The JSON stays the bare array scripts rely on.
    let v = env.run(&["list", "--json"]).success().json();
    assert_eq!(ids(&v), ["az_work"]);
    let v = env.run(&["profile", "show", "--json"]).success().json();
    assert_eq!(v["selected_by"], "config");
    let all = env.run(&["profile", "list", "--json"]).success().json();
    assert_eq!(all[1]["name"], "work");
    assert_eq!(all[1]["current"], true);
    assert_eq!(all[0]["current"], false);

    env.run(&["profile", "use", "default"]).success();
    assert_eq!(
        ids(&env.run(&["list", "--json"]).success().json()),
        ["az_home"]
    );
}

#[test]
fn the_config_directory_is_created_private() {
    let env = Env::new();
    std::fs::remove_dir_all(env.path().join("config")).unwrap();
    env.run(&["profile", "use", "default"]).success();
    let dir = env.path().join("config/authz");
    assert_eq!(
        std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
}

#[test]
fn profile_use_refuses_an_unknown_profile_unless_asked_to_create_it() {
    let env = Env::new();
    env.init();
    env.run(&["profile", "use", "wrok"])
        .code(4)
        .one_line_error()
        .stderr_has("no profile 'wrok'");
    assert!(!env.path().join("config/authz/config.json").exists());
    assert!(!env.profile_db("wrok").exists());
    let v = env
        .run(&["profile", "use", "staging", "--create", "--json"])
        .success()
        .json();
    assert_eq!(v["created"], true);
    assert!(env.profile_db("staging").exists());
    env.run(&["list"]).success().stdout_has("profile: staging");
}

#[test]
fn precedence_is_db_then_profile_then_config_then_default() {
    let mut env = two_profiles();
    env.run(&["profile", "use", "work"]).success();
    // --profile beats the remembered profile.
    let v = env
        .run(&["--profile", "default", "list", "--json"])
        .success()
        .json();
    assert_eq!(ids(&v), ["az_home"]);
    let v = env
        .run(&["--profile", "default", "profile", "show", "--json"])
        .success()
        .json();
    assert_eq!(v["selected_by"], "profile");
    // --db beats both, and says so.
    let other = env.path().join("other.db");
    let r = env
        .run(&[
            "--db",
            other.to_str().unwrap(),
            "--profile",
            "work",
            "list",
            "--json",
        ])
        .success();
    assert_eq!(ids(&r.json()), Vec::<String>::new());
    assert!(r.stderr.contains("wins over --profile"), "{}", r.stderr);
    env.set("AUTHZ_DB", other.to_str().unwrap());
    env.run(&["list"])
        .success()
        .stdout_has(&format!("store: {}", other.display()));
}

#[test]
fn bad_profile_names_are_refused_and_create_nothing() {
    let env = Env::new();
    for bad in ["../escape", "a b", "x.db", ""] {
        env.run(&["--profile", bad, "list"])
            .code(2)
            .one_line_error()
            .stderr_has("not a valid profile name");
        env.run(&["profile", "use", bad, "--create"]).code(2);
    }
    assert!(!env.path().join("data/authz/profiles").exists());
    assert!(!env.path().join("data/escape.db").exists());
}

#[test]
fn a_broken_config_file_is_named_and_not_overwritten() {
    let env = Env::new();
    let config = env.path().join("config/authz/config.json");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "{not json").unwrap();
    env.run(&["list"])
        .code(1)
        .one_line_error()
        .stderr_has("config.json");
    // --db does not need it; --profile does (the profile may remember a store URL there, and
    // guessing its SQLite file instead would silently switch stores).
    let db = env.path().join("other.db");
    env.run(&["--db", db.to_str().unwrap(), "list"]).success();
    env.run(&["--profile", "default", "list"])
        .code(1)
        .stderr_has("config.json");
    assert_eq!(std::fs::read_to_string(&config).unwrap(), "{not json");
    std::fs::write(&config, r#"{"profile": "../x"}"#).unwrap();
    env.run(&["list"])
        .code(2)
        .stderr_has("not a valid profile name");
}

#[test]
fn an_unknown_profile_is_refused_with_a_did_you_mean_and_creates_nothing() {
    let env = two_profiles();
    let r = env
        .run(&["--profile", "wrok", "list"])
        .code(4)
        .one_line_error()
        .stderr_has("no profile 'wrok'")
        .stderr_has("did you mean 'work'?")
        .stderr_has("authz profile create wrok");
    assert!(!r.stderr.contains("NAME"), "{}", r.stderr);
    assert!(!env.profile_db("wrok").exists(), "the typo made a store");
    // Nothing close: no guess, still the way to create it.
    let r = env.run(&["--profile", "zzzzzzzz", "list"]).code(4);
    assert!(!r.stderr.contains("did you mean"), "{}", r.stderr);
    env.run(&["profile", "create", "fresh"]).success();
    env.run(&["--profile", "fresh", "list"]).success();
}

#[test]
fn profile_delete_refuses_the_current_one_and_a_store_with_authorizations_without_yes() {
    let mut env = two_profiles();
    // The current one (here through AUTHZ_PROFILE) and "default" stay.
    env.set("AUTHZ_PROFILE", "work");
    env.run(&["profile", "delete", "work"])
        .code(3)
        .stderr_has("is the current one")
        .stderr_has("authz profile use default");
    env.unset("AUTHZ_PROFILE");
    env.run(&["profile", "delete", "default"]).code(3);
    // Authorizations in it: no terminal to ask on, so --yes is needed.
    env.run(&["profile", "delete", "work"])
        .code(3)
        .stderr_has("has 1 authorization(s)")
        .stderr_has("--yes");
    assert!(env.profile_db("work").exists());
    let gone = env
        .run(&["--json", "--yes", "profile", "delete", "work"])
        .success()
        .json();
    assert_eq!(gone["name"], "work");
    assert_eq!(gone["store_deleted"], true);
    assert!(!env.profile_db("work").exists());
    env.run(&["profile", "delete", "work"])
        .code(4)
        .stderr_has("no profile 'work'");
    // An empty one goes without --yes.
    env.run(&["profile", "create", "spare"]).success();
    env.run(&["-q", "profile", "delete", "spare"]).success();
    assert!(!env.profile_db("spare").exists());
}

#[test]
fn profile_show_use_and_create_share_field_names() {
    let env = Env::new();
    env.init();
    let created = env
        .run(&["--json", "profile", "create", "acme"])
        .success()
        .json();
    let used = env
        .run(&["--json", "profile", "use", "acme"])
        .success()
        .json();
    let shown = env.run(&["--json", "profile", "show"]).success().json();
    let path = env.profile_db("acme").to_str().unwrap().to_owned();
    for v in [&created, &used, &shown] {
        assert_eq!(v["name"], "acme", "{v}");
        assert_eq!(v["path"], path.as_str(), "{v}");
    }
    // The old names stay.
    assert_eq!(created["profile"], "acme");
    assert_eq!(created["store"], path.as_str());
    assert_eq!(used["profile"], "acme");
}
