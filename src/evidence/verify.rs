//! Checking a bundle: its manifest and the manifest's signature, then the records inside
//! as `farol verify` checks a dossier, with the bundle's own trusted keys and kept
//! questionnaires, and nothing from the machine it runs on. A zip is unpacked into a
//! private temporary directory first, and files are named by their path inside the zip.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::collect::Source;
use super::manifest::{self, MANIFEST, ManifestReport, SIGNATURE};
use super::{EvidenceError, archive, is_zip_path};
use crate::record::{self, Summary, VerifyOptions, VerifyReport};

/// What `farol verify` found in a bundle.
#[derive(Debug, Clone, Serialize)]
pub struct BundleVerification {
    /// The bundle as it was named.
    pub bundle: String,
    /// True only if the manifest check and every record pass.
    pub passed: bool,
    pub manifest: ManifestReport,
    /// The records, as `farol verify` reports a dossier.
    #[serde(flatten)]
    pub records: VerifyReport,
}

/// Files only a bundle has at its root; a dossier has none of them.
const MARKERS: [&str; 5] = [
    MANIFEST,
    SIGNATURE,
    "VERIFICATION.txt",
    "verification.json",
    "README.txt",
];

/// Whether `path` is an evidence bundle: a zip file, or a directory with a manifest or its
/// signature; or, holding no draft (a dossier always keeps its drafts, a bundle never),
/// with any other file or directory only a bundle has (its README, its verification
/// report, its `reports/`, a key's PEM). So a bundle whose manifest was removed is still
/// checked as a bundle, and fails, rather than pass as a dossier.
pub fn is_bundle(path: &Path) -> bool {
    if path.is_file() {
        return is_zip_path(path);
    }
    if !path.is_dir() {
        return false;
    }
    if [MANIFEST, SIGNATURE].iter().any(|m| path.join(m).is_file()) {
        return true;
    }
    let shaped = MARKERS.iter().any(|m| path.join(m).is_file())
        || path.join("reports").is_dir()
        || has_pem(&crate::keys::trusted_dir(path));
    shaped && !has_draft(path)
}

/// Whether `root` is a working dossier, not a bundle: it has a draft, or (a clone shared
/// through git may have no draft) it is a git work tree or has Farol's local state.
fn has_draft(root: &Path) -> bool {
    if root.join(".git").exists() || crate::share::local_dir(root).is_dir() {
        return true;
    }
    fs::read_dir(root.join("assessments")).is_ok_and(|rd| {
        rd.filter_map(Result::ok)
            .any(|e| e.path().join("draft.ron").is_file())
    })
}

fn has_pem(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|rd| {
        rd.filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().ends_with(".pem"))
    })
}

/// Verifies a bundle directory or zip, trusting the keys `opts` says (never the bundle's
/// own unless `opts.trust_included_keys`). An error is returned only for what stops the
/// check (an unreadable zip, no bundle at all, a `--trust` that names no key); everything
/// wrong inside is in the report.
pub fn verify_bundle(
    path: &Path,
    opts: &VerifyOptions,
) -> Result<BundleVerification, EvidenceError> {
    let opts = VerifyOptions {
        skip_index: true,
        ..opts.clone()
    };
    if path.is_dir() {
        return verify_dir(path, path.display().to_string(), Vec::new(), &opts);
    }
    let tmp = tempfile::Builder::new()
        .prefix(".farol-verify-")
        .tempdir()
        .map_err(super::io_err(
            "cannot create a temporary directory to unpack",
            path,
            "set TMPDIR to a directory you may write to",
        ))?;
    let base = fs::canonicalize(tmp.path()).unwrap_or_else(|_| tmp.path().to_path_buf());
    let mut problems = archive::extract(path, &base)?;
    let root = bundle_root(path, &base, &mut problems, opts.lang)?;
    let mut v = verify_dir(&root, path.display().to_string(), problems, &opts)?;
    rebase(&mut v.records, &base);
    Ok(v)
}

/// The bundle's folder in an unpacked zip: its root, or the one folder at its root.
/// Anything else at the top of the zip is a problem.
fn bundle_root(
    zip: &Path,
    base: &Path,
    problems: &mut Vec<String>,
    lang: crate::i18n::Lang,
) -> Result<PathBuf, EvidenceError> {
    if is_bundle(base) {
        return Ok(base.to_path_buf());
    }
    let mut top: Vec<PathBuf> = fs::read_dir(base)
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    top.sort();
    let Some(root) = top.iter().find(|p| p.is_dir() && is_bundle(p)).cloned() else {
        return Err(EvidenceError::NotBundle {
            path: zip.to_path_buf(),
            why: format!("it holds no {MANIFEST}"),
            hint: "give the zip written by `farol evidence`, or the directory it unpacks to",
        });
    };
    for p in top.iter().filter(|p| **p != root) {
        let name = p.file_name().unwrap_or_default().to_string_lossy();
        problems.push(crate::tr!(lang, "verify-zip-outside-bundle", name = &*name));
    }
    Ok(root)
}

fn verify_dir(
    root: &Path,
    name: String,
    extra: Vec<String>,
    opts: &VerifyOptions,
) -> Result<BundleVerification, EvidenceError> {
    let trust = opts.resolve(root)?;
    let mut manifest = manifest::check(root, &trust.keys);
    manifest.problems.extend(extra);
    super::pdf::check_reports(root, &mut manifest.problems);
    let records =
        record::verify_paths_with(root, &[root.to_path_buf()], opts).unwrap_or_else(|e| {
            VerifyReport {
                root: root.to_path_buf(),
                trust_source: trust.source.clone(),
                trusted_keys: vec![],
                came_with: vec![],
                records: vec![],
                problems: vec![e.to_string()],
                notes: vec![],
                summary: Summary::default(),
            }
        });
    Ok(BundleVerification {
        bundle: name,
        passed: manifest.passed() && records.passed(),
        manifest,
        records,
    })
}

/// Rewrites the paths of a report made under `from` relative to it.
pub(super) fn rebase(r: &mut VerifyReport, from: &Path) {
    let prefix = format!("{}/", from.display());
    let fix = |s: &mut String| {
        if s.contains(&prefix) {
            *s = s.replace(&prefix, "");
        }
    };
    let path = |p: &Path| -> PathBuf {
        match p.strip_prefix(from) {
            Ok(rest) if rest.as_os_str().is_empty() => PathBuf::from("."),
            Ok(rest) => rest.to_path_buf(),
            Err(_) => p.to_path_buf(),
        }
    };
    r.root = path(&r.root);
    for row in &mut r.records {
        row.file = path(&row.file);
        row.problems.iter_mut().for_each(fix);
        row.notes.iter_mut().for_each(fix);
    }
    r.problems.iter_mut().for_each(fix);
    r.notes.iter_mut().for_each(fix);
}

/// `farol verify` of the chosen assessments in the dossier, with paths as in the bundle.
pub(super) fn at_bundling(root: &Path, chosen: &[Source]) -> Result<VerifyReport, EvidenceError> {
    let root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let paths: Vec<PathBuf> = chosen
        .iter()
        .map(|s| root.join("assessments").join(&s.id))
        .collect();
    let mut r = record::verify_paths(&root, &paths)?;
    rebase(&mut r, &root);
    Ok(r)
}
