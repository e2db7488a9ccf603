//! `tiergate audit verify`: check an audit log's hash chain; and the audit
//! options of the commands that record decisions.

use crate::error::core_error;
use crate::{EXIT_NOT_ALLOWED, EXIT_OK};
use anyhow::Result;
use clap::Subcommand;
use std::io::Write;
use std::path::PathBuf;
use tiergate::audit;

/// Where `check` and the hooks record their decisions.
#[derive(clap::Args, Debug, Default)]
pub struct AuditArg {
    /// Append a content-free audit record per decision to this log (JSON Lines, hash-chained).
    #[arg(long, value_name = "FILE")]
    pub audit: Option<PathBuf>,
    /// An opaque id of who is checking, recorded in the audit log (never a name or an email).
    #[arg(long, value_name = "ID", requires = "audit")]
    pub actor: Option<String>,
    /// Go on in a new file `daily` (UTC) or when the log reaches a size (`100MB`, `1GiB`); the
    /// closed file is kept as FILE.N, N the sequence number of its first record.
    #[arg(long, value_name = "WHEN", requires = "audit", value_parser = rotation)]
    pub audit_rotate: Option<audit::Rotation>,
}

pub(crate) fn rotation(s: &str) -> Result<audit::Rotation, String> {
    s.parse()
        .map_err(|e: tiergate::Error| e.message().to_string())
}

impl AuditArg {
    /// The log `--audit` names, open for appending.
    pub fn open(&self) -> Result<Option<audit::AuditLog>> {
        let Some(path) = &self.audit else {
            return Ok(None);
        };
        let log = audit::AuditLog::open(path, audit::Durability::Sync)
            .map_err(|e| core_error(e, None))?;
        Ok(Some(
            log.with_rotation(self.audit_rotate.unwrap_or_default()),
        ))
    }

    /// Who records, from `surface`.
    pub fn context(&self, surface: &str) -> audit::AuditContext {
        audit::AuditContext {
            surface: surface.to_string(),
            actor: self.actor.clone(),
            fingerprint_key: None,
        }
    }
}

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
            let files = match v.files {
                1 => String::new(),
                n => format!(" in {n} files"),
            };
            let removed = match v.first {
                0 => String::new(),
                first => format!(
                    "; records 0 to {} are in segments no longer here (removed by retention, or deleted)",
                    first - 1
                ),
            };
            writeln!(
                out,
                "{name}: {} records{files}, chain intact{removed}",
                v.records
            )?;
            Ok(EXIT_OK)
        }
    }
}
