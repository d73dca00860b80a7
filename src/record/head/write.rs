//! Writing the next head of an assessment at every signature: the latest revision (and
//! any fork), every review by SHA-256, and the summary `farol list` shows, read as little
//! as possible so that signing does not slow down as the history grows. The signer's next
//! index is written after it.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::index::write_index;
use super::{
    HEAD_FORMAT, Head, Named, heads_dir, named, newest_numbered, next_of, parse_head, read,
    seal_head,
};
use crate::dossier::Dossier;
use crate::keys::LoadedKey;
use crate::record::body::Signer;
use crate::record::summary::HeadSummary;
use crate::record::tips::tips;
use crate::record::{RecordError, revision_files, sha256_hex};

/// What was just signed, for the new head's summary.
#[derive(Debug, Clone, Copy)]
pub enum Signed<'a> {
    /// A revision: its body.
    Revision(&'a crate::record::RecordBody),
    /// A review of revision `revision`.
    Review {
        revision: u32,
        opinion: crate::review::Opinion,
        review_due: Option<chrono::NaiveDate>,
    },
    /// Nothing new: the head names what is on disk, summarised as before.
    Nothing,
}

/// Writes the next head of assessment `id` (naming its latest revision and every review as
/// they are on disk now), then the signer's next dossier index; returns the head's path.
pub fn record_head(
    dossier: &Dossier,
    id: &str,
    key: &LoadedKey,
    now: DateTime<Utc>,
) -> Result<PathBuf, RecordError> {
    record_head_for(dossier, id, key, now, Signed::Nothing)
}

/// [`record_head`], after signing `signed`. It reads the latest revision, the newest head
/// and reviews newer than that head only: its time does not grow with the history.
pub fn record_head_for(
    dossier: &Dossier,
    id: &str,
    key: &LoadedKey,
    now: DateTime<Utc>,
    signed: Signed,
) -> Result<PathBuf, RecordError> {
    let dir = dossier.root().join("assessments").join(id);
    let latest = newest_numbered(&dir.join("revisions"))?;
    let before = newest_numbered(&heads_dir(&dir))?;
    write_head(
        dossier,
        id,
        key,
        now,
        signed,
        Behind {
            latest: latest
                .as_ref()
                .map(|(n, p, b)| (*n, p.as_path(), b.as_slice())),
            head: before.as_ref().map(|(n, _, b)| (*n, b.as_slice())),
            listed: None,
        },
    )
}

/// The files of a numbered directory, as `revision_files` lists them.
pub(crate) type Numbered = Vec<(u32, PathBuf)>;

/// What a new head follows, as read before writing it.
pub(crate) struct Behind<'a> {
    /// The latest revision: number, path, bytes.
    pub latest: Option<(u32, &'a Path, &'a [u8])>,
    /// The newest head: number, bytes.
    pub head: Option<(u32, &'a [u8])>,
    /// The revisions (the new one included) and heads, as just listed and swept by the
    /// signer (`HeadTip::read`); None: list them here.
    pub listed: Option<(Numbered, &'a [(u32, PathBuf)])>,
}

/// Writes the head after `behind.head`, naming `behind.latest`, then the index.
pub(crate) fn write_head(
    dossier: &Dossier,
    id: &str,
    key: &LoadedKey,
    now: DateTime<Utc>,
    signed: Signed,
    behind: Behind,
) -> Result<PathBuf, RecordError> {
    let Behind {
        latest,
        head: before,
        listed,
    } = behind;
    let dir = dossier.root().join("assessments").join(id);
    let swept = listed.is_some();
    let (revision_list, head_list) = match listed {
        Some((r, h)) => (r, h.to_vec()),
        None => (
            revision_files(&dir.join("revisions"))?,
            revision_files(&heads_dir(&dir))?,
        ),
    };
    // Every latest revision: the first is the head's, the others a fork still open.
    let mut latest_revisions = tips(&revision_list)?.into_iter().map(|t| Named {
        number: t.number,
        sha256: t.sha256,
    });
    let revision = latest_revisions.next();
    let forks: Vec<Named> = latest_revisions.collect();
    let (number, previous, merges) = next_of(&head_list)?;
    // The previous head's names are kept for the reviews it named (a review replaced
    // since stays named as it was, so verification still sees the replacement); where two
    // reviews share a number (reviewers countersigned at once), both are read.
    let prior = before.and_then(|(_, b)| {
        crate::record::sign::split("", b)
            .ok()
            .filter(|t| t.holds(b))
            .and_then(|t| parse_head(b, t.signed_len).ok())
    });
    let review_files = revision_files(&dir.join("reviews"))?;
    let mut on_disk: std::collections::HashMap<u32, usize> = Default::default();
    for (n, _) in &review_files {
        *on_disk.entry(*n).or_default() += 1;
    }
    let mut kept: std::collections::HashMap<u32, Vec<&Named>> = Default::default();
    for r in prior.iter().flat_map(|h| &h.reviews) {
        kept.entry(r.number).or_default().push(r);
    }
    let mut reviews = Vec::new();
    for (n, p) in &review_files {
        match kept.get(n).map(Vec::as_slice) {
            Some([r]) if on_disk[n] == 1 => reviews.push((*r).clone()),
            _ => reviews.push(named(*n, &read(p)?)),
        }
    }
    // A summary only of a history with one latest revision, the one just read.
    let summary = match (latest, &revision) {
        (Some(l), Some(r))
            if forks.is_empty() && r.number == l.0 && r.sha256 == sha256_hex(l.2) =>
        {
            Some(summarise(&dir, l, prior.as_ref(), signed)?)
        }
        _ => None,
    };
    let head = Head {
        format: HEAD_FORMAT,
        assessment: id.to_string(),
        number,
        previous,
        merges,
        revision,
        forks,
        reviews,
        signer: Signer::of(key, now),
        summary,
    };
    let bytes = seal_head(&head, key);
    let path = if swept {
        crate::record::write_signed_swept(&heads_dir(&dir), number, &bytes)?
    } else {
        crate::record::write_signed(&heads_dir(&dir), number, &bytes)?
    };
    write_index(dossier, key, now, Some((id, named(number, &bytes))))?;
    Ok(path)
}

/// The new head's summary of the latest revision `(n, path, bytes)`: from what was just
/// signed and the previous head's summary, reading the revision only when neither has it.
fn summarise(
    dir: &Path,
    (n, path, bytes): (u32, &Path, &[u8]),
    prior: Option<&Head>,
    signed: Signed,
) -> Result<HeadSummary, RecordError> {
    let carried = prior.and_then(|h| h.summary.as_ref());
    let due = match carried {
        Some(s) => s.review_due,
        None => due_from_reviews(dir)?,
    };
    let of_latest = |due| -> Result<HeadSummary, RecordError> {
        match carried.filter(|s| s.revision == n) {
            Some(s) => Ok(s.clone()),
            None => {
                let body = crate::record::body::parse_body(&path.display().to_string(), bytes)?;
                Ok(HeadSummary::of_revision(&body, due))
            }
        }
    };
    Ok(match signed {
        Signed::Revision(body) => HeadSummary::of_revision(body, due),
        Signed::Review {
            revision,
            opinion,
            review_due,
        } if revision == n => of_latest(due)?.reviewed(opinion, review_due),
        Signed::Review { .. } => of_latest(due)?,
        // Nothing signed now: a summary carried for this revision holds its review's
        // opinion already; one made afresh takes it from the newest review, if that one
        // judges this revision (as `farol verify` reads it).
        Signed::Nothing if carried.is_some_and(|s| s.revision == n) => of_latest(due)?,
        Signed::Nothing => match newest_review(dir)? {
            Some(r) if r.body.revision == n => {
                of_latest(due)?.reviewed(r.body.opinion, r.body.review_due)
            }
            _ => of_latest(due)?,
        },
    })
}

/// The newest review of an assessment (the last in number order), if it has one.
fn newest_review(dir: &Path) -> Result<Option<crate::review::ReviewRecord>, RecordError> {
    match revision_files(&dir.join("reviews"))?.last() {
        Some((_, p)) => Ok(Some(crate::review::read_review(p)?)),
        None => Ok(None),
    }
}

/// The review-due date of the newest approving review (read newest first, as far as the
/// first approval): for a history whose heads had no summary yet.
fn due_from_reviews(dir: &Path) -> Result<Option<chrono::NaiveDate>, RecordError> {
    for (_, p) in revision_files(&dir.join("reviews"))?.iter().rev() {
        let r = crate::review::read_review(p)?;
        if r.body.opinion.approves() {
            return Ok(r.body.review_due);
        }
    }
    Ok(None)
}
