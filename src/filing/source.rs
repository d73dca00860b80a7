//! What a pack is made from: a signed revision, verified first (signature, trust, chain,
//! stored risk) and refused when it does not verify, or the draft, marked not signed.

use crate::answer::Answers;
use crate::dossier::{Dossier, DossierError};
use crate::i18n::Lang;
use crate::questionnaire::Loaded;
use crate::record::{self, RecordError, VerifyOptions};

use super::{Pack, Signed};

/// Which state of the assessment to file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The latest signed revision, or the draft when nothing is signed yet.
    Auto,
    Latest,
    Revision(record::Pick),
    Draft,
}

#[derive(Debug, thiserror::Error)]
pub enum FilingError {
    #[error(transparent)]
    Dossier(#[from] DossierError),
    #[error(transparent)]
    Record(#[from] RecordError),
    /// The revision does not verify: each problem says what and where, in the language
    /// asked.
    #[error("revision {revision} of '{id}' does not verify: {}", problems.join("; "))]
    NotVerified {
        id: String,
        revision: u32,
        problems: Vec<String>,
    },
}

/// The answers and questionnaire a pack is built from.
pub struct FilingSource {
    pub id: String,
    pub title: String,
    pub answers: Answers,
    pub loaded: Loaded,
    pub signed: Option<Signed>,
    /// When the content was fixed: the signing time, or the draft's last save.
    pub date: chrono::DateTime<chrono::Utc>,
    /// The signed revision's file (name, bytes), which its PDF carries.
    pub record_file: Option<(String, Vec<u8>)>,
}

impl FilingSource {
    /// Reads what `which` names; a signed revision is verified against the dossier's
    /// trusted keys before it is used. `lang` words the verification's findings.
    pub fn read(
        dossier: &Dossier,
        id: &str,
        which: Which,
        lang: Lang,
    ) -> Result<FilingSource, FilingError> {
        let n = match which {
            Which::Draft => return Self::draft(dossier, id),
            Which::Revision(n) => Some(n),
            Which::Latest => None,
            Which::Auto => {
                let files = record::revision_files(&record::revisions_dir(dossier, id))?;
                if files.is_empty() {
                    return Self::draft(dossier, id);
                }
                None
            }
        };
        let rec = record::load_pick(dossier, id, n.as_ref())?;
        let revision = rec.body.revision;
        let opts = VerifyOptions {
            lang,
            ..VerifyOptions::default()
        };
        let report =
            record::verify_paths_with(dossier.root(), std::slice::from_ref(&rec.path), &opts)?;
        let sha256 = record::sha256_hex(&rec.bytes);
        let mine = report.records.iter().find(|r| r.revision == Some(revision));
        let passed = report.passed()
            && mine.is_some_and(|r| r.passed() && r.sha256.as_deref() == Some(sha256.as_str()));
        if !passed {
            let mut problems: Vec<String> = report.problems.clone();
            for r in &report.records {
                problems.extend(r.problems.iter().cloned());
            }
            return Err(FilingError::NotVerified {
                id: id.to_string(),
                revision,
                problems,
            });
        }
        let loaded = dossier.questionnaire_for(&rec.body.questionnaire)?;
        let b = &rec.body;
        Ok(FilingSource {
            id: b.assessment.clone(),
            title: b.title.clone(),
            answers: b.answers_map(),
            loaded,
            signed: Some(Signed {
                revision,
                sha256,
                signer: b.signer.name.clone(),
                signed_at: b.signer.at,
            }),
            date: b.signer.at,
            record_file: Some((
                rec.path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                rec.bytes.clone(),
            )),
        })
    }

    fn draft(dossier: &Dossier, id: &str) -> Result<FilingSource, FilingError> {
        let (draft, loaded) = dossier.load_draft(id)?;
        Ok(FilingSource {
            id: draft.id.clone(),
            title: draft.title.clone(),
            answers: draft.answers.clone(),
            signed: None,
            date: draft.meta.updated,
            record_file: None,
            loaded,
        })
    }

    /// The pack in `lang` as a PDF, carrying the signed revision.
    pub fn render_pdf(&self, lang: Lang) -> crate::report::Rendered {
        super::render_pdf(&self.pack(lang), self.date, self.record_file.as_ref())
    }

    /// The pack in `lang`.
    pub fn pack(&self, lang: Lang) -> Pack {
        super::build(
            &self.loaded.questionnaire,
            &self.answers,
            &self.id,
            &self.title,
            lang,
            self.signed.clone(),
        )
    }
}
