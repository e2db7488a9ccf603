//! The one place where core errors become JavaScript errors, and where
//! arguments of the wrong JavaScript type are rejected.
//!
//! Core errors are `Error`s with `name = "TiergateError"`, the core's stable
//! `code` (`policy_parse`, `policy_invalid`, `unknown_destination`,
//! `invalid_argument`, `io`) and, for policy errors, `line`/`column`/`path`.
//! An argument of the wrong type is a `TypeError` with code
//! `invalid_argument`. No message ever contains an argument's value: napi's
//! own conversion errors would quote it (`JSON.stringify` of an object), so
//! text arguments are converted here instead.

use napi::bindgen_prelude::{Either, JsObjectValue, JsValue, Object, Unknown};
use napi::{Env, JsTypeError, Status, ValueType};

/// A core result whose error becomes a JS error on the main thread.
pub type CoreResult<T> = Result<T, tiergate::Error>;

/// A string argument as napi hands it over: a string, or anything else.
pub type StrArg<'a> = Either<String, Unknown<'a>>;

/// A bytes argument: a `Uint8Array` (a `Buffer` is one), or anything else.
pub type BytesArg<'a> = Either<napi::bindgen_prelude::Uint8Array, Unknown<'a>>;

/// The bytes of a bytes argument, or a `TypeError`.
pub fn bytes(
    env: &Env,
    name: &str,
    arg: BytesArg<'_>,
) -> napi::Result<napi::bindgen_prelude::Uint8Array> {
    match arg {
        Either::A(bytes) => Ok(bytes),
        Either::B(other) => Err(wrong_type(env, name, "a Uint8Array or Buffer", &other)),
    }
}

/// An array-of-strings argument.
pub type StrsArg<'a> = Either<Vec<StrArg<'a>>, Unknown<'a>>;

/// Calls into the core: a core error becomes a JS error, and a panic (a bug)
/// becomes an `internal` error instead of aborting the process.
pub fn core<T>(env: &Env, f: impl FnOnce() -> CoreResult<T>) -> napi::Result<T> {
    tiergate::contain(f)
        .and_then(|r| r)
        .map_err(|e| to_js(env, e))
}

/// Converts a core error into a thrown JS `Error` with its code and location.
pub fn to_js(env: &Env, e: tiergate::Error) -> napi::Error {
    let location = e.location();
    build(env, &e.to_string(), e.code(), false, |obj| {
        if let Some(l) = location {
            obj.set_named_property("line", l.line as u32)?;
            obj.set_named_property("column", l.column as u32)?;
        }
        if let Some(path) = e.path() {
            obj.set_named_property("path", path)?;
        }
        Ok(())
    })
}

/// An argument the binding rejects (a value out of range, an unknown mode).
pub fn invalid_argument(env: &Env, message: &str) -> napi::Error {
    let code = tiergate::ErrorKind::InvalidArgument.code();
    build(env, message, code, false, |_| Ok(()))
}

/// A `TypeError` for an argument of the wrong type; names the type, never the value.
fn wrong_type(env: &Env, name: &str, expected: &str, got: &Unknown<'_>) -> napi::Error {
    let got = got.get_type().map_or("unknown", type_name);
    let message = format!("{name} must be {expected}, not {got}");
    let code = tiergate::ErrorKind::InvalidArgument.code();
    build(env, &message, code, true, |_| Ok(()))
}

fn type_name(t: ValueType) -> &'static str {
    match t {
        ValueType::Undefined => "undefined",
        ValueType::Null => "null",
        ValueType::Boolean => "a boolean",
        ValueType::Number => "a number",
        ValueType::String => "a string",
        ValueType::Symbol => "a symbol",
        ValueType::Object => "an object",
        ValueType::Function => "a function",
        ValueType::External => "an external",
        _ => "an unknown type",
    }
}

/// The string of a string argument, or a `TypeError`.
pub fn string(env: &Env, name: &str, arg: StrArg<'_>) -> napi::Result<String> {
    match arg {
        Either::A(s) => Ok(s),
        Either::B(other) => Err(wrong_type(env, name, "a string", &other)),
    }
}

/// The strings of an array-of-strings argument, or a `TypeError`. An item
/// that is not a string (a missing value in a column: null, undefined, NaN)
/// is what `missing` says (the core's rule): a `TypeError` naming its
/// position and type, never its value, or empty text.
pub fn strings(
    env: &Env,
    name: &str,
    arg: StrsArg<'_>,
    missing: tiergate::BatchErrors,
) -> napi::Result<Vec<String>> {
    match arg {
        Either::A(items) => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| match item {
                Either::A(s) => Ok(s),
                Either::B(other) => {
                    let kind = other.get_type().map_or("unknown", type_name);
                    missing
                        .not_text(i, kind)
                        .map_err(|e| build(env, &e.to_string(), e.code(), true, |_| Ok(())))
                }
            })
            .collect(),
        Either::B(other) => Err(wrong_type(env, name, "an array of strings", &other)),
    }
}

fn build(
    env: &Env,
    message: &str,
    code: &str,
    type_error: bool,
    extra: impl FnOnce(&mut Object<'_>) -> napi::Result<()>,
) -> napi::Error {
    let base = napi::Error::new(Status::GenericFailure, message);
    let made = if type_error {
        JsTypeError::from(base)
            .into_unknown(*env)
            .coerce_to_object()
    } else {
        env.create_error(base)
    };
    let made = made.and_then(|mut obj| {
        if !type_error {
            obj.set_named_property("name", "TiergateError")?;
        }
        obj.set_named_property("code", code)?;
        extra(&mut obj)?;
        Ok(napi::Error::from(obj.to_unknown()))
    });
    // If the environment cannot build an object (it is shutting down), fall
    // back to napi's own error carrying the same code and message.
    made.unwrap_or_else(|_| napi::Error::new(Status::GenericFailure, format!("{code}: {message}")))
}
