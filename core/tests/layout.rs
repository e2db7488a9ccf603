//! The core's layout: each stage (a top-level module of `core/src`) imports
//! only from the stages before it, so the folder tree reads as the pipeline
//! (docs/architecture.md).
//!
//! `cargo test -p tiergate --test layout -- --nocapture` prints the import
//! graph: one line per module, with the modules it imports from.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The stages in pipeline order; modules on one line may not import each other.
/// A new top-level module goes on the line of its stage (docs/architecture.md).
const STAGES: &[&[&str]] = &[
    &["error"],
    &["tier", "offsets", "signing"],
    &["report"],
    &["validate", "document"],
    &["policy"],
    &["detect"],
    &["decision", "redact"],
    &["engine"],
    &["guard", "audit"],
];

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`detect` for `src/detect/scan.rs`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

/// The code of a file without comments (doc links are not imports).
fn code(source: &str) -> String {
    source
        .lines()
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The first identifier of every `crate::` path, including each item of
/// `crate::{a, b::c}`.
fn crate_paths(code: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = Vec::new();
    for (at, _) in code.match_indices("crate::") {
        if code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
        {
            continue; // `$crate::`, `tiergate_crate::`
        }
        let rest = &code[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let end = group
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map_or(group.len(), |(i, _)| i);
            // Top-level items of the group only.
            let mut depth = 0;
            let mut item = String::new();
            for c in group[..end].chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.push(ident(item.trim()));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 {
                    item.push(c);
                }
            }
            out.push(ident(item.trim()));
        } else {
            out.push(ident(rest));
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Names the crate root re-exports, mapped to the module they come from
/// (`Engine` -> `engine`), read from `pub use module::{...}` lines of lib.rs.
fn reexports(lib: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    let lib = code(lib);
    for stmt in lib.split(';') {
        let stmt = stmt.trim();
        let Some(rest) = stmt.strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = rest.split_once("::") else {
            continue;
        };
        let items = items.trim().trim_start_matches('{').trim_end_matches('}');
        for item in items.split(',') {
            let name = item.split(" as ").last().unwrap_or(item).trim();
            let name = name.rsplit("::").next().unwrap_or(name);
            if !name.is_empty() {
                map.insert(name.to_string(), module.trim().to_string());
            }
        }
    }
    map
}

/// module -> the modules it imports from.
fn import_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let roots = reexports(&lib);
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files
        .iter()
        .map(|f| module_of(&src, f))
        .filter(|m| m != "lib")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let from = module_of(&src, file);
        if from == "lib" {
            continue;
        }
        let source = std::fs::read_to_string(file).unwrap();
        let edges = graph.entry(from.clone()).or_default();
        for first in crate_paths(&code(&source)) {
            let to = if modules.contains(&first) {
                first
            } else if let Some(m) = roots.get(&first) {
                m.clone()
            } else {
                panic!(
                    "{}: `crate::{first}` is neither a module nor a re-export of lib.rs",
                    file.display()
                );
            };
            if to != from {
                edges.insert(to);
            }
        }
    }
    graph
}

fn stage_of(module: &str) -> Option<usize> {
    STAGES.iter().position(|s| s.contains(&module))
}

#[test]
fn stages_import_only_from_earlier_stages() {
    let graph = import_graph();
    println!("core/src imports (module: the modules it uses), in stage order:");
    let mut ordered: Vec<&String> = graph.keys().collect();
    ordered.sort_by_key(|m| (stage_of(m).unwrap_or(usize::MAX), m.to_string()));
    for m in &ordered {
        let uses: Vec<&str> = graph[*m].iter().map(String::as_str).collect();
        println!("  {m}: {}", uses.join(", "));
    }
    let mut problems = Vec::new();
    for (from, tos) in &graph {
        let Some(s) = stage_of(from) else {
            problems.push(format!(
                "module `{from}` has no stage: add it to STAGES (and docs/architecture.md)"
            ));
            continue;
        };
        for to in tos {
            match stage_of(to) {
                Some(t) if t < s => {}
                _ => problems.push(format!(
                    "`{from}` imports from `{to}`, which is not an earlier stage"
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_graph_reader_sees_imports() {
    assert_eq!(
        crate_paths("use crate::policy::{Policy, X};\nlet a = crate::Engine::builtin();"),
        ["policy", "Engine"]
    );
    assert_eq!(
        crate_paths("use crate::{error::Error, report::{Report, Span}, tier::Tier};"),
        ["error", "report", "tier"]
    );
    assert_eq!(crate_paths("macro($crate::x)"), Vec::<String>::new());
    assert_eq!(code("let a = 1; // crate::engine"), "let a = 1; ");
    let roots = reexports("pub use engine::{Engine, GuardMode};\npub use tier::Tier;");
    assert_eq!(roots["GuardMode"], "engine");
    assert_eq!(roots["Tier"], "tier");
}
