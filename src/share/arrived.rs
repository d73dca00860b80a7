//! What arrived since the last `farol verify` in this copy of the dossier.
//!
//! After a `git pull`, the question is "what did the others sign, and does it hold?".
//! `farol verify` on a whole dossier remembers, in `.farol/seen.ron` (git-ignored, local
//! to this copy, written atomically), the signed files it saw; the next run lists first
//! the ones it had not seen — new assessments, revisions, reviews and trusted keys — each
//! with whether it verifies. Signed files are add-only, so a path seen once is never
//! news again; the file holds paths only (no content is trusted from it: every file is
//! verified again, every time).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::keys::Role;
use crate::record::{RecordKind, VerifyReport, revision_files, revision_number};
use crate::tr;

/// What the last verify saw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Seen")]
pub struct Seen {
    pub at: DateTime<Utc>,
    /// Signed files, by path relative to the dossier, with `/` between names.
    pub files: BTreeSet<String>,
}

/// A signed revision or review that arrived.
#[derive(Debug, Clone, Serialize)]
pub struct ArrivedRecord {
    pub assessment: String,
    pub number: u32,
    pub file: String,
    pub signer: Option<String>,
    pub role: Option<Role>,
    pub verified: bool,
}

/// A trusted key that arrived.
#[derive(Debug, Clone, Serialize)]
pub struct ArrivedKey {
    pub file: String,
    pub name: Option<String>,
    pub role: Option<Role>,
    pub fingerprint: Option<String>,
}

/// What arrived since the last verify here (`since` None: there was none to compare with).
#[derive(Debug, Clone, Serialize)]
pub struct Arrived {
    pub since: Option<DateTime<Utc>>,
    pub assessments: Vec<String>,
    pub revisions: Vec<ArrivedRecord>,
    pub reviews: Vec<ArrivedRecord>,
    pub keys: Vec<ArrivedKey>,
}

impl Arrived {
    pub fn is_empty(&self) -> bool {
        self.assessments.is_empty()
            && self.revisions.is_empty()
            && self.reviews.is_empty()
            && self.keys.is_empty()
    }
}

pub fn seen_path(root: &Path) -> PathBuf {
    super::local_dir(root).join("seen.ron")
}

/// What the last verify saw, if one ran here and its file reads.
pub fn load(root: &Path) -> Option<Seen> {
    let text = std::fs::read_to_string(seen_path(root)).ok()?;
    ron::from_str(&text).ok()
}

pub fn save(root: &Path, seen: &Seen) -> std::io::Result<()> {
    super::ensure_gitignore_quietly(root);
    let cfg = ron::ser::PrettyConfig::new().struct_names(true);
    let body = ron::ser::to_string_pretty(seen, cfg).map_err(std::io::Error::other)?;
    let text = format!(
        "// What `farol verify` saw in this copy of the dossier, to say what arrived since.\n// Local to this computer (git-ignored); delete it to start again.\n{body}\n"
    );
    crate::fsutil::write_atomic(&seen_path(root), text.as_bytes())
}

/// `p` relative to `root`, written with `/`; either may be relative to the working
/// directory or absolute (a verify report names files as the user gave the dossier).
fn relative(root: &Path, p: &Path) -> String {
    let canonical = || {
        let (root, p) = (
            std::fs::canonicalize(root).ok()?,
            std::fs::canonicalize(p).ok()?,
        );
        p.strip_prefix(&root).ok().map(Path::to_path_buf)
    };
    let absolute = || {
        let a = std::path::absolute(p).ok()?;
        a.strip_prefix(root).ok().map(Path::to_path_buf)
    };
    let rel = match p.strip_prefix(root) {
        Ok(r) => r.to_path_buf(),
        Err(_) => absolute()
            .or_else(canonical)
            .unwrap_or_else(|| p.to_path_buf()),
    };
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The signed files of a dossier that a verify reports on: revisions, reviews and trusted
/// keys, relative to the root.
pub fn signed_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut ids: Vec<PathBuf> = std::fs::read_dir(root.join("assessments"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    for a in ids {
        for d in ["revisions", "reviews"] {
            out.extend(
                revision_files(&a.join(d))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(_, p)| p),
            );
        }
    }
    let mut keys: Vec<PathBuf> = std::fs::read_dir(crate::keys::trusted_dir(root))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
                .collect()
        })
        .unwrap_or_default();
    keys.sort();
    out.extend(keys);
    out
}

/// The files seen now, to remember for the next verify.
pub fn seen_now(root: &Path, now: DateTime<Utc>) -> Seen {
    Seen {
        at: now,
        files: signed_files(root)
            .iter()
            .map(|p| relative(root, p))
            .collect(),
    }
}

/// What arrived between `before` (None: no earlier verify) and now, with whether each
/// record verifies in `report`.
pub fn compare(root: &Path, before: Option<&Seen>, report: &VerifyReport) -> Arrived {
    let mut out = Arrived {
        since: before.map(|s| s.at),
        assessments: vec![],
        revisions: vec![],
        reviews: vec![],
        keys: vec![],
    };
    let Some(before) = before else {
        return out;
    };
    let known_ids: BTreeSet<&str> = before
        .files
        .iter()
        .filter_map(|f| f.strip_prefix("assessments/")?.split('/').next())
        .collect();
    let trusted = crate::keys::trusted(root)
        .map(|(t, _)| t)
        .unwrap_or_default();
    let rows: std::collections::HashMap<String, &crate::record::RecordReport> = report
        .records
        .iter()
        .map(|r| (relative(root, &r.file), r))
        .collect();
    for p in signed_files(root) {
        let rel = relative(root, &p);
        if before.files.contains(&rel) {
            continue;
        }
        let parts: Vec<&str> = rel.split('/').collect();
        match parts.as_slice() {
            ["assessments", id, dir, _] => {
                if !known_ids.contains(id) && !out.assessments.iter().any(|a| a == id) {
                    out.assessments.push(id.to_string());
                }
                let row = rows.get(&rel).copied();
                let kind = if *dir == "reviews" {
                    RecordKind::Review
                } else {
                    RecordKind::Revision
                };
                let rec = ArrivedRecord {
                    assessment: id.to_string(),
                    number: revision_number(&p).unwrap_or(0),
                    file: rel.clone(),
                    signer: row.and_then(|r| r.signer.clone()),
                    role: row.and_then(|r| r.role),
                    verified: row.is_some_and(|r| r.passed()),
                };
                match kind {
                    RecordKind::Review => out.reviews.push(rec),
                    RecordKind::Revision => out.revisions.push(rec),
                }
            }
            _ => {
                let fp = p
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.split(['.', '-']).next())
                    .unwrap_or_default()
                    .to_string();
                let t = trusted
                    .iter()
                    .find(|t| !fp.is_empty() && t.fingerprint.starts_with(&fp));
                out.keys.push(ArrivedKey {
                    file: rel,
                    name: t.map(|t| t.name.clone()),
                    role: t.map(|t| t.role),
                    fingerprint: t.map(|t| t.fingerprint.clone()),
                });
            }
        }
    }
    out
}

/// The words `farol verify` says first.
pub fn text(a: &Arrived, lang: Lang) -> String {
    let Some(since) = a.since else {
        return tr!(lang, "verify-arrived-first") + "\n\n";
    };
    let since = since.format("%Y-%m-%d %H:%M UTC").to_string();
    if a.is_empty() {
        return tr!(lang, "verify-arrived-nothing", since = since.as_str()) + "\n\n";
    }
    let unknown = || "?".to_string();
    let mut out = tr!(lang, "verify-arrived-head", since = since.as_str()) + "\n";
    let mut line = |s: String| {
        out.push_str("  ");
        out.push_str(&s);
        out.push('\n');
    };
    for id in &a.assessments {
        line(tr!(lang, "verify-arrived-assessment", id = id.as_str()));
    }
    for (kind, list) in [("revision", &a.revisions), ("review", &a.reviews)] {
        for r in list {
            line(tr!(
                lang,
                "verify-arrived-record",
                kind = kind,
                n = r.number,
                id = r.assessment.as_str(),
                signer = r.signer.clone().unwrap_or_else(unknown),
                role = r
                    .role
                    .map(|x| crate::present::words::role(lang, x))
                    .unwrap_or_else(unknown),
                verified = if r.verified { "yes" } else { "no" }
            ));
        }
    }
    for k in &a.keys {
        line(tr!(
            lang,
            "verify-arrived-key",
            name = k.name.clone().unwrap_or_else(unknown),
            role = k
                .role
                .map(|x| crate::present::words::role(lang, x))
                .unwrap_or_else(unknown),
            fingerprint = k.fingerprint.clone().unwrap_or_else(|| k.file.clone())
        ));
    }
    out.push('\n');
    out
}
