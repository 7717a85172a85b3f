//! Confidential clients against the real provider (oidc-provider, clients registered at test
//! time): a client secret sent as basic or post (picked from the metadata, or fixed), or a
//! vault signing key (private_key_jwt), presented on every call the client makes (code
//! exchange, refresh, revocation; the device grant is in tests/device.rs), kept in the secret
//! backend bound to its store, issuer and client, never in the store; on OpenBao a runner reads
//! it and cannot replace it.

mod support;

use serde_json::{Value, json};
use support::world::{Backend, World};

/// Characters that basic authentication must form-encode before base64 (RFC 6749 §2.3.1).
const SECRET: &str = "s3cret:with+odd/chars%";

/// A world whose environment names no client: each test's `add --client-id` does, and the
/// store remembers it for the calls after (AUTHZ_CLIENT_ID would win over it, and a refresh
/// token is bound to the client it was issued to).
fn world(b: Backend) -> World {
    let mut w = World::on(b);
    w.env.unset("AUTHZ_CLIENT_ID");
    w
}

fn register(w: &World, client_id: &str, method: &str, secret: &str) {
    w.provider.admin_secret_client(client_id, method, secret);
}

/// `authz-conf` registered with `SECRET` (basic), and logged in with it; returns the id.
fn confidential_login(w: &World) -> String {
    let flags = w.confidential_client(SECRET);
    add(w, &flags.each_ref().map(String::as_str))
}

fn secret_file(w: &World, text: &str) -> String {
    let path = w.env.path().join("client-secret");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[track_caller]
fn add(w: &World, args: &[&str]) -> String {
    let mut all = vec!["--json", "add", "--timeout", "60"];
    all.extend_from_slice(args);
    let run = w.run(&all);
    assert_eq!(
        run.code,
        0,
        "add: {}\nprovider log:\n{}",
        run.stderr,
        w.provider.log()
    );
    run.json()["id"].as_str().unwrap().to_owned()
}

/// The client entries in the world's secret backend.
fn client_entries(w: &World) -> Vec<Value> {
    match &w.bao {
        None => w
            .keyring
            .client_entries()
            .iter()
            .map(|u| serde_json::from_str(&w.keyring.client_entry(u).unwrap()).unwrap())
            .collect(),
        Some(p) => p.clients(),
    }
}

/// The secret is in the backend, bound to its store, issuer and client, and nowhere in the
/// store's files.
#[track_caller]
fn assert_kept_in_the_backend_only(w: &World, client_id: &str) {
    let entries = client_entries(w);
    assert_eq!(entries.len(), 1, "{entries:?}");
    assert_eq!(entries[0]["client_secret"], SECRET);
    assert_eq!(entries[0]["client_id"], client_id);
    assert_eq!(entries[0]["issuer"], w.provider.issuer.as_str());
    assert!(entries[0]["store"].as_str().unwrap().starts_with("st_"));
    if w.bao.is_some() {
        assert!(
            w.keyring.client_entries().is_empty(),
            "fell back to the keyring"
        );
    }
    let db = w.env.db();
    for file in [db.clone(), db.with_extension("db-wal")] {
        if let Ok(bytes) = std::fs::read(&file) {
            assert!(
                !bytes.windows(SECRET.len()).any(|b| b == SECRET.as_bytes()),
                "the client secret is in {}",
                file.display()
            );
        }
    }
}

fn every_call_of_a_client_with_a_secret_presents_it(b: Backend) {
    let w = world(b);
    register(&w, "authz-conf", "client_secret_basic", SECRET);
    // Control: the same client without its secret is refused at the code exchange.
    w.run(&["add", "--timeout", "60", "--client-id", "authz-conf"])
        .code(5)
        .stderr_has("invalid_client");
    assert_eq!(w.provider.client_auth("/token", "none"), 1);
    assert!(w.stored_ids().is_empty());
    assert!(client_entries(&w).is_empty());

    let file = secret_file(&w, &format!("{SECRET}\n"));
    let id = add(
        &w,
        &["--client-id", "authz-conf", "--client-secret-file", &file],
    );
    assert_eq!(w.provider.client_auth("/token", "basic"), 1);
    assert_kept_in_the_backend_only(&w, "authz-conf");
    let shown = w.run(&["--json", "show", &id]).success().json();
    assert_eq!(shown["client_auth"], "client_secret");
    w.run(&["show", &id])
        .success()
        .stdout_has("client_secret (confidential");

    // Later runs read the secret from the backend: a refresh...
    w.expire(&id);
    w.run(&["token", &id]).success();
    assert_eq!(w.provider.client_auth("/token", "basic"), 2);
    // ...and the revocation.
    let v = w.run(&["--json", "revoke", &id, "--yes"]).success().json();
    assert_eq!(v["provider_revoked"], true);
    assert_eq!(w.provider.client_auth("/token/revocation", "basic"), 1);
    assert_eq!(
        w.provider.client_auth("/token", "none"),
        1,
        "only the control"
    );
}

#[test]
fn post_is_used_when_the_provider_lists_only_post_or_when_asked() {
    // Picked from the metadata.
    let w = world(Backend::Keyring);
    register(&w, "authz-post", "client_secret_post", SECRET);
    w.provider.admin_metadata(
        "token_endpoint_auth_methods_supported",
        &["client_secret_post", "none"],
    );
    let file = secret_file(&w, SECRET);
    add(
        &w,
        &["--client-id", "authz-post", "--client-secret-file", &file],
    );
    assert_eq!(w.provider.client_auth("/token", "post"), 1);
    assert_eq!(w.provider.client_auth("/token", "basic"), 0);

    // Fixed by the user, where the metadata would pick basic (the control, without the flag:
    // basic; oidc-provider takes either from a client registered for one of them).
    let w = world(Backend::Keyring);
    register(&w, "authz-post", "client_secret_post", SECRET);
    let file = secret_file(&w, SECRET);
    add(
        &w,
        &["--client-id", "authz-post", "--client-secret-file", &file],
    );
    assert_eq!(w.provider.client_auth("/token", "basic"), 1);
    let w = world(Backend::Keyring);
    register(&w, "authz-post", "client_secret_post", SECRET);
    let file = secret_file(&w, SECRET);
    let id = add(
        &w,
        &[
            "--client-id",
            "authz-post",
            "--client-secret-file",
            &file,
            "--client-auth",
            "post",
        ],
    );
    assert_eq!(w.provider.client_auth("/token", "post"), 1);
    assert_eq!(w.provider.client_auth("/token", "basic"), 0);
    // Remembered with the client: the refresh sends post too.
    w.expire(&id);
    w.run(&["token", &id]).success();
    assert_eq!(w.provider.client_auth("/token", "post"), 2);
}

fn private_key_jwt_signs_every_call_with_the_vault_key(b: Backend) {
    let w = world(b);
    w.run(&["vault", "generate", "client-key", "--alg", "ES256"])
        .success();
    w.run(&["vault", "generate", "other-key", "--alg", "ES256"])
        .success();
    let jwk: Value =
        serde_json::from_str(&w.run(&["vault", "public", "client-key"]).success().stdout).unwrap();
    w.provider.admin_client(json!({
        "client_id": "authz-jwt",
        "token_endpoint_auth_method": "private_key_jwt",
        "jwks": { "keys": [jwk] },
    }));
    // Control: a key the provider does not know is refused.
    w.run(&[
        "add",
        "--timeout",
        "60",
        "--client-id",
        "authz-jwt",
        "--client-key",
        "other-key",
    ])
    .code(5)
    .stderr_has("invalid_client");
    assert!(w.stored_ids().is_empty());

    let id = add(
        &w,
        &["--client-id", "authz-jwt", "--client-key", "client-key"],
    );
    assert_eq!(w.provider.client_auth("/token", "jwt"), 2);
    w.expire(&id);
    w.run(&["token", &id]).success();
    assert_eq!(w.provider.client_auth("/token", "jwt"), 3);
    let v = w.run(&["--json", "revoke", &id, "--yes"]).success().json();
    assert_eq!(v["provider_revoked"], true);
    assert_eq!(w.provider.client_auth("/token/revocation", "jwt"), 1);
    assert!(client_entries(&w).is_empty(), "no secret to keep");
}

#[test]
fn a_downloaded_client_json_names_the_client_and_its_secret() {
    let mut w = World::new();
    register(&w, "authz-conf", "client_secret_basic", SECRET);
    let file = secret_file(
        &w,
        &json!({ "installed": {
            "client_id": "authz-conf",
            "client_secret": SECRET,
            "redirect_uris": ["http://localhost"],
        }})
        .to_string(),
    );
    // AUTHZ_CLIENT_ID names another client: refused before anything starts, the secret unsaid.
    let r = w
        .run(&["add", "--client-secret-file", &file])
        .code(2)
        .one_line_error()
        .stderr_has("is for client id 'authz-conf'");
    assert!(!r.stderr.contains(SECRET));
    assert_eq!(w.provider.stats()["authorizations"], 0);

    w.env.unset("AUTHZ_CLIENT_ID");
    let id = add(&w, &["--client-secret-file", &file]);
    assert_eq!(w.provider.client_auth("/token", "basic"), 1);
    // Remembered: later runs need neither the file nor the client id.
    w.expire(&id);
    w.run(&["token", &id]).success();
    assert_eq!(w.provider.client_auth("/token", "basic"), 2);
}

#[test]
fn a_refused_client_credential_leaves_the_authorization_alone_and_a_new_secret_fixes_it() {
    let w = world(Backend::Keyring);
    let id = confidential_login(&w);
    // The secret is rotated at the provider.
    register(&w, "authz-conf", "client_secret_basic", "rotated");
    w.expire(&id);
    w.run(&["token", &id])
        .code(5)
        .one_line_error()
        .stderr_has("refused this client's credentials")
        .stderr_has("--client-secret-file");
    assert_eq!(w.status(&id), "active", "a new login would not help");
    // The new secret, stored with a re-login: refreshes work again.
    let file = secret_file(&w, "rotated");
    add(
        &w,
        &[
            "--reauth",
            &id,
            "--client-id",
            "authz-conf",
            "--client-secret-file",
            &file,
        ],
    );
    w.expire(&id);
    w.run(&["token", &id]).success();
    let entries = client_entries(&w);
    assert_eq!(entries.len(), 1, "replaced, not added: {entries:?}");
    assert_eq!(entries[0]["client_secret"], "rotated");
}

#[test]
fn a_revocation_refused_for_the_clients_credential_keeps_the_tokens_for_a_retry() {
    let w = world(Backend::Keyring);
    let id = confidential_login(&w);
    register(&w, "authz-conf", "client_secret_basic", "rotated");
    w.run(&["revoke", &id, "--yes"])
        .success()
        .stderr_has("refused this client's credentials")
        .stderr_has("re-run `authz revoke");
    assert_eq!(w.stored_ids(), vec![id.clone()], "kept for the retry");
    // Control: a public client refused the same way (tests/login.rs) deletes them.
}

#[test]
fn a_runner_host_reads_the_client_secret_from_openbao_and_cannot_replace_it() {
    let w = world(Backend::OpenBao);
    let id = confidential_login(&w);
    let place = w.bao.as_ref().unwrap();
    let runner = place.token("runner", "1h");
    std::fs::write(w.env.path().join("home/.vault-token"), &runner).unwrap();
    w.expire(&id);
    w.run(&["token", &id]).success();
    assert_eq!(w.provider.client_auth("/token", "basic"), 2);

    // The runner's token may read the entry but neither replace nor delete it; the operator's
    // may (the control).
    let (status, body) = place.bao.call(
        "GET",
        &format!("secret/metadata/{}/clients?list=true", place.prefix),
        None,
    );
    assert_eq!(status, 200, "{body}");
    let store = body["data"]["keys"][0]
        .as_str()
        .unwrap()
        .trim_end_matches('/');
    let (status, body) = place.bao.call(
        "GET",
        &format!("secret/metadata/{}/clients/{store}?list=true", place.prefix),
        None,
    );
    assert_eq!(status, 200, "{body}");
    let slot = body["data"]["keys"][0].as_str().unwrap();
    let data = format!("secret/data/{}/clients/{store}/{slot}", place.prefix);
    let metadata = format!("secret/metadata/{}/clients/{store}/{slot}", place.prefix);
    let planted = json!({ "data": { "client_secret": "planted" } });
    assert_eq!(place.bao.call_as(&runner, "GET", &data, None).0, 200);
    assert_eq!(
        place
            .bao
            .call_as(&runner, "POST", &data, Some(planted.clone()))
            .0,
        403
    );
    assert_eq!(place.bao.call_as(&runner, "DELETE", &metadata, None).0, 403);
    let auditor = place.token("auditor", "1h");
    assert_eq!(place.bao.call_as(&auditor, "GET", &data, None).0, 403);
    let operator = place.token("operator", "1h");
    let (status, body) = place.bao.call_as(&operator, "GET", &data, None);
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        place
            .bao
            .call_as(
                &operator,
                "POST",
                &data,
                Some(json!({ "data": body["data"]["data"] }))
            )
            .0,
        200
    );
}

#[test]
fn a_client_entry_that_names_another_client_is_never_sent() {
    let w = world(Backend::Keyring);
    let id = confidential_login(&w);
    // Another program (or a mix-up) writes an entry at its place naming another issuer.
    let user = w.keyring.client_entries()[0].clone();
    let mut entry: Value = serde_json::from_str(&w.keyring.client_entry(&user).unwrap()).unwrap();
    entry["issuer"] = "https://attacker.example".into();
    w.keyring
        .store_in("authz-client", &user, &entry.to_string());
    w.expire(&id);
    let before = w.provider.stats()["token_requests"]["refresh_token"].clone();
    w.run(&["token", &id])
        .code(6)
        .stderr_has("names another store, issuer or client");
    assert_eq!(
        w.provider.stats()["token_requests"]["refresh_token"],
        before,
        "sent anyway"
    );
}

#[test]
fn bad_client_flags_are_refused_before_anything_starts() {
    let w = world(Backend::Keyring);
    let file = secret_file(&w, SECRET);
    let empty = w.env.path().join("empty");
    std::fs::write(&empty, "\n").unwrap();
    for args in [
        vec![
            "add",
            "--client-secret-file",
            file.as_str(),
            "--client-auth",
            "none",
        ],
        vec![
            "add",
            "--client-secret-file",
            file.as_str(),
            "--client-key",
            "k",
        ],
        vec!["add", "--client-auth", "basic", "--client-key", "k"],
        vec!["add", "--client-auth", "private-key-jwt"],
        vec!["add", "--client-secret-file", empty.to_str().unwrap()],
        vec!["add", "--client-secret-file", "/nonexistent/secret"],
    ] {
        let r = w.run(&args).code(2).one_line_error();
        assert!(!r.stderr.contains(SECRET), "{}", r.stderr);
    }
    assert_eq!(w.provider.stats()["authorizations"], 0);
    assert!(client_entries(&w).is_empty());
}

backends!(
    every_call_of_a_client_with_a_secret_presents_it,
    private_key_jwt_signs_every_call_with_the_vault_key,
);

#[test]
fn the_secret_can_come_from_stdin_and_never_from_the_command_line() {
    let w = world(Backend::Keyring);
    register(&w, "authz-conf", "client_secret_basic", SECRET);
    let run = w
        .env
        .run_stdin(
            &[
                "--json",
                "add",
                "--timeout",
                "60",
                "--client-id",
                "authz-conf",
                "--client-secret-file",
                "-",
            ],
            &format!("{SECRET}\n"),
        )
        .success();
    assert!(!run.stderr.contains(SECRET) && !run.stdout.contains(SECRET));
    assert_eq!(w.provider.client_auth("/token", "basic"), 1);
    assert_kept_in_the_backend_only(&w, "authz-conf");
    // There is no flag that takes the secret itself.
    w.run(&["add", "--client-secret", SECRET])
        .code(2)
        .stderr_has("--client-secret");
}
