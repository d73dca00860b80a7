//! The DSPDP filing pack (issue 14): the answers → Art 23 mapping situation by situation
//! (built as a user's answers, on the built-in questionnaire), and `farol filing` on the
//! demo in Portuguese and Chinese, from a signed revision (byte-identical, refused when
//! changed by one byte) or a draft (marked not signed), up to recording the filing.

mod common;

use std::path::PathBuf;

use assert_cmd::Command;
use farol::answer::Answers;
use farol::filing::{self, Pack};
use farol::i18n::Lang;
use farol::questionnaire::Procedure;

/// A Macau SME's staff records, everything kept in Macau, the controller named in full.
const BASE: &str = r#"{
    "scr.sensitive": No, "scr.large_scale": No, "scr.monitoring": No, "scr.new_tech": No,
    "scr.combining": No, "scr.automated": No, "scr.vulnerable": Yes, "scr.blocking": No,
    "scr.transfer": No, "scr.mainland": No, "scr.from_mainland": No,
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

fn answers(changes: &str) -> Answers {
    let opts = farol::questionnaire::load::ron_options();
    let mut a: Answers = opts.from_str(BASE).expect("base answers parse");
    if !changes.trim().is_empty() {
        let c: Answers = opts.from_str(changes).expect("changed answers parse");
        a.extend(c);
    }
    let l = common::macau();
    let problems = farol::assessment::check_answers(&l.questionnaire, &a);
    assert!(problems.is_empty(), "answers fit: {problems:?}");
    a
}

fn pack_in(changes: &str, lang: Lang) -> Pack {
    let l = common::macau();
    filing::build(&l.questionnaire, &answers(changes), "t", "Test", lang, None)
}

fn pack(changes: &str) -> Pack {
    pack_in(changes, Lang::En)
}

fn form<'p>(p: &'p Pack, purpose: &str) -> &'p filing::Form {
    p.forms
        .iter()
        .find(|f| f.purpose == purpose)
        .unwrap_or_else(|| panic!("no form for {purpose}: {:?}", p.forms))
}

fn item<'f>(f: &'f filing::Form, id: &str) -> &'f filing::Item {
    f.items.iter().find(|i| i.id == id).unwrap()
}

/// Every value of an item, one a line.
fn values(i: &filing::Item) -> String {
    i.entries
        .iter()
        .flat_map(|e| e.fields.iter().map(|f| format!("{}={}", f.label, f.value)))
        .chain(i.notes.iter().cloned())
        .collect::<Vec<_>>()
        .join("\n")
}

fn gap_texts(p: &Pack) -> Vec<String> {
    p.gaps.iter().map(|g| g.text.clone()).collect()
}

#[test]
fn a_complete_notification_fills_all_ten_items_from_the_answers() {
    let p = pack("");
    assert_eq!(p.forms.len(), 1);
    let f = &p.forms[0];
    assert_eq!(f.procedure, Procedure::Notify);
    let ids: Vec<&str> = f.items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
    assert!(p.complete(), "{:?}", gap_texts(&p));
    assert!(values(item(f, "a")).contains("Name=Lótus Trading, Lda."));
    assert!(values(item(f, "a")).contains("Name in Chinese=蓮花貿易有限公司"));
    assert!(values(item(f, "b")).contains("Payroll"));
    assert!(values(item(f, "c")).contains("Employees"));
    assert!(values(item(f, "g")).contains("7 years"));
    assert!(values(item(f, "h")).contains("Staff handbook"));
    assert_eq!(
        values(item(f, "i")),
        "No transfer outside Macau is planned."
    );
    assert_eq!(
        values(item(f, "d")),
        "No recipient other than the controller."
    );
    let text = filing::render_text(&p);
    assert!(
        text.contains("Complete: every item of Article 23"),
        "{text}"
    );
    assert!(
        text.contains("NOT SIGNED"),
        "a pack of answers is not signed"
    );
}

#[test]
fn a_missing_controller_is_a_gap_of_item_a_naming_the_question() {
    let mut a = answers("");
    a.remove("prj.controller_address");
    let l = common::macau();
    let p = filing::build(&l.questionnaire, &a, "t", "T", Lang::En, None);
    assert!(!p.complete());
    let g = &p.gaps[0];
    assert_eq!(
        (g.item.as_str(), g.question.as_str()),
        ("a", "prj.controller_address")
    );
    assert!(g.text.starts_with("(a) "), "{}", g.text);
    assert!(
        g.text.contains("answer `prj.controller_address`"),
        "{}",
        g.text
    );
}

#[test]
fn a_retention_period_missing_for_one_purpose_is_that_purposes_gap_only() {
    let p = pack(
        r#"{"leg.purposes": Rows([
            {"purpose": Text("Payroll"), "ground": Choice("contract"), "categories": Choices(["identity", "hr"]), "subjects": Choices(["employees"]), "retention": Text("7 years")},
            {"purpose": Text("Attendance records"), "ground": Choice("contract"), "categories": Choices(["hr"]), "subjects": Choices(["employees"])},
        ])}"#,
    );
    assert_eq!(p.forms.len(), 2);
    assert!(item(form(&p, "Payroll"), "g").gaps.is_empty());
    let g = &item(form(&p, "Attendance records"), "g").gaps;
    assert_eq!(g.len(), 1, "{g:?}");
    assert_eq!(
        g[0].text,
        "(g) “How long the data is kept” is not given for “Attendance records”: answer `leg.purposes`"
    );
    assert_eq!(gap_texts(&p), [g[0].text.clone()]);
}

#[test]
fn sensitive_data_makes_its_purpose_an_authorisation_request_and_the_other_a_notification() {
    let p = pack(
        r#"{"inv.categories": Choices(["identity", "hr", "health"]),
            "leg.purposes": Rows([
            {"purpose": Text("Payroll"), "ground": Choice("contract"), "categories": Choices(["identity", "hr"]), "subjects": Choices(["employees"]), "retention": Text("7 years")},
            {"purpose": Text("Sick leave"), "ground": Choice("contract"), "categories": Choices(["health"]), "subjects": Choices(["employees"]), "retention": Text("2 years")},
        ])}"#,
    );
    assert_eq!(form(&p, "Payroll").procedure, Procedure::Notify);
    let sick = form(&p, "Sick leave");
    assert_eq!(sick.procedure, Procedure::Authorise);
    assert!(sick.reasons.iter().any(|r| r.id == "art22.sensitive"));
    assert!(values(item(sick, "c")).contains("Health data"));
}

#[test]
fn recipients_and_processors_follow_the_purposes_data_categories() {
    let p = pack(
        r#"{"inv.categories": Choices(["identity", "hr", "customers"]),
            "flows.list": Rows([
            {"system": Text("HR PC"), "role": Choice("own"), "categories": Choices(["hr"]), "location": Choice("macau"), "basis": Choice("stays"), "purpose": Text("Payroll")},
            {"system": Text("CRM SaaS"), "role": Choice("processor"), "categories": Choices(["customers"]), "location": Choice("macau"), "basis": Choice("stays"), "purpose": Text("Hosts the customer list")},
            {"system": Text("Bank"), "role": Choice("recipient"), "categories": Choices(["hr"]), "location": Choice("macau"), "basis": Choice("stays"), "purpose": Text("Salaries")},
        ]),
            "leg.purposes": Rows([
            {"purpose": Text("Payroll"), "ground": Choice("contract"), "categories": Choices(["hr"]), "subjects": Choices(["employees"]), "retention": Text("7 years")},
            {"purpose": Text("Customer contacts"), "ground": Choice("legitimate_interests"), "categories": Choices(["customers"]), "subjects": Choices(["customers"]), "retention": Text("3 years")},
        ])}"#,
    );
    let pay = form(&p, "Payroll");
    let crm = form(&p, "Customer contacts");
    assert!(values(item(pay, "d")).contains("Bank"));
    assert!(!values(item(pay, "d")).contains("CRM"));
    assert_eq!(
        values(item(pay, "e")),
        "Vendor of the system=In-house\nNo processor."
    );
    assert!(values(item(crm, "d")).contains("CRM SaaS"));
    assert!(values(item(crm, "e")).contains("CRM SaaS"));
    assert!(!values(item(crm, "d")).contains("Bank"));
}

#[test]
fn a_transfer_on_explicit_consent_gets_its_article_20_1_notification() {
    let p = pack(
        r#"{"flows.list": Rows([
            {"system": Text("Group HR"), "role": Choice("recipient"), "categories": Choices(["identity", "hr"]), "location": Choice("other"), "place": Text("Lisbon, Lótus SGPS"), "basis": Choice("agreed"), "purpose": Text("Group reporting")},
        ])}"#,
    );
    assert_eq!(p.transfers.len(), 1);
    let t = &p.transfers[0];
    assert_eq!(t.kind, filing::TransferKind::Notified);
    assert_eq!(t.purposes, ["Payroll"]);
    let fields: Vec<String> = t.fields.iter().map(|f| f.value.clone()).collect();
    assert!(
        fields.contains(&"Lisbon, Lótus SGPS".to_string()),
        "{fields:?}"
    );
    assert!(t.cite[0].contains("Art 20(1)"));
    assert_eq!(form(&p, "Payroll").procedure, Procedure::Notify);
    assert!(values(item(&p.forms[0], "i")).contains("Lisbon"));
}

#[test]
fn a_flow_under_the_gba_contract_gives_the_facts_of_its_filing_as_a_draft() {
    let p = pack(
        r#"{"scr.mainland": No, "xfer.gba": Yes,
            "flows.list": Rows([
            {"system": Text("Zhuhai payroll bureau"), "role": Choice("processor"), "categories": Choices(["identity", "hr"]), "location": Choice("mainland_gba"), "place": Text("Zhuhai, Payroll Co."), "basis": Choice("gba_contract"), "status": Choice("applied"), "purpose": Text("Payroll runs")},
        ])}"#,
    );
    let t = p
        .transfers
        .iter()
        .find(|t| t.kind == filing::TransferKind::Gba);
    let t = t.expect("a GBA transfer");
    let facts: String = t
        .facts
        .iter()
        .flat_map(|e| e.fields.iter().map(|f| format!("{}={}", f.label, f.value)))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        facts.contains("The party in Macau (the controller)=Lótus Trading, Lda."),
        "{facts}"
    );
    let text = filing::render_text(&p);
    assert!(text.contains("DRAFT to confirm with the DSPDP"), "{text}");
    let zh = filing::render_text(&pack_in(
        r#"{"flows.list": Rows([
            {"system": Text("Zhuhai payroll bureau"), "role": Choice("processor"), "categories": Choices(["identity", "hr"]), "location": Choice("mainland_gba"), "place": Text("Zhuhai, Payroll Co."), "basis": Choice("gba_contract"), "purpose": Text("Payroll runs")},
        ])}"#,
        Lang::ZhHant,
    ));
    assert!(zh.contains("草稿，須向個人資料保護局確認"), "{zh}");
}

#[test]
fn a_transfer_without_basis_is_an_authorisation_request_and_its_missing_place_a_gap() {
    let p = pack(
        r#"{"flows.list": Rows([
            {"system": Text("Cloud backup"), "role": Choice("processor"), "categories": Choices(["hr"]), "location": Choice("other"), "basis": Choice("none"), "purpose": Text("Backups")},
        ])}"#,
    );
    let f = &p.forms[0];
    assert_eq!(f.procedure, Procedure::Authorise);
    assert!(f.reasons.iter().any(|r| r.id == "art20-2.transfer"));
    let g = &item(f, "i").gaps;
    assert!(
        g.iter().any(|g| g.text
            == "(i) “Country or city, and the organisation there” is not given for row 1 (“Cloud backup”): answer `flows.list`"),
        "{g:?}"
    );
    assert!(p.transfers.is_empty(), "not an Art 20(1) transfer");
}

#[test]
fn without_purposes_one_form_covers_the_processing_and_says_to_list_them() {
    let mut a = answers("");
    a.remove("leg.purposes");
    let l = common::macau();
    let p = filing::build(&l.questionnaire, &a, "t", "T", Lang::En, None);
    assert_eq!(p.forms.len(), 1);
    assert_eq!(p.forms[0].row, 0);
    for id in ["b", "c", "g"] {
        let g = &item(&p.forms[0], id).gaps;
        assert_eq!(g.len(), 1, "{id}: {g:?}");
        assert!(
            g[0].text
                .contains("No purpose is listed: answer `leg.purposes`")
        );
    }
}

#[test]
fn an_unshown_question_is_a_gap_that_says_what_to_answer_first() {
    let p = pack(r#"{"rights.notice": No, "sec.mfa": Unsure}"#);
    let texts = gap_texts(&p);
    assert_eq!(
        texts,
        [
            "(h) “Where people are informed (collection statement)” is not given: answer `rights.notice`, then `rights.notice_where`"
        ],
        "an unsure answer is still an answer to describe"
    );
    let mut a = answers("");
    a.remove("sec.mfa");
    let l = common::macau();
    let p = filing::build(&l.questionnaire, &a, "t", "T", Lang::Pt, None);
    assert_eq!(p.gaps.len(), 1);
    assert_eq!(p.gaps[0].question, "sec.mfa");
    assert!(
        p.gaps[0].text.starts_with("alínea 10): falta «"),
        "{}",
        p.gaps[0].text
    );
}

#[test]
fn item_headings_cite_article_23_in_each_languages_style() {
    let heads = |lang| {
        pack_in("", lang).forms[0]
            .items
            .iter()
            .map(|i| i.heading.clone())
            .collect::<Vec<_>>()
    };
    let zh = heads(Lang::ZhHant);
    assert!(zh[0].starts_with("第二十三條(一)項："), "{zh:?}");
    assert!(zh[9].starts_with("第二十三條(十)項："), "{zh:?}");
    let pt = heads(Lang::Pt);
    assert!(pt[6].starts_with("Alínea 7) do artigo 23.º: "), "{pt:?}");
    let en = heads(Lang::En);
    assert!(en[3].starts_with("Art 23(d): "), "{en:?}");
}

// ─────────────────────────────── the command ───────────────────────────────

struct Sandbox {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

const DEMO: &str = "demo-worklink-rollout";

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
    fn farol(&self) -> Command {
        let e = |d: &str| self.root.join(d);
        let mut c = Command::cargo_bin("farol").unwrap();
        c.current_dir(&self.root)
            .env("HOME", e("home"))
            .env("FAROL_KEYS", e("keys"))
            .env("FAROL_DOSSIER", e("dossier"))
            .env("XDG_CONFIG_HOME", e("config"))
            .env("XDG_DATA_HOME", e("data"))
            .env_remove("FAROL_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8");
        c
    }
    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.farol().args(args).output().unwrap();
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
    /// A key of the dossier's assessor, trusted, then the draft signed.
    fn sign(&self) {
        if !self.root.join("keys").exists() {
            self.ok(&["keys", "new", "--name", "Ana Lei"]);
            let listed = self.ok(&["keys", "list"]);
            let id = listed
                .split_whitespace()
                .find(|w| w.starts_with("farol:"))
                .unwrap()
                .to_string();
            self.ok(&["keys", "trust", &id]);
        }
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

/// The text with its lines joined again (by a space, or by nothing in Chinese), so
/// that phrases wrapped across lines are found.
fn flat(text: &str, sep: &str) -> String {
    text.lines().map(str::trim).collect::<Vec<_>>().join(sep)
}

/// How many times `needle` occurs.
fn count(text: &str, needle: &str) -> usize {
    text.matches(needle).count()
}

#[test]
fn the_demo_in_portuguese_one_form_per_purpose_all_ten_items_and_the_gaps() {
    let s = Sandbox::with_demo();
    let text = s.ok(&["--lang", "pt", "filing", DEMO]);
    assert!(
        text.contains("NÃO ASSINADO"),
        "the draft is marked not signed"
    );
    assert_eq!(
        count(&text, "[NÃO ASSINADO: pré-visualização do rascunho]"),
        5
    );
    for n in 1..=10 {
        assert_eq!(
            count(&text, &format!("Alínea {n}) do artigo 23.º: ")),
            5,
            "item {n} in each of the five forms"
        );
    }
    assert!(
        text.contains("Formulário 4 de 5: Keeping customer contacts available to the sales team")
    );
    assert!(text.contains("Formulário 5 de 5: Payroll and salary payments"));
    assert_eq!(count(&text, "Decisão: PEDIDO DE AUTORIZAÇÃO"), 4);
    assert_eq!(
        count(&text, "Decisão: NOTIFICAÇÃO à DSPDP (artigo 21.º)"),
        1
    );
    // The mainland transfer: an authorisation request under Art 20(2).
    assert!(
        flat(&text, " ").contains("n.º 2 do artigo 20.º da Lei n.º 8/2005"),
        "{text}"
    );
    assert!(
        flat(&text, " ").contains("INCOMPLETO: faltam preencher 4 elementos"),
        "{text}"
    );
    assert!(
        flat(&text, " ").contains("responda a `rights.notice` e depois a `rights.notice_where`")
    );
    assert!(
        flat(&text, " ")
            .contains("alínea 7): falta «Durante quanto tempo os dados são conservados» para")
    );
}

#[test]
fn the_demo_in_chinese_and_the_customer_purpose_on_its_own_form() {
    let s = Sandbox::with_demo();
    let text = s.ok(&["--lang", "zh-Hant", "filing", DEMO, "--revision", "draft"]);
    for n in ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] {
        assert_eq!(count(&text, &format!("第二十三條({n})項：")), 5, "{n}");
    }
    let customer = text
        .split("第 4 份表格（共 5 份）")
        .nth(1)
        .and_then(|t| t.split("第 5 份表格").next())
        .expect("a form for customer contacts");
    assert!(customer.contains("Keeping customer contacts available to the sales team"));
    assert!(customer.contains("客戶、貴賓客戶"), "its own data subjects");
    assert!(!customer.contains("Leave and expense approvals, including sick leave"));
    assert!(
        flat(&text, "").contains("第8/2005號法律第二十條第二款"),
        "Art 20(2) for the mainland"
    );
    assert!(flat(&text, "").contains("未完成：提交前尚有 4 處須補充"));
    for line in text.lines() {
        assert!(
            farol::present::text::width(line) <= 78 || !line.contains(' '),
            "too wide: {line}"
        );
    }
}

#[test]
fn a_signed_revision_gives_the_same_bytes_and_one_changed_byte_is_refused() {
    let s = Sandbox::with_demo();
    s.sign();
    let a = s.ok(&["--lang", "zh-Hant", "filing", DEMO, "--revision", "1"]);
    let b = s.ok(&["--lang", "zh-Hant", "filing", DEMO]);
    assert_eq!(a, b, "byte-identical for the same revision and language");
    let bytes = std::fs::read(s.revision(1)).unwrap();
    let sha = farol::record::sha256_hex(&bytes);
    assert!(a.contains(&sha), "names the revision's SHA-256");
    assert!(a.contains("根據已簽署的修訂版本 1 編製"));
    assert!(!a.contains("未簽署"));
    let out = s.root.join("pack.txt");
    s.ok(&["--lang", "pt", "filing", DEMO, "-o", out.to_str().unwrap()]);
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        s.ok(&[
            "--lang",
            "pt",
            "filing",
            DEMO,
            "--revision",
            "latest",
            "-o",
            "-"
        ])
    );

    let mut changed = bytes.clone();
    let at = changed
        .windows(7)
        .position(|w| w == b"Payroll")
        .expect("a purpose in the record");
    changed[at] = b'p';
    std::fs::write(s.revision(1), &changed).unwrap();
    let (code, stdout, stderr) = s.run(&["--lang", "pt", "filing", DEMO]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("A revisão n.º 1 de «demo-worklink-rollout» não é verificada"),
        "{stderr}"
    );
    assert!(
        stderr.contains("alterado depois de assinado"),
        "says why: {stderr}"
    );
}

#[test]
fn an_untrusted_signature_is_refused_too() {
    let s = Sandbox::with_demo();
    s.ok(&["keys", "new", "--name", "Ana Lei"]);
    s.ok(&["sign", DEMO]);
    let (code, _, stderr) = s.run(&["filing", DEMO]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("not trusted here"), "{stderr}");
    let (code, out, _) = s.run(&["filing", DEMO, "--revision", "draft"]);
    assert_eq!(code, 0);
    assert!(out.contains("NOT SIGNED"));
}

#[test]
fn a_bad_revision_argument_is_a_usage_error() {
    let s = Sandbox::with_demo();
    let (code, _, err) = s.run(&["filing", DEMO, "--revision", "first"]);
    assert_eq!(code, 2);
    assert!(err.contains("'first' is not a revision"), "{err}");
}

/// The flow of a new user: the pack lists the gaps; the assessor fills them with
/// `farol answer`, signs, makes the pack in Chinese, files it, and records the date and
/// the DSPDP's reference; the notification duty then reads as met.
#[test]
fn fill_the_gaps_sign_file_in_chinese_and_record_the_filing() {
    let s = Sandbox::with_demo();
    let before = s.ok(&["filing", DEMO]);
    assert!(before.contains("4 gaps to fill before filing"));
    let answer = |q: &str, v: &str| {
        s.ok(&["answer", DEMO, q, v]);
    };
    answer("rights.notice", "yes");
    answer(
        "rights.notice_where",
        "Staff notice on the intranet and at reception, since 2027-01-10",
    );
    answer("rights.access", "yes");
    answer(
        "rights.access_contact",
        "Ana Lei, HR and IT manager, privacy@lotus.mo",
    );
    // Tables are answered row by row: the purposes again, each complete.
    s.ok(&["answer", DEMO, "leg.purposes", "--clear"]);
    for row in [
        "purpose=Internal communication and file sharing; ground=legitimate_interests; categories=identity,communications,images; subjects=employees; retention=Chats 2 years, meeting recordings 30 days",
        "purpose=Leave and expense approvals, including sick leave; ground=contract; categories=identity,hr,health; subjects=employees; retention=2 years after the end of employment",
        "purpose=Recording working time; ground=contract; categories=identity,hr,location; subjects=employees; links=linked; retention=2 years after the pay period",
        "purpose=Keeping customer contacts available to the sales team; ground=legitimate_interests; categories=identity,customers; subjects=customers,vip_clients; retention=While the client relationship lasts, then 1 year",
        "purpose=Payroll and salary payments; ground=contract; categories=financial; subjects=employees; retention=7 years after the pay period",
    ] {
        answer("leg.purposes", row);
    }
    s.ok(&["answer", DEMO, "flows.list", "--clear"]);
    for row in [
        "system=WorkLink cloud, vendor data centre in Shenzhen; role=processor; categories=identity,hr,communications,health,images; location=mainland_gba; place=Shenzhen, WorkLink Technology Co., Ltd.; basis=permission; status=not_yet; purpose=Chat, files, approvals, recordings",
        "system=WorkLink attendance service; role=processor; categories=identity,hr,location; location=mainland_gba; place=Shenzhen, WorkLink Technology Co., Ltd.; basis=permission; status=not_yet; purpose=GPS clock-in",
        "system=WorkLink AI assistant; role=processor; categories=communications,images; location=mainland; place=Mainland China, WorkLink Technology Co., Ltd.; basis=permission; status=not_yet; purpose=Meeting summaries",
        "system=Contacts sync bot; role=processor; categories=identity,customers; location=mainland; place=Relay server, SyncDev Ltd.; basis=permission; status=not_yet; purpose=Contacts sync",
        "system=Payroll PC; role=own; categories=hr,financial; location=macau; basis=stays; purpose=Monthly payroll",
        "system=Bank (salary payments); role=recipient; categories=financial; location=macau; basis=stays; purpose=Salaries",
    ] {
        answer("flows.list", row);
    }
    let draft = s.ok(&["filing", DEMO, "--revision", "draft"]);
    assert!(
        draft.contains("Complete: every item of Article 23"),
        "{draft}"
    );
    s.sign();
    let zh = s.ok(&["--lang", "zh-Hant", "filing", DEMO]);
    assert!(
        zh.contains("完整：第二十三條的每一項均已按答案填妥。"),
        "{zh}"
    );
    assert!(zh.contains("根據已簽署的修訂版本 1 編製"));
    assert!(zh.contains("Recording working time"));

    let score = s.ok(&["score", DEMO]);
    let open = score
        .lines()
        .find(|l| l.contains("Notify the DSPDP within 8 days"))
        .unwrap();
    assert!(open.contains("[open"), "not filed yet: {open}");
    answer("notif.status", "filed");
    answer("notif.filed_on", "2027-01-20");
    answer("notif.reference", "N/0123/2027");
    let score = s.ok(&["score", DEMO]);
    let met = score
        .lines()
        .find(|l| l.contains("Notify the DSPDP within 8 days"))
        .unwrap();
    assert!(met.contains("[met"), "{met}");
    assert!(
        score.contains("N/0123/2027"),
        "the reference is shown with the evidence"
    );
    let json = s.ok(&["score", DEMO, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ob = v["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "notify.dspdp")
        .unwrap();
    assert_eq!(ob["state"], "met");
    assert_eq!(ob["met"], true);
    // The recorded filing is in the draft, not in the signed revision the pack is made from.
    let (code, _, err) = s.run(&["filing", DEMO]);
    assert_eq!(code, 0);
    assert!(err.contains("has changed since revision 1"), "{err}");
    let zh_score = s.ok(&["--lang", "zh-Hant", "score", DEMO]);
    assert!(zh_score.contains("[已履行"), "met in Chinese too");
}

#[test]
fn questionnaire_check_refuses_a_missing_item_and_a_mapping_to_nothing() {
    let source = farol::questionnaire::load::embedded_default().source;
    let at = source.find("        Item(id: \"f\"").unwrap();
    let end = source.find("        Item(id: \"g\"").unwrap();
    let mut broken = format!("{}{}", &source[..at], &source[end..]);
    broken = broken.replacen(
        "columns: [\"retention\"], purpose: Own",
        "columns: [\"retension\"], purpose: Own",
        1,
    );
    broken = broken.replacen(
        "Answer(question: \"prj.vendor\"",
        "Answer(question: \"prj.vendr\"",
        1,
    );
    let report = farol::questionnaire::check::check_source_in("broken.ron", &broken, Lang::En);
    assert!(!report.passed());
    let all: Vec<String> = report.problems.iter().map(|p| p.render(Lang::En)).collect();
    let all = all.join("\n");
    assert!(all.contains("`notification` has no item 'f'"), "{all}");
    assert!(all.contains("add Item(id: \"f\""), "{all}");
    assert!(all.contains("unknown question 'prj.vendr'"), "{all}");
    assert!(all.contains("'retension'"), "{all}");
    let ok = farol::questionnaire::check::check_source_in("ok.ron", &source, Lang::En);
    assert!(ok.passed(), "{:?}", ok.problems);
}

#[test]
fn the_pack_as_json_is_the_same_in_every_language_and_names_items_and_gaps_by_id() {
    let s = Sandbox::with_demo();
    s.sign();
    let en = s.ok(&["filing", DEMO, "--json"]);
    assert_eq!(en, s.ok(&["--lang", "zh-Hant", "filing", DEMO, "--json"]));
    assert_eq!(en, s.ok(&["--lang", "pt", "filing", DEMO, "--json"]));
    let v: serde_json::Value = serde_json::from_str(&en).unwrap();
    assert_eq!(v["signed"]["revision"], 1);
    assert_eq!(v["signed"]["sha256"].as_str().unwrap().len(), 64);
    let forms = v["forms"].as_array().unwrap();
    assert_eq!(forms.len(), 5);
    for f in forms {
        let ids: Vec<&str> = f["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
        assert!(["notify", "authorise"].contains(&f["procedure"].as_str().unwrap()));
    }
    assert!(
        v["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .all(|g| !g["item"].as_str().unwrap().is_empty())
    );
    // A revision that does not verify gives no JSON either.
    let path = s.revision(1);
    let mut bytes = std::fs::read(&path).unwrap();
    let i = bytes.iter().position(|b| *b == b'W').unwrap();
    bytes[i] = b'X';
    std::fs::write(&path, bytes).unwrap();
    let (code, out, _) = s.run(&["filing", DEMO, "--json"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
}
