//! Any text: spans are sound, the tier is the findings' highest, and a
//! left-to-right mark inserted inside a finding does not hide it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tiergate::{Engine, Tier};

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::builtin)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let report = engine().classify(text);
    let mut last_end = 0;
    for f in &report.findings {
        assert!(f.span.start < f.span.end && f.span.end <= text.len());
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
        assert!(f.span.start >= last_end, "findings overlap or are unsorted");
        last_end = f.span.end;
    }
    let highest = report.findings.iter().map(|f| f.tier).max();
    assert_eq!(report.tier, highest.unwrap_or(Tier::Public));
    // Invisible characters are transparent: one inside the first finding
    // (after its first character) leaves a finding of the same detector.
    if let Some(f) = report.findings.first() {
        let value = &text[f.span.start..f.span.end];
        if let Some((at, _)) = value.char_indices().nth(1) {
            let at = f.span.start + at;
            let variant = format!("{}\u{200E}{}", &text[..at], &text[at..]);
            let again = engine().classify(&variant);
            assert!(
                again.findings.iter().any(|g| g.detector == f.detector),
                "a left-to-right mark hid {}",
                f.detector
            );
        }
    }
});
