//! Reviews as text for the terminal: the review sheet, what is missing before
//! countersigning, an assessment's status, and the feedback an assessor reads.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::model::{Opinion, ReviewDraft};
use super::sheet::Sheet;
use super::status::{AssessmentStatus, Feedback, State};
use crate::dossier::{Entry, EntryState};
use crate::i18n::words as w;
use crate::present::words::{opinion, plan_status, role, section_verdict, state};
use crate::present::{due_label, join_long, pad, width, wrap_into};
use crate::tr;

const WIDTH: usize = 92;

fn level(lang: &str, l: Option<crate::scale::RiskLevel>) -> String {
    crate::present::words::level_or_unprocessed(lang, l)
}

/// The review sheet in English (see [`sheet_text_in`]).
pub fn sheet_text(s: &Sheet, d: &ReviewDraft) -> String {
    sheet_text_in("en", s, d)
}

/// Every answer of the revision under review with its help and citation, the review's
/// comments and verdicts so far, and what countersigning still needs, in `lang`.
pub fn sheet_text_in(lang: &str, s: &Sheet, d: &ReviewDraft) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-sheet-title",
            id = s.assessment.as_str(),
            title = s.title.as_str()
        )
    );
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-sheet-signed",
            revision = s.revision,
            name = s.signer.name.as_str(),
            role = role(lang, s.signer.role),
            at = s.signer.at.format("%Y-%m-%d %H:%M UTC").to_string()
        )
    );
    let _ = writeln!(
        o,
        "  {}",
        tr!(
            lang,
            "cli-sheet-sha",
            sha256 = s.revision_sha256.as_str(),
            questionnaire = s.questionnaire.as_str()
        )
    );
    if let Some(r) = s.responds_to {
        let _ = writeln!(o, "  {}", tr!(lang, "cli-sheet-responds", review = r));
    }
    let m = &s.meta;
    for (k, v) in [
        (tr!(lang, "cli-meta-organisation"), &m.organisation),
        (tr!(lang, "cli-meta-system"), &m.system),
        (tr!(lang, "cli-meta-vendor"), &m.vendor),
        (tr!(lang, "cli-meta-assessor"), &m.assessor),
    ] {
        if !v.is_empty() {
            let _ = writeln!(
                o,
                "  {}",
                tr!(lang, "cli-label-value", label = k, value = v.as_str())
            );
        }
    }
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-sheet-overall",
            inherent = level(lang, s.risk.overall.inherent),
            residual = level(lang, s.risk.overall.residual)
        )
    );
    let nw = s
        .risk
        .categories
        .iter()
        .map(|c| width(&c.name))
        .max()
        .unwrap_or(0);
    for c in &s.risk.categories {
        let _ = writeln!(
            o,
            "  {}  {} → {}",
            pad(&c.name, nw),
            w::level(lang, c.inherent.level),
            w::level(lang, c.residual.level)
        );
    }
    if !s.risk.obligations.is_empty() {
        let _ = writeln!(o, "{}", tr!(lang, "cli-sheet-duties"));
        for d in &s.risk.obligations {
            let mark = match (d.met, d.state) {
                (true, _) => w::duty(lang, crate::risk::DutyState::Met),
                (false, Some(st)) => w::duty(lang, st),
                (false, None) => w::duty(lang, crate::risk::DutyState::Open),
            };
            let mut line = format!("[{mark}] {}", d.title);
            if !d.cite.is_empty() {
                line.push_str(&format!(" — {}", join_long(lang, &d.cite)));
            }
            wrap_into(&mut o, &line, 2, WIDTH);
        }
    }
    if !s.beliefs.is_empty() {
        let _ = writeln!(o, "{}", tr!(lang, "cli-sheet-beliefs", n = s.beliefs.len()));
        for b in &s.beliefs {
            let mut head = format!("• {}", b.title);
            if !b.cite.is_empty() {
                head.push_str(&format!(" — {}", join_long(lang, &b.cite)));
            }
            wrap_into(&mut o, &head, 2, WIDTH);
            if !b.says.trim().is_empty() {
                wrap_into(&mut o, b.says.trim(), 6, WIDTH);
            }
            let reason = if b.reason.trim().is_empty() {
                tr!(lang, "cli-sheet-no-reason")
            } else {
                b.reason.trim().to_string()
            };
            wrap_into(
                &mut o,
                &tr!(lang, "cli-sheet-belief-reason", reason = reason),
                6,
                WIDTH,
            );
            wrap_into(
                &mut o,
                &tr!(
                    lang,
                    "cli-sheet-belief-confirm",
                    confirm = b.confirm.as_str()
                ),
                6,
                WIDTH,
            );
        }
    }
    let levels = s.cite_levels();
    if !levels.is_empty() {
        let words: Vec<String> = levels
            .iter()
            .map(|l| match l {
                crate::questionnaire::Level::Unverified => tr!(lang, "cli-sheet-level-unverified"),
                _ => tr!(lang, "cli-sheet-level-confirmed"),
            })
            .collect();
        wrap_into(
            &mut o,
            &tr!(
                lang,
                "cli-sheet-levels",
                levels = words.join(&tr!(lang, "cli-list-separator-long"))
            ),
            0,
            WIDTH,
        );
    }

    for (i, sec) in s.sections.iter().enumerate() {
        o.push('\n');
        let verdict = match d.verdicts.get(&sec.id) {
            Some(v) => tr!(
                lang,
                "cli-sheet-verdict",
                verdict = section_verdict(lang, v.verdict).to_uppercase()
            ),
            None => tr!(lang, "cli-sheet-no-verdict"),
        };
        let _ = writeln!(o, "── {}. {} [{}] — {verdict}", i + 1, sec.title, sec.id);
        if let Some(v) = d.verdicts.get(&sec.id).filter(|v| !v.note.is_empty()) {
            wrap_into(
                &mut o,
                &tr!(lang, "cli-sheet-reviewer-note", note = v.note.as_str()),
                3,
                WIDTH,
            );
        }
        for q in &sec.questions {
            let _ = writeln!(o, "  {}  {}", q.id, q.prompt);
            wrap_into(
                &mut o,
                &tr!(lang, "cli-sheet-answer", answer = q.answer.as_str()),
                6,
                WIDTH,
            );
            if !q.help.is_empty() {
                wrap_into(
                    &mut o,
                    &tr!(lang, "cli-sheet-why", help = q.help.as_str()),
                    6,
                    WIDTH,
                );
            }
            if !q.cite.is_empty() {
                let _ = writeln!(
                    o,
                    "      {}",
                    tr!(lang, "cli-sheet-cite", cite = join_long(lang, &q.cite))
                );
            }
            if let Some(n) = &q.note {
                wrap_into(
                    &mut o,
                    &tr!(lang, "cli-sheet-assessor-note", note = n.as_str()),
                    6,
                    WIDTH,
                );
            }
            if let Some(c) = d.comments.get(&q.id) {
                wrap_into(
                    &mut o,
                    &tr!(lang, "cli-sheet-comment", comment = c.as_str()),
                    6,
                    WIDTH,
                );
            }
        }
    }
    // Comments on questions the revision does not answer.
    let elsewhere: Vec<(&String, &String)> = d
        .comments
        .iter()
        .filter(|(q, _)| s.question(q).is_none())
        .collect();
    if !elsewhere.is_empty() {
        let _ = writeln!(o, "\n{}", tr!(lang, "cli-sheet-comments-elsewhere"));
        for (q, c) in elsewhere {
            wrap_into(&mut o, &format!("{q}: {c}"), 2, WIDTH);
        }
    }
    if !s.plan.is_empty() {
        let _ = writeln!(o, "\n{}", tr!(lang, "cli-sheet-plan", n = s.plan.len()));
        for p in &s.plan {
            let mut line = format!("[{}] {}", plan_status(lang, p.status), p.title);
            if !p.owner.is_empty() {
                line.push_str(&format!(" — {}", p.owner));
            }
            if let Some(due) = p.due {
                line.push_str(&tr!(lang, "cli-sheet-plan-due", due = due.to_string()));
            }
            wrap_into(&mut o, &line, 2, WIDTH);
        }
    }
    o.push('\n');
    o.push_str(&readiness_text(lang, d));
    o
}

/// What an attestation says (`description`, `risks`, `plan`).
fn attestation(lang: &str, key: &str) -> String {
    super::model::Attestations::words_in(key, crate::i18n::AsLang::as_lang(lang))
        .unwrap_or_else(|| key.to_string())
}

/// The review's opinion, attestations and due date, and what countersigning still needs.
pub fn readiness_text(lang: &str, d: &ReviewDraft) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-readiness-title",
            revision = d.revision,
            comments = d.comments.len(),
            verdicts = d.verdicts.len()
        )
    );
    let labels = [
        tr!(lang, "cli-readiness-opinion"),
        tr!(lang, "cli-readiness-reasons"),
        tr!(lang, "cli-readiness-conditions"),
        tr!(lang, "cli-readiness-attestations"),
        tr!(lang, "cli-readiness-due"),
    ];
    let lw = labels.iter().map(|l| width(l)).max().unwrap_or(0) + 2;
    let [l_opinion, l_reasons, l_conditions, l_attest, l_due] = labels.map(|l| pad(&l, lw));
    let _ = writeln!(
        o,
        "  {l_opinion}{}",
        d.opinion.map_or_else(
            || tr!(lang, "cli-readiness-no-opinion"),
            |x| opinion(lang, x)
        )
    );
    if !d.conditions.trim().is_empty() {
        let what = if d.opinion == Some(Opinion::Reject) {
            &l_reasons
        } else {
            &l_conditions
        };
        // The text wraps under itself, after the label.
        let mut text = String::new();
        wrap_into(&mut text, d.conditions.trim(), 2 + lw, WIDTH);
        let text = text.trim_start_matches(' ');
        let _ = write!(o, "  {what}{text}");
    }
    for (i, (key, _, given)) in d.attestations.list().into_iter().enumerate() {
        let head = if i == 0 {
            l_attest.clone()
        } else {
            pad("", lw)
        };
        let mark = if given { "[x]" } else { "[ ]" };
        let _ = writeln!(o, "  {head}{mark} {}", attestation(lang, key));
    }
    let due = match (d.review_due, d.opinion) {
        (Some(due), _) => due.to_string(),
        (None, Some(Opinion::Reject)) => tr!(lang, "cli-readiness-due-none"),
        (None, _) => tr!(
            lang,
            "cli-readiness-due-default",
            months = super::sign::DEFAULT_DUE_MONTHS
        ),
    };
    let _ = writeln!(o, "  {l_due}{due}");
    let missing = d.missing_in(crate::i18n::AsLang::as_lang(lang));
    if missing.is_empty() {
        let _ = writeln!(
            o,
            "{}",
            tr!(lang, "cli-readiness-ready", id = d.assessment.as_str())
        );
    } else {
        let _ = writeln!(o, "{}", tr!(lang, "cli-readiness-give"));
        for m in missing {
            wrap_into(&mut o, &format!("- {m}"), 2, WIDTH);
        }
    }
    o
}

/// One assessment's status in a few lines, with the due date judged on `today`.
pub fn status_text(lang: &str, id: &str, s: &AssessmentStatus, today: NaiveDate) -> String {
    let mut o = String::new();
    let labels = [
        tr!(lang, "cli-status-latest-revision"),
        tr!(lang, "cli-status-latest-review"),
        tr!(lang, "cli-status-review-due"),
    ];
    let lw = labels.iter().map(|l| width(l)).max().unwrap_or(0) + 2;
    let [l_revision, l_review, l_due] = labels.map(|l| pad(&l, lw));
    let _ = writeln!(o, "{id}: {}", state(lang, s.state));
    match s.revision {
        Some(n) => {
            let _ = writeln!(o, "  {l_revision}{n}");
        }
        None => {
            let _ = writeln!(o, "  {}", tr!(lang, "cli-status-not-signed", id = id));
        }
    }
    if let Some(r) = s.review {
        let _ = writeln!(o, "  {l_review}{r}");
    }
    if s.changed_since_signing {
        let _ = writeln!(
            o,
            "  {}",
            tr!(
                lang,
                "cli-status-changed",
                revision = s.revision.unwrap_or(0)
            )
        );
    }
    let due = s.review_due.map_or_else(
        || tr!(lang, "cli-status-due-none"),
        |d| due_text(lang, d, today),
    );
    let _ = writeln!(o, "  {l_due}{due}");
    match s.state {
        State::Signed => {
            let _ = writeln!(o, "  {}", tr!(lang, "cli-status-awaiting-review", id = id));
        }
        State::InReview => {
            let _ = writeln!(o, "  {}", tr!(lang, "cli-status-in-review", id = id));
        }
        _ => {}
    }
    o
}

/// A table of every assessment's status.
pub fn status_table(lang: &str, entries: &[Entry]) -> String {
    let mut o = String::new();
    let heads = [
        tr!(lang, "cli-col-id"),
        tr!(lang, "cli-col-status"),
        tr!(lang, "cli-col-rev"),
        tr!(lang, "cli-col-review-due"),
        tr!(lang, "cli-col-title"),
    ];
    let mut widths = [30, 25, 4, 19];
    for (i, wd) in widths.iter_mut().enumerate() {
        *wd = (*wd).max(width(&heads[i]));
    }
    for e in entries {
        if let Some(s) = &e.status {
            widths[1] = widths[1].max(width(&state(lang, s.state)) + 1);
            widths[3] = widths[3].max(width(&due_label(lang, s)));
        }
    }
    let row = |cells: [String; 5]| {
        let mut l = String::new();
        for (i, c) in cells.iter().take(4).enumerate() {
            l.push_str(&pad(c, widths[i]));
            l.push(' ');
        }
        l.push_str(&cells[4]);
        l.trim_end().to_string()
    };
    let _ = writeln!(o, "{}", row(heads.clone()));
    for e in entries {
        let title = match &e.state {
            EntryState::Draft { title, .. } => title.clone(),
            EntryState::Unreadable { .. } => tr!(lang, "cli-status-draft-unreadable"),
        };
        let Some(s) = &e.status else {
            let _ = writeln!(
                o,
                "{}",
                row([
                    e.id.clone(),
                    "?".into(),
                    String::new(),
                    String::new(),
                    title
                ])
            );
            continue;
        };
        let mut st = state(lang, s.state);
        if s.changed_since_signing {
            st.push('*');
        }
        let _ = writeln!(
            o,
            "{}",
            row([
                e.id.clone(),
                st,
                s.revision.map_or("—".into(), |n| n.to_string()),
                due_label(lang, s),
                title
            ])
        );
    }
    if entries
        .iter()
        .any(|e| e.status.as_ref().is_some_and(|s| s.changed_since_signing))
    {
        let _ = writeln!(o, "{}", tr!(lang, "cli-status-changed-note"));
    }
    o
}

/// The latest review's feedback, in English (see [`feedback_text_in`]).
pub fn feedback_text(f: &Feedback) -> String {
    feedback_text_in("en", f)
}

/// What the latest review asks of the assessor, in `lang`.
pub fn feedback_text_in(lang: &str, f: &Feedback) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-feedback-title",
            review = f.review,
            revision = f.revision,
            reviewer = f.reviewer.as_str(),
            role = role(lang, f.role),
            date = f.at.format("%Y-%m-%d").to_string(),
            opinion = opinion(lang, f.opinion).to_uppercase()
        )
    );
    if !f.conditions.is_empty() {
        let line = if f.opinion == Opinion::Reject {
            tr!(lang, "cli-feedback-reasons", text = f.conditions.as_str())
        } else {
            tr!(
                lang,
                "cli-feedback-conditions",
                text = f.conditions.as_str()
            )
        };
        wrap_into(&mut o, &line, 2, WIDTH);
    }
    for v in &f.verdicts {
        let mut line = format!(
            "{} [{}]: {}",
            v.section_title,
            v.section,
            section_verdict(lang, v.verdict).to_uppercase()
        );
        if !v.note.is_empty() {
            line.push_str(&format!(" — {}", v.note));
        }
        wrap_into(&mut o, &line, 2, WIDTH);
    }
    for c in &f.comments {
        wrap_into(
            &mut o,
            &format!("{} ({}): {}", c.question, c.prompt, c.text),
            2,
            WIDTH,
        );
    }
    if f.answered {
        let _ = writeln!(
            o,
            "{}",
            tr!(lang, "cli-feedback-answered", revision = f.latest_revision)
        );
    } else if !f.to_correct.is_empty() || f.opinion == Opinion::Reject {
        let _ = writeln!(o, "{}", tr!(lang, "cli-feedback-to-answer"));
    }
    o
}

/// "2027-05-21 (in 181 days)" or "2026-01-01 (OVERDUE by 30 days)".
pub fn due_text(lang: &str, due: NaiveDate, today: NaiveDate) -> String {
    let days = (due - today).num_days();
    if days < 0 {
        tr!(
            lang,
            "cli-due-overdue-by",
            date = due.to_string(),
            days = -days
        )
    } else {
        tr!(lang, "cli-due-in", date = due.to_string(), days = days)
    }
}
