//! Every screen at the smallest and largest terminal sizes Farol supports (60×20 to
//! 250×70, with 80×24 and 120×40 between), in the dark theme (text) and the light theme
//! (text and every cell's colours and emphasis, so a colour regression shows). One test
//! per (screen, size, theme), generated from the table at the bottom.

mod tui_support;

use farol::answer::{Answer, Answers};
use farol::tui::Start;
use farol::tui::theme::Theme;
use ratatui::crossterm::event::KeyCode;
use tui_support::{Harness, answered, fixture_draft};

fn check(name: &str, scenario: fn((u16, u16)) -> Harness, size: (u16, u16), light: bool) {
    let mut h = scenario(size);
    let (theme, tag) = if light {
        (Theme::light(), "light")
    } else {
        (Theme::dark(), "dark")
    };
    h.model.theme = theme;
    let shown = if light { h.render_styled() } else { h.render() };
    insta::assert_snapshot!(format!("{name}_{tag}_{}x{}", size.0, size.1), shown);
}

fn home_list(size: (u16, u16)) -> Harness {
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

fn home_language_menu(size: (u16, u16)) -> Harness {
    let mut h = Harness::empty(size);
    h.key(KeyCode::Char('L')).key(KeyCode::Down);
    h
}

fn home_keys(size: (u16, u16)) -> Harness {
    let mut h = Harness::empty(size);
    h.key(KeyCode::Char('?'));
    h
}

fn form(size: (u16, u16)) -> Harness {
    let mut h = Harness::start(Start::New(Default::default()), size, &[]);
    h.keys("Fingerprint clock 指紋考勤")
        .key(KeyCode::Tab)
        .keys("Lótus Trading");
    h
}

fn jump(size: (u16, u16), to: &str) -> Harness {
    let mut h = Harness::wizard(size, answered());
    h.send(farol::tui::Msg::Wizard(
        farol::tui::screens::wizard::Msg::Jump(to.into()),
    ));
    h
}

/// At rest on a question (the wizard starts typing in a date it resumes at).
fn wizard(size: (u16, u16)) -> Harness {
    let mut h = Harness::wizard(size, answered());
    h.key(KeyCode::Esc);
    h
}

fn wizard_multi(size: (u16, u16)) -> Harness {
    let mut h = Harness::wizard(size, Answers::new());
    h.key(KeyCode::Char(' ')).key(KeyCode::Down);
    h
}

fn wizard_yes_no(size: (u16, u16)) -> Harness {
    let mut a = Answers::new();
    a.insert("scr.cats".into(), Answer::Choices(vec!["health".into()]));
    let mut h = Harness::wizard(size, a);
    h.key(KeyCode::Enter);
    h
}

fn wizard_single(size: (u16, u16)) -> Harness {
    jump(size, "scr.size")
}

fn wizard_text(size: (u16, u16)) -> Harness {
    let mut h = jump(size, "det.purpose");
    h.keys(" 資料");
    h
}

fn wizard_date(size: (u16, u16)) -> Harness {
    let mut h = jump(size, "det.start");
    h.keys("30/11/2026").key(KeyCode::Enter);
    h
}

fn wizard_rows(size: (u16, u16)) -> Harness {
    jump(size, "det.flows")
}

fn wizard_row_editor(size: (u16, u16)) -> Harness {
    let mut h = jump(size, "det.flows");
    h.key(KeyCode::Char('a'))
        .keys("澳門 office")
        .key(KeyCode::Tab)
        .key(KeyCode::Char(' '));
    h
}

fn wizard_sections(size: (u16, u16)) -> Harness {
    let mut h = wizard(size);
    h.key(KeyCode::Char('s'));
    h
}

fn wizard_keys(size: (u16, u16)) -> Harness {
    let mut h = wizard(size);
    h.key(KeyCode::Char('?'));
    h
}

fn dashboard(size: (u16, u16)) -> Harness {
    let mut h = wizard(size);
    h.key(KeyCode::Char('d'));
    h
}

fn dashboard_explain(size: (u16, u16)) -> Harness {
    let mut h = dashboard(size);
    h.key(KeyCode::Enter);
    h
}

fn legal_panel(size: (u16, u16)) -> Harness {
    let mut h = dashboard(size);
    tui_support::legal_conclusions(&mut h.model.session.as_mut().unwrap().score);
    h.key(KeyCode::Tab).key(KeyCode::Down).key(KeyCode::Down);
    h
}

fn plan(size: (u16, u16)) -> Harness {
    let mut h = wizard(size);
    h.key(KeyCode::Char('p'));
    h
}

fn plan_editor(size: (u16, u16)) -> Harness {
    let mut h = plan(size);
    h.key(KeyCode::Enter)
        .key(KeyCode::Tab)
        .key(KeyCode::Tab)
        .keys("Ana Lei 李安娜")
        .key(KeyCode::Tab)
        .keys("2026-12-15");
    h
}

fn filing(size: (u16, u16)) -> Harness {
    let mut h = Harness::macau(size, tui_support::macau_filing_answers());
    h.key(KeyCode::Char('f'));
    h
}

/// The sign dialog, asking which key to sign with.
fn sign_key_prompt(size: (u16, u16)) -> Harness {
    use farol::tui::screens::dialog::{Dialog, KeyChoice, SignPlan};
    let mut h = dashboard(size);
    let key = |id: &str, name: &str, trusted| KeyChoice {
        signed_it: false,
        protected: false,
        fingerprint: String::new(),
        id: id.into(),
        name: name.into(),
        role: "assessor".into(),
        trusted,
    };
    h.model.dialog = Some(Dialog::Sign {
        plan: SignPlan {
            next: 3,
            keys: vec![
                key("farol:1a2b3c4d5e6f7a8b", "Ana Lei", true),
                key("farol:99aa00bb11cc22dd", "Ana Lei (laptop)", false),
            ],
            keys_dir: "/home/ana/.config/farol/keys".into(),
            unchanged_since: None,
        },
        key: 1,
        unanswered: 4,
        unsure: 1,
        pass: Default::default(),
    });
    h
}

fn review_answers(size: (u16, u16)) -> Harness {
    let mut h = Harness::signed(Start::Review("fx1".into()), size, answered());
    h.key(KeyCode::Down)
        .key(KeyCode::Char('c'))
        .keys("Which cloud region? The contract says 深圳.")
        .key(KeyCode::Esc);
    h.key(KeyCode::Char('v')).key(KeyCode::Char('v'));
    h
}

fn review_opinion(size: (u16, u16)) -> Harness {
    let mut h = review_answers(size);
    h.key(KeyCode::Char('o')).key(KeyCode::Char('2'));
    h
}

fn review_keys(size: (u16, u16)) -> Harness {
    let mut h = review_answers(size);
    h.key(KeyCode::Char('?'));
    h
}

/// Each screen, at each size, in each theme: one test apiece.
macro_rules! matrix {
    ($($screen:ident),+ $(,)?) => {$(
        mod $screen {
            use super::check;
            #[test] fn dark_60x20() { check(stringify!($screen), super::$screen, (60, 20), false) }
            #[test] fn dark_80x24() { check(stringify!($screen), super::$screen, (80, 24), false) }
            #[test] fn dark_120x40() { check(stringify!($screen), super::$screen, (120, 40), false) }
            #[test] fn dark_250x70() { check(stringify!($screen), super::$screen, (250, 70), false) }
            #[test] fn light_60x20() { check(stringify!($screen), super::$screen, (60, 20), true) }
            #[test] fn light_80x24() { check(stringify!($screen), super::$screen, (80, 24), true) }
            #[test] fn light_120x40() { check(stringify!($screen), super::$screen, (120, 40), true) }
            #[test] fn light_250x70() { check(stringify!($screen), super::$screen, (250, 70), true) }
        }
    )+};
}

matrix!(
    home_list,
    home_language_menu,
    home_keys,
    form,
    wizard_multi,
    wizard_yes_no,
    wizard_single,
    wizard_text,
    wizard_date,
    wizard_rows,
    wizard_row_editor,
    wizard_sections,
    wizard_keys,
    dashboard,
    dashboard_explain,
    legal_panel,
    plan,
    plan_editor,
    filing,
    sign_key_prompt,
    review_answers,
    review_opinion,
    review_keys,
);
