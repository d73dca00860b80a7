//! The PDF report in Traditional Chinese, in Portuguese and bilingual: the law's terms are
//! in the text, no sentence of the English report is left in it, the layout is clean and
//! about as long as the English one, and the bytes are reproducible.

use std::sync::OnceLock;

mod common;

use farol::i18n::{self, Lang};
use farol::questionnaire::load;
use farol::report::{self, Rendered, ReportInput};

struct Demo {
    en: Rendered,
    zh: Rendered,
    pt: Rendered,
    both: Rendered,
}

/// The demo's report in each language, made once (rendering is the slow part).
fn demo() -> &'static Demo {
    static D: OnceLock<Demo> = OnceLock::new();
    D.get_or_init(|| {
        let loaded = load::embedded_default();
        let draft = farol::demo::draft(&loaded);
        let input = ReportInput::from_draft(&draft, &loaded);
        let r = |l: Lang| report::render(&input.clone().in_lang(l));
        let d = Demo {
            en: r(Lang::En),
            zh: r(Lang::ZhHant),
            pt: r(Lang::Pt),
            both: report::render_bilingual(&input),
        };
        if let Some(dir) = std::env::var_os("FAROL_REPORT_LANG_OUT") {
            let dir = std::path::Path::new(&dir);
            for (name, r) in [
                ("en", &d.en),
                ("zh-Hant", &d.zh),
                ("pt", &d.pt),
                ("bi", &d.both),
            ] {
                std::fs::write(dir.join(format!("{name}.pdf")), &r.pdf).unwrap();
            }
        }
        d
    })
}

fn text_of(r: &Rendered) -> String {
    common::squash(&common::pdf_text(&r.pdf))
}

fn assert_clean(what: &str, r: &Rendered) {
    assert!(
        r.overflows.is_empty(),
        "{what}: text off the page:\n{}",
        r.overflows.join("\n")
    );
    assert!(
        r.warnings.is_empty(),
        "{what}: printpdf warnings: {:?}",
        r.warnings
    );
    assert!(
        r.missing_glyphs.is_empty(),
        "{what}: missing glyphs {:?}",
        r.missing_glyph_list()
    );
}

/// The sentences of the English report's catalogue, as pieces of three words or more
/// between its placeables: none may be left in a Chinese or Portuguese report.
fn english_sentences() -> Vec<String> {
    let mut out = Vec::new();
    for (id, file) in i18n::message_ids(Lang::En) {
        if file != "report.ftl" || id.starts_with("report-cmd-") {
            continue;
        }
        let text = i18n::tr_id(Lang::En, &id);
        // Unresolved placeables print as {$name}: split there.
        for piece in text.split(['{', '}']) {
            let words = piece
                .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
                .filter(|w| w.len() >= 2)
                .count();
            if words >= 3 && !piece.starts_with('$') {
                out.push(common::squash(piece.trim()));
            }
        }
    }
    out.sort();
    out.dedup();
    assert!(out.len() > 100, "too few sentences: {}", out.len());
    out
}

#[test]
fn the_chinese_report_speaks_the_laws_chinese() {
    let d = demo();
    assert_clean("zh-Hant", &d.zh);
    let t = text_of(&d.zh);
    for term in [
        "個人資料保護影響評估",
        "《個人資料保護法》",
        "個人資料",
        "個人資料保護局",
        "資料當事人",
        "敏感資料",
        "負責處理個人資料的實體",
        "法律依據",
        "許可",
        "通知",
        "嚴重程度",
        "可能性",
        "固有",
        "剩餘",
        "內地",
        "極高",
        "第8/2005號法律第二十一條第一款",
        "第8/2005號法律第十九條至第二十條",
        "沒有法律依據",
        "未簽署的草稿——不具證明效力",
        "第1頁，共",
        "繁體中文（zh-Hant）",
        // The translation note: whose words these are.
        "正式文本是其中文及葡文文本",
    ] {
        assert!(
            t.contains(&common::squash(term)),
            "not in the Chinese report: {term}"
        );
    }
    for mainland in ["个人信息", "大陸", "数据"] {
        assert!(
            !t.contains(mainland),
            "mainland term in the report: {mainland}"
        );
    }
}

#[test]
fn the_portuguese_report_speaks_the_laws_portuguese() {
    let d = demo();
    assert_clean("pt", &d.pt);
    let t = text_of(&d.pt);
    let lower = t.to_lowercase();
    for term in [
        "AVALIAÇÃO DE IMPACTO SOBRE A PROTECÇÃO DE DADOS",
        "Lei da Protecção de Dados Pessoais",
        "dados pessoais",
        "titular",
        "dados sensíveis",
        "responsável pelo tratamento",
        "fundamento jurídico",
        "autorização",
        "notificação",
        "DSPDP",
        "gravidade",
        "probabilidade",
        "inerente",
        "residual",
        "Interior da China",
        "Muito elevado",
        "n.º 1 do artigo 21.º da Lei n.º 8/2005",
        "SEM FUNDAMENTO JURÍDICO",
        "RASCUNHO NÃO ASSINADO — não faz prova",
        "Página 1 de",
        "Português (pt)",
        "são os seus textos chinês e português",
    ] {
        assert!(
            lower.contains(&common::squash(&term.to_lowercase())),
            "not in the Portuguese report: {term}"
        );
    }
    let raw = common::pdf_text(&d.pt.pdf).to_lowercase();
    for word in raw.split(|c: char| !c.is_alphabetic()) {
        assert!(
            !["proteção", "ação", "ações", "atual", "ativo", "direção"].contains(&word),
            "reformed spelling in the report: {word}"
        );
    }
}

#[test]
fn no_sentence_of_the_english_report_is_left_in_the_translations() {
    let d = demo();
    let en = text_of(&d.en);
    let sentences = english_sentences();
    // The check means something: the English report holds its own sentences.
    let found = sentences.iter().filter(|s| en.contains(s.as_str())).count();
    assert!(
        found > 60,
        "only {found} English sentences found in the English report"
    );
    for (what, r) in [("zh-Hant", &d.zh), ("pt", &d.pt), ("bilingual", &d.both)] {
        let t = text_of(r);
        let left: Vec<&String> = sentences
            .iter()
            .filter(|s| t.contains(s.as_str()))
            .collect();
        assert!(
            left.is_empty(),
            "{what}: English left in the report: {left:#?}"
        );
    }
}

#[test]
fn translations_are_about_as_long_as_the_english_report() {
    let d = demo();
    for (what, r) in [("zh-Hant", &d.zh), ("pt", &d.pt)] {
        assert!(
            r.pages as f32 <= d.en.pages as f32 * 1.5 && r.pages as f32 >= d.en.pages as f32 / 1.5,
            "{what}: {} pages, English {}",
            r.pages,
            d.en.pages
        );
        assert!(
            r.pdf.len() as f32 <= d.en.pdf.len() as f32 * 1.5,
            "{what}: {} bytes, English {}",
            r.pdf.len(),
            d.en.pdf.len()
        );
    }
}

#[test]
fn the_bilingual_report_is_the_chinese_then_the_portuguese() {
    let d = demo();
    assert_clean("bilingual", &d.both);
    // Two whole reports, each with its own cover; the fonts are embedded once. Being for
    // filing, they leave out unverified citations, so they may take a few pages less.
    assert!(d.both.pages <= d.zh.pages + d.pt.pages);
    assert!(
        d.both.pages + 6 >= d.zh.pages + d.pt.pages,
        "{}",
        d.both.pages
    );
    assert!(d.both.pdf.len() < d.zh.pdf.len() + d.pt.pdf.len());
    assert_eq!(
        report::language_of_pdf(&d.both.pdf).as_deref(),
        Some("zh-Hant pt")
    );
    assert_eq!(
        report::language_of_pdf(&d.zh.pdf).as_deref(),
        Some("zh-Hant")
    );
    assert_eq!(report::language_of_pdf(&d.en.pdf).as_deref(), Some("en"));
    let t = text_of(&d.both);
    let zh_at = t.find("個人資料保護影響評估").expect("the Chinese part");
    let pt_at = t
        .find(&common::squash(
            "AVALIAÇÃO DE IMPACTO SOBRE A PROTECÇÃO DE DADOS",
        ))
        .expect("the Portuguese part");
    assert!(zh_at < pt_at, "the Chinese part comes first");
    let total = d.both.pages;
    for (term, lang) in [
        ("本報告為雙語報告", "zh-Hant"),
        ("Este relatório é bilingue", "pt"),
        (&format!("第1頁，共{total}頁") as &str, "zh-Hant"),
        (&format!("Página{total}de{total}"), "pt"),
        (&format!("páginas1a{}.", d.zh.pages), "pt"),
    ] {
        assert!(
            t.contains(&common::squash(term)),
            "{lang}: not found: {term}"
        );
    }
}

#[test]
fn reports_in_every_language_are_byte_reproducible() {
    let loaded = load::embedded_default();
    let draft = farol::demo::draft(&loaded);
    let input = ReportInput::from_draft(&draft, &loaded);
    let d = demo();
    assert_eq!(
        report::render(&input.clone().in_lang(Lang::ZhHant)).pdf,
        d.zh.pdf
    );
    assert_eq!(report::render_bilingual(&input).pdf, d.both.pdf);
    assert_ne!(d.zh.pdf, d.pt.pdf);
}

#[test]
fn long_chinese_and_portuguese_content_paginates_without_overflow() {
    let loaded = load::embedded_default();
    let mut draft = farol::demo::draft(&loaded);
    let zh = "澳門《個人資料保護法》規定，資料處理必須合法及公平；「同意」必須明確。".repeat(60);
    let pt = "Os dados pessoais dos trabalhadores são copiados todas as noites para o servidor do fornecedor, incluindo as mensagens. ".repeat(40);
    draft.plan = (1..=80)
        .map(|i| farol::assessment::PlanItem {
            id: format!("p{i}"),
            title: format!("行動 {i}：檢討聊天紀錄及附件的保存期間"),
            detail: if i % 10 == 0 { zh.clone() } else { pt.clone() },
            owner: "黎安娜".into(),
            due: chrono::NaiveDate::from_ymd_opt(2027, 1, 1 + (i % 28) as u32),
            status: farol::assessment::PlanStatus::Todo,
            from: None,
        })
        .collect();
    draft.answers.insert(
        "prj.system".into(),
        farol::answer::Answer::Text(format!("{zh}{pt}")),
    );
    draft.title = "指紋考勤系統及員工資料轉移到內地的個人資料保護影響評估".repeat(3);
    let input = ReportInput::from_draft(&draft, &loaded);
    for l in [Lang::ZhHant, Lang::Pt] {
        let r = report::render(&input.clone().in_lang(l));
        assert_clean(l.tag(), &r);
        // No line starts with a closing mark, none ends with an opening one.
        for b in &r.boxes {
            assert!(
                !b.text.starts_with([
                    '，', '。', '、', '；', '：', '？', '！', '」', '』', '）', '］'
                ]),
                "{l}: a line starts with a closing mark: {}",
                b.text
            );
            assert!(
                !b.text.ends_with(['「', '『', '（', '［']),
                "{l}: a line ends with an opening mark: {}",
                b.text
            );
        }
        let t = text_of(&r);
        assert!(t.contains("行動80"), "{l}: the last action is missing");
    }
}
