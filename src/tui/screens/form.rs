//! The new-assessment form: title, organisation, system and vendor, assessor, and the
//! questionnaire to answer. Creating it is an effect; the runtime opens the result.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::field::Field;
use super::super::msg::{Effect, Go, Msg as Top, Out};
use super::super::strings as S;
use super::super::theme::Theme;

/// What the form hands to the runtime to create.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NewAssessment {
    pub title: String,
    pub organisation: String,
    pub system: String,
    pub vendor: String,
    pub assessor: String,
    /// A built-in questionnaire id.
    pub questionnaire: String,
}

/// The text fields, in order; the questionnaire choice comes after them.
pub const TEXT_FIELDS: usize = 5;

#[derive(Debug, Clone)]
pub struct Form {
    pub fields: Vec<Field>,
    /// The built-in questionnaires: (id, title).
    pub questionnaires: Vec<(String, String)>,
    pub chosen: usize,
    /// 0..5 text fields, 5 the questionnaire, 6 the Create button.
    pub focus: usize,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Next,
    Prev,
    Left,
    Right,
    Enter,
    Create,
    Cancel,
    Key(KeyEvent),
    Focus(usize),
}

impl Form {
    pub fn new(prefill: &NewAssessment, questionnaires: Vec<(String, String)>) -> Self {
        let p = prefill;
        let fields = [&p.title, &p.organisation, &p.system, &p.vendor, &p.assessor]
            .iter()
            .map(|t| Field::new(t, false))
            .collect();
        let chosen = questionnaires
            .iter()
            .position(|(id, _)| *id == p.questionnaire)
            .unwrap_or(0);
        Form {
            fields,
            questionnaires,
            chosen,
            focus: 0,
            error: None,
        }
    }

    pub fn value(&self) -> NewAssessment {
        let t = |i: usize| self.fields[i].text().trim().to_string();
        NewAssessment {
            title: t(0),
            organisation: t(1),
            system: t(2),
            vendor: t(3),
            assessor: t(4),
            questionnaire: self
                .questionnaires
                .get(self.chosen)
                .map(|q| q.0.clone())
                .unwrap_or_default(),
        }
    }

    fn typing(&self) -> bool {
        self.focus < TEXT_FIELDS
    }
}

pub fn key(k: KeyEvent, form: &Form) -> Option<Top> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let m = match k.code {
        KeyCode::Esc => Msg::Cancel,
        KeyCode::Tab | KeyCode::Down => Msg::Next,
        KeyCode::BackTab | KeyCode::Up => Msg::Prev,
        KeyCode::Enter => Msg::Enter,
        KeyCode::Char('s') if ctrl => Msg::Create,
        KeyCode::Left if !form.typing() => Msg::Left,
        KeyCode::Right | KeyCode::Char(' ') if !form.typing() => Msg::Right,
        KeyCode::Char('?') if !form.typing() => return Some(Top::ToggleHelp),
        KeyCode::Char('q') if !form.typing() => return Some(Top::Quit),
        _ if form.typing() => Msg::Key(k),
        _ => return None,
    };
    Some(Top::Form(m))
}

pub fn update(form: &mut Form, m: Msg, out: &mut Out) {
    let last = TEXT_FIELDS + 1;
    match m {
        Msg::Next => form.focus = (form.focus + 1).min(last),
        Msg::Prev => form.focus = form.focus.saturating_sub(1),
        Msg::Focus(i) => form.focus = i.min(last),
        Msg::Left if form.focus == TEXT_FIELDS => form.chosen = form.chosen.saturating_sub(1),
        Msg::Right if form.focus == TEXT_FIELDS => {
            form.chosen = (form.chosen + 1) % form.questionnaires.len().max(1);
        }
        Msg::Left | Msg::Right => {}
        Msg::Enter if form.focus < last => form.focus += 1,
        Msg::Enter | Msg::Create => {
            let v = form.value();
            if v.title.is_empty() {
                form.error = Some(S::FORM_TITLE_REQUIRED.into());
                form.focus = 0;
                return;
            }
            form.error = None;
            out.effect(Effect::Create(Box::new(v)));
        }
        Msg::Cancel => out.go(Go::Home),
        Msg::Key(k) => {
            if let Some(f) = form.fields.get_mut(form.focus) {
                f.input(k);
                form.error = None;
            }
        }
    }
}

pub fn paste(form: &mut Form, text: &str) {
    if let Some(f) = form.fields.get_mut(form.focus) {
        f.paste(text);
    }
}

fn layout(area: Rect) -> Vec<Rect> {
    let mut c = vec![Constraint::Length(2)];
    c.extend(std::iter::repeat_n(Constraint::Length(3), TEXT_FIELDS + 1));
    c.extend([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ]);
    Layout::vertical(c).split(area).to_vec()
}

/// Which form item a click at `row` lands on.
pub fn hit(area: Rect, row: u16) -> Option<usize> {
    let rects = layout(area);
    (0..=TEXT_FIELDS + 1).find(|i| {
        let r = rects[i + 1];
        row >= r.y && row < r.bottom()
    })
}

pub fn view(form: &Form, f: &mut Frame, area: Rect, theme: Theme) {
    let area = Rect {
        width: area.width.min(90),
        ..area
    };
    let r = layout(area);
    f.render_widget(
        Paragraph::new(vec![
            Line::from(Span::styled(S::FORM_TITLE, theme.title())),
            Line::from(Span::styled(S::FORM_INTRO, theme.dim())),
        ]),
        r[0],
    );
    for (i, field) in form.fields.iter().enumerate() {
        field.render(f, r[i + 1], S::FORM_LABELS[i], form.focus == i, theme);
    }
    let qf = form.focus == TEXT_FIELDS;
    let q = form
        .questionnaires
        .get(form.chosen)
        .map(|(id, title)| format!("‹ {title} ({id}) ›"))
        .unwrap_or_default();
    let border = if qf {
        theme.focus_border()
    } else {
        theme.dim()
    };
    f.render_widget(
        Paragraph::new(q).block(
            Block::new()
                .borders(Borders::ALL)
                .border_style(border)
                .title(S::FORM_QUESTIONNAIRE),
        ),
        r[TEXT_FIELDS + 1],
    );
    let button = format!("[ {} ]", S::FORM_CREATE);
    let style = if form.focus == TEXT_FIELDS + 1 {
        theme.selected()
    } else {
        theme.bold()
    };
    f.render_widget(
        Paragraph::new(Span::styled(button, style)),
        r[TEXT_FIELDS + 2],
    );
    if let Some(e) = &form.error {
        f.render_widget(
            Paragraph::new(Span::styled(e.as_str(), theme.error())),
            r[TEXT_FIELDS + 3],
        );
    }
    f.render_widget(
        super::keys_line(S::FORM_KEYS, theme, area.width),
        r[r.len() - 1],
    );
}
