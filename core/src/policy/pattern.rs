//! Regex sources in a policy. Their syntax is checked when the policy is
//! read, so a typo is reported at its line; the scanner compiles them with
//! the same parser settings ([`syntax()`]).

use crate::error::{Error, ErrorKind};
use regex_automata::util::syntax;
use regex_syntax::hir::Hir;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How every regex of a policy is parsed: bytes, ASCII classes (`\w`, `(?i)`)
/// unless a pattern asks for Unicode with `(?u:...)`.
pub(crate) fn syntax() -> syntax::Config {
    syntax::Config::new().unicode(false).utf8(false)
}

/// A pattern's syntax tree, parsed as the scanner compiles it; the error is
/// `invalid regex: ` and the parser's explanation.
pub(crate) fn parse(source: &str) -> Result<Hir, String> {
    syntax::parse_with(source, &syntax()).map_err(|e| {
        let why = match &e {
            regex_syntax::Error::Parse(e) => e.kind().to_string(),
            regex_syntax::Error::Translate(e) => e.kind().to_string(),
            _ => "unsupported syntax".to_string(),
        };
        format!("invalid regex: {why}")
    })
}

/// A regex source whose syntax was checked when the policy was read,
/// so a typo is reported with the line and column of the policy file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern(String);

impl Pattern {
    /// Checks the syntax of `source` as tiergate compiles it (ASCII classes by default).
    ///
    /// # Errors
    /// `policy_invalid` with the regex parser's explanation.
    pub fn new(source: &str) -> Result<Pattern, Error> {
        check_regex_syntax(source).map_err(|m| Error::new(ErrorKind::PolicyInvalid, m))?;
        Ok(Pattern(source.to_string()))
    }

    /// The regex source.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn check_regex_syntax(source: &str) -> Result<(), String> {
    parse(source).map(|_| ())
}

impl Serialize for Pattern {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pattern, D::Error> {
        let s = String::deserialize(d)?;
        check_regex_syntax(&s).map_err(serde::de::Error::custom)?;
        Ok(Pattern(s))
    }
}
