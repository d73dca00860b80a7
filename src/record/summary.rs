//! Signed summaries: what `farol list` and the home screen show for an assessment's signed
//! state, carried in its newest head (`Head::summary`), so that listing a dossier of
//! thousands of assessments reads one small signed file each instead of parsing a 50 kB
//! revision.
//!
//! The summary is signed with the head, and `farol verify` checks it against the revision
//! the head names (`verify::complete`), so a forged summary is caught. `content` is the
//! SHA-256 of exactly what `record::unchanged_since` compares, so whether the local draft
//! changed since signing is known from the draft alone.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::body::{AnsweredQuestion, RecordBody, answered};
use crate::assessment::{Attachment, Draft, Meta, PlanItem, QuestionnaireUse};
use crate::questionnaire::Loaded;
use crate::review::Opinion;
use crate::scale::RiskLevel;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Summary", deny_unknown_fields)]
pub struct HeadSummary {
    pub title: String,
    pub organisation: String,
    /// The revision the head names.
    pub revision: u32,
    /// When, and by whom, that revision was signed.
    pub signed_at: DateTime<Utc>,
    pub signed_by: String,
    /// The residual overall level.
    pub overall: Option<RiskLevel>,
    pub answered: usize,
    pub shown: usize,
    /// The language the revision's texts are in (what `content` was computed in).
    pub language: String,
    /// [`content_digest`] of the revision.
    pub content: String,
    /// The opinion of the newest review, when it judged this revision.
    pub opinion: Option<Opinion>,
    /// When the assessment is due for review again: from the newest approving review.
    pub review_due: Option<NaiveDate>,
}

#[derive(Serialize)]
struct Content<'a> {
    title: &'a str,
    meta: &'a Meta,
    questionnaire: &'a QuestionnaireUse,
    answers: &'a [AnsweredQuestion],
    plan: &'a [PlanItem],
    attachments: &'a [Attachment],
}

fn digest(c: &Content) -> String {
    let text = ron::to_string(c).expect("a record's content always serialises");
    super::sha256_hex(text.as_bytes())
}

/// The SHA-256 of what `unchanged_since` compares in a record: title, metadata apart from
/// the time of the last save, questionnaire, answers as asked, plan and attachments.
pub fn content_digest(body: &RecordBody) -> String {
    let meta = Meta {
        updated: DateTime::<Utc>::UNIX_EPOCH,
        ..body.meta.clone()
    };
    digest(&Content {
        title: &body.title,
        meta: &meta,
        questionnaire: &body.questionnaire,
        answers: &body.answers,
        plan: &body.plan,
        attachments: &body.attachments,
    })
}

/// [`content_digest`] of what signing `draft` now would record, with the questions as
/// asked in `language`: equal to a record's exactly when `unchanged_since` holds.
pub fn draft_content_digest(draft: &Draft, loaded: &Loaded, language: &str) -> String {
    let meta = Meta {
        updated: DateTime::<Utc>::UNIX_EPOCH,
        ..draft.meta.clone()
    };
    digest(&Content {
        title: &draft.title,
        meta: &meta,
        questionnaire: &QuestionnaireUse::of(loaded),
        answers: &answered(&loaded.questionnaire, draft, language),
        plan: &draft.plan,
        attachments: &draft.attachments,
    })
}

impl HeadSummary {
    /// The summary of a head naming the revision `body`, not yet reviewed; `review_due`
    /// stays as the previous approval set it.
    pub fn of_revision(body: &RecordBody, review_due: Option<NaiveDate>) -> Self {
        HeadSummary {
            title: body.title.clone(),
            organisation: body.meta.organisation.clone(),
            revision: body.revision,
            signed_at: body.signer.at,
            signed_by: body.signer.name.clone(),
            overall: body.risk.overall.residual,
            answered: body.risk.progress.answered,
            shown: body.risk.progress.shown,
            language: body.language.clone(),
            content: content_digest(body),
            opinion: None,
            review_due,
        }
    }

    /// This summary after a review of its revision with `opinion` (and, if it approves,
    /// the review-due date it sets).
    pub fn reviewed(self, opinion: Opinion, review_due: Option<NaiveDate>) -> Self {
        HeadSummary {
            opinion: Some(opinion),
            review_due: if opinion.approves() {
                review_due
            } else {
                self.review_due
            },
            ..self
        }
    }

    /// The fields that disagree with the revision `body` the head names (empty: none).
    /// The review fields are the reviews', not the revision's, and are not compared here.
    pub fn disagreements(&self, body: &RecordBody) -> Vec<&'static str> {
        let fresh = HeadSummary::of_revision(body, self.review_due);
        let mut out = Vec::new();
        let mut differs = |name, same: bool| {
            if !same {
                out.push(name);
            }
        };
        differs("title", self.title == fresh.title);
        differs("organisation", self.organisation == fresh.organisation);
        differs("revision", self.revision == fresh.revision);
        differs("signed_at", self.signed_at == fresh.signed_at);
        differs("signed_by", self.signed_by == fresh.signed_by);
        differs("overall", self.overall == fresh.overall);
        differs("answered", self.answered == fresh.answered);
        differs("shown", self.shown == fresh.shown);
        differs("language", self.language == fresh.language);
        differs("content", self.content == fresh.content);
        out
    }
}
