//! Forks: two signed files of one chain that follow the same one.
//!
//! Two people who sign from the same revision in two clones each add a file; git keeps
//! both (their names differ: `NNNN-<h12>.ron`). Neither is lost, but the assessment now
//! has two latest revisions, so `farol verify` names the fork — its files, signers and
//! times — and fails until `farol resolve` signs a revision that follows one tip and merges
//! the others (`merges`). Afterwards the fork is a note naming the revision that resolved
//! it. Reviews fork too when two reviewers countersign at once: both judgments stand, so
//! that is a note, and the next review merges them.
//!
//! Also here: a new-style name must match its file's SHA-256 (a renamed or edited file is
//! named as such), and a merge must name files that are there.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::chain::{Chain, ChainEntry};
use super::{RecordKind, kind_arg, name_of};
use crate::i18n::Lang;
use crate::tr;

/// A new-style name whose hash is not its file's: renamed, or edited after signing.
pub(super) fn name_problem(path: &Path, sha256: Option<&str>, lang: Lang) -> Option<String> {
    let sha = sha256?;
    if !crate::record::name_mismatch(path, sha) {
        return None;
    }
    let (_, named) = crate::record::name_parts(path)?;
    Some(tr!(
        lang,
        "verify-name-mismatch",
        file = name_of(path),
        named = named.unwrap_or_default(),
        actual = &sha[..12]
    ))
}

/// The SHA-256s entry `e` merges that no file of its chain has.
pub(super) fn merges_problems(chain: &Chain, e: &ChainEntry, lang: Lang) -> Vec<String> {
    let Some(link) = &e.link else { return vec![] };
    link.merges
        .iter()
        .filter(|m| !chain.has(m))
        .map(|m| {
            tr!(
                lang,
                "verify-merge-missing",
                file = name_of(e.path),
                sha = m.get(..12).unwrap_or(m)
            )
        })
        .collect()
}

/// A file as a fork names it: `0004-ab12cd3e4f5a.ron (signed by Ana Lopes, 2026-05-01
/// 10:00 UTC)`.
fn described(e: &ChainEntry, lang: Lang) -> String {
    match &e.link {
        Some(l) => tr!(
            lang,
            "verify-fork-file",
            file = name_of(e.path),
            signer = l.signer.name.as_str(),
            at = l.signer.at.format("%Y-%m-%d %H:%M UTC").to_string()
        ),
        None => name_of(e.path),
    }
}

/// What the forks of one chain are: failures (an unresolved fork of revisions) and notes
/// (a resolved fork, a fork of reviews).
pub(super) fn check(
    entries: &[ChainEntry],
    id: &str,
    kind: RecordKind,
    problems: &mut Vec<String>,
    notes: &mut Vec<String>,
    lang: Lang,
) {
    // Files by what they follow (None: a first file).
    let mut followers: HashMap<Option<&str>, Vec<&ChainEntry>> = HashMap::new();
    for e in entries {
        if let Some(l) = &e.link {
            followers.entry(l.previous).or_default().push(e);
        }
    }
    let mut forks: Vec<(Option<&str>, Vec<&ChainEntry>)> =
        followers.into_iter().filter(|(_, f)| f.len() > 1).collect();
    if forks.is_empty() {
        return;
    }
    forks.sort_by_key(|(_, f)| (f[0].n, f[0].path));
    let by_sha: HashMap<&str, &ChainEntry> = entries
        .iter()
        .filter_map(|e| Some((e.sha256?, e)))
        .collect();
    let named: HashSet<&str> = entries
        .iter()
        .filter_map(|e| e.link.as_ref())
        .flat_map(|l| {
            l.previous
                .into_iter()
                .chain(l.merges.iter().map(String::as_str))
        })
        .collect();
    let tips: Vec<&ChainEntry> = entries
        .iter()
        .filter(|e| e.sha256.is_some_and(|s| !named.contains(s)))
        .collect();
    let k = kind_arg(kind);
    for (base, branches) in forks {
        let base_name = match base.and_then(|b| by_sha.get(b)) {
            Some(b) => name_of(b.path),
            None => tr!(lang, "verify-fork-base-none"),
        };
        let files = branches
            .iter()
            .map(|e| described(e, lang))
            .collect::<Vec<_>>()
            .join("; ");
        let resolver = entries
            .iter()
            .filter(|m| m.link.as_ref().is_some_and(|l| !l.merges.is_empty()))
            .find(|m| {
                let above = ancestors(m, &by_sha);
                branches
                    .iter()
                    .all(|b| b.sha256.is_some_and(|s| above.contains(s)))
            });
        match resolver {
            Some(r) => notes.push(tr!(
                lang,
                "verify-fork-resolved",
                kind = k,
                id = id,
                base = base_name.as_str(),
                files = files.as_str(),
                by = described(r, lang)
            )),
            None if kind == RecordKind::Review => notes.push(tr!(
                lang,
                "verify-fork-reviews",
                id = id,
                base = base_name.as_str(),
                files = files.as_str()
            )),
            None if tips.len() > 1 => problems.push(tr!(
                lang,
                "verify-fork-unresolved",
                id = id,
                base = base_name.as_str(),
                files = files.as_str(),
                tips = tips
                    .iter()
                    .map(|t| crate::record::tips::choice(t.path))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            // The branches met again without a merge naming them (a broken chain, named
            // elsewhere).
            None => {}
        }
    }
}

/// The SHA-256s of every file `e` follows or merges, directly or not.
fn ancestors<'a>(e: &ChainEntry<'a>, by_sha: &HashMap<&str, &ChainEntry<'a>>) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut stack: Vec<String> = Vec::new();
    let push = |l: &super::signature::Link, stack: &mut Vec<String>| {
        stack.extend(l.previous.map(str::to_string));
        stack.extend(l.merges.iter().cloned());
    };
    if let Some(l) = &e.link {
        push(l, &mut stack);
    }
    while let Some(s) = stack.pop() {
        if !out.insert(s.clone()) {
            continue;
        }
        if let Some(l) = by_sha.get(s.as_str()).and_then(|o| o.link.as_ref()) {
            push(l, &mut stack);
        }
    }
    out
}
