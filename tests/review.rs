//! Legal review and approval: the review in progress, countersigning and what it refuses,
//! verification of signed reviews (tampering, replaced revisions, the review chain, trust),
//! the status of an assessment, the review-due date, feedback to the assessor, and the
//! command line.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use chrono::NaiveDate;
use predicates::prelude::*;

use farol::dossier::Dossier;
use farol::keys::{self, LoadedKey, Role};
use farol::record::{self, ChainStatus, JudgedStatus, RecordKind, TrustStatus, VerifyReport};
use farol::review::{self, Opinion, ReviewDraft, ReviewError, State, Verdict};

const ID: &str = farol::demo::ID;

mod common;

use common::{at, trusted_key};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A dossier holding the demo draft, a trusted assessor key and a trusted reviewer key.
struct Fixture {
    tmp: tempfile::TempDir,
    dossier: Dossier,
    keys_dir: PathBuf,
    assessor: LoadedKey,
    reviewer: LoadedKey,
}

impl Fixture {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dossier = Dossier::open(tmp.path().join("dossier"));
        let keys_dir = tmp.path().join("keys");
        let mut loaded = vec![];
        for (name, role) in [("Ana Lei", Role::Assessor), ("Rui Sousa", Role::Reviewer)] {
            loaded.push(trusted_key(
                dossier.root(),
                &keys_dir,
                name,
                role,
                "2026-11-20T09:00:00Z",
            ));
        }
        let reviewer = loaded.pop().unwrap();
        let assessor = loaded.pop().unwrap();
        let l = farol::questionnaire::load::embedded_default();
        dossier.save_draft(&farol::demo::draft(&l)).unwrap();
        Fixture {
            tmp,
            dossier,
            keys_dir,
            assessor,
            reviewer,
        }
    }

    fn sign(&self, minute: u32) -> record::SignedRevision {
        let now = at("2026-11-21T10:00:00Z") + chrono::Duration::minutes(minute as i64);
        let mut s = record::sign(&self.dossier, ID, &self.assessor, now).unwrap();
        // These tests tamper with a dossier whose files have their old names, `NNNN.ron`.
        common::old_names(self.root());
        s.path = s
            .path
            .with_file_name(record::revision_file_name(s.revision));
        s
    }

    /// Changes an answer (and its note) in the draft, so the next revision differs.
    fn edit_draft(&self, text: &str) {
        let (mut d, _) = self.dossier.load_draft(ID).unwrap();
        d.answers.insert(
            "prj.system".into(),
            farol::answer::Answer::Text(text.into()),
        );
        d.notes
            .insert("prj.system".into(), format!("Reworded: {text}"));
        self.dossier.save_draft(&d).unwrap();
    }

    /// What an attacker holding the key also removes so that Farol signs again on top of
    /// a removal: the heads and the dossier indexes, which otherwise refuse it.
    fn forget_heads(&self) {
        let _ = std::fs::remove_dir_all(self.root().join("assessments").join(ID).join("heads"));
        let _ = std::fs::remove_dir_all(self.root().join("index"));
    }

    fn start(&self) -> ReviewDraft {
        review::start(&self.dossier, ID).unwrap().draft
    }

    /// A complete approval of the latest revision.
    fn approval(&self) -> ReviewDraft {
        let mut d = self.start();
        d.comment(
            "scr.combining",
            "Confirm with the vendor that nothing is matched.",
        );
        d.judge("screening", Verdict::Acceptable, None);
        d.judge(
            "transfers",
            Verdict::ToImprove,
            Some("Name the Art 20 basis."),
        );
        d.opinion = Some(Opinion::Approve);
        d.attestations = review::Attestations::everything();
        self.judge_the_rest(&mut d);
        d
    }

    /// Every section of the sheet not judged yet, judged acceptable: an approval judges
    /// every section.
    fn judge_the_rest(&self, d: &mut ReviewDraft) {
        for s in review::sheet(&self.dossier, d, "en").unwrap().sections {
            if !d.verdicts.contains_key(&s.id) {
                d.judge(&s.id, Verdict::Acceptable, None);
            }
        }
    }

    /// A rejection of the latest revision, with the transfers section to correct.
    fn rejection(&self) -> ReviewDraft {
        let mut d = self.start();
        d.judge(
            "transfers",
            Verdict::ToCorrect,
            Some("No legal basis for the mainland data centres."),
        );
        d.comment("scr.combining", "Does WorkLink match chat with attendance?");
        d.opinion = Some(Opinion::Reject);
        d
    }

    fn countersign(&self, d: &ReviewDraft, at_: &str) -> review::SignedReview {
        let mut s = review::countersign(&self.dossier, d, &self.reviewer, at(at_)).unwrap();
        common::old_names(self.root());
        s.path = s.path.with_file_name(record::revision_file_name(s.number));
        s
    }

    fn verify_all(&self) -> VerifyReport {
        record::verify_paths(self.root(), &[self.root().to_path_buf()]).unwrap()
    }

    fn root(&self) -> &Path {
        self.dossier.root()
    }

    fn rev(&self, n: u32) -> PathBuf {
        common::numbered(&record::revisions_dir(&self.dossier, ID), n)
    }

    fn review_file(&self, n: u32) -> PathBuf {
        common::numbered(&review::reviews_dir(&self.dossier, ID), n)
    }

    fn status(&self, today: &str) -> review::AssessmentStatus {
        review::status(&self.dossier, ID, day(today)).unwrap()
    }
}

use common::all_problems as problems;

#[test]
fn sign_review_countersign_then_verify() {
    let f = Fixture::new();
    f.sign(1);
    let mut d = f.approval();
    d.reviewer = Some("Rui Sousa".into());
    review::save_draft(&f.dossier, &d).unwrap();
    assert!(review::draft_path(&f.dossier, ID).is_file());
    // Resuming loads what was saved.
    let again = review::start(&f.dossier, ID).unwrap();
    assert!(again.resumed);
    assert_eq!(again.draft, d);

    let s = f.countersign(&d, "2026-11-22T15:00:00Z");
    assert_eq!((s.number, s.revision), (1, 1));
    assert!(s.signer_trusted);
    assert_eq!(s.review_due, Some(day("2027-05-22")));
    assert!(
        s.path
            .ends_with("assessments/demo-worklink-rollout/reviews/0001.ron")
    );
    assert!(
        !review::draft_path(&f.dossier, ID).exists(),
        "the review in progress is removed once signed"
    );

    let text = std::fs::read_to_string(&s.path).unwrap();
    assert!(text.starts_with("Review(\n"), "{}", &text[..40]);
    assert!(text.contains(record::MARKER));
    assert!(text.contains("prompt: \"Will the system combine or match data"));
    assert!(text.contains("section_title: \"Transfers outside Macau and mainland rules\""));
    assert!(text.contains(&format!(
        "revision_sha256: \"{}\"",
        record::load_revision(&f.dossier, ID, Some(1))
            .map(|r| hex_sha(&r.bytes))
            .unwrap()
    )));
    let body = review::read_review(&s.path).unwrap().body;
    assert_eq!(body.opinion, Opinion::Approve);
    assert_eq!(body.signer.role, Role::Reviewer);
    assert_eq!(body.comments.len(), 1);
    assert_eq!(body.comments[0].section, "screening");
    // Verdicts in questionnaire order, not alphabetical.
    let order: Vec<&str> = body.verdicts.iter().map(|v| v.section.as_str()).collect();
    assert_eq!(order[..2], ["screening", "project"]);
    assert_eq!(order.len(), 14);

    let r = f.verify_all();
    assert!(r.passed(), "{}", record::verify_text(&r));
    assert_eq!((r.summary.records, r.summary.reviews), (2, 1));
    let row = r
        .records
        .iter()
        .find(|x| x.kind == RecordKind::Review)
        .unwrap();
    assert_eq!(row.trusted, TrustStatus::Trusted);
    assert_eq!(row.chain, ChainStatus::Ok);
    let facts = row.review.as_ref().unwrap();
    assert_eq!(facts.judges, JudgedStatus::Ok);
    assert_eq!(facts.number, Some(1));
    let text = record::verify_text(&r);
    assert!(text.contains("review 1 of revision 1: approve"), "{text}");
    assert!(text.contains("2 records (1 revision, 1 review)"), "{text}");
    // The review can be verified on its own too.
    let alone = record::verify_paths(f.root(), std::slice::from_ref(&s.path)).unwrap();
    assert!(alone.passed(), "{}", record::verify_text(&alone));
    // And the JSON says which is which.
    let json = serde_json::to_value(&r).unwrap();
    let kinds: Vec<&str> = json["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["revision", "review"]);
    assert!(json["records"][0].get("review").is_none());
    assert_eq!(json["records"][1]["review"]["judges"], "ok");
}

fn hex_sha(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

#[test]
fn a_tampered_review_fails_naming_the_file() {
    let f = Fixture::new();
    f.sign(1);
    let s = f.countersign(&f.rejection(), "2026-11-22T15:00:00Z");
    let text = std::fs::read_to_string(&s.path).unwrap();
    std::fs::write(&s.path, text.replacen("Reject", "Approve", 1)).unwrap();
    let r = f.verify_all();
    assert!(!r.passed());
    let row = r.records.iter().find(|x| x.file == s.path).unwrap();
    assert_eq!(row.signature, record::SignatureStatus::Invalid);
    let out = record::verify_text(&r);
    assert!(out.contains("reviews/0001.ron  FAILED"), "{out}");
    assert!(out.contains("changed after it was signed"), "{out}");
}

#[test]
fn a_review_of_a_replaced_revision_fails_naming_both_files() {
    let f = Fixture::new();
    f.sign(1);
    f.countersign(&f.approval(), "2026-11-22T15:00:00Z");
    // Revision 1 is replaced by a validly signed revision 1 with other answers.
    std::fs::remove_file(f.rev(1)).unwrap();
    f.forget_heads();
    f.edit_draft("Something else entirely");
    f.sign(2);
    let r = f.verify_all();
    assert!(!r.passed());
    let row = r
        .records
        .iter()
        .find(|x| x.kind == RecordKind::Review)
        .unwrap();
    assert_eq!(row.review.as_ref().unwrap().judges, JudgedStatus::Differs);
    let p = problems(&r);
    assert!(
        p.contains("reviews/0001.ron: 0001.ron judges revision 1, but")
            && p.contains("revisions/0001.ron is not the file it judged"),
        "{p}"
    );
    assert_eq!(r.summary.judged_broken, 1);
    assert!(record::verify_text(&r).contains("review of a missing or replaced revision"));

    // A review whose revision was removed says the revision is missing.
    std::fs::remove_file(f.rev(1)).unwrap();
    let r = f.verify_all();
    assert!(
        r.problems
            .iter()
            .any(|p| p.contains("has signed reviews but no signed revision")),
        "{:?}",
        r.problems
    );
    let row = r
        .records
        .iter()
        .find(|x| x.kind == RecordKind::Review)
        .unwrap();
    assert_eq!(row.review.as_ref().unwrap().judges, JudgedStatus::Missing);
    assert!(
        row.problems
            .iter()
            .any(|p| p.contains("revisions/0001.ron is missing")),
        "{:?}",
        row.problems
    );
}

#[test]
fn a_removed_review_breaks_the_review_chain_and_the_answering_revision() {
    let f = Fixture::new();
    f.sign(1);
    f.countersign(&f.rejection(), "2026-11-22T15:00:00Z");
    f.edit_draft("Reworded purpose");
    let s2 = f.sign(2);
    let r2 = record::read_record(&s2.path).unwrap();
    let responds = r2.body.responds_to.expect("revision 2 answers review 1");
    assert_eq!(responds.number, 1);
    assert_eq!(
        responds.sha256,
        hex_sha(&std::fs::read(f.review_file(1)).unwrap())
    );
    f.countersign(&f.approval(), "2026-11-23T15:00:00Z");
    assert!(f.verify_all().passed(), "{}", problems(&f.verify_all()));

    std::fs::remove_file(f.review_file(1)).unwrap();
    let r = f.verify_all();
    assert!(!r.passed());
    let p = problems(&r);
    assert!(p.contains("reviews/0002.ron: review 1 is missing"), "{p}");
    assert!(
        p.contains("0002.ron answers review 1 (reviews/0001.ron), which is missing"),
        "{p}"
    );
    let review_row = r
        .records
        .iter()
        .find(|x| x.file == f.review_file(2))
        .unwrap();
    assert_eq!(review_row.chain, ChainStatus::Broken);

    // Countersigning on top of a broken review chain is refused.
    f.forget_heads();
    f.edit_draft("Third wording");
    f.sign(3);
    let e = review::countersign(
        &f.dossier,
        &f.approval(),
        &f.reviewer,
        at("2026-11-24T09:00:00Z"),
    )
    .unwrap_err();
    assert!(matches!(e, ReviewError::BrokenChain { .. }), "{e}");
    assert!(e.to_string().contains("review 1 is missing"), "{e}");
}

#[test]
fn an_untrusted_reviewer_key_is_reported_untrusted() {
    let f = Fixture::new();
    f.sign(1);
    let info = keys::new_key(
        &f.tmp.path().join("other-keys"),
        "Mallory",
        Role::Approver,
        at("2026-11-20T09:00:00Z"),
    )
    .unwrap();
    let mallory = keys::load_signing_key(&f.tmp.path().join("other-keys"), Some(&info.id)).unwrap();
    let s = review::countersign(
        &f.dossier,
        &f.approval(),
        &mallory,
        at("2026-11-22T15:00:00Z"),
    )
    .unwrap();
    assert!(!s.signer_trusted);
    let r = f.verify_all();
    assert!(!r.passed());
    let row = r.records.iter().find(|x| x.file == s.path).unwrap();
    assert_eq!(row.trusted, TrustStatus::Untrusted);
    assert_eq!(row.signature, record::SignatureStatus::Valid);
    assert!(
        row.problems[0].contains("farol keys trust"),
        "{:?}",
        row.problems
    );
    // An untrusted review approves nothing: the status, the home screen and the report
    // count only reviews that verify.
    assert_eq!(f.status("2026-11-23").state, State::Signed);
    assert!(review::feedback(&f.dossier, ID).unwrap().is_none());
}

#[test]
fn a_reviewer_key_trusted_in_another_role_is_a_role_mismatch() {
    let f = Fixture::new();
    f.sign(1);
    let dir = f.tmp.path().join("k2");
    let info = keys::new_key(
        &dir,
        "Ines Chan",
        Role::Approver,
        at("2026-11-20T09:00:00Z"),
    )
    .unwrap();
    let key = keys::load_signing_key(&dir, None).unwrap();
    // Trusted as a reviewer only, but it signs as an approver.
    keys::trust(
        f.root(),
        None,
        &info.public_key,
        Some("Ines Chan"),
        Some(Role::Reviewer),
        at("2026-11-20T09:05:00Z"),
    )
    .unwrap();
    let s =
        review::countersign(&f.dossier, &f.approval(), &key, at("2026-11-22T15:00:00Z")).unwrap();
    let r = f.verify_all();
    let row = r.records.iter().find(|x| x.file == s.path).unwrap();
    assert_eq!(row.trusted, TrustStatus::RoleMismatch);
    assert!(!r.passed());
    assert_eq!(f.status("2026-11-23").state, State::Signed);
    // Nor does the report show it as a review.
    let (draft, loaded) = f.dossier.load_draft(ID).unwrap();
    let src =
        farol::report::Source::for_draft(&f.dossier, draft, loaded, farol::report::Which::Latest)
            .unwrap();
    assert!(src.input().reviews.is_empty());
    // A trusted reviewer's approval is shown.
    f.countersign(&f.approval(), "2026-11-22T16:00:00Z");
    let (draft, loaded) = f.dossier.load_draft(ID).unwrap();
    let src =
        farol::report::Source::for_draft(&f.dossier, draft, loaded, farol::report::Which::Latest)
            .unwrap();
    assert_eq!(src.input().reviews.len(), 1);
}

#[test]
fn an_assessor_key_cannot_countersign() {
    let f = Fixture::new();
    f.sign(1);
    let e = review::countersign(
        &f.dossier,
        &f.approval(),
        &f.assessor,
        at("2026-11-22T15:00:00Z"),
    )
    .unwrap_err();
    assert!(matches!(e, ReviewError::AssessorKey { .. }), "{e}");
    let msg = e.to_string();
    assert!(msg.contains("--role reviewer"), "{msg}");
    assert!(review::reviews(&f.dossier, ID).unwrap().is_empty());
}

#[test]
fn countersigning_refuses_an_incomplete_or_inconsistent_review() {
    let f = Fixture::new();
    f.sign(1);
    let refuse = |d: &ReviewDraft| {
        review::countersign(&f.dossier, d, &f.reviewer, at("2026-11-22T15:00:00Z")).unwrap_err()
    };

    let mut d = f.approval();
    d.attestations.risks_understood = false;
    let e = refuse(&d);
    assert!(matches!(e, ReviewError::NotAttested { .. }), "{e}");
    assert!(e.to_string().contains("the risks are understood"), "{e}");
    assert_eq!(
        d.missing(),
        ["the attestation that the risks are understood"]
    );

    let mut d = f.approval();
    d.opinion = None;
    assert!(matches!(refuse(&d), ReviewError::NoOpinion { .. }));

    let mut d = f.approval();
    d.opinion = Some(Opinion::ApproveWithConditions);
    d.conditions = "   ".into();
    assert!(matches!(refuse(&d), ReviewError::NoConditions { .. }));

    let mut d = f.approval();
    d.judge("security", Verdict::ToCorrect, None);
    let e = refuse(&d);
    assert!(matches!(e, ReviewError::ToCorrectApproved { .. }), "{e}");
    assert!(e.to_string().contains("'security' to correct"), "{e}");
    // With conditions too: an approval leaves no section to correct.
    d.opinion = Some(Opinion::ApproveWithConditions);
    d.conditions = "Enable two-factor sign-in before go-live.".into();
    let e = refuse(&d);
    assert!(matches!(e, ReviewError::ToCorrectApproved { .. }), "{e}");

    // An approval judges every section the revision answers.
    let mut d = f.approval();
    d.verdicts.remove("security");
    d.verdicts.remove("cyber");
    let e = refuse(&d);
    assert!(matches!(e, ReviewError::NotJudged { .. }), "{e}");
    assert!(e.to_string().contains("'security', 'cyber'"), "{e}");
    // A rejection need not judge them all.
    d.opinion = Some(Opinion::Reject);
    d.conditions = "Incomplete.".into();
    assert!(review::check(&f.dossier, &d, day("2026-11-22")).is_ok());

    let mut d = f.approval();
    d.comment("scr.no_such_question", "?");
    let e = refuse(&d);
    assert!(matches!(e, ReviewError::UnknownQuestion { .. }), "{e}");
    assert!(e.to_string().contains("did you mean one of: scr."), "{e}");

    let mut d = f.approval();
    d.judge("legal", Verdict::Acceptable, None);
    let e = refuse(&d);
    assert!(matches!(e, ReviewError::UnknownSection { .. }), "{e}");
    assert!(e.to_string().contains("legitimacy"), "{e}");

    let mut d = f.start();
    d.opinion = Some(Opinion::Reject);
    assert!(matches!(refuse(&d), ReviewError::NoReason { .. }));

    let mut d = f.approval();
    d.review_due = Some(day("2026-11-01"));
    assert!(matches!(refuse(&d), ReviewError::DueTooEarly { .. }));

    // A revision signed after the review started: the review no longer applies.
    let d = f.approval();
    f.edit_draft("Changed after the review started");
    f.sign(5);
    let e = refuse(&d);
    assert!(matches!(e, ReviewError::Outdated { .. }), "{e}");
    assert!(
        e.to_string().contains("revision 2 has been signed since"),
        "{e}"
    );

    // The revision file replaced under the review: refused too.
    let d = f.approval();
    let bytes = std::fs::read(f.rev(2)).unwrap();
    std::fs::remove_file(f.rev(2)).unwrap();
    f.forget_heads();
    f.edit_draft("Yet another wording");
    f.sign(6);
    assert_ne!(bytes, std::fs::read(f.rev(2)).unwrap());
    let e = refuse(&d);
    assert!(e.to_string().contains("SHA-256 differs"), "{e}");
    assert!(review::reviews(&f.dossier, ID).unwrap().is_empty());
}

#[test]
fn a_review_needs_a_signed_revision() {
    let f = Fixture::new();
    let e = review::start(&f.dossier, ID).unwrap_err();
    assert!(matches!(e, ReviewError::NotSigned { .. }), "{e}");
    assert!(e.to_string().contains("farol sign demo-worklink-rollout"));
    let e = review::start(&f.dossier, "no-such").unwrap_err();
    assert!(e.to_string().contains("no assessment 'no-such'"), "{e}");
}

#[test]
fn status_moves_from_draft_to_approved_and_back_to_signed() {
    let f = Fixture::new();
    let today = "2026-11-25";
    assert_eq!(f.status(today).state, State::Draft);
    assert_eq!(f.status(today).revision, None);

    f.sign(1);
    let s = f.status(today);
    assert_eq!((s.state, s.revision), (State::Signed, Some(1)));
    assert!(!s.changed_since_signing);
    f.edit_draft("Changed after signing");
    assert!(f.status(today).changed_since_signing);

    // Opening the review changes nothing; saving it does.
    let d = f.rejection();
    assert_eq!(f.status(today).state, State::Signed);
    review::save_draft(&f.dossier, &d).unwrap();
    assert_eq!(f.status(today).state, State::InReview);

    f.countersign(&d, "2026-11-22T15:00:00Z");
    let s = f.status(today);
    assert_eq!((s.state, s.review), (State::Rejected, Some(1)));
    assert_eq!(s.review_due, None);

    f.sign(2);
    let s = f.status(today);
    assert_eq!((s.state, s.revision), (State::Signed, Some(2)));
    assert!(!s.changed_since_signing);

    let mut d = f.approval();
    d.opinion = Some(Opinion::ApproveWithConditions);
    d.conditions = "Sign the standard contract before go-live.".into();
    f.countersign(&d, "2026-11-23T15:00:00Z");
    assert_eq!(f.status(today).state, State::ApprovedWithConditions);

    // A second review of the same revision decides the state.
    f.countersign(&f.approval(), "2026-11-24T15:00:00Z");
    let s = f.status(today);
    assert_eq!((s.state, s.review), (State::Approved, Some(3)));

    // A new revision after an approval awaits review again; the due date stays.
    f.edit_draft("Extended to the Taipa office");
    f.sign(3);
    let s = f.status(today);
    assert_eq!(s.state, State::Signed);
    assert_eq!(s.review_due, Some(day("2027-05-24")));

    // The dossier list carries the same status.
    let entries = f.dossier.list_at("en", day(today)).unwrap();
    assert_eq!(entries[0].status.as_ref().unwrap(), &s);
}

#[test]
fn review_due_defaults_to_six_months_and_overdue_is_detected() {
    let f = Fixture::new();
    f.sign(1);
    let s = f.countersign(&f.approval(), "2026-08-31T12:00:00Z");
    // Six calendar months, clamped to the end of a shorter month.
    assert_eq!(s.review_due, Some(day("2027-02-28")));
    assert_eq!(review::default_due(day("2026-11-22")), day("2027-05-22"));

    let st = f.status("2027-02-28");
    assert_eq!(st.review_due, Some(day("2027-02-28")));
    assert!(!st.overdue, "due today is not yet overdue");
    let st = f.status("2027-03-01");
    assert!(st.overdue);
    assert_eq!(st.due_label(), "2027-02-28 OVERDUE");
    let list = f.dossier.list_at("en", day("2027-03-01")).unwrap();
    let text = farol::present::list_text(f.root(), &list);
    assert!(text.contains("2027-02-28 OVERDUE"), "{text}");
    assert!(text.contains("approved"), "{text}");

    // A date set by the reviewer wins.
    f.edit_draft("Next round");
    f.sign(2);
    let mut d = f.approval();
    d.review_due = Some(day("2027-12-31"));
    let s = f.countersign(&d, "2026-12-01T12:00:00Z");
    assert_eq!(s.review_due, Some(day("2027-12-31")));
    assert!(!f.status("2027-03-01").overdue);
}

#[test]
fn feedback_tells_the_assessor_what_to_correct_until_answered() {
    let f = Fixture::new();
    f.sign(1);
    assert!(review::feedback(&f.dossier, ID).unwrap().is_none());
    f.countersign(&f.rejection(), "2026-11-22T15:00:00Z");
    let fb = review::feedback(&f.dossier, ID).unwrap().unwrap();
    assert_eq!(fb.to_correct, ["transfers"]);
    assert_eq!(fb.verdict("transfers"), Some(Verdict::ToCorrect));
    assert_eq!(
        fb.comment("scr.combining"),
        Some("Does WorkLink match chat with attendance?")
    );
    assert_eq!(
        (fb.revision, fb.latest_revision, fb.answered),
        (1, 1, false)
    );
    assert_eq!(fb.reviewer, "Rui Sousa");
    let text = review::feedback_text(&fb);
    assert!(text.contains("TO CORRECT — No legal basis"), "{text}");

    f.edit_draft("Reworded after the review");
    f.sign(2);
    let fb = review::feedback(&f.dossier, ID).unwrap().unwrap();
    assert!(fb.answered);
    assert_eq!(fb.latest_revision, 2);
    // The reply is in the revision: the note on the question, and the link to the review.
    let r2 = record::load_revision(&f.dossier, ID, Some(2)).unwrap().body;
    assert_eq!(r2.responds_to.as_ref().map(|r| r.number), Some(1));
    assert!(r2.answer("prj.system").unwrap().note.is_some());
    // The history stays: both revisions and the review still verify.
    assert!(f.verify_all().passed(), "{}", problems(&f.verify_all()));
    // A revision that follows no review names none, and its file says nothing about it.
    f.edit_draft("Once more");
    let s3 = f.sign(3);
    assert!(
        record::read_record(&s3.path)
            .unwrap()
            .body
            .responds_to
            .is_none()
    );
    assert!(
        !std::fs::read_to_string(&s3.path)
            .unwrap()
            .contains("responds_to")
    );
}

#[test]
fn a_saved_review_of_an_older_revision_is_kept_aside() {
    let f = Fixture::new();
    f.sign(1);
    let mut d = f.start();
    d.comment("scr.combining", "First look");
    review::save_draft(&f.dossier, &d).unwrap();
    f.edit_draft("Changed before the review was finished");
    f.sign(2);
    let started = review::start(&f.dossier, ID).unwrap();
    assert_eq!(started.superseded, Some(1));
    assert!(!started.resumed);
    assert_eq!(started.draft.revision, 2);
    assert!(started.draft.comments.is_empty());
    // Starting reads only; saving moves the old review aside, never destroys it.
    let old = f
        .root()
        .join("assessments")
        .join(ID)
        .join("review-of-revision-0001.ron");
    assert!(!old.exists());
    review::save_draft(&f.dossier, &started.draft).unwrap();
    assert!(
        std::fs::read_to_string(&old)
            .unwrap()
            .contains("First look")
    );
    let now = review::load_draft(&f.dossier, ID).unwrap().unwrap();
    assert_eq!(now.revision, 2);
}

#[test]
fn a_damaged_review_in_progress_is_reported_and_never_overwritten() {
    let f = Fixture::new();
    f.sign(1);
    let path = review::draft_path(&f.dossier, ID);
    std::fs::write(&path, "ReviewDraft(schema: 1, assessment: \"x\"").unwrap();
    let e = review::start(&f.dossier, ID).unwrap_err();
    assert!(e.to_string().contains("review.ron:1:"), "{e}");
    let d = ReviewDraft::new(ID, 1, "0");
    assert!(review::save_draft(&f.dossier, &d).is_err());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "ReviewDraft(schema: 1, assessment: \"x\""
    );
    std::fs::write(&path, "ReviewDraft(schema: 9)").unwrap();
    let e = review::start(&f.dossier, ID).unwrap_err();
    assert!(matches!(e, ReviewError::NewerSchema { .. }), "{e}");
}

#[test]
fn the_sheet_shows_every_answer_with_help_citation_and_the_review_so_far() {
    let f = Fixture::new();
    f.sign(1);
    let mut d = f.rejection();
    d.conditions = "See the transfers section.".into();
    let sheet = review::sheet(&f.dossier, &d, "en").unwrap();
    let rec = record::load_revision(&f.dossier, ID, Some(1)).unwrap().body;
    let shown: usize = sheet.sections.iter().map(|s| s.questions.len()).sum();
    assert_eq!(shown, rec.answers.len(), "every answer is on the sheet");
    let (sec, q) = sheet.question("scr.sensitive").unwrap();
    assert_eq!(sec.id, "screening");
    assert!(!q.help.is_empty());
    assert!(q.cite.iter().any(|c| c.contains("Law 8/2005")));
    let text = review::sheet_text(&sheet, &d);
    assert!(text.contains("[transfers] — verdict: TO CORRECT"), "{text}");
    assert!(
        text.contains("▸ Comment: Does WorkLink match chat"),
        "{text}"
    );
    assert!(text.contains("Why: "), "{text}");
    assert!(text.contains("Reasons:"), "{text}");
    assert!(text.contains("Ready to countersign"), "{text}");
}

// The command line.

fn farol(f: &Fixture) -> Command {
    let mut c = Command::cargo_bin("farol").unwrap();
    c.env("FAROL_DOSSIER", f.root())
        .env("FAROL_KEYS", &f.keys_dir)
        .env("FAROL_CONFIG_DIR", f.root().join(".test-config"))
        .env_remove("FAROL_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    c
}

#[test]
fn cli_review_flow_with_status_list_and_verify() {
    let f = Fixture::new();
    farol(&f)
        .args(["review", ID])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("farol sign demo-worklink-rollout"));
    farol(&f)
        .args(["sign", ID, "--key", "Ana Lei"])
        .assert()
        .success();
    farol(&f).args(["status", ID]).assert().success().stdout(
        predicate::str::contains("signed").and(predicate::str::contains("awaiting review")),
    );

    // The sheet, read-only: nothing is saved.
    farol(&f).args(["review", ID]).assert().success().stdout(
        predicate::str::contains("scr.sensitive")
            .and(predicate::str::contains("Cite: Law 8/2005"))
            .and(predicate::str::contains("Before countersigning, give:")),
    );
    assert!(!review::draft_path(&f.dossier, ID).exists());

    farol(&f)
        .args([
            "review",
            ID,
            "--comment",
            "scr.combining",
            "Ask the vendor about matching.",
            "--verdict",
            "transfers",
            "to-correct",
            "--note",
            "transfers",
            "No Art 20 basis.",
            "--verdict",
            "screening",
            "acceptable",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Saved the review"));
    let d = review::load_draft(&f.dossier, ID).unwrap().unwrap();
    assert_eq!(d.verdicts["transfers"].note, "No Art 20 basis.");
    assert_eq!(d.comments.len(), 1);
    farol(&f)
        .args(["status", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"state\": \"in_review\""));

    // Mistakes are caught at once, and nothing is saved.
    farol(&f)
        .args(["review", ID, "--verdict", "transfer", "acceptable"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("not a section").and(predicate::str::contains("transfers")),
        );
    farol(&f)
        .args(["review", ID, "--verdict", "transfers", "fine"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("to-improve"));
    assert_eq!(review::load_draft(&f.dossier, ID).unwrap().unwrap(), d);

    // Approving with a section to correct, without attestations: refused, saying what.
    farol(&f)
        .args(["review", ID, "--opinion", "approve", "--sign"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not given"));
    // Approving with conditions while a section is to correct: refused, and nothing of
    // what the failed command said is kept.
    let before = std::fs::read(review::draft_path(&f.dossier, ID)).unwrap();
    farol(&f)
        .args([
            "review",
            ID,
            "--opinion",
            "approve-with-conditions",
            "--conditions",
            "Sign the standard contract before go-live.",
            "--attest",
            "all",
            "--sign",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'transfers' to correct"));
    assert_eq!(
        std::fs::read(review::draft_path(&f.dossier, ID)).unwrap(),
        before
    );
    // Two keys and the reviewer's is the only one that can countersign: it is chosen.
    let mut judged = vec!["--verdict", "transfers", "to-improve"];
    for s in [
        "project",
        "inventory",
        "flows",
        "legitimacy",
        "quality",
        "rights",
        "security",
        "processors",
        "notification",
        "health",
        "location",
        "cyber",
    ] {
        judged.extend(["--verdict", s, "acceptable"]);
    }
    farol(&f)
        .args([
            "review",
            ID,
            "--opinion",
            "approve-with-conditions",
            "--conditions",
            "Sign the standard contract before go-live.",
            "--attest",
            "description,risks",
            "--attest",
            "plan",
            "--due",
            "2027-03-31",
            "--sign",
        ])
        .args(&judged)
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Countersigned review 1")
                .and(predicate::str::contains("APPROVE WITH CONDITIONS"))
                .and(predicate::str::contains("review due  2027-03-31")),
        );
    farol(&f).args(["status", ID]).assert().success().stdout(
        predicate::str::contains("approved with conditions")
            .and(predicate::str::contains("2027-03-31")),
    );
    let out = farol(&f).args(["list", "--json"]).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["assessments"][0]["draft"], "readable");
    assert_eq!(
        v["assessments"][0]["status"]["state"],
        "approved_with_conditions"
    );
    assert_eq!(v["assessments"][0]["status"]["review_due"], "2027-03-31");
    farol(&f)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("approved with conditions"));

    farol(&f).arg("verify").assert().success().stdout(
        predicate::str::contains("review 1 of revision 1: approve with conditions")
            .and(predicate::str::contains("judges     ok")),
    );
    let out = farol(&f).args(["verify", "--json"]).assert().success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["summary"]["reviews"], 1);
    assert_eq!(v["records"][1]["kind"], "review");
    assert_eq!(
        v["records"][1]["review"]["opinion"],
        "approve_with_conditions"
    );

    // An assessor key named explicitly is refused with a hint.
    farol(&f)
        .args(["sign", ID, "--key", "Ana Lei"])
        .assert()
        .success();
    farol(&f)
        .args([
            "review",
            ID,
            "--opinion",
            "reject",
            "--conditions",
            "x",
            "--sign",
            "--key",
            "Ana Lei",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--role reviewer"));
}

#[test]
fn a_review_copied_out_of_the_dossier_still_verifies_against_it() {
    let f = Fixture::new();
    f.sign(1);
    let s = f.countersign(&f.approval(), "2026-11-22T15:00:00Z");
    let elsewhere = f.tmp.path().join("bundle").join("approval.ron");
    std::fs::create_dir_all(elsewhere.parent().unwrap()).unwrap();
    std::fs::copy(&s.path, &elsewhere).unwrap();
    let r = record::verify_paths(f.root(), std::slice::from_ref(&elsewhere)).unwrap();
    assert!(r.passed(), "{}", record::verify_text(&r));
    let row = &r.records[0];
    assert_eq!(row.kind, RecordKind::Review, "recognised by its content");
    assert_eq!(row.chain, ChainStatus::NotChecked);
    assert_eq!(row.review.as_ref().unwrap().judges, JudgedStatus::Ok);
}

#[test]
fn a_review_signed_with_an_assessor_key_fails_even_if_trusted() {
    let f = Fixture::new();
    f.sign(1);
    let good = f.countersign(&f.approval(), "2026-11-22T15:00:00Z");
    // Forged by hand: the same review, signed by the (trusted) assessor as an assessor.
    let mut body = review::read_review(&good.path).unwrap().body;
    body.signer = record::Signer {
        name: f.assessor.info.name.clone(),
        role: Role::Assessor,
        key: f.assessor.info.id.clone(),
        fingerprint: f.assessor.info.fingerprint.clone(),
        at: at("2026-11-22T16:00:00Z"),
    };
    let bytes = record::seal(&review::serialize_review(&body), &f.assessor);
    std::fs::write(&good.path, bytes).unwrap();
    let r = f.verify_all();
    let row = r.records.iter().find(|x| x.file == good.path).unwrap();
    assert_eq!(row.signature, record::SignatureStatus::Valid);
    assert_eq!(row.trusted, TrustStatus::RoleMismatch);
    assert!(
        row.problems[0].contains("countersigned by a reviewer or an approver"),
        "{:?}",
        row.problems
    );
    assert!(!r.passed());
}

/// Duties separated: the key that signed a revision cannot countersign a review of it,
/// and `farol verify` fails such a review, unless the dossier's policy allows it.
#[test]
fn a_revisions_signer_cannot_review_it_unless_the_policy_says_so() {
    let f = Fixture::new();
    // The reviewer's key signs the revision itself.
    record::sign(&f.dossier, ID, &f.reviewer, at("2026-11-21T10:00:00Z")).unwrap();
    let e = review::countersign(
        &f.dossier,
        &f.approval(),
        &f.reviewer,
        at("2026-11-22T15:00:00Z"),
    )
    .unwrap_err();
    assert!(matches!(e, ReviewError::SelfReview { .. }), "{e}");
    assert!(e.to_string().contains("policy.ron"), "{e}");
    assert!(review::reviews(&f.dossier, ID).unwrap().is_empty());
    // The command line refuses too.
    let mut d = f.approval();
    review::save_draft(&f.dossier, &d).unwrap();
    farol(&f)
        .args(["review", ID, "--sign", "--key", &f.reviewer.info.id])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot countersign a review of it",
        ));

    // A dossier whose policy allows it: countersigned, and it verifies.
    let policy = f.root().join("policy.ron");
    std::fs::write(&policy, "Policy(allow_self_review: true)\n").unwrap();
    d.review_due = Some(day("2027-05-01"));
    let s = f.countersign(&d, "2026-11-22T15:00:00Z");
    let r = f.verify_all();
    assert!(r.passed(), "{}", common::all_problems(&r));
    assert_eq!(f.status("2026-11-23").state, State::Approved);

    // Without the policy, the same review fails verification and approves nothing.
    std::fs::remove_file(&policy).unwrap();
    let r = f.verify_all();
    assert!(!r.passed());
    let row = r.records.iter().find(|x| x.file == s.path).unwrap();
    assert!(
        row.problems
            .iter()
            .any(|p| p.contains("one person may not both sign and review")),
        "{:?}",
        row.problems
    );
    assert_eq!(f.status("2026-11-23").state, State::Signed);
}

/// `farol review … --due 2026-11-15 --sign` that fails (the date is past) writes nothing:
/// neither the opinion nor the attestations are kept.
#[test]
fn a_failed_countersignature_writes_nothing() {
    let f = Fixture::new();
    f.sign(1);
    let mut args = vec![
        "review",
        ID,
        "--opinion",
        "approve",
        "--attest",
        "all",
        "--due",
        "2026-11-15",
        "--sign",
    ];
    let sections = review::sheet(&f.dossier, &f.start(), "en")
        .unwrap()
        .sections;
    let ids: Vec<String> = sections.iter().map(|s| s.id.clone()).collect();
    for id in &ids {
        args.extend(["--verdict", id, "acceptable"]);
    }
    farol(&f)
        .args(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2026-11-15"));
    assert!(
        !review::draft_path(&f.dossier, ID).exists(),
        "no review in progress kept"
    );
    assert!(review::reviews(&f.dossier, ID).unwrap().is_empty());
    assert_eq!(f.status("2026-12-01").state, State::Signed);
}

#[test]
fn a_review_open_in_a_window_is_never_written_over_from_the_command_line() {
    let f = Fixture::new();
    f.sign(1);
    let review_file = farol::review::draft_path(&f.dossier, ID);
    // A review window (this process stands for it) holds the review's lock.
    let held = farol::lock::DraftLock::acquire_review(&review_file, ID).unwrap();
    farol(&f)
        .args(["review", ID, "--comment", "prj.system", "Ask the vendor"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("review"));
    assert!(
        !review_file.exists(),
        "nothing written while the window has it"
    );
    drop(held);
    farol(&f)
        .args(["review", ID, "--comment", "prj.system", "Ask the vendor"])
        .assert()
        .success();
    assert!(review_file.exists());
}
