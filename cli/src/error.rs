//! Core errors kept typed inside `anyhow`: printed as one line (code, message,
//! which file), and a command can ask an error for its kind (`policy verify`:
//! exit 1 for a bad signature, 2 for anything else) instead of reading its text.

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

impl fmt::Display for CoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let e = &self.error;
        match &self.file {
            Some(file) => write!(f, "{}: {e} (in {})", e.code(), file.display()),
            None => write!(f, "{}: {e}", e.code()),
        }
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
}
