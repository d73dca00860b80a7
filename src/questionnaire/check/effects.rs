//! Effects and their targets: what an answer does to the figures must name real
//! categories, columns and choices, move by sensible amounts, and explain itself.

use super::{Checker, Owner, col_ids};
use crate::questionnaire::model::*;
use crate::scale::Steps;
use crate::tr;

impl<'a> Checker<'a> {
    pub(super) fn effect(
        &mut self,
        o: Owner<'a>,
        question: Option<&'a Question>,
        e: &'a Effect,
        in_rule: bool,
    ) {
        let l = self.lang;
        let when = e.when();
        if in_rule && !when.is_empty() {
            let at = self.map.find_field_in(o.id(), &self.owners, "when");
            self.error(
                at,
                tr!(l, "check-rule-effect-when", owner = o.describe(l)),
                tr!(l, "check-rule-effect-when-hint"),
            );
        }
        if let Some(qu) = question {
            match qu.kind.choice_ids(self.q) {
                Some(ids) => {
                    for w in when {
                        if !ids.contains(&w.as_str()) {
                            let at = self.ref_at(o, w);
                            self.error(
                                at,
                                tr!(
                                    l,
                                    "check-effect-unknown-choice",
                                    owner = o.describe(l),
                                    choice = w.as_str()
                                ),
                                tr!(l, "check-use-one-of", ids = ids.join(", ")),
                            );
                        }
                    }
                }
                None if !when.is_empty() => {
                    let at = self.map.find_field_in(o.id(), &self.owners, "when");
                    self.error(
                        at,
                        tr!(l, "check-effect-when-no-choices", owner = o.describe(l)),
                        tr!(l, "check-effect-when-no-choices-hint"),
                    );
                }
                None => {}
            }
        }
        self.target(o, e.target());
        let zero = Steps::default();
        match e {
            Effect::Raise {
                severity,
                likelihood,
                ..
            } => {
                if *severity < zero || *likelihood < zero {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-raise-lowers", owner = o.describe(l)),
                        tr!(l, "check-raise-lowers-hint"),
                    );
                }
                if severity.is_zero() && likelihood.is_zero() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-raise-inert", owner = o.describe(l)),
                        tr!(l, "check-set-severity-or-likelihood"),
                    );
                }
            }
            Effect::Measure {
                severity,
                likelihood,
                ..
            } => {
                if *severity > zero || *likelihood > zero {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-measure-raises-figure", owner = o.describe(l)),
                        tr!(l, "check-measure-raises-figure-hint"),
                    );
                }
                if severity.is_zero() && likelihood.is_zero() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-measure-moves-nothing", owner = o.describe(l)),
                        tr!(l, "check-set-severity-or-likelihood"),
                    );
                }
            }
            Effect::Floor {
                severity,
                likelihood,
                ..
            } => {
                if severity.is_none() && likelihood.is_none() {
                    let at = self.owner_at(o);
                    self.error(
                        at,
                        tr!(l, "check-floor-inert", owner = o.describe(l)),
                        tr!(l, "check-set-severity-or-likelihood"),
                    );
                }
            }
        }
    }

    pub(super) fn target(&mut self, o: Owner<'a>, t: &'a Target) {
        let l = self.lang;
        match t {
            Target::All => {}
            Target::Only(cats) => {
                for c in cats {
                    self.category_ref(o, c);
                }
            }
            Target::Rows {
                question,
                column,
                rows,
                only,
            } => {
                for c in only {
                    self.category_ref(o, c);
                }
                let Some(qu) = self.question_ref(o, question) else {
                    return;
                };
                let AnswerKind::Rows(cols) = &qu.kind else {
                    let at = self.ref_at(o, question);
                    self.error(
                        at,
                        tr!(
                            l,
                            "check-not-rows",
                            owner = o.describe(l),
                            question = question.as_str()
                        ),
                        tr!(l, "check-not-rows-target-hint"),
                    );
                    return;
                };
                match cols.iter().find(|c| &c.id == column) {
                    Some(col) if col.kind == ColumnKind::Categories => {}
                    Some(_) => {
                        let at = self.ref_at(o, column);
                        self.error(
                            at,
                            tr!(
                                l,
                                "check-column-not-categories",
                                owner = o.describe(l),
                                column = column.as_str()
                            ),
                            tr!(l, "check-column-not-categories-hint"),
                        );
                    }
                    None => {
                        let at = self.ref_at(o, column);
                        self.error(
                            at,
                            tr!(
                                l,
                                "check-no-such-column",
                                owner = o.describe(l),
                                question = question.as_str(),
                                column = column.as_str()
                            ),
                            tr!(l, "check-use-one-of", ids = col_ids(cols)),
                        );
                    }
                }
                self.row_tests(o, qu, rows);
            }
        }
    }
}
