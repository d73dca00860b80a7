//! The questionnaire as data: what a legal team edits in `questionnaires/*.ron`.
//!
//! A questionnaire holds the questions (grouped in sections), the data categories that
//! are scored, the rules that move the scores, the legal obligations the answers trigger
//! and the actions the model recommends. Nothing about Macau law lives in code: the code
//! only knows how to evaluate these structures.
//!
//! This file holds the questionnaire itself, its data categories, sections and questions,
//! how a question is answered and the conditions over answers. What a questionnaire
//! declares besides stands in files of its own, one a concern: citations (`citation`),
//! what answers do to the figures (`scoring`), the duties and actions they call for
//! (`duties`), the screening verdict (`screening`), the classification of data flows
//! (`transfers`) and the DSPDP filing (`filing`).

use serde::{Deserialize, Serialize};

use super::text::Text;
use crate::scale::{RiskLevel, Scale};

mod citation;
mod duties;
mod filing;
mod scoring;
mod screening;
mod transfers;

pub use citation::{Citation, Instrument, Level};
pub use duties::{ActionTemplate, Belief, Obligation, Priority};
pub use filing::{
    ContentItem, Filing, Fill, Procedure, PurposeLink, Reason, TransferFilings, Trigger,
};
pub use scoring::{Effect, Rule, Scoring, Target};
pub use screening::{Criterion, Screening, Verdict};
pub use transfers::{Requirement, TransferState, Transfers};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable identifier, e.g. `macau-pdpa`. Drafts name the questionnaire by it.
    pub id: String,
    /// The questionnaire's own version, e.g. `1.0.0`. Bump it on every content change.
    pub version: String,
    pub title: Text,
    #[serde(default)]
    pub description: Text,
    /// Languages whose translations are complete. English is always required.
    #[serde(default = "default_languages")]
    pub languages: Vec<String>,
    /// The 4×4 matrix: `matrix[severity][likelihood]`, both from Negligible to Maximum.
    pub matrix: Vec<Vec<RiskLevel>>,
    pub categories: Vec<Category>,
    pub sections: Vec<Section>,
    /// Rules that combine several answers. Effects of a single answer sit on its question.
    #[serde(default)]
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub obligations: Vec<Obligation>,
    #[serde(default)]
    pub actions: Vec<ActionTemplate>,
    /// How raises add up and figures read as levels. Absent: the original model (every
    /// raise in full, a figure between two levels reads as the higher, a sensitive
    /// category's floor holds after measures too), kept so that old records still verify.
    #[serde(default)]
    pub scoring: Option<Scoring>,
    /// How the screening section reaches its verdict: is a full assessment needed?
    #[serde(default)]
    pub screening: Option<Screening>,
    /// How each row of the data flows question is classified: inside Macau, or a
    /// transfer whose basis is in force, applied for, claimed or missing.
    #[serde(default)]
    pub transfers: Option<Transfers>,
    /// The notify-or-authorise decision for each purpose (Arts 21–22, 20(2)).
    #[serde(default)]
    pub filing: Option<Filing>,
    /// The items a notification or an authorisation request must state (Art 23 (a)–(j)),
    /// and the answers that fill each.
    #[serde(default)]
    pub notification: Vec<ContentItem>,
    /// The instruments the citations name, with their titles in each language, so a
    /// citation reads in local style: 第8/2005號法律第二十一條第一款, n.º 1 do artigo 21.º
    /// da Lei n.º 8/2005. An instrument not listed is cited by its name as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub instruments: Vec<Instrument>,
}

/// The usual 4×4 matrix, used only when a questionnaire's own is malformed.
pub const STANDARD_MATRIX: [[RiskLevel; 4]; 4] = {
    use RiskLevel::*;
    [
        [Low, Low, Medium, Medium],
        [Low, Medium, Medium, High],
        [Medium, Medium, High, VeryHigh],
        [Medium, High, VeryHigh, VeryHigh],
    ]
};

fn default_languages() -> Vec<String> {
    vec![super::text::BASE_LANGUAGE.to_string()]
}

/// A kind of personal data that is scored on its own (biometric, health, location, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub about: Text,
    /// Where the severity starts before any answer moves it.
    pub severity: Scale,
    /// Where the likelihood starts before any answer moves it.
    pub likelihood: Scale,
    /// When present, the category is sensitive: its severity never drops below Significant.
    #[serde(default)]
    pub sensitive: Option<Sensitivity>,
    /// When the category is processed at all; categories out of scope are not scored.
    pub in_scope: Condition,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sensitivity {
    pub because: Text,
    #[serde(default)]
    pub cite: Vec<Citation>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub intro: Text,
    /// When the whole section is asked; absent means always.
    #[serde(default)]
    pub show_if: Option<Condition>,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub prompt: Text,
    /// "Why this matters", in plain language for someone who is not a lawyer.
    #[serde(default)]
    pub help: Text,
    /// A concrete example answer or situation.
    #[serde(default)]
    pub example: Text,
    #[serde(default)]
    pub cite: Vec<Citation>,
    pub kind: AnswerKind,
    /// When the question is asked, over earlier answers; absent means always.
    #[serde(default)]
    pub show_if: Option<Condition>,
    /// What this question's answer does to the risk figures.
    #[serde(default)]
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: Text,
    #[serde(default)]
    pub help: Text,
}

/// How a question is answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AnswerKind {
    /// Yes, no, or "I'm not sure" (choice ids `yes`, `no`, `unsure`).
    YesNo,
    Single(Vec<Choice>),
    Multi(Vec<Choice>),
    /// The data categories declared by the questionnaire, as a multiple choice.
    Categories,
    Text {
        #[serde(default)]
        multiline: bool,
    },
    Number {
        #[serde(default)]
        unit: Text,
        #[serde(default)]
        min: Option<i64>,
        #[serde(default)]
        max: Option<i64>,
    },
    Date,
    /// Repeatable rows, e.g. one row per data flow.
    Rows(Vec<Column>),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub id: String,
    pub label: Text,
    #[serde(default)]
    pub help: Text,
    pub kind: ColumnKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum ColumnKind {
    Text,
    /// A date, `YYYY-MM-DD`, stored as text: the evidence of an act such as a filing.
    Date,
    Single(Vec<Choice>),
    Multi(Vec<Choice>),
    Categories,
}

/// A display or rule condition over answers. Answers to questions that are not shown
/// count as absent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Condition {
    /// The answer is (single, yes/no) or includes (multi, categories) this choice.
    Is(String, String),
    /// The answer is or includes any of these choices.
    IsAny(String, Vec<String>),
    /// The question has an answer.
    Answered(String),
    /// A number answer is at least this value.
    AtLeast(String, i64),
    /// A number answer is below this value.
    Below(String, i64),
    /// At least one row of a rows question passes every test.
    AnyRow(String, Vec<RowTest>),
    /// The data category is in scope.
    Processes(String),
    /// Every row of a rows question passes every test (false when there are no rows).
    EveryRow(String, Vec<RowTest>),
    /// Some data flow is a transfer in one of these states: `in_force`, `applied`,
    /// `claimed`, `none` (see `Transfers`).
    Transfer(Vec<TransferState>),
    /// The screening's verdict is one of these (see `Screening`).
    Screening(Vec<Verdict>),
    /// Some purpose needs this procedure with the DSPDP (see `Filing`).
    Procedure(Procedure),
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
}

/// A test on one row of a rows question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum RowTest {
    /// The cell is, or includes, one of these choices.
    In(String, Vec<String>),
    /// The cell is not, and does not include, any of these choices.
    NotIn(String, Vec<String>),
    /// The cell holds something: text or a date that is not blank, or a choice.
    Filled(String),
    /// The cell is absent or blank.
    Empty(String),
}

impl Questionnaire {
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// The risk level of a position on the matrix. A malformed matrix (which the check
    /// reports) falls back to the standard one rather than failing.
    pub fn level(&self, severity: Scale, likelihood: Scale) -> RiskLevel {
        let (s, l) = (severity as usize, likelihood as usize);
        self.matrix
            .get(s)
            .and_then(|row| row.get(l))
            .copied()
            .unwrap_or(STANDARD_MATRIX[s][l])
    }

    pub fn question_count(&self) -> usize {
        self.sections.iter().map(|s| s.questions.len()).sum()
    }
}

impl AnswerKind {
    /// The choice ids a condition may name for this kind, or `None` for kinds without choices.
    pub fn choice_ids<'a>(&'a self, q: &'a Questionnaire) -> Option<Vec<&'a str>> {
        match self {
            AnswerKind::YesNo => Some(vec!["yes", "no", "unsure"]),
            AnswerKind::Single(c) | AnswerKind::Multi(c) => {
                Some(c.iter().map(|c| c.id.as_str()).collect())
            }
            AnswerKind::Categories => Some(q.categories.iter().map(|c| c.id.as_str()).collect()),
            _ => None,
        }
    }
}

impl ColumnKind {
    pub fn choice_ids<'a>(&'a self, q: &'a Questionnaire) -> Option<Vec<&'a str>> {
        match self {
            ColumnKind::Single(c) | ColumnKind::Multi(c) => {
                Some(c.iter().map(|c| c.id.as_str()).collect())
            }
            ColumnKind::Categories => Some(q.categories.iter().map(|c| c.id.as_str()).collect()),
            ColumnKind::Text | ColumnKind::Date => None,
        }
    }
}
