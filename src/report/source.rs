//! Which state of an assessment a report shows: a signed revision (the report to file,
//! with its signatures and record hash) or the draft (marked unsigned on every page).
//!
//! Asked for nothing in particular, Farol reports the latest revision when the draft has
//! not changed since it was signed — the same content, but as evidence — and the draft
//! otherwise.

use crate::assessment::Draft;
use crate::dossier::{Dossier, DossierError};
use crate::questionnaire::Loaded;
use crate::record::{self, Record, RecordError};

use super::ReportInput;

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Dossier(#[from] DossierError),
    #[error(transparent)]
    Record(#[from] RecordError),
    #[error(transparent)]
    Review(#[from] crate::review::ReviewError),
}

/// What to report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// The latest revision if the draft is unchanged since it, else the draft.
    Auto,
    Draft,
    Latest,
    Revision(record::Pick),
}

/// A report's content, with what it was made from.
pub struct Source {
    pub loaded: Loaded,
    pub draft: Draft,
    pub record: Option<Record>,
    /// The signed reviews of the record, latest first.
    pub reviews: Vec<super::Review>,
}

impl Source {
    /// Reads what `which` names for the assessment `id`.
    pub fn read(dossier: &Dossier, id: &str, which: Which) -> Result<Source, ReportError> {
        if which != Which::Auto {
            let (draft, loaded) = dossier.load_draft(id)?;
            return Source::for_draft(dossier, draft, loaded, which);
        }
        // Asked for nothing in particular, a report needs the draft and the latest
        // revision, each parsed from its file: the revision is read while the draft loads.
        let (draft, latest) = std::thread::scope(|s| {
            let latest = s.spawn(|| record::latest_record(dossier, id));
            let draft = dossier.load_draft(id);
            let latest = latest
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (draft, latest)
        });
        let (draft, loaded) = draft?;
        let record = latest?.filter(|r| record::unchanged_since(&r.body, &draft, &loaded));
        Source::with_record(dossier, draft, loaded, record)
    }

    /// As `read`, for a draft already in memory (the terminal UI's).
    pub fn for_draft(
        dossier: &Dossier,
        draft: Draft,
        loaded: Loaded,
        which: Which,
    ) -> Result<Source, ReportError> {
        let record = match which {
            Which::Draft => None,
            Which::Revision(n) => Some(record::load_pick(dossier, &draft.id, Some(&n))?),
            Which::Latest => Some(record::load_revision(dossier, &draft.id, None)?),
            Which::Auto => record::latest_if_unchanged(dossier, &draft, &loaded)?,
        };
        Source::with_record(dossier, draft, loaded, record)
    }

    /// The source of a report of `record` (None: of the draft).
    fn with_record(
        dossier: &Dossier,
        draft: Draft,
        loaded: Loaded,
        record: Option<Record>,
    ) -> Result<Source, ReportError> {
        let loaded = match &record {
            Some(r) if r.body.questionnaire.fingerprint != loaded.fingerprint => {
                dossier.questionnaire_for(&r.body.questionnaire)?
            }
            _ => loaded,
        };
        let reviews = match &record {
            Some(r) => {
                // Only reviews that verify (trusted key of the right role, …) are shown.
                let files = crate::review::verified(dossier, &r.body.assessment)?;
                let read: Vec<(String, Vec<u8>)> = files
                    .iter()
                    .filter_map(|(_, p)| Some((p.display().to_string(), std::fs::read(p).ok()?)))
                    .collect();
                super::reviews_of(r, read.iter().map(|(n, b)| (n.as_str(), b.as_slice())))
            }
            None => Vec::new(),
        };
        Ok(Source {
            loaded,
            draft,
            record,
            reviews,
        })
    }

    pub fn input(&self) -> ReportInput<'_> {
        match &self.record {
            Some(r) => ReportInput {
                reviews: self.reviews.clone(),
                ..ReportInput::from_record(r, &self.loaded)
            },
            None => ReportInput::from_draft(&self.draft, &self.loaded),
        }
    }

    /// The input of the report in `lang`.
    pub fn input_in(&self, lang: crate::i18n::Lang) -> ReportInput<'_> {
        self.input().in_lang(lang)
    }

    /// The revision reported, if a record is.
    pub fn revision(&self) -> Option<u32> {
        self.record.as_ref().map(|r| r.body.revision)
    }

    /// A file name for the report: `ID-r0003.pdf` for a revision, `ID-draft.pdf` otherwise.
    pub fn file_name(&self) -> String {
        self.file_name_in("")
    }

    /// A file name for the report in other languages than English: `ID-r0003.zh-Hant.pdf`,
    /// `ID-draft.pt.pdf`, `ID-r0003.zh-Hant-pt.pdf` for the bilingual one. `langs` is the
    /// tag part ("" for English).
    pub fn file_name_in(&self, langs: &str) -> String {
        file_name(&self.draft.id, self.revision(), langs)
    }
}

/// The name Farol gives a report of assessment `id` ([`Source::file_name_in`]).
pub(crate) fn file_name(id: &str, revision: Option<u32>, langs: &str) -> String {
    let dot = if langs.is_empty() { "" } else { "." };
    match revision {
        Some(n) => format!("{id}-r{n:04}{dot}{langs}.pdf"),
        None => format!("{id}-draft{dot}{langs}.pdf"),
    }
}
