//! The screening: the criteria that decide whether a full assessment is needed, and the
//! verdict they reach.

use serde::{Deserialize, Serialize};

use super::{Citation, Condition, Text};

/// The screening verdict: is a full assessment needed?
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Verdict {
    /// A rule of law requires an assessment (e.g. PIPL Art 55).
    Needed,
    /// Enough criteria are met that an assessment is likely needed (WP248: two or more).
    LikelyNeeded,
    /// Some sign, short of the threshold: an assessment may be needed.
    MayBeNeeded,
    /// No criterion is met.
    NotNeeded,
    /// Some screening question is still unanswered.
    Incomplete,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screening {
    /// Criteria counted towards `likely_at` (WP248's nine).
    pub criteria: Vec<Criterion>,
    /// Any of these makes the assessment needed.
    #[serde(default)]
    pub required: Vec<Criterion>,
    /// Any of these makes an assessment at least possibly needed, without being counted.
    #[serde(default)]
    pub signs: Vec<Criterion>,
    /// How many criteria make an assessment likely needed.
    pub likely_at: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    pub id: String,
    pub title: Text,
    pub when: Condition,
    #[serde(default)]
    pub cite: Vec<Citation>,
}
