//! Compiling a scanner: the detectors resolved (`resolve`), their patterns
//! routed (`route`), then the automata built: the multi-pattern regex
//! searched near digits, the context-word automaton, the selector (literal
//! prefixes, gate words and inner literals in one Aho-Corasick automaton) and
//! the allowlists. Single patterns compile here too, eagerly or on first use.

use super::keywords::Keywords;
use super::resolve::{resolve, Resolved};
use super::route::Routes;
use super::scan::Candidate;
use super::Scanner;
use crate::error::Error;
use crate::policy::{self, Policy};
use crate::tier::Score;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex_automata::meta::{self, Regex};
use regex_automata::{Input, MatchKind as SetKind};
use regex_syntax::hir::Hir;
use std::sync::{Arc, OnceLock};

#[derive(Debug)]
pub(super) struct CompiledPattern {
    pub(super) detector: usize,
    pub(super) path: String,
    /// The source parsed once: routed, put in the set near digits and
    /// compiled from this, never parsed again (parsing every pattern three
    /// times was a fifth of building an engine).
    pub(super) hir: Arc<Hir>,
    /// Compiled when the policy is built for policy-written patterns (so errors
    /// surface there), on first use for the tested built-in catalogue.
    regex: OnceLock<Option<Regex>>,
    pub(super) score: Score,
    /// The pattern has a group named `value` that narrows the finding.
    pub(super) value_group: bool,
}

impl CompiledPattern {
    /// A pattern of `detector`, from the syntax tree the policy's
    /// [`policy::Pattern`] was parsed into when read.
    pub(super) fn new(
        detector: usize,
        source: &policy::Pattern,
        path: String,
        score: Score,
        eager: bool,
    ) -> Result<Self, Error> {
        let value_group =
            source.as_str().contains("(?P<value>") || source.as_str().contains("(?<value>");
        let hir = Arc::clone(source.hir());
        let regex = OnceLock::new();
        if eager {
            let _ = regex.set(Some(compile_hir(&hir, &path)?));
        }
        Ok(CompiledPattern {
            value_group,
            detector,
            path,
            hir,
            regex,
            score,
        })
    }

    /// Every match in `input`, leftmost-first and non-overlapping, as candidates.
    pub(super) fn find(&self, input: &Input<'_>, candidates: &mut Vec<Candidate>) {
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
    pub(super) fn push(&self, candidates: &mut Vec<Candidate>, start: usize, end: usize) {
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
    pub(super) fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| compile_hir(&self.hir, &self.path).ok())
            .as_ref()
    }
}

/// One limit for the set and each pattern, so a pattern that fits the set fits alone.
const SIZE_LIMIT: usize = 64 << 20;

/// A regex over bytes (Unicode off, so `\w` and `(?i)` are ASCII), which
/// also offers anchored searches.
pub(super) fn compile(source: &str, path: &str) -> Result<Regex, Error> {
    let hir = policy::parse_regex(source).map_err(|why| Error::invalid(path, why))?;
    compile_hir(&hir, path)
}

/// [`compile`] for a source already parsed (with the policy's syntax settings).
fn compile_hir(hir: &Hir, path: &str) -> Result<Regex, Error> {
    let config = meta::Config::new()
        .utf8_empty(false)
        .nfa_size_limit(Some(SIZE_LIMIT));
    Regex::builder()
        .configure(config)
        .build_from_hir(hir)
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

fn one_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .unwrap_or(s)
        .to_string()
}

impl Scanner {
    /// Resolves, routes and compiles the detectors of `policy`.
    pub(crate) fn build(policy: &Policy) -> Result<Scanner, Error> {
        let Resolved {
            detectors,
            patterns,
            keywords,
            words,
        } = resolve(policy)?;
        let keywords = Keywords::build(&keywords)?;
        // A pattern whose score is below its detector's threshold reports only
        // with a context word's boost: it is gated like a detector that
        // requires context (the phone numbers written without a trunk prefix).
        let routes = Routes::plan(patterns.iter().map(|p| {
            let d = &detectors[p.detector];
            (
                &*p.hir,
                d.requires_context || p.score < d.min_score,
                !d.nearby.is_empty(),
            )
        }));
        // Patterns of detectors that need another finding nearby (HR terms
        // need a person) are searched only around those findings.
        let near_findings: Vec<usize> = (0..patterns.len())
            .filter(|&i| !detectors[patterns[i].detector].nearby.is_empty())
            .collect();
        let set = near_digits_set(&routes.near_digits, &patterns)?;
        // The context words in id order: the patterns of the context automaton.
        let mut ordered: Vec<(&String, &u32)> = words.iter().collect();
        ordered.sort_by_key(|(_, id)| **id);
        let words: Vec<&str> = ordered.iter().map(|(w, _)| w.as_str()).collect();
        let acronyms = words
            .iter()
            .map(|w| is_acronym(w).then(|| w.as_bytes().into()))
            .collect();
        let context = if words.is_empty() {
            None
        } else {
            Some(automaton(words.iter().map(|w| w.as_bytes())).map_err(|e| {
                Error::invalid("detectors", format!("cannot compile context words: {e}"))
            })?)
        };
        // Only the gated detectors' words decide gating: fewer common words to report.
        let mut gate_ids: Vec<u32> = routes
            .gated
            .iter()
            .flat_map(|&i| detectors[patterns[i].detector].context.iter().copied())
            .collect();
        gate_ids.sort_unstable();
        gate_ids.dedup();
        let selector = if routes.prefixes.literals.is_empty()
            && gate_ids.is_empty()
            && routes.inner.literals.is_empty()
        {
            None
        } else {
            let prefixes = routes.prefixes.literals.iter().map(Vec::as_slice);
            let gates = gate_ids.iter().map(|&id| words[id as usize].as_bytes());
            let inner = routes.inner.literals.iter().map(Vec::as_slice);
            Some(automaton(prefixes.chain(gates).chain(inner)).map_err(|e| {
                Error::invalid("detectors", format!("cannot compile prefixes: {e}"))
            })?)
        };
        let allow_patterns = policy
            .allowlist
            .patterns
            .iter()
            .enumerate()
            .map(|(i, p)| compile(p.as_str(), &format!("allowlist.patterns[{i}]")))
            .collect::<Result<_, _>>()?;
        let people = detectors
            .iter()
            .position(|d| d.info.id == "person_name" && !d.info.custom);
        if people.is_some() {
            super::people::prepare();
        }
        let email = detectors
            .iter()
            .position(|d| d.info.id == "email" && !d.info.custom);
        let after_name_patterns = routes
            .gated
            .iter()
            .filter(|&&pid| detectors[patterns[pid].detector].after_name)
            .filter_map(|&pid| Some((pid, patterns[pid].hir.properties().maximum_len()?)))
            .collect();
        let scanner = Scanner {
            after_name: detectors.iter().any(|d| d.after_name),
            after_name_patterns,
            near_findings,
            keywords,
            people,
            email,
            detectors,
            patterns,
            set,
            set_members: routes.near_digits,
            reach: routes.reach,
            alone: routes.alone,
            inner_owners: routes.inner.owners,
            selector,
            prefix_owners: routes.prefixes.owners,
            gated: routes.gated,
            gate_ids,
            context,
            acronyms,
            window: policy.settings.context_window,
            boost: i16::from(policy.settings.context_boost.hundredths()),
            allow_values: policy
                .allowlist
                .values
                .iter()
                .map(|v| v.as_bytes().to_vec())
                .collect(),
            allow_patterns,
        };
        Ok(scanner)
    }

    /// Scans every detector's example once, discarding the result: see
    /// [`crate::Engine::warm_up`].
    pub(crate) fn warm_up(&self) {
        // Patterns that run on every text, and those searched near other
        // findings, are compiled here rather than inside a first check. A
        // one-shot command skips it: a text without a person never needs
        // the patterns searched near people.
        for &i in self.alone.iter().chain(&self.near_findings) {
            self.patterns[i].regex();
        }
        let examples: Vec<&str> = self
            .detectors
            .iter()
            .filter_map(|d| d.info.example.as_deref())
            .collect();
        let _ = self.scan(&examples.join("\n"));
    }
}

/// The patterns searched near digits as one multi-pattern regex (reporting
/// which members match, not where: each member then runs alone in the window).
fn near_digits_set(
    members: &[usize],
    patterns: &[CompiledPattern],
) -> Result<Option<Regex>, Error> {
    if members.is_empty() {
        return Ok(None);
    }
    let hirs: Vec<&Hir> = members.iter().map(|&i| &*patterns[i].hir).collect();
    Regex::builder()
        .configure(
            meta::Config::new()
                .match_kind(SetKind::All)
                .utf8_empty(false)
                .which_captures(regex_automata::nfa::thompson::WhichCaptures::None)
                .nfa_size_limit(Some(SIZE_LIMIT))
                .hybrid_cache_capacity(16 << 20),
        )
        .build_many_from_hir(&hirs)
        .map(Some)
        .map_err(|e| {
            Error::invalid(
                "detectors",
                format!("cannot compile detectors: {}", one_line(&e.to_string())),
            )
        })
}

/// A context word of two to five capital letters (`NIE`, `SIN`): an
/// acronym, matched only as written.
pub(super) fn is_acronym(word: &str) -> bool {
    (2..=5).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// An ASCII case-insensitive automaton reporting every occurrence of `needles`.
fn automaton<'a>(
    needles: impl Iterator<Item = &'a [u8]>,
) -> Result<AhoCorasick, aho_corasick::BuildError> {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(needles)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_pattern_compiles_on_its_own() {
        let scanner = Scanner::build(&Policy::builtin()).unwrap();
        for p in &scanner.patterns {
            assert!(p.regex().is_some(), "{} does not compile", p.path);
        }
        assert!(scanner.patterns.len() > 60);
    }

    /// A pattern searched over whole texts builds its lazy DFA's states in
    /// one cache (2 MiB, as the meta regex's); if they outgrow it the cache is
    /// cleared again and again, and the search runs several times slower (a
    /// word bounded to 25 letters, `{0,24}`, made the address pattern 5 times
    /// slower). On the accuracy texts, none is cleared.
    #[test]
    fn no_pattern_run_over_whole_texts_outgrows_its_cache() {
        use regex_automata::hybrid::dfa::DFA;
        use regex_automata::nfa::thompson;
        let scanner = Scanner::build(&Policy::builtin()).unwrap();
        let texts = crate::detect::accuracy_texts();
        let mut whole: Vec<usize> = scanner.alone.clone();
        whole.extend(scanner.inner_owners.iter().flatten());
        // Gated patterns of unbounded length run over the whole text too.
        whole.extend(scanner.gated.iter().filter(|&&pid| {
            scanner.patterns[pid]
                .hir
                .properties()
                .maximum_len()
                .is_none()
        }));
        whole.sort_unstable();
        whole.dedup();
        assert!(whole.len() > 10);
        let mut outgrown = Vec::new();
        for pid in whole {
            let p = &scanner.patterns[pid];
            let nfa = thompson::Compiler::new()
                .configure(thompson::Config::new().utf8(false))
                .build_from_hir(&p.hir)
                .unwrap();
            let dfa = DFA::builder().build_from_nfa(nfa).unwrap();
            let mut cache = dfa.create_cache();
            for text in &texts {
                let mut at = 0;
                while at < text.len() {
                    let input = Input::new(text).range(at..);
                    match dfa.try_search_fwd(&mut cache, &input).unwrap() {
                        Some(m) => at = m.offset().max(at + 1),
                        None => break,
                    }
                }
            }
            if cache.clear_count() > 0 {
                outgrown.push((p.path.as_str(), cache.clear_count()));
            }
        }
        assert!(outgrown.is_empty(), "caches cleared: {outgrown:?}");
    }
}
