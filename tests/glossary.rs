//! The glossary of legal terms (questionnaires/glossary.ron) parses, and every term has all
//! three languages.

use serde::Deserialize;
use std::collections::HashSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    terms: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    en: String,
    zh_hant: String,
    pt: String,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
}

fn glossary() -> Glossary {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/glossary.ron");
    let src = std::fs::read_to_string(path).expect("glossary.ron is readable");
    ron::from_str(&src).unwrap_or_else(|e| panic!("glossary.ron does not parse: {e}"))
}

#[test]
fn the_glossary_parses_and_every_term_has_three_languages() {
    let g = glossary();
    assert!(g.terms.len() >= 50, "only {} terms", g.terms.len());
    let mut seen = HashSet::new();
    for t in &g.terms {
        assert!(!t.en.trim().is_empty(), "a term with no English");
        assert!(!t.zh_hant.trim().is_empty(), "{}: no Chinese", t.en);
        assert!(!t.pt.trim().is_empty(), "{}: no Portuguese", t.en);
        assert!(seen.insert(t.en.to_lowercase()), "{} is listed twice", t.en);
    }
}

#[test]
fn the_glossary_holds_the_laws_own_terms() {
    let g = glossary();
    let find = |en: &str| {
        g.terms
            .iter()
            .find(|t| t.en == en)
            .unwrap_or_else(|| panic!("{en} is not in the glossary"))
    };
    for (en, zh, pt) in [
        ("personal data", "個人資料", "dados pessoais"),
        ("data subject", "資料當事人", "titular dos dados"),
        (
            "controller",
            "負責處理個人資料的實體",
            "responsável pelo tratamento",
        ),
        ("processor", "次合同人", "subcontratante"),
        ("sensitive data", "敏感資料", "dados sensíveis"),
        ("notification", "通知", "notificação"),
        ("prior authorisation", "許可", "autorização"),
    ] {
        let t = find(en);
        assert_eq!((t.zh_hant.as_str(), t.pt.as_str()), (zh, pt), "{en}");
    }
    assert!(
        find("Personal Data Protection Bureau (DSPDP)")
            .pt
            .contains("Protecção")
    );
}

#[test]
fn the_glossary_is_traditional_chinese_not_mainland_terms() {
    // Simplified characters never; the mainland's 信息 (information) only in a term of
    // mainland law, never for the PDPA's 資料.
    for t in glossary().terms {
        for simplified in ["个人", "资料", "数据", "处理者", "单独同意"] {
            assert!(
                !t.zh_hant.contains(simplified),
                "{}: {} holds {simplified}",
                t.en,
                t.zh_hant
            );
        }
        let mainland = ["PIPL", "mainland", "CAC"].iter().any(|w| t.en.contains(w));
        for pipl in ["信息", "單獨同意"] {
            assert!(
                mainland || !t.zh_hant.contains(pipl),
                "{}: {} holds {pipl} outside a mainland term",
                t.en,
                t.zh_hant
            );
        }
    }
}

/// Every translated text of the built-in questionnaire, as (en, zh-Hant, pt).
fn translations() -> Vec<(String, String, String)> {
    fn walk(v: &ron::Value, out: &mut Vec<(String, String, String)>) {
        match v {
            ron::Value::Map(m) => {
                let get = |k: &str| {
                    m.iter().find_map(|(key, val)| match (key, val) {
                        (ron::Value::String(key), ron::Value::String(s)) if key == k => {
                            Some(s.clone())
                        }
                        _ => None,
                    })
                };
                if let (Some(en), Some(zh), Some(pt)) = (get("en"), get("zh-Hant"), get("pt")) {
                    out.push((en, zh, pt));
                }
                for (_, val) in m.iter() {
                    walk(val, out);
                }
            }
            ron::Value::Seq(s) => s.iter().for_each(|x| walk(x, out)),
            ron::Value::Option(Some(x)) => walk(x, out),
            _ => {}
        }
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/macau-pdpa.ron");
    let src = std::fs::read_to_string(path).expect("macau-pdpa.ron is readable");
    let value: ron::Value = ron::Options::default()
        .from_str(&src)
        .unwrap_or_else(|e| panic!("macau-pdpa.ron does not parse as RON: {e}"));
    let mut out = Vec::new();
    walk(&value, &mut out);
    out
}

#[test]
fn translations_use_the_glossarys_terms() {
    let g = glossary();
    let term = |en: &str| {
        g.terms
            .iter()
            .find(|t| t.en == en)
            .unwrap_or_else(|| panic!("{en} is not in the glossary"))
    };
    // (English words in the reference text, the glossary term whose Chinese and Portuguese
    // a translation must then use, compared on a stem of each: plurals, and the mainland's
    // 敏感個人信息 where a text speaks of mainland law).
    let checks = [
        (
            "DSPDP",
            term("Personal Data Protection Bureau (DSPDP)"),
            "個人資料保護局",
            "DSPDP",
        ),
        (
            "controller",
            term("controller"),
            "負責處理個人資料的實體",
            "responsável",
        ),
        ("processor", term("processor"), "次合同人", "subcontratante"),
        ("sensitive data", term("sensitive data"), "敏感", "sensíve"),
        (
            "explicit consent",
            term("explicit consent"),
            "明確同意",
            "consentimento expresso",
        ),
        (
            "legitimate interest",
            term("legitimate interests"),
            "正當利益",
            "interesse",
        ),
        (
            "vital interests",
            term("vital interests"),
            "重大利益",
            "interesses vitais",
        ),
        (
            "interconnect",
            term("interconnection of data"),
            "互聯",
            "interconex",
        ),
        (
            "collection statement",
            term("collection statement (notice)"),
            "收集個人資料聲明",
            "declaração de recolha",
        ),
        (
            "retention period",
            term("retention period"),
            "保存期間",
            "conservação",
        ),
    ];
    for (word, t, zh_stem, pt_stem) in &checks {
        assert!(
            t.zh_hant.contains(zh_stem),
            "{word}: {zh_stem} is not in {}",
            t.zh_hant
        );
        assert!(
            t.pt.to_lowercase().contains(&pt_stem.to_lowercase()),
            "{word}: {pt_stem} is not in {}",
            t.pt
        );
    }
    let all = translations();
    assert!(all.len() > 100, "only {} translated texts", all.len());
    let mut wrong = Vec::new();
    for (en, zh, pt) in &all {
        for (word, _, zh_stem, pt_stem) in &checks {
            if !en.contains(word) {
                continue;
            }
            if !zh.contains(zh_stem) {
                wrong.push(format!("{word}: zh-Hant lacks {zh_stem}: {zh}"));
            }
            if !pt.to_lowercase().contains(&pt_stem.to_lowercase()) {
                wrong.push(format!("{word}: pt lacks {pt_stem}: {pt}"));
            }
        }
        for simplified in ["个人", "资料", "数据", "单独同意"] {
            if zh.contains(simplified) {
                wrong.push(format!("simplified or mainland wording {simplified}: {zh}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} problems:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
