//! The paths given, as groups of revision and review files to verify.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::super::{RecordError, revision_files, revision_number};
use super::chain::signed_anchor;
use super::{Group, RecordKind, VerifyReport};
use crate::i18n::Lang;
use crate::tr;

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
pub(super) fn collect(
    paths: &[PathBuf],
    report: &mut VerifyReport,
    lang: Lang,
) -> Result<Vec<Group>, RecordError> {
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
                        report.problems.push(tr!(
                            lang,
                            "verify-revisions-removed",
                            id = &*id,
                            n = n,
                            dir = rev.display().to_string()
                        ));
                    }
                    if has_reviews {
                        report.problems.push(tr!(
                            lang,
                            "verify-reviews-without-revision",
                            id = &*id
                        ));
                    } else if anchor.is_none() {
                        report
                            .notes
                            .push(tr!(lang, "verify-not-signed-yet", id = &*id));
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
                report.problems.push(tr!(
                    lang,
                    "verify-no-review-in-dir",
                    dir = p.display().to_string()
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
                report.problems.push(tr!(
                    lang,
                    "verify-no-revision-in-dir",
                    dir = rev.display().to_string()
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
            report
                .problems
                .push(tr!(lang, "verify-nothing-to-verify", id = &*id));
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
