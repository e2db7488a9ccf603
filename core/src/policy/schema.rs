//! The policy schema: the types a policy document deserialises into, with
//! the small helpers that read them (a destination's retention phrase, the
//! client's claude.ai destinations, an escalation's sentence).

use super::Pattern;
use crate::tier::{Action, Score, Tier};
use crate::validate::Validator;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A parsed and checked policy.
///
/// Fields are public for reading; build policies with [`Policy::builtin`],
/// [`Policy::from_toml`] or [`Policy::from_json`] so they are always checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Schema version of the document; must be [`POLICY_SCHEMA`](super::POLICY_SCHEMA).
    pub schema: u32,
    /// Stable identifier of the policy (for audit records).
    pub id: String,
    /// The policy's revision, chosen by its authors.
    pub revision: String,
    /// Free text for humans.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Scoring and detector settings.
    #[serde(default)]
    pub settings: Settings,
    /// Who to ask when unsure; attached to every non-allow decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escalation: Option<Escalation>,
    /// Default tier, regulations and redactability per finding category.
    pub categories: BTreeMap<String, Category>,
    /// The deployments text may be sent to, in order of preference.
    pub destinations: Vec<Destination>,
    /// Regulations that findings can be tagged with and the agreements they require.
    #[serde(default)]
    pub regulations: BTreeMap<String, Regulation>,
    /// Ordered rules; the first that matches a tier and destination decides.
    pub rules: Vec<Rule>,
    /// Values and patterns that are never findings.
    #[serde(default)]
    pub allowlist: Allowlist,
    /// Overrides of built-in detectors and custom detectors, by id.
    #[serde(default)]
    pub detectors: BTreeMap<String, DetectorSpec>,
    /// How clients in front of Claude (the browser extension, API guards) behave.
    #[serde(default, skip_serializing_if = "Client::is_default")]
    pub client: Client,
    /// What content tiergate cannot read (images, PDFs, uploaded files) means.
    #[serde(default, skip_serializing_if = "is_default")]
    pub documents: Documents,
    /// The organisation's own domains and codenames.
    #[serde(default, skip_serializing_if = "is_default")]
    pub organisation: Organisation,
    /// The TOML source, kept so that errors found when the engine compiles the
    /// detectors can still point at a line.
    #[serde(skip)]
    pub(crate) toml_source: TomlSource,
}

/// A policy's TOML text; never part of equality or of the serialised form.
#[derive(Clone, Default)]
pub(crate) struct TomlSource(pub(crate) Option<std::sync::Arc<str>>);

impl PartialEq for TomlSource {
    fn eq(&self, _: &TomlSource) -> bool {
        true
    }
}

impl std::fmt::Debug for TomlSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "TomlSource(..)"
        } else {
            "TomlSource(None)"
        })
    }
}

/// Scoring and detector settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Findings scoring below this are dropped (a detector may override it).
    pub min_score: Score,
    /// How many bytes either side of a match context words are looked for.
    pub context_window: usize,
    /// Added to a match's score when a context word is near; subtracted for negative context.
    pub context_boost: Score,
    /// Whether the built-in detector catalogue is used.
    pub builtin_detectors: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            min_score: Score::from_hundredths(50),
            context_window: 64,
            context_boost: Score::from_hundredths(35),
            builtin_detectors: true,
        }
    }
}

/// What a client does when the engine cannot run (the module fails to load, a bug).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OnError {
    /// Block sending, with an explanation.
    #[default]
    Block,
    /// Let the text through, with a warning.
    Allow,
}

/// How clients in front of Claude behave: the browser extension, API guards.
/// Hosts read it from the engine so every client follows the same policy.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Client {
    /// When the engine cannot run: `block` (fail closed, the default) or `allow` (fail open).
    #[serde(skip_serializing_if = "is_default")]
    pub on_error: OnError,
    /// Whether confirming an `acknowledge` decision needs a written justification.
    #[serde(skip_serializing_if = "is_default")]
    pub require_justification: bool,
    /// The destination a claude.ai chat is; `claude-ai` when omitted. An
    /// organisation on Claude Enterprise with zero retention names its ZDR destination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claude_ai: Option<String>,
    /// The destination of claude.ai pages inside a Project (`/project/` URLs);
    /// `claude-projects` when omitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claude_ai_projects: Option<String>,
    /// The destination of prompts and file reads in Claude Code (`tiergate
    /// hook claude-code`); `claude-api` when omitted. An organisation whose
    /// Claude Code goes through a zero-retention agreement names that destination.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claude_code: Option<String>,
    /// Where clients POST decision records (JSON, never text or values);
    /// `https://`, or `http://` to a loopback address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collector_url: Option<String>,
}

/// What belongs to the organisation: hosts under its domains are internal
/// infrastructure (`org_host`), its product and project codenames internal
/// vocabulary (`org_codename`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Organisation {
    /// Domains the organisation owns (`fabrikam.com`): a host under one of
    /// them (`ci-3.corp.fabrikam.com`, `https://jira.fabrikam.com/...`) is
    /// internal; the domain itself and its `www.` host are its public face.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// Product and project codenames (`Bluebird`, `Project Kestrel`), matched
    /// as whole words, case as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub codenames: Vec<String>,
}

/// Documents: the limits on reading one, and what content tiergate cannot
/// read means for a decision (a scanned page, a password-protected file, an
/// image in a request).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Documents {
    /// The action for content tiergate cannot read (a scanned page, an image
    /// or a file in a request, a format it does not read): `allow`, `warn`,
    /// `acknowledge` (the default) or `block`. It applies when it is stricter
    /// than what the readable text gets.
    pub unreadable: Action,
    /// The action for a password-protected file or part (default `block`:
    /// nothing of it can be checked).
    pub encrypted: Action,
    /// The action for a file or part over a limit below, or a compression
    /// bomb (default `block`).
    pub over_limit: Action,
    /// The largest document read at all, in MiB.
    pub max_file_mb: u64,
    /// The most one part (a page's content, a sheet) may expand to, in MiB.
    pub max_part_mb: u64,
    /// The most all parts of a document may expand to, in MiB.
    pub max_expanded_mb: u64,
    /// The highest ratio of expanded to compressed size for a part over 1 MiB.
    pub max_ratio: u64,
    /// The most members an archive, or pages a PDF, may have.
    pub max_entries: usize,
}

impl Default for Documents {
    fn default() -> Documents {
        let limits = crate::document::Limits::default();
        Documents {
            unreadable: Action::Acknowledge,
            encrypted: Action::Block,
            over_limit: Action::Block,
            max_file_mb: (limits.max_input >> 20) as u64,
            max_part_mb: limits.max_part >> 20,
            max_expanded_mb: limits.max_expanded >> 20,
            max_ratio: limits.max_ratio,
            max_entries: limits.max_entries,
        }
    }
}

impl Documents {
    /// The action for content unread for this reason (a
    /// [`crate::UnreadablePart`]'s `kind`).
    pub fn action_for(&self, kind: &str) -> Action {
        match kind {
            "encrypted" => self.encrypted,
            "too_large" | "bomb" => self.over_limit,
            _ => self.unreadable,
        }
    }

    /// The limits for reading one document.
    pub fn limits(&self) -> crate::document::Limits {
        let mib = |n: u64| n.saturating_mul(1 << 20);
        crate::document::Limits {
            max_input: usize::try_from(mib(self.max_file_mb)).unwrap_or(usize::MAX),
            max_expanded: mib(self.max_expanded_mb),
            max_part: mib(self.max_part_mb),
            max_ratio: self.max_ratio,
            max_entries: self.max_entries,
        }
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Client {
    fn is_default(&self) -> bool {
        is_default(self)
    }

    /// The destination of a claude.ai chat.
    pub fn claude_ai_destination(&self) -> &str {
        self.claude_ai.as_deref().unwrap_or("claude-ai")
    }

    /// The destination of a claude.ai page inside a Project.
    pub fn claude_ai_projects_destination(&self) -> &str {
        self.claude_ai_projects
            .as_deref()
            .unwrap_or("claude-projects")
    }

    /// The destination of Claude Code.
    pub fn claude_code_destination(&self) -> &str {
        self.claude_code.as_deref().unwrap_or("claude-api")
    }

    /// The settings as JSON with every default filled in, for hosts:
    /// `claude_ai`, `claude_ai_projects`, `collector_url` (or null), `on_error`
    /// and `require_justification`.
    pub fn to_json(&self) -> String {
        serde_json::json!({
            "on_error": self.on_error,
            "require_justification": self.require_justification,
            "claude_ai": self.claude_ai_destination(),
            "claude_ai_projects": self.claude_ai_projects_destination(),
            "collector_url": self.collector_url,
        })
        .to_string()
    }

    /// Whether a claude.ai page at `path` is inside a Project (`/project/…`).
    pub fn is_project_path(path: &str) -> bool {
        path == "/project" || path.starts_with("/project/")
    }

    /// The destination a claude.ai page at `path` (`/chat/…`, `/project/…`) sends to.
    ///
    /// ```
    /// let client = tiergate::Policy::builtin().client;
    /// assert_eq!(client.claude_ai_destination_for("/project/0b1c/chat"), "claude-projects");
    /// assert_eq!(client.claude_ai_destination_for("/new"), "claude-ai");
    /// ```
    pub fn claude_ai_destination_for(&self, path: &str) -> &str {
        if Client::is_project_path(path) {
            self.claude_ai_projects_destination()
        } else {
            self.claude_ai_destination()
        }
    }
}

/// The escalation path named in messages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    /// A person, team or address to ask.
    pub contact: String,
    /// A page with the policy or a request form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// What to tell the person, for every tier without its own text; `{contact}`
    /// and `{url}` are replaced. Default: "Unsure? Ask {contact} ({url})."
    /// In a decision: the text for the decision's tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Escalation text per tier (`sensitive = "Ask privacy@acme.example for a ZDR seat."`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tiers: BTreeMap<Tier, String>,
}

impl Escalation {
    /// The escalation as a decision for `tier` shows it: contact, url and the
    /// text for that tier (per-tier text, else the general text).
    pub fn for_tier(&self, tier: Tier) -> Escalation {
        Escalation {
            contact: self.contact.clone(),
            url: self.url.clone(),
            text: self.tiers.get(&tier).or(self.text.as_ref()).cloned(),
            tiers: BTreeMap::new(),
        }
    }

    /// The sentence that replaces `{escalation}` in messages.
    pub fn sentence(&self) -> String {
        let url = self.url.as_deref().unwrap_or("");
        match (&self.text, &self.url) {
            (Some(text), _) => text
                .replace("{contact}", &self.contact)
                .replace("{url}", url),
            (None, Some(u)) => format!("Unsure? Ask {} ({u}).", self.contact),
            (None, None) => format!("Unsure? Ask {}.", self.contact),
        }
    }
}

/// Defaults for every finding of a category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// The tier of a finding in this category unless its detector says otherwise.
    pub tier: Tier,
    /// Whether replacing the finding with a placeholder removes the risk.
    /// Markings are not redactable: removing the label does not remove the privilege.
    #[serde(default = "yes")]
    pub redactable: bool,
    /// Regulation tags attached to findings of this category.
    #[serde(default)]
    pub regulations: Vec<String>,
    /// Free text for humans.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

fn yes() -> bool {
    true
}

/// A deployment described by properties, so rules never hard-code names.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Destination {
    /// Identifier used by `decide` (`claude-ai`).
    pub id: String,
    /// Human name (`Claude web app (claude.ai)`).
    pub name: String,
    /// Days data is retained; absent means indefinitely.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention_days: Option<u32>,
    /// Nothing is stored after the response.
    pub zero_retention: bool,
    /// Stored conversations may be read by people.
    pub human_review: bool,
    /// Content persists across conversations (Projects).
    pub persistent: bool,
    /// The organisation has approved this destination at all.
    #[serde(default = "yes")]
    pub approved: bool,
    /// Agreements in place with the provider for this destination (`dpa`, `baa`).
    #[serde(default)]
    pub agreements: Vec<String>,
}

impl Destination {
    /// "for 30 days", "indefinitely" or "not at all", for messages.
    pub fn retention_phrase(&self) -> String {
        match (self.zero_retention, self.retention_days) {
            (true, _) | (_, Some(0)) => "not at all".to_string(),
            (_, Some(1)) => "for 1 day".to_string(),
            (_, Some(d)) => format!("for {d} days"),
            (_, None) => "indefinitely".to_string(),
        }
    }
}

/// A regulation tag and what a destination needs to receive tagged data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Regulation {
    /// Human name (`HIPAA`).
    pub name: String,
    /// Agreements the destination must list.
    #[serde(default)]
    pub requires: Vec<String>,
    /// What happens when one is missing.
    #[serde(default = "block")]
    pub action: Action,
    /// Message template used when this regulation decides.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
}

fn block() -> Action {
    Action::Block
}

/// One decision rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable identifier reported in decisions.
    pub id: String,
    /// Tiers the rule applies to; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tiers: Vec<Tier>,
    /// Destination properties that must all hold.
    #[serde(default)]
    pub when: Condition,
    /// The action.
    pub action: Action,
    /// Message template: `{tier}`, `{destination}`, `{retention}`, `{findings}`,
    /// `{recommended}` and `{escalation}` are replaced.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message: String,
}

/// Conditions on a destination's properties; absent fields match anything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)] // each field mirrors the Destination field of the same name
pub struct Condition {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zero_retention: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistent: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub human_review: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<bool>,
    /// Destination ids the rule is limited to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destinations: Option<Vec<String>>,
}

/// Values and patterns that are never reported.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allowlist {
    /// Exact matched values (compared after normalisation) that are not findings.
    #[serde(default)]
    pub values: Vec<String>,
    /// Regexes; a match whose value they match anywhere is not a finding.
    #[serde(default)]
    pub patterns: Vec<Pattern>,
}

/// A detector as data: in the built-in catalogue, and in policies to override
/// a built-in detector (same id) or to add a custom one (new id).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorSpec {
    /// Human name used in messages (`Email address`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The finding category (a key of `[categories]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Overrides the category's tier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<Tier>,
    /// `false` switches the detector off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Placeholder label used by redaction (`EMAIL` gives `[EMAIL_1]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Linear-time regexes (ASCII classes by default; `(?u:...)` for Unicode).
    /// A group named `value` narrows the finding to that group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub patterns: Option<Vec<PatternSpec>>,
    /// Whole-word keywords or phrases (a dictionary detector).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keywords: Option<Vec<String>>,
    /// Keywords that count only beside another match of this detector in the
    /// same sentence (a keyword, or another of these written differently):
    /// words ambiguous alone (`raise`, `payroll`) that together are a match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paired_keywords: Option<Vec<String>>,
    /// Keywords match case-sensitively (default: ASCII case-insensitive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_sensitive: Option<bool>,
    /// Base score of keyword matches and of patterns without their own score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// Checksum or shape check a match must pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator: Option<Validator>,
    /// Words near a match that raise its score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Vec<String>>,
    /// Words near a match that lower its score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negative_context: Option<Vec<String>>,
    /// Report only matches with a context word nearby.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_context: Option<bool>,
    /// Report only matches with a finding of one of these detectors nearby
    /// (within `nearby_window` bytes): an HR term counts only about a person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_nearby: Option<Vec<String>>,
    /// How far `requires_nearby` looks, in bytes either side (default 250).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nearby_window: Option<usize>,
    /// A person's name (or e-mail address) written just before a match
    /// counts as a context word (`Ana: 964 766 143`): a number after a name
    /// is that person's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context_after_name: Option<bool>,
    /// Overrides `settings.min_score` for this detector.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_score: Option<Score>,
    /// Overrides the category's regulation tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regulations: Option<Vec<String>>,
    /// Overrides the category's redactability.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redactable: Option<bool>,
    /// Exact values that are not findings (published examples, test numbers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow: Option<Vec<String>>,
    /// A short text the detector finds, for documentation (the built-in
    /// catalogue's examples are tested to be found).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// Regexes; a value they match is not a finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_patterns: Option<Vec<Pattern>>,
}

impl DetectorSpec {
    /// Field-wise override: every field set in `over` replaces the one in `self`.
    pub(crate) fn merged(mut self, over: &DetectorSpec) -> DetectorSpec {
        macro_rules! take {
            ($($f:ident),*) => { $( if over.$f.is_some() { self.$f = over.$f.clone(); } )* };
        }
        take!(
            name,
            category,
            tier,
            enabled,
            label,
            patterns,
            keywords,
            paired_keywords,
            case_sensitive,
            score,
            validator,
            context,
            negative_context,
            requires_context,
            requires_nearby,
            nearby_window,
            context_after_name,
            min_score,
            regulations,
            redactable,
            allow,
            allow_patterns,
            example
        );
        self
    }
}

/// One regex of a detector with its base score.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternSpec {
    /// The regex.
    pub regex: Pattern,
    /// Base score of a match (default: the detector's `score`, else 0.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
}
