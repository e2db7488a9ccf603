//! One module per command, each with its arguments; the helpers several commands share.

pub mod audit;
pub mod check;
pub mod detectors;
pub mod hook;
pub mod policy;
pub mod redact;
pub mod scan;

use crate::error::{self, core_error};
use anyhow::{Context, Result};
use std::io::{IsTerminal, Read};
use std::path::Path;
use tiergate::Engine;

/// The input's name and text: a file, or standard input for `-` or none.
/// Input that is not UTF-8 is an error (offsets are the input's bytes, and
/// nothing outside a finding is ever rewritten).
pub fn read_input(file: Option<&Path>) -> Result<(String, String)> {
    let (name, bytes) = read_bytes(file)?;
    Ok((name.clone(), into_text(&name, bytes)?))
}

/// The input's bytes as text; binary (a NUL byte in the first 8 KiB) or not
/// UTF-8 is an error that says so.
pub fn into_text(name: &str, bytes: Vec<u8>) -> Result<String> {
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(error::cli(
            "not_text",
            format!(
                "{name} is binary (a NUL byte in its first 8 KiB): tiergate reads text and documents \
                 (PDF, Office, OpenDocument, e-mail, ZIP archives)"
            ),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => Err(error::cli(
            "not_text",
            format!("{name} is {}", scan::not_utf8(&e)),
        )),
    }
}

/// The input's name and bytes: a file, or standard input for `-` or none.
pub fn read_bytes(file: Option<&Path>) -> Result<(String, Vec<u8>)> {
    match file {
        Some(p) if p.is_dir() => Err(error::cli(
            "invalid_argument",
            format!(
                "{} is a folder: `tiergate scan {}` checks every file in it",
                p.display(),
                p.display()
            ),
        )),
        Some(p) if p != Path::new("-") => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok((p.display().to_string(), bytes))
        }
        _ => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                return Err(error::cli(
                    "no_input",
                    "nothing to read: pass a FILE, or pipe text into `tiergate check -`",
                ));
            }
            let mut s = Vec::new();
            stdin
                .lock()
                .read_to_end(&mut s)
                .context("cannot read standard input")?;
            Ok(("<stdin>".to_string(), s))
        }
    }
}

/// The destinations asked for, checked against the policy (an unknown one is an error).
pub fn destinations(engine: &Engine, to: &[String]) -> Result<Vec<String>> {
    if to.is_empty() {
        return Ok(engine
            .policy()
            .destinations
            .iter()
            .map(|d| d.id.clone())
            .collect());
    }
    for d in to {
        engine.destination(d).map_err(|e| core_error(e, None))?;
    }
    Ok(to.to_vec())
}
