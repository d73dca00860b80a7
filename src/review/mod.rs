//! Legal review and approval: a reviewer (lawyer, DPO, compliance officer) reads a signed
//! revision, comments on questions, gives each section a verdict (acceptable / to improve /
//! to correct) and an overall opinion (approve / approve with conditions / reject), attests
//! what an approval means, and countersigns.
//!
//! ```text
//! DOSSIER/assessments/<id>/review.ron           the review in progress, saved atomically
//! DOSSIER/assessments/<id>/reviews/0001.ron, …  signed reviews, written once
//! ```
//!
//! A review judges one revision, named by number *and* by the SHA-256 of its file, so an
//! approval can never be carried over to other answers: if the assessor signs again, the
//! review in progress no longer applies (it is kept aside, `review-of-revision-NNNN.ron`,
//! never destroyed) and countersigning is refused. Signed reviews use the revisions' format:
//! readable RON with the question texts copied, the same signature trailer
//! (`record::seal`), and their own SHA-256 chain. `farol verify` checks them with the
//! revisions, including that the revision each one judges is still the file it judged.
//!
//! The assessor answers a review by signing the next revision: it names the review
//! (`RecordBody::responds_to`), and the replies are the per-question notes. Nothing is
//! ever rewritten, so the whole exchange stays in the dossier.
//!
//! What the files alone cannot show: the removal of the latest review, unless a later
//! revision answers it. A review does protect the revision it judges: removing or
//! replacing a reviewed revision, even the latest, fails verification.
//!
//! The attestations follow the CNIL PIA tool's validation step: the description matches
//! reality, the risks are understood, the action plan is accepted and will be carried out.

mod model;
mod present;
mod sheet;
mod sign;
mod status;
mod store;

use std::path::{Path, PathBuf};

pub use model::{
    Attestations, FORMAT, Opinion, ReviewBody, ReviewComment, ReviewDraft, ReviewedSection, SCHEMA,
    SectionVerdict, Verdict,
};
pub use present::{
    due_text, feedback_text, feedback_text_in, readiness_text, sheet_text, sheet_text_in,
    status_table, status_text,
};
pub use sheet::{
    Sheet, SheetBelief, SheetQuestion, SheetSection, check_references, level_of, sheet,
};
pub use sign::{
    DEFAULT_DUE_MONTHS, SignedReview, check, countersign, default_due, parse_review,
    serialize_review,
};
pub(crate) use status::status_unchecked;
pub use status::{AssessmentStatus, Feedback, State, feedback, status, status_with};
pub use store::{Started, load_draft, save_draft, start};

use crate::dossier::{Dossier, DossierError};
use crate::location::Location;
use crate::record::RecordError;

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    Incomplete {
        id: String,
        dir: PathBuf,
        problems: crate::errors::Problems,
    },
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
        hint: &'static str,
    },
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error(transparent)]
    Dossier(#[from] DossierError),
    Parse {
        at: Location,
        message: String,
        hint: String,
    },
    NewerSchema {
        at: Location,
        found: u32,
        supported: u32,
    },
    NotSigned {
        id: String,
    },
    Outdated {
        id: String,
        judged: u32,
        latest: u32,
        reason: String,
    },
    BrokenRevisions {
        id: String,
        dir: PathBuf,
        problems: crate::errors::Problems,
    },
    BrokenChain {
        id: String,
        dir: PathBuf,
        problems: crate::errors::Problems,
    },
    NoOpinion {
        id: String,
    },
    NoConditions {
        id: String,
    },
    NoReason {
        id: String,
    },
    NotAttested {
        id: String,
        missing: String,
    },
    ToCorrectApproved {
        id: String,
        sections: String,
    },
    NotJudged {
        id: String,
        sections: String,
    },
    SelfReview {
        id: String,
        revision: u32,
        name: String,
        key: String,
    },
    #[error(transparent)]
    Policy(#[from] crate::policy::PolicyError),
    UnknownQuestion {
        question: String,
        questionnaire: String,
        hint: String,
    },
    UnknownSection {
        section: String,
        questionnaire: String,
        known: String,
    },
    AssessorKey {
        key: String,
        name: String,
    },
    DueTooEarly {
        due: chrono::NaiveDate,
        today: chrono::NaiveDate,
    },
    Exists {
        path: PathBuf,
    },
}

/// The review in progress of an assessment.
pub fn draft_path(dossier: &Dossier, id: &str) -> PathBuf {
    dossier
        .root()
        .join("assessments")
        .join(id)
        .join("review.ron")
}

/// The directory holding an assessment's signed reviews.
pub fn reviews_dir(dossier: &Dossier, id: &str) -> PathBuf {
    dossier.root().join("assessments").join(id).join("reviews")
}

/// The signed review files of an assessment, by number (none if there are none).
pub fn reviews(dossier: &Dossier, id: &str) -> Result<Vec<(u32, PathBuf)>, ReviewError> {
    Ok(crate::record::revision_files(&reviews_dir(dossier, id))?)
}

/// The signed reviews of an assessment that `farol verify` accepts — signature, a key
/// trusted in the role it signs in, the review chain, the revision judged unchanged, duties
/// separated — by number. Status, the home screen and the report count only these.
pub fn verified(dossier: &Dossier, id: &str) -> Result<Vec<(u32, PathBuf)>, ReviewError> {
    let files = reviews(dossier, id)?;
    if files.is_empty() {
        return Ok(files);
    }
    let report = crate::record::verify_paths(dossier.root(), &[reviews_dir(dossier, id)])?;
    let ok: std::collections::HashSet<&std::ffi::OsStr> = report
        .records
        .iter()
        .filter(|r| r.kind == crate::record::RecordKind::Review && r.passed())
        .filter_map(|r| r.file.file_name())
        .collect();
    Ok(files
        .into_iter()
        .filter(|(_, p)| p.file_name().is_some_and(|n| ok.contains(n)))
        .collect())
}

/// The latest signed review that verifies (see [`verified`]), if any.
pub fn latest_verified(dossier: &Dossier, id: &str) -> Result<Option<ReviewRecord>, ReviewError> {
    match verified(dossier, id)?.last() {
        Some((_, p)) => read_review(p).map(Some),
        None => Ok(None),
    }
}

/// A signed review read from disk (its signature not checked: `record::verify_paths` does).
#[derive(Debug, Clone)]
pub struct ReviewRecord {
    pub path: PathBuf,
    /// SHA-256 of the complete file: what the next review names as `previous`.
    pub sha256: String,
    pub body: ReviewBody,
}

/// Reads and parses a signed review file.
pub fn read_review(path: &Path) -> Result<ReviewRecord, ReviewError> {
    let bytes = std::fs::read(path).map_err(|source| ReviewError::Io {
        action: "cannot read",
        path: path.to_path_buf(),
        source,
        hint: "check the path; `farol verify` on the assessment lists its reviews",
    })?;
    let body = parse_review(&path.display().to_string(), &bytes)?;
    Ok(ReviewRecord {
        path: path.to_path_buf(),
        sha256: crate::record::sha256_hex(&bytes),
        body,
    })
}

/// The latest signed review of an assessment, if any.
pub fn latest(dossier: &Dossier, id: &str) -> Result<Option<ReviewRecord>, ReviewError> {
    match reviews(dossier, id)?.last() {
        Some((_, p)) => read_review(p).map(Some),
        None => Ok(None),
    }
}
