//! The detector framework: detectors as data, compiled into one scanner.
//!
//! Each pattern is routed, when the scanner is built, to the cheapest search
//! that still finds all its matches (see [`Route`]):
//!
//! - one Aho-Corasick pass over the text finds the literal prefixes patterns
//!   start with (`ghp_`, `AKIA`, `(?i)secret`), the literals others contain
//!   (`.corp`, `-us`), and the context words that gate context-only patterns;
//!   a prefixed pattern is then tried anchored at each of its prefixes, the
//!   others run over the text only if one of their literals or words occurs;
//! - the patterns made of digits (national IDs, cards, phones) share one
//!   multi-pattern regex, searched only in the windows around digits;
//! - the few left run alone, on their own literal prefilters.
//!
//! No pattern with long repetitions shares a lazy DFA with others: such a set
//! multiplies states until its cache thrashes on varied text (a tenfold
//! slowdown, measured by the `varied` benchmark). Encoded blobs are decoded
//! once and scanned again (see `decode`). Context words near a candidate are
//! looked up with a second automaton, only when a candidate uses context.
//! Every regex is linear-time.

mod catalogue;
mod decode;
mod normalize;

use crate::engine::DetectorInfo;
use crate::error::Error;
use crate::policy::{self, DetectorSpec, Policy};
use crate::tier::Score;
use crate::validate::{self, Check, Validator};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use normalize::Normalized;
use regex_automata::meta::{self, Regex};
use regex_automata::{Anchored, Input, MatchKind as SetKind, PatternSet};
use regex_syntax::hir::Hir;
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// A detector after merging the catalogue with the policy, ready to run.
#[derive(Debug)]
pub(crate) struct Detector {
    pub info: DetectorInfo,
    validator: Option<Validator>,
    context: Vec<u32>,
    negative: Vec<u32>,
    requires_context: bool,
    min_score: Score,
    allow: HashSet<Vec<u8>>,
    allow_patterns: Vec<Regex>,
}

#[derive(Debug)]
struct CompiledPattern {
    detector: usize,
    source: String,
    path: String,
    /// Compiled when the policy is built for policy-written patterns (so errors
    /// surface there), on first use for the tested built-in catalogue.
    regex: OnceLock<Option<Regex>>,
    score: Score,
    /// The pattern has a group named `value` that narrows the finding.
    value_group: bool,
}

impl CompiledPattern {
    fn new(
        detector: usize,
        source: String,
        path: String,
        score: Score,
        eager: bool,
    ) -> Result<Self, Error> {
        let regex = OnceLock::new();
        if eager {
            let _ = regex.set(Some(compile(&source, &path)?));
        }
        let value_group = source.contains("(?P<value>") || source.contains("(?<value>");
        Ok(CompiledPattern {
            value_group,
            detector,
            source,
            path,
            regex,
            score,
        })
    }

    /// Every match in `input`, leftmost-first and non-overlapping, as candidates.
    fn find(&self, input: &Input<'_>, candidates: &mut Vec<Candidate>) {
        let Some(regex) = self.regex() else { return };
        if self.value_group {
            for caps in regex.captures_iter(input.clone()) {
                if let Some(v) = caps.get_group_by_name("value") {
                    self.push(candidates, v.start, v.end);
                }
            }
        } else {
            for m in regex.find_iter(input.clone()) {
                self.push(candidates, m.start(), m.end());
            }
        }
    }

    /// Records a non-empty match as a candidate of this pattern's detector.
    fn push(&self, candidates: &mut Vec<Candidate>, start: usize, end: usize) {
        if end > start {
            candidates.push(Candidate {
                detector: self.detector,
                start,
                end,
                score: self.score,
            });
        }
    }

    /// The compiled regex. The policy's syntax check and the set (for the
    /// patterns near digits) use the same parser and limits, so compiling it
    /// alone cannot fail; if it ever did, the pattern would be skipped rather
    /// than panic.
    fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| compile(&self.source, &self.path).ok())
            .as_ref()
    }
}

/// All detectors of an engine, compiled once.
#[derive(Debug)]
pub(crate) struct Scanner {
    pub detectors: Vec<Detector>,
    patterns: Vec<CompiledPattern>,
    /// The patterns routed [`Route::NearDigits`], matched together in the
    /// windows around digits.
    set: Option<Regex>,
    /// Pattern index of each member of `set`.
    set_members: Vec<usize>,
    /// The longest match of any member of `set`: how far from a digit one can reach.
    reach: usize,
    /// Patterns routed [`Route::Alone`].
    alone: Vec<usize>,
    /// One automaton, one pass: the literal prefixes of [`Route::Prefix`]
    /// patterns, then the context words of [`Route::Gated`] ones, then the
    /// literals of [`Route::Inner`] ones. ASCII case-insensitive, so a literal
    /// may select its pattern more often than needed, never less.
    selector: Option<AhoCorasick>,
    /// Pattern indices of each prefix literal, in automaton order.
    prefix_owners: Vec<Vec<usize>>,
    /// Patterns routed [`Route::Gated`].
    gated: Vec<usize>,
    /// The word id of each gate word (automaton patterns after the prefixes).
    gate_ids: Vec<u32>,
    /// Pattern indices of each inner literal (automaton patterns after the
    /// gate words).
    inner_owners: Vec<Vec<usize>>,
    context: Option<AhoCorasick>,
    window: usize,
    boost: i16,
    allow_values: HashSet<Vec<u8>>,
    allow_patterns: Vec<Regex>,
}

/// A match before scoring.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    detector: usize,
    start: usize,
    end: usize,
    score: Score,
}

/// An accepted match in the caller's byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub detector: usize,
    pub start: usize,
    pub end: usize,
    pub score: Score,
}

/// One limit for the set and each pattern, so a pattern that fits the set fits alone.
const SIZE_LIMIT: usize = 64 << 20;

/// A regex over bytes (Unicode off, so `\w` and `(?i)` are ASCII), which
/// also offers anchored searches.
fn compile(source: &str, path: &str) -> Result<Regex, Error> {
    Regex::builder()
        .syntax(policy::regex_syntax())
        .configure(
            meta::Config::new()
                .utf8_empty(false)
                .nfa_size_limit(Some(SIZE_LIMIT)),
        )
        .build(source)
        .map_err(|e| {
            let why = match (e.syntax_error(), e.size_limit()) {
                (Some(syntax), _) => syntax.to_string(),
                (None, Some(limit)) => {
                    format!("compiled regex exceeds the size limit of {limit} bytes")
                }
                (None, None) => e.to_string(),
            };
            Error::invalid(path, format!("cannot compile regex: {}", one_line(&why)))
        })
}

/// The pattern's syntax tree, parsed as `compile` parses it.
fn parse(source: &str) -> Option<Hir> {
    policy::parse_regex(source).ok()
}

/// Longest match of a pattern searched near digits (longer ones run alone).
const MAX_REACH: usize = 128;

/// How a pattern's matches are found.
#[derive(Debug, PartialEq)]
enum Route {
    /// Anchored at each occurrence of one of these literals, which every match
    /// starts with.
    Prefix(Vec<Vec<u8>>),
    /// Over the whole text, when one of the detector's context words occurs.
    Gated,
    /// Over the whole text, when one of these literals (which every match
    /// contains) occurs.
    Inner(Vec<Vec<u8>>),
    /// In the shared set, only near digits: every match contains a digit and is
    /// at most this long.
    NearDigits(usize),
    /// Over the whole text, with the regex's own prefilter if it has one.
    Alone,
}

fn route(hir: &Hir, requires_context: bool) -> Route {
    let hir = &fold_ascii_case(hir);
    if let Some(literals) = literal_prefixes(hir).and_then(telling) {
        return Route::Prefix(literals);
    }
    if requires_context {
        return Route::Gated;
    }
    if let Some(literals) = inner_literals(hir) {
        return Route::Inner(literals);
    }
    match hir.properties().maximum_len() {
        Some(len) if len <= MAX_REACH && needs_digit(hir) => Route::NearDigits(len),
        _ => Route::Alone,
    }
}

/// The literals, if each has a byte other than a digit: digit runs are common
/// in text, and patterns made of them are searched near digits anyway.
fn telling(literals: Vec<Vec<u8>>) -> Option<Vec<Vec<u8>>> {
    literals
        .iter()
        .all(|l| !l.iter().all(u8::is_ascii_digit))
        .then_some(literals)
}

/// Whether every match of `hir` contains an ASCII digit.
fn needs_digit(hir: &Hir) -> bool {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Literal(literal) => literal.0.iter().any(u8::is_ascii_digit),
        HirKind::Class(Class::Bytes(class)) => class
            .ranges()
            .iter()
            .all(|r| r.start().is_ascii_digit() && r.end().is_ascii_digit()),
        HirKind::Class(Class::Unicode(class)) => class
            .ranges()
            .iter()
            .all(|r| r.start().is_ascii_digit() && r.end().is_ascii_digit()),
        HirKind::Concat(subs) => subs.iter().any(needs_digit),
        HirKind::Alternation(subs) => subs.iter().all(needs_digit),
        HirKind::Repetition(rep) => rep.min > 0 && needs_digit(&rep.sub),
        HirKind::Capture(capture) => needs_digit(&capture.sub),
        HirKind::Empty | HirKind::Look(_) => false,
    }
}

/// The offsets of the ASCII digits in `hay`, in order. Most text has few:
/// whole 64-byte chunks are ruled out without a branch per byte (this form
/// vectorises).
fn digit_offsets(hay: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const CHUNK: usize = 64;
    hay.chunks(CHUNK)
        .enumerate()
        .filter(|(_, chunk)| chunk.iter().fold(false, |any, b| any | b.is_ascii_digit()))
        .flat_map(|(c, chunk)| {
            chunk
                .iter()
                .enumerate()
                .filter(|(_, b)| b.is_ascii_digit())
                .map(move |(i, _)| c * CHUNK + i)
        })
}

/// The spans within `reach` bytes of a digit, merged, in order.
fn digit_windows(hay: &[u8], reach: usize) -> Vec<std::ops::Range<usize>> {
    let mut windows: Vec<std::ops::Range<usize>> = Vec::new();
    for at in digit_offsets(hay) {
        let (start, end) = (at.saturating_sub(reach), (at + 1 + reach).min(hay.len()));
        match windows.last_mut() {
            Some(last) if start <= last.end => last.end = end,
            _ => windows.push(start..end),
        }
    }
    windows
}

/// The literals every match starts with, when there are few and none is
/// shorter than three bytes (else the pattern is routed otherwise).
/// ASCII letters are lowercased: the selector ignores ASCII case. `hir` comes
/// through `fold_ascii_case`.
fn literal_prefixes(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.len() < 3) {
        return None;
    }
    // Classes multiply literals (`for\s+` is six spellings of `for`), and
    // shorter prefixes select the same matches: the literals are cut to the
    // longest length that leaves few.
    let cut = |n: usize| {
        let mut cut: Vec<Vec<u8>> = literals
            .iter()
            .map(|l| l.as_bytes()[..l.len().min(n)].to_ascii_lowercase())
            .collect();
        cut.sort_unstable();
        cut.dedup();
        // A literal that extends another one selects nothing more.
        let mut kept: Vec<Vec<u8>> = Vec::with_capacity(cut.len());
        for l in cut {
            if !kept.last().is_some_and(|k| l.starts_with(k)) {
                kept.push(l);
            }
        }
        kept
    };
    (3..=16)
        .rev()
        .map(cut)
        .find(|literals| literals.len() <= 64)
}

/// Literals one of which every match contains (not necessarily at its start),
/// each with a byte that is not a digit: a branch's prefixes, or the prefixes
/// of the tail of the pattern's top-level sequence whose shortest literal is
/// longest.
fn inner_literals(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::HirKind;
    fn flatten<'h>(hir: &'h Hir, out: &mut Vec<&'h Hir>) {
        match hir.kind() {
            HirKind::Concat(subs) => subs.iter().for_each(|s| flatten(s, out)),
            HirKind::Capture(capture) => flatten(&capture.sub, out),
            _ => out.push(hir),
        }
    }
    if let HirKind::Alternation(branches) = hir.kind() {
        let mut all = Vec::new();
        for branch in branches {
            all.extend(
                literal_prefixes(branch)
                    .and_then(telling)
                    .or_else(|| inner_literals(branch))?,
            );
        }
        all.sort_unstable();
        all.dedup();
        return Some(all);
    }
    let mut atoms = Vec::new();
    flatten(hir, &mut atoms);
    if atoms.len() == 1 && !std::ptr::eq(atoms[0], hir) {
        return inner_literals(atoms[0]);
    }
    // A tail can only start with literals where its first atom does.
    let starts_with_literals = |atom: &Hir| {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        Extractor::new()
            .kind(ExtractKind::Prefix)
            .extract(atom)
            .is_finite()
    };
    (1..atoms.len())
        .filter(|&k| starts_with_literals(atoms[k]))
        .filter_map(|k| {
            literal_prefixes(&Hir::concat(
                atoms[k..].iter().map(|&h| h.clone()).collect(),
            ))
        })
        .filter_map(telling)
        .max_by_key(|literals| literals.iter().map(Vec::len).min())
}

/// `hir` with every two-letter case class (`[Kk]`, what `(?i)k` becomes) made
/// the lowercase letter, so literal extraction sees `(?i)secret` as one
/// literal rather than 64 spellings.
fn fold_ascii_case(hir: &Hir) -> Hir {
    use regex_syntax::hir::{Capture, Class, HirKind, Repetition};
    match hir.kind() {
        HirKind::Class(Class::Bytes(class)) => match class.ranges() {
            [a, b]
                if a.start() == a.end()
                    && b.start() == b.end()
                    && a.start().is_ascii_uppercase()
                    && b.start() == a.start().to_ascii_lowercase() =>
            {
                Hir::literal([b.start()])
            }
            _ => hir.clone(),
        },
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(fold_ascii_case).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(fold_ascii_case).collect()),
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            sub: Box::new(fold_ascii_case(&rep.sub)),
            ..rep.clone()
        }),
        HirKind::Capture(cap) => Hir::capture(Capture {
            sub: Box::new(fold_ascii_case(&cap.sub)),
            ..cap.clone()
        }),
        _ => hir.clone(),
    }
}

fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .unwrap_or(s)
        .to_string()
}

fn lower(words: &[String]) -> impl Iterator<Item = String> + '_ {
    words.iter().map(|w| w.to_lowercase())
}

impl Scanner {
    pub(crate) fn build(policy: &Policy) -> Result<Scanner, Error> {
        let catalogue = catalogue::builtin_catalogue();
        let mut specs: BTreeMap<String, (DetectorSpec, bool)> = BTreeMap::new();
        if policy.settings.builtin_detectors {
            for (id, spec) in &catalogue.detectors {
                specs.insert(id.clone(), (spec.clone(), false));
            }
        }
        for (id, over) in &policy.detectors {
            match specs.remove(id) {
                Some((base, custom)) => specs.insert(id.clone(), (base.merged(over), custom)),
                None => specs.insert(id.clone(), (over.clone(), true)),
            };
        }

        // Context words of all detectors share one automaton; ids index `words`.
        let mut words: BTreeMap<String, u32> = BTreeMap::new();
        let mut word_id = |w: String| {
            let next = words.len() as u32;
            *words.entry(w).or_insert(next)
        };

        let mut detectors = Vec::new();
        let mut patterns = Vec::new();
        for (id, (spec, custom)) in specs {
            if spec.enabled == Some(false) {
                continue;
            }
            let path = format!("detectors.{id}");
            if !policy::is_identifier(&id) {
                return Err(Error::invalid(
                    &path,
                    format!("detector id `{id}` must be lowercase letters, digits, `-` or `_`"),
                ));
            }
            let category_name = spec.category.clone().ok_or_else(|| {
                Error::invalid(&path, format!("custom detector `{id}` needs a `category`"))
            })?;
            let category = policy.categories.get(&category_name).ok_or_else(|| {
                Error::invalid(
                    format!("{path}.category"),
                    format!(
                        "unknown category `{category_name}` (defined: {})",
                        policy
                            .categories
                            .keys()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
            })?;
            let regulations = spec
                .regulations
                .clone()
                .unwrap_or_else(|| category.regulations.clone());
            // Tags the policy wrote must be defined (typos); tags that come with the
            // built-in catalogue stay plain tags when the policy does not define them.
            let tags_from_catalogue = !custom
                && spec.regulations.is_some()
                && policy
                    .detectors
                    .get(&id)
                    .is_none_or(|o| o.regulations.is_none());
            if !tags_from_catalogue {
                policy.check_regulations(&regulations, &format!("{path}.regulations"))?;
            }
            let label = spec
                .label
                .clone()
                .unwrap_or_else(|| id.to_ascii_uppercase().replace('-', "_"));
            if label.is_empty()
                || !label
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
            {
                return Err(Error::invalid(
                    format!("{path}.label"),
                    format!("label `{label}` must be uppercase letters, digits or `_`"),
                ));
            }
            let pattern_specs = spec.patterns.clone().unwrap_or_default();
            let keywords = spec.keywords.clone().unwrap_or_default();
            if pattern_specs.is_empty() && keywords.is_empty() {
                return Err(Error::invalid(
                    &path,
                    format!("detector `{id}` needs `patterns` or `keywords`"),
                ));
            }
            let context = spec.context.clone().unwrap_or_default();
            let requires_context = spec.requires_context.unwrap_or(false);
            if requires_context && context.is_empty() {
                return Err(Error::invalid(
                    &path,
                    format!("detector `{id}` has requires_context but no `context` words"),
                ));
            }
            let index = detectors.len();
            let base = spec.score.unwrap_or(Score::from_hundredths(50));
            // Patterns the policy wrote are compiled now, so their errors surface here.
            let eager = custom
                || policy
                    .detectors
                    .get(&id)
                    .is_some_and(|o| o.patterns.is_some() || o.keywords.is_some());
            for (i, p) in pattern_specs.iter().enumerate() {
                patterns.push(CompiledPattern::new(
                    index,
                    p.regex.as_str().to_string(),
                    format!("{path}.patterns[{i}]"),
                    p.score.unwrap_or(base),
                    eager,
                )?);
            }
            if !keywords.is_empty() {
                if keywords.iter().any(|k| k.trim().is_empty()) {
                    return Err(Error::invalid(
                        format!("{path}.keywords"),
                        "keywords must not be empty",
                    ));
                }
                let source = keyword_regex(&keywords, spec.case_sensitive.unwrap_or(false));
                patterns.push(CompiledPattern::new(
                    index,
                    source,
                    format!("{path}.keywords"),
                    base,
                    eager,
                )?);
            }
            let mut ids = |ws: Option<&Vec<String>>| -> Vec<u32> {
                let mut v: Vec<u32> = ws
                    .map(|w| lower(w).map(&mut word_id).collect())
                    .unwrap_or_default();
                v.sort_unstable();
                v.dedup();
                v
            };
            let context_ids = ids(Some(&context));
            let negative_ids = ids(spec.negative_context.as_ref());
            let allow_patterns = spec
                .allow_patterns
                .iter()
                .flatten()
                .enumerate()
                .map(|(i, p)| compile(p.as_str(), &format!("{path}.allow_patterns[{i}]")))
                .collect::<Result<_, _>>()?;
            detectors.push(Detector {
                info: DetectorInfo {
                    name: spec.name.clone().unwrap_or_else(|| id.clone()),
                    category: category_name,
                    tier: spec.tier.unwrap_or(category.tier),
                    label,
                    regulations,
                    redactable: spec.redactable.unwrap_or(category.redactable),
                    custom,
                    validator: spec.validator,
                    context: context.clone(),
                    requires_context,
                    example: spec.example.clone(),
                    id,
                },
                validator: spec.validator,
                context: context_ids,
                negative: negative_ids,
                requires_context,
                min_score: spec.min_score.unwrap_or(policy.settings.min_score),
                allow: spec
                    .allow
                    .iter()
                    .flatten()
                    .map(|a| a.as_bytes().to_vec())
                    .collect(),
                allow_patterns,
            });
        }

        // Patterns whose every match starts with one of a few literals are
        // found through those literals; the rest share the regex set. A set of
        // hundreds of token shapes with long counted repetitions makes a lazy
        // DFA whose cache thrashes; literals keep it small and the breadth cheap.
        let mut set_members = Vec::new();
        let mut alone = Vec::new();
        let mut literal_ids: BTreeMap<Vec<u8>, usize> = BTreeMap::new();
        let mut prefix_owners: Vec<Vec<usize>> = Vec::new();
        let mut inner_ids: BTreeMap<Vec<u8>, usize> = BTreeMap::new();
        let mut inner_owners: Vec<Vec<usize>> = Vec::new();
        let mut gated = Vec::new();
        let mut reach = 0;
        for (i, p) in patterns.iter().enumerate() {
            // Unparsable patterns fail to compile below, with the parser's message.
            let hir = parse(&p.source).unwrap_or_else(Hir::empty);
            let (owners, ids, literals) = match route(&hir, detectors[p.detector].requires_context)
            {
                Route::Prefix(literals) => (&mut prefix_owners, &mut literal_ids, literals),
                Route::Inner(literals) => (&mut inner_owners, &mut inner_ids, literals),
                Route::Gated => {
                    gated.push(i);
                    continue;
                }
                Route::NearDigits(len) => {
                    reach = reach.max(len);
                    set_members.push(i);
                    continue;
                }
                Route::Alone => {
                    alone.push(i);
                    continue;
                }
            };
            for lit in literals {
                let next = owners.len();
                let id = *ids.entry(lit).or_insert(next);
                if id == next {
                    owners.push(Vec::new());
                }
                if !owners[id].contains(&i) {
                    owners[id].push(i);
                }
            }
        }
        let mut by_id: Vec<(&Vec<u8>, &usize)> = literal_ids.iter().collect();
        by_id.sort_by_key(|(_, id)| **id);
        let literals: Vec<Vec<u8>> = by_id.iter().map(|(lit, _)| (*lit).clone()).collect();
        let mut inner_by_id: Vec<(&Vec<u8>, &usize)> = inner_ids.iter().collect();
        inner_by_id.sort_by_key(|(_, id)| **id);
        let set = if set_members.is_empty() {
            None
        } else {
            let sources: Vec<&str> = set_members
                .iter()
                .map(|&i| patterns[i].source.as_str())
                .collect();
            Some(
                Regex::builder()
                    .syntax(policy::regex_syntax())
                    .configure(
                        meta::Config::new()
                            .match_kind(SetKind::All)
                            .utf8_empty(false)
                            .which_captures(regex_automata::nfa::thompson::WhichCaptures::None)
                            .nfa_size_limit(Some(SIZE_LIMIT))
                            .hybrid_cache_capacity(16 << 20),
                    )
                    .build_many(&sources)
                    .map_err(|e| {
                        Error::invalid(
                            "detectors",
                            format!("cannot compile detectors: {}", one_line(&e.to_string())),
                        )
                    })?,
            )
        };
        let mut ordered: Vec<(&String, &u32)> = words.iter().collect();
        ordered.sort_by_key(|(_, id)| **id);
        let context = if ordered.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(ordered.iter().map(|(w, _)| w.as_str()))
                    .map_err(|e| {
                        Error::invalid("detectors", format!("cannot compile context words: {e}"))
                    })?,
            )
        };
        // Only the gated detectors' words decide gating: fewer common words to report.
        let mut gate_ids: Vec<u32> = gated
            .iter()
            .flat_map(|&i| detectors[patterns[i].detector].context.iter().copied())
            .collect();
        gate_ids.sort_unstable();
        gate_ids.dedup();
        let selector = if literals.is_empty() && gate_ids.is_empty() && inner_by_id.is_empty() {
            None
        } else {
            let words = gate_ids.iter().map(|&id| ordered[id as usize].0.as_bytes());
            let inner = inner_by_id.iter().map(|(lit, _)| lit.as_slice());
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(literals.iter().map(Vec::as_slice).chain(words).chain(inner))
                    .map_err(|e| {
                        Error::invalid("detectors", format!("cannot compile prefixes: {e}"))
                    })?,
            )
        };
        // Patterns that run on every text are compiled with the engine, not
        // inside the first check (which a module host meters with fuel).
        for &i in &alone {
            patterns[i].regex();
        }
        let allow_patterns = policy
            .allowlist
            .patterns
            .iter()
            .enumerate()
            .map(|(i, p)| compile(p.as_str(), &format!("allowlist.patterns[{i}]")))
            .collect::<Result<_, _>>()?;
        Ok(Scanner {
            detectors,
            patterns,
            set,
            set_members,
            reach,
            alone,
            inner_owners,
            selector,
            prefix_owners,
            gated,
            gate_ids,
            context,
            window: policy.settings.context_window,
            boost: i16::from(policy.settings.context_boost.hundredths()),
            allow_values: policy
                .allowlist
                .values
                .iter()
                .map(|v| v.as_bytes().to_vec())
                .collect(),
            allow_patterns,
        })
    }

    /// Finds every accepted match, in the caller's byte offsets, sorted by position.
    pub(crate) fn scan(&self, text: &str) -> Vec<Hit> {
        let norm = Normalized::new(text);
        let hay: &[u8] = &norm.bytes;
        let mut accepted = self.accept(hay);
        // Encoded blobs are scanned once more, decoded; what they hide is
        // reported at the blob's place in the text.
        for blob in decode::blobs(hay) {
            accepted.extend(self.accept(&blob.text).into_iter().map(|c| {
                let (start, end) = blob.span(c.start, c.end);
                Candidate { start, end, ..c }
            }));
        }
        if accepted.is_empty() {
            return Vec::new();
        }
        resolve_overlaps(accepted, &self.detectors)
            .into_iter()
            .map(|c| {
                let (s, e) = norm.original_span(c.start, c.end);
                let (s, e) = snap_to_chars(text, s, e);
                Hit {
                    detector: c.detector,
                    start: s,
                    end: e,
                    score: c.score,
                }
            })
            .collect()
    }

    /// The matches in `hay` that pass validation, allowlists and context.
    fn accept(&self, hay: &[u8]) -> Vec<Candidate> {
        let mut candidates = Vec::new();
        // Patterns that run over the whole text, and (pattern, start) pairs of
        // prefixed patterns, each tried only where one of its prefixes is.
        let mut whole: Vec<usize> = self.alone.clone();
        let mut starts: Vec<(usize, usize)> = Vec::new();
        if let Some(set) = &self.set {
            // Every member's matches contain a digit and are at most `reach`
            // long, so they lie inside the windows around digits; each window
            // runs the members it matches, over just the window.
            let mut which = PatternSet::new(set.pattern_len());
            for window in digit_windows(hay, self.reach) {
                let input = Input::new(hay).span(window.clone());
                which.clear();
                set.which_overlapping_matches(&input, &mut which);
                for i in which.iter() {
                    self.patterns[self.set_members[i]].find(&input, &mut candidates);
                }
            }
        }
        if let Some(ac) = &self.selector {
            let literals = self.prefix_owners.len();
            let words = literals + self.gate_ids.len();
            let mut present: Vec<u32> = Vec::new();
            let mut inner_seen = vec![false; self.inner_owners.len()];
            for m in ac.find_overlapping_iter(hay) {
                let id = m.pattern().as_usize();
                if id < literals {
                    starts.extend(self.prefix_owners[id].iter().map(|&pid| (pid, m.start())));
                } else if id >= words {
                    inner_seen[id - words] = true;
                } else if is_word_at(hay, m.start(), m.end()) {
                    present.push(self.gate_ids[id - literals]);
                }
            }
            for (owners, _) in self
                .inner_owners
                .iter()
                .zip(&inner_seen)
                .filter(|(_, &seen)| seen)
            {
                whole.extend(owners);
            }
            present.sort_unstable();
            present.dedup();
            whole.extend(self.gated.iter().copied().filter(|&pid| {
                let d = &self.detectors[self.patterns[pid].detector];
                d.context.iter().any(|w| present.binary_search(w).is_ok())
            }));
        }
        whole.sort_unstable();
        whole.dedup();
        for pid in whole {
            self.patterns[pid].find(&Input::new(hay), &mut candidates);
        }
        // Leftmost-first and non-overlapping per pattern, as a search over the
        // whole text would report them: a start inside the last match is skipped.
        starts.sort_unstable();
        starts.dedup();
        for group in starts.chunk_by(|a, b| a.0 == b.0) {
            let p = &self.patterns[group[0].0];
            let Some(regex) = p.regex() else { continue };
            let mut caps = regex.create_captures();
            let mut covered = 0;
            for &(_, start) in group {
                if start < covered {
                    continue;
                }
                let input = Input::new(hay)
                    .span(start..hay.len())
                    .anchored(Anchored::Yes);
                if p.value_group {
                    regex.search_captures(&input, &mut caps);
                    if let (Some(m), Some(v)) = (caps.get_match(), caps.get_group_by_name("value"))
                    {
                        covered = m.end();
                        p.push(&mut candidates, v.start, v.end);
                    }
                } else if let Some(m) = regex.search(&input) {
                    covered = m.end();
                    p.push(&mut candidates, m.start(), m.end());
                }
            }
        }
        if candidates.is_empty() {
            return Vec::new();
        }

        let hits = self.context_hits(hay, &candidates);
        candidates
            .into_iter()
            .filter_map(|c| self.judge(hay, &hits, c))
            .collect()
    }

    /// Context word occurrences `(word id, start, end)`, sorted by start, whole
    /// words only, searched only in the windows around candidates that use context.
    fn context_hits(&self, hay: &[u8], candidates: &[Candidate]) -> Vec<(u32, usize, usize)> {
        let Some(ac) = &self.context else {
            return Vec::new();
        };
        let mut windows: Vec<(usize, usize)> = candidates
            .iter()
            .filter(|c| {
                let d = &self.detectors[c.detector];
                !d.context.is_empty() || !d.negative.is_empty()
            })
            .map(|c| {
                let from = c.start.saturating_sub(self.window);
                (from, c.end.saturating_add(self.window).min(hay.len()))
            })
            .collect();
        windows.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(windows.len());
        for (s, e) in windows {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        let mut hits = Vec::new();
        for (s, e) in merged {
            let input = aho_corasick::Input::new(hay).span(s..e);
            hits.extend(
                ac.find_overlapping_iter(input)
                    .filter(|m| is_word_at(hay, m.start(), m.end()))
                    .map(|m| (m.pattern().as_u32(), m.start(), m.end())),
            );
        }
        // Overlapping matches come in order of their end; the search below needs starts.
        hits.sort_unstable_by_key(|h| (h.1, h.2, h.0));
        hits
    }

    /// Applies allowlists, the validator and context to a candidate.
    fn judge(
        &self,
        hay: &[u8],
        hits: &[(u32, usize, usize)],
        mut c: Candidate,
    ) -> Option<Candidate> {
        let d = &self.detectors[c.detector];
        if validate::inside_longer_dotted_number(hay, c.start, c.end) {
            return None;
        }
        if let Some(v) = d.validator {
            match v.check_in(hay, c.start, c.end) {
                Check::Reject => return None,
                Check::Accept => {}
                Check::Trim(n) => c.end = c.start + n,
            }
        }
        let value = &hay[c.start..c.end];
        let compact: Vec<u8> = if d.allow.is_empty() && self.allow_values.is_empty() {
            Vec::new()
        } else {
            value
                .iter()
                .copied()
                .filter(|b| !matches!(b, b' ' | b'-'))
                .collect()
        };
        let listed = |set: &HashSet<Vec<u8>>| set.contains(value) || set.contains(&compact);
        if listed(&d.allow)
            || listed(&self.allow_values)
            || d.allow_patterns
                .iter()
                .chain(&self.allow_patterns)
                .any(|r| r.is_match(value))
        {
            return None;
        }
        let near = |words: &[u32]| {
            if words.is_empty() {
                return false;
            }
            let from = c.start.saturating_sub(self.window);
            let to = c.end.saturating_add(self.window);
            let first = hits.partition_point(|h| h.1 < from);
            hits[first..]
                .iter()
                .take_while(|h| h.1 < to)
                .any(|h| h.2 <= to && words.binary_search(&h.0).is_ok())
        };
        if near(&d.context) {
            c.score = c.score.add(self.boost);
        } else if d.requires_context {
            return None;
        }
        if near(&d.negative) {
            c.score = c.score.add(-self.boost);
        }
        (c.score >= d.min_score).then_some(c)
    }
}

/// A keyword list as one regex: longest first (so a phrase wins over its
/// prefix), whole words where a keyword starts or ends with a letter or digit,
/// and any run of whitespace where the keyword has a space.
fn keyword_regex(words: &[String], case_sensitive: bool) -> String {
    let mut words: Vec<&str> = words.iter().map(|w| w.trim()).collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    let edge = |b: Option<u8>| {
        if b.is_some_and(|b| b.is_ascii_alphanumeric()) {
            r"\b"
        } else {
            ""
        }
    };
    let alternatives: Vec<String> = words
        .iter()
        .map(|w| {
            let body = regex_syntax::escape(w)
                .split(' ')
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(r"\s+");
            format!("{}{body}{}", edge(w.bytes().next()), edge(w.bytes().last()))
        })
        .collect();
    format!(
        "{}(?:{})",
        if case_sensitive { "" } else { "(?i)" },
        alternatives.join("|")
    )
}

/// Whether `hay[start..end]` is not glued to letters or digits on either side.
fn is_word_at(hay: &[u8], start: usize, end: usize) -> bool {
    // `_` counts as part of a word: `ND_IOCTL_CALL` does not contain the word "call".
    let alnum = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let edge_ok = |inner: Option<&u8>, outer: Option<&u8>| match (inner, outer) {
        (Some(&i), Some(&o)) => !(alnum(i) && alnum(o)),
        _ => true,
    };
    edge_ok(
        hay.get(start),
        start.checked_sub(1).and_then(|i| hay.get(i)),
    ) && edge_ok(end.checked_sub(1).and_then(|i| hay.get(i)), hay.get(end))
}

/// Keeps the most important of overlapping matches: higher tier, then higher
/// score, then longer, then earlier, then detector order. Deterministic.
fn resolve_overlaps(mut cands: Vec<Candidate>, detectors: &[Detector]) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        let (da, db) = (&detectors[a.detector], &detectors[b.detector]);
        db.info
            .tier
            .cmp(&da.info.tier)
            .then(b.score.cmp(&a.score))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
            .then(a.detector.cmp(&b.detector))
    });
    // Accepted spans keyed by start; neighbours tell whether a new span overlaps.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut kept = Vec::new();
    for c in cands {
        let before = taken
            .range(..=c.start)
            .next_back()
            .is_some_and(|(_, &e)| e > c.start);
        let after = taken
            .range(c.start..)
            .next()
            .is_some_and(|(&s, _)| s < c.end);
        if !before && !after {
            taken.insert(c.start, c.end);
            kept.push(c);
        }
    }
    kept.sort_by_key(|c| (c.start, c.end, c.detector));
    kept
}

/// Widens a span to character boundaries (a byte-level match may end inside one).
fn snap_to_chars(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    e = e.min(text.len());
    s = s.min(e);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    while !text.is_char_boundary(e) {
        e += 1;
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_edges() {
        assert!(is_word_at(b"a ssn b", 2, 5));
        assert!(!is_word_at(b"a xssn b", 3, 6));
        assert!(!is_word_at(b"using", 1, 4));
        assert!(is_word_at(b"ss# 1", 0, 3));
        assert!(!is_word_at(b"ND_IOCTL_CALL", 9, 13));
    }

    #[test]
    fn every_builtin_pattern_compiles_on_its_own() {
        let scanner = Scanner::build(&Policy::builtin()).unwrap();
        for p in &scanner.patterns {
            assert!(p.regex().is_some(), "{} does not compile", p.path);
        }
        assert!(scanner.patterns.len() > 60);
    }

    /// What `accept` must equal: every pattern searched over the whole text,
    /// with no selection at all, then judged.
    fn accept_everything(scanner: &Scanner, hay: &[u8]) -> Vec<(usize, usize, usize, Score)> {
        let mut candidates = Vec::new();
        for p in &scanner.patterns {
            p.find(&Input::new(hay), &mut candidates);
        }
        let hits = scanner.context_hits(hay, &candidates);
        let mut accepted: Vec<_> = candidates
            .into_iter()
            .filter_map(|c| scanner.judge(hay, &hits, c))
            .map(|c| (c.detector, c.start, c.end, c.score))
            .collect();
        accepted.sort_unstable();
        accepted
    }

    fn accepted(scanner: &Scanner, hay: &[u8]) -> Vec<(usize, usize, usize, Score)> {
        let mut accepted: Vec<_> = scanner
            .accept(hay)
            .into_iter()
            .map(|c| (c.detector, c.start, c.end, c.score))
            .collect();
        accepted.sort_unstable();
        accepted
    }

    /// The selection (literal prefixes, inner literals, gate words, windows
    /// around digits) only saves work: on the labelled accuracy texts, one by
    /// one and glued together, it finds exactly what searching every pattern
    /// everywhere finds.
    #[test]
    fn selection_finds_what_searching_everything_finds() {
        let scanner = Scanner::build(&Policy::builtin()).unwrap();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/accuracy/cases.jsonl");
        let texts: Vec<String> = std::fs::read_to_string(path)
            .unwrap()
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).unwrap()["text"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert!(texts.len() > 2000);
        let mut found = 0;
        // Every third text alone keeps the debug-mode run short; the glued
        // blocks cover the rest, with matches near each other's windows.
        for text in texts.iter().step_by(3) {
            let want = accept_everything(&scanner, text.as_bytes());
            assert_eq!(accepted(&scanner, text.as_bytes()), want, "{text:?}");
            found += want.len();
        }
        for block in texts.chunks(40) {
            let glued = block.join("\n");
            let want = accept_everything(&scanner, glued.as_bytes());
            assert_eq!(accepted(&scanner, glued.as_bytes()), want);
            found += want.len();
        }
        assert!(found > 2000, "{found}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// The same on texts made of pieces that start, extend and cut across
        /// matches: prefixes without a token, digit runs, keywords, encodings.
        #[test]
        fn selection_is_exact_on_fragments(pieces in proptest::collection::vec(0usize..FRAGMENTS.len(), 0..40)) {
            let scanner = scanner();
            let text: String = pieces.iter().map(|&i| FRAGMENTS[i]).collect();
            proptest::prop_assert_eq!(accepted(scanner, text.as_bytes()), accept_everything(scanner, text.as_bytes()));
        }
    }

    const FRAGMENTS: &[&str] = &[
        " ",
        "\n",
        "-",
        ".",
        ":",
        "=",
        "@",
        "%40",
        "/",
        "_",
        "0",
        "7",
        "42",
        "123",
        "4111",
        "2024-11-02",
        "536-90-4399",
        "4539 1488 0343 6467",
        "+44 20 7183 9264",
        "10.1.2.3",
        "81.2.69.160",
        "ghp_",
        "ghp_0123456789abcdefghijABCDEFGHIJ012345",
        "AKIA",
        "AKIAIOSFODNN7EXAMPLE",
        "xoxb-",
        "sk-ant-",
        "for",
        "for internal use only",
        "INTERNAL USE ONLY",
        "secret",
        "password",
        "api_key = ",
        "S3cr3tPw9xQ",
        "jane.roe",
        "acme.io",
        "db1.prod.corp",
        "postgres://svc:pw@",
        "Spoke with",
        " Maria ",
        "Garcia",
        "patient",
        "ssn",
        "account",
        "IBAN DE89 3704 0044 0532 0130 00",
        "GB82WEST12345698765432",
        "SECRET",
        "(S)",
        "CUI",
        "cGFzc3dvcmQ6IGh1bnRlcjI=",
        "Q~",
        "-us12",
        "a3f5c1e29b7d4e6f8a0b1c2d3e4f5a6b",
        "Datadog",
        "Calle Mayor 5",
        "Hauptstraße 12, 10115 Berlin",
    ];

    fn scanner() -> &'static Scanner {
        static SCANNER: OnceLock<Scanner> = OnceLock::new();
        SCANNER.get_or_init(|| Scanner::build(&Policy::builtin()).unwrap())
    }

    #[test]
    fn routes() {
        let route_of =
            |source: &str, requires_context| route(&parse(source).unwrap(), requires_context);
        let lits = |l: &[&str]| l.iter().map(|s| s.as_bytes().to_vec()).collect::<Vec<_>>();
        // Literal prefixes, lowercased; a literal extending another is dropped.
        assert_eq!(
            route_of(r"\bgh[pousr]_[A-Za-z0-9]{36}\b", false),
            Route::Prefix(lits(&["gho_", "ghp_", "ghr_", "ghs_", "ghu_"]))
        );
        assert_eq!(
            route_of(r"(?i)\bsecret\s+key\b", false),
            Route::Prefix(lits(&[
                "secret\t",
                "secret\n",
                "secret\x0b",
                "secret\x0c",
                "secret\r",
                "secret "
            ]))
        );
        assert_eq!(
            route_of(r"\b(?:Pwd|pwdsecret)\b", false),
            Route::Prefix(lits(&["pwd"]))
        );
        // Context first, where there is no prefix.
        assert_eq!(route_of(r"\b[a-f0-9]{32}\b", true), Route::Gated);
        // A literal inside, with something other than digits.
        assert_eq!(
            route_of(r"\b[a-f0-9]{32}-us\d{1,2}\b", false),
            Route::Inner((0..10).map(|d| format!("-us{d}").into_bytes()).collect())
        );
        assert_eq!(
            route_of(r"[A-Z]{2}SECRET|\(TS\)", false),
            Route::Inner(lits(&["(ts)", "secret"]))
        );
        // Digits, bounded: searched near digits.
        assert_eq!(
            route_of(r"\b\d{3}-\d{2}-\d{4}\b", false),
            Route::NearDigits(11)
        );
        assert_eq!(
            route_of(r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])\b", false),
            Route::NearDigits(6)
        );
        // Unbounded, or no digit needed: alone.
        assert_eq!(route_of(r"\b\d+\b", false), Route::Alone);
        assert_eq!(
            route_of(r"(?i)\b[a-z0-9.]{1,20}@[a-z]+\.[a-z]{2,}", false),
            Route::Alone
        );
    }

    #[test]
    fn digits_are_found_only_where_they_must_be() {
        let yes = |s: &str| needs_digit(&parse(s).unwrap());
        assert!(yes(r"\d"));
        assert!(yes(r"[0-9]{2}"));
        assert!(yes(r"abc1"));
        assert!(yes(r"(?:\d|x7)"));
        assert!(!yes(r"\d?"));
        assert!(!yes(r"[0-9a-f]{32}"));
        assert!(!yes(r"\d|x"));
        assert!(!yes(r"\b"));
    }

    #[test]
    fn windows_around_digits() {
        assert!(digit_windows(b"no digits here", 4).is_empty());
        assert_eq!(digit_windows(b"ab1cd", 1), vec![1..4]);
        assert_eq!(digit_windows(b"1", 10), vec![0..1]);
        // Close digits merge; far ones do not.
        let text = format!("7{}8{}9", " ".repeat(3), " ".repeat(100));
        assert_eq!(digit_windows(text.as_bytes(), 2), vec![0..7, 103..106]);
        // Across the 64-byte chunks of the scan.
        let text = format!("{}5{}", "x".repeat(63), "x".repeat(70));
        assert_eq!(digit_windows(text.as_bytes(), 3), vec![60..67]);
    }

    #[test]
    fn snap() {
        let t = "aé b";
        assert_eq!(snap_to_chars(t, 2, 2), (1, 3));
        assert_eq!(snap_to_chars(t, 0, 99), (0, t.len()));
    }
}
