//! From terminal events to messages. Only key presses count (not repeats' releases), so
//! terminals that report releases do not type everything twice. Of the mouse, a left
//! click and the wheel count; where they land is `update`'s business (hit-testing).

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use super::model::{Model, Screen};
use super::msg::Msg;
use super::screens::{dashboard, dialog, filing, form, home, keygen, plan, review, wizard};

pub fn key_to_msg(k: KeyEvent, m: &Model) -> Option<Msg> {
    if k.kind != KeyEventKind::Press {
        return None;
    }
    if k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL) {
        return Some(Msg::Quit);
    }
    if m.help {
        return match k.code {
            KeyCode::Esc | KeyCode::Char('?' | 'q') | KeyCode::Enter => Some(Msg::ToggleHelp),
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::HelpScroll(-1)),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::HelpScroll(1)),
            KeyCode::PageUp => Some(Msg::HelpScroll(-10)),
            KeyCode::PageDown | KeyCode::Char(' ') => Some(Msg::HelpScroll(10)),
            _ => None,
        };
    }
    if let Some(f) = &m.keygen {
        return keygen::key(k, f);
    }
    if let Some(d) = &m.dialog {
        return dialog::key(k, d);
    }
    match (m.screen, m.session.as_ref()) {
        (Screen::Home, _) => home::key(k, &m.home),
        (Screen::Form, _) => form::key(k, &m.form),
        (Screen::Wizard, Some(s)) => wizard::key(k, &m.wizard, s),
        (Screen::Dashboard, Some(_)) => dashboard::key(k, &m.dashboard),
        (Screen::Filing, Some(_)) => filing::key(k),
        (Screen::Plan, Some(_)) => plan::key(k, &m.plan),
        (Screen::Review, _) => review::key(k, m.review.as_ref()?),
        _ => None,
    }
}

pub fn event_to_msg(e: Event, m: &Model) -> Option<Msg> {
    match e {
        Event::Key(k) => key_to_msg(k, m),
        Event::Mouse(me) => match me.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click(me.column, me.row)),
            MouseEventKind::ScrollUp | MouseEventKind::ScrollDown => Some(Msg::Wheel {
                col: me.column,
                row: me.row,
                down: me.kind == MouseEventKind::ScrollDown,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::Paste(t) => Some(Msg::Paste(t)),
        _ => None,
    }
}
