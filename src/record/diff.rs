//! What changed between two revisions, for reviewers: answers (with the question and the
//! old and new answer in words), risk levels per category, the action plan, the metadata.

use serde::Serialize;

use super::body::{AnsweredQuestion, RecordBody};
use crate::assessment::PlanItem;
use crate::dossier::Dossier;
use crate::scale::RiskLevel;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Removed,
    Changed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerChange {
    pub id: String,
    pub prompt: String,
    pub change: Change,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RiskChange {
    pub category: String,
    pub name: String,
    pub inherent: (Option<RiskLevel>, Option<RiskLevel>),
    pub residual: (Option<RiskLevel>, Option<RiskLevel>),
    /// The answer or rule most likely behind the change, when known.
    pub because: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanChange {
    pub id: String,
    pub title: String,
    pub change: Change,
    /// For a changed item: "status: to do → done", …
    pub details: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    pub revision: u32,
    pub signer: String,
    #[serde(serialize_with = "crate::fsutil::stamp_as_rfc3339")]
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diff {
    pub assessment: String,
    pub from: Side,
    pub to: Side,
    /// Title, metadata and questionnaire changes, as "field: old → new".
    pub fields: Vec<String>,
    pub answers: Vec<AnswerChange>,
    pub overall: Option<(Option<RiskLevel>, Option<RiskLevel>)>,
    pub risk: Vec<RiskChange>,
    pub plan: Vec<PlanChange>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
            && self.answers.is_empty()
            && self.overall.is_none()
            && self.risk.is_empty()
            && self.plan.is_empty()
    }
}

fn side(b: &RecordBody) -> Side {
    Side {
        revision: b.revision,
        signer: if b.signer.name.is_empty() {
            "(draft, not signed)".into()
        } else {
            format!("{} ({})", b.signer.name, b.signer.role)
        },
        at: b.signer.at.format("%Y-%m-%d %H:%M UTC").to_string(),
    }
}

fn words(a: &AnsweredQuestion, other: Option<&AnsweredQuestion>) -> String {
    // When the words are the same but the data differs ("2 rows"), show the data.
    let mut s = match other {
        Some(o) if o.answer_text == a.answer_text && o.answer != a.answer => {
            ron::to_string(&a.answer).unwrap_or_else(|_| a.answer_text.clone())
        }
        _ => a.answer_text.clone(),
    };
    if let Some(n) = &a.note
        && other.is_some_and(|o| o.note != a.note)
    {
        s.push_str(&format!(" (note: {n})"));
    }
    s
}

/// What changed from `a` to `b`.
pub fn diff(a: &RecordBody, b: &RecordBody) -> Diff {
    let mut fields = Vec::new();
    let mut field = |name: &str, x: &str, y: &str| {
        if x != y {
            fields.push(format!("{name}: {x} → {y}"));
        }
    };
    field("title", &a.title, &b.title);
    field("organisation", &a.meta.organisation, &b.meta.organisation);
    field("system", &a.meta.system, &b.meta.system);
    field("vendor", &a.meta.vendor, &b.meta.vendor);
    field("assessor", &a.meta.assessor, &b.meta.assessor);
    field(
        "questionnaire",
        &format!("{} {}", a.questionnaire.id, a.questionnaire.version),
        &format!("{} {}", b.questionnaire.id, b.questionnaire.version),
    );
    let (an, bn) = (a.attachments.len(), b.attachments.len());
    let names = |b: &RecordBody| {
        b.attachments
            .iter()
            .map(|x| x.name.clone())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if a.attachments != b.attachments {
        fields.push(format!(
            "attachments: {an} [{}] → {bn} [{}]",
            names(a),
            names(b)
        ));
    }

    let mut answers = Vec::new();
    for x in &a.answers {
        match b.answer(&x.id) {
            None => answers.push(AnswerChange {
                id: x.id.clone(),
                prompt: x.prompt.clone(),
                change: Change::Removed,
                old: Some(x.answer_text.clone()),
                new: None,
            }),
            Some(y) if y.answer != x.answer || y.note != x.note => answers.push(AnswerChange {
                id: x.id.clone(),
                prompt: y.prompt.clone(),
                change: Change::Changed,
                old: Some(words(x, Some(y))),
                new: Some(words(y, Some(x))),
            }),
            Some(_) => {}
        }
    }
    for y in &b.answers {
        if a.answer(&y.id).is_none() {
            answers.push(AnswerChange {
                id: y.id.clone(),
                prompt: y.prompt.clone(),
                change: Change::Added,
                old: None,
                new: Some(y.answer_text.clone()),
            });
        }
    }

    let mut ids: Vec<&str> = b.risk.categories.iter().map(|c| c.id.as_str()).collect();
    for c in &a.risk.categories {
        if !ids.contains(&c.id.as_str()) {
            ids.push(&c.id);
        }
    }
    let mut risk = Vec::new();
    for id in ids {
        let x = a.risk.categories.iter().find(|c| c.id == id);
        let y = b.risk.categories.iter().find(|c| c.id == id);
        let inherent = (x.map(|c| c.inherent.level), y.map(|c| c.inherent.level));
        let residual = (x.map(|c| c.residual.level), y.map(|c| c.residual.level));
        if inherent.0 != inherent.1 || residual.0 != residual.1 {
            risk.push(RiskChange {
                category: id.to_string(),
                name: y.or(x).map(|c| c.name.clone()).unwrap_or_default(),
                inherent,
                residual,
                because: String::new(),
            });
        }
    }
    let overall = (a.risk.overall.residual != b.risk.overall.residual)
        .then_some((a.risk.overall.residual, b.risk.overall.residual));

    Diff {
        assessment: b.assessment.clone(),
        from: side(a),
        to: side(b),
        fields,
        answers,
        overall,
        risk,
        plan: plan_changes(&a.plan, &b.plan),
    }
}

/// `diff`, with the reason behind each risk change, from the two scores recomputed with
/// the questionnaires kept in the dossier (left blank when a questionnaire is missing).
pub fn diff_explained(dossier: &Dossier, a: &RecordBody, b: &RecordBody) -> Diff {
    let mut d = diff(a, b);
    let score = |r: &RecordBody| {
        if !super::is_sha256_hex(&r.questionnaire.fingerprint) {
            return None;
        }
        dossier
            .questionnaire_for(&r.questionnaire)
            .ok()
            .map(|l| crate::risk::score(&l.questionnaire, &r.answers_map(), &r.language))
    };
    if let (Some(sa), Some(sb)) = (score(a), score(b)) {
        for c in crate::risk::changes(&sa, &sb) {
            if let Some(r) = d.risk.iter_mut().find(|r| r.category == c.category) {
                r.because = c.because;
            }
        }
    }
    d
}

fn plan_changes(a: &[PlanItem], b: &[PlanItem]) -> Vec<PlanChange> {
    let mut out = Vec::new();
    for x in a {
        match b.iter().find(|y| y.id == x.id) {
            None => out.push(PlanChange {
                id: x.id.clone(),
                title: x.title.clone(),
                change: Change::Removed,
                details: vec![],
            }),
            Some(y) if y != x => {
                let mut details = Vec::new();
                let mut f = |name: &str, p: String, q: String| {
                    if p != q {
                        details.push(format!("{name}: {p} → {q}"));
                    }
                };
                f("title", x.title.clone(), y.title.clone());
                f("status", x.status.label().into(), y.status.label().into());
                f("owner", x.owner.clone(), y.owner.clone());
                let due = |d: &Option<chrono::NaiveDate>| {
                    d.map_or("none".to_string(), |d| d.format("%Y-%m-%d").to_string())
                };
                f("due", due(&x.due), due(&y.due));
                f("detail", x.detail.clone(), y.detail.clone());
                out.push(PlanChange {
                    id: y.id.clone(),
                    title: y.title.clone(),
                    change: Change::Changed,
                    details,
                });
            }
            Some(_) => {}
        }
    }
    for y in b {
        if !a.iter().any(|x| x.id == y.id) {
            out.push(PlanChange {
                id: y.id.clone(),
                title: y.title.clone(),
                change: Change::Added,
                details: vec![],
            });
        }
    }
    out
}
