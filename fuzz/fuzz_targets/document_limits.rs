//! Any bytes as a document under small limits, seeded with the fixtures and
//! with compression bombs (a ZIP member, a nested ZIP, a PDF stream, each
//! inflating to far more than the limits): the limits bite on inputs a fuzzer
//! makes (the defaults, 512 MiB in all, are out of its reach), the text read
//! stays within them, and `scripts/fuzz` runs this target with
//! `-malloc_limit_mb` so that no allocation may grow with what a part claims
//! to hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiergate::document::{extract, Limits};

fuzz_target!(|data: &[u8]| {
    let limits = Limits {
        max_input: 1 << 20,
        max_expanded: 4 << 20,
        max_part: 1 << 20,
        max_ratio: 200,
        max_entries: 64,
    };
    let doc = extract(data, None, &limits);
    let total: usize = doc.parts.iter().map(|p| p.text.len()).sum();
    assert!(total as u64 <= limits.max_expanded + limits.max_part);
    for part in &doc.parts {
        assert!(
            part.text.len() as u64 <= limits.max_part,
            "{}",
            part.text.len()
        );
    }
    for u in &doc.unreadable {
        assert!(!u.reason.code().is_empty());
    }
});
