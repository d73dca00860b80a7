//! The data flows: the diagram (the organisation in Macau on the left, every destination
//! in its jurisdiction's column: Macau, mainland China, elsewhere), and the tables of
//! destinations and of where each kind of data goes. Every border crossing is marked with
//! the state of its legal basis under Law 8/2005 Arts 19–20, as the risk model concludes
//! it (`Score::transfers`): green only when the basis is evidenced as in force.

use crate::i18n::{Lang, words as iw};
use crate::questionnaire::TransferState;
use crate::risk::TransferStatus;
use crate::tr;

use super::ReportInput;
use super::fonts::Face;
use super::heatmap::level_fill;
use super::layout::{BODY_BOTTOM, BODY_TOP, BODY_W, Doc, MARGIN_X, Rgb3, Style, Tone};
use super::sections::{category_name, list, list_strong, or_missing};
use super::table::{Cell, captioned, col};
use super::tags::Role;
use super::words as w;

/// One row of the data flows question, as the risk model classified it, in words.
#[derive(Debug, Clone)]
pub struct Flow {
    /// The recipient or system.
    pub name: String,
    /// Category ids and their names.
    pub category_ids: Vec<String>,
    pub categories: Vec<String>,
    /// The location's choice id (macau, mainland, mainland_gba, hong_kong, …) and label.
    pub location: String,
    pub location_label: String,
    /// The basis as the answers name it; empty when none is named.
    pub basis_label: String,
    pub state: TransferState,
    /// The evidence given for the basis, in words.
    pub evidence: String,
}

impl Flow {
    pub fn new(t: &TransferStatus, category_name: impl Fn(&str) -> String) -> Flow {
        Flow {
            name: t.name.clone(),
            category_ids: t.categories.clone(),
            categories: t.categories.iter().map(|c| category_name(c)).collect(),
            location: t.location.clone(),
            location_label: t.location_label.clone(),
            basis_label: t.basis_label.clone(),
            state: t.state,
            evidence: t.evidence.clone(),
        }
    }

    /// A border crossing: anything that does not stay in Macau.
    pub fn crosses(&self) -> bool {
        self.state != TransferState::Inside
    }

    /// Where the destination is, in words ("Location not known" when not given).
    pub fn where_words(&self, l: Lang) -> String {
        if self.location_label.trim().is_empty() {
            tr!(l, "report-location-not-known")
        } else {
            self.location_label.clone()
        }
    }
}

/// How a transfer's state reads: green only when in force.
pub fn state_tone(s: TransferState) -> Tone {
    match s {
        TransferState::Inside => Tone::Plain,
        TransferState::InForce => Tone::Good,
        TransferState::Applied => Tone::Wait,
        TransferState::Claimed | TransferState::None => Tone::Bad,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Zone {
    Macau,
    Mainland,
    Elsewhere,
}

/// The diagram's column: what stays in Macau in the first, the mainland (a city of the
/// Greater Bay Area or elsewhere in the mainland) in the second, the rest in the third.
fn zone(f: &Flow) -> Zone {
    if f.state == TransferState::Inside || f.location == "macau" {
        Zone::Macau
    } else if f.location == "mainland" || f.location.starts_with("mainland_") {
        Zone::Mainland
    } else {
        Zone::Elsewhere
    }
}

// Horizontal geometry, in mm from the left margin.
const ORG_W: f32 = 28.0;
const MACAU_BOX: (f32, f32) = (33.0, 30.0);
const BORDER_1: f32 = 66.0;
const LABEL: (f32, f32) = (67.5, 29.0);
const MAINLAND_BOX: (f32, f32) = (99.5, 34.5);
const BORDER_2: f32 = 136.0;
const ELSEWHERE_BOX: (f32, f32) = (138.0, BODY_W - 138.0);
const HEAD_H: f32 = 9.0;
const ROW_GAP: f32 = 3.5;

struct Laid {
    zone: Zone,
    title: Vec<String>,
    detail: Vec<String>,
    /// The crossing's label: its lines with their styles, and the colour of the arrow.
    label: Option<(Vec<(String, Style)>, Rgb3)>,
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
fn basis_style() -> Style {
    Style::new(6.0, Face::Regular, Rgb3::BLACK)
}

pub fn diagram(doc: &mut Doc, organisation: &str, flows: &[Flow]) {
    if flows.is_empty() {
        let none = tr!(doc.lang, "report-flows-none");
        doc.paragraph(&none, &Style::body().with_color(Rgb3::RED));
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
    let alt = alt(doc.lang, organisation, flows);
    doc.tags.begin_with(Role::Figure, Some(alt), None);
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
    doc.tags.end();
    doc.gap(2.0);
}

/// What the diagram shows, in words.
fn alt(l: Lang, organisation: &str, flows: &[Flow]) -> String {
    let places: Vec<String> = flows
        .iter()
        .map(|f| {
            tr!(
                l,
                "report-place",
                name = or_missing(l, &f.name),
                place = f.where_words(l)
            )
        })
        .collect();
    tr!(
        l,
        "report-figure-flows",
        organisation = organisation,
        places = list_strong(l, &places)
    )
}

fn lay(doc: &mut Doc, f: &Flow) -> Laid {
    let z = zone(f);
    let l = doc.lang;
    let width = match z {
        Zone::Macau => MACAU_BOX.1,
        Zone::Mainland => MAINLAND_BOX.1,
        Zone::Elsewhere => ELSEWHERE_BOX.1,
    } - 3.0;
    let title = doc.wrap(&or_missing(l, &f.name), &title_style(), width);
    let mut detail_text = list(l, &f.categories);
    // The place, unless the column already says it.
    if (z == Zone::Mainland && f.location != "mainland") || z == Zone::Elsewhere {
        detail_text = format!("{} · {}", f.where_words(l), detail_text);
    }
    let detail = doc.wrap(&detail_text, &detail_style(), width);
    let label = f.crosses().then(|| {
        let ink = state_tone(f.state).ink();
        let (head, basis) = w::crossing_label(l, f.state, &f.basis_label);
        let mut lines: Vec<(String, Style)> = doc
            .wrap(&head, &label_style(ink), LABEL.1 - 2.0)
            .into_iter()
            .map(|l| (l, label_style(ink)))
            .collect();
        if !basis.is_empty() {
            for l in doc.wrap(&basis, &basis_style(), LABEL.1 - 2.0) {
                lines.push((l, basis_style()));
            }
        }
        (lines, ink)
    });
    let body = title.len() as f32 * title_style().line_h()
        + detail.len() as f32 * detail_style().line_h()
        + 3.0;
    let label_h = label
        .as_ref()
        .map(|(l, _)| l.iter().map(|(_, st)| st.line_h()).sum::<f32>() + 2.0)
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
    let l = doc.lang;
    let zones = [
        (
            0.0,
            BORDER_1,
            tr!(l, "report-zone-macau"),
            Rgb3(0.92, 0.96, 0.92),
        ),
        (
            BORDER_1,
            BORDER_2,
            tr!(l, "report-zone-mainland"),
            Rgb3(0.99, 0.93, 0.92),
        ),
        (
            BORDER_2,
            BODY_W,
            tr!(l, "report-zone-elsewhere"),
            Rgb3(0.92, 0.94, 0.99),
        ),
    ];
    let head = Style::new(7.5, Face::Bold, Rgb3::GREY);
    for (a, b, name, fill) in zones {
        doc.rect((x + a, top, b - a, h), Some(fill), None);
        let name = doc.wrap(&name, &head, b - a - 3.0);
        doc.text(x + a + 1.5, top + 1.5, &name[0], &head);
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
    for c in doc.wrap(&tr!(l, "report-controller"), &detail_style(), ORG_W - 3.0) {
        doc.text(x + 1.5, y + 0.5, &c, &detail_style());
        y += detail_style().line_h();
    }

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
        // The state of the crossing's basis, on the line just past the Macau border.
        if let Some((lines, c)) = &r.label {
            let lh_all = lines.iter().map(|(_, st)| st.line_h()).sum::<f32>() + 1.6;
            let lw = lines
                .iter()
                .map(|(l, st)| doc.width(l, st))
                .fold(0.0, f32::max)
                + 2.0;
            let lx = x + LABEL.0 + (LABEL.1 - lw) / 2.0;
            doc.rect(
                (lx, mid - lh_all / 2.0, lw, lh_all),
                Some(Rgb3::WHITE),
                Some((*c, 0.8)),
            );
            let mut ly = mid - lh_all / 2.0 + 0.8;
            for (l, st) in lines {
                let lw1 = doc.width(l, st);
                doc.text(lx + (lw - lw1) / 2.0, ly, l, st);
                ly += st.line_h();
            }
        }
        y += r.h + ROW_GAP;
    }
    doc.y = top + h + 2.0;
}

/// The flows of the report: one per row of the data flows answer.
pub fn flows_of(r: &ReportInput) -> Vec<Flow> {
    r.score
        .transfers
        .iter()
        .map(|t| Flow::new(t, |id| category_name(r, id)))
        .collect()
}

/// The section "Data inventory and flows".
pub fn section(doc: &mut Doc, r: &ReportInput) {
    let l = r.lang;
    doc.heading(&tr!(l, "report-inventory"), true);
    let flows = flows_of(r);
    doc.subheading(&tr!(l, "report-flows-heading"));
    doc.paragraph(
        &tr!(l, "report-flows-intro"),
        &Style::small().with_color(Rgb3::GREY),
    );
    doc.gap(2.0);
    if r.questionnaire.transfers.is_none() {
        doc.paragraph(
            &tr!(l, "report-flows-no-model"),
            &Style::body().with_color(Rgb3::RED),
        );
    } else {
        diagram(doc, &or_missing(l, &r.meta.organisation), &flows);
    }

    let data_where = tr!(l, "report-data-where");
    doc.subheading(&data_where);
    let rows: Vec<Vec<Cell>> = r
        .score
        .categories
        .iter()
        .map(|c| {
            let places: Vec<String> = flows
                .iter()
                .filter(|f| f.category_ids.contains(&c.id))
                .map(|f| {
                    tr!(
                        l,
                        "report-place",
                        name = or_missing(l, &f.name),
                        place = f.where_words(l)
                    )
                })
                .collect();
            let where_ = if r.questionnaire.transfers.is_none() {
                Cell::new(tr!(l, "report-flows-unclassified")).color(Rgb3::AMBER)
            } else if places.is_empty() {
                Cell::new(tr!(l, "report-not-listed-in-flows")).color(Rgb3::AMBER)
            } else {
                Cell::new(list_strong(l, &places))
            };
            let sensitive = if c.sensitive {
                tr!(l, "report-yes")
            } else {
                tr!(l, "report-no")
            };
            let levels = tr!(
                l,
                "report-levels",
                before = iw::level(l, c.inherent.level),
                with = iw::level(l, c.residual.level)
            );
            vec![
                Cell::bold(&c.name),
                Cell::new(sensitive),
                where_,
                Cell::new(levels).fill(level_fill(c.residual.level)),
            ]
        })
        .collect();
    if rows.is_empty() {
        doc.paragraph(&tr!(l, "report-no-data-in-scope"), &Style::body());
    } else {
        captioned(
            doc,
            Some(&data_where),
            &[
                col(&tr!(l, "report-col-kind"), 36.0),
                col(&tr!(l, "report-col-sensitive"), 20.0),
                col(&tr!(l, "report-col-where-stored"), 82.0),
                col(&tr!(l, "report-col-risk-level"), 36.0),
            ],
            &rows,
        );
    }

    if !flows.is_empty() {
        doc.subheading(&tr!(l, "report-destinations"));
        destinations(doc, &flows);
    }
}

/// The destinations table: each flow, the basis named, the state of that basis and the
/// evidence given for it.
fn destinations(doc: &mut Doc, flows: &[Flow]) {
    let l = doc.lang;
    let rows: Vec<Vec<Cell>> = flows
        .iter()
        .map(|f| {
            let tone = state_tone(f.state);
            let words = w::transfer_state(l, f.state);
            let state = match tone.fill() {
                Some(fill) => Cell::bold(words).color(tone.ink()).fill(fill),
                None => Cell::new(words).color(tone.ink()),
            };
            let basis = if !f.crosses() && f.basis_label.trim().is_empty() {
                Cell::new("")
            } else if f.basis_label.trim().is_empty() {
                Cell::new(tr!(l, "report-no-basis-named"))
            } else {
                Cell::new(&f.basis_label)
            };
            let evidence = if f.evidence.trim().is_empty() {
                let none = if f.crosses() {
                    tr!(l, "report-no-evidence")
                } else {
                    String::new()
                };
                Cell::new(none).color(Rgb3::GREY)
            } else {
                Cell::new(&f.evidence)
            };
            vec![
                Cell::bold(or_missing(l, &f.name)),
                Cell::new(f.where_words(l)),
                Cell::new(list(l, &f.categories)),
                basis,
                state,
                evidence,
            ]
        })
        .collect();
    captioned(
        doc,
        Some(&tr!(l, "report-destinations")),
        &[
            col(&tr!(l, "report-col-destination"), 34.0),
            col(&tr!(l, "report-col-where"), 22.0),
            col(&tr!(l, "report-col-kinds"), 32.0),
            col(&tr!(l, "report-col-basis-named"), 30.0),
            col(&tr!(l, "report-col-basis-state"), 28.0),
            col(&tr!(l, "report-col-evidence"), 28.0),
        ],
        &rows,
    );
}
