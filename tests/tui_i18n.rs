//! The terminal UI in the languages of Macau: the language menu switches every screen
//! and is remembered, the questionnaire is read and scored in the new language, a
//! questionnaire without it says so, Chinese typed anywhere never breaks a screen, and
//! the new-assessment form shows (and lets the user choose) the id.

mod tui_support;

use farol::questionnaire::AnswerKind;
use farol::tui::{Screen, Start};
use ratatui::crossterm::event::KeyCode;
use tui_support::{Harness, answered, fixture_draft, in_lang};

fn settings(h: &Harness) -> String {
    std::fs::read_to_string(h.dir.path().join("config/settings.ron")).unwrap_or_default()
}

#[test]
fn the_language_menu_switches_every_screen_at_once_and_remembers_the_choice() {
    in_lang("pt", || {
        let d = fixture_draft("fx1", "Relógio de ponto", "Lótus", answered());
        let mut h = Harness::start(Start::Home, (80, 24), &[d]);
        assert!(h.render().contains("Avaliações"), "{}", h.render());
        h.key(KeyCode::Char('L'));
        assert!(h.render().contains("繁體中文"), "{}", h.render());
        h.key(KeyCode::Up); // from Português to 繁體中文
        h.key(KeyCode::Enter);
        assert_eq!(h.model.lang, "zh-Hant");
        assert_eq!(h.fx.lang, "zh-Hant");
        assert!(h.model.home.languages.is_none());
        let screen = h.render();
        assert!(
            screen.contains("評估") && screen.contains("L 語言"),
            "{screen}"
        );
        assert!(settings(&h).contains("\"zh-Hant\""), "{}", settings(&h));
        // Opened now, the assessment is read and scored in Chinese.
        h.key(KeyCode::Enter);
        assert_eq!(h.model.screen, Screen::Wizard);
        let s = h.model.session.as_ref().unwrap();
        assert_eq!(s.lang, "zh-Hant");
        assert!(
            s.score.categories.iter().any(|c| c.name == "健康資料"),
            "{:?}",
            s.score
                .categories
                .iter()
                .map(|c| &c.name)
                .collect::<Vec<_>>()
        );
        let screen = h.render();
        assert!(
            screen.contains("初步評估") && screen.contains("已儲存"),
            "{screen}"
        );
    });
}

#[test]
fn the_language_menu_is_closed_by_esc_and_picks_by_number() {
    let mut h = Harness::empty((80, 24));
    h.key(KeyCode::Char('l'));
    assert!(h.model.home.languages.is_some());
    h.key(KeyCode::Esc);
    assert!(h.model.home.languages.is_none());
    assert!(!h.model.quit, "Esc closes the menu, not Farol");
    assert_eq!(h.model.lang, "en");
    assert_eq!(settings(&h), "", "nothing chosen, nothing saved");
    h.key(KeyCode::Char('L')).key(KeyCode::Char('3'));
    assert_eq!(h.model.lang, "pt");
    assert!(h.render().contains("Este dossier ainda não tem avaliações"));
}

#[test]
fn a_questionnaire_without_the_screen_language_says_so_on_the_status_line() {
    // English-only fixture; the screens switched to Chinese before opening it.
    let d = fixture_draft("fx1", "Attendance", "Lótus", answered());
    let mut h = Harness::start(Start::Home, (120, 40), &[d]);
    h.key(KeyCode::Char('L')).key(KeyCode::Char('2'));
    h.key(KeyCode::Enter);
    let screen = h.render();
    assert!(
        screen.contains("問卷「Fixture questionnaire」沒有繁體中文文字"),
        "{screen}"
    );
    // The chrome is still Chinese; the questions fall back to English.
    assert!(
        screen.contains("已儲存") && screen.contains("Screening"),
        "{screen}"
    );
}

/// Every question of the Macau questionnaire answered in Chinese (typed text, table rows)
/// and drawn at 80×24 and 120×40 after every key: nothing panics, no line is wider than
/// the screen.
#[test]
fn the_macau_questionnaire_walked_in_chinese_with_chinese_answers_never_breaks_a_screen() {
    in_lang("zh-Hant", || {
        let mut h = Harness::start(Start::New(Default::default()), (80, 24), &[]);
        h.keys("指紋考勤機推行 — 澳門中小企").ctrl('s');
        assert_eq!(h.model.screen, Screen::Wizard);
        let mut steps = 0;
        while h.model.wizard.popup.is_none() {
            steps += 1;
            assert!(steps < 1000, "the wizard does not end");
            let s = h.model.session.as_ref().unwrap();
            let id = h.current().unwrap();
            let kind = s.question(&id).unwrap().2.kind.clone();
            match kind {
                AnswerKind::YesNo | AnswerKind::Single(_) => {
                    h.key(KeyCode::Enter);
                }
                AnswerKind::Multi(_) | AnswerKind::Categories => {
                    h.key(KeyCode::Char(' ')).key(KeyCode::Enter);
                }
                AnswerKind::Text { .. } => {
                    h.keys("員工以手機打卡，資料存放於珠海的伺服器（由供應商管理）。")
                        .key(KeyCode::Tab);
                }
                AnswerKind::Number { min, .. } => {
                    h.keys(&min.unwrap_or(0).max(1).to_string())
                        .key(KeyCode::Enter);
                }
                AnswerKind::Date => {
                    h.keys("2026-12-01").key(KeyCode::Enter);
                }
                AnswerKind::Rows(_) => {
                    h.key(KeyCode::Char('a')).keys("澳門總辦事處人力資源部");
                    check(&mut h);
                    h.key(KeyCode::Tab)
                        .key(KeyCode::Char(' '))
                        .key(KeyCode::Enter)
                        .key(KeyCode::Right);
                }
            }
            check(&mut h);
        }
        for key in ['d', 'p'] {
            h.key(KeyCode::Esc).key(KeyCode::Char(key));
            check(&mut h);
        }
    });
}

/// Draws the model at both sizes: every line fits its width (in cells).
fn check(h: &mut Harness) {
    let size = h.model.size;
    for s in tui_support::SIZES {
        h.model.size = s;
        for line in h.render().lines() {
            let w = unicode_width::UnicodeWidthStr::width(line);
            assert!(w <= s.0 as usize, "{w} > {}: {line}", s.0);
        }
    }
    h.model.size = size;
}

#[test]
fn the_form_shows_the_id_from_a_chinese_title_and_a_typed_id_wins() {
    in_lang("zh-Hant", || {
        let mut h = Harness::start(Start::New(Default::default()), (80, 24), &[]);
        h.keys("指紋考勤");
        assert_eq!(h.model.form.id(), "zhi-wen-kao-qin");
        assert!(h.render().contains("zhi-wen-kao-qin"), "{}", h.render());
        // To the id field (after organisation, system, vendor and assessor).
        for _ in 0..5 {
            h.key(KeyCode::Tab);
        }
        h.keys("Fingerprint 2026");
        h.ctrl('s');
        assert_eq!(h.model.screen, Screen::Form, "an invalid id is refused");
        let e = h.model.form.error.clone().unwrap();
        assert!(
            e.contains("Fingerprint 2026") && e.contains("不能作為識別碼"),
            "{e}"
        );
        for _ in 0.."Fingerprint 2026".chars().count() {
            h.key(KeyCode::Backspace);
        }
        h.keys("fingerprint-2026").ctrl('s');
        assert_eq!(h.model.screen, Screen::Wizard);
        let s = h.model.session.as_ref().unwrap();
        assert_eq!(s.draft.id, "fingerprint-2026");
        assert_eq!(s.draft.title, "指紋考勤");
    });
}

#[test]
fn a_typed_id_already_used_is_refused_rather_than_numbered() {
    let d = fixture_draft("taken", "Taken", "Lótus", answered());
    let mut h = Harness::start(Start::New(Default::default()), (80, 24), &[d]);
    h.keys("Another title");
    for _ in 0..5 {
        h.key(KeyCode::Tab);
    }
    h.keys("taken").ctrl('s');
    assert_eq!(h.model.screen, Screen::Form);
    let e = h.model.form.error.clone().unwrap();
    assert!(e.contains("'taken' is already used"), "{e}");
    assert!(!h.dir.path().join("assessments/taken-2").exists());
    // Left empty, the id comes from the title.
    for _ in 0.."taken".len() {
        h.key(KeyCode::Backspace);
    }
    h.ctrl('s');
    assert_eq!(h.model.session.as_ref().unwrap().draft.id, "another-title");
}
