//! The fuel each worst-case input costs per byte under the policy module, and
//! the time a unit of fuel takes here: what [`Limits::default`] is set from.
//! `cargo run --release -p tiergate-wasmtime --example calibrate -- target/module/tiergate.wasm [BYTES]`

use std::time::Instant;
use tiergate_wasmtime::{Limits, ModuleEngine};

#[path = "../tests/support/worst_case.rs"]
mod worst_case;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "target/module/tiergate.wasm".into());
    let len: usize = args.next().map_or(1 << 20, |n| n.parse().expect("BYTES"));
    let bytes = std::fs::read(&path).expect("module file");
    let unbounded = Limits {
        fuel_per_call: u64::MAX / 2,
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
}
