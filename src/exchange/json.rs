//! The JSON export and its import.
//!
//! ```text
//! { "farol_export": 1, "about": "…", "generator": "farol 0.1.0",
//!   "questionnaire": { "id": …, "version": …, "fingerprint": … },
//!   "draft": { …the whole draft, as in draft.ron… } }
//! ```

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::ExchangeError;
use crate::assessment::{self, Attachment, Draft, QuestionnaireUse};
use crate::dossier::Dossier;
use crate::location::Location;
use crate::questionnaire::Loaded;

/// The version of the export format. Raised when the format changes incompatibly.
pub const FORMAT: u32 = 1;

const ABOUT: &str = "A Farol privacy impact assessment draft (Macau, Law 8/2005). `draft` is the whole draft; `questionnaire` names the questionnaire it answers by SHA-256 fingerprint. Import it with `farol import FILE`.";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    pub farol_export: u32,
    /// What this document is, for a person who opens it.
    #[serde(default)]
    pub about: String,
    /// The Farol that wrote it.
    #[serde(default)]
    pub generator: String,
    pub questionnaire: QuestionnaireUse,
    pub draft: Draft,
}

/// The export of a draft: pretty JSON ending with a newline; the same draft always gives
/// the same bytes.
pub fn to_json(draft: &Draft) -> String {
    let e = Export {
        farol_export: FORMAT,
        about: ABOUT.into(),
        generator: format!("farol {}", env!("CARGO_PKG_VERSION")),
        questionnaire: draft.questionnaire.clone(),
        draft: draft.clone(),
    };
    let mut s = serde_json::to_string_pretty(&e).expect("a draft always serialises");
    s.push('\n');
    s
}

fn json_error(file: &str, e: &serde_json::Error) -> ExchangeError {
    use serde_json::error::Category;
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
    let hint = match e.classify() {
        Category::Eof => "the file ends too early: it was cut off; export the draft again",
        Category::Syntax => {
            "this is not valid JSON at that position (a missing comma, quote or bracket?); fix it there, or export the draft again"
        }
        Category::Data => {
            "a field there has a wrong name or value; an export has the fields `farol export ID --format json` writes"
        }
        Category::Io => "check that the file can be read",
    };
    ExchangeError::Json {
        at: Location::new(file, e.line().max(1), e.column().max(1)),
        message,
        hint: hint.into(),
    }
}

/// Where `"key"` is first written in `text`, at or after byte `from`.
fn locate(file: &str, text: &str, from: usize, key: &str) -> Location {
    let needle = format!("\"{key}\"");
    let at = text
        .get(from..)
        .and_then(|t| t.find(&needle))
        .map_or(0, |i| from + i);
    Location::at_offset(file, text, at)
}

/// Reads an export and checks it: its format, the draft's schema, and every answer
/// against the questionnaire it names (kept in the dossier, or built in).
pub fn read(dossier: &Dossier, file: &str, text: &str) -> Result<(Draft, Loaded), ExchangeError> {
    // The versions are read first, so a newer file is reported as such, not as a field error.
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| json_error(file, &e))?;
    let Some(format) = value.get("farol_export") else {
        return Err(ExchangeError::NotExport {
            file: file.to_string(),
        });
    };
    if let Some(found) = format.as_u64()
        && found > u64::from(FORMAT)
    {
        return Err(ExchangeError::NewerFormat {
            at: locate(file, text, 0, "farol_export"),
            found,
            supported: FORMAT,
        });
    }
    if let Some(found) = value.pointer("/draft/schema").and_then(|s| s.as_u64())
        && found > u64::from(assessment::SCHEMA)
    {
        let draft_at = text.find("\"draft\"").unwrap_or(0);
        return Err(ExchangeError::NewerSchema {
            at: locate(file, text, draft_at, "schema"),
            found: u32::try_from(found).unwrap_or(u32::MAX),
            supported: assessment::SCHEMA,
        });
    }
    let export: Export = serde_json::from_str(text).map_err(|e| json_error(file, &e))?;
    let draft_at = text.find("\"draft\"").unwrap_or(0);
    let d = export.draft;
    if export.questionnaire != d.questionnaire {
        let name = |u: &QuestionnaireUse| {
            let short: String = u.fingerprint.chars().take(12).collect();
            format!("{} {} ({short})", u.id, u.version)
        };
        return Err(ExchangeError::QuestionnaireMismatch {
            at: locate(file, text, 0, "questionnaire"),
            top: name(&export.questionnaire),
            inner: name(&d.questionnaire),
        });
    }
    let loaded = dossier.questionnaire_for(&d.questionnaire)?;
    if let Some(e) = assessment::check_answers(&loaded.questionnaire, &d.answers)
        .into_iter()
        .next()
    {
        let answers_at = text[draft_at..]
            .find("\"answers\"")
            .map_or(draft_at, |i| draft_at + i);
        return Err(ExchangeError::BadAnswer {
            at: locate(file, text, answers_at, e.question()),
            problem: Box::new(e),
        });
    }
    Ok((d, loaded))
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Import under this id instead of the draft's own.
    pub id: Option<String>,
    /// Replace the draft of an existing assessment.
    pub force: bool,
}

/// What an import did.
#[derive(Debug, Clone)]
pub struct Imported {
    pub draft: Draft,
    pub path: PathBuf,
    /// The assessment existed and its draft was replaced (with --force).
    pub replaced: bool,
    /// Signed revisions the assessment already has: the next `farol sign` follows them.
    pub revisions: usize,
    /// "macau-pdpa 1.0"
    pub questionnaire: String,
    /// Attachments the draft refers to whose files are not in this dossier.
    pub missing_attachments: Vec<Attachment>,
}

/// Whether `id` can name an assessment directory: letters, digits, `-`, `_`, `.`; not
/// starting with a dot. An id read from a file is checked as strictly as one typed.
pub fn check_id(id: &str) -> Result<(), ExchangeError> {
    let why = if id.is_empty() {
        Some("it is empty")
    } else if id.len() > 100 {
        Some("it is longer than 100 characters")
    } else if id.starts_with('.') {
        Some("it starts with a dot")
    } else if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        Some("it holds characters other than letters, digits, '-', '_' and '.'")
    } else {
        None
    };
    match why {
        Some(why) => Err(ExchangeError::BadId {
            id: id.to_string(),
            why,
        }),
        None => Ok(()),
    }
}

/// Imports an export into the dossier as a draft. `file` names the source in messages.
pub fn import(
    dossier: &Dossier,
    file: &str,
    text: &str,
    opts: &ImportOptions,
) -> Result<Imported, ExchangeError> {
    let (mut draft, loaded) = read(dossier, file, text)?;
    if let Some(id) = &opts.id {
        draft.id = id.clone();
    }
    check_id(&draft.id)?;
    let dir = dossier.root().join("assessments").join(&draft.id);
    let replaced = dir.exists();
    if replaced && !opts.force {
        return Err(ExchangeError::Exists {
            id: draft.id.clone(),
            dossier: dossier.root().to_path_buf(),
        });
    }
    dossier.keep_questionnaire(&loaded)?;
    let locked = dossier.lock_path(&draft.id)?;
    // The signed anchor belongs to the revisions kept in this dossier, not to the export:
    // an import starts a fresh history, or keeps the history of the draft it replaces.
    draft.signed = if locked.path().is_file() {
        locked.load().ok().and_then(|(d, _)| d.signed)
    } else {
        None
    };
    locked.save(&draft)?;
    let path = locked.path().to_path_buf();
    drop(locked);
    let revisions = crate::record::revision_files(&dir.join("revisions"))
        .map(|f| f.len())
        .unwrap_or(0);
    let missing_attachments = draft
        .attachments
        .iter()
        .filter(|a| !dossier.attachment_path(a).is_file())
        .cloned()
        .collect();
    Ok(Imported {
        questionnaire: format!(
            "{} {}",
            loaded.questionnaire.id, loaded.questionnaire.version
        ),
        draft,
        path,
        replaced,
        revisions,
        missing_attachments,
    })
}
