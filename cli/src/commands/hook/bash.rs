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

/// Words that run the command after them (their options skipped).
const WRAPPERS: &[&str] = &[
    "sudo", "doas", "env", "command", "exec", "nohup", "time", "xargs", "timeout", "nice",
    "ionice", "stdbuf", "watch",
];

/// Existing files (relative to `cwd`; `~/` is the home folder) the command shows.
pub fn files_read(command: &str, cwd: &Path) -> Vec<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let mut files = Vec::new();
    for simple in simple_commands(command) {
        let words = shlex::split(simple)
            .unwrap_or_else(|| simple.split_whitespace().map(str::to_string).collect());
        let mut program: Option<String> = None;
        // After a wrapper (`sudo -u app cat`), the program is the first
        // command known to print files: its options' values are not it.
        let mut wrapped = false;
        let mut redirect = false;
        for word in words {
            if word == "<" {
                redirect = true;
                continue;
            }
            let (is_redirect, word) = match word.strip_prefix('<') {
                Some(rest) if !rest.is_empty() && !rest.starts_with('<') => {
                    (true, rest.to_string())
                }
                _ => (std::mem::take(&mut redirect), word),
            };
            if program.is_none() && !is_redirect {
                let name = word.rsplit('/').next().unwrap_or(&word);
                // Variables, a wrapper's options and a wrapper's numbers
                // (`timeout 5 cat`) come before the program.
                if WRAPPERS.contains(&name) {
                    wrapped = true;
                    continue;
                }
                let skip = word.contains('=')
                    || word.starts_with('-')
                    || (wrapped && !SHOWS_FILES.contains(&name));
                if !skip {
                    program = Some(name.to_string());
                }
                continue;
            }
            let shows = program.as_deref().is_some_and(|p| SHOWS_FILES.contains(&p));
            if (is_redirect || shows) && !word.starts_with('-') {
                let path = match (word.strip_prefix("~/"), &home) {
                    (Some(rest), Some(home)) => home.join(rest),
                    _ => cwd.join(&word),
                };
                if path.is_file() && !files.contains(&path) {
                    files.push(path);
                }
            }
        }
    }
    files
}

/// The simple commands of a command line: split at `|`, `;`, `&`, `(`, `)`
/// and new lines outside quotes (inside them they are text: `grep -E 'a|b'`).
fn simple_commands(command: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quote, mut escaped) = (0, None::<char>, false);
    for (i, c) in command.char_indices() {
        match (quote, c) {
            _ if escaped => escaped = false,
            (Some('\''), '\'') => quote = None,
            (Some('\''), _) => {}
            (_, '\\') => escaped = true,
            (Some('"'), '"') => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '|' | ';' | '&' | '(' | ')' | '\n') => {
                out.push(&command[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&command[start..]);
    out.retain(|s| !s.trim().is_empty());
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
        assert_eq!(
            names("grep -E 'a|b' .env", d),
            [".env"],
            "a quoted | is text"
        );
        assert_eq!(
            names("ls\ncat .env", d),
            [".env"],
            "a new line ends a command"
        );
        assert_eq!(names("sudo -u app cat .env", d), [".env"]);
        assert_eq!(names("timeout 5 head dump.csv", d), ["dump.csv"]);
        assert!(names("(cd sub && cat ../notes.txt)", d).is_empty());
        // Commands that do not print the files they are given.
        assert!(names("rm .env", d).is_empty());
        assert!(names("cp dump.csv backup.csv", d).is_empty());
        assert!(names("cat missing.txt", d).is_empty());
        // An unbalanced quote is read word by word.
        assert_eq!(names("cat .env 'oops", d), [".env"]);
    }

    #[test]
    fn simple_commands_split_outside_quotes() {
        assert_eq!(simple_commands("a|b"), ["a", "b"]);
        assert_eq!(simple_commands("a&&b;c"), ["a", "b", "c"]);
        assert_eq!(
            simple_commands("grep 'x|y' f | wc"),
            ["grep 'x|y' f ", " wc"]
        );
        assert_eq!(
            simple_commands(r#"echo "a;b" \; c"#),
            [r#"echo "a;b" \; c"#]
        );
    }
}
