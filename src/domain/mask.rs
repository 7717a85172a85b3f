//! `authz run --mask`: a streaming filter that replaces every secret value (and its base64 and
//! URL-encoded forms) in a command's output with `<concealed by authz>`. It holds back only
//! the bytes at the end of what it has seen that could be the start of a secret (never a whole
//! line), so output flows as it comes and a secret split across two writes is still caught.
//! Pure: bytes in, bytes out.

use base64::Engine;

pub const CONCEALED: &[u8] = b"<concealed by authz>";

/// Values shorter than this are not masked: they would conceal ordinary words and numbers.
pub const MIN_LEN: usize = 6;

/// The forms a value is masked in: as is, base64 (standard and URL-safe, with and without
/// padding) and percent-encoded (as in a URL or a form body).
pub fn forms(value: &[u8]) -> Vec<Vec<u8>> {
    if value.len() < MIN_LEN {
        return Vec::new();
    }
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    let mut out = vec![value.to_vec()];
    for engine in [&STANDARD, &STANDARD_NO_PAD, &URL_SAFE, &URL_SAFE_NO_PAD] {
        out.push(engine.encode(value).into_bytes());
    }
    let percent: String = value
        .iter()
        .map(|&b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect();
    out.push(percent.into_bytes());
    out.sort();
    out.dedup();
    out
}

/// One output stream's filter.
#[derive(Clone, Default)]
pub struct Masker {
    patterns: Vec<Vec<u8>>,
    held: Vec<u8>,
}

impl Masker {
    /// Masks `value` (in all its `forms`) from now on.
    pub fn add(&mut self, value: &[u8]) {
        for f in forms(value) {
            if !self.patterns.contains(&f) {
                self.patterns.push(f);
            }
        }
        // Longest first: a value that contains another is concealed whole.
        self.patterns.sort_by_key(|p| std::cmp::Reverse(p.len()));
    }

    /// Takes `chunk`; returns what may be written now.
    pub fn push(&mut self, chunk: &[u8]) -> Vec<u8> {
        self.held.extend_from_slice(chunk);
        let mut out = Vec::with_capacity(self.held.len());
        let mut rest: &[u8] = &self.held;
        while let Some((at, len)) = self.first_match(rest) {
            out.extend_from_slice(&rest[..at]);
            out.extend_from_slice(CONCEALED);
            rest = &rest[at + len..];
        }
        let keep = self.unfinished_suffix(rest);
        out.extend_from_slice(&rest[..rest.len() - keep]);
        self.held = rest[rest.len() - keep..].to_vec();
        out
    }

    /// The end of the stream: what is still held is no secret (a secret would have matched).
    pub fn finish(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.held)
    }

    fn first_match(&self, hay: &[u8]) -> Option<(usize, usize)> {
        self.patterns
            .iter()
            .filter_map(|p| memchr::memmem::find(hay, p).map(|at| (at, p.len())))
            .min_by_key(|(at, len)| (*at, std::cmp::Reverse(*len)))
    }

    /// How many bytes at the end of `hay` are the beginning of some pattern (and so must wait
    /// for the next chunk).
    fn unfinished_suffix(&self, hay: &[u8]) -> usize {
        let longest = self.patterns.iter().map(Vec::len).max().unwrap_or(0);
        let from = hay.len().saturating_sub(longest.saturating_sub(1));
        (from..hay.len())
            .find(|&i| {
                let tail = &hay[i..];
                self.patterns.iter().any(|p| p.starts_with(tail))
            })
            .map_or(0, |i| hay.len() - i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(m: &mut Masker, chunks: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        for c in chunks {
            out.extend(m.push(c));
        }
        out.extend(m.finish());
        out
    }

    #[test]
    fn a_secret_is_concealed_plain_base64_and_url_encoded_even_split_across_writes() {
        let mut m = Masker::default();
        m.add(b"s3cr3t/token+value");
        let b64 = base64::engine::general_purpose::STANDARD.encode("s3cr3t/token+value");
        let input = format!("a s3cr3t/token+value b {b64} c s3cr3t%2Ftoken%2Bvalue d\n");
        let whole = run(&mut m, &[input.as_bytes()]);
        assert_eq!(
            String::from_utf8(whole).unwrap(),
            "a <concealed by authz> b <concealed by authz> c <concealed by authz> d\n"
        );
        // Split at every position: the same output.
        for cut in 0..input.len() {
            let (x, y) = input.as_bytes().split_at(cut);
            assert_eq!(
                String::from_utf8(run(&mut m, &[x, y])).unwrap(),
                "a <concealed by authz> b <concealed by authz> c <concealed by authz> d\n",
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn only_a_possible_start_of_a_secret_is_held_back() {
        let mut m = Masker::default();
        m.add(b"abcdefgh");
        assert_eq!(m.push(b"hello ab"), b"hello ");
        assert_eq!(m.push(b"x"), b"abx");
        assert_eq!(m.push(b"no secret here\n"), b"no secret here\n");
        assert_eq!(m.finish(), b"");
    }

    #[test]
    fn short_values_are_not_masked() {
        let mut m = Masker::default();
        m.add(b"1");
        assert_eq!(run(&mut m, &[b"1 2 3"]), b"1 2 3");
    }
}
