//! Signed summaries in heads, and the fast `farol list` that reads them: the list says
//! what the slow way (`review::status`, parsing revisions and verifying reviews) says at
//! every step of a review cycle; a forged summary is caught by `farol verify`; a draft's
//! sidecar is rebuilt when the draft changes; heads written before summaries still list.

use chrono::NaiveDate;
use farol::dossier::{Dossier, Entry, EntryState};
use farol::keys::{LoadedKey, Role};
use farol::record::{self, Head};
use farol::review::{self, Opinion, ReviewDraft, State, Verdict};

mod common;
use common::{all_problems, at, trusted_key};

const ID: &str = farol::demo::ID;

struct Fixture {
    _tmp: tempfile::TempDir,
    dossier: Dossier,
    assessor: LoadedKey,
    reviewer: LoadedKey,
}

impl Fixture {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dossier = Dossier::open(tmp.path().join("dossier"));
        let keys_dir = tmp.path().join("keys");
        let when = "2026-11-20T09:00:00Z";
        let assessor = trusted_key(dossier.root(), &keys_dir, "Ana Lei", Role::Assessor, when);
        let reviewer = trusted_key(dossier.root(), &keys_dir, "Rui Sousa", Role::Reviewer, when);
        let l = farol::questionnaire::load::embedded_default();
        dossier.save_draft(&farol::demo::draft(&l)).unwrap();
        Fixture {
            _tmp: tmp,
            dossier,
            assessor,
            reviewer,
        }
    }

    fn sign(&self, minute: i64) {
        let now = at("2026-11-21T10:00:00Z") + chrono::Duration::minutes(minute);
        record::sign(&self.dossier, ID, &self.assessor, now).unwrap();
    }

    fn retitle(&self, title: &str) {
        let (mut d, _) = self.dossier.load_draft(ID).unwrap();
        d.title = title.into();
        self.dossier.save_draft(&d).unwrap();
    }

    fn review(&self, opinion: Opinion, when: &str) {
        let mut d: ReviewDraft = review::start(&self.dossier, ID).unwrap().draft;
        for s in review::sheet(&self.dossier, &d, "en").unwrap().sections {
            d.judge(&s.id, Verdict::Acceptable, None);
        }
        if opinion == Opinion::Reject {
            d.judge("transfers", Verdict::ToCorrect, Some("No legal basis."));
        }
        d.opinion = Some(opinion);
        d.attestations = review::Attestations::everything();
        review::countersign(&self.dossier, &d, &self.reviewer, at(when)).unwrap();
    }

    fn entry(&self, today: NaiveDate) -> Entry {
        let mut all = self.dossier.list_at("en", today).unwrap();
        assert_eq!(all.len(), 1);
        all.pop().unwrap()
    }

    /// The list agrees with the slow way, and returns the entry.
    fn agrees(&self, today: NaiveDate) -> Entry {
        let e = self.entry(today);
        let slow = review::status(&self.dossier, ID, today).unwrap();
        assert_eq!(e.status.as_ref(), Some(&slow));
        e
    }

    fn heads(&self) -> std::path::PathBuf {
        record::heads_dir(&self.dossier.root().join("assessments").join(ID))
    }

    /// The newest head file and its body.
    fn newest_head(&self) -> (std::path::PathBuf, Head) {
        let mut files: Vec<_> = std::fs::read_dir(self.heads())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        let p = files.pop().unwrap();
        let bytes = std::fs::read(&p).unwrap();
        let t = record::split("", &bytes).unwrap();
        let text = std::str::from_utf8(&bytes[..t.signed_len]).unwrap();
        (p, ron::from_str(text).unwrap())
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn the_list_agrees_with_the_slow_way_through_a_review_cycle() {
    let f = Fixture::new();
    let today = day("2026-12-01");
    assert_eq!(f.agrees(today).status.unwrap().state, State::Draft);
    f.sign(0);
    let (_, head) = f.newest_head();
    let s = head.summary.expect("a new head carries a summary");
    assert_eq!(
        (s.revision, s.opinion, s.signed_by.as_str()),
        (1, None, "Ana Lei")
    );
    let e = f.agrees(today);
    assert_eq!(e.status.as_ref().unwrap().state, State::Signed);
    assert!(!e.status.unwrap().changed_since_signing);
    f.retitle("WorkLink, reworded");
    let e = f.agrees(today);
    assert!(e.status.unwrap().changed_since_signing);
    assert!(
        matches!(e.state, EntryState::Draft { ref title, .. } if title == "WorkLink, reworded")
    );
    f.review(Opinion::Reject, "2026-11-22T10:00:00Z");
    assert_eq!(f.agrees(today).status.unwrap().state, State::Rejected);
    f.sign(60 * 24 * 2);
    f.review(Opinion::Approve, "2026-11-24T10:00:00Z");
    let s = f.agrees(today).status.unwrap();
    assert_eq!(s.state, State::Approved);
    assert!(s.review_due.is_some());
    // Overdue, judged on a later day.
    let later = s.review_due.unwrap() + chrono::Duration::days(1);
    assert!(f.agrees(later).status.unwrap().overdue);
    // A review in progress of the latest revision.
    let d = review::start(&f.dossier, ID).unwrap().draft;
    review::save_draft(&f.dossier, &d).unwrap();
    assert_eq!(f.agrees(today).status.unwrap().state, State::InReview);
    // A new revision keeps the review-due date of the last approval.
    f.retitle("WorkLink, third take");
    f.sign(60 * 24 * 5);
    let s = f.newest_head().1.summary.unwrap();
    assert_eq!((s.revision, s.opinion), (3, None));
    assert!(s.review_due.is_some());
    f.agrees(today);
    assert!(f.dossier.verify_report_passes());
}

trait Passes {
    fn verify_report_passes(&self) -> bool;
}

impl Passes for Dossier {
    fn verify_report_passes(&self) -> bool {
        let r = record::verify_paths(self.root(), &[self.root().to_path_buf()]).unwrap();
        assert!(r.passed(), "{}", all_problems(&r));
        true
    }
}

#[test]
fn a_forged_summary_is_caught_by_verify() {
    let f = Fixture::new();
    f.sign(0);
    let (path, mut head) = f.newest_head();
    let s = head.summary.as_mut().unwrap();
    s.title = "Nothing to see here".into();
    s.overall = Some(farol::scale::RiskLevel::Low);
    std::fs::write(&path, record::seal_head(&head, &f.assessor)).unwrap();
    let r = record::verify_paths(f.dossier.root(), &[f.dossier.root().to_path_buf()]).unwrap();
    let p = all_problems(&r);
    assert!(!r.passed());
    assert!(p.contains("summary does not agree"), "{p}");
    assert!(p.contains("title, overall"), "{p}");
}

#[test]
fn a_changed_draft_is_summarised_again() {
    let f = Fixture::new();
    f.sign(0);
    let today = day("2026-12-01");
    f.agrees(today);
    let side = f
        .dossier
        .draft_path(ID)
        .with_file_name(farol::listing::SIDECAR);
    let first = std::fs::read_to_string(&side).expect("listing writes the sidecar");
    f.retitle("Renamed after listing");
    let e = f.agrees(today);
    assert!(
        matches!(e.state, EntryState::Draft { ref title, .. } if title == "Renamed after listing")
    );
    assert_ne!(std::fs::read_to_string(&side).unwrap(), first);
    // A sidecar that does not summarise these bytes is not believed.
    let forged = std::fs::read_to_string(&side)
        .unwrap()
        .replace("Renamed after listing", "Forged title");
    let forged = forged.replace(
        &forged[forged.find("draft_sha256: \"").unwrap() + 15..][..64],
        &"0".repeat(64),
    );
    std::fs::write(&side, forged).unwrap();
    let e = f.agrees(today);
    assert!(
        matches!(e.state, EntryState::Draft { ref title, .. } if title == "Renamed after listing")
    );
}

#[test]
fn heads_written_before_summaries_are_listed_the_slow_way() {
    let f = Fixture::new();
    f.sign(0);
    f.review(Opinion::Approve, "2026-11-22T10:00:00Z");
    // Every head as an older Farol wrote it: no summary.
    for e in std::fs::read_dir(f.heads()).unwrap() {
        let p = e.unwrap().path();
        let bytes = std::fs::read(&p).unwrap();
        let t = record::split("", &bytes).unwrap();
        let mut head: Head =
            ron::from_str(std::str::from_utf8(&bytes[..t.signed_len]).unwrap()).unwrap();
        head.summary = None;
        let key = if head.signer.name == "Ana Lei" {
            &f.assessor
        } else {
            &f.reviewer
        };
        std::fs::write(&p, record::seal_head(&head, key)).unwrap();
    }
    let today = day("2026-12-01");
    assert_eq!(f.agrees(today).status.unwrap().state, State::Approved);
    // The next signature summarises again, the approval's due date found in the reviews.
    f.retitle("Next take");
    f.sign(60 * 24 * 3);
    let s = f.newest_head().1.summary.expect("summarised again");
    assert!(s.review_due.is_some());
    f.agrees(today);
}

/// Signing lists the revisions and heads once each and sweeps a killed writer's
/// temporary files from them on the way.
#[test]
fn signing_sweeps_stale_temporary_files() {
    let f = Fixture::new();
    f.sign(0);
    let a = f.dossier.root().join("assessments").join(ID);
    let stray = [
        a.join("revisions/.0002.ron.999999998.0.tmp"),
        a.join("heads/.0002.ron.999999997.0.tmp"),
    ];
    for s in &stray {
        std::fs::write(s, "half").unwrap();
    }
    f.retitle("Second take");
    f.sign(10);
    for s in &stray {
        assert!(!s.exists(), "{}", s.display());
    }
    f.dossier.verify_report_passes();
}
