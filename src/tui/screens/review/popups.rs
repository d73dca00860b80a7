//! Drawing review mode's popups: the text editor (a comment, a section's note, the
//! conditions, the due date) over the page, and the countersign dialog with its outcome.

use crate::i18n::Lang;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::review::SheetSection;
use crate::tui::screens::dialog;
use crate::tui::screens::wizard::popup_area;
use crate::tui::strings as S;
use crate::tui::theme::Theme;
use crate::tui::wrap::{truncate, wrap};

use super::{CountersignPlan, Countersigned, Dialog, Editor, Review, Target};

pub(super) fn view_editor(r: &Review, e: &Editor, f: &mut Frame, area: Rect, theme: Theme) {
    let l = r.lang;
    let (title, context) = match &e.target {
        Target::Comment(q) => (
            S::review_edit_comment(l),
            r.sheet
                .question(q)
                .map(|(_, q)| q.prompt.clone())
                .unwrap_or_else(|| q.clone()),
        ),
        Target::Note(s) => (
            S::review_edit_note(l),
            r.sheet
                .section(s)
                .map(|s| section_context(r, s))
                .unwrap_or_else(|| s.clone()),
        ),
        Target::Conditions => (S::review_edit_conditions(l), conditions_context(r)),
        Target::Due => (S::review_edit_due(l), S::review_due_hint(l).to_string()),
    };
    let multiline = e.field.multiline;
    // A long text grows the popup, up to the screen's height; past that it scrolls.
    let height = if multiline {
        let text_w = popup_area(area, 76, 14).width.saturating_sub(4) as usize;
        let context_h = wrap(&context, text_w + 2).len().min(3) as u16;
        let text_h = wrap(&e.field.text(), text_w).len() as u16 + 1;
        (2 + context_h + 2 + text_h + 1).max(14)
    } else {
        8
    };
    let p = popup_area(area, 76, height);
    crate::tui::screens::clear(f, p);
    let keys = if multiline {
        S::review_editor_keys(l)
    } else {
        S::review_editor_keys_line(l)
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(title)
        .title_bottom(keys);
    let inner = block.inner(p);
    f.render_widget(block, p);
    let ctx = wrap(&context, inner.width as usize);
    let ctx_h = (ctx.len() as u16).min(3);
    let [top, field, err] = Layout::vertical([
        Constraint::Length(ctx_h),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(inner);
    f.render_widget(
        Paragraph::new(
            ctx.into_iter()
                .take(ctx_h as usize)
                .map(|l| Line::from(Span::styled(l, theme.dim())))
                .collect::<Vec<_>>(),
        ),
        top,
    );
    e.field
        .render(f, field, &S::review_editor_label(l), true, theme);
    if let Some(msg) = &e.error {
        f.render_widget(
            Paragraph::new(Span::styled(
                truncate(msg, err.width as usize),
                theme.error(),
            )),
            err,
        );
    }
}

fn section_context(r: &Review, s: &SheetSection) -> String {
    let l = r.lang;
    match r.verdict(&s.id) {
        Some(v) => format!("{} — {}", s.title, S::verdict_label(l, v)),
        None => s.title.clone(),
    }
}

fn conditions_context(r: &Review) -> String {
    let l = r.lang;
    match r.draft.opinion {
        Some(o) => S::review_conditions_context(l, &S::opinion_label(l, o)),
        None => S::review_conditions_label(l).trim().to_string(),
    }
}

pub(super) fn view_dialog(l: Lang, d: &Dialog, f: &mut Frame, area: Rect, theme: Theme) {
    let (title, lines, keys): (String, Vec<Line<'static>>, String) = match d {
        Dialog::Working(what) => (
            S::dialog_wait(l),
            vec![Line::from(what.to_string())],
            String::new(),
        ),
        Dialog::Countersign {
            plan,
            key,
            refused_key,
            pass,
        } => countersign_lines(l, plan, *key, refused_key.as_deref(), pass, theme),
        Dialog::Done(c) => (
            S::dialog_countersigned(l),
            done_lines(l, c, theme),
            S::dialog_ok(l),
        ),
        Dialog::Failed(e) => (
            S::dialog_failed(l),
            e.lines()
                .map(|t| Line::from(Span::styled(t.to_string(), theme.error())))
                .collect(),
            S::dialog_ok(l),
        ),
    };
    dialog::draw(&title, lines, &keys, f, area, theme);
}

fn countersign_lines(
    l: Lang,
    plan: &CountersignPlan,
    key: usize,
    refused_key: Option<&str>,
    pass: &dialog::PassField,
    theme: Theme,
) -> (String, Vec<Line<'static>>, String) {
    let mut lines = vec![
        Line::from(S::countersign_intro(l, plan.number, plan.revision)),
        Line::from(""),
    ];
    if let Some(why) = &plan.refused {
        lines.push(Line::from(Span::styled(
            S::countersign_not_yet(l),
            theme.bold(),
        )));
        for t in why.lines() {
            lines.push(Line::from(Span::styled(t.to_string(), theme.error())));
        }
        return (S::dialog_countersign(l), lines, S::dialog_close(l));
    }
    let assessor = crate::keys::Role::Assessor.label();
    if plan.keys.iter().all(|k| k.role == assessor) {
        lines.extend(
            S::no_reviewer_key(l, &plan.keys_dir)
                .into_iter()
                .map(Line::from),
        );
        return (S::dialog_countersign(l), lines, S::dialog_close(l));
    }
    lines.push(Line::from(Span::styled(
        S::dialog_countersign_as(l),
        theme.bold(),
    )));
    for (i, k) in plan.keys.iter().enumerate() {
        let mark = if i == key { "▶ " } else { "  " };
        let style = if i == key {
            theme.selected()
        } else if k.role == assessor || k.signed_it {
            theme.dim()
        } else {
            Style::default()
        };
        let mut spans = vec![Span::styled(
            format!("{mark}{} ({}) {}", k.name, S::role_word(l, &k.role), k.id),
            style,
        )];
        if k.role == assessor || k.signed_it {
            spans.push(Span::styled(S::dialog_assessor_key(l), theme.dim()));
        } else if !k.trusted {
            spans.push(Span::styled(S::dialog_untrusted(l), theme.warn()));
        }
        lines.push(Line::from(spans));
    }
    if let Some(why) = refused_key {
        lines.push(Line::from(""));
        for t in why.lines() {
            lines.push(Line::from(Span::styled(t.to_string(), theme.error())));
        }
    }
    let protected = dialog::needs_passphrase(&plan.keys, key);
    if protected {
        lines.extend(dialog::pass_lines(l, pass, theme));
    }
    let keys = if protected {
        S::dialog_countersign_pass_keys(l, plan.keys.len() > 1)
    } else if plan.keys.len() > 1 {
        S::dialog_countersign_keys_many(l)
    } else {
        S::dialog_countersign_keys(l)
    };
    (S::dialog_countersign(l), lines, keys)
}

fn done_lines(l: Lang, c: &Countersigned, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(Span::styled(
            S::countersigned_head(l, c.number, &c.signer, &c.key, &c.opinion),
            theme.ok(),
        )),
        Line::from(""),
        Line::from(format!("{}{}", S::dialog_record(l), c.path)),
        Line::from(format!("{}{}", S::dialog_sha(l), c.sha256)),
    ];
    lines.extend(
        S::countersigned_judges(l, c.revision, &c.revision_sha256)
            .into_iter()
            .map(Line::from),
    );
    lines.push(Line::from(""));
    if let Some(d) = c.review_due {
        lines.push(Line::from(S::countersigned_due(
            l,
            &d.format("%Y-%m-%d").to_string(),
        )));
        lines.push(Line::from(""));
    }
    if !c.trusted {
        for l in S::untrusted_after_signing(l, &c.key) {
            lines.push(Line::from(Span::styled(l, theme.warn())));
        }
        lines.push(Line::from(""));
    }
    lines.push(Line::from(S::after_countersigning(l)));
    lines
}
