//! Scanning: the selected searches over one text, each candidate judged
//! (validator, allowlists, context), overlaps resolved, spans mapped back to
//! the caller's text.

use super::normalize::Normalized;
use super::{decode, Detector, Scanner};
use crate::tier::Score;
use crate::validate::{self, Check};
use regex_automata::{Anchored, Input, PatternSet};
use std::collections::{BTreeMap, HashSet};

/// A match before scoring.
#[derive(Clone, Copy, Debug)]
pub(super) struct Candidate {
    pub(super) detector: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) score: Score,
}

/// An accepted match in the caller's byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub detector: usize,
    pub start: usize,
    pub end: usize,
    pub score: Score,
}

/// The offsets of the ASCII digits in `hay`, in order. Most text has few:
/// whole 64-byte chunks are ruled out without a branch per byte (this form
/// vectorises).
pub(super) fn digit_offsets(hay: &[u8]) -> impl Iterator<Item = usize> + '_ {
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

impl Scanner {
    /// Finds every accepted match, in the caller's byte offsets, sorted by position.
    pub(crate) fn scan(&self, text: &str) -> Vec<Hit> {
        let norm = Normalized::new(text);
        let hay: &[u8] = &norm.bytes;
        let mut accepted = self.accept(hay);
        // Encoded blobs are scanned once more, decoded and normalised like
        // the text; what they hide is reported at the blob's place in the text.
        for blob in decode::blobs(hay) {
            let Ok(decoded) = std::str::from_utf8(&blob.text) else {
                continue;
            };
            let inner = Normalized::new(decoded);
            accepted.extend(self.accept(&inner.bytes).into_iter().map(|c| {
                let (start, end) = inner.original_span(c.start, c.end);
                let (start, end) = blob.span(start, end);
                Candidate { start, end, ..c }
            }));
        }
        self.keep_supported(&mut accepted);
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
        // The spans each gated pattern of a `context_after_name` detector
        // was searched in, around its context words.
        let mut searched: Vec<(usize, Vec<(usize, usize)>)> = Vec::new();
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
            // The context words of gated detectors, as (word, start, end).
            let mut gates: Vec<(u32, usize, usize)> = Vec::new();
            let mut inner_seen = vec![false; self.inner_owners.len()];
            for m in ac.find_overlapping_iter(hay) {
                let id = m.pattern().as_usize();
                if id < literals {
                    starts.extend(self.prefix_owners[id].iter().map(|&pid| (pid, m.start())));
                } else if id >= words {
                    inner_seen[id - words] = true;
                } else if is_context_word_at(hay, m.start(), m.end())
                    && self.as_written(hay, self.gate_ids[id - literals], m.start(), m.end())
                {
                    gates.push((self.gate_ids[id - literals], m.start(), m.end()));
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
            for &pid in &self.gated {
                let p = &self.patterns[pid];
                let d = &self.detectors[p.detector];
                let mut near = gates
                    .iter()
                    .filter(|g| d.context.binary_search(&g.0).is_ok())
                    .peekable();
                if near.peek().is_none() {
                    continue;
                }
                // A gated match counts only with one of its words in the
                // context window, so a pattern of bounded length is searched
                // only around them (as much again either side, for a search
                // that resumes after an earlier match); it ran over the whole
                // text, which a long blob full of short words made slow.
                match p.hir.properties().maximum_len() {
                    Some(len) => {
                        let reach = self.window + 2 * len;
                        let spans = merge_spans(
                            near.map(|&(_, s, e)| {
                                (s.saturating_sub(reach), (e + reach).min(hay.len()))
                            })
                            .collect(),
                        );
                        for &(s, e) in &spans {
                            p.find(&Input::new(hay).span(s..e), &mut candidates);
                        }
                        if d.after_name {
                            searched.push((pid, spans));
                        }
                    }
                    None => whole.push(pid),
                }
            }
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
        // Keyword matches of detectors that need another finding nearby
        // wait for those findings.
        let (keywords, pairs) = self.keyword_matches(hay);
        let (near_keywords, keywords): (Vec<Candidate>, Vec<Candidate>) = keywords
            .into_iter()
            .partition(|c| !self.detectors[c.detector].nearby.is_empty());
        candidates.extend(keywords);
        let text = std::str::from_utf8(hay).ok();
        let weak_people = self.recognise_people(text, &mut candidates, &near_keywords);
        let names = self.names_before(text, &candidates);
        if let Some(names) = &names {
            self.find_after_names(hay, names, &searched, &mut candidates);
        }
        self.find_near_findings(hay, &mut candidates, near_keywords, &weak_people, &pairs);
        if candidates.is_empty() {
            return Vec::new();
        }

        // Context is looked for only around what the validators admit.
        let admitted: Vec<Candidate> = candidates
            .into_iter()
            .filter_map(|c| self.admit(hay, c))
            .collect();
        let hits = self.context_hits(hay, &admitted);
        admitted
            .into_iter()
            .filter_map(|c| self.judge(hay, &hits, names.as_ref(), c))
            .collect()
    }

    /// The names in `hay` for detectors whose context includes a name just
    /// before a match (`context_after_name`); `None` if no detector's does.
    fn names_before<'a>(
        &self,
        text: Option<&'a str>,
        candidates: &[Candidate],
    ) -> Option<NamesBefore<'a>> {
        if !self.after_name {
            return None;
        }
        let text = text?;
        let mut ends: Vec<usize> = candidates
            .iter()
            .filter(|c| {
                Some(c.detector) == self.people && c.score >= self.detectors[c.detector].min_score
            })
            .map(|c| c.end)
            .collect();
        ends.sort_unstable();
        // Only addresses the e-mail detector keeps (not `noreply@`, not
        // `example.com`).
        let mut emails: Vec<usize> = candidates
            .iter()
            .filter(|c| Some(c.detector) == self.email)
            .filter_map(|&c| self.admit(text.as_bytes(), c))
            .filter(|c| c.score >= self.detectors[c.detector].min_score)
            .map(|c| c.end)
            .collect();
        emails.sort_unstable();
        Some(NamesBefore { text, ends, emails })
    }

    /// Searches the gated patterns of detectors with `context_after_name`
    /// just after each name (`Ana: 964 766 143`), as they are searched
    /// around their context words: such a match needs no other word nearby.
    fn find_after_names(
        &self,
        hay: &[u8],
        names: &NamesBefore<'_>,
        searched: &[(usize, Vec<(usize, usize)>)],
        candidates: &mut Vec<Candidate>,
    ) {
        if self.after_name_patterns.is_empty() {
            return;
        }
        // A match that fits in a span searched around a context word, with
        // room before it for a search that resumes, was found there.
        // The spans are merged and sorted: only the last to start at or
        // before `start` can hold it (a linear look made digit-heavy text
        // with many context words quadratic).
        let covered = |pid: usize, len: usize, start: usize| {
            searched.iter().any(|(p, spans)| {
                let i = spans.partition_point(|&(s, _)| s <= start);
                *p == pid && i > 0 && spans[i - 1].0 + len <= start && start + len <= spans[i - 1].1
            })
        };
        // Where a number may start: a digit, or the `(` or `+` before one,
        // after a space or a separator, with seven digits within reach (no
        // plan has shorter numbers), a name before it.
        let digits = |i: usize| {
            hay[i..(i + 20).min(hay.len())]
                .iter()
                .filter(|b| b.is_ascii_digit())
                .count()
        };
        let mut spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.after_name_patterns.len()];
        // The first digit of each run of digits.
        let mut next = 0;
        while let Some(at) = hay[next..]
            .iter()
            .position(u8::is_ascii_digit)
            .map(|i| next + i)
        {
            next = hay[at..]
                .iter()
                .position(|b| !b.is_ascii_digit())
                .map_or(hay.len(), |i| at + i);
            let start = match at.checked_sub(1).map(|i| hay[i]) {
                Some(b'(' | b'+') => at - 1,
                _ => at,
            };
            let after = start.checked_sub(1).map(|i| hay[i]);
            if !matches!(
                after,
                Some(b' ' | b':' | b',' | b';' | b'|' | b'(' | b'-' | b'\n')
            ) || digits(start) < 7
            {
                continue;
            }
            let mut named = None;
            for (k, &(pid, len)) in self.after_name_patterns.iter().enumerate() {
                if !covered(pid, len, start)
                    && *named.get_or_insert_with(|| names.before(start, None))
                {
                    spans[k].push((start, (start + len).min(hay.len())));
                }
            }
        }
        if spans.iter().all(Vec::is_empty) {
            return;
        }
        // Found already near a context word: the same pattern's match (a
        // gated pattern's score is its own below its detector's threshold).
        let known: HashSet<(usize, usize, usize, Score)> = candidates
            .iter()
            .map(|c| (c.detector, c.start, c.end, c.score))
            .collect();
        let mut found = Vec::new();
        for (&(pid, _), spans) in self.after_name_patterns.iter().zip(spans) {
            for (s, e) in merge_spans(spans) {
                self.patterns[pid].find(&Input::new(hay).span(s..e), &mut found);
            }
        }
        candidates.extend(
            found
                .into_iter()
                .filter(|c| !known.contains(&(c.detector, c.start, c.end, c.score))),
        );
    }

    /// Every keyword match, the paired ones only with a partner
    /// ([`pair_up`]), and the spans of those paired ones, sorted: a pair of
    /// ambiguous words supports no weak name on its own.
    fn keyword_matches(&self, hay: &[u8]) -> (Vec<Candidate>, Vec<(usize, usize, usize)>) {
        let mut keywords = Vec::new();
        let mut paired = Vec::new();
        self.keywords.find(hay, &mut keywords, &mut paired);
        let paired = pair_up(hay, &keywords, paired);
        let mut pairs: Vec<(usize, usize, usize)> = paired
            .iter()
            .map(|c| (c.start, c.end, c.detector))
            .collect();
        pairs.sort_unstable();
        keywords.extend(paired);
        (keywords, pairs)
    }

    /// Searches the patterns of detectors with `requires_nearby` only in the
    /// windows around the candidates of the detectors they need, and keeps
    /// their keyword matches (`keywords`) in those windows: a match anywhere
    /// else could never be kept ([`Scanner::keep_supported`]).
    ///
    /// A weak name (`weak`: name-shaped words the recogniser would not report
    /// alone) in the same sentence as such a match, with no other support,
    /// becomes a name: a personnel matter is about a person.
    fn find_near_findings(
        &self,
        hay: &[u8],
        candidates: &mut Vec<Candidate>,
        keywords: Vec<Candidate>,
        weak: &[(usize, usize)],
        pairs: &[(usize, usize, usize)],
    ) {
        let mut found = Vec::new();
        let mut near: Vec<usize> = self
            .near_findings
            .iter()
            .map(|&pid| self.patterns[pid].detector)
            .chain(keywords.iter().map(|c| c.detector))
            .collect();
        near.sort_unstable();
        near.dedup();
        for detector in near {
            let d = &self.detectors[detector];
            let weak = match self.people {
                Some(people) if d.nearby.contains(&people) => weak,
                _ => &[],
            };
            // Room for a whole match that only reaches into the window.
            let reach = d.nearby_window + NEAR_FINDINGS_MATCH;
            let windows = merge_spans(
                candidates
                    .iter()
                    .filter(|c| d.nearby.contains(&c.detector))
                    .map(|c| (c.start, c.end))
                    .chain(weak.iter().copied())
                    .map(|(s, e)| {
                        (
                            s.saturating_sub(reach),
                            e.saturating_add(reach).min(hay.len()),
                        )
                    })
                    .collect(),
            );
            for &pid in &self.near_findings {
                if self.patterns[pid].detector == detector {
                    for &(s, e) in &windows {
                        self.patterns[pid].find(&Input::new(hay).span(s..e), &mut found);
                    }
                }
            }
            found.extend(keywords.iter().filter(|c| {
                c.detector == detector && windows.iter().any(|&(s, e)| s <= c.start && c.end <= e)
            }));
        }
        let promoting: Vec<Candidate> = found
            .iter()
            .filter(|c| pairs.binary_search(&(c.start, c.end, c.detector)).is_err())
            .copied()
            .collect();
        let promoted = self.promote_weak(hay, candidates, &promoting, weak);
        // Windows overlap across patterns only in the same pattern's runs,
        // which `merge_spans` already joined; a match is found once.
        candidates.extend(found);
        candidates.extend(promoted);
    }

    /// The weak names that become names: one in the same sentence as a match
    /// of a detector that needs a person nearby (`found`), when no candidate
    /// (`candidates`) of the detectors it needs is within its window.
    fn promote_weak(
        &self,
        hay: &[u8],
        candidates: &[Candidate],
        found: &[Candidate],
        weak: &[(usize, usize)],
    ) -> Vec<Candidate> {
        let Some(people) = self.people else {
            return Vec::new();
        };
        if weak.is_empty() {
            return Vec::new();
        }
        let mut promoted: Vec<(usize, usize)> = found
            .iter()
            .filter(|m| {
                let d = &self.detectors[m.detector];
                // A name scored too low to be reported (`दिया है`) supports nothing.
                d.nearby.contains(&people)
                    && !candidates.iter().any(|c| {
                        c.score >= self.detectors[c.detector].min_score && supports(d, c, m)
                    })
            })
            .filter_map(|m| {
                weak.iter()
                    .find(|&&(s, e)| same_sentence(hay, (s, e), (m.start, m.end)))
                    .copied()
            })
            .collect();
        promoted.sort_unstable();
        promoted.dedup();
        promoted
            .into_iter()
            .map(|(start, end)| Candidate {
                detector: people,
                start,
                end,
                score: WEAK_NAME_PROMOTED,
            })
            .collect()
    }

    /// Drops the matches of detectors with `requires_nearby` that have no
    /// match of one of those detectors within their window (an HR term with
    /// no person it is about).
    fn keep_supported(&self, accepted: &mut Vec<Candidate>) {
        let needs = |c: &Candidate| !self.detectors[c.detector].nearby.is_empty();
        if !accepted.iter().any(needs) {
            return;
        }
        let keep: Vec<bool> = accepted
            .iter()
            .map(|c| {
                let d = &self.detectors[c.detector];
                d.nearby.is_empty() || accepted.iter().any(|o| supports(d, o, c))
            })
            .collect();
        let mut keep = keep.into_iter();
        accepted.retain(|_| keep.next().unwrap_or(true));
    }

    /// Names of people, found by the recogniser (`people`) for the built-in
    /// `person_name` detector.
    /// Returns the weak runs (see [`super::people::names_and_weak`]).
    /// `matters` are keyword matches of detectors that need a finding nearby
    /// (personnel matters): the cue words inside them are theirs.
    fn recognise_people(
        &self,
        text: Option<&str>,
        candidates: &mut Vec<Candidate>,
        matters: &[Candidate],
    ) -> Vec<(usize, usize)> {
        let mut weak = Vec::new();
        if let (Some(detector), Some(text)) = (self.people, text) {
            let mut spans: Vec<(usize, usize)> = matters.iter().map(|c| (c.start, c.end)).collect();
            spans.sort_unstable();
            for (start, end, score) in super::people::names_and_weak(text, &spans) {
                if score == 0 {
                    weak.push((start, end));
                } else {
                    candidates.push(Candidate {
                        detector,
                        start,
                        end,
                        score: Score::from_hundredths(score),
                    });
                }
            }
        }
        weak
    }

    /// Context word occurrences `(word id, start, end)`, sorted by start, whole
    /// words only, searched only in the windows around candidates that use context.
    fn context_hits(&self, hay: &[u8], candidates: &[Candidate]) -> Vec<(u32, usize, usize)> {
        let Some(ac) = &self.context else {
            return Vec::new();
        };
        let windows: Vec<(usize, usize)> = candidates
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
        let mut hits = Vec::new();
        for (s, e) in merge_spans(windows) {
            let input = aho_corasick::Input::new(hay).span(s..e);
            hits.extend(
                ac.find_overlapping_iter(input)
                    .filter(|m| is_context_word_at(hay, m.start(), m.end()))
                    .filter(|m| self.as_written(hay, m.pattern().as_u32(), m.start(), m.end()))
                    .map(|m| (m.pattern().as_u32(), m.start(), m.end())),
            );
        }
        // Overlapping matches come in order of their end; the search below needs starts.
        hits.sort_unstable_by_key(|h| (h.1, h.2, h.0));
        hits
    }

    /// Whether context word `id`, matched at `hay[start..end]` in any case,
    /// is written as it must be (an acronym in capitals).
    fn as_written(&self, hay: &[u8], id: u32, start: usize, end: usize) -> bool {
        self.acronyms
            .get(id as usize)
            .and_then(Option::as_deref)
            .is_none_or(|a| hay.get(start..end) == Some(a))
    }

    /// Applies the validator and the allowlists to a candidate (its span
    /// trimmed as the validator says).
    fn admit(&self, hay: &[u8], mut c: Candidate) -> Option<Candidate> {
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
        Some(c)
    }

    /// Applies context to an admitted candidate ([`Scanner::admit`]): its
    /// words (`hits`, [`Scanner::context_hits`] of the admitted candidates)
    /// and, where its detector says so, a name just before it.
    fn judge(
        &self,
        hay: &[u8],
        hits: &[(u32, usize, usize)],
        names: Option<&NamesBefore<'_>>,
        mut c: Candidate,
    ) -> Option<Candidate> {
        let d = &self.detectors[c.detector];
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
        if near(&d.context)
            || d.after_name && names.is_some_and(|n| n.before(c.start, Some(&hay[c.start..c.end])))
        {
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

/// The names of a text, for detectors whose context includes a name just
/// before a match. An e-mail address counts as its owner's name: a contact
/// row gives the name, the address and the number in turn
/// (`Marie Dubois;marie.dubois@exemple.fr;0493822842`).
struct NamesBefore<'a> {
    text: &'a str,
    /// Where the recogniser's names end, sorted.
    ends: Vec<usize>,
    /// Where the e-mail addresses end, sorted.
    emails: Vec<usize>,
}

impl NamesBefore<'_> {
    /// Whether a name ends just before byte `at`, with only spaces and at
    /// most one colon, comma, semicolon, bar, dash, opening bracket or line
    /// break between (`Ana: `, `Mehmet Bey `, `Олена Коваль, `, a
    /// signature's `Kari Nilsen` on the line above, a table's `| Ana Lima |`):
    /// one the recogniser found, or one word written as a name
    /// ([`super::people::name_word_ends_at`]). Not a tab: a workbook's text
    /// is cells between tabs, and looking after every one of its names
    /// raised an xlsx to 14,572 module fuel per byte, within four times of
    /// the document budget. After an e-mail address, only a
    /// number written as a phone number is (`value`, the match: grouped, or
    /// after `+`, `(` or a trunk `0`): machine data puts ids after addresses
    /// (`alice@acme.io,48213957`). Without `value`, whether either may be.
    fn before(&self, at: usize, value: Option<&[u8]>) -> bool {
        let hay = self.text.as_bytes();
        let spaces = |mut e: usize| {
            while e > 0 && hay[e - 1] == b' ' {
                e -= 1;
            }
            e
        };
        let mut end = spaces(at.min(hay.len()));
        if let Some(sep) = [":", ",", ";", "|", "-", "(", "\n", "\u{2013}", "\u{2014}"]
            .iter()
            .find(|s| hay[..end].ends_with(s.as_bytes()))
        {
            end = spaces(end - sep.len());
        }
        let phone_like = |v: &[u8]| {
            matches!(v.first(), Some(b'+' | b'(' | b'0'))
                || v.iter().any(|b| matches!(b, b' ' | b'-' | b'.'))
        };
        end > 0
            && at - end <= 5
            && (self.ends.binary_search(&end).is_ok()
                || self.emails.binary_search(&end).is_ok() && value.is_none_or(phone_like)
                || super::people::name_word_ends_at(self.text, end))
    }
}

/// The longest match expected of a `requires_nearby` pattern (an HR phrase):
/// windows reach this much further so a match that only touches one is found.
const NEAR_FINDINGS_MATCH: usize = 256;

/// Sorts spans and joins those that overlap or touch.
pub(super) fn merge_spans(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
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

/// Whether a context word at `hay[start..end]` stands as a word or begins one:
/// a word of six letters or more also counts with an inflection or a compound
/// after it (`telefon` in `Telefonnummer`, `telefonszámon`), but not with an
/// English ending (`address` in `addresses` is as often the verb). Shorter
/// words must stand alone (`call` is not in `callback`).
fn is_context_word_at(hay: &[u8], start: usize, end: usize) -> bool {
    let glued = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_');
    if is_word_at(hay, start, end) {
        return true;
    }
    // The letters after it matter only as one of the endings below (four
    // letters at most): looking at five keeps a long run of letters linear.
    let rest = &hay[end.min(hay.len())..];
    let rest = &rest[..rest.len().min(5)];
    let tail = &rest[..rest
        .iter()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len())];
    let english = [&b"s"[..], b"es", b"ed", b"ing", b"ings", b"er", b"ers"];
    end - start >= 6
        && !glued(start.checked_sub(1).and_then(|i| hay.get(i)))
        && tail.first().is_some_and(u8::is_ascii_lowercase)
        && !english.contains(&tail)
}

/// Whether `support` is a match of a detector `d` needs nearby
/// (`requires_nearby`) within `d`'s window of its match `m`.
fn supports(d: &Detector, support: &Candidate, m: &Candidate) -> bool {
    d.nearby.contains(&support.detector)
        && support.start <= m.end.saturating_add(d.nearby_window)
        && m.start <= support.end.saturating_add(d.nearby_window)
}

/// The score of a weak name a personnel matter in its sentence is about.
const WEAK_NAME_PROMOTED: Score = Score::from_hundredths(60);

/// Whether two spans are at most 120 bytes apart with no sentence end
/// ([`super::ends_sentence`]) between them.
fn same_sentence(hay: &[u8], a: (usize, usize), b: (usize, usize)) -> bool {
    let (first, second) = if a.0 <= b.0 { (a, b) } else { (b, a) };
    let (from, to) = (first.1.min(second.0), second.0);
    to - from <= 120 && !(from..to).any(|i| super::ends_sentence(hay, i))
}

/// The matches of `paired_keywords` lists (`paired`) that have another match
/// of their detector (`keywords`, or another of `paired` written
/// differently) in their sentence: `raise` beside `payroll` is a personnel
/// matter, `raise` alone is not. Each match looks at most [`PAIR_REACH`]
/// bytes either way among matches sorted by start: linear in the text.
fn pair_up(hay: &[u8], keywords: &[Candidate], paired: Vec<Candidate>) -> Vec<Candidate> {
    if paired.is_empty() {
        return paired;
    }
    // (start, end, detector, paired), by start.
    let mut all: Vec<(usize, usize, usize, bool)> = keywords
        .iter()
        .map(|c| (c.start, c.end, c.detector, false))
        .chain(paired.iter().map(|c| (c.start, c.end, c.detector, true)))
        .collect();
    all.sort_unstable();
    let text = |a: (usize, usize)| &hay[a.0..a.1];
    let partner = |i: usize, j: usize| {
        let (a, b) = (all[i], all[j]);
        a.2 == b.2
            && (b.1 <= a.0 || a.1 <= b.0)
            && !(b.3 && same_word(text((a.0, a.1)), text((b.0, b.1))))
            && same_sentence(hay, (a.0, a.1), (b.0, b.1))
    };
    let kept: Vec<(usize, usize, usize)> = (0..all.len())
        .filter(|&i| all[i].3)
        .filter(|&i| {
            let left = (0..i)
                .rev()
                .take_while(|&j| all[i].0 - all[j].0 <= PAIR_REACH)
                .take(PAIR_NEIGHBOURS)
                .any(|j| partner(i, j));
            left || (i + 1..all.len())
                .take_while(|&j| all[j].0 - all[i].0 <= PAIR_REACH)
                .take(PAIR_NEIGHBOURS)
                .any(|j| partner(i, j))
        })
        .map(|i| (all[i].0, all[i].1, all[i].2))
        .collect();
    paired
        .into_iter()
        .filter(|c| kept.binary_search(&(c.start, c.end, c.detector)).is_ok())
        .collect()
}

/// Whether two keyword matches are one word, perhaps inflected: in lower
/// case, they differ at most in the shorter one's last two characters
/// (`reference` and `References`, `премия` and `премию`, `Отпуск` and
/// `отпуск`).
fn same_word(a: &[u8], b: &[u8]) -> bool {
    let lower = |x: &[u8]| String::from_utf8_lossy(x).to_lowercase();
    let (a, b) = (lower(a), lower(b));
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common + 2 >= shorter && (common >= 3 || common == shorter)
}

/// How far apart, in bytes between their starts, two paired keyword matches
/// may be (the sentence test bounds them further).
const PAIR_REACH: usize = 240;

/// How many matches either side a paired match looks at for a partner: a
/// run of one word repeated is passed over cheaply, a long run of others
/// (hostile input) stops here.
const PAIR_NEIGHBOURS: usize = 4;

/// Keeps the most important of overlapping matches: higher tier, then higher
/// score, then longer, then earlier, then one written for the organisation,
/// then detector order. Deterministic.
fn resolve_overlaps(cands: Vec<Candidate>, detectors: &[Detector]) -> Vec<Candidate> {
    let tier = |c: &Candidate| detectors[c.detector].info.tier as usize;
    // A match inside a longer one of the same tier or higher is part of it (a
    // name in a street name, `Lisa-Meitner-Straße 4, 10115 Berlin`), whatever
    // their scores. One sweep by start: per tier, the match reaching furthest.
    let mut cands = cands;
    cands.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut furthest: [Option<(usize, usize)>; 4] = [None; 4];
    let mut cands: Vec<Candidate> = cands
        .into_iter()
        .filter(|c| {
            let inside = furthest[tier(c).min(3)..]
                .iter()
                .flatten()
                .any(|&(end, start)| end > c.end || end == c.end && start < c.start);
            let slot = &mut furthest[tier(c).min(3)];
            if slot.is_none_or(|(end, _)| c.end > end) {
                *slot = Some((c.end, c.start));
            }
            !inside
        })
        .collect();
    cands.sort_by(|a, b| {
        let (da, db) = (&detectors[a.detector], &detectors[b.detector]);
        db.info
            .tier
            .cmp(&da.info.tier)
            .then(b.score.cmp(&a.score))
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
            .then(db.own.cmp(&da.own))
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
    use crate::policy::Policy;
    use std::sync::OnceLock;

    #[test]
    fn word_edges() {
        assert!(is_word_at(b"a ssn b", 2, 5));
        assert!(!is_word_at(b"a xssn b", 3, 6));
        assert!(!is_word_at(b"using", 1, 4));
        assert!(is_word_at(b"ss# 1", 0, 3));
        assert!(!is_word_at(b"ND_IOCTL_CALL", 9, 13));
        assert!(is_context_word_at(b"Telefonnummer: 1", 0, 7));
        assert!(!is_context_word_at(b"callback", 0, 4));
        assert!(!is_context_word_at(b"xtelefon", 1, 8));
        assert!(
            !is_context_word_at(b"telefonNummer", 0, 7),
            "a new word starts"
        );
        assert!(!is_context_word_at(b"addresses", 0, 7), "an English ending");
        assert!(is_context_word_at(b"telefonszamon", 0, 7));
    }

    /// What `accept` must equal: every pattern searched over the whole text,
    /// with no selection at all, then judged.
    fn accept_everything(scanner: &Scanner, hay: &[u8]) -> Vec<(usize, usize, usize, Score)> {
        let mut candidates = Vec::new();
        let mut near = Vec::new();
        for (pid, p) in scanner.patterns.iter().enumerate() {
            let into = if scanner.near_findings.contains(&pid) {
                &mut near
            } else {
                &mut candidates
            };
            p.find(&Input::new(hay), into);
        }
        let (keywords, pairs) = scanner.keyword_matches(hay);
        for c in keywords {
            if scanner.detectors[c.detector].nearby.is_empty() {
                candidates.push(c);
            } else {
                near.push(c);
            }
        }
        let text = std::str::from_utf8(hay).ok();
        let weak = scanner.recognise_people(text, &mut candidates, &near);
        let promoting: Vec<Candidate> = near
            .iter()
            .filter(|c| pairs.binary_search(&(c.start, c.end, c.detector)).is_err())
            .copied()
            .collect();
        let promoted = scanner.promote_weak(hay, &candidates, &promoting, &weak);
        candidates.extend(near);
        candidates.extend(promoted);
        let names = scanner.names_before(text, &candidates);
        let admitted: Vec<Candidate> = candidates
            .into_iter()
            .filter_map(|c| scanner.admit(hay, c))
            .collect();
        let hits = scanner.context_hits(hay, &admitted);
        let mut judged: Vec<_> = admitted
            .into_iter()
            .filter_map(|c| scanner.judge(hay, &hits, names.as_ref(), c))
            .collect();
        scanner.keep_supported(&mut judged);
        let mut accepted: Vec<_> = judged
            .into_iter()
            .map(|c| (c.detector, c.start, c.end, c.score))
            .collect();
        accepted.sort_unstable();
        accepted
    }

    fn accepted(scanner: &Scanner, hay: &[u8]) -> Vec<(usize, usize, usize, Score)> {
        let mut judged = scanner.accept(hay);
        scanner.keep_supported(&mut judged);
        let mut accepted: Vec<_> = judged
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
        let texts = crate::detect::accuracy_texts();
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
        assert!(found > 50, "{found}");
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
        "+tel/",
        "cpr",
        "phone",
        "IVA",
        "Xk9/b+Qz2Rt7vLm0Wc8YpN4sJh6GfD1eA3uKiO5xTq+BnVy/MzCwEr",
    ];

    /// A long base64 blob full of short context words and numbers near them:
    /// gated patterns searched only around their words find what searching
    /// everything finds, windows overlapping or not.
    #[test]
    fn selection_is_exact_in_a_blob_of_context_words() {
        const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut x = 7u64;
        let mut blob = String::new();
        let words = ["+ssn/", "/tel+", "+cpr/", "+IVA/", "+phone/", "/vat+"];
        let numbers = [
            " 536-90-4399 ",
            "/070761-4285 ",
            " IT00743110157+",
            " +44 20 7183 9264 ",
        ];
        let mut found = 0;
        for i in 0..400 {
            for _ in 0..(i * 37 % 150) {
                x = x
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                blob.push(char::from(B64[(x >> 58) as usize]));
            }
            blob.push_str(if i % 2 == 0 {
                words[i % words.len()]
            } else {
                numbers[i % numbers.len()]
            });
        }
        let want = accept_everything(scanner(), blob.as_bytes());
        assert_eq!(accepted(scanner(), blob.as_bytes()), want);
        found += want.len();
        assert!(found > 50, "{found}");
    }

    fn scanner() -> &'static Scanner {
        static SCANNER: OnceLock<Scanner> = OnceLock::new();
        SCANNER.get_or_init(|| Scanner::build(&Policy::builtin()).unwrap())
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
