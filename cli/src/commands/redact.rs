//! `tiergate redact`: replace sensitive values with typed placeholders and print the text.

use super::read_input;
use crate::load::PolicyArg;
use crate::EXIT_OK;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    policy: PolicyArg,
    /// Print the redaction as JSON (placeholders and positions, never the original values).
    #[arg(long)]
    json: bool,
    /// The text to redact; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    let engine = a.policy.engine()?;
    let (_, text) = read_input(a.file.as_deref())?;
    let redacted = engine.redact(&text, &engine.classify(&text));
    if a.json {
        writeln!(out, "{}", redacted.to_json())?;
    } else {
        out.write_all(redacted.text().as_bytes())?;
    }
    Ok(EXIT_OK)
}
