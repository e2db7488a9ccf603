//! `scan --staged` and `scan --diff A..B`: what a change adds, as git shows
//! it. Each changed file becomes the text of its added lines, each at its own
//! line number (the lines between them left empty), so findings are reported
//! at the line they have in the new file and nothing the change did not add
//! is read. A binary file the change adds or modifies is read whole, from git.

use anyhow::{Context, Result};
use std::path::Path;
use std::process::Command;

/// What changed in one file.
pub enum Change {
    /// A text file's added lines, placed at their line numbers.
    Added { path: String, text: String },
    /// A binary file: its new content, read whole.
    Binary { path: String, bytes: Vec<u8> },
}

/// Which change to read.
pub enum Range<'a> {
    /// What is staged for the next commit.
    Staged,
    /// Between two commits (`main..HEAD`, `A...B`, or one commit to the work tree).
    Diff(&'a str),
}

/// The changes in `range`, in the repository around `dir`.
pub fn changes(dir: &Path, range: &Range<'_>) -> Result<Vec<Change>> {
    let mut args = vec![
        "-c",
        "core.quotePath=false",
        "diff",
        "--unified=0",
        "--no-color",
        "--no-ext-diff",
        "--diff-filter=AMR",
    ];
    match range {
        Range::Staged => args.push("--cached"),
        Range::Diff(spec) => {
            if spec.starts_with('-') {
                return Err(crate::error::cli(
                    "invalid_argument",
                    format!("--diff takes a range such as main..HEAD, not an option ({spec})"),
                ));
            }
            args.push(spec);
        }
    }
    let diff = git(dir, &args)?;
    let mut changes = Vec::new();
    for file in parse(&String::from_utf8_lossy(&diff)) {
        match file {
            Parsed::Text { path, lines } => changes.push(Change::Added {
                path,
                text: placed(&lines),
            }),
            Parsed::Binary { path } => {
                let bytes = match range {
                    Range::Staged => git(dir, &["show", &format!(":{path}")])?,
                    Range::Diff(spec) if spec.contains("..") => {
                        git(dir, &["show", &format!("{}:{path}", new_side(spec))])?
                    }
                    // One commit: compared with the work tree, where the file is.
                    Range::Diff(_) => {
                        let top = git(dir, &["rev-parse", "--show-toplevel"])?;
                        let top = String::from_utf8_lossy(&top).trim().to_string();
                        std::fs::read(Path::new(&top).join(&path))
                            .with_context(|| format!("cannot read {path}"))?
                    }
                };
                changes.push(Change::Binary { path, bytes });
            }
        }
    }
    Ok(changes)
}

/// The commit a range's changes end at: `A..B` and `A...B` end at `B`,
/// `A..` at `HEAD`.
fn new_side(spec: &str) -> &str {
    match spec.rsplit_once("..") {
        Some((_, b)) if !b.trim_start_matches('.').is_empty() => b.trim_start_matches('.'),
        _ => "HEAD",
    }
}

fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .output()
        .map_err(|e| {
            crate::error::cli(
                "git",
                format!("cannot run git ({e}): is it installed and on PATH?"),
            )
        })?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        return Err(crate::error::cli(
            "git",
            // One line, as every error is: git's own lines joined.
            format!(
                "git {} failed: {}",
                args.join(" "),
                err.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        ));
    }
    Ok(out.stdout)
}

#[derive(Debug, PartialEq)]
enum Parsed {
    Text {
        path: String,
        /// (line number in the new file, text) of each added line.
        lines: Vec<(usize, String)>,
    },
    Binary {
        path: String,
    },
}

/// The files of a `git diff --unified=0` and their added lines.
fn parse(diff: &str) -> Vec<Parsed> {
    let mut files: Vec<Parsed> = Vec::new();
    let mut next_line = 0usize;
    for line in diff.lines() {
        if line.starts_with("diff --git ") {
            files.push(Parsed::Text {
                path: String::new(),
                lines: Vec::new(),
            });
        } else if let Some(path) = line.strip_prefix("+++ b/") {
            // git ends a path that has a space with a tab.
            if let Some(Parsed::Text { path: p, .. }) = files.last_mut() {
                *p = path.strip_suffix('\t').unwrap_or(path).to_string();
            }
        } else if let Some(rest) = line.strip_prefix("Binary files ") {
            // `Binary files a/x and b/y differ` (or /dev/null and b/y).
            let path = rest
                .rsplit_once(" and b/")
                .map(|(_, p)| p.trim_end_matches(" differ").to_string());
            if let (Some(path), Some(last)) = (path, files.last_mut()) {
                *last = Parsed::Binary { path };
            }
        } else if let Some(hunk) = line.strip_prefix("@@ ") {
            // `@@ -a,b +c,d @@`: added lines start at line c.
            next_line = hunk
                .split_whitespace()
                .find_map(|w| w.strip_prefix('+'))
                .and_then(|c| c.split(',').next())
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
        } else if let Some(added) = line.strip_prefix('+') {
            if let Some(Parsed::Text { lines, .. }) = files.last_mut() {
                lines.push((next_line, added.to_string()));
                next_line += 1;
            }
        }
    }
    files.retain(|f| match f {
        Parsed::Text { path, .. } | Parsed::Binary { path } => !path.is_empty(),
    });
    files
}

/// The added lines at their line numbers, empty lines between them.
fn placed(lines: &[(usize, String)]) -> String {
    let mut text = String::new();
    let mut at = 1;
    for (number, line) in lines {
        while at < *number {
            text.push('\n');
            at += 1;
        }
        text.push_str(line);
        text.push('\n');
        at += 1;
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIFF: &str = "\
diff --git a/app.env b/app.env
index 1..2 100644
--- a/app.env
+++ b/app.env
@@ -3,0 +4,2 @@ x
+KEY=one
+SECRET=two
@@ -10 +12 @@
+last
diff --git a/logo.png b/logo.png
new file mode 100644
Binary files /dev/null and b/logo.png differ
diff --git a/dir with space/n.txt b/dir with space/n.txt
--- a/dir with space/n.txt
+++ b/dir with space/n.txt\t
@@ -1 +1 @@
-old
+new +plus
";

    #[test]
    fn added_lines_keep_their_numbers() {
        let files = parse(DIFF);
        assert_eq!(
            files,
            [
                Parsed::Text {
                    path: "app.env".into(),
                    lines: vec![
                        (4, "KEY=one".into()),
                        (5, "SECRET=two".into()),
                        (12, "last".into())
                    ],
                },
                Parsed::Binary {
                    path: "logo.png".into()
                },
                Parsed::Text {
                    path: "dir with space/n.txt".into(),
                    lines: vec![(1, "new +plus".into())],
                },
            ]
        );
        let Parsed::Text { lines, .. } = &files[0] else {
            unreachable!()
        };
        let text = placed(lines);
        assert_eq!(text.lines().nth(3), Some("KEY=one"), "line 4 is line 4");
        assert_eq!(text.lines().nth(11), Some("last"));
        assert_eq!(text.lines().filter(|l| !l.is_empty()).count(), 3);
    }

    #[test]
    fn the_new_side_of_a_range() {
        assert_eq!(new_side("main..HEAD"), "HEAD");
        assert_eq!(new_side("a...b"), "b");
        assert_eq!(new_side("main.."), "HEAD");
    }
}
