//! Bracketed paste (a terminal's `Event::Paste`) lands in whatever text field has focus:
//! the name and passphrase in key creation (masked like typing), a text answer. The sign
//! and countersign dialogs' passphrase is pasted in `tui_passphrase`, a review note in
//! `tui_fit`.

mod tui_support;

use farol::tui::Msg;
use ratatui::crossterm::event::KeyCode;
use tui_support::{Harness, screening_answers};

const PASS: &str = "correct horse 電池 staple";

fn paste(h: &mut Harness, text: &str) {
    h.send(Msg::Paste(text.into()));
}

#[test]
fn a_passphrase_pasted_in_key_creation_protects_the_key() {
    let mut h = Harness::empty((80, 24));
    h.key(KeyCode::Char('K'));
    paste(&mut h, "Rui Sousa");
    h.key(KeyCode::Tab).key(KeyCode::Tab);
    paste(&mut h, PASS);
    h.key(KeyCode::Tab);
    paste(&mut h, PASS);
    let shown = h.render();
    assert!(shown.contains("Rui Sousa"), "{shown}");
    assert!(!shown.contains("horse"), "{shown}");
    h.key(KeyCode::Enter);
    let dir = h.dir.path().join("keys");
    let listed = farol::keys::list_keys(&dir).unwrap();
    assert_eq!(listed.len(), 1, "{shown}");
    assert_eq!(listed[0].name, "Rui Sousa");
    assert!(
        farol::keys::read_private_key_with(&listed[0].path, &farol::keys::Passphrase::Given(PASS))
            .is_ok()
    );
}

#[test]
fn pasted_text_lands_in_the_text_answer_being_typed() {
    let mut h = Harness::wizard((80, 24), screening_answers());
    h.send(Msg::Wizard(farol::tui::screens::wizard::Msg::Jump(
        "det.purpose".into(),
    )));
    paste(&mut h, "Staff clock in\nwith GPS, 員工考勤");
    let a = h.saved_draft("fx1");
    assert_eq!(
        a.answers.get("det.purpose"),
        Some(&farol::answer::Answer::Text(
            "Staff clock in\nwith GPS, 員工考勤".into()
        ))
    );
}
