//! What must fit on screen at the sizes Farol supports: every key of the home screen in
//! its reminder, room for the titles in its list, a reading measure for the question
//! text on a wide terminal, and a whole note however long.

mod tui_support;

use farol::tui::Start;
use tui_support::{Harness, LANGS, answered, fixture_draft, in_lang};

fn home(size: (u16, u16)) -> Harness {
    let d = fixture_draft(
        "fx1",
        "Attendance app rollout",
        "Lótus Trading (蓮花貿易)",
        answered(),
    );
    Harness::start(Start::Home, size, &[d])
}

/// The home screen's key reminder keeps every key at 80×24 (on two lines), in every
/// language; at 60×20, at least `?`, whose overlay lists them all.
#[test]
fn every_home_key_is_reachable_at_80x24_and_60x20() {
    for lang in LANGS {
        in_lang(lang, || {
            let l = farol::i18n::Lang::parse(lang).unwrap();
            let mut h = home((80, 24));
            let shown = h.render();
            for (k, what) in farol::tui::strings::home_keys(l) {
                assert!(
                    shown.contains(&format!("{k} {what}")),
                    "{lang}: {k}\n{shown}"
                );
            }
            h.model.size = (60, 20);
            let shown = h.render();
            assert!(shown.contains("? "), "{lang}\n{shown}");
            h.key(ratatui::crossterm::event::KeyCode::Char('?'));
            let help = h.render();
            for k in ["K ", "d ", "L ", "n ", "v "] {
                assert!(
                    help.lines().any(|line| line.contains(&format!("│{k}"))),
                    "{lang}: {k}\n{help}"
                );
            }
        });
    }
}

/// At 60 columns the list leaves out the last change, so a title keeps 18 columns.
#[test]
fn titles_get_room_at_60_columns() {
    let h = home((60, 20));
    let shown = h.render();
    assert!(shown.contains("Attendance app ro"), "{shown}");
    let h = home((80, 24));
    let shown = h.render();
    assert!(
        shown.contains("Attendance app rollout") && shown.contains("2026-11-20"),
        "{shown}"
    );
}
