//! A top-down page layout over printpdf's bottom-left coordinates: a cursor that moves
//! down the page, text that wraps by measured width, page breaks, and a record of every
//! text run's box so that tests can check nothing runs off the page.
//!
//! All positions here are millimetres from the top-left corner of an A4 page; sizes of
//! type are in points.

use std::collections::BTreeSet;

use printpdf::{
    FontId, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon, PolygonRing, Pt, Rect,
    TextItem, TextRenderingMode, WindingOrder,
};

pub use super::colour::{Rgb3, Tone};
use super::fonts::{Face, Fonts, fonts};
use super::tags::{PageMarks, Role, Tree};
use crate::i18n::Lang;

pub const PAGE_W: f32 = 210.0;
pub const PAGE_H: f32 = 297.0;
pub const MARGIN_X: f32 = 18.0;
pub const BODY_W: f32 = PAGE_W - 2.0 * MARGIN_X;
/// Where the body starts and ends; the header and footer sit outside.
pub const BODY_TOP: f32 = 24.0;
pub const BODY_BOTTOM: f32 = PAGE_H - 20.0;
/// Where any text, header and footer included, may go.
pub const INK_TOP: f32 = 8.0;
pub const INK_BOTTOM: f32 = PAGE_H - 8.0;

const PT_MM: f32 = 25.4 / 72.0;

pub fn pt_to_mm(pt: f32) -> f32 {
    pt * PT_MM
}

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub size: f32,
    pub face: Face,
    pub color: Rgb3,
}

impl Style {
    pub const fn new(size: f32, face: Face, color: Rgb3) -> Self {
        Style { size, face, color }
    }
    pub const fn body() -> Self {
        Style::new(9.5, Face::Regular, Rgb3::BLACK)
    }
    pub const fn small() -> Self {
        Style::new(8.0, Face::Regular, Rgb3::BLACK)
    }
    pub const fn bold(size: f32) -> Self {
        Style::new(size, Face::Bold, Rgb3::BLACK)
    }
    pub fn with_color(self, color: Rgb3) -> Self {
        Style { color, ..self }
    }
    pub fn with_face(self, face: Face) -> Self {
        Style { face, ..self }
    }
    /// Distance between baselines, in mm.
    pub fn line_h(&self) -> f32 {
        pt_to_mm(self.size * 1.32)
    }
    /// From the top of a line to its baseline, in mm.
    fn ascent(&self) -> f32 {
        pt_to_mm(self.size * 0.98)
    }
}

/// Where one run of text was put: page index and its box, in mm from the top-left.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBox {
    pub page: usize,
    pub x: f32,
    pub top: f32,
    pub w: f32,
    pub h: f32,
    pub text: String,
    /// The ink: tests check that nothing unevidenced is drawn green.
    pub color: Rgb3,
}

/// What a page's content stream has set so far, so that each operator is written only
/// when its value changes (fewer operators: a smaller and faster PDF).
#[derive(Default, Clone)]
struct PageState {
    fill: Option<Rgb3>,
    stroke: Option<Rgb3>,
    thickness: Option<f32>,
    font: Option<(Face, f32)>,
    /// Inside a text section: the start of the current text line, in pt.
    text: Option<(f32, f32)>,
    /// Text is filled and stroked (a bold drawn from the regular face), not only filled.
    stroked: bool,
    marks: PageMarks,
}

/// A length in pt, rounded to 0.01 pt (shorter numbers in the content stream).
fn pt(mm: f32) -> f32 {
    (mm * 72.0 / 25.4 * 100.0).round() / 100.0
}

/// The document being laid out.
pub struct Doc {
    pages: Vec<Vec<Op>>,
    states: Vec<PageState>,
    /// The cursor: mm from the top of the current page.
    pub y: f32,
    pub fonts: &'static Fonts,
    regular: FontId,
    bold: FontId,
    /// Characters no font covers, replaced by their code point in the text.
    pub missing: BTreeSet<char>,
    pub boxes: Vec<TextBox>,
    /// The language of the part being laid out (a bilingual report has two).
    pub lang: Lang,
    /// In a bilingual report, what the cover of this part says of the other language.
    pub part_note: Option<String>,
    /// The subheading just drawn, to move it to the next page with what it heads.
    last_subheading: Option<Drawn>,
    /// The bookmarks of the document's outline, in order.
    pub marks: Vec<Mark>,
    /// The logical structure, for a tagged PDF.
    pub tags: Tree,
}

/// A bookmark: a title at a place, `level` 0 for a part of a multi-part document, 1 for
/// a section.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub level: u8,
    pub title: String,
    pub page: usize,
    /// mm from the top of the page.
    pub top: f32,
}

/// A subheading as drawn: its element, where its operators and boxes start and end, and
/// the page's state before it.
struct Drawn {
    elem: usize,
    text: String,
    page: usize,
    ops: (usize, usize),
    boxes: (usize, usize),
    state: PageState,
}

impl Doc {
    pub fn new(regular: FontId, bold: FontId) -> Self {
        Doc {
            pages: vec![Vec::new()],
            states: vec![PageState::default()],
            y: BODY_TOP,
            fonts: fonts(),
            regular,
            bold,
            missing: BTreeSet::new(),
            boxes: Vec::new(),
            lang: Lang::En,
            part_note: None,
            last_subheading: None,
            marks: Vec::new(),
            tags: Tree::default(),
        }
    }

    pub fn page(&self) -> usize {
        self.pages.len() - 1
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.states.push(PageState::default());
        self.y = BODY_TOP;
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Closes any open text section and marked content, and hands over every page's
    /// operators.
    pub fn finish(&mut self) -> Vec<Vec<Op>> {
        for p in 0..self.pages.len() {
            self.end_text(p);
            Tree::close(&mut self.states[p].marks, &mut self.pages[p]);
        }
        std::mem::take(&mut self.pages)
    }

    /// Puts what is drawn next on `page` (text, or a shape) in the marked-content
    /// sequence it belongs to.
    fn marked(&mut self, page: usize, text: bool) {
        let want = self.tags.want(text);
        let state = &mut self.states[page];
        if state.marks.open == want && state.marks.inside == text {
            return;
        }
        let ops = &mut self.pages[page];
        Tree::close(&mut state.marks, ops);
        if text && state.text.is_none() {
            ops.push(Op::StartTextSection);
            state.text = Some((0.0, 0.0));
        }
        self.tags.open(&mut state.marks, ops, (page, want, text));
    }

    fn end_text(&mut self, page: usize) {
        if self.states[page].text.take().is_some() {
            if self.states[page].marks.inside {
                Tree::close(&mut self.states[page].marks, &mut self.pages[page]);
            }
            self.pages[page].push(Op::EndTextSection);
        }
    }

    fn set_fill(&mut self, page: usize, c: Rgb3) {
        if self.states[page].fill != Some(c) {
            self.states[page].fill = Some(c);
            self.pages[page].push(Op::SetFillColor { col: c.color() });
        }
    }

    fn set_stroke(&mut self, page: usize, c: Rgb3, thickness: f32) {
        if self.states[page].stroke != Some(c) {
            self.states[page].stroke = Some(c);
            self.pages[page].push(Op::SetOutlineColor { col: c.color() });
        }
        if self.states[page].thickness != Some(thickness) {
            self.states[page].thickness = Some(thickness);
            self.pages[page].push(Op::SetOutlineThickness { pt: Pt(thickness) });
        }
    }

    /// Sets up a shape's paint on `page` and returns its mode (None: nothing to paint).
    fn paint(
        &mut self,
        page: usize,
        fill: Option<Rgb3>,
        stroke: Option<(Rgb3, f32)>,
    ) -> Option<PaintMode> {
        let mode = match (fill, stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            (None, Some(_)) => PaintMode::Stroke,
            (None, None) => return None,
        };
        self.end_text(page);
        self.marked(page, false);
        if let Some(f) = fill {
            self.set_fill(page, f);
        }
        if let Some((c, t)) = stroke {
            self.set_stroke(page, c, t);
        }
        Some(mode)
    }

    /// Starts a new page unless `h` mm still fit below the cursor. A subheading drawn just
    /// before, with nothing after it yet, moves to the new page with what it heads.
    pub fn ensure(&mut self, h: f32) {
        if self.y + h > BODY_BOTTOM && self.y > BODY_TOP {
            if let Some(d) = self.last_subheading.take()
                && d.page == self.page()
                && self.pages[d.page].len() == d.ops.1
                && self.boxes.len() == d.boxes.1
            {
                self.pages[d.page].truncate(d.ops.0);
                self.boxes.truncate(d.boxes.0);
                self.states[d.page] = d.state;
                self.tags.clear(d.elem);
                self.new_page();
                self.subheading_as(&d.text, Some(d.elem));
                return;
            }
            self.new_page();
        }
    }

    pub fn room(&self) -> f32 {
        BODY_BOTTOM - self.y
    }

    pub fn gap(&mut self, h: f32) {
        self.y += h;
    }

    /// Replaces control characters, and characters no font covers (recorded in
    /// `missing` and shown as "[U+1F600]" rather than as an empty box).
    pub fn clean(&mut self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            // Micro Hei's vulgar fractions lose a component when drawn: spell them, apart
            // from a whole number before them ("1½" reads "1 1/2", not "11/2").
            let fraction = |out: &mut String, f: &str| {
                if out.ends_with(|p: char| p.is_ascii_digit()) {
                    out.push(' ');
                }
                out.push_str(f);
            };
            match c {
                '\t' | '\n' | '\r' => out.push(' '),
                '½' => fraction(&mut out, "1/2"),
                '¼' => fraction(&mut out, "1/4"),
                '¾' => fraction(&mut out, "3/4"),
                c if c.is_control() => {}
                c if self.fonts.covers(c) => out.push(c),
                c => {
                    self.missing.insert(c);
                    out.push_str(&format!("[U+{:04X}]", c as u32));
                }
            }
        }
        out
    }

    /// The width of clean text, in mm.
    pub fn width(&self, s: &str, style: &Style) -> f32 {
        pt_to_mm(self.fonts.width_em(style.face, s) * style.size)
    }

    /// Wraps `s` into lines no wider than `max_w` mm. Breaks at spaces, between CJK
    /// characters, and inside a word only when the word alone is too wide.
    pub fn wrap(&mut self, s: &str, style: &Style, max_w: f32) -> Vec<String> {
        let mut lines = Vec::new();
        for para in s.split('\n') {
            let para = self.clean(para);
            self.wrap_para(&para, style, max_w, &mut lines);
        }
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines
    }

    fn wrap_para(&self, para: &str, style: &Style, max_w: f32, lines: &mut Vec<String>) {
        let mut line = String::new();
        let mut line_w = 0.0f32;
        let space_w = self.width(" ", style);
        for word in tokens(para) {
            if word == " " {
                if !line.is_empty() {
                    line.push(' ');
                    line_w += space_w;
                }
                continue;
            }
            let w = self.width(word, style);
            if line_w + w <= max_w {
                line.push_str(word);
                line_w += w;
                continue;
            }
            if !line.trim_end().is_empty() {
                lines.push(line.trim_end().to_string());
            }
            line = String::new();
            line_w = 0.0;
            if w <= max_w {
                line.push_str(word);
                line_w = w;
                continue;
            }
            // A word wider than the line: break it between characters.
            for c in word.chars() {
                let cw = self.width(c.encode_utf8(&mut [0; 4]), style);
                if line_w + cw > max_w && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                line.push(c);
                line_w += cw;
            }
        }
        let rest = line.trim_end();
        if !rest.is_empty() || lines.is_empty() {
            lines.push(rest.to_string());
        }
    }

    /// Draws one line of clean text with its top at `top` on page `page`.
    pub fn text_on(&mut self, page: usize, x: f32, top: f32, s: &str, style: &Style) {
        if s.is_empty() {
            return;
        }
        let s = self.clean(s);
        self.marked(page, true);
        let baseline = pt(PAGE_H - (top + style.ascent()));
        let mut cx = x;
        self.set_fill(page, style.color);
        for (face, run) in self.fonts.runs(style.face, &s) {
            let state = &mut self.states[page];
            let ops = &mut self.pages[page];
            let (lx, ly) = match state.text {
                Some(at) => at,
                None => {
                    ops.push(Op::StartTextSection);
                    (0.0, 0.0)
                }
            };
            if state.font != Some((face, style.size)) {
                state.font = Some((face, style.size));
                let id = match face {
                    Face::Regular => self.regular.clone(),
                    Face::Bold => self.bold.clone(),
                };
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(id),
                    size: Pt(style.size),
                });
            }
            // The bold face has no Chinese: its characters are drawn in the body face,
            // filled and outlined in their own colour, so that they read as bold too.
            let faux = style.face == Face::Bold && face == Face::Regular;
            if faux {
                let t = (style.size * 0.035 * 100.0).round() / 100.0;
                self.set_stroke(page, style.color, t);
            }
            let state = &mut self.states[page];
            let ops = &mut self.pages[page];
            if state.stroked != faux {
                state.stroked = faux;
                let mode = if faux {
                    TextRenderingMode::FillStroke
                } else {
                    TextRenderingMode::Fill
                };
                ops.push(Op::SetTextRenderingMode { mode });
            }
            // Td moves relative to the start of the current text line.
            let at = (pt(cx), baseline);
            ops.push(Op::SetTextCursor {
                pos: Point {
                    x: Pt(at.0 - lx),
                    y: Pt(at.1 - ly),
                },
            });
            state.text = Some(at);
            let w = pt_to_mm(self.fonts.width_em(face, &run) * style.size);
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(run)],
            });
            cx += w;
        }
        self.boxes.push(TextBox {
            page,
            x,
            top,
            w: cx - x,
            h: style.line_h(),
            text: s,
            color: style.color,
        });
    }

    /// Draws one line at `top` on the current page.
    pub fn text(&mut self, x: f32, top: f32, s: &str, style: &Style) {
        let p = self.page();
        self.text_on(p, x, top, s, style);
    }

    /// Draws one line centred on `cx`.
    pub fn text_centred(&mut self, cx: f32, top: f32, s: &str, style: &Style) {
        let s = self.clean(s);
        let w = self.width(&s, style);
        self.text(cx - w / 2.0, top, &s, style);
    }

    /// A wrapped paragraph at `x`, `w` mm wide, from the cursor down, breaking pages
    /// between lines.
    pub fn paragraph_at(&mut self, x: f32, w: f32, s: &str, style: &Style) {
        let lh = style.line_h();
        let own = !self.tags.in_content();
        if own {
            self.tags.begin(Role::P);
        }
        for line in self.wrap(s, style, w) {
            self.ensure(lh);
            let y = self.y;
            self.text(x, y, &line, style);
            self.y += lh;
        }
        if own {
            self.tags.end();
        }
    }

    pub fn paragraph(&mut self, s: &str, style: &Style) {
        self.paragraph_at(MARGIN_X, BODY_W, s, style);
    }

    /// A bulleted paragraph: an item of the list of bullets just before it.
    pub fn bullet(&mut self, s: &str, style: &Style) {
        let lh = style.line_h();
        self.ensure(lh);
        self.tags.list_item();
        let y = self.y;
        self.text(MARGIN_X + 1.0, y, "•", style);
        self.tags.list_body();
        self.paragraph_at(MARGIN_X + 5.0, BODY_W - 5.0, s, style);
        self.tags.list_end();
    }

    /// A section title, on a new page if `new_page`.
    pub fn heading(&mut self, s: &str, new_page: bool) {
        if new_page && (self.y > BODY_TOP || !self.pages[self.page()].is_empty()) {
            self.new_page();
        }
        let style = Style::bold(15.0).with_color(Rgb3::NAVY);
        self.ensure(style.line_h() + 20.0);
        let y = self.y;
        self.mark(1, s);
        self.tags.begin(Role::H1);
        self.text(MARGIN_X, y, s, &style);
        self.tags.end();
        self.y += style.line_h() + 0.8;
        self.rule(Rgb3::NAVY, 0.6);
        self.y += 3.0;
    }

    /// A bookmark to the cursor's place.
    pub fn mark(&mut self, level: u8, title: &str) {
        self.marks.push(Mark {
            level,
            title: title.to_string(),
            page: self.page(),
            top: self.y,
        });
    }

    pub fn subheading(&mut self, s: &str) {
        self.subheading_as(s, None);
    }

    /// A subheading, drawn into `elem` if given (one drawn before, moved to a new page).
    fn subheading_as(&mut self, s: &str, elem: Option<usize>) {
        let style = Style::bold(11.0).with_color(Rgb3::NAVY);
        self.ensure(style.line_h() + 14.0);
        let page = self.page();
        let (ops, boxes, state) = (
            self.pages[page].len(),
            self.boxes.len(),
            self.states[page].clone(),
        );
        let elem = elem.unwrap_or_else(|| self.tags.child(Role::H2));
        self.tags.enter(elem);
        self.y += 1.5;
        self.paragraph(s, &style);
        self.tags.end();
        self.y += 1.0;
        // Kept only if the heading stayed on one page.
        self.last_subheading = (self.page() == page).then(|| Drawn {
            elem,
            text: s.to_string(),
            page,
            ops: (ops, self.pages[page].len()),
            boxes: (boxes, self.boxes.len()),
            state,
        });
    }

    /// A horizontal rule across the body at the cursor.
    pub fn rule(&mut self, color: Rgb3, thickness: f32) {
        let y = self.y;
        self.line(&[(MARGIN_X, y), (MARGIN_X + BODY_W, y)], color, thickness);
    }

    pub fn rect_on(
        &mut self,
        page: usize,
        (x, top, w, h): (f32, f32, f32, f32),
        fill: Option<Rgb3>,
        stroke: Option<(Rgb3, f32)>,
    ) {
        let Some(mode) = self.paint(page, fill, stroke) else {
            return;
        };
        let r = Rect::from_xywh(Pt(pt(x)), Pt(pt(PAGE_H - top - h)), Pt(pt(w)), Pt(pt(h)));
        self.pages[page].push(Op::DrawRectangle {
            rectangle: Rect {
                mode: Some(mode),
                ..r
            },
        });
    }

    pub fn rect(
        &mut self,
        r: (f32, f32, f32, f32),
        fill: Option<Rgb3>,
        stroke: Option<(Rgb3, f32)>,
    ) {
        let p = self.page();
        self.rect_on(p, r, fill, stroke);
    }

    /// A polyline through points given top-down.
    pub fn line(&mut self, pts: &[(f32, f32)], color: Rgb3, thickness: f32) {
        let page = self.page();
        if self.paint(page, None, Some((color, thickness))).is_none() {
            return;
        }
        self.pages[page].push(Op::DrawLine {
            line: Line {
                points: points(pts),
                is_closed: false,
            },
        });
    }

    /// A closed polygon through points given top-down, filled and/or stroked.
    pub fn polygon(&mut self, pts: &[(f32, f32)], fill: Option<Rgb3>, stroke: Option<(Rgb3, f32)>) {
        let page = self.page();
        let Some(mode) = self.paint(page, fill, stroke) else {
            return;
        };
        self.pages[page].push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![PolygonRing {
                    points: points(pts),
                }],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
    }

    /// A circle approximated by a 24-sided polygon.
    pub fn circle(
        &mut self,
        cx: f32,
        cy: f32,
        r: f32,
        fill: Option<Rgb3>,
        stroke: Option<(Rgb3, f32)>,
    ) {
        let pts: Vec<(f32, f32)> = (0..24)
            .map(|i| {
                let a = i as f32 * std::f32::consts::TAU / 24.0;
                (cx + r * a.cos(), cy + r * a.sin())
            })
            .collect();
        self.polygon(&pts, fill, stroke);
    }

    /// Text runs that leave the printable area (margins, header and footer bands).
    pub fn overflows(&self) -> Vec<String> {
        self.boxes
            .iter()
            .filter(|b| {
                let within = |lo: f32, hi: f32| b.top >= lo - 0.01 && b.top + b.h <= hi + 0.01;
                b.x < MARGIN_X - 0.01
                    || b.x + b.w > PAGE_W - MARGIN_X + 0.01
                    || !(within(BODY_TOP, BODY_BOTTOM)
                        || within(INK_TOP, BODY_TOP)
                        || within(BODY_BOTTOM, INK_BOTTOM))
            })
            .map(|b| {
                format!(
                    "page {}: \"{}\" at x {:.1}–{:.1} mm, y {:.1}–{:.1} mm",
                    b.page + 1,
                    b.text,
                    b.x,
                    b.x + b.w,
                    b.top,
                    b.top + b.h
                )
            })
            .collect()
    }
}

/// Points given top-down in mm, as PDF points from the bottom-left.
fn points(pts: &[(f32, f32)]) -> Vec<LinePoint> {
    pts.iter()
        .map(|&(x, y)| LinePoint {
            p: Point {
                x: Pt(pt(x)),
                y: Pt(pt(PAGE_H - y)),
            },
            bezier: false,
        })
        .collect()
}

/// Splits a paragraph into the pieces a line may break between: words, single spaces,
/// and single CJK characters (Chinese breaks between any two characters). Punctuation
/// keeps to its neighbour so that no line starts with a closing mark (，。、；：？！」』）…
/// or a Latin comma or stop after a Chinese character) and none ends with an opening one
/// (「『（《…).
pub(crate) fn tokens(s: &str) -> Vec<&str> {
    let mut raw: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c == ' ' || is_cjk(c) {
            if let Some(st) = start.take() {
                raw.push((st, i));
            }
            raw.push((i, i + c.len_utf8()));
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        raw.push((st, s.len()));
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut glue_next = false;
    for (a, b) in raw {
        let piece = &s[a..b];
        if piece == " " {
            out.push((a, b));
            glue_next = false;
            continue;
        }
        let first = piece.chars().next().unwrap_or(' ');
        let after_word = out.last().is_some_and(|&(x, y)| y == a && &s[x..y] != " ");
        match out.last_mut() {
            Some(last) if after_word && (glue_next || is_closing(first)) => last.1 = b,
            _ => out.push((a, b)),
        }
        glue_next = piece.chars().last().is_some_and(is_opening);
    }
    out.into_iter().map(|(a, b)| &s[a..b]).collect()
}

/// A mark that never starts a line.
fn is_closing(c: char) -> bool {
    "，。、；：？！」』）］】〉》〕｝〗〙｣…‥・．,.;:!?)]}%".contains(c)
}

/// A mark that never ends a line.
fn is_opening(c: char) -> bool {
    "「『（［【〈《〔｛〖〘｢".contains(c)
}

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_split_words_spaces_and_cjk() {
        assert_eq!(tokens("ab cd"), vec!["ab", " ", "cd"]);
        assert_eq!(tokens("澳門x"), vec!["澳", "門", "x"]);
        assert_eq!(tokens("資料。「法」"), vec!["資", "料。", "「法」"]);
        assert_eq!(
            tokens("個人資料, a"),
            vec!["個", "人", "資", "料,", " ", "a"]
        );
    }

    #[test]
    fn wrapped_lines_fit_and_never_start_with_a_closing_mark() {
        let mut doc = Doc::new(FontId("A".into()), FontId("B".into()));
        let style = Style::body();
        let text = "澳門《個人資料保護法》規定，資料處理必須合法及公平。「同意」".repeat(20)
            + &" Gestão de presenças".repeat(20)
            + &"x".repeat(400);
        for w in [20.0, 33.3, 57.0, BODY_W] {
            let lines = doc.wrap(&text, &style, w);
            assert!(lines.len() > 1);
            for l in &lines {
                assert!(doc.width(l, &style) <= w + 0.01, "{l} wider than {w}");
                assert!(!l.starts_with(is_closing), "{l}");
                assert!(!l.ends_with(is_opening), "{l}");
            }
        }
    }
}
