//! The action plan: the items the assessor has adopted or written (stored in the draft)
//! and, below them, the model's recommendations not yet adopted. Each item has an owner,
//! a due date and a status, all editable. An item still to do past its due date is
//! flagged, in colour and in words; titles wrap rather than being cut.

use crate::i18n::Lang;
use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table};

use crate::assessment::{PlanItem, PlanStatus};
use crate::risk::Recommendation;

use super::super::field::Field;
use super::super::grid;
use super::super::msg::{Effect, Go, Msg as Top, Out};
use super::super::session::Session;
use super::super::strings as S;
use super::super::theme::Theme;
use super::super::wrap::truncate;

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub cursor: usize,
    pub edit: Option<ItemEdit>,
}

/// The fields of the item editor, in order; the status comes after them.
pub const EDIT_FIELDS: usize = 4;

#[derive(Debug, Clone)]
pub struct ItemEdit {
    /// The item's index in the draft's plan; None for a new one.
    pub index: Option<usize>,
    pub from: Option<String>,
    /// Title, detail, owner, due date.
    pub fields: Vec<Field>,
    pub status: PlanStatus,
    pub focus: usize,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    Edit,
    Add,
    Delete,
    CycleStatus,
    AdoptAll,
    Next,
    Prev,
    Save,
    Cancel,
    Key(KeyEvent),
    Select(usize),
}

/// One line of the plan: an item of the draft, or a recommendation not yet adopted.
pub enum Entry<'a> {
    Item(usize, &'a PlanItem),
    Suggested(&'a Recommendation),
}

pub fn entries(s: &Session) -> Vec<Entry<'_>> {
    let mut out: Vec<Entry> = s
        .draft
        .plan
        .iter()
        .enumerate()
        .map(|(i, p)| Entry::Item(i, p))
        .collect();
    for r in &s.score.actions {
        if !s
            .draft
            .plan
            .iter()
            .any(|p| p.from.as_deref() == Some(r.id.as_str()))
        {
            out.push(Entry::Suggested(r));
        }
    }
    out
}

pub fn key(k: KeyEvent, p: &Plan) -> Option<Top> {
    let m = if p.edit.is_some() {
        let status = p.edit.as_ref().is_some_and(|e| e.focus == EDIT_FIELDS);
        match k.code {
            KeyCode::Esc => Msg::Cancel,
            KeyCode::Enter => Msg::Save,
            KeyCode::Tab | KeyCode::Down => Msg::Next,
            KeyCode::BackTab | KeyCode::Up => Msg::Prev,
            // The status changes with ←/→ only: a space or a letter typed there (a name
            // meant for the owner) must never change it unseen.
            KeyCode::Left | KeyCode::Right if status => Msg::CycleStatus,
            _ => Msg::Key(k),
        }
    } else {
        match k.code {
            KeyCode::Up | KeyCode::Char('k') => Msg::Up,
            KeyCode::Down | KeyCode::Char('j') => Msg::Down,
            KeyCode::Enter | KeyCode::Char('e') => Msg::Edit,
            KeyCode::Char('a') => Msg::Add,
            KeyCode::Char('A') => Msg::AdoptAll,
            KeyCode::Char('x') | KeyCode::Delete => Msg::Delete,
            KeyCode::Char(' ') => Msg::CycleStatus,
            KeyCode::Esc | KeyCode::Char('w') => return Some(Top::Go(Go::Wizard)),
            KeyCode::Char('d') => return Some(Top::Go(Go::Dashboard)),
            KeyCode::Char('q') => return Some(Top::Quit),
            KeyCode::Char('?') => return Some(Top::ToggleHelp),
            _ => return None,
        }
    };
    Some(Top::Plan(m))
}

fn next_id(s: &Session) -> String {
    let n = (1..)
        .find(|n| !s.draft.plan.iter().any(|p| p.id == format!("p{n}")))
        .unwrap_or(1);
    format!("p{n}")
}

fn cycle(st: PlanStatus) -> PlanStatus {
    match st {
        PlanStatus::Todo => PlanStatus::InProgress,
        PlanStatus::InProgress => PlanStatus::Done,
        PlanStatus::Done => PlanStatus::Dropped,
        PlanStatus::Dropped => PlanStatus::Todo,
    }
}

fn adopt(r: &Recommendation, id: String) -> PlanItem {
    PlanItem {
        id,
        title: r.title.clone(),
        detail: r.detail.clone(),
        owner: String::new(),
        due: None,
        status: PlanStatus::Todo,
        from: Some(r.id.clone()),
    }
}

impl ItemEdit {
    fn of(index: Option<usize>, p: &PlanItem) -> Self {
        let due = p
            .due
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        ItemEdit {
            index,
            from: p.from.clone(),
            fields: [&p.title, &p.detail, &p.owner, &due]
                .iter()
                .enumerate()
                .map(|(i, t)| Field::new(t, i == 1))
                .collect(),
            status: p.status,
            focus: if index.is_some() { 2 } else { 0 },
            error: None,
        }
    }
}

fn save(s: &mut Session, out: &mut Out) {
    out.effect(Effect::Save(Box::new(s.draft.clone())));
}

pub fn update(p: &mut Plan, s: &mut Session, m: Msg, out: &mut Out) {
    let l = s.l();
    if let Some(e) = p.edit.as_mut() {
        match m {
            Msg::Next => e.focus = (e.focus + 1).min(EDIT_FIELDS),
            Msg::Prev => e.focus = e.focus.saturating_sub(1),
            Msg::CycleStatus => e.status = cycle(e.status),
            Msg::Key(k) => {
                if let Some(f) = e.fields.get_mut(e.focus) {
                    f.input(k);
                    e.error = None;
                } else if matches!(k.code, KeyCode::Char(_)) {
                    e.error = Some(S::plan_status_not_text(l));
                }
            }
            Msg::Cancel => p.edit = None,
            Msg::Save => {
                let t = |i: usize| e.fields[i].text().trim().to_string();
                if t(0).is_empty() {
                    e.error = Some(S::plan_title_required(l));
                    e.focus = 0;
                    return;
                }
                let due = if t(3).is_empty() {
                    None
                } else {
                    match NaiveDate::parse_from_str(&t(3), "%Y-%m-%d") {
                        Ok(d) => Some(d),
                        Err(_) => {
                            e.error = Some(S::plan_bad_date(l));
                            e.focus = 3;
                            return;
                        }
                    }
                };
                let id = e
                    .index
                    .and_then(|i| s.draft.plan.get(i))
                    .map(|x| x.id.clone())
                    .unwrap_or_else(|| next_id(s));
                let item = PlanItem {
                    id,
                    title: t(0),
                    detail: t(1),
                    owner: t(2),
                    due,
                    status: e.status,
                    from: e.from.clone(),
                };
                match e.index {
                    Some(i) if i < s.draft.plan.len() => s.draft.plan[i] = item,
                    _ => {
                        s.draft.plan.push(item);
                        p.cursor = s.draft.plan.len() - 1;
                    }
                }
                p.edit = None;
                save(s, out);
            }
            _ => {}
        }
        return;
    }
    let n = entries(s).len();
    match m {
        Msg::Up => p.cursor = p.cursor.saturating_sub(1),
        Msg::Down => p.cursor = (p.cursor + 1).min(n.saturating_sub(1)),
        Msg::Select(i) if i < n => {
            if p.cursor == i {
                return update(p, s, Msg::Edit, out);
            }
            p.cursor = i;
        }
        Msg::Edit => match entries(s).get(p.cursor) {
            Some(Entry::Item(i, item)) => p.edit = Some(ItemEdit::of(Some(*i), item)),
            Some(Entry::Suggested(r)) => {
                // Prefilled, but its fields in the same order, from the same first field,
                // as a new action (`a`): Tab, Tab reaches the owner in both.
                let item = adopt(r, next_id(s));
                p.edit = Some(ItemEdit::of(None, &item));
            }
            None => {}
        },
        Msg::Add => {
            let blank = PlanItem {
                id: String::new(),
                title: String::new(),
                detail: String::new(),
                owner: String::new(),
                due: None,
                status: PlanStatus::Todo,
                from: None,
            };
            p.edit = Some(ItemEdit::of(None, &blank));
        }
        Msg::Delete => {
            if let Some(Entry::Item(i, _)) = entries(s).get(p.cursor) {
                let i = *i;
                s.draft.plan.remove(i);
                p.cursor = p.cursor.min(entries(s).len().saturating_sub(1));
                save(s, out);
            }
        }
        Msg::CycleStatus => {
            if let Some(Entry::Item(i, _)) = entries(s).get(p.cursor) {
                let i = *i;
                s.draft.plan[i].status = cycle(s.draft.plan[i].status);
                save(s, out);
            }
        }
        Msg::AdoptAll => {
            let recs: Vec<Recommendation> = entries(s)
                .into_iter()
                .filter_map(|e| match e {
                    Entry::Suggested(r) => Some(r.clone()),
                    Entry::Item(..) => None,
                })
                .collect();
            if !recs.is_empty() {
                for r in recs {
                    let id = next_id(s);
                    s.draft.plan.push(adopt(&r, id));
                }
                save(s, out);
            }
        }
        _ => {}
    }
}

pub fn paste(p: &mut Plan, text: &str) {
    if let Some(e) = p.edit.as_mut()
        && let Some(f) = e.fields.get_mut(e.focus)
    {
        f.paste(text);
    }
}

/// An item whose due date has passed while it is still to do or in progress.
pub fn overdue(it: &PlanItem, today: NaiveDate) -> bool {
    matches!(it.status, PlanStatus::Todo | PlanStatus::InProgress)
        && it.due.is_some_and(|d| d < today)
}

/// The plan's overdue items, and the earliest date among them.
pub fn overdue_items(s: &Session, today: NaiveDate) -> Option<(usize, NaiveDate)> {
    let dues: Vec<NaiveDate> = s
        .draft
        .plan
        .iter()
        .filter(|it| overdue(it, today))
        .filter_map(|it| it.due)
        .collect();
    Some((dues.len(), *dues.iter().min()?))
}

/// Each line of the plan as cells (text, style), and the row's own style.
fn cells(s: &Session, today: NaiveDate, theme: Theme) -> Vec<(Vec<(String, Style)>, Style)> {
    let l = s.l();
    let plain = Style::new();
    entries(s)
        .iter()
        .map(|e| match e {
            Entry::Item(_, it) => {
                let due = match it.due {
                    Some(d) if overdue(it, today) => (
                        S::overdue_since(l, &d.format("%Y-%m-%d").to_string()),
                        theme.error(),
                    ),
                    Some(d) => (d.format("%Y-%m-%d").to_string(), plain),
                    None => (String::new(), plain),
                };
                (
                    vec![
                        (it.title.clone(), plain),
                        (it.owner.clone(), plain),
                        due,
                        (S::plan_status_word(l, it.status), plain),
                    ],
                    plain,
                )
            }
            Entry::Suggested(r) => (
                vec![
                    (format!("{} {}", S::priority(l, r.priority), r.title), plain),
                    (String::new(), plain),
                    (String::new(), plain),
                    (S::suggested_mark(l).to_string(), plain),
                ],
                theme.dim(),
            ),
        })
        .collect()
}

/// The columns' widths inside the plan's frame: marker, action, owner, due, status.
fn column_widths(area: Rect) -> Vec<u16> {
    let wide = area.width >= 100;
    grid::widths(
        &[
            Constraint::Length(1),
            Constraint::Min(20),
            Constraint::Length(if wide { 16 } else { 10 }),
            Constraint::Length(if wide { 13 } else { 10 }),
            Constraint::Length(11),
        ],
        area.width.saturating_sub(2),
    )
}

/// Each line's height, wrapped to the columns, and the first line shown so that the
/// highlighted one is whole on screen.
fn heights(p: &Plan, s: &Session, today: NaiveDate, area: Rect) -> (Vec<u16>, usize) {
    let widths = column_widths(area);
    let hs: Vec<u16> = cells(s, today, Theme::plain())
        .iter()
        .map(|(c, _)| grid::height(c, &widths[1..]))
        .collect();
    let off = grid::offset(&hs, p.cursor, area.height.saturating_sub(3).max(1));
    (hs, off)
}

/// Which plan line a click lands on.
pub fn hit(p: &Plan, s: &Session, today: NaiveDate, area: Rect, row: u16) -> Option<usize> {
    if row >= area.bottom().saturating_sub(1) {
        return None;
    }
    let (hs, off) = heights(p, s, today, area);
    grid::row_at(&hs, off, row.checked_sub(area.y + 2)?)
}

pub fn view(p: &Plan, s: &Session, today: NaiveDate, f: &mut Frame, area: Rect, theme: Theme) {
    let l = s.l();
    let list = entries(s);
    let mut title = S::plan_title(l, s.draft.plan.len(), list.len() - s.draft.plan.len());
    let late = overdue_items(s, today);
    if let Some((n, _)) = late {
        title = format!("{title}· {} ", S::plan_overdue_count(l, n));
    }
    let block = Block::new().borders(Borders::ALL).title(title);
    if list.is_empty() {
        let lines: Vec<Line> =
            super::super::wrap::wrap(&S::plan_empty(l), area.width.saturating_sub(2) as usize)
                .into_iter()
                .map(Line::from)
                .collect();
        f.render_widget(Paragraph::new(lines).block(block), area);
    } else {
        let widths = column_widths(area);
        let (_, off) = heights(p, s, today, area);
        let rows = cells(s, today, theme)
            .into_iter()
            .enumerate()
            .skip(off)
            .map(|(i, (mut cs, style))| {
                let mark = if i == p.cursor { "›" } else { " " };
                cs.insert(0, (mark.to_string(), Style::new()));
                let row = grid::row(cs, &widths);
                if i == p.cursor {
                    row.style(theme.selected())
                } else {
                    row.style(style)
                }
            });
        let mut head = vec![String::new()];
        head.extend(S::plan_columns(l));
        f.render_widget(
            Table::new(rows, grid::lengths(&widths))
                .header(Row::new(head).style(theme.bold()))
                .block(block),
            area,
        );
    }
    if let Some(e) = &p.edit {
        view_edit(l, e, f, area, theme);
    }
}

fn view_edit(l: Lang, e: &ItemEdit, f: &mut Frame, area: Rect, theme: Theme) {
    let r = super::wizard::popup_area(area, 80, 20);
    crate::tui::screens::clear(f, r);
    let title = if e.index.is_some() {
        S::plan_edit(l)
    } else {
        S::plan_new(l)
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(title);
    let inner = block.inner(r);
    f.render_widget(block, r);
    let rows = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(4),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .split(inner);
    for (i, fl) in e.fields.iter().enumerate() {
        fl.render(f, rows[i], &S::plan_fields(l)[i], e.focus == i, theme);
    }
    let st = format!(
        "{}: ‹ {} ›",
        S::plan_status(l),
        S::plan_status_word(l, e.status)
    );
    let style = if e.focus == EDIT_FIELDS {
        theme.selected()
    } else {
        theme.bold()
    };
    f.render_widget(Paragraph::new(Span::styled(st, style)), rows[4]);
    let msg = match &e.error {
        Some(err) => Line::from(Span::styled(err.clone(), theme.error())),
        None => Line::from(Span::styled(
            truncate(&S::plan_edit_keys(l), rows[5].width as usize),
            theme.dim(),
        )),
    };
    f.render_widget(Paragraph::new(msg), rows[5]);
}
