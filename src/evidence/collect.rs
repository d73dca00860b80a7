//! Gathering what a bundle holds from a dossier: the signed files exactly as stored (never
//! re-serialised, or their signatures would no longer hold), the trusted keys, and the
//! questionnaire versions the records answer.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use chrono::{DateTime, Utc};

use super::{EvidenceError, Included, io_err};
use crate::dossier::{Dossier, kept_questionnaire_name};
use crate::questionnaire::Loaded;
use crate::record::{self, RecordBody};

const READ_HINT: &str = "check that the dossier exists and that you may read it";

/// One signed revision as found on disk.
pub(super) struct Revision {
    pub n: u32,
    pub file: String,
    pub bytes: Vec<u8>,
    /// None when the file cannot be read as a record: it is bundled all the same, and the
    /// verification report says what is wrong with it.
    pub body: Option<RecordBody>,
}

/// One signed review, copied as it is.
pub(super) struct Review {
    pub file: String,
    pub bytes: Vec<u8>,
    pub signed_at: Option<DateTime<Utc>>,
}

/// An assessment with at least one signed revision.
pub(super) struct Source {
    pub id: String,
    pub revisions: Vec<Revision>,
    pub reviews: Vec<Review>,
    /// The signed heads (`heads/NNNN.ron`), as they are.
    pub heads: Vec<Review>,
}

impl Source {
    /// The latest signing time among its revisions and reviews.
    pub fn last_signed(&self) -> Option<DateTime<Utc>> {
        let revisions = self
            .revisions
            .iter()
            .filter_map(|r| r.body.as_ref().map(|b| b.signer.at));
        let reviews = self.reviews.iter().filter_map(|r| r.signed_at);
        revisions.chain(reviews).max()
    }

    /// The latest revision: in a fork, the tip with the highest number, then the latest
    /// signing time, then the name (as `record::tips` orders them).
    pub fn latest(&self) -> &Revision {
        let named: std::collections::HashSet<String> = self
            .revisions
            .iter()
            .filter_map(|r| r.body.as_ref())
            .flat_map(|b| b.previous.iter().chain(&b.merges).cloned())
            .collect();
        self.revisions
            .iter()
            .filter(|r| !named.contains(&record::sha256_hex(&r.bytes)))
            .max_by_key(|r| (r.n, r.body.as_ref().map(|b| b.signer.at), &r.file))
            .or(self.revisions.last())
            .expect("a source has a revision")
    }

    pub fn included(
        &self,
        report: Option<String>,
        filing: Option<super::FilingInBundle>,
    ) -> Included {
        let latest = self.latest();
        let body = self.revisions.iter().rev().find_map(|r| r.body.as_ref());
        let latest_body = latest.body.as_ref();
        Included {
            id: self.id.clone(),
            title: body.map(|b| b.title.clone()),
            organisation: body.map(|b| b.meta.organisation.clone()),
            revisions: self.revisions.len(),
            reviews: self.reviews.len(),
            latest: latest.n,
            latest_sha256: record::sha256_hex(&latest.bytes),
            latest_signer: latest_body.map(|b| format!("{} ({})", b.signer.name, b.signer.role)),
            latest_signed_at: latest_body.map(|b| b.signer.at),
            report,
            filing,
        }
    }
}

/// Every assessment of the dossier that has a signed revision, by id.
pub(super) fn signed_assessments(root: &Path) -> Result<Vec<Source>, EvidenceError> {
    let dir = root.join("assessments");
    let rd = match fs::read_dir(&dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => return Err(io_err("cannot read", &dir, READ_HINT)(e)),
    };
    let mut dirs: Vec<_> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let mut out = Vec::new();
    for d in dirs {
        let files = record::revision_files(&d.join("revisions"))?;
        if files.is_empty() {
            continue;
        }
        let id = name_of(&d)?;
        let mut revisions = Vec::new();
        for (n, path) in files {
            let bytes = fs::read(&path).map_err(io_err("cannot read", &path, READ_HINT))?;
            let body = record::parse_body(&path.display().to_string(), &bytes).ok();
            revisions.push(Revision {
                n,
                file: name_of(&path)?,
                bytes,
                body,
            });
        }
        let reviews = read_reviews(&d.join("reviews"))?;
        let heads = read_reviews(&record::heads_dir(&d))?;
        out.push(Source {
            id,
            revisions,
            reviews,
            heads,
        });
    }
    Ok(out)
}

fn name_of(path: &Path) -> Result<String, EvidenceError> {
    let name = path.file_name().unwrap_or_default();
    name.to_str()
        .map(str::to_string)
        .ok_or_else(|| EvidenceError::BadName {
            path: path.to_path_buf(),
            name: name.to_string_lossy().into_owned(),
        })
}

/// The review files (`*.ron`) of an assessment, by name; none if there is no directory.
fn read_reviews(dir: &Path) -> Result<Vec<Review>, EvidenceError> {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
        Err(e) => return Err(io_err("cannot read", dir, READ_HINT)(e)),
    };
    let mut paths: Vec<_> = rd
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension().is_some_and(|e| e == "ron")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for p in paths {
        let bytes = fs::read(&p).map_err(io_err("cannot read", &p, READ_HINT))?;
        out.push(Review {
            file: name_of(&p)?,
            signed_at: signed_at(&bytes),
            bytes,
        });
    }
    Ok(out)
}

/// When a signed file other than a revision was signed: the latest `at: "…"` time in its
/// signed part. Reviews are read only this far, so their format may grow freely.
fn signed_at(bytes: &[u8]) -> Option<DateTime<Utc>> {
    let t = record::split("", bytes).ok()?;
    let text = std::str::from_utf8(&bytes[..t.signed_len]).ok()?;
    let value: ron::Value = ron::from_str(text).ok()?;
    let mut times = Vec::new();
    times_in(&value, &mut times);
    times.into_iter().max()
}

fn times_in(v: &ron::Value, out: &mut Vec<DateTime<Utc>>) {
    match v {
        ron::Value::Map(m) => {
            for (k, x) in m.iter() {
                if let (ron::Value::String(k), ron::Value::String(s)) = (k, x)
                    && k == "at"
                    && let Ok(t) = DateTime::parse_from_rfc3339(s)
                {
                    out.push(t.to_utc());
                }
                times_in(x, out);
            }
        }
        ron::Value::Seq(items) => items.iter().for_each(|x| times_in(x, out)),
        ron::Value::Option(Some(x)) => times_in(x, out),
        _ => {}
    }
}

/// The revisions and reviews of an assessment, under their dossier paths.
pub(super) fn add_records(s: &Source, files: &mut BTreeMap<String, Vec<u8>>) {
    for r in &s.revisions {
        files.insert(
            format!("assessments/{}/revisions/{}", s.id, r.file),
            r.bytes.clone(),
        );
    }
    for r in &s.reviews {
        files.insert(
            format!("assessments/{}/reviews/{}", s.id, r.file),
            r.bytes.clone(),
        );
    }
    for h in &s.heads {
        files.insert(
            format!("assessments/{}/heads/{}", s.id, h.file),
            h.bytes.clone(),
        );
    }
}

/// The dossier's trusted public key files, as they are.
pub(super) fn add_trusted_keys(
    root: &Path,
    files: &mut BTreeMap<String, Vec<u8>>,
) -> Result<(), EvidenceError> {
    let dir = crate::keys::trusted_dir(root);
    let rd = match fs::read_dir(&dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io_err("cannot read", &dir, READ_HINT)(e)),
    };
    for p in rd.filter_map(Result::ok).map(|e| e.path()) {
        let name = name_of(&p)?;
        if p.is_file() && name.ends_with(".pub.ron") {
            let bytes = fs::read(&p).map_err(io_err("cannot read", &p, READ_HINT))?;
            // The same key as PEM (SubjectPublicKeyInfo), for checking with OpenSSL alone.
            if let Some(pem) = std::str::from_utf8(&bytes)
                .ok()
                .and_then(|t| ron::from_str::<crate::keys::TrustedKey>(t).ok())
                .and_then(|t| crate::keys::public_pem(&t))
            {
                // By the key alone (`<fp16>`), whichever entry trusted it: the recipe's name.
                let stem = name.trim_end_matches(".pub.ron");
                let fp16 = stem.split('-').next().unwrap_or(stem);
                files.insert(format!("keys/trusted/{fp16}.pub.pem"), pem.into_bytes());
            }
            files.insert(format!("keys/trusted/{name}"), bytes);
        }
    }
    Ok(())
}

/// The questionnaire versions the bundled revisions answer, kept under the dossier's own
/// naming; returned by fingerprint for the reports.
pub(super) fn add_questionnaires(
    dossier: &Dossier,
    chosen: &[Source],
    files: &mut BTreeMap<String, Vec<u8>>,
    warnings: &mut Vec<String>,
) -> HashMap<String, Loaded> {
    let mut uses = BTreeMap::new();
    for s in chosen {
        for r in &s.revisions {
            if let Some(b) = &r.body {
                uses.entry(b.questionnaire.fingerprint.clone())
                    .or_insert_with(|| (s.id.clone(), b.questionnaire.clone()));
            }
        }
    }
    let mut out = HashMap::new();
    for (fp, (id, u)) in uses {
        match dossier.questionnaire_for(&u) {
            Ok(l) => {
                files.insert(
                    format!("questionnaires/{}", kept_questionnaire_name(&l)),
                    l.source.as_bytes().to_vec(),
                );
                out.insert(fp, l);
            }
            Err(e) => warnings.push(format!(
                "'{id}' answers {} {}, which is not in the dossier: its risk cannot be rechecked from the bundle ({})",
                u.id,
                u.version,
                e.to_string().lines().next().unwrap_or_default()
            )),
        }
    }
    out
}
