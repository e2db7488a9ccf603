//! `tiergate policy diff`: how tiers and actions would change under a new
//! policy over a corpus, so it can be changed safely.

use crate::commands::scan::{collect_files, read_text, NotText};
use crate::load;
use crate::output::LineIndex;
use crate::EXIT_OK;
use anyhow::Result;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use tiergate::{mask, Decision, Engine, Report};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The policy in force.
    old: PathBuf,
    /// The proposed policy.
    new: PathBuf,
    /// Files and folders to classify with both (honours .gitignore).
    #[arg(long, required = true, num_args = 1..)]
    corpus: Vec<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
}

/// One file's tier and actions under both policies.
struct Compared {
    path: String,
    old: (Report, Vec<Decision>),
    new: (Report, Vec<Decision>),
    text_lines: Vec<(String, (usize, usize), String)>,
}

#[derive(Serialize, Default)]
struct Change {
    files: usize,
    examples: Vec<String>,
}

#[derive(Serialize)]
struct DiffSummary {
    files: usize,
    skipped: usize,
    /// `old -> new` tier transitions.
    tiers: BTreeMap<String, Change>,
    /// destination -> `old -> new` action transitions.
    actions: BTreeMap<String, BTreeMap<String, Change>>,
}

const EXAMPLES: usize = 3;

/// Where a detector first fires in a file, with the value masked.
fn example(c: &Compared, detector: &str) -> String {
    c.text_lines
        .iter()
        .find(|(d, _, _)| d == detector)
        .map_or_else(
            || c.path.clone(),
            |(d, (line, col), masked)| format!("{}:{line}:{col} {d} {masked}", c.path),
        )
}

/// `tiergate policy diff OLD NEW --corpus DIR`: how tiers and actions would change.
pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    let (corpus, json) = (&a.corpus, a.json);
    let old_engine = load::load(&a.old, None)?.engine;
    let new_engine = load::load(&a.new, None)?.engine;
    let destinations: Vec<String> = new_engine
        .policy()
        .destinations
        .iter()
        .filter(|d| old_engine.policy().destination(&d.id).is_some())
        .map(|d| d.id.clone())
        .collect();
    for p in corpus {
        if !p.exists() {
            return Err(crate::error::cli(
                "io",
                format!("{}: no such file or folder", p.display()),
            ));
        }
    }
    let files = collect_files(corpus, false, false);
    let bar = ProgressBar::new(files.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{spinner} comparing {pos}/{len} files [{bar:30}] {eta}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    let decide = |engine: &Engine, text: &str| {
        let report = engine.classify(text);
        let decisions = destinations
            .iter()
            .filter_map(|d| engine.decide(&report, d).ok())
            .collect::<Vec<_>>();
        (report, decisions)
    };
    let mut summary = DiffSummary {
        files: 0,
        skipped: 0,
        tiers: BTreeMap::new(),
        actions: BTreeMap::new(),
    };
    for path in &files {
        bar.inc(1);
        let text = match read_text(path, 32 << 20) {
            Ok(text) => text,
            Err(NotText::Unreadable { .. } | NotText::Failed(_)) => {
                summary.skipped += 1;
                continue;
            }
        };
        summary.files += 1;
        let lines = LineIndex::new(&text);
        let old_result = decide(&old_engine, &text);
        let new_result = decide(&new_engine, &text);
        let mut text_lines = Vec::new();
        for f in old_result.0.findings.iter().chain(&new_result.0.findings) {
            let value = f.span.slice(&text).unwrap_or_default();
            text_lines.push((
                f.detector.clone(),
                lines.line_col(f.span.start),
                mask(value),
            ));
        }
        let c = Compared {
            path: path.display().to_string(),
            old: old_result,
            new: new_result,
            text_lines,
        };
        if c.old.0.tier != c.new.0.tier {
            let key = format!("{} -> {}", c.old.0.tier, c.new.0.tier);
            let change = summary.tiers.entry(key).or_default();
            change.files += 1;
            if change.examples.len() < EXAMPLES {
                let driver = c
                    .new
                    .0
                    .findings
                    .iter()
                    .chain(&c.old.0.findings)
                    .max_by_key(|f| f.tier);
                change
                    .examples
                    .push(driver.map_or_else(|| c.path.clone(), |f| example(&c, &f.detector)));
            }
        }
        for (o, n) in c.old.1.iter().zip(&c.new.1) {
            if o.action == n.action {
                continue;
            }
            let key = format!("{} -> {}", o.action, n.action);
            let change = summary
                .actions
                .entry(n.destination.clone())
                .or_default()
                .entry(key)
                .or_default();
            change.files += 1;
            if change.examples.len() < EXAMPLES {
                // The detectors behind the stricter of the two decisions explain the change.
                let stricter = if n.action > o.action { n } else { o };
                change.examples.push(
                    stricter
                        .reasons
                        .first()
                        .map_or_else(|| c.path.clone(), |r| example(&c, &r.detector)),
                );
            }
        }
    }
    bar.finish_and_clear();
    if json {
        serde_json::to_writer_pretty(&mut *out, &summary)?;
        writeln!(out)?;
        return Ok(EXIT_OK);
    }
    let (o, n) = (old_engine.policy(), new_engine.policy());
    writeln!(
        out,
        "{} files compared ({} skipped): `{}` {} -> `{}` {}",
        summary.files, summary.skipped, o.id, o.revision, n.id, n.revision
    )?;
    if summary.tiers.is_empty() && summary.actions.is_empty() {
        writeln!(out, "no tier or action changes")?;
        return Ok(EXIT_OK);
    }
    for (key, change) in &summary.tiers {
        writeln!(out, "tier {key}: {} files", change.files)?;
        for e in &change.examples {
            writeln!(out, "    {e}")?;
        }
    }
    for (destination, changes) in &summary.actions {
        for (key, change) in changes {
            writeln!(out, "{destination}: {key}: {} files", change.files)?;
            for e in &change.examples {
                writeln!(out, "    {e}")?;
            }
        }
    }
    Ok(EXIT_OK)
}
