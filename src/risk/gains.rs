//! What would lower the risk most: every protective measure not yet in place, tried one
//! at a time, with what it would change. A DPO decides what to fix first from this, so it
//! is computed by scoring the answers again with that one measure in place — the same
//! model, no estimate — and ranked by how far it lowers the overall risk, then the levels
//! and positions it lowers.

use serde::{Deserialize, Serialize};

use super::{CategoryRisk, Figures, Score, figures_of, score};
use crate::answer::{Answer, Answers};
use crate::questionnaire::{AnswerKind, Effect, Questionnaire, Visible};
use crate::scale::RiskLevel;

/// One measure not in place, and what putting it in place would change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gain {
    pub question: String,
    pub prompt: String,
    /// The action the questionnaire recommends for it (its first), or the prompt.
    pub action: String,
    /// The overall residual level now, and with the measure.
    pub overall_now: Option<RiskLevel>,
    pub overall_then: Option<RiskLevel>,
    pub categories: Vec<CategoryGain>,
    /// Half-level steps gained across categories and both axes.
    pub steps: i16,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryGain {
    pub id: String,
    pub name: String,
    pub now: RiskLevel,
    pub then: RiskLevel,
    /// Half-level steps gained on severity and likelihood together.
    pub steps: i16,
}

/// The answer that puts a measure in place: its first triggering choice.
fn in_place(kind: &AnswerKind, choice: &str) -> Option<Answer> {
    Some(match kind {
        AnswerKind::YesNo => match choice {
            "yes" => Answer::Yes,
            "no" => Answer::No,
            _ => Answer::Unsure,
        },
        AnswerKind::Single(_) => Answer::Choice(choice.to_string()),
        AnswerKind::Multi(_) | AnswerKind::Categories => Answer::Choices(vec![choice.to_string()]),
        _ => return None,
    })
}

/// Every measure shown and not in place — and every yes/no question shown and not
/// answered yes whose "yes" would lower a figure — with what it would gain, best first.
/// What would change nothing is left out.
pub fn gains(q: &Questionnaire, answers: &Answers, lang: &str) -> Vec<Gain> {
    let base = score(q, answers, lang);
    let vis = Visible::new(q, answers);
    let mut out = Vec::new();
    let mut tries = Vec::new();
    for (_, qu) in q.questions() {
        if !vis.is_shown(&qu.id) {
            continue;
        }
        let current = vis.answer(&qu.id);
        let measure = qu.effects.iter().find_map(|e| match e {
            Effect::Measure { when, action, .. } => Some((when, action)),
            _ => None,
        });
        // A measure not in place; or a yes/no question not answered yes whose "yes" — a
        // collection statement given, staff free to refuse — lifts what holds a figure up.
        let (answer, action) = match measure {
            Some((when, action)) => {
                let Some(choice) = when.first() else { continue };
                if current.is_some_and(|a| a.choices().iter().any(|c| when.iter().any(|w| w == c)))
                {
                    continue;
                }
                let Some(a) = in_place(&qu.kind, choice) else {
                    continue;
                };
                (a, action.as_ref().map(|t| t.get(lang).to_string()))
            }
            None if qu.kind == AnswerKind::YesNo && current != Some(&Answer::Yes) => {
                // Named by the action the questionnaire recommends on that answer, if any.
                let action = q.actions.iter().find_map(|a| {
                    let mut refs = std::collections::BTreeSet::new();
                    crate::questionnaire::derived::direct(&a.when, &mut refs);
                    refs.contains(qu.id.as_str())
                        .then(|| a.title.get(lang).to_string())
                });
                (Answer::Yes, action)
            }
            None => continue,
        };
        tries.push((qu, answer, action));
    }
    // Each try scores the whole questionnaire again, independently: on every core.
    let scored = crate::parallel::map(&tries, |(qu, answer, _)| {
        let mut then = answers.clone();
        then.insert(qu.id.clone(), answer.clone());
        figures_of(q, &then)
    });
    for ((qu, _, action), after) in tries.into_iter().zip(scored) {
        if let Some(g) = compare(&base, &after) {
            out.push(Gain {
                question: qu.id.clone(),
                prompt: qu.prompt.get(lang).to_string(),
                action: action.unwrap_or_else(|| qu.prompt.get(lang).to_string()),
                overall_now: base.overall.residual,
                overall_then: after.overall.residual,
                ..g
            });
        }
    }
    out.sort_by(|a, b| {
        let levels = |g: &Gain| g.categories.iter().filter(|c| c.then < c.now).count();
        a.overall_then
            .cmp(&b.overall_then)
            .then(levels(b).cmp(&levels(a)))
            .then(b.steps.cmp(&a.steps))
    });
    out
}

/// What would lower one category most, best first, at most `n`: the gains that lower its
/// level first, then those that bring it closest. Where a floor holds the category, only
/// what lowers its level is listed: bringing it "closer" would change nothing a reader sees.
pub fn best_for<'a>(
    gains: &'a [Gain],
    c: &CategoryRisk,
    n: usize,
) -> Vec<(&'a Gain, &'a CategoryGain)> {
    let held = c.residual.above.is_some_and(|a| a.held);
    let mut mine: Vec<(&Gain, &CategoryGain)> = gains
        .iter()
        .filter_map(|g| Some((g, g.categories.iter().find(|x| x.id == c.id)?)))
        .filter(|(_, cg)| !held || cg.then < cg.now)
        .collect();
    mine.sort_by(|a, b| a.1.then.cmp(&b.1.then).then(b.1.steps.cmp(&a.1.steps)));
    mine.truncate(n);
    mine
}

fn compare(base: &Score, after: &Figures) -> Option<Gain> {
    let mut categories = Vec::new();
    for c in &base.categories {
        let Some(d) = after.categories.iter().find(|x| x.id == c.id) else {
            continue;
        };
        let steps = (c.residual.severity.halves - d.residual.severity.halves)
            + (c.residual.likelihood.halves - d.residual.likelihood.halves);
        if steps > 0 {
            categories.push(CategoryGain {
                id: c.id.clone(),
                name: c.name.clone(),
                now: c.residual.level,
                then: d.residual.level,
                steps,
            });
        }
    }
    if categories.is_empty() {
        return None;
    }
    Some(Gain {
        question: String::new(),
        prompt: String::new(),
        action: String::new(),
        overall_now: None,
        overall_then: None,
        steps: categories.iter().map(|c| c.steps).sum(),
        categories,
    })
}
