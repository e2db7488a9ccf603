//! Scores the built-in engine against the labelled accuracy set
//! (`tests/accuracy/cases.jsonl`) and against public text. Shared by the
//! accuracy test (which asserts the targets) and the `accuracy` example
//! (which prints docs/accuracy.md).

// Shared by the accuracy test and the accuracy example; each uses only part of it.
#![allow(dead_code)]

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use tiergate::{Engine, Tier};

#[derive(Deserialize)]
pub struct Case {
    pub id: String,
    pub kind: String,
    pub group: String,
    pub text: String,
    pub labels: Vec<Label>,
    /// `tune` or `holdout` (the people cases): holdout cases are never looked
    /// at while changing a detector, and are reported as their own group.
    #[serde(default)]
    pub split: Option<String>,
}

#[derive(Deserialize)]
pub struct Label {
    pub detector: String,
    pub start: usize,
    pub end: usize,
}

/// Counts for one detector or one group.
#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// True positives whose span is exactly the label's.
    pub exact: usize,
}

impl Counts {
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
        self.exact += o.exact;
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A group's target: (metric name, threshold).
pub fn target(group: &str) -> Option<(&'static str, f64)> {
    match group {
        "checksum" | "prefixed" => Some(("precision and recall", 0.95)),
        "context" => Some(("F1", 0.85)),
        "people" | "people-holdout" | "passwords" | "passwords-holdout" => {
            Some(("recall (at precision ≥ 0.95)", 0.90))
        }
        "internal" | "internal-holdout" => Some(("F1", 0.95)),
        "phones" | "phones-holdout" => Some(("recall (at precision ≥ 0.97)", 0.90)),
        "hr" | "hr-holdout" => Some(("F1", 0.90)),
        "addresses" | "addresses-holdout" => Some(("F1", 0.90)),
        _ => None,
    }
}

pub fn meets(group: &str, c: &Counts) -> bool {
    match target(group) {
        Some(("F1", t)) => c.f1() >= t,
        Some(("recall (at precision ≥ 0.95)", t)) => c.precision() >= 0.95 && c.recall() >= t,
        Some(("recall (at precision ≥ 0.97)", t)) => c.precision() >= 0.97 && c.recall() >= t,
        Some((_, t)) => c.precision() >= t && c.recall() >= t,
        None => true,
    }
}

pub struct Evaluation {
    pub cases: usize,
    pub kinds: BTreeMap<String, usize>,
    pub per_detector: BTreeMap<String, Counts>,
    /// Counts per group: a label counts in its case's group, a false alarm in
    /// the group of its detector.
    pub per_group: BTreeMap<String, Counts>,
    pub group_of: BTreeMap<String, String>,
    /// People cases with a name in a public context: (flagged, all), per group.
    pub public_names: BTreeMap<String, (usize, usize)>,
    /// Cases without labels, and how many of them got any finding.
    pub negatives: usize,
    pub flagged_negatives: Vec<String>,
    /// Human-readable misses and false alarms (ids and detectors, never text)
    /// of the cases one may look at: not a holdout case's, so that no
    /// listing shows which of them failed (their ids look like the others').
    pub problems: Vec<String>,
}

impl Evaluation {
    pub fn per_group(&self) -> BTreeMap<String, Counts> {
        self.per_group.clone()
    }
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for c in self.per_detector.values() {
            t.add(*c);
        }
        t
    }
}

pub fn cases_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/accuracy/cases.jsonl")
}

pub fn load(path: &Path) -> Vec<Case> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .enumerate()
        .map(|(i, l)| {
            let mut case: Case =
                serde_json::from_str(l).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
            if case.split.as_deref() == Some("holdout") {
                case.group = format!("{}-holdout", case.group);
            }
            case
        })
        .collect()
}

/// Lists a problem of a case one may look at, not a holdout case's.
fn note(problems: &mut Vec<String>, case: &Case, line: impl FnOnce() -> String) {
    if !case.group.ends_with("-holdout") {
        problems.push(line());
    }
}

pub fn evaluate(engine: &Engine, cases: &[Case]) -> Evaluation {
    let mut ev = Evaluation {
        cases: cases.len(),
        kinds: BTreeMap::new(),
        per_detector: BTreeMap::new(),
        per_group: BTreeMap::new(),
        group_of: BTreeMap::new(),
        public_names: BTreeMap::new(),
        negatives: 0,
        flagged_negatives: Vec::new(),
        problems: Vec::new(),
    };
    for d in engine.detectors() {
        ev.per_detector.insert(d.id, Counts::default());
    }
    // A detector's group is the group of its plain positive cases.
    for case in cases {
        if case.kind == "positive"
            && !case.id.starts_with("hard-")
            && !case.group.starts_with("people")
            && !case.group.ends_with("-holdout")
        {
            for l in &case.labels {
                ev.group_of
                    .entry(l.detector.clone())
                    .or_insert_with(|| case.group.clone());
            }
        }
    }
    for case in cases {
        *ev.kinds.entry(case.kind.clone()).or_default() += 1;
        let group_of = |d: &str| -> String {
            ev.group_of
                .get(d)
                .cloned()
                .unwrap_or_else(|| "other".into())
        };
        // In the HR cases only the HR finding is the group's business; the
        // name it is about is scored apart (`hr-names`), so the HR score
        // does not hide the name recogniser's misses, nor the reverse.
        let hr = case.group.starts_with("hr");
        // So are the other people a phone sentence names (a signature, a
        // contact list, a lone given name in a chat): `phones-names`.
        let phones = case.group.starts_with("phones");
        let label_group = |d: &str| -> String {
            if hr && d != "hr_record" {
                case.group.replacen("hr", "hr-names", 1)
            } else if phones && d == "person_name" {
                case.group.replacen("phones", "phones-names", 1)
            } else if case.kind == "positive" && !(phones && d != "phone") {
                case.group.clone()
            } else {
                group_of(d)
            }
        };
        let report = engine.classify(&case.text);
        let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
        let mut used = vec![false; report.findings.len()];
        for l in &case.labels {
            let c = ev.per_detector.entry(l.detector.clone()).or_default();
            let hit = report.findings.iter().enumerate().find(|(i, f)| {
                !used[*i]
                    && f.detector == l.detector
                    && overlaps((f.span.start, f.span.end), (l.start, l.end))
            });
            let g = ev.per_group.entry(label_group(&l.detector)).or_default();
            match hit {
                Some((i, f)) => {
                    used[i] = true;
                    c.tp += 1;
                    g.tp += 1;
                    if (f.span.start, f.span.end) == (l.start, l.end) {
                        c.exact += 1;
                        g.exact += 1;
                    }
                }
                None => {
                    c.fn_ += 1;
                    g.fn_ += 1;
                    note(&mut ev.problems, case, || {
                        format!("miss {} {}", case.id, l.detector)
                    });
                }
            }
        }
        // A name (or password) found where none is labelled counts against
        // the case's own group (a public context, a sentence about passwords),
        // not the detector's group.
        let people = case.group.starts_with("people");
        let own = if people {
            Some("person_name")
        } else if case.group.starts_with("passwords") {
            Some("secret_assignment")
        } else if case.group.starts_with("phones") {
            Some("phone")
        } else if hr {
            Some("hr_record")
        } else if case.group.starts_with("addresses") {
            Some("street_address")
        } else if case.group.starts_with("internal") {
            report
                .findings
                .iter()
                .find(|f| f.detector.starts_with("internal_"))
                .map(|f| f.detector.as_str())
        } else {
            None
        };
        if people && case.kind == "near_miss" {
            let e = ev.public_names.entry(case.group.clone()).or_default();
            e.1 += 1;
            e.0 += usize::from(report.findings.iter().any(|f| f.detector == "person_name"));
        }
        // An HR case is labelled as a whole: once one HR finding covers it,
        // the others in it are not false alarms.
        let hr_covered = hr
            && report
                .findings
                .iter()
                .zip(&used)
                .any(|(f, &u)| u && f.detector == "hr_record");
        for (i, f) in report.findings.iter().enumerate() {
            // The people cases were written with personnel matters as
            // personal contexts (sick leave, a salary) and are not labelled
            // for HR: an HR finding there is neither right nor wrong.
            if f.detector == "hr_record" && (hr_covered || case.group.starts_with("people")) {
                continue;
            }
            // The holdout phone sentences are not labelled for the other
            // people they name (they are not read): a name there is neither.
            if f.detector == "person_name" && phones && case.group.ends_with("-holdout") {
                continue;
            }
            // A second finding inside one labelled value (`INTERNAL ONLY` and
            // `DO NOT FORWARD` of `INTERNAL ONLY - DO NOT FORWARD`) finds the
            // same value again: not a false alarm.
            let inside_label = case.labels.iter().any(|l| {
                l.detector == f.detector && overlaps((f.span.start, f.span.end), (l.start, l.end))
            });
            if !used[i] && !inside_label {
                ev.per_detector.entry(f.detector.clone()).or_default().fp += 1;
                let group = if own == Some(f.detector.as_str()) {
                    case.group.clone()
                } else if (hr || phones) && f.detector == "person_name" {
                    label_group(&f.detector)
                } else {
                    group_of(&f.detector)
                };
                ev.per_group.entry(group).or_default().fp += 1;
                note(&mut ev.problems, case, || {
                    format!("false alarm {} {}", case.id, f.detector)
                });
            }
        }
        if case.labels.is_empty() {
            ev.negatives += 1;
            if !report.findings.is_empty() {
                ev.flagged_negatives.push(case.id.clone());
            }
        }
    }
    ev
}

/// Public text: documents (files) that get any finding, and any that the
/// built-in policy would keep from claude.ai (sensitive or restricted).
#[derive(Default)]
pub struct PublicScan {
    pub documents: usize,
    pub bytes: usize,
    pub with_findings: usize,
    pub blocked: usize,
    /// Blocked for something other than an email address or the name written
    /// with it: public files carry their authors' real addresses.
    pub blocked_other: usize,
    pub per_detector: BTreeMap<String, usize>,
}

/// Scans every file under `root` (at most `max_bytes` each) as one text,
/// or, with `per_line`, every line of them as a text of its own (a
/// catalogue of translated messages is many short texts).
pub fn scan_public(engine: &Engine, root: &Path, max_bytes: usize, per_line: bool) -> PublicScan {
    let mut s = PublicScan::default();
    let mut stack = vec![root.to_path_buf()];
    let mut files = Vec::new();
    while let Some(p) = stack.pop() {
        let Ok(meta) = std::fs::symlink_metadata(&p) else {
            continue;
        };
        if meta.is_dir() {
            // Installed third-party packages are not the standard library.
            if p.file_name().is_some_and(|n| n == "site-packages") {
                continue;
            }
            if let Ok(rd) = std::fs::read_dir(&p) {
                stack.extend(rd.filter_map(|e| e.ok().map(|e| e.path())));
            }
        } else if meta.is_file() && meta.len() as usize <= max_bytes {
            files.push(p);
        }
    }
    files.sort();
    let info = engine.detectors();
    let tier_of = |id: &str| info.iter().find(|d| d.id == id).map(|d| d.tier);
    for p in files {
        let Ok(bytes) = std::fs::read(&p) else {
            continue;
        };
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        if text.contains('\0') {
            continue;
        }
        let texts: Vec<&str> = if per_line {
            text.lines().filter(|l| !l.trim().is_empty()).collect()
        } else {
            vec![&text]
        };
        for text in texts {
            scan_one(engine, text, &p, &mut s, &tier_of);
        }
    }
    s
}

fn scan_one(
    engine: &Engine,
    text: &str,
    p: &Path,
    s: &mut PublicScan,
    tier_of: &dyn Fn(&str) -> Option<Tier>,
) {
    {
        s.documents += 1;
        s.bytes += text.len();
        let t0 = std::time::Instant::now();
        let report = engine.classify(text);
        if std::env::var_os("TIERGATE_SLOW").is_some() && t0.elapsed().as_millis() > 100 {
            eprintln!("slow {:?} {} {}", t0.elapsed(), text.len(), p.display());
        }
        if std::env::var_os("TIERGATE_SHOW").is_some() {
            for f in &report.findings {
                eprintln!(
                    "{} {} {} {:?}",
                    f.detector,
                    p.display(),
                    f.span.start,
                    text.get(f.span.start..f.span.end)
                );
            }
        }
        if report.findings.is_empty() {
            return;
        }
        s.with_findings += 1;
        if report.tier >= Tier::Sensitive {
            s.blocked += 1;
            if report.findings.iter().any(|f| {
                !matches!(f.detector.as_str(), "email" | "person_name")
                    && tier_of(&f.detector) >= Some(Tier::Sensitive)
            }) {
                s.blocked_other += 1;
            }
        }
        for f in &report.findings {
            *s.per_detector.entry(f.detector.clone()).or_default() += 1;
        }
    }
}

fn pct(x: f64) -> String {
    format!("{:.3}", x)
}

impl Counts {
    /// `labels | TP | FP | FN | precision | recall | F1` as Markdown cells.
    fn cells(&self) -> String {
        format!(
            "{} | {} | {} | {} | {} | {} | {}",
            self.tp + self.fn_,
            self.tp,
            self.fp,
            self.fn_,
            pct(self.precision()),
            pct(self.recall()),
            pct(self.f1())
        )
    }
}

/// Person names found in the translated messages of the programs on this
/// machine (the gettext catalogues under `/usr/share/locale`): short texts
/// in many languages that nobody wrote for tiergate and that almost never
/// name anyone, so nearly every name found there is a false alarm.
pub struct CatalogueScan {
    pub language: String,
    pub messages: usize,
    pub with_name: usize,
}

/// The languages whose catalogues the report scans.
pub const CATALOGUE_LANGUAGES: &[&str] = &[
    "de", "fr", "es", "it", "pt_BR", "nl", "sv", "pl", "cs", "ru", "uk", "el", "tr", "ar", "he",
    "fa", "hi", "ja", "zh_CN", "ko", "vi", "id",
];

pub fn scan_catalogues(engine: &Engine, root: &Path) -> Vec<CatalogueScan> {
    let mut out = Vec::new();
    for &language in CATALOGUE_LANGUAGES {
        let dir = root.join(language).join("LC_MESSAGES");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        let mut scan = CatalogueScan {
            language: language.to_string(),
            messages: 0,
            with_name: 0,
        };
        for f in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "mo"))
        {
            let Ok(bytes) = std::fs::read(f) else {
                continue;
            };
            for message in mo_messages(&bytes) {
                scan.messages += 1;
                let report = engine.classify(&message);
                if report.findings.iter().any(|f| f.detector == "person_name") {
                    scan.with_name += 1;
                    if std::env::var_os("TIERGATE_SHOW").is_some() {
                        for f in report
                            .findings
                            .iter()
                            .filter(|f| f.detector == "person_name")
                        {
                            eprintln!("{language} {:?}", &message[f.span.start..f.span.end]);
                        }
                    }
                }
            }
        }
        out.push(scan);
    }
    out
}

/// The translations in a compiled gettext catalogue (`.mo`), without the
/// header entry and the translator credits (which name real people).
fn mo_messages(b: &[u8]) -> Vec<String> {
    let word = |at: usize, big: bool| -> Option<usize> {
        let w: [u8; 4] = b.get(at..at + 4)?.try_into().ok()?;
        Some(if big {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        } as usize)
    };
    let big = match b.get(..4) {
        Some([0xde, 0x12, 0x04, 0x95]) => false,
        Some([0x95, 0x04, 0x12, 0xde]) => true,
        _ => return Vec::new(),
    };
    let (Some(n), Some(originals), Some(translations)) =
        (word(8, big), word(12, big), word(16, big))
    else {
        return Vec::new();
    };
    let string = |table: usize, i: usize| -> Option<&str> {
        let len = word(table + 8 * i, big)?;
        let at = word(table + 8 * i + 4, big)?;
        std::str::from_utf8(b.get(at..at.checked_add(len)?)?).ok()
    };
    (0..n)
        .filter_map(|i| {
            let id = string(originals, i)?;
            if id.is_empty() || id.contains("translator") {
                return None;
            }
            // Plural forms are separated by NUL: the first one will do.
            Some(string(translations, i)?.split('\0').next()?.to_string())
        })
        .filter(|m| !m.trim().is_empty())
        .collect()
}

/// The Markdown report (docs/accuracy.md).
pub fn markdown(
    ev: &Evaluation,
    public: &[(String, PublicScan)],
    catalogues: &[CatalogueScan],
) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# Detector accuracy\n");
    let _ = writeln!(
        o,
        "Generated by `cargo run -p tiergate --release --example accuracy -- --write` from the \
         labelled set in `tests/accuracy/` ({} cases: {}). Do not edit by hand.\n",
        ev.cases,
        ev.kinds
            .iter()
            .map(|(k, n)| format!("{n} {}", k.replace('_', "-")))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        o,
        "A finding counts as a true positive when a label of the same detector overlaps it (a \
         second finding inside the same label counts as neither); any other finding is a false \
         positive; a label without such a finding is a false negative. \
         *Exact* is the share of true positives whose span is exactly the labelled value (what \
         redaction replaces). Groups: **checksum** (a published check digit decides), \
         **prefixed** (a provider's token format decides), **structured** (shape plus context), \
         **context** (names, addresses, health terms: context decides), **marking** (phrases), \
         **evasion** (look-alike characters, line breaks, encodings; no target), **people** \
         (names of people from Faker, which the name lexicon never reads, in 30 locales; a name in \
         a public context must not be found), **passwords**, **internal**, **phones** (Faker's \
         numbers from 50 locales; the plans come from libphonenumber; the other people their \
         sentences name are **phones-names**) and **hr** (personnel \
         matters about a named person, scored per text; the names in them are **hr-names**), each \
         with a **-holdout** part in sentences written after the detector was last tuned (see \
         `tests/accuracy/README.md`). The set was \
         written alongside the detectors, so these scores are an upper bound; the public-text scan \
         below is the independent check (see `tests/accuracy/README.md`, *Honest limits*).\n"
    );
    let _ = writeln!(o, "## By group\n");
    let _ = writeln!(
        o,
        "| group | detectors | labels | TP | FP | FN | precision | recall | F1 | target | met |\n\
         |---|---|---|---|---|---|---|---|---|---|---|"
    );
    let groups = ev.per_group();
    for (g, c) in &groups {
        let n = ev.group_of.values().filter(|x| *x == g).count();
        let t = target(g).map_or("-".to_string(), |(m, t)| format!("{m} ≥ {t}"));
        let met = if target(g).is_none() {
            "-"
        } else if meets(g, c) {
            "yes"
        } else {
            "**no**"
        };
        let _ = writeln!(o, "| {g} | {n} | {} | {t} | {met} |", c.cells());
    }
    let t = ev.total();
    let _ = writeln!(o, "| **all** | {} | {} | | |", ev.group_of.len(), t.cells());
    let _ = writeln!(
        o,
        "\nCases without any sensitive value (near misses and clean documents): {} of {} got a \
         finding ({:.1}%).\n",
        ev.flagged_negatives.len(),
        ev.negatives,
        100.0 * ev.flagged_negatives.len() as f64 / ev.negatives.max(1) as f64
    );
    for (group, (flagged, all)) in &ev.public_names {
        let _ = writeln!(
            o,
            "Names in public contexts (`{group}`: authors, office holders, characters): {flagged} of \
             {all} flagged ({:.1}%, target at most 5%).\n",
            100.0 * *flagged as f64 / (*all).max(1) as f64
        );
    }
    if !public.is_empty() {
        let _ = writeln!(o, "## Public text\n");
        let _ = writeln!(
            o,
            "Files of public text scanned whole (up to 1 MiB each). *Blocked* counts documents \
             the built-in policy would keep from claude.ai (a sensitive or restricted finding). \
             Public files carry their authors' real e-mail addresses (copyright headers, \
             changelogs), which are correct findings; *other* counts documents blocked for \
             anything else, the false-positive rate the target (at most 1%) is about.\n"
        );
        let _ = writeln!(
            o,
            "| corpus | documents | MiB | with a finding | blocked | other | other % | top detectors |\n\
             |---|---|---|---|---|---|---|---|"
        );
        for (name, s) in public {
            let mut top: Vec<_> = s.per_detector.iter().collect();
            top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            let top = top
                .iter()
                .take(4)
                .map(|(d, n)| format!("{d} {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                o,
                "| {name} | {} | {:.1} | {} | {} | {} | {:.2}% | {top} |",
                s.documents,
                s.bytes as f64 / (1 << 20) as f64,
                s.with_findings,
                s.blocked,
                s.blocked_other,
                100.0 * s.blocked_other as f64 / s.documents.max(1) as f64
            );
        }
        let _ = writeln!(o);
    }
    if !catalogues.is_empty() {
        let (messages, named) = catalogues
            .iter()
            .fold((0, 0), |(m, n), c| (m + c.messages, n + c.with_name));
        let _ = writeln!(
            o,
            "## Names in translated interface text\n\n\
             Every translated message of the gettext catalogues on this machine \
             (`/usr/share/locale/LANG/LC_MESSAGES/*.mo`, the Debian packages installed), \
             classified one by one: short texts in many languages that nobody wrote for \
             tiergate and that almost never name anyone (translator credits are left out), \
             so a person name found there is nearly always a false alarm. {named} of \
             {messages} messages ({:.2}%) have one.\n\n\
             | language | messages | with a person name | % |\n|---|---|---|---|",
            100.0 * named as f64 / messages.max(1) as f64
        );
        for c in catalogues {
            let _ = writeln!(
                o,
                "| {} | {} | {} | {:.2}% |",
                c.language,
                c.messages,
                c.with_name,
                100.0 * c.with_name as f64 / c.messages.max(1) as f64
            );
        }
        let _ = writeln!(o);
    }
    let _ = writeln!(o, "## By detector\n");
    let _ = writeln!(
        o,
        "| detector | group | labels | TP | FP | FN | precision | recall | F1 | exact |\n\
         |---|---|---|---|---|---|---|---|---|---|"
    );
    for (d, c) in &ev.per_detector {
        let _ = writeln!(
            o,
            "| `{d}` | {} | {} | {} |",
            ev.group_of.get(d).map_or("-", String::as_str),
            c.cells(),
            pct(ratio(c.exact, c.tp))
        );
    }
    o
}
