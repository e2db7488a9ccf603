//! `tiergate policy show`: print the built-in policy or a policy file, as it
//! is, as JSON, or resolved (a policy that `extends` another, merged: the
//! whole policy that decides).

use crate::load::PolicyArg;
use crate::EXIT_OK;
use anyhow::{Context, Result};
use std::io::Write;
use tiergate::Policy;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    policy: PolicyArg,
    /// The effective policy as JSON (a policy that extends another, merged).
    #[arg(long)]
    json: bool,
    /// The effective policy as TOML: a policy that extends another, merged.
    #[arg(long, conflicts_with = "json")]
    resolved: bool,
}

pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    if a.resolved {
        let policy = a.policy.engine()?.policy().clone();
        let toml = toml::to_string(&policy).context("cannot write the policy as TOML")?;
        write!(out, "{toml}")?;
        return Ok(EXIT_OK);
    }
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
