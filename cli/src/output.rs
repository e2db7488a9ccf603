//! Human and JSON output. Values are shown masked; JSON carries offsets, not values.

use serde::Serialize;
use std::io::Write;
use tiergate::{Decision, DetectorInfo, Report, ReportWire, WIRE_VERSION};

/// Line starts of a text, for 1-based line and column (in characters) of byte offsets.
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count())
            + 1;
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
    let n = report.findings.len();
    writeln!(
        out,
        "{name}: {} ({n} finding{})",
        report.tier.as_str().to_uppercase(),
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
            let preview = f.span.slice(text).map(tiergate::mask).unwrap_or_default();
            writeln!(
                out,
                "  {:<24} {:<11} {:>5}  {:<9} {}",
                f.detector,
                f.tier.as_str(),
                f.score.to_string(),
                format!("{l}:{c}"),
                preview.replace('\n', " ")
            )?;
        }
    }
    writeln!(out)?;
    for d in decisions {
        writeln!(
            out,
            "  {:<24} {:<12} {}",
            d.destination,
            d.action.as_str().to_uppercase(),
            d.message
        )?;
        if d.redaction_available && !d.action.permits_sending() {
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

pub fn detectors(out: &mut impl Write, ds: &[DetectorInfo], json: bool) -> anyhow::Result<()> {
    if json {
        serde_json::to_writer_pretty(&mut *out, ds)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<24} {:<18} {:<11} {:<18} NAME",
        "ID", "CATEGORY", "TIER", "LABEL"
    )?;
    for d in ds {
        writeln!(
            out,
            "{:<24} {:<18} {:<11} {:<18} {}{}",
            d.id,
            d.category,
            d.tier.as_str(),
            d.label,
            d.name,
            if d.custom { " (custom)" } else { "" }
        )?;
    }
    Ok(())
}
