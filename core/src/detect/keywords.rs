//! Keyword lists: every detector's `keywords` in one Aho-Corasick automaton,
//! searched once over a folded copy of the text (letters in lower case, each
//! run of white space one space), so a list of thousands of phrases costs one
//! pass and a millisecond to build. As one regex each, a 2,423-phrase list
//! doubled the engine build and its lazy DFA thrashed on varied text.
//!
//! A keyword is a phrase of words. A word ending in `*` is a stem: it matches
//! with any ending (`nagan*` finds `nagana`, `naganę`), for languages that
//! decline their nouns. A keyword that starts or ends with an ASCII letter or
//! digit matches only as a whole word there (`pip` is not in `pipe`); other
//! scripts match anywhere (Chinese and Japanese have no spaces).

use super::scan::Candidate;
use crate::error::Error;
use crate::tier::Score;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// One detector's list.
#[derive(Debug)]
pub(super) struct KeywordList {
    pub detector: usize,
    pub score: Score,
    pub words: Vec<String>,
    pub case_sensitive: bool,
    /// The list's matches count only beside another match of the detector
    /// (`paired_keywords`; see [`Keywords::find`]).
    pub paired: bool,
    /// Matched in the case-folded automaton, a match counts only written as
    /// listed (acronyms, `PIP`): one pass for every list, where a
    /// case-sensitive list costs a second.
    pub verbatim: bool,
}

/// The lists of a scanner: one automaton over the case-folded text for the
/// case-insensitive lists, one over the text with only white space folded
/// for the others (an organisation's codenames).
#[derive(Debug, Default)]
pub(super) struct Keywords {
    sets: Vec<KeywordSet>,
}

#[derive(Debug)]
struct KeywordSet {
    lowercase: bool,
    ac: AhoCorasick,
    /// By the automaton's pattern id.
    needles: Vec<Needle>,
}

/// A keyword as the automaton sees it: the folded text up to its first stem
/// (the needle), then what must follow.
#[derive(Debug)]
struct Needle {
    detector: usize,
    score: Score,
    /// The folded keyword's length: the longest keyword matching at a place wins.
    weight: usize,
    /// The place before must not be an ASCII word character.
    start_edge: bool,
    /// The place after must not be an ASCII word character.
    end_edge: bool,
    /// Of a `paired_keywords` list.
    paired: bool,
    /// The keyword as written, when a match must be written so.
    verbatim: Option<Box<[u8]>>,
    /// After the needle: a stem's ending, then the rest of the phrase.
    tail: Vec<Piece>,
}

#[derive(Debug, PartialEq)]
enum Piece {
    /// Any letters: a stem's ending.
    Rest,
    /// These bytes (folded, a space for any white space).
    Literal(Vec<u8>),
}

impl Keywords {
    /// The automata for `lists` (an empty keyword is the caller's error to report).
    pub(super) fn build(lists: &[KeywordList]) -> Result<Keywords, Error> {
        let mut sets = Vec::new();
        for lowercase in [true, false] {
            let mut needles = Vec::new();
            let mut heads: Vec<Vec<u8>> = Vec::new();
            for list in lists.iter().filter(|l| l.case_sensitive != lowercase) {
                for word in &list.words {
                    let (head, needle) = Needle::new(word, list, lowercase);
                    if !head.is_empty() {
                        heads.push(head);
                        needles.push(needle);
                    }
                }
            }
            if needles.is_empty() {
                continue;
            }
            let ac = AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build(&heads)
                .map_err(|e| {
                    Error::invalid("detectors", format!("cannot compile keywords: {e}"))
                })?;
            sets.push(KeywordSet {
                lowercase,
                ac,
                needles,
            });
        }
        Ok(Keywords { sets })
    }

    /// Every keyword match in `hay`, as candidates in `hay`'s offsets: per
    /// detector, the longest keyword at the leftmost place, then the next
    /// place after it, as a regex of the list's keywords (longest first)
    /// would find them. The matches of paired lists go to `paired`, the
    /// others to `out`.
    pub(super) fn find(&self, hay: &[u8], out: &mut Vec<Candidate>, paired: &mut Vec<Candidate>) {
        for set in &self.sets {
            let folded = Folded::new(hay, set.lowercase);
            let text = &folded.bytes;
            // (detector, start, -weight, end, score, paired): sorted, the best
            // match at each place of each detector comes first.
            let mut found: Vec<(usize, usize, isize, usize, Score, bool)> = Vec::new();
            for m in set.ac.find_overlapping_iter(text.as_slice()) {
                let needle = &set.needles[m.pattern().as_usize()];
                if needle.start_edge && m.start() > 0 && is_word_byte(text[m.start() - 1]) {
                    continue;
                }
                let Some(end) = needle.rest(text, m.end()) else {
                    continue;
                };
                if let Some(v) = &needle.verbatim {
                    if hay.get(folded.original(m.start())..folded.original(end)) != Some(&v[..]) {
                        continue;
                    }
                }
                found.push((
                    needle.detector,
                    m.start(),
                    -(needle.weight as isize),
                    end,
                    needle.score,
                    needle.paired,
                ));
            }
            // Paired matches last: an ordinary keyword is never hidden by a
            // longer paired phrase that may find no partner (`工资条`, a paired
            // word, holds the keyword `工资`).
            found.sort_unstable_by_key(|f| (f.5, f.0, f.1, f.2, f.3));
            let split = found.partition_point(|f| !f.5);
            let mut kept: Vec<(usize, usize, usize)> = Vec::new();
            let mut covered = (usize::MAX, 0);
            for (k, &(detector, start, _, end, score, is_paired)) in found.iter().enumerate() {
                if k == split {
                    covered = (usize::MAX, 0);
                }
                if covered.0 == detector && start < covered.1 {
                    continue;
                }
                if is_paired {
                    // (Ordinary matches of a detector do not overlap: the one
                    // starting last before `end` is the only one to check.)
                    let i = kept.partition_point(|o| (o.0, o.1) < (detector, end));
                    if i > 0 && kept[i - 1].0 == detector && kept[i - 1].2 > start {
                        continue;
                    }
                } else {
                    kept.push((detector, start, end));
                }
                covered = (detector, end);
                let to = if is_paired { &mut *paired } else { &mut *out };
                to.push(Candidate {
                    detector,
                    start: folded.original(start),
                    end: folded.original(end),
                    score,
                });
            }
        }
    }
}

impl Needle {
    /// The automaton's needle for `word` and what it must be followed by.
    fn new(word: &str, list: &KeywordList, lowercase: bool) -> (Vec<u8>, Needle) {
        let folded = Folded::new(word.trim().as_bytes(), lowercase).bytes;
        let mut pieces: Vec<Piece> = Vec::new();
        let mut literal: Vec<u8> = Vec::new();
        let parts: Vec<&[u8]> = folded.split(|&b| b == b' ').collect();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                literal.push(b' ');
            }
            match part.strip_suffix(b"*") {
                Some(stem) if !stem.is_empty() => {
                    literal.extend_from_slice(stem);
                    pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                    pieces.push(Piece::Rest);
                }
                _ => literal.extend_from_slice(part),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(literal));
        }
        let head = match pieces.first() {
            Some(Piece::Literal(_)) => match pieces.remove(0) {
                Piece::Literal(head) => head,
                Piece::Rest => unreachable!("checked above"),
            },
            _ => Vec::new(),
        };
        let ends_in_stem = pieces.last() == Some(&Piece::Rest);
        let needle = Needle {
            detector: list.detector,
            score: list.score,
            weight: folded.len(),
            start_edge: folded.first().is_some_and(u8::is_ascii_alphanumeric),
            end_edge: !ends_in_stem && folded.last().is_some_and(u8::is_ascii_alphanumeric),
            paired: list.paired,
            verbatim: list.verbatim.then(|| word.trim().as_bytes().into()),
            tail: pieces,
        };
        (head, needle)
    }

    /// Where the keyword ends, given that its needle ends at `at`; `None`
    /// when the rest of the phrase or the word edge does not follow.
    fn rest(&self, text: &[u8], mut at: usize) -> Option<usize> {
        for piece in &self.tail {
            match piece {
                Piece::Rest => at += word_rest(&text[at..]),
                Piece::Literal(l) => {
                    if !text[at..].starts_with(l) {
                        return None;
                    }
                    at += l.len();
                }
            }
        }
        if self.end_edge && text.get(at).copied().is_some_and(is_word_byte) {
            return None;
        }
        Some(at)
    }
}

/// What `\b` counts as a word character without Unicode tables.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The length of the letters at the start of `text` that continue a stem:
/// ASCII letters, the two-byte UTF-8 letters from U+00C0 (Latin, Greek,
/// Cyrillic, Hebrew, Arabic) and three-byte ones of U+0800..U+1FFF (Indic
/// and other scripts) and Hangul; not punctuation (U+2000..) or CJK.
fn word_rest(text: &[u8]) -> usize {
    let mut i = 0;
    loop {
        let width = match text.get(i..) {
            Some([b, ..]) if b.is_ascii_alphabetic() => 1,
            Some([0xC3..=0xDF, 0x80..=0xBF, ..]) => 2,
            Some([0xE0 | 0xE1 | 0xEA..=0xED, 0x80..=0xBF, 0x80..=0xBF, ..]) => 3,
            _ => return i,
        };
        i += width;
    }
}

/// A copy of the text for keyword search: ASCII white space runs become one
/// space, and (when `lowercase`) every letter whose lower case has the same
/// UTF-8 length is in lower case, final sigma as sigma. Offsets map back
/// through the runs that were shortened.
struct Folded {
    bytes: Vec<u8>,
    /// (folded offset, original offset) after each shortened run, ascending.
    shifts: Vec<(usize, usize)>,
}

impl Folded {
    fn new(text: &[u8], lowercase: bool) -> Folded {
        let mut bytes = Vec::with_capacity(text.len());
        let mut shifts = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let b = text[i];
            if b.is_ascii_whitespace() {
                let run = text[i..]
                    .iter()
                    .take_while(|b| b.is_ascii_whitespace())
                    .count();
                bytes.push(b' ');
                i += run;
                if run > 1 {
                    shifts.push((bytes.len(), i));
                }
            } else if b.is_ascii() {
                bytes.push(if lowercase { b.to_ascii_lowercase() } else { b });
                i += 1;
            } else {
                let width = utf8_width(b).min(text.len() - i);
                let raw = &text[i..i + width];
                match std::str::from_utf8(raw).ok().and_then(|s| s.chars().next()) {
                    Some(c) if lowercase && has_case(c) => {
                        let mut buf = [0u8; 4];
                        bytes.extend_from_slice(fold_char(c).encode_utf8(&mut buf).as_bytes());
                    }
                    _ => bytes.extend_from_slice(raw),
                }
                i += width;
            }
        }
        Folded { bytes, shifts }
    }

    /// The original offset of folded offset `at`.
    fn original(&self, at: usize) -> usize {
        match self.shifts.partition_point(|&(f, _)| f <= at) {
            0 => at,
            n => {
                let (f, o) = self.shifts[n - 1];
                o + (at - f)
            }
        }
    }
}

fn utf8_width(lead: u8) -> usize {
    match lead {
        0xF0..=0xF7 => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Whether `c` is in a block whose letters have case (Latin, Greek,
/// Cyrillic, Armenian, Georgian, and their extensions): the others are
/// copied without a table lookup.
fn has_case(c: char) -> bool {
    matches!(c,
        '\u{00C0}'..='\u{058F}'
        | '\u{10A0}'..='\u{10FF}'
        | '\u{1C80}'..='\u{1CBF}'
        | '\u{1E00}'..='\u{1FFF}'
        | '\u{2C00}'..='\u{2D2F}'
        | '\u{A640}'..='\u{A7FF}'
        | '\u{FF21}'..='\u{FF5A}')
}

/// `c` in lower case when that is one character of the same UTF-8 length
/// (so offsets inside a run of letters stay), final sigma as sigma.
fn fold_char(c: char) -> char {
    if c == 'ς' {
        return 'σ';
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(ws: &[&str]) -> Vec<String> {
        ws.iter().map(|w| w.to_string()).collect()
    }

    /// The spans `keywords` (one case-insensitive list) finds in `text`.
    fn spans<'t>(keywords: &[&str], text: &'t str) -> Vec<&'t str> {
        spans_with(keywords, false, text)
    }

    fn spans_with<'t>(keywords: &[&str], case_sensitive: bool, text: &'t str) -> Vec<&'t str> {
        let k = Keywords::build(&[KeywordList {
            detector: 0,
            score: Score::from_hundredths(50),
            words: words(keywords),
            case_sensitive,
            paired: false,
            verbatim: false,
        }])
        .unwrap();
        let mut out = Vec::new();
        k.find(text.as_bytes(), &mut out, &mut Vec::new());
        out.iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn paired_lists_go_apart_and_verbatim_ones_match_as_written() {
        let list = |words: &[&str], paired, verbatim| KeywordList {
            detector: 0,
            score: Score::from_hundredths(50),
            words: super::tests::words(words),
            case_sensitive: false,
            paired,
            verbatim,
        };
        let k = Keywords::build(&[
            list(&["salary"], false, false),
            list(&["payroll", "salary band"], true, false),
            list(&["PIP"], true, true),
        ])
        .unwrap();
        let text = "PIP, pip, Payroll and the salary band";
        let (mut out, mut paired) = (Vec::new(), Vec::new());
        k.find(text.as_bytes(), &mut out, &mut paired);
        let spans = |v: &[Candidate]| v.iter().map(|c| &text[c.start..c.end]).collect::<Vec<_>>();
        assert_eq!(spans(&out), ["salary"]);
        // `salary band` holds the keyword `salary`: the keyword stays.
        assert_eq!(spans(&paired), ["PIP", "Payroll"]);
    }

    #[test]
    fn whole_words_at_ascii_edges() {
        assert_eq!(spans(&["pip"], "a pip, not a pipe or pips"), ["pip"]);
        assert_eq!(spans(&["sick leave"], "on sick leave."), ["sick leave"]);
        assert_eq!(
            spans(&["sick leave"], "homesick leaves"),
            Vec::<&str>::new()
        );
        assert_eq!(spans(&["employee #"], "employee #4"), ["employee #"]);
    }

    #[test]
    fn case_folds_in_every_cased_script() {
        assert_eq!(
            spans(&["salary"], "SALARY and Salary"),
            ["SALARY", "Salary"]
        );
        assert_eq!(spans(&["увольнени*"], "УВОЛЬНЕНИЕ"), ["УВОЛЬНЕНИЕ"]);
        assert_eq!(
            spans(&["Kündigung*"], "die KÜNDIGUNGSFRIST"),
            ["KÜNDIGUNGSFRIST"]
        );
        assert_eq!(spans(&["μισθός"], "ΜΙΣΘΌΣ, Μισθός"), ["ΜΙΣΘΌΣ", "Μισθός"]);
        assert_eq!(spans(&["CODENAME"], "Codename"), ["Codename"]);
        assert!(spans_with(&["Bluebird"], true, "bluebird BLUEBIRD").is_empty());
        assert_eq!(
            spans_with(&["Bluebird"], true, "Project Bluebird"),
            ["Bluebird"]
        );
    }

    #[test]
    fn white_space_runs_match_one_space() {
        let text = "his performance\n   review and performance\treview";
        assert_eq!(
            spans(&["performance review"], text),
            ["performance\n   review", "performance\treview"]
        );
    }

    #[test]
    fn stems_inside_phrases() {
        assert_eq!(
            spans(
                &["zwolnieni* lekarski*"],
                "ma zwolnienie  lekarskie od dziś"
            ),
            ["zwolnienie  lekarskie"]
        );
        assert_eq!(
            spans(&["urlop* macierzyński*"], "urlop zdrowotny"),
            Vec::<&str>::new()
        );
        assert_eq!(spans(&["nagan*"], "naganę, nagany"), ["naganę", "nagany"]);
    }

    #[test]
    fn the_longest_keyword_at_the_leftmost_place() {
        let ks = ["salary", "salary frozen", "frozen at"];
        assert_eq!(spans(&ks, "salary frozen at 88k"), ["salary frozen"]);
        // A longer keyword that fails its edge leaves the shorter one.
        assert_eq!(
            spans(&["notice", "notice periodic"], "notice periodical"),
            ["notice"]
        );
    }

    #[test]
    fn scripts_without_spaces_match_inside_text() {
        assert_eq!(spans(&["病假", "产假"], "她从下周开始休产假。"), ["产假"]);
    }

    #[test]
    fn offsets_map_back_through_shortened_runs() {
        let text = "a  b\n\n\nc    performance  review";
        let found = spans(&["performance review"], text);
        assert_eq!(found, ["performance  review"]);
    }
}
