//! Offline verification of records, an assessment or a whole dossier.
//!
//! For each record: the signature over the exact stored bytes; whether the signing key is
//! one the dossier trusts (an unknown key is reported as such, apart from a bad signature,
//! and is never a pass); its place in the revision chain; and the stored risk against the
//! risk recomputed from the stored answers with the questionnaire version it names.
//!
//! Signed reviews (`reviews/NNNN.ron`, see `crate::review`) are verified alongside: the
//! signature, trust in the role the review claims (reviewer or approver), their own chain,
//! and that the revision each one judges is still, byte for byte, the file it judged. A
//! revision that answers a review must name that review's exact file.
//!
//! What the revisions alone cannot show is the removal of the *latest* ones, since no later
//! revision names them. Signing therefore records the new revision's number and SHA-256 in
//! the draft, and verifying an assessment checks that revision is still there, unchanged.
//! An evidence bundle, which carries no draft, lists every file in its manifest instead.
//! A signed review protects the revision it judges, the latest included.
//!
//! Speed matters (a dossier of 1,000 revisions in well under a second): each file is read
//! and hashed once, its body parsed once, each questionnaire version parsed once for all
//! records, and the per-record work runs on every core.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::body::{RecordBody, RiskRecord, Signer, parse_body};
use super::sign::split;
use super::{RecordError, revision_file_name, revision_files, revision_number, sha256_hex};
use crate::dossier::Dossier;
use crate::keys::{self, Role, TrustedKey};
use crate::questionnaire::Loaded;
use crate::review::{Opinion, ReviewBody, parse_review};

/// What a signed file is: a revision of the assessment, or a review of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordKind {
    #[default]
    Revision,
    Review,
}

impl RecordKind {
    fn noun(self) -> &'static str {
        match self {
            RecordKind::Revision => "revision",
            RecordKind::Review => "review",
        }
    }

    fn nouns(self) -> &'static str {
        match self {
            RecordKind::Revision => "revisions",
            RecordKind::Review => "reviews",
        }
    }

    /// The name of the directory that holds this kind of file in an assessment.
    fn dir_name(self) -> &'static str {
        self.nouns()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureStatus {
    /// The signature is valid for the exact bytes, by the key the record names.
    Valid,
    /// The bytes were changed after signing, or the signature is not the key's.
    Invalid,
    /// The signature is valid, but the record names another key than the one that signed.
    SignerMismatch,
    /// No signature trailer: a truncated file or not a signed record.
    Missing,
    /// The trailer is damaged.
    Malformed,
    /// The file could not be read.
    Unreadable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TrustStatus {
    Trusted,
    /// The key is not among the dossier's trusted keys.
    Untrusted,
    /// The key is trusted, but in another role than the record claims.
    RoleMismatch,
    /// There is no readable key to check.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChainStatus {
    Ok,
    Broken,
    /// The file is not in a revisions directory, so its place cannot be checked.
    NotChecked,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RiskStatus {
    Ok,
    Differs,
    /// The record could not be read, or the questionnaire it names is not available.
    NotChecked,
    /// A review holds no risk figures.
    NotApplicable,
}

/// Whether the revision a review judges is the file it judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum JudgedStatus {
    /// The revision file's SHA-256 is the one the review names.
    Ok,
    /// There is no such revision file.
    Missing,
    /// The revision file was replaced or changed after the review.
    Differs,
    /// The review cannot be read.
    NotChecked,
}

/// What verification found about a review, beyond what every record has.
#[derive(Debug, Clone, Serialize)]
pub struct ReviewFacts {
    pub number: Option<u32>,
    pub opinion: Option<Opinion>,
    pub review_due: Option<chrono::NaiveDate>,
    pub judges: JudgedStatus,
    /// The revision file judged.
    pub revision_file: Option<PathBuf>,
}

/// One record's verification.
#[derive(Debug, Clone, Serialize)]
pub struct RecordReport {
    pub file: PathBuf,
    pub kind: RecordKind,
    pub assessment: Option<String>,
    /// The revision; for a review, the revision it judges.
    pub revision: Option<u32>,
    pub signer: Option<String>,
    pub role: Option<Role>,
    pub signed_at: Option<DateTime<Utc>>,
    pub key: Option<String>,
    /// The name the dossier trusts the key under, when it does.
    pub trusted_as: Option<String>,
    pub signature: SignatureStatus,
    pub trusted: TrustStatus,
    pub chain: ChainStatus,
    pub risk: RiskStatus,
    pub sha256: Option<String>,
    /// What failed, each saying where and what to do.
    pub problems: Vec<String>,
    /// Remarks that do not fail the record.
    pub notes: Vec<String>,
    /// For a review: its number, opinion and the revision it judges.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewFacts>,
}

impl RecordReport {
    pub fn passed(&self) -> bool {
        let content = match self.kind {
            RecordKind::Revision => self.risk == RiskStatus::Ok,
            RecordKind::Review => self
                .review
                .as_ref()
                .is_some_and(|r| r.judges == JudgedStatus::Ok),
        };
        self.signature == SignatureStatus::Valid
            && self.trusted == TrustStatus::Trusted
            && matches!(self.chain, ChainStatus::Ok | ChainStatus::NotChecked)
            && content
            && self.problems.is_empty()
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub records: usize,
    /// How many of the records are reviews.
    pub reviews: usize,
    pub verified: usize,
    pub failed: usize,
    pub bad_signatures: usize,
    pub untrusted: usize,
    pub chain_broken: usize,
    pub risk_differs: usize,
    pub risk_not_checked: usize,
    /// Reviews whose revision is missing or was replaced.
    pub judged_broken: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    /// Where the trusted keys and the kept questionnaires were read from.
    pub root: PathBuf,
    /// The keys the dossier trusts, as `farol:… name (role)`.
    pub trusted_keys: Vec<String>,
    pub records: Vec<RecordReport>,
    /// Failures that belong to no single record (nothing to verify, …).
    pub problems: Vec<String>,
    /// Remarks that fail nothing (an assessment not signed yet, a damaged trusted key file).
    pub notes: Vec<String>,
    pub summary: Summary,
}

impl VerifyReport {
    /// True only if there was something to verify and every record verifies.
    pub fn passed(&self) -> bool {
        self.problems.is_empty()
            && !self.records.is_empty()
            && self.records.iter().all(RecordReport::passed)
    }
}

/// The dossier a path lies in (`…/DOSSIER/assessments/ID/revisions/NNNN.ron`, an
/// assessment directory, or the dossier itself), if the layout says so.
pub fn dossier_root_of(path: &Path) -> Option<PathBuf> {
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if path.is_dir() && path.join("assessments").is_dir() {
        return Some(path);
    }
    path.ancestors()
        .find(|a| a.file_name().is_some_and(|n| n == "assessments"))
        .and_then(Path::parent)
        .map(Path::to_path_buf)
}

/// A directory of revisions or reviews and which of its files to report on (None: all).
struct Group {
    dir: PathBuf,
    kind: RecordKind,
    /// The assessment id the directory belongs to (its parent's name), if it is a
    /// `revisions` or `reviews` directory.
    assessment: Option<String>,
    files: Vec<(u32, PathBuf)>,
    selected: Option<BTreeSet<PathBuf>>,
}

/// Verifies records, assessments or dossiers. `root` is the dossier whose trusted keys
/// decide trust and whose kept questionnaires recompute the risk.
///
/// An error is returned only when a path does not exist or is not records at all (a usage
/// or I/O error); everything wrong with the records themselves is in the report.
pub fn verify_paths(root: &Path, paths: &[PathBuf]) -> Result<VerifyReport, RecordError> {
    let mut report = VerifyReport {
        root: root.to_path_buf(),
        trusted_keys: vec![],
        records: vec![],
        problems: vec![],
        notes: vec![],
        summary: Summary::default(),
    };
    let groups = collect(paths, &mut report)?;
    // Duties separated: whether one key may sign a revision and countersign its review.
    let allow_self_review = match crate::policy::load(root) {
        Ok(p) => p.allow_self_review,
        Err(e) => {
            report.problems.push(e.to_string());
            false
        }
    };

    let trusted = match keys::trusted(root) {
        Ok((t, problems)) => {
            for p in problems {
                report.notes.push(format!(
                    "{}: {}; this key is not trusted until the file is fixed (`farol keys trust` rewrites it)",
                    p.file.display(),
                    p.problem
                ));
            }
            t
        }
        Err(e) => {
            report.notes.push(e.to_string());
            vec![]
        }
    };
    report.trusted_keys = trusted
        .iter()
        .map(|t| format!("{} {} ({})", t.id(), t.name, t.role))
        .collect();

    // 1. Every file, on all cores: read, hash, check the signature, parse the body, and
    // recompute the risk with its questionnaire (each version parsed once, shared).
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
    let questionnaires: Mutex<HashMap<String, Arc<Result<Loaded, String>>>> = Mutex::default();
    let questionnaire = |body: &RecordBody, path: &Path| {
        let mut cache = questionnaires.lock().unwrap_or_else(|e| e.into_inner());
        let fp = &body.questionnaire.fingerprint;
        if let Some(l) = cache.get(fp) {
            return l.clone();
        }
        if !super::is_sha256_hex(fp) {
            return Arc::new(Err(format!(
                "the record names the questionnaire fingerprint '{fp}', which is not a SHA-256"
            )));
        }
        let mut found = Dossier::open(root).questionnaire_for(&body.questionnaire);
        if found.is_err()
            && let Some(own) = dossier_root_of(path)
            && own != root
        {
            found = Dossier::open(own).questionnaire_for(&body.questionnaire);
        }
        let l = Arc::new(
            found.map_err(|e| e.to_string().lines().next().unwrap_or_default().to_string()),
        );
        cache.insert(fp.clone(), l.clone());
        l
    };
    let checked: Vec<Checked> = par_map(&jobs, |j| {
        let mut c = check_file(j.path, j.full, j.kind);
        if j.full
            && let Some(body) = &c.body
        {
            c.risk = Some(match &*questionnaire(body, j.path) {
                Ok(l) => check_risk(body, l),
                Err(e) => (
                    RiskStatus::NotChecked,
                    vec![format!("the risk cannot be recomputed: {e}")],
                ),
            });
        }
        c
    });
    let mut by_path: HashMap<&Path, &Checked> = HashMap::new();
    for (j, c) in jobs.iter().zip(&checked) {
        by_path.insert(j.path, c);
    }

    // The SHA-256 of a file, from this run when it was read, else read now (a revision a
    // review names, or a review a revision answers); None if it does not exist.
    let sha_of = |p: &Path| -> Option<String> {
        match by_path.get(p) {
            Some(c) => c.sha256.clone(),
            None => std::fs::read(p).ok().map(|b| sha256_hex(&b)),
        }
    };

    // 4. Chain, links between revisions and reviews, and trust, in order.
    for g in &groups {
        let entries: Vec<ChainEntry> = g
            .files
            .iter()
            .map(|(n, p)| {
                let c = by_path.get(p.as_path()).copied();
                ChainEntry {
                    n: *n,
                    path: p,
                    sha256: c.and_then(|c| c.sha256.clone()),
                    link: c.and_then(Checked::link),
                }
            })
            .collect();
        let in_chain = g.dir.file_name().is_some_and(|n| n == g.kind.dir_name());
        let first_row = report.records.len();
        for (i, e) in entries.iter().enumerate() {
            let Some(c) = by_path.get(e.path).copied() else {
                continue;
            };
            if !c.full {
                continue;
            }
            let mut row = c.row();
            if in_chain {
                let problems = chain_check(&entries, i, g.assessment.as_deref(), g.kind);
                row.chain = if c.link().is_none() || !problems.is_empty() {
                    ChainStatus::Broken
                } else {
                    ChainStatus::Ok
                };
                row.problems.extend(problems);
            } else {
                row.chain = ChainStatus::NotChecked;
                row.notes.push(format!(
                    "the {} chain is not checked: the file is not in an assessment's {} directory",
                    g.kind.noun(),
                    g.kind.dir_name()
                ));
            }
            check_trust(&mut row, c, &trusted);
            if let Some((status, problems)) = &c.risk {
                row.risk = *status;
                row.problems.extend(problems.iter().cloned());
            }
            if let Some(body) = &c.body
                && let Some(r) = &body.responds_to
                && in_chain
                && let Some(assessment_dir) = g.dir.parent()
            {
                let file = assessment_dir
                    .join(RecordKind::Review.dir_name())
                    .join(revision_file_name(r.number));
                let shown = format!("reviews/{}", revision_file_name(r.number));
                let problem = match sha_of(&file) {
                    None => Some(format!(
                        "{} answers review {} ({shown}), which is missing: the review was removed; restore it from a backup",
                        name_of(&c.path),
                        r.number
                    )),
                    Some(sha) if sha != r.sha256 => Some(format!(
                        "{} answers review {}, but {shown} is not the review it answered (its SHA-256 differs): the review was replaced or changed; restore it from a backup",
                        name_of(&c.path),
                        r.number
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
                row.review = Some(judged(c, g, root, &sha_of, &mut row.problems));
                if !allow_self_review {
                    self_review(c, row.review.as_ref(), &mut row.problems);
                }
            }
            report.records.push(row);
        }
        if in_chain && g.kind == RecordKind::Revision && g.selected.is_none() {
            check_anchor(
                g,
                &entries,
                &mut report.records[first_row..],
                &mut report.notes,
            );
        }
    }

    if report.records.is_empty() && report.problems.is_empty() {
        report.problems.push(format!(
            "no signed records found in {}; sign a draft with `farol sign ID` first",
            paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    report.summary = summarise(&report.records);
    Ok(report)
}

/// The revision a draft names as signed, if it reads and names one.
fn signed_anchor(draft: &Path) -> Option<u32> {
    let source = std::fs::read_to_string(draft).ok()?;
    crate::dossier::parse_draft(&draft.display().to_string(), &source)
        .ok()?
        .signed
        .map(|s| s.revision)
}

/// The draft beside a revisions directory names the revision it was last signed as; if
/// that revision is gone or is another file, the newest revisions were removed or
/// replaced — something no revision can show, since nothing after them names them.
fn check_anchor(
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
fn judged(
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
fn self_review(c: &Checked, facts: Option<&ReviewFacts>, problems: &mut Vec<String>) {
    let (Some(b), Some(file)) = (&c.review, facts.and_then(|f| f.revision_file.as_deref())) else {
        return;
    };
    let Some(revision) = std::fs::read(file)
        .ok()
        .and_then(|bytes| super::parse_body(&file.display().to_string(), &bytes).ok())
    else {
        return;
    };
    if revision.signer.fingerprint == b.signer.fingerprint {
        problems.push(format!(
            "{} is countersigned with the key that signed revision {} it judges ({}, {}): one person may not both sign and review\n  hint: have another reviewer countersign; if one person must do both, say so in the dossier's policy.ron: Policy(allow_self_review: true)",
            name_of(&c.path),
            b.revision,
            b.signer.name,
            b.signer.key
        ));
    }
}

fn summarise(rows: &[RecordReport]) -> Summary {
    let mut s = Summary {
        records: rows.len(),
        ..Summary::default()
    };
    for r in rows {
        if r.kind == RecordKind::Review {
            s.reviews += 1;
        }
        if r.review
            .as_ref()
            .is_some_and(|f| matches!(f.judges, JudgedStatus::Missing | JudgedStatus::Differs))
        {
            s.judged_broken += 1;
        }
        if r.passed() {
            s.verified += 1;
        } else {
            s.failed += 1;
        }
        if r.signature != SignatureStatus::Valid {
            s.bad_signatures += 1;
        }
        if r.trusted != TrustStatus::Trusted {
            s.untrusted += 1;
        }
        if r.chain == ChainStatus::Broken {
            s.chain_broken += 1;
        }
        match r.risk {
            RiskStatus::Differs => s.risk_differs += 1,
            RiskStatus::NotChecked => s.risk_not_checked += 1,
            RiskStatus::Ok | RiskStatus::NotApplicable => {}
        }
    }
    s
}

/// Whether a signed file outside an assessment's directories is a review (it starts with
/// `Review(`) rather than a revision.
fn sniff(path: &Path) -> RecordKind {
    use std::io::Read as _;
    let mut head = [0u8; 512];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    let text = String::from_utf8_lossy(&head[..n]);
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//"));
    if first.is_some_and(|l| l.starts_with("Review(")) {
        RecordKind::Review
    } else {
        RecordKind::Revision
    }
}

/// The kind of the files in a directory named after them, else that of `file` by content.
fn kind_in(dir: &Path, file: Option<&Path>) -> RecordKind {
    match dir.file_name().and_then(|n| n.to_str()) {
        Some("reviews") => RecordKind::Review,
        Some("revisions") => RecordKind::Revision,
        _ => file.map_or(RecordKind::Revision, sniff),
    }
}

/// Turns the paths given into groups of revision and review files: per assessment, its
/// revisions first, then its reviews.
fn collect(paths: &[PathBuf], report: &mut VerifyReport) -> Result<Vec<Group>, RecordError> {
    type Key = (PathBuf, RecordKind, PathBuf);
    let mut groups: BTreeMap<Key, Group> = BTreeMap::new();
    let mut add_dir =
        |dir: PathBuf, kind: RecordKind, selected: Option<PathBuf>| -> Result<(), RecordError> {
            let canonical = std::fs::canonicalize(&dir).unwrap_or_else(|_| dir.clone());
            let key = (
                canonical
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default(),
                kind,
                canonical.clone(),
            );
            if !groups.contains_key(&key) {
                let files = if selected.is_some() && kind_in(&dir, None) != kind {
                    // A directory holding both kinds: each file is placed by its content.
                    vec![]
                } else {
                    revision_files(&dir)?
                };
                let assessment = (dir.file_name().is_some_and(|n| n == kind.dir_name()))
                    .then(|| {
                        canonical
                            .parent()
                            .and_then(Path::file_name)
                            .map(|n| n.to_string_lossy().into_owned())
                    })
                    .flatten();
                groups.insert(
                    key.clone(),
                    Group {
                        dir: dir.clone(),
                        kind,
                        assessment,
                        files,
                        selected: Some(BTreeSet::new()),
                    },
                );
            }
            let g = groups.get_mut(&key).expect("just inserted");
            match selected {
                None => g.selected = None,
                Some(file) => {
                    // The same spelling as the directory listing, however the path was given.
                    let file = g.dir.join(file.file_name().unwrap_or_default());
                    // A file outside the usual names is still verified, alone.
                    if !g.files.iter().any(|(_, p)| *p == file) {
                        g.files
                            .push((revision_number(&file).unwrap_or(0), file.clone()));
                    }
                    if let Some(s) = &mut g.selected {
                        s.insert(file);
                    }
                }
            }
            Ok(())
        };
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|source| RecordError::Io {
            action: "cannot read",
            path: p.clone(),
            source,
            hint: "check the path: give a record file, an assessment directory or a dossier",
        })?;
        if meta.is_file() {
            let dir = p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .to_path_buf();
            let file = dir.join(p.file_name().unwrap_or_default());
            let kind = kind_in(&dir, Some(&file));
            add_dir(dir, kind, Some(file))?;
        } else if p.join("assessments").is_dir() {
            let mut ids: Vec<PathBuf> = std::fs::read_dir(p.join("assessments"))
                .map_err(|source| RecordError::Io {
                    action: "cannot read",
                    path: p.join("assessments"),
                    source,
                    hint: "check that you may read the dossier",
                })?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|d| d.is_dir())
                .collect();
            ids.sort();
            for a in ids {
                let rev = a.join("revisions");
                let reviews = a.join("reviews");
                let has_reviews = !revision_files(&reviews)?.is_empty();
                if revision_files(&rev)?.is_empty() {
                    let id = a.file_name().unwrap_or_default().to_string_lossy();
                    let anchor = signed_anchor(&a.join("draft.ron"));
                    if let Some(n) = anchor {
                        report.problems.push(format!(
                            "'{id}': its draft names revision {n} as signed, but {} holds no revision: the revisions were removed; restore them from a backup",
                            rev.display()
                        ));
                    }
                    if has_reviews {
                        report.problems.push(format!(
                            "'{id}' has signed reviews but no signed revision: its revisions were removed; restore them from a backup"
                        ));
                    } else if anchor.is_none() {
                        report.notes.push(format!(
                            "'{id}' has no signed revision yet (sign it with `farol sign {id}`)"
                        ));
                    }
                } else {
                    add_dir(rev, RecordKind::Revision, None)?;
                }
                if has_reviews {
                    add_dir(reviews, RecordKind::Review, None)?;
                }
            }
        } else if p.file_name().is_some_and(|n| n == "reviews") {
            if revision_files(p)?.is_empty() {
                report.problems.push(format!(
                    "{} holds no signed review; countersign one with `farol review ID --sign` first",
                    p.display()
                ));
                continue;
            }
            add_dir(p.clone(), RecordKind::Review, None)?;
        } else if p.join("revisions").is_dir() || p.file_name().is_some_and(|n| n == "revisions") {
            let rev = if p.join("revisions").is_dir() {
                p.join("revisions")
            } else {
                p.clone()
            };
            let reviews = p.join("reviews");
            let has_reviews = rev != *p && !revision_files(&reviews)?.is_empty();
            if revision_files(&rev)?.is_empty() {
                report.problems.push(format!(
                    "{} holds no signed revision; sign the draft with `farol sign ID` first",
                    rev.display()
                ));
            } else {
                add_dir(rev, RecordKind::Revision, None)?;
            }
            if has_reviews {
                add_dir(reviews, RecordKind::Review, None)?;
            }
        } else if !revision_files(p)?.is_empty() {
            add_dir(p.clone(), RecordKind::Revision, None)?;
        } else if p.join("draft.ron").is_file() {
            let id = p.file_name().unwrap_or_default().to_string_lossy();
            report.problems.push(format!(
                "'{id}' has no signed revision to verify; sign it with `farol sign {id}` first"
            ));
        } else {
            return Err(RecordError::NotRecords { path: p.clone() });
        }
    }
    let mut out: Vec<Group> = groups.into_values().collect();
    for g in &mut out {
        g.files.sort();
        g.files.dedup();
    }
    Ok(out)
}

/// What reading one file found.
struct Checked {
    path: PathBuf,
    full: bool,
    kind: RecordKind,
    sha256: Option<String>,
    signature: SignatureStatus,
    /// The fingerprint of the key in the trailer, and the key in hex.
    key_fingerprint: Option<String>,
    key_hex: Option<String>,
    /// The body of a revision…
    body: Option<RecordBody>,
    /// … or of a review.
    review: Option<ReviewBody>,
    problems: Vec<String>,
    /// The risk check, for a record checked in full.
    risk: Option<(RiskStatus, Vec<String>)>,
}

/// A file's place in its chain, as its body states it.
struct Link<'a> {
    assessment: &'a str,
    number: u32,
    previous: Option<&'a str>,
}

impl Checked {
    fn link(&self) -> Option<Link<'_>> {
        if let Some(b) = &self.body {
            return Some(Link {
                assessment: &b.assessment,
                number: b.revision,
                previous: b.previous.as_deref(),
            });
        }
        self.review.as_ref().map(|r| Link {
            assessment: &r.assessment,
            number: r.number,
            previous: r.previous.as_deref(),
        })
    }

    fn signer(&self) -> Option<&Signer> {
        self.body
            .as_ref()
            .map(|b| &b.signer)
            .or_else(|| self.review.as_ref().map(|r| &r.signer))
    }

    fn row(&self) -> RecordReport {
        let s = self.signer();
        let (assessment, revision) = match (&self.body, &self.review) {
            (Some(b), _) => (Some(b.assessment.clone()), Some(b.revision)),
            (None, Some(r)) => (Some(r.assessment.clone()), Some(r.revision)),
            (None, None) => (None, None),
        };
        RecordReport {
            file: self.path.clone(),
            kind: self.kind,
            assessment,
            revision,
            signer: s.map(|s| s.name.clone()),
            role: s.map(|s| s.role),
            signed_at: s.map(|s| s.at),
            key: self
                .key_fingerprint
                .as_deref()
                .map(keys::short_id)
                .or_else(|| s.map(|s| s.key.clone())),
            trusted_as: None,
            signature: self.signature,
            trusted: TrustStatus::Unknown,
            chain: ChainStatus::NotChecked,
            risk: RiskStatus::NotChecked,
            sha256: self.sha256.clone(),
            problems: self.problems.clone(),
            notes: vec![],
            review: None,
        }
    }

    /// Parses the signed bytes as this kind of record.
    fn parse(&mut self, file: &str, bytes: &[u8]) -> Result<(), String> {
        match self.kind {
            RecordKind::Revision => {
                self.body = Some(parse_body(file, bytes).map_err(|e| e.to_string())?);
            }
            RecordKind::Review => {
                self.review = Some(parse_review(file, bytes).map_err(|e| e.to_string())?);
            }
        }
        Ok(())
    }
}

/// Reads one file; `full` checks the signature and parses the body, else only hashes it
/// and reads its place in the chain (a neighbour needed for the chain).
fn check_file(path: &Path, full: bool, kind: RecordKind) -> Checked {
    let mut c = Checked {
        path: path.to_path_buf(),
        full,
        kind,
        sha256: None,
        signature: SignatureStatus::Unreadable,
        key_fingerprint: None,
        key_hex: None,
        body: None,
        review: None,
        problems: vec![],
        risk: None,
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            c.problems.push(format!(
                "cannot read {}: {e}; check that the file exists and that you may read it",
                path.display()
            ));
            return c;
        }
    };
    c.sha256 = Some(sha256_hex(&bytes));
    let file = path.display().to_string();
    let mut parse_from = bytes.as_slice();
    match split(&file, &bytes) {
        Ok(t) => {
            let signed = &bytes[..t.signed_len];
            parse_from = signed;
            c.key_fingerprint = Some(keys::fingerprint(&t.public_key));
            c.key_hex = Some(hex::encode(t.public_key.as_bytes()));
            if !full {
                // Neighbours need only their body's number and previous hash.
                let _ = c.parse(&file, signed);
                return c;
            }
            c.signature = match t.public_key.verify_strict(signed, &t.signature) {
                Ok(()) => SignatureStatus::Valid,
                Err(_) => {
                    c.problems.push(
                        "the signature does not match the file's contents: the record was changed after it was signed; restore it from a backup"
                            .into(),
                    );
                    SignatureStatus::Invalid
                }
            };
        }
        Err(e) => {
            if !full {
                let _ = c.parse(&file, &bytes);
                return c;
            }
            c.signature = match &e {
                RecordError::Trailer { problem, .. } if problem.starts_with("no signature") => {
                    SignatureStatus::Missing
                }
                _ => SignatureStatus::Malformed,
            };
            c.problems.push(e.to_string());
        }
    }
    if let Err(e) = c.parse(&file, parse_from) {
        c.problems.push(e);
    }
    if let Some(fp) = &c.key_fingerprint
        && c.signature == SignatureStatus::Valid
        && let Some(signer) = c.signer()
        && (*fp != signer.fingerprint || signer.key != keys::short_id(fp))
    {
        let problem = format!(
            "the {} names the signer's key {} but was signed with {}; it is not what {} signed",
            match kind {
                RecordKind::Revision => "record",
                RecordKind::Review => "review",
            },
            signer.key,
            keys::short_id(fp),
            signer.name
        );
        c.signature = SignatureStatus::SignerMismatch;
        c.problems.push(problem);
    }
    c
}

fn check_trust(row: &mut RecordReport, c: &Checked, trusted: &[TrustedKey]) {
    let Some(fp) = &c.key_fingerprint else {
        row.trusted = TrustStatus::Unknown;
        return;
    };
    if c.kind == RecordKind::Review
        && let Some(s) = c.signer()
        && s.role == Role::Assessor
    {
        row.trusted = TrustStatus::RoleMismatch;
        row.problems.push(format!(
            "the review is signed by {} as an assessor; a review is countersigned by a reviewer or an approver",
            s.name
        ));
        return;
    }
    match trusted.iter().find(|t| t.fingerprint == *fp) {
        None => {
            row.trusted = TrustStatus::Untrusted;
            let (name, role) = c
                .signer()
                .map(|s| (s.name.clone(), s.role.label()))
                .unwrap_or_else(|| ("NAME".into(), "ROLE"));
            row.problems.push(format!(
                "signed with {}, a key this dossier does not trust (it says it is {name}, {role})\n  hint: if its owner confirms the fingerprint {fp}, trust it with `farol keys trust {} --name \"{name}\" --role {role}`",
                keys::short_id(fp),
                c.key_hex.as_deref().unwrap_or("KEY"),
            ));
        }
        Some(t) => {
            row.trusted_as = Some(format!("{} ({})", t.name, t.role));
            match c.signer() {
                Some(s) if s.role != t.role => {
                    row.trusted = TrustStatus::RoleMismatch;
                    row.problems.push(format!(
                        "signed as {} but the key {} is trusted as {} only",
                        s.role,
                        t.id(),
                        t.role
                    ));
                }
                _ => row.trusted = TrustStatus::Trusted,
            }
        }
    }
}

struct ChainEntry<'a> {
    n: u32,
    path: &'a Path,
    sha256: Option<String>,
    link: Option<Link<'a>>,
}

fn name_of(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

/// What is wrong with entry `i`'s place in its chain (empty: nothing).
fn chain_check(
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

/// Recomputes the risk from the stored answers and compares it with the stored figures.
fn check_risk(body: &RecordBody, l: &Loaded) -> (RiskStatus, Vec<String>) {
    let q = &l.questionnaire;
    let mut problems = Vec::new();
    if body.language != super::body::LANGUAGE && !q.languages.contains(&body.language) {
        problems.push(format!(
            "the record says it was written in '{}', a language {} {} does not have",
            body.language, q.id, q.version
        ));
    }
    for a in &body.answers {
        match q.question(&a.id) {
            None => problems.push(format!(
                "the answer to '{}' is for a question that {} {} does not have",
                a.id, q.id, q.version
            )),
            Some(qu) if qu.prompt.get(&body.language) != a.prompt => problems.push(format!(
                "the question text recorded for '{}' differs from {} {}",
                a.id, q.id, q.version
            )),
            Some(_) => {}
        }
    }
    let score = crate::risk::score(q, &body.answers_map(), &body.language);
    let now = RiskRecord::of(&score);
    let was = &body.risk;
    if now != *was {
        let mut ids: Vec<&str> = now.categories.iter().map(|c| c.id.as_str()).collect();
        for c in &was.categories {
            if !ids.contains(&c.id.as_str()) {
                ids.push(&c.id);
            }
        }
        let mut differing = Vec::new();
        for id in ids {
            let a = was.categories.iter().find(|c| c.id == id);
            let b = now.categories.iter().find(|c| c.id == id);
            if a != b {
                differing.push(format!(
                    "stored risk for category '{id}' differs from the recomputation: {}",
                    category_difference(a, b)
                ));
            }
        }
        let more = differing.len().saturating_sub(3);
        problems.extend(differing.into_iter().take(3));
        if more > 0 {
            problems.push(format!("… and {more} more categories differ"));
        }
        let label = |l: Option<crate::scale::RiskLevel>| l.map_or("none", |l| l.label());
        if now.overall != was.overall {
            problems.push(format!(
                "stored overall risk ({} residual) differs from the recomputation ({} residual)",
                label(was.overall.residual),
                label(now.overall.residual)
            ));
        }
        if now.obligations != was.obligations {
            problems.push("stored legal obligations differ from the recomputation".into());
        }
        if now.actions != was.actions {
            problems.push("stored recommended actions differ from the recomputation".into());
        }
        if now.screening != was.screening
            || now.transfers != was.transfers
            || now.decisions != was.decisions
            || now.notification_missing != was.notification_missing
        {
            problems.push(
                "stored screening verdict, transfer states, notify-or-authorise decisions or notification content differ from the recomputation".into(),
            );
        }
        if now.not_processed != was.not_processed || now.progress != was.progress {
            problems.push("stored scope or progress differs from the recomputation".into());
        }
        problems.push(
            format!(
                "the stored risk is not what the stored answers give with {} {}: the figures were edited, or this Farol scores differently from the one that signed",
                q.id, q.version
            ),
        );
    }
    if problems.is_empty() {
        (RiskStatus::Ok, problems)
    } else {
        (RiskStatus::Differs, problems)
    }
}

/// What differs between a stored category and the recomputed one, in words.
fn category_difference(
    stored: Option<&super::body::CategoryFigures>,
    now: Option<&super::body::CategoryFigures>,
) -> String {
    let (a, b) = match (stored, now) {
        (Some(a), Some(b)) => (a, b),
        (Some(_), None) => {
            return "stored as processed, but the answers do not bring it in scope".into();
        }
        (None, Some(_)) => return "the answers bring it in scope, but it is not stored".into(),
        (None, None) => return String::new(),
    };
    let mut out = Vec::new();
    for (stage, x, y) in [
        ("inherent", &a.inherent, &b.inherent),
        ("residual", &a.residual, &b.residual),
    ] {
        let fig = |level: crate::scale::Scale, halves: i16| {
            format!("{} ({halves} half-levels)", level.label())
        };
        if x.severity != y.severity || x.halves.0 != y.halves.0 {
            out.push(format!(
                "{stage} severity stored {}, recomputed {}",
                fig(x.severity, x.halves.0),
                fig(y.severity, y.halves.0)
            ));
        }
        if x.likelihood != y.likelihood || x.halves.1 != y.halves.1 {
            out.push(format!(
                "{stage} likelihood stored {}, recomputed {}",
                fig(x.likelihood, x.halves.1),
                fig(y.likelihood, y.halves.1)
            ));
        }
        if x.level != y.level {
            out.push(format!(
                "{stage} level stored {}, recomputed {}",
                x.level.label(),
                y.level.label()
            ));
        }
    }
    if a.name != b.name || a.sensitive != b.sensitive {
        out.push("its name or sensitivity".into());
    }
    out.join("; ")
}

/// Maps `f` over `items` on every core, keeping the order.
fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= items.len() {
                            break;
                        }
                        out.push((i, f(&items[i])));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}
