//! The records of a run, one assessment at a time: its files are read, hashed, checked and
//! parsed on every core, a few at a time, each body dropped as soon as its facts are taken
//! (`signature::Checked`); then its chains, links and completeness are checked in order,
//! and only the report rows stay. Memory holds one assessment's facts (a few hundred bytes
//! a record) and the rows, never the records themselves.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::super::{revision_file_name, sha256_hex};
use super::chain::{self, Chain, ChainEntry, chain_check, check_anchor, judged, read_signer};
use super::light::Revision;
use super::risk::{Memo, compare};
use super::signature::{Checked, check_file, check_trust};
use super::{
    ChainStatus, Group, RecordKind, RiskStatus, VerifyReport, complete, dossier_root_of, kind_arg,
    name_of, par_map,
};
use crate::dossier::Dossier;
use crate::i18n::Lang;
use crate::keys::TrustedKey;
use crate::questionnaire::Loaded;
use crate::tr;

/// What every record of a run is checked against.
pub(super) struct Run<'a> {
    pub(super) root: &'a Path,
    pub(super) lang: Lang,
    pub(super) trusted: &'a [TrustedKey],
    pub(super) allow_self_review: bool,
    pub(super) rules: complete::Rules<'a>,
    /// Each questionnaire version parsed once for all records.
    questionnaires: Mutex<HashMap<String, Arc<Result<Loaded, String>>>>,
    memo: Memo,
}

impl<'a> Run<'a> {
    pub(super) fn new(
        root: &'a Path,
        trusted: &'a [TrustedKey],
        allow_self_review: bool,
        rules: complete::Rules<'a>,
    ) -> Self {
        Run {
            root,
            lang: rules.lang,
            trusted,
            allow_self_review,
            rules,
            questionnaires: Mutex::default(),
            memo: Memo::new(),
        }
    }

    fn questionnaire(&self, body: &Revision, path: &Path) -> Arc<Result<Loaded, String>> {
        let mut cache = self
            .questionnaires
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        let fp = &body.questionnaire.fingerprint;
        if let Some(l) = cache.get(fp) {
            return l.clone();
        }
        if !super::super::is_sha256_hex(fp) {
            return Arc::new(Err(tr!(
                self.lang,
                "verify-questionnaire-not-sha",
                fp = fp.as_str()
            )));
        }
        let mut found = Dossier::open(self.root).questionnaire_for(&body.questionnaire);
        if found.is_err()
            && let Some(own) = dossier_root_of(path)
            && own != self.root
        {
            found = Dossier::open(own).questionnaire_for(&body.questionnaire);
        }
        let l = Arc::new(
            found.map_err(|e| e.to_string().lines().next().unwrap_or_default().to_string()),
        );
        cache.insert(fp.clone(), l.clone());
        l
    }

    fn risk(&self, body: &Revision, path: &Path) -> (RiskStatus, Vec<String>) {
        match &*self.questionnaire(body, path) {
            Ok(l) => compare(body, &self.memo.get(body, l, self.lang), l, self.lang),
            Err(e) => (
                RiskStatus::NotChecked,
                vec![tr!(
                    self.lang,
                    "verify-risk-not-recomputed",
                    why = e.as_str()
                )],
            ),
        }
    }
}

/// Verifies `groups`, one assessment (the groups sharing a parent directory) at a time,
/// adding the rows and problems to `report`; returns the assessment directories whose
/// completeness was checked.
pub(super) fn verify_groups(
    run: &Run,
    groups: &[Group],
    report: &mut VerifyReport,
) -> BTreeSet<PathBuf> {
    let mut seen = BTreeSet::new();
    let mut units = Vec::new();
    let mut start = 0;
    while start < groups.len() {
        let parent = groups[start].dir.parent();
        let end = start
            + groups[start..]
                .iter()
                .take_while(|g| g.dir.parent() == parent)
                .count();
        units.push(start..end);
        start = end;
    }
    // Small assessments are read together, so that every core has work; a batch holds at
    // most one large assessment's facts, or BATCH records'.
    let mut batch_start = 0;
    while batch_start < units.len() {
        let mut files = 0;
        let mut batch_end = batch_start;
        while batch_end < units.len() && (files == 0 || files < BATCH) {
            files += groups[units[batch_end].clone()]
                .iter()
                .map(|g| g.files.len())
                .sum::<usize>();
            batch_end += 1;
        }
        let batch = &units[batch_start..batch_end];
        let all = &groups[batch[0].start..batch[batch.len() - 1].end];
        let checked = check_files(run, all);
        let mut at = 0;
        for u in batch {
            let n: usize = groups[u.clone()].iter().map(|g| g.files.len()).sum();
            link_unit(
                run,
                &groups[u.clone()],
                &checked[at..at + n],
                report,
                &mut seen,
            );
            at += n;
        }
        batch_start = batch_end;
    }
    seen
}

/// How many records are read together, at least.
const BATCH: usize = 256;

/// Every file of `groups`, in order, on every core.
fn check_files(run: &Run, groups: &[Group]) -> Vec<Checked> {
    struct Job<'a> {
        path: &'a Path,
        full: bool,
        kind: RecordKind,
    }
    let jobs: Vec<Job> = groups
        .iter()
        .flat_map(|g| {
            g.files.iter().map(move |(_, p)| Job {
                path: p,
                full: g.selected.as_ref().is_none_or(|s| s.contains(p)),
                kind: g.kind,
            })
        })
        .collect();
    let risk = |b: &Revision, p: &Path| run.risk(b, p);
    par_map(&jobs, |j| {
        check_file(j.path, j.full, j.kind, run.lang, Some(&risk))
    })
}

/// The chains, links, trust and completeness of one assessment's groups, whose files
/// were read into `checked`.
fn link_unit(
    run: &Run,
    groups: &[Group],
    checked: &[Checked],
    report: &mut VerifyReport,
    seen: &mut BTreeSet<PathBuf>,
) {
    let lang = run.lang;
    let by_path: HashMap<&Path, &Checked> = checked.iter().map(|c| (c.path.as_path(), c)).collect();

    // The SHA-256 of a file, from this run when it was read, else read now (a revision a
    // review names, or a review a revision answers); None if it does not exist.
    let sha_of = |p: &Path| -> Option<String> {
        match by_path.get(p) {
            Some(c) => c.sha256.clone(),
            None => std::fs::read(p).ok().map(|b| sha256_hex(&b)),
        }
    };
    // A signed file found by listing its directory: the one numbered `n` with SHA-256
    // `want`, else another numbered `n` (replaced), else the old-style path (missing).
    type Listing = std::rc::Rc<Vec<(u32, PathBuf)>>;
    let listings: std::cell::RefCell<HashMap<PathBuf, Listing>> = Default::default();
    let find = |dir: &Path, n: u32, want: &str| -> (PathBuf, Option<String>) {
        let files = listings
            .borrow_mut()
            .entry(dir.to_path_buf())
            .or_insert_with(|| {
                std::rc::Rc::new(super::super::revision_files(dir).unwrap_or_default())
            })
            .clone();
        match super::super::find_numbered(&files, n, want, &sha_of) {
            Some((p, _)) => (p.to_path_buf(), sha_of(p)),
            None => (dir.join(revision_file_name(n)), None),
        }
    };
    let signer_of = |p: &Path| -> Option<String> {
        match by_path.get(p) {
            Some(c) => c.signer().map(|s| s.fingerprint.clone()),
            None => read_signer(p),
        }
    };

    // Chain, links between revisions and reviews, and trust, in order.
    for g in groups {
        let chain = Chain::new(
            g.files
                .iter()
                .map(|(n, p)| {
                    let c = by_path.get(p.as_path()).copied();
                    ChainEntry {
                        n: *n,
                        path: p,
                        sha256: c.and_then(|c| c.sha256.as_deref()),
                        link: c.and_then(Checked::link),
                    }
                })
                .collect(),
        );
        let in_chain = g.dir.file_name().is_some_and(|n| n == g.kind.dir_name());
        let first_row = report.records.len();
        for (i, e) in chain.entries.iter().enumerate() {
            let Some(c) = by_path.get(e.path).copied() else {
                continue;
            };
            if !c.full {
                continue;
            }
            let mut row = c.row();
            if in_chain {
                let problems = chain_check(&chain, i, g.assessment.as_deref(), g.kind, lang);
                row.chain = if c.link().is_none() || !problems.is_empty() {
                    ChainStatus::Broken
                } else {
                    ChainStatus::Ok
                };
                row.problems.extend(problems);
            } else {
                row.chain = ChainStatus::NotChecked;
                row.notes.push(tr!(
                    lang,
                    "verify-chain-not-checked",
                    kind = kind_arg(g.kind),
                    dir = g.kind.dir_name()
                ));
            }
            check_trust(&mut row, c, run.trusted, lang);
            if let Some((status, problems)) = &c.risk {
                row.risk = *status;
                row.problems.extend(problems.iter().cloned());
            }
            if let Some(r) = c.facts.as_ref().and_then(|f| f.responds_to.as_ref())
                && in_chain
                && let Some(assessment_dir) = g.dir.parent()
            {
                let (file, sha) = find(
                    &assessment_dir.join(RecordKind::Review.dir_name()),
                    r.number,
                    &r.sha256,
                );
                let shown = format!("reviews/{}", name_of(&file));
                let problem = match sha {
                    None => Some(tr!(
                        lang,
                        "verify-answered-review-missing",
                        file = name_of(&c.path),
                        n = r.number,
                        shown = shown.as_str()
                    )),
                    Some(sha) if sha != r.sha256 => Some(tr!(
                        lang,
                        "verify-answered-review-differs",
                        file = name_of(&c.path),
                        n = r.number,
                        shown = shown.as_str()
                    )),
                    Some(_) => None,
                };
                if let Some(p) = problem {
                    row.chain = ChainStatus::Broken;
                    row.problems.push(p);
                }
            }
            if g.kind == RecordKind::Review {
                row.risk = RiskStatus::NotApplicable;
                row.review = Some(judged(c, g, run.root, &find, &mut row.problems, lang));
                if !run.allow_self_review {
                    chain::self_review(c, row.review.as_ref(), &signer_of, &mut row.problems, lang);
                }
            }
            report.records.push(row);
        }
        if in_chain
            && g.selected.is_none()
            && let Some(id) = g.assessment.as_deref()
        {
            super::fork::check(
                &chain.entries,
                id,
                g.kind,
                &mut report.problems,
                &mut report.notes,
                lang,
            );
        }
        if in_chain && g.kind == RecordKind::Revision && g.selected.is_none() {
            check_anchor(
                g,
                &chain,
                &mut report.records[first_row..],
                &mut report.notes,
                lang,
            );
        }
    }

    // Completeness: the heads of every assessment verified whole.
    for g in groups {
        if g.selected.is_some() || g.dir.file_name().is_none_or(|n| n != g.kind.dir_name()) {
            continue;
        }
        let (Some(dir), Some(id)) = (g.dir.parent(), g.assessment.as_deref()) else {
            continue;
        };
        if seen.insert(dir.to_path_buf()) {
            complete::check_assessment(
                dir,
                id,
                &find,
                &run.rules,
                &mut report.problems,
                &mut report.notes,
            );
        }
    }
}
