//! Prints the accuracy report (docs/accuracy.md) of the built-in catalogue.
//!
//! ```text
//! cargo run -p tiergate --release --example accuracy             # print the report
//! cargo run -p tiergate --release --example accuracy -- --write  # update docs/accuracy.md
//! cargo run -p tiergate --release --example accuracy -- --problems   # list misses and false alarms
//! cargo run -p tiergate --release --example accuracy -- --public NAME=DIR ...
//! cargo run -p tiergate --release --example accuracy -- --lines --public NAME=DIR ...   # each line a text
//! cargo run -p tiergate --release --example accuracy -- --catalogues   # names in /usr/share/locale's messages
//! ```
//!
//! With `--write` and no `--public`, the public-text corpora are the ones
//! every Debian machine with Python 3.11 has (see `default_public`).

#[path = "../tests/support/accuracy.rs"]
mod accuracy;

use std::path::{Path, PathBuf};
use tiergate::Engine;

/// Public text on a standard machine: prose (licences, package copyright
/// files), code and its test data (the Python standard library), and math
/// (Python's numeric test vectors).
fn default_public() -> Vec<(String, PathBuf)> {
    let python = std::process::Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|s| PathBuf::from(s.trim()));
    let mut out = vec![
        (
            "prose: /usr/share/common-licenses".to_string(),
            PathBuf::from("/usr/share/common-licenses"),
        ),
        (
            "prose: /usr/share/doc (copyright files, READMEs)".to_string(),
            PathBuf::from("/usr/share/doc"),
        ),
    ];
    if let Some(p) = python {
        out.push(("code: Python 3.11 standard library".to_string(), p.clone()));
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let write = args.iter().any(|a| a == "--write");
    let problems = args.iter().any(|a| a == "--problems");
    let per_line = args.iter().any(|a| a == "--lines");
    let mut public: Vec<(String, PathBuf)> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--public" {
            for spec in it.by_ref().filter(|s| *s != "--lines") {
                let (name, dir) = spec.split_once('=').unwrap_or((spec, spec));
                public.push((name.to_string(), PathBuf::from(dir)));
            }
        }
    }
    if write && public.is_empty() {
        public = default_public();
    }
    let engine = Engine::builtin();
    let cases = accuracy::load(&accuracy::cases_path());
    let ev = accuracy::evaluate(&engine, &cases);
    if problems {
        for p in &ev.problems {
            println!("{p}");
        }
        // (Not even their number: a count that moves while tuning says what a
        // change did to the holdout.)
        println!("(the holdout cases' problems are not listed: they are not looked at)");
        return;
    }
    let scans: Vec<_> = public
        .iter()
        .filter(|(_, dir)| dir.exists())
        .map(|(name, dir)| {
            (
                name.clone(),
                accuracy::scan_public(&engine, dir, 1 << 20, per_line),
            )
        })
        .collect();
    let catalogues = if write || args.iter().any(|a| a == "--catalogues") {
        accuracy::scan_catalogues(&engine, Path::new("/usr/share/locale"))
    } else {
        Vec::new()
    };
    let md = accuracy::markdown(&ev, &scans, &catalogues);
    if write {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/accuracy.md");
        std::fs::write(&path, &md).expect("write docs/accuracy.md");
        eprintln!("wrote {}", path.display());
    } else {
        print!("{md}");
    }
}
