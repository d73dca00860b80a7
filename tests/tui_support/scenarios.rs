//! The screens as the snapshot suites show them: each scenario builds a harness at a size
//! and drives it to one screen. `tui_screens` shows them in every language at two sizes,
//! `tui_matrix` at every size in both themes; both call these, so a scenario changes in
//! one place.

use farol::answer::{Answer, Answers};
use farol::tui::Start;
use farol::tui::screens::dialog::{Dialog, KeyChoice, SignPlan};
use ratatui::crossterm::event::KeyCode;

use super::{Harness, answered, fixture_draft};

/// Two drafts on the home screen, one with a CJK title.
pub fn home_list(size: (u16, u16)) -> Harness {
    let d1 = fixture_draft(
        "fx1",
        "Attendance app rollout",
        "Lótus Trading (蓮花貿易)",
        answered(),
    );
    let d2 = fixture_draft(
        "fx2",
        "診所預約系統 clinic booking",
        "Clínica São João",
        Answers::new(),
    );
    Harness::start(Start::Home, size, &[d1, d2])
}

pub fn home_language_menu(size: (u16, u16)) -> Harness {
    let mut h = Harness::empty(size);
    h.key(KeyCode::Char('L')).key(KeyCode::Down);
    h
}

/// The home screen's `?` overlay (with the note on translations).
pub fn home_keys(size: (u16, u16)) -> Harness {
    let mut h = Harness::empty(size);
    h.key(KeyCode::Char('?'));
    h
}

pub fn form(size: (u16, u16)) -> Harness {
    let mut h = Harness::start(Start::New(Default::default()), size, &[]);
    h.keys("Fingerprint clock 指紋考勤")
        .key(KeyCode::Tab)
        .keys("Lótus Trading");
    h
}

/// The wizard moved to question `to`.
pub fn jump(size: (u16, u16), to: &str) -> Harness {
    let mut h = Harness::wizard(size, answered());
    h.send(farol::tui::Msg::Wizard(
        farol::tui::screens::wizard::Msg::Jump(to.into()),
    ));
    h
}

/// At rest on a question (the wizard starts typing in a date it resumes at).
pub fn wizard(size: (u16, u16)) -> Harness {
    let mut h = Harness::wizard(size, answered());
    h.key(KeyCode::Esc);
    h
}

/// A multiple choice, one ticked.
pub fn wizard_multi(size: (u16, u16)) -> Harness {
    let mut h = Harness::wizard(size, Answers::new());
    h.key(KeyCode::Char(' ')).key(KeyCode::Down);
    h
}

pub fn wizard_yes_no(size: (u16, u16)) -> Harness {
    let mut a = Answers::new();
    a.insert("scr.cats".into(), Answer::Choices(vec!["health".into()]));
    let mut h = Harness::wizard(size, a);
    h.key(KeyCode::Enter);
    h
}

pub fn wizard_single(size: (u16, u16)) -> Harness {
    jump(size, "scr.size")
}

/// A text answer being typed, with CJK.
pub fn wizard_text(size: (u16, u16)) -> Harness {
    let mut h = jump(size, "det.purpose");
    h.keys(" 資料");
    h
}

/// A date typed in the wrong form: the error says what to write.
pub fn wizard_date(size: (u16, u16)) -> Harness {
    let mut h = jump(size, "det.start");
    h.keys("30/11/2026").key(KeyCode::Enter);
    h
}

pub fn wizard_rows(size: (u16, u16)) -> Harness {
    jump(size, "det.flows")
}

pub fn wizard_row_editor(size: (u16, u16)) -> Harness {
    let mut h = jump(size, "det.flows");
    h.key(KeyCode::Char('a'))
        .keys("澳門 office")
        .key(KeyCode::Tab)
        .key(KeyCode::Char(' '));
    h
}

/// The section list popup.
pub fn wizard_sections(size: (u16, u16)) -> Harness {
    let mut h = wizard(size);
    h.key(KeyCode::Char('s'));
    h
}

/// The wizard's `?` overlay.
pub fn wizard_keys(size: (u16, u16)) -> Harness {
    let mut h = wizard(size);
    h.key(KeyCode::Char('?'));
    h
}

pub fn dashboard(size: (u16, u16)) -> Harness {
    let mut h = wizard(size);
    h.key(KeyCode::Char('d'));
    h
}

pub fn dashboard_explain(size: (u16, u16)) -> Harness {
    let mut h = dashboard(size);
    h.key(KeyCode::Enter);
    h
}

/// The risk screen with legal conclusions of every kind (built by hand until the Macau
/// questionnaire 2.0 draws them).
pub fn dashboard_legal(size: (u16, u16)) -> Harness {
    let mut h = dashboard(size);
    super::legal_conclusions(&mut h.model.session.as_mut().unwrap().score);
    h
}

/// The legal panel's duties, the one believed not to apply highlighted.
pub fn legal_panel(size: (u16, u16)) -> Harness {
    let mut h = dashboard_legal(size);
    h.key(KeyCode::Tab).key(KeyCode::Down).key(KeyCode::Down);
    h
}

pub fn plan(size: (u16, u16)) -> Harness {
    let mut h = wizard(size);
    h.key(KeyCode::Char('p'));
    h
}

pub fn plan_editor(size: (u16, u16)) -> Harness {
    let mut h = plan(size);
    h.key(KeyCode::Enter)
        .key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .keys("Ana Lei 李安娜")
        .key(KeyCode::Tab)
        .keys("2026-12-15");
    h
}

/// The filing pack of a Macau draft (`f` on the risk screen).
pub fn filing(size: (u16, u16)) -> Harness {
    let mut h = Harness::macau(size, super::macau_filing_answers());
    h.key(KeyCode::Char('f'));
    assert_eq!(h.model.screen, farol::tui::Screen::Filing);
    h
}

/// A signing key offered by the sign dialog.
pub fn key_choice(id: &str, name: &str, trusted: bool) -> KeyChoice {
    KeyChoice {
        signed_it: false,
        protected: false,
        fingerprint: String::new(),
        id: id.into(),
        name: name.into(),
        role: "assessor".into(),
        trusted,
    }
}

/// The sign dialog's plan for revision 3 with these keys.
pub fn sign_plan(keys: Vec<KeyChoice>) -> SignPlan {
    SignPlan {
        next: 3,
        keys,
        keys_dir: "/home/ana/.config/farol/keys".into(),
        unchanged_since: None,
    }
}

/// `dialog` open over the risk screen.
pub fn dialog(size: (u16, u16), dialog: Dialog) -> Harness {
    let mut h = dashboard(size);
    h.model.dialog = Some(dialog);
    h
}

/// The sign dialog, asking which of two keys to sign with (the second, not trusted).
pub fn sign_key_prompt(size: (u16, u16)) -> Harness {
    dialog(
        size,
        Dialog::Sign {
            plan: sign_plan(vec![
                key_choice("farol:1a2b3c4d5e6f7a8b", "Ana Lei", true),
                key_choice("farol:99aa00bb11cc22dd", "Ana Lei (laptop)", false),
            ]),
            key: 1,
            unanswered: 4,
            unsure: 1,
            pass: Default::default(),
        },
    )
}

/// The fixture signed as revision 1, opened in review mode with a comment, a verdict with
/// its note, and the second question selected.
pub fn review_answers(size: (u16, u16)) -> Harness {
    let mut h = Harness::signed(Start::Review("fx1".into()), size, answered());
    h.key(KeyCode::Down)
        .key(KeyCode::Char('c'))
        .keys("Which cloud region? The contract says 深圳.")
        .key(KeyCode::Esc);
    h.key(KeyCode::Char('v'))
        .key(KeyCode::Char('v'))
        .key(KeyCode::Char('v'));
    h.key(KeyCode::Char('n'))
        .keys("The transfer abroad needs its legal basis.")
        .key(KeyCode::Esc);
    h
}

/// The opinion page: "approve with conditions" chosen, a belief ticked.
pub fn review_opinion(size: (u16, u16)) -> Harness {
    let mut h = review_answers(size);
    h.key(KeyCode::Char('o')).key(KeyCode::Char('2'));
    h.key(KeyCode::Down)
        .key(KeyCode::Down)
        .key(KeyCode::Char(' '));
    h
}

/// Review mode's `?` overlay.
pub fn review_keys(size: (u16, u16)) -> Harness {
    let mut h = review_answers(size);
    h.key(KeyCode::Char('?'));
    h
}
