//! The review in progress: `assessments/<id>/review.ron`, read strictly and written
//! atomically. A saved review that judged an older revision is moved aside, never lost.

use std::path::{Path, PathBuf};

use super::model::{ReviewDraft, SCHEMA};
use super::{ReviewError, draft_path};
use crate::dossier::Dossier;
use crate::fsutil::write_atomic;
use crate::location::{self, Location};
use crate::record::{self, revision_file_name};

/// A review ready to work on.
#[derive(Debug, Clone)]
pub struct Started {
    pub draft: ReviewDraft,
    /// The saved review of this revision was loaded.
    pub resumed: bool,
    /// A saved review judged an older revision (or a revision file since replaced): its
    /// revision number. It stays in `review.ron` until this review is first saved, when
    /// it is moved to `review-of-revision-NNNN.ron`.
    pub superseded: Option<u32>,
}

/// A signed revision read: its number, file and bytes.
pub(crate) type RevisionFile = (u32, PathBuf, Vec<u8>);

/// The latest signed revision of `id`.
pub(crate) fn latest_revision(
    dossier: &Dossier,
    id: &str,
) -> Result<Option<RevisionFile>, ReviewError> {
    Ok(latest_revision_forked(dossier, id)?.map(|(r, _)| r))
}

/// [`latest_revision`], and whether it is one of several latest revisions (a fork).
pub(crate) fn latest_revision_forked(
    dossier: &Dossier,
    id: &str,
) -> Result<Option<(RevisionFile, bool)>, ReviewError> {
    let files = record::revision_files(&record::revisions_dir(dossier, id))?;
    let Some((tip, forked)) = record::latest(&files)? else {
        return Ok(None);
    };
    let bytes = std::fs::read(&tip.path).map_err(|source| ReviewError::Io {
        action: "cannot read",
        path: tip.path.clone(),
        source,
        hint: "check that you may read the dossier",
    })?;
    Ok(Some(((tip.number, tip.path, bytes), forked)))
}

/// Starts or resumes the review of the latest signed revision of `id`. Reads only.
pub fn start(dossier: &Dossier, id: &str) -> Result<Started, ReviewError> {
    let Some((n, _, bytes)) = latest_revision(dossier, id)? else {
        // An unknown id is said as such, with suggestions.
        if !dossier.draft_path(id).is_file() {
            dossier.load_draft(id)?;
        }
        return Err(ReviewError::NotSigned { id: id.to_string() });
    };
    let sha = record::sha256_hex(&bytes);
    let fresh = ReviewDraft::new(id, n, &sha);
    Ok(match load_draft(dossier, id)? {
        Some(d) if d.revision == n && d.revision_sha256 == sha => Started {
            draft: d,
            resumed: true,
            superseded: None,
        },
        Some(d) => Started {
            draft: fresh,
            resumed: false,
            superseded: Some(d.revision),
        },
        None => Started {
            draft: fresh,
            resumed: false,
            superseded: None,
        },
    })
}

/// The saved review in progress of `id`, if there is one.
pub fn load_draft(dossier: &Dossier, id: &str) -> Result<Option<ReviewDraft>, ReviewError> {
    let path = draft_path(dossier, id);
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(ReviewError::Io {
                action: "cannot read",
                path,
                source,
                hint: "check that you may read the dossier",
            });
        }
    };
    let file = path.display().to_string();
    let d = parse_draft(&file, &source)?;
    if d.assessment != id {
        return Err(ReviewError::Parse {
            at: Location::at_offset(&file, &source, source.find("assessment").unwrap_or(0)),
            message: format!(
                "this review is of assessment '{}', not of '{id}'",
                d.assessment
            ),
            hint: "it was copied from another assessment; move it back there or remove it. The file has not been changed.".into(),
        });
    }
    Ok(Some(d))
}

/// Saves the review in progress atomically. A saved review of another revision is first
/// moved aside; a saved file that cannot be read is never overwritten.
pub fn save_draft(dossier: &Dossier, draft: &ReviewDraft) -> Result<PathBuf, ReviewError> {
    let path = draft_path(dossier, &draft.assessment);
    crate::share::ensure_gitignore_quietly(dossier.root());
    if let Some(old) = load_draft(dossier, &draft.assessment)?
        && (old.revision != draft.revision || old.revision_sha256 != draft.revision_sha256)
    {
        set_aside(&path, old.revision)?;
    }
    write_atomic(&path, serialize_draft(draft).as_bytes()).map_err(|source| ReviewError::Io {
        action: "cannot write",
        path: path.clone(),
        source,
        hint: "check that the dossier exists and that you may write to it",
    })?;
    Ok(path)
}

/// Moves `review.ron` to the first free `review-of-revision-NNNN[-k].ron` beside it.
fn set_aside(path: &Path, revision: u32) -> Result<PathBuf, ReviewError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let stem = format!(
        "review-of-revision-{}",
        revision_file_name(revision).trim_end_matches(".ron")
    );
    let mut k = 1;
    let target = loop {
        let name = if k == 1 {
            format!("{stem}.ron")
        } else {
            format!("{stem}-{k}.ron")
        };
        let t = dir.join(name);
        if !t.exists() {
            break t;
        }
        k += 1;
    };
    std::fs::rename(path, &target).map_err(|source| ReviewError::Io {
        action: "cannot move aside",
        path: path.to_path_buf(),
        source,
        hint: "check that you may write to the assessment's directory",
    })?;
    Ok(target)
}

pub(crate) fn serialize_draft(d: &ReviewDraft) -> String {
    let cfg = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string())
        .depth_limit(3);
    let body = ron::ser::to_string_pretty(d, cfg).expect("a review draft always serialises");
    format!(
        "// Farol review in progress of '{}', revision {}. Countersign with `farol review {} --sign`.\n{body}\n",
        d.assessment, d.revision, d.assessment
    )
}

pub(crate) fn parse_draft(file: &str, source: &str) -> Result<ReviewDraft, ReviewError> {
    if let Some(found) = number_after(source, "schema:")
        && found > SCHEMA
    {
        return Err(ReviewError::NewerSchema {
            at: Location::at_offset(file, source, source.find("schema").unwrap_or(0)),
            found,
            supported: SCHEMA,
        });
    }
    crate::questionnaire::load::ron_options()
        .from_str::<ReviewDraft>(source)
        .map_err(|e| ReviewError::Parse {
            at: Location::from_ron(file, &e),
            message: e.code.to_string(),
            hint: format!(
                "{}. The file has not been changed.",
                location::ron_hint(&e.code)
            ),
        })
}

pub(crate) fn number_after(source: &str, key: &str) -> Option<u32> {
    let i = source.find(key)?;
    let rest = source[i + key.len()..].trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
