//! `farol report` as a user runs it.

mod common;

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
fn report_writes_the_pdf_of_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path()).arg("demo").assert().success();
    // The directory must exist: a mistyped one is refused, not made (tests/cli.rs).
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let out = dir.path().join("out/demo.pdf");
    farol(dir.path())
        .args(["report", "demo-worklink-rollout", "-o"])
        .arg(&out)
        .assert()
        .success();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // The demo's vendor cloud names the DSPDP's permission, not yet given: not in force.
    let text = pdf_text(&out);
    for want in [
        "CLAIMED, NOT IN FORCE",
        "border crossings without a basis in force",
        "Notify or apply for authorisation",
        "Notification content (Art 23)",
        "Is a full assessment needed?",
    ] {
        assert!(has(&text, want), "{want:?} not in {text}");
    }
}

/// The text of a PDF file, without white space (see `common::squash`).
fn pdf_text(pdf: &std::path::Path) -> String {
    common::squash(&common::pdf_text(&std::fs::read(pdf).unwrap()))
}

/// Whether `want` is in the squashed text `t`.
fn has(t: &str, want: &str) -> bool {
    t.contains(&common::squash(want))
}

#[test]
fn report_of_a_signed_revision_and_of_a_changed_draft() {
    let dir = tempfile::tempdir().unwrap();
    let keys = dir.path().join("keys");
    let run = |args: &[&str]| {
        let mut c = farol(dir.path());
        c.env("FAROL_KEYS", &keys)
            .current_dir(dir.path())
            .args(args);
        c.assert()
    };
    run(&["demo"]).success();
    // No revision yet: asking for one says how to make it.
    run(&["report", "demo-worklink-rollout", "--revision", "1"])
        .code(2)
        .stderr(predicate::str::contains("farol sign demo-worklink-rollout"));
    run(&["keys", "new", "--name", "Ana Lei"]).success();
    run(&["sign", "demo-worklink-rollout"]).success();

    // Unchanged since signing: the default is the signed revision.
    run(&["report", "demo-worklink-rollout"])
        .success()
        .stderr(predicate::str::contains("demo-worklink-rollout-r0001.pdf"))
        .stderr(predicate::str::contains("signed revision 1"));
    let text = pdf_text(&dir.path().join("demo-worklink-rollout-r0001.pdf"));
    assert!(has(&text, "Signed record, revision 1"), "{text}");
    assert!(has(&text, "Ana Lei"), "{text}");
    assert!(!has(&text, "UNSIGNED DRAFT"), "{text}");

    // Changed: the draft, marked unsigned, with a pointer to the record's report.
    run(&["answer", "demo-worklink-rollout", "sec.mfa", "yes"]).success();
    run(&["report", "demo-worklink-rollout"])
        .success()
        .stderr(predicate::str::contains("demo-worklink-rollout-draft.pdf"))
        .stderr(predicate::str::contains("--revision 1"));
    let text = pdf_text(&dir.path().join("demo-worklink-rollout-draft.pdf"));
    assert!(has(&text, "UNSIGNED DRAFT"), "{text}");
    // The revision is still reported as signed, by number or as the latest.
    for which in ["1", "latest"] {
        let out = format!("rev-{which}.pdf");
        run(&[
            "report",
            "demo-worklink-rollout",
            "--revision",
            which,
            "-o",
            &out,
        ])
        .success()
        .stderr(predicate::str::contains("signed revision 1"));
    }
    run(&["report", "demo-worklink-rollout", "--revision", "two"])
        .code(2)
        .stderr(predicate::str::contains("expected a revision number"));
    run(&["report", "demo-worklink-rollout", "--revision", "7"])
        .code(2)
        .stderr(predicate::str::contains("its revisions are 1"));
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

#[test]
fn the_report_of_a_reviewed_revision_shows_the_review() {
    let dir = tempfile::tempdir().unwrap();
    let run = |keys: &str, args: &[&str]| {
        let mut c = farol(dir.path());
        c.env("FAROL_KEYS", dir.path().join(keys))
            .current_dir(dir.path())
            .args(args);
        c.assert()
    };
    run("ana", &["demo"]).success();
    // The dossier trusts both keys: only a review that verifies is reported.
    let trust = |who: &str| {
        let id = farol::keys::list_keys(&dir.path().join(who)).unwrap()[0]
            .id
            .clone();
        run(who, &["keys", "trust", &id]).success();
    };
    run("ana", &["keys", "new", "--name", "Ana Lei"]).success();
    trust("ana");
    run("ana", &["sign", "demo-worklink-rollout"]).success();
    run(
        "rui",
        &["keys", "new", "--name", "Rui Sousa", "--role", "reviewer"],
    )
    .success();
    trust("rui");
    // An approval judges every section the revision answers.
    let mut judged = Vec::new();
    for s in [
        "screening",
        "project",
        "inventory",
        "flows",
        "legitimacy",
        "quality",
        "rights",
        "security",
        "processors",
        "transfers",
        "notification",
        "health",
        "location",
        "cyber",
    ] {
        judged.extend(["--verdict", s, "acceptable"]);
    }
    let mut args = vec![
        "review",
        "demo-worklink-rollout",
        "--comment",
        "sec.mfa",
        "Two-factor sign-in for every account, not only admins",
        "--opinion",
        "approve-with-conditions",
        "--conditions",
        "Sign the standard contract before go-live",
        "--attest",
        "all",
        "--sign",
    ];
    args.extend(judged);
    run("rui", &args).success();
    run("ana", &["report", "demo-worklink-rollout", "-o", "r.pdf"])
        .success()
        .stderr(predicate::str::contains("signed revision 1"));
    let text = pdf_text(&dir.path().join("r.pdf"));
    for want in [
        "APPROVE WITH CONDITIONS — Rui Sousa, reviewer",
        "Conditions: Sign the standard contract before go-live",
        "Two-factor sign-in for every account, not only admins",
        "the action plan is accepted and will be carried out",
    ] {
        assert!(has(&text, want), "{want:?} not in {text}");
    }
    // The same review, worded in Chinese from its signed record.
    run(
        "ana",
        &[
            "--lang",
            "zh-Hant",
            "report",
            "demo-worklink-rollout",
            "-o",
            "zh.pdf",
        ],
    )
    .success();
    let text = pdf_text(&dir.path().join("zh.pdf"));
    for want in [
        "附條件核准——Rui Sousa，審閱人",
        "條件：Sign the standard contract before go-live",
        "接受並將執行行動計劃",
        "已簽署的紀錄，修訂版本 1",
    ] {
        assert!(has(&text, want), "{want:?} not in {text}");
    }
}

#[test]
fn report_in_chinese_in_portuguese_and_bilingual() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let mut c = farol(dir.path());
        c.current_dir(dir.path()).args(args);
        c.assert()
    };
    run(&["demo"]).success();
    // No warning: every character drawn, nothing off the page.
    run(&["--lang", "zh-Hant", "report", "demo-worklink-rollout"])
        .success()
        .stderr(predicate::str::contains(
            "已寫入 demo-worklink-rollout-draft.zh-Hant.pdf",
        ))
        // No warning: the one line on standard error says what was written.
        .stderr(predicate::function(|e: &str| e.lines().count() == 1))
        .stdout(predicate::str::is_empty());
    run(&["--lang", "pt", "report", "demo-worklink-rollout"])
        .success()
        .stderr(predicate::str::contains(
            "Escrito demo-worklink-rollout-draft.pt.pdf",
        ))
        .stderr(predicate::str::contains("RASCUNHO NÃO ASSINADO"))
        // No warning: the one line on standard error says what was written.
        .stderr(predicate::function(|e: &str| e.lines().count() == 1))
        .stdout(predicate::str::is_empty());
    // FAROL_LANG chooses as --lang does.
    let mut c = farol(dir.path());
    c.current_dir(dir.path()).env("FAROL_LANG", "pt").args([
        "report",
        "demo-worklink-rollout",
        "-o",
        "env.pdf",
    ]);
    c.assert().success();
    run(&["report", "demo-worklink-rollout", "--bilingual"])
        .success()
        .stderr(predicate::str::contains(
            "demo-worklink-rollout-draft.zh-Hant-pt.pdf",
        ));

    let zh = pdf_text(&dir.path().join("demo-worklink-rollout-draft.zh-Hant.pdf"));
    for want in [
        "個人資料保護影響評估",
        "個人資料保護局",
        "敏感資料",
        "未簽署的草稿",
    ] {
        assert!(has(&zh, want), "{want:?} not in the Chinese report");
    }
    let pt = pdf_text(&dir.path().join("demo-worklink-rollout-draft.pt.pdf"));
    assert_eq!(pt, pdf_text(&dir.path().join("env.pdf")));
    let lower = pt.to_lowercase();
    for want in [
        "dados pessoais",
        "titulares dos dados",
        "autorização",
        "notificação",
    ] {
        assert!(has(&lower, want), "{want:?} not in the Portuguese report");
    }
    let both = pdf_text(
        &dir.path()
            .join("demo-worklink-rollout-draft.zh-Hant-pt.pdf"),
    );
    for want in [
        "個人資料保護影響評估",
        "AVALIAÇÃO DE IMPACTO SOBRE A PROTECÇÃO DE DADOS",
    ] {
        assert!(has(&both, want), "{want:?} not in the bilingual report");
    }
    // The same revision in the same language gives the same bytes.
    run(&[
        "--lang",
        "zh-Hant",
        "report",
        "demo-worklink-rollout",
        "-o",
        "again.pdf",
    ])
    .success();
    assert_eq!(
        std::fs::read(dir.path().join("again.pdf")).unwrap(),
        std::fs::read(dir.path().join("demo-worklink-rollout-draft.zh-Hant.pdf")).unwrap()
    );
}
