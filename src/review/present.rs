//! Reviews as text for the terminal: the review sheet, what is missing before
//! countersigning, an assessment's status, and the feedback an assessor reads.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::model::{Opinion, ReviewDraft};
use super::sheet::Sheet;
use super::status::{AssessmentStatus, Feedback, State};
use crate::dossier::{Entry, EntryState};
use crate::present::wrap_into;

const WIDTH: usize = 92;

fn level(l: Option<crate::scale::RiskLevel>) -> &'static str {
    l.map_or("not processed", |l| l.label())
}

/// Every answer of the revision under review with its help and citation, the review's
/// comments and verdicts so far, and what countersigning still needs.
pub fn sheet_text(s: &Sheet, d: &ReviewDraft) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "Review of '{}' — {}", s.assessment, s.title);
    let _ = writeln!(
        o,
        "Revision {}, signed by {} ({}) on {}",
        s.revision,
        s.signer.name,
        s.signer.role,
        s.signer.at.format("%Y-%m-%d %H:%M UTC")
    );
    let _ = writeln!(
        o,
        "  sha256 {} · questionnaire {}",
        s.revision_sha256, s.questionnaire
    );
    if let Some(r) = s.responds_to {
        let _ = writeln!(
            o,
            "  answers review {r}: the assessor's notes below reply to its comments"
        );
    }
    let m = &s.meta;
    for (k, v) in [
        ("Organisation", &m.organisation),
        ("System", &m.system),
        ("Vendor", &m.vendor),
        ("Assessor", &m.assessor),
    ] {
        if !v.is_empty() {
            let _ = writeln!(o, "  {k}: {v}");
        }
    }
    let _ = writeln!(
        o,
        "Overall risk: {} before measures, {} with the measures in place",
        level(s.risk.overall.inherent),
        level(s.risk.overall.residual)
    );
    let w = s
        .risk
        .categories
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0);
    for c in &s.risk.categories {
        let _ = writeln!(
            o,
            "  {:<w$}  {} → {}",
            c.name,
            c.inherent.level.label(),
            c.residual.level.label()
        );
    }
    if !s.risk.obligations.is_empty() {
        let _ = writeln!(o, "Legal duties");
        for d in &s.risk.obligations {
            let state = match (d.met, d.state) {
                (true, _) => "met",
                (false, Some(st)) => st.key(),
                (false, None) => "open",
            };
            let mut line = format!("[{state}] {}", d.title);
            if !d.cite.is_empty() {
                line.push_str(&format!(" — {}", d.cite.join("; ")));
            }
            wrap_into(&mut o, &line, 2, WIDTH);
        }
    }
    if !s.beliefs.is_empty() {
        let _ = writeln!(
            o,
            "Beliefs to check ({}): duties the assessor believes do not apply; each stays open until a lawyer confirms",
            s.beliefs.len()
        );
        for b in &s.beliefs {
            let mut head = format!("• {}", b.title);
            if !b.cite.is_empty() {
                head.push_str(&format!(" — {}", b.cite.join("; ")));
            }
            wrap_into(&mut o, &head, 2, WIDTH);
            if !b.says.trim().is_empty() {
                wrap_into(&mut o, b.says.trim(), 6, WIDTH);
            }
            let reason = if b.reason.trim().is_empty() {
                "none given"
            } else {
                b.reason.trim()
            };
            wrap_into(&mut o, &format!("Assessor's reason: {reason}"), 6, WIDTH);
            wrap_into(
                &mut o,
                &format!("A lawyer should confirm: {}", b.confirm),
                6,
                WIDTH,
            );
        }
    }
    let levels = s.cite_levels();
    if !levels.is_empty() {
        let words: Vec<&str> = levels
            .iter()
            .map(|l| match l {
                crate::questionnaire::Level::Unverified => {
                    "[unverified]: not checked against a source, not to be relied on without a lawyer"
                }
                _ => "[confirmed through the regulator]: read in the DSPDP's notes or news, not in the law's text",
            })
            .collect();
        wrap_into(
            &mut o,
            &format!(
                "Citation levels: {}; unmarked: the law's text was read.",
                words.join("; ")
            ),
            0,
            WIDTH,
        );
    }

    for (i, sec) in s.sections.iter().enumerate() {
        o.push('\n');
        let verdict = match d.verdicts.get(&sec.id) {
            Some(v) => format!("verdict: {}", v.verdict.label().to_uppercase()),
            None => "no verdict yet".into(),
        };
        let _ = writeln!(o, "── {}. {} [{}] — {verdict}", i + 1, sec.title, sec.id);
        if let Some(v) = d.verdicts.get(&sec.id).filter(|v| !v.note.is_empty()) {
            wrap_into(&mut o, &format!("Reviewer: {}", v.note), 3, WIDTH);
        }
        for q in &sec.questions {
            let _ = writeln!(o, "  {}  {}", q.id, q.prompt);
            wrap_into(&mut o, &format!("Answer: {}", q.answer), 6, WIDTH);
            if !q.help.is_empty() {
                wrap_into(&mut o, &format!("Why: {}", q.help), 6, WIDTH);
            }
            if !q.cite.is_empty() {
                let _ = writeln!(o, "      Cite: {}", q.cite.join("; "));
            }
            if let Some(n) = &q.note {
                wrap_into(&mut o, &format!("Assessor's note: {n}"), 6, WIDTH);
            }
            if let Some(c) = d.comments.get(&q.id) {
                wrap_into(&mut o, &format!("▸ Comment: {c}"), 6, WIDTH);
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
        o.push_str("\nComments on questions not answered in this revision\n");
        for (q, c) in elsewhere {
            wrap_into(&mut o, &format!("{q}: {c}"), 2, WIDTH);
        }
    }
    if !s.plan.is_empty() {
        let _ = writeln!(o, "\nAction plan ({})", s.plan.len());
        for p in &s.plan {
            let mut line = format!("[{}] {}", p.status.label(), p.title);
            if !p.owner.is_empty() {
                line.push_str(&format!(" — {}", p.owner));
            }
            if let Some(due) = p.due {
                line.push_str(&format!(", due {due}"));
            }
            wrap_into(&mut o, &line, 2, WIDTH);
        }
    }
    o.push('\n');
    o.push_str(&readiness_text(d));
    o
}

/// The review's opinion, attestations and due date, and what countersigning still needs.
pub fn readiness_text(d: &ReviewDraft) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "Review of revision {} ({} comment{}, {} verdict{})",
        d.revision,
        d.comments.len(),
        if d.comments.len() == 1 { "" } else { "s" },
        d.verdicts.len(),
        if d.verdicts.len() == 1 { "" } else { "s" }
    );
    let _ = writeln!(
        o,
        "  Opinion:      {}",
        d.opinion.map_or("none yet", Opinion::label)
    );
    if !d.conditions.trim().is_empty() {
        let what = if d.opinion == Some(Opinion::Reject) {
            "Reasons"
        } else {
            "Conditions"
        };
        wrap_into(
            &mut o,
            &format!(
                "{what}:{}{}",
                " ".repeat(13 - what.len()),
                d.conditions.trim()
            ),
            2,
            WIDTH,
        );
    }
    for (i, (_, words, given)) in d.attestations.list().into_iter().enumerate() {
        let head = if i == 0 { "Attestations:" } else { "" };
        let mark = if given { "[x]" } else { "[ ]" };
        let _ = writeln!(o, "  {head:<14}{mark} {words}");
    }
    let due = match (d.review_due, d.opinion) {
        (Some(due), _) => due.to_string(),
        (None, Some(Opinion::Reject)) => "none (a rejection)".into(),
        (None, _) => format!(
            "{} months after countersigning",
            super::sign::DEFAULT_DUE_MONTHS
        ),
    };
    let _ = writeln!(o, "  Review due:   {due}");
    let missing = d.missing();
    if missing.is_empty() {
        let _ = writeln!(
            o,
            "Ready to countersign: farol review {} --sign",
            d.assessment
        );
    } else {
        let _ = writeln!(o, "Before countersigning, give:");
        for m in missing {
            wrap_into(&mut o, &format!("- {m}"), 2, WIDTH);
        }
    }
    o
}

/// One assessment's status in a few lines, with the due date judged on `today`.
pub fn status_text(id: &str, s: &AssessmentStatus, today: NaiveDate) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "{id}: {}", s.state.label());
    match s.revision {
        Some(n) => {
            let _ = writeln!(o, "  latest revision  {n}");
        }
        None => {
            let _ = writeln!(o, "  not signed yet: `farol sign {id}` freezes the draft");
        }
    }
    if let Some(r) = s.review {
        let _ = writeln!(o, "  latest review    {r}");
    }
    if s.changed_since_signing {
        let _ = writeln!(
            o,
            "  the draft has changed since revision {}: sign again to submit the changes",
            s.revision.unwrap_or(0)
        );
    }
    let due = s
        .review_due
        .map_or("none yet (set by an approval)".into(), |d| {
            due_text(d, today)
        });
    let _ = writeln!(o, "  review due       {due}");
    match s.state {
        State::Signed => {
            let _ = writeln!(o, "  awaiting review: `farol review {id}`");
        }
        State::InReview => {
            let _ = writeln!(o, "  a review is in progress: `farol review {id}` shows it");
        }
        _ => {}
    }
    o
}

/// A table of every assessment's status.
pub fn status_table(entries: &[Entry]) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{:<30} {:<25} {:<4} {:<19} TITLE",
        "ID", "STATUS", "REV", "REVIEW DUE"
    );
    for e in entries {
        let title = match &e.state {
            EntryState::Draft { title, .. } => title.clone(),
            EntryState::Unreadable { .. } => "(draft unreadable)".into(),
        };
        let Some(s) = &e.status else {
            let _ = writeln!(o, "{:<30} {:<25} {:<4} {:<19} {title}", e.id, "?", "", "");
            continue;
        };
        let mut state = s.state.label().to_string();
        if s.changed_since_signing {
            state.push('*');
        }
        let _ = writeln!(
            o,
            "{:<30} {:<25} {:<4} {:<19} {title}",
            e.id,
            state,
            s.revision.map_or("—".into(), |n| n.to_string()),
            s.due_label()
        );
    }
    if entries
        .iter()
        .any(|e| e.status.as_ref().is_some_and(|s| s.changed_since_signing))
    {
        o.push_str("* the draft has changed since the latest revision\n");
    }
    o
}

/// What the latest review asks of the assessor.
pub fn feedback_text(f: &Feedback) -> String {
    let mut o = String::new();
    let _ = writeln!(
        o,
        "Review {} of revision {} by {} ({}), {}: {}",
        f.review,
        f.revision,
        f.reviewer,
        f.role,
        f.at.format("%Y-%m-%d"),
        f.opinion.label().to_uppercase()
    );
    if !f.conditions.is_empty() {
        let what = if f.opinion == Opinion::Reject {
            "Reasons"
        } else {
            "Conditions"
        };
        wrap_into(&mut o, &format!("{what}: {}", f.conditions), 2, WIDTH);
    }
    for v in &f.verdicts {
        let mut line = format!(
            "{} [{}]: {}",
            v.section_title,
            v.section,
            v.verdict.label().to_uppercase()
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
            "Answered: revision {} was signed since.",
            f.latest_revision
        );
    } else if !f.to_correct.is_empty() || f.opinion == Opinion::Reject {
        let _ = writeln!(
            o,
            "To answer it: change the draft, reply in the notes of the questions commented on, and sign again."
        );
    }
    o
}

/// "2027-05-21 (in 181 days)" or "2026-01-01 (OVERDUE by 30 days)".
pub fn due_text(due: NaiveDate, today: NaiveDate) -> String {
    let days = (due - today).num_days();
    if days < 0 {
        format!("{due} (OVERDUE by {} days)", -days)
    } else {
        format!("{due} (in {days} days)")
    }
}
