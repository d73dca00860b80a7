//! What each review message does: moving through the sheet, comments, verdicts, the
//! opinion page, and the countersign dialog. Every change to the review is saved.

use chrono::NaiveDate;

use crate::keys::Role;
use crate::review::{Opinion, Verdict};
use crate::tui::field::Field;
use crate::tui::msg::{Effect, Out};
use crate::tui::strings as S;

use super::{
    CountersignPlan, Countersigned, Dialog, Editor, Msg, Page, ROW_ATTEST, ROW_CONDITIONS, ROW_DUE,
    ROW_OPINION, ROWS, Review, Target,
};

fn save(r: &Review, out: &mut Out) {
    out.effect(Effect::SaveReview(Box::new(r.draft.clone())));
}

/// Whether the review may still change; says why not when it may not.
fn editable(r: &mut Review) -> bool {
    let l = r.lang;
    match &r.countersigned {
        Some(c) => {
            r.message = Some(S::review_already_countersigned(l, c.number));
            false
        }
        None => true,
    }
}

fn next_verdict(v: Option<Verdict>) -> Option<Verdict> {
    match v {
        None => Some(Verdict::Acceptable),
        Some(Verdict::Acceptable) => Some(Verdict::ToImprove),
        Some(Verdict::ToImprove) => Some(Verdict::ToCorrect),
        Some(Verdict::ToCorrect) => None,
    }
}

fn step_opinion(o: Option<Opinion>, forward: bool) -> Option<Opinion> {
    let all = Opinion::ALL;
    let i = o.and_then(|o| all.iter().position(|x| *x == o));
    Some(match (i, forward) {
        (None, true) => all[0],
        (None, false) => all[all.len() - 1],
        (Some(i), true) => all[(i + 1) % all.len()],
        (Some(i), false) => all[(i + all.len() - 1) % all.len()],
    })
}

fn set_opinion(r: &mut Review, o: Option<Opinion>, out: &mut Out) {
    if editable(r) && r.draft.opinion != o {
        r.draft.opinion = o;
        save(r, out);
    }
}

fn open_editor(r: &mut Review, target: Target) {
    if !editable(r) {
        return;
    }
    let (text, multiline) = match &target {
        Target::Comment(q) => (r.draft.comments.get(q).cloned().unwrap_or_default(), true),
        Target::Note(s) => (
            r.draft
                .verdicts
                .get(s)
                .map(|v| v.note.clone())
                .unwrap_or_default(),
            true,
        ),
        Target::Conditions => (r.draft.conditions.clone(), true),
        Target::Due => (
            r.draft
                .review_due
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            false,
        ),
    };
    r.editor = Some(Editor {
        target,
        field: Field::new(&text, multiline),
        error: None,
    });
}

/// Puts a text into the review as it is typed (a date waits for the editor to close), and
/// saves if that changed anything: a comment half-written when the terminal closes is
/// kept, as answers are.
fn apply(r: &mut Review, target: &Target, text: &str, out: &mut Out) {
    let before = r.draft.clone();
    match target {
        Target::Comment(q) => r.draft.comment(q, text),
        Target::Note(s) => {
            if let Some(v) = r.draft.verdicts.get_mut(s) {
                v.note = text.trim_end().to_string();
            }
        }
        Target::Conditions => r.draft.conditions = text.trim_end().to_string(),
        Target::Due => {}
    }
    if r.draft != before {
        save(r, out);
    }
}

/// Closes the editor with its text in the review; keeps it open with an error if the
/// text cannot be read (a date).
fn close_editor(r: &mut Review, out: &mut Out) {
    let l = r.lang;
    let Some(e) = r.editor.take() else { return };
    let text = e.field.text();
    let before = r.draft.clone();
    match &e.target {
        Target::Comment(_) | Target::Note(_) | Target::Conditions => {
            apply(r, &e.target, &text, out);
            return;
        }
        Target::Due => {
            let t = text.trim();
            if t.is_empty() {
                r.draft.review_due = None;
            } else {
                match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
                    Ok(d) => r.draft.review_due = Some(d),
                    Err(_) => {
                        r.editor = Some(Editor {
                            error: Some(S::review_bad_date(l, t)),
                            ..e
                        });
                        return;
                    }
                }
            }
        }
    }
    if r.draft != before {
        save(r, out);
    }
}

pub fn update(r: &mut Review, m: Msg, out: &mut Out) {
    let l = r.lang;
    if r.dialog.is_some() {
        return update_dialog(r, m, out);
    }
    if r.editor.is_some() {
        match m {
            Msg::Key(k) => {
                if let Some(e) = r.editor.as_mut()
                    && e.field.input(k)
                {
                    e.error = None;
                    let (target, text) = (e.target.clone(), e.field.text());
                    apply(r, &target, &text, out);
                }
            }
            Msg::EditorDone => close_editor(r, out),
            _ => {}
        }
        return;
    }
    r.message = None;
    let n_sections = r.sheet.sections.len();
    let n_questions = r.current_section().map_or(0, |s| s.questions.len());
    match m {
        Msg::Up if r.page == Page::Opinion => r.focus = r.focus.saturating_sub(1),
        Msg::Down if r.page == Page::Opinion => r.focus = (r.focus + 1).min(ROWS - 1),
        Msg::Up => {
            if r.question > 0 {
                r.question -= 1;
            } else if r.section > 0 {
                r.section -= 1;
                r.question = r
                    .current_section()
                    .map_or(0, |s| s.questions.len().saturating_sub(1));
            }
            r.panel_scroll = 0;
        }
        Msg::Down => {
            if r.question + 1 < n_questions {
                r.question += 1;
            } else if r.section + 1 < n_sections {
                r.section += 1;
                r.question = 0;
            }
            r.panel_scroll = 0;
        }
        Msg::NextSection if r.section + 1 < n_sections => {
            r.section += 1;
            r.question = 0;
            r.panel_scroll = 0;
        }
        Msg::PrevSection if r.section > 0 => {
            r.section -= 1;
            r.question = 0;
            r.panel_scroll = 0;
        }
        Msg::Section(i) if i < n_sections => {
            r.page = Page::Answers;
            r.section = i;
            r.question = 0;
            r.panel_scroll = 0;
        }
        Msg::Question(i) if i < n_questions => {
            if r.question == i {
                return update(r, Msg::Comment, out);
            }
            r.question = i;
            r.panel_scroll = 0;
        }
        Msg::Section(_) | Msg::Question(_) => {}
        Msg::Comment => {
            if let Some(q) = r.current_question() {
                let id = q.id.clone();
                open_editor(r, Target::Comment(id));
            }
        }
        Msg::CycleVerdict => {
            let Some(sec) = r.current_section().map(|s| s.id.clone()) else {
                return;
            };
            if !editable(r) {
                return;
            }
            match next_verdict(r.verdict(&sec)) {
                Some(v) => r.draft.judge(&sec, v, None),
                None => {
                    r.draft.verdicts.remove(&sec);
                }
            }
            save(r, out);
        }
        Msg::Note => {
            let Some(sec) = r.current_section().map(|s| s.id.clone()) else {
                return;
            };
            if r.verdict(&sec).is_none() {
                r.message = Some(S::review_note_needs_verdict(l));
                return;
            }
            open_editor(r, Target::Note(sec));
        }
        Msg::OpinionPage => {
            r.page = match r.page {
                Page::Opinion => Page::Answers,
                Page::Answers | Page::Risk => Page::Opinion,
            }
        }
        Msg::RiskPage => {
            r.page = match r.page {
                Page::Risk => Page::Answers,
                Page::Answers | Page::Opinion => Page::Risk,
            }
        }
        Msg::Risk(m) => {
            if let Some(s) = r.risk.as_deref() {
                let mut ignored = Out::default();
                crate::tui::screens::dashboard::update(&mut r.dashboard, s, m, &mut ignored);
            }
        }
        Msg::TogglePanel => r.panel_open = !r.panel_open,
        Msg::Scroll(d) => r.panel_scroll = r.panel_scroll.saturating_add_signed(d).min(200),
        Msg::Left | Msg::Right if r.page == Page::Opinion && r.focus == ROW_OPINION => {
            let o = step_opinion(r.draft.opinion, m == Msg::Right);
            set_opinion(r, o, out);
        }
        Msg::Choose(i) if r.page == Page::Opinion => {
            if let Some(o) = Opinion::ALL.get(i) {
                r.focus = ROW_OPINION;
                set_opinion(r, Some(*o), out);
            }
        }
        Msg::Tick | Msg::Edit if r.page == Page::Opinion => match r.focus {
            ROW_OPINION => {
                let o = step_opinion(r.draft.opinion, true);
                set_opinion(r, o, out);
            }
            ROW_CONDITIONS => open_editor(r, Target::Conditions),
            ROW_DUE => open_editor(r, Target::Due),
            f if (ROW_ATTEST..ROW_ATTEST + 3).contains(&f) => {
                if !editable(r) {
                    return;
                }
                let (word, _, given) = r.draft.attestations.list()[f - ROW_ATTEST];
                r.draft.attestations.set(word, !given);
                save(r, out);
            }
            _ => {}
        },
        Msg::Countersign => {
            if !editable(r) {
                return;
            }
            out.effect(Effect::PrepareCountersign(Box::new(r.draft.clone())));
            r.dialog = Some(Dialog::Working(S::dialog_reading_keys(l)));
        }
        _ => {}
    }
}

fn update_dialog(r: &mut Review, m: Msg, out: &mut Out) {
    let l = r.lang;
    let Some(d) = r.dialog.as_mut() else { return };
    // The runtime's work cannot be cancelled halfway; its reply replaces the dialog.
    if matches!(d, Dialog::Working(_)) {
        return;
    }
    let Dialog::Countersign {
        plan,
        key,
        refused_key,
        pass,
    } = d
    else {
        if matches!(m, Msg::DialogConfirm | Msg::DialogClose) {
            r.dialog = None;
        }
        return;
    };
    if pass.checking {
        return;
    }
    let protected = super::super::dialog::needs_passphrase(&plan.keys, *key);
    match m {
        Msg::DialogPass(typed) if protected => {
            pass.edit(&typed);
        }
        Msg::DialogUp => {
            *key = key.saturating_sub(1);
            *refused_key = None;
            pass.reset();
        }
        Msg::DialogDown => {
            *key = (*key + 1).min(plan.keys.len().saturating_sub(1));
            *refused_key = None;
            pass.reset();
        }
        Msg::DialogClose => r.dialog = None,
        Msg::DialogConfirm => {
            if plan.refused.is_some() {
                r.dialog = None;
                return;
            }
            let Some(k) = plan.keys.get(*key) else {
                r.dialog = None;
                return;
            };
            if k.role == Role::Assessor.label() {
                *refused_key = Some(S::review_assessor_key(l, &k.name, &k.id));
                return;
            }
            if k.signed_it {
                *refused_key = Some(S::review_own_revision(l, &k.name, &k.id, plan.revision));
                return;
            }
            let passphrase = if protected {
                let Some(p) = pass.submit() else { return };
                Some(p)
            } else {
                None
            };
            out.effect(Effect::Countersign {
                draft: Box::new(r.draft.clone()),
                key: k.id.clone(),
                passphrase,
            });
            // A protected key's dialog stays up: a wrong passphrase is typed again there.
            if !protected {
                r.dialog = Some(Dialog::Working(S::dialog_countersigning(l)));
            }
        }
        _ => {}
    }
}

/// Bracketed paste goes into the open editor.
pub fn paste(r: &mut Review, text: &str, out: &mut Out) {
    if let Some(d) = r.dialog.as_mut() {
        if let Dialog::Countersign {
            plan, key, pass, ..
        } = d
            && super::super::dialog::needs_passphrase(&plan.keys, *key)
            && !pass.checking
        {
            pass.paste(text);
        }
        return;
    }
    if let Some(e) = r.editor.as_mut()
        && e.field.paste(text)
    {
        let (target, all) = (e.target.clone(), e.field.text());
        apply(r, &target, &all, out);
    }
}

/// The runtime's answer to `PrepareCountersign`.
pub fn countersign_ready(r: &mut Review, plan: Result<CountersignPlan, String>) {
    r.dialog = Some(match plan {
        Ok(plan) => {
            // Start on the first key that may countersign.
            let key = plan
                .keys
                .iter()
                .position(|k| k.role != Role::Assessor.label())
                .unwrap_or(0);
            Dialog::Countersign {
                plan,
                key,
                refused_key: None,
                pass: Default::default(),
            }
        }
        Err(e) => Dialog::Failed(e),
    });
}

/// The runtime's answer to `Countersign` when the typed passphrase did not open the key.
pub fn wrong_passphrase(r: &mut Review) {
    if let Some(Dialog::Countersign { pass, .. }) = r.dialog.as_mut() {
        pass.refused();
    }
}

/// The runtime's answer to `Countersign`.
pub fn countersigned(r: &mut Review, res: Result<Countersigned, String>) {
    r.dialog = Some(match res {
        Ok(info) => {
            r.countersigned = Some(info.clone());
            Dialog::Done(info)
        }
        Err(e) => Dialog::Failed(e),
    });
}
