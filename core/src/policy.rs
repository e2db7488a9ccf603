//! The policy document: tiers per category, destinations described by their
//! properties, ordered rules, regulations, allowlists and detector settings.
//!
//! A policy is data. [`Policy::builtin`] returns the embedded default
//! (`core/policy/default.toml`), which encodes the four-tier framework.

use crate::error::{Error, ErrorKind, Location};
use crate::tier::{Action, Score, Tier};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

/// The policy schema version this build reads.
pub const POLICY_SCHEMA: u32 = 1;

pub(crate) const BUILTIN_POLICY_TOML: &str = include_str!("../policy/default.toml");
pub(crate) const BUILTIN_DETECTORS_TOML: &str = include_str!("../policy/detectors.toml");

/// A parsed and checked policy.
///
/// Fields are public for reading; build policies with [`Policy::builtin`],
/// [`Policy::from_toml`] or [`Policy::from_json`] so they are always checked.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Schema version of the document; must be [`POLICY_SCHEMA`].
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
    /// The TOML source, kept so that errors found when the engine compiles the
    /// detectors can still point at a line.
    #[serde(skip)]
    pub(crate) toml_source: TomlSource,
}

/// A policy's TOML text; never part of equality or of the serialised form.
#[derive(Clone, Default)]
pub(crate) struct TomlSource(Option<std::sync::Arc<str>>);

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

impl Policy {
    /// Attaches the line and column of `err`'s policy path, when the policy came from TOML.
    pub(crate) fn locate(&self, err: Error) -> Error {
        match (&self.toml_source.0, err.location()) {
            (Some(src), None) => {
                let loc = err.path().and_then(|p| locate_toml_path(src, p));
                err.at(loc)
            }
            _ => err,
        }
    }
}

/// A probable mistake in a valid policy; see [`Policy::warnings`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyWarning {
    /// The dotted path of the policy item (`rules.3`, `destinations.claude-ai`).
    pub path: String,
    /// What looks wrong. Never contains scanned text.
    pub message: String,
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
    /// Where clients POST decision records (JSON, never text or values);
    /// `https://`, or `http://` to a loopback address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub collector_url: Option<String>,
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

impl Condition {
    pub(crate) fn matches(&self, d: &Destination) -> bool {
        fn ok(want: Option<bool>, have: bool) -> bool {
            want.is_none_or(|w| w == have)
        }
        ok(self.zero_retention, d.zero_retention)
            && ok(self.persistent, d.persistent)
            && ok(self.human_review, d.human_review)
            && ok(self.approved, d.approved)
            && self
                .destinations
                .as_ref()
                .is_none_or(|ids| ids.contains(&d.id))
    }
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
    /// Keywords match case-sensitively (default: ASCII case-insensitive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_sensitive: Option<bool>,
    /// Base score of keyword matches and of patterns without their own score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    /// Checksum or shape check a match must pass.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validator: Option<crate::validate::Validator>,
    /// Words near a match that raise its score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<Vec<String>>,
    /// Words near a match that lower its score.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negative_context: Option<Vec<String>>,
    /// Report only matches with a context word nearby.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_context: Option<bool>,
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
            case_sensitive,
            score,
            validator,
            context,
            negative_context,
            requires_context,
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

/// A regex source whose syntax was checked when the policy was read,
/// so a typo is reported with the line and column of the policy file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern(String);

impl Pattern {
    /// Checks the syntax of `source` as tiergate compiles it (ASCII classes by default).
    ///
    /// # Errors
    /// `policy_invalid` with the regex parser's explanation.
    pub fn new(source: &str) -> Result<Pattern, Error> {
        check_regex_syntax(source).map_err(|m| Error::new(ErrorKind::PolicyInvalid, m))?;
        Ok(Pattern(source.to_string()))
    }

    /// The regex source.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn check_regex_syntax(source: &str) -> Result<(), String> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(false)
        .build()
        .parse(source)
        .map(|_| ())
        .map_err(|e| {
            let why = match &e {
                regex_syntax::Error::Parse(e) => e.kind().to_string(),
                regex_syntax::Error::Translate(e) => e.kind().to_string(),
                _ => "unsupported syntax".to_string(),
            };
            format!("invalid regex: {why}")
        })
}

impl Serialize for Pattern {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Pattern, D::Error> {
        let s = String::deserialize(d)?;
        check_regex_syntax(&s).map_err(serde::de::Error::custom)?;
        Ok(Pattern(s))
    }
}

/// The built-in detector catalogue (`core/policy/detectors.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Catalogue {
    /// Schema version of the catalogue file; must be [`POLICY_SCHEMA`].
    pub schema: u32,
    pub detectors: BTreeMap<String, DetectorSpec>,
}

pub(crate) fn builtin_catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        // The catalogue is compiled into the binary and covered by tests;
        // failing here is a build defect, not a user error.
        let catalogue: Catalogue = toml::from_str(BUILTIN_DETECTORS_TOML)
            .map_err(|e: toml::de::Error| e.message().to_string())
            .and_then(|v| typed(v).map_err(|(path, message)| format!("{message} at {path}")))
            .unwrap_or_else(|e| panic!("built-in detector catalogue is invalid: {e}"));
        assert_eq!(catalogue.schema, POLICY_SCHEMA, "built-in catalogue schema");
        catalogue
    })
}

impl Policy {
    /// The embedded default policy: the four-tier framework for Claude deployments.
    pub fn builtin() -> Policy {
        static BUILTIN: OnceLock<Policy> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Policy::from_toml(BUILTIN_POLICY_TOML).expect("built-in policy is valid")
            })
            .clone()
    }

    /// The commented TOML source of the built-in policy (`tiergate policy show`).
    pub fn builtin_source() -> &'static str {
        BUILTIN_POLICY_TOML
    }

    /// Reads a policy from TOML.
    ///
    /// # Errors
    /// `policy_parse` for syntax or schema errors and `policy_invalid` for
    /// inconsistencies, both with the line and column when known.
    ///
    /// # Example
    /// ```
    /// let src = tiergate::Policy::builtin_source().replace("revision = \"", "revision = \"x-");
    /// let policy = tiergate::Policy::from_toml(&src)?;
    /// assert!(policy.revision.starts_with("x-"));
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn from_toml(source: &str) -> Result<Policy, Error> {
        let value: serde_json::Value = toml::from_str(source).map_err(|e| {
            let kind = parse_or_invalid(e.message());
            Error::new(kind, e.message().trim().to_string())
                .at(e.span().map(|s| Location::of_offset(source, s.start)))
        })?;
        let mut policy: Policy = typed(value).map_err(|(path, message)| {
            let at = locate_toml_path(source, &path).unwrap_or(Location { line: 1, column: 1 });
            Error::new(parse_or_invalid(&message), message).at(Some(at))
        })?;
        policy.toml_source = TomlSource(Some(source.into()));
        policy.check().map_err(|e| policy.locate(e))?;
        Ok(policy)
    }

    /// Reads a policy from JSON (the same schema as TOML).
    ///
    /// # Errors
    /// As [`Policy::from_toml`].
    pub fn from_json(source: &str) -> Result<Policy, Error> {
        let value: serde_json::Value = serde_json::from_str(source).map_err(|e| {
            let full = e.to_string();
            let msg = full
                .rsplit_once(" at line ")
                .map_or(full.as_str(), |(m, _)| m);
            let loc = (e.line() > 0).then_some(Location {
                line: e.line(),
                column: e.column(),
            });
            Error::new(parse_or_invalid(msg), msg.to_string()).at(loc)
        })?;
        let policy: Policy = typed(value).map_err(|(path, message)| {
            Error::new(parse_or_invalid(&message), message).with_path(path)
        })?;
        policy.check()?;
        Ok(policy)
    }

    /// Reads a policy from its text, TOML or JSON: text whose first non-blank
    /// character is `{` is JSON, anything else TOML. Bindings use it for a
    /// policy passed as a string.
    ///
    /// # Errors
    /// As [`Policy::from_toml`].
    ///
    /// # Example
    /// ```
    /// let json = tiergate::Policy::builtin().to_json();
    /// assert_eq!(tiergate::Policy::from_text(&json)?.id, tiergate::Policy::builtin().id);
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn from_text(source: &str) -> Result<Policy, Error> {
        if source.trim_start().starts_with('{') {
            Policy::from_json(source)
        } else {
            Policy::from_toml(source)
        }
    }

    /// [`Policy::from_text`] for a signed policy: the text is accepted only if
    /// `signature` was made over its exact bytes with the secret key of
    /// `public_key` (see [`crate::signing`]). Hosts configured with an
    /// organisation's public key load policies this way.
    ///
    /// # Errors
    /// `policy_signature` when the signature is missing, malformed, from
    /// another key or does not match; otherwise as [`Policy::from_text`].
    pub fn from_signed_text(
        source: &str,
        signature: &str,
        public_key: &str,
    ) -> Result<Policy, Error> {
        crate::signing::verify(source.as_bytes(), signature, public_key)?;
        Policy::from_text(source)
    }

    /// Reads a policy file, choosing TOML or JSON by its extension (`.json` is JSON).
    ///
    /// # Errors
    /// `io` when the file cannot be read; otherwise as [`Policy::from_toml`].
    pub fn from_path(path: impl AsRef<std::path::Path>) -> Result<Policy, Error> {
        let path = path.as_ref();
        let source = std::fs::read_to_string(path).map_err(|e| {
            Error::new(
                ErrorKind::Io,
                format!("cannot read policy {}: {e}", path.display()),
            )
        })?;
        if path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        {
            Policy::from_json(&source)
        } else {
            Policy::from_toml(&source)
        }
    }

    /// Things in a valid policy that are probably mistakes: rules that never
    /// decide (earlier rules cover every tier and destination they match),
    /// and approved destinations where not even public text may go. (Unknown
    /// destinations or categories are errors, not warnings.) `tiergate policy
    /// check` prints them.
    ///
    /// # Example
    /// ```
    /// assert!(tiergate::Policy::builtin().warnings().is_empty());
    /// ```
    pub fn warnings(&self) -> Vec<PolicyWarning> {
        let mut warnings = Vec::new();
        let mut used = vec![false; self.rules.len()];
        for dest in &self.destinations {
            for tier in Tier::ALL {
                if let Some(i) = self.rules.iter().position(|r| {
                    (r.tiers.is_empty() || r.tiers.contains(&tier)) && r.when.matches(dest)
                }) {
                    used[i] = true;
                }
            }
            let public = crate::decision::verdict(self, Tier::Public, &[], dest).action;
            if dest.approved && !public.permits_sending() {
                warnings.push(PolicyWarning {
                    path: format!("destinations.{}", dest.id),
                    message: format!(
                        "destination `{}` is approved but not even public text may be sent there (it gets `{public}`)",
                        dest.id
                    ),
                });
            }
        }
        for (i, rule) in self.rules.iter().enumerate() {
            let path = format!("rules.{i}");
            // A rule that matches no destination yet (`approved = false` while all
            // are approved) is a safeguard, not a mistake; a shadowed one is.
            let matches_any = self.destinations.iter().any(|d| rule.when.matches(d));
            if !used[i] && matches_any {
                warnings.push(PolicyWarning {
                    path,
                    message: format!(
                        "rule `{}` never decides: earlier rules cover every tier and destination it matches",
                        rule.id
                    ),
                });
            }
        }
        let client = &self.client;
        for (path, id) in [
            ("client.claude_ai", client.claude_ai_destination()),
            (
                "client.claude_ai_projects",
                client.claude_ai_projects_destination(),
            ),
        ] {
            if self.destination(id).is_none() {
                warnings.push(PolicyWarning {
                    path: path.to_string(),
                    message: format!(
                        "no destination `{id}`: the browser extension cannot decide on claude.ai and will {} (set {path})",
                        match client.on_error {
                            OnError::Block => "block sending",
                            OnError::Allow => "let text through unchecked",
                        }
                    ),
                });
            }
        }
        warnings
    }

    /// The policy in the JSON wire form (same schema as the TOML).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("policy serialises")
    }

    /// Looks up a destination by id.
    pub fn destination(&self, id: &str) -> Option<&Destination> {
        self.destinations.iter().find(|d| d.id == id)
    }

    /// Consistency checks that need no detector compilation.
    fn check(&self) -> Result<(), Error> {
        if self.schema != POLICY_SCHEMA {
            return Err(Error::invalid(
                "schema",
                format!(
                    "unsupported policy schema {} (this build reads {POLICY_SCHEMA})",
                    self.schema
                ),
            ));
        }
        if self.id.trim().is_empty() {
            return Err(Error::invalid("id", "policy id must not be empty"));
        }
        if self.destinations.is_empty() {
            return Err(Error::invalid(
                "destinations",
                "a policy needs at least one destination",
            ));
        }
        let mut seen = BTreeSet::new();
        for (i, d) in self.destinations.iter().enumerate() {
            let path = format!("destinations[{i}]");
            if !is_identifier(&d.id) {
                return Err(Error::invalid(
                    path,
                    format!(
                        "destination id `{}` must be lowercase letters, digits, `-` or `_`",
                        d.id
                    ),
                ));
            }
            if !seen.insert(d.id.as_str()) {
                return Err(Error::invalid(
                    path,
                    format!("destination `{}` is defined twice", d.id),
                ));
            }
            if d.zero_retention && d.retention_days.is_some_and(|n| n > 0) {
                return Err(Error::invalid(
                    path,
                    format!(
                        "destination `{}` has zero_retention but retention_days > 0",
                        d.id
                    ),
                ));
            }
        }
        let mut rule_ids = BTreeSet::new();
        for (i, r) in self.rules.iter().enumerate() {
            let path = format!("rules[{i}]");
            if !rule_ids.insert(r.id.as_str()) {
                return Err(Error::invalid(
                    path,
                    format!("rule `{}` is defined twice", r.id),
                ));
            }
            for id in r.when.destinations.iter().flatten() {
                if self.destination(id).is_none() {
                    return Err(Error::invalid(
                        path,
                        format!("rule `{}` names unknown destination `{id}`", r.id),
                    ));
                }
            }
            check_template(&r.message)
                .map_err(|m| Error::invalid(format!("rules[{i}].message"), m))?;
        }
        for (name, c) in &self.categories {
            if !is_identifier(name) {
                return Err(Error::invalid(
                    format!("categories.{name}"),
                    format!("category name `{name}` must be lowercase letters, digits, `-` or `_`"),
                ));
            }
            self.check_regulations(&c.regulations, &format!("categories.{name}.regulations"))?;
        }
        for (name, r) in &self.regulations {
            check_template(&r.message)
                .map_err(|m| Error::invalid(format!("regulations.{name}.message"), m))?;
        }
        self.check_client()
    }

    fn check_client(&self) -> Result<(), Error> {
        let named = [
            ("client.claude_ai", &self.client.claude_ai),
            ("client.claude_ai_projects", &self.client.claude_ai_projects),
        ];
        for (path, id) in named {
            if let Some(id) = id.as_deref().filter(|id| self.destination(id).is_none()) {
                return Err(Error::invalid(
                    path,
                    format!(
                        "unknown destination `{id}` (defined: {})",
                        self.destination_ids()
                    ),
                ));
            }
        }
        if let Some(url) = &self.client.collector_url {
            let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"];
            let ok = url.starts_with("https://")
                || loopback.iter().any(|p| {
                    url.strip_prefix(p)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
                });
            if !ok {
                return Err(Error::invalid(
                    "client.collector_url",
                    "collector_url must start with https:// (or http:// to a loopback address)",
                ));
            }
        }
        Ok(())
    }

    fn destination_ids(&self) -> String {
        self.destinations
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(crate) fn check_regulations(&self, tags: &[String], path: &str) -> Result<(), Error> {
        match tags.iter().find(|t| !self.regulations.contains_key(*t)) {
            Some(t) => Err(Error::invalid(
                path,
                format!(
                    "unknown regulation `{t}` (defined: {})",
                    self.regulations
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
            None => Ok(()),
        }
    }
}

pub(crate) const TEMPLATE_FIELDS: [&str; 6] = [
    "tier",
    "destination",
    "retention",
    "findings",
    "recommended",
    "escalation",
];

fn check_template(t: &str) -> Result<(), String> {
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("unclosed `{` in message template")?;
        let field = &after[..close];
        if !TEMPLATE_FIELDS.contains(&field) {
            return Err(format!(
                "unknown placeholder `{{{field}}}` in message template (known: {})",
                TEMPLATE_FIELDS.join(", ")
            ));
        }
        rest = &after[close + 1..];
    }
    Ok(())
}

/// Deserialises a document already parsed into a JSON value. TOML and JSON
/// policies (and the catalogue) all take this one path, so the schema's large
/// deserialisation code exists once in a build instead of once per format
/// (measured: 61 KB less gzip in the WebAssembly build). Errors give the
/// dotted path of the offending item — for an unknown field, the field's own
/// path — and the message.
fn typed<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, (String, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let message = e.inner().to_string();
        let mut path = e.path().to_string();
        if let Some(field) = message
            .strip_prefix("unknown field `")
            .and_then(|rest| rest.split('`').next())
        {
            path = if path == "." {
                field.to_string()
            } else {
                format!("{path}.{field}")
            };
        }
        (path, message)
    })
}

fn parse_or_invalid(message: &str) -> ErrorKind {
    // Values that parse but fail a value check (a bad regex, a score out of
    // range) are semantic problems; everything else is a parse/schema problem.
    if message.contains("invalid regex") || message.contains("score must be") {
        ErrorKind::PolicyInvalid
    } else {
        ErrorKind::PolicyParse
    }
}

pub(crate) fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Best-effort location of a dotted policy path (`detectors.x.category`,
/// `rules[2]`) in TOML source: the table header, then the key below it.
fn locate_toml_path(source: &str, path: &str) -> Option<Location> {
    let (head, key) = match path.split_once('[') {
        Some((table, idx)) => {
            // `rules[2]` or `rules[2].message`: the n-th `[[rules]]` header.
            let n: usize = idx.split(']').next()?.parse().ok()?;
            let header = format!("[[{table}]]");
            let (offset, _) = source.match_indices(&header).nth(n)?;
            let key = path.rsplit_once("].").map(|(_, k)| k.to_string());
            (offset, key)
        }
        None => {
            // `categories.x` is a table; `client.claude_ai` and
            // `detectors.x.patterns` are keys in one; `a.b =` is a dotted key.
            let parts: Vec<&str> = path.split('.').collect();
            (1..=parts.len()).rev().find_map(|n| {
                let table = parts[..n].join(".");
                let at = source
                    .find(&format!("[{table}]"))
                    .or_else(|| source.find(&format!("{table} =")))?;
                Some((at, parts.get(n).map(|k| k.to_string())))
            })?
        }
    };
    let offset = key
        .and_then(|k| {
            let k = k.split('.').next().unwrap_or(&k).to_string();
            let section = &source[head..];
            let end = section[1..].find("\n[").map_or(section.len(), |e| e + 1);
            // `\nkey =`, `\nkey.sub =`: not a longer key that starts the same.
            let needle = format!("\n{k}");
            section[..end]
                .match_indices(&needle)
                .find(|(o, _)| {
                    section[o + needle.len()..]
                        .trim_start_matches([' ', '\t'])
                        .starts_with(['=', '.'])
                })
                .map(|(o, _)| head + o + 1)
        })
        .unwrap_or(head);
    Some(Location::of_offset(source, offset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warnings_name_shadowed_rules_and_closed_destinations() {
        let src = BUILTIN_POLICY_TOML.replacen(
            "[[rules]]",
            "[[rules]]\nid = \"lockdown\"\nwhen = { destinations = [\"claude-ai\"] }\naction = \"block\"\n\n[[rules]]",
            1,
        ) + "\n[[rules]]\nid = \"late\"\ntiers = [\"public\"]\naction = \"warn\"\n";
        let policy = Policy::from_toml(&src).unwrap();
        let warnings: Vec<(String, String)> = policy
            .warnings()
            .into_iter()
            .map(|w| (w.path, w.message))
            .collect();
        let has =
            |path: &str, words: &str| warnings.iter().any(|(p, m)| p == path && m.contains(words));
        assert!(
            has("destinations.claude-ai", "not even public text"),
            "{warnings:?}"
        );
        let last = format!("rules.{}", policy.rules.len() - 1);
        assert!(has(&last, "rule `late` never decides"), "{warnings:?}");
        assert_eq!(warnings.len(), 2, "{warnings:?}");
    }

    #[test]
    fn client_section_maps_claude_ai_and_is_checked() {
        let builtin = Policy::builtin();
        assert_eq!(builtin.client.on_error, OnError::Block);
        assert_eq!(
            builtin.client.claude_ai_destination_for("/chat/1"),
            "claude-ai"
        );
        assert_eq!(
            builtin.client.claude_ai_destination_for("/project/1"),
            "claude-projects"
        );
        assert_eq!(
            builtin.client.claude_ai_destination_for("/projects"),
            "claude-ai"
        );

        let zdr = BUILTIN_POLICY_TOML
            .replace(
                "claude_ai = \"claude-ai\"",
                "claude_ai = \"claude-enterprise-zdr\"",
            )
            .replace("on_error = \"block\"", "on_error = \"allow\"")
            .replace(
                "require_justification = false",
                "require_justification = true",
            );
        let p = Policy::from_toml(&zdr).unwrap();
        assert_eq!(
            p.client.claude_ai_destination_for("/new"),
            "claude-enterprise-zdr"
        );
        assert_eq!(p.client.on_error, OnError::Allow);
        assert!(p.client.require_justification);
        // The JSON form carries it, so every binding reads the same settings.
        assert_eq!(Policy::from_json(&p.to_json()).unwrap().client, p.client);
        assert_eq!(
            Client::default().to_json(),
            r#"{"claude_ai":"claude-ai","claude_ai_projects":"claude-projects","collector_url":null,"on_error":"block","require_justification":false}"#
        );

        let unknown =
            BUILTIN_POLICY_TOML.replace("claude_ai = \"claude-ai\"", "claude_ai = \"claude-zdr\"");
        let err = Policy::from_toml(&unknown).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::PolicyInvalid);
        assert_eq!(err.path(), Some("client.claude_ai"));
        assert!(
            err.message().contains("unknown destination `claude-zdr`"),
            "{err}"
        );
        assert!(err.location().is_some(), "points at the line");

        for (url, ok) in [
            ("https://audit.example/t", true),
            ("http://127.0.0.1:8080/t", true),
            ("http://localhost/t", true),
            ("http://localhost.evil.example/t", false),
            ("http://audit.example/t", false),
            ("ftp://x", false),
        ] {
            let src = format!("{BUILTIN_POLICY_TOML}collector_url = \"{url}\"\n");
            assert_eq!(Policy::from_toml(&src).is_ok(), ok, "{url}");
        }

        // A policy without the default destinations still loads, with a warning.
        let mut custom = Policy::builtin();
        custom.client = Client::default();
        custom.destinations.retain(|d| d.id == "claude-api");
        custom
            .rules
            .iter_mut()
            .for_each(|r| r.when.destinations = None);
        let warnings = custom.warnings();
        assert!(
            warnings
                .iter()
                .any(|w| w.path == "client.claude_ai" && w.message.contains("will block sending")),
            "{warnings:?}"
        );
    }

    #[test]
    fn builtin_policy_parses_and_has_the_four_deployments() {
        let p = Policy::builtin();
        let ids: Vec<_> = p.destinations.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "claude-ai",
                "claude-api",
                "claude-projects",
                "claude-enterprise-zdr"
            ]
        );
        assert!(
            p.destination("claude-enterprise-zdr")
                .unwrap()
                .zero_retention
        );
        assert!(p
            .destination("claude-projects")
            .unwrap()
            .retention_days
            .is_none());
    }

    #[test]
    fn catalogue_has_the_policy_schema() {
        assert_eq!(builtin_catalogue().schema, POLICY_SCHEMA);
        assert!(builtin_catalogue().detectors.len() >= 40);
    }

    #[test]
    fn json_round_trip_gives_the_same_policy() {
        let p = Policy::builtin();
        assert_eq!(Policy::from_json(&p.to_json()).unwrap(), p);
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let src = BUILTIN_POLICY_TOML.replacen("schema = 1", "schema = 1\nbroken = [", 1);
        let e = Policy::from_toml(&src).unwrap_err();
        assert_eq!(e.code(), "policy_parse");
        assert!(e.location().is_some(), "{e}");
    }

    #[test]
    fn unknown_field_is_a_parse_error_with_location() {
        let src = BUILTIN_POLICY_TOML.replacen("[settings]", "[settings]\nmin_scor = 0.4", 1);
        let e = Policy::from_toml(&src).unwrap_err();
        assert_eq!(e.code(), "policy_parse");
        assert!(e.message().contains("min_scor"), "{e}");
        let loc = e.location().unwrap();
        let line = src.lines().nth(loc.line - 1).unwrap();
        assert!(line.contains("min_scor"), "{line}");
    }

    #[test]
    fn bad_regex_is_invalid_with_location() {
        let src = format!("{BUILTIN_POLICY_TOML}\n[detectors.codename]\ncategory = \"codename\"\n[[detectors.codename.patterns]]\nregex = '(unclosed'\n");
        let e = Policy::from_toml(&src).unwrap_err();
        assert_eq!(e.code(), "policy_invalid");
        assert!(e.message().contains("unclosed group"), "{e}");
        let loc = e.location().unwrap();
        assert!(src.lines().nth(loc.line - 1).unwrap().contains("(unclosed"));
    }

    #[test]
    fn semantic_errors_point_at_the_item() {
        let src = BUILTIN_POLICY_TOML.replacen("id = \"claude-api\"", "id = \"claude-ai\"", 1);
        let e = Policy::from_toml(&src).unwrap_err();
        assert_eq!(e.code(), "policy_invalid");
        assert!(e.message().contains("defined twice"), "{e}");
        let loc = e.location().expect("located");
        assert!(src
            .lines()
            .nth(loc.line - 1)
            .unwrap()
            .contains("[[destinations]]"));

        let e = Policy::from_toml(&BUILTIN_POLICY_TOML.replacen("schema = 1", "schema = 9", 1))
            .unwrap_err();
        assert!(e.message().contains("unsupported policy schema 9"));
    }

    #[test]
    fn engine_errors_point_at_the_detector() {
        let src = format!("{BUILTIN_POLICY_TOML}\n[detectors.codename]\ncategory = \"nope\"\nkeywords = [\"Bluebird\"]\n");
        let e = crate::Engine::new(Policy::from_toml(&src).unwrap()).unwrap_err();
        assert_eq!(e.code(), "policy_invalid");
        assert_eq!(e.path(), Some("detectors.codename.category"));
        let loc = e.location().expect("located");
        assert!(
            src.lines()
                .nth(loc.line - 1)
                .unwrap()
                .starts_with("category = \"nope\""),
            "{e}"
        );
    }

    #[test]
    fn unknown_template_placeholder_is_rejected() {
        assert!(check_template("a {tier} b").is_ok());
        assert!(check_template("a {text} b").unwrap_err().contains("{text}"));
        assert!(check_template("a {tier").is_err());
    }

    #[test]
    fn condition_matches_destination_properties() {
        let p = Policy::builtin();
        let zdr = p.destination("claude-enterprise-zdr").unwrap();
        let web = p.destination("claude-ai").unwrap();
        let c = Condition {
            zero_retention: Some(true),
            ..Condition::default()
        };
        assert!(c.matches(zdr) && !c.matches(web));
        let c = Condition {
            destinations: Some(vec!["claude-ai".into()]),
            ..Condition::default()
        };
        assert!(c.matches(web) && !c.matches(zdr));
        assert_eq!(web.retention_phrase(), "for 30 days");
        assert_eq!(zdr.retention_phrase(), "not at all");
    }
}
