//! Resolving the catalogue against the policy: the built-in detectors (when
//! the policy keeps them), each overridden field by field by the policy's
//! entry of the same id, and the policy's own detectors; each checked and
//! turned into a [`Detector`] with its patterns. Patterns the policy wrote are
//! compiled here, so their errors point at the policy.

use super::compile::{compile, CompiledPattern};
use super::keywords::KeywordList;
use super::{catalogue, Detector, DetectorInfo};
use crate::error::Error;
use crate::policy::{self, DetectorSpec, Policy};
use crate::tier::Score;
use std::collections::BTreeMap;

/// The detectors of a policy, before routing.
pub(super) struct Resolved {
    /// Enabled detectors, sorted by id.
    pub detectors: Vec<Detector>,
    /// Their patterns; `CompiledPattern::detector` indexes `detectors`.
    pub patterns: Vec<CompiledPattern>,
    /// Their keyword lists, searched by one automaton.
    pub keywords: Vec<KeywordList>,
    /// Context words (lowercased) of all detectors, with the ids `Detector::context` uses.
    pub words: BTreeMap<String, u32>,
}

/// The detectors the policy's `[organisation]` section makes: hosts under
/// its domains (`org_host`, infrastructure) and its codenames
/// (`org_codename`, codename).
fn organisation_detectors(
    org: &policy::Organisation,
) -> Result<Vec<(String, DetectorSpec)>, Error> {
    let mut out = Vec::new();
    if !org.domains.is_empty() {
        let mut domains: Vec<String> = org
            .domains
            .iter()
            .map(|d| regex_syntax::escape(&d.to_ascii_lowercase()))
            .collect();
        domains.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        // One label or more before the domain, not `www.` alone; an optional
        // scheme, port and path.
        let regex = format!(
            r#"(?i)\b(?:https?://)?(?:www\.)?(?:(?:[a-z0-9](?:[a-z0-9\-]{{0,61}}[a-z0-9])?\.)*(?:[a-z0-9](?:[a-z0-9\-]{{0,61}}[a-z0-9])?)\.)(?:{})\b(?:[:/][^\s"'<>)\]]*)?"#,
            domains.join("|")
        );
        out.push((
            "org_host".to_string(),
            DetectorSpec {
                name: Some("Host of the organisation".into()),
                category: Some("infrastructure".into()),
                label: Some("INTERNAL_HOST".into()),
                patterns: Some(vec![policy::PatternSpec {
                    regex: policy::Pattern::new(&regex)?,
                    // The policy says the domain is the organisation's: certain.
                    score: Some(Score::from_hundredths(100)),
                }]),
                // `www.fabrikam.com` is the organisation's public face.
                allow_patterns: Some(vec![policy::Pattern::new(
                    r"(?i)^(?:https?://)?www\.[a-z0-9\-]+\.[a-z0-9.\-]+(?:[:/].*)?$",
                )?]),
                ..DetectorSpec::default()
            },
        ));
    }
    if !org.codenames.is_empty() {
        out.push((
            "org_codename".to_string(),
            DetectorSpec {
                name: Some("Codename of the organisation".into()),
                category: Some("codename".into()),
                label: Some("CODENAME".into()),
                keywords: Some(org.codenames.clone()),
                case_sensitive: Some(true),
                score: Some(Score::from_hundredths(80)),
                ..DetectorSpec::default()
            },
        ));
    }
    Ok(out)
}

/// How far `requires_nearby` looks by default, in bytes either side: about a
/// short paragraph, so a name in a heading covers the notes under it.
const DEFAULT_NEARBY_WINDOW: usize = 250;

/// Merges the catalogue with `policy` and checks every detector.
pub(super) fn resolve(policy: &Policy) -> Result<Resolved, Error> {
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

    let organisation = organisation_detectors(&policy.organisation)?;
    let from_organisation: Vec<String> = organisation.iter().map(|(id, _)| id.clone()).collect();
    for (id, spec) in organisation {
        // A policy may still override them by id, like any built-in detector.
        let spec = match policy.detectors.get(&id) {
            Some(over) => spec.merged(over),
            None => spec,
        };
        specs.insert(id, (spec, false));
    }
    let known: Vec<String> = specs.keys().cloned().collect();
    let builtin_categories = if policy.settings.builtin_detectors {
        Policy::builtin().categories
    } else {
        BTreeMap::new()
    };
    let mut detectors = Vec::new();
    let mut patterns = Vec::new();
    let mut keyword_lists = Vec::new();
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
        // A built-in detector whose category the policy does not define (a
        // policy written before the category existed) takes the built-in
        // policy's definition, so adding a category breaks no policy.
        let inherited = (!custom && !policy.categories.contains_key(&category_name))
            .then(|| builtin_categories.get(&category_name))
            .flatten();
        let category = inherited
            .or_else(|| policy.categories.get(&category_name))
            .ok_or_else(|| {
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
        if !tags_from_catalogue && inherited.is_none() {
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
        if pattern_specs.is_empty()
            && keywords.is_empty()
            && spec.paired_keywords.as_ref().is_none_or(Vec::is_empty)
        {
            return Err(Error::invalid(
                &path,
                format!("detector `{id}` needs `patterns`, `keywords` or `paired_keywords`"),
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
                &p.regex,
                format!("{path}.patterns[{i}]"),
                p.score.unwrap_or(base),
                eager,
            )?);
        }
        // Paired keywords written as acronyms (`PIP`, `CTC`) match only in
        // capitals: `pip install`, `ctc -> tsc` are something else.
        let (acronyms, paired): (Vec<String>, Vec<String>) = spec
            .paired_keywords
            .clone()
            .unwrap_or_default()
            .into_iter()
            .partition(|w| super::compile::is_acronym(w));
        let case_sensitive = spec.case_sensitive.unwrap_or(false);
        // Each word once: a paired word that is also an ordinary keyword of
        // the detector is the ordinary one (a repeated needle would report
        // every match of it once more).
        let mut seen = std::collections::HashSet::new();
        let mut once = |words: Vec<String>, exact: bool| -> Vec<String> {
            words
                .into_iter()
                .filter(|w| {
                    let key = w.trim().to_lowercase();
                    let exact_key = (exact || case_sensitive).then(|| w.trim().to_string());
                    seen.insert((key, exact_key))
                        && !(exact && seen.contains(&(w.trim().to_lowercase(), None)))
                })
                .collect()
        };
        let keywords = once(keywords, false);
        let paired = once(paired, false);
        let acronyms = once(acronyms, true);
        for (field, words, paired, verbatim) in [
            ("keywords", keywords, false, false),
            ("paired_keywords", paired, true, false),
            ("paired_keywords", acronyms, true, true),
        ] {
            if words.is_empty() {
                continue;
            }
            if words.iter().any(|k| k.trim().is_empty()) {
                return Err(Error::invalid(
                    format!("{path}.{field}"),
                    format!("{field} must not be empty"),
                ));
            }
            keyword_lists.push(KeywordList {
                detector: index,
                score: base,
                words,
                case_sensitive,
                paired,
                verbatim,
            });
        }
        let mut ids = |ws: Option<&Vec<String>>| -> Vec<u32> {
            let mut v: Vec<u32> = ws
                .map(|w| case_forms(w).map(&mut word_id).collect())
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
        let own = custom || from_organisation.contains(&id);
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
                requires_nearby: spec.requires_nearby.clone().unwrap_or_default(),
                context_after_name: spec.context_after_name.unwrap_or(false),
                example: spec.example.clone(),
                id,
            },
            validator: spec.validator,
            context: context_ids,
            negative: negative_ids,
            requires_context,
            after_name: spec.context_after_name.unwrap_or(false),
            nearby: Vec::new(),
            nearby_window: spec.nearby_window.unwrap_or(DEFAULT_NEARBY_WINDOW),
            min_score: spec.min_score.unwrap_or(policy.settings.min_score),
            allow: spec
                .allow
                .iter()
                .flatten()
                .map(|a| a.as_bytes().to_vec())
                .collect(),
            allow_patterns,
            own,
        });
    }
    // `requires_nearby` names detectors: each must exist (a typo is an
    // error); one the policy switched off simply never supports a match.
    let index: BTreeMap<String, usize> = detectors
        .iter()
        .enumerate()
        .map(|(i, d): (usize, &Detector)| (d.info.id.clone(), i))
        .collect();
    for d in &mut detectors {
        for (i, other) in d.info.requires_nearby.iter().enumerate() {
            if !known.contains(other) {
                return Err(Error::invalid(
                    format!("detectors.{}.requires_nearby[{i}]", d.info.id),
                    format!("unknown detector `{other}`"),
                ));
            }
        }
        d.nearby = d
            .info
            .requires_nearby
            .iter()
            .filter_map(|other| index.get(other).copied())
            .collect();
    }
    Ok(Resolved {
        detectors,
        patterns,
        keywords: keyword_lists,
        words,
    })
}

/// The forms of each context word the context automaton must hold. It folds
/// ASCII case only, so a word with a non-ASCII cased letter also goes in
/// capitalised and in capitals: `телефон` must match `Телефон:` at the start
/// of a line and `ТЕЛЕФОН` in a form's heading.
fn case_forms(words: &[String]) -> impl Iterator<Item = String> + '_ {
    words.iter().flat_map(|w| {
        if super::compile::is_acronym(w) {
            return vec![w.clone()];
        }
        let lower = w.to_lowercase();
        let mut forms = vec![lower.clone()];
        if lower.chars().any(|c| !c.is_ascii() && c.is_lowercase()) {
            let mut chars = lower.chars();
            let capitalised: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            for form in [capitalised, lower.to_uppercase()] {
                if !forms.contains(&form) {
                    forms.push(form);
                }
            }
        }
        forms
    })
}
