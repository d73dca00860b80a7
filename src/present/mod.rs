//! Plain-text renderings for the command line: the risk explanation, the dossier list,
//! questionnaire check results. Pure functions returning strings, so they are tested
//! without a terminal and reused by every face.

mod legal;

use std::fmt::Write;

use crate::dossier::{Entry, EntryState};
use crate::questionnaire::check::Report;
use crate::risk::{Figure, Move, MoveKind, Score, Source};

fn pos(sev: &Figure, lik: &Figure, level: crate::scale::RiskLevel) -> String {
    format!(
        "{:<9} {:<11} {:<11}",
        level.label(),
        sev.level.label(),
        lik.level.label()
    )
}

/// The full explanation of a score, in words a non-lawyer can follow.
pub fn score_text(title: &str, s: &Score) -> String {
    score_text_with(title, s, &[], &|id: &str| id.to_string())
}

/// The explanation, naming categories with `category_name` (the questionnaire's names).
/// The explanation, with what each missing measure would gain (`gains`, best first) and
/// categories named by `category_name` (the questionnaire's names).
pub fn score_text_with(
    title: &str,
    s: &Score,
    gains: &[crate::risk::Gain],
    category_name: &dyn Fn(&str) -> String,
) -> String {
    let mut o = String::new();
    let p = &s.progress;
    let _ = writeln!(o, "Risk assessment: {title}");
    let _ = writeln!(
        o,
        "Questionnaire {} {} · {} of {} questions answered{}",
        s.questionnaire.id,
        s.questionnaire.version,
        p.answered,
        p.shown,
        if p.unsure.is_empty() {
            String::new()
        } else {
            format!(" · {} answered \"not sure\"", p.unsure.len())
        }
    );
    let _ = writeln!(o);
    legal::screening(&mut o, s);
    match (s.overall.inherent, s.overall.residual) {
        (Some(i), Some(r)) => {
            let _ = writeln!(
                o,
                "Overall risk: {} before measures, {} with the measures in place.",
                i, r
            );
            let worst: Vec<&str> = s
                .categories
                .iter()
                .filter(|c| s.overall.worst.contains(&c.id))
                .map(|c| c.name.as_str())
                .collect();
            let _ = writeln!(o, "Highest: {}.", worst.join(", "));
        }
        _ => {
            let _ = writeln!(
                o,
                "No personal data category is in scope yet: answer the data inventory questions first."
            );
        }
    }
    let _ = writeln!(o);
    legal::decisions(&mut o, s, category_name);
    if !s.drivers.is_empty() {
        let _ = writeln!(o, "What drives the risk most:");
        for (i, d) in s.drivers.iter().enumerate() {
            let what = match &d.source {
                Source::Question { prompt, answer, .. } => {
                    format!("\"{}\" → {}", truncate(prompt, 60), truncate(answer, 30))
                }
                Source::Rule { id } => format!("rule {id}"),
                Source::Category { .. } | Source::Inherent => "the kind of data itself".into(),
            };
            let _ = writeln!(o, "  {}. {what}", i + 1);
            wrap_into(
                &mut o,
                &format!(
                    "{} Affects: {}.",
                    d.because,
                    if d.categories.len() == s.categories.len() && s.categories.len() > 2 {
                        format!("all {} categories in scope", s.categories.len())
                    } else {
                        d.categories.join(", ")
                    }
                ),
                5,
                96,
            );
        }
        let _ = writeln!(o);
    }
    if !s.categories.is_empty() {
        let _ = writeln!(
            o,
            "{:<34} {:<32} WITH MEASURES (residual)",
            "", "BEFORE MEASURES (inherent)"
        );
        let _ = writeln!(
            o,
            "{:<34} {:<9} {:<11} {:<11} {:<9} {:<11} LIKELIHOOD",
            "DATA CATEGORY", "RISK", "SEVERITY", "LIKELIHOOD", "RISK", "SEVERITY"
        );
        for c in &s.categories {
            let name = if c.sensitive {
                format!("{} *", c.name)
            } else {
                c.name.clone()
            };
            let _ = writeln!(
                o,
                "{:<34} {} {}",
                truncate(&name, 34),
                pos(
                    &c.inherent.severity,
                    &c.inherent.likelihood,
                    c.inherent.level
                ),
                pos(
                    &c.residual.severity,
                    &c.residual.likelihood,
                    c.residual.level
                )
                .trim_end()
            );
        }
        let _ = writeln!(
            o,
            "* sensitive: severity never below Significant before measures"
        );
        let above: Vec<String> = s
            .categories
            .iter()
            .filter_map(|c| {
                let a = c.residual.above?;
                Some(if a.held {
                    format!(
                        "{} {}: {} above {}, but held there by a floor: only removing its cause lowers it",
                        c.name,
                        c.residual.level,
                        steps_words(a.steps),
                        a.next
                    )
                } else {
                    format!(
                        "{} {}: {} above {}",
                        c.name,
                        c.residual.level,
                        steps_words(a.steps),
                        a.next
                    )
                })
            })
            .collect();
        if !above.is_empty() {
            let _ = writeln!(o, "How far above the next level down, with measures:");
            for a in above {
                let _ = writeln!(o, "  {a}");
            }
        }
        if !gains.is_empty() {
            let _ = writeln!(o, "What would lower the risk most:");
            for (i, g) in gains.iter().take(3).enumerate() {
                let cats: Vec<String> = g
                    .categories
                    .iter()
                    .map(|c| {
                        if c.then < c.now {
                            format!("{} {} → {}", c.name, c.now, c.then)
                        } else {
                            format!("{} ({} closer)", c.name, steps_words(c.steps))
                        }
                    })
                    .collect();
                let overall = match (g.overall_now, g.overall_then) {
                    (Some(a), Some(b)) if b < a => format!("overall {a} → {b}; "),
                    _ => String::new(),
                };
                let _ = writeln!(o, "  {}. {} [{}]", i + 1, g.action, g.question);
                wrap_into(&mut o, &format!("{overall}{}", cats.join("; ")), 5, 96);
            }
        }
        let _ = writeln!(o);
    }
    for c in &s.categories {
        let _ = writeln!(
            o,
            "Why: {} — {} before measures, {} with measures",
            c.name, c.inherent.level, c.residual.level
        );
        explain_figure(
            &mut o,
            "Severity (how much harm)",
            &c.inherent.severity,
            &c.residual.severity,
        );
        explain_figure(
            &mut o,
            "Likelihood (how likely)",
            &c.inherent.likelihood,
            &c.residual.likelihood,
        );
        let _ = writeln!(o);
    }
    legal::transfers(&mut o, s);
    legal::obligations(&mut o, s);
    legal::notification(&mut o, s);
    if !s.actions.is_empty() {
        let _ = writeln!(o, "Recommended actions ({})", s.actions.len());
        for a in &s.actions {
            let pr = format!("{:?}", a.priority);
            let _ = writeln!(o, "  [{pr:<6}] {}", a.title);
            if !a.detail.is_empty() {
                wrap_into(&mut o, &a.detail, 11, 96);
            }
        }
        let _ = writeln!(o);
    }
    if !p.unsure.is_empty() {
        let _ = writeln!(
            o,
            "Answered \"not sure\" — find out, then answer: {}",
            p.unsure.join(", ")
        );
    }
    if !p.unanswered.is_empty() {
        let _ = writeln!(
            o,
            "Not answered yet ({}): {}",
            p.unanswered.len(),
            p.unanswered.join(", ")
        );
    }
    o
}

/// "1 step (½ level)", "3 steps (1½ levels)".
pub fn steps_words(steps: i16) -> String {
    let levels = crate::i18n::words::steps(crate::i18n::Lang::En, crate::scale::Steps(steps));
    let levels = levels.trim_start_matches('+');
    if steps == 1 {
        format!("1 step ({levels})")
    } else {
        format!("{steps} steps ({levels})")
    }
}

/// "Maximum", or "between Significant and Maximum (counted as Maximum)" for a figure
/// between two levels.
pub fn figure_words(f: &Figure) -> String {
    if f.halves % 2 == 1 {
        let below = crate::scale::Scale::from_halves(f.halves - 1);
        let above = crate::scale::Scale::from_halves(f.halves + 1);
        format!("between {below} and {above} (counted as {})", f.level)
    } else {
        f.level.to_string()
    }
}

fn explain_figure(o: &mut String, label: &str, inherent: &Figure, residual: &Figure) {
    let _ = writeln!(
        o,
        "  {label}: {} before measures, {} with measures",
        figure_words(inherent),
        figure_words(residual)
    );
    for m in &inherent.moves {
        explain_move(o, m, 4);
    }
    let measures: Vec<&Move> = residual
        .moves
        .iter()
        .filter(|m| m.kind != MoveKind::Start)
        .collect();
    if measures.is_empty() {
        let _ = writeln!(o, "    · with measures: no measure in place lowers it");
    } else {
        let _ = writeln!(o, "    · with measures:");
        for m in measures {
            explain_move(o, m, 6);
        }
    }
}

fn explain_move(o: &mut String, m: &Move, indent: usize) {
    let what = match &m.source {
        Source::Question { id, prompt, answer } => format!(
            "{id} \"{}\" → {}",
            truncate(prompt, 70),
            truncate(answer, 40)
        ),
        Source::Rule { id } => format!("rule {id}"),
        Source::Category { .. } | Source::Inherent => String::new(),
    };
    let pad = " ".repeat(indent);
    let head = if what.is_empty() {
        format!("{pad}· {}", m.change)
    } else {
        format!("{pad}· {} — {what}", m.change)
    };
    let _ = writeln!(o, "{head}");
    let mut because = m.because.clone();
    if !m.cite.is_empty() {
        because.push_str(&format!(" [{}]", m.cite.join("; ")));
    }
    wrap_into(o, &because, indent + 4, 96);
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Word-wraps `text` at `width` columns, indenting every line by `indent`.
pub fn wrap_into(o: &mut String, text: &str, indent: usize, width: usize) {
    let pad = " ".repeat(indent);
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent + line.chars().count() + 1 + word.chars().count() > width {
            let _ = writeln!(o, "{pad}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(o, "{pad}{line}");
    }
}

pub fn list_text(dossier: &std::path::Path, entries: &[Entry]) -> String {
    let mut o = String::new();
    if entries.is_empty() {
        let _ = writeln!(
            o,
            "The dossier {} has no assessments yet.",
            dossier.display()
        );
        let _ = writeln!(o);
        let _ = writeln!(
            o,
            "Start one:        farol new --title \"Attendance platform rollout\""
        );
        let _ = writeln!(
            o,
            "Or explore a demo: farol demo   (a Macau SME's chat and attendance platform)"
        );
        return o;
    }
    let _ = writeln!(
        o,
        "{:<30} {:<10} {:<9} {:<25} {:<18} {:<22} TITLE",
        "ID", "ANSWERED", "RISK", "STATUS", "REVIEW DUE", "UPDATED"
    );
    for e in entries {
        let (status, due) = match &e.status {
            Some(s) => (
                format!(
                    "{}{}",
                    s.state.label(),
                    if s.changed_since_signing { "*" } else { "" }
                ),
                s.due_label(),
            ),
            None => ("?".into(), String::new()),
        };
        match &e.state {
            EntryState::Draft {
                title,
                updated,
                answered,
                shown,
                overall,
                ..
            } => {
                let _ = writeln!(
                    o,
                    "{:<30} {:<10} {:<9} {:<25} {:<18} {:<22} {}",
                    truncate(&e.id, 30),
                    format!("{answered}/{shown}"),
                    overall.map_or("—", |l| l.label()),
                    status,
                    due,
                    updated,
                    title
                );
            }
            EntryState::Unreadable { error } => {
                let _ = writeln!(o, "{:<30} UNREADABLE: {error}", truncate(&e.id, 30));
            }
        }
    }
    if entries
        .iter()
        .any(|e| e.status.as_ref().is_some_and(|s| s.changed_since_signing))
    {
        o.push_str("* changed since the latest signed revision\n");
    }
    o
}

pub fn check_text(r: &Report) -> String {
    let mut o = String::new();
    for p in &r.problems {
        let _ = writeln!(o, "{p}");
    }
    let warnings = r.problems.len() - r.errors();
    if !r.levels.is_empty() {
        let n = |l| r.levels.get(&l).copied().unwrap_or(0);
        use crate::questionnaire::Level;
        let _ = writeln!(
            o,
            "{}: citations: {} verified (text read), {} confirmed through the regulator, {} unverified (never the ground of a score or an obligation)",
            r.file,
            n(Level::Verified),
            n(Level::Confirmed),
            n(Level::Unverified)
        );
    }
    if r.passed() {
        let _ = writeln!(
            o,
            "{}: ok — {} {} · {} questions · fingerprint {}{}",
            r.file,
            r.id.as_deref().unwrap_or("?"),
            r.version.as_deref().unwrap_or("?"),
            r.questions,
            r.fingerprint.as_deref().map(|f| &f[..16]).unwrap_or("?"),
            if warnings > 0 {
                format!(" · {warnings} warning(s)")
            } else {
                String::new()
            }
        );
    } else {
        let _ = writeln!(
            o,
            "{}: {} error(s), {} warning(s)",
            r.file,
            r.errors(),
            warnings
        );
    }
    o
}
