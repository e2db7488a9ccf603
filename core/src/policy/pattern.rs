//! Regex sources in a policy. Their syntax is checked when the policy is
//! read, so a typo is reported at its line; the scanner compiles them with
//! the same parser settings ([`syntax()`]).

use crate::error::{Error, ErrorKind};
use regex_automata::util::syntax;
use regex_syntax::hir::Hir;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::sync::Arc;

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
/// so a typo is reported with the line and column of the policy file. The
/// syntax tree of that check is kept: the scanner compiles from it.
#[derive(Clone)]
pub struct Pattern {
    source: String,
    hir: Arc<Hir>,
}

impl Pattern {
    /// Checks the syntax of `source` as tiergate compiles it (ASCII classes by default).
    ///
    /// # Errors
    /// `policy_invalid` with the regex parser's explanation.
    pub fn new(source: &str) -> Result<Pattern, Error> {
        Pattern::parsed(source.to_string()).map_err(|m| Error::new(ErrorKind::PolicyInvalid, m))
    }

    fn parsed(source: String) -> Result<Pattern, String> {
        let hir = Arc::new(parse(&source)?);
        Ok(Pattern { source, hir })
    }

    /// The regex source.
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// The syntax tree, as the scanner compiles it.
    pub(crate) fn hir(&self) -> &Arc<Hir> {
        &self.hir
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Pattern) -> bool {
        self.source == other.source
    }
}

impl Eq for Pattern {}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Pattern").field(&self.source).finish()
    }
}

impl Serialize for Pattern {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pattern, D::Error> {
        Pattern::parsed(String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}
