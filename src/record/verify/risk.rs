//! Risk recomputation: the stored figures against the figures the stored answers give
//! with the questionnaire version the record names.

use super::super::body::{CategoryFigures, RecordBody, RiskRecord};
use super::RiskStatus;
use crate::questionnaire::Loaded;

/// Recomputes the risk from the stored answers and compares it with the stored figures.
pub(super) fn check_risk(body: &RecordBody, l: &Loaded) -> (RiskStatus, Vec<String>) {
    let q = &l.questionnaire;
    let mut problems = Vec::new();
    if body.language != super::super::body::LANGUAGE && !q.languages.contains(&body.language) {
        problems.push(format!(
            "the record says it was written in '{}', a language {} {} does not have",
            body.language, q.id, q.version
        ));
    }
    for a in &body.answers {
        match q.question(&a.id) {
            None => problems.push(format!(
                "the answer to '{}' is for a question that {} {} does not have",
                a.id, q.id, q.version
            )),
            Some(qu) if qu.prompt.get(&body.language) != a.prompt => problems.push(format!(
                "the question text recorded for '{}' differs from {} {}",
                a.id, q.id, q.version
            )),
            Some(_) => {}
        }
    }
    let score = crate::risk::score(q, &body.answers_map(), &body.language);
    let now = RiskRecord::of(&score);
    let was = &body.risk;
    if now != *was {
        let mut ids: Vec<&str> = now.categories.iter().map(|c| c.id.as_str()).collect();
        for c in &was.categories {
            if !ids.contains(&c.id.as_str()) {
                ids.push(&c.id);
            }
        }
        let mut differing = Vec::new();
        for id in ids {
            let a = was.categories.iter().find(|c| c.id == id);
            let b = now.categories.iter().find(|c| c.id == id);
            if a != b {
                differing.push(format!(
                    "stored risk for category '{id}' differs from the recomputation: {}",
                    category_difference(a, b)
                ));
            }
        }
        let more = differing.len().saturating_sub(3);
        problems.extend(differing.into_iter().take(3));
        if more > 0 {
            problems.push(format!("… and {more} more categories differ"));
        }
        let label = |l: Option<crate::scale::RiskLevel>| l.map_or("none", |l| l.label());
        if now.overall != was.overall {
            problems.push(format!(
                "stored overall risk ({} residual) differs from the recomputation ({} residual)",
                label(was.overall.residual),
                label(now.overall.residual)
            ));
        }
        if now.obligations != was.obligations {
            problems.push("stored legal obligations differ from the recomputation".into());
        }
        if now.actions != was.actions {
            problems.push("stored recommended actions differ from the recomputation".into());
        }
        if now.screening != was.screening
            || now.transfers != was.transfers
            || now.decisions != was.decisions
            || now.notification_missing != was.notification_missing
        {
            problems.push(
                "stored screening verdict, transfer states, notify-or-authorise decisions or notification content differ from the recomputation".into(),
            );
        }
        if now.not_processed != was.not_processed || now.progress != was.progress {
            problems.push("stored scope or progress differs from the recomputation".into());
        }
        problems.push(
            format!(
                "the stored risk is not what the stored answers give with {} {}: the figures were edited, or this Farol scores differently from the one that signed",
                q.id, q.version
            ),
        );
    }
    if problems.is_empty() {
        (RiskStatus::Ok, problems)
    } else {
        (RiskStatus::Differs, problems)
    }
}

/// What differs between a stored category and the recomputed one, in words.
pub(super) fn category_difference(
    stored: Option<&CategoryFigures>,
    now: Option<&CategoryFigures>,
) -> String {
    let (a, b) = match (stored, now) {
        (Some(a), Some(b)) => (a, b),
        (Some(_), None) => {
            return "stored as processed, but the answers do not bring it in scope".into();
        }
        (None, Some(_)) => return "the answers bring it in scope, but it is not stored".into(),
        (None, None) => return String::new(),
    };
    let mut out = Vec::new();
    for (stage, x, y) in [
        ("inherent", &a.inherent, &b.inherent),
        ("residual", &a.residual, &b.residual),
    ] {
        let fig = |level: crate::scale::Scale, halves: i16| {
            format!("{} ({halves} half-levels)", level.label())
        };
        if x.severity != y.severity || x.halves.0 != y.halves.0 {
            out.push(format!(
                "{stage} severity stored {}, recomputed {}",
                fig(x.severity, x.halves.0),
                fig(y.severity, y.halves.0)
            ));
        }
        if x.likelihood != y.likelihood || x.halves.1 != y.halves.1 {
            out.push(format!(
                "{stage} likelihood stored {}, recomputed {}",
                fig(x.likelihood, x.halves.1),
                fig(y.likelihood, y.halves.1)
            ));
        }
        if x.level != y.level {
            out.push(format!(
                "{stage} level stored {}, recomputed {}",
                x.level.label(),
                y.level.label()
            ));
        }
    }
    if a.name != b.name || a.sensitive != b.sensitive {
        out.push("its name or sensitivity".into());
    }
    out.join("; ")
}
