//! Drawing review mode's opinion page: the opinion chosen, the conditions, the review's
//! due date and the beliefs to attest, each a row the reviewer moves through; what
//! countersigning still needs under the last.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::review::{Opinion, Verdict};
use crate::tui::strings as S;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, width, wrap};

use super::{ROW_ATTEST, ROW_CONDITIONS, ROW_DUE, ROW_OPINION, ROWS, Review};

pub(super) fn view_opinion(r: &Review, f: &mut Frame, a: Rect, theme: Theme) {
    let l = r.lang;
    let wide = a.width >= 100;
    let [left, right] = Layout::horizontal([
        Constraint::Min(40),
        Constraint::Length(if wide { (a.width * 2 / 5).min(52) } else { 0 }),
    ])
    .areas(a);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(S::review_opinion_title(l), theme.title()));
    let inner = block.inner(left);
    f.render_widget(block, left);
    let lines = opinion_lines(r, inner.width as usize, theme);
    let lines = fit(lines, inner.height as usize);
    // Keep the focused row on screen on short terminals.
    let focus_line = lines.iter().position(|(row, _)| *row == Some(r.focus));
    // On the last row, what countersigning still needs (the lines after it) shows too.
    let off = if r.focus + 1 == ROWS {
        lines.len().saturating_sub(inner.height as usize)
    } else {
        focus_line.map_or(0, |l| (l + 1).saturating_sub(inner.height as usize))
    };
    let shown: Vec<Line> = lines.into_iter().map(|(_, l)| l).collect();
    f.render_widget(Paragraph::new(shown).scroll((off as u16, 0)), inner);
    if right.width > 0 {
        super::signed::view_signed(r, f, right, theme);
    }
}

/// Drops blank lines, last first, until `lines` fit in `height` (or none is left).
fn fit<T>(mut lines: Vec<(T, Line<'static>)>, height: usize) -> Vec<(T, Line<'static>)> {
    while lines.len() > height {
        let Some(i) = lines.iter().rposition(|(_, l)| l.width() == 0) else {
            break;
        };
        lines.remove(i);
    }
    lines
}

/// The opinion page's lines, each with the row of the page it belongs to.
fn opinion_lines(r: &Review, w: usize, theme: Theme) -> Vec<(Option<usize>, Line<'static>)> {
    let l = r.lang;
    let d = &r.draft;
    let mut lines: Vec<(Option<usize>, Line<'static>)> = Vec::new();
    let blank =
        |lines: &mut Vec<(Option<usize>, Line<'static>)>| lines.push((None, Line::from("")));
    // A focusable row: its text wrapped under a pointer, highlighted when focused.
    let row =
        |i: usize, text: &str, style: Style, lines: &mut Vec<(Option<usize>, Line<'static>)>| {
            let focused = r.focus == i;
            for (j, l) in wrap(text, w.saturating_sub(2).max(8))
                .into_iter()
                .enumerate()
            {
                let pointer = if focused && j == 0 { "› " } else { "  " };
                let line = Line::from(vec![Span::raw(pointer), Span::styled(l, style)]);
                lines.push((
                    Some(i),
                    if focused {
                        line.style(theme.selected())
                    } else {
                        line
                    },
                ));
            }
        };
    let (opinion, style) = match d.opinion {
        Some(o) => (format!("‹ {} ›", S::opinion_label(l, o)), theme.bold()),
        None => (S::review_no_opinion(l).to_string(), theme.dim()),
    };
    let head = format!("{}{opinion}", S::review_opinion_label(l));
    let text = if width(&head) + 4 + width(&S::review_opinion_hint(l)) <= w.saturating_sub(2) {
        format!("{head}    {}", S::review_opinion_hint(l))
    } else {
        head
    };
    row(ROW_OPINION, &text, style, &mut lines);
    blank(&mut lines);
    row(
        ROW_CONDITIONS,
        &S::review_conditions_label(l),
        Style::new(),
        &mut lines,
    );
    if d.conditions.trim().is_empty() {
        lines.push((
            Some(ROW_CONDITIONS),
            Line::from(Span::styled(
                format!("    {}", S::review_conditions_none(l)),
                theme.dim(),
            )),
        ));
    } else {
        for l in wrap(&d.conditions, w.saturating_sub(4)).into_iter().take(4) {
            lines.push((Some(ROW_CONDITIONS), Line::from(format!("    {l}"))));
        }
    }
    blank(&mut lines);
    let beliefs = super::signed::belief_lines(l, &r.sheet, w, theme);
    if !beliefs.is_empty() {
        lines.extend(beliefs.into_iter().map(|l| (None, l)));
        blank(&mut lines);
    }
    lines.push((
        None,
        Line::from(Span::styled(
            truncate(&S::review_attest_head(l), w),
            theme.bold(),
        )),
    ));
    for (k, (_, words, given)) in d.attestations.list().into_iter().enumerate() {
        let mark = if given { "[x] " } else { "[ ] " };
        row(
            ROW_ATTEST + k,
            &format!("{mark}{}", S::review_attestation(words)),
            Style::new(),
            &mut lines,
        );
    }
    blank(&mut lines);
    let due = match (d.review_due, d.opinion) {
        (_, Some(Opinion::Reject)) => S::review_due_reject(l).to_string(),
        (Some(date), _) => date.format("%Y-%m-%d").to_string(),
        (None, _) => S::review_due_default(l).to_string(),
    };
    row(
        ROW_DUE,
        &format!("{}{due}", S::review_due_label(l)),
        Style::new(),
        &mut lines,
    );
    blank(&mut lines);
    let count = |v: Option<Verdict>| {
        r.sheet
            .sections
            .iter()
            .filter(|s| r.verdict(&s.id) == v)
            .count()
    };
    let summary = S::review_summary(
        l,
        count(Some(Verdict::ToCorrect)),
        count(Some(Verdict::ToImprove)),
        count(Some(Verdict::Acceptable)),
        count(None),
        d.comments.len(),
    );
    for l in wrap(&summary, w.saturating_sub(2)) {
        lines.push((None, Line::from(format!("  {l}"))));
    }
    let missing = d.missing();
    if let Some(c) = &r.countersigned {
        for l in wrap(
            &S::review_already_countersigned(l, c.number),
            w.saturating_sub(2),
        ) {
            lines.push((None, Line::from(Span::styled(format!("  {l}"), theme.ok()))));
        }
    } else if missing.is_empty() {
        lines.push((
            None,
            Line::from(Span::styled(S::review_ready(l), theme.ok())),
        ));
    } else {
        lines.push((
            None,
            Line::from(Span::styled(S::review_missing(l), theme.bold())),
        ));
        for m in missing {
            for (j, l) in wrap(&m, w.saturating_sub(6)).into_iter().enumerate() {
                let lead = if j == 0 { "    • " } else { "      " };
                lines.push((
                    None,
                    Line::from(Span::styled(format!("{lead}{l}"), theme.warn())),
                ));
            }
        }
    }
    lines
}
