//! References: the questions, categories, choices and columns that conditions and
//! targets name must exist, and be of a kind that can be tested that way.

use super::{Checker, Owner, closest, col_ids};
use crate::questionnaire::model::*;
use crate::tr;

impl<'a> Checker<'a> {
    pub(super) fn question_ref(&mut self, o: Owner, id: &str) -> Option<&'a Question> {
        let l = self.lang;
        match self.q.question(id) {
            Some(q) => Some(q),
            None => {
                let at = self.ref_at(o, id);
                let hint = match closest(id, self.q.questions().map(|(_, q)| q.id.as_str())) {
                    Some(c) => tr!(l, "check-did-you-mean", id = c),
                    None => tr!(l, "check-unknown-question-hint"),
                };
                self.error(
                    at,
                    tr!(l, "check-unknown-question", owner = o.describe(l), id = id),
                    hint,
                );
                None
            }
        }
    }

    pub(super) fn category_ref(&mut self, o: Owner, id: &str) {
        let l = self.lang;
        if self.q.category(id).is_none() {
            let at = self.ref_at(o, id);
            let hint = match closest(id, self.q.categories.iter().map(|c| c.id.as_str())) {
                Some(c) => tr!(l, "check-did-you-mean", id = c),
                None => tr!(l, "check-unknown-category-hint"),
            };
            self.error(
                at,
                tr!(l, "check-unknown-category", owner = o.describe(l), id = id),
                hint,
            );
        }
    }

    pub(super) fn choice_ref(&mut self, o: Owner, qu: &Question, choice: &str) {
        let l = self.lang;
        match qu.kind.choice_ids(self.q) {
            Some(ids) if ids.contains(&choice) => {}
            Some(ids) => {
                let at = self.ref_at(o, choice);
                self.error(
                    at,
                    tr!(
                        l,
                        "check-unknown-choice",
                        owner = o.describe(l),
                        choice = choice,
                        question = qu.id.as_str()
                    ),
                    tr!(l, "check-use-one-of", ids = ids.join(", ")),
                );
            }
            None => {
                let at = self.ref_at(o, &qu.id);
                self.error(
                    at,
                    tr!(
                        l,
                        "check-choice-of-choiceless",
                        owner = o.describe(l),
                        question = qu.id.as_str()
                    ),
                    tr!(l, "check-choice-of-choiceless-hint"),
                );
            }
        }
    }

    pub(super) fn row_tests(&mut self, o: Owner, qu: &Question, tests: &[RowTest]) {
        let l = self.lang;
        let AnswerKind::Rows(cols) = &qu.kind else {
            let at = self.ref_at(o, &qu.id);
            self.error(
                at,
                tr!(
                    l,
                    "check-not-rows",
                    owner = o.describe(l),
                    question = qu.id.as_str()
                ),
                tr!(l, "check-not-rows-anyrow-hint"),
            );
            return;
        };
        for t in tests {
            let (col, choices) = match t {
                RowTest::In(col, choices) | RowTest::NotIn(col, choices) => (col, choices),
                RowTest::Filled(col) | RowTest::Empty(col) => {
                    if !cols.iter().any(|c| &c.id == col) {
                        let at = self.ref_at(o, col);
                        self.error(
                            at,
                            tr!(
                                l,
                                "check-no-such-column",
                                owner = o.describe(l),
                                question = qu.id.as_str(),
                                column = col.as_str()
                            ),
                            tr!(l, "check-use-one-of", ids = col_ids(cols)),
                        );
                    }
                    continue;
                }
            };
            let Some(column) = cols.iter().find(|c| &c.id == col) else {
                let at = self.ref_at(o, col);
                self.error(
                    at,
                    tr!(
                        l,
                        "check-no-such-column",
                        owner = o.describe(l),
                        question = qu.id.as_str(),
                        column = col.as_str()
                    ),
                    tr!(l, "check-use-one-of", ids = col_ids(cols)),
                );
                continue;
            };
            match column.kind.choice_ids(self.q) {
                None => {
                    let at = self.ref_at(o, col);
                    self.error(
                        at,
                        tr!(
                            l,
                            "check-free-text-column",
                            owner = o.describe(l),
                            column = col.as_str()
                        ),
                        tr!(l, "check-free-text-column-hint"),
                    );
                }
                Some(ids) => {
                    for ch in choices {
                        if !ids.contains(&ch.as_str()) {
                            let at = self.ref_at(o, ch);
                            self.error(
                                at,
                                tr!(
                                    l,
                                    "check-column-no-choice",
                                    owner = o.describe(l),
                                    column = col.as_str(),
                                    choice = ch.as_str()
                                ),
                                tr!(l, "check-use-one-of", ids = ids.join(", ")),
                            );
                        }
                    }
                }
            }
        }
    }

    pub(super) fn condition(&mut self, o: Owner<'a>, c: &'a Condition) {
        match c {
            Condition::Is(q, ch) => {
                if let Some(qu) = self.question_ref(o, q) {
                    self.choice_ref(o, qu, ch);
                }
            }
            Condition::IsAny(q, chs) => {
                if let Some(qu) = self.question_ref(o, q) {
                    for ch in chs {
                        self.choice_ref(o, qu, ch);
                    }
                }
            }
            Condition::Answered(q) => {
                self.question_ref(o, q);
            }
            Condition::AtLeast(q, _) | Condition::Below(q, _) => {
                if let Some(qu) = self.question_ref(o, q)
                    && !matches!(qu.kind, AnswerKind::Number { .. })
                {
                    let at = self.ref_at(o, q);
                    let l = self.lang;
                    self.error(
                        at,
                        tr!(
                            l,
                            "check-not-number",
                            owner = o.describe(l),
                            question = q.as_str()
                        ),
                        tr!(l, "check-not-number-hint"),
                    );
                }
            }
            Condition::AnyRow(q, tests) | Condition::EveryRow(q, tests) => {
                if let Some(qu) = self.question_ref(o, q) {
                    self.row_tests(o, qu, tests);
                }
            }
            Condition::Transfer(_) | Condition::Screening(_) | Condition::Procedure(_) => {
                self.derived_ref(o, c);
            }
            Condition::Processes(cat) => self.category_ref(o, cat),
            Condition::All(cs) | Condition::Any(cs) => {
                for c in cs {
                    self.condition(o, c);
                }
            }
            Condition::Not(c) => self.condition(o, c),
        }
    }
}
