//! Offline verification of records, an assessment or a whole dossier, in four checks,
//! each in its own module:
//!
//! - `signature`: the signature over the exact stored bytes, and whether the signing key is
//!   trusted under the name and in the role the record gives its signer (an unknown key is
//!   reported as such, apart from a bad signature, and is never a pass). Which keys are
//!   trusted comes from outside what is verified (`VerifyOptions`): `--trust`, else the
//!   verifier's own dossier; keys that came with a bundle are shown, not trusted.
//! - `chain`: each record's place in its revision or review chain, the review a revision
//!   answers, the revision a review judges (still, byte for byte, the file it judged), and
//!   the draft's anchor.
//! - `complete`: the signed heads and dossier indexes (`record::head`), which show the
//!   removal of the newest revision or review, of a head, or of a whole assessment.
//! - `risk`: the stored risk against the risk recomputed from the stored answers with the
//!   questionnaire version it names.
//!
//! Speed and memory matter (1,000 revisions in well under a second; 50,000 in under a
//! minute of one core and 200 MB): `stream` reads one assessment (or a batch of small ones)
//! at a time, on every core; each file is read and hashed once, its body parsed once through
//! the lighter reading of `light` and dropped once its facts are taken; each questionnaire
//! version is parsed once for all records, and revisions repeating earlier answers share
//! their risk recomputation (`risk::Memo`).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;

mod chain;
mod collect;
mod complete;
mod fork;
mod light;
mod risk;
mod signature;
mod stream;
mod text;
mod trust;

use collect::collect;
pub use text::verify_text_in;
use trust::key_line;
pub use trust::{ResolvedTrust, VerifyOptions};

pub(crate) use chain::chain_problems;

use super::RecordError;
use crate::i18n::Lang;
use crate::keys::Role;
use crate::review::Opinion;
use crate::tr;

/// What a signed file is: a revision of the assessment, or a review of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RecordKind {
    #[default]
    Revision,
    Review,
}

impl RecordKind {
    /// The name of the directory that holds this kind of file in an assessment.
    fn dir_name(self) -> &'static str {
        match self {
            RecordKind::Revision => "revisions",
            RecordKind::Review => "reviews",
        }
    }
}

/// The kind as a message argument: the catalogue selects on it (`$kind -> [review] …`),
/// so each language words and inflects "revision" and "review" in its own sentence.
pub(super) fn kind_arg(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Revision => "revision",
        RecordKind::Review => "review",
    }
}

/// A signer's role in words (`--role` arguments stay `Role::label`).
pub(super) fn role_word(lang: Lang, role: Role) -> String {
    match role {
        Role::Assessor => tr!(lang, "verify-role-assessor"),
        Role::Reviewer => tr!(lang, "verify-role-reviewer"),
        Role::Approver => tr!(lang, "verify-role-approver"),
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
    /// The key is trusted, but under another name than the record gives its signer.
    NameMismatch,
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
    /// Where the kept questionnaires were read from.
    pub root: PathBuf,
    /// Where the trusted keys came from, in words.
    pub trust_source: String,
    /// The keys trusted, as `farol:… name (role), fingerprint <64 hex>`.
    pub trusted_keys: Vec<String>,
    /// Keys that came with what is verified (its `keys/trusted/`) and are not trusted:
    /// shown with their full fingerprints, for the reader to compare.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub came_with: Vec<String>,
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

    /// Adds the records another verification, with the same trust, found (the reviews a
    /// report PDF carries, checked beside the record it carries): its findings not already
    /// said, and the summary of both.
    pub fn absorb(&mut self, other: VerifyReport) {
        self.records.extend(other.records);
        for p in other.problems {
            if !self.problems.contains(&p) {
                self.problems.push(p);
            }
        }
        for n in other.notes {
            if !self.notes.contains(&n) {
                self.notes.push(n);
            }
        }
        self.summary = summarise(&self.records);
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

/// Finds a signed file by listing: in a directory, the file numbered `n` whose SHA-256 is
/// the one given, else another numbered `n`, else where the old-style name would be; with
/// the SHA-256 of what is there (None: nothing is).
pub(super) type Find<'a> = dyn Fn(&Path, u32, &str) -> (PathBuf, Option<String>) + 'a;

/// A directory of revisions or reviews and which of its files to report on (None: all).
pub(super) struct Group {
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
    verify_paths_with(root, paths, &VerifyOptions::default())
}

/// Signed files read and checked by this process so far, for a progress line: a
/// verification's total is not known before it ends (it follows what the files name).
pub(super) static CHECKED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many signed files this process has checked so far (see [`CHECKED`]).
pub fn files_checked() -> usize {
    CHECKED.load(std::sync::atomic::Ordering::Relaxed)
}

/// `verify_paths`, trusting the keys `opts` says, with its completeness rules.
pub fn verify_paths_with(
    root: &Path,
    paths: &[PathBuf],
    opts: &VerifyOptions,
) -> Result<VerifyReport, RecordError> {
    let lang = opts.lang;
    let resolved = opts.resolve(root)?;
    let mut report = VerifyReport {
        root: root.to_path_buf(),
        trust_source: resolved.source.clone(),
        trusted_keys: vec![],
        came_with: vec![],
        records: vec![],
        problems: vec![],
        notes: vec![],
        summary: Summary::default(),
    };
    let groups = collect(paths, &mut report, lang)?;
    // Duties separated: whether one key may sign a revision and countersign its review.
    let allow_self_review = match crate::policy::load(root) {
        Ok(p) => p.allow_self_review,
        Err(e) => {
            report.problems.push(e.to_string());
            false
        }
    };

    report.notes.extend(resolved.notes.iter().cloned());
    report.problems.extend(resolved.problems.iter().cloned());
    let trusted = resolved.keys;
    report.trusted_keys = trusted.iter().map(|t| key_line(t, lang)).collect();
    report.came_with = resolved
        .came_with
        .iter()
        .map(|t| key_line(t, lang))
        .collect();

    // Every record, one assessment at a time; then the dossier's indexes when a whole
    // dossier is verified.
    let rules = complete::Rules {
        trusted: &trusted,
        accept_unanchored: opts.accept_unanchored,
        lang,
    };
    let run = stream::Run::new(root, &trusted, allow_self_review, rules);
    let seen = stream::verify_groups(&run, &groups, &mut report);
    drop(groups);
    if !opts.skip_index {
        for p in paths.iter().filter(|p| p.join("assessments").is_dir()) {
            complete::check_indexes(
                p,
                !seen.is_empty(),
                &run.rules,
                &mut report.problems,
                &mut report.notes,
            );
        }
    }

    if report.records.is_empty() && report.problems.is_empty() {
        report.problems.push(tr!(
            lang,
            "verify-nothing-signed",
            paths = paths
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    report.summary = summarise(&report.records);
    Ok(report)
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

pub(super) fn name_of(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

pub(super) use crate::parallel::map as par_map;
