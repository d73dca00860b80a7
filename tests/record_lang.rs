//! A signed revision records the language its question texts were shown in, and verifies
//! alike whatever language the verifier reads.

use std::path::Path;

use assert_cmd::Command;

mod common;

fn farol(dir: &Path, lang: &str) -> Command {
    let mut c = Command::cargo_bin("farol").unwrap();
    c.current_dir(dir)
        .env("FAROL_DOSSIER", dir.join("dossier"))
        .env("FAROL_KEYS", dir.join("keys"))
        .env("FAROL_CONFIG_DIR", dir.join("config"))
        .env("FAROL_LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LANG");
    c
}

const ID: &str = "demo-worklink-rollout";

/// The dossier trusts the key just made.
fn trust(d: &Path) {
    let id = farol::keys::list_keys(&d.join("keys")).unwrap()[0]
        .id
        .clone();
    farol(d, "en")
        .args(["keys", "trust", &id])
        .assert()
        .success();
}

fn dir_of(d: &Path) -> String {
    d.join("dossier/assessments").join(ID).display().to_string()
}

#[test]
fn a_revision_signed_in_chinese_holds_chinese_texts_and_verifies_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    farol(d, "en").arg("demo").assert().success();
    farol(d, "en")
        .args(["keys", "new", "--name", "Ana Lei"])
        .assert()
        .success();
    trust(d);
    farol(d, "zh-Hant").args(["sign", ID]).assert().success();
    let record = d.join("dossier/assessments").join(ID).join("revisions");
    let record = common::numbered(&record, 1);
    let text = std::fs::read_to_string(&record).unwrap();
    assert!(text.contains("language: \"zh-Hant\""), "{}", &text[..600]);
    assert!(
        text.contains("第8/2005號法律"),
        "citations in Chinese style"
    );
    assert!(text.contains("個人資料"), "question texts in Chinese");

    let mut outputs = Vec::new();
    for lang in ["en", "zh-Hant", "pt"] {
        let out = farol(d, lang)
            .args(["verify", &dir_of(d)])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "verify in {lang}: {out:?}");
        let json = farol(d, lang)
            .args(["verify", &dir_of(d), "--json"])
            .output()
            .unwrap();
        outputs.push(String::from_utf8(json.stdout).unwrap());
    }
    assert_eq!(
        outputs[0], outputs[1],
        "--json is the same in every language"
    );
    assert_eq!(
        outputs[0], outputs[2],
        "--json is the same in every language"
    );

    // Nothing changed since signing, whatever language reads it now: the report is the
    // signed revision's, not an unsigned draft's.
    farol(d, "pt").args(["report", ID]).assert().success();
    assert!(d.join(format!("{ID}-r0001.pt.pdf")).exists());
}

#[test]
fn a_revision_signed_in_portuguese_holds_portuguese_texts() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    farol(d, "en").arg("demo").assert().success();
    farol(d, "en")
        .args(["keys", "new", "--name", "Ana Lei"])
        .assert()
        .success();
    trust(d);
    farol(d, "pt").args(["sign", ID]).assert().success();
    let record = d.join("dossier/assessments").join(ID).join("revisions");
    let record = common::numbered(&record, 1);
    let text = std::fs::read_to_string(record).unwrap();
    assert!(text.contains("language: \"pt\""));
    assert!(
        text.contains("da Lei n.º 8/2005"),
        "citations in Portuguese style"
    );
    farol(d, "zh-Hant")
        .args(["verify", &dir_of(d)])
        .assert()
        .success();
}
