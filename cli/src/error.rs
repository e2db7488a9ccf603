//! Errors as one line with a stable code: `tiergate: CODE: message`.
//!
//! Core errors keep their kind inside `anyhow` (a command can ask for it:
//! `policy verify` exits 1 for a bad signature, 2 for anything else) and their
//! code (`policy_parse`, `unknown_destination`, ...). The CLI's own errors carry
//! one of [`CODES`]; an error from the system under added context is `io`.

use std::fmt;
use std::path::{Path, PathBuf};
use tiergate::ErrorKind;

/// A [`tiergate::Error`] and the file it concerns, if any.
#[derive(Debug)]
pub struct CoreError {
    error: tiergate::Error,
    file: Option<PathBuf>,
}

impl CoreError {
    /// The core error's kind.
    pub fn kind(&self) -> ErrorKind {
        self.error.kind()
    }

    /// The same error without its file (for messages that already name it).
    pub fn without_file(&self) -> anyhow::Error {
        core_error(self.error.clone(), None)
    }
}

impl CoreError {
    /// The message and the file, without the code.
    fn message(&self) -> String {
        match &self.file {
            Some(file) => format!("{} (in {})", self.error, file.display()),
            None => self.error.to_string(),
        }
    }
}

impl fmt::Display for CoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.error.code(), self.message())
    }
}

// No `source()`: the line above already carries the core error's message, and
// `main` prints the whole chain.
impl std::error::Error for CoreError {}

/// A core error as one line: code, message, and which file.
pub fn core_error(e: tiergate::Error, file: Option<&Path>) -> anyhow::Error {
    anyhow::Error::new(CoreError {
        error: e,
        file: file.map(Path::to_path_buf),
    })
}

/// The core error inside `e` (also under added context), if it is one.
pub fn core(e: &anyhow::Error) -> Option<&CoreError> {
    e.downcast_ref::<CoreError>()
}

/// The codes of the CLI's own errors, with what they mean (the README's
/// table; the core's codes are the other ones a line can start with).
pub const CODES: [(&str, &str); 6] = [
    (
        "io",
        "a file, folder, standard input or output could not be read or written",
    ),
    (
        "no_input",
        "nothing to read: no FILE was given and standard input is a terminal",
    ),
    (
        "not_text",
        "the input is binary or not UTF-8 (and not a document tiergate reads)",
    ),
    (
        "invalid_argument",
        "an argument that does not fit: a folder where a file is needed, a file that is not what the command reads",
    ),
    ("git", "git is missing or failed (`scan --staged`, `--diff`)"),
    (
        "unsupported",
        "this build of tiergate lacks the feature (`check --module`)",
    ),
];

/// An error of the CLI itself, with its stable code.
#[derive(Debug)]
pub struct CliError {
    code: &'static str,
    message: String,
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for CliError {}

/// An error with one of [`CODES`].
pub fn cli(code: &'static str, message: impl Into<String>) -> anyhow::Error {
    debug_assert!(CODES.iter().any(|(c, _)| *c == code), "{code}");
    anyhow::Error::new(CliError {
        code,
        message: message.into(),
    })
}

/// `e` as the line `main` prints after `tiergate: `: its code first. The
/// code is the first coded error in the chain (a core or CLI error), else
/// `io` for a system error, else `invalid_argument` for a file that does not
/// parse, else `internal`.
pub fn line(e: &anyhow::Error) -> String {
    // The chain as `{e:#}` prints it, each coded error without its code:
    // the line starts with the one code.
    let text = e
        .chain()
        .map(|cause| {
            if let Some(core) = cause.downcast_ref::<CoreError>() {
                core.message()
            } else if let Some(cli) = cause.downcast_ref::<CliError>() {
                cli.message.clone()
            } else {
                cause.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(": ");
    let coded = e.chain().find_map(|cause| {
        cause
            .downcast_ref::<CoreError>()
            .map(|c| c.error.code())
            .or_else(|| cause.downcast_ref::<CliError>().map(|c| c.code))
    });
    let code = coded.unwrap_or_else(|| {
        if e.chain().any(|c| c.is::<std::io::Error>()) {
            "io"
        } else if e
            .chain()
            .any(|c| c.is::<serde_json::Error>() || c.is::<toml::de::Error>())
        {
            "invalid_argument"
        } else {
            "internal"
        }
    });
    format!("{code}: {text}")
}

/// The kind of the core error inside `e`, if it is one.
pub fn kind(e: &anyhow::Error) -> Option<ErrorKind> {
    core(e).map(CoreError::kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    #[test]
    fn one_line_with_the_file_and_the_kind_survives_context() {
        let e = || tiergate::Error::new(ErrorKind::PolicySignature, "not signed");
        let with_file = core_error(e(), Some(Path::new("acme.toml")));
        assert_eq!(
            format!("{with_file:#}"),
            "policy_signature: not signed (in acme.toml)"
        );
        assert_eq!(
            format!("{:#}", core_error(e(), None)),
            "policy_signature: not signed"
        );
        assert_eq!(
            core(&with_file).unwrap().without_file().to_string(),
            "policy_signature: not signed"
        );
        let wrapped = Err::<(), _>(with_file).context("case `x`").unwrap_err();
        assert_eq!(kind(&wrapped), Some(ErrorKind::PolicySignature));
        assert_eq!(kind(&anyhow::anyhow!("policy_signature: text")), None);
    }

    #[test]
    fn every_line_starts_with_a_code() {
        let core = || tiergate::Error::new(ErrorKind::PolicyParse, "bad");
        assert_eq!(line(&core_error(core(), None)), "policy_parse: bad");
        let wrapped = Err::<(), _>(core_error(core(), None))
            .context("case `x`")
            .unwrap_err();
        assert_eq!(line(&wrapped), "policy_parse: case `x`: bad");
        assert_eq!(
            line(&cli("no_input", "pass a FILE")),
            "no_input: pass a FILE"
        );
        let io = Err::<(), _>(std::io::Error::from(std::io::ErrorKind::NotFound))
            .context("cannot read x")
            .unwrap_err();
        assert!(
            line(&io).starts_with("io: cannot read x: "),
            "{}",
            line(&io)
        );
        let json = serde_json::from_str::<u8>("{").unwrap_err();
        let parse = Err::<(), _>(json).context("x: not a map").unwrap_err();
        assert!(line(&parse).starts_with("invalid_argument: x: not a map"));
        assert_eq!(line(&anyhow::anyhow!("odd")), "internal: odd");
    }
}
