//! Reading a policy: TOML or JSON text, a file, a signed text, the built-in
//! policy. Every way in goes through one deserialiser and the semantic checks
//! (`check`), and errors point at the line and column of the offending item.

use super::extend::{self, Base, MAX_EXTENDS_DEPTH};
use super::{Policy, TomlSource, BUILTIN_POLICY_TOML};
use crate::error::{Error, ErrorKind, Location};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

impl Policy {
    /// The embedded default policy: the four-tier framework for Claude deployments.
    pub fn builtin() -> Policy {
        static BUILTIN: OnceLock<Policy> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Policy::from_toml(BUILTIN_POLICY_TOML).expect("built-in policy is valid")
            })
            .clone()
    }

    /// The commented TOML source of the built-in policy (`tiergate policy show`).
    pub fn builtin_source() -> &'static str {
        BUILTIN_POLICY_TOML
    }

    /// Reads a policy from TOML.
    ///
    /// # Errors
    /// `policy_parse` for syntax or schema errors and `policy_invalid` for
    /// inconsistencies, both with the line and column when known.
    ///
    /// # Example
    /// ```
    /// let src = tiergate::Policy::builtin_source().replace("revision = \"", "revision = \"x-");
    /// let policy = tiergate::Policy::from_toml(&src)?;
    /// assert!(policy.revision.starts_with("x-"));
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn from_toml(source: &str) -> Result<Policy, Error> {
        within_limits(source)?;
        Policy::from_document(toml_document(source)?, Some(source))
    }

    /// Reads a policy from JSON (the same schema as TOML).
    ///
    /// # Errors
    /// As [`Policy::from_toml`].
    pub fn from_json(source: &str) -> Result<Policy, Error> {
        within_limits(source)?;
        Policy::from_document(json_document(source)?, None)
    }

    /// A parsed document as a policy: the base it `extends` (the built-in
    /// policy here; a file only through [`Policy::from_path`]) merged under
    /// it, then deserialised and checked. `toml` locates errors.
    fn from_document(document: Value, toml: Option<&str>) -> Result<Policy, Error> {
        match extend::base_of(&document)? {
            None => typed_policy(document, toml, false),
            Some(Base::Builtin) => {
                typed_policy(extend::merge(builtin_document(), document)?, toml, true)
            }
            Some(Base::File(file)) => Err(Error::new(
                ErrorKind::PolicyInvalid,
                format!(
                    "this policy extends the file `{file}`, which only a policy read from its own file can find: \
                     load it from its file (`--policy FILE`, Policy::from_path)"
                ),
            )
            .with_path("extends")),
        }
    }

    /// Reads a policy from its text, TOML or JSON: text whose first non-blank
    /// character is `{` is JSON, anything else TOML. Bindings use it for a
    /// policy passed as a string.
    ///
    /// # Errors
    /// As [`Policy::from_toml`].
    ///
    /// # Example
    /// ```
    /// let json = tiergate::Policy::builtin().to_json();
    /// assert_eq!(tiergate::Policy::from_text(&json)?.id, tiergate::Policy::builtin().id);
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn from_text(source: &str) -> Result<Policy, Error> {
        if is_json(source) {
            Policy::from_json(source)
        } else {
            Policy::from_toml(source)
        }
    }

    /// [`Policy::from_text`] for a signed policy: the text is accepted only if
    /// `signature` was made over its exact bytes with the secret key of
    /// `public_key` (see [`crate::signing`]). Hosts configured with an
    /// organisation's public key load policies this way.
    ///
    /// # Errors
    /// `policy_signature` when the signature is missing, malformed, from
    /// another key or does not match; otherwise as [`Policy::from_text`].
    pub fn from_signed_text(
        source: &str,
        signature: &str,
        public_key: &str,
    ) -> Result<Policy, Error> {
        crate::signing::verify(source.as_bytes(), signature, public_key)?;
        Policy::from_text(source)
    }

    /// Reads a policy file: [`Policy::from_text`] of its text, so TOML and
    /// JSON are told apart by the same rule as everywhere (text whose first
    /// non-blank character is `{` is JSON), whatever the file is called.
    ///
    /// # Errors
    /// `io` when the file cannot be read or is not UTF-8; otherwise as [`Policy::from_toml`].
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Policy, Error> {
        Policy::from_path_verified(path, |_, _| Ok(()))
    }

    /// [`Policy::from_path`], calling `verify` with each file's path and
    /// text before it is used — the policy and every file it `extends` (a
    /// host checks each one's signature there). A chain of files extending
    /// files is at most [`MAX_EXTENDS_DEPTH`] long and never comes back to a
    /// file; a relative `extends` is relative to the file that names it.
    ///
    /// # Errors
    /// What `verify` returns; `io` for a file that cannot be read;
    /// `policy_invalid` for a cycle or a chain too long; otherwise as
    /// [`Policy::from_toml`], naming the file when it is not the first.
    pub fn from_path_verified(
        path: impl AsRef<Path>,
        mut verify: impl FnMut(&Path, &str) -> Result<(), Error>,
    ) -> Result<Policy, Error> {
        let path = path.as_ref();
        let text = Policy::read_file(path)?;
        verify(path, &text)?;
        within_limits(&text)?;
        let document = text_document(&text)?;
        let toml = (!is_json(&text)).then_some(text.as_str());
        match extend::base_of(&document)? {
            Some(Base::File(base)) => {
                let mut chain = vec![canonical(path)?];
                let base = extended_file(path, &base, &mut verify, &mut chain)?;
                typed_policy(extend::merge(base, document)?, toml, true)
            }
            _ => Policy::from_document(document, toml),
        }
    }

    /// The text of a policy file, for hosts that check its signature before
    /// loading it ([`Policy::from_signed_text`] over the same text).
    ///
    /// # Errors
    /// `io` when the file cannot be read or is not UTF-8.
    pub fn read_file(path: impl AsRef<std::path::Path>) -> Result<String, Error> {
        let path = path.as_ref();
        std::fs::read_to_string(path).map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!("cannot read policy {}: {e}", path.display()),
            )
        })
    }

    /// Attaches the line and column of `err`'s policy path, when the policy came from TOML.
    pub(crate) fn locate(&self, err: Error) -> Error {
        match (&self.toml_source.0, err.location()) {
            (Some(src), None) => {
                let loc = err.path().and_then(|p| locate_toml_path(src, p));
                err.at(loc)
            }
            _ => err,
        }
    }
}

/// Whether a policy text is JSON: its first non-blank character is `{`.
fn is_json(source: &str) -> bool {
    source.trim_start().starts_with('{')
}

/// A TOML policy text as a document.
fn toml_document(source: &str) -> Result<Value, Error> {
    toml::from_str(source).map_err(|e| {
        let kind = parse_or_invalid(e.message());
        Error::new(kind, e.message().trim().to_string())
            .at(e.span().map(|s| Location::of_offset(source, s.start)))
    })
}

/// A JSON policy text as a document.
fn json_document(source: &str) -> Result<Value, Error> {
    serde_json::from_str(source).map_err(|e| {
        let full = e.to_string();
        let msg = full
            .rsplit_once(" at line ")
            .map_or(full.as_str(), |(m, _)| m);
        let loc = (e.line() > 0).then_some(Location {
            line: e.line(),
            column: e.column(),
        });
        Error::new(parse_or_invalid(msg), msg.to_string()).at(loc)
    })
}

fn text_document(source: &str) -> Result<Value, Error> {
    if is_json(source) {
        json_document(source)
    } else {
        toml_document(source)
    }
}

/// The built-in policy as a document, the base of `extends = "builtin"`.
fn builtin_document() -> Value {
    static DOCUMENT: OnceLock<Value> = OnceLock::new();
    DOCUMENT
        .get_or_init(|| toml_document(BUILTIN_POLICY_TOML).expect("built-in policy parses"))
        .clone()
}

/// A document deserialised into a policy and checked. Errors are located in
/// `toml` by their path — for a merged policy (`extended`) only outside
/// `rules` and `destinations`, whose indices are the merged list's.
fn typed_policy(document: Value, toml: Option<&str>, extended: bool) -> Result<Policy, Error> {
    let mut policy: Policy = typed(document).map_err(|(path, message)| {
        let listed = path.starts_with("rules[") || path.starts_with("destinations[");
        let at = toml
            .filter(|_| !(extended && listed))
            .and_then(|src| locate_toml_path(src, &path));
        let e = Error::new(parse_or_invalid(&message), message);
        match (at, toml) {
            (Some(at), _) => e.at(Some(at)),
            (None, Some(_)) if !extended => e.at(Some(Location { line: 1, column: 1 })),
            _ => e.with_path(path),
        }
    })?;
    // A merged policy's paths are the merged document's: not located in the file.
    policy.toml_source = TomlSource(toml.filter(|_| !extended).map(Into::into));
    policy.check().map_err(|e| policy.locate(e))?;
    Ok(policy)
}

/// The document of the file `base` that `from` extends, with what it
/// extends merged under it.
fn extended_file(
    from: &Path,
    base: &str,
    verify: &mut impl FnMut(&Path, &str) -> Result<(), Error>,
    chain: &mut Vec<PathBuf>,
) -> Result<Value, Error> {
    let path = from.parent().unwrap_or(Path::new(".")).join(base);
    let here = canonical(&path)?;
    if chain.contains(&here) {
        return Err(Error::new(
            ErrorKind::PolicyInvalid,
            format!(
                "{} extends itself (through {})",
                path.display(),
                chain.len()
            ),
        )
        .with_path("extends"));
    }
    if chain.len() >= MAX_EXTENDS_DEPTH {
        return Err(Error::new(
            ErrorKind::PolicyInvalid,
            format!("more than {MAX_EXTENDS_DEPTH} policies extend each other"),
        )
        .with_path("extends"));
    }
    chain.push(here);
    let in_file = |e: Error| {
        let message = format!("in {} (extended): {}", path.display(), e.message());
        let e2 = Error::new(e.kind(), message).at(e.location());
        match e.path() {
            Some(p) => e2.with_path(p.to_string()),
            None => e2,
        }
    };
    let text = Policy::read_file(&path)?;
    verify(&path, &text)?;
    within_limits(&text).map_err(in_file)?;
    let document = text_document(&text).map_err(in_file)?;
    match extend::base_of(&document).map_err(in_file)? {
        None => Ok(document),
        Some(Base::Builtin) => extend::merge(builtin_document(), document).map_err(in_file),
        Some(Base::File(next)) => {
            let below = extended_file(&path, &next, verify, chain)?;
            extend::merge(below, document).map_err(in_file)
        }
    }
}

fn canonical(path: &Path) -> Result<PathBuf, Error> {
    path.canonicalize().map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!("cannot read policy {}: {e}", path.display()),
        )
    })
}

/// Deserialises a document already parsed into a JSON value. TOML and JSON
/// policies (and the catalogue) all take this one path, so the schema's large
/// deserialisation code exists once in a build instead of once per format
/// (measured: 61 KB less gzip in the WebAssembly build). Errors give the
/// dotted path of the offending item — for an unknown field, the field's own
/// path — and the message.
pub(crate) fn typed<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let message = e.inner().to_string();
        let mut path = e.path().to_string();
        if let Some(field) = message
            .strip_prefix("unknown field `")
            .and_then(|rest| rest.split('`').next())
        {
            path = if path == "." {
                field.to_string()
            } else {
                format!("{path}.{field}")
            };
        }
        (path, message)
    })
}

/// The largest policy text read, in bytes: far above any real policy (the
/// built-in one is about 40 KiB), far below what would strain a host.
pub const MAX_POLICY_BYTES: usize = 16 << 20;
/// The deepest nesting of arrays and tables a policy may have; the schema
/// needs four.
pub const MAX_POLICY_DEPTH: usize = 32;

impl Policy {
    /// The error every binding gives for a policy object its runtime cannot
    /// write as JSON (a cycle, a function, nesting deeper than its JSON
    /// writer goes): the `policy_parse` error a too-deep text gets too.
    pub fn not_json_error() -> Error {
        Error::new(
            ErrorKind::PolicyParse,
            format!(
                "the policy object cannot be written as JSON: a cycle, a value JSON cannot hold, \
                 or arrays and tables nested more than {MAX_POLICY_DEPTH} deep"
            ),
        )
    }
}

/// Refuses a policy text that is too large or nested too deeply, before any
/// parser sees it: the same `policy_parse` error in every runtime, whichever
/// parser (and whatever host conversion) comes after.
fn within_limits(source: &str) -> Result<(), Error> {
    if source.len() > MAX_POLICY_BYTES {
        return Err(Error::new(
            ErrorKind::PolicyParse,
            format!(
                "the policy is {} bytes; at most {MAX_POLICY_BYTES} are read",
                source.len()
            ),
        ));
    }
    match deepest(source.as_bytes()) {
        Some(at) => Err(Error::new(
            ErrorKind::PolicyParse,
            format!("arrays and tables are nested more than {MAX_POLICY_DEPTH} deep"),
        )
        .at(Some(Location::of_offset(source, at)))),
        None => Ok(()),
    }
}

/// The offset where brackets and braces (outside strings and comments of
/// TOML or JSON) first open deeper than [`MAX_POLICY_DEPTH`], if they do.
fn deepest(s: &[u8]) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_POLICY_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'#' => i += memchr::memchr(b'\n', &s[i..]).unwrap_or(s.len() - i),
            q @ (b'"' | b'\'') => {
                let triple = s[i..].starts_with(&[q; 3]);
                let (open, escapes) = (if triple { 3 } else { 1 }, q == b'"');
                i += open;
                while i < s.len() && !s[i..].starts_with(&[q; 3][..open]) {
                    i += if escapes && s[i] == b'\\' { 2 } else { 1 };
                }
                i += open - 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn parse_or_invalid(message: &str) -> ErrorKind {
    // Values that parse but fail a value check (a bad regex, a score out of
    // range) are semantic problems; everything else is a parse/schema problem.
    if message.contains("invalid regex") || message.contains("score must be") {
        ErrorKind::PolicyInvalid
    } else {
        ErrorKind::PolicyParse
    }
}

/// Best-effort location of a dotted policy path (`detectors.x.category`,
/// `rules[2]`) in TOML source: the table header, then the key below it.
fn locate_toml_path(source: &str, path: &str) -> Option<Location> {
    let (head, key) = match path.split_once('[') {
        Some((table, idx)) => {
            // `rules[2]` or `rules[2].message`: the n-th `[[rules]]` header.
            let n: usize = idx.split(']').next()?.parse().ok()?;
            let header = format!("[[{table}]]");
            let (offset, _) = source.match_indices(&header).nth(n)?;
            let key = path.rsplit_once("].").map(|(_, k)| k.to_string());
            (offset, key)
        }
        None => {
            // `categories.x` is a table; `client.claude_ai` and
            // `detectors.x.patterns` are keys in one; `a.b =` is a dotted key.
            let parts: Vec<&str> = path.split('.').collect();
            (1..=parts.len()).rev().find_map(|n| {
                let table = parts[..n].join(".");
                let at = source
                    .find(&format!("[{table}]"))
                    .or_else(|| source.find(&format!("{table} =")))?;
                Some((at, parts.get(n).map(|k| k.to_string())))
            })?
        }
    };
    let offset = key
        .and_then(|k| {
            let k = k.split('.').next().unwrap_or(&k).to_string();
            let section = &source[head..];
            let end = section[1..].find("\n[").map_or(section.len(), |e| e + 1);
            // `\nkey =`, `\nkey.sub =`: not a longer key that starts the same.
            let needle = format!("\n{k}");
            section[..end]
                .match_indices(&needle)
                .find(|(o, _)| {
                    section[o + needle.len()..]
                        .trim_start_matches([' ', '\t'])
                        .starts_with(['=', '.'])
                })
                .map(|(o, _)| head + o + 1)
        })
        .unwrap_or(head);
    Some(Location::of_offset(source, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_told_apart_by_their_text_not_their_name() {
        let tmp = tempfile::Builder::new()
            .prefix("tiergate-load-")
            .tempdir()
            .unwrap();
        let dir = tmp.path();
        let json = dir.join("policy.txt");
        std::fs::write(&json, Policy::builtin().to_json()).unwrap();
        assert_eq!(Policy::from_path(&json).unwrap(), Policy::builtin());
        let toml = dir.join("policy.json");
        std::fs::write(&toml, BUILTIN_POLICY_TOML).unwrap();
        assert_eq!(Policy::from_path(&toml).unwrap(), Policy::builtin());
        let err = Policy::from_path(dir.join("missing.toml")).unwrap_err();
        assert_eq!(err.code(), "io");
        std::fs::write(dir.join("latin1.toml"), b"id = \"caf\xe9\"").unwrap();
        assert_eq!(
            Policy::from_path(dir.join("latin1.toml"))
                .unwrap_err()
                .code(),
            "io"
        );
    }

    #[test]
    fn json_round_trip_gives_the_same_policy() {
        let p = Policy::builtin();
        assert_eq!(Policy::from_json(&p.to_json()).unwrap(), p);
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let src = BUILTIN_POLICY_TOML.replacen("schema = 1", "schema = 1\nbroken = [", 1);
        let e = Policy::from_toml(&src).unwrap_err();
        assert_eq!(e.code(), "policy_parse");
        assert!(e.location().is_some(), "{e}");
    }

    #[test]
    fn unknown_field_is_a_parse_error_with_location() {
        let src = BUILTIN_POLICY_TOML.replacen("[settings]", "[settings]\nmin_scor = 0.4", 1);
        let e = Policy::from_toml(&src).unwrap_err();
        assert_eq!(e.code(), "policy_parse");
        assert!(e.message().contains("min_scor"), "{e}");
        let loc = e.location().unwrap();
        let line = src.lines().nth(loc.line - 1).unwrap();
        assert!(line.contains("min_scor"), "{line}");
    }

    #[test]
    fn bad_regex_is_invalid_with_location() {
        let src = format!("{BUILTIN_POLICY_TOML}\n[detectors.codename]\ncategory = \"codename\"\n[[detectors.codename.patterns]]\nregex = '(unclosed'\n");
        let e = Policy::from_toml(&src).unwrap_err();
        assert_eq!(e.code(), "policy_invalid");
        assert!(e.message().contains("unclosed group"), "{e}");
        let loc = e.location().unwrap();
        assert!(src.lines().nth(loc.line - 1).unwrap().contains("(unclosed"));
    }
    #[test]
    fn policies_nested_too_deeply_or_too_large_are_refused_before_parsing() {
        for deep in [
            format!("{}{}", "{\"a\":".repeat(20_000), "}".repeat(20_000)),
            format!("x = {}{}", "[".repeat(20_000), "]".repeat(20_000)),
            format!("x = {}1{}", "{a=".repeat(40), "}".repeat(40)),
        ] {
            let e = Policy::from_text(&deep).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::PolicyParse, "{e}");
            assert!(e.message().contains("nested more than 32 deep"), "{e}");
            assert_eq!(e.location().map(|l| l.line), Some(1));
        }
        let big = format!("# {}\n", "x".repeat(MAX_POLICY_BYTES));
        let e = Policy::from_toml(&big).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::PolicyParse);
        assert!(e.message().contains("at most 16777216 are read"), "{e}");
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count_as_depth() {
        let opening = "[".repeat(40);
        for s in [
            format!("a = \"{opening}\" # {opening}"),
            format!("a = '{opening}'"),
            format!("a = \"\"\"\n\"{opening}\n\"\"\""),
            format!("a = '''\n'{opening}'''"),
            format!("a = \"\\\"{opening}\""),
        ] {
            assert_eq!(deepest(s.as_bytes()), None, "{s}");
        }
        assert!(deepest(Policy::builtin_source().as_bytes()).is_none());
        assert!(deepest(Policy::builtin().to_json().as_bytes()).is_none());
        assert_eq!(deepest(format!("a = {opening}").as_bytes()), Some(4 + 32));
    }
}
