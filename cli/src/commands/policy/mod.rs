//! `tiergate policy ...`: show, validate, test, sign, build and compare policies.

pub mod check;
pub mod diff;
pub mod module;
pub mod show;
pub mod signing;
pub mod test;

use anyhow::Result;
use clap::Subcommand;
use std::io::Write;

#[derive(Subcommand, Debug)]
pub enum PolicyCommand {
    /// Print a policy: the commented built-in TOML, or --policy FILE; --json for the JSON form.
    Show(show::Args),
    /// Validate a policy file and compile its detectors; errors give line and column.
    Check(check::Args),
    /// Run test cases against a policy: expected tier, detectors and action per destination.
    ///
    /// CASES is TOML (or JSON): [[cases]] with name, text, optional tier and detectors,
    /// and [cases.actions] mapping destination ids to actions. Exit 1 if a case fails.
    Test(test::Args),
    /// Make an Ed25519 key pair for signing policies: NAME.key (secret) and NAME.pub.
    Keygen(signing::KeygenArgs),
    /// Sign a policy file with a secret key: writes FILE.sig.
    Sign(signing::SignArgs),
    /// Check a policy file's signature (FILE.sig) against a public key. Exit 1 if it does not verify.
    Verify(signing::VerifyArgs),
    /// Bake a policy into a WebAssembly policy module: one .wasm file to distribute (docs/abi.md).
    Build(module::BuildArgs),
    /// Show how tiers and actions would change from OLD to NEW over a corpus, before rollout.
    Diff(diff::Args),
}

pub fn run(command: PolicyCommand, out: &mut impl Write) -> Result<u8> {
    match command {
        PolicyCommand::Show(a) => show::run(&a, out),
        PolicyCommand::Check(a) => check::run(&a, out),
        PolicyCommand::Test(a) => test::run(&a, out),
        PolicyCommand::Keygen(a) => signing::keygen(&a, out),
        PolicyCommand::Sign(a) => signing::sign(&a, out),
        PolicyCommand::Verify(a) => signing::verify(&a, out),
        PolicyCommand::Build(a) => module::build(&a, out),
        PolicyCommand::Diff(a) => diff::run(&a, out),
    }
}
