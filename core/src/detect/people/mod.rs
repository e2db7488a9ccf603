//! The person-name recogniser: names of people in any culture, found with a
//! lexicon of given names and surnames (compiled from public registries and
//! hand-written lists, see `docs/lexicon.md`), the shape of the words
//! (capitals, initials, particles, honorifics) and the words around them.
//!
//! A run of capitalised words is a name when the lexicon knows its first word
//! as a given name or its last as a surname, and neither is only an ordinary
//! word (`Grace Baker` needs more than `Oksana Melnyk`). Words around it move
//! the score: a personal context (`customer`, `refund`, `his`, `Kunde`) raises
//! it, a public one (`copyright`, `author`, `president`, `novel`) or a noun
//! that makes it a place or thing (`Station`, `Foundation`) rules it out.

mod cjk;
mod cues;
mod devanagari;
mod fold;
mod tokens;

use cues::Context;
use fst::Map;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;
use tokens::{Shape, Word};

const NAMES_FST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/names.fst"));

/// Lexicon flags (see `data/names/make.py`).
const GIVEN: u64 = 1;
const SURNAME: u64 = 2;
const WORD: u64 = 4;
const COMMON: u64 = 8;
const STOP: u64 = 16;
const CLOSED: u64 = 32;
/// A given name that is also a month's, a weekday's or a city's (`Maret`,
/// `Lyon`, `Charlotte`): alone, maybe those.
const PLACE: u64 = 64;

/// Academic degrees written after a name (`Guenter Reuter B.Sc.`, Indonesian
/// `Manah Wacana, S.E.I`): they end the name and say it is a person's.
#[rustfmt::skip]
const DEGREES: &[&str] = &[
    "B.Sc.", "M.Sc.", "B.A.", "M.A.", "Ph.D.", "PhD", "MBA", "M.D.", "B.Eng.", "M.Eng.", "LL.B.", "LL.M.", "D.Phil.",
    "Dipl.-Ing.", "Dipl.-Kfm.", "Dipl.-Psych.", "Mag.", "Ing.", "Bc.", "Mgr.", "S.E.I", "S.E.", "S.H.", "S.Kom.",
    "S.T.", "S.Pd.", "S.Psi.", "S.Sos.", "S.Ked.", "S.Farm.", "S.Kep.", "M.M.", "M.Kom.", "M.Pd.", "M.Si.", "A.Md.",
];

/// Whether a degree ([`DEGREES`]) starts at byte `at` of `text`.
fn degree_at(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    DEGREES
        .iter()
        .any(|d| rest.starts_with(d) && !rest[d.len()..].starts_with(|c: char| c.is_alphanumeric()))
}

/// The honorific Hindi writes joined to a name (`शर्माजी`, "Mr Sharma").
const JOINED_HONORIFIC: &str = "जी";

/// Honorifics Hindi and Urdu write apart after a name (`दीपाली शर्मा जी`,
/// `वर्मा साहब`): never part of the name, and they say it is someone's.
const HONORIFICS_AFTER: &[&str] = &["जी", "साहब", "साहिबा"];

/// Titles Turkish writes after a name (`Cuheyna Alemdar Hanım`, `Ali
/// Bey'e`), capitalised like the name: not part of it, and they say it is
/// someone's.
const TITLES_AFTER: &[&str] = &["Hanım", "Bey", "Hanımefendi", "Beyefendi"];

/// Whether `word` is one of [`TITLES_AFTER`], with a case ending after an
/// apostrophe or not (`Hanım'a`).
fn title_after(word: &str) -> bool {
    let head = word.split(['\'', '\u{2019}']).next().unwrap_or(word);
    TITLES_AFTER.contains(&head)
}

/// Whether an honorific of [`HONORIFICS_AFTER`] is the word right after
/// byte `stop`.
fn honoured_after(text: &str, stop: usize) -> bool {
    let rest = &text[stop..];
    rest.strip_prefix(' ').is_some_and(|rest| {
        HONORIFICS_AFTER.iter().any(|h| {
            rest.strip_prefix(h)
                .is_some_and(|t| !t.starts_with(tokens::is_letter))
        })
    })
}

/// How far around a name its context words are looked for, in characters
/// of the name's script (so as far in Greek, Cyrillic, Arabic or Devanagari
/// as in English: see [`window`]).
const WINDOW: usize = 64;

/// The byte offsets about [`WINDOW`] characters before `start` and after
/// `end` in `text` (or its ends), counted in the bytes per character of the
/// name at `start`: 1 in Latin script, 2 in Greek, Cyrillic, Arabic or
/// Hebrew, 3 in Devanagari. (Counting the characters themselves cost an
/// eighth more fuel on a text of Arabic names.)
fn window(text: &str, start: usize, end: usize) -> (usize, usize) {
    let width = text[start..].chars().next().map_or(1, char::len_utf8);
    let from = tokens::floor_boundary(text, start.saturating_sub(WINDOW * width));
    let to = tokens::ceil_boundary(text, end.saturating_add(WINDOW * width).min(text.len()));
    (from, to)
}

fn lexicon() -> &'static Map<&'static [u8]> {
    static LEXICON: OnceLock<Map<&'static [u8]>> = OnceLock::new();
    // The map is written by build.rs from the lexicon file; a failure here is
    // a build defect that every test would show.
    LEXICON.get_or_init(|| Map::new(NAMES_FST).expect("build.rs writes a valid fst"))
}

/// Builds the recogniser's shared tables (the lexicon map, the cue-word
/// automata, the word lists) now rather than on the first text, so an
/// engine's first call costs what every other call costs.
pub(crate) fn prepare() {
    lexicon();
    cues::cues();
    cues::late_cues();
    cues::lists();
    cues::headers("");
}

/// The word without an ending after an apostrophe, after at least two
/// letters: an English or Dutch possessive (`Sarah's`, `Anna's`), a Turkish
/// case ending (`Yılmaz'a`, `Öztürk'ün`). Not a name's own apostrophe
/// (`O'Brien`, Hausa `Sa'idu`).
fn apostrophe_ending(word: &str) -> Option<&str> {
    #[rustfmt::skip]
    const ENDINGS: &[&str] = &[
        "s", "a", "e", "ya", "ye", "ı", "i", "u", "ü", "yı", "yi", "yu", "yü", "ın", "in", "un", "ün",
        "nın", "nin", "nun", "nün", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "la", "le",
        "yla", "yle", "yken", "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür",
    ];
    let (head, tail) = word.rsplit_once(['\'', '\u{2019}'])?;
    (head.chars().nth(1).is_some() && ENDINGS.contains(&tail)).then_some(head)
}

/// The lexicon flags of one word (folded), or of its parts when hyphenated
/// (`Smith-Jones`, `Al-Farsi`); a part is an ordinary word only if all are.
fn flags(word: &str, buf: &mut String) -> u64 {
    // The same words are looked up again and again, for each rule that reads
    // them and in text after text: their flags are kept (the lexicon never
    // changes), up to a bound, so a lookup is a hash and not a walk of the fst.
    thread_local! {
        static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, u64>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    if let Some(f) = SEEN.with(|seen| seen.borrow().get(word).copied()) {
        return f;
    }
    let f = lookup(word, buf);
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if seen.len() >= KEPT {
            seen.clear();
        }
        seen.insert(word.into(), f);
    });
    f
}

/// How many words' flags [`flags`] keeps, at most (a few hundred kilobytes).
const KEPT: usize = 1 << 14;

/// [`flags`] without the kept answers.
fn lookup(word: &str, buf: &mut String) -> u64 {
    // An English or Dutch possessive is its name's (`Sarah's`, `Anna's`):
    // one is stripped, once. (Not Turkish case endings: with them `Git'in`,
    // "Git's", was the given name `Git`.)
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .filter(|s| s.chars().nth(1).is_some())
        .unwrap_or(word);
    buf.clear();
    fold::fold_into(word, buf);
    if let Some(f) = lexicon().get(buf.as_bytes()) {
        return f;
    }
    if cues::is_persian(word) && joined_given_names(buf) {
        return GIVEN;
    }
    if !buf.contains('-') {
        return other_forms(buf);
    }
    let parts: Vec<String> = buf.split('-').map(str::to_owned).collect();
    let mut any = 0;
    let mut all_words = true;
    for part in parts.iter().filter(|p| {
        !matches!(
            p.as_str(),
            "al" | "el" | "ul" | "ud" | "bin" | "ibn" | "abu"
        )
    }) {
        let f = lexicon().get(part.as_bytes()).unwrap_or(0);
        any |= f & !WORD;
        all_words &= f & WORD != 0;
    }
    if any != 0 && all_words {
        any | WORD
    } else {
        any
    }
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `w` is a title (`Mr`, `Frau`, `M.`). A one-letter title needs its
/// full stop: the `G` that ends `CSDLM5046G` is not `G.`.
fn is_title(text: &str, w: Word) -> bool {
    let titles = &cues::lists().titles;
    let word = text[w.start..w.end].trim_end_matches('.');
    // (Hebrew abbreviations are typed with a straight quote as often as
    // with gershayim: `עו"ד`, `עו״ד`.)
    w.shape != Shape::Other
        && (titles.contains(word)
            || word.contains('"') && titles.contains(&word.replace('"', "\u{5f4}")))
}

/// The length of the prepositions and conjunctions joined to the front of
/// a Hebrew or Arabic word (`להדסה`, "to Hadassah"; `للموظف`, "to the
/// employee"; `ولسارة`, "and to Sara"; `بـالدكتور`, "with the doctor", a
/// tatweel after the letter), when the word is unknown and the rest is a
/// given name, a surname, a role noun or a title; else 0. The Hebrew article
/// comes before a role, never before a name (`הדוד` is "the boiler", not
/// `דוד`, David).
fn joined_front(word: &str, persian: &dyn Fn() -> bool, buf: &mut String) -> usize {
    let Some(first) = word.chars().next() else {
        return 0;
    };
    let joined = cues::proclitics(first);
    let lists = cues::lists();
    let known = |w: &str, buf: &mut String| flags(w, buf) != 0 || lists.is_role(w);
    // A hyphen or a maqaf after the letters (`ל-יצחק`, `ול־רות`) parts them
    // whatever the lexicon says of the whole word.
    if let Some((letters, rest)) = word.split_once(['-', '\u{5be}']) {
        if (1..=2).contains(&letters.chars().count())
            && letters.chars().all(|c| joined.contains(&c))
            && !rest.is_empty()
        {
            return word.len() - rest.len();
        }
    }
    // Whether the text is Persian is read only for a word that starts with
    // one of the letters.
    if !joined.contains(&first)
        || known(word, buf)
        || lists.function_words.contains(word)
        || (cues::arabic(first) && persian())
    {
        return 0;
    }
    // Two joined letters are a conjunction and a preposition (`ולמשה`,
    // "and to Moshe"), or Arabic `لل` ("to the"): `كفاية` is no `ك`, `ف`
    // and the name Aya.
    let pairs = ['ו', 'ש', 'و', 'ف'].contains(&first) || word.starts_with("لل");
    for (k, c) in word.char_indices().take(1 + usize::from(pairs)) {
        // "And" comes first (`ושלרות`): `שורות`, "lines", is no `ש`, `ו` and Ruth.
        if !joined.contains(&c) || k > 0 && matches!(c, 'ו' | 'و') {
            break;
        }
        let mut at = k + c.len_utf8();
        // A tatweel may stretch the joint (`بـالدكتور`, "with the doctor").
        if word[at..].starts_with('\u{640}') {
            at += '\u{640}'.len_utf8();
        }
        let rest = &word[at..];
        if rest.chars().count() < 3 {
            break;
        }
        // The article `ה` and `כ` ("as", "like") join roles, not names:
        // `כאבי` is "pains of", not `כ` and Avi.
        let name = !['ה', 'כ'].contains(&c) && flags(rest, buf) & (GIVEN | SURNAME) != 0;
        // `للموظفة` is `ل` and `الموظفة` ("to the employee"): the article's
        // `ا` drops after `ل`.
        let article = k > 0 && word.starts_with("لل") && lists.is_role(&format!("ال{rest}"));
        if name || lists.is_role(rest) || article || lists.titles.contains(rest) {
            return at;
        }
    }
    0
}

/// What the lexicon says of a run of name-shaped words, from its first and
/// last word, before context. Each kind has its score ([`Evidence::score`]);
/// some kinds need more than the score to stand (see `judge_run`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Evidence {
    /// Not a name: one word, a stop word first, a word of a closed class.
    None,
    /// A given name, then a surname, neither also a word (`Oksana Melnyk`).
    GivenSurname,
    /// A given name, then a surname that is also a word (`Grace Baker`).
    GivenWordSurname,
    /// A given name, then a word the lexicon does not know (`Chidi Okonkwoh`).
    GivenUnknown,
    /// Two given names (`Anna Maria`).
    GivenGiven,
    /// A given name that is also a word, then a surname (`Will Smith`).
    WordGivenSurname,
    /// A given name that is also a word, then a surname that is too, or an
    /// unknown word.
    WordGivenOther,
    /// A surname first, then a given name: `Melnyk Oksana`, `Wang Wei`.
    SurnameGiven,
    /// An unknown given name before a known surname: `Chiamaka Obi`.
    UnknownSurname,
    /// An unknown word before a surname that is also a word.
    UnknownWordSurname,
    /// Two surnames: the registries' surnames hold many other cultures'
    /// given names (`Ishola Bakare`, `Radka Procházka`); a name only with
    /// something personal around it.
    TwoSurnames,
}

impl Evidence {
    /// How likely, in hundredths, the run is a person's name.
    fn score(self) -> u8 {
        match self {
            Evidence::None => 0,
            Evidence::GivenSurname => 85,
            Evidence::GivenWordSurname => 70,
            Evidence::GivenUnknown
            | Evidence::GivenGiven
            | Evidence::WordGivenSurname
            | Evidence::SurnameGiven => 60,
            Evidence::UnknownSurname => 55,
            Evidence::TwoSurnames => 45,
            Evidence::WordGivenOther | Evidence::UnknownWordSurname => 30,
        }
    }
}

/// The [`Evidence`] of a run whose first and last words have these lexicon
/// flags.
fn evidence(first: u64, last: u64, single: bool) -> Evidence {
    let given = first & GIVEN != 0;
    // A common given name counts even when it is also a word (`Mark`, `Grace`).
    let plain_first = first & WORD == 0 || first & COMMON != 0;
    let surname = last & SURNAME != 0;
    let plain_last = last & WORD == 0;
    // After a surname, a common given name counts even when it is also a
    // word: many cultures take a father's given name as the surname
    // (`Almasi John`).
    let common_last = plain_last || last & COMMON != 0 && last & (STOP | PLACE) == 0;
    let unknown_last = last == 0;
    if single || first & STOP != 0 || (first | last) & CLOSED != 0 {
        return Evidence::None;
    }
    match (given, plain_first) {
        (true, true) if surname && plain_last => Evidence::GivenSurname,
        (true, true) if surname => Evidence::GivenWordSurname,
        (true, true) if unknown_last => Evidence::GivenUnknown,
        (true, true) if last & GIVEN != 0 && plain_last => Evidence::GivenGiven,
        (true, false) if surname && plain_last => Evidence::WordGivenSurname,
        (true, false) if surname || unknown_last => Evidence::WordGivenOther,
        (false, true) if first & SURNAME != 0 && last & GIVEN != 0 && common_last => {
            Evidence::SurnameGiven
        }
        (false, true) if first == 0 && surname && plain_last => Evidence::UnknownSurname,
        (false, true) if first & SURNAME != 0 && surname && plain_last => Evidence::TwoSurnames,
        (false, true) if first == 0 && surname => Evidence::UnknownWordSurname,
        _ => Evidence::None,
    }
}

/// Name spans `(start, end, score in hundredths)` in `text`, in order.
#[cfg(test)]
pub(crate) fn names(text: &str) -> Vec<(usize, usize, u8)> {
    let mut found = names_and_weak(text, &[]);
    found.retain(|&(_, _, score)| score > 0);
    found
}

/// Whether the word that ends at byte `end` of `text` is written as a
/// person's name: a given name or a surname of the lexicon that is no other
/// word, capitalised or in a script without case (`Ana`, `Γιώργος`, `Ole`).
/// A number just after one is that person's to call (`Ana: 964 766 143`).
pub(crate) fn name_word_ends_at(text: &str, end: usize) -> bool {
    let Some(before) = text.get(..end) else {
        return false;
    };
    // No name is longer than this: a run of letters in a script written
    // without spaces is not looked up whole.
    const LONGEST: usize = 24;
    let mut start = before.len();
    for (i, c) in before.char_indices().rev().take(LONGEST + 1) {
        if !c.is_alphabetic() {
            break;
        }
        start = i;
    }
    let word = &before[start..];
    if word.chars().count() > LONGEST || start > 0 && before[..start].ends_with(char::is_alphabetic)
    {
        return false;
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest_lower = chars.clone().all(|c| !c.is_uppercase());
    let caseless = !first.is_uppercase() && !first.is_lowercase();
    if chars.next().is_none() || !(first.is_uppercase() && rest_lower || caseless) {
        return false;
    }
    // The lexicon's own forms only: the other forms [`flags`] tries (a
    // transliteration, a masculine surname) cost more than a number is worth.
    let mut folded = String::new();
    fold::fold_into(word, &mut folded);
    let f = lexicon().get(folded.as_bytes()).unwrap_or(0);
    f & (GIVEN | SURNAME) != 0 && f & (WORD | STOP | CLOSED) == 0
}

/// As [`names`], and also the weak runs, with score 0: name-shaped words
/// that are a name only if something else says so (a personnel matter
/// about them, `Scanner::find_near_findings`).
///
/// `matters` are the spans of personnel matters (`premio di produzione`,
/// keyword matches of detectors that need a person nearby), sorted by start:
/// a public cue word inside one is part of that matter (`premio` there is a
/// pay bonus, not a prize), not a public context.
pub(crate) fn names_and_weak(text: &str, matters: &[(usize, usize)]) -> Vec<(usize, usize, u8)> {
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut words = tokens::words(text);
    // Read only when a word in Arabic script may have joined prepositions.
    let persian_cell = std::cell::OnceCell::new();
    let persian = || *persian_cell.get_or_init(|| cues::is_persian(text));
    for w in &mut words {
        w.start += joined_front(&text[w.start..w.end], &persian, &mut buf);
    }
    // First the runs that could be names; then the cue words, searched only
    // around them (most text has few), and the header cues of the text.
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if !matches!(w.shape, Shape::Capital | Shape::Caseless) || w.code {
            i += 1;
            continue;
        }
        // Without case, a name is anchored by the lexicon, a role noun or a
        // title: `محمد أحمد`, `ללקוח דין מנחם`, `السيد رشاد اسطمبولي`. The
        // anchor itself is not part of the name (`الموظف السيد رشاد ...`).
        // So is a greeting, also a name in the lexicon (`שלום`, Shalom):
        // `שלום יובל אסרף` greets Yuval Asraf; but not under a letter's
        // close, where it is the signer's (`مع التحية،\nسلام زبيد`).
        if w.shape == Shape::Caseless
            && (is_title(text, w)
                || caseless_role(text, w)
                || cues::lists().function_words.contains(&text[w.start..w.end])
                || HONORIFICS_AFTER.contains(&&text[w.start..w.end])
                || persian_possessed(text, &words, i)
                || cues::greeting_ends(text, w.end).is_some()
                    && !cues::greeting_before(text, w.start, false))
        {
            i += 1;
            continue;
        }
        if w.shape == Shape::Caseless && flags(&text[w.start..w.end], &mut buf) & GIVEN == 0 {
            let anchored = i > 0 && {
                let before = &text[words[i - 1].start..words[i - 1].end];
                caseless_role(text, words[i - 1])
                    || caseless_introduced(text, &words, i)
                    || cues::lists().contacts.contains(before)
                    || is_title(text, words[i - 1])
            } || form_field(text, &words, i)
                || cues::greeting_before(text, w.start, false)
                || before_surname(text, &words, i, &mut buf)
                || before_nasab(text, &words, i);
            if !anchored {
                i += 1;
                continue;
            }
        }
        let mut run = run_from(text, &words, i);
        // A caseless name is two words, or three when the lexicon knows the
        // third, and not as a word after a given name that is none
        // (`محمدپارسا بهمنی پیام بده`, "send Mohammadparsa Bahmani a
        // message": `پیام` is also a given name).
        if w.shape == Shape::Caseless && run.len() == 3 {
            let third = words[i + 2];
            let f = flags(&text[third.start..third.end], &mut buf);
            let given = flags(&text[w.start..w.end], &mut buf) & (GIVEN | WORD) == GIVEN;
            if (f & (GIVEN | SURNAME) == 0 || f & WORD != 0 && given)
                && !before_nasab(text, &words, i)
                && !PERSIAN_SURNAME_ENDINGS.contains(&&text[third.start..third.end])
            {
                run.end = i + 2;
            }
        }
        // Most capitalised words stand alone (a sentence's first word): one
        // is a name only with a title or a role before it, an introduction
        // or a greeting, an honorific joined to it or a comma after it.
        let alone = !(run.len() != 1
            || text[w.start..w.end].contains('-')
            || text.get(w.end..w.end + 2) == Some(", ")
            || i > 0 && is_title(text, words[i - 1])
            || role_before(text, &words, i)
            || kin_in_brackets(text, w.end)
            || introduced(text, w.start)
            || cues::greeting_before(text, w.start, true));
        if !alone {
            runs.push(run.clone());
        }
        i = run.end.max(i + 1);
    }
    if !runs.is_empty() {
        let sentences = cues::Sentences::new(text);
        let windows: Vec<(usize, usize)> = runs
            .iter()
            .map(|r| {
                // The word after the run belongs to an inverted name (`Okonkwo, Chidi`).
                let last = words[(r.end).min(words.len() - 1)]
                    .end
                    .max(words[r.end - 1].end);
                // Its sentence too: a public word anywhere in it speaks for
                // the name ([`cues::public_sentence`]).
                let (from, to) = window(text, words[r.start].start, last);
                // And the sentences either side: someone speaking there
                // speaks of the name ([`cues::spoken`]).
                let (first, stop) = sentences.around_neighbours(text, words[r.start].start, last);
                (from.min(first), to.max(stop))
            })
            .collect();
        let mut hits = cues::cues().find(text, &windows, &persian);
        // The speakers' words and the notes' headings, searched for the
        // first name nothing else anchors: they say only whose a sentence is.
        // searched for the names nothing else anchors, each over its
        // sentences and window (a span once searched is not searched again).
        let late_cues = std::cell::RefCell::new(LateCues::default());
        let late = |s: usize, e: usize| {
            let (from, to) = window(text, s, e);
            let (a, b) = sentences.around_neighbours(text, s, e);
            late_cues
                .borrow_mut()
                .search(text, (from.min(a), to.max(b)), &persian);
            late_cues.borrow()
        };
        if !matters.is_empty() {
            hits.retain(|&(s, e, kind)| {
                // Matters are sorted by start; one that holds `s` starts at
                // most NEAR_FINDINGS_MATCH (256) bytes before it.
                let first = matters.partition_point(|m| m.0 + 256 < s);
                matches!(kind, cues::Kind::Personal | cues::Kind::Contact)
                    || !matters[first..]
                        .iter()
                        .take_while(|m| m.0 <= s)
                        .any(|&(ms, me)| ms <= s && e <= me)
            });
        }
        let covered = cues::headers(text);
        // Built on the first name's context.
        let history = std::cell::OnceCell::new();
        let context = |s: usize, e: usize| {
            let (from, to) = window(text, s, e);
            let mut ctx = cues::context_of(text, &hits, s, e, from, to);
            // A credit's label right before the name (`Hudba a text: X`,
            // "music and lyrics") names a work's author: its own words
            // (`text`) contact no one.
            if (ctx.contacted || ctx.personal) && cues::credited(text, s) {
                let line = text[..s].rfind('\n').map_or(0, |k| k + 1);
                let outside: Vec<cues::Hit> = hits
                    .iter()
                    .copied()
                    .filter(|h| !(line <= h.0 && h.1 <= s))
                    .collect();
                ctx = cues::context_of(text, &outside, s, e, from, to);
            }
            // A personnel matter in the name's sentence is a personal context
            // (`VSO Lois van der Avoirt: ... transitievergoeding`).
            // (Matters are sorted by start and at most NEAR_FINDINGS_MATCH long.)
            let first = matters.partition_point(|m| m.0 + 256 < from);
            ctx.personal |= matters[first..]
                .iter()
                .take_while(|m| m.0 < to)
                .any(|&(ms, me)| {
                    let (a, b) = if me <= s { (me, s) } else { (e, ms) };
                    from < me
                        && (me <= s || e <= ms)
                        && !(a..b).any(|i| crate::detect::ends_sentence(text.as_bytes(), i))
                });
            // Header spans are at most 4 KiB long, by start.
            let first = covered.partition_point(|c| c.0 + 4200 < s);
            let history = history.get_or_init(|| cues::History::new(text));
            ctx.public |= covered[first..]
                .iter()
                .take_while(|c| c.0 < s)
                .any(|&(_, to)| s < to)
                || history.page_cited(e)
                // A year before the name dates a work (`2019 - Ana Ruiz`)
                // unless the name's sentence is personal (`Lönesamtal 2024 -
                // Celine Lundqvist: nuvarande månadslön ...`).
                || !ctx.personal && (cues::after_year(text, s) || history.dates(s, e));
            ctx.topic |= history.scored(s, e);
            if !ctx.public && !ctx.personal && !ctx.contacted {
                ctx.public = cues::public_sentence(&hits, sentences.around(text, s, e), s, e);
                // A record's or a note's subject is someone's ([`recorded`]).
                ctx.personal = recorded(text, s, e);
                ctx.asked = sentences.asked(text, e);
                ctx.unmarked = true;
            }
            ctx
        };
        // Whether the sentences around an unmarked name say whose it is
        // (read last, for a name nothing cheaper anchors).
        // Whether a private fact is in an unmarked name's window (`Harjo
        // Mandala izin tidak masuk sekolah ... karena sakit`): as personal
        // as any personal word there, for the name's score.
        // A cue word `h` that ends by `to`, outside the name `s..e`, and is
        // no other language's function word (English `met`, Dutch "with").
        let beside = |h: (usize, usize), to: usize, s: usize, e: usize| {
            h.1 <= to
                && (h.1 <= s || h.0 >= e)
                && !cues::lists().function_words.contains(&text[h.0..h.1])
        };
        let fact = |s: usize, e: usize| {
            let late = late(s, e);
            let (from, to) = window(text, s, e);
            let first = late.facts.partition_point(|h| h.0 < from);
            late.facts[first..]
                .iter()
                .take_while(|h| h.0 < to)
                .any(|&h| beside(h, to, s, e))
        };
        let spoken = |s: usize, e: usize| {
            let late = late(s, e);
            // Someone speaking for themselves or to another there.
            cues::spoken(text, &late.speakers, &sentences, s, e)
                // A note's heading before a colon before the name, on its
                // line or the one above (`Notas reunión: Rosa Zurita ...`).
                || late.notes.iter().any(|&(_, ne)| {
                    ne <= s && s - ne <= 200 && {
                        let between = &text[ne..s];
                        between.contains(':') && between.matches('\n').count() <= 1
                    }
                })
                || {
                    // A personal word or a private fact beyond the window,
                    // in the name's sentence or the one either side (`Joana
                    // da Conceição faltou às aulas ..., segue o atestado`,
                    // `Lidia Kosno (ur. ...) ma zaległy czynsz`).
                    let (a, b) = sentences.around_neighbours(text, s, e);
                    let first = hits.partition_point(|h| h.0 < a);
                    let facts = late.facts.partition_point(|h| h.0 < a);
                    hits[first..]
                        .iter()
                        .take_while(|h| h.0 < b)
                        .any(|h| h.2 == cues::Kind::Personal && beside((h.0, h.1), b, s, e))
                        || late.facts[facts..]
                            .iter()
                            .take_while(|h| h.0 < b)
                            .any(|&h| beside(h, b, s, e))
                }
        };
        let found_cues = FoundCues::new(&hits);
        for run in runs {
            let judged = judge_run(
                text,
                &words,
                run.start,
                run.end,
                &mut buf,
                &Around {
                    context: &context,
                    spoken: &spoken,
                    fact: &fact,
                    cues: &found_cues,
                },
            );
            if let Some(found) = judged.filter(|f| f.2 > 0) {
                out.push(found);
            } else if let Some(found) = inverted(text, &words, run.start, &mut buf, &context) {
                out.push(found);
            } else if let Some(weak) = judged {
                out.push(weak);
            }
        }
        listed(text, &words, &mut out, &mut buf);
        companions(text, &words, &mut out, &mut buf, &context);
    }
    cjk::names(
        text,
        |g| lexicon().get(g.as_bytes()).is_some_and(|f| f & GIVEN != 0),
        &mut out,
    );
    // The words of a personnel matter are no name (`채용`, "hiring", starts
    // like a family name): a name inside a matter's words is dropped, one
    // that only overlaps them (`채용수` holds `채용`) is not.
    if !matters.is_empty() {
        out.retain(|&(s, e, _)| {
            let first = matters.partition_point(|m| m.0 + 256 < s);
            !matters[first..]
                .iter()
                .take_while(|m| m.0 <= s)
                .any(|&(ms, me)| ms <= s && e <= me)
        });
    }
    out.sort_unstable();
    out
}

/// The cue words found around the runs, sorted by start and end, the
/// length of the longest, and the spans of the public ones.
/// What the text around a run says, for [`judge_run`].
#[derive(Clone, Copy)]
struct Around<'a> {
    /// The words around a name.
    context: &'a dyn Fn(usize, usize) -> Context,
    /// Whether the sentences around an unmarked name say whose it is
    /// ([`Context::unmarked`]).
    spoken: &'a dyn Fn(usize, usize) -> bool,
    /// Whether a private fact is in an unmarked name's window.
    fact: &'a dyn Fn(usize, usize) -> bool,
    /// The cue words of the text.
    cues: &'a FoundCues<'a>,
}

/// The late cue words ([`cues::late_cues`]) found so far in a text, by
/// start, and the spans searched for them (merged, by start).
#[derive(Default)]
struct LateCues {
    searched: Vec<(usize, usize)>,
    speakers: Vec<(usize, usize)>,
    notes: Vec<(usize, usize)>,
    facts: Vec<(usize, usize)>,
}

impl LateCues {
    /// Finds the late cue words of `span` not searched yet. Names come
    /// mostly in the order of the text, so the spans grow at the end: each
    /// byte is searched about once, whatever the number of names.
    fn search(&mut self, text: &str, span: (usize, usize), persian: &dyn Fn() -> bool) {
        let (a, b) = span;
        // The spans searched that touch this one, and the gaps between them.
        let first = self.searched.partition_point(|c| c.1 < a);
        let last = first + self.searched[first..].partition_point(|c| c.0 <= b);
        let mut gaps = Vec::new();
        let mut at = a;
        for &(s, e) in &self.searched[first..last] {
            if s > at {
                gaps.push((at, s));
            }
            at = at.max(e);
        }
        if at < b {
            gaps.push((at, b));
        }
        if gaps.is_empty() {
            return;
        }
        let merged = self.searched[first..last]
            .iter()
            .fold((a, b), |m, c| (m.0.min(c.0), m.1.max(c.1)));
        self.searched.splice(first..last, [merged]);
        // A phrase across a gap's edge: each gap widened by the longest one.
        let reach = cues::late_cues().longest();
        let gaps: Vec<(usize, usize)> = gaps
            .into_iter()
            .map(|(s, e)| {
                (
                    tokens::floor_boundary(text, s.saturating_sub(reach)),
                    tokens::ceil_boundary(text, (e + reach).min(text.len())),
                )
            })
            .collect();
        let since = gaps[0].0;
        let found = cues::late_cues().find(text, &gaps, persian);
        let add = |hits: &mut Vec<(usize, usize)>, new: Vec<(usize, usize)>| {
            // Only the hits from the first gap on can be out of order.
            let from = hits.partition_point(|h| h.0 < since);
            let mut tail = hits.split_off(from);
            tail.extend(new);
            tail.sort_unstable();
            tail.dedup();
            hits.extend(tail);
        };
        let of = |kind: Option<cues::Kind>| -> Vec<(usize, usize)> {
            found
                .iter()
                .filter(|h| match kind {
                    Some(k) => h.2 == k,
                    None => !matches!(h.2, cues::Kind::Speaker | cues::Kind::Note),
                })
                .map(|h| (h.0, h.1))
                .collect()
        };
        add(&mut self.speakers, of(Some(cues::Kind::Speaker)));
        add(&mut self.notes, of(Some(cues::Kind::Note)));
        add(&mut self.facts, of(None));
    }
}

struct FoundCues<'a>(&'a [cues::Hit], usize, Vec<(usize, usize)>);

impl<'a> FoundCues<'a> {
    fn new(hits: &'a [cues::Hit]) -> Self {
        // The public hits apart: most texts have few, names in a text of
        // role nouns many a role.
        let public = hits
            .iter()
            .filter(|h| h.2 == cues::Kind::Public)
            .map(|h| (h.0, h.1))
            .collect();
        FoundCues(
            hits,
            hits.iter().map(|h| h.1 - h.0).max().unwrap_or(0),
            public,
        )
    }

    /// The kind of the cue that is exactly `start..end`.
    fn kind(&self, start: usize, end: usize) -> Option<cues::Kind> {
        let hits = self.0;
        hits.binary_search_by(|h| (h.0, h.1).cmp(&(start, end)))
            .ok()
            .map(|k| hits[k].2)
    }

    /// Whether the word `start..end` is inside a longer cue phrase (`In der
    /// Rolle des`, "in the role of"): it is that phrase's. The hits that may
    /// hold it start at most the longest hit's length before it.
    fn in_phrase(&self, start: usize, end: usize) -> bool {
        let k = self.0.partition_point(|h| h.0 <= start);
        self.any_holds(self.0[..k].iter().rev().map(|h| (h.0, h.1)), start, end)
    }

    /// Whether the word `start..end` is inside a longer public cue phrase
    /// (`được đặt theo tên`, "named after", holds `tên`, "name").
    fn in_public_phrase(&self, start: usize, end: usize) -> bool {
        let k = self.2.partition_point(|h| h.0 <= start);
        self.any_holds(self.2[..k].iter().rev().copied(), start, end)
    }

    /// Whether one of `before` (hits starting at or before `start`, nearest
    /// first) is longer than `start..end` and holds it.
    fn any_holds(
        &self,
        before: impl Iterator<Item = (usize, usize)>,
        start: usize,
        end: usize,
    ) -> bool {
        before
            .take_while(|h| h.0 + self.1 >= start)
            .any(|h| end <= h.1 && h.1 - h.0 > end - start)
    }
}

/// What joins the items of a list: `Dana, Jesse Gardner`, `Giovanna e Piero`.
const LIST_JOINS: &[&str] = &[
    ", ", " and ", " & ", " y ", " e ", " et ", " und ", " en ", " och ", " og ", " ja ", " i ",
    " a ", " ve ", " и ", " і ", " та ", " dan ", " na ", " và ", " és ", " și ", " ו",
];

/// Adds to `out` the given names that stand alone beside a name found, as
/// items of one list (`Dana, Jesse Gardner`, `annem, Zeynep, Nerim Akar`,
/// `moster Karin, Olle och`): a given name the lexicon knows, not also a word
/// (unless a common one), with a list's join between it and the name. Each
/// word is looked at from at most two sides: linear in the text.
fn listed(text: &str, words: &[Word], out: &mut Vec<(usize, usize, u8)>, buf: &mut String) {
    let seeds: Vec<(usize, usize)> = out
        .iter()
        .filter(|n| n.2 >= 50)
        .map(|n| (n.0, n.1))
        .collect();
    let joined = |a: usize, b: usize| a <= b && LIST_JOINS.contains(&&text[a..b]);
    let mut given = |k: usize| lone_given(text, words, k, buf);
    let mut added = Vec::new();
    for (start, end) in seeds {
        // Leftwards: the word ending right before the join before `start`
        // (a join may be a word itself: ` and `); not before an
        // introduction (`Sou a Beatriz`: Portuguese "I am the", where Czech
        // `a` is "and").
        let mut at = start;
        while !introduced(text, start) {
            let k = words.partition_point(|w| w.end <= at);
            let Some(k) = (k.saturating_sub(2)..k)
                .rev()
                .find(|&j| joined(words[j].end, at))
                .filter(|&j| given(j))
            else {
                break;
            };
            added.push((words[k].start, words[k].end, 60));
            at = words[k].start;
        }
        // Rightwards.
        let mut at = end;
        loop {
            let k = words.partition_point(|w| w.start < at);
            let Some(k) = (k..words.len().min(k + 2))
                .find(|&j| joined(at, words[j].start))
                .filter(|&j| given(j))
            else {
                break;
            };
            added.push((words[k].start, words[k].end, 60));
            at = words[k].end;
        }
    }
    added.retain(|a| !out.iter().any(|n| n.2 > 0 && n.0 < a.1 && a.0 < n.1));
    added.sort_unstable();
    added.dedup();
    out.extend(added);
}

/// Whether word `k` is a given name standing alone: one the lexicon knows,
/// not also a word, a month's or a city's name (unless a common one: `Mark`,
/// `Charlotte`) or a closed-class word (`à Lyon`, `dan Maret`), and not
/// part of a run of capitalised words.
fn lone_given(text: &str, words: &[Word], k: usize, buf: &mut String) -> bool {
    let w = words[k];
    let alone = |j: Option<&Word>| {
        j.is_none_or(|n| {
            !matches!(n.shape, Shape::Capital | Shape::Upper | Shape::Initial)
                || !matches!(
                    &text[w.end.min(n.end)..w.start.max(n.start)],
                    " " | "\u{a0}"
                )
        })
    };
    if w.shape != Shape::Capital || w.code {
        return false;
    }
    let f = flags(&text[w.start..w.end], buf);
    // A greeting or a letter's close is no one (`Hoi, Sander Lonen`;
    // Swahili `Asante, Seif Abwao`, "thanks").
    f & GIVEN != 0
        && cues::greeting_ends(text, w.end).is_none()
        && f & (STOP | CLOSED) == 0
        && (f & (WORD | PLACE) == 0 || f & COMMON != 0)
        && alone(k.checked_sub(1).map(|j| &words[j]))
        && alone(words.get(k + 1))
}

/// Prepositions of possession and direction too short for the function
/// words: `de Léo`, `di Marta`, `an Jörg`.
const OF: &[&str] = &[
    "de", "di", "da", "do", "à", "an", "to", "of", "at", "al", "del", "du",
];

/// Whether `word` is one the lexicon knows as a name and as nothing else (a
/// common given name too: `Adam`, `Aisha`), and no function word or article.
fn name_only(word: &str, buf: &mut String) -> bool {
    let lower = word.to_lowercase();
    flags(word, buf) & (WORD | STOP | CLOSED) == 0
        && !cues::lists().function_words.contains(lower.as_str())
        && !cues::lists().articles.contains(lower.as_str())
}

/// Adds to `out` the given names that stand alone after a list's join in the
/// sentence of a name found, with nothing public around them (`Janice Smith
/// volunteered to run the bake sale, and Marcus will handle the sign-up
/// sheet`, `Please route those accounts to Derek until then`), or are
/// addressed in its paragraph (`Olga, słyszałaś, że ...`): the other
/// people of a personal text, which the name found already says it is.
/// Not after any word: months, weekdays and articles are given names too
/// (`mwezi Machi`, `thứ Hai`, `El cliente`).
fn companions(
    text: &str,
    words: &[Word],
    out: &mut Vec<(usize, usize, u8)>,
    buf: &mut String,
    context: &dyn Fn(usize, usize) -> Context,
) {
    let mut seeds: Vec<(usize, usize)> = out
        .iter()
        .filter(|n| n.2 >= 50)
        .map(|n| (n.0, n.1))
        .collect();
    if seeds.is_empty() {
        return;
    }
    seeds.sort_unstable();
    let mut found: Vec<(usize, usize)> = out.iter().map(|n| (n.0, n.1)).collect();
    found.sort_unstable();
    let same_sentence = |a: (usize, usize), b: (usize, usize)| {
        let (from, to) = if a.0 <= b.0 { (a.1, b.0) } else { (b.1, a.0) };
        from <= to
            && to - from <= 160
            && !(from..to).any(|i| crate::detect::ends_sentence(text.as_bytes(), i))
    };
    // Or after a lowercase word, in the paragraph of a name found, a few
    // sentences away at most (`Salut, c'est Anouk Rey ... Tu peux prévenir
    // Karim ?`, `professeur principal de Léo`).
    let same_paragraph = |a: (usize, usize), b: (usize, usize)| {
        let (from, to) = if a.0 <= b.0 { (a.1, b.0) } else { (b.1, a.0) };
        from <= to && to - from <= 240 && !text[from..to].contains("\n\n")
    };
    let mut added = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if w.shape != Shape::Capital
            // A firm's founder (`Harris & Sons`).
            || text[w.end..].starts_with(" &")
        {
            continue;
        }
        // (A greeting's comma is no list's: `Assalamu alaikum, Baba ya fito`,
        // "father has come out".)
        let listed = LIST_JOINS.iter().any(|j| text[..w.start].ends_with(j))
            && !cues::greeting_before(text, w.start, true);
        let after_lowercase = k > 0
            && words[k - 1].shape == Shape::Lower
            && &text[words[k - 1].end..w.start] == " "
            && {
                let before = &text[words[k - 1].start..words[k - 1].end];
                cues::lists().function_words.contains(before)
                    || cues::lists().contacts.contains(before)
                    || OF.contains(&before)
            };
        // A list's join in the paragraph of a name found a sentence before,
        // before a predicate (`... ou pas ? jsuis devant la porte et Karim
        // répond pas`): not `Rang a Trí\nSeoladh`, Irish "class three", nor
        // `Gaelscoil na Cille\nAinm`, nor a place's particle (`Sinza, Dar es
        // Salaam`).
        let joins_clause = listed
            && text[w.end..]
                .strip_prefix([' ', ','])
                .map(|rest| rest.trim_start_matches(' '))
                .is_some_and(|rest| {
                    let mut next = rest.splitn(3, ' ');
                    next.next()
                        .is_some_and(|v| v.starts_with(char::is_lowercase))
                        && !next
                            .next()
                            .is_some_and(|v| v.starts_with(char::is_uppercase))
                });
        // Or opening a clause after a semicolon or a dash, in the paragraph of
        // a name found (`...; Musa zai maye gurbinsa`). Not a sentence's
        // first word: capitalised whatever it is, the lexicon knows many a
        // word there as a given name only (`Jak`, `Тема`, `Μπορείς`); nor
        // after a Greek question mark (`;` too) or a dash opening a line of
        // dialogue (`— Jak ...`).
        let opens = !listed
            && !after_lowercase
            && {
                let before = text[..w.start].trim_end_matches([' ', '\u{a0}']);
                let greek = text[w.start..].chars().next().is_some_and(|c| {
                    ('\u{370}'..='\u{3ff}').contains(&c) || ('\u{1f00}'..='\u{1fff}').contains(&c)
                });
                let semicolon = before.ends_with(';') && !greek;
                let dash = before.strip_suffix(['—', '–']).is_some_and(|b| {
                    b.ends_with(' ')
                        && !b.trim_end_matches([' ', '\u{a0}']).ends_with('\n')
                        && !b.trim().is_empty()
                });
                (semicolon || dash) && {
                    // (Not a record's next label: a colon in the clause's first
                    // 24 characters, not a time's (`; Kodi ya Juni: haijalipwa`,
                    // not `; Priya comes at 10:30`). Read no further: a text of
                    // names between dashes would be read to its end for each.)
                    let to = text[w.end..]
                        .char_indices()
                        .nth(24)
                        .map_or(text.len(), |(i, _)| w.end + i);
                    let clause = text[w.end..to]
                        .split([';', '\n'])
                        .next()
                        .unwrap_or_default();
                    !clause
                        .match_indices(':')
                        .any(|(i, _)| !clause[i + 1..].starts_with(|c: char| c.is_ascii_digit()))
                }
            }
            && name_only(&text[w.start..w.end], buf);
        // Or addressed, opening a sentence before a comma and a lowercase
        // word (`Kasia, wiesz, że ...`, `Оля, привет!`), in the paragraph of
        // a name found. (A sentence's first word before a lowercase word is
        // `subject` below, held to common given names: `Lucía me ha dicho` is
        // a name, but the lexicon knows too many of its languages' words as
        // given names only, `Jak`, `Μπορείς`: 5 more names found, 106 more
        // false alarms without that.)
        let addressed = !listed
            && !after_lowercase
            && !opens
            && {
                let before = text[..w.start].trim_end_matches([' ', '\u{a0}']);
                before.is_empty()
                    || before
                        .ends_with(['\n', '.', '!', '?', '"', '\u{ab}', '\u{201e}', '\u{201c}'])
            }
            && text[w.end..]
                .strip_prefix(", ")
                .is_some_and(|rest| rest.starts_with(char::is_lowercase))
            && name_only(&text[w.start..w.end], buf);
        // Or opening a sentence before a lowercase word, its subject, in the
        // paragraph of a name found (`... na sobotu? Petra se ptá, kolik
        // ...`), a common given name the lexicon knows as a name and nothing
        // else, of four letters or more (Turkish `Ben`, "I", Swahili `Leo`,
        // "today").
        let subject = !listed
            && !after_lowercase
            && !opens
            && !addressed
            && {
                let before = text[..w.start].trim_end_matches([' ', '\u{a0}']);
                before.ends_with(['.', '!', '?'])
            }
            && text[w.end..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(char::is_lowercase))
            && {
                let word = &text[w.start..w.end];
                flags(word, buf) & COMMON != 0
                    && word.chars().nth(3).is_some()
                    && name_only(word, buf)
            };
        // Or an item of a list of people under a heading, one a line, with
        // a name found among them (`Liste des participants :\n- Julien
        // Roux\n- Daniel Bigot\n- Camille`).
        let bulleted = list_block(text, w.start, w.end).filter(|b| b.2 >= 2);
        if !listed && !after_lowercase && !opens && !addressed && !subject && bulleted.is_none() {
            continue;
        }
        // Binary searches: the names found are sorted by start.
        let at = found.partition_point(|n| n.0 < w.end);
        let inside = found[at.saturating_sub(2)..at]
            .iter()
            .any(|n| w.start < n.1);
        let near = seeds.partition_point(|n| n.0 < w.start);
        let beside = seeds[near.saturating_sub(1)..(near + 1).min(seeds.len())]
            .iter()
            .any(|&seed| {
                if let Some((from, to, _)) = bulleted {
                    from <= seed.0 && seed.1 <= to
                } else if listed && same_sentence(seed, (w.start, w.end)) {
                    true
                } else if listed && !joins_clause {
                    false
                } else {
                    same_paragraph(seed, (w.start, w.end))
                }
            });
        // A role noun (Hausa `Baba`, "father") is no one's given name here.
        let role = cues::lists().is_role(&text[w.start..w.end]);
        // Nor is a word before an amount (`na Naira 250,000`: a currency).
        let amount = text[w.end..]
            .strip_prefix([' ', '\u{a0}'])
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        if inside || !beside || role || amount || !lone_given(text, words, k, buf) {
            continue;
        }
        // (Something personal of its own for a common given name that is
        // also a city's, but in a list: `flying to Charlotte on Friday`.)
        let ctx = context(w.start, w.end);
        let place = flags(&text[w.start..w.end], buf) & PLACE != 0;
        if !ctx.public && !ctx.topic && (ctx.personal || listed || !place) {
            added.push((w.start, w.end, 60));
        }
    }
    out.extend(added);
}

/// Whether caseless word `i` is a word the lexicon does not know, right
/// before a surname it knows (`मधुर सक्सेना`, `رشاد الحمادي`): a given name
/// the lexicon lacks, or an ordinary word; `judge_run` takes it for a name
/// only when something personal is around.
fn before_surname(text: &str, words: &[Word], i: usize, buf: &mut String) -> bool {
    let Some(next) = words.get(i + 1) else {
        return false;
    };
    let surname = &text[next.start..next.end];
    let word = &text[words[i].start..words[i].end];
    next.shape == Shape::Caseless
        && &text[words[i].end..next.start] == " "
        && flags(word, buf) == 0
        && match flags(surname, buf) {
            0 => nisba_after(word, surname),
            f => f & (SURNAME | WORD | STOP | CLOSED) == SURNAME,
        }
}

/// The endings of Persian family names, often written apart from the word
/// before them (`اکبر پور`, Akbarpour; `علی زاده`, Alizadeh): after a given
/// name and a word, they make that word and themselves a surname.
const PERSIAN_SURNAME_ENDINGS: &[&str] = &["پور", "زاده", "نژاد", "نیا", "راد", "منش", "وند"];

/// Arabic words for "son of", "daughter of" and "sons of" (a tribe) inside
/// a name: `صادح بن وائل`, `مؤنس بنو هلال`. Not `ابن`, which inside a name
/// is written `بن`: alone it is the noun "son", "child" (`لإضافة ابن جديد`,
/// "to add a new child", in interface text).
const NASAB: &[&str] = &["بن", "بنت", "بنو", "بني"];

/// Whether word `i` opens an Arabic nasab: a word without the article, then
/// one of [`NASAB`], then another word, one space apart.
fn before_nasab(text: &str, words: &[Word], i: usize) -> bool {
    let (Some(particle), Some(father)) = (words.get(i + 1), words.get(i + 2)) else {
        return false;
    };
    let word = |w: &Word| &text[w.start..w.end];
    let lists = cues::lists();
    [words[i], *particle, *father]
        .iter()
        .all(|w| w.shape == Shape::Caseless)
        && text[words[i].end..particle.start] == *" "
        && text[particle.end..father.start] == *" "
        && NASAB.contains(&word(particle))
        && !word(&words[i]).starts_with("ال")
        && ![words[i], *father].iter().any(|w| {
            lists.function_words.contains(word(w))
                || lists.roles.contains(word(w))
                || NASAB.contains(&word(w))
        })
}

/// Whether `surname`, a word the lexicon does not know, is an Arabic family
/// name by its shape after the word `before`: a nisba with the article
/// (`المغربي`, "the Moroccan"; `الحمادي`). An adjective of that shape
/// agrees with its noun, article and all (`النادي الرياضي`, "the sports
/// club"), so after a word with the article it is not one.
fn nisba_after(before: &str, surname: &str) -> bool {
    let is_arabic = |c: char| ('\u{621}'..='\u{64a}').contains(&c);
    surname.strip_prefix("ال").is_some_and(|stem| {
        stem.ends_with('ي') && stem.chars().count() >= 3 && stem.chars().all(is_arabic)
    }) && !before.starts_with("ال")
        && before.chars().all(is_arabic)
}

/// Whether a role noun or a form's label stands right before word `i`:
/// `customer Gilang Maheswara`, `Клиент Сніжана Тимчук`, `our agent,
/// Zorvath Quellimore`, `Όνομα: Ζορβάθ Κουελιμόρ`, `my cousin Dana`.
fn role_before(text: &str, words: &[Word], i: usize) -> bool {
    let lists = cues::lists();
    let is_role = |w: &str| {
        lists.roles.contains(w) || words[i].shape == Shape::Capital && lists.more_roles.contains(w)
    };
    let given_only =
        || flags(&text[words[i].start..words[i].end], &mut String::new()) & (GIVEN | WORD) == GIVEN;
    i > 0 && matches!(&text[words[i - 1].end..words[i].start], " " | ": " | ", ") && {
        let before = &text[words[i - 1].start..words[i - 1].end];
        // A title between the role and the name (`للموظف المهندسة ايمان`,
        // "to the employee, engineer Iman"): one title, looked at once.
        let titled_role = i > 1
            && is_title(text, words[i - 1])
            && words[i - 1].shape == words[i].shape
            && text[words[i - 2].end..words[i - 1].start] == *" "
            && {
                let role = &text[words[i - 2].start..words[i - 2].end];
                lists.roles.contains(role) || caseless_role(text, words[i - 2])
            };
        titled_role
            || is_role(before)
            || words[i].shape == Shape::Caseless
                && (caseless_role(text, words[i - 1])
                    || kin_before(before)
                    || persian_possessed(text, words, i - 1)
                    || caseless_introduced(text, words, i)
                    // A role of the second list only before a given name
                    // that is no word (`דודה רותי`, "aunt Ruti"; `خاله
                    // مریم`): its labels made interface strings names. Not
                    // one ending in `-י` (see [`kin_before`]: `בעלי חיים`
                    // is "animals" too).
                    || lists.single_roles.contains(before)
                        && !before.ends_with(['י', 'ي'])
                        && given_only())
                // A possessive after the role: `ο λογιστής μας Σωφρονία ...`,
                // `הבת שלו, רונית` ("his daughter, Ronit").
                || is_possessive(before)
                    && word_before(text, words[i - 1].start).is_some_and(|(_, w)| {
                        is_role(w)
                            || words[i].shape == Shape::Caseless
                                && lists.single_roles.contains(w)
                                && given_only()
                    })
    }
}

/// Whether the caseless word `w` is a role noun of the first list, with
/// its article where Arabic `لل` ("to the") took the article's alif
/// (`للموظف`, "to the employee", is `ل` and `الموظف`; the word starts after
/// `لل`, see [`joined_front`]).
fn caseless_role(text: &str, w: Word) -> bool {
    let word = &text[w.start..w.end];
    let roles = &cues::lists().roles;
    // Arabic makes a role feminine with a final `ة` (`الموظفة`, "the employee").
    let role =
        |r: &str| roles.contains(r) || r.strip_suffix('ة').is_some_and(|m| roles.contains(m));
    role(word) || text[..w.start].ends_with("لل") && role(&format!("ال{word}"))
}

/// Whether a role noun of the second list (`roles.tsv`) stands right before
/// word `i`, one given name's: alone (`moster Karin`, `kuzyn Tomek`), with a
/// possessive written after it (`ο σύζυγός της Νίκος`, `anak saya, Rafi`,
/// `הבת שלו, רונית`) or joined to it (`وزوجته فاطمة`, "and his wife Fatima").
/// After a comma the name closes its apposition (`anak saya, Rafi, dirawat`):
/// `my son, Rafi and Dewi` may be three people.
fn kin_role_before(text: &str, words: &[Word], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let gap = |k: usize| &text[words[k - 1].end..words[k].start];
    let word = |k: usize| &text[words[k].start..words[k].end];
    let closed = || {
        text[words[i].end..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | '\u{60c}' | '.' | ';' | '\n'))
    };
    let roles = &cues::lists().single_roles;
    // (Not a bare role before a comma: `HOST, None, 0` is a call's
    // arguments.)
    let possessed = || {
        kin_before(word(i - 1))
            || is_possessive(word(i - 1))
                && word_before(text, words[i - 1].start).is_some_and(|(_, w)| roles.contains(w))
    };
    match gap(i) {
        " " | ": " => roles.contains(word(i - 1)) || possessed(),
        ", " => closed() && possessed(),
        _ => false,
    }
}

/// Whether `word` is a possessive written after its noun: `της`, `saya`,
/// Hebrew `שלו` ("his"), Yoruba `rẹ̀`.
fn is_possessive(word: &str) -> bool {
    const MORE: &[&str] = &[
        "שלו", "שלה", "שלי", "שלנו", "שלהם", "שלהן", "שלך", "rẹ̀", "rẹ", "wọn",
    ];
    cues::lists().possessives_after.contains(word) || MORE.contains(&word)
}

/// Whether `word` is a role noun of the second list (`roles.tsv`) in Arabic
/// script or Hebrew with a possessive joined to it: `ابني` ("my son"),
/// `همسرم` ("my wife"), `אשתי` ("my wife"). Not Hebrew's `-י` after a
/// masculine noun: it is also the plural's construct form (`בעלי חיים` is
/// "my husband Chaim" or "animals").
fn kin_before(word: &str) -> bool {
    let possessed = [
        "ي",
        "ه",
        "ها",
        "م",
        "\u{200c}ام",
        "ش",
        "\u{200c}اش",
        "ו",
        "ה",
        "תי",
        "תו",
    ]
    .iter()
    .any(|p| word.strip_suffix(p).is_some_and(|s| s.chars().count() >= 2));
    // Arabic writes a feminine noun's `ة` as `ت` before the possessive
    // (`زوجته`, "his wife", of `زوجة`).
    let feminine = || {
        ["ته", "تها", "تي", "تك", "تنا", "تهم"].iter().any(|p| {
            word.strip_suffix(p).is_some_and(|stem| {
                stem.chars().count() >= 2
                    && cues::lists().single_roles.contains(&format!("{stem}ة"))
            })
        })
    };
    !word.starts_with("ال")
        && !word.starts_with('ה')
        && (possessed && cues::lists().single_roles.contains(word) || feminine())
}

/// Whether a role noun of the second list (`roles.tsv`) stands alone in
/// brackets right after `stop`, not capitalised: `Dewi (istri)`, `مریم
/// (خواهر)`. (A language's variant is: `Danese (Traveller)`.)
fn kin_in_brackets(text: &str, stop: usize) -> bool {
    text[stop..]
        .strip_prefix(" (")
        .or_else(|| text[stop..].strip_prefix(" \u{ff08}"))
        .and_then(|rest| rest.split_once([')', '\u{ff09}']))
        .is_some_and(|(inside, _)| {
            inside.len() <= 40
                && !inside.starts_with(char::is_uppercase)
                && cues::lists().single_roles.contains(inside.trim())
        })
}

/// Whether word `k` is a Persian possessive written after a role noun of
/// the second list with a non-joiner: `همسایه‌مان`, "our neighbour";
/// `صاحبخانه‌ام`, "my landlord".
fn persian_possessed(text: &str, words: &[Word], k: usize) -> bool {
    const POSSESSIVES: &[&str] = &["ام", "م", "ات", "ت", "اش", "ش", "مان", "تان", "شان"];
    k > 0
        && POSSESSIVES.contains(&&text[words[k].start..words[k].end])
        && text[words[k - 1].end..words[k].start] == *"\u{200c}"
        && cues::lists()
            .single_roles
            .contains(&text[words[k - 1].start..words[k - 1].end])
}

/// Whether the caseless words from `i` are someone saying their own name:
/// after "I" or "my name" (`أنا`, `اسمي`, Persian `من`, `אני`, `שמי`,
/// `मैं`), two words, then a comma, the line's end or "am" (`من حسنا حسنی
/// هستم`, `मैं ... हूँ`). Without that close "I" starts any
/// sentence (`أنا سعيد جدا`, "I am very happy").
fn caseless_introduced(text: &str, words: &[Word], i: usize) -> bool {
    const I_AM: &[&str] = &["أنا", "انا", "اسمي", "אני", "שמי", "मैं"];
    const AM: &[&str] = &["هستم", "هستیم", "हूँ", "हूं", "हैं"];
    let before = &text[words[i - 1].start..words[i - 1].end];
    let persian_i = || {
        matches!(before, "من" | "اسمم")
            // (Not "me": `از من`, `به من`, "from me", "to me".)
            && word_before(text, words[i - 1].start)
                .is_none_or(|(_, w)| !matches!(w, "از" | "به" | "با" | "برای" | "پیش" | "مال"))
            && cues::is_persian(text)
    };
    if !(I_AM.contains(&before) || persian_i()) || i + 1 >= words.len() {
        return false;
    }
    let two = words[i + 1];
    if two.shape != Shape::Caseless || text[words[i].end..two.start] != *" " {
        return false;
    }
    let after = text[two.end..].trim_start_matches([' ', '\u{a0}']);
    // (Persian puts its verb last: `من جلسه دارم.`, "I have a meeting.")
    !matches!(before, "من" | "اسمم") && (after.is_empty() || after.starts_with([',', '،', '\n']))
        || AM.iter().any(|am| {
            after
                .strip_prefix(am)
                .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
        })
}

/// Whether the caseless words from `i` are the value of a form field: a label
/// and a colon before them (`الاسم: `, `नाम: `, `שם: `), and a field's end
/// after two or three words (`؛`, `;`, `|`, `/`, a comma, a line's end). A
/// label alone is no anchor in a script without case (`اسم المستخدم`, "user
/// name", is an interface string); the colon and the field's end are.
fn form_field(text: &str, words: &[Word], i: usize) -> bool {
    let label = |k: usize| {
        cues::lists()
            .more_roles
            .contains(&text[words[k].start..words[k].end])
    };
    // The label may be two words opening its line, the second saying which
    // name (`שם מלא: `, `الاسم الكامل: `, "full name").
    let two_word_label = || {
        i > 1 && label(i - 2) && text[words[i - 2].end..words[i - 1].start] == *" " && {
            let head = text[..words[i - 2].start].trim_end_matches([' ', '\t']);
            head.is_empty() || head.ends_with(['\n', '"', '\u{ab}'])
        }
    };
    i > 0
        && words[i].shape == Shape::Caseless
        && text[words[i - 1].end..words[i].start] == *": "
        && (label(i - 1) || two_word_label())
        && (i + 1..words.len().min(i + 3))
            .take_while(|&k| {
                words[k].shape == Shape::Caseless && text[words[k - 1].end..words[k].start] == *" "
            })
            .any(|k| {
                let after = text[words[k].end..].trim_start_matches(' ');
                after.is_empty() || after.starts_with([';', '؛', '|', '/', ',', '،', '\n'])
            })
}

/// The words of a name run starting at `i`: name-shaped words separated by
/// one space, with initials and lowercase particles inside, at most six.
fn run_from(text: &str, words: &[Word], i: usize) -> std::ops::Range<usize> {
    let script_caseless = words[i].shape == Shape::Caseless;
    let mut end = i + 1;
    while end < words.len() && end - i < 6 {
        let (prev, w) = (words[end - 1], words[end]);
        let gap = &text[prev.end..w.start];
        // An English possessive ends the name (`Valerie Webb's GP appointment`).
        let possessive = ["'s", "\u{2019}s"]
            .iter()
            .any(|p| text[prev.start..prev.end].ends_with(p));
        if !(gap == " " || gap == "\u{a0}") || w.code || degree_at(text, w.start) || possessive {
            break;
        }
        let fits = if script_caseless {
            // `مشتری به شماره`: a preposition ends the name; so does one
            // joined to an article and a noun (`יוסי מהמוסך`, "Yossi from
            // the garage").
            let word = &text[w.start..w.end];
            // (Nor a Persian prefix a non-joiner joins to its verb: `مریم
            // می‌آید`, "Maryam comes".)
            let ends = text[w.end..].starts_with('\u{200c}')
                || cues::lists().function_words.contains(word)
                || HONORIFICS_AFTER.contains(&word)
                || joined_article(word) && flags(word, &mut String::new()) & SURNAME == 0;
            w.shape == Shape::Caseless && !ends
        } else {
            match w.shape {
                Shape::Capital | Shape::Upper | Shape::Initial => true,
                // Irish and Scottish particles: `Ó Ceallaigh`, `Ní Bhriain`, `Mac Giolla`.
                Shape::Other
                    if is_one_of(
                        &text[w.start..w.end],
                        &["Ó", "O", "Ní", "Nic", "Mac", "Mhic", "Ua"],
                    ) =>
                {
                    words
                        .get(end + 1)
                        .is_some_and(|n| n.shape == Shape::Capital && &text[w.end..n.start] == " ")
                }
                // A list's join after a lone given name, before a given name
                // and another word, ends the run: `Lucía y Serafina Bejarano`
                // are two people (`Ortega y Gasset` one).
                Shape::Lower if end == i + 1 && two_people(text, words, i) => false,
                // A particle counts only with a capitalised word after it.
                Shape::Lower => (end..words.len().min(end + 3))
                    .take_while(|&k| {
                        words[k].shape != Shape::Lower
                            || cues::lists()
                                .particles
                                .contains(&text[words[k].start..words[k].end])
                    })
                    .find(|&k| words[k].shape != Shape::Lower)
                    .is_some_and(|k| {
                        words[k].shape == Shape::Capital
                            && words[end..=k]
                                .windows(2)
                                .all(|p| &text[p[0].end..p[1].start] == " ")
                            && &text[prev.end..w.start] == " "
                    }),
                _ => false,
            }
        };
        if !fits {
            break;
        }
        end += 1;
    }
    // A caseless run is a given name and at most two more words.
    if script_caseless {
        end = end.min(i + 3);
    }
    i..end
}

/// Whether a Hebrew or Arabic word is a preposition or conjunction joined to
/// the article and a noun of three letters or more: `מהמוסך`, "from the
/// garage"; `בהמשך`; `بالمستشفى`, "at the hospital"; `للمدير`.
fn joined_article(word: &str) -> bool {
    const JOINED: &[&str] = &[
        "מה", "בה", "לה", "שה", "כה", "וה", "بال", "لل", "فال", "كال", "وال",
    ];
    JOINED.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.chars().count() >= 3)
    })
}

/// Whether the lone given name at `i` and the given name and word after a
/// list's join (`Lucía y Serafina Bejarano`) are two people.
fn two_people(text: &str, words: &[Word], i: usize) -> bool {
    let mut buf = String::new();
    let mut given = |k: usize| {
        words.get(k).is_some_and(|n| {
            n.shape == Shape::Capital && flags(&text[n.start..n.end], &mut buf) & GIVEN != 0
        })
    };
    words
        .get(i + 2)
        .is_some_and(|n| LIST_JOINS.contains(&&text[words[i].end..n.start]))
        && given(i)
        && given(i + 2)
        && words.get(i + 3).is_some_and(|n| n.shape == Shape::Capital)
}

/// Whether a run of words is a name, and its span and score.
fn judge_run(
    text: &str,
    words: &[Word],
    i: usize,
    end: usize,
    buf: &mut String,
    around: &Around,
) -> Option<(usize, usize, u8)> {
    let Around {
        context,
        spoken,
        fact,
        cues: found_cues,
    } = *around;
    let cue_kind = |s: usize, e: usize| found_cues.kind(s, e);
    let cue = &|s: usize, e: usize| cue_kind(s, e).is_some();
    let run = &words[i..end];
    let word = |w: &Word| &text[w.start..w.end];
    // A title before the run, or an honorific joined after it (`Tanaka-san`).
    let before = text[..run[0].start].trim_end_matches(' ');
    let titled = i > 0
        && before.len() < run[0].start
        && is_title(text, words[i - 1])
        && before.ends_with(|c: char| c.is_alphabetic() || c == '.');
    let mut titled_inside = false;
    // A role noun or label inside a public phrase is the phrase's word, not
    // the name's role (`được đặt theo tên Jane Mai`: "named after").
    let mut role = role_before(text, words, i)
        && !found_cues.in_public_phrase(words[i - 1].start, words[i - 1].end);
    // Someone saying who they are (`Ciao, sono Ranieri Mannoia`, `Hoi! Dit is
    // Stef Bekbergen`) scores like a role's person, for a run of which the
    // lexicon knows a word as a name and none as a word (`It's Summer Sale`,
    // `this is Microsoft Teams`); unlike a role it does not outweigh public
    // words (`C'est Victor Hugo qui a écrit ...`).
    let introduced = !role && words[i].shape == Shape::Capital && introduced(text, words[i].start);
    let known = |ws: &[Word]| {
        let all: Vec<u64> = ws
            .iter()
            .map(|w| flags(word(w), &mut String::new()))
            .collect();
        all.iter().any(|f| f & (GIVEN | SURNAME) != 0)
            && all
                .iter()
                .all(|f| f & STOP == 0 && (f & WORD == 0 || f & COMMON != 0))
    };
    let mut introduced_known = introduced && known(&words[i..end]);
    // A form field's value (`الاسم: جسور هندية؛`) is a name like one after a
    // role noun, when something personal is around or the lexicon knows
    // one of its words (`الاسم: ملف جديد`, "name: new file", is neither).
    let field = !role && form_field(text, words, i);
    role |= field;
    // A greeting or a letter's close before the name (`Hola Ana Ruiz`,
    // `Regards,\nAna Ruiz`), or inside the run (`Guten Tag Anna Berg`: not
    // part of the name). Weaker than a role: groups are greeted too (`Hej
    // Alla Grannar`, "hi all neighbours").
    let mut first = 0;
    let mut greeted = cues::greeting_before(text, run[0].start, run[0].shape == Shape::Capital);
    // After a letter's close (its signature), not a greeting.
    let mut signed = greeted
        && cues::greeting_ends(
            text,
            text[..run[0].start]
                .trim_end_matches([' ', ',', '\u{60c}', '\n', '\r', '\u{a0}'])
                .len(),
        ) == Some(true);
    // (Not under a letter's close: there a greeting's word is the signer's
    // name, `مع التحية،\nسلام العبيدي`, Salam al-Obaidi.)
    if let Some(k) = (0..run.len() - 1)
        .rev()
        .filter(|_| !signed)
        .find(|&k| cues::greeting_ends(text, run[k].end).is_some())
    {
        first = k + 1;
        greeted = true;
        signed = cues::greeting_ends(text, run[k].end) == Some(true);
    }
    // A noun (not a title or a role) left out before the name.
    let mut noun_before = false;
    let mut place_led = false;
    // A given name that is also a month, a place or a brand (`Julio`,
    // `Carolina`, `Mercedes`, `Victoria`) before a surname or an unknown
    // word is a name when something personal is around: someone is written
    // to, or a personal matter is near (`escribir a Julio Campos`).
    let stop_given = |k: usize, f: u64| {
        f & GIVEN != 0
            && run.get(k + 1).is_some_and(|n| {
                let g = flags(word(n), &mut String::new());
                (g == 0 || g & (SURNAME | WORD | STOP) == SURNAME)
                    // (Or the Irish particle `Ó`, one letter: `Austin Ó Lurgáin`.)
                    && (n.shape == Shape::Capital || word(n) == "Ó")
                    && {
                        let ctx = context(run[k].start, run[run.len() - 1].end);
                        // Two given names (`San Francisco`) only for someone
                        // written to.
                        !ctx.public && (ctx.contacted || greeted || ctx.personal && g & GIVEN == 0)
                    }
            })
    };
    // A cue word that is a given name, capitalised after a lowercase word,
    // before a surname or an unknown word, is the name when nothing else
    // around is public (`per Roman Iannucci-Ferrazzi`: `roman` is French
    // "novel"; `the Roman Empire` is a word after it).
    let cue_given = |k: usize, f: u64| {
        f & GIVEN != 0
            && run[k].shape == Shape::Capital
            && word_before(text, run[k].start)
                .is_some_and(|(_, w)| w.starts_with(char::is_lowercase))
            && run.get(k + 1).is_some_and(|n| {
                let g = flags(word(n), &mut String::new());
                (g == 0 || g & (SURNAME | WORD | STOP) == SURNAME)
                    && n.shape == Shape::Capital
                    && !context(run[k].start, run[run.len() - 1].end).public
            })
    };
    // A closed-class word that is a given name, first after a role noun or
    // label (`Patient: Allen Kim`: German `allen` is "all"), before a
    // capitalised word the lexicon knows as a surname, is the name's.
    let given_after_role = |k: usize, f: u64, role: bool| {
        k == 0
            && role
            && f & GIVEN != 0
            && run.get(1).is_some_and(|n| {
                n.shape == Shape::Capital && flags(word(n), &mut String::new()) & SURNAME != 0
            })
    };
    // Leading words that are titles, cue words (`Customer`, `Клиент`) or
    // ordinary words (`Email`) are not part of the name.
    while first + 1 < run.len() {
        let w = &run[first];
        let title = cues::lists().titles.contains(word(w).trim_end_matches('.'));
        let f = flags(word(w), buf);
        // A cue word that is a given name right after a greeting is the
        // name (`Hola Román Beltrán`: `román` is Czech "novel").
        let is_cue = cue(w.start, w.end) && !(greeted && f & GIVEN != 0) && !cue_given(first, f);
        // Right after a title, a given name that is also a month is the
        // name (`Quý cô Mai Vũ`).
        let given_after_title = titled && first == 0 && f & GIVEN != 0;
        let ordinary = w.shape == Shape::Lower
            || elided_article(word(w))
            || is_cue
            || found_cues.in_phrase(w.start, w.end)
            || cues::lists().roles.contains(word(w))
            || cues::lists().articles.contains(word(w))
            // A street or a school named after the person (`Đường John
            // Trần`): the run is then the place's (below).
            || cues::lists().places_before.contains(word(w))
            // A preposition opening the sentence (`Según el Estatuto ...`),
            // or a Vietnamese one before Vietnamese words (`Theo Bộ luật`,
            // "according to the Code": `Theo` is an English given name).
            // (a given name only when spelt without its accents: Yoruba
            // `Segun`, Spanish `según`)
            || cues::lists().function_words.contains(word(w))
                && (f & GIVEN == 0 || !word(w).is_ascii())
            || first == 0 && vietnamese_function_word(text, word(w), run)
            || f & CLOSED != 0 && !given_after_role(first, f, role)
            // After a role noun a product's name is a person's (`Mfanyakazi
            // Safari Msuya`, "employee Safari Msuya").
            || f & STOP != 0 && !role && !stop_given(first, f) && !given_after_title
            || f & GIVEN == 0 && f & WORD != 0
            // A first person's introduction opening its sentence, also a
            // rare given name, before a given name (`Sono Giulia`: Japanese
            // `Sono`; not Turkish `Ben`, "I", also the first word of a
            // place, `Ben Tre`).
            || first == 0
                && f & COMMON == 0
                && first_person(word(w))
                && flags(word(&run[1]), &mut String::new()) & GIVEN != 0
                && self::introduced(text, run[1].start);
        // A capitalised word the lexicon does not know as a name, before a
        // known given name and at least one more word, is a noun that says
        // what the person is (`Ministr Radek Novák`, `Вратарь Фирс
        // Петрова`, `Der Bildhauer Ana ...`): German capitalises its nouns,
        // and every language its sentence's first word.
        let noun = f & (GIVEN | SURNAME) == 0
            && w.shape == Shape::Capital
            && run.len() - first >= 3
            && run[first + 1].shape == Shape::Capital
            && flags(word(&run[first + 1]), buf) & GIVEN != 0;
        // Without case, a word that may be a given name before a given name
        // and a surname (`मित्र लावण्या रंगराजन`, "friend Lavanya
        // Rangarajan") is that word.
        let word_before_given = w.shape == Shape::Caseless
            && f & WORD != 0
            && run.len() - first == 3
            && flags(word(&run[first + 1]), buf) & GIVEN != 0
            && flags(word(&run[first + 2]), buf) & SURNAME != 0;
        let noun = noun || word_before_given;
        if !(title || ordinary || noun) {
            break;
        }
        titled_inside |= title;
        // (Only the run's first word: `via` and `place` are also "through"
        // and "to put".)
        place_led |= first == 0
            && cues::lists().places_before.contains(word(w))
            && !matches!(word(w), "Via" | "Place" | "via" | "place");
        role |= cues::lists().roles.contains(word(w));
        noun_before |= noun && !title && !cues::lists().roles.contains(word(w));
        first += 1;
    }
    let titled = titled || titled_inside;
    // A first person's introduction that opens its sentence is
    // capitalised, and left out above as an ordinary word (`Soy Inés
    // Arrieta, la madre de Lucía`); not `Som`, `Met`, `C'est`, also "as",
    // "with" and a cleft's "it is" (`C'est Victor Hugo qui a écrit ...`).
    // Public words still count against it.
    let introduced_inside = !introduced
        && !role
        && first > 0
        && run[first].shape == Shape::Capital
        && first_person(word(&run[first - 1]))
        && self::introduced(text, run[first].start);
    if introduced_inside {
        introduced_known = known(&run[first..]);
    }
    // A place's or an institution's noun opening the run names it, with the
    // words that qualify it (`Escola Estadual Maria Fernanda Azevedo`,
    // "state school"): not a person here; unless a title follows it
    // (`Cabinet du Dr Lefèvre`, "Dr Lefèvre's practice").
    if place_led && !titled_inside {
        return None;
    }
    let run = &run[first..];
    // A cue word inside the run ends it: `Agli Internazionali di Roma` is a
    // preposition and a tournament, not a name.
    // (A surname the lexicon knows, right after a given name, is the name's
    // when the cue is a public one: `Anouk Rey`, Spanish `rey` is "king";
    // `Tage Urlaub` is "days of leave".)
    // (So is one that is the second word after a role noun, whatever the
    // first: `المستأجر بتلاء المفتي`, "the tenant Batla Al-Mufti", `المفتي`
    // also "the mufti".)
    let surname_after_given = |k: usize| {
        k > 0
            && cue_kind(run[k].start, run[k].end) != Some(cues::Kind::Personal)
            && flags(word(&run[k]), &mut String::new()) & SURNAME != 0
            && (flags(word(&run[k - 1]), &mut String::new()) & GIVEN != 0 || role && k == 1)
            && matches!(run[k].shape, Shape::Capital | Shape::Caseless)
    };
    let run =
        match (1..run.len()).find(|&k| cue(run[k].start, run[k].end) && !surname_after_given(k)) {
            Some(k) => &run[..k],
            None => run,
        };
    // A job title after a department's acronym (`HR Business Partner`,
    // `HR Generalist`): without a given name in it, no one's name. (Not
    // after an officer's, `our CFO Okafor-Nwosu`.)
    let acronym_before = text[..run[0].start]
        .strip_suffix(' ')
        .and_then(|head| head.rsplit([' ', '\n', '\t']).next())
        .is_some_and(|w| DEPARTMENTS.contains(&w));
    if acronym_before && run.iter().all(|w| flags(word(w), buf) & GIVEN == 0) {
        return None;
    }
    // A thing named after someone: the run, or the word after it, is a noun
    // like `Station` or `Foundation`.
    let thing = |w: &Word| cues::lists().is_thing(word(w));
    // Unless the noun is also a surname (`Hall`, `Park`, `Law`, `Church`),
    // not a street's, in a run of at most two words that is someone's:
    // titled or after a role noun (`Mr Church`, `our tenant Sarah Park`),
    // greeted or signed with a given name in it (`Dear Richard Hall`, `Dear
    // Park Min-jun`; not `Thank you Carnegie Hall!`), or a given name and
    // that surname in a personal matter with nothing public around (`Ronald
    // Hall rang the surgery about her prescription`; `a concert at Albert
    // Hall` is none).
    let surname_thing = |k: usize| {
        let w = &run[k];
        let given = |j: usize| j != k && flags(word(&run[j]), &mut String::new()) & GIVEN != 0;
        w.shape == Shape::Capital
            && run.len() <= 2
            && flags(word(w), &mut String::new()) & SURNAME != 0
            && !cues::STREETS
                .iter()
                .any(|s| word(w).eq_ignore_ascii_case(s))
            && (titled
                || role
                || greeted && (0..run.len()).any(given)
                || k == 1 && given(0) && {
                    let ctx = context(run[0].start, w.end);
                    ctx.personal && !ctx.public && !ctx.topic
                })
    };
    if (0..run.len()).any(|k| thing(&run[k]) && !surname_thing(k))
        || run.last().is_some_and(|w| street_compound(word(w), buf))
    {
        return None;
    }
    // (After the run as a cue word cut it: `Michael Anand Memorial Lecture`.)
    let after = i + first + run.len();
    if words
        .get(after)
        .is_some_and(|n| thing(n) && text[words[after - 1].end..n.start] == *" ")
    {
        return None;
    }
    // `the Jordan River`: in English an article before a run makes it a
    // thing (other languages put articles before people's names too).
    if i > 0 && word(&words[i - 1]).eq_ignore_ascii_case("the") && !titled {
        return None;
    }
    // A street or a district named after someone, on an address's line
    // (`Endereço: Rua das Acácias, 215 – Vila Mariana`).
    if on_address_line(text, run[0].start) {
        return None;
    }
    // The lines under a signer's name hold a job title and an office
    // (`Grace Goodwin\nAccounts Receivable | Brightline Logistics`, `Sr.
    // Executive`): a run there with no given name the lexicon knows is one.
    if below_signer(text, run[0].start, buf) && run.iter().all(|w| flags(word(w), buf) & GIVEN == 0)
    {
        return None;
    }
    // A title after the name (`Cuheyna Alemdar Hanım`) is not part of it.
    let titled_after = run.len() >= 2 && title_after(word(&run[run.len() - 1]));
    let run = if titled_after {
        &run[..run.len() - 1]
    } else {
        run
    };
    let last = *run.last()?;
    let start = run[0].start;
    let mut stop = last.end;
    // A title written apart after the name (`Cuheyna Alemdar Hanım`, Hindi's
    // `दीपाली शर्मा जी`): after two words, or after one the lexicon knows as
    // a name and as no word (not `Müdür Bey`, "Mr Director", or `माता जी`,
    // "mother").
    let mut honorific = (titled_after
        || last.shape == Shape::Caseless && honoured_after(text, stop))
        && (run.len() >= 2 || {
            let f = flags(word(&last), buf);
            f & (GIVEN | SURNAME) != 0 && f & WORD == 0
        });
    // An honorific suffix: `Tanaka-san` is the name `Tanaka`.
    if let Some((head, tail)) = word(&last).rsplit_once('-') {
        if cues::lists().suffixes.contains(tail) {
            honorific = true;
            stop = last.start + head.len();
        }
    } else if let Some(head) = word(&last).strip_suffix(JOINED_HONORIFIC) {
        // Hindi joins `जी` to the name: `चक्रवर्तीजी` is `चक्रवर्ती`.
        if head.chars().count() >= 2 && flags(head, buf) & (GIVEN | SURNAME) != 0 {
            honorific = true;
            stop = last.start + head.len();
        }
    }
    // An English possessive is not part of the name: `Jane Roe's landlord`
    // is about `Jane Roe`; nor is a Turkish case ending after an apostrophe
    // (`Şehamet İnönü'ye`).
    if !honorific {
        if let Some(head) = apostrophe_ending(word(&last)) {
            stop = last.start + head.len();
        }
    }
    // A letter's close is followed by its signer's name alone on its line
    // (`Regards,\nAna Ruiz`); with a noun before the name (`Huisartsenpraktijk
    // De Linde`, "GP practice") or lowercase words after it (`Phòng Nhân
    // sự`, "personnel department") the line names an office.
    if signed
        && (noun_before
            || text[stop..]
                .trim_start_matches(' ')
                .starts_with(char::is_lowercase))
    {
        return None;
    }
    let ctx = context(start, stop);
    // A personal role right before the name (`our neighbour Chigozie Nwosu`)
    // says who the person is: a public word further away (`the estate
    // chairman`) is about someone else, and the role is no noun in
    // apposition (`Hola Román Beltrán`, `Vermieter Jan Ott`). So does a
    // letter's close: its signer signs a letter, whatever public words stand
    // around the name (the lines under it are the signer's post and
    // employer: `Le meas,\nX\nComhairle Contae na Gaillimhe`).
    if ctx.public && !role && !signed
        || (located(text, start, stop) || place_noun_before(text, start))
            && !role
            && !titled
            && !greeted
            && !ctx.contacted
        || !ctx.personal
            && !introduced
            // (A signer's address and employer are under the name: `בברכה,\nX\nרחוב הדקל 18`.)
            && (ctx.topic && !signed
                || !role && !greeted && apposed(text, start, buf, cue)
                // (A greeting's comma closes it: `Dear Oksana Melnyk, the
                // fence is ours` says nothing of who she is; a closing's
                // does not, `Thanks Roger Federer, the greatest player`; nor
                // does a first person's introduction's, `Soy Inés Arrieta, la
                // madre de Lucía`; nor does a list's, whose next item it is:
                // `Presenti: Giulia, Marco Persico, il geometra e io`.)
                || !(introduced_inside || greeted && !signed)
                    && apposed_after(text, stop, cue)
                    && !in_list(text, start, stop)
                || life_dates(text, stop)
                || place_before(text, start)
                || attributed(text, start)
                || cues::credited(text, start)
                || cited(text, start, stop)
                || cited_in_text(text, stop)
                || imprint_after(text, stop)
                || titled_after_year(text, start)
                || titled_work(text, start, stop))
    {
        return None;
    }
    let names: Vec<&Word> = run
        .iter()
        .filter(|w| matches!(w.shape, Shape::Capital | Shape::Upper | Shape::Caseless))
        .collect();
    // The name of God is no one's (`Don Allah`, Hausa "please"; `Oh God`).
    const THEONYMS: &[&str] = &["Allah", "God", "Yahweh", "Jehovah", "الله", "אלוהים"];
    if names.iter().all(|w| THEONYMS.contains(&word(w))) {
        return None;
    }
    // Form labels are no name (`[Çalışan Adı Soyadı]`, "employee's name
    // surname", a template's blank).
    if names.iter().all(|w| cues::lists().labels.contains(word(w))) {
        return None;
    }

    let mut first_flags = names.first().map_or(0, |w| flags(word(w), buf));
    // A given name that is also a month or a place, kept above: a weak one.
    let stop_kept = first_flags & STOP != 0 && names.len() > 1;
    if stop_kept {
        first_flags &= !STOP;
    }
    // Without an honorific or a possessive after it (`Tanaka-san`, `Roe's`).
    let last_word = &text[last.start..stop];
    let last_flags = if names.len() > 1 {
        match flags(last_word, buf) {
            0 if nisba_after(word(names[0]), last_word) => SURNAME,
            _ if names.len() > 2 && PERSIAN_SURNAME_ENDINGS.contains(&last_word) => SURNAME,
            f => f,
        }
    } else {
        first_flags
    };
    let single = names.len() < 2 || run.len() < 2;
    let evidence = evidence(first_flags, last_flags, single);
    let mut score = evidence.score();
    // Two or three capitalised words the lexicon knows none of
    // ([`unknown_name`]), with something personal around (`Lezize Mansız
    // aidatları altı aydır ödemiyormuş`, "has not paid the dues for six
    // months"), or a personnel matter about them (the weak names below).
    // Groups are greeted too (`Hola Equipo Comercial`).
    // Greeted, they are only weak: a personnel matter may be about them
    // (`Hoi, Loek Knoers is nu zes weken ziek`).
    let unknown_greeted =
        evidence == Evidence::None && unknown_name(text, &names, run.len(), start, stop, buf);
    let unknown = unknown_greeted && !greeted;
    // (Asked about: `چطور به مهسا سماوات بگویم ...؟`, "how do I tell ...?")
    if unknown && (ctx.personal || ctx.asked) {
        score = 50;
    }
    if stop_kept {
        score = score.min(60);
    }
    // An unknown word with an adjective's inflection before a surname is an
    // adjective and a noun (`Interner Fehler`, `Ungültiger Wert`: German
    // capitalises nouns, and the registries' surnames hold many German
    // words), not a given name the lexicon lacks, unless something personal
    // is around (`Shamsuddeen Kabir has not returned the agreement`).
    if evidence == Evidence::UnknownSurname
        && !ctx.personal
        && first_flags == 0
        && names.first().is_some_and(|w| adjective_shaped(word(w)))
    {
        score = 0;
    }
    // In a script without case an unknown word before a surname may be any
    // word (`النص العربي`, "the Arabic text"): a name only with something
    // personal around, or as a weak name a personnel matter is about.
    let caseless_unknown = evidence == Evidence::UnknownSurname
        && first_flags == 0
        && names.iter().all(|w| w.shape == Shape::Caseless);
    if caseless_unknown
        && !ctx.personal
        && !ctx.asked
        && !role
        && !titled
        && !ctx.contacted
        && !greeted
    {
        score = 0;
    }
    // A short last word with a full stop before a number, after a word the
    // lexicon does not know as a given name, is an abbreviated label
    // (`Tiketi Na. 30217`, `Nyumba Na. 12`: "number"), not a name (`Jo Li.
    // 12 people came` is one).
    if first_flags & GIVEN == 0
        && !role
        && !titled
        && last_word.chars().count() <= 3
        && text[stop..].strip_prefix('.').is_some_and(|t| {
            t.trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit())
        })
    {
        return None;
    }
    // Two surnames right before a number are that number's label (`Carte
    // Vitale 2610...`), not someone.
    if evidence == Evidence::TwoSurnames
        && text[stop..]
            .trim_start_matches([' ', ':'])
            .starts_with(|c: char| c.is_ascii_digit())
    {
        score = 0;
    }
    // An all-capitals word is a name only where the lexicon knows it, and
    // never when it has two letters (`OS`, `IT`, `HR`: acronyms).
    if names.iter().any(|w| w.shape == Shape::Upper)
        && (last_flags & (SURNAME | GIVEN) == 0
            || names
                .iter()
                .any(|w| w.shape == Shape::Upper && w.end - w.start <= 2))
    {
        score = 0;
    }
    // Two or three capitalised words right after a role noun are a name even
    // when the lexicon knows neither: the role says it is a person.
    // An ordinary word is a word the lexicon does not also know as a name;
    // after a role noun, a product name (`Safari`) is a name too.
    let ordinary = |f: u64| {
        f & WORD != 0 && f & (GIVEN | SURNAME) == 0
            || !role && f & STOP != 0
            || f & CLOSED != 0 && !(role && first == 0 && f & GIVEN != 0)
    };
    // A subject line about someone (`Konu: Toy Fırat – depozito iadesi`):
    // two or three words the lexicon knows one of, between the label and a dash.
    let subject = i > 0
        && &text[words[i - 1].end..words[i].start] == ": "
        && cues::lists().subjects.contains(word(&words[i - 1]))
        && [" – ", " - ", " — "]
            .iter()
            .any(|d| text[stop..].starts_with(d))
        && (first_flags | last_flags) & (GIVEN | SURNAME) != 0;
    // After a greeting the lexicon must know one of the words (groups are
    // greeted too: `Hola Equipo Comercial`). After a letter's close, words
    // it knows none of that are shaped like a name ([`unknown_name`]), on a
    // line of their own, are its signer, a name the registries lack (`Με
    // εκτίμηση,\nΕυσέβιος Καλαθά`); a team signs with words or with a
    // particle between them (`Atentamente,\nDepartamento de Recobros`).
    let signer = signed
        && unknown_greeted
        && run.len() == names.len()
        && text[..start]
            .trim_end_matches([' ', '\u{a0}', '\r'])
            .ends_with('\n')
        && text[stop..]
            .trim_start_matches([' ', '\u{a0}'])
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '\n' | '\r'))
        && names.iter().all(|w| {
            w.shape == Shape::Capital && !cues::lists().is_role(word(w)) && !cue(w.start, w.end)
        });
    let greeted = greeted && ((first_flags | last_flags) & (GIVEN | SURNAME) != 0 || signer);
    // A given name alone after an introduction (`sono Giulia,`, `it's Jo —`,
    // `det här är Anna från`) or a greeting (`Dear Priya,`), closing its
    // clause or saying where the person is from: `Assalamu alaikum, Baba ya
    // fito` is "father has come out", `This is Hugo 0.120` a program.
    let rest = text[stop..].trim_start_matches(' ');
    let closes = rest.chars().next().is_none_or(|c| {
        matches!(
            c,
            ',' | '!' | ':' | ';' | '\n' | '\r' | '—' | '–' | '-' | '.' | '،'
        )
    });
    let from = rest
        .split(' ')
        .next()
        .is_some_and(|w| FROM.contains(&w.to_lowercase().as_str()));
    if ((introduced && first == 0 || introduced_inside) && (closes || from) || greeted && closes)
        && names.len() == 1
        && run.len() == 1
        && first_flags & GIVEN != 0
        && !ordinary(first_flags)
        && (first_flags & WORD == 0 || first_flags & COMMON != 0)
    {
        score = score.max(60);
    }
    // One given name right after a role noun is someone's (`my cousin
    // Dana`, `moster Karin`, `kuzyn Tomek`), also a name the lexicon knows
    // only as a surname or not at all: a pet name the registries lack
    // (`tante Els`, `тётя Люба`), letters only (`guest Wi-Fi`), not shaped
    // like a noun.
    if kin_role_before(text, words, i)
        // A title after a role is its addressee (`anak Ibu`, "your child").
        && !is_title(text, *names[0])
        && role
        && first == 0
        && names.len() == 1
        && run.len() == 1
        && (first_flags & GIVEN != 0
            || (first_flags & SURNAME != 0 || first_flags == 0)
                && names[0].shape == Shape::Capital
                // (Yoruba writes its tones as combining marks: `Bíọ́lá`.)
                && word(names[0])
                    .chars()
                    .all(|c| c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c))
                && !noun_shaped(word(names[0])))
        && !ordinary(first_flags)
        && (first_flags & WORD == 0 || first_flags & COMMON != 0)
    {
        score = score.max(60);
    }
    // One given name with the person's relation in brackets after it, as
    // a form or a list gives it (`Penanggung jawab: Dewi (istri)`, `نام
    // همراه: مریم (خواهر)`).
    let kin_after = names.len() == 1
        && run.len() == 1
        && first == 0
        && first_flags & GIVEN != 0
        && !ordinary(first_flags)
        && (first_flags & WORD == 0 || first_flags & COMMON != 0)
        && kin_in_brackets(text, stop);
    if kin_after {
        score = score.max(60);
    }
    // So is a full name with it (`איש קשר לחירום: X Y (אחות)`), and one
    // addressed with Vietnamese `ơi` after it (`ê X Y ơi, tối nay ...`).
    let kin_after_full = names.len() >= 2 && kin_in_brackets(text, stop);
    let vocative = text[stop..]
        .strip_prefix(" ơi")
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric));
    // Someone contacted is no anchor for English words the lexicon lacks
    // (`The client asked for a refund after a Bad Request error`).
    let unknown_english =
        first_flags == 0 && last_flags == 0 && english_words(text, &names, start, stop);
    let contacted = ctx.contacted && !unknown_english;
    if (role
        || introduced_known
        || contacted
        || named(text, words, end)
        || subject
        || greeted
        || kin_after_full
        || vocative)
        && !single
        && names.len() <= 3
        && !ordinary(first_flags)
        && !ordinary(last_flags)
    {
        score = score.max(60);
    }
    if field && !ctx.personal && (first_flags | last_flags) & (GIVEN | SURNAME) == 0 {
        score = 0;
    }
    // A patronymic between or after names (`Тимур Елисеевич Макаров`,
    // `Ivan Petrovich`) is a name by its shape: East Slavic naming.
    if names.len() >= 2 && names.iter().any(|w| is_patronymic(word(w))) {
        score = score.max(85);
    }
    // A given name, an Irish or Scottish particle and a capitalised word
    // (`Roy Mac Thaidhg`, `Donal Ó Coincheanainn`) is a name by its shape.
    if run.len() >= 3
        && first_flags & GIVEN != 0
        && !ordinary(first_flags)
        && run[1..run.len() - 1]
            .iter()
            .any(|w| is_one_of(word(w), &["Ó", "Ní", "Nic", "Mac", "Mhic", "Ua", "Uí"]))
    {
        score = score.max(60);
    }
    // `X بن Y`, `X بنو Y`: a given name, "son of" and a father's or a
    // tribe's name is a name by its shape (Arabic nasab).
    if names.len() == 3 && first == 0 && before_nasab(text, words, i) {
        score = score.max(60);
    }
    let degree = {
        let after = &text[stop..];
        let gap = after.len() - after.trim_start_matches([',', ' ']).len();
        (1..=2).contains(&gap) && degree_at(text, stop + gap)
    };
    // A title before a role noun addresses the role (`خانم معلم`, "Mrs
    // teacher"; `Frau Doktor`), not a name.
    let lists = cues::lists();
    if titled && single && names.first().is_some_and(|w| lists.is_role(word(w))) {
        return None;
    }
    // So does one the lexicon does not know between a title and an
    // honorific (`आदरणीय प्रधानाचार्य जी`, "respected principal").
    if titled
        && single
        && last.shape == Shape::Caseless
        && first_flags & (GIVEN | SURNAME) == 0
        && honoured_after(text, stop)
    {
        return None;
    }
    // Nor is a month, a weekday or a place no registry knows as a name
    // after one: Irish `don`, "to the", is Spanish "Mr" (`don Déardaoin`,
    // "to the Thursday").
    if titled && single && first_flags & STOP != 0 && first_flags & (GIVEN | SURNAME) == 0 {
        return None;
    }
    if titled || honorific || degree && !single {
        score = score.max(if single && first_flags & WORD != 0 {
            60
        } else {
            85
        });
    }
    // (A private fact counts here only where it lifts the name to a score
    // of its own: it is searched for a name nothing cheaper places.)
    if (ctx.personal || ctx.unmarked && (35..50).contains(&score) && fact(start, stop)) && score > 0
    {
        score = score.saturating_add(15).min(95);
    }
    if score < 50 {
        // Not a name by itself; but two or three capitalised words of which
        // the lexicon knows one as a name and none as an ordinary word, or
        // none at all ([`unknown_name`]), or that scored too low to stand
        // alone, may be one when a personnel matter in the same sentence is
        // about them (`Mauritz Berglund får en
        // löneförhöjning`, `Temistocle Mercati-Pigafetta rientra dal congedo
        // di maternità`): reported as weak (0).
        let name_flags: Vec<u64> = names.iter().map(|w| flags(word(w), buf)).collect();
        let weak = caseless_unknown && names.len() == 2
            || unknown_greeted
            // Scored, but too low to stand alone (`Juli Permadi`: a month
            // first; `Chị Xuân Mai`).
            || score > 0
                && (2..=3).contains(&names.len())
                && names.iter().all(|w| w.shape == Shape::Capital)
            // In a script without case, a run the lexicon knows a given
            // name of (`आभा जयरामन के लिए`, "for Abha Jayaraman"), not
            // before an auxiliary verb (`दिया था`, "had given").
            || score > 0
                && names.len() == 2
                && names.iter().all(|w| w.shape == Shape::Caseless)
                && first_flags & GIVEN != 0
                && !AUXILIARIES.contains(&word(names[1]))
            || !single
                && (2..=3).contains(&names.len())
                && names.iter().all(|w| w.shape == Shape::Capital)
                && name_flags.iter().any(|f| f & (GIVEN | SURNAME) != 0)
                && name_flags
                    .iter()
                    .all(|f| f & STOP == 0 && !(f & WORD != 0 && f & (GIVEN | SURNAME) == 0));
        return if weak {
            Some((start, stop, 0))
        } else {
            (score > 0).then_some((start, stop, score))
        };
    }
    // A name is someone's only with something that says whose: a personal
    // or contact word, a speaker or a question, a title or a role, a
    // greeting, a signature, a record, a contact, a list or a table. News,
    // reviews and histories name people with none of these, and a name with
    // none is weak: a personnel matter in its sentence may still make it a
    // name ([`crate::detect::scan`]).
    let anchored = ctx.personal
        || ctx.contacted
        || role
        || kin_after
        || kin_after_full
        || vocative
        || titled
        || honorific
        || greeted
        || introduced
        || introduced_inside
        || subject
        || degree
        || named(text, words, end)
        || names.len() >= 2 && names.iter().any(|w| is_patronymic(word(w)))
        || recorded(text, start, stop)
        || ctx.asked
        || contact_on_line(text, start, stop)
        || in_list(text, start, stop)
        || in_row(text, start, stop)
        || signed_off(text, start, stop)
        || ctx.unmarked && spoken(start, stop);
    if !anchored {
        return Some((start, stop, 0));
    }
    Some((start, stop, score))
}

/// Whether the line of the name `text[start..stop]` (or the signature it
/// heads) holds a way to reach someone: an e-mail address or a number of
/// seven digits or more (`Fernanda Machado;***.482.917-**;(11) 98555-2301`),
/// as a contact list, a signature or a record writes it (not a
/// bibliography's ISBN or DOI).
fn contact_on_line(text: &str, start: usize, stop: usize) -> bool {
    let from = tokens::floor_boundary(text, start.saturating_sub(200));
    let to = tokens::floor_boundary(text, stop.saturating_add(200).min(text.len()));
    let line_start = text[from..start].rfind('\n').map_or(from, |i| from + i + 1);
    let mut line_end = text[stop..to].find('\n').map_or(to, |i| stop + i);
    // A name alone on its line heads a signature: the three lines under it
    // are its (`Jan Nowak\nKierownik ds. sprzedaży\n536 728 674`).
    if text[line_start..start].trim().is_empty() && text[stop..line_end].trim().is_empty() {
        line_end = text[line_end..to]
            .match_indices('\n')
            .nth(3)
            .map_or(to, |(i, _)| line_end + i);
    }
    let line = &text[line_start..line_end];
    if line.contains("ISBN") || line.contains("doi") || line.contains("DOI") {
        return false;
    }
    let bytes = line.as_bytes();
    let email = bytes
        .windows(3)
        .any(|w| w[1] == b'@' && w[0].is_ascii_alphanumeric() && w[2].is_ascii_alphanumeric());
    let mut digits = 0;
    let mut longest = 0;
    for &b in bytes {
        if b.is_ascii_digit() {
            digits += 1;
            longest = longest.max(digits);
        } else if !matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/') {
            digits = 0;
        }
    }
    email || longest >= 7
}

/// Whether the name `text[start..stop]` is a cell of a table's row: its
/// line has at least two cells more, parted by `;`, `|` or a tab, and the
/// name fills its cell (`Gertrud Andersson;Lager;23;ryggskada`).
fn in_row(text: &str, start: usize, stop: usize) -> bool {
    const CELLS: [char; 3] = [';', '|', '\t'];
    let head = &text[..start];
    let line_from = head.rfind('\n').map_or(0, |i| i + 1);
    let line_to = text[stop..].find('\n').map_or(text.len(), |i| stop + i);
    if line_to - line_from > 400 {
        return false;
    }
    let before = text[line_from..start].trim_end_matches(' ');
    let after = text[stop..line_to].trim_start_matches(' ');
    let line = &text[line_from..line_to];
    CELLS.iter().any(|&c| {
        line.matches(c).count() >= 2
            && (before.is_empty() || before.ends_with(c))
            && (after.is_empty() || after.starts_with(c))
    })
}

/// The length of the marker that opens a list item's line, with the space
/// after it (`- `, `• `, `2. `, `3) `), if the line is one.
fn item_marker(line: &str) -> Option<usize> {
    let t = line.trim_start_matches([' ', '\t']);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let mark = if digits > 0 {
        (digits <= 2 && t[digits..].starts_with(['.', ')'])).then_some(digits + 1)?
    } else {
        t.chars()
            .next()
            .filter(|c| ITEM_MARKS.contains(c))?
            .len_utf8()
    };
    let rest = &t[mark..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    (spaces > 0).then_some(line.len() - t.len() + mark + spaces)
}

/// The characters that open an item of a list.
const ITEM_MARKS: &[char] = &[
    '-', '*', '\u{2022}', '\u{2013}', '\u{2014}', '\u{b7}', '\u{2023}', '\u{25aa}',
];

/// Whether a list item's text has a name's shape: one to four capitalised
/// words, or two or three in a script without case, and after them at most
/// a bracket (`Rina (CS)`).
fn name_shaped_item(item: &str) -> bool {
    let item = item.trim_end_matches([' ', '\t', '\r']);
    let item = match item.strip_suffix(')').and_then(|i| i.rfind(" (")) {
        Some(at) => &item[..at],
        None => item,
    };
    let words: Vec<&str> = item.split_whitespace().collect();
    let caseless = |w: &&str| {
        w.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
    };
    (1..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase))
        || (2..=3).contains(&words.len()) && words.iter().all(caseless)
}

/// The list whose item `text[start..stop]` opens, one item a line under a
/// heading that ends in a colon (`Liste des participants :\n- Julien
/// Roux\n- Daniel Bigot\n- Camille`, `...:\n1. Chidi\n2. Obinna
/// Nwachukwu`), its item of a name's shape: the byte range of its items and
/// how many of them have a name's shape.
fn list_block(text: &str, start: usize, stop: usize) -> Option<(usize, usize, usize)> {
    // The marker right before `start`, at its line's start: no search
    // through the line.
    let before = &text[..start];
    let b = before.trim_end_matches([' ', '\t']);
    if b.len() == before.len() {
        return None;
    }
    let b = match b.strip_suffix(['.', ')']) {
        Some(number) => {
            let d = number.trim_end_matches(|c: char| c.is_ascii_digit());
            if !(1..=2).contains(&(number.len() - d.len())) {
                return None;
            }
            d
        }
        None => b.strip_suffix(ITEM_MARKS)?,
    };
    let line_from = b.trim_end_matches([' ', '\t']).len();
    if line_from > 0 && !text[..line_from].ends_with('\n') {
        return None;
    }
    let line_to = text[stop..].find('\n').map_or(text.len(), |i| stop + i);
    if !name_shaped_item(&text[start..line_to]) {
        return None;
    }
    let mut shaped = 1;
    let (mut from, mut to) = (line_from, line_to);
    let mut headed = false;
    // (A roster is short: its lines are read within 2,000 bytes either
    // side, so a name costs the same on any text.)
    // (Whole lines only: a line the window cuts is read as none.)
    let above = tokens::floor_boundary(text, line_from.saturating_sub(2_000));
    let window = &text[above..line_from.saturating_sub(1)];
    let window = match above {
        0 => window,
        _ => &window[window.find('\n').map_or(window.len(), |i| i + 1)..],
    };
    for line in window.rsplit('\n').take(16) {
        if line_from == 0 {
            break;
        }
        match item_marker(line) {
            Some(m) => {
                shaped += usize::from(name_shaped_item(&line[m..]));
                from -= line.len() + 1;
            }
            None => {
                // (A heading in words, not a key of YAML: `american:\n  -
                // Boston Red Sox`.)
                let heading = line.trim().trim_end_matches([':', '\u{ff1a}']);
                headed = heading.len() < line.trim().len()
                    && (heading.contains(' ')
                        || heading.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase()));
                break;
            }
        }
    }
    if !headed {
        return None;
    }
    if to < text.len() {
        let below = tokens::floor_boundary(text, (to + 2_000).min(text.len()));
        let window = &text[to + 1..below.max(to + 1)];
        let window = if below < text.len() {
            &window[..window.rfind('\n').unwrap_or(0)]
        } else {
            window
        };
        for line in window.split('\n').take(16) {
            let Some(m) = item_marker(line) else {
                break;
            };
            shaped += usize::from(name_shaped_item(&line[m..]));
            to += line.len() + 1;
        }
    }
    // A roster is a few people (a car pool, a class trip), not the dozens
    // of a project's thanks (`In alphabetical order:\n  - Karl Berry\n...`).
    let items = text[from..to].matches('\n').count() + 1;
    (items <= 15).then_some((from, to, shaped))
}

/// Whether the name `text[start..stop]` is one of a list after a colon on
/// its line, it and every item before it capitalised words (`Lista de
/// presença: Juliana Costa, Vicente Caldeira e Patrícia Lopes`, `Invite
/// list: Bethany, Oksana Melnyk and the couple next door`): a roster of
/// people. (A cast list, `Waigizaji: Hekima Kiprono kama Mzee Juma`, has
/// words between its names.)
fn in_list(text: &str, start: usize, stop: usize) -> bool {
    if list_block(text, start, stop).is_some_and(|(_, _, shaped)| shaped >= 2) {
        return true;
    }
    let from = tokens::floor_boundary(text, start.saturating_sub(300));
    let head = &text[from..start];
    let line_from = head.rfind('\n').map_or(0, |i| i + 1);
    let Some(colon) = head[line_from..].rfind(':') else {
        return false;
    };
    let to = tokens::floor_boundary(text, stop.saturating_add(300).min(text.len()));
    let tail = &text[start..to];
    let end = tail
        .find(['\n', '.', '\u{2014}', '(', '\u{2013}'])
        .unwrap_or(tail.len())
        .min(tail.find(" - ").unwrap_or(tail.len()));
    let list_from = from + line_from + colon + 1;
    let list = &text[list_from..start + end];
    let mut count = 0;
    let mut at = list_from;
    for item in list.split([',', ';', '\u{60c}', '\u{3001}']) {
        let item_from = at;
        // (The separator's own length: `،` is two bytes, `、` three.)
        at += item.len()
            + list[at - list_from + item.len()..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
        let words: Vec<&str> = item.split_whitespace().collect();
        // A conjunction between the last two (`e`, `and`, `и`) parts one item in two.
        let parts = words.split(|w| w.chars().all(char::is_lowercase) && w.chars().count() <= 3);
        for part in parts.filter(|p| !p.is_empty()) {
            // (Capitalised, or in a script without case two or three words,
            // as a name is there: `سارة الخطيب، محمد العلي`, not `राम
            // मंदिर, अयोध्या`, "Ram temple, Ayodhya".)
            let caseless = |w: &&str| {
                w.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase())
            };
            let name_shaped = part.iter().all(|w| w.starts_with(char::is_uppercase))
                || (2..=3).contains(&part.len()) && part.iter().all(caseless);
            if part.len() > 4 || !name_shaped {
                // Past the name, the list may go on in other words.
                return item_from > start && count >= 2;
            }
            count += 1;
        }
    }
    count >= 2
}

/// Whether a publisher's imprint follows the name on its line: a place, a
/// colon, a publisher, a comma and a year that ends the entry (`Stockholm:
/// Norstedts, 2003.`, `Zaria: Gaskiya Corporation, 2010.`), as a
/// bibliography writes its author's entry.
fn imprint_after(text: &str, stop: usize) -> bool {
    let end = tokens::floor_boundary(text, stop.saturating_add(300).min(text.len()));
    let line = text[stop..end].split('\n').next().unwrap_or_default();
    line.match_indices(": ").any(|(i, _)| {
        let Some((publisher, after)) = line[i + 2..].split_once([',', '\u{60c}']) else {
            return false;
        };
        let after = after.trim_start_matches(' ');
        publisher.len() <= 80
            && publisher.starts_with(char::is_uppercase)
            && opens_with_year(after)
            && after[4..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | ',' | ')' | ';' | ' ' | '\r'))
    })
}

/// Whether `s` opens with a year of the last three centuries (`2005.`).
fn opens_with_year(s: &str) -> bool {
    s.len() >= 4
        && s.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && matches!(&s[..2], "18" | "19" | "20")
}

/// Whether the name `text[start..stop]` is a record's: a field's value
/// before the next field (`Nome completo: Maria Abreu / CPF: ...`, `Kind:
/// Ulrich Kraushaar;`; a lone `Name: ...` may be a program's) or a
/// note's subject, with what is noted after a dash (`Nina Costa
/// — prefere reunião de manhã`). (A title after a colon, `Ana Ruiz: Luz y
/// sombra`, is capitalised; a publisher after its city, `بيروت: دار الساقي،
/// 2003`, is followed by a year.)
fn recorded(text: &str, start: usize, stop: usize) -> bool {
    // (A JSON record quotes its values: `{"full_name": "Liam O'Brien", ...}`.)
    let after = text[stop..].trim_start_matches([' ', '\t', '"']);
    let year_after = after
        .strip_prefix([',', '\u{60c}'])
        .is_some_and(|rest| opens_with_year(rest.trim_start_matches(' ')));
    let field = text[..start]
        .trim_end_matches([' ', '\t', '"'])
        .ends_with(':')
        && !year_after
        && after.starts_with(['/', ';', '|', '\n', '\r', ',', '\u{60c}', '\u{61b}', '}'])
        // (Nor a credit: `Föreläsare: Therese Bengtsson, professor i ...`.)
        && !cues::credited(text, start)
        // (Nor a quoted bibliography entry: `wording: "Oluchi Iwu, Akụkọ
        // Ala Igbo, Onitsha: Africana First Publishers, 2003."`.)
        && !imprint_after(text, stop)
        && !cited(text, start, stop);
    // (Not after a colon: `Interner Fehler: ungültiger Wert` is a message.)
    let noted = ["\u{2014}", "\u{2013}", "-"]
        .iter()
        .find_map(|d| text[stop..].trim_start_matches(' ').strip_prefix(d))
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_lowercase);
    field || noted || aged(text, stop)
}

/// The words for years of age after a number, in the lexicon's languages.
#[rustfmt::skip]
const AGE_WORDS: &[&str] = &[
    "years", "year", "yrs", "jaar", "ans", "Jahre", "años", "anni", "anos", "år", "vuotta", "lat",
    "let", "roků", "років", "лет", "года", "год", "ετών", "χρονών", "yaş", "yaşında", "tahun",
    "taon", "tuổi", "ساله", "سنة", "عاما", "عامًا", "שנים", "वर्ष", "साल",
];

/// Whether an age follows the name ending at `stop`, as a note gives it:
/// `Eline Hagendoorn, 67 jaar,`, `Ana Ruiz (34)`. (A number alone after a
/// comma is as often a house's: `Esplanada Maria Eduarda Macedo, 14,`.)
fn aged(text: &str, stop: usize) -> bool {
    let after = &text[stop..];
    let (bracket, rest) = match after.strip_prefix(" (") {
        Some(rest) => (true, rest),
        None => match after.strip_prefix([',', '\u{60c}']) {
            Some(rest) => (false, rest.trim_start_matches(' ')),
            None => return false,
        },
    };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=3).contains(&digits) || rest[..digits].parse::<u16>().map_or(true, |n| n > 120) {
        return false;
    }
    let rest = &rest[digits..];
    // (Not a count of commits in a changelog: `Derrick Stolee (2):`.)
    if bracket {
        return rest.starts_with(')') && !rest[1..].starts_with(':');
    }
    rest.strip_prefix([' ', '-']).is_some_and(|r| {
        AGE_WORDS.iter().any(|w| {
            r.strip_prefix(w)
                .is_some_and(|t| !t.starts_with(char::is_alphanumeric))
        })
    })
}

/// Whether the name `text[start..stop]` is alone on its line under a short
/// line ending in a comma: a letter's close (`Att,\nIsabela Macedo`), in
/// any language, also where the letter is quoted (`Fix this: "Ekele m,\n…`);
/// or alone on its last line after a dash (`see you Saturday!\n– Gavin
/// Black`).
fn signed_off(text: &str, start: usize, stop: usize) -> bool {
    let (head, tail) = (&text[..start], &text[stop..]);
    let Some(line_start) = head.rfind('\n') else {
        return false;
    };
    // (The line may end in the quote's close: `Gavin Black"`, or a CR.)
    let rest_of_line = tail.split('\n').next().unwrap_or_default();
    if !rest_of_line
        .trim_end_matches(['"', '\u{201d}', '\u{bb}', '\'', ' ', '\t', '\r', '\u{a0}'])
        .is_empty()
    {
        return false;
    }
    let before = head[line_start + 1..].trim_start_matches([' ', '\t', '\u{a0}']);
    if !before.is_empty() {
        // A dash's signature ends its text (or the quoted one); not a
        // list's last item (`Films:\n– Forrest Gump\n– Jerry Maguire`).
        // (The scanner reads en and em dashes as hyphens.)
        let dash = |line: &str| line.trim_start().starts_with(['\u{2013}', '\u{2014}', '-']);
        let above = head[..line_start]
            .trim_end()
            .rsplit('\n')
            .next()
            .unwrap_or_default();
        // (It ends the paragraph at least: a request may follow the text
        // it signs, `...\n– Gavin Black\n\nCan you shorten this?`.)
        let after = &tail[rest_of_line.len()..];
        return matches!(before.trim_end(), "\u{2013}" | "\u{2014}" | "-" | "--")
            && before.ends_with(' ')
            && !dash(above)
            && (after.trim().is_empty()
                || after.strip_prefix('\n').is_some_and(|rest| {
                    rest.trim_start_matches([' ', '\t', '\r']).starts_with('\n')
                }));
    }
    let above = head[..line_start].trim_end();
    let close = above.rsplit('\n').next().unwrap_or_default().trim();
    // The close of a letter quoted after a request: what follows its quote
    // mark or the request's colon.
    let close = close
        .rsplit(['"', '\u{201c}', '\u{201e}', '\u{ab}', ':'])
        .next()
        .unwrap_or_default()
        .trim();
    // Or the last sentence of a message written on one line (`... dosyaları
    // ekte gönderiyorum. Görüşmek üzere,`).
    let close = close
        .rsplit_once(['.', '!', '?'])
        .filter(|(_, last)| last.starts_with(' '))
        .map_or(close, |(_, last)| last.trim());
    close.ends_with([',', '\u{60c}']) && close.split_whitespace().count() <= 5
}

/// Hindi auxiliary and light verbs that follow a verb (`दिया था`, "had
/// given"; `किया है`): the word before them is no name's.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "है", "हैं", "था", "थी", "थीं", "थे", "हो", "होगा", "होगी", "होंगे", "गया", "गई", "गए", "दिया",
    "दी", "दिए", "दें", "दो", "लिया", "रहा", "रही", "रहे", "किया", "कर", "करें", "करना", "सकता",
    "सकती", "सकते", "चाहिए", "हुआ", "हुई", "हुए", "चुका", "चुकी", "चुके",
];

/// Whether a word is a noun with an elided article joined to it
/// (`L'architetto`, `dell'attore`), not a name (`D'Angelo`, `O'Brien`).
fn elided_article(word: &str) -> bool {
    word.split_once(['\'', '\u{2019}'])
        .is_some_and(|(article, rest)| {
            matches!(
                article,
                "l" | "L"
                    | "dell"
                    | "Dell"
                    | "all"
                    | "All"
                    | "dall"
                    | "Dall"
                    | "nell"
                    | "Nell"
                    | "sull"
                    | "Sull"
            ) && rest.starts_with(char::is_lowercase)
        })
}

/// Whether the name at `start` stands in apposition to a noun that says
/// what someone is (`the sculptor Ana Lima`, `le détective Paul Martin`,
/// `l'architetto ...`, `الوزير ...`, `Goalkeeper Ann Lee saved ...`): a
/// common noun after an article (one adjective may come between), with an
/// article prefix (Arabic `ال`, Hebrew `ה`), or opening the sentence. The
/// noun is none of the words that make the name a private person's (a role
/// such as `customer`, a title, a personal or contact cue). With nothing
/// personal around it, such a name is someone's public identity: an
/// occupation in the news, a book or a film.
fn apposed(text: &str, start: usize, buf: &mut String, cue: &dyn Fn(usize, usize) -> bool) -> bool {
    let lists = cues::lists();
    let word_before = |end: usize| word_before(text, end);
    let Some((at, noun)) = word_before(start) else {
        return false;
    };
    let plain = |w: &str, at: usize| {
        w.chars().count() >= 3
            && !lists.roles.contains(w)
            && !lists.titles.contains(w)
            && !lists.determiners.contains(w)
            && !lists.function_words.contains(w)
            && !lists.particles.contains(w)
            && !lists.contacts.contains(w)
            && !cue(at, at + w.len())
    };
    let determiner =
        |end: usize| word_before(end).is_some_and(|(_, d)| lists.determiners.contains(d));
    // `l'architetto`, `dell'attore`: the article is elided onto the noun.
    if elided_article(noun) {
        let rest = noun.trim_start_matches(|c: char| c != '\'' && c != '\u{2019}');
        let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
        return plain(rest, at + noun.len() - rest.len());
    }
    let first = noun.chars().next().unwrap_or(' ');
    if first.is_lowercase() {
        if !plain(noun, at) {
            return false;
        }
        return determiner(at)
            || word_before(at).is_some_and(|(adj_at, adj)| {
                adj.starts_with(char::is_lowercase) && plain(adj, adj_at) && determiner(adj_at)
            });
    }
    if first.is_uppercase() {
        // A sentence that opens with a noun (`Goalkeeper Ann Lee ...`,
        // `Ministr Radek Novák ...`), or a capitalised noun after an
        // article (`Der Bildhauer Ana Gutknecht ...`).
        let opens = text[..at]
            .trim_end()
            .ends_with(['.', '!', '?', ':', '"', '\n'])
            || text[..at].trim().is_empty();
        let f = flags(noun, buf);
        return (opens || determiner(at)) && f & (GIVEN | SURNAME) == 0 && plain(noun, at);
    }
    // Scripts without case: an article joined to the noun.
    let prefixed = (noun.starts_with("ال") && noun.chars().count() >= 4)
        || (noun.starts_with('ה') && noun.chars().count() >= 3);
    prefixed && plain(noun, at)
}

/// The flags of a folded word the lexicon lacks as written, from its other
/// forms: a feminine surname is the masculine one's (`Виноградова`,
/// `Nováková`, `Kowalska`, Greek `Καρκαλέτση`), a Cyrillic or Greek word
/// is what the registries' Latin spelling of it is (`Самуил` → `Samuil`;
/// a given name from four Latin letters, a surname from six, so `Вы` is
/// not `Vy`),
/// and otherwise its ending, or its masculine form's, may be a surname's
/// ([`surname_shape`]).
fn other_forms(folded: &str) -> u64 {
    let masculine = masculine(folded);
    if masculine
        .iter()
        .filter_map(|m| lexicon().get(m.as_bytes()))
        .any(|f| f & SURNAME != 0)
    {
        return SURNAME;
    }
    let mut latin = String::new();
    for anglicised in [false, true] {
        let forms =
            std::iter::once((folded, false)).chain(masculine.iter().map(|m| (m.as_str(), true)));
        for (form, feminine) in forms {
            latin.clear();
            if !fold::romanize_into(form, anglicised, &mut latin) {
                continue;
            }
            if let Some(f) = lexicon().get(latin.as_bytes()) {
                // Short Latin forms collide with the registries' many short
                // names (`Ερμής` → `ermis`, a US surname).
                let f = if latin.len() < 4 { f & !GIVEN } else { f };
                let f = if latin.len() < 6 { f & !SURNAME } else { f };
                let f = if feminine { f & SURNAME } else { f };
                // A Latin word alone says nothing of a word in another
                // script (`Δελή` → `deli`, an English word): a form that
                // is only a word is no match.
                if f & !(WORD | COMMON) != 0 {
                    return f;
                }
            }
        }
    }
    for medial in [false, true] {
        latin.clear();
        if !devanagari::romanize_into(folded, medial, &mut latin) {
            break;
        }
        // Many Hindi words spell a registry's name (`दिया` "gave" is `diya`,
        // `सकता` "can" is `sakata`, a Japanese surname): a given name found
        // this way is also taken for a word, a name only with a surname after
        // it, and a surname is not taken (the hand-written lists hold the
        // Devanagari surnames).
        if latin.len() >= 4
            && lexicon()
                .get(latin.as_bytes())
                .is_some_and(|f| f & GIVEN != 0)
        {
            return GIVEN | WORD;
        }
    }
    // `रंगराजनजी`: the name with Hindi's joined honorific (see `judge_run`).
    if let Some(head) = folded.strip_suffix(JOINED_HONORIFIC) {
        if head.chars().count() >= 2 {
            let f = lexicon()
                .get(head.as_bytes())
                .unwrap_or_else(|| other_forms(head));
            return f & (GIVEN | SURNAME | WORD);
        }
    }
    // A Slavic woman's given name made from a man's with `-а` (`Святослава`,
    // `Ярослава`, `Богдана`).
    if let Some(stem) = folded.strip_suffix('а').filter(|s| {
        s.chars().count() >= 5
            && s.chars()
                .all(|c| ('а'..='я').contains(&c) || "іїєґ".contains(c))
    }) {
        latin.clear();
        if fold::romanize_into(stem, false, &mut latin)
            && lexicon()
                .get(latin.as_bytes())
                .is_some_and(|f| f & GIVEN != 0 && f & WORD == 0)
        {
            return GIVEN;
        }
    }
    // A feminine form has the shape of its masculine one (`Περουλάκη` of
    // `-άκης`, `Pappadopoulou` of `-poulos`).
    std::iter::once(folded)
        .chain(masculine.iter().map(String::as_str))
        .fold(0, |f, form| f | surname_shape(form))
}

/// Whether the folded word in Arabic script is two given names written as
/// one, as Persian writes its compound names (`محمدیاسین`, `امیرحسین`,
/// `علیرضا`): each part at least three letters, known as a given name and
/// not as a word. (Asked only of words with a letter of Persian's own, so
/// Arabic text pays nothing for it.)
fn joined_given_names(folded: &str) -> bool {
    if folded.len() < 12 {
        return false;
    }
    let letters = folded.chars().count();
    let arabic_script = |c: char| ('\u{0620}'..='\u{06FF}').contains(&c) && c.is_alphabetic();
    if letters < 6 || !folded.chars().all(arabic_script) {
        return false;
    }
    let given = |w: &str| {
        lexicon()
            .get(w.as_bytes())
            .is_some_and(|f| f & (GIVEN | WORD | STOP | CLOSED) == GIVEN)
    };
    folded
        .char_indices()
        .skip(3)
        .take(letters - 5)
        .any(|(at, _)| given(&folded[..at]) && given(&folded[at..]))
}

/// The masculine forms of a folded feminine surname: East Slavic `-ова`,
/// `-ина`, `-ская` (`виноградова` → `виноградов`), Czech and Slovak `-ová`
/// (`novakova` → `novak`) and its Russian transliteration (`ivanova` →
/// `ivanov`), Polish `-ska`, `-cka`, Greek genitive `-η`, `-ου`
/// (`καρκαλετση` → `καρκαλετσησ`), `-ίδου`, `-άδου` of `-ίδης`, `-άδης`
/// and their Latin spellings (`-opoulou`, `-idou`). Words of four letters or
/// fewer have none, nor ones of five but Greek (`τσακη`, `τσακησ`: Greek
/// surnames are short too; `mova`, "language", is no `mov`).
fn masculine(folded: &str) -> Vec<String> {
    const RULES: &[(&str, &str)] = &[
        ("ская", "ский"),
        ("цкая", "цкий"),
        ("ська", "ський"),
        ("цька", "цький"),
        ("ова", "ов"),
        ("ева", "ев"),
        ("ина", "ин"),
        ("ына", "ын"),
        ("ova", ""),
        ("ova", "ov"),
        ("eva", "ev"),
        ("ina", "in"),
        ("ska", "ski"),
        ("cka", "cki"),
        ("ου", "οσ"),
        ("ιδου", "ιδησ"),
        ("αδου", "αδησ"),
        ("η", "ησ"),
        ("opoulou", "opoulos"),
        ("idou", "idis"),
        ("adou", "adis"),
    ];
    // (A Greek one of five letters has: `τσακη` of `τσακησ`.)
    let letters = folded.chars().count();
    let greek = folded.starts_with(|c: char| ('\u{370}'..='\u{3ff}').contains(&c));
    if letters < 5 || letters == 5 && !greek {
        return Vec::new();
    }
    RULES
        .iter()
        .filter_map(|(feminine, male)| {
            folded
                .strip_suffix(feminine)
                .map(|stem| format!("{stem}{male}"))
        })
        .collect()
}

/// Whether what follows a name says who they are, as a noun after a comma
/// and an article (`X, the two-time Olympic champion`, `X, le célèbre
/// architecte`, `X, der Gründer`): with nothing personal around, the
/// description of a public figure. Roles (`X, the tenant`) and personal
/// words are not such nouns.
fn apposed_after(text: &str, stop: usize, cue: &dyn Fn(usize, usize) -> bool) -> bool {
    let lists = cues::lists();
    let Some(rest) = text[stop..].strip_prefix(", ") else {
        return false;
    };
    let at = stop + 2;
    let mut words = rest
        .split(' ')
        .scan(at, |pos, w| {
            let start = *pos;
            *pos += w.len() + 1;
            Some((start, w.trim_end_matches([',', '.', ';', ':'])))
        })
        .take(4);
    let Some((_, determiner)) = words.next() else {
        return false;
    };
    if !lists.determiners.contains(determiner) {
        return false;
    }
    let noun = |w_at: usize, w: &str| {
        w.chars().count() >= 3
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && !lists.roles.contains(w)
            && !lists.titles.contains(w)
            && !lists.contacts.contains(w)
            && !cue(w_at, w_at + w.len())
    };
    // German capitalises its nouns (`X, der berühmte Architekt`): a
    // lowercase word that is no adjective starts a relative clause (`X, der
    // sechs Jahre bei uns gearbeitet hat`; Dutch `die` is only that).
    const GERMAN: &[&str] = &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    ];
    let described = if GERMAN.contains(&determiner) {
        words
            .find(|(_, w)| {
                !(w.starts_with(char::is_lowercase)
                    && w.chars().count() >= 4
                    && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e)))
            })
            .is_some_and(|(w_at, w)| w.starts_with(char::is_uppercase) && noun(w_at, w))
    } else {
        // The noun, after at most two adjectives or numbers (`the two-time
        // Olympic champion`): the first word that is not lowercase-plain stops.
        words.any(|(w_at, w)| noun(w_at, w) && w.starts_with(char::is_lowercase))
    };
    described
        && !rest.split(' ').take(4).any(|w| {
            lists
                .roles
                .contains(w.trim_end_matches([',', '.', ';', ':']))
        })
}

/// Whether a name is followed by life dates or a citation year in
/// parentheses: `X (1879–1936)`, `X (born 1950)`, `X (2019)`, or a word of
/// birth and a year within the parentheses (`X (ur. 7 listopada 1867 w
/// Warszawie`): a historical person or an author cited.
fn life_dates(text: &str, stop: usize) -> bool {
    let Some(rest) = text[stop..].trim_start_matches(' ').strip_prefix('(') else {
        return false;
    };
    // A year: three or four digits, then the parentheses' end or a separator.
    let year_at = |s: &str| {
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        (3..=4).contains(&digits)
            && (s.len() == digits || s[digits..].starts_with([')', '–', '-', '—', ',', ' ', ';']))
    };
    // After a word of birth a day and a month may come first: a four-digit
    // year within the parentheses' first 60 bytes. (One-letter
    // abbreviations, `n.`, `s.`, `c.`, are numbers and sizes too: `(n. tel.
    // 333 1234567)`; after them only a year right away counts.)
    if let Some(rest) = BORN_DATED.iter().find_map(|p| rest.strip_prefix(p)) {
        let cut = tokens::floor_boundary(rest, 64);
        let head = &rest[..cut];
        let inside = head.split(')').next().unwrap_or(head);
        return inside
            .char_indices()
            .take_while(|&(i, _)| i < 60)
            .any(|(i, c)| {
                c.is_ascii_digit()
                    && !inside[..i].ends_with(|p: char| p.is_ascii_digit())
                    && inside[i..].chars().take_while(char::is_ascii_digit).count() == 4
                    && year_at(&inside[i..])
            });
    }
    year_at(
        BORN.iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest),
    )
}

/// Words of birth (and a circa) that open life dates in parentheses, a year
/// right after them: `b.`, `c.`, `n.` (Italian, Portuguese), `f.` (Nordic
/// `född`; also `f. eks.`, "for example").
const BORN: &[&str] = &[
    "b. ", "born ", "c. ", "ca. ", "né ", "née ", "nato ", "nata ", "n. ", "f. ",
];

/// Words of birth that may have a day and a month before the year, in the
/// languages' abbreviations: `geb.`, `ur.` (Polish), `nar.` (Czech, Slovak),
/// `род.`, `doğ.`.
const BORN_DATED: &[&str] = &[
    "born ", "geb. ", "geboren ", "ur. ", "nar. ", "род. ", "doğ. ", "nacido ", "nacida ",
    "nascido ", "nascida ", "né le ", "née le ",
];

/// Quotation marks that close a quotation, in the languages' own styles.
const CLOSING_QUOTES: &[char] = &[
    '"', '\u{201D}', '\u{201C}', '\u{BB}', '\u{2019}', '\u{300D}', '\u{300F}',
];

/// Whether a name is a quotation's attribution: a dash after the closing
/// quotation mark, then the name (`“…” — X`, `«…» — X`), or one lowercase
/// word, the verb of saying, with or without the dash (`«…», écrivait X`,
/// `"…," said X`, `“…” – inji X`).
fn attributed(text: &str, start: usize) -> bool {
    let closes_quote = |head: &str| {
        head.trim_end()
            .trim_end_matches(['.', ',', '!', '?', '\u{2026}'])
            .ends_with(CLOSING_QUOTES)
    };
    const DASHES: [char; 4] = ['\u{2014}', '\u{2015}', '\u{2013}', '-'];
    let head = text[..start].trim_end();
    if let Some(head) = head.strip_suffix(DASHES) {
        return closes_quote(head);
    }
    // "According to" right before the name (`Enligt Emma Eliasson,
    // professor ...`). Compared without allocating: a long list of names
    // asks this of every one.
    let same = |w: &str, a: &str| w.chars().flat_map(char::to_lowercase).eq(a.chars());
    if let Some((from, w)) = word_before(text, start) {
        if cues::ACCORDING_TO.iter().any(|a| same(w, a))
            || same(w, "to") && word_before(text, from).is_some_and(|(_, b)| same(b, "according"))
        {
            return true;
        }
    }
    // The verb may follow a dash too (`“...” – inji Yusuf Buhari`, `«...» —
    // dijo X`).
    word_before(text, start).is_some_and(|(from, verb)| {
        let head = text[..from].trim_end();
        let head = head.strip_suffix(DASHES).unwrap_or(head);
        verb.starts_with(char::is_lowercase) && closes_quote(head)
    })
}

/// Whether a name opens a bibliography entry: first on its line, a full
/// stop or comma right after it, and the line ending with a year
/// (`X. Title. City: Publisher, 2003.`), or with a year and the pages
/// (`X. Title. City: Publisher, 2014. 312 p.`, `X: Title. Brno: Host, 2011,
/// s. 88–104`: then a colon after the name too).
fn cited(text: &str, start: usize, stop: usize) -> bool {
    // Only white space back to the line's start (read back no further than
    // that white space: a long line is not searched for its start per name).
    // (Or the quotation's: `Please improve the wording: "X, Title, Paris,
    // Gallimard, 2003."`.)
    let head = text[..start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let quoted = head.ends_with(['"', '\u{201c}', '\u{201e}', '\u{ab}']);
    if !(head.is_empty() || head.ends_with('\n') || quoted)
        || !text[stop..].starts_with(['.', ',', ':'])
    {
        return false;
    }
    let line = text[stop..].split('\n').next().unwrap_or("");
    let mut line = line.trim_end();
    if quoted {
        line = line.trim_end_matches(['"', '\u{201d}', '\u{bb}', '\u{201c}']);
    }
    let mut tail = line.trim_end_matches(['.', ')']);
    let paged = tail
        .match_indices([',', '.'])
        .find(|&(i, _)| tail[i + 1..].starts_with(' ') && pages(&tail[i + 1..]))
        .map(|(i, _)| i);
    if let Some(i) = paged {
        tail = tail[..i].trim_end_matches(['.', ')']);
    }
    let paged = paged.is_some();
    let digits = tail.chars().rev().take_while(char::is_ascii_digit).count();
    digits == 4
        && tail[..tail.len() - 4].ends_with([' ', '(', ','])
        && (paged || !text[stop..].starts_with(':'))
}

/// Whether a short parenthesis that is a year or ends in `, year` follows
/// the name in its sentence, at most 120 bytes on: an in-text citation
/// (`Como demonstrou X em sua tese de doutorado (USP, 2009)`, `X (2014)
/// argues`; not `(deadline 30 June 2024)`).
fn cited_in_text(text: &str, stop: usize) -> bool {
    let to = tokens::floor_boundary(text, (stop + 120).min(text.len()));
    let tail = &text[stop..to];
    let end = (0..tail.len())
        .find(|&i| crate::detect::ends_sentence(tail.as_bytes(), i))
        .unwrap_or(tail.len());
    let tail = &tail[..end];
    tail.match_indices(')').any(|(i, _)| {
        let Some(before) = tail[..i].strip_suffix(|c: char| c.is_ascii_digit()) else {
            return false;
        };
        let digits = tail[..i].len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let year = &tail[i - digits..i];
        digits == 4
            && (year.starts_with("19") || year.starts_with("20"))
            && (tail[..i - 4].ends_with('(') || tail[..i - 4].ends_with(", "))
            && tail[..i - 4].rfind('(').is_some_and(|open| i - open <= 48)
    })
}

/// Whether a run stands where a citation puts the title of the work: right
/// after the author's year in parentheses (`X (1998). Title. City:
/// Publisher.`, `X (2014), Title`).
fn titled_after_year(text: &str, start: usize) -> bool {
    let Some(head) = text[..start]
        .strip_suffix(". ")
        .or_else(|| text[..start].strip_suffix(", "))
    else {
        return false;
    };
    let Some(year) = head
        .strip_suffix(')')
        .and_then(|h| h.get(h.len().saturating_sub(5)..))
    else {
        return false;
    };
    year.starts_with('(') && year[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Whether `s` is the pages of a bibliography entry: `312 p`, ` s. 88–104`,
/// ` pp. 12-30`, ` S. 7`, ` — 432 с` (the caller trims a last full stop).
fn pages(s: &str) -> bool {
    const MARKS: &[&str] = &[
        "p", "pp", "s", "S", "c", "с", "стр", "σ", "σσ", "ss", "blz", "str", "sayfa",
    ];
    // A GOST entry parts its elements with dashes (`2015. — 432 с.`).
    let s = s
        .trim()
        .trim_start_matches(['\u{2014}', '\u{2013}', '-'])
        .trim_start();
    let number = |n: &str| {
        !n.is_empty()
            && n.split(['-', '\u{2013}'])
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
    };
    // `312 p`, or `s. 88–104`.
    match s.split_once(' ') {
        Some((n, mark)) if number(n) => MARKS.contains(&mark),
        Some((mark, n)) => MARKS.contains(&mark.trim_end_matches('.')) && number(n.trim()),
        None => false,
    }
}

/// Whether a name opens the title of a work in quotation marks, a colon or
/// full stop after it (`„X: Licht und Linie“`, `„X. Obrazy z lat …”`): an
/// exhibition or a book about the person.
fn titled_work(text: &str, start: usize, stop: usize) -> bool {
    const OPENING: &[char] = &[
        '"', '\u{201E}', '\u{201C}', '\u{AB}', '\u{201A}', '\u{2018}', '\u{300C}',
    ];
    // A title's closing mark comes within this many bytes: a long line of
    // opening marks is not read to its end per name.
    const TITLE_BYTES: usize = 240;
    let rest = &text[stop..];
    if !text[..start].ends_with(OPENING) || !(rest.starts_with(": ") || rest.starts_with(". ")) {
        return false;
    }
    let end = tokens::floor_boundary(rest, rest.len().min(2 + TITLE_BYTES));
    rest[2..end]
        .split('\n')
        .next()
        .is_some_and(|line| line.contains(CLOSING_QUOTES))
}

/// Whether the word before a name is a place or institution it names
/// (`la calle X`, `rue X`, `Premio X`, `улица X`).
/// An opening quotation mark may stand between (`L'Istituto comprensivo
/// «Sante Casarin»`), and an elided article is not part of the word
/// (`L'Istituto`).
fn place_before(text: &str, start: usize) -> bool {
    let head = text[..start].trim_end_matches(['\u{ab}', '\u{201c}', '\u{201e}', '"', '\u{2018}']);
    let head = if head.len() < start {
        head.trim_end_matches(' ')
    } else {
        head
    };
    let head_end = head.len();
    let place = |w: &str| {
        let lists = cues::lists();
        let w = w
            .split_once(['\'', '\u{2019}'])
            .filter(|(article, _)| article.chars().count() <= 4)
            .map_or(w, |(_, rest)| rest);
        lists.places_before.contains(w)
    };
    if head_end < start {
        // The word right before the quotation mark.
        return text[..head_end]
            .rsplit(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
            .next()
            .is_some_and(place);
    }
    place_noun(text, start).is_some_and(place)
}

/// The word that may name a place before `start`: the word right before it,
/// or the one before an "of" (`Mtaa wa X`, `calle de X`, `Piazza della X`).
fn place_noun(text: &str, start: usize) -> Option<&str> {
    let lists = cues::lists();
    let (at, w) = word_before(text, start)?;
    if PLACE_OF.contains(&w) {
        if let Some((_, p)) = word_before(text, at).filter(|(_, p)| lists.places_before.contains(p))
        {
            return Some(p);
        }
    }
    Some(w)
}

/// Departments' acronyms before a job title (`HR Business Partner`).
const DEPARTMENTS: &[&str] = &["HR", "IT", "PR", "QA", "UX", "UI", "BI", "CX", "PMO"];

/// "Of" between a place's noun and the name it carries.
const PLACE_OF: &[&str] = &[
    "of", "de", "del", "della", "di", "do", "da", "dos", "das", "wa", "ya",
];

/// Whether a place's noun before `start` ([`place_before`]) is one no other
/// sense shares: `via` and `place` are also "through" and "to put".
fn place_noun_before(text: &str, start: usize) -> bool {
    place_before(text, start)
        && !place_noun(text, start).is_some_and(|w| matches!(w, "via" | "place" | "Via" | "Place"))
}

/// The endings of compound street names (`Hagendoornstraat`,
/// `Goethestraße`, `Storgatan`): a run that ends in one is a street named
/// after someone. Only words the lexicon does not know (`Hoogestraat` is a
/// surname too).
const STREET_ENDINGS: &[&str] = &[
    "straat", "laan", "plein", "gracht", "kade", "singel", "steeg", "straße", "strasse", "gasse",
    "platz", "allee", "gatan", "vägen", "torget", "gade", "vej", "veien", "gata", "katu", "utca",
];

fn street_compound(word: &str, buf: &mut String) -> bool {
    word.chars().count() >= 8
        && STREET_ENDINGS.iter().any(|e| word.ends_with(e))
        && flags(word, buf) == 0
}

/// Prepositions of place that take a place's name and seldom a person's:
/// `in Buenos Aires`, `w Kole Milicji`, `ở Bình Thạnh`. (Not `at`, `à`,
/// `a`, `na`, `i`, `en`, `ve`, `di`, `em`, `we`: also "to", "and", "of", a
/// pupil or "we" somewhere.)
const LOCATIVES: &[&str] = &[
    "in", "In", "near", "te", "w", "W", "v", "V", "в", "В", "во", "ở", "tại", "Tại", "katika",
];

/// Whether a preposition of place ([`LOCATIVES`]) stands right before
/// `start` and no possessive ends the name at `stop` (`in Jane Roe's
/// office` is a person's).
fn located(text: &str, start: usize, stop: usize) -> bool {
    let tail = &text[stop..];
    word_before(text, start).is_some_and(|(_, w)| LOCATIVES.contains(&w))
        && !["'s", "\u{2019}s", "' "]
            .iter()
            .any(|p| tail.starts_with(p))
}

/// The word (letters and apostrophes) ending one space before `end` in
/// `text`, and where it starts.
fn word_before(text: &str, end: usize) -> Option<(usize, &str)> {
    let head = text[..end].strip_suffix(' ')?;
    let from = head
        .char_indices()
        .rev()
        // (Yoruba writes tones as combining marks: `ẹ̀gbọ́n rẹ̀`.)
        .take_while(|&(_, c)| {
            c.is_alphabetic()
                || c == '\''
                || c == '\u{2019}'
                || ('\u{300}'..='\u{36f}').contains(&c)
        })
        .last()?
        .0;
    Some((from, &head[from..]))
}

/// `SURNAME` for a word the lexicon does not know whose ending only
/// surnames have (folded, so without accents): Nordic `-sson`, Greek
/// `-opoulos`/`-πουλος`, `-akis`, `-idis`, South Slavic `-ović`, Polish
/// `-owski`/`-ńska`, `-owicz`, Ukrainian `-enko`/`-чук`, Romanian `-escu`,
/// Turkish `-oğlu`, Armenian `-yan`, Georgian `-shvili`/`-dze`, Persian
/// `-zadeh`/`زاده`, Lithuanian `-auskas`/`-ienė`, Czech and Slovak `-ová`. A surname the lexicon has not seen still has the shape
/// of its family of surnames.
fn surname_shape(folded: &str) -> u64 {
    const ENDINGS: &[&str] = &[
        "sson",
        "dottir",
        "opoulos",
        "poulos",
        "akis",
        "idis",
        "iadis",
        "πουλοσ",
        "ακησ",
        "ιδησ",
        "αδησ",
        "ovic",
        "evic",
        "owski",
        "ewski",
        "owska",
        "ewska",
        "nski",
        "nska",
        "owicz",
        "ewicz",
        "czuk",
        "chuk",
        "enko",
        "енко",
        "чук",
        "escu",
        "eanu",
        "oglu",
        "yan",
        "shvili",
        "швили",
        "dze",
        "дзе",
        "zadeh",
        "زاده",
        // Lithuanian (`-auskas`, `-ienė`, `-aitė`).
        "auskas",
        "avicius",
        "evicius",
        "iene",
        "aite",
    ];
    // Czech and Slovak feminine surnames: a consonant and `-ová` (`Vaňková`).
    // (Not after `d` or `n`: `Moldova`, `Casanova`.)
    let czech = folded
        .strip_suffix("ova")
        .is_some_and(|stem| stem.ends_with(|c: char| "bchklmprstvz".contains(c)));
    let long = folded.chars().count() >= 6;
    if long && (czech || ENDINGS.iter().any(|e| folded.ends_with(e)) || west_african_shape(folded))
    {
        SURNAME
    } else {
        0
    }
}

/// Whether a folded word has the shape of a Yoruba or Igbo name: it starts
/// with a morpheme names are built from (Yoruba `olu-`, `ade-`, `ogun-`,
/// `akin-`, `ayo-`; Igbo `chi-`, `eze-`, `nwa-`, `obi-`) and is made of open
/// syllables only (a consonant, or `gb`, `kp`, `ch`... and a vowel, a vowel
/// alone, a syllabic `n` or `m`): `Ogunwobi`, `Akinrinola`, `Ezeugo`.
/// Japanese romanised words share the shape (`Ikebana`); a surname only
/// needs more than its shape to be a name (see [`Evidence::TwoSurnames`]).
fn west_african_shape(folded: &str) -> bool {
    const STARTS: &[&str] = &[
        "olu", "ade", "ogun", "akin", "ayo", "ola", "omo", "olo", "owo", "oye", "ife", "fola",
        "bola", "oba", "osun", "chi", "eze", "nwa", "obi", "uche", "ike", "onye", "ugo", "ogbu",
    ];
    const PAIRS: &[&str] = &["gb", "kp", "ch", "gh", "gw", "kw", "nw", "ny", "sh"];
    const SINGLE: &str = "bdfghjklmnprstwyz";
    const VOWELS: &str = "aeiou";
    // `Adenosine`, `Chicane`: Latin and French endings, no such name's.
    if !STARTS.iter().any(|s| folded.starts_with(s))
        || ["ine", "ane", "ate"].iter().any(|e| folded.ends_with(e))
    {
        return false;
    }
    let b = folded.as_bytes();
    let vowel = |i: usize| b.get(i).is_some_and(|&c| VOWELS.contains(char::from(c)));
    let mut i = 0;
    while i < b.len() {
        if vowel(i) {
            i += 1;
        } else if PAIRS.iter().any(|p| b[i..].starts_with(p.as_bytes())) && vowel(i + 2) {
            i += 3;
        } else if SINGLE.contains(char::from(b[i])) && vowel(i + 1) {
            i += 2;
        } else if matches!(b[i], b'n' | b'm') && i > 0 && !matches!(b[i - 1], b'n' | b'm') {
            // Syllabic before a consonant or at the end (`Akinrinola`,
            // `Oluwaseun`), never two together.
            i += 1;
        } else {
            return false;
        }
    }
    true
}

/// Whether a word ends like an inflected adjective of German or Dutch
/// (`Interner`, `Öffentliches`, `Ungültigen`, `Maximale`): six letters or
/// more, and a consonant before `-er`, `-es`, `-en`, `-em` (`Shamsuddeen`
/// and `Tüzeer` are names; a German consonant) or an adjective's suffix
/// before `-e`.
fn adjective_shaped(word: &str) -> bool {
    const E_ENDINGS: &[&str] = &[
        "ige", "iche", "ische", "ale", "ene", "ete", "bare", "same", "lose", "ive",
    ];
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < 6 {
        return false;
    }
    // A German consonant (`Hançer` is a Turkish surname).
    let inflected = matches!(chars[n - 2..], ['e', 'r' | 's' | 'n' | 'm'])
        && (chars[n - 3].is_ascii_alphabetic() || chars[n - 3] == 'ß')
        && !"aeiouy".contains(chars[n - 3]);
    inflected || E_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether two or three capitalised words the lexicon knows none of
/// (`names`, the whole run of `run_len` words, `start..stop` in `text`) may
/// be a name it lacks: joined by nothing or by particles only names have
/// (`Lize van de Noordmark`; not `Justiça do Trabalho`), no
/// word shaped like a noun ([`noun_shaped`]: German capitalises nouns,
/// `Ratenzahlung`), not a form field's value (`Pozisyon: Kıdemli Yazılım
/// Geliştirici`: a name field's value has its role noun before it), a label
/// (`Uncaught Error:`) or a number's (`Teudat Zehut 902082920`), and not
/// English words in English text ([`english_words`]).
fn unknown_name(
    text: &str,
    names: &[&Word],
    run_len: usize,
    start: usize,
    stop: usize,
    buf: &mut String,
) -> bool {
    let word = |w: &Word| &text[w.start..w.end];
    let after_field = text[..start]
        .trim_end_matches(' ')
        .ends_with([':', '\u{ff1a}']);
    // The next word, up to 32 bytes of it: a label ends at its colon, and a
    // number's label stands before the number.
    let rest = &text[stop..];
    let label = rest.starts_with(':')
        || rest
            .trim_start_matches([' ', ':'])
            .bytes()
            .take(32)
            .take_while(|b| !b.is_ascii_whitespace())
            .any(|b| b.is_ascii_digit());
    // Particles only names have between them (`Lize van de Noordmark`,
    // `Tamim bin Hamad`) are a name's shape too; `van`, `de`, `do` alone
    // also join institutions (`Kamer van Koophandel`, `Justiça do Trabalho`).
    const NAME_PARTICLES: &[&str] = &[
        "van de", "van der", "van den", "von der", "de la", "ten", "ter", "bin", "ibn", "bint",
        "binti",
    ];
    let particles_only = || {
        let lower: Vec<&str> = text[start..stop]
            .split(' ')
            .filter(|w| w.starts_with(char::is_lowercase))
            .collect();
        !lower.is_empty() && NAME_PARTICLES.contains(&lower.join(" ").as_str())
    };
    // (A word of five letters or more the lexicon knows only as a surname
    // counts as unknown: the registries' surnames hold many cultures' given
    // names, `Omolabake Bamiloye`.)
    (2..=3).contains(&names.len())
        && (names.len() == run_len || particles_only())
        && names.iter().all(|w| {
            w.shape == Shape::Capital
                && match flags(word(w), buf) {
                    0 => true,
                    // (Not a short one: `Im Objekt`, `Auth Realm`.)
                    SURNAME => word(w).chars().count() >= 5,
                    _ => false,
                }
                && !noun_shaped(word(w))
        })
        && !after_field
        && !label
        && !english_words(text, names, start, stop)
}

/// Whether `word` is a first person's introduction of one word ("I am",
/// "I'm"), in any case: the ones that open a sentence capitalised.
fn first_person(word: &str) -> bool {
    const FIRST_PERSON: &[&str] = &[
        "soy",
        "sou",
        "sono",
        "olen",
        "jestem",
        "jsem",
        "είμαι",
        "i'm",
        "i\u{2019}m",
    ];
    word.len() <= 12 && FIRST_PERSON.contains(&word.to_lowercase().as_str())
}

/// What someone says before their own name, in the languages of the
/// recogniser, folded to lowercase (an apostrophe as `'`).
const INTRODUCTIONS: &[&str] = &[
    "i'm",
    "i am",
    "this is",
    "it's",
    "my name is",
    "here is",
    "name's",
    "je suis",
    "je m'appelle",
    "c'est",
    "ici",
    "moi c'est",
    "ich bin",
    "ich heiße",
    "ich heisse",
    "hier ist",
    "hier spricht",
    "mein name ist",
    "hier schreibt",
    "soy",
    "me llamo",
    "mi nombre es",
    "te escribe",
    "le escribe",
    "habla",
    "sou",
    "sou a",
    "sou o",
    "eu sou",
    "eu sou a",
    "eu sou o",
    "aqui é",
    "aqui é a",
    "aqui é o",
    "aqui fala",
    "o meu nome é",
    "meu nome é",
    "me chamo",
    "chamo-me",
    "sono",
    "mi chiamo",
    "il mio nome è",
    "ti scrive",
    "vi scrive",
    "qui è",
    "ik ben",
    "dit is",
    "hier is",
    "mijn naam is",
    "met",
    "jag är",
    "jag heter",
    "det är",
    "det här är",
    "här är",
    "mitt namn är",
    "jeg er",
    "jeg heter",
    "jeg hedder",
    "dette er",
    "det er",
    "her er",
    "mitt navn er",
    "mit navn er",
    "minä olen",
    "olen",
    "nimeni on",
    "täällä",
    "jestem",
    "nazywam się",
    "mam na imię",
    "z tej strony",
    "tu",
    "jsem",
    "tady",
    "jmenuji se",
    "volám sa",
    "som",
    "tu je",
    "tady je",
    "я",
    "это",
    "меня зовут",
    "с вами",
    "мене звати",
    "це",
    "на зв'язку",
    "είμαι",
    "με λένε",
    "ονομάζομαι",
    "εδώ",
    "ben",
    "adım",
    "benim adım",
    "ismim",
    "tôi là",
    "tên tôi là",
    "em là",
    "anh là",
    "chị là",
    "mình là",
    "saya",
    "nama saya",
    "aku",
    "ini",
    "ako si",
    "ako po si",
    "ang pangalan ko ay",
    "mimi ni",
    "jina langu ni",
    "ni mimi",
    "orúkọ mi ni",
    "èmi ni",
    "emi ni",
    // Hausa "I am" (a man's, a woman's).
    "ni ne",
    "ni ce",
    "aha m bụ",
    "sunana",
    "mé",
    "is mise",
    "mise",
];

/// "From" after someone's name in an introduction (`Anna från
/// tandläkarmottagningen`, `Lars fra rørleggerfirmaet`).
const FROM: &[&str] = &[
    "from", "de", "du", "da", "do", "di", "dal", "della", "von", "vom", "aus", "van", "uit",
    "från", "fra", "z", "ze", "из", "от", "з", "від", "από", "dari", "từ", "من", "מ", "se", "ng",
    "kutoka",
];

/// Whether an introduction ([`INTRODUCTIONS`]) and a space stand right
/// before `start`, opening its clause: at the text's start, after a
/// sentence's or a clause's punctuation, or after a line break.
fn introduced(text: &str, start: usize) -> bool {
    // Most words come after no introduction: first the word before must be
    // the last word of one.
    static LAST_WORDS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    let last_words = LAST_WORDS.get_or_init(|| {
        INTRODUCTIONS
            .iter()
            .filter_map(|i| i.rsplit([' ', '-']).next())
            .collect()
    });
    let Some((_, before)) = word_before(text, start) else {
        return false;
    };
    let lower;
    let before = if before.chars().any(|c| c.is_uppercase() || c == '\u{2019}') {
        lower = before.to_lowercase().replace('\u{2019}', "'");
        lower.as_str()
    } else {
        before
    };
    if !last_words.contains(before) {
        return false;
    }
    let Some(head) = text[..start].strip_suffix(' ') else {
        return false;
    };
    // The longest introduction is 20 bytes (`ονομάζομαι`): 32 bytes back
    // hold it and the punctuation before it.
    let from = tokens::ceil_boundary(head, head.len().saturating_sub(32));
    let tail = head[from..].to_lowercase().replace('\u{2019}', "'");
    INTRODUCTIONS.iter().any(|intro| {
        tail.ends_with(intro) && {
            let before = &tail[..tail.len() - intro.len()];
            before.is_empty() && from == 0
                || before.trim_end_matches(' ').ends_with([
                    '.', ',', '!', '?', ':', ';', '\n', '"', '\'', '„', '«', '“', '—', '–', '-',
                    '(',
                ])
        }
    })
}

/// Labels of a postal address in a form, in the languages of the
/// recogniser, folded to lowercase.
const ADDRESS_LABELS: &[&str] = &[
    "address",
    "home address",
    "postal address",
    "street address",
    "mailing address",
    "adresse",
    "anschrift",
    "wohnadresse",
    "dirección",
    "direccion",
    "domicilio",
    "endereço",
    "endereco",
    "morada",
    "indirizzo",
    "residenza",
    "adres",
    "adress",
    "postadress",
    "adresa",
    "bydliště",
    "trvalé bydliště",
    "adresas",
    "lakcím",
    "osoite",
    "адрес",
    "адреса",
    "адрес проживания",
    "διεύθυνση",
    "adresi",
    "ev adresi",
    "כתובת",
    "العنوان",
    "نشانی",
    "آدرس",
    "पता",
    "địa chỉ",
    "alamat",
    "tirahan",
    "住所",
    "地址",
    "주소",
    "anwani",
    "àdírẹ́sì",
    "adireshi",
    "ኣድራሻ",
    "አድራሻ",
];

/// Whether an address label and its colon stand earlier on the line of
/// `start`: the words after it are a street's or a district's.
fn on_address_line(text: &str, start: usize) -> bool {
    // At most 160 bytes back: a long line stays linear.
    let from = tokens::ceil_boundary(text, start.saturating_sub(160));
    // Bytes, not characters, are looked at first: every run of a long line
    // of names passes here.
    let head = &text.as_bytes()[from..start];
    let after = |at: Option<usize>| at.map_or(0, |i| i + 1);
    let line = &head[after(head.iter().rposition(|&b| b == b'\n'))..];
    // The label of the run's own field (a one-line form: `Nama: Budi |
    // Alamat: Jl. ...`), with words between it and the run: right after the
    // colon stands the addressee (`Address: Mary Jones, 12 Main St`).
    let field = &line[after(line.iter().rposition(|&b| matches!(b, b'|' | b';' | b'\t')))..];
    // A full-width colon is `EF BC 9A`.
    if !field.contains(&b':') && !field.contains(&0x9A) {
        return false;
    }
    // Cut at ASCII bytes, so on character boundaries.
    let Ok(field) = std::str::from_utf8(field) else {
        return false;
    };
    field
        .split_once([':', '\u{ff1a}'])
        .is_some_and(|(label, value)| {
            !value.trim().is_empty()
                && ADDRESS_LABELS.contains(&label.trim().to_lowercase().as_str())
        })
}

/// Whether the line above the line of `start` holds a signer's name and
/// nothing else (two or three capitalised words, the first a given name the
/// lexicon knows), and no lowercase word stands before `start` on its line.
fn below_signer(text: &str, start: usize, buf: &mut String) -> bool {
    // A signature's lines are short: 160 bytes back at most, so a long line
    // stays linear.
    let from = tokens::ceil_boundary(text, start.saturating_sub(160));
    let head = &text[from..start];
    let Some(line_start) = head.rfind('\n') else {
        return false;
    };
    // Only a title or another office's words before the run on its line
    // (`Sr. Executive`, `Accounts Receivable | Brightline`), no sentence
    // (`Please call Mr Okafor`).
    if head[line_start..]
        .split_whitespace()
        .any(|w| w.starts_with(char::is_lowercase))
    {
        return false;
    }
    let above = head[..line_start].trim_end_matches('\r');
    let above = match above.rfind('\n') {
        Some(i) => &above[i + 1..],
        None if from == 0 => above,
        None => return false,
    };
    let words: Vec<&str> = above.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        && flags(words[0], buf) & GIVEN != 0
}

/// Whether `names` are ASCII words in English text: in the window around
/// `start..stop`, one of English's commonest words that other languages
/// do not spell alike (`the`, `and`, `with`), or three that they do (`is`,
/// `of`, `was`, `for`: Dutch, German, Danish); the window's cut words at its
/// ends do not count. English
/// capitalises the words of headings and of names of things (`Bad Request`,
/// `Certificate Authority`), which the lexicon does not hold; an English
/// name has its given name there.
fn english_words(text: &str, names: &[&Word], start: usize, stop: usize) -> bool {
    const ENGLISH: &[&str] = &[
        "the", "and", "with", "this", "that", "from", "were", "have", "would", "which", "you",
        "your", "not",
    ];
    const SHARED: &[&str] = &[
        "of", "is", "to", "by", "be", "it", "an", "or", "on", "as", "if", "was", "will", "has",
        "are", "for", "but", "can",
    ];
    if !names.iter().all(|w| text[w.start..w.end].is_ascii()) {
        return false;
    }
    let (from, to) = window(text, start, stop);
    let before = &text[from..start];
    let after = &text[stop..to];
    // A word the window cuts is not one of these.
    let before = if from > 0 {
        before.trim_start_matches(char::is_alphabetic)
    } else {
        before
    };
    let after = if to < text.len() {
        after.trim_end_matches(char::is_alphabetic)
    } else {
        after
    };
    // Only the name's own clause: a request in English about a quoted
    // message (`Please improve the wording: "Kannst du ...`) is not the
    // message's language.
    // A quotation of a word or two (`after a "Bad Request" error`) is read
    // with its sentence.
    let (quoted_before, quoted_after) = (
        before.rsplit(cues::QUOTES).next().unwrap_or_default(),
        after.split(cues::QUOTES).next().unwrap_or_default(),
    );
    let words_quoted =
        quoted_before.split_whitespace().count() + quoted_after.split_whitespace().count();
    let (before, after) = if words_quoted >= 3 {
        (quoted_before, quoted_after)
    } else {
        (before, after)
    };
    let (mut english, mut shared) = (false, 0);
    for w in before
        .split(|c: char| !c.is_alphabetic())
        .chain(after.split(|c: char| !c.is_alphabetic()))
    {
        english |= ENGLISH.iter().any(|e| w.eq_ignore_ascii_case(e));
        shared += usize::from(SHARED.iter().any(|e| w.eq_ignore_ascii_case(e)));
    }
    english || shared >= 3
}

/// Whether `word` is a Vietnamese preposition or conjunction written with a
/// capital, and another word of the run has a letter only Vietnamese
/// writes (`Theo Bộ luật`, `Cho Ông Nam`).
fn vietnamese_function_word(text: &str, word: &str, run: &[Word]) -> bool {
    const WORDS: &[&str] = &[
        "Theo", "Của", "Cho", "Với", "Từ", "Về", "Trong", "Tại", "Do", "Vì", "Nếu", "Khi", "Sau",
        "Trước", "Đến", "Bởi", "Và", "Hoặc", "Nhưng", "Các", "Những", "Một", "Mỗi",
    ];
    let vietnamese =
        |c: char| ('\u{1ea0}'..='\u{1ef9}').contains(&c) || "ăâđêôơưĂÂĐÊÔƠƯ".contains(c);
    WORDS.contains(&word)
        && run
            .iter()
            .any(|w| text[w.start..w.end].chars().any(vietnamese))
}

/// Whether a capitalised word has the shape of a common noun rather than a
/// name: German and Dutch capitalise nouns (`Betriebszugehörigkeit`,
/// `Jahren`), English the words of headings (`Development`), Spanish,
/// Portuguese, French and Italian nouns and adjectives have their endings
/// (`Comercial`, `Financiero`, `Atenção`), Turkish writes a suffix after an apostrophe on names of laws and
/// places (`Kanunu'na`) as on people's.
fn noun_shaped(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ung", "keit", "heit", "schaft", "ion", "tät", "nis", "tum", "heid", "ing", "ment", "ness",
        "ity", "ance", "ence", "ship", "ism", "ator", "ology", "al", "ero", "era", "ivo", "iva",
        "ico", "ica", "dad", "mento", "ção", "ario", "aria", "ismo", "ista", "ique", "aire", "eur",
        // Turkish plural and possessive (`İnsan Kaynakları`, "human resources").
        "ları", "leri",
    ];
    adjective_shaped(word)
        || word.contains(['\'', '\u{2019}'])
        || word.chars().count() >= 6 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether a capitalised word is an East Slavic patronymic (Cyrillic or its
/// Latin transliteration): `Михайловна`, `Елисеевич`, `Petrovich`, `Ivanivna`.
fn is_patronymic(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ович", "евич", "ёвич", "овна", "евна", "ёвна", "ична", "івна", "ївна", "ovich", "evich",
        "ovych", "evych", "ovna", "evna", "ivna", "ichna",
    ];
    word.chars().count() >= 7 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether the word after a run says the run is someone's name
/// (Turkish `Kopan Akça adlı müşteri`: "the customer named Kopan Akça").
fn named(text: &str, words: &[Word], end: usize) -> bool {
    words.get(end).is_some_and(|n| {
        text[words[end - 1].end..n.start] == *" "
            && cues::lists().named_after.contains(&text[n.start..n.end])
    })
}

/// `Okonkwo, Chidi` and `OKONKWO, Chidi`: a surname, a comma, a given name.
fn inverted(
    text: &str,
    words: &[Word],
    i: usize,
    buf: &mut String,
    context: &dyn Fn(usize, usize) -> Context,
) -> Option<(usize, usize, u8)> {
    let (a, b) = (words[i], *words.get(i + 1)?);
    if text.get(a.end..b.start) != Some(", ") || b.shape != Shape::Capital || b.code {
        return None;
    }
    // The given name ends the run: `Paris, Texas, USA` is not one; nor is
    // a place's first word before a particle and its next (`Sinza, Dar es
    // Salaam`, `Copacabana, Rio de Janeiro`).
    if let Some(n) = words.get(i + 2) {
        if text.get(b.end..n.start) == Some(" ") && matches!(n.shape, Shape::Capital | Shape::Upper)
        {
            return None;
        }
        // (Particles of places' names only: `Melnyk, Oksana on Monday` is
        // one person.)
        // (And the joins of places' names, `Helena, Ascension und Tristan da
        // Cunha`: a list of people after an inverted name is rarer.)
        const PLACE_PARTICLES: &[&str] = &[
            "es", "de", "da", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "le",
            "sur", "am", "im", "upon", "al", "el", "and", "und", "et", "y", "e", "i", "og", "och",
            "en", "ve",
        ];
        // (Or another short lowercase word, but for those said of a person
        // after the name: `Melnyk, Oksana on Monday`.)
        const AFTER_PERSON: &[&str] = &[
            "on", "at", "in", "by", "for", "to", "is", "was", "has", "had", "are", "who", "met",
            "per",
        ];
        let short = &text[n.start..n.end];
        let particle = n.shape == Shape::Lower
            && (PLACE_PARTICLES.contains(&short)
                || short.chars().count() <= 3 && !AFTER_PERSON.contains(&short));
        if particle
            && text.get(b.end..n.start) == Some(" ")
            && words
                .get(i + 3)
                .is_some_and(|m| m.shape == Shape::Capital && text.get(n.end..m.start) == Some(" "))
        {
            return None;
        }
    }
    let sur = flags(&text[a.start..a.end], buf);
    let given = flags(&text[b.start..b.end], buf);
    let mut score = match (
        sur & SURNAME != 0,
        sur & WORD == 0,
        given & GIVEN != 0,
        given & WORD == 0,
    ) {
        (true, true, true, true) => 80,
        (true, false, true, true) | (true, true, true, false) => 55,
        (false, true, true, true) if sur == 0 => 50,
        _ => return None,
    };
    let ctx = context(a.start, b.end);
    if ctx.public {
        return None;
    }
    if ctx.personal {
        score = (score + 15).min(95);
    }
    Some((a.start, b.end, score))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        names(text)
            .into_iter()
            .filter(|n| n.2 >= 50)
            .map(|(s, e, _)| &text[s..e])
            .collect()
    }

    #[test]
    fn a_things_noun_that_cuts_the_run_names_the_thing() {
        // `Memorial` is a topic's word, which ends the run, and a thing's.
        assert!(
            found("The annual Michael Anand Memorial Lecture will be delivered in May.").is_empty()
        );
    }

    #[test]
    fn a_things_noun_that_is_a_surname_is_the_name_of_someone_written_about() {
        // Titled, after a role noun, greeted: someone's.
        assert_eq!(found("Mr Church has not paid his rent."), ["Church"]);
        assert_eq!(
            found("Our tenant Sarah Park has not paid the rent."),
            ["Sarah Park"]
        );
        assert_eq!(
            found("Dear Richard Hall, your payment is outstanding."),
            ["Richard Hall"]
        );
        assert_eq!(
            found("Dear Park Min-jun, your payment is outstanding."),
            ["Park Min-jun"]
        );
        // A given name and the surname in a personal matter.
        assert_eq!(
            found("Ronald Hall rang the surgery this morning about her repeat prescription."),
            ["Ronald Hall"]
        );
        // A hall, and a street, with a personal word near stay things.
        assert!(found("My son played at the Albert Hall concert and his fee was late.").is_empty());
        assert!(found("We met at Albert Hall for the concert.").is_empty());
        assert!(found("Thank you Carnegie Hall!").is_empty());
        assert!(found("The picnic is at Dr Martin Luther King Park.").is_empty());
        assert_eq!(
            found("Please call Oksana Melnyk, Bethany Street"),
            ["Oksana Melnyk"]
        );
    }

    #[test]
    fn an_imprint_a_quoted_credit_and_a_verb_after_a_dash_are_public() {
        // An author's entry: place, colon, publisher, year.
        assert!(found("Source - Jan Kowalski, Historia miasta, Kraków: Znak, 2005.").is_empty());
        // A date after a colon is no imprint.
        assert_eq!(
            found("Ring Karin Holmqvist. Termin: Montag, 2024-05-03"),
            ["Karin Holmqvist"]
        );
        // A credit opening a quotation.
        assert!(
            found("Please improve the wording: \"Direção e roteiro: Paulo Henrique Moura. Brasil, 2019.\"")
                .is_empty()
        );
        // The verb of saying after a dash.
        assert!(found("“Za mu gina asibiti” – inji Aliyu Danjuma, kwamishinan lafiya.").is_empty());
    }

    #[test]
    fn one_word_written_as_a_name() {
        let ends = |text: &str| name_word_ends_at(text, text.len());
        // A given name or a surname, capitalised or in a script without case.
        for text in [
            "Falar com a Ana",
            "Πληροφορίες: Γιώργος",
            "Henvendelse til Ole",
            "Eng. Rocha",
        ] {
            assert!(ends(text), "{text}");
        }
        // Lowercase, also a word (`Office`), in capitals, not in the lexicon,
        // or nothing at all.
        for text in [
            "falar com a ana",
            "Contact Office",
            "ANA",
            "Reception",
            "Tel: ",
            "",
        ] {
            assert!(!ends(text), "{text}");
        }
        assert!(!name_word_ends_at("Ana", 7), "past the end");
    }

    #[test]
    fn a_name_with_nothing_that_says_whose_is_weak() {
        // News and notes alike name people; only what is around says whose.
        let plain =
            "Oksana Melnyk will take over the Lisbon account from the first week of next month.";
        assert!(found(plain).is_empty());
        assert!(names_and_weak(plain, &[]).iter().any(|n| n.2 == 0));
        // A note's heading before a colon, a question, a speaker.
        for text in [
            "Notas de la reunión: Oksana Melnyk se encarga de la cuenta de Lisboa desde mayo.",
            "Is Oksana Melnyk taking over the Lisbon account?",
            "I think Oksana Melnyk will take over the Lisbon account.",
        ] {
            assert_eq!(found(text), ["Oksana Melnyk"], "{text}");
        }
        // A personal word in the name's sentence beyond the window, or in
        // the next sentence.
        for text in [
            "Oksana Melnyk will take over the Lisbon account from the first week of next month, after her sick leave.",
            "Oksana Melnyk will take over the Lisbon account. Until then she is on sick leave.",
        ] {
            assert_eq!(found(text), ["Oksana Melnyk"], "{text}");
        }
    }

    #[test]
    fn a_contact_a_roster_or_a_tables_row_says_whose() {
        // An e-mail address or a phone number on the name's line, or under
        // it when the name heads a signature.
        for text in [
            "Oksana Melnyk, oksana.melnyk@fabrikam.pl",
            "Oksana Melnyk\nKierownik ds. sprzedaży\n536 728 674",
        ] {
            assert_eq!(found(text), ["Oksana Melnyk"], "{text}");
        }
        // Not a bibliography's ISBN.
        assert!(found("Oksana Melnyk, Stepy. ISBN 978-83-240-1234-5").is_empty());
        // A list of capitalised names after a colon, and one that goes on in
        // other words after them; not a cast list with words between names.
        assert_eq!(
            found("Lista de presença: Juliana Costa, Vicente Caldeira e Patrícia Lopes."),
            ["Juliana Costa", "Vicente Caldeira", "Patrícia Lopes"]
        );
        assert_eq!(
            found("Invite list: Bethany, Oksana Melnyk and the couple next door."),
            ["Bethany", "Oksana Melnyk"]
        );
        assert!(
            found("Waigizaji: Hekima Kiprono kama Mzee Juma, pamoja na kundi la vijana.")
                .is_empty()
        );
        // One a line under a heading, each given name alone beside a name.
        assert_eq!(
            found("Car pool on Saturday:\n- Oksana Melnyk\n- Jesse Gardner (driver)\n- Bethany\nCan you make a table?"),
            ["Oksana Melnyk", "Jesse Gardner", "Bethany"]
        );
        assert_eq!(
            found("Going on the trip:\n1. Bethany\n2. Oksana Melnyk"),
            ["Bethany", "Oksana Melnyk"]
        );
        // Not a key of YAML, nor a project's thanks to dozens of people.
        assert!(found("american:\n  - Jesse Gardner\n  - Oksana Melnyk\n").is_empty());
        let thanks: String = [
            "Jesse Gardner",
            "Oksana Melnyk",
            "Juliana Costa",
            "Vicente Caldeira",
        ]
        .iter()
        .cycle()
        .take(16)
        .map(|n| format!("  - {n}\n"))
        .collect();
        assert!(found(&format!("Alphabetically:\n{thanks}")).is_empty());
        // Lines longer than the window around a name are read as none,
        // wherever the window cuts them (here inside a two-byte letter).
        let long = "é".repeat(1_500);
        for pad in ["", "x"] {
            let text = format!(
                "Car pool:\n{pad}{long}\n- Oksana Melnyk\n- {long}\n- Bethany\n{pad}{long}"
            );
            let at = text.find("Oksana").unwrap();
            assert_eq!(list_block(&text, at, at + "Oksana Melnyk".len()), None);
        }
        // A cell of a table's row.
        assert_eq!(
            found("nome;turma;faltas\nJuliana Costa;5B;12"),
            ["Juliana Costa"]
        );
        assert_eq!(
            found("{\"full_name\": \"Juliana Costa\", \"plan\": \"pro\"}"),
            ["Juliana Costa"]
        );
    }

    #[test]
    fn a_korean_reporters_byline_is_public() {
        let news = "[부산=뉴시스] 김민준 기자 = 시는 다음 달부터 월세 지원을 늘린다고 밝혔다.";
        assert!(found(news).is_empty(), "{:?}", found(news));
        assert_eq!(found("김민준 씨 월세 지원 신청서"), ["김민준"]);
    }

    #[test]
    fn private_facts_in_their_written_forms_say_whose() {
        // Words of a private fact, as the lists write them and with an
        // ending they do not list (`wypłatki` of `wypłata`).
        for text in [
            "Marie Němeček dnes nebyl ve škole, měl horečku.",
            "Oksana Melnyk dostanie zaległe wypłatki w piątek.",
        ] {
            assert_eq!(found(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn late_cues_searched_in_pieces_are_those_of_the_whole() {
        // Spans of seven bytes, out of order: phrases cross every edge.
        let text = "Meeting notes: I think Oksana Melnyk had a fever. Please ask her to call me, \
                    Gesprächsnotiz: Olena hat Fieber.";
        let mut whole = LateCues::default();
        whole.search(text, (0, text.len()), &|| false);
        let mut pieces = LateCues::default();
        let spans: Vec<(usize, usize)> = (0..text.len())
            .step_by(7)
            .map(|s| (s, (s + 7).min(text.len())))
            .collect();
        for &span in spans
            .iter()
            .skip(1)
            .step_by(2)
            .chain(spans.iter().step_by(2))
        {
            pieces.search(text, span, &|| false);
        }
        assert!(!whole.speakers.is_empty() && !whole.notes.is_empty() && !whole.facts.is_empty());
        assert_eq!(pieces.speakers, whole.speakers);
        assert_eq!(pieces.notes, whole.notes);
        assert_eq!(pieces.facts, whole.facts);
        assert_eq!(pieces.searched, [(0, text.len())]);
    }

    #[test]
    fn a_private_fact_speaks_only_for_a_name_nothing_else_places() {
        // A fact says whose an unplaced name is; beside a public topic's
        // word (a match report) it is news about a player.
        assert_eq!(
            found("Oksana Melnyk had a fever in May."),
            ["Oksana Melnyk"]
        );
        assert!(found("In the chess final, Oksana Melnyk had a fever.").is_empty());
        // Near the name, it weighs as a personal word does (the name is
        // one the lexicon knows only in part).
        let text = "Tiket 5530 - Harjo Kusumo izin tidak masuk sekolah hari ini karena sakit.";
        assert_eq!(found(text), ["Harjo Kusumo"]);
    }

    #[test]
    fn a_records_subject_and_someone_asked_about_are_personal() {
        // A form's field, in a script without case: words the lexicon does
        // not know, as a record's value.
        assert_eq!(
            found("الاسم: زهير قمرين\nالعنوان: شارع الورد 12"),
            ["زهير قمرين"]
        );
        // A question about someone, in languages that need no pronoun.
        assert_eq!(
            found("मैं उमापति चतुर्वेदी को कैसे बताऊँ कि अनुबंध खत्म हो गया?"),
            ["उमापति चतुर्वेदी"]
        );
        assert_eq!(
            found("Lantar Haryanti ingin membatalkan keanggotaan, bagaimana saya menjawab?"),
            ["Lantar Haryanti"]
        );
        // A publisher after its city is a citation's, not a record's.
        assert!(found("القاهرة: دار الشروق، 2001.").is_empty());
        let text = "Klant 4471 – Ida Wouters – belt over een achterstand.";
        let at = text.find("Ida").unwrap();
        assert!(recorded(text, at, at + "Ida Wouters".len()));
        let title = "Galerie Nord zeigt Ida Wouters: Licht und Linie.";
        let at = title.find("Ida").unwrap();
        assert!(!recorded(title, at, at + "Ida Wouters".len()));
    }

    #[test]
    fn a_greeting_around_a_text_says_nothing_of_the_names_inside() {
        let news = "The bridge was designed by Marta Kowalczyk in 1932.";
        assert!(found(news).is_empty());
        assert!(found(&format!("Hi,\n\n{news}\n\nThanks!")).is_empty());
        // The greeted are still someone (`Hi Marta Kowalczyk,`).
        assert_eq!(
            found("Hi Marta Kowalczyk, see you on Monday."),
            ["Marta Kowalczyk"]
        );
    }

    #[test]
    fn a_public_word_anywhere_in_the_sentence_speaks_for_its_names() {
        // Further than the window around the name, in the same sentence.
        let text = "En la novela, el protagonista vuelve a su pueblo de Soria después \
                    de veinte años de exilio en Buenos Aires.";
        assert_eq!(found(text), Vec::<&str>::new());
        // Not across a sentence's end, nor with a personal word in it.
        assert_eq!(
            found("En la novela, el protagonista vuelve a su pueblo. Mi vecina Ana Peinado dice que el ruido sigue."),
            ["Ana Peinado"]
        );
    }

    #[test]
    fn a_label_inside_a_public_phrase_is_no_role() {
        // `tên` ("name") is a form's label; `được đặt theo tên` is "named after".
        assert_eq!(
            found("Con đường được đặt theo tên Jane Mai."),
            Vec::<&str>::new()
        );
        assert_eq!(
            found("Khách hàng tên Jane Mai chưa trả tiền thuê nhà."),
            ["Jane Mai"]
        );
    }

    #[test]
    fn a_pronoun_is_personal_only_with_no_public_word_around() {
        // `її` ("her") of an actress's role in a film's review.
        assert_eq!(
            found("У фільмі Оксана Мельник грає лікарку, і це найсильніша її роль."),
            Vec::<&str>::new()
        );
        assert_eq!(
            found("Review: In the film Jane Mai plays a nurse, her best role yet."),
            Vec::<&str>::new()
        );
        // A personal word still makes it someone's.
        assert_eq!(
            found("У фільмі, який дивилась моя сусідка Оксана Мельник, її роль мала."),
            ["Оксана Мельник"]
        );
    }

    #[test]
    fn a_nordic_definite_ending_keeps_a_public_word() {
        for text in [
            "Utställningen på Konsthallen visar tidiga målningar av Greta Lindholm.",
            "I dödsannonsen hedras Greta Lindholm, arkitekten bakom stadens bibliotek.",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
        assert_eq!(
            found("Utställningen om Greta Lindholm, min granne, öppnar i morgon."),
            ["Greta Lindholm"]
        );
    }

    #[test]
    fn a_preposition_of_place_takes_a_place_not_a_possessor() {
        for text in [
            "My sister lives in Buenos Aires and has not paid the rent.",
            "Ghi chú: khách hàng ở Bình Thạnh muốn trả góp.",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
        assert_eq!(
            found("The car is registered in Maria O'Neill's name, she says."),
            ["Maria O'Neill"]
        );
        // Dutch `en` and Turkish `ve` are "and": the second person stays one.
        assert_eq!(
            found("Mijn huurders Piet Jansen en Marie de Vries betalen de huur te laat."),
            ["Piet Jansen", "Marie de Vries"]
        );
    }

    #[test]
    fn the_lines_under_a_signers_name_are_a_job_and_an_office() {
        let text = "Thanks so much,\nGrace Goodwin\nAccounts Receivable | Brightline Logistics\n\
                    (614) 555-0192";
        assert_eq!(found(text), ["Grace Goodwin"]);
        let text =
            "Thanks & Regards,\nHenry Shanker\nSr. Executive – Accounts\nMob: +91 98765 43210";
        assert_eq!(found(text), ["Henry Shanker"]);
        // A sentence under a name is no office's line.
        assert_eq!(
            found("Maria Lopez\nPlease call Mr Okafor today about the refund."),
            ["Maria Lopez", "Okafor"]
        );
        // A list of people, one a line: a given name the lexicon knows is a name.
        assert_eq!(
            found("Customers to call back:\nGrace Goodwin\nMarek Nowak"),
            ["Grace Goodwin", "Marek Nowak"]
        );
    }

    #[test]
    fn the_words_after_an_address_label_are_streets_and_districts() {
        let text = "Nome completo: Vitória Marques\nEndereço: Rua das Acácias, 215, apto 42 – \
                    Vila Mariana, São Paulo/SP";
        assert_eq!(found(text), ["Vitória Marques"]);
        assert_eq!(
            found("Nama: Budi Santoso | Alamat: Jl. Siti Nurbaya No. 5, Padang"),
            ["Budi Santoso"]
        );
        // Only the run's own field, and not right after the label: the
        // addressee.
        assert_eq!(
            found("Alamat: Jl. Merdeka 5 | Nama: Budi Santoso"),
            ["Budi Santoso"]
        );
        assert_eq!(
            found("Address: Mary Jones, 12 Main St, Springfield"),
            ["Mary Jones"]
        );
        // A long line: only the 160 bytes before a run are looked at.
        let long = format!(
            "Address: {}Dear Marta Kowalska, your refund is late.",
            "x ".repeat(100)
        );
        assert_eq!(found(&long), ["Marta Kowalska"]);
    }

    #[test]
    fn a_given_name_after_a_preposition_near_a_name_in_a_personal_paragraph() {
        assert_eq!(
            found("Hi, this is Oksana Melnyk, I'm off sick today with a fever. Please hand my tickets over to Ramesh."),
            ["Oksana Melnyk", "Ramesh"]
        );
        // Not in another paragraph, nor without a preposition before it.
        assert_eq!(
            found("Hi, this is Oksana Melnyk, I'm off sick today with a fever.\n\nPlease hand my tickets over to Ramesh."),
            ["Oksana Melnyk"]
        );
        // Nor before an amount: a currency (`Naira 250,000`).
        assert_eq!(
            found("Hi, this is Oksana Melnyk, I'm off sick today with a fever. Please pay the loan of Naira 250,000."),
            ["Oksana Melnyk"]
        );
    }

    #[test]
    fn form_labels_and_according_to_are_no_name() {
        // A template's blank: "Dear [Employee Name Surname]".
        assert_eq!(
            found("Şablon: Sayın [Çalışan Adı Soyadı], [tarih] tarihli tutanak nedeniyle savunmanızı verin."),
            Vec::<&str>::new()
        );
        // "the employee according to the labour law".
        assert_eq!(
            found("كم يوماً من الإجازة السنوية يستحقها الموظف حسب نظام العمل بعد خمس سنوات؟"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn greeted_unknown_words_are_weak_for_a_personnel_matter() {
        let text = "Hoi, Voek Knoers is nu zes weken ziek, moeten we de bedrijfsarts inschakelen?";
        assert!(found(text).is_empty());
        let at = text.find("ziek").unwrap();
        let weak: Vec<&str> = names_and_weak(text, &[(at, at + 4)])
            .iter()
            .map(|n| &text[n.0..n.1])
            .collect();
        assert_eq!(weak, ["Voek Knoers"]);
    }

    #[test]
    fn a_greeting_or_a_close_before_its_comma_is_no_name() {
        assert_eq!(
            found("Hoi, Sander Lonen heeft gebeld over de factuur van vorige maand."),
            ["Sander Lonen"]
        );
        assert_eq!(
            found("Habari, mwanangu ni mgonjwa. Asante, Seif Abwao"),
            ["Seif Abwao"]
        );
    }

    #[test]
    fn a_title_after_a_role_and_a_vietnamese_district_are_no_names() {
        assert_eq!(
            found(
                "Bu Hana Haryanti, anak Ibu tidak masuk sekolah selama seminggu tanpa keterangan."
            ),
            ["Hana Haryanti"]
        );
        assert_eq!(
            found("Ghi chú: John Bùi muốn trả góp, nhà ở quận Bình Thạnh."),
            ["John Bùi"]
        );
    }

    #[test]
    fn a_distant_contact_verb_is_not_personal_beside_a_public_topic() {
        let text = "In the Ranji Trophy final, Reva Mitra scored a brilliant 143 to give Vidarbha the lead.";
        assert_eq!(found(text), Vec::<&str>::new());
        // Without the topic it is.
        assert_eq!(
            found("Reva Mitra called twice about the parcel, please give her a ring."),
            ["Reva Mitra"]
        );
    }

    #[test]
    fn a_place_noun_opening_a_run_names_the_place() {
        assert_eq!(
            found(
                "Escola Estadual Maria Fernanda Azevedo abre inscrições para o EJA até o dia 15."
            ),
            Vec::<&str>::new()
        );
        // Only opening the run: `via` is also "through".
        assert_eq!(
            found("Via Anna Rossi ho saputo che mio figlio ha la febbre."),
            ["Anna Rossi"]
        );
        // A title after it: the person's practice.
        assert_eq!(
            found("Cabinet du Dr Lefèvre : votre rendez-vous de mardi est confirmé."),
            ["Lefèvre"]
        );
    }

    #[test]
    fn organisations_and_eponyms_are_no_people() {
        for text in [
            "We're hiring! Payroll Specialist at Northbeam Logistics - hybrid, 25 days holiday.",
            "Vacature: HR-adviseur bij Noordkaap Installatietechniek, schaal 10.",
            "As empresas do Programa Empresa Cidadã podem estender o prazo.",
            "Le théorème de Jérôme Nguyen reste l'un des résultats les plus élégants.",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
        // A word that is also a name stays one (French `lois`, "laws").
        assert_eq!(
            found("Hi, can you email Lois van der Avoirt about her refund?"),
            ["Lois van der Avoirt"]
        );
    }

    #[test]
    fn a_word_inside_a_longer_cue_phrase_is_the_phrases() {
        // "In the role of the torn inspector, Ana Gutknecht convinces":
        // `In` and `Rolle` are in the lexicon, as a given name and a surname.
        assert_eq!(
            found("In der Rolle des zerrissenen Kommissars überzeugt Ana Gutknecht auch in der neuen Staffel."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn a_bibliography_entry_parted_by_dashes() {
        // GOST 7.1: `Author. Title. — City: Publisher, year. — pages.`
        let entry = "Фирс Петрова. История русской архитектуры. — М.: Наука, 2015. — 432 с.";
        assert_eq!(found(entry), Vec::<&str>::new());
        assert!(super::pages(" — 432 с"));
        assert!(super::pages(" - 432 с"));
        assert!(!super::pages(" — М.: Наука"));
    }

    #[test]
    fn media_and_publishing_words_are_public_and_contact_words_personal() {
        // "In her column this Sunday, X criticises ...", "In his latest
        // novel, X returns to ...".
        for public in [
            "Em sua coluna deste domingo, Jade Nascimento critica a lentidão do Congresso.",
            "Dans son dernier roman, Corinne Renaud revient sur les grandes grèves de 1995.",
        ] {
            assert_eq!(found(public), Vec::<&str>::new(), "{public}");
        }
        // Swahili "called to complain", written after the name: personal.
        let text = "Ushindi Yudas alipiga simu kulalamika";
        let contact = super::cues::cues().find(text, &[(0, text.len())], &|| false);
        assert!(contact
            .iter()
            .any(|h| &text[h.0..h.1] == "alipiga simu" && h.2 == super::cues::Kind::Personal));
    }

    #[test]
    fn a_preposition_opening_a_sentence_is_no_part_of_a_name() {
        // "According to the Workers' Statute": `Según` is Yoruba `Segun`
        // without its accent; `Theo` an English given name.
        assert!(found(
            "Según el Estatuto de los Trabajadores, el periodo de prueba es de seis meses."
        )
        .is_empty());
        assert!(found("Theo Bộ luật Lao động, thời gian thử việc tối đa là 180 ngày.").is_empty());
        assert_eq!(
            found("Theo Walcott signed his new contract today."),
            ["Theo Walcott"]
        );
        // "According to" before a name attributes a statement to it.
        assert!(
            found("Según Lucía Fernández, catedrática de economía, la inflación bajará.")
                .is_empty()
        );
        // A Turkish job title: `İnsan Kaynakları Uzmanı`, "human resources specialist".
        assert!(found("En az 3 yıl deneyimli İnsan Kaynakları Uzmanı aranmaktadır.").is_empty());
        // The bytes looked at before a name start on a character's boundary.
        for k in 0..16 {
            let text = format!("Gehalt 500 € {} · Anna Berg", "a".repeat(k));
            assert!(!attributed(&text, text.find("Anna").unwrap()), "{text}");
        }
        assert!(attributed("laut Anna Berg", 5));
    }

    #[test]
    fn a_credit_label_before_a_name_is_a_public_context() {
        assert!(found("Direção e roteiro: Ana Ruiz. Brasil, 2019, 112 min.").is_empty());
        assert!(found("Regie: Oksana Melnyk\nKamera: Tomasz Wiśniewski").is_empty());
        assert!(cues::credited("Hudba a text: X", 14));
        // Not a sentence ending in a colon, nor a private form's label.
        assert!(!cues::credited("Can you send the photos to: X", 28));
        assert_eq!(
            found("Patient: Oksana Melnyk, fever since Monday."),
            ["Oksana Melnyk"]
        );
    }

    #[test]
    fn a_slavic_womans_given_name_made_from_a_mans() {
        assert_eq!(
            found("З повагою,\nСвятослава Вітер\nбухгалтер"),
            ["Святослава Вітер"]
        );
    }

    #[test]
    fn persian_possessives_and_surname_endings_written_apart() {
        // "a message to my tenant Abbas Rostami": the role has `م`, "my".
        assert_eq!(
            found("یک پیام مؤدبانه برای مستأجرم عباس رستمی بنویس"),
            ["عباس رستمی"]
        );
        // "write an e-mail to Mobin Mansouri": the lexicon lacks `مبین`.
        assert_eq!(
            found("یک ایمیل به مبین منصوری بنویس و مصاحبه را تأیید کن."),
            ["مبین منصوری"]
        );
        // Akbarpour written `اکبر پور`.
        assert_eq!(
            found("صاحبخانه‌ام، عرفان اکبر پور، می‌خواهد اجاره را بالا ببرد"),
            ["عرفان اکبر پور"]
        );
    }

    #[test]
    fn vietnamese_titles_and_a_month_right_after_a_title() {
        assert_eq!(
            found("Bảng lương tháng 5: Bà Duyên Mai - lương cơ bản 15.000.000 đ"),
            ["Duyên Mai"]
        );
        // `Mai` is also a month in German and French.
        assert_eq!(
            found("quyết định kỷ luật đối với Quý cô Mai Vũ do vi phạm nội quy"),
            ["Mai Vũ"]
        );
    }

    #[test]
    fn a_year_before_a_name_dates_a_work_unless_the_sentence_is_personal() {
        assert!(found("2019 - Ana Ruiz").is_empty());
        let text = "Lönesamtal 2024 - Celine Lundqvist: nuvarande månadslön 41 500 kr";
        let at = text.find("månadslön").unwrap();
        let with: Vec<&str> = names_and_weak(text, &[(at, at + "månadslön".len())])
            .iter()
            .filter(|n| n.2 > 0)
            .map(|n| &text[n.0..n.1])
            .collect();
        assert_eq!(with, ["Celine Lundqvist"]);
    }

    #[test]
    fn one_given_name_after_a_kin_noun_and_its_possessive() {
        // A possessive written after the noun, or joined to it.
        assert_eq!(
            found("Χθες ο σύζυγός της Κώστας μπήκε στο νοσοκομείο."),
            ["Κώστας"]
        );
        assert_eq!(found("Maaf, suami saya, Budi, sedang dirawat."), ["Budi"]);
        assert_eq!(found("הבת שלו, נועה, חולה מאוד."), ["נועה"]);
        assert_eq!(found("وصلت زوجته فاطمة أمس."), ["فاطمة"]);
        assert_eq!(found("وصلت عمتها فاطمة أمس."), ["فاطمة"]);
        // Yoruba's tones as combining marks.
        assert_eq!(
            found("Ó dára; ìyàwó rẹ̀, Bíọ\u{301}lá, ló ń ṣiṣẹ́."),
            ["Bíọ\u{301}lá"]
        );
        // A kin noun with combining tones of its own (`ẹ̀gbọ́n`, "elder
        // sibling"), and Swahili's possessive of another noun class.
        assert_eq!(
            found("Ó ti ṣàìsàn; ẹ\u{300}gbọ\u{301}n rẹ\u{300} Kẹ́mi ló ń tọ́jú u."),
            ["Kẹ́mi"]
        );
        assert_eq!(found("Ni mgonjwa, dada yake Neema anamtunza."), ["Neema"]);
        // A Vietnamese kin noun, not a syllable of a compound word.
        assert_eq!(found("Hôm nay dì Lan bị ốm."), ["Lan"]);
        assert!(found("Ghi chú: Thay đổi này được tự động thực hiện.").is_empty());
        // A bare role before a comma is no apposition.
        assert!(found("infos = socket.getaddrinfo(HOST, None, 0, socket.SOCK_STREAM)").is_empty());
    }

    #[test]
    fn a_word_without_its_arabic_article_is_no_other_words() {
        // `بابا` is "dad" in Persian, not `البابا`, "the pope".
        assert_eq!(
            found("به مهسا کریمی بگو دیگر با ماشین بابا بیرون نرود."),
            ["مهسا کریمی"]
        );
    }

    #[test]
    fn a_given_name_addressed_beside_a_name_found() {
        assert_eq!(
            found("Olga, słyszałaś, że Marek Zieliński leży w szpitalu?"),
            ["Olga", "Marek Zieliński"]
        );
        assert_eq!(
            found("Дима, привет! Клиентка Зинаида Крылова ждёт звонка."),
            ["Дима", "Зинаида Крылова"]
        );
        // Not with no name found around, nor a word of request (Igbo
        // `Biko`, "please", is a given name too).
        assert!(found("Olga, słyszałaś?").is_empty());
        assert_eq!(found("Biko, dee akwụkwọ ozi nye Chika Obi."), ["Chika Obi"]);
    }

    #[test]
    fn a_given_name_alone_closing_a_greeting_is_the_addressee() {
        assert_eq!(found("Dear Priya,\nthanks for the update."), ["Priya"]);
        assert_eq!(found("Hi Sarah, can you check the invoice?"), ["Sarah"]);
        // Not closing it: the greeting's sentence goes on about a father.
        assert_eq!(
            found("Saƙo daga Hafsat Mustapha: “Assalamu alaikum, Baba ya fito daga asibiti yau.”"),
            ["Hafsat Mustapha"]
        );
    }

    #[test]
    fn particles_only_names_have_join_two_unknown_words() {
        let rent = "Lize van de Noordmark heeft haar huur al drie maanden niet betaald.";
        assert_eq!(found(rent), ["Lize van de Noordmark"]);
        // `do` (like `van`, `de`) alone joins institutions.
        let court = "O cliente ameaçou entrar na Justiça do Trabalho por causa do reembolso.";
        assert!(found(court).is_empty(), "{:?}", found(court));
    }

    #[test]
    fn a_greeting_that_is_also_a_name_greets_in_a_script_without_case() {
        // `שלום` is "hello" and the given name Shalom; the surname after the
        // given name is one the lexicon lacks.
        assert_eq!(found("שלום אורי בלומנקרנץ, מה שלומך?"), ["אורי בלומנקרנץ"]);
        // Under a letter's close the greeting's word is the signer's name
        // (`سلام`, Salam).
        assert_eq!(found("مع التحية،\nسلام العبيدي"), ["سلام العبيدي"]);
    }

    #[test]
    fn a_signer_s_address_under_the_name_does_not_make_it_a_topic() {
        // `רחוב` ("street") is a public topic's word.
        let signed = "בברכה,\nנועה פרידמן\nרחוב הרצל 5, חולון";
        assert_eq!(found(signed), ["נועה פרידמן"]);
    }

    #[test]
    fn a_two_word_label_opening_its_line_anchors_a_caseless_name() {
        // "Full name:", neither word known to the lexicon.
        let form = "שם מלא: זיוית קרמרמן\nטלפון: 050-0000000";
        assert_eq!(found(form), ["זיוית קרמרמן"]);
        // "File name: annual report" names no one.
        assert!(found("שם הקובץ: דוח שנתי\nגודל: 2").is_empty());
    }

    #[test]
    fn a_kin_noun_with_a_possessive_anchors_a_caseless_name() {
        // "My son Yafi' al-Kurdi will not come to school tomorrow": `ابني`
        // is `ابن` and "my"; `لن` ("will not") is no part of the name.
        let son = "ابني يافع الكردي لن يحضر إلى المدرسة غداً";
        assert_eq!(found(son), ["يافع الكردي"]);
        assert_eq!(found("ابني سامر لن يحضر إلى المدرسة غداً"), ["سامر"]);
        // Hebrew `בעלי חיים` is "animals" as often as "my husband Chaim".
        assert!(found("בעלי חיים וטבע").is_empty());
    }

    #[test]
    fn someone_says_their_own_name_in_a_script_without_case() {
        // "Hello, I am Raghid Akkawi, I ordered a washing machine".
        let arabic = "مرحباً، أنا رغيد عكاوي، طلبت غسالة قبل أسبوع";
        assert_eq!(found(arabic), ["رغيد عكاوي"]);
        // Persian closes it with "am" (`هستم`); a sentence that opens with
        // "I" ends with its verb ("I have a meeting").
        let persian = "سلام، من رغید عکاوی هستم و سفارشم نرسیده.";
        assert_eq!(found(persian), ["رغید عکاوی"]);
        assert!(found("فردا من جلسه دارم.").is_empty());
    }

    #[test]
    fn a_long_word_known_only_as_a_surname_is_a_given_name_the_lexicon_lacks() {
        // `Jindra` is a registry's surname; `Sasmitapura` unknown: with a
        // contact word around, a name.
        let text = "Pak, kemarin Jindra Sasmitapura telepon soal tagihan listrik.";
        assert_eq!(found(text), ["Jindra Sasmitapura"]);
        // A short one is not (`Im Objekt`, German "in the object").
        assert!(found("Im Objekt ist ein Fehler aufgetreten, bitte anrufen.").is_empty());
    }

    #[test]
    fn turkish_titles_after_a_name_and_case_endings() {
        // `Hanım` after the name is a title, not part of it.
        let text = "Dün muhasebeden Cuheyna Alemdar Hanım aradı, maaşından kesinti yapılmış.";
        assert_eq!(found(text), ["Cuheyna Alemdar"]);
        // Not after one word that is no name (`Müdür Bey`, "Mr Director").
        assert!(found("Müdür Bey toplantıda.").is_empty());
        // The case ending after the apostrophe is no part of the name.
        let text = "Kiracım Şehamet İnönü'ye üç kez ihtar çektim ama ödeme yapmadı.";
        assert_eq!(found(text), ["Şehamet İnönü"]);
        assert_eq!(apostrophe_ending("İnönü'ye"), Some("İnönü"));
        assert_eq!(apostrophe_ending("Sa'idu"), None);
    }

    #[test]
    fn an_inflected_noun_is_not_looked_for_in_a_capitalised_word_inside_a_sentence() {
        // `Annemijn` opens with Turkish `annem`, "my mother", a personal
        // word's stem: a title's name, not a cue that cuts it.
        let text = "Mevrouw Annemijn van Poppel woont sinds 2019 op nummer 41.";
        assert_eq!(found(text), ["Annemijn van Poppel"]);
        let cues = super::cues::cues().find(text, &[(0, text.len())], &|| false);
        assert!(cues.is_empty(), "{cues:?}");
    }

    #[test]
    fn irish_and_hausa_ways_of_naming() {
        // Irish `h` before a surname's vowel after `Ó`.
        let note = "Nóta ón tuismitheoir: ní bheidh Derrick Ó hÉalaí ar scoil inniu.";
        assert_eq!(found(note), ["Derrick Ó hÉalaí"]);
        // A close with a hyphenated word signs the letter, whatever public
        // words the signer's office holds.
        let signed = "Le gach dea-ghuí,\nVivien Ó Mionacháin\nOifigeach, Comhairle Contae Chiarraí";
        assert_eq!(found(signed), ["Vivien Ó Mionacháin"]);
        // Hausa "I am" before the name: what follows its comma is no
        // description of the person.
        let hausa = "Sannu, ni ne Halima Buhari, na yi odar waya amma ba a kawo ba.";
        assert_eq!(found(hausa), ["Halima Buhari"]);
    }

    #[test]
    fn a_common_given_name_after_a_surname_is_a_father_s_name() {
        // `Almasi John`: the registries know `John` as a word too.
        let john = GIVEN | SURNAME | WORD | COMMON;
        assert_eq!(evidence(SURNAME, john, false), Evidence::SurnameGiven);
        // Not a month's name (`Ende April`), nor after a word the lexicon
        // lacks (`If Bob`).
        assert_eq!(evidence(SURNAME, john | PLACE, false), Evidence::None);
        assert_ne!(evidence(0, john, false), Evidence::UnknownSurname);
    }

    #[test]
    fn a_latin_word_says_nothing_of_a_word_in_another_script() {
        // `Δελή` is spelt `deli` in Latin letters, an English word.
        let mut buf = String::new();
        assert_eq!(flags("Δελή", &mut buf) & WORD, 0);
        assert_eq!(
            found("Ενοικιαστής: Πρόδρομος Δελή, χρωστάει το ενοίκιο Οκτωβρίου."),
            ["Πρόδρομος Δελή"]
        );
    }

    #[test]
    fn hindi_s_honorific_written_apart_says_the_name_is_someone_s() {
        // `जी` after two words, not part of the name.
        assert_eq!(found("कल सुनीता ठाकुर जी से बात हुई।"), ["सुनीता ठाकुर"]);
        assert_eq!(found("कल रेखा अहलूवालिया जी का फ़ोन आया।"), ["रेखा अहलूवालिया"]);
        // Nor a name on its own: a role between a title and `जी`, a kin
        // noun before it.
        assert!(found("आदरणीय प्रधानाचार्य जी, मेरा बेटा बीमार है।").is_empty());
        assert!(found("माता जी को दवा दे दी।").is_empty());
        assert!(found("डॉक्टर साहब से मिलना है।").is_empty());
    }

    #[test]
    fn a_german_adjective_s_ending_follows_a_german_consonant() {
        // `Hançer` ends like `Interner`, but `ç` is no German letter: two
        // words the lexicon lacks, after "my son".
        let son = "Oğlum Sevla Hançer bugün okula gelemeyecek, ateşi var.";
        assert_eq!(found(son), ["Sevla Hançer"]);
        assert!(adjective_shaped("Interner"));
        assert!(!adjective_shaped("Hançer"));
    }

    #[test]
    fn persian_writes_two_given_names_as_one() {
        let mut buf = String::new();
        assert_eq!(flags("محمدکیان", &mut buf) & GIVEN, GIVEN);
        // `کتابخانه` ("library") is no two names.
        assert_eq!(flags("کتابخانه", &mut buf), 0);
        // A third word that is also a given name but a word ends a
        // caseless name (`پیام`, "message").
        assert_eq!(found("فردا سارا احمدی پیام داد."), ["سارا احمدی"]);
    }

    #[test]
    fn an_honorific_title_and_a_role_before_it_anchor_a_caseless_name() {
        // The engineer's title, used as `Dr` is.
        let title = "تم توجيه إنذار كتابي أول إلى المهندس زهران زبيد بسبب التأخر المتكرر عن الدوام";
        assert_eq!(found(title), ["زهران زبيد"]);
        // A role, then a title, then the name; its surname is also a public
        // word (`المفتي`, "the mufti").
        let both = "أرجو صياغة إنذار كتابي نهائي للموظف المهندسة ايمان المفتي بسبب تكرار التأخر";
        assert_eq!(found(both), ["ايمان المفتي"]);
        // After the role, a given name the lexicon lacks.
        let tenant = "ساعدني في كتابة رسالة إلى المستأجر بتلاء المفتي، فهو لم يدفع الإيجار";
        assert_eq!(found(tenant), ["بتلاء المفتي"]);
    }

    #[test]
    fn someone_saying_who_they_are_is_named() {
        assert_eq!(
            found("Ciao a tutti, sono Ranieri Mannoia dell'amministrazione: i rimborsi vanno consegnati entro il 10."),
            ["Ranieri Mannoia"]
        );
        assert_eq!(
            found("Ciao, sono Giulia, la mamma di Tiziana Bonaventura: ti scrivo perché domani non viene a scuola."),
            ["Giulia", "Tiziana Bonaventura"]
        );
        assert_eq!(
            found("Hej, det här är Anna från tandläkarmottagningen. Ring tillbaka."),
            ["Anna"]
        );
        // `Sou a` is "I am the", not a list of two people (Czech `a` is "and").
        assert_eq!(
            found("Olá! Sou a Beatriz, vizinha do 3º esquerdo."),
            ["Beatriz"]
        );
        // Opening the sentence, capitalised: no description follows, and the
        // introduction is no part of the name (Japanese `Sono`).
        assert_eq!(
            found("Soy Inés Arrieta, la madre de Lucía."),
            ["Inés Arrieta", "Lucía"]
        );
        assert_eq!(
            found("Sono Giulia, ti scrivo per il pagamento."),
            ["Giulia"]
        );
        // Not other sentences' first words (Swedish `Som`, "as"), nor a
        // cleft's `It's`.
        assert!(found("Som Olof Palme sa i riksdagen, det är viktigt.").is_empty());
        assert!(found("It's Roger Federer, the Swiss champion, again.").is_empty());
        // Not the clause's opening (a quotation's attribution), or a product.
        assert!(found(
            "— Nie zgodzimy się na podwyżkę — mówi Jakub Dreszer, wiceminister finansów."
        )
        .is_empty());
        assert!(found("Hi, this is Microsoft Teams calling about your licence.").is_empty());
        // An introduction is no role: public words still count, and a lone
        // given name must close its clause or say where the person is from.
        assert!(found("C'est Victor Hugo qui a écrit Les Misérables.").is_empty());
        assert!(found("This is Hugo 0.120, a static site generator.").is_empty());
    }

    #[test]
    fn a_given_name_that_is_a_closed_word_after_a_role_label() {
        // German `allen` is "all": after `Patient:` and before a surname it is a name.
        assert_eq!(
            found("Patient: Allen Kim, DOB 03/14/1986, reports lower back pain."),
            ["Allen Kim"]
        );
    }

    #[test]
    fn a_list_join_after_a_lone_given_name_parts_two_people() {
        assert_eq!(
            found("Vienen mi suegra, Lucía y Serafina Bejarano, que es celíaca."),
            ["Lucía", "Serafina Bejarano"]
        );
    }

    #[test]
    fn a_possessive_is_its_names() {
        let mut buf = String::new();
        assert_eq!(flags("Dalal's", &mut buf), flags("Dalal", &mut buf));
        assert_eq!(
            found("My landlord wants the agreement in Zehaan Dalal's name."),
            ["Zehaan Dalal"]
        );
        // A possessive ends the name: an acronym after it is not part of it.
        assert_eq!(
            found("Valerie Webb's GP appointment has been moved; bring the repeat prescription."),
            ["Valerie Webb"]
        );
        // One possessive is stripped, once: a chain of them is one word.
        let long = format!("Xy Ab{}", "'s".repeat(50_000));
        let _ = names(&long);
    }

    #[test]
    fn an_english_request_about_a_quoted_message_is_not_the_messages_language() {
        let text = "Please improve the wording: \"Kannst du mir helfen, Rabea Boucsein höflich \
                    daran zu erinnern, dass die Nebenkostenabrechnung überfällig ist?\"";
        assert_eq!(found(text), ["Rabea Boucsein"]);
        // Unquoted, the English words around still mark English text.
        assert!(
            found("Please check with Rabea Boucsein whether the invoice is overdue.").is_empty()
        );
    }

    #[test]
    fn a_street_a_quoted_institution_or_a_numbered_label_is_nobody() {
        for text in [
            "Vanaf maandag is de Eline Hagendoornstraat afgesloten voor alle verkeer.",
            "Il premio «Sante Casarin» va a una scuola di Bergamo.",
            "Il premio“Sante Casarin” va a una scuola di Bergamo.",
            "Tiketi Na. 30217 – pesa zilitumwa kwa M-Pesa lakini salio halijaongezeka.",
            // "Of" between the street and the name; a Turkish case ending on the
            // centre's noun; a street's repairs (a personal word) keep it a street.
            "Mtaa wa Farhiya Kipkorir jijini Dar es Salaam utafungwa kwa ajili ya matengenezo.",
            "Cihan Tevetoğlu Kültür Merkezi'nin açılışı cumartesi günü yapılacak.",
            "خیابان فاطمه سمسار از فردا برای تعمیرات یک‌طرفه می‌شود.",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
        // A known given name before the short word: a name at a sentence's end.
        assert_eq!(
            found("Please call Jo Li. 12 people are waiting."),
            ["Jo Li"]
        );
        // `place` is also a position, `via` "through".
        assert_eq!(
            found("Anna covers in place of Maria Kowalska during her sick leave."),
            ["Maria Kowalska"]
        );
        assert_eq!(
            found("My refund was sent via Marta Kowalczyk, who owes me 40 euros."),
            ["Marta Kowalczyk"]
        );
        // After a role noun the short word is a surname.
        assert_eq!(
            found("Our tenant Xiadani Ng. 2 months unpaid."),
            ["Xiadani Ng"]
        );
    }

    #[test]
    fn a_cue_word_that_is_a_surname_after_a_given_name_is_the_names() {
        // Spanish `rey` ("king") is a public cue.
        assert_eq!(
            found("Note CRM : rappeler Anouk Rey jeudi, client mécontent du délai de livraison."),
            ["Anouk Rey"]
        );
        // Not a personal cue (`Tage Urlaub`, "days of leave").
        assert!(
            found("Wir bieten: 30 Tage Urlaub, Jobrad, betriebliche Altersvorsorge.").is_empty()
        );
    }

    #[test]
    fn a_cue_word_that_is_a_given_name_before_a_surname_is_the_name() {
        // French `roman` ("novel") is a public cue; here it is a given name.
        let text = "Ciao, mi aiuti a scrivere una lettera di contestazione disciplinare per Roman \
                    Iannucci-Ferrazzi? Ha prolungato più volte la pausa pranzo.";
        assert_eq!(found(text), ["Roman Iannucci-Ferrazzi"]);
        // Not with a public word around (`libro`, `premio`).
        assert!(found(
            "Ho letto il libro di Roman Iannucci-Ferrazzi, vincitore del premio Strega."
        )
        .is_empty());
    }

    #[test]
    fn a_word_of_birth_opens_life_dates_with_a_day_and_a_month() {
        for text in [
            "Lidia Kosno (ur. 7 listopada 1867 w Warszawie, zm. 4 lipca 1934) była fizykiem.",
            "Karel Novák (nar. 1921) byl malíř.",
            "Gertrud Lindqvist (f. 1890) var en svensk författare.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
        // A word of birth without a year is no life date, nor a one-letter
        // abbreviation before another number (`n. tel.`, "phone number").
        for text in [
            "Please call Lidia Kosno (ur. w Warszawie) about her overdue rent.",
            "Lidia Kosno (n. tel. 333 1234567) ha chiesto il rimborso della caparra.",
        ] {
            assert_eq!(found(text), ["Lidia Kosno"], "{text}");
        }
        // Non-ASCII text at the 64th byte after the word of birth.
        let text = "Lidia Kosno (ur. ąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąąą) ma zaległy czynsz.";
        assert_eq!(found(text), ["Lidia Kosno"]);
    }

    #[test]
    fn a_hebrew_kaf_joins_a_role_not_a_name() {
        // `כאבי ראש` is "headaches", not `כ` and the name Avi.
        let text = "שם המטופל: משה אשר\nתלונה עיקרית: כאבי ראש חוזרים ובחילות.";
        assert_eq!(found(text), ["משה אשר"]);
    }

    #[test]
    fn a_hebrew_abbreviation_is_one_word() {
        // `עו״ד`, "lawyer", is a title; `לדו"ח`, "to the report", no name.
        assert_eq!(found("נא לתאם פגישה עם עו״ד יוסי כהן מחר."), ["יוסי כהן"]);
        assert_eq!(found("נא לתאם פגישה עם עו\"ד יוסי כהן מחר."), ["יוסי כהן"]);
        assert!(found("תסכם לי את זה בשלוש שורות לדו\"ח.").is_empty());
    }

    #[test]
    fn a_preposition_joined_to_an_article_ends_a_caseless_name() {
        // `מהמוסך`, "from the garage"; `بالمستشفى`, "at the hospital".
        for (text, place) in [
            ("היי, זה יוסי מהמוסך. הרכב מוכן, תחזור אליי.", "מהמוסך"),
            ("ابني يوسف كريم بالمستشفى منذ أمس.", "بالمستشفى"),
        ] {
            let spans = names(text);
            assert!(
                spans.iter().all(|&(s, e, _)| !text[s..e].contains(place)),
                "{text}: {spans:?}"
            );
        }
    }

    #[test]
    fn a_kin_noun_without_a_possessive_anchors_a_caseless_given_name() {
        // `השכנה רונית`, "the neighbour Ronit": a given name that is no word.
        assert_eq!(found("השכנה רונית התקשרה אתמול בערב."), ["רונית"]);
        // Persian `خاله مریم`, "aunt Maryam", and `می‌`, the prefix a
        // non-joiner joins to the verb, no surname.
        assert_eq!(found("فردا خاله مریم می‌آید."), ["مریم"]);
        // Not after `-י`: `בעלי חיים` is "animals" as well as "my husband Chaim".
        assert!(found("בעלי חיים וטבע").is_empty());
    }

    #[test]
    fn a_lists_next_item_is_no_apposition() {
        // `il geometra`, "the surveyor", is the list's next item, not who
        // Marco Persico is.
        assert_eq!(
            found("Presenti: Giulia, Marco Persico, il geometra e io."),
            ["Giulia", "Marco Persico"]
        );
        // Without a list before it, the noun describes the name.
        assert!(found("Ne ha parlato Marco Persico, il geometra del comune.").is_empty());
    }

    #[test]
    fn a_contact_phrase_ends_with_the_letter_joined_to_the_name() {
        // `הודעה ל`, "a message to", written as Hebrew writes it: `ליצחק`.
        assert_eq!(found("הודעה ליצחק כהן"), ["יצחק כהן"]);
        // A hyphen or a maqaf after the letter is the joint's, not the name's.
        assert_eq!(found("תשלח מייל ל-יצחק כהן"), ["יצחק כהן"]);
        assert_eq!(found("תשלח מייל ל־יצחק כהן"), ["יצחק כהן"]);
        assert!(found("שלחתי ל-100 אנשים").is_empty());
    }

    #[test]
    fn and_is_the_first_of_two_joined_letters() {
        // `שורות`, "lines", is no `ש`, `ו` and the name Ruth.
        assert!(found("תסכם לי את זה בשלוש שורות לדוח הבוקר.").is_empty());
        assert_eq!(found("תשלח את המכתב ללקוח ולרות כהן מחר."), ["רות כהן"]);
    }

    #[test]
    fn a_quoted_bibliography_entry_is_no_record() {
        let text = "Please improve the wording: \"Oluchi Iwu, Akụkọ Ala Igbo, Onitsha: Africana \
                    First Publishers, 2003.\"";
        assert!(found(text).is_empty());
        // With commas only, as French and Chicago entries write it.
        let text =
            "Please tidy this up: \"Corinne Renaud, La Ville engloutie, Lyon, Stock, 2011.\"";
        assert!(found(text).is_empty());
        // A record's field is still one.
        let text = "Please fix the form: \"Nome completo: Maria Abreu, CPF: 123.456.789-09\"";
        assert_eq!(found(text), ["Maria Abreu"]);
    }

    #[test]
    fn a_credit_label_outweighs_a_field_and_its_own_words() {
        for text in [
            "Föreläsare: Therese Bengtsson, professor i nationalekonomi, Uppsala universitet.",
            "Ticket 4821 - Hudba a text: Daniela Pavlíková. Nahráno ve studiu Propast, Praha 1992.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
        // Someone contacted after it is still someone's.
        let text = "Kontakt: Therese Bengtsson, text her about the invoice.";
        assert_eq!(found(text), ["Therese Bengtsson"]);
    }

    #[test]
    fn a_persian_possessive_after_a_role_is_the_role_s() {
        // `همسایه‌مان`, "our neighbour": the possessive, after a non-joiner,
        // is no part of the name.
        let text = "برای همسایه\u{200c}مان مریم ولاشجردی یک پیام بنویسم.";
        assert_eq!(found(text), ["مریم ولاشجردی"]);
        // And it anchors a given name that is also a word (`نرگس`, "narcissus").
        let text = "برای همسایه\u{200c}مان نرگس ولاشجردی یک پیام بنویسم.";
        assert_eq!(found(text), ["نرگس ولاشجردی"]);
    }

    #[test]
    fn a_relation_in_brackets_after_a_given_name_is_someone_s() {
        let text = "Penanggung jawab: Dewi (istri)\nTanggal masuk: 5 Juni";
        assert_eq!(found(text), ["Dewi"]);
        // Not any word in brackets, nor a capitalised one (a variant's name).
        assert!(found("Penanggung jawab: Dewi (optional)\nTanggal masuk: 5 Juni").is_empty());
        assert!(found("Danese (Traveller)").is_empty());
    }

    #[test]
    fn an_age_after_the_name_is_a_note_about_someone() {
        for text in [
            "Intake huisartsenpost – Eline Hagendoorn, 67 jaar, kortademig sinds gisteravond.",
            "Intake huisartsenpost – Eline Hagendoorn (67) kortademig sinds gisteravond.",
        ] {
            assert_eq!(found(text), ["Eline Hagendoorn"], "{text}");
        }
        // A number alone after a comma is a house's.
        assert!(
            found("Endereço de entrega:\nEsplanada Maria Eduarda Macedo, 14, Boa União").is_empty()
        );
    }

    #[test]
    fn a_year_in_parentheses_after_the_name_is_an_in_text_citation() {
        let text = "Como demonstrou Fernanda Machado em sua tese de doutorado (USP, 2009), a \
                    migração nordestina redesenhou a periferia paulistana.";
        assert!(found(text).is_empty());
        // Not a date in parentheses, nor a year in the next sentence.
        for text in [
            "The file of our client Fernanda Machado is ready (deadline 30 June 2024).",
            "The file of our client Fernanda Machado is ready. Sources (USP, 2009) are attached.",
        ] {
            assert_eq!(found(text), ["Fernanda Machado"], "{text}");
        }
    }

    #[test]
    fn a_pet_name_after_a_kinship_word_is_someone() {
        assert_eq!(
            found("Op de eerste rij zitten tante Els en de kinderen."),
            ["Els"]
        );
        assert_eq!(found("Список гостей: соседи, тётя Люба."), ["Люба"]);
        // Not a word with a hyphen (`guest Wi-Fi`) nor a noun's shape.
        assert!(found("Allow it on the guest Wi-Fi firewall.").is_empty());
    }

    #[test]
    fn an_acronym_is_a_cue_only_in_capitals() {
        let hits = |text: &str| {
            cues::cues()
                .find(text, &[(0, text.len())], &|| false)
                .iter()
                .map(|&(s, e, _)| text[s..e].to_string())
                .collect::<Vec<_>>()
        };
        // Swedish `EM`, "European championship"; Portuguese `em`, "in".
        assert!(hits("Hon tog guld i EM förra året").contains(&"EM".to_string()));
        assert!(!hits("ela mora em Niterói").contains(&"em".to_string()));
        assert!(!hits("os documentos").contains(&"os".to_string()));
    }

    #[test]
    fn a_public_word_inside_a_personnel_matter_is_that_matter() {
        // `premio` is a prize (a public context) and, in `premio di
        // produzione`, a pay bonus: inside the matter it is no public cue.
        let text = "Mario Rossi: taglio del premio di produzione.";
        let matter = text.find("premio").unwrap();
        let matters = [(matter, matter + "premio di produzione".len())];
        let with: Vec<&str> = names_and_weak(text, &matters)
            .into_iter()
            .filter(|n| n.2 >= 50)
            .map(|(s, e, _)| &text[s..e])
            .collect();
        assert_eq!(with, ["Mario Rossi"]);
        assert!(found(text).is_empty(), "{:?}", found(text));
        // A prize outside the matter still says the name is public.
        let prize = "Mario Rossi ha vinto il premio Strega.";
        assert!(names_and_weak(prize, &[(0, 2)]).iter().all(|n| n.2 < 50));
    }

    #[test]
    fn a_form_fields_value_is_a_name_with_something_personal_around() {
        // Without case a label is no anchor by itself (`اسم المستخدم`);
        // with its colon, the field's end and a personal word it is.
        assert_eq!(
            found("الاسم: جسور هندية؛ رقم الهاتف: 0791234567؛ الموعد: طبيب الأسنان يوم الأحد"),
            ["جسور هندية"]
        );
        assert_eq!(found("मरीज़ का नाम: अनिल नारायण | उम्र: 45"), ["अनिल नारायण"]);
        // "Name: new file": nothing personal, the lexicon knows neither word.
        assert!(found("الاسم: ملف جديد").is_empty());
        assert!(found("الاسم: جسور هندية").is_empty());
    }

    #[test]
    fn an_irish_particle_between_a_given_name_and_a_word_makes_a_name() {
        assert_eq!(
            found("beidh Donal Ó Coincheanainn ag eagrú?"),
            ["Donal Ó Coincheanainn"]
        );
        // Irish `chuig` ("to") is a preposition, not a noun in apposition.
        assert_eq!(
            found("An féidir leat ríomhphost a scríobh chuig Roy Mac Thaidhg faoin gcíos?"),
            ["Roy Mac Thaidhg"]
        );
        // Irish `ag` ("at") is no company's `AG`; `Siemens AG` still is one.
        assert!(found("Die Anna Siemens AG hat geliefert.").is_empty());
        // A given name that is also a place (`Dallas`) before a particle.
        assert_eq!(
            found("Scríobh chuig Dallas Ó Néill faoin gcíos?"),
            ["Dallas Ó Néill"]
        );
    }

    #[test]
    fn a_letters_close_then_unknown_words_alone_on_their_line_is_its_signer() {
        assert_eq!(
            found("Με εκτίμηση,\nΚλεοβάρνης Ντρεμπέλας\nΛογιστήριο"),
            ["Κλεοβάρνης Ντρεμπέλας"]
        );
        // A team signs with words, or with a particle between them.
        assert!(found("Kind regards,\nCustomer Service\nAcme Ltd").is_empty());
        assert!(found("Atentamente,\nDepartamento de Recobros").is_empty());
        assert!(found("Atentamente,\nEquipo Comercial").is_empty());
        // Alone on its line: not on the close's own.
        assert!(found("Thanks, Κλεοβάρνης Ντρεμπέλας").is_empty());
        // Not after a greeting: groups are greeted (`Hola Equipo Comercial`).
        assert!(found("Γεια σας,\nΚλεοβάρνης Ντρεμπέλας").is_empty());
    }

    #[test]
    fn a_signature_ends_its_paragraph_and_a_close_ends_a_one_line_message() {
        let signed = |text: &str, name: &str| {
            let at = text.find(name).unwrap();
            signed_off(text, at, at + name.len())
        };
        // A dash's signature, a request after it.
        let text =
            "Thanks for the tickets, see you Saturday!\n– Gavin Marsh\n\nCan you shorten this?";
        assert!(signed(text, "Gavin Marsh"));
        // Not a list's last item, nor a line in the middle of a paragraph.
        assert!(!signed(
            "Films:\n– Forrest Gump\n– Jerry Maguire\n\nMore",
            "Jerry Maguire"
        ));
        assert!(!signed(
            "Done!\n– Gavin Marsh\nand then we left.",
            "Gavin Marsh"
        ));
        // The close is the last sentence of the line above.
        let text = "Raporu bu sabah bitirdim ve ekte gönderiyorum. Görüşmek üzere,\nSencer Dumlu";
        assert!(signed(text, "Sencer Dumlu"));
        assert!(!signed(
            "Toplantıyı perşembeye aldık ve dosyaları gönderdik, sonra\nSencer Dumlu",
            "Sencer Dumlu"
        ));
    }

    #[test]
    fn a_list_after_a_colon_in_a_script_without_case() {
        // Items parted by the Arabic comma: each a name of the list.
        assert_eq!(
            found("الحضور يوم الخميس: ليلى حداد، خالد منصور، منى العلي"),
            ["ليلى حداد", "خالد منصور", "منى العلي"]
        );
        // One word is no name's item there: "subject: Ram temple, Ayodhya".
        let text = "विषय: राम मंदिर, अयोध्या";
        let at = text.find("राम").unwrap();
        assert!(!in_list(text, at, at + "राम मंदिर".len()));
        // Only a place's particle: `on` is none.
        assert!(
            found("Summarise: Melnyk, Oksana on Monday - performance review 2/5")
                .contains(&"Melnyk, Oksana")
        );
    }

    #[test]
    fn a_place_of_several_words_after_a_comma_is_no_inverted_name() {
        assert_eq!(
            found("Jina: Oksana Melnyk\nMakazi: Sinza, Dar es Salaam\nSimu: 0754 318 902"),
            ["Oksana Melnyk"]
        );
        // The name inverted still is one.
        assert_eq!(
            found("Summarise: Okonkwo, Chidi - performance review 2/5"),
            ["Okonkwo, Chidi"]
        );
    }

    #[test]
    fn a_housing_noun_names_a_building_or_a_colony() {
        assert_eq!(
            found("Remind Oksana Melnyk about the charges for flat B-302, Sai Krupa Apartments, Whitefield."),
            ["Oksana Melnyk"]
        );
        assert_eq!(
            found("मेरे किरायेदार प्रिया शर्मा का फ्लैट लखनऊ के गोमती नगर में है।"),
            ["प्रिया शर्मा"]
        );
    }

    #[test]
    fn a_dutch_letter_opens_with_beste() {
        // `Beste` is also a given name: it was read as the name's first word.
        assert_eq!(
            found("Beste Oksana van de Velde, je pakket ligt klaar bij het afhaalpunt."),
            ["Oksana van de Velde"]
        );
    }

    #[test]
    fn a_quoted_letters_close_and_a_dashs_signature_sign_the_name() {
        // The close of a letter quoted after a request (its line starts
        // with the request and the quote mark).
        // (A request of more than five words: the close is what follows
        // its quote mark.)
        assert_eq!(
            found("Please fix the grammar of this note for me: \"Ekele m,\nOksana Melnyk\nOnye njikwa ego\""),
            ["Oksana Melnyk"]
        );
        assert_eq!(
            found("Atenciosamente,\r\nOksana Melnyk\r\nFinanceiro"),
            ["Oksana Melnyk"]
        );
        assert_eq!(
            found("Cheers for sorting the tickets, see you Saturday!\n– Oksana Melnyk"),
            ["Oksana Melnyk"]
        );
        // A dash before a name that more text follows is no signature.
        assert!(signed_off("x\n– Oksana Melnyk", 6, 19));
        assert!(!signed_off("x\n– Oksana Melnyk\nmore", 6, 19));
        assert!(!signed_off("see Oksana Melnyk", 4, 17));
        // Nor is a list's last item.
        assert!(!signed_off("Films:\n– Tom Hanks\n– Oksana Melnyk", 25, 38));
        assert!(!signed_off("Films:\n- Tom Hanks\n- Oksana Melnyk", 21, 34));
        assert!(signed_off("See you!\n- Oksana Melnyk", 11, 24));
    }

    #[test]
    fn a_public_word_under_a_signers_name_is_the_signers_employer() {
        // `Comhairle Contae`, "county council", is a public word elsewhere.
        assert_eq!(
            found("Le meas,\nDonncha Ó Ceallaigh\nOifigeach Riaracháin\nComhairle Contae na Gaillimhe"),
            ["Donncha Ó Ceallaigh"]
        );
    }

    #[test]
    fn a_given_name_opening_a_clause_after_a_semicolon_beside_a_name() {
        assert_eq!(
            found("Marta Kowalczyk asked for two days off after her surgery; Priya will cover her shifts."),
            ["Marta Kowalczyk", "Priya"]
        );
        assert_eq!(
            found("Mpangaji: Kaluwa Mutai; Baraka atalipa kesho."),
            ["Kaluwa Mutai", "Baraka"]
        );
        // Not a record's next label (`Kodi ya Juni`, "June's rent"); a
        // time is no label's colon.
        assert_eq!(
            found("Mpangaji: Kaluwa Mutai; Kodi ya Juni: haijalipwa"),
            ["Kaluwa Mutai"]
        );
        assert_eq!(
            found("Marta Kowalczyk is off sick today; Priya comes at 10:30 instead."),
            ["Marta Kowalczyk", "Priya"]
        );
        // Not after a Greek question mark (`;`), nor a dash opening a line
        // of dialogue: words capitalised there the lexicon knows only as
        // given names (`Μπορείς`, "can you").
        assert_eq!(
            found("Ο Κλεόβουλος Ντρεμπέλας είναι άρρωστος; Μπορείς να τον πάρεις;"),
            ["Κλεόβουλος Ντρεμπέλας"]
        );
        assert_eq!(
            found("Marta Kowalczyk jest chora.\n— Jak się czuje?"),
            ["Marta Kowalczyk"]
        );
    }

    #[test]
    fn a_given_name_after_a_lists_join_in_a_personal_sentence() {
        assert_eq!(
            found("Please reply to Janice Quellimore about her refund, and Marcus will handle the invoice."),
            ["Janice Quellimore", "Marcus"]
        );
        // Not without a name found in the sentence, nor before `&` (a firm).
        assert!(
            found("Please reply about the refund, and Marcus will handle the invoice.").is_empty()
        );
        assert_eq!(
            found("Regards, Tom Quellimore, Site Manager, Harris & Sons Ltd, mob. 0412 345 678"),
            ["Tom Quellimore"]
        );
    }

    #[test]
    fn a_given_name_after_a_join_before_a_predicate_in_a_personal_paragraph() {
        // A sentence after the name found: a join, then a verb.
        assert_eq!(
            found("tu sais si Hélène Marchetti vient ce soir ? je l'attends dehors et Mehdi répond pas"),
            ["Hélène Marchetti", "Mehdi"]
        );
        assert_eq!(
            found("weißt du ob Gerlinde Hasenkamp morgen kommt? ich brauch den Schlüssel und Tobias ist im Urlaub"),
            ["Gerlinde Hasenkamp", "Tobias"]
        );
        // Not before a capitalised word (a form's next label), nor before a
        // place's particle.
        assert_eq!(
            found("Jina la mgonjwa: Yasinta Mwakalinga\nMakazi: Sinza, Dar es Salaam\nSimu: 0754 318 902"),
            ["Yasinta Mwakalinga"]
        );
        assert_eq!(
            found("Ainm an dalta: Connor Ó Lónáin\nRang: Rang a Trí\nSeoladh: 14 Bóthar na Trá"),
            ["Connor Ó Lónáin"]
        );
    }

    #[test]
    fn a_common_given_name_opening_a_sentence_before_its_verb() {
        assert_eq!(
            found("nevíš jestli Radim Kopecký přijde v sobotu? Petra se ptá, kolik má koupit masa"),
            ["Radim Kopecký", "Petra"]
        );
        // Not without a name found in the paragraph, nor a short word
        // (Turkish `Ben`, "I"), nor one the lexicon does not know as a
        // common given name (Polish `Jak`, "how").
        assert!(
            found("nevíš jestli přijde v sobotu? Petra se ptá, kolik má koupit masa").is_empty()
        );
        assert_eq!(
            found("Kiracım Rıdvan Akgül üç aydır kirayı ödemiyor. Ben de kira yüzünden sıkıştım."),
            ["Rıdvan Akgül"]
        );
        assert_eq!(
            found(
                "Najemca Krzysztof Strycharz nie płaci czynszu. Jak napisać wezwanie do zapłaty?"
            ),
            ["Krzysztof Strycharz"]
        );
    }

    #[test]
    fn greek_questions_kin_after_a_full_name_vocatives_and_hausa_titles() {
        // Greek asks with `;`.
        assert_eq!(
            found("ρε συ, έρχεται τελικά Σπύρος Καραγιάννης το Σάββατο;"),
            ["Σπύρος Καραγιάννης"]
        );
        assert!(found("ρε συ, έρχεται τελικά Σπύρος Καραγιάννης το Σάββατο.").is_empty());
        assert!(found("ρε συ, έρχεται τελικά Σπύρος Καραγιάννης το Σάββατο; ναι").is_empty());
        // A relation in brackets after a full name.
        assert_eq!(found("איש קשר לחירום: מיכל אברהמי (אחות)"), ["מיכל אברהמי"]);
        // Vietnamese `ơi` addresses the name before it.
        assert_eq!(found("ê Trần Thu Hà ơi tối nay đi ăn ko"), ["Trần Thu Hà"]);
        assert!(found("ê Trần Thu Hà tối nay đi ăn ko").is_empty());
        // Hausa `Malam` is a title, not part of the name.
        assert_eq!(found("Sunan mahaifi: Malam Ibrahim Sani"), ["Ibrahim Sani"]);
    }

    #[test]
    fn kept_flags_are_the_lexicons() {
        let mut buf = String::new();
        let words: Vec<String> = (0..KEPT + 100).map(|i| format!("Wort{i}")).collect();
        for word in [
            "Wiśniewski",
            "Dalal's",
            "Will",
            "محمدکیان",
            "Al-Farsi",
            "Smith-Jones",
        ] {
            let first = flags(word, &mut buf);
            assert_eq!(first, lookup(word, &mut buf), "{word}");
            assert_eq!(flags(word, &mut buf), first, "{word}");
        }
        // Past the bound the kept answers are dropped, not wrong.
        for word in &words {
            assert_eq!(flags(word, &mut buf), lookup(word, &mut buf));
        }
        assert_eq!(
            flags("Wiśniewski", &mut buf),
            lookup("Wiśniewski", &mut buf)
        );
        assert_ne!(flags("Wiśniewski", &mut buf) & SURNAME, 0);
    }

    #[test]
    fn a_title_before_a_role_noun_or_a_month_addresses_no_one() {
        assert!(found("سلام خانم معلم، فردا به مدرسه نمی‌آید.").is_empty());
        assert_eq!(found("سلام خانم رحیمی، فردا به مدرسه نمی‌آید."), ["رحیمی"]);
        // With the article joined to the role (`المدير`, "the manager").
        assert!(found("السيد المدير، أرجو التكرم بالموافقة على إجازتي المرضية.").is_empty());
        // Nor a month or a weekday no registry knows as a name.
        assert!(found("Coinne le dochtúir don Déardaoin seo chugainn.").is_empty());
        assert_eq!(found("Dr April said the results are fine."), ["April"]);
    }

    #[test]
    fn an_office_signs_a_letter() {
        assert_eq!(
            found("Met vriendelijke groet,\nAnna de Linde"),
            ["Anna de Linde"]
        );
        assert!(found("Met vriendelijke groet,\nHuisartsenpraktijk De Linde").is_empty());
        assert!(found("Trân trọng,\nPhòng Nhân sự").is_empty());
    }

    #[test]
    fn a_greeted_given_name_that_is_also_a_cue_or_a_month() {
        // `román` is Czech "novel"; `Julia` also a month's name.
        assert_eq!(
            found("Hola Román Beltrán, te escribo mañana."),
            ["Román Beltrán"]
        );
        assert_eq!(
            found("Hej Julia Ivarsson! Din tid är flyttad."),
            ["Julia Ivarsson"]
        );
        assert!(found("Julia Ivarsson. Din tid är flyttad.").is_empty());
    }

    #[test]
    fn the_lexicon_is_compiled_in() {
        assert!(lexicon().len() > 100_000);
        let mut buf = String::new();
        assert_eq!(flags("Wiśniewski", &mut buf) & SURNAME, SURNAME);
        assert_eq!(flags("WISNIEWSKI", &mut buf), flags("Wiśniewski", &mut buf));
        assert_ne!(flags("Will", &mut buf) & WORD, 0);
    }

    #[test]
    fn greetings_and_the_closes_of_letters_mark_names() {
        // `Per` is a given name and a word, the surname is invented: a weak
        // pair the greeting or the close makes a name.
        assert!(found("Per Quellimore, jag skrev till dig i maj").is_empty());
        assert_eq!(found("Hej Per Quellimore, jag skrev"), ["Per Quellimore"]);
        assert_eq!(found("'Hej Per Quellimore, jag skrev"), ["Per Quellimore"]);
        assert_eq!(
            found("God dag Per Quellimore, jag skrev"),
            ["Per Quellimore"]
        );
        assert_eq!(
            found("Tack.\nMed vänliga hälsningar,\nPer Quellimore"),
            ["Per Quellimore"]
        );
        // Groups are greeted too: two words the lexicon knows neither of.
        assert!(found("Hola Equipo Comercial, os escribo por la factura").is_empty());
        // A greeting on its own line opens the body, not a name.
        assert!(found("Hi,\n\nSeit Wochen stellt er die Tonnen vor die Einfahrt.").is_empty());
        // Without case, the words after a greeting's comma are the body.
        assert!(found("שלום, המעלית בבניין תקועה כבר שבוע").is_empty());
    }

    #[test]
    fn a_given_name_that_is_also_a_month_or_a_place_with_someone_written_to() {
        assert_eq!(
            found("Scrivi un'email a Mercedes Quellimore per confermare il colloquio."),
            ["Mercedes Quellimore"]
        );
        assert!(found("Mercedes Quellimore per confermare il colloquio.").is_empty());
        assert!(found("Hi team,\n\nThe Golden Gate Bridge is in San Francisco.").is_empty());
        // A price's quote is no quotation.
        assert_eq!(
            found("Notes: Oksana Melnyk – happy with the revised quote, off on leave."),
            ["Oksana Melnyk"]
        );
    }

    #[test]
    fn a_name_after_called_or_a_role_with_its_possessive() {
        // Names the lexicon knows neither word of (invented).
        assert_eq!(
            found("Our new neighbour is called Zorvath Quellimore."),
            ["Zorvath Quellimore"]
        );
        assert_eq!(
            found("Der Vermieter heißt Zorvath Quellimore."),
            ["Zorvath Quellimore"]
        );
        assert_eq!(
            found("Ο λογιστής μας Ζορβάθ Κουελιμόρ ζητά"),
            ["Ζορβάθ Κουελιμόρ"]
        );
        assert_eq!(
            found("kwa mpangaji wetu Zorvath Quellimore kuhusu kodi"),
            ["Zorvath Quellimore"]
        );
        assert!(found("Ο λογιστής μας ζητά Ζορβάθ Κουελιμόρ").is_empty());
        assert!(found("kwa wetu Zorvath Quellimore kuhusu kodi").is_empty());
    }

    #[test]
    fn book_and_film_as_verbs_say_nothing_of_the_names_near() {
        assert_eq!(
            found("Attendees: Oksana Melnyk, Tomasz Wiśniewski. Actions: book the venue."),
            ["Oksana Melnyk", "Tomasz Wiśniewski"]
        );
        assert!(found("Oksana Melnyk wrote the book in a year.").is_empty());
        assert!(found("Oksana Melnyk wrote a book about the war.").is_empty());
        // A Turkish aorist asked for: "will you write a summary for ...".
        assert_eq!(
            found("Ayşe Yılmaz için kısa bir özet yazar mısın?"),
            ["Ayşe Yılmaz"]
        );
        assert!(found("Ayşe Yılmaz ünlü bir yazar.").is_empty());
    }

    #[test]
    fn one_word_of_a_public_event_anywhere_in_the_sentence_makes_it_public() {
        // Words between the name and the event's word.
        assert!(found("Das von Oksana Melnyk 1998 in Kiew gegründete Unternehmen").is_empty());
        assert!(found("Oksana Melnyk tarafından 2005'te İzmir'de kurulan şirket").is_empty());
        // Dutch `met` ("with") is no English `met` further off.
        assert!(
            found("Oksana Melnyk won de tijdrit in de Vuelta met elf seconden voorsprong.")
                .is_empty()
        );
        assert_eq!(
            found("Yesterday I met Oksana Melnyk at the track."),
            ["Oksana Melnyk"]
        );
        // Turkish `bu` ("this") is no Indonesian `bu` ("ma'am").
        assert!(found("Oksana Melnyk tarafından kurulan şirket, bu yıl büyüdü.").is_empty());
        assert!(found("Oksana Melnyk won the 400 m final in 49.8 seconds.").is_empty());
        // Not a negated verb, nor the word capitalised as a name.
        assert_eq!(
            found("Oksana Melnyk won't be in on Monday, can you cover?"),
            ["Oksana Melnyk"]
        );
        assert_eq!(
            found("Mwandikie Ushindi Kibet kuhusu likizo yake."),
            ["Ushindi Kibet"]
        );
        // Something personal near outweighs a topic.
        assert_eq!(
            found("My tenant Oksana Melnyk won a raffle and paid the rent late."),
            ["Oksana Melnyk"]
        );
    }

    #[test]
    fn a_description_after_a_comma_is_public_a_relative_clause_is_not() {
        for text in [
            "Oksana Melnyk, the two-time Olympic champion, opened the games.",
            "Oksana Melnyk, le célèbre architecte, a dessiné la gare.",
            "Oksana Melnyk, die berühmte Architektin, entwarf den Bahnhof.",
            // A closing's comma does not close the description.
            "Thanks Roger Federer, the greatest player ever!",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
        for text in [
            "Schreib ein Zeugnis für Oksana Melnyk, die sechs Jahre bei uns gearbeitet hat.",
            "Stuur dit naar Oksana Melnyk, die gisteren belde over de verhuizing.",
            // A greeting's comma closes it (`du` is also French "of the").
            "Dear Oksana Melnyk, the fence between our yards is two feet onto our lot.",
            "Hallo Oksana Melnyk, du schuldest mir noch die Hälfte.",
        ] {
            assert_eq!(found(text), ["Oksana Melnyk"], "{text}");
        }
    }

    #[test]
    fn an_arabic_nasab_makes_a_name_of_words_the_lexicon_lacks() {
        assert_eq!(
            found("اكتب رسالة إلى مؤنس بن هلال بخصوص الراتب"),
            ["مؤنس بن هلال"]
        );
        assert_eq!(
            found("ساعدني في الرد على رائد بنو تميم بخصوص الإيجار"),
            ["رائد بنو تميم"]
        );
        // `ابن` alone is the noun "son", "child".
        assert!(found("لإضافة ابن جديد").is_empty());
    }

    #[test]
    fn the_context_window_is_as_wide_in_every_script() {
        // A public word 38 to 44 characters after the name: as many bytes
        // in English, 69 in Russian.
        assert!(found("Oksana Melnyk, after a long and difficult season at home, won.").is_empty());
        assert!(found("Оксана Мельник после долгого и трудного сезона дома выиграла.").is_empty());
        // And no further: 75 characters is beyond it (asked about, the name
        // is someone's).
        assert_eq!(
            found("Оксана Мельник после долгого и очень трудного сезона дома, в гостях и на выезде, в итоге выиграла?"),
            ["Оксана Мельник"]
        );
    }

    #[test]
    fn a_street_a_school_named_after_someone_or_god_is_no_person() {
        for text in [
            "The office moved to rue Oksana Melnyk last year.",
            "Jalan Ahmad Yani ditutup pada hari Minggu.",
            "Đường John Trần ở quận 3 sẽ cấm xe.",
            // core/data/cues/things.tsv
            "Shagonmu yana kan titin Oksana Melnyk a Kaduna.",
            "Oksana Melnyk Lisesi bu yıl birinci oldu.",
            // Nor is the name of God.
            "Don Allah ka rubuta amsa.",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
        assert_eq!(
            found("Bitte schreib Oksana Melnyk wegen der Miete."),
            ["Oksana Melnyk"]
        );
    }

    #[test]
    fn given_names_listed_beside_a_name_are_names() {
        assert_eq!(
            found("Invite list: Bethany, Oksana Melnyk and Marcus, the couple next door."),
            ["Bethany", "Oksana Melnyk", "Marcus"]
        );
        assert_eq!(
            found("Carpool: Oksana Melnyk, Bethany and Marcus."),
            ["Oksana Melnyk", "Bethany", "Marcus"]
        );
        // Without a name found beside them they stand alone.
        assert!(found("Invite list: Bethany and Marcus, and the couple next door.").is_empty());
        // A word of a capitalised run is no item on its own.
        assert_eq!(
            found("Please call Oksana Melnyk, Bethany Street"),
            ["Oksana Melnyk"]
        );
        // Nor is a given name that is also a city's or a month's: alone,
        // the place or the month.
        assert_eq!(
            found("Carpool: Oksana Melnyk, Bethany and Lyon."),
            ["Oksana Melnyk", "Bethany"]
        );
        assert_eq!(
            found("Tolong cek: Oksana Melnyk dan Maret."),
            ["Oksana Melnyk"]
        );
    }

    #[test]
    fn a_given_name_beside_a_name_found_is_one_unless_a_public_word_is_near() {
        // The name found says the text is someone's; the word before the
        // given name (`to`) says it is an object, not a sentence's opening.
        assert_eq!(
            found(
                "Our tenant Oksana Melnyk is away next week. The reports go to Bethany until then."
            ),
            ["Oksana Melnyk", "Bethany"]
        );
        // Not where a public word is near it.
        assert_eq!(
            found("Our tenant Oksana Melnyk is away. The award went to Bethany at the festival."),
            ["Oksana Melnyk"]
        );
        // A common given name that is also a city's needs something
        // personal of its own.
        assert_eq!(
            found("Hi Oksana Melnyk, the flight to Denver leaves on Friday."),
            ["Oksana Melnyk"]
        );
    }

    #[test]
    fn one_given_name_after_a_role_noun_is_a_persons() {
        assert_eq!(
            found("next to my cousin Bethany, but they dated"),
            ["Bethany"]
        );
        assert_eq!(found("ciocia Halina z mężem"), ["Halina"]);
        assert!(found("they dated Bethany").is_empty());
        // Greek articles and Vietnamese syllables are roles before full
        // names only: a day, a country.
        assert!(found("θα λείψει την Παρασκευή λόγω").is_empty());
        assert!(found("Cộng hoà Dân chủ Nhân dân Lào").is_empty());
    }

    #[test]
    fn an_arabic_nisba_is_a_family_name_after_a_word_without_the_article() {
        // `وسام` is a given name and a word ("medal"): the nisba after it
        // (invented here, unknown to the lexicon) makes the pair a name.
        assert_eq!(
            found("هل يريد وسام الدرنكاوي إلغاء اشتراكه في النادي؟"),
            ["وسام الدرنكاوي"]
        );
        // An adjective agrees with its noun's article: "the sports club".
        assert!(found("ألغيت اشتراكي في النادي الرياضي وأريد استرداد المبلغ").is_empty());
        assert!(nisba_after("وسام", "الدرنكاوي"));
        assert!(!nisba_after("النادي", "الرياضي"));
        assert!(!nisba_after("وسام", "المدرسة"));
    }

    #[test]
    fn names_in_personal_requests() {
        assert_eq!(
            found("Can you help me write an apology email to Oksana Melnyk about her refund?"),
            ["Oksana Melnyk"]
        );
        assert_eq!(
            found("Draft a reply to Tomasz Wiśniewski, who says his order arrived damaged."),
            ["Tomasz Wiśniewski"]
        );
        assert_eq!(
            found("Summarise: Okonkwo, Chidi - performance review 2/5"),
            ["Okonkwo, Chidi"]
        );
        assert_eq!(found("Please call Tanaka-san tomorrow"), ["Tanaka"]);
        assert_eq!(
            found("Клиент Оксана Мельник просит возврат"),
            ["Оксана Мельник"]
        );
        assert_eq!(
            found("Meeting with Maria de la Cruz and J. R. Smith"),
            ["Maria de la Cruz"]
        );
    }

    #[test]
    fn a_noun_before_a_name_makes_it_public_only_without_anything_personal() {
        // A role, a personal cue nearby, or a preposition is not apposition.
        for (text, name) in [
            (
                "The tenant Oksana Melnyk has not paid the rent.",
                "Oksana Melnyk",
            ),
            (
                "The plumber Oksana Melnyk sent her invoice twice.",
                "Oksana Melnyk",
            ),
            (
                "Redacta una amonestación para Oksana Melnyk hoy.",
                "Oksana Melnyk",
            ),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
    }

    #[test]
    fn public_context_words_of_many_languages_hide_public_names_only() {
        // Words from data/cues/public-contexts.tsv: public on their own, and
        // the same names stay found in a personal request.
        for text in [
            "La cadena fundada por Lucía Ferrer abrió veinte tiendas.",
            "Das Museum ist benannt nach Hanna Vogt, der Stifterin.",
            "W drugiej połowie strzeliła Katarzyna Nowicka dwa razy.",
            "Zeynep Aksoy tarafından kurulan şirket halka açıldı.",
        ] {
            assert_eq!(found(text), [] as [&str; 0], "{text}");
        }
        for (text, name) in [
            (
                "Pomóż mi napisać przeprosiny do Katarzyna Nowicka za opóźniony zwrot.",
                "Katarzyna Nowicka",
            ),
            (
                "Redacta una respuesta a Lucía Ferrer sobre su reembolso.",
                "Lucía Ferrer",
            ),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
    }

    #[test]
    fn role_nouns_and_labels_of_many_languages_mark_unknown_names() {
        // Names the lexicon knows neither part of, after a word of
        // data/cues/roles.tsv (also after a comma: apposition).
        for (text, name) in [
            (
                "Our letting agent, Zorvath Quellimore, wants a new fee.",
                "Zorvath Quellimore",
            ),
            ("Όνομα: Ζορβάθ Κουελιμόρ | 5B", "Ζορβάθ Κουελιμόρ"),
            (
                "Notre propriétaire Zorvath Quellimore ne répond pas.",
                "Zorvath Quellimore",
            ),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
        // Without the role word they are two unknown capitalised words; and in
        // a script without case the file's words do not count (`اسم
        // المستخدم`, "user name", is an interface string).
        for text in [
            "Our Zorvath Quellimore wants a new fee.",
            "اسم المستخدم وكلمة المرور",
        ] {
            assert_eq!(found(text), [] as [&str; 0], "{text}");
        }
    }

    #[test]
    fn attributions_citations_and_titles_of_works_are_public_by_their_shape() {
        for text in [
            "\u{201C}The sea does not reward those who are too anxious.\u{201D} \u{2014} Amanda Clarke",
            "\u{AB}La memoria es un animal que muerde.\u{BB} \u{2014} Clementina Valle",
            "\u{AB}La m\u{E9}moire est un jardin\u{BB}, \u{E9}crivait Clementina Valle dans ses carnets.",
            "\"The sea keeps its own counsel,\" said Amanda Clarke at the launch of the book.",
            "Mikael Persson. Skogens tysta historia. Stockholm: Norstedts, 2003.",
            "Mikael Persson. Skogens tysta historia. Stockholm: Norstedts, 2003. 212 s.",
            "Oksana Melnyk: Dějiny Haliče. Praha: Academia, 2009, s. 12\u{2013}40.",
            "Oksana Melnyk (1998). Akụkọ Ihe Mere Eme. Enugu: Fourth Dimension.",
            "Notes\nOksana Melnyk, Water and Power in the West (Tucson, 2003)",
            "Die Ausstellung \u{201E}Ana Gutknecht: Licht und Linie\u{201C} ist bis Oktober zu sehen.",
            "Wystawa \u{201E}Jeremi Kowalski. Obrazy z lat 1905\u{2013}1930\u{201D} potrwa do stycznia.",
        ] {
            assert_eq!(found(text), Vec::<&str>::new(), "{text}");
        }
        // The same places with something personal, or another shape, still count.
        for (text, name) in [
            (
                "Please call Amanda Clarke \u{2014} she is waiting.",
                "Amanda Clarke",
            ),
            (
                "Mikael Persson. Called twice about the invoice.",
                "Mikael Persson",
            ),
            (
                "Draft a reply: \"Where is my refund?\" wrote Amanda Clarke.",
                "Amanda Clarke",
            ),
            // A chat line ending with a year is no entry.
            ("Mikael Persson: I moved here in 2003.", "Mikael Persson"),
            (
                "Subject: \u{201E}Ana Gutknecht: refund\u{201C}, please reply to her today.",
                "Ana Gutknecht",
            ),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
    }

    #[test]
    fn a_surname_the_lexicon_lacks_counts_by_its_ending() {
        let mut buf = String::new();
        for surname in [
            "Erlandsson",
            "Σταυρόπουλος",
            "Kowalewska",
            "Hovhannisyan",
            "Шевченко",
        ] {
            assert_eq!(flags(surname, &mut buf), SURNAME, "{surname}");
        }
        for word in ["Zyxwvut", "Qdze", "Qwyan"] {
            assert_eq!(flags(word, &mut buf) & SURNAME, 0, "{word}");
        }
        assert_eq!(
            found("Please email Kenth Erlandsson about the late invoice."),
            ["Kenth Erlandsson"]
        );
    }

    #[test]
    fn other_scripts_and_forms_find_the_registries_names() {
        let mut buf = String::new();
        // A Cyrillic spelling of a US given name; a Czech feminine surname
        // whose masculine form the census lists.
        assert_ne!(flags("Тайлер", &mut buf) & GIVEN, 0);
        assert_eq!(flags("Nováková", &mut buf), SURNAME);
        // Two letters are not enough: `Вы` is not `Vy`.
        assert_eq!(flags("Вы", &mut buf) & (GIVEN | SURNAME), 0);
        // A Devanagari spelling of a registry's given name is a word too
        // (Hindi words spell names: `मिला`, "met", is `mila`); no surname is taken
        // this way (`सकता`, "can", is `sakata`).
        assert_eq!(flags("मिला", &mut buf), GIVEN | WORD);
        assert_eq!(flags("सकता", &mut buf), 0);
    }

    #[test]
    fn roles_and_subject_lines_say_who_a_name_is() {
        for (text, name) in [
            // A role right before the name outweighs a public word further off.
            (
                "Please help me write to the estate chairman: our neighbour Chigozie Nwosu keeps burning refuse.",
                "Chigozie Nwosu",
            ),
            // After a role noun a product's name is a person's.
            ("Mfanyakazi Safari Msuya ameomba likizo.", "Safari Msuya"),
            // A subject line about someone.
            ("Konu: Toy Fırat – depozito iadesi.", "Toy Fırat"),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
        for text in [
            // A subject line about something.
            "Betreff: Neue Rechnung – bitte prüfen",
            // A cue word inside a run of capitalised words ends it.
            "Agli Internazionali di Roma ha vinto in tre set.",
            // A sculptor, in Czech.
            "Sochař Jarmila Marková vytvořil kašnu na náměstí.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn a_degree_after_a_name_ends_it_and_makes_it_a_person() {
        for (text, name) in [
            (
                "Bitte bereite das Gespräch mit Guenter Reuter B.Sc. vor.",
                "Guenter Reuter",
            ),
            (
                "Manah Wacana, S.E.I sudah dua minggu dirawat di rumah sakit.",
                "Manah Wacana",
            ),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
        // Without the degree the first is two surnames and nothing personal.
        assert!(found("Bitte bereite das Gespräch mit Guenter Reuter vor.").is_empty());
    }

    #[test]
    fn devanagari_names() {
        for (text, name) in [
            // A given name the registries spell in Latin, a surname the
            // hand-written lists hold.
            (
                "सूर्य रेड्डी अपनी जिम सदस्यता रद्द करना चाहते हैं, शुल्क के बारे में क्या जवाब दूँ?",
                "सूर्य रेड्डी",
            ),
            // A given name nobody lists, before a surname, with something
            // personal around.
            ("मधुर सक्सेना को अभी तक मार्च का वेतन नहीं मिला है।", "मधुर सक्सेना"),
            // The joined honorific is not part of the name; the word before
            // a given name and a surname is not either.
            (
                "मेरे मित्र लावण्या रंगराजनजी का फ़ोन नंबर बदल गया है।",
                "लावण्या रंगराजन",
            ),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
        for text in [
            // Words that spell registry names.
            "डिफ़ॉल्ट किया जा सकता है",
            "फ़ाइल नहीं बना सकता है क्योंकि फ़ाइलनाम काफी लंबा है",
            // An unknown word before a surname that is also an adjective,
            // with nothing personal around: "the Arabic text".
            "النص العربي",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn names_with_little_lexicon_evidence_need_a_personal_context() {
        // Two surnames (the census lists `Ishola`), an article before a
        // Greek name, a role noun before unknown words.
        for (text, name) in [
            (
                "Ishola Bakare has not been paid for March; can you draft a reminder?",
                "Ishola Bakare",
            ),
            (
                "Ο Σαμουήλ Δρακουλή θέλει να ακυρώσει τη συνδρομή",
                "Σαμουήλ Δρακουλή",
            ),
            (
                "Mein Nachbar Rotraud Süßebier parkt ständig vor unserer Einfahrt.",
                "Rotraud Süßebier",
            ),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
        // Two surnames that label a number are its name.
        assert!(found("Please rewrite this message: Carte Vitale 261016251868280").is_empty());
    }

    #[test]
    fn words_of_other_languages_are_not_names() {
        for text in [
            // German capitalises its formal pronoun and its nouns.
            "Verwenden Sie das neue Format.",
            "Dieser Schlüssel ist ungültig.",
            "Interner Fehler beim Lesen.",
            "Ungültiger Wert für Option.",
            // A noun opening the sentence, or after an article, says what
            // someone is.
            "Ministr Radek Novák představil reformu v parlamentu.",
            "Der Bildhauer Ana Gutknecht schuf den Brunnen.",
            // Places.
            "Республика Панама",
            "Северный Сомерсет",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn words_of_private_matters_in_many_languages() {
        // An insurer (`aseguradora`) and a condolence card (`Beileidskarte`)
        // are a private person's matters: the name before them is reported.
        let scored = |text: &str| names(text).into_iter().map(|n| n.2).max().unwrap_or(0);
        assert!(scored("El coche lo conducía Herberto Salas y su aseguradora no contesta.") >= 75);
        assert!(
            scored("Schreib eine Beileidskarte für Klaas Brenner, dessen Frau gestorben ist.")
                >= 75
        );
    }

    #[test]
    fn public_words_count_in_their_other_forms() {
        // `финала`, the genitive of `финал`; `vinto`, a form of `vinse`.
        for text in [
            "По итогам финала Мария Петрова заняла первое место.",
            "Il Giro è stato vinto da Marco Bianchi nella tappa finale.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        // Still a private person's, with something personal around.
        assert_eq!(
            found("Can you deduct the laptop from the final paycheck of Marco Bianchi?"),
            ["Marco Bianchi"]
        );
    }

    #[test]
    fn joined_prepositions_are_not_part_of_a_name() {
        // Hebrew and Arabic join `to`, `and`, `in` to the next word.
        for (text, name) in [
            ("כתוב מייל לדנה כהן על ההחזר של הכסף.", "דנה כהן"),
            ("שלח הודעה ולמשה לוי על החוב.", "משה לוי"),
            (
                "اكتب رسالة اعتذار لسارة الأحمد عن تأخير الاسترداد.",
                "سارة الأحمد",
            ),
            ("أرسل التقرير للموظف خالد العمري عن راتبه.", "خالد العمري"),
            // A tatweel after the joined letter, before a title ("with the doctor").
            (
                "ملاحظة: تصريح العمل الخاص بـالدكتور سهيل بتروني ينتهي في مارس",
                "سهيل بتروني",
            ),
        ] {
            assert_eq!(found(text), [name], "{text}");
        }
        // A public cue with one joined (`בגמר`, "in the final"); a
        // preposition that starts like one and a name (`לגבי`, "regarding",
        // and Gabi); Persian, which writes them apart (`فرمان`, "wheel", is
        // no `ف` and `رمان`, "novel").
        assert!(found("בגמר הגביע הבקיע אורי כהן שני שערים.").is_empty());
        assert_eq!(
            found("ההחלטה לגבי המשכורת של יוסי לוי התקבלה."),
            ["יוסי לוי"]
        );
        assert_eq!(
            found("چون آن روز كوثر ظفری پشت فرمان بوده است، لطفا کمکم کن."),
            ["كوثر ظفری"]
        );
    }

    #[test]
    fn two_words_the_lexicon_lacks_are_a_name_with_something_personal_around() {
        assert_eq!(
            found("Rosalvo Tembé pediu o reembolso do aluguel atrasado."),
            ["Rosalvo Tembé"]
        );
        for text in [
            // Nothing personal around.
            "Rosalvo Tembé pediu o catálogo novo.",
            // English capitalises headings and things: its names have a
            // given name the lexicon knows.
            "The client asked for a refund after a Bad Request error.",
            // A label, a number's label, nouns, a particle between.
            "Uncaught Refund: the client's loan failed",
            "Teudat Zehut 902082920 für die Rückerstattung der Miete",
            "Development Support for the client's refund",
            "Justiça do Trabalho: o reembolso do aluguel atrasado",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn a_feminine_surname_has_its_masculine_ones_shape() {
        let mut buf = String::new();
        for word in [
            "Περουλάκη",
            "Γεωργιάδου",
            "Papadopoulou",
            "Charalambidou",
            // Greek of five letters too (`Τσάκης`); not Latin (`Novka`).
            "Τσάκη",
        ] {
            assert_ne!(flags(word, &mut buf) & SURNAME, 0, "{word}");
        }
        assert_eq!(masculine("τσακη"), ["τσακησ"]);
        assert!(masculine("stova").is_empty());
        // Yoruba and Igbo names by their morphemes and open syllables.
        for word in ["akinrinola", "ogunwobi", "oluwaseyi", "ezeugo", "chinwendu"] {
            assert_eq!(surname_shape(word), SURNAME, "{word}");
        }
        // Czech and Slovak `-ová` after a consonant, Lithuanian `-ienė`.
        for word in ["vankova", "horvathova", "petrauskiene", "kazlauskas"] {
            assert_eq!(surname_shape(word), SURNAME, "{word}");
        }
        for word in ["bioova", "moldova", "casanova", "gigabyte"] {
            assert_eq!(surname_shape(word), 0, "{word}");
        }
        for word in [
            "olympics",
            "adventure",
            "chicago",
            "obituary",
            "olive",
            "ugocrest",
        ] {
            assert_eq!(surname_shape(word), 0, "{word}");
        }
        assert_eq!(
            found("Η Κερασιά Περουλάκη ζήτησε άδεια για λόγους υγείας."),
            ["Κερασιά Περουλάκη"]
        );
    }

    #[test]
    fn not_names() {
        for text in [
            "Copyright 2019 Oksana Melnyk. All rights reserved.",
            "The novel's main character, Tomasz Wiśniewski, is a sailor.",
            "Meet me at Victoria Station.",
            "We visited the Jordan River.",
            "import os.Path; new HttpClient()",
            "Release Notes and Project Status",
            "permanent account number CSDLM5046G Thanks for the quick turnaround.",
            // In apposition to what someone is, with nothing personal around.
            "The sculptor Oksana Melnyk made the fountain in the square.",
            "Students still read the essays of the famous critic Oksana Melnyk.",
            "Dans le film, le détective Tomasz Wiśniewski enquête à Lyon.",
            "L'architetto Tomasz Wiśniewski progettò la piazza.",
            "لطفاً با مشتری به شماره +98 56 3406 2904 تماس بگیرید.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }
}

#[cfg(test)]
mod explain {
    /// `TIERGATE_NAMES='text' cargo test -p tiergate --lib explain -- --nocapture`
    /// prints what the recogniser finds and the lexicon flags of each word,
    /// in the text as the engine hands it over: normalised (dashes, spaces,
    /// dropped format characters), or this would hide what normalising does.
    #[test]
    fn explain() {
        let Ok(raw) = std::env::var("TIERGATE_NAMES") else {
            return;
        };
        let normalized = crate::detect::normalize::Normalized::new(&raw);
        let text = String::from_utf8(normalized.bytes.into_owned())
            .expect("normalising replaces whole characters");
        if text != raw {
            println!("normalised: {text}");
        }
        let mut buf = String::new();
        for line in text.lines() {
            let words: Vec<String> = super::tokens::words(line)
                .iter()
                .map(|w| {
                    format!(
                        "{}:{:?}:{}",
                        &line[w.start..w.end],
                        w.shape,
                        super::flags(&line[w.start..w.end], &mut buf)
                    )
                })
                .collect();
            let cues: Vec<String> = super::cues::cues()
                .find(line, &[(0, line.len())], &|| super::cues::is_persian(line))
                .iter()
                .map(|&(s, e, kind)| format!("{}:{kind:?}", &line[s..e]))
                .collect();
            println!(
                "{line}\n  words {words:?}\n  cues {cues:?}\n  names {:?}",
                super::names(line)
                    .iter()
                    .map(|&(s, e, k)| (&line[s..e], k))
                    .collect::<Vec<_>>()
            );
        }
        // Weak runs (score 0) too: name-shaped words only a matter makes names.
        let whole: Vec<_> = super::names_and_weak(&text, &[])
            .iter()
            .map(|&(s, e, k)| (&text[s..e], k))
            .collect();
        println!("whole text: {whole:?}");
    }
}
