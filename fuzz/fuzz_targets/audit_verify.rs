//! Any bytes as an audit log: a verification result, never a panic; a log
//! that verifies with no problem has as many records as lines.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let v = tiergate::audit::verify_bytes(data);
    if v.problem.is_none() && v.torn_at.is_none() {
        assert_eq!(
            v.records as usize,
            data.iter().filter(|&&b| b == b'\n').count()
        );
    }
});
