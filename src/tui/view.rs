//! Drawing: the chrome around the assessment screens (title, overall risk, saved
//! indicator, key reminder), the current screen, and the `?` overlay. Drawing only reads
//! the model.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

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
    let right = header_right(m, head.width)
        .into_iter()
        .map(|(s, _)| s)
        .collect();
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

/// A tab of the title line, which a click switches to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Screen(Screen),
    ReviewPage(review::Page),
}

/// The title line's right side (tabs, overall risk or opinion, saved indicator), each
/// span with the tab it is: drawn by `view`, hit-tested by [`header_hit`].
fn header_right(m: &Model, width: u16) -> Vec<(Span<'static>, Option<Tab>)> {
    let theme = m.theme;
    let l = m.l();
    let mut right: Vec<(Span<'static>, Option<Tab>)> = Vec::new();
    if m.screen == Screen::Review
        && let Some(r) = &m.review
    {
        // The pages as tabs where there is room; the keys line says how to switch anyway.
        if width >= 100 {
            for (span, page) in review::tabs(r, theme) {
                right.push((span, Some(Tab::ReviewPage(page))));
            }
        }
        right.push((Span::raw(" "), None));
        right.push((
            Span::styled(
                S::review_header_opinion(
                    l,
                    r.draft.opinion.map(|o| S::opinion_label(l, o)).as_deref(),
                ),
                theme.bold(),
            ),
            None,
        ));
        right.push((Span::raw(" "), None));
        right.push((saved_span(l, &m.saved, theme), None));
        return right;
    }
    let Some(s) = m.session.as_ref() else {
        return right;
    };
    let tabs = [
        (Screen::Wizard, S::tab_questions(l)),
        (Screen::Dashboard, S::tab_risk(l)),
        (Screen::Plan, S::tab_plan(l)),
    ];
    for (sc, name) in tabs {
        let style = if sc == m.screen || (sc, m.screen) == (Screen::Dashboard, Screen::Filing) {
            theme.selected()
        } else {
            theme.dim()
        };
        right.push((
            Span::styled(format!(" {name} "), style),
            Some(Tab::Screen(sc)),
        ));
    }
    right.push((Span::raw(" "), None));
    match s.score.overall.residual {
        Some(level) => {
            right.push((Span::raw(S::risk_label(l)), None));
            right.push((
                Span::styled(crate::i18n::words::level(l, level), theme.level(level)),
                None,
            ));
        }
        None => right.push((Span::styled(S::no_risk_yet(l), theme.dim()), None)),
    }
    right.push((Span::raw(" "), None));
    right.push((saved_span(l, &m.saved, theme), None));
    right
}

/// The tab of the title line at (col, row), if any: the same spans `view` draws, flush
/// right as [`header`] places them.
pub fn header_hit(m: &Model, area: Rect, col: u16, row: u16) -> Option<Tab> {
    if too_small(area) || !matches!(m.screen, Screen::Review) && m.session.is_none() {
        return None;
    }
    let [head, _, _] = chrome(area);
    if row != head.y {
        return None;
    }
    let right = header_right(m, head.width);
    let total: usize = right.iter().map(|(s, _)| width(&s.content)).sum();
    let mut x = (head.right() as usize).saturating_sub(total);
    for (span, tab) in right {
        let w = width(&span.content);
        if (x..x + w).contains(&(col as usize)) {
            return tab;
        }
        x += w;
    }
    None
}

/// The smallest terminal every screen is laid out for.
pub const MIN_SIZE: (u16, u16) = (60, 20);

/// Whether `area` is below [`MIN_SIZE`]: then only a note saying so is drawn.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1
}

fn view_too_small(m: &Model, f: &mut Frame, area: Rect) {
    let l = m.l();
    let text = crate::tr!(
        l,
        "tui-too-small",
        width = MIN_SIZE.0,
        height = MIN_SIZE.1,
        now_width = area.width,
        now_height = area.height
    );
    let lines: Vec<Line> = super::wrap::wrap(&text, area.width.max(1) as usize)
        .into_iter()
        .map(|t| Line::from(Span::styled(t, m.theme.warn())))
        .collect();
    f.render_widget(Paragraph::new(lines), area);
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
    if too_small(area) {
        return view_too_small(m, f, area);
    }
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
            let right = header_right(m, head.width)
                .into_iter()
                .map(|(s, _)| s)
                .collect();
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
    let (title, keys) = help_of(m);
    // Under the keys, where there is room (always on the home screen): whose words
    // the translations are, and which texts of the law are authentic.
    let lines = help_lines(l, &keys, area, theme);
    let r = wizard::popup_area(area, 76, lines.len() as u16 + 2);
    crate::tui::screens::clear(f, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(title)
        .title_bottom(S::help_close(l));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let scroll = help_scroll(m.help_scroll, lines.len(), inner.height);
    f.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
}

/// The `?` overlay of the current screen: its title and keys.
fn help_of(m: &Model) -> (String, Vec<(&'static str, String)>) {
    let l = m.l();
    match m.screen {
        Screen::Home => (S::help_home(l), S::help_keys_home(l)),
        Screen::Form => (S::help_form(l), S::help_keys_form(l)),
        Screen::Wizard => (S::help_wizard(l), S::help_keys_wizard(l)),
        Screen::Dashboard => (S::help_dashboard(l), S::help_keys_dashboard(l)),
        Screen::Filing => (S::help_filing(l), S::help_keys_filing(l)),
        Screen::Plan => (S::help_plan(l), S::help_keys_plan(l)),
        Screen::Review => (S::help_review(l), S::help_keys_review(l)),
    }
}

/// The furthest the `?` overlay can scroll at the model's size.
pub fn help_max_scroll(m: &Model) -> u16 {
    let area = Rect::new(0, 0, m.size.0, m.size.1);
    let lines = help_lines(m.l(), &help_of(m).1, area, m.theme).len();
    let r = wizard::popup_area(area, 76, lines as u16 + 2);
    help_scroll(u16::MAX, lines, r.height.saturating_sub(2))
}

/// How far the overlay is scrolled: never past its last line.
fn help_scroll(asked: u16, lines: usize, height: u16) -> u16 {
    asked.min((lines as u16).saturating_sub(height))
}

/// The `?` overlay's lines: each key with what it does, wrapped beside it; then, where
/// the whole fits, a blank line and the note on translations.
fn help_lines(
    l: Lang,
    keys: &[(&'static str, String)],
    area: Rect,
    theme: Theme,
) -> Vec<Line<'static>> {
    let inner_w = wizard::popup_area(area, 76, area.height)
        .width
        .saturating_sub(2) as usize;
    let key_w = keys
        .iter()
        .map(|(k, _)| width(k))
        .max()
        .unwrap_or(0)
        .min(18)
        .max(inner_w / 4);
    let what_w = inner_w.saturating_sub(key_w + 1).max(8);
    let mut lines = Vec::new();
    for (k, what) in keys {
        let key_lines = super::wrap::wrap(k, key_w);
        let what_lines = super::wrap::wrap(what, what_w);
        for i in 0..key_lines.len().max(what_lines.len()) {
            let k = key_lines.get(i).cloned().unwrap_or_default();
            let pad = key_w.saturating_sub(width(&k)) + 1;
            lines.push(Line::from(vec![
                Span::styled(k, theme.key()),
                Span::raw(" ".repeat(pad)),
                Span::raw(what_lines.get(i).cloned().unwrap_or_default()),
            ]));
        }
    }
    let note = super::wrap::wrap(&S::help_translations(l), inner_w);
    if lines.len() + 1 + note.len() + 2 <= area.height.saturating_sub(2) as usize {
        lines.push(Line::default());
        lines.extend(
            note.into_iter()
                .map(|t| Line::from(Span::styled(t, theme.dim()))),
        );
    }
    lines
}
