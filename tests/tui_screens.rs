//! Snapshots of every screen of the terminal UI, at 80×24 and 120×40, drawn into a
//! TestBackend from a fixture questionnaire (so the Macau PIA's wording can change freely).

mod tui_support;

use farol::answer::{Answer, Answers, Cell, Row};
use farol::tui::Start;
use ratatui::crossterm::event::KeyCode;
use tui_support::{Harness, SIZES, fixture_draft};

fn answered() -> Answers {
    let mut a = Answers::new();
    a.insert(
        "scr.cats".into(),
        Answer::Choices(vec!["health".into(), "location".into()]),
    );
    a.insert("scr.abroad".into(), Answer::Yes);
    a.insert("scr.size".into(), Answer::Choice("small".into()));
    a.insert(
        "det.purpose".into(),
        Answer::Text("員工考勤打卡 — staff clock in with GPS.\nSecond line: ação".into()),
    );
    a.insert("det.people".into(), Answer::Number(120));
    let mut row = Row::new();
    row.insert("where".into(), Cell::Text("Vendor cloud, 深圳".into()));
    row.insert(
        "cats".into(),
        Cell::Choices(vec!["health".into(), "location".into()]),
    );
    row.insert("place".into(), Cell::Choice("mainland".into()));
    a.insert("det.flows".into(), Answer::Rows(vec![row]));
    a
}

fn each_size(name: &str, scenario: impl Fn((u16, u16)) -> Harness) {
    for size in SIZES {
        let h = scenario(size);
        insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), h.render());
    }
}

#[test]
fn home_empty() {
    each_size("home_empty", Harness::empty);
}

#[test]
fn home_with_assessments() {
    each_size("home_list", |size| {
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
    });
}

#[test]
fn new_assessment_form() {
    each_size("form", |size| {
        let mut h = Harness::start(Start::New(Default::default()), size, &[]);
        h.keys("Fingerprint clock 指紋考勤")
            .key(KeyCode::Tab)
            .keys("Lótus Trading");
        h
    });
}

#[test]
fn wizard_choice_list() {
    each_size("wizard_categories", |size| {
        let mut h = Harness::wizard(size, Answers::new());
        h.key(KeyCode::Char(' ')).key(KeyCode::Down);
        h
    });
}

#[test]
fn wizard_live_risk_line() {
    each_size("wizard_live_risk", |size| {
        let mut a = Answers::new();
        a.insert("scr.cats".into(), Answer::Choices(vec!["health".into()]));
        let mut h = Harness::wizard(size, a);
        h.key(KeyCode::Enter); // to scr.abroad
        h.key(KeyCode::Char('y')); // raises likelihood: a level changes
        h
    });
}

#[test]
fn wizard_text_with_cjk() {
    each_size("wizard_text_cjk", |size| {
        let mut h = Harness::wizard(size, answered());
        h.send(farol::tui::Msg::Wizard(
            farol::tui::screens::wizard::Msg::Jump("det.purpose".into()),
        ));
        h.keys(" 資料");
        h
    });
}

#[test]
fn wizard_number_error() {
    each_size("wizard_number_error", |size| {
        let mut h = Harness::wizard(size, answered());
        h.send(farol::tui::Msg::Wizard(
            farol::tui::screens::wizard::Msg::Jump("det.start".into()),
        ));
        h.keys("30/11/2026").key(KeyCode::Enter);
        h
    });
}

#[test]
fn wizard_table_and_row_editor() {
    each_size("wizard_rows", |size| {
        let mut h = Harness::wizard(size, answered());
        h.send(farol::tui::Msg::Wizard(
            farol::tui::screens::wizard::Msg::Jump("det.flows".into()),
        ));
        h
    });
    each_size("wizard_row_editor", |size| {
        let mut h = Harness::wizard(size, answered());
        h.send(farol::tui::Msg::Wizard(
            farol::tui::screens::wizard::Msg::Jump("det.flows".into()),
        ));
        h.key(KeyCode::Char('a'))
            .keys("澳門 office")
            .key(KeyCode::Tab)
            .key(KeyCode::Char(' '));
        h
    });
}

#[test]
fn wizard_help_panel_toggled_when_narrow() {
    each_size("wizard_help_toggled", |size| {
        let mut h = Harness::wizard(size, answered());
        h.send(farol::tui::Msg::Wizard(
            farol::tui::screens::wizard::Msg::Jump("scr.abroad".into()),
        ));
        h.key(KeyCode::Char('i'));
        h
    });
}

#[test]
fn wizard_popups() {
    each_size("popup_sections", |size| {
        let mut h = Harness::wizard(size, answered());
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h.key(KeyCode::Char('s'));
        h
    });
    each_size("popup_search", |size| {
        let mut h = Harness::wizard(size, answered());
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h.key(KeyCode::Char('/')).keys("data");
        h
    });
    each_size("popup_finish", |size| {
        let mut a = answered();
        a.insert("scr.abroad".into(), Answer::Unsure);
        let mut h = Harness::wizard(size, a);
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h.key(KeyCode::Char('f'));
        h
    });
}

#[test]
fn keys_overlay() {
    each_size("keys_overlay", |size| {
        let mut h = Harness::wizard(size, answered());
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h.key(KeyCode::Char('?'));
        h
    });
}

#[test]
fn dashboard_and_explanation() {
    each_size("dashboard", |size| {
        let mut h = Harness::wizard(size, answered());
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h.key(KeyCode::Char('d'));
        h
    });
    each_size("dashboard_explain", |size| {
        let mut h = Harness::wizard(size, answered());
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h.key(KeyCode::Char('d')).key(KeyCode::Enter);
        h
    });
}

#[test]
fn action_plan_and_editor() {
    each_size("plan", |size| {
        let mut h = Harness::wizard(size, answered());
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h.key(KeyCode::Char('p'));
        h
    });
    each_size("plan_editor", |size| {
        let mut h = Harness::wizard(size, answered());
        h.key(KeyCode::Esc); // stop typing in the date it resumed at
        h.key(KeyCode::Char('p'))
            .key(KeyCode::Enter)
            .keys("Ana Lei 李安娜")
            .key(KeyCode::Tab)
            .keys("2026-12-15");
        h
    });
}

#[test]
fn sign_and_report_dialogs() {
    use farol::tui::screens::dialog::{Dialog, KeyChoice, ReportInfo, SignPlan, SignedInfo};
    let plan = |keys: Vec<KeyChoice>| SignPlan {
        next: 3,
        keys,
        keys_dir: "/home/ana/.config/farol/keys".into(),
        unchanged_since: None,
    };
    let dialogs = [
        (
            "dialog_sign",
            Dialog::Sign {
                plan: plan(vec![
                    KeyChoice {
                        id: "farol:1a2b3c4d5e6f7a8b".into(),
                        name: "Ana Lei".into(),
                        role: "assessor".into(),
                        trusted: true,
                    },
                    KeyChoice {
                        id: "farol:99aa00bb11cc22dd".into(),
                        name: "Ana Lei (laptop)".into(),
                        role: "assessor".into(),
                        trusted: false,
                    },
                ]),
                key: 1,
                unanswered: 4,
                unsure: 1,
            },
        ),
        (
            "dialog_no_key",
            Dialog::Sign {
                plan: plan(vec![]),
                key: 0,
                unanswered: 0,
                unsure: 0,
            },
        ),
        (
            "dialog_signed",
            Dialog::Signed(SignedInfo {
                revision: 3,
                path: "/home/ana/dossier/assessments/fx1/revisions/0003.ron".into(),
                sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
                key: "farol:99aa00bb11cc22dd".into(),
                signer: "Ana Lei (assessor)".into(),
                trusted: false,
            }),
        ),
        (
            "dialog_report_of_draft",
            Dialog::Reported(ReportInfo {
                path: "/home/ana/dossier/reports/fx1-draft.pdf".into(),
                pages: 12,
                kb: 96,
                revision: None,
                missing_glyphs: 0,
            }),
        ),
    ];
    for (name, dialog) in dialogs {
        each_size(name, |size| {
            let mut h = Harness::wizard(size, answered());
            h.send(farol::tui::Msg::Go(farol::tui::Go::Dashboard));
            h.model.dialog = Some(dialog.clone());
            h
        });
    }
}
