//! Keys made at test time and tokens signed with them (aws-lc-rs), with their public JWKs.
//! Shared by the unit tests of `domain::jwt`, the integration tests and the bench binary
//! (each includes this file by path), so no token or key is ever checked in.
#![allow(dead_code)]

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{self, EcdsaKeyPair, Ed25519KeyPair, KeyPair, RsaKeyPair};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use std::sync::{Arc, OnceLock};

pub fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

enum Secret {
    Hmac(Vec<u8>),
    Rsa(Arc<RsaKeyPair>),
    Ec(EcdsaKeyPair),
    Ed(Ed25519KeyPair),
}

/// A private key and the algorithm it signs with.
pub struct Signer {
    pub alg: &'static str,
    secret: Secret,
    /// The public JWK (for HMAC: the secret as an `oct` JWK).
    pub jwk: Value,
}

/// One RSA key per test process: generating 2048-bit keys is the slow part.
fn rsa_key(n: usize) -> Arc<RsaKeyPair> {
    static KEYS: OnceLock<Vec<Arc<RsaKeyPair>>> = OnceLock::new();
    KEYS.get_or_init(|| {
        (0..2)
            .map(|_| Arc::new(RsaKeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).unwrap()))
            .collect()
    })[n]
        .clone()
}

/// Splits a DER RSAPublicKey (RFC 8017: SEQUENCE { n INTEGER, e INTEGER }) into n and e.
fn rsa_n_e(der: &[u8]) -> (Vec<u8>, Vec<u8>) {
    fn tlv(d: &[u8]) -> (&[u8], &[u8]) {
        let (len, head) = match d[1] {
            l if l < 0x80 => (l as usize, 2),
            l => {
                let n = (l & 0x7f) as usize;
                let len = d[2..2 + n]
                    .iter()
                    .fold(0usize, |a, b| (a << 8) | *b as usize);
                (len, 2 + n)
            }
        };
        (&d[head..head + len], &d[head + len..])
    }
    let (seq, _) = tlv(der);
    let (n, rest) = tlv(seq);
    let (e, _) = tlv(rest);
    let strip = |v: &[u8]| v.iter().skip_while(|b| **b == 0).copied().collect();
    (strip(n), strip(e))
}

impl Signer {
    pub fn hmac(alg: &'static str, len: usize) -> Signer {
        let mut k = vec![0u8; len];
        aws_lc_rs::rand::fill(&mut k).unwrap();
        let jwk = json!({"kty": "oct", "k": b64(&k)});
        Signer {
            alg,
            secret: Secret::Hmac(k),
            jwk,
        }
    }

    /// `which` picks one of two RSA keys (0 or 1), so tests can have two distinct ones.
    pub fn rsa(alg: &'static str, which: usize) -> Signer {
        let key = rsa_key(which);
        let (n, e) = rsa_n_e(key.public_key().as_ref());
        Signer {
            alg,
            jwk: json!({"kty": "RSA", "n": b64(&n), "e": b64(&e)}),
            secret: Secret::Rsa(key),
        }
    }

    pub fn ec(alg: &'static str) -> Signer {
        let (signing, crv) = match alg {
            "ES256" => (&signature::ECDSA_P256_SHA256_FIXED_SIGNING, "P-256"),
            _ => (&signature::ECDSA_P384_SHA384_FIXED_SIGNING, "P-384"),
        };
        let key = EcdsaKeyPair::generate(signing).unwrap();
        let point = key.public_key().as_ref();
        let size = (point.len() - 1) / 2;
        let jwk = json!({
            "kty": "EC", "crv": crv,
            "x": b64(&point[1..1 + size]), "y": b64(&point[1 + size..]),
        });
        Signer {
            alg,
            secret: Secret::Ec(key),
            jwk,
        }
    }

    pub fn ed25519() -> Signer {
        let key = Ed25519KeyPair::generate().unwrap();
        let jwk = json!({"kty": "OKP", "crv": "Ed25519", "x": b64(key.public_key().as_ref())});
        Signer {
            alg: "EdDSA",
            secret: Secret::Ed(key),
            jwk,
        }
    }

    /// The same key with a `kid` in its JWK.
    pub fn with_kid(mut self, kid: &str) -> Signer {
        self.jwk["kid"] = kid.into();
        self
    }

    pub fn kid(&self) -> Option<&str> {
        self.jwk["kid"].as_str()
    }

    /// Signs `input` with `alg` (which may differ from the key's own, to build confused tokens).
    pub fn sign_raw(&self, alg: &str, input: &[u8]) -> Vec<u8> {
        let rng = SystemRandom::new();
        match &self.secret {
            Secret::Hmac(k) => {
                let h = match alg {
                    "HS384" => aws_lc_rs::hmac::HMAC_SHA384,
                    "HS512" => aws_lc_rs::hmac::HMAC_SHA512,
                    _ => aws_lc_rs::hmac::HMAC_SHA256,
                };
                aws_lc_rs::hmac::sign(&aws_lc_rs::hmac::Key::new(h, k), input)
                    .as_ref()
                    .to_vec()
            }
            Secret::Rsa(key) => {
                let pad: &'static dyn signature::RsaEncoding = match alg {
                    "RS384" => &signature::RSA_PKCS1_SHA384,
                    "RS512" => &signature::RSA_PKCS1_SHA512,
                    "PS256" => &signature::RSA_PSS_SHA256,
                    "PS384" => &signature::RSA_PSS_SHA384,
                    "PS512" => &signature::RSA_PSS_SHA512,
                    _ => &signature::RSA_PKCS1_SHA256,
                };
                let mut sig = vec![0u8; key.public_modulus_len()];
                key.sign(pad, &rng, input, &mut sig).unwrap();
                sig
            }
            Secret::Ec(key) => key.sign(&rng, input).unwrap().as_ref().to_vec(),
            Secret::Ed(key) => key.sign(input).as_ref().to_vec(),
        }
    }

    /// A compact JWS of `claims` with `header` (its `alg` defaults to the signer's, its `kid`
    /// to the JWK's).
    pub fn token_with(&self, mut header: Value, claims: &Value) -> String {
        if header.get("alg").is_none() {
            header["alg"] = self.alg.into();
        }
        if header.get("kid").is_none()
            && let Some(kid) = self.kid()
        {
            header["kid"] = kid.into();
        }
        let alg = header["alg"].as_str().unwrap_or(self.alg).to_string();
        let input = format!(
            "{}.{}",
            b64(header.to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        );
        let sig = self.sign_raw(&alg, input.as_bytes());
        format!("{input}.{}", b64(&sig))
    }

    pub fn token(&self, claims: &Value) -> String {
        self.token_with(json!({}), claims)
    }
}

/// A JWKS of the signers' public JWKs.
pub fn jwks(signers: &[&Signer]) -> Value {
    json!({"keys": signers.iter().map(|s| s.jwk.clone()).collect::<Vec<_>>()})
}
