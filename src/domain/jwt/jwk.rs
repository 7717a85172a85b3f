//! JSON Web Keys (RFC 7517) as verification keys: parsed once, each bound to what it may verify.

use super::Alg;
use crate::error::escape;
use aws_lc_rs::{hmac, signature};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

/// The curve (or key family) a key belongs to; an algorithm fits exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    Oct,
    Rsa,
    P256,
    P384,
    Ed25519,
}

/// One usable verification key, with its material ready for the algorithms it fits.
pub struct Key {
    pub kid: Option<String>,
    /// The JWK's own `alg`: when present, the only algorithm this key verifies (RFC 7517 §4.4).
    pub alg: Option<Alg>,
    pub family: Family,
    /// `use`/`key_ops` allow verification.
    pub verifies: bool,
    material: Material,
    /// The public JWK as given, for `authorizer keys` (an `oct` key's `k` is left out).
    pub public: Map<String, Value>,
    /// Tried for a token that names no kid (a vault key: only its newest version).
    pub without_kid: bool,
}

enum Material {
    Secret(Vec<u8>),
    /// Parsed per algorithm up front (RSA: PKCS#1 v1.5 and PSS with each hash).
    Public(Vec<(Alg, signature::ParsedPublicKey)>),
}

/// Why a JWK is not usable; keys like this are skipped (a provider's set may hold encryption
/// keys or curves we do not verify) and reported by `authorizer create`.
#[derive(Debug, PartialEq, Eq)]
pub struct Skipped {
    pub kid: Option<String>,
    pub why: String,
}

/// A key set: the usable keys, and what was skipped and why.
pub struct KeySet {
    pub keys: Vec<Key>,
    pub skipped: Vec<Skipped>,
}

impl KeySet {
    /// Parses a key set published at a URL: a public document cannot hold a secret, so a
    /// symmetric (`oct`) key in it is skipped, never used (whoever can serve or plant the
    /// document would otherwise mint tokens that verify).
    pub fn parse_public(json: &[u8]) -> Result<KeySet, String> {
        let mut set = KeySet::parse(json)?;
        let (secret, public): (Vec<Key>, Vec<Key>) =
            set.keys.into_iter().partition(|k| k.family == Family::Oct);
        set.keys = public;
        set.skipped.extend(secret.into_iter().map(|k| Skipped {
            kid: k.kid,
            why: "a symmetric (oct) key in a key set fetched from a URL is never used: a public document cannot hold a secret".into(),
        }));
        Ok(set)
    }

    /// Parses a JWKS document (`{"keys": [...]}`). Only the document's shape can fail; single
    /// keys that cannot verify are skipped with a reason.
    pub fn parse(json: &[u8]) -> Result<KeySet, String> {
        let doc: Value = serde_json::from_slice(json).map_err(|e| format!("not JSON: {e}"))?;
        let keys = doc
            .get("keys")
            .and_then(Value::as_array)
            .ok_or("not a JWK Set: no \"keys\" array")?;
        let mut set = KeySet {
            keys: Vec::new(),
            skipped: Vec::new(),
        };
        for k in keys {
            let obj = k
                .as_object()
                .ok_or("a key in \"keys\" is not a JSON object")?;
            match Key::from_jwk(obj) {
                Ok(key) => set.keys.push(key),
                Err(why) => set.skipped.push(Skipped {
                    kid: obj.get("kid").and_then(Value::as_str).map(str::to_owned),
                    why,
                }),
            }
        }
        Ok(set)
    }

    /// The algorithms the keys declare (their `alg`, or the only one their curve has), sorted;
    /// `None` when a key (RSA, oct) leaves its algorithm open, so the caller must name them.
    pub fn declared_algs(&self) -> Option<Vec<Alg>> {
        let mut algs = Vec::new();
        for k in self.keys.iter().filter(|k| k.verifies) {
            let alg = k.alg.or(match k.family {
                Family::P256 => Some(Alg::ES256),
                Family::P384 => Some(Alg::ES384),
                Family::Ed25519 => Some(Alg::EdDSA),
                Family::Oct | Family::Rsa => None,
            })?;
            if !algs.contains(&alg) {
                algs.push(alg);
            }
        }
        algs.sort();
        Some(algs)
    }

    /// Whether an HMAC secret (kty oct) leaves its algorithm open.
    pub fn has_secret_without_alg(&self) -> bool {
        self.keys
            .iter()
            .any(|k| k.verifies && k.alg.is_none() && matches!(k.family, Family::Oct))
    }

    /// The set as a JWKS for people and scripts, secrets left out.
    pub fn public_jwks(&self) -> Value {
        let keys: Vec<Value> = self
            .keys
            .iter()
            .map(|k| Value::Object(k.public.clone()))
            .collect();
        serde_json::json!({ "keys": keys })
    }
}

fn b64(obj: &Map<String, Value>, name: &str) -> Result<Vec<u8>, String> {
    let text = obj
        .get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("no \"{name}\" string"))?;
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| format!("\"{name}\" is not base64url"))
}

impl Key {
    fn from_jwk(obj: &Map<String, Value>) -> Result<Key, String> {
        let kid = match obj.get("kid") {
            None => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => return Err("\"kid\" is not a string".into()),
        };
        let alg = match obj.get("alg") {
            None => None,
            Some(Value::String(s)) => Some(Alg::parse(s).ok_or_else(|| {
                format!(
                    "its \"alg\" {} is not a supported signature algorithm",
                    escape(s)
                )
            })?),
            Some(_) => return Err("\"alg\" is not a string".into()),
        };
        let verifies = allows_verify(obj)?;
        let kty = obj
            .get("kty")
            .and_then(Value::as_str)
            .ok_or("no \"kty\" string")?;
        let mut public = obj.clone();
        let (family, material) = match kty {
            "oct" => {
                let k = b64(obj, "k")?;
                public.remove("k");
                (Family::Oct, Material::Secret(k))
            }
            "RSA" => {
                let n = b64(obj, "n")?;
                let e = b64(obj, "e")?;
                // RFC 7518 §3.3: 2048 bits at least; the library checks again when verifying.
                let bits = n.iter().skip_while(|b| **b == 0).count() * 8;
                if !(2048..=8192).contains(&bits) {
                    return Err("an RSA key must have 2048 to 8192 bits".into());
                }
                let parts = signature::RsaPublicKeyComponents {
                    n: n.as_slice(),
                    e: e.as_slice(),
                };
                let mut parsed = Vec::new();
                for alg in Alg::ALL.iter().filter(|a| a.family() == Family::Rsa) {
                    let key = parts
                        .to_parsed_public_key(alg.rsa_params())
                        .map_err(|e| format!("not a valid RSA public key ({e})"))?;
                    parsed.push((*alg, key));
                }
                (Family::Rsa, Material::Public(parsed))
            }
            "EC" => {
                let crv = obj.get("crv").and_then(Value::as_str).unwrap_or("");
                let (family, alg, size) = match crv {
                    "P-256" => (Family::P256, Alg::ES256, 32),
                    "P-384" => (Family::P384, Alg::ES384, 48),
                    other => return Err(format!("curve {} is not supported", escape(other))),
                };
                let (x, y) = (b64(obj, "x")?, b64(obj, "y")?);
                if x.len() != size || y.len() != size {
                    return Err(format!("\"x\" and \"y\" must be {size} bytes for {crv}"));
                }
                let point = [&[4u8][..], &x, &y].concat();
                let key = signature::ParsedPublicKey::new(alg.ecdsa(), point)
                    .map_err(|_| format!("not a point on {crv}"))?;
                (family, Material::Public(vec![(alg, key)]))
            }
            "OKP" => {
                let crv = obj.get("crv").and_then(Value::as_str).unwrap_or("");
                if crv != "Ed25519" {
                    return Err(format!("curve {} is not supported", escape(crv)));
                }
                let x = b64(obj, "x")?;
                if x.len() != 32 {
                    return Err("\"x\" must be 32 bytes for Ed25519".into());
                }
                let key = signature::ParsedPublicKey::new(&signature::ED25519, x)
                    .map_err(|_| "not an Ed25519 public key".to_string())?;
                (Family::Ed25519, Material::Public(vec![(Alg::EdDSA, key)]))
            }
            other => return Err(format!("key type {} is not supported", escape(other))),
        };
        if let Some(a) = alg
            && a.family() != family
        {
            return Err(format!("its \"alg\" {a} does not fit its key type"));
        }
        Ok(Key {
            kid,
            alg,
            family,
            verifies,
            material,
            public,
            without_kid: true,
        })
    }

    /// Whether this key may verify `alg`: its family, its own `alg`, and (HMAC) a secret at
    /// least as long as the hash output (RFC 8725 §3.5).
    pub fn fits(&self, alg: Alg) -> bool {
        alg.family() == self.family
            && self.alg.is_none_or(|a| a == alg)
            && match &self.material {
                Material::Secret(k) => k.len() >= alg.hash_len(),
                Material::Public(_) => true,
            }
    }

    /// Checks `sig` over `input` with `alg`; the caller has checked `fits`.
    pub fn verify(&self, alg: Alg, input: &[u8], sig: &[u8]) -> bool {
        match &self.material {
            Material::Secret(k) => hmac::verify(&hmac::Key::new(alg.hmac(), k), input, sig).is_ok(),
            Material::Public(keys) => {
                if matches!(alg, Alg::ES256 | Alg::ES384) && !ecdsa_in_range(alg, sig) {
                    return false;
                }
                keys.iter()
                    .find(|(a, _)| *a == alg)
                    .is_some_and(|(_, key)| key.verify_sig(input, sig).is_ok())
            }
        }
    }
}

/// `use` must be `sig` when present and `key_ops` must include `verify` when present.
fn allows_verify(obj: &Map<String, Value>) -> Result<bool, String> {
    let use_ok = match obj.get("use") {
        None => true,
        Some(Value::String(u)) => u == "sig",
        Some(_) => return Err("\"use\" is not a string".into()),
    };
    let ops_ok = match obj.get("key_ops") {
        None => true,
        Some(Value::Array(ops)) => ops.iter().any(|o| o.as_str() == Some("verify")),
        Some(_) => return Err("\"key_ops\" is not an array".into()),
    };
    Ok(use_ok && ops_ok)
}

pub(super) const P256_N: [u8; 32] =
    hex(b"FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551");
pub(super) const P384_N: [u8; 48] = hex(
    b"FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFC7634D81F4372DDF581A0DB248B0A77AECEC196ACCC52973",
);

/// An ECDSA signature must be exactly r‖s of the curve's size with 0 < r, s < n. The library
/// checks this too; checking it here keeps the rule visible and independent of it
/// (CVE-2022-21449 accepted r = s = 0).
pub(super) fn ecdsa_in_range(alg: Alg, sig: &[u8]) -> bool {
    let n: &[u8] = if alg == Alg::ES256 { &P256_N } else { &P384_N };
    if sig.len() != 2 * n.len() {
        return false;
    }
    let (r, s) = sig.split_at(n.len());
    [r, s].iter().all(|v| v.iter().any(|b| *b != 0) && *v < n)
}

const fn nibble(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'A'..=b'F' => c - b'A' + 10,
        _ => panic!("not an upper-case hex digit"),
    }
}

/// Upper-case hex to bytes, at compile time.
const fn hex<const N: usize>(h: &[u8]) -> [u8; N] {
    assert!(h.len() == 2 * N);
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        out[i] = (nibble(h[2 * i]) << 4) | nibble(h[2 * i + 1]);
        i += 1;
    }
    out
}
