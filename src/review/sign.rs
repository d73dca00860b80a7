//! Countersigning: the review in progress becomes the next signed review of the assessment,
//! after every check a reviewer would expect the tool to make for them.

use std::path::PathBuf;

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::Serialize;

use super::model::{FORMAT, Opinion, ReviewBody, ReviewComment, ReviewDraft, ReviewedSection};
use super::sheet::references;
use super::store::latest_revision;
use super::{ReviewError, draft_path, reviews_dir};
use crate::dossier::Dossier;
use crate::errors::Problems;
use crate::i18n::Lang;
use crate::keys::{self, LoadedKey, Role};
use crate::location::{self, Location};
use crate::record::{self, RecordBody, RecordError, RecordKind, Signer};

/// An approval is due for review again this many months after it is signed, unless the
/// reviewer sets another date.
pub const DEFAULT_DUE_MONTHS: u32 = 6;

/// The default review-due date of an approval signed on `signed`.
pub fn default_due(signed: NaiveDate) -> NaiveDate {
    signed
        .checked_add_months(Months::new(DEFAULT_DUE_MONTHS))
        .unwrap_or(NaiveDate::MAX)
}

/// What countersigning produced.
#[derive(Debug, Clone, Serialize)]
pub struct SignedReview {
    pub path: PathBuf,
    pub assessment: String,
    pub number: u32,
    /// The revision judged.
    pub revision: u32,
    /// SHA-256 of the complete review file.
    pub sha256: String,
    pub opinion: Opinion,
    pub review_due: Option<NaiveDate>,
    pub key: String,
    /// Whether the dossier trusts the key in its role; if not, `farol verify` fails until
    /// the key is added with `farol keys trust`.
    pub signer_trusted: bool,
}

/// A review that passed every check, ready to be signed.
struct Prepared {
    record: RecordBody,
    comments: Vec<ReviewComment>,
    verdicts: Vec<ReviewedSection>,
    opinion: Opinion,
    review_due: Option<NaiveDate>,
}

/// Whether `draft` could be countersigned on `today`: the first problem, or Ok.
pub fn check(dossier: &Dossier, draft: &ReviewDraft, today: NaiveDate) -> Result<(), ReviewError> {
    prepare(dossier, draft, today).map(|_| ())
}

fn prepare(
    dossier: &Dossier,
    draft: &ReviewDraft,
    today: NaiveDate,
) -> Result<Prepared, ReviewError> {
    let id = draft.assessment.as_str();
    let Some((n, path, bytes)) = latest_revision(dossier, id)? else {
        return Err(ReviewError::NotSigned { id: id.into() });
    };
    let outdated = |reason: String| ReviewError::Outdated {
        id: id.into(),
        judged: draft.revision,
        latest: n,
        reason,
    };
    if n > draft.revision {
        return Err(outdated(format!("revision {n} has been signed since")));
    }
    if n < draft.revision {
        return Err(outdated(format!(
            "revision {} is no longer in the dossier (the latest is {n})",
            draft.revision
        )));
    }
    if record::sha256_hex(&bytes) != draft.revision_sha256 {
        return Err(outdated(format!(
            "revisions/{} is no longer the file that was reviewed (its SHA-256 differs): it was replaced or changed",
            record::shown_name(&path)
        )));
    }
    let dir = record::revisions_dir(dossier, id);
    let files = record::revision_files(&dir)?;
    let problems = record::chain_problems(&files, RecordKind::Revision, Lang::En);
    if !problems.is_empty() {
        return Err(ReviewError::BrokenRevisions {
            id: id.into(),
            dir,
            problems: Problems::found(problems, |l| {
                record::chain_problems(&files, RecordKind::Revision, l)
            }),
        });
    }
    let body = record::parse_body(&path.display().to_string(), &bytes)?;
    let loaded = dossier.questionnaire_for(&body.questionnaire)?;
    let q = &loaded.questionnaire;
    references(draft, &body, q)?;

    let Some(opinion) = draft.opinion else {
        return Err(ReviewError::NoOpinion { id: id.into() });
    };
    let conditions = draft.conditions.trim();
    if opinion == Opinion::ApproveWithConditions && conditions.is_empty() {
        return Err(ReviewError::NoConditions { id: id.into() });
    }
    if opinion.approves() && !draft.attestations.all() {
        return Err(ReviewError::NotAttested {
            id: id.into(),
            missing: draft.attestations.missing().join("; "),
        });
    }
    // An approval judges every section the revision answers, and leaves none to correct.
    let to_correct = draft.to_correct();
    if opinion.approves() && !to_correct.is_empty() {
        return Err(ReviewError::ToCorrectApproved {
            id: id.into(),
            sections: quoted(&to_correct),
        });
    }
    if opinion.approves() {
        let unjudged: Vec<&str> = q
            .sections
            .iter()
            .filter(|s| s.questions.iter().any(|qu| body.answer(&qu.id).is_some()))
            .filter(|s| !draft.verdicts.contains_key(&s.id))
            .map(|s| s.id.as_str())
            .collect();
        if !unjudged.is_empty() {
            return Err(ReviewError::NotJudged {
                id: id.into(),
                sections: quoted(&unjudged),
            });
        }
    }

    let mut comments = Vec::new();
    let mut verdicts = Vec::new();
    for s in &q.sections {
        if let Some(v) = draft.verdicts.get(&s.id) {
            verdicts.push(ReviewedSection {
                section: s.id.clone(),
                section_title: s.title.get(record::LANGUAGE).to_string(),
                verdict: v.verdict,
                note: v.note.trim().to_string(),
            });
        }
        for qu in &s.questions {
            let Some(text) = draft.comments.get(&qu.id).filter(|t| !t.trim().is_empty()) else {
                continue;
            };
            let prompt = body
                .answer(&qu.id)
                .map(|a| a.prompt.clone())
                .unwrap_or_else(|| qu.prompt.get(record::LANGUAGE).to_string());
            comments.push(ReviewComment {
                question: qu.id.clone(),
                section: s.id.clone(),
                prompt,
                text: text.trim().to_string(),
            });
        }
    }
    if opinion == Opinion::Reject
        && conditions.is_empty()
        && comments.is_empty()
        && verdicts
            .iter()
            .all(|v| v.verdict == super::Verdict::Acceptable)
    {
        return Err(ReviewError::NoReason { id: id.into() });
    }
    let review_due = if opinion.approves() {
        let due = draft.review_due.unwrap_or_else(|| default_due(today));
        if due <= today {
            return Err(ReviewError::DueTooEarly { due, today });
        }
        Some(due)
    } else {
        None
    };
    Ok(Prepared {
        record: body,
        comments,
        verdicts,
        opinion,
        review_due,
    })
}

/// Countersigns the review: writes the next signed review of the assessment (once, never
/// overwritten) and removes the review in progress.
pub fn countersign(
    dossier: &Dossier,
    draft: &ReviewDraft,
    key: &LoadedKey,
    now: DateTime<Utc>,
) -> Result<SignedReview, ReviewError> {
    if key.info.role == Role::Assessor {
        return Err(ReviewError::AssessorKey {
            key: key.info.id.clone(),
            name: key.info.name.clone(),
        });
    }
    let id = draft.assessment.as_str();
    let p = prepare(dossier, draft, now.date_naive())?;
    check_duties(dossier, &p.record, key)?;

    record::check_before_signing(dossier, id)?;
    let dir = reviews_dir(dossier, id);
    let files = record::revision_files(&dir)?;
    let problems = record::chain_problems(&files, RecordKind::Review, Lang::En);
    if !problems.is_empty() {
        return Err(ReviewError::BrokenChain {
            id: id.into(),
            dir,
            problems: Problems::found(problems, |l| {
                record::chain_problems(&files, RecordKind::Review, l)
            }),
        });
    }
    // Reviews countersigned at once in two clones fork; the next review follows the
    // latest and merges the others (both judgments stand).
    let mut tips = record::tips(&files)?;
    let (number, previous) = match tips.first() {
        None => (1, None),
        Some(t) => (t.number + 1, Some(t.sha256.clone())),
    };
    let merges = tips.drain(..).skip(1).map(|t| t.sha256).collect();
    let body = ReviewBody {
        format: FORMAT,
        assessment: id.to_string(),
        number,
        previous,
        merges,
        revision: draft.revision,
        revision_sha256: draft.revision_sha256.clone(),
        title: p.record.title.clone(),
        comments: p.comments,
        verdicts: p.verdicts,
        opinion: p.opinion,
        conditions: draft.conditions.trim().to_string(),
        attestations: draft.attestations,
        review_due: p.review_due,
        signer: Signer::of(key, now),
    };
    let bytes = record::seal(&serialize_review(&body), key);
    crate::share::ensure_gitignore_quietly(dossier.root());
    let path = record::write_signed(&dir, number, &bytes).map_err(|e| match e {
        RecordError::Exists { path } => ReviewError::Exists { path },
        e => e.into(),
    })?;
    record::record_head_for(
        dossier,
        id,
        key,
        now,
        record::Signed::Review {
            revision: body.revision,
            opinion: body.opinion,
            review_due: body.review_due,
        },
    )?;
    // The saved review in progress is removed only if it is this one.
    let in_progress = draft_path(dossier, id);
    let same = matches!(
        super::store::load_draft(dossier, id),
        Ok(Some(d)) if d.revision == draft.revision && d.revision_sha256 == draft.revision_sha256
    );
    if same
        && let Err(source) = std::fs::remove_file(&in_progress)
        && source.kind() != std::io::ErrorKind::NotFound
    {
        return Err(ReviewError::Io {
            action: "signed the review, but cannot remove",
            path: in_progress,
            source,
            hint: "remove the file by hand: the signed review is complete",
        });
    }
    let signer_trusted = keys::trusted(dossier.root())
        .map(|(t, _)| {
            t.iter()
                .any(|t| t.fingerprint == key.info.fingerprint && t.role == key.info.role)
        })
        .unwrap_or(false);
    Ok(SignedReview {
        path,
        assessment: id.to_string(),
        number,
        revision: draft.revision,
        sha256: record::sha256_hex(&bytes),
        opinion: p.opinion,
        review_due: p.review_due,
        key: key.info.id.clone(),
        signer_trusted,
    })
}

/// Duties separated: the key that signed a revision does not countersign a review of it,
/// unless the dossier's policy says one person may do both.
pub fn check_duties(
    dossier: &Dossier,
    revision: &crate::record::RecordBody,
    key: &LoadedKey,
) -> Result<(), ReviewError> {
    if revision.signer.fingerprint == key.info.fingerprint
        && !crate::policy::load(dossier.root())?.allow_self_review
    {
        return Err(ReviewError::SelfReview {
            id: revision.assessment.clone(),
            revision: revision.revision,
            name: revision.signer.name.clone(),
            key: key.info.id.clone(),
        });
    }
    Ok(())
}

fn quoted(items: &[&str]) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("'{s}'")).collect();
    match q.as_slice() {
        [one] => format!("section {one}"),
        _ => format!("sections {}", q.join(", ")),
    }
}

/// The review as written to the file: pretty RON, ending with a newline.
pub fn serialize_review(body: &ReviewBody) -> String {
    let cfg = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .depth_limit(3)
        .indentor("    ".to_string());
    let mut s = ron::ser::to_string_pretty(body, cfg).expect("a review always serialises");
    s.push('\n');
    s
}

/// Parses review text (the body, or the whole file: the trailer is RON comments).
pub fn parse_review(file: &str, bytes: &[u8]) -> Result<ReviewBody, ReviewError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
        ReviewError::Parse {
            at: Location::at_offset(file, valid, valid.len()),
            message: "this is not UTF-8 text".into(),
            hint: "the file was damaged or is not a Farol review; restore it from a backup".into(),
        }
    })?;
    if !text.trim_start().starts_with("Review(") && !text.contains("\nReview(") {
        return Err(ReviewError::Parse {
            at: Location::new(file, 1, 1),
            message: "this is not a Farol review (it does not start with `Review(`)".into(),
            hint: "give a signed review file, …/assessments/ID/reviews/NNNN.ron".into(),
        });
    }
    if let Some(found) = super::store::number_after(text, "format:")
        && found > FORMAT
    {
        return Err(ReviewError::Parse {
            at: Location::at_offset(file, text, text.find("format:").unwrap_or(0)),
            message: format!(
                "this review was written by a newer Farol (format {found}; this one reads up to {FORMAT})"
            ),
            hint: "read it with a newer Farol".into(),
        });
    }
    ron::from_str::<ReviewBody>(text).map_err(|e| ReviewError::Parse {
        at: Location::from_ron(file, &e),
        message: e.code.to_string(),
        hint: match e.code {
            ron::Error::Eof => location::ron_hint(&e.code),
            _ => "the review was changed or damaged after it was signed (a signed review is never edited); restore it from a backup".into(),
        },
    })
}
