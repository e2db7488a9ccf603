//! `tiergate`: classify prompts, files and folders and decide where they may go.

mod module_cmd;
mod output;
mod policy_cmd;
mod scan;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tiergate::{audit, signing, Engine, Policy};

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
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Classify one text (a file or standard input) and show the decision per destination.
    Check(CheckArgs),
    /// Classify every file under the given paths (in parallel, honouring .gitignore).
    Scan(scan::ScanArgs),
    /// Replace sensitive values with typed placeholders ([EMAIL_1]) and print the text.
    Redact(RedactArgs),
    /// Show or validate a policy.
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// List the detectors of a policy (built-in catalogue plus custom detectors).
    Detectors(DetectorsArgs),
    /// Work with audit logs (hash-chained JSON Lines; see the README's audit section).
    #[command(subcommand)]
    Audit(AuditCommand),
}

#[derive(Subcommand, Debug)]
enum AuditCommand {
    /// Verify an audit log's hash chain; reports the first broken, missing or torn record.
    Verify {
        /// The audit log (JSON Lines).
        file: PathBuf,
    },
}

#[derive(Args, Debug, Clone)]
pub struct PolicyArg {
    /// Policy file (TOML, or JSON when it ends in .json). Default: the built-in policy.
    #[arg(long, value_name = "FILE", global = true)]
    policy: Option<PathBuf>,
    /// Accept --policy only with a valid signature (FILE.sig) by this public key.
    #[arg(
        long,
        value_name = "PUBKEY",
        global = true,
        env = "TIERGATE_POLICY_PUBKEY"
    )]
    policy_pubkey: Option<PathBuf>,
}

impl PolicyArg {
    pub fn engine(&self) -> Result<Engine> {
        match &self.policy {
            None => Ok(Engine::builtin()),
            Some(path) => {
                if let Some(pubkey) = &self.policy_pubkey {
                    verify_signature(path, None, pubkey)?;
                }
                let policy = Policy::from_path(path).map_err(|e| core_error(e, Some(path)))?;
                Engine::new(policy).map_err(|e| core_error(e, Some(path)))
            }
        }
    }
}

/// `FILE.sig` next to a policy file.
fn signature_path(policy: &Path) -> PathBuf {
    let mut p = policy.as_os_str().to_owned();
    p.push(".sig");
    PathBuf::from(p)
}

fn read_line_file(path: &Path, what: &str) -> Result<String> {
    std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the {what} {}", path.display()))
}

/// Checks a policy file's signature; returns the key id.
fn verify_signature(policy: &Path, sig: Option<&Path>, pubkey: &Path) -> Result<String> {
    let sig_path = sig.map_or_else(|| signature_path(policy), Path::to_path_buf);
    let bytes =
        std::fs::read(policy).with_context(|| format!("cannot read {}", policy.display()))?;
    let signature = match std::fs::read_to_string(&sig_path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(anyhow::anyhow!(
                "policy_signature: {} is not signed (no {}); sign it with `tiergate policy sign`",
                policy.display(),
                sig_path.display()
            ))
        }
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", sig_path.display())),
    };
    let public = read_line_file(pubkey, "public key")?;
    signing::verify(&bytes, &signature, &public).map_err(|e| core_error(e, Some(policy)))
}

#[derive(Args, Debug)]
struct CheckArgs {
    /// Destination to decide for (repeatable). Default: every destination of the policy.
    #[arg(long = "to", value_name = "DEST")]
    to: Vec<String>,
    #[command(flatten)]
    policy: PolicyArg,
    /// Print the report and decisions as JSON (the wire format).
    #[arg(long)]
    json: bool,
    /// Append a content-free audit record per decision to this log (JSON Lines, hash-chained).
    #[arg(long, value_name = "FILE")]
    audit: Option<PathBuf>,
    /// An opaque id of who is checking, recorded in the audit log (never a name or an email).
    #[arg(long, value_name = "ID", requires = "audit")]
    actor: Option<String>,
    /// Evaluate through this WebAssembly policy module (docs/abi.md) under wasmtime instead of
    /// the native engine; its baked-in policy applies unless --policy is given.
    #[arg(long, value_name = "FILE.wasm", conflicts_with_all = ["audit", "policy_pubkey"])]
    module: Option<PathBuf>,
    /// The text to check; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct RedactArgs {
    #[command(flatten)]
    policy: PolicyArg,
    /// Print the redaction as JSON (placeholders and positions, never the original values).
    #[arg(long)]
    json: bool,
    /// The text to redact; `-` or nothing reads standard input.
    file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum PolicyCommand {
    /// Print a policy: the commented built-in TOML, or --policy FILE; --json for the JSON form.
    Show {
        #[command(flatten)]
        policy: PolicyArg,
        #[arg(long)]
        json: bool,
    },
    /// Validate a policy file and compile its detectors; errors give line and column.
    Check {
        /// The policy file.
        file: PathBuf,
    },
    /// Run test cases against a policy: expected tier, detectors and action per destination.
    ///
    /// CASES is TOML (or JSON): [[cases]] with name, text, optional tier and detectors,
    /// and [cases.actions] mapping destination ids to actions. Exit 1 if a case fails.
    Test {
        /// The policy file.
        policy: PathBuf,
        /// The case file.
        cases: PathBuf,
    },
    /// Make an Ed25519 key pair for signing policies: NAME.key (secret) and NAME.pub.
    Keygen {
        /// Path and name of the key files, without extension.
        name: PathBuf,
    },
    /// Sign a policy file with a secret key: writes FILE.sig.
    Sign {
        /// The policy file.
        file: PathBuf,
        /// The secret key (NAME.key from `policy keygen`).
        #[arg(long, value_name = "KEY")]
        key: PathBuf,
    },
    /// Check a policy file's signature (FILE.sig) against a public key. Exit 1 if it does not verify.
    Verify {
        /// The policy file.
        file: PathBuf,
        /// The public key (NAME.pub).
        #[arg(long, value_name = "PUBKEY")]
        pubkey: PathBuf,
        /// The signature file; default FILE.sig.
        #[arg(long, value_name = "SIG")]
        sig: Option<PathBuf>,
    },
    /// Bake a policy into a WebAssembly policy module: one .wasm file to distribute (docs/abi.md).
    Build {
        /// The policy file (TOML or JSON); it is checked first.
        policy: PathBuf,
        /// The module to start from (scripts/build-module writes target/module/tiergate.wasm).
        #[arg(long, value_name = "FILE.wasm")]
        module: PathBuf,
        /// Where to write the module with the policy.
        #[arg(short, long, value_name = "OUT.wasm")]
        output: PathBuf,
    },
    /// Show how tiers and actions would change from OLD to NEW over a corpus, before rollout.
    Diff {
        /// The policy in force.
        old: PathBuf,
        /// The proposed policy.
        new: PathBuf,
        /// Files and folders to classify with both (honours .gitignore).
        #[arg(long, required = true, num_args = 1..)]
        corpus: Vec<PathBuf>,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug)]
struct DetectorsArgs {
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

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Sarif,
}

/// A core error as one line: code, message, and which file.
pub fn core_error(e: tiergate::Error, file: Option<&Path>) -> anyhow::Error {
    match file {
        Some(f) => anyhow::anyhow!("{}: {e} (in {})", e.code(), f.display()),
        None => anyhow::anyhow!("{}: {e}", e.code()),
    }
}

fn read_input(file: Option<&Path>) -> Result<(String, String)> {
    match file {
        Some(p) if p != Path::new("-") => {
            let bytes = std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
            Ok((
                p.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            ))
        }
        _ => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                anyhow::bail!("no input: pass a FILE, or pipe text into `tiergate check -`");
            }
            let mut s = Vec::new();
            stdin
                .lock()
                .read_to_end(&mut s)
                .context("cannot read standard input")?;
            Ok((
                "<stdin>".to_string(),
                String::from_utf8_lossy(&s).into_owned(),
            ))
        }
    }
}

/// Prints a check's result and returns its exit status.
fn print_check(
    out: &mut impl Write,
    a: &CheckArgs,
    name: &str,
    text: &str,
    report: &tiergate::Report,
    decisions: &[tiergate::Decision],
) -> Result<u8> {
    if a.json {
        output::check_json(out, name, report, decisions)?;
    } else {
        output::check_human(out, name, text, report, decisions)?;
    }
    let blocked = !a.to.is_empty() && decisions.iter().any(|d| !d.action.permits_sending());
    Ok(if blocked { EXIT_NOT_ALLOWED } else { EXIT_OK })
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

fn run(cli: Cli) -> Result<u8> {
    let mut out = std::io::stdout().lock();
    match cli.command {
        Command::Check(a) if a.module.is_some() => {
            let module = a.module.as_deref().unwrap_or(Path::new(""));
            let (name, text) = read_input(a.file.as_deref())?;
            let (report, decisions) =
                module_cmd::evaluate(module, a.policy.policy.as_deref(), &text, &a.to)?;
            print_check(&mut out, &a, &name, &text, &report, &decisions)
        }
        Command::Check(a) => {
            let engine = a.policy.engine()?;
            let dests = destinations(&engine, &a.to)?;
            let (name, text) = read_input(a.file.as_deref())?;
            let report = engine.classify(&text);
            let decisions = dests
                .iter()
                .map(|d| engine.decide(&report, d).map_err(|e| core_error(e, None)))
                .collect::<Result<Vec<_>>>()?;
            if let Some(path) = &a.audit {
                write_audit(path, &engine, &report, &decisions, a.actor.as_deref())?;
            }
            print_check(&mut out, &a, &name, &text, &report, &decisions)
        }
        Command::Policy(PolicyCommand::Build {
            policy,
            module,
            output,
        }) => module_cmd::build(&policy, &module, &output, &mut out),
        Command::Scan(a) => scan::run(a, &mut out),
        Command::Redact(a) => {
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
        Command::Policy(PolicyCommand::Show { policy, json }) => {
            match (&policy.policy, json) {
                (None, false) => out.write_all(Policy::builtin_source().as_bytes())?,
                (Some(path), false) => out.write_all(
                    std::fs::read(path)
                        .with_context(|| format!("cannot read {}", path.display()))?
                        .as_slice(),
                )?,
                (_, true) => writeln!(out, "{}", policy.engine()?.policy().to_json())?,
            }
            Ok(EXIT_OK)
        }
        Command::Policy(PolicyCommand::Check { file }) => {
            let checked = Policy::from_path(&file).and_then(Engine::new);
            match checked {
                Ok(engine) => {
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
                Err(e) if e.kind() == tiergate::ErrorKind::Io => Err(core_error(e, None)),
                Err(e) => {
                    eprintln!("tiergate: {}", core_error(e, Some(&file)));
                    Ok(EXIT_NOT_ALLOWED)
                }
            }
        }
        Command::Policy(PolicyCommand::Keygen { name }) => {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed)
                .map_err(|e| anyhow::anyhow!("no randomness for a key: {e}"))?;
            let (secret, public) = signing::keypair_from_seed(seed);
            let key = name.with_extension("key");
            let pubkey = name.with_extension("pub");
            write_new(&key, &secret, true)?;
            write_new(&pubkey, &public, false)?;
            writeln!(
                out,
                "wrote {} (secret: keep it safe) and {}",
                key.display(),
                pubkey.display()
            )?;
            Ok(EXIT_OK)
        }
        Command::Policy(PolicyCommand::Sign { file, key }) => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            // Never sign a policy that does not load.
            Policy::from_path(&file)
                .and_then(Engine::new)
                .map_err(|e| core_error(e, Some(&file)))?;
            let secret = read_line_file(&key, "secret key")?;
            let signature =
                signing::sign(&bytes, &secret).map_err(|e| core_error(e, Some(&key)))?;
            let sig = signature_path(&file);
            std::fs::write(&sig, format!("{signature}\n"))
                .with_context(|| format!("cannot write {}", sig.display()))?;
            writeln!(out, "wrote {}", sig.display())?;
            Ok(EXIT_OK)
        }
        Command::Policy(PolicyCommand::Verify { file, pubkey, sig }) => {
            match verify_signature(&file, sig.as_deref(), &pubkey) {
                Ok(id) => {
                    writeln!(out, "{}: signature ok (key {id})", file.display())?;
                    Ok(EXIT_OK)
                }
                Err(e) if e.to_string().starts_with("policy_signature") => {
                    writeln!(out, "{}: {e}", file.display())?;
                    Ok(EXIT_NOT_ALLOWED)
                }
                Err(e) => Err(e),
            }
        }
        Command::Policy(PolicyCommand::Test { policy, cases }) => {
            policy_cmd::test(&policy, &cases, &mut out)
        }
        Command::Policy(PolicyCommand::Diff {
            old,
            new,
            corpus,
            json,
        }) => policy_cmd::diff(&old, &new, &corpus, json, &mut out),
        Command::Detectors(a) => {
            let engine = a.policy.engine()?;
            let format = if a.json { ListFormat::Json } else { a.format };
            output::detectors(&mut out, &engine.detectors(), format)?;
            Ok(EXIT_OK)
        }
        Command::Audit(AuditCommand::Verify { file }) => {
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
    }
}

/// Writes a key file that must not exist yet (a secret key readable by its owner only).
fn write_new(path: &Path, line: &str, secret: bool) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = secret;
    let mut f = options
        .open(path)
        .with_context(|| format!("cannot create {} (it must not exist yet)", path.display()))?;
    writeln!(f, "{line}").with_context(|| format!("cannot write {}", path.display()))
}

/// Appends one audit record per decision (no text, no values).
fn write_audit(
    path: &Path,
    engine: &Engine,
    report: &tiergate::Report,
    decisions: &[tiergate::Decision],
    actor: Option<&str>,
) -> Result<()> {
    let mut log =
        audit::AuditLog::open(path, audit::Durability::Sync).map_err(|e| core_error(e, None))?;
    let ctx = audit::AuditContext {
        surface: "cli".to_string(),
        actor: actor.map(str::to_string),
        fingerprint_key: None,
    };
    for d in decisions {
        let event = audit::AuditEvent::decision(engine, report, d, None, &ctx);
        log.append(&event).map_err(|e| core_error(e, None))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // A closed pipe (`tiergate scan . | head`) is not an error worth a message.
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::from(EXIT_OK);
            }
            eprintln!("tiergate: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
