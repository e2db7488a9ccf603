//! Routing: which search finds a pattern's matches most cheaply, decided
//! from its syntax tree when the scanner is built (see the module docs of
//! `detect`).

use regex_syntax::hir::Hir;
use std::collections::BTreeMap;

/// Where the matches of every pattern of a scanner are searched, by pattern index.
#[derive(Debug, Default)]
pub(super) struct Routes {
    /// Patterns routed [`Route::NearDigits`].
    pub near_digits: Vec<usize>,
    /// The longest match of any of them: how far from a digit one can reach.
    pub reach: usize,
    /// Patterns routed [`Route::Alone`].
    pub alone: Vec<usize>,
    /// Patterns routed [`Route::Gated`].
    pub gated: Vec<usize>,
    /// The literal prefixes of [`Route::Prefix`] patterns.
    pub prefixes: Literals,
    /// The inner literals of [`Route::Inner`] patterns.
    pub inner: Literals,
}

/// Distinct literals, in the order first seen, and the patterns each selects.
#[derive(Debug, Default)]
pub(super) struct Literals {
    pub literals: Vec<Vec<u8>>,
    pub owners: Vec<Vec<usize>>,
    index: BTreeMap<Vec<u8>, usize>,
}

impl Literals {
    fn add(&mut self, literal: Vec<u8>, pattern: usize) {
        let id = match self.index.get(&literal) {
            Some(&id) => id,
            None => {
                let id = self.literals.len();
                self.index.insert(literal.clone(), id);
                self.literals.push(literal);
                self.owners.push(Vec::new());
                id
            }
        };
        if !self.owners[id].contains(&pattern) {
            self.owners[id].push(pattern);
        }
    }
}

impl Routes {
    /// Routes every pattern, given in pattern order as its source, whether
    /// its detector reports only with context, and whether it is searched
    /// apart, only near other findings (`requires_nearby`): such patterns get
    /// no route here.
    pub(super) fn plan<'a>(patterns: impl IntoIterator<Item = (&'a Hir, bool, bool)>) -> Routes {
        let mut routes = Routes::default();
        for (i, (hir, requires_context, apart)) in patterns.into_iter().enumerate() {
            if apart {
                continue;
            }
            match route(hir, requires_context) {
                Route::Prefix(literals) => {
                    literals.into_iter().for_each(|l| routes.prefixes.add(l, i));
                }
                Route::Inner(literals) => {
                    literals.into_iter().for_each(|l| routes.inner.add(l, i));
                }
                Route::Gated => routes.gated.push(i),
                Route::NearDigits(len) => {
                    routes.reach = routes.reach.max(len);
                    routes.near_digits.push(i);
                }
                Route::Alone => routes.alone.push(i),
            }
        }
        routes
    }
}

/// Longest match of a pattern searched near digits (longer ones run alone).
pub(super) const MAX_REACH: usize = 128;

/// How a pattern's matches are found.
#[derive(Debug, PartialEq)]
pub(super) enum Route {
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
pub(super) fn needs_digit(hir: &Hir) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::parse_regex;

    fn parse(source: &str) -> Option<Hir> {
        parse_regex(source).ok()
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
}
