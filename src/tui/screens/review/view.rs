//! Drawing review mode: the section list with verdicts and comment counts, the answers of
//! the section as signed, the help panel with the law and the reviewer's comment; the
//! opinion page (`opinion_view`) and the editor and countersign popups (`popups`) are
//! drawn by their own modules. Layout is computed in one place ([`geometry`]) so drawing
//! and mouse hit-testing agree.

use chrono::NaiveDate;

use crate::tui::screens::dashboard;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::strings as S;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, width, wrap};

use super::{Msg, Page, Review};

struct Geometry {
    sections: Rect,
    questions: Rect,
    panel: Option<Rect>,
    message: Rect,
}

fn geometry(r: &Review, area: Rect) -> Geometry {
    let wide = area.width >= 100;
    let side = if wide {
        (area.width / 5).clamp(28, 40)
    } else {
        24
    };
    let panel_w = if wide {
        (area.width * 3 / 10).clamp(30, 48)
    } else {
        0
    };
    // The answers keep the wizard's reading measure; the panel takes some of the rest.
    let (margin, panel_w) = crate::tui::screens::wizard::layout::measure(area.width, side, panel_w);
    let [_, sections, main, panel, _] = Layout::horizontal([
        Constraint::Length(margin),
        Constraint::Length(side),
        Constraint::Min(20),
        Constraint::Length(panel_w),
        Constraint::Length(margin),
    ])
    .areas(area);
    let [main, message] = Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(main);
    let (questions, panel) = if wide {
        (main, Some(panel))
    } else if r.panel_open {
        let [q, p] =
            Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(main);
        (q, Some(p))
    } else {
        (main, None)
    };
    Geometry {
        sections,
        questions,
        panel,
        message,
    }
}

/// What a click lands on: a section of the list, or a question of the current section.
pub fn hit(r: &Review, today: NaiveDate, area: Rect, col: u16, row: u16) -> Option<Msg> {
    if r.dialog.is_some() || r.editor.is_some() {
        return None;
    }
    if r.page == Page::Risk {
        let s = r.risk.as_deref()?;
        let i = dashboard::hit(&r.dashboard, s, today, risk_area(r, area), row)?;
        return Some(Msg::Risk(dashboard::Msg::Select(i)));
    }
    if r.page != Page::Answers {
        return None;
    }
    let g = geometry(r, area);
    let inside = |a: Rect| col >= a.x && col < a.right() && row >= a.y && row < a.bottom();
    if inside(g.sections) {
        let off = section_offset(r.section, g.sections.height.saturating_sub(2) as usize);
        let i = row.checked_sub(g.sections.y + 1)? as usize + off;
        return Some(Msg::Section(i));
    }
    if inside(g.questions) {
        let inner = Block::new().borders(Borders::ALL).inner(g.questions);
        let (lines, off) = question_lines(r, inner, Theme::plain());
        let i = row.checked_sub(inner.y)? as usize + off;
        return lines.get(i).and_then(|(q, _)| *q).map(Msg::Question);
    }
    None
}

/// What the wheel does over (col, row): sections move by one, the panel scrolls, the
/// questions move the highlight; on the opinion page and in a dialog, the focus moves.
pub fn wheel(r: &Review, area: Rect, col: u16, row: u16, down: bool) -> Option<Msg> {
    if r.editor.is_some() {
        return None;
    }
    if r.dialog.is_some() {
        return Some(if down { Msg::DialogDown } else { Msg::DialogUp });
    }
    let step = if down { Msg::Down } else { Msg::Up };
    if r.page != Page::Answers {
        return Some(step);
    }
    let g = geometry(r, area);
    let inside = |a: Rect| col >= a.x && col < a.right() && row >= a.y && row < a.bottom();
    if inside(g.sections) {
        return Some(if down {
            Msg::NextSection
        } else {
            Msg::PrevSection
        });
    }
    if g.panel.is_some_and(inside) {
        let by = crate::tui::wheel::LINES;
        return Some(Msg::Scroll(if down { by } else { -by }));
    }
    inside(g.questions).then_some(step)
}

fn section_offset(current: usize, height: usize) -> usize {
    (current + 1).saturating_sub(height.max(1))
}

/// The risk page's area: the screen above the message line.
fn risk_area(r: &Review, area: Rect) -> Rect {
    let g = geometry(r, area);
    Rect {
        height: area.height.saturating_sub(g.message.height),
        ..area
    }
}

pub fn view(r: &Review, today: NaiveDate, f: &mut Frame, area: Rect, theme: Theme) {
    let g = geometry(r, area);
    if r.page == Page::Answers {
        view_sections(r, f, g.sections, theme);
    }
    match r.page {
        Page::Answers => {
            view_questions(r, f, g.questions, theme);
            if let Some(p) = g.panel {
                view_panel(r, f, p, theme);
            }
        }
        Page::Risk => match r.risk.as_deref() {
            Some(s) => dashboard::view(&r.dashboard, s, today, f, risk_area(r, area), theme),
            None => f.render_widget(
                Paragraph::new(Span::styled(S::review_no_risk(r.lang), theme.dim())),
                area,
            ),
        },
        Page::Opinion => {
            let main = Rect {
                height: area.height.saturating_sub(g.message.height),
                ..area
            };
            super::opinion_view::view_opinion(r, f, main, theme);
        }
    }
    if let Some(m) = &r.message {
        f.render_widget(
            Paragraph::new(Span::styled(
                truncate(m, g.message.width as usize),
                theme.warn(),
            )),
            g.message,
        );
    }
    if let Some(e) = &r.editor {
        super::popups::view_editor(r, e, f, area, theme);
    }
    if let Some(d) = &r.dialog {
        super::popups::view_dialog(r.lang, d, f, area, theme);
    }
}

fn view_sections(r: &Review, f: &mut Frame, a: Rect, theme: Theme) {
    let l = r.lang;
    let w = a.width.saturating_sub(2) as usize;
    let off = section_offset(r.section, a.height.saturating_sub(2) as usize);
    let lines: Vec<Line> = r
        .sheet
        .sections
        .iter()
        .enumerate()
        .skip(off)
        .map(|(i, sec)| {
            let comments = r.comments_in(sec);
            let count = if comments > 0 {
                format!("{}{comments}", S::COMMENT_MARK)
            } else {
                String::new()
            };
            let verdict = r.verdict(&sec.id);
            let mark = verdict.map_or(" ", S::verdict_mark);
            let tail = format!(" {count:>3} {mark}");
            let name_w = w.saturating_sub(width(&tail));
            let name = truncate(&sec.title, name_w);
            let pad = name_w.saturating_sub(width(&name));
            let mut spans = vec![
                Span::raw(format!("{name}{}", " ".repeat(pad))),
                Span::styled(format!(" {count:>3} "), theme.warn()),
            ];
            spans.push(match verdict {
                Some(v) => Span::styled(mark.to_string(), theme.verdict(v)),
                None => Span::raw(mark.to_string()),
            });
            let line = Line::from(spans);
            if i == r.section && r.page == Page::Answers {
                line.style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    let judged = r
        .sheet
        .sections
        .iter()
        .filter(|s| r.verdict(&s.id).is_some())
        .count();
    let title = S::review_sections_title(l, judged, r.sheet.sections.len());
    f.render_widget(
        Paragraph::new(lines).block(Block::new().borders(Borders::ALL).title(title)),
        a,
    );
}

/// The lines of the current section's answers, each with the question it belongs to, and
/// the first line to show so the selected question is on screen.
fn question_lines(
    r: &Review,
    inner: Rect,
    theme: Theme,
) -> (Vec<(Option<usize>, Line<'static>)>, usize) {
    let l = r.lang;
    let w = inner.width as usize;
    let mut out: Vec<(Option<usize>, Line<'static>)> = Vec::new();
    let Some(sec) = r.current_section() else {
        return (out, 0);
    };
    match r.draft.verdicts.get(&sec.id) {
        Some(v) => {
            let text = if v.note.trim().is_empty() {
                S::review_verdict_line(l, &S::verdict_label(l, v.verdict))
            } else {
                format!(
                    "{} — {}",
                    S::review_verdict_line(l, &S::verdict_label(l, v.verdict)),
                    v.note
                )
            };
            for l in wrap(&text, w) {
                out.push((None, Line::from(Span::styled(l, theme.verdict(v.verdict)))));
            }
        }
        None => {
            for l in wrap(&S::review_no_verdict(l), w) {
                out.push((None, Line::from(Span::styled(l, theme.dim()))));
            }
        }
    }
    for (i, q) in sec.questions.iter().enumerate() {
        out.push((Some(i), Line::from("")));
        let selected = i == r.question;
        let pointer = if selected { "›" } else { " " };
        let prefix = format!("{pointer}{}. ", i + 1);
        let indent = " ".repeat(width(&prefix));
        let pw = w.saturating_sub(width(&prefix)).max(8);
        for (j, l) in wrap(&q.prompt, pw).into_iter().enumerate() {
            let text = if j == 0 {
                format!("{prefix}{l}")
            } else {
                format!("{indent}{l}")
            };
            let style = if selected {
                theme.selected().patch(theme.bold())
            } else {
                theme.bold()
            };
            out.push((Some(i), Line::from(Span::styled(text, style))));
        }
        let mut para = |head: &str, body: &str, style: Style| {
            let hw = width(head);
            for (j, l) in wrap(body, pw.saturating_sub(hw).max(8))
                .into_iter()
                .enumerate()
            {
                let lead = if j == 0 {
                    head.to_string()
                } else {
                    " ".repeat(hw)
                };
                out.push((
                    Some(i),
                    Line::from(vec![
                        Span::raw(indent.clone()),
                        Span::styled(lead, theme.dim()),
                        Span::styled(l, style),
                    ]),
                ));
            }
        };
        let answer = if q.answer.trim().is_empty() {
            S::review_no_answer(l)
        } else {
            q.answer.clone()
        };
        para(&S::review_answer(l), &answer, Style::new());
        if let Some(n) = q.note.as_deref().filter(|n| !n.trim().is_empty()) {
            para(&S::review_note(l), n, theme.dim());
        }
        if let Some(c) = r.draft.comments.get(&q.id) {
            para(&S::review_comment(l), c, theme.warn());
        }
    }
    let first = out
        .iter()
        .position(|(q, _)| *q == Some(r.question))
        .unwrap_or(0);
    let last = out
        .iter()
        .rposition(|(q, _)| *q == Some(r.question))
        .unwrap_or(0);
    let height = inner.height as usize;
    let off = first.min((last + 1).saturating_sub(height));
    // Keep the verdict line in view while the first question fits under it, and the
    // whole of a long note over the first question while that question starts on screen.
    let off = if last < height || (r.question == 0 && first < height) {
        0
    } else {
        off
    };
    (out, off)
}

fn view_questions(r: &Review, f: &mut Frame, a: Rect, theme: Theme) {
    let l = r.lang;
    let Some(sec) = r.current_section() else {
        f.render_widget(
            Paragraph::new(S::review_nothing(l)).block(Block::new().borders(Borders::ALL)),
            a,
        );
        return;
    };
    let title = format!(
        " {} · {} ",
        sec.title,
        S::review_question_of(l, r.question + 1, sec.questions.len())
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(
            truncate(&title, a.width.saturating_sub(2) as usize),
            theme.title(),
        ));
    let inner = block.inner(a);
    f.render_widget(block, a);
    let (lines, off) = question_lines(r, inner, theme);
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(off)
        .take(inner.height as usize)
        .map(|(_, l)| l)
        .collect();
    f.render_widget(Paragraph::new(shown), inner);
}

fn view_panel(r: &Review, f: &mut Frame, a: Rect, theme: Theme) {
    let l = r.lang;
    let w = a.width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let para = |head: &str, body: &str, style: Style, lines: &mut Vec<Line>| {
        if body.trim().is_empty() {
            return;
        }
        lines.push(Line::from(Span::styled(head.to_string(), theme.title())));
        lines.extend(
            wrap(body, w)
                .into_iter()
                .map(|l| Line::from(Span::styled(l, style))),
        );
        lines.push(Line::from(""));
    };
    if let Some(q) = r.current_question() {
        para(&S::help_why(l), &q.help, Style::new(), &mut lines);
        if !q.cite.is_empty() {
            lines.push(Line::from(Span::styled(S::help_cites(l), theme.title())));
            lines.extend(crate::tui::cite::lines(l, &q.cite, w, theme));
            lines.push(Line::from(""));
        }
        match r.draft.comments.get(&q.id) {
            Some(c) => para(&S::review_your_comment(l), c, theme.warn(), &mut lines),
            None => {
                lines.push(Line::from(Span::styled(
                    S::review_your_comment(l),
                    theme.title(),
                )));
                lines.extend(
                    wrap(&S::review_no_comment(l), w)
                        .into_iter()
                        .map(|l| Line::from(Span::styled(l, theme.dim()))),
                );
            }
        }
    }
    let height = a.height.saturating_sub(2) as usize;
    let max = lines.len().saturating_sub(height) as u16;
    let scroll = r.panel_scroll.min(max);
    let mut block = Block::new().borders(Borders::ALL).title(S::help_panel(l));
    if scroll < max {
        block = block.title_bottom(S::help_more(l));
    }
    f.render_widget(Paragraph::new(lines).scroll((scroll, 0)).block(block), a);
}

/// The header's right side: the pages, with the current one highlighted.
pub fn tabs(r: &Review, theme: Theme) -> Vec<(Span<'static>, Page)> {
    let l = r.lang;
    [
        (Page::Answers, S::tab_answers(l)),
        (Page::Risk, S::tab_risk(l)),
        (Page::Opinion, S::tab_opinion(l)),
    ]
    .into_iter()
    .map(|(p, name)| {
        let style = if p == r.page {
            theme.selected()
        } else {
            theme.dim()
        };
        (Span::styled(format!(" {name} "), style), p)
    })
    .collect()
}
