//! The `farol` binary as a user runs it.

use assert_cmd::Command;
use predicates::prelude::*;

fn farol(dossier: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("farol").unwrap();
    // English, whatever the machine's locale or a saved choice says.
    c.env("FAROL_DOSSIER", dossier)
        .env("FAROL_CONFIG_DIR", dossier.join(".test-config"))
        .env_remove("FAROL_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8");
    c
}

#[test]
fn an_empty_dossier_says_what_to_do_first() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path()).assert().success().stdout(
        predicate::str::contains("no assessments yet").and(predicate::str::contains("farol demo")),
    );
}

#[test]
fn demo_then_score_explains_the_risks() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path())
        .arg("demo")
        .assert()
        .success()
        .stdout(predicate::str::contains("demo-worklink-rollout"));
    let out = farol(dir.path())
        .args(["score", "demo-worklink-rollout"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for needle in [
        "Location and attendance",
        "Health",
        "Legal obligations",
        "Recommended actions",
        "Arts 19–20",
    ] {
        assert!(
            text.contains(needle),
            "score output lacks {needle:?}:\n{text}"
        );
    }
    // A second demo does not overwrite the first without --force.
    farol(dir.path())
        .arg("demo")
        .assert()
        .success()
        .stdout(predicate::str::contains("already in the dossier"));
}

#[test]
fn the_demo_is_high_or_above_for_location_and_health_with_transfer_obligations() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path()).arg("demo").assert().success();
    let out = farol(dir.path())
        .args(["score", "demo-worklink-rollout", "--json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let level = |id: &str| {
        v["categories"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .unwrap_or_else(|| panic!("{id} scored"))["residual"]["level"]
            .as_str()
            .unwrap()
            .to_string()
    };
    for id in ["location", "health"] {
        let l = level(id);
        assert!(l == "high" || l == "very_high", "{id} residual is {l}");
    }
    let obligations = v["obligations"].as_array().unwrap();
    let transfer = obligations.iter().any(|o| {
        o["cite"].as_array().unwrap().iter().any(|c| {
            let c = c.as_str().unwrap();
            c.contains("Art 19") || c.contains("Art 20") || c.contains("Arts 19–20")
        })
    });
    assert!(
        transfer,
        "the demo triggers the transfer obligations under Arts 19–20"
    );
}

#[test]
fn score_json_is_byte_identical_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path()).arg("demo").assert().success();
    let a = farol(dir.path())
        .args(["score", "demo-worklink-rollout", "--json"])
        .output()
        .unwrap()
        .stdout;
    let b = farol(dir.path())
        .args(["score", "demo-worklink-rollout", "--json"])
        .output()
        .unwrap()
        .stdout;
    assert_eq!(a, b);
}

#[test]
fn new_answer_list_score() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path())
        .args([
            "new",
            "--title",
            "Fingerprint clock",
            "--organisation",
            "Hotel Cotai 酒店",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Created assessment 'fingerprint-clock'",
        ));
    farol(dir.path())
        .args([
            "answer",
            "fingerprint-clock",
            "inv.categories",
            "biometric,identity",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Biometric").and(predicate::str::contains("not processed →")),
        );
    farol(dir.path())
        .args([
            "answer",
            "fingerprint-clock",
            "flows.list",
            "system=Clock vendor cloud; categories=biometric; location=mainland; basis=none",
        ])
        .assert()
        .success();
    farol(dir.path())
        .args(["list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("fingerprint-clock"));
    let out = farol(dir.path())
        .args(["list", "--json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["schema"], "farol.list/1");
    assert_eq!(v["assessments"][0]["id"], "fingerprint-clock");
    let out = farol(dir.path())
        .args(["score", "fingerprint-clock", "--json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let bio = v["categories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "biometric")
        .unwrap()
        .clone();
    assert_eq!(bio["inherent"]["severity"]["level"], "significant");
    let lik = bio["residual"]["likelihood"]["level"].as_str().unwrap();
    assert!(lik == "significant" || lik == "maximum", "{lik}");
}

#[test]
fn a_bad_answer_is_refused_with_the_allowed_values() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path())
        .args(["new", "--title", "T"])
        .assert()
        .success();
    farol(dir.path())
        .args(["answer", "t", "inv.volume", "millions"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("has no choice 'millions'")
                .and(predicate::str::contains("under_100")),
        );
    farol(dir.path())
        .args(["answer", "t", "no.such", "yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'no.such' is not a question"));
    farol(dir.path())
        .args(["answer", "nope", "inv.volume", "under_100"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no assessment 'nope'"));
}

#[test]
fn new_from_an_answers_file_and_score_an_answers_file() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("answers.ron");
    std::fs::write(&answers, "{\"inv.categories\": Choices([\"health\"])}").unwrap();
    farol(dir.path())
        .args(["new", "--title", "Clinic", "--answers"])
        .arg(&answers)
        .assert()
        .success();
    farol(dir.path())
        .args(["score"])
        .arg(&answers)
        .assert()
        .success()
        .stdout(predicate::str::contains("Health"));
    std::fs::write(&answers, "{\"inv.categories\": Choices([\"healthy\"])}").unwrap();
    farol(dir.path())
        .args(["score"])
        .arg(&answers)
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("answers.ron:1:")
                .and(predicate::str::contains("no choice 'healthy'")),
        );
}

#[test]
fn an_unreadable_draft_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path())
        .args(["new", "--title", "Broken"])
        .assert()
        .success();
    let path = dir.path().join("assessments/broken/draft.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let cut = &text[..text.len() / 2];
    std::fs::write(&path, cut).unwrap();
    farol(dir.path())
        .args(["answer", "broken", "inv.volume", "under_100"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("draft.ron:")
                .and(predicate::str::contains("has not been changed")),
        );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), cut);
    farol(dir.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("UNREADABLE"));
}

#[test]
fn questionnaire_check_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path())
        .args(["questionnaire", "check", "questionnaires/macau-pdpa.ron"])
        .assert()
        .success()
        .stdout(predicate::str::contains("ok — macau-pdpa"));
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "Questionnaire(id: \"x\",").unwrap();
    farol(dir.path())
        .args(["questionnaire", "check"])
        .arg(&bad)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("bad.ron:1:"));
    farol(dir.path())
        .args(["questionnaire", "check", "/no/such/file.ron"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read"));
}

#[test]
fn usage_errors_exit_2() {
    Command::cargo_bin("farol")
        .unwrap()
        .args(["frobnicate"])
        .assert()
        .code(2);
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path()).arg("demo").assert().success();
    // `farol score --json … | head -c 100`: the reader goes away long before the output
    // (about 100 KB, more than a pipe holds) ends.
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("farol"))
        .env("FAROL_DOSSIER", dir.path())
        .args(["score", "demo-worklink-rollout", "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn an_unknown_language_is_refused_not_ignored() {
    let tmp = tempfile::tempdir().unwrap();
    farol(tmp.path())
        .args(["list", "--lang", "xx"])
        .assert()
        .code(2)
        .stderr(
            predicates::str::contains("'xx'").and(predicates::str::contains(
                "en (English), zh-Hant (繁體中文), pt (Português)",
            )),
        );
    farol(tmp.path()).arg("demo").assert().success();
    farol(tmp.path())
        .args(["score", "demo-worklink-rollout", "--lang", "zh-Hant"])
        .assert()
        .success()
        .stdout(predicates::str::contains("有系統的監察"));
    farol(tmp.path())
        .args(["score", "demo-worklink-rollout", "--lang", "pt"])
        .assert()
        .success()
        .stdout(
            predicates::str::contains("Monitorização sistemática")
                .or(predicates::str::contains("sistemática")),
        );
}

#[test]
fn answer_row_changes_or_removes_one_row_of_a_table() {
    let tmp = tempfile::tempdir().unwrap();
    farol(tmp.path()).arg("demo").assert().success();
    let id = "demo-worklink-rollout";
    let rows = |d: &std::path::Path| {
        let (draft, _) = farol::dossier::Dossier::open(d).load_draft(id).unwrap();
        match draft.answers.get("leg.purposes") {
            Some(farol::answer::Answer::Rows(r)) => r.clone(),
            other => panic!("{other:?}"),
        }
    };
    let before = rows(tmp.path());
    farol(tmp.path())
        .args([
            "answer",
            id,
            "leg.purposes",
            "--row",
            "3",
            "retention=2 years",
        ])
        .assert()
        .success();
    let after = rows(tmp.path());
    assert_eq!(after.len(), before.len(), "changed in place, not added");
    assert_eq!(
        after[2].get("retention"),
        Some(&farol::answer::Cell::Text("2 years".into()))
    );
    assert_eq!(
        after[2].get("purpose"),
        before[2].get("purpose"),
        "other cells kept"
    );
    assert_eq!(after[0], before[0]);
    farol(tmp.path())
        .args(["answer", id, "leg.purposes", "--row", "1", "--clear"])
        .assert()
        .success();
    assert_eq!(rows(tmp.path()).len(), before.len() - 1);
    assert_eq!(rows(tmp.path())[0], before[1]);
    farol(tmp.path())
        .args(["answer", id, "leg.purposes", "--row", "99", "retention=x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has no row 99"));
    farol(tmp.path())
        .args(["answer", id, "sec.mfa", "--row", "1", "yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is for a table question"));
}

#[test]
fn a_named_dossier_that_is_not_there_is_an_error_not_an_empty_list() {
    let tmp = tempfile::tempdir().unwrap();
    let missing = tmp.path().join("no-such-dossier");
    for cmd in ["list", "status"] {
        farol(&missing)
            .arg(cmd)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("there is no dossier at"));
    }
    assert!(!missing.exists(), "nothing created");
}

#[test]
fn output_files_go_where_named_or_to_standard_output_and_errors_never_panic() {
    let tmp = tempfile::tempdir().unwrap();
    farol(tmp.path()).arg("demo").assert().success();
    let id = "demo-worklink-rollout";
    // A mistyped directory is not made.
    let typo = tmp.path().join("no-such-dir/r.pdf");
    farol(tmp.path())
        .args(["report", id, "-o"])
        .arg(&typo)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a directory"));
    assert!(!tmp.path().join("no-such-dir").exists());
    // `-o -` is standard output, not a file named "-".
    let out = farol(tmp.path())
        .current_dir(tmp.path())
        .args(["report", id, "-o", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"%PDF-"));
    assert!(!tmp.path().join("-").exists());
    // A full disk is an error that says so, not a panic.
    if std::path::Path::new("/dev/full").exists() {
        let full = std::fs::File::create("/dev/full").unwrap();
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("farol"))
            .env("FAROL_DOSSIER", tmp.path())
            .env("FAROL_LANG", "en")
            .args(["score", id])
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("cannot write the output") && !err.contains("panicked"),
            "{err}"
        );
    }
}

#[test]
fn list_shows_every_id_whole_however_long() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    let title = "Fingerprint attendance terminals for the Taipa and Coloane sites";
    let id = "fingerprint-attendance-terminals-taipa-coloane";
    farol(&d)
        .args(["new", "--title", title, "--id", id])
        .assert()
        .success();
    assert!(d.join("assessments").join(id).is_dir());
    let out = farol(&d).arg("list").assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let row = text.lines().find(|l| l.starts_with(id)).unwrap_or_else(|| {
        panic!("the whole id starts a row:\n{text}");
    });
    assert!(row.ends_with(title), "{row}");
    // The columns still line up: the heading's second column starts where the row's does.
    let head = text.lines().next().unwrap();
    assert_eq!(
        head.find("ANSWERED"),
        row.find(|c: char| c.is_ascii_digit()),
        "{text}"
    );
}

#[test]
fn completions_for_each_shell_and_a_manual_page() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    for shell in ["bash", "zsh", "fish"] {
        let out = farol(&d).args(["completions", shell]).assert().success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(
            text.contains("resolve") && text.contains("verify"),
            "{shell}"
        );
    }
    farol(&d).args(["completions", "tcsh-9"]).assert().code(2);
    let out = farol(&d).arg("man").assert().success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains(".TH farol 1"), "{text}");
    assert!(text.contains("Personal Data Protection Act"), "{text}");
    let out = farol(&d)
        .args(["--lang", "zh-Hant", "man"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("個人資料"), "{text}");
    // Neither writes anything into the dossier.
    assert!(!d.exists());
}

#[test]
fn the_built_in_questionnaire_is_shown_and_exported_from_anywhere() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    let out = farol(&d)
        .args(["questionnaire", "show", "--list"])
        .assert()
        .success();
    let list = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert_eq!(list.lines().count(), 142, "{list}");
    assert!(list.lines().any(|l| l.starts_with("sec.mfa ")), "{list}");
    let out = farol(&d)
        .args(["questionnaire", "show", "sec.mfa"])
        .assert()
        .success();
    let one = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(
        one.contains("answer: one of yes; no; unsure") && one.contains("Law 8/2005"),
        "{one}"
    );
    farol(&d)
        .args(["questionnaire", "show", "sec.nosuch"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("questionnaire show --list"));
    // Exported byte for byte, it checks from a directory outside the source tree.
    let file = tmp.path().join("macau.ron");
    farol(&d)
        .args(["questionnaire", "export", "-o"])
        .arg(&file)
        .current_dir(tmp.path())
        .assert()
        .success();
    let ours = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questionnaires/macau-pdpa.ron"
    ))
    .unwrap();
    assert_eq!(std::fs::read(&file).unwrap(), ours);
    farol(&d)
        .args(["questionnaire", "check"])
        .arg(&file)
        .current_dir(tmp.path())
        .assert()
        .success();
    let out = farol(&d)
        .args(["questionnaire", "export"])
        .assert()
        .success();
    assert_eq!(out.get_output().stdout, ours);
}

#[test]
fn a_dash_reads_answers_or_a_draft_from_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let answers = "{\"inv.categories\": Choices([\"health\"])}";
    farol(dir.path())
        .args(["score", "-"])
        .write_stdin(answers)
        .assert()
        .success()
        .stdout(predicate::str::contains("Health"));
    farol(dir.path())
        .args([
            "new",
            "--title",
            "Clinic",
            "--id",
            "clinic",
            "--answers",
            "-",
        ])
        .write_stdin(answers)
        .assert()
        .success();
    let draft = std::fs::read_to_string(dir.path().join("assessments/clinic/draft.ron")).unwrap();
    assert!(draft.contains("health"), "{draft}");
    // A draft on standard input scores as the file would.
    let by_file = farol(dir.path())
        .args(["score", "clinic", "--json"])
        .assert()
        .success();
    let by_stdin = farol(dir.path())
        .args(["score", "-", "--json"])
        .write_stdin(draft)
        .assert()
        .success();
    assert_eq!(by_file.get_output().stdout, by_stdin.get_output().stdout);
    // A bad answer on standard input is located in it.
    farol(dir.path())
        .args(["score", "-"])
        .write_stdin("{\"inv.categories\": Choices([\"healthy\"])}")
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("-:1:").and(predicate::str::contains("no choice 'healthy'")),
        );
}

#[test]
fn keys_list_json_names_your_keys_and_the_trusted_ones_with_a_schema() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path().join("d");
    let keys = tmp.path().join("keys");
    farol(&d)
        .env("FAROL_KEYS", &keys)
        .args(["keys", "new", "--name", "Ana Lei"])
        .assert()
        .success();
    let out = farol(&d)
        .env("FAROL_KEYS", &keys)
        .args(["keys", "list", "--json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["schema"], "farol.keys-list/1");
    let id = v["yours"][0]["id"].as_str().unwrap().to_string();
    assert!(id.starts_with("farol:"), "{v}");
    assert_eq!(v["yours"][0]["role"], "assessor");
    assert!(
        v["yours"][0]["created"].as_str().unwrap().ends_with('Z'),
        "{v}"
    );
    farol(&d)
        .env("FAROL_KEYS", &keys)
        .args(["keys", "trust", &id])
        .assert()
        .success();
    let out = farol(&d)
        .env("FAROL_KEYS", &keys)
        .args(["keys", "list", "--json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["trusted"][0]["id"], id.as_str(), "{v}");
    assert_eq!(v["trusted"][0]["name"], "Ana Lei");
}
