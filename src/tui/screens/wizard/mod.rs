//! The wizard: one question at a time, with the section list, the answer widget that fits
//! the question's kind, the help panel, the live risk line, and popups to jump to a
//! section, search questions, and review what is unanswered or unsure before finishing.
//!
//! Every answer change goes through [`Session::set_answer`] (which rescores) and is
//! followed by a save effect, so nothing already answered is ever only in memory.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::answer::Answer;
use crate::questionnaire::{AnswerKind, Column, ColumnKind, Question, Questionnaire};

pub(crate) mod layout;
mod update;
mod view;

pub use layout::{Geometry, geometry, hit, popup_area, wheel};
pub use update::{FinishItem, finish_items, paste, search_results, update, visible_sections};
pub use view::view;

use crate::tui::field::Field;
use crate::tui::msg::{Go, Msg as Top, Out};
use crate::tui::session::Session;
use crate::tui::strings as S;

#[derive(Debug, Clone, Default)]
pub struct Wizard {
    /// The question on screen.
    pub current: Option<String>,
    /// The highlighted choice, or row of a table.
    pub cursor: usize,
    /// The editor of a text, number or date question.
    pub editor: Option<Field>,
    /// Keys go to the editor.
    pub editing: bool,
    pub row_edit: Option<RowEdit>,
    pub error: Option<String>,
    /// The help panel on screens narrower than 100 columns.
    pub help_open: bool,
    /// How far the help panel is scrolled (J / K).
    pub help_scroll: u16,
    /// The last risk level changes, in words. Shown on the question answered and the
    /// next one; the next answer or move after that clears them.
    pub live: Vec<String>,
    /// The changes in `live` were made on this question: the next move keeps them.
    pub live_new: bool,
    /// The screening verdict is shown: since it changed, or since the screening section
    /// was finished. It stays in the sections listed (where it was raised, and the next
    /// one visited) and goes at the next section after them.
    pub screening: Option<Vec<usize>>,
    pub popup: Option<Popup>,
}

#[derive(Debug, Clone)]
pub enum Popup {
    Sections { cursor: usize },
    Search { field: Box<Field>, cursor: usize },
    Finish { cursor: usize },
}

/// A row of a table being added or edited.
#[derive(Debug, Clone)]
pub struct RowEdit {
    /// The row's index; None for a new row.
    pub index: Option<usize>,
    pub col: usize,
    /// Per column: the editor of a text column.
    pub fields: Vec<Option<Field>>,
    /// Per column: the chosen ids of a choice column.
    pub picked: Vec<Vec<String>>,
    /// Per column: the highlighted choice.
    pub cursors: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    Next,
    Prev,
    /// Space: select (radio) or toggle (checkbox) the highlighted choice.
    Pick,
    /// Enter: select the highlighted choice and go on; edit a text; edit a row.
    Choose,
    /// y / n / u on a yes-no question; 1–9 pick a choice by number.
    Shortcut(char),
    Key(KeyEvent),
    Edit,
    StopEdit,
    Clear,
    ToggleInfo,
    /// Scroll the help panel by lines.
    HelpScroll(i16),
    Sections,
    Search,
    Finish,
    ClosePopup,
    RowAdd,
    RowEdit,
    RowDelete,
    RowNextCol,
    RowPrevCol,
    RowSave,
    RowCancel,
    ClickOption(usize),
    ClickSection(usize),
    /// Go to a question (from the section list, search or the finish list).
    Jump(String),
}

/// Starts the wizard at the question to resume at.
pub fn start(w: &mut Wizard, s: &mut Session, out: &mut Out) {
    let at = w
        .current
        .clone()
        .filter(|c| s.shown.contains(c))
        .or_else(|| s.resume_at());
    w.popup = None;
    if let Some(id) = at {
        enter(w, s, &id, out);
    }
}

fn kind_of<'a>(s: &'a Session, w: &Wizard) -> Option<&'a Question> {
    w.current
        .as_deref()
        .and_then(|id| s.question(id))
        .map(|(_, _, q)| q)
}

fn is_text_kind(k: &AnswerKind) -> bool {
    matches!(
        k,
        AnswerKind::Text { .. } | AnswerKind::Number { .. } | AnswerKind::Date
    )
}

/// Goes to a question: restores the cursor or editor from its answer, and saves the position.
fn enter(w: &mut Wizard, s: &mut Session, id: &str, _out: &mut Out) {
    let Some((_, _, q)) = s.question(id) else {
        return;
    };
    let q = q.clone();
    let section = s.question(id).map(|(i, _, _)| i);
    if let (Some(stay), Some(sec)) = (w.screening.as_mut(), section)
        && !stay.contains(&sec)
    {
        if stay.len() == 1 {
            stay.push(sec);
        } else {
            w.screening = None;
        }
    }
    if w.current.as_deref() != Some(id) {
        if w.live_new {
            w.live_new = false;
        } else {
            w.live.clear();
        }
    }
    w.current = Some(id.to_string());
    w.error = None;
    w.row_edit = None;
    w.cursor = 0;
    w.editor = None;
    w.editing = false;
    w.help_scroll = 0;
    let answer = s.answer(id).cloned();
    if is_text_kind(&q.kind) {
        let text = match &answer {
            Some(Answer::Text(t)) => t.clone(),
            Some(a) => a.describe(&q, &s.questionnaire, &s.lang),
            None => String::new(),
        };
        let text = if matches!(q.kind, AnswerKind::Number { .. }) {
            match &answer {
                Some(Answer::Number(n)) => n.to_string(),
                _ => text,
            }
        } else {
            text
        };
        w.editor = Some(Field::new(
            &text,
            matches!(q.kind, AnswerKind::Text { multiline: true }),
        ));
        w.editing = true;
    } else if let Some(a) = &answer {
        let ids = choices(&q, &s.questionnaire, &s.lang);
        if let Some(first) = a.choices().first() {
            w.cursor = ids.iter().position(|c| c.0 == *first).unwrap_or(0);
        }
    }
    // Kept with the next change, never written on its own: opening a draft and moving
    // between questions leaves its file (and its "last change") as it was.
    s.draft.position = Some(id.to_string());
}

/// The choices of a question: (id, label, help).
pub fn choices(q: &Question, qn: &Questionnaire, lang: &str) -> Vec<(String, String, String)> {
    let l = crate::i18n::AsLang::as_lang(&lang);
    match &q.kind {
        AnswerKind::YesNo => vec![
            ("yes".into(), S::yes(l), String::new()),
            ("no".into(), S::no(l), String::new()),
            ("unsure".into(), S::unsure(l), String::new()),
        ],
        AnswerKind::Single(cs) | AnswerKind::Multi(cs) => cs
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    c.label.get(lang).to_string(),
                    c.help.get(lang).to_string(),
                )
            })
            .collect(),
        AnswerKind::Categories => qn
            .categories
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    c.name.get(lang).to_string(),
                    c.about.get(lang).to_string(),
                )
            })
            .collect(),
        _ => vec![],
    }
}

fn column_choices(c: &Column, qn: &Questionnaire, lang: &str) -> Vec<(String, String)> {
    match &c.kind {
        ColumnKind::Single(cs) | ColumnKind::Multi(cs) => cs
            .iter()
            .map(|c| (c.id.clone(), c.label.get(lang).to_string()))
            .collect(),
        ColumnKind::Categories => qn
            .categories
            .iter()
            .map(|c| (c.id.clone(), c.name.get(lang).to_string()))
            .collect(),
        ColumnKind::Text | ColumnKind::Date => vec![],
    }
}

pub fn key(k: KeyEvent, w: &Wizard, s: &Session) -> Option<Top> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let m = if let Some(p) = &w.popup {
        match (p, k.code) {
            (_, KeyCode::Esc) => Msg::ClosePopup,
            (_, KeyCode::Up) => Msg::Up,
            (_, KeyCode::Down) => Msg::Down,
            (_, KeyCode::Enter) => Msg::Choose,
            (Popup::Search { .. }, _) => Msg::Key(k),
            (_, KeyCode::Char('k')) => Msg::Up,
            (_, KeyCode::Char('j')) => Msg::Down,
            (Popup::Finish { .. }, KeyCode::Char('d')) => return Some(Top::Go(Go::Dashboard)),
            (_, KeyCode::Char('q')) => return Some(Top::Quit),
            (_, KeyCode::Char('?')) => return Some(Top::ToggleHelp),
            _ => return None,
        }
    } else if let Some(r) = &w.row_edit {
        let q = kind_of(s, w)?;
        let AnswerKind::Rows(cols) = &q.kind else {
            return None;
        };
        let text_col = cols
            .get(r.col)
            .is_some_and(|c| matches!(c.kind, ColumnKind::Text | ColumnKind::Date));
        match k.code {
            KeyCode::Esc => Msg::RowCancel,
            KeyCode::Enter => Msg::RowSave,
            KeyCode::Tab => Msg::RowNextCol,
            KeyCode::BackTab => Msg::RowPrevCol,
            KeyCode::Down if text_col => Msg::RowNextCol,
            KeyCode::Up if text_col => Msg::RowPrevCol,
            KeyCode::Down | KeyCode::Char('j') if !text_col => Msg::Down,
            KeyCode::Up | KeyCode::Char('k') if !text_col => Msg::Up,
            KeyCode::Left if !text_col => Msg::RowPrevCol,
            KeyCode::Right if !text_col => Msg::RowNextCol,
            KeyCode::Char(' ') if !text_col => Msg::Pick,
            KeyCode::Char(c @ '1'..='9') if !text_col => Msg::Shortcut(c),
            _ if text_col => Msg::Key(k),
            _ => return None,
        }
    } else if w.editing {
        let multiline = w.editor.as_ref().is_some_and(|f| f.multiline);
        match k.code {
            KeyCode::Esc => Msg::StopEdit,
            KeyCode::Tab => Msg::Next,
            KeyCode::BackTab => Msg::Prev,
            KeyCode::PageDown => Msg::Next,
            KeyCode::PageUp => Msg::Prev,
            KeyCode::Enter if !multiline => Msg::Next,
            KeyCode::Char('s') if ctrl => Msg::Next,
            _ => Msg::Key(k),
        }
    } else {
        let q = kind_of(s, w);
        let rows = q.is_some_and(|q| matches!(q.kind, AnswerKind::Rows(_)));
        let yesno = q.is_some_and(|q| q.kind == AnswerKind::YesNo);
        let shift = k.modifiers.contains(KeyModifiers::SHIFT);
        match k.code {
            KeyCode::Down if shift => Msg::HelpScroll(1),
            KeyCode::Up if shift => Msg::HelpScroll(-1),
            KeyCode::Char('J') => Msg::HelpScroll(1),
            KeyCode::Char('K') => Msg::HelpScroll(-1),
            KeyCode::Up | KeyCode::Char('k') => Msg::Up,
            KeyCode::Down | KeyCode::Char('j') => Msg::Down,
            KeyCode::Right | KeyCode::Char('l') | KeyCode::Tab | KeyCode::PageDown => Msg::Next,
            KeyCode::Left | KeyCode::Char('h') | KeyCode::BackTab | KeyCode::PageUp => Msg::Prev,
            KeyCode::Char(' ') => Msg::Pick,
            KeyCode::Enter => Msg::Choose,
            KeyCode::Char(c @ ('y' | 'n' | 'u')) if yesno => Msg::Shortcut(c),
            KeyCode::Char(c @ '1'..='9') => Msg::Shortcut(c),
            KeyCode::Char('a') if rows => Msg::RowAdd,
            KeyCode::Char('e') if rows => Msg::RowEdit,
            KeyCode::Char('x') | KeyCode::Delete if rows => Msg::RowDelete,
            KeyCode::Char('e') => Msg::Edit,
            KeyCode::Char('c') | KeyCode::Delete | KeyCode::Backspace => Msg::Clear,
            KeyCode::Char('i') => Msg::ToggleInfo,
            KeyCode::Char('s') => Msg::Sections,
            KeyCode::Char('/') => Msg::Search,
            KeyCode::Char('f') => Msg::Finish,
            KeyCode::Char('d') => return Some(Top::Go(Go::Dashboard)),
            KeyCode::Char('p') => return Some(Top::Go(Go::Plan)),
            KeyCode::Esc => return Some(Top::Go(Go::Home)),
            KeyCode::Char('q') => return Some(Top::Quit),
            KeyCode::Char('?') => return Some(Top::ToggleHelp),
            _ => return None,
        }
    };
    Some(Top::Wizard(m))
}
