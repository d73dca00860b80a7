//! A dossier shared by several people: drafts are per assessor (an assessment with signed
//! revisions and no draft is rebuilt from its latest revision), the `.gitignore` Farol
//! writes, and what `farol verify` says arrived since the last verify.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

use farol::dossier::Dossier;
use farol::keys::{LoadedKey, Role};
use farol::record::{self, RecordBody};

mod common;

use common::{at, trusted_key};

const ID: &str = farol::demo::ID;

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
        let l = farol::questionnaire::load::embedded_default();
        let mut d = farol::demo::draft(&l);
        d.notes
            .insert("prj.system".into(), "As the vendor calls it.".into());
        dossier.save_draft(&d).unwrap();
        let attached = tmp.path().join("dpa.txt");
        std::fs::write(&attached, "the vendor's data processing agreement").unwrap();
        dossier
            .update_draft(ID, |d, _| dossier.attach(d, &attached).map(|_| ()))
            .unwrap();
        let key = trusted_key(
            dossier.root(),
            &keys_dir,
            "Ana Lei",
            Role::Assessor,
            "2026-11-20T09:00:00Z",
        );
        Fixture {
            _tmp: tmp,
            dossier,
            keys_dir,
            key,
        }
    }

    fn sign(&self, minute: i64) -> record::SignedRevision {
        let now = at("2026-11-21T10:00:00Z") + chrono::Duration::minutes(minute);
        record::sign(&self.dossier, ID, &self.key, now).unwrap()
    }

    fn drop_draft(&self) {
        std::fs::remove_file(self.dossier.draft_path(ID)).unwrap();
    }

    fn farol(&self) -> Command {
        let mut c = Command::cargo_bin("farol").unwrap();
        c.env("FAROL_DOSSIER", self.dossier.root())
            .env("FAROL_KEYS", &self.keys_dir)
            .env("FAROL_CONFIG_DIR", self.dossier.root().join(".test-config"))
            .env("FAROL_LANG", "en")
            .env("LANG", "C.UTF-8")
            .current_dir(self.dossier.root());
        c
    }
}

fn body(path: &Path) -> RecordBody {
    record::read_record(path).unwrap().body
}

/// What must be the same when the same assessment is signed again: all but the time, the
/// number and the chain.
fn same_content(mut a: RecordBody, mut b: RecordBody) -> (RecordBody, RecordBody) {
    for x in [&mut a, &mut b] {
        x.revision = 0;
        x.previous = None;
        x.responds_to = None;
        x.signer.at = at("2000-01-01T00:00:00Z");
    }
    (a, b)
}

#[test]
fn a_draft_rebuilt_from_its_revision_signs_the_same_body() {
    let f = Fixture::new();
    let first = f.sign(0);
    f.drop_draft();
    assert_eq!(f.dossier.ids().unwrap(), [ID]);
    let (d, _) = f.dossier.load_draft(ID).unwrap();
    assert_eq!(d.signed.as_ref().unwrap().revision, 1);
    assert_eq!(d.notes["prj.system"], "As the vendor calls it.");
    assert_eq!(d.attachments.len(), 1);
    assert!(!f.dossier.draft_path(ID).exists(), "reading writes nothing");

    let second = f.sign(5);
    assert_eq!(second.revision, 2);
    let (a, b) = same_content(body(&first.path), body(&second.path));
    assert_eq!(a, b);
    assert_eq!(
        body(&second.path).previous.as_deref(),
        Some(first.sha256.as_str())
    );

    // The draft the second signature left behind, dropped again: a third, the same.
    f.drop_draft();
    let third = f.sign(9);
    let (a, c) = same_content(body(&first.path), body(&third.path));
    assert_eq!(a, c);
    assert_eq!(
        record::draft_of(&body(&third.path), &third.sha256)
            .signed
            .unwrap()
            .revision,
        3
    );
    let r = record::verify_paths(f.dossier.root(), &[f.dossier.root().to_path_buf()]).unwrap();
    assert!(r.passed(), "{}", common::all_problems(&r));
}

#[test]
fn an_assessment_without_a_draft_works_with_every_command() {
    let f = Fixture::new();
    f.sign(0);
    f.drop_draft();
    f.farol()
        .args(["list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(ID).and(predicate::str::contains("signed")));
    f.farol().args(["status", ID]).assert().success();
    f.farol().args(["score", ID]).assert().success();
    f.farol()
        .args(["review", ID])
        .assert()
        .success()
        .stdout(predicate::str::contains("prj.system"));
    f.farol()
        .args(["report", ID, "-o", "r.pdf"])
        .assert()
        .success();
    assert!(f.dossier.root().join("r.pdf").is_file());
    f.farol()
        .args(["evidence", "-o", "bundle"])
        .assert()
        .success();
    assert!(
        !f.dossier.draft_path(ID).exists(),
        "nothing above writes the draft"
    );
    f.farol()
        .args(["answer", ID, "prj.system", "WorkLink 2"])
        .assert()
        .success();
    let (d, _) = f.dossier.load_draft(ID).unwrap();
    assert_eq!(
        d.answers["prj.system"],
        farol::answer::Answer::Text("WorkLink 2".into())
    );
    assert_eq!(
        d.signed.unwrap().revision,
        1,
        "the change is made on the signed one"
    );
    f.farol()
        .args(["sign", ID, "--key", "Ana Lei"])
        .assert()
        .success();
    f.farol().args(["verify"]).assert().success();
}

/// Another person's revision arrives (as after a `git pull`): a local draft that holds
/// only what it was signed as gives way to it; one with changes of its own is kept.
#[test]
fn a_later_revision_from_elsewhere_replaces_an_unchanged_draft_only() {
    let f = Fixture::new();
    f.sign(0);
    let mine = std::fs::read(f.dossier.draft_path(ID)).unwrap();
    // The other person: same dossier, their own draft (rebuilt), a change, a signature.
    f.drop_draft();
    f.dossier
        .update_draft(ID, |d, _| {
            d.title = "Signed elsewhere".into();
            Ok::<_, farol::dossier::DossierError>(())
        })
        .unwrap();
    f.sign(5);
    std::fs::write(f.dossier.draft_path(ID), &mine).unwrap();
    let (d, _) = f.dossier.load_draft(ID).unwrap();
    assert_eq!(d.title, "Signed elsewhere");
    assert_eq!(d.signed.unwrap().revision, 2);
    assert_eq!(std::fs::read(f.dossier.draft_path(ID)).unwrap(), mine);

    // With a change of its own, the local draft is this person's work: kept.
    let mut own: farol::assessment::Draft =
        farol::dossier::parse_draft("draft.ron", &String::from_utf8(mine.clone()).unwrap())
            .unwrap();
    own.meta.vendor = "Another vendor".into();
    std::fs::write(
        f.dossier.draft_path(ID),
        farol::dossier::serialize_draft(&own),
    )
    .unwrap();
    let (d, _) = f.dossier.load_draft(ID).unwrap();
    assert_eq!(d.meta.vendor, "Another vendor");
    assert_eq!(d.signed.unwrap().revision, 1);
    // Signing it follows the revision it started from (what its signer saw), so it forks
    // from the one that arrived, says so, and verify fails until the fork is resolved.
    f.farol()
        .args(["sign", ID, "--key", "Ana Lei"])
        .assert()
        .success()
        .stderr(predicate::str::contains("is forked"));
    f.farol().args(["verify"]).assert().code(1);
    f.farol()
        .args(["resolve", ID, "--key", "Ana Lei"])
        .assert()
        .success();
    let third = record::load_revision(&f.dossier, ID, Some(3)).unwrap();
    assert_eq!(third.body.meta.vendor, "Another vendor");
    f.farol().args(["verify"]).assert().success();
}

#[test]
fn the_dossier_ignores_what_stays_on_this_computer() {
    let f = Fixture::new();
    let text = std::fs::read_to_string(f.dossier.root().join(".gitignore")).unwrap();
    for line in [
        "draft.lock",
        "review.lock",
        ".*.tmp",
        "/.farol/",
        "/assessments/*/draft.ron",
        "/assessments/*/draft.summary.ron",
        "/assessments/*/review.ron",
    ] {
        assert!(text.lines().any(|l| l == line), "{line} in {text}");
    }
    // The user's edits are kept: Farol does not write it again.
    std::fs::write(
        f.dossier.root().join(".gitignore"),
        "# mine\n".to_string() + &text,
    )
    .unwrap();
    f.sign(0);
    assert!(
        std::fs::read_to_string(f.dossier.root().join(".gitignore"))
            .unwrap()
            .starts_with("# mine\n")
    );
}

#[test]
fn verify_says_what_arrived_since_the_last_verify() {
    let f = Fixture::new();
    f.sign(0);
    f.farol()
        .args(["verify"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "No earlier `farol verify` in this copy of the dossier",
        ));
    assert!(f.dossier.root().join(".farol/seen.ron").is_file());
    f.farol()
        .args(["verify"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Nothing new since the last verify here",
        ));

    // A teammate's key and revision arrive.
    let bea = trusted_key(
        f.dossier.root(),
        &f.keys_dir,
        "Bea Chan",
        Role::Assessor,
        "2026-11-21T11:00:00Z",
    );
    record::sign(&f.dossier, ID, &bea, at("2026-11-21T12:00:00Z")).unwrap();
    let out = f.farol().args(["verify"]).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.starts_with("Arrived since the last verify here ("),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "revision 2 of {ID}, signed by Bea Chan (assessor): verifies"
        )),
        "{text}"
    );
    assert!(
        text.contains("trusted key of Bea Chan (assessor)"),
        "{text}"
    );
    assert!(!text.contains("new assessment"), "{text}");

    // A damaged arrival is said not to verify; --json names it under "arrived".
    let l = farol::questionnaire::load::embedded_default();
    let mut draft = farol::demo::draft(&l);
    draft.id = "second".into();
    f.dossier.save_draft(&draft).unwrap();
    let s = record::sign(&f.dossier, "second", &bea, at("2026-11-21T13:00:00Z")).unwrap();
    let mut bytes = std::fs::read(&s.path).unwrap();
    let last = bytes.len() - 2; // the signature's last hex digit
    bytes[last] = if bytes[last] == b'0' { b'1' } else { b'0' };
    std::fs::write(&s.path, bytes).unwrap();
    let out = f.farol().args(["verify", "--json"]).assert().code(1);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["arrived"]["assessments"], serde_json::json!(["second"]));
    assert_eq!(v["arrived"]["revisions"][0]["assessment"], "second");
    assert_eq!(v["arrived"]["revisions"][0]["verified"], false);
    assert_eq!(v["arrived"]["revisions"][0]["signer"], "Bea Chan");
    assert!(v["records"].is_array());
}

/// A dossier named by a relative path (`--dossier pia`, as the README's team workflow
/// does) has what arrived matched to the records verified: each arrival says who signed it
/// and that it verifies (it said "signed by ? (?): does NOT verify").
#[test]
fn what_arrived_is_matched_when_the_dossier_is_named_relative() {
    let f = Fixture::new();
    f.sign(0);
    let parent = f.dossier.root().parent().unwrap().to_path_buf();
    let relative = |args: &[&str]| {
        let mut c = f.farol();
        c.env("FAROL_DOSSIER", "dossier")
            .current_dir(&parent)
            .args(args);
        c
    };
    relative(&["verify"]).assert().success();
    let bea = trusted_key(
        f.dossier.root(),
        &f.keys_dir,
        "Bea Chan",
        Role::Assessor,
        "2026-11-21T11:00:00Z",
    );
    record::sign(&f.dossier, ID, &bea, at("2026-11-21T12:00:00Z")).unwrap();
    let out = relative(&["verify"]).assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        text.contains(&format!(
            "revision 2 of {ID}, signed by Bea Chan (assessor): verifies"
        )),
        "{text}"
    );
    assert!(!text.contains("does NOT verify"), "{text}");
}

/// The terminal UI opens an assessment that has no draft here, even under a lock another
/// computer left (explained on the first screen), and writes no draft until a change.
#[cfg(feature = "tui")]
#[test]
fn the_terminal_ui_opens_a_signed_assessment_with_no_draft_here() {
    use farol::tui::runtime::{Effects, first_model};
    let f = Fixture::new();
    f.sign(0);
    f.drop_draft();
    let lock = f
        .dossier
        .root()
        .join("assessments")
        .join(ID)
        .join("draft.lock");
    std::fs::write(
        &lock,
        "1 0\nhost bea-laptop\nuser bea\nsince 2026-11-21T09:30:00Z\n",
    )
    .unwrap();
    let mut fx = Effects::new(f.dossier.clone(), "en");
    let m = first_model(
        &farol::tui::Start::Open(ID.into()),
        &mut fx,
        farol::tui::theme::Theme::plain(),
        (100, 30),
    )
    .unwrap();
    let s = m.session.as_ref().unwrap();
    assert_eq!(s.draft.signed.as_ref().unwrap().revision, 1);
    let said = m.wizard.error.clone().unwrap_or_default();
    assert!(
        said.contains("bea-laptop") && said.contains("bea") && said.contains("2026-11-21"),
        "{said}"
    );
    assert!(!f.dossier.draft_path(ID).exists());
    let ours = std::fs::read_to_string(&lock).unwrap();
    assert!(
        ours.starts_with(&format!("{} ", std::process::id())),
        "{ours}"
    );
}
