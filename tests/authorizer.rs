//! Authorizers through the real binary: create/edit/delete with the store's rules, tokens on
//! stdin, and a JWKS served over HTTPS through a key rotation and an outage.

mod support;

use serde_json::{Value, json};
use support::jwks_server::JwksServer;
use support::jwt::{Signer, jwks};
use support::{Env, Run};

const ISS: &str = "https://issuer.example";
const AUD: &str = "api://orders";

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn claims() -> Value {
    json!({"iss": ISS, "aud": AUD, "sub": "caller", "iat": now() - 5, "exp": now() + 600})
}

/// A sealed world with a JWKS file holding `signers`' public keys.
fn world_with_file(signers: &[&Signer]) -> (Env, String) {
    let env = Env::new();
    env.init();
    let path = env.path().join("jwks.json");
    std::fs::write(&path, jwks(signers).to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    (env, path.to_str().unwrap().to_string())
}

fn create(env: &Env, name: &str, keys: &[&str], extra: &[&str]) -> Run {
    let mut args = vec!["authorizer", "create", name, "--iss", ISS, "--aud", AUD];
    args.extend_from_slice(keys);
    args.extend_from_slice(extra);
    env.run(&args)
}

/// Each stdout line of `verify`, parsed.
fn verdicts(run: &Run) -> Vec<Value> {
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn verify(env: &Env, name: &str, tokens: &[String]) -> Run {
    let input: String = tokens.iter().map(|t| format!("{t}\n")).collect();
    env.run_stdin(&["authorizer", "verify", name], &input)
}

#[test]
fn an_authorizer_is_created_shown_listed_and_edited() {
    let s = Signer::ec("ES256").with_kid("k1");
    let (env, file) = world_with_file(&[&s]);
    let made = create(&env, "orders", &["--jwks-file", &file], &["--json"]).success();
    let v = made.json();
    assert_eq!(v["result"], "created");
    assert_eq!(
        v["algs"],
        json!(["ES256"]),
        "the default is what the keys declare"
    );
    assert_eq!(v["leeway"], 60);
    assert_eq!(v["audiences"], json!([AUD]));
    create(&env, "orders", &["--jwks-file", &file], &[])
        .code(3)
        .one_line_error()
        .stderr_has("already exists");
    env.run(&["authorizer", "show", "orders"])
        .success()
        .stdout_has(ISS);
    let list = env.run(&["authorizer", "list", "--json"]).success().json();
    assert_eq!(list[0]["name"], "orders");
    let edited = env
        .run(&[
            "authorizer",
            "edit",
            "orders",
            "--leeway",
            "10",
            "--typ",
            "at+jwt",
            "--require-scope",
            "orders:write",
            "--require-claim",
            "tenant=acme",
            "--max-lifetime",
            "3600",
            "--json",
        ])
        .success()
        .json();
    assert_eq!(edited["leeway"], 10);
    assert_eq!(edited["typ"], "at+jwt");
    assert_eq!(
        edited["require_claims"],
        json!([{"claim": "tenant", "value": "acme"}])
    );
    let log = env.run(&["log", "--json"]).success().json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["authorizer-created", "authorizer-edited"]);
}

#[test]
fn bad_settings_are_refused_and_leave_the_store_as_it_was() {
    let s = Signer::ec("ES256");
    let (env, file) = world_with_file(&[&s]);
    create(&env, "a", &["--jwks-file", &file], &[]).success();
    let before = env.snapshot();
    for args in [
        vec!["authorizer", "edit", "a", "--leeway", "301"],
        vec!["authorizer", "edit", "a", "--alg", "none"],
        vec!["authorizer", "edit", "a", "--alg", "RS256"],
        vec!["authorizer", "edit", "a", "--require-claim", "novalue"],
        vec![
            "authorizer",
            "edit",
            "a",
            "--jwks-url",
            "http://idp.example/jwks",
        ],
        vec![
            "authorizer",
            "create",
            "b",
            "--iss",
            ISS,
            "--aud",
            AUD,
            "--jwks-file",
            &file,
            "--leeway=-1",
        ],
        vec![
            "authorizer",
            "create",
            "bad name",
            "--iss",
            ISS,
            "--aud",
            AUD,
            "--jwks-file",
            &file,
        ],
    ] {
        env.run(&args).code(2).one_line_error();
    }
    env.run(&["authorizer", "edit", "nope", "--leeway", "5"])
        .code(4);
    assert_eq!(env.snapshot(), before);
}

#[test]
fn hmac_keys_must_be_long_enough_and_their_file_private() {
    let short = Signer::hmac("HS256", 16);
    let (env, file) = world_with_file(&[&short]);
    create(&env, "h", &["--jwks-file", &file], &["--alg", "HS256"])
        .code(2)
        .one_line_error()
        .stderr_has("RFC 8725");
    let long = Signer::hmac("HS256", 32);
    std::fs::write(&file, jwks(&[&long]).to_string()).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
        create(&env, "h", &["--jwks-file", &file], &["--alg", "HS256"])
            .code(2)
            .stderr_has("chmod 600");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    create(&env, "h", &["--jwks-file", &file], &["--alg", "HS256"]).success();
    let valid = verify(&env, "h", &[long.token(&claims())]).success();
    assert_eq!(verdicts(&valid)[0]["valid"], true);
    // `keys` shows the key without its secret.
    let shown = env.run(&["authorizer", "keys", "h"]).success().json();
    assert_eq!(shown, json!({"keys": [{"kty": "oct"}]}));
    assert!(!env.snapshot().contains(long.jwk["k"].as_str().unwrap()));
}

#[test]
fn verify_prints_one_json_line_per_token_and_exits_9_when_any_is_rejected() {
    let s = Signer::ec("ES256").with_kid("k1");
    let other = Signer::ec("ES256").with_kid("k1");
    let (env, file) = world_with_file(&[&s]);
    create(&env, "orders", &["--jwks-file", &file], &[]).success();
    let mut expired = claims();
    expired["exp"] = json!(now() - 3600);
    let good = s.token(&claims());
    let run = verify(
        &env,
        "orders",
        &[
            good.clone(),
            s.token(&expired),
            other.token(&claims()),
            "not a token".into(),
            s.token_with(json!({"alg": "none"}), &claims()),
        ],
    )
    .code(9)
    .stderr_has("4 of 5 token(s) rejected");
    let v = verdicts(&run);
    assert_eq!(v[0]["valid"], true);
    assert_eq!(v[0]["claims"]["sub"], "caller");
    let reasons: Vec<&str> = v[1..]
        .iter()
        .map(|v| v["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        ["expired", "bad-signature", "malformed", "alg-not-allowed"]
    );
    // A rejection names no token and no signature.
    assert!(!run.stdout.contains(good.split('.').nth(2).unwrap()));
    let all_good = verify(&env, "orders", &[good.clone(), good]).success();
    assert_eq!(verdicts(&all_good).len(), 2);
}

#[test]
fn a_workflow_has_at_most_one_authorizer_and_verify_uses_it() {
    let s = Signer::ed25519();
    let (env, file) = world_with_file(&[&s]);
    env.seed_authz("az_a", "a@example.com", "openid");
    env.run(&["workflow", "create", "deploy", "--authz", "az_a"])
        .success();
    create(&env, "edge", &["--jwks-file", &file], &[]).success();
    env.run_stdin(&["verify", "--workflow", "deploy"], "x\n")
        .code(4)
        .stderr_has("has no authorizer");
    env.run(&["workflow", "edit", "deploy", "--authorizer", "edge"])
        .success();
    let run = env
        .run_stdin(
            &["verify", "--workflow", "deploy"],
            &format!("{}\n", s.token(&claims())),
        )
        .success();
    assert_eq!(verdicts(&run)[0]["valid"], true);
    env.run(&["workflow", "edit", "deploy", "--authorizer", "ghost"])
        .code(4);
    env.run(&["workflow", "edit", "deploy", "--no-authorizer"])
        .success();
    env.run_stdin(&["verify", "--workflow", "deploy"], "x\n")
        .code(4);
    let log = env
        .run(&["log", "--workflow", "deploy", "--json"])
        .success()
        .json();
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "workflow-authorizer-set" && e["details"]["to"] == "edge")
    );
}

#[test]
fn delete_is_refused_while_workflows_use_it_and_replace_moves_them_in_one_step() {
    let s = Signer::ec("ES256");
    let (env, file) = world_with_file(&[&s]);
    env.seed_authz("az_a", "a@example.com", "openid");
    for (w, a) in [("one", "old"), ("two", "old"), ("three", "new")] {
        if env.run(&["authorizer", "show", a]).code != 0 {
            create(&env, a, &["--jwks-file", &file], &[]).success();
        }
        env.run(&["workflow", "create", w, "--authz", "az_a"])
            .success();
        env.run(&["workflow", "edit", w, "--authorizer", a])
            .success();
    }
    let before = env.snapshot();
    let refused = env.run(&["authorizer", "delete", "old", "--json"]).code(3);
    assert_eq!(
        refused.stderr_json()["error"]["details"]["workflows"],
        json!(["one", "two"])
    );
    assert_eq!(env.snapshot(), before);
    env.run(&["authorizer", "delete", "old", "--replace", "ghost"])
        .code(4);
    env.run(&["authorizer", "delete", "old", "--replace", "old"])
        .code(2);
    assert_eq!(env.snapshot(), before);
    env.run(&["authorizer", "delete", "old", "--replace", "new"])
        .success();
    let new = env
        .run(&["authorizer", "show", "new", "--json"])
        .success()
        .json();
    assert_eq!(new["workflows"], json!(["one", "three", "two"]));
    env.run(&["authorizer", "show", "old"]).code(4);
}

#[test]
fn the_database_itself_refuses_to_delete_a_used_authorizer() {
    let s = Signer::ec("ES256");
    let (env, file) = world_with_file(&[&s]);
    env.seed_authz("az_a", "a@example.com", "openid");
    env.run(&["workflow", "create", "w", "--authz", "az_a"])
        .success();
    create(&env, "a", &["--jwks-file", &file], &[]).success();
    env.run(&["workflow", "edit", "w", "--authorizer", "a"])
        .success();
    let c = env.sql();
    let err = c
        .execute("DELETE FROM authorizers WHERE name = 'a'", [])
        .unwrap_err();
    assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
    let err = c
        .execute(
            "UPDATE workflows SET authorizer = 'ghost' WHERE name = 'w'",
            [],
        )
        .unwrap_err();
    assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
    let err = c
        .execute("UPDATE authorizers SET algs = 'ES256 NONE'", [])
        .unwrap_err();
    assert!(err.to_string().contains("CHECK"), "{err}");
}

// A JWKS over HTTPS.

fn remote_world(server: &JwksServer) -> Env {
    let mut env = Env::new();
    env.set("AUTHZ_CA_FILE", server.ca.to_str().unwrap());
    env.init();
    env
}

fn cache_file(env: &Env) -> std::path::PathBuf {
    let dir = env.path().join("cache/authz/jwks");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "one cache file per URL");
    files.remove(0)
}

/// Moves the cache's clocks back by `secs` (as if that much time had passed).
fn age_cache(env: &Env, fetched_secs: i64, attempted_secs: i64) {
    let path = cache_file(env);
    let mut c: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    c["fetched"] = json!(c["fetched"].as_i64().unwrap() - fetched_secs);
    c["attempted"] = json!(c["attempted"].as_i64().unwrap() - attempted_secs);
    std::fs::write(&path, c.to_string()).unwrap();
}

fn reason_of(env: &Env, token: &str) -> String {
    let run = verify(env, "remote", &[token.to_string()]);
    let v = &verdicts(&run)[0];
    if v["valid"] == true {
        "valid".into()
    } else {
        v["reason"].as_str().unwrap().into()
    }
}

#[test]
fn a_jwks_over_https_is_cached_privately_and_follows_a_key_rotation() {
    let old = Signer::ec("ES256").with_kid("old");
    let new = Signer::ec("ES256").with_kid("new");
    let server = JwksServer::start(&jwks(&[&old]));
    let env = remote_world(&server);
    create(&env, "remote", &["--jwks-url", &server.url], &[]).success();
    assert_eq!(server.hits(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(cache_file(&env))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    assert_eq!(reason_of(&env, &old.token(&claims())), "valid");
    assert_eq!(server.hits(), 1, "a fresh cache is not refetched");

    // A new kid appears. Within 30 s of the last fetch an unknown kid does not refetch...
    server.serve(&jwks(&[&old, &new]));
    assert_eq!(reason_of(&env, &new.token(&claims())), "unknown-key");
    assert_eq!(server.hits(), 1);
    // ...after that it does, once.
    age_cache(&env, 31, 31);
    assert_eq!(reason_of(&env, &new.token(&claims())), "valid");
    assert_eq!(server.hits(), 2);
    let forged = Signer::ec("ES256").with_kid("made-up");
    assert_eq!(reason_of(&env, &forged.token(&claims())), "unknown-key");
    assert_eq!(
        server.hits(),
        2,
        "made-up kids cannot make authz hammer the endpoint"
    );

    // The old kid disappears; once the cache's max-age has passed, it is gone here too.
    server.serve(&jwks(&[&new]));
    age_cache(&env, 601, 31);
    assert_eq!(reason_of(&env, &old.token(&claims())), "unknown-key");
    assert_eq!(reason_of(&env, &new.token(&claims())), "valid");
    let keys = env.run(&["authorizer", "keys", "remote"]).success().json();
    assert_eq!(keys["keys"][0]["kid"], "new");
    assert_eq!(keys["keys"].as_array().unwrap().len(), 1);
}

#[test]
fn while_the_endpoint_is_down_the_cache_serves_until_its_limit_then_exit_5() {
    let key = Signer::ec("ES256").with_kid("k");
    let server = JwksServer::start(&jwks(&[&key]));
    server.cache_control("public, max-age=60");
    let env = remote_world(&server);
    create(&env, "remote", &["--jwks-url", &server.url], &[]).success();
    server.switch("down", true);
    // max-age=60 is clamped up to 5 minutes: still fresh after 2 minutes, no request.
    age_cache(&env, 120, 120);
    assert_eq!(reason_of(&env, &key.token(&claims())), "valid");
    let hits = server.hits();
    // Stale and the endpoint down: the cached set still serves, with a warning.
    age_cache(&env, 3600, 3600);
    let run = verify(&env, "remote", &[key.token(&claims())]).success();
    assert!(
        run.stderr.contains("warning: cannot refresh"),
        "{}",
        run.stderr
    );
    assert_eq!(server.hits(), hits + 1);
    // Past the limit: a clear error, exit 5.
    age_cache(&env, 2 * 86400, 3600);
    verify(&env, "remote", &[key.token(&claims())])
        .code(5)
        .one_line_error()
        .stderr_has("past its limit");
    server.switch("down", false);
    assert_eq!(reason_of(&env, &key.token(&claims())), "valid");
}

#[test]
fn redirects_oversized_answers_and_plain_http_are_refused() {
    let key = Signer::ec("ES256");
    let server = JwksServer::start(&jwks(&[&key]));
    let env = remote_world(&server);
    server.switch("redirect", true);
    create(&env, "remote", &["--jwks-url", &server.url], &[])
        .code(5)
        .one_line_error()
        .stderr_has("302");
    server.switch("redirect", false);
    server.switch("huge", true);
    create(&env, "remote", &["--jwks-url", &server.url], &[])
        .code(5)
        .stderr_has("larger than");
    let plain = server.url.replace("https://", "http://");
    create(&env, "remote", &["--jwks-url", &plain], &[]).code(2);
    // An untrusted certificate (no --ca-file) is a provider error too.
    let mut bare = Env::new();
    bare.unset("AUTHZ_CA_FILE");
    bare.init();
    server.switch("huge", false);
    create(&bare, "remote", &["--jwks-url", &server.url], &[]).code(5);
    env.run(&["authorizer", "show", "remote"]).code(4);
}

#[test]
fn verify_answers_each_token_before_the_next_arrives() {
    use std::io::{BufRead, Write};
    let s = Signer::ec("ES256");
    let (env, file) = world_with_file(&[&s]);
    create(&env, "orders", &["--jwks-file", &file], &[]).success();
    let mut child = env
        .command(&["authorizer", "verify", "orders"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            let _ = tx.send(line.unwrap());
        }
    });
    let wait = std::time::Duration::from_secs(30);
    // stdin stays open: the verdict must come without an end of input.
    writeln!(stdin, "{}", s.token(&claims())).unwrap();
    let first: Value = serde_json::from_str(&rx.recv_timeout(wait).unwrap()).unwrap();
    assert_eq!(first["valid"], true);
    writeln!(stdin, "garbage").unwrap();
    let second: Value = serde_json::from_str(&rx.recv_timeout(wait).unwrap()).unwrap();
    assert_eq!(second["reason"], "malformed");
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(9));
}

// Vault-backed authorizers, on both secret backends.

use support::world::{Backend, World};

fn vault_authorizer(w: &World, name: &str, secret: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "authorizer",
        "create",
        name,
        "--iss",
        ISS,
        "--aud",
        AUD,
        "--vault-key",
        secret,
    ];
    args.extend_from_slice(extra);
    w.run(&args)
}

fn sign(w: &World, name: &str, secret: &str, extra: &[&str]) -> Run {
    let mut args = vec!["authorizer", "sign", name, "--vault-key", secret];
    args.extend_from_slice(extra);
    w.run(&args)
}

fn verify_in(w: &World, name: &str, tokens: &[&str]) -> Run {
    let input: String = tokens.iter().map(|t| format!("{t}\n")).collect();
    w.env.run_stdin(&["authorizer", "verify", name], &input)
}

/// The decoded header of a compact JWS.
fn header(token: &str) -> Value {
    use base64::Engine;
    let part = token.split('.').next().unwrap();
    serde_json::from_slice(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part)
            .unwrap(),
    )
    .unwrap()
}

fn signed_tokens_pass_and_a_rotated_key_still_verifies_old_ones_by_kid(b: Backend) {
    let w = World::on(b);
    w.run(&["vault", "generate", "signer", "--alg", "ES256"])
        .success();
    vault_authorizer(&w, "staging", "signer", &["--typ", "at+jwt"]).success();
    let keys: Value =
        serde_json::from_str(&w.run(&["authorizer", "keys", "staging"]).success().stdout).unwrap();
    assert_eq!(keys["keys"][0]["kid"], "signer-v1");
    assert!(keys["keys"][0].get("d").is_none(), "{keys}");
    let old = sign(
        &w,
        "staging",
        "signer",
        &["--claims", r#"{"sub":"ci"}"#, "--ttl", "120"],
    )
    .success()
    .stdout
    .trim()
    .to_string();
    assert_eq!(header(&old)["kid"], "signer-v1");
    assert_eq!(header(&old)["typ"], "at+jwt");
    let v = verdicts(&verify_in(&w, "staging", &[&old]).success());
    assert_eq!(v[0]["valid"], true, "{v:?}");
    assert_eq!(v[0]["claims"]["sub"], "ci");
    assert_eq!(
        v[0]["claims"]["exp"].as_i64().unwrap() - v[0]["claims"]["iat"].as_i64().unwrap(),
        120
    );

    w.run(&["vault", "generate", "signer", "--alg", "EdDSA"])
        .success();
    let v = verdicts(&verify_in(&w, "staging", &[&old]).success());
    assert_eq!(
        v[0]["valid"], true,
        "the old version still answers to its kid: {v:?}"
    );
    // The allowlist was settled at create (ES256): an EdDSA token would not pass.
    sign(&w, "staging", "signer", &[])
        .code(2)
        .one_line_error()
        .stderr_has("does not allow EdDSA");
    w.run(&[
        "authorizer",
        "edit",
        "staging",
        "--alg",
        "ES256",
        "--alg",
        "EdDSA",
    ])
    .success();
    let new = sign(&w, "staging", "signer", &[])
        .success()
        .stdout
        .trim()
        .to_string();
    assert_eq!(header(&new)["kid"], "signer-v2");
    assert_eq!(header(&new)["alg"], "EdDSA");
    let v = verdicts(&verify_in(&w, "staging", &[&old, &new]).success());
    assert!(v.iter().all(|v| v["valid"] == true), "{v:?}");
    let keys: Value =
        serde_json::from_str(&w.run(&["authorizer", "keys", "staging"]).success().stdout).unwrap();
    let kids: Vec<&str> = keys["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap())
        .collect();
    assert_eq!(kids, ["signer-v2", "signer-v1"]);

    // A token without kid answers to the newest version only.
    let strip_kid = |t: &str| {
        use base64::Engine;
        let mut h = header(t);
        h.as_object_mut().unwrap().remove("kid");
        let rest = t.split_once('.').unwrap().1;
        format!(
            "{}.{rest}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(h.to_string())
        )
    };
    // (Removing kid changes the signing input, so these only exercise key selection.)
    let v = verdicts(&verify_in(&w, "staging", &[&strip_kid(&old)]).code(9));
    assert_eq!(
        v[0]["reason"], "unknown-key",
        "no ES256 key answers without kid: {v:?}"
    );
}

fn an_hmac_secret_signs_and_verifies_and_a_short_one_is_refused(b: Backend) {
    let w = World::on(b);
    w.env
        .run_stdin(
            &["vault", "set", "short", "--kind", "signing-key"],
            "0123456789abcdef0123456789abcde",
        )
        .success();
    vault_authorizer(&w, "hs", "short", &["--alg", "HS256"])
        .code(2)
        .one_line_error()
        .stderr_has("RFC 8725");
    w.run(&["authorizer", "show", "hs"]).code(4);
    let long = "0123456789abcdef0123456789abcdef0123456789abcdef";
    w.env
        .run_stdin(&["vault", "set", "mac", "--kind", "signing-key"], long)
        .success();
    vault_authorizer(&w, "hs", "mac", &["--alg", "HS384"]).success();
    vault_authorizer(&w, "hs512", "mac", &["--alg", "HS512"])
        .code(2)
        .stderr_has("RFC 8725");
    w.run(&["authorizer", "edit", "hs", "--alg", "HS512"])
        .code(2)
        .stderr_has("RFC 8725");
    w.run(&["vault", "public", "mac"])
        .code(2)
        .one_line_error()
        .stderr_has("HMAC secret");
    let keys = w.run(&["authorizer", "keys", "hs"]).success().stdout;
    assert!(
        !keys.contains("\"k\""),
        "an HMAC secret is never printed: {keys}"
    );
    let token = sign(&w, "hs", "mac", &[])
        .success()
        .stdout
        .trim()
        .to_string();
    assert_eq!(header(&token)["alg"], "HS384");
    assert_eq!(header(&token)["kid"], "mac-v1");
    let v = verdicts(&verify_in(&w, "hs", &[&token]).success());
    assert_eq!(v[0]["valid"], true, "{v:?}");
    assert_eq!(v[0]["claims"]["iss"], ISS);
    assert_eq!(v[0]["claims"]["aud"], AUD);
    let forged = Signer::hmac("HS384", 48)
        .with_kid("mac-v1")
        .token_with(json!({"alg": "HS384", "kid": "mac-v1"}), &claims());
    let v = verdicts(&verify_in(&w, "hs", &[&forged]).code(9));
    assert_eq!(v[0]["reason"], "bad-signature", "{v:?}");
}

fn vault_delete_is_refused_while_an_authorizer_uses_the_key(b: Backend) {
    let w = World::on(b);
    w.run(&["vault", "generate", "signer", "--alg", "RS256"])
        .success();
    vault_authorizer(&w, "guarded", "signer", &[]).success();
    w.run(&["vault", "delete", "signer"])
        .code(3)
        .one_line_error()
        .stderr_has("guarded");
    w.run(&["vault", "show", "signer"]).success();
    let token = sign(&w, "guarded", "signer", &[])
        .success()
        .stdout
        .trim()
        .to_string();
    verify_in(&w, "guarded", &[&token]).success();
    // Moved onto another vault key, the old one is free to go.
    w.run(&["vault", "generate", "next", "--alg", "RS256"])
        .success();
    w.run(&["authorizer", "edit", "guarded", "--vault-key", "next"])
        .success();
    w.run(&["vault", "delete", "signer"]).success();
    w.run(&["vault", "delete", "next"]).code(3);
    w.run(&["authorizer", "delete", "guarded"]).success();
    w.run(&["vault", "delete", "next"]).success();
}

fn sign_is_refused_for_a_jwks_authorizer_and_for_another_key(b: Backend) {
    let w = World::on(b);
    let s = Signer::ec("ES256").with_kid("k1");
    let path = w.env.path().join("jwks.json");
    std::fs::write(&path, jwks(&[&s]).to_string()).unwrap();
    w.run(&["vault", "generate", "signer", "--alg", "ES256"])
        .success();
    w.run(&["vault", "generate", "other", "--alg", "ES256"])
        .success();
    w.run(&[
        "authorizer",
        "create",
        "external",
        "--iss",
        ISS,
        "--aud",
        AUD,
        "--jwks-file",
        path.to_str().unwrap(),
    ])
    .success();
    let refused = sign(&w, "external", "signer", &[]).code(2).one_line_error();
    assert!(refused.stdout.is_empty(), "{}", refused.stdout);
    vault_authorizer(&w, "mine", "signer", &[]).success();
    sign(&w, "mine", "other", &[])
        .code(2)
        .one_line_error()
        .stderr_has("would not pass");
}

backends!(
    signed_tokens_pass_and_a_rotated_key_still_verifies_old_ones_by_kid,
    an_hmac_secret_signs_and_verifies_and_a_short_one_is_refused,
    vault_delete_is_refused_while_an_authorizer_uses_the_key,
    sign_is_refused_for_a_jwks_authorizer_and_for_another_key,
);
