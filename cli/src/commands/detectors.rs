//! `tiergate detectors`: list the detectors of a policy (built-in catalogue plus custom ones).

use crate::load::PolicyArg;
use crate::output;
use crate::EXIT_OK;
use anyhow::Result;
use clap::ValueEnum;
use std::io::Write;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    policy: PolicyArg,
    /// Output format; `markdown` writes the catalogue reference (docs/detectors.md)
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Same as --format json
    #[arg(long, conflicts_with = "format")]
    json: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListFormat {
    Table,
    Json,
    Markdown,
}

pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    let engine = a.policy.engine()?;
    let format = if a.json { ListFormat::Json } else { a.format };
    output::detectors(out, &engine.detectors(), engine.policy(), format)?;
    Ok(EXIT_OK)
}
