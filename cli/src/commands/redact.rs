//! `tiergate redact`: replace sensitive values with typed placeholders and
//! print the text; `tiergate restore`: put the values back into a reply.

use super::{destinations, read_input};
use crate::error::core_error;
use crate::load::PolicyArg;
use crate::{EXIT_NOT_ALLOWED, EXIT_OK};
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use tiergate::Redacted;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    policy: PolicyArg,
    /// Print the redaction as JSON (placeholders and positions, never the original values).
    #[arg(long)]
    json: bool,
    /// Write the placeholders and the values they stand for to FILE (readable
    /// by you only), for `tiergate restore` on the reply.
    #[arg(long, value_name = "FILE")]
    map: Option<PathBuf>,
    /// Destination the redacted text is for (repeatable): exit 1, saying why,
    /// when it still may not go there (a finding that cannot be redacted).
    #[arg(long = "to", value_name = "DEST")]
    to: Vec<String>,
    /// The text to redact; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct RestoreArgs {
    /// The map `tiergate redact --map` wrote.
    #[arg(long, value_name = "FILE")]
    map: PathBuf,
    /// The reply to restore; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    let engine = a.policy.engine()?;
    let dests = if a.to.is_empty() {
        Vec::new()
    } else {
        destinations(&engine, &a.to)?
    };
    let (_, text) = read_input(a.file.as_deref())?;
    let redacted = engine.redact(&text, &engine.classify(&text));
    if let Some(path) = &a.map {
        write_private(path, format!("{}\n", redacted.to_map_json()).as_bytes())?;
        eprintln!(
            "tiergate: {} holds the original values: keep it private, and delete it when the reply is restored",
            path.display()
        );
    }
    if a.json {
        writeln!(out, "{}", redacted.to_json())?;
    } else {
        out.write_all(redacted.text().as_bytes())?;
    }
    // What redaction could not take out (a privilege marking, a finding of a
    // category that is not redactable) is still in the text.
    let left = engine.classify(redacted.text());
    let mut status = EXIT_OK;
    for dest in &dests {
        let decision = engine
            .decide(&left, dest)
            .map_err(|e| core_error(e, None))?;
        if !decision.action.permits_sending() {
            eprintln!(
                "tiergate: the redacted text still may not go to {dest} ({}): {}",
                decision.action.as_str(),
                decision.message
            );
            status = EXIT_NOT_ALLOWED;
        }
    }
    if dests.is_empty() && !left.findings.is_empty() {
        let mut kept: Vec<&str> = left.findings.iter().map(|f| f.detector.as_str()).collect();
        kept.sort_unstable();
        kept.dedup();
        let n = left.findings.len();
        eprintln!(
            "tiergate: {n} {} cannot be redacted and {} still in the text ({})",
            if n == 1 { "finding" } else { "findings" },
            if n == 1 { "is" } else { "are" },
            kept.join(", ")
        );
    }
    Ok(status)
}

/// `tiergate restore`: the reply with each placeholder replaced by its value.
pub fn restore(a: &RestoreArgs, out: &mut impl Write) -> Result<u8> {
    let map = std::fs::read_to_string(&a.map)
        .with_context(|| format!("cannot read the map {}", a.map.display()))?;
    let redaction = Redacted::from_map_json(&map).map_err(|e| core_error(e, Some(&a.map)))?;
    let (_, reply) = read_input(a.file.as_deref())?;
    out.write_all(redaction.restore(&reply).as_bytes())?;
    Ok(EXIT_OK)
}

/// Writes `bytes` to a new file (or over one) that only its owner can read.
fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        // An existing file keeps its mode on open: make it private first.
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
                .with_context(|| format!("cannot make {} private", path.display()))?;
        }
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("cannot write the map {}", path.display()))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    Ok(())
}
