//! `tiergate hook claude-code`: a Claude Code hook. Claude Code runs it with
//! an event as JSON on standard input — a prompt about to be sent
//! (`UserPromptSubmit`), a tool about to run (`PreToolUse`) — and reads the
//! answer from standard output and the exit status.
//!
//! What each decision becomes (the terminal has no dialog):
//! - prompt: allow → nothing (sent); warn → a notice, sent; acknowledge →
//!   blocked, re-send with a first line `tiergate-ack: <why>` to confirm;
//!   redact → blocked, with the redacted text to send instead; block → blocked.
//! - tool: allow → nothing (Claude Code's own permissions apply); warn → a
//!   notice; acknowledge → `ask` (the person confirms); redact, block → `deny`.
//!
//! Nothing scanned reaches Claude through an answer: a reason Claude reads
//! names detectors and files, never values; what the person reads shows
//! masked values only (and, for redact, the text with placeholders).

use crate::commands::audit::AuditArg;
use crate::load::PolicyArg;
use anyhow::{Context, Result};
use serde::Deserialize;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use tiergate::OnError;
use tiergate::{audit, Action, Decision, Engine, Report};

use crate::commands::scan::{read_file, Input, NotText};

/// An event tiergate's hooks are installed for.
pub struct Event {
    pub name: &'static str,
    /// The settings group's tool `matcher` (a regex over tool names), if any.
    pub matcher: Option<&'static str>,
}

/// The events `hook install` adds: every prompt; before a tool runs, the
/// tools that read files and those whose input leaves for a third party
/// (web, MCP servers); after `Bash` ran, its output (a command can print a
/// file in ways no reading of the command line sees).
pub const EVENTS: [Event; 3] = [
    Event {
        name: "UserPromptSubmit",
        matcher: None,
    },
    Event {
        name: "PreToolUse",
        matcher: Some(
            "^(Read|Grep|Bash|Monitor|WebFetch|WebSearch|ReadMcpResource|ReadMcpResourceDir)$|^mcp__.*",
        ),
    },
    Event {
        name: "PostToolUse",
        matcher: Some("^Bash$"),
    },
];

/// The first line that confirms an `acknowledge` prompt (what follows it on
/// the line is the justification).
pub const ACK: &str = "tiergate-ack:";

/// The shortest justification accepted when the policy requires one (as in
/// the browser extension).
const MIN_JUSTIFICATION: usize = 3;

/// The largest event read from standard input.
const MAX_EVENT_BYTES: u64 = 64 << 20;

/// The longest redacted prompt shown back to the person.
const MAX_SHOWN_REDACTED: usize = 6000;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    policy: PolicyArg,
    #[command(flatten)]
    audit: AuditArg,
}

/// The hook event, as far as tiergate reads it.
#[derive(Deserialize, Debug)]
struct Raw {
    hook_event_name: String,
    #[serde(default)]
    cwd: Option<PathBuf>,
    #[serde(default)]
    prompt: Option<String>,
    #[serde(default)]
    tool_name: Option<String>,
    #[serde(default)]
    tool_input: Option<Value>,
    #[serde(default)]
    tool_response: Option<Value>,
}

/// What Claude Code is told: printed JSON (or nothing) and the exit status.
#[derive(Debug, PartialEq)]
pub struct Answer {
    pub json: Option<Value>,
    pub exit: u8,
    /// Printed on standard error (Claude Code shows it on exit status 2).
    pub stderr: Option<String>,
}

impl Answer {
    fn silent() -> Answer {
        Answer {
            json: None,
            exit: 0,
            stderr: None,
        }
    }

    fn json(json: Value) -> Answer {
        Answer {
            json: Some(json),
            exit: 0,
            stderr: None,
        }
    }
}

/// One thing checked (the prompt, a file) and its decision.
pub struct Checked {
    /// `the prompt`, `.env`, `the input of WebFetch`.
    subject: String,
    decision: Decision,
    report: Report,
    /// Masked previews of the findings, for the person (never for Claude).
    previews: Vec<String>,
    /// The redacted text, for a prompt that may be sent redacted.
    redacted: Option<String>,
}

pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    // A panic message can quote the text it was working on, and after a
    // tool Claude reads standard error: say where, never what.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()));
        eprintln!(
            "tiergate: internal: a bug in tiergate{}; please report it",
            at.unwrap_or_default()
        );
    }));
    let answer = match a.policy.engine() {
        Ok(engine) => {
            let on_error = engine.policy().client.on_error;
            match read_event() {
                Ok(raw) => {
                    // A panic would exit with 101, which Claude Code takes for
                    // "go ahead": it becomes an error answer like any other.
                    let responded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        respond(&engine, &raw, a)
                    }))
                    .unwrap_or_else(|_| {
                        Err(anyhow::anyhow!("a bug in tiergate; please report it"))
                    });
                    responded.unwrap_or_else(|e| failed(&e, on_error, Some(&raw)))
                }
                Err(e) => failed(&e, on_error, None),
            }
        }
        // Without a policy there is no on_error to read: fail closed.
        Err(e) => failed(&e.context("cannot load the policy"), OnError::Block, None),
    };
    // An answer that cannot be written must not read as "go ahead" (exit 0).
    let written = match &answer.json {
        Some(json) => writeln!(out, "{json}").and_then(|()| out.flush()),
        None => Ok(()),
    };
    if let Err(e) = written {
        eprintln!("tiergate: io: cannot write the answer ({e}); stopping");
        return Ok(2);
    }
    if let Some(message) = &answer.stderr {
        eprintln!("{message}");
    }
    Ok(answer.exit)
}

fn read_event() -> Result<Raw> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_EVENT_BYTES + 1)
        .read_to_end(&mut bytes)
        .context("cannot read the hook event on standard input")?;
    if bytes.len() as u64 > MAX_EVENT_BYTES {
        return Err(crate::error::cli(
            "invalid_argument",
            format!("the hook event is over {} MiB", MAX_EVENT_BYTES >> 20),
        ));
    }
    parse(&bytes)
}

/// The event, or an error that says what was expected. serde's message is
/// used only for a missing field: others (`invalid type: string "…"`) quote the input.
fn parse(bytes: &[u8]) -> Result<Raw> {
    serde_json::from_slice(bytes).map_err(|e| {
        let message = e.to_string();
        let what = match message.find(" at line") {
            Some(end) if message.starts_with("missing field") => message[..end].to_string(),
            _ => format!("{:?} error", e.classify()).to_lowercase(),
        };
        crate::error::cli(
            "invalid_argument",
            format!(
                "the hook event is not Claude Code's JSON ({what} at line {}, column {}); is tiergate installed as a command hook?",
                e.line(),
                e.column(),
            ),
        )
    })
}

/// The answer when tiergate could not check: blocked (exit status 2, the
/// message on standard error) or, with `on_error = "allow"`, let through with
/// a notice. After a command ran, exit status 2 would not stop its output, so
/// the output is withheld instead.
fn failed(e: &anyhow::Error, on_error: OnError, raw: Option<&Raw>) -> Answer {
    let e = crate::error::line(e);
    let after_bash = raw.filter(|r| r.hook_event_name == "PostToolUse");
    match (on_error, after_bash.and_then(|r| r.tool_response.as_ref())) {
        (OnError::Block, Some(response)) => {
            let notice = format!(
                "[tiergate could not check this output, so it was withheld (the policy fails closed): {e}]"
            );
            let mut updated = response.clone();
            for stream in ["stdout", "stderr"] {
                if let Some(v) = updated.get_mut(stream) {
                    *v = Value::String(String::new());
                }
            }
            updated["stdout"] = Value::String(notice);
            updated_output(updated)
        }
        (OnError::Block, None) => Answer {
            json: None,
            exit: 2,
            stderr: Some(format!(
                "tiergate could not check this, so it was stopped (the policy fails closed): {e}"
            )),
        },
        (OnError::Allow, _) => Answer::json(json!({
            "systemMessage": format!("tiergate could not check this and let it through (on_error = \"allow\"): {e}")
        })),
    }
}

fn updated_output(updated: Value) -> Answer {
    Answer::json(json!({
        "hookSpecificOutput": {"hookEventName": "PostToolUse", "updatedToolOutput": updated}
    }))
}

/// The answer to an event, after the checks are recorded when `--audit` asks.
fn respond(engine: &Engine, raw: &Raw, a: &Args) -> Result<Answer> {
    let (checked, answer) = answer(engine, raw)?;
    if let Some(log) = a.audit.open()? {
        let confirmed = (raw.hook_event_name == "UserPromptSubmit")
            .then(|| raw.prompt.as_deref().and_then(acknowledgement))
            .flatten()
            .filter(|_| sent(&answer));
        record(
            log,
            &a.audit.context("claude-code"),
            engine,
            &checked,
            confirmed,
        )?;
    }
    Ok(answer)
}

/// What was checked for an event, and the answer.
fn answer(engine: &Engine, raw: &Raw) -> Result<(Vec<Checked>, Answer)> {
    let dest = engine.policy().client.claude_code_destination().to_string();
    engine
        .destination(&dest)
        .map_err(core)
        .context("[client] claude_code names a destination the policy lacks")?;
    let cwd = raw.cwd.clone().unwrap_or_else(|| PathBuf::from("."));
    let ctx = Ctx {
        engine,
        dest: &dest,
        cwd: &cwd,
    };
    let tool = |event: &str| {
        raw.tool_name
            .as_deref()
            .with_context(|| format!("a {event} event without `tool_name`"))
    };
    Ok(match raw.hook_event_name.as_str() {
        "UserPromptSubmit" => {
            let prompt = raw
                .prompt
                .as_deref()
                .context("a UserPromptSubmit event without `prompt`")?;
            let checked = ctx.prompt(prompt)?;
            let answer = prompt_answer(engine, &checked, acknowledgement(prompt));
            (checked, answer)
        }
        "PreToolUse" => {
            let input = raw.tool_input.clone().unwrap_or(Value::Null);
            let checked = ctx.tool(tool("PreToolUse")?, &input)?;
            let answer = tool_answer(&checked);
            (checked, answer)
        }
        "PostToolUse" => match (tool("PostToolUse")?, &raw.tool_response) {
            ("Bash", Some(response)) => ctx.bash_output(response)?,
            _ => (Vec::new(), Answer::silent()),
        },
        other => {
            return Err(crate::error::cli(
                "invalid_argument",
                format!("tiergate does not check `{other}` events; install it for UserPromptSubmit, PreToolUse and PostToolUse (`tiergate hook install claude-code`)"),
            ))
        }
    })
}

/// A core error as the CLI reports it.
fn core(e: tiergate::Error) -> anyhow::Error {
    crate::error::core_error(e, None)
}

pub struct Ctx<'a> {
    engine: &'a Engine,
    dest: &'a str,
    cwd: &'a Path,
}

impl Checked {
    /// `text` classified and decided; `for_person` keeps masked previews
    /// (never shown to Claude), `redactable` the redacted text when the
    /// decision is to redact.
    fn of_text(ctx: &Ctx<'_>, subject: String, text: &str, for_person: bool) -> Result<Checked> {
        let report = ctx.engine.classify(text);
        let decision = ctx.decide(&report)?;
        let redacted = (decision.action == Action::Redact)
            .then(|| ctx.engine.redact(text, &report).text().to_string());
        Ok(Checked {
            subject,
            previews: if for_person {
                previews(text, &report)
            } else {
                Vec::new()
            },
            decision,
            report,
            redacted,
        })
    }
}

impl Ctx<'_> {
    /// The prompt, and every file it mentions with `@path` (Claude Code
    /// attaches those files' content to the prompt).
    fn prompt(&self, prompt: &str) -> Result<Vec<Checked>> {
        let mut checked = vec![Checked::of_text(self, "this prompt".into(), prompt, true)?];
        for path in mentioned_files(prompt, self.cwd) {
            checked.extend(self.file(&path)?);
        }
        Ok(checked)
    }

    /// What a tool would send: the files it reads, or its input. A field a
    /// tool always has that is missing is an error (fail closed): the input
    /// is not what this hook was written for.
    fn tool(&self, tool: &str, input: &Value) -> Result<Vec<Checked>> {
        let field = |name: &str| {
            input
                .get(name)
                .and_then(Value::as_str)
                .with_context(|| format!("a {tool} call without `{name}`"))
        };
        match tool {
            "Read" => Ok(self
                .file(&self.cwd.join(field("file_path")?))?
                .into_iter()
                .collect()),
            "Grep" => super::grep::check(self, input),
            "Bash" => {
                let mut checked = Vec::new();
                for path in super::bash::files_read(field("command")?, self.cwd) {
                    checked.extend(self.file(&path)?);
                }
                Ok(checked)
            }
            // Monitor streams a command's (or a web socket's) output to Claude
            // as it comes, and no hook sees it: the files it names are
            // checked, and the stream is content tiergate cannot read.
            "Monitor" => {
                let command = input.get("command").and_then(Value::as_str).unwrap_or("");
                let mut checked = Vec::new();
                for path in super::bash::files_read(command, self.cwd) {
                    checked.extend(self.file(&path)?);
                }
                checked.push(self.unreadable("the output Monitor streams".into(), "stream")?);
                Ok(checked)
            }
            _ if sends_input_away(tool) => {
                // The input leaves for a third party (a web site, a search
                // engine, an MCP server): its text is checked as a prompt.
                let text = strings(input).join("\n");
                let subject = format!("the input of {tool}");
                Ok(vec![Checked::of_text(self, subject, &text, true)?])
            }
            _ => Ok(Vec::new()),
        }
    }

    /// A Bash command's output before Claude reads it: left alone when it
    /// may go, otherwise replaced (Claude Code's `updatedToolOutput`, which
    /// must keep the output's shape) by the redacted output or a notice.
    fn bash_output(&self, response: &Value) -> Result<(Vec<Checked>, Answer)> {
        let mut checked = Vec::new();
        for stream in ["stdout", "stderr"] {
            let text = response
                .get(stream)
                .and_then(Value::as_str)
                .with_context(|| format!("a Bash result without `{stream}`"))?;
            let subject = format!("the output of Bash ({stream})");
            checked.push(Checked::of_text(self, subject, text, false)?);
        }
        let answer = output_answer(response, &checked);
        Ok((checked, answer))
    }

    /// A file as the tool would read it: a document part by part, text, or
    /// (binary, too large) content tiergate cannot read. A file that does
    /// not exist sends nothing; nor does a picture.
    pub(super) fn file(&self, path: &Path) -> Result<Option<Checked>> {
        if !path.is_file() || is_picture(path) {
            return Ok(None);
        }
        let max = self
            .engine
            .policy()
            .documents
            .max_file_mb
            .saturating_mul(1 << 20);
        let subject = path.display().to_string();
        let checked = match read_file(path, max) {
            Ok(Input::Text(text)) => Checked::of_text(self, subject, &text, false)?,
            Ok(Input::Document(bytes)) => {
                let name = path.file_name().and_then(|n| n.to_str());
                let doc = self.engine.classify_document(&bytes, name);
                let decision = self.engine.decide_document(&doc, self.dest).map_err(core)?;
                Checked {
                    subject,
                    decision,
                    report: doc.merged(),
                    previews: Vec::new(),
                    redacted: None,
                }
            }
            Err(NotText::Unreadable { kind, .. }) => self.unreadable(subject, kind)?,
            Err(NotText::Failed(e)) => {
                return Err(crate::error::cli(
                    "io",
                    format!("cannot read {subject}: {e}"),
                ))
            }
        };
        Ok(Some(checked))
    }

    /// Text a tool would show Claude (Claude never sees its previews).
    pub(super) fn text(&self, subject: String, text: &str) -> Result<Checked> {
        Checked::of_text(self, subject, text, false)
    }

    /// Content tiergate cannot read (binary, too large), as the policy says.
    pub(super) fn unreadable(&self, subject: String, kind: &str) -> Result<Checked> {
        let decision = self
            .engine
            .decide_unreadable(kind, self.dest)
            .map_err(core)?;
        Ok(Checked {
            subject,
            decision,
            report: Report::default(),
            previews: Vec::new(),
            redacted: None,
        })
    }

    pub(super) fn cwd(&self) -> &Path {
        self.cwd
    }

    fn decide(&self, report: &Report) -> Result<Decision> {
        self.engine.decide(report, self.dest).map_err(core)
    }
}

/// Tools whose input goes to a third party: the web, a search engine, MCP servers.
fn sends_input_away(tool: &str) -> bool {
    matches!(
        tool,
        "WebFetch" | "WebSearch" | "ReadMcpResource" | "ReadMcpResourceDir"
    ) || tool.starts_with("mcp__")
}

/// Pictures pass unchecked, as in the browser extension (tiergate reads no
/// text in images): the formats Claude Code's Read shows as images, told by
/// their name and their first bytes both (a text file named `keys.png` is text).
fn is_picture(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if !matches!(
        ext.as_deref(),
        Some("png" | "jpg" | "jpeg" | "gif" | "webp")
    ) {
        return false;
    }
    let mut head = [0u8; 12];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let head = &head[..n];
    head.starts_with(b"\x89PNG")
        || head.starts_with(&[0xFF, 0xD8, 0xFF])
        || head.starts_with(b"GIF8")
        || (head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP"))
}

/// Files a prompt attaches with `@path` (relative to the project folder),
/// `@"a path with spaces"` and `@path#L10-20` (the file, whatever the lines).
fn mentioned_files(prompt: &str, cwd: &Path) -> Vec<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let mut files: Vec<PathBuf> = Vec::new();
    for (at, _) in prompt.match_indices('@') {
        let rest = &prompt[at + 1..];
        let word = match rest.strip_prefix('"') {
            Some(quoted) => quoted.split('"').next().unwrap_or(""),
            None => rest.split(char::is_whitespace).next().unwrap_or(""),
        };
        let word = word.split('#').next().unwrap_or("");
        let word = word.trim_end_matches([',', ';', ')', '?', '!', '.', ':']);
        if word.is_empty() {
            continue;
        }
        let path = match (word.strip_prefix("~/"), &home) {
            (Some(rest), Some(home)) => home.join(rest),
            _ => cwd.join(word),
        };
        if path.is_file() && !files.contains(&path) {
            files.push(path);
        }
    }
    files
}

/// Every string in a JSON value (keys included), in order.
fn strings(value: &Value) -> Vec<&str> {
    let mut out = Vec::new();
    fn walk<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
        match v {
            Value::String(s) => out.push(s),
            Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            Value::Object(members) => members.iter().for_each(|(k, v)| {
                out.push(k);
                walk(v, out);
            }),
            _ => {}
        }
    }
    walk(value, &mut out);
    out
}

/// Masked previews of a text's findings (`j***@a***.io`), for the person.
fn previews(text: &str, report: &Report) -> Vec<String> {
    report
        .findings
        .iter()
        .filter_map(|f| f.span.slice(text))
        .map(|v| tiergate::mask(v).replace('\n', " "))
        .collect()
}

/// The justification of a prompt whose first line confirms it
/// (`tiergate-ack: the customer asked for this`); `Some("")` without one.
fn acknowledgement(prompt: &str) -> Option<&str> {
    let first = prompt.trim_start().lines().next()?;
    first.trim().strip_prefix(ACK).map(str::trim)
}

/// The most severe of the checks (the first of equals).
fn worst(checked: &[Checked]) -> Option<&Checked> {
    // `max_by_key` keeps the last of equals: reversed, the first.
    checked.iter().rev().max_by_key(|c| c.decision.action)
}

/// The answer to a prompt.
fn prompt_answer(engine: &Engine, checked: &[Checked], ack: Option<&str>) -> Answer {
    let Some(worst) = worst(checked) else {
        return Answer::silent();
    };
    let action = worst.decision.action;
    // The browser extension's rule: a justification has three characters or more.
    let justified = ack.is_some_and(|why| {
        !engine.policy().client.require_justification || why.chars().count() >= MIN_JUSTIFICATION
    });
    match action {
        Action::Allow => Answer::silent(),
        Action::Warn => Answer::json(json!({"systemMessage": person_message(checked, "")})),
        Action::Acknowledge if justified => Answer::json(json!({
            "systemMessage": format!("tiergate: sent after your confirmation ({ACK}). {}", worst.decision.message)
        })),
        Action::Acknowledge => {
            let how = if engine.policy().client.require_justification {
                format!("To send it anyway, send it again with a first line `{ACK} <why it is needed>`.")
            } else {
                format!("To send it anyway, send it again with a first line `{ACK}` (and why, if you like).")
            };
            block_prompt(person_message(checked, &how))
        }
        Action::Redact => {
            let how = match worst.redacted.as_deref() {
                Some(text) if text.len() <= MAX_SHOWN_REDACTED => {
                    format!("Send this instead (the values replaced by placeholders):\n\n{text}")
                }
                _ => "Redact it first (`tiergate redact`) and send the result.".to_string(),
            };
            block_prompt(person_message(checked, &how))
        }
        Action::Block => block_prompt(person_message(checked, "")),
    }
}

/// Whether the answer lets the prompt or the tool go ahead.
fn sent(answer: &Answer) -> bool {
    let json = answer.json.as_ref();
    answer.exit == 0
        && json.is_none_or(|j| {
            j.get("decision").is_none()
                && j["hookSpecificOutput"]["permissionDecision"].as_str() != Some("deny")
        })
}

/// A prompt stopped. Claude Code shows the reason to the person and, without
/// `suppressOriginalPrompt`, prints the prompt again under it.
fn block_prompt(reason: String) -> Answer {
    Answer::json(json!({
        "decision": "block",
        "reason": reason,
        "hookSpecificOutput": {"hookEventName": "UserPromptSubmit", "suppressOriginalPrompt": true},
    }))
}

/// What the person reads: each check that is not allowed, its masked
/// findings, the decision's message and the escalation path.
fn person_message(checked: &[Checked], how: &str) -> String {
    let mut lines = vec![];
    for c in checked
        .iter()
        .filter(|c| c.decision.action != Action::Allow)
    {
        let mut line = format!(
            "tiergate: {} is {} ({}).",
            c.subject,
            c.decision.tier.as_str().to_uppercase(),
            c.decision.action.as_str()
        );
        if !c.previews.is_empty() {
            line.push_str(&format!(" Found: {}.", c.previews.join(", ")));
        }
        line.push(' ');
        line.push_str(&c.decision.message);
        lines.push(line);
    }
    if !how.is_empty() {
        lines.push(how.to_string());
    }
    lines.join("\n")
}

/// The answer before a tool runs.
fn tool_answer(checked: &[Checked]) -> Answer {
    let Some(worst) = worst(checked) else {
        return Answer::silent();
    };
    let decision = |kind: &str, reason: String| {
        Answer::json(json!({
            "hookSpecificOutput": {
                "hookEventName": "PreToolUse",
                "permissionDecision": kind,
                "permissionDecisionReason": reason,
            }
        }))
    };
    match worst.decision.action {
        Action::Allow => Answer::silent(),
        Action::Warn => Answer::json(json!({"systemMessage": claude_message(checked)})),
        Action::Acknowledge => decision("ask", claude_message(checked)),
        Action::Redact | Action::Block => decision(
            "deny",
            format!(
                "{} Do not read it another way (cat, grep, a script); tell the user tiergate stopped it.",
                claude_message(checked)
            ),
        ),
    }
}

/// The answer after a tool ran: its output as it may go to Claude.
fn output_answer(response: &Value, checked: &[Checked]) -> Answer {
    let Some(worst) = worst(checked) else {
        return Answer::silent();
    };
    match worst.decision.action {
        Action::Allow => Answer::silent(),
        Action::Warn => Answer::json(json!({"systemMessage": claude_message(checked)})),
        action => {
            let mut updated = response.clone();
            for (c, stream) in checked.iter().zip(["stdout", "stderr"]) {
                let text = match (&c.redacted, action) {
                    (Some(redacted), Action::Redact) => redacted.clone(),
                    _ if c.decision.action == Action::Allow => continue,
                    _ => format!(
                        "[tiergate withheld this output. {} Do not print it another way; tell the user tiergate stopped it.]",
                        claude_message(std::slice::from_ref(c))
                    ),
                };
                updated[stream] = Value::String(text);
            }
            Answer::json(json!({
                "hookSpecificOutput": {
                    "hookEventName": "PostToolUse",
                    "updatedToolOutput": updated,
                }
            }))
        }
    }
}

/// What Claude may read: which file or input, its tier and the detectors'
/// names, never a value.
fn claude_message(checked: &[Checked]) -> String {
    checked
        .iter()
        .filter(|c| c.decision.action != Action::Allow)
        .map(|c| format!("tiergate: {}: {}", c.subject, c.decision.message))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One content-free record per check (allowed ones too: the log shows what
/// was checked), and the person's confirmation of an `acknowledge` prompt
/// with the justification redacted.
fn record(
    mut log: audit::AuditLog,
    ctx: &audit::AuditContext,
    engine: &Engine,
    checked: &[Checked],
    confirmed: Option<&str>,
) -> Result<()> {
    for c in checked {
        let event = audit::AuditEvent::decision(engine, &c.report, &c.decision, None, ctx);
        log.append(&event).map_err(core)?;
        if let (Some(why), audit::AuditEvent::Decision { decision_id, .. }) = (confirmed, &event) {
            if c.decision.action == Action::Acknowledge {
                let why = Some(why).filter(|w| !w.is_empty());
                log.record_acknowledgement(engine, decision_id, why, ctx)
                    .map_err(core)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args() -> Args {
        Args {
            policy: PolicyArg::default(),
            audit: AuditArg::default(),
        }
    }

    fn respond_to(engine: &Engine, event: Value) -> Answer {
        let raw = parse(event.to_string().as_bytes()).unwrap();
        respond(engine, &raw, &args()).unwrap()
    }

    #[test]
    fn parse_errors_say_what_was_expected_and_never_echo_the_input() {
        let err = parse(b"{\"prompt\": \"jane.doe@acme.io\"}").unwrap_err();
        let text = format!("{err:#}");
        assert!(text.contains("not Claude Code's JSON"), "{text}");
        assert!(text.contains("missing field `hook_event_name`"), "{text}");
        assert!(!text.contains("jane.doe"), "{text}");
        let typed =
            parse(br#"{"hook_event_name": "UserPromptSubmit", "prompt": ["jane.doe@acme.io"]}"#);
        let text = format!("{:#}", typed.unwrap_err());
        assert!(text.contains("data error"), "{text}");
        assert!(!text.contains("jane.doe"), "{text}");
        assert!(parse(b"not json").is_err());
    }

    #[test]
    fn acknowledgement_is_the_first_line() {
        assert_eq!(
            acknowledgement("tiergate-ack: asked by HR\nsummarise"),
            Some("asked by HR")
        );
        assert_eq!(acknowledgement("  tiergate-ack:\nsummarise"), Some(""));
        assert_eq!(acknowledgement("summarise\ntiergate-ack: x"), None);
    }

    #[test]
    fn picks_the_most_severe_check() {
        let engine = Engine::builtin();
        let ctx = Ctx {
            engine: &engine,
            dest: "claude-api",
            cwd: Path::new("."),
        };
        let public = ctx.text("a".into(), "the weather is nice").unwrap();
        let secret = ctx.text("b".into(), "key AKIAQX4RZ7T2LMN5VW3K").unwrap();
        assert_eq!(public.decision.action, Action::Allow);
        let checks = [public, secret];
        assert_eq!(worst(&checks).unwrap().subject, "b".to_string());
        assert!(worst(&[]).is_none());
    }

    #[test]
    fn strings_walks_keys_and_values() {
        let v = json!({"url": "https://x", "n": 1, "list": ["a", {"k": "b"}]});
        assert_eq!(
            strings(&v),
            ["list", "a", "k", "b", "n", "url", "https://x"]
        );
    }

    #[test]
    fn events_tiergate_does_not_check_fail_with_what_to_do() {
        let engine = Engine::builtin();
        let raw = parse(br#"{"hook_event_name": "SessionStart"}"#).unwrap();
        let args = args();
        let err = respond(&engine, &raw, &args).unwrap_err();
        assert!(format!("{err}").contains("UserPromptSubmit"), "{err}");
        let answer = failed(&err, OnError::Block, Some(&raw));
        assert_eq!(answer.exit, 2);
        assert!(answer.stderr.unwrap().contains("fails closed"));
        let open = failed(&err, OnError::Allow, None);
        assert_eq!(open.exit, 0);
        assert!(open.json.unwrap()["systemMessage"]
            .as_str()
            .unwrap()
            .contains("let it through"));
    }

    #[test]
    fn a_public_prompt_gets_no_answer_at_all() {
        let engine = Engine::builtin();
        let answer = respond_to(
            &engine,
            json!({"hook_event_name": "UserPromptSubmit", "prompt": "Summarise the benefits of unit tests."}),
        );
        assert_eq!(answer, Answer::silent());
    }

    #[test]
    fn a_prompt_with_a_secret_is_blocked_with_masked_values_only() {
        let engine = Engine::builtin();
        let secret = "AKIAQX4RZ7T2LMN5VW3K";
        let answer = respond_to(
            &engine,
            json!({"hook_event_name": "UserPromptSubmit",
                   "prompt": format!("why does the key {secret} fail?")}),
        );
        let json = answer.json.unwrap();
        assert_eq!(json["decision"], "block");
        let reason = json["reason"].as_str().unwrap();
        assert!(reason.contains("RESTRICTED"), "{reason}");
        assert!(!reason.contains(secret), "{reason}");
    }

    /// The built-in policy with `change` applied.
    fn engine_with(change: impl FnOnce(&mut tiergate::Policy)) -> Engine {
        let mut policy = tiergate::Policy::builtin();
        change(&mut policy);
        Engine::new(policy).unwrap()
    }

    fn prompt(engine: &Engine, text: &str) -> Answer {
        respond_to(
            engine,
            json!({"hook_event_name": "UserPromptSubmit", "prompt": text}),
        )
    }

    fn tool(engine: &Engine, dir: &Path, name: &str, input: Value) -> Answer {
        respond_to(
            engine,
            json!({"hook_event_name": "PreToolUse", "cwd": dir, "tool_name": name, "tool_input": input}),
        )
    }

    fn permission(answer: &Answer) -> Option<&str> {
        answer.json.as_ref()?["hookSpecificOutput"]["permissionDecision"].as_str()
    }

    const EMAIL: &str = "jane.doe@northwind-traders.com";

    #[test]
    fn warn_is_a_notice_and_the_prompt_goes() {
        let answer = prompt(
            &Engine::builtin(),
            "Process notes (internal): deploy at five",
        );
        let json = answer.json.unwrap();
        assert!(json.get("decision").is_none(), "{json}");
        assert!(json["systemMessage"].as_str().unwrap().contains("INTERNAL"));
    }

    #[test]
    fn acknowledge_blocks_until_the_prompt_confirms_it() {
        // Internal data bound for a destination that keeps it: acknowledge.
        let engine = engine_with(|p| p.client.claude_code = Some("claude-projects".into()));
        let text = "Process notes (internal): deploy at five";
        let first = prompt(&engine, text).json.unwrap();
        assert_eq!(first["decision"], "block");
        assert!(first["reason"].as_str().unwrap().contains(ACK), "{first}");
        let confirmed = prompt(&engine, &format!("{ACK}\n{text}")).json.unwrap();
        assert!(confirmed.get("decision").is_none(), "{confirmed}");
        assert!(confirmed["systemMessage"]
            .as_str()
            .unwrap()
            .contains("confirmation"));

        let strict = engine_with(|p| {
            p.client.claude_code = Some("claude-projects".into());
            p.client.require_justification = true;
        });
        let bare = prompt(&strict, &format!("{ACK}\n{text}")).json.unwrap();
        assert_eq!(bare["decision"], "block", "a justification is required");
        assert!(bare["reason"]
            .as_str()
            .unwrap()
            .contains("why it is needed"));
        let why = prompt(&strict, &format!("{ACK} release checklist\n{text}"));
        assert!(why.json.unwrap().get("decision").is_none());
    }

    #[test]
    fn an_acknowledgement_does_not_lift_a_block() {
        let answer = prompt(&Engine::builtin(), &format!("{ACK} ok\nmail {EMAIL}"));
        assert_eq!(answer.json.unwrap()["decision"], "block");
    }

    #[test]
    fn redact_shows_the_text_to_send_instead_without_the_value() {
        let engine = engine_with(|p| {
            for r in p.rules.iter_mut().filter(|r| r.id == "sensitive-retained") {
                r.action = Action::Redact;
            }
        });
        let json = prompt(
            &engine,
            &format!("Draft a reply to {EMAIL} about the refund"),
        )
        .json
        .unwrap();
        assert_eq!(json["decision"], "block");
        let reason = json["reason"].as_str().unwrap();
        assert!(reason.contains("Send this instead"), "{reason}");
        assert!(
            reason.contains("Draft a reply to [EMAIL_1] about the refund"),
            "{reason}"
        );
        assert!(!reason.contains(EMAIL), "{reason}");
    }

    #[test]
    fn mentions_are_read_as_claude_code_reads_them() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("a b.txt"), "x").unwrap();
        std::fs::write(d.join("c.txt"), "x").unwrap();
        let names = |prompt: &str| -> Vec<String> {
            mentioned_files(prompt, d)
                .iter()
                .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(
            names(r#"see @"a b.txt" and @c.txt#L10-20, again @c.txt."#),
            ["a b.txt", "c.txt"]
        );
        assert!(names("mail me @ noon, or @missing.txt").is_empty());
    }

    #[test]
    fn a_prompt_that_attaches_a_file_with_at_checks_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("contacts.txt"), format!("{EMAIL}\n")).unwrap();
        let answer = respond_to(
            &Engine::builtin(),
            json!({"hook_event_name": "UserPromptSubmit", "cwd": dir.path(),
                   "prompt": "summarise @contacts.txt please"}),
        );
        let json = answer.json.unwrap();
        assert_eq!(json["decision"], "block");
        assert!(json["reason"].as_str().unwrap().contains("contacts.txt"));
    }

    #[test]
    fn file_reads_are_denied_asked_or_left_alone() {
        let engine = Engine::builtin();
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(
            d.join("customers.csv"),
            format!("name,email\nJane,{EMAIL}\n"),
        )
        .unwrap();
        std::fs::write(d.join("README.txt"), "How to build the project.\n").unwrap();
        std::fs::write(d.join("blob.bin"), [0u8, 159, 146, 150, 0, 1]).unwrap();
        let read = |file: &str| tool(&engine, d, "Read", json!({"file_path": file}));

        let denied = read("customers.csv");
        assert_eq!(permission(&denied), Some("deny"));
        let reason = denied.json.unwrap()["hookSpecificOutput"]["permissionDecisionReason"]
            .as_str()
            .unwrap()
            .to_string();
        assert!(
            reason.contains("customers.csv") && reason.contains("Email address"),
            "{reason}"
        );
        assert!(!reason.contains("jane.doe"), "Claude reads this: {reason}");
        // Absolute paths too.
        let absolute = d.join("customers.csv").display().to_string();
        assert_eq!(permission(&read(&absolute)), Some("deny"));

        assert_eq!(read("README.txt"), Answer::silent());
        assert_eq!(read("missing.txt"), Answer::silent(), "nothing to send");
        // Binary content tiergate cannot read: the policy's `unreadable` (acknowledge) is `ask`.
        assert_eq!(permission(&read("blob.bin")), Some("ask"));
        // Pictures pass, by name and content both.
        std::fs::write(d.join("shot.png"), b"\x89PNG\r\n\x1a\n....").unwrap();
        std::fs::write(d.join("keys.png"), format!("{EMAIL}\n")).unwrap();
        assert_eq!(read("shot.png"), Answer::silent());
        assert_eq!(
            permission(&read("keys.png")),
            Some("deny"),
            "text named .png"
        );
        // Input this hook was not written for fails (closed).
        let raw = parse(
            json!({"hook_event_name": "PreToolUse", "cwd": d, "tool_name": "Read", "tool_input": {}})
                .to_string()
                .as_bytes(),
        )
        .unwrap();
        assert!(respond(&engine, &raw, &args()).is_err());
    }

    #[test]
    fn grep_is_checked_only_when_it_shows_content() {
        let engine = Engine::builtin();
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(
            d.join("app.log"),
            format!("start\nuser {EMAIL} logged in\nstop\n"),
        )
        .unwrap();
        let grep = |input: Value| tool(&engine, d, "Grep", input);
        let content = grep(json!({"pattern": "logged", "output_mode": "content"}));
        assert_eq!(permission(&content), Some("deny"));
        assert_eq!(
            grep(json!({"pattern": "logged"})),
            Answer::silent(),
            "file names only"
        );
        assert_eq!(
            grep(json!({"pattern": "start", "output_mode": "content"})),
            Answer::silent(),
            "the matching line holds nothing"
        );
        assert_eq!(
            permission(&grep(
                json!({"pattern": "START", "-i": true, "-A": 1, "output_mode": "content"})
            )),
            Some("deny"),
            "the line after the match holds the address"
        );
        assert_eq!(
            grep(json!({"pattern": "logged", "glob": "*.txt", "output_mode": "content"})),
            Answer::silent()
        );
        assert_eq!(
            permission(&grep(
                json!({"pattern": "logged", "glob": "*.txt,*.log", "output_mode": "content"})
            )),
            Some("deny"),
            "globs split at commas"
        );
        assert_eq!(
            permission(&grep(
                json!({"pattern": "START", "-i": true, "context": 1, "output_mode": "content"})
            )),
            Some("deny"),
            "`context` is the field -C is an alias of"
        );
        // Claude Code's Grep searches hidden files (ripgrep --hidden).
        std::fs::write(d.join(".env"), "AWS_ACCESS_KEY_ID=AKIAQX4RZ7T2LMN5VW3K\n").unwrap();
        assert_eq!(
            permission(&grep(json!({"pattern": "AWS", "output_mode": "content"}))),
            Some("deny")
        );
        let bad = parse(
            json!({"hook_event_name": "PreToolUse", "cwd": d, "tool_name": "Grep",
                   "tool_input": {"pattern": "(", "output_mode": "content"}})
            .to_string()
            .as_bytes(),
        )
        .unwrap();
        let args = args();
        assert!(
            respond(&engine, &bad, &args).is_err(),
            "fails (closed) on a bad pattern"
        );
    }

    #[test]
    fn bash_and_third_party_tools() {
        let engine = Engine::builtin();
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join(".env"), "AWS_ACCESS_KEY_ID=AKIAQX4RZ7T2LMN5VW3K\n").unwrap();
        let bash = |command: &str| tool(&engine, d, "Bash", json!({"command": command}));
        assert_eq!(permission(&bash("cat .env | head -1")), Some("deny"));
        assert_eq!(bash("cargo test"), Answer::silent());
        let fetch = tool(
            &engine,
            d,
            "WebFetch",
            json!({"url": "https://example.net/form", "prompt": format!("submit {EMAIL}")}),
        );
        assert_eq!(permission(&fetch), Some("deny"));
        let mcp = tool(
            &engine,
            d,
            "mcp__crm__create_note",
            json!({"note": "call back AKIAQX4RZ7T2LMN5VW3K"}),
        );
        assert_eq!(permission(&mcp), Some("deny"));
        let monitor = tool(
            &engine,
            d,
            "Monitor",
            json!({"description": "tail", "timeout_ms": 1000, "command": "tail -f app.log"}),
        );
        assert_eq!(
            permission(&monitor),
            Some("ask"),
            "no hook sees what it streams"
        );
        assert_eq!(
            tool(&engine, d, "Glob", json!({"pattern": "**/*.env"})),
            Answer::silent(),
            "names only"
        );
    }

    #[test]
    fn the_audit_log_records_decisions_and_confirmations_without_text() {
        let engine = engine_with(|p| p.client.claude_code = Some("claude-projects".into()));
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("audit.jsonl");
        let args = Args {
            policy: PolicyArg::default(),
            audit: AuditArg {
                audit: Some(log.clone()),
                actor: Some("u-42".into()),
                audit_rotate: None,
            },
        };
        // The justification goes to Claude with the prompt, so it is checked with it.
        let text = format!("{ACK} release checklist\nProcess notes (internal): deploy at five");
        let event = json!({"hook_event_name": "UserPromptSubmit", "prompt": text});
        let raw = parse(event.to_string().as_bytes()).unwrap();
        let answer = respond(&engine, &raw, &args).unwrap();
        assert!(sent(&answer), "{answer:?}");
        let records = std::fs::read_to_string(&log).unwrap();
        let lines: Vec<Value> = records
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2, "{records}");
        assert_eq!(lines[0]["type"], "decision", "{records}");
        assert_eq!(lines[0]["surface"], "claude-code");
        assert_eq!(lines[1]["type"], "acknowledgement", "{records}");
        assert_eq!(lines[1]["decision_id"], lines[0]["decision_id"]);
        assert_eq!(lines[1]["justification"], "release checklist");
        assert!(!records.contains("deploy at five"), "{records}");
    }

    #[test]
    fn bash_output_is_left_replaced_or_redacted_keeping_its_shape() {
        let post = |engine: &Engine, stdout: &str| {
            respond_to(
                engine,
                json!({"hook_event_name": "PostToolUse", "tool_name": "Bash",
                       "tool_input": {"command": "./show-config"},
                       "tool_response": {"stdout": stdout, "stderr": "", "interrupted": false, "isImage": false}}),
            )
        };
        let engine = Engine::builtin();
        assert_eq!(post(&engine, "build ok\n"), Answer::silent());
        let key = "AKIAQX4RZ7T2LMN5VW3K";
        let json = post(&engine, &format!("AWS_ACCESS_KEY_ID={key}\n"))
            .json
            .unwrap();
        let updated = &json["hookSpecificOutput"]["updatedToolOutput"];
        assert_eq!(json["hookSpecificOutput"]["hookEventName"], "PostToolUse");
        let stdout = updated["stdout"].as_str().unwrap();
        assert!(stdout.contains("tiergate withheld this output"), "{stdout}");
        assert!(!updated.to_string().contains(key));
        assert_eq!(updated["interrupted"], false, "the shape is kept");
        assert_eq!(updated["stderr"], "");

        let redacting = engine_with(|p| {
            for r in p.rules.iter_mut().filter(|r| r.id == "sensitive-retained") {
                r.action = Action::Redact;
            }
        });
        let json = post(&redacting, &format!("owner: {EMAIL}\n")).json.unwrap();
        assert_eq!(
            json["hookSpecificOutput"]["updatedToolOutput"]["stdout"],
            "owner: [EMAIL_1]\n"
        );
        // A result without its fields is not what this hook was written for:
        // the output is withheld (an error after a tool cannot stop it).
        let odd = parse(
            json!({"hook_event_name": "PostToolUse", "tool_name": "Bash",
                   "tool_response": {"stdout": "AKIAQX4RZ7T2LMN5VW3K", "interrupted": false}})
            .to_string()
            .as_bytes(),
        )
        .unwrap();
        let err = respond(&engine, &odd, &args()).unwrap_err();
        let answer = failed(&err, OnError::Block, Some(&odd));
        assert_eq!(answer.exit, 0);
        let updated = &answer.json.unwrap()["hookSpecificOutput"]["updatedToolOutput"];
        assert!(updated["stdout"].as_str().unwrap().contains("withheld"));
        assert!(!updated.to_string().contains("AKIA"));
        // Other tools' output is not looked at after the fact.
        let read = respond_to(
            &engine,
            json!({"hook_event_name": "PostToolUse", "tool_name": "Read", "tool_response": {"file": {}}}),
        );
        assert_eq!(read, Answer::silent());
    }

    #[test]
    fn the_installed_matcher_covers_exactly_the_tools_checked() {
        let matcher = regex::Regex::new(EVENTS[1].matcher.unwrap()).unwrap();
        let checked = ["Read", "Grep", "Bash", "Monitor"];
        for tool in ["WebFetch", "WebSearch", "ReadMcpResource", "mcp__crm__note"]
            .into_iter()
            .chain(checked)
        {
            assert!(matcher.is_match(tool), "{tool}");
            assert!(checked.contains(&tool) || sends_input_away(tool), "{tool}");
        }
        for tool in [
            "Glob",
            "Write",
            "Edit",
            "NotebookEdit",
            "ReadX",
            "TodoWrite",
        ] {
            assert!(!matcher.is_match(tool), "{tool}");
            assert!(!sends_input_away(tool), "{tool}");
        }
    }
}
