//! `tiergate scan`: which of these files may go where? Text files are read
//! as text; PDF, Office and OpenDocument files (known by their first bytes)
//! part by part.

use super::destinations;
use crate::load::PolicyArg;
use crate::output::LineIndex;
use crate::style;
use crate::{EXIT_ERROR, EXIT_NOT_ALLOWED, EXIT_OK};
use anyhow::Result;
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

mod git;
use tiergate::{document, Decision, Engine, Report, Tier, WIRE_VERSION};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Files and folders to scan.
    #[arg(required_unless_present_any = ["staged", "diff"], conflicts_with_all = ["staged", "diff"])]
    paths: Vec<PathBuf>,
    /// Scan what is staged for the next commit: the lines it adds, at their line numbers (a
    /// pre-commit check).
    #[arg(long, conflicts_with = "diff")]
    staged: bool,
    /// Scan what a range of commits adds (`main..HEAD`; one commit: against the work tree).
    #[arg(long, value_name = "RANGE")]
    diff: Option<String>,
    /// Destination to decide for (repeatable). Default: every destination of the policy.
    #[arg(long = "to", value_name = "DEST")]
    to: Vec<String>,
    #[command(flatten)]
    policy: PolicyArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Also list files without findings.
    #[arg(long)]
    all: bool,
    /// Do not read files larger than this many bytes (they are unreadable: the
    /// policy's `[documents] unreadable` action decides for them).
    #[arg(long, value_name = "BYTES", default_value_t = 32 << 20)]
    max_size: u64,
    /// Scan hidden files and folders too.
    #[arg(long)]
    hidden: bool,
    /// Do not honour .gitignore and .ignore files.
    #[arg(long)]
    no_ignore: bool,
    /// List every file that was not checked (binary, too large), not only a count.
    #[arg(long, short = 'v')]
    verbose: bool,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j')]
    threads: Option<usize>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Sarif,
}

struct Scanned {
    path: String,
    /// What was read: one unnamed part for a text file, a document's parts
    /// (pages, sheets, slides) by location.
    parts: Vec<ScannedPart>,
    /// Every part's findings together (offsets are into each part).
    report: Report,
    /// A document's format and the places in it that could not be read.
    document: Option<(document::Format, Vec<document::Unreadable>)>,
    decisions: Vec<Decision>,
}

struct ScannedPart {
    location: String,
    /// Start and end (line, column) of each finding; the text itself is not kept.
    regions: Vec<((usize, usize), (usize, usize))>,
    report: Report,
}

impl ScannedPart {
    fn new(location: String, text: &str, report: Report) -> ScannedPart {
        let lines = LineIndex::new(text);
        let regions = report
            .findings
            .iter()
            .map(|f| (lines.line_col(f.span.start), lines.line_col(f.span.end)))
            .collect();
        ScannedPart {
            location,
            regions,
            report,
        }
    }
}

/// A file that was not read as text, and what the policy decides for it.
struct Unread {
    path: String,
    /// `binary`, `too_large`, `not_utf8`.
    kind: &'static str,
    why: String,
    decisions: Vec<Decision>,
}

enum Outcome {
    Scanned(Box<Scanned>),
    Unreadable(Unread),
    Failed(String, String),
}

fn collect(args: &Args) -> Vec<PathBuf> {
    collect_files(&args.paths, args.hidden, args.no_ignore)
}

/// Every file under `paths`, sorted, honouring .gitignore/.ignore unless `no_ignore`.
pub fn collect_files(paths: &[PathBuf], hidden: bool, no_ignore: bool) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for root in paths {
        let walker = ignore::WalkBuilder::new(root)
            .hidden(!hidden)
            .git_ignore(!no_ignore)
            .git_global(!no_ignore)
            .git_exclude(!no_ignore)
            .ignore(!no_ignore)
            .require_git(false)
            .build();
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => files.push(e.into_path()),
                Ok(_) => {}
                Err(err) => eprintln!("tiergate: warning: {err}"),
            }
        }
    }
    files.sort();
    files.dedup();
    files
}

/// Why a file was not read as text.
pub enum NotText {
    /// Binary, too large or not UTF-8: `kind` for
    /// [`Engine::decide_unreadable`], and the reason in words.
    Unreadable { kind: &'static str, why: String },
    /// An I/O error.
    Failed(String),
}

/// A file's text, unless it is larger than `max` bytes, binary (a NUL byte in
/// its first 8 KiB) or not UTF-8: tiergate reads UTF-8 only, like every
/// runtime, so offsets are the file's bytes.
pub fn read_text(path: &Path, max: u64) -> Result<String, NotText> {
    into_text(read_bytes(path, max)?)
}

/// A file's bytes, unless it is larger than `max` bytes. The size on disk is
/// checked first and the read is bounded too (files under /proc say 0).
fn read_bytes(path: &Path, max: u64) -> Result<Vec<u8>, NotText> {
    let too_large = |len: u64| NotText::Unreadable {
        kind: "too_large",
        why: format!("{len} bytes or more, over --max-size {max}"),
    };
    match std::fs::metadata(path) {
        Ok(m) if m.len() > max => return Err(too_large(m.len())),
        Ok(_) => {}
        Err(e) => return Err(NotText::Failed(e.to_string())),
    }
    let file = std::fs::File::open(path).map_err(|e| NotText::Failed(e.to_string()))?;
    let mut bytes = Vec::new();
    file.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| NotText::Failed(e.to_string()))?;
    if bytes.len() as u64 > max {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// A file as `scan` (and the Claude Code hook) reads it.
pub enum Input {
    Text(String),
    /// PDF, Office or OpenDocument: read part by part.
    Document(Vec<u8>),
}

/// Bytes as text, unless binary or not UTF-8.
fn into_text(bytes: Vec<u8>) -> Result<String, NotText> {
    let unreadable = |kind, why: String| Err(NotText::Unreadable { kind, why });
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return unreadable("binary", "binary: a NUL byte in its first 8 KiB".into());
    }
    String::from_utf8(bytes).or_else(|e| unreadable("not_utf8", not_utf8(&e)))
}

/// Why bytes are not text, and what to do.
pub fn not_utf8(e: &std::string::FromUtf8Error) -> String {
    format!(
        "not UTF-8 text (an invalid byte at offset {}); convert it first, e.g. `iconv -f latin1 -t utf-8`",
        e.utf8_error().valid_up_to()
    )
}

/// A file read as a document when its content is one, else as text.
pub fn read_file(path: &Path, max: u64) -> Result<Input, NotText> {
    read_bytes(path, max).and_then(|bytes| {
        if document::is_document(&bytes) {
            Ok(Input::Document(bytes))
        } else {
            into_text(bytes).map(Input::Text)
        }
    })
}

/// Files not checked listed one by one at most; more get one line of counts.
const MAX_LISTED_UNREAD: usize = 10;

/// What one worker scans: a file, or what a git change adds.
enum Source {
    File(PathBuf),
    Change(git::Change),
}

fn scan_source(engine: &Engine, dests: &[String], source: &Source, max: u64) -> Outcome {
    match source {
        Source::File(path) => scan_one(engine, dests, path, max),
        Source::Change(git::Change::Added { path, text }) => scan_input(
            engine,
            dests,
            path.clone(),
            None,
            Ok(Input::Text(text.clone())),
        ),
        Source::Change(git::Change::Binary { path, bytes }) => {
            let name = Path::new(path).file_name().and_then(|n| n.to_str());
            let input = if document::is_document(bytes) {
                Ok(Input::Document(bytes.clone()))
            } else {
                into_text(bytes.clone()).map(Input::Text)
            };
            scan_input(engine, dests, path.clone(), name, input)
        }
    }
}

fn scan_one(engine: &Engine, dests: &[String], path: &Path, max: u64) -> Outcome {
    let name = path.display().to_string();
    let file_name = path.file_name().and_then(|n| n.to_str());
    scan_input(engine, dests, name, file_name, read_file(path, max))
}

/// A file's content as read, classified and decided for `dests`.
fn scan_input(
    engine: &Engine,
    dests: &[String],
    name: String,
    file_name: Option<&str>,
    input: Result<Input, NotText>,
) -> Outcome {
    let text = match input {
        Ok(Input::Text(text)) => text,
        Ok(Input::Document(bytes)) => return scan_document(engine, dests, name, file_name, &bytes),
        Err(NotText::Unreadable { kind, why }) => {
            let decisions = dests
                .iter()
                .filter_map(|d| engine.decide_unreadable(kind, d).ok())
                .collect();
            return Outcome::Unreadable(Unread {
                path: name,
                kind,
                why,
                decisions,
            });
        }
        Err(NotText::Failed(e)) => return Outcome::Failed(name, e),
    };
    let report = engine.classify(&text);
    let decisions = dests
        .iter()
        .filter_map(|d| engine.decide(&report, d).ok())
        .collect();
    Outcome::Scanned(Box::new(Scanned {
        path: name,
        parts: vec![ScannedPart::new(String::new(), &text, report.clone())],
        report,
        document: None,
        decisions,
    }))
}

/// A document (PDF, Office, OpenDocument), part by part; the decisions
/// count what could not be read as the policy says.
fn scan_document(
    engine: &Engine,
    dests: &[String],
    name: String,
    file_name: Option<&str>,
    bytes: &[u8],
) -> Outcome {
    let doc = engine.classify_document(bytes, file_name);
    let decisions = dests
        .iter()
        .filter_map(|d| engine.decide_document(&doc, d).ok())
        .collect();
    let report = doc.merged();
    Outcome::Scanned(Box::new(Scanned {
        path: name,
        parts: doc
            .parts
            .into_iter()
            .map(|p| ScannedPart::new(p.location, &p.text, p.report))
            .collect(),
        report,
        document: Some((doc.format, doc.unreadable)),
        decisions,
    }))
}

impl Args {
    /// Whether the output is for people (coloured on a terminal), not JSON or SARIF.
    pub fn for_people(&self) -> bool {
        matches!(self.format, Format::Table)
    }
}

pub fn run(args: Args, out: &mut impl Write) -> Result<u8> {
    let engine = args.policy.engine()?;
    let dests = destinations(&engine, &args.to)?;
    for p in &args.paths {
        if !p.exists() {
            return Err(crate::error::cli(
                "io",
                format!("{}: no such file or folder", p.display()),
            ));
        }
    }
    let range = match (&args.diff, args.staged) {
        (Some(spec), _) => Some(git::Range::Diff(spec)),
        (None, true) => Some(git::Range::Staged),
        (None, false) => None,
    };
    let files: Vec<Source> = match &range {
        Some(range) => git::changes(Path::new("."), range)?
            .into_iter()
            .map(Source::Change)
            .collect(),
        None => collect(&args).into_iter().map(Source::File).collect(),
    };
    let bar = ProgressBar::new(files.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{spinner} scanning {pos}/{len} files [{bar:30}] {eta}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::with_capacity(files.len()));
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(source) = files.get(i) else { break };
                let outcome = scan_source(&engine, &dests, source, args.max_size);
                results.lock().expect("no worker panics").push((i, outcome));
                bar.inc(1);
            });
        }
    });
    bar.finish_and_clear();
    let mut results = results.into_inner().expect("no worker panics");
    results.sort_by_key(|(i, _)| *i);
    let outcomes: Vec<Outcome> = results.into_iter().map(|(_, o)| o).collect();

    let scanned: Vec<&Scanned> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Scanned(s) => Some(s.as_ref()),
            _ => None,
        })
        .collect();
    let unread: Vec<&Unread> = outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Unreadable(u) => Some(u),
            _ => None,
        })
        .collect();
    let failed = outcomes
        .iter()
        .filter(|o| matches!(o, Outcome::Failed(..)))
        .count();
    // Files not checked are listed when there are a few (or with --verbose);
    // a folder of binaries gets one line with the count per reason.
    let list_unread = args.verbose || unread.len() <= MAX_LISTED_UNREAD;
    for o in &outcomes {
        match o {
            Outcome::Failed(p, e) => eprintln!("tiergate: io: cannot read {p}: {e}"),
            Outcome::Unreadable(u) if list_unread => eprintln!(
                "tiergate: not checked: {} ({}); the policy's [documents] unreadable action decides for it",
                u.path, u.why
            ),
            Outcome::Unreadable(_) | Outcome::Scanned(_) => {}
        }
    }
    if !list_unread {
        let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
        for u in &unread {
            *by_kind.entry(u.kind).or_default() += 1;
        }
        let counts: Vec<String> = by_kind.iter().map(|(k, n)| format!("{n} {k}")).collect();
        eprintln!(
            "tiergate: {} files not checked ({}); the policy's [documents] unreadable action decides for them; --verbose lists them",
            unread.len(),
            counts.join(", ")
        );
    }
    match args.format {
        Format::Table => table(out, &args, &dests, &scanned, &unread, failed)?,
        Format::Json => json_out(out, &scanned, &unread, &outcomes)?,
        Format::Sarif => sarif(out, &engine, &scanned)?,
    }
    // An unread file counts like any other: what the policy decides for it.
    let not_allowed = !args.to.is_empty()
        && scanned
            .iter()
            .flat_map(|s| &s.decisions)
            .chain(unread.iter().flat_map(|u| &u.decisions))
            .any(|d| !d.action.permits_sending());
    Ok(if failed > 0 {
        EXIT_ERROR
    } else if not_allowed {
        EXIT_NOT_ALLOWED
    } else {
        EXIT_OK
    })
}

fn summary_by_detector(r: &Report) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &r.findings {
        *counts.entry(&f.detector).or_default() += 1;
    }
    counts
        .into_iter()
        .map(|(d, n)| {
            if n > 1 {
                format!("{d} ×{n}")
            } else {
                d.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A file's action per destination, in the table's columns.
fn actions(out: &mut impl Write, decisions: &[Decision]) -> std::io::Result<()> {
    for d in decisions {
        let a = d.action;
        write!(out, " {}", style::padded(style::action(a), a.as_str(), 15))?;
    }
    Ok(())
}

fn table(
    out: &mut impl Write,
    args: &Args,
    dests: &[String],
    scanned: &[&Scanned],
    unread: &[&Unread],
    failed: usize,
) -> Result<()> {
    let short = |id: &str| id.trim_start_matches("claude-").to_string();
    write!(out, "{:<11}", "TIER")?;
    for d in dests {
        write!(out, " {:<15}", short(d))?;
    }
    writeln!(out, " FILE")?;
    for s in scanned {
        if s.report.tier == Tier::Public && !args.all {
            continue;
        }
        let tier = s.report.tier;
        write!(
            out,
            "{}",
            style::padded(style::tier(tier), tier.as_str(), 11)
        )?;
        actions(out, &s.decisions)?;
        let mut detail = summary_by_detector(&s.report);
        if let Some((_, unreadable)) = &s.document {
            if !unreadable.is_empty() {
                let sep = if detail.is_empty() { "" } else { "; " };
                let n = unreadable.len();
                let parts = if n == 1 { "part" } else { "parts" };
                detail = format!("{detail}{sep}{n} {parts} not read");
            }
        }
        writeln!(
            out,
            " {}{}",
            s.path,
            if detail.is_empty() {
                String::new()
            } else {
                format!("  ({detail})")
            }
        )?;
    }
    for u in unread {
        write!(out, "{:<11}", "unread")?;
        actions(out, &u.decisions)?;
        writeln!(out, " {}  ({})", u.path, u.why)?;
    }
    let mut by_tier: BTreeMap<Tier, usize> = BTreeMap::new();
    for s in scanned {
        *by_tier.entry(s.report.tier).or_default() += 1;
    }
    writeln!(out)?;
    let n = scanned.len();
    write!(
        out,
        "{n} {} scanned:",
        if n == 1 { "file" } else { "files" }
    )?;
    for t in Tier::ALL {
        write!(
            out,
            " {} {}",
            by_tier.get(&t).copied().unwrap_or(0),
            t.as_str()
        )?;
        if t != Tier::Restricted {
            write!(out, ",")?;
        }
    }
    if !unread.is_empty() {
        write!(
            out,
            "; {} not checked (binary, too large or not UTF-8)",
            unread.len()
        )?;
    }
    if failed > 0 {
        write!(out, "; {failed} could not be opened")?;
    }
    writeln!(out)?;
    // Every file's decisions, read or not, in destination order.
    let per_file = scanned
        .iter()
        .map(|s| &s.decisions)
        .chain(unread.iter().map(|u| &u.decisions));
    for (i, d) in dests.iter().enumerate() {
        let ok = per_file
            .clone()
            .filter(|ds| ds.get(i).is_some_and(|d| d.action.permits_sending()))
            .count();
        writeln!(
            out,
            "{ok} of {} may go to {d} as they are",
            scanned.len() + unread.len()
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct FileJson<'a> {
    path: &'a str,
    /// For a document: its format.
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<document::Format>,
    /// Every finding; for a document, offsets are into the part in `parts`.
    report: tiergate::ReportWire,
    /// For a document: each part read, by location, with its own report.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    parts: Vec<PartJson<'a>>,
    /// For a document: the places that could not be read, and why.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    unreadable: &'a [document::Unreadable],
    decisions: &'a [Decision],
}

#[derive(Serialize)]
struct PartJson<'a> {
    location: &'a str,
    report: tiergate::ReportWire,
}

fn json_out(
    out: &mut impl Write,
    scanned: &[&Scanned],
    unread: &[&Unread],
    all: &[Outcome],
) -> Result<()> {
    let files: Vec<FileJson> = scanned
        .iter()
        .map(|s| FileJson {
            path: &s.path,
            format: s.document.as_ref().map(|(format, _)| *format),
            report: s.report.to_wire(),
            parts: match &s.document {
                Some(_) => s
                    .parts
                    .iter()
                    .map(|p| PartJson {
                        location: &p.location,
                        report: p.report.to_wire(),
                    })
                    .collect(),
                None => Vec::new(),
            },
            unreadable: s.document.as_ref().map_or(&[], |(_, u)| u.as_slice()),
            decisions: &s.decisions,
        })
        .collect();
    let unreadable: Vec<_> = unread
        .iter()
        .map(|u| json!({"path": u.path, "reason": u.why, "decisions": u.decisions}))
        .collect();
    let failed: Vec<_> = all
        .iter()
        .filter_map(|o| match o {
            Outcome::Failed(p, e) => Some(json!({"path": p, "reason": e})),
            _ => None,
        })
        .collect();
    serde_json::to_writer_pretty(
        &mut *out,
        &json!({"version": WIRE_VERSION, "files": files, "unreadable": unreadable, "failed": failed}),
    )?;
    writeln!(out)?;
    Ok(())
}

/// SARIF 2.1.0: one rule per detector, one result per finding, no values.
fn sarif(out: &mut impl Write, engine: &Engine, scanned: &[&Scanned]) -> Result<()> {
    let level = |t: Tier| match t {
        Tier::Restricted | Tier::Sensitive => "error",
        Tier::Internal => "warning",
        Tier::Public => "note",
    };
    let rules: Vec<_> = engine
        .detectors()
        .iter()
        .map(|d| {
            json!({
                "id": d.id,
                "name": d.name,
                "shortDescription": {"text": format!("{} ({} data)", d.name, d.tier.as_str())},
                "defaultConfiguration": {"level": level(d.tier)},
                "properties": {"category": d.category, "tier": d.tier, "regulations": d.regulations},
            })
        })
        .collect();
    let mut results = Vec::new();
    for s in scanned {
        for part in &s.parts {
            for (f, ((sl, sc), (el, ec))) in part.report.findings.iter().zip(&part.regions) {
                let mut message = format!(
                    "{} data ({}) found: {}",
                    f.tier.title(),
                    f.category,
                    f.detector
                );
                let mut location = json!({"physicalLocation": {
                    "artifactLocation": {"uri": s.path.replace('\\', "/")},
                    "region": {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec}
                }});
                // In a document, lines and columns are those of the part's text.
                if !part.location.is_empty() {
                    let place = match &f.cell {
                        Some(cell) => format!("{} {cell}", part.location),
                        None => part.location.clone(),
                    };
                    message = format!("{message} (in {place})");
                    location["logicalLocations"] = json!([{"name": place}]);
                }
                results.push(json!({
                    "ruleId": f.detector,
                    "level": level(f.tier),
                    "message": {"text": message},
                    "locations": [location],
                    "properties": {"tier": f.tier, "score": f.score},
                }));
            }
        }
    }
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "tiergate", "version": env!("CARGO_PKG_VERSION"), "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)?;
    Ok(())
}
