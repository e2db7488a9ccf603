//! The plain ABI of the policy module, called as a host would: any bytes as
//! text, report or destination give a status and a JSON result, never a trap.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiergate_module as m;

/// The module's result after a call with `status`: JSON, as the ABI says.
fn result(status: i32) {
    assert!(status == 0 || status == 1, "status {status}");
    let (ptr, len) = (m::tg_result_ptr(), m::tg_result_len() as usize);
    // SAFETY: the module's result buffer is valid until the next call.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    serde_json::from_slice::<serde_json::Value>(bytes).expect("every result is JSON");
}

/// One engine of the built-in policy for every run (an empty policy text).
fn handle() -> u32 {
    static HANDLE: std::sync::OnceLock<u32> = std::sync::OnceLock::new();
    // SAFETY: an empty range of a live slice.
    *HANDLE.get_or_init(|| unsafe { m::tg_engine_new(b"".as_ptr(), 0) })
}

fuzz_target!(|data: &[u8]| {
    let handle = handle();
    assert_ne!(handle, 0);
    let len = data.len() as u32;
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let (first, rest) = data.split_at(split);
    // SAFETY: every range below is memory of `data`, valid for the call.
    unsafe {
        result(m::tg_classify(handle, data.as_ptr(), len));
        result(m::tg_redact(handle, data.as_ptr(), len));
        result(m::tg_check(
            handle,
            first.as_ptr(),
            first.len() as u32,
            rest.as_ptr(),
            rest.len() as u32,
        ));
        result(m::tg_decide(
            handle,
            first.as_ptr(),
            first.len() as u32,
            b"claude-ai".as_ptr(),
            9,
        ));
    }
});
