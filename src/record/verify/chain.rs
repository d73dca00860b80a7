//! Chains: each revision or review in its place, the links between revisions and the
//! reviews they answer or that judge them, and the draft's anchor.

use std::path::{Path, PathBuf};

use super::super::revision_file_name;
use super::signature::{Checked, Link, check_file};
use super::{
    ChainStatus, Group, JudgedStatus, RecordKind, RecordReport, ReviewFacts, SignatureStatus,
    name_of, par_map,
};

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
) -> Vec<String> {
    let (noun, nouns) = (kind.noun(), kind.nouns());
    let e = &entries[i];
    let Some(link) = &e.link else {
        let what = match kind {
            RecordKind::Revision => "record",
            RecordKind::Review => "review",
        };
        return vec![format!(
            "the {noun} chain cannot be checked: the {what} cannot be read"
        )];
    };
    let mut out = Vec::new();
    let me = name_of(e.path);
    if let Some(id) = assessment
        && link.assessment != id
    {
        out.push(format!(
            "{me} is a {noun} of assessment '{}', not of '{id}': it was substituted from another assessment",
            link.assessment
        ));
    }
    if link.number != e.n {
        let same = entries
            .iter()
            .find(|o| o.n == link.number && o.path != e.path);
        match same {
            Some(o) if o.sha256.is_some() && o.sha256 == e.sha256 => out.push(format!(
                "{me} is a copy of {} ({noun} {}): a duplicated {noun}",
                name_of(o.path),
                link.number
            )),
            Some(o) if o.link.as_ref().is_some_and(|l| l.number == link.number) => {
                out.push(format!(
                    "{me} holds {noun} {}, as {} does: a duplicated or substituted {noun}",
                    link.number,
                    name_of(o.path)
                ))
            }
            _ => out.push(format!(
                "{me} holds {noun} {}, not {}: the {noun} files were renamed or reordered",
                link.number, e.n
            )),
        }
        return out;
    }
    if e.n == 1 {
        if link.previous.is_some() {
            out.push(format!(
                "{me} is {noun} 1 but names a previous {noun}: earlier {nouns} were removed or it was taken from another chain"
            ));
        }
        return out;
    }
    let prior = entries.iter().find(|o| o.n == e.n - 1);
    match (prior, link.previous) {
        (_, None) => out.push(format!(
            "{me} is {noun} {} but names no previous {noun}",
            e.n
        )),
        (None, Some(_)) => {
            let before: Vec<u32> = entries.iter().map(|o| o.n).filter(|n| *n < e.n).collect();
            match before.last() {
                Some(last) if e.n - last > 2 => out.push(format!(
                    "{nouns} {}–{} are missing (the files go from {} to {me})",
                    last + 1,
                    e.n - 1,
                    revision_file_name(*last)
                )),
                Some(last) => out.push(format!(
                    "{noun} {} is missing (the files go from {} to {me})",
                    e.n - 1,
                    revision_file_name(*last)
                )),
                None if e.n > 2 => out.push(format!("{nouns} 1–{} are missing", e.n - 1)),
                None => out.push(format!("{noun} 1 is missing")),
            }
        }
        (Some(p), Some(want)) => {
            if p.sha256.as_deref() != Some(want) {
                let actual = entries.iter().find(|o| o.sha256.as_deref() == Some(want));
                match actual {
                    Some(o) => out.push(format!(
                        "{me} follows {}, not {}: the {nouns} were reordered",
                        name_of(o.path),
                        name_of(p.path)
                    )),
                    None => out.push(format!(
                        "{me} does not follow {}: {} was replaced or changed after {noun} {} was signed",
                        name_of(p.path),
                        name_of(p.path),
                        e.n
                    )),
                }
            }
        }
    }
    out
}

/// The problems (signature or chain) of a directory of revisions or reviews, for signing
/// on top of it.
pub(crate) fn chain_problems(files: &[(u32, PathBuf)], kind: RecordKind) -> Vec<String> {
    let checked: Vec<Checked> = par_map(files, |(_, p)| check_file(p, true, kind));
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
        out.extend(chain_check(&entries, i, assessment.as_deref(), kind));
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
            notes.push(format!(
                "the newest revision cannot be checked against the draft, which does not read: {}",
                e.to_string().lines().next().unwrap_or_default()
            ));
            return;
        }
    };
    let Some(anchor) = anchor else { return };
    let Some(last) = rows.last_mut() else { return };
    let named = entries.iter().find(|e| e.n == anchor.revision);
    let problem = match named {
        None => Some(format!(
            "revision {} ({}), which {file} names as the latest signed, is missing: the newest revisions were removed; restore them from a backup",
            anchor.revision,
            revision_file_name(anchor.revision)
        )),
        Some(e) if e.sha256.as_deref() != Some(anchor.sha256.as_str()) => Some(format!(
            "{} is not the revision that was signed from this draft (its SHA-256 differs from the one {file} records): it was replaced; restore it from a backup",
            e.path.display()
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
                last.notes.push(format!(
                    "{file} names revision {} as the latest signed, but revision {} exists: the draft may have been restored from an older copy",
                    anchor.revision, newest.n
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
    sha_of: &dyn Fn(&Path) -> Option<String>,
    problems: &mut Vec<String>,
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
    let file = assessment_dir.map(|d| d.join("revisions").join(revision_file_name(b.revision)));
    let me = name_of(&c.path);
    let judges = match file.as_deref().and_then(sha_of) {
        None => {
            problems.push(format!(
                "{me} judges revision {} of '{}', but {} is missing: the revision was removed after it was reviewed; restore it from a backup",
                b.revision,
                b.assessment,
                file.as_deref()
                    .map_or("its revision file".into(), |f| f.display().to_string())
            ));
            JudgedStatus::Missing
        }
        Some(sha) if sha != b.revision_sha256 => {
            problems.push(format!(
                "{me} judges revision {}, but {} is not the file it judged (its SHA-256 differs): the revision was replaced or changed after the review; restore it from a backup",
                b.revision,
                file.as_deref().map(Path::display).map(|d| d.to_string()).unwrap_or_default()
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
pub(super) fn self_review(c: &Checked, facts: Option<&ReviewFacts>, problems: &mut Vec<String>) {
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
        problems.push(format!(
            "{} is countersigned with the key that signed revision {} it judges ({}, {}): one person may not both sign and review\n  hint: have another reviewer countersign; if one person must do both, say so in the dossier's policy.ron: Policy(allow_self_review: true)",
            super::name_of(&c.path),
            b.revision,
            b.signer.name,
            b.signer.key
        ));
    }
}
