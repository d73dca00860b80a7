//! Heads and dossier indexes: what makes the removal of the *newest* signed thing visible.
//!
//! Each revision names the one before it, and each review the one before it, so a removal
//! in the middle of a history breaks a chain. Nothing names the newest ones, though. So at
//! every signature (a revision signed, a review countersigned) the signer also writes:
//!
//! ```text
//! DOSSIER/assessments/<id>/heads/NNNN.ron     Head: the latest revision and every review,
//!                                             each by number and SHA-256, and the
//!                                             previous head's SHA-256
//! DOSSIER/index/<fp16>/NNNN.ron               Index: every assessment of the dossier that
//!                                             has a head, with its newest head's SHA-256;
//!                                             one directory per signing key
//! ```
//!
//! Both are signed like a record (`sign::seal`). They are files each signer *adds*, never
//! rewrites: for a team sharing a dossier in git, two people signing different assessments
//! add different files, and an index directory belongs to one key only.
//!
//! What verification then catches (see `verify::complete`): a revision or review that no
//! head names (the newest head was removed, or a file was slipped in), a head that names a
//! missing or different file (the newest revision or review was removed or replaced), a
//! missing head in a head chain, and an assessment or head an index names that is gone (a
//! whole assessment removed, or its newest revision removed together with its head).
//! Removing the newest revision, its head *and* the signer's newest index entry together
//! leaves a consistent older dossier; only an outside copy (an inspector's bundle, whose
//! manifest is signed; a git history) shows that, and the documentation says so.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::body::Signer;
use super::sign::seal;
use super::summary::HeadSummary;
use super::tips::{Tip, tips};
use super::{RecordError, find_numbered, revision_file_name, revision_files, sha256_hex};
use crate::dossier::Dossier;
use crate::keys::LoadedKey;

/// The version of the head and index formats.
pub const HEAD_FORMAT: u32 = 1;

/// A signed file named by number and by the SHA-256 of its complete bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Named", deny_unknown_fields)]
pub struct Named {
    pub number: u32,
    pub sha256: String,
}

/// `assessments/<id>/heads/NNNN.ron`: what an assessment held when it was last signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Head", deny_unknown_fields)]
pub struct Head {
    pub format: u32,
    pub assessment: String,
    pub number: u32,
    /// SHA-256 of the complete previous head file; None for head 1.
    pub previous: Option<String>,
    /// The SHA-256 of every other newest head when heads had forked (two people signed at
    /// once in two clones): this head follows `previous` and merges them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<String>,
    /// The latest signed revision (None only if the assessment has none).
    pub revision: Option<Named>,
    /// The other latest revisions when the revisions are forked (`farol resolve` ends it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forks: Vec<Named>,
    /// Every signed review, oldest first.
    pub reviews: Vec<Named>,
    pub signer: Signer,
    /// What `farol list` and the home screen show for this signed state, so that they
    /// need not parse the revision; `farol verify` checks it against the revision named.
    /// Absent from heads written before summaries existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<super::summary::HeadSummary>,
}

/// One assessment as an index names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Entry", deny_unknown_fields)]
pub struct IndexEntry {
    pub assessment: String,
    pub head: Named,
}

/// `index/<fp16>/NNNN.ron`: the assessments of the dossier one signer saw when signing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Index", deny_unknown_fields)]
pub struct Index {
    pub format: u32,
    pub number: u32,
    /// SHA-256 of this signer's previous index file; None for the first.
    pub previous: Option<String>,
    /// The SHA-256 of this signer's other newest indexes, if they forked (one key used in
    /// two clones).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<String>,
    /// For an index that names only what changed since the one before (the head just
    /// signed, heads that arrived from others): the complete index it adds to.
    /// What the signer saw is then that index, with every index after it up to this one
    /// (see [`index_view`]). None: this index names every assessment itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<Named>,
    pub assessments: Vec<IndexEntry>,
    pub signer: Signer,
}

/// The directory of an assessment's heads.
pub fn heads_dir(assessment_dir: &Path) -> PathBuf {
    assessment_dir.join("heads")
}

/// The directory of the dossier's indexes, one sub-directory per signing key.
pub fn index_dir(root: &Path) -> PathBuf {
    root.join("index")
}

/// The newest signed file of a numbered directory, as (number, path, bytes): one listing
/// and one read, whatever the number of older files.
pub(crate) fn newest_numbered(dir: &Path) -> Result<Option<(u32, PathBuf, Vec<u8>)>, RecordError> {
    let Some((n, p)) = revision_files(dir)?.pop() else {
        return Ok(None);
    };
    let bytes = std::fs::read(&p).map_err(|source| RecordError::Io {
        action: "cannot read",
        path: p.clone(),
        source,
        hint: "check that the dossier exists and that you may read it",
    })?;
    Ok(Some((n, p, bytes)))
}

/// What signing reads of an assessment's history, once: the revision files (a listing)
/// and the newest head file. Nothing older is read.
#[derive(Debug)]
pub(crate) struct HeadTip {
    pub revisions: Vec<(u32, PathBuf)>,
    pub heads: Vec<(u32, PathBuf)>,
    pub head: Option<(u32, PathBuf, Vec<u8>)>,
}

impl HeadTip {
    /// Reads the tip, sweeping both directories of stale temporary files on the way.
    pub(crate) fn read(assessment_dir: &Path) -> Result<HeadTip, RecordError> {
        let heads = super::revision_files_swept(&heads_dir(assessment_dir))?;
        Ok(HeadTip {
            revisions: super::revision_files_swept(&assessment_dir.join("revisions"))?,
            head: match heads.last() {
                Some((n, p)) => Some((*n, p.clone(), read(p)?)),
                None => None,
            },
            heads,
        })
    }

    /// The newest head, if its signature holds and it parses.
    pub(crate) fn parsed_head(&self) -> Option<Head> {
        let (_, _, b) = self.head.as_ref()?;
        let t = super::sign::split("", b).ok().filter(|t| t.holds(b))?;
        parse_head(b, t.signed_len).ok()
    }
}

/// The newest index of one signer's index directory, if its signature holds (trust is the
/// caller's business), with its number.
fn newest_index_numbered(signer_dir: &Path) -> Option<(u32, Index)> {
    newest_index_signed(signer_dir).map(|(n, x, _)| (n, x))
}

/// [`newest_index_numbered`], with the key whose signature holds. The index returned
/// names everything its signer saw ([`index_view`]).
pub(crate) fn newest_index_signed(
    signer_dir: &Path,
) -> Option<(u32, Index, ed25519_dalek::VerifyingKey)> {
    let (n, _, bytes) = newest_numbered(signer_dir).ok()??;
    let t = super::sign::split("", &bytes)
        .ok()
        .filter(|t| t.holds(&bytes))?;
    let mut index = parse_index(&bytes, t.signed_len).ok()?;
    index.assessments = index_view(signer_dir, &index).ok()?;
    Some((n, index, t.public_key))
}

/// How many indexes may add to one complete index before the next is complete again: an
/// index names every assessment of the dossier, so writing one at every signature would
/// make a dossier of 500 assessments grow by about 110 KB per signature.
pub const INDEX_CHECKPOINT: u32 = 32;

/// Everything the signer of `index` saw: `index`'s own entries if it is complete, else
/// its base's, updated by every index from the base up to `index`, each found by number
/// and SHA-256 and checked against the SHA-256 the one after it names (the signature of
/// `index` covers them all through that chain). Err: a link is missing or changed.
pub(crate) fn index_view(signer_dir: &Path, index: &Index) -> Result<Vec<IndexEntry>, String> {
    let Some(base) = &index.base else {
        return Ok(index.assessments.clone());
    };
    let files = revision_files(signer_dir).map_err(|e| e.to_string())?;
    let fetch = |n: u32, sha: &str| -> Result<Index, String> {
        let shown = format!("{n:04}-{}", sha.get(..12).unwrap_or(sha));
        let read = |p: &Path| std::fs::read(p).ok().map(|b| sha256_hex(&b));
        let Some((p, true)) = find_numbered(&files, n, sha, &read) else {
            return Err(shown);
        };
        let b = std::fs::read(p).map_err(|_| shown.clone())?;
        let tr = super::sign::split("", &b).map_err(|_| shown.clone())?;
        parse_index(&b, tr.signed_len).map_err(|_| shown)
    };
    // Back from `index` to its base, newest first.
    let mut added = vec![index.assessments.clone()];
    let mut at = index.clone();
    while at.number > base.number + 1 {
        let prev = at
            .previous
            .clone()
            .ok_or_else(|| format!("{:04}", at.number - 1))?;
        at = fetch(at.number - 1, &prev)?;
        if at.base.as_ref() != Some(base) {
            return Err(format!("{:04}", at.number));
        }
        added.push(at.assessments.clone());
    }
    if at.previous.as_deref() != Some(base.sha256.as_str()) {
        return Err(format!("{:04}", base.number));
    }
    let full = fetch(base.number, &base.sha256)?;
    if full.base.is_some() {
        return Err(format!("{:04}", base.number));
    }
    let mut view: std::collections::BTreeMap<String, Named> = full
        .assessments
        .into_iter()
        .map(|e| (e.assessment, e.head))
        .collect();
    for entries in added.into_iter().rev() {
        for e in entries {
            view.insert(e.assessment, e.head);
        }
    }
    Ok(view
        .into_iter()
        .map(|(assessment, head)| IndexEntry { assessment, head })
        .collect())
}

fn named(n: u32, bytes: &[u8]) -> Named {
    Named {
        number: n,
        sha256: sha256_hex(bytes),
    }
}

fn pretty<T: Serialize>(v: &T) -> String {
    let cfg = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string());
    ron::ser::to_string_pretty(v, cfg).expect("a head or index always serialises")
}

/// The bytes of a head, sealed by `key`.
pub fn seal_head(head: &Head, key: &LoadedKey) -> Vec<u8> {
    let body = format!(
        "// Farol head of '{}': the latest revision and every review, by SHA-256. Signed below.\n{}\n",
        head.assessment,
        pretty(head)
    );
    seal(&body, key)
}

/// The bytes of an index, sealed by `key`.
pub fn seal_index(index: &Index, key: &LoadedKey) -> Vec<u8> {
    let body = format!(
        "// Farol dossier index: every assessment with a head, as {} saw it. Signed below.\n{}\n",
        index.signer.name,
        pretty(index)
    );
    seal(&body, key)
}

/// What was just signed, for the new head's summary.
#[derive(Debug, Clone, Copy)]
pub enum Signed<'a> {
    /// A revision: its body.
    Revision(&'a super::RecordBody),
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
        super::sign::split("", b)
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
        super::write_signed_swept(&heads_dir(&dir), number, &bytes)?
    } else {
        super::write_signed(&heads_dir(&dir), number, &bytes)?
    };
    write_index(dossier, key, now, Some((id, named(number, &bytes))))?;
    Ok(path)
}

/// The number, `previous` and `merges` of the next file of a chain of heads or indexes:
/// it follows the latest tip and merges the others (a fork of heads ends by itself).
fn next_of(files: &[(u32, PathBuf)]) -> Result<(u32, Option<String>, Vec<String>), RecordError> {
    Ok(next_of_tips(&tips(files)?))
}

fn next_of_tips(tips: &[Tip]) -> (u32, Option<String>, Vec<String>) {
    match tips.split_first() {
        None => (1, None, vec![]),
        Some((t, others)) => (
            tips.iter().map(|t| t.number).max().unwrap_or(t.number) + 1,
            Some(t.sha256.clone()),
            others.iter().map(|o| o.sha256.clone()).collect(),
        ),
    }
}

fn read(p: &Path) -> Result<Vec<u8>, RecordError> {
    std::fs::read(p).map_err(|source| RecordError::Io {
        action: "cannot read",
        path: p.to_path_buf(),
        source,
        hint: "check that you may read the dossier",
    })
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
                let body = super::body::parse_body(&path.display().to_string(), bytes)?;
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
        Signed::Review { .. } | Signed::Nothing => of_latest(due)?,
    })
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

/// Writes the signer's next dossier index: every assessment with a head, by its newest.
/// A head the signer's previous index already names (same number) is not read again.
pub fn record_index(
    dossier: &Dossier,
    key: &LoadedKey,
    now: DateTime<Utc>,
) -> Result<PathBuf, RecordError> {
    write_index(dossier, key, now, None)
}

/// [`record_index`], knowing the head `fresh` just written (its directory is not listed).
fn write_index(
    dossier: &Dossier,
    key: &LoadedKey,
    now: DateTime<Utc>,
    fresh: Option<(&str, Named)>,
) -> Result<PathBuf, RecordError> {
    let root = dossier.root();
    let dir = index_dir(root).join(&key.info.fingerprint[..16]);
    // This signer's newest index (or indexes, if one key signed in two clones at once),
    // each as everything it saw.
    let mine = tips(&revision_files(&dir)?)?;
    let (number, previous, merges) = next_of_tips(&mine);
    let newest: Vec<(Index, Named, Option<Vec<IndexEntry>>)> = mine
        .iter()
        .filter_map(|t| {
            let b = std::fs::read(&t.path).ok()?;
            let tr = super::sign::split("", &b).ok().filter(|tr| tr.holds(&b))?;
            let x = parse_index(&b, tr.signed_len).ok()?;
            let view = index_view(&dir, &x).ok();
            Some((x, named(t.number, &b), view))
        })
        .collect();
    // Between complete indexes, an index names only what changed since the view it adds
    // to (the head just signed, and any head that arrived from someone else) and adds to
    // the last complete one; a fork of this signer's indexes, or a view that does not
    // read, is followed by a complete index.
    let adds_to = match newest.as_slice() {
        [(x, at, Some(view))] if mine.len() == 1 => {
            let base = x.base.clone().unwrap_or_else(|| at.clone());
            (number - base.number < INDEX_CHECKPOINT).then(|| (base, view.clone()))
        }
        _ => None,
    };
    let befores: Vec<Index> = newest
        .into_iter()
        .map(|(x, _, view)| Index {
            assessments: view.unwrap_or(x.assessments.clone()),
            ..x
        })
        .collect();
    let known: std::collections::HashMap<&str, &Named> = befores
        .first()
        .iter()
        .flat_map(|x| x.assessments.iter())
        .map(|e| (e.assessment.as_str(), &e.head))
        .collect();
    let mut ids: Vec<PathBuf> = match std::fs::read_dir(root.join("assessments")) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect(),
        Err(_) => vec![],
    };
    ids.sort();
    let mut assessments = Vec::new();
    for a in ids {
        let Some(id) = a.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if let Some((_, h)) = fresh.as_ref().filter(|(f, _)| *f == id) {
            assessments.push(IndexEntry {
                assessment: id.to_string(),
                head: h.clone(),
            });
            continue;
        }
        let Some((n, p)) = revision_files(&heads_dir(&a))?.pop() else {
            continue;
        };
        let head = match known.get(id) {
            Some(h) if h.number == n => (*h).clone(),
            _ => named(n, &read(&p)?),
        };
        assessments.push(IndexEntry {
            assessment: id.to_string(),
            head,
        });
    }
    // An index never forgets: what this signer's previous index named and is now gone
    // (an assessment removed, a head rolled back or replaced) is named again, so that
    // signing something else never hides a removal.
    let mut at: std::collections::HashMap<String, usize> = assessments
        .iter()
        .enumerate()
        .map(|(i, e)| (e.assessment.clone(), i))
        .collect();
    for before in &befores {
        for old in &before.assessments {
            match at.get(&old.assessment).map(|i| &mut assessments[*i]) {
                None => {
                    at.insert(old.assessment.clone(), assessments.len());
                    assessments.push(old.clone());
                }
                Some(now)
                    if now.head.number < old.head.number
                        || (now.head.number == old.head.number
                            && now.head.sha256 != old.head.sha256) =>
                {
                    *now = old.clone();
                }
                Some(_) => {}
            }
        }
    }
    assessments.sort_by(|a, b| a.assessment.cmp(&b.assessment));
    // What this index names: everything, or what differs from the view it adds to (a
    // head rolled back or replaced keeps the view's entry above, so it is not listed).
    let (base, assessments) = match adds_to {
        Some((base, view)) => {
            let seen: std::collections::HashMap<&str, &Named> = view
                .iter()
                .map(|e| (e.assessment.as_str(), &e.head))
                .collect();
            let changed = assessments
                .iter()
                .filter(|e| seen.get(e.assessment.as_str()) != Some(&&e.head))
                .cloned()
                .collect();
            (Some(base), changed)
        }
        None => (None, assessments),
    };
    let index = Index {
        format: HEAD_FORMAT,
        number,
        previous,
        merges,
        base,
        assessments,
        signer: Signer::of(key, now),
    };
    super::write_signed(&dir, number, &seal_index(&index, key))
}

/// Reads the signed part of a head (its signature is not checked here).
pub fn parse_head(bytes: &[u8], signed_len: usize) -> Result<Head, String> {
    let text = std::str::from_utf8(&bytes[..signed_len]).map_err(|_| "not UTF-8 text")?;
    ron::from_str(text).map_err(|e| {
        format!(
            "line {}, column {}: {}",
            e.span.start.line, e.span.start.col, e.code
        )
    })
}

/// Reads the signed part of an index (its signature is not checked here).
pub fn parse_index(bytes: &[u8], signed_len: usize) -> Result<Index, String> {
    let text = std::str::from_utf8(&bytes[..signed_len]).map_err(|_| "not UTF-8 text")?;
    ron::from_str(text).map_err(|e| {
        format!(
            "line {}, column {}: {}",
            e.span.start.line, e.span.start.col, e.code
        )
    })
}

/// The newest head of assessment `id` that any signer's newest dossier index names, with
/// the index file (only indexes whose signature holds; trust is not checked here).
fn newest_indexed_head(root: &Path, id: &str) -> Option<(u32, String)> {
    indexed_heads(root).remove(id)
}

/// [`newest_indexed_head`] of every assessment the indexes name, reading each signer's
/// newest index once.
pub(crate) fn indexed_heads(root: &Path) -> std::collections::HashMap<String, (u32, String)> {
    let mut best: std::collections::HashMap<String, (u32, String)> = Default::default();
    let Ok(rd) = std::fs::read_dir(index_dir(root)) else {
        return best;
    };
    for signer in rd.filter_map(Result::ok).map(|e| e.path()) {
        let Some((n, index)) = newest_index_numbered(&signer) else {
            continue;
        };
        let stem = signer
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        for e in index.assessments {
            if best
                .get(&e.assessment)
                .is_none_or(|(b, _)| e.head.number > *b)
            {
                best.insert(
                    e.assessment,
                    (
                        e.head.number,
                        format!("index/{stem}/{}", revision_file_name(n)),
                    ),
                );
            }
        }
    }
    best
}

/// What the newest head of an assessment names that is no longer there, or no longer the
/// same, and a newer head a dossier index names that is gone (empty: nothing found).
/// Signatures must hold but trust is not checked here: this is the quick check `farol
/// status` makes, so that a removed review is never read as "no review"; `farol verify`
/// checks everything.
pub fn missing_since_head(root: &Path, id: &str) -> Vec<String> {
    missing_since_head_in(root, id, crate::i18n::Lang::En)
}

/// `missing_since_head`, worded in `lang`.
pub fn missing_since_head_in(root: &Path, id: &str, lang: crate::i18n::Lang) -> Vec<String> {
    match HeadTip::read(&root.join("assessments").join(id)) {
        Ok(tip) => missing_in(root, id, &tip, lang),
        Err(_) => vec![],
    }
}

fn missing_in(root: &Path, id: &str, tip: &HeadTip, lang: crate::i18n::Lang) -> Vec<String> {
    missing_with(root, id, tip, newest_indexed_head(root, id), lang)
}

/// [`missing_since_head_in`], with the newest head the indexes name already read (see
/// [`indexed_heads`]).
pub(crate) fn missing_since_head_with(
    root: &Path,
    id: &str,
    indexed: Option<(u32, String)>,
    lang: crate::i18n::Lang,
) -> Vec<String> {
    match HeadTip::read(&root.join("assessments").join(id)) {
        Ok(tip) => missing_with(root, id, &tip, indexed, lang),
        Err(_) => vec![],
    }
}

fn missing_with(
    root: &Path,
    id: &str,
    tip: &HeadTip,
    indexed: Option<(u32, String)>,
    lang: crate::i18n::Lang,
) -> Vec<String> {
    let assessment_dir = root.join("assessments").join(id);
    let assessment_dir = assessment_dir.as_path();
    let newest = &tip.head;
    let newest_n = newest.as_ref().map_or(0, |(n, _, _)| *n);
    if let Some((k, by)) = &indexed
        && *k > newest_n
    {
        return vec![crate::tr!(
            lang,
            "verify-quick-head-missing",
            head = format!("heads/{}", revision_file_name(*k)),
            index = by.as_str()
        )];
    }
    let Some((n, head_path, bytes)) = newest else {
        return vec![];
    };
    let Some(head) = super::sign::split("", bytes)
        .ok()
        .filter(|t| t.holds(bytes))
        .and_then(|t| parse_head(bytes, t.signed_len).ok())
    else {
        return vec![crate::tr!(
            lang,
            "verify-quick-head-bad",
            head = format!("heads/{}", revision_file_name(*n))
        )];
    };
    // The revision and the newest review are read and compared; older reviews must be
    // there (a listing): `farol verify` compares every byte.
    let newest_review = head.reviews.last().map(|r| r.number);
    let mut out = Vec::new();
    let sha_of = |p: &Path| std::fs::read(p).ok().map(|b| sha256_hex(&b));
    for (kind, named) in [
        (
            "revisions",
            head.revision.iter().chain(&head.forks).collect::<Vec<_>>(),
        ),
        ("reviews", head.reviews.iter().collect()),
    ] {
        let on_disk = if kind == "revisions" {
            tip.revisions.clone()
        } else {
            revision_files(&assessment_dir.join(kind)).unwrap_or_default()
        };
        for r in named {
            let head = format!("heads/{}", super::shown_file(head_path));
            let compare = kind == "revisions" || Some(r.number) == newest_review;
            let there = on_disk.iter().any(|(k, _)| *k == r.number);
            if !there {
                out.push(crate::tr!(
                    lang,
                    "verify-quick-file-missing",
                    file = format!("{kind}/{}", revision_file_name(r.number)),
                    head = head
                ));
                continue;
            }
            if !compare {
                continue;
            }
            match find_numbered(&on_disk, r.number, &r.sha256, &sha_of) {
                Some((_, true)) => {}
                Some((p, false)) => out.push(crate::tr!(
                    lang,
                    "verify-quick-file-replaced",
                    file = format!("{kind}/{}", super::shown_file(p)),
                    head = head
                )),
                None => out.push(crate::tr!(
                    lang,
                    "verify-quick-file-missing",
                    file = format!("{kind}/{}", revision_file_name(r.number)),
                    head = head
                )),
            }
        }
    }
    out
}

/// Refuses to sign on top of a history whose newest head, or a dossier index, names
/// something that is gone: the new signature would otherwise hide the removal.
pub(crate) fn check_before_signing(dossier: &Dossier, id: &str) -> Result<(), RecordError> {
    let tip = HeadTip::read(&dossier.root().join("assessments").join(id))?;
    check_tip(dossier, id, &tip)
}

/// [`check_before_signing`], with the history's tip already read.
pub(crate) fn check_tip(dossier: &Dossier, id: &str, tip: &HeadTip) -> Result<(), RecordError> {
    let missing = missing_in(dossier.root(), id, tip, crate::i18n::Lang::En);
    if missing.is_empty() {
        return Ok(());
    }
    Err(RecordError::Incomplete {
        id: id.to_string(),
        dir: dossier.root().join("assessments").join(id),
        problems: crate::errors::Problems::found(missing, |l| {
            missing_since_head_in(dossier.root(), id, l)
        }),
    })
}
