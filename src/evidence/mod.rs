//! The evidence bundle: what an organisation hands an inspector (the DSPDP, an auditor, a
//! tender panel) to show what was assessed, by whom, when, and that nothing was changed
//! afterwards.
//!
//! A bundle is a directory shaped like a dossier, so `farol verify` checks it unchanged,
//! on any machine, with nothing but the bundle and the fingerprints of the keys to trust,
//! obtained by another channel (`--trust`): the keys that come with a bundle are shown,
//! never trusted on their own, since a forger would replace them too. No network.
//!
//! ```text
//! BUNDLE/
//!   README.txt                            what this is and how to check it, in plain words
//!   MANIFEST.sha256                       SHA-256 of every other file (`sha256sum -c` reads it)
//!   MANIFEST.sha256.sig                   who bundled it: a signed statement of the manifest's hash
//!   VERIFICATION.txt, verification.json   `farol verify` as it stood when bundling
//!   assessments/<id>/revisions/NNNN.ron   every signed revision: the full history
//!   assessments/<id>/reviews/*.ron        the signed reviews, when there are any
//!   assessments/<id>/heads/NNNN.ron       the signed heads (see `record::head`)
//!   keys/trusted/<fp16>.pub.ron           the public keys the dossier trusts
//!   keys/trusted/<fp16>.pub.pem           the same keys as PEM, for OpenSSL
//!   questionnaires/<id>-<ver>-<fp12>.ron  the questionnaire versions the records answer
//!   reports/<id>-rNNNN.pdf                the PDF of each assessment's latest revision
//!   filing/<id>-rNNNN.<lang>.txt          its DSPDP filing pack, as text (`farol filing`)
//! ```
//!
//! Why a manifest on top of signed records: each record proves itself and its predecessors,
//! but the files alone cannot show that the *latest* revision was removed (no later one
//! names it), nor that a PDF or a trusted key was swapped. The manifest lists every file
//! with its hash, so a file changed, missing or slipped in after bundling is named; signed,
//! it also says who vouches for the list. A bundle made without a signing key is written
//! with an unsigned manifest, and says so, but does not verify: anyone can regenerate an
//! unsigned manifest. Each PDF names the record it reports, and is checked against it.
//!
//! Drafts are left out: they are unsigned, so they prove nothing. Reviews are copied as
//! they are (signed files this module does not interpret beyond their signing time).
//!
//! A bundle is written as a directory, or as a zip whose entries sit under one folder
//! (`evidence-YYYY-MM-DD/`); for the same dossier and the same time the zip is the same,
//! byte for byte. Neither is ever written over an existing file or a non-empty directory.

mod archive;
mod collect;
mod filing;
mod manifest;
mod pdf;
mod present;
mod readme;
mod verify;

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::dossier::{Dossier, DossierError};
use crate::keys::{KeyError, LoadedKey};
use crate::record::{RecordError, VerifyReport};

pub use filing::{FilingDuty, FilingInBundle, pack_path};
pub use manifest::{
    BundleSignature, MANIFEST, ManifestReport, SIGNATURE, SignatureCheck, SignatureState,
};
pub use present::bundle_text;
pub use readme::{OPENSSL_FINGERPRINT, OPENSSL_RECIPE};
pub use verify::{BundleVerification, is_bundle, verify_bundle};

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, thiserror::Error)]
pub enum EvidenceError {
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
        hint: &'static str,
    },
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error(transparent)]
    Dossier(#[from] DossierError),
    #[error(transparent)]
    Key(#[from] KeyError),
    Nothing {
        why: String,
        hint: String,
    },
    Exists {
        path: PathBuf,
        what: &'static str,
    },
    BadName {
        path: PathBuf,
        name: String,
    },
    Zip {
        path: PathBuf,
        problem: String,
        hint: &'static str,
    },
    DiskFull {
        path: PathBuf,
        what: String,
        /// How much room the bundle needs, in words.
        need: String,
    },
    NotBundle {
        path: PathBuf,
        why: String,
        hint: &'static str,
    },
}

pub(crate) fn io_err(
    action: &'static str,
    path: &Path,
    hint: &'static str,
) -> impl FnOnce(io::Error) -> EvidenceError {
    let path = path.to_path_buf();
    move |source| EvidenceError::Io {
        action,
        path,
        source,
        hint,
    }
}

/// What to bundle, and as of when.
#[derive(Debug, Clone, Copy)]
pub struct Options<'k> {
    /// Only assessments with a revision or review signed on or after this day (UTC); each
    /// comes with its full history, so its chain still verifies.
    pub since: Option<NaiveDate>,
    /// The bundling time: written in the README and the manifest's signature, and the
    /// time stamp of every zip entry. Never read from the clock here.
    pub now: DateTime<Utc>,
    /// Who signs the manifest; None writes it unsigned.
    pub key: Option<&'k LoadedKey>,
}

/// One assessment in a bundle.
#[derive(Debug, Clone, Serialize)]
pub struct Included {
    pub id: String,
    /// From the latest readable revision.
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub revisions: usize,
    pub reviews: usize,
    pub latest: u32,
    /// SHA-256 of the latest revision file: what the manifest anchors.
    pub latest_sha256: String,
    pub latest_signer: Option<String>,
    pub latest_signed_at: Option<DateTime<Utc>>,
    /// The report's path in the bundle, when one could be made.
    pub report: Option<String>,
    /// The DSPDP filing pack of the latest revision, and the filing as it records it.
    pub filing: Option<FilingInBundle>,
}

/// A bundle, assembled in memory, ready to be written as a directory or a zip.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// Every file by its path in the bundle ('/'-separated), with its bytes.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The folder the zip's entries sit under: `evidence-YYYY-MM-DD`.
    pub folder: String,
    pub assessments: Vec<Included>,
    /// `farol verify` of the bundled records, when bundling (paths relative to the bundle).
    pub verification: VerifyReport,
    /// Who signed the manifest: "Ana Lei (assessor, farol:…)"; None if unsigned.
    pub signed_by: Option<String>,
    /// Things the person bundling should know (a report that could not be made, …).
    pub warnings: Vec<String>,
}

impl Bundle {
    pub fn total_bytes(&self) -> usize {
        self.files.values().map(Vec::len).sum()
    }

    pub fn revisions(&self) -> usize {
        self.assessments.iter().map(|a| a.revisions).sum()
    }

    pub fn reviews(&self) -> usize {
        self.assessments.iter().map(|a| a.reviews).sum()
    }

    pub fn reports(&self) -> usize {
        self.assessments
            .iter()
            .filter(|a| a.report.is_some())
            .count()
    }

    /// Writes the bundle as a new directory: `dir` must not exist, or be empty. The files
    /// are written to a temporary directory beside it, which is then renamed into place.
    pub fn write_dir(&self, dir: &Path) -> Result<(), EvidenceError> {
        archive::write_dir(&self.files, dir)
    }

    /// The bundle as a zip, entries under `folder/`, every time stamp the bundling time.
    pub fn zip_bytes(&self, now: DateTime<Utc>) -> Result<Vec<u8>, EvidenceError> {
        archive::zip_bytes(&self.folder, &self.files, now)
    }

    /// Writes the zip to `path`, which must not exist (written beside it, then linked in).
    pub fn write_zip(&self, path: &Path, now: DateTime<Utc>) -> Result<usize, EvidenceError> {
        let bytes = self.zip_bytes(now)?;
        crate::fsutil::write_new(path, &bytes, 0o644).map_err(|source| {
            if source.kind() == io::ErrorKind::AlreadyExists {
                EvidenceError::Exists {
                    path: path.to_path_buf(),
                    what: "",
                }
            } else {
                EvidenceError::Io {
                    action: "cannot write",
                    path: path.to_path_buf(),
                    source,
                    hint: "check that the directory exists and that you may write to it",
                }
            }
        })?;
        Ok(bytes.len())
    }
}

/// Whether an output path names a zip file (else a directory).
pub fn is_zip_path(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
}

/// The default output: `evidence-YYYY-MM-DD.zip`.
pub fn default_file_name(now: DateTime<Utc>) -> String {
    format!("{}.zip", folder_name(now))
}

fn folder_name(now: DateTime<Utc>) -> String {
    format!("evidence-{}", now.format("%Y-%m-%d"))
}

/// Assembles the bundle of a dossier's signed assessments.
pub fn build(dossier: &Dossier, opts: &Options) -> Result<Bundle, EvidenceError> {
    build_in(dossier, opts, crate::i18n::Lang::En)
}

/// As [`build`], with the README, the header of VERIFICATION.txt and the PDF reports in
/// `lang` (file names, commands and the machine-readable files stay as they are).
pub fn build_in(
    dossier: &Dossier,
    opts: &Options,
    lang: crate::i18n::Lang,
) -> Result<Bundle, EvidenceError> {
    build_showing(dossier, opts, lang, &|_, _| {})
}

/// As [`build_in`], calling `progress(done, total)` as each assessment's report is made
/// (from several threads: the reports are rendered in parallel, one per core).
pub fn build_showing(
    dossier: &Dossier,
    opts: &Options,
    lang: crate::i18n::Lang,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Bundle, EvidenceError> {
    let root = dossier.root();
    let sources = collect::signed_assessments(root)?;
    if sources.is_empty() {
        return Err(EvidenceError::Nothing {
            why: format!("the dossier {} has no signed assessment", root.display()),
            hint: "sign an assessment with `farol sign ID` first; drafts are not bundled, as they carry no signature".into(),
        });
    }
    let chosen: Vec<collect::Source> = sources
        .into_iter()
        .filter(|s| {
            opts.since
                .is_none_or(|d| s.last_signed().is_some_and(|t| t.date_naive() >= d))
        })
        .collect();
    if chosen.is_empty() {
        let since = opts.since.map(|d| d.to_string()).unwrap_or_default();
        return Err(EvidenceError::Nothing {
            why: format!("no assessment has a revision or review signed on or after {since}"),
            hint: "give an earlier --since date, or leave it out to bundle every signed assessment"
                .into(),
        });
    }

    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut warnings = Vec::new();
    let mut assessments = Vec::new();
    for s in &chosen {
        collect::add_records(s, &mut files);
    }
    collect::add_trusted_keys(root, &mut files)?;
    let questionnaires = collect::add_questionnaires(dossier, &chosen, &mut files, &mut warnings);
    // Rendering the reports is most of the work: one assessment per core at a time, each
    // into files of its own, merged in the assessments' order.
    let done = std::sync::atomic::AtomicUsize::new(0);
    progress(0, chosen.len());
    let made = crate::parallel::map(&chosen, |s| {
        let (mut own, mut said) = (BTreeMap::new(), Vec::new());
        let report = pdf::add_report(s, &questionnaires, &mut own, &mut said, lang);
        let filing = filing::add_filing(s, &questionnaires, &mut own, lang);
        let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        progress(n, chosen.len());
        (own, said, report, filing)
    });
    for (s, (own, said, report, filing)) in chosen.iter().zip(made) {
        files.extend(own);
        warnings.extend(said);
        assessments.push(s.included(report, filing));
    }

    let verification = verify::at_bundling(root, &chosen)?;
    files.insert(
        "VERIFICATION.txt".into(),
        readme::verification_text(&verification, opts.now, lang).into_bytes(),
    );
    let mut json = serde_json::to_string_pretty(&verification)
        .expect("a verification report always serialises");
    json.push('\n');
    files.insert("verification.json".into(), json.into_bytes());

    let trusted = crate::keys::trusted(root)
        .map(|(t, _)| t)
        .unwrap_or_default();
    let signed_by = opts
        .key
        .map(|k| format!("{} ({}, {})", k.info.name, k.info.role, k.info.id));
    if let Some(k) = opts.key
        && !trusted.iter().any(|t| t.fingerprint == k.info.fingerprint)
    {
        warnings.push(format!(
            "the manifest is signed with {}, a key this dossier does not trust, so `farol verify` of the bundle will say so; to change that, trust it with `farol keys trust {}` and bundle again",
            k.info.id, k.info.id
        ));
    }
    let readme = readme::text(&readme::Facts {
        now: opts.now,
        since: opts.since,
        signed_by: signed_by.as_deref(),
        assessments: &assessments,
        trusted: &trusted,
        folder: &folder_name(opts.now),
        verification: &verification,
        lang,
    });
    files.insert("README.txt".into(), readme.into_bytes());

    for path in files.keys() {
        if path.contains(['\n', '\r', '\\']) {
            return Err(EvidenceError::BadName {
                path: root.join(path),
                name: path.clone(),
            });
        }
    }
    let manifest = manifest::text(&files);
    let signature = opts
        .key
        .map(|k| manifest::sign(manifest.as_bytes(), files.len(), opts.since, k, opts.now));
    files.insert(MANIFEST.into(), manifest.into_bytes());
    if let Some(sig) = signature {
        files.insert(SIGNATURE.into(), sig);
    }

    Ok(Bundle {
        files,
        folder: folder_name(opts.now),
        assessments,
        verification,
        signed_by,
        warnings,
    })
}
