//! The one error type of the core.

use std::cell::Cell;
use std::fmt;
use std::sync::Once;

/// What went wrong, as a closed set of kinds with stable codes.
///
/// Problems in *scanned text* are never errors: `classify` is infallible.
/// Errors are for bad policies and bad arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The policy document is not valid TOML/JSON or does not fit the schema.
    PolicyParse,
    /// The policy parsed but is inconsistent (unknown category, bad regex, ...).
    PolicyInvalid,
    /// `decide` was asked about a destination the policy does not define.
    UnknownDestination,
    /// An argument outside the policy was invalid (an offset unit, an encoding, ...).
    InvalidArgument,
    /// Reading a policy file failed.
    Io,
    /// A bug in tiergate: a panic caught by [`contain`]. Never expected.
    Internal,
    /// A signed policy's signature is missing, malformed, from another key, or
    /// does not match the policy's bytes.
    PolicySignature,
    /// A WebAssembly policy module could not be loaded or misbehaved (trapped,
    /// ran out of fuel or memory, broke the ABI); see `docs/abi.md`.
    Module,
}

impl ErrorKind {
    /// The stable snake_case code every binding exposes (`policy_parse`, ...).
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::PolicyParse => "policy_parse",
            ErrorKind::PolicyInvalid => "policy_invalid",
            ErrorKind::UnknownDestination => "unknown_destination",
            ErrorKind::InvalidArgument => "invalid_argument",
            ErrorKind::Io => "io",
            ErrorKind::Internal => "internal",
            ErrorKind::PolicySignature => "policy_signature",
            ErrorKind::Module => "module",
        }
    }

    /// The kind with this stable code, for errors that crossed a boundary as JSON.
    ///
    /// ```
    /// use tiergate::ErrorKind;
    /// assert_eq!(ErrorKind::from_code("unknown_destination"), Some(ErrorKind::UnknownDestination));
    /// assert_eq!(ErrorKind::from_code("nope"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<ErrorKind> {
        ErrorKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// Every kind, for bindings that build one host exception class per code.
    pub const ALL: [ErrorKind; 8] = [
        ErrorKind::PolicyParse,
        ErrorKind::PolicyInvalid,
        ErrorKind::UnknownDestination,
        ErrorKind::InvalidArgument,
        ErrorKind::Io,
        ErrorKind::Internal,
        ErrorKind::PolicySignature,
        ErrorKind::Module,
    ];
}

/// A line and column (both 1-based, column in characters) inside a policy document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in Unicode scalar values.
    pub column: usize,
}

impl Location {
    /// Computes the location of a byte offset inside `source`.
    pub fn of_offset(source: &str, offset: usize) -> Location {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let before = &source[..offset];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Location { line, column }
    }
}

pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The error type of every fallible core function.
///
/// Messages say what is wrong and where (policy path and, for TOML/JSON,
/// line and column). They never contain scanned text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    location: Option<Location>,
    path: Option<String>,
}

impl Error {
    /// An error of `kind`; bindings use it for argument errors they detect.
    /// The message must not contain scanned text.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            location: None,
            path: None,
        }
    }

    pub(crate) fn invalid(path: impl Into<String>, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::PolicyInvalid,
            message: message.into(),
            location: None,
            path: Some(path.into()),
        }
    }

    pub(crate) fn with_path(mut self, path: impl Into<String>) -> Error {
        self.path = Some(path.into());
        self
    }

    pub(crate) fn at(mut self, location: Option<Location>) -> Error {
        self.location = location;
        self
    }

    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable snake_case code of the error's kind.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The message without location or path.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Where in the policy document the problem is, when known.
    pub fn location(&self) -> Option<Location> {
        self.location
    }

    /// The dotted path of the offending policy item (`detectors.email.patterns`), when known.
    pub fn path(&self) -> Option<&str> {
        self.path.as_deref()
    }

    /// The error as JSON, for hosts it reaches across a boundary (the
    /// WebAssembly policy module): `{"code","message"}` and, when known,
    /// `"line"`, `"column"`, `"path"`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&ErrorWire {
            code: self.code().to_string(),
            message: self.message.clone(),
            line: self.location.map(|l| l.line),
            column: self.location.map(|l| l.column),
            path: self.path.clone(),
        })
        .expect("errors serialise")
    }

    /// Reads [`Error::to_json`]'s form back; `None` when `json` is not an
    /// error of a known code.
    ///
    /// ```
    /// let e = tiergate::Policy::from_toml("schema = 1\nid = ").unwrap_err();
    /// assert_eq!(tiergate::Error::from_json(&e.to_json()), Some(e));
    /// ```
    pub fn from_json(json: &str) -> Option<Error> {
        let wire: ErrorWire = serde_json::from_str(json).ok()?;
        Some(Error {
            kind: ErrorKind::from_code(&wire.code)?,
            message: wire.message,
            location: wire
                .line
                .zip(wire.column)
                .map(|(line, column)| Location { line, column }),
            path: wire.path,
        })
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct ErrorWire {
    code: String,
    message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    column: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    path: Option<String>,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(path) = &self.path {
            write!(f, " (at {path})")?;
        }
        if let Some(loc) = self.location {
            write!(f, " at line {}, column {}", loc.line, loc.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

thread_local! {
    /// Whether this thread is running tiergate code for [`contain`].
    static INSIDE: Cell<bool> = const { Cell::new(false) };
}

static QUIET_HOOK: Once = Once::new();

/// Runs `f`, turning a panic — a bug in tiergate, never expected — into an
/// [`ErrorKind::Internal`] error. Bindings call into the core through it, so a
/// panic never crosses into the host language.
///
/// A panic's message can quote the text being scanned (``byte index 5 is not a
/// char boundary ... of `<text>` ``). The returned error never carries it, and
/// the first call installs a panic hook that, for panics inside `contain` (also
/// on threads [`Engine::classify_many`](crate::Engine::classify_many) starts),
/// prints only the location; other panics go to the previous hook unchanged.
///
/// # Example
/// ```
/// let err = tiergate::contain(|| -> u8 { panic!("SSN 536-90-4399") }).unwrap_err();
/// assert_eq!(err.code(), "internal");
/// assert!(!err.to_string().contains("536"));
/// ```
pub fn contain<T>(f: impl FnOnce() -> T) -> Result<T, Error> {
    QUIET_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if INSIDE.with(Cell::get) {
                let at = info
                    .location()
                    .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
                eprintln!("tiergate: internal error{at}; the panic message is withheld because it may quote scanned text");
            } else {
                previous(info);
            }
        }));
    });
    let outer = INSIDE.with(|c| c.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    INSIDE.with(|c| c.set(outer));
    result.map_err(|_| {
        Error::new(
            ErrorKind::Internal,
            "tiergate hit an internal error (a bug); the input is not included here. Please report which call failed.",
        )
    })
}

/// Marks the current thread as running tiergate code for the quiet panic hook
/// (worker threads of `classify_many`, whose panics are re-raised in the caller).
pub(crate) fn mark_inside() {
    INSIDE.with(|c| c.set(true));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_counts_lines_and_chars() {
        let src = "a = 1\nbé = 2\n";
        assert_eq!(Location::of_offset(src, 0), Location { line: 1, column: 1 });
        // byte 6 is 'b', byte 9 is ' ' after 'é' (2 bytes)
        assert_eq!(Location::of_offset(src, 6), Location { line: 2, column: 1 });
        assert_eq!(Location::of_offset(src, 9), Location { line: 2, column: 3 });
        // an offset inside 'é' snaps back to its start
        assert_eq!(Location::of_offset(src, 8), Location { line: 2, column: 2 });
    }

    #[test]
    fn codes_are_stable() {
        let codes: Vec<_> = ErrorKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(
            codes,
            [
                "policy_parse",
                "policy_invalid",
                "unknown_destination",
                "invalid_argument",
                "io",
                "internal",
                "policy_signature",
                "module"
            ]
        );
    }

    #[test]
    fn contain_turns_panics_into_internal_errors_without_their_message() {
        assert_eq!(contain(|| 7), Ok(7));
        let err = contain(|| -> u8 { panic!("secret 536-90-4399") }).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Internal);
        assert!(!err.to_string().contains("536-90-4399"));
        // nested calls restore the outer state; later calls still work
        assert_eq!(contain(|| contain(|| 1).unwrap() + 1), Ok(2));
    }

    #[test]
    fn display_includes_path_and_location() {
        let e = Error::invalid("detectors.x.category", "unknown category `y`")
            .at(Some(Location { line: 3, column: 7 }));
        assert_eq!(
            e.to_string(),
            "unknown category `y` (at detectors.x.category) at line 3, column 7"
        );
        assert_eq!(e.code(), "policy_invalid");
    }
}
