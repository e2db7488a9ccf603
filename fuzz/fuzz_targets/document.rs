//! Any bytes as a document (seeded with the PDF, Word, Excel, PowerPoint,
//! OpenDocument, ZIP and e-mail fixtures): extraction never panics, stays within its limits,
//! and either reads parts or says why it could not.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tiergate::document::{extract, Format, Limits};

fuzz_target!(|data: &[u8]| {
    let limits = Limits::default();
    let doc = extract(data, None, &limits);
    let total: usize = doc.parts.iter().map(|p| p.text.len()).sum();
    assert!(total as u64 <= limits.max_expanded + limits.max_part);
    if doc.format == Format::Other {
        assert!(doc.parts.is_empty() && !doc.unreadable.is_empty());
    }
    for u in &doc.unreadable {
        assert!(!u.reason.code().is_empty());
    }
});
