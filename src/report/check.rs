//! `farol verify REPORT.pdf`: a report (or filing pack) PDF checked on its own. The PDF
//! carries the signed revision it shows (`archive`); that file is verified as `farol
//! verify` verifies a record (its signature, and trust in its key from outside: the
//! verifier's dossier or `--trust`), its SHA-256 must be the one the PDF names, and the
//! PDF is written again from it, in the languages the PDF says, and compared byte for byte
//! (reports are reproducible): a page edited after the fact then fails.
//!
//! A report that shows signed reviews carries them too (`/Supplement`): each is verified
//! against the carried record (`carried_reviews`), and the pages are written again with
//! the reviews that judge that record, so a review edited, swapped for another record's
//! or removed fails. What cannot be compared is said, never passed over.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{KIND_KEY, Kind, LANGUAGE_KEY, RECORD_KEY, ReportInput, archive, attached};
use crate::dossier::Dossier;
use crate::i18n::Lang;
use crate::record::{self, RecordError, VerifyOptions, VerifyReport};
use crate::tr;

/// Whether `path` is a PDF (by its `%PDF` magic).
pub fn is_pdf(path: &Path) -> bool {
    use std::io::Read as _;
    let mut head = [0u8; 5];
    path.is_file()
        && std::fs::File::open(path)
            .and_then(|mut f| f.read_exact(&mut head))
            .is_ok()
        && &head == b"%PDF-"
}

/// Whether the pages are those Farol writes from the carried record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PagesStatus {
    /// Written again from the record, the PDF is the same, byte for byte.
    Same,
    /// It is not: the PDF was changed after it was written (or by another Farol version).
    Differ,
    /// Not compared (see the notes for why).
    NotCompared,
}

/// A file carried in the PDF.
#[derive(Debug, Clone, Serialize)]
pub struct CarriedFile {
    pub name: String,
    pub sha256: String,
}

/// What `farol verify REPORT.pdf` found.
#[derive(Debug, Clone, Serialize)]
pub struct PdfVerification {
    pub pdf: PathBuf,
    pub passed: bool,
    /// The name of the record file the PDF carries.
    pub carried: Option<String>,
    /// The SHA-256 of the carried file.
    pub carried_sha256: Option<String>,
    /// The signed reviews carried beside the record (their names and SHA-256).
    pub carried_reviews: Vec<CarriedFile>,
    /// The record SHA-256 the PDF names in its document information (also on its cover).
    pub named_sha256: Option<String>,
    /// The languages the PDF says it is written in.
    pub languages: Option<String>,
    pub pages: PagesStatus,
    /// The carried record, verified as `farol verify` verifies a record file.
    pub record: Option<VerifyReport>,
    pub problems: Vec<String>,
    pub notes: Vec<String>,
}

fn info_value(doc: &lopdf::Document, key: &str) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
    let d = doc.get_object(info).ok()?.as_dict().ok()?;
    archive::read_text(d.get(key.as_bytes()).ok()?)
}

/// Verifies the report PDF at `path`: `dossier` is the verifier's own (its trusted keys,
/// unless `opts.trust` names others, and its kept questionnaires). An error only for a
/// file that cannot be read; everything wrong with the PDF is in the result.
pub fn verify_pdf(
    path: &Path,
    dossier: &Dossier,
    opts: &VerifyOptions,
) -> Result<PdfVerification, RecordError> {
    let lang = opts.lang;
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| RecordError::Io {
        action: "cannot read",
        path: path.to_path_buf(),
        source,
        hint: "check the path and that you may read the file",
    })?;
    let mut v = PdfVerification {
        pdf: path.to_path_buf(),
        passed: false,
        carried: None,
        carried_sha256: None,
        carried_reviews: Vec::new(),
        named_sha256: None,
        languages: None,
        pages: PagesStatus::NotCompared,
        record: None,
        problems: Vec::new(),
        notes: Vec::new(),
    };
    let doc = match lopdf::Document::load_mem(&bytes) {
        Ok(d) => d,
        Err(e) => {
            v.problems.push(tr!(
                lang,
                "verify-pdf-unreadable",
                file = file.as_str(),
                error = e.to_string()
            ));
            return Ok(v);
        }
    };
    v.named_sha256 = info_value(&doc, RECORD_KEY);
    v.languages = info_value(&doc, LANGUAGE_KEY);
    let Some((name, carried)) = archive::carried(&doc) else {
        v.problems
            .push(tr!(lang, "verify-pdf-no-record", file = file.as_str()));
        return Ok(v);
    };
    let sha = record::sha256_hex(&carried);
    v.carried = Some(name.clone());
    v.carried_sha256 = Some(sha.clone());
    match &v.named_sha256 {
        Some(named) if *named == sha => {}
        Some(named) => v.problems.push(tr!(
            lang,
            "verify-pdf-sha-differs",
            named = named.as_str(),
            carried = sha.as_str()
        )),
        None => v.problems.push(tr!(lang, "verify-pdf-sha-missing")),
    }

    // The carried file, alone in a private directory, under its own name.
    let tmp = tempfile::tempdir().map_err(|source| RecordError::Io {
        action: "cannot create",
        path: std::env::temp_dir(),
        source,
        hint: "check that the directory exists and that you may write to it",
    })?;
    let safe = Path::new(&name)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .unwrap_or_else(|| "record.ron".to_string());
    let at = tmp.path().join(safe);
    std::fs::write(&at, &carried).map_err(|source| RecordError::Io {
        action: "cannot write",
        path: at.clone(),
        source,
        hint: "check that the directory exists and that you may write to it",
    })?;
    let mut report = record::verify_paths_with(dossier.root(), std::slice::from_ref(&at), opts)?;
    // Named as where it is: inside the PDF, not the private directory it was checked in.
    for r in &mut report.records {
        r.file = PathBuf::from(format!("{file} ▸ {name}"));
    }
    let reviews = attached::files(&doc, archive::Relationship::Supplement);
    if !reviews.is_empty() {
        report.absorb(super::carried_reviews::verify(
            &file, &name, &carried, &reviews, dossier, opts,
        )?);
    }
    v.carried_reviews = reviews
        .iter()
        .map(|(name, bytes)| CarriedFile {
            name: name.clone(),
            sha256: record::sha256_hex(bytes),
        })
        .collect();
    let record_passed = report.passed();
    v.record = Some(report);

    let pages = Pages {
        doc: &doc,
        bytes: &bytes,
        at: &at,
        reviews: &reviews,
    };
    v.pages = compare_pages(&pages, dossier, &mut v.problems, &mut v.notes, lang);
    if v.pages == PagesStatus::Differ {
        let langs = v.languages.clone().unwrap_or_default();
        v.problems.push(tr!(
            lang,
            "verify-pdf-pages-differ",
            langs = langs,
            version = env!("CARGO_PKG_VERSION")
        ));
    }
    v.passed = record_passed && v.problems.is_empty() && v.pages != PagesStatus::Differ;
    Ok(v)
}

/// What the pages are written again from: the PDF, the carried record (written at `at`)
/// and the carried reviews.
struct Pages<'a> {
    doc: &'a lopdf::Document,
    bytes: &'a [u8],
    at: &'a Path,
    reviews: &'a [(String, Vec<u8>)],
}

/// Writes the PDF again from the carried record, with the carried reviews that judge it,
/// and compares the bytes.
fn compare_pages(
    p: &Pages,
    dossier: &Dossier,
    problems: &mut Vec<String>,
    notes: &mut Vec<String>,
    lang: Lang,
) -> PagesStatus {
    let Pages {
        doc,
        bytes,
        at,
        reviews: carried,
    } = *p;
    let kind = info_value(doc, KIND_KEY).and_then(|k| Kind::parse(&k));
    let langs: Vec<Lang> = info_value(doc, LANGUAGE_KEY)
        .unwrap_or_default()
        .split(' ')
        .filter_map(Lang::parse)
        .collect();
    let (Some(kind), Some(first)) = (kind, langs.first().copied()) else {
        notes.push(tr!(lang, "verify-pdf-pages-unknown"));
        return PagesStatus::NotCompared;
    };
    let rec = match record::read_record(at) {
        Ok(r) => r,
        Err(e) => {
            notes.push(tr!(lang, "verify-pdf-pages-not", error = e.to_string()));
            return PagesStatus::NotCompared;
        }
    };
    let loaded = match dossier.questionnaire_for(&rec.body.questionnaire) {
        Ok(l) => l,
        Err(e) => {
            notes.push(tr!(lang, "verify-pdf-pages-not", error = e.to_string()));
            return PagesStatus::NotCompared;
        }
    };
    let again = match kind {
        Kind::Filing => {
            let b = &rec.body;
            let signed = crate::filing::Signed {
                revision: b.revision,
                sha256: record::sha256_hex(&rec.bytes),
                signer: b.signer.name.clone(),
                signed_at: b.signer.at,
            };
            let pack = crate::filing::build(
                &loaded.questionnaire,
                &b.answers_map(),
                &b.assessment,
                &b.title,
                first,
                Some(signed),
            );
            let name = at
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            crate::filing::render_pdf(&pack, b.signer.at, Some(&(name, rec.bytes.clone())))
        }
        Kind::Report { reviews: shown } => {
            let reviews = super::reviews_of(
                &rec,
                carried.iter().map(|(n, b)| (n.as_str(), b.as_slice())),
            );
            if reviews.len() != shown {
                problems.push(tr!(
                    lang,
                    "verify-pdf-reviews-count",
                    shown = shown,
                    carried = reviews.len()
                ));
            }
            let input = ReportInput {
                reviews,
                ..ReportInput::from_record(&rec, &loaded)
            };
            if langs == super::BILINGUAL {
                super::render_bilingual(&input)
            } else {
                super::render(&input.in_lang(first))
            }
        }
    };
    if again.pdf == bytes {
        PagesStatus::Same
    } else {
        PagesStatus::Differ
    }
}

/// The verification in words, in `lang`.
pub fn text(v: &PdfVerification, lang: Lang) -> String {
    let file = v.pdf.display().to_string();
    let mut out = tr!(lang, "verify-pdf-heading", file = file.as_str()) + "\n";
    if let (Some(name), Some(sha)) = (&v.carried, &v.carried_sha256) {
        out += &format!(
            "  {}\n",
            tr!(
                lang,
                "verify-pdf-carries",
                name = name.as_str(),
                sha = sha.as_str()
            )
        );
    }
    for r in &v.carried_reviews {
        out += &format!(
            "  {}\n",
            tr!(
                lang,
                "verify-pdf-carries-review",
                name = r.name.as_str(),
                sha = r.sha256.as_str()
            )
        );
    }
    match v.pages {
        PagesStatus::Same => {
            let langs = v.languages.clone().unwrap_or_default();
            out += &format!("  {}\n", tr!(lang, "verify-pdf-pages-same", langs = langs));
        }
        PagesStatus::Differ | PagesStatus::NotCompared => {}
    }
    if let Some(r) = &v.record {
        out += "\n";
        out += &crate::record::verify_text_in(r, lang);
        if !out.ends_with('\n') {
            out += "\n";
        }
    }
    for p in &v.problems {
        out += &format!("  ✗ {p}\n");
    }
    for n in &v.notes {
        out += &format!("  · {n}\n");
    }
    out += &if v.passed {
        tr!(lang, "verify-pdf-passed", file = file.as_str())
    } else {
        tr!(lang, "verify-pdf-failed", file = file.as_str())
    };
    out.push('\n');
    out
}
