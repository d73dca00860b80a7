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

/// A note of ten lines on a section's verdict, pasted as a terminal sends it (lines
/// ending in CR): kept line by line, shown whole over the first question at 80×24, and
/// whole in its editor.
#[test]
fn a_long_note_is_shown_whole_at_80x24() {
    use ratatui::crossterm::event::KeyCode;
    let mut h = Harness::signed(Start::Review("fx1".into()), (80, 24), answered());
    h.key(KeyCode::Char('v')).key(KeyCode::Char('n'));
    let lines: Vec<String> = (1..=10)
        .map(|i| format!("Line {i}: ask the vendor 供應商 for the list."))
        .collect();
    h.send(farol::tui::Msg::Paste(lines.join("\r")));
    let editing = h.render();
    h.key(KeyCode::Esc);
    let r = h.model.review.as_ref().unwrap();
    let note = &r.draft.verdicts.values().next().expect("a verdict").note;
    assert_eq!(note, &lines.join("\n"));
    let shown = h.render();
    for line in &lines {
        assert!(editing.contains(line.as_str()), "{line}\n{editing}");
    }
    // The first line follows the verdict, wrapped.
    assert!(shown.contains("acceptable — Line 1: ask"), "{shown}");
    for line in &lines[1..] {
        assert!(shown.contains(line.as_str()), "{line}\n{shown}");
    }
    assert!(
        shown.contains("›1."),
        "the first question still starts on screen\n{shown}"
    );
}

/// The widths of the panes whose top borders run along `row` of a rendering.
fn pane_widths(shown: &str, row: usize) -> Vec<usize> {
    let line = shown.lines().nth(row).unwrap();
    line.trim()
        .split_inclusive('┐')
        .map(|p| p.chars().count())
        .collect()
}

/// At 250 columns the question (and the answers under review) keep a reading measure of
/// about a hundred columns; the help panel grows and the panes are centred.
#[test]
fn the_question_keeps_a_reading_measure_at_250_columns() {
    use ratatui::crossterm::event::KeyCode;
    let mut h = Harness::wizard((250, 70), answered());
    h.key(KeyCode::Esc);
    let shown = h.render();
    let w = pane_widths(&shown, 1);
    assert_eq!(w.len(), 3, "{shown}");
    assert_eq!(w[1], 102, "{shown}");
    assert!(w[2] > 48, "the help panel takes some of the rest: {w:?}");
    let left = shown
        .lines()
        .nth(1)
        .unwrap()
        .chars()
        .take_while(|c| *c == ' ')
        .count();
    assert!(
        left > 0 && left.abs_diff(250 - w.iter().sum::<usize>() - left) <= 1,
        "{w:?} {left}"
    );
    // Where there is no more room than the measure, nothing changes.
    h.model.size = (120, 40);
    let shown = h.render();
    assert_eq!(pane_widths(&shown, 1).iter().sum::<usize>(), 120, "{shown}");

    let h = Harness::signed(Start::Review("fx1".into()), (250, 70), answered());
    let shown = h.render();
    assert_eq!(pane_widths(&shown, 1)[1], 102, "{shown}");
}
