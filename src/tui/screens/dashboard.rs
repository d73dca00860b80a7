//! The risk dashboard: the 4×4 heat map (severity × likelihood) with every category at
//! its inherent (lower-case letter) and residual (capital) position, the table of
//! categories, and on Enter the explanation behind the selected category's figures.
//! Under them the legal panel (`legal`): the screening verdict, the duties, the filing
//! decision per purpose and the transfers; Tab moves the focus to it and through its
//! tabs. On short terminals the heat map (and a long table) give way while the legal
//! panel has the focus. Above them, in red, what is overdue: plan actions past their
//! due date, and a review past the date its approval set.

use crate::i18n::Lang;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table};

use crate::risk::{CategoryRisk, Figure, Source};
use crate::scale::Scale;

use super::super::msg::{Go, Msg as Top, Out};
use super::super::session::Session;
use super::super::strings as S;
use super::super::theme::Theme;
use super::super::wrap::{truncate, width, wrap};
use super::legal::{self, Tab};

#[derive(Debug, Clone, Default)]
pub struct Dashboard {
    pub cursor: usize,
    /// The explanation popup, with its scroll offset.
    pub explain: Option<usize>,
    /// The legal panel's tab, and whether it has the focus (else the categories do).
    pub tab: Tab,
    pub legal_focus: bool,
    /// The highlighted item of the legal tab.
    pub legal_cursor: usize,
    /// What each missing measure would gain, worked out when an explanation opens.
    pub gains: Vec<crate::risk::Gain>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    Explain,
    Close,
    Select(usize),
    /// Tab: categories → duties → filing → transfers → categories; Shift-Tab back.
    NextPanel,
    PrevPanel,
    /// A click on a tab of the legal panel: that tab, with the focus.
    Tab(Tab),
    /// The wheel turned over the legal panel (`legal`) or the categories: that pane takes
    /// the focus and its highlight moves (the explanation, when open, scrolls instead).
    Wheel {
        legal: bool,
        down: bool,
    },
}

pub fn key(k: KeyEvent, d: &Dashboard) -> Option<Top> {
    let m = match k.code {
        KeyCode::Up | KeyCode::Char('k') => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') => Msg::Down,
        KeyCode::Enter => Msg::Explain,
        KeyCode::Tab if d.explain.is_none() => Msg::NextPanel,
        KeyCode::BackTab if d.explain.is_none() => Msg::PrevPanel,
        KeyCode::Esc if d.explain.is_some() => Msg::Close,
        KeyCode::Esc | KeyCode::Char('w') => return Some(Top::Go(Go::Wizard)),
        KeyCode::Char('p') => return Some(Top::Go(Go::Plan)),
        KeyCode::Char('s') if d.explain.is_none() => return Some(Top::Sign),
        KeyCode::Char('r') if d.explain.is_none() => return Some(Top::Report),
        KeyCode::Char('f') if d.explain.is_none() => return Some(Top::Go(Go::Filing)),
        KeyCode::Char('q') => return Some(Top::Quit),
        KeyCode::Char('?') => return Some(Top::ToggleHelp),
        _ => return None,
    };
    Some(Top::Dashboard(m))
}

/// The panels in Tab order: None for the categories, then each legal tab.
fn panels() -> [Option<Tab>; 4] {
    [
        None,
        Some(Tab::Duties),
        Some(Tab::Filing),
        Some(Tab::Transfers),
    ]
}

fn cycle(d: &mut Dashboard, by: usize) {
    let ps = panels();
    let now = if d.legal_focus { Some(d.tab) } else { None };
    let at = ps.iter().position(|p| *p == now).unwrap_or(0);
    match ps[(at + by) % ps.len()] {
        Some(t) => {
            if !d.legal_focus || t != d.tab {
                d.legal_cursor = 0;
            }
            d.tab = t;
            d.legal_focus = true;
        }
        None => d.legal_focus = false,
    }
}

pub fn update(d: &mut Dashboard, s: &Session, m: Msg, _out: &mut Out) {
    let m = match m {
        Msg::Wheel { legal, down } => {
            if d.explain.is_none() {
                d.legal_focus = legal;
            }
            if down { Msg::Down } else { Msg::Up }
        }
        m => m,
    };
    let n = s.score.categories.len();
    if d.legal_focus && d.explain.is_none() {
        let len = legal::len(d.tab, &s.score);
        match m {
            Msg::Up => return d.legal_cursor = d.legal_cursor.saturating_sub(1),
            Msg::Down => return d.legal_cursor = (d.legal_cursor + 1).min(len.saturating_sub(1)),
            Msg::Explain | Msg::Close => return,
            _ => {}
        }
    }
    match (m, d.explain) {
        (Msg::Tab(t), None) => {
            if !d.legal_focus || t != d.tab {
                d.legal_cursor = 0;
            }
            d.tab = t;
            d.legal_focus = true;
        }
        (Msg::NextPanel, None) => cycle(d, 1),
        (Msg::PrevPanel, None) => cycle(d, panels().len() - 1),
        (Msg::Up, Some(off)) => d.explain = Some(off.saturating_sub(1)),
        (Msg::Down, Some(off)) => d.explain = Some(off + 1),
        (Msg::Up, None) => d.cursor = d.cursor.saturating_sub(1),
        (Msg::Down, None) => d.cursor = (d.cursor + 1).min(n.saturating_sub(1)),
        (Msg::Explain, None) if n > 0 => {
            d.explain = Some(0);
            d.gains = crate::risk::gains(&s.questionnaire, &s.draft.answers, &s.lang);
        }
        (Msg::Explain | Msg::Close, Some(_)) => d.explain = None,
        (Msg::Select(i), None) if i < n => {
            d.legal_focus = false;
            if d.cursor == i {
                d.explain = Some(0);
                d.gains = crate::risk::gains(&s.questionnaire, &s.draft.answers, &s.lang);
            }
            d.cursor = i;
        }
        _ => {}
    }
}

fn letter(i: usize) -> char {
    (b'a' + (i % 26) as u8) as char
}

fn layout(d: &Dashboard, area: Rect, s: &Session) -> [Rect; 4] {
    let cell_h = if area.height >= 34 { 2 } else { 1 };
    // Short terminals: the heat map gives way to the legal panel while it has the focus.
    let (map_h, caption_h) = if d.legal_focus && area.height < 34 {
        (0, 0)
    } else {
        (1 + 4 * cell_h + 1, 1)
    };
    let n = s.score.categories.len().max(1) as u16;
    // The table too, when it would take more than a third of a short terminal.
    let table_h = if map_h == 0 && (n + 3) * 3 > area.height {
        0
    } else {
        n + 3
    };
    Layout::vertical([
        Constraint::Length(map_h),
        Constraint::Length(caption_h),
        Constraint::Length(table_h),
        Constraint::Min(0),
    ])
    .areas(area)
}

/// What is overdue in the open assessment: plan actions past their due date, and the
/// review its latest approval asked for by a date now past. One line each.
pub fn overdue_lines(s: &Session, today: NaiveDate) -> Vec<String> {
    let l = s.l();
    let mut out = Vec::new();
    if let Some((n, first)) = super::plan::overdue_items(s, today) {
        out.push(S::dashboard_overdue_actions(
            l,
            n,
            &first.format("%Y-%m-%d").to_string(),
        ));
    }
    if let Some(fb) = &s.feedback
        && fb.opinion.approves()
        && let Some(due) = fb.review_due.filter(|d| *d < today)
    {
        out.push(S::dashboard_review_overdue(
            l,
            &due.format("%Y-%m-%d").to_string(),
        ));
    }
    out
}

/// The overdue lines' area, and what is left under them.
fn split_overdue(s: &Session, today: NaiveDate, area: Rect) -> (Rect, Rect) {
    let n = overdue_lines(s, today).len() as u16;
    let [top, rest] = Layout::vertical([
        Constraint::Length(n.min(area.height / 4)),
        Constraint::Min(0),
    ])
    .areas(area);
    (top, rest)
}

/// Which table row a click lands on.
pub fn hit(d: &Dashboard, s: &Session, today: NaiveDate, area: Rect, row: u16) -> Option<usize> {
    let area = split_overdue(s, today, area).1;
    let t = layout(d, area, s)[2];
    if t.height == 0 {
        return None;
    }
    let i = row.checked_sub(t.y + 2)? as usize;
    (i < s.score.categories.len()).then_some(i)
}

/// Which tab of the legal panel a click lands on.
pub fn tab_hit(
    d: &Dashboard,
    s: &Session,
    today: NaiveDate,
    area: Rect,
    col: u16,
    row: u16,
) -> Option<Tab> {
    if d.explain.is_some() {
        return None;
    }
    let area = split_overdue(s, today, area).1;
    let rest = layout(d, area, s)[3];
    legal::tab_hit(d.tab, d.legal_focus, s, rest, col, row)
}

/// The wheel over the risk screen at (col, row): the explanation scrolls when open; else
/// the pane under the pointer, if any, takes the focus and its highlight moves.
pub fn wheel(
    d: &Dashboard,
    s: &Session,
    today: NaiveDate,
    area: Rect,
    col: u16,
    row: u16,
    down: bool,
) -> Option<Msg> {
    if d.explain.is_some() {
        return Some(if down { Msg::Down } else { Msg::Up });
    }
    let area = split_overdue(s, today, area).1;
    let [_, _, table, rest] = layout(d, area, s);
    let inside = |r: Rect| col >= r.x && col < r.right() && row >= r.y && row < r.bottom();
    let legal = if inside(rest) {
        true
    } else if inside(table) {
        false
    } else {
        return None;
    };
    Some(Msg::Wheel { legal, down })
}

pub fn view(d: &Dashboard, s: &Session, today: NaiveDate, f: &mut Frame, area: Rect, theme: Theme) {
    let l = s.l();
    let (late, area) = split_overdue(s, today, area);
    let lines: Vec<Line> = overdue_lines(s, today)
        .into_iter()
        .map(|t| {
            Line::from(Span::styled(
                truncate(&t, late.width as usize),
                theme.error(),
            ))
        })
        .collect();
    f.render_widget(Paragraph::new(lines), late);
    let [map, caption, table, rest] = layout(d, area, s);
    if map.height > 0 {
        // Cells wider than this only push the columns apart.
        let map = Rect {
            width: map.width.min(110),
            ..map
        };
        view_map(s, f, map, theme);
        f.render_widget(
            Paragraph::new(Span::styled(
                truncate(&S::map_caption(l), caption.width as usize),
                theme.dim(),
            )),
            caption,
        );
    }
    if table.height > 0 {
        view_table(d, s, f, table, theme);
    }
    let cursor = d.legal_focus.then(|| {
        d.legal_cursor
            .min(legal::len(d.tab, &s.score).saturating_sub(1))
    });
    legal::view(d.tab, cursor, s, f, rest, theme);
    if let Some(off) = d.explain
        && let Some(c) = s.score.categories.get(d.cursor)
    {
        view_explain(l, c, &d.gains, off, f, area, theme);
    }
}

fn view_map(s: &Session, f: &mut Frame, r: Rect, theme: Theme) {
    let l = s.l();
    // The severity names down the left, and the badges, as wide as the language needs.
    let label_w = Scale::ALL
        .iter()
        .map(|sc| width(&crate::i18n::words::scale(l, *sc)) + 1)
        .chain([13])
        .max()
        .unwrap_or(13) as u16;
    use crate::scale::RiskLevel as R;
    let badge_w = [R::Low, R::Medium, R::High, R::VeryHigh]
        .iter()
        .map(|b| width(&S::badge(l, *b)) + 1)
        .chain([3])
        .max()
        .unwrap_or(3);
    let cell_w = (r.width.saturating_sub(label_w)) / 4;
    let cell_h = (r.height.saturating_sub(2)) / 4;
    let head: String = Scale::ALL
        .iter()
        .map(|sc| {
            let name = truncate(&crate::i18n::words::scale(l, *sc), cell_w as usize - 1);
            // Centred by display width: a Chinese character takes two columns.
            let pad = (cell_w as usize).saturating_sub(width(&name));
            format!("{}{name}{}", " ".repeat(pad / 2), " ".repeat(pad - pad / 2))
        })
        .collect();
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(pad_to(&S::map_axes(l), label_w as usize), theme.dim()),
            Span::styled(head, theme.bold()),
        ])),
        Rect { height: 1, ..r },
    );
    for (row, sev) in Scale::ALL.iter().rev().enumerate() {
        let y = r.y + 1 + row as u16 * cell_h;
        f.render_widget(
            Paragraph::new(Span::styled(
                crate::i18n::words::scale(l, *sev),
                theme.bold(),
            )),
            Rect {
                x: r.x,
                y,
                width: label_w,
                height: 1,
            },
        );
        for (col, lik) in Scale::ALL.iter().enumerate() {
            let level = s.questionnaire.level(*sev, *lik);
            let mut marks = String::new();
            for (i, c) in s.score.categories.iter().enumerate() {
                if c.inherent.severity.level == *sev && c.inherent.likelihood.level == *lik {
                    marks.push(letter(i));
                }
            }
            for (i, c) in s.score.categories.iter().enumerate() {
                if c.residual.severity.level == *sev && c.residual.likelihood.level == *lik {
                    marks.push(letter(i).to_ascii_uppercase());
                }
            }
            let text = format!("{}{marks}", pad_to(&S::badge(l, level), badge_w));
            let cell = Rect {
                x: r.x + label_w + col as u16 * cell_w,
                y,
                width: cell_w.saturating_sub(1),
                height: cell_h.max(1),
            };
            f.render_widget(
                Paragraph::new(truncate(&text, cell.width as usize)).style(theme.cell(level)),
                cell,
            );
        }
    }
}

/// `text` and spaces up to `w` columns.
fn pad_to(text: &str, w: usize) -> String {
    format!("{text}{}", " ".repeat(w.saturating_sub(width(text))))
}

fn pos_text(l: Lang, p: &crate::risk::Position) -> String {
    format!(
        "{} ({}×{})",
        crate::i18n::words::level(l, p.level),
        p.severity.level.rank(),
        p.likelihood.level.rank()
    )
}

fn view_table(d: &Dashboard, s: &Session, f: &mut Frame, r: Rect, theme: Theme) {
    let l = s.l();
    let block = Block::new().borders(Borders::ALL).title(S::table_title(l));
    if s.score.categories.is_empty() {
        let lines: Vec<Line> = wrap(&S::no_categories(l), r.width.saturating_sub(2) as usize)
            .into_iter()
            .map(Line::from)
            .collect();
        f.render_widget(Paragraph::new(lines).block(block), r);
        return;
    }
    // The two figures' columns fit their longest text ("Muito elevado (3×4)"), up to 21.
    let heads = S::table_columns(l);
    let fig_w = s
        .score
        .categories
        .iter()
        .flat_map(|c| [pos_text(l, &c.inherent), pos_text(l, &c.residual)])
        .chain(heads[2..].iter().cloned())
        .map(|t| width(&t) + 1)
        .chain([17])
        .max()
        .unwrap_or(17)
        .min(21) as u16;
    let rows = s.score.categories.iter().enumerate().map(|(i, c)| {
        let sens = if c.sensitive { S::SENSITIVE_MARK } else { "" };
        let focused = i == d.cursor && !d.legal_focus;
        let row = Row::new(vec![
            Span::raw(format!("{}{}", if focused { "›" } else { " " }, letter(i))),
            Span::raw(format!("{}{sens}", c.name)),
            Span::styled(pos_text(l, &c.inherent), theme.level(c.inherent.level)),
            Span::styled(pos_text(l, &c.residual), theme.level(c.residual.level)),
        ]);
        if focused {
            row.style(theme.selected())
        } else {
            row
        }
    });
    // The names' column as wide as the longest name, so that on a wide terminal the
    // figures stay next to the names they belong to.
    let name_w = s
        .score
        .categories
        .iter()
        .map(|c| width(&c.name) + width(S::SENSITIVE_MARK) + 1)
        .chain([width(&heads[1]) + 1, 16])
        .max()
        .unwrap_or(16) as u16;
    let widths = [
        Constraint::Length(2),
        Constraint::Max(name_w),
        Constraint::Length(fig_w),
        Constraint::Length(fig_w),
    ];
    f.render_widget(
        Table::new(rows, widths)
            .header(Row::new(heads.to_vec()).style(theme.bold()))
            .block(block),
        r,
    );
}

fn explain_lines(
    l: Lang,
    c: &CategoryRisk,
    gains: &[crate::risk::Gain],
    width: usize,
    theme: Theme,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if let Some(a) = c.residual.above {
        let t = S::above(
            l,
            &crate::i18n::words::level(l, c.residual.level),
            &crate::i18n::words::steps_count(l, a.steps),
            &crate::i18n::words::level(l, a.next),
            a.held,
        );
        out.extend(wrap(&t, width).into_iter().map(Line::from));
        out.push(Line::from(Span::styled(S::gains_head(l), theme.title())));
        let best = crate::risk::best_for(gains, c, 3);
        if best.is_empty() {
            out.extend(
                wrap(&S::gains_none(l), width.saturating_sub(4))
                    .into_iter()
                    .map(|l| Line::from(format!("    {l}"))),
            );
        }
        for (g, cg) in best {
            let t = S::gain(
                l,
                &g.action,
                &crate::i18n::words::level(l, cg.now),
                &crate::i18n::words::level(l, cg.then),
                &crate::i18n::words::steps_count(l, cg.steps),
                cg.then < cg.now,
            );
            for (j, l) in wrap(&t, width.saturating_sub(4)).into_iter().enumerate() {
                out.push(Line::from(format!(
                    "{}{l}",
                    if j == 0 { "  • " } else { "    " }
                )));
            }
        }
        out.push(Line::from(""));
    }
    let figure = |head: String, fig: &Figure, out: &mut Vec<Line<'static>>| {
        out.push(Line::from(Span::styled(head, theme.title())));
        for m in &fig.moves {
            for (j, l) in wrap(
                &format!("{}: {}", m.change, m.because),
                width.saturating_sub(4),
            )
            .into_iter()
            .enumerate()
            {
                out.push(Line::from(format!(
                    "{}{l}",
                    if j == 0 { "  • " } else { "    " }
                )));
            }
            if let Source::Question { prompt, answer, .. } = &m.source {
                let t = format!("{} {prompt} → {answer}", S::because_answer(l));
                out.extend(
                    wrap(&t, width.saturating_sub(6))
                        .into_iter()
                        .map(|l| Line::from(Span::styled(format!("      {l}"), theme.dim()))),
                );
            }
            if !m.cite.is_empty() {
                out.push(Line::from(Span::styled(
                    truncate(&format!("      {}", m.cite.join("; ")), width),
                    theme.dim(),
                )));
            }
        }
        out.push(Line::from(""));
    };
    figure(
        S::figure_head(
            l,
            &S::inherent(l),
            &S::severity(l),
            &fig_label(l, &c.inherent.severity),
        ),
        &c.inherent.severity,
        &mut out,
    );
    figure(
        S::figure_head(
            l,
            &S::inherent(l),
            &S::likelihood(l),
            &fig_label(l, &c.inherent.likelihood),
        ),
        &c.inherent.likelihood,
        &mut out,
    );
    figure(
        S::figure_head(
            l,
            &S::residual(l),
            &S::severity(l),
            &fig_label(l, &c.residual.severity),
        ),
        &c.residual.severity,
        &mut out,
    );
    figure(
        S::figure_head(
            l,
            &S::residual(l),
            &S::likelihood(l),
            &fig_label(l, &c.residual.likelihood),
        ),
        &c.residual.likelihood,
        &mut out,
    );
    out
}

fn fig_label(l: Lang, f: &Figure) -> String {
    crate::i18n::words::scale(l, f.level)
}

fn view_explain(
    l: Lang,
    c: &CategoryRisk,
    gains: &[crate::risk::Gain],
    off: usize,
    f: &mut Frame,
    area: Rect,
    theme: Theme,
) {
    let r = super::wizard::popup_area(area, 100, 40);
    crate::tui::screens::clear(f, r);
    let title = format!(
        " {} — {} → {} ",
        c.name,
        crate::i18n::words::level(l, c.inherent.level),
        crate::i18n::words::level(l, c.residual.level)
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(title)
        .title_bottom(S::explain_keys(l));
    let inner = block.inner(r);
    let lines = explain_lines(l, c, gains, inner.width as usize, theme);
    let off = off.min(lines.len().saturating_sub(inner.height as usize));
    f.render_widget(
        Paragraph::new(lines).scroll((off as u16, 0)).block(block),
        r,
    );
}
