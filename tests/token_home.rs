//! Where the tokens are: each authorization records the keyring (host and OS user) or the
//! OpenBao place its tokens went to, and a machine, user or backend that holds nothing for it
//! is told where they are (exit 6) instead of marking it relogin-needed. On both stores, with a
//! real provider, real Secret Services (one per "user") and a real OpenBao. The kernel's host
//! name cannot change in a test, so "another host" is the row's record rewritten with raw SQL.

mod support;

store_backends!(
    add_records_this_machines_keyring_and_another_user_or_host_is_told_where_the_tokens_are,
    secrets_migrate_records_the_new_place_and_the_other_backend_is_told_where_they_are,
    the_store_refuses_a_half_recorded_place,
);

use serde_json::{Value, json};
use support::StoreBackend;
use support::bao::Bao;
use support::keyring::Keyring;
use support::world::World;

/// This machine's name, as the kernel gives it (authz reads it through uname).
fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .unwrap()
        .trim()
        .to_owned()
}

fn tokens_at(w: &World, id: &str) -> Value {
    w.run(&["show", id, "--json"]).success().json()["tokens_at"].clone()
}

/// A sealed world whose store is named explicitly (no profile remembers a secret backend), so
/// each run's backend is what the test says.
fn world(b: StoreBackend) -> World {
    let mut w = World::on_store(b);
    if b == StoreBackend::Sqlite {
        let db = w.env.db();
        w.env.set("AUTHZ_DB", db.to_str().unwrap());
    }
    w
}

/// Everything a refused command must leave as it was: every row, the log, this world's keyring.
fn state(w: &World, id: &str) -> (String, Option<String>, Vec<String>) {
    (w.env.snapshot(), w.refresh_token(id), w.keyring.entries())
}

fn add_records_this_machines_keyring_and_another_user_or_host_is_told_where_the_tokens_are(
    b: StoreBackend,
) {
    let mut w = world(b);
    let id = w.add_as("alice");
    let here = json!({"backend": "keyring", "host": host(), "user": "tester"});
    assert_eq!(tokens_at(&w, &id), here);
    w.run(&["show", &id]).success().stdout_has(&format!(
        "tokens in:       the keyring of tester@{}",
        host()
    ));
    let listed = w.run(&["list", "--json"]).success().json();
    assert_eq!(listed[0]["tokens_at"], here);

    // Another OS user on this machine: its own keyring (a Secret Service of its own) is empty.
    let runners = Keyring::start();
    runners.configure(&mut w.env);
    w.env.set("USER", "runner");
    let refreshes = w.provider.refreshes();
    let elsewhere = format!(
        "are in the keyring of tester@{h}, not this machine's (runner@{h})",
        h = host()
    );
    // The cached path (the store says the access token is valid), then the refresh path.
    for expired in [false, true] {
        if expired {
            w.expire(&id);
        }
        let before = state(&w, &id);
        let r = w.run(&["token", &id]).code(6).one_line_error();
        assert!(
            r.stderr.contains(&format!(
                "error: the tokens of {id} (alice@example.com) {elsewhere}"
            )),
            "{}",
            r.stderr
        );
        assert!(
            r.stderr.contains("hint: run it on")
                && r.stderr.contains("authz secrets migrate --to openbao"),
            "{}",
            r.stderr
        );
        assert_eq!(r.stdout, "");
        w.run(&["test", &id]).code(6).stderr_has(&elsewhere);
        assert_eq!(
            state(&w, &id),
            before,
            "a refused token run changed something"
        );
    }
    let e = w.run(&["token", &id, "--json"]).code(6).stderr_json();
    assert_eq!(e["error"]["kind"], "secret-store");
    assert_eq!(e["error"]["details"]["tokens_at"], here);
    assert_eq!(
        e["error"]["details"]["here"],
        json!({"backend": "keyring", "host": host(), "user": "runner"})
    );
    // doctor there finds them neither missing nor to be marked relogin-needed.
    let before = state(&w, &id);
    w.run(&["doctor"])
        .success()
        .stderr_has(&format!("the tokens of {id} are in the keyring of tester@"));
    assert_eq!(state(&w, &id), before, "doctor changed something");
    assert_eq!(w.provider.refreshes(), refreshes, "the provider was asked");
    assert_eq!(runners.entries(), Vec::<String>::new());
    assert_eq!(w.status(&id), "active");

    // Another host: the record names laptop-7. Its own user on this machine, with the tokens in
    // its keyring, still uses them (what is here wins); without them it is told where they are.
    w.env.exec(&format!(
        "UPDATE authorizations SET tokens_host = 'laptop-7', tokens_user = 'ops' WHERE id = '{id}'"
    ));
    w.env.set("USER", "tester");
    let before = state(&w, &id);
    w.run(&["token", &id])
        .code(6)
        .one_line_error()
        .stderr_has(&format!(
            "are in the keyring of ops@laptop-7, not this machine's (tester@{})",
            host()
        ))
        .stderr_has("run it on laptop-7 as ops");
    assert_eq!(state(&w, &id), before);
    w.keyring.configure(&mut w.env);
    let token = w.run(&["token", &id]).success().stdout;
    assert_eq!(
        w.provider.userinfo_sub(token.trim()),
        Ok("alice".to_string())
    );

    // Back to this host and user, with nothing in the keyring: the old rule, a new login.
    w.env.exec(&format!(
        "UPDATE authorizations SET tokens_host = '{}', tokens_user = 'tester' WHERE id = '{id}'",
        host()
    ));
    w.expire(&id);
    runners.configure(&mut w.env);
    w.run(&["token", &id])
        .code(7)
        .one_line_error()
        .stderr_has("authz add --reauth");
    assert_eq!(w.status(&id), "relogin-needed");

    // A new login by the runner user puts the tokens in its keyring, and the record follows.
    w.env.set("USER", "runner");
    let r = w.run(&["--json", "add", "--reauth", &id, "--timeout", "60"]);
    assert_eq!(r.code, 0, "add --reauth: {}", r.stderr);
    let runner_here = json!({"backend": "keyring", "host": host(), "user": "runner"});
    assert_eq!(r.json()["tokens_at"], runner_here);
    assert_eq!(tokens_at(&w, &id), runner_here);
    w.run(&["token", &id]).success();
}

fn secrets_migrate_records_the_new_place_and_the_other_backend_is_told_where_they_are(
    b: StoreBackend,
) {
    let mut w = world(b);
    let id = w.add_as("alice");
    let place = Bao::shared().place();
    std::fs::write(
        w.env.path().join("home/.vault-token"),
        place.token("operator", "1h"),
    )
    .unwrap();
    w.env.set("BAO_ADDR", place.bao.addr.clone());
    let spec = place.spec();
    w.run(&["secrets", "migrate", "--to", &spec]).success();
    let in_bao = json!({"backend": spec, "address": place.bao.addr});
    assert_eq!(tokens_at(&w, &id), in_bao);
    assert_eq!(w.keyring.entries(), Vec::<String>::new());
    assert!(place.entry(&id).is_some());

    // The keyring (this run's default) holds nothing: the row says where to look.
    let before = w.env.snapshot();
    w.run(&["token", &id])
        .code(6)
        .one_line_error()
        .stderr_has(&format!(
            "are in {spec} at {}, not in this machine's keyring (tester@{})",
            place.bao.addr,
            host()
        ))
        .stderr_has(&format!("--secrets {spec}"));
    assert_eq!(w.env.snapshot(), before);
    assert!(place.entry(&id).is_some());
    w.env.set("AUTHZ_SECRETS", &spec);
    w.run(&["token", &id]).success();

    // And back: the row follows the tokens into this machine's keyring.
    w.run(&["secrets", "migrate", "--to", "keyring"]).success();
    assert_eq!(
        tokens_at(&w, &id),
        json!({"backend": "keyring", "host": host(), "user": "tester"})
    );
    assert_eq!(place.entry(&id), None);
    let before = w.env.snapshot();
    w.run(&["token", &id])
        .code(6)
        .one_line_error()
        .stderr_has(&format!(
            "are in the keyring of tester@{}, not in {spec} at {}",
            host(),
            place.bao.addr
        ))
        .stderr_has(&format!("authz secrets migrate --to {spec}"));
    assert_eq!(w.env.snapshot(), before);
    w.env.unset("AUTHZ_SECRETS");
    w.run(&["token", &id]).success();
    let log = w.run(&["log", "--authz", &id, "--json"]).success().json();
    let moves = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "tokens-moved")
        .count();
    assert_eq!(moves, 2, "{log}");
}

fn the_store_refuses_a_half_recorded_place(b: StoreBackend) {
    let env = support::Env::on(b);
    env.seed_authz("az_a", "a@example.com", "openid");
    // Seeded (and imported) rows have no record: "not recorded", null in JSON.
    let shown = env.run(&["show", "az_a", "--json"]).success().json();
    assert_eq!(shown["tokens_at"], Value::Null);
    env.run(&["show", "az_a"])
        .success()
        .stdout_has("tokens in:       not recorded");
    let before = env.snapshot();
    for bad in [
        "tokens_backend = 'keyring'",
        "tokens_backend = 'keyring', tokens_host = 'h'",
        "tokens_backend = 'keyring', tokens_host = 'h', tokens_user = 'u', tokens_address = 'https://x'",
        "tokens_backend = 'openbao:secret/authz'",
        "tokens_backend = 'openbao:secret/authz', tokens_address = 'https://x', tokens_user = 'u'",
        "tokens_backend = 'file', tokens_host = 'h', tokens_user = 'u'",
        "tokens_host = 'h', tokens_user = 'u'",
        "tokens_backend = 'keyring', tokens_host = '', tokens_user = 'u'",
    ] {
        let sql = format!("UPDATE authorizations SET {bad} WHERE id = 'az_a'");
        let e = env.try_exec(&sql).unwrap_err();
        assert!(e.to_lowercase().contains("check"), "{bad}: {e}");
    }
    assert_eq!(env.snapshot(), before);
    env.exec(
        "UPDATE authorizations SET tokens_backend = 'openbao:kv/team', \
         tokens_address = 'https://bao.example:8200' WHERE id = 'az_a'",
    );
    let shown = env.run(&["show", "az_a", "--json"]).success().json();
    assert_eq!(
        shown["tokens_at"],
        json!({"backend": "openbao:kv/team", "address": "https://bao.example:8200"})
    );
}
