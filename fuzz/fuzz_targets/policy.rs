//! Any policy text: an error with a code or an engine, never a panic; a
//! policy that loads survives its own JSON form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiergate::{Engine, Policy};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(policy) = Policy::from_text(source) else {
        return;
    };
    let json = policy.to_json();
    let again = Policy::from_json(&json).expect("a loaded policy's JSON loads");
    assert_eq!(again.to_json(), json);
    if let Ok(engine) = Engine::new(policy) {
        let _ = engine.check("mail jane.doe@acme.io", "claude-ai");
    }
});
