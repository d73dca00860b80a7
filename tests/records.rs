//! Signed records: sign → verify round trips, tampering of every kind detected and named,
//! trust, risk recomputation, and damaged files reported without a panic.

use std::path::{Path, PathBuf};

use chrono::Utc;
use farol::dossier::Dossier;
use farol::keys::{self, LoadedKey, Role};
use farol::record::{
    self, ChainStatus, RecordError, RiskStatus, SignatureStatus, TrustStatus, VerifyReport,
};
use proptest::prelude::*;

mod common;

use common::{all_problems, at, trusted_key};

/// A dossier holding the demo draft (as `id`), and a trusted assessor key.
struct Fixture {
    _tmp: tempfile::TempDir,
    dossier: Dossier,
    keys_dir: PathBuf,
    key: LoadedKey,
}

impl Fixture {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dossier = Dossier::open(tmp.path().join("dossier"));
        let keys_dir = tmp.path().join("keys");
        let key = trusted_key(
            dossier.root(),
            &keys_dir,
            "Ana Lei",
            Role::Assessor,
            "2026-11-20T09:00:00Z",
        );
        let f = Fixture {
            _tmp: tmp,
            dossier,
            keys_dir,
            key,
        };
        f.add_demo(farol::demo::ID);
        f
    }

    fn add_demo(&self, id: &str) {
        let l = farol::questionnaire::load::embedded_default();
        let mut d = farol::demo::draft(&l);
        d.id = id.to_string();
        self.dossier.save_draft(&d).unwrap();
    }

    /// Signs, then gives every signed file its old name (`NNNN.ron`): these tests tamper
    /// with an old dossier, named as Farol named them before names carried a hash
    /// (`tests/forks.rs` tests the new names).
    fn sign(&self, id: &str, n: u32) -> record::SignedRevision {
        let now = at("2026-11-21T10:00:00Z") + chrono::Duration::minutes(n as i64);
        let mut s = record::sign(&self.dossier, id, &self.key, now).unwrap();
        common::old_names(self.root());
        s.path = s
            .path
            .with_file_name(record::revision_file_name(s.revision));
        s
    }

    fn root(&self) -> &Path {
        self.dossier.root()
    }

    fn verify(&self, paths: &[PathBuf]) -> VerifyReport {
        record::verify_paths(self.root(), paths).unwrap()
    }

    fn verify_one(&self, path: &Path) -> VerifyReport {
        self.verify(&[path.to_path_buf()])
    }

    fn verify_all(&self) -> VerifyReport {
        self.verify(&[self.root().to_path_buf()])
    }

    fn rev(&self, id: &str, n: u32) -> PathBuf {
        common::numbered(&record::revisions_dir(&self.dossier, id), n)
    }

    /// Changes one answer of the draft, so the next revision differs.
    fn edit_draft(&self, id: &str, f: impl FnOnce(&mut farol::assessment::Draft)) {
        let (mut d, _) = self.dossier.load_draft(id).unwrap();
        f(&mut d);
        self.dossier.save_draft(&d).unwrap();
    }
}

#[test]
fn sign_then_verify_round_trip() {
    let f = Fixture::new();
    let s1 = f.sign(farol::demo::ID, 1);
    assert_eq!(s1.revision, 1);
    assert!(s1.signer_trusted);
    assert!(
        s1.path
            .ends_with("assessments/demo-worklink-rollout/revisions/0001.ron")
    );

    let text = std::fs::read_to_string(&s1.path).unwrap();
    assert!(text.starts_with("Record(\n"), "{}", &text[..40]);
    assert!(text.contains("previous: None,"));
    assert!(text.contains("assessment: \"demo-worklink-rollout\""));
    assert!(text.contains("prompt: \""), "question texts are kept");
    assert!(text.contains(&format!("key: \"{}\"", f.key.info.id)));
    assert!(text.contains(record::MARKER));
    assert!(text.ends_with('\n'));
    // The whole file, trailer included, is valid RON.
    let whole: record::RecordBody = ron::from_str(&text).unwrap();
    assert_eq!(whole.revision, 1);
    // The questionnaire version is kept in the dossier by fingerprint.
    assert!(f.root().join("questionnaires").read_dir().unwrap().count() >= 1);

    let r = f.verify_all();
    assert!(r.passed(), "{}", record::verify_text(&r));
    assert_eq!(r.summary.records, 1);
    let row = &r.records[0];
    assert_eq!(row.signature, SignatureStatus::Valid);
    assert_eq!(row.trusted, TrustStatus::Trusted);
    assert_eq!(row.chain, ChainStatus::Ok);
    assert_eq!(row.risk, RiskStatus::Ok);

    // A second revision names the SHA-256 of the first file.
    f.edit_draft(farol::demo::ID, |d| {
        d.answers.insert(
            "prj.system".into(),
            farol::answer::Answer::Text("Changed purpose".into()),
        );
    });
    let s2 = f.sign(farol::demo::ID, 2);
    assert_eq!(s2.revision, 2);
    let body2 = record::read_record(&s2.path).unwrap().body;
    assert_eq!(body2.previous.as_deref(), Some(s1.sha256.as_str()));
    let r = f.verify_all();
    assert!(r.passed(), "{}", record::verify_text(&r));
    assert_eq!(r.summary.verified, 2);
    // The report serialises for --json, and the text says so.
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains("\"signature\":\"valid\""));
    assert!(record::verify_text(&r).contains("everything verifies"));
    // Verifying one record or one assessment works as well.
    assert!(f.verify_one(&s2.path).passed());
    assert!(
        f.verify(&[f.root().join("assessments").join(farol::demo::ID)])
            .passed()
    );
}

#[test]
fn signing_never_overwrites_and_keeps_the_draft() {
    let f = Fixture::new();
    let s1 = f.sign(farol::demo::ID, 1);
    let before = std::fs::read(&s1.path).unwrap();
    let s2 = f.sign(farol::demo::ID, 2);
    assert_eq!(std::fs::read(&s1.path).unwrap(), before);
    assert_ne!(s1.path, s2.path);
    // The draft is still there to go on editing.
    assert!(f.dossier.load_draft(farol::demo::ID).is_ok());
}

#[test]
fn a_record_by_an_untrusted_key_is_reported_untrusted_never_valid() {
    let f = Fixture::new();
    let other_dir = f.keys_dir.with_file_name("other-keys");
    keys::new_key(&other_dir, "Mallory", Role::Approver, Utc::now()).unwrap();
    let mallory = keys::load_signing_key(&other_dir, None).unwrap();
    let s = record::sign(&f.dossier, farol::demo::ID, &mallory, Utc::now()).unwrap();
    assert!(!s.signer_trusted);
    let r = f.verify_all();
    assert!(!r.passed());
    let row = &r.records[0];
    assert_eq!(
        row.signature,
        SignatureStatus::Valid,
        "the signature itself is fine"
    );
    assert_eq!(row.trusted, TrustStatus::Untrusted);
    assert_eq!(r.summary.untrusted, 1);
    let text = record::verify_text(&r);
    assert!(text.contains("UNTRUSTED"), "{text}");
    assert!(text.contains("farol keys trust"), "{text}");

    // Trusting it in another role than it signs as is not enough either.
    keys::trust(
        f.root(),
        Some(&other_dir),
        &mallory.info.id,
        None,
        Some(Role::Reviewer),
        Utc::now(),
    )
    .unwrap();
    let r = f.verify_all();
    assert_eq!(r.records[0].trusted, TrustStatus::RoleMismatch);
    assert!(!r.passed());
}

#[test]
fn edited_scores_resigned_with_another_trusted_key_are_caught() {
    let f = Fixture::new();
    let s = f.sign(farol::demo::ID, 1);
    let rec = record::read_record(&s.path).unwrap();
    let mut body = rec.body.clone();
    let cat = body
        .risk
        .categories
        .iter_mut()
        .find(|c| c.id == "location")
        .expect("the demo processes location data");
    cat.residual.level = farol::scale::RiskLevel::Low;
    cat.residual.severity = farol::scale::Scale::Negligible;

    // A second, trusted key re-signs the edited body.
    let dir2 = f.keys_dir.with_file_name("keys2");
    let info2 = keys::new_key(&dir2, "Bruno Chan", Role::Assessor, Utc::now()).unwrap();
    keys::trust(f.root(), Some(&dir2), &info2.id, None, None, Utc::now()).unwrap();
    let k2 = keys::load_signing_key(&dir2, None).unwrap();
    body.signer.name = k2.info.name.clone();
    body.signer.key = k2.info.id.clone();
    body.signer.fingerprint = k2.info.fingerprint.clone();
    let bytes = record::seal(&record::serialize_body(&body), &k2);
    std::fs::remove_file(&s.path).unwrap();
    std::fs::write(&s.path, bytes).unwrap();

    let r = f.verify_all();
    let row = &r.records[0];
    assert_eq!(row.signature, SignatureStatus::Valid);
    assert_eq!(row.trusted, TrustStatus::Trusted);
    assert_eq!(row.risk, RiskStatus::Differs);
    assert!(!r.passed());
    let p = all_problems(&r);
    assert!(p.contains("category 'location'"), "{p}");
}

#[test]
fn a_record_naming_another_signer_than_the_key_fails() {
    let f = Fixture::new();
    let s = f.sign(farol::demo::ID, 1);
    let mut body = record::read_record(&s.path).unwrap().body;
    let dir2 = f.keys_dir.with_file_name("keys2");
    keys::new_key(&dir2, "Eve", Role::Assessor, Utc::now()).unwrap();
    let eve = keys::load_signing_key(&dir2, None).unwrap();
    body.signer.name = "Ana Lei".into(); // claims Ana's key, signs with Eve's
    let bytes = record::seal(&record::serialize_body(&body), &eve);
    std::fs::write(&s.path, bytes).unwrap();
    let r = f.verify_all();
    assert_eq!(r.records[0].signature, SignatureStatus::SignerMismatch);
    assert!(!r.passed());
}

/// Four revisions of the demo, each a little different.
fn four_revisions(f: &Fixture) {
    for n in 1..=4u32 {
        f.edit_draft(farol::demo::ID, |d| {
            d.title = format!("WorkLink rollout, take {n}");
        });
        f.sign(farol::demo::ID, n);
    }
    assert!(f.verify_all().passed());
}

#[test]
fn a_removed_revision_is_named() {
    let f = Fixture::new();
    four_revisions(&f);
    std::fs::remove_file(f.rev(farol::demo::ID, 2)).unwrap();
    let r = f.verify_all();
    assert!(!r.passed());
    let p = all_problems(&r);
    assert!(p.contains("revision 2 is missing"), "{p}");
    assert!(p.contains("0003.ron"), "{p}");
    // Signing on top of a broken chain is refused.
    let e = record::sign(&f.dossier, farol::demo::ID, &f.key, Utc::now()).unwrap_err();
    assert!(matches!(e, RecordError::BrokenChain { .. }), "{e}");
    assert!(e.to_string().contains("revision 2 is missing"), "{e}");
}

#[test]
fn a_removed_first_revision_is_named() {
    let f = Fixture::new();
    four_revisions(&f);
    std::fs::remove_file(f.rev(farol::demo::ID, 1)).unwrap();
    let p = all_problems(&f.verify_all());
    assert!(p.contains("revision 1 is missing"), "{p}");
}

#[test]
fn reordered_revisions_are_named() {
    let f = Fixture::new();
    four_revisions(&f);
    let (a, b) = (f.rev(farol::demo::ID, 2), f.rev(farol::demo::ID, 3));
    let tmp = a.with_extension("swap");
    std::fs::rename(&a, &tmp).unwrap();
    std::fs::rename(&b, &a).unwrap();
    std::fs::rename(&tmp, &b).unwrap();
    let r = f.verify_all();
    assert!(!r.passed());
    let p = all_problems(&r);
    assert!(p.contains("0002.ron holds revision 3, not 2"), "{p}");
    assert!(p.contains("0003.ron holds revision 2, not 3"), "{p}");
    assert!(p.contains("reordered"), "{p}");
}

#[test]
fn a_duplicated_revision_is_named() {
    let f = Fixture::new();
    four_revisions(&f);
    std::fs::copy(f.rev(farol::demo::ID, 4), f.rev(farol::demo::ID, 5)).unwrap();
    let r = f.verify_all();
    assert!(!r.passed());
    let p = all_problems(&r);
    assert!(p.contains("0005.ron is a copy of 0004.ron"), "{p}");
    assert!(p.contains("duplicated"), "{p}");
}

#[test]
fn a_revision_swapped_between_two_assessments_is_named() {
    let f = Fixture::new();
    f.add_demo("other-rollout");
    for n in 1..=3 {
        for id in [farol::demo::ID, "other-rollout"] {
            f.edit_draft(id, |d| d.title = format!("{id} take {n}"));
            f.sign(id, n);
        }
    }
    assert!(f.verify_all().passed());
    std::fs::copy(f.rev("other-rollout", 2), f.rev(farol::demo::ID, 2)).unwrap();
    let r = f.verify_all();
    assert!(!r.passed());
    let p = all_problems(&r);
    assert!(
        p.contains(
            "0002.ron is a revision of assessment 'other-rollout', not of 'demo-worklink-rollout'"
        ),
        "{p}"
    );
    assert!(p.contains("substituted"), "{p}");
    // The next revision no longer follows the one in place.
    assert!(p.contains("0003.ron does not follow 0002.ron"), "{p}");
    // The other assessment is untouched.
    let other = f.verify(&[f.root().join("assessments/other-rollout")]);
    assert!(other.passed(), "{}", record::verify_text(&other));
}

#[test]
fn removing_the_newest_revisions_is_named_through_the_draft() {
    let f = Fixture::new();
    four_revisions(&f);
    let (draft, _) = f.dossier.load_draft(farol::demo::ID).unwrap();
    let anchor = draft
        .signed
        .expect("signing records the revision in the draft");
    assert_eq!(anchor.revision, 4);
    std::fs::remove_file(f.rev(farol::demo::ID, 4)).unwrap();
    let r = f.verify_all();
    assert!(!r.passed());
    let p = all_problems(&r);
    assert!(p.contains("revision 4 (0004.ron)"), "{p}");
    assert!(p.contains("the newest revisions were removed"), "{p}");
    assert!(p.contains("draft.ron"), "{p}");

    // Every revision removed: the assessment is not silently "not signed yet".
    for n in 1..=3 {
        std::fs::remove_file(f.rev(farol::demo::ID, n)).unwrap();
    }
    let r = f.verify_all();
    assert!(!r.passed());
    assert!(
        all_problems(&r).contains("names revision 4 as signed"),
        "{}",
        all_problems(&r)
    );
}

#[test]
fn the_newest_revision_replaced_and_resigned_is_named() {
    let f = Fixture::new();
    four_revisions(&f);
    // A well-formed, validly signed, correctly chained revision 4 with other content:
    // only the draft's record of what was signed can tell.
    let mut body = record::read_record(&f.rev(farol::demo::ID, 4))
        .unwrap()
        .body;
    body.title = "Rewritten history".into();
    std::fs::write(
        f.rev(farol::demo::ID, 4),
        record::seal(&record::serialize_body(&body), &f.key),
    )
    .unwrap();
    let p = all_problems(&f.verify_all());
    assert!(
        p.contains("0004.ron is not the revision that was signed from this draft"),
        "{p}"
    );
}

#[test]
fn a_replaced_revision_breaks_the_next_link() {
    let f = Fixture::new();
    four_revisions(&f);
    // Re-sign a different revision 2 (same assessment, same trusted key) in place.
    let mut body = record::read_record(&f.rev(farol::demo::ID, 2))
        .unwrap()
        .body;
    body.title = "Rewritten history".into();
    std::fs::write(
        f.rev(farol::demo::ID, 2),
        record::seal(&record::serialize_body(&body), &f.key),
    )
    .unwrap();
    let p = all_problems(&f.verify_all());
    assert!(p.contains("0003.ron does not follow 0002.ron"), "{p}");
}

#[test]
fn truncated_and_corrupted_files_give_clear_errors_never_a_panic() {
    let f = Fixture::new();
    let s = f.sign(farol::demo::ID, 1);
    let good = std::fs::read(&s.path).unwrap();
    let step = (good.len() / 97).max(1);
    for len in (0..good.len())
        .step_by(step)
        .chain([good.len() - 1, good.len() - 2])
    {
        std::fs::write(&s.path, &good[..len]).unwrap();
        let r = f.verify_one(&s.path);
        assert!(!r.passed(), "truncated to {len} bytes");
        let p = all_problems(&r);
        assert!(!p.is_empty(), "truncated to {len}: no problem reported");
        assert!(p.contains("0001.ron"), "the file is named: {p}");
        // Reading it for a diff says where it breaks.
        if let Err(e) = record::read_record(&s.path) {
            let msg = e.to_string();
            assert!(msg.contains("0001.ron"), "{msg}");
            assert!(msg.contains("hint:"), "{msg}");
        }
    }
    // Truncated body: the parse error has a line and column.
    let cut = good.len() / 2;
    let mut damaged = good[..cut].to_vec();
    damaged.extend_from_slice(&good[good.len() - 300..]);
    std::fs::write(&s.path, &damaged).unwrap();
    let r = f.verify_one(&s.path);
    let p = all_problems(&r);
    assert!(
        p.lines()
            .any(|l| l.contains("0001.ron:") && l.matches(':').count() >= 3),
        "file:line:col expected: {p}"
    );
    // Binary garbage, not UTF-8.
    std::fs::write(&s.path, [0xff, 0xfe, 0x00, 0x80, b'\n']).unwrap();
    assert!(!f.verify_one(&s.path).passed());
    let e = record::read_record(&s.path).unwrap_err().to_string();
    assert!(e.contains("not UTF-8"), "{e}");
    // Empty.
    std::fs::write(&s.path, b"").unwrap();
    assert!(!f.verify_one(&s.path).passed());
    // Text after the signature.
    let mut extra = good.clone();
    extra.extend_from_slice(b"// a harmless-looking comment\n");
    std::fs::write(&s.path, &extra).unwrap();
    let p = all_problems(&f.verify_one(&s.path));
    assert!(p.contains("text after the signature"), "{p}");
}

#[test]
fn every_byte_of_the_trailer_is_covered() {
    // The last few hundred bytes (the end of the body and the whole trailer) are where a
    // lenient parser would let a change through: check each of them, with two flips.
    let f = Fixture::new();
    let s = f.sign(farol::demo::ID, 1);
    let good = std::fs::read(&s.path).unwrap();
    for pos in good.len().saturating_sub(320)..good.len() {
        for mask in [0x01u8, 0x20] {
            let mut bad = good.clone();
            bad[pos] ^= mask;
            std::fs::write(&s.path, &bad).unwrap();
            let r = f.verify_one(&s.path);
            assert!(
                !r.passed(),
                "flipping byte {pos} with {mask:#x} went unnoticed"
            );
        }
    }
    std::fs::write(&s.path, &good).unwrap();
    assert!(f.verify_one(&s.path).passed());
}

fn signed_fixture() -> &'static (Fixture, Vec<u8>, PathBuf) {
    use std::sync::OnceLock;
    static F: OnceLock<(Fixture, Vec<u8>, PathBuf)> = OnceLock::new();
    F.get_or_init(|| {
        let f = Fixture::new();
        let s = f.sign(farol::demo::ID, 1);
        let good = std::fs::read(&s.path).unwrap();
        (f, good, s.path)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any single-byte change anywhere in a record is detected.
    #[test]
    fn any_single_byte_change_is_detected(pos in any::<prop::sample::Index>(), mask in 1u8..=255) {
        let (f, good, path) = signed_fixture();
        let pos = pos.index(good.len());
        let mut bad = good.clone();
        bad[pos] ^= mask;
        // Each case writes a copy of its own, so cases never see each other's bytes.
        let copy = path.with_file_name(format!("{:04}.ron", 1));
        let dir = tempfile::tempdir_in(f.root()).unwrap();
        let rev = dir.path().join("assessments").join(farol::demo::ID).join("revisions");
        std::fs::create_dir_all(&rev).unwrap();
        let file = rev.join(copy.file_name().unwrap());
        std::fs::write(&file, &bad).unwrap();
        let r = record::verify_paths(f.root(), &[file]).unwrap();
        prop_assert!(!r.passed(), "flipping byte {} ({:#04x} ^ {:#04x}) went unnoticed", pos, good[pos], mask);
    }
}

#[test]
fn diff_names_changed_answers_risk_and_plan() {
    let f = Fixture::new();
    f.sign(farol::demo::ID, 1);
    f.edit_draft(farol::demo::ID, |d| {
        // Change answers (biometric data now held), finish an action, add one.
        d.answers.remove("inv.free_text");
        d.answers
            .insert("prj.users".into(), farol::answer::Answer::Number(90));
        d.plan[0].status = farol::assessment::PlanStatus::Done;
        d.plan.push(farol::assessment::PlanItem {
            id: "p3".into(),
            title: "Train supervisors".into(),
            detail: String::new(),
            owner: "HR".into(),
            due: None,
            status: farol::assessment::PlanStatus::Todo,
            from: None,
        });
        let cats = d.answers.get_mut("inv.categories").unwrap();
        if let farol::answer::Answer::Choices(cs) = cats {
            cs.push("biometric".into());
        }
    });
    f.sign(farol::demo::ID, 2);
    let a = record::load_revision(&f.dossier, farol::demo::ID, Some(1)).unwrap();
    let b = record::load_revision(&f.dossier, farol::demo::ID, None).unwrap();
    assert_eq!(b.body.revision, 2);
    let d = record::diff_explained(&f.dossier, &a.body, &b.body);
    assert!(
        d.answers.iter().any(|c| c.id == "prj.users"
            && c.change == record::Change::Changed
            && c.old.as_deref() == Some("83 accounts")
            && c.new.as_deref() == Some("90 accounts")),
        "{d:#?}"
    );
    assert!(
        d.answers
            .iter()
            .any(|c| c.id == "inv.free_text" && c.change == record::Change::Removed)
    );
    assert!(
        d.plan
            .iter()
            .any(|p| p.id == "p1" && p.details.iter().any(|x| x.contains("in progress → done")))
    );
    assert!(
        d.plan
            .iter()
            .any(|p| p.id == "p3" && p.change == record::Change::Added)
    );
    let bio = d
        .risk
        .iter()
        .find(|r| r.category == "biometric")
        .expect("biometric now processed");
    assert_eq!(bio.residual.0, None);
    assert!(bio.residual.1.is_some());
    assert!(!bio.because.is_empty(), "{bio:?}");
    let text = record::diff_text(&d);
    assert!(
        text.contains("revision 1") && text.contains("revision 2"),
        "{text}"
    );
    assert!(text.contains("83 accounts → 90 accounts"), "{text}");
    assert!(
        text.contains(&format!("{}: not processed →", bio.name)),
        "{text}"
    );

    // The same revision against itself: nothing.
    assert!(record::diff(&b.body, &b.body).is_empty());
    assert!(record::diff_text(&record::diff(&b.body, &b.body)).contains("No changes"));
    // The current draft against the latest revision: also nothing, it was just signed.
    let draft = record::draft_body(&f.dossier, farol::demo::ID, "en").unwrap();
    let d = record::diff(&b.body, &draft);
    assert!(d.answers.is_empty() && d.plan.is_empty(), "{d:#?}");
    // A revision that does not exist says which do.
    let e = record::load_revision(&f.dossier, farol::demo::ID, Some(7)).unwrap_err();
    assert!(e.to_string().contains("its revisions are 1, 2"), "{e}");
}

#[test]
fn what_can_be_verified_and_what_not() {
    let f = Fixture::new();
    // Nothing signed yet: not a pass, and the message says how to sign.
    let r = f.verify_all();
    assert!(!r.passed());
    assert!(
        all_problems(&r).contains("farol sign"),
        "{}",
        all_problems(&r)
    );
    let r = f.verify(&[f.root().join("assessments").join(farol::demo::ID)]);
    assert!(!r.passed());
    assert!(
        all_problems(&r).contains("no signed revision"),
        "{}",
        all_problems(&r)
    );
    // A directory that holds no records at all is a usage error.
    let e = record::verify_paths(f.root(), std::slice::from_ref(&f.keys_dir)).unwrap_err();
    assert!(matches!(e, RecordError::NotRecords { .. }), "{e}");
    assert!(e.to_string().contains("hint:"), "{e}");
    let e = record::verify_paths(f.root(), &[f.root().join("nope")]).unwrap_err();
    assert!(e.to_string().contains("nope"), "{e}");

    // The same record named twice, as a file and through its assessment, is checked once.
    let s = f.sign(farol::demo::ID, 1);
    let r = f.verify(&[
        s.path.clone(),
        f.root().join("assessments").join(farol::demo::ID),
        f.root().to_path_buf(),
    ]);
    assert_eq!(r.summary.records, 1, "{}", record::verify_text(&r));
    assert!(r.passed());

    // A record copied out of the dossier still verifies on its own; its chain is not checked.
    let lone = f.root().join("copy-of-record.ron");
    std::fs::copy(&s.path, &lone).unwrap();
    let r = f.verify_one(&lone);
    assert!(r.passed(), "{}", record::verify_text(&r));
    assert_eq!(r.records[0].chain, ChainStatus::NotChecked);
}

#[test]
fn the_questionnaire_is_kept_so_old_records_still_verify() {
    // A dossier whose questionnaire is not built in: after the file changes, the kept
    // bytes are still found by fingerprint.
    let f = Fixture::new();
    let builtin = farol::questionnaire::load::embedded_default();
    let version = builtin.questionnaire.version.clone();
    let source = builtin.source.replacen(
        &format!("version: \"{version}\""),
        &format!("version: \"{version}-local\""),
        1,
    );
    assert_ne!(source, builtin.source);
    let q_file = f.root().join("my-questionnaire.ron");
    std::fs::write(&q_file, &source).unwrap();
    let l = farol::questionnaire::load::load_file(&q_file).unwrap();
    let mut d = farol::demo::draft(&l);
    d.id = "local-q".into();
    d.questionnaire = farol::assessment::QuestionnaireUse::of(&l);
    f.dossier.keep_questionnaire(&l).unwrap();
    f.dossier.save_draft(&d).unwrap();
    f.sign("local-q", 1);
    std::fs::write(
        &q_file,
        source.replacen(&format!("{version}-local"), "2.0.1", 1),
    )
    .unwrap();
    let r = f.verify(&[f.root().join("assessments/local-q")]);
    assert!(r.passed(), "{}", record::verify_text(&r));

    // Without the kept copy, the risk cannot be recomputed, and that is not a pass.
    for e in std::fs::read_dir(f.root().join("questionnaires")).unwrap() {
        std::fs::remove_file(e.unwrap().path()).unwrap();
    }
    let r = f.verify(&[f.root().join("assessments/local-q")]);
    assert!(!r.passed());
    assert_eq!(r.records[0].risk, RiskStatus::NotChecked);
    assert!(
        all_problems(&r).contains("risk cannot be recomputed"),
        "{}",
        all_problems(&r)
    );
}

#[test]
fn a_forged_record_with_nonsense_fields_is_reported_not_a_panic() {
    let f = Fixture::new();
    let s = f.sign(farol::demo::ID, 1);
    let good = record::read_record(&s.path).unwrap().body;
    type Forge = Box<dyn Fn(&mut record::RecordBody)>;
    let forgeries: Vec<Forge> = vec![
        Box::new(|b| b.questionnaire.fingerprint = "éé".repeat(20)),
        Box::new(|b| b.questionnaire.fingerprint = String::new()),
        Box::new(|b| b.previous = Some("ü".into())),
        Box::new(|b| b.revision = 0),
        Box::new(|b| b.revision = u32::MAX),
        Box::new(|b| b.signer.fingerprint = "ß".into()),
        Box::new(|b| b.answers.clear()),
        Box::new(|b| b.answers[0].id = "no.such.question".into()),
        Box::new(|b| b.language = "xx".into()),
    ];
    for forge in forgeries {
        let mut body = good.clone();
        forge(&mut body);
        std::fs::write(
            &s.path,
            record::seal(&record::serialize_body(&body), &f.key),
        )
        .unwrap();
        let r = f.verify_all();
        assert!(!r.passed(), "{}", record::verify_text(&r));
        assert!(!all_problems(&r).is_empty());
        let _ = record::diff_explained(&f.dossier, &good, &body);
    }
}

#[test]
fn a_table_answer_is_recorded_row_by_row_in_words() {
    let f = Fixture::new();
    let s = f.sign(farol::demo::ID, 1);
    let body = record::read_record(&s.path).unwrap().body;
    let flows = body
        .answer("flows.list")
        .expect("the demo maps its data flows");
    let lines: Vec<&str> = flows.answer_text.lines().collect();
    assert!(lines.len() > 1, "{}", flows.answer_text);
    assert!(lines[0].starts_with("1. "), "{}", flows.answer_text);
    assert!(
        flows.answer_text.contains("mainland"),
        "{}",
        flows.answer_text
    );
}

#[test]
fn a_draft_of_questionnaire_1_0_0_still_scores_signs_and_verifies() {
    // Drafts pin their questionnaire: one answering macau-pdpa 1.0.0 (citations with
    // `verified: false`, no evidence, no transfer states) keeps working after 2.0.0.
    let f = Fixture::new();
    let q_file = f.root().join("macau-pdpa-1.0.0.ron");
    std::fs::write(&q_file, include_str!("fixtures/macau-pdpa-1.0.0.ron")).unwrap();
    let l = farol::questionnaire::load::load_file(&q_file).unwrap();
    assert_eq!(l.questionnaire.version, "1.0.0");
    let answers: farol::answer::Answers = farol::questionnaire::load::ron_options()
        .from_str(include_str!("fixtures/demo-answers-1.0.0.ron"))
        .unwrap();
    let mut d = farol::demo::draft(&l);
    d.id = "old-draft".into();
    d.answers = answers;
    d.questionnaire = farol::assessment::QuestionnaireUse::of(&l);
    f.dossier.keep_questionnaire(&l).unwrap();
    f.dossier.save_draft(&d).unwrap();
    let s = farol::risk::score(&l.questionnaire, &d.answers, "en");
    assert!(s.transfers.is_empty() && s.decisions.is_empty() && s.screening.is_none());
    assert!(!s.obligations.is_empty());
    let signed = f.sign("old-draft", 1);
    let text = std::fs::read_to_string(&signed.path).unwrap();
    assert!(
        !text.contains("decisions:") && !text.contains("transfers:"),
        "old records keep their shape"
    );
    let r = f.verify(&[f.root().join("assessments/old-draft")]);
    assert!(r.passed(), "{}", record::verify_text(&r));
}
