//! Drawing review mode: the section list with verdicts and comment counts, the answers of
//! the section as signed, the help panel with the law and the reviewer's comment, the
//! opinion page, the text editor popup and the countersign dialog. Layout is computed in
//! one place ([`geometry`]) so drawing and mouse hit-testing agree.

use chrono::NaiveDate;

use crate::i18n::Lang;
use crate::tui::screens::dashboard;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::review::{Opinion, SheetSection, Verdict};
use crate::tui::screens::dialog;
use crate::tui::screens::wizard::popup_area;
use crate::tui::strings as S;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, width, wrap};

use super::{
    CountersignPlan, Countersigned, Dialog, Editor, Msg, Page, ROW_ATTEST, ROW_CONDITIONS, ROW_DUE,
    ROW_OPINION, ROWS, Review, Target,
};

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
            view_opinion(r, f, main, theme);
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
        view_editor(r, e, f, area, theme);
    }
    if let Some(d) = &r.dialog {
        view_dialog(r.lang, d, f, area, theme);
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

fn view_opinion(r: &Review, f: &mut Frame, a: Rect, theme: Theme) {
    let l = r.lang;
    let wide = a.width >= 100;
    let [left, right] = Layout::horizontal([
        Constraint::Min(40),
        Constraint::Length(if wide { (a.width * 2 / 5).min(52) } else { 0 }),
    ])
    .areas(a);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(S::review_opinion_title(l), theme.title()));
    let inner = block.inner(left);
    f.render_widget(block, left);
    let lines = opinion_lines(r, inner.width as usize, theme);
    let lines = fit(lines, inner.height as usize);
    // Keep the focused row on screen on short terminals.
    let focus_line = lines.iter().position(|(row, _)| *row == Some(r.focus));
    // On the last row, what countersigning still needs (the lines after it) shows too.
    let off = if r.focus + 1 == ROWS {
        lines.len().saturating_sub(inner.height as usize)
    } else {
        focus_line.map_or(0, |l| (l + 1).saturating_sub(inner.height as usize))
    };
    let shown: Vec<Line> = lines.into_iter().map(|(_, l)| l).collect();
    f.render_widget(Paragraph::new(shown).scroll((off as u16, 0)), inner);
    if right.width > 0 {
        super::signed::view_signed(r, f, right, theme);
    }
}

/// Drops blank lines, last first, until `lines` fit in `height` (or none is left).
fn fit<T>(mut lines: Vec<(T, Line<'static>)>, height: usize) -> Vec<(T, Line<'static>)> {
    while lines.len() > height {
        let Some(i) = lines.iter().rposition(|(_, l)| l.width() == 0) else {
            break;
        };
        lines.remove(i);
    }
    lines
}

/// The opinion page's lines, each with the row of the page it belongs to.
fn opinion_lines(r: &Review, w: usize, theme: Theme) -> Vec<(Option<usize>, Line<'static>)> {
    let l = r.lang;
    let d = &r.draft;
    let mut lines: Vec<(Option<usize>, Line<'static>)> = Vec::new();
    let blank =
        |lines: &mut Vec<(Option<usize>, Line<'static>)>| lines.push((None, Line::from("")));
    // A focusable row: its text wrapped under a pointer, highlighted when focused.
    let row =
        |i: usize, text: &str, style: Style, lines: &mut Vec<(Option<usize>, Line<'static>)>| {
            let focused = r.focus == i;
            for (j, l) in wrap(text, w.saturating_sub(2).max(8))
                .into_iter()
                .enumerate()
            {
                let pointer = if focused && j == 0 { "› " } else { "  " };
                let line = Line::from(vec![Span::raw(pointer), Span::styled(l, style)]);
                lines.push((
                    Some(i),
                    if focused {
                        line.style(theme.selected())
                    } else {
                        line
                    },
                ));
            }
        };
    let (opinion, style) = match d.opinion {
        Some(o) => (format!("‹ {} ›", S::opinion_label(l, o)), theme.bold()),
        None => (S::review_no_opinion(l).to_string(), theme.dim()),
    };
    let head = format!("{}{opinion}", S::review_opinion_label(l));
    let text = if width(&head) + 4 + width(&S::review_opinion_hint(l)) <= w.saturating_sub(2) {
        format!("{head}    {}", S::review_opinion_hint(l))
    } else {
        head
    };
    row(ROW_OPINION, &text, style, &mut lines);
    blank(&mut lines);
    row(
        ROW_CONDITIONS,
        &S::review_conditions_label(l),
        Style::new(),
        &mut lines,
    );
    if d.conditions.trim().is_empty() {
        lines.push((
            Some(ROW_CONDITIONS),
            Line::from(Span::styled(
                format!("    {}", S::review_conditions_none(l)),
                theme.dim(),
            )),
        ));
    } else {
        for l in wrap(&d.conditions, w.saturating_sub(4)).into_iter().take(4) {
            lines.push((Some(ROW_CONDITIONS), Line::from(format!("    {l}"))));
        }
    }
    blank(&mut lines);
    let beliefs = super::signed::belief_lines(l, &r.sheet, w, theme);
    if !beliefs.is_empty() {
        lines.extend(beliefs.into_iter().map(|l| (None, l)));
        blank(&mut lines);
    }
    lines.push((
        None,
        Line::from(Span::styled(
            truncate(&S::review_attest_head(l), w),
            theme.bold(),
        )),
    ));
    for (k, (_, words, given)) in d.attestations.list().into_iter().enumerate() {
        let mark = if given { "[x] " } else { "[ ] " };
        row(
            ROW_ATTEST + k,
            &format!("{mark}{}", S::review_attestation(words)),
            Style::new(),
            &mut lines,
        );
    }
    blank(&mut lines);
    let due = match (d.review_due, d.opinion) {
        (_, Some(Opinion::Reject)) => S::review_due_reject(l).to_string(),
        (Some(date), _) => date.format("%Y-%m-%d").to_string(),
        (None, _) => S::review_due_default(l).to_string(),
    };
    row(
        ROW_DUE,
        &format!("{}{due}", S::review_due_label(l)),
        Style::new(),
        &mut lines,
    );
    blank(&mut lines);
    let count = |v: Option<Verdict>| {
        r.sheet
            .sections
            .iter()
            .filter(|s| r.verdict(&s.id) == v)
            .count()
    };
    let summary = S::review_summary(
        l,
        count(Some(Verdict::ToCorrect)),
        count(Some(Verdict::ToImprove)),
        count(Some(Verdict::Acceptable)),
        count(None),
        d.comments.len(),
    );
    for l in wrap(&summary, w.saturating_sub(2)) {
        lines.push((None, Line::from(format!("  {l}"))));
    }
    let missing = d.missing();
    if let Some(c) = &r.countersigned {
        for l in wrap(
            &S::review_already_countersigned(l, c.number),
            w.saturating_sub(2),
        ) {
            lines.push((None, Line::from(Span::styled(format!("  {l}"), theme.ok()))));
        }
    } else if missing.is_empty() {
        lines.push((
            None,
            Line::from(Span::styled(S::review_ready(l), theme.ok())),
        ));
    } else {
        lines.push((
            None,
            Line::from(Span::styled(S::review_missing(l), theme.bold())),
        ));
        for m in missing {
            for (j, l) in wrap(&m, w.saturating_sub(6)).into_iter().enumerate() {
                let lead = if j == 0 { "    • " } else { "      " };
                lines.push((
                    None,
                    Line::from(Span::styled(format!("{lead}{l}"), theme.warn())),
                ));
            }
        }
    }
    lines
}

fn view_editor(r: &Review, e: &Editor, f: &mut Frame, area: Rect, theme: Theme) {
    let l = r.lang;
    let (title, context) = match &e.target {
        Target::Comment(q) => (
            S::review_edit_comment(l),
            r.sheet
                .question(q)
                .map(|(_, q)| q.prompt.clone())
                .unwrap_or_else(|| q.clone()),
        ),
        Target::Note(s) => (
            S::review_edit_note(l),
            r.sheet
                .section(s)
                .map(|s| section_context(r, s))
                .unwrap_or_else(|| s.clone()),
        ),
        Target::Conditions => (S::review_edit_conditions(l), conditions_context(r)),
        Target::Due => (S::review_edit_due(l), S::review_due_hint(l).to_string()),
    };
    let multiline = e.field.multiline;
    // A long text grows the popup, up to the screen's height; past that it scrolls.
    let height = if multiline {
        let text_w = popup_area(area, 76, 14).width.saturating_sub(4) as usize;
        let context_h = wrap(&context, text_w + 2).len().min(3) as u16;
        let text_h = wrap(&e.field.text(), text_w).len() as u16 + 1;
        (2 + context_h + 2 + text_h + 1).max(14)
    } else {
        8
    };
    let p = popup_area(area, 76, height);
    crate::tui::screens::clear(f, p);
    let keys = if multiline {
        S::review_editor_keys(l)
    } else {
        S::review_editor_keys_line(l)
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(title)
        .title_bottom(keys);
    let inner = block.inner(p);
    f.render_widget(block, p);
    let ctx = wrap(&context, inner.width as usize);
    let ctx_h = (ctx.len() as u16).min(3);
    let [top, field, err] = Layout::vertical([
        Constraint::Length(ctx_h),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(inner);
    f.render_widget(
        Paragraph::new(
            ctx.into_iter()
                .take(ctx_h as usize)
                .map(|l| Line::from(Span::styled(l, theme.dim())))
                .collect::<Vec<_>>(),
        ),
        top,
    );
    e.field
        .render(f, field, &S::review_editor_label(l), true, theme);
    if let Some(msg) = &e.error {
        f.render_widget(
            Paragraph::new(Span::styled(
                truncate(msg, err.width as usize),
                theme.error(),
            )),
            err,
        );
    }
}

fn section_context(r: &Review, s: &SheetSection) -> String {
    let l = r.lang;
    match r.verdict(&s.id) {
        Some(v) => format!("{} — {}", s.title, S::verdict_label(l, v)),
        None => s.title.clone(),
    }
}

fn conditions_context(r: &Review) -> String {
    let l = r.lang;
    match r.draft.opinion {
        Some(o) => S::review_conditions_context(l, &S::opinion_label(l, o)),
        None => S::review_conditions_label(l).trim().to_string(),
    }
}

fn view_dialog(l: Lang, d: &Dialog, f: &mut Frame, area: Rect, theme: Theme) {
    let (title, lines, keys): (String, Vec<Line<'static>>, String) = match d {
        Dialog::Working(what) => (
            S::dialog_wait(l),
            vec![Line::from(what.to_string())],
            String::new(),
        ),
        Dialog::Countersign {
            plan,
            key,
            refused_key,
            pass,
        } => countersign_lines(l, plan, *key, refused_key.as_deref(), pass, theme),
        Dialog::Done(c) => (
            S::dialog_countersigned(l),
            done_lines(l, c, theme),
            S::dialog_ok(l),
        ),
        Dialog::Failed(e) => (
            S::dialog_failed(l),
            e.lines()
                .map(|t| Line::from(Span::styled(t.to_string(), theme.error())))
                .collect(),
            S::dialog_ok(l),
        ),
    };
    dialog::draw(&title, lines, &keys, f, area, theme);
}

fn countersign_lines(
    l: Lang,
    plan: &CountersignPlan,
    key: usize,
    refused_key: Option<&str>,
    pass: &dialog::PassField,
    theme: Theme,
) -> (String, Vec<Line<'static>>, String) {
    let mut lines = vec![
        Line::from(S::countersign_intro(l, plan.number, plan.revision)),
        Line::from(""),
    ];
    if let Some(why) = &plan.refused {
        lines.push(Line::from(Span::styled(
            S::countersign_not_yet(l),
            theme.bold(),
        )));
        for t in why.lines() {
            lines.push(Line::from(Span::styled(t.to_string(), theme.error())));
        }
        return (S::dialog_countersign(l), lines, S::dialog_close(l));
    }
    let assessor = crate::keys::Role::Assessor.label();
    if plan.keys.iter().all(|k| k.role == assessor) {
        lines.extend(
            S::no_reviewer_key(l, &plan.keys_dir)
                .into_iter()
                .map(Line::from),
        );
        return (S::dialog_countersign(l), lines, S::dialog_close(l));
    }
    lines.push(Line::from(Span::styled(
        S::dialog_countersign_as(l),
        theme.bold(),
    )));
    for (i, k) in plan.keys.iter().enumerate() {
        let mark = if i == key { "▶ " } else { "  " };
        let style = if i == key {
            theme.selected()
        } else if k.role == assessor || k.signed_it {
            theme.dim()
        } else {
            Style::default()
        };
        let mut spans = vec![Span::styled(
            format!("{mark}{} ({}) {}", k.name, S::role_word(l, &k.role), k.id),
            style,
        )];
        if k.role == assessor || k.signed_it {
            spans.push(Span::styled(S::dialog_assessor_key(l), theme.dim()));
        } else if !k.trusted {
            spans.push(Span::styled(S::dialog_untrusted(l), theme.warn()));
        }
        lines.push(Line::from(spans));
    }
    if let Some(why) = refused_key {
        lines.push(Line::from(""));
        for t in why.lines() {
            lines.push(Line::from(Span::styled(t.to_string(), theme.error())));
        }
    }
    let protected = dialog::needs_passphrase(&plan.keys, key);
    if protected {
        lines.extend(dialog::pass_lines(l, pass, theme));
    }
    let keys = if protected {
        S::dialog_countersign_pass_keys(l, plan.keys.len() > 1)
    } else if plan.keys.len() > 1 {
        S::dialog_countersign_keys_many(l)
    } else {
        S::dialog_countersign_keys(l)
    };
    (S::dialog_countersign(l), lines, keys)
}

fn done_lines(l: Lang, c: &Countersigned, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(Span::styled(
            S::countersigned_head(l, c.number, &c.signer, &c.key, &c.opinion),
            theme.ok(),
        )),
        Line::from(""),
        Line::from(format!("{}{}", S::dialog_record(l), c.path)),
        Line::from(format!("{}{}", S::dialog_sha(l), c.sha256)),
    ];
    lines.extend(
        S::countersigned_judges(l, c.revision, &c.revision_sha256)
            .into_iter()
            .map(Line::from),
    );
    lines.push(Line::from(""));
    if let Some(d) = c.review_due {
        lines.push(Line::from(S::countersigned_due(
            l,
            &d.format("%Y-%m-%d").to_string(),
        )));
        lines.push(Line::from(""));
    }
    if !c.trusted {
        for l in S::untrusted_after_signing(l, &c.key) {
            lines.push(Line::from(Span::styled(l, theme.warn())));
        }
        lines.push(Line::from(""));
    }
    lines.push(Line::from(S::after_countersigning(l)));
    lines
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
