//! The report's sections, in order, and the furniture (header, footer) of every page.

use std::collections::BTreeSet;

use crate::answer::Answer;
use crate::assessment::PlanStatus;
use crate::present::figure_words;
use crate::questionnaire::{Question, Questionnaire, TransferState, Visible};
use crate::risk::{Figure, Move, MoveKind, Source};
use crate::scale::RiskLevel;

use super::flows;
use super::fonts::Face;
use super::heatmap::{heat_map, level_fill};
use super::layout::{BODY_BOTTOM, BODY_TOP, BODY_W, Doc, MARGIN_X, PAGE_W, Rgb3, Style};
use super::table::{Cell, captioned, col, table};
use super::words as w;
use super::{ReportInput, Status, legal, words};

const UNSIGNED: &str = "UNSIGNED DRAFT — not evidence";

pub fn all(doc: &mut Doc, r: &ReportInput) {
    cover(doc, r);
    summary(doc, r);
    flows::section(doc, r);
    risk(doc, r);
    legal::obligations(doc, r);
    legal::decisions(doc, r);
    plan(doc, r);
    questions(doc, r);
    signatures(doc, r);
}

fn level_words(l: Option<RiskLevel>) -> String {
    l.map(|l| l.label().to_string())
        .unwrap_or_else(|| "not assessed (no data in scope)".into())
}

fn date(d: &chrono::DateTime<chrono::Utc>) -> String {
    d.format("%Y-%m-%d %H:%M UTC").to_string()
}

pub(super) fn or_missing(s: &str) -> String {
    if s.trim().is_empty() {
        "(not given)".into()
    } else {
        s.to_string()
    }
}

/// A label and a wrapped value, side by side.
fn kv(doc: &mut Doc, label: &str, value: &str, style: &Style) {
    let lw = 42.0;
    let lines = doc.wrap(value, style, BODY_W - lw);
    let lh = style.line_h().max(Style::small().line_h());
    doc.ensure(lh);
    let y = doc.y;
    doc.text(
        MARGIN_X,
        y + 0.3,
        label,
        &Style::small().with_color(Rgb3::GREY),
    );
    for l in lines {
        doc.ensure(lh);
        let y = doc.y;
        doc.text(MARGIN_X + lw, y, &l, style);
        doc.y += lh;
    }
    doc.y += 1.4;
}

fn cover(doc: &mut Doc, r: &ReportInput) {
    let top = doc.y;
    doc.rect((MARGIN_X, top, BODY_W, 12.0), Some(Rgb3::NAVY), None);
    doc.text(
        MARGIN_X + 4.0,
        top + 3.2,
        "PRIVACY IMPACT ASSESSMENT",
        &Style::new(13.0, Face::Bold, Rgb3::WHITE),
    );
    doc.y = top + 18.0;
    let title = Style::new(20.0, Face::Bold, Rgb3::BLACK);
    doc.paragraph(&r.title, &title);
    doc.gap(2.0);
    doc.paragraph(
        &format!(
            "Under Macau's Personal Data Protection Act (Law 8/2005). Questionnaire: {} (version {}).",
            r.questionnaire.title.get("en"),
            r.questionnaire.version
        ),
        &Style::body().with_color(Rgb3::GREY),
    );
    doc.gap(5.0);

    // Status, plainly.
    let (text, ink, fill) = if r.is_signed() {
        ("SIGNED RECORD".to_string(), Rgb3::GREEN, Rgb3::LIGHT_GREEN)
    } else {
        (UNSIGNED.to_string(), Rgb3::RED, Rgb3::LIGHT_RED)
    };
    let y = doc.y;
    doc.rect((MARGIN_X, y, BODY_W, 11.0), Some(fill), Some((ink, 1.2)));
    doc.text(
        MARGIN_X + 4.0,
        y + 2.6,
        &text,
        &Style::new(13.0, Face::Bold, ink),
    );
    doc.y = y + 14.0;
    if !r.is_signed() {
        doc.paragraph(
            "This report was made from a draft that anyone with the file can still change. It records the assessment as it stood when the draft was last saved; it is not evidence that anyone approved it. Sign the assessment to freeze it into a record, then make the report from the record.",
            &Style::body().with_color(Rgb3::RED),
        );
        doc.gap(4.0);
    }

    let body = Style::body();
    kv(doc, "Assessment", &r.id, &body);
    kv(
        doc,
        "Organisation",
        &or_missing(&r.meta.organisation),
        &body,
    );
    kv(doc, "System", &or_missing(&r.meta.system), &body);
    kv(doc, "Vendor", &or_missing(&r.meta.vendor), &body);
    kv(doc, "Assessor", &or_missing(&r.meta.assessor), &body);
    let reviewer = match r.reviews.first() {
        Some(v) => format!("{}, {} ({})", v.reviewer, v.role, date(&v.at)),
        None => "None yet".into(),
    };
    kv(doc, "Reviewer", &reviewer, &body);
    kv(doc, "Started", &date(&r.meta.created), &body);
    kv(doc, "Last changed", &date(&r.meta.updated), &body);
    let as_of = match (&r.status, r.revision) {
        (Status::Signed { .. }, Some(n)) => {
            format!("{} (record revision {n})", date(&r.generated_at))
        }
        _ => format!("{} (the draft as last saved)", date(&r.generated_at)),
    };
    kv(doc, "Report as of", &as_of, &body);
    let status = match &r.status {
        Status::Unsigned => "Unsigned draft".to_string(),
        Status::Signed { signatures } => format!(
            "Signed by {}",
            signatures
                .iter()
                .map(|s| format!("{} ({})", s.signer, s.role))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let status = match r.reviews.first() {
        Some(v) => format!(
            "{status}; review: {} — {}, {} ({})",
            v.opinion.to_uppercase(),
            v.reviewer,
            v.role,
            date(&v.at)
        ),
        None => status,
    };
    kv(doc, "Status", &status, &body);
    let hash = match &r.status {
        Status::Signed { signatures } if !signatures.is_empty() => {
            format!("SHA-256 {}", signatures[0].record_sha256)
        }
        _ => "Unsigned: there is no record, so no record hash".into(),
    };
    kv(doc, "Record", &hash, &body);
    if let Some(v) = legal::verdict_line(r) {
        kv(doc, words::SCREENING_COVER, &v, &body);
    }
    let p = &r.score.progress;
    kv(
        doc,
        "Completeness",
        &format!(
            "{} of {} questions shown answered; {} not answered, {} answered \"not sure\"",
            p.answered,
            p.shown,
            p.unanswered.len(),
            p.unsure.len()
        ),
        &body,
    );

    // Overall risk.
    doc.gap(4.0);
    doc.ensure(22.0);
    let y = doc.y;
    let half = BODY_W / 2.0 - 2.0;
    for (i, (label, level)) in [
        ("Overall risk before measures", r.score.overall.inherent),
        ("Overall risk with measures", r.score.overall.residual),
    ]
    .into_iter()
    .enumerate()
    {
        let x = MARGIN_X + i as f32 * (half + 4.0);
        let fill = level.map(level_fill).unwrap_or(Rgb3::LIGHT);
        doc.rect((x, y, half, 18.0), Some(fill), Some((Rgb3::RULE, 0.5)));
        doc.text(x + 3.0, y + 2.0, label, &Style::small());
        doc.text(x + 3.0, y + 7.5, &level_words(level), &Style::bold(15.0));
    }
    doc.y = y + 22.0;
}

/// The text of an answer, rows included.
fn answer_text(q: &Question, qn: &Questionnaire, a: &Answer) -> String {
    a.in_full(q, qn, "en")
}

fn answer_of(r: &ReportInput, id: &str) -> Option<String> {
    let q = r.questionnaire.question(id)?;
    let vis = Visible::new(r.questionnaire, &r.answers);
    vis.answer(id).map(|a| answer_text(q, r.questionnaire, a))
}

pub(super) fn category_name(r: &ReportInput, id: &str) -> String {
    r.questionnaire
        .category(id)
        .map(|c| c.name.get("en").to_string())
        .unwrap_or_else(|| id.to_string())
}

fn summary(doc: &mut Doc, r: &ReportInput) {
    doc.heading("Summary", true);
    let body = Style::body();
    legal::screening(doc, r);
    doc.subheading("What the system does");
    doc.paragraph(
        &answer_of(r, "prj.system").unwrap_or_else(|| or_missing(&r.meta.system)),
        &body,
    );
    if let Some(p) = answer_of(r, "prj.purpose") {
        doc.gap(1.0);
        doc.paragraph(&format!("Purposes: {p}"), &body);
    }

    doc.subheading("The data it touches");
    let cats: Vec<String> = r
        .score
        .categories
        .iter()
        .map(|c| {
            if c.sensitive {
                format!("{} (sensitive)", c.name)
            } else {
                c.name.clone()
            }
        })
        .collect();
    let mut lines = vec![if cats.is_empty() {
        "No kind of personal data is in scope yet.".to_string()
    } else {
        format!("Kinds of data: {}.", cats.join(", "))
    }];
    if let Some(s) = answer_of(r, "inv.subjects") {
        lines.push(format!("About: {s}."));
    }
    if let Some(v) = answer_of(r, "inv.volume") {
        lines.push(format!("How many people: {v}."));
    }
    for l in lines {
        doc.bullet(&l, &body);
    }
    let t = &r.score.transfers;
    if !t.is_empty() {
        let count = |s: TransferState| t.iter().filter(|f| f.state == s).count();
        let (applied, claimed, none) = (
            count(TransferState::Applied),
            count(TransferState::Claimed),
            count(TransferState::None),
        );
        let line = words::flows_summary(
            t.len(),
            t.len() - count(TransferState::Inside),
            applied,
            claimed,
            none,
        );
        // Red while any border crossing lacks a basis in force.
        let style = if applied + claimed + none > 0 {
            body.with_color(Rgb3::RED)
        } else {
            body
        };
        doc.bullet(&line, &style);
    }

    doc.subheading("The top risks");
    if r.score.drivers.is_empty() {
        doc.paragraph("No answer raises the risk figures.", &body);
    }
    for d in r.score.drivers.iter().take(5) {
        let cats: Vec<String> =
            if d.categories.len() == r.score.categories.len() && d.categories.len() > 2 {
                vec!["every kind of data in scope".to_string()]
            } else {
                d.categories.iter().map(|c| category_name(r, c)).collect()
            };
        let src = match &d.source {
            Source::Question { id, answer, .. } => format!(" ({id}: {answer})"),
            Source::Rule { id } => format!(" (rule {id})"),
            _ => String::new(),
        };
        doc.bullet(
            &format!("{}{src} Affects: {}.", d.because, cats.join(", ")),
            &body,
        );
    }

    legal::summary(doc, r);
}

fn risk(doc: &mut Doc, r: &ReportInput) {
    doc.heading("Risk", true);
    doc.paragraph(
        if r.questionnaire.scoring.is_some() {
            w::RISK_INTRO_SYMMETRIC
        } else {
            w::RISK_INTRO_ROUND_UP
        },
        &Style::small().with_color(Rgb3::GREY),
    );
    doc.gap(3.0);
    if r.score.categories.is_empty() {
        doc.paragraph(
            "No kind of personal data is in scope, so there is nothing to place.",
            &Style::body(),
        );
        return;
    }
    heat_map(doc, r.questionnaire, &r.score.categories);

    doc.subheading("Why each figure is what it is");
    legal::legend(doc);
    let gains = if r.questionnaire.scoring.is_some() {
        crate::risk::gains(r.questionnaire, &r.answers, "en")
    } else {
        Vec::new()
    };
    for (i, c) in r.score.categories.iter().enumerate() {
        let head = format!(
            "{}  {}{} — before measures {}, with measures {}",
            i + 1,
            c.name,
            if c.sensitive { " (sensitive)" } else { "" },
            c.inherent.level,
            c.residual.level
        );
        doc.ensure(30.0);
        doc.paragraph(&head, &Style::bold(9.5));
        if let Some(a) = c.residual.above {
            doc.paragraph(
                &w::above(
                    c.residual.level.label(),
                    &crate::present::steps_words(a.steps),
                    a.next.label(),
                    a.held,
                ),
                &Style::body(),
            );
            for (g, cg) in crate::risk::best_for(&gains, c, 3) {
                doc.paragraph(
                    &w::gain(
                        &g.action,
                        cg.now.label(),
                        cg.then.label(),
                        &crate::present::steps_words(cg.steps),
                        cg.then < cg.now,
                    ),
                    &Style::small(),
                );
            }
        }
        doc.gap(1.0);
        let mut rows = Vec::new();
        figure_rows(
            &mut rows,
            "Severity",
            &c.inherent.severity,
            &c.residual.severity,
        );
        figure_rows(
            &mut rows,
            "Likelihood",
            &c.inherent.likelihood,
            &c.residual.likelihood,
        );
        captioned(
            doc,
            Some(&head),
            &[
                col("Figure", 30.0),
                col("Step", 26.0),
                col("Why", 80.0),
                col("Based on", 38.0),
            ],
            &rows,
        );
    }
}

fn figure_rows(rows: &mut Vec<Vec<Cell>>, axis: &str, inherent: &Figure, residual: &Figure) {
    let based = |m: &Move| {
        let mut s = match &m.source {
            Source::Question { id, answer, .. } => format!("{id}: {answer}"),
            Source::Rule { id } => format!("rule {id}"),
            Source::Category { .. } => "the kind of data".into(),
            Source::Inherent => "the figure before measures".into(),
        };
        if !m.cite.is_empty() {
            s.push('\n');
            s.push_str(&m.cite.join("; "));
        }
        s
    };
    for (k, m) in inherent.moves.iter().enumerate() {
        let label = if k == 0 {
            format!("{axis} before measures: {}", figure_words(inherent))
        } else {
            String::new()
        };
        rows.push(vec![
            Cell::bold(label),
            Cell::new(&m.change),
            Cell::new(&m.because),
            Cell::new(based(m)),
        ]);
    }
    let measures: Vec<&Move> = residual
        .moves
        .iter()
        .filter(|m| m.kind != MoveKind::Start)
        .collect();
    let label = format!("{axis} with measures: {}", figure_words(residual));
    if measures.is_empty() {
        rows.push(vec![
            Cell::bold(label.clone()),
            Cell::new("no change"),
            Cell::new("No measure in place lowers it."),
            Cell::new(""),
        ]);
    }
    for (k, m) in measures.into_iter().enumerate() {
        let l = if k == 0 { label.clone() } else { String::new() };
        rows.push(vec![
            Cell::bold(l),
            Cell::new(&m.change),
            Cell::new(&m.because),
            Cell::new(based(m)),
        ]);
    }
}

fn plan(doc: &mut Doc, r: &ReportInput) {
    doc.heading("Action plan", true);
    if r.plan.is_empty() {
        doc.paragraph(
            "No action has been adopted into the plan yet.",
            &Style::body(),
        );
    } else {
        let rows: Vec<Vec<Cell>> = r
            .plan
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let action = Cell::titled(&p.title, p.detail.trim());
                let status = match p.status {
                    PlanStatus::Done => Cell::new(p.status.label()).fill(Rgb3::LIGHT_GREEN),
                    PlanStatus::Dropped => Cell::new(p.status.label()).color(Rgb3::GREY),
                    PlanStatus::InProgress => Cell::new(p.status.label()).fill(Rgb3::LIGHT_AMBER),
                    PlanStatus::Todo => Cell::new(p.status.label()),
                };
                vec![
                    Cell::new((i + 1).to_string()),
                    action,
                    Cell::new(or_missing(&p.owner)),
                    Cell::new(
                        p.due
                            .map(|d| d.format("%Y-%m-%d").to_string())
                            .unwrap_or_else(|| "(no date)".into()),
                    ),
                    status,
                ]
            })
            .collect();
        captioned(
            doc,
            Some("Action plan"),
            &[
                col("#", 9.0),
                col("Action", 95.0),
                col("Owner", 28.0),
                col("Due", 20.0),
                col("Status", 22.0),
            ],
            &rows,
        );
    }

    let adopted: BTreeSet<&str> = r.plan.iter().filter_map(|p| p.from.as_deref()).collect();
    let open: Vec<_> = r
        .score
        .actions
        .iter()
        .filter(|a| !adopted.contains(a.id.as_str()))
        .collect();
    doc.subheading("Recommended by the risk model, not yet in the plan");
    if open.is_empty() {
        doc.paragraph(
            "None: every recommended action is in the plan.",
            &Style::body(),
        );
        return;
    }
    legal::legend(doc);
    let rows: Vec<Vec<Cell>> = open
        .iter()
        .map(|a| {
            let cats: Vec<String> = a.categories.iter().map(|c| category_name(r, c)).collect();
            let mut what = a.detail.clone();
            if !cats.is_empty() {
                what.push_str(&format!("\nFor: {}", cats.join(", ")));
            }
            vec![
                Cell::titled(&a.title, what),
                Cell::new(format!("{:?}", a.priority)),
                Cell::new(a.cite.join("; ")),
            ]
        })
        .collect();
    captioned(
        doc,
        Some("Recommended by the risk model, not yet in the plan"),
        &[
            col("Action", 120.0),
            col("Priority", 18.0),
            col("Citation", 36.0),
        ],
        &rows,
    );
}

fn questions(doc: &mut Doc, r: &ReportInput) {
    doc.heading("Every question and answer", true);
    doc.paragraph(
        "Every question the answers bring into the assessment, as it was asked, with the answer given and the provisions it rests on. Questions not answered, and answers of \"not sure\", are flagged.",
        &Style::small().with_color(Rgb3::GREY),
    );
    doc.gap(1.0);
    legal::legend(doc);
    let qn = r.questionnaire;
    let vis = Visible::new(qn, &r.answers);
    for s in &qn.sections {
        let shown: Vec<&Question> = s.questions.iter().filter(|q| vis.is_shown(&q.id)).collect();
        if shown.is_empty() {
            continue;
        }
        doc.subheading(s.title.get("en"));
        let rows: Vec<Vec<Cell>> = shown
            .iter()
            .map(|q| {
                let question = Cell::labelled(&q.id, q.prompt.get("en"));
                let mut answer = match vis.answer(&q.id) {
                    None => Cell::bold("NOT ANSWERED")
                        .color(Rgb3::RED)
                        .fill(Rgb3::LIGHT_RED),
                    Some(a) if a.is_unsure() => {
                        Cell::bold(format!("NOT SURE: {}", answer_text(q, qn, a)))
                            .color(Rgb3::AMBER)
                            .fill(Rgb3::LIGHT_AMBER)
                    }
                    Some(a) => Cell::new(answer_text(q, qn, a)),
                };
                if let Some(n) = r.notes.get(&q.id).filter(|n| !n.trim().is_empty()) {
                    answer.text.push_str(&format!("\nNote: {n}"));
                }
                let cites: Vec<String> = q.cite.iter().map(|c| c.label()).collect();
                vec![question, answer, Cell::new(cites.join("; "))]
            })
            .collect();
        captioned(
            doc,
            Some(s.title.get("en")),
            &[
                col("Question", 78.0),
                col("Answer", 64.0),
                col("Citation", 32.0),
            ],
            &rows,
        );
    }
}

fn signatures(doc: &mut Doc, r: &ReportInput) {
    doc.heading("Signatures and review", true);
    let body = Style::body();
    match &r.status {
        Status::Signed { signatures } if !signatures.is_empty() => {
            let rows: Vec<Vec<Cell>> = signatures
                .iter()
                .map(|s| {
                    vec![
                        Cell::bold(&s.signer),
                        Cell::new(&s.role),
                        Cell::titled(&s.fingerprint, format!("Public key: {}", s.key)),
                        Cell::new(date(&s.at)),
                        Cell::new(&s.record_sha256),
                    ]
                })
                .collect();
            table(
                doc,
                &[
                    col("Signer", 30.0),
                    col("Role", 28.0),
                    col("Key fingerprint", 42.0),
                    col("Signed at", 26.0),
                    col("Record SHA-256", 48.0),
                ],
                &rows,
            );
            doc.subheading("How to check the signatures");
            doc.paragraph(
                "Anyone with the record file can check, offline, that it is intact, signed by the keys above and, for the reviews, that they judge this very record. In the dossier or in an evidence bundle:",
                &body,
            );
            let rev = r.revision.unwrap_or(1);
            doc.bullet(
                &format!(
                    "farol verify assessments/{}/revisions/{rev:04}.ron — this record",
                    r.id
                ),
                &body,
            );
            doc.bullet(
                &format!(
                    "farol verify assessments/{} — every revision and review of the assessment",
                    r.id
                ),
                &body,
            );
            doc.bullet(
                "farol verify evidence.zip --trust FINGERPRINT — a whole evidence bundle, file by file against its signed manifest",
                &body,
            );
            doc.paragraph(
                "A signature proves who signed only if the key is theirs: obtain each signer's key fingerprint from the organisation by another channel (by phone, in person, on paper) and give it with --trust. Keys that came with a bundle are shown with their full fingerprints, to compare, and are never trusted on their own. Compare the SHA-256 printed by the command with the one in the table above and on every page of this report.",
                &body,
            );
            doc.paragraph(
                "Without Farol, with OpenSSL 3 alone (an evidence bundle ships each key as keys/trusted/FP16.pub.pem): the signed bytes are every line above the record's \"// -- farol signature\" line, the signature is the hex two lines below it. In a shell:",
                &body,
            );
            for line in crate::evidence::OPENSSL_RECIPE.lines() {
                doc.paragraph(line, &body);
            }
            doc.paragraph(
                "OpenSSL prints \"Signature Verified Successfully\". The key's fingerprint is: openssl pkey -pubin -in \"$K\" -outform DER | tail -c 32 | openssl dgst -sha256",
                &body,
            );
        }
        _ => {
            doc.paragraph(
                "NOT SIGNED. This report was made from a draft. It carries no signature and is not evidence that the assessment was completed, reviewed or approved.",
                &Style::bold(10.0).with_color(Rgb3::RED),
            );
            doc.gap(2.0);
            doc.subheading("How to sign and verify");
            doc.bullet(
                &format!(
                    "Sign the assessment, which freezes it into a record: farol sign {}",
                    r.id
                ),
                &body,
            );
            doc.bullet(
                "Check a record's signatures and its SHA-256 at any time: farol verify PATH",
                &body,
            );
            doc.bullet(
                &format!(
                    "Then make the report from the record: farol report {} --revision N",
                    r.id
                ),
                &body,
            );
        }
    }
    doc.subheading("Review");
    if r.reviews.is_empty() {
        doc.paragraph("No review yet.", &body);
    }
    for v in &r.reviews {
        doc.paragraph(
            &format!(
                "{}, {} — {} — opinion: {}",
                v.reviewer,
                v.role,
                date(&v.at),
                v.opinion
            ),
            &Style::bold(9.5),
        );
        for c in &v.comments {
            doc.bullet(c, &body);
        }
    }
}

/// Lists, on the last page, the characters no font could draw.
pub fn missing_glyphs_note(doc: &mut Doc) {
    if doc.missing.is_empty() {
        return;
    }
    let list: Vec<String> = doc
        .missing
        .iter()
        .map(|c| format!("U+{:04X}", *c as u32))
        .collect();
    doc.gap(4.0);
    doc.subheading("Characters the fonts cannot draw");
    doc.paragraph(
        &format!(
            "The embedded fonts have no glyph for these characters, so they are printed as their code points instead, e.g. [U+1F600]: {}.",
            list.join(", ")
        ),
        &Style::body().with_color(Rgb3::RED),
    );
}

/// The header and footer of every page.
pub fn furniture(doc: &mut Doc, r: &ReportInput) {
    let total = doc.page_count();
    let grey = Style::new(7.5, Face::Regular, Rgb3::GREY);
    let warn = Style::new(8.0, Face::Bold, Rgb3::RED);
    let right_text = if r.is_signed() {
        match (&r.status, r.revision) {
            (Status::Signed { signatures }, rev) => {
                let sha = signatures
                    .first()
                    .map(|s| s.record_sha256.as_str())
                    .unwrap_or("");
                let short: String = sha.chars().take(16).collect();
                match rev {
                    Some(n) => format!("Signed record, revision {n} · SHA-256 {short}…"),
                    None => format!("Signed record · SHA-256 {short}…"),
                }
            }
            _ => String::new(),
        }
    } else {
        UNSIGNED.to_string()
    };
    let right_style = if r.is_signed() { grey } else { warn };
    let right_text = doc.clean(&right_text);
    let right_w = doc.width(&right_text, &right_style);
    let left = format!("Farol PIA · {}", r.id);
    let left = fit(doc, &left, &grey, BODY_W - right_w - 6.0);
    let title = fit(doc, &r.title, &grey, BODY_W - 40.0);
    for p in 0..total {
        let top = BODY_TOP - 11.0;
        doc.text_on(p, MARGIN_X, top, &left, &grey);
        doc.text_on(
            p,
            PAGE_W - MARGIN_X - right_w,
            top - 0.2,
            &right_text,
            &right_style,
        );
        let foot = BODY_BOTTOM + 5.0;
        doc.text_on(p, MARGIN_X, foot, &title, &grey);
        let pg = format!("Page {} of {}", p + 1, total);
        let w = doc.width(&pg, &grey);
        doc.text_on(p, PAGE_W - MARGIN_X - w, foot, &pg, &grey);
        rule_on(doc, p, BODY_TOP - 6.0);
        rule_on(doc, p, BODY_BOTTOM + 3.5);
    }
}

fn rule_on(doc: &mut Doc, page: usize, y: f32) {
    doc.rect_on(page, (MARGIN_X, y, BODY_W, 0.25), Some(Rgb3::RULE), None);
}

/// The first line of `s` that fits `w`, with an ellipsis if cut.
fn fit(doc: &mut Doc, s: &str, style: &Style, w: f32) -> String {
    let lines = doc.wrap(s, style, w - 3.0);
    if lines.len() > 1 {
        format!("{}…", lines[0])
    } else {
        lines.into_iter().next().unwrap_or_default()
    }
}
