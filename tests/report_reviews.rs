//! A report that shows signed reviews carries them (`/AFRelationship /Supplement`), byte
//! for byte, and `farol verify REPORT.pdf` verifies each against the record it carries and
//! compares the pages written again with them: a review edited, one of another record
//! swapped in, or one removed fails.

use std::path::{Path, PathBuf};
use std::process::Command as Std;

use assert_cmd::Command;
use farol::dossier::Dossier;
use farol::keys::Role;
use farol::record;
use farol::review::{self, Opinion, Verdict};
use lopdf::{Object, ObjectId};
use predicates::prelude::*;

mod common;

use common::{at, trusted_key};

const ID: &str = farol::demo::ID;

/// The demo signed by Ana (revision 1), approved by Rui (review 1), changed and signed
/// again (revision 2), approved again (review 2).
struct Fixture {
    tmp: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let tmp = tempfile::tempdir().unwrap();
        let dossier = Dossier::open(tmp.path().join("dossier"));
        let keys = tmp.path().join("keys");
        let ana = trusted_key(
            dossier.root(),
            &keys,
            "Ana Assessor",
            Role::Assessor,
            "2026-11-01T09:00:00Z",
        );
        let rui = trusted_key(
            dossier.root(),
            &keys,
            "Rui Reviewer",
            Role::Reviewer,
            "2026-11-01T09:00:00Z",
        );
        let l = farol::questionnaire::load::embedded_default();
        dossier.keep_questionnaire(&l).unwrap();
        let mut demo = farol::demo::draft(&l);
        dossier.save_draft(&demo).unwrap();
        let approve = |when: &str| {
            let mut d = review::start(&dossier, ID).unwrap().draft;
            for s in &l.questionnaire.sections {
                d.judge(&s.id, Verdict::Acceptable, None);
            }
            d.opinion = Some(Opinion::Approve);
            d.attestations = review::Attestations::everything();
            review::countersign(&dossier, &d, &rui, at(when)).unwrap();
        };
        record::sign(&dossier, ID, &ana, at("2026-11-02T10:00:00Z")).unwrap();
        approve("2026-11-03T10:00:00Z");
        demo.meta.system = "WorkLink, with the mainland node switched off".into();
        dossier.save_draft(&demo).unwrap();
        record::sign(&dossier, ID, &ana, at("2026-11-04T10:00:00Z")).unwrap();
        approve("2026-11-05T10:00:00Z");
        Fixture { tmp }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    fn review_file(&self, n: u32) -> PathBuf {
        common::numbered(&self.path(&format!("dossier/assessments/{ID}/reviews")), n)
    }

    fn run(&self, args: &[&str]) -> assert_cmd::assert::Assert {
        let d = self.tmp.path();
        Command::cargo_bin("farol")
            .unwrap()
            .env("FAROL_DOSSIER", d.join("dossier"))
            .env("FAROL_CONFIG_DIR", d.join("config"))
            .env("FAROL_KEYS", d.join("keys"))
            .env_remove("FAROL_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .current_dir(d)
            .args(args)
            .assert()
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The file specification carried as a `/Supplement`, and its embedded file.
fn supplement(doc: &lopdf::Document) -> (ObjectId, ObjectId) {
    doc.objects
        .iter()
        .find_map(|(id, o)| {
            let d = o.as_dict().ok()?;
            let rel = d.get(b"AFRelationship").ok()?.as_name().ok()?;
            (rel == b"Supplement").then(|| {
                let ef = d.get(b"EF").unwrap().as_dict().unwrap();
                (*id, ef.get(b"F").unwrap().as_reference().unwrap())
            })
        })
        .expect("the report carries a review")
}

/// Rewrites the PDF at `from` into `to` after `edit`.
fn edit(from: &Path, to: &Path, edit: impl FnOnce(&mut lopdf::Document)) {
    let mut doc = lopdf::Document::load(from).unwrap();
    edit(&mut doc);
    doc.save(to).unwrap();
}

fn set_supplement(doc: &mut lopdf::Document, bytes: Vec<u8>) {
    let (_, file) = supplement(doc);
    let st = doc.get_object_mut(file).unwrap().as_stream_mut().unwrap();
    st.dict.remove(b"Filter");
    st.set_content(bytes);
}

#[test]
fn a_report_carries_the_reviews_it_shows_and_verify_compares_its_pages() {
    let f = Fixture::new();
    f.run(&["report", ID, "--revision", "latest", "-o", "r.pdf"])
        .success();
    let pdf = f.path("r.pdf");
    let review2 = f.review_file(2);
    let name = review2.file_name().unwrap().to_str().unwrap();

    // Listed under its name in the dossier, and the same bytes.
    let list = Std::new("qpdf")
        .args(["--list-attachments", s(&pdf)])
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout).into_owned();
    assert!(list.contains(name), "{list}");
    let shown = Std::new("qpdf")
        .args([&format!("--show-attachment={name}"), s(&pdf)])
        .output()
        .unwrap();
    assert_eq!(shown.stdout, std::fs::read(&review2).unwrap());
    let doc = lopdf::Document::load(&pdf).unwrap();
    let (spec, _) = supplement(&doc);
    let spec = doc.get_dictionary(spec).unwrap();
    assert!(spec.get(b"Desc").is_ok(), "described");

    f.run(&["verify", "r.pdf"]).success().stdout(
        predicate::str::contains("its pages are exactly those")
            .and(predicate::str::contains(format!(
                "carries the signed review {name}"
            )))
            .and(predicate::str::contains("review 2 of revision 2"))
            .and(predicate::str::contains("Verified")),
    );
    let out = f.run(&["verify", "r.pdf", "--json"]).success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["pages"], "same");
    assert_eq!(v["carried_reviews"][0]["name"], name);
    assert_eq!(v["record"]["summary"]["reviews"], 1);
    assert_eq!(v["record"]["records"][1]["review"]["judges"], "ok");

    // Trust of the reviewer's key comes from outside, as for the record's: trusting only
    // the assessor fails the review.
    let keys = farol::keys::trusted(&f.path("dossier")).unwrap().0;
    let ana = keys.iter().find(|k| k.role == Role::Assessor).unwrap();
    f.run(&["verify", "r.pdf", "--trust", &ana.fingerprint])
        .code(1)
        .stdout(predicate::str::contains("NOT verified"));
}

#[test]
fn a_review_edited_inside_the_report_fails() {
    let f = Fixture::new();
    f.run(&["report", ID, "-o", "r.pdf"]).success();
    let mut bytes = std::fs::read(f.review_file(2)).unwrap();
    let at = bytes.windows(4).position(|w| w == b"Rui ").unwrap();
    bytes[at] = b'R' + 1;
    edit(&f.path("r.pdf"), &f.path("edited.pdf"), |d| {
        set_supplement(d, bytes)
    });
    f.run(&["verify", "edited.pdf"]).code(1).stdout(
        predicate::str::contains("NOT verified")
            .and(predicate::str::contains("carries none that judges it"))
            .and(predicate::str::contains("its pages are not those")),
    );
}

#[test]
fn a_review_of_another_record_swapped_into_the_report_fails() {
    let f = Fixture::new();
    f.run(&["report", ID, "-o", "r.pdf"]).success();
    let other = std::fs::read(f.review_file(1)).unwrap();
    edit(&f.path("r.pdf"), &f.path("swapped.pdf"), |d| {
        set_supplement(d, other)
    });
    f.run(&["verify", "swapped.pdf"]).code(1).stdout(
        predicate::str::contains("NOT verified")
            .and(predicate::str::contains("review 1 of revision 1"))
            .and(predicate::str::contains("reviews revision 1 (SHA-256"))
            .and(predicate::str::contains("carries none that judges it")),
    );
}

#[test]
fn a_review_removed_from_a_report_that_showed_it_fails() {
    let f = Fixture::new();
    f.run(&["report", ID, "-o", "r.pdf"]).success();
    edit(&f.path("r.pdf"), &f.path("removed.pdf"), |d| {
        let (spec, file) = supplement(d);
        let catalog = d.catalog_mut().unwrap();
        let af = catalog.get_mut(b"AF").unwrap().as_array_mut().unwrap();
        af.retain(|o| o.as_reference().ok() != Some(spec));
        let names = catalog
            .get_mut(b"Names")
            .unwrap()
            .as_dict_mut()
            .unwrap()
            .get_mut(b"EmbeddedFiles")
            .unwrap()
            .as_dict_mut()
            .unwrap()
            .get_mut(b"Names")
            .unwrap()
            .as_array_mut()
            .unwrap();
        let at = names
            .iter()
            .position(|o| o.as_reference().ok() == Some(spec))
            .unwrap();
        names.drain(at - 1..=at);
        d.objects.remove(&spec);
        d.objects.remove(&file);
        assert!(!d.objects.values().any(|o| matches!(o, Object::Stream(s)
            if s.dict.get(b"Type").and_then(Object::as_name).is_ok_and(|n| n == b"EmbeddedFile")
            && s.content.windows(7).any(|w| w == b"Review("))));
    });
    f.run(&["verify", "removed.pdf"]).code(1).stdout(
        predicate::str::contains("NOT verified")
            .and(predicate::str::contains(
                "the report shows a signed review of its record, but carries none",
            ))
            .and(predicate::str::contains("its pages are not those")),
    );
}

#[test]
fn a_report_of_an_earlier_revision_carries_its_own_review() {
    let f = Fixture::new();
    f.run(&["report", ID, "--revision", "1", "-o", "r1.pdf"])
        .success();
    let name = f.review_file(1);
    let name = name.file_name().unwrap().to_str().unwrap();
    let shown = Std::new("qpdf")
        .args([&format!("--show-attachment={name}"), s(&f.path("r1.pdf"))])
        .output()
        .unwrap();
    assert_eq!(shown.stdout, std::fs::read(f.review_file(1)).unwrap());
    f.run(&["verify", "r1.pdf"])
        .success()
        .stdout(predicate::str::contains("its pages are exactly those"));
}
