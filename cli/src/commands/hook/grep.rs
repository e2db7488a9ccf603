//! What a `Grep` would show Claude. Only `output_mode: "content"` shows file
//! content (the default lists file names, `count` counts): the lines that
//! match, with the asked context, are found as ripgrep (which Claude Code's
//! Grep runs) would find them — the same regex syntax, `.gitignore` honoured,
//! hidden files skipped — and checked file by file.

use super::claude_code::{Checked, Ctx};
use anyhow::{Context, Result};
use serde_json::Value;
use std::path::PathBuf;

/// The most file content one search reads; past it the rest of the search
/// counts as content tiergate could not read.
const MAX_SEARCH_BYTES: u64 = 256 << 20;

pub fn check(ctx: &Ctx<'_>, input: &Value) -> Result<Vec<Checked>> {
    let text = |name: &str| input.get(name).and_then(Value::as_str);
    let flag = |name: &str| input.get(name).and_then(Value::as_bool).unwrap_or(false);
    let number = |name: &str| input.get(name).and_then(Value::as_u64).unwrap_or(0) as usize;
    if text("output_mode") != Some("content") {
        return Ok(Vec::new());
    }
    let Some(pattern) = text("pattern") else {
        return Ok(Vec::new());
    };
    let regex = regex::RegexBuilder::new(pattern)
        .case_insensitive(flag("-i"))
        .multi_line(true)
        .dot_matches_new_line(flag("multiline"))
        .size_limit(16 << 20)
        .build()
        .context("the Grep pattern is not a regex tiergate can read")?;
    let context = number("-C");
    let (before, after) = (number("-B").max(context), number("-A").max(context));
    let root = ctx.cwd().join(text("path").unwrap_or("."));
    let mut walk = ignore::WalkBuilder::new(&root);
    walk.require_git(false);
    if let Some(glob) = text("glob") {
        let mut overrides = ignore::overrides::OverrideBuilder::new(&root);
        for g in glob.split_whitespace() {
            overrides.add(g).context("the Grep glob is not valid")?;
        }
        walk.overrides(overrides.build()?);
    }
    if let Some(kind) = text("type") {
        let mut types = ignore::types::TypesBuilder::new();
        types.add_defaults();
        types.select(kind);
        walk.types(types.build()?);
    }
    let mut checked = Vec::new();
    let mut spent = 0u64;
    for entry in walk.build().flatten() {
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let path: PathBuf = entry.into_path();
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        spent += bytes.len() as u64;
        if spent > MAX_SEARCH_BYTES {
            checked.push(ctx.unreadable(
                format!(
                    "the search under {} (over {} MiB)",
                    root.display(),
                    MAX_SEARCH_BYTES >> 20
                ),
                "too_large",
            )?);
            break;
        }
        // ripgrep skips binary files; tiergate reads UTF-8 text only.
        let Ok(content) = String::from_utf8(bytes) else {
            continue;
        };
        let shown = shown_lines(&content, &regex, before, after);
        if !shown.is_empty() {
            checked.push(ctx.text(path.display().to_string(), &shown)?);
        }
    }
    Ok(checked)
}

/// The lines a content search prints: every line a match touches, with
/// `before` and `after` lines around it, in order, each once.
fn shown_lines(content: &str, regex: &regex::Regex, before: usize, after: usize) -> String {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(content.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| i < content.len() || i == 0)
        .collect();
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset).saturating_sub(1);
    let mut shown = vec![false; starts.len()];
    for m in regex.find_iter(content) {
        let first = line_of(m.start());
        let last = line_of(m.end().saturating_sub(1).max(m.start()));
        let from = first.saturating_sub(before);
        let to = (last + after).min(starts.len() - 1);
        shown[from..=to].iter_mut().for_each(|s| *s = true);
    }
    let line = |i: usize| {
        let end = starts.get(i + 1).copied().unwrap_or(content.len());
        content[starts[i]..end].trim_end_matches('\n')
    };
    (0..starts.len())
        .filter(|&i| shown[i])
        .map(line)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_matching_lines_with_their_context_once() {
        let text = "a\nkey=1\nb\nc\nkey=2\nd\n";
        let re = regex::Regex::new("key").unwrap();
        assert_eq!(shown_lines(text, &re, 0, 0), "key=1\nkey=2");
        assert_eq!(shown_lines(text, &re, 1, 1), "a\nkey=1\nb\nc\nkey=2\nd");
        assert_eq!(shown_lines(text, &re, 0, 1), "key=1\nb\nkey=2\nd");
        assert_eq!(shown_lines("no match", &re, 2, 2), "");
        let multi = regex::RegexBuilder::new("b.c")
            .dot_matches_new_line(true)
            .build()
            .unwrap();
        assert_eq!(shown_lines(text, &multi, 0, 0), "b\nc");
    }
}
