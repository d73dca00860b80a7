//! Signed records: what turns answers into evidence.
//!
//! Signing freezes a draft into the next revision of its assessment, a file that is never
//! modified afterwards:
//!
//! ```text
//! DOSSIER/assessments/<id>/revisions/0001.ron, 0002.ron, …
//! ```
//!
//! A revision is human-readable RON — the answers with the questions as they were asked,
//! the questionnaire's id, version and fingerprint, the computed risk, the action plan and
//! the metadata — followed by a trailer in RON comments holding the Ed25519 public key and
//! the signature. The signature covers the exact bytes above the trailer, so verifying
//! never re-serialises anything: a reviewer, an inspector or a script years from now
//! checks the bytes as stored, whatever version of Farol or of the RON library wrote them.
//!
//! Each revision names the SHA-256 of the complete previous revision file, so a removed,
//! reordered, duplicated or substituted revision breaks the chain, and verification names
//! it. Each signature also adds a signed head and a dossier index entry (`head`), so the
//! removal of the newest revision or review, or of a whole assessment, is named too. Verification also recomputes the risk from the stored answers with the questionnaire
//! version kept in the dossier, so a record whose figures were edited and then re-signed
//! (even with a trusted key) is caught.
//!
//! The record keeps the risk *figures* (every category's severity, likelihood and level,
//! inherent and residual; the obligations and recommended actions), not the full
//! explanation of every move: the explanation follows deterministically from the stored
//! answers and questionnaire (`farol score` shows it), while storing it would make every
//! record about 150 kB and verifying a dossier several times slower.

mod body;
mod diff;
mod head;
mod present;
mod sign;
mod summary;
mod verify;

use std::path::{Path, PathBuf};

pub use body::{
    ActionRecord, AnsweredQuestion, CategoryFigures, FORMAT, Figures, LANGUAGE, ObligationRecord,
    RecordBody, ReviewRef, RiskRecord, Signer, answered, build_body, parse_body, record_language,
    serialize_body,
};
pub use diff::{AnswerChange, Change, Diff, PlanChange, RiskChange, Side, diff, diff_explained};
pub use head::{
    HEAD_FORMAT, Head, Index, IndexEntry, Named, Signed, heads_dir, index_dir, missing_since_head,
    missing_since_head_in, record_head, record_head_for, record_index, seal_head, seal_index,
};
pub(crate) use head::{
    check_before_signing, missing_since_head_with, newest_index_signed, newest_numbered, parse_head,
};
pub use present::{diff_text, diff_text_in, signer_words, verify_text};
pub use sign::{
    MARKER, SignedRevision, Trailer, seal, sign, sign_draft, sign_in, sign_locked, signature_holds,
    split,
};
pub use summary::{HeadSummary, content_digest, draft_content_digest};
pub(crate) use verify::chain_problems;
pub use verify::{
    ChainStatus, JudgedStatus, RecordKind, RecordReport, ResolvedTrust, ReviewFacts, RiskStatus,
    SignatureStatus, Summary, TrustStatus, VerifyOptions, VerifyReport, dossier_root_of,
    verify_paths, verify_paths_with, verify_text_in,
};

use crate::assessment::{Draft, Meta};
use crate::dossier::{Dossier, DossierError};
use crate::keys::KeyError;
use crate::location::Location;
use crate::questionnaire::Loaded;

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
        hint: &'static str,
    },
    #[error(transparent)]
    Dossier(#[from] DossierError),
    #[error(transparent)]
    Key(#[from] KeyError),
    Parse {
        at: Location,
        message: String,
        hint: String,
    },
    Trailer {
        file: String,
        problem: String,
        hint: &'static str,
    },
    Exists {
        path: PathBuf,
    },
    BrokenChain {
        id: String,
        dir: PathBuf,
        problems: crate::errors::Problems,
    },
    Incomplete {
        id: String,
        dir: PathBuf,
        problems: crate::errors::Problems,
    },
    NotRecords {
        path: PathBuf,
    },
    #[error(transparent)]
    Review(Box<crate::review::ReviewError>),
    NoRevision {
        id: String,
        revision: String,
        known: String,
    },
}

/// The directory holding an assessment's signed revisions.
pub fn revisions_dir(dossier: &Dossier, id: &str) -> PathBuf {
    dossier
        .root()
        .join("assessments")
        .join(id)
        .join("revisions")
}

/// The file name of revision `n`: `0001.ron`.
pub fn revision_file_name(n: u32) -> String {
    format!("{n:04}.ron")
}

/// The revision number a file name stands for, if it is one (`0012.ron` → 12).
pub fn revision_number(path: &Path) -> Option<u32> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".ron")?;
    if stem.len() < 4 || !stem.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    stem.parse().ok()
}

/// The revision files in a revisions directory, by number (none if it does not exist).
pub fn revision_files(dir: &Path) -> Result<Vec<(u32, PathBuf)>, RecordError> {
    numbered_files(dir, false)
}

/// [`revision_files`], removing on the way the temporary files a killed writer left there
/// (`fsutil::is_stale_temp`), so that signing lists a large directory once, not again to
/// sweep it before writing (`fsutil::write_new_swept`).
pub(crate) fn revision_files_swept(dir: &Path) -> Result<Vec<(u32, PathBuf)>, RecordError> {
    numbered_files(dir, true)
}

fn numbered_files(dir: &Path, sweep: bool) -> Result<Vec<(u32, PathBuf)>, RecordError> {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(source) => {
            return Err(RecordError::Io {
                action: "cannot read",
                path: dir.to_path_buf(),
                source,
                hint: "check that the dossier exists and that you may read it",
            });
        }
    };
    let mut out: Vec<(u32, PathBuf)> = rd
        .filter_map(Result::ok)
        .filter_map(|e| {
            let p = e.path();
            if sweep
                && e.file_name()
                    .to_str()
                    .is_some_and(crate::fsutil::is_stale_temp)
            {
                let _ = match e.file_type() {
                    Ok(t) if t.is_dir() => std::fs::remove_dir_all(&p),
                    _ => std::fs::remove_file(&p),
                };
                return None;
            }
            revision_number(&p).map(|n| (n, p))
        })
        .collect();
    out.sort();
    Ok(out)
}

/// A record read from disk (its signature not checked: use `verify_paths` for that).
#[derive(Debug, Clone)]
pub struct Record {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    pub body: RecordBody,
}

/// Reads and parses a record file.
pub fn read_record(path: &Path) -> Result<Record, RecordError> {
    let bytes = std::fs::read(path).map_err(|source| RecordError::Io {
        action: "cannot read",
        path: path.to_path_buf(),
        source,
        hint: "check the path; `farol verify` on the assessment lists its revisions",
    })?;
    let file = path.display().to_string();
    let body = body::parse_body(&file, &bytes)?;
    Ok(Record {
        path: path.to_path_buf(),
        bytes,
        body,
    })
}

/// Revision `n` of an assessment, or the latest when `n` is None.
pub fn load_revision(dossier: &Dossier, id: &str, n: Option<u32>) -> Result<Record, RecordError> {
    let files = revision_files(&revisions_dir(dossier, id))?;
    let known = if files.is_empty() {
        format!("'{id}' has no signed revision yet: sign it with `farol sign {id}`")
    } else {
        format!(
            "its revisions are {}",
            files
                .iter()
                .map(|(n, _)| n.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let found = match n {
        None => files.last(),
        Some(n) => files.iter().find(|(m, _)| *m == n),
    };
    match found {
        Some((_, p)) => read_record(p),
        None => Err(RecordError::NoRevision {
            id: id.to_string(),
            revision: n.map_or("yet".into(), |n| n.to_string()),
            known,
        }),
    }
}

/// Whether `s` is a SHA-256 in lowercase hex, as every fingerprint Farol writes is. A
/// record's fields are checked before use: a damaged or forged one may hold anything.
pub(crate) fn is_sha256_hex(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl From<crate::review::ReviewError> for RecordError {
    fn from(e: crate::review::ReviewError) -> Self {
        RecordError::Review(Box::new(e))
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(bytes))
}

/// The current draft as an unsigned body (revision 0), to diff against a revision.
pub fn draft_body(dossier: &Dossier, id: &str, lang: &str) -> Result<RecordBody, RecordError> {
    let (draft, loaded) = dossier.load_draft(id)?;
    let signer = Signer {
        name: String::new(),
        role: crate::keys::Role::Assessor,
        key: String::new(),
        fingerprint: String::new(),
        at: draft.meta.updated,
    };
    Ok(build_body(&draft, &loaded, 0, None, signer, lang))
}

/// The latest revision of the draft's assessment, if signing the draft now would record
/// nothing new (see `unchanged_since`).
pub fn latest_if_unchanged(
    dossier: &Dossier,
    draft: &Draft,
    loaded: &Loaded,
) -> Result<Option<Record>, RecordError> {
    let files = revision_files(&revisions_dir(dossier, &draft.id))?;
    let Some((_, path)) = files.last() else {
        return Ok(None);
    };
    let r = read_record(path)?;
    Ok(unchanged_since(&r.body, draft, loaded).then_some(r))
}

/// Whether signing `draft` now would record the same assessment as `record`: the same
/// title, metadata (apart from the time of the last save), questionnaire, answers as
/// asked, notes, plan and attachments. Then there is nothing new to sign, and the
/// report to file is the record's.
pub fn unchanged_since(record: &RecordBody, draft: &Draft, loaded: &Loaded) -> bool {
    let meta_same = Meta {
        updated: record.meta.updated,
        ..draft.meta.clone()
    } == record.meta;
    meta_same
        && record.title == draft.title
        && record.questionnaire == crate::assessment::QuestionnaireUse::of(loaded)
        && record.plan == draft.plan
        && record.attachments == draft.attachments
        && record.answers == body::answered(&loaded.questionnaire, draft, &record.language)
}
