//! Human and JSON output. Values are shown masked; JSON carries offsets, not values.

use crate::commands::detectors::ListFormat;
use crate::style;
use serde::Serialize;
use std::io::Write;
use tiergate::{Decision, DetectorInfo, Report, ReportWire, WIRE_VERSION};

/// Line starts of a text, for 1-based line and column (in characters) of byte offsets.
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last offset asked for and its column: findings come in order, so
    /// the next column is counted from there, not from the line's start (a
    /// long line with many findings would cost its length per finding).
    last: std::cell::Cell<(usize, usize)>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            text,
            starts,
            last: std::cell::Cell::new((0, 1)),
        }
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let (last, last_col) = self.last.get();
        let (from, base) = if (start..=offset).contains(&last) {
            (last, last_col)
        } else {
            (start, 1)
        };
        let col = self.text.get(from..offset).map_or(0, |s| s.chars().count()) + base;
        self.last.set((offset, col));
        (line, col)
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn line_and_column_in_characters() {
        let t = "ab\né😀x\n";
        let idx = LineIndex::new(t);
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(3), (2, 1));
        assert_eq!(idx.line_col(t.find('x').unwrap()), (2, 3));
        assert_eq!(idx.line_col(t.len()), (3, 1));
        // Out of order, and again after a later offset.
        assert_eq!(idx.line_col(t.find('x').unwrap()), (2, 3));
        assert_eq!(idx.line_col(5), (2, 2));
        assert_eq!(idx.line_col(1), (1, 2));
        assert_eq!(idx.line_col(t.find('x').unwrap()), (2, 3));
    }
}

#[derive(Serialize)]
pub struct CheckJson<'a> {
    pub version: u32,
    pub input: &'a str,
    pub report: ReportWire,
    pub decisions: &'a [Decision],
}

pub fn check_json(
    out: &mut impl Write,
    name: &str,
    report: &Report,
    decisions: &[Decision],
) -> anyhow::Result<()> {
    let doc = CheckJson {
        version: WIRE_VERSION,
        input: name,
        report: report.to_wire(),
        decisions,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)?;
    Ok(())
}

pub fn check_human(
    out: &mut impl Write,
    name: &str,
    text: &str,
    report: &Report,
    decisions: &[Decision],
) -> anyhow::Result<()> {
    findings_human(out, name, text, report)?;
    decisions_human(out, decisions, true)
}

#[derive(Serialize)]
struct DocumentJson<'a> {
    input: &'a str,
    /// The document report's wire form (`version`, `format`, `tier`,
    /// `parts`, `unreadable`), as every runtime gives it.
    #[serde(flatten)]
    document: tiergate::DocumentReportWire,
    decisions: &'a [Decision],
}

/// A document's check as JSON: each part's report in the wire format (its
/// offsets into the part's text) under the part's location; no text.
pub fn document_json(
    out: &mut impl Write,
    name: &str,
    doc: &tiergate::DocumentReport,
    decisions: &[Decision],
) -> anyhow::Result<()> {
    let mut document = doc.to_wire_in(tiergate::OffsetUnit::Utf8);
    // A document's text is never printed (the findings say where, masked).
    for part in &mut document.parts {
        part.text = None;
    }
    let json = DocumentJson {
        input: name,
        document,
        decisions,
    };
    serde_json::to_writer_pretty(&mut *out, &json)?;
    writeln!(out)?;
    Ok(())
}

/// A document's check for people: the tier, then each part with findings
/// (masked, line and column in the part), what could not be read, and the
/// decisions.
pub fn document_human(
    out: &mut impl Write,
    name: &str,
    doc: &tiergate::DocumentReport,
    decisions: &[Decision],
) -> anyhow::Result<()> {
    let n: usize = doc.parts.iter().map(|p| p.report.findings.len()).sum();
    writeln!(
        out,
        "{name}: {} ({n} finding{} in {} part{} read)",
        style::paint(style::tier(doc.tier), &doc.tier.as_str().to_uppercase()),
        if n == 1 { "" } else { "s" },
        doc.parts.len(),
        if doc.parts.len() == 1 { "" } else { "s" },
    )?;
    for p in doc.parts.iter().filter(|p| !p.report.findings.is_empty()) {
        writeln!(out)?;
        findings_human(out, &format!("  {}", p.location), &p.text, &p.report)?;
    }
    if !doc.unreadable.is_empty() {
        writeln!(out)?;
        for u in &doc.unreadable {
            let place = if u.location.is_empty() {
                "the whole file"
            } else {
                u.location.as_str()
            };
            writeln!(out, "  not read: {place} ({})", u.reason.code())?;
        }
    }
    // `tiergate redact` rewrites text, not documents.
    decisions_human(out, decisions, false)
}

fn findings_human(
    out: &mut impl Write,
    name: &str,
    text: &str,
    report: &Report,
) -> anyhow::Result<()> {
    let n = report.findings.len();
    writeln!(
        out,
        "{name}: {} ({n} finding{})",
        style::paint(
            style::tier(report.tier),
            &report.tier.as_str().to_uppercase()
        ),
        if n == 1 { "" } else { "s" }
    )?;
    if n > 0 {
        writeln!(out)?;
        writeln!(
            out,
            "  {:<24} {:<11} {:>5}  {:<9} PREVIEW",
            "DETECTOR", "TIER", "SCORE", "AT"
        )?;
        let lines = LineIndex::new(text);
        for f in &report.findings {
            let (l, c) = lines.line_col(f.span.start);
            // In a sheet, its cell; elsewhere line:column.
            let at = f.cell.clone().unwrap_or_else(|| format!("{l}:{c}"));
            let preview = f.span.slice(text).map(tiergate::mask).unwrap_or_default();
            writeln!(
                out,
                "  {:<24} {} {:>5}  {:<9} {}",
                f.detector,
                style::padded(style::tier(f.tier), f.tier.as_str(), 11),
                f.score.to_string(),
                at,
                preview.replace('\n', " ")
            )?;
        }
    }
    Ok(())
}

fn decisions_human(
    out: &mut impl Write,
    decisions: &[Decision],
    redactable: bool,
) -> anyhow::Result<()> {
    writeln!(out)?;
    for d in decisions {
        writeln!(
            out,
            "  {:<24} {} {}",
            d.destination,
            style::padded(
                style::action(d.action),
                &d.action.as_str().to_uppercase(),
                12
            ),
            d.message
        )?;
        if redactable && d.redaction_available && !d.action.permits_sending() {
            writeln!(
                out,
                "  {:<24} {:<12} redacting would lower this: `tiergate redact`",
                "", ""
            )?;
        }
    }
    // The escalation path once, unless every message already names it.
    if let Some(esc) = decisions.iter().find_map(|d| d.escalation.as_ref()) {
        let sentence = esc.sentence();
        if !decisions
            .iter()
            .all(|d| d.escalation.is_none() || d.message.contains(&sentence))
        {
            writeln!(out)?;
            writeln!(out, "  {sentence}")?;
        }
    }
    Ok(())
}

pub fn detectors(
    out: &mut impl Write,
    ds: &[DetectorInfo],
    policy: &tiergate::Policy,
    format: ListFormat,
) -> anyhow::Result<()> {
    match format {
        ListFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, ds)?;
            writeln!(out)?;
        }
        ListFormat::Markdown => detectors_markdown(out, ds, policy)?,
        ListFormat::Table => {
            // Columns as wide as their longest entry: a long custom id does
            // not push the rest of its row out of line.
            let width = |head: &str, f: &dyn Fn(&DetectorInfo) -> usize| {
                ds.iter().map(f).max().unwrap_or(0).max(head.len())
            };
            let id = width("ID", &|d| d.id.chars().count());
            let category = width("CATEGORY", &|d| d.category.chars().count());
            let label = width("LABEL", &|d| d.label.chars().count());
            writeln!(
                out,
                "{:<id$} {:<category$} {:<11} {:<label$} NAME",
                "ID", "CATEGORY", "TIER", "LABEL"
            )?;
            for d in ds {
                writeln!(
                    out,
                    "{:<id$} {:<category$} {:<11} {:<label$} {}{}",
                    d.id,
                    d.category,
                    d.tier.as_str(),
                    d.label,
                    d.name,
                    if d.custom { " (custom)" } else { "" }
                )?;
            }
        }
    }
    Ok(())
}

/// The catalogue reference: one table per category, most restrictive tier first.
fn detectors_markdown(
    out: &mut impl Write,
    ds: &[DetectorInfo],
    policy: &tiergate::Policy,
) -> anyhow::Result<()> {
    // A category's tier is the policy's (`[categories]`); a detector of it
    // may have its own, shown in its row.
    let mut categories: Vec<(&str, tiergate::Tier)> = Vec::new();
    for d in ds {
        if !categories.iter().any(|(c, _)| *c == d.category) {
            let tier = policy
                .categories
                .get(&d.category)
                .map_or(d.tier, |c| c.tier);
            categories.push((&d.category, tier));
        }
    }
    categories.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    writeln!(out, "# Detector catalogue\n")?;
    writeln!(
        out,
        "Generated by `tiergate detectors --format markdown` from the built-in policy; do not edit.\n\
         {} detectors in {} categories. The tier shown is the default; a policy changes it per \
         category (`[categories]`) or per detector (`[detectors.ID] tier = ...`). Context words \
         raise a match's score when they occur near it; detectors marked *required* report a match \
         only with one of them nearby. Every example below is found by its detector (a test \
         checks it).\n",
        ds.len(),
        categories.len()
    )?;
    writeln!(out, "| category | tier | detectors |\n|---|---|---|")?;
    for (c, t) in &categories {
        let n = ds.iter().filter(|d| d.category == *c).count();
        writeln!(out, "| [{c}](#{c}) | {} | {n} |", t.as_str())?;
    }
    for (c, _) in &categories {
        writeln!(out, "\n## {c}\n")?;
        writeln!(
            out,
            "| id | name | tier | regulations | validator | context words | example |\n\
             |---|---|---|---|---|---|---|"
        )?;
        for d in ds.iter().filter(|d| d.category == *c) {
            let mut context = if d.context.is_empty() {
                String::new()
            } else {
                let words = d.context.join(", ");
                if d.requires_context {
                    format!("*required:* {words}")
                } else {
                    words
                }
            };
            if d.context_after_name {
                let sep = if context.is_empty() { "" } else { "; " };
                context =
                    format!("*or a person's name or e-mail address just before*{sep}{context}");
            }
            if !d.requires_nearby.is_empty() {
                let near = d
                    .requires_nearby
                    .iter()
                    .map(|id| format!("`{id}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let sep = if context.is_empty() { "" } else { "; " };
                context = format!("*only near a finding of* {near}{sep}{context}");
            }
            writeln!(
                out,
                "| `{}` | {} | {} | {} | {} | {} | {} |",
                d.id,
                cell(&d.name),
                d.tier.as_str(),
                d.regulations.join(", "),
                d.validator
                    .map_or(String::new(), |v| format!("`{}`", v.name())),
                cell(&context),
                d.example.as_deref().map_or(String::new(), |e| format!(
                    "<code>{}</code>",
                    cell(&html(e))
                )),
            )?;
        }
    }
    writeln!(out, "\n## Validators\n\n| validator | checks |\n|---|---|")?;
    for v in tiergate::Validator::ALL {
        writeln!(out, "| `{}` | {} |", v.name(), cell(v.description()))?;
    }
    Ok(())
}

/// Text safe inside a Markdown table cell.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', "↵")
}

fn html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
