//! The data-flow diagram: the organisation in Macau on the left, every destination in
//! its jurisdiction's column (Macau, mainland China, elsewhere), and every border
//! crossing marked with its legal basis under Law 8/2005 Arts 19–20, or its absence.

use super::fonts::Face;
use super::layout::{BODY_BOTTOM, BODY_TOP, BODY_W, Doc, MARGIN_X, Rgb3, Style};

/// One row of the data flows question, resolved to words.
#[derive(Debug, Clone)]
pub struct Flow {
    pub system: String,
    pub categories: Vec<String>,
    /// macau | mainland | hong_kong | other | unknown (or empty).
    pub location: String,
    /// not_needed | adequacy | consent | necessity | authorisation | none | unknown.
    pub basis: String,
}

#[derive(Clone, Copy, PartialEq)]
enum Zone {
    Macau,
    Mainland,
    Elsewhere,
}

fn zone(location: &str) -> Zone {
    match location {
        "macau" => Zone::Macau,
        "mainland" => Zone::Mainland,
        _ => Zone::Elsewhere,
    }
}

/// The words and colour of a border crossing's legal basis.
pub fn basis_label(basis: &str) -> (&'static str, Rgb3) {
    match basis {
        "adequacy" => ("Adequate protection (Art 19)", Rgb3::GREEN),
        "consent" => ("Explicit consent (Art 20(1))", Rgb3::GREEN),
        "necessity" => ("Listed necessity (Art 20(1))", Rgb3::GREEN),
        "authorisation" => ("DSPDP authorisation (Art 20(2))", Rgb3::GREEN),
        "unknown" => ("BASIS NOT KNOWN", Rgb3::AMBER),
        _ => ("NO LEGAL BASIS", Rgb3::RED),
    }
}

pub fn location_words(location: &str) -> &'static str {
    match location {
        "macau" => "Macau",
        "mainland" => "Mainland China",
        "hong_kong" => "Hong Kong",
        "other" => "Elsewhere",
        _ => "Location not known",
    }
}

// Horizontal geometry, in mm from the left margin.
const ORG_W: f32 = 28.0;
const MACAU_BOX: (f32, f32) = (33.0, 30.0);
const BORDER_1: f32 = 66.0;
const LABEL: (f32, f32) = (68.0, 27.0);
const MAINLAND_BOX: (f32, f32) = (98.0, 36.0);
const BORDER_2: f32 = 136.0;
const ELSEWHERE_BOX: (f32, f32) = (138.0, BODY_W - 138.0);
const HEAD_H: f32 = 9.0;
const ROW_GAP: f32 = 3.5;

struct Laid {
    zone: Zone,
    title: Vec<String>,
    detail: Vec<String>,
    label: Option<(Vec<String>, Rgb3)>,
    h: f32,
}

fn title_style() -> Style {
    Style::new(7.5, Face::Bold, Rgb3::BLACK)
}
fn detail_style() -> Style {
    Style::new(6.5, Face::Regular, Rgb3::GREY)
}
fn label_style(c: Rgb3) -> Style {
    Style::new(6.5, Face::Bold, c)
}

pub fn diagram(doc: &mut Doc, organisation: &str, flows: &[Flow]) {
    if flows.is_empty() {
        doc.paragraph(
            "No data flows are listed (question flows.list), so there is nothing to draw.",
            &Style::body().with_color(Rgb3::RED),
        );
        return;
    }
    let laid: Vec<Laid> = flows.iter().map(|f| lay(doc, f)).collect();
    let org_lines = doc.wrap(organisation, &title_style(), ORG_W - 3.0);
    let org_min = org_lines.len() as f32 * title_style().line_h() + 9.0;

    // Keep the diagram on one page when it fits on one.
    let total = HEAD_H + laid.iter().map(|l| l.h + ROW_GAP).sum::<f32>();
    let total = total.max(HEAD_H + org_min + ROW_GAP);
    if total > doc.room() && total <= BODY_BOTTOM - BODY_TOP && doc.y > BODY_TOP {
        doc.new_page();
    }
    let mut i = 0;
    while i < laid.len() {
        // Rows that fit on this page (at least one, on a fresh page).
        let mut h = HEAD_H;
        let mut j = i;
        while j < laid.len() && h + laid[j].h + ROW_GAP <= doc.room() {
            h += laid[j].h + ROW_GAP;
            j += 1;
        }
        if j == i {
            if doc.y > BODY_TOP {
                doc.new_page();
                continue;
            }
            j = i + 1;
            h += laid[i].h + ROW_GAP;
        }
        let h = h.max(HEAD_H + org_min + ROW_GAP).min(BODY_BOTTOM - doc.y);
        chunk(doc, &org_lines, &laid[i..j], h);
        i = j;
    }
    doc.gap(2.0);
}

fn lay(doc: &mut Doc, f: &Flow) -> Laid {
    let z = zone(&f.location);
    let w = match z {
        Zone::Macau => MACAU_BOX.1,
        Zone::Mainland => MAINLAND_BOX.1,
        Zone::Elsewhere => ELSEWHERE_BOX.1,
    } - 3.0;
    let title = doc.wrap(&f.system, &title_style(), w);
    let mut detail_text = f.categories.join(", ");
    if z == Zone::Elsewhere {
        detail_text = format!("{} · {}", location_words(&f.location), detail_text);
    }
    let detail = doc.wrap(&detail_text, &detail_style(), w);
    let label = (z != Zone::Macau).then(|| {
        let (words, color) = basis_label(&f.basis);
        (doc.wrap(words, &label_style(color), LABEL.1 - 2.0), color)
    });
    let body = title.len() as f32 * title_style().line_h()
        + detail.len() as f32 * detail_style().line_h()
        + 3.0;
    let label_h = label
        .as_ref()
        .map(|(l, _)| l.len() as f32 * label_style(Rgb3::RED).line_h() + 2.0)
        .unwrap_or(0.0);
    Laid {
        zone: z,
        title,
        detail,
        label,
        h: body.max(label_h).max(10.0),
    }
}

fn chunk(doc: &mut Doc, org_lines: &[String], rows: &[Laid], h: f32) {
    let top = doc.y;
    let x = MARGIN_X;
    // Zone backgrounds and headings.
    let zones = [
        (0.0, BORDER_1, "MACAU", Rgb3(0.92, 0.96, 0.92)),
        (BORDER_1, BORDER_2, "MAINLAND CHINA", Rgb3(0.99, 0.93, 0.92)),
        (BORDER_2, BODY_W, "ELSEWHERE", Rgb3(0.92, 0.94, 0.99)),
    ];
    let head = Style::new(7.5, Face::Bold, Rgb3::GREY);
    for (a, b, name, fill) in zones {
        doc.rect((x + a, top, b - a, h), Some(fill), None);
        doc.text(x + a + 1.5, top + 1.5, name, &head);
    }
    for b in [BORDER_1, BORDER_2] {
        doc.line(&[(x + b, top), (x + b, top + h)], Rgb3::GREY, 1.0);
    }
    // The organisation.
    let org_top = top + HEAD_H;
    let org_h = h - HEAD_H - ROW_GAP;
    doc.rect(
        (x, org_top, ORG_W, org_h),
        Some(Rgb3::WHITE),
        Some((Rgb3::NAVY, 1.0)),
    );
    let mut y = org_top + 1.5;
    for l in org_lines {
        doc.text(x + 1.5, y, l, &title_style());
        y += title_style().line_h();
    }
    doc.text(x + 1.5, y + 0.5, "(controller)", &detail_style());

    let mut y = top + HEAD_H;
    for r in rows {
        let (bx, bw) = match r.zone {
            Zone::Macau => MACAU_BOX,
            Zone::Mainland => MAINLAND_BOX,
            Zone::Elsewhere => ELSEWHERE_BOX,
        };
        let mid = y + r.h / 2.0;
        let color = r.label.as_ref().map(|(_, c)| *c).unwrap_or(Rgb3::GREY);
        // The arrow.
        let end = x + bx;
        doc.line(&[(x + ORG_W, mid), (end - 1.6, mid)], color, 1.1);
        doc.polygon(
            &[(end, mid), (end - 2.2, mid - 1.2), (end - 2.2, mid + 1.2)],
            Some(color),
            None,
        );
        // The destination.
        doc.rect(
            (x + bx, y, bw, r.h),
            Some(Rgb3::WHITE),
            Some((Rgb3::GREY, 0.7)),
        );
        let mut ty = y + 1.5;
        for l in &r.title {
            doc.text(x + bx + 1.5, ty, l, &title_style());
            ty += title_style().line_h();
        }
        for l in &r.detail {
            doc.text(x + bx + 1.5, ty, l, &detail_style());
            ty += detail_style().line_h();
        }
        // The crossing's legal basis, on the line just past the Macau border.
        if let Some((lines, c)) = &r.label {
            let st = label_style(*c);
            let lh = st.line_h();
            let lh_all = lines.len() as f32 * lh + 1.6;
            let lw = lines.iter().map(|l| doc.width(l, &st)).fold(0.0, f32::max) + 2.0;
            let lx = x + LABEL.0 + (LABEL.1 - lw) / 2.0;
            doc.rect(
                (lx, mid - lh_all / 2.0, lw, lh_all),
                Some(Rgb3::WHITE),
                Some((*c, 0.8)),
            );
            let mut ly = mid - lh_all / 2.0 + 0.8;
            for l in lines {
                let w = doc.width(l, &st);
                doc.text(lx + (lw - w) / 2.0, ly, l, &st);
                ly += lh;
            }
        }
        y += r.h + ROW_GAP;
    }
    doc.y = top + h + 2.0;
}
