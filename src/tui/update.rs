//! The top-level update: routes a message to the screen it is for, handles screen
//! changes and the runtime's replies, and returns the effects to carry out.

use crate::i18n::Lang;

use super::model::{Model, Saved, Screen};
use super::msg::{Effect, Go, Msg, Out};
use super::screens::dialog::{self, Dialog};
use super::screens::form::{Form, NewAssessment};
use super::screens::{dashboard, filing, form, home, keygen, plan, review, wizard};
use super::session::Session;

pub fn update(m: &mut Model, msg: Msg) -> Vec<Effect> {
    let mut out = Out::default();
    match msg {
        Msg::Quit => {
            m.quit = true;
            out.effect(Effect::Quit);
        }
        Msg::ToggleHelp => {
            m.help = !m.help;
            m.help_scroll = 0;
        }
        Msg::Resize(w, h) => m.size = (w, h),
        Msg::HelpScroll(by) => {
            m.help_scroll = m
                .help_scroll
                .saturating_add_signed(by)
                .min(super::view::help_max_scroll(m))
        }
        Msg::Click(col, row) => click(m, col, row, &mut out),
        Msg::Wheel { col, row, down } => super::wheel::wheel(m, col, row, down, &mut out),
        Msg::Paste(text) if m.keygen.is_some() => {
            if let Some(f) = m.keygen.as_mut() {
                keygen::paste(f, &text);
            }
        }
        Msg::Paste(text) if m.dialog.is_some() => {
            if let Some(d) = m.dialog.as_mut() {
                dialog::paste(d, &text);
            }
        }
        Msg::Paste(text) => match (m.screen, m.session.as_mut()) {
            (Screen::Form, _) => form::paste(&mut m.form, &text),
            (Screen::Wizard, Some(s)) => wizard::paste(&mut m.wizard, s, &text, &mut out),
            (Screen::Plan, _) => plan::paste(&mut m.plan, &text),
            (Screen::Review, _) => {
                if let Some(r) = m.review.as_mut() {
                    review::paste(r, &text, &mut out);
                }
            }
            _ => {}
        },
        Msg::Go(g) => out.go(g),
        Msg::Home(hm) => {
            let l = m.l();
            home::update(&mut m.home, l, hm, &mut out)
        }
        Msg::Form(fm) => {
            let l = m.l();
            form::update(&mut m.form, l, fm, &mut out)
        }
        Msg::Wizard(wm) => {
            if let Some(s) = m.session.as_mut() {
                wizard::update(&mut m.wizard, s, wm, &mut out);
            }
        }
        Msg::Dashboard(dm) => {
            if let Some(s) = m.session.as_ref() {
                dashboard::update(&mut m.dashboard, s, dm, &mut out);
            }
        }
        Msg::Filing(fm) => {
            if let Some(s) = m.session.as_ref() {
                let area = ratatui::layout::Rect::new(0, 0, m.size.0, m.size.1);
                let body = super::view::body_area(m, area);
                filing::update(&mut m.filing, s, fm, body, &mut out);
            }
        }
        Msg::Plan(pm) => {
            if let Some(s) = m.session.as_mut() {
                plan::update(&mut m.plan, s, pm, &mut out);
            }
        }
        Msg::Review(rm) => {
            if let Some(r) = m.review.as_mut() {
                review::update(r, rm, &mut out);
            }
        }
        Msg::ReviewOpened(Ok(r)) => {
            m.session = None;
            m.review = Some(r);
            m.saved = Saved::Clean;
            out.go(Go::Review);
        }
        Msg::ReviewOpened(Err(e)) => {
            // One line, hint included: the home screen has one line for messages.
            m.home.message = Some(e.lines().map(str::trim).collect::<Vec<_>>().join(" "));
        }
        Msg::CountersignReady(p) => {
            if let Some(r) = m.review.as_mut() {
                review::countersign_ready(r, p);
            }
        }
        Msg::WrongPassphrase => {
            if let Some(r) = m.review.as_mut() {
                review::wrong_passphrase(r);
            } else if let Some(Dialog::Sign { pass, .. }) = m.dialog.as_mut() {
                pass.refused();
            }
        }
        Msg::Countersigned(res) => {
            if let Some(r) = m.review.as_mut() {
                review::countersigned(r, res);
            }
        }
        Msg::Listed(Ok(entries)) => {
            m.home.entries = entries;
            m.home.loaded = true;
            m.home.cursor = m.home.cursor.min(m.home.entries.len().saturating_sub(1));
        }
        Msg::Listed(Err(e)) => {
            m.home.loaded = true;
            m.home.message = Some(e);
        }
        Msg::Opened(Ok(s)) => {
            m.review = None;
            m.session = Some(*s);
            m.wizard = wizard::Wizard::default();
            m.dashboard = dashboard::Dashboard::default();
            m.filing = filing::Filing::default();
            m.plan = plan::Plan::default();
            m.saved = Saved::Clean;
            out.go(Go::Wizard);
        }
        Msg::Opened(Err(e)) => match m.screen {
            Screen::Form => m.form.error = Some(e),
            _ => m.home.message = Some(e),
        },
        Msg::NewKey(then_sign) => {
            m.dialog = None;
            m.keygen = Some(keygen::KeyForm::new(then_sign));
        }
        Msg::KeyGen(keygen::Msg::Close) => {
            let then_sign = m
                .keygen
                .take()
                .is_some_and(|f| f.then_sign && matches!(f.state, keygen::State::Done(_)));
            if then_sign && let Some(s) = m.session.as_ref() {
                m.dialog = Some(dialog::sign(s, &mut out));
            }
        }
        Msg::KeyGen(km) => {
            let l = m.l();
            if let Some(f) = m.keygen.as_mut() {
                keygen::update(f, l, km, &mut out);
            }
        }
        Msg::KeyCreated(r) => {
            if let Some(f) = m.keygen.as_mut() {
                match r {
                    Ok(c) => f.state = keygen::State::Done(c),
                    Err(e) => {
                        f.state = keygen::State::Asking;
                        f.error = Some(e);
                    }
                }
            }
        }
        // The sign dialog with no key to sign with: Enter creates one.
        Msg::Dialog(dialog::Msg::Confirm)
            if matches!(
                &m.dialog,
                Some(Dialog::Sign { plan, .. })
                    if plan.keys.is_empty() && plan.unchanged_since.is_none()
            ) =>
        {
            m.dialog = None;
            m.keygen = Some(keygen::KeyForm::new(true));
        }
        Msg::Dialog(dm) => {
            if let (Some(d), Some(s)) = (m.dialog.as_mut(), m.session.as_ref())
                && !dialog::update(d, s, dm, &mut out)
            {
                m.dialog = None;
            }
        }
        Msg::Sign => {
            if let Some(s) = m.session.as_ref() {
                m.dialog = Some(dialog::sign(s, &mut out));
            }
        }
        Msg::Report => {
            if let Some(s) = m.session.as_ref() {
                m.dialog = Some(dialog::report(s, &mut out));
            }
        }
        Msg::FilingPdf => {
            if let Some(s) = m.session.as_ref() {
                m.dialog = Some(dialog::filing_pdf(s, &mut out));
            }
        }
        Msg::SignReady(r) => {
            m.dialog = Some(match (r, m.session.as_ref()) {
                (Ok(plan), Some(s)) => Dialog::Sign {
                    plan,
                    key: 0,
                    unanswered: s.score.progress.unanswered.len(),
                    unsure: s.score.progress.unsure.len(),
                    pass: Default::default(),
                },
                (Ok(_), None) => return out.effects,
                (Err(e), _) => Dialog::Failed(e),
            });
        }
        Msg::Signed(r) => {
            m.dialog = Some(match r {
                Ok((info, anchor)) => {
                    if let Some(s) = m.session.as_mut() {
                        s.draft.signed = Some(anchor);
                        // The new revision answers the review the assessor was shown.
                        if let Some(fb) = s.feedback.as_mut() {
                            fb.latest_revision = info.revision;
                            fb.answered = true;
                        }
                    }
                    Dialog::Signed(info)
                }
                Err(e) => Dialog::Failed(e),
            });
        }
        Msg::Reported(r) => {
            m.dialog = Some(match r {
                Ok(info) => Dialog::Reported(info),
                Err(e) => Dialog::Failed(e),
            });
        }
        Msg::Saved(Ok(())) => m.saved = Saved::Saved,
        Msg::Reloaded { draft, lost } => {
            if let Some(s) = m.session.as_mut() {
                s.reload(*draft);
                m.saved = Saved::Reloaded { lost };
                if m.screen == Screen::Filing {
                    filing::open(&mut m.filing, s);
                }
                // Risk changes shown for a change that was not written would mislead.
                m.wizard.live.clear();
            }
        }
        Msg::Saved(Err(e)) => m.saved = Saved::Failed(e),
    }
    if let Some(l) = out.lang.take() {
        switch_lang(m, l, &mut out);
    }
    if let Some(g) = out.go.take() {
        go(m, g, &mut out);
    }
    // A gap of the filing pack: its question, in the wizard.
    if let Some(q) = out.question.take()
        && m.session.is_some()
    {
        go(m, Go::Wizard, &mut out);
        if let Some(s) = m.session.as_mut() {
            wizard::update(&mut m.wizard, s, wizard::Msg::Jump(q), &mut out);
        }
    }
    // Only the newest draft (or review) needs writing: drop saves a later one supersedes.
    let draft = |e: &Effect| matches!(e, Effect::Save(_));
    let review = |e: &Effect| matches!(e, Effect::SaveReview(_));
    for is_save in [&draft as &dyn Fn(&Effect) -> bool, &review] {
        if let Some(last) = out.effects.iter().rposition(is_save) {
            m.saved = Saved::Saving;
            let mut i = 0;
            out.effects.retain(|e| {
                let keep = !is_save(e) || i == last;
                i += 1;
                keep
            });
        }
    }
    out.effects
}

/// Switches every screen to `l` at once: the questionnaire's texts and the risk words
/// of an open assessment too (it is scored again in that language), and remembers it.
fn switch_lang(m: &mut Model, l: Lang, out: &mut Out) {
    m.lang = l.tag().to_string();
    m.questionnaires = Model::builtin_questionnaires(&m.lang);
    m.form.questionnaires = m.questionnaires.clone();
    if let Some(s) = m.session.as_mut() {
        let feedback = s.feedback.take();
        *s = Session::new(s.draft.clone(), s.questionnaire.clone(), &m.lang);
        s.feedback = feedback;
        if m.screen == Screen::Filing {
            filing::open(&mut m.filing, s);
        }
    }
    out.effect(Effect::SaveLang(l));
    if m.screen == Screen::Home {
        out.effect(Effect::List);
    }
}

fn go(m: &mut Model, g: Go, out: &mut Out) {
    m.help = false;
    match g {
        Go::Home => {
            let review = m.review.take().is_some();
            if m.session.take().is_some() || review {
                out.effect(Effect::Close);
            }
            m.home.message = None;
            m.screen = Screen::Home;
            out.effect(Effect::List);
        }
        Go::New => {
            m.form = Form::new(
                &NewAssessment {
                    questionnaire: crate::questionnaire::load::DEFAULT_ID.to_string(),
                    ..NewAssessment::default()
                },
                m.questionnaires.clone(),
            );
            m.screen = Screen::Form;
        }
        Go::Wizard => {
            if let Some(s) = m.session.as_mut() {
                wizard::start(&mut m.wizard, s, out);
                // Said once, on the first question shown (a lock another computer left).
                if let Some(n) = s.notice.take() {
                    m.wizard.error = Some(n);
                }
                m.screen = Screen::Wizard;
            }
        }
        Go::Dashboard if m.session.is_some() => m.screen = Screen::Dashboard,
        Go::Filing => {
            if let Some(s) = m.session.as_ref() {
                // Where the user was, when back from answering a gap's question.
                filing::open(&mut m.filing, s);
                m.screen = Screen::Filing;
            }
        }
        Go::Plan if m.session.is_some() => m.screen = Screen::Plan,
        Go::Review if m.review.is_some() => m.screen = Screen::Review,
        Go::Dashboard | Go::Plan | Go::Review => {}
    }
}

fn click(m: &mut Model, col: u16, row: u16, out: &mut Out) {
    if m.help {
        m.help = false;
        return;
    }
    let area = ratatui::layout::Rect::new(0, 0, m.size.0, m.size.1);
    if super::view::too_small(area) {
        return;
    }
    if m.dialog.is_none() {
        match super::view::header_hit(m, area, col, row) {
            Some(super::view::Tab::Screen(sc)) => {
                let g = match sc {
                    Screen::Dashboard => Go::Dashboard,
                    Screen::Plan => Go::Plan,
                    _ => Go::Wizard,
                };
                if m.screen != sc {
                    out.go(g);
                }
                return;
            }
            Some(super::view::Tab::ReviewPage(p)) => {
                if let Some(r) = m.review.as_mut()
                    && r.page != p
                    && r.dialog.is_none()
                    && r.editor.is_none()
                {
                    review::update(r, review::Msg::OpinionPage, out);
                }
                return;
            }
            None => {}
        }
    }
    let body = super::view::body_area(m, area);
    match (m.screen, m.session.as_mut()) {
        (Screen::Home, _) => {
            let l = m.l();
            if let Some(i) = home::hit(&m.home, l, m.today, area, row) {
                home::update(&mut m.home, l, home::Msg::Select(i), out);
            }
        }
        (Screen::Form, _) => {
            if let Some(i) = form::hit(area, col, row) {
                let l = m.l();
                form::update(&mut m.form, l, form::Msg::Focus(i), out);
            }
        }
        (Screen::Wizard, Some(s)) => {
            if let Some(msg) = wizard::hit(&m.wizard, s, body, col, row) {
                wizard::update(&mut m.wizard, s, msg, out);
            }
        }
        (Screen::Dashboard, Some(s)) => {
            if let Some(i) = dashboard::hit(&m.dashboard, s, m.today, body, row) {
                dashboard::update(&mut m.dashboard, s, dashboard::Msg::Select(i), out);
            } else if let Some(t) = dashboard::tab_hit(&m.dashboard, s, m.today, body, col, row) {
                dashboard::update(&mut m.dashboard, s, dashboard::Msg::Tab(t), out);
            }
        }
        (Screen::Plan, Some(s)) => {
            if let Some(i) = plan::hit(&m.plan, s, m.today, body, row) {
                plan::update(&mut m.plan, s, plan::Msg::Select(i), out);
            }
        }
        (Screen::Review, _) => {
            if let Some(r) = m.review.as_mut()
                && let Some(msg) = review::hit(r, m.today, body, col, row)
            {
                review::update(r, msg, out);
            }
        }
        _ => {}
    }
}
