//! tiergate classifies text into data tiers and decides which Claude
//! deployment may receive it.
//!
//! It is a classifier (detectors for personal data, financial and health
//! data, national identifiers, credentials, legal and government markings,
//! internal infrastructure) and a policy engine (tiers per category,
//! destinations described by their properties, ordered rules, regulations).
//! It is not a model and never calls one: everything runs locally.
//!
//! # Example
//! ```
//! use tiergate::{Action, Engine, Policy, Tier};
//!
//! let engine = Engine::new(Policy::builtin())?;          // compiles every detector once
//! let report = engine.classify("Patient Jane Roe, SSN 536-90-4399");
//! assert_eq!(report.tier, Tier::Restricted);
//! let decision = engine.decide(&report, "claude-ai")?;  // unknown destination is an error
//! assert_eq!(decision.action, Action::Block);
//! println!("{}", decision.message);                      // names detectors, never values
//! # Ok::<(), tiergate::Error>(())
//! ```
//!
//! # Guarantees
//! - **Deterministic**: the same policy and text give the same report, in every runtime.
//! - **No network, no files but the ones you name**: a policy file
//!   ([`Policy::from_path`], [`Policy::read_file`]) and an [`audit`] log.
//! - **No panics** on any input text; [`Engine::classify`] is infallible.
//! - **Linear time** in the length of the text: every regex is compiled by the
//!   `regex` crate (finite automata, no backtracking), keywords by `aho-corasick`.
//! - **Offsets are UTF-8 byte offsets** into the text you passed in;
//!   [`convert_offsets`] turns them into UTF-16 (JavaScript) or code-point
//!   (Python) offsets.
//! - **No scanned text in errors, messages or logs**: messages name detectors
//!   and policy items only.
//!
//! # Layout
//! One module per stage of the pipeline, each importing only from the ones
//! before it: [`document`] (files to text) and `validate` (checks) →
//! `policy` → `detect` → `decision` and `redact` → [`Engine`] (the facade)
//! → [`guard`] and [`audit`].
//! `docs/architecture.md` walks one check through them.
//!
//! # Wire format
//! Reports, decisions and redactions have one versioned JSON form
//! ([`WIRE_VERSION`]), used by the CLI's `--json`, the shared test vectors and
//! every binding. See the README's "Wire format" section.

#![warn(missing_docs)]

pub mod audit;
mod decision;
mod detect;
pub mod document;
mod engine;
mod error;
pub mod guard;
mod offsets;
mod policy;
mod redact;
mod report;
pub mod signing;
mod tier;
mod validate;

pub use decision::{Decision, PolicyRef, Reason, UnreadablePart};
pub use detect::DetectorInfo;
pub use engine::{BatchErrors, DocumentReportWire, Engine, PartWire};
#[cfg(feature = "documents")]
pub use engine::{DocumentReport, PartReport};
pub use error::{contain, Error, ErrorKind, Location};
pub use guard::{GuardMode, GuardOutcome};
pub use offsets::{convert_offsets, text_from_surrogates, to_byte_offsets, OffsetUnit};
pub use policy::{
    Allowlist, Category, Client, Condition, Destination, DetectorSpec, Documents, Escalation,
    OnError, Pattern, PatternSpec, Policy, PolicyStamp, PolicyWarning, Regulation, Rule, Settings,
    MAX_EXTENDS_DEPTH, MAX_POLICY_BYTES, MAX_POLICY_DEPTH, POLICY_SCHEMA,
};
pub use redact::{Redacted, RedactedBatch, Replacement, StreamRestorer};
pub use report::{mask, Finding, FindingWire, Report, ReportWire, Span, WIRE_VERSION};
pub use tier::{Action, Score, Tier};
pub use validate::{iban_mod97, luhn, verhoeff, Check, Validator};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
