//! Compiles the name lexicon (`data/names/lexicon.tsv`, made by
//! `data/names/make.py`) into an fst map from folded name to flags, which the
//! person-name recogniser includes: every runtime carries the same bytes.

use std::collections::BTreeMap;
use std::path::PathBuf;

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
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("names.fst");
    std::fs::write(out, map.as_fst().as_bytes()).expect("write names.fst");
}
