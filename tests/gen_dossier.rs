//! The benchmark's dossier generator (`examples/gen_dossier`) writes genuine records: every
//! file is the canonical serialisation of its body sealed by its signer (what `farol sign`
//! and `farol review sign` write), and the dossier verifies, reviews and heads included.

#[path = "../examples/gen_dossier/generate.rs"]
mod generate;

use farol::keys;
use farol::record;

#[test]
fn generated_dossiers_verify_and_hold_what_signing_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("dossier");
    let keys_dir = tmp.path().join("keys");
    let spec = generate::Spec {
        assessments: 3,
        revisions: 31,
        review_every: 4,
    };
    let made = generate::generate(&root, &keys_dir, spec);
    assert_eq!(made.revisions, 31);
    assert_eq!(made.reviews, 6);

    let report = record::verify_paths(&root, std::slice::from_ref(&root)).unwrap();
    assert!(report.passed(), "{}", record::verify_text(&report));
    assert_eq!(report.summary.records, 37);
    assert_eq!(report.summary.reviews, 6);

    let assessor = keys::load_signing_key(&keys_dir.join("assessor"), None).unwrap();
    let reviewer = keys::load_signing_key(&keys_dir.join("reviewer"), None).unwrap();
    let mut answered = 0;
    for a in std::fs::read_dir(root.join("assessments")).unwrap() {
        let dir = a.unwrap().path();
        for (_, p) in record::revision_files(&dir.join("revisions")).unwrap() {
            let bytes = std::fs::read(&p).unwrap();
            let body = record::parse_body("r", &bytes).unwrap();
            answered += usize::from(body.responds_to.is_some());
            let again = record::seal(&record::serialize_body(&body), &assessor);
            assert!(again == bytes, "{} is not what signing writes", p.display());
        }
        for (_, p) in record::revision_files(&dir.join("reviews")).unwrap() {
            let bytes = std::fs::read(&p).unwrap();
            let body = farol::review::parse_review("r", &bytes).unwrap();
            let again = record::seal(&farol::review::serialize_review(&body), &reviewer);
            assert!(
                again == bytes,
                "{} is not what countersigning writes",
                p.display()
            );
        }
    }
    // Each review is answered by the revision after it (none is an assessment's last).
    assert_eq!(answered, 6);
}

/// When an assessment's last revision is reviewed, its head's summary carries the
/// review's opinion, as a head written while countersigning does: the dossier verifies.
#[test]
fn a_last_revision_reviewed_gives_a_head_that_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("dossier");
    let keys_dir = tmp.path().join("keys");
    let spec = generate::Spec {
        assessments: 2,
        revisions: 20,
        review_every: 5,
    };
    let made = generate::generate(&root, &keys_dir, spec);
    assert_eq!(made.reviews, 4);
    let report = record::verify_paths(&root, std::slice::from_ref(&root)).unwrap();
    assert!(report.passed(), "{}", record::verify_text(&report));
}
