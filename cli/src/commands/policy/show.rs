//! `tiergate policy show`: print the built-in policy or a policy file, as it is or as JSON.

use crate::load::PolicyArg;
use crate::EXIT_OK;
use anyhow::{Context, Result};
use std::io::Write;
use tiergate::Policy;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    policy: PolicyArg,
    #[arg(long)]
    json: bool,
}

pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    match (a.policy.file(), a.json) {
        (None, false) => out.write_all(Policy::builtin_source().as_bytes())?,
        // The file as it is, comments included: it is shown, not loaded.
        (Some(path), false) => out.write_all(
            std::fs::read(path)
                .with_context(|| format!("cannot read {}", path.display()))?
                .as_slice(),
        )?,
        (_, true) => writeln!(out, "{}", a.policy.engine()?.policy().to_json())?,
    }
    Ok(EXIT_OK)
}
