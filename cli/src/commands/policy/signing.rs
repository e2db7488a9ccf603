//! `tiergate policy keygen`, `sign` and `verify`: Ed25519 signatures over policy files.

use crate::error::{self, core_error};
use crate::load::{self, read_line_file, signature_path};
use crate::{EXIT_NOT_ALLOWED, EXIT_OK};
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use tiergate::{signing, ErrorKind};

#[derive(clap::Args, Debug)]
pub struct KeygenArgs {
    /// Path and name of the key files, without extension.
    name: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct SignArgs {
    /// The policy file.
    file: PathBuf,
    /// The secret key (NAME.key from `policy keygen`).
    #[arg(long, value_name = "KEY")]
    key: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct VerifyArgs {
    /// The policy file.
    file: PathBuf,
    /// The public key (NAME.pub).
    #[arg(long, value_name = "PUBKEY")]
    pubkey: PathBuf,
    /// The signature file; default FILE.sig.
    #[arg(long, value_name = "SIG")]
    sig: Option<PathBuf>,
}

/// `tiergate policy keygen NAME`: writes NAME.key and NAME.pub, never over existing files.
pub fn keygen(a: &KeygenArgs, out: &mut impl Write) -> Result<u8> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed)
        .map_err(|e| crate::error::cli("io", format!("no randomness for a key: {e}")))?;
    let (secret, public) = signing::keypair_from_seed(seed);
    let key = a.name.with_extension("key");
    let pubkey = a.name.with_extension("pub");
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

/// `tiergate policy sign FILE --key KEY`: writes FILE.sig over exactly the text that loads.
pub fn sign(a: &SignArgs, out: &mut impl Write) -> Result<u8> {
    // Never sign a policy that does not load.
    let loaded = load::load(&a.file, None)?;
    let secret = read_line_file(&a.key, "secret key")?;
    let signature =
        signing::sign(loaded.text.as_bytes(), &secret).map_err(|e| core_error(e, Some(&a.key)))?;
    let sig = signature_path(&a.file);
    std::fs::write(&sig, format!("{signature}\n"))
        .with_context(|| format!("cannot write {}", sig.display()))?;
    writeln!(out, "wrote {}", sig.display())?;
    Ok(EXIT_OK)
}

/// `tiergate policy verify FILE --pubkey PUBKEY`: exit 1 when the signature is
/// missing or does not verify, 2 when something cannot be read.
pub fn verify(a: &VerifyArgs, out: &mut impl Write) -> Result<u8> {
    match verify_signature(&a.file, a.sig.as_deref(), &a.pubkey) {
        Ok(id) => {
            writeln!(out, "{}: signature ok (key {id})", a.file.display())?;
            Ok(EXIT_OK)
        }
        Err(e) if error::kind(&e) == Some(ErrorKind::PolicySignature) => {
            writeln!(out, "{}: {e}", a.file.display())?;
            Ok(EXIT_NOT_ALLOWED)
        }
        Err(e) => Err(e),
    }
}

/// Checks a policy file's signature (`sig`, default FILE.sig) over the text
/// the loader loads; returns the key id.
fn verify_signature(policy: &Path, sig: Option<&Path>, pubkey: &Path) -> Result<String> {
    let text = load::read(policy)?;
    let signature = load::read_signature(policy, sig)?;
    let public = read_line_file(pubkey, "public key")?;
    signing::verify(text.as_bytes(), &signature, &public).map_err(|e| core_error(e, Some(policy)))
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
