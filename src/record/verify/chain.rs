//! Chains: each revision or review in its place, the links between revisions and the
//! reviews they answer or that judge them, and the draft's anchor.

use std::collections::HashMap;
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
    pub(super) sha256: Option<&'a str>,
    pub(super) link: Option<Link<'a>>,
}

/// The entries of one directory, sorted by number, with what `chain_check` looks up in
/// them by number and by SHA-256 (a map each: a chain of 50,000 revisions is checked in
/// linear time).
pub(super) struct Chain<'a> {
    pub(super) entries: Vec<ChainEntry<'a>>,
    by_number: HashMap<u32, Vec<usize>>,
    by_sha: HashMap<&'a str, usize>,
}

impl<'a> Chain<'a> {
    pub(super) fn new(mut entries: Vec<ChainEntry<'a>>) -> Self {
        entries.sort_by(|a, b| (a.n, a.path).cmp(&(b.n, b.path)));
        let mut by_number: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut by_sha = HashMap::new();
        for (i, e) in entries.iter().enumerate() {
            by_number.entry(e.n).or_default().push(i);
            if let Some(sha) = e.sha256 {
                by_sha.entry(sha).or_insert(i);
            }
        }
        Chain {
            entries,
            by_number,
            by_sha,
        }
    }

    /// The entries numbered `n`, in order.
    fn numbered(&self, n: u32) -> impl Iterator<Item = &ChainEntry<'a>> {
        self.by_number
            .get(&n)
            .into_iter()
            .flatten()
            .map(|i| &self.entries[*i])
    }

    /// The entry numbered `n` whose SHA-256 is `sha256`, else the first numbered `n` (in a
    /// fork two files share a number: the prior one is the one a file names).
    pub(super) fn prior(&self, n: u32, sha256: Option<&str>) -> Option<&ChainEntry<'a>> {
        sha256
            .and_then(|s| self.by_sha.get(s))
            .map(|i| &self.entries[*i])
            .filter(|e| e.n == n)
            .or_else(|| self.numbered(n).next())
    }

    /// Whether some entry has SHA-256 `sha256`.
    pub(super) fn has(&self, sha256: &str) -> bool {
        self.by_sha.contains_key(sha256)
    }

    /// The highest number below `n`.
    fn last_before(&self, n: u32) -> Option<u32> {
        let at = self.entries.partition_point(|o| o.n < n);
        at.checked_sub(1).map(|i| self.entries[i].n)
    }
}

/// What is wrong with entry `i`'s place in its chain (empty: nothing).
pub(super) fn chain_check(
    chain: &Chain,
    i: usize,
    assessment: Option<&str>,
    kind: RecordKind,
    lang: Lang,
) -> Vec<String> {
    let k = kind_arg(kind);
    let e = &chain.entries[i];
    let Some(link) = &e.link else {
        return vec![tr!(lang, "verify-chain-unreadable", kind = k)];
    };
    let mut out = Vec::new();
    let me = name_of(e.path);
    if let Some(p) = super::fork::name_problem(e.path, e.sha256, lang) {
        out.push(p);
    }
    out.extend(super::fork::merges_problems(chain, e, lang));
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
        let same = chain.numbered(link.number).find(|o| o.path != e.path);
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
    let prior = chain.prior(e.n - 1, link.previous);
    match (prior, link.previous) {
        (_, None) => out.push(tr!(
            lang,
            "verify-chain-no-previous",
            kind = k,
            file = me.as_str(),
            n = e.n
        )),
        (None, Some(_)) => match chain.last_before(e.n) {
            Some(last) if e.n - last > 2 => out.push(tr!(
                lang,
                "verify-chain-gap",
                kind = k,
                from = last + 1,
                to = e.n - 1,
                before = revision_file_name(last),
                file = me.as_str()
            )),
            Some(last) => out.push(tr!(
                lang,
                "verify-chain-one-missing",
                kind = k,
                n = e.n - 1,
                before = revision_file_name(last),
                file = me.as_str()
            )),
            None if e.n > 2 => out.push(tr!(
                lang,
                "verify-chain-first-ones-missing",
                kind = k,
                to = e.n - 1
            )),
            None => out.push(tr!(lang, "verify-chain-first-missing", kind = k)),
        },
        (Some(p), Some(want)) => {
            if p.sha256 != Some(want) {
                match chain.by_sha.get(want).map(|i| &chain.entries[*i]) {
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
    let checked: Vec<Checked> = par_map(files, |(_, p)| check_file(p, true, kind, lang, None));
    let chain = Chain::new(
        files
            .iter()
            .zip(&checked)
            .map(|((n, p), c)| ChainEntry {
                n: *n,
                path: p,
                sha256: c.sha256.as_deref(),
                link: c.link(),
            })
            .collect(),
    );
    let assessment = files
        .first()
        .and_then(|(_, p)| p.parent()?.parent()?.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    let mut out = Vec::new();
    let by_path: HashMap<&Path, &Checked> = checked.iter().map(|c| (c.path.as_path(), c)).collect();
    for (i, e) in chain.entries.iter().enumerate() {
        let c = by_path[e.path];
        let name = name_of(&c.path);
        if c.signature != SignatureStatus::Valid {
            for p in &c.problems {
                out.push(format!("{name}: {}", p.lines().next().unwrap_or_default()));
            }
        }
        out.extend(chain_check(&chain, i, assessment.as_deref(), kind, lang));
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
    chain: &Chain,
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
    let named = chain.prior(anchor.revision, Some(anchor.sha256.as_str()));
    let problem = match named {
        None => Some(tr!(
            lang,
            "verify-anchor-missing",
            n = anchor.revision,
            shown = revision_file_name(anchor.revision),
            draft = file.as_str()
        )),
        Some(e) if e.sha256 != Some(anchor.sha256.as_str()) => Some(tr!(
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
            if let Some(newest) = chain.entries.last().filter(|e| e.n > anchor.revision) {
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
    let (Some(f), Some(j)) = (&c.facts, c.facts.as_ref().and_then(|f| f.judges.as_ref())) else {
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
        let plain = !f.assessment.is_empty()
            && f.assessment != ".."
            && f.assessment != "."
            && !f.assessment.contains(['/', '\\']);
        plain.then(|| root.join("assessments").join(&f.assessment))
    };
    let found = assessment_dir
        .as_deref()
        .map(|d| find(&d.join("revisions"), j.revision, &j.revision_sha256));
    let file = found.as_ref().map(|(p, _)| p.clone());
    let me = name_of(&c.path);
    let judges = match found.and_then(|(_, sha)| sha) {
        None => {
            problems.push(match file.as_deref() {
                Some(path) => tr!(
                    lang,
                    "verify-judged-missing",
                    file = me.as_str(),
                    n = j.revision,
                    id = f.assessment.as_str(),
                    revision = path.display().to_string()
                ),
                None => tr!(
                    lang,
                    "verify-judged-missing-unnamed",
                    file = me.as_str(),
                    n = j.revision,
                    id = f.assessment.as_str()
                ),
            });
            JudgedStatus::Missing
        }
        Some(sha) if sha != j.revision_sha256 => {
            problems.push(tr!(
                lang,
                "verify-judged-differs",
                file = me.as_str(),
                n = j.revision,
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
        number: Some(f.number),
        opinion: Some(j.opinion),
        review_due: j.review_due,
        judges,
        revision_file: file,
    }
}

/// A review countersigned with the key that signed the revision it judges fails (the
/// dossier's `policy.ron` may allow it). `signer_of` gives the fingerprint a revision
/// file names as its signer (from this run when it was read, else read now).
pub(super) fn self_review(
    c: &Checked,
    facts: Option<&ReviewFacts>,
    signer_of: &dyn Fn(&Path) -> Option<String>,
    problems: &mut Vec<String>,
    lang: Lang,
) {
    let (Some(f), Some(file)) = (&c.facts, facts.and_then(|f| f.revision_file.as_deref())) else {
        return;
    };
    let Some(j) = &f.judges else { return };
    if signer_of(file).is_some_and(|fp| fp == f.signer.fingerprint) {
        problems.push(tr!(
            lang,
            "verify-self-review",
            file = super::name_of(&c.path),
            n = j.revision,
            name = f.signer.name.as_str(),
            key = f.signer.key.as_str()
        ));
    }
}

/// The signer's fingerprint a revision file names, read now (None if it cannot be read).
pub(super) fn read_signer(file: &Path) -> Option<String> {
    let bytes = std::fs::read(file).ok()?;
    super::super::parse_body(&file.display().to_string(), &bytes)
        .ok()
        .map(|b| b.signer.fingerprint)
}
