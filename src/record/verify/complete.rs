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
use crate::i18n::Lang;
use crate::keys::{self, TrustedKey};
use crate::tr;

/// What the completeness checks may accept.
pub(super) struct Rules<'a> {
    pub trusted: &'a [TrustedKey],
    /// Accept an assessment or dossier signed before heads existed (a note, not a failure).
    pub accept_unanchored: bool,
    pub lang: Lang,
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
    let lang = rules.lang;
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
        problems.push(tr!(lang, "verify-signed-file-changed", file = shown));
        return None;
    }
    let body = match parse(bytes, trailer.signed_len) {
        Ok(b) => b,
        Err(e) => {
            problems.push(tr!(
                lang,
                "verify-signed-file-unreadable",
                file = shown,
                error = e
            ));
            return None;
        }
    };
    let fp = keys::fingerprint(&trailer.public_key);
    if let Some(p) = signer_problem(signer_of(&body), &fp, rules.trusted, lang) {
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
    let lang = rules.lang;
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
        if rules.accept_unanchored {
            notes.push(tr!(lang, "verify-no-heads-accepted", id = id));
        } else {
            problems.push(tr!(lang, "verify-no-heads", id = id));
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
            problems.push(if i == 0 {
                tr!(
                    lang,
                    "verify-head-first-missing",
                    file = name.as_str(),
                    n = want,
                    after = revision_file_name(*n)
                )
            } else {
                tr!(
                    lang,
                    "verify-head-missing",
                    file = name.as_str(),
                    n = want,
                    before = revision_file_name(want - 1),
                    after = revision_file_name(*n)
                )
            });
        }
        let follows = |previous: &Option<String>| *n != want || *previous == previous_sha;
        if i < last {
            if !follows(&previous_field(bytes)) {
                problems.push(tr!(
                    lang,
                    "verify-head-replaced",
                    file = name.as_str(),
                    prior = revision_file_name(n.saturating_sub(1))
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
            problems.push(tr!(
                lang,
                "verify-head-elsewhere",
                file = name.as_str(),
                number = h.number,
                other = h.assessment.as_str(),
                n = *n,
                id = id
            ));
        } else if !follows(&h.previous) {
            problems.push(tr!(
                lang,
                "verify-head-replaced",
                file = name.as_str(),
                prior = revision_file_name(n.saturating_sub(1))
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
            let k = if kind == "revisions" {
                "revision"
            } else {
                "review"
            };
            let shown = format!("assessments/{id}/{kind}/{}", revision_file_name(r.number));
            match sha_of(&file) {
                None => problems.push(tr!(
                    lang,
                    "verify-head-names-missing",
                    kind = k,
                    n = r.number,
                    shown = shown.as_str(),
                    head = name.as_str()
                )),
                Some(s) if s != r.sha256 => problems.push(tr!(
                    lang,
                    "verify-head-names-differs",
                    kind = k,
                    shown = shown.as_str(),
                    head = name.as_str()
                )),
                Some(_) => {}
            }
        }
        if let Some(fields) = summary_disagrees(&h, &revisions, &reviews) {
            problems.push(tr!(
                lang,
                "verify-head-summary-differs",
                head = name.as_str(),
                fields = fields
            ));
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
        problems.push(tr!(
            lang,
            "verify-revision-not-in-head",
            n = *n,
            shown = format!("assessments/{id}/revisions/{}", revision_file_name(*n)),
            head = name.as_str()
        ));
    }
    let named: Vec<u32> = head.reviews.iter().map(|r| r.number).collect();
    for (n, _) in reviews.iter().filter(|(n, _)| !named.contains(n)) {
        problems.push(tr!(
            lang,
            "verify-review-not-in-head",
            n = *n,
            shown = format!("assessments/{id}/reviews/{}", revision_file_name(*n)),
            head = name.as_str()
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
    let lang = rules.lang;
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
        if rules.accept_unanchored {
            notes.push(tr!(lang, "verify-no-index-accepted"));
        } else {
            problems.push(tr!(lang, "verify-no-index"));
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
                problems.push(tr!(
                    lang,
                    "verify-index-missing",
                    file = name.as_str(),
                    n = i + 1
                ));
            }
            // As for heads, only the newest index's signature is checked; it covers the
            // older ones through the chain of SHA-256s.
            if i < last {
                if in_place && previous_field(bytes) != previous_sha {
                    problems.push(tr!(lang, "verify-index-replaced", file = name.as_str()));
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
                    problems.push(tr!(
                        lang,
                        "verify-index-elsewhere",
                        file = name.as_str(),
                        n = x.number,
                        key = x.signer.key.as_str()
                    ));
                } else if in_place && x.previous != previous_sha {
                    problems.push(tr!(lang, "verify-index-replaced", file = name.as_str()));
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
            problems.push(tr!(
                lang,
                "verify-index-bad-name",
                index = by.as_str(),
                id = id.as_str()
            ));
            continue;
        }
        let adir = root.join("assessments").join(&id);
        let file = heads_dir(&adir).join(revision_file_name(n));
        if !adir.is_dir() {
            problems.push(tr!(
                lang,
                "verify-index-assessment-missing",
                index = by.as_str(),
                id = id.as_str()
            ));
            continue;
        }
        match std::fs::read(&file) {
            Err(_) => problems.push(tr!(
                lang,
                "verify-index-head-missing",
                n = n,
                id = id.as_str(),
                shown = format!("assessments/{id}/heads/{}", revision_file_name(n)),
                index = by.as_str()
            )),
            Ok(b) if sha256_hex(&b) != sha => problems.push(tr!(
                lang,
                "verify-index-head-differs",
                shown = format!("assessments/{id}/heads/{}", revision_file_name(n)),
                index = by.as_str()
            )),
            Ok(_) => {}
        }
    }
}

/// The fields of a head's summary that disagree with the revision it names and the newest
/// review (None: no summary, or it agrees). The revision and the review are those on disk
/// under the numbers the head names; that they are the files it names is checked above.
fn summary_disagrees(
    head: &Head,
    revisions: &[(u32, std::path::PathBuf)],
    reviews: &[(u32, std::path::PathBuf)],
) -> Option<String> {
    let s = head.summary.as_ref()?;
    let mut fields: Vec<&str> = Vec::new();
    let file = |list: &[(u32, std::path::PathBuf)], n: u32| {
        list.iter()
            .find(|(k, _)| *k == n)
            .and_then(|(_, p)| std::fs::read(p).ok().map(|b| (p.clone(), b)))
    };
    match head
        .revision
        .as_ref()
        .and_then(|r| file(revisions, r.number))
    {
        Some((p, b)) => match super::super::body::parse_body(&p.display().to_string(), &b) {
            Ok(body) => fields.extend(s.disagreements(&body)),
            Err(_) => fields.push("revision"),
        },
        None => fields.push("revision"),
    }
    let review = head.reviews.last().and_then(|r| file(reviews, r.number));
    let opinion_due = match review {
        None => Some((None, None)),
        Some((p, _)) => crate::review::read_review(&p).ok().map(|r| {
            let judged = (r.body.revision == s.revision).then_some(r.body.opinion);
            let due = r.body.opinion.approves().then_some(r.body.review_due);
            (judged, due)
        }),
    };
    match opinion_due {
        Some((judged, due)) => {
            if judged != s.opinion {
                fields.push("opinion");
            }
            if due.is_some_and(|d| d != s.review_due) {
                fields.push("review_due");
            }
        }
        None => fields.push("review"),
    }
    (!fields.is_empty()).then(|| fields.join(", "))
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
