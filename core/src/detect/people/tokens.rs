//! Words of a text for the name recogniser: their spans, their case and
//! whether code punctuation glues them to their neighbours.

/// How a word is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// `Melnyk`, `O'Brien`, `McDonald`, `Smith-Jones`, `Оксана`.
    Capital,
    /// `OKONKWO`: all capitals, two letters or more.
    Upper,
    /// `van`, `de`, `bin`, or any other lowercase word.
    Lower,
    /// `J.`: one capital and a full stop.
    Initial,
    /// A word of a script without case (Arabic, Hebrew, Devanagari, Ge'ez).
    Caseless,
    /// Anything else: CamelCase, digits inside, Han, kana, Hangul.
    Other,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    pub start: usize,
    pub end: usize,
    pub shape: Shape,
    /// Glued to code punctuation (`os.Path`, `Name(`, `_Foo`, `$Var`): not a name.
    pub code: bool,
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}' | '\u{05B0}'..='\u{05C7}')
}

pub(super) fn is_letter(c: char) -> bool {
    c.is_alphabetic() || is_mark(c)
}

/// Han, kana and Hangul: written without spaces, handled by `cjk`.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3005 | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF | 0x1100..=0x11FF)
}

fn caseless(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x05FF | 0x0600..=0x06FF | 0x0750..=0x077F | 0x0900..=0x097F | 0x0980..=0x09FF | 0x1200..=0x137F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// The words of `text` that matter for names, in order: every word but
/// lowercase ASCII ones away from capitalised words. A word is a run of
/// letters, with an apostrophe or hyphen allowed between two letters.
pub(super) fn words(text: &str) -> Vec<Word> {
    let bytes = text.as_bytes();
    let char_at = |i: usize| text[i..].chars().next().unwrap_or('\0');
    let letter_at = |i: usize| {
        text.get(i..)
            .and_then(|s| s.chars().next())
            .is_some_and(|a| a.is_alphabetic() && !is_cjk(a))
    };
    // Whether the mark at `i..j` stands between two Hebrew letters.
    let hebrew = |c: Option<char>| c.is_some_and(|c| ('\u{5D0}'..='\u{5EA}').contains(&c));
    let between_hebrew = |i: usize, j: usize| {
        hebrew(text[..i].chars().next_back()) && hebrew(text[j..].chars().next())
    };
    let mut out: Vec<Word> = Vec::new();
    let mut pending: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < bytes.len() {
        // Skip to a letter; ASCII bytes without decoding.
        let b = bytes[i];
        if b < 0x80 {
            if !b.is_ascii_alphabetic() {
                i += 1;
                continue;
            }
        } else {
            let c = char_at(i);
            if !c.is_alphabetic() || is_cjk(c) {
                i += c.len_utf8().max(1);
                continue;
            }
        }
        let start = i;
        let mut end = i;
        let mut ascii = true;
        while end < bytes.len() {
            let b = bytes[end];
            if b < 0x80 {
                if b.is_ascii_alphabetic() {
                    end += 1;
                } else if matches!(b, b'\'' | b'-') && letter_at(end + 1) {
                    // Only between letters: `O'Brien`, `Al-Farsi`.
                    end += 1;
                } else if b == b'"' && between_hebrew(end, end + 1) {
                    // A Hebrew abbreviation is one word: `דו"ח`, "report".
                    end += 1;
                } else {
                    break;
                }
            } else {
                let d = char_at(end);
                // Hebrew gershayim and geresh mark abbreviations (`עו״ד`,
                // "lawyer"; `ד״ר`, "Dr") and foreign sounds (`ג׳ורג׳`).
                let joins = d == '\u{2019}' && letter_at(end + d.len_utf8())
                    || matches!(d, '\u{5F3}' | '\u{5F4}') && between_hebrew(end, end + 2);
                if is_letter(d) && !is_cjk(d) || joins {
                    ascii = false;
                    end += d.len_utf8();
                } else {
                    break;
                }
            }
        }
        // A lowercase word matters only next to a capitalised one (a
        // particle, a role noun, an article): it is kept if it follows the
        // last kept word closely, or held until a capitalised word comes.
        let lower_ascii = ascii && bytes[start].is_ascii_lowercase();
        if lower_ascii {
            let follows = out
                .last()
                .is_some_and(|w: &Word| start - w.end <= 2 && w.shape != Shape::Lower);
            if !follows {
                pending = Some((start, end));
                i = end;
                continue;
            }
        } else if let Some((s, e)) = pending.take() {
            out.push(word_at(text, s, e, true));
        }
        out.push(word_at(text, start, end, ascii));
        i = out.last().map_or(end, |w| w.end);
    }
    // Irish puts an `h` before a surname's vowel after `Ó` (`Ó hÉalaí`, `Ó
    // hAodha`): the surname is capitalised all the same.
    for k in 1..out.len() {
        let (prev, w) = (out[k - 1], out[k]);
        if w.shape == Shape::Other
            && matches!(&text[prev.start..prev.end], "Ó" | "O")
            && &text[prev.end..w.start] == " "
            && text[w.start..]
                .strip_prefix('h')
                .and_then(|t| t.chars().next())
                .is_some_and(char::is_uppercase)
        {
            out[k].shape = Shape::Capital;
        }
    }
    out
}

/// The word `text[start..end]` with its shape and whether code punctuation glues it.
fn word_at(text: &str, start: usize, end: usize, ascii: bool) -> Word {
    let bytes = text.as_bytes();
    let char_at = |i: usize| text[i..].chars().next().unwrap_or('\0');
    {
        let word = &text[start..end];
        let next = bytes
            .get(end)
            .map(|&b| if b < 0x80 { b as char } else { char_at(end) });
        let prev = match start.checked_sub(1).map(|k| bytes[k]) {
            Some(b) if b < 0x80 => Some(b as char),
            Some(_) => text[..start].chars().next_back(),
            None => None,
        };
        let shape = if ascii && bytes[start].is_ascii_lowercase() {
            if word.bytes().any(|b| b.is_ascii_uppercase()) {
                Shape::Other
            } else {
                Shape::Lower
            }
        } else {
            shape_of(word, next)
        };
        let glued_before = prev.is_some_and(|p| {
            matches!(
                p,
                '.' | '_'
                    | '/'
                    | '\\'
                    | '$'
                    | '@'
                    | '#'
                    | '<'
                    | '='
                    | '`'
                    | '{'
                    | '['
                    | '%'
                    | '&'
                    | '~'
                    | '|'
            ) || p.is_ascii_digit()
        });
        let glued_after = next.is_some_and(|n| {
            matches!(
                n,
                '(' | '_' | '/' | '\\' | '=' | '<' | '>' | '[' | '@' | '{' | '`' | '|'
            ) || n.is_ascii_digit()
                || (n == '.'
                    && bytes
                        .get(end + 1)
                        .is_some_and(|b| b.is_ascii_alphanumeric()))
                || (n == ':' && bytes.get(end + 1) == Some(&b':'))
        });
        // An initial takes its full stop.
        let end = if shape == Shape::Initial {
            end + 1
        } else {
            end
        };
        Word {
            start,
            end,
            shape,
            code: glued_before || glued_after,
        }
    }
}

fn shape_of(word: &str, next: Option<char>) -> Shape {
    let mut cs = word.chars();
    let Some(first) = cs.next() else {
        return Shape::Other;
    };
    if caseless(first) {
        return Shape::Caseless;
    }
    if first.is_lowercase() {
        return if word.chars().all(|c| !c.is_uppercase()) {
            Shape::Lower
        } else {
            Shape::Other
        };
    }
    if !first.is_uppercase() {
        return Shape::Other;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 {
        return if next == Some('.') {
            Shape::Initial
        } else {
            Shape::Other
        };
    }
    if word
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
    {
        return Shape::Upper;
    }
    // A capital inside is allowed after a hyphen or apostrophe (`Al-Farsi`,
    // `O'Brien`) or a surname prefix (`McDonald`, `MacLeod`, `DeShawn`, `LaToya`).
    let mut prev = first;
    let mut seen = first.len_utf8();
    let mut segment = 0;
    for c in cs {
        if matches!(prev, '-' | '\'' | '\u{2019}') {
            segment = seen;
        }
        if c.is_uppercase() && !matches!(prev, '-' | '\'' | '\u{2019}') {
            let head = &word[segment..seen];
            if !matches!(
                head,
                "Mc" | "Mac" | "De" | "Di" | "Da" | "Du" | "La" | "Le" | "Van" | "Von" | "Fitz"
            ) {
                return Shape::Other;
            }
        }
        prev = c;
        seen += c.len_utf8();
    }
    Shape::Capital
}

/// The first character boundary of `text` at or after `at` (at most its end).
pub(super) fn ceil_boundary(text: &str, at: usize) -> usize {
    (at.min(text.len())..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len())
}

/// The last character boundary of `text` at or before `at`.
pub(super) fn floor_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(text: &str) -> Vec<(&str, Shape, bool)> {
        words(text)
            .into_iter()
            .map(|w| (&text[w.start..w.end], w.shape, w.code))
            .collect()
    }

    #[test]
    fn words_and_shapes() {
        assert_eq!(
            shapes("Dear J. O'Brien-McDonald, OKONKWO van os.Path getName() Оксана محمد"),
            vec![
                ("Dear", Shape::Capital, false),
                ("J.", Shape::Initial, false),
                ("O'Brien-McDonald", Shape::Capital, false),
                ("OKONKWO", Shape::Upper, false),
                ("van", Shape::Lower, false),
                ("os", Shape::Lower, true),
                ("Path", Shape::Capital, true),
                ("getName", Shape::Other, true),
                ("Оксана", Shape::Capital, false),
                ("محمد", Shape::Caseless, false),
            ]
        );
    }

    #[test]
    fn camel_case_is_not_a_name_shape() {
        assert_eq!(shapes("HttpClient")[0].1, Shape::Other);
        assert_eq!(shapes("LaToya")[0].1, Shape::Capital);
    }
}
