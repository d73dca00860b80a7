//! Completeness: nothing signed was removed or rolled back, read from the heads and the
//! dossier indexes (`record::head`). Every head and index is itself a signed file whose
//! key must be trusted, in the name it is trusted under.

use std::collections::BTreeMap;
use std::path::Path;

use super::super::head::{
    Head, Index, heads_dir, index_dir, parse_head, parse_index, read_numbered,
};
use super::super::sign::split;
use super::super::{revision_file_name, revision_files, sha256_hex};
use super::signature::signer_problem;
use crate::keys::{self, TrustedKey};

/// What the completeness checks may accept.
pub(super) struct Rules<'a> {
    pub trusted: &'a [TrustedKey],
    /// Accept an assessment or dossier signed before heads existed (a note, not a failure).
    pub accept_unanchored: bool,
}

/// A signed file (head or index) checked: its signature, its signer's trust, and its body.
fn signed<T>(
    shown: &str,
    bytes: &[u8],
    rules: &Rules,
    parse: fn(&[u8], usize) -> Result<T, String>,
    signer_of: fn(&T) -> &super::super::body::Signer,
    problems: &mut Vec<String>,
) -> Option<T> {
    let trailer = match split(shown, bytes) {
        Ok(t) => t,
        Err(e) => {
            problems.push(format!(
                "{shown}: {}",
                e.to_string().lines().next().unwrap_or_default()
            ));
            return None;
        }
    };
    if !trailer.holds(bytes) {
        problems.push(format!(
            "{shown}: the signature does not match the file: it was changed after signing; restore it from a backup"
        ));
        return None;
    }
    let body = match parse(bytes, trailer.signed_len) {
        Ok(b) => b,
        Err(e) => {
            problems.push(format!(
                "{shown}: the signature holds but the file cannot be read ({e}); it may be written by a newer Farol"
            ));
            return None;
        }
    };
    let fp = keys::fingerprint(&trailer.public_key);
    if let Some(p) = signer_problem(signer_of(&body), &fp, rules.trusted) {
        problems.push(format!("{shown}: {p}"));
        return None;
    }
    Some(body)
}

/// The checks of one assessment directory's heads against its revisions and reviews.
/// `sha_of` gives a file's SHA-256 (None if it does not exist).
pub(super) fn check_assessment(
    dir: &Path,
    id: &str,
    sha_of: &dyn Fn(&Path) -> Option<String>,
    rules: &Rules,
    problems: &mut Vec<String>,
    notes: &mut Vec<String>,
) {
    let revisions = revision_files(&dir.join("revisions")).unwrap_or_default();
    let reviews = revision_files(&dir.join("reviews")).unwrap_or_default();
    let heads = match read_numbered(&heads_dir(dir)) {
        Ok(h) => h,
        Err(e) => {
            problems.push(e.to_string());
            return;
        }
    };
    let shown = |n: u32| format!("assessments/{id}/heads/{}", revision_file_name(n));
    if heads.is_empty() {
        if revisions.is_empty() && reviews.is_empty() {
            return;
        }
        let what = format!(
            "'{id}' has no heads (assessments/{id}/heads/): it was signed before Farol recorded heads, or its heads were removed, so the removal of its newest revision or review cannot be detected"
        );
        if rules.accept_unanchored {
            notes.push(format!("{what} (accepted with --accept-unanchored)"));
        } else {
            problems.push(format!(
                "{what}\n  hint: sign it again (`farol sign {id}`) to write a head naming everything it holds, or pass --accept-unanchored to verify the rest without this check"
            ));
        }
        return;
    }
    // The head chain: numbered from 1 with no gap, each naming the one before.
    let mut newest: Option<(u32, Head)> = None;
    let mut previous_sha: Option<String> = None;
    // Only the newest head's signature is checked: it names the previous head's SHA-256,
    // which names the one before, so every older head is covered by it.
    let last = heads.len() - 1;
    for (i, (n, _, bytes)) in heads.iter().enumerate() {
        let name = shown(*n);
        let want = i as u32 + 1;
        if *n != want {
            problems.push(format!(
                "{name}: head {want} is missing (the heads go from {} to {}): a head was removed; restore it from a backup",
                if i == 0 { "nothing".to_string() } else { revision_file_name(want - 1) },
                revision_file_name(*n)
            ));
        }
        let follows = |previous: &Option<String>| *n != want || *previous == previous_sha;
        if i < last {
            if !follows(&previous_field(bytes)) {
                problems.push(format!(
                    "{name} does not follow {}: a head was replaced; restore the heads from a backup",
                    revision_file_name(n.saturating_sub(1))
                ));
            }
            previous_sha = Some(sha256_hex(bytes));
            continue;
        }
        let Some(h) = signed(
            &name,
            bytes,
            rules,
            parse_head,
            |h: &Head| &h.signer,
            problems,
        ) else {
            continue;
        };
        if h.assessment != id || h.number != *n {
            problems.push(format!(
                "{name} is head {} of '{}', not head {n} of '{id}': it was copied from elsewhere or renamed; restore the heads from a backup",
                h.number, h.assessment
            ));
        } else if !follows(&h.previous) {
            problems.push(format!(
                "{name} does not follow {}: a head was replaced; restore the heads from a backup",
                revision_file_name(n.saturating_sub(1))
            ));
        }
        // Whatever the newest head names must still be there, unchanged.
        for (kind, r) in h
            .revision
            .iter()
            .map(|r| ("revisions", r))
            .chain(h.reviews.iter().map(|r| ("reviews", r)))
        {
            let file = dir.join(kind).join(revision_file_name(r.number));
            let noun = if kind == "revisions" {
                "revision"
            } else {
                "review"
            };
            match sha_of(&file) {
                None => problems.push(format!(
                    "{noun} {} (assessments/{id}/{kind}/{}), which {name} names, is missing: it was removed after signing; restore it from a backup",
                    r.number,
                    revision_file_name(r.number)
                )),
                Some(s) if s != r.sha256 => problems.push(format!(
                    "assessments/{id}/{kind}/{} is not the {noun} {name} names (its SHA-256 differs): it was replaced; restore it from a backup",
                    revision_file_name(r.number)
                )),
                Some(_) => {}
            }
        }
        newest = Some((*n, h));
    }
    // The newest head file did not verify: already a problem above.
    let Some((hn, head)) = newest else { return };
    let name = shown(hn);
    // Nothing signed beyond what the newest head names.
    if let Some((n, _)) = revisions.last()
        && head.revision.as_ref().is_none_or(|r| r.number < *n)
    {
        problems.push(format!(
            "revision {n} (assessments/{id}/revisions/{}) is not named by the newest head, {name}: the head written when it was signed was removed, or the revision was added by hand; restore the heads from a backup",
            revision_file_name(*n)
        ));
    }
    let named: Vec<u32> = head.reviews.iter().map(|r| r.number).collect();
    for (n, _) in reviews.iter().filter(|(n, _)| !named.contains(n)) {
        problems.push(format!(
            "review {n} (assessments/{id}/reviews/{}) is not named by the newest head, {name}: the head written when it was countersigned was removed, or the review was added by hand; restore the heads from a backup",
            revision_file_name(*n)
        ));
    }
}

/// The dossier indexes: each signer's newest index names heads that must still be there.
pub(super) fn check_indexes(
    root: &Path,
    any_signed: bool,
    rules: &Rules,
    problems: &mut Vec<String>,
    notes: &mut Vec<String>,
) {
    let dir = index_dir(root);
    let mut signers: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    signers.sort();
    if signers.is_empty() {
        if !any_signed {
            return;
        }
        let what = "the dossier has no index (index/): it was signed before Farol recorded indexes, or the index was removed, so the removal of a whole assessment cannot be detected".to_string();
        if rules.accept_unanchored {
            notes.push(format!("{what} (accepted with --accept-unanchored)"));
        } else {
            problems.push(format!(
                "{what}\n  hint: the next `farol sign` writes one; or pass --accept-unanchored to verify the rest without this check"
            ));
        }
        return;
    }
    // The newest head each assessment is known to have reached, across signers.
    let mut reached: BTreeMap<String, (u32, String, String)> = BTreeMap::new();
    for s in signers {
        let stem = s
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let files = match read_numbered(&s) {
            Ok(f) => f,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        let mut previous_sha: Option<String> = None;
        let mut newest: Option<(String, Index)> = None;
        let last = files.len().saturating_sub(1);
        for (i, (n, _, bytes)) in files.iter().enumerate() {
            let name = format!("index/{stem}/{}", revision_file_name(*n));
            let in_place = *n == i as u32 + 1;
            if !in_place {
                problems.push(format!(
                    "{name}: index {} of this signer is missing: an index was removed; restore it from a backup",
                    i + 1
                ));
            }
            // As for heads, only the newest index's signature is checked; it covers the
            // older ones through the chain of SHA-256s.
            if i < last {
                if in_place && previous_field(bytes) != previous_sha {
                    problems.push(format!(
                        "{name} does not follow the index before it: an index was replaced; restore it from a backup"
                    ));
                }
                previous_sha = Some(sha256_hex(bytes));
                continue;
            }
            if let Some(x) = signed(
                &name,
                bytes,
                rules,
                parse_index,
                |x: &Index| &x.signer,
                problems,
            ) {
                if x.number != *n || !x.signer.fingerprint.starts_with(&stem) {
                    problems.push(format!(
                        "{name} is index {} of {}: it was renamed or copied from another signer's directory",
                        x.number, x.signer.key
                    ));
                } else if in_place && x.previous != previous_sha {
                    problems.push(format!(
                        "{name} does not follow the index before it: an index was replaced; restore it from a backup"
                    ));
                }
                newest = Some((name, x));
            }
        }
        let Some((name, x)) = newest else { continue };
        for e in &x.assessments {
            let slot =
                reached
                    .entry(e.assessment.clone())
                    .or_insert((0, String::new(), String::new()));
            if e.head.number >= slot.0 {
                *slot = (e.head.number, e.head.sha256.clone(), name.clone());
            }
        }
    }
    for (id, (n, sha, by)) in reached {
        let plain = !id.is_empty() && id != "." && id != ".." && !id.contains(['/', '\\']);
        if !plain {
            problems.push(format!(
                "{by} names an assessment '{id}' that is not a plain name"
            ));
            continue;
        }
        let adir = root.join("assessments").join(&id);
        let file = heads_dir(&adir).join(revision_file_name(n));
        if !adir.is_dir() {
            problems.push(format!(
                "assessment '{id}', which {by} names, is missing from the dossier: it was removed; restore assessments/{id} from a backup"
            ));
            continue;
        }
        match std::fs::read(&file) {
            Err(_) => problems.push(format!(
                "head {n} of '{id}' (assessments/{id}/heads/{}), which {by} names, is missing: the newest signed state of '{id}' was removed or rolled back; restore it from a backup",
                revision_file_name(n)
            )),
            Ok(b) if sha256_hex(&b) != sha => problems.push(format!(
                "assessments/{id}/heads/{} is not the head {by} names (its SHA-256 differs): it was replaced; restore it from a backup",
                revision_file_name(n)
            )),
            Ok(_) => {}
        }
    }
}

/// The top-level `previous: Some("…")` of a head or an index, read without parsing the
/// whole file (its first `previous:` line; None if it names none or cannot be read).
fn previous_field(bytes: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(bytes).ok()?;
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with("previous:"))?;
    let rest = line.trim().strip_prefix("previous:")?.trim();
    let hex = rest.strip_prefix("Some(\"")?.split('"').next()?;
    Some(hex.to_string())
}
