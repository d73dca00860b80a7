//! The DSPDP filing: the notify-or-authorise decision for each purpose (Arts 21–22,
//! 20(2)), the transfers the filing pack sets out, and the items a notification or an
//! authorisation request must state (Art 23 (a)–(j)) with the answers that fill each.

use serde::{Deserialize, Serialize};

use super::{Citation, Condition, RowTest, Text};

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
