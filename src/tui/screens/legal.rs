//! The legal panel under the risk dashboard's table: the screening verdict, then one of
//! three tabs — the duties with their states (met only with evidence), the filing
//! decision per purpose with the Art 23 content still missing, and the transfers with
//! the state of their basis (in force only with evidence). Drawn from the score; its
//! tab and cursor belong to the dashboard, which owns this panel.

use crate::i18n::Lang;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::questionnaire::{Procedure, TransferState};
use crate::risk::{Decision, DutyState, ObligationStatus, Score, TransferStatus};
use crate::tui::cite;
use crate::tui::session::Session;
use crate::tui::strings as S;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, width, wrap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Duties,
    Filing,
    Transfers,
}

impl Tab {
    pub const ALL: [Tab; 3] = [Tab::Duties, Tab::Filing, Tab::Transfers];
}

/// How many items a tab lists, for the cursor.
pub fn len(tab: Tab, s: &Score) -> usize {
    match tab {
        Tab::Duties => s.obligations.len(),
        Tab::Filing => s.decisions.len(),
        Tab::Transfers => s.transfers.len(),
    }
}

/// Transfers that leave Macau, and those of them without a basis in force.
pub fn crossings(s: &Score) -> (usize, usize) {
    let out: Vec<&TransferStatus> = s
        .transfers
        .iter()
        .filter(|t| t.state != TransferState::Inside)
        .collect();
    let without = out
        .iter()
        .filter(|t| t.state != TransferState::InForce)
        .count();
    (out.len(), without)
}

fn duty_style(st: DutyState, theme: Theme) -> Style {
    match st {
        DutyState::Met => theme.ok(),
        DutyState::Awaiting | DutyState::Believed => theme.warn(),
        DutyState::Open => theme.error(),
    }
}

fn transfer_style(st: TransferState, theme: Theme) -> Style {
    match st {
        TransferState::InForce => theme.ok(),
        TransferState::Applied => theme.warn(),
        TransferState::Claimed | TransferState::None => theme.error(),
        TransferState::Inside => theme.dim(),
    }
}

type Lines = Vec<(Option<usize>, Line<'static>)>;

/// Wrapped text under an item, indented, in one style, at most `max` lines.
fn detail(out: &mut Lines, item: usize, text: &str, style: Style, w: usize, max: usize) {
    hanging(out, item, "", text, style, w, max)
}

/// Like `detail`, with a lead (a bullet) the wrapped lines hang under.
fn hanging(
    out: &mut Lines,
    item: usize,
    lead: &str,
    text: &str,
    style: Style,
    w: usize,
    max: usize,
) {
    let indent = 4 + width(lead);
    let mut ls = wrap(text, w.saturating_sub(indent).max(8));
    if ls.len() > max {
        ls.truncate(max);
        if let Some(last) = ls.last_mut() {
            *last = truncate(&format!("{last} …"), w.saturating_sub(indent));
        }
    }
    out.extend(ls.into_iter().enumerate().map(|(j, l)| {
        let lead = if j == 0 {
            format!("    {lead}")
        } else {
            " ".repeat(indent)
        };
        (
            Some(item),
            Line::from(Span::styled(format!("{lead}{l}"), style)),
        )
    }));
}

/// An item's first line: pointer, a styled mark, the name, and styled state words.
fn head(
    item: usize,
    cursor: Option<usize>,
    (mark, words): (&str, String),
    name: &str,
    style: Style,
    w: usize,
    theme: Theme,
) -> Lines {
    let selected = cursor == Some(item);
    let pointer = if selected { "› " } else { "  " };
    let lead = width(pointer) + width(mark) + 1;
    let tail = format!(" — {words}");
    // The state words go under the name when both do not fit on one line; a long
    // name wraps (in full when highlighted).
    let one_line = lead + width(name) + width(&tail) <= w;
    let room = w.saturating_sub(lead).max(8);
    let mut names = wrap(name, room);
    let max = if selected { names.len() } else { 2 };
    if names.len() > max {
        names.truncate(max);
        if let Some(l) = names.last_mut() {
            *l = truncate(&format!("{l} …"), room);
        }
    }
    let name_style = if selected { theme.bold() } else { Style::new() };
    let mut out = Vec::new();
    for (j, n) in names.into_iter().enumerate() {
        let mut spans = if j == 0 {
            vec![Span::raw(pointer), Span::styled(format!("{mark} "), style)]
        } else {
            vec![Span::raw(" ".repeat(lead))]
        };
        spans.push(Span::styled(n, name_style));
        if j == 0 && one_line {
            spans.push(Span::styled(tail.clone(), style));
        }
        let line = Line::from(spans);
        out.push((
            Some(item),
            if selected && j == 0 {
                line.style(theme.selected())
            } else {
                line
            },
        ));
    }
    if !one_line {
        hanging(&mut out, item, "— ", &words, style, w, 2);
    }
    out
}

fn cites_line(
    l: Lang,
    out: &mut Lines,
    item: usize,
    cites: &[String],
    indent: usize,
    w: usize,
    theme: Theme,
) {
    out.extend(
        cite::wrapped(l, cites, indent, w, theme.dim(), theme)
            .into_iter()
            .map(|l| (Some(item), l)),
    );
}

fn duty_lines(
    l: Lang,
    o: &ObligationStatus,
    i: usize,
    cursor: Option<usize>,
    w: usize,
    theme: Theme,
) -> Lines {
    let style = duty_style(o.state, theme);
    let mut out = head(
        i,
        cursor,
        S::duty_state(l, o.state),
        &o.title,
        style,
        w,
        theme,
    );
    let selected = cursor == Some(i);
    let max = if selected { 6 } else { 2 };
    if let Some(b) = &o.belief {
        if !b.says.trim().is_empty() {
            detail(&mut out, i, b.says.trim(), theme.warn(), w, max);
        }
        let reason = if b.reason.trim().is_empty() {
            S::belief_no_reason(l)
        } else {
            b.reason.trim().to_string()
        };
        detail(
            &mut out,
            i,
            &format!("{}{reason}", S::belief_reason(l)),
            Style::new(),
            w,
            max,
        );
        detail(
            &mut out,
            i,
            &format!("{}{}", S::belief_confirm(l), b.confirm),
            theme.caution(),
            w,
            max,
        );
    }
    let evidence = || {
        o.evidence
            .iter()
            .map(|e| format!("{}: {}", e.prompt, e.answer))
            .collect::<Vec<_>>()
            .join("; ")
    };
    if !o.evidence.is_empty() && (selected || o.state == DutyState::Awaiting) {
        detail(
            &mut out,
            i,
            &format!("{}{}", S::duty_evidence(l), evidence()),
            theme.dim(),
            w,
            max,
        );
    }
    if !o.missing.is_empty() {
        detail(
            &mut out,
            i,
            &format!("{}{}", S::duty_missing(l), o.missing.join("; ")),
            theme.warn(),
            w,
            max,
        );
    }
    if !o.needs.trim().is_empty() && (selected || o.state != DutyState::Believed) {
        detail(
            &mut out,
            i,
            &format!("{}{}", S::duty_needs(l), o.needs.trim()),
            Style::new(),
            w,
            max,
        );
    }
    if selected {
        cites_line(l, &mut out, i, &o.cite, 4, w, theme);
    }
    out
}

fn purpose_name(l: Lang, d: &Decision) -> String {
    if d.row == 0 {
        S::all_processing(l).to_string()
    } else if d.purpose.trim().is_empty() {
        S::purpose_unnamed(l, d.row)
    } else {
        d.purpose.clone()
    }
}

fn decision_lines(
    l: Lang,
    d: &Decision,
    i: usize,
    cursor: Option<usize>,
    w: usize,
    theme: Theme,
) -> Lines {
    let style = match d.procedure {
        Procedure::Authorise => theme.warn(),
        Procedure::Notify => theme.title(),
    };
    let mark = match d.procedure {
        Procedure::Authorise => "▲",
        Procedure::Notify => "•",
    };
    let mut out = head(
        i,
        cursor,
        (mark, S::procedure(l, d.procedure)),
        &purpose_name(l, d),
        style,
        w,
        theme,
    );
    let selected = cursor == Some(i);
    let max = if selected { 4 } else { 2 };
    if d.no_ground {
        detail(&mut out, i, &S::decision_no_ground(l), theme.error(), w, 2);
    } else if selected && !d.ground.trim().is_empty() {
        detail(
            &mut out,
            i,
            &format!("{}{}", S::decision_ground(l), d.ground),
            theme.dim(),
            w,
            2,
        );
    }
    for r in &d.reasons {
        hanging(&mut out, i, "• ", &r.because, Style::new(), w, max);
        if selected {
            cites_line(l, &mut out, i, &r.cite, 6, w, theme);
        }
    }
    out
}

fn transfer_lines(
    l: Lang,
    t: &TransferStatus,
    i: usize,
    cursor: Option<usize>,
    w: usize,
    theme: Theme,
) -> Lines {
    let name = if t.name.trim().is_empty() {
        S::transfer_unnamed(l)
    } else {
        t.name.trim().to_string()
    };
    let row = S::transfer_row(t.row, &name, &t.location_label);
    let style = transfer_style(t.state, theme);
    let mut out = head(
        i,
        cursor,
        S::transfer_state(l, t.state),
        &row,
        style,
        w,
        theme,
    );
    if t.state != TransferState::Inside {
        let basis = if t.basis_label.trim().is_empty() {
            S::transfer_no_basis(l)
        } else {
            t.basis_label.trim().to_string()
        };
        let mut text = format!("{}{basis}", S::transfer_basis(l));
        if !t.evidence.is_empty() {
            text.push_str(&format!(" ({})", t.evidence));
        }
        let max = if cursor == Some(i) { 4 } else { 1 };
        detail(&mut out, i, &text, theme.dim(), w, max);
    }
    out
}

/// The lines of a tab, each with the item it belongs to.
fn tab_lines(l: Lang, tab: Tab, s: &Score, cursor: Option<usize>, w: usize, theme: Theme) -> Lines {
    let mut out: Lines = Vec::new();
    let none = |out: &mut Lines, text: &str| {
        out.extend(
            wrap(text, w)
                .into_iter()
                .map(|l| (None, Line::from(Span::styled(l, theme.dim())))),
        );
    };
    match tab {
        Tab::Duties => {
            if s.obligations.is_empty() {
                none(&mut out, &S::legal_none_duties(l));
            }
            for (i, o) in s.obligations.iter().enumerate() {
                out.extend(duty_lines(l, o, i, cursor, w, theme));
            }
        }
        Tab::Filing => {
            if s.decisions.is_empty() {
                none(&mut out, &S::legal_none_filing(l));
            }
            for (i, d) in s.decisions.iter().enumerate() {
                out.extend(decision_lines(l, d, i, cursor, w, theme));
            }
            if !s.notification.is_empty() {
                let missing: Vec<String> = s
                    .notification
                    .iter()
                    .filter(|c| !c.complete)
                    .map(|c| S::notification_item(l, &c.id, &c.title, ""))
                    .collect();
                let filled = s.notification.len() - missing.len();
                let text = S::notification_line(l, filled, s.notification.len(), &missing);
                let style = if missing.is_empty() {
                    theme.ok()
                } else {
                    theme.warn()
                };
                out.extend(
                    wrap(&text, w)
                        .into_iter()
                        .map(|l| (None, Line::from(Span::styled(l, style)))),
                );
            }
        }
        Tab::Transfers => {
            let (n, without) = crossings(s);
            if s.transfers.is_empty() {
                none(&mut out, &S::legal_none_transfers(l));
            } else {
                let style = if without > 0 {
                    theme.bold()
                } else {
                    theme.ok()
                };
                out.extend(
                    wrap(&S::transfers_head(l, n, without), w)
                        .into_iter()
                        .map(|l| (None, Line::from(Span::styled(l, style)))),
                );
            }
            for (i, t) in s.transfers.iter().enumerate() {
                out.extend(transfer_lines(l, t, i, cursor, w, theme));
            }
        }
    }
    out
}

fn tab_bar(l: Lang, tab: Tab, focused: bool, s: &Score, w: usize, theme: Theme) -> Line<'static> {
    let open = s.obligations.iter().filter(|o| !o.met).count();
    let authorise = s
        .decisions
        .iter()
        .filter(|d| d.procedure == Procedure::Authorise)
        .count();
    let notify = s.decisions.len() - authorise;
    let (n, without) = crossings(s);
    let long = [
        S::duties_tab(l, s.obligations.len(), open),
        S::filing_tab(l, notify, authorise),
        S::transfers_tab(l, n, without),
    ];
    let short = [
        S::duties_tab_short(l, open),
        S::filing_tab_short(l, notify, authorise),
        S::transfers_tab_short(l, n, without),
    ];
    let total = |ls: &[String; 3]| ls.iter().map(|l| width(l) + 2).sum::<usize>() + 6;
    // Where even the short labels do not fit, the tabs not shown keep only their names.
    let bare = [
        S::duties_tab(l, 0, 0),
        S::filing_tab(l, 0, 0),
        S::transfers_tab(l, 0, 0),
    ];
    let labels = if total(&long) <= w {
        long
    } else if total(&short) <= w {
        short
    } else {
        let at = Tab::ALL.iter().position(|t| *t == tab).unwrap_or(0);
        let mut ls = bare;
        ls[at] = short[at].clone();
        ls
    };
    let mut spans = Vec::new();
    for (t, label) in Tab::ALL.iter().zip(labels) {
        if !spans.is_empty() {
            spans.push(Span::styled(" │ ", theme.dim()));
        }
        let style = match (*t == tab, focused) {
            (true, true) => theme.selected(),
            (true, false) => theme.bold(),
            (false, _) => theme.dim(),
        };
        spans.push(Span::styled(format!(" {label} "), style));
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    if used + 3 + width(&S::legal_tab_hint(l)) <= w {
        spans.push(Span::styled(
            format!("   {}", S::legal_tab_hint(l)),
            theme.dim(),
        ));
    }
    Line::from(spans)
}

/// The screening verdict over the tabs: two lines at most (one on a short panel).
fn screening_lines(screening: Option<(String, Style)>, r: Rect) -> Vec<Line<'static>> {
    let w = r.width as usize;
    let mut top = Vec::new();
    if let Some((text, style)) = screening {
        let max = if r.height >= 8 { 2 } else { 1 };
        let mut ls = wrap(&text, w);
        if ls.len() > max {
            ls.truncate(max);
            if let Some(l) = ls.last_mut() {
                *l = truncate(&format!("{l} …"), w);
            }
        }
        top.extend(ls.into_iter().map(|l| Line::from(Span::styled(l, style))));
    }
    top
}

/// Which tab a click at (col, row) lands on: the tab bar as drawn, under the screening.
pub fn tab_hit(
    tab: Tab,
    focused: bool,
    sess: &Session,
    r: Rect,
    col: u16,
    row: u16,
) -> Option<Tab> {
    if r.height == 0 {
        return None;
    }
    let plain = Theme::plain();
    let screening = sess
        .screening_words()
        .zip(sess.verdict())
        .map(|(t, _)| (t, plain.dim()));
    let y = r.y + screening_lines(screening, r).len() as u16;
    if row != y {
        return None;
    }
    let bar = tab_bar(sess.l(), tab, focused, &sess.score, r.width as usize, plain);
    let mut x = r.x as usize;
    // Tabs and separators alternate: tab, " │ ", tab, " │ ", tab.
    for (i, span) in bar.spans.iter().enumerate().take(Tab::ALL.len() * 2 - 1) {
        let w = width(&span.content);
        if i % 2 == 0 && (x..x + w).contains(&(col as usize)) {
            return Some(Tab::ALL[i / 2]);
        }
        x += w;
    }
    None
}

/// Draws the panel: the screening verdict, the tab bar and the tab, scrolled so the
/// highlighted item shows when the panel has the focus.
pub fn view(tab: Tab, cursor: Option<usize>, sess: &Session, f: &mut Frame, r: Rect, theme: Theme) {
    let l = sess.l();
    let s = &sess.score;
    let screening = sess
        .screening_words()
        .zip(sess.verdict())
        .map(|(t, v)| (t, theme.screening(v)));
    if r.height == 0 {
        return;
    }
    let w = r.width as usize;
    let mut top = screening_lines(screening, r);
    top.push(tab_bar(l, tab, cursor.is_some(), s, w, theme));
    let body = tab_lines(l, tab, s, cursor, w, theme);
    let h = (r.height as usize).saturating_sub(top.len());
    let off = match cursor {
        Some(c) => {
            let first = body.iter().position(|(i, _)| *i == Some(c)).unwrap_or(0);
            let last = body.iter().rposition(|(i, _)| *i == Some(c)).unwrap_or(0);
            if c + 1 >= len(tab, s) {
                // The last item: what follows it (the Art 23 content) shows too.
                body.len().saturating_sub(h).min(first)
            } else {
                (last + 1).saturating_sub(h).min(first)
            }
        }
        None => 0,
    };
    top.extend(body.into_iter().skip(off).take(h).map(|(_, l)| l));
    f.render_widget(Paragraph::new(top), r);
}
