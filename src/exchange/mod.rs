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

#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("{at}: {message}\n  hint: {hint}")]
    Json {
        at: Location,
        message: String,
        hint: String,
    },
    #[error(
        "{file}: this is not a Farol export (it has no `farol_export` field)\n  hint: give a file written by `farol export ID --format json`"
    )]
    NotExport { file: String },
    #[error(
        "{at}: this export was written by a newer Farol (format {found}; this one reads up to {supported})\n  hint: import it with a newer Farol"
    )]
    NewerFormat {
        at: Location,
        found: u64,
        supported: u32,
    },
    #[error(
        "{at}: the draft was written by a newer Farol (schema {found}; this one reads up to {supported})\n  hint: import it with a newer Farol"
    )]
    NewerSchema {
        at: Location,
        found: u32,
        supported: u32,
    },
    #[error(
        "{at}: the export names the questionnaire {top}, but its draft answers {inner}\n  hint: the two must agree; export the draft again with `farol export ID`"
    )]
    QuestionnaireMismatch {
        at: Location,
        top: String,
        inner: String,
    },
    #[error(
        "{at}: {problem}\n  hint: correct or remove that answer in the file, or export the draft again"
    )]
    BadAnswer { at: Location, problem: String },
    #[error(
        "'{id}' cannot be an assessment id: {why}\n  hint: use letters, digits, dashes, dots and underscores, e.g. --id clinic-portal-copy"
    )]
    BadId { id: String, why: &'static str },
    #[error(
        "the dossier {dossier} already has an assessment '{id}'\n  hint: import it under another id with --id NEWID, or replace its draft with --force"
    )]
    Exists { id: String, dossier: PathBuf },
    #[error(transparent)]
    Dossier(#[from] DossierError),
    #[error("cannot write the CSV: {0}\n  hint: this is a bug in Farol; export as JSON meanwhile")]
    Csv(String),
}
