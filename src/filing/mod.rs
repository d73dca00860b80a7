//! The DSPDP filing pack (issue 14): from a signed revision (or a draft, marked not
//! signed) to what the regulator asks for. For each purpose, the decision — notification
//! (Art 21) or authorisation request (Art 22, Art 20(2)) — with its reasons, then the
//! content of Art 23 (a)–(j) filled from the answers as the questionnaire's `fill` maps
//! them, with every gap in words; then the Art 20(1) transfer notifications and, for flows
//! under the GBA standard contract, the facts its filing asks for (a draft to confirm with
//! the DSPDP).
//!
//! Pure and deterministic: the same answers, questionnaire and language give the same
//! pack. `source` reads (and verifies) what the pack is made from; `text` lays it out as
//! plain text, `pdf` as a PDF in the report's typography.

mod fill;
pub mod pdf;
pub mod source;
pub mod text;
mod transfers;

use serde::Serialize;

use crate::answer::Answers;
use crate::i18n::{AsLang, Lang};
use crate::questionnaire::{Procedure, Questionnaire, Visible};
use crate::risk::DecisionReason;

pub use pdf::render_pdf;
pub use source::{FilingError, FilingSource, Which};
pub use text::render_text;
pub use transfers::{TransferFiling, TransferKind};

/// What the pack was made from: a signed revision, named with its file's SHA-256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signed {
    pub revision: u32,
    pub sha256: String,
    pub signer: String,
    pub signed_at: chrono::DateTime<chrono::Utc>,
}

/// The whole pack: one form per purpose, then the transfers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pack {
    pub assessment: String,
    pub title: String,
    pub lang: String,
    pub questionnaire: String,
    pub questionnaire_version: String,
    /// None: a draft, not signed.
    pub signed: Option<Signed>,
    pub forms: Vec<Form>,
    pub transfers: Vec<transfers::TransferFiling>,
    /// Every gap, form by form, in order.
    pub gaps: Vec<Gap>,
}

impl Pack {
    /// A pack with any gap is incomplete.
    pub fn complete(&self) -> bool {
        self.gaps.is_empty()
    }
}

/// One form: a purpose (or set of related purposes) and what it files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Form {
    /// The purpose's row, from 1; 0 when no purposes are listed.
    pub row: usize,
    pub purpose: String,
    pub procedure: Procedure,
    pub reasons: Vec<DecisionReason>,
    pub items: Vec<Item>,
}

/// One Art 23 item, filled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// The item's letter, `a` to `j`.
    pub id: String,
    /// Its mark in the language: (g), (七)項, alínea 7).
    pub mark: String,
    pub heading: String,
    pub cite: Vec<String>,
    pub entries: Vec<Entry>,
    /// Shown when nothing fills a table's part of the item ("No processor.").
    pub notes: Vec<String>,
    pub gaps: Vec<Gap>,
}

/// A block of the item: one answer, one row of a table, or a list of answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// True for a table's row (numbered when laid out).
    pub row: bool,
    pub fields: Vec<Field>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub label: String,
    pub value: String,
    /// The label is a question's prompt (laid out as a question and its answer).
    pub question: bool,
}

/// What the filing needs and the assessment does not hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gap {
    pub item: String,
    /// The question to answer (empty when the item says what in words only).
    pub question: String,
    pub text: String,
}

/// The pack of `answers` in `lang`. `signed` names the revision they were signed in; None
/// makes a draft pack, marked not signed.
pub fn build(
    q: &Questionnaire,
    answers: &Answers,
    assessment: &str,
    title: &str,
    lang: impl AsLang,
    signed: Option<Signed>,
) -> Pack {
    let lang: Lang = lang.as_lang();
    let score = crate::risk::score(q, answers, lang.tag());
    let vis = Visible::new(q, answers);
    let purposes = q
        .filing
        .as_ref()
        .map(|f| vis.rows(&f.purposes))
        .unwrap_or_default();
    let forms: Vec<Form> = score
        .decisions
        .iter()
        .map(|d| {
            let row = d.row.checked_sub(1).and_then(|i| purposes.get(i));
            let ctx = fill::Ctx {
                q,
                vis: &vis,
                lang,
                purpose_row: row,
                purpose: &d.purpose,
                categories: &d.categories,
            };
            Form {
                row: d.row,
                purpose: d.purpose.clone(),
                procedure: d.procedure,
                reasons: d.reasons.clone(),
                items: q.notification.iter().map(|i| ctx.item(i)).collect(),
            }
        })
        .collect();
    let mut gaps: Vec<Gap> = Vec::new();
    for f in &forms {
        for i in &f.items {
            for g in &i.gaps {
                if !gaps.contains(g) {
                    gaps.push(g.clone());
                }
            }
        }
    }
    let transfers = transfers::filings(q, &vis, &score, lang);
    Pack {
        assessment: assessment.to_string(),
        title: title.to_string(),
        lang: lang.tag().to_string(),
        questionnaire: q.id.clone(),
        questionnaire_version: q.version.clone(),
        signed,
        forms,
        transfers,
        gaps,
    }
}
