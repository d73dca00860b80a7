//! A draft rebuilt from a signed revision.
//!
//! Drafts are per assessor: `draft.ron` stays on the computer it was written on (the
//! dossier's `.gitignore` keeps it out of git), while signed revisions are shared. A copy
//! of the dossier with revisions and no draft — a fresh clone, or a teammate's assessment
//! — rebuilds the draft from the latest revision when one is first needed, and writes it
//! only when the user changes it. A local draft that still holds exactly what it was
//! signed as gives way, in the same way, to a newer revision that arrived from someone
//! else; one with changes of its own is kept (it is that person's work).

use super::{Record, RecordBody, read_record, revision_files, revisions_dir, sha256_hex};
use crate::assessment::{Draft, SCHEMA, SignedRef};
use crate::dossier::Dossier;
use crate::questionnaire::Loaded;

/// The draft a signed revision was signed from, as far as the record keeps it: title,
/// metadata, questionnaire, the answers and notes of the questions asked, plan and
/// attachments, anchored to the revision (`sha256`: of its complete file). Signing it
/// again records the same body, apart from the time, number and chain.
pub fn draft_of(body: &RecordBody, sha256: &str) -> Draft {
    Draft {
        schema: SCHEMA,
        id: body.assessment.clone(),
        title: body.title.clone(),
        questionnaire: body.questionnaire.clone(),
        meta: body.meta.clone(),
        answers: body.answers_map(),
        notes: body
            .answers
            .iter()
            .filter_map(|a| Some((a.id.clone(), a.note.clone()?)))
            .collect(),
        plan: body.plan.clone(),
        attachments: body.attachments.clone(),
        position: None,
        signed: Some(SignedRef {
            revision: body.revision,
            sha256: sha256.to_string(),
        }),
    }
}

/// The latest signed revision of `id`, read, with the SHA-256 of its file (None: none).
pub fn latest(dossier: &Dossier, id: &str) -> Result<Option<(Record, String)>, super::RecordError> {
    let files = revision_files(&revisions_dir(dossier, id))?;
    let Some((tip, _)) = super::tips::latest(&files)? else {
        return Ok(None);
    };
    let r = read_record(&tip.path)?;
    let sha = sha256_hex(&r.bytes);
    Ok(Some((r, sha)))
}

/// The draft of `id` rebuilt from its latest signed revision (None: it has none).
pub fn rebuilt(dossier: &Dossier, id: &str) -> Result<Option<Draft>, super::RecordError> {
    Ok(latest(dossier, id)?.map(|(r, sha)| draft_of(&r.body, &sha)))
}

/// Whether an assessment directory holds a signed revision, reading the directory only
/// up to the first one.
pub fn has_revisions(assessment_dir: &std::path::Path) -> bool {
    std::fs::read_dir(assessment_dir.join("revisions")).is_ok_and(|rd| {
        rd.flatten()
            .any(|e| super::revision_number(&e.path()).is_some())
    })
}

/// If `draft` (local) still holds exactly the revision it names as signed, and a later
/// revision has arrived since, the draft rebuilt from that later one (keeping where the
/// assessor was). None: keep `draft` as it is. Reads records only when a later revision
/// exists.
pub fn newer_than(dossier: &Dossier, draft: &Draft, loaded: &Loaded) -> Option<Draft> {
    let anchor = draft.signed.as_ref()?;
    let dir = revisions_dir(dossier, &draft.id);
    // The common case, nothing newer, costs one directory listing and no record read.
    let newer = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .any(|e| super::revision_number(&e.path()).is_some_and(|n| n > anchor.revision));
    if !newer {
        return None;
    }
    let files = revision_files(&dir).ok()?;
    newer_in(dossier, draft, loaded, &files)
}

/// [`newer_than`], with the assessment's revision files already listed (signing lists
/// them anyway, and a directory of 10,000 revisions is worth listing once).
pub fn newer_in(
    dossier: &Dossier,
    draft: &Draft,
    loaded: &Loaded,
    files: &[(u32, std::path::PathBuf)],
) -> Option<Draft> {
    let anchor = draft.signed.as_ref()?;
    if !files.iter().any(|(n, _)| *n > anchor.revision) {
        return None;
    }
    let signed = files
        .iter()
        .filter(|(n, _)| *n == anchor.revision)
        .filter_map(|(_, p)| read_record(p).ok())
        .find(|r| sha256_hex(&r.bytes) == anchor.sha256)?;
    if !super::unchanged_since(&signed.body, draft, loaded) {
        return None;
    }
    let (r, sha) = latest(dossier, &draft.id).ok()??;
    Some(Draft {
        position: draft.position.clone(),
        ..draft_of(&r.body, &sha)
    })
}
