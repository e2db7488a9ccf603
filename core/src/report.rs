//! Reports and findings, and their wire form.

use crate::offsets::{convert_offsets, OffsetUnit};
use crate::tier::{Score, Tier};
use serde::{Deserialize, Serialize};

/// The version of the JSON wire format for reports, decisions and redactions.
pub const WIRE_VERSION: u32 = 1;

/// A half-open range of UTF-8 byte offsets into the scanned text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The spanned text, or `None` if the span does not fit `text`.
    pub fn slice(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

/// One piece of data found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Detector id (`email`, `us_ssn`, ...).
    pub detector: String,
    /// Category (`contact`, `government_id`, ...).
    pub category: String,
    /// Tier of this finding under the policy.
    pub tier: Tier,
    /// Confidence after validation and context.
    pub score: Score,
    /// Where it is, in UTF-8 bytes.
    pub span: Span,
    /// Regulation tags (`gdpr`, `hipaa`, `pci-dss`).
    pub regulations: Vec<String>,
    /// Whether replacing it with a placeholder removes the risk.
    pub redactable: bool,
    /// The spreadsheet cell it is in (`C4`), for a finding in a document's
    /// sheet; `None` everywhere else.
    pub cell: Option<String>,
}

/// The result of classifying a text.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Report {
    /// The highest tier among the findings; public when there are none.
    pub tier: Tier,
    /// Findings sorted by position; they never overlap.
    pub findings: Vec<Finding>,
}

/// The wire form of a [`Report`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)] // documented in the README's wire format section
pub struct ReportWire {
    pub version: u32,
    pub offsets: OffsetUnit,
    pub tier: Tier,
    pub findings: Vec<FindingWire>,
}

/// The wire form of a [`Finding`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)] // documented in the README's wire format section
pub struct FindingWire {
    pub detector: String,
    pub category: String,
    pub tier: Tier,
    pub score: Score,
    pub start: usize,
    pub end: usize,
    pub regulations: Vec<String>,
    pub redactable: bool,
    /// The spreadsheet cell (`C4`) of a finding in a document's sheet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
}

impl ReportWire {
    /// The report back from its wire form with UTF-8 offsets (how the
    /// WebAssembly policy module returns it).
    ///
    /// # Errors
    /// `invalid_argument` when the offsets are not UTF-8 bytes or the wire
    /// version is not [`WIRE_VERSION`].
    pub fn to_report(&self) -> Result<Report, crate::Error> {
        self.check_version()?;
        if self.offsets != OffsetUnit::Utf8 {
            return Err(crate::Error::new(
                crate::ErrorKind::InvalidArgument,
                format!(
                    "report offsets are {}; only utf8 offsets convert back to a report",
                    self.offsets.as_str()
                ),
            ));
        }
        Ok(self.report_with(|f| Span {
            start: f.start,
            end: f.end,
        }))
    }

    /// The report for deciding only: positions do not matter there.
    pub(crate) fn to_report_unplaced(&self) -> Report {
        self.report_with(|_| Span { start: 0, end: 0 })
    }

    pub(crate) fn check_version(&self) -> Result<(), crate::Error> {
        if self.version == WIRE_VERSION {
            return Ok(());
        }
        Err(crate::Error::new(
            crate::ErrorKind::InvalidArgument,
            format!(
                "report has wire version {}; this engine reads version {WIRE_VERSION}",
                self.version
            ),
        ))
    }

    fn report_with(&self, span: impl Fn(&FindingWire) -> Span) -> Report {
        Report {
            tier: self.tier,
            findings: self
                .findings
                .iter()
                .map(|f| Finding {
                    detector: f.detector.clone(),
                    category: f.category.clone(),
                    tier: f.tier,
                    score: f.score,
                    span: span(f),
                    regulations: f.regulations.clone(),
                    redactable: f.redactable,
                    cell: f.cell.clone(),
                })
                .collect(),
        }
    }
}

impl Report {
    /// The findings of several texts decided together (the parts of one
    /// request), under the highest of their tiers. Offsets stay those of each
    /// text: the result is for deciding, not for slicing.
    pub(crate) fn combined<'r>(reports: impl IntoIterator<Item = &'r Report>) -> Report {
        let mut all = Report::default();
        for r in reports {
            all.tier = all.tier.max(r.tier);
            all.findings.extend(r.findings.iter().cloned());
        }
        all
    }
}

impl Report {
    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
    }

    /// Regulation tags of all findings, sorted and unique.
    pub fn regulations(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self
            .findings
            .iter()
            .flat_map(|f| f.regulations.iter().map(String::as_str))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// The wire form with offsets in UTF-8 bytes.
    pub fn to_wire(&self) -> ReportWire {
        self.wire_with(|f| (f.span.start, f.span.end), OffsetUnit::Utf8)
    }

    /// The wire form with offsets converted to `unit` for `text` (the text that was classified).
    pub fn to_wire_in(&self, text: &str, unit: OffsetUnit) -> ReportWire {
        let bytes: Vec<usize> = self
            .findings
            .iter()
            .flat_map(|f| [f.span.start, f.span.end])
            .collect();
        let conv = convert_offsets(text, &bytes, unit);
        let mut it = conv.chunks(2);
        self.wire_with(|_| it.next().map_or((0, 0), |c| (c[0], c[1])), unit)
    }

    fn wire_with(
        &self,
        mut span: impl FnMut(&Finding) -> (usize, usize),
        unit: OffsetUnit,
    ) -> ReportWire {
        ReportWire {
            version: WIRE_VERSION,
            offsets: unit,
            tier: self.tier,
            findings: self
                .findings
                .iter()
                .map(|f| {
                    let (start, end) = span(f);
                    FindingWire {
                        detector: f.detector.clone(),
                        category: f.category.clone(),
                        tier: f.tier,
                        score: f.score,
                        start,
                        end,
                        regulations: f.regulations.clone(),
                        redactable: f.redactable,
                        cell: f.cell.clone(),
                    }
                })
                .collect(),
        }
    }

    /// The report as compact JSON in the wire format (byte offsets).
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.to_wire()).expect("report serialises")
    }

    /// The report as compact JSON in the wire format, with offsets in `unit`
    /// for `text` (the text that was classified).
    pub fn to_json_in(&self, text: &str, unit: OffsetUnit) -> String {
        serde_json::to_string(&self.to_wire_in(text, unit)).expect("report serialises")
    }
}

impl Serialize for Report {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_wire().serialize(s)
    }
}

/// A short masked preview of a finding for humans: enough to recognise it,
/// never enough to reuse it (`j***@a***.io`, `**** **** **** 6467`).
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let n = chars.len();
    if let Some(at) = value.find('@').filter(|_| !value.contains("://")) {
        let (local, domain) = value.split_at(at);
        let tld = domain.rfind('.').map_or("", |i| &domain[i..]);
        let first = local.chars().next().map(String::from).unwrap_or_default();
        let dom_first = domain[1..]
            .chars()
            .next()
            .map(String::from)
            .unwrap_or_default();
        return format!("{first}***@{dom_first}***{tld}");
    }
    let digits = chars.iter().filter(|c| c.is_ascii_digit()).count();
    if digits >= 8 && digits * 2 >= n {
        // Show the last four digits only, keep separators so the shape is recognisable.
        let mut seen = 0;
        let mut out: Vec<char> = chars.clone();
        for c in out.iter_mut().rev() {
            if c.is_ascii_digit() {
                seen += 1;
                if seen > 4 {
                    *c = '*';
                }
            }
        }
        return out.into_iter().collect();
    }
    let keep = match n {
        0..=3 => 0,
        4..=11 => 1,
        _ => 3,
    };
    let head: String = chars.iter().take(keep).collect();
    let stars = (n - keep).min(12);
    format!("{head}{}", "*".repeat(stars.max(3)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masking_hides_values() {
        assert_eq!(mask("jane.doe@acme.io"), "j***@a***.io");
        assert_eq!(mask("4539 1488 0343 6467"), "**** **** **** 6467");
        assert_eq!(
            mask("ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
            "ghp************"
        );
        assert_eq!(mask("Smith"), "S****");
        assert_eq!(mask("ab"), "***");
    }

    #[test]
    fn wire_offsets_convert() {
        let text = "😀 x@y.io";
        let r = Report {
            tier: Tier::Sensitive,
            findings: vec![Finding {
                detector: "email".into(),
                category: "contact".into(),
                tier: Tier::Sensitive,
                score: Score::from_hundredths(90),
                span: Span { start: 5, end: 11 },
                regulations: vec!["gdpr".into()],
                redactable: true,
                cell: None,
            }],
        };
        let w = r.to_wire_in(text, OffsetUnit::Utf16);
        assert_eq!((w.findings[0].start, w.findings[0].end), (3, 9));
        assert_eq!(w.offsets, OffsetUnit::Utf16);
        let json = r.to_json();
        assert!(json.starts_with(r#"{"version":1,"offsets":"utf8","tier":"sensitive","findings":[{"detector":"email""#), "{json}");
        let back: ReportWire = serde_json::from_str(&json).unwrap();
        assert_eq!(back, r.to_wire());
    }
}
