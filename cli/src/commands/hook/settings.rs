//! `tiergate hook install|uninstall claude-code`: tiergate's hooks merged into
//! a Claude Code `settings.json`, and taken out again, leaving every other
//! setting and hook as it was.

use anyhow::{Context, Result};
use serde_json::{json, Map, Value};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::claude_code::EVENTS;

/// Which `settings.json` (Claude Code's settings scopes).
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// `~/.claude/settings.json`: every project of this user.
    User,
    /// `.claude/settings.json` in the current folder: shared with the
    /// project's repository.
    Project,
    /// `.claude/settings.local.json` in the current folder: this checkout
    /// only (Claude Code keeps it out of git).
    Local,
}

/// The client whose hooks are installed.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Client {
    /// Claude Code (`claude`, the terminal and IDE agent).
    ClaudeCode,
}

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The client.
    #[arg(value_enum)]
    client: Client,
    /// Which settings file: user, project (the default) or local.
    #[arg(long, value_enum, default_value = "project")]
    scope: Scope,
    /// Write to this settings file instead (e.g. Claude Code's managed settings,
    /// `/etc/claude-code/managed-settings.json`, for every user of a machine).
    #[arg(long, value_name = "FILE", conflicts_with = "scope")]
    settings: Option<PathBuf>,
    /// The policy the hook enforces (stored as an absolute path). Default: the built-in policy.
    #[arg(long, value_name = "FILE")]
    policy: Option<PathBuf>,
    /// Accept the policy only with a valid signature (FILE.sig) by this public key.
    #[arg(long, value_name = "PUBKEY", requires = "policy")]
    policy_pubkey: Option<PathBuf>,
    /// The audit log the hook appends its decisions to (stored as an absolute path).
    #[arg(long, value_name = "FILE")]
    audit: Option<PathBuf>,
    /// Rotate the hook's audit log: `daily` or a size (`100MB`); see `check --audit-rotate`.
    #[arg(long, value_name = "WHEN", requires = "audit", value_parser = crate::commands::audit::rotation)]
    audit_rotate: Option<tiergate::audit::Rotation>,
}

/// `hook install`: tiergate's hooks in the settings file, replacing any
/// earlier tiergate hooks there (running it twice changes nothing).
pub fn install(a: &Args, out: &mut impl Write) -> Result<u8> {
    // A hook whose policy does not load would stop every prompt: refuse it now.
    if let Some(policy) = &a.policy {
        crate::load::load(policy, a.policy_pubkey.as_deref())
            .context("the hook was not installed")?;
    }
    let path = settings_path(a)?;
    let mut settings = read(&path)?;
    let command = hook_command(a)?;
    remove_ours(&mut settings);
    add_ours(&mut settings, &command)?;
    write(&path, &settings)?;
    writeln!(out, "tiergate hooks installed in {}", path.display())?;
    writeln!(out, "  command: {command}")?;
    for event in EVENTS {
        writeln!(
            out,
            "  {}{}",
            event.name,
            event.matcher.map(|m| format!(" ({m})")).unwrap_or_default()
        )?;
    }
    Ok(crate::EXIT_OK)
}

/// `hook uninstall`: tiergate's hooks taken out; the file is otherwise unchanged.
pub fn uninstall(a: &Args, out: &mut impl Write) -> Result<u8> {
    let path = settings_path(a)?;
    if !path.exists() {
        writeln!(out, "no {}: nothing to uninstall", path.display())?;
        return Ok(crate::EXIT_OK);
    }
    let mut settings = read(&path)?;
    if remove_ours(&mut settings) {
        write(&path, &settings)?;
        writeln!(out, "tiergate hooks removed from {}", path.display())?;
    } else {
        writeln!(out, "no tiergate hooks in {}", path.display())?;
    }
    Ok(crate::EXIT_OK)
}

fn settings_path(a: &Args) -> Result<PathBuf> {
    if let Some(path) = &a.settings {
        return Ok(path.clone());
    }
    let Client::ClaudeCode = a.client;
    Ok(match a.scope {
        Scope::User => {
            let home = std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .context("HOME is not set: pass --settings FILE")?;
            PathBuf::from(home).join(".claude/settings.json")
        }
        Scope::Project => PathBuf::from(".claude/settings.json"),
        Scope::Local => PathBuf::from(".claude/settings.local.json"),
    })
}

/// The shell command Claude Code runs: this executable, with the policy and
/// audit log as absolute paths (the hook runs in whatever folder Claude Code is in).
fn hook_command(a: &Args) -> Result<String> {
    let exe = std::env::current_exe().context("cannot find the tiergate executable")?;
    let mut words = vec![shell_quote(&exe)?, "hook".into(), "claude-code".into()];
    let files = [
        ("--policy", &a.policy),
        ("--policy-pubkey", &a.policy_pubkey),
        ("--audit", &a.audit),
    ];
    for (flag, file) in files {
        if let Some(file) = file {
            let absolute = std::path::absolute(file)
                .with_context(|| format!("cannot make {} absolute", file.display()))?;
            words.push(flag.into());
            words.push(shell_quote(&absolute)?);
        }
    }
    // `daily` or digits: one word as it is.
    if let Some(rotation) = a.audit_rotate {
        words.push("--audit-rotate".into());
        words.push(rotation.to_string());
    }
    Ok(words.join(" "))
}

/// A path as one word for `sh -c`.
fn shell_quote(path: &Path) -> Result<String> {
    let s = path
        .to_str()
        .with_context(|| format!("{} is not UTF-8", path.display()))?;
    Ok(shlex::try_quote(s)
        .with_context(|| format!("{} cannot be written as a shell word", path.display()))?
        .into_owned())
}

/// Whether a hook entry is tiergate's (`… tiergate… hook claude-code …`).
fn is_ours(hook: &Value) -> bool {
    hook.get("command")
        .and_then(Value::as_str)
        .is_some_and(|c| c.contains("tiergate") && c.contains(" hook claude-code"))
}

/// Takes tiergate's hook entries out, and any group or event that this left
/// empty (not ones that were empty before). Returns whether anything was removed.
fn remove_ours(settings: &mut Value) -> bool {
    let Some(hooks) = settings.get_mut("hooks").and_then(Value::as_object_mut) else {
        return false;
    };
    let mut removed = false;
    let mut emptied_events = Vec::new();
    for (event, groups) in hooks.iter_mut() {
        let Some(groups) = groups.as_array_mut() else {
            continue;
        };
        let before = groups.len();
        groups.retain_mut(|group| {
            let Some(entries) = group.get_mut("hooks").and_then(Value::as_array_mut) else {
                return true;
            };
            let had = entries.len();
            entries.retain(|h| !is_ours(h));
            removed |= entries.len() != had;
            // Keep a group that still holds hooks, or that was empty already.
            !entries.is_empty() || had == 0
        });
        if groups.is_empty() && before > 0 {
            emptied_events.push(event.clone());
        }
    }
    for event in &emptied_events {
        hooks.remove(event);
    }
    if hooks.is_empty() && !emptied_events.is_empty() {
        if let Some(o) = settings.as_object_mut() {
            o.remove("hooks");
        }
    }
    removed
}

/// Appends tiergate's groups: every prompt, and the tools that read files or
/// carry text elsewhere.
fn add_ours(settings: &mut Value, command: &str) -> Result<()> {
    // `onFailure: block`: a hook that crashes, times out or is missing stops
    // the prompt or the tool instead of letting it through (the default).
    let entry = json!({"type": "command", "command": command, "timeout": 60, "onFailure": "block"});
    let root = settings
        .as_object_mut()
        .context("the settings file is not a JSON object")?;
    let hooks = root
        .entry("hooks")
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .context("`hooks` in the settings file is not an object")?;
    for event in EVENTS {
        let group = match event.matcher {
            Some(matcher) => json!({"matcher": matcher, "hooks": [entry.clone()]}),
            None => json!({"hooks": [entry.clone()]}),
        };
        hooks
            .entry(event.name)
            .or_insert_with(|| Value::Array(Vec::new()))
            .as_array_mut()
            .with_context(|| format!("`hooks.{}` in the settings file is not a list", event.name))?
            .push(group);
    }
    Ok(())
}

/// The settings file as JSON; a missing one is empty settings. One that is
/// not JSON is an error: it is never overwritten.
fn read(path: &Path) -> Result<Value> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(json!({})),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    if text.trim().is_empty() {
        return Ok(json!({}));
    }
    let value: Value = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not valid JSON; fix it (or move it away) and run this again: nothing was changed",
            path.display()
        )
    })?;
    if !value.is_object() {
        return Err(crate::error::cli(
            "invalid_argument",
            format!(
                "{} is not a JSON object; nothing was changed",
                path.display()
            ),
        ));
    }
    Ok(value)
}

/// Writes the settings through a file beside it, renamed over it: a crash
/// leaves the old file or the new one, never half of one. A symlinked
/// settings file is written where it points; the file keeps its permissions
/// (a new one is readable by everyone, as Claude Code's managed settings must be).
fn write(path: &Path, settings: &Value) -> Result<()> {
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut text = serde_json::to_string_pretty(settings)?;
    text.push('\n');
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    tmp.write_all(text.as_bytes())?;
    let permissions = match std::fs::metadata(&target) {
        Ok(m) => m.permissions(),
        Err(_) => readable_by_all(),
    };
    tmp.as_file().set_permissions(permissions)?;
    tmp.as_file().sync_all()?;
    tmp.persist(&target)
        .with_context(|| format!("cannot replace {}", target.display()))?;
    Ok(())
}

#[cfg(unix)]
fn readable_by_all() -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(0o644)
}

#[cfg(not(unix))]
fn readable_by_all() -> std::fs::Permissions {
    tempfile::tempfile()
        .and_then(|f| f.metadata())
        .map(|m| m.permissions())
        .expect("a temporary file has permissions")
}

#[cfg(test)]
mod tests {
    use super::*;

    const OURS: &str = "/opt/tiergate hook claude-code --policy /etc/p.toml";

    fn theirs() -> Value {
        json!({
            "model": "opus",
            "hooks": {
                "PreToolUse": [
                    {"matcher": "Bash", "hooks": [{"type": "command", "command": "./lint-bash.sh"}]}
                ]
            }
        })
    }

    #[test]
    fn install_keeps_other_settings_and_hooks_and_twice_is_once() {
        let mut s = theirs();
        remove_ours(&mut s);
        add_ours(&mut s, OURS).unwrap();
        let once = s.clone();
        assert!(remove_ours(&mut s));
        add_ours(&mut s, OURS).unwrap();
        assert_eq!(s, once, "a second install changes nothing");
        assert_eq!(s["model"], "opus");
        let pre = s["hooks"]["PreToolUse"].as_array().unwrap();
        assert_eq!(pre.len(), 2);
        assert_eq!(pre[0]["hooks"][0]["command"], "./lint-bash.sh");
        assert_eq!(pre[1]["matcher"], EVENTS[1].matcher.unwrap());
        assert_eq!(pre[1]["hooks"][0]["onFailure"], "block");
        assert_eq!(s["hooks"]["PostToolUse"][0]["matcher"], "^Bash$");
        assert_eq!(pre[1]["hooks"][0]["command"], OURS);
        let prompt = &s["hooks"]["UserPromptSubmit"][0];
        assert_eq!(prompt["hooks"][0]["command"], OURS);
        assert!(prompt.get("matcher").is_none());
    }

    #[test]
    fn uninstall_leaves_exactly_what_was_there() {
        for before in [theirs(), json!({}), json!({"hooks": {}})] {
            let mut s = before.clone();
            add_ours(&mut s, OURS).unwrap();
            assert!(remove_ours(&mut s));
            let expected = if before == json!({"hooks": {}}) {
                json!({})
            } else {
                before
            };
            assert_eq!(s, expected);
            assert!(!remove_ours(&mut s), "nothing left to remove");
        }
    }

    #[test]
    fn a_group_shared_with_another_hook_keeps_that_hook() {
        let mut s = json!({"hooks": {"UserPromptSubmit": [{"hooks": [
            {"type": "command", "command": "tiergate hook claude-code"},
            {"type": "command", "command": "./notify.sh"}
        ]}]}});
        assert!(remove_ours(&mut s));
        assert_eq!(
            s,
            json!({"hooks": {"UserPromptSubmit": [{"hooks": [
                {"type": "command", "command": "./notify.sh"}
            ]}]}})
        );
    }

    #[test]
    fn malformed_settings_are_refused_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.json");
        std::fs::write(&path, "{\"model\": ").unwrap();
        let err = read(&path).unwrap_err();
        assert!(
            format!("{err:#}").contains("nothing was changed"),
            "{err:#}"
        );
        std::fs::write(&path, "[1]").unwrap();
        assert!(read(&path).is_err());
        assert_eq!(
            read(&dir.path().join("missing.json")).unwrap(),
            json!({}),
            "a missing file is empty settings"
        );
    }

    #[test]
    fn paths_with_spaces_are_one_shell_word() {
        let plain = "/usr/bin/tiergate";
        assert_eq!(shell_quote(Path::new(plain)).unwrap(), plain);
        let odd = "/Users/A B/it's $HOME/tiergate";
        let quoted = shell_quote(Path::new(odd)).unwrap();
        assert_ne!(quoted, odd);
        assert_eq!(shlex::split(&quoted).unwrap(), [odd]);
    }

    /// `hook install` writes a command whose flags the hook reads back.
    #[test]
    fn the_hook_command_carries_the_audit_log_and_its_rotation() {
        use clap::Parser;
        #[derive(Parser)]
        struct Install {
            #[command(flatten)]
            a: Args,
        }
        #[derive(Parser)]
        struct Hook {
            #[command(flatten)]
            a: super::super::claude_code::Args,
        }
        let install = Install::try_parse_from([
            "install",
            "claude-code",
            "--audit",
            "/var/log/a b.jsonl",
            "--audit-rotate",
            "64 KiB",
        ])
        .unwrap();
        let command = hook_command(&install.a).unwrap();
        let words = shlex::split(&command).unwrap();
        assert_eq!(&words[1..3], ["hook", "claude-code"]);
        assert!(command.ends_with(" --audit-rotate 65536"), "{command}");
        let hook = Hook::try_parse_from(words.iter().skip(2)).unwrap();
        let debug = format!("{:?}", hook.a);
        assert!(
            debug.contains("/var/log/a b.jsonl") && debug.contains("max_bytes: Some(65536)"),
            "{debug}"
        );
        let missing_log =
            Install::try_parse_from(["install", "claude-code", "--audit-rotate", "daily"]);
        assert!(missing_log.is_err());
    }

    #[test]
    fn groups_that_were_empty_before_are_left_alone() {
        let before = json!({"hooks": {"Stop": [], "PreToolUse": [{"matcher": "X", "hooks": []}]}});
        let mut s = before.clone();
        add_ours(&mut s, OURS).unwrap();
        assert!(remove_ours(&mut s));
        assert_eq!(s, before);
    }

    #[cfg(unix)]
    #[test]
    fn a_rewritten_file_keeps_its_permissions_and_its_symlink() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        std::fs::write(&real, "{}").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("settings.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write(&link, &json!({"a": 1})).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(
            std::fs::read_to_string(&real).unwrap(),
            "{\n  \"a\": 1\n}\n"
        );
        let mode = std::fs::metadata(&real).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        let new = dir.path().join("new/settings.json");
        write(&new, &json!({})).unwrap();
        let mode = std::fs::metadata(&new).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o644, "readable by every user");
    }
}
