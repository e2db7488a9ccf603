//! `tiergate policy check`: validate a policy file and compile its detectors.

use crate::error;
use crate::load;
use crate::{EXIT_NOT_ALLOWED, EXIT_OK};
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
use tiergate::ErrorKind;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The policy file.
    file: PathBuf,
}

pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    let engine = match load::load(&a.file, None) {
        Ok(loaded) => loaded.engine,
        Err(e) => {
            return match error::core(&e) {
                // A file that cannot be read is an error (exit 2), not an
                // invalid policy; its message names the file already.
                Some(core) if core.kind() == ErrorKind::Io => Err(core.without_file()),
                // An invalid policy is this command's "no" (exit 1).
                Some(_) => {
                    eprintln!("tiergate: {e}");
                    Ok(EXIT_NOT_ALLOWED)
                }
                None => Err(e),
            };
        }
    };
    let p = engine.policy();
    for w in p.warnings() {
        writeln!(out, "warning: {} (at {})", w.message, w.path)?;
    }
    let ds = engine.detectors();
    writeln!(
        out,
        "ok: policy `{}` revision {}: {} destinations, {} rules, {} detectors ({} custom)",
        p.id,
        p.revision,
        p.destinations.len(),
        p.rules.len(),
        ds.len(),
        ds.iter().filter(|d| d.custom).count()
    )?;
    Ok(EXIT_OK)
}
