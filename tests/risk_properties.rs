//! The risk model's guarantees, as properties over random answer sets to the real
//! Macau questionnaire — what any DPO would expect of it.

mod common;

use farol::answer::{Answer, Cell};
use farol::questionnaire::{AnswerKind, Effect, Questionnaire};
use farol::risk::{Score, score};
use farol::scale::Scale;
use proptest::prelude::*;

fn seeds() -> impl Strategy<Value = Vec<u64>> {
    proptest::collection::vec(any::<u64>(), 1..64)
}

/// Bases that are at least claimed; any other answer (none, not known, blank) is no basis.
const BASES: [&str; 6] = [
    "stays",
    "agreed",
    "contract",
    "permission",
    "gba_contract",
    "adequacy",
];

fn figures(s: &Score) -> Vec<(String, &'static str, i16)> {
    let mut v = Vec::new();
    for c in &s.categories {
        v.push((c.id.clone(), "severity", c.residual.severity.halves));
        v.push((c.id.clone(), "likelihood", c.residual.likelihood.halves));
    }
    v
}

fn measure_questions(q: &Questionnaire) -> Vec<(String, Vec<String>)> {
    q.questions()
        .map(|(_, qu)| qu)
        .filter(|qu| qu.effects.iter().any(Effect::is_measure))
        .map(|qu| {
            let whens: Vec<String> = qu
                .effects
                .iter()
                .filter(|e| e.is_measure())
                .flat_map(|e| e.when().to_vec())
                .collect();
            (qu.id.clone(), whens)
        })
        .collect()
}

fn measure_answer(q: &Questionnaire, id: &str, choice: &str) -> Answer {
    match &q.question(id).unwrap().kind {
        AnswerKind::YesNo => match choice {
            "yes" => Answer::Yes,
            "no" => Answer::No,
            _ => Answer::Unsure,
        },
        AnswerKind::Single(_) => Answer::Choice(choice.to_string()),
        _ => Answer::Choices(vec![choice.to_string()]),
    }
}

/// The lowest a residual figure may go: its floors after measures (the category's own
/// sensitive floor read as the scoring model lowers it), and the bottom of the scale.
fn residual_floor(q: &Questionnaire, f_inherent: &farol::risk::Figure) -> i16 {
    let own_after = q.scoring.as_ref().map(|sc| sc.sensitive_residual.halves());
    f_inherent
        .moves
        .iter()
        .filter_map(|m| {
            let f = m.floor?.halves();
            Some(match (&m.source, own_after) {
                (farol::risk::Source::Category { .. }, Some(after)) => f.min(after),
                _ => f,
            })
        })
        .max()
        .unwrap_or(2)
        .max(2)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn mapping_an_unlawful_transfer_never_makes_anything_look_better(seeds in seeds(), pick in any::<usize>()) {
        let l = common::macau();
        let q = &l.questionnaire;
        let mut answers = common::random_answers(q, &seeds);
        let before = score(q, &answers, "en");
        let cats: Vec<&str> = q.categories.iter().map(|c| c.id.as_str()).collect();
        let cat = cats[pick % cats.len()];
        let row: farol::answer::Row = [
            ("system".to_string(), Cell::Text("Unmapped vendor".into())),
            ("categories".to_string(), Cell::Choices(vec![cat.to_string(), cats[(pick / 7) % cats.len()].to_string()])),
            ("location".to_string(), Cell::Choice("mainland".into())),
            ("basis".to_string(), Cell::Choice("none".into())),
        ]
        .into_iter()
        .collect();
        let mut rows = match answers.get("flows.list") {
            Some(Answer::Rows(r)) => r.clone(),
            _ => vec![],
        };
        rows.push(row);
        answers.insert("flows.list".into(), Answer::Rows(rows));
        let after = score(q, &answers, "en");
        for c in &before.categories {
            let Some(d) = after.categories.iter().find(|x| x.id == c.id) else { continue };
            for (name, a, b) in [
                ("inherent severity", &c.inherent.severity, &d.inherent.severity),
                ("inherent likelihood", &c.inherent.likelihood, &d.inherent.likelihood),
                ("residual severity", &c.residual.severity, &d.residual.severity),
                ("residual likelihood", &c.residual.likelihood, &d.residual.likelihood),
            ] {
                prop_assert!(b.halves >= a.halves, "{}: {name} went from {} to {} half-levels", c.id, a.halves, b.halves);
            }
            prop_assert!(d.residual.level >= c.residual.level, "{}: residual level fell", c.id);
            prop_assert!(d.inherent.level >= c.inherent.level, "{}: inherent level fell", c.id);
        }
    }

    #[test]
    fn every_measure_put_in_place_lowers_a_residual_position(seeds in seeds(), pick in any::<usize>()) {
        let l = common::macau();
        let q = &l.questionnaire;
        let measures = measure_questions(q);
        let (id, whens) = &measures[pick % measures.len()];
        let Some(yes) = whens.first() else { return Ok(()) };
        let mut without = common::random_answers(q, &seeds);
        let off = match &q.question(id).unwrap().kind {
            AnswerKind::YesNo => Answer::No,
            AnswerKind::Single(cs) => match cs.iter().find(|c| !whens.contains(&c.id)) {
                Some(c) => Answer::Choice(c.id.clone()),
                None => return Ok(()),
            },
            _ => return Ok(()),
        };
        without.insert(id.clone(), off);
        let mut with = without.clone();
        with.insert(id.clone(), measure_answer(q, id, yes));
        let (a, b) = (score(q, &without, "en"), score(q, &with, "en"));
        for c in &b.categories {
            let Some(was) = a.categories.iter().find(|x| x.id == c.id) else { continue };
            for (name, now, then, inh) in [
                ("severity", &was.residual.severity, &c.residual.severity, &was.inherent.severity),
                ("likelihood", &was.residual.likelihood, &c.residual.likelihood, &was.inherent.likelihood),
            ] {
                let applies = then.moves.iter().any(|m| {
                    m.kind == farol::risk::MoveKind::Measure
                        && matches!(&m.source, farol::risk::Source::Question { id: q, .. } if q == id)
                });
                if applies && now.halves > residual_floor(q, inh) {
                    prop_assert!(then.halves < now.halves, "{id} in place does not lower {} {name} ({} → {})", c.id, now.halves, then.halves);
                }
            }
        }
    }

    #[test]
    fn sensitive_data_never_meets_article_22_without_the_authorisation_on_record(seeds in seeds()) {
        let l = common::macau();
        let q = &l.questionnaire;
        let answers = common::random_answers(q, &seeds);
        let vis = farol::questionnaire::Visible::new(q, &answers);
        let s = score(q, &answers, "en");
        let sensitive = vis.processes("health") || vis.processes("special");
        let on_record = vis.answer("notif.auth_number").is_some_and(|a| matches!(a, Answer::Text(t) if !t.trim().is_empty()))
            && vis.answer("notif.auth_date").is_some();
        if sensitive {
            let duties: Vec<&str> = s.obligations.iter().map(|o| o.id.as_str()).collect();
            prop_assert!(duties.contains(&"authorise.prior"), "sensitive data in scope but no authorisation duty: {duties:?}");
            prop_assert!(duties.contains(&"sensitive.exception"));
            prop_assert!(
                s.decisions.iter().any(|d| d.procedure == farol::questionnaire::Procedure::Authorise),
                "sensitive data in scope, yet no purpose is marked for authorisation"
            );
        }
        for o in &s.obligations {
            if ["authorise.prior", "sensitive.exception"].contains(&o.id.as_str()) && o.met {
                prop_assert!(on_record, "{} met without the authorisation's number and date", o.id);
            }
            if o.met {
                prop_assert_eq!(o.state, farol::risk::DutyState::Met);
            }
        }
    }

    #[test]
    fn no_transfer_is_in_force_without_its_evidence(seeds in seeds()) {
        let l = common::macau();
        let q = &l.questionnaire;
        let answers = common::random_answers(q, &seeds);
        let vis = farol::questionnaire::Visible::new(q, &answers);
        let s = score(q, &answers, "en");
        let rows = vis.rows("flows.list");
        prop_assert_eq!(s.transfers.len(), rows.len());
        for t in &s.transfers {
            let row = &rows[t.row - 1];
            let filled = |c: &str| row.get(c).is_some_and(|c| match c { Cell::Text(t) => !t.trim().is_empty(), _ => true });
            let is = |c: &str, v: &[&str]| row.get(c).is_some_and(|c| c.choices().iter().any(|x| v.contains(x)));
            if t.state == farol::questionnaire::TransferState::InForce {
                prop_assert!(filled("date"), "row {} in force without a date", t.row);
                prop_assert!(is("status", &["granted", "filed"]), "row {} in force without the DSPDP's act", t.row);
                prop_assert!(!is("basis", &["none", "unknown", "stays"]), "row {} in force without a basis", t.row);
                if is("basis", &["permission", "adequacy", "gba_contract"]) {
                    prop_assert!(filled("reference") && is("status", &["granted"]), "row {}: an authorisation in force needs its number", t.row);
                }
            }
            if is("location", &["macau"]) {
                prop_assert_eq!(t.state, farol::questionnaire::TransferState::Inside);
            }
        }
        let open_transfers = s.transfers.iter().any(|t| !matches!(t.state, farol::questionnaire::TransferState::Inside | farol::questionnaire::TransferState::InForce));
        if let Some(o) = s.obligations.iter().find(|o| o.id == "transfer.basis") {
            prop_assert_eq!(o.met, !open_transfers);
        }
    }

    #[test]
    fn sensitive_categories_never_start_below_significant(seeds in seeds()) {
        let l = common::macau();
        let q = &l.questionnaire;
        let answers = common::random_answers(q, &seeds);
        let s = score(q, &answers, "en");
        let vis = farol::questionnaire::Visible::new(q, &answers);
        let after = q.scoring.as_ref().map_or(Scale::Significant, |sc| sc.sensitive_residual);
        // Children's data of the kinds that can put them in danger stays at Significant
        // severity even after measures.
        let of_children: Vec<String> = {
            let purposes = vis.rows("leg.purposes");
            let mut v = Vec::new();
            if purposes.is_empty() {
                let minors = vis.eval(&farol::questionnaire::Condition::IsAny(
                    "inv.subjects".into(),
                    vec!["minors".into(), "students".into()],
                ));
                if minors {
                    v = s.categories.iter().map(|c| c.id.clone()).collect();
                }
            } else {
                for r in purposes {
                    let kids = r.get("subjects").is_some_and(|c| c.choices().iter().any(|x| *x == "minors" || *x == "students"));
                    if kids {
                        v.extend(r.get("categories").map(|c| c.choices().iter().map(|x| x.to_string()).collect::<Vec<_>>()).unwrap_or_default());
                    }
                }
            }
            v.retain(|c| ["location", "images", "biometric", "health", "special", "communications", "offences"].contains(&c.as_str()));
            v
        };
        for c in &s.categories {
            let cat = q.category(&c.id).unwrap();
            if cat.sensitive.is_some() || of_children.contains(&c.id) {
                prop_assert!(c.inherent.severity.level >= Scale::Significant, "{} inherent severity {}", c.id, c.inherent.severity.level);
            }
            if cat.sensitive.is_some() {
                prop_assert!(c.residual.severity.level >= after, "{} residual severity {}", c.id, c.residual.severity.level);
            }
            if of_children.contains(&c.id) {
                prop_assert!(c.residual.severity.level >= Scale::Significant, "children's {} residual severity {}", c.id, c.residual.severity.level);
            }
        }
        for id in ["biometric", "health", "location", "special"] {
            prop_assert!(q.category(id).unwrap().sensitive.is_some(), "{id} must be declared sensitive");
        }
    }

    #[test]
    fn transfer_without_basis_puts_likelihood_at_significant(seeds in seeds()) {
        let l = common::macau();
        let q = &l.questionnaire;
        let answers = common::random_answers(q, &seeds);
        let vis = farol::questionnaire::Visible::new(q, &answers);
        let s = score(q, &answers, "en");
        for row in vis.rows("flows.list") {
            let leaves = !row.get("location").is_some_and(|c| c.choices().contains(&"macau"));
            let based = row.get("basis").is_some_and(|c| c.choices().iter().any(|b| BASES.contains(b)));
            if !leaves || based { continue; }
            let cats = match row.get("categories") { Some(Cell::Choices(c)) => c.clone(), Some(Cell::Choice(c)) => vec![c.clone()], _ => vec![] };
            for cat in cats {
                let c = s.categories.iter().find(|c| c.id == cat);
                prop_assert!(c.is_some(), "{cat} flows out of Macau but is not scored");
                let c = c.unwrap();
                prop_assert!(c.inherent.likelihood.level >= Scale::Significant, "{cat} inherent likelihood {}", c.inherent.likelihood.level);
                prop_assert!(c.residual.likelihood.level >= Scale::Significant, "{cat} residual likelihood {}", c.residual.likelihood.level);
            }
        }
    }

    #[test]
    fn a_measure_in_place_never_raises_a_residual_figure(seeds in seeds(), pick in any::<usize>()) {
        let l = common::macau();
        let q = &l.questionnaire;
        let measures = measure_questions(q);
        prop_assert!(!measures.is_empty(), "the questionnaire declares protective measures");
        let (id, whens) = &measures[pick % measures.len()];
        let base = common::random_answers(q, &seeds);
        for choice in whens {
            let mut without = base.clone();
            without.remove(id);
            let mut with = base.clone();
            with.insert(id.clone(), measure_answer(q, id, choice));
            let a = score(q, &without, "en");
            let b = score(q, &with, "en");
            let fa = figures(&a);
            for (cat, axis, halves) in figures(&b) {
                if let Some((_, _, before)) = fa.iter().find(|(c, x, _)| *c == cat && *x == axis) {
                    prop_assert!(halves <= *before, "answering {id} = {choice} raised {cat} {axis}: {before} -> {halves}");
                }
            }
            // And against any other answer to the same question.
            let mut other = base.clone();
            let no = if matches!(q.question(id).unwrap().kind, AnswerKind::YesNo) { Some(Answer::No) } else { None };
            if let Some(no) = no {
                other.insert(id.clone(), no);
                let c = score(q, &other, "en");
                let fc = figures(&c);
                for (cat, axis, halves) in figures(&b) {
                    if let Some((_, _, before)) = fc.iter().find(|(c, x, _)| *c == cat && *x == axis) {
                        prop_assert!(halves <= *before, "{id}: yes vs no raised {cat} {axis}");
                    }
                }
            }
        }
    }

    #[test]
    fn residual_never_exceeds_inherent(seeds in seeds()) {
        let l = common::macau();
        let s = score(&l.questionnaire, &common::random_answers(&l.questionnaire, &seeds), "en");
        for c in &s.categories {
            prop_assert!(c.residual.severity.halves <= c.inherent.severity.halves);
            prop_assert!(c.residual.likelihood.halves <= c.inherent.likelihood.halves);
            prop_assert!(c.residual.level <= c.inherent.level);
            prop_assert!((2..=8).contains(&c.residual.severity.halves) && (2..=8).contains(&c.inherent.likelihood.halves));
        }
    }

    #[test]
    fn same_inputs_give_byte_identical_json(seeds in seeds()) {
        let l = common::macau();
        let answers = common::random_answers(&l.questionnaire, &seeds);
        let a = serde_json::to_string(&score(&l.questionnaire, &answers, "en")).unwrap();
        // A fresh parse of the questionnaire and a clone of the answers: nothing shared.
        let l2 = common::macau();
        let b = serde_json::to_string(&score(&l2.questionnaire, &answers.clone(), "en")).unwrap();
        prop_assert_eq!(a, b);
    }

    /// "What would lower the risk" scores each try without the words: its figures must be
    /// the full score's, move for move.
    #[test]
    fn the_figures_without_words_are_the_scores_figures(seeds in seeds()) {
        let l = common::macau();
        let q = &l.questionnaire;
        let answers = common::random_answers(q, &seeds);
        let full = score(q, &answers, "zh-Hant");
        let bare = farol::risk::figures_of(q, &answers);
        let shape = |f: &farol::risk::Figure| {
            let moves: Vec<_> = f.moves.iter().map(|m| (m.kind, m.steps, m.floor)).collect();
            (f.level, f.halves, moves)
        };
        prop_assert_eq!(full.categories.len(), bare.categories.len());
        for (a, b) in full.categories.iter().zip(&bare.categories) {
            prop_assert_eq!(&a.id, &b.id);
            for (x, y) in [(&a.inherent, &b.inherent), (&a.residual, &b.residual)] {
                prop_assert_eq!(x.level, y.level);
                prop_assert_eq!(x.above, y.above);
                prop_assert_eq!(shape(&x.severity), shape(&y.severity));
                prop_assert_eq!(shape(&x.likelihood), shape(&y.likelihood));
            }
        }
        prop_assert_eq!(full.overall, bare.overall);
    }

    #[test]
    fn the_matrix_is_monotone_so_levels_follow_figures(seeds in seeds()) {
        let l = common::macau();
        let q = &l.questionnaire;
        let s = score(q, &common::random_answers(q, &seeds), "en");
        for c in &s.categories {
            prop_assert_eq!(c.inherent.level, q.level(c.inherent.severity.level, c.inherent.likelihood.level));
            prop_assert_eq!(c.residual.level, q.level(c.residual.severity.level, c.residual.likelihood.level));
        }
    }
}

#[test]
fn every_figure_is_explained_from_its_start() {
    let l = common::macau();
    let q = &l.questionnaire;
    let s = score(q, &farol::demo::answers(), "en");
    for c in &s.categories {
        for f in [
            &c.inherent.severity,
            &c.inherent.likelihood,
            &c.residual.severity,
            &c.residual.likelihood,
        ] {
            let sum: i16 = f.moves.iter().map(|m| m.steps).sum();
            assert_eq!(
                sum, f.halves,
                "{}: the moves must add up to the figure",
                c.id
            );
            assert!(
                f.moves.iter().all(|m| !m.because.trim().is_empty()),
                "{}: every move says why",
                c.id
            );
        }
    }
}

#[test]
fn an_unlawful_transfer_leads_the_explanation_even_when_other_answers_saturate() {
    let l = common::macau();
    let s = score(&l.questionnaire, &farol::demo::answers(), "en");
    let first = &s.drivers[0];
    assert!(
        matches!(&first.source, farol::risk::Source::Rule { id } if id.starts_with("transfer.")),
        "{:?} leads the explanation",
        first.source
    );
    // The floor is shown on every category that leaves Macau, even where raises already
    // went higher.
    let abroad: Vec<&str> = s
        .transfers
        .iter()
        .filter(|t| t.state != farol::questionnaire::TransferState::Inside)
        .flat_map(|t| t.categories.iter().map(String::as_str))
        .collect();
    for c in s
        .categories
        .iter()
        .filter(|c| abroad.contains(&c.id.as_str()))
    {
        let carried = c
            .inherent
            .likelihood
            .moves
            .iter()
            .any(|m| {
                m.floor == Some(Scale::Significant)
                    && matches!(&m.source, farol::risk::Source::Rule { id } if id.starts_with("transfer."))
            });
        assert!(
            carried,
            "{}: the transfer floor is part of the explanation",
            c.id
        );
    }
}

/// The demo, as a careful organisation would run it: data kept in Macau, every protective
/// measure in place, no risk factor left "not sure".
fn well_run() -> farol::answer::Answers {
    let l = common::macau();
    let q = &l.questionnaire;
    let mut a = farol::demo::answers();
    for (_, qu) in q.questions() {
        let measure = qu.effects.iter().find(|e| e.is_measure());
        let raises = qu.effects.iter().any(|e| !e.is_measure());
        if let Some(m) = measure {
            if let Some(choice) = m.when().first() {
                a.insert(qu.id.clone(), measure_answer(q, &qu.id, choice));
            }
        } else if raises {
            // The first answer that triggers no Raise or Floor: the careful answer.
            let risky: Vec<&String> = qu.effects.iter().flat_map(|e| e.when()).collect();
            let safe = qu
                .kind
                .choice_ids(q)
                .unwrap_or_default()
                .into_iter()
                .find(|c| !risky.iter().any(|r| r == c) && *c != "unsure");
            if let (AnswerKind::YesNo | AnswerKind::Single(_), Some(c)) = (&qu.kind, safe) {
                a.insert(qu.id.clone(), measure_answer(q, &qu.id, c));
            }
        }
    }
    if let Some(Answer::Rows(rows)) = a.get_mut("flows.list") {
        for r in rows {
            r.insert("location".into(), Cell::Choice("macau".into()));
            r.insert("basis".into(), Cell::Choice("not_needed".into()));
        }
    }
    a
}

#[test]
fn a_well_run_deployment_in_macau_scores_medium_or_below() {
    let l = common::macau();
    let s = score(&l.questionnaire, &well_run(), "en");
    for c in &s.categories {
        assert!(
            c.residual.level <= farol::scale::RiskLevel::Medium,
            "{}: residual {} ({} / {})",
            c.id,
            c.residual.level,
            c.residual.severity.level,
            c.residual.likelihood.level
        );
    }
    let demo = score(&l.questionnaire, &farol::demo::answers(), "en");
    assert!(
        s.overall.residual < demo.overall.residual,
        "measures and residency lower the overall risk"
    );
}
