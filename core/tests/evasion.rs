//! Invisible characters cannot hide a value: for every built-in detector's
//! example, one character of each invisible class inserted at every position
//! of the example leaves the detector firing, and the finding's span, read
//! without the inserted characters, is the value found without them (so a
//! redaction removes what was inserted inside the value too).

use tiergate::Engine;

/// One character of each class a word processor, a right-to-left layout, a
/// copy from a terminal or an attacker puts between the characters of a value.
const INVISIBLE: &[(&str, char)] = &[
    ("left-to-right mark", '\u{200E}'),
    ("right-to-left mark", '\u{200F}'),
    ("Arabic letter mark", '\u{061C}'),
    ("right-to-left override", '\u{202E}'),
    ("pop directional formatting", '\u{202C}'),
    ("first strong isolate", '\u{2068}'),
    ("zero-width space", '\u{200B}'),
    ("zero-width joiner", '\u{200D}'),
    ("word joiner", '\u{2060}'),
    ("invisible separator", '\u{2063}'),
    ("soft hyphen", '\u{00AD}'),
    ("byte order mark", '\u{FEFF}'),
    ("Mongolian vowel separator", '\u{180E}'),
    ("variation selector 16", '\u{FE0F}'),
    ("variation selector 256", '\u{E01EF}'),
    ("tag letter", '\u{E0041}'),
    ("combining acute accent", '\u{0301}'),
    ("combining enclosing circle", '\u{20DD}'),
    ("NUL", '\0'),
    ("SOH", '\u{1}'),
    ("ESC", '\u{1B}'),
    ("DEL", '\u{7F}'),
    ("C1 control", '\u{9B}'),
    ("replacement character (a lone surrogate)", '\u{FFFD}'),
    ("noncharacter", '\u{FFFF}'),
];

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0301}' | '\u{20DD}')
}

#[test]
fn invisible_characters_anywhere_in_an_example_do_not_hide_it() {
    let engine = Engine::builtin();
    let mut variants = 0;
    let mut problems = Vec::new();
    for d in engine.detectors() {
        let example = d.example.as_deref().expect("every detector has an example");
        let report = engine.classify(example);
        let Some(found) = report.findings.iter().find(|f| f.detector == d.id) else {
            problems.push(format!("{}: its example is not found", d.id));
            continue;
        };
        let value = &example[found.span.start..found.span.end];
        let positions: Vec<usize> = example
            .char_indices()
            .map(|(i, _)| i)
            .skip(1)
            .chain([example.len()])
            .collect();
        for &(class, c) in INVISIBLE {
            for &at in &positions {
                // A combining mark on a letter of another script belongs to
                // it; only marks after ASCII characters are insertions.
                if is_mark(c) && !example[..at].ends_with(|p: char| p.is_ascii()) {
                    continue;
                }
                let variant = format!("{}{c}{}", &example[..at], &example[at..]);
                variants += 1;
                let report = engine.classify(&variant);
                let Some(f) = report.findings.iter().find(|f| f.detector == d.id) else {
                    problems.push(format!("{}: hidden by a {class} at byte {at}", d.id));
                    continue;
                };
                let got: String = variant[f.span.start..f.span.end]
                    .chars()
                    .filter(|&x| x != c)
                    .collect();
                if got != value {
                    problems.push(format!(
                        "{}: with a {class} at byte {at} the finding is {got:?}, not {value:?}",
                        d.id
                    ));
                }
            }
        }
    }
    assert!(variants > 10_000, "only {variants} variants");
    assert!(
        problems.is_empty(),
        "{} of {variants} variants:\n{}",
        problems.len(),
        problems[..problems.len().min(60)].join("\n")
    );
}

/// Base64 of `text`, standard alphabet with padding.
fn base64(text: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in text.as_bytes().chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize])
            } else {
                '='
            });
        }
    }
    out
}

/// Each finding of `text`: its detector and the text it covers.
fn found<'t>(engine: &Engine, text: &'t str) -> Vec<(String, &'t str)> {
    let report = engine.classify(text);
    report
        .findings
        .into_iter()
        .map(|f| (f.detector, &text[f.span.start..f.span.end]))
        .collect()
}

#[test]
fn harmless_encoded_blobs_before_an_encoded_value_do_not_hide_it() {
    let engine = Engine::builtin();
    let secret = base64("SSN 536-90-4399 ");
    for decoys in [0, 1, 63, 64, 65, 1000, 20_000] {
        let mut text: String = (0..decoys)
            .map(|i| base64(&format!("meeting notes, item {i}")) + " ")
            .collect();
        text.push_str(&secret);
        let found = found(&engine, &text);
        assert_eq!(
            found,
            [("us_ssn".to_string(), secret.as_str())],
            "after {decoys} decoys"
        );
    }
}

#[test]
fn invisible_characters_inside_an_encoded_value_do_not_hide_it() {
    let engine = Engine::builtin();
    for &(class, c) in INVISIBLE {
        if matches!(c, '\0' | '\u{1}' | '\u{1B}' | '\u{7F}' | '\u{9B}') {
            // Decoded blobs with control characters are not text: not scanned.
            continue;
        }
        let blob = base64(&format!("SSN 536-9{c}0-4399 "));
        let text = format!("data: {blob}");
        let found = found(&engine, &text);
        assert_eq!(
            found,
            [("us_ssn".to_string(), blob.as_str())],
            "a {class} in a base64 SSN"
        );
    }
}
