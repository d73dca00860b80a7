//! Drawing: the chrome around the assessment screens (title, overall risk, saved
//! indicator, key reminder), the current screen, and the `?` overlay. Drawing only reads
//! the model.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Row, Table};

use super::model::{Model, Saved, Screen};
use super::screens::review::Review;
use super::screens::{dashboard, dialog, form, home, keys_line, plan, review, wizard};
use super::strings as S;
use super::theme::Theme;
use super::wrap::{truncate, width};

/// The area an assessment screen gets inside the chrome (and under the review banner).
pub fn body_area(m: &Model, area: Rect) -> Rect {
    let [_, body, _] = chrome(area);
    match banner(m) {
        Some(_) => split_banner(body).1,
        None => body,
    }
}

fn split_banner(body: Rect) -> (Rect, Rect) {
    let [b, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(body);
    (b, rest)
}

/// The line saying what the latest review of the open assessment asks, in its style.
fn banner(m: &Model) -> Option<(String, ratatui::style::Style)> {
    if !matches!(m.screen, Screen::Wizard | Screen::Dashboard | Screen::Plan) {
        return None;
    }
    let fb = m.session.as_ref()?.feedback.as_ref()?;
    let theme = m.theme;
    let to_improve = fb
        .verdicts
        .iter()
        .filter(|v| v.verdict == crate::review::Verdict::ToImprove)
        .count();
    let style = if !fb.to_correct.is_empty() || fb.opinion == crate::review::Opinion::Reject {
        theme.error()
    } else if to_improve > 0 || !fb.comments.is_empty() || !fb.conditions.trim().is_empty() {
        theme.warn()
    } else {
        theme.ok()
    };
    let text = S::feedback_banner(
        fb.opinion.label(),
        fb.to_correct.len(),
        to_improve,
        fb.comments.len(),
        fb.revision,
        &fb.reviewer,
        fb.answered.then_some(fb.latest_revision),
    );
    Some((text, style))
}

/// The title line: `left` and, flush right, `right`.
fn header(f: &mut Frame, head: Rect, left: &str, mut right: Vec<Span<'static>>, theme: Theme) {
    let right_w: usize = right.iter().map(|s| width(&s.content)).sum();
    let title = truncate(left, (head.width as usize).saturating_sub(right_w + 1));
    let pad = (head.width as usize).saturating_sub(right_w + width(&title));
    let mut spans = vec![
        Span::styled(title, theme.title()),
        Span::raw(" ".repeat(pad)),
    ];
    spans.append(&mut right);
    f.render_widget(Paragraph::new(Line::from(spans)), head);
}

fn saved_span(saved: &Saved, theme: Theme) -> Span<'static> {
    match saved {
        Saved::Clean | Saved::Saved => Span::styled(S::SAVED, theme.ok()),
        Saved::Saving => Span::styled(S::SAVING, theme.dim()),
        Saved::Failed(_) => Span::styled(S::SAVE_FAILED, theme.error()),
        Saved::Reloaded { .. } => Span::styled(S::RELOADED, theme.warn()),
    }
}

/// Review mode inside the chrome: title, pages, opinion so far, saved indicator, keys.
fn view_review(m: &Model, r: &Review, f: &mut Frame, area: Rect) {
    let theme = m.theme;
    let [head, body, foot] = chrome(area);
    // The pages as tabs where there is room; the keys line says how to switch anyway.
    let mut right = if head.width >= 100 {
        review::tabs(r, theme)
    } else {
        Vec::new()
    };
    right.push(Span::raw(" "));
    right.push(Span::styled(
        S::review_header_opinion(r.draft.opinion.map(|o| o.label())),
        theme.bold(),
    ));
    right.push(Span::raw(" "));
    right.push(saved_span(&m.saved, theme));
    header(
        f,
        head,
        &S::review_header(&r.sheet.title, r.sheet.revision),
        right,
        theme,
    );
    review::view(r, f, body, theme);
    if let Saved::Failed(e) = &m.saved {
        f.render_widget(
            Paragraph::new(Span::styled(
                truncate(e, foot.width as usize),
                theme.error(),
            )),
            foot,
        );
        return;
    }
    let keys = if r.editor.is_some() {
        S::REVIEW_EDIT_KEYS
    } else if r.page == review::Page::Opinion {
        S::REVIEW_OPINION_KEYS
    } else {
        S::REVIEW_KEYS
    };
    f.render_widget(keys_line(keys, theme, foot.width), foot);
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
    if m.screen == Screen::Review
        && let Some(r) = &m.review
    {
        view_review(m, r, f, area);
        return overlay(m, f, area);
    }
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
            let mut right: Vec<Span<'static>> = Vec::new();
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
            right.push(saved_span(&m.saved, theme));
            header(
                f,
                head,
                &format!("{} · {}", S::APP_NAME, s.draft.title),
                right,
                theme,
            );
            let body = match banner(m) {
                Some((text, style)) => {
                    let (b, rest) = split_banner(body);
                    f.render_widget(
                        Paragraph::new(Span::styled(truncate(&text, b.width as usize), style)),
                        b,
                    );
                    rest
                }
                None => body,
            };
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
                (Saved::Reloaded { lost }, _) => {
                    let (text, style) = if *lost {
                        (S::RELOADED_LOST, theme.error())
                    } else {
                        (S::RELOADED_NOTE, theme.warn())
                    };
                    f.render_widget(
                        Paragraph::new(Span::styled(truncate(text, foot.width as usize), style)),
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
        Screen::Review => (S::HELP_REVIEW, S::HELP_KEYS_REVIEW),
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
