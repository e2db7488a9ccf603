//! Properties that must hold for any input text.

use proptest::prelude::*;
use tiergate::{
    convert_offsets, iban_mod97, luhn, to_byte_offsets, verhoeff, Check, Engine, OffsetUnit,
    Redacted, Tier, Validator,
};

/// Text built from pieces that exercise detectors, separators and Unicode.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("jane.doe@acme.io".to_string()),
        Just("536-90-4399".to_string()),
        Just("4526 0181 5908 3012".to_string()),
        Just("SSN".to_string()),
        Just("patient".to_string()),
        Just("Dear ".to_string()),
        Just("-----BEGIN PRIVATE KEY-----".to_string()),
        Just("10.1.2.3".to_string()),
        Just("\u{200B}".to_string()),
        Just("\u{00A0}".to_string()),
        Just("５".to_string()),
        Just("😀".to_string()),
        Just("日本".to_string()),
        Just("e\u{301}".to_string()),
        // Names and the words around them, beside multibyte symbols: the
        // recogniser reads bytes back and forth from a name.
        Just(" Anna Berg ".to_string()),
        Just("Oksana Melnyk".to_string()),
        Just(" € · ".to_string()),
        Just("laut ".to_string()),
        Just("Según el ".to_string()),
        Just("2019 – ".to_string()),
        Just("Quý cô Mai ".to_string()),
        Just("مستأجرم عباس رستمی".to_string()),
        Just("明天张伟".to_string()),
        Just("Ayşe Yılmaz yazar mısın".to_string()),
        "[0-9 .@:/-]{0,12}",
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

/// Texts of one request with values that are findings only in context, and
/// literal placeholders.
fn request() -> impl Strategy<Value = Vec<String>> {
    let piece = prop_oneof![
        Just("Account number: ".to_string()),
        Just("40817263915".to_string()),
        Just("jane.doe@acme.io".to_string()),
        Just("SSN ".to_string()),
        Just("536-90-4399".to_string()),
        Just("[EMAIL_1]".to_string()),
        Just("[EMAIL_2]".to_string()),
        Just("[ACCOUNT_1]".to_string()),
        Just("[SSN_1".to_string()),
        Just("]".to_string()),
        Just("\u{200E}".to_string()),
        "[ .,;a-z0-9]{0,6}",
    ];
    let text = prop::collection::vec(piece, 0..16).prop_map(|v| v.concat());
    prop::collection::vec(text, 1..4)
}

/// Whether `text[start..end]` stands alone: a letter at its edge does not
/// continue a word (the rule redaction by value follows).
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let joined_before =
        letter(text[start..].chars().next()) && letter(text[..start].chars().next_back());
    let joined_after =
        letter(text[..end].chars().next_back()) && letter(text[end..].chars().next());
    !joined_before && !joined_after
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn redaction_leaves_no_redacted_value_and_restore_inverts_it(texts in request()) {
        let engine = Engine::builtin();
        let parts = engine.redact_many(&texts);
        let values: Vec<&str> = parts
            .iter()
            .flat_map(|p| p.replacements())
            .map(|r| r.original())
            .collect();
        for (part, text) in parts.iter().zip(&texts) {
            prop_assert_eq!(&Redacted::restore_all(&parts, part.text()), text);
            for value in &values {
                for (at, _) in part.text().match_indices(value) {
                    prop_assert!(
                        !stands_alone(part.text(), at, at + value.len()),
                        "{:?} is still in {:?}", value, part.text()
                    );
                }
            }
        }
    }

    #[test]
    fn classify_never_panics_and_spans_are_sound(text in texty()) {
        let engine = Engine::builtin();
        let report = engine.classify(&text);
        let mut last_end = 0;
        for f in &report.findings {
            prop_assert!(f.span.start < f.span.end && f.span.end <= text.len());
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert!(f.span.start >= last_end, "findings overlap or are unsorted");
            last_end = f.span.end;
            prop_assert!(f.tier <= report.tier);
        }
        prop_assert_eq!(report.tier == Tier::Public, report.findings.is_empty());
        // Deterministic.
        prop_assert_eq!(engine.classify(&text), report.clone());
        // Redaction never panics, and restore inverts it.
        let redacted = engine.redact(&text, &report);
        prop_assert_eq!(redacted.restore(redacted.text()), text.clone());
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        let report = Engine::builtin().classify(&text);
        for f in &report.findings {
            prop_assert!(f.span.slice(&text).is_some());
        }
    }

    #[test]
    fn validators_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..48), a in 0usize..64, b in 0usize..64) {
        for v in Validator::ALL {
            if let Check::Trim(n) = v.check(&bytes) {
                prop_assert!(n <= bytes.len());
            }
            let _ = v.check_in(&bytes, a, b);
        }
        let digits: Vec<u8> = bytes.iter().map(|b| b % 10).collect();
        let _ = (luhn(&digits), verhoeff(&digits), iban_mod97(&bytes));
    }

    #[test]
    fn offsets_round_trip(text in "\\PC{0,64}") {
        let bytes: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for unit in [OffsetUnit::Utf16, OffsetUnit::CodePoint] {
            let converted = convert_offsets(&text, &bytes, unit);
            prop_assert_eq!(to_byte_offsets(&text, &converted, unit).unwrap(), bytes.clone());
        }
    }
}
