//! Signed records: what turns answers into evidence.
//!
//! Signing freezes a draft into the next revision of its assessment, a file that is never
//! modified afterwards:
//!
//! ```text
//! DOSSIER/assessments/<id>/revisions/0001-<h12>.ron, 0002-<h12>.ron, …
//! ```
//!
//! Each signed file is named by its number and the first 12 hex digits of the SHA-256 of
//! its complete bytes ([`signed_name`]), so that two people signing the same number in two
//! clones never write one path; older dossiers' `0001.ron` names are still read. Files are
//! always found by listing their directory, never by building a name from a number: two
//! files share a number in a fork (see [`tips`]).
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
mod redraft;
mod sign;
mod summary;
pub mod tips;
mod verify;

use std::path::{Path, PathBuf};

pub use body::{
    ActionRecord, AnsweredQuestion, CategoryFigures, FORMAT, Figures, LANGUAGE, ObligationRecord,
    RecordBody, ReviewRef, RiskRecord, Signer, answered, build_body, parse_body, record_language,
    serialize_body,
};
pub use diff::{AnswerChange, Change, Diff, PlanChange, RiskChange, Side, diff, diff_explained};
pub use head::{
    HEAD_FORMAT, Head, INDEX_CHECKPOINT, Index, IndexEntry, Named, Signed, heads_dir, index_dir,
    missing_since_head, missing_since_head_in, record_head, record_head_for, record_index,
    seal_head, seal_index,
};
pub(crate) use head::{
    check_before_signing, missing_since_head_with, newest_index_signed, newest_numbered, parse_head,
};
pub use present::{diff_text, diff_text_in, signer_words, verify_text};
pub(crate) use redraft::newer_in;
pub use redraft::{draft_of, has_revisions, newer_than, rebuilt};
pub use sign::{
    MARKER, SignedRevision, Trailer, resolve_locked, seal, sign, sign_draft, sign_in, sign_locked,
    signature_holds, split,
};
pub use summary::{HeadSummary, content_digest, draft_content_digest};
pub use tips::{Pick, Prefix, Tip, latest, tips};
pub(crate) use verify::chain_problems;
pub use verify::{
    ChainStatus, JudgedStatus, RecordKind, RecordReport, ResolvedTrust, ReviewFacts, RiskStatus,
    SignatureStatus, Summary, TrustStatus, VerifyOptions, VerifyReport, dossier_root_of,
    files_checked, verify_paths, verify_paths_with, verify_text_in,
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
    /// `farol resolve` on an assessment that has one tip.
    NotForked {
        id: String,
    },
    /// A revision number that two files of a fork share, given without its hash.
    Ambiguous {
        id: String,
        revision: u32,
        choices: Vec<String>,
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

/// The old file name of signed file `n`: `0001.ron`. Still read, never written: two people
/// signing the same number would write the same path with different bytes.
pub fn revision_file_name(n: u32) -> String {
    format!("{n:04}.ron")
}

/// The name of a new signed file numbered `n`: `0004-<h12>.ron`, where `h12` is the first
/// 12 hex digits of the SHA-256 of `bytes`, the file's complete content. Two people who
/// sign the same number write two paths, so git merges them without a conflict.
pub fn signed_name(n: u32, bytes: &[u8]) -> String {
    format!("{n:04}-{}.ron", &sha256_hex(bytes)[..12])
}

/// The two parts of a signed file's name: its number and, for a new-style name, the 12 hex
/// digits of its SHA-256 (`0012.ron` → (12, None), `0012-0a1b2c3d4e5f.ron` → (12, Some)).
pub fn name_parts(path: &Path) -> Option<(u32, Option<&str>)> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".ron")?;
    let (digits, hash) = match stem.split_once('-') {
        Some((d, h)) => (d, Some(h)),
        None => (stem, None),
    };
    if digits.len() < 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(h) = hash
        && (h.len() != 12
            || !h
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
    {
        return None;
    }
    Some((digits.parse().ok()?, hash))
}

/// The revision number a file name stands for, if it is one (`0012.ron` and
/// `0012-0a1b2c3d4e5f.ron` → 12).
pub fn revision_number(path: &Path) -> Option<u32> {
    name_parts(path).map(|(n, _)| n)
}

/// Whether a new-style name does not match the file's SHA-256 (a renamed or edited file).
/// An old-style name has no hash, so it always matches.
pub fn name_mismatch(path: &Path, sha256: &str) -> bool {
    name_parts(path).is_some_and(|(_, h)| h.is_some_and(|h| !sha256.starts_with(h)))
}

/// A signed file's name without `.ron`, as messages show it: `0004` or `0004-0a1b2c3d4e5f`.
pub fn shown_name(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    name.trim_end_matches(".ron").to_string()
}

/// A signed file's name, as messages show it: `0004.ron`, `0004-0a1b2c3d4e5f.ron`.
pub fn shown_file(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Writes a new signed file numbered `n` into `dir` under its content name
/// ([`signed_name`]); fails if it exists. Every signed file Farol writes goes through here.
pub fn write_signed(dir: &Path, n: u32, bytes: &[u8]) -> Result<PathBuf, RecordError> {
    write_signed_in(dir, n, bytes, false)
}

/// [`write_signed`] into a directory just listed with [`revision_files_swept`] (a
/// directory of thousands of signed files is not listed again to sweep it).
pub(crate) fn write_signed_swept(dir: &Path, n: u32, bytes: &[u8]) -> Result<PathBuf, RecordError> {
    write_signed_in(dir, n, bytes, true)
}

fn write_signed_in(dir: &Path, n: u32, bytes: &[u8], swept: bool) -> Result<PathBuf, RecordError> {
    let path = dir.join(signed_name(n, bytes));
    let written = if swept {
        crate::fsutil::write_new_swept(&path, bytes, 0o644)
    } else {
        crate::fsutil::write_new(&path, bytes, 0o644)
    };
    written.map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists {
            RecordError::Exists { path: path.clone() }
        } else {
            let hint = crate::fsutil::write_hint(&source);
            RecordError::Io {
                action: "cannot write",
                path: path.clone(),
                source,
                hint,
            }
        }
    })?;
    Ok(path)
}

/// The file numbered `n` in `files` whose SHA-256 is `sha256`, else any file numbered `n`
/// (a replaced one), else None. A new-style name that cannot be it is never read.
pub fn find_numbered<'a>(
    files: &'a [(u32, PathBuf)],
    n: u32,
    sha256: &str,
    sha_of: &dyn Fn(&Path) -> Option<String>,
) -> Option<(&'a Path, bool)> {
    let same: Vec<&PathBuf> = files
        .iter()
        .filter(|(m, _)| *m == n)
        .map(|(_, p)| p)
        .collect();
    let could =
        |p: &Path| name_parts(p).is_none_or(|(_, h)| h.is_none_or(|h| sha256.starts_with(h)));
    same.iter()
        .filter(|p| could(p))
        .find(|p| sha_of(p).as_deref() == Some(sha256))
        .map(|p| (p.as_path(), true))
        .or_else(|| same.first().map(|p| (p.as_path(), false)))
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
    let pick = n.map(|number| Pick { number, hash: None });
    load_pick(dossier, id, pick.as_ref())
}

/// The revision `pick` names (`4`, `4-ab12cd`), or the latest when None: in a fork, the
/// tip with the highest number ([`tips::tips`]). A number two files of a fork share is
/// refused ([`RecordError::Ambiguous`]), naming the choices.
pub fn load_pick(dossier: &Dossier, id: &str, pick: Option<&Pick>) -> Result<Record, RecordError> {
    let files = revision_files(&revisions_dir(dossier, id))?;
    let known = if files.is_empty() {
        format!("'{id}' has no signed revision yet: sign it with `farol sign {id}`")
    } else {
        let mut numbers: Vec<u32> = files.iter().map(|(n, _)| *n).collect();
        numbers.dedup();
        format!(
            "its revisions are {}",
            numbers
                .iter()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let no_revision = |revision: String| RecordError::NoRevision {
        id: id.to_string(),
        revision,
        known: known.clone(),
    };
    match pick {
        None => match tips::latest(&files)? {
            Some((t, _)) => read_record(&t.path),
            None => Err(no_revision("yet".into())),
        },
        Some(p) => match p.find(&files) {
            Ok(path) => read_record(path),
            Err(choices) if choices.len() > 1 || (p.hash.is_none() && !choices.is_empty()) => {
                Err(RecordError::Ambiguous {
                    id: id.to_string(),
                    revision: p.number,
                    choices,
                })
            }
            Err(_) => Err(no_revision(p.shown())),
        },
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
    Ok(latest_record(dossier, &draft.id)?.filter(|r| unchanged_since(&r.body, draft, loaded)))
}

/// The latest revision of an assessment, if it has one.
pub fn latest_record(dossier: &Dossier, id: &str) -> Result<Option<Record>, RecordError> {
    let files = revision_files(&revisions_dir(dossier, id))?;
    let Some((tip, _)) = tips::latest(&files)? else {
        return Ok(None);
    };
    read_record(&tip.path).map(Some)
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
