//! The files a `Bash` command would print to Claude: the file arguments of
//! commands that show a file's content (`cat .env`, `head -n 5 dump.csv`,
//! `grep key config.yml`) and files redirected into any command (`< .env`).
//!
//! This reads the command as words, not as a shell would run it: a file
//! named through a variable, a glob, a script or a subshell is not seen
//! (docs/claude-code.md says what that means).

use std::path::{Path, PathBuf};

/// Commands that print (part of) the files they are given.
const SHOWS_FILES: &[&str] = &[
    "cat", "tac", "nl", "head", "tail", "less", "more", "bat", "batcat", "grep", "egrep", "fgrep",
    "rg", "ag", "sed", "awk", "gawk", "cut", "sort", "uniq", "column", "strings", "xxd", "hexdump",
    "od", "base64", "base32", "jq", "yq", "diff", "comm", "paste", "join", "fold", "fmt", "pr",
    "iconv", "openssl", "gpg", "zcat", "bzcat", "xzcat", "unzip", "tar",
];

/// Words that run the command after them.
const WRAPPERS: &[&str] = &["sudo", "env", "command", "exec", "nohup", "time", "xargs"];

/// Words that end one simple command and start the next.
const SEPARATORS: &[&str] = &["|", "||", "&&", ";", "&", "|&", "(", ")", "{", "}"];

/// Existing files (relative to `cwd`) the command shows.
pub fn files_read(command: &str, cwd: &Path) -> Vec<PathBuf> {
    let words = shlex::split(command)
        .unwrap_or_else(|| command.split_whitespace().map(str::to_string).collect());
    let mut files = Vec::new();
    let mut program: Option<String> = None;
    let mut redirect = false;
    for word in words.iter().flat_map(|w| split_operators(w)) {
        if SEPARATORS.contains(&word.as_str()) {
            program = None;
            continue;
        }
        if word == "<" {
            redirect = true;
            continue;
        }
        let (is_redirect, word) = match word.strip_prefix('<') {
            Some(rest) if !rest.is_empty() && !rest.starts_with('<') => (true, rest.to_string()),
            _ => (std::mem::take(&mut redirect), word),
        };
        let shows = program.as_deref().is_some_and(|p| SHOWS_FILES.contains(&p));
        if program.is_none() && !is_redirect {
            let name = word.rsplit('/').next().unwrap_or(&word);
            if !word.contains('=') && !WRAPPERS.contains(&name) {
                program = Some(name.to_string());
            }
            continue;
        }
        if (is_redirect || shows) && !word.starts_with('-') {
            let path = cwd.join(&word);
            if path.is_file() && !files.contains(&path) {
                files.push(path);
            }
        }
    }
    files
}

/// `cat a|head` as `cat`, `a`, `|`, `head`: operators written without spaces.
fn split_operators(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in word.chars() {
        if c == '|' || c == ';' || c == '&' {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            match out.last_mut() {
                Some(last) if last.chars().all(|l| l == c) && last.len() < 2 => last.push(c),
                _ => out.push(c.to_string()),
            }
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(command: &str, dir: &Path) -> Vec<String> {
        files_read(command, dir)
            .iter()
            .map(|p| p.strip_prefix(dir).unwrap().display().to_string())
            .collect()
    }

    #[test]
    fn finds_the_files_a_command_shows() {
        let dir = tempfile::tempdir().unwrap();
        for f in [".env", "dump.csv", "notes.txt", "my key.pem"] {
            std::fs::write(dir.path().join(f), "x").unwrap();
        }
        let d = dir.path();
        assert_eq!(names("cat .env", d), [".env"]);
        assert_eq!(names("head -n 5 dump.csv | sort", d), ["dump.csv"]);
        assert_eq!(names("cat .env|base64", d), [".env"]);
        assert_eq!(names("sudo cat 'my key.pem'", d), ["my key.pem"]);
        assert_eq!(
            names("wc -l < notes.txt && cat <.env", d),
            ["notes.txt", ".env"]
        );
        assert_eq!(names("FOO=1 /bin/cat notes.txt; ls", d), ["notes.txt"]);
        // Commands that do not print the files they are given.
        assert!(names("rm .env", d).is_empty());
        assert!(names("cp dump.csv backup.csv", d).is_empty());
        assert!(names("cat missing.txt", d).is_empty());
        // An unbalanced quote is read word by word.
        assert_eq!(names("cat .env 'oops", d), [".env"]);
    }

    #[test]
    fn operators_without_spaces_are_split() {
        assert_eq!(split_operators("a|b"), ["a", "|", "b"]);
        assert_eq!(split_operators("a&&b;c"), ["a", "&&", "b", ";", "c"]);
        assert_eq!(split_operators("a||b"), ["a", "||", "b"]);
    }
}
