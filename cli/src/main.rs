//! `tiergate`: classify prompts, files and folders and decide where they may go.

mod commands;
mod error;
mod load;
mod output;
mod style;

use anyhow::Result;
use clap::{Parser, Subcommand};
use commands::{audit, check, detectors, hook, policy, redact, scan};
use std::process::ExitCode;

/// Exit status: every checked text may go where --to asked (or no --to was given).
pub const EXIT_OK: u8 = 0;
/// Exit status: at least one text needs acknowledgement or redaction, or is blocked.
pub const EXIT_NOT_ALLOWED: u8 = 1;
/// Exit status: bad arguments, an invalid policy, or unreadable input.
pub const EXIT_ERROR: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "tiergate",
    version,
    about = "Classify text into data tiers and decide which Claude deployment may receive it",
    after_help = "Exit status: 0 allowed (or no --to given), 1 not allowed for a --to destination, 2 error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Colour tiers and actions: on a terminal unless NO_COLOR is set (auto), always or never.
    #[arg(long, global = true, value_enum, default_value_t, value_name = "WHEN")]
    color: style::When,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Classify one text (a file or standard input) and show the decision per destination.
    Check(check::Args),
    /// Classify every file under the given paths (in parallel, honouring .gitignore).
    Scan(scan::Args),
    /// Replace sensitive values with typed placeholders ([EMAIL_1]) and print the text.
    Redact(redact::Args),
    /// Put the values back into a reply to a redacted text (the map `redact --map` wrote).
    Restore(redact::RestoreArgs),
    /// Show or validate a policy.
    #[command(subcommand)]
    Policy(policy::PolicyCommand),
    /// List the detectors of a policy (built-in catalogue plus custom detectors).
    Detectors(detectors::Args),
    /// Work with audit logs (hash-chained JSON Lines; see the README's audit section).
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Check what AI clients send, as their hook (Claude Code), and install the hooks.
    #[command(subcommand)]
    Hook(hook::HookCommand),
}

fn run(cli: Cli) -> Result<u8> {
    cli.color.apply();
    // `check` and `scan` colour tiers and actions for people, through a stream
    // that strips the escapes unless standard output is a terminal that wants
    // them. Everything else — text, TOML, JSON, SARIF — reaches a file byte
    // for byte (a redacted log may hold escapes of its own; serde_json leaves
    // DEL unescaped, which stripping would drop).
    let painted = || anstream::stdout().lock();
    let raw = || std::io::stdout().lock();
    match cli.command {
        Command::Check(a) if a.for_people() => check::run(&a, &mut painted()),
        Command::Check(a) => check::run(&a, &mut raw()),
        Command::Scan(a) if a.for_people() => scan::run(a, &mut painted()),
        Command::Scan(a) => scan::run(a, &mut raw()),
        Command::Redact(a) => redact::run(&a, &mut raw()),
        Command::Restore(a) => redact::restore(&a, &mut raw()),
        Command::Policy(c) => policy::run(c, &mut raw()),
        Command::Detectors(a) => detectors::run(&a, &mut raw()),
        Command::Audit(c) => audit::run(c, &mut raw()),
        Command::Hook(c) => hook::run(c, &mut raw()),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // A closed pipe (`tiergate scan . | head`) is not an error worth a
            // message, however deep it is (`detectors --format json` writes
            // through serde_json).
            let broken_pipe = e.chain().any(|cause| {
                let kind = cause
                    .downcast_ref::<std::io::Error>()
                    .map(std::io::Error::kind)
                    .or_else(|| cause.downcast_ref::<serde_json::Error>()?.io_error_kind());
                kind == Some(std::io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::from(EXIT_OK);
            }
            eprintln!("tiergate: {}", error::line(&e));
            ExitCode::from(EXIT_ERROR)
        }
    }
}
