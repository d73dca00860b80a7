//! The dossier indexes: what each signer saw of the whole dossier when signing. An index
//! between two complete ones names only what changed, so reading one means rebuilding the
//! view from the complete index it adds to; writing one never forgets what the signer's
//! previous index named, so that signing something else never hides a removal.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::{
    HEAD_FORMAT, Index, IndexEntry, Named, heads_dir, index_dir, named, newest_numbered,
    next_of_tips, parse_index, read, seal_index,
};
use crate::dossier::Dossier;
use crate::keys::LoadedKey;
use crate::record::body::Signer;
use crate::record::tips::tips;
use crate::record::{RecordError, find_numbered, revision_file_name, revision_files, sha256_hex};

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
    let t = crate::record::sign::split("", &bytes)
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
        let tr = crate::record::sign::split("", &b).map_err(|_| shown.clone())?;
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
pub(super) fn write_index(
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
            let tr = crate::record::sign::split("", &b)
                .ok()
                .filter(|tr| tr.holds(&b))?;
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
    crate::record::write_signed(&dir, number, &seal_index(&index, key))
}

/// The newest head of assessment `id` that any signer's newest dossier index names, with
/// the index file (only indexes whose signature holds; trust is not checked here).
pub(super) fn newest_indexed_head(root: &Path, id: &str) -> Option<(u32, String)> {
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
