//! The review sheet: what a reviewer reads — every answer of the revision under review,
//! grouped by section, with the question as asked, its help and its citation — and the
//! check that a review names only questions and sections that exist.

use serde::Serialize;

use super::ReviewError;
use super::model::ReviewDraft;
use crate::assessment::{Meta, PlanItem};
use crate::dossier::Dossier;
use crate::questionnaire::Level;
use crate::questionnaire::Questionnaire;
use crate::record::{self, RecordBody, RiskRecord, Signer};

/// One revision laid out for review. Built by [`sheet`]; the review's own comments and
/// verdicts stay in the [`ReviewDraft`], looked up by question and section id.
#[derive(Debug, Clone, Serialize)]
pub struct Sheet {
    pub assessment: String,
    pub title: String,
    pub revision: u32,
    pub revision_sha256: String,
    /// Who signed the revision.
    pub signer: Signer,
    pub meta: Meta,
    pub questionnaire: String,
    pub risk: RiskRecord,
    /// Sections with at least one answer, in questionnaire order.
    pub sections: Vec<SheetSection>,
    pub plan: Vec<PlanItem>,
    /// The review this revision answers, if the assessor signed it in reply to one.
    pub responds_to: Option<u32>,
    /// The duties the assessor believes do not apply: each stays open, and the reviewer
    /// must see the reason given and what a lawyer should confirm.
    pub beliefs: Vec<SheetBelief>,
}

/// A duty the assessor believes does not apply, as the revision's answers establish it.
#[derive(Debug, Clone, Serialize)]
pub struct SheetBelief {
    /// The duty's id and title.
    pub id: String,
    pub title: String,
    /// What is believed, in words ("Believed to need no authorisation"); may be empty.
    pub says: String,
    /// The assessor's reason, as answered; empty when none was given.
    pub reason: String,
    /// What a lawyer should confirm before the belief is relied on.
    pub confirm: String,
    /// The duty's citations, each with its level in its label.
    pub cite: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SheetSection {
    pub id: String,
    pub title: String,
    pub questions: Vec<SheetQuestion>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SheetQuestion {
    pub id: String,
    /// The question as asked.
    pub prompt: String,
    /// The answer in words.
    pub answer: String,
    /// Why the question matters, from the questionnaire.
    pub help: String,
    pub cite: Vec<String>,
    /// The assessor's note (on a later revision, often the reply to a review comment).
    pub note: Option<String>,
}

impl Sheet {
    /// The citation levels below "verified" that the sheet's citations show.
    pub fn cite_levels(&self) -> Vec<Level> {
        let labels = self
            .sections
            .iter()
            .flat_map(|s| s.questions.iter().flat_map(|q| &q.cite))
            .chain(self.beliefs.iter().flat_map(|b| &b.cite))
            .chain(self.risk.obligations.iter().flat_map(|o| &o.cite));
        let mut out = Vec::new();
        for l in labels {
            let level = level_of(l);
            if level != Level::Verified && !out.contains(&level) {
                out.push(level);
            }
        }
        // The least verified first.
        out.sort_by(|a, b| b.cmp(a));
        out
    }

    pub fn section(&self, id: &str) -> Option<&SheetSection> {
        self.sections.iter().find(|s| s.id == id)
    }

    pub fn question(&self, id: &str) -> Option<(&SheetSection, &SheetQuestion)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
            .find(|(_, q)| q.id == id)
    }
}

/// The level a citation's label ends with, in whatever language it was made.
pub fn level_of(label: &str) -> Level {
    crate::questionnaire::split_level(label).1
}

/// The sheet of the revision a review judges; help texts in `lang` (English if missing).
pub fn sheet(dossier: &Dossier, draft: &ReviewDraft, lang: &str) -> Result<Sheet, ReviewError> {
    let rec = record::load_revision(dossier, &draft.assessment, Some(draft.revision))?;
    let loaded = dossier.questionnaire_for(&rec.body.questionnaire)?;
    let q = &loaded.questionnaire;
    let body = rec.body;
    let mut sections: Vec<SheetSection> = Vec::new();
    for s in &q.sections {
        let questions: Vec<SheetQuestion> = s
            .questions
            .iter()
            .filter_map(|qu| {
                let a = body.answer(&qu.id)?;
                Some(SheetQuestion {
                    id: qu.id.clone(),
                    prompt: a.prompt.clone(),
                    // Spelled out again from the answer, so that a table reads row by
                    // row even in a record that gave only its size.
                    answer: a.answer.in_full(qu, q, record::LANGUAGE),
                    help: qu.help.get(lang).to_string(),
                    cite: a.cite.clone(),
                    note: a.note.clone(),
                })
            })
            .collect();
        if !questions.is_empty() {
            let title = body
                .answer(&questions[0].id)
                .map(|a| a.section.clone())
                .unwrap_or_else(|| s.title.get(record::LANGUAGE).to_string());
            sections.push(SheetSection {
                id: s.id.clone(),
                title,
                questions,
            });
        }
    }
    // The beliefs, from the revision's answers as the risk model reads them: the record
    // keeps each duty's state, not the reason and what to confirm.
    let beliefs = crate::risk::score(q, &body.answers_map(), &body.language)
        .obligations
        .into_iter()
        .filter_map(|o| {
            let b = o.belief?;
            Some(SheetBelief {
                id: o.id,
                title: o.title,
                says: b.says,
                reason: b.reason,
                confirm: b.confirm,
                cite: o.cite,
            })
        })
        .collect();
    Ok(Sheet {
        beliefs,
        assessment: body.assessment,
        title: body.title,
        revision: body.revision,
        revision_sha256: draft.revision_sha256.clone(),
        signer: body.signer,
        meta: body.meta,
        questionnaire: format!("{} {}", q.id, q.version),
        risk: body.risk,
        sections,
        plan: body.plan,
        responds_to: body.responds_to.map(|r| r.number),
    })
}

/// Checks that every comment names a question, and every verdict a section, of the
/// questionnaire the revision under review answers.
pub fn check_references(dossier: &Dossier, draft: &ReviewDraft) -> Result<(), ReviewError> {
    let rec = record::load_revision(dossier, &draft.assessment, Some(draft.revision))?;
    let loaded = dossier.questionnaire_for(&rec.body.questionnaire)?;
    references(draft, &rec.body, &loaded.questionnaire)
}

pub(crate) fn references(
    draft: &ReviewDraft,
    body: &RecordBody,
    q: &Questionnaire,
) -> Result<(), ReviewError> {
    let name = format!("{} {}", q.id, q.version);
    for question in draft.comments.keys() {
        if q.question(question).is_none() {
            let near: Vec<&str> = body
                .answers
                .iter()
                .map(|a| a.id.as_str())
                .filter(|id| {
                    let stem = question.split('.').next().unwrap_or(question);
                    id.contains(question.as_str()) || id.starts_with(&format!("{stem}."))
                })
                .take(8)
                .collect();
            let hint = if near.is_empty() {
                "question ids look like sec.mfa; `farol review ID` lists every question with its id"
                    .to_string()
            } else {
                format!("did you mean one of: {}?", near.join(", "))
            };
            return Err(ReviewError::UnknownQuestion {
                question: question.clone(),
                questionnaire: name,
                hint,
            });
        }
    }
    for section in draft.verdicts.keys() {
        if !q.sections.iter().any(|s| s.id == *section) {
            return Err(ReviewError::UnknownSection {
                section: section.clone(),
                questionnaire: name,
                known: q
                    .sections
                    .iter()
                    .map(|s| s.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
    }
    Ok(())
}
