//! End-to-end tests of the `tiergate` binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn tiergate(args: &[&str], stdin: Option<&str>) -> Output {
    tiergate_env(args, stdin, &[])
}

fn tiergate_env(args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tiergate"))
        .args(args)
        // Colour is decided by these and by --color; the tests set them.
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .envs(env.iter().copied())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        // A command that does not read its input may exit first: that is fine.
        let _ = pipe.write_all(text.as_bytes());
    }
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A directory removed when the guard drops, even when the test fails.
fn temp_dir(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("tiergate-cli-{name}-"))
        .tempdir()
        .unwrap()
}

const SENSITIVE: &str = "Please reply to jane.doe@acme.io before Friday.";

#[test]
fn check_human_output_masks_values_and_sets_exit_code() {
    let out = tiergate(&["check", "--to", "claude-ai", "-"], Some(SENSITIVE));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("SENSITIVE (1 finding)"), "{stdout}");
    assert!(stdout.contains("BLOCK"), "{stdout}");
    assert!(stdout.contains("j***@a***.io"), "{stdout}");
    assert!(
        !stdout.contains("jane.doe@acme.io"),
        "the value must not be printed"
    );

    let out = tiergate(&["check", "--to", "claude-enterprise-zdr"], Some(SENSITIVE));
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("ALLOW"));
}

#[test]
fn colour_on_request_never_in_a_pipe_and_never_in_text_output() {
    const ESC: char = '\x1b';
    // Piped (as here): no escapes.
    let out = tiergate(&["check", "--to", "claude-ai"], Some(SENSITIVE));
    assert!(!text(&out.stdout).contains(ESC), "{}", text(&out.stdout));
    // Forced: the tier and the action are coloured, the rest is as without.
    for (args, env) in [
        (vec!["--color", "always"], vec![]),
        (vec![], vec![("CLICOLOR_FORCE", "1")]),
    ] {
        let mut args = args.clone();
        args.extend(["check", "--to", "claude-ai"]);
        let out = tiergate_env(&args, Some(SENSITIVE), &env);
        let painted = text(&out.stdout);
        assert!(painted.contains("\x1b[31mSENSITIVE\x1b[0m"), "{painted:?}");
        assert!(
            painted.contains("\x1b[1m\x1b[31mBLOCK\x1b[0m"),
            "{painted:?}"
        );
        let plain = text(&tiergate(&["check", "--to", "claude-ai"], Some(SENSITIVE)).stdout);
        let stripped = painted
            .replace("\x1b[1m", "")
            .replace("\x1b[31m", "")
            .replace("\x1b[0m", "");
        assert_eq!(stripped, plain, "columns line up with and without colour");
    }
    // NO_COLOR wins over CLICOLOR_FORCE (no-color.org); --color never too.
    let tmp = temp_dir("colour");
    let file = tmp.path().join("mail.txt");
    std::fs::write(&file, SENSITIVE).unwrap();
    let scan = ["scan", "--to", "claude-ai", file.to_str().unwrap()];
    let out = tiergate_env(&scan, None, &[("CLICOLOR_FORCE", "1")]);
    assert!(text(&out.stdout).contains("\x1b[31msensitive\x1b[0m"));
    let out = tiergate_env(&scan, None, &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]);
    assert!(!text(&out.stdout).contains(ESC), "{}", text(&out.stdout));
    let out = tiergate_env(
        &["--color", "never", "check"],
        Some(SENSITIVE),
        &[("CLICOLOR_FORCE", "1")],
    );
    assert!(!text(&out.stdout).contains(ESC));
    // Text output is the text, byte for byte: a redacted log keeps its own
    // escapes even when colour is forced (and nothing is added).
    let log = "\x1b[32mok\x1b[0m mail jane.doe@acme.io\n";
    let out = tiergate(&["--color", "always", "redact"], Some(log));
    assert_eq!(text(&out.stdout), "\x1b[32mok\x1b[0m mail [EMAIL_1]\n");
}

#[test]
fn every_error_starts_with_a_stable_code() {
    let tmp = temp_dir("codes");
    let d = tmp.path();
    let binary = d.join("a.bin");
    std::fs::write(&binary, b"\x7fELF\0\0\0").unwrap();
    let latin1 = d.join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9").unwrap();
    let bad_policy = d.join("bad.toml");
    std::fs::write(
        &bad_policy,
        "schema = 1\nid = \"x\"\nrevision = \"1\"\nmin_score = 2\n",
    )
    .unwrap();
    let missing = d.join("missing.txt");
    let (dir, missing, binary, latin1, bad_policy) = (
        d.to_str().unwrap(),
        missing.to_str().unwrap(),
        binary.to_str().unwrap(),
        latin1.to_str().unwrap(),
        bad_policy.to_str().unwrap(),
    );
    for (args, code) in [
        (vec!["check", missing], "io"),
        (vec!["check", dir], "invalid_argument"),
        (vec!["check", binary], "not_text"),
        (vec!["redact", latin1], "not_text"),
        (vec!["scan", missing], "io"),
        (vec!["restore", "--map", missing], "io"),
        (vec!["check", "--policy", bad_policy, "-"], "policy_parse"),
        (vec!["check", "--to", "nowhere", "-"], "unknown_destination"),
    ] {
        let out = tiergate(&args, Some("hello"));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.starts_with(&format!("tiergate: {code}: ")),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
    }
}

#[test]
fn check_json_is_the_wire_format() {
    let out = tiergate(&["check", "--json"], Some(SENSITIVE));
    assert_eq!(out.status.code(), Some(0), "no --to: informational");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["report"]["tier"], "sensitive");
    assert_eq!(v["report"]["offsets"], "utf8");
    let f = &v["report"]["findings"][0];
    let (s, e) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&SENSITIVE[s..e], "jane.doe@acme.io");
    let actions: Vec<_> = v["decisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["block", "block", "block", "allow"]);
    assert!(
        !text(&out.stdout).contains("jane.doe"),
        "JSON carries offsets, not values"
    );
}

#[test]
fn check_reads_documents_part_by_part() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/documents/");
    let letter = format!("{dir}letter.docx");
    let out = tiergate(&["check", "--to", "claude-projects", &letter], None);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for part in ["body", "comments", "header 1"] {
        assert!(stdout.contains(part), "{part}: {stdout}");
    }
    assert!(stdout.contains("***-**-4399"), "{stdout}");
    assert!(
        !stdout.contains("536-90-4399"),
        "the value must not be printed"
    );
    assert!(
        !stdout.contains("tiergate redact"),
        "documents are not redacted"
    );

    let out = tiergate(&["check", "--json", &format!("{dir}customers.xlsx")], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "xlsx");
    assert_eq!(v["tier"], "restricted");
    let hidden = v["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["location"] == "sheet \"Archive\" (hidden)")
        .expect("the hidden sheet is read");
    assert_eq!(hidden["report"]["findings"][0]["detector"], "us_ssn");
    // The wire form's part text is never printed by the CLI.
    assert!(hidden.get("text").is_none());
    assert!(!text(&out.stdout).contains("536-90-4399"));

    let out = tiergate(
        &[
            "check",
            "--to",
            "claude-projects",
            &format!("{dir}clean.docx"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));

    // A PDF page by page; a scanned page is named, and the policy decides
    // for it (acknowledge).
    let out = tiergate(&["check", "--json", &format!("{dir}report.pdf")], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["format"], "pdf");
    let page = v["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["location"] == "page 2")
        .expect("page 2 is read");
    assert!(page["report"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["detector"] == "us_ssn"));
    let out = tiergate(
        &[
            "check",
            "--to",
            "claude-projects",
            &format!("{dir}scan.pdf"),
        ],
        None,
    );
    let stdout = text(&out.stdout);
    assert!(stdout.contains("not read: page 1 (image)"), "{stdout}");
    assert!(stdout.contains("ACKNOWLEDGE"), "{stdout}");
}

/// `scan` reads documents part by part (not skipped as binary): the table
/// names the tier, JSON the parts, SARIF the part of each finding.
#[test]
fn scan_reads_documents() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/documents");
    let out = tiergate(&["scan", dir, "--to", "claude-projects"], None);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        !text(&out.stderr).contains("binary"),
        "{}",
        text(&out.stderr)
    );
    for file in [
        "report.pdf",
        "roster.xlsx",
        "letter.docx",
        "memo.odt",
        "bundle.zip",
        "message.eml",
    ] {
        let line = stdout
            .lines()
            .find(|l| l.contains(file))
            .unwrap_or_else(|| panic!("{file}: {stdout}"));
        assert!(line.starts_with("restricted"), "{line}");
    }
    // The fixtures, make.py and expected.json.
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/expected.json")).unwrap())
            .unwrap();
    let files = expected.as_object().unwrap().len() + 2;
    assert!(
        stdout.contains(&format!("{files} files scanned")),
        "{stdout}"
    );

    let out = tiergate(&["scan", dir, "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let file = |name: &str| {
        v["files"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["path"].as_str().unwrap().ends_with(name))
            .unwrap()
            .clone()
    };
    let report = file("report.pdf");
    assert_eq!(report["format"], "pdf");
    assert!(report["parts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["location"] == "page 2"
            && !p["report"]["findings"].as_array().unwrap().is_empty()));
    let scan = file("scan.pdf");
    assert_eq!(scan["unreadable"][0]["reason"], "image");
    assert_eq!(scan["decisions"][0]["rule"], "unreadable-content");
    assert!(!text(&out.stdout).contains("536-90-4399"));

    let out = tiergate(&["scan", dir, "--format", "sarif"], None);
    let sarif = text(&out.stdout);
    assert!(sarif.contains("\"name\": \"page 2\""), "{sarif}");
    assert!(!sarif.contains("536-90-4399"));
}

#[test]
fn unknown_destination_is_one_clear_line() {
    let out = tiergate(&["check", "--to", "chatgpt"], Some(SENSITIVE));
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("tiergate: unknown_destination: unknown destination `chatgpt`"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!err.contains("jane"), "errors never contain scanned text");
}

#[test]
fn redact_prints_placeholders() {
    let out = tiergate(&["redact"], Some(SENSITIVE));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "Please reply to [EMAIL_1] before Friday."
    );
    let out = tiergate(&["redact", "--json"], Some(SENSITIVE));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["replacements"][0]["placeholder"], "[EMAIL_1]");
    assert!(!text(&out.stdout).contains("jane.doe"));
}

#[test]
fn scan_walks_folders_honours_gitignore_and_answers_per_destination() {
    let tmp = temp_dir("scan");
    let d = tmp.path().to_path_buf();
    std::fs::write(d.join("public.md"), "Ten tips for better meetings.").unwrap();
    std::fs::write(d.join("internal.txt"), "INTERNAL USE ONLY: team rota").unwrap();
    std::fs::write(d.join("customer.txt"), SENSITIVE).unwrap();
    std::fs::create_dir_all(d.join("secrets")).unwrap();
    std::fs::write(d.join("secrets/key.env"), "AWS=AKIAZ7Q3L5X9M2B4C6D8").unwrap();
    std::fs::write(d.join("ignored.txt"), "SSN 536-90-4399").unwrap();
    std::fs::write(d.join(".gitignore"), "ignored.txt\n").unwrap();
    std::fs::write(d.join("binary.bin"), [0u8, 1, 2, 3]).unwrap();
    let dir = d.to_str().unwrap();

    let out = tiergate(&["scan", dir, "--to", "claude-projects"], None);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("4 files scanned: 1 public, 1 internal, 1 sensitive, 1 restricted"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "4 files scanned: 1 public, 1 internal, 1 sensitive, 1 restricted; 1 not checked"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("1 of 5 may go to claude-projects as they are"),
        "{stdout}"
    );
    assert!(!stdout.contains("ignored.txt"), "{stdout}");
    assert!(
        text(&out.stderr).contains("binary.bin (binary: a NUL byte in its first 8 KiB)"),
        "{}",
        text(&out.stderr)
    );

    let out = tiergate(&["scan", dir, "--format", "json"], None);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 4);
    let tiers: Vec<_> = files
        .iter()
        .map(|f| f["report"]["tier"].as_str().unwrap())
        .collect();
    assert_eq!(
        tiers,
        ["sensitive", "internal", "public", "restricted"],
        "sorted by path"
    );

    let out = tiergate(&["scan", dir, "--format", "sarif"], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let results = v["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 3);
    assert!(results
        .iter()
        .any(|r| r["ruleId"] == "aws_access_key_id" && r["level"] == "error"));
    assert!(
        !text(&out.stdout).contains("AKIAZ7Q3"),
        "SARIF carries locations, not values"
    );

    let out = tiergate(&["scan", d.join("missing").to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn policy_show_check_and_custom_policy() {
    let out = tiergate(&["policy", "show"], None);
    assert!(text(&out.stdout).contains("schema = 1"));
    let tmp = temp_dir("policy");
    let d = tmp.path().to_path_buf();
    let good = d.join("good.toml");
    let src = text(&out.stdout)
        + "\n[detectors.codenames]\ncategory = \"codename\"\nkeywords = [\"Bluebird\"]\n";
    std::fs::write(&good, src).unwrap();
    let out = tiergate(&["policy", "check", good.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("(1 custom)"),
        "{}",
        text(&out.stdout)
    );

    let out = tiergate(
        &[
            "check",
            "--policy",
            good.to_str().unwrap(),
            "--to",
            "claude-ai",
        ],
        Some("Bluebird ships soon"),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "internal data warns, which permits sending"
    );
    assert!(text(&out.stdout).contains("codenames"));

    let bad = d.join("bad.toml");
    std::fs::write(
        &bad,
        "schema = 1\nid = \"x\"\nrevision = \"1\"\nmin_score = 2\n",
    )
    .unwrap();
    let out = tiergate(&["policy", "check", bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("policy_parse") && err.contains("line 4"),
        "{err}"
    );

    let out = tiergate(&["check", "--policy", bad.to_str().unwrap()], Some("x"));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn detectors_lists_the_catalogue() {
    let out = tiergate(&["detectors", "--json"], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    for id in [
        "email",
        "us_ssn",
        "anthropic_api_key",
        "legal_privilege",
        "private_ip",
    ] {
        assert!(ids.contains(&id), "{id} missing");
    }
}

#[test]
fn docs_detectors_md_is_the_generated_catalogue() {
    let out = tiergate(&["detectors", "--format", "markdown"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let generated = text(&out.stdout);
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/detectors.md"))
            .unwrap();
    assert!(
        generated == committed,
        "docs/detectors.md is stale: run `cargo run -p tiergate-cli -- detectors --format markdown > docs/detectors.md`"
    );
    assert!(generated
        .contains("| `us_ssn` | US Social Security number | restricted | gdpr | `us_ssn` |"));
}

#[test]
fn the_readme_command_gives_what_the_readme_shows() {
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples");
    let out = tiergate(&["scan", examples, "--all"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("7 files scanned: 2 public, 1 internal, 2 sensitive, 2 restricted"),
        "{stdout}"
    );
    assert!(
        stdout.contains("3 of 7 may go to claude-ai as they are"),
        "{stdout}"
    );
}

/// The commands a README shows with their output: a ```sh block of one
/// `cargo run -q -p tiergate-cli -- ARGS` line followed by a ```text block,
/// or a ```text block that starts with `$ tiergate ARGS`. Output ending in a
/// `...` line is a prefix of what the command prints.
fn readme_commands(readme: &str) -> Vec<(Vec<String>, Vec<String>)> {
    // Blocks as (language, lines), indentation (a list item's) removed.
    let mut blocks: Vec<(String, Vec<String>)> = Vec::new();
    let mut open: Option<(String, usize, Vec<String>)> = None;
    for line in readme.lines() {
        let trimmed = line.trim_start();
        match &mut open {
            None if trimmed.starts_with("```") => {
                let indent = line.len() - trimmed.len();
                open = Some((trimmed[3..].to_string(), indent, Vec::new()));
            }
            Some(_) if trimmed.starts_with("```") => {
                let (lang, _, lines) = open.take().unwrap();
                blocks.push((lang, lines));
            }
            Some((_, indent, lines)) => lines.push(line.get(*indent..).unwrap_or("").to_string()),
            None => {}
        }
    }
    let args = |command: &str| command.split_whitespace().map(str::to_string).collect();
    let mut commands = Vec::new();
    for (i, (lang, lines)) in blocks.iter().enumerate() {
        if lang == "sh" && lines.len() == 1 {
            if let (Some(rest), Some((next_lang, output))) = (
                lines[0].strip_prefix("cargo run -q -p tiergate-cli -- "),
                blocks.get(i + 1),
            ) {
                if next_lang == "text" {
                    commands.push((args(rest), output.clone()));
                }
            }
        }
        if lang == "text" {
            if let Some(rest) = lines.first().and_then(|l| l.strip_prefix("$ tiergate ")) {
                commands.push((args(rest), lines[1..].to_vec()));
            }
        }
    }
    commands
}

#[test]
fn every_command_a_readme_shows_prints_what_it_shows() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    let commands = readme_commands(&readme);
    assert!(commands.len() >= 2, "{commands:?}");
    for (args, shown) in commands {
        let out = Command::new(env!("CARGO_BIN_EXE_tiergate"))
            .args(&args)
            .current_dir(root)
            .env_remove("CLICOLOR_FORCE")
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let printed: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
        let (shown, prefix) = match shown.split_last() {
            Some((last, head)) if last == "..." => (head.to_vec(), true),
            _ => (shown.clone(), false),
        };
        let printed = if prefix {
            &printed[..shown.len().min(printed.len())]
        } else {
            &printed[..]
        };
        let shown: Vec<&str> = shown.iter().map(String::as_str).collect();
        assert_eq!(
            printed.iter().map(|l| l.trim_end()).collect::<Vec<_>>(),
            shown.iter().map(|l| l.trim_end()).collect::<Vec<_>>(),
            "`tiergate {}` prints something else than the README shows",
            args.join(" ")
        );
    }
}

#[test]
fn check_writes_content_free_audit_records_that_verify() {
    let tmp = temp_dir("audit");
    let dir = tmp.path().to_path_buf();
    let log = dir.join("audit.jsonl");
    let log_arg = log.to_str().unwrap();
    let canary = "CANARY-51c0 Patient jane.doe@acme.io SSN 536-90-4399";
    for input in ["hello", canary, SENSITIVE] {
        let out = tiergate(
            &[
                "check",
                "--to",
                "claude-ai",
                "--to",
                "claude-enterprise-zdr",
                "--audit",
                log_arg,
                "--actor",
                "u-7",
                "-",
            ],
            Some(input),
        );
        assert!(out.status.code().unwrap() <= 1, "{}", text(&out.stderr));
    }
    let records = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        records.lines().count(),
        6,
        "one record per destination per check"
    );
    for needle in ["CANARY", "jane.doe", "536-90", "Patient", "Friday"] {
        assert!(
            !records.contains(needle),
            "{needle} leaked into the audit log"
        );
    }
    assert!(records.contains("\"actor\":\"u-7\"") && records.contains("\"us_ssn\":1"));

    let ok = tiergate(&["audit", "verify", log_arg], None);
    assert_eq!(ok.status.code(), Some(0));
    assert!(text(&ok.stdout).contains("6 records, chain intact"));

    // Remove the third record: verify names the first missing one and fails.
    let lines: Vec<&str> = records.lines().collect();
    let mut cut: Vec<&str> = lines.clone();
    cut.remove(2);
    std::fs::write(&log, cut.join("\n") + "\n").unwrap();
    let broken = tiergate(&["audit", "verify", log_arg], None);
    assert_eq!(broken.status.code(), Some(1));
    assert!(
        text(&broken.stdout).contains("record 2 (line 3): records 2 to 2 are missing"),
        "{}",
        text(&broken.stdout)
    );

    // A torn last line is reported; the next writer sets it aside and goes on.
    std::fs::write(&log, format!("{}{}", records, &lines[0][..40])).unwrap();
    let torn = tiergate(&["audit", "verify", log_arg], None);
    assert_eq!(torn.status.code(), Some(1));
    assert!(text(&torn.stdout).contains("6 records verify; the last line"));
    tiergate(&["check", "--audit", log_arg, "-"], Some("hello"));
    let after = tiergate(&["audit", "verify", log_arg], None);
    assert_eq!(after.status.code(), Some(0), "{}", text(&after.stdout));
    assert!(dir.join("audit.jsonl.torn").exists());
}

#[test]
fn processes_writing_one_audit_log_keep_one_chain() {
    let tmp = temp_dir("audit-writers");
    let log = tmp.path().join("audit.jsonl");
    let log = log.to_str().unwrap();
    // Four shells, each running `check --audit` one after the other.
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..8 {
                    let out = tiergate(
                        &["check", "--to", "claude-ai", "--audit", log, "-"],
                        Some(SENSITIVE),
                    );
                    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
                }
            });
        }
    });
    let ok = tiergate(&["audit", "verify", log], None);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stdout));
    assert!(
        text(&ok.stdout).contains("32 records, chain intact"),
        "{}",
        text(&ok.stdout)
    );
}

#[test]
fn a_rotated_audit_log_verifies_as_one_chain() {
    let tmp = temp_dir("audit-rotate");
    let log = tmp.path().join("audit.jsonl");
    let log = log.to_str().unwrap();
    // Two shells, each running `check --audit` with a small rotation size.
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                for _ in 0..6 {
                    let out = tiergate(
                        &[
                            "check",
                            "--to",
                            "claude-ai",
                            "--audit",
                            log,
                            "--audit-rotate",
                            "1KiB",
                            "-",
                        ],
                        Some(SENSITIVE),
                    );
                    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
                }
            });
        }
    });
    let mut names: Vec<String> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("audit.jsonl.0"))
        .collect();
    names.sort();
    assert!(names.len() >= 3, "{names:?}");
    assert_eq!(names[0], "audit.jsonl.000000000000");
    let ok = tiergate(&["audit", "verify", log], None);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stdout));
    let files = names.len() + 1;
    // 12 checks, and one link record per rotation.
    let records = 12 + names.len();
    assert!(
        text(&ok.stdout).contains(&format!("{records} records in {files} files, chain intact")),
        "{}",
        text(&ok.stdout)
    );

    // The oldest file removed: still intact, and the report says so.
    std::fs::remove_file(tmp.path().join(&names[0])).unwrap();
    let ok = tiergate(&["audit", "verify", log], None);
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stdout));
    assert!(
        text(&ok.stdout).contains("are in segments no longer here"),
        "{}",
        text(&ok.stdout)
    );

    let bad = tiergate(
        &["check", "--audit", log, "--audit-rotate", "weekly", "-"],
        Some("hi"),
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("expected `daily`, `never` or a size"),
        "{}",
        text(&bad.stderr)
    );
}

fn repo(path: &str) -> String {
    format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn policy_test_runs_cases_and_fails_on_a_wrong_expectation() {
    let policy = repo("core/policy/default.toml");
    let ok = tiergate(
        &[
            "policy",
            "test",
            &policy,
            &repo("core/policy/default-tests.toml"),
        ],
        None,
    );
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stdout));
    assert!(text(&ok.stdout).contains("6 cases: 6 passed, 0 failed"));

    let tmp = temp_dir("policy-test");
    let dir = tmp.path().to_path_buf();
    let cases = dir.join("cases.toml");
    std::fs::write(
        &cases,
        "[[cases]]\nname = \"email to claude.ai\"\ntext = \"mail jane.doe@acme.io\"\ntier = \"internal\"\n[cases.actions]\nclaude-ai = \"allow\"\n",
    )
    .unwrap();
    let failed = tiergate(&["policy", "test", &policy, cases.to_str().unwrap()], None);
    assert_eq!(failed.status.code(), Some(1));
    let out = text(&failed.stdout);
    assert!(out.contains("FAIL email to claude.ai: tier: expected internal, got sensitive; claude-ai: expected allow, got block"), "{out}");

    std::fs::write(
        &cases,
        "[[cases]]\nname = \"x\"\ntext = \"x\"\n[cases.actions]\nclaude-moon = \"allow\"\n",
    )
    .unwrap();
    let bad = tiergate(&["policy", "test", &policy, cases.to_str().unwrap()], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("unknown_destination"),
        "{}",
        text(&bad.stderr)
    );
}

#[test]
fn policy_diff_shows_what_a_change_would_do_with_values_masked() {
    let old = repo("core/policy/default.toml");
    let tmp = temp_dir("policy-diff");
    let dir = tmp.path().to_path_buf();
    let new = dir.join("strict.toml");
    let strict = std::fs::read_to_string(&old).unwrap().replacen(
        "id = \"internal-retained\"\ntiers = [\"internal\"]\naction = \"warn\"",
        "id = \"internal-retained\"\ntiers = [\"internal\"]\naction = \"acknowledge\"",
        1,
    );
    std::fs::write(&new, strict).unwrap();
    let corpus = dir.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "Deploy to ci-runner-07.corp.internal tonight.\n",
    )
    .unwrap();
    std::fs::write(corpus.join("b.txt"), "Nothing to see here.\n").unwrap();
    let out = tiergate(
        &[
            "policy",
            "diff",
            &old,
            new.to_str().unwrap(),
            "--corpus",
            corpus.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.contains("2 files compared"), "{shown}");
    assert!(
        shown.contains("claude-ai: warn -> acknowledge: 1 files"),
        "{shown}"
    );
    assert!(shown.contains("a.txt:1:11 internal_hostname"), "{shown}");
    assert!(
        !shown.contains("ci-runner-07.corp.internal"),
        "values are masked: {shown}"
    );

    let same = tiergate(
        &[
            "policy",
            "diff",
            &old,
            &old,
            "--corpus",
            corpus.to_str().unwrap(),
        ],
        None,
    );
    assert!(text(&same.stdout).contains("no tier or action changes"));
}

#[test]
fn signed_policies_are_refused_when_missing_or_tampered() {
    let tmp = temp_dir("signing");
    let dir = tmp.path().to_path_buf();
    let policy = dir.join("acme.toml");
    std::fs::copy(repo("core/policy/default.toml"), &policy).unwrap();
    let p = policy.to_str().unwrap();
    let name = dir.join("org");
    assert!(
        tiergate(&["policy", "keygen", name.to_str().unwrap()], None)
            .status
            .success()
    );
    let (key, public) = (dir.join("org.key"), dir.join("org.pub"));
    let public = public.to_str().unwrap();
    let check = |extra: &[&str]| {
        let mut args = vec!["check", "--policy", p, "--policy-pubkey", public];
        args.extend_from_slice(extra);
        args.push("-");
        tiergate(&args, Some("hello"))
    };

    let unsigned = check(&[]);
    assert_eq!(unsigned.status.code(), Some(2));
    assert!(
        text(&unsigned.stderr).contains("policy_signature")
            && text(&unsigned.stderr).contains("is not signed")
    );

    let signed = tiergate(&["policy", "sign", p, "--key", key.to_str().unwrap()], None);
    assert!(signed.status.success(), "{}", text(&signed.stderr));
    assert_eq!(check(&[]).status.code(), Some(0));
    let ok = tiergate(&["policy", "verify", p, "--pubkey", public], None);
    assert!(text(&ok.stdout).contains("signature ok"));

    let mut tampered = std::fs::read_to_string(&policy).unwrap();
    tampered = tampered.replacen("action = \"block\"", "action = \"allow\"", 1);
    std::fs::write(&policy, tampered).unwrap();
    let refused = check(&[]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("changed after it was signed"));
    assert_eq!(
        tiergate(&["policy", "verify", p, "--pubkey", public], None)
            .status
            .code(),
        Some(1)
    );

    // Another organisation's key is not accepted either.
    let other = dir.join("other");
    tiergate(&["policy", "keygen", other.to_str().unwrap()], None);
    let wrong = tiergate(
        &[
            "policy",
            "verify",
            p,
            "--pubkey",
            dir.join("other.pub").to_str().unwrap(),
        ],
        None,
    );
    assert!(text(&wrong.stdout).contains("signed with key"));
    // A key file is never overwritten.
    assert!(
        !tiergate(&["policy", "keygen", name.to_str().unwrap()], None)
            .status
            .success()
    );
}

/// A signature covers exactly the text that is loaded: a policy file in JSON
/// under a `.toml` name signs, loads and decides like the built-in policy; any
/// edit afterwards, even one that leaves the same policy, is refused; a
/// missing signature is a signature problem (exit 1 from `policy verify`), an
/// unreadable key an error (exit 2).
#[test]
fn a_signed_policy_is_verified_over_the_text_that_is_loaded() {
    let tmp = temp_dir("signed-text");
    let dir = tmp.path().to_path_buf();
    let json = tiergate(&["policy", "show", "--json"], None);
    assert_eq!(json.status.code(), Some(0), "{}", text(&json.stderr));
    let policy = dir.join("org-policy.toml");
    std::fs::write(&policy, &json.stdout).unwrap();
    let p = policy.to_str().unwrap();
    let name = dir.join("org");
    let keygen = tiergate(&["policy", "keygen", name.to_str().unwrap()], None);
    assert!(keygen.status.success(), "{}", text(&keygen.stderr));
    let (key, public) = (dir.join("org.key"), dir.join("org.pub"));
    let public = public.to_str().unwrap();
    let verify = || tiergate(&["policy", "verify", p, "--pubkey", public], None);
    let check = || {
        tiergate(
            &[
                "check",
                "--json",
                "--to",
                "claude-ai",
                "--policy",
                p,
                "--policy-pubkey",
                public,
                "-",
            ],
            Some(SENSITIVE),
        )
    };

    let unsigned = verify();
    assert_eq!(
        unsigned.status.code(),
        Some(1),
        "{}",
        text(&unsigned.stderr)
    );
    assert!(
        text(&unsigned.stdout).contains("policy_signature: ")
            && text(&unsigned.stdout).contains("is not signed"),
        "{}",
        text(&unsigned.stdout)
    );

    let signed = tiergate(&["policy", "sign", p, "--key", key.to_str().unwrap()], None);
    assert_eq!(signed.status.code(), Some(0), "{}", text(&signed.stderr));
    let sig = std::fs::read_to_string(dir.join("org-policy.toml.sig")).unwrap();
    let ok = verify();
    assert_eq!(ok.status.code(), Some(0), "{}", text(&ok.stdout));
    assert!(text(&ok.stdout).contains("signature ok (key "));

    // The JSON under a .toml name loads, checked, and decides as the built-in policy.
    let loaded = check();
    assert_eq!(loaded.status.code(), Some(1), "{}", text(&loaded.stderr));
    let builtin = tiergate(
        &["check", "--json", "--to", "claude-ai", "-"],
        Some(SENSITIVE),
    );
    assert_eq!(text(&loaded.stdout), text(&builtin.stdout));
    let shown = tiergate(
        &[
            "policy",
            "show",
            "--json",
            "--policy",
            p,
            "--policy-pubkey",
            public,
        ],
        None,
    );
    assert_eq!(shown.status.code(), Some(0), "{}", text(&shown.stderr));
    assert_eq!(text(&shown.stdout), text(&json.stdout));

    // Edited after signing, though it is still the same policy: refused.
    let mut edited = json.stdout.clone();
    edited.extend_from_slice(b"\n");
    std::fs::write(&policy, &edited).unwrap();
    let refused = check();
    assert_eq!(refused.status.code(), Some(2));
    let err = text(&refused.stderr);
    assert!(
        err.starts_with("tiergate: policy_signature: ")
            && err.contains("changed after it was signed")
            && err.contains("org-policy.toml"),
        "{err}"
    );
    assert!(refused.stdout.is_empty());
    assert_eq!(verify().status.code(), Some(1));

    // Signed again, it loads again: the new signature covers the new text.
    let resigned = tiergate(&["policy", "sign", p, "--key", key.to_str().unwrap()], None);
    assert_eq!(
        resigned.status.code(),
        Some(0),
        "{}",
        text(&resigned.stderr)
    );
    assert_ne!(
        std::fs::read_to_string(dir.join("org-policy.toml.sig")).unwrap(),
        sig
    );
    assert_eq!(check().status.code(), Some(1));

    // A key that cannot be read is an error, not a failed verification.
    let missing = dir.join("missing.pub");
    let unreadable = tiergate(
        &["policy", "verify", p, "--pubkey", missing.to_str().unwrap()],
        None,
    );
    assert_eq!(unreadable.status.code(), Some(2));
    assert!(text(&unreadable.stderr).contains("cannot read the public key"));
}

/// Canary values fed through every CLI path never come out: not in human or
/// JSON/SARIF output, not on stderr, not in the audit log.
#[test]
fn canary_values_appear_in_no_output_error_or_log() {
    let canaries = [
        "536-90-4399",
        "canary.person@acme-canary.io",
        "4526 0181 5908 3012",
        "AKIAZ7Q3L5X9M2B4C6D8",
    ];
    let text_in = format!(
        "Patient SSN {}, mail {}, card {}, key {}\n",
        canaries[0], canaries[1], canaries[2], canaries[3]
    );
    let tmp = temp_dir("canary");
    let dir = tmp.path().to_path_buf();
    let file = dir.join("prompt.txt");
    std::fs::write(&file, &text_in).unwrap();
    let f = file.to_str().unwrap();
    let log = dir.join("audit.jsonl");
    let l = log.to_str().unwrap();
    let policy = repo("core/policy/default.toml");
    let runs: Vec<Vec<&str>> = vec![
        vec!["check", f],
        vec!["check", "--json", f],
        vec![
            "check",
            "--to",
            "claude-ai",
            "--audit",
            l,
            "--actor",
            "u-1",
            f,
        ],
        vec!["check", "--to", "nowhere", f],
        vec!["scan", "--all", dir.to_str().unwrap()],
        vec!["scan", "--format", "json", dir.to_str().unwrap()],
        vec!["scan", "--format", "sarif", dir.to_str().unwrap()],
        vec!["redact", f],
        vec!["redact", "--json", f],
        vec![
            "policy",
            "diff",
            &policy,
            &policy,
            "--corpus",
            dir.to_str().unwrap(),
        ],
        vec!["audit", "verify", l],
    ];
    for args in &runs {
        let out = tiergate(args, None);
        let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
        for c in canaries {
            assert!(
                !stdout.contains(c) && !stderr.contains(c),
                "{c} leaked from {args:?}:\n{stdout}\n{stderr}"
            );
        }
    }
    let audit = std::fs::read_to_string(&log).unwrap();
    for c in canaries {
        assert!(!audit.contains(c), "{c} leaked into the audit log");
    }
}

/// A file scan cannot read is decided by the policy's `[documents]` actions
/// (`unreadable`: acknowledge, `over_limit`: block in the built-in policy),
/// never passed: a NUL byte, `--max-size` or bytes that are not UTF-8 do not
/// get an SSN through a CI gate.
#[test]
fn scan_fails_closed_on_files_it_cannot_read() {
    let tmp = temp_dir("scan-unread");
    let d = tmp.path().to_path_buf();
    let ssn = b"SSN 536-90-4399\n";
    std::fs::write(d.join("nul.txt"), [&ssn[..], b"\0"].concat()).unwrap();
    std::fs::write(d.join("latin1.txt"), [&ssn[..], b"caf\xe9"].concat()).unwrap();
    std::fs::write(d.join("big.txt"), ssn.repeat(100)).unwrap();
    let dir = d.to_str().unwrap();
    for args in [
        vec![
            "scan",
            dir,
            "--to",
            "claude-enterprise-zdr",
            "--max-size",
            "1000",
        ],
        vec![
            "scan",
            dir,
            "--to",
            "claude-enterprise-zdr",
            "--max-size",
            "1000",
            "--format",
            "json",
        ],
    ] {
        let out = tiergate(&args, None);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?}: {}",
            text(&out.stderr)
        );
        let stderr = text(&out.stderr);
        for why in [
            "binary: a NUL byte",
            "over --max-size 1000",
            "not UTF-8 text (an invalid byte at offset 19)",
        ] {
            assert!(stderr.contains(why), "{why}: {stderr}");
        }
    }
    let out = tiergate(
        &[
            "scan",
            dir,
            "--to",
            "claude-enterprise-zdr",
            "--max-size",
            "1000",
        ],
        None,
    );
    let stdout = text(&out.stdout);
    assert!(stdout.contains("0 files scanned"), "{stdout}");
    assert!(
        stdout.contains("0 of 3 may go to claude-enterprise-zdr as they are"),
        "{stdout}"
    );
    // Binary and not UTF-8: `unreadable` (acknowledge); over --max-size:
    // `over_limit` (block).
    assert_eq!(
        stdout.matches("unread      acknowledge").count(),
        2,
        "{stdout}"
    );
    assert_eq!(stdout.matches("unread      block").count(), 1, "{stdout}");
    let out = tiergate(
        &[
            "scan",
            dir,
            "--to",
            "claude-ai",
            "--max-size",
            "1000",
            "--format",
            "json",
        ],
        None,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let unread = v["unreadable"].as_array().unwrap();
    assert_eq!(unread.len(), 3);
    for u in unread {
        let d = &u["decisions"][0];
        let over = u["path"].as_str().unwrap().ends_with("big.txt");
        assert_eq!(
            (d["action"].as_str(), d["rule"].as_str()),
            (
                Some(if over { "block" } else { "acknowledge" }),
                Some("unreadable-content")
            )
        );
    }
    // A policy may block what it cannot read, or (by choice) allow it.
    let builtin = text(&tiergate(&["policy", "show"], None).stdout);
    assert!(builtin.contains("unreadable = \"acknowledge\""));
    for (action, code) in [("block", 1), ("allow", 0)] {
        let policy = d.join(format!("{action}.toml"));
        let edited = builtin.replace(
            "unreadable = \"acknowledge\"",
            &format!("unreadable = \"{action}\""),
        );
        std::fs::write(&policy, edited).unwrap();
        let out = tiergate(
            &[
                "scan",
                d.join("nul.txt").to_str().unwrap(),
                "--to",
                "claude-ai",
                "--policy",
                policy.to_str().unwrap(),
            ],
            None,
        );
        assert_eq!(
            out.status.code(),
            Some(code),
            "{action}: {}",
            text(&out.stderr)
        );
    }
}

/// `check` and `redact` read UTF-8 only, like the policy module: offsets are
/// the file's bytes and nothing outside a finding is rewritten.
#[test]
fn check_and_redact_refuse_input_that_is_not_utf8() {
    let tmp = temp_dir("not-utf8");
    let d = tmp.path().to_path_buf();
    let file = d.join("latin1.txt");
    std::fs::write(&file, b"caf\xe9 mail jane.doe@acme.io").unwrap();
    for cmd in ["check", "redact"] {
        let out = tiergate(&[cmd, file.to_str().unwrap()], None);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains("is not UTF-8 text (an invalid byte at offset 3)"),
            "{cmd}: {stderr}"
        );
        assert!(!stderr.contains("jane"), "{stderr}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn hook_claude_code_answers_and_fails_closed_with_exit_2() {
    let prompt = |text: &str| {
        serde_json::json!({"hook_event_name": "UserPromptSubmit", "cwd": ".", "prompt": text})
            .to_string()
    };
    let out = tiergate(
        &["hook", "claude-code"],
        Some(&prompt("Summarise unit testing.")),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "", "a public prompt gets no answer");

    let out = tiergate(&["hook", "claude-code"], Some(&prompt(SENSITIVE)));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(answer["decision"], "block");
    assert!(!text(&out.stdout).contains("jane.doe@acme.io"));

    // Input that is not an event, and a policy that does not load: exit 2,
    // which Claude Code takes for "stop", with what to do on standard error.
    let out = tiergate(&["hook", "claude-code"], Some("jane.doe@acme.io"));
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("not Claude Code's JSON"), "{err}");
    assert!(!err.contains("jane.doe"), "{err}");
    let dir = temp_dir("hook");
    let broken = dir.path().join("broken.toml");
    std::fs::write(&broken, "schema = [").unwrap();
    let policy = broken.to_str().unwrap();
    let out = tiergate(
        &["hook", "claude-code", "--policy", policy],
        Some(&prompt("Summarise unit testing.")),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("cannot load the policy"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn hook_install_writes_the_given_settings_file_and_refuses_a_broken_policy() {
    let dir = temp_dir("hook-install");
    let settings = dir.path().join("managed-settings.json");
    std::fs::write(&settings, r#"{"allowManagedHooksOnly": true}"#).unwrap();
    let file = settings.to_str().unwrap();
    let out = tiergate(
        &["hook", "install", "claude-code", "--settings", file],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&settings).unwrap()).unwrap();
    assert_eq!(written["allowManagedHooksOnly"], true);
    let command = written["hooks"]["UserPromptSubmit"][0]["hooks"][0]["command"]
        .as_str()
        .unwrap();
    assert!(command.ends_with(" hook claude-code"), "{command}");
    assert!(std::path::Path::new(command.split(' ').next().unwrap()).is_absolute());

    let broken = dir.path().join("broken.toml");
    std::fs::write(&broken, "schema = [").unwrap();
    let out = tiergate(
        &[
            "hook",
            "install",
            "claude-code",
            "--settings",
            file,
            "--policy",
            broken.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not installed"),
        "{}",
        text(&out.stderr)
    );
    let after: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&settings).unwrap()).unwrap();
    assert_eq!(after, written, "nothing changed");

    let out = tiergate(
        &["hook", "uninstall", "claude-code", "--settings", file],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&settings).unwrap(),
        "{\n  \"allowManagedHooksOnly\": true\n}\n"
    );
}

#[test]
fn a_policy_extending_files_loads_signed_file_by_file_and_shows_resolved() {
    let tmp = temp_dir("extends");
    let dir = tmp.path();
    let base = dir.join("acme.toml");
    std::fs::write(
        &base,
        "extends = \"builtin\"\nid = \"acme\"\nrevision = \"1\"\n[escalation]\ncontact = \"privacy@acme.example\"\n",
    )
    .unwrap();
    let team = dir.join("legal.toml");
    std::fs::write(
        &team,
        "extends = \"acme.toml\"\nid = \"acme-legal\"\nrevision = \"2\"\n[[destinations]]\nid = \"claude-api\"\napproved = false\n",
    )
    .unwrap();
    let t = team.to_str().unwrap();
    let out = tiergate(
        &["check", "--policy", t, "--to", "claude-api", "-"],
        Some("hello"),
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "claude-api is not approved: {}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stdout).contains("not approved"),
        "{}",
        text(&out.stdout)
    );

    // The resolved policy is a whole policy: it loads on its own and decides the same.
    let resolved = tiergate(&["policy", "show", "--resolved", "--policy", t], None);
    assert_eq!(
        resolved.status.code(),
        Some(0),
        "{}",
        text(&resolved.stderr)
    );
    let whole = dir.join("resolved.toml");
    std::fs::write(&whole, &resolved.stdout).unwrap();
    assert!(!text(&resolved.stdout).contains("extends"));
    let stamp = |policy: &str| {
        let out = tiergate(&["policy", "show", "--json", "--policy", policy], None);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    assert_eq!(stamp(whole.to_str().unwrap()), stamp(t));

    // Signed: every file in the chain needs its own valid signature.
    let name = dir.join("org");
    assert!(
        tiergate(&["policy", "keygen", name.to_str().unwrap()], None)
            .status
            .success()
    );
    let (key, public) = (dir.join("org.key"), dir.join("org.pub"));
    let sign = |file: &std::path::Path| {
        let out = tiergate(
            &[
                "policy",
                "sign",
                file.to_str().unwrap(),
                "--key",
                key.to_str().unwrap(),
            ],
            None,
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
    };
    let signed_check = || {
        tiergate(
            &[
                "check",
                "--policy",
                t,
                "--policy-pubkey",
                public.to_str().unwrap(),
                "-",
            ],
            Some("hello"),
        )
    };
    sign(&team);
    let refused = signed_check();
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains("acme.toml is not signed"),
        "{}",
        text(&refused.stderr)
    );
    sign(&base);
    assert_eq!(signed_check().status.code(), Some(0));
    std::fs::write(
        &base,
        std::fs::read_to_string(&base)
            .unwrap()
            .replace("privacy@", "anyone@"),
    )
    .unwrap();
    let tampered = signed_check();
    assert_eq!(tampered.status.code(), Some(2));
    assert!(text(&tampered.stderr).contains("changed after it was signed"));
}

#[test]
fn redact_writes_a_private_map_that_restore_reads_and_says_what_is_left() {
    let tmp = temp_dir("redact-map");
    let map = tmp.path().join("map.json");
    let m = map.to_str().unwrap();
    let input = "Write to jane.doe@acme.io about PRIVILEGED & CONFIDENTIAL matters";
    let out = tiergate(&["redact", "--map", m, "-"], Some(input));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "Write to [EMAIL_1] about PRIVILEGED & CONFIDENTIAL matters"
    );
    let err = text(&out.stderr);
    assert!(err.contains("holds the original values"), "{err}");
    assert!(
        err.contains("cannot be redacted") && err.contains("legal_privilege"),
        "{err}"
    );
    assert!(!err.contains("jane.doe"), "{err}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&map).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "the map holds the values");
    }
    let restored = tiergate(&["restore", "--map", m, "-"], Some("Sent to [EMAIL_1]."));
    assert_eq!(
        restored.status.code(),
        Some(0),
        "{}",
        text(&restored.stderr)
    );
    assert_eq!(text(&restored.stdout), "Sent to jane.doe@acme.io.");

    // Still not allowed where it is going: exit 1 and why.
    let to = tiergate(&["redact", "--to", "claude-api", "-"], Some(input));
    assert_eq!(to.status.code(), Some(1));
    assert!(text(&to.stderr).contains("still may not go to claude-api"));
    let fine = tiergate(
        &["redact", "--to", "claude-api", "-"],
        Some("mail jane.doe@acme.io"),
    );
    assert_eq!(fine.status.code(), Some(0), "{}", text(&fine.stderr));

    // Something else than a map is refused without quoting it.
    std::fs::write(&map, r#"{"secret": "jane.doe@acme.io"}"#).unwrap();
    let bad = tiergate(&["restore", "--map", m, "-"], Some("x"));
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("invalid_argument"));
    assert!(!text(&bad.stderr).contains("jane.doe"));
}

#[test]
fn scan_staged_and_diff_read_only_what_a_change_adds() {
    let tmp = temp_dir("git");
    let dir = tmp.path();
    let git = |args: &[&str]| {
        let out = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@t.invalid"])
            .args(args)
            .current_dir(dir)
            .output()
            .expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", text(&out.stderr));
    };
    git(&["init", "-q"]);
    // A key already committed is not what the next change adds.
    std::fs::write(
        dir.join("old.env"),
        "AWS_ACCESS_KEY_ID=AKIAQX4RZ7T2LMN5VW3K\n",
    )
    .unwrap();
    std::fs::write(dir.join("notes.txt"), "one\ntwo\nthree\n").unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "first"]);
    std::fs::write(
        dir.join("notes.txt"),
        "one\ntwo\nmail jane.doe@acme.io\nthree\n",
    )
    .unwrap();
    git(&["add", "notes.txt"]);
    let scan = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_tiergate"))
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap();
        (out.status.code(), text(&out.stdout), text(&out.stderr))
    };
    let (code, out, err) = scan(&[
        "scan",
        "--staged",
        "--to",
        "claude-api",
        "--format",
        "sarif",
    ]);
    assert_eq!(code, Some(1), "{out}{err}");
    let sarif: serde_json::Value = serde_json::from_str(&out).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1, "only the added line: {out}");
    let location = &results[0]["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "notes.txt");
    assert_eq!(
        location["region"]["startLine"], 3,
        "its line in the new file"
    );

    git(&["commit", "-q", "-m", "second"]);
    let (code, out, _) = scan(&["scan", "--diff", "HEAD~1..HEAD", "--to", "claude-api"]);
    assert_eq!(code, Some(1));
    assert!(
        out.contains("notes.txt") && !out.contains("old.env"),
        "{out}"
    );
    let (code, out, _) = scan(&["scan", "--staged", "--to", "claude-api"]);
    assert_eq!(code, Some(0), "nothing staged: {out}");
    let (code, _, err) = scan(&["scan", "--diff=--cached"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("takes a range"), "{err}");
}

#[test]
fn many_files_not_checked_are_counted_unless_verbose_and_messages_say_what_to_do() {
    let tmp = temp_dir("unread");
    for i in 0..12 {
        std::fs::write(tmp.path().join(format!("blob{i}.bin")), [0u8, 1, 2]).unwrap();
    }
    std::fs::write(tmp.path().join("note.txt"), "hello").unwrap();
    let dir = tmp.path().to_str().unwrap();
    let out = tiergate(&["scan", dir], None);
    let err = text(&out.stderr);
    assert!(err.contains("12 files not checked (12 binary)"), "{err}");
    assert!(!err.contains("blob3.bin"), "{err}");
    assert!(
        text(&out.stdout).contains("1 file scanned:"),
        "{}",
        text(&out.stdout)
    );
    let verbose = tiergate(&["scan", dir, "--verbose"], None);
    assert_eq!(text(&verbose.stderr).matches("not checked: ").count(), 12);

    let folder = tiergate(&["check", dir], None);
    assert_eq!(folder.status.code(), Some(2));
    assert!(
        text(&folder.stderr).contains("tiergate scan"),
        "{}",
        text(&folder.stderr)
    );
    let blob = tmp.path().join("blob0.bin");
    let binary = tiergate(&["check", blob.to_str().unwrap()], None);
    assert_eq!(binary.status.code(), Some(2));
    assert!(
        text(&binary.stderr).contains("is binary"),
        "{}",
        text(&binary.stderr)
    );
}
