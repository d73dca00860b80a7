//! The terminal UI's own errors in the screen's language, and any error shown in a dialog
//! worded through the library's messages ([`crate::errors::localized`]).

use std::error::Error;

use super::runtime::TuiError;
use crate::dossier::DossierError;
use crate::errors::{Localized, io_error, localized};
use crate::i18n::Lang;
use crate::keys;
use crate::record;
use crate::report;
use crate::review::ReviewError;
use crate::tr;

/// What can go wrong signing or reporting from the terminal UI; shown in the dialog.
#[derive(Debug, thiserror::Error)]
pub(super) enum RuntimeError {
    #[error(transparent)]
    Key(#[from] keys::KeyError),
    #[error(transparent)]
    Record(#[from] record::RecordError),
    #[error(transparent)]
    Dossier(#[from] DossierError),
    #[error(transparent)]
    Report(#[from] report::ReportError),
    #[error(transparent)]
    Review(#[from] ReviewError),
    #[error("cannot write {path}: {source}\n  hint: check that you may write to the dossier")]
    Write {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Localized for TuiError {
    fn message(&self, l: Lang) -> String {
        match self {
            TuiError::Dossier(e) => e.message(l),
            TuiError::Lock(e) => e.message(l),
            TuiError::Review(e) => e.message(l),
            TuiError::Io(e) => tr!(l, "tui-error-terminal", message = io_error(l, e)),
            TuiError::NotATerminal => tr!(l, "tui-error-not-a-terminal"),
            TuiError::Refused(words) => words.clone(),
            TuiError::Theme(e) => tr!(l, "tui-error-theme", value = e.0.as_str()),
        }
    }
}

impl Localized for RuntimeError {
    fn message(&self, l: Lang) -> String {
        match self {
            RuntimeError::Key(e) => e.message(l),
            RuntimeError::Record(e) => e.message(l),
            RuntimeError::Dossier(e) => e.message(l),
            RuntimeError::Report(e) => e.message(l),
            RuntimeError::Review(e) => e.message(l),
            RuntimeError::Write { path, source } => tr!(
                l,
                "tui-error-write",
                path = path.display().to_string(),
                message = io_error(l, source)
            ),
        }
    }
}

/// Any error as a dialog shows it, in `l`.
pub(super) fn say(l: Lang, e: &(dyn Error + 'static)) -> String {
    if let Some(e) = e.downcast_ref::<TuiError>() {
        return e.message(l);
    }
    if let Some(e) = e.downcast_ref::<RuntimeError>() {
        return e.message(l);
    }
    localized(e, l)
}
