//! `policy build` and `check --module`: the CLI with a WebAssembly policy module.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn tiergate(args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_tiergate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

/// `tiergate policy build POLICY --module MODULE -o OUT`.
fn build(policy: &Path, module: &Path, out: &Path) -> Output {
    let arg = |p: &Path| p.to_str().unwrap().to_string();
    let args = [
        "policy".into(),
        "build".into(),
        arg(policy),
        "--module".into(),
        arg(module),
        "-o".into(),
        arg(out),
    ];
    tiergate(&args.iter().map(String::as_str).collect::<Vec<_>>(), "")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A directory removed when the guard drops, even when the test fails.
fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("tiergate-module-{name}-"))
        .tempdir()
        .unwrap()
}

/// An organisation's policy: the built-in one under another id, with a custom detector.
fn org_policy(dir: &std::path::Path) -> PathBuf {
    let policy = tiergate::Policy::builtin_source()
        .replace("id = \"tiergate-builtin\"", "id = \"acme\"")
        + "\n[detectors.employee_id]\nname = \"Employee ID\"\ncategory = \"personal\"\n[[detectors.employee_id.patterns]]\nregex = '\\bEMP-\\d{6}\\b'\nscore = 0.8\n";
    let path = dir.join("acme.toml");
    std::fs::write(&path, policy).unwrap();
    path
}

#[test]
fn policy_build_bakes_a_checked_policy_into_any_module() {
    let tmp = temp_dir("build");
    let dir = tmp.path().to_path_buf();
    let base = dir.join("base.wasm");
    std::fs::write(&base, b"\0asm\x01\0\0\0").unwrap();
    let out = dir.join("acme.wasm");
    let policy = org_policy(&dir);
    let run = build(&policy, &base, &out);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(
        text(&run.stdout).contains("policy `acme`"),
        "{}",
        text(&run.stdout)
    );
    let built = std::fs::read(&out).unwrap();
    let baked = tiergate_module::embedded_policy(&built).unwrap().unwrap();
    assert_eq!(baked, std::fs::read_to_string(&policy).unwrap());

    // An invalid policy is refused with its line, and nothing is written.
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "schema = 1\nid = \"x\"\nrevision = 3\n").unwrap();
    let refused = dir.join("refused.wasm");
    let run = build(&bad, &base, &refused);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("policy_parse") && text(&run.stderr).contains("line 3"),
        "{}",
        text(&run.stderr)
    );
    assert!(!refused.exists());

    // Not a module: a clear error.
    let run = build(&policy, &policy, &refused);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("module: not a WebAssembly module"),
        "{}",
        text(&run.stderr)
    );
}

#[cfg(not(feature = "module"))]
#[test]
fn check_module_says_how_to_get_module_support() {
    let run = tiergate(&["check", "--module", "x.wasm", "-"], "hello");
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("--features module"),
        "{}",
        text(&run.stderr)
    );
}

/// The module scripts/build-module writes (or `TIERGATE_MODULE`).
#[cfg(feature = "module")]
fn real_module() -> PathBuf {
    std::env::var_os("TIERGATE_MODULE").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/module/tiergate.wasm"),
        PathBuf::from,
    )
}

#[cfg(feature = "module")]
#[test]
fn check_module_gives_the_native_output_with_the_baked_in_policy() {
    let tmp = temp_dir("check");
    let dir = tmp.path().to_path_buf();
    let module = real_module();
    assert!(module.exists(), "build it first with scripts/build-module");
    let policy = org_policy(&dir);
    let baked = dir.join("acme.wasm");
    let run = build(&policy, &module, &baked);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));

    let input = "Staff EMP-123456 (jane.doe@acme.io) asked about SSN 536-22-8471 — café ☕";
    let native = tiergate(
        &["check", "--json", "--policy", policy.to_str().unwrap(), "-"],
        input,
    );
    let through = tiergate(
        &["check", "--json", "--module", baked.to_str().unwrap(), "-"],
        input,
    );
    assert_eq!(through.status.code(), Some(0), "{}", text(&through.stderr));
    assert_eq!(
        text(&through.stdout),
        text(&native.stdout),
        "byte-identical JSON"
    );
    assert!(
        text(&through.stdout).contains("employee_id"),
        "the baked-in policy's detector ran"
    );

    // Human output and exit status as the native command.
    let native = tiergate(
        &[
            "check",
            "--to",
            "claude-ai",
            "--policy",
            policy.to_str().unwrap(),
            "-",
        ],
        input,
    );
    let through = tiergate(
        &[
            "check",
            "--to",
            "claude-ai",
            "--module",
            baked.to_str().unwrap(),
            "-",
        ],
        input,
    );
    assert_eq!(through.status.code(), Some(1));
    assert_eq!(text(&through.stdout), text(&native.stdout));

    // Errors keep their codes.
    let run = tiergate(
        &[
            "check",
            "--to",
            "nowhere",
            "--module",
            baked.to_str().unwrap(),
            "-",
        ],
        input,
    );
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("unknown_destination"),
        "{}",
        text(&run.stderr)
    );
    assert!(!text(&run.stderr).contains("536-22"));
}

/// `check --module FILE` on a document: the module reads it, and the output
/// and exit status are the native command's (a PDF with findings, a
/// workbook with a hidden sheet, a scan that cannot be read; each run
/// compiles the module, so not every fixture: the conformance check runs
/// them all through the module).
#[cfg(feature = "module")]
#[test]
fn check_module_reads_documents_as_the_native_engine_does() {
    let module = real_module();
    assert!(module.exists(), "build it first with scripts/build-module");
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/documents");
    for (name, json) in [
        ("report.pdf", true),
        ("report.pdf", false),
        ("customers.xlsx", true),
        ("scan.pdf", true),
    ] {
        let path = fixtures.join(name);
        let file = path.to_str().unwrap();
        let mut args = vec!["check", "--to", "claude-projects"];
        if json {
            args.push("--json");
        }
        let native = tiergate(&[&args[..], &[file]].concat(), "");
        let through = tiergate(
            &[&args[..], &["--module", module.to_str().unwrap(), file]].concat(),
            "",
        );
        assert_eq!(native.status.code(), Some(1), "{name} is refused");
        assert_eq!(
            through.status.code(),
            native.status.code(),
            "{name}: {}",
            text(&through.stderr)
        );
        assert_eq!(text(&through.stdout), text(&native.stdout), "{name}");
        assert!(text(&through.stdout).contains("claude-projects"), "{name}");
    }
}
