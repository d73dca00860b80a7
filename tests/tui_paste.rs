//! Bracketed paste (a terminal's `Event::Paste`) lands in whatever text field has focus:
//! a protected key's passphrase in the sign and countersign dialogs and in key creation,
//! masked there like typing; a text answer; a review note. Nothing pasted while a dialog
//! is up reaches the screen below it.

mod tui_support;

use farol::keys::Role;
use farol::tui::screens::dialog::Dialog;
use farol::tui::{Msg, Start};
use ratatui::crossterm::event::KeyCode;
use tui_support::{Harness, at, fixture_draft, screening_answers};

const PASS: &str = "correct horse 電池 staple";

/// A protected key of `role` in `root/keys`, trusted by the dossier.
fn protected_key(root: &std::path::Path, name: &str, role: Role) -> String {
    let dir = root.join("keys");
    let id = farol::keys::new_key_protected(&dir, name, role, at(2026, 11, 1), PASS)
        .unwrap()
        .id;
    farol::keys::trust(root, Some(&dir), &id, None, None, at(2026, 11, 1)).unwrap();
    id
}

fn paste(h: &mut Harness, text: &str) {
    h.send(Msg::Paste(text.into()));
}

#[test]
fn a_passphrase_pasted_in_the_sign_dialog_signs_and_is_never_shown() {
    let d = fixture_draft("fx1", "Attendance", "Org", screening_answers());
    let mut h = Harness::start_with(Start::Open("fx1".into()), (80, 24), &[d], |root| {
        protected_key(root, "Ana Lei", Role::Assessor);
    });
    let before = h.saved_draft("fx1").answers;
    h.key(KeyCode::Esc)
        .key(KeyCode::Char('d'))
        .key(KeyCode::Char('s'));
    assert!(
        matches!(h.model.dialog, Some(Dialog::Sign { .. })),
        "{:?}",
        h.model.dialog
    );
    // As copied from a password manager: with the line break it often ends with.
    paste(&mut h, &format!("{PASS}\n"));
    let Some(Dialog::Sign { pass, .. }) = &h.model.dialog else {
        panic!("{:?}", h.model.dialog);
    };
    assert_eq!(pass.text.expose(), PASS);
    let shown = h.render();
    assert!(
        !shown.contains("horse") && !shown.contains("電池"),
        "{shown}"
    );
    assert!(shown.contains(&"•".repeat(PASS.chars().count())), "{shown}");
    assert_eq!(h.saved_draft("fx1").answers, before, "the screen below");
    h.key(KeyCode::Enter);
    assert!(
        matches!(h.model.dialog, Some(Dialog::Signed(_))),
        "{:?}",
        h.model.dialog
    );
    let dir = farol::record::revisions_dir(&h.dossier(), "fx1");
    assert_eq!(farol::record::revision_files(&dir).unwrap().len(), 1);
}

#[test]
fn a_wrong_pasted_passphrase_is_refused_and_pasted_again() {
    let d = fixture_draft("fx1", "Attendance", "Org", screening_answers());
    let mut h = Harness::start_with(Start::Open("fx1".into()), (80, 24), &[d], |root| {
        protected_key(root, "Ana Lei", Role::Assessor);
    });
    h.key(KeyCode::Esc)
        .key(KeyCode::Char('d'))
        .key(KeyCode::Char('s'));
    paste(&mut h, "not it");
    h.key(KeyCode::Enter);
    let Some(Dialog::Sign { pass, .. }) = &h.model.dialog else {
        panic!("{:?}", h.model.dialog);
    };
    assert!(pass.wrong && pass.text.is_empty());
    paste(&mut h, PASS);
    h.key(KeyCode::Enter);
    assert!(
        matches!(h.model.dialog, Some(Dialog::Signed(_))),
        "{:?}",
        h.model.dialog
    );
}

#[test]
fn a_passphrase_pasted_in_the_countersign_dialog_countersigns() {
    use farol::tui::screens::review::Dialog as ReviewDialog;
    let d = fixture_draft("fx1", "Attendance", "Org", screening_answers());
    let mut h = Harness::start_with(Start::Review("fx1".into()), (100, 30), &[], |root| {
        tui_support::sign(root, d, at(2026, 11, 20));
        protected_key(root, "Dr. Leong", Role::Reviewer);
    });
    let dossier = h.dossier();
    let mut r = farol::review::start(&dossier, "fx1").unwrap().draft;
    r.opinion = Some(farol::review::Opinion::Reject);
    r.conditions = "Incomplete.".into();
    h.model.review.as_mut().unwrap().draft = r.clone();
    let ready =
        h.fx.run(farol::tui::Effect::PrepareCountersign(Box::new(r)))
            .unwrap();
    h.send(ready);
    let Some(ReviewDialog::Countersign { plan, .. }) = &h.model.review.as_ref().unwrap().dialog
    else {
        panic!("{:?}", h.model.review.as_ref().unwrap().dialog);
    };
    let at = plan
        .keys
        .iter()
        .position(|k| k.name == "Dr. Leong")
        .unwrap();
    assert!(plan.keys[at].protected);
    for _ in 0..at {
        h.key(KeyCode::Down);
    }
    let notes_before = h.model.review.as_ref().unwrap().draft.clone();
    paste(&mut h, &format!("{PASS}\r\n"));
    let r = h.model.review.as_ref().unwrap();
    assert_eq!(
        r.draft, notes_before,
        "nothing pasted into the review itself"
    );
    let shown = h.render();
    assert!(!shown.contains("horse"), "{shown}");
    h.key(KeyCode::Enter);
    assert_eq!(farol::review::reviews(&dossier, "fx1").unwrap().len(), 1);
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
