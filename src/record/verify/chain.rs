//! Chains: each revision or review in its place, the links between revisions and the
//! reviews they answer or that judge them, and the draft's anchor.

use std::path::{Path, PathBuf};

use super::super::revision_file_name;
use super::signature::{Checked, Link, check_file};
use super::{
    ChainStatus, Group, JudgedStatus, RecordKind, RecordReport, ReviewFacts, SignatureStatus,
    kind_arg, name_of, par_map,
};
use crate::i18n::Lang;
use crate::tr;

pub(super) struct ChainEntry<'a> {
    pub(super) n: u32,
    pub(super) path: &'a Path,
    pub(super) sha256: Option<String>,
    pub(super) link: Option<Link<'a>>,
}

/// What is wrong with entry `i`'s place in its chain (empty: nothing).
pub(super) fn chain_check(
    entries: &[ChainEntry],
    i: usize,
    assessment: Option<&str>,
    kind: RecordKind,
    lang: Lang,
) -> Vec<String> {
    let k = kind_arg(kind);
    let e = &entries[i];
    let Some(link) = &e.link else {
        return vec![tr!(lang, "verify-chain-unreadable", kind = k)];
    };
    let mut out = Vec::new();
    let me = name_of(e.path);
    if let Some(p) = super::fork::name_problem(e.path, e.sha256.as_deref(), lang) {
        out.push(p);
    }
    out.extend(super::fork::merges_problems(entries, e, lang));
    if let Some(id) = assessment
        && link.assessment != id
    {
        out.push(tr!(
            lang,
            "verify-chain-other-assessment",
            kind = k,
            file = me.as_str(),
            other = link.assessment,
            id = id
        ));
    }
    if link.number != e.n {
        let same = entries
            .iter()
            .find(|o| o.n == link.number && o.path != e.path);
        match same {
            Some(o) if o.sha256.is_some() && o.sha256 == e.sha256 => out.push(tr!(
                lang,
                "verify-chain-copy",
                kind = k,
                file = me.as_str(),
                other = name_of(o.path),
                n = link.number
            )),
            Some(o) if o.link.as_ref().is_some_and(|l| l.number == link.number) => out.push(tr!(
                lang,
                "verify-chain-same-number",
                kind = k,
                file = me.as_str(),
                other = name_of(o.path),
                n = link.number
            )),
            _ => out.push(tr!(
                lang,
                "verify-chain-renamed",
                kind = k,
                file = me.as_str(),
                n = link.number,
                place = e.n
            )),
        }
        return out;
    }
    if e.n == 1 {
        if link.previous.is_some() {
            out.push(tr!(
                lang,
                "verify-chain-first-names-previous",
                kind = k,
                file = me.as_str()
            ));
        }
        return out;
    }
    // In a fork two files share a number: the prior one is the one this file names.
    let prior = super::fork::prior(entries, e.n - 1, link.previous);
    match (prior, link.previous) {
        (_, None) => out.push(tr!(
            lang,
            "verify-chain-no-previous",
            kind = k,
            file = me.as_str(),
            n = e.n
        )),
        (None, Some(_)) => {
            let before: Vec<u32> = entries.iter().map(|o| o.n).filter(|n| *n < e.n).collect();
            match before.last() {
                Some(last) if e.n - last > 2 => out.push(tr!(
                    lang,
                    "verify-chain-gap",
                    kind = k,
                    from = last + 1,
                    to = e.n - 1,
                    before = revision_file_name(*last),
                    file = me.as_str()
                )),
                Some(last) => out.push(tr!(
                    lang,
                    "verify-chain-one-missing",
                    kind = k,
                    n = e.n - 1,
                    before = revision_file_name(*last),
                    file = me.as_str()
                )),
                None if e.n > 2 => out.push(tr!(
                    lang,
                    "verify-chain-first-ones-missing",
                    kind = k,
                    to = e.n - 1
                )),
                None => out.push(tr!(lang, "verify-chain-first-missing", kind = k)),
            }
        }
        (Some(p), Some(want)) => {
            if p.sha256.as_deref() != Some(want) {
                let actual = entries.iter().find(|o| o.sha256.as_deref() == Some(want));
                match actual {
                    Some(o) => out.push(tr!(
                        lang,
                        "verify-chain-reordered",
                        kind = k,
                        file = me.as_str(),
                        follows = name_of(o.path),
                        prior = name_of(p.path)
                    )),
                    None => out.push(tr!(
                        lang,
                        "verify-chain-prior-changed",
                        kind = k,
                        file = me.as_str(),
                        prior = name_of(p.path),
                        n = e.n
                    )),
                }
            }
        }
    }
    out
}

/// The problems (signature or chain) of a directory of revisions or reviews, for signing
/// on top of it, worded in `lang`, for the signing error.
pub(crate) fn chain_problems(
    files: &[(u32, PathBuf)],
    kind: RecordKind,
    lang: Lang,
) -> Vec<String> {
    let checked: Vec<Checked> = par_map(files, |(_, p)| check_file(p, true, kind, lang));
    let entries: Vec<ChainEntry> = files
        .iter()
        .zip(&checked)
        .map(|((n, p), c)| ChainEntry {
            n: *n,
            path: p,
            sha256: c.sha256.clone(),
            link: c.link(),
        })
        .collect();
    let assessment = files
        .first()
        .and_then(|(_, p)| p.parent()?.parent()?.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    let mut out = Vec::new();
    for (i, c) in checked.iter().enumerate() {
        let name = name_of(&c.path);
        if c.signature != SignatureStatus::Valid {
            for p in &c.problems {
                out.push(format!("{name}: {}", p.lines().next().unwrap_or_default()));
            }
        }
        out.extend(chain_check(&entries, i, assessment.as_deref(), kind, lang));
    }
    out
}

/// The revision a draft names as signed, if it reads and names one.
pub(super) fn signed_anchor(draft: &Path) -> Option<u32> {
    let source = std::fs::read_to_string(draft).ok()?;
    crate::dossier::parse_draft(&draft.display().to_string(), &source)
        .ok()?
        .signed
        .map(|s| s.revision)
}

/// The draft beside a revisions directory names the revision it was last signed as; if
/// that revision is gone or is another file, the newest revisions were removed or
/// replaced — something no revision can show, since nothing after them names them.
pub(super) fn check_anchor(
    g: &Group,
    entries: &[ChainEntry],
    rows: &mut [RecordReport],
    notes: &mut Vec<String>,
    lang: Lang,
) {
    let Some(dir) = g.dir.parent() else { return };
    let draft_path = dir.join("draft.ron");
    let Ok(source) = std::fs::read_to_string(&draft_path) else {
        return;
    };
    let file = draft_path.display().to_string();
    let anchor = match crate::dossier::parse_draft(&file, &source) {
        Ok(d) => d.signed,
        Err(e) => {
            notes.push(tr!(
                lang,
                "verify-anchor-draft-unreadable",
                error = e.to_string().lines().next().unwrap_or_default().to_string()
            ));
            return;
        }
    };
    let Some(anchor) = anchor else { return };
    let Some(last) = rows.last_mut() else { return };
    let named = super::fork::prior(entries, anchor.revision, Some(anchor.sha256.as_str()));
    let problem = match named {
        None => Some(tr!(
            lang,
            "verify-anchor-missing",
            n = anchor.revision,
            shown = revision_file_name(anchor.revision),
            draft = file.as_str()
        )),
        Some(e) if e.sha256.as_deref() != Some(anchor.sha256.as_str()) => Some(tr!(
            lang,
            "verify-anchor-differs",
            file = e.path.display().to_string(),
            draft = file.as_str()
        )),
        Some(_) => None,
    };
    match problem {
        Some(p) => {
            last.chain = ChainStatus::Broken;
            last.problems.push(p);
        }
        None => {
            if let Some(newest) = entries.last().filter(|e| e.n > anchor.revision) {
                last.notes.push(tr!(
                    lang,
                    "verify-anchor-older-draft",
                    draft = file.as_str(),
                    n = anchor.revision,
                    newest = newest.n
                ));
            }
        }
    }
}

/// Checks that the revision a review judges is the file it judged.
pub(super) fn judged(
    c: &Checked,
    g: &Group,
    root: &Path,
    find: &super::Find,
    problems: &mut Vec<String>,
    lang: Lang,
) -> ReviewFacts {
    let Some(b) = &c.review else {
        return ReviewFacts {
            number: None,
            opinion: None,
            review_due: None,
            judges: JudgedStatus::NotChecked,
            revision_file: None,
        };
    };
    // Beside the reviews directory; for a review given on its own, in the dossier (the
    // assessment id comes from the file: only a plain name is used as a path).
    let assessment_dir = if g.dir.file_name().is_some_and(|n| n == "reviews") {
        g.dir.parent().map(Path::to_path_buf)
    } else {
        let plain = !b.assessment.is_empty()
            && b.assessment != ".."
            && b.assessment != "."
            && !b.assessment.contains(['/', '\\']);
        plain.then(|| root.join("assessments").join(&b.assessment))
    };
    let found = assessment_dir
        .as_deref()
        .map(|d| find(&d.join("revisions"), b.revision, &b.revision_sha256));
    let file = found.as_ref().map(|(p, _)| p.clone());
    let me = name_of(&c.path);
    let judges = match found.and_then(|(_, sha)| sha) {
        None => {
            problems.push(match file.as_deref() {
                Some(f) => tr!(
                    lang,
                    "verify-judged-missing",
                    file = me.as_str(),
                    n = b.revision,
                    id = b.assessment.as_str(),
                    revision = f.display().to_string()
                ),
                None => tr!(
                    lang,
                    "verify-judged-missing-unnamed",
                    file = me.as_str(),
                    n = b.revision,
                    id = b.assessment.as_str()
                ),
            });
            JudgedStatus::Missing
        }
        Some(sha) if sha != b.revision_sha256 => {
            problems.push(tr!(
                lang,
                "verify-judged-differs",
                file = me.as_str(),
                n = b.revision,
                revision = file
                    .as_deref()
                    .map(Path::display)
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            ));
            JudgedStatus::Differs
        }
        Some(_) => JudgedStatus::Ok,
    };
    ReviewFacts {
        number: Some(b.number),
        opinion: Some(b.opinion),
        review_due: b.review_due,
        judges,
        revision_file: file,
    }
}

/// A review countersigned with the key that signed the revision it judges fails (the
/// dossier's `policy.ron` may allow it).
pub(super) fn self_review(
    c: &Checked,
    facts: Option<&ReviewFacts>,
    problems: &mut Vec<String>,
    lang: Lang,
) {
    let (Some(b), Some(file)) = (&c.review, facts.and_then(|f| f.revision_file.as_deref())) else {
        return;
    };
    let Some(revision) = std::fs::read(file)
        .ok()
        .and_then(|bytes| super::super::parse_body(&file.display().to_string(), &bytes).ok())
    else {
        return;
    };
    if revision.signer.fingerprint == b.signer.fingerprint {
        problems.push(tr!(
            lang,
            "verify-self-review",
            file = super::name_of(&c.path),
            n = b.revision,
            name = b.signer.name.as_str(),
            key = b.signer.key.as_str()
        ));
    }
}
