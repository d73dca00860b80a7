//! The opinion page's side of the review: the revision as signed (who, the risk, the
//! duties, the action plan), and the beliefs the assessor recorded — duties believed
//! not to apply, with the reason given and what a lawyer should confirm — which the
//! reviewer reads before attesting.

use crate::i18n::Lang;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::review::Sheet;
use crate::tui::strings as S;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, width, wrap};

use super::Review;

/// The beliefs, for the opinion page: a head, then each duty with the assessor's reason
/// and what a lawyer should confirm. Empty when the assessor recorded none.
pub(super) fn belief_lines(l: Lang, s: &Sheet, w: usize, theme: Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    if s.beliefs.is_empty() {
        return out;
    }
    let text = |out: &mut Vec<Line<'static>>, lead: &str, body: &str, style| {
        let pad = " ".repeat(width(lead));
        for (j, l) in wrap(body, w.saturating_sub(width(lead)).max(8))
            .into_iter()
            .enumerate()
        {
            let lead = if j == 0 {
                lead.to_string()
            } else {
                pad.clone()
            };
            out.push(Line::from(Span::styled(format!("{lead}{l}"), style)));
        }
    };
    text(&mut out, "  ", &S::review_beliefs_head(l), theme.bold());
    for b in &s.beliefs {
        let (mark, _) = S::duty_state(l, crate::risk::DutyState::Believed);
        text(&mut out, &format!("  {mark} "), &b.title, theme.warn());
        if !b.says.trim().is_empty() {
            text(&mut out, "      ", b.says.trim(), theme.warn());
        }
        let reason = if b.reason.trim().is_empty() {
            S::belief_no_reason(l)
        } else {
            b.reason.trim().to_string()
        };
        text(
            &mut out,
            "      ",
            &format!("{}{reason}", S::review_belief_reason(l)),
            ratatui::style::Style::new(),
        );
        text(
            &mut out,
            "      ",
            &format!("{}{}", S::belief_confirm(l), b.confirm),
            theme.caution(),
        );
        out.extend(crate::tui::cite::wrapped(
            l,
            &b.cite,
            6,
            w,
            theme.dim(),
            theme,
        ));
    }
    out
}

/// The revision as signed: who, the risk, the action plan; what the attestations are about.
pub(super) fn view_signed(r: &Review, f: &mut Frame, a: Rect, theme: Theme) {
    let l = r.lang;
    let s = &r.sheet;
    let w = a.width.saturating_sub(2) as usize;
    let mut lines: Vec<Line> = Vec::new();
    for l in wrap(
        &S::review_signed_by(
            l,
            s.revision,
            &s.signer.name,
            &S::role(l, s.signer.role),
            &s.signer.at.format("%Y-%m-%d").to_string(),
        ),
        w,
    ) {
        lines.push(Line::from(l));
    }
    lines.push(Line::from(""));
    let level = |v: Option<crate::scale::RiskLevel>| {
        v.map_or(S::HOME_NO_RISK.to_string(), |v| {
            crate::i18n::words::level(l, v)
        })
    };
    let overall = S::review_overall(
        l,
        &level(s.risk.overall.inherent),
        &level(s.risk.overall.residual),
    );
    for l in wrap(&overall, w) {
        lines.push(Line::from(Span::styled(l, theme.title())));
    }
    // Names in one column, the levels after them, so the levels line up.
    let levels_w = s
        .risk
        .categories
        .iter()
        .map(|c| {
            width(&crate::i18n::words::level(l, c.inherent.level))
                + 3
                + width(&crate::i18n::words::level(l, c.residual.level))
        })
        .max()
        .unwrap_or(0);
    let name_w = w.saturating_sub(levels_w + 3).max(8);
    for c in &s.risk.categories {
        let name = truncate(&c.name, name_w);
        let pad = name_w.saturating_sub(width(&name));
        lines.push(Line::from(vec![
            Span::raw(format!("  {name}{} ", " ".repeat(pad))),
            Span::styled(
                crate::i18n::words::level(l, c.inherent.level),
                theme.level(c.inherent.level),
            ),
            Span::raw(" → "),
            Span::styled(
                crate::i18n::words::level(l, c.residual.level),
                theme.level(c.residual.level),
            ),
        ]));
    }
    let open = s.risk.obligations.iter().filter(|o| !o.met).count();
    if open > 0 {
        for l in wrap(&S::review_obligations_open(l, open), w) {
            lines.push(Line::from(Span::styled(l, theme.warn())));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        S::review_plan_head(l, s.plan.len()),
        theme.title(),
    )));
    for p in &s.plan {
        let due = p
            .due
            .map(|d| format!(", {}", d.format("%Y-%m-%d")))
            .unwrap_or_default();
        let text = format!("[{}] {}{due}", S::plan_status_word(l, p.status), p.title);
        for (j, l) in wrap(&text, w.saturating_sub(4)).into_iter().enumerate() {
            let lead = if j == 0 { "  " } else { "    " };
            lines.push(Line::from(format!("{lead}{l}")));
        }
    }
    f.render_widget(
        Paragraph::new(lines).block(
            Block::new()
                .borders(Borders::ALL)
                .title(S::review_signed_title(l)),
        ),
        a,
    );
}
