//! A draft assessment: metadata, answers keyed by question id, the action plan,
//! attachments referenced by hash. Drafts are what the assessor edits; signing (later)
//! freezes one into an immutable record.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::answer::{Answer, Answers, Cell};
use crate::questionnaire::{AnswerKind, ColumnKind, Loaded, Question, Questionnaire};

/// The version of the draft file format. Raised when the format changes incompatibly.
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    pub schema: u32,
    pub id: String,
    pub title: String,
    pub questionnaire: QuestionnaireUse,
    pub meta: Meta,
    #[serde(default)]
    pub answers: Answers,
    /// The assessor's notes on an answer, keyed by question id.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    #[serde(default)]
    pub plan: Vec<PlanItem>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// The question the assessor was at, so that reopening resumes there.
    #[serde(default)]
    pub position: Option<String>,
    /// The latest revision signed from this draft. Verification checks that it is still
    /// the latest revision on disk, so that removing the newest revisions — which no
    /// later revision names — does not go unnoticed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed: Option<SignedRef>,
}

/// A pointer from a draft to the revision it was last signed as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedRef {
    pub revision: u32,
    /// SHA-256 of the complete revision file.
    pub sha256: String,
}

/// Which questionnaire a draft answers, pinned by the fingerprint of its exact bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireUse {
    pub id: String,
    pub version: String,
    pub fingerprint: String,
}

impl QuestionnaireUse {
    pub fn of(l: &Loaded) -> Self {
        QuestionnaireUse {
            id: l.questionnaire.id.clone(),
            version: l.questionnaire.version.clone(),
            fingerprint: l.fingerprint.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub system: String,
    #[serde(default)]
    pub vendor: String,
    #[serde(default)]
    pub assessor: String,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanItem {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub detail: String,
    #[serde(default)]
    pub owner: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    pub status: PlanStatus,
    /// The recommendation this item adopts, if it came from the model.
    #[serde(default)]
    pub from: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlanStatus {
    Todo,
    InProgress,
    Done,
    Dropped,
}

impl PlanStatus {
    pub fn label(self) -> &'static str {
        match self {
            PlanStatus::Todo => "to do",
            PlanStatus::InProgress => "in progress",
            PlanStatus::Done => "done",
            PlanStatus::Dropped => "dropped",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    pub name: String,
    pub sha256: String,
    pub bytes: u64,
    pub added: DateTime<Utc>,
}

/// What is wrong with one answer, against the questionnaire.
///
/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    UnknownQuestion(String, String),
    WrongKind {
        question: String,
        expected: String,
        got: String,
    },
    UnknownChoice {
        question: String,
        choice: String,
        allowed: String,
    },
    OneChoice {
        question: String,
    },
    OutOfRange {
        question: String,
        value: i64,
        range: String,
    },
    UnknownColumn {
        question: String,
        column: String,
        allowed: String,
    },
    BadCell {
        question: String,
        column: String,
        problem: String,
    },
    Unreadable {
        question: String,
        value: String,
        expected: String,
    },
}

impl AnswerError {
    /// The question the error is about, to locate it in a file.
    pub fn question(&self) -> &str {
        match self {
            AnswerError::UnknownQuestion(q, _)
            | AnswerError::WrongKind { question: q, .. }
            | AnswerError::UnknownChoice { question: q, .. }
            | AnswerError::OneChoice { question: q }
            | AnswerError::OutOfRange { question: q, .. }
            | AnswerError::UnknownColumn { question: q, .. }
            | AnswerError::BadCell { question: q, .. }
            | AnswerError::Unreadable { question: q, .. } => q,
        }
    }
}

fn kind_name(k: &AnswerKind) -> &'static str {
    match k {
        AnswerKind::YesNo => "Yes, No or Unsure",
        AnswerKind::Single(_) => "Choice(\"…\")",
        AnswerKind::Multi(_) | AnswerKind::Categories => "Choices([\"…\", …])",
        AnswerKind::Text { .. } => "Text(\"…\")",
        AnswerKind::Number { .. } => "Number(…)",
        AnswerKind::Date => "Date(\"YYYY-MM-DD\")",
        AnswerKind::Rows(_) => "Rows([…])",
    }
}

fn answer_name(a: &Answer) -> &'static str {
    match a {
        Answer::Yes => "Yes",
        Answer::No => "No",
        Answer::Unsure => "Unsure",
        Answer::Choice(_) => "a Choice",
        Answer::Choices(_) => "Choices",
        Answer::Text(_) => "Text",
        Answer::Number(_) => "a Number",
        Answer::Date(_) => "a Date",
        Answer::Rows(_) => "Rows",
    }
}

fn check_choices(question: &str, ids: &[&str], picked: &[&str]) -> Result<(), AnswerError> {
    for p in picked {
        if !ids.contains(p) {
            return Err(AnswerError::UnknownChoice {
                question: question.to_string(),
                choice: p.to_string(),
                allowed: ids.join(", "),
            });
        }
    }
    Ok(())
}

/// Checks that an answer fits its question.
pub fn check_answer(qn: &Questionnaire, q: &Question, a: &Answer) -> Result<(), AnswerError> {
    let wrong = || AnswerError::WrongKind {
        question: q.id.clone(),
        expected: kind_name(&q.kind).to_string(),
        got: answer_name(a).to_string(),
    };
    match (&q.kind, a) {
        (AnswerKind::YesNo, Answer::Yes | Answer::No | Answer::Unsure) => Ok(()),
        (AnswerKind::Single(_), Answer::Choice(c)) => {
            check_choices(&q.id, &q.kind.choice_ids(qn).unwrap_or_default(), &[c])
        }
        (AnswerKind::Multi(_) | AnswerKind::Categories, Answer::Choices(cs)) => {
            let picked: Vec<&str> = cs.iter().map(String::as_str).collect();
            check_choices(&q.id, &q.kind.choice_ids(qn).unwrap_or_default(), &picked)
        }
        (AnswerKind::Text { .. }, Answer::Text(_)) => Ok(()),
        (AnswerKind::Number { min, max, .. }, Answer::Number(n)) => {
            if min.is_some_and(|m| *n < m) || max.is_some_and(|m| *n > m) {
                let range = match (min, max) {
                    (Some(a), Some(b)) => format!("{a} to {b}"),
                    (Some(a), None) => format!("at least {a}"),
                    (None, Some(b)) => format!("at most {b}"),
                    _ => String::new(),
                };
                return Err(AnswerError::OutOfRange {
                    question: q.id.clone(),
                    value: *n,
                    range,
                });
            }
            Ok(())
        }
        (AnswerKind::Date, Answer::Date(_)) => Ok(()),
        (AnswerKind::Rows(cols), Answer::Rows(rows)) => {
            for row in rows {
                for (col_id, cell) in row {
                    let Some(col) = cols.iter().find(|c| &c.id == col_id) else {
                        return Err(AnswerError::UnknownColumn {
                            question: q.id.clone(),
                            column: col_id.clone(),
                            allowed: cols
                                .iter()
                                .map(|c| c.id.as_str())
                                .collect::<Vec<_>>()
                                .join(", "),
                        });
                    };
                    check_cell(qn, q, col_id, &col.kind, cell)?;
                }
            }
            Ok(())
        }
        _ => Err(wrong()),
    }
}

fn check_cell(
    qn: &Questionnaire,
    q: &Question,
    col: &str,
    kind: &ColumnKind,
    cell: &Cell,
) -> Result<(), AnswerError> {
    let bad = |problem: String| AnswerError::BadCell {
        question: q.id.clone(),
        column: col.to_string(),
        problem,
    };
    let ids = kind.choice_ids(qn).unwrap_or_default();
    match (kind, cell) {
        (ColumnKind::Text, Cell::Text(_)) => Ok(()),
        (ColumnKind::Date, Cell::Text(t)) => {
            if t.trim().is_empty() || NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").is_ok() {
                Ok(())
            } else {
                Err(bad(format!(
                    "'{t}' is not a date written YYYY-MM-DD, e.g. 2026-11-02"
                )))
            }
        }
        (ColumnKind::Date, _) => Err(bad("expects a date, Text(\"YYYY-MM-DD\")".into())),
        (ColumnKind::Single(_), Cell::Choice(c))
        | (ColumnKind::Multi(_) | ColumnKind::Categories, Cell::Choice(c)) => {
            if ids.contains(&c.as_str()) {
                Ok(())
            } else {
                Err(bad(format!(
                    "no choice '{c}'; choose from: {}",
                    ids.join(", ")
                )))
            }
        }
        (ColumnKind::Multi(_) | ColumnKind::Categories, Cell::Choices(cs)) => {
            match cs.iter().find(|c| !ids.contains(&c.as_str())) {
                None => Ok(()),
                Some(c) => Err(bad(format!(
                    "no choice '{c}'; choose from: {}",
                    ids.join(", ")
                ))),
            }
        }
        (ColumnKind::Text, _) => Err(bad("expects Text(\"…\")".into())),
        (ColumnKind::Single(_), _) => Err(bad("expects one Choice(\"…\")".into())),
        _ => Err(bad("expects Choices([\"…\"])".into())),
    }
}

/// Checks every answer of a set against the questionnaire.
pub fn check_answers(qn: &Questionnaire, answers: &Answers) -> Vec<AnswerError> {
    let mut out = Vec::new();
    for (id, a) in answers {
        match qn.question(id) {
            None => {
                let hint = suggest(qn, id);
                out.push(AnswerError::UnknownQuestion(id.clone(), hint));
            }
            Some(q) => {
                if let Err(e) = check_answer(qn, q, a) {
                    out.push(e);
                }
            }
        }
    }
    out
}

fn suggest(qn: &Questionnaire, id: &str) -> String {
    let close = qn.questions().map(|(_, q)| q.id.as_str()).find(|q| {
        q.ends_with(id) || id.ends_with(q) || q.replace('_', "-") == id.replace('_', "-")
    });
    match close {
        Some(c) => format!(" (did you mean '{c}'?)"),
        None => format!(" ({} {})", qn.id, qn.version),
    }
}

/// Reads an answer typed on the command line: `yes`, `no`, `unsure`; a choice id; choice
/// ids separated by commas; text; a whole number; a date `YYYY-MM-DD`; for a rows
/// question, one row as `column=value; column=a,b`.
pub fn parse_value(qn: &Questionnaire, q: &Question, raw: &str) -> Result<Answer, AnswerError> {
    let raw_t = raw.trim();
    let unreadable = |expected: &str| AnswerError::Unreadable {
        question: q.id.clone(),
        value: raw.to_string(),
        expected: expected.to_string(),
    };
    let list = |s: &str| -> Vec<String> {
        s.split(',')
            .map(|x| x.trim().to_string())
            .filter(|x| !x.is_empty())
            .collect()
    };
    let a = match &q.kind {
        AnswerKind::YesNo => match raw_t.to_lowercase().as_str() {
            "yes" | "y" | "true" => Answer::Yes,
            "no" | "n" | "false" => Answer::No,
            "unsure" | "not sure" | "?" | "don't know" | "unknown" => Answer::Unsure,
            _ => return Err(unreadable("yes, no or unsure")),
        },
        AnswerKind::Single(_) => {
            if raw_t.contains(',') {
                return Err(AnswerError::OneChoice {
                    question: q.id.clone(),
                });
            }
            Answer::Choice(raw_t.to_string())
        }
        AnswerKind::Multi(_) | AnswerKind::Categories => Answer::Choices(list(raw_t)),
        AnswerKind::Text { .. } => Answer::Text(raw.to_string()),
        AnswerKind::Number { .. } => Answer::Number(
            raw_t
                .replace(['_', ','], "")
                .parse()
                .map_err(|_| unreadable("a whole number"))?,
        ),
        AnswerKind::Date => Answer::Date(
            NaiveDate::parse_from_str(raw_t, "%Y-%m-%d")
                .map_err(|_| unreadable("a date written YYYY-MM-DD"))?,
        ),
        AnswerKind::Rows(cols) => {
            let mut row = crate::answer::Row::new();
            for part in raw.split(';').map(str::trim).filter(|p| !p.is_empty()) {
                let Some((k, v)) = part.split_once('=') else {
                    return Err(unreadable("a row written column=value; column=value"));
                };
                let (k, v) = (k.trim(), v.trim());
                let Some(col) = cols.iter().find(|c| c.id == k) else {
                    return Err(AnswerError::UnknownColumn {
                        question: q.id.clone(),
                        column: k.to_string(),
                        allowed: cols
                            .iter()
                            .map(|c| c.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    });
                };
                let cell = match col.kind {
                    ColumnKind::Text | ColumnKind::Date => Cell::Text(v.to_string()),
                    ColumnKind::Single(_) => Cell::Choice(v.to_string()),
                    ColumnKind::Multi(_) | ColumnKind::Categories => Cell::Choices(list(v)),
                };
                row.insert(k.to_string(), cell);
            }
            Answer::Rows(vec![row])
        }
    };
    check_answer(qn, q, &a)?;
    Ok(a)
}

/// A short, file-friendly id from a title, in any script: "Chat platform rollout" →
/// "chat-platform-rollout", "Avaliação da assiduidade" → "avaliacao-da-assiduidade",
/// "指紋考勤" → "zhi-wen-kao-qin" (Chinese is transliterated to pinyin, so the id stays
/// readable and typeable). A title with nothing to transliterate gives "assessment".
pub fn slug(title: &str) -> String {
    let mut s = String::new();
    for c in deunicode::deunicode(title).chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
        if s.len() >= 40 {
            break;
        }
    }
    let s = s.trim_matches('-').to_string();
    if s.is_empty() { "assessment".into() } else { s }
}

/// Whether `id` can name an assessment: 1 to 64 lower-case ASCII letters, digits and
/// inner hyphens, so it is a directory name on every system and can be typed and copied.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

impl Draft {
    pub fn new(id: String, title: String, questionnaire: QuestionnaireUse, meta: Meta) -> Self {
        Draft {
            schema: SCHEMA,
            id,
            title,
            questionnaire,
            meta,
            answers: Answers::new(),
            notes: BTreeMap::new(),
            plan: Vec::new(),
            attachments: Vec::new(),
            position: None,
            signed: None,
        }
    }
}

#[cfg(test)]
mod id_tests {
    use super::{slug, valid_id};

    #[test]
    fn ids_are_readable_in_every_script() {
        assert_eq!(slug("Chat platform rollout"), "chat-platform-rollout");
        assert_eq!(slug("Avaliação da assiduidade"), "avaliacao-da-assiduidade");
        assert_eq!(slug("指紋考勤"), "zhi-wen-kao-qin");
        assert_eq!(slug("指紋考勤系統 2026"), "zhi-wen-kao-qin-xi-tong-2026");
        assert_eq!(slug("—"), "assessment");
        for t in ["指紋考勤", "Avaliação", "x", "a--b"] {
            assert!(valid_id(&slug(t)), "{t}");
        }
        assert!(!valid_id("") && !valid_id("A") && !valid_id("a b") && !valid_id("-a"));
    }
}
