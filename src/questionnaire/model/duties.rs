//! What the answers call for besides figures: the legal duties they trigger (with what
//! meets each, and a user's belief that one does not apply) and the actions the model
//! recommends for the action plan.

use serde::{Deserialize, Serialize};

use super::{Citation, Condition, Procedure, Text};

/// A legal duty triggered by the answers, e.g. notifying the DSPDP within 8 days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    pub id: String,
    /// Set on the duty the DSPDP filing meets: the notification (Art 21) or the prior
    /// authorisation (Art 22, Art 20(2)). The filing pack and the evidence bundle report
    /// whether the filing is recorded by these duties' state.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub files: Option<Procedure>,
    pub title: Text,
    pub text: Text,
    pub cite: Vec<Citation>,
    pub when: Condition,
    /// When the act is done, e.g. the notification has been filed. The duty counts as
    /// met only when this holds *and* every `evidence` question is answered.
    #[serde(default)]
    pub met: Option<Condition>,
    /// Questions whose answers prove the act: a date, a reference, a number. An opinion
    /// ("not needed", "yes") never meets a duty on its own.
    #[serde(default)]
    pub evidence: Vec<String>,
    /// Questions shown with the evidence when answered, never required: the DSPDP's
    /// reference, which comes after the filing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shows: Vec<String>,
    /// What would meet the duty, in words: shown while it is open.
    #[serde(default)]
    pub needs: Text,
    /// When the act is done but the DSPDP has not decided yet: open, awaiting the DSPDP.
    #[serde(default)]
    pub awaiting: Option<Condition>,
    /// When the user believes the duty does not apply: recorded with its reason, kept
    /// open, and shown to the reviewer with what a lawyer should confirm.
    #[serde(default)]
    pub belief: Option<Belief>,
}

/// A user's belief that a duty does not apply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Belief {
    pub when: Condition,
    /// What is believed, in words that read in a report too ("Believed to need no
    /// authorisation").
    #[serde(default)]
    pub says: Text,
    /// The question whose answer gives the user's reason.
    #[serde(default)]
    pub reason: Option<String>,
    /// What a lawyer should confirm before the belief is relied on.
    pub confirm: Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Priority {
    High,
    Medium,
    Low,
}

/// An action the model recommends for the action plan. Written `Action(…)` in RON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Action")]
pub struct ActionTemplate {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub detail: Text,
    pub priority: Priority,
    pub when: Condition,
    #[serde(default)]
    pub cite: Vec<Citation>,
}
