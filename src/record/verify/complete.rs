//! Completeness: nothing signed was removed or rolled back, read from the heads and the
//! dossier indexes (`record::head`). Every head and index is itself a signed file whose
//! key must be trusted, in the name it is trusted under.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::super::head::{Head, Index, heads_dir, index_dir, parse_head, parse_index};
use super::super::sign::split;
use super::super::tips::{Links, links};
use super::super::{find_numbered, revision_file_name, revision_files, sha256_hex};
use super::name_of;
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

/// The words for a missing file of a chain: (file, number missing, number before, after).
type Missing<'a> = dyn Fn(&str, u32, Option<u32>, u32) -> String + 'a;

/// A chain of heads or indexes: each number from 1 with no gap, each file following one
/// of the number before. Returns the tips (files nothing follows or merges), oldest first.
/// Only the tips' signatures need checking: each names the SHA-256 of what it follows,
/// which names the one before, so every older file is covered by them.
fn chain_tips<'f>(
    files: &'f [(u32, PathBuf)],
    shown: &dyn Fn(&Path) -> String,
    missing: &Missing,
    replaced: &dyn Fn(&str, u32) -> String,
    problems: &mut Vec<String>,
    lang: Lang,
) -> Vec<&'f (u32, PathBuf)> {
    // Each file is read once and only its SHA-256 and links are kept: a chain of 50,000
    // heads is never held whole.
    let mut shas: Vec<String> = Vec::with_capacity(files.len());
    let mut links_of: Vec<Links> = Vec::with_capacity(files.len());
    for (_, p) in files {
        match read(p) {
            Ok(b) => {
                shas.push(sha256_hex(&b));
                links_of.push(links(&b));
            }
            Err(e) => {
                problems.push(e);
                shas.push(String::new());
                links_of.push(Links::default());
            }
        }
    }
    let mut by_number: HashMap<u32, Vec<&str>> = HashMap::new();
    for ((n, _), s) in files.iter().zip(&shas) {
        by_number.entry(*n).or_default().push(s.as_str());
    }
    let mut want = 1;
    let mut before = None;
    for (n, p) in files {
        if *n > want {
            problems.push(missing(&shown(p), want, before, *n));
        }
        want = n + 1;
        before = Some(*n);
    }
    let named: HashSet<&str> = links_of
        .iter()
        .flat_map(|l| l.previous.iter().chain(&l.merges).map(String::as_str))
        .collect();
    let mut tips = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let (n, p) = f;
        if let Some(x) = super::fork::name_problem(p, Some(&shas[i]), lang) {
            problems.push(format!("{}: {x}", shown(p)));
        }
        let prior = n.checked_sub(1).and_then(|m| by_number.get(&m));
        let follows = match &links_of[i].previous {
            None => *n == 1,
            Some(prev) => prior.is_some_and(|v| v.contains(&prev.as_str())),
        };
        if prior.is_some() && !follows {
            problems.push(replaced(&shown(p), n.saturating_sub(1)));
        }
        if !named.contains(shas[i].as_str()) {
            tips.push(f);
        }
    }
    tips
}

/// A head or index file, read when its turn comes.
fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|source| {
        super::super::RecordError::Io {
            action: "cannot read",
            path: path.to_path_buf(),
            source,
            hint: "check that the dossier exists and that you may read it",
        }
        .to_string()
    })
}

/// The checks of one assessment directory's heads against its revisions and reviews.
/// `find` finds a signed file by number and SHA-256.
pub(super) fn check_assessment(
    dir: &Path,
    id: &str,
    find: &super::Find,
    rules: &Rules,
    problems: &mut Vec<String>,
    notes: &mut Vec<String>,
) {
    let lang = rules.lang;
    let revisions = revision_files(&dir.join("revisions")).unwrap_or_default();
    let reviews = revision_files(&dir.join("reviews")).unwrap_or_default();
    let heads = match revision_files(&heads_dir(dir)) {
        Ok(h) => h,
        Err(e) => {
            problems.push(e.to_string());
            return;
        }
    };
    let shown = |p: &Path| format!("assessments/{id}/heads/{}", name_of(p));
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
    let tips = chain_tips(
        &heads,
        &shown,
        &|file, n, before, after| match before {
            None => tr!(
                lang,
                "verify-head-first-missing",
                file = file,
                n = n,
                after = revision_file_name(after)
            ),
            Some(b) => tr!(
                lang,
                "verify-head-missing",
                file = file,
                n = n,
                before = revision_file_name(b),
                after = revision_file_name(after)
            ),
        },
        &|file, prior| {
            tr!(
                lang,
                "verify-head-replaced",
                file = file,
                prior = revision_file_name(prior)
            )
        },
        problems,
        lang,
    );
    if tips.len() > 1 {
        notes.push(tr!(
            lang,
            "verify-fork-heads",
            id = id,
            heads = tips
                .iter()
                .map(|(_, p)| name_of(p))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    // What the newest heads name must still be there, unchanged; together they must name
    // every revision tip and every review.
    let mut named_revisions: HashSet<String> = HashSet::new();
    let mut named_reviews: HashSet<u32> = HashSet::new();
    let mut newest: Option<String> = None;
    for (n, p) in tips {
        let name = shown(p);
        let bytes = match read(p) {
            Ok(b) => b,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let Some(h) = signed(
            &name,
            &bytes,
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
        }
        for (kind, r) in h
            .revision
            .iter()
            .chain(&h.forks)
            .map(|r| ("revisions", r))
            .chain(h.reviews.iter().map(|r| ("reviews", r)))
        {
            let (file, sha) = find(&dir.join(kind), r.number, &r.sha256);
            let k = if kind == "revisions" {
                named_revisions.insert(r.sha256.clone());
                "revision"
            } else {
                named_reviews.insert(r.number);
                "review"
            };
            let shown = format!("assessments/{id}/{kind}/{}", name_of(&file));
            match sha {
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
        newest = Some(name);
    }
    // No newest head verified: already a problem above.
    let Some(name) = newest else { return };
    // Nothing signed beyond what the newest heads name.
    for t in super::super::tips::tips(&revisions).unwrap_or_default() {
        if !named_revisions.contains(&t.sha256) {
            problems.push(tr!(
                lang,
                "verify-revision-not-in-head",
                n = t.number,
                shown = format!("assessments/{id}/revisions/{}", name_of(&t.path)),
                head = name.as_str()
            ));
        }
    }
    for (n, p) in reviews.iter().filter(|(n, _)| !named_reviews.contains(n)) {
        problems.push(tr!(
            lang,
            "verify-review-not-in-head",
            n = *n,
            shown = format!("assessments/{id}/reviews/{}", name_of(p)),
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
    // Every head a signer's newest index (or indexes, if they forked) names.
    let mut reached: BTreeMap<(String, u32, String), String> = BTreeMap::new();
    for s in signers {
        let stem = s
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let files = match revision_files(&s) {
            Ok(f) => f,
            Err(e) => {
                problems.push(e.to_string());
                continue;
            }
        };
        let shown = |p: &Path| format!("index/{stem}/{}", name_of(p));
        let tips = chain_tips(
            &files,
            &shown,
            &|file, n, _, _| tr!(lang, "verify-index-missing", file = file, n = n),
            &|file, _| tr!(lang, "verify-index-replaced", file = file),
            problems,
            lang,
        );
        for (n, p) in tips {
            let name = shown(p);
            let bytes = match read(p) {
                Ok(b) => b,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            let Some(x) = signed(
                &name,
                &bytes,
                rules,
                parse_index,
                |x: &Index| &x.signer,
                problems,
            ) else {
                continue;
            };
            if x.number != *n || !x.signer.fingerprint.starts_with(&stem) {
                problems.push(tr!(
                    lang,
                    "verify-index-elsewhere",
                    file = name.as_str(),
                    n = x.number,
                    key = x.signer.key.as_str()
                ));
                continue;
            }
            let entries = match super::super::head::index_view(&s, &x) {
                Ok(v) => v,
                Err(missing) => {
                    problems.push(tr!(
                        lang,
                        "verify-index-view-broken",
                        file = name.as_str(),
                        missing = missing
                    ));
                    continue;
                }
            };
            for e in &entries {
                reached
                    .entry((e.assessment.clone(), e.head.number, e.head.sha256.clone()))
                    .or_insert_with(|| name.clone());
            }
        }
    }
    let mut listed: HashMap<String, Vec<(u32, PathBuf)>> = HashMap::new();
    for ((id, n, sha), by) in reached {
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
        if !adir.is_dir() {
            problems.push(tr!(
                lang,
                "verify-index-assessment-missing",
                index = by.as_str(),
                id = id.as_str()
            ));
            continue;
        }
        let heads = listed
            .entry(id.clone())
            .or_insert_with(|| revision_files(&heads_dir(&adir)).unwrap_or_default());
        let read = |p: &Path| std::fs::read(p).ok().map(|b| sha256_hex(&b));
        match find_numbered(heads, n, &sha, &read) {
            None => problems.push(tr!(
                lang,
                "verify-index-head-missing",
                n = n,
                id = id.as_str(),
                shown = format!("assessments/{id}/heads/{}", revision_file_name(n)),
                index = by.as_str()
            )),
            Some((p, false)) => problems.push(tr!(
                lang,
                "verify-index-head-differs",
                shown = format!("assessments/{id}/heads/{}", name_of(p)),
                index = by.as_str()
            )),
            Some((_, true)) => {}
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
    // In a fork two files share a number: the one named is the one with its SHA-256.
    let file = |list: &[(u32, std::path::PathBuf)], named: &super::super::Named| {
        list.iter()
            .filter(|(k, _)| *k == named.number)
            .filter_map(|(_, p)| std::fs::read(p).ok().map(|b| (p.clone(), b)))
            .find(|(_, b)| sha256_hex(b) == named.sha256)
    };
    match head.revision.as_ref().and_then(|r| file(revisions, r)) {
        Some((p, b)) => match super::super::body::parse_body(&p.display().to_string(), &b) {
            Ok(body) => fields.extend(s.disagreements(&body)),
            Err(_) => fields.push("revision"),
        },
        None => fields.push("revision"),
    }
    let review = head.reviews.last().and_then(|r| file(reviews, r));
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
