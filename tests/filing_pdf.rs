//! The DSPDP filing pack as a PDF (issue 14): `farol filing ID -o FILE.pdf` on the demo in
//! Portuguese and Chinese, read back with `pdftotext` (every item's heading, the
//! decisions, the marks on every page), byte-identical for the same revision and
//! language, refused when the revision is changed by one byte; and the transfers' page
//! from the library.

mod common;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use farol::filing;
use farol::i18n::Lang;

const DEMO: &str = "demo-worklink-rollout";

struct Sandbox {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

impl Sandbox {
    fn with_demo() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        for d in ["home", "dossier", "config", "data"] {
            std::fs::create_dir(root.join(d)).unwrap();
        }
        let s = Sandbox { _tmp: tmp, root };
        s.ok(&["demo"]);
        s
    }
    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let e = |d: &str| self.root.join(d);
        let out = Command::cargo_bin("farol")
            .unwrap()
            .current_dir(&self.root)
            .env("HOME", e("home"))
            .env("FAROL_KEYS", e("keys"))
            .env("FAROL_DOSSIER", e("dossier"))
            .env("XDG_CONFIG_HOME", e("config"))
            .env("XDG_DATA_HOME", e("data"))
            .env_remove("FAROL_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    }
    fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "farol {args:?}: {err}");
        out
    }
    /// The pack as a PDF in `lang`, with any further arguments: its bytes, and stderr.
    fn pdf(&self, lang: &str, more: &[&str]) -> (Vec<u8>, String) {
        let path = self.root.join(format!("pack-{lang}.pdf"));
        let mut args = vec!["--lang", lang, "filing", DEMO, "-o", path.to_str().unwrap()];
        args.extend(more);
        let (code, _, err) = self.run(&args);
        assert_eq!(code, 0, "{err}");
        (std::fs::read(&path).unwrap(), err)
    }
    fn sign(&self) {
        self.ok(&["keys", "new", "--name", "Ana Lei"]);
        let listed = self.ok(&["keys", "list"]);
        let id = listed
            .split_whitespace()
            .find(|w| w.starts_with("farol:"))
            .unwrap()
            .to_string();
        self.ok(&["keys", "trust", &id]);
        self.ok(&["sign", DEMO]);
    }
    fn revision(&self, n: u32) -> PathBuf {
        common::numbered(
            &self
                .root
                .join("dossier/assessments")
                .join(DEMO)
                .join("revisions"),
            n,
        )
    }
}

/// The text of each page, as `pdftotext` reads it.
fn pages(pdf: &[u8]) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args([path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

/// How many lines hold `heading`, leaving out its repeats above a table continued on the
/// next page (marked `continued`).
fn headings(text: &str, heading: &str, continued: &str) -> usize {
    text.lines()
        .filter(|l| l.contains(heading) && !l.contains(continued))
        .count()
}

/// Every page holds `mark`.
fn on_every_page(pages: &[String], mark: &str) {
    for (i, p) in pages.iter().enumerate() {
        assert!(p.contains(mark), "page {} lacks {mark:?}:\n{p}", i + 1);
    }
}

/// Keeps a copy of the PDF to look at when FAROL_KEEP_PDF names a directory.
fn keep(name: &str, pdf: &[u8]) {
    if let Some(dir) = std::env::var_os("FAROL_KEEP_PDF") {
        std::fs::write(Path::new(&dir).join(name), pdf).unwrap();
    }
}

#[test]
fn the_demo_in_portuguese_as_a_pdf_every_heading_and_decision_marked_on_every_page() {
    let s = Sandbox::with_demo();
    let (pdf, err) = s.pdf("pt", &[]);
    keep("demo-pt.pdf", &pdf);
    assert!(pdf.starts_with(b"%PDF"));
    assert!(
        !err.contains("aviso"),
        "no overflow, no missing glyph: {err}"
    );
    assert_eq!(farol::report::language_of_pdf(&pdf).as_deref(), Some("pt"));
    let pages = pages(&pdf);
    let text = pages.join("\n");
    assert!(text.contains("PROCESSO A APRESENTAR À DSPDP"));
    assert!(
        text.contains("Lótus Trading, Lda."),
        "the controller on the cover"
    );
    for n in 1..=10 {
        assert_eq!(
            headings(
                &text,
                &format!("Alínea {n}) do artigo 23.º: "),
                "(continuação)"
            ),
            5,
            "item {n} in each of the five forms"
        );
    }
    assert_eq!(
        count(
            &text,
            "Decisão: PEDIDO DE AUTORIZAÇÃO à DSPDP antes de começar"
        ),
        4
    );
    assert_eq!(
        count(&text, "Decisão: NOTIFICAÇÃO à DSPDP (artigo 21.º)"),
        1
    );
    assert!(text.contains("Formulário 5 de 5: Payroll and salary payments"));
    on_every_page(&pages, "NÃO ASSINADO — pré-visualização do rascunho");
    on_every_page(
        &pages,
        "INCOMPLETO — faltam preencher 4 elementos antes da apresentação",
    );
    assert!(
        !text.contains("CÓPIA DE TRABALHO"),
        "Portuguese is filed, not a working copy"
    );
    // The gaps in amber under their item, and again at the end.
    assert_eq!(
        count(&text, "`rights.notice` e depois a `rights.notice_where`"),
        6
    );
    assert!(text.contains("Transferências para fora de Macau apresentadas à parte"));
}

#[test]
fn the_demo_in_chinese_as_a_pdf_and_english_marked_as_a_working_copy() {
    let s = Sandbox::with_demo();
    let (pdf, err) = s.pdf("zh-Hant", &["--revision", "draft"]);
    keep("demo-zh-Hant.pdf", &pdf);
    assert!(!err.contains("警告"), "{err}");
    let pages = pages(&pdf);
    let text = pages.join("\n");
    for n in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] {
        assert_eq!(
            headings(&text, &format!("第二十三條({n})項："), "（續）"),
            5,
            "{n}"
        );
    }
    assert_eq!(
        count(
            &text,
            "判斷：開始前須向個人資料保護局申請許可（第二十二條、第二十條第二款）"
        ),
        4
    );
    assert_eq!(
        count(&text, "判斷：向個人資料保護局作出通知（第二十一條）"),
        1
    );
    assert!(text.contains("第 4 份表格（共 5 份）：Keeping customer contacts"));
    on_every_page(&pages, "未簽署——草稿預覽");
    on_every_page(&pages, "未完成——提交前尚有 4 處須補充");
    assert!(!text.contains("工作副本"));

    let (en, err) = s.pdf("en", &[]);
    keep("demo-en.pdf", &en);
    assert!(!err.contains("warning"), "{err}");
    let en_pages = self::pages(&en);
    on_every_page(&en_pages, "WORKING COPY — file in Chinese or Portuguese");
    on_every_page(&en_pages, "NOT SIGNED — draft preview");
    assert!(en_pages.join("\n").contains("Art 23(j): "));
}

#[test]
fn a_signed_revision_gives_the_same_pdf_bytes_and_one_changed_byte_is_refused() {
    let s = Sandbox::with_demo();
    s.sign();
    let (a, _) = s.pdf("zh-Hant", &["--revision", "1"]);
    let (b, _) = s.pdf("zh-Hant", &[]);
    assert_eq!(a, b, "byte-identical for the same revision and language");
    keep("signed-zh-Hant.pdf", &a);
    let sha = farol::record::sha256_hex(&std::fs::read(s.revision(1)).unwrap());
    assert_eq!(
        farol::report::record_of_pdf(&a).as_deref(),
        Some(sha.as_str())
    );
    let pages = pages(&a);
    let text = pages.join("\n");
    assert!(
        text.contains(&sha),
        "the cover names the revision's SHA-256"
    );
    on_every_page(&pages, &format!("修訂版本 1 · SHA-256 {}", &sha[..16]));
    assert!(
        !text.contains("未簽署"),
        "a signed pack is not marked not signed"
    );
    let (pt1, _) = s.pdf("pt", &[]);
    let (pt2, _) = s.pdf("pt", &["--revision", "latest"]);
    assert_eq!(pt1, pt2);
    assert_ne!(pt1, a, "another language, another document");

    let mut changed = std::fs::read(s.revision(1)).unwrap();
    let at = changed
        .windows(7)
        .position(|w| w == b"Payroll")
        .expect("a purpose in the record");
    changed[at] = b'p';
    std::fs::write(s.revision(1), &changed).unwrap();
    let out = s.root.join("refused.pdf");
    let (code, stdout, stderr) =
        s.run(&["--lang", "pt", "filing", DEMO, "-o", out.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(!out.exists(), "nothing written");
    assert!(stderr.contains("não é verificada"), "{stderr}");
}

/// A Macau SME's staff records with a flow to Lisbon on consent and one to Zhuhai under
/// the GBA standard contract: the transfers' part of the PDF.
const TRANSFERS: &str = r#"{
    "scr.sensitive": No, "scr.large_scale": No, "scr.monitoring": No, "scr.new_tech": No,
    "scr.combining": No, "scr.automated": No, "scr.vulnerable": Yes, "scr.blocking": No,
    "scr.transfer": Yes, "scr.mainland": No, "scr.from_mainland": No, "xfer.gba": Yes,
    "prj.system": Text("HR records on the office PC"),
    "prj.features": Choices(["records"]),
    "prj.controller": Text("Lótus Trading, Lda."),
    "prj.controller_zh": Text("蓮花貿易有限公司"),
    "prj.controller_address": Text("Avenida de Almeida Ribeiro 32, Macau"),
    "prj.representative": Text("None"),
    "prj.vendor": Text("In-house"),
    "inv.categories": Choices(["identity", "hr"]),
    "inv.subjects": Choices(["employees"]),
    "flows.list": Rows([
        {"system": Text("HR PC"), "role": Choice("own"), "categories": Choices(["identity", "hr"]), "location": Choice("macau"), "basis": Choice("stays"), "purpose": Text("Payroll")},
        {"system": Text("Group HR"), "role": Choice("recipient"), "categories": Choices(["identity", "hr"]), "location": Choice("other"), "place": Text("Lisbon, Lótus SGPS"), "basis": Choice("agreed"), "purpose": Text("Group reporting")},
        {"system": Text("Zhuhai payroll bureau"), "role": Choice("processor"), "categories": Choices(["identity", "hr"]), "location": Choice("mainland_gba"), "place": Text("Zhuhai, Payroll Co."), "basis": Choice("gba_contract"), "status": Choice("applied"), "purpose": Text("Payroll runs")},
    ]),
    "leg.purposes": Rows([
        {"purpose": Text("Payroll"), "ground": Choice("contract"), "categories": Choices(["identity", "hr"]), "subjects": Choices(["employees"]), "retention": Text("7 years")},
    ]),
    "leg.interconnection": No,
    "rights.notice": Yes, "rights.notice_where": Text("Staff handbook, page 3, since 2026-01-05"),
    "rights.access": Yes, "rights.access_contact": Text("HR manager, hr@lotus.mo"),
    "sec.least_privilege": Yes, "sec.mfa": Yes, "sec.encryption_transit": Yes,
    "sec.encryption_rest": Yes, "sec.audit_logs": Yes, "sec.incident_plan": Yes,
    "notif.status": Choice("planned"),
}"#;

#[test]
fn transfers_on_consent_and_under_the_gba_contract_laid_out_with_the_draft_marked() {
    let l = common::macau();
    let answers = farol::questionnaire::load::ron_options()
        .from_str(TRANSFERS)
        .expect("answers parse");
    for (lang, notified, gba, draft) in [
        (
            Lang::Pt,
            "Notificação de transferência",
            "Grande Baía",
            "RASCUNHO a confirmar com a DSPDP",
        ),
        (
            Lang::ZhHant,
            "轉移通知",
            "大灣區",
            "草稿，須向個人資料保護局確認",
        ),
    ] {
        let p = filing::build(&l.questionnaire, &answers, "t", "Test", lang, None);
        assert_eq!(p.transfers.len(), 2, "{:?}", p.transfers);
        let r = filing::render_pdf(&p, chrono::DateTime::UNIX_EPOCH, None);
        keep(&format!("transfers-{}.pdf", lang.tag()), &r.pdf);
        assert!(r.overflows.is_empty(), "{:?}", r.overflows);
        assert!(r.missing_glyphs.is_empty(), "{:?}", r.missing_glyphs);
        let text = pages(&r.pdf).join("\n");
        assert!(text.contains(notified), "{lang:?}: {text}");
        assert!(text.contains(gba), "{lang:?}");
        assert!(text.contains(draft), "{lang:?}");
        assert!(text.contains("Lisbon, Lótus SGPS"));
        assert!(text.contains("Zhuhai, Payroll Co."));
        assert_eq!(
            r.pdf,
            filing::render_pdf(&p, chrono::DateTime::UNIX_EPOCH, None).pdf,
            "deterministic"
        );
    }
}

/// Two text runs on the same page whose boxes cross (more than a hair).
fn overlaps(r: &farol::report::Rendered) -> Vec<String> {
    let mut out = Vec::new();
    for (i, a) in r.boxes.iter().enumerate() {
        for b in &r.boxes[i + 1..] {
            let cross = |a0: f32, a1: f32, b0: f32, b1: f32| a0.max(b0) < a1.min(b1) - 0.3;
            if a.page == b.page
                && cross(a.x, a.x + a.w, b.x, b.x + b.w)
                && cross(a.top, a.top + a.h, b.top, b.top + b.h)
            {
                out.push(format!("page {}: {:?} / {:?}", a.page + 1, a.text, b.text));
            }
        }
    }
    out
}

#[test]
fn no_text_runs_off_the_page_or_over_another_in_any_language() {
    let l = common::macau();
    let transfers = farol::questionnaire::load::ron_options()
        .from_str(TRANSFERS)
        .expect("answers parse");
    for answers in [farol::demo::answers(), transfers] {
        for lang in [Lang::ZhHant, Lang::Pt, Lang::En] {
            let p = filing::build(&l.questionnaire, &answers, "t", "Test", lang, None);
            let r = filing::render_pdf(&p, chrono::DateTime::UNIX_EPOCH, None);
            assert!(r.boxes.len() > 100, "the runs are recorded");
            assert!(r.overflows.is_empty(), "{lang:?}: {:?}", r.overflows);
            let o = overlaps(&r);
            assert!(o.is_empty(), "{lang:?}: {o:#?}");
        }
    }
}
