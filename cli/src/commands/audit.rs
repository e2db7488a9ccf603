//! `tiergate audit verify`: check an audit log's hash chain.

use crate::error::core_error;
use crate::{EXIT_NOT_ALLOWED, EXIT_OK};
use anyhow::Result;
use clap::Subcommand;
use std::io::Write;
use std::path::PathBuf;
use tiergate::audit;

#[derive(Subcommand, Debug)]
pub enum AuditCommand {
    /// Verify an audit log's hash chain; reports the first broken, missing or torn record.
    Verify {
        /// The audit log (JSON Lines).
        file: PathBuf,
    },
}

pub fn run(command: AuditCommand, out: &mut impl Write) -> Result<u8> {
    let AuditCommand::Verify { file } = command;
    let v = audit::verify(&file).map_err(|e| core_error(e, None))?;
    let name = file.display();
    match (&v.problem, v.torn_at) {
        (Some(problem), _) => {
            writeln!(
                out,
                "{name}: broken: {problem}; the {} records before it verify",
                v.records
            )?;
            Ok(EXIT_NOT_ALLOWED)
        }
        (None, Some(at)) => {
            writeln!(
                out,
                "{name}: {} records verify; the last line (from byte {at}) is incomplete: a write was torn by a crash. Opening the log for writing sets it aside into {name}.torn",
                v.records
            )?;
            Ok(EXIT_NOT_ALLOWED)
        }
        (None, None) => {
            writeln!(out, "{name}: {} records, chain intact", v.records)?;
            Ok(EXIT_OK)
        }
    }
}
