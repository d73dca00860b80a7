//! Home: the assessments in the dossier with their status (draft, signed, in review,
//! approved…), overall risk, review-due date and last change, with a warning line when a
//! review is overdue; start a new one, open one, review one, write the demo, quit. An empty
//! dossier says what to do first.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table};

use chrono::NaiveDate;

use crate::dossier::{Entry, EntryState};
use crate::i18n::Lang;

use super::super::msg::{Effect, Go, Msg as Top, Out};
use super::super::strings as S;
use super::super::theme::Theme;
use super::super::wrap::truncate;

#[derive(Debug, Default)]
pub struct Home {
    pub entries: Vec<Entry>,
    pub cursor: usize,
    pub loaded: bool,
    pub message: Option<String>,
    /// The language menu, open on the language highlighted (an index into `Lang::ALL`).
    pub languages: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    Open,
    New,
    Demo,
    Refresh,
    /// Review the highlighted assessment's latest signed revision.
    Review,
    Select(usize),
    /// Open the language menu.
    Languages,
    /// In the language menu: move, choose (an index into `Lang::ALL`), close.
    LangUp,
    LangDown,
    LangPick(usize),
    LangClose,
}

pub fn key(k: KeyEvent, h: &Home) -> Option<Top> {
    if let Some(cursor) = h.languages {
        let m = match k.code {
            KeyCode::Up | KeyCode::Char('k') => Msg::LangUp,
            KeyCode::Down | KeyCode::Char('j') => Msg::LangDown,
            KeyCode::Enter | KeyCode::Char(' ') => Msg::LangPick(cursor),
            KeyCode::Char(c @ '1'..='9') => Msg::LangPick(c as usize - '1' as usize),
            KeyCode::Esc | KeyCode::Char('q') | KeyCode::Char('l') | KeyCode::Char('L') => {
                Msg::LangClose
            }
            _ => return None,
        };
        return Some(Top::Home(m));
    }
    let m = match k.code {
        KeyCode::Up | KeyCode::Char('k') => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') => Msg::Down,
        KeyCode::Enter | KeyCode::Char('o') => Msg::Open,
        KeyCode::Char('n') => Msg::New,
        KeyCode::Char('d') => Msg::Demo,
        KeyCode::Char('v') => Msg::Review,
        KeyCode::Char('K') => return Some(Top::NewKey(false)),
        KeyCode::Char('r') => Msg::Refresh,
        KeyCode::Char('l') | KeyCode::Char('L') => Msg::Languages,
        KeyCode::Char('q') | KeyCode::Esc => return Some(Top::Quit),
        KeyCode::Char('?') => return Some(Top::ToggleHelp),
        _ => return None,
    };
    Some(Top::Home(m))
}

/// Which entry a click at screen row `row` hits, given the screen's area.
pub fn hit(h: &Home, l: Lang, today: NaiveDate, area: Rect, row: u16) -> Option<usize> {
    let list = layout(h, l, today, area)[1];
    // border + header row
    let first = list.y + 2;
    let i = row.checked_sub(first)? as usize + offset(h, list);
    (row < list.bottom().saturating_sub(1) && i < h.entries.len()).then_some(i)
}

/// The first entry shown, so the highlighted one is always on screen.
fn offset(h: &Home, list: Rect) -> usize {
    (h.cursor + 1).saturating_sub(list.height.saturating_sub(3).max(1) as usize)
}

pub fn update(h: &mut Home, l: Lang, m: Msg, out: &mut Out) {
    h.message = None;
    match m {
        Msg::Languages => {
            h.languages = Some(Lang::ALL.iter().position(|x| *x == l).unwrap_or(0));
        }
        Msg::LangUp => h.languages = h.languages.map(|i| i.saturating_sub(1)),
        Msg::LangDown => h.languages = h.languages.map(|i| (i + 1).min(Lang::ALL.len() - 1)),
        Msg::LangClose => h.languages = None,
        Msg::LangPick(i) => {
            if let Some(lang) = Lang::ALL.get(i) {
                h.languages = None;
                out.lang = Some(*lang);
            }
        }
        Msg::Up => h.cursor = h.cursor.saturating_sub(1),
        Msg::Down => h.cursor = (h.cursor + 1).min(h.entries.len().saturating_sub(1)),
        Msg::Select(i) => {
            if i < h.entries.len() {
                if h.cursor == i {
                    return update(h, l, Msg::Open, out);
                }
                h.cursor = i;
            }
        }
        Msg::Open => match h.entries.get(h.cursor) {
            Some(e) => match &e.state {
                EntryState::Draft { .. } => out.effect(Effect::Open(e.id.clone())),
                EntryState::Unreadable { error } => {
                    h.message = Some(format!("{}{error}", S::home_unreadable(l)));
                }
            },
            None => h.message = Some(S::home_nothing_to_open(l)),
        },
        Msg::Review => match h.entries.get(h.cursor) {
            Some(e) => out.effect(Effect::OpenReview(e.id.clone())),
            None => h.message = Some(S::home_nothing_to_open(l)),
        },
        Msg::New => out.go(Go::New),
        Msg::Demo => out.effect(Effect::Demo),
        Msg::Refresh => out.effect(Effect::List),
    }
}

/// Whether a review due on `due` is overdue on `today`.
fn is_late(due: Option<NaiveDate>, today: NaiveDate) -> bool {
    due.is_some_and(|d| d < today)
}

/// The assessments overdue for review: (id, due date).
fn overdue(h: &Home, today: NaiveDate) -> Vec<(&str, String)> {
    h.entries
        .iter()
        .filter_map(|e| {
            let s = e.status.as_ref()?;
            let due = s.review_due?;
            is_late(Some(due), today).then(|| (e.id.as_str(), due.format("%Y-%m-%d").to_string()))
        })
        .collect()
}

/// Head, list, message line and key reminder; the reminder takes a second line when one
/// is too narrow for every key.
fn layout(h: &Home, l: Lang, today: NaiveDate, area: Rect) -> [Rect; 4] {
    let head = if overdue(h, today).is_empty() { 2 } else { 3 };
    Layout::vertical([
        Constraint::Length(head),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(super::keys_height(&S::home_keys(l), area.width, 2)),
    ])
    .areas(area)
}

/// What the home screen shows besides its own state.
pub struct Context<'a> {
    pub lang: Lang,
    /// The dossier's directory.
    pub dossier: &'a str,
    /// The day reviews are overdue against.
    pub today: NaiveDate,
    /// A line about texts shown in English, if any.
    pub notice: Option<String>,
}

pub fn view(h: &Home, cx: Context, f: &mut Frame, area: Rect, theme: Theme) {
    let Context {
        lang: l,
        dossier,
        today,
        notice,
    } = cx;
    let [head, body, msg, keys] = layout(h, l, today, area);
    let mut lines = vec![
        Line::from(Span::styled(
            truncate(&S::app_title(l), head.width as usize),
            theme.title(),
        )),
        Line::from(Span::styled(
            truncate(
                &format!("{}{dossier}", S::home_dossier(l)),
                head.width as usize,
            ),
            theme.dim(),
        )),
    ];
    let late = overdue(h, today);
    if !late.is_empty() {
        lines.push(Line::from(Span::styled(
            truncate(&S::home_overdue(l, &late), head.width as usize),
            theme.error(),
        )));
    }
    f.render_widget(Paragraph::new(lines), head);
    let block = Block::new()
        .borders(Borders::ALL)
        .title(S::home_list_title(l));
    if h.entries.is_empty() {
        let text = if h.loaded {
            S::home_empty(l)
        } else {
            S::home_loading(l)
        };
        let lines: Vec<Line> =
            super::super::wrap::wrap(&text, body.width.saturating_sub(2) as usize)
                .into_iter()
                .map(Line::from)
                .collect();
        f.render_widget(Paragraph::new(lines).block(block), body);
    } else {
        let wide = body.width >= 100;
        // Status, risk, review due, last change: the title takes what is left.
        let (status_w, risk_w, due_w, updated_w) = if wide {
            (24, 10, 18, 20)
        } else {
            (16, 9, 10, 11)
        };
        // The risk column fits the language's longest level ("Muito elevado") where
        // there is room; the title takes what is left.
        use crate::scale::RiskLevel as R;
        let longest = [R::Low, R::Medium, R::High, R::VeryHigh]
            .iter()
            .map(|r| super::super::wrap::width(&crate::i18n::words::level(l, *r)))
            .max()
            .unwrap_or(0);
        let risk_w = risk_w.max(longest.min(15));
        let inner = body.width.saturating_sub(2) as usize;
        // Where the titles would get fewer than 20 columns, the last change is left out.
        let with_updated = inner >= 1 + status_w + risk_w + due_w + updated_w + 5 + 20;
        let others = 1 + status_w + risk_w + due_w + if with_updated { updated_w + 5 } else { 4 };
        let title_w = inner.saturating_sub(others).clamp(12, 44);
        let off = offset(h, body);
        let rows = h.entries.iter().enumerate().skip(off).map(|(i, e)| {
            let mark = if i == h.cursor { "›" } else { " " };
            let due = match e
                .status
                .as_ref()
                .and_then(|s| s.review_due.map(|d| (d, is_late(Some(d), today))))
            {
                Some((d, true)) if wide => Cell::from(Span::styled(
                    format!("{} {}", d.format("%Y-%m-%d"), S::overdue(l)),
                    theme.error(),
                )),
                Some((_, true)) => Cell::from(Span::styled(S::overdue(l), theme.error())),
                Some((d, false)) => Cell::from(d.format("%Y-%m-%d").to_string()),
                None => Cell::from(S::HOME_NO_DUE),
            };
            let mut cells: Vec<Cell> = match &e.state {
                EntryState::Draft {
                    title,
                    organisation,
                    updated,
                    answered,
                    shown,
                    overall,
                } => {
                    let name = if wide && !organisation.is_empty() {
                        format!("{title} — {organisation}")
                    } else {
                        title.clone()
                    };
                    let risk = overall.map_or(S::HOME_NO_RISK.to_string(), |r| {
                        crate::i18n::words::level(l, r)
                    });
                    let updated = if wide {
                        updated.clone()
                    } else {
                        updated.get(..10).unwrap_or(updated).to_string()
                    };
                    vec![
                        Cell::from(mark),
                        Cell::from(truncate(&name, title_w)),
                        Cell::from(truncate(
                            &S::home_state(l, e.status.as_ref(), *answered, *shown, wide),
                            status_w,
                        )),
                        Cell::from(risk),
                        due,
                        Cell::from(updated),
                    ]
                }
                EntryState::Unreadable { error } => vec![
                    Cell::from(mark),
                    Cell::from(truncate(&e.id, title_w)),
                    Cell::from(S::home_status_unreadable(l)),
                    Cell::from(""),
                    due,
                    Cell::from(truncate(error, 30)),
                ],
            };
            if !with_updated {
                cells.pop();
            }
            let row = Row::new(cells);
            if i == h.cursor {
                row.style(theme.selected())
            } else {
                row
            }
        });
        let mut widths = vec![
            Constraint::Length(1),
            Constraint::Length(title_w as u16),
            Constraint::Length(status_w as u16),
            Constraint::Length(risk_w as u16),
            Constraint::Min(due_w as u16),
        ];
        let mut columns = S::home_columns(l).to_vec();
        if with_updated {
            widths[4] = Constraint::Length(due_w as u16);
            widths.push(Constraint::Min(updated_w as u16));
        } else {
            columns.pop();
        }
        let header = Row::new(columns).style(theme.bold());
        f.render_widget(Table::new(rows, widths).header(header).block(block), body);
    }
    if let Some(m) = &h.message {
        f.render_widget(Paragraph::new(Span::styled(m.as_str(), theme.error())), msg);
    } else if let Some(n) = notice {
        let n = truncate(&n, msg.width as usize);
        f.render_widget(Paragraph::new(Span::styled(n, theme.warn())), msg);
    }
    f.render_widget(
        super::keys_lines(&S::home_keys(l), theme, keys.width, keys.height),
        keys,
    );
    if let Some(cursor) = h.languages {
        view_languages(cursor, l, f, area, theme);
    }
}

/// The language menu: each language in its own name.
fn view_languages(cursor: usize, l: Lang, f: &mut Frame, area: Rect, theme: Theme) {
    let title = format!(" {} ", S::language_menu_title(l));
    let mut lines: Vec<Line> = Lang::ALL
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            let mark = if i == cursor { "›" } else { " " };
            let now = if *lang == l { " ✓" } else { "" };
            let text = format!("{mark} {} {}{now}", i + 1, lang.own_name());
            if i == cursor {
                Line::from(Span::styled(text, theme.selected()))
            } else {
                Line::from(text)
            }
        })
        .collect();
    lines.push(Line::from(""));
    let hint = S::language_menu_keys(l);
    let w = lines
        .iter()
        .map(|x| x.width())
        .chain([
            super::super::wrap::width(&title),
            super::super::wrap::width(&hint),
        ])
        .max()
        .unwrap_or(20) as u16
        + 4;
    lines.push(Line::from(Span::styled(hint, theme.dim())));
    let w = w.min(area.width);
    let h = (lines.len() as u16 + 2).min(area.height);
    let r = Rect::new(
        area.x + area.width.saturating_sub(w) / 2,
        area.y + area.height.saturating_sub(h) / 2,
        w,
        h,
    );
    super::clear(f, r);
    f.render_widget(
        Paragraph::new(lines).block(Block::new().borders(Borders::ALL).title(title)),
        r,
    );
}
