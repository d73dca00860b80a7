//! The questionnaire as data: what a legal team edits in `questionnaires/*.ron`.
//!
//! A questionnaire holds the questions (grouped in sections), the data categories that
//! are scored, the rules that move the scores, the legal obligations the answers trigger
//! and the actions the model recommends. Nothing about Macau law lives in code: the code
//! only knows how to evaluate these structures.

use serde::{Deserialize, Serialize};

use super::text::Text;
use crate::scale::{RiskLevel, Scale, Steps};

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

/// A reference to a legal instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// e.g. `Law 8/2005`, `PIPL`, `Law 13/2019`.
    pub instrument: String,
    /// e.g. `20`, `19–20`, `23`.
    #[serde(default)]
    pub article: String,
    /// e.g. `1`, `2(3)`, `(e)`.
    #[serde(default)]
    pub paragraph: String,
    /// False where the article's content could not be verified against a source read.
    /// Such a citation is shown with a warning and never justifies a risk effect.
    #[serde(default = "yes")]
    pub verified: bool,
}

fn yes() -> bool {
    true
}

impl Citation {
    /// "Law 8/2005, Art 21(1)", "Law 8/2005, Arts 19–20", "WP248 rev.01, criterion 7".
    pub fn label(&self) -> String {
        let mut s = self.instrument.clone();
        if !self.article.is_empty() {
            let plural = self.article.contains(['–', '-', ',']);
            s.push_str(if plural { ", Arts " } else { ", Art " });
            s.push_str(&self.article);
            if !self.paragraph.is_empty() {
                match self.paragraph.split_once('(') {
                    Some(("", _)) => s.push_str(&self.paragraph),
                    Some((head, rest)) => s.push_str(&format!("({head})({rest}")),
                    None => s.push_str(&format!("({})", self.paragraph)),
                }
            }
        }
        if self.article.is_empty() && !self.paragraph.is_empty() {
            s.push_str(", ");
            s.push_str(&self.paragraph);
        }
        if !self.verified {
            s.push_str(" [unverified]");
        }
        s
    }
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
}

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

/// A legal duty triggered by the answers, e.g. notifying the DSPDP within 8 days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    pub id: String,
    pub title: Text,
    pub text: Text,
    pub cite: Vec<Citation>,
    pub when: Condition,
    /// When the duty is already met, e.g. the notification has been filed.
    #[serde(default)]
    pub met: Option<Condition>,
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
            ColumnKind::Text => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Citation;

    fn c(instrument: &str, article: &str, paragraph: &str, verified: bool) -> String {
        Citation {
            instrument: instrument.into(),
            article: article.into(),
            paragraph: paragraph.into(),
            verified,
        }
        .label()
    }

    #[test]
    fn citations_read_as_lawyers_write_them() {
        assert_eq!(c("Law 8/2005", "21", "1", true), "Law 8/2005, Art 21(1)");
        assert_eq!(c("Law 8/2005", "19–20", "", true), "Law 8/2005, Arts 19–20");
        assert_eq!(c("Law 8/2005", "23", "(e)", true), "Law 8/2005, Art 23(e)");
        assert_eq!(
            c("Law 8/2005", "7", "2(3)", true),
            "Law 8/2005, Art 7(2)(3)"
        );
        assert_eq!(
            c("WP248 rev.01", "", "criterion 7", true),
            "WP248 rev.01, criterion 7"
        );
        assert_eq!(
            c("Law 8/2005", "8", "", false),
            "Law 8/2005, Art 8 [unverified]"
        );
    }
}
