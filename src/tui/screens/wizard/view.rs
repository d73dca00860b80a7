//! Drawing the wizard: section list, question, answer widget, help panel, live risk line
//! and popups.

use crate::i18n::Lang;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Table};

use crate::answer::{Answer, Cell};
use crate::questionnaire::{AnswerKind, Column, ColumnKind, Question, Questionnaire};
use crate::review::Verdict;
use crate::tui::grid;
use crate::tui::session::Session;
use crate::tui::strings as S;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, wrap};

use super::layout::{geometry, option_lines, popup_area, scroll_for, section_offset};
use super::update::{FinishItem, finish_items, search_results, visible_sections};
use super::{Popup, RowEdit, Wizard, choices, column_choices, kind_of};

pub fn view(w: &Wizard, s: &Session, f: &mut Frame, area: Rect, theme: Theme) {
    let l = s.l();
    let g = geometry(w, s, area);
    let Some(q) = kind_of(s, w) else {
        f.render_widget(Paragraph::new(S::wizard_nothing(l)), area);
        return;
    };
    view_sections(w, s, f, g.sections, theme);
    let Some((_, section, _)) = s.question(&q.id) else {
        return;
    };
    let pos = s.index_of(&q.id).map_or(0, |i| i + 1);
    let title = format!(
        " {} · {} ",
        S::question_of(pos, s.shown.len()),
        section.title.get(&s.lang)
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .title(Span::styled(
            truncate(&title, g.question.width.saturating_sub(2) as usize),
            theme.title(),
        ))
        .border_style(theme.focus_border());
    f.render_widget(block, g.question);
    f.render_widget(
        Paragraph::new(
            g.prompt_lines
                .iter()
                .map(|l| Line::from(Span::styled(l.as_str(), theme.bold())))
                .collect::<Vec<_>>(),
        ),
        g.prompt,
    );
    if let Some(r) = &w.row_edit {
        view_row_edit(r, q, s, f, g.answer, theme);
    } else {
        view_answer(w, s, q, f, g.answer, theme);
    }
    if let Some(e) = &w.error {
        let lines: Vec<Line> = wrap(e, g.error.width as usize)
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.error())))
            .collect();
        f.render_widget(Paragraph::new(lines), g.error);
    } else if let Some(n) = hint(l, w, q) {
        f.render_widget(
            Paragraph::new(Span::styled(
                truncate(&n, g.error.width as usize),
                theme.dim(),
            )),
            g.error,
        );
    }
    if let Some(h) = g.help {
        view_help(w, s, q, f, h, theme);
    }
    if !w.live.is_empty() {
        let text = super::layout::live_text(l, w);
        let lines: Vec<Line> = wrap(&text, g.live.width as usize)
            .into_iter()
            .take(g.live.height as usize)
            .map(|l| Line::from(Span::styled(l, theme.warn())))
            .collect();
        f.render_widget(Paragraph::new(lines), g.live);
    }
    if g.screening.height > 0
        && let (Some(text), Some(v)) = (s.screening_words(), s.verdict())
    {
        let width = g.screening.width as usize;
        let mut lines = wrap(&text, width);
        if lines.len() > g.screening.height as usize {
            lines.truncate(g.screening.height as usize);
            if let Some(l) = lines.last_mut() {
                *l = truncate(&format!("{l} …"), width);
            }
        }
        let lines: Vec<Line> = lines
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.screening(v))))
            .collect();
        f.render_widget(Paragraph::new(lines), g.screening);
    }
    if let Some(p) = &w.popup {
        view_popup(p, s, f, area, theme);
    }
}

fn hint(l: Lang, w: &Wizard, q: &Question) -> Option<String> {
    Some(match &q.kind {
        AnswerKind::Rows(_) if w.row_edit.is_some() => S::hint_row_edit(l),
        AnswerKind::Rows(_) => S::hint_rows(l),
        AnswerKind::Date if w.editing => S::hint_date(l),
        AnswerKind::Number { .. } if w.editing => S::hint_number(l),
        AnswerKind::Text { multiline: true } if w.editing => S::hint_text_multi(l),
        AnswerKind::Text { .. } if w.editing => S::hint_text(l),
        _ if w.editing => S::hint_text(l),
        AnswerKind::Text { .. } | AnswerKind::Number { .. } | AnswerKind::Date => S::hint_edit(l),
        AnswerKind::YesNo => S::hint_yesno(l),
        AnswerKind::Single(_) => S::hint_single(l),
        AnswerKind::Multi(_) | AnswerKind::Categories => S::hint_multi(l),
    })
}

fn view_sections(w: &Wizard, s: &Session, f: &mut Frame, r: Rect, theme: Theme) {
    let l = s.l();
    let cur = w
        .current
        .as_deref()
        .and_then(|id| s.question(id))
        .map(|(i, _, _)| i);
    let width = r.width.saturating_sub(2) as usize;
    let secs = visible_sections(s);
    let at = secs.iter().position(|i| Some(*i) == cur).unwrap_or(0);
    let off = section_offset(at, r.height.saturating_sub(2) as usize);
    // The badges' column, right-aligned by display width: wide enough for the widest
    // badge of the language (a Chinese one takes two columns a character).
    use crate::scale::RiskLevel as R;
    let bw = [R::Low, R::Medium, R::High, R::VeryHigh]
        .iter()
        .map(|b| crate::tui::wrap::width(&S::badge(l, *b)) + 1)
        .max()
        .unwrap_or(3)
        .max(3);
    let right = |t: &str| {
        format!(
            "{}{t}",
            " ".repeat(bw.saturating_sub(crate::tui::wrap::width(t)))
        )
    };
    let lines: Vec<Line> = secs
        .into_iter()
        .skip(off)
        .map(|i| {
            let sec = &s.questionnaire.sections[i];
            let (a, n) = s.section_progress(sec);
            let badge = s
                .section_badge(sec)
                .map(|b| S::badge(l, b))
                .unwrap_or_default();
            let done = if a == n { "✓" } else { " " };
            let count = format!("{a}/{n}");
            let tail = format!(" {count}{done}{}", right(&badge));
            // The latest review's verdict: "to correct" and "to improve" stand out.
            let (mark, name_style) = match s.review_verdict(&sec.id) {
                Some(v @ (Verdict::ToCorrect | Verdict::ToImprove)) => {
                    (format!("{} ", S::verdict_mark(v)), theme.verdict(v))
                }
                _ => (String::new(), ratatui::style::Style::new()),
            };
            let name_w = width
                .saturating_sub(crate::tui::wrap::width(&tail) + crate::tui::wrap::width(&mark));
            let name = truncate(sec.title.get(&s.lang), name_w);
            let pad = name_w.saturating_sub(crate::tui::wrap::width(&name));
            let mut spans = vec![
                Span::styled(format!("{mark}{name}{}", " ".repeat(pad)), name_style),
                Span::styled(format!(" {count}{done}"), theme.dim()),
            ];
            if let Some(level) = s.section_badge(sec) {
                spans.push(Span::styled(right(&badge), theme.level(level)));
            } else {
                spans.push(Span::raw(" ".repeat(bw)));
            }
            let line = Line::from(spans);
            if Some(i) == cur {
                line.style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    let p = &s.score.progress;
    let title = format!(" {} {}/{} ", S::sections(l), p.answered, p.shown);
    f.render_widget(
        Paragraph::new(lines).block(Block::new().borders(Borders::ALL).title(title)),
        r,
    );
}

fn view_answer(w: &Wizard, s: &Session, q: &Question, f: &mut Frame, r: Rect, theme: Theme) {
    let l = s.l();
    match &q.kind {
        AnswerKind::Text { multiline } => {
            let h = if *multiline { r.height.min(8) } else { 3 };
            let label = if *multiline {
                S::field_text_multi(l)
            } else {
                S::field_text(l)
            };
            if let Some(ed) = &w.editor {
                ed.render(
                    f,
                    Rect {
                        height: h.min(r.height),
                        ..r
                    },
                    &label,
                    w.editing,
                    theme,
                );
            }
        }
        AnswerKind::Number { unit, min, max } => {
            let label = S::number_label(l, unit.get(&s.lang), *min, *max);
            if let Some(ed) = &w.editor {
                ed.render(
                    f,
                    Rect {
                        height: 3.min(r.height),
                        width: r.width.min(40),
                        ..r
                    },
                    &label,
                    w.editing,
                    theme,
                );
            }
        }
        AnswerKind::Date => {
            if let Some(ed) = &w.editor {
                ed.render(
                    f,
                    Rect {
                        height: 3.min(r.height),
                        width: r.width.min(30),
                        ..r
                    },
                    &S::field_date(l),
                    w.editing,
                    theme,
                );
            }
        }
        AnswerKind::Rows(cols) => view_rows(w, s, cols, q, f, r, theme),
        _ => {
            let opts = choices(q, &s.questionnaire, &s.lang);
            let sel = s.answer(&q.id).map(|a| a.choices()).unwrap_or_default();
            let multi = matches!(q.kind, AnswerKind::Multi(_) | AnswerKind::Categories);
            let lines = option_lines(&opts, &sel, multi, w.cursor, r.width as usize);
            let off = scroll_for(&lines, w.cursor, r.height as usize);
            let out: Vec<Line> = lines
                .into_iter()
                .skip(off)
                .take(r.height as usize)
                .map(|(i, l)| {
                    let style = if i == w.cursor {
                        theme.selected()
                    } else {
                        ratatui::style::Style::new()
                    };
                    Line::from(Span::styled(l, style))
                })
                .collect();
            f.render_widget(Paragraph::new(out), r);
        }
    }
}

fn cell_text(cell: Option<&Cell>, col: &Column, qn: &Questionnaire, lang: &str) -> String {
    match cell {
        None => String::new(),
        Some(Cell::Text(t)) => t.clone(),
        Some(c) => c
            .choices()
            .iter()
            .map(|id| {
                crate::answer::column_choice_label(&col.kind, qn, id, lang)
                    .unwrap_or_else(|| id.to_string())
            })
            .collect::<Vec<_>>()
            .join(", "),
    }
}

fn view_rows(
    w: &Wizard,
    s: &Session,
    cols: &[Column],
    q: &Question,
    f: &mut Frame,
    r: Rect,
    theme: Theme,
) {
    let l = s.l();
    let rows = match s.answer(&q.id) {
        Some(Answer::Rows(r)) => r.clone(),
        _ => vec![],
    };
    if rows.is_empty() {
        f.render_widget(
            Paragraph::new(Span::styled(S::rows_empty(l), theme.dim())),
            r,
        );
        return;
    }
    // A marker column, then the columns in equal shares; cells wrap, rows grow. Where a
    // share would be too narrow to read, each row is a block of "Column: value" lines.
    let mut constraints = vec![Constraint::Length(1)];
    constraints.extend(cols.iter().map(|_| Constraint::Ratio(1, cols.len() as u32)));
    let widths = grid::widths(&constraints, r.width);
    if widths[1..].iter().any(|w| *w < MIN_COLUMN) {
        return view_rows_stacked(w, s, cols, &rows, f, r, theme);
    }
    let plain = ratatui::style::Style::new();
    let cells: Vec<Vec<(String, ratatui::style::Style)>> = rows
        .iter()
        .map(|row| {
            cols.iter()
                .map(|c| {
                    (
                        cell_text(row.get(&c.id), c, &s.questionnaire, &s.lang),
                        plain,
                    )
                })
                .collect()
        })
        .collect();
    let heights: Vec<u16> = cells
        .iter()
        .map(|c| grid::height(c, &widths[1..]))
        .collect();
    let header_cells: Vec<(String, ratatui::style::Style)> = std::iter::once(String::new())
        .chain(cols.iter().map(|c| c.label.get(&s.lang).to_string()))
        .map(|t| (t, theme.bold()))
        .collect();
    let header = grid::row(header_cells.clone(), &widths);
    let header_h = grid::height(&header_cells, &widths);
    let off = grid::offset(&heights, w.cursor, r.height.saturating_sub(header_h).max(1));
    let body = cells.into_iter().enumerate().skip(off).map(|(i, mut cs)| {
        let pointer = if i == w.cursor { "›" } else { " " };
        cs.insert(0, (pointer.to_string(), plain));
        let tr = grid::row(cs, &widths);
        if i == w.cursor {
            tr.style(theme.selected())
        } else {
            tr
        }
    });
    f.render_widget(Table::new(body, grid::lengths(&widths)).header(header), r);
}

/// The narrowest column a table is drawn with; narrower, its rows are stacked.
const MIN_COLUMN: u16 = 12;

/// A table's rows as blocks, one line per filled column ("Place: Hong Kong"), wrapped,
/// with a blank line between rows.
fn view_rows_stacked(
    w: &Wizard,
    s: &Session,
    cols: &[Column],
    rows: &[crate::answer::Row],
    f: &mut Frame,
    r: Rect,
    theme: Theme,
) {
    let l = s.l();
    let width = (r.width as usize).saturating_sub(2).max(1);
    let blocks: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            // Empty cells are left out, but a row always has its first column's line.
            cols.iter()
                .enumerate()
                .filter_map(|(j, c)| {
                    let value = cell_text(row.get(&c.id), c, &s.questionnaire, &s.lang);
                    (j == 0 || !value.trim().is_empty())
                        .then(|| S::row_field(l, c.label.get(&s.lang), &value))
                })
                .flat_map(|text| wrap(&text, width))
                .collect()
        })
        .collect();
    // Each block and the blank line after it.
    let heights: Vec<u16> = blocks.iter().map(|b| b.len() as u16 + 1).collect();
    let off = grid::offset(&heights, w.cursor, r.height.saturating_add(1));
    let mut lines: Vec<Line> = Vec::new();
    for (i, block) in blocks.into_iter().enumerate().skip(off) {
        let style = if i == w.cursor {
            theme.selected()
        } else {
            ratatui::style::Style::new()
        };
        for (j, text) in block.into_iter().enumerate() {
            let pointer = if i == w.cursor && j == 0 {
                "› "
            } else {
                "  "
            };
            lines.push(Line::from(Span::styled(format!("{pointer}{text}"), style)));
        }
        lines.push(Line::from(""));
    }
    f.render_widget(Paragraph::new(lines), r);
}

fn view_row_edit(r: &RowEdit, q: &Question, s: &Session, f: &mut Frame, area: Rect, theme: Theme) {
    let l = s.l();
    let AnswerKind::Rows(cols) = &q.kind else {
        return;
    };
    let title = match r.index {
        Some(i) => S::row_editing(l, i + 1),
        None => S::row_new(l).to_string(),
    };
    let n = cols.len() as u16;
    let [head, list, _, editor] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(n),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(Span::styled(title, theme.bold())), head);
    let label_w = cols
        .iter()
        .map(|c| crate::tui::wrap::width(c.label.get(&s.lang)))
        .max()
        .unwrap_or(0)
        .min(24)
        .min(area.width as usize / 3);
    let lines: Vec<Line> = cols
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let value = match &r.fields[i] {
                Some(fl) => fl.text(),
                None => r.picked[i]
                    .iter()
                    .map(|id| {
                        crate::answer::column_choice_label(&c.kind, &s.questionnaire, id, &s.lang)
                            .unwrap_or_else(|| id.clone())
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            let pointer = if i == r.col { "›" } else { " " };
            let label = truncate(c.label.get(&s.lang), label_w);
            let pad = label_w - crate::tui::wrap::width(&label);
            let text = format!("{pointer} {label}{}: {value}", " ".repeat(pad));
            let line = Line::from(truncate(&text, list.width as usize));
            if i == r.col {
                line.style(theme.selected())
            } else {
                line
            }
        })
        .collect();
    f.render_widget(Paragraph::new(lines), list);
    let col = &cols[r.col.min(cols.len() - 1)];
    match &r.fields[r.col] {
        Some(fl) => fl.render(
            f,
            Rect {
                height: 3.min(editor.height),
                ..editor
            },
            col.label.get(&s.lang),
            true,
            theme,
        ),
        None => {
            let opts: Vec<(String, String, String)> =
                column_choices(col, &s.questionnaire, &s.lang)
                    .into_iter()
                    .map(|(a, b)| (a, b, String::new()))
                    .collect();
            let sel: Vec<&str> = r.picked[r.col].iter().map(String::as_str).collect();
            let multi = !matches!(col.kind, ColumnKind::Single(_));
            let lines = option_lines(&opts, &sel, multi, r.cursors[r.col], editor.width as usize);
            let off = scroll_for(&lines, r.cursors[r.col], editor.height as usize);
            let out: Vec<Line> = lines
                .into_iter()
                .skip(off)
                .take(editor.height as usize)
                .map(|(i, l)| {
                    if i == r.cursors[r.col] {
                        Line::from(l).style(theme.selected())
                    } else {
                        Line::from(l)
                    }
                })
                .collect();
            f.render_widget(Paragraph::new(out), editor);
        }
    }
}

fn view_help(w: &Wizard, s: &Session, q: &Question, f: &mut Frame, r: Rect, theme: Theme) {
    let l = s.l();
    let width = r.width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = Vec::new();
    let para = |head: &str, body: &str, lines: &mut Vec<Line>| {
        if body.trim().is_empty() {
            return;
        }
        lines.push(Line::from(Span::styled(head.to_string(), theme.title())));
        lines.extend(wrap(body, width).into_iter().map(Line::from));
        lines.push(Line::from(""));
    };
    if let Some(fb) = &s.feedback {
        let flagged = |head: String, body: &str, style, lines: &mut Vec<Line>| {
            lines.extend(
                wrap(&head, width)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, style))),
            );
            lines.extend(
                wrap(body, width)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, style))),
            );
            lines.push(Line::from(""));
        };
        if let Some(c) = s.review_comment(&q.id) {
            flagged(
                S::feedback_comment_head(l, &fb.reviewer, fb.revision),
                c,
                theme.warn(),
                &mut lines,
            );
        }
        if let Some((_, sec, _)) = s.question(&q.id)
            && let Some(v) = fb.verdicts.iter().find(|v| v.section == sec.id)
            && (v.verdict != Verdict::Acceptable || !v.note.trim().is_empty())
        {
            flagged(
                S::feedback_section(l, sec.title.get(&s.lang), &S::verdict_label(l, v.verdict)),
                &v.note,
                theme.verdict(v.verdict),
                &mut lines,
            );
        }
    }
    para(&S::help_why(l), q.help.get(&s.lang), &mut lines);
    para(&S::help_example(l), q.example.get(&s.lang), &mut lines);
    let cites = s.questionnaire.cites(&q.cite, s.lang.as_str());
    if !cites.is_empty() {
        lines.push(Line::from(Span::styled(S::help_cites(l), theme.title())));
        lines.extend(crate::tui::cite::lines(l, &cites, width, theme));
        lines.push(Line::from(""));
    }
    let opts = choices(q, &s.questionnaire, &s.lang);
    if w.editor.is_none()
        && w.row_edit.is_none()
        && let Some((_, label, help)) = opts.get(w.cursor)
        && !help.trim().is_empty()
    {
        para(label, help, &mut lines);
    }
    if lines.is_empty() {
        lines.push(Line::from(Span::styled(S::help_none(l), theme.dim())));
    }
    // Scrolled no further than the last line; a marker says when there is more.
    let height = r.height.saturating_sub(2) as usize;
    let max = lines.len().saturating_sub(height) as u16;
    let scroll = w.help_scroll.min(max);
    let mut block = Block::new().borders(Borders::ALL).title(S::help_panel(l));
    if scroll < max {
        block = block.title_bottom(S::help_more(l));
    }
    f.render_widget(Paragraph::new(lines).scroll((scroll, 0)).block(block), r);
}

fn list_lines(
    items: Vec<String>,
    cursor: usize,
    height: usize,
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let off = (cursor + 1).saturating_sub(height);
    items
        .into_iter()
        .enumerate()
        .skip(off)
        .take(height)
        .map(|(i, t)| {
            let pointer = if i == cursor { "› " } else { "  " };
            let l = Line::from(truncate(&format!("{pointer}{t}"), width));
            if i == cursor {
                l.style(theme.selected())
            } else {
                l
            }
        })
        .collect()
}

fn prompt_of(s: &Session, id: &str) -> String {
    s.question(id)
        .map(|(_, _, q)| q.prompt.get(&s.lang).to_string())
        .unwrap_or_else(|| id.to_string())
}

fn view_popup(p: &Popup, s: &Session, f: &mut Frame, area: Rect, theme: Theme) {
    let l = s.l();
    let rows = match p {
        Popup::Sections { .. } => visible_sections(s).len() + 2,
        Popup::Search { field, .. } => search_results(s, &field.text()).len().max(1) + 5,
        Popup::Finish { .. } => finish_items(s).len() + if s.feedback.is_some() { 8 } else { 5 },
    };
    let r = popup_area(area, 90, rows.clamp(7, 24) as u16);
    crate::tui::screens::clear(f, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border());
    let inner_w = r.width.saturating_sub(2) as usize;
    match p {
        Popup::Sections { cursor } => {
            let items = visible_sections(s)
                .into_iter()
                .map(|i| {
                    let sec = &s.questionnaire.sections[i];
                    let (a, n) = s.section_progress(sec);
                    format!("{}  ({a}/{n})", sec.title.get(&s.lang))
                })
                .collect();
            let inner = block.inner(r);
            f.render_widget(block.title(S::popup_sections(l)), r);
            f.render_widget(
                Paragraph::new(list_lines(
                    items,
                    *cursor,
                    inner.height as usize,
                    inner_w,
                    theme,
                )),
                inner,
            );
        }
        Popup::Search { field, cursor } => {
            let inner = block.inner(r);
            f.render_widget(block.title(S::popup_search(l)), r);
            let [top, list] =
                Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(inner);
            field.render(f, top, &S::search_label(l), true, theme);
            let results = search_results(s, &field.text());
            if results.is_empty() {
                f.render_widget(
                    Paragraph::new(Span::styled(S::search_none(l), theme.dim())),
                    list,
                );
            } else {
                let items = results.iter().map(|id| prompt_of(s, id)).collect();
                f.render_widget(
                    Paragraph::new(list_lines(
                        items,
                        *cursor,
                        list.height as usize,
                        inner_w,
                        theme,
                    )),
                    list,
                );
            }
        }
        Popup::Finish { cursor } => {
            let inner = block.inner(r);
            f.render_widget(block.title(S::popup_finish(l)), r);
            let items = finish_items(s);
            let count = |f: fn(&FinishItem) -> bool| items.iter().filter(|i| f(i)).count();
            let to_correct = count(|i| matches!(i, FinishItem::ToCorrect(_)));
            let commented = count(|i| matches!(i, FinishItem::Commented(_)));
            let unans = count(|i| matches!(i, FinishItem::Unanswered(_)));
            let unsure = count(|i| matches!(i, FinishItem::Unsure(_)));
            let head = if items.is_empty() {
                S::finish_all_done(l).to_string()
            } else if to_correct + commented > 0 {
                S::finish_review_summary(l, to_correct, commented, unans, unsure)
            } else {
                S::finish_summary(l, unans, unsure)
            };
            // The reviewer's conditions or reasons come first: they say what to do.
            let mut top_lines = Vec::new();
            if let Some(fb) = s
                .feedback
                .as_ref()
                .filter(|f| !f.conditions.trim().is_empty())
            {
                let text = format!(
                    "{}{}",
                    S::label(S::feedback_conditions(l, &S::opinion_label(l, fb.opinion))),
                    fb.conditions.trim()
                );
                top_lines.extend(wrap(&text, inner_w).into_iter().take(3));
            }
            top_lines.extend(wrap(&head, inner_w));
            let head = top_lines;
            let [top, list, keys] = Layout::vertical([
                Constraint::Length((head.len() as u16).clamp(2, 6)),
                Constraint::Min(1),
                Constraint::Length(1),
            ])
            .areas(inner);
            f.render_widget(
                Paragraph::new(head.into_iter().map(Line::from).collect::<Vec<_>>()),
                top,
            );
            let lines = items
                .iter()
                .map(|item| match item {
                    FinishItem::ToCorrect(i) => format!(
                        "{} {}",
                        S::feedback_tag_correct(l),
                        s.questionnaire.sections[*i].title.get(&s.lang)
                    ),
                    FinishItem::Commented(id) => {
                        format!("{} {}", S::feedback_tag_comment(l), prompt_of(s, id))
                    }
                    FinishItem::Unanswered(id) => {
                        format!("{} {}", S::tag_unanswered(l), prompt_of(s, id))
                    }
                    FinishItem::Unsure(id) => format!("{} {}", S::tag_unsure(l), prompt_of(s, id)),
                })
                .collect();
            f.render_widget(
                Paragraph::new(list_lines(
                    lines,
                    *cursor,
                    list.height as usize,
                    inner_w,
                    theme,
                )),
                list,
            );
            f.render_widget(
                crate::tui::screens::keys_line(&S::finish_keys(l), theme, keys.width),
                keys,
            );
        }
    }
}
