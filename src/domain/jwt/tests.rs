//! A positive and a negative case for every rule, with keys made here and the RFC 7515 and
//! RFC 7520 examples.

#[path = "../../../tests/support/jwt.rs"]
mod signer;

use super::*;
use serde_json::json;
use signer::{Signer, b64};

const NOW: i64 = 1_800_000_000;

fn policy(algs: &[Alg]) -> Policy {
    Policy {
        iss: "https://issuer.example".into(),
        audiences: vec!["api://one".into(), "api://two".into()],
        algs: algs.to_vec(),
        leeway: 60,
        typ: None,
        require_scopes: vec![],
        require_claims: vec![],
        max_lifetime: None,
    }
}

fn claims() -> Value {
    json!({
        "iss": "https://issuer.example",
        "aud": "api://one",
        "sub": "caller",
        "iat": NOW - 10,
        "exp": NOW + 300,
    })
}

fn keys(jwks: &[Value]) -> KeySet {
    KeySet::parse(json!({ "keys": jwks }).to_string().as_bytes()).unwrap()
}

fn check(token: &str, jwks: &[Value], p: &Policy) -> Result<Map<String, Value>, Rejection> {
    verify(token, &keys(jwks), p, NOW)
}

fn reason(token: &str, jwks: &[Value], p: &Policy) -> Reason {
    match check(token, jwks, p) {
        Ok(_) => panic!("token was accepted"),
        Err(r) => r.reason,
    }
}

/// A token from `s` with `claims` changed by `f`, checked against `s` alone.
fn with_claims(
    s: &Signer,
    p: &Policy,
    f: impl FnOnce(&mut Map<String, Value>),
) -> Result<(), Reason> {
    let mut c = claims();
    f(c.as_object_mut().unwrap());
    check(&s.token(&c), std::slice::from_ref(&s.jwk), p)
        .map(|_| ())
        .map_err(|r| r.reason)
}

fn es256() -> Signer {
    Signer::ec("ES256").with_kid("ec-1")
}

#[test]
fn every_supported_algorithm_verifies_its_own_tokens() {
    let signers = [
        Signer::hmac("HS256", 32),
        Signer::hmac("HS384", 48),
        Signer::hmac("HS512", 64),
        Signer::rsa("RS256", 0),
        Signer::rsa("RS384", 0),
        Signer::rsa("RS512", 0),
        Signer::rsa("PS256", 0),
        Signer::rsa("PS384", 0),
        Signer::rsa("PS512", 0),
        Signer::ec("ES256"),
        Signer::ec("ES384"),
        Signer::ed25519(),
    ];
    for s in &signers {
        let alg = Alg::parse(s.alg).unwrap();
        let got = check(
            &s.token(&claims()),
            std::slice::from_ref(&s.jwk),
            &policy(&[alg]),
        );
        assert_eq!(got.unwrap()["sub"], "caller", "{}", s.alg);
        // The same token under a key of the same kind that did not sign it.
        let other = match s.alg {
            a if a.starts_with("HS") => Signer::hmac(s.alg, 64),
            a if a.starts_with('R') || a.starts_with('P') => Signer::rsa(s.alg, 1),
            a if a.starts_with("ES") => Signer::ec(s.alg),
            _ => Signer::ed25519(),
        };
        assert_eq!(
            reason(&s.token(&claims()), &[other.jwk], &policy(&[alg])),
            Reason::BadSignature,
            "{}",
            s.alg
        );
    }
}

#[test]
fn a_token_that_is_not_three_base64url_json_parts_is_malformed() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    let good = s.token(&claims());
    let jwk = std::slice::from_ref(&s.jwk);
    assert!(check(&good, jwk, &p).is_ok());
    let parts: Vec<&str> = good.split('.').collect();
    for bad in [
        format!("{}.{}", parts[0], parts[1]),
        format!("{good}.x"),
        format!("{}.{}.{}=", parts[0], parts[1], parts[2]),
        format!("{}+.{}.{}", parts[0], parts[1], parts[2]),
        format!("{}.{}.{}", b64(b"[1,2]"), parts[1], parts[2]),
        format!("{}.{}.{}", b64(b"{\"alg\":1}"), parts[1], parts[2]),
        format!(" {good}"),
        String::new(),
    ] {
        assert_eq!(reason(&bad, jwk, &p), Reason::Malformed, "{bad}");
    }
}

#[test]
fn a_payload_that_is_not_an_object_is_malformed_only_under_a_valid_signature() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    let header = b64(json!({"alg": "ES256", "kid": "ec-1"})
        .to_string()
        .as_bytes());
    let input = format!("{header}.{}", b64(b"[\"not\", \"an object\"]"));
    let signed = format!("{input}.{}", b64(&s.sign_raw("ES256", input.as_bytes())));
    assert_eq!(
        reason(&signed, std::slice::from_ref(&s.jwk), &p),
        Reason::Malformed
    );
    let forged = format!("{input}.{}", b64(&[1u8; 64]));
    assert_eq!(
        reason(&forged, std::slice::from_ref(&s.jwk), &p),
        Reason::BadSignature
    );
}

#[test]
fn alg_none_is_refused_in_any_capitalisation() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    for none in ["none", "NONE", "None", "nOnE"] {
        let h = b64(json!({"alg": none}).to_string().as_bytes());
        let unsigned = format!("{h}.{}.", b64(claims().to_string().as_bytes()));
        let r = check(&unsigned, std::slice::from_ref(&s.jwk), &p).unwrap_err();
        assert_eq!(r.reason, Reason::AlgNotAllowed, "{none}");
        assert!(r.message.contains("none"), "{}", r.message);
    }
}

#[test]
fn an_algorithm_outside_the_allowlist_is_refused() {
    let s = Signer::ec("ES384");
    let jwk = std::slice::from_ref(&s.jwk);
    assert!(check(&s.token(&claims()), jwk, &policy(&[Alg::ES384])).is_ok());
    assert_eq!(
        reason(&s.token(&claims()), jwk, &policy(&[Alg::ES256])),
        Reason::AlgNotAllowed
    );
    // Names are case-sensitive: `es384` is no algorithm at all.
    let lower = s.token_with(json!({"alg": "es384"}), &claims());
    assert_eq!(
        reason(&lower, jwk, &policy(&[Alg::ES384])),
        Reason::AlgNotAllowed
    );
}

#[test]
fn an_hmac_token_never_verifies_against_an_rsa_public_key() {
    // The classic confusion: HS256 keyed with the RSA public key the attacker knows.
    let rsa = Signer::rsa("RS256", 0).with_kid("rsa-1");
    let mut fake = Signer::hmac("HS256", 32);
    let public_as_secret = rsa.jwk["n"].as_str().unwrap().as_bytes().to_vec();
    fake.jwk = json!({"kty": "oct", "k": b64(&public_as_secret)});
    let p = policy(&[Alg::RS256, Alg::HS256]);
    let header = b64(json!({"alg": "HS256", "kid": "rsa-1"})
        .to_string()
        .as_bytes());
    let input = format!("{header}.{}", b64(claims().to_string().as_bytes()));
    let mac = aws_lc_rs::hmac::sign(
        &aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, &public_as_secret),
        input.as_bytes(),
    );
    let confused = format!("{input}.{}", b64(mac.as_ref()));
    let jwk = std::slice::from_ref(&rsa.jwk);
    assert_eq!(reason(&confused, jwk, &p), Reason::AlgNotAllowed);
    // Without a kid, no configured key fits HS256 at all.
    let header = b64(json!({"alg": "HS256"}).to_string().as_bytes());
    let no_kid = format!(
        "{header}.{}.{}",
        b64(claims().to_string().as_bytes()),
        b64(mac.as_ref())
    );
    assert_eq!(reason(&no_kid, jwk, &p), Reason::UnknownKey);
    assert!(check(&rsa.token(&claims()), jwk, &p).is_ok());
}

#[test]
fn a_jwk_alg_binds_its_key_to_that_algorithm() {
    let mut s = Signer::rsa("RS256", 0).with_kid("bound");
    s.jwk["alg"] = "RS256".into();
    let p = policy(&[Alg::RS256, Alg::PS256]);
    let jwk = std::slice::from_ref(&s.jwk);
    assert!(check(&s.token(&claims()), jwk, &p).is_ok());
    let pss = s.token_with(json!({"alg": "PS256"}), &claims());
    assert_eq!(reason(&pss, jwk, &p), Reason::AlgNotAllowed);
    // Unbound, the same key verifies both.
    let mut unbound = s.jwk.clone();
    unbound.as_object_mut().unwrap().remove("alg");
    assert!(check(&pss, &[unbound], &p).is_ok());
}

#[test]
fn use_and_key_ops_must_allow_verification() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    let token = s.token(&claims());
    for (field, value, ok) in [
        ("use", json!("sig"), true),
        ("use", json!("enc"), false),
        ("key_ops", json!(["verify"]), true),
        ("key_ops", json!(["sign", "verify"]), true),
        ("key_ops", json!(["sign"]), false),
        ("key_ops", json!([]), false),
    ] {
        let mut jwk = s.jwk.clone();
        jwk[field] = value.clone();
        let got = check(&token, &[jwk], &p).map(|_| ()).map_err(|r| r.reason);
        let want = if ok { Ok(()) } else { Err(Reason::UnknownKey) };
        assert_eq!(got, want, "{field}: {value}");
    }
}

#[test]
fn kid_selects_the_key_and_an_unknown_kid_is_unknown_key() {
    let a = Signer::ec("ES256").with_kid("a");
    let b = Signer::ec("ES256").with_kid("b");
    let p = policy(&[Alg::ES256]);
    let both = [a.jwk.clone(), b.jwk.clone()];
    assert!(check(&a.token(&claims()), &both, &p).is_ok());
    assert!(check(&b.token(&claims()), &both, &p).is_ok());
    let r = check(&b.token_with(json!({"kid": "c"}), &claims()), &both, &p).unwrap_err();
    assert_eq!(r.reason, Reason::UnknownKey);
    assert!(r.message.contains("'c'"), "{}", r.message);
    // b's token naming a's kid is tried with a only.
    let misnamed = b.token_with(json!({"kid": "a"}), &claims());
    assert_eq!(reason(&misnamed, &both, &p), Reason::BadSignature);
}

#[test]
fn a_token_without_kid_is_tried_with_every_fitting_key() {
    let a = Signer::ec("ES256");
    let b = Signer::ec("ES256");
    let ed = Signer::ed25519();
    let p = policy(&[Alg::ES256, Alg::EdDSA]);
    let set = [ed.jwk.clone(), a.jwk.clone(), b.jwk.clone()];
    assert!(check(&b.token(&claims()), &set, &p).is_ok());
    let stranger = Signer::ec("ES256");
    assert_eq!(
        reason(&stranger.token(&claims()), &set, &p),
        Reason::BadSignature
    );
    assert_eq!(
        reason(&b.token(&claims()), std::slice::from_ref(&ed.jwk), &p),
        Reason::UnknownKey
    );
}

#[test]
fn keys_offered_by_the_token_itself_are_never_used() {
    let configured = es256();
    let attacker = Signer::ec("ES256");
    let p = policy(&[Alg::ES256]);
    for header in [
        json!({"jwk": attacker.jwk}),
        json!({"jku": "https://attacker.example/jwks"}),
        json!({"x5u": "https://attacker.example/cert"}),
        json!({"x5c": ["MIIB"]}),
    ] {
        let mut h = header.clone();
        h["kid"] = "ec-1".into();
        let token = attacker.token_with(h, &claims());
        assert_eq!(
            reason(&token, std::slice::from_ref(&configured.jwk), &p),
            Reason::BadSignature,
            "{header}"
        );
    }
    // The headers themselves do no harm on a genuine token.
    let genuine = configured.token_with(json!({"jku": "https://attacker.example/jwks"}), &claims());
    assert!(check(&genuine, std::slice::from_ref(&configured.jwk), &p).is_ok());
}

#[test]
fn any_crit_header_is_unsupported() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    let jwk = std::slice::from_ref(&s.jwk);
    assert!(check(&s.token(&claims()), jwk, &p).is_ok());
    for crit in [json!(["exp"]), json!([]), json!("b64")] {
        let t = s.token_with(json!({"crit": crit}), &claims());
        assert_eq!(reason(&t, jwk, &p), Reason::CritUnsupported, "{crit}");
    }
}

#[test]
fn typ_compares_case_insensitively_with_an_optional_application_prefix() {
    let s = es256();
    let mut p = policy(&[Alg::ES256]);
    p.typ = Some("at+jwt".into());
    let jwk = std::slice::from_ref(&s.jwk);
    for ok in [
        "at+jwt",
        "AT+JWT",
        "application/at+jwt",
        "Application/At+JWT",
    ] {
        let t = s.token_with(json!({"typ": ok}), &claims());
        assert!(check(&t, jwk, &p).is_ok(), "{ok}");
    }
    for bad in ["JWT", "jwt", "application/jwt", "at+jwt "] {
        let t = s.token_with(json!({"typ": bad}), &claims());
        assert_eq!(reason(&t, jwk, &p), Reason::TypMismatch, "{bad}");
    }
    assert_eq!(reason(&s.token(&claims()), jwk, &p), Reason::TypMismatch);
    // Without --typ, any typ passes.
    let t = s.token_with(json!({"typ": "JWT"}), &claims());
    assert!(check(&t, jwk, &policy(&[Alg::ES256])).is_ok());
}

/// Re-signs `token`'s input with a hand-made signature.
fn resigned(token: &str, sig: &[u8]) -> String {
    let input = &token[..token.rfind('.').unwrap()];
    format!("{input}.{}", b64(sig))
}

#[test]
fn an_ecdsa_signature_must_be_exactly_r_and_s_of_the_curve_size() {
    for (alg, size) in [("ES256", 32usize), ("ES384", 48)] {
        let s = Signer::ec(alg);
        let p = policy(&[Alg::parse(alg).unwrap()]);
        let jwk = std::slice::from_ref(&s.jwk);
        let token = s.token(&claims());
        assert!(check(&token, jwk, &p).is_ok());
        let sig = URL_SAFE_NO_PAD
            .decode(token.rsplit('.').next().unwrap())
            .unwrap();
        assert_eq!(sig.len(), 2 * size);
        // DER (ASN.1) instead of r||s.
        let der = {
            let int = |v: &[u8]| {
                let mut v = v.to_vec();
                if v[0] & 0x80 != 0 {
                    v.insert(0, 0);
                }
                [vec![2u8, v.len() as u8], v].concat()
            };
            let body = [int(&sig[..size]), int(&sig[size..])].concat();
            [vec![0x30u8, body.len() as u8], body].concat()
        };
        for bad in [
            der,
            [&[0u8][..], &sig].concat(),
            [&sig[..], &[0u8][..]].concat(),
            sig[..2 * size - 1].to_vec(),
            [&[0u8][..], &sig[..size], &[0u8][..], &sig[size..]].concat(),
        ] {
            assert_eq!(
                reason(&resigned(&token, &bad), jwk, &p),
                Reason::BadSignature,
                "{alg}"
            );
        }
    }
}

#[test]
fn ecdsa_r_or_s_zero_or_at_least_n_is_refused() {
    // CVE-2022-21449: r = s = 0 verified anything in Java 15-18.
    let s = es256();
    let p = policy(&[Alg::ES256]);
    let jwk = std::slice::from_ref(&s.jwk);
    let token = s.token(&claims());
    let sig = URL_SAFE_NO_PAD
        .decode(token.rsplit('.').next().unwrap())
        .unwrap();
    let (r, sv) = sig.split_at(32);
    let n = jwk::P256_N.to_vec();
    let mut n_plus_s = n.clone();
    n_plus_s[31] = n_plus_s[31].wrapping_add(1);
    for bad in [
        vec![0u8; 64],
        [&[0u8; 32][..], sv].concat(),
        [r, &[0u8; 32][..]].concat(),
        [&n[..], sv].concat(),
        [r, &n[..]].concat(),
        [r, &n_plus_s[..]].concat(),
        [r, &[0xffu8; 32][..]].concat(),
    ] {
        assert_eq!(
            reason(&resigned(&token, &bad), jwk, &p),
            Reason::BadSignature
        );
    }
    assert!(jwk::ecdsa_in_range(Alg::ES256, &sig));
    assert!(!jwk::ecdsa_in_range(
        Alg::ES384,
        &[[0u8; 47].as_slice(), &[1], &jwk::P384_N].concat()
    ));
}

#[test]
fn a_bad_signature_wins_over_any_claims_reason() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    let token = s.token(&json!({"iss": "someone else", "exp": 1}));
    let jwk = std::slice::from_ref(&s.jwk);
    assert_eq!(reason(&token, jwk, &p), Reason::IssMismatch);
    let parts: Vec<&str> = token.split('.').collect();
    let tampered = format!(
        "{}.{}.{}",
        parts[0],
        b64(claims().to_string().as_bytes()),
        parts[2]
    );
    assert_eq!(reason(&tampered, jwk, &p), Reason::BadSignature);
}

#[test]
fn iss_must_be_a_single_exactly_equal_string() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    assert_eq!(with_claims(&s, &p, |_| {}), Ok(()));
    for iss in [
        json!("https://issuer.example/"),
        json!("HTTPS://issuer.example"),
        json!(["https://issuer.example"]),
        json!(null),
    ] {
        let got = with_claims(&s, &p, |c| {
            c.insert("iss".into(), iss.clone());
        });
        assert_eq!(got, Err(Reason::IssMismatch), "{iss}");
    }
    let got = with_claims(&s, &p, |c| {
        c.remove("iss");
    });
    assert_eq!(got, Err(Reason::IssMismatch));
}

#[test]
fn aud_is_a_string_or_an_array_holding_a_configured_audience() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    for aud in [json!("api://two"), json!(["other", "api://one"])] {
        let got = with_claims(&s, &p, |c| {
            c.insert("aud".into(), aud.clone());
        });
        assert_eq!(got, Ok(()), "{aud}");
    }
    for aud in [
        json!("api://three"),
        json!(["other"]),
        json!([]),
        json!(["api://one", 7]),
        json!({"api://one": true}),
        json!(7),
    ] {
        let got = with_claims(&s, &p, |c| {
            c.insert("aud".into(), aud.clone());
        });
        assert_eq!(got, Err(Reason::AudMismatch), "{aud}");
    }
    let got = with_claims(&s, &p, |c| {
        c.remove("aud");
    });
    assert_eq!(got, Err(Reason::AudMismatch));
}

fn set(name: &str, v: Value) -> impl FnOnce(&mut Map<String, Value>) {
    let name = name.to_string();
    move |c| {
        c.insert(name, v);
    }
}

#[test]
fn exp_is_required_numeric_and_in_the_future_give_or_take_the_leeway() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    assert_eq!(with_claims(&s, &p, set("exp", json!(NOW - 59))), Ok(()));
    assert_eq!(
        with_claims(&s, &p, set("exp", json!(NOW as f64 + 0.5))),
        Ok(())
    );
    assert_eq!(
        with_claims(&s, &p, set("exp", json!(NOW - 60))),
        Err(Reason::Expired)
    );
    assert_eq!(
        with_claims(&s, &p, set("exp", json!((NOW + 300).to_string()))),
        Err(Reason::Expired)
    );
    assert_eq!(
        with_claims(&s, &p, set("exp", json!(null))),
        Err(Reason::Expired)
    );
    let got = with_claims(&s, &p, |c| {
        c.remove("exp");
    });
    assert_eq!(got, Err(Reason::Expired));
    let mut strict = p.clone();
    strict.leeway = 0;
    assert_eq!(
        with_claims(&s, &strict, set("exp", json!(NOW))),
        Err(Reason::Expired)
    );
    assert_eq!(with_claims(&s, &strict, set("exp", json!(NOW + 1))), Ok(()));
}

#[test]
fn nbf_when_present_is_numeric_and_not_beyond_the_leeway() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    assert_eq!(with_claims(&s, &p, set("nbf", json!(NOW + 60))), Ok(()));
    assert_eq!(
        with_claims(&s, &p, set("nbf", json!(NOW + 61))),
        Err(Reason::NotYetValid)
    );
    assert_eq!(
        with_claims(&s, &p, set("nbf", json!("1"))),
        Err(Reason::NotYetValid)
    );
}

#[test]
fn iat_when_present_is_numeric_and_not_in_the_future_beyond_the_leeway() {
    let s = es256();
    let p = policy(&[Alg::ES256]);
    assert_eq!(with_claims(&s, &p, set("iat", json!(NOW + 60))), Ok(()));
    assert_eq!(
        with_claims(&s, &p, set("iat", json!(NOW + 61))),
        Err(Reason::IatInFuture)
    );
    assert_eq!(
        with_claims(&s, &p, set("iat", json!(true))),
        Err(Reason::IatInFuture)
    );
    let got = with_claims(&s, &p, |c| {
        c.remove("iat");
    });
    assert_eq!(got, Ok(()));
}

#[test]
fn max_lifetime_bounds_exp_minus_iat() {
    let s = es256();
    let mut p = policy(&[Alg::ES256]);
    p.max_lifetime = Some(3600);
    let lived = |secs: i64| {
        move |c: &mut Map<String, Value>| {
            c.insert("iat".into(), json!(NOW - 10));
            c.insert("exp".into(), json!(NOW - 10 + secs));
        }
    };
    assert_eq!(with_claims(&s, &p, lived(3600 + 60)), Ok(()));
    assert_eq!(
        with_claims(&s, &p, lived(3600 + 61)),
        Err(Reason::LifetimeTooLong)
    );
    let got = with_claims(&s, &p, |c| {
        c.remove("iat");
    });
    assert_eq!(got, Err(Reason::LifetimeTooLong));
    p.max_lifetime = None;
    assert_eq!(with_claims(&s, &p, lived(86400 * 365)), Ok(()));
}

#[test]
fn required_claims_must_be_present_and_equal() {
    let s = es256();
    let mut p = policy(&[Alg::ES256]);
    p.require_claims = vec![
        ("tenant".into(), "acme".into()),
        ("level".into(), "3".into()),
    ];
    let both = |tenant: Value, level: Value| {
        move |c: &mut Map<String, Value>| {
            c.insert("tenant".into(), tenant);
            c.insert("level".into(), level);
        }
    };
    assert_eq!(with_claims(&s, &p, both(json!("acme"), json!(3))), Ok(()));
    assert_eq!(
        with_claims(&s, &p, both(json!(["x", "acme"]), json!("3"))),
        Ok(())
    );
    assert_eq!(
        with_claims(&s, &p, both(json!("Acme"), json!(3))),
        Err(Reason::ClaimMismatch)
    );
    assert_eq!(
        with_claims(&s, &p, both(json!("acme"), json!(3.5))),
        Err(Reason::ClaimMismatch)
    );
    assert_eq!(
        with_claims(&s, &p, set("tenant", json!("acme"))),
        Err(Reason::MissingClaim)
    );
}

#[test]
fn required_scopes_must_all_be_in_scope_or_scp() {
    let s = es256();
    let mut p = policy(&[Alg::ES256]);
    p.require_scopes = vec!["read".into(), "write".into()];
    assert_eq!(
        with_claims(&s, &p, set("scope", json!("write admin read"))),
        Ok(())
    );
    assert_eq!(
        with_claims(&s, &p, set("scp", json!(["read", "write"]))),
        Ok(())
    );
    assert_eq!(with_claims(&s, &p, set("scp", json!("read write"))), Ok(()));
    assert_eq!(
        with_claims(&s, &p, set("scope", json!("read"))),
        Err(Reason::ScopeMissing)
    );
    assert_eq!(
        with_claims(&s, &p, set("scope", json!("readwrite"))),
        Err(Reason::ScopeMissing)
    );
    assert_eq!(with_claims(&s, &p, |_| {}), Err(Reason::ScopeMissing));
}

#[test]
fn an_hmac_secret_shorter_than_the_hash_fits_no_token() {
    let short = Signer::hmac("HS256", 31);
    let p = policy(&[Alg::HS256]);
    assert_eq!(
        reason(
            &short.token(&claims()),
            std::slice::from_ref(&short.jwk),
            &p
        ),
        Reason::UnknownKey
    );
    let hs512_with_32 = Signer::hmac("HS512", 32);
    assert_eq!(
        reason(
            &hs512_with_32.token(&claims()),
            std::slice::from_ref(&hs512_with_32.jwk),
            &policy(&[Alg::HS512])
        ),
        Reason::UnknownKey
    );
}

#[test]
fn keys_that_cannot_verify_are_skipped_with_a_reason() {
    let ok = es256();
    let set = KeySet::parse(
        json!({"keys": [
            ok.jwk,
            {"kty": "EC", "crv": "P-521", "x": "AA", "y": "AA", "kid": "p521"},
            {"kty": "RSA", "n": "AQAB", "e": "AQAB", "kid": "tiny-rsa"},
            {"kty": "OKP", "crv": "X25519", "x": b64(&[9; 32]), "kid": "x25519"},
            {"kty": "EC", "crv": "P-256", "x": b64(&[1; 31]), "y": b64(&[1; 32]), "kid": "short"},
            {"kty": "EC", "crv": "P-256", "x": b64(&[1; 32]), "y": b64(&[1; 32]), "kid": "off-curve"},
            {"kty": "RSA", "alg": "RSA-OAEP", "kid": "enc"},
            {"kty": "EC", "crv": "P-256", "alg": "RS256", "x": ok.jwk["x"], "y": ok.jwk["y"], "kid": "mismatch"},
        ]})
        .to_string()
        .as_bytes(),
    )
    .unwrap();
    assert_eq!(set.keys.len(), 1);
    let skipped: Vec<&str> = set
        .skipped
        .iter()
        .map(|s| s.kid.as_deref().unwrap())
        .collect();
    assert_eq!(
        skipped,
        [
            "p521",
            "tiny-rsa",
            "x25519",
            "short",
            "off-curve",
            "enc",
            "mismatch"
        ]
    );
    assert!(KeySet::parse(b"{}").is_err());
    assert!(KeySet::parse(b"{\"keys\": [1]}").is_err());
}

#[test]
fn declared_algorithms_come_from_alg_or_the_curve() {
    let mut rsa = Signer::rsa("RS256", 0).jwk;
    let ec = Signer::ec("ES384").jwk;
    let ed = Signer::ed25519().jwk;
    assert_eq!(
        keys(&[ec.clone(), ed.clone()]).declared_algs(),
        Some(vec![Alg::ES384, Alg::EdDSA])
    );
    assert_eq!(keys(&[ec.clone(), rsa.clone()]).declared_algs(), None);
    rsa["alg"] = "PS512".into();
    assert_eq!(
        keys(&[ec, rsa]).declared_algs(),
        Some(vec![Alg::PS512, Alg::ES384])
    );
}

#[test]
fn the_public_jwks_leaves_hmac_secrets_out() {
    let h = Signer::hmac("HS256", 32).with_kid("h");
    let e = es256();
    let shown = keys(&[h.jwk.clone(), e.jwk.clone()]).public_jwks();
    assert_eq!(shown["keys"][0], json!({"kty": "oct", "kid": "h"}));
    assert_eq!(shown["keys"][1], e.jwk);
}

// The examples of RFC 7515 (appendix A) and RFC 7520 (section 4). Their tokens carry no `aud`
// (and RFC 7520's payload is prose, not JSON), so a verified signature shows as the first
// claims (or payload) reason, and a changed byte as bad-signature.

fn vector(name: &str) -> (String, Value) {
    let all: Value = serde_json::from_str(include_str!("testdata/vectors.json")).unwrap();
    let v = &all[name];
    let key = if v["key"].is_null() {
        all["rfc7520_4_1"]["key"].clone()
    } else {
        v["key"].clone()
    };
    (v["token"].as_str().unwrap().to_string(), key)
}

fn flipped(token: &str) -> String {
    // Change the first character of the payload part: the signature no longer matches.
    let dot = token.find('.').unwrap() + 1;
    let mut t = token.to_string();
    let c = if &t[dot..dot + 1] == "e" { "f" } else { "e" };
    t.replace_range(dot..dot + 1, c);
    t
}

#[test]
fn rfc7515_appendix_a_examples_verify() {
    // exp 1300819380 (March 2011): judge them at a time they were valid.
    let then = 1_300_819_000;
    for (name, alg) in [
        ("rfc7515_a1", Alg::HS256),
        ("rfc7515_a2", Alg::RS256),
        ("rfc7515_a3", Alg::ES256),
    ] {
        let (token, key) = vector(name);
        let mut p = policy(&[alg]);
        p.iss = "joe".into();
        let ks = keys(&[key]);
        let r = verify(&token, &ks, &p, then).unwrap_err();
        assert_eq!(
            (name, r.reason),
            (name, Reason::AudMismatch),
            "{}",
            r.message
        );
        assert_eq!(
            verify(&flipped(&token), &ks, &p, then).unwrap_err().reason,
            Reason::BadSignature,
            "{name}"
        );
        // With another issuer configured, the claims check says so.
        p.iss = "jane".into();
        assert_eq!(
            verify(&token, &ks, &p, then).unwrap_err().reason,
            Reason::IssMismatch
        );
    }
}

#[test]
fn rfc7520_section_4_examples_verify_their_prose_payload() {
    for (name, alg) in [
        ("rfc7520_4_1", Alg::RS256),
        ("rfc7520_4_2", Alg::PS384),
        ("rfc7520_4_4", Alg::HS256),
    ] {
        let (token, key) = vector(name);
        let p = policy(&[alg]);
        let ks = keys(&[key]);
        let r = verify(&token, &ks, &p, NOW).unwrap_err();
        assert_eq!((name, r.reason), (name, Reason::Malformed));
        assert!(r.message.contains("payload"), "{}", r.message);
        assert_eq!(
            verify(&flipped(&token), &ks, &p, NOW).unwrap_err().reason,
            Reason::BadSignature,
            "{name}"
        );
    }
}

#[test]
fn every_reason_code_is_kebab_case_and_distinct() {
    let codes: Vec<&str> = Reason::ALL.iter().map(|r| r.code()).collect();
    for (r, c) in Reason::ALL.iter().zip(&codes) {
        assert_eq!(serde_json::to_value(r).unwrap(), json!(c));
    }
    let mut unique = codes.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), codes.len());
}
