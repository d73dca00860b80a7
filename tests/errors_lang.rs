//! Every library error in Traditional Chinese and Portuguese: a sample of the variants of
//! every error enum reads in each language, still names what it names (path, id, line,
//! column), and keeps its hint on its own line; the binary prints its errors in the
//! language asked for.

use std::io;
use std::path::PathBuf;

use assert_cmd::Command;
use farol::assessment::AnswerError;
use farol::dossier::DossierError;
use farol::errors::{Localized, Problems, io_error, localized};
use farol::evidence::EvidenceError;
use farol::exchange::ExchangeError;
use farol::i18n::Lang;
use farol::keys::KeyError;
use farol::location::Location;
use farol::lock::LockError;
use farol::policy::PolicyError;
use farol::questionnaire::LoadError;
use farol::record::RecordError;
use farol::report::ReportError;
use farol::review::ReviewError;
use farol::settings::SettingsError;

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn path(p: &str) -> PathBuf {
    PathBuf::from(p)
}

fn at() -> Location {
    Location::new("/srv/dossier/assessments/clinic/draft.ron", 12, 7)
}

fn missing() -> io::Error {
    io::Error::from(io::ErrorKind::NotFound)
}

/// `e` in the three languages: English is its `Display`; Chinese and Portuguese differ
/// from it and from each other, name every value in `values`, and say the hint in their
/// own words on its own line.
fn check<E>(e: &E, values: &[&str])
where
    E: Localized + std::error::Error + 'static,
{
    let en = e.to_string();
    assert_eq!(en, e.message(Lang::En), "Display is the English message");
    let zh = e.message(Lang::ZhHant);
    let pt = e.message(Lang::Pt);
    assert!(has_cjk(&zh), "not Chinese: {zh}");
    assert_ne!(pt, en, "not Portuguese: {pt}");
    assert_ne!(zh, pt);
    for v in values {
        assert!(en.contains(v), "English lacks {v:?}: {en}");
        assert!(zh.contains(v), "Chinese lacks {v:?}: {zh}");
        assert!(pt.contains(v), "Portuguese lacks {v:?}: {pt}");
    }
    if en.contains("\n  hint: ") {
        assert!(zh.contains("\n  提示："), "{zh}");
        assert!(pt.contains("\n  sugestão: "), "{pt}");
        assert!(!zh.contains("hint:") && !pt.contains("hint:"));
    }
    // Through `localized`, as the binary reaches it in an error chain.
    for lang in Lang::ALL {
        assert_eq!(localized(e, lang), e.message(lang));
    }
}

const AT: [&str; 1] = ["/srv/dossier/assessments/clinic/draft.ron:12:7"];

#[test]
fn answer_errors() {
    check(
        &AnswerError::UnknownChoice {
            question: "q-purpose".into(),
            choice: "zzz".into(),
            allowed: "hr, security".into(),
        },
        &["q-purpose", "zzz", "hr, security"],
    );
    check(
        &AnswerError::OutOfRange {
            question: "q-headcount".into(),
            value: 120_000,
            range: "0–100000".into(),
        },
        &["q-headcount", "120000", "0–100000"],
    );
    check(
        &AnswerError::Unreadable {
            question: "q-biometric".into(),
            value: "maybe".into(),
            expected: "yes, no or unsure".into(),
        },
        &["q-biometric", "maybe", "unsure"],
    );
    check(
        &AnswerError::UnknownQuestion("q-x".into(), " (did you mean 'q-xy'?)".into()),
        &["q-x", "q-xy"],
    );
}

#[test]
fn dossier_errors() {
    check(
        &DossierError::NotFound {
            id: "clinic-portal".into(),
            dossier: path("/srv/dossier"),
            known: vec![],
        },
        &["clinic-portal", "/srv/dossier", "farol new"],
    );
    check(
        &DossierError::NotFound {
            id: "clinic".into(),
            dossier: path("/srv/dossier"),
            known: vec!["clinic-portal".into()],
        },
        &["clinic-portal", "/srv/dossier"],
    );
    check(
        &DossierError::Io {
            action: "cannot read",
            path: path("/srv/dossier/assessments/clinic/draft.ron"),
            source: missing(),
        },
        &["/srv/dossier/assessments/clinic/draft.ron", "--dossier"],
    );
    check(
        &DossierError::Parse {
            at: at(),
            message: "Expected comma".into(),
            hint: "put a comma between the items".into(),
        },
        &AT,
    );
    check(
        &DossierError::BadAnswer {
            at: at(),
            problem: Box::new(AnswerError::OneChoice {
                question: "q-purpose".into(),
            }),
        },
        &[AT[0], "q-purpose"],
    );
    check(
        &DossierError::InvalidQuestionnaire {
            file: "custom.ron".into(),
            errors: 3,
        },
        &["custom.ron", "3", "farol questionnaire check custom.ron"],
    );
    check(
        &DossierError::DiskFull {
            path: path("/srv/dossier/assessments/clinic/draft.ron"),
        },
        &["/srv/dossier/assessments/clinic/draft.ron"],
    );
    check(
        &DossierError::MissingQuestionnaire {
            id: "macau-pdpa".into(),
            version: "2.0.0".into(),
            short: "48354d2a".into(),
            dir: path("/srv/dossier/questionnaires"),
        },
        &[
            "macau-pdpa",
            "2.0.0",
            "48354d2a",
            "/srv/dossier/questionnaires",
        ],
    );
}

#[test]
fn evidence_errors() {
    check(
        &EvidenceError::Exists {
            path: path("/tmp/out"),
            what: " and is not empty",
        },
        &["/tmp/out", "-o"],
    );
    check(
        &EvidenceError::NotBundle {
            path: path("/tmp/b.zip"),
            why: "it holds no MANIFEST.sha256".into(),
            hint: "give the zip written by `farol evidence`, or the directory it unpacks to",
        },
        &["/tmp/b.zip", "farol evidence"],
    );
    check(
        &EvidenceError::DiskFull {
            path: path("/tmp/unpack"),
            what: "b.zip".into(),
            need: "3 MB".into(),
        },
        &["/tmp/unpack", "b.zip", "3 MB", "TMPDIR"],
    );
}

#[test]
fn exchange_errors() {
    check(
        &ExchangeError::BadId {
            id: ".hidden".into(),
            why: "it starts with a dot",
        },
        &[".hidden", "--id"],
    );
    check(
        &ExchangeError::NewerFormat {
            at: at(),
            found: 9,
            supported: 1,
        },
        &[AT[0], "9", "1"],
    );
    check(
        &ExchangeError::Exists {
            id: "clinic".into(),
            dossier: path("/srv/dossier"),
        },
        &["clinic", "/srv/dossier", "--force"],
    );
}

#[test]
fn key_errors() {
    check(
        &KeyError::Exposed {
            path: path("/home/ana/.config/farol/keys/ana.pem"),
            mode: 0o644,
        },
        &["/home/ana/.config/farol/keys/ana.pem", "644", "chmod 600"],
    );
    check(
        &KeyError::WhichKey {
            dir: path("/home/ana/keys"),
            count: 2,
            known: "farol:ab12, farol:cd34".into(),
        },
        &["/home/ana/keys", "2", "farol:ab12, farol:cd34"],
    );
    check(
        &KeyError::WrongPassphrase {
            path: path("/home/ana/keys/ana.pem"),
        },
        &["/home/ana/keys/ana.pem", "farol keys new"],
    );
    check(&KeyError::BadRole("boss".into()), &["boss"]);
    check(
        &KeyError::Io {
            action: "cannot write",
            path: path("/home/ana/keys/ana.pem"),
            source: io::Error::from(io::ErrorKind::PermissionDenied),
            hint: "check that you may write to the key directory, or set FAROL_KEYS to another one",
        },
        &["/home/ana/keys/ana.pem", "FAROL_KEYS"],
    );
}

#[test]
fn loader_lock_policy_and_settings_errors() {
    check(
        &LoadError::Io {
            path: path("/srv/q/custom.ron"),
            source: missing(),
        },
        &["/srv/q/custom.ron"],
    );
    check(
        &LoadError::Syntax {
            at: at(),
            message: "Unexpected end of RON".into(),
            hint: "add the field `id`".into(),
        },
        &[AT[0], "`id`"],
    );
    check(
        &LockError::Held {
            what: "the assessment",
            id: "clinic".into(),
            pid: 4242,
            path: path("/srv/dossier/assessments/clinic/.lock"),
        },
        &["clinic", "4242", "/srv/dossier/assessments/clinic/.lock"],
    );
    check(
        &LockError::Busy {
            what: "the review of",
            id: "clinic".into(),
            waited: 5,
            path: path("/srv/dossier/assessments/clinic/.write-lock"),
        },
        &[
            "clinic",
            "5",
            "/srv/dossier/assessments/clinic/.write-lock",
            "ps",
        ],
    );
    check(
        &PolicyError::Parse {
            at: Location::new("/srv/dossier/policy.ron", 1, 9),
            message: "Expected boolean".into(),
        },
        &["/srv/dossier/policy.ron:1:9", "allow_self_review"],
    );
    check(&SettingsError::NoHome, &["FAROL_CONFIG_DIR"]);
    check(
        &SettingsError::Write {
            path: path("/home/ana/.config/farol/settings.ron"),
            source: io::Error::from(io::ErrorKind::PermissionDenied),
        },
        &["/home/ana/.config/farol/settings.ron"],
    );
}

#[test]
fn record_and_report_errors() {
    check(
        &RecordError::Exists {
            path: path("/srv/dossier/assessments/clinic/revisions/0002.ron"),
        },
        &[
            "/srv/dossier/assessments/clinic/revisions/0002.ron",
            "farol sign",
        ],
    );
    check(
        &RecordError::BrokenChain {
            id: "clinic".into(),
            dir: path("/srv/dossier/assessments/clinic/revisions"),
            problems: Problems::found(
                vec!["0002.ron: the signature does not verify".into()],
                |l| {
                    vec![match l {
                        Lang::ZhHant => "0002.ron：簽署未能通過核實".into(),
                        _ => "0002.ron: a assinatura não é válida".into(),
                    }]
                },
            ),
        },
        &[
            "clinic",
            "/srv/dossier/assessments/clinic/revisions",
            "0002.ron",
        ],
    );
    check(
        &RecordError::Parse {
            at: at(),
            message: "this is not UTF-8 text".into(),
            hint: "the file was damaged or is not a Farol record; restore it from a backup".into(),
        },
        &AT,
    );
    check(
        &ReportError::Dossier(DossierError::UnknownQuestionnaire("gdpr".into())),
        &["gdpr", "macau-pdpa"],
    );
}

#[test]
fn review_errors() {
    check(
        &ReviewError::SelfReview {
            id: "clinic".into(),
            revision: 2,
            name: "Ana Lei".into(),
            key: "farol:ab12".into(),
        },
        &["clinic", "2", "Ana Lei", "farol:ab12", "allow_self_review"],
    );
    check(
        &ReviewError::DueTooEarly {
            due: chrono::NaiveDate::from_ymd_opt(2026, 1, 2).unwrap(),
            today: chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap(),
        },
        &["2026-01-02", "2026-03-04", "--due"],
    );
    check(
        &ReviewError::NotSigned {
            id: "clinic".into(),
        },
        &["clinic", "farol sign clinic"],
    );
    check(
        &ReviewError::Io {
            action: "cannot move aside",
            path: path("/srv/dossier/assessments/clinic/review.ron"),
            source: missing(),
            hint: "check that you may write to the assessment's directory",
        },
        &["/srv/dossier/assessments/clinic/review.ron"],
    );
    check(
        &ReviewError::Record(RecordError::NotRecords {
            path: path("/tmp/x"),
        }),
        &["/tmp/x"],
    );
}

#[test]
fn operating_system_errors_are_worded_in_the_language_asked_for() {
    let cases = [
        (io::ErrorKind::NotFound, "找不到", "inexistente"),
        (io::ErrorKind::PermissionDenied, "權限", "permissão"),
        (io::ErrorKind::AlreadyExists, "已存在", "já existe"),
        (io::ErrorKind::StorageFull, "磁碟已滿", "disco está cheio"),
    ];
    for (kind, zh, pt) in cases {
        let e = io::Error::from(kind);
        assert!(io_error(Lang::ZhHant, &e).contains(zh), "{kind:?}");
        assert!(io_error(Lang::Pt, &e).contains(pt), "{kind:?}");
        assert_eq!(io_error(Lang::En, &e), e.to_string());
    }
    let enospc = io::Error::from_raw_os_error(28);
    assert!(io_error(Lang::ZhHant, &enospc).contains("磁碟已滿"));
    // A chain as anyhow gives it: the library error, then its io::Error.
    let err = anyhow::Error::from(DossierError::Io {
        action: "cannot write",
        path: path("/srv/dossier/assessments/clinic/draft.ron"),
        source: io::Error::from(io::ErrorKind::PermissionDenied),
    });
    let chain: Vec<String> = err.chain().map(|c| localized(c, Lang::ZhHant)).collect();
    assert_eq!(chain.len(), 2);
    assert!(chain[0].starts_with("無法寫入 /srv/dossier/assessments/clinic/draft.ron"));
    assert_eq!(chain[1], "沒有存取權限");
    // A foreign error is shown as it displays itself.
    let foreign = "12x".parse::<u32>().unwrap_err();
    assert_eq!(localized(&foreign, Lang::Pt), foreign.to_string());
}

// ── The binary ──

fn farol(dossier: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("farol").unwrap();
    c.env("FAROL_DOSSIER", dossier)
        .env("FAROL_CONFIG_DIR", dossier.join(".config"))
        .env_remove("FAROL_LANG")
        .env_remove("LC_ALL")
        .env("LANG", "C");
    c
}

fn stderr_of(c: &mut Command) -> String {
    let out = c.output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    String::from_utf8(out.stderr).unwrap()
}

/// Breaks the demo draft's fifth line (drops its comma): a RON error at line 6, column 5.
fn dossier_with_a_broken_draft() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path()).arg("demo").assert().success();
    let file = dir
        .path()
        .join("assessments/demo-worklink-rollout/draft.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    assert!(lines[4].trim_start().starts_with("title:"), "{}", lines[4]);
    lines[4] = lines[4].trim_end_matches(',').to_string();
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    (dir, format!("{}:6:5", file.display()))
}

#[test]
fn the_binary_says_an_unknown_assessment_in_chinese_and_in_portuguese() {
    let dir = tempfile::tempdir().unwrap();
    farol(dir.path()).arg("demo").assert().success();
    let zh = stderr_of(farol(dir.path()).args(["--lang", "zh-Hant", "score", "demo-worklink"]));
    assert!(zh.starts_with("錯誤："), "{zh}");
    assert!(zh.contains("「demo-worklink」"), "{zh}");
    assert!(zh.contains("demo-worklink-rollout"), "{zh}");
    assert!(zh.contains("\n  提示："), "{zh}");
    assert!(!zh.contains("error:") && !zh.contains("hint:"), "{zh}");
    let pt = stderr_of(farol(dir.path()).args(["--lang", "pt", "score", "demo-worklink"]));
    assert!(
        pt.starts_with("erro: não há nenhuma avaliação «demo-worklink»"),
        "{pt}"
    );
    assert!(pt.contains("queria dizer «demo-worklink-rollout»?"), "{pt}");
    assert!(pt.contains("\n  sugestão: "), "{pt}");
}

#[test]
fn the_binary_says_where_a_draft_is_broken_in_every_language() {
    let (dir, at) = dossier_with_a_broken_draft();
    let run = |lang: &str| {
        stderr_of(farol(dir.path()).args(["--lang", lang, "score", "demo-worklink-rollout"]))
    };
    let zh = run("zh-Hant");
    assert!(zh.starts_with(&format!("錯誤：{at}：")), "{zh}");
    assert!(zh.contains("逗號") && zh.contains("檔案沒有被更改"), "{zh}");
    let pt = run("pt");
    assert!(pt.starts_with(&format!("erro: {at}: ")), "{pt}");
    assert!(
        pt.contains("vírgula") && pt.contains("O ficheiro não foi alterado."),
        "{pt}"
    );
    let en = run("en");
    assert_eq!(
        en,
        format!(
            "error: {at}: Expected comma\n  hint: put a comma between the items. The file has not been changed.\n"
        )
    );
}
