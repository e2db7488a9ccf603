//! Timings of a policy module under wasmtime, for notes (not a test):
//! `cargo run --release -p tiergate-wasmtime --example bench -- target/module/tiergate.wasm`
//! (a dev build gives the same per-call numbers: the module's machine code does
//! not depend on how Cranelift itself was built; compile time does).

use std::time::{Duration, Instant};
use tiergate_wasmtime::{Limits, PolicyModule};

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/module/tiergate.wasm".into());
    let bytes = std::fs::read(&path).expect("module file");
    let t = Instant::now();
    let module = PolicyModule::compile(&bytes).unwrap();
    println!("compile {} bytes: {:?}", bytes.len(), t.elapsed());
    let times: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let engine = module.instantiate(None, Limits::default()).unwrap();
            let d = t.elapsed();
            drop(engine);
            d
        })
        .collect();
    println!(
        "instantiate + compile the built-in policy: median {:?} (5 runs)",
        median(times)
    );
    let mut engine = module.instantiate(None, Limits::default()).unwrap();
    let prompt = "Please review the notes from the vendor meeting. ".repeat(84);
    let short = "Summarise the plot of Hamlet in three sentences.";
    for (label, text) in [
        ("check, 4 KB prompt", prompt.as_str()),
        ("check, 48-character prompt", short),
    ] {
        let times: Vec<Duration> = (0..2000)
            .map(|_| {
                let t = Instant::now();
                engine.check(text, "claude-ai").unwrap();
                t.elapsed()
            })
            .collect();
        println!("{label}: median {:?} (2000 runs)", median(times));
    }
    let native = tiergate::Engine::builtin();
    let times: Vec<Duration> = (0..2000)
        .map(|_| {
            let t = Instant::now();
            native.check(&prompt, "claude-ai").unwrap();
            t.elapsed()
        })
        .collect();
    println!(
        "native check, 4 KB prompt (same build): median {:?}",
        median(times)
    );
}
