//! The DSPDP filing pack of the open draft (issue 14), opened with `f` from the risk
//! screen: per purpose, the decision (notification or authorisation request) with its
//! reasons, then the ten items of Art 23 with what the answers fill in and the gaps.
//! Each gap names a question; Tab selects a gap and Enter opens its question in the
//! wizard. The pack is built from the draft (a preview, not signed) when the screen
//! opens, and again after a change of language or of the draft on disk.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::filing::{Form, Gap, Pack};
use crate::i18n::Lang;
use crate::questionnaire::Procedure;
use crate::tr;
use crate::tui::msg::{Go, Msg as Top, Out};
use crate::tui::session::Session;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, wrap};

#[derive(Debug, Clone, Default)]
pub struct Filing {
    /// The pack of the draft, in the screen's language.
    pub pack: Option<Pack>,
    /// The first line shown.
    pub scroll: usize,
    /// The selected gap, in the order the screen lists them; None until one is chosen
    /// (Enter then opens the first gap in view).
    pub cursor: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    NextGap,
    PrevGap,
    /// Enter: open the selected gap's question in the wizard.
    Open,
}

pub fn key(k: KeyEvent) -> Option<Top> {
    let m = match k.code {
        KeyCode::Up | KeyCode::Char('k') => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') => Msg::Down,
        KeyCode::PageUp => Msg::PageUp,
        KeyCode::PageDown | KeyCode::Char(' ') => Msg::PageDown,
        KeyCode::Home | KeyCode::Char('g') => Msg::Top,
        KeyCode::End | KeyCode::Char('G') => Msg::Bottom,
        KeyCode::Tab | KeyCode::Char('n') => Msg::NextGap,
        KeyCode::BackTab | KeyCode::Char('N') => Msg::PrevGap,
        KeyCode::Enter => Msg::Open,
        KeyCode::Esc | KeyCode::Char('d') => return Some(Top::Go(Go::Dashboard)),
        KeyCode::Char('w') => return Some(Top::Go(Go::Wizard)),
        KeyCode::Char('r') => return Some(Top::FilingPdf),
        KeyCode::Char('q') => return Some(Top::Quit),
        KeyCode::Char('?') => return Some(Top::ToggleHelp),
        _ => return None,
    };
    Some(Top::Filing(m))
}

/// The pack of the open draft in the session's language: a preview, not signed.
pub fn open(f: &mut Filing, s: &Session) {
    f.pack = Some(crate::filing::build(
        &s.questionnaire,
        &s.draft.answers,
        &s.draft.id,
        &s.draft.title,
        s.l(),
        None,
    ));
    let n = gaps(f.pack.as_ref()).len();
    f.cursor = f.cursor.filter(|c| *c < n);
}

/// The gaps in the order the screen lists them: form by form, item by item (a gap
/// several forms share is listed under each).
pub fn gaps(p: Option<&Pack>) -> Vec<&Gap> {
    p.map(|p| {
        p.forms
            .iter()
            .flat_map(|f| &f.items)
            .flat_map(|i| &i.gaps)
            .collect()
    })
    .unwrap_or_default()
}

/// The question to open for a gap: the one it names when the wizard asks it, else the
/// first question asked whose answer would show it (the gap says to answer that first).
pub fn target(s: &Session, question: &str) -> Option<String> {
    let mut seen = std::collections::BTreeSet::new();
    let mut todo = vec![question.to_string()];
    while let Some(id) = todo.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        if s.shown.contains(&id) {
            return Some(id);
        }
        let Some((_, sec, q)) = s.question(&id) else {
            continue;
        };
        let mut refs = std::collections::BTreeSet::new();
        for c in q.show_if.iter().chain(sec.show_if.iter()) {
            crate::questionnaire::derived::direct(c, &mut refs);
        }
        // In questionnaire order: the earliest opener first.
        let mut refs: Vec<&str> = refs.into_iter().collect();
        refs.sort_by_key(|r| s.questionnaire.questions().position(|(_, q)| q.id == *r));
        todo.extend(refs.into_iter().rev().map(str::to_string));
    }
    None
}

/// The status line above the pack, and the pack's lines below it.
fn areas(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area)
}

pub fn update(f: &mut Filing, s: &Session, m: Msg, area: Rect, out: &mut Out) {
    let [_, body] = areas(area);
    let l = s.l();
    let lines = lines(f, l, body.width as usize, Theme::plain());
    let h = (body.height as usize).max(1);
    let max = lines.len().saturating_sub(h);
    let n = gaps(f.pack.as_ref()).len();
    let first = |g: usize| lines.iter().position(|(i, _)| *i == Some(g));
    let in_view = |at: usize, scroll: usize| at >= scroll && at < scroll + h;
    let scrolled = match m {
        Msg::Up => Some(f.scroll.saturating_sub(1)),
        Msg::Down => Some(f.scroll + 1),
        Msg::PageUp => Some(f.scroll.saturating_sub(h.saturating_sub(1).max(1))),
        Msg::PageDown => Some(f.scroll + h.saturating_sub(1).max(1)),
        Msg::Top => Some(0),
        Msg::Bottom => Some(max),
        Msg::NextGap | Msg::PrevGap if n > 0 => {
            let next = match (f.cursor, &m) {
                (Some(c), Msg::NextGap) => (c + 1) % n,
                (Some(c), _) => (c + n - 1) % n,
                // None chosen yet: the first gap from the top of the page on.
                (None, Msg::NextGap) => (0..n)
                    .find(|g| first(*g).is_some_and(|at| at >= f.scroll))
                    .unwrap_or(0),
                (None, _) => (0..n)
                    .rev()
                    .find(|g| first(*g).is_some_and(|at| at < f.scroll + h))
                    .unwrap_or(n - 1),
            };
            f.cursor = Some(next);
            if let Some(at) = first(next)
                && !in_view(at, f.scroll)
            {
                f.scroll = at.saturating_sub(h / 3).min(max);
            }
            None
        }
        Msg::Open => {
            let chosen = f
                .cursor
                .or_else(|| (0..n).find(|g| first(*g).is_some_and(|at| in_view(at, f.scroll))));
            if let Some(g) = chosen.and_then(|c| gaps(f.pack.as_ref()).get(c).copied())
                && !g.question.is_empty()
                && let Some(id) = target(s, &g.question)
            {
                out.question = Some(id);
            }
            None
        }
        Msg::NextGap | Msg::PrevGap => None,
    };
    if let Some(to) = scrolled {
        f.scroll = to.min(max);
        // A chosen gap that left the page: the selection follows to the first in view.
        if let Some(c) = f.cursor
            && !first(c).is_some_and(|at| in_view(at, f.scroll))
        {
            f.cursor = (0..n).find(|g| first(*g).is_some_and(|at| in_view(at, f.scroll)));
        }
    }
}

type Lines = Vec<(Option<usize>, Line<'static>)>;

/// `text` wrapped to `w` columns under `indent` spaces, the first line after `lead`.
fn para(
    out: &mut Lines,
    gap: Option<usize>,
    lead: &str,
    text: &str,
    indent: usize,
    w: usize,
    style: Style,
) {
    let lead_w = crate::tui::wrap::width(lead);
    for (j, t) in wrap(text, w.saturating_sub(indent + lead_w).max(8))
        .into_iter()
        .enumerate()
    {
        let pre = if j == 0 {
            format!("{}{lead}", " ".repeat(indent))
        } else {
            " ".repeat(indent + lead_w)
        };
        out.push((gap, Line::from(Span::styled(format!("{pre}{t}"), style))));
    }
}

fn field(l: Lang, f: &crate::filing::Field) -> String {
    if f.question {
        tr!(
            l,
            "filing-question-answer",
            question = f.label.as_str(),
            answer = f.value.as_str()
        )
    } else {
        tr!(
            l,
            "filing-field",
            label = f.label.as_str(),
            value = f.value.as_str()
        )
    }
}

fn form_lines(
    out: &mut Lines,
    l: Lang,
    (n, total): (usize, usize),
    form: &Form,
    (cursor, next_gap): (Option<usize>, &mut usize),
    w: usize,
    theme: Theme,
) {
    let heading = tr!(
        l,
        "filing-form-heading",
        n = n,
        total = total,
        purpose = form.purpose.as_str()
    );
    para(out, None, "", &heading, 0, w, theme.title());
    let (decision, style) = match form.procedure {
        Procedure::Notify => (tr!(l, "filing-decision-notify"), theme.bold()),
        Procedure::Authorise => (tr!(l, "filing-decision-authorise"), theme.warn()),
    };
    para(out, None, "", &decision, 0, w, style);
    for r in &form.reasons {
        let line = tr!(
            l,
            "filing-reason",
            because = r.because.as_str(),
            cites = r.cite.join(&tr!(l, "filing-cite-sep"))
        );
        para(out, None, "", &line, 2, w, theme.dim());
    }
    for item in &form.items {
        out.push((None, Line::from("")));
        para(out, None, "", &item.heading, 0, w, theme.bold());
        let mut row = 0;
        for e in &item.entries {
            if e.row {
                row += 1;
            }
            for (i, f) in e.fields.iter().enumerate() {
                let mark = tr!(l, "filing-row", n = row);
                let lead = if e.row && i == 0 {
                    format!("{mark} ")
                } else if e.row {
                    " ".repeat(crate::tui::wrap::width(&mark) + 1)
                } else {
                    String::new()
                };
                para(out, None, &lead, &field(l, f), 2, w, Style::default());
            }
        }
        for note in &item.notes {
            para(out, None, "", note, 2, w, theme.dim());
        }
        for g in &item.gaps {
            let i = *next_gap;
            *next_gap += 1;
            let (lead, style) = if Some(i) == cursor {
                ("› ", theme.selected())
            } else {
                ("  ", theme.error())
            };
            let text = tr!(l, "filing-gap-line", text = g.text.as_str());
            para(out, Some(i), lead, &text, 0, w, style);
        }
    }
}

/// The pack's lines at width `w`, each with the gap it shows (if any).
pub fn lines(f: &Filing, l: Lang, w: usize, theme: Theme) -> Lines {
    let mut out = Lines::new();
    let Some(p) = &f.pack else { return out };
    para(
        &mut out,
        None,
        "",
        &tr!(l, "tui-filing-preview"),
        0,
        w,
        theme.warn(),
    );
    if p.forms.is_empty() {
        out.push((None, Line::from("")));
        para(
            &mut out,
            None,
            "",
            &tr!(l, "tui-filing-no-forms"),
            0,
            w,
            theme.dim(),
        );
    }
    let mut next_gap = 0;
    for (i, form) in p.forms.iter().enumerate() {
        out.push((None, Line::from("")));
        form_lines(
            &mut out,
            l,
            (i + 1, p.forms.len()),
            form,
            (f.cursor, &mut next_gap),
            w,
            theme,
        );
    }
    out.push((None, Line::from("")));
    para(
        &mut out,
        None,
        "",
        &tr!(l, "tui-filing-end"),
        0,
        w,
        theme.dim(),
    );
    out
}

pub fn view(fl: &Filing, s: &Session, f: &mut Frame, area: Rect, theme: Theme) {
    let l = s.l();
    let [status, body] = areas(area);
    let Some(p) = &fl.pack else { return };
    let lines = lines(fl, l, body.width as usize, theme);
    let h = body.height as usize;
    let scroll = fl.scroll.min(lines.len().saturating_sub(h));
    let last = (scroll + h).min(lines.len());
    let authorise = p
        .forms
        .iter()
        .filter(|f| f.procedure == Procedure::Authorise)
        .count();
    let text = tr!(
        l,
        "tui-filing-status",
        forms = p.forms.len(),
        authorise = authorise,
        // As the text pack counts them: a gap shared by several forms once.
        gaps = p.gaps.len(),
        first = (scroll + 1).min(last),
        last = last,
        total = lines.len()
    );
    let style = if p.complete() {
        theme.ok()
    } else {
        theme.bold()
    };
    f.render_widget(
        Paragraph::new(Span::styled(truncate(&text, status.width as usize), style)),
        status,
    );
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .take(h)
        .map(|(_, l)| l)
        .collect();
    f.render_widget(Paragraph::new(shown), body);
}
