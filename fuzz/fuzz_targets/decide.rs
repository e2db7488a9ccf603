//! Any report in wire form: a decision or an error, never a panic, and never
//! a tier below that of a finding of a detector the engine has.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tiergate::{Engine, ReportWire};

fn engine() -> &'static Engine {
    static E: OnceLock<Engine> = OnceLock::new();
    E.get_or_init(Engine::builtin)
}

fuzz_target!(|data: &[u8]| {
    let Ok(wire) = serde_json::from_slice::<ReportWire>(data) else {
        return;
    };
    let Ok(decision) = engine().decide_wire(&wire, "claude-ai") else {
        return;
    };
    let detectors = engine().detectors();
    for f in &wire.findings {
        if let Some(d) = detectors.iter().find(|d| d.id == f.detector) {
            assert!(
                decision.tier >= d.tier,
                "{} lowered to {:?}",
                f.detector,
                decision.tier
            );
        }
    }
});
