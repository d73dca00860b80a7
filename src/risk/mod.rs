//! The risk model: pure, deterministic functions from (questionnaire, answers) to a risk
//! figure per data category, with the explanation of every figure, the legal obligations
//! the answers trigger and the actions recommended for the action plan.
//!
//! How a figure is computed, for each in-scope category and for severity and likelihood:
//!
//! * **Inherent** (before measures): the category's starting level, plus every `Raise`
//!   that applies, capped at Maximum, then lifted to every `Floor` that applies (a
//!   sensitive category has a floor of Significant severity).
//! * **Residual** (after measures): the inherent figure, minus every `Measure` in place,
//!   never below Negligible and never below any floor — security measures do not make an
//!   unlawful transfer lawful, nor health data less sensitive.
//!
//! Figures move in half-levels; a figure between two levels reads as the higher one.
//! The level (Low … Very high) is read off the questionnaire's 4×4 matrix.

mod explain;
mod gains;
mod legal;

use crate::i18n::words;
use crate::tr;
use serde::{Deserialize, Serialize};

use crate::answer::Answers;
use crate::questionnaire::visibility::row_passes;
use crate::questionnaire::{Effect, Question, Questionnaire, Target, Visible};
use crate::scale::{RiskLevel, Scale, Steps};

pub use explain::{LevelChange, changes};
pub use gains::{CategoryGain, Gain, best_for, gains};

pub use legal::{
    BeliefNote, ContentStatus, CriterionMet, Decision, DecisionReason, DutyState, Evidence,
    ObligationStatus, ScreeningStatus, TransferStatus,
};

/// Everything the model says about one set of answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Score {
    pub questionnaire: QuestionnaireRef,
    pub overall: Overall,
    pub categories: Vec<CategoryRisk>,
    /// Categories the questionnaire declares but the answers do not bring in scope.
    pub not_processed: Vec<String>,
    pub obligations: Vec<ObligationStatus>,
    pub actions: Vec<Recommendation>,
    pub progress: Progress,
    /// The answers and rules that raise the figures most, across categories.
    pub drivers: Vec<Driver>,
    /// Each data flow and the state of its legal basis (Arts 19–20).
    #[serde(default)]
    pub transfers: Vec<TransferStatus>,
    /// For each purpose: notify the DSPDP (Art 21) or apply for authorisation (Art 22,
    /// Art 20(2)), and why.
    #[serde(default)]
    pub decisions: Vec<Decision>,
    /// The items a notification must state (Art 23) and whether the answers fill them.
    #[serde(default)]
    pub notification: Vec<ContentStatus>,
    /// The screening verdict: is a full assessment needed?
    #[serde(default)]
    pub screening: Option<ScreeningStatus>,
    /// The language the texts above are in (not part of the machine-readable output).
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

/// One answer or rule and everything it raises: the headline of an explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Driver {
    pub source: Source,
    pub because: String,
    pub categories: Vec<String>,
    /// Half-levels added across all categories and both axes (floors count by how much they lift).
    pub weight: i16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overall {
    /// The highest inherent level over the categories in scope; None if none is.
    pub inherent: Option<RiskLevel>,
    pub residual: Option<RiskLevel>,
    /// The categories at the highest residual level.
    pub worst: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryRisk {
    pub id: String,
    pub name: String,
    pub sensitive: bool,
    pub inherent: Position,
    pub residual: Position,
}

/// A place on the 4×4 matrix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub severity: Figure,
    pub likelihood: Figure,
    pub level: RiskLevel,
    /// How far the position is above the next level down: the fewest half-level steps,
    /// on either axis, that would bring it there. None at Low, and under the original
    /// scoring model.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub above: Option<Above>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Above {
    /// Half-level steps to the next level down.
    pub steps: i16,
    pub next: RiskLevel,
    /// A floor stands in the way: no measure takes the position there, only removing the
    /// floor's cause (an unlawful transfer, covert monitoring…).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub held: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub level: Scale,
    /// The exact figure in half-levels (2 = Negligible … 8 = Maximum).
    pub halves: i16,
    /// Why the figure is what it is, in the order the model applied each step.
    pub moves: Vec<Move>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Move {
    pub kind: MoveKind,
    /// Half-levels added (negative: removed) by this step.
    pub steps: i16,
    /// "+1 level", "floor Significant", "starts at Limited".
    pub change: String,
    pub because: String,
    pub source: Source,
    pub cite: Vec<String>,
    /// For a floor: the level the figure cannot go below.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<Scale>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MoveKind {
    Start,
    Raise,
    /// Raises beyond the largest few counting half, or raises held at their cap.
    Damp,
    Cap,
    Floor,
    Measure,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Source {
    Category {
        id: String,
    },
    Question {
        id: String,
        prompt: String,
        answer: String,
    },
    Rule {
        id: String,
    },
    Inherent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommendation {
    pub id: String,
    pub title: String,
    pub detail: String,
    pub priority: crate::questionnaire::Priority,
    pub categories: Vec<String>,
    pub cite: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub shown: usize,
    pub answered: usize,
    pub unanswered: Vec<String>,
    pub unsure: Vec<String>,
}

/// An effect that applies, resolved to the categories it moves.
struct Applied<'q> {
    effect: &'q Effect,
    categories: Vec<&'q str>,
    source: Source,
    cite: Vec<String>,
}

/// Scores a set of answers. Pure: the same inputs give the same output, always.
pub fn score(q: &Questionnaire, answers: &Answers, lang: &str) -> Score {
    let vis = Visible::new(q, answers);
    let (in_scope, categories) = positions(q, &vis, Say { lang, words: true });
    let overall = overall(&categories);
    let drivers = drivers(&categories);
    Score {
        drivers,
        questionnaire: QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
        },
        overall,
        not_processed: q
            .categories
            .iter()
            .filter(|c| !in_scope.contains(&c.id.as_str()))
            .map(|c| c.id.clone())
            .collect(),
        categories,
        obligations: legal::obligations(q, &vis, lang),
        transfers: legal::transfers(q, &vis, lang),
        decisions: legal::decisions(q, &vis, lang),
        notification: legal::notification(q, &vis, lang),
        screening: legal::screening(q, &vis, lang),
        actions: recommendations(q, &vis, &in_scope, lang),
        progress: progress(q, &vis, answers),
        lang: crate::i18n::AsLang::as_lang(lang),
    }
}

/// The figures alone, as [`score`] computes them: each category in scope with its
/// position (without the explanation of its moves) and the overall levels.
pub struct Figures {
    pub categories: Vec<CategoryRisk>,
    pub overall: Overall,
}

/// [`Figures`] of a set of answers: what a "what would lower the risk" try needs.
pub fn figures_of(q: &Questionnaire, answers: &Answers) -> Figures {
    let vis = Visible::new(q, answers);
    let (_, categories) = positions(
        q,
        &vis,
        Say {
            lang: "en",
            words: false,
        },
    );
    Figures {
        overall: overall(&categories),
        categories,
    }
}

/// The categories in scope, and the position of each.
fn positions<'q>(
    q: &'q Questionnaire,
    vis: &Visible<'q>,
    say: Say,
) -> (Vec<&'q str>, Vec<CategoryRisk>) {
    let in_scope: Vec<&str> = q
        .categories
        .iter()
        .filter(|c| vis.processes(&c.id))
        .map(|c| c.id.as_str())
        .collect();
    let applied = applied_effects(q, vis, &in_scope, say);
    let categories = q
        .categories
        .iter()
        .filter(|c| in_scope.contains(&c.id.as_str()))
        .map(|c| category_risk(q, c, &applied, say))
        .collect();
    (in_scope, categories)
}

fn question_source(q: &Question, qn: &Questionnaire, vis: &Visible, lang: &str) -> Source {
    Source::Question {
        id: q.id.clone(),
        prompt: q.prompt.get(lang).to_string(),
        answer: vis
            .answer(&q.id)
            .map(|a| a.describe(q, qn, lang))
            .unwrap_or_default(),
    }
}

/// Does a question's effect apply to its answer?
fn triggered(e: &Effect, vis: &Visible, q: &Question) -> bool {
    let Some(a) = vis.answer(&q.id) else {
        return false;
    };
    let when = e.when();
    if when.is_empty() {
        return match a {
            crate::answer::Answer::Rows(r) => !r.is_empty(),
            _ => true,
        };
    }
    a.choices().iter().any(|c| when.iter().any(|w| w == c))
}

fn targets<'q>(t: &'q Target, vis: &Visible<'q>, in_scope: &[&'q str]) -> Vec<&'q str> {
    match t {
        Target::All => in_scope.to_vec(),
        Target::Only(ids) => in_scope
            .iter()
            .copied()
            .filter(|c| ids.iter().any(|i| i == c))
            .collect(),
        Target::Rows {
            question,
            column,
            rows,
            only,
        } => in_scope
            .iter()
            .copied()
            .filter(|cat| only.is_empty() || only.iter().any(|o| o == cat))
            .filter(|cat| {
                vis.rows(question).iter().any(|r| {
                    row_passes(r, rows)
                        && r.get(column)
                            .is_some_and(|cell| cell.choices().contains(cat))
                })
            })
            .collect(),
    }
}

fn applied_effects<'q>(
    q: &'q Questionnaire,
    vis: &Visible<'q>,
    in_scope: &[&'q str],
    say: Say,
) -> Vec<Applied<'q>> {
    let mut out = Vec::new();
    for (_, qu) in q.questions() {
        for e in &qu.effects {
            if triggered(e, vis, qu) {
                out.push(Applied {
                    effect: e,
                    categories: targets(e.target(), vis, in_scope),
                    source: say.source(qu, q, vis),
                    cite: say.cites(q, &qu.cite),
                });
            }
        }
    }
    for r in &q.rules {
        if vis.eval(&r.when) {
            out.push(Applied {
                effect: &r.effect,
                categories: targets(r.effect.target(), vis, in_scope),
                source: Source::Rule { id: r.id.clone() },
                cite: say.cites(q, &r.cite),
            });
        }
    }
    out
}

/// The language a scoring explains itself in, and whether it does: the figures of a
/// "what would lower the risk" try come from the very same steps as a full score, without
/// the words (a report tries some fifty answers; the words are most of a scoring's cost).
#[derive(Clone, Copy)]
struct Say<'a> {
    lang: &'a str,
    words: bool,
}

impl Say<'_> {
    fn text(self, f: impl FnOnce(&str) -> String) -> String {
        if self.words {
            f(self.lang)
        } else {
            String::new()
        }
    }

    fn cites(self, q: &Questionnaire, refs: &[crate::questionnaire::Citation]) -> Vec<String> {
        if self.words {
            q.cites(refs, self.lang)
        } else {
            Vec::new()
        }
    }

    /// The answer an effect comes from (its id alone without the words).
    fn source(self, qu: &Question, q: &Questionnaire, vis: &Visible) -> Source {
        if self.words {
            question_source(qu, q, vis, self.lang)
        } else {
            Source::Question {
                id: qu.id.clone(),
                prompt: String::new(),
                answer: String::new(),
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Axis {
    Severity,
    Likelihood,
}

fn category_risk(
    q: &Questionnaire,
    c: &crate::questionnaire::Category,
    applied: &[Applied],
    say: Say,
) -> CategoryRisk {
    let mine: Vec<&Applied> = applied
        .iter()
        .filter(|a| a.categories.contains(&c.id.as_str()))
        .collect();
    let (sev_in, sev_res) = figures(q, c, Axis::Severity, &mine, say);
    let (lik_in, lik_res) = figures(q, c, Axis::Likelihood, &mine, say);
    let scoring = q.scoring.as_ref();
    let level = |s: &Figure, l: &Figure| q.level(s.level, l.level);
    let above_in = scoring.and_then(|_| {
        above(
            q,
            (
                &sev_in,
                c.severity.halves(),
                lowest(&sev_in, false, scoring),
            ),
            (
                &lik_in,
                c.likelihood.halves(),
                lowest(&lik_in, false, scoring),
            ),
        )
    });
    let above_res = scoring.and_then(|_| {
        above(
            q,
            (
                &sev_res,
                sev_in.level.halves(),
                lowest(&sev_in, true, scoring),
            ),
            (
                &lik_res,
                lik_in.level.halves(),
                lowest(&lik_in, true, scoring),
            ),
        )
    });
    CategoryRisk {
        id: c.id.clone(),
        name: c.name.get(say.lang).to_string(),
        sensitive: c.sensitive.is_some(),
        inherent: Position {
            level: level(&sev_in, &lik_in),
            severity: sev_in,
            likelihood: lik_in,
            above: above_in,
        },
        residual: Position {
            level: level(&sev_res, &lik_res),
            severity: sev_res,
            likelihood: lik_res,
            above: above_res,
        },
    }
}

/// How many half-level steps, on the cheaper axis, bring a position to the next risk
/// level down; each figure reads as a level the way the scoring model reads it (a figure
/// between two levels toward its reference).
fn above(q: &Questionnaire, sev: (&Figure, i16, i16), lik: (&Figure, i16, i16)) -> Option<Above> {
    let read = |h: i16, r: i16| Scale::from_halves_toward(h, r);
    let now = q.level(sev.0.level, lik.0.level);
    for d in 1..=12 {
        let by_sev = q.level(read(sev.0.halves - d, sev.1), lik.0.level);
        let by_lik = q.level(sev.0.level, read(lik.0.halves - d, lik.1));
        let mut lower: Vec<(RiskLevel, bool)> = Vec::new();
        if by_sev < now {
            lower.push((by_sev, sev.0.halves - d < sev.2));
        }
        if by_lik < now {
            lower.push((by_lik, lik.0.halves - d < lik.2));
        }
        if !lower.is_empty() {
            let held = lower.iter().all(|(_, h)| *h);
            let next = lower.iter().map(|(l, _)| *l).max().unwrap_or(now);
            return Some(Above {
                steps: d,
                next,
                held,
            });
        }
    }
    None
}

/// The lowest a figure may go: its floors (for the residual figure, a sensitive category's
/// own floor as the scoring model lowers it), and the bottom of the scale.
fn lowest(
    inherent: &Figure,
    residual: bool,
    scoring: Option<&crate::questionnaire::Scoring>,
) -> i16 {
    inherent
        .moves
        .iter()
        .filter_map(|m| {
            let f = m.floor?.halves();
            Some(match (&m.source, scoring, residual) {
                (Source::Category { .. }, Some(sc), true) => f.min(sc.sensitive_residual.halves()),
                _ => f,
            })
        })
        .max()
        .unwrap_or(Scale::Negligible.halves())
        .max(Scale::Negligible.halves())
}

/// The inherent and residual figure for one category on one axis.
fn figures(
    q: &Questionnaire,
    c: &crate::questionnaire::Category,
    axis: Axis,
    mine: &[&Applied],
    say: Say,
) -> (Figure, Figure) {
    let scoring = q.scoring.as_ref();
    let start = match axis {
        Axis::Severity => c.severity,
        Axis::Likelihood => c.likelihood,
    };
    let cat_source = Source::Category { id: c.id.clone() };
    let mut moves = vec![Move {
        kind: MoveKind::Start,
        steps: start.halves(),
        change: say.text(|lang| tr!(lang, "risk-start-change", level = words::scale(lang, start))),
        because: match axis {
            Axis::Severity => {
                say.text(|lang| tr!(lang, "risk-start-severity", category = c.name.get(lang)))
            }
            Axis::Likelihood => {
                say.text(|lang| tr!(lang, "risk-start-likelihood", category = c.name.get(lang)))
            }
        },
        source: cat_source.clone(),
        cite: vec![],
        floor: None,
    }];
    let mut v = start.halves();
    let mut raises: Vec<i16> = Vec::new();

    for a in mine {
        if let Effect::Raise {
            severity,
            likelihood,
            because,
            ..
        } = a.effect
        {
            let s = pick(axis, *severity, *likelihood);
            if s.is_zero() {
                continue;
            }
            v += s.0;
            raises.push(s.0);
            moves.push(Move {
                kind: MoveKind::Raise,
                steps: s.0,
                change: say.text(|lang| words::steps(lang, s)),
                because: say.text(|lang| because.get(lang).to_string()),
                source: a.source.clone(),
                cite: a.cite.clone(),
                floor: None,
            });
        }
    }
    if let Some(sc) = scoring {
        damp(&mut v, &mut moves, &raises, sc, &cat_source, say);
    }
    if v > Scale::Maximum.halves() {
        moves.push(Move {
            kind: MoveKind::Cap,
            steps: Scale::Maximum.halves() - v,
            change: say.text(|lang| tr!(lang, "risk-cap-change")),
            because: say.text(|lang| tr!(lang, "risk-cap-because")),
            source: cat_source.clone(),
            cite: vec![],
            floor: None,
        });
        v = Scale::Maximum.halves();
    }

    // Floors: the category's own (sensitive data) and those from answers.
    let mut floors: Vec<(Scale, String, Source, Vec<String>)> = Vec::new();
    if let (Axis::Severity, Some(s)) = (axis, &c.sensitive) {
        floors.push((
            Scale::Significant,
            say.text(|lang| s.because.get(lang).to_string()),
            cat_source.clone(),
            say.cites(q, &s.cite),
        ));
    }
    for a in mine {
        if let Effect::Floor {
            severity,
            likelihood,
            because,
            ..
        } = a.effect
        {
            let f = match axis {
                Axis::Severity => severity,
                Axis::Likelihood => likelihood,
            };
            if let Some(f) = f {
                floors.push((
                    *f,
                    say.text(|lang| because.get(lang).to_string()),
                    a.source.clone(),
                    a.cite.clone(),
                ));
            }
        }
    }
    apply_floors(&mut v, &mut moves, &floors, true, say);
    let inherent = Figure {
        level: match scoring {
            Some(_) => Scale::from_halves_toward(v, start.halves()),
            None => Scale::from_halves(v),
        },
        halves: v,
        moves,
    };
    // After measures, a sensitive category's own floor may be lower than before them:
    // deleting data early or keeping less of it lessens the harm a leak can do.
    if let (Some(sc), Axis::Severity, Some(_)) = (scoring, axis, &c.sensitive)
        && let Some(f) = floors.first_mut()
        && f.2 == cat_source
    {
        f.0 = f.0.min(sc.sensitive_residual);
    }

    let mut r = v;
    let mut rmoves = vec![Move {
        kind: MoveKind::Start,
        steps: v,
        change: say.text(|lang| {
            tr!(
                lang,
                "risk-residual-start-change",
                level = words::scale(lang, inherent.level)
            )
        }),
        because: say.text(|lang| tr!(lang, "risk-residual-start-because")),
        source: Source::Inherent,
        cite: vec![],
        floor: None,
    }];
    for a in mine {
        if let Effect::Measure {
            severity,
            likelihood,
            because,
            ..
        } = a.effect
        {
            let s = pick(axis, *severity, *likelihood);
            if s.is_zero() {
                continue;
            }
            r += s.0;
            rmoves.push(Move {
                kind: MoveKind::Measure,
                steps: s.0,
                change: say.text(|lang| words::steps(lang, s)),
                because: say.text(|lang| because.get(lang).to_string()),
                source: a.source.clone(),
                cite: a.cite.clone(),
                floor: None,
            });
        }
    }
    if r < Scale::Negligible.halves() {
        rmoves.push(Move {
            kind: MoveKind::Cap,
            steps: Scale::Negligible.halves() - r,
            change: say.text(|lang| tr!(lang, "risk-hold-change")),
            because: say.text(|lang| tr!(lang, "risk-hold-because")),
            source: cat_source,
            cite: vec![],
            floor: None,
        });
        r = Scale::Negligible.halves();
    }
    apply_floors(&mut r, &mut rmoves, &floors, false, say);
    debug_assert!(r <= v, "residual never exceeds inherent");
    let residual = Figure {
        level: match scoring {
            Some(_) => Scale::from_halves_toward(r, inherent.level.halves()),
            None => Scale::from_halves(r),
        },
        halves: r,
        moves: rmoves,
    };
    (inherent, residual)
}

/// The scoring model's limits on raises: beyond the largest `full_raises`, further raises
/// count half (rounded down to whole half-levels), and all raises together add at most
/// `raise_cap`. Recorded as one move each, so the moves still add up to the figure.
fn damp(
    v: &mut i16,
    moves: &mut Vec<Move>,
    raises: &[i16],
    sc: &crate::questionnaire::Scoring,
    source: &Source,
    say: Say,
) {
    let mut sorted = raises.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let full: i16 = sorted.iter().take(sc.full_raises).sum();
    let rest: i16 = sorted.iter().skip(sc.full_raises).sum();
    let counted = full + rest / 2;
    if counted < full + rest {
        moves.push(Move {
            kind: MoveKind::Damp,
            steps: counted - (full + rest),
            change: say.text(|lang| words::steps(lang, Steps(counted - (full + rest)))),
            because: say.text(|lang| tr!(lang, "risk-damp-half", n = sc.full_raises)),
            source: source.clone(),
            cite: vec![],
            floor: None,
        });
        *v -= full + rest - counted;
    }
    let cap = sc.raise_cap.0;
    if counted > cap {
        moves.push(Move {
            kind: MoveKind::Damp,
            steps: cap - counted,
            change: say.text(|lang| words::steps(lang, Steps(cap - counted))),
            because: say.text(|lang| {
                tr!(
                    lang,
                    "risk-damp-cap",
                    amount = words::steps(lang, Steps(cap))
                        .trim_start_matches('+')
                        .to_string()
                )
            }),
            source: source.clone(),
            cite: vec![],
            floor: None,
        });
        *v -= counted - cap;
    }
}

/// Lifts the figure to every floor. With `all`, floors that the figure already meets are
/// recorded too (with no lift): a reader must see that the figure cannot go lower, and why.
fn apply_floors(
    v: &mut i16,
    moves: &mut Vec<Move>,
    floors: &[(Scale, String, Source, Vec<String>)],
    all: bool,
    say: Say,
) {
    for (floor, because, source, cite) in floors {
        let lift = (floor.halves() - *v).max(0);
        if lift == 0 && !all {
            continue;
        }
        moves.push(Move {
            kind: MoveKind::Floor,
            steps: lift,
            change: if lift > 0 {
                say.text(|lang| tr!(lang, "risk-floor", floor = words::scale(lang, *floor)))
            } else {
                say.text(|lang| tr!(lang, "risk-floor-held", floor = words::scale(lang, *floor)))
            },
            because: because.clone(),
            source: source.clone(),
            cite: cite.clone(),
            floor: Some(*floor),
        });
        *v += lift;
    }
}

fn pick(axis: Axis, severity: Steps, likelihood: Steps) -> Steps {
    match axis {
        Axis::Severity => severity,
        Axis::Likelihood => likelihood,
    }
}

/// How many drivers an explanation leads with.
const TOP_DRIVERS: usize = 5;

fn drivers(categories: &[CategoryRisk]) -> Vec<Driver> {
    let mut out: Vec<Driver> = Vec::new();
    for c in categories {
        for f in [&c.inherent.severity, &c.inherent.likelihood] {
            let start = f.moves.first().map_or(0, |m| m.steps);
            for m in &f.moves {
                // A floor weighs what it lifts the category from its starting point, whether
                // or not other answers had already lifted it as far. A sensitive category's
                // own floor is the nature of the data, not a driver.
                let weight = match (m.kind, m.floor, &m.source) {
                    (MoveKind::Raise, _, _) => m.steps,
                    (
                        MoveKind::Floor,
                        Some(floor),
                        Source::Question { .. } | Source::Rule { .. },
                    ) => floor.halves() - start,
                    _ => 0,
                };
                if weight > 0 {
                    add_driver(&mut out, m, &c.name, weight);
                }
            }
        }
    }
    // Heaviest first; the sort is stable, so ties keep questionnaire order.
    out.sort_by_key(|d| std::cmp::Reverse(d.weight));
    out.truncate(TOP_DRIVERS);
    out
}

fn add_driver(out: &mut Vec<Driver>, m: &Move, category: &str, weight: i16) {
    match out
        .iter_mut()
        .find(|d| d.source == m.source && d.because == m.because)
    {
        Some(d) => {
            d.weight += weight;
            if !d.categories.iter().any(|c| c == category) {
                d.categories.push(category.to_string());
            }
        }
        None => out.push(Driver {
            source: m.source.clone(),
            because: m.because.clone(),
            categories: vec![category.to_string()],
            weight,
        }),
    }
}

fn overall(categories: &[CategoryRisk]) -> Overall {
    let inherent = categories.iter().map(|c| c.inherent.level).max();
    let residual = categories.iter().map(|c| c.residual.level).max();
    Overall {
        inherent,
        residual,
        worst: categories
            .iter()
            .filter(|c| Some(c.residual.level) == residual)
            .map(|c| c.id.clone())
            .collect(),
    }
}

fn recommendations(
    q: &Questionnaire,
    vis: &Visible,
    in_scope: &[&str],
    lang: &str,
) -> Vec<Recommendation> {
    let mut out: Vec<Recommendation> = q
        .actions
        .iter()
        .filter(|a| vis.eval(&a.when))
        .map(|a| Recommendation {
            id: a.id.clone(),
            title: a.title.get(lang).to_string(),
            detail: a.detail.get(lang).to_string(),
            priority: a.priority,
            categories: vec![],
            cite: q.cites(&a.cite, lang),
        })
        .collect();
    for (_, qu) in q.questions() {
        if !vis.is_shown(&qu.id) {
            continue;
        }
        for e in &qu.effects {
            let Effect::Measure {
                action: Some(action),
                ..
            } = e
            else {
                continue;
            };
            if triggered(e, vis, qu) {
                continue;
            }
            let categories: Vec<String> = targets(e.target(), vis, in_scope)
                .into_iter()
                .map(String::from)
                .collect();
            if categories.is_empty() {
                continue;
            }
            let sensitive = categories
                .iter()
                .any(|c| q.category(c).is_some_and(|c| c.sensitive.is_some()));
            let id = format!("measure:{}", qu.id);
            if out.iter().any(|r| r.id == id) {
                continue;
            }
            out.push(Recommendation {
                id,
                title: action.get(lang).to_string(),
                detail: e.because().get(lang).to_string(),
                priority: if sensitive {
                    crate::questionnaire::Priority::High
                } else {
                    crate::questionnaire::Priority::Medium
                },
                categories,
                cite: q.cites(&qu.cite, lang),
            });
        }
    }
    out.sort_by_key(|a| a.priority);
    out
}

fn progress(q: &Questionnaire, vis: &Visible, answers: &Answers) -> Progress {
    let mut p = Progress {
        shown: 0,
        answered: 0,
        unanswered: vec![],
        unsure: vec![],
    };
    for (_, qu) in q.questions() {
        if !vis.is_shown(&qu.id) {
            continue;
        }
        p.shown += 1;
        match answers.get(&qu.id) {
            Some(a) => {
                p.answered += 1;
                if a.is_unsure() {
                    p.unsure.push(qu.id.clone());
                }
            }
            None => p.unanswered.push(qu.id.clone()),
        }
    }
    p
}
