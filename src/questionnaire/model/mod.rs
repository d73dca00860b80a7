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

/// A legal instrument, as citations name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// The `instrument` of the citations that name it: `Law 8/2005`.
    pub name: String,
    /// Its title in each language: 第8/2005號法律, Lei n.º 8/2005.
    pub title: Text,
    /// Its title after "of" where a language needs one (Portuguese: da Lei n.º 8/2005);
    /// the title when empty.
    #[serde(default, skip_serializing_if = "Text::is_blank")]
    pub of: Text,
    /// Whether it is cited by article, paragraph and item (a law); guidance and case
    /// notes are cited by their title and, for WP248, a criterion.
    #[serde(default)]
    pub articles: bool,
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
    /// Superseded by `level`, which says how it was verified; kept so that questionnaires
    /// written before levels existed still read.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub verified: bool,
    /// How far the citation is verified: the text read, confirmed through the regulator's
    /// own notes, or unverified. Absent: `Verified` unless `verified: false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// How far a citation is verified, as in the legal reference: V, V* and U.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// The article's text was read (V).
    Verified,
    /// Its number and content were read in the regulator's notes, a court ruling or
    /// government news that cites it (V*).
    Confirmed,
    /// Not verified (U): shown as such, and never the ground of a score or an obligation.
    Unverified,
}

impl Level {
    /// May a citation at this level justify a score effect or an obligation?
    pub fn justifies(self) -> bool {
        self != Level::Unverified
    }

    pub fn key(self) -> &'static str {
        match self {
            Level::Verified => "verified",
            Level::Confirmed => "confirmed",
            Level::Unverified => "unverified",
        }
    }
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
        match self.level() {
            Level::Verified => {}
            Level::Confirmed => s.push_str(" [confirmed through the regulator]"),
            Level::Unverified => s.push_str(" [unverified]"),
        }
        s
    }

    pub fn level(&self) -> Level {
        match self.level {
            Some(l) => l,
            None if self.verified => Level::Verified,
            None => Level::Unverified,
        }
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

/// The state of a data flow's legal basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TransferState {
    /// Not a transfer: the data stays in Macau.
    Inside,
    /// A basis evidenced as in force (granted or filed, with its date and reference).
    InForce,
    /// Applied for or filed, awaiting the DSPDP.
    Applied,
    /// A basis named but not evidenced.
    Claimed,
    /// No basis, or not known.
    None,
}

/// How the rows of the data flows question are classified. Each list holds alternatives:
/// a row is in a state when it passes every test of one of them, tried in the order
/// inside, in force, applied, claimed; otherwise its state is `None`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transfers {
    pub question: String,
    /// The column with the data categories a row carries.
    pub categories: String,
    /// The column naming where the data goes, shown with the transfer.
    pub location: String,
    /// The column naming the basis, shown with the transfer.
    pub basis: String,
    /// The column naming the recipient or system, shown with the transfer.
    #[serde(default)]
    pub name: Option<String>,
    /// The columns holding the evidence (the DSPDP's reference, the date), shown with it.
    #[serde(default)]
    pub evidence: Vec<String>,
    pub inside: Vec<Vec<RowTest>>,
    pub in_force: Vec<Vec<RowTest>>,
    #[serde(default)]
    pub applied: Vec<Vec<RowTest>>,
    #[serde(default)]
    pub claimed: Vec<Vec<RowTest>>,
    /// What a basis needs besides the row's own cells to be in force, e.g. consent that
    /// was actually obtained and recorded. A row that would be in force without it is
    /// only claimed.
    #[serde(default)]
    pub requires: Vec<Requirement>,
}

/// A condition a basis needs to be in force: rows whose `basis` column holds one of
/// `basis` are in force only when `when` holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub basis: Vec<String>,
    pub when: Condition,
}

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

/// What the DSPDP must be asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Procedure {
    /// A notification (Art 21).
    Notify,
    /// A prior authorisation (Art 22, Art 20(2)).
    Authorise,
}

/// The notify-or-authorise decision, purpose by purpose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Filing {
    /// The rows question listing the purposes (or sets of related purposes).
    pub purposes: String,
    /// Its columns: the purpose's name, its legal ground and its data categories.
    pub name: String,
    pub ground: String,
    pub categories: String,
    /// Ground choices that are no ground at all (`none`, `unsure`).
    #[serde(default)]
    pub no_ground: Vec<String>,
    /// Why a purpose is notified: the default procedure.
    pub notify: Reason,
    /// What makes a purpose need an authorisation instead.
    pub authorise: Vec<Trigger>,
    /// The transfers the filing pack gives their own content: those notified under
    /// Art 20(1), and those under the GBA standard contract.
    #[serde(default)]
    pub transfers: Option<TransferFilings>,
}

/// Which data flows the filing pack sets out as transfers to notify (Art 20(1)) or as
/// flows under the GBA standard contract, and what it shows for each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransferFilings {
    /// The columns of the data flows question shown for each transfer.
    pub columns: Vec<String>,
    /// Rows notified under Art 20(1): each list holds alternatives of row tests.
    pub notified: Vec<Vec<RowTest>>,
    #[serde(default)]
    pub notified_cite: Vec<Citation>,
    /// Rows under the GBA standard contract.
    #[serde(default)]
    pub gba: Vec<Vec<RowTest>>,
    #[serde(default)]
    pub gba_cite: Vec<Citation>,
    /// What the GBA contract's filing asks for besides the row (answers, lists).
    #[serde(default)]
    pub gba_facts: Vec<Fill>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reason {
    pub because: Text,
    pub cite: Vec<Citation>,
}

/// A reason for authorisation. It applies to a purpose when the purpose's row passes
/// `row`, `when` holds, and, if `flows` is given, some row of the data flows question
/// (see `Transfers`) passes one of its alternatives and carries a category of the purpose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trigger {
    pub id: String,
    #[serde(default)]
    pub row: Vec<RowTest>,
    #[serde(default)]
    pub when: Option<Condition>,
    #[serde(default)]
    pub flows: Vec<Vec<RowTest>>,
    pub because: Text,
    pub cite: Vec<Citation>,
}

/// One item of a notification's content (Art 23 (a)–(j)).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Item")]
pub struct ContentItem {
    /// The item's letter, e.g. `a`.
    pub id: String,
    pub title: Text,
    /// When the answers fill the item.
    pub complete: Condition,
    /// What to answer to fill it, in words.
    pub missing: Text,
    #[serde(default)]
    pub cite: Vec<Citation>,
    /// What fills the item in the filing pack (`farol filing`), in order: answers, rows
    /// of a table with chosen columns, lists of answers. See FORMAT.md, "The filing pack".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fill: Vec<Fill>,
}

/// One source of an Art 23 item's content, read from the answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Fill {
    /// A question's answer, under `label` (the question's prompt when blank). Unanswered,
    /// it is a gap unless `optional`.
    Answer {
        question: String,
        #[serde(default)]
        label: Text,
        #[serde(default)]
        optional: bool,
    },
    /// Several answers, one a line as "prompt: answer" (the security measures of (j)).
    /// Each unanswered one is a gap unless `optional`.
    Answers {
        questions: Vec<String>,
        #[serde(default)]
        label: Text,
        #[serde(default)]
        optional: bool,
    },
    /// The rows of a rows question that pass every test of `rows`, each with the cells
    /// of `columns` (under their labels). `purpose` ties rows to the purpose filed; an
    /// empty cell of a `required` column is a gap; when no row is left, `none` is shown
    /// (and, when it is blank, that is a gap).
    Rows {
        question: String,
        columns: Vec<String>,
        #[serde(default)]
        rows: Vec<RowTest>,
        #[serde(default)]
        purpose: Option<PurposeLink>,
        #[serde(default)]
        required: Vec<String>,
        #[serde(default)]
        label: Text,
        #[serde(default)]
        none: Text,
    },
}

/// How the rows of a table belong to one purpose of the filing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PurposeLink {
    /// The table is the purposes question (`filing.purposes`): only the purpose's row.
    Own,
    /// The rows whose categories column (named here) shares a data category with the
    /// purpose, as the authorisation triggers tie data flows to purposes.
    Carries(String),
}

impl Fill {
    /// The questions this source reads.
    pub fn questions(&self) -> Vec<&str> {
        match self {
            Fill::Answer { question, .. } | Fill::Rows { question, .. } => vec![question],
            Fill::Answers { questions, .. } => questions.iter().map(String::as_str).collect(),
        }
    }
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
            ColumnKind::Text | ColumnKind::Date => None,
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
            level: None,
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
