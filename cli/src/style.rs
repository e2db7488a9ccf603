//! Colour for people at a terminal: tiers and actions, by how much they
//! matter. Everything is written through [`anstream`], which strips the
//! escapes when standard output is not a terminal, when `NO_COLOR` is set or
//! with `--color never`.

use anstyle::{AnsiColor, Style};
use tiergate::{Action, Tier};

/// When to colour output (`--color`).
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum When {
    /// On a terminal, unless `NO_COLOR` is set.
    #[default]
    Auto,
    /// Always, even when piped (`| less -R`).
    Always,
    /// Never.
    Never,
}

impl When {
    /// Makes the choice for every stream this process writes.
    pub fn apply(self) {
        let choice = match self {
            When::Auto => anstream::ColorChoice::Auto,
            When::Always => anstream::ColorChoice::Always,
            When::Never => anstream::ColorChoice::Never,
        };
        choice.write_global();
    }
}

fn fg(color: AnsiColor) -> Style {
    Style::new().fg_color(Some(color.into()))
}

/// Restricted red and bold, sensitive red, internal yellow, public green.
pub fn tier(t: Tier) -> Style {
    match t {
        Tier::Restricted => fg(AnsiColor::Red).bold(),
        Tier::Sensitive => fg(AnsiColor::Red),
        Tier::Internal => fg(AnsiColor::Yellow),
        Tier::Public => fg(AnsiColor::Green),
    }
}

/// Block red and bold; redact and acknowledge red; warn yellow; allow green.
pub fn action(a: Action) -> Style {
    match a {
        Action::Block => fg(AnsiColor::Red).bold(),
        Action::Redact | Action::Acknowledge => fg(AnsiColor::Red),
        Action::Warn => fg(AnsiColor::Yellow),
        Action::Allow => fg(AnsiColor::Green),
    }
}

/// `text` in `style`.
pub fn paint(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

/// `text` padded to `width` characters, in `style` (the padding outside the
/// escapes, so columns line up whether or not they are stripped).
pub fn padded(style: Style, text: &str, width: usize) -> String {
    let pad = width.saturating_sub(text.chars().count());
    format!("{style}{text}{style:#}{:pad$}", "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_lies_outside_the_escapes() {
        let s = padded(tier(Tier::Internal), "internal", 11);
        assert!(s.starts_with("\x1b["), "{s:?}");
        assert!(s.ends_with("internal\x1b[0m   "), "{s:?}");
        assert_eq!(padded(Style::new(), "toolongtext", 4), "toolongtext");
    }
}
