//! One writer at a time: commands that change a draft never lose each other's changes,
//! and the terminal UI never writes over a change made on disk.

use std::process::{Command, Stdio};

use farol::answer::Answer;
use farol::dossier::Dossier;

fn farol(dossier: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_farol"));
    // English, whatever the machine's locale or a saved choice says.
    c.env("FAROL_DOSSIER", dossier)
        .env("FAROL_CONFIG_DIR", dossier.join(".test-config"))
        .env_remove("FAROL_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    c
}

fn new_assessment(dossier: &std::path::Path, title: &str) -> String {
    let out = farol(dossier)
        .args(["new", "--title", title, "--organisation", "Org"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    farol::dossier::Dossier::open(dossier).ids().unwrap()[0].clone()
}

/// Two `farol answer`s at once, 50 times: every answer whose command said it was saved
/// is in the draft.
#[test]
fn simultaneous_answers_are_all_kept() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_assessment(dir.path(), "Race");
    let dossier = Dossier::open(dir.path());
    let mut lost = Vec::new();
    for i in 0..50 {
        let users = (1000 + i).to_string();
        let controller = format!("Controller {i}");
        let spawn = |q: &str, v: &str| {
            farol(dir.path())
                .args(["answer", &id, q, v])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let a = spawn("prj.users", &users);
        let b = spawn("prj.controller", &controller);
        let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
        let (d, _) = dossier.load_draft(&id).unwrap();
        if a.status.success()
            && d.answers.get("prj.users") != Some(&Answer::Number(1000 + i as i64))
        {
            lost.push(format!("pair {i}: prj.users"));
        }
        if b.status.success()
            && d.answers.get("prj.controller") != Some(&Answer::Text(controller.clone()))
        {
            lost.push(format!("pair {i}: prj.controller"));
        }
        for o in [&a, &b] {
            if !o.status.success() {
                let err = String::from_utf8_lossy(&o.stderr);
                assert!(err.contains("another Farol"), "a refusal says why: {err}");
            }
        }
    }
    assert!(lost.is_empty(), "{} answers lost: {lost:?}", lost.len());
}

#[path = "common/mod.rs"]
mod common;

/// A draft read before a signature and saved after it (as a window left open while
/// `farol sign` ran elsewhere) keeps naming the newest revision.
#[test]
fn the_signed_anchor_never_goes_backwards() {
    let dir = tempfile::tempdir().unwrap();
    let dossier = Dossier::open(dir.path().join("dossier"));
    let key = common::trusted_key(
        dossier.root(),
        &dir.path().join("keys"),
        "Ana Lei",
        farol::keys::Role::Assessor,
        "2026-09-01T09:00:00Z",
    );
    let l = farol::questionnaire::load::embedded_default();
    dossier.keep_questionnaire(&l).unwrap();
    let stale = farol::demo::draft(&l);
    dossier.save_draft(&stale).unwrap();
    let s = farol::record::sign(
        &dossier,
        farol::demo::ID,
        &key,
        common::at("2026-11-01T10:00:00Z"),
    )
    .unwrap();
    assert_eq!(stale.signed, None);
    dossier.save_draft(&stale).unwrap();
    let (d, _) = dossier.load_draft(farol::demo::ID).unwrap();
    assert_eq!(
        d.signed.map(|a| (a.revision, a.sha256)),
        Some((1, s.sha256))
    );
    let r = farol::record::verify_paths(dossier.root(), &[dossier.root().to_path_buf()]).unwrap();
    assert!(r.passed(), "{}", common::all_problems(&r));
}

/// `farol export` of a signed assessment, then `farol import --id copy`: the copy starts
/// a fresh history (no `signed` pointer), so it does not claim revisions it has not got.
#[test]
fn an_imported_copy_starts_a_fresh_history() {
    let dir = tempfile::tempdir().unwrap();
    let dossier = Dossier::open(dir.path().join("dossier"));
    let key = common::trusted_key(
        dossier.root(),
        &dir.path().join("keys"),
        "Ana Lei",
        farol::keys::Role::Assessor,
        "2026-09-01T09:00:00Z",
    );
    farol(dossier.root()).arg("demo").output().unwrap();
    farol::record::sign(
        &dossier,
        farol::demo::ID,
        &key,
        common::at("2026-11-01T10:00:00Z"),
    )
    .unwrap();
    let file = dir.path().join("demo.json");
    let out = farol(dossier.root())
        .args(["export", farol::demo::ID, "-o"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = farol(dossier.root())
        .args(["import", "--id", "copy"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (copy, _) = dossier.load_draft("copy").unwrap();
    assert_eq!(copy.signed, None);
    let out = farol(dossier.root()).args(["verify"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Temporary files left by a killed writer are removed: those in the dossier's top
/// directories by the next run of any command, those in an assessment's directory when
/// Farol next writes there (listing thousands of assessment directories at every command
/// would cost more than the command).
#[test]
fn stray_temporary_files_are_cleaned_on_the_next_run() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_assessment(dir.path(), "Stray");
    let a = dir.path().join("assessments").join(&id);
    let top = [
        dir.path().join(".farol.999999997.0.tmp"),
        dir.path().join("assessments/.x.999999996.0.tmp"),
    ];
    let inside = a.join(".draft.ron.999999999.0.tmp");
    for s in top.iter().chain([&inside]) {
        std::fs::write(s, "half").unwrap();
    }
    let out = farol(dir.path()).arg("list").output().unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("removed 2 temporary files"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for s in &top {
        assert!(!s.exists(), "{}", s.display());
    }
    assert!(inside.exists());
    let out = farol(dir.path())
        .args(["answer", &id, "prj.system", "Attendance app"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!inside.exists(), "{}", inside.display());
}

/// A command that cannot get the draft's write lock waits, then fails saying why, and
/// writes nothing.
#[test]
fn a_writer_that_cannot_get_the_lock_fails_writing_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let id = new_assessment(dir.path(), "Held");
    let dossier = Dossier::open(dir.path());
    let path = dossier.draft_path(&id);
    let before = std::fs::read(&path).unwrap();
    let held = dossier.lock_draft(&id).unwrap();
    let start = std::time::Instant::now();
    let out = farol(dir.path())
        .args(["answer", &id, "prj.users", "5"])
        .output()
        .unwrap();
    drop(held);
    assert_eq!(out.status.code(), Some(2));
    assert!(start.elapsed() >= farol::lock::WRITE_WAIT);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("being changed by another Farol command")
            && err.contains("nothing was written"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

/// Ten `farol new` with the same title at once: ten assessments, none written over.
#[test]
fn simultaneous_new_assessments_get_distinct_ids() {
    let dir = tempfile::tempdir().unwrap();
    let children: Vec<_> = (0..10)
        .map(|i| {
            farol(dir.path())
                .args(["new", "--title", "Same title", "--organisation"])
                .arg(format!("Org {i}"))
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let dossier = Dossier::open(dir.path());
    let ids = dossier.ids().unwrap();
    assert_eq!(ids.len(), 10, "{ids:?}");
    let mut orgs: Vec<String> = ids
        .iter()
        .map(|id| dossier.load_draft(id).unwrap().0.meta.organisation)
        .collect();
    orgs.sort();
    orgs.dedup();
    assert_eq!(orgs.len(), 10);
}
