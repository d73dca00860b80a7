//! The report's sections, in order: the cover, the summary, the risk, the action plan and
//! every question and answer. The legal sections are in `legal.rs` and `flows.rs`, the
//! signatures and the furniture of every page in `signing.rs`.

use std::collections::BTreeSet;

use crate::answer::Answer;
use crate::assessment::PlanStatus;
use crate::i18n::{Lang, words as iw};
use crate::questionnaire::{Priority, Question, Questionnaire, TransferState, Visible};
use crate::risk::{Figure, Move, MoveKind, Source};
use crate::scale::RiskLevel;
use crate::tr;

use super::flows;
use super::fonts::Face;
use super::heatmap::{heat_map, level_fill};
use super::layout::{BODY_W, Doc, MARGIN_X, Rgb3, Style};
use super::table::{Cell, captioned, col};
use super::tags::Role;
use super::{ReportInput, Status, legal, signing, words};

/// Every section of one language's report; `gains` are [`gains_of`] `r`, computed
/// beforehand (on another thread, while the fonts load).
pub fn all(doc: &mut Doc, r: &ReportInput, gains: &[crate::risk::Gain]) {
    cover(doc, r);
    summary(doc, r);
    flows::section(doc, r);
    risk(doc, r, gains);
    legal::obligations(doc, r);
    legal::decisions(doc, r);
    plan(doc, r);
    questions(doc, r);
    signing::signatures(doc, r);
}

/// Items of a list, joined the way the language joins them ("a, b" / "a、b").
pub(super) fn list(l: Lang, items: &[String]) -> String {
    items.join(&tr!(l, "report-list-separator"))
}

/// Items joined by the stronger separator ("a; b" / "a；b").
pub(super) fn list_strong(l: Lang, items: &[String]) -> String {
    items.join(&tr!(l, "report-list-separator-strong"))
}

fn level_words(l: Lang, level: Option<RiskLevel>) -> String {
    match level {
        Some(level) => iw::level(l, level),
        None => tr!(l, "report-level-not-assessed"),
    }
}

pub(super) fn date(d: &chrono::DateTime<chrono::Utc>) -> String {
    d.format("%Y-%m-%d %H:%M UTC").to_string()
}

pub(super) fn or_missing(l: Lang, s: &str) -> String {
    if s.trim().is_empty() {
        tr!(l, "report-not-given")
    } else {
        s.to_string()
    }
}

/// A label and a wrapped value, side by side.
pub(crate) fn kv(doc: &mut Doc, label: &str, value: &str, style: &Style) {
    let lw = 42.0;
    let lines = doc.wrap(value, style, BODY_W - lw);
    let label_style = Style::small().with_color(Rgb3::GREY);
    let labels = doc.wrap(label, &label_style, lw - 2.0);
    let lh = style.line_h().max(Style::small().line_h());
    // The label's lines stay on the page they start on.
    let label_h = labels.len() as f32 * label_style.line_h();
    doc.ensure(lh.max(label_h));
    doc.tags.begin(Role::P);
    let y = doc.y;
    for (k, lab) in labels.iter().enumerate() {
        doc.text(
            MARGIN_X,
            y + 0.3 + k as f32 * label_style.line_h(),
            lab,
            &label_style,
        );
    }
    for l in lines {
        doc.ensure(lh);
        let y = doc.y;
        doc.text(MARGIN_X + lw, y, &l, style);
        doc.y += lh;
    }
    doc.tags.end();
    doc.y = doc.y.max(y + label_h);
    doc.y += 1.4;
}

/// A role as the report shows it: Farol's roles in the report's language, any other as
/// written.
pub(crate) fn role_words(l: Lang, role: &str) -> String {
    use crate::keys::Role;
    match Role::ALL
        .into_iter()
        .find(|r| r.label().eq_ignore_ascii_case(role))
    {
        Some(Role::Assessor) => tr!(l, "report-role-assessor"),
        Some(Role::Reviewer) => tr!(l, "report-role-reviewer"),
        Some(Role::Approver) => tr!(l, "report-role-approver"),
        None => role.to_string(),
    }
}

fn cover(doc: &mut Doc, r: &ReportInput) {
    let l = r.lang;
    let top = doc.y;
    doc.mark(1, &tr!(l, "report-cover-banner"));
    doc.rect((MARGIN_X, top, BODY_W, 12.0), Some(Rgb3::NAVY), None);
    doc.tags.begin(Role::H1);
    doc.text(
        MARGIN_X + 4.0,
        top + 3.2,
        &tr!(l, "report-cover-banner"),
        &Style::new(13.0, Face::Bold, Rgb3::WHITE),
    );
    doc.tags.end();
    doc.y = top + 18.0;
    let title = Style::new(20.0, Face::Bold, Rgb3::BLACK);
    doc.paragraph(&r.title, &title);
    doc.gap(2.0);
    doc.paragraph(
        &tr!(
            l,
            "report-cover-under",
            questionnaire = r.questionnaire.title.get(l.tag()),
            version = r.questionnaire.version.to_string()
        ),
        &Style::body().with_color(Rgb3::GREY),
    );
    doc.gap(5.0);

    // Status, plainly.
    let (text, ink, fill) = if r.is_signed() {
        (
            tr!(l, "report-status-signed"),
            Rgb3::GREEN,
            Rgb3::LIGHT_GREEN,
        )
    } else {
        (tr!(l, "report-unsigned-mark"), Rgb3::RED, Rgb3::LIGHT_RED)
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
            &tr!(l, "report-cover-draft-warning"),
            &Style::body().with_color(Rgb3::RED),
        );
        doc.gap(4.0);
    }

    let body = Style::body();
    let m = &r.meta;
    kv(doc, &tr!(l, "report-label-assessment"), &r.id, &body);
    for (label, value) in [
        (tr!(l, "report-label-organisation"), &m.organisation),
        (tr!(l, "report-label-system"), &m.system),
        (tr!(l, "report-label-vendor"), &m.vendor),
        (tr!(l, "report-label-assessor"), &m.assessor),
    ] {
        kv(doc, &label, &or_missing(l, value), &body);
    }
    let reviewer = match r.reviews.first() {
        Some(v) => tr!(
            l,
            "report-reviewer",
            reviewer = v.reviewer.as_str(),
            role = role_words(l, &v.role),
            at = date(&v.at)
        ),
        None => tr!(l, "report-reviewer-none"),
    };
    kv(doc, &tr!(l, "report-label-reviewer"), &reviewer, &body);
    kv(
        doc,
        &tr!(l, "report-label-started"),
        &date(&m.created),
        &body,
    );
    kv(
        doc,
        &tr!(l, "report-label-changed"),
        &date(&m.updated),
        &body,
    );
    let at = date(&r.generated_at);
    let as_of = match (&r.status, r.revision) {
        (Status::Signed { .. }, Some(n)) => tr!(l, "report-as-of-record", at = at, n = n),
        _ => tr!(l, "report-as-of-draft", at = at),
    };
    kv(doc, &tr!(l, "report-label-as-of"), &as_of, &body);
    let status = match &r.status {
        Status::Unsigned => tr!(l, "report-status-unsigned"),
        Status::Signed { signatures } => {
            let who: Vec<String> = signatures
                .iter()
                .map(|s| {
                    tr!(
                        l,
                        "report-signer",
                        name = s.signer.as_str(),
                        role = role_words(l, &s.role)
                    )
                })
                .collect();
            tr!(l, "report-status-signed-by", signers = list(l, &who))
        }
    };
    let status = match r.reviews.first() {
        Some(v) => tr!(
            l,
            "report-status-reviewed",
            status = status,
            opinion = super::reviews::opinion_words(l, v).to_uppercase(),
            reviewer = v.reviewer.as_str(),
            role = role_words(l, &v.role),
            at = date(&v.at)
        ),
        None => status,
    };
    kv(doc, &tr!(l, "report-label-status"), &status, &body);
    let hash = match &r.status {
        Status::Signed { signatures } if !signatures.is_empty() => {
            tr!(
                l,
                "report-record-hash",
                sha = signatures[0].record_sha256.as_str()
            )
        }
        _ => tr!(l, "report-record-none"),
    };
    kv(doc, &tr!(l, "report-label-record"), &hash, &body);
    if let Some(v) = legal::verdict_line(r) {
        kv(doc, &tr!(l, "report-label-screening"), &v, &body);
    }
    let p = &r.score.progress;
    kv(
        doc,
        &tr!(l, "report-label-completeness"),
        &tr!(
            l,
            "report-completeness",
            answered = p.answered,
            shown = p.shown,
            unanswered = p.unanswered.len(),
            unsure = p.unsure.len()
        ),
        &body,
    );
    kv(
        doc,
        &tr!(l, "report-label-language"),
        &tr!(l, "report-language", language = l.own_name(), tag = l.tag()),
        &body,
    );
    if let Some(note) = doc.part_note.clone() {
        kv(doc, "", &note, &body);
    }

    // Overall risk.
    doc.gap(4.0);
    doc.ensure(22.0);
    let y = doc.y;
    let half = BODY_W / 2.0 - 2.0;
    for (i, (label, level)) in [
        (tr!(l, "report-overall-before"), r.score.overall.inherent),
        (tr!(l, "report-overall-with"), r.score.overall.residual),
    ]
    .into_iter()
    .enumerate()
    {
        let x = MARGIN_X + i as f32 * (half + 4.0);
        let fill = level.map(level_fill).unwrap_or(Rgb3::LIGHT);
        doc.rect((x, y, half, 18.0), Some(fill), Some((Rgb3::RULE, 0.5)));
        doc.text(x + 3.0, y + 2.0, &label, &Style::small());
        // A long phrase ("not assessed (no data in scope)") is set smaller to stay in its box.
        let words = level_words(l, level);
        let mut style = Style::bold(15.0);
        while style.size > 8.0 && doc.width(&words, &style) > half - 6.0 {
            style.size -= 0.5;
        }
        doc.text(x + 3.0, y + 7.5, &words, &style);
    }
    doc.y = y + 22.0;

    // Whose words these are.
    doc.gap(2.0);
    doc.paragraph(
        &tr!(l, "report-translation-note"),
        &Style::small().with_color(Rgb3::GREY),
    );
}

/// The text of an answer, rows included, in the report's language.
fn answer_text(l: Lang, q: &Question, qn: &Questionnaire, a: &Answer) -> String {
    a.in_full(q, qn, l.tag())
}

fn answer_of(r: &ReportInput, id: &str) -> Option<String> {
    let q = r.questionnaire.question(id)?;
    let vis = Visible::new(r.questionnaire, &r.answers);
    vis.answer(id)
        .map(|a| answer_text(r.lang, q, r.questionnaire, a))
}

pub(super) fn category_name(r: &ReportInput, id: &str) -> String {
    r.questionnaire
        .category(id)
        .map(|c| c.name.get(r.lang.tag()).to_string())
        .unwrap_or_else(|| id.to_string())
}

fn summary(doc: &mut Doc, r: &ReportInput) {
    let l = r.lang;
    doc.heading(&tr!(l, "report-summary"), true);
    let body = Style::body();
    legal::screening(doc, r);
    doc.subheading(&tr!(l, "report-what-system"));
    doc.paragraph(
        &answer_of(r, "prj.system").unwrap_or_else(|| or_missing(l, &r.meta.system)),
        &body,
    );
    if let Some(p) = answer_of(r, "prj.purpose") {
        doc.gap(1.0);
        doc.paragraph(&tr!(l, "report-purposes", purposes = p), &body);
    }

    doc.subheading(&tr!(l, "report-data-touches"));
    let cats: Vec<String> = r
        .score
        .categories
        .iter()
        .map(|c| {
            if c.sensitive {
                tr!(l, "report-category-sensitive", name = c.name.as_str())
            } else {
                c.name.clone()
            }
        })
        .collect();
    let mut lines = vec![if cats.is_empty() {
        tr!(l, "report-no-data-yet")
    } else {
        tr!(l, "report-kinds-of-data", list = list(l, &cats))
    }];
    if let Some(s) = answer_of(r, "inv.subjects") {
        lines.push(tr!(l, "report-about", subjects = s));
    }
    if let Some(v) = answer_of(r, "inv.volume") {
        lines.push(tr!(l, "report-how-many", volume = v));
    }
    for line in lines {
        doc.bullet(&line, &body);
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
            l,
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

    doc.subheading(&tr!(l, "report-top-risks"));
    if r.score.drivers.is_empty() {
        doc.paragraph(&tr!(l, "report-no-drivers"), &body);
    }
    for d in r.score.drivers.iter().take(5) {
        let cats = if d.categories.len() == r.score.categories.len() && d.categories.len() > 2 {
            tr!(l, "report-every-kind")
        } else {
            let names: Vec<String> = d.categories.iter().map(|c| category_name(r, c)).collect();
            list(l, &names)
        };
        let because = d.because.as_str();
        let line = match &d.source {
            Source::Question { id, answer, .. } => tr!(
                l,
                "report-driver-question",
                because = because,
                id = id.as_str(),
                answer = answer.as_str(),
                categories = cats
            ),
            Source::Rule { id } => tr!(
                l,
                "report-driver-rule",
                because = because,
                id = id.as_str(),
                categories = cats
            ),
            _ => tr!(l, "report-driver", because = because, categories = cats),
        };
        doc.bullet(&line, &body);
    }

    legal::summary(doc, r);
}

/// What would lower the risk most, for the risk section (scoring the answers again once
/// per measure not in place: the costliest part of a report after the fonts).
pub fn gains_of(r: &ReportInput) -> Vec<crate::risk::Gain> {
    if r.questionnaire.scoring.is_some() {
        crate::risk::gains(r.questionnaire, &r.answers, r.lang.tag())
    } else {
        Vec::new()
    }
}

fn risk(doc: &mut Doc, r: &ReportInput, gains: &[crate::risk::Gain]) {
    let l = r.lang;
    doc.heading(&tr!(l, "report-risk"), true);
    let intro = if r.questionnaire.scoring.is_some() {
        tr!(l, "report-risk-intro-symmetric")
    } else {
        tr!(l, "report-risk-intro-round-up")
    };
    doc.paragraph(&intro, &Style::small().with_color(Rgb3::GREY));
    doc.gap(3.0);
    if r.score.categories.is_empty() {
        doc.paragraph(&tr!(l, "report-nothing-to-place"), &Style::body());
        return;
    }
    heat_map(doc, r.questionnaire, &r.score.categories);

    doc.subheading(&tr!(l, "report-why-figures"));
    legal::legend(doc);
    for (i, c) in r.score.categories.iter().enumerate() {
        let (inherent, residual) = (
            iw::level(l, c.inherent.level),
            iw::level(l, c.residual.level),
        );
        let head = if c.sensitive {
            tr!(
                l,
                "report-category-head-sensitive",
                n = i + 1,
                name = c.name.as_str(),
                inherent = inherent,
                residual = residual
            )
        } else {
            tr!(
                l,
                "report-category-head",
                n = i + 1,
                name = c.name.as_str(),
                inherent = inherent,
                residual = residual
            )
        };
        doc.ensure(30.0);
        doc.paragraph(&head, &Style::bold(9.5));
        if let Some(a) = c.residual.above {
            doc.paragraph(
                &words::above(
                    l,
                    &iw::level(l, c.residual.level),
                    &iw::steps_count(l, a.steps),
                    &iw::level(l, a.next),
                    a.held,
                ),
                &Style::body(),
            );
            for (g, cg) in crate::risk::best_for(gains, c, 3) {
                doc.paragraph(
                    &words::gain(
                        l,
                        &g.action,
                        &iw::level(l, cg.now),
                        &iw::level(l, cg.then),
                        &iw::steps_count(l, cg.steps),
                        cg.then < cg.now,
                    ),
                    &Style::small(),
                );
            }
        }
        doc.gap(1.0);
        let mut rows = Vec::new();
        figure_rows(
            r,
            &mut rows,
            [
                tr!(
                    l,
                    "report-severity-before",
                    figure = iw::figure(l, &c.inherent.severity)
                ),
                tr!(
                    l,
                    "report-severity-with",
                    figure = iw::figure(l, &c.residual.severity)
                ),
            ],
            &c.inherent.severity,
            &c.residual.severity,
        );
        figure_rows(
            r,
            &mut rows,
            [
                tr!(
                    l,
                    "report-likelihood-before",
                    figure = iw::figure(l, &c.inherent.likelihood)
                ),
                tr!(
                    l,
                    "report-likelihood-with",
                    figure = iw::figure(l, &c.residual.likelihood)
                ),
            ],
            &c.inherent.likelihood,
            &c.residual.likelihood,
        );
        captioned(
            doc,
            Some(&head),
            &[
                col(&tr!(l, "report-col-figure"), 30.0),
                col(&tr!(l, "report-col-step"), 26.0),
                col(&tr!(l, "report-col-why"), 80.0),
                col(&tr!(l, "report-col-based-on"), 38.0),
            ],
            &rows,
        );
    }
}

fn figure_rows(
    r: &ReportInput,
    rows: &mut Vec<Vec<Cell>>,
    [before, with]: [String; 2],
    inherent: &Figure,
    residual: &Figure,
) {
    let l = r.lang;
    let based = |m: &Move| {
        let mut s = match &m.source {
            Source::Question { id, answer, .. } => {
                tr!(
                    l,
                    "report-based-question",
                    id = id.as_str(),
                    answer = answer.as_str()
                )
            }
            Source::Rule { id } => tr!(l, "report-based-rule", id = id.as_str()),
            Source::Category { .. } => tr!(l, "report-based-category"),
            Source::Inherent => tr!(l, "report-based-inherent"),
        };
        if !m.cite.is_empty() {
            s.push('\n');
            s.push_str(&super::cite::list(r, &m.cite));
        }
        s
    };
    for (k, m) in inherent.moves.iter().enumerate() {
        let label = if k == 0 {
            before.clone()
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
    if measures.is_empty() {
        rows.push(vec![
            Cell::bold(with.clone()),
            Cell::new(tr!(l, "report-no-change")),
            Cell::new(tr!(l, "report-no-measure-lowers")),
            Cell::new(""),
        ]);
    }
    for (k, m) in measures.into_iter().enumerate() {
        let label = if k == 0 { with.clone() } else { String::new() };
        rows.push(vec![
            Cell::bold(label),
            Cell::new(&m.change),
            Cell::new(&m.because),
            Cell::new(based(m)),
        ]);
    }
}

fn plan_status(l: Lang, s: PlanStatus) -> String {
    match s {
        PlanStatus::Todo => tr!(l, "report-plan-todo"),
        PlanStatus::InProgress => tr!(l, "report-plan-in-progress"),
        PlanStatus::Done => tr!(l, "report-plan-done"),
        PlanStatus::Dropped => tr!(l, "report-plan-dropped"),
    }
}

fn priority(l: Lang, p: Priority) -> String {
    match p {
        Priority::High => tr!(l, "report-priority-high"),
        Priority::Medium => tr!(l, "report-priority-medium"),
        Priority::Low => tr!(l, "report-priority-low"),
    }
}

fn plan(doc: &mut Doc, r: &ReportInput) {
    let l = r.lang;
    doc.heading(&tr!(l, "report-plan"), true);
    if r.plan.is_empty() {
        doc.paragraph(&tr!(l, "report-plan-none"), &Style::body());
    } else {
        let rows: Vec<Vec<Cell>> = r
            .plan
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let action = Cell::titled(&p.title, p.detail.trim());
                let words = plan_status(l, p.status);
                let status = match p.status {
                    PlanStatus::Done => Cell::new(words).fill(Rgb3::LIGHT_GREEN),
                    PlanStatus::Dropped => Cell::new(words).color(Rgb3::GREY),
                    PlanStatus::InProgress => Cell::new(words).fill(Rgb3::LIGHT_AMBER),
                    PlanStatus::Todo => Cell::new(words),
                };
                vec![
                    Cell::new((i + 1).to_string()),
                    action,
                    Cell::new(or_missing(l, &p.owner)),
                    Cell::new(
                        p.due
                            .map(|d| d.format("%Y-%m-%d").to_string())
                            .unwrap_or_else(|| tr!(l, "report-no-date")),
                    ),
                    status,
                ]
            })
            .collect();
        captioned(
            doc,
            Some(&tr!(l, "report-plan")),
            &[
                col("#", 9.0),
                col(&tr!(l, "report-col-action"), 95.0),
                col(&tr!(l, "report-col-owner"), 28.0),
                col(&tr!(l, "report-col-due"), 20.0),
                col(&tr!(l, "report-col-status"), 22.0),
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
    let recommended = tr!(l, "report-recommended");
    doc.subheading(&recommended);
    if open.is_empty() {
        doc.paragraph(&tr!(l, "report-recommended-none"), &Style::body());
        return;
    }
    legal::legend(doc);
    let rows: Vec<Vec<Cell>> = open
        .iter()
        .map(|a| {
            let cats: Vec<String> = a.categories.iter().map(|c| category_name(r, c)).collect();
            let mut what = a.detail.clone();
            if !cats.is_empty() {
                what.push('\n');
                what.push_str(&tr!(l, "report-for", categories = list(l, &cats)));
            }
            vec![
                Cell::titled(&a.title, what),
                Cell::new(priority(l, a.priority)),
                Cell::new(super::cite::list(r, &a.cite)),
            ]
        })
        .collect();
    captioned(
        doc,
        Some(&recommended),
        &[
            col(&tr!(l, "report-col-action"), 120.0),
            col(&tr!(l, "report-col-priority"), 18.0),
            col(&tr!(l, "report-col-citation"), 36.0),
        ],
        &rows,
    );
}

fn questions(doc: &mut Doc, r: &ReportInput) {
    let l = r.lang;
    doc.heading(&tr!(l, "report-questions"), true);
    doc.paragraph(
        &tr!(l, "report-questions-intro"),
        &Style::small().with_color(Rgb3::GREY),
    );
    let qn = r.questionnaire;
    let vis = Visible::new(qn, &r.answers);
    let unverified =
        |c: &crate::questionnaire::Citation| c.level() == crate::questionnaire::Level::Unverified;
    if r.for_filing
        && qn
            .sections
            .iter()
            .flat_map(|s| &s.questions)
            .any(|q| vis.is_shown(&q.id) && q.cite.iter().any(unverified))
    {
        doc.paragraph(
            &tr!(l, "report-questions-unverified-left-out"),
            &Style::small().with_color(Rgb3::GREY),
        );
    }
    doc.gap(1.0);
    legal::legend(doc);
    for s in &qn.sections {
        let shown: Vec<&Question> = s.questions.iter().filter(|q| vis.is_shown(&q.id)).collect();
        if shown.is_empty() {
            continue;
        }
        let title = s.title.get(l.tag());
        doc.subheading(title);
        let rows: Vec<Vec<Cell>> = shown
            .iter()
            .map(|q| {
                let question = Cell::labelled(&q.id, q.prompt.get(l.tag()));
                let mut answer = match vis.answer(&q.id) {
                    None => Cell::bold(tr!(l, "report-not-answered"))
                        .color(Rgb3::RED)
                        .fill(Rgb3::LIGHT_RED),
                    Some(a) if a.is_unsure() => {
                        Cell::bold(tr!(l, "report-not-sure", answer = answer_text(l, q, qn, a)))
                            .color(Rgb3::AMBER)
                            .fill(Rgb3::LIGHT_AMBER)
                    }
                    Some(a) => Cell::new(answer_text(l, q, qn, a)),
                };
                if let Some(n) = r.notes.get(&q.id).filter(|n| !n.trim().is_empty()) {
                    answer.text.push('\n');
                    answer
                        .text
                        .push_str(&tr!(l, "report-note", note = n.as_str()));
                }
                let cites = qn.cites(&q.cite, l);
                vec![question, answer, Cell::new(super::cite::list(r, &cites))]
            })
            .collect();
        captioned(
            doc,
            Some(title),
            &[
                col(&tr!(l, "report-col-question"), 78.0),
                col(&tr!(l, "report-col-answer"), 64.0),
                col(&tr!(l, "report-col-citation"), 32.0),
            ],
            &rows,
        );
    }
}
