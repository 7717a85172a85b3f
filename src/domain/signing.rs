//! Signing keys of the vault: key pairs made with aws-lc-rs (the crypto rustls already uses),
//! kept as PKCS#8 PEM, and their public halves as JWK (RFC 7517/7518/8037) or SPKI PEM.

use crate::error::{Error, Result};
use aws_lc_rs::encoding::{AsDer, Pkcs8V1Der, PublicKeyX509Der};
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair, RsaKeyPair,
};
use base64::Engine;
use serde_json::{Value, json};

/// The JWS algorithms `vault generate` makes keys for.
pub const ALGS: [&str; 3] = ["ES256", "EdDSA", "RS256"];

/// A new key pair for `alg`, as PKCS#8 PEM.
pub fn generate(alg: &str) -> Result<Vec<u8>> {
    let failed = |_| Error::failure(format!("cannot generate an {alg} key"));
    let der: Vec<u8> = match alg {
        "ES256" => EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING)
            .and_then(|k| k.to_pkcs8v1())
            .map_err(failed)?
            .as_ref()
            .to_vec(),
        "EdDSA" => Ed25519KeyPair::generate()
            .and_then(|k| k.to_pkcs8v1())
            .map_err(failed)?
            .as_ref()
            .to_vec(),
        "RS256" => {
            let k = RsaKeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).map_err(failed)?;
            let der: Pkcs8V1Der = k.as_der().map_err(failed)?;
            der.as_ref().to_vec()
        }
        _ => {
            return Err(
                Error::usage(format!("unknown algorithm {alg}")).hint("use ES256, EdDSA or RS256")
            );
        }
    };
    Ok(pem("PRIVATE KEY", &der).into_bytes())
}

/// A parsed private key: its algorithm and its public half.
pub struct PublicKey {
    pub alg: &'static str,
    jwk: Value,
    spki: Vec<u8>,
}

impl PublicKey {
    /// The public JWK with `kid`, `alg` and `use: sig`.
    pub fn jwk(&self, kid: &str) -> Value {
        let mut j = self.jwk.clone();
        j["kid"] = kid.into();
        j["alg"] = self.alg.into();
        j["use"] = "sig".into();
        j
    }

    /// SubjectPublicKeyInfo as PEM.
    pub fn pem(&self) -> String {
        pem("PUBLIC KEY", &self.spki)
    }
}

fn not_a_key() -> Error {
    Error::usage("the value is not a PKCS#8 private key (Ed25519, ECDSA P-256 or RSA)")
        .hint("make one with: authz vault generate NAME --alg ES256|EdDSA|RS256")
}

/// The DER of a PKCS#8 PEM (or DER) private key.
fn der_of(private: &[u8]) -> Result<Vec<u8>> {
    Ok(match std::str::from_utf8(private) {
        Ok(text) if text.contains("-----BEGIN PRIVATE KEY-----") => {
            let body: String = text
                .lines()
                .skip_while(|l| !l.starts_with("-----BEGIN PRIVATE KEY-----"))
                .skip(1)
                .take_while(|l| !l.starts_with("-----END"))
                .collect();
            base64::engine::general_purpose::STANDARD
                .decode(body.trim())
                .map_err(|_| not_a_key())?
        }
        _ => private.to_vec(),
    })
}

/// Whether `value` looks like a private key (PEM) rather than raw bytes (an HMAC secret).
pub fn is_pem(value: &[u8]) -> bool {
    value.windows(11).any(|w| w == b"-----BEGIN ")
}

/// The public half of a PKCS#8 PEM (or DER) private key: Ed25519, ECDSA P-256 or RSA.
pub fn public_key(private: &[u8]) -> Result<PublicKey> {
    let der = der_of(private)?;
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    let spki = |d: std::result::Result<PublicKeyX509Der, _>| -> Result<Vec<u8>> {
        d.map(|d| d.as_ref().to_vec())
            .map_err(|_: aws_lc_rs::error::Unspecified| not_a_key())
    };
    if let Ok(k) = Ed25519KeyPair::from_pkcs8(&der) {
        return Ok(PublicKey {
            alg: "EdDSA",
            jwk: json!({ "kty": "OKP", "crv": "Ed25519", "x": b64(k.public_key().as_ref()) }),
            spki: spki(k.public_key().as_der())?,
        });
    }
    if let Ok(k) = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &der) {
        let point = k.public_key().as_ref();
        // Uncompressed: 0x04 || x || y, 32 bytes each.
        if point.len() != 65 {
            return Err(not_a_key());
        }
        return Ok(PublicKey {
            alg: "ES256",
            jwk: json!({ "kty": "EC", "crv": "P-256", "x": b64(&point[1..33]), "y": b64(&point[33..]) }),
            spki: spki(k.public_key().as_der())?,
        });
    }
    if let Ok(k) = RsaKeyPair::from_pkcs8(&der) {
        let p = k.public_key();
        let (n, e) = rsa_public(p.as_ref()).ok_or_else(not_a_key)?;
        return Ok(PublicKey {
            alg: "RS256",
            jwk: json!({ "kty": "RSA", "n": b64(n), "e": b64(e) }),
            spki: spki(p.as_der())?,
        });
    }
    Err(not_a_key())
}

/// Signs `input` (a JWS signing input) with a PKCS#8 private key as `alg` expects: ES256 as
/// r||s, EdDSA, RS256 (PKCS#1 v1.5).
pub fn sign(private: &[u8], input: &[u8]) -> Result<Vec<u8>> {
    let alg = public_key(private)?.alg;
    let der = der_of(private)?;
    let rng = aws_lc_rs::rand::SystemRandom::new();
    let failed = |_| Error::failure(format!("cannot sign with the {alg} key"));
    Ok(match alg {
        "EdDSA" => Ed25519KeyPair::from_pkcs8(&der)
            .map_err(|_| Error::failure("cannot read the EdDSA key"))?
            .sign(input)
            .as_ref()
            .to_vec(),
        "ES256" => EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &der)
            .map_err(|_| Error::failure("cannot read the ES256 key"))?
            .sign(&rng, input)
            .map_err(failed)?
            .as_ref()
            .to_vec(),
        _ => {
            let k = RsaKeyPair::from_pkcs8(&der)
                .map_err(|_| Error::failure("cannot read the RS256 key"))?;
            let mut sig = vec![0; k.public_modulus_len()];
            k.sign(
                &aws_lc_rs::signature::RSA_PKCS1_SHA256,
                &rng,
                input,
                &mut sig,
            )
            .map_err(failed)?;
            sig
        }
    })
}

/// `n` and `e` of an RFC 8017 `RSAPublicKey` (DER: a SEQUENCE of two INTEGERs), without
/// leading zero bytes, as JWK wants them.
fn rsa_public(der: &[u8]) -> Option<(&[u8], &[u8])> {
    fn tlv(b: &[u8], tag: u8) -> Option<(&[u8], &[u8])> {
        let (&t, rest) = b.split_first()?;
        if t != tag {
            return None;
        }
        let (&first, rest) = rest.split_first()?;
        let (len, rest) = if first < 0x80 {
            (usize::from(first), rest)
        } else {
            let n = usize::from(first & 0x7f);
            if n == 0 || n > 4 || rest.len() < n {
                return None;
            }
            let len = rest[..n]
                .iter()
                .fold(0usize, |a, &x| (a << 8) | usize::from(x));
            (len, &rest[n..])
        };
        (rest.len() >= len).then(|| (&rest[..len], &rest[len..]))
    }
    fn strip(i: &[u8]) -> &[u8] {
        let zeros = i.iter().take_while(|&&b| b == 0).count();
        &i[zeros.min(i.len().saturating_sub(1))..]
    }
    let (seq, _) = tlv(der, 0x30)?;
    let (n, rest) = tlv(seq, 0x02)?;
    let (e, _) = tlv(rest, 0x02)?;
    Some((strip(n), strip(e)))
}

fn pem(label: &str, der: &[u8]) -> String {
    let b64 = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in b64.as_bytes().chunks(64) {
        out.push_str(std::str::from_utf8(chunk).expect("base64 is ASCII"));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_lc_rs::signature::{
        ECDSA_P256_SHA256_FIXED, ED25519, RSA_PKCS1_2048_8192_SHA256, UnparsedPublicKey,
    };

    /// A key made here signs, and its JWK's public half verifies that signature.
    #[test]
    fn generated_keys_round_trip_and_their_public_halves_verify() {
        let msg = b"header.payload";
        for alg in ALGS {
            let pem = generate(alg).unwrap();
            let text = String::from_utf8(pem.clone()).unwrap();
            assert!(text.starts_with("-----BEGIN PRIVATE KEY-----\n"), "{text}");
            let public = public_key(&pem).unwrap();
            assert_eq!(public.alg, alg);
            let jwk = public.jwk("k-v1");
            assert_eq!(jwk["kid"], "k-v1");
            assert_eq!(jwk["use"], "sig");
            assert_eq!(jwk["alg"], alg);
            assert!(jwk.get("d").is_none(), "a private part in {jwk}");
            assert!(public.pem().starts_with("-----BEGIN PUBLIC KEY-----\n"));
            let der = base64::engine::general_purpose::STANDARD
                .decode(
                    text.lines()
                        .filter(|l| !l.starts_with("-----"))
                        .collect::<String>(),
                )
                .unwrap();
            let rng = aws_lc_rs::rand::SystemRandom::new();
            let sig: Vec<u8> = match alg {
                "ES256" => EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &der)
                    .unwrap()
                    .sign(&rng, msg)
                    .unwrap()
                    .as_ref()
                    .to_vec(),
                "EdDSA" => Ed25519KeyPair::from_pkcs8(&der)
                    .unwrap()
                    .sign(msg)
                    .as_ref()
                    .to_vec(),
                _ => {
                    let k = RsaKeyPair::from_pkcs8(&der).unwrap();
                    let mut sig = vec![0; k.public_modulus_len()];
                    k.sign(&aws_lc_rs::signature::RSA_PKCS1_SHA256, &rng, msg, &mut sig)
                        .unwrap();
                    sig
                }
            };
            // Verify with the key rebuilt from the JWK alone.
            let part = |f: &str| {
                base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .decode(jwk[f].as_str().unwrap())
                    .unwrap()
            };
            let ok = match alg {
                "ES256" => {
                    let point = [vec![4], part("x"), part("y")].concat();
                    UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, &point).verify(msg, &sig)
                }
                "EdDSA" => UnparsedPublicKey::new(&ED25519, &part("x")).verify(msg, &sig),
                _ => aws_lc_rs::signature::RsaPublicKeyComponents {
                    n: part("n"),
                    e: part("e"),
                }
                .verify(&RSA_PKCS1_2048_8192_SHA256, msg, &sig),
            };
            assert!(ok.is_ok(), "{alg}: signature does not verify");
        }
    }

    #[test]
    fn anything_but_a_private_key_is_refused() {
        for bad in [
            &b"hunter2"[..],
            b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
        ] {
            assert_eq!(public_key(bad).err().unwrap().code(), 2);
        }
    }
}
