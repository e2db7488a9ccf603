//! Normalisation before matching, so look-alike and invisible characters
//! cannot hide data.
//!
//! Full-width and other Unicode decimal digits, full-width letters and a few
//! punctuation marks become ASCII; non-breaking and other fixed-width spaces,
//! vertical tab, form feed and NEL become a plain space; Unicode dashes become
//! `-` and curly apostrophes become `'`. Characters that show nothing are
//! dropped, so inserted between the characters of a value they cannot split
//! it: every format character (general category Cf: zero-width characters,
//! soft hyphen, BOM, the bidirectional marks, embeddings, overrides and
//! isolates, tag characters; but a non-joiner inside a word of the Arabic
//! script, part of Persian spelling, stays), every other control character (C0 but tab, line
//! feed and carriage return; DEL; C1), variation selectors, unassigned code
//! points and noncharacters, U+FFFD (what the bindings read a lone surrogate
//! as), and combining marks that follow an ASCII character (`5\u{0301}`; a
//! mark on a letter of another script is part of that letter and stays).
//! Everything else is copied unchanged, so ASCII text without control
//! characters (the common case) is scanned in place without a copy.

use std::borrow::Cow;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// The text to scan plus the way back to the caller's byte offsets.
#[derive(Debug)]
pub(crate) struct Normalized<'t> {
    pub bytes: Cow<'t, [u8]>,
    /// Sorted by `norm`: where normalised bytes stop being a plain copy of the
    /// original. Empty when nothing changed.
    marks: Vec<Mark>,
}

/// At normalised offset `norm` (and original offset `orig`), `orig_len` original
/// bytes were replaced by `norm_len` bytes (0 or 1).
#[derive(Clone, Copy, Debug)]
struct Mark {
    norm: usize,
    orig: usize,
    norm_len: usize,
    orig_len: usize,
}

/// The replacement for one character, or `None` to copy it. `after_ascii`:
/// the last character not dropped was ASCII.
fn replacement(c: char, after_ascii: bool) -> Option<&'static str> {
    Some(match c {
        '\u{000B}' | '\u{000C}' | '\u{0085}' => " ",
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' | '\u{200A}' | '\u{3000}' => " ",
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => "-",
        '\u{2018}' | '\u{2019}' | '\u{FF07}' => "'",
        '\u{FF0E}' => ".",
        '\u{FF0C}' => ",",
        '\u{FF1A}' => ":",
        '\u{FF20}' => "@",
        '\u{FF0B}' => "+",
        '\u{FF08}' => "(",
        '\u{FF09}' => ")",
        '\u{FF0F}' => "/",
        '\u{FF10}'..='\u{FF19}' => ASCII_DIGITS[(c as u32 - 0xFF10) as usize],
        // Other decimal digits people paste: Arabic-Indic, Persian, Devanagari,
        // Bengali and the mathematical bold/double-struck/sans/monospace sets.
        '\u{0660}'..='\u{0669}' => ASCII_DIGITS[(c as u32 - 0x0660) as usize],
        '\u{06F0}'..='\u{06F9}' => ASCII_DIGITS[(c as u32 - 0x06F0) as usize],
        '\u{0966}'..='\u{096F}' => ASCII_DIGITS[(c as u32 - 0x0966) as usize],
        '\u{09E6}'..='\u{09EF}' => ASCII_DIGITS[(c as u32 - 0x09E6) as usize],
        '\u{1D7CE}'..='\u{1D7FF}' => ASCII_DIGITS[((c as u32 - 0x1D7CE) % 10) as usize],
        '\u{FF21}'..='\u{FF3A}' => ASCII_UPPER[(c as u32 - 0xFF21) as usize],
        '\u{FF41}'..='\u{FF5A}' => ASCII_LOWER[(c as u32 - 0xFF41) as usize],
        '\t' | '\n' | '\r' => return None,
        // Letters of the big scripts (Latin-1 and Latin Extended-A/B,
        // Cyrillic, Arabic, kana, CJK ideographs, Hangul syllables): all
        // assigned, none a mark or a format character; no table lookup.
        '\u{00C0}'..='\u{024F}'
        | '\u{0410}'..='\u{044F}'
        | '\u{0621}'..='\u{063A}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' => return None,
        '\u{FFFD}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}' => "",
        _ => match c.general_category() {
            GeneralCategory::Format | GeneralCategory::Control | GeneralCategory::Unassigned => "",
            GeneralCategory::NonspacingMark
            | GeneralCategory::SpacingMark
            | GeneralCategory::EnclosingMark
                if after_ascii =>
            {
                ""
            }
            _ => return None,
        },
    })
}

/// Whether `c` at `i` is a zero-width non-joiner between two letters of the
/// Arabic script: Persian spells with it (`می‌خواهد`, `همسایه‌مان`, "our
/// neighbour"), so it stays, as a letter's part would. (No identifier is
/// written in that script, so it hides none.)
fn joins_persian(text: &str, i: usize, c: char) -> bool {
    let arabic = |c: Option<char>| {
        c.is_some_and(|c| matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}'))
    };
    c == '\u{200C}'
        && arabic(text[..i].chars().next_back())
        && arabic(text[i + c.len_utf8()..].chars().next())
}

/// Whether `bytes` is ASCII without control characters other than tab, line
/// feed and carriage return: nothing to replace. Whole 64-byte chunks at a
/// time, without a branch per byte (this form vectorises).
fn plain(bytes: &[u8]) -> bool {
    bytes.chunks(64).all(|chunk| {
        chunk.iter().fold(true, |ok, &b| {
            ok & ((0x20..0x7F).contains(&b) | (b == b'\t') | (b == b'\n') | (b == b'\r'))
        })
    })
}

const ASCII_DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
const ASCII_UPPER: [&str; 26] = [
    "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R", "S",
    "T", "U", "V", "W", "X", "Y", "Z",
];
const ASCII_LOWER: [&str; 26] = [
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
    "t", "u", "v", "w", "x", "y", "z",
];

impl<'t> Normalized<'t> {
    pub(crate) fn new(text: &'t str) -> Normalized<'t> {
        let bytes = text.as_bytes();
        if plain(bytes) {
            return Normalized {
                bytes: Cow::Borrowed(bytes),
                marks: Vec::new(),
            };
        }
        let mut out = Vec::with_capacity(bytes.len());
        let mut marks = Vec::new();
        let mut copied_from = 0;
        let mut after_ascii = false;
        for (i, c) in text.char_indices() {
            let r = if c.is_ascii() && !c.is_ascii_control() || joins_persian(text, i, c) {
                None
            } else {
                replacement(c, after_ascii)
            };
            match r {
                None => after_ascii = c.is_ascii(),
                Some(r) => {
                    out.extend_from_slice(&bytes[copied_from..i]);
                    marks.push(Mark {
                        norm: out.len(),
                        orig: i,
                        norm_len: r.len(),
                        orig_len: c.len_utf8(),
                    });
                    out.extend_from_slice(r.as_bytes());
                    copied_from = i + c.len_utf8();
                    // A dropped character keeps the state; a replacement is ASCII.
                    after_ascii |= !r.is_empty();
                }
            }
        }
        if marks.is_empty() {
            return Normalized {
                bytes: Cow::Borrowed(bytes),
                marks,
            };
        }
        out.extend_from_slice(&bytes[copied_from..]);
        Normalized {
            bytes: Cow::Owned(out),
            marks,
        }
    }

    /// Maps a normalised half-open span back to the original text.
    pub(crate) fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        if self.marks.is_empty() {
            return (start, end);
        }
        (self.map(start, false), self.map(end, true))
    }

    /// Original offset of normalised offset `n`. For an end offset that falls
    /// right after a replaced character, the whole original character is included;
    /// dropped characters at the edges stay outside the span.
    fn map(&self, n: usize, is_end: bool) -> usize {
        // Last mark starting at or before n (for ends: strictly before n, so a
        // replacement that ends exactly at n is covered entirely).
        let idx = self
            .marks
            .partition_point(|m| if is_end { m.norm < n } else { m.norm <= n });
        let Some(m) = idx.checked_sub(1).map(|i| self.marks[i]) else {
            return n;
        };
        if n < m.norm + m.norm_len {
            // Inside a replacement (only its first byte exists: norm_len is 0 or 1).
            return m.orig;
        }
        let after = n - (m.norm + m.norm_len);
        if is_end && after == 0 {
            return m.orig + m.orig_len;
        }
        m.orig + m.orig_len + after
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_borrowed() {
        let n = Normalized::new("plain text 123");
        assert!(matches!(n.bytes, Cow::Borrowed(_)));
        assert_eq!(n.original_span(3, 7), (3, 7));
    }

    #[test]
    fn a_persian_non_joiner_stays_and_others_go() {
        // Inside a word of the Arabic script it is spelling (`همسایه‌مان`,
        // "our neighbour"); anywhere else it could split a value.
        let text = "همسایه\u{200c}مان 4111\u{200c}1111 api\u{200c}key \u{200c}مان";
        let n = Normalized::new(text);
        assert_eq!(
            std::str::from_utf8(&n.bytes).unwrap(),
            "همسایه\u{200c}مان 41111111 apikey مان"
        );
    }

    #[test]
    fn other_unicode_is_borrowed() {
        let n = Normalized::new("日本語 é ü");
        assert!(matches!(n.bytes, Cow::Borrowed(_)));
    }

    #[test]
    fn full_width_digits_become_ascii_and_map_back() {
        let text = "SSN ５３６-９０-４３９９ ok";
        let n = Normalized::new(text);
        assert_eq!(std::str::from_utf8(&n.bytes).unwrap(), "SSN 536-90-4399 ok");
        let (s, e) = n.original_span(4, 15);
        assert_eq!(&text[s..e], "５３６-９０-４３９９");
    }

    #[test]
    fn other_unicode_digits_become_ascii() {
        let text = "PESEL ٤٤٠٥١٤٠١٣٥٩ / ४४०५ / 𝟒𝟒𝟎𝟓 / ۴۴";
        let n = Normalized::new(text);
        assert_eq!(
            std::str::from_utf8(&n.bytes).unwrap(),
            "PESEL 44051401359 / 4405 / 4405 / 44"
        );
        let (s, e) = n.original_span(6, 17);
        assert_eq!(&text[s..e], "٤٤٠٥١٤٠١٣٥٩");
    }

    #[test]
    fn zero_width_and_nbsp() {
        let text = "card 4539\u{200B}1488\u{00A0}0343 6467.";
        let n = Normalized::new(text);
        assert_eq!(
            std::str::from_utf8(&n.bytes).unwrap(),
            "card 45391488 0343 6467."
        );
        let (s, e) = n.original_span(5, 23);
        assert_eq!(&text[s..e], "4539\u{200B}1488\u{00A0}0343 6467");
        // A span that starts right after a dropped character starts after it.
        let (s, _) = n.original_span(9, 13);
        assert_eq!(&text[s..s + 4], "1488");
    }

    #[test]
    fn invisible_characters_are_dropped_and_the_span_keeps_them() {
        for inserted in [
            "\u{200E}",
            "\u{200F}",
            "\u{202E}",
            "\u{2066}",
            "\u{061C}",
            "\u{FE0F}",
            "\u{E0041}",
            "\u{0301}",
            "\u{20DD}",
            "\0",
            "\u{1}",
            "\u{7F}",
            "\u{9B}",
            "\u{FFFD}",
            "\u{FFFF}",
            "\u{E01EF}",
        ] {
            let text = format!("SSN 536{inserted}-90-43{inserted}99.");
            let n = Normalized::new(&text);
            assert_eq!(
                std::str::from_utf8(&n.bytes).unwrap(),
                "SSN 536-90-4399.",
                "{inserted:?}"
            );
            let (s, e) = n.original_span(4, 15);
            assert_eq!(&text[s..e], format!("536{inserted}-90-43{inserted}99"));
        }
    }

    #[test]
    fn control_spaces_become_spaces_and_line_breaks_stay() {
        let n = Normalized::new("a\u{B}b\u{C}c\u{85}d\te\r\nf");
        assert_eq!(std::str::from_utf8(&n.bytes).unwrap(), "a b c d\te\r\nf");
        assert!(matches!(
            Normalized::new("tab\tand\r\nlines").bytes,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn the_letter_blocks_skipped_hold_no_character_that_is_replaced() {
        use unicode_properties::GeneralCategoryGroup;
        for c in [
            '\u{00C0}'..='\u{024F}',
            '\u{0410}'..='\u{044F}',
            '\u{0621}'..='\u{063A}',
            '\u{3041}'..='\u{3096}',
            '\u{30A1}'..='\u{30FA}',
            '\u{4E00}'..='\u{9FFF}',
            '\u{AC00}'..='\u{D7A3}',
        ]
        .into_iter()
        .flatten()
        {
            let group = c.general_category_group();
            assert!(
                !matches!(
                    group,
                    GeneralCategoryGroup::Other | GeneralCategoryGroup::Mark
                ),
                "{c:?}"
            );
        }
    }

    #[test]
    fn marks_on_letters_of_other_scripts_stay() {
        // Devanagari vowel sign and a combining acute on a Cyrillic letter:
        // part of the letter, not an insertion between ASCII characters.
        let text = "\u{0915}\u{093F} \u{0438}\u{0301}";
        let n = Normalized::new(text);
        assert_eq!(std::str::from_utf8(&n.bytes).unwrap(), text);
        // After ASCII, a run of marks goes, however long.
        let n = Normalized::new("4\u{0301}\u{0302}\u{0303}5");
        assert_eq!(std::str::from_utf8(&n.bytes).unwrap(), "45");
    }
}
