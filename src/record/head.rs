//! Heads and dossier indexes: what makes the removal of the *newest* signed thing visible.
//!
//! Each revision names the one before it, and each review the one before it, so a removal
//! in the middle of a history breaks a chain. Nothing names the newest ones, though. So at
//! every signature (a revision signed, a review countersigned) the signer also writes:
//!
//! ```text
//! DOSSIER/assessments/<id>/heads/NNNN-<h12>.ron   Head: the latest revision(s) and every
//!                                                review, each by number and SHA-256, and
//!                                                the previous head's SHA-256
//! DOSSIER/index/<fp16>/NNNN-<h12>.ron             Index: every assessment of the dossier
//!                                                that has a head, with its newest head's
//!                                                SHA-256; one directory per signing key
//! ```
//!
//! Both are signed like a record (`sign::seal`). They are files each signer *adds*, never
//! rewrites: for a team sharing a dossier in git, two people signing different assessments
//! add different files, and an index directory belongs to one key only. Two people who
//! sign the same assessment at once add two heads of one number (named by content, so no
//! conflict): a fork of heads, which the next head ends by following one and naming the
//! others in `merges`; until then verification reads every newest head.
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

/// The signed files of a numbered directory, each as (number, path, bytes).
pub(crate) fn read_numbered(dir: &Path) -> Result<Vec<(u32, PathBuf, Vec<u8>)>, RecordError> {
    let mut out = Vec::new();
    for (n, p) in revision_files(dir)? {
        let bytes = std::fs::read(&p).map_err(|source| RecordError::Io {
            action: "cannot read",
            path: p.clone(),
            source,
            hint: "check that the dossier exists and that you may read it",
        })?;
        out.push((n, p, bytes));
    }
    Ok(out)
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

/// Writes the next head of assessment `id` (naming its latest revision and every review as
/// they are on disk now), then the signer's next dossier index. Called after each
/// signature; returns the head's path.
pub fn record_head(
    dossier: &Dossier,
    id: &str,
    key: &LoadedKey,
    now: DateTime<Utc>,
) -> Result<PathBuf, RecordError> {
    let dir = dossier.root().join("assessments").join(id);
    let mut revisions = tips(&revision_files(&dir.join("revisions"))?)?
        .into_iter()
        .map(|t| Named {
            number: t.number,
            sha256: t.sha256,
        });
    let revision = revisions.next();
    let forks = revisions.collect();
    let reviews = read_numbered(&dir.join("reviews"))?
        .into_iter()
        .map(|(n, _, b)| named(n, &b))
        .collect();
    let (number, previous, merges) = next_of(&revision_files(&heads_dir(&dir))?)?;
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
    };
    let path = super::write_signed(&heads_dir(&dir), number, &seal_head(&head, key))?;
    record_index(dossier, key, now)?;
    Ok(path)
}

/// Writes the signer's next dossier index: every assessment with a head, by its newest.
pub fn record_index(
    dossier: &Dossier,
    key: &LoadedKey,
    now: DateTime<Utc>,
) -> Result<PathBuf, RecordError> {
    let root = dossier.root();
    let mut assessments = Vec::new();
    let mut ids: Vec<PathBuf> = match std::fs::read_dir(root.join("assessments")) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect(),
        Err(_) => vec![],
    };
    ids.sort();
    for a in ids {
        let Some(id) = a.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if let Some(t) = tips(&revision_files(&heads_dir(&a))?)?.into_iter().next() {
            assessments.push(IndexEntry {
                assessment: id.to_string(),
                head: Named {
                    number: t.number,
                    sha256: t.sha256,
                },
            });
        }
    }
    let dir = index_dir(root).join(&key.info.fingerprint[..16]);
    let mine = tips(&revision_files(&dir)?)?;
    let (number, previous, merges) = next_of_tips(&mine);
    // An index never forgets: what this signer's previous index named and is now gone
    // (an assessment removed, a head rolled back or replaced) is named again, so that
    // signing something else never hides a removal.
    for t in &mine {
        let Ok(b) = std::fs::read(&t.path) else {
            continue;
        };
        let Some(before) = super::sign::split("", &b)
            .ok()
            .filter(|t| t.holds(&b))
            .and_then(|t| parse_index(&b, t.signed_len).ok())
        else {
            continue;
        };
        for old in before.assessments {
            match assessments
                .iter_mut()
                .find(|e| e.assessment == old.assessment)
            {
                None => assessments.push(old),
                Some(now)
                    if now.head.number < old.head.number
                        || (now.head.number == old.head.number
                            && now.head.sha256 != old.head.sha256) =>
                {
                    *now = old;
                }
                Some(_) => {}
            }
        }
        assessments.sort_by(|a, b| a.assessment.cmp(&b.assessment));
    }
    let index = Index {
        format: HEAD_FORMAT,
        number,
        previous,
        merges,
        assessments,
        signer: Signer::of(key, now),
    };
    super::write_signed(&dir, number, &seal_index(&index, key))
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
    let rd = std::fs::read_dir(index_dir(root)).ok()?;
    let mut best: Option<(u32, String)> = None;
    for signer in rd.filter_map(Result::ok).map(|e| e.path()) {
        let newest = revision_files(&signer).ok().and_then(|f| tips(&f).ok());
        for t in newest.unwrap_or_default() {
            let Ok(bytes) = std::fs::read(&t.path) else {
                continue;
            };
            let Some(index) = super::sign::split("", &bytes)
                .ok()
                .filter(|tr| tr.holds(&bytes))
                .and_then(|tr| parse_index(&bytes, tr.signed_len).ok())
            else {
                continue;
            };
            if let Some(e) = index.assessments.iter().find(|e| e.assessment == id)
                && best.as_ref().is_none_or(|(b, _)| e.head.number > *b)
            {
                let stem = signer
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                best = Some((
                    e.head.number,
                    format!("index/{stem}/{}", super::shown_file(&t.path)),
                ));
            }
        }
    }
    best
}

/// What the newest head of an assessment names that is no longer there, or no longer the
/// same, and a newer head a dossier index names that is gone (empty: nothing found).
/// Signatures must hold but trust is not checked here: this is the quick check `farol
/// status` makes, so that a removed review is never read as "no review"; `farol verify`
/// checks everything. When heads forked, each newest head is checked.
pub fn missing_since_head(root: &Path, id: &str) -> Vec<String> {
    missing_since_head_in(root, id, crate::i18n::Lang::En)
}

/// `missing_since_head`, worded in `lang`.
pub fn missing_since_head_in(root: &Path, id: &str, lang: crate::i18n::Lang) -> Vec<String> {
    let assessment_dir = root.join("assessments").join(id);
    let assessment_dir = assessment_dir.as_path();
    let Ok(heads) = revision_files(&heads_dir(assessment_dir)) else {
        return vec![];
    };
    let indexed = newest_indexed_head(root, id);
    let newest = heads.last().map_or(0, |(n, _)| *n);
    if let Some((k, by)) = &indexed
        && *k > newest
    {
        return vec![crate::tr!(
            lang,
            "verify-quick-head-missing",
            head = format!("heads/{}", revision_file_name(*k)),
            index = by.as_str()
        )];
    }
    let mut out = Vec::new();
    let listed: Vec<_> = ["revisions", "reviews"]
        .iter()
        .map(|k| revision_files(&assessment_dir.join(k)).unwrap_or_default())
        .collect();
    let read = |p: &Path| std::fs::read(p).ok().map(|b| sha256_hex(&b));
    for t in tips(&heads).unwrap_or_default() {
        let shown_head = format!("heads/{}", super::shown_file(&t.path));
        let bytes = std::fs::read(&t.path).unwrap_or_default();
        let Some(head) = super::sign::split("", &bytes)
            .ok()
            .filter(|tr| tr.holds(&bytes))
            .and_then(|tr| parse_head(&bytes, tr.signed_len).ok())
        else {
            out.push(crate::tr!(
                lang,
                "verify-quick-head-bad",
                head = shown_head.as_str()
            ));
            continue;
        };
        for (k, r) in head
            .revision
            .iter()
            .chain(&head.forks)
            .map(|r| (0, r))
            .chain(head.reviews.iter().map(|r| (1, r)))
        {
            let kind = ["revisions", "reviews"][k];
            match find_numbered(&listed[k], r.number, &r.sha256, &read) {
                Some((_, true)) => {}
                Some((p, false)) => out.push(crate::tr!(
                    lang,
                    "verify-quick-file-replaced",
                    file = format!("{kind}/{}", super::shown_file(p)),
                    head = shown_head.as_str()
                )),
                None => out.push(crate::tr!(
                    lang,
                    "verify-quick-file-missing",
                    file = format!("{kind}/{}", revision_file_name(r.number)),
                    head = shown_head.as_str()
                )),
            }
        }
    }
    out
}

/// Refuses to sign on top of a history whose newest head, or a dossier index, names
/// something that is gone: the new signature would otherwise hide the removal.
pub(crate) fn check_before_signing(dossier: &Dossier, id: &str) -> Result<(), RecordError> {
    let missing = missing_since_head(dossier.root(), id);
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
