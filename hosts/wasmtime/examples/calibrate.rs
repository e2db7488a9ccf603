//! The fuel each worst-case input costs per byte under the policy module, and
//! the time a unit of fuel takes here: what [`Limits::default`] is set from;
//! then the same for documents (the shared fixtures and large generated ones):
//! what `Limits::fuel_per_document_byte` is set from.
//! `cargo run --release -p tiergate-wasmtime --example calibrate -- target/module/tiergate.wasm [BYTES]`

use std::time::Instant;
use tiergate_wasmtime::{Limits, ModuleEngine};

#[path = "../tests/support/worst_case.rs"]
mod worst_case;

#[path = "../../../core/tests/support/files.rs"]
mod files;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "target/module/tiergate.wasm".into());
    let len: usize = args.next().map_or(1 << 20, |n| n.parse().expect("BYTES"));
    let bytes = std::fs::read(&path).expect("module file");
    let unbounded = Limits {
        fuel_per_call: u64::MAX / 2,
        memory_bytes: 4 << 30,
        ..Limits::default()
    };
    let mut module = ModuleEngine::load(&bytes, None, unbounded).unwrap();
    module.classify("x").unwrap();
    println!("fixed cost (classify \"x\"): {} fuel", module.fuel_used());
    let (mut worst, mut fuel_total, mut secs_total) = (0.0f64, 0u64, 0.0f64);
    for (name, text) in worst_case::inputs(len) {
        let t = Instant::now();
        module.classify(&text).unwrap();
        let secs = t.elapsed().as_secs_f64();
        let per_byte = module.fuel_used() as f64 / text.len() as f64;
        worst = worst.max(per_byte);
        fuel_total += module.fuel_used();
        secs_total += secs;
        println!(
            "{name:<22} {:>9} bytes {:>14} fuel {per_byte:>8.0} per byte {secs:>7.3} s",
            text.len(),
            module.fuel_used()
        );
    }
    let ns_per_fuel = secs_total * 1e9 / fuel_total as f64;
    let d = Limits::default();
    println!("worst: {worst:.0} fuel per byte; {ns_per_fuel:.3} ns per fuel here");
    println!(
        "default budget: {} + {} per byte = {:.1}x the worst; 1 MiB may run {:.2} s, 100 MiB {:.0} s",
        d.fuel_per_call,
        d.fuel_per_byte,
        d.fuel_per_byte as f64 / worst,
        (d.fuel_per_call + d.fuel_per_byte * (1 << 20)) as f64 * ns_per_fuel / 1e9,
        (d.fuel_per_call + d.fuel_per_byte * (100 << 20)) as f64 * ns_per_fuel / 1e9,
    );
    documents(&mut module, ns_per_fuel);
}

fn documents(module: &mut ModuleEngine, ns_per_fuel: f64) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/documents");
    let mut inputs: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "py")))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(p).unwrap(),
            )
        })
        .collect();
    inputs.sort();
    inputs.push(("pdf_100_pages".into(), files::pdf_report(100)));
    inputs.push(("docx_5mb".into(), files::docx(5 << 20)));
    inputs.push(("xlsx_10mb".into(), files::xlsx(10 << 20)));
    let mut worst = 0.0f64;
    for (name, bytes) in &inputs {
        let t = Instant::now();
        let doc = module.classify_document(bytes, Some(name)).unwrap();
        let secs = t.elapsed().as_secs_f64();
        let per_byte = module.fuel_used() as f64 / bytes.len() as f64;
        worst = worst.max(per_byte);
        println!(
            "{name:<22} {:>9} bytes {:>14} fuel {per_byte:>8.0} per byte {secs:>7.3} s ({} parts; memory now {} MiB)",
            bytes.len(),
            module.fuel_used(),
            doc.parts.len(),
            module.memory_size() >> 20
        );
    }
    let d = Limits::default();
    println!(
        "documents: worst {worst:.0} fuel per byte; default {} per byte = {:.1}x; a 10 MB document may run {:.0} s",
        d.fuel_per_document_byte,
        d.fuel_per_document_byte as f64 / worst,
        (d.fuel_per_call + d.fuel_per_document_byte * 10_000_000) as f64 * ns_per_fuel / 1e9
    );
}
