//! How the rows of the data flows question are classified: inside Macau, or a transfer
//! whose legal basis is in force, applied for, claimed or missing. Conditions, filing
//! triggers and the report all read a flow's state, so the questionnaire defines it once.

use serde::{Deserialize, Serialize};

use super::{Condition, RowTest};

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
