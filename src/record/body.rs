//! The body of a record: everything a reviewer needs to read the assessment as it was
//! signed, without Farol and without the questionnaire file — the questions are copied
//! with their citations, and every answer is given both as data and in words.

use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};

use super::RecordError;
use crate::answer::{Answer, Answers};
use crate::assessment::{Attachment, Draft, Meta, PlanItem, QuestionnaireUse};
use crate::keys::Role;
use crate::location::{self, Location};
use crate::questionnaire::{Loaded, Priority, Questionnaire, Visible};
use crate::questionnaire::{Procedure, TransferState, Verdict};
use crate::risk::{DutyState, Overall, Progress, Score};
use crate::scale::{RiskLevel, Scale};

/// The version of the record format. Raised when the format changes incompatibly.
pub const FORMAT: u32 = 1;

/// The language records were written in before a record named the language its texts
/// were shown in, and the language of a record whose questionnaire lacks the signer's.
pub const LANGUAGE: &str = "en";

/// The language a record of `q` is written in when its signer reads `lang`: `lang` if the
/// questionnaire has it (the texts were shown in it), else English.
pub fn record_language(q: &Questionnaire, lang: &str) -> String {
    if q.languages.iter().any(|l| l == lang) {
        lang.to_string()
    } else {
        LANGUAGE.to_string()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Record", deny_unknown_fields)]
pub struct RecordBody {
    pub format: u32,
    pub assessment: String,
    pub revision: u32,
    /// SHA-256 of the complete previous revision file; None for revision 1.
    pub previous: Option<String>,
    /// The signed review this revision answers: the latest review, when it judged the
    /// revision before this one. Absent from records signed before reviews existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responds_to: Option<ReviewRef>,
    /// The SHA-256 of every other tip of a fork this revision ends (`farol resolve`); it
    /// follows `previous` and keeps these as evidence. Absent when there was no fork.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<String>,
    pub title: String,
    pub meta: Meta,
    pub questionnaire: QuestionnaireUse,
    pub language: String,
    /// The questions that were asked and answered, in questionnaire order.
    pub answers: Vec<AnsweredQuestion>,
    pub plan: Vec<PlanItem>,
    pub attachments: Vec<Attachment>,
    pub risk: RiskRecord,
    pub signer: Signer,
}

/// A signed review named by a revision: its number and the SHA-256 of its complete file
/// (`assessments/<id>/reviews/NNNN.ron`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRef {
    pub number: u32,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnsweredQuestion {
    pub id: String,
    /// The section's title as asked.
    pub section: String,
    /// The question's text as asked.
    pub prompt: String,
    pub answer: Answer,
    /// The answer in words.
    pub answer_text: String,
    pub cite: Vec<String>,
    /// The assessor's note on this answer, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    pub name: String,
    pub role: Role,
    /// `farol:` and the first 16 hex digits of the fingerprint.
    pub key: String,
    /// SHA-256 of the signer's 32-byte public key.
    pub fingerprint: String,
    /// When it was signed, UTC.
    pub at: DateTime<Utc>,
}

impl Signer {
    /// The owner of `key`, signing at `at` (to the second, as records keep it).
    pub fn of(key: &crate::keys::LoadedKey, at: DateTime<Utc>) -> Self {
        Signer {
            name: key.info.name.clone(),
            role: key.info.role,
            key: key.info.id.clone(),
            fingerprint: key.info.fingerprint.clone(),
            at: at.trunc_subsecs(0),
        }
    }
}

/// The risk figures as computed when signing: what verification recomputes and compares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Risk", deny_unknown_fields)]
pub struct RiskRecord {
    pub overall: Overall,
    pub categories: Vec<CategoryFigures>,
    pub not_processed: Vec<String>,
    pub obligations: Vec<ObligationRecord>,
    pub actions: Vec<ActionRecord>,
    pub progress: Progress,
    /// The screening verdict, for questionnaires that define one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub screening: Option<Verdict>,
    /// Each data flow's row and the state of its legal basis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub transfers: Vec<TransferRecord>,
    /// The notify-or-authorise decision for each purpose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<DecisionRecord>,
    /// The items of a notification (Art 23) the answers do not fill yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notification_missing: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Transfer", deny_unknown_fields)]
pub struct TransferRecord {
    pub row: usize,
    pub state: TransferState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Decision", deny_unknown_fields)]
pub struct DecisionRecord {
    pub purpose: String,
    pub procedure: Procedure,
    /// The ids of the reasons: `notify`, or the authorisation triggers that apply.
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Category", deny_unknown_fields)]
pub struct CategoryFigures {
    pub id: String,
    pub name: String,
    pub sensitive: bool,
    pub inherent: Figures,
    pub residual: Figures,
}

/// A place on the 4×4 matrix, with the exact figures in half-levels (2 = Negligible … 8).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figures {
    pub severity: Scale,
    pub likelihood: Scale,
    pub level: RiskLevel,
    pub halves: (i16, i16),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Obligation", deny_unknown_fields)]
pub struct ObligationRecord {
    pub id: String,
    pub title: String,
    pub cite: Vec<String>,
    pub met: bool,
    /// Set only where the duty is open in a particular way: awaiting the DSPDP, or
    /// believed not to apply. Absent for met and plainly open duties (and in records
    /// made before these states existed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<DutyState>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Action", deny_unknown_fields)]
pub struct ActionRecord {
    pub id: String,
    pub title: String,
    pub priority: Priority,
}

impl RiskRecord {
    pub fn of(s: &Score) -> Self {
        let figures = |p: &crate::risk::Position| Figures {
            severity: p.severity.level,
            likelihood: p.likelihood.level,
            level: p.level,
            halves: (p.severity.halves, p.likelihood.halves),
        };
        RiskRecord {
            overall: s.overall.clone(),
            categories: s
                .categories
                .iter()
                .map(|c| CategoryFigures {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    sensitive: c.sensitive,
                    inherent: figures(&c.inherent),
                    residual: figures(&c.residual),
                })
                .collect(),
            not_processed: s.not_processed.clone(),
            obligations: s
                .obligations
                .iter()
                .map(|o| ObligationRecord {
                    id: o.id.clone(),
                    title: o.title.clone(),
                    cite: o.cite.clone(),
                    met: o.met,
                    state: matches!(o.state, DutyState::Awaiting | DutyState::Believed)
                        .then_some(o.state),
                })
                .collect(),
            actions: s
                .actions
                .iter()
                .map(|a| ActionRecord {
                    id: a.id.clone(),
                    title: a.title.clone(),
                    priority: a.priority,
                })
                .collect(),
            progress: s.progress.clone(),
            screening: s.screening.as_ref().map(|x| x.verdict),
            transfers: s
                .transfers
                .iter()
                .map(|t| TransferRecord {
                    row: t.row,
                    state: t.state,
                })
                .collect(),
            decisions: s
                .decisions
                .iter()
                .map(|d| DecisionRecord {
                    purpose: d.purpose.clone(),
                    procedure: d.procedure,
                    reasons: d.reasons.iter().map(|r| r.id.clone()).collect(),
                })
                .collect(),
            notification_missing: s
                .notification
                .iter()
                .filter(|i| !i.complete)
                .map(|i| i.id.clone())
                .collect(),
        }
    }
}

impl RecordBody {
    /// The answers as the risk model takes them.
    pub fn answers_map(&self) -> Answers {
        self.answers
            .iter()
            .map(|a| (a.id.clone(), a.answer.clone()))
            .collect()
    }

    /// The answer to a question, if it was recorded.
    pub fn answer(&self, id: &str) -> Option<&AnsweredQuestion> {
        self.answers.iter().find(|a| a.id == id)
    }
}

/// The answers of the questions shown, with the question texts as asked in `lang`.
pub fn answered(q: &Questionnaire, draft: &Draft, lang: &str) -> Vec<AnsweredQuestion> {
    let vis = Visible::new(q, &draft.answers);
    let mut out = Vec::new();
    for section in &q.sections {
        for qu in &section.questions {
            let Some(a) = vis.answer(&qu.id) else {
                continue;
            };
            out.push(AnsweredQuestion {
                id: qu.id.clone(),
                section: section.title.get(lang).to_string(),
                prompt: qu.prompt.get(lang).to_string(),
                answer: a.clone(),
                answer_text: a.in_full(qu, q, lang),
                cite: q.cites(&qu.cite, lang),
                note: draft.notes.get(&qu.id).cloned(),
            });
        }
    }
    out
}

/// The body of revision `revision` of a draft (everything but the signature).
pub fn build_body(
    draft: &Draft,
    loaded: &Loaded,
    revision: u32,
    previous: Option<String>,
    signer: Signer,
    lang: &str,
) -> RecordBody {
    let q = &loaded.questionnaire;
    let language = record_language(q, lang);
    let answers = answered(q, draft, &language);
    let map: Answers = answers
        .iter()
        .map(|a| (a.id.clone(), a.answer.clone()))
        .collect();
    let score = crate::risk::score(q, &map, &language);
    RecordBody {
        format: FORMAT,
        assessment: draft.id.clone(),
        revision,
        previous,
        responds_to: None,
        merges: vec![],
        title: draft.title.clone(),
        meta: draft.meta.clone(),
        questionnaire: QuestionnaireUse::of(loaded),
        language,
        answers,
        plan: draft.plan.clone(),
        attachments: draft.attachments.clone(),
        risk: RiskRecord::of(&score),
        signer: Signer {
            at: signer.at.trunc_subsecs(0),
            ..signer
        },
    }
}

/// The body as written to the file: pretty RON, ending with a newline. Below the third
/// level (an answer's citations, a category's figures) items are written on one line: as
/// readable, and a fifth smaller and faster to verify than one value per line.
pub fn serialize_body(body: &RecordBody) -> String {
    let cfg = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .depth_limit(3)
        .indentor("    ".to_string());
    let mut s = ron::ser::to_string_pretty(body, cfg).expect("a record body always serialises");
    s.push('\n');
    s
}

/// Parses record text (the body, or the whole file: the trailer is RON comments).
pub fn parse_body(file: &str, bytes: &[u8]) -> Result<RecordBody, RecordError> {
    parse_body_as(file, bytes)
}

/// [`parse_body`] into another reading of a record (verification reads fewer fields).
pub(crate) fn parse_body_as<T: serde::de::DeserializeOwned>(
    file: &str,
    bytes: &[u8],
) -> Result<T, RecordError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        RecordError::Parse {
            at: Location::at_offset(file, valid, valid.len()),
            message: "this is not UTF-8 text".into(),
            hint: "the file was damaged or is not a Farol record; restore it from a backup".into(),
        }
    })?;
    if !text.trim_start().starts_with("Record(") && !text.contains("\nRecord(") {
        return Err(RecordError::Parse {
            at: Location::new(file, 1, 1),
            message: "this is not a Farol record (it does not start with `Record(`)".into(),
            hint: "give a signed revision file, …/assessments/ID/revisions/NNNN.ron".into(),
        });
    }
    if let Some(found) = format_of(text)
        && found > FORMAT
    {
        return Err(RecordError::Parse {
            at: Location::at_offset(file, text, text.find("format:").unwrap_or(0)),
            message: format!(
                "this record was written by a newer Farol (format {found}; this one reads up to {FORMAT})"
            ),
            hint: "verify it with a newer Farol".into(),
        });
    }
    ron::from_str::<T>(text).map_err(|e| RecordError::Parse {
        at: Location::from_ron(file, &e),
        message: e.code.to_string(),
        hint: match e.code {
            ron::Error::Eof => location::ron_hint(&e.code),
            _ => "the record was changed or damaged after it was signed (a signed record is never edited); restore it from a backup".into(),
        },
    })
}

fn format_of(source: &str) -> Option<u32> {
    let i = source.find("format:")?;
    let rest = source[i + 7..].trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}
