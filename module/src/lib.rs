//! tiergate as a plain WebAssembly policy module.
//!
//! A small, stable C ABI with no imports and no JS glue, so any WebAssembly
//! runtime (wasmtime, wasmer, wazero, V8, ...) can load it. Inputs and outputs
//! are UTF-8 JSON in the core's wire format, offsets in UTF-8 bytes. The ABI is
//! specified in `docs/abi.md`; this file is its implementation and nothing more:
//! every behaviour is the core's.
//!
//! Calling convention: the host copies inputs into memory it got from
//! [`tg_alloc`], calls a function, and reads the result — JSON, or on failure an
//! error object `{"code","message",...}` — from [`tg_result_ptr`] /
//! [`tg_result_len`] until its next call. Functions return [`OK`] or [`ERROR`];
//! `tg_engine_new` returns a handle, 0 on error.

use std::cell::RefCell;
use tiergate::{Engine, Error, ErrorKind, OffsetUnit, Policy, ReportWire};

mod section;
pub use section::{embed_policy, embedded_policy, POLICY_SECTION};

/// The ABI version; see docs/abi.md for what may change within a version.
pub const ABI_VERSION: u32 = 1;
/// Status: the result buffer holds the JSON result.
pub const OK: i32 = 0;
/// Status: the result buffer holds an error object.
pub const ERROR: i32 = 1;

#[derive(Default)]
struct State {
    engines: Vec<Option<Engine>>,
    result: Vec<u8>,
}

thread_local! {
    // WebAssembly instances are single-threaded: one state per instance.
    static STATE: RefCell<State> = RefCell::new(State::default());
}

fn with_state<T>(f: impl FnOnce(&mut State) -> T) -> T {
    STATE.with(|s| f(&mut s.borrow_mut()))
}

/// Stores `outcome` in the result buffer and returns its status.
fn finish(outcome: Result<String, Error>) -> i32 {
    let (status, json) = match outcome {
        Ok(json) => (OK, json),
        Err(e) => (ERROR, e.to_json()),
    };
    with_state(|s| s.result = json.into_bytes());
    status
}

fn invalid(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::InvalidArgument, message)
}

/// The bytes at `ptr..ptr+len` of this module's memory.
///
/// # Safety
/// `ptr..ptr+len` must be memory the host wrote, inside this module's memory
/// (normally a buffer from [`tg_alloc`]); `ptr` may be anything when `len` is 0.
unsafe fn bytes<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if len == 0 {
        return &[];
    }
    // SAFETY: the caller guarantees the range is initialised memory of this module.
    unsafe { std::slice::from_raw_parts(ptr, len) }
}

/// A UTF-8 argument; `name` is for the error, which never quotes the bytes.
///
/// # Safety
/// As [`bytes`].
unsafe fn text<'a>(name: &str, ptr: *const u8, len: usize) -> Result<&'a str, Error> {
    // SAFETY: forwarded from the caller.
    let raw = unsafe { bytes(ptr, len) };
    std::str::from_utf8(raw).map_err(|e| {
        invalid(format!(
            "{name} is not valid UTF-8 (first invalid byte at offset {})",
            e.valid_up_to()
        ))
    })
}

fn engine<T>(handle: u32, f: impl FnOnce(&Engine) -> Result<T, Error>) -> Result<T, Error> {
    with_state(|s| {
        let engine = (handle as usize)
            .checked_sub(1)
            .and_then(|i| s.engines.get(i))
            .and_then(Option::as_ref)
            .ok_or_else(|| invalid(format!("no engine with handle {handle}")))?;
        f(engine)
    })
}

/// The ABI version this module implements ([`ABI_VERSION`]).
#[cfg_attr(target_family = "wasm", no_mangle)]
pub extern "C" fn tg_abi_version() -> u32 {
    ABI_VERSION
}

/// Allocates `len` bytes for the host to write an input into.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub extern "C" fn tg_alloc(len: u32) -> *mut u8 {
    let mut buf = Vec::<u8>::with_capacity(len as usize);
    let ptr = buf.as_mut_ptr();
    std::mem::forget(buf);
    ptr
}

/// Frees a buffer from [`tg_alloc`].
///
/// # Safety
/// `ptr` and `len` must be exactly a pointer returned by `tg_alloc(len)`, not yet freed.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub unsafe extern "C" fn tg_free(ptr: *mut u8, len: u32) {
    // SAFETY: the caller passes back a tg_alloc allocation of capacity `len`.
    drop(unsafe { Vec::from_raw_parts(ptr, 0, len as usize) });
}

/// Where the result of the last call starts.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub extern "C" fn tg_result_ptr() -> *const u8 {
    with_state(|s| s.result.as_ptr())
}

/// How many bytes the result of the last call has.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub extern "C" fn tg_result_len() -> u32 {
    with_state(|s| s.result.len() as u32)
}

/// Compiles a policy (TOML or JSON text; the built-in policy when `len` is 0)
/// and returns an engine handle, or 0 with the error in the result buffer.
///
/// # Safety
/// `ptr..ptr+len` must be host-written memory of this module.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub unsafe extern "C" fn tg_engine_new(ptr: *const u8, len: u32) -> u32 {
    // SAFETY: forwarded from the caller.
    let source = unsafe { text("policy", ptr, len as usize) };
    let made = source.and_then(|source| {
        if source.is_empty() {
            Ok(Engine::builtin())
        } else {
            Policy::from_text(source).and_then(Engine::new)
        }
    });
    match made {
        Ok(engine) => with_state(|s| {
            // Under the compile budget, not the first call's (docs/abi.md).
            engine.warm_up();
            s.engines.push(Some(engine));
            s.result.clear();
            s.engines.len() as u32
        }),
        Err(e) => {
            finish(Err(e));
            0
        }
    }
}

/// Drops an engine; its handle is not reused.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub extern "C" fn tg_engine_free(handle: u32) {
    with_state(|s| {
        if let Some(slot) = (handle as usize)
            .checked_sub(1)
            .and_then(|i| s.engines.get_mut(i))
        {
            *slot = None;
        }
    });
}

/// The engine's policy as JSON (same schema as the TOML).
#[cfg_attr(target_family = "wasm", no_mangle)]
pub extern "C" fn tg_policy(handle: u32) -> i32 {
    finish(engine(handle, |e| Ok(e.policy().to_json())))
}

/// Classifies a text: the report, offsets in UTF-8 bytes.
///
/// # Safety
/// `ptr..ptr+len` must be host-written memory of this module.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub unsafe extern "C" fn tg_classify(handle: u32, ptr: *const u8, len: u32) -> i32 {
    // SAFETY: forwarded from the caller.
    let input = unsafe { text("text", ptr, len as usize) };
    finish(input.and_then(|t| {
        engine(handle, |e| {
            Ok(e.classify(t).to_json_in(t, OffsetUnit::Utf8))
        })
    }))
}

/// Decides for a destination on a report (the JSON `tg_classify` returned).
///
/// # Safety
/// Both ranges must be host-written memory of this module.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub unsafe extern "C" fn tg_decide(
    handle: u32,
    report_ptr: *const u8,
    report_len: u32,
    dest_ptr: *const u8,
    dest_len: u32,
) -> i32 {
    // SAFETY: forwarded from the caller.
    let report = unsafe { text("report", report_ptr, report_len as usize) };
    // SAFETY: forwarded from the caller.
    let destination = unsafe { text("destination", dest_ptr, dest_len as usize) };
    finish(report.and_then(|report| {
        let destination = destination?;
        // Serde's messages may quote values: say what is wrong in general terms.
        let wire: ReportWire = serde_json::from_str(report)
            .map_err(|_| invalid("report is not a tiergate report (wire format version 1)"))?;
        engine(handle, |e| Ok(e.decide_wire(&wire, destination)?.to_json()))
    }))
}

/// Classifies a text and decides for a destination.
///
/// # Safety
/// Both ranges must be host-written memory of this module.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub unsafe extern "C" fn tg_check(
    handle: u32,
    text_ptr: *const u8,
    text_len: u32,
    dest_ptr: *const u8,
    dest_len: u32,
) -> i32 {
    // SAFETY: forwarded from the caller.
    let input = unsafe { text("text", text_ptr, text_len as usize) };
    // SAFETY: forwarded from the caller.
    let destination = unsafe { text("destination", dest_ptr, dest_len as usize) };
    finish(input.and_then(|t| {
        let destination = destination?;
        engine(handle, |e| Ok(e.check(t, destination)?.to_json()))
    }))
}

/// Redacts a text: `{"version","offsets","text","replacements"}` (no originals).
///
/// # Safety
/// `ptr..ptr+len` must be host-written memory of this module.
#[cfg_attr(target_family = "wasm", no_mangle)]
pub unsafe extern "C" fn tg_redact(handle: u32, ptr: *const u8, len: u32) -> i32 {
    // SAFETY: forwarded from the caller.
    let input = unsafe { text("text", ptr, len as usize) };
    finish(input.and_then(|t| {
        engine(handle, |e| {
            Ok(e.redact(t, &e.classify(t)).to_json_in(OffsetUnit::Utf8))
        })
    }))
}

/// Reads a document (PDF, Word, Excel, PowerPoint, OpenDocument, a ZIP
/// archive, an e-mail or text, told apart by content) and classifies each part: the document report, each
/// part with its location, its text and its report (offsets in UTF-8 bytes of
/// that text). Never fails for any bytes: what cannot be read is listed in
/// `unreadable`. `name` (a file name, may be empty) is only a hint.
///
/// # Safety
/// Both ranges must be host-written memory of this module.
#[cfg(feature = "documents")]
#[cfg_attr(target_family = "wasm", no_mangle)]
pub unsafe extern "C" fn tg_classify_document(
    handle: u32,
    data_ptr: *const u8,
    data_len: u32,
    name_ptr: *const u8,
    name_len: u32,
) -> i32 {
    // SAFETY: forwarded from the caller.
    let data = unsafe { bytes(data_ptr, data_len as usize) };
    // SAFETY: forwarded from the caller.
    let name = unsafe { text("name", name_ptr, name_len as usize) };
    finish(name.and_then(|name| {
        let name = (!name.is_empty()).then_some(name);
        engine(handle, |e| {
            let doc = e.classify_document(data, name);
            Ok(
                serde_json::to_string(&doc.to_wire_in(OffsetUnit::Utf8))
                    .expect("reports serialise"),
            )
        })
    }))
}

/// Decides for a destination on a document report (the JSON
/// `tg_classify_document` returned): every part's findings, and what could
/// not be read as the policy's `[documents]` section says.
///
/// # Safety
/// Both ranges must be host-written memory of this module.
#[cfg(feature = "documents")]
#[cfg_attr(target_family = "wasm", no_mangle)]
pub unsafe extern "C" fn tg_decide_document(
    handle: u32,
    report_ptr: *const u8,
    report_len: u32,
    dest_ptr: *const u8,
    dest_len: u32,
) -> i32 {
    // SAFETY: forwarded from the caller.
    let report = unsafe { text("report", report_ptr, report_len as usize) };
    // SAFETY: forwarded from the caller.
    let destination = unsafe { text("destination", dest_ptr, dest_len as usize) };
    finish(report.and_then(|report| {
        let destination = destination?;
        let wire: tiergate::DocumentReportWire = serde_json::from_str(report).map_err(|_| {
            invalid("report is not a tiergate document report (wire format version 1)")
        })?;
        engine(handle, |e| {
            Ok(e.decide_document_wire(&wire, destination)?.to_json())
        })
    }))
}

/// The randomness getrandom asks for on wasm32-unknown-unknown, which has
/// none of its own (scripts/wasm-cargo selects this custom backend). Only
/// lopdf draws any: checking a PDF's empty user password (revisions 3 and
/// 4) it pads the hash it compares with random bytes it never compares.
/// Nothing in tiergate encrypts or makes secrets, so zeros do.
#[cfg(target_family = "wasm")]
#[unsafe(no_mangle)]
unsafe extern "Rust" fn __getrandom_v03_custom(
    dest: *mut u8,
    len: usize,
) -> Result<(), getrandom::Error> {
    // SAFETY: getrandom passes a buffer of `len` writable bytes.
    unsafe { core::ptr::write_bytes(dest, 0, len) };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result() -> String {
        with_state(|s| String::from_utf8(s.result.clone()).unwrap())
    }

    fn call(f: impl FnOnce(*const u8, u32) -> i32, input: &str) -> (i32, String) {
        let status = f(input.as_ptr(), input.len() as u32);
        (status, result())
    }

    #[test]
    fn the_abi_round_trips_through_json() {
        let handle = unsafe { tg_engine_new(std::ptr::null(), 0) };
        assert_eq!(handle, 1);
        let text = "Café: write to jane.doe@acme.io";
        let (status, report) = call(|p, l| unsafe { tg_classify(handle, p, l) }, text);
        assert_eq!(status, OK);
        let wire: ReportWire = serde_json::from_str(&report).unwrap();
        let f = &wire.findings[0];
        assert_eq!(
            &text[f.start..f.end],
            "jane.doe@acme.io",
            "UTF-8 byte offsets"
        );

        let dest = "claude-ai";
        let status = unsafe {
            tg_decide(
                handle,
                report.as_ptr(),
                report.len() as u32,
                dest.as_ptr(),
                dest.len() as u32,
            )
        };
        assert_eq!(status, OK);
        let native = Engine::builtin().check(text, dest).unwrap().to_json();
        assert_eq!(result(), native);

        let status = unsafe {
            tg_check(
                handle,
                text.as_ptr(),
                text.len() as u32,
                dest.as_ptr(),
                dest.len() as u32,
            )
        };
        assert_eq!((status, result()), (OK, native));

        let (status, redacted) = call(|p, l| unsafe { tg_redact(handle, p, l) }, text);
        assert_eq!(status, OK);
        assert!(redacted.contains("write to [EMAIL_1]"), "{redacted}");
        assert!(!redacted.contains("jane.doe"), "{redacted}");
    }

    #[test]
    fn errors_are_json_with_stable_codes_and_never_quote_input() {
        let (handle, _) = call(
            |p, l| unsafe { tg_engine_new(p, l) } as i32,
            "schema = 1\nid = ",
        );
        assert_eq!(handle, 0);
        let err = Error::from_json(&result()).unwrap();
        assert_eq!(err.code(), "policy_parse");
        assert_eq!(err.location().map(|l| l.line), Some(2));

        let builtin = unsafe { tg_engine_new(std::ptr::null(), 0) };
        let dest = "nowhere";
        let text = "SSN 536-22-8471";
        let status = unsafe {
            tg_check(
                builtin,
                text.as_ptr(),
                text.len() as u32,
                dest.as_ptr(),
                dest.len() as u32,
            )
        };
        assert_eq!(status, ERROR);
        assert_eq!(
            Error::from_json(&result()).unwrap().code(),
            "unknown_destination"
        );

        let bad = [b'S', b'S', b'N', 0xff, b'5'];
        let status = unsafe { tg_classify(builtin, bad.as_ptr(), bad.len() as u32) };
        assert_eq!(status, ERROR);
        let err = Error::from_json(&result()).unwrap();
        assert_eq!(err.code(), "invalid_argument");
        assert!(
            err.message().contains("offset 3") && !err.message().contains("SSN"),
            "{err}"
        );

        let (status, _) = call(|p, l| unsafe { tg_classify(99, p, l) }, "x");
        assert_eq!(status, ERROR);
        assert!(result().contains("no engine with handle 99"));

        let report = "{\"findings\": \"SSN 536-22-8471\"}";
        let dest = "claude-ai";
        let status = unsafe {
            tg_decide(
                builtin,
                report.as_ptr(),
                report.len() as u32,
                dest.as_ptr(),
                dest.len() as u32,
            )
        };
        assert_eq!(status, ERROR);
        assert!(!result().contains("536-22"), "{}", result());

        tg_engine_free(builtin);
        let (status, _) = call(|p, l| unsafe { tg_classify(builtin, p, l) }, "x");
        assert_eq!(status, ERROR, "a freed handle is gone");
    }

    #[test]
    fn documents_are_read_from_bytes_with_utf8_offsets_per_part() {
        let handle = unsafe { tg_engine_new(std::ptr::null(), 0) };
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/documents/customers.xlsx"
        );
        let data = std::fs::read(path).unwrap();
        let name = "customers.xlsx";
        let status = unsafe {
            tg_classify_document(
                handle,
                data.as_ptr(),
                data.len() as u32,
                name.as_ptr(),
                name.len() as u32,
            )
        };
        assert_eq!(status, OK);
        let report = result();
        let wire: tiergate::DocumentReportWire = serde_json::from_str(&report).unwrap();
        let hidden = wire
            .parts
            .iter()
            .find(|p| p.location == "sheet \"Archive\" (hidden)")
            .expect("the hidden sheet");
        let text = hidden.text.as_deref().unwrap();
        let ssn = &hidden.report.findings[0];
        assert_eq!(
            &text[ssn.start..ssn.end],
            "536-90-4399",
            "UTF-8 byte offsets"
        );

        let dest = "claude-projects";
        let status = unsafe {
            tg_decide_document(
                handle,
                report.as_ptr(),
                report.len() as u32,
                dest.as_ptr(),
                dest.len() as u32,
            )
        };
        assert_eq!(status, OK);
        let native = Engine::builtin();
        let expected = native
            .decide_document(&native.classify_document(&data, Some(name)), dest)
            .unwrap()
            .to_json();
        assert_eq!(result(), expected);

        // Any bytes: an unreadable document, not an error.
        let junk = [0xff_u8, 0, 1, 2];
        let status = unsafe { tg_classify_document(handle, junk.as_ptr(), 4, std::ptr::null(), 0) };
        assert_eq!(status, OK);
        assert!(result().contains("\"unsupported\""), "{}", result());

        let status = unsafe {
            tg_decide_document(handle, junk.as_ptr(), 4, dest.as_ptr(), dest.len() as u32)
        };
        assert_eq!(status, ERROR);
        assert_eq!(
            Error::from_json(&result()).unwrap().code(),
            "invalid_argument"
        );
    }

    #[test]
    fn alloc_and_free_pair() {
        for len in [0, 1, 4096] {
            let p = tg_alloc(len);
            assert!(!p.is_null());
            unsafe { tg_free(p, len) };
        }
        assert_eq!(tg_abi_version(), ABI_VERSION);
    }
}
