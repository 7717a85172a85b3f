//! `Secret<T>`: the redacting wrapper. A base module, so that the store (a PostgreSQL
//! password), the provider client (tokens) and the secret backends all use it without depending
//! on each other.

use std::fmt;

/// A value that must not reach a log, an error message or the terminal by accident: Debug and
/// Display print `REDACTED`; only `expose()` gives it out, so every use is greppable.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret<T>(T);

impl<T> Secret<T> {
    pub fn new(value: T) -> Secret<T> {
        Secret(value)
    }
    pub fn expose(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Secret<T> {
    fn from(value: T) -> Self {
        Secret(value)
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("REDACTED")
    }
}

impl<T> fmt::Display for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("REDACTED")
    }
}

/// Byte-for-byte equality whose time does not depend on where the bytes differ: for comparing
/// what came back (a `state`, a `nonce`) with the secret we sent.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
