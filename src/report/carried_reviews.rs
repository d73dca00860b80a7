//! The signed reviews a report PDF carries beside its record (`archive`, `/Supplement`),
//! verified as `farol verify` verifies a review in a dossier: its signature, the trust of
//! the reviewer's key in the role it signs in (from outside, as for the record), that the
//! revision it judges is the record the PDF carries (number and SHA-256), and that the
//! reviewer did not sign that record. The review chain is not checked: a report carries
//! only the reviews of the revision it shows, not the ones before.
//!
//! The files are laid out in a private directory as a dossier would hold them (the record
//! under `assessments/ID/revisions/`), so that the dossier's own checks find the judged
//! revision there and nowhere else: a review of another record then fails as it would in
//! the dossier.

use std::path::{Path, PathBuf};

use crate::dossier::Dossier;
use crate::record::{self, RecordError, VerifyOptions, VerifyReport};
use crate::tr;

/// Where the reviews are put, apart from the record's directory (not named `reviews`:
/// they are checked one by one, not as a chain).
const CARRIED: &str = "carried";

fn io(action: &'static str, path: &Path, source: std::io::Error) -> RecordError {
    RecordError::Io {
        action,
        path: path.to_path_buf(),
        source,
        hint: "check that the directory exists and that you may write to it",
    }
}

/// A name to write a carried file under: its last part if it is a `.ron` name, else
/// `fallback`; never one already taken.
fn safe_name(name: &str, fallback: &str, taken: &[String]) -> String {
    let base = Path::new(name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron") && n != ".ron")
        .unwrap_or_else(|| fallback.to_string());
    let mut out = base.clone();
    let mut n = 1;
    while taken.contains(&out) {
        n += 1;
        out = format!("{n}-{base}");
    }
    out
}

/// Verifies the `reviews` (name, bytes) carried in the PDF `pdf` against the carried
/// record (`record_name`, `record`). Files that are not signed reviews are problems of
/// the result; the rest are its rows, named as where they are (inside the PDF).
pub(super) fn verify(
    pdf: &str,
    record_name: &str,
    record: &[u8],
    reviews: &[(String, Vec<u8>)],
    dossier: &Dossier,
    opts: &VerifyOptions,
) -> Result<VerifyReport, RecordError> {
    let lang = opts.lang;
    let tmp = tempfile::tempdir().map_err(|e| io("cannot create", &std::env::temp_dir(), e))?;
    let id = record::parse_body(record_name, record)
        .ok()
        .map(|b| b.assessment)
        .filter(|a| !a.is_empty() && a != "." && a != ".." && !a.contains(['/', '\\']))
        .unwrap_or_else(|| "_".to_string());
    let revisions = tmp.path().join("assessments").join(&id).join("revisions");
    let carried = tmp.path().join(CARRIED);
    for d in [&revisions, &carried] {
        std::fs::create_dir_all(d).map_err(|e| io("cannot create", d, e))?;
    }
    let at = revisions.join(safe_name(record_name, "record.ron", &[]));
    std::fs::write(&at, record).map_err(|e| io("cannot write", &at, e))?;
    // The verifier's rule on self-review holds here as in the dossier.
    let policy = dossier.root().join(crate::policy::FILE);
    if policy.is_file() {
        let to = tmp.path().join(crate::policy::FILE);
        std::fs::copy(&policy, &to).map_err(|e| io("cannot write", &to, e))?;
    }

    let mut problems = Vec::new();
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut taken: Vec<String> = Vec::new();
    let record_sha = record::sha256_hex(record);
    for (i, (name, bytes)) in reviews.iter().enumerate() {
        let Ok(body) = crate::review::parse_review(name, bytes) else {
            problems.push(tr!(
                lang,
                "verify-pdf-not-a-review",
                file = pdf,
                name = name.as_str()
            ));
            continue;
        };
        if body.revision_sha256 != record_sha {
            problems.push(tr!(
                lang,
                "verify-pdf-review-of-another",
                name = name.as_str(),
                n = body.revision,
                sha = body.revision_sha256.as_str()
            ));
        }
        let safe = safe_name(name, &format!("review-{}.ron", i + 1), &taken);
        let path = carried.join(&safe);
        std::fs::write(&path, bytes).map_err(|e| io("cannot write", &path, e))?;
        taken.push(safe);
        paths.push(path);
    }

    let mut report = if paths.is_empty() {
        VerifyReport {
            root: dossier.root().to_path_buf(),
            trust_source: String::new(),
            trusted_keys: Vec::new(),
            came_with: Vec::new(),
            records: Vec::new(),
            problems: Vec::new(),
            notes: Vec::new(),
            summary: Default::default(),
        }
    } else {
        let here = VerifyOptions {
            own_dossier: Some(
                opts.own_dossier
                    .clone()
                    .unwrap_or_else(|| dossier.root().to_path_buf()),
            ),
            skip_index: true,
            ..opts.clone()
        };
        record::verify_paths_with(tmp.path(), &paths, &here)?
    };
    report.problems.extend(problems);
    // Named as where they are: inside the PDF, not the private directory.
    let inside = format!("{pdf} ▸ ");
    let rename = |s: &str| -> String {
        s.replace(&format!("{}/", revisions.display()), &inside)
            .replace(&format!("{}/", carried.display()), &inside)
            .replace(&format!("{}/", tmp.path().display()), &inside)
    };
    for r in &mut report.records {
        r.file = PathBuf::from(rename(&r.file.display().to_string()));
        for p in r.problems.iter_mut().chain(r.notes.iter_mut()) {
            *p = rename(p);
        }
        // The judged revision by its name in the dossier (shown as `revisions/NAME`).
        if let Some(f) = r.review.as_mut().and_then(|f| f.revision_file.as_mut()) {
            *f = PathBuf::from(f.file_name().unwrap_or_default());
        }
    }
    for p in report.problems.iter_mut().chain(report.notes.iter_mut()) {
        *p = rename(p);
    }
    Ok(report)
}
