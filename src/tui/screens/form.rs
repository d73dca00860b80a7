//! The new-assessment form: title, organisation, system and vendor, assessor, the id
//! (derived from the title until the user types one), and the questionnaire to answer.
//! Creating it is an effect; the runtime opens the result.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::i18n::Lang;

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
    /// The id typed by the user; empty: derived from the title ([`crate::assessment::slug`]).
    pub id: String,
}

/// The text fields, in order; the questionnaire choice comes after them. The last one,
/// the id, shares the assessor's row.
pub const TEXT_FIELDS: usize = 6;

/// The longest id the form takes: ids derived from titles are at most 40 characters, and
/// a typed id is reserved the same way.
pub const MAX_ID: usize = 40;

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
        let fields = [
            &p.title,
            &p.organisation,
            &p.system,
            &p.vendor,
            &p.assessor,
            &p.id,
        ]
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
            id: t(5),
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

    /// The id the assessment will get: the one typed, else the one derived from the
    /// title (a number is added if another assessment has it).
    pub fn id(&self) -> String {
        let typed = self.fields[5].text().trim().to_string();
        if typed.is_empty() {
            crate::assessment::slug(self.fields[0].text().trim())
        } else {
            typed
        }
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

pub fn update(form: &mut Form, l: Lang, m: Msg, out: &mut Out) {
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
                form.error = Some(S::form_title_required(l));
                form.focus = 0;
                return;
            }
            let ok = crate::assessment::valid_id(&v.id) && v.id.len() <= MAX_ID;
            if !v.id.is_empty() && !ok {
                form.error = Some(S::form_bad_id(l, &v.id, MAX_ID));
                form.focus = 5;
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

/// Where each part of the form goes, shared by drawing and by mouse hit-testing.
struct Slots {
    head: Rect,
    /// The intro line under the title, where there is room.
    intro: bool,
    /// The text fields (the id last), the questionnaire, the button.
    items: [Rect; TEXT_FIELDS + 2],
    error: Rect,
    keys: Rect,
}

/// The rows a form needs with one field a row (the id beside the assessor).
const TALL: u16 = 2 + 3 * TEXT_FIELDS as u16 + 3;

fn slots(area: Rect) -> Slots {
    let area = Rect {
        width: area.width.min(90),
        ..area
    };
    let half = |r: Rect, pct: u16| {
        let [a, b] = Layout::horizontal([
            Constraint::Percentage(pct),
            Constraint::Percentage(100 - pct),
        ])
        .areas(r);
        (a, b)
    };
    if area.height >= TALL {
        let mut c = vec![Constraint::Length(2)];
        c.extend(std::iter::repeat_n(Constraint::Length(3), TEXT_FIELDS));
        c.extend([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(1),
        ]);
        let r = Layout::vertical(c).split(area);
        // The id shares the assessor's row.
        let (assessor, id) = half(r[5], 55);
        return Slots {
            head: r[0],
            intro: true,
            items: [r[1], r[2], r[3], r[4], assessor, id, r[6], r[7]],
            error: r[9],
            keys: r[10],
        };
    }
    // Short terminals: two fields a row, the questionnaire beside the id; no intro.
    let r = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .split(area);
    let (org, system) = half(r[2], 50);
    let (vendor, assessor) = half(r[3], 50);
    let (id, questionnaire) = half(r[4], 40);
    Slots {
        head: r[0],
        intro: false,
        items: [r[1], org, system, vendor, assessor, id, questionnaire, r[5]],
        error: r[6],
        keys: r[7],
    }
}

/// Which form item a click at (col, row) lands on.
pub fn hit(area: Rect, col: u16, row: u16) -> Option<usize> {
    slots(area)
        .items
        .iter()
        .position(|r| col >= r.x && col < r.right() && row >= r.y && row < r.bottom())
}

pub fn view(form: &Form, l: Lang, f: &mut Frame, area: Rect, theme: Theme) {
    let r = slots(area);
    let mut head = vec![Line::from(Span::styled(S::form_title(l), theme.title()))];
    if r.intro {
        head.push(Line::from(Span::styled(S::form_intro(l), theme.dim())));
    }
    f.render_widget(Paragraph::new(head), r.head);
    let labels = S::form_labels(l);
    for (i, field) in form.fields.iter().enumerate().take(TEXT_FIELDS - 1) {
        let rect = r.items[i];
        if i == TEXT_FIELDS - 2 {
            let right = r.items[TEXT_FIELDS - 1];
            let derived = form.fields[0].text().trim().is_empty();
            let hint = if derived {
                S::form_id_placeholder(l)
            } else {
                S::form_id_from_title(l, &crate::assessment::slug(form.fields[0].text().trim()))
            };
            form.fields[TEXT_FIELDS - 1].render_placeholder(
                f,
                right,
                &S::form_id_label(l),
                &hint,
                form.focus == TEXT_FIELDS - 1,
                theme,
            );
        }
        field.render(f, rect, &labels[i], form.focus == i, theme);
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
                .title(S::form_questionnaire(l)),
        ),
        r.items[TEXT_FIELDS],
    );
    let button = format!("[ {} ]", S::form_create(l));
    let style = if form.focus == TEXT_FIELDS + 1 {
        theme.selected()
    } else {
        theme.bold()
    };
    f.render_widget(
        Paragraph::new(Span::styled(button, style)),
        r.items[TEXT_FIELDS + 1],
    );
    if let Some(e) = &form.error {
        f.render_widget(
            Paragraph::new(Span::styled(e.as_str(), theme.error()))
                .wrap(ratatui::widgets::Wrap { trim: false }),
            r.error,
        );
    }
    f.render_widget(
        super::keys_line(&S::form_keys(l), theme, r.keys.width),
        r.keys,
    );
}
