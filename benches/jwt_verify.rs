//! Benchmark (not a test): `authz authorizer verify` on 100,000 tokens read from stdin, side by
//! side with the floor: aws-lc-rs verifying the same tokens' signatures in a loop in this
//! process (signature input and bytes decoded beforehand, key parsed once), nothing else.
//!
//!     cargo bench --bench jwt_verify [-- --tokens 100000 --rounds 3 --only ES256|RS256|EdDSA]
//!
//! For each of ES256, RS256 and EdDSA: makes a key, signs 10,000 distinct tokens (repeated to
//! the count: verifying caches nothing, and signing 100,000 RSA tokens would take minutes),
//! writes the JWKS and the token stream to a temp dir, creates an authorizer in a temp store,
//! then alternates the two measurements and prints medians and the ratio (target <= 1.5x).
//! Its results are not recorded in docs/benchmarks.md: run it to measure.

#[path = "../tests/support/jwt.rs"]
mod jwt;

use aws_lc_rs::signature::{self, ParsedPublicKey, RsaPublicKeyComponents};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jwt::{Signer, jwks};
use serde_json::json;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_authz");

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn authz(dir: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.env_clear()
        .env("HOME", dir)
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("AUTHZ_DB", dir.join("authz.db"));
    c
}

/// The floor's verifying key for `s`, parsed once.
fn floor_key(s: &Signer) -> ParsedPublicKey {
    let b = |f: &str| URL_SAFE_NO_PAD.decode(s.jwk[f].as_str().unwrap()).unwrap();
    match s.alg {
        "ES256" => {
            let point = [&[4u8][..], &b("x"), &b("y")].concat();
            ParsedPublicKey::new(&signature::ECDSA_P256_SHA256_FIXED, point).unwrap()
        }
        "RS256" => RsaPublicKeyComponents {
            n: b("n"),
            e: b("e"),
        }
        .to_parsed_public_key(&signature::RSA_PKCS1_2048_8192_SHA256)
        .unwrap(),
        _ => ParsedPublicKey::new(&signature::ED25519, b("x")).unwrap(),
    }
}

/// User + system CPU time of this process (`RUSAGE_SELF`) or of its waited-for children
/// (`RUSAGE_CHILDREN`): on a machine busy with other work, CPU time is what compares fairly.
fn cpu(who: i32) -> Duration {
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    assert_eq!(unsafe { libc::getrusage(who, &mut u) }, 0);
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(u.ru_utime) + tv(u.ru_stime)
}

/// Wall and CPU time of `f`.
fn timed(who: i32, f: impl FnOnce()) -> (Duration, Duration) {
    let (t, c) = (Instant::now(), cpu(who));
    f();
    (t.elapsed(), cpu(who) - c)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let count = arg("--tokens", 100_000);
    let rounds = arg("--rounds", 3);
    let distinct = count.min(10_000);
    let args: Vec<String> = std::env::args().collect();
    let only = args
        .iter()
        .position(|a| a == "--only")
        .and_then(|i| args.get(i + 1).cloned());
    println!("authorizer verify, {count} tokens on stdin, median of {rounds} rounds");
    for signer in [
        Signer::ec("ES256").with_kid("k"),
        Signer::rsa("RS256", 0).with_kid("k"),
        Signer::ed25519().with_kid("k"),
    ] {
        if only.as_deref().is_some_and(|o| o != signer.alg) {
            continue;
        }
        let dir = tempfile::Builder::new()
            .prefix("authz-bench-jwt.")
            .tempdir()
            .unwrap();
        let exp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs()
            + 3600;
        let tokens: Vec<String> = (0..distinct)
            .map(|i| {
                signer.token(&json!({
                    "iss": "https://issuer.example", "aud": "api://bench",
                    "sub": format!("caller-{i}"), "iat": exp - 3600, "exp": exp,
                    "scope": "orders:write",
                }))
            })
            .collect();
        let stream: String = tokens
            .iter()
            .cycle()
            .take(count)
            .map(|t| format!("{t}\n"))
            .collect();
        let tokens_file = dir.path().join("tokens");
        std::fs::write(&tokens_file, &stream).unwrap();
        let jwks_file = dir.path().join("jwks.json");
        std::fs::write(&jwks_file, jwks(&[&signer]).to_string()).unwrap();
        let made = authz(dir.path())
            .args([
                "authorizer",
                "create",
                "bench",
                "--iss",
                "https://issuer.example",
            ])
            .args([
                "--aud",
                "api://bench",
                "--require-scope",
                "orders:write",
                "--jwks-file",
            ])
            .arg(&jwks_file)
            .args(["--alg", signer.alg])
            .output()
            .unwrap();
        assert!(
            made.status.success(),
            "{}",
            String::from_utf8_lossy(&made.stderr)
        );

        let key = floor_key(&signer);
        let decoded: Vec<(String, Vec<u8>)> = tokens
            .iter()
            .map(|t| {
                let dot = t.rfind('.').unwrap();
                (
                    t[..dot].to_string(),
                    URL_SAFE_NO_PAD.decode(&t[dot + 1..]).unwrap(),
                )
            })
            .collect();
        let floor_once = || {
            timed(libc::RUSAGE_SELF, || {
                for (input, sig) in decoded.iter().cycle().take(count) {
                    key.verify_sig(input.as_bytes(), sig).unwrap();
                }
            })
        };
        let ours_once = || {
            timed(libc::RUSAGE_CHILDREN, || {
                let status = authz(dir.path())
                    .args(["authorizer", "verify", "bench"])
                    .stdin(std::fs::File::open(&tokens_file).unwrap())
                    .stdout(Stdio::null())
                    .status()
                    .unwrap();
                assert!(status.success(), "authz rejected a bench token");
            })
        };
        // Warm both (page cache, CPU frequency), then alternate.
        floor_once();
        ours_once();
        let (mut ours, mut floor) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            ours.push(ours_once());
            floor.push(floor_once());
        }
        let per = |d: Duration| d.as_secs_f64() * 1e6 / count as f64;
        for (what, pick) in [("wall", 0), ("cpu", 1)] {
            let get = |v: &[(Duration, Duration)]| {
                median(
                    v.iter()
                        .map(|p| if pick == 0 { p.0 } else { p.1 })
                        .collect(),
                )
            };
            let (o, f) = (get(&ours), get(&floor));
            println!(
                "{:<6} {what:<4}  authz {:8.1} ms ({:6.2} µs/token)   floor {:8.1} ms ({:6.2} µs/token)   ratio {:.2}x (target <= 1.5x)",
                signer.alg,
                o.as_secs_f64() * 1e3,
                per(o),
                f.as_secs_f64() * 1e3,
                per(f),
                o.as_secs_f64() / f.as_secs_f64()
            );
        }
    }
}
