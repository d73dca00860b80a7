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
    input.record_file = Some(("0002-0a1b2c3d4e5f.ron".into(), b"record".as_slice().into()));
    input.reviews = vec![report::Review {
        reviewer: "Carlos Wong".into(),
        role: "DPO".into(),
        at,
        opinion: "approve with conditions".into(),
        comments: vec!["Sign the data processing agreement before go-live.".into()],
        body: None,
        file: None,
    }];
    let r = report::render(&input);
    assert_clean(&r);
    // The PDF says which record it shows, for a bundle's check of its reports.
    assert_eq!(report::record_of_pdf(&r.pdf).as_deref(), Some(sha.as_str()));
    let t = text_of(&r);
    assert!(!has(&t, "UNSIGNED DRAFT"));
    // How to check it: this very file with one command, what that cannot tell, trust from
    // another channel, and OpenSSL alone.
    let this = format!("farol verify {}-r0002.pdf", input.id);
    assert!(has(&t, &this), "not found: {this}");
    // The record is named by its file's name, so that the commands can be copied.
    let path = format!("assessments/{}/revisions/0002-0a1b2c3d4e5f.ron", input.id);
    for want in [format!("farol verify {path}"), format!("F={path}")] {
        assert!(has(&t, &want), "not found: {want}");
    }
    assert!(!has(&t, "revisions/0002.ron"));
    assert!(has(&t, "trust comes from outside the file"));
    assert!(has(&t, "--trust FINGERPRINT"));
    assert!(has(
        &t,
        "openssl pkeyutl -verify -pubin -inkey \"$K\" -rawin -in signed.bin -sigfile sig.bin"
    ));
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

// The legal conclusions (`Score::transfers`, `obligations`, `decisions`, `notification`,
// `screening`), given directly so that these tests do not depend on the questionnaire's
// wording: the report must show each as the model concludes it, and nothing as lawful or
// met that the answers do not evidence.

use farol::questionnaire::{Procedure, TransferState, Verdict};
use farol::report::layout::{Rgb3, TextBox};
use farol::risk::{
    BeliefNote, ContentStatus, CriterionMet, Decision, DecisionReason, DutyState, Evidence,
    ObligationStatus, ScreeningStatus, TransferStatus,
};

/// The built-in questionnaire, declaring (minimally) that it classifies data flows and
/// decides the procedure, which the report needs to draw them.
fn with_legal_model() -> farol::questionnaire::Loaded {
    let mut loaded = load::embedded_default();
    let q = &mut loaded.questionnaire;
    if q.transfers.is_none() {
        q.transfers = Some(
            ron::from_str(
                r#"Transfers(question: "flows.list", categories: "categories", location: "location", basis: "basis", inside: [[In("location", ["macau"])]], in_force: [])"#,
            )
            .unwrap(),
        );
    }
    if q.filing.is_none() {
        q.filing = Some(
            ron::from_str(
                r#"Filing(purposes: "prj.purposes", name: "name", ground: "ground", categories: "categories", notify: Reason(because: "Notify.", cite: []), authorise: [])"#,
            )
            .unwrap(),
        );
    }
    loaded
}

fn transfer(
    row: usize,
    name: &str,
    location: &str,
    basis: &str,
    state: TransferState,
    evidence: &str,
) -> TransferStatus {
    TransferStatus {
        row,
        name: name.into(),
        location: location.into(),
        location_label: match location {
            "macau" => "Macau",
            "mainland_gba" => "Mainland, Greater Bay Area city",
            "mainland" => "Mainland, elsewhere",
            _ => "Hong Kong",
        }
        .into(),
        categories: vec!["identity".into(), "hr".into()],
        basis: "x".into(),
        basis_label: basis.into(),
        state,
        evidence: evidence.into(),
    }
}

fn obligation(id: &str, title: &str, state: DutyState) -> ObligationStatus {
    ObligationStatus {
        id: id.into(),
        title: title.into(),
        text: format!("What {title} requires."),
        cite: vec!["Law 8/2005, Art 21(1)".into()],
        met: state == DutyState::Met,
        state,
        needs: if state == DutyState::Met {
            String::new()
        } else {
            format!("The date {title} was done and the DSPDP's reference.")
        },
        evidence: Vec::new(),
        missing: Vec::new(),
        belief: None,
    }
}

/// Renders the demo with these conclusions in place of the model's.
fn legal_render(edit: impl FnOnce(&mut farol::risk::Score)) -> Rendered {
    let loaded = with_legal_model();
    let draft = farol::demo::draft(&loaded);
    let mut input = ReportInput::from_draft(&draft, &loaded);
    let s = &mut input.score;
    s.transfers.clear();
    s.obligations.clear();
    s.decisions.clear();
    s.notification.clear();
    s.screening = None;
    edit(s);
    report::render(&input)
}

/// The squashed text from the first `from` to the next `to`.
fn between<'t>(t: &'t str, from: &str, to: &str) -> &'t str {
    let a = t.find(&common::squash(from)).expect("start");
    let b = t[a..].find(&common::squash(to)).expect("end") + a;
    &t[a..b]
}

fn green(r: &Rendered) -> Vec<&TextBox> {
    r.boxes.iter().filter(|b| b.color == Rgb3::GREEN).collect()
}

#[test]
fn a_basis_claimed_but_not_evidenced_is_shown_not_in_force_and_never_green() {
    let r = legal_render(|s| {
        s.transfers = vec![
            transfer(1, "Payroll PC", "macau", "", TransferState::Inside, ""),
            transfer(
                2,
                "HR cloud in Zhuhai",
                "mainland_gba",
                "Authorisation from the DSPDP",
                TransferState::Claimed,
                "",
            ),
        ];
        // And a duty counted as met on an answer alone, as a questionnaire written before
        // duties needed evidence allows: not green either.
        s.obligations = vec![
            obligation("transfer_auth", "Transfer authorisation", DutyState::Open),
            obligation("opinion", "Notification", DutyState::Met),
        ];
    });
    assert_clean(&r);
    if let Some(out) = std::env::var_os("FAROL_REPORT_OUT_CLAIMED") {
        std::fs::write(out, &r.pdf).unwrap();
    }
    let t = text_of(&r);
    for s in [
        "HR cloud in Zhuhai",
        "Mainland, Greater Bay Area city",
        "Authorisation from the DSPDP",
        "CLAIMED, NOT IN FORCE",
        "1 border crossing without a basis in force (1 claimed but not evidenced)",
        "Stays in Macau: not a transfer",
        "Transfer authorisation — OPEN",
        "To meet it: The date Transfer authorisation was done",
        "Notification — Said to be done: NO EVIDENCE",
        "give no evidence of the act",
        "[confirmed through the regulator]: the article's content is confirmed",
    ] {
        assert!(has(&t, s), "not found: {s:?}");
    }
    // Nothing says the transfer is lawful or its basis in force: not in the summary, nor
    // in the flows (the questionnaire's own texts, further on, may speak of lawfulness).
    let flows = between(&t, "Summary", "Why each figure is what it is");
    let lower = flows.to_lowercase();
    assert_eq!(
        lower.matches("lawful").count(),
        lower.matches("unlawful").count(),
        "the report calls something lawful"
    );
    assert!(!has(flows, "In force"), "a claimed basis is shown in force");
    assert!(!has(&t, "0 border crossings"));
    // And nothing conclusive is green: no transfer is in force, no duty met, no signature.
    assert!(green(&r).is_empty(), "green text: {:?}", green(&r));
}

#[test]
fn each_state_of_a_transfer_and_of_a_duty_reads_as_what_it_is() {
    let r = legal_render(|s| {
        s.transfers = vec![
            transfer(
                1,
                "Vendor A",
                "mainland",
                "Notification of consent-based transfer",
                TransferState::InForce,
                "Date: 2026-11-02; Reference: A/123/2026",
            ),
            transfer(
                2,
                "Vendor B",
                "hong_kong",
                "Authorisation from the DSPDP",
                TransferState::Applied,
                "Date: 2026-11-20",
            ),
            transfer(3, "Vendor C", "mainland_gba", "", TransferState::None, ""),
        ];
        let mut met = obligation("notify", "Notification", DutyState::Met);
        met.evidence = vec![Evidence {
            question: "filing.date".into(),
            prompt: "When was it filed?".into(),
            answer: "2026-10-01".into(),
        }];
        let awaiting = obligation(
            "authorise",
            "Authorisation for health data",
            DutyState::Awaiting,
        );
        let mut believed = obligation(
            "exempt",
            "Notification of the staff directory",
            DutyState::Believed,
        );
        believed.belief = Some(BeliefNote {
            says: String::new(),
            reason: "Only a staff directory".into(),
            confirm: "that the DSPDP has granted an exemption covering it".into(),
        });
        let mut open = obligation("contract", "Processor contract", DutyState::Open);
        open.missing = vec!["The date the contract was signed".into()];
        s.obligations = vec![met, awaiting, believed, open];
    });
    assert_clean(&r);
    if let Some(out) = std::env::var_os("FAROL_REPORT_OUT_STATES") {
        std::fs::write(out, &r.pdf).unwrap();
    }
    let t = text_of(&r);
    for s in [
        "In force",
        "Date: 2026-11-02; Reference: A/123/2026",
        "Applied for — awaiting the DSPDP",
        "NO LEGAL BASIS",
        "2 border crossings without a basis in force (1 applied for and awaiting the DSPDP, 1 with no legal basis)",
        "Evidence given: When was it filed? — 2026-10-01",
        "Awaiting the DSPDP",
        "OPEN: believed not to apply",
        "Its reason: Only a staff directory",
        "A lawyer should confirm: that the DSPDP has granted an exemption covering it",
        "Said to be done, but this evidence is missing: The date the contract was signed",
    ] {
        assert!(has(&t, s), "not found: {s:?}");
    }
    // Green: the basis in force and the duty met, nothing else.
    let greens: Vec<String> = green(&r).iter().map(|b| b.text.clone()).collect();
    assert!(!greens.is_empty());
    for g in &greens {
        assert!(g == "In force" || g == "Met", "green: {g:?}");
    }
}

#[test]
fn the_decision_for_each_purpose_and_the_notification_content_are_shown() {
    let r = legal_render(|s| {
        s.decisions = vec![
            Decision {
                row: 1,
                purpose: "Attendance by fingerprint".into(),
                ground: "Consent".into(),
                no_ground: false,
                categories: vec!["biometric".into()],
                procedure: Procedure::Authorise,
                reasons: vec![DecisionReason {
                    id: "sensitive".into(),
                    because: "Biometric templates of staff need the DSPDP's authorisation".into(),
                    cite: vec!["Law 8/2005, Art 22 [confirmed through the regulator]".into()],
                }],
            },
            Decision {
                row: 2,
                purpose: "Payroll".into(),
                ground: String::new(),
                no_ground: true,
                categories: vec!["hr".into()],
                procedure: Procedure::Notify,
                reasons: vec![DecisionReason {
                    id: "notify".into(),
                    because: "No reason for authorisation applies".into(),
                    cite: vec!["Law 8/2005, Art 21(1)".into()],
                }],
            },
        ];
        s.notification = vec![
            ContentStatus {
                id: "a".into(),
                title: "The controller's name and address".into(),
                complete: true,
                missing: String::new(),
                cite: vec!["Law 8/2005, Art 23(a)".into()],
            },
            ContentStatus {
                id: "e".into(),
                title: "The recipients".into(),
                complete: false,
                missing: "List who receives the data".into(),
                cite: vec!["Law 8/2005, Art 23(e)".into()],
            },
        ];
        s.screening = Some(ScreeningStatus {
            verdict: Verdict::LikelyNeeded,
            criteria: vec![
                CriterionMet {
                    id: "monitoring".into(),
                    title: "Systematic monitoring".into(),
                    cite: vec!["WP248 rev.01, criterion 3".into()],
                },
                CriterionMet {
                    id: "sensitive".into(),
                    title: "Sensitive data".into(),
                    cite: vec![],
                },
            ],
            required: vec![],
            signs: vec![],
            likely_at: 2,
            unanswered: vec![],
        });
    });
    assert_clean(&r);
    if let Some(out) = std::env::var_os("FAROL_REPORT_OUT_DECISIONS") {
        std::fs::write(out, &r.pdf).unwrap();
    }
    let t = text_of(&r);
    for s in [
        "Notify or apply for authorisation",
        "Attendance by fingerprint",
        "APPLY FOR AUTHORISATION before starting (Art 22, Art 20(2))",
        "Biometric templates of staff need the DSPDP's authorisation [Law 8/2005, Art 22 [confirmed through the regulator]]",
        "Payroll",
        "NO LEGAL GROUND GIVEN",
        "NOTIFY the DSPDP (Art 21)",
        "Procedure with the DSPDP: 1 purpose needs its prior authorisation, 1 a notification; 1 purpose names no legal ground.",
        "Notification content (Art 23)",
        "The controller's name and address",
        "MISSING: List who receives the data",
        "Notification content: 1 of the 2 items it must state (Art 23) are complete.",
        "Is a full assessment needed?",
        "LIKELY NEEDED",
        "2 of the screening criteria are met; 2 or more make an assessment likely needed.",
        "Criteria met: Systematic monitoring [WP248 rev.01, criterion 3]",
    ] {
        assert!(has(&t, s), "not found: {s:?}");
    }
    assert!(green(&r).is_empty(), "green text: {:?}", green(&r));
}

#[test]
fn with_no_purposes_listed_the_decision_covers_all_processing() {
    let r = legal_render(|s| {
        s.decisions = vec![Decision {
            row: 0,
            purpose: String::new(),
            ground: String::new(),
            no_ground: true,
            categories: vec!["identity".into()],
            procedure: Procedure::Notify,
            reasons: vec![DecisionReason {
                id: "notify".into(),
                because: "No reason for authorisation applies".into(),
                cite: vec![],
            }],
        }];
    });
    assert_clean(&r);
    let t = text_of(&r);
    assert!(has(&t, "All processing (no purposes listed yet)"));
    assert!(has(&t, "NO LEGAL GROUND GIVEN"));
}

/// The flows of the demo, through the built-in questionnaire's own classification.
#[test]
fn the_demo_flows_read_as_their_evidence_says() {
    use farol::answer::{Answer, Cell};
    // As the demo stands: the vendor cloud names the DSPDP's permission, not yet given.
    let r = demo_render(|_| {});
    let t = text_of(&r);
    let flows = between(&t, "Summary", "Why each figure is what it is");
    assert!(has(flows, "CLAIMED, NOT IN FORCE"));
    assert!(has(flows, "without a basis in force"));
    assert!(
        !has(flows, "In force"),
        "a basis not evidenced is shown in force"
    );
    assert!(!has(flows, "0 border crossings"));
    assert!(green(&r).is_empty(), "green text: {:?}", green(&r));

    // Granted, with its date and reference: in force, and green; applied for: amber.
    let r = demo_render(|d| {
        let Some(Answer::Rows(rows)) = d.answers.get_mut("flows.list") else {
            panic!("the demo lists its data flows");
        };
        let granted = &mut rows[0];
        granted.insert("status".into(), Cell::Choice("granted".into()));
        granted.insert("date".into(), Cell::Text("2026-11-02".into()));
        granted.insert("reference".into(), Cell::Text("A/123/2026".into()));
        rows[1].insert("status".into(), Cell::Choice("applied".into()));
    });
    assert_clean(&r);
    let t = text_of(&r);
    let flows = between(&t, "Summary", "Why each figure is what it is");
    for s in ["In force", "A/123/2026", "Applied for — awaiting the DSPDP"] {
        assert!(has(flows, s), "not found: {s:?}");
    }
    let greens: Vec<&str> = green(&r).iter().map(|b| b.text.as_str()).collect();
    assert!(greens.contains(&"In force"), "{greens:?}");
    for g in &greens {
        assert!(*g == "In force" || *g == "Met", "green: {g:?}");
    }
}
