//! What each wizard message does: answering (and rescoring, and saving), moving between
//! questions, the table row editor and the popups.

use crate::answer::{Answer, Cell, Row};
use crate::assessment;
use crate::questionnaire::{AnswerKind, Column, ColumnKind, Question, Verdict};
use crate::tui::field::Field;
use crate::tui::msg::{Effect, Go, Out};
use crate::tui::session::Session;
use crate::tui::strings as S;

use super::{Msg, Popup, RowEdit, Wizard, choices, column_choices, enter};

fn set(w: &mut Wizard, s: &mut Session, id: &str, a: Option<Answer>, out: &mut Out) {
    let before = s.verdict();
    let changes = s.set_answer(id, a);
    w.live = changes.iter().map(|c| S::level_change(s.l(), c)).collect();
    w.live_new = !w.live.is_empty();
    // A new screening verdict is shown where it was reached; one no longer reached goes.
    let now = s.verdict();
    if now != before {
        w.screening = match (now, s.question(id)) {
            (Some(v), Some((sec, _, _))) if v != Verdict::Incomplete => Some(vec![sec]),
            _ => None,
        };
    }
    out.effect(Effect::Save(Box::new(s.draft.clone())));
}

/// After leaving the screening section for the next, the verdict (or what it still
/// waits for) is shown there.
fn left_screening(w: &mut Wizard, s: &Session, from: Option<usize>) {
    let to = w
        .current
        .as_deref()
        .and_then(|id| s.question(id))
        .map(|(i, _, _)| i);
    if let (Some(from), Some(to)) = (from, to)
        && s.verdict().is_some()
        && Some(from) == s.screening_section()
        && to != from
    {
        w.screening = Some(vec![from, to]);
    }
}

/// Commits the editor of a number or date question (text is committed as typed).
/// Returns false, with the error shown, if the value cannot be read.
fn commit(w: &mut Wizard, s: &mut Session, out: &mut Out) -> bool {
    let l = s.l();
    let (Some(id), Some(ed)) = (w.current.clone(), &w.editor) else {
        return true;
    };
    let Some((_, _, q)) = s.question(&id) else {
        return true;
    };
    let raw = ed.text();
    if matches!(q.kind, AnswerKind::Text { .. }) {
        return true;
    }
    if raw.trim().is_empty() {
        if s.answer(&id).is_some() {
            set(w, s, &id, None, out);
        }
        return true;
    }
    match assessment::parse_value(&s.questionnaire, q, &raw) {
        Ok(a) => {
            w.error = None;
            if s.answer(&id) != Some(&a) {
                set(w, s, &id, Some(a), out);
            }
            true
        }
        Err(e) => {
            w.error = Some(match e {
                assessment::AnswerError::OutOfRange { value, .. } => match &q.kind {
                    AnswerKind::Number { min, max, .. } => S::out_of_range(l, value, *min, *max),
                    _ => S::unreadable(l, raw.trim(), &q.kind),
                },
                _ => S::unreadable(l, raw.trim(), &q.kind),
            });
            w.editing = true;
            false
        }
    }
}

fn step(w: &mut Wizard, s: &mut Session, forward: bool, out: &mut Out) {
    if !commit(w, s, out) {
        return;
    }
    let Some(cur) = w.current.clone() else { return };
    let order: Vec<&str> = s
        .questionnaire
        .questions()
        .map(|(_, q)| q.id.as_str())
        .collect();
    let pos = order.iter().position(|q| *q == cur).unwrap_or(0);
    let target = if forward {
        order[pos + 1..]
            .iter()
            .find(|q| s.shown.iter().any(|x| x == *q))
    } else {
        order[..pos]
            .iter()
            .rev()
            .find(|q| s.shown.iter().any(|x| x == *q))
    }
    .map(|q| q.to_string());
    let from = s.question(&cur).map(|(i, _, _)| i);
    match target {
        Some(id) => {
            enter(w, s, &id, out);
            if forward {
                left_screening(w, s, from);
            }
        }
        None if forward => w.popup = Some(Popup::Finish { cursor: 0 }),
        None => {}
    }
}

/// Something to look at before finishing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FinishItem {
    /// A section the latest review marked "to correct" (index in the questionnaire).
    ToCorrect(usize),
    /// A question the latest review commented on.
    Commented(String),
    Unanswered(String),
    Unsure(String),
}

/// What to look at before finishing: the latest review's sections to correct and
/// commented questions, then the questions unanswered or answered "not sure".
pub fn finish_items(s: &Session) -> Vec<FinishItem> {
    let mut out = Vec::new();
    if let Some(fb) = &s.feedback {
        let visible = visible_sections(s);
        for id in &fb.to_correct {
            if let Some(i) = s.questionnaire.sections.iter().position(|x| x.id == *id)
                && visible.contains(&i)
            {
                out.push(FinishItem::ToCorrect(i));
            }
        }
        for id in &s.shown {
            if s.review_comment(id).is_some() {
                out.push(FinishItem::Commented(id.clone()));
            }
        }
    }
    let p = &s.score.progress;
    out.extend(s.shown.iter().filter_map(|id| {
        if p.unanswered.contains(id) {
            Some(FinishItem::Unanswered(id.clone()))
        } else if p.unsure.contains(id) {
            Some(FinishItem::Unsure(id.clone()))
        } else {
            None
        }
    }));
    out
}

pub fn search_results(s: &Session, query: &str) -> Vec<String> {
    let q = query.trim().to_lowercase();
    s.shown
        .iter()
        .filter(|id| {
            q.is_empty()
                || id.to_lowercase().contains(&q)
                || s.question(id).is_some_and(|(_, _, qu)| {
                    qu.prompt.get(&s.lang).to_lowercase().contains(&q)
                        || qu.help.get(&s.lang).to_lowercase().contains(&q)
                })
        })
        .cloned()
        .collect()
}

/// Sections that have at least one question asked: (index in the questionnaire).
pub fn visible_sections(s: &Session) -> Vec<usize> {
    s.questionnaire
        .sections
        .iter()
        .enumerate()
        .filter(|(_, sec)| sec.questions.iter().any(|q| s.shown.contains(&q.id)))
        .map(|(i, _)| i)
        .collect()
}

fn jump_to_section(w: &mut Wizard, s: &mut Session, sec: usize, out: &mut Out) {
    let Some(section) = s.questionnaire.sections.get(sec) else {
        return;
    };
    let shown: Vec<String> = section
        .questions
        .iter()
        .filter(|q| s.shown.contains(&q.id))
        .map(|q| q.id.clone())
        .collect();
    let target = shown
        .iter()
        .find(|id| s.answer(id).is_none())
        .or(shown.first())
        .cloned();
    if let Some(id) = target
        && commit(w, s, out)
    {
        enter(w, s, &id, out);
    }
}

pub fn update(w: &mut Wizard, s: &mut Session, m: Msg, out: &mut Out) {
    if let Some(p) = w.popup.take() {
        return update_popup(w, s, p, m, out);
    }
    if w.row_edit.is_some() {
        return update_row(w, s, m, out);
    }
    let Some(id) = w.current.clone() else { return };
    let Some((_, _, q)) = s.question(&id) else {
        return;
    };
    let q = q.clone();
    let opts = choices(&q, &s.questionnaire, &s.lang);
    let n = match &q.kind {
        AnswerKind::Rows(_) => match s.answer(&id) {
            Some(Answer::Rows(r)) => r.len(),
            _ => 0,
        },
        _ => opts.len(),
    };
    match m {
        Msg::Up => w.cursor = w.cursor.saturating_sub(1),
        Msg::Down => w.cursor = (w.cursor + 1).min(n.saturating_sub(1)),
        Msg::Next => step(w, s, true, out),
        Msg::Prev => step(w, s, false, out),
        Msg::Pick | Msg::ClickOption(_) => {
            if let Msg::ClickOption(i) = m {
                if i >= opts.len() {
                    return;
                }
                w.cursor = i;
            }
            pick(w, s, &q, &opts, out);
        }
        Msg::Choose => match &q.kind {
            AnswerKind::YesNo | AnswerKind::Single(_) => {
                pick(w, s, &q, &opts, out);
                step(w, s, true, out);
            }
            AnswerKind::Multi(_) | AnswerKind::Categories => {
                if s.answer(&id).is_none() {
                    set(w, s, &id, Some(Answer::Choices(vec![])), out);
                }
                step(w, s, true, out);
            }
            AnswerKind::Rows(_) if n > 0 => update(w, s, Msg::RowEdit, out),
            AnswerKind::Rows(_) => update(w, s, Msg::RowAdd, out),
            _ => w.editing = true,
        },
        Msg::Shortcut(c) => {
            let i = match c {
                'y' => 0,
                'n' => 1,
                'u' => 2,
                d => d.to_digit(10).map_or(usize::MAX, |d| d as usize - 1),
            };
            if i < opts.len() {
                w.cursor = i;
                pick(w, s, &q, &opts, out);
                if !matches!(q.kind, AnswerKind::Multi(_) | AnswerKind::Categories) {
                    step(w, s, true, out);
                }
            }
        }
        Msg::Key(k) => {
            if let Some(ed) = w.editor.as_mut()
                && ed.input(k)
            {
                w.error = None;
                if matches!(q.kind, AnswerKind::Text { .. }) {
                    let t = ed.text();
                    let a = (!t.trim().is_empty()).then_some(Answer::Text(t));
                    set(w, s, &id, a, out);
                }
            }
        }
        Msg::Edit => {
            if w.editor.is_some() {
                w.editing = true;
            }
        }
        Msg::StopEdit => {
            if commit(w, s, out) {
                w.editing = false;
            }
        }
        Msg::Clear => {
            if s.answer(&id).is_some() {
                set(w, s, &id, None, out);
            }
            if let Some(ed) = w.editor.as_mut() {
                *ed = Field::new("", ed.multiline);
            }
        }
        Msg::ToggleInfo => w.help_open = !w.help_open,
        Msg::HelpScroll(d) => w.help_scroll = w.help_scroll.saturating_add_signed(d).min(200),
        Msg::Sections => {
            let secs = visible_sections(s);
            let cur = s.question(&id).map_or(0, |(i, _, _)| i);
            w.popup = Some(Popup::Sections {
                cursor: secs.iter().position(|x| *x == cur).unwrap_or(0),
            });
        }
        Msg::Search => {
            w.popup = Some(Popup::Search {
                field: Box::new(Field::new("", false)),
                cursor: 0,
            })
        }
        Msg::Finish => w.popup = Some(Popup::Finish { cursor: 0 }),
        Msg::ClickSection(i) => {
            if let Some(sec) = visible_sections(s).get(i) {
                jump_to_section(w, s, *sec, out);
            }
        }
        Msg::Jump(target) => {
            if s.shown.contains(&target) && commit(w, s, out) {
                enter(w, s, &target, out);
            }
        }
        Msg::RowAdd | Msg::RowEdit => {
            let AnswerKind::Rows(cols) = &q.kind else {
                return;
            };
            let rows = match s.answer(&id) {
                Some(Answer::Rows(r)) => r.clone(),
                _ => vec![],
            };
            let (index, row) = match m {
                Msg::RowEdit if w.cursor < rows.len() => (Some(w.cursor), rows[w.cursor].clone()),
                Msg::RowEdit => return,
                _ => (None, Row::new()),
            };
            w.row_edit = Some(RowEdit::new(index, &row, cols));
        }
        Msg::RowDelete => {
            if let Some(Answer::Rows(rows)) = s.answer(&id) {
                let mut rows = rows.clone();
                if w.cursor < rows.len() {
                    rows.remove(w.cursor);
                    w.cursor = w.cursor.min(rows.len().saturating_sub(1));
                    let a = (!rows.is_empty()).then_some(Answer::Rows(rows));
                    set(w, s, &id, a, out);
                }
            }
        }
        Msg::ClosePopup | Msg::RowNextCol | Msg::RowPrevCol | Msg::RowSave | Msg::RowCancel => {}
    }
}

fn pick(
    w: &mut Wizard,
    s: &mut Session,
    q: &Question,
    opts: &[(String, String, String)],
    out: &mut Out,
) {
    let Some((choice, _, _)) = opts.get(w.cursor) else {
        return;
    };
    let a = match &q.kind {
        AnswerKind::YesNo => match choice.as_str() {
            "yes" => Answer::Yes,
            "no" => Answer::No,
            _ => Answer::Unsure,
        },
        AnswerKind::Single(_) => Answer::Choice(choice.clone()),
        AnswerKind::Multi(_) | AnswerKind::Categories => {
            let mut have: Vec<String> = match s.answer(&q.id) {
                Some(Answer::Choices(c)) => c.clone(),
                _ => vec![],
            };
            if let Some(i) = have.iter().position(|c| c == choice) {
                have.remove(i);
            } else {
                have.push(choice.clone());
            }
            // Keep the questionnaire's order, so files diff cleanly.
            let ordered = opts
                .iter()
                .filter(|o| have.contains(&o.0))
                .map(|o| o.0.clone())
                .collect();
            Answer::Choices(ordered)
        }
        _ => return,
    };
    set(w, s, &q.id, Some(a), out);
}

fn update_popup(w: &mut Wizard, s: &mut Session, p: Popup, m: Msg, out: &mut Out) {
    let len = match &p {
        Popup::Sections { .. } => visible_sections(s).len(),
        Popup::Search { field, .. } => search_results(s, &field.text()).len(),
        Popup::Finish { .. } => finish_items(s).len(),
    };
    let mut p = p;
    match (&mut p, m) {
        (_, Msg::ClosePopup) => return,
        (
            Popup::Sections { cursor } | Popup::Search { cursor, .. } | Popup::Finish { cursor },
            Msg::Up,
        ) => *cursor = cursor.saturating_sub(1),
        (
            Popup::Sections { cursor } | Popup::Search { cursor, .. } | Popup::Finish { cursor },
            Msg::Down,
        ) => *cursor = (*cursor + 1).min(len.saturating_sub(1)),
        (Popup::Search { field, cursor }, Msg::Key(k)) => {
            let changed = field.input(k);
            *cursor = if changed { 0 } else { *cursor };
        }
        (Popup::Sections { cursor }, Msg::Choose) => {
            if let Some(sec) = visible_sections(s).get(*cursor) {
                jump_to_section(w, s, *sec, out);
            }
            return;
        }
        (Popup::Search { field, cursor }, Msg::Choose) => {
            if let Some(id) = search_results(s, &field.text()).get(*cursor) {
                let id = id.clone();
                update(w, s, Msg::Jump(id), out);
            }
            return;
        }
        (Popup::Finish { cursor }, Msg::Choose) => {
            match finish_items(s).get(*cursor) {
                Some(FinishItem::ToCorrect(i)) => jump_to_section(w, s, *i, out),
                Some(
                    FinishItem::Commented(id) | FinishItem::Unanswered(id) | FinishItem::Unsure(id),
                ) => {
                    let id = id.clone();
                    update(w, s, Msg::Jump(id), out);
                }
                None => out.go(Go::Dashboard),
            }
            return;
        }
        (Popup::Finish { cursor }, Msg::ClickOption(i)) => {
            *cursor = i.min(len.saturating_sub(1));
        }
        _ => {}
    }
    w.popup = Some(p);
}

impl RowEdit {
    fn new(index: Option<usize>, row: &Row, cols: &[Column]) -> Self {
        let mut fields = Vec::new();
        let mut picked = Vec::new();
        for c in cols {
            let cell = row.get(&c.id);
            match (&c.kind, cell) {
                (ColumnKind::Text | ColumnKind::Date, Some(Cell::Text(t))) => {
                    fields.push(Some(Field::new(t, false)))
                }
                (ColumnKind::Text | ColumnKind::Date, _) => {
                    fields.push(Some(Field::new("", false)))
                }
                _ => fields.push(None),
            }
            picked.push(
                cell.map(|c| c.choices().iter().map(|s| s.to_string()).collect())
                    .unwrap_or_default(),
            );
        }
        RowEdit {
            index,
            col: 0,
            fields,
            picked,
            cursors: vec![0; cols.len()],
        }
    }

    fn row(&self, cols: &[Column]) -> Row {
        let mut row = Row::new();
        for (i, c) in cols.iter().enumerate() {
            let cell = match &c.kind {
                ColumnKind::Text | ColumnKind::Date => {
                    let t = self.fields[i].as_ref().map(Field::text).unwrap_or_default();
                    (!t.trim().is_empty()).then(|| Cell::Text(t.trim().to_string()))
                }
                ColumnKind::Single(_) => self.picked[i].first().map(|p| Cell::Choice(p.clone())),
                ColumnKind::Multi(_) | ColumnKind::Categories => {
                    (!self.picked[i].is_empty()).then(|| Cell::Choices(self.picked[i].clone()))
                }
            };
            if let Some(cell) = cell {
                row.insert(c.id.clone(), cell);
            }
        }
        row
    }
}

fn update_row(w: &mut Wizard, s: &mut Session, m: Msg, out: &mut Out) {
    let l = s.l();
    let Some(id) = w.current.clone() else { return };
    let Some((_, _, q)) = s.question(&id) else {
        return;
    };
    let AnswerKind::Rows(cols) = q.kind.clone() else {
        return;
    };
    let qn = s.questionnaire.clone();
    let Some(r) = w.row_edit.as_mut() else { return };
    let col = &cols[r.col.min(cols.len() - 1)];
    let opts = column_choices(col, &qn, &s.lang);
    match m {
        Msg::RowNextCol => r.col = (r.col + 1) % cols.len(),
        Msg::RowPrevCol => r.col = (r.col + cols.len() - 1) % cols.len(),
        Msg::Up => r.cursors[r.col] = r.cursors[r.col].saturating_sub(1),
        Msg::Down => r.cursors[r.col] = (r.cursors[r.col] + 1).min(opts.len().saturating_sub(1)),
        Msg::Pick | Msg::ClickOption(_) | Msg::Shortcut(_) => {
            match m {
                Msg::ClickOption(i) => r.cursors[r.col] = i.min(opts.len().saturating_sub(1)),
                // A number picks its choice, as it does in a question.
                Msg::Shortcut(c) => match c.to_digit(10).map(|d| d as usize - 1) {
                    Some(i) if i < opts.len() => r.cursors[r.col] = i,
                    _ => return,
                },
                _ => {}
            }
            if let Some((cid, _)) = opts.get(r.cursors[r.col]) {
                let p = &mut r.picked[r.col];
                if matches!(col.kind, ColumnKind::Single(_)) {
                    *p = vec![cid.clone()];
                } else if let Some(i) = p.iter().position(|x| x == cid) {
                    p.remove(i);
                } else {
                    p.push(cid.clone());
                    let order: Vec<&String> = opts.iter().map(|o| &o.0).collect();
                    p.sort_by_key(|x| order.iter().position(|o| *o == x));
                }
            }
        }
        Msg::Key(k) => {
            if let Some(Some(f)) = r.fields.get_mut(r.col) {
                f.input(k);
            }
        }
        Msg::RowCancel => w.row_edit = None,
        Msg::RowSave => {
            let row = r.row(&cols);
            let index = r.index;
            let bad_date = cols.iter().find_map(|c| match (&c.kind, row.get(&c.id)) {
                (ColumnKind::Date, Some(Cell::Text(t)))
                    if chrono::NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").is_err() =>
                {
                    Some(S::bad_date_cell(l, c.label.get(&s.lang), t))
                }
                _ => None,
            });
            if let Some(e) = bad_date {
                w.error = Some(e);
                return;
            }
            w.error = None;
            w.row_edit = None;
            if row.is_empty() {
                return;
            }
            let mut rows = match s.answer(&id) {
                Some(Answer::Rows(r)) => r.clone(),
                _ => vec![],
            };
            match index {
                Some(i) if i < rows.len() => rows[i] = row,
                _ => {
                    rows.push(row);
                    w.cursor = rows.len() - 1;
                }
            }
            set(w, s, &id, Some(Answer::Rows(rows)), out);
        }
        _ => {}
    }
}

pub fn paste(w: &mut Wizard, s: &mut Session, text: &str, out: &mut Out) {
    if let Some(Popup::Search { field, .. }) = &mut w.popup {
        field.paste(text);
        return;
    }
    if let Some(r) = &mut w.row_edit {
        if let Some(Some(f)) = r.fields.get_mut(r.col) {
            f.paste(text);
        }
        return;
    }
    if let (true, Some(ed), Some(id)) = (w.editing, w.editor.as_mut(), w.current.clone()) {
        ed.paste(text);
        if let Some((_, _, q)) = s.question(&id)
            && matches!(q.kind, AnswerKind::Text { .. })
        {
            let t = ed.text();
            set(
                w,
                s,
                &id,
                (!t.trim().is_empty()).then_some(Answer::Text(t)),
                out,
            );
        }
    }
}
