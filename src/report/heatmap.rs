//! The 4×4 risk matrix in colour (severity rows × likelihood columns), with every data
//! category at its inherent position (hollow marker) and residual position (filled).
//! Tagged as a figure whose text alternative says where each category is.

use crate::i18n::words as iw;
use crate::questionnaire::Questionnaire;
use crate::risk::CategoryRisk;
use crate::scale::{RiskLevel, Scale};
use crate::tr;

use super::fonts::Face;
use super::layout::{BODY_W, Doc, MARGIN_X, Rgb3, Style};
use super::tags::Role;

pub fn level_fill(l: RiskLevel) -> Rgb3 {
    match l {
        RiskLevel::Low => Rgb3(0.72, 0.88, 0.72),
        RiskLevel::Medium => Rgb3(1.0, 0.91, 0.58),
        RiskLevel::High => Rgb3(0.99, 0.72, 0.47),
        RiskLevel::VeryHigh => Rgb3(0.94, 0.5, 0.5),
    }
}

const LABEL_W: f32 = 26.0;
const CELL_W: f32 = 36.0;
const CELL_H: f32 = 23.0;

pub fn heat_map(doc: &mut Doc, q: &Questionnaire, cats: &[CategoryRisk]) {
    let axis = Style::new(7.5, Face::Bold, Rgb3::GREY);
    let small = Style::new(7.0, Face::Regular, Rgb3::GREY);
    let height = 6.0 + 4.0 * CELL_H + 12.0 + 10.0;
    doc.ensure(height);
    let top = doc.y;
    let l = doc.lang;
    doc.tags.begin_with(Role::Figure, Some(alt(l, cats)), None);
    doc.text(MARGIN_X, top, &tr!(l, "report-axis-severity"), &axis);
    let grid_top = top + 5.0;
    let x0 = MARGIN_X + LABEL_W;
    for (row, sev) in Scale::ALL.iter().rev().enumerate() {
        let y = grid_top + row as f32 * CELL_H;
        let label = doc.wrap(&iw::scale(l, *sev), &Style::small(), LABEL_W - 2.0);
        let lh = Style::small().line_h();
        let first = y + CELL_H / 2.0 - 1.5 - (label.len() as f32 - 1.0) * lh / 2.0;
        for (k, line) in label.iter().enumerate() {
            doc.text(MARGIN_X, first + k as f32 * lh, line, &Style::small());
        }
        for (colx, lik) in Scale::ALL.iter().enumerate() {
            let x = x0 + colx as f32 * CELL_W;
            let level = q.level(*sev, *lik);
            doc.rect(
                (x, y, CELL_W, CELL_H),
                Some(level_fill(level)),
                Some((Rgb3::WHITE, 1.2)),
            );
            doc.text(x + 1.5, y + 1.0, &iw::level(l, level), &small);
            let mut markers: Vec<(usize, bool)> = Vec::new();
            for (i, c) in cats.iter().enumerate() {
                if c.inherent.severity.level == *sev && c.inherent.likelihood.level == *lik {
                    markers.push((i + 1, false));
                }
                if c.residual.severity.level == *sev && c.residual.likelihood.level == *lik {
                    markers.push((i + 1, true));
                }
            }
            draw_markers(doc, x, y, &markers);
        }
    }
    let below = grid_top + 4.0 * CELL_H + 1.0;
    for (colx, lik) in Scale::ALL.iter().enumerate() {
        let cx = x0 + colx as f32 * CELL_W + CELL_W / 2.0;
        doc.text_centred(cx, below, &iw::scale(l, *lik), &Style::small());
    }
    let likelihood = tr!(l, "report-axis-likelihood");
    doc.text_centred(x0 + 2.0 * CELL_W, below + 4.5, &likelihood, &axis);
    doc.y = below + 10.0;

    // Legend.
    let y = doc.y;
    let before = tr!(l, "report-legend-inherent");
    let with = tr!(l, "report-legend-residual");
    marker(doc, MARGIN_X + 3.0, y + 1.8, 2.6, "n", false);
    doc.text(MARGIN_X + 7.0, y, &before, &Style::small());
    let x2 = (MARGIN_X + 7.0 + doc.width(&before, &Style::small()) + 6.0).max(MARGIN_X + 55.0);
    marker(doc, x2, y + 1.8, 2.6, "n", true);
    doc.text(x2 + 4.0, y, &with, &Style::small());
    doc.y += 6.0;
    // The key: three to a row, each wrapped in its column.
    let col_w = BODY_W / 3.0;
    let lh = Style::small().line_h();
    for row in cats.chunks(3).enumerate() {
        let (r, chunk) = row;
        let labels: Vec<Vec<String>> = chunk
            .iter()
            .enumerate()
            .map(|(k, c)| {
                let n = r * 3 + k + 1;
                let label = tr!(doc.lang, "report-map-key", n = n, name = c.name.as_str());
                doc.wrap(&label, &Style::small(), col_w - 3.0)
            })
            .collect();
        let lines = labels.iter().map(Vec::len).max().unwrap_or(1);
        doc.ensure(lines as f32 * lh);
        let y = doc.y;
        for (k, label) in labels.iter().enumerate() {
            let x = MARGIN_X + k as f32 * col_w;
            for (j, line) in label.iter().enumerate() {
                doc.text(x, y + j as f32 * lh, line, &Style::small());
            }
        }
        doc.y = y + lines as f32 * lh + 0.6;
    }
    doc.y += 2.4;
    doc.tags.end();
}

/// What the map shows, in words.
fn alt(l: crate::i18n::Lang, cats: &[CategoryRisk]) -> String {
    let items: Vec<String> = cats
        .iter()
        .enumerate()
        .map(|(i, c)| {
            tr!(
                l,
                "report-figure-risk-map-item",
                n = i + 1,
                name = c.name.as_str(),
                before = iw::level(l, c.inherent.level),
                with = iw::level(l, c.residual.level)
            )
        })
        .collect();
    let positions = super::sections::list_strong(l, &items);
    tr!(l, "report-figure-risk-map", positions = positions)
}

fn draw_markers(doc: &mut Doc, x: f32, y: f32, markers: &[(usize, bool)]) {
    if markers.is_empty() {
        return;
    }
    let n = markers.len();
    let (r, step) = if n <= 8 {
        (2.6, 7.2)
    } else if n <= 18 {
        (2.0, 5.0)
    } else {
        (1.5, 3.6)
    };
    let margin = r + 1.5;
    let per_row = (((CELL_W - 2.0 * margin) / step).floor() as usize + 1).max(1);
    for (k, (n, filled)) in markers.iter().enumerate() {
        let cx = x + margin + (k % per_row) as f32 * step;
        let cy = y + 6.0 + r + (k / per_row) as f32 * (2.0 * r + 1.3);
        marker(doc, cx, cy, r, &n.to_string(), *filled);
    }
}

fn marker(doc: &mut Doc, cx: f32, cy: f32, r: f32, label: &str, filled: bool) {
    let (fill, ink) = if filled {
        (Rgb3::NAVY, Rgb3::WHITE)
    } else {
        (Rgb3::WHITE, Rgb3::NAVY)
    };
    doc.circle(cx, cy, r, Some(fill), Some((Rgb3::NAVY, 0.9)));
    let size = if r < 2.4 { 5.5 } else { 6.5 };
    let style = Style::new(size, Face::Bold, ink);
    let top = cy - super::layout::pt_to_mm(size) * 0.62;
    doc.text_centred(cx, top, label, &style);
}
