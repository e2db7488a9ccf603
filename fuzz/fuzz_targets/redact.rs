//! Any texts of one request (split at NUL): no redacted value is left where
//! it stands alone, and restoring the redacted texts gives the originals.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tiergate::{Engine, Redacted};

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::builtin)
}

fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let joined_before =
        letter(text[start..].chars().next()) && letter(text[..start].chars().next_back());
    let joined_after =
        letter(text[..end].chars().next_back()) && letter(text[end..].chars().next());
    !joined_before && !joined_after
}

fuzz_target!(|data: &[u8]| {
    let Ok(all) = std::str::from_utf8(data) else {
        return;
    };
    let texts: Vec<&str> = all.split('\0').take(4).collect();
    let parts = engine().redact_many(&texts);
    let values: Vec<&str> = parts
        .iter()
        .flat_map(|p| p.replacements())
        .map(|r| r.original())
        .collect();
    for (part, text) in parts.iter().zip(&texts) {
        assert_eq!(Redacted::restore_all(&parts, part.text()), *text);
        for value in &values {
            for (at, _) in part.text().match_indices(value) {
                assert!(
                    !stands_alone(part.text(), at, at + value.len()),
                    "a redacted value is left"
                );
            }
        }
    }
});
