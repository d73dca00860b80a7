//! Where things go on the wizard screen, shared by drawing and by mouse hit-testing so
//! the two always agree.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Borders};

use crate::questionnaire::AnswerKind;
use crate::tui::session::Session;
use crate::tui::wrap::wrap;

use super::update::visible_sections;
use super::{Msg, Wizard, choices, kind_of};

pub struct Geometry {
    pub sections: Rect,
    pub question: Rect,
    pub help: Option<Rect>,
    pub live: Rect,
    /// The screening verdict, when shown.
    pub screening: Rect,
    pub prompt: Rect,
    pub answer: Rect,
    pub error: Rect,
    pub prompt_lines: Vec<String>,
}

pub fn geometry(w: &Wizard, s: &Session, area: Rect) -> Geometry {
    // The screening verdict, when shown, runs under everything, across the width.
    let screening_h = match (&w.screening, s.screening_words()) {
        (Some(_), Some(t)) => wrap(&t, area.width as usize).len().min(2) as u16,
        _ => 0,
    };
    let [area, screening] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(screening_h)]).areas(area);
    let wide = area.width >= 100;
    // The section list grows with the width (long section titles), within reason.
    let side = if wide {
        (area.width / 5).clamp(26, 40)
    } else {
        22
    };
    let help_w = if wide {
        (area.width * 3 / 10).clamp(30, 48)
    } else {
        0
    };
    let (margin, help_w) = measure(area.width, side, help_w);
    let [_, sections, main, help, _] = Layout::horizontal([
        Constraint::Length(margin),
        Constraint::Length(side),
        Constraint::Min(20),
        Constraint::Length(help_w),
        Constraint::Length(margin),
    ])
    .areas(area);
    // The risk changes the last answer made, wrapped: up to three lines.
    let live_h = if w.live.is_empty() {
        0
    } else {
        wrap(&live_text(s.l(), w), main.width as usize)
            .len()
            .clamp(2, 3) as u16
    };
    let [main, live] =
        Layout::vertical([Constraint::Min(6), Constraint::Length(live_h)]).areas(main);
    let (question, help) = if wide {
        (main, Some(help))
    } else if w.help_open {
        let [q, h] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(main);
        (q, Some(h))
    } else {
        (main, None)
    };
    let inner = Block::new().borders(Borders::ALL).inner(question);
    let prompt_text = kind_of(s, w)
        .map(|q| q.prompt.get(&s.lang).to_string())
        .unwrap_or_default();
    let mut prompt_lines = wrap(&prompt_text, inner.width as usize);
    prompt_lines.truncate((inner.height / 2).max(1) as usize);
    let ph = prompt_lines.len() as u16;
    // An error is wrapped (it says what to write instead), up to three lines.
    let eh = w
        .error
        .as_deref()
        .map_or(1, |e| wrap(e, inner.width as usize).len().clamp(1, 3)) as u16;
    let [prompt, _, answer, error] = Layout::vertical([
        Constraint::Length(ph),
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(eh),
    ])
    .areas(inner);
    Geometry {
        sections,
        question,
        help,
        live,
        screening,
        prompt,
        answer,
        error,
        prompt_lines,
    }
}

/// The widest the question pane gets, borders included: lines of prose much longer than
/// a hundred columns are hard to follow from one to the next.
pub const MEASURE: u16 = 102;

/// The widest the help pane gets once the question pane has its measure.
const HELP_MAX: u16 = 64;

/// On a terminal wider than the three panes need with the question at [`MEASURE`]: the
/// help pane grows up to [`HELP_MAX`], and what is left is shared as a margin either
/// side, the panes centred. Returns (margin, help width).
pub fn measure(width: u16, side: u16, help_w: u16) -> (u16, u16) {
    let extra = width.saturating_sub(side + help_w + MEASURE);
    if help_w == 0 || extra == 0 {
        return (0, help_w);
    }
    let grown = (help_w + extra).min(HELP_MAX.max(help_w));
    (extra.saturating_sub(grown - help_w) / 2, grown)
}

/// The line under the question saying which risk levels the last answer changed.
pub(super) fn live_text(l: crate::i18n::Lang, w: &Wizard) -> String {
    use crate::tui::strings as S;
    format!("{}{}", S::label(S::live_prefix(l)), w.live.join(" · "))
}

/// The lines of a choice list: (choice index, text), labels wrapped to `width`.
pub(super) fn option_lines(
    opts: &[(String, String, String)],
    selected: &[&str],
    multi: bool,
    cursor: usize,
    width: usize,
) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (i, (id, label, _)) in opts.iter().enumerate() {
        let on = selected.contains(&id.as_str());
        let mark = match (multi, on) {
            (true, true) => "[x]",
            (true, false) => "[ ]",
            (false, true) => "(•)",
            (false, false) => "( )",
        };
        let pointer = if i == cursor { "›" } else { " " };
        let num = if i < 9 {
            format!("{}", i + 1)
        } else {
            " ".into()
        };
        let prefix = format!("{pointer}{num} {mark} ");
        let pw = crate::tui::wrap::width(&prefix);
        for (j, l) in wrap(label, width.saturating_sub(pw).max(8))
            .into_iter()
            .enumerate()
        {
            if j == 0 {
                out.push((i, format!("{prefix}{l}")));
            } else {
                out.push((i, format!("{}{l}", " ".repeat(pw))));
            }
        }
    }
    out
}

pub(super) fn scroll_for(lines: &[(usize, String)], cursor: usize, height: usize) -> usize {
    let last = lines.iter().rposition(|(i, _)| *i == cursor).unwrap_or(0);
    (last + 1).saturating_sub(height)
}

/// What a click lands on: a choice (or table row) or a section.
pub fn hit(w: &Wizard, s: &Session, area: Rect, col: u16, row: u16) -> Option<Msg> {
    let g = geometry(w, s, area);
    let inside = |r: Rect| col >= r.x && col < r.right() && row >= r.y && row < r.bottom();
    if w.popup.is_some() || w.row_edit.is_some() {
        return None;
    }
    if inside(g.sections) {
        let cur = w
            .current
            .as_deref()
            .and_then(|id| s.question(id))
            .map(|(i, _, _)| i);
        let at = visible_sections(s)
            .iter()
            .position(|i| Some(*i) == cur)
            .unwrap_or(0);
        let off = section_offset(at, g.sections.height.saturating_sub(2) as usize);
        let i = row.checked_sub(g.sections.y + 1)? as usize + off;
        return Some(Msg::ClickSection(i));
    }
    if inside(g.answer) {
        let q = kind_of(s, w)?;
        let opts = choices(q, &s.questionnaire, &s.lang);
        if opts.is_empty() {
            return None;
        }
        let sel = s.answer(&q.id).map(|a| a.choices()).unwrap_or_default();
        let multi = matches!(q.kind, AnswerKind::Multi(_) | AnswerKind::Categories);
        let lines = option_lines(&opts, &sel, multi, w.cursor, g.answer.width as usize);
        let off = scroll_for(&lines, w.cursor, g.answer.height as usize);
        let i = (row - g.answer.y) as usize + off;
        return lines.get(i).map(|(o, _)| Msg::ClickOption(*o));
    }
    None
}

/// What the wheel does over (col, row): the section list moves to the section before or
/// after; the help panel scrolls; over the question, the choice (or row) highlighted moves.
pub fn wheel(w: &Wizard, s: &Session, area: Rect, col: u16, row: u16, down: bool) -> Option<Msg> {
    let step = if down { Msg::Down } else { Msg::Up };
    if w.popup.is_some() || w.row_edit.is_some() {
        return Some(step);
    }
    let g = geometry(w, s, area);
    let inside = |r: Rect| col >= r.x && col < r.right() && row >= r.y && row < r.bottom();
    if inside(g.sections) {
        let cur = w
            .current
            .as_deref()
            .and_then(|id| s.question(id))
            .map(|(i, _, _)| i);
        let secs = visible_sections(s);
        let at = secs.iter().position(|i| Some(*i) == cur).unwrap_or(0);
        let to = if down { at + 1 } else { at.checked_sub(1)? };
        return (to < secs.len()).then_some(Msg::ClickSection(to));
    }
    if g.help.is_some_and(inside) {
        let by = crate::tui::wheel::LINES;
        return Some(Msg::HelpScroll(if down { by } else { -by }));
    }
    inside(g.question).then_some(step)
}

/// A centred popup no larger than `wmax` × `hmax`.
pub fn popup_area(area: Rect, wmax: u16, hmax: u16) -> Rect {
    let w = area.width.saturating_sub(4).min(wmax);
    let h = area.height.saturating_sub(2).min(hmax);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The first section shown in a list `height` rows high, so the current one is visible.
pub(super) fn section_offset(current: usize, height: usize) -> usize {
    (current + 1).saturating_sub(height.max(1))
}
