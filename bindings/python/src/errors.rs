//! The one place where core errors become Python exceptions.
//!
//! The exception classes live in `tiergate/errors.py` so they can use
//! multiple inheritance (`PolicyError` is also a `ValueError`).

use pyo3::prelude::*;
use tiergate::ErrorKind;

/// The Python class for each core error kind.
fn class_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::PolicyParse | ErrorKind::PolicyInvalid | ErrorKind::PolicySignature => {
            "PolicyError"
        }
        ErrorKind::UnknownDestination => "UnknownDestinationError",
        ErrorKind::InvalidArgument => "InvalidArgumentError",
        ErrorKind::Io => "PolicyIOError",
        _ => "TiergateError",
    }
}

/// Calls into the core: a core error becomes the matching exception, and a
/// panic (a bug) becomes a `TiergateError` with code `internal` instead of a
/// `PanicException` whose message could quote the scanned text.
pub fn core<T>(py: Python<'_>, f: impl FnOnce() -> Result<T, tiergate::Error>) -> PyResult<T> {
    tiergate::contain(f)
        .and_then(|r| r)
        .map_err(|e| to_py(py, e))
}

/// Converts a core error into the matching `tiergate.errors` exception,
/// carrying the stable `code`, and the policy `line`/`column`/`path` when known.
pub fn to_py(py: Python<'_>, e: tiergate::Error) -> PyErr {
    let location = e.location();
    let raised = py
        .import("tiergate.errors")
        .and_then(|m| m.getattr(class_name(e.kind())))
        .and_then(|cls| {
            cls.call1((
                e.to_string(),
                e.code(),
                location.map(|l| l.line),
                location.map(|l| l.column),
                e.path().map(str::to_string),
            ))
        });
    match raised {
        Ok(instance) => PyErr::from_value(instance),
        Err(err) => err,
    }
}

/// An invalid argument detected in the binding (wrong Python type).
pub fn invalid_argument(py: Python<'_>, message: &str) -> PyErr {
    let raised = py
        .import("tiergate.errors")
        .and_then(|m| m.getattr("InvalidArgumentError"))
        .and_then(|cls| cls.call1((message, ErrorKind::InvalidArgument.code())));
    match raised {
        Ok(instance) => PyErr::from_value(instance),
        Err(err) => err,
    }
}
