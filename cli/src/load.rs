//! The one policy loader: every command that takes a policy file reads it here,
//! once, and a signature (FILE.sig) is checked over exactly the text that is
//! loaded, never over a second read of the file that may differ.

use crate::error::core_error;
use anyhow::{Context, Result};
use clap::Args;
use std::path::{Path, PathBuf};
use tiergate::{Engine, ErrorKind, Policy};

#[derive(Args, Debug, Clone, Default)]
pub struct PolicyArg {
    /// Policy file (TOML, or JSON when its text starts with `{`). Default: the built-in policy.
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
    /// The --policy file, if one was given.
    pub fn file(&self) -> Option<&Path> {
        self.policy.as_deref()
    }

    /// The engine of the --policy file (signed by --policy-pubkey when given),
    /// or of the built-in policy.
    pub fn engine(&self) -> Result<Engine> {
        match &self.policy {
            None => Ok(Engine::builtin()),
            Some(path) => Ok(load(path, self.policy_pubkey.as_deref())?.engine),
        }
    }
}

/// A policy file as loaded: its text, read once, and the engine built from that text.
#[derive(Debug)]
pub struct Loaded {
    /// The exact text the engine was built from (what `policy sign` signs and
    /// `policy build` bakes in).
    pub text: String,
    pub engine: Engine,
}

/// Loads the policy file at `path`. With `pubkey`, it is accepted only when
/// `path`.sig is a valid signature by that key over the text that is loaded.
pub fn load(path: &Path, pubkey: Option<&Path>) -> Result<Loaded> {
    let text = read(path)?;
    let policy = match pubkey {
        Some(pubkey) => {
            let signature = read_signature(path, None)?;
            let public = read_line_file(pubkey, "public key")?;
            Policy::from_signed_text(&text, &signature, &public)
        }
        None => Policy::from_text(&text),
    }
    .map_err(|e| core_error(e, Some(path)))?;
    let engine = Engine::new(policy).map_err(|e| core_error(e, Some(path)))?;
    Ok(Loaded { text, engine })
}

/// The text of a policy file (an `io` core error when it cannot be read or is not UTF-8).
pub fn read(path: &Path) -> Result<String> {
    Policy::read_file(path).map_err(|e| core_error(e, Some(path)))
}

/// `FILE.sig` next to a policy file.
pub fn signature_path(policy: &Path) -> PathBuf {
    let mut p = policy.as_os_str().to_owned();
    p.push(".sig");
    PathBuf::from(p)
}

/// The signature of `policy`: `sig`, or `FILE.sig` next to it. A missing one
/// is a `policy_signature` error: the policy is not signed.
pub fn read_signature(policy: &Path, sig: Option<&Path>) -> Result<String> {
    let sig_path = sig.map_or_else(|| signature_path(policy), Path::to_path_buf);
    match std::fs::read_to_string(&sig_path) {
        Ok(s) => Ok(s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let message = format!(
                "{} is not signed (no {}); sign it with `tiergate policy sign`",
                policy.display(),
                sig_path.display()
            );
            Err(core_error(
                tiergate::Error::new(ErrorKind::PolicySignature, message),
                None,
            ))
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", sig_path.display())),
    }
}

/// A one-line file: a key (`what` names it in the error).
pub fn read_line_file(path: &Path, what: &str) -> Result<String> {
    std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the {what} {}", path.display()))
}
