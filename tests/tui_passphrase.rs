//! Signing and countersigning from the terminal UI with a passphrase-protected key: the
//! dialog asks for the passphrase (masked), typed or pasted, refuses a wrong one without
//! writing anything, and signs with the right one. Few tests: each opening of a protected
//! key runs scrypt.

mod tui_support;

use farol::keys::Role;
use farol::tui::screens::dialog::Dialog;
use farol::tui::{Effect, Msg, Start};
use ratatui::crossterm::event::KeyCode;
use tui_support::{Harness, screening_answers};

/// Letters the dialog otherwise reads as commands (j/k move, y signs, n/q cancel).
const PASS: &str = "jkynq horse staple";

fn protected_key(root: &std::path::Path, name: &str, role: Role) -> farol::keys::KeyInfo {
    let dir = root.join("keys");
    farol::keys::new_key_protected(&dir, name, role, tui_support::at(2026, 11, 1), PASS).unwrap()
}

fn revisions(h: &Harness) -> usize {
    std::fs::read_dir(h.dir.path().join("assessments/fx1/revisions")).map_or(0, |r| r.count())
}

#[test]
fn a_protected_key_asks_for_its_passphrase_and_a_wrong_one_signs_nothing() {
    let mut h = Harness::wizard((100, 30), screening_answers());
    protected_key(h.dir.path(), "Ana Lei", Role::Assessor);
    h.send(Msg::Go(farol::tui::Go::Dashboard));
    h.key(KeyCode::Char('s'));
    match &h.model.dialog {
        Some(Dialog::Sign { plan, .. }) => assert!(plan.keys[0].protected, "{plan:?}"),
        other => panic!("{other:?}"),
    }
    assert!(h.render().contains("type its passphrase"), "{}", h.render());

    // Enter with nothing typed does nothing; a wrong passphrase is refused in the dialog.
    h.key(KeyCode::Enter);
    assert!(matches!(h.model.dialog, Some(Dialog::Sign { .. })));
    h.keys("wrong horse");
    let screen = h.render();
    assert!(screen.contains(&"•".repeat(11)), "{screen}");
    assert!(!screen.contains("wrong horse"), "masked: {screen}");
    assert!(
        !format!("{:?}", h.model.dialog).contains("wrong horse"),
        "never in Debug output"
    );
    h.key(KeyCode::Enter);
    match &h.model.dialog {
        Some(Dialog::Sign { pass, .. }) => {
            assert!(pass.wrong && pass.text.is_empty() && !pass.checking);
        }
        other => panic!("asks again: {other:?}"),
    }
    assert!(h.render().contains("Wrong passphrase"), "{}", h.render());
    assert_eq!(revisions(&h), 0, "nothing written");
    assert_eq!(h.saved_draft("fx1").signed, None);

    // The right one (its letters typed, not read as commands) signs revision 1.
    h.keys(PASS).key(KeyCode::Enter);
    let info = match &h.model.dialog {
        Some(Dialog::Signed(i)) => i.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(info.revision, 1);
    assert_eq!(revisions(&h), 1);
    let r = farol::record::verify_paths(h.dir.path(), &[h.dir.path().to_path_buf()]).unwrap();
    assert_eq!(r.summary.records, 1);
    assert_eq!(r.summary.bad_signatures, 0);
    assert_eq!(r.summary.chain_broken, 0);
}

/// Esc closes the dialog, what was typed with it; moving to another key empties the field.
#[test]
fn esc_cancels_the_passphrase_and_an_unprotected_key_needs_none() {
    let mut h = Harness::wizard((100, 30), screening_answers());
    let locked = protected_key(h.dir.path(), "Ana Lei", Role::Assessor);
    let open = farol::keys::new_key(
        &h.dir.path().join("keys"),
        "Ana Lei (laptop)",
        Role::Assessor,
        tui_support::at(2026, 11, 2),
    )
    .unwrap();
    h.send(Msg::Go(farol::tui::Go::Dashboard));
    h.key(KeyCode::Char('s'));
    let at = |h: &Harness, id: &str| match &h.model.dialog {
        Some(Dialog::Sign { plan, .. }) => plan.keys.iter().position(|k| k.id == id).unwrap(),
        other => panic!("{other:?}"),
    };
    let (locked_at, open_at) = (at(&h, &locked.id), at(&h, &open.id));
    let step = if open_at > locked_at {
        KeyCode::Down
    } else {
        KeyCode::Up
    };
    let back = if step == KeyCode::Down {
        KeyCode::Up
    } else {
        KeyCode::Down
    };
    // Start on the protected key.
    while !matches!(&h.model.dialog, Some(Dialog::Sign { key, .. }) if *key == locked_at) {
        h.key(back);
    }
    h.keys("half typed");
    h.key(step);
    match &h.model.dialog {
        Some(Dialog::Sign { pass, key, .. }) => {
            assert_eq!(*key, open_at);
            assert!(pass.text.is_empty(), "another key: the field is emptied");
        }
        other => panic!("{other:?}"),
    }
    assert!(!h.render().contains("passphrase"), "{}", h.render());
    h.key(back).keys("half typed").key(KeyCode::Esc);
    assert!(h.model.dialog.is_none(), "Esc cancels");
    assert_eq!(revisions(&h), 0);

    // The unprotected key signs at once, as before.
    h.key(KeyCode::Char('s'));
    while !matches!(&h.model.dialog, Some(Dialog::Sign { key, .. }) if *key == open_at) {
        h.key(step);
    }
    h.key(KeyCode::Char('y'));
    assert!(
        matches!(&h.model.dialog, Some(Dialog::Signed(i)) if i.revision == 1),
        "{:?}",
        h.model.dialog
    );
}

/// Review mode with a protected reviewer key trusted and a rejection drafted: the
/// countersign dialog open, that key chosen (the plan refuses nothing).
fn at_countersign_with_protected_key() -> (
    Harness,
    farol::review::ReviewDraft,
    farol::keys::KeyInfo,
    farol::dossier::Dossier,
) {
    use farol::tui::screens::review::Dialog as R;
    let mut h = Harness::signed(Start::Review("fx1".into()), (100, 30), screening_answers());
    let root = h.dir.path().to_path_buf();
    let k = protected_key(&root, "Rui Sousa", Role::Reviewer);
    farol::keys::trust(
        &root,
        Some(&root.join("keys")),
        &k.id,
        None,
        None,
        tui_support::at(2026, 11, 1),
    )
    .unwrap();
    let dossier = h.dossier();
    let mut r = farol::review::start(&dossier, "fx1").unwrap().draft;
    r.opinion = Some(farol::review::Opinion::Reject);
    r.conditions = "Incomplete.".into();
    h.model.review.as_mut().unwrap().draft = r.clone();
    let ready =
        h.fx.run(Effect::PrepareCountersign(Box::new(r.clone())))
            .expect("a plan");
    h.send(ready);
    let dialog = |h: &Harness| h.model.review.as_ref().unwrap().dialog.clone();
    let Some(R::Countersign { plan, key, .. }) = dialog(&h) else {
        panic!("{:?}", dialog(&h));
    };
    assert!(plan.refused.is_none(), "{:?}", plan.refused);
    let at = plan.keys.iter().position(|c| c.id == k.id).unwrap();
    let step = if at > key { KeyCode::Down } else { KeyCode::Up };
    for _ in 0..at.abs_diff(key) {
        h.key(step);
    }
    (h, r, k, dossier)
}

/// Review mode's countersign dialog asks the same way; the right passphrase countersigns.
#[test]
fn a_review_is_countersigned_with_a_protected_key() {
    use farol::tui::screens::review::Dialog as R;
    let (mut h, _, k, dossier) = at_countersign_with_protected_key();
    let dialog = |h: &Harness| h.model.review.as_ref().unwrap().dialog.clone();
    assert!(h.render().contains("type its passphrase"), "{}", h.render());
    h.keys("not it").key(KeyCode::Enter);
    match dialog(&h) {
        Some(R::Countersign { pass, .. }) => assert!(pass.wrong, "asks again"),
        other => panic!("{other:?}"),
    }
    assert!(farol::review::reviews(&dossier, "fx1").unwrap().is_empty());
    h.keys(PASS).key(KeyCode::Enter);
    match dialog(&h) {
        Some(R::Done(c)) => assert_eq!(c.key, k.id),
        other => panic!("{other:?}"),
    }
    assert_eq!(farol::review::reviews(&dossier, "fx1").unwrap().len(), 1);
}

/// A passphrase pasted (bracketed paste) as a password manager copies it, with a line
/// break at the end: masked like typing, its letters not read as commands; nothing of it
/// reaches the screen under the dialog. A wrong paste is refused, and the right one signs.
#[test]
fn a_pasted_passphrase_signs_and_is_never_shown() {
    let mut h = Harness::wizard((100, 30), screening_answers());
    protected_key(h.dir.path(), "Ana Lei", Role::Assessor);
    let answers = h.saved_draft("fx1").answers;
    h.send(Msg::Go(farol::tui::Go::Dashboard));
    h.key(KeyCode::Char('s'));
    h.send(Msg::Paste("not it".into()));
    h.key(KeyCode::Enter);
    match &h.model.dialog {
        Some(Dialog::Sign { pass, .. }) => assert!(pass.wrong && pass.text.is_empty()),
        other => panic!("asks again: {other:?}"),
    }
    h.send(Msg::Paste(format!("{PASS}\r\n")));
    match &h.model.dialog {
        Some(Dialog::Sign { pass, .. }) => assert_eq!(pass.text.expose(), PASS),
        other => panic!("{other:?}"),
    }
    let screen = h.render();
    assert!(
        screen.contains(&"•".repeat(PASS.chars().count())),
        "{screen}"
    );
    assert!(!screen.contains("horse"), "masked: {screen}");
    assert_eq!(h.saved_draft("fx1").answers, answers, "the screen below");
    h.key(KeyCode::Enter);
    assert!(
        matches!(h.model.dialog, Some(Dialog::Signed(_))),
        "{:?}",
        h.model.dialog
    );
    assert_eq!(revisions(&h), 1);
}

/// The countersign dialog takes a pasted passphrase too; the review itself is untouched.
#[test]
fn a_pasted_passphrase_countersigns() {
    use farol::tui::screens::review::Dialog as R;
    let (mut h, r, k, dossier) = at_countersign_with_protected_key();
    let dialog = |h: &Harness| h.model.review.as_ref().unwrap().dialog.clone();
    h.send(Msg::Paste(format!("{PASS}\n")));
    assert_eq!(
        h.model.review.as_ref().unwrap().draft,
        r,
        "the review is untouched"
    );
    assert!(!h.render().contains("horse"), "{}", h.render());
    h.key(KeyCode::Enter);
    match dialog(&h) {
        Some(R::Done(c)) => assert_eq!(c.key, k.id),
        other => panic!("{other:?}"),
    }
    assert_eq!(farol::review::reviews(&dossier, "fx1").unwrap().len(), 1);
}
