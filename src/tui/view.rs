//! Drawing: the chrome around the assessment screens (title, overall risk, saved
//! indicator, key reminder), the current screen, and the `?` overlay. Drawing only reads
//! the model.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table};

use super::model::{Model, Saved, Screen};
use super::screens::{dashboard, dialog, form, home, keys_line, plan, wizard};
use super::strings as S;
use super::wrap::{truncate, width};

/// The area an assessment screen gets inside the chrome.
pub fn body_area(area: Rect) -> Rect {
    let [_, body, _] = chrome(area);
    body
}

fn chrome(area: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

pub fn view(m: &Model, f: &mut Frame) {
    let area = f.area();
    let theme = m.theme;
    match (m.screen, m.session.as_ref()) {
        (Screen::Form, _) => form::view(&m.form, f, area, theme),
        (Screen::Home, _) | (_, None) => home::view(&m.home, &m.dossier, f, area, theme),
        (screen, Some(s)) => {
            let [head, body, foot] = chrome(area);
            // Title on the left; tabs, overall risk and the saved indicator on the right.
            let tabs = [
                (Screen::Wizard, S::TAB_QUESTIONS),
                (Screen::Dashboard, S::TAB_RISK),
                (Screen::Plan, S::TAB_PLAN),
            ];
            let mut right: Vec<Span> = Vec::new();
            for (sc, name) in tabs {
                let style = if sc == screen {
                    theme.selected()
                } else {
                    theme.dim()
                };
                right.push(Span::styled(format!(" {name} "), style));
            }
            right.push(Span::raw(" "));
            match s.score.overall.residual {
                Some(l) => {
                    right.push(Span::raw(S::RISK_LABEL));
                    right.push(Span::styled(l.label(), theme.level(l)));
                }
                None => right.push(Span::styled(S::NO_RISK_YET, theme.dim())),
            }
            right.push(Span::raw(" "));
            right.push(match &m.saved {
                Saved::Clean | Saved::Saved => Span::styled(S::SAVED, theme.ok()),
                Saved::Saving => Span::styled(S::SAVING, theme.dim()),
                Saved::Failed(_) => Span::styled(S::SAVE_FAILED, theme.error()),
            });
            let right_w: usize = right.iter().map(|s| width(&s.content)).sum();
            let title = truncate(
                &format!("{} · {}", S::APP_NAME, s.draft.title),
                (head.width as usize).saturating_sub(right_w + 1),
            );
            let pad = (head.width as usize).saturating_sub(right_w + width(&title));
            let mut spans = vec![
                Span::styled(title, theme.title()),
                Span::raw(" ".repeat(pad)),
            ];
            spans.extend(right);
            f.render_widget(Paragraph::new(Line::from(spans)), head);
            match screen {
                Screen::Dashboard => dashboard::view(&m.dashboard, s, f, body, theme),
                Screen::Plan => plan::view(&m.plan, s, f, body, theme),
                _ => wizard::view(&m.wizard, s, f, body, theme),
            }
            let keys = match (&m.saved, screen) {
                (Saved::Failed(e), _) => {
                    f.render_widget(
                        Paragraph::new(Span::styled(
                            truncate(e, foot.width as usize),
                            theme.error(),
                        )),
                        foot,
                    );
                    return overlay(m, f, area);
                }
                (_, Screen::Dashboard) => S::DASHBOARD_KEYS,
                (_, Screen::Plan) => S::PLAN_KEYS,
                _ if m.wizard.editing => S::WIZARD_EDIT_KEYS,
                _ => S::WIZARD_KEYS,
            };
            f.render_widget(keys_line(keys, theme, foot.width), foot);
        }
    }
    overlay(m, f, area);
}

fn overlay(m: &Model, f: &mut Frame, area: Rect) {
    if let Some(d) = &m.dialog {
        dialog::view(d, f, area, m.theme);
        return;
    }
    if !m.help {
        return;
    }
    let theme = m.theme;
    let (title, keys) = match m.screen {
        Screen::Home => (S::HELP_HOME, S::HELP_KEYS_HOME),
        Screen::Form => (S::HELP_FORM, S::HELP_KEYS_FORM),
        Screen::Wizard => (S::HELP_WIZARD, S::HELP_KEYS_WIZARD),
        Screen::Dashboard => (S::HELP_DASHBOARD, S::HELP_KEYS_DASHBOARD),
        Screen::Plan => (S::HELP_PLAN, S::HELP_KEYS_PLAN),
    };
    let r = wizard::popup_area(area, 76, keys.len() as u16 + 4);
    f.render_widget(Clear, r);
    let rows = keys.iter().map(|(k, what)| {
        Row::new(vec![
            Span::styled(k.to_string(), theme.key()),
            Span::raw(what.to_string()),
        ])
    });
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(title)
        .title_bottom(S::HELP_CLOSE);
    f.render_widget(
        Table::new(rows, [Constraint::Length(18), Constraint::Min(10)]).block(block),
        r,
    );
}
