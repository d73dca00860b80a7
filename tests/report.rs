//! The PDF report: content found in the extracted text, Chinese and Portuguese fields,
//! pagination without overflow, determinism, missing glyphs.

use std::path::Path;
use std::process::Command;

mod common;

use farol::assessment::{PlanItem, PlanStatus};
use farol::questionnaire::load;
use farol::report::{self, Rendered, ReportInput};

fn demo_render(edit: impl FnOnce(&mut farol::assessment::Draft)) -> Rendered {
    let loaded = load::embedded_default();
    let mut draft = farol::demo::draft(&loaded);
    edit(&mut draft);
    report::render(&ReportInput::from_draft(&draft, &loaded))
}

/// The text of a PDF, without white space (see `common::squash`).
fn text_of(r: &Rendered) -> String {
    common::squash(&common::pdf_text(&r.pdf))
}

/// Whether `want` is in the squashed text `t`.
fn has(t: &str, want: &str) -> bool {
    t.contains(&common::squash(want))
}

fn assert_clean(r: &Rendered) {
    assert!(
        r.overflows.is_empty(),
        "text off the page:\n{}",
        r.overflows.join("\n")
    );
    assert!(r.warnings.is_empty(), "printpdf warnings: {:?}", r.warnings);
}

#[test]
fn demo_report_has_the_sections_answers_and_citations() {
    let r = demo_render(|_| {});
    assert_clean(&r);
    assert!(
        r.missing_glyphs.is_empty(),
        "missing: {:?}",
        r.missing_glyph_list()
    );
    assert!(r.pdf.len() <= 1_000_000, "{} bytes", r.pdf.len());
    if std::env::var_os("FAROL_REPORT_OUT").is_some() {
        std::fs::write(std::env::var("FAROL_REPORT_OUT").unwrap(), &r.pdf).unwrap();
    }
    let t = text_of(&r);
    for s in [
        "PRIVACY IMPACT ASSESSMENT",
        "UNSIGNED DRAFT — not evidence",
        "Summary",
        "Data inventory and flows",
        "Where the data goes",
        "MAINLAND CHINA",
        "NO LEGAL BASIS",
        "Risk",
        "Why each figure is what it is",
        "Obligations",
        "Action plan",
        "Recommended by the risk model, not yet in the plan",
        "Every question and answer",
        "Signatures and review",
        "farol sign demo-worklink-rollout",
        "farol verify PATH",
        "Law 8/2005, Art 21(1)",
        "Law 8/2005, Arts 19–20",
        "Move staff health declarations out of group chats",
        "WorkLink cloud, vendor data centre in Shenzhen",
        "NOT SURE",
        "蓮花貿易有限公司",
        "Lótus Trading",
    ] {
        assert!(has(&t, s), "not found in the report: {s:?}");
    }
    // Every page has its header and footer.
    let pages = r.pages;
    for p in 1..=pages {
        assert!(
            has(&t, &format!("Page {p} of {pages}")),
            "no footer on page {p}"
        );
    }
    assert!(
        t.matches(&common::squash("UNSIGNED DRAFT — not evidence"))
            .count()
            >= pages,
        "the unsigned warning is not on every page"
    );
}

#[test]
fn chinese_and_portuguese_fields_are_in_the_text() {
    let r = demo_render(|d| {
        d.meta.organisation = "澳門蓮花貿易有限公司".into();
        d.meta.system = "Gestão de presenças".into();
        d.meta.assessor = "João Conceição, gestor de recursos humanos".into();
        d.title = "Avaliação do sistema de assiduidade 考勤系統評估".into();
    });
    assert_clean(&r);
    assert!(
        r.missing_glyphs.is_empty(),
        "missing: {:?}",
        r.missing_glyph_list()
    );
    if let Some(out) = std::env::var_os("FAROL_REPORT_OUT_ZH") {
        std::fs::write(out, &r.pdf).unwrap();
    }
    let t = text_of(&r);
    for s in [
        "澳門蓮花貿易有限公司",
        "Gestão de presenças",
        "João Conceição",
        "Avaliação do sistema de assiduidade",
        "考勤系統評估",
    ] {
        assert!(has(&t, s), "not found: {s:?}");
    }
}

#[test]
fn a_long_plan_and_long_answers_paginate_without_overflow() {
    let long: String = "Personal data of staff and customers is copied to the vendor's servers every night, including chat history, attachments and attendance records. "
        .repeat(60);
    let cjk: String = "澳門個人資料保護法規定資料處理必須合法及公平。".repeat(80);
    let r = demo_render(|d| {
        d.plan = (1..=200)
            .map(|i| PlanItem {
                id: format!("p{i}"),
                title: format!(
                    "Action number {i}: review the retention of chat history and attachments"
                ),
                detail: if i % 10 == 0 {
                    long.clone()
                } else {
                    "Check with the vendor.".into()
                },
                owner: "Ana Lei".into(),
                due: chrono::NaiveDate::from_ymd_opt(2027, 1, 1 + (i % 28) as u32),
                status: PlanStatus::Todo,
                from: None,
            })
            .collect();
        d.answers.insert(
            "prj.system".into(),
            farol::answer::Answer::Text(format!("{long}{cjk}")),
        );
        d.answers.insert(
            "prj.system".into(),
            farol::answer::Answer::Text("x".repeat(3000)),
        );
    });
    assert_clean(&r);
    assert!(r.pages > 20, "{} pages", r.pages);
    if let Some(out) = std::env::var_os("FAROL_REPORT_OUT_LONG") {
        std::fs::write(out, &r.pdf).unwrap();
    }
    let t = text_of(&r);
    assert!(has(&t, "Action number 200"));
    assert!(has(&t, &format!("Page {0} of {0}", r.pages)));
    // The table header repeats on the pages the plan continues on.
    assert!(t.matches("Owner").count() > 5);
}

#[test]
fn the_same_draft_gives_byte_identical_pdfs() {
    let a = demo_render(|_| {});
    let b = demo_render(|_| {});
    assert_eq!(a.pdf.len(), b.pdf.len());
    assert!(a.pdf == b.pdf, "two renders differ");
}

#[test]
fn a_missing_glyph_is_reported_not_drawn_as_a_box() {
    let r = demo_render(|d| {
        d.meta.system = "Attendance 😀 app \u{10FFFD}".into();
    });
    assert_clean(&r);
    assert_eq!(r.missing_glyphs, vec!['😀', '\u{10FFFD}']);
    assert!(r.missing_glyph_list()[0].starts_with("U+1F600"));
    let t = text_of(&r);
    assert!(has(&t, "Attendance [U+1F600] app"));
    assert!(has(&t, "Characters the fonts cannot draw"));
}

#[test]
fn fonts_are_embedded_and_subset() {
    let r = demo_render(|_| {});
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.pdf");
    std::fs::write(&path, &r.pdf).unwrap();
    let Ok(out) = Command::new("pdffonts").arg(&path).output() else {
        eprintln!("NOTICE: pdffonts is not installed; font check skipped");
        return;
    };
    let list = String::from_utf8_lossy(&out.stdout);
    let fonts: Vec<&str> = list.lines().skip(2).collect();
    assert!(!fonts.is_empty(), "{list}");
    for f in fonts {
        let cols: Vec<&str> = f.split_whitespace().collect();
        // name type [encoding] emb sub uni object ID
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "not embedded+subset: {f}"
        );
    }
    let _ = Path::new(".");
}

#[test]
fn a_signed_report_shows_its_signatures_and_review() {
    use chrono::TimeZone;
    let loaded = load::embedded_default();
    let draft = farol::demo::draft(&loaded);
    let at = chrono::Utc.with_ymd_and_hms(2026, 11, 10, 8, 0, 0).unwrap();
    let sha = "ab".repeat(32);
    let mut input = ReportInput::from_draft(&draft, &loaded);
    input.status = report::Status::Signed {
        signatures: vec![report::SignatureInfo {
            signer: "Ana Lei".into(),
            role: "Assessor".into(),
            key: "ed25519:MCowBQYDK2VwAyEA".into(),
            fingerprint: "SHA256:3f9a 77c1 0b2e 5d44".into(),
            at,
            record_sha256: sha.clone(),
        }],
    };
    input.revision = Some(2);
    input.generated_at = at;
    input.reviews = vec![report::Review {
        reviewer: "Carlos Wong".into(),
        role: "DPO".into(),
        at,
        opinion: "approve with conditions".into(),
        comments: vec!["Sign the data processing agreement before go-live.".into()],
    }];
    let r = report::render(&input);
    assert_clean(&r);
    let t = text_of(&r);
    assert!(!has(&t, "UNSIGNED DRAFT"));
    for s in [
        "SIGNED RECORD",
        "Ana Lei",
        "SHA256:3f9a 77c1 0b2e 5d44",
        "Carlos Wong",
        "approve with conditions",
        "farol verify",
        "revision 2",
    ] {
        assert!(has(&t, s), "not found: {s:?}");
    }
    // The record hash, possibly wrapped inside its table cell.
    assert!(has(&t, &sha));
}
