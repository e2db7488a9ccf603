//! Any signed-policy triple (text, signature, key split at NUL): accepted
//! only with a valid signature, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiergate::Policy;

fuzz_target!(|data: &[u8]| {
    let Ok(all) = std::str::from_utf8(data) else {
        return;
    };
    let mut parts = all.splitn(3, '\0');
    let (Some(text), Some(signature), Some(key)) = (parts.next(), parts.next(), parts.next())
    else {
        return;
    };
    if let Err(e) = Policy::from_signed_text(text, signature, key) {
        assert!(!e.code().is_empty());
    }
});
