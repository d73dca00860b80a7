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
//!
//! This file holds the two formats, where they are kept, how they are sealed and read,
//! and what writing both shares. Writing the next head is in `write`; the indexes (what a
//! signer saw, and writing the next one) are in `index`; the quick check of what the
//! newest head or an index names that is gone, which `farol status` and signing make, is
//! in `missing`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::body::Signer;
use super::sign::seal;
use super::tips::{Tip, tips};
use super::{RecordError, revision_files, sha256_hex};
use crate::keys::LoadedKey;

mod index;
mod missing;
mod write;

pub use index::{INDEX_CHECKPOINT, record_index};
pub(crate) use index::{index_view, newest_index_signed};
pub(crate) use missing::{check_before_signing, check_tip, missing_since_head_with};
pub use missing::{missing_since_head, missing_since_head_in};
pub(crate) use write::{Behind, write_head};
pub use write::{Signed, record_head, record_head_for};

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
