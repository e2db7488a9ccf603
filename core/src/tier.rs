//! Tiers, actions and scores: the small ordered vocabularies of the policy.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A data tier, ordered from least to most restricted.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Published or publishable information.
    #[default]
    Public,
    /// Internal documentation, processes, internal hosts.
    Internal,
    /// Personal data, financial and health data, proprietary information.
    Sensitive,
    /// Credentials, national identifiers, privileged or classified material.
    Restricted,
}

impl Tier {
    /// All tiers from least to most restricted.
    pub const ALL: [Tier; 4] = [
        Tier::Public,
        Tier::Internal,
        Tier::Sensitive,
        Tier::Restricted,
    ];

    /// The snake_case name used in policies and the wire format.
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Public => "public",
            Tier::Internal => "internal",
            Tier::Sensitive => "sensitive",
            Tier::Restricted => "restricted",
        }
    }

    /// A capitalised name for messages.
    pub fn title(self) -> &'static str {
        match self {
            Tier::Public => "Public",
            Tier::Internal => "Internal",
            Tier::Sensitive => "Sensitive",
            Tier::Restricted => "Restricted",
        }
    }
}

impl std::str::FromStr for Tier {
    type Err = crate::Error;

    /// Parses the wire name (`public`, `internal`, `sensitive`, `restricted`).
    fn from_str(s: &str) -> Result<Tier, crate::Error> {
        Tier::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| {
                crate::Error::new(
                    crate::ErrorKind::InvalidArgument,
                    format!(
                        "unknown tier `{s}` (expected public, internal, sensitive or restricted)"
                    ),
                )
            })
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a host must do before text goes to a destination, ordered by severity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Send.
    Allow,
    /// Send, showing the message.
    Warn,
    /// Send only after the user confirms the message.
    Acknowledge,
    /// Send only the redacted text.
    Redact,
    /// Do not send.
    Block,
}

impl Action {
    /// Every action, least to most severe.
    pub const ALL: [Action; 5] = [
        Action::Allow,
        Action::Warn,
        Action::Acknowledge,
        Action::Redact,
        Action::Block,
    ];

    /// The snake_case name used in policies and the wire format.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Allow => "allow",
            Action::Warn => "warn",
            Action::Acknowledge => "acknowledge",
            Action::Redact => "redact",
            Action::Block => "block",
        }
    }

    /// Whether the text may be sent as it is without a user decision (allow or warn).
    pub fn permits_sending(self) -> bool {
        matches!(self, Action::Allow | Action::Warn)
    }
}

impl std::str::FromStr for Action {
    type Err = crate::Error;

    /// Parses the wire name (`allow`, `warn`, `acknowledge`, `redact`, `block`).
    fn from_str(s: &str) -> Result<Action, crate::Error> {
        Action::ALL
            .into_iter()
            .find(|a| a.as_str() == s)
            .ok_or_else(|| {
                crate::Error::new(
                    crate::ErrorKind::InvalidArgument,
                    format!(
                        "unknown action `{s}` (expected allow, warn, acknowledge, redact or block)"
                    ),
                )
            })
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A confidence score in `[0, 1]`, kept in hundredths so every runtime prints it identically.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Score(u8);

impl Score {
    /// The highest score.
    pub const MAX: Score = Score(100);

    /// A score from hundredths, saturating at 100.
    pub const fn from_hundredths(h: u8) -> Score {
        Score(if h > 100 { 100 } else { h })
    }

    /// The score in hundredths (0..=100).
    pub fn hundredths(self) -> u8 {
        self.0
    }

    /// The score as a float in `[0, 1]`.
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 100.0
    }

    /// A score from a float in `[0, 1]`, rounded to hundredths; `None` outside the range.
    pub fn from_f64(v: f64) -> Option<Score> {
        if (0.0..=1.0).contains(&v) {
            Some(Score((v * 100.0).round() as u8))
        } else {
            None
        }
    }

    pub(crate) fn add(self, delta: i16) -> Score {
        Score((i16::from(self.0) + delta).clamp(0, 100) as u8)
    }
}

impl fmt::Display for Score {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.as_f64())
    }
}

impl Serialize for Score {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_f64())
    }
}

impl<'de> Deserialize<'de> for Score {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Score, D::Error> {
        let v = f64::deserialize(d)?;
        Score::from_f64(v).ok_or_else(|| {
            serde::de::Error::custom(format!("score must be between 0 and 1, got {v}"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tiers_and_actions_are_ordered() {
        assert!(Tier::Public < Tier::Internal && Tier::Internal < Tier::Sensitive);
        assert!(Tier::Sensitive < Tier::Restricted);
        assert!(Action::Allow < Action::Warn && Action::Acknowledge < Action::Redact);
        assert!(Action::Redact < Action::Block);
        assert!(Action::Warn.permits_sending() && !Action::Acknowledge.permits_sending());
    }

    #[test]
    fn tier_names_parse_back() {
        for t in Tier::ALL {
            assert_eq!(t.as_str().parse::<Tier>().ok(), Some(t));
        }
        let err = "secret".parse::<Tier>().unwrap_err();
        assert_eq!(err.code(), "invalid_argument");
        for a in Action::ALL {
            assert_eq!(a.as_str().parse::<Action>().ok(), Some(a));
            assert_eq!(serde_json::to_value(a).unwrap(), a.as_str());
        }
        assert_eq!(
            "Allow".parse::<Action>().unwrap_err().code(),
            "invalid_argument"
        );
    }

    #[test]
    fn score_round_trips_through_json() {
        let s: Score = serde_json::from_str("0.85").unwrap();
        assert_eq!(s.hundredths(), 85);
        assert_eq!(serde_json::to_string(&s).unwrap(), "0.85");
        assert!(serde_json::from_str::<Score>("1.5").is_err());
        assert_eq!(Score::from_hundredths(90).add(35), Score::MAX);
        assert_eq!(Score::from_hundredths(10).add(-35).hundredths(), 0);
    }
}
