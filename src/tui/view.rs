//! Drawing: the chrome around the assessment screens (title, overall risk, saved
//! indicator, key reminder), the current screen, and the `?` overlay. Drawing only reads
//! the model.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Row, Table};

use crate::i18n::Lang;

use super::model::{Model, Saved, Screen};
use super::screens::review::Review;
use super::screens::{
    dashboard, dialog, filing, form, home, keygen, keys_line, plan, review, wizard,
};
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

/// The line over an assessment screen: what the latest review of the open assessment
/// asks, in its style; else, when some texts are not in the screen's language, a notice.
fn banner(m: &Model) -> Option<(String, ratatui::style::Style)> {
    if !matches!(
        m.screen,
        Screen::Wizard | Screen::Dashboard | Screen::Filing | Screen::Plan
    ) {
        return None;
    }
    let l = m.l();
    let Some(fb) = m.session.as_ref()?.feedback.as_ref() else {
        return notice(m).map(|n| (n, m.theme.warn()));
    };
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
        l,
        &S::opinion_label(l, fb.opinion),
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

/// One line saying that some texts are shown in English: messages of Farol's own not
/// yet translated, or a questionnaire that does not have the screen's language.
pub fn notice(m: &Model) -> Option<String> {
    let l = m.l();
    if let Some(s) = &m.session
        && !s.questionnaire.languages.iter().any(|t| t == l.tag())
    {
        return Some(S::questionnaire_lacks_lang(
            l,
            s.questionnaire.title.get(l.tag()),
        ));
    }
    let n = crate::i18n::fallbacks(l).len();
    (n > 0).then(|| crate::tr!(l, "fallback-notice", n = n, language = l.own_name()))
}

fn saved_span(l: Lang, saved: &Saved, theme: Theme) -> Span<'static> {
    match saved {
        Saved::Clean | Saved::Saved => Span::styled(S::saved(l), theme.ok()),
        Saved::Saving => Span::styled(S::saving(l), theme.dim()),
        Saved::Failed(_) => Span::styled(S::save_failed(l), theme.error()),
        Saved::Reloaded { .. } => Span::styled(S::reloaded(l), theme.warn()),
    }
}

/// Review mode inside the chrome: title, pages, opinion so far, saved indicator, keys.
fn view_review(m: &Model, r: &Review, f: &mut Frame, area: Rect) {
    let theme = m.theme;
    let l = m.l();
    let [head, body, foot] = chrome(area);
    // The pages as tabs where there is room; the keys line says how to switch anyway.
    let mut right = if head.width >= 100 {
        review::tabs(r, theme)
    } else {
        Vec::new()
    };
    right.push(Span::raw(" "));
    right.push(Span::styled(
        S::review_header_opinion(
            l,
            r.draft.opinion.map(|o| S::opinion_label(l, o)).as_deref(),
        ),
        theme.bold(),
    ));
    right.push(Span::raw(" "));
    right.push(saved_span(l, &m.saved, theme));
    header(
        f,
        head,
        &S::review_header(l, &r.sheet.title, r.sheet.revision),
        right,
        theme,
    );
    review::view(r, m.today, f, body, theme);
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
        S::review_edit_keys(l)
    } else if r.page == review::Page::Opinion {
        S::review_opinion_keys(l)
    } else if r.page == review::Page::Risk {
        S::review_risk_keys(l)
    } else {
        S::review_keys(l)
    };
    f.render_widget(keys_line(&keys, theme, foot.width), foot);
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
    let l = m.l();
    if m.screen == Screen::Review
        && let Some(r) = &m.review
    {
        view_review(m, r, f, area);
        return overlay(m, f, area);
    }
    match (m.screen, m.session.as_ref()) {
        (Screen::Form, _) => form::view(&m.form, l, f, area, theme),
        (Screen::Home, _) | (_, None) => home::view(
            &m.home,
            home::Context {
                lang: l,
                dossier: &m.dossier,
                today: m.today,
                notice: notice(m),
            },
            f,
            area,
            theme,
        ),
        (screen, Some(s)) => {
            let [head, body, foot] = chrome(area);
            // Title on the left; tabs, overall risk and the saved indicator on the right.
            let tabs = [
                (Screen::Wizard, S::tab_questions(l)),
                (Screen::Dashboard, S::tab_risk(l)),
                (Screen::Plan, S::tab_plan(l)),
            ];
            let mut right: Vec<Span<'static>> = Vec::new();
            for (sc, name) in tabs {
                let style = if sc == screen || (sc, screen) == (Screen::Dashboard, Screen::Filing) {
                    theme.selected()
                } else {
                    theme.dim()
                };
                right.push(Span::styled(format!(" {name} "), style));
            }
            right.push(Span::raw(" "));
            match s.score.overall.residual {
                Some(level) => {
                    right.push(Span::raw(S::risk_label(l)));
                    right.push(Span::styled(
                        crate::i18n::words::level(l, level),
                        theme.level(level),
                    ));
                }
                None => right.push(Span::styled(S::no_risk_yet(l), theme.dim())),
            }
            right.push(Span::raw(" "));
            right.push(saved_span(l, &m.saved, theme));
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
                Screen::Dashboard => dashboard::view(&m.dashboard, s, m.today, f, body, theme),
                Screen::Filing => filing::view(&m.filing, s, f, body, theme),
                Screen::Plan => plan::view(&m.plan, s, m.today, f, body, theme),
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
                        (S::reloaded_lost(l), theme.error())
                    } else {
                        (S::reloaded_note(l), theme.warn())
                    };
                    f.render_widget(
                        Paragraph::new(Span::styled(truncate(&text, foot.width as usize), style)),
                        foot,
                    );
                    return overlay(m, f, area);
                }
                (_, Screen::Dashboard) => S::dashboard_keys(l),
                (_, Screen::Filing) => S::filing_keys(l),
                (_, Screen::Plan) => S::plan_keys(l),
                _ if m.wizard.editing => S::wizard_edit_keys(l),
                _ => S::wizard_keys(l),
            };
            f.render_widget(keys_line(&keys, theme, foot.width), foot);
        }
    }
    overlay(m, f, area);
}

fn overlay(m: &Model, f: &mut Frame, area: Rect) {
    if let Some(k) = &m.keygen {
        keygen::view(k, m.l(), f, area, m.theme);
        return;
    }
    if let Some(d) = &m.dialog {
        dialog::view(m.l(), d, f, area, m.theme);
        return;
    }
    if !m.help {
        return;
    }
    let theme = m.theme;
    let l = m.l();
    let (title, keys) = match m.screen {
        Screen::Home => (S::help_home(l), S::help_keys_home(l)),
        Screen::Form => (S::help_form(l), S::help_keys_form(l)),
        Screen::Wizard => (S::help_wizard(l), S::help_keys_wizard(l)),
        Screen::Dashboard => (S::help_dashboard(l), S::help_keys_dashboard(l)),
        Screen::Filing => (S::help_filing(l), S::help_keys_filing(l)),
        Screen::Plan => (S::help_plan(l), S::help_keys_plan(l)),
        Screen::Review => (S::help_review(l), S::help_keys_review(l)),
    };
    // Under the keys, where there is room (always on the home screen): whose words
    // the translations are, and which texts of the law are authentic.
    let outer = wizard::popup_area(area, 76, area.height);
    let note = super::wrap::wrap(
        &S::help_translations(l),
        outer.width.saturating_sub(2) as usize,
    );
    let with_note = keys.len() + 4 + note.len() + 1;
    let note = if with_note <= area.height.saturating_sub(2) as usize {
        note
    } else {
        Vec::new()
    };
    // With the note: the keys, a blank line, the note (no spare lines below).
    let extra = note.len().saturating_sub(1);
    let r = wizard::popup_area(area, 76, (keys.len() + 4 + extra) as u16);
    crate::tui::screens::clear(f, r);
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
        .title_bottom(S::help_close(l));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let [table, rest] = Layout::vertical([
        Constraint::Length(keys.len() as u16 + 1),
        Constraint::Min(0),
    ])
    .areas(inner);
    f.render_widget(
        Table::new(rows, [Constraint::Length(18), Constraint::Min(10)]),
        table,
    );
    if !note.is_empty() {
        let lines: Vec<Line> = note
            .into_iter()
            .map(|t| Line::from(Span::styled(t, theme.dim())))
            .collect();
        f.render_widget(Paragraph::new(lines), rest);
    }
}
