//! The wasmtime host against the real policy module (built by
//! scripts/build-module) and against hostile modules written in WAT.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;
use tiergate::Engine;
use tiergate_wasmtime::{Limits, ModuleEngine, PolicyModule};

mod support {
    pub mod worst_case;
}

#[path = "../../../core/tests/support/files.rs"]
mod files;

/// The module scripts/build-module writes (or `TIERGATE_MODULE`).
fn module_bytes() -> Vec<u8> {
    let path = std::env::var_os("TIERGATE_MODULE").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/module/tiergate.wasm"),
        PathBuf::from,
    );
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; build it first with scripts/build-module",
            path.display()
        )
    })
}

/// The real module, compiled once for all tests (compiling is the slow step).
fn compiled() -> &'static PolicyModule {
    static MODULE: OnceLock<PolicyModule> = OnceLock::new();
    MODULE.get_or_init(|| {
        let started = Instant::now();
        let module = PolicyModule::compile(&module_bytes()).unwrap();
        eprintln!("compile: {:?}", started.elapsed());
        module
    })
}

fn builtin(limits: Limits) -> ModuleEngine {
    compiled().instantiate(None, limits).unwrap()
}

const TEXTS: &[&str] = &[
    "",
    "Summarise the plot of Hamlet.",
    "Mail jane.doe@acme.io or call +44 20 7946 0958 about SSN 536-22-8471.",
    "Café ☕ — 東京の担当者 jane.doe@acme.io 👩‍👩‍👧 e\u{301}",
    "AKIAZ7X4Q2MBW9RTLK3D and jenkins.corp.internal",
];

#[test]
fn the_module_gives_the_native_engine_s_results() {
    let bytes = module_bytes();
    let started = Instant::now();
    let mut module = ModuleEngine::load(&bytes, None, Limits::default()).unwrap();
    eprintln!(
        "load (compile + instantiate + built-in policy): {:?}",
        started.elapsed()
    );
    let native = Engine::builtin();
    for text in TEXTS {
        let report = module.classify(text).unwrap();
        assert_eq!(
            report,
            native
                .classify(text)
                .to_wire_in(text, tiergate::OffsetUnit::Utf8),
            "{text}"
        );
        assert_eq!(
            module.classify_json(text).unwrap(),
            native
                .classify(text)
                .to_json_in(text, tiergate::OffsetUnit::Utf8)
        );
        for dest in ["claude-ai", "claude-projects", "claude-enterprise-zdr"] {
            assert_eq!(
                module.decide(&report, dest).unwrap(),
                native.check(text, dest).unwrap(),
                "{text} {dest}"
            );
            assert_eq!(
                module.check(text, dest).unwrap(),
                native.check(text, dest).unwrap()
            );
        }
        assert_eq!(
            module.redact_json(text).unwrap(),
            native
                .redact(text, &native.classify(text))
                .to_json_in(tiergate::OffsetUnit::Utf8)
        );
    }
    assert_eq!(module.policy().unwrap(), tiergate::Policy::builtin());
}

#[test]
fn errors_keep_their_codes_across_the_boundary() {
    let err = compiled()
        .instantiate(Some("schema = 1\nid = "), Limits::default())
        .unwrap_err();
    assert_eq!(err.code(), "policy_parse");
    assert_eq!(err.location().map(|l| l.line), Some(2));
    let native = tiergate::Policy::from_toml("schema = 1\nid = ").unwrap_err();
    assert_eq!(err, native, "the same error as the native core");

    let mut module = builtin(Limits::default());
    let err = module.check("SSN 536-22-8471", "nowhere").unwrap_err();
    assert_eq!(err.code(), "unknown_destination");
    assert!(!err.to_string().contains("536-22"));
    // The engine is still usable after an ordinary error.
    assert_eq!(
        module.check("hello", "claude-ai").unwrap().action.as_str(),
        "allow"
    );
}

#[test]
fn a_baked_in_policy_is_used_and_an_explicit_one_wins() {
    let bytes = module_bytes();
    let policy = tiergate::Policy::builtin_source()
        .replace("id = \"tiergate-builtin\"", "id = \"acme\"")
        .replace(
            "claude_ai = \"claude-ai\"",
            "claude_ai = \"claude-enterprise-zdr\"",
        );
    let baked = tiergate_module::embed_policy(&bytes, &policy).unwrap();
    let mut module = ModuleEngine::load(&baked, None, Limits::default()).unwrap();
    let p = module.policy().unwrap();
    assert_eq!(p.id, "acme");
    assert_eq!(p.client.claude_ai_destination(), "claude-enterprise-zdr");
    let mut explicit = ModuleEngine::load(
        &baked,
        Some(tiergate::Policy::builtin_source()),
        Limits::default(),
    )
    .unwrap();
    assert_eq!(explicit.policy().unwrap().id, "tiergate-builtin");
}

#[test]
fn the_fuel_budget_is_calibrated_against_the_worst_inputs() {
    // The default per-byte fuel must cover the costliest input with room to
    // spare, and bound time in proportion to the input: at most three times
    // what the costliest input needs, and a small fixed part.
    let d = Limits::default();
    let mut module = builtin(d);
    module.classify("x").unwrap();
    let fixed = module.fuel_used();
    // The fixed part pays for a short text: a fresh engine's first call on
    // a line of every kind (the engine warms most automaton states on the
    // detectors' examples when it is built; the rest are built here).
    let short = every_kind_of_text(64);
    let mut fresh = builtin(d);
    fresh.classify(&short).unwrap();
    let first = fresh.fuel_used();
    assert!(
        (first + first / 5..=5 * first).contains(&d.fuel_per_call),
        "{first} fuel for a fresh engine's first {} bytes ({fixed} for nothing); recalibrate",
        short.len()
    );
    let mut worst = ("", 0.0f64);
    for (name, text) in support::worst_case::inputs(32 << 10) {
        // The per-byte part is measured warm: the first text of a kind also
        // builds automaton states once (up to ~60 M fuel for a kind on this
        // input size), which the fixed part of a call's budget is for.
        module.classify(&text).unwrap();
        module.classify(&text).unwrap();
        let per_byte = module.fuel_used().saturating_sub(fixed) as f64 / text.len() as f64;
        if per_byte > worst.1 {
            worst = (name, per_byte);
        }
    }
    let factor = d.fuel_per_byte as f64 / worst.1;
    assert!(
        (2.0..=3.0).contains(&factor),
        "{} fuel per byte is {factor:.1}x the costliest input ({}: {:.0} per byte); recalibrate",
        d.fuel_per_byte,
        worst.0,
        worst.1
    );
}

#[test]
fn fuel_grows_in_proportion_to_the_input() {
    // A budget per byte holds only if no input costs more per byte the
    // longer it is: eight times the text may cost at most a quarter more per
    // byte. (Arabic names in one long line once cost 12,507 per byte at
    // 32 KiB and 89,754 at 1 MiB: each name read back to its line's start.)
    let mut module = builtin(Limits::default());
    let short = support::worst_case::inputs(32 << 10);
    let long = support::worst_case::inputs(256 << 10);
    for ((name, short), (_, long)) in short.iter().zip(&long) {
        module.classify(short).unwrap();
        module.classify(short).unwrap();
        let per_byte_short = module.fuel_used() as f64 / short.len() as f64;
        module.classify(long).unwrap();
        module.classify(long).unwrap();
        let per_byte_long = module.fuel_used() as f64 / long.len() as f64;
        assert!(
            per_byte_long <= 1.25 * per_byte_short,
            "{name}: {per_byte_long:.0} fuel per byte at {} bytes, {per_byte_short:.0} at {}",
            long.len(),
            short.len()
        );
    }
}

#[test]
fn a_fresh_module_classifies_text_of_every_kind_within_one_calls_budget() {
    // The first text of a kind builds automaton states (tens of millions of
    // fuel each); a first call on a text with every kind must still fit the
    // default per-call budget, not fail where the second call would pass.
    let text = every_kind_of_text(2 << 10);
    let limits = Limits::default();
    let mut module = builtin(limits);
    let first = module.classify(&text);
    let used = module.fuel_used();
    let budget = limits.fuel_per_call + limits.fuel_per_byte * text.len() as u64;
    assert!(
        first.is_ok(),
        "first call on {} bytes: {first:?}, {used} of {budget} fuel",
        text.len()
    );
    assert!(!first.unwrap().findings.is_empty());
}

#[test]
fn documents_give_the_native_engine_s_results() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/documents");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let native = Engine::builtin();
    let mut module = builtin(Limits::default());
    for name in expected.as_object().unwrap().keys() {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let doc = native.classify_document(&bytes, Some(name));
        let report = module.classify_document(&bytes, Some(name)).unwrap();
        assert_eq!(report, doc.to_wire_in(tiergate::OffsetUnit::Utf8), "{name}");
        for part in &report.parts {
            let text = part.text.as_deref().unwrap();
            for f in &part.report.findings {
                assert!(text.get(f.start..f.end).is_some(), "{name}: UTF-8 offsets");
            }
        }
        for dest in ["claude-ai", "claude-projects"] {
            assert_eq!(
                module.decide_document(&report, dest).unwrap(),
                native.decide_document(&doc, dest).unwrap(),
                "{name} for {dest}"
            );
        }
    }
    let err = module
        .decide_document(
            &native
                .classify_document(b"x", None)
                .to_wire_in(tiergate::OffsetUnit::Utf8),
            "nowhere",
        )
        .unwrap_err();
    assert_eq!(err.code(), "unknown_destination");
}

#[test]
fn the_document_fuel_budget_covers_documents_people_write() {
    // Per input byte, a document costs what its text costs times how tightly
    // it packs; the default must cover the generated report, Word file and
    // workbook (the benchmark's kinds, smaller) with room to spare. In the
    // module the cost per byte grows with size (a workbook: 11 k per byte
    // at 256 KiB, 22.8 k at 10 MB; `examples/calibrate.rs`, which the
    // default is set from): hence the wide band.
    let d = Limits::default();
    let mut module = builtin(d);
    let mut worst = ("", 0.0f64);
    for (name, bytes) in [
        ("pdf", files::pdf_report(10)),
        ("docx", files::docx(256 << 10)),
        ("xlsx", files::xlsx(256 << 10)),
    ] {
        module.classify_document(&bytes, None).unwrap();
        let per_byte = module.fuel_used() as f64 / bytes.len() as f64;
        if per_byte > worst.1 {
            worst = (name, per_byte);
        }
    }
    let factor = d.fuel_per_document_byte as f64 / worst.1;
    assert!(
        (4.0..=8.0).contains(&factor),
        "{} fuel per document byte is {factor:.1}x the costliest ({}: {:.0} per byte); recalibrate",
        d.fuel_per_document_byte,
        worst.0,
        worst.1
    );
}

#[test]
fn a_module_without_documents_says_so() {
    let mut module = load(&fake(&[], "")).unwrap();
    let err = module.classify_document(b"%PDF-1.7", None).unwrap_err();
    assert_eq!(err.code(), "module");
    assert!(err.message().contains("built without documents"), "{err}");
}

/// Every worst-case input, `len` bytes each, and a few lines of the kinds
/// they leave out (an address, an HR note, an internal host, a password).
fn every_kind_of_text(len: usize) -> String {
    let text: String = support::worst_case::inputs(len)
        .into_iter()
        .map(|(_, t)| t + "\n")
        .collect();
    text + "\nAnschrift: Musterstraße 12, 10115 Berlin. Tel. +49 30 901820. \
        Please draft a written warning for Tomasz Wiśniewski; his salary review is due. \
        ssh to jira.staging.wingtip-tools.net; the db password is Gr33nFalc0n!7\n"
}

// ---- hostile modules ------------------------------------------------------------

/// A module with the ABI's exports; `body` overrides some functions.
fn fake(overrides: &[(&str, &str)], extra: &str) -> Vec<u8> {
    let defaults = [
        (
            "tg_abi_version",
            "(func (export \"tg_abi_version\") (result i32) i32.const 1)",
        ),
        (
            "tg_alloc",
            "(func (export \"tg_alloc\") (param i32) (result i32) i32.const 1024)",
        ),
        ("tg_free", "(func (export \"tg_free\") (param i32 i32))"),
        (
            "tg_result_ptr",
            "(func (export \"tg_result_ptr\") (result i32) i32.const 0)",
        ),
        (
            "tg_result_len",
            "(func (export \"tg_result_len\") (result i32) i32.const 2)",
        ),
        (
            "tg_engine_new",
            "(func (export \"tg_engine_new\") (param i32 i32) (result i32) i32.const 1)",
        ),
        (
            "tg_policy",
            "(func (export \"tg_policy\") (param i32) (result i32) i32.const 0)",
        ),
        (
            "tg_classify",
            "(func (export \"tg_classify\") (param i32 i32 i32) (result i32) i32.const 0)",
        ),
        (
            "tg_decide",
            "(func (export \"tg_decide\") (param i32 i32 i32 i32 i32) (result i32) i32.const 0)",
        ),
        (
            "tg_check",
            "(func (export \"tg_check\") (param i32 i32 i32 i32 i32) (result i32) i32.const 0)",
        ),
        (
            "tg_redact",
            "(func (export \"tg_redact\") (param i32 i32 i32) (result i32) i32.const 0)",
        ),
    ];
    let funcs: String = defaults
        .iter()
        .map(|(name, f)| {
            overrides
                .iter()
                .find(|(n, _)| n == name)
                .map_or(*f, |(_, o)| *o)
        })
        .collect::<Vec<_>>()
        .join("\n");
    let wat = format!(
        "(module {extra} (memory (export \"memory\") 1) (data (i32.const 0) \"{{}}\") {funcs})"
    );
    wat::parse_str(wat).unwrap()
}

fn load(bytes: &[u8]) -> Result<ModuleEngine, tiergate::Error> {
    ModuleEngine::load(
        bytes,
        None,
        Limits {
            fuel_to_compile: 50_000_000,
            fuel_per_call: 50_000_000,
            fuel_per_byte: 0,
            fuel_per_document_byte: 0,
            memory_bytes: 8 << 20,
        },
    )
}

#[test]
fn a_looping_module_runs_out_of_fuel_instead_of_hanging() {
    let looping = fake(&[("tg_classify", "(func (export \"tg_classify\") (param i32 i32 i32) (result i32) (loop $l (br $l)) i32.const 0)")], "");
    let mut module = load(&looping).unwrap();
    let started = Instant::now();
    let err = module.classify_json("hello").unwrap_err();
    assert_eq!(err.code(), "module");
    assert!(err.message().contains("ran out of fuel"), "{err}");
    assert!(started.elapsed().as_secs() < 10);
    let again = module.check("hello", "claude-ai").unwrap_err();
    assert!(again.message().contains("load it again"), "{again}");
}

#[test]
fn a_module_growing_past_the_memory_cap_is_stopped() {
    let greedy = fake(&[("tg_alloc", "(func (export \"tg_alloc\") (param i32) (result i32) (if (i32.lt_s (memory.grow (i32.const 1000)) (i32.const 0)) (then unreachable)) i32.const 1024)")], "");
    let err = load(&greedy).unwrap_err(); // tg_alloc runs when the policy is compiled
    assert_eq!(err.code(), "module");
    assert!(err.message().contains("trapped"), "{err}");
}

#[test]
fn modules_that_break_the_abi_are_refused_with_a_clear_error() {
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"not wasm".to_vec(), "not a WebAssembly module"),
        (
            fake(&[], "(import \"env\" \"now\" (func))"),
            "imports `env::now`",
        ),
        (
            fake(
                &[(
                    "tg_abi_version",
                    "(func (export \"tg_abi_version\") (result i32) i32.const 2)",
                )],
                "",
            ),
            "ABI version 2",
        ),
        (fake(&[("tg_check", "")], ""), "lacks `tg_check`"),
        (
            fake(
                &[],
                "(func (export \"tg_classify_document\") (param i32) (result i32) i32.const 0)",
            ),
            "lacks `tg_classify_document` with the ABI's signature",
        ),
        (
            fake(
                &[(
                    "tg_engine_new",
                    "(func (export \"tg_engine_new\") (param i32 i32) (result i32) unreachable)",
                )],
                "",
            ),
            "trapped during compiling the policy",
        ),
    ];
    for (bytes, expected) in cases {
        let err = load(&bytes).unwrap_err();
        assert_eq!(err.code(), "module", "{err}");
        assert!(err.message().contains(expected), "{err} / {expected}");
    }

    let outside = fake(
        &[(
            "tg_result_ptr",
            "(func (export \"tg_result_ptr\") (result i32) i32.const 65535)",
        )],
        "",
    );
    let err = load(&outside).unwrap().classify_json("x").unwrap_err();
    assert!(err.message().contains("outside its memory"), "{err}");

    let status = fake(
        &[(
            "tg_classify",
            "(func (export \"tg_classify\") (param i32 i32 i32) (result i32) i32.const 7)",
        )],
        "",
    );
    let err = load(&status).unwrap().classify_json("x").unwrap_err();
    assert!(err.message().contains("status 7"), "{err}");

    let garbage = fake(&[], "");
    let err = load(&garbage).unwrap().classify("x").unwrap_err();
    assert!(err.message().contains("malformed report"), "{err}");
}
