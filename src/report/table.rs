//! Ruled tables whose rows wrap, that split across pages and repeat their header row on
//! every page they continue on. A row taller than a page is split between its lines.
//! Tagged as a table of header cells and data cells; what is repeated on a continuation
//! page is an artifact.

use super::fonts::Face;
use super::layout::{BODY_BOTTOM, BODY_TOP, Doc, MARGIN_X, Rgb3, Style};
use super::tags::Role;

const PAD_X: f32 = 1.6;
const PAD_Y: f32 = 1.1;

pub struct Column {
    pub title: String,
    /// Width in mm.
    pub width: f32,
}

pub fn col(title: &str, width: f32) -> Column {
    Column {
        title: title.to_string(),
        width,
    }
}

/// One cell: text (wrapped), its style, and an optional background.
#[derive(Clone)]
pub struct Cell {
    /// An optional first part, in bold, above the text.
    pub title: Option<(String, Style)>,
    pub text: String,
    pub style: Style,
    pub fill: Option<Rgb3>,
}

impl Cell {
    pub fn new(text: impl Into<String>) -> Self {
        Cell {
            title: None,
            text: text.into(),
            style: Style::small(),
            fill: None,
        }
    }
    pub fn bold(text: impl Into<String>) -> Self {
        Cell {
            style: Style::small().with_face(Face::Bold),
            ..Cell::new(text)
        }
    }
    /// A bold title above the text.
    pub fn titled(title: impl Into<String>, text: impl Into<String>) -> Self {
        Cell {
            title: Some((title.into(), Style::small().with_face(Face::Bold))),
            ..Cell::new(text)
        }
    }
    /// A small grey label above the text.
    pub fn labelled(label: impl Into<String>, text: impl Into<String>) -> Self {
        Cell {
            title: Some((label.into(), Style::new(7.0, Face::Regular, Rgb3::GREY))),
            ..Cell::new(text)
        }
    }
    pub fn color(mut self, c: Rgb3) -> Self {
        self.style.color = c;
        self
    }
    pub fn fill(mut self, c: Rgb3) -> Self {
        self.fill = Some(c);
        self
    }
}

struct Laid {
    lines: Vec<(String, Style)>,
    fill: Option<Rgb3>,
}

impl Laid {
    fn height(&self, from: usize, take: usize) -> f32 {
        self.lines
            .iter()
            .skip(from)
            .take(take)
            .map(|(_, s)| s.line_h())
            .sum()
    }
}

/// Draws a table from the cursor down.
pub fn table(doc: &mut Doc, cols: &[Column], rows: &[Vec<Cell>]) {
    captioned(doc, None, cols, rows);
}

/// Starts a new page for a table that continues: its caption, "(continued)", and the
/// header row again.
fn continue_on_new_page(doc: &mut Doc, caption: Option<&str>, cols: &[Column], head: &[Laid]) {
    doc.new_page();
    doc.tags.artifact_begin();
    if let Some(c) = caption {
        let st = Style::new(8.0, Face::Bold, Rgb3::GREY);
        let y = doc.y;
        let text = crate::tr!(doc.lang, "report-table-continued", caption = c);
        let line = doc.wrap(&text, &st, super::layout::BODY_W);
        doc.text(MARGIN_X, y, &line[0], &st);
        doc.y += st.line_h() + 1.0;
    }
    draw_row(doc, cols, head, 0, usize::MAX, &[]);
    doc.tags.artifact_end();
}

/// A row's element and its cells' (`role` TH or TD), in the table being tagged.
fn row_elems(doc: &mut Doc, role: Role, n: usize) -> Vec<usize> {
    doc.tags.begin(Role::TR);
    let cells = (0..n).map(|_| doc.tags.child(role)).collect();
    doc.tags.end();
    cells
}

/// A table whose caption is repeated, marked "(continued)", on every page it continues on.
pub fn captioned(doc: &mut Doc, caption: Option<&str>, cols: &[Column], rows: &[Vec<Cell>]) {
    let head_style = Style::new(7.5, Face::Bold, Rgb3::WHITE);
    let head: Vec<Laid> = cols
        .iter()
        .map(|c| Laid {
            lines: doc
                .wrap(&c.title, &head_style, c.width - 2.0 * PAD_X)
                .into_iter()
                .map(|l| (l, head_style))
                .collect(),
            fill: Some(Rgb3::NAVY),
        })
        .collect();
    let head_h = row_height(&head, 0, usize::MAX);
    let laid: Vec<Vec<Laid>> = rows
        .iter()
        .map(|r| {
            r.iter()
                .zip(cols)
                .map(|(c, col)| {
                    let w = col.width - 2.0 * PAD_X;
                    let mut lines = Vec::new();
                    if let Some((t, st)) = &c.title {
                        lines.extend(doc.wrap(t, st, w).into_iter().map(|l| (l, *st)));
                    }
                    if !c.text.is_empty() || lines.is_empty() {
                        lines.extend(
                            doc.wrap(&c.text, &c.style, w)
                                .into_iter()
                                .map(|l| (l, c.style)),
                        );
                    }
                    Laid {
                        lines,
                        fill: c.fill,
                    }
                })
                .collect()
        })
        .collect();

    // The header with the whole first row when it fits on a page, else with its first
    // line: never a header alone at the foot of a page.
    let page_room = BODY_BOTTOM - BODY_TOP - head_h - 5.0;
    let first = laid
        .first()
        .map(|r| {
            let full = row_height(r, 0, usize::MAX);
            if full <= page_room {
                full
            } else {
                row_height(r, 0, 1)
            }
        })
        .unwrap_or(0.0);
    doc.ensure(head_h + first);
    doc.tags.begin(Role::Table);
    let cells = row_elems(doc, Role::TH, cols.len());
    draw_row(doc, cols, &head, 0, usize::MAX, &cells);

    for (i, row) in laid.iter().enumerate() {
        let zebra = if i % 2 == 1 {
            Some(Rgb3(0.97, 0.975, 0.98))
        } else {
            None
        };
        let total_lines = row.iter().map(|c| c.lines.len()).max().unwrap_or(1);
        let full_h = row_height(row, 0, usize::MAX);
        let page_room = BODY_BOTTOM - BODY_TOP - head_h - 5.0;
        if full_h > doc.room() && full_h <= page_room {
            // The whole row fits on the next page: move it there.
            continue_on_new_page(doc, caption, cols, &head);
        }
        let cells = row_elems(doc, Role::TD, row.len().min(cols.len()));
        let mut from = 0;
        while from < total_lines {
            let mut take = total_lines - from;
            while take > 0 && row_height(row, from, take) > doc.room() {
                take -= 1;
            }
            if take == 0 {
                continue_on_new_page(doc, caption, cols, &head);
                continue;
            }
            draw_row_zebra(doc, cols, row, (from, take), zebra, &cells);
            from += take;
        }
    }
    doc.tags.end();
    doc.gap(3.0);
}

fn row_height(row: &[Laid], from: usize, take: usize) -> f32 {
    row.iter()
        .map(|c| c.height(from, take))
        .fold(0.0, f32::max)
        .max(Style::small().line_h())
        + 2.0 * PAD_Y
}

fn draw_row(
    doc: &mut Doc,
    cols: &[Column],
    row: &[Laid],
    from: usize,
    take: usize,
    cells: &[usize],
) {
    draw_row_zebra(doc, cols, row, (from, take), None, cells);
}

/// Lines `from`, `take` of a row's cells; their text goes into `cells`' elements (none:
/// an artifact).
fn draw_row_zebra(
    doc: &mut Doc,
    cols: &[Column],
    row: &[Laid],
    (from, take): (usize, usize),
    zebra: Option<Rgb3>,
    cells: &[usize],
) {
    let h = row_height(row, from, take);
    let top = doc.y;
    // All the cells' boxes first, then all the text: one text section per row.
    let mut x = MARGIN_X;
    for (cell, col) in row.iter().zip(cols) {
        let fill = cell.fill.or(zebra);
        doc.rect((x, top, col.width, h), fill, Some((Rgb3::RULE, 0.4)));
        x += col.width;
    }
    let mut x = MARGIN_X;
    for (k, (cell, col)) in row.iter().zip(cols).enumerate() {
        let elem = cells.get(k).copied();
        if let Some(e) = elem {
            doc.tags.enter(e);
        }
        let mut y = top + PAD_Y;
        for (line, style) in cell.lines.iter().skip(from).take(take) {
            doc.text(x + PAD_X, y, line, style);
            y += style.line_h();
        }
        if elem.is_some() {
            doc.tags.end();
        }
        x += col.width;
    }
    doc.y = top + h;
}
