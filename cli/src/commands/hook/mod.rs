//! `tiergate hook ...`: tiergate as a hook of an AI client (Claude Code),
//! and installing it in the client's settings.

mod bash;
pub mod claude_code;
mod grep;
mod settings;

use anyhow::Result;
use clap::Subcommand;
use std::io::Write;

#[derive(Subcommand, Debug)]
pub enum HookCommand {
    /// The Claude Code hook: reads a hook event (JSON) on standard input and answers.
    ///
    /// Prompts (UserPromptSubmit), tool calls that read files or send text
    /// elsewhere (PreToolUse: Read, Grep, Bash, Monitor, WebFetch, WebSearch,
    /// MCP tools) and Bash output (PostToolUse) are checked for the policy's
    /// `[client] claude_code` destination (default claude-api). Anything that
    /// goes wrong stops the prompt or the tool (exit status 2), or withholds a
    /// command's output, unless the policy says on_error = "allow".
    /// docs/claude-code.md says what each decision becomes.
    ClaudeCode(claude_code::Args),
    /// Add tiergate's hooks to a client's settings (other settings and hooks are kept).
    Install(settings::Args),
    /// Take tiergate's hooks out of a client's settings.
    Uninstall(settings::Args),
}

pub fn run(command: HookCommand, out: &mut impl Write) -> Result<u8> {
    match command {
        HookCommand::ClaudeCode(a) => claude_code::run(&a, out),
        HookCommand::Install(a) => settings::install(&a, out),
        HookCommand::Uninstall(a) => settings::uninstall(&a, out),
    }
}
