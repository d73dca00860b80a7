//! Where an assessment stands — draft → signed → in review → approved / approved with
//! conditions / rejected — when it is due for review again, and what the last review asks
//! of the assessor.

use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::model::{Opinion, ReviewComment, ReviewedSection, Verdict};
use super::store::{latest_revision, latest_revision_forked, load_draft};
use super::{ReviewError, read_review};
use crate::assessment::Draft;
use crate::dossier::Dossier;
use crate::i18n::Lang;
use crate::keys::Role;
use crate::questionnaire::Loaded;
use crate::record;
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Never signed.
    Draft,
    /// The latest revision awaits review (none yet, or it was signed after the last review).
    Signed,
    /// A review of the latest revision is in progress.
    InReview,
    Approved,
    ApprovedWithConditions,
    Rejected,
}

impl State {
    pub fn label(self) -> &'static str {
        match self {
            State::Draft => "draft",
            State::Signed => "signed",
            State::InReview => "in review",
            State::Approved => "approved",
            State::ApprovedWithConditions => "approved with conditions",
            State::Rejected => "rejected",
        }
    }

    /// The state in words, in `lang` (`label` is the English).
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            State::Draft => tr!(lang, "review-state-draft"),
            State::Signed => tr!(lang, "review-state-signed"),
            State::InReview => tr!(lang, "review-state-in-review"),
            State::Approved => tr!(lang, "review-state-approved"),
            State::ApprovedWithConditions => tr!(lang, "review-state-approved-with-conditions"),
            State::Rejected => tr!(lang, "review-state-rejected"),
        }
    }

    pub(crate) fn of(o: Opinion) -> State {
        match o {
            Opinion::Approve => State::Approved,
            Opinion::ApproveWithConditions => State::ApprovedWithConditions,
            Opinion::Reject => State::Rejected,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssessmentStatus {
    pub state: State,
    /// The latest signed revision.
    pub revision: Option<u32>,
    /// The latest signed review.
    pub review: Option<u32>,
    /// Signing the draft now would record something else than the latest revision
    /// (`record::unchanged_since`).
    pub changed_since_signing: bool,
    /// When the assessment is due for review again: from the latest approval.
    pub review_due: Option<NaiveDate>,
    /// `today` is after `review_due`.
    pub overdue: bool,
    /// Two or more latest revisions (people signed from the same one in two clones):
    /// `farol verify` names them and `farol resolve` ends the fork.
    pub forked: bool,
}

impl AssessmentStatus {
    /// The review-due date for a table: `2027-05-21`, `2027-05-21 OVERDUE` or `—`.
    pub fn due_label(&self) -> String {
        match self.review_due {
            Some(d) if self.overdue => format!("{d} OVERDUE"),
            Some(d) => d.to_string(),
            None => "—".into(),
        }
    }

    /// `due_label`, in `lang`.
    pub fn due_label_in(&self, lang: Lang) -> String {
        match self.review_due {
            Some(d) if self.overdue => tr!(lang, "review-due-overdue", date = d.to_string()),
            Some(d) => d.to_string(),
            None => "—".into(),
        }
    }
}

/// The status of assessment `id` on `today`.
pub fn status(
    dossier: &Dossier,
    id: &str,
    today: NaiveDate,
) -> Result<AssessmentStatus, ReviewError> {
    let loaded = if dossier.draft_path(id).is_file() || latest_revision(dossier, id)?.is_none() {
        Some(dossier.load_draft(id)?)
    } else {
        None
    };
    status_with(dossier, id, loaded.as_ref().map(|(d, l)| (d, l)), today)
}

/// The status, with the draft already loaded (None if it is missing or unreadable: then
/// `changed_since_signing` is false).
pub fn status_with(
    dossier: &Dossier,
    id: &str,
    draft: Option<(&Draft, &Loaded)>,
    today: NaiveDate,
) -> Result<AssessmentStatus, ReviewError> {
    let missing = record::missing_since_head(dossier.root(), id);
    if !missing.is_empty() {
        return Err(ReviewError::Incomplete {
            id: id.to_string(),
            dir: dossier.root().join("assessments").join(id),
            problems: crate::errors::Problems::found(missing, |l| {
                record::missing_since_head_in(dossier.root(), id, l)
            }),
        });
    }
    status_unchecked(dossier, id, draft, today)
}

/// [`status_with`], once nothing the newest head or an index names is found missing.
pub(crate) fn status_unchecked(
    dossier: &Dossier,
    id: &str,
    draft: Option<(&Draft, &Loaded)>,
    today: NaiveDate,
) -> Result<AssessmentStatus, ReviewError> {
    let mut s = AssessmentStatus {
        state: State::Draft,
        revision: None,
        review: None,
        changed_since_signing: false,
        review_due: None,
        overdue: false,
        forked: false,
    };
    let Some(((n, path, bytes), forked)) = latest_revision_forked(dossier, id)? else {
        return Ok(s);
    };
    s.revision = Some(n);
    s.state = State::Signed;
    s.forked = forked;
    let sha = record::sha256_hex(&bytes);
    if let Some((d, l)) = draft {
        let body = record::parse_body(&path.display().to_string(), &bytes)?;
        s.changed_since_signing = !record::unchanged_since(&body, d, l);
    }

    // Only reviews that verify count: a broken signature, an untrusted key or one of the
    // wrong role, or a self-review, approves nothing.
    let files = super::verified(dossier, id)?;
    s.review = files.last().map(|(k, _)| *k);
    let mut latest_judges_latest = None;
    for (i, (_, p)) in files.iter().rev().enumerate() {
        let r = read_review(p)?;
        if i == 0 && r.body.revision == n && r.body.revision_sha256 == sha {
            latest_judges_latest = Some(r.body.opinion);
        }
        if r.body.opinion.approves() {
            s.review_due = r.body.review_due;
            break;
        }
    }
    let in_review = matches!(
        load_draft(dossier, id),
        Ok(Some(d)) if d.revision == n && d.revision_sha256 == sha
    );
    if in_review {
        s.state = State::InReview;
    } else if let Some(o) = latest_judges_latest {
        s.state = State::of(o);
    }
    s.overdue = s.review_due.is_some_and(|due| today > due);
    Ok(s)
}

/// The latest review, as the assessor sees it when reopening the draft.
#[derive(Debug, Clone, Serialize)]
pub struct Feedback {
    /// The review's number and file.
    pub review: u32,
    pub path: PathBuf,
    pub reviewer: String,
    pub role: Role,
    pub at: DateTime<Utc>,
    /// The revision it judged.
    pub revision: u32,
    pub opinion: Opinion,
    pub conditions: String,
    pub comments: Vec<ReviewComment>,
    pub verdicts: Vec<ReviewedSection>,
    /// Section ids marked "to correct", in questionnaire order.
    pub to_correct: Vec<String>,
    pub review_due: Option<NaiveDate>,
    /// The latest signed revision.
    pub latest_revision: u32,
    /// A revision was signed after the one judged: the review has been answered.
    pub answered: bool,
}

impl Feedback {
    pub fn verdict(&self, section: &str) -> Option<Verdict> {
        self.verdicts
            .iter()
            .find(|v| v.section == section)
            .map(|v| v.verdict)
    }

    pub fn comment(&self, question: &str) -> Option<&str> {
        self.comments
            .iter()
            .find(|c| c.question == question)
            .map(|c| c.text.as_str())
    }
}

/// What the latest signed review says, if there is one.
pub fn feedback(dossier: &Dossier, id: &str) -> Result<Option<Feedback>, ReviewError> {
    let Some(r) = super::latest_verified(dossier, id)? else {
        return Ok(None);
    };
    let latest = record::revision_files(&record::revisions_dir(dossier, id))?
        .last()
        .map_or(0, |(n, _)| *n);
    let b = r.body;
    Ok(Some(Feedback {
        review: b.number,
        path: r.path,
        reviewer: b.signer.name.clone(),
        role: b.signer.role,
        at: b.signer.at,
        revision: b.revision,
        opinion: b.opinion,
        to_correct: b.to_correct().into_iter().map(String::from).collect(),
        conditions: b.conditions,
        comments: b.comments,
        verdicts: b.verdicts,
        review_due: b.review_due,
        latest_revision: latest,
        answered: latest > b.revision,
    }))
}
