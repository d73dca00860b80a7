//! `farol report` as a user runs it.

use assert_cmd::Command;
use predicates::prelude::*;

fn farol(dossier: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("farol").unwrap();
    c.env("FAROL_DOSSIER", dossier).env_remove("FAROL_LANG");
    c
}

#[test]
fn report_writes_the_pdf_of_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path()).arg("demo").assert().success();
    let out = dir.path().join("out/demo.pdf");
    farol(dir.path())
        .args(["report", "demo-worklink-rollout", "-o"])
        .arg(&out)
        .assert()
        .success();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn report_of_a_revision_says_it_needs_records() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path()).arg("demo").assert().success();
    farol(dir.path())
        .args(["report", "demo-worklink-rollout", "--revision", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("farol sign"));
}

#[test]
fn report_of_an_unknown_id_fails_with_the_dossier_error() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path())
        .args(["report", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no assessment 'nope'"));
}
