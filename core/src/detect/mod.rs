//! The detector framework: detectors as data, compiled into one scanner.
//!
//! Two passes over the text say which patterns can match at all: one
//! multi-pattern [`RegexSet`] for the patterns without a literal prefix, and one
//! Aho-Corasick automaton for the literal prefixes of all others and for the
//! context words of the detectors that need context. Only the selected
//! patterns then run to find positions; encoded blobs are decoded once and
//! scanned again (see `decode`). Context words near a candidate are looked up
//! with a second automaton, only when a candidate uses context. Every regex is
//! linear-time.

mod decode;
mod national;
mod normalize;
mod validate;

pub use validate::{iban_mod97, luhn, verhoeff, Check, Validator};

use crate::engine::DetectorInfo;
use crate::error::Error;
use crate::policy::{DetectorSpec, Policy};
use crate::tier::Score;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use normalize::Normalized;
use regex::bytes::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};
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

    /// The compiled regex. The set that selected this pattern compiled it with
    /// the same limits, so compiling it alone cannot fail; if it ever did, the
    /// pattern would be skipped rather than panic.
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
    /// The patterns without a literal prefix, matched together in one pass.
    set: Option<RegexSet>,
    /// Pattern index of each member of `set`.
    set_members: Vec<usize>,
    /// One automaton, one pass, for everything else: the literal prefixes of
    /// the other patterns (`ghp_`, `AKIA`, `xoxb-`; a pattern runs only where
    /// one of its prefixes occurs), then the context words of the gated
    /// detectors. ASCII case-insensitive, so a prefix may select its pattern
    /// more often than needed, never less.
    selector: Option<AhoCorasick>,
    /// Pattern indices of each literal, in automaton order.
    prefix_owners: Vec<Vec<usize>>,
    /// Patterns of detectors that require context and have no literal prefix:
    /// they run only when one of their context words occurs in the text.
    gated: Vec<usize>,
    /// The word id of each gate word (automaton patterns after the literals).
    gate_ids: Vec<u32>,
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

fn compile(source: &str, path: &str) -> Result<Regex, Error> {
    RegexBuilder::new(source)
        .unicode(false)
        .size_limit(SIZE_LIMIT)
        .build()
        .map_err(|e| {
            Error::invalid(
                path,
                format!("cannot compile regex: {}", one_line(&e.to_string())),
            )
        })
}

/// The literals every match of `source` starts with, when there are few and
/// none is shorter than three bytes (else the pattern belongs in the regex set).
fn literal_prefixes(source: &str) -> Option<Vec<Vec<u8>>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let hir = regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(source)
        .ok()?;
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    let literals = seq.literals()?;
    if literals.is_empty() || literals.len() > 64 || literals.iter().any(|l| l.len() < 3) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
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
        let catalogue = crate::policy::builtin_catalogue();
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
            if !crate::policy::is_identifier(&id) {
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
        let mut literal_ids: BTreeMap<Vec<u8>, usize> = BTreeMap::new();
        let mut prefix_owners: Vec<Vec<usize>> = Vec::new();
        let mut gated = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            match literal_prefixes(&p.source) {
                Some(literals) => {
                    for lit in literals {
                        let next = prefix_owners.len();
                        let id = *literal_ids.entry(lit).or_insert(next);
                        if id == next {
                            prefix_owners.push(Vec::new());
                        }
                        if !prefix_owners[id].contains(&i) {
                            prefix_owners[id].push(i);
                        }
                    }
                }
                None if detectors[p.detector].requires_context => gated.push(i),
                None => set_members.push(i),
            }
        }
        let mut by_id: Vec<(&Vec<u8>, &usize)> = literal_ids.iter().collect();
        by_id.sort_by_key(|(_, id)| **id);
        let literals: Vec<Vec<u8>> = by_id.iter().map(|(lit, _)| (*lit).clone()).collect();
        let set = if set_members.is_empty() {
            None
        } else {
            let sources: Vec<&str> = set_members
                .iter()
                .map(|&i| patterns[i].source.as_str())
                .collect();
            Some(
                RegexSetBuilder::new(sources)
                    .unicode(false)
                    .size_limit(SIZE_LIMIT)
                    .dfa_size_limit(16 << 20)
                    .build()
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
        let selector = if literals.is_empty() && gate_ids.is_empty() {
            None
        } else {
            let words = gate_ids.iter().map(|&id| ordered[id as usize].0.as_bytes());
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(literals.iter().map(Vec::as_slice).chain(words))
                    .map_err(|e| {
                        Error::invalid("detectors", format!("cannot compile prefixes: {e}"))
                    })?,
            )
        };
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
        let mut selected: Vec<usize> = Vec::new();
        if let Some(set) = &self.set {
            selected.extend(set.matches(hay).iter().map(|i| self.set_members[i]));
        }
        if let Some(ac) = &self.selector {
            let literals = self.prefix_owners.len();
            let mut seen = vec![false; self.patterns.len()];
            let mut present: Vec<u32> = Vec::new();
            for m in ac.find_overlapping_iter(hay) {
                let id = m.pattern().as_usize();
                if id < literals {
                    for &pid in &self.prefix_owners[id] {
                        if !seen[pid] {
                            seen[pid] = true;
                            selected.push(pid);
                        }
                    }
                } else if is_word_at(hay, m.start(), m.end()) {
                    present.push(self.gate_ids[id - literals]);
                }
            }
            present.sort_unstable();
            present.dedup();
            selected.extend(self.gated.iter().copied().filter(|&pid| {
                let d = &self.detectors[self.patterns[pid].detector];
                d.context.iter().any(|w| present.binary_search(w).is_ok())
            }));
        }
        // Pattern order, as one set would report them: the result never
        // depends on which pass found a pattern.
        selected.sort_unstable();
        selected.dedup();
        {
            for pid in selected {
                let p = &self.patterns[pid];
                let push = |c: &mut Vec<Candidate>, s, e| {
                    if e > s {
                        c.push(Candidate {
                            detector: p.detector,
                            start: s,
                            end: e,
                            score: p.score,
                        });
                    }
                };
                let Some(regex) = p.regex() else { continue };
                if p.value_group {
                    for caps in regex.captures_iter(hay) {
                        if let Some(m) = caps.name("value") {
                            push(&mut candidates, m.start(), m.end());
                        }
                    }
                } else {
                    for m in regex.find_iter(hay) {
                        push(&mut candidates, m.start(), m.end());
                    }
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
            let body = regex::escape(w)
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

    #[test]
    fn snap() {
        let t = "aé b";
        assert_eq!(snap_to_chars(t, 2, 2), (1, 3));
        assert_eq!(snap_to_chars(t, 0, 99), (0, t.len()));
    }
}
