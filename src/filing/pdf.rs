//! The pack as a PDF, in the report's typography and layout (`report::layout`, its tables
//! and fonts): a cover naming the controller, the assessment and the revision filed, then
//! one form per purpose (the decision and its reasons, then Article 23's items, each under
//! its heading), the transfers filed on their own and the gaps. Every page says when the
//! pack is not signed, when it is incomplete, and when it is an English working copy.
//!
//! Deterministic: the same pack gives the same bytes (no clock: the only date is the
//! signing time in the record).

use crate::i18n::{AsLang, Lang};
use crate::questionnaire::Procedure;
use crate::report::fonts::Face;
use crate::report::layout::{
    BODY_BOTTOM, BODY_TOP, BODY_W, Doc, INK_TOP, MARGIN_X, PAGE_W, Rgb3, Style,
};
use crate::report::sections::kv;
use crate::report::signing::{fit, rule_on};
use crate::report::table::{Cell, Column, captioned, col, table};
use crate::report::tags::Role;
use crate::report::{Attachment, Kind, Rendered, archive, new_doc, write_pdf};
use crate::tr;

use super::transfers::TransferKind;
use super::{Entry, Field, Item, Pack};

/// The pack as a PDF/A in its language, dated `date` (the signing time, or the draft's
/// last save), carrying the signed revision's file (name, bytes) when there is one.
pub fn render_pdf(
    p: &Pack,
    date: chrono::DateTime<chrono::Utc>,
    record_file: Option<&(String, Vec<u8>)>,
) -> Rendered {
    let lang = p.lang.as_str().as_lang();
    let mut doc = new_doc();
    doc.lang = lang;
    cover(&mut doc, p, lang);
    for (i, f) in p.forms.iter().enumerate() {
        form(&mut doc, p, lang, i, f);
    }
    transfers(&mut doc, p, lang);
    gaps(&mut doc, p, lang);
    crate::report::signing::missing_glyphs_note(&mut doc);
    furniture(&mut doc, p, lang);
    let revision = p.signed.as_ref().map_or(0, |s| s.revision);
    let meta = archive::Meta {
        title: tr!(lang, "filing-title", title = p.title.as_str()),
        author: p
            .signed
            .as_ref()
            .map(|s| s.signer.clone())
            .unwrap_or_default(),
        subject: tr!(
            lang,
            "filing-pdf-subject",
            id = p.assessment.as_str(),
            revision = revision
        ),
        date: p.signed.as_ref().map_or(date, |s| s.signed_at),
        langs: vec![lang.tag().to_string()],
    };
    let attachment = match (&p.signed, record_file) {
        (Some(s), Some((name, bytes))) => Some(Attachment {
            name: name.clone(),
            bytes: bytes.clone(),
            modified: s.signed_at,
            description: tr!(lang, "report-pdf-attachment", revision = s.revision),
            relationship: crate::report::archive::Relationship::Source,
        }),
        _ => None,
    };
    let record = p
        .signed
        .as_ref()
        .map(|s| (p.assessment.as_str(), Some(s.revision), s.sha256.as_str()));
    write_pdf(doc, &meta, record, attachment.as_slice(), Kind::Filing)
}

fn cites(lang: Lang, cs: &[String]) -> String {
    cs.join(&tr!(lang, "filing-cite-sep"))
}

/// A box across the body, tinted, with its text wrapped inside: the decision, a draft to
/// confirm, a gap.
fn boxed(doc: &mut Doc, lines: &[(String, Style)], fill: Rgb3, edge: Rgb3) {
    let pad = 2.2;
    let mut laid: Vec<(String, Style)> = Vec::new();
    for (text, style) in lines {
        for l in doc.wrap(text, style, BODY_W - 2.0 * pad) {
            laid.push((l, *style));
        }
    }
    let h: f32 = laid.iter().map(|(_, s)| s.line_h()).sum::<f32>() + 2.0 * pad;
    if h <= BODY_BOTTOM - BODY_TOP {
        doc.ensure(h);
        let top = doc.y;
        doc.rect((MARGIN_X, top, BODY_W, h), Some(fill), Some((edge, 0.8)));
        let mut y = top + pad;
        for (l, s) in &laid {
            doc.text(MARGIN_X + pad, y, l, s);
            y += s.line_h();
        }
        doc.y = top + h + 2.0;
    } else {
        // Taller than a page: plain paragraphs, in the box's ink.
        for (text, style) in lines {
            doc.paragraph(text, style);
        }
        doc.gap(2.0);
    }
}

fn cover(doc: &mut Doc, p: &Pack, l: Lang) {
    let top = doc.y;
    doc.mark(1, &tr!(l, "filing-pdf-banner"));
    doc.rect((MARGIN_X, top, BODY_W, 12.0), Some(Rgb3::NAVY), None);
    let banner = Style::new(13.0, Face::Bold, Rgb3::WHITE);
    let text = fit(doc, &tr!(l, "filing-pdf-banner"), &banner, BODY_W - 6.0);
    doc.text(MARGIN_X + 4.0, top + 3.2, &text, &banner);
    doc.y = top + 18.0;
    doc.paragraph(&p.title, &Style::new(18.0, Face::Bold, Rgb3::BLACK));
    doc.gap(4.0);

    // What the pack is, plainly: signed or not, complete or not, a working copy or not.
    let big = |c| Style::new(11.0, Face::Bold, c);
    match &p.signed {
        Some(_) => boxed(
            doc,
            &[(tr!(l, "filing-pdf-signed-box"), big(Rgb3::GREEN))],
            Rgb3::LIGHT_GREEN,
            Rgb3::GREEN,
        ),
        None => boxed(
            doc,
            &[
                (tr!(l, "filing-pdf-not-signed-mark"), big(Rgb3::RED)),
                (
                    tr!(l, "filing-not-signed"),
                    Style::body().with_color(Rgb3::RED),
                ),
            ],
            Rgb3::LIGHT_RED,
            Rgb3::RED,
        ),
    }
    if p.complete() {
        boxed(
            doc,
            &[(tr!(l, "filing-complete"), Style::body())],
            Rgb3::LIGHT,
            Rgb3::RULE,
        );
    } else {
        boxed(
            doc,
            &[(
                tr!(l, "filing-incomplete", n = p.gaps.len()),
                big(Rgb3::AMBER),
            )],
            Rgb3::LIGHT_AMBER,
            Rgb3::AMBER,
        );
    }
    if l == Lang::En {
        boxed(
            doc,
            &[(tr!(l, "filing-pdf-working-copy-box"), big(Rgb3::RED))],
            Rgb3::LIGHT_RED,
            Rgb3::RED,
        );
    }
    doc.gap(2.0);

    let body = Style::body();
    // The controller, as item (a) of the first form states it.
    doc.subheading(&tr!(l, "filing-pdf-controller"));
    match p
        .forms
        .first()
        .and_then(|f| f.items.iter().find(|i| i.id == "a"))
    {
        Some(a) => {
            for f in a.entries.iter().flat_map(|e| &e.fields) {
                kv(doc, &f.label, &f.value, &body);
            }
            for g in &a.gaps {
                gap(doc, l, &g.text);
            }
        }
        None => doc.paragraph(&tr!(l, "filing-pdf-controller-none"), &body),
    }

    doc.subheading(&tr!(l, "filing-pdf-what"));
    kv(
        doc,
        &tr!(l, "filing-pdf-label-assessment"),
        &p.assessment,
        &body,
    );
    kv(
        doc,
        &tr!(l, "filing-pdf-label-questionnaire"),
        &format!("{} {}", p.questionnaire, p.questionnaire_version),
        &body,
    );
    match &p.signed {
        Some(s) => {
            let at = s.signed_at.format("%Y-%m-%d %H:%M UTC").to_string();
            kv(
                doc,
                &tr!(l, "filing-pdf-label-revision"),
                &tr!(
                    l,
                    "filing-pdf-revision-value",
                    n = s.revision,
                    signer = s.signer.as_str(),
                    at = at
                ),
                &body,
            );
            kv(doc, &tr!(l, "filing-pdf-label-sha256"), &s.sha256, &body);
        }
        None => kv(
            doc,
            &tr!(l, "filing-pdf-label-revision"),
            &tr!(l, "filing-pdf-not-signed-mark"),
            &body.with_color(Rgb3::RED),
        ),
    }

    doc.subheading(&tr!(l, "filing-pdf-forms"));
    let rows: Vec<Vec<Cell>> = p
        .forms
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (decision, ink) = match f.procedure {
                Procedure::Notify => (tr!(l, "filing-pdf-notify-short"), Rgb3::NAVY),
                Procedure::Authorise => (tr!(l, "filing-pdf-authorise-short"), Rgb3::AMBER),
            };
            let n: usize = f.items.iter().map(|i| i.gaps.len()).sum();
            let gaps = if n == 0 {
                Cell::new(tr!(l, "filing-pdf-gaps-none-short"))
            } else {
                Cell::bold(n.to_string()).color(Rgb3::AMBER)
            };
            vec![
                Cell::new((i + 1).to_string()),
                Cell::new(f.purpose.as_str()),
                Cell::bold(decision).color(ink),
                gaps,
            ]
        })
        .collect();
    table(
        doc,
        &[
            col(&tr!(l, "filing-pdf-col-form"), 22.0),
            col(&tr!(l, "filing-pdf-col-purpose"), 74.0),
            col(&tr!(l, "filing-pdf-col-decision"), 56.0),
            col(&tr!(l, "filing-pdf-col-gaps"), 22.0),
        ],
        &rows,
    );
    doc.paragraph(&tr!(l, "filing-how-to"), &body.with_color(Rgb3::GREY));
}

fn gap(doc: &mut Doc, l: Lang, text: &str) {
    boxed(
        doc,
        &[(
            tr!(l, "filing-gap-line", text = text),
            Style::body().with_color(Rgb3::AMBER),
        )],
        Rgb3::LIGHT_AMBER,
        Rgb3::AMBER,
    );
}

fn form(doc: &mut Doc, p: &Pack, l: Lang, i: usize, f: &super::Form) {
    heading(
        doc,
        &tr!(
            l,
            "filing-form-heading",
            n = i + 1,
            total = p.forms.len(),
            purpose = f.purpose.as_str()
        ),
        true,
    );
    let (decision, ink, fill) = match f.procedure {
        Procedure::Notify => (tr!(l, "filing-decision-notify"), Rgb3::NAVY, Rgb3::LIGHT),
        Procedure::Authorise => (
            tr!(l, "filing-decision-authorise"),
            Rgb3::AMBER,
            Rgb3::LIGHT_AMBER,
        ),
    };
    let mut lines = vec![(decision, Style::new(11.0, Face::Bold, ink))];
    for r in &f.reasons {
        lines.push((
            tr!(
                l,
                "filing-reason",
                because = r.because.as_str(),
                cites = cites(l, &r.cite)
            ),
            Style::small(),
        ));
    }
    boxed(doc, &lines, fill, ink);
    for item in &f.items {
        self::item(doc, l, item);
    }
}

/// A part's heading, wrapped (a purpose can be long), on a new page if `new_page`.
fn heading(doc: &mut Doc, text: &str, new_page: bool) {
    if new_page && doc.y > BODY_TOP {
        doc.new_page();
    } else if doc.y > BODY_TOP {
        doc.gap(4.0);
    }
    let style = Style::bold(14.0).with_color(Rgb3::NAVY);
    doc.ensure(style.line_h() * 2.0 + 20.0);
    doc.mark(1, text);
    doc.tags.begin(Role::H1);
    doc.paragraph(text, &style);
    doc.tags.end();
    doc.gap(0.8);
    doc.rule(Rgb3::NAVY, 0.6);
    doc.gap(3.0);
}

/// An item's heading: a tinted band, kept with what follows it.
fn item_heading(doc: &mut Doc, text: &str) {
    let style = Style::new(10.0, Face::Bold, Rgb3::NAVY);
    let lines = doc.wrap(text, &style, BODY_W - 4.0);
    let h = lines.len() as f32 * style.line_h() + 2.4;
    doc.ensure(h + 16.0);
    doc.gap(2.0);
    let top = doc.y;
    doc.rect((MARGIN_X, top, BODY_W, h), Some(Rgb3::LIGHT), None);
    doc.rect((MARGIN_X, top, 1.2, h), Some(Rgb3::NAVY), None);
    let mut y = top + 1.2;
    doc.tags.begin(Role::H2);
    for line in &lines {
        doc.text(MARGIN_X + 3.0, y, line, &style);
        y += style.line_h();
    }
    doc.tags.end();
    doc.y = top + h + 2.0;
}

fn item(doc: &mut Doc, l: Lang, item: &Item) {
    item_heading(doc, &item.heading);
    entries(doc, l, &item.entries, Some(&item.heading));
    for note in &item.notes {
        doc.paragraph(note, &Style::body().with_color(Rgb3::GREY));
        doc.gap(1.0);
    }
    for g in &item.gaps {
        gap(doc, l, &g.text);
    }
    // The heading names the item of Article 23: only further citations are shown (Arts
    // 15–16 for the security measures).
    if item.cite.len() > 1 {
        doc.paragraph(
            &tr!(l, "filing-item-cite", cites = cites(l, &item.cite[1..])),
            &Style::small().with_color(Rgb3::GREY),
        );
    }
}

/// Entries in order: runs of a table's rows as a table, runs of questions and their
/// answers as one two-column table, other answers as label: value.
fn entries(doc: &mut Doc, l: Lang, es: &[Entry], caption: Option<&str>) {
    let body = Style::body();
    let mut questions: Vec<&Field> = Vec::new();
    let mut i = 0;
    while i < es.len() {
        if es[i].row {
            questions_table(doc, l, &mut questions, caption);
            let end = es[i..]
                .iter()
                .position(|e| !e.row)
                .map_or(es.len(), |k| i + k);
            rows(doc, l, &es[i..end], caption);
            i = end;
            continue;
        }
        for f in &es[i].fields {
            if f.question {
                questions.push(f);
            } else {
                questions_table(doc, l, &mut questions, caption);
                kv(doc, &f.label, &f.value, &body);
            }
        }
        i += 1;
    }
    questions_table(doc, l, &mut questions, caption);
}

/// The questions gathered so far and their answers, as a table; then none.
fn questions_table(doc: &mut Doc, l: Lang, qs: &mut Vec<&Field>, caption: Option<&str>) {
    if qs.is_empty() {
        return;
    }
    let cells: Vec<Vec<Cell>> = qs
        .iter()
        .map(|f| vec![Cell::new(f.label.as_str()), Cell::bold(f.value.as_str())])
        .collect();
    captioned(
        doc,
        caption,
        &[
            col(&tr!(l, "filing-pdf-col-question"), BODY_W - 48.0),
            col(&tr!(l, "filing-pdf-col-answer"), 48.0),
        ],
        &cells,
    );
    qs.clear();
}

/// A table's rows: numbered, one column per label in the order they first appear.
fn rows(doc: &mut Doc, l: Lang, rs: &[Entry], caption: Option<&str>) {
    let mut labels: Vec<&str> = Vec::new();
    for r in rs {
        for f in &r.fields {
            if !labels.contains(&f.label.as_str()) {
                labels.push(&f.label);
            }
        }
    }
    // Widths after how much each column holds, within bounds, none narrower than its
    // heading's longest word.
    let no_w = 10.0;
    let head = Style::new(7.5, Face::Bold, Rgb3::WHITE);
    let widths = {
        let weights: Vec<f32> = labels
            .iter()
            .map(|label| {
                rs.iter()
                    .flat_map(|r| &r.fields)
                    .filter(|f| f.label == *label)
                    .map(|f| doc.width(&f.value, &Style::small()))
                    .fold(doc.width(label, &Style::small()) * 0.7, f32::max)
                    .clamp(28.0, 90.0)
            })
            .collect();
        let mins: Vec<f32> = labels
            .iter()
            .map(|label| {
                crate::report::layout::tokens(label)
                    .iter()
                    .map(|w| doc.width(w, &head))
                    .fold(16.0, f32::max)
                    + 4.0
            })
            .collect();
        spread(BODY_W - no_w, &weights, &mins)
    };
    let mut cols: Vec<Column> = vec![col(&tr!(l, "filing-pdf-col-no"), no_w)];
    cols.extend(labels.iter().zip(&widths).map(|(c, w)| col(c, *w)));
    let cells: Vec<Vec<Cell>> = rs
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let mut row = vec![Cell::new(tr!(l, "filing-row", n = n + 1))];
            row.extend(labels.iter().map(|c| {
                let v = r
                    .fields
                    .iter()
                    .find(|f| f.label == *c)
                    .map_or("", |f| f.value.as_str());
                Cell::new(v)
            }));
            row
        })
        .collect();
    captioned(doc, caption, &cols, &cells);
}

/// `total` shared in proportion to `weights`, no share below its minimum (the columns held
/// at their minimum first, the rest shared among the others).
fn spread(total: f32, weights: &[f32], mins: &[f32]) -> Vec<f32> {
    let mut fixed = vec![false; weights.len()];
    loop {
        let free: f32 = total
            - mins
                .iter()
                .zip(&fixed)
                .filter(|(_, f)| **f)
                .map(|(m, _)| m)
                .sum::<f32>();
        let weight: f32 = weights
            .iter()
            .zip(&fixed)
            .filter(|(_, f)| !**f)
            .map(|(w, _)| w)
            .sum();
        let widths: Vec<f32> = (0..weights.len())
            .map(|i| {
                if fixed[i] {
                    mins[i]
                } else {
                    free * weights[i] / weight.max(0.01)
                }
            })
            .collect();
        let under: Vec<usize> = (0..weights.len())
            .filter(|&i| !fixed[i] && widths[i] < mins[i])
            .collect();
        if under.is_empty() || fixed.iter().all(|f| *f) {
            return widths;
        }
        for i in under {
            fixed[i] = true;
        }
    }
}

fn transfers(doc: &mut Doc, p: &Pack, l: Lang) {
    heading(doc, &tr!(l, "filing-transfers-heading"), true);
    let body = Style::body();
    if p.transfers.is_empty() {
        doc.paragraph(&tr!(l, "filing-transfers-none"), &body);
    }
    for t in &p.transfers {
        let name = t
            .fields
            .first()
            .map(|f| f.value.clone())
            .unwrap_or_default();
        let heading = match t.kind {
            TransferKind::Notified => {
                tr!(l, "filing-transfer-notified", row = t.row, name = name)
            }
            TransferKind::Gba => tr!(l, "filing-transfer-gba", row = t.row, name = name),
        };
        item_heading(doc, &heading);
        if t.kind == TransferKind::Gba {
            boxed(
                doc,
                &[(
                    tr!(l, "filing-transfer-gba-draft"),
                    Style::body().with_color(Rgb3::AMBER),
                )],
                Rgb3::LIGHT_AMBER,
                Rgb3::AMBER,
            );
        }
        kv(
            doc,
            &tr!(l, "filing-pdf-label-basis"),
            &crate::i18n::words::transfer(l, t.state),
            &body,
        );
        for f in &t.fields {
            kv(doc, &f.label, &f.value, &body);
        }
        if !t.purposes.is_empty() {
            kv(
                doc,
                &tr!(l, "filing-pdf-label-purposes"),
                &super::fill::join(l, t.purposes.iter().cloned()),
                &body,
            );
        }
        entries(doc, l, &t.facts, Some(&heading));
        if !t.cite.is_empty() {
            doc.paragraph(
                &tr!(l, "filing-item-cite", cites = cites(l, &t.cite)),
                &Style::small().with_color(Rgb3::GREY),
            );
        }
        doc.gap(2.0);
    }
}

fn gaps(doc: &mut Doc, p: &Pack, l: Lang) {
    if p.gaps.is_empty() {
        doc.gap(4.0);
        doc.subheading(&tr!(l, "filing-gaps-none"));
    } else {
        heading(doc, &tr!(l, "filing-gaps-heading", n = p.gaps.len()), false);
        for g in &p.gaps {
            gap(doc, l, &g.text);
        }
    }
    doc.gap(4.0);
    doc.paragraph(
        &tr!(l, "filing-translation-note"),
        &Style::small().with_color(Rgb3::GREY),
    );
}

/// The header and footer of every page: the pack and its revision, the marks (not signed,
/// incomplete, working copy), the title and the page number.
fn furniture(doc: &mut Doc, p: &Pack, l: Lang) {
    let total = doc.page_count();
    let grey = Style::new(7.5, Face::Regular, Rgb3::GREY);
    let red = Style::new(8.0, Face::Bold, Rgb3::RED);
    let amber = Style::new(8.0, Face::Bold, Rgb3::AMBER);
    let (right, right_style) = match &p.signed {
        Some(s) => {
            let short: String = s.sha256.chars().take(16).collect();
            (
                tr!(l, "filing-pdf-header-signed", n = s.revision, sha = short),
                grey,
            )
        }
        None => (tr!(l, "filing-pdf-not-signed-mark"), red),
    };
    let right = doc.clean(&right);
    let right_w = doc.width(&right, &right_style);
    let left = tr!(l, "filing-pdf-header-left", id = p.assessment.as_str());
    let left = fit(doc, &left, &grey, BODY_W - right_w - 6.0);
    // The second line: incomplete on the left, a working copy on the right.
    let incomplete =
        (!p.complete()).then(|| tr!(l, "filing-pdf-incomplete-mark", n = p.gaps.len()));
    let working = (l == Lang::En).then(|| doc.clean(&tr!(l, "filing-pdf-working-copy")));
    let working_w = working.as_ref().map_or(0.0, |w| doc.width(w, &red));
    let incomplete = incomplete.map(|t| fit(doc, &t, &amber, BODY_W - working_w - 6.0));
    let title = fit(doc, &p.title, &grey, BODY_W - 40.0);
    doc.tags.artifact_begin();
    for pg in 0..total {
        let top = INK_TOP + 1.0;
        doc.text_on(pg, MARGIN_X, top, &left, &grey);
        doc.text_on(
            pg,
            PAGE_W - MARGIN_X - right_w,
            top - 0.2,
            &right,
            &right_style,
        );
        let second = top + 4.4;
        if let Some(t) = &incomplete {
            doc.text_on(pg, MARGIN_X, second, t, &amber);
        }
        if let Some(w) = &working {
            doc.text_on(pg, PAGE_W - MARGIN_X - working_w, second, w, &red);
        }
        let foot = BODY_BOTTOM + 5.0;
        doc.text_on(pg, MARGIN_X, foot, &title, &grey);
        let n = tr!(l, "report-page", page = pg + 1, total = total);
        let w = doc.width(&n, &grey);
        doc.text_on(pg, PAGE_W - MARGIN_X - w, foot, &n, &grey);
        rule_on(doc, pg, BODY_TOP - 6.0);
        rule_on(doc, pg, BODY_BOTTOM + 3.5);
    }
    doc.tags.artifact_end();
}

#[cfg(test)]
mod tests {
    use super::spread;

    #[test]
    fn spread_keeps_every_share_above_its_minimum_and_fills_the_width() {
        let w = spread(160.0, &[90.0, 90.0, 18.0, 18.0], &[20.0, 20.0, 25.0, 22.0]);
        assert!((w.iter().sum::<f32>() - 160.0).abs() < 0.01, "{w:?}");
        assert!(w[2] >= 25.0 && w[3] >= 22.0, "{w:?}");
        assert!((w[0] - w[1]).abs() < 0.01, "{w:?}");
        let even = spread(100.0, &[1.0, 1.0], &[10.0, 10.0]);
        assert_eq!(even, vec![50.0, 50.0]);
    }
}
