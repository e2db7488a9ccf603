//! The WebAssembly policy module from the CLI: `policy build` bakes a policy
//! into a module; `check --module` evaluates through one under wasmtime
//! (feature `module`) instead of the native engine.

use crate::error::core_error;
use crate::load;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use tiergate::{Decision, DocumentReport, Report};

#[derive(clap::Args, Debug)]
pub struct BuildArgs {
    /// The policy file (TOML or JSON); it is checked first.
    policy: PathBuf,
    /// The module to start from (scripts/build-module writes target/module/tiergate.wasm).
    #[arg(long, value_name = "FILE.wasm")]
    module: PathBuf,
    /// Where to write the module with the policy.
    #[arg(short, long, value_name = "OUT.wasm")]
    output: PathBuf,
}

/// `tiergate policy build POLICY --module BASE -o OUT`: checks the policy and
/// writes BASE with the policy baked in (custom section `tiergate.policy`).
pub fn build(a: &BuildArgs, out: &mut impl Write) -> Result<u8> {
    let (policy, module, output) = (&a.policy, &a.module, &a.output);
    // The text that was checked is the text baked in.
    let checked = load::load(policy, None)?;
    let base =
        std::fs::read(module).with_context(|| format!("cannot read {}", module.display()))?;
    let built = tiergate_module::embed_policy(&base, &checked.portable)
        .map_err(|e| core_error(e, Some(module)))?;
    std::fs::write(output, &built).with_context(|| format!("cannot write {}", output.display()))?;
    let p = checked.engine.policy();
    writeln!(
        out,
        "wrote {} ({} bytes): policy `{}` revision {} baked into {}",
        output.display(),
        built.len(),
        p.id,
        p.revision,
        module.display()
    )?;
    Ok(crate::EXIT_OK)
}

/// The report of `text` and the decisions for `to` (every destination when
/// empty), computed by the module at `module`; `policy` overrides its baked-in one.
#[cfg(feature = "module")]
pub fn evaluate(
    module: &Path,
    policy: Option<&Path>,
    text: &str,
    to: &[String],
) -> Result<(Report, Vec<Decision>)> {
    let mut engine = module_engine(module, policy)?;
    let dests = module_destinations(&mut engine, module, to)?;
    let wire = engine
        .classify(text)
        .map_err(|e| core_error(e, Some(module)))?;
    let report = wire.to_report().map_err(|e| core_error(e, Some(module)))?;
    let decisions = dests
        .iter()
        .map(|d| engine.decide(&wire, d).map_err(|e| core_error(e, None)))
        .collect::<Result<Vec<_>>>()?;
    Ok((report, decisions))
}

/// [`evaluate`] for a document: the module reads `bytes` (`name` a hint) and
/// decides for `to` (every destination when empty).
#[cfg(feature = "module")]
pub fn evaluate_document(
    module: &Path,
    policy: Option<&Path>,
    bytes: &[u8],
    name: Option<&str>,
    to: &[String],
) -> Result<(DocumentReport, Vec<Decision>)> {
    let mut engine = module_engine(module, policy)?;
    let dests = module_destinations(&mut engine, module, to)?;
    let wire = engine
        .classify_document(bytes, name)
        .map_err(|e| core_error(e, Some(module)))?;
    let report = wire.to_report().map_err(|e| core_error(e, Some(module)))?;
    let decisions = dests
        .iter()
        .map(|d| {
            engine
                .decide_document(&wire, d)
                .map_err(|e| core_error(e, None))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((report, decisions))
}

#[cfg(feature = "module")]
fn module_engine(module: &Path, policy: Option<&Path>) -> Result<tiergate_wasmtime::ModuleEngine> {
    use tiergate_wasmtime::{Limits, ModuleEngine};
    // Only read here: the module parses and checks the policy itself.
    let source = policy.map(load::read).transpose()?;
    ModuleEngine::from_file(module, source.as_deref(), Limits::default())
        .map_err(|e| core_error(e, Some(module)))
}

/// The destinations named with `--to`, or every one of the module's policy.
#[cfg(feature = "module")]
fn module_destinations(
    engine: &mut tiergate_wasmtime::ModuleEngine,
    module: &Path,
    to: &[String],
) -> Result<Vec<String>> {
    if !to.is_empty() {
        return Ok(to.to_vec());
    }
    let policy = engine.policy().map_err(|e| core_error(e, Some(module)))?;
    Ok(policy.destinations.iter().map(|d| d.id.clone()).collect())
}

#[cfg(not(feature = "module"))]
pub fn evaluate_document(
    _: &Path,
    _: Option<&Path>,
    _: &[u8],
    _: Option<&str>,
    _: &[String],
) -> Result<(DocumentReport, Vec<Decision>)> {
    Err(without_module())
}

/// The error of `check --module` in a build without the `module` feature;
/// compiled with the feature too, so that its unit test runs in the build
/// CI tests.
#[cfg_attr(feature = "module", allow(dead_code))]
fn without_module() -> anyhow::Error {
    crate::error::cli(
        "unsupported",
        "this tiergate was built without WebAssembly module support; rebuild it with \
         `cargo install --path cli --features module`",
    )
}

#[cfg(not(feature = "module"))]
pub fn evaluate(
    _: &Path,
    _: Option<&Path>,
    _: &str,
    _: &[String],
) -> Result<(Report, Vec<Decision>)> {
    Err(without_module())
}

#[cfg(test)]
mod tests {
    #[test]
    fn without_module_support_the_error_says_how_to_rebuild() {
        let line = crate::error::line(&super::without_module());
        assert!(line.starts_with("unsupported: "), "{line}");
        assert!(line.contains("--features module"), "{line}");
    }
}
