//! Plain-text renderings for the command line: the risk explanation, the dossier list,
//! questionnaire check results. Pure functions returning strings, so they are tested
//! without a terminal and reused by every face.

mod legal;
pub mod text;
pub mod words;

use std::fmt::Write;

use crate::dossier::{Entry, EntryState};
use crate::i18n::words as w;
use crate::questionnaire::check::Report;
use crate::risk::{Figure, Move, MoveKind, Score, Source};
use crate::tr;

pub use text::{pad, truncate, width, wrap_into};

/// The width the explanations wrap at.
const WIDTH: usize = 96;

/// The risk, severity and likelihood columns of one side of the table.
fn pos(
    lang: &str,
    sev: &Figure,
    lik: &Figure,
    level: crate::scale::RiskLevel,
    cols: &[usize; 3],
) -> String {
    format!(
        "{} {} {}",
        pad(&w::level(lang, level), cols[0]),
        pad(&w::scale(lang, sev.level), cols[1]),
        pad(&w::scale(lang, lik.level), cols[2])
    )
}

/// The full explanation of a score, in English (see [`score_text_in`]).
pub fn score_text(title: &str, s: &Score) -> String {
    score_text_in("en", title, s, &[], &|id: &str| id.to_string())
}

/// The explanation in English, with gains and category names (see [`score_text_in`]).
pub fn score_text_with(
    title: &str,
    s: &Score,
    gains: &[crate::risk::Gain],
    category_name: &dyn Fn(&str) -> String,
) -> String {
    score_text_in("en", title, s, gains, category_name)
}

/// The full explanation of a score in `lang`, in words a non-lawyer can follow, with what
/// each missing measure would gain (`gains`, best first) and categories named by
/// `category_name` (the questionnaire's names).
pub fn score_text_in(
    lang: &str,
    title: &str,
    s: &Score,
    gains: &[crate::risk::Gain],
    category_name: &dyn Fn(&str) -> String,
) -> String {
    let mut o = String::new();
    let p = &s.progress;
    let _ = writeln!(o, "{}", tr!(lang, "cli-score-title", title = title));
    let questionnaire = format!("{} {}", s.questionnaire.id, s.questionnaire.version);
    let _ = writeln!(
        o,
        "{}",
        if p.unsure.is_empty() {
            tr!(
                lang,
                "cli-score-progress",
                questionnaire = questionnaire,
                answered = p.answered,
                shown = p.shown
            )
        } else {
            tr!(
                lang,
                "cli-score-progress-unsure",
                questionnaire = questionnaire,
                answered = p.answered,
                shown = p.shown,
                unsure = p.unsure.len()
            )
        }
    );
    let _ = writeln!(o);
    legal::screening(&mut o, lang, s);
    match (s.overall.inherent, s.overall.residual) {
        (Some(i), Some(r)) => {
            let _ = writeln!(
                o,
                "{}",
                tr!(
                    lang,
                    "cli-overall-risk",
                    inherent = w::level(lang, i),
                    residual = w::level(lang, r)
                )
            );
            let worst: Vec<&str> = s
                .categories
                .iter()
                .filter(|c| s.overall.worst.contains(&c.id))
                .map(|c| c.name.as_str())
                .collect();
            let _ = writeln!(
                o,
                "{}",
                tr!(lang, "cli-score-highest", names = list(lang, &worst))
            );
        }
        _ => {
            let _ = writeln!(o, "{}", tr!(lang, "cli-score-nothing-in-scope"));
        }
    }
    let _ = writeln!(o);
    legal::decisions(&mut o, lang, s, category_name);
    drivers(&mut o, lang, s);
    if !s.categories.is_empty() {
        table(&mut o, lang, s, gains);
    }
    for c in &s.categories {
        let _ = writeln!(
            o,
            "{}",
            tr!(
                lang,
                "cli-why-category",
                name = c.name.as_str(),
                inherent = w::level(lang, c.inherent.level),
                residual = w::level(lang, c.residual.level)
            )
        );
        explain_figure(
            &mut o,
            lang,
            &tr!(lang, "cli-axis-severity"),
            &c.inherent.severity,
            &c.residual.severity,
        );
        explain_figure(
            &mut o,
            lang,
            &tr!(lang, "cli-axis-likelihood"),
            &c.inherent.likelihood,
            &c.residual.likelihood,
        );
        let _ = writeln!(o);
    }
    legal::transfers(&mut o, lang, s);
    legal::obligations(&mut o, lang, s);
    legal::notification(&mut o, lang, s);
    if !s.actions.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            tr!(lang, "cli-actions-heading", n = s.actions.len())
        );
        let marks: Vec<String> = s
            .actions
            .iter()
            .map(|a| words::priority(lang, a.priority))
            .collect();
        let mw = marks.iter().map(|m| width(m)).max().unwrap_or(0);
        for (a, mark) in s.actions.iter().zip(&marks) {
            let _ = writeln!(o, "  [{}] {}", pad(mark, mw), a.title);
            if !a.detail.is_empty() {
                wrap_into(&mut o, &a.detail, mw + 5, WIDTH);
            }
        }
        let _ = writeln!(o);
    }
    if !p.unsure.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            tr!(lang, "cli-score-unsure", ids = p.unsure.join(", "))
        );
    }
    if !p.unanswered.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            tr!(
                lang,
                "cli-score-unanswered",
                n = p.unanswered.len(),
                ids = p.unanswered.join(", ")
            )
        );
    }
    o
}

/// Longer items (citations, sentences) joined as the language lists them ("a; b" / "甲；乙").
pub fn join_long(lang: &str, items: &[String]) -> String {
    items.join(&tr!(lang, "cli-list-separator-long"))
}

/// Names joined as the language lists them ("a, b" / "甲、乙").
pub fn list(lang: &str, names: &[&str]) -> String {
    names.join(&tr!(lang, "cli-list-separator"))
}

/// What drives the risk most.
fn drivers(o: &mut String, lang: &str, s: &Score) {
    if s.drivers.is_empty() {
        return;
    }
    let _ = writeln!(o, "{}", tr!(lang, "cli-drivers-heading"));
    for (i, d) in s.drivers.iter().enumerate() {
        let what = match &d.source {
            Source::Question { prompt, answer, .. } => tr!(
                lang,
                "cli-driver-question",
                prompt = truncate(prompt, 60),
                answer = truncate(answer, 30)
            ),
            Source::Rule { id } => tr!(lang, "cli-rule", id = id.as_str()),
            Source::Category { .. } | Source::Inherent => tr!(lang, "cli-driver-the-data"),
        };
        let _ = writeln!(o, "  {}. {what}", i + 1);
        let affects = if d.categories.len() == s.categories.len() && s.categories.len() > 2 {
            tr!(lang, "cli-driver-affects-all", n = s.categories.len())
        } else {
            let names: Vec<&str> = d.categories.iter().map(String::as_str).collect();
            tr!(lang, "cli-driver-affects", names = list(lang, &names))
        };
        wrap_into(o, &format!("{} {affects}", d.because), 5, WIDTH);
    }
    let _ = writeln!(o);
}

/// The table of levels per category, how far each is above the next level down, and what
/// would lower the risk most.
fn table(o: &mut String, lang: &str, s: &Score, gains: &[crate::risk::Gain]) {
    let risk = tr!(lang, "cli-col-risk");
    let sev = tr!(lang, "cli-col-severity");
    let lik = tr!(lang, "cli-col-likelihood");
    let cat = tr!(lang, "cli-col-category");
    let widest = |words: Vec<String>, head: &str| {
        words
            .iter()
            .map(|x| width(x))
            .chain([width(head)])
            .max()
            .unwrap_or(0)
    };
    let levels = {
        use crate::scale::RiskLevel::*;
        [Low, Medium, High, VeryHigh]
            .map(|l| w::level(lang, l))
            .to_vec()
    };
    let scales = crate::scale::Scale::ALL.map(|l| w::scale(lang, l)).to_vec();
    let cols = [
        widest(levels, &risk),
        widest(scales.clone(), &sev),
        widest(scales, &lik),
    ];
    let name_w = 34;
    let side = cols.iter().sum::<usize>() + 2;
    let _ = writeln!(
        o,
        "{} {} {}",
        pad("", name_w),
        pad(&tr!(lang, "cli-col-inherent"), side),
        tr!(lang, "cli-col-residual")
    );
    let heads = format!(
        "{} {} {}",
        pad(&risk, cols[0]),
        pad(&sev, cols[1]),
        pad(&lik, cols[2])
    );
    let _ = writeln!(
        o,
        "{}",
        format!("{} {heads} {heads}", pad(&cat, name_w)).trim_end()
    );
    for c in &s.categories {
        let name = if c.sensitive {
            tr!(lang, "cli-category-sensitive", name = c.name.as_str())
        } else {
            c.name.clone()
        };
        let _ = writeln!(
            o,
            "{} {} {}",
            pad(&truncate(&name, name_w), name_w),
            pos(
                lang,
                &c.inherent.severity,
                &c.inherent.likelihood,
                c.inherent.level,
                &cols
            ),
            pos(
                lang,
                &c.residual.severity,
                &c.residual.likelihood,
                c.residual.level,
                &cols
            )
            .trim_end()
        );
    }
    let _ = writeln!(o, "{}", tr!(lang, "cli-sensitive-note"));
    let above: Vec<String> = s
        .categories
        .iter()
        .filter_map(|c| {
            let a = c.residual.above?;
            let (name, level, steps, next) = (
                c.name.as_str(),
                w::level(lang, c.residual.level),
                w::steps_count(lang, a.steps),
                w::level(lang, a.next),
            );
            Some(if a.held {
                tr!(
                    lang,
                    "cli-above-held",
                    name = name,
                    level = level,
                    steps = steps,
                    next = next
                )
            } else {
                tr!(
                    lang,
                    "cli-above",
                    name = name,
                    level = level,
                    steps = steps,
                    next = next
                )
            })
        })
        .collect();
    if !above.is_empty() {
        let _ = writeln!(o, "{}", tr!(lang, "cli-above-heading"));
        for a in above {
            let _ = writeln!(o, "  {a}");
        }
    }
    if !gains.is_empty() {
        let _ = writeln!(o, "{}", tr!(lang, "cli-gains-heading"));
        for (i, g) in gains.iter().take(3).enumerate() {
            let cats: Vec<String> = g
                .categories
                .iter()
                .map(|c| {
                    if c.then < c.now {
                        tr!(
                            lang,
                            "cli-gain-lowers",
                            name = c.name.as_str(),
                            now = w::level(lang, c.now),
                            then = w::level(lang, c.then)
                        )
                    } else {
                        tr!(
                            lang,
                            "cli-gain-closer",
                            name = c.name.as_str(),
                            steps = w::steps_count(lang, c.steps)
                        )
                    }
                })
                .collect();
            let cats = cats.join(&tr!(lang, "cli-list-separator-long"));
            let line = match (g.overall_now, g.overall_then) {
                (Some(a), Some(b)) if b < a => tr!(
                    lang,
                    "cli-gain-overall",
                    now = w::level(lang, a),
                    then = w::level(lang, b),
                    categories = cats
                ),
                _ => cats,
            };
            let _ = writeln!(o, "  {}. {} [{}]", i + 1, g.action, g.question);
            wrap_into(o, &line, 5, WIDTH);
        }
    }
    let _ = writeln!(o);
}

fn explain_figure(o: &mut String, lang: &str, label: &str, inherent: &Figure, residual: &Figure) {
    let _ = writeln!(
        o,
        "  {}",
        tr!(
            lang,
            "cli-figure-line",
            axis = label,
            inherent = w::figure(lang, inherent),
            residual = w::figure(lang, residual)
        )
    );
    for m in &inherent.moves {
        explain_move(o, lang, m, 4);
    }
    let measures: Vec<&Move> = residual
        .moves
        .iter()
        .filter(|m| m.kind != MoveKind::Start)
        .collect();
    if measures.is_empty() {
        let _ = writeln!(o, "    · {}", tr!(lang, "cli-measures-none"));
    } else {
        let _ = writeln!(o, "    · {}", tr!(lang, "cli-measures"));
        for m in measures {
            explain_move(o, lang, m, 6);
        }
    }
}

fn explain_move(o: &mut String, lang: &str, m: &Move, indent: usize) {
    let what = match &m.source {
        Source::Question { id, prompt, answer } => tr!(
            lang,
            "cli-move-question",
            id = id.as_str(),
            prompt = truncate(prompt, 70),
            answer = truncate(answer, 40)
        ),
        Source::Rule { id } => tr!(lang, "cli-rule", id = id.as_str()),
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
        because.push_str(&tr!(
            lang,
            "cli-move-cites",
            cites = join_long(lang, &m.cite)
        ));
    }
    wrap_into(o, &because, indent + 4, WIDTH);
}

/// The dossier's assessments, in English (see [`list_text_in`]).
pub fn list_text(dossier: &std::path::Path, entries: &[Entry]) -> String {
    list_text_in("en", dossier, entries)
}

/// The dossier's assessments in `lang`: a table, or what to do first in an empty dossier.
pub fn list_text_in(lang: &str, dossier: &std::path::Path, entries: &[Entry]) -> String {
    let mut o = String::new();
    if entries.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            tr!(
                lang,
                "cli-list-empty",
                dossier = dossier.display().to_string()
            )
        );
        let _ = writeln!(o);
        let _ = writeln!(o, "{}", tr!(lang, "cli-list-start"));
        let _ = writeln!(o, "{}", tr!(lang, "cli-list-demo"));
        return o;
    }
    let rows: Vec<[String; 7]> = entries
        .iter()
        .map(|e| {
            let (status, due) = match &e.status {
                Some(s) => {
                    let state = format!(
                        "{}{}",
                        words::state(lang, s.state),
                        if s.changed_since_signing { "*" } else { "" }
                    );
                    let state = if s.forked {
                        tr!(lang, "cli-list-status-forked", status = state)
                    } else {
                        state
                    };
                    (state, due_label(lang, s))
                }
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
                } => [
                    e.id.clone(),
                    format!("{answered}/{shown}"),
                    overall.map_or("—".to_string(), |l| w::level(lang, l)),
                    status,
                    due,
                    updated.clone(),
                    title.clone(),
                ],
                EntryState::Unreadable { error } => [
                    e.id.clone(),
                    tr!(lang, "cli-list-unreadable", error = error.as_str()),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ],
            }
        })
        .collect();
    let heads = [
        tr!(lang, "cli-col-id"),
        tr!(lang, "cli-col-answered"),
        tr!(lang, "cli-col-risk"),
        tr!(lang, "cli-col-status"),
        tr!(lang, "cli-col-review-due"),
        tr!(lang, "cli-col-updated"),
        tr!(lang, "cli-col-title"),
    ];
    // Each column as wide as its heading and its widest cell (a level or a state is
    // longer in some languages), the title last.
    // An id is never cut: it is what the user copies into the next command.
    let mut widths = [0, 10, 9, 25, 18, 22, 0];
    for (i, wd) in widths.iter_mut().enumerate().take(6) {
        *wd = (*wd).max(width(&heads[i]));
        if i == 0 {
            *wd = rows.iter().map(|r| width(&r[0])).fold(*wd, usize::max);
        } else {
            for (r, e) in rows.iter().zip(entries) {
                if matches!(e.state, EntryState::Draft { .. }) {
                    *wd = (*wd).max(width(&r[i]));
                }
            }
        }
    }
    let line = |cells: &[String]| {
        let mut l = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == cells.len() {
                l.push_str(c);
            } else {
                l.push_str(&pad(c, widths[i]));
                l.push(' ');
            }
        }
        l.trim_end().to_string()
    };
    let _ = writeln!(o, "{}", line(&heads));
    for (r, e) in rows.iter().zip(entries) {
        if matches!(e.state, EntryState::Unreadable { .. }) {
            let _ = writeln!(o, "{} {}", pad(&r[0], widths[0]), r[1]);
        } else {
            let _ = writeln!(o, "{}", line(r));
        }
    }
    if entries
        .iter()
        .any(|e| e.status.as_ref().is_some_and(|s| s.changed_since_signing))
    {
        let _ = writeln!(o, "{}", tr!(lang, "cli-list-changed-note"));
    }
    if entries
        .iter()
        .any(|e| e.status.as_ref().is_some_and(|s| s.forked))
    {
        let _ = writeln!(o, "{}", tr!(lang, "cli-list-forked-note"));
    }
    o
}

/// The review-due date for a table: `2027-05-21`, `2027-05-21 OVERDUE` or `—`.
pub fn due_label(lang: &str, s: &crate::review::AssessmentStatus) -> String {
    s.due_label_in(crate::i18n::AsLang::as_lang(lang))
}

/// A questionnaire check's results, in English (see [`check_text_in`]).
pub fn check_text(r: &Report) -> String {
    check_text_in("en", r)
}

/// A questionnaire check's problems, then its verdict, in `lang` (the problems themselves
/// are the checker's).
pub fn check_text_in(lang: &str, r: &Report) -> String {
    let mut o = String::new();
    for p in &r.problems {
        let _ = writeln!(o, "{}", p.render(crate::i18n::AsLang::as_lang(lang)));
    }
    let warnings = r.problems.len() - r.errors();
    if !r.levels.is_empty() {
        let n = |l| r.levels.get(&l).copied().unwrap_or(0);
        use crate::questionnaire::Level;
        let _ = writeln!(
            o,
            "{}",
            tr!(
                lang,
                "cli-check-citations",
                file = r.file.as_str(),
                verified = n(Level::Verified),
                confirmed = n(Level::Confirmed),
                unverified = n(Level::Unverified)
            )
        );
    }
    if r.passed() {
        let _ = writeln!(
            o,
            "{}",
            tr!(
                lang,
                "cli-check-ok",
                file = r.file.as_str(),
                id = r.id.as_deref().unwrap_or("?"),
                version = r.version.as_deref().unwrap_or("?"),
                questions = r.questions,
                fingerprint = r.fingerprint.as_deref().map(|f| &f[..16]).unwrap_or("?"),
                warnings = warnings
            )
        );
    } else {
        let _ = writeln!(
            o,
            "{}",
            tr!(
                lang,
                "cli-check-failed",
                file = r.file.as_str(),
                errors = r.errors(),
                warnings = warnings
            )
        );
    }
    o
}
