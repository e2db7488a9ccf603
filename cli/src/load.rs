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
    /// The exact text the engine was built from (what `policy sign` signs).
    pub text: String,
    /// A text that loads on its own, anywhere (what `policy build` bakes in):
    /// `text`, or the resolved policy as JSON when it extends another file.
    pub portable: String,
    pub engine: Engine,
}

/// Loads the policy file at `path`, and the files it `extends`. With
/// `pubkey`, each file is accepted only when its FILE.sig is a valid
/// signature by that key over the text that is loaded.
pub fn load(path: &Path, pubkey: Option<&Path>) -> Result<Loaded> {
    let public = pubkey
        .map(|k| read_line_file(k, "public key"))
        .transpose()?;
    let mut texts: Vec<String> = Vec::new();
    let policy = Policy::from_path_verified(path, |file, text| {
        if let Some(public) = &public {
            let signature = signature_of(file, None)?;
            tiergate::signing::verify(text.as_bytes(), &signature, public)?;
        }
        texts.push(text.to_string());
        Ok(())
    })
    .map_err(|e| core_error(e, Some(path)))?;
    let portable = if texts.len() > 1 {
        policy.to_json()
    } else {
        texts[0].clone()
    };
    let engine = Engine::new(policy).map_err(|e| core_error(e, Some(path)))?;
    Ok(Loaded {
        text: texts.swap_remove(0),
        portable,
        engine,
    })
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
    signature_of(policy, sig).map_err(|e| core_error(e, None))
}

fn signature_of(policy: &Path, sig: Option<&Path>) -> Result<String, tiergate::Error> {
    let sig_path = sig.map_or_else(|| signature_path(policy), Path::to_path_buf);
    std::fs::read_to_string(&sig_path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            tiergate::Error::new(
                ErrorKind::PolicySignature,
                format!(
                    "{} is not signed (no {}); sign it with `tiergate policy sign`",
                    policy.display(),
                    sig_path.display()
                ),
            )
        } else {
            tiergate::Error::new(
                ErrorKind::Io,
                format!("cannot read {}: {e}", sig_path.display()),
            )
        }
    })
}

/// A one-line file: a key (`what` names it in the error).
pub fn read_line_file(path: &Path, what: &str) -> Result<String> {
    std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the {what} {}", path.display()))
}
