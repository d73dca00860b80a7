//! What answers do to the risk figures: the effects a question's answer has (raises,
//! floors, protective measures), the rules that combine several answers to the same
//! effect, the categories an effect moves, and how raises add up.

use serde::{Deserialize, Serialize};

use super::{Citation, Condition, RowTest, Text};
use crate::scale::{Scale, Steps};

/// Which categories an effect moves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Target {
    /// Every category in scope.
    All,
    /// These categories, if in scope.
    Only(Vec<String>),
    /// The categories named in the rows of a rows question that pass every test,
    /// e.g. the categories carried by flows that leave Macau with no legal basis.
    Rows {
        question: String,
        column: String,
        #[serde(default)]
        rows: Vec<RowTest>,
        /// Only these categories among those the rows carry (empty: all of them).
        #[serde(default)]
        only: Vec<String>,
    },
}

/// What one answer does to the risk figures. `when` lists the choices of the question
/// that trigger it (`["yes", "unsure"]`); empty means any answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Effect {
    /// Raises inherent figures (and so residual ones) by a number of levels.
    Raise {
        #[serde(default)]
        when: Vec<String>,
        to: Target,
        #[serde(default)]
        severity: Steps,
        #[serde(default)]
        likelihood: Steps,
        because: Text,
    },
    /// Puts a floor under inherent and residual figures: no measure takes them below it.
    Floor {
        #[serde(default)]
        when: Vec<String>,
        to: Target,
        #[serde(default)]
        severity: Option<Scale>,
        #[serde(default)]
        likelihood: Option<Scale>,
        because: Text,
    },
    /// A protective measure: lowers residual figures by a number of levels.
    /// `action` is recommended when the measure is not in place.
    Measure {
        #[serde(default)]
        when: Vec<String>,
        to: Target,
        #[serde(default)]
        severity: Steps,
        #[serde(default)]
        likelihood: Steps,
        because: Text,
        #[serde(default)]
        action: Option<Text>,
    },
}

/// A rule over several answers, with the same effects as a question's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub when: Condition,
    pub effect: Effect,
    #[serde(default)]
    pub cite: Vec<Citation>,
}

/// How the figures are computed (see FORMAT.md, "How the figures are computed").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// How many raises on one axis count in full, the largest first. Further raises
    /// count half: many small aggravating factors do not reach the top on their own.
    pub full_raises: usize,
    /// The most that raises can add on one axis, in levels (floors are not limited).
    pub raise_cap: Steps,
    /// The floor under a sensitive category's severity after measures. Before measures
    /// it is Significant; after, measures such as deleting data early may take it lower,
    /// down to this.
    pub sensitive_residual: Scale,
}

impl Effect {
    pub fn when(&self) -> &[String] {
        match self {
            Effect::Raise { when, .. }
            | Effect::Floor { when, .. }
            | Effect::Measure { when, .. } => when,
        }
    }
    pub fn target(&self) -> &Target {
        match self {
            Effect::Raise { to, .. } | Effect::Floor { to, .. } | Effect::Measure { to, .. } => to,
        }
    }
    pub fn because(&self) -> &Text {
        match self {
            Effect::Raise { because, .. }
            | Effect::Floor { because, .. }
            | Effect::Measure { because, .. } => because,
        }
    }
    pub fn is_measure(&self) -> bool {
        matches!(self, Effect::Measure { .. })
    }
}
