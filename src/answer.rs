//! Answers, as stored in drafts and answers files, and as typed on the command line.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::questionnaire::{AnswerKind, ColumnKind, Question, Questionnaire};
use crate::tr;

/// One answer. Its shape must fit the question's kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    Yes,
    No,
    Unsure,
    Choice(String),
    Choices(Vec<String>),
    Text(String),
    Number(i64),
    Date(NaiveDate),
    Rows(Vec<Row>),
}

/// One row of a rows question: cells keyed by column id.
pub type Row = BTreeMap<String, Cell>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    Text(String),
    Choice(String),
    Choices(Vec<String>),
}

/// Answers keyed by question id. A BTreeMap, so files and scores are in a stable order.
pub type Answers = BTreeMap<String, Answer>;

impl Answer {
    /// The choice ids this answer selects (yes/no/unsure included).
    pub fn choices(&self) -> Vec<&str> {
        match self {
            Answer::Yes => vec!["yes"],
            Answer::No => vec!["no"],
            Answer::Unsure => vec!["unsure"],
            Answer::Choice(c) => vec![c.as_str()],
            Answer::Choices(cs) => cs.iter().map(String::as_str).collect(),
            _ => vec![],
        }
    }

    pub fn is_unsure(&self) -> bool {
        matches!(self, Answer::Unsure) || self.choices().contains(&"unsure")
    }

    /// The answer in words, for explanations and listings.
    pub fn describe(&self, q: &Question, qn: &Questionnaire, lang: &str) -> String {
        let label =
            |id: &str| choice_label(&q.kind, qn, id, lang).unwrap_or_else(|| id.to_string());
        match self {
            Answer::Yes => tr!(lang, "answer-yes"),
            Answer::No => tr!(lang, "answer-no"),
            Answer::Unsure => tr!(lang, "answer-not-sure"),
            Answer::Choice(c) => label(c),
            Answer::Choices(cs) if cs.is_empty() => tr!(lang, "answer-none"),
            Answer::Choices(cs) => cs.iter().map(|c| label(c)).collect::<Vec<_>>().join(", "),
            Answer::Text(t) => t.clone(),
            Answer::Number(n) => match &q.kind {
                AnswerKind::Number { unit, .. } if !unit.is_blank() => {
                    format!("{n} {}", unit.get(lang))
                }
                _ => n.to_string(),
            },
            Answer::Date(d) => d.format("%Y-%m-%d").to_string(),
            Answer::Rows(rows) => tr!(lang, "answer-rows", n = rows.len()),
        }
    }
}

impl Answer {
    /// The answer in words, a table's rows spelled out one a line ("1. Where: Vendor
    /// cloud; Place: Mainland China"): what a reader of a record, report or review needs,
    /// where `describe` gives a table's size only.
    pub fn in_full(&self, q: &Question, qn: &Questionnaire, lang: &str) -> String {
        let (Answer::Rows(rows), AnswerKind::Rows(cols)) = (self, &q.kind) else {
            return self.describe(q, qn, lang);
        };
        if rows.is_empty() {
            return tr!(lang, "answer-rows", n = 0);
        }
        rows.iter()
            .enumerate()
            .map(|(i, row)| {
                let cells: Vec<String> = cols
                    .iter()
                    .filter_map(|c| {
                        let v = match row.get(&c.id)? {
                            Cell::Text(t) => t.clone(),
                            cell => cell
                                .choices()
                                .iter()
                                .map(|id| {
                                    column_choice_label(&c.kind, qn, id, lang)
                                        .unwrap_or_else(|| id.to_string())
                                })
                                .collect::<Vec<_>>()
                                .join(", "),
                        };
                        Some(format!("{}: {v}", c.label.get(lang)))
                    })
                    .collect();
                format!("{}. {}", i + 1, cells.join("; "))
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

pub fn choice_label(kind: &AnswerKind, qn: &Questionnaire, id: &str, lang: &str) -> Option<String> {
    match kind {
        AnswerKind::YesNo => match id {
            "yes" => Some(tr!(lang, "answer-yes")),
            "no" => Some(tr!(lang, "answer-no")),
            "unsure" => Some(tr!(lang, "answer-not-sure")),
            _ => None,
        },
        AnswerKind::Single(cs) | AnswerKind::Multi(cs) => cs
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.label.get(lang).to_string()),
        AnswerKind::Categories => qn.category(id).map(|c| c.name.get(lang).to_string()),
        _ => None,
    }
}

pub fn column_choice_label(
    kind: &ColumnKind,
    qn: &Questionnaire,
    id: &str,
    lang: &str,
) -> Option<String> {
    match kind {
        ColumnKind::Single(cs) | ColumnKind::Multi(cs) => cs
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.label.get(lang).to_string()),
        ColumnKind::Categories => qn.category(id).map(|c| c.name.get(lang).to_string()),
        ColumnKind::Text | ColumnKind::Date => None,
    }
}

impl Cell {
    pub fn choices(&self) -> Vec<&str> {
        match self {
            Cell::Choice(c) => vec![c.as_str()],
            Cell::Choices(cs) => cs.iter().map(String::as_str).collect(),
            Cell::Text(_) => vec![],
        }
    }
}
