//! `tiergate check`: classify one text and show the decision per destination.

use super::audit::AuditArg;
use super::policy::module;
use super::{destinations, into_text, read_bytes};
use crate::error::core_error;
use crate::load::PolicyArg;
use crate::output;
use crate::{EXIT_NOT_ALLOWED, EXIT_OK};
use anyhow::Result;
use std::io::Write;
use std::path::{Path, PathBuf};
use tiergate::{audit, Engine};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// Destination to decide for (repeatable). Default: every destination of the policy.
    #[arg(long = "to", value_name = "DEST")]
    to: Vec<String>,
    #[command(flatten)]
    policy: PolicyArg,
    /// Print the report and decisions as JSON (the wire format).
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    audit: AuditArg,
    /// Evaluate through this WebAssembly policy module (docs/abi.md) under wasmtime instead of
    /// the native engine; its baked-in policy applies unless --policy is given.
    #[arg(long, value_name = "FILE.wasm", conflicts_with_all = ["audit", "policy_pubkey"])]
    module: Option<PathBuf>,
    /// The text or document to check (PDF, Word, Excel, PowerPoint and OpenDocument files are
    /// read part by part); `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

impl Args {
    /// Whether the output is for people (coloured on a terminal), not JSON.
    pub fn for_people(&self) -> bool {
        !self.json
    }
}

pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    let (name, bytes) = read_bytes(a.file.as_deref())?;
    let document = tiergate::document::is_document(&bytes);
    if let Some(module) = &a.module {
        if document {
            let (doc, decisions) =
                module::evaluate_document(module, a.policy.file(), &bytes, file_name(a), &a.to)?;
            return print_document(out, a, &name, &doc, &decisions);
        }
        let text = into_text(&name, bytes)?;
        let (report, decisions) = module::evaluate(module, a.policy.file(), &text, &a.to)?;
        return print_check(out, a, &name, &text, &report, &decisions);
    }
    let engine = a.policy.engine()?;
    let dests = destinations(&engine, &a.to)?;
    if document {
        return check_document(out, a, &engine, &dests, &name, &bytes);
    }
    let text = into_text(&name, bytes)?;
    let report = engine.classify(&text);
    let decisions = dests
        .iter()
        .map(|d| engine.decide(&report, d).map_err(|e| core_error(e, None)))
        .collect::<Result<Vec<_>>>()?;
    if let Some(log) = a.audit.open()? {
        write_audit(log, &a.audit, &engine, &report, &decisions)?;
    }
    print_check(out, a, &name, &text, &report, &decisions)
}

/// `check` on a document: every part classified, the decision per
/// destination counts what could not be read as the policy says.
fn check_document(
    out: &mut impl Write,
    a: &Args,
    engine: &Engine,
    dests: &[String],
    name: &str,
    bytes: &[u8],
) -> Result<u8> {
    let doc = engine.classify_document(bytes, file_name(a));
    let decisions = dests
        .iter()
        .map(|d| {
            engine
                .decide_document(&doc, d)
                .map_err(|e| core_error(e, None))
        })
        .collect::<Result<Vec<_>>>()?;
    if let Some(log) = a.audit.open()? {
        write_audit(log, &a.audit, engine, &doc.merged(), &decisions)?;
    }
    print_document(out, a, name, &doc, &decisions)
}

/// The input file's name, a hint for reading a document.
fn file_name(a: &Args) -> Option<&str> {
    a.file
        .as_deref()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
}

/// Prints a document's check and returns its exit status.
fn print_document(
    out: &mut impl Write,
    a: &Args,
    name: &str,
    doc: &tiergate::DocumentReport,
    decisions: &[tiergate::Decision],
) -> Result<u8> {
    if a.json {
        output::document_json(out, name, doc, decisions)?;
    } else {
        output::document_human(out, name, doc, decisions)?;
    }
    Ok(exit_status(a, decisions))
}

/// Prints a check's result and returns its exit status.
fn print_check(
    out: &mut impl Write,
    a: &Args,
    name: &str,
    text: &str,
    report: &tiergate::Report,
    decisions: &[tiergate::Decision],
) -> Result<u8> {
    if a.json {
        output::check_json(out, name, report, decisions)?;
    } else {
        output::check_human(out, name, text, report, decisions)?;
    }
    Ok(exit_status(a, decisions))
}

/// Not allowed (1) when a destination named with `--to` may not receive the
/// input as it is; without `--to` the check only informs (0).
fn exit_status(a: &Args, decisions: &[tiergate::Decision]) -> u8 {
    let blocked = !a.to.is_empty() && decisions.iter().any(|d| !d.action.permits_sending());
    if blocked {
        EXIT_NOT_ALLOWED
    } else {
        EXIT_OK
    }
}

/// Appends one audit record per decision (no text, no values).
fn write_audit(
    mut log: audit::AuditLog,
    arg: &AuditArg,
    engine: &Engine,
    report: &tiergate::Report,
    decisions: &[tiergate::Decision],
) -> Result<()> {
    let ctx = arg.context("cli");
    for d in decisions {
        let event = audit::AuditEvent::decision(engine, report, d, None, &ctx);
        log.append(&event).map_err(|e| core_error(e, None))?;
    }
    Ok(())
}
