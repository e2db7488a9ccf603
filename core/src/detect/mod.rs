//! The detector framework: detectors as data, compiled into one scanner.
//!
//! Each pattern is routed, when the scanner is built, to the cheapest search
//! that still finds all its matches (see [`Route`](route::Route)):
//!
//! - one Aho-Corasick pass over the text finds the literal prefixes patterns
//!   start with (`ghp_`, `AKIA`, `(?i)secret`), the literals others contain
//!   (`.corp`, `-us`), and the context words that gate context-only patterns;
//!   a prefixed pattern is then tried anchored at each of its prefixes, the
//!   others run over the text only if one of their literals or words occurs;
//! - the patterns made of digits (national IDs, cards, phones) share one
//!   multi-pattern regex, searched only in the windows around digits;
//! - the few left run alone, on their own literal prefilters;
//! - keyword lists (phrases, thousands of them) are one more Aho-Corasick
//!   automaton, searched over a case-folded copy of the text (`keywords`);
//! - names of people are found by the recogniser in `people` (a lexicon,
//!   word shapes and the words around them), for the built-in `person_name`.
//!
//! No pattern with long repetitions shares a lazy DFA with others: such a set
//! multiplies states until its cache thrashes on varied text (a tenfold
//! slowdown, measured by the `varied` benchmark). Encoded blobs are decoded
//! once and scanned again (see `decode`). Context words near a candidate are
//! looked up with a second automaton, only when a candidate uses context.
//! Every regex is linear-time.

mod catalogue;
mod compile;
mod decode;
mod keywords;
mod normalize;
pub(crate) mod people;
mod resolve;
mod route;
mod scan;

use crate::tier::{Score, Tier};
use crate::validate::Validator;
use aho_corasick::AhoCorasick;
use compile::CompiledPattern;
use regex_automata::meta::Regex;
use std::collections::HashSet;

/// Whether the byte at `i` of `hay` ends a sentence: `.`, `!`, `?`, `;`, a
/// line break, or the first byte of the ideographic full stop `。`. One
/// definition for every "same sentence" the scanner and the name
/// recogniser ask about.
pub(crate) fn ends_sentence(hay: &[u8], i: usize) -> bool {
    match hay.get(i) {
        Some(b'.' | b'!' | b'?' | b'\n' | b';') => true,
        Some(0xE3) => hay.get(i + 1..i + 3) == Some(&[0x80, 0x82]),
        _ => false,
    }
}

/// Public facts about one compiled detector (for listings and UIs).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct DetectorInfo {
    /// Detector id.
    pub id: String,
    /// Human name.
    pub name: String,
    /// Category.
    pub category: String,
    /// Tier of its findings.
    pub tier: Tier,
    /// Placeholder label.
    pub label: String,
    /// Regulation tags.
    pub regulations: Vec<String>,
    /// Whether its findings can be redacted.
    pub redactable: bool,
    /// Defined by the policy rather than the built-in catalogue.
    pub custom: bool,
    /// The checksum or shape check its matches must pass (`luhn`, `token`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validator: Option<Validator>,
    /// Words near a match that raise its score.
    pub context: Vec<String>,
    /// Matches count only with one of the context words nearby.
    pub requires_context: bool,
    /// Matches count only with a finding of one of these detectors nearby.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub requires_nearby: Vec<String>,
    /// A person's name (or e-mail address) written just before a match counts as a context word.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub context_after_name: bool,
    /// A short text it finds (documentation).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

/// A detector after merging the catalogue with the policy, ready to run.
#[derive(Debug)]
pub(crate) struct Detector {
    pub(crate) info: DetectorInfo,
    validator: Option<Validator>,
    context: Vec<u32>,
    negative: Vec<u32>,
    requires_context: bool,
    /// A name (or an e-mail address) just before a match counts as a
    /// context word (`context_after_name`).
    after_name: bool,
    /// Indices of the detectors one of whose findings must be within
    /// `nearby_window` bytes (empty: no such condition).
    nearby: Vec<usize>,
    nearby_window: usize,
    min_score: Score,
    allow: HashSet<Vec<u8>>,
    allow_patterns: Vec<Regex>,
    /// Written for this organisation (a policy's own detector, or one made
    /// from its `[organisation]` table): wins a tie with a built-in one.
    own: bool,
}

/// All detectors of an engine, compiled once.
#[derive(Debug)]
pub(crate) struct Scanner {
    pub(crate) detectors: Vec<Detector>,
    patterns: Vec<CompiledPattern>,
    /// The patterns routed [`Route::NearDigits`](route::Route::NearDigits), matched together in the
    /// windows around digits.
    set: Option<Regex>,
    /// Pattern index of each member of `set`.
    set_members: Vec<usize>,
    /// The longest match of any member of `set`: how far from a digit one can reach.
    reach: usize,
    /// Patterns routed [`Route::Alone`](route::Route::Alone).
    alone: Vec<usize>,
    /// One automaton, one pass: the literal prefixes of [`Route::Prefix`](route::Route::Prefix)
    /// patterns, then the context words of [`Route::Gated`](route::Route::Gated) ones, then the
    /// literals of [`Route::Inner`](route::Route::Inner) ones. ASCII case-insensitive, so a literal
    /// may select its pattern more often than needed, never less.
    selector: Option<AhoCorasick>,
    /// Pattern indices of each prefix literal, in automaton order.
    prefix_owners: Vec<Vec<usize>>,
    /// Patterns routed [`Route::Gated`](route::Route::Gated).
    gated: Vec<usize>,
    /// The word id of each gate word (automaton patterns after the prefixes).
    gate_ids: Vec<u32>,
    /// Pattern indices of each inner literal (automaton patterns after the
    /// gate words).
    inner_owners: Vec<Vec<usize>>,
    context: Option<AhoCorasick>,
    /// The words written in capitals (`NIE`, `DNI`), by word id: acronyms,
    /// which count only as written (Polish `nie` is "not", `dni` "days").
    acronyms: Vec<Option<Box<[u8]>>>,
    window: usize,
    boost: i16,
    allow_values: HashSet<Vec<u8>>,
    allow_patterns: Vec<Regex>,
    /// The built-in `person_name` detector, if enabled: the name recogniser
    /// (`people`) reports its findings.
    people: Option<usize>,
    /// The built-in `email` detector, if enabled: an address just before a
    /// number is its owner's, as a name is (`context_after_name`).
    email: Option<usize>,
    /// Patterns of detectors with `requires_nearby`: searched only within
    /// their window around the matches of the detectors they need.
    near_findings: Vec<usize>,
    /// Every detector's keyword list, in one automaton.
    keywords: keywords::Keywords,
    /// Whether a detector's context includes a name just before a match
    /// (`context_after_name`).
    after_name: bool,
    /// The gated patterns of those detectors, with their longest match:
    /// searched after names as around context words.
    after_name_patterns: Vec<(usize, usize)>,
}

/// The texts of the accuracy set (`tests/accuracy/cases.jsonl`), for tests
/// that need many real texts.
#[cfg(test)]
fn accuracy_texts() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/accuracy/cases.jsonl");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}
