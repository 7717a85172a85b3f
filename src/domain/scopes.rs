//! OAuth scope sets: parsed from space- or comma-separated text, kept sorted and unique.

use serde::{Serialize, Serializer};
use std::collections::BTreeSet;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scopes(BTreeSet<String>);

impl Scopes {
    /// Parses `"a b,c"`; empty pieces are dropped.
    pub fn parse(text: &str) -> Scopes {
        Scopes(
            text.split([' ', ','])
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    }
    pub fn from_list<S: AsRef<str>>(items: &[S]) -> Scopes {
        Scopes(
            items
                .iter()
                .flat_map(|s| Scopes::parse(s.as_ref()).0)
                .collect(),
        )
    }
    pub fn contains(&self, scope: &str) -> bool {
        self.0.contains(scope)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
    pub fn insert(&mut self, scope: &str) {
        self.0.insert(scope.to_owned());
    }
    /// Space-separated, the OAuth wire form and the stored form.
    pub fn to_text(&self) -> String {
        self.iter().collect::<Vec<_>>().join(" ")
    }
}

impl Serialize for Scopes {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl std::fmt::Display for Scopes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_text())
    }
}

/// The scopes in `required` that `granted` does not cover, sorted.
pub fn missing_scopes(granted: &Scopes, required: &Scopes) -> Vec<String> {
    required
        .iter()
        .filter(|s| !granted.contains(s))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_spaces_and_commas_and_dedups() {
        let s = Scopes::parse("b a,, b  c");
        assert_eq!(s.to_text(), "a b c");
    }

    #[test]
    fn missing_lists_exactly_the_uncovered() {
        let granted = Scopes::parse("openid workflows:read");
        let required = Scopes::parse("workflows:read network:write admin");
        assert_eq!(
            missing_scopes(&granted, &required),
            vec!["admin", "network:write"]
        );
        assert!(missing_scopes(&granted, &Scopes::default()).is_empty());
    }
}
