//! Conformance runner for the Rust-side runtimes: prints one canonical JSON
//! line per shared vector (tests/vectors) as computed by
//!   `native`            the core, in process;
//!   `wasmtime MODULE`   the plain-ABI policy module under wasmtime;
//!   `cli BINARY`        the `tiergate` binary (`check --json`, `redact --json`).
//! `scripts/conformance` runs it next to the JavaScript and Python runners and
//! compares the lines byte for byte (tests/conformance/compare.js).
//!
//! A line is `{"case","report","decision","redacted"}` (report offsets in UTF-8
//! bytes) or, for an error case, `{"case","error"}` with the error code.
//!
//! `documents native`, `documents cli BINARY` and `documents wasmtime
//! MODULE.wasm` do the same for the shared
//! document fixtures (tests/documents): a line `{"case","document","decision"}`
//! per file, the document report with UTF-16 offsets (the unit every runtime
//! can reach from what it returns) and the decision for `claude-projects`.

use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use tiergate::{Engine, OffsetUnit, Policy};
use tiergate_wasmtime::{Limits, ModuleEngine, PolicyModule};

struct Case {
    id: String,
    input: String,
    destination: String,
    policy: Option<String>,
    policy_inline: Option<String>,
    error: bool,
}

fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors")
}

fn cases() -> Vec<Case> {
    let dir = vectors();
    let index: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    let mut out = Vec::new();
    for file in index["files"].as_object().unwrap().keys() {
        let doc: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap();
        for c in doc["cases"].as_array().unwrap() {
            let s = |k: &str| c.get(k).and_then(Value::as_str).map(str::to_string);
            out.push(Case {
                id: format!("{}/{}", doc["group"].as_str().unwrap(), s("name").unwrap()),
                input: s("input").unwrap_or_default(),
                destination: s("destination").unwrap_or_default(),
                policy: s("policy"),
                policy_inline: s("policy_inline"),
                error: c.get("error").is_some(),
            });
        }
    }
    assert_eq!(
        out.len() as u64,
        index["total"].as_u64().unwrap(),
        "index.json total"
    );
    out
}

fn policy_text(case: &Case) -> Option<String> {
    case.policy
        .as_ref()
        .map(|p| std::fs::read_to_string(vectors().join(p)).unwrap())
}

fn line(case: &Case, report: Value, decision: Value, redacted: Value) -> Value {
    json!({"case": case.id, "report": report, "decision": decision, "redacted": redacted})
}

fn error_line(case: &Case, code: &str) -> Value {
    json!({"case": case.id, "error": code})
}

fn parse(json: &str) -> Value {
    serde_json::from_str(json).unwrap()
}

fn native(case: &Case, engines: &mut HashMap<Option<String>, Engine>) -> Value {
    if case.error {
        let result = match &case.policy_inline {
            Some(src) => Policy::from_text(src).and_then(Engine::new).map(|_| ()),
            None => Engine::builtin()
                .check(&case.input, &case.destination)
                .map(|_| ()),
        };
        return error_line(case, result.err().map_or("none", |e| e.code()));
    }
    let engine = engines
        .entry(case.policy.clone())
        .or_insert_with(|| match policy_text(case) {
            Some(src) => Policy::from_text(&src).and_then(Engine::new).unwrap(),
            None => Engine::builtin(),
        });
    let text = &case.input;
    let report = engine.classify(text);
    let decision = engine.decide(&report, &case.destination).unwrap();
    line(
        case,
        parse(&report.to_json_in(text, OffsetUnit::Utf8)),
        parse(&decision.to_json()),
        json!(engine.redact(text, &report).text()),
    )
}

fn wasmtime(
    case: &Case,
    module: &PolicyModule,
    engines: &mut HashMap<Option<String>, ModuleEngine>,
) -> Value {
    if case.error {
        let result = match &case.policy_inline {
            Some(src) => module.instantiate(Some(src), Limits::default()).map(|_| ()),
            None => module
                .instantiate(None, Limits::default())
                .and_then(|mut m| m.check(&case.input, &case.destination).map(|_| ())),
        };
        return error_line(case, result.err().map_or("none", |e| e.code()));
    }
    let engine = engines.entry(case.policy.clone()).or_insert_with(|| {
        module
            .instantiate(policy_text(case).as_deref(), Limits::default())
            .unwrap()
    });
    let report = engine.classify(&case.input).unwrap();
    let decision = engine.decide(&report, &case.destination).unwrap();
    let redacted = parse(&engine.redact_json(&case.input).unwrap());
    line(
        case,
        parse(&engine.classify_json(&case.input).unwrap()),
        parse(&decision.to_json()),
        redacted["text"].clone(),
    )
}

/// Runs the binary with `input` on stdin: (exit code, stdout, stderr).
fn run(binary: &Path, args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(binary)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The error code of a failed CLI run: `tiergate: CODE: message`.
fn cli_code(stderr: &str) -> String {
    stderr
        .strip_prefix("tiergate: ")
        .and_then(|rest| rest.split(':').next())
        .unwrap_or("unreadable")
        .to_string()
}

fn cli(case: &Case, binary: &Path, scratch: &Path) -> Value {
    let policy_path = match (&case.policy_inline, &case.policy) {
        (Some(src), _) => {
            let p = scratch.join("inline.toml");
            std::fs::write(&p, src).unwrap();
            Some(p)
        }
        (None, Some(p)) => Some(vectors().join(p)),
        (None, None) => None,
    };
    let path_arg = policy_path
        .as_ref()
        .map(|p| p.to_string_lossy().into_owned());
    let mut args = vec!["check", "--json", "--to", case.destination.as_str()];
    if let Some(p) = &path_arg {
        args.extend(["--policy", p.as_str()]);
    }
    args.push("-");
    let (code, stdout, stderr) = run(binary, &args, &case.input);
    if case.error {
        return error_line(
            case,
            &if code == 2 {
                cli_code(&stderr)
            } else {
                "none".to_string()
            },
        );
    }
    assert!(code == 0 || code == 1, "{}: {stderr}", case.id);
    let out = parse(&stdout);
    let mut redact_args = vec!["redact", "--json"];
    if let Some(p) = &path_arg {
        redact_args.extend(["--policy", p.as_str()]);
    }
    redact_args.push("-");
    let (_, redacted, _) = run(binary, &redact_args, &case.input);
    line(
        case,
        out["report"].clone(),
        out["decisions"][0].clone(),
        parse(&redacted)["text"].clone(),
    )
}

/// The shared document fixtures, by name (the keys of tests/documents/expected.json).
fn document_files() -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/documents");
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    expected
        .as_object()
        .unwrap()
        .keys()
        .map(|name| (name.clone(), dir.join(name)))
        .collect()
}

const DOCUMENT_DESTINATION: &str = "claude-projects";

fn document_native(engine: &Engine, name: &str, path: &Path) -> Value {
    let doc = engine.classify_document(&std::fs::read(path).unwrap(), Some(name));
    let decision = engine.decide_document(&doc, DOCUMENT_DESTINATION).unwrap();
    json!({
        "case": format!("documents/{name}"),
        "document": serde_json::to_value(doc.to_wire_in(OffsetUnit::Utf16)).unwrap(),
        "decision": parse(&decision.to_json()),
    })
}

/// `check --json FILE` through the binary. Its offsets are UTF-8 bytes into
/// each part's text; the part texts (from the core's extractor: the CLI does
/// not print text) turn them into UTF-16 offsets for the comparison.
fn document_cli(binary: &Path, name: &str, path: &Path) -> Value {
    let file = path.to_string_lossy();
    let (code, stdout, stderr) = run(
        binary,
        &["check", "--json", "--to", DOCUMENT_DESTINATION, &file],
        "",
    );
    assert!(code == 0 || code == 1, "{name}: {stderr}");
    let mut out = parse(&stdout);
    let extracted = tiergate::document::extract(
        &std::fs::read(path).unwrap(),
        Some(name),
        &tiergate::document::Limits::default(),
    );
    for part in out["parts"].as_array_mut().unwrap() {
        let location = part["location"].as_str().unwrap().to_string();
        let text = &extracted
            .parts
            .iter()
            .find(|p| p.location == location)
            .unwrap()
            .text;
        // The CLI never prints the text; the other runtimes return it.
        part["text"] = json!(text);
        let report = &mut part["report"];
        report["offsets"] = json!("utf16");
        for f in report["findings"].as_array_mut().unwrap() {
            for key in ["start", "end"] {
                let byte = f[key].as_u64().unwrap() as usize;
                f[key] = json!(tiergate::convert_offsets(text, &[byte], OffsetUnit::Utf16)[0]);
            }
        }
    }
    let decision = out["decisions"][0].clone();
    let object = out.as_object_mut().unwrap();
    object.remove("input");
    object.remove("decisions");
    json!({"case": format!("documents/{name}"), "document": out, "decision": decision})
}

/// The document through the policy module under wasmtime; its UTF-8
/// offsets turned into UTF-16 ones with the part texts it returns.
fn document_wasmtime(module: &mut ModuleEngine, name: &str, path: &Path) -> Value {
    let mut doc = module
        .classify_document(&std::fs::read(path).unwrap(), Some(name))
        .unwrap();
    let decision = module.decide_document(&doc, DOCUMENT_DESTINATION).unwrap();
    for part in &mut doc.parts {
        let text = part.text.as_deref().unwrap();
        part.report.offsets = OffsetUnit::Utf16;
        for f in &mut part.report.findings {
            let units = tiergate::convert_offsets(text, &[f.start, f.end], OffsetUnit::Utf16);
            (f.start, f.end) = (units[0], units[1]);
        }
    }
    json!({
        "case": format!("documents/{name}"),
        "document": serde_json::to_value(doc).unwrap(),
        "decision": parse(&decision.to_json()),
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("documents") {
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let engine = Engine::builtin();
        let mut module = (args.get(1).map(String::as_str) == Some("wasmtime")).then(|| {
            let bytes = std::fs::read(&args[2]).expect("module file");
            ModuleEngine::load(&bytes, None, Limits::default()).unwrap()
        });
        for (name, path) in document_files() {
            let line = match (args.get(1).map(String::as_str), module.as_mut()) {
                (Some("native"), _) => document_native(&engine, &name, &path),
                (Some("cli"), _) => document_cli(Path::new(&args[2]), &name, &path),
                (Some("wasmtime"), Some(module)) => document_wasmtime(module, &name, &path),
                _ => {
                    eprintln!(
                        "usage: conformance documents native | documents cli TIERGATE_BINARY | documents wasmtime MODULE.wasm"
                    );
                    std::process::exit(2);
                }
            };
            writeln!(out, "{line}").unwrap();
        }
        return;
    }
    let cases = cases();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut emit = |v: Value| writeln!(out, "{v}").unwrap();
    match args.first().map(String::as_str) {
        Some("native") => {
            let mut engines = HashMap::new();
            cases.iter().for_each(|c| emit(native(c, &mut engines)));
        }
        Some("wasmtime") => {
            let bytes = std::fs::read(&args[1]).expect("module file");
            let module = PolicyModule::compile(&bytes).unwrap();
            let mut engines = HashMap::new();
            cases
                .iter()
                .for_each(|c| emit(wasmtime(c, &module, &mut engines)));
        }
        Some("cli") => {
            // Two processes a case, most of their time spent starting: one
            // worker per core, each with its own scratch folder, output in order.
            let binary = PathBuf::from(&args[1]);
            let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
            let chunk = cases.len().div_ceil(workers).max(1);
            let lines: Vec<Vec<Value>> = std::thread::scope(|scope| {
                let handles: Vec<_> = cases
                    .chunks(chunk)
                    .enumerate()
                    .map(|(i, part)| {
                        let binary = &binary;
                        scope.spawn(move || {
                            let scratch = std::env::temp_dir()
                                .join(format!("tiergate-conformance-{}-{i}", std::process::id()));
                            std::fs::create_dir_all(&scratch).unwrap();
                            let lines = part.iter().map(|c| cli(c, binary, &scratch)).collect();
                            let _ = std::fs::remove_dir_all(&scratch);
                            lines
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            lines.into_iter().flatten().for_each(&mut emit);
        }
        _ => {
            eprintln!("usage: conformance native | wasmtime MODULE.wasm | cli TIERGATE_BINARY");
            std::process::exit(2);
        }
    }
}
