//! Tokens where runner tools look for them (issue 21), checked with the real tools: kubectl
//! calls `authz token --format exec-credential` from a kubeconfig `exec` user and sends the
//! token to the provider's userinfo endpoint; git asks `authz git-credential` through `git
//! credential fill` and clones from a git server (git http-backend over HTTPS) that accepts
//! only a token the provider accepts; Docker's helper protocol is spoken to
//! `docker-credential-authz` (a link to the binary) on stdin/stdout.

mod support;

use serde_json::{Value, json};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use support::world::World;

/// A world with alice logged in and workflow `ship` using her authorization.
fn world() -> (World, String) {
    let mut w = World::new();
    let id = w.add_as("alice");
    w.run(&["workflow", "create", "ship", "--authz", &id])
        .success();
    (w, id)
}

// ---------------------------------------------------------------------------------------------
// authz token --format
// ---------------------------------------------------------------------------------------------

#[test]
fn token_format_json_and_exec_credential_carry_the_token_and_its_expiry() {
    let (w, id) = world();
    let raw = w.run(&["token", &id]).success().stdout;
    let doc = w
        .run(&["token", "--workflow", "ship", "--format", "json"])
        .success()
        .json();
    assert_eq!(doc["access_token"], raw.trim());
    assert_eq!(doc["token_type"], "Bearer");
    assert!(doc["expires_at"].as_str().unwrap().ends_with('Z'), "{doc}");
    assert!(doc["scope"].as_str().unwrap().contains("openid"), "{doc}");
    let ec = w
        .run(&["token", &id, "--format", "exec-credential"])
        .success()
        .json();
    assert_eq!(ec["apiVersion"], "client.authentication.k8s.io/v1");
    assert_eq!(ec["kind"], "ExecCredential");
    assert_eq!(ec["status"]["token"], raw.trim());
    assert_eq!(ec["status"]["expirationTimestamp"], doc["expires_at"]);
    // kubectl says which version it wants; an unknown one is refused, not guessed.
    let mut env = w
        .env
        .command(&["token", &id, "--format", "exec-credential"]);
    env.env(
        "KUBERNETES_EXEC_INFO",
        r#"{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","spec":{"interactive":false}}"#,
    );
    let out = env.output().unwrap();
    let beta: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(beta["apiVersion"], "client.authentication.k8s.io/v1beta1");
    let mut alpha = w
        .env
        .command(&["token", &id, "--format", "exec-credential"]);
    alpha.env(
        "KUBERNETES_EXEC_INFO",
        r#"{"apiVersion":"client.authentication.k8s.io/v1alpha1"}"#,
    );
    let out = alpha.output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

/// kubectl's minor version, from `kubectl version --client -o json`.
fn kubectl_minor() -> u32 {
    let out = Command::new("kubectl")
        .args(["version", "--client", "-o", "json"])
        .output()
        .expect("kubectl (tests/run.sh installs it)");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v["clientVersion"]["minor"]
        .as_str()
        .unwrap()
        .trim_end_matches('+')
        .parse()
        .unwrap()
}

/// The real kubectl runs authz as its exec credential plugin and sends the token it got to the
/// "API server" (here the provider's userinfo endpoint, which answers only a valid token).
#[test]
fn kubectl_uses_the_exec_credential_in_v1_and_v1beta1() {
    let (w, _) = world();
    let mut versions = vec!["client.authentication.k8s.io/v1beta1"];
    if kubectl_minor() >= 22 {
        versions.push("client.authentication.k8s.io/v1");
    } else {
        eprintln!("kubectl before 1.22 has no exec v1: checking v1beta1 only");
    }
    let bin = env!("CARGO_BIN_EXE_authz");
    for version in versions {
        let kubeconfig = w.env.path().join("kubeconfig");
        let doc = json!({
            "apiVersion": "v1", "kind": "Config", "current-context": "c",
            "clusters": [{"name": "idp", "cluster": {
                "server": w.provider.issuer,
                "certificate-authority": w.provider.ca,
            }}],
            "contexts": [{"name": "c", "context": {"cluster": "idp", "user": "runner"}}],
            "users": [{"name": "runner", "user": {"exec": {
                "apiVersion": version,
                "command": bin,
                "args": ["token", "--workflow", "ship", "--format", "exec-credential"],
                "interactiveMode": "Never",
                "provideClusterInfo": false,
            }}}],
        });
        std::fs::write(&kubeconfig, doc.to_string()).unwrap();
        let out = w
            .env
            .tool(
                "kubectl",
                &[
                    "--kubeconfig",
                    kubeconfig.to_str().unwrap(),
                    "get",
                    "--raw",
                    "/me",
                ],
            )
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success() && stdout.contains("\"sub\":\"alice\""),
            "{version}: {stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

// ---------------------------------------------------------------------------------------------
// git
// ---------------------------------------------------------------------------------------------

fn git_fill(w: &World, host: &str, protocol: &str) -> std::process::Output {
    let mut c = w.env.tool("git", &["credential", "fill"]);
    // No prompt ever: a helper that does not answer is a failure, not a question.
    c.env("GIT_TERMINAL_PROMPT", "0");
    support::output_with_stdin(c, &format!("protocol={protocol}\nhost={host}\n\n"))
}

#[test]
fn git_credential_fill_gets_a_fresh_token_for_the_configured_host_only() {
    let (w, id) = world();
    w.run(&[
        "git-credential",
        "setup",
        "--host",
        "git.example",
        "--workflow",
        "ship",
    ])
    .success();
    let config = std::fs::read_to_string(w.env.path().join("home/.gitconfig")).unwrap();
    assert!(
        config.contains("[credential \"https://git.example\"]"),
        "{config}"
    );
    let out = git_fill(&w, "git.example", "https");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let answer = String::from_utf8(out.stdout).unwrap();
    let token = w.run(&["token", &id]).success().stdout;
    assert!(answer.contains("username=x-access-token\n"), "{answer}");
    assert!(
        answer.contains(&format!("password={}\n", token.trim())),
        "{answer}"
    );
    assert!(answer.contains("password_expiry_utc="), "{answer}");
    assert_eq!(
        w.provider.userinfo_sub(token.trim()),
        Ok("alice".into()),
        "the token works"
    );
    // Another host, or plain http to the same host: authz does not answer, git has nothing.
    for (host, protocol) in [("other.example", "https"), ("git.example", "http")] {
        let out = git_fill(&w, host, protocol);
        assert!(!out.status.success(), "{host} {protocol}");
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("password="),
            "{host} {protocol}"
        );
    }
    // store and erase are accepted and change nothing.
    let before = w.env.snapshot();
    for op in ["store", "erase"] {
        let mut c = w.env.tool(
            env!("CARGO_BIN_EXE_authz"),
            &[
                "git-credential",
                "--host",
                "git.example",
                "--workflow",
                "ship",
                op,
            ],
        );
        c.env("GIT_TERMINAL_PROMPT", "0");
        let out = support::output_with_stdin(
            c,
            "protocol=https\nhost=git.example\nusername=x\npassword=y\n\n",
        );
        assert!(out.status.success());
        assert!(out.stdout.is_empty());
    }
    assert_eq!(w.env.snapshot(), before);
}

struct GitServer {
    child: Child,
    url: String,
    root: PathBuf,
}

impl Drop for GitServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A bare repository with one commit, served over HTTPS (the provider's certificate) to a
/// client that presents `username` and an access token the provider accepts for alice.
fn git_server(w: &World, username: &str) -> GitServer {
    let root = w.env.path().join("srv");
    std::fs::create_dir_all(&root).unwrap();
    let git = |dir: &Path, args: &[&str]| {
        let out = Command::new("git")
            .current_dir(dir)
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@example.com")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@example.com")
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {out:?}");
    };
    let work = w.env.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    git(&work, &["init", "-q", "-b", "main"]);
    std::fs::write(work.join("README"), "hello from the server\n").unwrap();
    git(&work, &["add", "README"]);
    git(&work, &["commit", "-q", "-m", "first"]);
    git(
        &root,
        &["clone", "-q", "--bare", work.to_str().unwrap(), "repo.git"],
    );
    let certs = w.provider.ca.parent().unwrap();
    let mut child = Command::new("python3")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/git-server.py"))
        .args(["--root", root.to_str().unwrap()])
        .args(["--cert", certs.join("server.pem").to_str().unwrap()])
        .args(["--key", certs.join("server-key.pem").to_str().unwrap()])
        .args(["--ca", w.provider.ca.to_str().unwrap()])
        .args(["--userinfo", &format!("{}/me", w.provider.issuer)])
        .args(["--sub", "alice", "--username", username])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let info: Value = serde_json::from_str(&line).unwrap();
    GitServer {
        child,
        url: info["url"].as_str().unwrap().to_owned(),
        root,
    }
}

fn auth_log(s: &GitServer) -> Vec<Value> {
    std::fs::read_to_string(s.root.join("auth.log"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The real `git clone` against a server that accepts only a token the provider accepts: it
/// fails without the helper and succeeds with the line `git-credential setup` wrote.
#[test]
fn git_clone_works_through_the_helper_and_not_without_it() {
    let (w, _) = world();
    let server = git_server(&w, "oauth2");
    let host = server.url.trim_start_matches("https://").to_owned();
    let repo = format!("{}/repo.git", server.url);
    let ca = w.provider.ca.to_str().unwrap().to_owned();
    let clone = |dest: &str| {
        let mut c = w.env.tool(
            "git",
            &[
                "-c",
                &format!("http.sslCAInfo={ca}"),
                "clone",
                "-q",
                &repo,
                dest,
            ],
        );
        c.current_dir(w.env.path()).env("GIT_TERMINAL_PROMPT", "0");
        c.output().unwrap()
    };
    let refused = clone("without");
    assert!(!refused.status.success(), "cloned without credentials");
    assert!(auth_log(&server).iter().all(|a| a["ok"] == false));
    w.run(&[
        "git-credential",
        "setup",
        "--host",
        &host,
        "--workflow",
        "ship",
        "--username",
        "oauth2",
    ])
    .success();
    let cloned = clone("with");
    assert!(
        cloned.status.success(),
        "{}",
        String::from_utf8_lossy(&cloned.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(w.env.path().join("with/README")).unwrap(),
        "hello from the server\n"
    );
    assert!(auth_log(&server).iter().any(|a| a["ok"] == true));
}

// ---------------------------------------------------------------------------------------------
// Docker
// ---------------------------------------------------------------------------------------------

/// `docker-credential-authz ACTION` with `stdin`: a link to the binary under the name Docker
/// runs, in the sealed environment.
fn docker(w: &World, action: &str, stdin: &str) -> std::process::Output {
    let link = w.env.path().join("docker-credential-authz");
    if !link.exists() {
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_authz"), &link).unwrap();
    }
    support::output_with_stdin(w.env.tool(link.to_str().unwrap(), &[action]), stdin)
}

#[test]
fn docker_helper_protocol_get_list_and_refused_store() {
    let (w, id) = world();
    // Nothing mapped yet: the protocol's "not found", exit 1 (Docker goes on anonymously).
    let out = docker(&w, "get", "https://ghcr.io\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "credentials not found in native keychain"
    );
    w.run(&[
        "docker-credential",
        "setup",
        "--registry",
        "ghcr.io",
        "--workflow",
        "ship",
    ])
    .success();
    let out = docker(&w, "get", "https://ghcr.io\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: Value = serde_json::from_slice(&out.stdout).unwrap();
    let token = w.run(&["token", &id]).success().stdout;
    assert_eq!(
        got,
        json!({"ServerURL": "https://ghcr.io", "Username": "oauth2accesstoken", "Secret": token.trim()})
    );
    let out = docker(&w, "get", "ghcr.io\n");
    assert!(out.status.success(), "the bare host is the same registry");
    let out = docker(&w, "list", "");
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list, json!({"ghcr.io": "oauth2accesstoken"}));
    // Another registry: not found.
    assert_eq!(
        docker(&w, "get", "registry.example\n").status.code(),
        Some(1)
    );
    let before = w.env.snapshot();
    for action in ["store", "erase"] {
        let out = docker(
            &w,
            action,
            r#"{"ServerURL":"ghcr.io","Username":"u","Secret":"s"}"#,
        );
        assert_eq!(out.status.code(), Some(2), "{action}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("does not store Docker credentials"),
            "{action}"
        );
    }
    assert_eq!(w.env.snapshot(), before);
}
