//! Export and import: an assessment's draft as a self-describing JSON document that
//! imports back exactly, and as CSV for spreadsheets.
//!
//! The JSON carries the draft in its own serde shape (the same fields as `draft.ron`), so
//! nothing is translated and nothing is lost: every answer of every kind (table rows
//! included), the notes, the action plan, attachment references, the metadata and the
//! question the assessor was at. Export → import gives the identical draft, and exporting
//! it again gives identical bytes. An import is checked as strictly as a draft read from
//! the dossier: unknown fields are refused, every answer must fit the questionnaire named
//! by fingerprint, and every error says where (line and column) and what to do.
//!
//! CSV is a view, not an exchange format: the answers in questionnaire order (in words and
//! as raw values a script can read), or the action plan. It is never imported.

mod json;
mod table;

use std::path::PathBuf;

use crate::dossier::DossierError;
use crate::location::Location;

pub use json::{Export, FORMAT, ImportOptions, Imported, check_id, import, read, to_json};
pub use table::{answers_csv, plan_csv};

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    Json {
        at: Location,
        message: String,
        hint: String,
    },
    NotExport {
        file: String,
    },
    NewerFormat {
        at: Location,
        found: u64,
        supported: u32,
    },
    NewerSchema {
        at: Location,
        found: u32,
        supported: u32,
    },
    QuestionnaireMismatch {
        at: Location,
        top: String,
        inner: String,
    },
    BadAnswer {
        at: Location,
        problem: Box<crate::assessment::AnswerError>,
    },
    BadId {
        id: String,
        why: &'static str,
    },
    Exists {
        id: String,
        dossier: PathBuf,
    },
    #[error(transparent)]
    Dossier(#[from] DossierError),
    Csv(String),
}
