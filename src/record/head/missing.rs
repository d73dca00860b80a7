//! The quick check of what is gone: what the newest head of an assessment names that is
//! no longer there or no longer the same, and a newer head an index names that is gone.
//! `farol status` makes it so that a removed review is never read as "no review", and
//! signing makes it so that a new signature never hides a removal; `farol verify` checks
//! everything.

use std::path::Path;

use super::index::newest_indexed_head;
use super::{HeadTip, parse_head};
use crate::dossier::Dossier;
use crate::record::{RecordError, find_numbered, revision_file_name, revision_files, sha256_hex};

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
/// [`indexed_heads`](super::index::indexed_heads)).
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
    let Some(head) = crate::record::sign::split("", bytes)
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
            let head = format!("heads/{}", crate::record::shown_file(head_path));
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
                    file = format!("{kind}/{}", crate::record::shown_file(p)),
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
