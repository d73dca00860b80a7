//! Which questions are asked, given the answers so far, and how conditions evaluate.
//!
//! Conditions refer only to earlier questions (the validator enforces it), so one pass
//! in questionnaire order decides every question. Answers to questions that are not
//! shown are treated as absent everywhere: in later conditions and in scoring.

use std::collections::BTreeSet;

use super::model::{Condition, Questionnaire, RowTest};
use crate::answer::{Answer, Answers, Row};

/// The answers that count: those of questions that are shown.
#[derive(Debug, Clone)]
pub struct Visible<'a> {
    pub questionnaire: &'a Questionnaire,
    shown: BTreeSet<&'a str>,
    answers: &'a Answers,
}

impl<'a> Visible<'a> {
    pub fn new(questionnaire: &'a Questionnaire, answers: &'a Answers) -> Self {
        let mut v = Visible {
            questionnaire,
            shown: BTreeSet::new(),
            answers,
        };
        for section in &questionnaire.sections {
            let section_shown = section.show_if.as_ref().is_none_or(|c| v.eval(c));
            for q in &section.questions {
                if section_shown && q.show_if.as_ref().is_none_or(|c| v.eval(c)) {
                    v.shown.insert(q.id.as_str());
                }
            }
        }
        v
    }

    /// A category's scope condition refers to earlier questions only (the validator
    /// checks), so it can be evaluated while the questions after it are being decided.
    fn category_in_scope(&self, id: &str) -> bool {
        self.questionnaire
            .category(id)
            .is_some_and(|c| self.eval(&c.in_scope))
    }

    pub fn is_shown(&self, question: &str) -> bool {
        self.shown.contains(question)
    }

    pub fn answer(&self, question: &str) -> Option<&'a Answer> {
        if self.shown.contains(question) {
            self.answers.get(question)
        } else {
            None
        }
    }

    pub fn processes(&self, category: &str) -> bool {
        self.category_in_scope(category)
    }

    pub fn rows(&self, question: &str) -> &'a [Row] {
        match self.answer(question) {
            Some(Answer::Rows(rows)) => rows,
            _ => &[],
        }
    }

    pub fn eval(&self, c: &Condition) -> bool {
        match c {
            Condition::Is(q, choice) => self
                .answer(q)
                .is_some_and(|a| a.choices().contains(&choice.as_str())),
            Condition::IsAny(q, choices) => self
                .answer(q)
                .is_some_and(|a| a.choices().iter().any(|c| choices.iter().any(|x| x == c))),
            Condition::Answered(q) => self.answer(q).is_some_and(is_substantive),
            Condition::AtLeast(q, n) => {
                matches!(self.answer(q), Some(Answer::Number(v)) if v >= n)
            }
            Condition::Below(q, n) => matches!(self.answer(q), Some(Answer::Number(v)) if v < n),
            Condition::AnyRow(q, tests) => self.rows(q).iter().any(|r| row_passes(r, tests)),
            Condition::Processes(cat) => self.category_in_scope(cat),
            Condition::EveryRow(q, tests) => {
                let rows = self.rows(q);
                !rows.is_empty() && rows.iter().all(|r| row_passes(r, tests))
            }
            Condition::Transfer(states) => {
                self.transfers().iter().any(|t| states.contains(&t.state))
            }
            Condition::Screening(verdicts) => verdicts.contains(&self.screening().verdict),
            Condition::Procedure(p) => self.decisions().iter().any(|d| d.procedure == *p),
            Condition::All(cs) => cs.iter().all(|c| self.eval(c)),
            Condition::Any(cs) => cs.iter().any(|c| self.eval(c)),
            Condition::Not(c) => !self.eval(c),
        }
    }
}

fn cell_filled(c: &crate::answer::Cell) -> bool {
    match c {
        crate::answer::Cell::Text(t) | crate::answer::Cell::Choice(t) => !t.trim().is_empty(),
        crate::answer::Cell::Choices(cs) => !cs.is_empty(),
    }
}

pub(crate) fn is_substantive(a: &Answer) -> bool {
    match a {
        Answer::Text(t) => !t.trim().is_empty(),
        Answer::Rows(r) => !r.is_empty(),
        _ => true,
    }
}

pub fn row_passes(row: &Row, tests: &[RowTest]) -> bool {
    tests.iter().all(|t| match t {
        RowTest::Filled(col) => row.get(col).is_some_and(cell_filled),
        RowTest::Empty(col) => !row.get(col).is_some_and(cell_filled),
        RowTest::In(col, choices) => row.get(col).is_some_and(|cell| {
            cell.choices()
                .iter()
                .any(|c| choices.iter().any(|x| x == c))
        }),
        RowTest::NotIn(col, choices) => !row.get(col).is_some_and(|cell| {
            cell.choices()
                .iter()
                .any(|c| choices.iter().any(|x| x == c))
        }),
    })
}
