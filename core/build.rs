//! Compiles the name lexicon (`data/names/lexicon.tsv`, made by
//! `data/names/make.py`) into an fst map from folded name to flags, which the
//! person-name recogniser includes: every runtime carries the same bytes.
//! And writes the cue lists (`data/cues/*.tsv`) as the recogniser reads
//! them: the first three fields of each line, without comments or glosses.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[path = "src/detect/people/fold.rs"]
mod fold;

fn main() {
    let source = "data/names/lexicon.tsv";
    println!("cargo::rerun-if-changed={source}");
    println!("cargo::rerun-if-changed=src/detect/people/fold.rs");
    let text = std::fs::read_to_string(source).expect("read data/names/lexicon.tsv");
    let mut flags: BTreeMap<String, u64> = BTreeMap::new();
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (name, bits) = line.split_once('\t').expect("lexicon line: name<TAB>flags");
        let bits: u64 = bits.parse().expect("lexicon flags are a number");
        *flags.entry(fold::fold(name)).or_default() |= bits;
    }
    let map = fst::Map::from_iter(flags).expect("folded keys are sorted and unique");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("names.fst"), map.as_fst().as_bytes()).expect("write names.fst");
    strip_cues(&out.join("cues"));
}

/// Writes each cue list to `dir` with only what the recogniser reads
/// (language, kind, phrase): the comments and glosses stay in the
/// repository, out of every runtime's bytes.
fn strip_cues(dir: &Path) {
    let source = "data/cues";
    println!("cargo::rerun-if-changed={source}");
    std::fs::create_dir_all(dir).expect("create the cue lists' directory");
    for entry in std::fs::read_dir(source).expect("read data/cues") {
        let path = entry.expect("list data/cues").path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("read a cue list");
        let mut out = String::with_capacity(text.len());
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let fields: Vec<&str> = line.splitn(4, '\t').take(3).collect();
            if fields.len() == 3 {
                out.push_str(&fields.join("\t"));
                out.push('\n');
            }
        }
        let name = path.file_name().expect("a cue list's name");
        std::fs::write(dir.join(name), out).expect("write a cue list");
    }
}
