//! Drafts on disk: RON round-trips, atomic saves, and bad input that is reported with its
//! location, never panics and never destroys the file.

mod common;

use farol::answer::Answers;
use farol::assessment::{Draft, Meta, QuestionnaireUse};
use farol::dossier::{Dossier, DossierError, parse_draft, serialize_draft};
use proptest::prelude::*;

fn sample(dossier: &Dossier, answers: Answers) -> Draft {
    let l = common::macau();
    dossier.keep_questionnaire(&l).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-22T10:00:00Z")
        .unwrap()
        .to_utc();
    let mut d = Draft::new(
        "clinic-portal".into(),
        "Clínica São João patient portal 病人入口".into(),
        QuestionnaireUse::of(&l),
        Meta {
            organisation: "Clínica São João 聖約翰診所".into(),
            system: "Patient portal".into(),
            vendor: "Ação Cloud".into(),
            assessor: "Joana Wong".into(),
            created: now,
            updated: now,
        },
    );
    d.answers = answers;
    d.notes.insert(
        "scr.x".into(),
        "A note with \"quotes\" and a newline\nhere".into(),
    );
    d
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn a_draft_survives_a_round_trip(seeds in proptest::collection::vec(any::<u64>(), 1..32)) {
        let dir = tempfile::tempdir().unwrap();
        let dossier = Dossier::open(dir.path());
        let l = common::macau();
        let d = sample(&dossier, common::random_answers(&l.questionnaire, &seeds));
        let text = serialize_draft(&d);
        let back = parse_draft("draft.ron", &text).unwrap();
        prop_assert_eq!(&back, &d);
        dossier.save_draft(&d).unwrap();
        let (loaded, _) = dossier.load_draft(&d.id).unwrap();
        prop_assert_eq!(loaded, d);
    }
}

fn saved(dir: &std::path::Path) -> (Dossier, std::path::PathBuf, String) {
    let dossier = Dossier::open(dir);
    let d = sample(&dossier, farol::demo::answers());
    let path = dossier.save_draft(&d).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    (dossier, path, text)
}

#[test]
fn saving_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let (_, path, _) = saved(dir.path());
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("draft.ron")]);
}

#[test]
fn every_file_carries_a_schema_version() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, text) = saved(dir.path());
    assert!(text.contains("schema: 1"), "{text}");
}

fn expect_error(dossier: &Dossier, path: &std::path::Path, text: &str) -> DossierError {
    std::fs::write(path, text).unwrap();
    let Err(err) = dossier.load_draft("clinic-portal") else {
        panic!("a broken draft must not load");
    };
    // Whatever went wrong, the file is left exactly as it was.
    assert_eq!(std::fs::read_to_string(path).unwrap(), text);
    err
}

#[test]
fn a_truncated_draft_is_reported_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let (dossier, path, text) = saved(dir.path());
    for cut in [0, 10, text.len() / 3, text.len() / 2, text.len() - 2] {
        let mut cut = cut;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let err = expect_error(&dossier, &path, &text[..cut]);
        let msg = err.to_string();
        assert!(msg.contains("draft.ron:"), "{msg}");
        assert!(msg.contains("has not been changed"), "{msg}");
    }
}

#[test]
fn a_wrong_type_is_reported_with_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let (dossier, path, text) = saved(dir.path());
    let broken = text.replacen("schema: 1", "schema: \"one\"", 1);
    let err = expect_error(&dossier, &path, &broken);
    assert!(
        matches!(err, DossierError::Parse { ref at, .. } if at.line == 3),
        "{err}"
    );
}

#[test]
fn an_unknown_question_is_reported_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let (dossier, path, text) = saved(dir.path());
    let first_key = text.find("answers: {").unwrap();
    let q = text[first_key..].split('"').nth(1).unwrap().to_string();
    let broken = text.replacen(&format!("\"{q}\""), "\"no.such.question\"", 1);
    let err = expect_error(&dossier, &path, &broken);
    let line = broken[..broken.find("no.such.question").unwrap()]
        .lines()
        .count();
    match &err {
        DossierError::BadAnswer { at, problem } => {
            assert_eq!(at.line, line, "{err}");
            assert!(
                problem
                    .to_string()
                    .contains("'no.such.question' is not a question"),
                "{problem}"
            );
        }
        other => panic!("unexpected: {other}"),
    }
}

#[test]
fn an_unknown_choice_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let (dossier, path, text) = saved(dir.path());
    let i = text
        .find("Choice(\"")
        .expect("the demo has a single choice answer");
    let start = i + "Choice(\"".len();
    let end = start + text[start..].find('"').unwrap();
    let broken = format!("{}not-a-choice{}", &text[..start], &text[end..]);
    let err = expect_error(&dossier, &path, &broken);
    assert!(
        err.to_string().contains("no choice 'not-a-choice'"),
        "{err}"
    );
}

#[test]
fn a_newer_schema_is_refused_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let (dossier, path, text) = saved(dir.path());
    let err = expect_error(&dossier, &path, &text.replacen("schema: 1", "schema: 9", 1));
    assert!(err.to_string().contains("newer Farol"), "{err}");
}

#[test]
fn garbage_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let (dossier, path, _) = saved(dir.path());
    for junk in [
        "",
        "\u{0}\u{1}",
        "Draft(",
        "{}",
        "Draft(schema: 1)",
        "🦀🦀🦀",
        "Draft(schema: 1, id: 5)",
    ] {
        expect_error(&dossier, &path, junk);
    }
}

#[test]
fn a_draft_stays_readable_when_its_questionnaire_is_not_built_in() {
    let dir = tempfile::tempdir().unwrap();
    let dossier = Dossier::open(dir.path());
    let l = common::macau();
    // A changed questionnaire (one more comment) has another fingerprint and is not built in.
    let changed =
        farol::questionnaire::load::parse("edited.ron", &format!("// edited\n{}", l.source))
            .unwrap();
    dossier.keep_questionnaire(&changed).unwrap();
    let mut d = sample(&dossier, Answers::new());
    d.questionnaire = QuestionnaireUse::of(&changed);
    dossier.save_draft(&d).unwrap();
    let (_, q) = dossier.load_draft(&d.id).unwrap();
    assert_eq!(q.fingerprint, changed.fingerprint);
    // Without the kept copy, the error says which questionnaire is missing and where to put it.
    std::fs::remove_dir_all(dir.path().join("questionnaires")).unwrap();
    let err = dossier.load_draft(&d.id).unwrap_err().to_string();
    assert!(
        err.contains(&changed.fingerprint[..12]) && err.contains("questionnaires"),
        "{err}"
    );
}

#[test]
fn attachments_are_kept_by_content_hash() {
    let dir = tempfile::tempdir().unwrap();
    let dossier = Dossier::open(dir.path());
    let mut d = sample(&dossier, Answers::new());
    let file = dir.path().join("dpa.pdf");
    std::fs::write(&file, b"%PDF signed agreement").unwrap();
    let a = dossier.attach(&mut d, &file).unwrap();
    assert_eq!(
        a.sha256,
        farol::questionnaire::load::fingerprint(b"%PDF signed agreement")
    );
    assert_eq!(a.bytes, 21);
    assert_eq!(
        std::fs::read(dossier.attachment_path(&a)).unwrap(),
        b"%PDF signed agreement"
    );
    dossier.attach(&mut d, &file).unwrap();
    assert_eq!(
        d.attachments.len(),
        1,
        "the same file twice is one attachment"
    );
    dossier.save_draft(&d).unwrap();
    let (back, _) = dossier.load_draft(&d.id).unwrap();
    assert_eq!(back.attachments, d.attachments);
}

#[test]
fn an_edited_fingerprint_is_an_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let (dossier, path, text) = saved(dir.path());
    let i = text.find("fingerprint: \"").unwrap() + "fingerprint: \"".len();
    let end = i + text[i..].find('"').unwrap();
    let broken = format!("{}資料資料資料{}", &text[..i], &text[end..]);
    let err = expect_error(&dossier, &path, &broken);
    assert!(err.to_string().contains("not in the dossier"), "{err}");
}
