//! What a `Grep` would show Claude. Only `output_mode: "content"` shows file
//! content (the default lists file names, `count` counts): the lines that
//! match, with the asked context, are found as Claude Code's Grep finds them
//! — ripgrep with `--hidden`, so hidden files are searched and only version
//! control folders skipped; `.gitignore` honoured inside a git repository;
//! the same regex syntax — and checked file by file.

use super::claude_code::{Checked, Ctx};
use anyhow::{Context, Result};
use serde_json::Value;
use std::io::Read;
use std::path::Path;

/// The most file content one search reads; past it the rest of the search
/// counts as content tiergate could not read.
const MAX_SEARCH_BYTES: u64 = 256 << 20;
/// The most files one search reads.
const MAX_SEARCH_FILES: usize = 100_000;
/// Folders ripgrep skips even with `--hidden` (Claude Code's list).
const VCS_FOLDERS: [&str; 6] = [".git", ".svn", ".hg", ".bzr", ".jj", ".sl"];

pub fn check(ctx: &Ctx<'_>, input: &Value) -> Result<Vec<Checked>> {
    let text = |name: &str| input.get(name).and_then(Value::as_str);
    let flag = |name: &str| input.get(name).and_then(Value::as_bool).unwrap_or(false);
    let number = |name: &str| {
        let n = input.get(name).and_then(Value::as_u64).unwrap_or(0);
        usize::try_from(n).unwrap_or(usize::MAX)
    };
    if text("output_mode") != Some("content") {
        return Ok(Vec::new());
    }
    let pattern = text("pattern").context("a content Grep without `pattern`")?;
    let regex = regex::RegexBuilder::new(pattern)
        .case_insensitive(flag("-i"))
        .multi_line(true)
        .dot_matches_new_line(flag("multiline"))
        .size_limit(16 << 20)
        .build()
        .context("the Grep pattern is not a regex tiergate can read")?;
    // `context` is the field, `-C` its alias (Claude Code passes either).
    let context = number("context").max(number("-C"));
    let (before, after) = (number("-B").max(context), number("-A").max(context));
    let root = ctx.cwd().join(text("path").unwrap_or("."));
    let mut walk = ignore::WalkBuilder::new(&root);
    walk.hidden(false)
        .same_file_system(true)
        .filter_entry(|e| !VCS_FOLDERS.iter().any(|v| e.file_name() == *v));
    if let Some(glob) = text("glob") {
        let mut overrides = ignore::overrides::OverrideBuilder::new(&root);
        for g in globs(glob) {
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
    let (mut spent, mut files) = (0u64, 0usize);
    for entry in walk.build().flatten() {
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        files += 1;
        let left = MAX_SEARCH_BYTES.saturating_sub(spent);
        let bytes = read_at_most(entry.path(), left);
        spent += bytes.len() as u64;
        if spent > MAX_SEARCH_BYTES || files > MAX_SEARCH_FILES {
            let what = format!(
                "the search under {} (over {} MiB or {MAX_SEARCH_FILES} files)",
                root.display(),
                MAX_SEARCH_BYTES >> 20
            );
            checked.push(ctx.unreadable(what, "too_large")?);
            break;
        }
        // ripgrep skips a file with a NUL byte as binary and reads the rest
        // whatever their encoding: so does this, lossily.
        if bytes[..bytes.len().min(8192)].contains(&0) {
            continue;
        }
        let content = String::from_utf8_lossy(&bytes);
        let shown = shown_lines(&content, &regex, before, after);
        if !shown.is_empty() {
            checked.push(ctx.text(entry.path().display().to_string(), &shown)?);
        }
    }
    Ok(checked)
}

/// A file's first `limit` + 1 bytes at most (a file that cannot be read is
/// empty: ripgrep skips it too). The size on disk is not trusted: files
/// under /proc say 0.
fn read_at_most(path: &Path, limit: u64) -> Vec<u8> {
    let mut bytes = Vec::new();
    if let Ok(file) = std::fs::File::open(path) {
        let _ = file.take(limit.saturating_add(1)).read_to_end(&mut bytes);
    }
    bytes
}

/// The globs of Claude Code's `glob` field: split at spaces, and at commas
/// outside braces (`*.env,*.yml`, `*.{ts,tsx}`).
fn globs(glob: &str) -> Vec<&str> {
    glob.split_whitespace()
        .flat_map(|g| {
            if g.contains('{') {
                vec![g]
            } else {
                g.split(',').filter(|p| !p.is_empty()).collect()
            }
        })
        .collect()
}

/// The lines a content search prints: every line a match touches, with
/// `before` and `after` lines around it, in order, each once.
fn shown_lines(content: &str, regex: &regex::Regex, before: usize, after: usize) -> String {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(content.match_indices('\n').map(|(i, _)| i + 1))
        .filter(|&i| i < content.len() || i == 0)
        .collect();
    let line_of = |offset: usize| starts.partition_point(|&s| s <= offset).saturating_sub(1);
    // Ranges of lines shown, merged as they come (matches come in order).
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for m in regex.find_iter(content) {
        let first = line_of(m.start());
        let last = line_of(m.end().saturating_sub(1).max(m.start()));
        let from = first.saturating_sub(before);
        let to = last.saturating_add(after).min(starts.len() - 1);
        match ranges.last_mut() {
            Some((_, end)) if from <= end.saturating_add(1) => *end = (*end).max(to),
            _ => ranges.push((from, to)),
        }
    }
    let line = |i: usize| {
        let end = starts.get(i + 1).copied().unwrap_or(content.len());
        content[starts[i]..end].trim_end_matches('\n')
    };
    ranges
        .into_iter()
        .flat_map(|(from, to)| from..=to)
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
        assert_eq!(shown_lines(text, &re, 5, 5), "a\nkey=1\nb\nc\nkey=2\nd");
        assert_eq!(
            shown_lines(text, &re, 0, usize::MAX),
            "key=1\nb\nc\nkey=2\nd",
            "a context as large as it gets does not wrap"
        );
        assert_eq!(shown_lines("no match", &re, 2, 2), "");
        let multi = regex::RegexBuilder::new("b.c")
            .dot_matches_new_line(true)
            .build()
            .unwrap();
        assert_eq!(shown_lines(text, &multi, 0, 0), "b\nc");
    }

    #[test]
    fn globs_split_like_claude_code() {
        assert_eq!(globs("*.env,*.yml"), ["*.env", "*.yml"]);
        assert_eq!(globs("*.{ts,tsx} *.rs"), ["*.{ts,tsx}", "*.rs"]);
        assert_eq!(globs("*.py"), ["*.py"]);
    }
}
