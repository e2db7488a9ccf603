//! Offset conversion between UTF-8 bytes (the core's unit), UTF-16 code units
//! (JavaScript) and Unicode code points (Python).

use crate::error::{Error, ErrorKind};
use serde::{Deserialize, Serialize};

/// The unit of a span's offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust `&text[start..end]`).
    #[default]
    Utf8,
    /// UTF-16 code units (JavaScript `text.slice(start, end)`).
    Utf16,
    /// Unicode scalar values (Python `text[start:end]`).
    CodePoint,
}

impl OffsetUnit {
    /// The snake_case name used in the wire format (`utf8`, `utf16`, `code_point`).
    pub fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Utf8 => "utf8",
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::CodePoint => "code_point",
        }
    }
}

fn units(c: char, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Utf8 => c.len_utf8(),
        OffsetUnit::Utf16 => c.len_utf16(),
        OffsetUnit::CodePoint => 1,
    }
}

/// Converts byte offsets into `text` to `unit`, in one pass over the text.
///
/// Offsets may come in any order. An offset inside a character or past the end
/// is clamped to the start of that character or the end of the text.
///
/// # Example
/// ```
/// use tiergate::{convert_offsets, OffsetUnit};
/// let text = "😀 a@b.io";
/// assert_eq!(convert_offsets(text, &[5, 11], OffsetUnit::Utf16), vec![3, 9]);
/// assert_eq!(convert_offsets(text, &[5, 11], OffsetUnit::CodePoint), vec![2, 8]);
/// ```
pub fn convert_offsets(text: &str, byte_offsets: &[usize], unit: OffsetUnit) -> Vec<usize> {
    if unit == OffsetUnit::Utf8 {
        return byte_offsets.to_vec();
    }
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_by_key(|&i| byte_offsets[i]);
    let mut out = vec![0; byte_offsets.len()];
    let mut chars = text.char_indices().peekable();
    let mut count = 0;
    for i in order {
        let target = byte_offsets[i].min(text.len());
        while let Some(&(pos, c)) = chars.peek() {
            if pos + c.len_utf8() > target {
                break;
            }
            count += units(c, unit);
            chars.next();
        }
        out[i] = count;
    }
    out
}

/// Converts offsets in `unit` back to UTF-8 byte offsets.
///
/// # Errors
/// `invalid_argument` when an offset is past the end of the text or, for
/// UTF-16, falls between the two halves of a surrogate pair.
pub fn to_byte_offsets(
    text: &str,
    offsets: &[usize],
    unit: OffsetUnit,
) -> Result<Vec<usize>, Error> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![0; offsets.len()];
    let mut chars = text.char_indices().peekable();
    let mut count = 0;
    let mut byte = 0;
    for i in order {
        let target = offsets[i];
        while count < target {
            let Some((pos, c)) = chars.next() else { break };
            count += units(c, unit);
            byte = pos + c.len_utf8();
        }
        if count != target {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "offset {target} is not on a character boundary of the text or is past its end"
                ),
            ));
        }
        out[i] = byte;
    }
    Ok(out)
}

/// A runtime's string as text, for a runtime whose strings may hold lone
/// surrogates: `bytes` is the string in generalised UTF-8 (Python's
/// `str.encode("utf-8", "surrogatepass")`, each surrogate as the three bytes
/// `ED A0..=BF 80..=BF`). Each surrogate becomes one U+FFFD, as JavaScript
/// hosts already read one, so the text has the same number of code points and
/// UTF-16 units as the string and offsets in the runtime's unit stay right;
/// detection reads U+FFFD as invisible, so a surrogate cannot split a value.
pub fn text_from_surrogates(mut bytes: Vec<u8>) -> String {
    let mut at = 0;
    while let Some(i) = memchr::memchr(0xED, &bytes[at..]).map(|i| at + i) {
        if let [0xA0..=0xBF, 0x80..=0xBF] = bytes.get(i + 1..i + 3).unwrap_or_default() {
            bytes[i..i + 3].copy_from_slice("\u{FFFD}".as_bytes());
        }
        at = i + 1;
    }
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_names_are_the_wire_names() {
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::CodePoint] {
            let json = serde_json::to_string(&unit).unwrap();
            assert_eq!(json, format!("\"{}\"", unit.as_str()));
        }
    }

    #[test]
    fn round_trip_with_emoji_cjk_and_combining_marks() {
        let text = "e\u{301} 😀 日本 x";
        let bytes: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::CodePoint] {
            let conv = convert_offsets(text, &bytes, unit);
            assert_eq!(
                to_byte_offsets(text, &conv, unit).unwrap(),
                bytes,
                "{unit:?}"
            );
        }
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let c = convert_offsets(text, &[text.find('日').unwrap()], OffsetUnit::Utf16)[0];
        assert_eq!(String::from_utf16(&utf16[c..c + 1]).unwrap(), "日");
    }

    #[test]
    fn unsorted_input_keeps_order() {
        let text = "ab😀c";
        assert_eq!(
            convert_offsets(text, &[7, 0, 2], OffsetUnit::CodePoint),
            vec![4, 0, 2]
        );
    }

    #[test]
    fn bad_offsets_are_errors() {
        let text = "😀";
        assert_eq!(
            to_byte_offsets(text, &[1], OffsetUnit::Utf16)
                .unwrap_err()
                .code(),
            "invalid_argument"
        );
        assert!(to_byte_offsets(text, &[3], OffsetUnit::CodePoint).is_err());
    }

    #[test]
    fn lone_surrogates_become_one_replacement_character_each() {
        // "a", U+D800, "b", U+DFFF, an emoji, as Python's surrogatepass writes them.
        let bytes = b"a\xED\xA0\x80b\xED\xBF\xBF\xF0\x9F\x98\x80".to_vec();
        assert_eq!(text_from_surrogates(bytes), "a\u{FFFD}b\u{FFFD}\u{1F600}");
        assert_eq!(
            text_from_surrogates("plain \u{D55C}".into()),
            "plain \u{D55C}"
        );
    }
}
