//! The mouse wheel: it scrolls the pane under the pointer. Which pane that is comes from
//! each screen's own layout code, the same that draws it and hit-tests clicks.

use ratatui::layout::Rect;

use super::model::{Model, Screen};
use super::msg::Out;
use super::screens::{dashboard, dialog, filing, home, plan, review, wizard};
use super::view::{body_area, too_small};

/// Lines a notch of the wheel scrolls a text pane (lists move by one item).
pub const LINES: i16 = 3;

pub(super) fn wheel(m: &mut Model, col: u16, row: u16, down: bool, out: &mut Out) {
    let area = Rect::new(0, 0, m.size.0, m.size.1);
    if too_small(area) {
        return;
    }
    if m.help {
        m.help_scroll = if down {
            m.help_scroll
                .saturating_add(LINES as u16)
                .min(super::view::help_max_scroll(m))
        } else {
            m.help_scroll.saturating_sub(LINES as u16)
        };
        return;
    }
    if let Some(d) = m.dialog.as_mut() {
        // A dialog's list (the keys to sign with) moves; the dialog stays open.
        if let Some(s) = m.session.as_ref() {
            let msg = if down {
                dialog::Msg::Down
            } else {
                dialog::Msg::Up
            };
            dialog::update(d, s, msg, out);
        }
        return;
    }
    let body = body_area(m, area);
    let l = m.l();
    match (m.screen, m.session.as_mut()) {
        (Screen::Home, _) => {
            let msg = match (m.home.languages.is_some(), down) {
                (true, true) => home::Msg::LangDown,
                (true, false) => home::Msg::LangUp,
                (false, true) => home::Msg::Down,
                (false, false) => home::Msg::Up,
            };
            home::update(&mut m.home, l, msg, out);
        }
        (Screen::Wizard, Some(s)) => {
            if let Some(msg) = wizard::wheel(&m.wizard, s, body, col, row, down) {
                wizard::update(&mut m.wizard, s, msg, out);
            }
        }
        (Screen::Dashboard, Some(s)) => {
            if let Some(msg) = dashboard::wheel(&m.dashboard, s, m.today, body, col, row, down) {
                dashboard::update(&mut m.dashboard, s, msg, out);
            }
        }
        (Screen::Filing, Some(s)) => {
            for _ in 0..LINES {
                let msg = if down {
                    filing::Msg::Down
                } else {
                    filing::Msg::Up
                };
                filing::update(&mut m.filing, s, msg, body, out);
            }
        }
        (Screen::Plan, Some(s)) => {
            let msg = if down { plan::Msg::Down } else { plan::Msg::Up };
            plan::update(&mut m.plan, s, msg, out);
        }
        (Screen::Review, _) => {
            if let Some(r) = m.review.as_mut()
                && let Some(msg) = review::wheel(r, body, col, row, down)
            {
                review::update(r, msg, out);
            }
        }
        _ => {}
    }
}
